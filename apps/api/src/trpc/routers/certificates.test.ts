import {
  createLocalAuthority,
  getSettings,
  listAudit,
  listCertificates,
  type StaffUser,
} from '@sen/db';
import { CERTIFICATE_TYPES } from '@sen/db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certifiedCase, declinedCase, makeCase, SYSTEM } from '../../testing/cases';
import { pdfText } from '../../services/certificates/pdf-text';
import { createStaff, type TestApp } from '../../testing/harness';
import { routerTest } from '../../testing/router-test';

const rt = routerTest({ caseworker: 'caseworker', mediator: 'mediator', viewer: 'viewer' });
const { as } = rt;

let t: TestApp;
let caseworker: StaffUser;
let mediator: StaffUser;
let viewer: StaffUser;

beforeAll(async () => {
  ({
    t,
    users: { caseworker, mediator, viewer },
  } = rt);
});

type Issued = {
  certificate: { id: string; type: string; issuedOn: string };
  type: string;
  rule: string;
  due: { date: string } | null;
  onTime: boolean | null;
  appeal: { date: string; dateText: string; byFivePm: boolean } | null;
};

describe('certificates.issue', () => {
  it('issues the certificate the stage calls for, with its due date and the appeal deadline', async () => {
    const row = await declinedCase(t, caseworker.id);
    const res = await as(caseworker, 'certificates.issue', {
      caseId: row.id,
      issuedOn: '2026-01-05',
    });
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    const d = res.data as Issued;
    expect(d.type).toBe('declined_mediation');
    expect(d.rule).toBe('R4');
    // Declined Friday 2 January 2026: 3 working days on is Wednesday 7 January.
    expect(d.due?.date).toBe('2026-01-07');
    expect(d.onTime).toBe(true);
    // Letter 10 Dec 2025 + 2 months = 10 Feb; certificate 5 Jan + 1 month = 5 Feb: 10 Feb counts.
    expect(d.appeal?.date).toBe('2026-02-10');
    const detail = (await as(caseworker, 'cases.get', { id: row.id })).data as {
      case: { certificateIssuedDate: string };
      certificates: { id: string }[];
    };
    expect(detail.case.certificateIssuedDate).toBe('2026-01-05');
    expect(detail.certificates.map((c) => c.id)).toEqual([d.certificate.id]);

    const again = await as(caseworker, 'certificates.issue', { caseId: row.id });
    expect(again.status).toBe(409);

    const otherDate = await as(caseworker, 'cases.transition', {
      id: row.id,
      to: 'certificate_issued',
      facts: { certificateIssuedDate: '2026-01-04' },
    });
    expect(otherDate.status).toBe(400);
    expect(otherDate.error?.message).toContain('Monday 5 January 2026');
    const moved = await as(caseworker, 'cases.transition', {
      id: row.id,
      from: 'mediation_declined',
      to: 'certificate_issued',
      facts: { certificateIssuedDate: '2026-01-05' },
    });
    expect(moved.status, moved.raw.slice(0, 200)).toBe(200);
  });

  it('refuses a case that is not at a certificate stage, a wrong type, and a future date', async () => {
    const uncertified = await declinedCase(t, caseworker.id);
    const skip = await as(caseworker, 'cases.transition', {
      id: uncertified.id,
      to: 'certificate_issued',
      facts: { certificateIssuedDate: '2026-01-05' },
    });
    expect(skip.status).toBe(400);
    expect(skip.error?.message).toBe('Issue the certificate first; then record this step.');

    const early = await makeCase(t, { assigneeId: caseworker.id });
    const res = await as(caseworker, 'certificates.issue', { caseId: early.id });
    expect(res.status).toBe(400);
    expect(res.error?.message).toContain('once mediation is declined');

    const row = await declinedCase(t, caseworker.id);
    const wrong = await as(caseworker, 'certificates.issue', {
      caseId: row.id,
      type: 'after_mediation',
    });
    expect(wrong.status).toBe(400);
    const future = await as(caseworker, 'certificates.issue', {
      caseId: row.id,
      issuedOn: '2026-02-01',
    });
    expect(future.status).toBe(400);
    expect(future.error?.data?.fieldErrors).toEqual([
      { path: 'issuedOn', message: 'The issue date cannot be in the future.' },
    ]);
  });

  it('refuses when first contact came more than 2 months after the decision (R3)', async () => {
    const row = await makeCase(t, {
      state: 'mediation_declined',
      decisionDate: '2025-09-01',
      firstContactDate: '2025-12-01',
      declinedDate: '2026-01-02',
      assigneeId: caseworker.id,
    });
    const res = await as(caseworker, 'certificates.issue', { caseId: row.id });
    expect(res.status).toBe(400);
    expect(res.error?.message).toContain('permission to appeal without one');
  });
});

async function pdfOf(user: StaffUser, id: string) {
  const res = await as(user, 'certificates.pdf', { id });
  expect(res.status, res.raw.slice(0, 300)).toBe(200);
  const file = res.data as { fileName: string; base64: string; contentType: string };
  return { file, text: await pdfText(Buffer.from(file.base64, 'base64')) };
}

