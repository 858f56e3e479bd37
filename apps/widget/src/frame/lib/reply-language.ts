// Which language each line of an answer is in, so a screen reader reads it with the right voice
// (WCAG 3.1.2, language of parts). To a family writing in another language the answer engine
// replies first in their language (a line), then in English: its own English lines and the
// guidance it quotes, which is published in English only. The API sends the reply as one text,
// so the frame tells its English lines by their words: a-z letters only, and at least a fifth of
// its words, and two or more, among English's commonest short words (one is not enough: Dutch, Malay or
// Tagalog, also written in a-z, have "of", "is" or "at" of their own). No line of any catalogue
// reads as English by this (reply-language.test.ts checks every one); an English line it misses
// keeps the chat's language, as before.
const ENGLISH_WORDS = new Set(
  (
    'the you your our we and is are of for can call with this that it on or not be will if a an ' +
    'to in at by from have has do does what when how who us me my i they them there here about ' +
    'any all now free please ask help'
  ).split(' '),
);
/** The share of a line's words that must be common English words. */
const ENGLISH_SHARE = 0.2;
const OTHER_THAN_A_TO_Z = /[^\P{L}a-zA-Z]/u;

export function readsAsEnglish(line: string): boolean {
  if (OTHER_THAN_A_TO_Z.test(line)) return false;
  const words = line.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? [];
  const english = words.filter((w) => ENGLISH_WORDS.has(w)).length;
  return english >= 2 && english / words.length >= ENGLISH_SHARE;
}

export interface LineInLanguage {
  text: string;
  /** A language code for the line's `lang` attribute. */
  lang: string;
}

/**
 * `text`'s lines (each but the last ending in its line break, so they join back into `text`),
 * each marked English where it reads as English, else in the chat's language.
 */
export function linesByLanguage(text: string, chatLang: string): LineInLanguage[] {
  return text
    .split(/(?<=\n)/)
    .map((line) => ({ text: line, lang: readsAsEnglish(line) ? 'en' : chatLang }));
}
