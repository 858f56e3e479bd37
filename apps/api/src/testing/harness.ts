// In-process test harness: the real app on a per-file test database, a fake clock, and helpers
// to sign in as any role and call tRPC procedures the way the console does (POST, CSRF header,
// same Origin, superjson). No ports.
import { createUser } from '@sen/db';
import type { StaffRole } from '@sen/db/schema';
import { createTestDb, type TestDb } from '@sen/db/testing';
import superjson from 'superjson';
import { createApp } from '../http/app';
import { serializeSessionCookie } from '../security/session-cookie';
import { startSession } from '../security/sessions';
import { fakeClock, type FakeClock } from '../lib/clock';
import type { AppConfig, AppDeps } from '../system/deps';
import { createGuidanceRuntime, type GuidanceRuntime } from '../services/guidance/runtime';
import { createLogger } from '../lib/logger';
import { hashPassword } from '../security/passwords';
import { createDbRateLimiter } from '../security/rate-limit-db';
import type { RateLimiter } from '../security/rate-limit';

export const ORIGIN = 'http://desk.test';
export const TEST_PASSWORD = 'correct-horse-battery-staple';

export interface TestApp {
  app: ReturnType<typeof createApp>;
  deps: AppDeps;
  db: TestDb['db'];
  clock: FakeClock;
  close(): Promise<void>;
}

export interface TestAppOptions {
  config?: Partial<AppConfig>;
  rateLimiter?: RateLimiter;
  guidance?: GuidanceRuntime;
  db?: TestDb;
}

// Errors the app logs (a procedure that failed with a 500, an audit write that failed) go to
// stderr, which vitest prints beside the test: a rare 500 then shows its cause in CI output.
const testLogger = createLogger('error', process.stderr);

export async function createTestApp(o: TestAppOptions = {}): Promise<TestApp> {
  const handle = o.db ?? (await createTestDb());
  const clock = fakeClock();
  const deps: AppDeps = {
    db: handle.db,
    clock,
    logger: testLogger,
    rateLimiter: o.rateLimiter ?? createDbRateLimiter(handle.db, clock),
    guidance:
      o.guidance ??
      createGuidanceRuntime({ db: handle.db, clock, logger: testLogger, llm: null, pollMs: 0 }),
    config: { publicUrl: null, trustProxy: false, consoleDir: null, widgetDir: null, ...o.config },
  };
  return {
    app: createApp(deps),
    deps,
    db: handle.db,
    clock,
    close: async () => {
      deps.guidance.close();
      if (!o.db) await handle.close();
    },
  };
}

let passwordHash: Promise<string> | null = null;
/** One argon2 hash per test file: hashing costs ~50 ms on purpose. */
export function testPasswordHash(): Promise<string> {
  return (passwordHash ??= hashPassword(TEST_PASSWORD));
}

let userSeq = 0;
export async function createStaff(
  t: Pick<TestApp, 'db' | 'clock'>,
  role: StaffRole,
  patch: { email?: string; name?: string; mustChangePassword?: boolean } = {},
) {
  userSeq += 1;
  return createUser(
    t.db,
    {
      email: patch.email ?? `${role}-${userSeq}@desk.test`,
      name: patch.name ?? `Test ${role} ${userSeq}`,
      role,
      passwordHash: await testPasswordHash(),
      mustChangePassword: patch.mustChangePassword ?? false,
    },
    { now: t.clock.now(), actorKind: 'system' },
  );
}

/** A signed-in session for `userId` as a Cookie header value (skips the login procedure). */
export async function sessionCookie(t: TestApp, userId: string): Promise<string> {
  const { token } = await startSession(t.deps, userId, { secondFactorDone: true });
  return serializeSessionCookie(t.deps.config, token).split(';')[0]!;
}

export interface CallOptions {
  cookie?: string | null;
  /** Default: the service's own origin. `null` sends none. */
  origin?: string | null;
  /** Default true: send the CSRF header the console sends. */
  csrf?: boolean;
  headers?: Record<string, string>;
}

export interface TrpcResult {
  status: number;
  ok: boolean;
  data: unknown;
  error: { message: string; code: string; data?: Record<string, unknown> } | null;
  headers: Headers;
  raw: string;
}

/** Calls one procedure over HTTP exactly as the console's client does. */
export async function callTrpc(
  t: Pick<TestApp, 'app'>,
  path: string,
  input?: unknown,
  o: CallOptions = {},
): Promise<TrpcResult> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...o.headers };
  if (o.csrf !== false) headers['x-sen-csrf'] = '1';
  const origin = o.origin === undefined ? ORIGIN : o.origin;
  if (origin) headers.origin = origin;
  if (o.cookie) headers.cookie = o.cookie;
  const res = await t.app.request(`${ORIGIN}/trpc/${path}`, {
    method: 'POST',
    headers,
    body: JSON.stringify(superjson.serialize(input)),
  });
  const raw = await res.text();
  let body: { result?: { data: unknown }; error?: { json?: TrpcResult['error'] } } = {};
  try {
    body = JSON.parse(raw) as typeof body;
  } catch {
    // Not tRPC's JSON (e.g. a 405 or a proxy error): left in `raw`.
  }
  const data = body.result ? superjson.deserialize(body.result.data as never) : undefined;
  return {
    status: res.status,
    ok: res.ok,
    data,
    error: body.error?.json ?? null,
    headers: res.headers,
    raw,
  };
}

/** The `name=value` part of a Set-Cookie header, for the next request. */
export function cookieFrom(res: { headers: Headers }): string | null {
  const set = res.headers.getSetCookie?.() ?? [];
  const last = set.at(-1);
  if (!last) return null;
  const pair = last.split(';')[0]!;
  return pair.endsWith('=') ? null : pair;
}
