// Teaching the chat from the review queue: the families' unanswered or down-rated questions,
// grouped when they recur; the published passages to link one to; and the taught examples,
// added and undone. Each change moves the guidance revision, so every instance answers from it
// within its poll interval (this instance at once).
import {
  createGuidanceExample,
  listGuidanceExamples,
  listReviewQuestions,
  MAX_EXAMPLE_ANSWER_CHARS,
  MAX_EXAMPLE_QUESTION_CHARS,
  recordAudit,
  undoGuidanceExample,
  type GuidanceExample,
} from '@sen/db';
import type { GuidanceIndex } from '@sen/guidance';
import { loadEngine } from '../../services/guidance/engine';
import { z } from 'zod';
import { badInput } from '../../services/service-error';
import { cleanText } from '../../lib/text';
import { roleProcedure, router, staffProcedure, type TrpcContext } from '../init';

/** Who reads transcripts (the questions are families' words) and edits guidance. */
const editors = roleProcedure('caseworker', 'admin');

const id = z.uuid('That is not a valid id.');

const passageView = (index: GuidanceIndex, passageId: string) => {
  const p = index.passage(passageId);
  return p
    ? { id: p.id, title: p.title, headingPath: p.headingPath, text: p.text, url: p.url ?? null }
    : null;
};

/** A taught example with the passage it answers from now (null when no longer published). */
function exampleView(e: GuidanceExample, index: GuidanceIndex) {
  const current =
    index.passage(e.passageId)?.text === e.passageText
      ? e.passageId
      : index.passages.find((p) => p.text === e.passageText)?.id;
  return {
    id: e.id,
    question: e.question,
    answer: e.answer,
    passageText: e.passageText,
    passage: current ? passageView(index, current) : null,
    messageId: e.messageId,
    createdAt: e.createdAt,
  };
}

/** One audit row per conversation whose questions are shown; no rows, nothing shown. */
async function auditQuestionReads(
  ctx: TrpcContext & { user: { id: string } },
  conversationIds: string[],
) {
  for (const conversationId of new Set(conversationIds)) {
    await recordAudit(ctx.db, {
      at: ctx.clock.now(),
      actorKind: 'user',
      actorId: ctx.user.id,
      action: 'conversation.read',
      entityType: 'conversation',
      entityId: conversationId,
      detail: { view: 'questions' },
    });
  }
}

export const taughtRouter = router({
  /**
   * The review queue's questions, those that mean the same grouped, most asked first; each
   * group says whether a taught example answers it now. Audited as a read of each conversation.
   */
  questions: editors
    .input(
      z.object({ siteId: id.optional(), limit: z.number().int().min(1).max(500).default(200) }),
    )
    .query(async ({ ctx, input }) => {
      const [questions, index, examples] = await Promise.all([
        listReviewQuestions(ctx.db, {
          limit: input.limit,
          ...(input.siteId ? { siteId: input.siteId } : {}),
        }),
        ctx.deps.guidance.current(),
        listGuidanceExamples(ctx.db),
      ]);
      await auditQuestionReads(
        ctx,
        questions.map((q) => q.conversationId),
      );
      const views = examples.map((e) => exampleView(e, index));
      const live = views.filter((e) => e.passage);
      const candidates = live.map((e) => ({ question: e.question, passageId: e.passage!.id }));
      const { groupSimilarQuestions, matchTaught } = await loadEngine();
      return groupSimilarQuestions(
        questions.map((q) => q.text),
        index,
      ).map((members) => {
        const asked = members.map((i) => questions[i]!);
        const first = asked[0]!;
        const linked = views.find((e) => asked.some((q) => q.messageId === e.messageId));
        const matched = matchTaught(first.text, candidates, index)?.example;
        const taught = linked ?? (matched ? live[candidates.indexOf(matched)] : null) ?? null;
        return {
          question: first.text,
          messageId: first.messageId,
          conversationId: first.conversationId,
          count: asked.length,
          lastAskedAt: first.askedAt,
          unanswered: asked.filter((q) => q.unanswered).length,
          ratedDown: asked.filter((q) => q.ratedDown).length,
          others: asked.slice(1, 6).map((q) => q.text),
          taught,
        };
      });
    }),

  /**
   * Published passages to link a question to: those that best match `query` (the engine's own
   * search), or the first ones in page order when there is no query.
   */
  passages: staffProcedure
    .input(
      z.object({
        query: z.string().max(300).transform(cleanText).optional(),
        limit: z.number().int().min(1).max(50).default(20),
      }),
    )
    .query(async ({ ctx, input }) => {
      const index = await ctx.deps.guidance.current();
      const query = input.query?.trim();
      const found = query
        ? index.search(query, { limit: input.limit }).hits.map((h) => h.passage)
        : index.passages.slice(0, input.limit);
      // A query that matches nothing by meaning may still be words copied from the page.
      const literal = query
        ? index.passages.filter(
            (p) =>
              p.text.toLowerCase().includes(query.toLowerCase()) &&
              !found.some((f) => f.id === p.id),
          )
        : [];
      return [...found, ...literal].slice(0, input.limit).map((p) => passageView(index, p.id)!);
    }),

  /** Teaches a question: families who ask it again, in other words, get this passage. */
  teach: editors
    .input(
      z.object({
        question: z
          .string()
          .transform(cleanText)
          .pipe(
            z
              .string()
              .trim()
              .min(1, 'Write the question to teach.')
              .max(
                MAX_EXAMPLE_QUESTION_CHARS,
                `The question must be at most ${MAX_EXAMPLE_QUESTION_CHARS} characters.`,
              ),
          ),
        passageId: z.string().trim().min(1, 'Choose the passage that answers it.').max(300),
        answer: z
          .string()
          .transform(cleanText)
          .pipe(
            z
              .string()
              .trim()
              .max(
                MAX_EXAMPLE_ANSWER_CHARS,
                `The short answer must be at most ${MAX_EXAMPLE_ANSWER_CHARS} characters.`,
              ),
          )
          .optional(),
        messageId: id.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const index = await ctx.deps.guidance.current();
      const passage = index.passage(input.passageId);
      if (!passage)
        throw badInput('That passage is not published any more. Choose another passage.');
      const example = await createGuidanceExample(
        ctx.db,
        {
          question: input.question,
          passageId: passage.id,
          passageText: passage.text,
          answer: input.answer || null,
          messageId: input.messageId ?? null,
        },
        { now: ctx.clock.now(), actorId: ctx.user.id, actorKind: 'user' },
      );
      // This instance answers from it at once; the others within their poll interval.
      await ctx.deps.guidance.refresh();
      return { id: example.id };
    }),

  /** Stops answering from a taught example (kept, marked undone, for the record). */
  undo: editors.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    await undoGuidanceExample(ctx.db, input.id, {
      now: ctx.clock.now(),
      actorId: ctx.user.id,
      actorKind: 'user',
    });
    await ctx.deps.guidance.refresh();
    return { ok: true as const };
  }),
});
