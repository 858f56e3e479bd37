// A conversation read as one, through the real widget API: each message is answered with what
// the earlier ones established (kept in the database with each answer), so a deadline can be
// reached over several messages, a date corrected, a route reached from a story, a follow-up
// understood, and the same conversation continued on a second instance.
import { createTestDb, type TestDb } from '@sen/db/testing';
import { updateSettings } from '@sen/db';
import { appealDeadline } from '@sen/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, HOST_ORIGIN, publishPage, SAMPLE_PAGE } from '../../testing/fixtures';
import { createTestApp, ORIGIN, type TestApp } from '../../testing/harness';

let handle: TestDb;
let a: TestApp;
let b: TestApp;
const API = `${ORIGIN}/api/widget/v1`;

beforeAll(async () => {
  handle = await createTestDb();
  // Two instances on one database: neither keeps anything of the conversation itself.
  a = await createTestApp({ db: handle });
  b = await createTestApp({ db: handle });
  await createTestSite(handle.db, a.clock.now());
  await publishPage(handle.db, a.clock.now(), 'mediation', 'Mediation', SAMPLE_PAGE);
  await updateSettings(
    handle.db,
    { phone: '0300 123 4567' },
    { now: a.clock.now(), actorKind: 'system' },
  );
  await a.deps.guidance.refresh();
  await b.deps.guidance.refresh();
});
afterAll(async () => {
  await a.close();
  await b.close();
  await handle.close();
});

const TODAY = '2026-01-05'; // the test clock's date

interface Reply {
  text: string;
  kind: string;
  answered: boolean;
  quickReplies?: string[];
}

async function start(app: TestApp) {
  const res = await app.app.request(`${API}/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ siteKey: 'test-site', hostOrigin: HOST_ORIGIN }),
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { conversationId: string; token: string };
}

function chat(conv: { conversationId: string; token: string }) {
  return async (text: string, app: TestApp = a): Promise<Reply> => {
    const res = await app.app.request(`${API}/conversations/${conv.conversationId}/messages`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        origin: ORIGIN,
        authorization: `Bearer ${conv.token}`,
      },
      body: JSON.stringify({ text }),
    });
    expect(res.status).toBe(200);
    return (await res.json()) as Reply;
  };
}

const appealBy = (decisionDate: string) => appealDeadline({ decisionDate, today: TODAY }).dateText;

describe('a conversation read as one', () => {
  it('reaches a deadline over three messages, then takes a correction', async () => {
    const say = chat(await start(a));
    const first = await say('I want to appeal against the council’s decision about my son.');
    expect(first.kind).not.toBe('deadline');
    const second = await say('When is my deadline?');
    expect(second.text).toMatch(/date on the decision letter/);
    const third = await say('The letter was dated 3 November 2025');
    expect(third.kind).toBe('deadline');
    expect(third.text).toContain(appealBy('2025-11-03'));
    // What must happen first, and what would change the date.
    expect(third.text).toMatch(/contact a mediation adviser/);
    expect(third.text).toMatch(/certificate/);

    const corrected = await say('no sorry, it was the 13th');
    expect(corrected.kind).toBe('deadline');
    expect(corrected.text).toContain(appealBy('2025-11-13'));
    expect(corrected.text).not.toContain(appealBy('2025-11-03'));
  });

  it('asks what a date is instead of assuming it, with quick replies that work', async () => {
    const say = chat(await start(a));
    const asked = await say('Can I still appeal? The date is 10 November 2025.');
    // The date is used only as a condition, never stated as the letter's date.
    expect(asked.text).toMatch(/^If 10 November 2025 is the date on the decision letter/);
    expect(asked.quickReplies).toContain("The date on the council's decision letter");
    const chosen = await say('The date on the mediation certificate');
    expect(chosen.text).toMatch(/date on the decision letter/);
    expect(chosen.answered).toBe(false);
  });

  it('reaches a route from a story, and reads a follow-up with the turn before it', async () => {
    const say = chat(await start(a));
    const route = await say('The council refused to assess my son for an EHCP. What can I do?');
    expect(route.kind).toBe('route');
    expect(route.text).toMatch(/mediation adviser/);
    expect(route.text).toMatch(/certificate/);

    const say2 = chat(await start(a));
    await say2('Can we have mediation about our daughter’s EHC plan? We are not happy with it.');
    const followUp = await say2('and what if it is only the health part?');
    expect(followUp.kind).toBe('route');
    expect(followUp.text).toMatch(/health/);
    expect(followUp.text).toMatch(/cannot be appealed/);
  });

  it('continues the same conversation on a second instance', async () => {
    const conv = await start(a);
    const say = chat(conv);
    await say('We told the council on 1 December 2025 that we want mediation.', a);
    const onB = await say('When must it take place by?', b);
    expect(onB.kind).toBe('deadline');
    expect(onB.text).toMatch(/31 December 2025/);
  });

  it('keeps the earlier questions out of an unrelated new one', async () => {
    const say = chat(await start(a));
    await say('The council refused to assess my son for an EHCP. What can I do?');
    const other = await say('Is mediation free?');
    expect(other.kind).toBe('answer');
    expect(other.text).toMatch(/free meeting/);
  });
});
