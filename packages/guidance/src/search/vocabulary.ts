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

/** Phrases folded to their terms: one regular expression scanning a text once. */
export interface Folds {
  pattern: RegExp | undefined;
  /** Output of each alternative, by its group name `f<i>`. */
  outputs: string[];
}

// Words are apart by spaces, commas, brackets or a hyphen ("22-year-old", "first-tier").
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
 * Compiles entries into one alternation, longer phrases first (the longest reading wins where
 * two start at the same place), each remembering the term it folds to.
 */
export function compileFolds(
  entries: readonly VocabularyEntry[],
  stop: ReadonlySet<string>,
): Folds {
  const all: { source: string; words: number; output: string; order: number }[] = [];
  for (const e of entries)
    for (const p of e.phrases) {
      let source = `(?<![a-z0-9])${compilePhrase(p, stop)}(?![a-z0-9])`;
      if (e.unless?.length) source += `(?![^?.!]*\\b(?:${e.unless.join('|')})\\b)`;
      all.push({
        source,
        words: p.split(/\s+/).length,
        output: e.term.toLowerCase(),
        order: all.length,
      });
    }
  all.sort((a, b) => b.words - a.words || a.order - b.order);
  if (!all.length) return { pattern: undefined, outputs: [] };
  const pattern = new RegExp(
    all.map((a, i) => `(?<f${i}>${a.source.replace(/(?<!\\)\((?![?])/g, '(?:')})`).join('|'),
    'g',
  );
  return { pattern, outputs: all.map((a) => a.output) };
}

/** Replaces every phrase of `folds` in lower-cased `text` by its term, padded with spaces. */
export function applyFolds(text: string, folds: Folds): string {
  if (!folds.pattern) return text;
  return text.replace(folds.pattern, (...args: unknown[]) => {
    const match = args[0] as string;
    const groups = args.at(-1) as Record<string, string | undefined>;
    for (let i = 0; i < folds.outputs.length; i++) {
      if (groups[`f${i}`] === undefined) continue;
      const out = folds.outputs[i]!;
      return ` ${out.includes('{n}') ? out.replace('{n}', /\d+/.exec(match)?.[0] ?? '') : out} `;
    }
    return match;
  });
}
