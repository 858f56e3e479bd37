// Widget conversations for staff. Transcripts are what families typed, often about their child,
// so every read of one is audited (ids only), and only caseworkers and admins see them.
import {
  getCase,
  getCaseByReference,
  getConversationWithMessages,
  linkConversationToCase,
  recordAudit,
  type ConversationListItem,
} from '@sen/db';
import { z } from 'zod';
import {
  handledAt,
  listFiltered,
  markHandled,
  REVIEW_OUTCOMES,
} from '../../admin/conversation-review';
import { dayRange, instantsOf } from '../../admin/date-range';
import { badInput, notFound, withDbErrors } from '../../admin/db-errors';
import { roleProcedure, router, type TrpcContext } from '../init';

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
  /** `down`: at least one answer was rated unhelpful. */
  rating: z.enum(['down']).optional(),
  /** Unanswered or rated unhelpful (the console's "to review" view). */
  needsReview: z.boolean().optional(),
  limit,
  cursor,
});

const itemView = (c: ConversationListItem, handled?: Date) => ({
  id: c.id,
  siteId: c.siteId,
  siteName: c.siteName,
  caseId: c.caseId,
  createdAt: c.createdAt,
  lastMessageAt: c.lastMessageAt,
  messageCount: c.messageCount,
  unanswered: c.unanswered,
  downVotes: c.downVotes,
  handledAt: handled && handled >= c.lastMessageAt ? handled : null,
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
    const handled = await handledAt(ctx.db);
    const page = await withDbErrors(() =>
      listFiltered(ctx.db, {
        ...(input.siteId ? { siteId: input.siteId } : {}),
        ...range,
        ...(input.needsReview ? { needsReview: true } : {}),
        keep: (c) =>
          (input.answered !== 'unanswered' || c.unanswered > 0) &&
          (input.answered !== 'answered' || c.unanswered === 0) &&
          (input.rating !== 'down' || c.downVotes > 0),
        limit: input.limit,
        cursor: input.cursor,
      }),
    );
    return {
      items: page.items.map((c) => itemView(c, handled.get(c.id))),
      nextCursor: page.nextCursor,
    };
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
      const handled = await handledAt(ctx.db);
      const page = await withDbErrors(() =>
        listFiltered(ctx.db, {
          ...(input.siteId ? { siteId: input.siteId } : {}),
          needsReview: true,
          keep: (c) => {
            const h = handled.get(c.id);
            return !h || h < c.lastMessageAt;
          },
          limit: input.limit,
          cursor: input.cursor,
        }),
      );
      return { items: page.items.map((c) => itemView(c)), nextCursor: page.nextCursor };
    }),

  /** One transcript with ratings and comments. Audited as a read of personal data. */
  get: readers.input(z.object({ id })).query(async ({ ctx, input }) => {
    const convo = await readTranscript(ctx, input.id, 'transcript');
    const handled = (await handledAt(ctx.db)).get(convo.id);
    return {
      id: convo.id,
      siteId: convo.siteId,
      caseId: convo.caseId,
      hostOrigin: convo.hostOrigin,
      createdAt: convo.createdAt,
      lastMessageAt: convo.lastMessageAt,
      handledAt: handled && handled >= convo.lastMessageAt ? handled : null,
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
      const page = await withDbErrors(() =>
        listFiltered(ctx.db, {
          ...(input.siteId ? { siteId: input.siteId } : {}),
          ...range,
          ...(input.rating === 'down' ? { keep: (c) => c.downVotes > 0 } : {}),
          limit: input.limit,
          cursor: input.cursor,
        }),
      );
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
      const convo = await getConversationWithMessages(ctx.db, input.id);
      if (!convo) throw notFound('That conversation');
      await markHandled(
        ctx.db,
        {
          conversationId: input.id,
          outcome: input.outcome,
          guidanceDocumentId: input.guidanceDocumentId ?? null,
          caseId: convo.caseId,
        },
        { now: ctx.clock.now(), actorId: ctx.user.id },
      );
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
      await withDbErrors(() =>
        linkConversationToCase(ctx.db, input.id, caseId, {
          now: ctx.clock.now(),
          actorId: ctx.user.id,
          actorKind: 'user',
        }),
      );
      return { ok: true as const, caseId };
    }),
});
