// Which language a family wrote in, so the chat can answer in it: the crisis reply and the offer
// of an interpreter in their language first, then English.
//
// Measured on data/languages/detection-samples.json (language.test.ts prints the figures):
// tinyld is right on short chat messages in most languages the chat offers and reads short
// English questions as English, where franc-min often does not; but tinyld has no Somali model
// and is five times slower. So franc-min, which knows Somali, answers first when it is sure of
// English or Somali in plain a-z text, and tinyld decides the rest. Messages too short to tell
// (under three words in a script several languages share) get the caller's fallback: the
// widget's language.
import { francAll } from 'franc-min';
import type * as TinyldModule from 'tinyld';
import { catalogueFor } from './reply-catalogue';

type Tinyld = typeof TinyldModule;
let tinyld: Tinyld | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads tinyld's model, once. It takes a fifth to half a second, so a server does not pay for it
 * at start: answerOnce awaits this before it first needs a language. Until it has loaded,
 * detection uses franc-min alone (limited to our languages), which is weaker on short English.
 */
export function loadLanguageDetection(): Promise<void> {
  loading ??= import('tinyld').then((m) => {
    tinyld = m;
  });
  return loading;
}

export type Lang =
  | 'en'
  | 'es'
  | 'fr'
  | 'pt'
  | 'it'
  | 'de'
  | 'pl'
  | 'ro'
  | 'tr'
  | 'so'
  | 'lt'
  | 'ar'
  | 'ur'
  | 'fa'
  | 'bn'
  | 'hi'
  | 'pa'
  | 'gu'
  | 'ta'
  | 'zh'
  | 'ru'
  /** A language the chat has no replies for (Vietnamese, Ukrainian …). */
  | 'other';

export const LANGS: readonly Exclude<Lang, 'other'>[] = [
  'en',
  'es',
  'fr',
  'pt',
  'it',
  'de',
  'pl',
  'ro',
  'tr',
  'so',
  'lt',
  'ar',
  'ur',
  'fa',
  'bn',
  'hi',
  'pa',
  'gu',
  'ta',
  'zh',
  'ru',
];
const KNOWN = new Set<string>(LANGS);

/**
 * Scripts written by one of the chat's languages only: enough to tell even a one-word message.
 * The first four are not shared with any language at all; the rest are, so for a longer message
 * tinyld decides (Marathi, Ukrainian, Japanese).
 */
const ONE_LANGUAGE_SCRIPTS: [Lang, RegExp][] = [
  ['bn', /\p{Script=Bengali}/gu],
  ['gu', /\p{Script=Gujarati}/gu],
  ['ta', /\p{Script=Tamil}/gu],
  ['pa', /\p{Script=Gurmukhi}/gu],
  ['hi', /\p{Script=Devanagari}/gu],
  ['zh', /\p{Script=Han}/gu],
  ['ru', /\p{Script=Cyrillic}/gu],
];
/** Letters Urdu writes and Arabic does not (ٹ ڈ ڑ ں ھ ہ ے), and Persian's own (پ چ ژ گ without them). */
const URDU_LETTERS = /[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]/u;
const PERSIAN_LETTERS = /[\u067e\u0686\u0698\u06af]/u;

/** How far ahead of the next language franc-min must put English to skip tinyld (scores 0-1). */
const SURE_OF_ENGLISH = 0.1;
/** How far ahead of the next language franc-min must put Somali. */
const SOMALI_MARGIN = 0.1;
/** When tinyld's second choice scores this close to its first and either is the fallback, take it. */
const CLOSE_CALL = 0.85;
/** tinyld's confidence needed to call a message a language the chat has no replies for. */
const OTHER_CONFIDENCE = 0.5;

interface Guess {
  lang: Lang;
  /** A second language scored almost as high (see CLOSE_CALL). */
  runnerUp?: Lang;
}

function guess(text: string): Guess | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return undefined;
  // Words are runs of letters; Chinese, written without spaces, counts its characters.
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  if (words < 3 && han < 4) {
    const lang = shortMessageLanguage(text, letters);
    return lang && { lang };
  }

  // Written only by one of our languages, and a script tinyld may not model (Gurmukhi).
  for (const [lang, re] of ONE_LANGUAGE_SCRIPTS.slice(0, 4))
    if ((text.match(re)?.length ?? 0) / letters > 0.5) return { lang };

  // English and Somali are written in plain a-z: a letter outside it ("Oğlum intihar notu
  // yazmış", "çok fazla hap yuttu") rules both out, whatever franc-min says.
  const plainLatin = !/[^a-z'\P{L}]/iu.test(text);
  const franc = plainLatin ? francAll(text, { only: Object.keys(FRANC_CODES), minLength: 3 }) : [];
  const francMargin = (franc[0]?.[1] ?? 0) - (franc[1]?.[1] ?? 0);
  // franc-min is five times quicker than tinyld; when it is sure of English, that is the answer
  // (it errs the other way, reading short English as something else, which tinyld then settles).
  if (franc[0]?.[0] === 'eng' && francMargin > SURE_OF_ENGLISH) return { lang: 'en' };
  // tinyld has no Somali model and names Somali something else (Berber, Tagalog, now and then
  // Turkish).
  if (franc[0]?.[0] === 'som' && francMargin > SOMALI_MARGIN) return { lang: 'so' };
  if (!tinyld)
    return francGuess(
      plainLatin ? franc : francAll(text, { only: Object.keys(FRANC_CODES), minLength: 3 }),
    );
  const [first, second] = tinyld.detectAll(text);
  if (first && KNOWN.has(first.lang)) {
    const close = second && KNOWN.has(second.lang) && second.accuracy / first.accuracy > CLOSE_CALL;
    return { lang: first.lang as Lang, runnerUp: close ? (second.lang as Lang) : undefined };
  }
  if (first && first.accuracy >= OTHER_CONFIDENCE) return { lang: 'other' };
  // Unsure, and its best guess is a language we do not offer: the nearest one we do.
  const [known] = tinyld.detectAll(text, { only: [...LANGS] });
  return known && { lang: known.lang as Lang };
}

