import { listAudit, listCallbacks, type StaffUser } from '@sen/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { callbackRequest } from '../../testing/cases';
import type { TestApp } from '../../testing/harness';
import { routerTest } from '../../testing/router-test';

const rt = routerTest({ caseworker: 'caseworker' });
const { as } = rt;

let t: TestApp;
let caseworker: StaffUser;

beforeAll(async () => {
  ({
    t,
    users: { caseworker },
  } = rt);
});

describe('callbacks', () => {
  it('takes a request, closes another, counts what is new, and audits without names', async () => {
    const a = await callbackRequest(t, 'First Caller');
    const b = await callbackRequest(t, 'Second Caller');
    expect((await as(caseworker, 'callbacks.newCount')).data).toEqual({ count: 2 });

    const taken = await as(caseworker, 'callbacks.setStatus', {
      id: a.callback.id,
      status: 'in_progress',
    });
    expect(taken.status).toBe(200);
    const done = await as(caseworker, 'callbacks.setStatus', { id: b.callback.id, status: 'done' });
    expect(done.status).toBe(200);
    expect((await listCallbacks(t.db, { status: 'in_progress' })).map((c) => c.id)).toEqual([
      a.callback.id,
    ]);
    expect((await as(caseworker, 'callbacks.newCount')).data).toEqual({ count: 0 });

    const audit = await listAudit(t.db, { actorId: caseworker.id, limit: 20 });
    expect(audit.items.map((x) => x.action)).toContain('callback.status');
    expect(JSON.stringify(audit.items)).not.toContain('Caller');
  });

  it('says clearly when a request does not exist', async () => {
    const bad = await as(caseworker, 'callbacks.setStatus', {
      id: crypto.randomUUID(),
      status: 'done',
    });
    expect(bad.status).toBe(404);
  });
});
