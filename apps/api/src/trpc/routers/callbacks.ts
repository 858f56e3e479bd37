// Callback requests families leave in the chat. Each already opened a case; staff take it
// (in progress), finish it (done), or go straight to its case. Caseworkers and admins only:
// requests hold names, phone numbers and what the family wrote.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import {
  countNewCallbacks,
  getCallback,
  listCallbacks,
  updateCallbackStatus,
  type CallbackListItem,
  type Db,
} from '@sen/db';
import { CALLBACK_STATUSES } from '@sen/db/schema';
import { readableCase } from '../../services/cases/case-access';
import { actorOf } from '../../services/staff-context';
import { uuid } from '../../services/cases/case-input';
import { roleProcedure, router } from '../init';

const HANDLERS = ['caseworker', 'admin'] as const;

/** Open requests (new, then in progress), oldest first. */
async function openCallbacks(db: Db, limit: number): Promise<CallbackListItem[]> {
  const [fresh, taken] = await Promise.all([
    listCallbacks(db, { status: 'new', limit }),
    listCallbacks(db, { status: 'in_progress', limit }),
  ]);
  return [...fresh, ...taken].slice(0, limit);
}

async function findCallback(db: Db, id: string): Promise<CallbackListItem> {
  const hit = await getCallback(db, id);
  if (hit) return hit;
  throw new TRPCError({ code: 'NOT_FOUND', message: 'We could not find that callback request.' });
}

export const callbacksRouter = router({
  list: roleProcedure(...HANDLERS)
    .input(
      z
        .object({
          status: z.enum([...CALLBACK_STATUSES, 'open']).default('open'),
          limit: z.number().int().min(1).max(500).default(100),
        })
        .default({ status: 'open', limit: 100 }),
    )
    .query(async ({ ctx, input }) => {
      const items =
        input.status === 'open'
          ? await openCallbacks(ctx.db, input.limit)
          : await listCallbacks(ctx.db, { status: input.status, limit: input.limit });
      await ctx.audit({
        action: 'callback.list',
        detail: { status: input.status, results: items.length },
      });
      return items;
    }),

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

  /** The request's case (a new request is marked in progress: someone has picked it up). */
  openCase: roleProcedure(...HANDLERS)
    .input(z.object({ id: uuid }))
    .mutation(async ({ ctx, input }) => {
      const callback = await findCallback(ctx.db, input.id);
      if (!callback.caseId) {
        throw new TRPCError({
          code: 'NOT_FOUND',
          message: 'This request has no case any more (it may have been erased).',
        });
      }
      const row = await readableCase(ctx, callback.caseId);
      if (callback.status === 'new') {
        await updateCallbackStatus(ctx.db, callback.id, 'in_progress', actorOf(ctx));
      }
      await ctx.audit({
        action: 'callback.open_case',
        entityType: 'callback_request',
        entityId: callback.id,
        detail: { caseId: row.id },
      });
      return { caseId: row.id, reference: row.reference };
    }),
});
