import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing/index';
import {
  addExchange,
  addExchanges,
  createConversation,
  getConversation,
  listMessages,
} from './conversations';
import { MAX_MESSAGE_LENGTH } from '../text-length';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
const now = new Date('2026-03-02T10:00:00Z');

const answer = {
  text: 'Mediation is a meeting.',
  kind: 'retrieval',
  answered: true,
  citations: [{ title: 'Mediation', quote: 'a meeting' }],
  at: now,
};

describe('addExchange', () => {
  it('stores the question then the answer in one statement, in order even in one millisecond', async () => {
    const convo = await createConversation(t.db, {
      siteId: null,
      tokenHash: 'h-exchange',
      hostOrigin: null,
      now,
    });
    const later = new Date(now.getTime() + 5_000);
    for (let i = 0; i < 3; i++) {
      const { id } = await addExchange(t.db, {
        conversationId: convo.id,
        question: { text: `Question ${i}?`, at: later },
        answer: { ...answer, text: `Answer ${i}.`, at: later },
      });
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
    }
    const stored = await listMessages(t.db, convo.id);
    expect(stored.map((m) => m.text)).toEqual([
      'Question 0?',
      'Answer 0.',
      'Question 1?',
      'Answer 1.',
      'Question 2?',
      'Answer 2.',
    ]);
    const [q, a] = stored;
    expect(q).toMatchObject({ role: 'visitor', kind: null, answered: null, citations: [] });
    expect(a).toMatchObject({
      role: 'assistant',
      kind: 'retrieval',
      answered: true,
      citations: answer.citations,
    });
    expect(a!.createdAt.toISOString()).toBe(later.toISOString());
    expect((await getConversation(t.db, convo.id))!.lastMessageAt?.toISOString()).toBe(
      later.toISOString(),
    );
  });

  it('stores nothing for a conversation that is gone, and refuses an over-long question', async () => {
    await expect(
      addExchange(t.db, {
        conversationId: '00000000-0000-4000-8000-000000000000',
        question: { text: 'Hello?', at: now },
        answer,
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      addExchange(t.db, {
        conversationId: '00000000-0000-4000-8000-000000000000',
        question: { text: 'x'.repeat(MAX_MESSAGE_LENGTH + 1), at: now },
        answer,
      }),
    ).rejects.toMatchObject({ code: 'invalid' });
  });

  it('stores many exchanges in one statement, in input order, skipping conversations that are gone', async () => {
    const make = (tokenHash: string) =>
      createConversation(t.db, { siteId: null, tokenHash, hostOrigin: null, now });
    const a = await make('h-batch-a');
    const b = await make('h-batch-b');
    const gone = '00000000-0000-4000-8000-000000000001';
    const item = (conversationId: string, text: string) => ({
      conversationId,
      question: { text: `${text}?`, at: now },
      answer: { ...answer, text: `${text}.`, at: now },
    });
    const stored = await addExchanges(t.db, [
      item(a.id, 'a1'),
      item(b.id, 'b1'),
      item(gone, 'x'),
      item(a.id, 'a2'),
    ]);
    expect(stored.map((s) => s !== null)).toEqual([true, true, false, true]);
    const inA = await listMessages(t.db, a.id);
    expect(inA.map((m) => m.text)).toEqual(['a1?', 'a1.', 'a2?', 'a2.']);
    expect(inA[1]!.id).toBe(stored[0]!.id);
    expect(inA[3]!.id).toBe(stored[3]!.id);
    expect((await listMessages(t.db, b.id))[1]!.id).toBe(stored[1]!.id);
    expect(await addExchanges(t.db, [])).toEqual([]);
  });

  it('stores any text exactly, and a lone surrogate as U+FFFD without failing its batch', async () => {
    const convo = await createConversation(t.db, {
      siteId: null,
      tokenHash: 'h-batch-text',
      hostOrigin: null,
      now,
    });
    const odd = `Quotes " ' \\ back\\slash, {"json": [1]}, 👩‍👧 emoji, ١٢٣, tab\there, line\nbreak`;
    const stored = await addExchanges(t.db, [
      {
        conversationId: convo.id,
        question: { text: odd, at: now },
        answer: { ...answer, citations: [{ title: 'T "q"', quote: odd }] },
      },
      {
        conversationId: convo.id,
        question: { text: 'half \ud83d of an emoji', at: now },
        answer,
      },
    ]);
    expect(stored.every((s) => s !== null)).toBe(true);
    const texts = (await listMessages(t.db, convo.id)).map((m) => [m.text, m.citations]);
    expect(texts).toEqual([
      [odd, []],
      [answer.text, [{ title: 'T "q"', quote: odd }]],
      ['half \ufffd of an emoji', []],
      [answer.text, answer.citations],
    ]);
  });

  // Two batches in flight (the API group-commits concurrent messages) that lock the same
  // conversations in different orders deadlock on PostgreSQL (40P01: a 500 for a visitor).
  // Locking in id order rules that out: a batch stuck on one conversation must hold the ones
  // before it and none after it. A third connection holds one conversation to freeze the batch.
  it('locks conversations in id order, whatever order the batch names them in', async (ctx) => {
    if (!t.url) return ctx.skip('PGlite runs one statement at a time');
    const convos = await Promise.all(
      ['h-order-1', 'h-order-2', 'h-order-3', 'h-order-4'].map((tokenHash) =>
        createConversation(t.db, { siteId: null, tokenHash, hostOrigin: null, now }),
      ),
    );
    const ids = convos.map((c) => c.id).sort();
    const connect = async () => {
      const client = new pg.Client({ connectionString: t.url! });
      await client.connect();
      return client;
    };
    const holder = await connect();
    const probe = await connect();
    const isLocked = async (id: string) => {
      await probe.query('begin');
      try {
        await probe.query('select 1 from conversations where id = $1 for no key update nowait', [
          id,
        ]);
        return false;
      } catch {
        return true;
      } finally {
        await probe.query('rollback');
      }
    };
    try {
      await holder.query('begin');
      await holder.query('select 1 from conversations where id = $1 for no key update', [ids[2]]);
      const stored = addExchanges(
        t.db,
        [...ids].reverse().map((conversationId) => ({
          conversationId,
          question: { text: 'In order?', at: now },
          answer: { ...answer, at: now },
        })),
      );
      for (const until = Date.now() + 15_000; !(await isLocked(ids[1]!));) {
        if (Date.now() > until) throw new Error('the batch never reached the held conversation');
        await new Promise((r) => setTimeout(r, 25));
      }
      expect(await isLocked(ids[0]!)).toBe(true);
      expect(await isLocked(ids[3]!)).toBe(false);
      await holder.query('commit');
      expect((await stored).every((r) => r !== null)).toBe(true);
    } finally {
      await holder.end();
      await probe.end();
    }
  });
});
