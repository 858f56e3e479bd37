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

export async function purgeRateLimits(db: Db, olderThan: Date): Promise<void> {
  await db.delete(rateLimits).where(lt(rateLimits.windowStart, olderThan));
}
