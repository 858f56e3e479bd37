import { recordAudit } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callTrpc,
  createStaff,
  createTestApp,
  sessionCookie,
  type TestApp,
} from '../../testing/harness';

let t: TestApp;
let admin: string;
let adminId: string;
const otherId = '00000000-0000-4000-8000-000000000001';

beforeAll(async () => {
  t = await createTestApp();
  adminId = (await createStaff(t, 'admin', { name: 'Alex Admin' })).id;
  admin = await sessionCookie(t, adminId);
  const at = (iso: string) => new Date(iso);
  await recordAudit(t.db, {
    at: at('2026-03-01T09:00:00Z'),
    actorKind: 'user',
    actorId: adminId,
    action: 'case.create',
    entityType: 'case',
    entityId: 'c-1',
  });
  await recordAudit(t.db, {
    at: at('2026-03-15T09:00:00Z'),
    actorKind: 'user',
    actorId: otherId,
    action: 'case.transition',
    entityType: 'case',
    entityId: 'c-1',
    detail: { to: 'closed' },
  });
  await recordAudit(t.db, {
    at: at('2026-04-01T09:00:00Z'),
    actorKind: 'system',
    action: '=cmd|calc',
    entityType: 'case',
    entityId: '+c-2',
  });
  await recordAudit(t.db, {
    at: at('2026-07-31T22:30:00Z'),
    actorKind: 'user',
    actorId: adminId,
    action: 'site.update',
    entityType: 'partner_site',
    entityId: 's-1',
  });
});
afterAll(() => t.close());

type Page = {
  items: { id: number; action: string; actorName: string | null }[];
  nextBeforeId: number | null;
};

describe('audit log', () => {
  it('filters by actor, action, entity and London dates, newest first', async () => {
    const byActor = (
      await callTrpc(t, 'audit.list', { actorId: adminId, entityType: 'case' }, { cookie: admin })
    ).data as Page;
    expect(byActor.items.map((i) => i.action)).toEqual(['case.create']);
    expect(byActor.items[0]!.actorName).toBe('Alex Admin');
    const march = (
      await callTrpc(
        t,
        'audit.list',
        { from: '2026-03-01', to: '2026-03-31', entityId: 'c-1' },
        { cookie: admin },
      )
    ).data as Page;
    expect(march.items.map((i) => i.action)).toEqual(['case.transition', 'case.create']);
    // 22:30 UTC on 31 July is 23:30 on 31 July in London (BST): inside "to 31 July".
    const july = (
      await callTrpc(
        t,
        'audit.list',
        { from: '2026-07-31', to: '2026-07-31', action: 'site.update' },
        { cookie: admin },
      )
    ).data as Page;
    expect(july.items).toHaveLength(1);
  });

  it('pages with beforeId', async () => {
    const first = (
      await callTrpc(t, 'audit.list', { entityType: 'case', limit: 2 }, { cookie: admin })
    ).data as Page;
    expect(first.items).toHaveLength(2);
    expect(first.nextBeforeId).not.toBeNull();
    const second = (
      await callTrpc(
        t,
        'audit.list',
        { entityType: 'case', limit: 2, beforeId: first.nextBeforeId },
        { cookie: admin },
      )
    ).data as Page;
    expect(second.items.map((i) => i.action)).toEqual(['case.create']);
    expect(second.nextBeforeId).toBeNull();
  });

  it('refuses a malformed filter clearly', async () => {
    const res = await callTrpc(
      t,
      'audit.list',
      { action: "x'; drop table", from: '2026-02-30' },
      { cookie: admin },
    );
    expect(res.status).toBe(400);
    expect(res.raw).toMatch(/Actions look like case\.transition/);
    expect(res.raw).toMatch(/not a real date/);
  });

  it('exports CSV with formulas defused, and audits the export', async () => {
    const res = await callTrpc(t, 'audit.exportCsv', { entityType: 'case' }, { cookie: admin });
    expect(res.status, res.raw).toBe(200);
    const data = res.data as { csv: string; rows: number; fileName: string };
    expect(data.rows).toBe(3);
    expect(data.fileName).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = data.csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      '"id","at","actor_kind","actor_id","actor_name","action","entity_type","entity_id","detail"',
    );
    expect(lines[1]).toContain(`"'=cmd|calc"`);
    expect(lines[1]).toContain(`"'+c-2"`);
    expect(lines[2]).toContain('"{""to"":""closed""}"');
    const exported = (
      await callTrpc(t, 'audit.list', { action: 'audit.export' }, { cookie: admin })
    ).data as Page;
    expect(exported.items).toHaveLength(1);
  });
});
