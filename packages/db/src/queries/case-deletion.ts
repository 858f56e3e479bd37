import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import { cases, conversations } from '../schema/index';
import { audit, type Actor } from './audit';

export interface DeleteCaseResult {
  reference: string;
  conversations: number;
}

/**
 * Erases a whole case: its people, timeline, notes, certificates, callback requests (by cascade)
 * and the widget conversations linked to it. With `confirmReference`, refuses unless it names
 * this case, so a wrong id from a stale screen cannot erase another family's case. The audit row
 * keeps the case id and counts only.
 */
export async function deleteCase(
  db: Db,
  id: string,
  actor: Actor,
  options: { confirmReference?: string } = {},
): Promise<DeleteCaseResult> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select({ id: cases.id, reference: cases.reference })
      .from(cases)
      .where(eq(cases.id, id))
      .for('update');
    if (!row) throw new DbInputError('not_found', 'No such case');
    if (
      options.confirmReference !== undefined &&
      options.confirmReference.trim().toUpperCase() !== row.reference
    ) {
      throw new DbInputError(
        'invalid',
        `Type the case reference ${row.reference} exactly to confirm erasing the whole case.`,
      );
    }
    const convos = await tx
      .delete(conversations)
      .where(eq(conversations.caseId, id))
      .returning({ id: conversations.id });
    await tx.delete(cases).where(eq(cases.id, id));
    await audit(tx, actor, 'case.delete', 'case', id, { conversations: convos.length });
    return { reference: row.reference, conversations: convos.length };
  });
}
