import { listAudit, type StaffUser } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackRequest } from '../../testing/cases';
import {
  callTrpc,
  createStaff,
  createTestApp,
  sessionCookie,
  type TestApp,
} from '../../testing/harness';

let t: TestApp;
let caseworker: StaffUser;

async function as(user: StaffUser, path: string, input?: unknown) {
  return callTrpc(t, path, input, { cookie: await sessionCookie(t, user.id) });
}

beforeAll(async () => {
  t = await createTestApp();
  caseworker = await createStaff(t, 'caseworker');
});
afterAll(() => t.close());

describe('callbacks', () => {
  it('lists open requests, opens the linked case, and closes them', async () => {
    const a = await callbackRequest(t, 'First Caller');
    const b = await callbackRequest(t, 'Second Caller');
    const open = (await as(caseworker, 'callbacks.list')).data as {
      id: string;
      caseReference: string;
    }[];
    expect(open.map((c) => c.id).sort()).toEqual([a.callback.id, b.callback.id].sort());

    const opened = await as(caseworker, 'callbacks.openCase', { id: a.callback.id });
    expect(opened.data).toEqual({ caseId: a.caseId, reference: a.reference });
    const taken = (await as(caseworker, 'callbacks.list', { status: 'in_progress' })).data as {
      id: string;
    }[];
    expect(taken.map((c) => c.id)).toEqual([a.callback.id]);

    const done = await as(caseworker, 'callbacks.setStatus', { id: b.callback.id, status: 'done' });
    expect(done.status).toBe(200);
    const still = (await as(caseworker, 'callbacks.list')).data as { id: string }[];
    expect(still.map((c) => c.id)).toEqual([a.callback.id]);

    const audit = await listAudit(t.db, { actorId: caseworker.id, limit: 20 });
    const actions = audit.items.map((x) => x.action);
    expect(actions).toEqual(
      expect.arrayContaining(['callback.list', 'callback.open_case', 'callback.status']),
    );
    expect(JSON.stringify(audit.items)).not.toContain('Caller');
  });

  it('says clearly when a request does not exist', async () => {
    const res = await as(caseworker, 'callbacks.openCase', { id: crypto.randomUUID() });
    expect(res.status).toBe(404);
    expect(res.error?.message).toBe('We could not find that callback request.');
    const bad = await as(caseworker, 'callbacks.setStatus', {
      id: crypto.randomUUID(),
      status: 'done',
    });
    expect(bad.status).toBe(404);
  });
});
