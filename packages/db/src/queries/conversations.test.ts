import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing/index';
import { createCallbackRequest, listCallbacks } from './callbacks';
import { listPeople } from './case-people';
import { getCase } from './cases';
import {
  addMessage,
  createConversation,
  getConversation,
  getConversationWithMessages,
  listConversations,
  recordFeedback,
} from './conversations';
import { createLocalAuthority } from './local-authorities';
import { dashboardCounts, serviceReport } from './reports';
import { createUser } from './users';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
const now = new Date('2026-03-02T10:00:00Z');

describe('conversations and callbacks', () => {
  it('stores messages, citations and one rating per answer', async () => {
    const convo = await createConversation(t.db, {
      siteId: null,
      tokenHash: 'h1',
      hostOrigin: null,
      now,
    });
    await addMessage(t.db, {
      conversationId: convo.id,
      role: 'visitor',
      text: 'What is mediation?',
      now,
    });
    const answer = await addMessage(t.db, {
      conversationId: convo.id,
      role: 'assistant',
      text: 'It is a meeting…',
      kind: 'answer',
      answered: true,
      citations: [{ title: 'About', quote: 'a meeting', url: 'https://example.org' }],
      now: new Date(now.getTime() + 1),
    });
    await recordFeedback(t.db, {
      conversationId: convo.id,
      messageId: answer.id,
      rating: 'up',
      now,
    });
    await recordFeedback(t.db, {
      conversationId: convo.id,
      messageId: answer.id,
      rating: 'down',
      comment: 'vague',
      now,
    });
    const other = await createConversation(t.db, {
      siteId: null,
      tokenHash: 'h2',
      hostOrigin: null,
      now,
    });
    await expect(
      recordFeedback(t.db, { conversationId: other.id, messageId: answer.id, rating: 'up', now }),
    ).rejects.toThrow(/No such message/);
    const detail = await getConversationWithMessages(t.db, convo.id);
    expect(detail).not.toHaveProperty('tokenHash');
    expect(detail?.messages[1]?.feedback).toEqual({ rating: 'down', comment: 'vague' });
    expect(detail?.messages[1]?.citations[0]?.quote).toBe('a meeting');
    const review = await listConversations(t.db, { needsReview: true });
    expect(review.items.map((c) => c.id)).toEqual([convo.id]);
    await expect(
      addMessage(t.db, { conversationId: convo.id, role: 'visitor', text: 'x'.repeat(1001), now }),
    ).rejects.toThrow(/at most 1000/);
  });

  it('a callback opens a case with the person, links the conversation, and is reported', async () => {
    const la = await createLocalAuthority(t.db, { name: 'Hackney' }, { now });
    const convo = await createConversation(t.db, {
      siteId: null,
      tokenHash: 'h3',
      hostOrigin: null,
      now,
    });
    await expect(
      createCallbackRequest(
        t.db,
        { name: 'Jo', contactMethod: 'phone', description: 'x', consent: false },
        { now },
      ),
    ).rejects.toThrow(/agreement to contact.*phone number/);
    const result = await createCallbackRequest(
      t.db,
      {
        conversationId: convo.id,
        name: 'Jo Bloggs',
        contactMethod: 'phone',
        phone: '020 7946 0000',
        localAuthority: 'hackney',
        description: 'The council refused to assess my son.',
        consent: true,
      },
      { now },
    );
    expect(result.reference).toMatch(/^MED-2026-\d{4}$/);
    const created = await getCase(t.db, result.caseId);
    expect(created).toMatchObject({
      state: 'enquiry',
      localAuthorityId: la.id,
      contactChannel: 'widget_callback',
    });
    expect((await listPeople(t.db, result.caseId))[0]).toMatchObject({
      fullName: 'Jo Bloggs',
      consentToContact: true,
    });
    expect((await getConversation(t.db, convo.id))?.caseId).toBe(result.caseId);
    expect((await listCallbacks(t.db, { status: 'new' }))[0]?.caseReference).toBe(result.reference);

    const user = await createUser(
      t.db,
      { email: 'a@example.org', name: 'A', role: 'admin', passwordHash: 'h' },
      { now },
    );
    const counts = await dashboardCounts(t.db, {
      userId: user.id,
      startOfToday: new Date('2026-03-02T00:00:00Z'),
    });
    expect(counts).toMatchObject({
      openCases: 1,
      unassignedOpenCases: 1,
      newCallbacks: 1,
      // The chat with messages and the one that led to a case; the third was never written in.
      conversationsToday: 2,
    });
    const report = await serviceReport(t.db, {
      from: new Date('2026-03-01T00:00:00Z'),
      to: new Date('2026-04-01T00:00:00Z'),
    });
    expect(report).toMatchObject({
      casesOpened: 1,
      callbacks: 1,
      questions: 1,
      answered: 1,
      feedbackDown: 1,
    });
    expect(report.openedByLocalAuthority).toEqual([{ key: la.id, label: 'Hackney', count: 1 }]);
  });
});
