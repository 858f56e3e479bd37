// The fault suite (issue 15): what a family, staff and a load balancer see while part of the
// system is down, and that everything comes back without restarting the API.
//
// - database gone (PostgreSQL: the test's own database stops accepting connections)
// - database locked (PostgreSQL: another session holds the tables the widget and sign-in use)
// - Redis gone (REDIS_URL set; a redis-server this test starts and stops on a port of its own,
//   or, without the binary, a closed port)
// - slow storage on PGlite (simulated: a statement holds the single connection for seconds)
//
// The PostgreSQL parts run with TEST_DATABASE_URL (CI runs them from .ci/run) on a throwaway
// database that createTestDb creates and drops; the server itself is never stopped.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getSettings, openDatabase, updateSettings, type Db, type DbHandle } from '@sen/db';
import { createTestDb, type TestDb } from '@sen/db/testing';
import pg from 'pg';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../http/app';
import { BUSY_MESSAGE } from '../lib/busy';
import { startSystem, type StartedSystem } from './server';
import { testEnv } from '../testing/env';
import { createTestSite, HOST_ORIGIN } from '../testing/fixtures';
import {
  callTrpc,
  cookieFrom,
  createStaff,
  createTestApp,
  ORIGIN,
  TEST_PASSWORD,
  type TestApp,
} from '../testing/harness';

/** The number in the settings, and the configured fallback (SERVICE_PHONE). */
const PHONE = '020 7946 0123';
const FALLBACK_PHONE = '0800 123 4567';

const pgSkip = testEnv.databaseUrl ? false : 'set TEST_DATABASE_URL to run the PostgreSQL faults';
if (pgSkip) console.warn(`fault-suite.test.ts: PostgreSQL faults skipped (${pgSkip})`);

let widgetDir: string;
beforeAll(() => {
  const root = mkdtempSync(path.join(tmpdir(), 'sen-faults-'));
  widgetDir = path.join(root, 'widget');
  mkdirSync(widgetDir, { recursive: true });
  writeFileSync(path.join(widgetDir, 'loader.js'), 'console.log("loader")');
  writeFileSync(path.join(widgetDir, 'frame.html'), '<!doctype html><div id=app>chat</div>');
  return () => rmSync(root, { recursive: true, force: true });
});

// ---- what a family and staff see ----------------------------------------------------------

interface Family {
  conversationId: string;
  token: string;
}

type Request = (p: string, init?: RequestInit) => Promise<Response>;

const json = (body: unknown, extra: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: ORIGIN, ...extra },
  body: JSON.stringify(body),
});

async function timed(p: Promise<Response>) {
  const started = performance.now();
  const res = await p;
  const body = await res.text();
  return { res, body, ms: performance.now() - started };
}

const startChat = (request: Request) =>
  request('/api/widget/v1/conversations', json({ siteKey: 'test-site', hostOrigin: HOST_ORIGIN }));

async function openChat(request: Request): Promise<Family> {
  const res = await startChat(request);
  expect(res.status).toBe(201);
  return (await res.json()) as Family;
}

/** Every widget request a family's frame makes; what each answered and how long it took. */
async function familyRequests(request: Request, family: Family) {
  const bearer = { authorization: `Bearer ${family.token}` };
  return {
    loader: await timed(request('/widget/loader.js')),
    frame: await timed(
      request('/widget/frame?site=test-site', { headers: { referer: `${HOST_ORIGIN}/page` } }),
    ),
    officeHours: await timed(request('/api/widget/v1/office-hours')),
    strings: await timed(request('/api/widget/v1/strings/ur')),
    triage: await timed(request('/api/widget/v1/triage', json({ answers: {} }))),
    deadlines: await timed(
      request(
        '/api/widget/v1/deadlines',
        json({ calculation: 'appeal', dates: { decisionDate: '2026-01-05' } }),
      ),
    ),
    start: await timed(startChat(request)),
    message: await timed(
      request(
        `/api/widget/v1/conversations/${family.conversationId}/messages`,
        json({ text: 'What is mediation?' }, bearer),
      ),
    ),
    callback: await timed(
      request(
        '/api/widget/v1/callbacks',
        json(
          {
            conversationId: family.conversationId,
            name: 'A Parent',
            contactMethod: 'phone',
            phone: '07700 900123',
            description: 'About my son',
            consent: true,
          },
          bearer,
        ),
      ),
    ),
  };
}

/**
 * What must hold in every outage: the loader and frame load, the tools that need no database
 * work, office hours give the number, the chat's texts in each language load, and everything that would store something answers 503
 * with Retry-After and a sentence ending with the phone number, within `boundMs`.
 */
