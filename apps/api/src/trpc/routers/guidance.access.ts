import { addGuidanceVersion } from '@sen/db';
import { defineAccess, STAFF } from '../../testing/access';
import { publishPage, SAMPLE_PAGE } from '../../testing/fixtures';

const EDITORS = ['caseworker', 'admin'] as const;

export default defineAccess({
  async setup(fx) {
    const now = fx.t.clock.now();
    const { doc, version } = await publishPage(
      fx.t.db,
      now,
      'access-guidance',
      'Access guidance',
      SAMPLE_PAGE,
    );
    const draft = await addGuidanceVersion(
      fx.t.db,
      doc.id,
      {
        sourceUrl: 'https://service.example/access',
        format: 'markdown',
        body: SAMPLE_PAGE,
        asOf: '2026-01-05',
      },
      { now, actorKind: 'system' },
    );
    return { guidanceDocId: doc.id, guidanceVersionId: version.id, guidanceDraftId: draft.id };
  },
  cases: [
    { path: 'guidance.list', allow: STAFF },
    {
      path: 'guidance.getVersion',
      allow: STAFF,
      input: (fx) => ({ versionId: fx.extra.guidanceVersionId }),
    },
    {
      path: 'guidance.previewSplit',
      allow: EDITORS,
      input: () => ({ body: SAMPLE_PAGE, format: 'markdown' }),
    },
    {
      path: 'guidance.addPage',
      allow: EDITORS,
      input: (_fx, caller) => ({
        title: `Access page ${caller}`,
        body: SAMPLE_PAGE,
        format: 'markdown',
        sourceUrl: 'https://service.example/access-page',
      }),
    },
    {
      path: 'guidance.addFromUrl',
      allow: EDITORS,
      input: () => ({ url: 'http://127.0.0.1/page' }),
      okStatuses: [400],
      note: 'the loopback address is refused (400) once the role check passes',
    },
    {
      path: 'guidance.publish',
      allow: ['admin'],
      input: (fx) => ({ versionId: fx.extra.guidanceDraftId }),
    },
    {
      path: 'guidance.unpublish',
      allow: ['admin'],
      input: (fx) => ({ documentId: fx.extra.guidanceDocId }),
    },
    {
      path: 'guidance.testQuestion',
      allow: STAFF,
      input: () => ({ question: 'How long does mediation take?' }),
    },
    {
      path: 'guidance.runEvaluation',
      allow: STAFF,
      input: () => ({ jsonl: '{"id":"a1","q":"What is mediation?","must":[["mediat"]]}\n' }),
    },
  ],
});
