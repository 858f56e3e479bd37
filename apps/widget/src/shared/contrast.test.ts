import { describe, expect, it } from 'vitest';
import {
  accessibleColour,
  contrastWithWhite,
  DEFAULT_COLOUR,
  MIN_CONTRAST,
  parseHex,
} from './contrast';

describe('parseHex', () => {
  it('reads long and short forms, with or without #', () => {
    expect(parseHex('#1d4f91')).toEqual([0x1d, 0x4f, 0x91]);
    expect(parseHex('fff')).toEqual([255, 255, 255]);
    expect(parseHex(' #ABC ')).toEqual([0xaa, 0xbb, 0xcc]);
  });
  it('refuses anything else', () => {
    for (const bad of ['', 'red', '#12345', '#gggggg', 'rgb(0,0,0)', '#1234567']) {
      expect(parseHex(bad)).toBeNull();
    }
  });
});

describe('contrastWithWhite', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastWithWhite([0, 0, 0])).toBeCloseTo(21, 5);
    expect(contrastWithWhite([255, 255, 255])).toBeCloseTo(1, 5);
    // #767676 is the well-known lightest grey that passes 4.5:1 on white.
    expect(contrastWithWhite([0x76, 0x76, 0x76])).toBeCloseTo(4.54, 2);
    expect(contrastWithWhite([0x77, 0x77, 0x77])).toBeLessThan(4.5);
  });
});

describe('accessibleColour', () => {
  it('keeps a colour that already passes', () => {
    expect(accessibleColour('#005ea5')).toMatchObject({ colour: '#005ea5', status: 'ok' });
  });

  it('darkens a colour that fails until it passes, and says so', () => {
    for (const light of ['#ffdd00', '#00ffff', '#ff69b4', '#ffffff', '#777777', '#4c9aff']) {
      const result = accessibleColour(light);
      expect(result.status).toBe('adjusted');
      expect(result.ratio).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(contrastWithWhite(parseHex(result.colour)!)).toBeGreaterThanOrEqual(MIN_CONTRAST);
    }
  });

  it('stays close to the requested colour (no more darkening than needed)', () => {
    const result = accessibleColour('#777777');
    // One 2% step is enough for #777777: it must not jump to near-black.
    expect(result.colour).toBe('#747474');
  });

  it('keeps the hue when darkening', () => {
    const [r, g, b] = parseHex(accessibleColour('#ffdd00').colour)!;
    expect(b).toBe(0);
    expect(r / g).toBeCloseTo(255 / 0xdd, 1);
  });

  it('refuses what is not a colour and uses the default', () => {
    expect(accessibleColour('javascript:alert(1)')).toMatchObject({
      colour: DEFAULT_COLOUR,
      status: 'refused',
    });
    expect(accessibleColour(undefined)).toMatchObject({
      colour: DEFAULT_COLOUR,
      status: 'default',
    });
  });

  it('has a default colour that passes', () => {
    expect(accessibleColour(DEFAULT_COLOUR).ratio).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });
});