describe('certificates.pdf', () => {
  it('names the family, the child, the council and its decision, mediation, the adviser, the appeal deadline and the service; no internal code', async () => {
    const council = await createLocalAuthority(
      t.db,
      { name: 'Westbrook Borough Council' },
      SYSTEM(t.clock.now()),
    );
    const adviser = await createStaff(t, 'caseworker', { name: 'Priya Adviser' });
    const row = await makeCase(t, {
      state: 'mediation_declined',
      declinedDate: '2026-01-02',
      decisionDate: '2025-12-10',
      firstContactDate: '2025-12-20',
      appealMatters: ['plan_needs_b'],
      localAuthorityId: council.id,
      contactedBy: 'parent_carer',
      assigneeId: adviser.id,
      people: [
        { role: 'parent_carer', fullName: 'Alex Example', phone: '020 7946 0000' },
        { role: 'child', fullName: 'Sam Example' },
      ],
    });
    const issued = await as(adviser, 'certificates.issue', {
      caseId: row.id,
      issuedOn: '2026-01-05',
    });
    expect(issued.status, issued.raw.slice(0, 300)).toBe(200);
    const id = (issued.data as Issued).certificate.id;

    const { file, text } = await pdfOf(viewer, id);
    expect(file.fileName).toBe(`mediation-certificate-${row.reference}-2026-01-05.pdf`);
    expect(file.fileName).not.toContain('Alex');
    for (const item of [
      'This certificate is for Alex Example Parent or carer of the child named below',
      'The child Sam Example',
      'Westbrook Borough Council, decision letter dated Wednesday 10 December 2025',
      'Did not take part: mediation was declined (Friday 2 January 2026)',
      'The mediation adviser gave the person named above information about mediation',
      row.reference,
      'Date of this certificate Monday 5 January 2026',
      'must arrive by 5pm on Tuesday 10 February 2026',
      'How this date was worked out',
      'The decision letter is dated Wednesday 10 December 2025.',
      'regulation 34(1)',
      'Mediation adviser Priya Adviser',
      'Role: Mediation adviser,',
      'Signed:',
      'Phone ',
    ]) {
      expect(text).toContain(item);
    }
    const service = await getSettings(t.db);
    expect(text).toContain(service.serviceName);
    expect(text).toContain(`Phone ${service.phone}`);
    expect(text).not.toContain('named below has');
    for (const code of CERTIFICATE_TYPES) expect(text).not.toContain(code);
    expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);

    const audit = await listAudit(t.db, { entityId: id, action: 'certificate.download' });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]!.actorId).toBe(viewer.id);
  });

  it('is not found for a mediator the case is not assigned to', async () => {
    const { certificate } = await certifiedCase(t, caseworker.id);
    const res = await as(mediator, 'certificates.pdf', { id: certificate.id });
    expect(res.status).toBe(404);
    const unknown = await as(viewer, 'certificates.pdf', { id: crypto.randomUUID() });
    expect(unknown.status).toBe(404);
  });
});

describe('certificates.reissue', () => {
  afterAll(() => t.clock.set('2026-01-05T10:00:00Z'));

  it('keeps the first certificate, lists both on the case, prints both dates and is audited', async () => {
    const { row, certificate } = await certifiedCase(t, caseworker.id);
    t.clock.set(new Date('2026-01-20T10:00:00Z'));
    const empty = await as(caseworker, 'certificates.reissue', { id: certificate.id, reason: ' ' });
    expect(empty.status).toBe(400);
    expect(empty.error?.data?.fieldErrors).toEqual([
      { path: 'reason', message: 'Say why the certificate is reissued.' },
    ]);

    const res = await as(caseworker, 'certificates.reissue', {
      id: certificate.id,
      reason: 'The parent’s name was misspelt.',
    });
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    const copy = (res.data as { certificate: { id: string; issuedOn: string } }).certificate;
    expect(copy.issuedOn).toBe('2026-01-20');

    const all = await listCertificates(t.db, row.id);
    expect(all.map((c) => [c.id, c.reissueOfId])).toEqual([
      [certificate.id, null],
      [copy.id, certificate.id],
    ]);
    const detail = (await as(caseworker, 'cases.get', { id: row.id })).data as {
      case: { certificateIssuedDate: string };
      certificates: { id: string }[];
      events: { kind: string }[];
    };
    // The appeal still runs from the first certificate's date.
    expect(detail.case.certificateIssuedDate).toBe('2026-01-05');
    expect(detail.certificates.map((c) => c.id)).toEqual([certificate.id, copy.id]);
    expect(detail.events.map((e) => e.kind)).toContain('certificate_reissued');

    const { text } = await pdfOf(caseworker, copy.id);
    expect(text).toContain('Date of this certificate Monday 5 January 2026');
    expect(text).toContain(
      'This copy was issued on Tuesday 20 January 2026. It replaces the certificate first issued on Monday 5 January 2026 (reason: The parent’s name was misspelt.)',
    );
    expect(text).toContain('must arrive by 5pm on Tuesday 10 February 2026');
    // The first one still downloads as it was.
    expect((await pdfOf(caseworker, certificate.id)).text).not.toContain('This copy was issued');

    const audit = await listAudit(t.db, { entityId: copy.id, action: 'certificate.reissue' });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]!.actorId).toBe(caseworker.id);
  });

  it('is refused to someone who may not change the case', async () => {
    const { certificate } = await certifiedCase(t, caseworker.id);
    const res = await as(mediator, 'certificates.reissue', {
      id: certificate.id,
      reason: 'Lost copy',
    });
    expect(res.status).toBe(404);
  });
});
