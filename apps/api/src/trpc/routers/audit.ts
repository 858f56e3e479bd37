// The audit log for admins: who did what to which record, filtered and exported. Rows hold ids
// and action names only; names of staff are joined in here for reading.
import { listAudit, listUsers, type AuditEntry, type AuditFilter } from '@sen/db';
import { z } from 'zod';
import { toCsv, type CsvCell } from '../../lib/csv';
import { dayRange, instantsOf } from '../../lib/date-range';
import { badInput } from '../../services/service-error';
import { adminProcedure, router, type TrpcContext } from '../init';

const EXPORT_MAX_ROWS = 50_000;

const filterInput = {
  actorId: z.uuid('That is not a valid user id.').optional(),
  action: z
    .string()
    .trim()
    .regex(/^[a-z0-9_.]{1,80}$/, 'Actions look like case.transition.')
    .optional(),
  entityType: z
    .string()
    .trim()
    .regex(/^[a-z0-9_]{1,60}$/, 'Entity types look like case or guidance_version.')
    .optional(),
  entityId: z.string().trim().min(1).max(100).optional(),
  ...dayRange,
};

type FilterInput = {
  actorId?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};

function filterOf(input: FilterInput): AuditFilter {
  let range;
  try {
    range = instantsOf(input);
  } catch (error) {
    throw badInput((error as Error).message);
  }
  return {
    ...(input.actorId ? { actorId: input.actorId } : {}),
    ...(input.action ? { action: input.action } : {}),
    ...(input.entityType ? { entityType: input.entityType } : {}),
    ...(input.entityId ? { entityId: input.entityId } : {}),
    ...range,
  };
}

async function namesOf(ctx: TrpcContext): Promise<Map<string, string>> {
  return new Map((await listUsers(ctx.db)).map((u) => [u.id, u.name]));
}

const view = (e: AuditEntry, names: Map<string, string>) => ({
  id: e.id,
  at: e.at,
  actorKind: e.actorKind,
  actorId: e.actorId,
  actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  detail: e.detail,
});

export const auditRouter = router({
  /** Newest first; pass the previous page's `nextBeforeId` as `beforeId` for the next page. */
  list: adminProcedure
    .input(
      z.object({
        ...filterInput,
        beforeId: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(500).default(100),
      }),
    )
    .query(async ({ ctx, input }) => {
      const page = await listAudit(ctx.db, {
        ...filterOf(input),
        ...(input.beforeId ? { beforeId: input.beforeId } : {}),
        limit: input.limit,
      });
      const names = await namesOf(ctx);
      return { items: page.items.map((e) => view(e, names)), nextBeforeId: page.nextBeforeId };
    }),

  /** Every matching entry as CSV (spreadsheet-formula safe), newest first. The export is audited. */
  exportCsv: adminProcedure.input(z.object(filterInput)).mutation(async ({ ctx, input }) => {
    const filter = filterOf(input);
    const names = await namesOf(ctx);
    const rows: CsvCell[][] = [];
    let beforeId: number | undefined;
    let truncated = false;
    for (;;) {
      const page = await listAudit(ctx.db, {
        ...filter,
        limit: 500,
        ...(beforeId ? { beforeId } : {}),
      });
      for (const e of page.items) {
        const v = view(e, names);
        rows.push([
          v.id,
          v.at,
          v.actorKind,
          v.actorId,
          v.actorName,
          v.action,
          v.entityType,
          v.entityId,
          v.detail ? JSON.stringify(v.detail) : '',
        ]);
      }
      if (page.nextBeforeId === null) break;
      if (rows.length >= EXPORT_MAX_ROWS) {
        truncated = true;
        break;
      }
      beforeId = page.nextBeforeId;
    }
    await ctx.audit({ action: 'audit.export', detail: { rows: rows.length, truncated } });
    const stamp = ctx.clock.now().toISOString().slice(0, 10);
    return {
      fileName: `audit-log-${stamp}.csv`,
      rows: rows.length,
      truncated,
      // Every cell quoted: the audit log's readers (and its test) expect it.
      csv: toCsv(
        [
          [
            'id',
            'at',
            'actor_kind',
            'actor_id',
            'actor_name',
            'action',
            'entity_type',
            'entity_id',
            'detail',
          ],
          ...rows,
        ],
        { quoteEveryCell: true },
      ),
    };
  }),
});
