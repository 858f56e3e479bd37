import { citationOf } from '../citation';
import type { GuidanceIndex } from '../search/guidance-index';
import type { Passage } from '../types';
import { endsAsking } from '../text/reported-speech';
import type { Composed } from './composed';
import { questionSimilarity } from './taught';
import { onNoTopic, topicsOf } from './topics';
import { semanticSettings } from '../semantic/settings';

// A service's own FAQ: a heading that is itself a question ("How soon can a meeting happen?")
// with its answer under it. Services write these for exactly the questions families ask, so a
// family's question near one is answered with what the page puts under it, the way a question
// staff taught is (taught.ts): the same similarity, the heading standing in for staff's question.

/** How similar a message must be to an FAQ heading (measured: 0.55 let "Can I get mediation about them?" take "What is mediation?"; 0.6 and 0.7 answered the same). */
export const FAQ_THRESHOLD = 0.6;
/** At most this much of the answer under the heading is quoted. */
const MAX_CHARS = 600;

interface FaqEntry {
  question: string;
  answer: Passage[];
  /** The topic the heading asks about, when the topic model is sure of it. */
  topic?: string | null;
}

const entriesCache = new WeakMap<GuidanceIndex, FaqEntry[]>();

function entriesOf(index: GuidanceIndex): FaqEntry[] {
  let entries = entriesCache.get(index);
  if (entries) return entries;
  entries = [];
  const seen = new Set<string>();
  const isQuestion = (h: string) => endsAsking(h) && h.split(/\s+/).length <= 20;
  for (const p of index.passages) {
    // A question heading may stand in quotes, as an advice column's letters do: '"Can she come?"'.
    // Under it, a reader's letter heads the reply as a question of its own (ingest/blocks.ts):
    // the column's short question still heads the whole reply.
    const path = p.headingPath;
    let at = path.length - 1;
    while (at > 0 && !isQuestion(path[at]!) && endsAsking(path[at]!)) at--;
    const heading = path[at];
    if (!heading || !isQuestion(heading)) continue;
    const key = `${p.docId}\u0000${path.slice(0, at + 1).join('\u0000')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const under = (a: Passage) =>
      a.docId === p.docId && path.slice(0, at + 1).every((h, i) => a.headingPath[i] === h);
    const section = at === path.length - 1 ? index.section(p) : index.passages.filter(under);
    // What asks again under the question (a family's letter ending in its question) is not
    // the answer to it.
    const answer = section.filter((a) => !endsAsking(a.text));
    if (answer.length) entries.push({ question: heading, answer });
  }
  entriesCache.set(index, entries);
  return entries;
}

/** The answer the page gives under the FAQ heading nearest the message, when it is near enough. */
export function answerFromFaq(message: string, index: GuidanceIndex): Composed | undefined {
  let best: { entry: FaqEntry; similarity: number } | undefined;
  const bonus = semanticSettings.faqTopic;
  const asked = bonus > 0 ? sureTopic(message) : null;
  for (const entry of entriesOf(index)) {
    let similarity = questionSimilarity(entry.question, message, index);
    if (asked) {
      if (entry.topic === undefined) entry.topic = sureTopic(entry.question);
      if (entry.topic === asked) similarity += bonus;
    }
    if (similarity >= FAQ_THRESHOLD && similarity > (best?.similarity ?? 0))
      best = { entry, similarity };
  }
  if (!best) return undefined;
  const chosen: Passage[] = [];
  let length = 0;
  for (const p of best.entry.answer) {
    if (chosen.length && length + p.text.length > MAX_CHARS) break;
    chosen.push(p);
    length += p.text.length;
  }
  const bulleted = chosen.length > 1 && chosen.some((p) => p.kind === 'item');
  return {
    body: chosen.map((p) => (bulleted && p.kind === 'item' ? `• ${p.text}` : p.text)).join('\n'),
    citations: chosen.map((p) => citationOf(p, p.text)),
    passages: chosen.map((p) => ({ id: p.id, score: Math.round(best.similarity * 1000) / 1000 })),
  };
}

/**
 * The topic the topic model is sure a question asks about (topics.ts), or null. Two questions
 * on the same topic ask the same thing even when a story outweighs the word they share: "how
 * much does all this cost? money is really tight since i gave up work" and "Does it cost
 * anything?".
 */
function sureTopic(text: string): string | null {
  // Supposing the message is on a topic at all: a story of a parent's own troubles around "do
  // we pay anything?" leaves "none" a share, not the topic's own weight among the topics. A
  // message the model reads as outside every topic is sure of none.
  if (onNoTopic(text)) return null;
  const t = topicsOf(text, 1, true)[0];
  return t && t.similarity >= SURE_TOPIC ? t.id : null;
}
/** How sure the topic model must be, of the message and of the heading alike. */
const SURE_TOPIC = 0.7;
