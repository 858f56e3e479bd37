// The review queue: conversations with an unanswered question or a thumbs-down that nobody has
// dealt with since their last message. @sen/db has no column for "handled", so the decision is an
// audit row (`conversation.review_handled`, ids and an outcome code only) and the queue subtracts
// those. A conversation that gets a new message after being handled comes back.
import {
  listAudit,
  listConversations,
  recordAudit,
  type ConversationFilter,
  type ConversationListItem,
  type Db,
} from '@sen/db';

export const REVIEW_HANDLED = 'conversation.review_handled';
export const REVIEW_OUTCOMES = ['handled', 'guidance_added', 'case_opened'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

/** When each conversation was last marked handled (newest decision wins), from the audit log. */
export async function handledAt(db: Db, maxEntries = 5000): Promise<Map<string, Date>> {
  const seen = new Map<string, Date>();
  let beforeId: number | undefined;
  for (let read = 0; read < maxEntries;) {
    const page = await listAudit(db, {
      action: REVIEW_HANDLED,
      entityType: 'conversation',
      limit: 500,
      ...(beforeId !== undefined ? { beforeId } : {}),
    });
    for (const e of page.items) {
      if (e.entityId && !seen.has(e.entityId)) seen.set(e.entityId, e.at);
    }
    read += page.items.length;
    if (page.nextBeforeId === null) break;
    beforeId = page.nextBeforeId;
  }
  return seen;
}

export async function markHandled(
  db: Db,
  input: {
    conversationId: string;
    outcome: ReviewOutcome;
    guidanceDocumentId?: string | null;
    caseId?: string | null;
  },
  actor: { now: Date; actorId: string },
): Promise<void> {
  await recordAudit(db, {
    at: actor.now,
    actorKind: 'user',
    actorId: actor.actorId,
    action: REVIEW_HANDLED,
    entityType: 'conversation',
    entityId: input.conversationId,
    detail: {
      outcome: input.outcome,
      ...(input.guidanceDocumentId ? { guidanceDocumentId: input.guidanceDocumentId } : {}),
      ...(input.caseId ? { caseId: input.caseId } : {}),
    },
  });
}

export interface ListFilter extends Omit<ConversationFilter, 'limit' | 'cursor'> {
  /** Keep only items this returns true for (filters @sen/db cannot apply). */
  keep?: (item: ConversationListItem) => boolean;
  limit: number;
  cursor?: string | undefined;
}

/**
 * Pages through @sen/db's list until `limit` items pass `keep` (or a read budget runs out), so a
 * filtered page is as full as an unfiltered one. The cursor stays @sen/db's.
 */
export async function listFiltered(
  db: Db,
  f: ListFilter,
): Promise<{ items: ConversationListItem[]; nextCursor: string | null }> {
  const { keep, limit, cursor: first, ...filter } = f;
  const items: ConversationListItem[] = [];
  let cursor = first;
  for (let round = 0; round < 20; round++) {
    const page = await listConversations(db, {
      ...filter,
      limit: 200,
      ...(cursor ? { cursor } : {}),
    });
    for (const [i, item] of page.items.entries()) {
      if (keep && !keep(item)) continue;
      items.push(item);
      if (items.length === limit) {
        const more = i < page.items.length - 1 || page.nextCursor !== null;
        return { items, nextCursor: more ? cursorOf(item) : null };
      }
    }
    if (!page.nextCursor) return { items, nextCursor: null };
    cursor = page.nextCursor;
  }
  const last = items.at(-1);
  return { items, nextCursor: last ? cursorOf(last) : (cursor ?? null) };
}

/** @sen/db's keyset cursor for the page after `item` (same encoding as listConversations). */
function cursorOf(item: ConversationListItem): string {
  return Buffer.from(`${item.lastMessageAt.toISOString()}|${item.id}`).toString('base64url');
}
