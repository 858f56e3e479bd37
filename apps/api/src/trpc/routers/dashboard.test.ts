import type { StaffUser } from '@sen/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { callbackRequest, declinedCase } from '../../testing/cases';
import type { TestApp } from '../../testing/harness';
import { routerTest } from '../../testing/router-test';

const rt = routerTest({
  caseworker: 'caseworker',
  other: 'caseworker',
  admin: 'admin',
  viewer: 'viewer',
});
const { as } = rt;

let t: TestApp;
let caseworker: StaffUser;
let other: StaffUser;
let admin: StaffUser;
let viewer: StaffUser;

type Today = {
  scope: string;
  deadlines: { caseId: string; deadline: { key: string; status: string; date: string } }[];
  overdueCount: number;
  callbacks: { id: string }[];
  waitingOnMe: { id: string }[];
  unansweredCount: number;
};

beforeAll(async () => {
  ({
    t,
    users: { caseworker, other, admin, viewer },
  } = rt);
});

describe('dashboard.today', () => {
  it("shows my deadlines, not another caseworker's; an admin sees all", async () => {
    const mine = await declinedCase(t, caseworker.id);
    const theirs = await declinedCase(t, other.id);
    await callbackRequest(t);
    const res = await as(caseworker, 'dashboard.today');
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    const d = res.data as Today;
    expect(d.scope).toBe('mine');
    expect(d.deadlines.map((x) => x.caseId)).toContain(mine.id);
    expect(d.deadlines.map((x) => x.caseId)).not.toContain(theirs.id);
    expect(d.deadlines.find((x) => x.caseId === mine.id)?.deadline).toMatchObject({
      key: 'certificate_after_decline',
      date: '2026-01-07',
      status: 'due_soon',
    });
    expect(d.waitingOnMe.map((c) => c.id)).toEqual([mine.id]);
    expect(d.callbacks).toHaveLength(1);

    const all = (await as(admin, 'dashboard.today')).data as Today;
    expect(all.scope).toBe('all');
    expect(all.deadlines.map((x) => x.caseId)).toEqual(
      expect.arrayContaining([mine.id, theirs.id]),
    );
  });

  it('gives viewers no callback requests (contact details) and counts overdue', async () => {
    const d = (await as(viewer, 'dashboard.today')).data as Today;
    expect(d.callbacks).toEqual([]);
    t.clock.set('2026-01-09T10:00:00Z');
    const later = (await as(caseworker, 'dashboard.today')).data as Today;
    expect(later.overdueCount).toBe(1);
    expect(later.deadlines[0]!.deadline.status).toBe('overdue');
  });
});
