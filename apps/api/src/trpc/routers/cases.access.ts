// Each caller works on a case of its own (rows that change a case run once per caller), set up
// so that the role table's "allowed" case is what is tested: a caseworker on a case assigned
// to them, a mediator on a case assigned to them. Another caseworker's case (403) and a
// mediator's unassigned case (404) are tested for every case procedure in cases.test.ts.
import type { StaffUser } from '@sen/db';
import { addPerson, listPeople } from '@sen/db';
import type { AccessFixtures, Caller } from '../../testing/access';
import { defineAccess, STAFF } from '../../testing/access';
import { makeCase, SYSTEM } from '../../testing/cases';

type PerCaller = Record<
  Caller,
  { caseId: string; personId: string; spareId: string; freeCaseId: string }
>;

const ADMIN = ['admin'] as const;
const CHANGERS = ['caseworker', 'mediator', 'admin'] as const;
const INTAKE = ['caseworker', 'admin'] as const;

const my = (fx: AccessFixtures, caller: Caller) => (fx.extra.cases as PerCaller)[caller];

export default defineAccess({
  async setup(fx) {
    const per = {} as PerCaller;
    for (const caller of ['anonymous', ...STAFF] as Caller[]) {
      const owner: StaffUser | undefined =
        caller === 'anonymous' || caller === 'viewer' ? undefined : fx.users[caller];
      const row = await makeCase(fx.t, {
        state: 'enquiry',
        decisionDate: '2025-12-15',
        firstContactDate: '2026-01-02',
        assigneeId: owner?.id ?? null,
        people: [
          { role: 'parent_carer', fullName: `Parent of ${caller}`, email: `${caller}@family.test` },
          { role: 'child', fullName: `Child of ${caller}` },
        ],
      });
      const spare = await addPerson(
        fx.t.db,
        row.id,
        { role: 'parent_carer', fullName: `Second parent ${caller}` },
        SYSTEM(fx.t.clock.now()),
      );
      const free = await makeCase(fx.t, { assigneeId: null });
      const people = await listPeople(fx.t.db, row.id);
      per[caller] = {
        caseId: row.id,
        personId: people.find((p) => p.fullName === `Parent of ${caller}`)!.id,
        spareId: spare.id,
        freeCaseId: free.id,
      };
    }
    return { cases: per };
  },
  cases: [
    { path: 'cases.list', allow: STAFF, input: () => ({ q: 'Parent', limit: 10 }) },
    { path: 'cases.get', allow: STAFF, input: (fx, c) => ({ id: my(fx, c).caseId }) },
    {
      path: 'cases.create',
      allow: INTAKE,
      input: () => ({
        track: 'mediation',
        contactChannel: 'phone',
        decisionDate: '2025-12-15',
        people: [{ role: 'parent_carer', fullName: 'New Caller', phone: '020 7946 0001' }],
      }),
    },
    {
      path: 'cases.update',
      allow: CHANGERS,
      input: (fx, c) => ({ id: my(fx, c).caseId, patch: { healthIssues: true } }),
    },
    {
      path: 'cases.transition',
      allow: CHANGERS,
      input: (fx, c) => ({ id: my(fx, c).caseId, from: 'enquiry', to: 'information_given' }),
    },
    {
      path: 'cases.assign',
      allow: INTAKE,
      input: (fx, c, user) => ({
        id: my(fx, c).freeCaseId,
        assigneeId: user?.id ?? fx.users.caseworker.id,
      }),
      note: 'a caseworker takes an unassigned case for themself',
    },
    {
      path: 'cases.addNote',
      allow: CHANGERS,
      input: (fx, c) => ({ caseId: my(fx, c).caseId, body: 'Rang back; letter to follow.' }),
    },
    {
      path: 'cases.addPerson',
      allow: CHANGERS,
      input: (fx, c) => ({
        caseId: my(fx, c).caseId,
        person: { role: 'young_person', fullName: 'Jo Example' },
      }),
    },
    {
      path: 'cases.updatePerson',
      allow: CHANGERS,
      input: (fx, c) => ({
        caseId: my(fx, c).caseId,
        personId: my(fx, c).personId,
        patch: { accessNeeds: 'Prefers email' },
      }),
    },
    {
      path: 'cases.removePerson',
      allow: CHANGERS,
      input: (fx, c) => ({ caseId: my(fx, c).caseId, personId: my(fx, c).spareId }),
    },
    {
      path: 'cases.exportSubjectData',
      allow: ADMIN,
      input: (fx, c) => ({ id: my(fx, c).caseId, personId: my(fx, c).personId }),
    },
    {
      path: 'cases.erase',
      allow: ADMIN,
      // Runs last for each caller's case (rows run in order), erasing one person only.
      input: (fx, c) => ({
        id: my(fx, c).freeCaseId,
        confirmReference: 'will be checked after the role',
      }),
      okStatuses: [400],
      note: 'an admin is let through to the reference check (400 for a wrong reference)',
    },
  ],
});
