// Actions on several cases at once from the case list: assign, move to another state, export.
// Each case is decided on its own with exactly the rules of the one-case procedures (who may
// change it: case-access.ts; whether the move is allowed and which facts it needs: @sen/rules'
// lifecycle), so a bulk action can never do what the case page would refuse. A refusal is
// reported per case with its reason and does not stop the others; each change is its own
// transaction with its own timeline event and audit row.
import {
  caseFactsOf,
  DbInputError,
  getCase,
  getLocalAuthority,
  getUser,
  transitionCase,
  updateCase,
  type CaseRecord,
} from '@sen/db';
import {
  canTransition,
  formatDate,
  stateLabel,
  STATE_LABELS,
  type CaseDateField,
  type CaseState,
} from '@sen/rules';
import { mayChange, mayRead } from './case-access';
import { actorOf, type StaffCtx } from '../staff-context';
import { ruleContext } from './case-detail';
import type { CasePatchInput } from './case-input';
import { factProblems, summarise } from './fact-checks';
import { toCsv } from '../../lib/csv';

export interface BulkResult {
  id: string;
  /** Null when the case cannot be seen (missing, or not the caller's to see). */
  reference: string | null;
  ok: boolean;
  /** Why it was refused, as a sentence staff can act on. */
  reason?: string;
  /** The state after the action, when it was done. */
  state?: CaseState;
}

const NOT_FOUND = 'Not found: it may have been erased, or it is not yours to see.';

/** The case if the caller may see it, else a refusal row (audited as a denial). */
async function load(ctx: StaffCtx, id: string): Promise<CaseRecord | BulkResult> {
  const row = await getCase(ctx.db, id);
  if (!row || !mayRead(ctx.user, row.assigneeId)) {
    if (row) await denied(ctx, id, 'not_assigned');
    return { id, reference: null, ok: false, reason: NOT_FOUND };
  }
  return row;
}

function denied(ctx: StaffCtx, caseId: string, reason: string) {
  return ctx.audit({
    action: 'access.denied',
    entityType: 'case',
    entityId: caseId,
    detail: { reason, role: ctx.user.role, bulk: true },
  });
}

const refused = (row: CaseRecord, reason: string): BulkResult => ({
  id: row.id,
  reference: row.reference,
  ok: false,
  reason,
});

/** A database refusal (a stale version, a move made meanwhile) as a reason; anything else throws. */
function dbReason(error: unknown): string {
  if (error instanceof DbInputError) return error.message;
  throw error;
}

/** One audit row for the request as a whole: counts only. */
async function auditBulk(ctx: StaffCtx, action: string, results: BulkResult[], extra = {}) {
  await ctx.audit({
    action,
    detail: {
      requested: results.length,
      done: results.filter((r) => r.ok).length,
      refused: results.filter((r) => !r.ok).length,
      ...extra,
    },
  });
}

/**
 * Assigns each case to `assigneeId` (or nobody). An admin may assign any case; a caseworker may
 * only take unassigned cases for themself (as on the case page). The assignee was checked by
 * the caller.
 */
export async function bulkAssign(
  ctx: StaffCtx,
  ids: readonly string[],
  assigneeId: string | null,
): Promise<BulkResult[]> {
  const results: BulkResult[] = [];
  for (const id of ids) {
    const row = await load(ctx, id);
    if (!('version' in row)) {
      results.push(row);
      continue;
    }
    if (ctx.user.role !== 'admin') {
      const reason =
        assigneeId !== ctx.user.id
          ? 'You can assign cases only to yourself. Ask an admin to assign them to someone else.'
          : row.assigneeId !== null && row.assigneeId !== ctx.user.id
            ? 'Already assigned to someone else. Ask an admin to reassign it.'
            : null;
      if (reason) {
        await denied(ctx, row.id, 'assign');
        results.push(refused(row, reason));
        continue;
      }
    }
    if (row.assigneeId === assigneeId) {
      results.push({ id: row.id, reference: row.reference, ok: true, state: row.state });
      continue;
    }
    try {
      const after = await updateCase(
        ctx.db,
        row.id,
        { patch: { assigneeId }, expectedVersion: row.version },
        actorOf(ctx),
      );
      results.push({ id: row.id, reference: row.reference, ok: true, state: after.state });
    } catch (error) {
      results.push(refused(row, dbReason(error)));
    }
  }
  await auditBulk(ctx, 'case.bulk_assign', results, { assigned: assigneeId !== null });
  return results;
}