/** franc-min's names for our languages (those it has a model for; the rest are told by script). */
const FRANC_CODES: Record<string, Lang> = {
  eng: 'en',
  spa: 'es',
  fra: 'fr',
  por: 'pt',
  ita: 'it',
  deu: 'de',
  pol: 'pl',
  ron: 'ro',
  tur: 'tr',
  som: 'so',
  arb: 'ar',
  urd: 'ur',
  pes: 'fa',
  hin: 'hi',
  rus: 'ru',
};

function francGuess([first, second]: ReturnType<typeof francAll>): Guess | undefined {
  const lang = first && FRANC_CODES[first[0]];
  if (!lang) return undefined;
  const close = second && FRANC_CODES[second[0]] && first[1] - second[1] < 0.05;
  return { lang, runnerUp: close ? FRANC_CODES[second[0]] : undefined };
}

function shortMessageLanguage(text: string, letters: number): Lang | undefined {
  const share = (re: RegExp) => (text.match(re)?.length ?? 0) / letters;
  for (const [lang, re] of ONE_LANGUAGE_SCRIPTS) if (share(re) > 0.5) return lang;
  if (share(/\p{Script=Arabic}/gu) > 0.5) {
    if (URDU_LETTERS.test(text)) return 'ur';
    if (PERSIAN_LETTERS.test(text)) return 'fa';
    return 'ar';
  }
  return undefined;
}

/** The language of a message, or undefined when it is too short or too mixed to tell. */
export function guessLanguage(text: string): Lang | undefined {
  return guess(text)?.lang;
}

/**
 * The language to reply in: the message's own when it can be told, otherwise `fallback` (the
 * widget's chosen language; English when none is given). Between two close guesses one of which
 * is the fallback, the fallback wins ("disability discrimination claim, do I need mediation?"
 * scores Portuguese a shade above English and stays English).
 */
export function detectLanguage(text: string, fallback: Lang = 'en'): Lang {
  const g = guess(text);
  if (!g) return fallback;
  return g.runnerUp === fallback ? fallback : g.lang;
}

/**
 * tinyld's names for languages that share a reply catalogue with another: Serbian and Bosnian are
 * read with Croatian, Indonesian with Malay.
 */
const SAME_CATALOGUE: Record<string, string> = { sr: 'hr', bs: 'hr', id: 'ms' };
/** tinyld's confidence needed to reply in a language the chat has a catalogue for but no more. */
const SURE_OF_CATALOGUE_LANGUAGE = 0.9;

/**
 * The reply catalogue to use for a message of language `lang`: `lang` itself, or for one the chat
 * detects no further than "other", the catalogue of the language tinyld is sure it is (Tagalog,
 * Amharic …: the languages with safety rules and fixed replies only). "other" when there is none.
 */
export function catalogueLanguageOf(text: string, lang: Lang): string {
  if (lang !== 'other') return lang;
  const first = tinyldFirst(text);
  if (!first || first.accuracy < SURE_OF_CATALOGUE_LANGUAGE) return lang;
  return catalogueFor(first.code) ? first.code : lang;
}

/** tinyld's first guess at any language, named as the reply catalogues name it. */
function tinyldFirst(text: string): { code: string; accuracy: number } | undefined {
  const [first] = tinyld?.detectAll(text) ?? [];
  return first && { code: SAME_CATALOGUE[first.lang] ?? first.lang, accuracy: first.accuracy };
}

/**
 * Of several languages whose safety rules caught a message, the one detection names, however
 * unsure (Czech and Slovak rules share words, so do Croatian and Czech); else the first. tinyld
 * is not asked to choose among them alone: it has no model for some (Albanian, Shona), and
 * would name whichever of the others it does know.
 */
export function detectedAmong(text: string, languages: readonly string[]): string | undefined {
  if (languages.length < 2) return languages[0];
  const named = tinyldFirst(text)?.code;
  return named && languages.includes(named) ? named : languages[0];
}

/**
 * "Call us, we can get an interpreter or call you back", in the family's language (a catalogue's
 * code, see catalogueLanguageOf).
 */
export function interpreterLine(lang: string, phone: string): string | undefined {
  if (lang === 'en' || lang === 'other') return undefined;
  return catalogueFor(lang)?.messages.interpreter.replace('{phone}', phone);
}

/** "Our guidance is in English; here is what it says. Call us …", in the family's language. */
export function guidanceInEnglishLine(lang: string, phone: string): string | undefined {
  if (lang === 'other') return undefined;
  return catalogueFor(lang)?.messages.guidanceInEnglish.replace('{phone}', phone);
}

/** The widget's chosen language as one the chat has replies for, else English. */
export function chosenLanguage(code: string | undefined): Lang {
  const lang = code?.toLowerCase() as Exclude<Lang, 'other'> | undefined;
  return lang && LANGS.includes(lang) ? lang : 'en';
}
