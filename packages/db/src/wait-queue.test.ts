import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { dbErrorOf } from './testing/index';
import { pgliteTemplate } from './testing/template';
import { DatabaseBusyError, WaitQueue } from './wait-queue';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('WaitQueue', () => {
  it('runs one at a time, in arrival order', async () => {
    const q = new WaitQueue();
    const order: string[] = [];
    const job = (name: string, ms: number) =>
      q.run(async () => {
        order.push(`${name}:start`);
        await sleep(ms);
        order.push(`${name}:end`);
      }, 1_000);
    await Promise.all([job('a', 20), job('b', 5), job('c', 1)]);
    expect(order).toEqual(['a:start', 'a:end', 'b:start', 'b:end', 'c:start', 'c:end']);
  });

  it('lets a waiter give up after the limit without blocking those behind it', async () => {
    const q = new WaitQueue();
    const holder = q.run(() => sleep(120), 1_000);
    const impatient = q.run(async () => 'never', 30);
    const patient = q.run(async () => 'ran', 1_000);
    await expect(impatient).rejects.toBeInstanceOf(DatabaseBusyError);
    await holder;
    expect(await patient).toBe('ran');
  });
});

describe('PGlite wait limit', () => {
  it('fails a query that waits too long behind a transaction, then carries on', async () => {
    const handle = await openDatabase({
      dataDir: 'memory://',
      loadDataDir: await pgliteTemplate(),
      statementTimeoutMs: 80,
    });
    try {
      const slow = handle.db.transaction(async (tx) => {
        await tx.execute(sql`select 1`);
        await sleep(300);
      });
      await sleep(5);
      expect(await dbErrorOf(handle.db.execute(sql`select 1`))).toMatch(/stayed busy for 80 ms/);
      await slow;
      await expect(handle.db.execute(sql`select 1`)).resolves.toBeDefined();
    } finally {
      await handle.close();
    }
  });
});
