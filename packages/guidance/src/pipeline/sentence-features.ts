import type { GuidanceIndex, QueryConcept, SearchHit, Unit } from '../search/guidance-index';
import { isLightTerm } from '../search/synonyms';
import { answerWordsModel, answerWordsScore, questionTerms, sentenceTerms } from './answer-words';
import {
  cosine,
  sentenceVector,
  softCover,
  softWords,
  type SentenceVector,
  type SoftWords,
} from '../semantic/sentence-vector';

// What the learned ranker (pipeline/ranker.ts) knows of one sentence of the guidance as an answer
// to one question. Each feature is general: how much of the question the sentence covers and how
// (its own words, its headings, the kind of answer asked for), how near it is in meaning as a
// whole, and how it compares with the other candidates. None names a word of any page.

/** One sentence of a candidate passage, scored against the question. */
export interface Scored {
  hit: SearchHit;
  unit: Unit;
  score: number;
  cover: number;
  matched: number;
  /** The sentence misses a word the guidance never uses: the question may be about something else. */
  missesUnknown: boolean;
  /** The sentence holds the kind of content the question asks for ("free" for "is there a charge"). */
  typed: boolean;
  /** Question words the sentence itself has (not only its heading). */
  ownMatched: number;
  /** What the ranker reads, by name (FEATURES). */
  features: Record<string, number>;
}

export const FEATURES = [
  'cover',
  'ownCover',
  'lengthFactor',
  'defines',
  'bm25',
  'hitRank',
  'typed',
  'wantedNotTyped',
  'strictNotTyped',
  'missesUnknown',
  'matchedShare',
  'ownMatchedShare',
  'missedAsked',
  'missedAskedUnknown',
  'sif',
  'sifGap',
  'headingSif',
  'coverGap',
  'scoreGap',
  'asksBack',
  'isItem',
  'conceptsLog',
  'unknownShare',
  'softCover',
  'softCoverAsked',
  'softGap',
  'topicSim',
  'topicCue',
  'legacyBest',
  'legacyRelevant',
  'answerWords',
] as const;
export type FeatureName = (typeof FEATURES)[number];

// Sentence vectors of the pages' sentences, computed once per sentence (units are cached by the
// index, so their identity lasts as long as the index).
const unitVectors = new WeakMap<Unit, SentenceVector>();
const headingVectors = new WeakMap<object, SentenceVector>();
const unitWords = new WeakMap<Unit, SoftWords>();
const unitAnswerTerms = new WeakMap<Unit, Set<string>>();

/** A sentence with the heading it sits under: what it says, read in its place on the page. */
export function withHeading(s: Pick<Scored, 'unit' | 'hit'>): string {
  return `${s.unit.text} ${s.hit.passage.headingPath.at(-1) ?? ''}`;
}

/** A sentence's words with its heading's, read for meaning (cached per sentence). */
export function unitSoftWords(s: Pick<Scored, 'unit' | 'hit'>): SoftWords {
  let sw = unitWords.get(s.unit);
  if (!sw) unitWords.set(s.unit, (sw = softWords(withHeading(s))));
  return sw;
}

