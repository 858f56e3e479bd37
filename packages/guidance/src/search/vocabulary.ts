import { readFileSync } from 'node:fs';
import { vocabularySchema, type Vocabulary, type VocabularyEntry } from './vocabulary-schema';

// The field's vocabulary is data (data/vocabulary.json, validated when it is read), and the
// phrases in it are compiled here by one general method, so no phrase is written as code.

let loaded: Vocabulary | undefined;

/** The vocabulary shipped with the package, read and validated once per process. */
export function vocabulary(): Vocabulary {
  loaded ??= vocabularySchema.parse(
    JSON.parse(readFileSync(new URL('../../data/vocabulary.json', import.meta.url), 'utf8')),
  );
  return loaded;
}

/**
 * Phrases folded to their terms. Each phrase is its own sticky pattern, tried only where a word
 * that can begin it stands: a text is scanned word by word, not by hundreds of alternatives at
 * every character.
 */
export interface Folds {
  /** Phrases by the base form of a word that can begin them, longer phrases first. */
  byFirst: Map<string, FoldPhrase[]>;
  /** Phrases beginning with a slot ("{n} years old"), tried at every word. */
  anywhere: FoldPhrase[];
}

interface FoldPhrase {
  pattern: RegExp;
  output: string;
  words: number;
  order: number;
}

