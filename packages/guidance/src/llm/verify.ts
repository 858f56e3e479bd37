import { isCrisis } from '../pipeline/safety';
import { isLightTerm, relatedTerms, SAME_WEIGHT } from '../search/synonyms';
import { analyze } from '../text/analyze';
import type { Passage } from '../types';
import { MAX_SENTENCE_CHARS, type ModelSentence } from './reply-schema';
import { anyOf, sentenceVocabulary } from './vocabulary';

/**
 * Share of a sentence's content words its cited passages must hold (themselves or a listed
 * equivalent). Measured on the labelled sentences in coverage-examples.json by
 * verify-coverage.test.ts: the 17 supported paraphrases score 0.75 and above, the 13 unsupported
 * claims pinned on a related passage 0.40 and below; 0.6 sits between.
 */
export const COVERAGE_THRESHOLD = 0.6;

/** Why one sentence of a model's reply was not shown. */
export type SentenceDrop =
  | 'uncited'
  | 'bad_citation'
  | 'unsupported_fact'
  | 'unsupported_quote'
  | 'period_or_date'
  | 'low_coverage'
  | 'advice'
  | 'too_long'
  | 'repeat';

/** What to do with one sentence. `stop` ends the whole reply: the crisis reply or a leak. */
export type SentenceVerdict =
  | { verdict: 'keep'; text: string; cites: number[]; connector: boolean }
  | { verdict: 'drop'; reason: SentenceDrop }
  | { verdict: 'stop'; reason: 'crisis_signposted' | 'leaked_instructions' };

const ADVICE = anyOf(sentenceVocabulary.advice);
const SIGNPOST = anyOf(sentenceVocabulary.crisisSignposts);
const LEAK = anyOf(sentenceVocabulary.leakMarkers);

const NUMBER_WORD =
  '(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|sixty|ninety|a few|few|several|couple of)';
