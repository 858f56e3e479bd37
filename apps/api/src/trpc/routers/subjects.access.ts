// Looking a person up across every case and chat, and exporting or erasing what was found, is
// for admins only (as subject access and erasure from a case are).
import { listPeople } from '@sen/db';
import type { AccessFixtures } from '../../testing/access';
import { defineAccess } from '../../testing/access';
import { makeCase } from '../../testing/cases';

const ADMIN = ['admin'] as const;
const ids = (fx: AccessFixtures) => fx.extra.subjects as { personId: string; spareId: string };

export default defineAccess({
  async setup(fx) {
    const row = await makeCase(fx.t, {
      people: [
        { role: 'parent_carer', fullName: 'Robin Lookup', email: 'robin@lookup.test' },
        { role: 'parent_carer', fullName: 'Spare Lookup', phone: '020 7946 0999' },
      ],
    });
    const people = await listPeople(fx.t.db, row.id);
    return {
      subjects: {
        personId: people.find((p) => p.fullName === 'Robin Lookup')!.id,
        spareId: people.find((p) => p.fullName === 'Spare Lookup')!.id,
      },
    };
  },
  cases: [
    { path: 'subjects.lookup', allow: ADMIN, input: () => ({ email: 'robin@lookup.test' }) },
    {
      path: 'subjects.export',
      allow: ADMIN,
      input: (fx) => ({ personIds: [ids(fx).personId] }),
    },
    {
      path: 'subjects.erase',
      allow: ADMIN,
      input: (fx) => ({ selection: { personIds: [ids(fx).spareId] }, confirm: 'ERASE' }),
    },
  ],
});
