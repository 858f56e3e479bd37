// Bulk actions on the case list: assign, change state, export. Each case is decided on its own
// by the same rules as the one-case procedures (cases/bulk-actions.ts) and the answer lists, per
// case, what was done or why not.
import { CASE_DATE_FIELDS } from '@sen/rules';
import { z } from 'zod';
import {
  activeAssignee,
  bulkAssign,
  bulkExport,
  bulkTransition,
} from '../../services/cases/bulk-actions';
import { casePatchInput, stateInput, uuid } from '../../services/cases/case-input';
import { badInput } from '../../services/service-error';
import { roleProcedure, router, staffProcedure } from '../init';

const CHANGERS = ['caseworker', 'mediator', 'admin'] as const;
export const MAX_BULK = 200;

/**
 * The facts a bulk move may record: the dates and choices lifecycle steps need (and an outcome
 * when closing). Not the case's details (council, issues), which differ from case to case.
 */
const bulkFacts = casePatchInput.pick({
  ...Object.fromEntries(CASE_DATE_FIELDS.map((f) => [f, true as const])),
  agreementKind: true,
  outcome: true,
} as { [K in (typeof CASE_DATE_FIELDS)[number] | 'agreementKind' | 'outcome']: true });

const ids = z
  .array(uuid)
  .min(1, 'Choose at least one case.')
  .max(MAX_BULK, `Choose at most ${MAX_BULK} cases at a time.`)
  .transform((list) => [...new Set(list)]);

export const caseBulkRouter = router({
  /** Admin: assign to anyone (or nobody). Caseworker: take unassigned cases for themself. */
  assign: roleProcedure('caseworker', 'admin')
    .input(z.object({ ids, assigneeId: uuid.nullable() }))
    .mutation(async ({ ctx, input }) => {
      if (input.assigneeId && !(await activeAssignee(ctx, input.assigneeId))) {
        const message = 'Choose an active caseworker, mediator or admin.';
        throw badInput(message, [{ path: 'assigneeId', message }]);
      }
      return { results: await bulkAssign(ctx, input.ids, input.assigneeId) };
    }),

  /** One lifecycle step for each case, where @sen/rules allows it from the state it is in. */
  transition: roleProcedure(...CHANGERS)
    .input(z.object({ ids, to: stateInput, facts: bulkFacts.strict().optional() }))
    .mutation(async ({ ctx, input }) => {
      const facts = Object.fromEntries(
        Object.entries(input.facts ?? {}).filter(([, v]) => v !== undefined),
      );
      return { results: await bulkTransition(ctx, input.ids, input.to, facts) };
    }),

  /** The chosen cases as CSV (no names); cases the caller may not see are skipped. */
  export: staffProcedure
    .input(z.object({ ids }))
    .query(({ ctx, input }) => bulkExport(ctx, input.ids)),
});
