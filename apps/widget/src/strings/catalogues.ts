// Every language's texts in one place, for the API (which serves them with staff's corrections
// merged) and for tests. Never imported by the frame: it would put every language into the
// first-open bundle; the frame fetches the one it needs.
import { RULE_TEXTS } from '@sen/rules';
import ar from './catalogues/ar.json';
import bn from './catalogues/bn.json';
import es from './catalogues/es.json';
import pl from './catalogues/pl.json';
import pt from './catalogues/pt.json';
import ro from './catalogues/ro.json';
import so from './catalogues/so.json';
import tr from './catalogues/tr.json';
import ur from './catalogues/ur.json';
import { frame } from './en';
import { LANGUAGES } from './languages';

// The API reads the language sent with a question as the frame does ('pl-PL' is Polish).
export { languageOf } from './languages';

export interface Catalogue {
  language: string;
  /** The language's name in itself. */
  name: string;
  dir: 'ltr' | 'rtl';
  /** False until a speaker has checked a machine-made translation. */
  reviewed: boolean;
  note?: string;
  /** Every key of en.ts `frame` and of @sen/rules RULE_TEXTS. */
  messages: Record<string, string>;
}

export const ENGLISH: Catalogue = {
  language: 'en',
  name: 'English',
  dir: 'ltr',
  reviewed: true,
  messages: { ...frame, ...RULE_TEXTS },
};

export const CATALOGUES: Readonly<Record<string, Catalogue>> = Object.fromEntries(
  [ENGLISH, ...([pl, bn, ur, ar, so, tr, ro, pt, es] as Catalogue[])].map((c) => [c.language, c]),
);

// The menu and the catalogues must list the same languages (catalogues.test.ts).
export const CATALOGUE_LANGUAGES = LANGUAGES.map((l) => l.code);

/** The `{name}` placeholders of a text, sorted, each once. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/**
 * Why `text` cannot stand for `key` in `language`, as a sentence for staff; null when it can.
 * A correction must keep exactly the English text's placeholders, or the chat would show a
 * `{phone}` instead of the number (or lose it).
 */
export function textProblem(language: string, key: string, text: string): string | null {
  if (!Object.hasOwn(CATALOGUES, language)) return `The chat has no language "${language}".`;
  const english = ENGLISH.messages[key];
  if (english === undefined) return `The chat has no text called "${key}".`;
  if (!text.trim()) return 'Type the text, or remove the correction instead.';
  const want = placeholders(english);
  const got = placeholders(text);
  const lost = want.filter((p) => !got.includes(p));
  const unknown = got.filter((p) => !want.includes(p));
  if (lost.length)
    return `Keep ${lost.map((p) => `{${p}}`).join(', ')} in the text: the chat fills it in.`;
  if (unknown.length)
    return `${unknown.map((p) => `{${p}}`).join(', ')} is not filled in for this text. Use only ${want.map((p) => `{${p}}`).join(', ') || 'no placeholders'}.`;
  return null;
}

/** A language's texts with corrections on top, and English for any key it lacks. */
export function withOverrides(
  language: string,
  overrides: readonly { key: string; text: string }[],
): Catalogue {
  const catalogue = CATALOGUES[language] ?? ENGLISH;
  const messages = { ...ENGLISH.messages, ...catalogue.messages };
  for (const o of overrides) if (Object.hasOwn(ENGLISH.messages, o.key)) messages[o.key] = o.text;
  return { ...catalogue, messages };
}
