import { describe, expect, it } from 'vitest';
import { createLogger } from '../lib/logger';
import { createFailoverRateLimiter } from './rate-limit-failover';
import type { RateLimiter } from './rate-limit';

const rule = { limit: 5, windowMs: 60_000 };

function fakeStore(name: string) {
  const calls: string[] = [];
  let failing = false;
  const limiter: RateLimiter = {
    hit: async (key) => {
      if (failing) throw new Error(`${name} command timed out`);
      calls.push(key);
      return { allowed: true, retryAfterSeconds: 60, count: calls.length };
    },
  };
  return { limiter, calls, fail: (f: boolean) => (failing = f) };
}

function setup() {
  const redis = fakeStore('redis');
  const db = fakeStore('db');
  let ready = true;
  const lines: { msg: string; level: number }[] = [];
  const logger = createLogger('info', {
    write: (line: string) => void lines.push(JSON.parse(line) as { msg: string; level: number }),
  });
  const limiter = createFailoverRateLimiter({
    primary: redis.limiter,
    fallback: db.limiter,
    primaryReady: () => ready,
    probe: async () => {
      if (!ready) throw new Error('not connected');
    },
    logger,
  });
  return { redis, db, limiter, lines, setReady: (r: boolean) => (ready = r) };
}

describe('rate limits: Redis first, the database while Redis is down', () => {
  it('counts in Redis while it is up', async () => {
    const s = setup();
    await s.limiter.hit('a', rule);
    expect(s.redis.calls).toEqual(['a']);
    expect(s.db.calls).toEqual([]);
    expect(s.limiter.status?.()).toEqual({ store: 'redis' });
  });

  it('falls back when Redis is not connected, logs it once, and says so to /health', async () => {
    const s = setup();
    s.setReady(false);
    for (const k of ['a', 'b', 'c']) await s.limiter.hit(k, rule);
    expect(s.db.calls).toEqual(['a', 'b', 'c']);
    expect(s.redis.calls).toEqual([]);
    expect(s.lines.filter((l) => /redis unavailable/.test(l.msg))).toHaveLength(1);
    expect(s.limiter.status?.()).toMatchObject({
      store: 'database',
      degraded: expect.stringMatching(/redis unavailable.*counted in the database/),
    });
  });

  it('falls back when a Redis command fails, and moves back when Redis answers again', async () => {
    const s = setup();
    s.redis.fail(true);
    const d = await s.limiter.hit('a', rule);
    expect(d.allowed).toBe(true);
    expect(s.db.calls).toEqual(['a']);
    s.redis.fail(false);
    await s.limiter.hit('b', rule);
    expect(s.redis.calls).toEqual(['b']);
    expect(s.limiter.status?.()).toEqual({ store: 'redis' });
    expect(s.lines.filter((l) => /redis is back/.test(l.msg))).toHaveLength(1);
  });

  it('notices Redis is back with no traffic (one PING when /health asks)', async () => {
    const s = setup();
    s.setReady(false);
    expect(s.limiter.status?.()).toMatchObject({ store: 'database' });
    s.setReady(true);
    s.limiter.status?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(s.limiter.status?.()).toEqual({ store: 'redis' });
  });

  it('hitMany goes to one store for the whole batch', async () => {
    const s = setup();
    s.setReady(false);
    const ds = await s.limiter.hitMany!([
      { key: 'x', rule },
      { key: 'y', rule },
    ]);
    expect(ds).toHaveLength(2);
    expect(s.db.calls).toEqual(['x', 'y']);
  });
});
