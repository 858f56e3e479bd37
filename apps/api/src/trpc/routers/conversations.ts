// Widget conversations for staff (services/conversations.ts). Transcripts are what families
// typed, often about their child, so every read of one is audited (ids only), and only
// caseworkers and admins see them.
import { markConversationReviewed } from '@sen/db';
import { REVIEW_OUTCOMES } from '@sen/db/schema';
import { z } from 'zod';
import { dayRange } from '../../lib/date-range';
import {
  linkToCase,
  listConversations,
  ratedAnswers,
  readConversation,
} from '../../services/conversations';
import { actorOf } from '../../services/staff-context';
import { roleProcedure, router } from '../init';

const readers = roleProcedure('caseworker', 'admin');

const id = z.uuid('That is not a valid id.');
const limit = z.number().int().min(1).max(100).default(50);
const cursor = z.string().max(200).optional();

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

export const conversationsRouter = router({
  /** Conversations, newest activity first, with counts only (no message text). */
  list: readers.input(listInput).query(({ ctx, input }) => listConversations(ctx, input)),

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
    .query(({ ctx, input }) =>
      listConversations(ctx, { ...input, needsReview: true, review: 'open' }),
    ),

  /** One transcript with ratings and comments. Audited as a read of personal data. */
  get: readers.input(z.object({ id })).query(({ ctx, input }) => readConversation(ctx, input.id)),

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
    .query(({ ctx, input }) => ratedAnswers(ctx, input)),

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
        actorOf(ctx),
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
    .mutation(({ ctx, input }) => linkToCase(ctx, input)),
});
