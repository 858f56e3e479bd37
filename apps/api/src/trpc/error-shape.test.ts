import { DatabaseBusyError } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, HOST_ORIGIN } from '../testing/fixtures';
import {
  callTrpc,
  createStaff,
  createTestApp,
  ORIGIN,
  sessionCookie,
  type TestApp,
} from '../testing/harness';

let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await createTestApp();
  await createTestSite(t.db, t.clock.now());
  cookie = await sessionCookie(t, (await createStaff(t, 'admin')).id);
});
afterAll(() => t.close());

describe('tRPC errors a person can read', () => {
  it('bad input: the first problem as the message, every problem in fieldErrors', async () => {
    const res = await callTrpc(
      t,
      'settings.update',
      { phone: 'none', retentionConversationDays: 1 },
      { cookie },
    );
    expect(res.status).toBe(400);
    expect(res.error?.message).toBe(
      'Phone number: digits, spaces and brackets only, e.g. 020 7946 0000.',
    );
    expect(res.error?.message).not.toMatch(/^\[|"code"/);
    expect(res.error?.data?.fieldErrors).toEqual([
      {
        path: 'phone',
        message: 'Phone number: digits, spaces and brackets only, e.g. 020 7946 0000.',
      },
      { path: 'retentionConversationDays', message: 'Keep conversations for at least 7 days.' },
    ]);
  });
});

describe('a busy database', () => {
  it('is 503 with Retry-After on tRPC and the widget API, not a 500', async () => {
    const db = t.db as unknown as Record<string, unknown>;
    const saved = Object.fromEntries(
      ['select', 'insert', 'update', 'delete', 'execute', 'transaction'].map((m) => [m, db[m]]),
    );
    for (const m of Object.keys(saved))
      db[m] = () => {
        throw new DatabaseBusyError(15_000);
      };
    try {
      const res = await callTrpc(t, 'settings.get', undefined, { cookie });
      expect(res.status).toBe(503);
      expect(res.headers.get('retry-after')).toBe('2');
      expect(res.error?.message).toMatch(/busy/);

      const widget = await t.app.request(`${ORIGIN}/api/widget/v1/conversations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ORIGIN },
        body: JSON.stringify({ siteKey: 'test-site', hostOrigin: HOST_ORIGIN }),
      });
      expect(widget.status).toBe(503);
      expect(widget.headers.get('retry-after')).toBe('2');
    } finally {
      Object.assign(db, saved);
    }
  });
});
