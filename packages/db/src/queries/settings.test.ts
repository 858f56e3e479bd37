import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing/index';
import { createSite, getSiteByKey, updateSite } from './partner-sites';
import { hitRateLimit } from './rate-limits';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from './settings';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
const now = new Date('2026-03-02T10:00:00Z');

describe('settings', () => {
  it('starts from defaults, saves a patch, and rejects bad values with a reason', async () => {
    expect((await getSettings(t.db)).serviceName).toBe(DEFAULT_SETTINGS.serviceName);
    await updateSettings(
      t.db,
      { serviceName: 'Test Service', retentionConversationDays: 30 },
      { now },
    );
    const saved = await getSettings(t.db);
    expect(saved.serviceName).toBe('Test Service');
    expect(saved.retentionConversationDays).toBe(30);
    expect(saved.crisisMessage).toBe(DEFAULT_SETTINGS.crisisMessage);
    await expect(
      updateSettings(t.db, { bankHolidayOverrides: { add: ['2026-13-01x'], remove: [] } }, { now }),
    ).rejects.toThrow(/not YYYY-MM-DD/);
    expect((await getSettings(t.db)).serviceName).toBe('Test Service');
  });
});

describe('partner sites', () => {
  it('normalises origins and rejects paths', async () => {
    const site = await createSite(
      t.db,
      {
        key: 'demo',
        name: 'Demo',
        allowedOrigins: ['http://localhost:5174/', 'https://council.example'],
        greeting: 'Hello',
        theme: { colour: '#1d70b8' },
      },
      { now },
    );
    expect(site.allowedOrigins).toEqual(['http://localhost:5174', 'https://council.example']);
    await expect(
      updateSite(t.db, site.id, { allowedOrigins: ['https://x.example/page'] }, { now }),
    ).rejects.toThrow(/origin only/);
    expect((await getSiteByKey(t.db, 'demo'))?.enabled).toBe(true);
  });
});

describe('rate limits', () => {
  it('counts hits in a fixed window shared through the database', async () => {
    const hit = (at: number) =>
      hitRateLimit(t.db, {
        key: 'k',
        limit: 2,
        windowMs: 60_000,
        now: new Date(now.getTime() + at),
      });
    expect((await hit(0)).allowed).toBe(true);
    expect((await hit(1_000)).allowed).toBe(true);
    const third = await hit(2_000);
    expect(third.allowed).toBe(false);
    expect(third.retryAfterMs).toBe(58_000);
    expect((await hit(61_000)).allowed).toBe(true);
  });
});