export function addFeatures(
  question: string,
  scored: Scored[],
  concepts: QueryConcept[],
  total: number,
  asked: Set<string>,
  index: GuidanceIndex,
  strict: boolean,
  askingText: string,
): void {
  if (!scored.length) return;
  const q = sentenceVector(question);
  // The question read for meaning, only when scoreCandidates has not already covered it.
  let qWords: SoftWords | undefined;
  const askedWords = softWords(askingText);
  let maxSoft = 0;
  const content = concepts.filter((c) => !isLightTerm(c.word));
  const askedContent = content.filter((c) => asked.has(c.word));
  const askedWeight = askedContent.reduce((s, c) => s + c.idf, 0) || 1;
  const unknownShare =
    concepts.filter((c) => !c.known).reduce((s, c) => s + c.idf, 0) / (total || 1);
  const hitRank = new Map(scored.map((s) => [s.hit.passage.id, 0]));
  [...new Set(scored.map((s) => s.hit))]
    .sort((a, b) => b.score - a.score)
    .forEach((h, i) => hitRank.set(h.passage.id, i));
  answerWordsFeature(question, scored);
  let maxSif = -1;
  let maxCover = 0;
  let maxScore = 0;
  for (const s of scored) {
    let v = unitVectors.get(s.unit);
    if (!v) unitVectors.set(s.unit, (v = sentenceVector(s.unit.text)));
    s.features.sif = cosine(q, v);
    const headingKey = s.hit.passage;
    let h = headingVectors.get(headingKey);
    if (!h)
      headingVectors.set(headingKey, (h = sentenceVector(s.hit.passage.headingPath.join(' '))));
    s.features.headingSif = cosine(q, h);
    const sw = unitSoftWords(s);
    s.features.softCover ??= softCover((qWords ??= softWords(question)), sw);
    s.features.softCoverAsked = softCover(askedWords, sw);
    maxSoft = Math.max(maxSoft, s.features.softCover);
    maxSif = Math.max(maxSif, s.features.sif);
    maxCover = Math.max(maxCover, s.cover);
    maxScore = Math.max(maxScore, s.score);
  }
  for (const s of scored) {
    const ctx = index.contextTerms(s.hit.passage.id);
    const missed = askedContent.filter(
      (c) => weightIn(c, s.unit.terms) === 0 && weightIn(c, ctx) === 0,
    );
    const f = s.features;
    f.hitRank = 1 / (1 + (hitRank.get(s.hit.passage.id) ?? 0));
    f.typed = s.typed ? 1 : 0;
    f.wantedNotTyped = f.wanted && !s.typed ? 1 : 0;
    f.strictNotTyped = strict && !s.typed ? 1 : 0;
    f.missesUnknown = s.missesUnknown ? 1 : 0;
    f.matchedShare = s.matched / Math.max(1, concepts.length + (f.wanted ? 1 : 0));
    f.ownMatchedShare = s.ownMatched / Math.max(1, content.length);
    f.missedAsked = missed.reduce((n, c) => n + c.idf, 0) / askedWeight;
    f.missedAskedUnknown =
      missed.filter((c) => !c.listed).reduce((n, c) => n + c.idf, 0) / askedWeight;
    f.sifGap = f.sif! - maxSif;
    f.softGap = f.softCover! - maxSoft;
    f.coverGap = s.cover - maxCover;
    f.scoreGap = maxScore > 0 ? s.score / maxScore : 0;
    f.asksBack = /\?\s*$/.test(s.unit.text) ? 1 : 0;
    f.isItem = s.hit.passage.kind === 'item' ? 1 : 0;
    f.conceptsLog = Math.log(1 + concepts.length);
    f.unknownShare = unknownShare;
  }
}

/** Each sentence's `answerWords` feature (answer-words.ts). */
function answerWordsFeature(question: string, scored: Scored[]): void {
  const model = answerWordsModel();
  if (!model) return;
  const qTerms = questionTerms(question);
  for (const s of scored) {
    let terms = unitAnswerTerms.get(s.unit);
    if (!terms) unitAnswerTerms.set(s.unit, (terms = sentenceTerms(withHeading(s))));
    s.features.answerWords = answerWordsScore(model, qTerms, terms);
  }
}

/** How strongly a set of index terms holds a question word (its best-matching term's weight). */
export function weightIn(c: QueryConcept, terms: Set<string>): number {
  let best = 0;
  for (const [t, w] of c.terms) if (w > best && terms.has(t)) best = w;
  return best;
}

/** The features of a scored sentence, in FEATURES order or a model's own (missing ones are 0). */
export function featureVector(s: Scored, names: readonly string[] = FEATURES): number[] {
  return names.map((name) => s.features[name] ?? 0);
}
