import { listAudit, type StaffUser } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certifiedCase, declinedCase, makeCase } from '../../cases/test-cases';
import { pdfText } from '../../certificates/pdf-text';
import {
  callTrpc,
  createStaff,
  createTestApp,
  sessionCookie,
  type TestApp,
} from '../../testing/harness';

let t: TestApp;
let caseworker: StaffUser;
let mediator: StaffUser;
let viewer: StaffUser;

async function as(user: StaffUser, path: string, input?: unknown) {
  return callTrpc(t, path, input, { cookie: await sessionCookie(t, user.id) });
}

beforeAll(async () => {
  t = await createTestApp();
  caseworker = await createStaff(t, 'caseworker');
  mediator = await createStaff(t, 'mediator');
  viewer = await createStaff(t, 'viewer');
});
afterAll(() => t.close());

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

describe('certificates.pdf', () => {
  it('is a PDF naming the type, basis, reference, person, issue date and appeal deadline', async () => {
    const { row, certificate } = await certifiedCase(t, mediator.id);
    const res = await as(viewer, 'certificates.pdf', { id: certificate.id });
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    const file = res.data as { fileName: string; base64: string; contentType: string };
    expect(file.fileName).toBe(`mediation-certificate-${row.reference}-2026-01-05.pdf`);
    expect(file.fileName).not.toContain('Alex');
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(bytes);
    expect(text).toContain('Mediation certificate: mediation not wanted');
    expect(text).toContain('declined_mediation');
    expect(text).toContain('regulation 34(1)');
    expect(text).toContain('section 55');
    expect(text).toContain(row.reference);
    expect(text).toContain('Alex Example');
    expect(text).toContain('Monday 5 January 2026');
    expect(text).toContain('5pm on Tuesday 10 February 2026');
    expect(text).toContain('The decision letter is dated Wednesday 10 December 2025.');

    const audit = await listAudit(t.db, {
      entityId: certificate.id,
      action: 'certificate.download',
    });
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
