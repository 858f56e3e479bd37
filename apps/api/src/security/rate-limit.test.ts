import { Redis } from 'ioredis';
import { createTestDb, type TestDb } from '@sen/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeClock } from '../lib/clock';
import { testEnv } from '../testing/env';
import { hitAll, rateKey, type RateLimiter } from './rate-limit';
import { createDbRateLimiter } from './rate-limit-db';
import { createRedisRateLimiter } from './rate-limit-redis';

const rule = { limit: 3, windowMs: 60_000 };

function behavesAsAFixedWindow(
  make: () => { limiter: RateLimiter; clock: ReturnType<typeof fakeClock> },
) {
  it('allows the limit, refuses past it with Retry-After, and resets after the window', async () => {
    const { limiter, clock } = make();
    const key = rateKey('test', crypto.randomUUID());
    for (let i = 0; i < 3; i++) expect((await limiter.hit(key, rule)).allowed).toBe(true);
    const refused = await limiter.hit(key, rule);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    clock.advance(61_000);
    expect((await limiter.hit(key, rule)).allowed).toBe(true);
  });

  it('keeps keys apart', async () => {
    const { limiter } = make();
    const a = rateKey('test', crypto.randomUUID());
    const b = rateKey('test', crypto.randomUUID());
    for (let i = 0; i < 4; i++) await limiter.hit(a, rule);
    expect((await limiter.hit(b, rule)).allowed).toBe(true);
  });

  it('counts several keys at once, each against its own rule, sharing counters with hit()', async () => {
    const { limiter } = make();
    const tight = {
      key: rateKey('test', crypto.randomUUID()),
      rule: { limit: 1, windowMs: 60_000 },
    };
    const loose = { key: rateKey('test', crypto.randomUUID()), rule };
    expect((await hitAll(limiter, [tight, loose])).allowed).toBe(true);
    const refused = await hitAll(limiter, [loose, tight]);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThan(0);
    // The refused call still counted the loose key: this is its third hit of three.
    expect((await limiter.hit(loose.key, rule)).allowed).toBe(true);
    expect((await limiter.hit(loose.key, rule)).allowed).toBe(false);
  });
}

it('hitAll falls back to one hit per key for a limiter without hitMany', async () => {
  const seen: string[] = [];
  const limiter: RateLimiter = {
    hit: async (key) => {
      seen.push(key);
      return { allowed: key !== 'b', retryAfterSeconds: key === 'b' ? 30 : 5 };
    },
  };
  expect(
    await hitAll(limiter, [
      { key: 'a', rule },
      { key: 'b', rule },
    ]),
  ).toEqual({
    allowed: false,
    retryAfterSeconds: 30,
  });
  expect(await hitAll(limiter, [{ key: 'a', rule }])).toEqual({
    allowed: true,
    retryAfterSeconds: 5,
  });
  expect(seen).toEqual(['a', 'b', 'a']);
});

describe('database rate limiter', () => {
  let db: TestDb;
  const clock = fakeClock();
  beforeAll(async () => {
    db = await createTestDb();
  });
  afterAll(() => db.close());
  behavesAsAFixedWindow(() => ({ limiter: createDbRateLimiter(db.db, clock), clock }));
});

const redisSkip = testEnv.redisUrl ? false : 'set TEST_REDIS_URL to run the Redis rate-limit tests';
describe.skipIf(redisSkip)('Redis rate limiter', () => {
  let redis: Redis;
  const clock = fakeClock(new Date());
  beforeAll(() => {
    redis = new Redis(testEnv.redisUrl!);
  });
  afterAll(() => redis?.disconnect());
  behavesAsAFixedWindow(() => ({ limiter: createRedisRateLimiter(redis, clock), clock }));
});

it('never puts the raw value in a key', () => {
  expect(rateKey('login', 'someone@example.org')).not.toMatch(/someone|example/);
});
