// One analyzer for passages and questions, so both sides of a match are normalised the same
// way: the field's phrases to one token (EHC plan → ehcp), stop words out, light stemming. The
// phrases, stop words and phone spellings are data (data/vocabulary.json, src/search/vocabulary.ts).
import { applyFolds, compileFolds, vocabulary, type Folds } from '../search/vocabulary';

const VOCABULARY = vocabulary();
const STOP: ReadonlySet<string> = new Set(VOCABULARY.stop);
// Two passes: the field's terms first, then the everyday frames, which are written in those
// terms ("part of the council" also reads "part of the local authority").
const TERMS = compileFolds(VOCABULARY.terms, STOP);
const FRAMES = compileFolds(VOCABULARY.frames, STOP);

export function canonicalise(text: string, extra?: Folds): string {
  const t = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .normalize('NFKC');
  // Staff-added terms first: a term of their own may contain words the shipped vocabulary folds.
  return applyFolds(applyFolds(extra ? applyFolds(t, extra) : t, TERMS), FRAMES);
}

/** Words of a text (canonicalised, stop words kept), before stemming. */
export function words(text: string, extra?: Folds): string[] {
  return canonicalise(text, extra)
    .replace(CONTRACTION, (m) => CONTRACTIONS[m] ?? (m.endsWith("n't") ? ' not' : ''))
    .replace(TEXT_SPEAK_NUMBER, (m) => (m === '2' ? 'to' : 'for'))
    .split(/[^\p{L}\p{N}]+/u)
    .map((w) => TEXT_SPEAK.get(w) ?? w)
    .filter((w) => w.length > 1 || /\d/.test(w));
}

// "don't" would otherwise leave a word "don" that no page uses, and weigh as a rare word.
const CONTRACTIONS: Record<string, string> = { "can't": 'can not', "won't": 'will not' };
const CONTRACTION = /\b(?:can't|won't)|n't\b|'(?:s|re|ve|ll|d|m)\b/g;

/** How people write on a phone: "wat", "ur", "hav". Only forms no published page uses. */
const TEXT_SPEAK: ReadonlyMap<string, string> = new Map(Object.entries(VOCABULARY.textSpeak));
/** "have 2 pay 4 it": a 2 or 4 between words, not a count of something ("2 months"). */
const TEXT_SPEAK_NUMBER =
  /(?<=\b(?!age\b)[a-z]+ )[24](?= (?!(?:days?|weeks?|months?|years?|hours?|times?|kids?|children|sons?|daughters?|schools?|plans?)\b)[a-z])/g;

/** Index terms of a text: canonical phrases, no stop words, light stemming. */
export function analyze(text: string, extra?: Folds): string[] {
  const out: string[] = [];
  for (const w of words(text, extra)) {
    if (STOP.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

/** Every stop word, for recognising a misspelt one ("actualy") in a question. */
export const STOP_WORDS: ReadonlySet<string> = STOP;

/**
 * A light English stemmer, so the forms of a word meet: plurals, -ing and -ed (using / used /
 * use, agreed / agree), -ment nouns (assessment / assessed, arrangement / arranging), -ation
 * and -ate (mediation / mediate / mediating / mediated), -ality (confidentiality), -ly, -ise /
 * -ize and a final e. It never removes an agent's -or / -er: Porter would fold "mediator" into
 * "mediation", which this field must keep apart.
 */
export function stem(word: string): string {
  let w = word;
  if (/\d/.test(w)) return w;
  // "use", "age", "fee" meet "using", "aged", "fees", whose e goes below.
  if (w.length <= 3) return w.length === 3 && w.endsWith('e') ? w.slice(0, -1) : w;
  w = w.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1');
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('eed')) w = w.length > 5 ? w.slice(0, -1) : w;
  else if (w.endsWith('ing') && hasVowel(w.slice(0, -3)) && w.length > 4)
    w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && hasVowel(w.slice(0, -2)) && w.length > 3)
    w = undouble(w.slice(0, -2));
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('ment') && w.length >= 7 && !KEEP_MENT.has(w)) w = w.slice(0, -4);
  else if (w.endsWith('ality') && w.length >= 9) w = w.slice(0, -3);
  else if (w.endsWith('ation') && w.length >= 8) w = `${w.slice(0, -5)}ate`;
  if (w.endsWith('e') && w.length > 2) w = w.slice(0, -1);
  return w;
}

/** -ment nouns that are not the verb before them ("statement" is not "state"). */
const KEEP_MENT = new Set(['statement', 'element', 'comment', 'document', 'moment']);

const hasVowel = (w: string) => /[aeiouy]/.test(w) && w.length >= 2;

function undouble(w: string): string {
  // British spelling doubles the l of a longer word ("travelling", "cancelled"), not of "calling".
  if (/[^aeiou]ell$/.test(w) && (w.match(/[aeiouy]+/g) ?? []).length >= 2) return w.slice(0, -1);
  return /([^aeiouylsz])\1$/.test(w) ? w.slice(0, -1) : w;
}
