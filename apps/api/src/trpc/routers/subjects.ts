// Subject access and erasure that start from a person rather than a case (admin only): look up
// every case and conversation of a person by name, e-mail address or phone number, then export
// or erase exactly the records the admin picked. The terms travel only in POST bodies (these are
// mutations, so not even a GET with a query string could carry them) and are never logged or
// audited: the audit rows hold which kinds of term were used and counts.
import { eraseSubject, exportSubjectData, lookupSubject } from '@sen/db';
import { z } from 'zod';
import { actorOf } from '../../services/staff-context';
import { uuid } from '../../services/cases/case-input';
import { badInput } from '../../services/service-error';
import { cleanText } from '../../lib/text';
import { roleProcedure, router } from '../init';

const term = (max: number) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().trim().max(max))
    .optional()
    .transform((v) => v || undefined);

const selection = z
  .object({
    personIds: z.array(uuid).max(200).default([]),
    callbackIds: z.array(uuid).max(200).default([]),
  })
  .refine((s) => s.personIds.length + s.callbackIds.length > 0, {
    message: 'Choose at least one record that is about this person.',
    path: ['personIds'],
  });

export const subjectsRouter = router({
  /** People on cases, callback requests and chats matching any of the terms given. */
  lookup: roleProcedure('admin')
    .input(
      z.object({
        name: term(200),
        email: term(254),
        phone: term(40),
      }),
    )
    .mutation(({ ctx, input }) => lookupSubject(ctx.db, input, actorOf(ctx))),

  /** Everything held on the chosen records, their cases and chats, as one JSON object. */
  export: roleProcedure('admin')
    .input(selection)
    .mutation(({ ctx, input }) => exportSubjectData(ctx.db, input, actorOf(ctx))),

  /**
   * Erases the chosen person records (and documents about them), callback requests and the
   * chats behind them; the cases' facts stay and the answer lists cases whose notes to check.
   * `confirm` must be the word ERASE, because this cannot be undone.
   */
  erase: roleProcedure('admin')
    .input(z.object({ selection, confirm: z.string().trim().max(20) }))
    .mutation(async ({ ctx, input }) => {
      if (input.confirm.toUpperCase() !== 'ERASE') {
        const message = 'Type ERASE to confirm.';
        throw badInput(message, [{ path: 'confirm', message }]);
      }
      return eraseSubject(ctx.db, input.selection, actorOf(ctx));
    }),
});
