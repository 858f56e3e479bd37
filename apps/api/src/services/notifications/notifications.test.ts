// Staff e-mail: who is told of what (opt-outs per kind), what the morning digest lists, and
// that sending is retried and logged without personal data. The two-instance delivery test
// with a real SMTP server is mail-two-instances.test.ts.
import { Writable } from 'node:stream';
import { listNotificationOptOuts, updateCase, type Db } from '@sen/db';
import { notificationOutbox } from '@sen/db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callbackRequest, declinedCase, makeCase } from '../../testing/cases';
import { createLogger } from '../../lib/logger';
import {
  callTrpc,
  createStaff,
  createTestApp,
  sessionCookie,
  type TestApp,
} from '../../testing/harness';
import { queueDigest } from './digest';
import { startNotifications } from './dispatcher';
import type { MailMessage, Mailer } from './mailer';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

function fakeMailer(fail = 0): Mailer & { sent: MailMessage[]; tries: number } {
  const m = {
    sent: [] as MailMessage[],
    tries: 0,
    async send(message: MailMessage) {
      m.tries += 1;
      if (m.tries <= fail) {
        throw Object.assign(new Error('550 5.1.1 <someone@desk.test>: mailbox unavailable'), {
          responseCode: 550,
        });
      }
      m.sent.push(message);
    },
    close() {},
  };
  return m;
}

/** A logger whose every line is kept, to check what the log says. */
function capturingLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { logger: createLogger('info', stream), lines };
}

async function outbox(db: Db) {
  return db.select().from(notificationOutbox);
}

async function clearOutbox(db: Db) {
  await db.delete(notificationOutbox);
}

describe('who is told', () => {
  it('tells admins and caseworkers of a new callback, except those who opted out', async () => {
    await clearOutbox(t.db);
    const admin = await createStaff(t, 'admin');
    const keen = await createStaff(t, 'caseworker');
    const quiet = await createStaff(t, 'caseworker');
    const mediator = await createStaff(t, 'mediator');
    const viewer = await createStaff(t, 'viewer');

    const cookie = await sessionCookie(t, quiet.id);
    const off = await callTrpc(
      t,
      'notifications.setPreference',
      { kind: 'callback_new', enabled: false },
      { cookie },
    );
    expect(off.status).toBe(200);
    const prefs = await callTrpc(t, 'notifications.preferences', undefined, { cookie });
    expect(prefs.data).toEqual([
      { kind: 'callback_new', enabled: false },
      { kind: 'case_assigned', enabled: true },
      { kind: 'deadline_digest', enabled: true },
    ]);

    const { callback } = await callbackRequest(t);
    const rows = (await outbox(t.db)).filter((r) => r.eventKey === `callback_new:${callback.id}`);
    const to = rows.map((r) => r.recipientId);
    expect(to).toContain(admin.id);
    expect(to).toContain(keen.id);
    expect(to).not.toContain(quiet.id);
    expect(to).not.toContain(mediator.id);
    expect(to).not.toContain(viewer.id);

    // Turned back on: told again next time.
    await callTrpc(
      t,
      'notifications.setPreference',
      { kind: 'callback_new', enabled: true },
      { cookie },
    );
    expect(await listNotificationOptOuts(t.db, quiet.id)).toEqual([]);
    const second = await callbackRequest(t);
    const again = (await outbox(t.db)).filter(
      (r) => r.eventKey === `callback_new:${second.callback.id}`,
    );
    expect(again.map((r) => r.recipientId)).toContain(quiet.id);
  });

  it('skips a queued e-mail when its recipient opts out before it is sent', async () => {
    await clearOutbox(t.db);
    const late = await createStaff(t, 'caseworker');
    await callbackRequest(t);
    const cookie = await sessionCookie(t, late.id);
    await callTrpc(
      t,
      'notifications.setPreference',
      { kind: 'callback_new', enabled: false },
      { cookie },
    );
    const mailer = fakeMailer();
    const n = startNotifications({
      db: t.db,
      clock: t.clock,
      logger: capturingLogger().logger,
      mailer,
      baseUrl: () => 'https://desk.example',
      pollMs: 60_000,
    });
    await n.runOnce();
    await n.stop();
    expect(mailer.sent.map((m) => m.to)).not.toContain(late.email);
    const mine = (await outbox(t.db)).find((r) => r.recipientId === late.id);
    expect(mine?.status).toBe('skipped');
    await callTrpc(
      t,
      'notifications.setPreference',
      { kind: 'callback_new', enabled: true },
      { cookie },
    );
  });

  it('tells someone a case was assigned to them, but not when they took it themself', async () => {
    await clearOutbox(t.db);
    const boss = await createStaff(t, 'admin');
    const worker = await createStaff(t, 'caseworker');
    const row = await makeCase(t);
    await updateCase(
      t.db,
      row.id,
      { patch: { assigneeId: worker.id } },
      { now: t.clock.now(), actorId: boss.id, actorKind: 'user' },
    );
    const other = await makeCase(t);
    await updateCase(
      t.db,
      other.id,
      { patch: { assigneeId: worker.id } },
      { now: t.clock.now(), actorId: worker.id, actorKind: 'user' },
    );
    const rows = (await outbox(t.db)).filter((r) => r.kind === 'case_assigned');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ recipientId: worker.id, caseId: row.id });
    expect(rows[0]!.payload).toEqual({
      reference: row.reference,
      path: `/console/cases/${row.id}`,
    });
  });
});

