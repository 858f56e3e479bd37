import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  getUserForLogin,
  getUserSecrets,
  recordLogin,
  setUserPassword,
  setUserTotp,
  type StaffUser,
} from '@sen/db';
import { endSession, endUserSessions, startSession } from '../../security/sessions';
import { throttleSignIn } from '../../security/sign-in-throttle';
import { clearSessionCookie, serializeSessionCookie } from '../../security/session-cookie';
import { checkTotp, newTotpSecret, totpUri } from '../../security/totp';
import {
  hashPassword,
  passwordProblem,
  verifyAgainstDummy,
  verifyPassword,
} from '../../security/passwords';
import { RATE_RULES, rateKey } from '../../security/rate-limit';
import { cleanText } from '../../lib/text';
import { loadSettings } from '../../services/settings/service-info';
import { publicProcedure, router, sessionProcedure, type TrpcContext } from '../init';
import { enforceRate } from '../rate-limited';

const email = z.string().transform(cleanText).pipe(z.string().trim().min(3).max(254));
const password = z.string().min(1).max(256);
const totpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Enter the 6-digit code.');

/**
 * A valid code is accepted once: a second use within its 90-second window (shoulder-surfed or
 * phished) is refused. The mark lives in the shared rate-limit store, so every instance sees it.
 */
async function codeIsFresh(ctx: TrpcContext, userId: string, code: string): Promise<boolean> {
  const mark = await ctx.deps.rateLimiter.hit(rateKey('totp-used', userId, code), {
    limit: 1,
    windowMs: 3 * 30_000,
  });
  return mark.allowed;
}

/** What the console needs to know about who is signed in; never a secret. */
function publicUser(u: StaffUser) {
  return {
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    mustChangePassword: u.mustChangePassword,
    totpEnabled: u.totpEnabled,
  };
}

type LoginStatus = 'signed_in' | 'totp_required' | 'password_change_required';

async function rotateInto(
  ctx: TrpcContext,
  userId: string,
  opts: { secondFactorDone: boolean },
): Promise<string> {
  // Session fixation: whatever session the browser brought is ended; the new token is fresh.
  if (ctx.session) await endSession(ctx.deps, ctx.session.id);
  const { token, id } = await startSession(ctx.deps, userId, opts);
  ctx.resHeaders.append('Set-Cookie', serializeSessionCookie(ctx.deps.config, token));
  return id;
}

