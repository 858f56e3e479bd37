import { describe, expect, it } from 'vitest';
import { type CaseFacts, RulesInputError, computeCaseDeadlines, emptyCaseFacts } from './index';

const facts = (over: Partial<CaseFacts>): CaseFacts => ({ ...emptyCaseFacts(), ...over });
const summary = (list: ReturnType<typeof computeCaseDeadlines>) =>
  list.map((d) => `${d.key} ${d.rule} ${d.date} ${d.status}`);

describe('computeCaseDeadlines', () => {
  it('returns nothing for a bare enquiry', () => {
    expect(computeCaseDeadlines(emptyCaseFacts(), { today: '2025-03-01' })).toEqual([]);
  });

  it('starts R2 and R13 from the decision letter', () => {
    const list = computeCaseDeadlines(
      facts({
        state: 'information_given',
        decisionDate: '2025-03-03',
        appealMatters: ['plan_provision_f'],
      }),
      { today: '2025-04-28' },
    );
    expect(summary(list)).toEqual([
      'adviser_contact R2 2025-05-03 due_soon',
      'appeal R13 2025-05-06 upcoming',
    ]);
    expect(list[0]).toMatchObject({ label: 'Contact the mediation adviser', doneOn: null });
    expect(list[0]?.warnings[0]?.code).toBe('not_working_day');
    expect(list[1]?.byFivePm).toBe(true);
  });

  it('marks on-time contact done, and late contact done with the R3 warning', () => {
    const onTime = computeCaseDeadlines(
      facts({ decisionDate: '2025-03-03', firstContactDate: '2025-03-10' }),
      { today: '2025-06-01' },
    );
    expect(onTime[0]).toMatchObject({
      key: 'adviser_contact',
      status: 'done',
      doneOn: '2025-03-10',
    });
    expect(onTime[1]).toMatchObject({ key: 'appeal', status: 'overdue' });
    expect(onTime[1]?.warnings.map((w) => w.code)).toContain('passed');
    const late = computeCaseDeadlines(
      facts({ decisionDate: '2025-03-03', firstContactDate: '2025-05-07' }),
      { today: '2025-05-07' },
    );
    expect(late[0]?.status).toBe('done');
    expect(late[0]?.warnings.filter((w) => w.code === 'done_late')).toHaveLength(1);
    expect(late[0]?.warnings.at(-1)?.message).toContain('permission to appeal without one');
  });

  it('follows a declined case to its certificate and the later appeal date', () => {
    const base = facts({
      state: 'mediation_declined',
      decisionDate: '2025-03-03',
      firstContactDate: '2025-03-10',
      declinedDate: '2025-04-17',
    });
    const open = computeCaseDeadlines(base, { today: '2025-04-22' });
    expect(summary(open)).toContain('certificate_after_decline R4 2025-04-24 due_soon');
    const issued = computeCaseDeadlines(
      { ...base, state: 'certificate_issued', certificateIssuedDate: '2025-04-25' },
      { today: '2025-04-25' },
    );
    const cert = issued.find((d) => d.key === 'certificate_after_decline');
    expect(cert).toMatchObject({ status: 'done', doneOn: '2025-04-25' });
    expect(cert?.warnings.map((w) => w.code)).toEqual(['done_late']);
    expect(issued.find((d) => d.key === 'appeal')?.date).toBe('2025-05-27'); // 25 May is a Sunday, 26 a bank holiday
  });

  it('computes the mediation deadlines with health and the LA arranging', () => {
    const list = computeCaseDeadlines(
      facts({
        state: 'mediation_arranged',
        decisionDate: '2025-05-01',
        firstContactDate: '2025-05-02',
        mediationRequestedDate: '2025-05-06',
        laNotifiedDate: '2025-05-06',
        mediationDate: '2025-06-03',
        healthIssues: true,
        appealMatters: ['plan_needs_b'],
      }),
      { today: '2025-05-09' },
    );
    expect(summary(list)).toEqual([
      'health_body_notice R5 2025-05-09 done',
      'mediation_notice R8 2025-05-27 upcoming',
      'mediation_by R7 2025-06-05 done',
      'adviser_contact R2 2025-07-01 done',
      'appeal R13 2025-07-01 upcoming',
    ]);
  });

  it('shows R5 as due until the mediation is arranged, and today as due today', () => {
    const list = computeCaseDeadlines(
      facts({ state: 'mediation_requested', laNotifiedDate: '2025-05-06', healthIssues: true }),
      { today: '2025-05-09' },
    );
    expect(list[0]).toMatchObject({ key: 'health_body_notice', status: 'due_soon' });
    expect(list[0]?.warnings.map((w) => w.message)).toContain('This is due today.');
    expect(list[1]).toMatchObject({ key: 'mediation_by', status: 'upcoming' });
    expect(list[1]?.sources[0]?.id).toBe('regs-35');
  });

  it('uses the ICB rules for health-only cases and R17 after agreement', () => {
    const list = computeCaseDeadlines(
      facts({
        state: 'agreement',
        laNotifiedDate: '2025-05-06',
        mediationDate: '2025-05-20',
        mediationEndedDate: '2025-05-20',
        agreementDate: '2025-05-20',
        agreementKind: 'non_appealable',
        healthIssues: true,
        educationIssues: false,
      }),
      { today: '2025-05-21' },
    );
    expect(summary(list)).toEqual(
      [
        'mediation_notice R8 2025-05-13 done',
        'certificate_after_mediation R11 2025-05-23 due_soon',
        'mediation_by R7 2025-06-05 done',
        'icb_tells_la R17 2025-05-27 due_soon',
        'agreement_action:agreed_action R16 2025-06-03 upcoming',
      ].sort((a, b) => a.split(' ')[2]!.localeCompare(b.split(' ')[2]!)),
    );
    expect(list.find((d) => d.key === 'mediation_by')?.sources[0]?.id).toBe('regs-36');
    expect(list.some((d) => d.key === 'health_body_notice')).toBe(false);
  });

  it('warns when mediation is set after the 30 days, and switches to R12 when it cannot be arranged', () => {
    const late = computeCaseDeadlines(
      facts({
        state: 'mediation_arranged',
        laNotifiedDate: '2025-05-06',
        mediationDate: '2025-06-20',
      }),
      { today: '2025-05-09', dueSoonDays: 0 },
    );
    const by = late.find((d) => d.key === 'mediation_by');
    expect(by?.status).toBe('upcoming');
    expect(by?.warnings.map((w) => w.code)).toEqual(['arranged_late']);
    const cannot = computeCaseDeadlines(
      facts({
        state: 'la_cannot_arrange',
        laNotifiedDate: '2025-05-06',
        mediationDate: '2025-06-20',
        laCannotArrangeDate: '2025-05-30',
      }),
      { today: '2025-06-02' },
    );
    expect(summary(cannot)).toEqual([
      'certificate_la_cannot_arrange R12 2025-06-04 due_soon',
      'mediation_by R7 2025-06-05 not_applicable',
    ]);
  });

  it('lists the R15 steps after an agreement and marks them done once the case is closed', () => {
    const agreed = facts({
      state: 'certificate_issued',
      mediationEndedDate: '2025-05-20',
      certificateIssuedDate: '2025-05-21',
      agreementDate: '2025-05-20',
      agreementKind: 'make_plan',
    });
    const list = computeCaseDeadlines(agreed, { today: '2025-05-21' });
    expect(summary(list)).toEqual([
      'certificate_after_mediation R11 2025-05-23 done',
      'agreement_action:draft_plan R15 2025-06-24 upcoming',
      'agreement_action:final_plan R15 2025-08-05 upcoming',
    ]);
    const closed = computeCaseDeadlines({ ...agreed, state: 'closed' }, { today: '2025-09-01' });
    expect(closed.map((d) => d.status)).toEqual(['done', 'done', 'done']);
  });

  it('says an appeal due today is due by 5pm', () => {
    const [appeal] = computeCaseDeadlines(
      facts({
        track: 'disagreement_resolution',
        decisionDate: '2025-03-06',
        appealMatters: ['cease_plan'],
      }),
      { today: '2025-05-06' },
    );
    expect(appeal?.status).toBe('due_soon');
    expect(appeal?.warnings.map((w) => w.message)).toEqual(['This is due today, by 5pm.']);
  });

  it('shows open deadlines of a withdrawn case as not applicable', () => {
    const list = computeCaseDeadlines(facts({ state: 'withdrawn', decisionDate: '2025-03-03' }), {
      today: '2025-03-05',
    });
    expect(list.map((d) => d.status)).toEqual(['not_applicable', 'not_applicable']);
  });

  it('keeps the appeal clock visible on the disagreement resolution track', () => {
    const dr = facts({
      track: 'disagreement_resolution',
      decisionDate: '2025-03-03',
      appealMatters: ['plan_placement_i'],
      mediationDate: '2025-03-20',
      certificateIssuedDate: '2025-04-20',
    });
    const list = computeCaseDeadlines(dr, { today: '2025-03-05' });
    expect(summary(list)).toEqual(['appeal R13 2025-05-06 upcoming']);
    expect(list[0]?.explanation).toContain(
      'Disagreement resolution does not give more time to appeal.',
    );
    expect(computeCaseDeadlines({ ...dr, appealMatters: [] }, { today: '2025-03-05' })).toEqual([]);
  });

  it('shows no appeal clock for health or social care alone', () => {
    const list = computeCaseDeadlines(
      facts({ decisionDate: '2025-03-03', educationIssues: false, healthIssues: true }),
      { today: '2025-03-05' },
    );
    expect(list.map((d) => d.key)).toEqual(['adviser_contact']);
  });

  it('gives a placement-only appeal no certificate extension', () => {
    const list = computeCaseDeadlines(
      facts({
        decisionDate: '2025-10-24',
        certificateIssuedDate: '2025-12-01',
        appealMatters: ['no_placement_named'],
      }),
      { today: '2025-11-01' },
    );
    expect(list.find((d) => d.key === 'appeal')?.date).toBe('2025-12-24');
  });

  it('applies calendar overrides', () => {
    const list = computeCaseDeadlines(facts({ declinedDate: '2025-06-12' }), {
      today: '2025-06-12',
      calendar: { add: ['2025-06-13'] },
    });
    expect(list[0]?.date).toBe('2025-06-18');
  });

  it('rejects bad facts and options clearly', () => {
    expect(() => computeCaseDeadlines(null as never, { today: '2025-01-01' })).toThrow(
      /needs the case facts/,
    );
    expect(() => computeCaseDeadlines(emptyCaseFacts(), undefined as never)).toThrow(
      /needs \{ today \}/,
    );
    expect(() => computeCaseDeadlines(emptyCaseFacts(), { today: '01/01/2025' })).toThrow(
      RulesInputError,
    );
    expect(() =>
      computeCaseDeadlines(emptyCaseFacts(), { today: '2025-01-01', dueSoonDays: -1 }),
    ).toThrow(/dueSoonDays/);
    expect(() =>
      computeCaseDeadlines(facts({ mediationDate: '2025-02-31' }), { today: '2025-01-01' }),
    ).toThrow(/mediationDate "2025-02-31" is not a real calendar date/);
    expect(() =>
      computeCaseDeadlines(facts({ appealMatters: ['everything'] }), { today: '2025-01-01' }),
    ).toThrow(/not a decision that can be appealed/);
  });
});
