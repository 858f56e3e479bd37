// Staff accounts (admins only, services/users.ts), plus the short list of active colleagues any
// staff member needs for "assign to" pickers.
import { STAFF_ROLES } from '@sen/db/schema';
import { z } from 'zod';
import { cleanText } from '../../lib/text';
import {
  activeColleagues,
  changeAccount,
  listAccounts,
  openAccount,
  resetPassword,
  resetTwoFactor,
} from '../../services/users';
import { adminProcedure, router, staffProcedure } from '../init';

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

export const usersRouter = router({
  /** Active colleagues for pickers: names only, no emails or roles. */
  staff: staffProcedure.query(({ ctx }) => activeColleagues(ctx)),

  list: adminProcedure.query(({ ctx }) => listAccounts(ctx)),

  /** A new account with a temporary password, shown once; it must be changed at first sign-in. */
  create: adminProcedure
    .input(z.object({ name, email, role }))
    .mutation(({ ctx, input }) => openAccount(ctx, input)),

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
    .mutation(({ ctx, input }) => changeAccount(ctx, input.id, input.patch)),

  /** A new temporary password (shown once); their sessions end and they must change it. */
  resetPassword: adminProcedure
    .input(z.object({ id }))
    .mutation(({ ctx, input }) => resetPassword(ctx, input.id)),

  /** Turns off a lost authenticator app: they sign in with their password and set it up again. */
  resetTwoFactor: adminProcedure
    .input(z.object({ id }))
    .mutation(({ ctx, input }) => resetTwoFactor(ctx, input.id)),
});
