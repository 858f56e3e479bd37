import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { GuidanceIndex, Unit } from '../search/guidance-index';
import { analyze } from '../text/analyze';
import { askingPart } from '../text/asking-part';
import type { Passage } from '../types';
import { questionSimilarity } from './taught';

// What families commonly ask a mediation service, whatever its pages call it (data/topics.json):
// each topic has families' ways of asking it and the phrases a sentence that answers it uses, in
// the words different services write ("usually lasts", "two to three hours", "half a day"). A
// question near a topic's examples brings the guidance sentences that answer that topic into the
// candidates, and the ranker (ranker.ts) weighs a sentence that reads as such an answer. The
// topics are knowledge of the field, not of one service's page, so they carry to any guidance.

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

interface CompiledTopic {
  id: string;
  questions: string[];
  answers: RegExp;
}

let compiled: CompiledTopic[] | undefined;

function topics(): CompiledTopic[] {
  compiled ??= topicsFileSchema
    .parse(JSON.parse(readFileSync(new URL('../../data/topics.json', import.meta.url), 'utf8')))
    .topics.map((t) => ({
      id: t.id,
      questions: t.questions,
      answers: new RegExp(`\\b(?:${t.answers.join('|')})\\b`, 'i'),
    }));
  return compiled;
}

export interface TopicMatch {
  id: string;
  similarity: number;
  answers: RegExp;
}

const MAX_SCANNED_PASSAGES = 3000;

/** How near a topic must be to be used at all (below this, a topic is noise). */
const LEAST_SIMILARITY = 0.3;

/** The topics nearest the question (at most `limit`), most similar first. */
export function topicsOf(question: string, index: GuidanceIndex, limit = 2): TopicMatch[] {
  let cache = topicsCache.get(index);
  if (!cache) topicsCache.set(index, (cache = new Map()));
  const key = `${limit}\u0000${question}`;
  let found = cache.get(key);
  if (!found) {
    if (cache.size > 500) cache.clear();
    found = nearestTopics(question, index, limit);
    cache.set(key, found);
  }
  return found;
}

// The same question is read several times per message (its readings, the rules then the ranker).
const topicsCache = new WeakMap<GuidanceIndex, Map<string, TopicMatch[]>>();

function nearestTopics(question: string, index: GuidanceIndex, limit: number): TopicMatch[] {
  const best = new Map<CompiledTopic, number>();
  // The clause that asks, too: "how long do you keep my son's details? I don't like the idea of
  // his diagnosis sitting on a database forever" asks what "how long do you keep my records"
  // asks; the worry around it only dilutes how alike the whole message is.
  const asking = askingPart(question, undefined);
  // (Reading it alone only when it names 2 or 3 words was tried: fewer right on other
  // services' pages, read and held out alike.)
  const readings = asking !== question ? [question, asking] : [question];
  // Only the phrasings that share a word with the question, or one of its typos, relatives or
  // near words, can be similar to it: a thousand phrasings are not all weighed for each message.
  for (const { topic, question: q } of phrasingsSharingWords(question, index)) {
    const similarity = Math.max(...readings.map((r) => questionSimilarity(r, q, index)));
    if (similarity > (best.get(topic) ?? 0)) best.set(topic, similarity);
  }
  const found: TopicMatch[] = [];
  for (const [t, similarity] of best)
    if (similarity >= LEAST_SIMILARITY) found.push({ id: t.id, similarity, answers: t.answers });
  return found.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
}

type Phrasing = { topic: CompiledTopic; question: string };
/** A term of a question word this strong is a typo or a listed relative, not a near word. */
const STRONG_TERM = 0.75;
/** Every topic phrasing by the words of it (stems, and their first five letters). */
let byWord: Map<string, Phrasing[]> | undefined;

function phrasingsSharingWords(question: string, index: GuidanceIndex): Set<Phrasing> {
  if (!byWord) {
    byWord = new Map();
    for (const topic of topics())
      for (const q of topic.questions)
        for (const key of keysOf(analyze(q))) {
          let list = byWord.get(key);
          if (!list) byWord.set(key, (list = []));
          list.push({ topic, question: q });
        }
  }
  // Its own words, typos and listed relatives; not every word near in meaning, which would
  // bring in most phrasings (each weighed costs a first look-up of its own words).
  const words = index
    .concepts(question)
    .flatMap((c) => [c.word, ...[...c.terms].filter(([, w]) => w >= STRONG_TERM).map(([t]) => t)]);
  const out = new Set<Phrasing>();
  for (const key of keysOf(words)) for (const p of byWord.get(key) ?? []) out.add(p);
  return out;
}

/** A word and, for a long one, its first five letters ("travelling" meets "travel"). */
function keysOf(words: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const w of words) {
    keys.add(w);
    if (w.length >= 5) keys.add(`${w.slice(0, 5)}\u0000`);
  }
  return keys;
}

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
