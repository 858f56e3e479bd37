// Staff see which conversations got the crisis reply: a count on each list item and in the
// transcript, and a filter for them.
import { addExchange, createConversation, type Db } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callTrpc,
  createStaff,
  createTestApp,
  sessionCookie,
  type TestApp,
} from '../../testing/harness';

let t: TestApp;
let caseworker: string;
const ids = {} as Record<'crisis' | 'ordinary', string>;

async function conversation(db: Db, tag: string, at: Date, kind: string) {
  const c = await createConversation(db, {
    siteId: null,
    tokenHash: tag,
    hostOrigin: null,
    now: at,
  });
  await addExchange(db, {
    conversationId: c.id,
    question: { text: 'Is mediation free?', at },
    answer: { text: 'Yes.', kind: 'answer', answered: true, citations: [], at },
  });
  await addExchange(db, {
    conversationId: c.id,
    question: { text: 'a message', at: new Date(at.getTime() + 1000) },
    answer: {
      text: 'reply',
      kind,
      answered: true,
      citations: [],
      at: new Date(at.getTime() + 2000),
    },
  });
  return c.id;
}

beforeAll(async () => {
  t = await createTestApp();
  caseworker = await sessionCookie(t, (await createStaff(t, 'caseworker')).id);
  ids.ordinary = await conversation(t.db, 'ordinary', new Date('2026-01-02T10:00:00Z'), 'answer');
  ids.crisis = await conversation(t.db, 'crisis', new Date('2026-01-03T10:00:00Z'), 'crisis');
});
afterAll(() => t.close());

type Item = { id: string; crisisReplies: number };

describe('conversations: crisis replies', () => {
  it('counts crisis replies on each list item and filters for them', async () => {
    const all = await callTrpc(t, 'conversations.list', {}, { cookie: caseworker });
    expect(all.status, all.raw).toBe(200);
    const items = (all.data as { items: Item[] }).items;
    expect(items.map((i) => [i.id, i.crisisReplies])).toEqual([
      [ids.crisis, 1],
      [ids.ordinary, 0],
    ]);
    const only = await callTrpc(t, 'conversations.list', { crisis: true }, { cookie: caseworker });
    expect((only.data as { items: Item[] }).items.map((i) => i.id)).toEqual([ids.crisis]);
  });

  it('says so in the transcript', async () => {
    const res = await callTrpc(t, 'conversations.get', { id: ids.crisis }, { cookie: caseworker });
    expect(res.status, res.raw).toBe(200);
    const convo = res.data as { crisisReplies: number; messages: { kind: string | null }[] };
    expect(convo.crisisReplies).toBe(1);
    expect(convo.messages.map((m) => m.kind)).toContain('crisis');
    const plain = await callTrpc(
      t,
      'conversations.get',
      { id: ids.ordinary },
      { cookie: caseworker },
    );
    expect((plain.data as { crisisReplies: number }).crisisReplies).toBe(0);
  });

  it('refuses a crisis filter that is not true or false', async () => {
    const res = await callTrpc(t, 'conversations.list', { crisis: 'yes' }, { cookie: caseworker });
    expect(res.status).toBe(400);
  });
});
