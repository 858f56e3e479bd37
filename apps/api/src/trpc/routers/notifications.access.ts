import { defineAccess, STAFF } from '../../testing/access';

export default defineAccess({
  cases: [
    { path: 'notifications.preferences', allow: STAFF, note: 'only one’s own' },
    {
      path: 'notifications.setPreference',
      allow: STAFF,
      note: 'only one’s own',
      input: () => ({ kind: 'deadline_digest', enabled: true }),
    },
  ],
});
