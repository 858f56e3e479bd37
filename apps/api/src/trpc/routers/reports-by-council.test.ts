// The statutory figures per council and a report filtered to one council, checked against a
// count made by hand from the cases below (period 1 Nov 2025 – 5 Jan 2026; every case is
// opened on 5 Jan 2026, the test clock's today).
//
//   Northshire: A declined 1 Dec, certificate 3 Dec (due 4 Dec: on time)
//               B declined 1 Dec, certificate 10 Dec (late)
//               C council told 3 Nov, mediation held 20 Nov (by 3 Dec: within 30 days)
//               D an enquiry, still open
//   Southshire: E council told 1 Oct, mediation held 15 Nov (by 31 Oct: late)
//               F an enquiry, closed
//   no council: G an enquiry, still open
//
// Northshire: 4 opened, 0 concluded, 4 open now; 2 certificates, 1 on time (50%); 1 mediation
// held, 1 within 30 days (100%). Southshire: 2 opened, 1 concluded, 1 open now; no certificates;
// 1 mediation held, 0 within 30 days (0%).
import {
  createLocalAuthority,
  issueCertificate,
  transitionCase,
  type LocalAuthority,
  type StaffUser,
} from '@sen/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCase, SYSTEM } from '../../testing/cases';
import type { TestApp } from '../../testing/harness';
import { routerTest } from '../../testing/router-test';

const rt = routerTest({ viewer: 'viewer' });
const { as } = rt;

let t: TestApp;
let viewer: StaffUser;
let north: LocalAuthority;
let south: LocalAuthority;
const period = { from: '2025-11-01', to: '2026-01-05' };

interface Report {
  casesOpened: number;
  casesConcluded: number;
  openByState: { key: string; count: number }[];
  certificates: { issued: number; withinThreeWorkingDays: number };
  mediations: { held: number; withinThirtyDays: number };
  chat: unknown;
  localAuthority: { id: string; name: string } | null;
  byCouncil: {
    name: string | null;
    opened: number;
    concluded: number;
    openNow: number;
    certificatesIssued: number;
    certificatesWithinThreeWorkingDays: number;
    percentCertificatesWithinThreeWorkingDays: number | null;
    mediationsHeld: number;
    mediationsWithinThirtyDays: number;
    percentMediationsWithinThirtyDays: number | null;
  }[];
}

beforeAll(async () => {
  ({
    t,
    users: { viewer },
  } = rt);
  const actor = SYSTEM(t.clock.now());
  north = await createLocalAuthority(t.db, { name: 'Northshire' }, actor);
  south = await createLocalAuthority(t.db, { name: 'Southshire' }, actor);
  for (const [issuedOn] of [['2025-12-03'], ['2025-12-10']] as const) {
    const row = await makeCase(t, {
      state: 'mediation_declined',
      declinedDate: '2025-12-01',
      localAuthorityId: north.id,
    });
    await issueCertificate(t.db, row.id, { type: 'declined_mediation', issuedOn }, actor);
  }
  await makeCase(t, {
    state: 'mediation_held',
    laNotifiedDate: '2025-11-03',
    mediationDate: '2025-11-20',
    mediationEndedDate: '2025-11-20',
    localAuthorityId: north.id,
  });
  await makeCase(t, { state: 'enquiry', localAuthorityId: north.id });
  await makeCase(t, {
    state: 'mediation_held',
    laNotifiedDate: '2025-10-01',
    mediationDate: '2025-11-15',
    mediationEndedDate: '2025-11-15',
    localAuthorityId: south.id,
  });
  const closed = await makeCase(t, { state: 'enquiry', localAuthorityId: south.id });
  await transitionCase(t.db, closed.id, { from: 'enquiry', to: 'closed' }, actor);
  await makeCase(t, { state: 'enquiry' });
});

describe('reports per council', () => {
  it('gives each council its case counts and both timeliness figures', async () => {
    const res = await as(viewer, 'reports.service', period);
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    const r = res.data as Report;
    expect(r.byCouncil).toEqual([
      {
        localAuthorityId: north.id,
        name: 'Northshire',
        opened: 4,
        concluded: 0,
        openNow: 4,
        certificatesIssued: 2,
        certificatesWithinThreeWorkingDays: 1,
        percentCertificatesWithinThreeWorkingDays: 50,
        mediationsHeld: 1,
        mediationsWithinThirtyDays: 1,
        percentMediationsWithinThirtyDays: 100,
      },
      {
        localAuthorityId: south.id,
        name: 'Southshire',
        opened: 2,
        concluded: 1,
        openNow: 1,
        certificatesIssued: 0,
        certificatesWithinThreeWorkingDays: 0,
        percentCertificatesWithinThreeWorkingDays: null,
        mediationsHeld: 1,
        mediationsWithinThirtyDays: 0,
        percentMediationsWithinThirtyDays: 0,
      },
      expect.objectContaining({ localAuthorityId: null, name: null, opened: 1, openNow: 1 }),
    ]);
    expect(r.casesOpened).toBe(7);
    expect(r.certificates).toMatchObject({ issued: 2, withinThreeWorkingDays: 1 });
    expect(r.mediations).toMatchObject({ held: 2, withinThirtyDays: 1 });
  });

  it("filtered to one council, counts only that council's cases and leaves chat figures out", async () => {
    const res = await as(viewer, 'reports.service', { ...period, localAuthorityId: south.id });
    const r = res.data as Report;
    expect(r.localAuthority).toEqual({ id: south.id, name: 'Southshire' });
    expect(r.casesOpened).toBe(2);
    expect(r.casesConcluded).toBe(1);
    expect(r.openByState).toEqual([{ key: 'mediation_held', count: 1 }]);
    expect(r.certificates).toMatchObject({ issued: 0, withinThreeWorkingDays: 0 });
    expect(r.mediations).toMatchObject({ held: 1, withinThirtyDays: 0 });
    expect(r.byCouncil.map((c) => c.name)).toEqual(['Southshire']);
    expect(r.chat).toBeNull();

    const north2 = (await as(viewer, 'reports.service', { ...period, localAuthorityId: north.id }))
      .data as Report;
    expect(north2.casesOpened).toBe(4);
    expect(north2.certificates).toMatchObject({ issued: 2, withinThreeWorkingDays: 1 });
    expect(north2.mediations).toMatchObject({ held: 1, withinThirtyDays: 1 });
  });

  it('exports the filtered report and the per-council figures as CSV', async () => {
    const res = await as(viewer, 'reports.csv', { ...period, localAuthorityId: north.id });
    const { filename, csv } = res.data as { filename: string; csv: string };
    expect(filename).toBe('service-report-northshire-2025-11-01-to-2026-01-05.csv');
    expect(csv).toContain('Period,Local authority,Northshire\r\n');
    expect(csv).toContain('Cases,Opened,4\r\n');
    expect(csv).toContain(
      'By local authority: Northshire,Certificates within 3 working days (%),50\r\n',
    );
    expect(csv).not.toContain('Chat,');
  });

  it('refuses an unknown council, and chat figures for a council', async () => {
    const unknown = await as(viewer, 'reports.service', {
      ...period,
      localAuthorityId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(400);
    expect(unknown.error?.message).toBe('Choose a local authority from the list.');
    const chat = await as(viewer, 'reports.answerSources', {
      ...period,
      localAuthorityId: north.id,
    });
    expect(chat.status).toBe(400);
  });
});
