import { afterEach, describe, expect, it } from 'vitest';
import {
  answerWordsModel,
  answerWordsScore,
  learnAnswerWords,
  questionTerms,
  sentenceTerms,
  useAnswerWords,
} from './answer-words';

afterEach(() => useAnswerWords(undefined as never));

const term = (word: string) => questionTerms(word)[0]!;

describe('learnAnswerWords', () => {
  const grandparents = sentenceTerms('Grandparents who care for the child can contact us.');
  const free = sentenceTerms('The service is free for families.');
  const examples = [
    {
      question: questionTerms('im his nan can i ring you'),
      candidates: [
        { terms: grandparents, right: true },
        { terms: free, right: false },
      ],
    },
    {
      question: questionTerms('my nan looks after him, is she allowed to use you'),
      candidates: [
        { terms: free, right: false },
        { terms: grandparents, right: true },
      ],
    },
  ];

  it('pairs a question word with the words of the sentences that answered it', () => {
    const model = learnAnswerWords(examples, ['test']);
    expect(model.pairs[term('nan')]?.[term('grandparents')]).toBeGreaterThan(0);
    expect(model.trainedOn).toEqual(['test']);
  });

  it('does not pair it with words as common in the candidates that did not answer', () => {
    const model = learnAnswerWords(examples, ['test']);
    expect(model.pairs[term('nan')]?.[term('free')]).toBeUndefined();
  });

  it('learns nothing from a word the answer shares with the question', () => {
    const model = learnAnswerWords(
      [
        {
          question: questionTerms('can grandparents contact you'),
          candidates: [{ terms: grandparents, right: true }],
        },
      ],
      [],
    );
    expect(model.pairs[term('grandparents')]).toBeUndefined();
  });
});

describe('answerWordsScore', () => {
  const model = { pairs: { [term('nan')]: { [term('grandparents')]: 2 } }, trainedOn: [] };

  it('is the mean over the question’s words of their best pair in the sentence', () => {
    const q = questionTerms('nan ring');
    expect(q).toHaveLength(2);
    expect(answerWordsScore(model, q, sentenceTerms('Grandparents can ring us.'))).toBeCloseTo(1);
    expect(answerWordsScore(model, q, sentenceTerms('The service is free.'))).toBe(0);
    expect(answerWordsScore(model, [], sentenceTerms('Grandparents can ring us.'))).toBe(0);
  });
});

describe('data/answer-words.json', () => {
  it('holds pairs learned from the labelled sets (retrain with scripts/train-answer-words.ts)', () => {
    const model = answerWordsModel();
    expect(model?.trainedOn.length).toBeGreaterThan(10);
    expect(model?.pairs[term('nan')]?.[term('grandparents')]).toBeGreaterThan(0);
    for (const row of Object.values(model!.pairs))
      for (const w of Object.values(row)) expect(w).toBeGreaterThan(0);
  });
});
