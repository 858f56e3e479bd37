import { and, asc, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import { MAX_MESSAGE_LENGTH, textLength } from '../text-length';
import {
  conversations,
  messageFeedback,
  messages,
  partnerSites,
  type MessageMeta,
  type AnswerSource,
  type MessageRole,
  type StoredCitation,
} from '../schema/index';
import { batchJson, queryRows } from '../raw-sql';
import { audit, type Actor } from './audit';
import {
  conversationCursor,
  conversationListWhere,
  crisisCount,
  messageCount,
  ratingCount,
  unansweredCount,
  type ConversationFilter,
} from './conversation-list';

export type { ConversationFilter };

export type Conversation = typeof conversations.$inferSelect;
export type Message = typeof messages.$inferSelect;
export type MessageFeedback = typeof messageFeedback.$inferSelect;

export async function createConversation(
  db: Db,
  input: {
    siteId: string | null;
    tokenHash: string;
    hostOrigin: string | null;
    hostPage?: string | null;
    now: Date;
  },
): Promise<Conversation> {
  const [row] = await db
    .insert(conversations)
    .values({
      siteId: input.siteId,
      tokenHash: input.tokenHash,
      hostOrigin: input.hostOrigin,
      hostPage: input.hostPage ?? null,
      createdAt: input.now,
      lastMessageAt: input.now,
    })
    .returning();
  return row!;
}

/** Includes the token hash: the API compares it with the bearer token's hash. */
export async function getConversation(db: Db, id: string): Promise<Conversation | undefined> {
  const [row] = await db.select().from(conversations).where(eq(conversations.id, id));
  return row;
}

export interface MessageInput {
  conversationId: string;
  role: MessageRole;
  text: string;
  kind?: string | null;
  answered?: boolean | null;
  citations?: StoredCitation[];
  now: Date;
}

export async function addMessage(db: Db, input: MessageInput): Promise<Message> {
  if (input.role === 'visitor' && textLength(input.text) > MAX_MESSAGE_LENGTH) {
    throw new DbInputError('invalid', `Messages can be at most ${MAX_MESSAGE_LENGTH} characters`);
  }
  return db.transaction(async (tx) => {
    const touched = await tx
      .update(conversations)
      .set({ lastMessageAt: input.now })
      .where(eq(conversations.id, input.conversationId))
      .returning({ id: conversations.id });
    if (touched.length === 0) throw new DbInputError('not_found', 'No such conversation');
    const [row] = await tx
      .insert(messages)
      .values({
        conversationId: input.conversationId,
        role: input.role,
        text: input.text,
        kind: input.kind ?? null,
        answered: input.answered ?? null,
        citations: input.citations ?? [],
        createdAt: input.now,
      })
      .returning();
    return row!;
  });
}

export interface ExchangeInput {
  conversationId: string;
  /** The visitor's question, stored with the time it arrived. */
  question: { text: string; at: Date };
  answer: {
    text: string;
    kind: string;
    answered: boolean;
    citations: StoredCitation[];
    at: Date;
    /** The answer engine's conversation state and the quick replies offered. */
    meta?: MessageMeta | null;
    /** Which engine wrote it; null when not known. */
    source?: AnswerSource | null;
    /** The model's refusal or failure reason code, when there was one. */
    modelReason?: string | null;
  };
}

/**
 * Stores a question and its answer together, in ONE statement (no transaction round trips):
 * touches the conversation and inserts both messages, question first (its `seq` is lower, so
 * the order holds even within one millisecond). Throws not_found when the conversation is gone.
 * Returns the answer's id.
 */
export async function addExchange(db: Db, input: ExchangeInput): Promise<{ id: string }> {
  const [stored] = await addExchanges(db, [input]);
  if (!stored) throw new DbInputError('not_found', 'No such conversation');
  return stored;
}

/**
 * Many exchanges (from many conversations, or several from one) in ONE statement, in input
 * order: what a busy instance writes when it groups the answers of concurrent requests. Each
 * result is the answer's id, or null when that conversation is gone (nothing stored for it).
 */
export async function addExchanges(
  db: Db,
  inputs: readonly ExchangeInput[],
): Promise<({ id: string } | null)[]> {
  for (const input of inputs) {
    if (textLength(input.question.text) > MAX_MESSAGE_LENGTH) {
      throw new DbInputError('invalid', `Messages can be at most ${MAX_MESSAGE_LENGTH} characters`);
    }
  }
  if (inputs.length === 0) return [];
  // The batch travels as ONE jsonb parameter rather than nine parameters per message: with
  // many parameters, binding and planning the VALUES list cost several times the writes
  // themselves on embedded PGlite (bench/src/widget-chat.bench.ts).
  const batch = batchJson(
    inputs.flatMap((x, i) => [
      {
        i,
        n: 1,
        conversation_id: x.conversationId,
        role: 'visitor',
        text: x.question.text,
        kind: null,
        answered: null,
        citations: [],
        meta: null,
        source: null,
        model_reason: null,
        created_at: x.question.at.toISOString(),
      },
      {
        i,
        n: 2,
        conversation_id: x.conversationId,
        role: 'assistant',
        text: x.answer.text,
        kind: x.answer.kind,
        answered: x.answer.answered,
        citations: x.answer.citations,
        meta: x.answer.meta ?? null,
        source: x.answer.source ?? null,
        model_reason: x.answer.modelReason ?? null,
        created_at: x.answer.at.toISOString(),
      },
    ]),
  );
  const rows = await queryRows<{
    id: string;
    conversation_id: string;
    role: MessageRole;
    i: number;
  }>(
    db,
    sql`with m as (
          select * from jsonb_to_recordset(${batch}::jsonb) as m(
            i int, n int, conversation_id uuid, role text, text text, kind text,
            answered boolean, citations jsonb, meta jsonb, source text, model_reason text,
            created_at timestamptz
          )
        ),
        -- Lock the conversations in id order first: two batches in flight that name the same
        -- conversations in different orders would otherwise deadlock on PostgreSQL.
        locked as materialized (
          select c.id from ${conversations} c
          where c.id in (select conversation_id from m)
          order by c.id
          for no key update
        ),
        touched as (
          update ${conversations} c set last_message_at = t.at
          from (select conversation_id, max(created_at) as at from m group by conversation_id) t
          join locked l on l.id = t.conversation_id
          where c.id = t.conversation_id
          returning c.id
        ),
        stored as (
          insert into ${messages} (conversation_id, role, text, kind, answered, citations, meta, source, model_reason, created_at)
          select m.conversation_id, m.role, m.text, m.kind, m.answered, m.citations, m.meta, m.source, m.model_reason, m.created_at
          from m join touched on touched.id = m.conversation_id
          order by m.i, m.n
          returning id, conversation_id, role, created_at, seq
        )
        select id, role, conversation_id, seq from stored order by seq`,
  );
  // Rows come back in insertion order, which is input order: the k-th answer stored for a
  // conversation belongs to the k-th input naming it.
  const answers = new Map<string, string[]>();
  for (const r of rows) {
    if (r.role !== 'assistant') continue;
    const list = answers.get(r.conversation_id) ?? [];
    list.push(r.id);
    answers.set(r.conversation_id, list);
  }
  return inputs.map((x) => {
    const id = answers.get(x.conversationId)?.shift();
    return id ? { id } : null;
  });
}

/**
 * What the answer engine needs to read the next message of a conversation: its last few turns
 * (oldest first) and the state stored with the latest answer. One indexed query.
 */
export async function conversationContext(
  db: Db,
  conversationId: string,
  turns = 6,
): Promise<{ history: { role: MessageRole; text: string }[]; state: unknown }> {
  const rows = await db
    .select({ role: messages.role, text: messages.text, meta: messages.meta })
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    .orderBy(desc(messages.createdAt), desc(messages.seq))
    .limit(turns);
  const latest = rows.find((r) => r.role === 'assistant');
  return {
    history: rows.reverse().map((r) => ({ role: r.role, text: r.text })),
    state: latest?.meta?.state ?? null,
  };
}

export async function listMessages(db: Db, conversationId: string): Promise<Message[]> {
  return db
    .select()
    .from(messages)
    .where(eq(messages.conversationId, conversationId))
    .orderBy(asc(messages.createdAt), asc(messages.seq));
}

/** One rating per assistant message; a second rating replaces the first. */
export async function recordFeedback(
  db: Db,
  input: {
    conversationId: string;
    messageId: string;
    rating: 'up' | 'down';
    comment?: string | null;
    now: Date;
  },
): Promise<MessageFeedback> {
  if (input.rating !== 'up' && input.rating !== 'down') {
    throw new DbInputError('invalid', 'Rating must be up or down');
  }
  const comment = input.comment?.trim().slice(0, MAX_MESSAGE_LENGTH) || null;
  const [message] = await db
    .select({ role: messages.role })
    .from(messages)
    .where(
      and(eq(messages.id, input.messageId), eq(messages.conversationId, input.conversationId)),
    );
  // The same answer for "not yours" and "missing", so ids cannot be probed.
  if (!message || message.role !== 'assistant')
    throw new DbInputError('not_found', 'No such message');
  const [row] = await db
    .insert(messageFeedback)
    .values({ messageId: input.messageId, rating: input.rating, comment, createdAt: input.now })
    .onConflictDoUpdate({
      target: messageFeedback.messageId,
      set: { rating: input.rating, comment, createdAt: input.now },
    })
    .returning();
  return row!;
}

export async function linkConversationToCase(
  db: Db,
  conversationId: string,
  caseId: string | null,
  actor: Actor,
): Promise<void> {
  const rows = await db
    .update(conversations)
    .set({ caseId })
    .where(eq(conversations.id, conversationId))
    .returning({ id: conversations.id });
  if (rows.length === 0) throw new DbInputError('not_found', 'No such conversation');
  await audit(db, actor, 'conversation.link_case', 'conversation', conversationId, { caseId });
}

export interface ConversationListItem {
  id: string;
  siteId: string | null;
  siteName: string | null;
  caseId: string | null;
  createdAt: Date;
  lastMessageAt: Date;
  messageCount: number;
  unanswered: number;
  downVotes: number;
  /** How many answers were the crisis reply (risk of harm seen); staff are shown a flag. */
  crisisReplies: number;
}

export async function listConversations(
  db: Db,
  filter: ConversationFilter = {},
): Promise<{ items: ConversationListItem[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200);
  const where = conversationListWhere(filter);
  const unanswered = unansweredCount;
  const downVotes = ratingCount('down');
  if (filter.needsReview) where.push(sql`(${unanswered} > 0 or ${downVotes} > 0)`);
  const rows = await db
    .select({
      id: conversations.id,
      siteId: conversations.siteId,
      siteName: partnerSites.name,
      caseId: conversations.caseId,
      createdAt: conversations.createdAt,
      lastMessageAt: conversations.lastMessageAt,
      messageCount,
      unanswered,
      downVotes,
      crisisReplies: crisisCount,
    })
    .from(conversations)
    .leftJoin(partnerSites, eq(partnerSites.id, conversations.siteId))
    .where(and(...where))
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > limit && last ? conversationCursor(last) : null,
  };
}

export interface ConversationDetail extends Conversation {
  messages: (Message & { feedback: Pick<MessageFeedback, 'rating' | 'comment'> | null })[];
}

export async function getConversationWithMessages(
  db: Db,
  id: string,
): Promise<Omit<ConversationDetail, 'tokenHash'> | undefined> {
  const convo = await getConversation(db, id);
  if (!convo) return undefined;
  const rows = await db
    .select({ message: messages, rating: messageFeedback.rating, comment: messageFeedback.comment })
    .from(messages)
    .leftJoin(messageFeedback, eq(messageFeedback.messageId, messages.id))
    .where(eq(messages.conversationId, id))
    .orderBy(asc(messages.createdAt), asc(messages.seq));
  const { tokenHash: _t, ...rest } = convo;
  return {
    ...rest,
    messages: rows.map((r) => ({
      ...r.message,
      feedback: r.rating ? { rating: r.rating, comment: r.comment } : null,
    })),
  };
}
