// Done-when of issue 16: two running instances on one PostgreSQL database, a real SMTP server on
// loopback; a family's callback through the widget reaches each admin and caseworker's inbox
// within seconds, exactly once, with the case reference and none of the family's details.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createTestDb, type TestDb } from '@sen/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeClock } from '../../lib/clock';
import { startSystem, type StartedSystem } from '../../system/server';
import { testEnv } from '../../testing/env';
import { createTestSite, HOST_ORIGIN } from '../../testing/fixtures';
import { createStaff } from '../../testing/harness';

const skip = testEnv.databaseUrl
  ? false
  : 'set TEST_DATABASE_URL to a PostgreSQL server to run the two-instance e-mail test';
if (skip) console.warn(`mail-two-instances.test.ts skipped: ${skip}`);

interface Received {
  to: string[];
  raw: string;
}

function startSmtp(): Promise<{ server: SMTPServer; port: number; inbox: Received[] }> {
  const inbox: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        inbox.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        done();
      });
    },
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve({ server, port: (server.server.address() as AddressInfo).port, inbox });
    });
  });
}

async function waitFor(check: () => boolean, ms: number): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return Date.now() - start;
}

describe.skipIf(skip)('staff e-mail from two instances on one PostgreSQL database', () => {
  let database: TestDb;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  const systems: StartedSystem[] = [];

  beforeAll(async () => {
    database = await createTestDb();
    smtp = await startSmtp();
    const common = {
      databaseUrl: database.url!,
      host: '127.0.0.1',
      port: 0,
      demoPort: null,
      logLevel: 'silent' as const,
      consoleDir: null,
      widgetDir: null,
      adminPassword: 'a long admin password 1',
      mail: { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, from: 'Desk <desk@example.org>' },
      notificationPollMs: 250,
      guidancePollMs: 60_000,
    };
    // One after the other: both ensure the same first admin.
    systems.push(await startSystem(common));
    systems.push(await startSystem(common));
  }, 60_000);

  afterAll(async () => {
    for (const s of systems) await s.close();
    await new Promise<void>((r) => smtp?.server.close(() => r()));
    await database?.close();
  });

  it('e-mails each admin and caseworker once, within seconds, with no personal details', async () => {
    const [a, b] = systems as [StartedSystem, StartedSystem];
    const t = { db: a.db, clock: fakeClock(new Date()) };
    const caseworker = await createStaff(t, 'caseworker');
    const mediator = await createStaff(t, 'mediator');
    await createTestSite(a.db, new Date());
    expect(b.url).not.toBe(a.url);

    const post = async (path: string, body: unknown, headers: Record<string, string> = {}) =>
      fetch(`${a.url}/api/widget/v1${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: a.url, ...headers },
        body: JSON.stringify(body),
      });
    const started = await post('/conversations', { siteKey: 'test-site', hostOrigin: HOST_ORIGIN });
    expect(started.status).toBe(201);
    const { conversationId, token } = (await started.json()) as {
      conversationId: string;
      token: string;
    };
    const family = {
      name: 'Jordan Whitfield-Okafor',
      phone: '07700 900461',
      email: 'jordan.family@example.net',
      description: 'The council refused an EHC needs assessment for Kai last week.',
    };
    const res = await post(
      '/callbacks',
      {
        conversationId,
        name: family.name,
        contactMethod: 'phone',
        phone: family.phone,
        email: family.email,
        description: family.description,
        consent: true,
      },
      { authorization: `Bearer ${token}` },
    );
    expect(res.status).toBe(201);
    const { reference } = (await res.json()) as { reference: string };

    const expected = ['admin@example.org', caseworker.email].sort();
    const took = await waitFor(() => smtp.inbox.length >= expected.length, 10_000);
    expect(took).toBeLessThan(10_000);
    // Both instances poll every 250 ms: give them several more rounds to send a duplicate.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(smtp.inbox.flatMap((m) => m.to).sort()).toEqual(expected);
    expect(smtp.inbox.flatMap((m) => m.to)).not.toContain(mediator.email);

    for (const mail of smtp.inbox) {
      expect(mail.raw).toContain(`New callback request: ${reference}`);
      expect(mail.raw).toContain(reference);
      expect(mail.raw).toMatch(/\/console\/cases\/[0-9a-f-]{36}/);
      for (const detail of [
        'Jordan',
        'Whitfield',
        'Okafor',
        '07700',
        '900461',
        'jordan.family',
        'example.net',
        'EHC needs assessment',
        'Kai',
      ]) {
        expect(mail.raw, detail).not.toContain(detail);
      }
    }
  }, 30_000);
});