function expectFamilyDegraded(
  r: Awaited<ReturnType<typeof familyRequests>>,
  phone: string,
  boundMs: number,
) {
  expect(r.loader.res.status).toBe(200);
  expect(r.frame.res.status).toBe(200);
  expect(r.frame.body).toContain('chat');
  expect(r.officeHours.res.status).toBe(200);
  expect(JSON.parse(r.officeHours.body)).toMatchObject({ phone });
  // The chat's words in the family's language need no database (corrections as last read).
  expect(r.strings.res.status).toBe(200);
  expect(JSON.parse(r.strings.body)).toMatchObject({ language: 'ur', dir: 'rtl' });
  expect(r.triage.res.status).toBe(200);
  expect(JSON.parse(r.triage.body)).toMatchObject({ type: 'question' });
  expect(r.deadlines.res.status).toBe(200);
  expect(JSON.parse(r.deadlines.body).results.length).toBeGreaterThan(0);
  for (const write of [r.start, r.message, r.callback]) {
    expect(write.res.status, write.body).toBe(503);
    expect(Number(write.res.headers.get('retry-after'))).toBeGreaterThan(0);
    const error = (JSON.parse(write.body) as { error: { code: string; message: string } }).error;
    expect(error.code).toBe('unavailable');
    expect(error.message).toMatch(/try again/i);
    expect(error.message).toContain(phone);
  }
  for (const [name, x] of Object.entries(r)) expect(x.ms, name).toBeLessThan(boundMs);
}

async function expectStaffToldToRetry(t: Pick<TestApp, 'app'>, cookie: string, email: string) {
  for (const res of [
    await callTrpc(t, 'auth.me', undefined, { cookie }),
    await callTrpc(t, 'auth.login', { email, password: TEST_PASSWORD }),
  ]) {
    expect(res.status, res.raw).toBe(503);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(res.error?.message).toBe(BUSY_MESSAGE);
  }
}

async function expectHealth(request: Request, status: number, body: Record<string, unknown>) {
  const { res, body: text, ms } = await timed(request('/health'));
  expect(res.status, text).toBe(status);
  expect(JSON.parse(text)).toMatchObject(body);
  expect(ms).toBeLessThan(3_000);
}

/** Everything works again (within a few tries while connections are replaced). */
async function expectRecovered(t: TestApp, request: Request, cookie: string) {
  await eventually(async () => expect((await request('/health')).status).toBe(200));
  await eventually(async () => expect((await startChat(request)).status).toBe(201));
  const family = await openChat(request);
  const r = await familyRequests(request, family);
  expect(r.start.res.status).toBe(201);
  expect(r.message.res.status, r.message.body).toBe(200);
  expect(r.callback.res.status, r.callback.body).toBe(201);
  expect((await callTrpc(t, 'auth.me', undefined, { cookie })).status).toBe(200);
}

