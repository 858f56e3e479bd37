// The role matrix: every tRPC procedure, called as anonymous and as each staff role, must be
// allowed or refused exactly as its row says. Each router has a `<domain>.access.ts` beside it
// that exports `defineAccess({...})`; `trpc/access.test.ts` finds them all and fails when a
// procedure has no row, so a new procedure cannot ship without its access rule being tested.
import type { StaffUser } from '@sen/db';
import type { StaffRole } from '@sen/db/schema';
import type { TestApp } from './harness';

export const CALLERS = ['anonymous', 'viewer', 'caseworker', 'mediator', 'admin'] as const;
export type Caller = (typeof CALLERS)[number];
export const STAFF: readonly StaffRole[] = ['viewer', 'caseworker', 'mediator', 'admin'];
export const EVERYONE: readonly Caller[] = CALLERS;

export interface AccessFixtures {
  t: TestApp;
  /** One user per role, signed in for each call with a fresh session. */
  users: Record<StaffRole, StaffUser>;
  /** A second caseworker, for "someone else's case" rows. */
  otherCaseworker: StaffUser;
  /** Whatever the access files' `setup` functions returned, merged. */
  extra: Record<string, unknown>;
}

export interface AccessCase {
  /** Full procedure path, e.g. `cases.get`. */
  path: string;
  /** A valid input for `caller` (the user it runs as is `user`, null for anonymous). */
  input?: (fx: AccessFixtures, caller: Caller, user: StaffUser | null) => unknown;
  /** Who may call it. Everyone else must get 401 (anonymous) or 403/404 (signed in). */
  allow: readonly Caller[];
  /** Statuses that count as "allowed through" (default [200]): e.g. 400 for a wrong TOTP code. */
  okStatuses?: readonly number[];
  /** Signed-in refusal may be 404 where saying "forbidden" would reveal that the row exists. */
  deniedStatuses?: readonly number[];
  /** Run as a throw-away user of that role (for calls that change the caller's own account). */
  freshUser?: boolean;
  /** Why this rule, when it is not obvious (shown in the test name). */
  note?: string;
}

export interface AccessDefinition {
  /** Creates what this router's rows need (e.g. a case owned by `otherCaseworker`). */
  setup?: (fx: AccessFixtures) => Promise<Record<string, unknown>>;
  cases: AccessCase[];
}

export function defineAccess(def: AccessDefinition): AccessDefinition {
  return def;
}
