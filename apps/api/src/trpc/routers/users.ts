// Staff accounts (admins only), plus the short list of active colleagues any staff member needs
// for "assign to" pickers.
import {
  createUser,
  getUser,
  listUsers,
  setUserPassword,
  setUserTotp,
  updateUser,
  type StaffUser,
} from '@sen/db';
import { STAFF_ROLES } from '@sen/db/schema';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { notFound } from '../../services/service-error';
import { temporaryPassword } from '../../security/temporary-password';
import { endUserSessions } from '../../security/sessions';
import { hashPassword } from '../../security/passwords';
import { cleanText } from '../../lib/text';
import { adminProcedure, router, staffProcedure, type TrpcContext } from '../init';

const id = z.uuid('That is not a valid id.');
const role = z.enum(STAFF_ROLES, {
  message: 'Role must be viewer, caseworker, mediator or admin.',
});
const email = z
  .string()
  .transform(cleanText)
  .pipe(z.string().trim().max(254).pipe(z.email('Enter an email address like name@example.org.')));
const name = z
  .string()
  .transform(cleanText)
  .pipe(
    z.string().trim().min(1, 'Enter their name.').max(120, 'Names can be at most 120 characters.'),
  );

const view = (u: StaffUser) => ({
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

type AdminCtx = TrpcContext & { user: StaffUser };
const actorOf = (ctx: AdminCtx) => ({
  now: ctx.clock.now(),
  actorId: ctx.user.id,
  actorKind: 'user' as const,
});

function notSelf(ctx: AdminCtx, targetId: string, what: string) {
  if (ctx.user.id === targetId) {
    throw new TRPCError({
      code: 'BAD_REQUEST',
      message: `You cannot ${what} your own account; ask another admin.`,
    });
  }
}

async function issueTemporaryPassword(ctx: AdminCtx, userId: string) {
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

export const usersRouter = router({
  /** Active colleagues for pickers: names only, no emails or roles. */
  staff: staffProcedure.query(async ({ ctx }) =>
    (await listUsers(ctx.db))
      .filter((u) => !u.disabled)
      .map((u) => ({ id: u.id, name: u.name, role: u.role })),
  ),

  list: adminProcedure.query(async ({ ctx }) => (await listUsers(ctx.db)).map(view)),

  /** A new account with a temporary password, shown once; it must be changed at first sign-in. */
  create: adminProcedure.input(z.object({ name, email, role })).mutation(async ({ ctx, input }) => {
    const password = temporaryPassword();
    const user = await createUser(
      ctx.db,
      { ...input, passwordHash: await hashPassword(password), mustChangePassword: true },
      actorOf(ctx),
    );
    return { user: view(user), temporaryPassword: password };
  }),

  /**
   * Changes role, name or disabled. Disabling signs the person out everywhere at once; role
   * changes apply on their next request (the role is read from the account each time).
   */
  update: adminProcedure
    .input(
      z.object({
        id,
        patch: z
          .object({ name, role, disabled: z.boolean() })
          .partial()
          .refine((p) => Object.keys(p).length > 0, 'Nothing to change.'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (input.patch.disabled === true) notSelf(ctx, input.id, 'disable');
      if (input.patch.role && input.patch.role !== 'admin')
        notSelf(ctx, input.id, 'remove admin from');
      const user = await updateUser(ctx.db, input.id, input.patch, actorOf(ctx));
      const sessionsEnded =
        input.patch.disabled === true ? await endUserSessions(ctx.deps, input.id) : 0;
      return { user: view(user), sessionsEnded };
    }),

  /** A new temporary password (shown once); their sessions end and they must change it. */
  resetPassword: adminProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    notSelf(ctx, input.id, 'reset the password of');
    if (!(await getUser(ctx.db, input.id))) throw notFound('That user');
    return issueTemporaryPassword(ctx, input.id);
  }),

  /** Turns off a lost authenticator app: they sign in with their password and set it up again. */
  resetTwoFactor: adminProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    notSelf(ctx, input.id, 'reset two-step sign-in of');
    if (!(await getUser(ctx.db, input.id))) throw notFound('That user');
    await setUserTotp(ctx.db, input.id, { secret: null, enabled: false }, actorOf(ctx));
    const sessionsEnded = await endUserSessions(ctx.deps, input.id);
    return { ok: true as const, sessionsEnded };
  }),
});
