import { describe, expect, it } from 'vitest';
import { askingPart } from './asking-part';

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

  it('gives the whole message when no clause asks', () => {
    expect(askingPart('the council refused to assess my son.', undefined)).toBe(
      'the council refused to assess my son.',
    );
  });
});
