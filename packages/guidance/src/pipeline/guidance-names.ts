import type { GuidanceIndex } from '../search/guidance-index';

// A message in another language often carries words no glossary can hold: the names the
// service's own pages use for its places, people, lines and documents ("Wrenfield-இல்", at
// Wrenfield; "Saturday surgery"; "EHC"), written in Latin letters whatever the language. They
// pick out the passage that answers as well in Ukrainian as in English, so they go with the
// glossary's English words when the message is read as an English question.

/** A run of Latin letters (accents allowed), the shape of a name or an English word. */
const LATIN_WORD = /[\p{Script=Latin}][\p{Script=Latin}'’-]*[\p{Script=Latin}]/gu;
const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;
/** Brackets or quotation marks: where a writer puts the English word beside their own. */
const SET_APART = /[(“"'‘«„]\s*([^()“”"'‘’«»„]{2,40}?)\s*[)”"'’»]/gu;

/**
 * The words of `message` (in another language) that stand apart as names or English words and
 * that the guidance uses as written, by a typo or by a form of the same word: in a message
 * written in another script, every Latin word; in a Latin-script one, a capitalised word that
 * does not start a sentence, a word in capitals, or words in brackets or quotation marks.
 */
export function guidanceNamesIn(message: string, index: GuidanceIndex): string[] {
  const candidates = new Set<string>();
  // Written mostly in another script (Ukrainian, Cantonese, Farsi): its Latin words stand apart.
  const latin = message.match(LATIN_LETTER)?.length ?? 0;
  const otherScript = (message.match(LETTER)?.length ?? 0) - latin > latin;
  for (const m of message.matchAll(LATIN_WORD)) {
    const word = m[0];
    if (otherScript || standsApart(message, m.index, word)) candidates.add(word);
  }
  for (const m of message.matchAll(SET_APART))
    for (const w of m[1]!.match(LATIN_WORD) ?? []) candidates.add(w);
  return [...candidates].filter((w) => knownTo(index, w));
}

/** A capitalised word not at the start of a sentence, or a word in capitals ("EHC", "QUIET"). */
function standsApart(text: string, at: number, word: string): boolean {
  if (word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase()) return true;
  if (word[0] === word[0]!.toLowerCase()) return false;
  const before = text.slice(0, at).trimEnd();
  return before !== '' && !/[.!?¿¡:;]$/u.test(before);
}

/** Whether the guidance uses the word: as written, as a typo of its own, or by a form of it. */
function knownTo(index: GuidanceIndex, word: string): boolean {
  const [concept] = index.concepts(word);
  return !!concept && concept.known && concept.listed;
}
