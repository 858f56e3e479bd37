// The database cannot serve this request right now: briefly overloaded (PGlite's single
// connection stayed busy past its wait limit), a lock held past lock_timeout, a statement
// cancelled by statement_timeout, or the server gone or restarting. Not a fault of the request:
// the caller should retry shortly, so 503 with Retry-After everywhere, never a 500.
import { DatabaseBusyError } from '@sen/db';

export const BUSY_RETRY_AFTER_SECONDS = 2;
export const BUSY_MESSAGE = 'The service is busy at the moment. Please try again in a few seconds.';

// PostgreSQL SQLSTATEs that mean "not now" rather than "wrong": lock_not_available,
// query_canceled (statement timeout), admin/crash shutdown, cannot connect now, too many
// connections, out of resources, database not accepting connections / gone, deadlock,
// serialization failure, and the whole class 08 (connection exceptions).
const UNAVAILABLE_SQLSTATES = new Set([
  '55P03',
  '57014',
  '57P01',
  '57P02',
  '57P03',
  '53000',
  '53100',
  '53200',
  '53300',
  '53400',
  '55000',
  '3D000',
  '40001',
  '40P01',
]);
// Node socket errors from the driver.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// node-postgres reports a lost or unobtainable connection with these messages (no code).
const DRIVER_MESSAGES =
  /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Cannot use a pool after calling end|Client was closed|PGlite is closed)/;

/** True when `error` or anything in its cause chain says the database cannot serve now. */
export function isDatabaseBusy(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 8; depth++) {
    if (current instanceof DatabaseBusyError) return true;
    if (typeof current === 'object') {
      const { code, message } = current as { code?: unknown; message?: unknown };
      if (code === 'database_busy') return true;
      if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || NETWORK_CODES.has(code)))
        return true;
      if (typeof code === 'string' && /^08[0-9A-Z]{3}$/.test(code)) return true;
      if (typeof message === 'string' && DRIVER_MESSAGES.test(message)) return true;
    }
    current = typeof current === 'object' ? (current as { cause?: unknown }).cause : undefined;
  }
  return false;
}
