import { describe, expect, it } from 'vitest';
import { directLead, MEDIATION_IS_A_CHOICE, withoutPagesYesNo } from './direct';

describe('directLead: the answer first, only when the quoted sentence settles it', () => {
  it.each([
    [
      'Does mediation affect my right to appeal?',
      'Using mediation does not affect your right of appeal.',
      'No.',
    ],
    [
      'Does the mediator take sides?',
      'The mediator is an independent facilitator who does not take sides.',
      'No.',
    ],
    ['Is mediation confidential?', 'Mediation is a confidential, informal process.', 'Yes.'],
    // The question asked after a story is what the sentence must settle.
    [
      'my son is in year 9 and the council have said they will cease his plan. is this part of the council?',
      'The council pays for the service, but we are not part of the council.',
      'No.',
    ],
  ])('%j → %j', (q, a, lead) => expect(directLead(q, a)).toBe(lead));

  it.each([
    // The sentence does not name what was asked about.
    ['Is there a charge?', 'The service is free.'],
    [
      'Can mediation cover the health parts?',
      'Disagreement resolution also covers health and social care.',
    ],
    // Exceptions, limits and negative questions read both ways.
    [
      'Do I need a certificate before appealing?',
      'A certificate is needed before an appeal except if it is only about the school.',
    ],
    ['Is it only for parents?', 'The service is for parents and young people.'],
    ["Isn't mediation voluntary?", 'Mediation is voluntary.'],
    // Not a yes/no question.
    ['What is mediation?', 'Mediation is a confidential meeting.'],
    // The story's words are not the question's: a sentence about schools and the council does
    // not settle whether we are the council.
    [
      'the school gave us your number. are you the council?',
      'Schools and the council can give families our number.',
    ],
    [
      'they told us the mediation is on thursday with nothing in writing. are they allowed to do that?',
      'The council has to give you notice in writing of the date and the place of the mediation.',
    ],
  ])('gives no lead for %j', (q, a) => expect(directLead(q, a)).toBeUndefined());

  it('compares a stated age with the upper age the pages give', () => {
    const page = 'The service is for parents and young adults up to the age of 25.';
    expect(directLead('Am I too old at 23?', page, 23)).toMatch(
      /^No: .*upper age of 25, and 23 is under it/,
    );
    expect(directLead('Can he still use the service?', page, 26)).toMatch(
      /^No: .*26 is not under it/,
    );
    expect(directLead('How old can you be to use it?', page, 19)).toMatch(
      /^Our guidance gives an upper age of 25/,
    );
    expect(directLead('Am I too old?', page)).toBeUndefined();
  });
});

describe('directLead: the law first when a family asks whether they must mediate', () => {
  const quote = 'Mediation must be considered before an appeal to the Tribunal is made.';
  it.each([
    'do we HAVE to go to mediation before the tribunal?',
    'Is mediation compulsory? I cant face them',
    'a friend told me we have to mediate before we can appeal, is that right?',
  ])('%j → mediation is your choice, the adviser call is not', (q) =>
    expect(directLead(q, quote)).toBe(MEDIATION_IS_A_CHOICE),
  );

  it.each([
    // Asked of someone else, or about where or when, or told in a story.
    'Does the council have to go to mediation if I ask for it?',
    'do we have to do the mediation at the council offices?',
    'we have to go to mediation on the 14th, what should I bring?',
  ])('%j → no such lead', (q) => expect(directLead(q, quote)).not.toBe(MEDIATION_IS_A_CHOICE));
});

describe('withoutPagesYesNo: the page’s own "Yes." only above a yes/no question', () => {
  const page = 'Yes. We book and pay for a professional interpreter in any language.';

  it('leaves it above a question that yes or no answers', () => {
    expect(withoutPagesYesNo('Can you get my husband an interpreter?', page)).toBe(page);
  });

  it('drops it above a question it does not answer, keeping the sentence', () => {
    expect(withoutPagesYesNo('how much will the interpreter cost us', page)).toBe(
      'We book and pay for a professional interpreter in any language.',
    );
    // "Yes —", "No," and the like, with the sentence's first letter raised.
    expect(
      withoutPagesYesNo(
        'what do we need to bring on the day?',
        'No — just yourselves, and any papers you want to refer to.',
      ),
    ).toBe('Just yourselves, and any papers you want to refer to.');
    expect(
      withoutPagesYesNo("we've got no plan yet, we're still fighting for one", 'No, it is free.'),
    ).toBe('It is free.');
  });

  it('leaves a sentence that only starts with a word like "no"', () => {
    expect(withoutPagesYesNo('what does it cost?', 'Nobody pays anything.')).toBe(
      'Nobody pays anything.',
    );
  });
});
