import { describe, expect, it } from 'vitest';
import { asksAboutTheLaw } from './law-questions';
import { verifySentence } from './verify';
import { anyOf, lawQuestions, sentenceVocabulary } from './vocabulary';

describe('model-mode vocabulary files', () => {
  it('parse against their schemas (loading them would throw otherwise)', () => {
    expect(sentenceVocabulary.advice.length).toBeGreaterThan(5);
    expect(lawQuestions.deadline.length).toBeGreaterThan(5);
  });

  const groups = [
    ['advice', sentenceVocabulary.advice, sentenceVocabulary.adviceExamples],
    ['crisis signposts', sentenceVocabulary.crisisSignposts, sentenceVocabulary.crisisExamples],
    ['leak markers', sentenceVocabulary.leakMarkers, sentenceVocabulary.leakExamples],
  ] as const;
  for (const [name, patterns, examples] of groups) {
    it(`${name}: match their examples and not the others`, () => {
      const re = anyOf(patterns);
      for (const s of examples.match) expect(re.test(s), s).toBe(true);
      for (const s of examples.noMatch) expect(re.test(s), s).toBe(false);
    });
  }

  it('law questions: match their examples and not the others', () => {
    for (const s of lawQuestions.examples.match) expect(asksAboutTheLaw(s), s).toBe(true);
    for (const s of lawQuestions.examples.noMatch) expect(asksAboutTheLaw(s), s).toBe(false);
  });

  it('an advice sentence is removed even when it cites', () => {
    for (const text of sentenceVocabulary.adviceExamples.match)
      expect(verifySentence({ text, cites: [1] }, [], new Set()), text).toEqual({
        verdict: 'drop',
        reason: 'advice',
      });
  });
});
