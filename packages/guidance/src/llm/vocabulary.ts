import { z } from 'zod';
import lawQuestionsData from './law-questions.json' with { type: 'json' };
import redactionData from './redaction-vocabulary.json' with { type: 'json' };
import sentenceData from './sentence-vocabulary.json' with { type: 'json' };

// The words model mode reacts to are data, validated here once, so a bad edit fails at start-up
// (and in vocabulary.test.ts) with the file and entry named, not as a silent non-match.

const pattern = z.string().refine((p) => {
  try {
    new RegExp(p, 'i');
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');
const examples = z.object({
  match: z.array(z.string()).min(1),
  noMatch: z.array(z.string()).min(1),
});

export const SentenceVocabulary = z.object({
  advice: z.array(pattern).min(1),
  adviceExamples: examples,
  crisisSignposts: z.array(pattern).min(1),
  crisisExamples: examples,
  leakMarkers: z.array(pattern).min(1),
  leakExamples: examples,
});

export const LawQuestions = z.object({
  deadline: z.array(pattern).min(1),
  route: z.array(pattern).min(1),
  examples,
});

const words = z.array(z.string().min(1)).min(1);
export const RedactionVocabulary = z.object({
  relations: words,
  introducers: words,
  notNames: words,
  predicates: words,
  schoolWords: words,
  streetWords: words,
  birthCues: z.array(pattern).min(1),
});

export const sentenceVocabulary = SentenceVocabulary.parse(sentenceData);
export const lawQuestions = LawQuestions.parse(lawQuestionsData);
export const redactionVocabulary = RedactionVocabulary.parse(redactionData);

/** One case-insensitive expression matching any of the phrases as whole words. */
export function anyOf(patterns: readonly string[]): RegExp {
  return new RegExp(`(?<![\\w'])(?:${patterns.join('|')})(?![\\w'])`, 'i');
}

/** Plain words (not expressions) as an alternation, longest first so "primary school" wins. */
export function literalAlternation(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}