// A span of time or a date: the law's numbers, which only @sen/rules may state.
const PERIOD = new RegExp(
  `\\b${NUMBER_WORD}[\\s-]+(?:working[\\s-]+|school[\\s-]+|calendar[\\s-]+|clear[\\s-]+)?(?:days?|weeks?|months?|years?|terms?|hours?)\\b|\\bfortnight\\b`,
  'i',
);
const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)';
const DATE = new RegExp(
  [
    `\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}\\b`,
    `\\b${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b${MONTH}\\s+\\d{4}\\b`,
    '\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b',
    '\\b\\d{4}-\\d{2}-\\d{2}\\b',
    '\\b(?:tomorrow|yesterday|next (?:week|month|year)|last (?:week|month|year))\\b',
  ].join('|'),
  'i',
);
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/gi;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const URL =
  /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|\b[\w-]+(?:\.[\w-]+)*\.(?:org|uk|com|gov|net|nhs|info|co)(?:\/[^\s<>"')\]]*)?\b/gi;
const PHONE = /(?<![\w+])\+?\d[\d\s()-]{5,}\d(?!\w)/g;
const NUMBER = /\d+(?:[.,]\d+)*/g;
// "quoted words" and ‘quoted words’; a single quote only where it opens after a space or bracket,
// so "council's" is not taken for a quote.
const QUOTED = /["“]([^"”]{2,}?)["”]|(?<=^|[\s(])['‘]([^'’]{2,}?)['’](?=[\s.,;:!?)]|$)/g;

const PLACEHOLDER = /\[(?:name|phone number|e-mail|address|date|school)\]/i;

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[*_`]/g, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
const digitsOf = (s: string) => s.replace(/\D/g, '');

/** The facts in a sentence that must stand in a cited passage, word for word. */
function unsupportedFact(
  sentence: string,
  cited: string,
): 'unsupported_fact' | 'unsupported_quote' | undefined {
  const source = norm(cited);
  for (const m of sentence.matchAll(EMAIL))
    if (!source.includes(m[0].toLowerCase())) return 'unsupported_fact';
  let rest = sentence.replace(EMAIL, ' ');
  for (const m of rest.matchAll(URL)) {
    const url = m[0]
      .toLowerCase()
      .replace(/^https?:\/\//, '')
      .replace(/[.,;:]+$/, '');
    if (!source.includes(url)) return 'unsupported_fact';
  }
  rest = rest.replace(URL, ' ');
  const phones = [...cited.matchAll(PHONE)].map((m) => digitsOf(m[0]));
  for (const m of rest.matchAll(PHONE)) {
    const d = digitsOf(m[0]);
    if (d.length >= 6 && !phones.some((p) => p === d)) return 'unsupported_fact';
  }
  rest = rest.replace(PHONE, (m) => (digitsOf(m).length >= 6 ? ' ' : m));
  const numbers = new Set([...source.matchAll(NUMBER)].map((m) => m[0]));
  for (const m of rest.matchAll(NUMBER)) if (!numbers.has(m[0])) return 'unsupported_fact';
  // A money sign, a day of the week: the passage must have it too ("£" next to its own number).
  if (
    /£|\bpounds?\b|\bpence\b/i.test(rest) &&
    !/£|\bpounds?\b|\bpence\b|\bfee|\bcost|\bpay/i.test(source)
  )
    return 'unsupported_fact';
  for (const m of rest.matchAll(WEEKDAY))
    if (!source.includes(m[0].toLowerCase().replace(/s$/, ''))) return 'unsupported_fact';
  for (const m of sentence.matchAll(QUOTED)) {
    const phrase = norm(m[1] ?? m[2] ?? '').replace(/[.,;:!?]+$/, '');
    if (phrase && !source.includes(phrase)) return 'unsupported_quote';
  }
  return undefined;
}

/** Terms a passage covers: its own, its heading's and title's, and their listed equivalents. */
function coveredTerms(passages: readonly Passage[]): Set<string> {
  const out = new Set<string>();
  for (const p of passages)
    for (const t of analyze([p.title, ...p.headingPath, p.text].join(' '))) {
      out.add(t);
      for (const [r, w] of relatedTerms(t)) if (w >= SAME_WEIGHT) out.add(r);
    }
  return out;
}

/** Share of a sentence's content words its cited passages cover (1 when it has none). */
export function coverage(sentence: string, cited: readonly Passage[]): number {
  const terms = [...new Set(analyze(sentence))].filter((t) => !isLightTerm(t));
  if (!terms.length) return 1;
  const covered = coveredTerms(cited);
  return terms.filter((t) => covered.has(t)).length / terms.length;
}

/** Runs of six words of the instructions, to notice a reply that repeats them. */
export function leakShingles(instructions: string): Set<string> {
  const w = norm(instructions)
    .split(/[^a-z0-9']+/)
    .filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + 6 <= w.length; i++) out.add(w.slice(i, i + 6).join(' '));
  return out;
}

function repeatsInstructions(sentence: string, shingles: ReadonlySet<string>): boolean {
  const w = norm(sentence)
    .split(/[^a-z0-9']+/)
    .filter(Boolean);
  for (let i = 0; i + 6 <= w.length; i++)
    if (shingles.has(w.slice(i, i + 6).join(' '))) return true;
  return false;
}

/**
 * Checks one sentence of a model's reply against the passages it was shown (numbered from 1):
 * it must cite, cite only what it was shown, hold no number, amount, phone number, e-mail, web
 * address, day or quoted phrase its cited passages lack, state no period or date (the law's
 * dates come from @sen/rules, never from a model), give no advice, and share enough of its
 * words with what it cites. A sentence signposting distress, or repeating the instructions,
 * stops the reply.
 */
export function verifySentence(
  sentence: ModelSentence,
  shown: readonly Passage[],
  instructions: ReadonlySet<string>,
): SentenceVerdict {
  const text = sentence.text
    .replace(/\s*\[\d+(?:\s*,\s*\d+)*\]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (LEAK.test(text) || repeatsInstructions(text, instructions))
    return { verdict: 'stop', reason: 'leaked_instructions' };
  if (SIGNPOST.test(text) || isCrisis(text))
    return { verdict: 'stop', reason: 'crisis_signposted' };
  if (!text) return { verdict: 'drop', reason: 'uncited' };
  if (text.length > MAX_SENTENCE_CHARS) return { verdict: 'drop', reason: 'too_long' };
  if (ADVICE.test(text)) return { verdict: 'drop', reason: 'advice' };
  const content = analyze(text).filter((t) => !isLightTerm(t));
  // "Yes." / "No, not quite.": carries nothing to check, shown only before a checked sentence.
  if (!content.length && text.split(/\s+/).length <= 3 && !/\d/.test(text))
    return { verdict: 'keep', text: finish(text), cites: [], connector: true };
  const cites = [...new Set(sentence.cites)];
  if (!cites.length) return { verdict: 'drop', reason: 'uncited' };
  if (cites.some((n) => !Number.isInteger(n) || n < 1 || n > shown.length))
    return { verdict: 'drop', reason: 'bad_citation' };
  if (PERIOD.test(text) || DATE.test(text)) return { verdict: 'drop', reason: 'period_or_date' };
  // A placeholder from redaction ("[name] can come") would show the family our workings.
  if (PLACEHOLDER.test(text)) return { verdict: 'drop', reason: 'unsupported_fact' };
  const cited = cites.map((n) => shown[n - 1]!);
  const fact = unsupportedFact(text, cited.map((p) => p.text).join('\n'));
  if (fact) return { verdict: 'drop', reason: fact };
  if (coverage(text, cited) < COVERAGE_THRESHOLD)
    return { verdict: 'drop', reason: 'low_coverage' };
  return { verdict: 'keep', text: finish(text), cites, connector: false };
}

const finish = (text: string) => (/[.!?]["'”’)]?$/.test(text) ? text : `${text}.`);
