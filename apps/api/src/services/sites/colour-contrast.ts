// The check staff see when they choose a partner site's colour: does white text on it reach WCAG
// 2.2 AA (4.5:1), and if not, the colour the widget will actually draw instead. The contrast
// itself is the widget's own (@sen/widget/contrast), so the console's check, this API and the
// widget can never disagree about a colour.
import {
  accessibleColour,
  contrastWithWhite as rgbContrastWithWhite,
  MIN_CONTRAST,
  parseHex,
} from '@sen/widget/contrast';

export { MIN_CONTRAST };

export interface ColourCheck {
  colour: string;
  /** Contrast of white text on this colour, rounded down to two decimals. */
  ratio: number;
  passes: boolean;
  /** When it fails: the same hue darkened as the widget darkens it. */
  suggestion: string | null;
}

const HEX = /^#([0-9a-f]{6})$/i;

export function isHexColour(s: string): boolean {
  return HEX.test(s);
}

/** Contrast ratio of white (#ffffff) text on `hex` (`#rrggbb`). */
export function contrastWithWhite(hex: string): number {
  const rgb = parseHex(hex);
  if (!rgb) throw new Error('not a #rrggbb colour');
  return rgbContrastWithWhite(rgb);
}

/** The colour the widget draws for `hex`: itself when it passes, else darkened until it does. */
export function darkenToPass(hex: string): string {
  return accessibleColour(hex).colour;
}

export function checkColour(raw: string): ColourCheck {
  const colour = raw.trim().toLowerCase();
  if (!isHexColour(colour)) throw new Error('not a #rrggbb colour');
  const ratio = contrastWithWhite(colour);
  const passes = ratio >= MIN_CONTRAST;
  return {
    colour,
    ratio: Math.floor(ratio * 100) / 100,
    passes,
    suggestion: passes ? null : darkenToPass(colour),
  };
}
