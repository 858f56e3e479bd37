import { emptyCaseFacts } from '@sen/rules';
import { describe, expect, it } from 'vitest';
import { certificateVerdict, deadlineTone, liveDeadlines } from './live-deadlines';

describe('live deadlines on the intake form', () => {
  it('shows the adviser-contact and appeal deadlines as soon as a decision date is typed', () => {
    const facts = {
      ...emptyCaseFacts('mediation'),
      decisionDate: '2026-03-03',
      state: 'information_given' as const,
    };
    const { deadlines, problem } = liveDeadlines(facts, '2026-03-10');
    expect(problem).toBeNull();
    const contact = deadlines.find((d) => d.key === 'adviser_contact');
    expect(contact?.date).toBe('2026-05-03');
    expect(contact?.explanation).toMatch(/2 months/);
  });

  it('shows nothing, and no error, before any date is typed', () => {
    expect(liveDeadlines(emptyCaseFacts('mediation'), '2026-03-10')).toEqual({
      deadlines: [],
      problem: null,
    });
  });

  it('turns a date the rules cannot use into a sentence instead of throwing', () => {
    const facts = { ...emptyCaseFacts('mediation'), decisionDate: '1900-01-01' };
    const r = liveDeadlines(facts, '2026-03-10');
    expect(r.deadlines).toEqual([]);
    expect(r.problem).toBeTruthy();
  });

  it('says whether a certificate is needed', () => {
    expect(
      certificateVerdict({ appealMatters: ['plan_provision_f'], disabilityDiscrimination: false })
        ?.needed,
    ).toBe(true);
    expect(
      certificateVerdict({ appealMatters: ['plan_placement_i'], disabilityDiscrimination: false })
        ?.needed,
    ).toBe(false);
    expect(deadlineTone('overdue')).toBe('danger');
  });
});
