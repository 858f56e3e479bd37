import { readFileSync } from 'node:fs';
import { z } from 'zod';

// Words of this field in the languages London families write in (data/languages/glossary.json),
// each group with the English words a family would use for it, so a question in Polish, Urdu or
// Somali can be read as an English question and answered from English guidance. Data, not code:
// a service adds a word without a release of the engine's logic.

export const glossarySchema = z.object({
  $comment: z.string().optional(),
  entries: z
    .array(
      z.object({
        en: z.string().min(2),
        /** Names who or what a message is about, not what it asks (see asksInTerms). */
        subject: z.boolean().optional(),
        words: z.array(z.string().min(2)).min(1),
      }),
    )
    .min(1),
});

interface Glossary {
  /** The English of the entries that name only what a message is about ("child", "council"). */
  subjects: Set<string>;
  exact: Map<string, string>;
  /** Words that stand for every word starting with them ("bezpłatn*"), longest first. */
  prefixes: [string, string][];
  /** Several-word keys ("tengo que"), matched in the folded text. */
  phrases: [string, string][];
  /** Keys in a script written without spaces between words (Chinese), longest first. */
  unspaced: [string, string][];
}

/** Scripts that write a sentence as one run of letters: a word is found inside it, not split off. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

let loaded: Glossary | undefined;

function glossary(): Glossary {
  if (loaded) return loaded;
  const data = glossarySchema.parse(
    JSON.parse(
      readFileSync(new URL('../../data/languages/glossary.json', import.meta.url), 'utf8'),
    ),
  );
  const g: Glossary = {
    subjects: new Set(),
    exact: new Map(),
    prefixes: [],
    phrases: [],
    unspaced: [],
  };
  for (const { en, subject, words } of data.entries) {
    if (subject) g.subjects.add(en);
    for (const raw of words) {
      const w = fold(raw);
      if (UNSPACED.test(w)) g.unspaced.push([w, en]);
      else if (w.endsWith('*')) g.prefixes.push([w.slice(0, -1), en]);
      else if (/\s/.test(w)) g.phrases.push([w, en]);
      else g.exact.set(w, en);
    }
  }
  g.prefixes.sort((a, b) => b[0].length - a[0].length);
  g.unspaced.sort((a, b) => b[0].length - a[0].length);
  loaded = g;
  return g;
}

/** In an entry's English, where the number before its word goes ("{n} years old"). */
const NUMBER = '{n}';

/** Digits of any script ("١٥", "১৫") as 0-9. */
function asciiDigits(n: string): string {
  return [...n].map((d) => String(digitValue(d))).join('');
}

function digitValue(d: string): number {
  // A decimal digit's value is its code point's offset from its script's zero (Unicode Nd blocks
  // are runs of ten).
  const code = d.codePointAt(0)!;
  for (let zero = code; zero > code - 10; zero--)
    if (!/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) return code - zero;
  return 0;
}

/** Lower case, without accents or marks, ł as l: how families type on any keyboard. */
function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l');
}

/**
 * The English words for what a message in another language names, each once, in the order the
 * message names them: a phrase ("iki kada", until when) where it stands among the words, so what
 * is asked after the words that ask ("until when … get the certificate") reads as it was written.
 */
export function englishTerms(message: string): string[] {
  const g = glossary();
  const found: { at: number; en: string }[] = [];
  const spaced = ` ${fold(message).replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
  let before = '';
  for (const m of spaced.matchAll(/[\p{L}\p{N}']+/gu)) {
    const raw = m[0];
    const at = m.index;
    const number = before;
    before = raw;
    if (UNSPACED.test(raw)) {
      wordsInside(raw, g.unspaced).forEach((en, i) => found.push({ at: at + i / 1000, en }));
      continue;
    }
    if (raw.length < 2) continue;
    const exact = g.exact.get(raw) ?? g.exact.get(raw.replace(/'/g, ''));
    if (exact?.includes(NUMBER)) {
      // "22 sano", "9 lat": an age, read as "22 years old" only after its number.
      const n = /^\p{Nd}{1,2}$/u.test(number) ? asciiDigits(number) : undefined;
      if (n) found.push({ at, en: exact.replace(NUMBER, n) });
      continue;
    }
    if (exact) found.push({ at, en: exact });
    if (!g.exact.has(raw))
      for (const [prefix, en] of g.prefixes)
        if (prefix.length >= 3 && raw.startsWith(prefix)) {
          found.push({ at, en });
          break;
        }
  }
  for (const [phrase, en] of g.phrases) {
    const at = spaced.indexOf(` ${phrase} `);
    if (at >= 0) found.push({ at: at + 1, en });
  }
  const out: string[] = [];
  for (const { en } of found.sort((x, y) => x.at - y.at)) if (!out.includes(en)) out.push(en);
  return out;
}

/**
 * The entries whose keys a run of unspaced letters holds, in the order they occur: the longest
 * key first at each place, so "调解员" (the mediator) is not also read as "调解" (mediation).
 */
function wordsInside(run: string, keys: readonly [string, string][]): string[] {
  const taken = new Array<boolean>(run.length).fill(false);
  const found: [number, string][] = [];
  for (const [key, en] of keys)
    for (let at = run.indexOf(key); at >= 0; at = run.indexOf(key, at + key.length)) {
      if (taken.slice(at, at + key.length).some(Boolean)) continue;
      taken.fill(true, at, at + key.length);
      found.push([at, en]);
    }
  return found.sort((a, b) => a[0] - b[0]).map(([, en]) => en);
}

/**
 * Whether the words the glossary reads in a message say what it asks, not only whom or what it
 * is about: "mediation child council" could be any question, and a quote found for it answers
 * none in particular. An age says something ("22 years old": too old?), so it is no subject.
 */
export function asksInTerms(message: string): boolean {
  const { subjects } = glossary();
  return englishTerms(message).some((t) => !subjects.has(t));
}

/**
 * The question a message in another language asks, in the English words of its terms, with
 * `names` (words of the guidance it carries as written, pipeline/guidance-names.ts) after them
 * when the glossary reads some of its words.
 */
export function englishQuestion(
  message: string,
  names: readonly string[] = [],
): string | undefined {
  const glossed = englishTerms(message);
  // Names alone say what a message is about, not what it asks ("EHCP direct payments" in a
  // language the glossary cannot read): with none of its words read, there is no question.
  if (!glossed.length) return undefined;
  // A name the glossary already gives in English ("Tribunal", "EHC" for its "ehcp") would
  // count twice.
  const said = glossed
    .join(' ')
    .toLowerCase()
    .split(' ')
    .filter((w) => w.length >= 3);
  const saidAlready = (name: string) => {
    const folded = fold(name);
    return said.some((w) => w.startsWith(folded) || folded.startsWith(w));
  };
  return `${[...glossed, ...names.filter((n) => !saidAlready(n))].join(' ')}?`;
}
