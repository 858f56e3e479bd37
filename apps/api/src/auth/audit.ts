import { recordAudit, type AuditInput } from '@sen/db';
import type { AppDeps } from '../deps';

export type AuditEntry = Omit<AuditInput, 'at'>;

/**
 * Appends one audit row. An audit write that fails is logged as an error but does not turn the
 * person's request into a failure after the fact (the change itself is audited by @sen/db inside
 * its transaction; these rows are the API's own: logins, denials, reads).
 */
export async function audit(deps: Pick<AppDeps, 'db' | 'clock' | 'logger'>, entry: AuditEntry) {
  try {
    await recordAudit(deps.db, { ...entry, at: deps.clock.now() });
  } catch (error) {
    deps.logger.error({ err: errorSummary(error), action: entry.action }, 'audit write failed');
  }
}

/** An error reduced to what may be logged: its class and message, never bound parameters. */
export function errorSummary(error: unknown) {
  if (error instanceof Error) {
    return { type: error.name, message: error.message.split('\n')[0]?.slice(0, 200) };
  }
  return { type: typeof error };
}
