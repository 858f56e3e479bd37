import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError, isUniqueViolation } from '../errors';
import {
  GUIDANCE_FORMATS,
  guidanceDocuments,
  guidanceRevisionCounter,
  guidanceSections,
  guidanceVersions,
  type GuidanceFormat,
} from '../schema/index';
import { audit, type Actor } from './audit';
import { isIsoDate } from '@sen/rules';

export type GuidanceDocumentRecord = typeof guidanceDocuments.$inferSelect;
export type GuidanceVersion = typeof guidanceVersions.$inferSelect;
export type GuidanceSection = typeof guidanceSections.$inferSelect;

/** A passage as `@sen/guidance` `parseDocument` returns it (the fields stored). */
export interface SectionInput {
  id: string;
  order: number;
  headingPath: string[];
  text: string;
  kind?: 'paragraph' | 'item' | 'lines';
  leadId?: string;
  url?: string;
  asOf?: string;
}

export async function createGuidanceDocument(
  db: Db,
  input: { slug: string; title: string },
  actor: Actor,
): Promise<GuidanceDocumentRecord> {
  if (!/^[a-z0-9][a-z0-9-]{0,80}$/.test(input.slug)) {
    throw new DbInputError('invalid', 'Document slug: lower-case letters, digits and hyphens');
  }
  if (!input.title.trim()) throw new DbInputError('invalid', 'Document title is empty');
  try {
    const [row] = await db
      .insert(guidanceDocuments)
      .values({
        slug: input.slug,
        title: input.title.trim(),
        createdAt: actor.now,
        updatedAt: actor.now,
      })
      .returning();
    await audit(db, actor, 'guidance.document_create', 'guidance_document', row!.id);
    return row!;
  } catch (error) {
    if (isUniqueViolation(error)) throw new DbInputError('conflict', 'That slug is taken');
    throw error;
  }
}

export async function getGuidanceDocumentBySlug(
  db: Db,
  slug: string,
): Promise<GuidanceDocumentRecord | undefined> {
  const [row] = await db.select().from(guidanceDocuments).where(eq(guidanceDocuments.slug, slug));
  return row;
}

export interface GuidanceDocumentSummary extends GuidanceDocumentRecord {
  versions: Omit<GuidanceVersion, 'body'>[];
}

/** Every document with its versions (newest first, bodies left out). */
export async function listGuidanceDocuments(db: Db): Promise<GuidanceDocumentSummary[]> {
  const docs = await db.select().from(guidanceDocuments).orderBy(asc(guidanceDocuments.title));
  if (docs.length === 0) return [];
  const { body: _body, ...versionColumns } = getTableColumns(guidanceVersions);
  const versions = await db
    .select(versionColumns)
    .from(guidanceVersions)
    .where(
      inArray(
        guidanceVersions.documentId,
        docs.map((d) => d.id),
      ),
    )
    .orderBy(desc(guidanceVersions.createdAt));
  return docs.map((d) => ({ ...d, versions: versions.filter((v) => v.documentId === d.id) }));
}

export interface VersionInput {
  sourceUrl: string;
  format: GuidanceFormat;
  body: string;
  asOf: string;
}

