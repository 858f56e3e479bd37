import type { Logger } from '../lib/logger';
import { errorSummary } from '../lib/logger';
import type { RateLimiter, RateLimiterStatus } from './rate-limit';

/**
 * Redis first, the database when Redis is down. With REDIS_URL set and Redis gone, every
 * rate-limited request (new chats, triage, staff sign-in) used to fail with a 500 while /health
 * said ok; now counting moves to the database (one log line when it does, one when it moves
 * back) and /health reports `degraded` with the reason. Counters restart in the other store at a
 * switch: for a minute or so a client may get up to twice its limit, never less.
 */
export function createFailoverRateLimiter(o: {
  primary: RateLimiter;
  fallback: RateLimiter;
  /** False while the primary is not connected: it is not even tried (no wait per request). */
  primaryReady: () => boolean;
  /** Resolves when the primary answers (Redis PING); used to notice it is back with no traffic. */
  probe: () => Promise<unknown>;
  logger: Logger;
}): RateLimiter {
  let down: string | null = null;
  let probing: Promise<void> | null = null;

  const fellBack = (reason: string) => {
    if (down === null) {
      o.logger.warn(
        { reason },
        'redis unavailable: rate limits are counted in the database until it is back',
      );
    }
    down = reason;
  };
  const recovered = () => {
    if (down !== null) o.logger.info('redis is back: rate limits are counted in redis again');
    down = null;
  };

  async function route<T>(viaPrimary: () => Promise<T>, viaFallback: () => Promise<T>) {
    if (!o.primaryReady()) {
      fellBack('not connected to redis');
      return viaFallback();
    }
    try {
      const result = await viaPrimary();
      recovered();
      return result;
    } catch (error) {
      if (down === null) o.logger.warn({ err: errorSummary(error) }, 'redis command failed');
      fellBack('redis commands failing');
      return viaFallback();
    }
  }

  return {
    hit: (key, rule) =>
      route(
        () => o.primary.hit(key, rule),
        () => o.fallback.hit(key, rule),
      ),
    hitMany: (hits) =>
      route(
        () =>
          o.primary.hitMany
            ? o.primary.hitMany(hits)
            : Promise.all(hits.map((h) => o.primary.hit(h.key, h.rule))),
        () =>
          o.fallback.hitMany
            ? o.fallback.hitMany(hits)
            : Promise.all(hits.map((h) => o.fallback.hit(h.key, h.rule))),
      ),
    status(): RateLimiterStatus {
      // Not connected now counts as down even before a request has noticed.
      if (down === null && !o.primaryReady()) fellBack('not connected to redis');
      // Connected again: one PING decides (the answer shows at the next status call).
      if (down !== null && o.primaryReady() && !probing) {
        probing = o
          .probe()
          .then(recovered, () => undefined)
          .finally(() => (probing = null));
      }
      return down === null
        ? { store: 'redis' }
        : {
            store: 'database',
            degraded: `redis unavailable (${down}): rate limits are counted in the database`,
          };
    },
  };
}
