// Whether white widget text is readable on a partner site's colour. The contrast itself is the
// API's (`sites.checkColour`, the same check that refuses a failing colour when a site is saved),
// so the console and the server cannot disagree; this module only checks that the colour is
// written the way the API takes it and words the answer for the form.

/** The API's colour format: `#` and six hex digits (any case; the API lower-cases it). */
export function isWrittenColour(colour: string): boolean {
  return /^#[0-9a-f]{6}$/i.test(colour.trim());
}

/** What `sites.checkColour` answers. */
export interface ColourCheck {
  ratio: number;
  passes: boolean;
  /** When it fails: the same hue darkened just enough to pass. */
  suggestion: string | null;
}

export interface ColourVerdict {
  /** Passes AA for normal text (4.5:1). */
  passes: boolean;
  message: string;
}

export const NOT_A_COLOUR: ColourVerdict = {
  passes: false,
  message: 'Enter a colour as # and 6 hex digits, like #1d4e6b.',
};

export function colourVerdict(check: ColourCheck): ColourVerdict {
  const shown = check.ratio.toFixed(2);
  if (check.passes)
    return {
      passes: true,
      message: `White text on this colour has contrast ${shown}:1 (AA needs 4.5:1).`,
    };
  const nearest = check.suggestion ? ` such as ${check.suggestion}` : '';
  return {
    passes: false,
    message: `White text on this colour has contrast ${shown}:1, below the 4.5:1 AA minimum: choose a darker colour${nearest}.`,
  };
}