export const authRouter = router({
  /** Who is signed in (null when nobody), and what they still have to do. */
  me: publicProcedure.query(({ ctx }) => {
    const s = ctx.session;
    if (!s) return null;
    return {
      user: publicUser(s.user),
      secondFactorDone: s.secondFactorDone,
      totpSetupRequired: s.totpRequiredButMissing,
    };
  }),

  login: publicProcedure.input(z.object({ email, password })).mutation(async ({ ctx, input }) => {
    const throttle = await throttleSignIn(ctx, input.email);
    const user = await getUserForLogin(ctx.db, input.email);
    if (throttle.burst) {
      ctx.deps.logger.warn({ attempts: throttle.attempts }, 'sign-in burst at one account');
      await ctx.audit({
        action: 'auth.sign_in_burst',
        entityType: user ? 'user' : null,
        entityId: user?.id ?? null,
        detail: { attempts: throttle.attempts, windowMinutes: 15 },
      });
    }
    // Always one full hash check, so the time taken does not tell which accounts exist.
    const passwordOk = user
      ? await verifyPassword(user.passwordHash, input.password)
      : await verifyAgainstDummy(input.password);
    const ok = passwordOk && !user?.disabled;
    if (!user || !ok) {
      await ctx.audit({
        action: 'auth.login_failed',
        entityType: user ? 'user' : null,
        entityId: user?.id ?? null,
        detail: { reason: !user ? 'unknown_account' : user.disabled ? 'disabled' : 'password' },
      });
      throw new TRPCError({
        code: 'UNAUTHORIZED',
        message: 'That email and password do not match an account.',
      });
    }
    await rotateInto(ctx, user.id, { secondFactorDone: !user.totpEnabled });
    await recordLogin(ctx.db, user.id, ctx.clock.now());
    const status: LoginStatus = user.totpEnabled
      ? 'totp_required'
      : user.mustChangePassword
        ? 'password_change_required'
        : 'signed_in';
    const { passwordHash: _h, totpSecret: _s, ...safe } = user;
    return { status, user: publicUser(safe) };
  }),

  /** Second step of signing in for users with an authenticator app. */
  verifyTotp: sessionProcedure
    .input(z.object({ code: totpCode }))
    .mutation(async ({ ctx, input }) => {
      await enforceRate(
        ctx,
        rateKey('totp', ctx.session.user.id),
        RATE_RULES.loginPerAccount,
        'codes entered',
      );
      const secrets = await getUserSecrets(ctx.db, ctx.session.user.id);
      if (!secrets?.totpEnabled || !secrets.totpSecret) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'Two-step sign-in is not on for this account.',
        });
      }
      if (
        !checkTotp(secrets.totpSecret, input.code, ctx.clock.now()) ||
        !(await codeIsFresh(ctx, ctx.session.user.id, input.code))
      ) {
        await ctx.audit({
          action: 'auth.totp_failed',
          entityType: 'user',
          entityId: ctx.session.user.id,
        });
        throw new TRPCError({
          code: 'UNAUTHORIZED',
          message: 'That code is not right. Try the newest code.',
        });
      }
      await rotateInto(ctx, ctx.session.user.id, { secondFactorDone: true });
      await ctx.audit({
        action: 'auth.totp_verified',
        entityType: 'user',
        entityId: ctx.session.user.id,
      });
      const status: LoginStatus = ctx.session.user.mustChangePassword
        ? 'password_change_required'
        : 'signed_in';
      return { status };
    }),

  logout: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.session) {
      await endSession(ctx.deps, ctx.session.id);
      await ctx.audit({ action: 'auth.logout', entityType: 'user', entityId: ctx.session.user.id });
    }
    ctx.resHeaders.append('Set-Cookie', clearSessionCookie(ctx.deps.config));
    return { ok: true as const };
  }),

  changePassword: sessionProcedure
    .input(z.object({ currentPassword: password, newPassword: z.string().max(256) }))
    .mutation(async ({ ctx, input }) => {
      const s = ctx.session;
      if (!s.secondFactorDone) {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: 'Enter the code from your authenticator app first.',
        });
      }
      await enforceRate(
        ctx,
        rateKey('password-change', s.user.id),
        RATE_RULES.loginPerAccount,
        'attempts',
      );
      const secrets = await getUserSecrets(ctx.db, s.user.id);
      if (!secrets || !(await verifyPassword(secrets.passwordHash, input.currentPassword))) {
        await ctx.audit({
          action: 'auth.password_change_failed',
          entityType: 'user',
          entityId: s.user.id,
        });
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'Your current password is not right.',
        });
      }
      const problem =
        (await passwordProblem(input.newPassword, s.user.email)) ??
        (input.newPassword === input.currentPassword
          ? 'Choose a password you have not used here.'
          : null);
      if (problem) throw new TRPCError({ code: 'BAD_REQUEST', message: problem });
      await setUserPassword(
        ctx.db,
        s.user.id,
        { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false },
        { now: ctx.clock.now(), actorId: s.user.id },
      );
      // Every other device is signed out; this one gets a fresh token too.
      await endUserSessions(ctx.deps, s.user.id, s.id);
      await rotateInto(ctx, s.user.id, { secondFactorDone: true });
      return { ok: true as const };
    }),

  /** Starts two-step sign-in: a new secret, shown once, not active until a code proves it. */
  totpSetup: sessionProcedure.mutation(async ({ ctx }) => {
    const s = ctx.session;
    if (!s.secondFactorDone)
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Finish signing in first.' });
    if (s.user.totpEnabled) {
      throw new TRPCError({ code: 'CONFLICT', message: 'Two-step sign-in is already on.' });
    }
    const secret = newTotpSecret();
    await setUserTotp(
      ctx.db,
      s.user.id,
      { secret, enabled: false },
      { now: ctx.clock.now(), actorId: s.user.id },
    );
    return { secret, uri: totpUri(secret, s.user.email) };
  }),

  totpEnable: sessionProcedure
    .input(z.object({ code: totpCode }))
    .mutation(async ({ ctx, input }) => {
      const s = ctx.session;
      await enforceRate(
        ctx,
        rateKey('totp', s.user.id),
        RATE_RULES.loginPerAccount,
        'codes entered',
      );
      const secrets = await getUserSecrets(ctx.db, s.user.id);
      if (!secrets?.totpSecret || secrets.totpEnabled) {
        throw new TRPCError({ code: 'CONFLICT', message: 'Start the set-up again.' });
      }
      if (
        !checkTotp(secrets.totpSecret, input.code, ctx.clock.now()) ||
        !(await codeIsFresh(ctx, s.user.id, input.code))
      ) {
        throw new TRPCError({
          code: 'BAD_REQUEST',
          message: 'That code is not right. Try the newest code.',
        });
      }
      await setUserTotp(
        ctx.db,
        s.user.id,
        { secret: secrets.totpSecret, enabled: true },
        { now: ctx.clock.now(), actorId: s.user.id },
      );
      await endUserSessions(ctx.deps, s.user.id, s.id);
      await rotateInto(ctx, s.user.id, { secondFactorDone: true });
      return { ok: true as const };
    }),

  totpDisable: sessionProcedure.input(z.object({ password })).mutation(async ({ ctx, input }) => {
    const s = ctx.session;
    if (!s.secondFactorDone)
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Finish signing in first.' });
    if ((await loadSettings(ctx.deps)).requireTotpForRoles.includes(s.user.role)) {
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'Two-step sign-in is required for your role, so it cannot be turned off.',
      });
    }
    const secrets = await getUserSecrets(ctx.db, s.user.id);
    if (!secrets || !(await verifyPassword(secrets.passwordHash, input.password))) {
      throw new TRPCError({ code: 'BAD_REQUEST', message: 'Your password is not right.' });
    }
    await setUserTotp(
      ctx.db,
      s.user.id,
      { secret: null, enabled: false },
      { now: ctx.clock.now(), actorId: s.user.id },
    );
    return { ok: true as const };
  }),
});
