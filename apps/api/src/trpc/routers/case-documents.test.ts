import { listAudit, listCaseDocuments, listPeople, type StaffUser } from '@sen/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCase } from '../../testing/cases';
import { DISGUISED_HTML_BASE64, PDF_BASE64, PDF_BYTES } from '../../testing/documents';
import type { TestApp } from '../../testing/harness';
import { routerTest } from '../../testing/router-test';

const rt = routerTest({
  caseworker: 'caseworker',
  other: 'caseworker',
  mediator: 'mediator',
  admin: 'admin',
});
const { as } = rt;

let t: TestApp;
let caseworker: StaffUser;
let other: StaffUser;
let mediator: StaffUser;
let admin: StaffUser;

interface Doc {
  id: string;
  title: string;
  fileName: string;
  contentType: string;
  size: number;
}

beforeAll(async () => {
  ({
    t,
    users: { caseworker, other, mediator, admin },
  } = rt);
});

describe('documents on a case', () => {
  it('uploads, lists, downloads and deletes one, each step audited', async () => {
    const row = await makeCase(t, { assigneeId: caseworker.id });
    const up = await as(caseworker, 'caseDocuments.upload', {
      caseId: row.id,
      title: 'Decision letter',
      fileName: 'Letter from council.PDF',
      base64: PDF_BASE64,
    });
    expect(up.status, up.raw.slice(0, 300)).toBe(200);
    const doc = up.data as Doc;
    expect(doc).toMatchObject({
      title: 'Decision letter',
      fileName: 'Letter-from-council.PDF',
      contentType: 'application/pdf',
      size: PDF_BYTES.length,
    });
    expect(doc).not.toHaveProperty('bytes');

    const list = await as(caseworker, 'caseDocuments.list', { caseId: row.id });
    expect((list.data as Doc[]).map((d) => d.id)).toEqual([doc.id]);

    const down = await as(caseworker, 'caseDocuments.download', { caseId: row.id, id: doc.id });
    const file = down.data as { base64: string; contentType: string };
    expect(Buffer.from(file.base64, 'base64').equals(PDF_BYTES)).toBe(true);
    expect(file.contentType).toBe('application/pdf');

    const del = await as(caseworker, 'caseDocuments.delete', { caseId: row.id, id: doc.id });
    expect(del.status).toBe(200);
    const after = await as(caseworker, 'caseDocuments.list', { caseId: row.id });
    expect(after.data).toEqual([]);
    const again = await as(caseworker, 'caseDocuments.download', { caseId: row.id, id: doc.id });
    expect(again.status).toBe(404);

    const actions = (await listAudit(t.db, { actorId: caseworker.id, limit: 50 })).items.map(
      (a) => a.action,
    );
    for (const a of [
      'document.create',
      'case.documents_read',
      'document.download',
      'document.delete',
    ]) {
      expect(actions).toContain(a);
    }
    // The audit never holds the title or the file name (they may name a child).
    const rows = (await listAudit(t.db, { limit: 200 })).items;
    expect(JSON.stringify(rows)).not.toContain('Decision letter');
    expect(JSON.stringify(rows)).not.toContain('Letter-from-council');
  });

  it('refuses an HTML page named .pdf, and a PDF named .png, with a sentence', async () => {
    const row = await makeCase(t, { assigneeId: caseworker.id });
    const html = await as(caseworker, 'caseDocuments.upload', {
      caseId: row.id,
      title: 'Letter',
      fileName: 'letter.pdf',
      base64: DISGUISED_HTML_BASE64,
    });
    expect(html.status).toBe(400);
    expect(html.error?.message).toBe(
      'Upload a PDF, a Word document (.docx), or a PNG or JPEG image.',
    );
    const renamed = await as(caseworker, 'caseDocuments.upload', {
      caseId: row.id,
      title: 'Letter',
      fileName: 'letter.png',
      base64: PDF_BASE64,
    });
    expect(renamed.status).toBe(400);
    expect(renamed.error?.message).toMatch(/is a PDF but is named "\.png"/);
    const list = await as(caseworker, 'caseDocuments.list', { caseId: row.id });
    expect(list.data).toEqual([]);
    const refused = await listAudit(t.db, { action: 'document.refused', entityId: row.id });
    expect(refused.items).toHaveLength(2);
  });

  it("follows the case's access: another caseworker's case is 403, a mediator's unassigned case 404", async () => {
    const row = await makeCase(t, { assigneeId: other.id });
    const up = await as(caseworker, 'caseDocuments.upload', {
      caseId: row.id,
      title: 'Letter',
      fileName: 'letter.pdf',
      base64: PDF_BASE64,
    });
    expect(up.status).toBe(403);
    const read = await as(caseworker, 'caseDocuments.list', { caseId: row.id });
    expect(read.status).toBe(200);
    const hidden = await as(mediator, 'caseDocuments.list', { caseId: row.id });
    expect(hidden.status).toBe(404);
  });

  it('a document id from another case is not found', async () => {
    const a = await makeCase(t, { assigneeId: caseworker.id });
    const b = await makeCase(t, { assigneeId: caseworker.id });
    const up = await as(caseworker, 'caseDocuments.upload', {
      caseId: a.id,
      title: 'Plan',
      fileName: 'plan.pdf',
      base64: PDF_BASE64,
    });
    const id = (up.data as Doc).id;
    const res = await as(caseworker, 'caseDocuments.download', { caseId: b.id, id });
    expect(res.status).toBe(404);
    const del = await as(caseworker, 'caseDocuments.delete', { caseId: b.id, id });
    expect(del.status).toBe(404);
  });

  it('is in the subject-access export and gone after erasure', async () => {
    const row = await makeCase(t, {
      assigneeId: admin.id,
      people: [{ role: 'parent_carer', fullName: 'Dana Docs', email: 'dana@docs.test' }],
    });
    const [person] = await listPeople(t.db, row.id);
    const about = await as(admin, 'caseDocuments.upload', {
      caseId: row.id,
      title: 'Letter about Dana',
      personId: person!.id,
      fileName: 'dana.pdf',
      base64: PDF_BASE64,
    });
    expect(about.status, about.raw.slice(0, 300)).toBe(200);
    const exported = await as(admin, 'cases.exportSubjectData', { id: row.id });
    const cases = (exported.data as { cases: { documents: { id: string; base64: string }[] }[] })
      .cases;
    expect(cases[0]!.documents.map((d) => d.id)).toEqual([(about.data as Doc).id]);
    expect(cases[0]!.documents[0]!.base64).toBe(PDF_BASE64);

    // Erasing the person takes the documents about them; the case stays.
    const erased = await as(admin, 'cases.erase', {
      id: row.id,
      personId: person!.id,
      confirmReference: row.reference,
    });
    expect(erased.data).toMatchObject({ people: 1, documents: 1 });
    const list = await as(admin, 'caseDocuments.list', { caseId: row.id });
    expect(list.data).toEqual([]);

    // Erasing the whole case takes every document on it.
    const other = await as(admin, 'caseDocuments.upload', {
      caseId: row.id,
      title: 'Agreement',
      fileName: 'agreement.pdf',
      base64: PDF_BASE64,
    });
    const gone = await as(admin, 'cases.erase', { id: row.id, confirmReference: row.reference });
    expect(gone.status).toBe(200);
    const down = await as(admin, 'caseDocuments.download', {
      caseId: row.id,
      id: (other.data as Doc).id,
    });
    expect(down.status).toBe(404);
    expect(await listCaseDocuments(t.db, row.id)).toEqual([]);
  });
});
