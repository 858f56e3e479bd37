// Questions staff taught the chat from the review queue. Each change moves the guidance revision
// in the same transaction, so every API instance reloads what it answers from within seconds.
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import { guidanceExamples } from '../schema/index';
import { audit, type Actor } from './audit';
import { bumpGuidanceRevision } from './guidance';

export type GuidanceExample = typeof guidanceExamples.$inferSelect;

export interface GuidanceExampleInput {
  question: string;
  passageId: string;
  /** The passage's exact text as staff saw it when they chose it. */
  passageText: string;
  answer?: string | null;
  /** The family's question it comes from, when taught from the review queue. */
  messageId?: string | null;
}

export const MAX_EXAMPLE_QUESTION_CHARS = 500;
export const MAX_EXAMPLE_ANSWER_CHARS = 600;

export async function createGuidanceExample(
  db: Db,
  input: GuidanceExampleInput,
  actor: Actor,
): Promise<GuidanceExample> {
  const question = input.question.replace(/\s+/g, ' ').trim();
  const answer = input.answer?.replace(/\s+/g, ' ').trim() || null;
  if (!question) throw new DbInputError('invalid', 'Write the question to teach.');
  if (question.length > MAX_EXAMPLE_QUESTION_CHARS)
    throw new DbInputError(
      'invalid',
      `The question is longer than ${MAX_EXAMPLE_QUESTION_CHARS} characters.`,
    );
  if (answer && answer.length > MAX_EXAMPLE_ANSWER_CHARS)
    throw new DbInputError(
      'invalid',
      `The short answer is longer than ${MAX_EXAMPLE_ANSWER_CHARS} characters.`,
    );
  if (!input.passageId.trim() || !input.passageText.trim())
    throw new DbInputError('invalid', 'Choose the passage that answers the question.');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(guidanceExamples)
      .values({
        question,
        passageId: input.passageId,
        passageText: input.passageText,
        answer,
        messageId: input.messageId ?? null,
        createdById: actor.actorId ?? null,
        createdAt: actor.now,
      })
      .returning();
    await bumpGuidanceRevision(tx, actor.now);
    // Ids and flags only: the question is what a family typed.
    await audit(tx, actor, 'guidance.example_create', 'guidance_example', row!.id, {
      passageId: input.passageId,
      withAnswer: answer !== null,
      ...(input.messageId ? { messageId: input.messageId } : {}),
    });
    return row!;
  });
}

/** Stops answering from a taught example. Undone examples stay listed for the record. */
export async function undoGuidanceExample(db: Db, id: string, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = await tx
      .update(guidanceExamples)
      .set({ undoneAt: actor.now, undoneById: actor.actorId ?? null })
      .where(and(eq(guidanceExamples.id, id), isNull(guidanceExamples.undoneAt)))
      .returning({ id: guidanceExamples.id });
    if (rows.length === 0)
      throw new DbInputError('not_found', 'No such taught question, or it was already undone');
    await bumpGuidanceRevision(tx, actor.now);
    await audit(tx, actor, 'guidance.example_undo', 'guidance_example', id);
  });
}

/** Taught examples, newest first; undone ones only when asked for. */
export async function listGuidanceExamples(
  db: Db,
  opts: { includeUndone?: boolean; messageIds?: string[] } = {},
): Promise<GuidanceExample[]> {
  const where = [];
  if (!opts.includeUndone) where.push(isNull(guidanceExamples.undoneAt));
  if (opts.messageIds) {
    if (opts.messageIds.length === 0) return [];
    where.push(inArray(guidanceExamples.messageId, opts.messageIds));
  }
  return db
    .select()
    .from(guidanceExamples)
    .where(and(...where))
    .orderBy(desc(guidanceExamples.createdAt), desc(guidanceExamples.id));
}
