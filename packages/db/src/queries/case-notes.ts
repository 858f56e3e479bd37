import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import { caseNotes, cases, users } from '../schema/index';
import { audit, type Actor } from './audit';
import { addCaseEvent } from './case-events';

export type CaseNote = typeof caseNotes.$inferSelect & { authorName: string | null };

export const MAX_NOTE_LENGTH = 20_000;

export async function addNote(
  db: Db,
  caseId: string,
  body: string,
  actor: Actor,
): Promise<typeof caseNotes.$inferSelect> {
  const text = body.trim();
  if (!text) throw new DbInputError('invalid', 'The note is empty');
  if (text.length > MAX_NOTE_LENGTH) {
    throw new DbInputError('invalid', `Notes can be at most ${MAX_NOTE_LENGTH} characters`);
  }
  return db.transaction(async (tx) => {
    const touched = await tx
      .update(cases)
      .set({ updatedAt: actor.now })
      .where(eq(cases.id, caseId))
      .returning({ id: cases.id });
    if (touched.length === 0) throw new DbInputError('not_found', 'No such case');
    const [note] = await tx
      .insert(caseNotes)
      .values({
        caseId,
        authorId: actor.actorId ?? null,
        body: text,
        createdAt: actor.now,
        updatedAt: actor.now,
      })
      .returning();
    await addCaseEvent(tx, caseId, 'note_added', actor, { detail: { noteId: note!.id } });
    await audit(tx, actor, 'note.create', 'case_note', note!.id, { caseId });
    return note!;
  });
}

export async function listNotes(db: Db, caseId: string): Promise<CaseNote[]> {
  const rows = await db
    .select({ note: caseNotes, authorName: users.name })
    .from(caseNotes)
    .leftJoin(users, eq(users.id, caseNotes.authorId))
    .where(eq(caseNotes.caseId, caseId))
    .orderBy(asc(caseNotes.createdAt), asc(caseNotes.id));
  return rows.map((r) => ({ ...r.note, authorName: r.authorName }));
}
