import { callbackRequest } from '../../testing/cases';
import { defineAccess, type AccessFixtures } from '../../testing/access';

const HANDLERS = ['caseworker', 'admin'] as const;
const id = (fx: AccessFixtures) => fx.extra.callbackId as string;

export default defineAccess({
  async setup(fx) {
    const { callback } = await callbackRequest(fx.t);
    return { callbackId: callback.id };
  },
  cases: [
    { path: 'callbacks.newCount', allow: HANDLERS, note: 'a count for the navigation' },
    {
      path: 'callbacks.setStatus',
      allow: HANDLERS,
      input: (fx) => ({ id: id(fx), status: 'in_progress' }),
    },
  ],
});
