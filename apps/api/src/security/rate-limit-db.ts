import { hitRateLimits, type Db } from '@sen/db';
import { createBatcher } from '../lib/batch';
import type { Clock } from '../lib/clock';
import type { RateDecision, RateLimiter, RateRule } from './rate-limit';

const toDecision = (r: {
  allowed: boolean;
  retryAfterMs: number;
  count: number;
}): RateDecision => ({
  allowed: r.allowed,
  count: r.count,
  retryAfterSeconds: Math.max(1, Math.ceil(r.retryAfterMs / 1000)),
});

/** Counters in the shared database (one atomic upsert for all the hits
 * of the requests arriving together): every instance sees the same. */
export function createDbRateLimiter(db: Db, clock: Clock): RateLimiter {
  // Hits from concurrent requests share one upsert (each still counted, atomically per key).
  const hitOne = createBatcher((hits: { key: string; rule: RateRule }[]) =>
    hitRateLimits(
      db,
      hits.map((h) => ({ key: h.key, ...h.rule })),
      clock.now(),
    ).then((results) => results.map(toDecision)),
  );
  return {
    hit: (key, rule) => hitOne({ key, rule }),
    hitMany: (hits) => Promise.all(hits.map(hitOne)),
  };
}
