import { pgError } from '../errors';

/** Resolves to the PostgreSQL error message a promise rejected with (drizzle wraps it). */
export async function dbErrorOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return pgError(error)?.message ?? (error instanceof Error ? error.message : String(error));
  }
  throw new Error('Expected the statement to fail, but it succeeded');
}
