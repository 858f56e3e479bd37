import { listAudit } from '@sen/db';
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
let viewer: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await sessionCookie(t, (await createStaff(t, 'admin')).id);
  viewer = await sessionCookie(t, (await createStaff(t, 'viewer')).id);
});
afterAll(() => t.close());

describe('settings', () => {
  it('saves a valid change, audits field names only, and the widget sees it at once', async () => {
    // Warm the widget's settings cache first: the update must not wait for it to expire.
    await t.app.request('http://desk.test/api/widget/v1/office-hours');
    const res = await callTrpc(
      t,
      'settings.update',
      {
        serviceName: 'Northshire SEN Mediation',
        phone: '01632 960 001',
        officeHours: [{ day: 1, open: '10:00', close: '16:00' }],
        bankHolidayOverrides: { add: ['2026-06-01'], remove: ['2026-05-25'] },
      },
      { cookie: admin },
    );
    expect(res.status, res.raw).toBe(200);
    const read = (await callTrpc(t, 'settings.get', undefined, { cookie: viewer })).data;
    expect(read).toMatchObject({
      serviceName: 'Northshire SEN Mediation',
      officeHours: [{ day: 1, open: '10:00', close: '16:00' }],
      bankHolidayOverrides: { add: ['2026-06-01'], remove: ['2026-05-25'] },
    });
    expect((await callTrpc(t, 'settings.calendar', undefined, { cookie: viewer })).data).toEqual({
      add: ['2026-06-01'],
      remove: ['2026-05-25'],
    });
    const audit = await listAudit(t.db, { action: 'settings.update' });
    expect(audit.items[0]?.detail).toEqual({
      fields: 'bankHolidayOverrides,officeHours,phone,serviceName',
    });
    expect(JSON.stringify(audit.items[0])).not.toContain('Northshire');

    // The widget's service details come from the same settings, without waiting for a cache.
    const widget = await t.app.request('http://desk.test/api/widget/v1/office-hours');
    expect(await widget.json()).toMatchObject({
      name: 'Northshire SEN Mediation',
      phone: '01632 960 001',
    });
  });

  it('refuses bad values field by field and saves nothing', async () => {
    const res = await callTrpc(
      t,
      'settings.update',
      {
        serviceName: 'Changed',
        crisisMessage: 'Ring the office.',
        retentionConversationDays: 0,
        bankHolidayOverrides: { add: ['2026-13-01'], remove: [] },
      },
      { cookie: admin },
    );
    expect(res.status).toBe(400);
    const fields = (res.error?.data?.fieldErrors as { path: string; message: string }[]).map(
      (f) => `${f.path}: ${f.message}`,
    );
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^crisisMessage: .*999/),
        expect.stringMatching(/^retentionConversationDays: .*at least 7 days/),
        expect.stringMatching(/^bankHolidayOverrides\.add\.0: .*not a real date/),
      ]),
    );
    const read = (await callTrpc(t, 'settings.get', undefined, { cookie: viewer })).data;
    expect(read).toMatchObject({ serviceName: 'Northshire SEN Mediation' });
  });

  it('is read by every role but changed only by admins', async () => {
    const res = await callTrpc(t, 'settings.update', { serviceName: 'X' }, { cookie: viewer });
    expect(res.status).toBe(403);
    const empty = await callTrpc(t, 'settings.update', {}, { cookie: admin });
    expect(empty.error?.message).toBe('Nothing to change.');
  });
});
