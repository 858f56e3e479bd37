import { describe, expect, it } from 'vitest';
import { AGREEMENT_KINDS, agreementDeadlines, icbNoticeOfAgreementBy } from './index';

describe('agreementDeadlines (R15, R16)', () => {
  const on = '2025-03-03';
  it.each([
    [
      'assess',
      ['confirm_assessment:2025-03-17', 'no_plan_decision:2025-05-12', 'final_plan:2025-06-09'],
    ],
    ['make_plan', ['draft_plan:2025-04-07', 'final_plan:2025-05-19']],
    ['amend_plan', ['amended_plan:2025-04-07']],
    ['school_name_or_type_only', ['amended_plan:2025-03-17']],
    ['reconsider', ['reconsidered_decision:2025-03-17']],
    ['keep_plan', ['keep_plan:2025-03-03']],
    ['non_appealable', ['agreed_action:2025-03-17']],
    ['other_timescale_agreed', []],
  ] as const)('%s', (kind, expected) => {
    const list = agreementDeadlines({ agreementDate: on, kind });
    expect(list.map((d) => `${d.key}:${d.date}`)).toEqual(expected);
    for (const d of list) {
      expect(d.rule).toBe(kind === 'non_appealable' ? 'R16' : 'R15');
      expect(d.explanation).toContain('unless a different time was agreed in writing');
      expect(d.label.length).toBeGreaterThan(10);
    }
  });

  it('covers every agreement kind', () => {
    for (const kind of AGREEMENT_KINDS) {
      expect(() => agreementDeadlines({ agreementDate: on, kind })).not.toThrow();
    }
  });

  it('says "straight away" for keeping a plan, and warns on weekends', () => {
    const [keep] = agreementDeadlines({ agreementDate: on, kind: 'keep_plan' });
    expect(keep?.explanation).toContain('straight away');
    const [weekend] = agreementDeadlines({ agreementDate: '2025-03-01', kind: 'amend_plan' });
    expect(weekend?.warnings[0]?.code).toBe('not_working_day');
  });

  it('rejects an unknown kind', () => {
    expect(() => agreementDeadlines({ agreementDate: on, kind: 'nope' as never })).toThrow(
      /kind must be one of/,
    );
  });
});

describe('icbNoticeOfAgreementBy (R17)', () => {
  it('is 1 week', () => {
    const r = icbNoticeOfAgreementBy({ agreementDate: '2025-03-03' });
    expect(r.date).toBe('2025-03-10');
    expect(r.rule).toBe('R17');
    expect(r.explanation).toContain('within 1 week');
  });
});
