import { describe, expect, it } from 'vitest';
import { checkWidgetColour, contrastRatio, parseHexColour } from './contrast';

describe('contrast', () => {
  it('parses short and long hex', () => {
    expect(parseHexColour('#fff')).toEqual([255, 255, 255]);
    expect(parseHexColour('1d4e6b')).toEqual([29, 78, 107]);
    expect(parseHexColour('blue')).toBeNull();
  });

  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBeCloseTo(1, 5);
    // #767676 is the well-known lightest grey that passes 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('says whether white widget text is readable on a site colour', () => {
    expect(checkWidgetColour('#1d4e6b').passes).toBe(true);
    const pale = checkWidgetColour('#ffdd00');
    expect(pale.passes).toBe(false);
    expect(pale.message).toMatch(/darker/);
    expect(checkWidgetColour('nope').message).toMatch(/hex/);
  });
});
