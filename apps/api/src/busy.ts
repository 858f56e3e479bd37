// The database is briefly overloaded (PGlite's single connection stayed busy past the statement
// timeout). Not a fault: the caller should retry shortly, so 503 with Retry-After.
import { DatabaseBusyError } from '@sen/db';

export const BUSY_RETRY_AFTER_SECONDS = 2;
export const BUSY_MESSAGE = 'The service is busy at the moment. Please try again in a few seconds.';

/** True when `error` or anything in its cause chain is a DatabaseBusyError. */
export function isDatabaseBusy(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 6; depth++) {
    if (current instanceof DatabaseBusyError) return true;
    if (typeof current === 'object' && (current as { code?: unknown }).code === 'database_busy')
      return true;
    current = typeof current === 'object' ? (current as { cause?: unknown }).cause : undefined;
  }
  return false;
}
