// Groups of words staff say mean the same in this field, added from the console without a
// release. Each change moves the guidance revision so every instance answers with them at once.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import { vocabularyTerms } from '../schema/index';
import { audit, type Actor } from './audit';
import { bumpGuidanceRevision } from './guidance';

export type VocabularyTerm = typeof vocabularyTerms.$inferSelect;

export const MAX_VOCABULARY_WORDS = 12;
export const MAX_VOCABULARY_WORD_CHARS = 60;

/** Trimmed, single-spaced, without repeats (case-insensitively); at least two remain. */
function cleanWords(words: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of words) {
    const w = raw.replace(/\s+/g, ' ').trim();
    if (!w || seen.has(w.toLowerCase())) continue;
    seen.add(w.toLowerCase());
    out.push(w);
  }
  if (out.length < 2)
    throw new DbInputError('invalid', 'Give at least two different words or phrases.');
  if (out.length > MAX_VOCABULARY_WORDS)
    throw new DbInputError('invalid', `Give at most ${MAX_VOCABULARY_WORDS} words or phrases.`);
  const long = out.find((w) => w.length > MAX_VOCABULARY_WORD_CHARS);
  if (long)
    throw new DbInputError(
      'invalid',
      `"${long.slice(0, 20)}…" is longer than ${MAX_VOCABULARY_WORD_CHARS} characters.`,
    );
  return out;
}

export async function addVocabularyTerm(
  db: Db,
  input: { words: string[]; note?: string | null },
  actor: Actor,
): Promise<VocabularyTerm> {
  const words = cleanWords(input.words);
  const note = input.note?.trim() || null;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(vocabularyTerms)
      .values({ words, note, createdById: actor.actorId ?? null, createdAt: actor.now })
      .returning();
    await bumpGuidanceRevision(tx, actor.now);
    await audit(tx, actor, 'guidance.vocabulary_add', 'vocabulary_term', row!.id, {
      words: words.length,
    });
    return row!;
  });
}

export async function removeVocabularyTerm(db: Db, id: string, actor: Actor): Promise<void> {
  await db.transaction(async (tx) => {
    const rows = await tx
      .update(vocabularyTerms)
      .set({ removedAt: actor.now, removedById: actor.actorId ?? null })
      .where(and(eq(vocabularyTerms.id, id), isNull(vocabularyTerms.removedAt)))
      .returning({ id: vocabularyTerms.id });
    if (rows.length === 0)
      throw new DbInputError('not_found', 'No such term, or it was already removed');
    await bumpGuidanceRevision(tx, actor.now);
    await audit(tx, actor, 'guidance.vocabulary_remove', 'vocabulary_term', id);
  });
}

/** The terms in use (not removed), oldest first. */
export async function listVocabularyTerms(db: Db): Promise<VocabularyTerm[]> {
  return db
    .select()
    .from(vocabularyTerms)
    .where(isNull(vocabularyTerms.removedAt))
    .orderBy(asc(vocabularyTerms.createdAt), asc(vocabularyTerms.id));
}
