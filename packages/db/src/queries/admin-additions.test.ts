import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing/index';
import { createCallbackRequest, getCallback } from './callbacks';
import { deleteCase } from './case-deletion';
import { listCaseEvents } from './case-events';
import { createCase, getCase, transitionCase } from './cases';
import { getCertificate, issueCertificate } from './certificates';
import {
  conversationReview,
  deleteConversation,
  listConversationsWithReview,
  markConversationReviewed,
} from './conversation-review';
import {
  addMessage,
  createConversation,
  getConversation,
  listMessages,
  recordFeedback,
} from './conversations';
import {
  createGuidanceFile,
  deleteGuidanceFile,
  getGuidanceFile,
  getGuidanceFileBySlug,
  listGuidanceFiles,
  setGuidanceFilePublished,
} from './guidance-files';
import { guidanceRevision } from './guidance';
import { claimScheduledJob } from './scheduled-jobs';
import { getSettings, updateSettings } from './settings';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
const now = new Date('2026-03-02T10:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

async function convo(tag: string, opts: { unanswered?: boolean; rating?: 'up' | 'down' }) {
  const c = await createConversation(t.db, { siteId: null, tokenHash: tag, hostOrigin: null, now });
  await addMessage(t.db, { conversationId: c.id, role: 'visitor', text: 'q', now });
  const a = await addMessage(t.db, {
    conversationId: c.id,
    role: 'assistant',
    text: 'a',
    answered: !opts.unanswered,
    now,
  });
  if (opts.rating)
    await recordFeedback(t.db, { conversationId: c.id, messageId: a.id, rating: opts.rating, now });
  return c.id;
}

describe('published files', () => {
  it('stores bytes, lists without them, hides unpublished, refuses a slug twice, moves the revision', async () => {
    const before = await guidanceRevision(t.db);
    const bytes = Buffer.from('%PDF-1.4 test\n\x00\xff');
    const f = await createGuidanceFile(
      t.db,
      {
        slug: 'mediation-notice',
        title: 'Mediation notice',
        fileName: 'notice.pdf',
        contentType: 'application/pdf',
        bytes,
        sha256: 'x',
      },
      { now },
    );
    expect(await guidanceRevision(t.db)).toBe(before + 1);
    expect(f).not.toHaveProperty('bytes');
    expect(f.size).toBe(bytes.length);
    const full = await getGuidanceFile(t.db, f.id);
    expect(Buffer.compare(full!.bytes, bytes)).toBe(0);
    expect((await getGuidanceFileBySlug(t.db, 'mediation-notice'))?.id).toBe(f.id);
    expect(await getGuidanceFileBySlug(t.db, '../etc')).toBeUndefined();
    await expect(
      createGuidanceFile(
        t.db,
        {
          slug: 'mediation-notice',
          title: 'x',
          fileName: 'a.pdf',
          contentType: 'application/pdf',
          bytes,
          sha256: 'y',
        },
        { now },
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      createGuidanceFile(
        t.db,
        {
          slug: 'Bad Slug',
          title: 'x',
          fileName: 'a.pdf',
          contentType: 'application/pdf',
          bytes,
          sha256: 'y',
        },
        { now },
      ),
    ).rejects.toMatchObject({ code: 'invalid' });
    await setGuidanceFilePublished(t.db, f.id, false, { now });
    expect(await listGuidanceFiles(t.db, { publishedOnly: true })).toHaveLength(0);
    expect(await listGuidanceFiles(t.db)).toHaveLength(1);
    await deleteGuidanceFile(t.db, f.id, { now });
    expect(await getGuidanceFile(t.db, f.id)).toBeUndefined();
    await expect(deleteGuidanceFile(t.db, f.id, { now })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('conversation review', () => {
  it('filters answered, unanswered, rating and review state in SQL', async () => {
    const ok = await convo('r-ok', { rating: 'up' });
    const miss = await convo('r-miss', { unanswered: true });
    const down = await convo('r-down', { rating: 'down' });
    const ids = async (f: Parameters<typeof listConversationsWithReview>[1]) =>
      new Set((await listConversationsWithReview(t.db, f)).items.map((i) => i.id));
    expect(await ids({ answered: 'unanswered' })).toEqual(new Set([miss]));
    expect((await ids({ answered: 'answered' })).has(miss)).toBe(false);
    expect(await ids({ rating: 'down' })).toEqual(new Set([down]));
    expect(await ids({ rating: 'up' })).toEqual(new Set([ok]));
    expect(await ids({ needsReview: true, review: 'open' })).toEqual(new Set([miss, down]));

    await markConversationReviewed(t.db, down, { outcome: 'guidance_added' }, { now: later(1000) });
    expect(await ids({ needsReview: true, review: 'open' })).toEqual(new Set([miss]));
    expect(await ids({ review: 'handled' })).toEqual(new Set([down]));
    expect(await conversationReview(t.db, down)).toEqual({
      reviewHandledAt: later(1000),
      reviewOutcome: 'guidance_added',
    });
    // A new message reopens it.
    await addMessage(t.db, {
      conversationId: down,
      role: 'visitor',
      text: 'again',
      now: later(2000),
    });
    expect(await ids({ needsReview: true, review: 'open' })).toEqual(new Set([miss, down]));
    expect((await conversationReview(t.db, down))?.reviewHandledAt).toBeNull();
  });

  it('pages with a cursor and refuses a forged one', async () => {
    const first = await listConversationsWithReview(t.db, { limit: 1 });
    expect(first.nextCursor).not.toBeNull();
    const second = await listConversationsWithReview(t.db, { limit: 1, cursor: first.nextCursor! });
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id);
    await expect(listConversationsWithReview(t.db, { cursor: 'bm9wZQ' })).rejects.toMatchObject({
      code: 'invalid',
    });
  });

  it('deletes a conversation with its messages', async () => {
    const id = await convo('r-del', {});
    await deleteConversation(t.db, id, { now });
    expect(await getConversation(t.db, id)).toBeUndefined();
    expect(await listMessages(t.db, id)).toEqual([]);
    await expect(deleteConversation(t.db, id, { now })).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('lookups, whole-case erasure and stable order', () => {
  it('gets a certificate and a callback by id', async () => {
    const c = await createCase(t.db, { track: 'mediation' }, { now });
    const cert = await issueCertificate(
      t.db,
      c.id,
      { type: 'declined_mediation', issuedOn: '2026-03-02' },
      { now },
    );
    expect((await getCertificate(t.db, cert.id))?.caseId).toBe(c.id);
    expect(await getCertificate(t.db, '00000000-0000-4000-8000-000000000000')).toBeUndefined();
    const cb = await createCallbackRequest(
      t.db,
      {
        name: 'A Parent',
        contactMethod: 'phone',
        phone: '07700 900000',
        description: 'help',
        consent: true,
      },
      { now },
    );
    const got = await getCallback(t.db, cb.callback.id);
    expect(got?.caseReference).toBe(cb.reference);
  });

  it('erases a whole case only when the reference matches', async () => {
    const c = await createCase(t.db, { track: 'mediation' }, { now });
    const cid = await convo('r-case', {});
    const { linkConversationToCase } = await import('./conversations');
    await linkConversationToCase(t.db, cid, c.id, { now });
    await expect(
      deleteCase(t.db, c.id, { now }, { confirmReference: 'MED-1999-0001' }),
    ).rejects.toMatchObject({
      code: 'invalid',
    });
    expect(await getCase(t.db, c.id)).toBeDefined();
    const r = await deleteCase(
      t.db,
      c.id,
      { now },
      { confirmReference: c.reference.toLowerCase() },
    );
    expect(r).toEqual({ reference: c.reference, conversations: 1 });
    expect(await getCase(t.db, c.id)).toBeUndefined();
    expect(await getConversation(t.db, cid)).toBeUndefined();
  });

  it('keeps insertion order for timeline events and messages in the same millisecond', async () => {
    const c = await createCase(t.db, { track: 'mediation' }, { now });
    await transitionCase(t.db, c.id, { from: c.state, to: 'withdrawn' }, { now });
    const events = await listCaseEvents(t.db, c.id);
    expect(events.map((e) => e.kind)).toEqual(['created', 'transition']);
    expect(events[0]!.seq).toBeLessThan(events[1]!.seq);
    const id = await createConversation(t.db, {
      siteId: null,
      tokenHash: 'order',
      hostOrigin: null,
      now,
    });
    for (const text of ['1', '2', '3', '4', '5', '6'])
      await addMessage(t.db, { conversationId: id.id, role: 'visitor', text, now });
    expect((await listMessages(t.db, id.id)).map((m) => m.text)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
    ]);
  });
});

describe('scheduled jobs and new settings', () => {
  it('lets one caller claim a job per period', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        claimScheduledJob(t.db, 'purge', { now, everyMs: 86_400_000 }),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(
      await claimScheduledJob(t.db, 'purge', { now: later(3_600_000), everyMs: 86_400_000 }),
    ).toBe(false);
    expect(
      await claimScheduledJob(t.db, 'purge', { now: later(86_400_000), everyMs: 86_400_000 }),
    ).toBe(true);
  });

  it('validates office closures and roles that must use two-step sign-in', async () => {
    expect((await getSettings(t.db)).officeClosures).toEqual([]);
    await expect(
      updateSettings(
        t.db,
        { officeClosures: [{ from: '2026-12-31', to: '2026-12-24', label: 'Xmas' }] },
        { now },
      ),
    ).rejects.toMatchObject({ code: 'invalid' });
    await expect(
      updateSettings(t.db, { requireTotpForRoles: ['boss' as never] }, { now }),
    ).rejects.toMatchObject({ code: 'invalid' });
    const s = await updateSettings(
      t.db,
      {
        officeClosures: [{ from: '2026-12-24', to: '2027-01-01', label: 'Christmas closure' }],
        requireTotpForRoles: ['admin'],
      },
      { now },
    );
    expect(s.requireTotpForRoles).toEqual(['admin']);
    expect((await getSettings(t.db)).officeClosures[0]?.label).toBe('Christmas closure');
  });
});
