// Questions staff taught from the review queue: a family who asks one again, in other words,
// is answered with the passage staff linked it to (and staff's short answer first, when they
// wrote one). Matching is one general similarity over the question words as the engine itself
// analyses them (its stemming, phrases of the field, synonyms and typo tolerance, via
// index.concepts), weighted by how rare each word is in the guidance: no phrase lists.
import { citationOf } from '../citation';
import type { GuidanceIndex } from '../search/guidance-index';
import type { Answer } from '../types';

export interface TaughtExample {
  question: string;
  /** The engine's passage id (`docId#order`) of the published passage that answers it. */
  passageId: string;
  /** Staff's own short answer, shown before the passage's exact words. */
  answer?: string;
}

/**
 * How similar a message must be to a taught question to be answered from it: midway between
 * the lowest-scoring rephrasing (0.53) and the highest-scoring unrelated question (0.41) of
 * taught-cases.ts, measured on the sample guidance and the seeded guide (README).
 */
export const TAUGHT_THRESHOLD = 0.47;

/** One question word: how much it weighs, and the index terms it stands for (0..1 each). */
type Profile = { word: string; weight: number; terms: Map<string, number> }[];

// Profiles of taught questions are computed once per index (the runtime builds a new index
// whenever the guidance or the taught examples change).
const profiles = new WeakMap<GuidanceIndex, Map<string, Profile>>();

function profileOf(text: string, index: GuidanceIndex): Profile {
  let cache = profiles.get(index);
  if (!cache) profiles.set(index, (cache = new Map()));
  let p = cache.get(text);
  if (!p) {
    p = index.concepts(text).map((c) => {
      // A word the guidance never uses has no index terms; it still matches itself.
      const terms = new Map(c.terms);
      terms.set(c.word, 1);
      return { word: c.word, weight: c.idf, terms };
    });
    if (cache.size > 5000) cache.clear();
    cache.set(text, p);
  }
  return p;
}

/** Share of `a`'s weight that `b` covers, each word by its best counterpart. */
function coverage(a: Profile, b: Profile): number {
  let total = 0;
  let covered = 0;
  for (const c of a) {
    total += c.weight;
    let best = 0;
    for (const d of b)
      for (const [t, w] of c.terms) {
        const v = d.terms.get(t);
        // Two words meet through a term each stands for: as strongly as both links together.
        // Each near in meaning to a third word ("hold" and "except", both near "cannot") is
        // not near each other; a word against itself or its typo keeps its full strength.
        if (v !== undefined) best = Math.max(best, w * v);
      }
    if (best < SAME_FORM) for (const d of b) if (sameForm(c.word, d.word)) best = SAME_FORM;
    covered += best * c.weight;
  }
  return total > 0 ? covered / total : 0;
}

/**
 * Two words the guidance does not use cannot meet through its vocabulary, and the stemmer
 * leaves some forms apart ("travelling" → "travell", "travel"): one is the start of the other.
 */
const SAME_FORM = 0.8;
const sameForm = (a: string, b: string) =>
  a !== b && Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a));

// The kind of thing asked for, from the question word. The analyzer drops these words as stop
// words, but "where is it held?" is not answered by the sentence that says when.
const ASKS =
  /\b(how (?:much|many|long|old|soon|often)|when|where|who|whom|whose|why|which|what|how)\b/i;
const asks = (text: string) =>
  ASKS.exec(text)?.[1]
    ?.toLowerCase()
    .replace(/^whom$/, 'who');

/**
 * How alike two questions are, 0..1: the weighted overlap of their words in both directions
 * (the taught question's meaning must be in the message, and the message must not be mostly
 * about something else), halved when each asks for a different kind of thing (when / where).
 */
export function questionSimilarity(a: string, b: string, index: GuidanceIndex): number {
  const pa = profileOf(a, index);
  const pb = profileOf(b, index);
  if (!pa.length || !pb.length) return 0;
  const ab = coverage(pa, pb);
  const ba = coverage(pb, pa);
  let score = ab + ba > 0 ? (2 * ab * ba) / (ab + ba) : 0;
  const [ka, kb] = [asks(a), asks(b)];
  if (ka && kb && ka !== kb) score /= 2;
  return score;
}

/** The taught example closest to the message, when it is close enough. */
export function matchTaught(
  message: string,
  examples: readonly TaughtExample[],
  index: GuidanceIndex,
): { example: TaughtExample; similarity: number } | undefined {
  let best: { example: TaughtExample; similarity: number } | undefined;
  for (const example of examples) {
    if (!index.passage(example.passageId)) continue;
    const similarity = questionSimilarity(example.question, message, index);
    if (similarity >= TAUGHT_THRESHOLD && similarity > (best?.similarity ?? 0))
      best = { example, similarity };
  }
  return best;
}

/**
 * The answer to a message from the taught examples: staff's short answer (if any) and the
 * linked passage's exact words, cited. Undefined when no taught question is close enough.
 */
export function answerFromTaught(
  message: string,
  examples: readonly TaughtExample[] | undefined,
  index: GuidanceIndex,
): Answer | undefined {
  if (!examples?.length) return undefined;
  const found = matchTaught(message, examples, index);
  if (!found) return undefined;
  const passage = index.passage(found.example.passageId)!;
  const own = found.example.answer?.trim();
  return {
    kind: 'answer',
    text: own ? `${own}\n\n${passage.text}` : passage.text,
    citations: [citationOf(passage, passage.text)],
    answered: true,
    passages: [{ id: passage.id, score: found.similarity }],
    source: 'offline',
  };
}
