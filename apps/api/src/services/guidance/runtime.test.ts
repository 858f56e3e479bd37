import { createLocalAuthority, updateSettings } from '@sen/db';
import { createTestDb, type TestDb } from '@sen/db/testing';
import type { Answer, AnswerEvent } from '@sen/guidance';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeClock } from '../../lib/clock';
import { silentLogger } from '../../lib/logger';
import { invalidateSettings } from '../settings/service-info';
import { publishPage, SAMPLE_PAGE } from '../../testing/fixtures';
import { createGuidanceRuntime, type GuidanceRuntime } from './runtime';

let t: TestDb;
const clock = fakeClock();
const runtimes: GuidanceRuntime[] = [];
const runtime = (answerCacheSize?: number) => {
  const r = createGuidanceRuntime({
    db: t.db,
    clock,
    logger: silentLogger,
    llm: null,
    pollMs: 0,
    ...(answerCacheSize === undefined ? {} : { answerCacheSize }),
  });
  runtimes.push(r);
  return r;
};

async function events(r: GuidanceRuntime, q: string, origin = 'http://desk.test') {
  const out: AnswerEvent[] = [];
  for await (const ev of r.answer(q, { origin })) out.push(ev);
  return out;
}
const answerOf = (evs: AnswerEvent[]): Answer => {
  const done = evs.at(-1);
  if (done?.type !== 'done') throw new Error('no answer');
  return done.answer;
};

beforeAll(async () => {
  t = await createTestDb();
  await publishPage(t.db, clock.now(), 'mediation', 'Mediation', SAMPLE_PAGE);
});
afterAll(async () => {
  for (const r of runtimes) r.close();
  await t.close();
});

describe('the local authorities the service lists', () => {
  it('answer "do you cover …?", and a new one counts at once', async () => {
    const r = runtime();
    const before = answerOf(await events(r, 'Do you cover Camden?'));
    expect(before.text).not.toMatch(/^Yes: we work with families in Camden/);
    await createLocalAuthority(t.db, { name: 'Camden' }, { actorKind: 'system', now: clock.now() });
    invalidateSettings({ db: t.db });
    const after = answerOf(await events(r, 'Do you cover Camden?'));
    expect(after.text).toMatch(/^Yes: we work with families in Camden\./);
    expect(after.answered).toBe(true);
  });
});

describe('the offline answer cache', () => {
  const q = 'What is mediation?';

  it('answers a repeated question from the cache, with the same events as answering afresh', async () => {
    const cached = runtime();
    const first = await events(cached, q);
    const second = await events(cached, q);
    // The very same object: it was not computed again.
    expect(answerOf(second)).toBe(answerOf(first));
    expect(second).toEqual(await events(runtime(0), q));
    expect(answerOf(first).answered).toBe(true);
    // A different question, or the same one asked at another address, is answered on its own.
    expect(answerOf(await events(cached, 'Can I bring someone with me?'))).not.toBe(
      answerOf(first),
    );
    expect(answerOf(await events(cached, q, 'https://other.test'))).not.toBe(answerOf(first));
  });

  it('answers afresh when the published guidance, the settings or the date change', async () => {
    const r = runtime();
    const before = answerOf(await events(r, q));

    await publishPage(
      t.db,
      clock.now(),
      'extra',
      'Extra',
      '# Extra\n\n## Travel\n\nWe can help with the cost of travel to a mediation meeting.',
    );
    await r.refresh();
    const afterPublish = answerOf(await events(r, q));
    expect(afterPublish).not.toBe(before);
    expect(answerOf(await events(r, q))).toBe(afterPublish);

    await updateSettings(t.db, { phone: '0300 123 9999' }, { now: clock.now() });
    invalidateSettings({ db: t.db });
    const afterSettings = answerOf(await events(r, q));
    expect(afterSettings).not.toBe(afterPublish);
    expect(afterSettings.text).toContain('0300 123 9999');

    clock.advance(24 * 60 * 60_000);
    expect(answerOf(await events(r, q))).not.toBe(afterSettings);
  });

  it('forgets answers after ten minutes and keeps at most the configured number', async () => {
    const r = runtime(1);
    const first = answerOf(await events(r, q));
    await events(r, 'Can I bring someone with me?');
    // Evicted by the second question (size 1).
    expect(answerOf(await events(r, q))).not.toBe(first);
    const kept = answerOf(await events(r, q));
    expect(answerOf(await events(r, q))).toBe(kept);
    clock.advance(10 * 60_000 + 1);
    expect(answerOf(await events(r, q))).not.toBe(kept);
  });
});
