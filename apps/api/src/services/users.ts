// Staff accounts, as an admin manages them: new accounts with a temporary password shown once,
// changes of role, name or disabled, and the two resets for a locked-out colleague. An admin
// cannot lock themself out (disable, demote, reset their own account): another admin must.
import {
  createUser,
  getUser,
  listUsers,
  setUserPassword,
  setUserTotp,
  updateUser,
  type StaffUser,
} from '@sen/db';
import type { StaffRole } from '@sen/db/schema';
import { hashPassword } from '../security/passwords';
import { endUserSessions } from '../security/sessions';
import { temporaryPassword } from '../security/temporary-password';
import type { AppDeps } from '../system/deps';
import { badInput, notFound } from './service-error';
import { actorOf, type StaffCtx } from './staff-context';

type AdminCtx = StaffCtx & { deps: AppDeps };

/** What the console shows of an account (never the password hash or the TOTP secret). */
export const accountView = (u: StaffUser) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  disabled: u.disabled,
  mustChangePassword: u.mustChangePassword,
  totpEnabled: u.totpEnabled,
  lastLoginAt: u.lastLoginAt,
  createdAt: u.createdAt,
});

function notSelf(ctx: AdminCtx, targetId: string, what: string) {
  if (ctx.user.id === targetId) {
    throw badInput(`You cannot ${what} your own account; ask another admin.`);
  }
}

async function existingAccount(ctx: AdminCtx, userId: string) {
  if (!(await getUser(ctx.db, userId))) throw notFound('That user');
}

/** Active colleagues for pickers: names only, no emails or roles. */
export async function activeColleagues(ctx: Pick<StaffCtx, 'db'>) {
  return (await listUsers(ctx.db))
    .filter((u) => !u.disabled)
    .map((u) => ({ id: u.id, name: u.name, role: u.role }));
}

export async function listAccounts(ctx: Pick<StaffCtx, 'db'>) {
  return (await listUsers(ctx.db)).map(accountView);
}

/** A new account with a temporary password, shown once; it must be changed at first sign-in. */
export async function openAccount(
  ctx: AdminCtx,
  input: { name: string; email: string; role: StaffRole },
) {
  const password = temporaryPassword();
  const user = await createUser(
    ctx.db,
    { ...input, passwordHash: await hashPassword(password), mustChangePassword: true },
    actorOf(ctx),
  );
  return { user: accountView(user), temporaryPassword: password };
}

/**
 * Changes role, name or disabled. Disabling signs the person out everywhere at once; role
 * changes apply on their next request (the role is read from the account each time).
 */
export async function changeAccount(
  ctx: AdminCtx,
  id: string,
  patch: {
    name?: string | undefined;
    role?: StaffRole | undefined;
    disabled?: boolean | undefined;
  },
) {
  if (patch.disabled === true) notSelf(ctx, id, 'disable');
  if (patch.role && patch.role !== 'admin') notSelf(ctx, id, 'remove admin from');
  const user = await updateUser(ctx.db, id, patch, actorOf(ctx));
  const sessionsEnded = patch.disabled === true ? await endUserSessions(ctx.deps, id) : 0;
  return { user: accountView(user), sessionsEnded };
}

/** A new temporary password (shown once); their sessions end and they must change it. */
export async function resetPassword(ctx: AdminCtx, userId: string) {
  notSelf(ctx, userId, 'reset the password of');
  await existingAccount(ctx, userId);
  const password = temporaryPassword();
  await setUserPassword(
    ctx.db,
    userId,
    { passwordHash: await hashPassword(password), mustChangePassword: true },
    actorOf(ctx),
  );
  const ended = await endUserSessions(ctx.deps, userId);
  return { temporaryPassword: password, sessionsEnded: ended };
}

/** Turns off a lost authenticator app: they sign in with their password and set it up again. */
export async function resetTwoFactor(ctx: AdminCtx, userId: string) {
  notSelf(ctx, userId, 'reset two-step sign-in of');
  await existingAccount(ctx, userId);
  await setUserTotp(ctx.db, userId, { secret: null, enabled: false }, actorOf(ctx));
  const sessionsEnded = await endUserSessions(ctx.deps, userId);
  return { ok: true as const, sessionsEnded };
}
