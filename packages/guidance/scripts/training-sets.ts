// The labelled question sets the learned models are trained on (scripts/train-ranker.ts,
// scripts/train-gate.ts), and how their questions and guidance are read. The held-out sets
// (families-holdout, families-2, families-6 and the services listed as held out in scripts/eval-sets.mjs)
// are never read: they measure what the models learned.
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadGuidanceFolder } from '../src/cli/load-folder';
import { parseDocuments } from '../src/ingest/parse-document';
import { createGuidanceIndex, type GuidanceIndex } from '../src/search/guidance-index';
import {
  learnAnswerWords,
  questionTerms,
  sentenceTerms,
  type AnswerWords,
  type AnswerWordsExample,
} from '../src/pipeline/answer-words';
import { focusOf, scoreCandidates } from '../src/pipeline/compose';
import { withHeading } from '../src/pipeline/sentence-features';
import { semanticSettings } from '../src/semantic/settings';

export const pkg = join(import.meta.dirname, '..');

export const arg = (name: string) =>
  process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined;

/** The sample service's published page (the repository's shared folder, beside it). */
function sharedGuidance(): string {
  for (let dir = pkg; dirname(dir) !== dir; dir = dirname(dir))
    if (existsSync(join(dir, 'shared', 'guidance'))) return join(dir, 'shared', 'guidance');
  return '/work/shared/guidance';
}
export const SAMPLE = arg('--sample') ?? sharedGuidance();

/** A short name for the service a set is on: its folder, or "sample" for the sample page. */
export const sourceOf = (set: TrainingSet): string =>
  set.guidance === SAMPLE ? 'sample' : basename(dirname(join(pkg, set.guidance)));

/**
 * Leaves the labelled questions of `set`'s own service out of the precedents
 * (src/semantic/precedents.ts) while its questions are scored: a model then learns from the
 * precedents as they are on a service they were not built from. Call it just before scoring a
 * set (collecting another set's examples changes it).
 */
export function leaveOwnPrecedentsOut(set: TrainingSet): void {
  semanticSettings.precedentsWithout = [sourceOf(set)];
}

export interface TrainingSet {
  file: string;
  guidance: string;
}

/** A service's labelled set under test/services: its questions and its pages. */
const serviceSet = (name: string): TrainingSet => ({
  file: `test/services/${name}/questions.jsonl`,
  guidance: `test/services/${name}/pages`,
});

/**
 * Services written blind and held out from tuning until December 2026, when they became data the
 * override ranker, the answer gate and the answer words learn from (they had 18 sets to learn
 * from; these 19 services add 1,104 questions). Measured on the services still held out
 * (28th–40th, families-6, families-holdout) and two written blind for it (41st, 42nd): right
 * 563 → 565 of 990, declined with no quote 134 → 140 of 225, wrong answers under a quote 214 →
 * 200. The fallback ranker (BASE_SETS) does not learn from them: retrained with them it declined
 * 7 more honestly and showed 13 fewer wrong answers held out, but answered "Can you recommend a
 * solicitor?" on the sample pages with "The mediator is neutral …", surely.
 */
export const FORMERLY_HELD_OUT = [
  'third',
  'fourth',
  'sixth',
  'seventh',
  'eleventh',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
  'twentyfirst',
  'twentysecond',
  'twentythird',
  'twentyfourth',
  'twentyfifth',
  'twentysixth',
  'twentyseventh',
].map(serviceSet);

/**
 * Services written in December 2026 to be learned from, never held out: four helpers, each given
 * the brief the blind sets are written to (a made-up service's three pages in three formats and
 * 60 questions the way families write), with a kind of service the others are not (a county's
 * in-house team with armed forces families; a commercial provider bought by a coastal council; an
 * IASS and a mediation charity at one front door; a family mediation practice for two councils).
 * More services' questions are what the precedents and the learned models lack.
 */
export const WRITTEN_FOR_TRAINING = ['fiftyfirst', 'fiftysecond', 'fiftythird', 'fiftyfourth'].map(
  serviceSet,
);

/** The sets the fallback ranker learns from. */
export const BASE_SETS: TrainingSet[] = [
  { file: 'test/families-1.jsonl', guidance: SAMPLE },
  { file: 'test/probe-unseen.jsonl', guidance: SAMPLE },
  { file: 'test/probe-unseen-2.jsonl', guidance: SAMPLE },
  { file: 'test/probe-unseen-3.jsonl', guidance: SAMPLE },
  { file: 'test/probe-unseen-4.jsonl', guidance: SAMPLE },
  { file: 'test/probe-unseen-5.jsonl', guidance: SAMPLE },
  { file: 'test/shared-paraphrases.jsonl', guidance: SAMPLE },
  { file: 'test/fresh-meaning.jsonl', guidance: SAMPLE },
  { file: 'test/services/second/questions.jsonl', guidance: 'test/services/second/pages' },
  { file: 'test/services/fifth/questions.jsonl', guidance: 'test/services/fifth/pages' },
];

