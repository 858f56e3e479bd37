// Words staff say mean the same in this field ("EHCP", "education health and care plan", "the
// plan"), added in the console without a release. A family's word is read as the group's word
// the guidance itself uses, before the question is analysed; the passages (and so every quote)
// stay exactly as published.
import type { GuidanceIndex } from './guidance-index';

export interface VocabularyGroup {
  words: readonly string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A phrase as a pattern: any run of spaces or hyphens between its words, whole words only. */
const phrasePattern = (phrase: string) =>
  phrase
    .trim()
    .split(/[\s-]+/)
    .map(escape)
    .join('[\\s-]+');

interface Rewrite {
  pattern: RegExp;
  to: string;
}

/**
 * The rewrites a set of groups gives over this guidance: each group's other words become the
 * first of its words that the guidance uses (every word of it known to the index). A group
 * whose words the guidance never uses changes nothing: there is nothing for it to find.
 */
export function vocabularyRewrites(
  index: GuidanceIndex,
  groups: readonly VocabularyGroup[],
): Rewrite[] {
  const out: Rewrite[] = [];
  for (const g of groups) {
    const words = g.words.map((w) => w.trim()).filter(Boolean);
    const to = words.find((w) => {
      const cs = index.concepts(w);
      return cs.length > 0 && cs.every((c) => c.known);
    });
    if (!to) continue;
    const others = words
      .filter((w) => w.toLowerCase() !== to.toLowerCase())
      .sort((a, b) => b.length - a.length);
    if (!others.length) continue;
    out.push({
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])(?:${others.map(phrasePattern).join('|')})(?![\\p{L}\\p{N}])`,
        'giu',
      ),
      to,
    });
  }
  return out;
}

/** The question with each staff word replaced by the word of its group the guidance uses. */
export function applyVocabulary(question: string, rewrites: readonly Rewrite[]): string {
  let q = question;
  for (const r of rewrites) q = q.replace(r.pattern, ` ${r.to} `);
  return q;
}

/**
 * The index, reading questions through staff's vocabulary: everything that asks the index
 * about a question (search, and the concepts every stage weighs) sees the rewritten question.
 */
export function withVocabulary(
  index: GuidanceIndex,
  groups: readonly VocabularyGroup[] | undefined,
): GuidanceIndex {
  if (!groups?.length) return index;
  const rewrites = vocabularyRewrites(index, groups);
  if (!rewrites.length) return index;
  return {
    ...index,
    concepts: (question) => index.concepts(applyVocabulary(question, rewrites)),
    search: (question, options) => index.search(applyVocabulary(question, rewrites), options),
  };
}
