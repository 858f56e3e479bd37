import { describe, expect, it } from 'vitest';
import { answerTypeOf, asksHowLongItLasts } from './answer-type';

describe('answerTypeOf', () => {
  it.each([
    [
      'How long have I got to ring the adviser?',
      'Call within two months of the letter.',
      'Call the adviser.',
    ],
    [
      'Which law is all this under?',
      'Arrangements under the Children and Families Act 2014.',
      'The law says you may appeal.',
    ],
    [
      'In what situations can I use it?',
      'It is only available when a plan is made.',
      'It is a simple process.',
    ],
    ['Is it face to face?', 'We explain it over the telephone.', 'We explain what it is.'],
    ['Where should I go first?', 'Your IASS should be contacted first.', 'The IASS is free.'],
    // A price for a span of time is a rate, not how long something takes.
    [
      'How long before the meeting happens?',
      'Within 30 days of being told you want it.',
      'Childcare: £5.35 an hour for each child.',
    ],
    ['How long does the meeting last?', 'Most last about an hour.', 'Parking costs £2 an hour.'],
    // A share or a likelihood: only a sentence that gives one answers.
    [
      'whats ur success rate',
      'About 8 in 10 families reach an agreement.',
      'Mediation often helps families reach agreement.',
    ],
    [
      'what are the odds we win at tribunal',
      'Most appeals are settled before a hearing.',
      'The Tribunal hears appeals.',
    ],
    [
      'how many families end up agreeing something?',
      'Last year 72% of mediations ended in agreement.',
      'Anything agreed is written down.',
    ],
    // Who pays, or that the family does not, answers whether they pay.
    [
      'will we have to pay for the interpreter?',
      "We'll book and pay for a professional interpreter.",
      'We book an interpreter for every meeting.',
    ],
    [
      'do i have to pay the mediator anything??',
      'Families never pay us a penny.',
      'Most families come without a solicitor.',
    ],
    [
      'Is there a charge for the session on the phone?',
      'It is a free service.',
      'We explain it over the telephone.',
    ],
    ['Is it only for children under 16?', 'for young adults up to the age of 25', 'for children'],
    [
      'What does the certificate let me do?',
      'The certificate will enable you to lodge your appeal.',
      'We can give you a certificate.',
    ],
    ['What is the notice for?', 'It lets you ask for mediation.', 'The notice can be downloaded.'],
    [
      'Do we need an EHC plan to use it?',
      'We help families whether they have EHC plans or not.',
      'It also covers disagreements about EHC plans.',
    ],
    [
      'When am I allowed to skip it?',
      'It must be considered except if the appeal is about the school.',
      'It must be considered.',
    ],
    // What a person does: a sentence with them as its subject.
    [
      'How does the mediator help the two sides?',
      'A trained mediator helps the people involved to meet.',
      'Both parties must attend the mediation.',
    ],
    [
      "What is the adviser's role?",
      'The adviser will explain what mediation is.',
      'Call an adviser.',
    ],
    [
      'What part does the mediator play?',
      'The mediator is an independent facilitator.',
      'Mediation is informal.',
    ],
    // Only "whether or not" about the thing asked for answers whether it is needed.
    [
      'Do I need a mediation certificate?',
      'You may appeal with or without a certificate.',
      'We help families whether they have EHC plans or not.',
    ],
    // How long a meeting or call lasts is a length of time, not a time limit.
    [
      'how long is the phone call with the adviser?',
      'The call takes about 20 to 30 minutes.',
      'Contact an adviser within 2 months of the letter.',
    ],
    [
      'how many hours does it usually go on for',
      'Meetings are booked for half a day.',
      'You must register within 1 month.',
    ],
    ['How long does mediation last?', 'Sessions run from 10am to 1pm.', 'Within 30 days.'],
    // A time of day is not a length of time.
    ['how long is the meeting?', 'Meetings run 10am to 1pm.', 'It must arrive by 5pm.'],
    // When someone is to act, it is a time limit again.
    [
      'how long are they supposed to take to sort it?',
      'The council must act within 2 weeks.',
      'The council must act.',
    ],
    ['how long is the wait for a meeting?', 'It is held within 30 days.', 'It is held soon.'],
    // An age is also written as a birthday or "until they turn".
    [
      'my son is 23, is he too old?',
      'for young people up to their 25th birthday',
      'for young people',
    ],
  ])('%s', (question, answers, doesNot) => {
    const type = answerTypeOf(question)!;
    expect(type.answers.test(answers)).toBe(true);
    expect(type.answers.test(doesNot)).toBe(false);
  });

  it('says nothing of a question that does not ask for a kind of content', () => {
    expect(answerTypeOf('Is mediation free?')).toBeUndefined();
    // "What do you do?" asks about the service, not a person named in a sentence.
    expect(answerTypeOf('What do you do?')).toBeUndefined();
  });

  it('tells how long something lasts from a time limit', () => {
    expect(asksHowLongItLasts('how long is the mediation itself?')).toBe(true);
    expect(asksHowLongItLasts('how many hours does it go on for')).toBe(true);
    expect(asksHowLongItLasts('how long do they have to hold the mediation?')).toBe(false);
    expect(asksHowLongItLasts('how long have I got to ring the adviser')).toBe(false);
  });

  it('hears a family planning their day ask how long it lasts', () => {
    for (const q of [
      'How long should we allow for it?',
      'how much time will i need to take off work',
      'how long do we need to keep the afternoon free for the meeting',
      'roughly how long should I book off?',
      'how long to set aside for the session, I have to sort a childminder',
    ])
      expect(asksHowLongItLasts(q), q).toBe(true);
    // Still a time limit: someone is to act, or the family has until a date.
    for (const q of [
      'how long do I have to plan for the appeal?',
      'how long have I got to take it further',
      'how long does the council have to arrange it?',
    ])
      expect(asksHowLongItLasts(q), q).toBe(false);
  });

  it('reads the time-limit words only in the clause that asks how long', () => {
    expect(
      asksHowLongItLasts(
        'How long does the mediation meeting last and do I have to stay for all of it?',
      ),
    ).toBe(true);
    expect(
      asksHowLongItLasts('how long will the session run, then do we get the certificate'),
    ).toBe(true);
    // The words that make it a time limit, in the same clause, still do.
    expect(asksHowLongItLasts('how long does the meeting have to happen by?')).toBe(false);
    expect(asksHowLongItLasts('how long is the wait for a mediation?')).toBe(false);
  });

  it('does not read "how much warning" or "how much notice" as a question of cost', () => {
    expect(answerTypeOf('how much warning will we get of the meeting?')).toBeUndefined();
    expect(answerTypeOf('how much notice do we get')).toBeUndefined();
    expect(answerTypeOf('how much will it cost?')?.strict).toBe(true);
  });
});
