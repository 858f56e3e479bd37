// Test-only: cases in a given state, owned by a given user, written straight through @sen/db.
import {
  createCase,
  createCallbackRequest,
  issueCertificate,
  type CaseRecord,
  type CreateCaseInput,
  type Db,
} from '@sen/db';

export const SYSTEM = (now: Date) => ({ now, actorKind: 'system' as const });

export function makeCase(
  t: { db: Db; clock: { now(): Date } },
  patch: Partial<CreateCaseInput> = {},
): Promise<CaseRecord> {
  return createCase(
    t.db,
    {
      track: 'mediation',
      people: [{ role: 'parent_carer', fullName: 'Alex Example', phone: '020 7946 0000' }],
      ...patch,
    },
    SYSTEM(t.clock.now()),
  );
}

/** A case where the family declined mediation on 2 Jan 2026: a certificate (R4) is due. */
export function declinedCase(t: { db: Db; clock: { now(): Date } }, assigneeId: string | null) {
  return makeCase(t, {
    state: 'mediation_declined',
    declinedDate: '2026-01-02',
    decisionDate: '2025-12-10',
    firstContactDate: '2025-12-20',
    appealMatters: ['plan_needs_b'],
    assigneeId,
  });
}

/** A declined case with its certificate issued on 5 Jan 2026. */
export async function certifiedCase(
  t: { db: Db; clock: { now(): Date } },
  assigneeId: string | null,
) {
  const row = await declinedCase(t, assigneeId);
  const certificate = await issueCertificate(
    t.db,
    row.id,
    { type: 'declined_mediation', issuedOn: '2026-01-05' },
    SYSTEM(t.clock.now()),
  );
  return { row, certificate };
}

export function callbackRequest(t: { db: Db; clock: { now(): Date } }, name = 'Sam Caller') {
  return createCallbackRequest(
    t.db,
    {
      name,
      contactMethod: 'phone',
      phone: '07700 900123',
      description: 'About the plan for my son',
      consent: true,
    },
    { now: t.clock.now(), actorKind: 'visitor' },
  );
}
