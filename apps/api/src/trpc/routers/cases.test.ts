import { listAudit, listPeople, type StaffUser } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declinedCase, makeCase } from '../../testing/cases';
import {
  callTrpc,
  createStaff,
  createTestApp,
  sessionCookie,
  type TestApp,
} from '../../testing/harness';
import { appRouter } from '../app-router';

let t: TestApp;
let caseworker: StaffUser;
let other: StaffUser;
let mediator: StaffUser;
let admin: StaffUser;
let viewer: StaffUser;
const cookies = new Map<string, string>();

async function as(user: StaffUser, path: string, input?: unknown) {
  let cookie = cookies.get(user.id);
  if (!cookie) {
    cookie = await sessionCookie(t, user.id);
    cookies.set(user.id, cookie);
  }
  return callTrpc(t, path, input, { cookie });
}

/** Moves the clock; sessions from before are idle-expired, so new ones are made. */
function setClock(at: string) {
  t.clock.set(at);
  cookies.clear();
}

type Detail = {
  id: string;
  reference: string;
  case: { id: string; state: string; assigneeId: string | null; version: number };
  deadlines: { key: string; date: string; explanation: string; status: string }[];
  nextSteps: { to: string; ready: boolean; needs: { field: string; filled: boolean }[] }[];
  events: { kind: string; toState: string | null }[];
};

beforeAll(async () => {
  t = await createTestApp();
  caseworker = await createStaff(t, 'caseworker');
  other = await createStaff(t, 'caseworker');
  mediator = await createStaff(t, 'mediator');
  admin = await createStaff(t, 'admin');
  viewer = await createStaff(t, 'viewer');
});
afterAll(() => t.close());

describe('cases.create (phone intake)', () => {
  it('creates the case with its people, assigns it to the caseworker and computes deadlines', async () => {
    const res = await as(caseworker, 'cases.create', {
      track: 'mediation',
      contactChannel: 'phone',
      contactedBy: 'parent_carer',
      decisionDate: '2025-12-15',
      firstContactDate: '2026-01-05',
      appealMatters: ['plan_needs_b'],
      people: [
        { role: 'parent_carer', fullName: 'Priya Patel', phone: '020 7946 0002' },
        { role: 'child', fullName: 'Ravi Patel' },
      ],
      note: 'Called about section B.',
    });
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    const d = res.data as Detail & { people: { fullName: string }[]; notes: { body: string }[] };
    expect(d.reference).toMatch(/^MED-2026-\d{4}$/);
    expect(d.case.assigneeId).toBe(caseworker.id);
    expect(d.people.map((p) => p.fullName).sort()).toEqual(['Priya Patel', 'Ravi Patel']);
    expect(d.notes.map((n) => n.body)).toEqual(['Called about section B.']);
    const appeal = d.deadlines.find((x) => x.key === 'appeal');
    expect(appeal?.date).toBe('2026-02-16');
    expect(appeal?.explanation).toContain('Monday 15 December 2025');
    expect(d.deadlines.find((x) => x.key === 'adviser_contact')).toBeDefined();
    const step = d.nextSteps.find((s) => s.to === 'information_given');
    expect(step?.ready).toBe(true);
  });

  it('refuses a decision date in the future, naming the field', async () => {
    const res = await as(caseworker, 'cases.create', {
      track: 'mediation',
      decisionDate: '2026-02-01',
      people: [{ role: 'parent_carer', fullName: 'Sam Future' }],
    });
    expect(res.status).toBe(400);
    expect(res.error?.message).toContain('cannot be in the future');
    expect(res.error?.data?.fieldErrors).toEqual([
      { path: 'decisionDate', message: 'The date on the decision letter cannot be in the future.' },
    ]);
  });

  it('explains bad input without internals', async () => {
    const res = await as(caseworker, 'cases.create', {
      track: 'appeal',
      decisionDate: '2025-02-30',
      people: [{ role: 'parent_carer', fullName: '' }],
    });
    expect(res.status).toBe(400);
    const paths = (res.error?.data?.fieldErrors as { path: string }[]).map((f) => f.path).sort();
    expect(paths).toEqual(['decisionDate', 'people.0.fullName', 'track']);
    expect(res.raw).not.toMatch(/stack|sql|select /i);
  });
});

