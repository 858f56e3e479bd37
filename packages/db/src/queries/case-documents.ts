// Documents attached to a case. The caller (the API) has checked the type from the bytes and the
// size; these functions store, list (without bytes), read and remove them, each change in one
// transaction with its timeline event and audit row (ids, sizes and types only: never the title
// or the file name, which may name a child).
import { and, asc, eq, getTableColumns } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import { caseDocuments, casePeople, cases, users } from '../schema/index';
import { audit, type Actor } from './audit';
import { addCaseEvent } from './case-events';

export type CaseDocument = typeof caseDocuments.$inferSelect;
/** A document without its bytes, for lists. */
export type CaseDocumentSummary = Omit<CaseDocument, 'bytes'> & { uploadedByName: string | null };

export interface CaseDocumentInput {
  title: string;
  fileName: string;
  contentType: string;
  bytes: Buffer;
  sha256: string;
  personId?: string | null;
}

export const MAX_DOCUMENT_TITLE = 200;

const { bytes: _bytes, ...summaryColumns } = getTableColumns(caseDocuments);

export async function addCaseDocument(
  db: Db,
  caseId: string,
  input: CaseDocumentInput,
  actor: Actor,
): Promise<Omit<CaseDocument, 'bytes'>> {
  const title = input.title.trim();
  if (!title) throw new DbInputError('invalid', 'Give the document a title.');
  if (title.length > MAX_DOCUMENT_TITLE) {
    throw new DbInputError('invalid', `Titles can be at most ${MAX_DOCUMENT_TITLE} characters.`);
  }
  if (input.bytes.length === 0) throw new DbInputError('invalid', 'The file is empty.');
  return db.transaction(async (tx) => {
    const touched = await tx
      .update(cases)
      .set({ updatedAt: actor.now })
      .where(eq(cases.id, caseId))
      .returning({ id: cases.id });
    if (touched.length === 0) throw new DbInputError('not_found', 'No such case');
    if (input.personId) {
      const [person] = await tx
        .select({ id: casePeople.id })
        .from(casePeople)
        .where(and(eq(casePeople.id, input.personId), eq(casePeople.caseId, caseId)));
      if (!person) throw new DbInputError('invalid', 'That person is not on this case.');
    }
    const [row] = await tx
      .insert(caseDocuments)
      .values({
        caseId,
        personId: input.personId ?? null,
        title,
        fileName: input.fileName,
        contentType: input.contentType,
        bytes: input.bytes,
        sha256: input.sha256,
        size: input.bytes.length,
        uploadedById: actor.actorId ?? null,
        createdAt: actor.now,
      })
      .returning(summaryColumns);
    await addCaseEvent(tx, caseId, 'document_added', actor, { detail: { documentId: row!.id } });
    await audit(tx, actor, 'document.create', 'case_document', row!.id, {
      caseId,
      size: input.bytes.length,
      contentType: input.contentType,
    });
    return row!;
  });
}

/** The case's documents, oldest first, without their bytes. */
export async function listCaseDocuments(db: Db, caseId: string): Promise<CaseDocumentSummary[]> {
  const rows = await db
    .select({ doc: summaryColumns, uploadedByName: users.name })
    .from(caseDocuments)
    .leftJoin(users, eq(users.id, caseDocuments.uploadedById))
    .where(eq(caseDocuments.caseId, caseId))
    .orderBy(asc(caseDocuments.createdAt), asc(caseDocuments.id));
  return rows.map((r) => ({ ...r.doc, uploadedByName: r.uploadedByName }));
}

/** One document with its bytes, only if it belongs to `caseId` (ids cannot be mixed up). */
export async function getCaseDocument(
  db: Db,
  caseId: string,
  id: string,
): Promise<CaseDocument | undefined> {
  const [row] = await db
    .select()
    .from(caseDocuments)
    .where(and(eq(caseDocuments.id, id), eq(caseDocuments.caseId, caseId)));
  return row;
}

export async function deleteCaseDocument(
  db: Db,
  caseId: string,
  id: string,
  actor: Actor,
): Promise<void> {
  await db.transaction(async (tx) => {
    const gone = await tx
      .delete(caseDocuments)
      .where(and(eq(caseDocuments.id, id), eq(caseDocuments.caseId, caseId)))
      .returning({ id: caseDocuments.id });
    if (gone.length === 0)
      throw new DbInputError('not_found', 'That document is not on this case.');
    await tx.update(cases).set({ updatedAt: actor.now }).where(eq(cases.id, caseId));
    await addCaseEvent(tx, caseId, 'document_removed', actor, { detail: { documentId: id } });
    await audit(tx, actor, 'document.delete', 'case_document', id, { caseId });
  });
}
