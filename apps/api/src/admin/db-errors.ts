import { DbInputError } from '@sen/db';
import { TRPCError } from '@trpc/server';

const CODES = {
  not_found: 'NOT_FOUND',
  invalid: 'BAD_REQUEST',
  conflict: 'CONFLICT',
  stale: 'CONFLICT',
} as const;

/**
 * Runs a @sen/db call and turns its `DbInputError` (a message meant for a person) into the tRPC
 * error with the matching status. Anything else stays an internal error, whose message the error
 * formatter replaces, so SQL never reaches the browser.
 */
export async function withDbErrors<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DbInputError) {
      throw new TRPCError({ code: CODES[error.code], message: error.message, cause: error });
    }
    throw error;
  }
}

export function notFound(what: string): TRPCError {
  return new TRPCError({ code: 'NOT_FOUND', message: `${what} was not found.` });
}

export function badInput(message: string): TRPCError {
  return new TRPCError({ code: 'BAD_REQUEST', message });
}
