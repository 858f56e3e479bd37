import { recordAudit, type AuditInput } from '@sen/db';
import type { AppDeps } from '../system/deps';
import { errorSummary } from '../lib/logger';

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