/** The sets the override ranker and the answer gate learn from: more services, five times the questions. */
export const EXTENDED_SETS: TrainingSet[] = [
  ...BASE_SETS,
  { file: 'test/families-3.jsonl', guidance: SAMPLE },
  { file: 'test/families-4.jsonl', guidance: SAMPLE },
  { file: 'test/families-5.jsonl', guidance: SAMPLE },
  ...['eighth', 'ninth', 'tenth', 'twelfth', 'thirteenth'].map(serviceSet),
  ...FORMERLY_HELD_OUT,
];

/**
 * The sets the precedents are drawn from (scripts/build-precedents.ts): those the models learn
 * from and the services written to learn from. The committed models were not retrained on the
 * latter: retrained with them, the older held-out services gained 7 more but the four newest blind
 * ones lost 4 and 6 fewer questions were declined honestly (package README, "Tried and left out").
 */
export const PRECEDENT_SETS: TrainingSet[] = [...EXTENDED_SETS, ...WRITTEN_FOR_TRAINING];

/** --without NAME: leave a set out (to measure a model on a service it was not trained on). */
export function withoutArg(sets: TrainingSet[]): TrainingSet[] {
  const without = arg('--without');
  return sets.filter((s) => !without || !s.file.includes(without));
}

const indexes = new Map<string, GuidanceIndex>();

/** The set's guidance, indexed once per folder. */
export async function indexOf(set: TrainingSet): Promise<GuidanceIndex> {
  const dir = set.guidance.startsWith('/') ? set.guidance : join(pkg, set.guidance);
  let index = indexes.get(dir);
  if (!index) {
    index = createGuidanceIndex(parseDocuments(await loadGuidanceFolder(dir)));
    indexes.set(dir, index);
  }
  return index;
}

export interface LabelledQuestion {
  id: string;
  q: string;
  type?: string;
  cite?: string[];
  history?: unknown;
}

export function questionsOf(set: TrainingSet): LabelledQuestion[] {
  return readFileSync(join(pkg, set.file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledQuestion);
}

/** A question the pages do not answer: no sentence is right. */
export const isDecline = (q: LabelledQuestion) => q.type === 'decline' || q.type === 'out_of_scope';

/** A sentence answers a question when it holds one of the set's `cite` phrases. */
export function citedBy(q: LabelledQuestion): (text: string) => boolean {
  const cites = (q.cite ?? []).map(norm);
  return (text) => cites.some((c) => norm(text).includes(c));
}

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** One Adam step on `params` (in place) with gradient `grad`, at step `t` (from 1). */
export function adamStep(
  params: number[],
  grad: number[],
  state: { m: number[]; v: number[] },
  t: number,
  lr: number,
): void {
  for (let k = 0; k < params.length; k++) {
    state.m[k] = 0.9 * state.m[k]! + 0.1 * grad[k]!;
    state.v[k] = 0.999 * state.v[k]! + 0.001 * grad[k]! ** 2;
    params[k]! -=
      (lr * (state.m[k]! / (1 - 0.9 ** t))) / (Math.sqrt(state.v[k]! / (1 - 0.999 ** t)) + 1e-8);
  }
}

/**
 * Each set's labelled questions as answer-words examples (src/pipeline/answer-words.ts): the
 * question's terms as the engine reads it, and its candidates' terms, right when cited.
 */
export function answerWordsExamples(set: TrainingSet): Promise<AnswerWordsExample[]> {
  // Each set's are collected once: every other set's training leaves it in.
  let examples = examplesOf.get(set);
  if (!examples) examplesOf.set(set, (examples = collectAnswerWordsExamples(set)));
  return examples;
}

const examplesOf = new Map<TrainingSet, Promise<AnswerWordsExample[]>>();

async function collectAnswerWordsExamples(set: TrainingSet): Promise<AnswerWordsExample[]> {
  const index = await indexOf(set);
  leaveOwnPrecedentsOut(set);
  const out: AnswerWordsExample[] = [];
  for (const q of questionsOf(set)) {
    if (q.history || (q.type ?? 'answer') !== 'answer' || !q.cite) continue;
    const reading = focusOf(q.q);
    const found = scoreCandidates(reading, index, false);
    if (!found) continue;
    const cited = citedBy(q);
    const candidates = found.scored.map((s) => ({
      terms: sentenceTerms(withHeading(s)),
      right: cited(s.unit.text),
    }));
    if (candidates.some((c) => c.right)) out.push({ question: questionTerms(reading), candidates });
  }
  return out;
}

/**
 * The answer words learned from every set but those on `set`'s guidance: what a ranker or gate
 * trained on `set` reads, so the feature is no stronger on its training questions than on a
 * service it has never seen.
 */
export async function answerWordsWithout(
  set: TrainingSet,
  sets: TrainingSet[],
): Promise<AnswerWords> {
  const others = sets.filter((s) => s.guidance !== set.guidance);
  const examples = (await Promise.all(others.map(answerWordsExamples))).flat();
  return learnAnswerWords(
    examples,
    others.map((s) => s.file),
  );
}
