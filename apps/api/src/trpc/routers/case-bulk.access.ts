// Bulk actions: each caller acts on cases of its own (assigned to it; unassigned for viewer and
// anonymous). Per-case refusals (someone else's case, a move the rules do not allow) are tested
// in case-bulk.test.ts; here, who may call each action at all.
import type { StaffUser } from '@sen/db';
import type { AccessFixtures, Caller } from '../../testing/access';
import { defineAccess, STAFF } from '../../testing/access';
import { makeCase } from '../../testing/cases';

type PerCaller = Record<Caller, { caseId: string; freeCaseId: string }>;
const my = (fx: AccessFixtures, caller: Caller) => (fx.extra.caseBulk as PerCaller)[caller];

export default defineAccess({
  async setup(fx) {
    const per = {} as PerCaller;
    for (const caller of ['anonymous', ...STAFF] as Caller[]) {
      const owner: StaffUser | undefined =
        caller === 'anonymous' || caller === 'viewer' ? undefined : fx.users[caller];
      const row = await makeCase(fx.t, { state: 'enquiry', assigneeId: owner?.id ?? null });
      const free = await makeCase(fx.t, { assigneeId: null });
      per[caller] = { caseId: row.id, freeCaseId: free.id };
    }
    return { caseBulk: per };
  },
  cases: [
    {
      path: 'caseBulk.assign',
      allow: ['caseworker', 'admin'],
      input: (fx, c, user) => ({
        ids: [my(fx, c).freeCaseId],
        assigneeId: user?.id ?? fx.users.caseworker.id,
      }),
      note: 'a caseworker takes unassigned cases for themself',
    },
    {
      path: 'caseBulk.transition',
      allow: ['caseworker', 'mediator', 'admin'],
      input: (fx, c) => ({ ids: [my(fx, c).caseId], to: 'closed' }),
    },
    {
      path: 'caseBulk.export',
      allow: STAFF,
      input: (fx, c) => ({ ids: [my(fx, c).caseId] }),
      note: 'only cases the caller may read go into the file',
    },
  ],
});
