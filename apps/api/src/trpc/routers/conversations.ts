// Widget conversations for staff. Transcripts are what families typed, often about their child,
// so every read of one is audited (ids only), and only caseworkers and admins see them.
import {
  conversationReview,
  deleteConversation,
  getCase,
  getCaseByReference,
  getConversationWithMessages,
  listCallbacks,
  linkConversationToCase,
  listConversationsWithReview,
  markConversationReviewed,
  recordAudit,
  type ReviewedConversationItem,
} from '@sen/db';
import { REVIEW_OUTCOMES } from '@sen/db/schema';
import { z } from 'zod';
import { dayRange, instantsOf } from '../../lib/date-range';
import { badInput, notFound } from '../../services/service-error';
import { callbackView } from '../../services/cases/case-detail';
import { adminProcedure, roleProcedure, router, type TrpcContext } from '../init';

const readers = roleProcedure('caseworker', 'admin');

const id = z.uuid('That is not a valid id.');
const limit = z.number().int().min(1).max(100).default(50);
const cursor = z.string().max(200).optional();

function rangeOf(input: { from?: string | undefined; to?: string | undefined }) {
  try {
    return instantsOf(input);
  } catch (error) {
    throw badInput((error as Error).message);
  }
}

const listInput = z.object({
  siteId: id.optional(),
  ...dayRange,
  /** `unanswered`: at least one question went unanswered; `answered`: none did. */
  answered: z.enum(['answered', 'unanswered']).optional(),
  /** At least one answer was rated this way. */
  rating: z.enum(['up', 'down']).optional(),
  /** Unanswered or rated unhelpful (the console's "to review" view). */
  needsReview: z.boolean().optional(),
  /** Only conversations in which the chat gave the crisis reply. */
  crisis: z.boolean().optional(),
  limit,
  cursor,
});

const itemView = (c: ReviewedConversationItem) => ({
  id: c.id,
  siteId: c.siteId,
  siteName: c.siteName,
  caseId: c.caseId,
  createdAt: c.createdAt,
  lastMessageAt: c.lastMessageAt,
  messageCount: c.messageCount,
  unanswered: c.unanswered,
  downVotes: c.downVotes,
  upVotes: c.upVotes,
  /** Answers that were the crisis reply: the console flags the conversation. */
  crisisReplies: c.crisisReplies,
  /** Set when staff dealt with it after its last message. */
  handledAt: c.reviewHandledAt,
  reviewOutcome: c.reviewOutcome,
});

/**
 * Fails closed: the read is recorded before the text is handed over, and if the audit row cannot
 * be written the transcript is not shown (unlike ctx.audit, which never throws).
 */
async function readTranscript(
  ctx: TrpcContext & { user: { id: string } },
  conversationId: string,
  why: string,
) {
  const convo = await getConversationWithMessages(ctx.db, conversationId);
  if (!convo) throw notFound('That conversation');
  await recordAudit(ctx.db, {
    at: ctx.clock.now(),
    actorKind: 'user',
    actorId: ctx.user.id,
    action: 'conversation.read',
    entityType: 'conversation',
    entityId: conversationId,
    detail: { view: why },
  });
  return convo;
}

interface FeedbackItem {
  conversationId: string;
  messageId: string;
  siteName: string | null;
  rating: 'up' | 'down';
  comment: string | null;
  question: string | null;
  answer: string;
  answered: boolean | null;
  at: Date;
}

