import { setTextOverride } from '@sen/db';
import { defineAccess } from '../../testing/access';

export default defineAccess({
  async setup(fx) {
    // A correction for the admin's removal to find.
    await setTextOverride(
      fx.t.db,
      { language: 'pl', key: 'back', text: 'Wróć' },
      { now: fx.t.clock.now(), actorKind: 'system' },
    );
    return {};
  },
  cases: [
    { path: 'translations.languages', allow: ['admin'] },
    { path: 'translations.list', allow: ['admin'], input: () => ({ language: 'ur' }) },
    {
      path: 'translations.set',
      allow: ['admin'],
      input: () => ({ language: 'pl', key: 'send', text: 'Wyślij' }),
    },
    {
      path: 'translations.remove',
      allow: ['admin'],
      input: () => ({ language: 'pl', key: 'back' }),
    },
  ],
});
