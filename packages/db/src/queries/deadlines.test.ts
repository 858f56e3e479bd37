import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeCaseDeadlines } from '@sen/rules';
import { createTestDb, type TestDb } from '../testing/index';
import { caseFactsOf } from './case-facts';
import { createCase, transitionCase } from './cases';
import { getCaseDeadlines, listDeadlinesDue } from './deadlines';
import { updateSettings } from './settings';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
const now = new Date('2026-03-02T10:00:00Z');

describe('deadlines', () => {
  it('computes from facts on read, lists those due in a window, and follows fact changes', async () => {
    // Decision letter 10 Feb 2026: the adviser must be contacted by 10 Apr 2026 (R2).
    const c = await createCase(t.db, { track: 'mediation', decisionDate: '2026-02-10' }, { now });
    const list = await getCaseDeadlines(t.db, c.id, { today: '2026-03-02' });
    expect(list.find((d) => d.key === 'adviser_contact')?.date).toBe('2026-04-10');
    const due = await listDeadlinesDue(t.db, {
      from: '2026-04-01',
      to: '2026-04-30',
      today: '2026-03-02',
    });
    expect(due.map((d) => [d.reference, d.deadline.key])).toContainEqual([
      c.reference,
      'adviser_contact',
    ]);
    expect(
      due.every((d) => d.deadline.date >= '2026-04-01' && d.deadline.date <= '2026-04-30'),
    ).toBe(true);
    const none = await listDeadlinesDue(t.db, {
      from: '2026-03-02',
      to: '2026-03-31',
      today: '2026-03-02',
    });
    expect(none).toEqual([]);
    await transitionCase(t.db, c.id, { from: 'enquiry', to: 'withdrawn' }, { now });
    expect(
      await listDeadlinesDue(t.db, { from: '2026-04-01', to: '2026-04-30', today: '2026-03-02' }),
    ).toEqual([]);
  });

  it('uses the admin bank-holiday overrides from settings', async () => {
    // Declined on Fri 6 Mar 2026: certificate within 3 working days = Wed 11 Mar; with an
    // extra holiday on Mon 9 Mar it moves to Thu 12 Mar.
    const c = await createCase(t.db, { track: 'mediation', declinedDate: '2026-03-06' }, { now });
    const before = await getCaseDeadlines(t.db, c.id, { today: '2026-03-06' });
    expect(before.find((d) => d.key === 'certificate_after_decline')?.date).toBe('2026-03-11');
    await updateSettings(
      t.db,
      { bankHolidayOverrides: { add: ['2026-03-09'], remove: [] } },
      { now },
    );
    const after = await getCaseDeadlines(t.db, c.id, { today: '2026-03-06' });
    expect(after.find((d) => d.key === 'certificate_after_decline')?.date).toBe('2026-03-12');
  });

  it('selects the same deadlines as computing every open case (candidate windows are safe)', async () => {
    const own = await createTestDb();
    const db = own.db;
    let seed = 7;
    const rand = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const day = (base: string, span: number) =>
      new Date(Date.parse(`${base}T00:00:00Z`) + Math.floor(rand() * span) * 86_400_000)
        .toISOString()
        .slice(0, 10);
    const maybe = (p: number, value: () => string) => (rand() < p ? value() : null);
    const kinds = [
      'assess',
      'make_plan',
      'amend_plan',
      'school_name_or_type_only',
      'reconsider',
      'non_appealable',
    ] as const;
    for (let i = 0; i < 160; i++) {
      const decision = day('2025-06-01', 400);
      await createCase(
        db,
        {
          track: rand() < 0.8 ? 'mediation' : 'disagreement_resolution',
          state: (
            [
              'enquiry',
              'mediation_requested',
              'mediation_arranged',
              'mediation_held',
              'agreement',
              'certificate_issued',
            ] as const
          )[Math.floor(rand() * 6)],
          decisionDate: maybe(0.8, () => decision),
          declinedDate: maybe(0.2, () => day(decision, 60)),
          laNotifiedDate: maybe(0.4, () => day(decision, 60)),
          laCannotArrangeDate: maybe(0.1, () => day(decision, 90)),
          mediationDate: maybe(0.3, () => day(decision, 90)),
          mediationEndedDate: maybe(0.25, () => day(decision, 100)),
          certificateIssuedDate: maybe(0.3, () => day(decision, 120)),
          agreementDate: maybe(0.25, () => day(decision, 100)),
          agreementKind: rand() < 0.7 ? kinds[Math.floor(rand() * kinds.length)]! : null,
          healthIssues: rand() < 0.3,
          socialCareIssues: rand() < 0.2,
          educationIssues: rand() < 0.9,
          appealMatters:
            rand() < 0.5 ? ['plan_provision_f'] : rand() < 0.5 ? ['plan_placement_i'] : [],
        },
        { now },
      );
    }
    const all = await db.query.cases.findMany();
    // Random windows, plus the ones the appeal extensions make tricky (August, Christmas).
    const fixed = [
      ['2025-09-01', '2025-09-05'],
      ['2025-12-29', '2026-01-06'],
      ['2026-09-01', '2026-09-03'],
      ['2026-01-02', '2026-01-02'],
      ['2026-08-20', '2026-09-10'],
    ];
    for (let w = 0; w < 150; w++) {
      const from = fixed[w]?.[0] ?? day('2025-06-01', 600);
      const to =
        fixed[w]?.[1] ??
        new Date(Date.parse(`${from}T00:00:00Z`) + Math.floor(rand() ** 2 * 45) * 86_400_000)
          .toISOString()
          .slice(0, 10);
      const today = from;
      const listed = await listDeadlinesDue(db, { from, to, today, includeDone: true });
      const expected = all
        .filter((c) => c.state !== 'closed' && c.state !== 'withdrawn')
        .flatMap((c) =>
          computeCaseDeadlines(caseFactsOf(c), { today, calendar: { add: [], remove: [] } })
            .filter((d) => d.date >= from && d.date <= to && d.status !== 'not_applicable')
            .map((d) => `${c.reference} ${d.key} ${d.date}`),
        )
        .sort();
      expect(
        listed.map((d) => `${d.reference} ${d.deadline.key} ${d.deadline.date}`).sort(),
      ).toEqual(expected);
    }
    await own.close();
  }, 60_000);
});
