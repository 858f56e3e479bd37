// Who a case involves besides the family: who the disagreement is with (the other party and the
// kind of setting) and the other people with their role (council officer, SENCO, health
// commissioner…). Per-case access as in cases.ts; @sen/rules says whether the case may still
// change (not once closed); @sen/db audits each change in its transaction.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  addContact,
  caseFactsOf,
  listContacts,
  removeContact,
  setOtherParty,
  updateContact,
} from '@sen/db';
import { canChangeParties } from '@sen/rules';
import { changeableCase } from '../../services/cases/case-access';
import { actorOf, type StaffCtx } from '../../services/staff-context';
import { uuid } from '../../services/cases/case-input';
import { contactInput, otherPartyInput } from '../../services/cases/meeting-input';
import { badInput } from '../../services/service-error';
import { roleProcedure, router } from '../init';

const CHANGERS = ['caseworker', 'mediator', 'admin'] as const;

/** The case, if the caller may change it and the rules still allow changing who is involved. */
async function openCase(ctx: StaffCtx, caseId: string) {
  const row = await changeableCase(ctx, caseId);
  const check = canChangeParties(caseFactsOf(row));
  if (!check.ok) throw badInput(check.reason);
  return row;
}

async function contactOnCase(ctx: StaffCtx, caseId: string, contactId: string) {
  if (!(await listContacts(ctx.db, caseId)).some((c) => c.id === contactId)) {
    throw new TRPCError({ code: 'NOT_FOUND', message: 'That person is not on this case.' });
  }
}

const guard = (facts: Parameters<typeof canChangeParties>[0]) => canChangeParties(facts);

function defined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as never;
}

export const casePartiesRouter = router({
  /** Who the disagreement is with: the kind of setting (a fixed list) and its name. */
  setOtherParty: roleProcedure(...CHANGERS)
    .input(
      z.object({
        caseId: uuid,
        expectedVersion: z.number().int().min(1).optional(),
        otherParty: otherPartyInput,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const row = await openCase(ctx, input.caseId);
      const updated = await setOtherParty(
        ctx.db,
        row.id,
        {
          kind: input.otherParty.kind,
          name: input.otherParty.name ?? null,
          ...(input.expectedVersion !== undefined
            ? { expectedVersion: input.expectedVersion }
            : {}),
        },
        actorOf(ctx),
        guard,
      );
      return { case: updated };
    }),

  addContact: roleProcedure(...CHANGERS)
    .input(z.object({ caseId: uuid, contact: contactInput }))
    .mutation(async ({ ctx, input }) => {
      const row = await openCase(ctx, input.caseId);
      return addContact(ctx.db, row.id, defined(input.contact), actorOf(ctx), guard);
    }),

  updateContact: roleProcedure(...CHANGERS)
    .input(z.object({ caseId: uuid, contactId: uuid, patch: contactInput.partial() }))
    .mutation(async ({ ctx, input }) => {
      const row = await openCase(ctx, input.caseId);
      await contactOnCase(ctx, row.id, input.contactId);
      return updateContact(
        ctx.db,
        row.id,
        input.contactId,
        defined(input.patch),
        actorOf(ctx),
        guard,
      );
    }),

  removeContact: roleProcedure(...CHANGERS)
    .input(z.object({ caseId: uuid, contactId: uuid }))
    .mutation(async ({ ctx, input }) => {
      const row = await openCase(ctx, input.caseId);
      await contactOnCase(ctx, row.id, input.contactId);
      await removeContact(ctx.db, row.id, input.contactId, actorOf(ctx), guard);
      return { ok: true as const };
    }),
});
