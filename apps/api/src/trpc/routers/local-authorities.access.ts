import { createLocalAuthority } from '@sen/db';
import { defineAccess, STAFF, type AccessFixtures } from '../../testing/access';

const id = (fx: AccessFixtures) => fx.extra.localAuthorityId as string;

export default defineAccess({
  async setup(fx) {
    const la = await createLocalAuthority(
      fx.t.db,
      { name: 'Access Test Council' },
      { now: fx.t.clock.now(), actorKind: 'system' },
    );
    return { localAuthorityId: la.id };
  },
  cases: [
    { path: 'localAuthorities.list', allow: STAFF },
    {
      path: 'localAuthorities.update',
      allow: ['caseworker', 'admin'],
      input: (fx) => ({ id: id(fx), patch: { iassPhone: '0300 123 4567' } }),
    },
    {
      path: 'localAuthorities.create',
      allow: ['admin'],
      input: (_fx, caller) => ({ name: `New Council for ${caller}` }),
    },
  ],
});
