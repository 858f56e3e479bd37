import {
  bigserial,
  boolean,
  index,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { createdAt, instant } from './columns';
import { partnerSites } from './partner-sites';

/** What `@sen/guidance` cites: exact text of a passage, with where and when it was published. */
export interface StoredCitation {
  title: string;
  quote: string;
  url?: string;
  asOf?: string;
}

/** What staff did about a conversation in the review queue. */
export const REVIEW_OUTCOMES = ['handled', 'guidance_added', 'case_opened'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const conversations = pgTable(
  'conversations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    siteId: uuid('site_id').references(() => partnerSites.id, { onDelete: 'set null' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    /** Hash of the visitor's bearer token; the token itself is never stored. */
    tokenHash: text('token_hash').notNull(),
    hostOrigin: text('host_origin'),
    /**
     * Which page of the partner site the chat began on, as the site names it through the
     * widget's `setContext({ page })` (a label such as "EHC plans", never a URL).
     */
    hostPage: text('host_page'),
    createdAt: createdAt(),
    lastMessageAt: instant('last_message_at').notNull().defaultNow(),
    /** When staff last dealt with it in the review queue; a newer message brings it back. */
    reviewHandledAt: instant('review_handled_at'),
    reviewOutcome: text('review_outcome').$type<ReviewOutcome>(),
  },
  (t) => [
    uniqueIndex('conversations_token_hash_idx').on(t.tokenHash),
    index('conversations_last_message_idx').on(t.lastMessageAt),
    index('conversations_case_idx').on(t.caseId),
    index('conversations_site_created_idx').on(t.siteId, t.createdAt),
  ],
);

export interface MessageMeta {
  state?: unknown;
  quickReplies?: string[];
}
export const ANSWER_SOURCES = ['offline', 'llm'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];

export const MESSAGE_ROLES = ['visitor', 'assistant'] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];

export const messages = pgTable(
  'messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    conversationId: uuid('conversation_id')
      .notNull()
      .references(() => conversations.id, { onDelete: 'cascade' }),
    role: text('role').$type<MessageRole>().notNull(),
    text: text('text').notNull(),
    /** For assistant messages: how the answer was made (safety, intent, retrieval, model, …). */
    kind: text('kind'),
    answered: boolean('answered'),
    citations: jsonb('citations').$type<StoredCitation[]>().notNull().default([]),
    /**
     * For assistant messages: what the conversation had established after this answer (the
     * answer engine's state, read back with the next message on any instance) and the quick
     * replies offered.
     */
    meta: jsonb('meta').$type<MessageMeta>(),
    /** For assistant messages: which engine wrote the text ('offline' or 'llm'). */
    source: text('source').$type<AnswerSource>(),
    /**
     * For assistant messages, when a model is configured: why its answer was refused, failed,
     * skipped or shown without a sentence (a reason code from @sen/guidance, never its text).
     */
    modelReason: text('model_reason'),
    createdAt: createdAt(),
    /** Insertion order: breaks ties between messages stored in the same millisecond. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('messages_conversation_idx').on(t.conversationId, t.createdAt, t.seq)],
);

export const messageFeedback = pgTable(
  'message_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    messageId: uuid('message_id')
      .notNull()
      .references(() => messages.id, { onDelete: 'cascade' }),
    rating: text('rating').$type<'up' | 'down'>().notNull(),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('message_feedback_message_idx').on(t.messageId),
    index('message_feedback_created_idx').on(t.createdAt),
  ],
);
