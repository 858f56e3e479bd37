// Each caller works on a case of its own, assigned to it (unassigned for viewer and anonymous),
// with one stored document, so the "allowed" rows test what the role table allows; someone
// else's case (403) and a mediator's unassigned case (404) are tested in case-documents.test.ts.
import type { StaffUser } from '@sen/db';
import type { AccessFixtures, Caller } from '../../testing/access';
import { defineAccess, STAFF } from '../../testing/access';
import { makeCase } from '../../testing/cases';
import { PDF_BASE64, storeDocument } from '../../testing/documents';

type PerCaller = Record<Caller, { caseId: string; documentId: string }>;
const CHANGERS = ['caseworker', 'mediator', 'admin'] as const;
const my = (fx: AccessFixtures, caller: Caller) => (fx.extra.caseDocuments as PerCaller)[caller];

export default defineAccess({
  async setup(fx) {
    const per = {} as PerCaller;
    for (const caller of ['anonymous', ...STAFF] as Caller[]) {
      const owner: StaffUser | undefined =
        caller === 'anonymous' || caller === 'viewer' ? undefined : fx.users[caller];
      const row = await makeCase(fx.t, { assigneeId: owner?.id ?? null });
      const doc = await storeDocument(fx.t, row.id);
      per[caller] = { caseId: row.id, documentId: doc.id };
    }
    return { caseDocuments: per };
  },
  cases: [
    {
      path: 'caseDocuments.list',
      allow: STAFF,
      input: (fx, c) => ({ caseId: my(fx, c).caseId }),
    },
    {
      path: 'caseDocuments.upload',
      allow: CHANGERS,
      input: (fx, c) => ({
        caseId: my(fx, c).caseId,
        title: 'EHC plan',
        fileName: 'plan.pdf',
        base64: PDF_BASE64,
      }),
    },
    {
      path: 'caseDocuments.download',
      allow: STAFF,
      input: (fx, c) => ({ caseId: my(fx, c).caseId, id: my(fx, c).documentId }),
      note: 'anyone who may read the case',
    },
    {
      path: 'caseDocuments.delete',
      allow: CHANGERS,
      input: (fx, c) => ({ caseId: my(fx, c).caseId, id: my(fx, c).documentId }),
    },
  ],
});
