import { describe, expect, it } from 'vitest';
import { namesNothing, subQuestions } from './questions';

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

  it('splits an either-or question into its sides', () => {
    expect(
      subQuestions('can I refer myself or does a social worker have to put us forward?'),
    ).toEqual(['can I refer myself', 'does a social worker have to put us forward?']);
  });

  it('knows a side that names nothing of its own', () => {
    expect(namesNothing('does it have to be me?')).toBe(true);
    expect(namesNothing('or is it just me')).toBe(true);
    expect(namesNothing('is it confidential?')).toBe(false);
    expect(namesNothing('does the council have to come?')).toBe(false);
  });

  it('finds the questions a family types without capitals or question marks', () => {
    expect(subQuestions('are you open on saturdays?? if not can i leave a message')).toEqual([
      'are you open on saturdays??',
      'can i leave a message',
    ]);
    expect(subQuestions('can my nan come along. does she have to sign anything')).toEqual([
      'can my nan come along.',
      'does she have to sign anything',
    ]);
    // A statement after the question is still its context, not a question.
    expect(
      subQuestions('is the meeting online? we live miles away. and who pays the petrol'),
    ).toEqual([
      'we live miles away. is the meeting online?',
      'we live miles away. who pays the petrol',
    ]);
  });

  it('reads a part that only asks how long or when of something with the part that names it', () => {
    expect(subQuestions('who do i complain to and how long will it take?')).toEqual([
      'who do i complain to',
      'who do i complain to how long will it take?',
    ]);
    // A part that names its own subject is read alone.
    expect(subQuestions('who do i complain to and how long does the meeting last?')).toEqual([
      'who do i complain to',
      'how long does the meeting last?',
    ]);
  });

  it('leaves one question whole, even with "and" in it', () => {
    expect(subQuestions('Is the mediator independent and impartial?')).toEqual([]);
    expect(subQuestions('My appeal is only about the school. Do I need a certificate?')).toEqual(
      [],
    );
  });

  it('splits the questions after a story of a few sentences, each with the story', () => {
    const story =
      'We have been fighting the council for a year about the therapy in her plan and the review cut it again and my husband wants to give up and I am exhausted by all of it.';
    expect(
      subQuestions(`${story} Is mediation worth it? Will we lose the right to appeal?`),
    ).toEqual([`${story} Is mediation worth it?`, `${story} Will we lose the right to appeal?`]);
  });

  it('keeps the questions that close a long story together', () => {
    const story =
      'We have been fighting the council for a year about the therapy in her plan and the review cut it again. My husband wants to give up and I am exhausted by all of it. Her school is no help either and the SENCo has left, so nobody there knows her now and every meeting starts from nothing.';
    expect(
      subQuestions(`${story} Is mediation worth it? Will we lose the right to appeal?`),
    ).toEqual([]);
  });
});
