// The guidance library: documents and their versions, adding pages (paste, upload, URL), the
// "how was this page split" preview, publishing, and checking answers before families see them.
import {
  addGuidanceVersion,
  createGuidanceDocument,
  getGuidanceDocumentBySlug,
  getGuidanceVersion,
  listGuidanceDocuments,
  publishGuidanceVersion,
  unpublishGuidanceDocument,
  type GuidanceVersion,
} from '@sen/db';
import { GUIDANCE_FORMATS, type GuidanceFormat } from '@sen/db/schema';
import { parseDocument, type Passage } from '@sen/guidance';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { badInput, notFound } from '../../services/service-error';
import { isoDateProblem } from '../inputs/settings-input';
import { sectionOf } from '../../services/guidance/runtime';
import { collectAnswer, describeAnswer } from '../../services/guidance/answer-probe';
import { answerWithDraft } from '../../services/guidance/draft-preview';
import {
  EvalInputError,
  parseQuestionSet,
  scoreAnswer,
  summarise,
} from '../../services/guidance/eval-score';
import {
  formatFromContentType,
  formatFromFileName,
  MAX_PAGE_CHARS,
  slugFromTitle,
  sniffFormat,
  titleFromBody,
} from '../../services/guidance/page-input';
import { EVALUATION_BUDGET_MS, GUIDANCE_RATE_RULES } from '../../services/guidance/limits';
import { FetchRefused, safeFetch } from '../../services/guidance/safe-fetch';
import { rateKey } from '../../security/rate-limit';
import { cleanText } from '../../lib/text';
import { londonDate } from '../../lib/today';
import { adminProcedure, roleProcedure, router, staffProcedure, type TrpcContext } from '../init';
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

/** Guidance can be published only as the page it claims to be: the parser must find passages. */
function passagesOf(
  doc: { slug: string; title: string },
  v: Pick<GuidanceVersion, 'sourceUrl' | 'asOf' | 'format' | 'body'>,
): Passage[] {
  return parseDocument({
    id: doc.slug,
    title: doc.title,
    url: v.sourceUrl,
    asOf: v.asOf,
    format: v.format,
    body: v.body,
  });
}

const passageView = (p: Passage) => ({
  id: p.id,
  order: p.order,
  kind: p.kind,
  headingPath: p.headingPath,
  text: p.text,
  leadId: p.leadId ?? null,
});

const versionView = (v: Omit<GuidanceVersion, 'body'>) => ({
  id: v.id,
  documentId: v.documentId,
  status: v.status,
  format: v.format,
  sourceUrl: v.sourceUrl,
  asOf: v.asOf,
  createdById: v.createdById,
  createdAt: v.createdAt,
  publishedAt: v.publishedAt,
});

function resolveFormat(input: {
  format?: GuidanceFormat | undefined;
  fileName?: string | undefined;
  body: string;
}): GuidanceFormat {
  if (input.format) return input.format;
  if (input.fileName) {
    const f = formatFromFileName(input.fileName);
    if (!f) throw badInput('Upload an .html, .htm, .md, .markdown or .txt file.');
    return f;
  }
  return sniffFormat(input.body);
}

async function uniqueSlug(ctx: TrpcContext, base: string): Promise<string> {
  for (let n = 1; n < 50; n++) {
    const slug = n === 1 ? base : `${base.slice(0, 56)}-${n}`;
    if (!(await getGuidanceDocumentBySlug(ctx.db, slug))) return slug;
  }
  throw new TRPCError({
    code: 'CONFLICT',
    message: 'Choose a different title: that one is in use many times.',
  });
}

/** A new draft (and its document, when none is given), after checking the page parses. */
async function storeDraft(
  ctx: TrpcContext & { user: { id: string } },
  input: {
    documentId?: string | undefined;
    title?: string | undefined;
    slug?: string | undefined;
    format: GuidanceFormat;
    body: string;
    sourceUrl: string;
    asOf: string;
  },
) {
  const actor = { now: ctx.clock.now(), actorId: ctx.user.id, actorKind: 'user' as const };
  let doc: { id: string; slug: string; title: string } | undefined;
  if (input.documentId) {
    doc = (await listGuidanceDocuments(ctx.db)).find((d) => d.id === input.documentId);
    if (!doc) throw notFound('That guidance document');
  }
  const docTitle = doc?.title ?? input.title ?? titleFromBody(input.format, input.body);
  if (!docTitle) throw badInput('Give the page a title.');
  const passages = passagesOf({ slug: doc?.slug ?? 'preview', title: docTitle }, input);
  if (passages.length === 0) {
    throw badInput(
      'No text was found in that page. Check the format (HTML, Markdown or plain text).',
    );
  }
  if (!doc) {
    const slug = input.slug ?? (await uniqueSlug(ctx, slugFromTitle(docTitle)));
    doc = await createGuidanceDocument(ctx.db, { slug, title: docTitle }, actor);
  }
  const version = await addGuidanceVersion(
    ctx.db,
    doc.id,
    { sourceUrl: input.sourceUrl, format: input.format, body: input.body, asOf: input.asOf },
    actor,
  );
  return {
    document: { id: doc.id, slug: doc.slug, title: doc.title },
    version: versionView(version),
    passages: passages.length,
  };
}

const allowPrivateFetch = (ctx: TrpcContext) => ctx.deps.config.guidanceFetchAllowPrivate === true;

