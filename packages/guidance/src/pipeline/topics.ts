import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { GuidanceIndex, Unit } from '../search/guidance-index';
import type { Passage } from '../types';
import { semanticSettings } from '../semantic/settings';
import { topicProbabilities } from './topic-model';

// What families commonly ask a mediation service, whatever its pages call it (data/topics.json):
// each topic has families' ways of asking it and the phrases a sentence that answers it uses, in
// the words different services write ("usually lasts", "two to three hours", "half a day"). The
// topic model (topic-model.ts), trained on the ways of asking, reads which topic a message is
// about; that brings the guidance sentences answering the topic into the candidates, and the
// ranker (ranker.ts) weighs a sentence that reads as such an answer. The topics are knowledge of
// the field, not of one service's page, so they carry to any guidance.

const topicSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  questions: z.array(z.string().min(3)).min(3),
  answers: z
    .array(
      z.string().refine((s) => {
        try {
          new RegExp(s, 'i');
          return true;
        } catch {
          return false;
        }
      }, 'not a valid regular expression'),
    )
    .min(2),
});
export const topicsFileSchema = z.object({
  $comment: z.string().optional(),
  topics: z.array(topicSchema),
});
export type Topic = z.infer<typeof topicSchema>;

/**
 * data/outside-questions.jsonl, one a line: what families ask a mediation service that its pages
 * never cover, in an area (benefits, diagnosis waits, the Tribunal hearing itself …). The question
 * model learns them as "none" (scripts/train-topics.ts).
 */
export const outsideQuestionsSchema = z
  .array(
    z.object({
      area: z.string().regex(/^[a-z0-9-]+$/),
      q: z.string().min(3),
    }),
  )
  .min(1);

let compiled: Map<string, RegExp> | undefined;

/** Each topic's answer phrases as one pattern, by topic id. */
function answerPatterns(): Map<string, RegExp> {
  compiled ??= new Map(
    topicsFileSchema
      .parse(JSON.parse(readFileSync(new URL('../../data/topics.json', import.meta.url), 'utf8')))
      .topics.map((t) => [t.id, new RegExp(`\\b(?:${t.answers.join('|')})\\b`, 'i')]),
  );
  return compiled;
}

export interface TopicMatch {
  id: string;
  similarity: number;
  answers: RegExp;
}

const MAX_SCANNED_PASSAGES = 3000;

/** How likely a topic must be to be used at all (below this, a topic is noise). */
const LEAST_PROBABILITY = 0.3;

/**
 * The topics the message is most likely about (at most `limit`), most likely first, by the topic
 * model (topic-model.ts). `similarity` is the model's probability, 0..1; with `inScope`, its
 * probability supposing the message is on some topic of the field ("none" set aside).
 */
export function topicsOf(question: string, limit = 2, inScope = false): TopicMatch[] {
  const patterns = answerPatterns();
  const read = readMessage(question);
  return (inScope ? read.inScope : read.topics)
    .filter((t) => t.probability >= LEAST_PROBABILITY)
    .slice(0, limit)
    .map((t) => ({ id: t.id, similarity: t.probability, answers: patterns.get(t.id)! }));
}

/**
 * The message's likeliest topic (with "none" set aside) is one of `ids`, at least `sure`: "how
 * long do you keep my notes?" is surely about records, whatever time words it uses.
 */
export function surelyOneOf(question: string, ids: ReadonlySet<string>, sure: number): boolean {
  const top = topicsOf(question, 1, true)[0];
  return !!top && top.similarity >= sure && ids.has(top.id);
}

/** Below this a topic adds nothing to a message's or a sentence's distribution worth the work. */
const NEGLIGIBLE = 0.02;

/**
 * How likely the message asks something no topic of the field covers (the question model's
 * "none", learned from data/outside-questions.jsonl), 0..1: "can I get carer's allowance for
 * him" is asked of a mediation service, but its pages will not answer it.
 */
export function outsideChance(question: string): number {
  return readMessage(question).outside;
}

/** The message reads as on no topic of the field, at least as surely as `outsideGate` asks. */
export function onNoTopic(question: string): boolean {
  const gate = semanticSettings.outsideGate;
  return gate > 0 && outsideChance(question) >= gate;
}

