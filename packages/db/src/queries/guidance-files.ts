import { desc, eq, getTableColumns } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError, isUniqueViolation } from '../errors';
import { guidanceFiles } from '../schema/index';
import { audit, type Actor } from './audit';
import { bumpGuidanceRevision } from './guidance';

export type GuidanceFile = typeof guidanceFiles.$inferSelect;
/** A file without its bytes, for lists. */
export type GuidanceFileSummary = Omit<GuidanceFile, 'bytes'>;

export interface GuidanceFileInput {
  slug: string;
  title: string;
  description?: string | null;
  fileName: string;
  contentType: string;
  bytes: Buffer;
  sha256: string;
  published?: boolean;
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;
const { bytes: _bytes, ...summaryColumns } = getTableColumns(guidanceFiles);

/**
 * Stores a file to publish. The caller has checked its type and size; this refuses a slug in
 * use. The guidance revision moves, so every instance's answers learn the new link.
 */
export async function createGuidanceFile(
  db: Db,
  input: GuidanceFileInput,
  actor: Actor,
): Promise<GuidanceFileSummary> {
  if (!SLUG.test(input.slug)) {
    throw new DbInputError(
      'invalid',
      'The file address can use lower-case letters, digits and hyphens (at most 80).',
    );
  }
  if (!input.title.trim()) throw new DbInputError('invalid', 'Give the file a title.');
  if (input.bytes.length === 0) throw new DbInputError('invalid', 'The file is empty.');
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(guidanceFiles)
        .values({
          slug: input.slug,
          title: input.title.trim(),
          description: input.description?.trim() || null,
          fileName: input.fileName,
          contentType: input.contentType,
          bytes: input.bytes,
          sha256: input.sha256,
          size: input.bytes.length,
          published: input.published ?? true,
          createdById: actor.actorId ?? null,
          createdAt: actor.now,
        })
        .returning(summaryColumns);
      await audit(tx, actor, 'guidance_file.create', 'guidance_file', row!.id, {
        size: input.bytes.length,
        contentType: input.contentType,
      });
      await bumpGuidanceRevision(tx, actor.now);
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new DbInputError('conflict', 'Another file already uses that address; choose another.');
    }
    throw error;
  }
}

/** Every file, newest first, without bytes. `publishedOnly` for what families may download. */
export async function listGuidanceFiles(
  db: Db,
  options: { publishedOnly?: boolean } = {},
): Promise<GuidanceFileSummary[]> {
  const q = db.select(summaryColumns).from(guidanceFiles);
  return (options.publishedOnly ? q.where(eq(guidanceFiles.published, true)) : q).orderBy(
    desc(guidanceFiles.createdAt),
    desc(guidanceFiles.id),
  );
}

/** One file with its bytes, by id. */
export async function getGuidanceFile(db: Db, id: string): Promise<GuidanceFile | undefined> {
  const [row] = await db.select().from(guidanceFiles).where(eq(guidanceFiles.id, id));
  return row;
}

/** One file with its bytes, by its public slug (published or not: the caller decides). */
export async function getGuidanceFileBySlug(
  db: Db,
  slug: string,
): Promise<GuidanceFile | undefined> {
  if (!SLUG.test(slug)) return undefined;
  const [row] = await db.select().from(guidanceFiles).where(eq(guidanceFiles.slug, slug));
  return row;
}

/** Shows or hides a file from families (the bot's links and the download route). */
export async function setGuidanceFilePublished(
  db: Db,
  id: string,
  published: boolean,
  actor: Actor,
): Promise<GuidanceFileSummary> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(guidanceFiles)
      .set({ published })
      .where(eq(guidanceFiles.id, id))
      .returning(summaryColumns);
    if (!row) throw new DbInputError('not_found', 'No such file');
    await audit(
      tx,
      actor,
      published ? 'guidance_file.publish' : 'guidance_file.unpublish',
      'guidance_file',
      id,
    );
    await bumpGuidanceRevision(tx, actor.now);
    return row;
  });
}

export async function deleteGuidanceFile(db: Db, id: string, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = await tx
      .delete(guidanceFiles)
      .where(eq(guidanceFiles.id, id))
      .returning({ id: guidanceFiles.id });
    if (rows.length === 0) throw new DbInputError('not_found', 'No such file');
    await audit(tx, actor, 'guidance_file.delete', 'guidance_file', id);
    await bumpGuidanceRevision(tx, actor.now);
  });
}
