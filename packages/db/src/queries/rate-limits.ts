import { lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { batchJson, queryRows } from '../raw-sql';
import { rateLimits } from '../schema/index';

export interface RateLimitResult {
  allowed: boolean;
  /** This hit's number in its window. */
  count: number;
  remaining: number;
  /** Milliseconds until the window resets (for Retry-After). */
  retryAfterMs: number;
}

/**
 * Counts one hit against `key` in a fixed window, atomically (one upsert), so every API instance
 * shares the same limit. Pass a hash of the client address as the key, never the address.
 */
export async function hitRateLimit(
  db: Db,
  input: { key: string; limit: number; windowMs: number; now: Date },
): Promise<RateLimitResult> {
  const windowStartCutoff = new Date(input.now.getTime() - input.windowMs);
  const [row] = await queryRows<{ window_start: string | Date; count: number }>(
    db,
    sql`insert into ${rateLimits} (key, window_start, count)
        values (${input.key}, ${input.now.toISOString()}::timestamptz, 1)
        on conflict (key) do update set
          window_start = case when ${rateLimits.windowStart} <= ${windowStartCutoff.toISOString()}::timestamptz
                              then excluded.window_start else ${rateLimits.windowStart} end,
          count = case when ${rateLimits.windowStart} <= ${windowStartCutoff.toISOString()}::timestamptz
                       then 1 else ${rateLimits.count} + 1 end
        returning window_start, count`,
  );
  const count = Number(row!.count);
  const start = new Date(row!.window_start).getTime();
  const retryAfterMs = Math.max(0, start + input.windowMs - input.now.getTime());
  return {
    allowed: count <= input.limit,
    count,
    remaining: Math.max(0, input.limit - count),
    retryAfterMs,
  };
}

export interface RateLimitHit {
  key: string;
  limit: number;
  windowMs: number;
}

/**
 * Counts one hit per entry in ONE statement (one round trip, atomic per key): what a request
 * limited several ways costs, or many requests counted together. Entries naming the same key
 * count as that many hits in a row (the first gets the lower count), exactly as if made one
 * after another at `now`; a key's window is the one its first entry gives. Results in input
 * order.
 */
export async function hitRateLimits(
  db: Db,
  hits: readonly RateLimitHit[],
  now: Date,
): Promise<RateLimitResult[]> {
  if (hits.length === 0) return [];
  const perKey = new Map<string, { windowMs: number; n: number }>();
  const nth = hits.map((h) => {
    const k = perKey.get(h.key) ?? { windowMs: h.windowMs, n: 0 };
    perKey.set(h.key, k);
    return k.n++;
  });
  const at = now.toISOString();
  // One jsonb parameter for the whole batch (binding many parameters costs more than the
  // upserts on embedded PGlite).
  const batch = batchJson(
    [...perKey].map(([key, k]) => ({
      key,
      cutoff: new Date(now.getTime() - k.windowMs).toISOString(),
      n: k.n,
    })),
  );
  // Rows are locked in key order: two concurrent batches naming the same keys in different
  // orders would otherwise each hold one row and wait for the other's (deadlock on PostgreSQL).
  const result = await queryRows<{ key: string; window_start: string | Date; count: number }>(
    db,
    sql`with h as (
          select * from jsonb_to_recordset(${batch}::jsonb) as h(key text, cutoff timestamptz, n int)
        )
        insert into ${rateLimits} (key, window_start, count)
        select h.key, ${at}::timestamptz, h.n from h order by h.key
        on conflict (key) do update set
          window_start = case when ${rateLimits.windowStart} <= (select cutoff from h where h.key = excluded.key)
                              then excluded.window_start else ${rateLimits.windowStart} end,
          count = case when ${rateLimits.windowStart} <= (select cutoff from h where h.key = excluded.key)
                       then excluded.count else ${rateLimits.count} + excluded.count end
        returning key, window_start, count`,
  );
  const byKey = new Map(result.map((r) => [r.key, r]));
  return hits.map((h, i) => {
    const row = byKey.get(h.key)!;
    const k = perKey.get(h.key)!;
    // The row holds the count after every entry for this key; this entry's is earlier by the
    // entries that came after it.
    const count = Number(row.count) - (k.n - 1 - nth[i]!);
    const start = new Date(row.window_start).getTime();
    return {
      allowed: count <= h.limit,
      count,
      remaining: Math.max(0, h.limit - count),
      retryAfterMs: Math.max(0, start + k.windowMs - now.getTime()),
    };
  });
}

export async function purgeRateLimits(db: Db, olderThan: Date): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, olderThan));
}
