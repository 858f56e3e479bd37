import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing/index';
import { answerSources } from './answer-sources';
import { addExchanges, createConversation, listMessages } from './conversations';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
const at = new Date('2026-03-02T10:00:00Z');

describe('answer sources', () => {
  it("stores each answer's source and model reason code, and counts them for a period", async () => {
    const convo = await createConversation(t.db, {
      siteId: null,
      tokenHash: 'h-src',
      hostOrigin: null,
      now: at,
    });
    const answer = (source: 'offline' | 'llm' | null, modelReason: string | null) => ({
      conversationId: convo.id,
      question: { text: 'Is it free?', at },
      answer: {
        text: 'It is free.',
        kind: 'answer',
        answered: true,
        citations: [],
        at,
        source,
        modelReason,
      },
    });
    await addExchanges(t.db, [
      answer('llm', null),
      answer('llm', 'advice'),
      answer('offline', 'unsupported_fact'),
      answer('offline', 'unsupported_fact'),
      answer('offline', null),
      answer(null, null),
    ]);
    const stored = (await listMessages(t.db, convo.id)).filter((m) => m.role === 'assistant');
    expect(stored.map((m) => [m.source, m.modelReason])).toEqual([
      ['llm', null],
      ['llm', 'advice'],
      ['offline', 'unsupported_fact'],
      ['offline', 'unsupported_fact'],
      ['offline', null],
      [null, null],
    ]);
    const visitor = (await listMessages(t.db, convo.id)).find((m) => m.role === 'visitor')!;
    expect(visitor).toMatchObject({ source: null, modelReason: null });

    const report = await answerSources(t.db, {
      from: new Date('2026-03-01T00:00:00Z'),
      to: new Date('2026-03-03T00:00:00Z'),
    });
    expect(report.bySource).toEqual([
      { source: 'offline', count: 3 },
      { source: 'llm', count: 2 },
      { source: null, count: 1 },
    ]);
    expect(report.modelReasons).toEqual([
      { source: 'offline', reason: 'unsupported_fact', count: 2 },
      { source: 'llm', reason: 'advice', count: 1 },
    ]);
    const before = await answerSources(t.db, {
      from: new Date('2026-02-01T00:00:00Z'),
      to: new Date('2026-03-01T00:00:00Z'),
    });
    expect(before.bySource).toEqual([]);
  });
});
