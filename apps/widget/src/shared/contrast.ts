// WCAG 2.x contrast for the partner's theme colour. The colour is always used behind white
// text (launcher, header, send button, the visitor's own messages), so it must reach 4.5:1
// against white. Colours that fail are darkened (hue kept) rather than refused, so a council's
// brand stays recognisable; strings that are not colours are refused.

export const DEFAULT_COLOUR = '#1d4f91';
/** WCAG 2.2 SC 1.4.3 minimum for normal-size text. */
export const MIN_CONTRAST = 4.5;

export interface ThemeColour {
  /** `#rrggbb`, safe behind white text. */
  colour: string;
  /** The contrast of `colour` against white, e.g. 5.2 for 5.2:1. */
  ratio: number;
  /** What happened to the colour the site asked for. */
  status: 'ok' | 'adjusted' | 'refused' | 'default';
}

/** `#rgb` or `#rrggbb` to [r, g, b] (0-255), or null. */
export function parseHex(input: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(input.trim());
  if (!m) return null;
  let hex = m[1]!;
  if (hex.length === 3) hex = hex.replace(/./g, '$&$&');
  const n = parseInt(hex, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

export function toHex(rgb: readonly number[]): string {
  return '#' + rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('');
}

/** Relative luminance (WCAG 2.x definition). */
export function luminance(rgb: readonly number[]): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio of a colour against white (1 to 21). */
export function contrastWithWhite(rgb: readonly number[]): number {
  return 1.05 / (luminance(rgb) + 0.05);
}

/**
 * The theme colour to use for `requested`: as given when it passes, darkened in small steps
 * until it reaches 4.5:1 when it does not, the default when it is missing or not a colour.
 */
export function accessibleColour(requested: string | null | undefined): ThemeColour {
  const parsed = requested ? parseHex(requested) : null;
  if (!parsed) {
    const rgb = parseHex(DEFAULT_COLOUR)!;
    return {
      colour: DEFAULT_COLOUR,
      ratio: contrastWithWhite(rgb),
      status: requested ? 'refused' : 'default',
    };
  }
  let rgb = parsed;
  let status: ThemeColour['status'] = 'ok';
  // Scaling all channels keeps the hue; 2% steps keep the result as close to the brand as we can.
  for (let k = 0.98; contrastWithWhite(rgb) < MIN_CONTRAST; k -= 0.02) {
    rgb = parsed.map((c) => Math.floor(c * k)) as [number, number, number];
    status = 'adjusted';
  }
  return { colour: toHex(rgb), ratio: contrastWithWhite(rgb), status };
}
