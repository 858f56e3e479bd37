import { addMessage, createConversation, listAudit } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callTrpc,
  createStaff,
  createTestApp,
  ORIGIN,
  sessionCookie,
  type TestApp,
} from '../../testing/harness';

let t: TestApp;
let admin: string;
let caseworker: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await sessionCookie(t, (await createStaff(t, 'admin')).id);
  caseworker = await sessionCookie(t, (await createStaff(t, 'caseworker')).id);
});
afterAll(() => t.close());

type Site = {
  id: string;
  key: string;
  allowedOrigins: string[];
  embedSnippet: string;
  theme: { colour: string };
};

const valid = {
  name: 'Example Council',
  allowedOrigins: [
    'https://www.example.gov.uk',
    'https://WWW.example.gov.uk/',
    'http://localhost:5174',
  ],
  greeting: 'Hello.',
  theme: { colour: '#1D4E6B' },
  enabled: true,
};

describe('partner sites', () => {
  let site: Site;

  it('creates a site with normalised origins and an embed snippet', async () => {
    const res = await callTrpc(t, 'sites.create', valid, { cookie: admin });
    expect(res.status, res.raw).toBe(200);
    site = res.data as Site;
    expect(site.allowedOrigins).toEqual(['https://www.example.gov.uk', 'http://localhost:5174']);
    expect(site.key).toMatch(/^example-council-[0-9a-f]{6}$/);
    expect(site.theme.colour).toBe('#1d4e6b');
    expect(site.embedSnippet).toBe(
      `<script src="${ORIGIN}/widget/loader.js" data-site="${site.key}" async></script>`,
    );
    const audit = await listAudit(t.db, { action: 'site.create' });
    expect(audit.items[0]?.entityId).toBe(site.id);
  });

  it('refuses paths, wildcards and plain http with one message per origin', async () => {
    const res = await callTrpc(
      t,
      'sites.update',
      {
        id: site.id,
        patch: {
          allowedOrigins: [
            'https://ok.example',
            'https://x.example/page',
            'https://*.example.org',
            'http://council.example',
          ],
        },
      },
      { cookie: admin },
    );
    expect(res.status).toBe(400);
    const messages = (res.error?.data?.fieldErrors as { message: string }[]).map((f) => f.message);
    expect(messages).toEqual([
      expect.stringMatching(/x\.example\/page.*no path/),
      expect.stringMatching(/wildcards/),
      expect.stringMatching(/must use https/),
    ]);
  });

  it('refuses a colour white text cannot be read on, suggesting one that passes', async () => {
    const res = await callTrpc(
      t,
      'sites.update',
      { id: site.id, patch: { theme: { colour: '#ffcc00' } } },
      { cookie: admin },
    );
    expect(res.status).toBe(400);
    expect(res.raw).toMatch(
      /needs at least 4\.5:1\. The nearest darker colour that passes is #[0-9a-f]{6}/,
    );
    const check = await callTrpc(
      t,
      'sites.checkColour',
      { colour: '#FFCC00' },
      { cookie: caseworker },
    );
    expect(check.data).toMatchObject({ passes: false, suggestion: expect.stringMatching(/^#/) });
  });

  it('lets caseworkers read but not change sites', async () => {
    expect((await callTrpc(t, 'sites.get', { id: site.id }, { cookie: caseworker })).status).toBe(
      200,
    );
    expect(
      (
        await callTrpc(
          t,
          'sites.update',
          { id: site.id, patch: { enabled: false } },
          { cookie: caseworker },
        )
      ).status,
    ).toBe(403);
  });

  it('updates fields and refuses a taken key', async () => {
    const other = await callTrpc(
      t,
      'sites.create',
      { ...valid, key: 'other-site' },
      { cookie: admin },
    );
    expect(other.status).toBe(200);
    const taken = await callTrpc(
      t,
      'sites.update',
      { id: site.id, patch: { key: 'other-site' } },
      { cookie: admin },
    );
    expect(taken.status).toBe(409);
    expect(taken.error?.message).toBe('That site key is taken');
    const ok = await callTrpc(
      t,
      'sites.update',
      { id: site.id, patch: { enabled: false, greeting: 'Hi' } },
      { cookie: admin },
    );
    expect(ok.data).toMatchObject({ enabled: false, greeting: 'Hi' });
  });

  it('counts conversations and messages per site in a period', async () => {
    const now = t.clock.now();
    for (let i = 0; i < 3; i++) {
      const c = await createConversation(t.db, {
        siteId: site.id,
        tokenHash: `usage-${i}`,
        hostOrigin: null,
        now,
      });
      await addMessage(t.db, { conversationId: c.id, role: 'visitor', text: 'Hello?', now });
      await addMessage(t.db, {
        conversationId: c.id,
        role: 'assistant',
        text: 'Hi.',
        answered: i > 0,
        now,
      });
    }
    const res = await callTrpc(t, 'sites.usage', { days: 7 }, { cookie: caseworker });
    expect(res.status, res.raw).toBe(200);
    const row = (
      res.data as { siteId: string; conversations: number; messages: number; unanswered: number }[]
    ).find((u) => u.siteId === site.id);
    expect(row).toMatchObject({ conversations: 3, messages: 6, unanswered: 1, complete: true });
    const before = await callTrpc(
      t,
      'sites.usage',
      { from: '2025-01-01', to: '2025-12-31' },
      { cookie: caseworker },
    );
    expect(before.data).toEqual([]);
    const backwards = await callTrpc(
      t,
      'sites.usage',
      { from: '2026-02-01', to: '2026-01-01' },
      { cookie: caseworker },
    );
    expect(backwards.error?.message).toMatch(/start date is after the end date/);
  });
});
