import { semanticSettings } from './settings';
import { wordVectors, type WordVectors } from './embeddings';

/**
 * The pages' own words, each with its vector, so a question word can be matched to the page
 * words nearest to it in meaning ("stop" → "cease", "organise" → "arrange"). Built once per
 * index from the spellings the pages use; each spelling keeps the index term it became.
 */
export interface PageWords {
  /** Index terms nearest in meaning to `word`, each with its similarity, best first. */
  nearest(word: string, threshold: number, limit: number): [term: string, similarity: number][];
}

export function pageWords(
  spellings: ReadonlyMap<string, string>,
  vectors?: WordVectors,
): PageWords {
  const v = vectors ?? wordVectors();
  const rows: number[] = [];
  const terms: string[] = [];
  const { minRank, pageMinRank } = semanticSettings;
  for (const [spelling, term] of spellings) {
    const row = v.indexOf(spelling);
    if (row < Math.max(minRank, pageMinRank)) continue;
    rows.push(row);
    terms.push(term);
  }
  const cache = new Map<string, [string, number][]>();
  return {
    nearest(word, threshold, limit) {
      const key = `${word}\u0000${threshold}\u0000${limit}`;
      const hit = cache.get(key);
      if (hit) return hit;
      const q = v.indexOf(word);
      const best = new Map<string, number>();
      if (q >= minRank)
        for (let i = 0; i < rows.length; i++) {
          if (rows[i] === q) continue;
          const s = v.similarity(q, rows[i]!);
          if (s >= threshold && s > (best.get(terms[i]!) ?? -1)) best.set(terms[i]!, s);
        }
      const found = [...best].sort((a, b) => b[1] - a[1]).slice(0, limit);
      if (cache.size > 5000) cache.clear();
      cache.set(key, found);
      return found;
    },
  };
}

export { semanticSettings };

/**
 * How rare a word is in English, 0..1, from its rank in the vectors' frequency-ordered list
 * (a word beyond the list is as rare as can be).
 */
export function rarity(word: string, vectors?: WordVectors): number {
  const v = vectors ?? wordVectors();
  const row = v.indexOf(word);
  return row < 0 ? 1 : Math.min(1, Math.log(row + 2) / Math.log(v.size));
}
