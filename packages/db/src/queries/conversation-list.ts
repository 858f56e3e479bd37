// The conditions and page cursor the two conversation lists share (listConversations and
// listConversationsWithReview). Internal to the queries: not re-exported from the package.
import { and, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import { DbInputError } from '../errors';
import { conversations, messageFeedback, messages } from '../schema/index';

export interface ConversationFilter {
  siteId?: string;
  caseId?: string;
  from?: Date;
  to?: Date;
  /** Only conversations with an unanswered question or a thumbs-down (for reviewing answers). */
  needsReview?: boolean;
  /** Only conversations in which the chat gave the crisis reply. */
  crisis?: boolean;
  limit?: number;
  /** The previous page's nextCursor. */
  cursor?: string;
}

/** The page cursor of the conversation lists: newest activity first, id breaking ties. */
export const conversationCursor = (row: { lastMessageAt: Date; id: string }) =>
  Buffer.from(`${row.lastMessageAt.toISOString()}|${row.id}`).toString('base64url');

/**
 * A conversation staff can read something in: a message, or a case it led to (a callback asked
 * for without a message). Every opening of the widget makes a conversation; most who open it
 * never type, and those empty rows are kept out of staff's lists and reports (and purged within a
 * day, retention.ts).
 */
export const hasContent = sql`(exists (select 1 from ${messages} m
  where m.conversation_id = ${conversations.id}) or ${conversations.caseId} is not null)`;

/** The conditions both conversation lists share: site, case, period, crisis and the page cursor. */
export function conversationListWhere(
  filter: Pick<ConversationFilter, 'siteId' | 'caseId' | 'from' | 'to' | 'cursor' | 'crisis'>,
): SQL[] {
  const where: SQL[] = [hasContent];
  if (filter.crisis) where.push(sql`${crisisCount} > 0`);
  if (filter.siteId) where.push(eq(conversations.siteId, filter.siteId));
  if (filter.caseId) where.push(eq(conversations.caseId, filter.caseId));
  if (filter.from) where.push(gte(conversations.lastMessageAt, filter.from));
  if (filter.to) where.push(lt(conversations.lastMessageAt, filter.to));
  if (filter.cursor) {
    const [t, id] = Buffer.from(filter.cursor, 'base64url').toString().split('|');
    if (!t || !id || Number.isNaN(Date.parse(t)) || !/^[0-9a-f-]{36}$/i.test(id)) {
      throw new DbInputError(
        'invalid',
        'That page link is out of date; start from the first page.',
      );
    }
    where.push(
      or(
        lt(conversations.lastMessageAt, new Date(t)),
        and(eq(conversations.lastMessageAt, new Date(t)), lt(conversations.id, id)),
      )!,
    );
  }
  return where;
}

/** Per-conversation counts both lists show: messages, unanswered questions, ratings. */
export const messageCount = sql<number>`(select count(*)::int from ${messages} m
  where m.conversation_id = ${conversations.id})`;
export const unansweredCount = sql<number>`(select count(*)::int from ${messages} m
  where m.conversation_id = ${conversations.id} and m.role = 'assistant' and m.answered = false)`;
export const ratingCount = (rating: 'up' | 'down') => sql<number>`(select count(*)::int
  from ${messageFeedback} f join ${messages} m on m.id = f.message_id
  where m.conversation_id = ${conversations.id} and f.rating = ${rating})`;
/**
 * Answers that were the crisis reply (kind 'crisis': the chat saw risk of harm and gave 999,
 * Samaritans, NSPCC and Childline): staff should know a family was in crisis.
 */
export const crisisCount = sql<number>`(select count(*)::int from ${messages} m
  where m.conversation_id = ${conversations.id} and m.role = 'assistant' and m.kind = 'crisis')`;