export const conversationsRouter = router({
  /** Conversations, newest activity first, with counts only (no message text). */
  list: readers.input(listInput).query(async ({ ctx, input }) => {
    const range = rangeOf(input);
    const page = await listConversationsWithReview(ctx.db, {
      ...(input.siteId ? { siteId: input.siteId } : {}),
      ...range,
      ...(input.answered ? { answered: input.answered } : {}),
      ...(input.rating ? { rating: input.rating } : {}),
      ...(input.needsReview ? { needsReview: true } : {}),
      ...(input.crisis ? { crisis: true } : {}),
      limit: input.limit,
      ...(input.cursor ? { cursor: input.cursor } : {}),
    });
    return { items: page.items.map(itemView), nextCursor: page.nextCursor };
  }),

  /**
   * Unanswered and low-rated conversations nobody has handled since their last message, oldest
   * activity last, each with the exchanges that put it here.
   */
  reviewQueue: readers
    .input(
      z.object({
        siteId: id.optional(),
        limit: z.number().int().min(1).max(50).default(20),
        cursor,
      }),
    )
    .query(async ({ ctx, input }) => {
      const page = await listConversationsWithReview(ctx.db, {
        ...(input.siteId ? { siteId: input.siteId } : {}),
        needsReview: true,
        review: 'open',
        limit: input.limit,
        ...(input.cursor ? { cursor: input.cursor } : {}),
      });
      return { items: page.items.map(itemView), nextCursor: page.nextCursor };
    }),

  /** One transcript with ratings and comments. Audited as a read of personal data. */
  get: readers.input(z.object({ id })).query(async ({ ctx, input }) => {
    const convo = await readTranscript(ctx, input.id, 'transcript');
    const [review, callbacks] = await Promise.all([
      conversationReview(ctx.db, convo.id),
      listCallbacks(ctx.db, { conversationId: convo.id }),
    ]);
    return {
      id: convo.id,
      siteId: convo.siteId,
      caseId: convo.caseId,
      hostOrigin: convo.hostOrigin,
      hostPage: convo.hostPage,
      createdAt: convo.createdAt,
      lastMessageAt: convo.lastMessageAt,
      handledAt: review?.reviewHandledAt ?? null,
      reviewOutcome: review?.reviewOutcome ?? null,
      /** Answers that were the crisis reply (kind 'crisis'). */
      crisisReplies: convo.messages.filter((m) => m.role === 'assistant' && m.kind === 'crisis')
        .length,
      messages: convo.messages.map((m) => ({
        id: m.id,
        role: m.role,
        text: m.text,
        kind: m.kind,
        answered: m.answered,
        citations: m.citations,
        createdAt: m.createdAt,
        feedback: m.feedback,
      })),
      /** What the family asked for in the callback form (its words, best time to call). */
      callbacks: callbacks.map(callbackView),
    };
  }),

  /**
   * Rated answers with the question before each and the family's comment, across the
   * conversations of one page of `list` (each transcript read is audited).
   */
  feedback: readers
    .input(
      z.object({
        siteId: id.optional(),
        ...dayRange,
        rating: z.enum(['up', 'down']).optional(),
        limit: z.number().int().min(1).max(20).default(20),
        cursor,
      }),
    )
    .query(async ({ ctx, input }) => {
      const range = rangeOf(input);
      const page = await listConversationsWithReview(ctx.db, {
        ...(input.siteId ? { siteId: input.siteId } : {}),
        ...range,
        ...(input.rating ? { rating: input.rating } : {}),
        limit: input.limit,
        ...(input.cursor ? { cursor: input.cursor } : {}),
      });
      const items: FeedbackItem[] = [];
      for (const c of page.items) {
        if (c.messageCount < 2) continue;
        const convo = await readTranscript(ctx, c.id, 'feedback');
        convo.messages.forEach((m, i) => {
          if (!m.feedback || (input.rating && m.feedback.rating !== input.rating)) return;
          const asked = convo.messages
            .slice(0, i)
            .reverse()
            .find((x) => x.role === 'visitor');
          items.push({
            conversationId: convo.id,
            messageId: m.id,
            siteName: c.siteName,
            rating: m.feedback.rating,
            comment: m.feedback.comment,
            question: asked?.text ?? null,
            answer: m.text,
            answered: m.answered,
            at: m.createdAt,
          });
        });
      }
      return { items, nextCursor: page.nextCursor };
    }),

  /** Takes a conversation off the review queue, saying what was done about it. */
  markHandled: readers
    .input(
      z.object({
        id,
        outcome: z.enum(REVIEW_OUTCOMES, {
          message: 'Say what was done: handled, guidance_added or case_opened.',
        }),
        guidanceDocumentId: id.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await markConversationReviewed(
        ctx.db,
        input.id,
        { outcome: input.outcome, guidanceDocumentId: input.guidanceDocumentId ?? null },
        { now: ctx.clock.now(), actorId: ctx.user.id, actorKind: 'user' },
      );
      return { ok: true as const };
    }),

  /**
   * Deletes a conversation with its messages and ratings (a family asked, or it holds what it
   * should not). Admins only; the audit row keeps the id and message count.
   */
  delete: adminProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    await deleteConversation(ctx.db, input.id, {
      now: ctx.clock.now(),
      actorId: ctx.user.id,
      actorKind: 'user',
    });
    return { ok: true as const };
  }),

  /** Links a conversation to a case (by reference, as staff read it, or id), or unlinks it. */
  linkCase: readers
    .input(
      z
        .object({
          id,
          caseReference: z.string().trim().min(1).max(40).optional(),
          caseId: id.nullable().optional(),
        })
        .refine((v) => v.caseReference !== undefined || v.caseId !== undefined, {
          message: 'Give the case reference, or caseId: null to unlink.',
        }),
    )
    .mutation(async ({ ctx, input }) => {
      let caseId: string | null = null;
      if (input.caseReference) {
        const found = await getCaseByReference(ctx.db, input.caseReference);
        if (!found) throw notFound(`Case ${input.caseReference.toUpperCase()}`);
        caseId = found.id;
      } else if (input.caseId) {
        if (!(await getCase(ctx.db, input.caseId))) throw notFound('That case');
        caseId = input.caseId;
      }
      await linkConversationToCase(ctx.db, input.id, caseId, {
        now: ctx.clock.now(),
        actorId: ctx.user.id,
        actorKind: 'user',
      });
      return { ok: true as const, caseId };
    }),
});
