// The guidance library: documents and their versions, adding pages (paste, upload, URL), the
// "how was this page split" preview, and publishing. A page is stored only as what it claims to
// be: the parser must find passages in it.
import {
  addGuidanceVersion,
  createGuidanceDocument,
  getGuidanceDocumentBySlug,
  getGuidanceVersion,
  listGuidanceDocuments,
  publishGuidanceVersion,
  unpublishGuidanceDocument,
  type Db,
  type GuidanceVersion,
} from '@sen/db';
import type { GuidanceFormat } from '@sen/db/schema';
import type { Passage } from '@sen/guidance';
import { loadEngine } from './engine';
import { cleanText } from '../../lib/text';
import type { AppDeps } from '../../system/deps';
import { badInput, conflict, notFound } from '../service-error';
import { actorOf, type StaffCtx } from '../staff-context';
import {
  formatFromContentType,
  formatFromFileName,
  MAX_PAGE_CHARS,
  slugFromTitle,
  sniffFormat,
  titleFromBody,
} from './page-input';
import { FetchRefused, safeFetch } from './safe-fetch';
import { sectionOf } from './runtime';

export type GuidanceCtx = StaffCtx & { deps: AppDeps };

/** Guidance can be published only as the page it claims to be: the parser must find passages. */
async function passagesOf(
  doc: { slug: string; title: string },
  v: Pick<GuidanceVersion, 'sourceUrl' | 'asOf' | 'format' | 'body'>,
): Promise<Passage[]> {
  const { parseDocument } = await loadEngine();
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

/** The format staff chose, else the uploaded file's extension, else a guess from the text. */
export function resolveFormat(input: {
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

async function uniqueSlug(db: Db, base: string): Promise<string> {
  for (let n = 1; n < 50; n++) {
    const slug = n === 1 ? base : `${base.slice(0, 56)}-${n}`;
    if (!(await getGuidanceDocumentBySlug(db, slug))) return slug;
  }
  throw conflict('Choose a different title: that one is in use many times.');
}

/** A version with the document it belongs to, or "not found". */
async function versionWithDocument(db: Db, versionId: string) {
  const version = await getGuidanceVersion(db, versionId);
  if (!version) throw notFound('That guidance version');
  const doc = (await listGuidanceDocuments(db)).find((d) => d.id === version.documentId);
  if (!doc) throw notFound('That guidance version');
  return { version, doc };
}

export interface DraftInput {
  documentId?: string | undefined;
  title?: string | undefined;
  slug?: string | undefined;
  format: GuidanceFormat;
  body: string;
  sourceUrl: string;
  asOf: string;
}

/** A new draft (and its document, when none is given), after checking the page parses. */
export async function storeDraft(ctx: StaffCtx, input: DraftInput) {
  const actor = actorOf(ctx);
  let doc: { id: string; slug: string; title: string } | undefined;
  if (input.documentId) {
    doc = (await listGuidanceDocuments(ctx.db)).find((d) => d.id === input.documentId);
    if (!doc) throw notFound('That guidance document');
  }
  const docTitle = doc?.title ?? input.title ?? titleFromBody(input.format, input.body);
  if (!docTitle) throw badInput('Give the page a title.');
  const passages = await passagesOf({ slug: doc?.slug ?? 'preview', title: docTitle }, input);
  if (passages.length === 0) {
    throw badInput(
      'No text was found in that page. Check the format (HTML, Markdown or plain text).',
    );
  }
  if (!doc) {
    const slug = input.slug ?? (await uniqueSlug(ctx.db, slugFromTitle(docTitle)));
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

/**
 * Fetches a public page server-side and stores it as a draft. Refuses anything but http(s),
 * private and loopback addresses (unless the operator allowed them), pages over 2 MB, and sites
 * slower than 10 seconds; a refusal is audited.
 */
export async function storeDraftFromUrl(
  ctx: GuidanceCtx,
  input: { url: string; documentId?: string | undefined; title?: string | undefined; asOf: string },
) {
  let page;
  try {
    page = await safeFetch(input.url, {
      allowPrivate: ctx.deps.config.guidanceFetchAllowPrivate === true,
    });
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
    throw badInput('That address is not a web page or text file (HTML, Markdown or plain text).');
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
    asOf: input.asOf,
  });
}

/** Every document with its versions (newest first), without page bodies. */
export async function listLibrary(db: Db) {
  const docs = await listGuidanceDocuments(db);
  return docs.map((d) => ({
    id: d.id,
    slug: d.slug,
    title: d.title,
    publishedVersionId: d.publishedVersionId,
    updatedAt: d.updatedAt,
    versions: d.versions.map(versionView),
  }));
}

/** One version with its page and the passages the parser splits it into. */
export async function readVersion(db: Db, versionId: string) {
  const { version, doc } = await versionWithDocument(db, versionId);
  return {
    document: {
      id: doc.id,
      slug: doc.slug,
      title: doc.title,
      publishedVersionId: doc.publishedVersionId,
    },
    version: { ...versionView(version), body: version.body },
    passages: (await passagesOf(doc, version)).map(passageView),
  };
}

/** How a pasted or uploaded page would be split, before anything is saved. */
export async function previewSplit(input: {
  body: string;
  format?: GuidanceFormat | undefined;
  fileName?: string | undefined;
  title?: string | undefined;
}) {
  const f = resolveFormat(input);
  const t = input.title ?? titleFromBody(f, input.body) ?? 'Untitled page';
  const passages = await passagesOf(
    { slug: 'preview', title: t },
    { ...input, format: f, sourceUrl: 'https://preview.invalid/', asOf: '2000-01-01' },
  );
  return { format: f, title: t, passages: passages.map(passageView) };
}

/**
 * Makes a version the one the widget answers from. The revision moves, so every instance
 * rebuilds its index; this one does so before answering, so the next question sees it.
 */
export async function publishVersion(ctx: GuidanceCtx, versionId: string) {
  const { version, doc } = await versionWithDocument(ctx.db, versionId);
  const passages = await passagesOf(doc, version);
  const published = await publishGuidanceVersion(
    ctx.db,
    version.id,
    { sections: passages.map(sectionOf) },
    actorOf(ctx),
  );
  await ctx.deps.guidance.refresh();
  return {
    version: versionView(published),
    passages: passages.length,
    revision: ctx.deps.guidance.status().revision,
  };
}

/** Takes a document off the widget: nothing of it is cited any more. */
export async function unpublishDocument(ctx: GuidanceCtx, documentId: string) {
  await unpublishGuidanceDocument(ctx.db, documentId, actorOf(ctx));
  await ctx.deps.guidance.refresh();
  return { ok: true as const, revision: ctx.deps.guidance.status().revision };
}
