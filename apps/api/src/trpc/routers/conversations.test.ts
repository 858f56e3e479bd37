import {
  addMessage,
  createCase,
  createConversation,
  listAudit,
  recordFeedback,
  type Db,
} from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite } from '../../testing/fixtures';
import {
  callTrpc,
  createStaff,
  createTestApp,
  sessionCookie,
  type TestApp,
} from '../../testing/harness';

let t: TestApp;
let admin: string;
let caseworker: string;
let caseworkerId: string;
let siteId: string;
const ids = {} as Record<'good' | 'unanswered' | 'down' | 'old', string>;

let seq = 0;
async function conversation(
  db: Db,
  at: Date,
  o: { site?: string | null; answered: boolean; rating?: 'up' | 'down' },
) {
  seq += 1;
  const c = await createConversation(db, {
    siteId: o.site ?? null,
    tokenHash: `convo-${seq}`,
    hostOrigin: o.site ? 'https://council.example' : null,
    hostPage: o.site ? 'EHC plans' : null,
    now: at,
  });
  await addMessage(db, {
    conversationId: c.id,
    role: 'visitor',
    text: `My son's school, question ${seq}`,
    now: at,
  });
  const a = await addMessage(db, {
    conversationId: c.id,
    role: 'assistant',
    text: o.answered ? 'Here is what the guidance says.' : 'I could not find that.',
    answered: o.answered,
    now: new Date(at.getTime() + 1000),
  });
  if (o.rating) {
    await recordFeedback(db, {
      conversationId: c.id,
      messageId: a.id,
      rating: o.rating,
      comment: 'thanks?',
      now: at,
    });
  }
  return c.id;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await sessionCookie(t, (await createStaff(t, 'admin')).id);
  caseworkerId = (await createStaff(t, 'caseworker')).id;
  caseworker = await sessionCookie(t, caseworkerId);
  siteId = (await createTestSite(t.db, t.clock.now())).id;
  ids.good = await conversation(t.db, new Date('2026-01-02T10:00:00Z'), {
    site: siteId,
    answered: true,
    rating: 'up',
  });
  ids.unanswered = await conversation(t.db, new Date('2026-01-03T10:00:00Z'), {
    site: siteId,
    answered: false,
  });
  ids.down = await conversation(t.db, new Date('2026-01-04T10:00:00Z'), {
    answered: true,
    rating: 'down',
  });
  ids.old = await conversation(t.db, new Date('2025-11-01T10:00:00Z'), {
    answered: false,
    rating: 'down',
  });
});
afterAll(() => t.close());

type ListPage = {
  items: { id: string; handledAt: Date | null; reviewOutcome?: string | null }[];
  nextCursor: string | null;
};
const list = async (input: Record<string, unknown>) => {
  const res = await callTrpc(t, 'conversations.list', input, { cookie: caseworker });
  expect(res.status, res.raw).toBe(200);
  return res.data as ListPage;
};

