import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { GuidanceIndex, Unit } from '../search/guidance-index';
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

/** How near a topic must be to be used at all (below this, a topic is noise). */
const LEAST_SIMILARITY = 0.3;

/** The topics nearest the question (at most `limit`), most similar first. */
export function topicsOf(question: string, index: GuidanceIndex, limit = 2): TopicMatch[] {
  const found: TopicMatch[] = [];
  for (const t of topics()) {
    let best = 0;
    for (const q of t.questions) best = Math.max(best, questionSimilarity(question, q, index));
    if (best >= LEAST_SIMILARITY) found.push({ id: t.id, similarity: best, answers: t.answers });
  }
  return found.sort((a, b) => b.similarity - a.similarity).slice(0, limit);
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
  if (!found.length) return [];
  const out: { passage: Passage; units: Unit[] }[] = [];
  for (const passage of index.passages) {
    const units = index.units(passage.id).filter((u) => found.some((t) => t.answers.test(u.text)));
    if (units.length) out.push({ passage, units });
  }
  return out;
}
