import { hitRateLimit, hitRateLimits, type Db } from '@sen/db';
import type { Clock } from '../clock';
import type { RateDecision, RateLimiter } from './rate-limit';

const toDecision = (r: { allowed: boolean; retryAfterMs: number }): RateDecision => ({
  allowed: r.allowed,
  retryAfterSeconds: Math.max(1, Math.ceil(r.retryAfterMs / 1000)),
});

/** Counters in the shared database (one atomic upsert per hit, or per several keys): every instance sees the same. */
export function createDbRateLimiter(db: Db, clock: Clock): RateLimiter {
  return {
    async hit(key, rule) {
      return toDecision(await hitRateLimit(db, { key, ...rule, now: clock.now() }));
    },
    async hitMany(hits) {
      const results = await hitRateLimits(
        db,
        hits.map((h) => ({ key: h.key, ...h.rule })),
        clock.now(),
      );
      return results.map(toDecision);
    },
  };
}
