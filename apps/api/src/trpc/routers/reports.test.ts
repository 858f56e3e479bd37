import {
  createLocalAuthority,
  issueCertificate,
  listAudit,
  transitionCase,
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
const period = { from: '2025-11-01', to: '2026-01-05' };

beforeAll(async () => {
  ({
    t,
    users: { viewer },
  } = rt);
  const actor = SYSTEM(t.clock.now());
  const la = await createLocalAuthority(t.db, { name: '=HYPERLINK("http://evil.example")' }, actor);
  // Declined 2 Jan 2026, certificate 5 Jan: within 3 working days (due 7 Jan).
  const onTime = await makeCase(t, {
    state: 'mediation_declined',
    declinedDate: '2026-01-02',
    localAuthorityId: la.id,
  });
  await issueCertificate(
    t.db,
    onTime.id,
    { type: 'declined_mediation', issuedOn: '2026-01-05' },
    actor,
  );
  // Declined Monday 1 Dec 2025, certificate 10 Dec: late (due Thursday 4 Dec).
  const late = await makeCase(t, { state: 'mediation_declined', declinedDate: '2025-12-01' });
  await issueCertificate(
    t.db,
    late.id,
    { type: 'declined_mediation', issuedOn: '2025-12-10' },
    actor,
  );
  // Certificate on 3 Dec (on time), then the family changed their mind and asked for mediation:
  // still counted, though the case is back before any certificate stage.
  const changedMind = await makeCase(t, {
    state: 'mediation_declined',
    declinedDate: '2025-12-01',
  });
  await issueCertificate(
    t.db,
    changedMind.id,
    { type: 'declined_mediation', issuedOn: '2025-12-03' },
    actor,
  );
  await transitionCase(
    t.db,
    changedMind.id,
    {
      from: 'mediation_declined',
      to: 'mediation_requested',
      facts: { mediationRequestedDate: '2025-12-08' },
    },
    actor,
  );
  // Council told 3 Nov, mediation 20 Nov: within 30 days. Told 1 Oct, held 15 Nov: not.
  await makeCase(t, {
    state: 'mediation_held',
    laNotifiedDate: '2025-11-03',
    mediationDate: '2025-11-20',
    mediationEndedDate: '2025-11-20',
    localAuthorityId: la.id,
  });
  await makeCase(t, {
    state: 'mediation_held',
    laNotifiedDate: '2025-10-01',
    mediationDate: '2025-11-15',
    mediationEndedDate: '2025-11-15',
  });
});

describe('reports', () => {
  it('counts cases and works out the timeliness measures with the rules', async () => {
    const res = await as(viewer, 'reports.service', period);
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    const r = res.data as {
      casesOpened: number;
      openedByLocalAuthority: { label: string | null; count: number }[];
      certificates: {
        issued: number;
        withinThreeWorkingDays: number;
        percentWithinThreeWorkingDays: number;
      };
      mediations: { held: number; withinThirtyDays: number; percentWithinThirtyDays: number };
      chat: { handedOver: number };
    };
    expect(r.casesOpened).toBe(5);
    expect(r.openedByLocalAuthority).toContainEqual(
      expect.objectContaining({ label: '=HYPERLINK("http://evil.example")', count: 2 }),
    );
    expect(r.certificates).toMatchObject({
      issued: 3,
      withinThreeWorkingDays: 2,
      percentWithinThreeWorkingDays: 66.7,
    });
    expect(r.mediations).toMatchObject({
      held: 2,
      withinThirtyDays: 1,
      percentWithinThirtyDays: 50,
    });
    const audit = await listAudit(t.db, { action: 'report.read', actorId: viewer.id });
    expect(audit.items).toHaveLength(1);
  });

  it('exports CSV with RFC 4180 quoting and formulas defused', async () => {
    const res = await as(viewer, 'reports.csv', period);
    expect(res.status).toBe(200);
    const { filename, csv } = res.data as { filename: string; csv: string };
    expect(filename).toBe('service-report-2025-11-01-to-2026-01-05.csv');
    expect(csv.startsWith('Section,Item,Value\r\n')).toBe(true);
    expect(csv).toContain(
      `Cases opened by local authority,"'=HYPERLINK(""http://evil.example"")",2\r\n`,
    );
    expect(csv).toContain('Timeliness,Certificates within 3 working days (%),66.7\r\n');
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('explains a bad period', async () => {
    const res = await as(viewer, 'reports.service', { from: '2026-01-05', to: '2025-11-01' });
    expect(res.status).toBe(400);
    expect(res.error?.data?.fieldErrors).toEqual([
      { path: 'to', message: 'The end date is before the start date.' },
    ]);
  });
});
