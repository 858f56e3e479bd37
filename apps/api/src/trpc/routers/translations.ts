// The widget's texts per language, and staff's corrections to them: an admin fixes a wrong or
// clumsy translation without a release. The catalogues live in the repository
// (apps/widget/src/strings); a correction replaces one text in one language, is checked against
// the English text's placeholders, and is served to families within seconds (widget-api/strings).
import {
  listTextOverrides,
  MAX_TEXT_OVERRIDE_CHARS,
  removeTextOverride,
  setTextOverride,
} from '@sen/db';
import { CATALOGUES, ENGLISH, textProblem } from '@sen/widget/catalogues';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { cleanText } from '../../lib/text';
import { forgetTextOverrides } from '../../http/widget-api/strings';
import { adminProcedure, router } from '../init';

const language = z
  .string()
  .refine((l) => Object.hasOwn(CATALOGUES, l), 'Choose one of the chat’s languages.');
const key = z
  .string()
  .max(100)
  .refine((k) => Object.hasOwn(ENGLISH.messages, k), 'There is no such text.');

export const translationsRouter = router({
  /** The chat's languages, each with whether a person has checked its translation. */
  languages: adminProcedure.query(async ({ ctx }) => {
    const rows = await listTextOverrides(ctx.db);
    return Object.values(CATALOGUES).map((c) => ({
      language: c.language,
      name: c.name,
      dir: c.dir,
      reviewed: c.reviewed,
      corrections: rows.filter((r) => r.language === c.language).length,
    }));
  }),

  /** Every text of one language: English, the catalogue's text and any correction. */
  list: adminProcedure.input(z.object({ language })).query(async ({ ctx, input }) => {
    const catalogue = CATALOGUES[input.language]!;
    const rows = await listTextOverrides(ctx.db, input.language);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    return {
      language: catalogue.language,
      name: catalogue.name,
      dir: catalogue.dir,
      reviewed: catalogue.reviewed,
      texts: Object.entries(ENGLISH.messages).map(([k, english]) => {
        const o = byKey.get(k);
        return {
          key: k,
          english,
          catalogue: catalogue.messages[k] ?? english,
          correction: o ? { text: o.text, updatedAt: o.updatedAt } : null,
        };
      }),
    };
  }),

  /** Sets the text families see for one key in one language (audited). */
  set: adminProcedure
    .input(
      z.object({
        language,
        key,
        text: z
          .string()
          .transform(cleanText)
          .pipe(
            z
              .string()
              .trim()
              .min(1, 'Type the text, or remove the correction instead.')
              .max(
                MAX_TEXT_OVERRIDE_CHARS,
                `Keep the text under ${MAX_TEXT_OVERRIDE_CHARS} characters.`,
              ),
          ),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const problem = textProblem(input.language, input.key, input.text);
      if (problem) throw new TRPCError({ code: 'BAD_REQUEST', message: problem });
      await setTextOverride(ctx.db, input, {
        now: ctx.clock.now(),
        actorId: ctx.user.id,
        actorKind: 'user',
      });
      forgetTextOverrides(ctx);
      return { ok: true as const };
    }),

  /** Removes a correction: families see the catalogue's text again (audited). */
  remove: adminProcedure.input(z.object({ language, key })).mutation(async ({ ctx, input }) => {
    await removeTextOverride(ctx.db, input, {
      now: ctx.clock.now(),
      actorId: ctx.user.id,
      actorKind: 'user',
    });
    forgetTextOverrides(ctx);
    return { ok: true as const };
  }),
});
