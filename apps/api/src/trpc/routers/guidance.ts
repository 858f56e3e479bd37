// The guidance library (services/guidance/library.ts): documents and their versions, adding
// pages (paste, upload, URL), the "how was this page split" preview, publishing, and checking
// answers before families see them (services/guidance/evaluation.ts).
import { todayInEngland } from '@sen/rules';
import { GUIDANCE_FORMATS } from '@sen/db/schema';
import { z } from 'zod';
import { cleanText } from '../../lib/text';
import { probeQuestion, readQuestionSet, runEvaluation } from '../../services/guidance/evaluation';
import {
  listLibrary,
  previewSplit,
  publishVersion,
  readVersion,
  resolveFormat,
  storeDraft,
  storeDraftFromUrl,
  unpublishDocument,
} from '../../services/guidance/library';
import { GUIDANCE_RATE_RULES } from '../../services/guidance/limits';
import { MAX_PAGE_CHARS } from '../../services/guidance/page-input';
import { isoDateProblem } from '../../services/settings/settings-input';
import { rateKey } from '../../security/rate-limit';
import { adminProcedure, roleProcedure, router, staffProcedure } from '../init';
import { enforceRate } from '../rate-limited';
import { guidanceFilesRouter } from './guidance-files';

const editorProcedure = roleProcedure('caseworker', 'admin');

const id = z.uuid('That is not a valid id.');
const format = z.enum(GUIDANCE_FORMATS, { message: 'Format must be html, markdown or text.' });
const pageBody = z
  .string()
  .max(
    MAX_PAGE_CHARS,
    `The page is larger than ${MAX_PAGE_CHARS / 1024} KB. Split it into smaller pages.`,
  )
  .transform(cleanText)
  .pipe(z.string().trim().min(1, 'The page is empty.'));
const title = z
  .string()
  .transform(cleanText)
  .pipe(
    z
      .string()
      .trim()
      .min(1, 'Give the page a title.')
      .max(200, 'Titles can be at most 200 characters.'),
  );
const asOf = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '"As of" must be a date written YYYY-MM-DD.')
  .refine((d) => isoDateProblem(d) === null, '"As of" is not a real date.');
const sourceUrl = z
  .string()
  .trim()
  .max(2000, 'The source address is too long.')
  .refine(
    (u) => /^https?:\/\/\S+$/i.test(u) && URL.canParse(u),
    'The source must be a web address starting with https://.',
  );
const question = z
  .string()
  .transform(cleanText)
  .pipe(
    z
      .string()
      .trim()
      .min(1, 'Type a question.')
      .max(1000, 'Questions can be at most 1,000 characters (as in the widget).'),
  );

export const guidanceRouter = router({
  /** Files the service publishes for download (its mediation notice, leaflets). */
  files: guidanceFilesRouter,

  /** Every document with its versions (newest first), without page bodies. */
  list: staffProcedure.query(({ ctx }) => listLibrary(ctx.db)),

  /** One version with its page and the passages the parser splits it into. */
  getVersion: staffProcedure
    .input(z.object({ versionId: id }))
    .query(({ ctx, input }) => readVersion(ctx.db, input.versionId)),

  /** How a pasted or uploaded page would be split, before anything is saved. */
  previewSplit: editorProcedure
    .input(
      z.object({
        body: pageBody,
        format: format.optional(),
        fileName: z.string().max(200).optional(),
        title: title.optional(),
      }),
    )
    .mutation(({ input }) => previewSplit(input)),

  /**
   * Adds a page from pasted text or an uploaded file (the console reads the file and sends its
   * text): a new document, or a new draft version of `documentId`.
   */
  addPage: editorProcedure
    .input(
      z.object({
        documentId: id.optional(),
        title: title.optional(),
        body: pageBody,
        format: format.optional(),
        fileName: z.string().max(200).optional(),
        sourceUrl,
        asOf: asOf.optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      storeDraft(ctx, {
        ...input,
        format: resolveFormat(input),
        asOf: input.asOf ?? todayInEngland(ctx.clock.now()),
      }),
    ),

  /**
   * Fetches a public page server-side and stores it as a draft. Refuses anything but http(s),
   * private and loopback addresses (unless the operator allowed them), pages over 2 MB, and
   * sites slower than 10 seconds.
   */
  addFromUrl: editorProcedure
    .input(
      z.object({
        url: sourceUrl,
        documentId: id.optional(),
        title: title.optional(),
        asOf: asOf.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await enforceRate(
        ctx,
        rateKey('guidance-fetch', ctx.user.id),
        GUIDANCE_RATE_RULES.fetchUrl,
        'pages fetched',
      );
      return storeDraftFromUrl(ctx, {
        ...input,
        asOf: input.asOf ?? todayInEngland(ctx.clock.now()),
      });
    }),

  /**
   * Makes a version the one the widget answers from. The revision moves, so every instance
   * rebuilds its index; this one does so before answering, so the next question sees it.
   */
  publish: adminProcedure
    .input(z.object({ versionId: id }))
    .mutation(({ ctx, input }) => publishVersion(ctx, input.versionId)),

  /** Takes a document off the widget: nothing of it is cited any more. */
  unpublish: adminProcedure
    .input(z.object({ documentId: id }))
    .mutation(({ ctx, input }) => unpublishDocument(ctx, input.documentId)),

  /**
   * The answer a family would get now (or, with `draftVersionId`, if that draft were published),
   * its citations, and the passages weighed with their scores. The question travels in the body.
   */
  testQuestion: staffProcedure
    .input(z.object({ question, draftVersionId: id.optional() }))
    .mutation(async ({ ctx, input }) => {
      await enforceRate(
        ctx,
        rateKey('guidance-question', ctx.user.id),
        GUIDANCE_RATE_RULES.testQuestion,
        'test questions',
      );
      return probeQuestion(ctx, input.question, input.draftVersionId);
    }),

  /**
   * Runs a question set (the /work/shared/eval JSONL format, as text) against the published
   * guidance and scores it the way score.mjs does.
   */
  runEvaluation: staffProcedure
    .input(
      z.object({
        jsonl: z.string().max(256 * 1024, 'The question set is larger than 256 KB; split it.'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const questions = readQuestionSet(input.jsonl);
      await enforceRate(
        ctx,
        rateKey('guidance-eval', ctx.user.id),
        GUIDANCE_RATE_RULES.evaluation,
        'evaluation runs',
      );
      return runEvaluation(ctx, questions);
    }),
});
