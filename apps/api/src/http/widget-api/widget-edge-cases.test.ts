// Issue 15: requests that the API accepted and the database refused (a 500): lengths counted
// two ways (the API and the database now share @sen/db textLength) and a conversation deleted
// in the minute its token check is remembered.
import { CALLBACK_LIMITS, deleteConversation, listCallbacks } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, HOST_ORIGIN } from '../../testing/fixtures';
import { createTestApp, ORIGIN, type TestApp } from '../../testing/harness';

const API = `${ORIGIN}/api/widget/v1`;
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await createTestSite(t.db, t.clock.now());
});
afterAll(() => t?.close());

const post = (p: string, body: unknown, token?: string) =>
  t.app.request(`${API}${p}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      origin: ORIGIN,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });

async function start() {
  const res = await post('/conversations', { siteKey: 'test-site', hostOrigin: HOST_ORIGIN });
  return (await res.json()) as { conversationId: string; token: string };
}

const callback = (conversationId: string, patch: Record<string, unknown> = {}) => ({
  conversationId,
  name: 'Sam Parent',
  contactMethod: 'phone',
  phone: '07700 900123',
  description: 'The council refused an assessment.',
  consent: true,
  ...patch,
});

describe('callback fields are counted the same way in the API and the database', () => {
  it('a local authority of 200 characters is kept (the database allowed 100)', async () => {
    const { conversationId, token } = await start();
    const la = 'Royal Borough of '.padEnd(CALLBACK_LIMITS.localAuthority, 'x');
    const res = await post('/callbacks', callback(conversationId, { localAuthority: la }), token);
    expect(res.status, await res.clone().text()).toBe(201);
    const saved = (await listCallbacks(t.db)).find((c) => c.conversationId === conversationId);
    expect(saved?.localAuthorityText).toBe(la);
  });

  it('characters outside the BMP count once: 200 emoji fit a 200-character name', async () => {
    const { conversationId, token } = await start();
    const name = '😀'.repeat(CALLBACK_LIMITS.name); // 400 UTF-16 units
    const res = await post('/callbacks', callback(conversationId, { name }), token);
    expect(res.status, await res.clone().text()).toBe(201);
  });

  it('one character over is a 400 that names the field, in both counts', async () => {
    const { conversationId, token } = await start();
    for (const bestTime of [
      'a'.repeat(CALLBACK_LIMITS.bestTime + 1),
      '😀'.repeat(CALLBACK_LIMITS.bestTime + 1),
    ]) {
      const res = await post('/callbacks', callback(conversationId, { bestTime }), token);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
        /bestTime.*at most 200 characters/,
      );
    }
  });
});

describe('a chat message is counted the same way too', () => {
  it('1,000 emoji are one message; 1,001 are refused with a sentence', async () => {
    const { conversationId, token } = await start();
    const send = (text: string) =>
      post(`/conversations/${conversationId}/messages`, { text }, token);
    expect((await send('😀'.repeat(1_000))).status).toBe(200);
    const refused = await send('😀'.repeat(1_001));
    expect(refused.status).toBe(413);
    expect(await refused.text()).toMatch(/under 1,000 characters/);
  });
});

describe('a callback just after the conversation was deleted', () => {
  it('gets a clear message with the phone number, not a 500', async () => {
    const { conversationId, token } = await start();
    // The token check is remembered for a minute: a message makes sure it is.
    await post(`/conversations/${conversationId}/messages`, { text: 'Hello' }, token);
    await deleteConversation(t.db, conversationId, { now: t.clock.now(), actorKind: 'system' });
    const res = await post('/callbacks', callback(conversationId), token);
    expect(res.status).toBe(401);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('unauthorized');
    expect(error.message).toMatch(/This chat has ended.*start a new chat.*call us on/);
    // Nothing half-made: no case or callback for it.
    expect((await listCallbacks(t.db)).some((c) => c.conversationId === conversationId)).toBe(
      false,
    );
  });
});
