import { addVocabularyTerm } from '@sen/db';
import { defineAccess, STAFF } from '../../testing/access';

const EDITORS = ['caseworker', 'admin'] as const;

export default defineAccess({
  async setup(fx) {
    const now = fx.t.clock.now();
    // One term per role that may remove one, so each removal finds its own.
    const termFor = async (who: string) =>
      (
        await addVocabularyTerm(
          fx.t.db,
          { words: [`access ${who}`, `access term ${who}`] },
          { now, actorKind: 'system' },
        )
      ).id;
    return {
      vocabularyTerm_caseworker: await termFor('caseworker'),
      vocabularyTerm_admin: await termFor('admin'),
    };
  },
  cases: [
    { path: 'vocabulary.list', allow: STAFF },
    {
      path: 'vocabulary.add',
      allow: EDITORS,
      input: (_fx, caller) => ({ words: [`EHCP ${caller}`, `the plan ${caller}`] }),
    },
    {
      path: 'vocabulary.remove',
      allow: EDITORS,
      input: (fx, caller) => ({
        id: fx.extra[`vocabularyTerm_${caller}`] ?? (fx.extra.vocabularyTerm_admin as string),
      }),
    },
  ],
});
