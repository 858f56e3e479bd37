// A conversation in which the chat gave the crisis reply is counted and can be listed on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing/index';
import { listConversationsWithReview } from './conversation-review';
import { addExchange, addMessage, createConversation, listConversations } from './conversations';

let t: TestDb;
const ids = {} as Record<'crisis' | 'twice' | 'ordinary' | 'visitorSaid', string>;
const at = (day: number) => new Date(`2026-02-0${day}T10:00:00Z`);

async function conversation(day: number, kinds: string[], visitorKind?: string) {
  const c = await createConversation(t.db, {
    siteId: null,
    tokenHash: `crisis-${day}`,
    hostOrigin: null,
    now: at(day),
  });
  for (const kind of kinds)
    await addExchange(t.db, {
      conversationId: c.id,
      question: { text: 'q', at: at(day) },
      answer: { text: 'a', kind, answered: true, citations: [], at: at(day) },
    });
  // A visitor's message never carries a kind the chat gave; only answers count.
  if (visitorKind)
    await addMessage(t.db, {
      conversationId: c.id,
      role: 'visitor',
      text: 'crisis',
      kind: visitorKind,
      now: at(day),
    });
  return c.id;
}

beforeAll(async () => {
  t = await createTestDb();
  ids.ordinary = await conversation(1, ['answer', 'no_answer']);
  ids.crisis = await conversation(2, ['answer', 'crisis']);
  ids.twice = await conversation(3, ['crisis', 'crisis']);
  ids.visitorSaid = await conversation(4, ['answer'], 'crisis');
});
afterAll(() => t.close());

describe('crisis replies in the conversation lists', () => {
  it('counts the crisis replies of each conversation in both lists', async () => {
    for (const list of [listConversations, listConversationsWithReview]) {
      const { items } = await list(t.db, {});
      const count = Object.fromEntries(items.map((i) => [i.id, i.crisisReplies]));
      expect(count).toEqual({
        [ids.ordinary]: 0,
        [ids.crisis]: 1,
        [ids.twice]: 2,
        [ids.visitorSaid]: 0,
      });
    }
  });

  it('lists only the conversations with a crisis reply, newest first, a page at a time', async () => {
    for (const list of [listConversations, listConversationsWithReview]) {
      expect((await list(t.db, { crisis: true })).items.map((i) => i.id)).toEqual([
        ids.twice,
        ids.crisis,
      ]);
      const first = await list(t.db, { crisis: true, limit: 1 });
      expect(first.items.map((i) => i.id)).toEqual([ids.twice]);
      const second = await list(t.db, { crisis: true, limit: 1, cursor: first.nextCursor! });
      expect(second.items.map((i) => i.id)).toEqual([ids.crisis]);
      expect(second.nextCursor).toBeNull();
    }
  });
});