async function eventually(check: () => Promise<void>, tries = 40) {
  for (let i = 1; ; i++) {
    try {
      return await check();
    } catch (error) {
      if (i >= tries) throw error;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** A test app that has served a family once (settings and site read), and a staff session. */
async function warmApp(db: TestDb) {
  const t = await createTestApp({ db, config: { widgetDir, fallbackPhone: FALLBACK_PHONE } });
  await createTestSite(t.db, t.clock.now());
  await updateSettings(t.db, { phone: PHONE }, { now: t.clock.now(), actorKind: 'system' });
  const request: Request = async (p, init) => t.app.request(`${ORIGIN}${p}`, init);
  const family = await openChat(request);
  const warm = await familyRequests(request, family);
  expect(warm.frame.res.status).toBe(200);
  expect(warm.callback.res.status, warm.callback.body).toBe(201);
  const staff = await createStaff(t, 'caseworker');
  const cookie = cookieFrom(
    await callTrpc(t, 'auth.login', { email: staff.email, password: TEST_PASSWORD }),
  )!;
  return { t, request, family: await openChat(request), cookie, staff };
}

async function withAdmin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const dbName = (url: string) => new URL(url).pathname.slice(1);
const maintenanceUrl = (url: string) => url.replace(/\/[^/]+$/, '/postgres');

// ---- database gone ------------------------------------------------------------------------

describe.skipIf(pgSkip)('PostgreSQL: the database is gone', { timeout: 120_000 }, () => {
  let db: TestDb;
  let other: DbHandle;
  let w: Awaited<ReturnType<typeof warmApp>>;
  const allow = (yes: boolean) =>
    withAdmin(maintenanceUrl(db.url!), async (c) => {
      await c.query(`ALTER DATABASE ${dbName(db.url!)} ALLOW_CONNECTIONS ${yes}`);
      if (!yes) {
        await c.query(
          'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
          [dbName(db.url!)],
        );
      }
    });

  beforeAll(async () => {
    db = await createTestDb({ lockTimeoutMs: 2_000 });
    w = await warmApp(db);
    // A second instance that has never read the settings (a process started during the outage).
    other = await openDatabase({ url: db.url!, poolSize: 2, skipMigrations: true });
    await allow(false);
  });
  afterAll(async () => {
    if (db?.url) await allow(true).catch(() => undefined);
    await other?.close().catch(() => undefined);
    await w?.t.close();
    await db?.close();
  });

  it('families: frame, loader, office hours and the rules tools work; writes are 503 with the number', async () => {
    expectFamilyDegraded(await familyRequests(w.request, w.family), PHONE, 3_000);
  });

  it('a process that never read the settings gives the configured number', async () => {
    const app = createApp({ ...w.t.deps, db: other.db as Db });
    const request: Request = async (p, init) => app.request(`${ORIGIN}${p}`, init);
    const { res, body } = await timed(startChat(request));
    expect(res.status).toBe(503);
    expect(body).toContain(FALLBACK_PHONE);
    const hours = await request('/api/widget/v1/office-hours');
    expect(hours.status).toBe(200);
    expect(await hours.json()).toMatchObject({ phone: FALLBACK_PHONE });
    // The frame of a site it has never seen: the short page with the number, not a blank panel.
    const frame = await request('/widget/frame?site=test-site');
    expect(frame.status).toBe(200);
    expect(await frame.text()).toContain(FALLBACK_PHONE);
  });

  it('staff are told to try again (503 + Retry-After), not "something went wrong"', async () => {
    await expectStaffToldToRetry(w.t, w.cookie, w.staff.email);
  });

  it('/health says which part is down, 503', async () => {
    await expectHealth(w.request, 503, {
      status: 'degraded',
      db: 'unavailable',
      reasons: [expect.stringMatching(/database/)],
    });
  });

  it('recovers when the database is back, without a restart', async () => {
    await allow(true);
    await expectRecovered(w.t, w.request, w.cookie);
  });
});

// ---- database locked ----------------------------------------------------------------------

describe.skipIf(pgSkip)('PostgreSQL: the tables are locked', { timeout: 120_000 }, () => {
  let db: TestDb;
  let w: Awaited<ReturnType<typeof warmApp>>;
  let locker: pg.Client;
  const LOCK_TIMEOUT_MS = 2_000;

  beforeAll(async () => {
    db = await createTestDb({ lockTimeoutMs: LOCK_TIMEOUT_MS });
    w = await warmApp(db);
    locker = new pg.Client({ connectionString: db.url! });
    await locker.connect();
    await locker.query('begin');
    await locker.query(
      'lock table settings, partner_sites, rate_limits, conversations, messages, sessions, users, callback_requests in access exclusive mode',
    );
  });
  afterAll(async () => {
    await locker?.query('rollback').catch(() => undefined);
    await locker?.end().catch(() => undefined);
    await w?.t.close();
    await db?.close();
  });

  it('families: lock waits end within a bounded time as 503 + Retry-After with the number', async () => {
    // Bounded by the limiter's wait (2 s) and lock_timeout, never the 15 s statement timeout.
    expectFamilyDegraded(await familyRequests(w.request, w.family), PHONE, 4_500);
  });

  it('staff get 503 + Retry-After once lock_timeout passes', async () => {
    const started = performance.now();
    await expectStaffToldToRetry(w.t, w.cookie, w.staff.email);
    expect(performance.now() - started).toBeLessThan(4 * LOCK_TIMEOUT_MS + 2_000);
  });

  it('/health: 503 within its own wait', async () => {
    await expectHealth(w.request, 503, { status: 'degraded', db: 'unavailable' });
  });

  it('recovers when the lock is released', async () => {
    await locker.query('rollback');
    await expectRecovered(w.t, w.request, w.cookie);
  });
});

// ---- slow storage on PGlite ---------------------------------------------------------------

describe('PGlite: slow storage (simulated)', { timeout: 120_000 }, () => {
  let db: TestDb;
  let w: Awaited<ReturnType<typeof warmApp>>;
  let slow: Promise<void> | null = null;
  let storageKeepsUp = () => undefined as void;
  const WAIT_MS = 1_000;

  beforeAll(async () => {
    // PGlite has one connection; a request waits at most WAIT_MS for its turn.
    db = await createTestDb({ serverUrl: null, statementTimeoutMs: WAIT_MS });
    w = await warmApp(db);
  });
  afterAll(async () => {
    storageKeepsUp();
    await slow;
    await w?.t.close();
    await db?.close();
  });

  /** A write that storage does not finish: the single connection stays busy until released. */
  function slowDisk() {
    const done = new Promise<void>((r) => (storageKeepsUp = r));
    slow = db.db
      .transaction(async (tx) => {
        await getSettings(tx as unknown as Db);
        await done;
      })
      .then(() => undefined);
  }

  it('families get the number and the tools; writes are 503 within the wait', async () => {
    slowDisk();
    await new Promise((r) => setTimeout(r, 50));
    expectFamilyDegraded(await familyRequests(w.request, w.family), PHONE, WAIT_MS + 2_500);
    await expectStaffToldToRetry(w.t, w.cookie, w.staff.email);
    await expectHealth(w.request, 503, { db: 'unavailable' });
  });

  it('recovers once storage keeps up again', async () => {
    // The held transaction ends; nothing was restarted.
    storageKeepsUp();
    await slow;
    await expectRecovered(w.t, w.request, w.cookie);
  });
});

// ---- Redis gone ---------------------------------------------------------------------------

const haveRedisServer = spawnSync('redis-server', ['--version']).status === 0;

describe('REDIS_URL set, Redis gone', { timeout: 120_000 }, () => {
  let system: StartedSystem;
  let redis: ChildProcess | null = null;
  let port: number;
  let dataDir: string;
  let testDb: TestDb | null = null;
  const ADMIN_PASSWORD = 'Harbour-lantern-kestrel-2026';

  const startRedis = async () => {
    redis = spawn('redis-server', ['--port', String(port), '--save', '', '--appendonly', 'no'], {
      stdio: 'ignore',
    });
    await eventually(async () => {
      const ok = spawnSync('redis-cli', ['-p', String(port), 'ping']).stdout?.toString();
      expect(ok).toMatch(/PONG/);
    });
  };
  const stopRedis = async () => {
    const child = redis;
    redis = null;
    if (!child) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  const get = (p: string, init?: RequestInit) => fetch(`${system.url}${p}`, init);
  const health = async () =>
    (await (await get('/health')).json()) as {
      status: string;
      rateLimits?: string;
      reasons?: string[];
    };
  const signIn = () =>
    get('/trpc/auth.login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: system.url, 'x-sen-csrf': '1' },
      body: JSON.stringify(
        superjson.serialize({ email: 'admin@example.org', password: ADMIN_PASSWORD }),
      ),
    });
  const newChat = () =>
    get('/api/widget/v1/conversations', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: system.url },
      body: JSON.stringify({ siteKey: 'test-site', hostOrigin: HOST_ORIGIN }),
    });

  beforeAll(async () => {
    port = await freePort();
    if (haveRedisServer) await startRedis();
    dataDir = mkdtempSync(path.join(tmpdir(), 'sen-faults-redis-'));
    if (testEnv.databaseUrl) testDb = await createTestDb();
    system = await startSystem({
      port: 0,
      demoPort: null,
      host: '127.0.0.1',
      dataDir,
      ...(testDb?.url ? { databaseUrl: testDb.url } : {}),
      redisUrl: `redis://127.0.0.1:${port}`,
      adminPassword: ADMIN_PASSWORD,
      servicePhone: FALLBACK_PHONE,
      logLevel: 'silent',
      consoleDir: null,
      widgetDir,
      guidancePollMs: 0,
    });
    await createTestSite(system.db, new Date());
    if (haveRedisServer) {
      await eventually(async () => expect((await health()).rateLimits).toBe('redis'));
    }
  });
  afterAll(async () => {
    await system?.close();
    await stopRedis();
    await testDb?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('counts in the database: chats, triage and sign-in work; /health says degraded and why', async () => {
    await stopRedis();
    const chat = await newChat();
    expect(chat.status, await chat.clone().text()).toBe(201);
    const triage = await get('/api/widget/v1/triage', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: system.url },
      body: JSON.stringify({ answers: {} }),
    });
    expect(triage.status).toBe(200);
    const login = await signIn();
    expect(login.status, await login.clone().text()).toBe(200);
    const res = await get('/health');
    expect(res.status).toBe(200); // the service works: do not take it out of the pool
    expect(await res.json()).toMatchObject({
      status: 'degraded',
      db: 'ok',
      rateLimits: 'database',
      reasons: [expect.stringMatching(/redis unavailable.*counted in the database/)],
    });
  });

  it.skipIf(!haveRedisServer)('goes back to Redis when it returns, without a restart', async () => {
    await startRedis();
    await eventually(async () =>
      expect(await health()).toMatchObject({ status: 'ok', rateLimits: 'redis' }),
    );
    expect((await newChat()).status).toBe(201);
    const keys = spawnSync('redis-cli', ['-p', String(port), '--scan', '--pattern', 'sen:rl:*'])
      .stdout.toString()
      .trim();
    expect(keys).not.toBe('');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
