import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../client';
import { listAudit } from '../queries/audit';
import { createCallbackRequest } from '../queries/callbacks';
import { addNote } from '../queries/case-notes';
import { listPeople } from '../queries/case-people';
import { createCase, getCase, transitionCase } from '../queries/cases';
import {
  addMessage,
  createConversation,
  getConversation,
  listConversations,
  recordFeedback,
} from '../queries/conversations';
import { listConversationsWithReview } from '../queries/conversation-review';
import { issueCertificate } from '../queries/certificates';
import { serviceReport } from '../queries/reports';
import { createGuidanceFile, getGuidanceFileBySlug } from '../queries/guidance-files';
import { seedSampleData } from '../seed/index';
import { createTestDb, type TestDb } from '../testing/index';
import { pgliteTemplate } from '../testing/template';
import { backupDatabase, restoreDatabase, tableCounts } from './backup';
import { monthsBefore, purgeExpiredData } from './retention';
import { eraseSubject, exportSubjectData } from './subject';

let t: TestDb;
let dir: string;
beforeAll(async () => {
  t = await createTestDb();
  dir = mkdtempSync(join(tmpdir(), 'sen-db-dp-'));
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('retention purge (fake clock)', () => {
  it('months count like the law: 31 Aug minus 6 months is 28 Feb', () => {
    expect(monthsBefore(day('2026-08-31'), 6).toISOString().slice(0, 10)).toBe('2026-02-28');
  });

  it('deletes cases concluded longer ago than the setting, and old unlinked conversations', async () => {
    const old = await createCase(
      t.db,
      { track: 'mediation', people: [{ role: 'parent_carer', fullName: 'Old Case' }] },
      { now: day('2019-01-01') },
    );
    await transitionCase(
      t.db,
      old.id,
      { from: 'enquiry', to: 'closed' },
      { now: day('2019-06-01') },
    );
    const recentClosed = await createCase(t.db, { track: 'mediation' }, { now: day('2025-01-01') });
    await transitionCase(
      t.db,
      recentClosed.id,
      { from: 'enquiry', to: 'closed' },
      { now: day('2025-06-01') },
    );
    const open = await createCase(t.db, { track: 'mediation' }, { now: day('2018-01-01') });
    const oldConvo = await createConversation(t.db, {
      siteId: null,
      tokenHash: 'a',
      hostOrigin: null,
      now: day('2025-12-31'),
    });
    const newConvo = await createConversation(t.db, {
      siteId: null,
      tokenHash: 'b',
      hostOrigin: null,
      now: day('2026-03-20'),
    });
    await addMessage(t.db, {
      conversationId: newConvo.id,
      role: 'visitor',
      text: 'When is the deadline?',
      now: day('2026-03-20'),
    });
    const linked = await createConversation(t.db, {
      siteId: null,
      tokenHash: 'c',
      hostOrigin: null,
      now: day('2026-01-01'),
    });
    await t.db.execute(
      // Linked to the open case: kept however old.
      (await import('drizzle-orm'))
        .sql`update conversations set case_id = ${open.id} where id = ${linked.id}`,
    );
    const result = await purgeExpiredData(t.db, { now: day('2026-04-01') });
    // Defaults: 72 months for closed cases, 90 days for conversations.
    expect(result).toMatchObject({ cases: 1, conversations: 1 });
    expect(await getCase(t.db, old.id)).toBeUndefined();
    expect(await getCase(t.db, recentClosed.id)).toBeDefined();
    expect(await getCase(t.db, open.id)).toBeDefined();
    expect(await getConversation(t.db, oldConvo.id)).toBeUndefined();
    expect(await getConversation(t.db, newConvo.id)).toBeDefined();
    expect(await getConversation(t.db, linked.id)).toBeDefined();
    expect((await listAudit(t.db, { action: 'retention.purge' })).items[0]?.detail).toMatchObject({
      cases: 1,
      conversations: 1,
    });
  });
});

describe('empty conversations (the widget opened, nothing typed)', () => {
  it('are purged after a day, while a chat with a message or a case stays', async () => {
    const now = day('2026-05-10');
    const convo = (hoursAgo: number, tokenHash: string) =>
      createConversation(t.db, {
        siteId: null,
        tokenHash,
        hostOrigin: null,
        now: new Date(now.getTime() - hoursAgo * 3_600_000),
      });
    const emptyOld = await convo(25, 'empty-old');
    const emptyNew = await convo(2, 'empty-new');
    const spoken = await convo(25, 'spoken');
    await addMessage(t.db, {
      conversationId: spoken.id,
      role: 'visitor',
      text: 'Hello',
      now: new Date(now.getTime() - 25 * 3_600_000),
    });
    const callback = await convo(25, 'callback');
    await createCallbackRequest(
      t.db,
      {
        conversationId: callback.id,
        name: 'Pat Caller',
        contactMethod: 'phone',
        phone: '07700 900789',
        description: 'Please call',
        consent: true,
      },
      { now, actorKind: 'visitor' },
    );
    const result = await purgeExpiredData(t.db, { now });
    expect(result.conversations).toBe(1);
    expect(await getConversation(t.db, emptyOld.id)).toBeUndefined();
    expect(await getConversation(t.db, emptyNew.id)).toBeDefined();
    expect(await getConversation(t.db, spoken.id)).toBeDefined();
    expect(await getConversation(t.db, callback.id)).toBeDefined();
  });

  it('are left out of staff lists and the reports count', async () => {
    const now = day('2026-06-10');
    const empty = await createConversation(t.db, {
      siteId: null,
      tokenHash: 'list-empty',
      hostOrigin: null,
      now,
    });
    const spoken = await createConversation(t.db, {
      siteId: null,
      tokenHash: 'list-spoken',
      hostOrigin: null,
      now,
    });
    await addMessage(t.db, { conversationId: spoken.id, role: 'visitor', text: 'Hi', now });
    const range = { from: day('2026-06-09'), to: day('2026-06-11') };
    const ids = (await listConversations(t.db, range)).items.map((c) => c.id);
    expect(ids).toContain(spoken.id);
    expect(ids).not.toContain(empty.id);
    const reviewIds = (await listConversationsWithReview(t.db, range)).items.map((c) => c.id);
    expect(reviewIds).toEqual([spoken.id]);
    const report = await serviceReport(t.db, range);
    expect(report.conversations).toBe(1);
  });
});

describe('subject access and erasure', () => {
  it('exports everything about one person as JSON, then erases them', async () => {
    const now = day('2026-03-02');
    const convo = await createConversation(t.db, {
      siteId: null,
      tokenHash: 'sar',
      hostOrigin: null,
      now,
    });
    const question = await addMessage(t.db, {
      conversationId: convo.id,
      role: 'visitor',
      text: 'My son Leo…',
      now,
    });
    const answer = await addMessage(t.db, {
      conversationId: convo.id,
      role: 'assistant',
      text: 'Here is…',
      answered: true,
      now: day('2026-03-03'),
    });
    await recordFeedback(t.db, {
      conversationId: convo.id,
      messageId: answer.id,
      rating: 'up',
      now,
    });
    const cb = await createCallbackRequest(
      t.db,
      {
        conversationId: convo.id,
        name: 'Dana Subject',
        contactMethod: 'email',
        email: 'Dana@Example.org',
        description: 'About Leo',
        consent: true,
      },
      { now },
    );
    await addNote(t.db, cb.caseId, 'Spoke to Dana.', { now });
    await issueCertificate(
      t.db,
      cb.caseId,
      { type: 'declined_mediation', issuedOn: '2026-03-04' },
      { now },
    );
    const bystander = await createCase(
      t.db,
      {
        track: 'mediation',
        people: [{ role: 'parent_carer', fullName: 'Someone Else', email: 'else@example.org' }],
      },
      { now },
    );

    const exported = await exportSubjectData(t.db, { email: 'dana@example.org' }, { now });
    const json = JSON.parse(JSON.stringify(exported)) as typeof exported;
    expect(json.people.map((p) => p.fullName)).toEqual(['Dana Subject']);
    expect(json.cases).toHaveLength(1);
    expect(json.cases[0]?.case.reference).toBe(cb.reference);
    expect(json.cases[0]?.notes[0]?.body).toBe('Spoke to Dana.');
    expect(json.cases[0]?.certificates).toHaveLength(1);
    expect(json.cases[0]?.conversations[0]?.messages.map((m) => m.id)).toEqual([
      question.id,
      answer.id,
    ]);
    expect(json.cases[0]?.conversations[0]?.conversation).not.toHaveProperty('tokenHash');
    expect(json.callbackRequests[0]?.name).toBe('Dana Subject');
    expect(JSON.stringify(json)).not.toContain('Someone Else');
    const exportAudit = (await listAudit(t.db, { action: 'subject.export' })).items[0];
    expect(JSON.stringify(exportAudit)).not.toMatch(/dana/i);

    const erased = await eraseSubject(t.db, { email: 'DANA@example.org' }, { now });
    expect(erased).toMatchObject({
      people: 1,
      callbackRequests: 1,
      conversations: 1,
      casesToReview: [cb.caseId],
    });
    expect(await listPeople(t.db, cb.caseId)).toEqual([]);
    expect(await getConversation(t.db, convo.id)).toBeUndefined();
    const again = await exportSubjectData(t.db, { email: 'dana@example.org' }, { now });
    expect(again.people).toEqual([]);
    expect(again.callbackRequests).toEqual([]);
    expect(await listPeople(t.db, bystander.id)).toHaveLength(1);

    const gone = await eraseSubject(
      t.db,
      { email: 'else@example.org', deleteCases: true },
      { now },
    );
    expect(gone).toMatchObject({ people: 1, cases: 1 });
    expect(await getCase(t.db, bystander.id)).toBeUndefined();
    await expect(exportSubjectData(t.db, {}, { now })).rejects.toThrow(/Give a person/);
  });
});

describe('backup and restore', () => {
  it('restores into an empty database with identical row counts', async () => {
    const now = day('2026-03-05');
    await seedSampleData(t.db, { now, demoOrigins: ['http://localhost:5174'] });
    // Every byte value, to prove binary survives the JSON file on both engines.
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    await createGuidanceFile(
      t.db,
      {
        slug: 'backup-notice',
        title: 'Notice',
        fileName: 'n.pdf',
        contentType: 'application/pdf',
        bytes,
        sha256: 'x',
      },
      { now },
    );
    const file = join(dir, 'backup.ndjson');
    const written = await backupDatabase(t.db, file, { now });
    const before = await tableCounts(t.db);
    expect(written).toEqual(before);
    expect(before.audit_log).toBeGreaterThan(10);
    expect(before.guidance_versions).toBe(1);

    const target = await createTestDb();
    try {
      await restoreDatabase(target.db, file);
      expect(await tableCounts(target.db)).toEqual(before);
      // The guidance document's forward pointer to its version was filled in after the versions.
      const [doc] = await target.db.query.guidanceDocuments.findMany();
      expect(doc?.publishedVersionId).toBeTruthy();
      const restored = await getGuidanceFileBySlug(target.db, 'backup-notice');
      expect(restored && Buffer.compare(restored.bytes, bytes)).toBe(0);
      // New audit rows carry on numbering after the restored ones.
      await createCase(target.db, { track: 'mediation' }, { now });
      // A second restore is refused: the database is no longer empty.
      await expect(restoreDatabase(target.db, file)).rejects.toThrow(/empty database/);
    } finally {
      await target.close();
    }
    // The same file restores into the other engine too.
    const other =
      t.engine === 'postgres'
        ? await openDatabase({ dataDir: 'memory://', loadDataDir: await pgliteTemplate() })
        : undefined;
    if (other) {
      try {
        await restoreDatabase(other.db, file);
        expect(await tableCounts(other.db)).toEqual(before);
        const moved = await getGuidanceFileBySlug(other.db, 'backup-notice');
        expect(moved && Buffer.compare(moved.bytes, bytes)).toBe(0);
      } finally {
        await other.close();
      }
    }
  });
});