describe('sending', () => {
  it('retries with backoff and logs each failure and send without addresses or names', async () => {
    await clearOutbox(t.db);
    const db = t.db;
    const { callback } = await callbackRequest(t, 'Priya Caller');
    const queued = (await outbox(db)).filter((r) => r.eventKey === `callback_new:${callback.id}`);
    expect(queued.length).toBeGreaterThan(0);
    const mailer = fakeMailer(queued.length); // every first attempt fails
    const { logger, lines } = capturingLogger();
    const n = startNotifications({
      db,
      clock: t.clock,
      logger,
      mailer,
      baseUrl: () => 'https://desk.example',
      pollMs: 60_000,
      backoffMs: () => 60_000,
    });
    await n.runOnce();
    expect(mailer.sent).toHaveLength(0);
    expect((await outbox(db)).every((r) => r.status === 'pending' && r.attempts === 1)).toBe(true);
    // Not due again until the backoff has passed.
    await n.runOnce();
    expect(mailer.tries).toBe(queued.length);
    t.clock.advance(61_000);
    await n.runOnce();
    await n.stop();
    expect(mailer.sent).toHaveLength(queued.length);
    expect((await outbox(db)).every((r) => r.status === 'sent')).toBe(true);
    const log = lines.join('');
    expect(log).toContain('notification send failed; will retry');
    expect(log).toContain('notification sent');
    expect(log).toContain('[address]');
    expect(log).not.toMatch(/@desk\.test|Priya|07700|MED-/);
    for (const m of mailer.sent) {
      expect(m.text).toContain(callback.caseId ? `/console/cases/${callback.caseId}` : '');
      expect(`${m.subject}\n${m.text}`).not.toMatch(/Priya|Caller|07700|@example|assessment/i);
    }
  });
});

describe('the morning digest', () => {
  it('lists overdue deadlines and those due in the next 2 working days, with no personal data', async () => {
    await clearOutbox(t.db);
    // Monday 5 January 2026, 10:00 in London.
    t.clock.set('2026-01-05T10:00:00Z');
    const worker = await createStaff(t, 'caseworker');
    // Declined on Fri 2 Jan: certificate due Wed 7 Jan (2 working days ahead: in).
    const soon = await declinedCase(t, worker.id);
    // Declined on Mon 15 Dec: certificate was due Thu 18 Dec (overdue: in).
    const late = await makeCase(t, {
      state: 'mediation_declined',
      declinedDate: '2025-12-15',
      decisionDate: '2025-11-20',
      appealMatters: ['plan_needs_b'],
      assigneeId: worker.id,
      people: [{ role: 'parent_carer', fullName: 'Morgan Family', phone: '07700 900555' }],
    });
    // Declined today: certificate due Thu 8 Jan, 3 working days ahead (out).
    const later = await makeCase(t, {
      state: 'mediation_declined',
      declinedDate: '2026-01-05',
      decisionDate: '2025-12-10',
      appealMatters: ['plan_needs_b'],
      assigneeId: worker.id,
    });
    // Someone else's case: not in this caseworker's digest.
    const others = await declinedCase(t, null);

    await queueDigest(t.db, { now: t.clock.now(), today: '2026-01-05', calendar: {} });
    // Queued twice (a second instance, a retry): still one e-mail each.
    await queueDigest(t.db, { now: t.clock.now(), today: '2026-01-05', calendar: {} });
    const rows = (await outbox(t.db)).filter((r) => r.kind === 'deadline_digest');
    const mine = rows.filter((r) => r.recipientId === worker.id);
    expect(mine).toHaveLength(1);
    const refs = mine[0]!.payload.due!.map((d) => d.reference);
    expect(refs).toContain(soon.reference);
    expect(refs).toContain(late.reference);
    expect(refs).not.toContain(later.reference);
    expect(refs).not.toContain(others.reference);

    const mailer = fakeMailer();
    const n = startNotifications({
      db: t.db,
      clock: t.clock,
      logger: capturingLogger().logger,
      mailer,
      baseUrl: () => 'https://desk.example',
      pollMs: 60_000,
    });
    await n.runOnce();
    await n.stop();
    const mail = mailer.sent.find(
      (m) => m.to === worker.email && m.subject.startsWith('Deadlines'),
    )!;
    expect(mail.subject).toBe('Deadlines: 1 overdue, 1 due in the next 2 working days');
    const overdue = mail.text.slice(mail.text.indexOf('Overdue'), mail.text.indexOf('Due in'));
    expect(overdue).toContain(late.reference);
    expect(overdue).toContain('Thursday 18 December 2025');
    const dueSoon = mail.text.slice(mail.text.indexOf('Due in'));
    expect(dueSoon).toContain(soon.reference);
    expect(dueSoon).toContain('Wednesday 7 January 2026');
    expect(mail.text).toContain(`https://desk.example/console/cases/${soon.id}`);
    expect(mail.text).not.toMatch(/Morgan|Alex Example|07700|020 7946/);
    // An admin's digest covers every case.
    const admins = rows.filter((r) => r.recipientId !== worker.id);
    expect(admins.some((r) => r.payload.due!.some((d) => d.reference === others.reference))).toBe(
      true,
    );
  });

  it('is not sent to someone who turned it off', async () => {
    await clearOutbox(t.db);
    const worker = await createStaff(t, 'caseworker');
    await declinedCase(t, worker.id);
    const cookie = await sessionCookie(t, worker.id);
    await callTrpc(
      t,
      'notifications.setPreference',
      { kind: 'deadline_digest', enabled: false },
      { cookie },
    );
    await queueDigest(t.db, { now: t.clock.now(), today: '2026-01-05', calendar: {} });
    const rows = (await outbox(t.db)).filter(
      (r) => r.recipientId === worker.id && r.kind === 'deadline_digest',
    );
    expect(rows).toEqual([]);
  });
});
