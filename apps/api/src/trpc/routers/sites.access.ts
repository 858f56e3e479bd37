import { defineAccess } from '../../testing/access';
import { createTestSite } from '../../testing/fixtures';

const READERS = ['caseworker', 'admin'] as const;

export default defineAccess({
  async setup(fx) {
    const site = await createTestSite(fx.t.db, fx.t.clock.now(), 'access-site');
    return { siteId: site.id };
  },
  cases: [
    { path: 'sites.list', allow: READERS },
    { path: 'sites.get', allow: READERS, input: (fx) => ({ id: fx.extra.siteId }) },
    {
      path: 'sites.create',
      allow: ['admin'],
      input: () => ({
        name: 'Access Council',
        allowedOrigins: ['https://access.example'],
        greeting: 'Hello.',
        theme: { colour: '#00594f' },
        enabled: true,
      }),
    },
    {
      path: 'sites.update',
      allow: ['admin'],
      input: (fx) => ({ id: fx.extra.siteId, patch: { greeting: 'Hello again.' } }),
    },
    { path: 'sites.checkColour', allow: READERS, input: () => ({ colour: '#00594f' }) },
    { path: 'sites.usage', allow: READERS, input: () => ({ days: 30 }) },
  ],
});
