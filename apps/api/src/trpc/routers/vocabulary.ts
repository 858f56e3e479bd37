// Staff's own vocabulary: groups of words that mean the same in this field, added without a
// release. Each change moves the guidance revision, so every instance reads questions through
// it within its poll interval (this instance at once).
import {
  addVocabularyTerm,
  listVocabularyTerms,
  MAX_VOCABULARY_WORD_CHARS,
  MAX_VOCABULARY_WORDS,
  removeVocabularyTerm,
} from '@sen/db';
import { z } from 'zod';
import { cleanText } from '../../lib/text';
import { roleProcedure, router, staffProcedure } from '../init';

/** The roles that may add guidance (docs/ARCHITECTURE.md, Roles). */
const editors = roleProcedure('caseworker', 'admin');

const word = z
  .string()
  .transform(cleanText)
  .pipe(
    z
      .string()
      .trim()
      .max(
        MAX_VOCABULARY_WORD_CHARS,
        `Each word or phrase must be at most ${MAX_VOCABULARY_WORD_CHARS} characters.`,
      ),
  );

export const vocabularyRouter = router({
  /** Staff's terms in use, oldest first. */
  list: staffProcedure.query(async ({ ctx }) => {
    const terms = await listVocabularyTerms(ctx.db);
    return terms.map((t) => ({
      id: t.id,
      words: t.words,
      note: t.note,
      createdAt: t.createdAt,
    }));
  }),

  add: editors
    .input(
      z.object({
        words: z
          .array(word)
          .max(MAX_VOCABULARY_WORDS, `Give at most ${MAX_VOCABULARY_WORDS} words or phrases.`)
          .transform((ws) => ws.filter(Boolean))
          .pipe(
            z.array(z.string()).min(2, 'Give at least two words or phrases that mean the same.'),
          ),
        note: z.string().transform(cleanText).pipe(z.string().trim().max(300)).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const term = await addVocabularyTerm(
        ctx.db,
        { words: input.words, note: input.note ?? null },
        { now: ctx.clock.now(), actorId: ctx.user.id, actorKind: 'user' },
      );
      await ctx.deps.guidance.refresh();
      return { id: term.id, words: term.words };
    }),

  remove: editors
    .input(z.object({ id: z.uuid('That is not a valid id.') }))
    .mutation(async ({ ctx, input }) => {
      await removeVocabularyTerm(ctx.db, input.id, {
        now: ctx.clock.now(),
        actorId: ctx.user.id,
        actorKind: 'user',
      });
      await ctx.deps.guidance.refresh();
      return { ok: true as const };
    }),
});
