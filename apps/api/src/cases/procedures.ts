// The procedure builders the case-work routers use: the core's staff and role procedures plus one
// middleware that turns the errors @sen/db and @sen/rules throw for bad input (a missing row, a
// stale form, an impossible date) into the 4xx a person can act on. Anything else stays a 500
// with no internals (see the error formatter in trpc/init.ts).
import { TRPCError, type TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { DbInputError } from '@sen/db';
import type { StaffRole } from '@sen/db/schema';
import { RulesInputError } from '@sen/rules';
import { ZodRealError } from 'zod';
import { middleware, roleProcedure, staffProcedure } from '../trpc/init';

const DB_CODES: Record<DbInputError['code'], TRPC_ERROR_CODE_KEY> = {
  not_found: 'NOT_FOUND',
  invalid: 'BAD_REQUEST',
  conflict: 'CONFLICT',
  stale: 'CONFLICT',
};

export interface FieldProblem {
  /** Dotted input path, e.g. `patch.decisionDate`, so the console can mark the field. */
  path: string;
  message: string;
}

/**
 * A 400 whose field problems reach the console as `data.fieldErrors` (the formatter reads them
 * from a ZodError cause), with one sentence naming them all as the message.
 */
export function badInput(message: string, problems: readonly FieldProblem[] = []): TRPCError {
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

export const friendlyErrors = middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof DbInputError) {
    throw new TRPCError({ code: DB_CODES[cause.code], message: cause.message });
  }
  if (cause instanceof RulesInputError) {
    throw badInput(cause.message, [{ path: cause.field, message: cause.message }]);
  }
  return result;
});

/** Any signed-in staff member (the procedure itself narrows by case). */
export const staffCall = staffProcedure.use(friendlyErrors);

/** Staff in one of `roles`. */
export const rolesCall = (...roles: StaffRole[]) => roleProcedure(...roles).use(friendlyErrors);
