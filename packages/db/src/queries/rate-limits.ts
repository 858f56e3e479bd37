import { lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { queryRows } from '../raw-sql';
import { rateLimits } from '../schema/index';

export interface RateLimitResult {
  allowed: boolean;
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
 * Counts one hit against each key in ONE statement (one round trip, atomic per key): what a
 * request limited several ways (per conversation and per address) costs. Results in input order;
 * keys must differ.
 */
export async function hitRateLimits(
  db: Db,
  hits: readonly RateLimitHit[],
  now: Date,
): Promise<RateLimitResult[]> {
  if (new Set(hits.map((h) => h.key)).size !== hits.length) {
    throw new Error('hitRateLimits: each key may be counted once per call');
  }
  if (hits.length === 0) return [];
  const at = now.toISOString();
  const rows = sql.join(
    hits.map(
      (h) =>
        sql`(${h.key}::text, ${new Date(now.getTime() - h.windowMs).toISOString()}::timestamptz)`,
    ),
    sql`, `,
  );
  const result = await queryRows<{ key: string; window_start: string | Date; count: number }>(
    db,
    sql`with h(key, cutoff) as (values ${rows})
        insert into ${rateLimits} (key, window_start, count)
        select h.key, ${at}::timestamptz, 1 from h
        on conflict (key) do update set
          window_start = case when ${rateLimits.windowStart} <= (select cutoff from h where h.key = excluded.key)
                              then excluded.window_start else ${rateLimits.windowStart} end,
          count = case when ${rateLimits.windowStart} <= (select cutoff from h where h.key = excluded.key)
                       then 1 else ${rateLimits.count} + 1 end
        returning key, window_start, count`,
  );
  const byKey = new Map(result.map((r) => [r.key, r]));
  return hits.map((h) => {
    const row = byKey.get(h.key)!;
    const count = Number(row.count);
    const start = new Date(row.window_start).getTime();
    return {
      allowed: count <= h.limit,
      remaining: Math.max(0, h.limit - count),
      retryAfterMs: Math.max(0, start + h.windowMs - now.getTime()),
    };
  });
}

export async function purgeRateLimits(db: Db, olderThan: Date): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, olderThan));
}
