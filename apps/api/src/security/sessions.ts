import {
  createSession,
  deleteSession,
  deleteUserSessions,
  getSessionWithUser,
  markSessionSecondFactor,
  touchSession,
  type StaffUser,
} from '@sen/db';
import type { AppDeps } from '../system/deps';
import { hashToken, newToken } from './tokens';
import { loadSettings } from '../services/settings/service-info';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from './session-cookie';

export interface ActiveSession {
  /** Hash of the cookie token: the row's primary key. */
  id: string;
  user: StaffUser;
  createdAt: Date;
  secondFactorDone: boolean;
  /** An admin requires two-step sign-in and this user has not set it up yet. */
  totpRequiredButMissing: boolean;
}

// Writing last-seen on every request would make every read a write; a minute's slack on a
// 30-minute idle timeout errs on the short side.
const TOUCH_EVERY_MS = 60_000;

/** Expiry is the sooner of the idle deadline and the absolute one: one column, one check. */
function expiryAt(createdAt: Date, now: Date): Date {
  return new Date(
    Math.min(now.getTime() + SESSION_IDLE_MS, createdAt.getTime() + SESSION_ABSOLUTE_MS),
  );
}

/** Looks a cookie token up; expired, revoked and disabled-user sessions give null. */
export async function resolveSession(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  token: string,
): Promise<ActiveSession | null> {
  const now = deps.clock.now();
  const id = hashToken(token);
  const found = await getSessionWithUser(deps.db, id, now);
  if (!found) return null;
  const { session, user } = found;
  // Enforced here as well as by expiresAt, so a row written by an older rule cannot outlive it.
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_MS) return null;
  if (now.getTime() - session.createdAt.getTime() >= SESSION_ABSOLUTE_MS) return null;
  if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_EVERY_MS) {
    await touchSession(deps.db, id, { now, expiresAt: expiryAt(session.createdAt, now) });
  }
  return {
    id,
    user,
    createdAt: session.createdAt,
    secondFactorDone: !user.totpEnabled || session.secondFactorAt !== null,
    // An admin can require two-step sign-in for a role: until set up, only setup is allowed.
    totpRequiredButMissing:
      !user.totpEnabled && (await loadSettings(deps)).requireTotpForRoles.includes(user.role),
  };
}

/**
 * A brand-new session for `userId`. Called on every successful login, after the old session (if
 * the browser sent one) is deleted: a token planted before login is worthless after it.
 */
export async function startSession(
  deps: Pick<AppDeps, 'db' | 'clock'>,
  userId: string,
  opts: { secondFactorDone?: boolean } = {},
): Promise<{ token: string; id: string }> {
  const now = deps.clock.now();
  const token = newToken();
  const id = hashToken(token);
  await createSession(deps.db, {
    id,
    userId,
    csrfToken: newToken(),
    now,
    expiresAt: expiryAt(now, now),
  });
  if (opts.secondFactorDone) await markSessionSecondFactor(deps.db, id, now);
  return { token, id };
}

export async function endSession(deps: Pick<AppDeps, 'db'>, id: string): Promise<void> {
  await deleteSession(deps.db, id);
}

export async function endUserSessions(
  deps: Pick<AppDeps, 'db'>,
  userId: string,
  exceptId?: string,
): Promise<number> {
  return deleteUserSessions(deps.db, userId, exceptId ? { exceptId } : {});
}

export { markSessionSecondFactor };
