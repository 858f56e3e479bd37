import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DbHandle } from '../client';
import { createTestDb, type TestDb } from '../testing/index';
import {
  claimNotifications,
  markNotificationFailed,
  markNotificationSent,
  queueNotifications,
} from './notifications';
import { createUser } from './users';

let t: TestDb;
let other: DbHandle | null = null;
const now = new Date('2026-03-02T10:00:00Z');

beforeAll(async () => {
  t = await createTestDb();
  // On PostgreSQL, a second pool claims at the same time, as another instance would.
  if (t.url) other = await openDatabase({ url: t.url, poolSize: 4 });
});
afterAll(async () => {
  await other?.close();
  await t.close();
});

describe('the notification outbox', () => {
  it('queues an event once per recipient however often it is queued', async () => {
    const user = await createUser(
      t.db,
      { email: 'once@desk.test', name: 'Once', role: 'caseworker', passwordHash: 'x' },
      { now, actorKind: 'system' },
    );
    const input = {
      kind: 'callback_new' as const,
      eventKey: 'callback_new:once',
      now,
      rows: [{ recipientId: user.id, payload: { reference: 'MED-2026-0001' } }],
    };
    expect(await queueNotifications(t.db, input)).toBe(1);
    expect(await queueNotifications(t.db, input)).toBe(0);
    const claimed = await claimNotifications(t.db, { now });
    expect(claimed.filter((c) => c.eventKey === 'callback_new:once')).toHaveLength(1);
    for (const c of claimed) await markNotificationSent(t.db, c.id, now);
  });

  it('gives each due notification to exactly one of several concurrent claimers', async () => {
    const users = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        createUser(
          t.db,
          { email: `c${i}@desk.test`, name: `C ${i}`, role: 'caseworker', passwordHash: 'x' },
          { now, actorKind: 'system' },
        ),
      ),
    );
    await queueNotifications(t.db, {
      kind: 'callback_new',
      eventKey: 'callback_new:many',
      now,
      rows: users.map((u) => ({ recipientId: u.id, payload: { reference: 'MED-2026-0002' } })),
    });
    const dbs = [t.db, other?.db ?? t.db];
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, i) => claimNotifications(dbs[i % 2]!, { now, limit: 7 })),
    );
    const ids = claims.flat().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Claimed rows are leased: not claimable again until the lease lapses.
    const again = await claimNotifications(t.db, { now, limit: 100 });
    expect(again.filter((c) => ids.includes(c.id))).toEqual([]);
    const all = [...ids, ...again.map((c) => c.id)];
    expect(all).toHaveLength(40);
    // A sender that died: its rows come back once the lease has passed.
    const later = new Date(now.getTime() + 10 * 60_000);
    const reclaimed = await claimNotifications(t.db, { now: later, limit: 100 });
    expect(reclaimed).toHaveLength(40);
    expect(reclaimed.every((c) => c.attempts === 2)).toBe(true);
    // A failure waits for its retry time.
    await markNotificationFailed(t.db, reclaimed[0]!.id, {
      error: '421 try later',
      retryAt: new Date(later.getTime() + 60_000),
    });
    for (const c of reclaimed.slice(1)) await markNotificationSent(t.db, c.id, later);
    expect(await claimNotifications(t.db, { now: later })).toEqual([]);
    const retried = await claimNotifications(t.db, { now: new Date(later.getTime() + 61_000) });
    expect(retried.map((c) => c.id)).toEqual([reclaimed[0]!.id]);
  });
});
