import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../raw-sql';
import { createTestDb, type TestDb } from '../testing/index';
import { hitRateLimit, hitRateLimits } from './rate-limits';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
const now = new Date('2026-03-02T10:00:00Z');
const at = (ms: number) => new Date(now.getTime() + ms);

describe('hitRateLimits', () => {
  it('counts several keys in one statement, each in its own window', async () => {
    const hits = [
      { key: 'conv', limit: 2, windowMs: 60_000 },
      { key: 'ip', limit: 3, windowMs: 10_000 },
    ];
    const first = await hitRateLimits(t.db, hits, at(0));
    expect(first.map((r) => r.allowed)).toEqual([true, true]);
    expect(first.map((r) => r.remaining)).toEqual([1, 2]);
    await hitRateLimits(t.db, hits, at(1_000));
    const third = await hitRateLimits(t.db, hits, at(2_000));
    expect(third.map((r) => r.allowed)).toEqual([false, true]);
    expect(third[0]!.retryAfterMs).toBe(58_000);
    expect(third[1]!.retryAfterMs).toBe(8_000);
    // The short window has reset; the long one has not.
    const later = await hitRateLimits(t.db, hits, at(11_000));
    expect(later.map((r) => r.allowed)).toEqual([false, true]);
    expect(later[1]!.remaining).toBe(2);
  });

  it('shares counters with hitRateLimit and keeps the input order', async () => {
    await hitRateLimit(t.db, { key: 'shared', limit: 5, windowMs: 60_000, now: at(0) });
    const [fresh, shared] = await hitRateLimits(
      t.db,
      [
        { key: 'fresh', limit: 5, windowMs: 60_000 },
        { key: 'shared', limit: 5, windowMs: 60_000 },
      ],
      at(1),
    );
    expect(fresh!.remaining).toBe(4);
    expect(shared!.remaining).toBe(3);
  });

  it('counts nothing for no entries, and entries naming one key as hits one after another', async () => {
    expect(await hitRateLimits(t.db, [], now)).toEqual([]);
    const ip = { key: 'many', limit: 3, windowMs: 60_000 };
    const other = { key: 'other', limit: 1, windowMs: 60_000 };
    const first = await hitRateLimits(t.db, [ip, other, ip], at(0));
    expect(first.map((r) => [r.allowed, r.remaining])).toEqual([
      [true, 2],
      [true, 0],
      [true, 1],
    ]);
    const second = await hitRateLimits(t.db, [ip, ip, other], at(1_000));
    expect(second.map((r) => [r.allowed, r.remaining])).toEqual([
      [true, 0],
      [false, 0],
      [false, 0],
    ]);
    expect(second[1]!.retryAfterMs).toBe(59_000);
    // After the window, a batch starts a new one from 1.
    const fresh = await hitRateLimits(t.db, [ip, ip], at(61_000));
    expect(fresh.map((r) => r.remaining)).toEqual([2, 1]);
  });
});

describe('hitRateLimits under concurrency (PostgreSQL)', () => {
  // Two statements upserting the same keys in opposite orders can each lock one row and wait
  // for the other's: PostgreSQL then kills one with "deadlock detected" (a 500 for a request).
  // The API batches the hits of concurrent requests, so such pairs happen under load. A third
  // connection holds key A so both statements are queued on it, the [A, B] one first; when it
  // lets go, [A, B] takes A while [B, A] (if it locked B first) waits for A: a cycle.
  it('locks the rows in one order, so batches naming keys the other way round cannot deadlock', async (ctx) => {
    if (!t.url) return ctx.skip('PGlite runs one statement at a time');
    const a = { key: 'lock-a', limit: 100, windowMs: 60_000 };
    const b = { key: 'lock-b', limit: 100, windowMs: 60_000 };
    await hitRateLimits(t.db, [a, b], at(0));
    const holder = new pg.Client({ connectionString: t.url });
    await holder.connect();
    const waiting = async (n: number) => {
      // Generous: on a loaded machine a statement can take a while to reach the server.
      for (const until = Date.now() + 15_000; Date.now() < until;) {
        // Asked on another connection: inside the holder's transaction the view is a snapshot.
        const [row] = await queryRows<{ n: number }>(
          t.db,
          sql`select count(*)::int as n from pg_stat_activity
              where datname = current_database() and wait_event_type = 'Lock'`,
        );
        if (row!.n >= n) return;
        await new Promise((r) => setTimeout(r, 25));
      }
      throw new Error(`never saw ${n} statements waiting for a lock`);
    };
    try {
      await holder.query('begin');
      await holder.query(`select 1 from rate_limits where key = 'lock-a' for update`);
      const outcome = (p: Promise<unknown>) =>
        p.then(
          () => 'ok',
          (error: unknown) => String((error as { cause?: unknown }).cause ?? error),
        );
      const first = outcome(hitRateLimits(t.db, [a, b], at(1)));
      await waiting(1);
      const second = outcome(hitRateLimits(t.db, [b, a], at(2)));
      await waiting(2);
      await holder.query('commit');
      expect(await Promise.all([first, second])).toEqual(['ok', 'ok']);
    } finally {
      await holder.end();
    }
  });
});