export const guidanceRouter = router({
  /** Files the service publishes for download (its mediation notice, leaflets). */
  files: guidanceFilesRouter,

  /** Every document with its versions (newest first), without page bodies. */
  list: staffProcedure.query(async ({ ctx }) => {
    const docs = await listGuidanceDocuments(ctx.db);
    return docs.map((d) => ({
      id: d.id,
      slug: d.slug,
      title: d.title,
      publishedVersionId: d.publishedVersionId,
      updatedAt: d.updatedAt,
      versions: d.versions.map(versionView),
    }));
  }),

  /** One version with its page and the passages the parser splits it into. */
  getVersion: staffProcedure.input(z.object({ versionId: id })).query(async ({ ctx, input }) => {
    const version = await getGuidanceVersion(ctx.db, input.versionId);
    if (!version) throw notFound('That guidance version');
    const doc = (await listGuidanceDocuments(ctx.db)).find((d) => d.id === version.documentId);
    if (!doc) throw notFound('That guidance version');
    return {
      document: {
        id: doc.id,
        slug: doc.slug,
        title: doc.title,
        publishedVersionId: doc.publishedVersionId,
      },
      version: { ...versionView(version), body: version.body },
      passages: passagesOf(doc, version).map(passageView),
    };
  }),

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
    .mutation(({ input }) => {
      const f = resolveFormat(input);
      const t = input.title ?? titleFromBody(f, input.body) ?? 'Untitled page';
      const passages = passagesOf(
        { slug: 'preview', title: t },
        { ...input, format: f, sourceUrl: 'https://preview.invalid/', asOf: '2000-01-01' },
      );
      return { format: f, title: t, passages: passages.map(passageView) };
    }),

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
        asOf: input.asOf ?? londonDate(ctx.clock.now()),
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
      let page;
      try {
        page = await safeFetch(input.url, { allowPrivate: allowPrivateFetch(ctx) });
      } catch (error) {
        if (error instanceof FetchRefused) {
          await ctx.audit({
            action: 'guidance.fetch_refused',
            entityType: 'guidance_document',
            entityId: input.documentId ?? null,
          });
          throw badInput(error.message);
        }
        throw error;
      }
      const f = formatFromContentType(page.contentType, page.url);
      if (!f)
        throw badInput(
          'That address is not a web page or text file (HTML, Markdown or plain text).',
        );
      if (page.body.length > MAX_PAGE_CHARS)
        throw badInput('That page is too large to add as one guidance page.');
      const body = cleanText(page.body).trim();
      if (!body) throw badInput('That page is empty.');
      return storeDraft(ctx, {
        documentId: input.documentId,
        title: input.title,
        format: f,
        body,
        sourceUrl: page.url,
        asOf: input.asOf ?? londonDate(ctx.clock.now()),
      });
    }),

  /**
   * Makes a version the one the widget answers from. The revision moves, so every instance
   * rebuilds its index; this one does so before answering, so the next question sees it.
   */
  publish: adminProcedure.input(z.object({ versionId: id })).mutation(async ({ ctx, input }) => {
    const version = await getGuidanceVersion(ctx.db, input.versionId);
    if (!version) throw notFound('That guidance version');
    const doc = (await listGuidanceDocuments(ctx.db)).find((d) => d.id === version.documentId);
    if (!doc) throw notFound('That guidance version');
    const passages = passagesOf(doc, version);
    const published = await publishGuidanceVersion(
      ctx.db,
      version.id,
      { sections: passages.map(sectionOf) },
      { now: ctx.clock.now(), actorId: ctx.user.id, actorKind: 'user' },
    );
    await ctx.deps.guidance.refresh();
    return {
      version: versionView(published),
      passages: passages.length,
      revision: ctx.deps.guidance.status().revision,
    };
  }),

  /** Takes a document off the widget: nothing of it is cited any more. */
  unpublish: adminProcedure.input(z.object({ documentId: id })).mutation(async ({ ctx, input }) => {
    await unpublishGuidanceDocument(ctx.db, input.documentId, {
      now: ctx.clock.now(),
      actorId: ctx.user.id,
      actorKind: 'user',
    });
    await ctx.deps.guidance.refresh();
    return { ok: true as const, revision: ctx.deps.guidance.status().revision };
  }),

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
      if (input.draftVersionId) {
        const r = await answerWithDraft(ctx.deps, input.draftVersionId, input.question);
        if (!r) throw notFound('That guidance version');
        return describeAnswer(ctx.db, r.answer, r.passages);
      }
      const answer = await collectAnswer(ctx.deps.guidance.answer(input.question, {}));
      return describeAnswer(ctx.db, answer);
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
      let questions;
      try {
        questions = parseQuestionSet(input.jsonl);
      } catch (error) {
        if (error instanceof EvalInputError) throw badInput(error.message);
        throw error;
      }
      await enforceRate(
        ctx,
        rateKey('guidance-eval', ctx.user.id),
        GUIDANCE_RATE_RULES.evaluation,
        'evaluation runs',
      );
      const deadline = Date.now() + EVALUATION_BUDGET_MS;
      const results = [];
      let notRun = 0;
      for (const q of questions) {
        if (Date.now() > deadline) {
          // A slow model must not hold the request open for ever: the rest count as failed.
          notRun += 1;
          results.push({
            ...(await scoreAnswer(q, undefined)),
            reasons: ['not run: the evaluation reached its time limit'],
            answer: null,
            kind: null,
            citations: [],
          });
          continue;
        }
        const answer = await collectAnswer(ctx.deps.guidance.answer(q.q, {}));
        const scored = await scoreAnswer(q, { text: answer.text, citations: answer.citations });
        results.push({
          ...scored,
          answer: answer.text,
          kind: answer.kind,
          citations: answer.citations.map((c) => ({ title: c.title, quote: c.quote })),
        });
      }
      await ctx.audit({
        action: 'guidance.evaluation_run',
        detail: { questions: results.length, notRun },
      });
      return { ...summarise(results), notRun, results };
    }),
});
