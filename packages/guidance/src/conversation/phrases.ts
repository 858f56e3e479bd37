// Phrase lists from the data files, compiled once into patterns. The lists are data that staff
// and reviewers can read ("refuse*", "turned down", "won't"), so the code holds only this method:
// words match whole, "*" at the end of a word takes any ending, an apostrophe may be left out,
// and any letters count as letters (Polish, Turkish, Romanian …), not only a-z.

import VOCABULARY from '../../data/vocabulary.json';
import { wordVectors } from '../semantic/embeddings';

const LETTER = String.raw`[\p{L}\p{N}]`;

// How people write a word on a phone ("bc" for because, "u" for you): the search vocabulary's
// text-speak read backwards, so a list says "because" once and "bc", "cos" and "coz" match too.
const SHORT_FORMS = new Map<string, string[]>();
for (const [short, word] of Object.entries(VOCABULARY.textSpeak))
  if (!word.includes(' ')) SHORT_FORMS.set(word, [...(SHORT_FORMS.get(word) ?? []), short]);

// "turned down" is also "turned him down", "treated differently" "treating her differently":
// a word standing for a person may come between the words of a phrase.
const OBJECT = String.raw`(?:[\s-]+(?:him|her|them|me|us|my (?:son|daughter|child|boy|girl|kid)))?`;

// "you lot", "you guys", "you all": how people say "you" to a team; a phrase with "you" takes them.
const YOU_PLURAL = String.raw`(?:[\s-]+(?:lot|guys|all|folks))?`;

/** "You" and its forms with "are" joined on: "you're all shut", "youre all away", "yous lot". */
const YOU = new Set(['you', "you're", 'youre', "you'll", 'youll', 'yous']);

const escape = (w: string) => w.replace(/[.+?^${}()|[\]\\/]/g, '\\$&');

/** Each word of a phrase as a pattern: its short forms, "*" for any ending, "you lot". */
function wordPatterns(term: string): string[] {
  return term
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .map((word) => {
      const wild = word.endsWith('*');
      const bare = wild ? word.slice(0, -1) : word;
      const body = escape(bare).replace(/['’]/g, "['’]?");
      const short = SHORT_FORMS.get(bare);
      const forms = short && !wild ? `(?:${[body, ...short.map(escape)].join('|')})` : body;
      if (wild) return `${body}${LETTER}*`;
      return YOU.has(bare) ? `${forms}${YOU_PLURAL}` : forms;
    });
}

/** Between two words of a phrase: spaces or a hyphen, and perhaps a word for a person. */
const BETWEEN = String.raw`${OBJECT}[\s-]+`;

interface TrieNode {
  next: Map<string, TrieNode>;
  ends: boolean;
  /** The longest phrase through this node, in pattern characters (longer ones are tried first). */
  longest: number;
}

/**
 * The phrases as one pattern with their shared first words written once ("do him a plan|do him
 * an ehcp" as "do BETWEEN (?:him …)"): V8 compiles a pattern to code in proportion to its length,
 * and the data files' lists written out in full were among the largest of the engine's compiled
 * patterns (some 20 MB in all after six questions). At each word a longer phrase is tried before
 * a shorter one, as the full list sorted longest first was ("ehc plan" before "plan"). Measured
 * with the lowered text below: the engine's heap after six questions 35 → 29 MB, the server's
 * resident memory 396 → 372 MB (bench/start, one run each); answers byte-identical.
 */
function trieSource(lists: string[][]): string {
  const root: TrieNode = { next: new Map(), ends: false, longest: 0 };
  for (const words of lists) {
    const length = words.join('').length;
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), ends: false, longest: 0 }));
      node.longest = Math.max(node.longest, length);
      node = child;
    }
    node.ends = true;
    node.longest = Math.max(node.longest, length);
  }
  const emit = (node: TrieNode): string =>
    [...node.next]
      .sort((a, b) => b[1].longest - a[1].longest)
      .map(([w, child]) => {
        if (!child.next.size) return w;
        const rest = `${BETWEEN}(?:${emit(child)})`;
        return child.ends ? `${w}(?:${rest})?` : `${w}${rest}`;
      })
      .join('|');
  return emit(root);
}

