import { emptyCaseFacts } from '@sen/rules';
import { describe, expect, it } from 'vitest';
import { factsOf, stepDefaults } from './case-facts';

describe('case facts', () => {
  it('takes the date part of dates the API may send as timestamps', () => {
    const c = { ...emptyCaseFacts('mediation'), decisionDate: '2026-03-03T00:00:00.000Z' };
    expect(factsOf(c).decisionDate).toBe('2026-03-03');
    expect(factsOf(c).mediationDate).toBeNull();
  });

  it('pre-fills a step with dates the case has, else today (but never guesses a mediation date)', () => {
    const facts = { ...emptyCaseFacts('mediation'), laNotifiedDate: '2026-03-01' };
    expect(
      stepDefaults(facts, ['laNotifiedDate', 'mediationDate', 'agreementKind'], '2026-03-09'),
    ).toEqual({
      laNotifiedDate: '2026-03-01',
      mediationDate: '',
      agreementKind: '',
    });
    expect(stepDefaults(facts, ['mediationEndedDate'], '2026-03-09')).toEqual({
      mediationEndedDate: '2026-03-09',
    });
  });
});
