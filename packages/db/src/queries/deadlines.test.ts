import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing/index';
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
});
