import { addMessage, createConversation, getConversation, lastScheduledRun } from '@sen/db';
import { createTestDb, type TestDb } from '@sen/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeClock } from '../../lib/clock';
import { silentLogger } from '../../lib/logger';
import { PURGE_JOB, runPurgeIfDue } from './purge-schedule';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

describe('daily retention purge', () => {
  it('runs once a day however many instances ask, and purges what is past retention', async () => {
    const clock = fakeClock('2026-06-01T03:00:00Z');
    const old = await createConversation(t.db, {
      siteId: null,
      tokenHash: 'old',
      hostOrigin: null,
      now: new Date('2026-01-01T10:00:00Z'),
    });
    await addMessage(t.db, {
      conversationId: old.id,
      role: 'visitor',
      text: 'hello',
      now: new Date('2026-01-01T10:00:00Z'),
    });
    const o = { db: t.db, clock, logger: silentLogger };
    // Three instances checking at the same moment: one purges.
    const ran = await Promise.all([runPurgeIfDue(o), runPurgeIfDue(o), runPurgeIfDue(o)]);
    expect(ran.filter(Boolean)).toHaveLength(1);
    expect(await getConversation(t.db, old.id)).toBeUndefined();
    expect(await lastScheduledRun(t.db, PURGE_JOB)).toEqual(clock.now());

    clock.advance(23 * 3600_000);
    expect(await runPurgeIfDue(o)).toBe(false);
    clock.advance(3600_000);
    expect(await runPurgeIfDue(o)).toBe(true);
  });
});
