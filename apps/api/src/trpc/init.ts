// The one place tRPC is set up: the context built from a Hono request, and the procedures every
// router builds on. Every procedure is CSRF-checked (see csrf.ts) and, past `publicProcedure`,
// needs a live session; `roleProcedure` adds the role check and audits refusals. Every procedure
// also maps the errors below it once (`mapErrors`): a person's mistake becomes the 4xx they can
// act on, a busy database a 503, anything else a 500 with no internals.
import { initTRPC, TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import type { Context as HonoContext } from 'hono';
import superjson from 'superjson';
import { ZodError, ZodRealError } from 'zod';
import { DbInputError } from '@sen/db';
import type { StaffRole } from '@sen/db/schema';
import { RulesInputError } from '@sen/rules';
import { audit, type AuditEntry } from '../security/audit';
import { resolveSession, type ActiveSession } from '../security/sessions';
import { readSessionToken } from '../security/session-cookie';
import type { AppDeps } from '../system/deps';
import { BUSY_MESSAGE, isDatabaseBusy } from '../lib/busy';
import { csrfProblem } from '../security/csrf';
import { requestMeta, type RequestMeta } from '../security/request-meta';
import { ServiceError, type FieldProblem } from '../services/service-error';

export interface TrpcContext {
  deps: AppDeps;
  db: AppDeps['db'];
  clock: AppDeps['clock'];
  logger: AppDeps['logger'];
  meta: RequestMeta;
  /** The live session, or null (anonymous, expired, revoked). */
  session: ActiveSession | null;
  csrfProblem: string | null;
  /** Headers added to the answer (Set-Cookie). */
  resHeaders: Headers;
  /** Appends to the audit log as this request's actor. Never throws. */
  audit(entry: Omit<AuditEntry, 'actorId' | 'actorKind'>): Promise<void>;
}

export async function createTrpcContext(
  deps: AppDeps,
  c: HonoContext,
  resHeaders: Headers,
): Promise<TrpcContext> {
  const meta = requestMeta(c, deps.config);
  const token = readSessionToken(c.req.header('cookie'), deps.config);
  const session = token ? await resolveSession(deps, token) : null;
  return {
    deps,
    db: deps.db,
    clock: deps.clock,
    logger: deps.logger,
    meta,
    session,
    csrfProblem: csrfProblem(c, meta.selfOrigin),
    resHeaders,
    audit: (entry) =>
      audit(deps, {
        ...entry,
        actorKind: session ? 'user' : 'visitor',
        actorId: session?.user.id ?? null,
      }),
  };
}

const t = initTRPC.context<TrpcContext>().create({
  transformer: superjson,
  errorFormatter({ shape, error }) {
    // Never send a stack, SQL or an upstream URL: only our code, a safe message and, for bad
    // input, which fields were wrong.
    // A busy database can surface before any procedure runs (reading the session).
    const busy = error.code === 'SERVICE_UNAVAILABLE' || isDatabaseBusy(error);
    const internal = error.code === 'INTERNAL_SERVER_ERROR' && !busy;
    const zod = error.cause instanceof ZodError ? error.cause : undefined;
    return {
      // Input validation: the first problem in plain words (all of them are in fieldErrors),
      // never zod's JSON. A message our code wrote (badInput) is kept.
      message: busy
        ? BUSY_MESSAGE
        : internal
          ? 'Something went wrong on our side. Please try again.'
          : zod && error.message === zod.message
            ? (zod.issues[0]?.message ?? 'Check what you entered.')
            : shape.message,
      code: shape.code,
      data: {
        code: busy ? ('SERVICE_UNAVAILABLE' as const) : shape.data.code,
        httpStatus: busy ? 503 : shape.data.httpStatus,
        fieldErrors: zod
          ? zod.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
          : undefined,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

const DB_CODES: Record<DbInputError['code'], TRPC_ERROR_CODE_KEY> = {
  not_found: 'NOT_FOUND',
  invalid: 'BAD_REQUEST',
  conflict: 'CONFLICT',
  stale: 'CONFLICT',
};

const SERVICE_CODES: Record<ServiceError['code'], TRPC_ERROR_CODE_KEY> = {
  invalid: 'BAD_REQUEST',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  forbidden: 'FORBIDDEN',
};

/**
 * A 400 whose field problems reach the console as `data.fieldErrors` (the formatter reads them
 * from a ZodError cause), with one sentence naming them all as the message.
 */
function badRequest(message: string, problems: readonly FieldProblem[]): TRPCError {
  if (problems.length === 0) return new TRPCError({ code: 'BAD_REQUEST', message });
  // ZodRealError is the zod error that is an Error; tRPC keeps only Error causes intact.
  const cause = new ZodRealError(
    problems.map((p) => ({
      code: 'custom' as const,
      path: p.path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s)),
      message: p.message,
      input: undefined,
    })),
  );
  return new TRPCError({ code: 'BAD_REQUEST', message, cause });
}

/**
 * The one error mapping: the errors @sen/db, @sen/rules and our services throw for something a
 * person can put right (a missing row, a stale form, an impossible date) become the matching
 * 4xx; a busy database becomes 503 + Retry-After (set in http/app.ts), not a 500.
 */
function mapError(error: TRPCError): TRPCError | null {
  const cause = error.cause;
  if (isDatabaseBusy(error)) {
    return new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: BUSY_MESSAGE, cause: error });
  }
  if (cause instanceof ServiceError) {
    return cause.code === 'invalid'
      ? badRequest(cause.message, cause.problems)
      : new TRPCError({ code: SERVICE_CODES[cause.code], message: cause.message, cause });
  }
  if (cause instanceof DbInputError) {
    return new TRPCError({ code: DB_CODES[cause.code], message: cause.message, cause });
  }
  if (cause instanceof RulesInputError) {
    return badRequest(cause.message, [{ path: cause.field, message: cause.message }]);
  }
  return null;
}

const baseProcedure = t.procedure.use(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const mapped = mapError(result.error);
  if (mapped) throw mapped;
  return result;
});

/** Every request, signed in or not: refuses cross-site calls before anything else runs. */
export const publicProcedure = baseProcedure.use(async ({ ctx, path, next }) => {
  if (ctx.csrfProblem) {
    await ctx.audit({ action: 'request.csrf_refused', detail: { path, reason: ctx.csrfProblem } });
    throw new TRPCError({ code: 'FORBIDDEN', message: 'This request was refused (cross-site).' });
  }
  return next();
});

/**
 * A signed-in session that has finished signing in: second factor done when the user has one,
 * and a forced password change done. `auth` procedures that must work half-way use
 * `sessionProcedure` instead.
 */
export const sessionProcedure = publicProcedure.use(async ({ ctx, path, next }) => {
  if (!ctx.session) {
    await ctx.audit({ action: 'access.denied', detail: { path, reason: 'no_session' } });
    throw new TRPCError({ code: 'UNAUTHORIZED', message: 'Please sign in.' });
  }
  return next({ ctx: { ...ctx, session: ctx.session } });
});

export const staffProcedure = sessionProcedure.use(async ({ ctx, path, next }) => {
  const s = ctx.session;
  const reason = !s.secondFactorDone
    ? 'second_factor_pending'
    : s.user.mustChangePassword
      ? 'password_change_required'
      : s.totpRequiredButMissing
        ? 'totp_setup_required'
        : null;
  if (reason) {
    await ctx.audit({ action: 'access.denied', detail: { path, reason } });
    throw new TRPCError({
      code: 'FORBIDDEN',
      message:
        reason === 'second_factor_pending'
          ? 'Enter the code from your authenticator app.'
          : reason === 'password_change_required'
            ? 'Choose a new password before you continue.'
            : 'Set up two-step sign-in before you continue.',
    });
  }
  return next({ ctx: { ...ctx, user: s.user } });
});

/** Staff in one of `roles`; a refusal is audited. */
export function roleProcedure(...roles: StaffRole[]) {
  return staffProcedure.use(async ({ ctx, path, next }) => {
    if (!roles.includes(ctx.user.role)) {
      await ctx.audit({
        action: 'access.denied',
        detail: { path, reason: 'role', role: ctx.user.role },
      });
      throw new TRPCError({ code: 'FORBIDDEN', message: 'Your role does not allow this.' });
    }
    return next();
  });
}

export const adminProcedure = roleProcedure('admin');
