import { describe, expect, it } from 'vitest';
import { askedBeside, askingPart } from './asking-part';

describe('askingPart', () => {
  it('keeps the clause that asks and leaves the story', () => {
    expect(askingPart('money is really tight, how much does it cost?', undefined)).toBe(
      'how much does it cost?',
    );
  });

  it('reads a question typed without its question mark', () => {
    expect(askingPart('we are skint, how long do they get to send it', undefined)).toBe(
      'how long do they get to send it',
    );
  });

  it('reads a question that follows a condition, without a question mark', () => {
    expect(
      askingPart(
        'the ICB just ignore every email. if we ask for mediation will anyone from health turn up',
        undefined,
      ),
    ).toBe('if we ask for mediation will anyone from health turn up');
  });

  it('reads a question turned on with "so" or "but" as a clause of its own', () => {
    expect(
      askingPart(
        'the council put your number on the bottom of their letter so are yous just the council in disguise?',
        undefined,
      ),
    ).toBe('so are yous just the council in disguise?');
    expect(
      askingPart('we asked for mediation last month but can they still refuse to come?', undefined),
    ).toBe('but can they still refuse to come?');
    // "so" that does not turn a question on leaves the clause whole.
    expect(askingPart('so is it free?', undefined)).toBe('so is it free?');
    expect(askingPart('we are so tired, is it free?', undefined)).toBe('is it free?');
  });

  it('gives the whole message when no clause asks', () => {
    expect(askingPart('the council refused to assess my son.', undefined)).toBe(
      'the council refused to assess my son.',
    );
  });
});

describe('askedBeside', () => {
  const aboutDeadline = (c: string) => /too late|deadline|last day/i.test(c);
  it('keeps the story and the other question, without the clauses about the deadline', () => {
    expect(
      askedBeside(
        'letter dated 8 October. is the van coming to Holmsey this month and what time, or am i too late',
        aboutDeadline,
      ),
    ).toBe('letter dated 8 October. is the van coming to Holmsey this month and what time,');
  });
  it('is undefined when nothing else is asked, or nothing is about the deadline', () => {
    expect(
      askedBeside('letter dated 8 October, whats my last day?', aboutDeadline),
    ).toBeUndefined();
    expect(askedBeside('is the van coming to Holmsey this month?', aboutDeadline)).toBeUndefined();
  });
});
