import { describe, expect, it } from 'vitest';
import { checkColour, contrastWithWhite, darkenToPass, MIN_CONTRAST } from './colour-contrast';

describe('colour contrast with white text', () => {
  it('matches known WCAG ratios', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrastWithWhite('#767676')).toBeGreaterThanOrEqual(4.5);
    expect(contrastWithWhite('#777777')).toBeLessThan(4.5);
  });

  it('passes a dark brand colour unchanged', () => {
    expect(checkColour('#00594F')).toEqual({
      colour: '#00594f',
      ratio: expect.any(Number),
      passes: true,
      suggestion: null,
    });
  });

  it('suggests the nearest darker colour that passes for a light one', () => {
    const r = checkColour('#7fb3d5');
    expect(r.passes).toBe(false);
    expect(r.ratio).toBeLessThan(MIN_CONTRAST);
    expect(contrastWithWhite(r.suggestion!)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    // Not needlessly dark: one step lighter would fail.
    const lighter = `#${[1, 3, 5]
      .map((i) => Math.min(255, Number.parseInt(r.suggestion!.slice(i, i + 2), 16) + 2))
      .map((c) => c.toString(16).padStart(2, '0'))
      .join('')}`;
    expect(contrastWithWhite(lighter)).toBeLessThan(MIN_CONTRAST + 0.2);
  });

  it('darkens yellow, the hardest case, to something that passes', () => {
    expect(contrastWithWhite(darkenToPass('#ffff00'))).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });
});
