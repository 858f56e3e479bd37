// WCAG 2.x contrast, for the partner-site colour picker: the widget draws white text on the
// site's colour, so that pair must reach 4.5:1.

export function parseHexColour(hex: string): [number, number, number] | null {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m?.[1]) return null;
  const h =
    m[1].length === 3
      ? m[1]
          .split('')
          .map((c) => c + c)
          .join('')
      : m[1];
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}

function channel(v: number): number {
  const s = v / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance([r, g, b]: [number, number, number]): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio between two colours (1 to 21), or null if either is not a hex colour. */
export function contrastRatio(a: string, b: string): number | null {
  const ca = parseHexColour(a);
  const cb = parseHexColour(b);
  if (!ca || !cb) return null;
  const [hi, lo] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

export interface ContrastVerdict {
  ratio: number | null;
  /** Passes AA for normal text (4.5:1). */
  passes: boolean;
  message: string;
}

export function checkWidgetColour(colour: string): ContrastVerdict {
  const ratio = contrastRatio(colour, '#ffffff');
  if (ratio === null)
    return { ratio, passes: false, message: 'Enter a colour as # and 6 hex digits, like #1d4e6b.' };
  const shown = ratio.toFixed(2);
  return ratio >= 4.5
    ? {
        ratio,
        passes: true,
        message: `White text on this colour has contrast ${shown}:1 (AA needs 4.5:1).`,
      }
    : {
        ratio,
        passes: false,
        message: `White text on this colour has contrast ${shown}:1, below the 4.5:1 AA minimum: choose a darker colour.`,
      };
}
