import { addGuidanceVersion, createGuidanceFile } from '@sen/db';
import { defineAccess, STAFF } from '../../testing/access';
import { publishPage, SAMPLE_PAGE } from '../../testing/fixtures';

const EDITORS = ['caseworker', 'admin'] as const;
const PDF = '%PDF-1.4\n% access test\n';

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
    // One unpublished file per role that may delete one, so each deletion finds its own.
    const fileFor = async (who: string) =>
      (
        await createGuidanceFile(
          fx.t.db,
          {
            slug: `access-file-${who}`,
            title: `Access file ${who}`,
            fileName: 'notice.pdf',
            contentType: 'application/pdf',
            bytes: Buffer.from(PDF),
            sha256: 'access',
            published: false,
          },
          { now, actorKind: 'system' },
        )
      ).id;
    return {
      guidanceDocId: doc.id,
      guidanceVersionId: version.id,
      guidanceDraftId: draft.id,
      fileCaseworker: await fileFor('caseworker'),
      fileAdmin: await fileFor('admin'),
    };
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
    { path: 'guidance.files.list', allow: STAFF },
    {
      path: 'guidance.files.upload',
      allow: EDITORS,
      input: (_fx, caller) => ({
        title: `Access upload ${caller}`,
        fileName: 'notice.pdf',
        base64: Buffer.from(PDF).toString('base64'),
      }),
    },
    {
      path: 'guidance.files.setPublished',
      allow: ['admin'],
      input: (fx) => ({ id: fx.extra.fileAdmin, published: false }),
    },
    {
      path: 'guidance.files.delete',
      allow: EDITORS,
      input: (fx, caller) => ({
        id: caller === 'caseworker' ? fx.extra.fileCaseworker : fx.extra.fileAdmin,
      }),
      note: 'caseworkers may remove unpublished files only',
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
