import { readdirSync } from 'node:fs';
import type { StaffUser } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CALLERS,
  STAFF,
  type AccessCase,
  type AccessDefinition,
  type AccessFixtures,
  type Caller,
} from '../testing/access';
import {
  callTrpc,
  createStaff,
  createTestApp,
  sessionCookie,
  type TestApp,
} from '../testing/harness';
import { appRouter } from './app-router';

// Every `routers/<domain>.access.ts`, found on disk so a new router's file is picked up unasked.
const routersDir = new URL('./routers/', import.meta.url);
const definitions: AccessDefinition[] = await Promise.all(
  readdirSync(routersDir)
    .filter((f) => f.endsWith('.access.ts'))
    .sort()
    .map(
      async (f) =>
        ((await import(new URL(f, routersDir).href)) as { default: AccessDefinition }).default,
    ),
);
const rows: AccessCase[] = definitions.flatMap((d) => d.cases);
const procedures = Object.keys(appRouter._def.procedures).sort();

describe('role matrix: every procedure, every caller', () => {
  let fx: AccessFixtures;

  beforeAll(async () => {
    const t: TestApp = await createTestApp();
    const users = {} as Record<(typeof STAFF)[number], StaffUser>;
    for (const role of STAFF) users[role] = await createStaff(t, role);
    fx = { t, users, otherCaseworker: await createStaff(t, 'caseworker'), extra: {} };
    for (const def of definitions) {
      if (def.setup) Object.assign(fx.extra, await def.setup(fx));
    }
  });
  afterAll(() => fx?.t.close());

  it('has exactly one row for every procedure in the app router', () => {
    const covered = rows.map((r) => r.path).sort();
    expect(
      covered.filter((p, i) => covered.indexOf(p) !== i),
      'duplicate rows',
    ).toEqual([]);
    expect(
      procedures.filter((p) => !covered.includes(p)),
      'procedures without a row',
    ).toEqual([]);
    expect(
      covered.filter((p) => !procedures.includes(p)),
      'rows for unknown procedures',
    ).toEqual([]);
  });

  for (const row of rows) {
    for (const caller of CALLERS) {
      const allowed = row.allow.includes(caller);
      it(`${row.path} as ${caller}: ${allowed ? 'allowed' : 'refused'}${row.note ? ` (${row.note})` : ''}`, async () => {
        const user = await userFor(fx, row, caller);
        const cookie = user ? await sessionCookie(fx.t, user.id) : null;
        const res = await callTrpc(fx.t, row.path, row.input?.(fx, caller, user), { cookie });
        if (allowed) {
          expect(row.okStatuses ?? [200], `${res.status} ${res.raw.slice(0, 200)}`).toContain(
            res.status,
          );
        } else if (caller === 'anonymous') {
          expect(res.status, res.raw.slice(0, 200)).toBe(401);
        } else {
          expect(row.deniedStatuses ?? [403], res.raw.slice(0, 200)).toContain(res.status);
        }
      });
    }
  }
});

async function userFor(
  fx: AccessFixtures,
  row: AccessCase,
  caller: Caller,
): Promise<StaffUser | null> {
  if (caller === 'anonymous') return null;
  return row.freshUser ? createStaff(fx.t, caller) : fx.users[caller];
}
