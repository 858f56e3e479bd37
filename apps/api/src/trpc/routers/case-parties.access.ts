// Each caller works on a case assigned to them (a viewer's and anonymous's are unassigned), as
// in cases.access.ts; another caseworker's case (403), a mediator's unassigned case (404) and a
// closed case (400 with the rules' reason) are tested in case-parties.test.ts.
import { addContact, type StaffUser } from '@sen/db';
import type { AccessFixtures, Caller } from '../../testing/access';
import { defineAccess, STAFF } from '../../testing/access';
import { makeCase, SYSTEM } from '../../testing/cases';

type PerCaller = Record<Caller, { caseId: string; contactId: string; spareId: string }>;

const CHANGERS = ['caseworker', 'mediator', 'admin'] as const;
const my = (fx: AccessFixtures, caller: Caller) => (fx.extra.parties as PerCaller)[caller];

export default defineAccess({
  async setup(fx) {
    const per = {} as PerCaller;
    const actor = SYSTEM(fx.t.clock.now());
    for (const caller of ['anonymous', ...STAFF] as Caller[]) {
      const owner: StaffUser | undefined =
        caller === 'anonymous' || caller === 'viewer' ? undefined : fx.users[caller];
      const row = await makeCase(fx.t, {
        track: 'disagreement_resolution',
        assigneeId: owner?.id ?? null,
      });
      const contact = await addContact(
        fx.t.db,
        row.id,
        { role: 'senco', fullName: `SENCO for ${caller}` },
        actor,
      );
      const spare = await addContact(
        fx.t.db,
        row.id,
        { role: 'council_officer', fullName: `Officer for ${caller}` },
        actor,
      );
      per[caller] = { caseId: row.id, contactId: contact.id, spareId: spare.id };
    }
    return { parties: per };
  },
  cases: [
    {
      path: 'caseParties.setOtherParty',
      allow: CHANGERS,
      input: (fx, c) => ({
        caseId: my(fx, c).caseId,
        otherParty: { kind: 'academy_trust', name: 'St Mary Academy Trust' },
      }),
    },
    {
      path: 'caseParties.addContact',
      allow: CHANGERS,
      input: (fx, c) => ({
        caseId: my(fx, c).caseId,
        contact: { role: 'health_commissioner', fullName: 'Sam Example' },
      }),
    },
    {
      path: 'caseParties.updateContact',
      allow: CHANGERS,
      input: (fx, c) => ({
        caseId: my(fx, c).caseId,
        contactId: my(fx, c).contactId,
        patch: { organisation: 'St Mary Academy' },
      }),
    },
    {
      path: 'caseParties.removeContact',
      allow: CHANGERS,
      input: (fx, c) => ({ caseId: my(fx, c).caseId, contactId: my(fx, c).spareId }),
    },
  ],
});
