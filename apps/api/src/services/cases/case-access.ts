// Who may read or change one case (docs/ARCHITECTURE.md, "Roles"): a mediator sees only cases
// assigned to them and gets "not found" for the rest, so ids cannot be probed; a caseworker may
// change unassigned cases and their own, not another caseworker's (403); admins everything.
// Every refusal is audited; every successful read is audited by the caller.
import { getCase, type CaseRecord, type StaffUser } from '@sen/db';
import { ServiceError } from '../service-error';
import type { StaffCtx } from '../staff-context';

const NOT_FOUND =
  'We could not find that case. It may have been erased, or it is not yours to see.';

/** Whether `user` may see a case with this assignee (list filters use the same rule). */
export function mayRead(user: Pick<StaffUser, 'id' | 'role'>, assigneeId: string | null): boolean {
  return user.role !== 'mediator' || assigneeId === user.id;
}

/** Whether `user` may change a case with this assignee. */
export function mayChange(user: Pick<StaffUser, 'id' | 'role'>, assigneeId: string | null) {
  switch (user.role) {
    case 'admin':
      return true;
    case 'caseworker':
      return assigneeId === null || assigneeId === user.id;
    case 'mediator':
      return assigneeId === user.id;
    default:
      return false;
  }
}

async function deny(
  ctx: StaffCtx,
  caseId: string,
  reason: string,
  code: 'NOT_FOUND' | 'FORBIDDEN',
) {
  await ctx.audit({
    action: 'access.denied',
    entityType: 'case',
    entityId: caseId,
    detail: { reason, role: ctx.user.role },
  });
  return code === 'NOT_FOUND'
    ? new ServiceError('not_found', NOT_FOUND)
    : new ServiceError(
        'forbidden',
        ctx.user.role === 'caseworker'
          ? 'This case is assigned to another caseworker. Ask them or an admin to reassign it.'
          : 'Your role does not allow changes to this case.',
      );
}

/** The case, if the caller may see it; otherwise 404 (missing, or a mediator's unassigned case). */
export async function readableCase(ctx: StaffCtx, caseId: string): Promise<CaseRecord> {
  const row = await getCase(ctx.db, caseId);
  if (!row) throw new ServiceError('not_found', NOT_FOUND);
  if (!mayRead(ctx.user, row.assigneeId))
    throw await deny(ctx, caseId, 'not_assigned', 'NOT_FOUND');
  return row;
}

/** The case, if the caller may change it (404 when they may not even see it, else 403). */
export async function changeableCase(ctx: StaffCtx, caseId: string): Promise<CaseRecord> {
  const row = await readableCase(ctx, caseId);
  if (!mayChange(ctx.user, row.assigneeId)) {
    throw await deny(ctx, caseId, 'assigned_elsewhere', 'FORBIDDEN');
  }
  return row;
}

/** Appends the "someone read this case" row: ids and the action only. */
export function auditRead(ctx: StaffCtx, caseId: string, what = 'case.read') {
  return ctx.audit({ action: what, entityType: 'case', entityId: caseId });
}
