import { STOP_WORDS, stem, words } from '../text/analyze';
import { wordVectors, type WordVectors } from './embeddings';

// A sentence as one vector: the average of its words' vectors, each weighted by how rare the
// word is (smooth inverse frequency, Arora et al. 2017: a / (a + p(word))), so "the", "can" and
// "you" count for little and "halfway", "deaf" or "venue" for much. The vectors list words by
// frequency, so p(word) is read from the word's rank (Zipf's law) rather than from a corpus.
// Used to compare a question with the pages' sentences as a whole, beside the word matching that
// needs a shared word, a listed relative or a near neighbour.

const SMOOTHING = 1e-3;

export type SentenceVector = Float32Array;

export function sentenceVector(text: string, vectors?: WordVectors): SentenceVector {
  const v = vectors ?? wordVectors();
  const out = new Float32Array(v.dimensions);
  for (const w of words(text)) {
    const row = v.indexOf(w);
    if (row < 0) continue;
    const p = 0.1 / (row + 50);
    const weight = SMOOTHING / (SMOOTHING + p);
    const x = v.vector(row);
    for (let d = 0; d < out.length; d++) out[d]! += weight * x[d]!;
  }
  let n = 0;
  for (const x of out) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (let d = 0; d < out.length; d++) out[d]! /= n;
  return out;
}

/** Cosine of two sentence vectors (0 when either has no known word). */
export function cosine(a: SentenceVector, b: SentenceVector): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d]! * b[d]!;
  return s;
}

/** A text's content words with their vector rows and how much each says (rarer says more). */
export interface SoftWords {
  stems: string[];
  rows: number[];
  weights: number[];
}

export function softWords(text: string, vectors?: WordVectors): SoftWords {
  const v = vectors ?? wordVectors();
  const out: SoftWords = { stems: [], rows: [], weights: [] };
  const seen = new Set<string>();
  for (const w of words(text)) {
    if (STOP_WORDS.has(w) || seen.has(w)) continue;
    seen.add(w);
    const row = v.indexOf(w);
    out.stems.push(stem(w));
    out.rows.push(row);
    // A word with no vector is rare: it says as much as the rarest words.
    out.weights.push(row < 0 ? 1 : SMOOTHING / (SMOOTHING + 0.1 / (row + 50)));
  }
  return out;
}

/**
 * How much of the question a sentence says, word by word in meaning: each question word meets
 * the sentence word nearest to it (the same stem counts 1, otherwise the cosine of their vectors,
 * never below 0), weighted by how much the question word says. "shut on a friday" meets "closed
 * … Friday"; "on zoom" meets "by video" a little. 0..1.
 */
export function softCover(question: SoftWords, sentence: SoftWords, vectors?: WordVectors): number {
  const v = vectors ?? wordVectors();
  let total = 0;
  let met = 0;
  for (let i = 0; i < question.rows.length; i++) {
    const w = question.weights[i]!;
    total += w;
    let best = 0;
    for (let j = 0; j < sentence.rows.length && best < 1; j++) {
      if (sentence.stems[j] === question.stems[i]) best = 1;
      else if (question.rows[i]! >= 0 && sentence.rows[j]! >= 0)
        best = Math.max(best, v.similarity(question.rows[i]!, sentence.rows[j]!));
    }
    met += w * best;
  }
  return total > 0 ? met / total : 0;
}
