import { getCase, listAudit, type StaffUser } from '@sen/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCase } from '../../testing/cases';
import type { TestApp } from '../../testing/harness';
import { routerTest } from '../../testing/router-test';

const rt = routerTest({
  caseworker: 'caseworker',
  other: 'caseworker',
  mediator: 'mediator',
  admin: 'admin',
  viewer: 'viewer',
});
const { as } = rt;

let t: TestApp;
let caseworker: StaffUser;
let other: StaffUser;
let mediator: StaffUser;
let admin: StaffUser;
let viewer: StaffUser;

interface Result {
  id: string;
  reference: string | null;
  ok: boolean;
  reason?: string;
  state?: string;
}
const results = (res: { data: unknown }) => (res.data as { results: Result[] }).results;

beforeAll(async () => {
  ({
    t,
    users: { caseworker, other, mediator, admin, viewer },
  } = rt);
});

describe('caseBulk.transition', () => {
  it('does the allowed moves and refuses, per case with the reason, what the rules do not allow', async () => {
    const enquiry = await makeCase(t, { state: 'enquiry', assigneeId: caseworker.id });
    // The lifecycle has no step from "mediation requested" straight to closed.
    const requested = await makeCase(t, {
      state: 'mediation_requested',
      decisionDate: '2025-12-10',
      firstContactDate: '2025-12-20',
      mediationRequestedDate: '2026-01-02',
      assigneeId: caseworker.id,
    });
    const othersCase = await makeCase(t, { state: 'enquiry', assigneeId: other.id });
    const res = await as(caseworker, 'caseBulk.transition', {
      ids: [enquiry.id, requested.id, othersCase.id],
      to: 'closed',
    });
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    expect(results(res)).toEqual([
      { id: enquiry.id, reference: enquiry.reference, ok: true, state: 'closed' },
      {
        id: requested.id,
        reference: requested.reference,
        ok: false,
        reason: 'A case that is "Mediation requested" cannot move to "Closed".',
      },
      {
        id: othersCase.id,
        reference: othersCase.reference,
        ok: false,
        reason: 'Assigned to another caseworker: ask them or an admin.',
      },
    ]);
    expect((await getCase(t.db, enquiry.id))!.state).toBe('closed');
    expect((await getCase(t.db, requested.id))!.state).toBe('mediation_requested');
    expect((await getCase(t.db, othersCase.id))!.state).toBe('enquiry');
    const audit = await listAudit(t.db, { action: 'case.bulk_transition', actorId: caseworker.id });
    expect(audit.items[0]!.detail).toMatchObject({
      requested: 3,
      done: 1,
      refused: 2,
      to: 'closed',
    });
  });

  it('names the missing fact, and checks dates against each case', async () => {
    const a = await makeCase(t, { state: 'enquiry', assigneeId: admin.id });
    const missing = await as(admin, 'caseBulk.transition', {
      ids: [a.id],
      to: 'information_given',
    });
    expect(results(missing)[0]).toMatchObject({ ok: false });
    expect(results(missing)[0]!.reason).toMatch(/^Fill in first: /);
    const future = await as(admin, 'caseBulk.transition', {
      ids: [a.id],
      to: 'information_given',
      facts: { decisionDate: '2025-12-01', firstContactDate: '2099-01-01' },
    });
    expect(results(future)[0]!.reason).toMatch(/cannot be in the future/);
    expect((await getCase(t.db, a.id))!.state).toBe('enquiry');
  });

  it('never issues certificates in bulk', async () => {
    const a = await makeCase(t, {
      state: 'mediation_declined',
      declinedDate: '2026-01-02',
      assigneeId: admin.id,
    });
    const res = await as(admin, 'caseBulk.transition', {
      ids: [a.id],
      to: 'certificate_issued',
      facts: { certificateIssuedDate: '2026-01-03' },
    });
    expect(results(res)[0]).toMatchObject({
      ok: false,
      reason: 'Certificates are issued one case at a time, from the case page.',
    });
  });

  it('tells a mediator a case that is not theirs is not found, without its reference', async () => {
    const hidden = await makeCase(t, { state: 'enquiry', assigneeId: null });
    const res = await as(mediator, 'caseBulk.transition', { ids: [hidden.id], to: 'closed' });
    expect(results(res)).toEqual([
      {
        id: hidden.id,
        reference: null,
        ok: false,
        reason: 'Not found: it may have been erased, or it is not yours to see.',
      },
    ]);
  });
});

describe('caseBulk.assign', () => {
  it('lets a caseworker take unassigned cases, and refuses one already assigned', async () => {
    const free = await makeCase(t, { assigneeId: null });
    const taken = await makeCase(t, { assigneeId: other.id });
    const res = await as(caseworker, 'caseBulk.assign', {
      ids: [free.id, taken.id],
      assigneeId: caseworker.id,
    });
    expect(results(res).map((r) => [r.ok, r.reason])).toEqual([
      [true, undefined],
      [false, 'Already assigned to someone else. Ask an admin to reassign it.'],
    ]);
    expect((await getCase(t.db, free.id))!.assigneeId).toBe(caseworker.id);
    expect((await getCase(t.db, taken.id))!.assigneeId).toBe(other.id);
  });

  it('lets an admin assign to anyone active, and refuses a viewer as assignee', async () => {
    const a = await makeCase(t, { assigneeId: other.id });
    const res = await as(admin, 'caseBulk.assign', { ids: [a.id], assigneeId: mediator.id });
    expect(results(res)[0]!.ok).toBe(true);
    expect((await getCase(t.db, a.id))!.assigneeId).toBe(mediator.id);
    const bad = await as(admin, 'caseBulk.assign', { ids: [a.id], assigneeId: viewer.id });
    expect(bad.status).toBe(400);
  });
});

describe('caseBulk.export', () => {
  it('writes the readable cases as CSV without names, and counts the skipped', async () => {
    const mine = await makeCase(t, {
      assigneeId: mediator.id,
      people: [{ role: 'parent_carer', fullName: 'Pat Private' }],
    });
    const notMine = await makeCase(t, { assigneeId: null });
    const res = await as(mediator, 'caseBulk.export', { ids: [mine.id, notMine.id] });
    const file = res.data as { csv: string; skipped: number };
    expect(file.skipped).toBe(1);
    expect(file.csv.split('\r\n')[0]).toBe(
      'Reference,Track,State,Local authority,Assigned to,Decision date,Mediation date,Outcome,Opened,Last updated',
    );
    expect(file.csv).toContain(mine.reference);
    expect(file.csv).not.toContain(notMine.reference);
    expect(file.csv).not.toContain('Pat Private');
    const audit = await listAudit(t.db, { action: 'case.export', actorId: mediator.id });
    expect(audit.items[0]!.detail).toEqual({ cases: 1, skipped: 1 });
  });

  it('refuses more than 200 cases at once with a sentence', async () => {
    const ids = Array.from({ length: 201 }, () => crypto.randomUUID());
    const res = await as(viewer, 'caseBulk.export', { ids });
    expect(res.status).toBe(400);
    expect(res.error?.message).toBe('Choose at most 200 cases at a time.');
  });
});

describe('caseBulk.transition input', () => {
  it("records only a step's dates and choices, never a case's details", async () => {
    const a = await makeCase(t, { state: 'enquiry', assigneeId: admin.id });
    const res = await as(admin, 'caseBulk.transition', {
      ids: [a.id],
      to: 'closed',
      facts: { healthIssues: true },
    });
    expect(res.status).toBe(400);
    expect((await getCase(t.db, a.id))!.state).toBe('enquiry');
  });
});