describe('cases.transition', () => {
  it('refuses a move with missing facts (400 naming them), then allows it with them', async () => {
    const row = await makeCase(t, { assigneeId: caseworker.id });
    const refused = await as(caseworker, 'cases.transition', {
      id: row.id,
      from: 'enquiry',
      to: 'information_given',
    });
    expect(refused.status).toBe(400);
    expect(refused.error?.message).toContain('the date on the decision letter');
    expect(
      (refused.error?.data?.fieldErrors as { path: string }[]).map((f) => f.path).sort(),
    ).toEqual(['facts.decisionDate', 'facts.firstContactDate']);

    const moved = await as(caseworker, 'cases.transition', {
      id: row.id,
      from: 'enquiry',
      to: 'information_given',
      facts: { decisionDate: '2025-12-01', firstContactDate: '2026-01-02' },
    });
    expect(moved.status, moved.raw.slice(0, 300)).toBe(200);
    const d = moved.data as Detail;
    expect(d.case.state).toBe('information_given');
    expect(d.deadlines.some((x) => x.key === 'appeal')).toBe(true);

    const timeline = (await as(caseworker, 'cases.get', { id: row.id })).data as Detail;
    expect(timeline.events.find((e) => e.kind === 'transition')).toMatchObject({
      toState: 'information_given',
    });
    const audit = await listAudit(t.db, { entityId: row.id, action: 'case.transition' });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]!.detail).toEqual({ from: 'enquiry', to: 'information_given' });
  });

  it('refuses a move the lifecycle does not have, and a stale form', async () => {
    const row = await makeCase(t, { assigneeId: caseworker.id });
    const jump = await as(caseworker, 'cases.transition', { id: row.id, to: 'mediation_held' });
    expect(jump.status).toBe(400);
    expect(jump.error?.message).toContain('cannot move to');
    const stale = await as(caseworker, 'cases.transition', {
      id: row.id,
      from: 'mediation_requested',
      to: 'withdrawn',
    });
    expect(stale.status).toBe(409);
    const old = await as(caseworker, 'cases.update', {
      id: row.id,
      expectedVersion: 99,
      patch: { healthIssues: true },
    });
    expect(old.status).toBe(409);
    expect(old.error?.message).toContain('Someone else changed this case');
  });

  it('refuses mediation ending before it started', async () => {
    const row = await makeCase(t, {
      state: 'mediation_arranged',
      mediationDate: '2026-01-02',
      assigneeId: caseworker.id,
    });
    const res = await as(caseworker, 'cases.transition', {
      id: row.id,
      to: 'mediation_held',
      facts: { mediationEndedDate: '2025-12-30' },
    });
    expect(res.status).toBe(400);
    expect(res.error?.data?.fieldErrors).toEqual([
      {
        path: 'facts.mediationEndedDate',
        message: 'The date the mediation ended cannot be before the mediation date.',
      },
    ]);
  });
});

