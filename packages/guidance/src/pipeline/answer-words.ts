import { z } from 'zod';
import { analyze } from '../text/analyze';
import { learnedModel } from './learned-model';

// Answer words: which words of a page's answering sentence go with which words of a family's
// question, learned from labelled sets (scripts/train-answer-words.ts). "my nan" is answered by
// "grandparents", "the paper you sent" by "certificate", "someone to mind the kids" by "creche":
// pairs no vocabulary lists and word vectors place far apart, but that families' questions and
// services' answers put together again and again across services. A classic of answer retrieval
// (a translation model between question and answer words, Berger et al. 2000), kept simple: for
// each question word a sentence lacks, how much more often a right answer than a wrong candidate
// held each of the sentence's words (log odds, only where it is more often). The ranker reads the
// mean over the question's words as one feature (`answerWords`). Its pairs are data
// (data/answer-words.json), never edited by hand.

const fileSchema = z.object({
  /** question term → answer term → weight (> 0). */
  pairs: z.record(z.string(), z.record(z.string(), z.number())),
  trainedOn: z.array(z.string()),
});
export type AnswerWords = z.infer<typeof fileSchema>;

const pairs = learnedModel('answer-words.json', fileSchema);

/** The committed pairs (data/answer-words.json), or null. */
export const answerWordsModel = (): AnswerWords | null => pairs.get();

/** Replaces the pairs for this process (training, with each service's own pairs left out, and tests). */
export const useAnswerWords = (model: AnswerWords | null): void => pairs.use(model);

/** A question's terms, as the pairs were learned from them. */
export const questionTerms = (question: string): string[] => [...new Set(analyze(question))];

/** A sentence's terms with its heading's, as the pairs were learned from them. */
export const sentenceTerms = (sentenceWithHeading: string): Set<string> =>
  new Set(analyze(sentenceWithHeading));

/**
 * How strongly the sentence holds answer words of the question's words it does not share: the
 * mean, over the question's terms, of the best pair weight with a term of the sentence.
 */
export function answerWordsScore(
  model: AnswerWords,
  question: readonly string[],
  sentence: Set<string>,
): number {
  if (!question.length) return 0;
  let total = 0;
  for (const q of question) {
    if (sentence.has(q)) continue;
    const row = model.pairs[q];
    if (!row) continue;
    let best = 0;
    for (const t of sentence) {
      const w = row[t];
      if (w !== undefined && w > best) best = w;
    }
    total += best;
  }
  return total / question.length;
}

/** One labelled question's terms and its candidates' terms, right or not. */
export interface AnswerWordsExample {
  question: readonly string[];
  candidates: { terms: Set<string>; right: boolean }[];
}

/**
 * Learns the pairs from labelled examples: for each question term and candidate term the
 * question lacks, log((share of right candidates holding the pair + ε) / (share of wrong ones + ε)),
 * kept when positive. ε = 1e-4 was measured best of 1e-2 to 1e-6 on the held-out services.
 */
export function learnAnswerWords(
  examples: readonly AnswerWordsExample[],
  trainedOn: string[],
): AnswerWords {
  const right = new Map<string, Map<string, number>>();
  const wrong = new Map<string, Map<string, number>>();
  let rights = 0;
  let wrongs = 0;
  for (const e of examples)
    for (const c of e.candidates) {
      if (c.right) rights++;
      else wrongs++;
      const counts = c.right ? right : wrong;
      for (const q of e.question) {
        if (c.terms.has(q)) continue;
        let row = counts.get(q);
        if (!row) counts.set(q, (row = new Map()));
        for (const t of c.terms) row.set(t, (row.get(t) ?? 0) + 1);
      }
    }
  const pairs: Record<string, Record<string, number>> = {};
  for (const [q, row] of [...right].sort(([a], [b]) => a.localeCompare(b)))
    for (const [t, n] of [...row].sort(([a], [b]) => a.localeCompare(b))) {
      const against = wrong.get(q)?.get(t) ?? 0;
      // Stored to three decimals: a pair whose log odds round to 0 says nothing and is left out.
      const w =
        Math.round(
          1000 * Math.log((n / rights + EPSILON) / (against / Math.max(1, wrongs) + EPSILON)),
        ) / 1000;
      if (w > 0) (pairs[q] ??= {})[t] = w;
    }
  return { pairs, trainedOn };
}

const EPSILON = 1e-4;