/**
 * A message's topics by the question model, most likely first, the negligible left out, with
 * "none" apart. Cached: the same message is read several times per answer (its readings, the
 * rules then the ranker).
 */
function readMessage(question: string): MessageTopics {
  let found = cache.get(question);
  if (!found) {
    if (cache.size > 500) cache.clear();
    const all = topicProbabilities(question);
    const outside = all.find((t) => t.id === 'none')?.probability ?? 0;
    const onTopics = all.filter((t) => t.id !== 'none');
    found = {
      topics: onTopics.filter((t) => t.probability >= NEGLIGIBLE),
      outside,
      inScope: onTopics
        .map((t) => ({ id: t.id, probability: t.probability / Math.max(1 - outside, 1e-6) }))
        .filter((t) => t.probability >= NEGLIGIBLE),
    };
    cache.set(question, found);
  }
  return found;
}

interface MessageTopics {
  topics: { id: string; probability: number }[];
  outside: number;
  /** The topics supposing the message is on one of them ("none" set aside). */
  inScope: { id: string; probability: number }[];
}

const cache = new Map<string, MessageTopics>();

/**
 * How much a sentence of the pages and a message are about the same topic: the chance that the
 * topic the message asks about is the one the sentence answers, over every topic (the question
 * model's probabilities times the sentence model's), 0..1. A soft match where `topicCue` is a
 * hard one: "can we claim for the taxi" and "the council pays reasonable travel costs" share no
 * word but are both, surely, about travel expenses. `inScope`: supposing the message is on some
 * topic of the field (the question model's "none" set aside).
 */
export function topicAgreement(question: string, text: string, inScope = false): number {
  let answered = sentenceCache.get(text);
  if (!answered) {
    if (sentenceCache.size > 50_000) sentenceCache.clear();
    answered = new Map(
      topicProbabilities(text, 'sentence')
        .filter((t) => t.probability >= NEGLIGIBLE && t.id !== 'none')
        .map((t) => [t.id, t.probability]),
    );
    sentenceCache.set(text, answered);
  }
  let agreement = 0;
  const read = readMessage(question);
  for (const t of inScope ? read.inScope : read.topics)
    agreement += t.probability * (answered.get(t.id) ?? 0);
  return agreement;
}
/** A page's sentences are read again for every message: their topics are kept by text. */
const sentenceCache = new Map<string, Map<string, number>>();

/** How strongly a sentence (with its heading) reads as an answer to the question's topics, 0..1. */
export function topicCue(found: TopicMatch[], text: string): number {
  let best = 0;
  for (const t of found) if (t.similarity > best && t.answers.test(text)) best = t.similarity;
  return best;
}

/** Passages with a sentence that answers one of the topics (to add to the candidates). */
export function passagesAnswering(
  found: TopicMatch[],
  index: GuidanceIndex,
): { passage: Passage; units: Unit[] }[] {
  // A service's guidance is tens of pages; on a very large index, finding every sentence that
  // answers a topic costs more than a family should wait (bench/src/guidance.bench.ts), so only
  // the passages retrieval found are weighed by topic there.
  if (!found.length || index.passages.length > MAX_SCANNED_PASSAGES) return [];
  const out: { passage: Passage; units: Unit[] }[] = [];
  const seen = new Set<string>();
  for (const t of found)
    for (const hit of answeringOne(t, index))
      if (!seen.has(hit.passage.id)) {
        seen.add(hit.passage.id);
        out.push(hit);
      }
  return out;
}

// Which passages answer a topic depends only on the index: found once per index and topic.
const answeringCache = new WeakMap<
  GuidanceIndex,
  Map<string, { passage: Passage; units: Unit[] }[]>
>();

function answeringOne(topic: TopicMatch, index: GuidanceIndex) {
  let cache = answeringCache.get(index);
  if (!cache) answeringCache.set(index, (cache = new Map()));
  let hits = cache.get(topic.id);
  if (!hits) {
    hits = [];
    for (const passage of index.passages) {
      const units = index.units(passage.id).filter((u) => topic.answers.test(u.text));
      if (units.length) hits.push({ passage, units });
    }
    cache.set(topic.id, hits);
  }
  return hits;
}
