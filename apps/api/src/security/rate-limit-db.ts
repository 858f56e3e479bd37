import { hitRateLimit, type Db } from '@sen/db';
import type { Clock } from '../clock';
import type { RateLimiter } from './rate-limit';

/** Counters in the shared database (one atomic upsert per hit): every instance sees the same. */
export function createDbRateLimiter(db: Db, clock: Clock): RateLimiter {
  return {
    async hit(key, rule) {
      const r = await hitRateLimit(db, { key, ...rule, now: clock.now() });
      return {
        allowed: r.allowed,
        retryAfterSeconds: Math.max(1, Math.ceil(r.retryAfterMs / 1000)),
      };
    },
  };
}