/**
 * Moves each case to `to`, recording `facts` (the same for every case, e.g. the date a batch of
 * enquiries was closed). Refused per case when the caller may not change it, when @sen/rules does
 * not allow the move from the state it is in or a fact it needs is missing, when a date is
 * impossible for that case, or when the case changed meanwhile. "Certificate issued" is never
 * done in bulk: each needs its own certificate issued first.
 */
export async function bulkTransition(
  ctx: StaffCtx,
  ids: readonly string[],
  to: CaseState,
  facts: CasePatchInput,
): Promise<BulkResult[]> {
  const { today } = await ruleContext(ctx.db, ctx.clock.now());
  const results: BulkResult[] = [];
  for (const id of ids) {
    const row = await load(ctx, id);
    if (!('version' in row)) {
      results.push(row);
      continue;
    }
    if (!mayChange(ctx.user, row.assigneeId)) {
      await denied(ctx, row.id, 'assigned_elsewhere');
      results.push(
        refused(
          row,
          ctx.user.role === 'caseworker'
            ? 'Assigned to another caseworker: ask them or an admin.'
            : 'Your role does not allow changes to this case.',
        ),
      );
      continue;
    }
    if (to === 'certificate_issued') {
      results.push(refused(row, 'Certificates are issued one case at a time, from the case page.'));
      continue;
    }
    const problems = factProblems(
      facts as Partial<Record<CaseDateField, string | null>>,
      caseFactsOf(row),
      today,
    );
    if (problems.length) {
      results.push(refused(row, summarise(problems)));
      continue;
    }
    const merged = { ...caseFactsOf(row), ...facts } as ReturnType<typeof caseFactsOf>;
    const check = canTransition(merged, to);
    if (!check.ok) {
      results.push(refused(row, check.reason));
      continue;
    }
    try {
      const after = await transitionCase(
        ctx.db,
        row.id,
        {
          from: row.state,
          to,
          facts,
          expectedVersion: row.version,
          guard: (f) => canTransition(f, to),
        },
        actorOf(ctx),
      );
      results.push({ id: row.id, reference: row.reference, ok: true, state: after.state });
    } catch (error) {
      results.push(refused(row, dbReason(error)));
    }
  }
  await auditBulk(ctx, 'case.bulk_transition', results, { to });
  return results;
}

/**
 * The chosen cases as one CSV file (reference, track, state, council, assignee, key dates and
 * outcome). No names: the reference identifies a case, and a file that leaves the console
 * should carry as little about a family as it can. Cases the caller may not see are skipped
 * and counted.
 */
export async function bulkExport(ctx: StaffCtx, ids: readonly string[]) {
  const rows: CaseRecord[] = [];
  let skipped = 0;
  for (const id of ids) {
    const row = await load(ctx, id);
    if ('version' in row) rows.push(row);
    else skipped += 1;
  }
  const councils = new Map<string, string>();
  const staff = new Map<string, string>();
  for (const row of rows) {
    if (row.localAuthorityId && !councils.has(row.localAuthorityId)) {
      const la = await getLocalAuthority(ctx.db, row.localAuthorityId);
      councils.set(row.localAuthorityId, la?.name ?? '');
    }
    if (row.assigneeId && !staff.has(row.assigneeId)) {
      const user = await getUser(ctx.db, row.assigneeId);
      staff.set(row.assigneeId, user?.name ?? '');
    }
  }
  const date = (d: string | null) => (d ? formatDate(d) : '');
  const csv = toCsv([
    [
      'Reference',
      'Track',
      'State',
      'Local authority',
      'Assigned to',
      'Decision date',
      'Mediation date',
      'Outcome',
      'Opened',
      'Last updated',
    ],
    ...rows.map((r) => [
      r.reference,
      r.track === 'mediation' ? 'Mediation' : 'Disagreement resolution',
      stateLabel(r.track, r.state) || STATE_LABELS[r.state],
      r.localAuthorityId ? (councils.get(r.localAuthorityId) ?? '') : '',
      r.assigneeId ? (staff.get(r.assigneeId) ?? '') : '',
      date(r.decisionDate),
      date(r.mediationDate),
      r.outcome ?? '',
      r.createdAt.toISOString().slice(0, 10),
      r.updatedAt.toISOString().slice(0, 10),
    ]),
  ]);
  await ctx.audit({ action: 'case.export', detail: { cases: rows.length, skipped } });
  return { filename: `cases-${ctx.clock.now().toISOString().slice(0, 10)}.csv`, csv, skipped };
}

/** The assignee must be an active caseworker, mediator or admin. */
export async function activeAssignee(ctx: StaffCtx, assigneeId: string): Promise<boolean> {
  const user = await getUser(ctx.db, assigneeId);
  return !!user && !user.disabled && user.role !== 'viewer';
}
