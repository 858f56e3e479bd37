// Which language each line of an answer is in, so a screen reader reads it with the right voice
// (WCAG 3.1.2, language of parts). To a family writing in another language the answer engine
// replies first in their language (a line), then in English: its own English lines and the
// guidance it quotes, which is published in English only. The API sends the reply as one text,
// so the frame tells its English lines by their words: a-z letters only, and one of English's
// commonest short words. No line of any catalogue reads as English by this (reply-language.test.ts
// checks every one); an English line it misses keeps the chat's language, as before.
const ENGLISH_WORD =
  /\b(?:the|you|your|our|we|and|is|are|of|for|can|call|with|this|that|it|on|or|not|be|will)\b/i;
const OTHER_THAN_A_TO_Z = /[^\P{L}a-zA-Z]/u;

export function readsAsEnglish(line: string): boolean {
  return ENGLISH_WORD.test(line) && !OTHER_THAN_A_TO_Z.test(line);
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
