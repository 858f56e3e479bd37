// Callback requests families leave in the chat. Each already opened a case (the console shows
// the requests with their cases); staff take one (in progress) or finish it (done). Caseworkers
// and admins only: requests hold names, phone numbers and what the family wrote.
import { z } from 'zod';
import { countNewCallbacks, updateCallbackStatus } from '@sen/db';
import { CALLBACK_STATUSES } from '@sen/db/schema';
import { actorOf } from '../../services/staff-context';
import { uuid } from '../../services/cases/case-input';
import { roleProcedure, router } from '../init';

const HANDLERS = ['caseworker', 'admin'] as const;

export const callbacksRouter = router({
  /**
   * How many requests nobody has picked up: the console's navigation polls it. A count only
   * (no personal data), so it is not audited: one audit row every few seconds per open console
   * would bury the log.
   */
  newCount: roleProcedure(...HANDLERS).query(async ({ ctx }) => ({
    count: await countNewCallbacks(ctx.db),
  })),

  /** `in_progress`: someone is contacting the family; `done`: contacted and closed. */
  setStatus: roleProcedure(...HANDLERS)
    .input(z.object({ id: uuid, status: z.enum(CALLBACK_STATUSES) }))
    .mutation(({ ctx, input }) =>
      updateCallbackStatus(ctx.db, input.id, input.status, actorOf(ctx)),
    ),
});
