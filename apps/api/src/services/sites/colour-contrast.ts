// The widget draws white text on the site's colour (launcher, header, the visitor's bubbles), so
// the colour must give white text at least WCAG 2.2 AA contrast for normal text (4.5:1).

export const MIN_CONTRAST = 4.5;

export interface ColourCheck {
  colour: string;
  /** Contrast of white text on this colour, rounded down to two decimals. */
  ratio: number;
  passes: boolean;
  /** When it fails: the same hue darkened just enough to pass. */
  suggestion: string | null;
}

const HEX = /^#([0-9a-f]{6})$/i;

export function isHexColour(s: string): boolean {
  return HEX.test(s);
}

function channels(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function linear(c: number): number {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map(linear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of white (#ffffff) text on `hex`. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (relativeLuminance(hex) + 0.05);
}

const toHex = (rgb: number[]) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** Scales the colour towards black until white text on it reaches `MIN_CONTRAST`. */
export function darkenToPass(hex: string): string {
  const rgb = channels(hex);
  let lo = 0;
  let hi = 1;
  // Binary search on the scale factor: luminance only falls as every channel is scaled down.
  for (let i = 0; i < 24; i++) {
    const mid = (lo + hi) / 2;
    if (contrastWithWhite(toHex(rgb.map((c) => c * mid))) >= MIN_CONTRAST) lo = mid;
    else hi = mid;
  }
  return toHex(rgb.map((c) => Math.floor(c * lo)));
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
