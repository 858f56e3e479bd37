// The languages the chat speaks: those most spoken by London families. Each one's own name,
// so a family finds theirs without reading English. Their texts are catalogues/<code>.json,
// fetched from the API (with staff's corrections) only when chosen.

export interface Language {
  code: string;
  /** The language's name in itself. */
  name: string;
  dir: 'ltr' | 'rtl';
}

export const LANGUAGES: readonly Language[] = [
  { code: 'en', name: 'English', dir: 'ltr' },
  { code: 'pl', name: 'Polski', dir: 'ltr' },
  { code: 'bn', name: 'বাংলা', dir: 'ltr' },
  { code: 'ur', name: 'اردو', dir: 'rtl' },
  { code: 'ar', name: 'العربية', dir: 'rtl' },
  { code: 'so', name: 'Soomaali', dir: 'ltr' },
  { code: 'tr', name: 'Türkçe', dir: 'ltr' },
  { code: 'ro', name: 'Română', dir: 'ltr' },
  { code: 'pt', name: 'Português', dir: 'ltr' },
  { code: 'es', name: 'Español', dir: 'ltr' },
];

/** The language for a tag such as `pl-PL` or `PT-br`, or undefined when the chat lacks it. */
export function languageOf(tag: string | null | undefined): Language | undefined {
  const code = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l.code === code);
}

/** The first of `tags` (most preferred first) the chat speaks, else English. */
export function firstLanguage(tags: readonly (string | null | undefined)[]): Language {
  for (const tag of tags) {
    const found = languageOf(tag);
    if (found) return found;
  }
  return LANGUAGES[0]!;
}
