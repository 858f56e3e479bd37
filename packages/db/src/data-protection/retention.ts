import { and, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { audit } from '../queries/audit';
import { purgeRateLimits } from '../queries/rate-limits';
import { purgeExpiredSessions } from '../queries/sessions';
import { getSettings } from '../queries/settings';
import { cases, conversations, messages } from '../schema/index';

export interface PurgeResult {
  cases: number;
  conversations: number;
  sessions: number;
  /** The cut-off instants used, for the log. */
  closedCasesBefore: string;
  conversationsBefore: string;
}

/** `now` minus whole calendar months (clamped to the month's last day, like the law's months). */
export function monthsBefore(now: Date, months: number): Date {
  const d = new Date(now);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

const BATCH = 500;

/** How long a conversation nobody wrote in is kept (the widget makes one on every opening). */
export const EMPTY_CONVERSATION_HOURS = 24;

/**
 * Deletes what the retention periods in settings say is no longer kept: cases concluded longer
 * ago than `retentionClosedCaseMonths` (with their people, timeline, notes, certificates and
 * callback requests), then conversations not linked to a case whose last message is older than
 * `retentionConversationDays` (with messages and feedback), and conversations nobody wrote in
 * after `EMPTY_CONVERSATION_HOURS`; also expired sessions and stale rate
 * limit windows. Runs in batches so a large first purge does not hold locks for long. The audit
 * log is untouched (it holds no personal data) and records the counts.
 */
export async function purgeExpiredData(
  db: Db,
  options: { now: Date; closedCaseMonths?: number; conversationDays?: number },
): Promise<PurgeResult> {
  const settings = await getSettings(db);
  const closedBefore = monthsBefore(
    options.now,
    options.closedCaseMonths ?? settings.retentionClosedCaseMonths,
  );
  const convoBefore = new Date(
    options.now.getTime() -
      (options.conversationDays ?? settings.retentionConversationDays) * 86_400_000,
  );
  let caseCount = 0;
  for (;;) {
    const batch = await db
      .select({ id: cases.id })
      .from(cases)
      .where(lt(cases.concludedAt, closedBefore))
      .limit(BATCH);
    if (batch.length === 0) break;
    await db.transaction(async (tx) => {
      const ids = batch.map((b) => b.id);
      // Conversations that led to the case go with it, whatever their age.
      await tx.delete(conversations).where(inArray(conversations.caseId, ids));
      await tx.delete(cases).where(inArray(cases.id, ids));
    });
    caseCount += batch.length;
  }
  let convoCount = 0;
  for (;;) {
    const batch = await db
      .select({ id: conversations.id })
      .from(conversations)
      .where(and(isNull(conversations.caseId), lt(conversations.lastMessageAt, convoBefore)))
      .limit(BATCH);
    if (batch.length === 0) break;
    await db.delete(conversations).where(
      inArray(
        conversations.id,
        batch.map((b) => b.id),
      ),
    );
    convoCount += batch.length;
  }
  // A widget opened and closed without a word leaves an empty conversation: nothing to keep,
  // so it goes after a day instead of waiting out the retention period.
  const emptyBefore = new Date(options.now.getTime() - EMPTY_CONVERSATION_HOURS * 3_600_000);
  for (;;) {
    const batch = await db
      .select({ id: conversations.id })
      .from(conversations)
      .where(
        and(
          isNull(conversations.caseId),
          lt(conversations.createdAt, emptyBefore),
          sql`not exists (select 1 from ${messages} m where m.conversation_id = ${conversations.id})`,
        ),
      )
      .limit(BATCH);
    if (batch.length === 0) break;
    await db.delete(conversations).where(
      inArray(
        conversations.id,
        batch.map((b) => b.id),
      ),
    );
    convoCount += batch.length;
  }
  const sessionCount = await purgeExpiredSessions(db, options.now);
  await purgeRateLimits(db, new Date(options.now.getTime() - 86_400_000));
  await audit(db, { now: options.now, actorKind: 'system' }, 'retention.purge', null, null, {
    cases: caseCount,
    conversations: convoCount,
    sessions: sessionCount,
  });
  return {
    cases: caseCount,
    conversations: convoCount,
    sessions: sessionCount,
    closedCasesBefore: closedBefore.toISOString(),
    conversationsBefore: convoBefore.toISOString(),
  };
}
