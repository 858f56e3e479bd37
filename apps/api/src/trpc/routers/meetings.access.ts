// Each caller has a case assigned to them with mediation requested (a viewer's and
// anonymous's are unassigned) and a second one with its meeting saved, for the download.
import { saveMeeting, type StaffUser } from '@sen/db';
import type { AccessFixtures, Caller } from '../../testing/access';
import { defineAccess, STAFF } from '../../testing/access';
import { makeCase, SYSTEM } from '../../testing/cases';

type PerCaller = Record<Caller, { caseId: string; arrangedId: string }>;

const CHANGERS = ['caseworker', 'mediator', 'admin'] as const;
const my = (fx: AccessFixtures, caller: Caller) => (fx.extra.meetings as PerCaller)[caller];

export default defineAccess({
  async setup(fx) {
    const per = {} as PerCaller;
    for (const caller of ['anonymous', ...STAFF] as Caller[]) {
      const owner: StaffUser | undefined =
        caller === 'anonymous' || caller === 'viewer' ? undefined : fx.users[caller];
      const requested = { state: 'mediation_requested' as const, assigneeId: owner?.id ?? null };
      const row = await makeCase(fx.t, requested);
      const arranged = await makeCase(fx.t, requested);
      await saveMeeting(
        fx.t.db,
        arranged.id,
        { date: '2026-01-20', startTime: '10:00', venue: 'Civic Centre' },
        SYSTEM(fx.t.clock.now()),
      );
      per[caller] = { caseId: row.id, arrangedId: arranged.id };
    }
    return { meetings: per };
  },
  cases: [
    {
      path: 'meetings.save',
      allow: CHANGERS,
      input: (fx, c) => ({
        caseId: my(fx, c).caseId,
        meeting: { date: '2026-01-21', startTime: '14:00', venue: 'Library' },
      }),
    },
    {
      path: 'meetings.ics',
      allow: STAFF,
      input: (fx, c) => ({ caseId: my(fx, c).arrangedId }),
      note: 'anyone who may read the case',
    },
  ],
});
