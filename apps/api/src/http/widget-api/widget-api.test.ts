import { getConversation, listAudit, listMessages, updateSettings } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, HOST_ORIGIN, publishPage, SAMPLE_PAGE } from '../../testing/fixtures';
import { createTestApp, ORIGIN, type TestApp } from '../../testing/harness';

let t: TestApp;
const API = `${ORIGIN}/api/widget/v1`;

beforeAll(async () => {
  t = await createTestApp();
  await createTestSite(t.db, t.clock.now());
  await createTestSite(t.db, t.clock.now(), 'switched-off', { enabled: false });
  await publishPage(t.db, t.clock.now(), 'mediation', 'Mediation', SAMPLE_PAGE);
  await updateSettings(
    t.db,
    { phone: '0300 123 4567' },
    { now: t.clock.now(), actorKind: 'system' },
  );
  await t.deps.guidance.refresh();
});
afterAll(() => t.close());

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return t.app.request(`${API}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function start(siteKey = 'test-site') {
  const res = await post('/conversations', { siteKey, hostOrigin: HOST_ORIGIN });
  expect(res.status).toBe(201);
  return (await res.json()) as { conversationId: string; token: string };
}

describe('starting a conversation', () => {
  it('gives a token, the service details and the site greeting', async () => {
    const res = await post('/conversations', { siteKey: 'test-site', hostOrigin: HOST_ORIGIN });
    expect(res.status).toBe(201);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({
      conversationId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
      service: {
        phone: '0300 123 4567',
        officeHours: { openNow: expect.any(Boolean), text: expect.any(String) },
      },
      site: { greeting: 'Hello, ask us about mediation.', colour: '#00594f' },
      localAuthorities: expect.any(Array),
    });
  });

  it.each([
    ['an unknown site', { siteKey: 'nope', hostOrigin: HOST_ORIGIN }, {}],
    ['a switched-off site', { siteKey: 'switched-off', hostOrigin: HOST_ORIGIN }, {}],
    [
      'a host page not on the allowlist',
      { siteKey: 'test-site', hostOrigin: 'https://evil.example' },
      {},
    ],
    [
      'a caller origin not on the allowlist',
      { siteKey: 'test-site', hostOrigin: HOST_ORIGIN },
      { origin: 'https://evil.example' },
    ],
  ])('refuses %s with a 403 that gives the phone number', async (_name, body, headers) => {
    const res = await post('/conversations', body, headers);
    expect(res.status).toBe(403);
    const json = (await res.json()) as { error: { code: string; message: string } };
    expect(json.error.code).toBe('forbidden');
    expect(json.error.message).toMatch(/0300 123 4567/);
  });

  it("keeps the host page's label for itself (setContext's page) for staff, if any", async () => {
    const label = async (page: unknown) => {
      const res = await post('/conversations', {
        siteKey: 'test-site',
        hostOrigin: HOST_ORIGIN,
        page,
      });
      expect(res.status).toBe(201);
      const { conversationId } = (await res.json()) as { conversationId: string };
      return (await getConversation(t.db, conversationId))!.hostPage;
    };
    expect(await label('  EHC plans ')).toBe('EHC plans');
    expect(await label('   ')).toBeNull();
    expect(await label(undefined)).toBeNull();
    const long = await post('/conversations', {
      siteKey: 'test-site',
      hostOrigin: HOST_ORIGIN,
      page: 'x'.repeat(201),
    });
    expect(long.status).toBe(400);
    expect(((await long.json()) as { error: { message: string } }).error.message).toMatch(/page/);
  });

  it('accepts a call straight from an allowed host page', async () => {
    const res = await post(
      '/conversations',
      { siteKey: 'test-site', hostOrigin: HOST_ORIGIN },
      { origin: HOST_ORIGIN },
    );
    expect(res.status).toBe(201);
  });
});

describe('messages', () => {
  it('answers as JSON with citations, and stores both sides', async () => {
    const { conversationId, token } = await start();
    const res = await post(
      `/conversations/${conversationId}/messages`,
      { text: 'What is mediation?' },
      { authorization: `Bearer ${token}` },
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      messageId: string;
      text: string;
      citations: { quote: string }[];
      answered: boolean;
    };
    expect(body.answered).toBe(true);
    expect(body.citations[0]?.quote).toMatch(/Mediation is a free meeting/);
    const stored = await listMessages(t.db, conversationId);
    // The fake clock gives both the same time, so compare without order.
    expect(stored.map((m) => m.role).sort()).toEqual(['assistant', 'visitor']);
    expect(body.messageId).toBe(
      `${conversationId}.${stored.find((m) => m.role === 'assistant')?.id}`,
    );
  });

  it('streams sources, text and done over SSE', async () => {
    const { conversationId, token } = await start();
    const res = await post(
      `/conversations/${conversationId}/messages`,
      { text: 'How long does it take to arrange mediation?' },
      { authorization: `Bearer ${token}`, accept: 'text/event-stream' },
    );
    expect(res.headers.get('content-type')).toMatch(/text\/event-stream/);
    const text = await res.text();
    const events = [...text.matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
    expect(events[0]).toBe('sources');
    expect(events).toContain('delta');
    expect(events.at(-1)).toBe('done');
    expect(text).toMatch(/"messageId":"[0-9a-f-]{36}\.[0-9a-f-]{36}"/);
  });

  it('refuses a wrong token or another conversation’s token alike', async () => {
    const a = await start();
    const b = await start();
    for (const [id, token] of [
      [a.conversationId, b.token],
      [a.conversationId, 'x'.repeat(43)],
      ['not-a-uuid', a.token],
    ]) {
      const res = await post(
        `/conversations/${id}/messages`,
        { text: 'hello' },
        { authorization: `Bearer ${token}` },
      );
      expect(res.status).toBe(401);
    }
  });

  it('refuses a message over 1,000 characters, and loses nothing stored', async () => {
    const { conversationId, token } = await start();
    const res = await post(
      `/conversations/${conversationId}/messages`,
      { text: 'a'.repeat(1001) },
      { authorization: `Bearer ${token}` },
    );
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /1,000 characters/,
    );
    expect(await listMessages(t.db, conversationId)).toEqual([]);
    const ok = await post(
      `/conversations/${conversationId}/messages`,
      { text: 'é'.repeat(1000) },
      { authorization: `Bearer ${token}` },
    );
    expect(ok.status).toBe(200);
  });

  it('refuses a body over 16 KB before reading it', async () => {
    const { conversationId, token } = await start();
    const res = await post(
      `/conversations/${conversationId}/messages`,
      { text: 'a'.repeat(20_000) },
      { authorization: `Bearer ${token}` },
    );
    expect(res.status).toBe(413);
  });

  it('limits one conversation to 12 messages a minute: 429, Retry-After, a human message', async () => {
    const { conversationId, token } = await start();
    const send = () =>
      post(
        `/conversations/${conversationId}/messages`,
        { text: 'Is it free?' },
        { authorization: `Bearer ${token}` },
      );
    for (let i = 0; i < 12; i++) expect((await send()).status).toBe(200);
    const res = await send();
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /Please wait .* 0300 123 4567/,
    );
    t.clock.advance(61_000);
    expect((await send()).status).toBe(200);
  });
});

describe('feedback, triage, deadlines, callbacks, office hours', () => {
  it('records feedback on an answer, only with that conversation’s token', async () => {
    const a = await start();
    const b = await start();
    const answer = (await (
      await post(
        `/conversations/${a.conversationId}/messages`,
        { text: 'What is mediation?' },
        { authorization: `Bearer ${a.token}` },
      )
    ).json()) as { messageId: string };
    const auth = (token: string) => ({ authorization: `Bearer ${token}` });
    // Another chat's token on this answer: refused.
    const other = await post(
      `/messages/${answer.messageId}/feedback`,
      { rating: 'up' },
      auth(b.token),
    );
    expect(other.status).toBe(401);
    // This answer's id under another chat (whose token the caller has): not found.
    const messageId = answer.messageId.split('.')[1];
    const forged = await post(
      `/messages/${b.conversationId}.${messageId}/feedback`,
      { rating: 'up' },
      auth(b.token),
    );
    expect(forged.status).toBe(404);
    const ok = await post(
      `/messages/${answer.messageId}/feedback`,
      { rating: 'down', comment: 'Not what I asked' },
      auth(a.token),
    );
    expect(ok.status).toBe(200);
  });

  it('walks the triage flow from @sen/rules', async () => {
    const first = (await (await post('/triage', { answers: {} })).json()) as {
      type: string;
      question: { id: string };
    };
    expect(first.type).toBe('question');
    const bad = await post('/triage', { answers: { [first.question.id]: 'not-an-option' } });
    expect([200, 400]).toContain(bad.status);
  });

  it('works out deadlines with explanations', async () => {
    const res = await post('/deadlines', {
      calculation: 'from_decision',
      dates: { decisionDate: '2026-03-03' },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      results: { label: string; date: string; explanation: string }[];
    };
    expect(body.results.map((r) => r.date)[0]).toBe('2026-05-03');
    expect(body.results[1]?.explanation).toMatch(/\w/);
    const bad = await post('/deadlines', {
      calculation: 'from_decision',
      dates: { decisionDate: '2026-02-30' },
    });
    expect(bad.status).toBe(400);
    const unknown = await post('/deadlines', { calculation: 'rm -rf', dates: {} });
    expect(unknown.status).toBe(400);
  });

  it('takes a callback request with consent, opens a case and returns its reference', async () => {
    const { conversationId, token } = await start();
    const body = {
      conversationId,
      name: 'Sam Parent',
      contactMethod: 'phone',
      phone: '07700 900123',
      description: 'The council refused an assessment.',
      consent: true,
    };
    const noConsent = await post(
      '/callbacks',
      { ...body, consent: false },
      { authorization: `Bearer ${token}` },
    );
    expect(noConsent.status).toBe(400);
    const res = await post('/callbacks', body, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as { reference: string };
    expect(reference).toMatch(/^MED-\d{4}-\d{4,}$/);
    const { items } = await listAudit(t.db, { action: 'callback.create' });
    expect(JSON.stringify(items)).not.toMatch(/Sam Parent|07700/);
  });

  it('says whether the office is open', async () => {
    const res = await t.app.request(`${API}/office-hours`);
    expect(await res.json()).toMatchObject({
      phone: '0300 123 4567',
      officeHours: { openNow: expect.any(Boolean) },
    });
  });
});

describe('errors never leak internals', () => {
  it('answers malformed JSON with a plain message', async () => {
    const res = await post('/conversations', '{"siteKey":');
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/SyntaxError|at .*\.ts|stack/i);
  });
});
