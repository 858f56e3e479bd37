import { defineAccess, STAFF } from '../../testing/access';
import { createStaff } from '../../testing/harness';

export default defineAccess({
  async setup(fx) {
    const target = await createStaff(fx.t, 'viewer');
    return { targetUserId: target.id };
  },
  cases: [
    { path: 'users.staff', allow: STAFF, note: 'names for assignee pickers' },
    { path: 'users.list', allow: ['admin'] },
    {
      path: 'users.create',
      allow: ['admin'],
      input: () => ({
        name: 'New Colleague',
        email: `new-${crypto.randomUUID()}@desk.test`,
        role: 'viewer',
      }),
    },
    {
      path: 'users.update',
      allow: ['admin'],
      input: (fx) => ({ id: fx.extra.targetUserId, patch: { role: 'viewer' } }),
    },
    {
      path: 'users.resetPassword',
      allow: ['admin'],
      input: (fx) => ({ id: fx.extra.targetUserId }),
    },
    {
      path: 'users.resetTwoFactor',
      allow: ['admin'],
      input: (fx) => ({ id: fx.extra.targetUserId }),
    },
  ],
});
