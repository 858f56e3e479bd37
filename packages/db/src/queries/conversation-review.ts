// Staff's side of widget conversations: the filtered list the console reads (answered or not,
// rated up or down, waiting for review), marking one reviewed, and deleting one. Kept apart from
// conversations.ts, which is the widget's hot path.
import { and, desc, eq, gte, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import {
  REVIEW_OUTCOMES,
  conversations,
  messageFeedback,
  messages,
  partnerSites,
  type ReviewOutcome,
} from '../schema/index';
import { audit, type Actor } from './audit';
import {
  conversationCursor,
  conversationListWhere,
  crisisCount,
  messageCount,
  ratingCount,
  unansweredCount,
} from './conversation-list';
import type { ConversationListItem } from './conversations';

export interface ReviewedConversationItem extends ConversationListItem {
  upVotes: number;
  /** Set only when staff dealt with it after its last message (a newer message reopens it). */
  reviewHandledAt: Date | null;
  reviewOutcome: ReviewOutcome | null;
}

export interface ConversationReviewFilter {
  siteId?: string;
  caseId?: string;
  /** On the last message. */
  from?: Date;
  to?: Date;
  /** `unanswered`: at least one question went unanswered; `answered`: none did. */
  answered?: 'answered' | 'unanswered';
  /** At least one answer rated this way. */
  rating?: 'up' | 'down';
  /** Unanswered or rated down. */
  needsReview?: boolean;
  /** Only conversations in which the chat gave the crisis reply. */
  crisis?: boolean;
  /** `open`: not handled since the last message; `handled`: handled since. */
  review?: 'open' | 'handled';
  limit?: number;
  /** The previous page's nextCursor (same encoding as listConversations). */
  cursor?: string;
}

export async function listConversationsWithReview(
  db: Db,
  filter: ConversationReviewFilter = {},
): Promise<{ items: ReviewedConversationItem[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
  const where = conversationListWhere(filter);
  const hasUnanswered = sql`exists (select 1 from ${messages} m
    where m.conversation_id = ${conversations.id} and m.role = 'assistant' and m.answered = false)`;
  const hasRating = (rating: 'up' | 'down') => sql`exists (select 1 from ${messageFeedback} f
    join ${messages} m on m.id = f.message_id
    where m.conversation_id = ${conversations.id} and f.rating = ${rating})`;
  if (filter.answered === 'unanswered') where.push(hasUnanswered);
  if (filter.answered === 'answered') where.push(sql`not ${hasUnanswered}`);
  if (filter.rating) where.push(hasRating(filter.rating));
  if (filter.needsReview) where.push(sql`(${hasUnanswered} or ${hasRating('down')})`);
  const handledSince = and(
    sql`${conversations.reviewHandledAt} is not null`,
    gte(conversations.reviewHandledAt, conversations.lastMessageAt),
  )!;
  if (filter.review === 'handled') where.push(handledSince);
  if (filter.review === 'open')
    where.push(
      or(
        isNull(conversations.reviewHandledAt),
        lt(conversations.reviewHandledAt, conversations.lastMessageAt),
      )!,
    );
  const rows = await db
    .select({
      id: conversations.id,
      siteId: conversations.siteId,
      siteName: partnerSites.name,
      caseId: conversations.caseId,
      createdAt: conversations.createdAt,
      lastMessageAt: conversations.lastMessageAt,
      messageCount,
      unanswered: unansweredCount,
      downVotes: ratingCount('down'),
      upVotes: ratingCount('up'),
      crisisReplies: crisisCount,
      reviewHandledAt: conversations.reviewHandledAt,
      reviewOutcome: conversations.reviewOutcome,
    })
    .from(conversations)
    .leftJoin(partnerSites, eq(partnerSites.id, conversations.siteId))
    .where(and(...where))
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit).map((r) => {
    const current = r.reviewHandledAt !== null && r.reviewHandledAt >= r.lastMessageAt;
    return {
      ...r,
      reviewHandledAt: current ? r.reviewHandledAt : null,
      reviewOutcome: current ? r.reviewOutcome : null,
    };
  });
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? conversationCursor(last) : null,
  };
}

/** Takes a conversation off the review queue until its next message, saying what was done. */
export async function markConversationReviewed(
  db: Db,
  id: string,
  input: { outcome: ReviewOutcome; guidanceDocumentId?: string | null },
  actor: Actor,
): Promise<{ reviewHandledAt: Date; reviewOutcome: ReviewOutcome }> {
  if (!(REVIEW_OUTCOMES as readonly string[]).includes(input.outcome)) {
    throw new DbInputError('invalid', `Unknown review outcome "${input.outcome}"`);
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(conversations)
      .set({ reviewHandledAt: actor.now, reviewOutcome: input.outcome })
      .where(eq(conversations.id, id))
      .returning({ caseId: conversations.caseId });
    if (!row) throw new DbInputError('not_found', 'No such conversation');
    await audit(tx, actor, 'conversation.review_handled', 'conversation', id, {
      outcome: input.outcome,
      ...(input.guidanceDocumentId ? { guidanceDocumentId: input.guidanceDocumentId } : {}),
      ...(row.caseId ? { caseId: row.caseId } : {}),
    });
    return { reviewHandledAt: actor.now, reviewOutcome: input.outcome };
  });
}

/** When the conversation was last handled, if that was after its last message. */
export async function conversationReview(
  db: Db,
  id: string,
): Promise<{ reviewHandledAt: Date | null; reviewOutcome: ReviewOutcome | null } | undefined> {
  const [row] = await db
    .select({
      at: conversations.reviewHandledAt,
      outcome: conversations.reviewOutcome,
      last: conversations.lastMessageAt,
    })
    .from(conversations)
    .where(eq(conversations.id, id));
  if (!row) return undefined;
  const current = row.at !== null && row.at >= row.last;
  return {
    reviewHandledAt: current ? row.at : null,
    reviewOutcome: current ? row.outcome : null,
  };
}

/**
 * Deletes a conversation with its messages and feedback (and unlinks any callback request made
 * from it). The audit row keeps the id and the message count only.
 */
export async function deleteConversation(db: Db, id: string, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(messages)
      .where(eq(messages.conversationId, id));
    const rows = await tx
      .delete(conversations)
      .where(eq(conversations.id, id))
      .returning({ id: conversations.id });
    if (rows.length === 0) throw new DbInputError('not_found', 'No such conversation');
    await audit(tx, actor, 'conversation.delete', 'conversation', id, {
      messages: Number(count?.n ?? 0),
    });
  });
}