/** A compiled phrase list: `test` for any match, `find` for where. */
export interface PhraseMatcher {
  test(text: string): boolean;
  find(text: string): { index: number; text: string }[];
}

export function phrases(terms: readonly string[]): PhraseMatcher {
  for (const term of terms)
    for (const word of term.toLowerCase().split(/\s+/))
      if (/^\p{L}{5,}$/u.test(word)) PHRASE_WORDS.add(word);
  const lists = terms.filter((t) => t.trim()).map(wordPatterns);
  if (!lists.length) return { test: () => false, find: () => [] };
  const source = String.raw`(?<!${LETTER})(?:${trieSource(lists)})(?!${LETTER})`;
  // The lists are lower case, so the text is lowered rather than the pattern made caseless (a
  // caseless Unicode pattern compiles to larger code: V8 folds each letter's cases into it). A
  // text whose lower case is longer (a rare letter such as "İ") keeps the caseless pattern, so
  // `find`'s positions stay true.
  const once = new RegExp(source, 'u');
  const all = new RegExp(source, 'gu');
  let caseless: { once: RegExp; all: RegExp } | undefined;
  const forText = (text: string) => {
    const lower = lowered(text);
    if (lower.length === text.length) return { text: lower, once, all };
    caseless ??= { once: new RegExp(source, 'iu'), all: new RegExp(source, 'giu') };
    return { text, ...caseless };
  };
  return {
    test: (text) => {
      const p = forText(text);
      return p.once.test(p.text);
    },
    find: (text) => {
      const p = forText(text);
      return [...p.text.matchAll(p.all)].map((m) => ({
        index: m.index,
        text: text.slice(m.index, m.index + m[0].length),
      }));
    },
  };
}

/**
 * The text in lower case, kept for the last text: every list reads the same message in turn, so
 * it is lowered once rather than once per list.
 */
function lowered(text: string): string {
  if (text !== lastText) {
    lastText = text;
    lastLower = text.toLowerCase();
  }
  return lastLower;
}
let lastText = '';
let lastLower = '';

/** Folds typographic apostrophes and spaces so the lists need one spelling. */
export function plain(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Every whole word of five letters or more in the phrase lists compiled so far: each data file's
 * lists are compiled when its module loads, so by the first message they are all here.
 */
const PHRASE_WORDS = new Set<string>();
/** Messages already read by `spellFixed`, and how it read them. */
const FIXED = new Map<string, string>();

/**
 * A family's misspelling of a word the phrase lists use ("counsil", "asesment", "certifcate"),
 * read as that word: a word of five letters or more that is not English (not among the word
 * vectors' 40,000 words) and is one edit (a letter added, left out, changed or two swapped) from
 * exactly one list word with the same first letter. Real words are never changed.
 */
export function spellFixed(text: string): string {
  // Every concept reader asks about the same message in turn: read it once.
  const cached = FIXED.get(text);
  if (cached !== undefined) return cached;
  if (FIXED.size >= 256) FIXED.clear();
  const fixed = fixSpelling(text);
  FIXED.set(text, fixed);
  return fixed;
}

function fixSpelling(text: string): string {
  return text.replace(/\p{L}{5,}/gu, (token) => {
    const word = token.toLowerCase();
    if (PHRASE_WORDS.has(word) || wordVectors().indexOf(word) >= 0) return token;
    let found: string | undefined;
    for (const candidate of PHRASE_WORDS) {
      if (candidate[0] !== word[0] || Math.abs(candidate.length - word.length) > 1) continue;
      if (!oneEditApart(word, candidate)) continue;
      if (found) return token; // two words it could be: leave it
      found = candidate;
    }
    return found ?? token;
  });
}

/** One insertion, deletion, substitution or swap of neighbours turns `a` into `b`. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length && diff.length <= 2; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return true;
    return (
      diff.length === 2 &&
      diff[1] === diff[0]! + 1 &&
      a[diff[0]!] === b[diff[1]!] &&
      a[diff[1]!] === b[diff[0]!]
    );
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && long[i] === short[i]) i++;
  return long.slice(i + 1) === short.slice(i);
}
