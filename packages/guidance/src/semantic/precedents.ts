import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { semanticSettings } from './settings';
import { cosine, sentenceVector, type SentenceVector } from './sentence-vector';

// Questions families asked other services, and the sentence that answered each on that service's
// pages (data/precedents.json, from scripts/build-precedents.ts: the labelled sets the models
// learn from and those written to learn from, never a held-out one). Services in this field
// answer the same questions in their own words, so a new message is read against the labelled
// questions nearest to it in meaning, and a page's sentence that says what their answers said is
// more likely the answer here too:
// "the mediator wont just side with the council will they?" is near questions other services
// answered with "our mediators are impartial", and this service's "They won't take sides" reads
// like those answers, though the message's words alone found nothing to answer it with.
// Sentence vectors are compared after the vector every text of the field shares (the data's
// mean) is taken out: otherwise every sentence about mediation is near every other.

export const precedentsFileSchema = z.object({
  $comment: z.string().optional(),
  mean: z.array(z.number()).length(100),
  items: z
    .array(
      z.object({
        source: z.string().min(1),
        q: z.string().min(3),
        answers: z.array(z.string().min(3)).min(1),
        /** The question's and each answer's centred vector, int8 in base64 (see `packVectors`). */
        vectors: z.string().min(1),
      }),
    )
    .min(1),
});

interface Precedent {
  source: string;
  question: SentenceVector;
  answers: SentenceVector[];
}

let loaded: { mean: Float32Array; items: Precedent[] } | undefined;

function precedents() {
  if (!loaded) {
    const file = precedentsFileSchema.parse(
      JSON.parse(readFileSync(new URL('../../data/precedents.json', import.meta.url), 'utf8')),
    );
    const mean = Float32Array.from(file.mean);
    loaded = {
      mean,
      items: file.items.map((p) => {
        const [question, ...answers] = unpackVectors(p.vectors, 1 + p.answers.length);
        return { source: p.source, question: question!, answers };
      }),
    };
  }
  return loaded;
}

/**
 * The vectors of a precedent, stored: each scaled so its largest value is ±127 and rounded to a
 * signed byte, all in one base64 string. Only their direction matters (they are compared by
 * cosine), so they are set to unit length again when read. Worked out at load time instead,
 * the 3,000 texts took about 2 seconds (the field's phrases are folded in every sentence).
 */
export function packVectors(vectors: SentenceVector[]): string {
  const bytes = new Int8Array(vectors.length * DIMENSIONS);
  vectors.forEach((v, i) => {
    let most = 0;
    for (const x of v) most = Math.max(most, Math.abs(x));
    for (let d = 0; d < DIMENSIONS; d++)
      bytes[i * DIMENSIONS + d] = most > 0 ? Math.round((v[d]! / most) * 127) : 0;
  });
  return Buffer.from(bytes.buffer).toString('base64');
}

function unpackVectors(packed: string, count: number): SentenceVector[] {
  const bytes = new Int8Array(Buffer.from(packed, 'base64'));
  if (bytes.length !== count * DIMENSIONS)
    throw new Error(`precedents.json: ${bytes.length} bytes of vectors for ${count} texts`);
  return Array.from({ length: count }, (_, i) => {
    const v = Float32Array.from(bytes.subarray(i * DIMENSIONS, (i + 1) * DIMENSIONS));
    let n = 0;
    for (const x of v) n += x * x;
    n = Math.sqrt(n);
    if (n > 0) for (let d = 0; d < DIMENSIONS; d++) v[d] = v[d]! / n;
    return v;
  });
}

const DIMENSIONS = 100;

/** A text's sentence vector less what every text of the field shares, at unit length. */
export function centred(text: string, mean: Float32Array): SentenceVector {
  const v = sentenceVector(text);
  let n = 0;
  for (let d = 0; d < v.length; d++) {
    v[d] = v[d]! - mean[d]!;
    n += v[d]! * v[d]!;
  }
  n = Math.sqrt(n);
  if (n > 0) for (let d = 0; d < v.length; d++) v[d] = v[d]! / n;
  return v;
}

/** A page's sentences are read again for every message: their vectors are kept by text. */
const sentenceCache = new Map<string, SentenceVector>();

/**
 * How much a sentence reads like the answers to the labelled questions nearest the message
 * (`precedentNeighbours` of them, each counting by its similarity to the message): a function
 * of the sentence's text (with its heading), about −1..1. The sets named in
 * `precedentsWithout` are left out (to measure a service's questions without their own).
 */
export function precedentSupport(message: string): (sentence: string) => number {
  const { mean, items } = precedents();
  const asked = centred(message, mean);
  const without = semanticSettings.precedentsWithout;
  const near: { p: Precedent; similarity: number }[] = [];
  for (const p of items) {
    if (without.includes(p.source)) continue;
    const similarity = cosine(asked, p.question);
    if (similarity <= 0) continue;
    near.push({ p, similarity });
  }
  near.sort((a, b) => b.similarity - a.similarity);
  near.length = Math.min(near.length, semanticSettings.precedentNeighbours);
  const total = near.reduce((sum, n) => sum + n.similarity, 0);
  return (sentence) => {
    if (!total) return 0;
    let v = sentenceCache.get(sentence);
    if (!v) {
      if (sentenceCache.size > 50_000) sentenceCache.clear();
      sentenceCache.set(sentence, (v = centred(sentence, mean)));
    }
    let support = 0;
    for (const n of near) {
      let best = -1;
      for (const a of n.p.answers) best = Math.max(best, cosine(v, a));
      support += n.similarity * best;
    }
    return support / total;
  };
}
