// Two API instances on one PostgreSQL database behave as one: sessions, rate limits and
// guidance updates are shared. Needs TEST_DATABASE_URL (CI sets it).
import { openDatabase, type DbHandle } from '@sen/db';
import { Redis } from 'ioredis';
import { createTestDb, type TestDb } from '@sen/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../http/app';
import { fakeClock } from '../lib/clock';
import type { AppDeps } from './deps';
import { createGuidanceRuntime } from '../services/guidance/runtime';
import { silentLogger } from '../lib/logger';
import { rateKey, type RateLimiter } from '../security/rate-limit';
import { createDbRateLimiter } from '../security/rate-limit-db';
import { createRedisRateLimiter } from '../security/rate-limit-redis';
import { testEnv } from '../testing/env';
import { createTestSite, HOST_ORIGIN, publishPage } from '../testing/fixtures';
import { callTrpc, cookieFrom, createStaff, ORIGIN, TEST_PASSWORD } from '../testing/harness';

const skip = testEnv.databaseUrl
  ? false
  : 'set TEST_DATABASE_URL to a PostgreSQL server to run the two-instance test';
if (skip) console.warn(`two-instances.test.ts skipped: ${skip}`);

describe.skipIf(skip)('two API instances on one PostgreSQL database', () => {
  let server: TestDb;
  let second: DbHandle;
  const clock = fakeClock();
  let a: { app: ReturnType<typeof createApp>; deps: AppDeps };
  let b: { app: ReturnType<typeof createApp>; deps: AppDeps };

  function instance(db: DbHandle['db'], pollMs: number) {
    const deps: AppDeps = {
      db,
      clock,
      logger: silentLogger,
      rateLimiter: createDbRateLimiter(db, clock),
      guidance: createGuidanceRuntime({ db, clock, logger: silentLogger, llm: null, pollMs }),
      config: { publicUrl: null, trustProxy: false, consoleDir: null, widgetDir: null },
    };
    return { app: createApp(deps), deps };
  }

  beforeAll(async () => {
    server = await createTestDb();
    // A second, independent connection pool: as another process would have.
    second = await openDatabase({ url: server.url!, poolSize: 2 });
    a = instance(server.db, 200);
    b = instance(second.db, 200);
    await Promise.all([a.deps.guidance.refresh(), b.deps.guidance.refresh()]);
  });
  afterAll(async () => {
    a?.deps.guidance.close();
    b?.deps.guidance.close();
    await second?.close();
    await server?.close();
  });

  it('shares sessions: signed in on A, known on B; signed out on B, gone on A', async () => {
    const user = await createStaff({ db: server.db, clock }, 'caseworker');
    const login = await callTrpc(a, 'auth.login', { email: user.email, password: TEST_PASSWORD });
    const cookie = cookieFrom(login);
    expect((await callTrpc(b, 'auth.me', undefined, { cookie })).data).toMatchObject({
      user: { id: user.id },
    });
    await callTrpc(b, 'auth.logout', undefined, { cookie });
    expect((await callTrpc(a, 'auth.me', undefined, { cookie })).data).toBeNull();
  });

  it('shares rate limits: attempts on A and B count together', async () => {
    const user = await createStaff({ db: server.db, clock }, 'viewer');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const via = i % 2 === 0 ? a : b;
      statuses.push(
        (await callTrpc(via, 'auth.login', { email: user.email, password: `wrong ${i}` })).status,
      );
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
  });

  it.skipIf(!testEnv.redisUrl)('shares rate limits through Redis too (REDIS_URL)', async () => {
    const clients = [new Redis(testEnv.redisUrl!), new Redis(testEnv.redisUrl!)];
    try {
      const [ra, rb] = clients.map((r) => createRedisRateLimiter(r, clock)) as [
        RateLimiter,
        RateLimiter,
      ];
      const key = rateKey('two-instances', crypto.randomUUID());
      const rule = { limit: 4, windowMs: 60_000 };
      const results = [];
      for (let i = 0; i < 5; i++) results.push((await (i % 2 ? rb : ra).hit(key, rule)).allowed);
      expect(results).toEqual([true, true, true, true, false]);
    } finally {
      clients.forEach((r) => r.disconnect());
    }
  });

  it('shares guidance: published through A, cited by B within seconds', async () => {
    await createTestSite(server.db, clock.now());
    const start = await b.app.request(`${ORIGIN}/api/widget/v1/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ siteKey: 'test-site', hostOrigin: HOST_ORIGIN }),
    });
    const { conversationId, token } = (await start.json()) as {
      conversationId: string;
      token: string;
    };
    const ask = async () => {
      const res = await b.app.request(
        `${ORIGIN}/api/widget/v1/conversations/${conversationId}/messages`,
        {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            origin: ORIGIN,
            authorization: `Bearer ${token}`,
          },
          body: JSON.stringify({ text: 'Can I bring a friend to the mediation meeting?' }),
        },
      );
      expect(res.status).toBe(200);
      return (await res.json()) as { citations: { quote: string }[] };
    };
    expect(JSON.stringify(await ask())).not.toMatch(/supporter of your choice/);

    // Published "through A": A's database handle, as A's guidance router would.
    await publishPage(
      server.db,
      clock.now(),
      'who-can-come',
      'Who can come to mediation',
      '# Who can come\n\nYou can bring a friend or a supporter of your choice to the mediation meeting.\n',
    );
    const publishedAt = Date.now();
    let answer = await ask();
    while (
      !answer.citations.some((c) => /supporter of your choice/.test(c.quote)) &&
      Date.now() - publishedAt < 5_000
    ) {
      await new Promise((r) => setTimeout(r, 100));
      // The fake clock stands still, so without this a slow poll on a loaded machine would run
      // into the per-conversation message limit (12 a minute) and the retries would get 429s.
      clock.advance(60_000 / 12);
      answer = await ask();
    }
    expect(answer.citations.map((c) => c.quote).join('\n')).toMatch(/supporter of your choice/);
    expect(Date.now() - publishedAt).toBeLessThan(5_000);
  });

  it('shares taught questions: taught through A, answered by B within seconds, undone the same way', async () => {
    const user = await createStaff({ db: server.db, clock }, 'caseworker');
    const login = await callTrpc(a, 'auth.login', { email: user.email, password: TEST_PASSWORD });
    const cookie = cookieFrom(login);
    const short = 'Yes: someone from your family can come with you.';
    const asked = async () => {
      const text = [];
      for await (const ev of b.deps.guidance.answer(
        'could my sister come along to support me?',
        {},
      ))
        if (ev.type === 'done') text.push(ev.answer.text);
      return text.join('');
    };
    const until = async (want: boolean) => {
      const from = Date.now();
      while ((await asked()).startsWith(short) !== want && Date.now() - from < 5_000)
        await new Promise((r) => setTimeout(r, 100));
      return Date.now() - from;
    };
    expect(await asked()).not.toContain(short);
    const passages = await callTrpc(
      a,
      'taught.passages',
      { query: 'supporter of your choice' },
      {
        cookie,
      },
    );
    const passageId = (passages.data as { id: string; text: string }[]).find((p) =>
      p.text.includes('supporter of your choice'),
    )!.id;
    const taught = await callTrpc(
      a,
      'taught.teach',
      { question: 'Can my sister come along to support me?', passageId, answer: short },
      { cookie },
    );
    expect(taught.status, taught.raw).toBe(200);
    expect(await until(true)).toBeLessThan(5_000);
    const undo = await callTrpc(
      a,
      'taught.undo',
      { id: (taught.data as { id: string }).id },
      {
        cookie,
      },
    );
    expect(undo.status, undo.raw).toBe(200);
    expect(await until(false)).toBeLessThan(5_000);
  });
});
