import type { Redis } from 'ioredis';
import type { Clock } from '../lib/clock';
import { decide, windowOf, type RateLimiter } from './rate-limit';

/** Fixed-window counters in Redis: INCR and PEXPIRE in one round trip (for
 * one key or several). */
export function createRedisRateLimiter(redis: Redis, clock: Clock): RateLimiter {
  return {
    async hit(key, rule) {
      const now = clock.now().getTime();
      const w = windowOf(now, rule.windowMs);
      const k = `sen:rl:${key}:${w.start}`;
      const res = await redis
        .multi()
        .incr(k)
        .pexpire(k, rule.windowMs + 1000)
        .exec();
      const count = Number(res?.[0]?.[1] ?? 0);
      return decide(count, rule, now, w.end);
    },
    async hitMany(hits) {
      const now = clock.now().getTime();
      const multi = redis.multi();
      const windows = hits.map(({ key, rule }) => {
        const w = windowOf(now, rule.windowMs);
        const k = `sen:rl:${key}:${w.start}`;
        multi.incr(k).pexpire(k, rule.windowMs + 1000);
        return w;
      });
      const res = await multi.exec();
      return hits.map(({ rule }, i) =>
        decide(Number(res?.[i * 2]?.[1] ?? 0), rule, now, windows[i]!.end),
      );
    },
  };
}
