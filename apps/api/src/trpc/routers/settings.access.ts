import { defineAccess, STAFF } from '../../testing/access';

export default defineAccess({
  cases: [
    { path: 'settings.get', allow: STAFF },
    { path: 'settings.calendar', allow: STAFF },
    {
      path: 'settings.update',
      allow: ['admin'],
      input: () => ({ officeHoursText: 'Monday to Friday, 9:30am to 5pm' }),
    },
  ],
});
