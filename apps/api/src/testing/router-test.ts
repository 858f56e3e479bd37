// The set-up every router test file shares: one test app for the file (opened before its tests,
// closed after them), one staff member per named role with a session of their own, and
// `as(user, path, input)` to call a procedure the way the console does, signed in as that user.
import type { StaffUser } from '@sen/db';
import type { StaffRole } from '@sen/db/schema';
import { afterAll, beforeAll } from 'vitest';
import { callTrpc, createStaff, createTestApp, sessionCookie, type TestApp } from './harness';

export interface RouterTest<Names extends string> {
  /** The file's app; set before the file's own `beforeAll` hooks run. */
  readonly t: TestApp;
  /** One staff member per name given, in the role given. */
  readonly users: Record<Names, StaffUser>;
  /** A session cookie per name, made once, for tests that call `callTrpc` or `t.app` directly. */
  readonly cookies: Record<Names, string>;
  /** Calls `path` as `user` with a fresh session. */
  as(user: Pick<StaffUser, 'id'>, path: string, input?: unknown): ReturnType<typeof callTrpc>;
}

/** Registers the file's hooks: call it at the top level of a test file, before its own hooks. */
export function routerTest<Names extends string>(
  roles: Record<Names, StaffRole>,
): RouterTest<Names> {
  let t: TestApp | undefined;
  const users = {} as Record<Names, StaffUser>;
  const cookies = {} as Record<Names, string>;
  beforeAll(async () => {
    t = await createTestApp();
    for (const [name, role] of Object.entries(roles) as [Names, StaffRole][]) {
      users[name] = await createStaff(t, role);
      cookies[name] = await sessionCookie(t, users[name].id);
    }
  });
  afterAll(() => t?.close());
  const app = () => {
    if (!t) throw new Error('routerTest: the test app is not open (call it at the top level)');
    return t;
  };
  return {
    get t() {
      return app();
    },
    users,
    cookies,
    as: async (user, path, input) =>
      callTrpc(app(), path, input, { cookie: await sessionCookie(app(), user.id) }),
  };
}