const SEP = String.raw`[\s,\(\)-]+`;
const SLOTS: Record<string, string> = {
  // A number that is an age, not a quantity ("under 2 months", "3 days").
  '{n}': String.raw`(\d{1,2})(?![\d.]|\s*(?:days?|weeks?|months?|hours?|minutes?|pounds|%|am|pm)\b)`,
  '{who}': String.raw`(?:i|we|you|they|he|she|it|someone|parents|families|people|(?:my|our|his|her|their|the|a) [a-z]+)`,
  '{my}': String.raw`(?:my|our|your|his|her|their|the|a|an)`,
  '{*}': String.raw`[a-z][a-z'-]*`,
  '{end}': String.raw`(?=\s*(?:[?.!]|$))`,
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The forms of a word: plural, -ed, -ing (with a final e dropped or a last consonant doubled),
 * -ies / -ied for a y, and the possessive. Short function words are matched as written.
 */
function inflected(word: string, stop: ReadonlySet<string>): string {
  if (!/^[a-z]+$/.test(word) || word.length < 3 || (word.length <= 3 && stop.has(word)))
    return escape(word);
  let forms: string;
  if (word.endsWith('e')) forms = `${word.slice(0, -1)}(?:e|es|ed|ing|en)`;
  else if (/[^aeiou]y$/.test(word)) forms = `${word.slice(0, -1)}(?:y|ies|ied|ying)`;
  else {
    const last = word.at(-1)!;
    forms = `${word}(?:s|es|ed|ing|${last}ed|${last}ing)?`;
  }
  return `${forms}(?:'s|s')?`;
}

function compilePhrase(phrase: string, stop: ReadonlySet<string>): string {
  const parts = phrase.trim().split(/\s+/);
  let out = '';
  let sepPending = false;
  parts.forEach((raw, i) => {
    const optional = raw.endsWith('?') && raw.length > 1;
    const word = optional ? raw.slice(0, -1) : raw;
    const alts = word.split('|').map((a) => {
      if (SLOTS[a]) return SLOTS[a];
      if (a.endsWith('!')) return escape(a.slice(0, -1));
      if (a === 'and') return '(?:and|&)';
      return inflected(a, stop);
    });
    const p = alts.length > 1 ? `(?:${alts.join('|')})` : alts[0]!;
    const sep = i > 0 && !sepPending && word !== '{end}' ? SEP : '';
    if (optional) {
      out += i === 0 ? `(?:${p}${SEP})?` : `(?:${sep}${p})?`;
      sepPending = i === 0;
    } else {
      out += `${sepPending ? '' : sep}${p}`;
      sepPending = false;
    }
  });
  return out;
}

/**
 * Compiles entries, longer phrases first (the longest reading wins where two start at the same
 * word), each remembering the term it folds to.
 */
export function compileFolds(
  entries: readonly VocabularyEntry[],
  stop: ReadonlySet<string>,
): Folds {
  const byFirst = new Map<string, FoldPhrase[]>();
  const anywhere: FoldPhrase[] = [];
  let order = 0;
  for (const e of entries)
    for (const p of e.phrases) {
      let source = `(?<![a-z0-9])${compilePhrase(p, stop)}(?![a-z0-9])`;
      if (e.unless?.length) source += `(?![^?.!]*\\b(?:${e.unless.join('|')})\\b)`;
      const phrase: FoldPhrase = {
        pattern: new RegExp(source, 'y'),
        output: e.term.toLowerCase(),
        words: p.split(/\s+/).length,
        order: order++,
      };
      // The words that can begin it: its first word's alternatives, and the next word's too
      // when the first is optional.
      const firsts: string[] = [];
      for (const raw of p.trim().split(/\s+/)) {
        const optional = raw.endsWith('?') && raw.length > 1;
        const alts = (optional ? raw.slice(0, -1) : raw).split('|');
        if (alts.includes('{*}')) {
          firsts.length = 0;
          break;
        }
        for (const a of alts.map((x) => x.replace(/!$/, '')))
          if (SLOT_FIRST[a]) firsts.push(...SLOT_FIRST[a]);
          else firsts.push(/[.-]/.test(a) ? (/^[a-z0-9]+/.exec(a)?.[0] ?? a) : a);
        if (!optional) break;
      }
      if (!firsts.length) anywhere.push(phrase);
      for (const f of new Set(firsts)) {
        const list = byFirst.get(f) ?? [];
        list.push(phrase);
        byFirst.set(f, list);
      }
    }
  const longestFirst = (a: FoldPhrase, b: FoldPhrase) => b.words - a.words || a.order - b.order;
  for (const list of byFirst.values()) list.sort(longestFirst);
  anywhere.sort(longestFirst);
  return { byFirst, anywhere };
}

/** The words a slot can begin with; "#n" stands for any number. */
const SLOT_FIRST: Record<string, string[]> = {
  '{n}': ['#n'],
  '{who}':
    'i we you they he she it someone parents families people my our his her their the a'.split(' '),
  '{my}': 'my our your his her their the a an'.split(' '),
};

/** The base forms a word of a text may be an inflection of ("pulled" → pull, "taking" → take). */
function bases(word: string): string[] {
  if (/^\d/.test(word)) return ['#n'];
  const out = [word];
  if (word.length <= 3) return out;
  const strip = (suffix: string, add = '') => {
    if (word.length > suffix.length + 1 && word.endsWith(suffix))
      out.push(word.slice(0, -suffix.length) + add);
  };
  strip("'s");
  strip("s'");
  strip('s');
  strip('es');
  strip('ed');
  strip('d');
  strip('ing');
  strip('ing', 'e');
  strip('en', 'e');
  strip('ies', 'y');
  strip('ied', 'y');
  strip('ying', 'y');
  // A doubled last consonant: "dropped", "dropping".
  const doubled = /([b-df-hj-np-tv-z])\1(?:ed|ing)$/.exec(word);
  if (doubled) out.push(word.slice(0, doubled.index + 1));
  return out;
}

/** Replaces every phrase of `folds` in lower-cased `text` by its term, padded with spaces. */
export function applyFolds(text: string, folds: Folds): string {
  if (!folds.byFirst.size && !folds.anywhere.length) return text;
  let out = '';
  let copied = 0;
  const word = /[a-z0-9][a-z0-9'’]*/g;
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const at = m.index;
    let best: { phrase: FoldPhrase; end: number; match: string } | undefined;
    const candidates: FoldPhrase[] = [...folds.anywhere];
    for (const b of bases(m[0])) {
      const list = folds.byFirst.get(b);
      if (list) candidates.push(...list);
    }
    for (const phrase of candidates) {
      if (
        best &&
        (phrase.words < best.phrase.words ||
          (phrase.words === best.phrase.words && phrase.order > best.phrase.order))
      )
        continue;
      phrase.pattern.lastIndex = at;
      const found = phrase.pattern.exec(text);
      if (found) best = { phrase, end: at + found[0].length, match: found[0] };
    }
    if (!best) continue;
    const term = best.phrase.output;
    out += `${text.slice(copied, at)} ${term.includes('{n}') ? term.replace('{n}', /\d+/.exec(best.match)?.[0] ?? '') : term} `;
    copied = best.end;
    word.lastIndex = best.end;
  }
  return copied ? out + text.slice(copied) : text;
}
