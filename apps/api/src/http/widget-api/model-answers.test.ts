// With a model configured: each stored answer records which engine wrote it and, when the
// model's answer was not shown in full, the reason code (never its text); staff see the counts.
import { listMessages } from '@sen/db';
import { createTestDb, type TestDb } from '@sen/db/testing';
import { breakerFor, type LlmConfig } from '@sen/guidance';
import {
  jsonPieces,
  passageNumber,
  startFakeOpenAi,
  streamText,
  type FakeOpenAi,
} from '@sen/guidance/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGuidanceRuntime } from '../../services/guidance/runtime';
import { fakeClock } from '../../lib/clock';
import { createLogger } from '../../lib/logger';
import { createTestSite, HOST_ORIGIN, publishPage, SAMPLE_PAGE } from '../../testing/fixtures';
import {
  callTrpc,
  createStaff,
  createTestApp,
  ORIGIN,
  sessionCookie,
  type TestApp,
} from '../../testing/harness';

const logLines: string[] = [];
let fake: FakeOpenAi;
let t: TestApp;
let db: TestDb;

beforeAll(async () => {
  fake = await startFakeOpenAi();
  db = await createTestDb();
  const llm: LlmConfig = {
    apiKey: 'k',
    baseUrl: fake.baseUrl,
    model: 'm',
    timeoutMs: 2000,
    maxTokens: 300,
  };
  breakerFor(llm, { failures: Number.POSITIVE_INFINITY });
  t = await createTestApp({
    db,
    config: { modelAssisted: true },
    guidance: createGuidanceRuntime({
      db: db.db,
      clock: fakeClock(),
      logger: createLogger('info', { write: (line: string) => void logLines.push(line) }),
      llm,
      pollMs: 0,
    }),
  });
  await createTestSite(t.db, t.clock.now());
  await publishPage(t.db, t.clock.now(), 'mediation', 'Mediation', SAMPLE_PAGE);
  await t.deps.guidance.refresh();
});
afterAll(async () => {
  await t?.close();
  await db?.close();
  await fake?.close();
});

let modelAssisted: unknown;

async function ask(text: string): Promise<{ conversationId: string; sse: string }> {
  const start = await t.app.request(`${ORIGIN}/api/widget/v1/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ siteKey: 'test-site', hostOrigin: HOST_ORIGIN }),
  });
  const { conversationId, token, service } = (await start.json()) as {
    conversationId: string;
    token: string;
    service: { modelAssisted?: boolean };
  };
  modelAssisted = service.modelAssisted;
  const res = await t.app.request(
    `${ORIGIN}/api/widget/v1/conversations/${conversationId}/messages`,
    {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        origin: ORIGIN,
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ text }),
    },
  );
  return { conversationId, sse: await res.text() };
}

const citing = (...texts: string[]) =>
  fake.handle((_req, res, body) => {
    const n = passageNumber(body, 'Mediation is a free meeting');
    streamText(
      res,
      jsonPieces({ no_answer: false, sentences: texts.map((text) => ({ text, cites: [n] })) }),
    );
  });

describe('answers written by a model', () => {
  it('stores the source and the reason code, and reports.answerSources counts them', async () => {
    citing('Mediation is a free meeting led by an independent mediator.');
    const good = await ask('What is mediation?');
    expect(modelAssisted).toBe(true); // the widget then says what a model receives
    expect(good.sse).toContain('Mediation is a free meeting led by an independent mediator [1].');

    citing('Mediation costs £500 for each family.');
    const bad = await ask('What is mediation?');
    expect(bad.sse).not.toContain('£500');

    const stored = async (id: string) =>
      (await listMessages(t.db, id))
        .filter((m) => m.role === 'assistant')
        .map((m) => [m.source, m.modelReason]);
    expect(await stored(good.conversationId)).toEqual([['llm', null]]);
    expect(await stored(bad.conversationId)).toEqual([['offline', 'unsupported_fact']]);
    const all = await Promise.all([good, bad].map((x) => listMessages(t.db, x.conversationId)));
    expect(JSON.stringify(all)).not.toContain('£500'); // the refused text is never stored
    // Logged as a code, without the question or the model's words.
    const logged = logLines.filter((l) => l.includes('modelReason'));
    expect(logged.map((l) => (JSON.parse(l) as { modelReason: string }).modelReason)).toEqual([
      'unsupported_fact',
    ]);
    expect(logged.join('')).not.toMatch(/£500|What is mediation/);

    const viewer = await createStaff(t, 'viewer');
    const today = t.clock.now().toISOString().slice(0, 10);
    const res = await callTrpc(
      t,
      'reports.answerSources',
      { from: today, to: today },
      {
        cookie: await sessionCookie(t, viewer.id),
      },
    );
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({
      bySource: expect.arrayContaining([
        { source: 'llm', count: 1 },
        { source: 'offline', count: 1 },
      ]),
      modelReasons: [{ source: 'offline', reason: 'unsupported_fact', count: 1 }],
    });
  });
});
