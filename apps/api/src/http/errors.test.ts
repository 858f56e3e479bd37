import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, HOST_ORIGIN } from '../testing/fixtures';
import {
  callTrpc,
  createStaff,
  createTestApp,
  ORIGIN,
  sessionCookie,
  type TestApp,
} from '../testing/harness';

// Internals a failing request must never show: stack frames, SQL, driver names, file paths.
const LEAKS =
  /\bat [\w.<>]+ \(|\.ts:\d+|select |insert |from "|pglite|postgres|drizzle|ECONNREFUSED|https?:\/\/(?!desk\.test)[\w.-]+\/v1|stack/i;

let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await createTestApp();
  await createTestSite(t.db, t.clock.now());
  cookie = await sessionCookie(t, (await createStaff(t, 'admin')).id);
  // Every query from here on fails, as when the database is gone.
  const db = t.db as unknown as Record<string, unknown>;
  for (const m of ['select', 'insert', 'update', 'delete', 'execute', 'transaction']) {
    db[m] = () => {
      throw new Error(
        'select * from "users" failed: connect ECONNREFUSED 10.0.0.5:5432 (postgres)',
      );
    };
  }
});
afterAll(() => t.close());

describe('with the database failing, errors carry no internals', () => {
  it('tRPC: a generic 500', async () => {
    const res = await callTrpc(t, 'auth.login', {
      email: 'a@b.test',
      password: 'whatever-password',
    });
    expect(res.status).toBe(500);
    expect(res.error?.message).toBe('Something went wrong on our side. Please try again.');
    expect(res.raw).not.toMatch(LEAKS);
    const me = await callTrpc(t, 'auth.me', undefined, { cookie });
    expect(me.status).toBe(500);
    expect(me.raw).not.toMatch(LEAKS);
  });

  it('widget API: JSON error, no internals', async () => {
    const res = await t.app.request(`${ORIGIN}/api/widget/v1/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ siteKey: 'other-site', hostOrigin: HOST_ORIGIN }),
    });
    // The rate limiter cannot count a new chat: refused as "not now", with a time to retry.
    expect(res.status).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'unavailable' } });
    expect(text).not.toMatch(LEAKS);
  });

  it('health: 503 and says only which part is down', async () => {
    const res = await t.app.request(`${ORIGIN}/health`);
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ status: 'degraded', db: 'unavailable' });
    expect(text).not.toMatch(LEAKS);
  });
});
