import { listAudit, updateSettings } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestSite, HOST_ORIGIN } from '../../testing/fixtures';
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
const API = `${ORIGIN}/api/widget/v1`;

beforeAll(async () => {
  t = await createTestApp();
  await createTestSite(t.db, t.clock.now());
  await updateSettings(
    t.db,
    { phone: '0300 123 4567' },
    { now: t.clock.now(), actorKind: 'system' },
  );
  admin = await sessionCookie(t, (await createStaff(t, 'admin')).id);
});
afterAll(() => t.close());

async function strings(lang: string) {
  const res = await t.app.request(`${API}/strings/${lang}`);
  return {
    status: res.status,
    body: (await res.json()) as Record<string, unknown> & { messages: Record<string, string> },
  };
}

describe('GET /strings/:lang', () => {
  it("serves a language's catalogue: direction, review flag, every English key", async () => {
    const ur = await strings('ur');
    expect(ur.status).toBe(200);
    expect(ur.body).toMatchObject({ language: 'ur', dir: 'rtl', reviewed: false });
    expect(ur.body.messages.crisis).toMatch(/^اگر آپ یا کوئی بچہ اس وقت خطرے میں ہے تو 999/);
    const en = await strings('en');
    expect(Object.keys(ur.body.messages).sort()).toEqual(Object.keys(en.body.messages).sort());
    // The rules' explanation texts come with the widget's own.
    expect(en.body.messages['r13.byFivePm']).toBe(
      'So the appeal must reach the Tribunal by 5pm on {date}.',
    );
  });

  it('says plainly when the chat has no such language', async () => {
    const res = await strings('de');
    expect(res.status).toBe(404);
    expect(JSON.stringify(res.body)).toMatch(/not available in that language/);
  });
});

describe('translations (console)', () => {
  it('lets an admin correct a text, families get it at once, and it is audited', async () => {
    await strings('pl'); // warm the cache: a correction must not wait for it to expire
    const set = await callTrpc(
      t,
      'translations.set',
      { language: 'pl', key: 'callbackNext', text: 'Oddzwonimy wkrótce. Pilne sprawy: {phone}.' },
      { cookie: admin },
    );
    expect(set.status, set.raw).toBe(200);
    expect((await strings('pl')).body.messages.callbackNext).toBe(
      'Oddzwonimy wkrótce. Pilne sprawy: {phone}.',
    );
    const list = await callTrpc(t, 'translations.list', { language: 'pl' }, { cookie: admin });
    const row = (
      list.data as { texts: { key: string; correction: { text: string } | null }[] }
    ).texts.find((r) => r.key === 'callbackNext');
    expect(row?.correction?.text).toBe('Oddzwonimy wkrótce. Pilne sprawy: {phone}.');

    const removed = await callTrpc(
      t,
      'translations.remove',
      { language: 'pl', key: 'callbackNext' },
      { cookie: admin },
    );
    expect(removed.status, removed.raw).toBe(200);
    expect((await strings('pl')).body.messages.callbackNext).toMatch(
      /^Wkrótce się z Tobą skontaktujemy/,
    );

    const { items } = await listAudit(t.db, { entityType: 'text_override' });
    expect(items.map((a) => a.action).sort()).toEqual([
      'translations.override_remove',
      'translations.override_set',
    ]);
  });

  it('refuses a correction that loses or invents a placeholder, with a sentence', async () => {
    const lost = await callTrpc(
      t,
      'translations.set',
      { language: 'pl', key: 'callbackNext', text: 'Oddzwonimy wkrótce.' },
      { cookie: admin },
    );
    expect(lost.status).toBe(400);
    expect(lost.error?.message).toBe('Keep {phone} in the text: the chat fills it in.');
    const unknownKey = await callTrpc(
      t,
      'translations.set',
      { language: 'pl', key: 'nope', text: 'x' },
      { cookie: admin },
    );
    expect(unknownKey.status).toBe(400);
    const unknownLanguage = await callTrpc(
      t,
      'translations.list',
      { language: 'xx' },
      { cookie: admin },
    );
    expect(unknownLanguage.status).toBe(400);
  });
});

describe('the language sent with a message', () => {
  it('is passed to the answer engine as the chat language it names, and never refused', async () => {
    const started = await t.app.request(`${API}/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ORIGIN },
      body: JSON.stringify({ siteKey: 'test-site', hostOrigin: HOST_ORIGIN }),
    });
    const { conversationId, token } = (await started.json()) as {
      conversationId: string;
      token: string;
    };
    // Watched, not replaced: the real engine answers each question.
    const answer = vi.spyOn(t.deps.guidance, 'answer');
    /** Sends a question with `language` and says what the engine was told it was. */
    const send = async (language: unknown) => {
      answer.mockClear();
      const res = await t.app.request(`${API}/conversations/${conversationId}/messages`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          origin: ORIGIN,
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify({ text: 'Czy potrzebuję mediacji?', language }),
      });
      expect(res.status).toBe(200);
      expect((await res.json()) as { text: string }).toMatchObject({ text: expect.any(String) });
      return answer.mock.calls[0]?.[1]?.language;
    };
    try {
      expect(await send('pl')).toBe('pl');
      // A regional variant is its language; an unknown code, or no string, is no language
      // (English), as an unknown localAuthority is ignored: the question is answered either way.
      expect(await send('pl-PL')).toBe('pl');
      expect(await send('PT_br')).toBe('pt');
      expect(await send('xx')).toBeUndefined();
      expect(await send(42)).toBeUndefined();
    } finally {
      answer.mockRestore();
    }
  });
});