function validateVersion(input: VersionInput): void {
  const problems: string[] = [];
  if (!(GUIDANCE_FORMATS as readonly string[]).includes(input.format))
    problems.push(`unknown format "${input.format}"`);
  if (!input.body.trim()) problems.push('the page is empty');
  if (!isIsoDate(input.asOf)) problems.push('"as of" is not a date (YYYY-MM-DD)');
  try {
    const url = new URL(input.sourceUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
      problems.push('source must be a web address');
  } catch {
    problems.push('source must be a web address');
  }
  if (problems.length)
    throw new DbInputError('invalid', `Version not saved: ${problems.join('; ')}`);
}

/** Stores a new draft version of a document. */
export async function addGuidanceVersion(
  db: Db,
  documentId: string,
  input: VersionInput,
  actor: Actor,
): Promise<GuidanceVersion> {
  validateVersion(input);
  const [doc] = await db
    .select({ id: guidanceDocuments.id })
    .from(guidanceDocuments)
    .where(eq(guidanceDocuments.id, documentId));
  if (!doc) throw new DbInputError('not_found', 'No such guidance document');
  const [row] = await db
    .insert(guidanceVersions)
    .values({
      ...input,
      documentId,
      status: 'draft',
      createdById: actor.actorId ?? null,
      createdAt: actor.now,
    })
    .returning();
  await audit(db, actor, 'guidance.version_create', 'guidance_version', row!.id, { documentId });
  return row!;
}

export async function getGuidanceVersion(db: Db, id: string): Promise<GuidanceVersion | undefined> {
  const [row] = await db.select().from(guidanceVersions).where(eq(guidanceVersions.id, id));
  return row;
}

/** Moves the guidance revision so every instance reloads what it answers from. */
export async function bumpGuidanceRevision(db: Db, now: Date): Promise<void> {
  await db
    .insert(guidanceRevisionCounter)
    .values({ id: 1, revision: 1, changedAt: now })
    .onConflictDoUpdate({
      target: guidanceRevisionCounter.id,
      set: { revision: sql`${guidanceRevisionCounter.revision} + 1`, changedAt: now },
    });
}

async function replaceSections(db: Db, versionId: string, sections: SectionInput[]): Promise<void> {
  await db.delete(guidanceSections).where(eq(guidanceSections.versionId, versionId));
  const rows = sections.map((s) => ({
    versionId,
    position: s.order,
    passageId: s.id,
    kind: s.kind ?? 'paragraph',
    leadId: s.leadId ?? null,
    headingPath: s.headingPath,
    text: s.text,
    url: s.url ?? null,
    asOf: s.asOf ?? null,
  }));
  // Chunked: one statement per ~500 passages keeps the parameter count well under the limit.
  for (let i = 0; i < rows.length; i += 500) {
    await db.insert(guidanceSections).values(rows.slice(i, i + 500));
  }
}

/**
 * Publishes a version with the passages `@sen/guidance` parsed from it: the document's previous
 * published version is retired, and the revision counter moves so every instance re-indexes.
 */
export async function publishGuidanceVersion(
  db: Db,
  versionId: string,
  input: { sections: SectionInput[] },
  actor: Actor,
): Promise<GuidanceVersion> {
  if (input.sections.length === 0) {
    throw new DbInputError('invalid', 'This version has no passages to publish');
  }
  return db.transaction(async (tx) => {
    const [version] = await tx
      .select()
      .from(guidanceVersions)
      .where(eq(guidanceVersions.id, versionId))
      .for('update');
    if (!version) throw new DbInputError('not_found', 'No such guidance version');
    await tx
      .update(guidanceVersions)
      .set({ status: 'retired' })
      .where(
        and(
          eq(guidanceVersions.documentId, version.documentId),
          eq(guidanceVersions.status, 'published'),
        ),
      );
    const [row] = await tx
      .update(guidanceVersions)
      .set({ status: 'published', publishedAt: actor.now })
      .where(eq(guidanceVersions.id, versionId))
      .returning();
    await replaceSections(tx, versionId, input.sections);
    await tx
      .update(guidanceDocuments)
      .set({ publishedVersionId: versionId, updatedAt: actor.now })
      .where(eq(guidanceDocuments.id, version.documentId));
    await bumpGuidanceRevision(tx, actor.now);
    await audit(tx, actor, 'guidance.publish', 'guidance_version', versionId, {
      documentId: version.documentId,
      sections: input.sections.length,
    });
    return row!;
  });
}

/** Takes a document off the widget: nothing of it is cited any more. */
export async function unpublishGuidanceDocument(
  db: Db,
  documentId: string,
  actor: Actor,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [doc] = await tx
      .select()
      .from(guidanceDocuments)
      .where(eq(guidanceDocuments.id, documentId))
      .for('update');
    if (!doc) throw new DbInputError('not_found', 'No such guidance document');
    if (!doc.publishedVersionId) return;
    await tx
      .update(guidanceVersions)
      .set({ status: 'retired' })
      .where(eq(guidanceVersions.id, doc.publishedVersionId));
    await tx
      .update(guidanceDocuments)
      .set({ publishedVersionId: null, updatedAt: actor.now })
      .where(eq(guidanceDocuments.id, documentId));
    await bumpGuidanceRevision(tx, actor.now);
    await audit(tx, actor, 'guidance.unpublish', 'guidance_document', documentId);
  });
}

/**
 * Stores passages for an already-published version (the seed publishes raw pages; the API parses
 * them at start-up, see README). Moves the revision so other instances pick them up.
 */
export async function setGuidanceSections(
  db: Db,
  versionId: string,
  sections: SectionInput[],
  now: Date,
): Promise<void> {
  await db.transaction(async (tx) => {
    await replaceSections(tx, versionId, sections);
    await bumpGuidanceRevision(tx, now);
  });
}

/** Changes on every publish, unpublish and re-index; poll it (one row) to notice new guidance. */
export async function guidanceRevision(db: Db): Promise<number> {
  const [row] = await db
    .select({ revision: guidanceRevisionCounter.revision })
    .from(guidanceRevisionCounter)
    .where(eq(guidanceRevisionCounter.id, 1));
  return row?.revision ?? 0;
}

export interface PublishedGuidance {
  document: { id: string; slug: string; title: string };
  version: GuidanceVersion;
  /** In document order. Empty when the version was published without passages (seed). */
  sections: GuidanceSection[];
}

/** Everything the widget may cite, for building the search index. */
export async function listPublishedGuidance(db: Db): Promise<PublishedGuidance[]> {
  const rows = await db
    .select({
      document: {
        id: guidanceDocuments.id,
        slug: guidanceDocuments.slug,
        title: guidanceDocuments.title,
      },
      version: guidanceVersions,
    })
    .from(guidanceDocuments)
    .innerJoin(guidanceVersions, eq(guidanceVersions.id, guidanceDocuments.publishedVersionId))
    .where(isNotNull(guidanceDocuments.publishedVersionId))
    .orderBy(asc(guidanceDocuments.slug));
  if (rows.length === 0) return [];
  const sections = await db
    .select()
    .from(guidanceSections)
    .where(
      inArray(
        guidanceSections.versionId,
        rows.map((r) => r.version.id),
      ),
    )
    .orderBy(asc(guidanceSections.versionId), asc(guidanceSections.position));
  return rows.map((r) => ({
    ...r,
    sections: sections.filter((s) => s.versionId === r.version.id),
  }));
}
