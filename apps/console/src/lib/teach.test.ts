import { describe, expect, it } from 'vitest';
import { teachProblems, vocabularyProblem, vocabularyWords } from './teach';

describe('the teach form', () => {
  it('needs a question and a passage; the short answer is optional but bounded', () => {
    expect(teachProblems({ question: ' ', passageId: null, answer: '' })).toEqual({
      question: 'Write the question to teach.',
      passage: 'Choose the passage that answers it.',
    });
    expect(teachProblems({ question: 'Is it free?', passageId: 'a#1', answer: '' })).toEqual({});
    expect(
      teachProblems({ question: 'Is it free?', passageId: 'a#1', answer: 'x'.repeat(601) }).answer,
    ).toMatch(/600/);
  });
});

describe('vocabulary words', () => {
  it('are read one per line or by commas, without blanks or repeats', () => {
    expect(vocabularyWords('EHCP\n education  health and care plan, ehcp\n\nthe plan')).toEqual([
      'EHCP',
      'education health and care plan',
      'the plan',
    ]);
    expect(vocabularyProblem(['plan'])).toMatch(/at least two/);
    expect(vocabularyProblem(['plan', 'EHCP'])).toBeUndefined();
  });
});
