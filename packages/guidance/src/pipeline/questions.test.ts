import { describe, expect, it } from 'vitest';
import { subQuestions } from './questions';

describe('subQuestions', () => {
  it('splits the questions of one message, each with its context', () => {
    expect(subQuestions('Is mediation free and is it confidential?')).toEqual([
      'Is mediation free',
      'is it confidential?',
    ]);
    expect(subQuestions("What's your number, and do I need a certificate?")).toEqual([
      "What's your number",
      'do I need a certificate?',
    ]);
    expect(
      subQuestions('My son is 19. Who can use it? And does the council have to come?'),
    ).toEqual(['My son is 19. Who can use it?', 'My son is 19. does the council have to come?']);
  });

  it('leaves one question whole, even with "and" in it', () => {
    expect(subQuestions('Is the mediator independent and impartial?')).toEqual([]);
    expect(subQuestions('My appeal is only about the school. Do I need a certificate?')).toEqual(
      [],
    );
  });

  it('keeps the questions that close a long story together', () => {
    const story =
      'We have been fighting the council for a year about the therapy in her plan and the review cut it again and my husband wants to give up and I am exhausted by all of it. Is mediation worth it? Will we lose the right to appeal?';
    expect(subQuestions(story)).toEqual([]);
  });
});