describe('who may touch which case', () => {
  // Every procedure that names a case, with an input for a case `id` and a person `p` on it.
  type Input = (id: string, p: string) => unknown;
  const reads: [string, Input][] = [['cases.get', (id) => ({ id })]];
  const changes: [string, Input][] = [
    ['cases.update', (id) => ({ id, patch: { healthIssues: true } })],
    ['cases.transition', (id) => ({ id, to: 'withdrawn' })],
    ['cases.addNote', (caseId) => ({ caseId, body: 'x' })],
    ['cases.addPerson', (caseId) => ({ caseId, person: { role: 'child', fullName: 'Kid' } })],
    [
      'cases.updatePerson',
      (caseId, personId) => ({ caseId, personId, patch: { phone: '0123 456789' } }),
    ],
    ['cases.removePerson', (caseId, personId) => ({ caseId, personId })],
    ['certificates.issue', (caseId) => ({ caseId })],
  ];
  // Case procedures with rules of their own, tested elsewhere in this file or in the matrix.
  const elsewhere = [
    'cases.list',
    'cases.create',
    'cases.assign',
    'cases.exportSubjectData',
    'cases.erase',
  ];

  it('covers every case procedure', () => {
    const all = Object.keys(appRouter._def.procedures).filter((p) => p.startsWith('cases.'));
    const covered = [...reads, ...changes].map(([p]) => p).filter((p) => p.startsWith('cases.'));
    expect([...covered, ...elsewhere].sort()).toEqual(all.sort());
  });

  async function caseOf(owner: StaffUser) {
    const row = await declinedCase(t, owner.id);
    return { id: row.id, personId: (await listPeople(t.db, row.id))[0]!.id };
  }

  it("refuses another caseworker's case (403) for every change, reads are allowed", async () => {
    const row = await caseOf(other);
    for (const [path, input] of changes) {
      const res = await as(caseworker, path, input(row.id, row.personId));
      expect(res.status, `${path}: ${res.raw.slice(0, 200)}`).toBe(403);
      expect(res.error?.message).toContain('assigned to another caseworker');
    }
    for (const [path, input] of reads) {
      expect((await as(caseworker, path, input(row.id, row.personId))).status, path).toBe(200);
    }
    const denied = await listAudit(t.db, { entityId: row.id, action: 'access.denied' });
    expect(denied.items.length).toBe(changes.length);
  });

  it('answers 404 to a mediator for a case not assigned to them, for reads and changes', async () => {
    const row = await caseOf(other);
    for (const [path, input] of [...reads, ...changes]) {
      const res = await as(mediator, path, input(row.id, row.personId));
      expect(res.status, `${path}: ${res.raw.slice(0, 200)}`).toBe(404);
    }
    const list = await as(mediator, 'cases.list', { limit: 200 });
    expect((list.data as { items: { id: string }[] }).items.map((i) => i.id)).not.toContain(row.id);
  });

  it('lets a mediator work on a case assigned to them, and a caseworker on an unassigned one', async () => {
    const mine = await caseOf(mediator);
    for (const [path, input] of changes.filter(([p]) => p !== 'cases.transition')) {
      const res = await as(mediator, path, input(mine.id, mine.personId));
      expect(res.status, `${path}: ${res.raw.slice(0, 200)}`).toBe(200);
    }
    const list = await as(mediator, 'cases.list', { limit: 200 });
    expect((list.data as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([mine.id]);
    const free = await makeCase(t, { assigneeId: null });
    expect((await as(caseworker, 'cases.addNote', { caseId: free.id, body: 'ok' })).status).toBe(
      200,
    );
  });

  it('lets a viewer read but not change', async () => {
    const row = await makeCase(t, { assigneeId: other.id });
    expect((await as(viewer, 'cases.get', { id: row.id })).status).toBe(200);
    expect((await as(viewer, 'cases.addNote', { caseId: row.id, body: 'x' })).status).toBe(403);
  });

  it('lets a caseworker take an unassigned case only for themself; an admin assigns anyone', async () => {
    const free = await makeCase(t, { assigneeId: null });
    expect(
      (await as(caseworker, 'cases.assign', { id: free.id, assigneeId: other.id })).status,
    ).toBe(403);
    const took = await as(caseworker, 'cases.assign', { id: free.id, assigneeId: caseworker.id });
    expect(took.status).toBe(200);
    expect((await as(other, 'cases.assign', { id: free.id, assigneeId: other.id })).status).toBe(
      403,
    );
    expect((await as(admin, 'cases.assign', { id: free.id, assigneeId: mediator.id })).status).toBe(
      200,
    );
    expect((await as(admin, 'cases.assign', { id: free.id, assigneeId: viewer.id })).status).toBe(
      400,
    );
    const events = (await as(admin, 'cases.get', { id: free.id })).data as Detail;
    expect(events.events.filter((e) => e.kind === 'assigned')).toHaveLength(2);
  });
});

describe('cases.list', () => {
  it('finds by reference or name, filters, and keeps the search text out of the audit log', async () => {
    const row = await makeCase(t, {
      assigneeId: other.id,
      people: [{ role: 'parent_carer', fullName: 'Zebedee Quartermaine' }],
    });
    const byName = await as(viewer, 'cases.list', { q: 'quarterm', withTotal: true });
    expect(
      (byName.data as { items: { id: string }[]; total: number }).items.map((i) => i.id),
    ).toEqual([row.id]);
    const byRef = await as(viewer, 'cases.list', { q: row.reference });
    expect((byRef.data as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([row.id]);
    const mine = await as(other, 'cases.list', { assigneeId: 'me', open: true, limit: 200 });
    expect((mine.data as { items: { id: string }[] }).items.map((i) => i.id)).toContain(row.id);
    const audit = await listAudit(t.db, { action: 'case.list', limit: 5 });
    expect(JSON.stringify(audit.items)).not.toMatch(/quarterm|Zebedee/i);
    const short = await as(viewer, 'cases.list', { q: 'z' });
    expect(short.status).toBe(400);
  });

  it('filters by deadline window with the next deadline on each row', async () => {
    // Declined on 2 Jan 2026: the R4 certificate was due Wednesday 7 January.
    const row = await declinedCase(t, admin.id);
    const soon = await as(admin, 'cases.list', { deadlineWithin: '7', assigneeId: 'me' });
    const items = (soon.data as { items: { id: string; nextDeadline: { key: string } }[] }).items;
    expect(items.map((i) => i.id)).toEqual([row.id]);
    expect(items[0]!.nextDeadline.key).toBe('certificate_after_decline');
    setClock('2026-01-12T10:00:00Z');
    const overdue = await as(admin, 'cases.list', { deadlineWithin: 'overdue', assigneeId: 'me' });
    expect((overdue.data as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([row.id]);
    setClock('2026-01-05T10:00:00Z');
  });
});

describe('audit of reads and changes', () => {
  it('writes an audit row for each case read and change: ids and actions only', async () => {
    const row = await makeCase(t, {
      assigneeId: caseworker.id,
      people: [{ role: 'parent_carer', fullName: 'Audit Person', email: 'audit@family.test' }],
    });
    await as(caseworker, 'cases.get', { id: row.id });
    await as(caseworker, 'cases.addNote', { caseId: row.id, body: 'Private words here' });
    await as(caseworker, 'cases.update', { id: row.id, patch: { decisionDate: '2025-12-01' } });
    const items = (await listAudit(t.db, { actorId: caseworker.id, limit: 20 })).items;
    const forCase = items.filter(
      (a) => a.entityId === row.id || (a.detail as { caseId?: string } | null)?.caseId === row.id,
    );
    expect(forCase.map((a) => a.action).sort()).toEqual(
      ['case.read', 'case.update', 'note.create'].sort(),
    );
    expect(JSON.stringify(forCase)).not.toMatch(/Audit Person|audit@family|Private words/);
  });
});

describe('subject access and erasure (admin)', () => {
  it('exports one person as JSON and erases them, keeping the case', async () => {
    const row = await makeCase(t, {
      assigneeId: null,
      people: [
        { role: 'parent_carer', fullName: 'Erin Erase', email: 'erin@family.test' },
        { role: 'child', fullName: 'Child Erase' },
      ],
    });
    const detail = (await as(admin, 'cases.get', { id: row.id })).data as {
      people: { id: string; fullName: string }[];
    };
    const erin = detail.people.find((p) => p.fullName === 'Erin Erase')!;
    const exp = await as(admin, 'cases.exportSubjectData', { id: row.id, personId: erin.id });
    expect(exp.status).toBe(200);
    const data = exp.data as { format: string; people: { fullName: string }[] };
    expect(data.format).toBe('sen-subject-access-export');
    expect(data.people.map((p) => p.fullName)).toEqual(['Erin Erase']);
    expect((await as(caseworker, 'cases.exportSubjectData', { id: row.id })).status).toBe(403);

    const wrong = await as(admin, 'cases.erase', {
      id: row.id,
      personId: erin.id,
      confirmReference: 'MED-1',
    });
    expect(wrong.status).toBe(400);
    const erased = await as(admin, 'cases.erase', {
      id: row.id,
      personId: erin.id,
      confirmReference: row.reference.toLowerCase(),
    });
    expect(erased.status, erased.raw.slice(0, 200)).toBe(200);
    expect(erased.data).toMatchObject({ people: 1, cases: 0, casesToReview: [row.id] });
    const after = (await as(admin, 'cases.get', { id: row.id })).data as {
      people: { fullName: string }[];
    };
    expect(after.people.map((p) => p.fullName)).toEqual(['Child Erase']);

    const whole = await as(admin, 'cases.erase', { id: row.id, confirmReference: row.reference });
    expect(whole.data).toMatchObject({ cases: 1 });
    expect((await as(admin, 'cases.get', { id: row.id })).status).toBe(404);
  });

  it('erases a whole case and only that case, even when its family is on another', async () => {
    const sharedPhone = { fullName: 'Sam Shared', phone: '020 7946 0999' };
    const one = await makeCase(t, { people: [{ role: 'parent_carer', ...sharedPhone }] });
    const two = await makeCase(t, { people: [{ role: 'parent_carer', ...sharedPhone }] });
    const wrong = await as(admin, 'cases.erase', { id: one.id, confirmReference: two.reference });
    expect(wrong.status).toBe(400);
    const ok = await as(admin, 'cases.erase', { id: one.id, confirmReference: one.reference });
    expect(ok.status, ok.raw.slice(0, 200)).toBe(200);
    expect(ok.data).toMatchObject({ reference: one.reference, cases: 1 });
    expect((await as(admin, 'cases.get', { id: one.id })).status).toBe(404);
    expect((await as(admin, 'cases.get', { id: two.id })).status).toBe(200);
    const audit = await listAudit(t.db, { action: 'case.delete', entityId: one.id });
    expect(audit.items).toHaveLength(1);
    // A case with nobody recorded on it can be erased too.
    const empty = await makeCase(t, { people: [] });
    const gone = await as(admin, 'cases.erase', {
      id: empty.id,
      confirmReference: empty.reference,
    });
    expect(gone.status).toBe(200);
  });
});
