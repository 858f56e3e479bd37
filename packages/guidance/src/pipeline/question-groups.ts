// Families' questions that recur, grouped so staff see what is asked most: the same similarity
// that matches a taught question (taught.ts), so a group is what one taught example would answer.
import type { GuidanceIndex } from '../search/guidance-index';
import { questionSimilarity, TAUGHT_THRESHOLD } from './taught';

const normal = (q: string) =>
  q
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Indices of `questions` in groups of the same meaning, largest group first (ties: the group
 * whose first question comes first). Each question joins the first group whose first question
 * it is close enough to; questions that are the same once case and punctuation are set aside
 * always group together.
 */
export function groupSimilarQuestions(
  questions: readonly string[],
  index: GuidanceIndex,
): number[][] {
  const groups: { head: string; key: string; members: number[] }[] = [];
  questions.forEach((q, i) => {
    const key = normal(q);
    const home = groups.find(
      (g) => g.key === key || questionSimilarity(g.head, q, index) >= TAUGHT_THRESHOLD,
    );
    if (home) home.members.push(i);
    else groups.push({ head: q, key, members: [i] });
  });
  return groups
    .map((g, order) => ({ order, members: g.members }))
    .sort((a, b) => b.members.length - a.members.length || a.order - b.order)
    .map((g) => g.members);
}