describe('conversations', () => {
  it('filters by site, dates, answered and rating', async () => {
    expect((await list({})).items.map((i) => i.id)).toEqual([
      ids.down,
      ids.unanswered,
      ids.good,
      ids.old,
    ]);
    expect((await list({ siteId })).items.map((i) => i.id)).toEqual([ids.unanswered, ids.good]);
    expect((await list({ from: '2026-01-01', to: '2026-01-03' })).items.map((i) => i.id)).toEqual([
      ids.unanswered,
      ids.good,
    ]);
    expect((await list({ answered: 'unanswered' })).items.map((i) => i.id)).toEqual([
      ids.unanswered,
      ids.old,
    ]);
    expect((await list({ answered: 'answered' })).items.map((i) => i.id)).toEqual([
      ids.down,
      ids.good,
    ]);
    expect((await list({ rating: 'down' })).items.map((i) => i.id)).toEqual([ids.down, ids.old]);
    expect((await list({ needsReview: true })).items.map((i) => i.id)).toEqual([
      ids.down,
      ids.unanswered,
      ids.old,
    ]);
  });

  it('pages a filtered list without losing or repeating items', async () => {
    const first = await list({ answered: 'unanswered', limit: 1 });
    expect(first.items.map((i) => i.id)).toEqual([ids.unanswered]);
    expect(first.nextCursor).not.toBeNull();
    const second = await list({ answered: 'unanswered', limit: 1, cursor: first.nextCursor });
    expect(second.items.map((i) => i.id)).toEqual([ids.old]);
    expect(second.nextCursor).toBeNull();
  });

  it('audits every transcript read, with ids only', async () => {
    const res = await callTrpc(t, 'conversations.get', { id: ids.down }, { cookie: caseworker });
    expect(res.status, res.raw).toBe(200);
    const convo = res.data as {
      hostOrigin: string | null;
      hostPage: string | null;
      messages: { role: string; text: string; feedback: { rating: string } | null }[];
    };
    expect(convo.messages.map((m) => m.role)).toEqual(['visitor', 'assistant']);
    // Where it began: nothing for the service's own site; a partner's origin and its page label.
    expect([convo.hostOrigin, convo.hostPage]).toEqual([null, null]);
    const onSite = await callTrpc(t, 'conversations.get', { id: ids.good }, { cookie: caseworker });
    expect(onSite.data).toMatchObject({
      hostOrigin: 'https://council.example',
      hostPage: 'EHC plans',
    });
    expect(convo.messages[1]!.feedback).toMatchObject({ rating: 'down' });
    const audit = await listAudit(t.db, { action: 'conversation.read', entityId: ids.down });
    expect(audit.items).toHaveLength(1);
    expect(audit.items[0]).toMatchObject({ actorId: caseworkerId, entityType: 'conversation' });
    expect(JSON.stringify(audit.items[0])).not.toContain('school');
    const missing = await callTrpc(
      t,
      'conversations.get',
      { id: crypto.randomUUID() },
      { cookie: caseworker },
    );
    expect(missing.status).toBe(404);
  });

  it('shows rated answers with the question asked, auditing each transcript read', async () => {
    const res = await callTrpc(
      t,
      'conversations.feedback',
      { rating: 'down' },
      { cookie: caseworker },
    );
    expect(res.status, res.raw).toBe(200);
    const items = (
      res.data as { items: { conversationId: string; question: string; comment: string }[] }
    ).items;
    expect(items.map((i) => i.conversationId)).toEqual([ids.down, ids.old]);
    expect(items[0]!.question).toMatch(/My son's school/);
    expect(items[0]!.comment).toBe('thanks?');
    const audit = await listAudit(t.db, { action: 'conversation.read', entityId: ids.old });
    expect(audit.items[0]?.detail).toEqual({ view: 'feedback' });
  });

  it('takes a handled conversation off the queue until someone writes again', async () => {
    const queue = async () =>
      (
        (await callTrpc(t, 'conversations.reviewQueue', {}, { cookie: caseworker }))
          .data as ListPage
      ).items.map((i) => i.id);
    expect(await queue()).toEqual([ids.down, ids.unanswered, ids.old]);
    const res = await callTrpc(
      t,
      'conversations.markHandled',
      { id: ids.unanswered, outcome: 'guidance_added' },
      { cookie: caseworker },
    );
    expect(res.status, res.raw).toBe(200);
    expect(await queue()).toEqual([ids.down, ids.old]);
    expect(
      (await list({ siteId })).items.find((i) => i.id === ids.unanswered)?.handledAt,
    ).not.toBeNull();

    await addMessage(t.db, {
      conversationId: ids.unanswered,
      role: 'visitor',
      text: 'Still there?',
      now: new Date('2026-01-06T10:00:00Z'),
    });
    expect(await queue()).toContain(ids.unanswered);

    const bad = await callTrpc(
      t,
      'conversations.markHandled',
      { id: ids.down, outcome: 'ignored' },
      { cookie: caseworker },
    );
    expect(bad.status).toBe(400);
    expect(bad.raw).toMatch(/Say what was done/);
  });

  it('links to a case by reference and unlinks, with audit rows', async () => {
    const created = await createCase(
      t.db,
      { track: 'mediation' },
      { now: t.clock.now(), actorKind: 'system' },
    );
    const res = await callTrpc(
      t,
      'conversations.linkCase',
      { id: ids.good, caseReference: created.reference.toLowerCase() },
      { cookie: caseworker },
    );
    expect(res.status, res.raw).toBe(200);
    expect(res.data).toEqual({ ok: true, caseId: created.id });
    const unknown = await callTrpc(
      t,
      'conversations.linkCase',
      { id: ids.good, caseReference: 'SEN-0000-9999' },
      { cookie: caseworker },
    );
    expect(unknown.status).toBe(404);
    expect(unknown.error?.message).toMatch(/SEN-0000-9999 was not found/);
    const unlink = await callTrpc(
      t,
      'conversations.linkCase',
      { id: ids.good, caseId: null },
      { cookie: admin },
    );
    expect(unlink.data).toEqual({ ok: true, caseId: null });
    const audit = await listAudit(t.db, { action: 'conversation.link_case', entityId: ids.good });
    expect(audit.items.map((a) => a.detail)).toEqual([{ caseId: null }, { caseId: created.id }]);
  });

  it('shows what was done in the list and filters thumbs-up', async () => {
    const handled = (await list({})).items.find((i) => i.id === ids.down) as
      { reviewOutcome?: string | null; upVotes?: number } | undefined;
    expect(handled?.reviewOutcome).toBeNull();
    await callTrpc(
      t,
      'conversations.markHandled',
      { id: ids.down, outcome: 'case_opened' },
      { cookie: caseworker },
    );
    const after = (await list({})).items.find((i) => i.id === ids.down);
    expect(after?.reviewOutcome).toBe('case_opened');
    expect((await list({ rating: 'up' })).items.map((i) => i.id)).not.toContain(ids.down);
  });
});
