import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { queryRows } from './raw-sql';
import { auditLog, localAuthorities } from './schema/index';
import { createTestDb, dbErrorOf, type TestDb } from './testing/index';

let handle: TestDb;
beforeAll(async () => {
  handle = await createTestDb();
});
afterAll(() => handle.close());

describe('openDatabase', () => {
  it('applies the migrations, including pg_trgm', async () => {
    const [row] = await queryRows<{ s: number }>(
      handle.db,
      sql`select similarity('Smith', 'Smyth') as s`,
    );
    expect(Number(row?.s)).toBeGreaterThan(0);
  });

  it('refuses to update, delete or truncate the audit log', async () => {
    const { db } = handle;
    await db.insert(auditLog).values({ at: new Date(), actorKind: 'system', action: 'test.ok' });
    expect(await dbErrorOf(db.update(auditLog).set({ action: 'changed' }))).toMatch(/append-only/);
    expect(await dbErrorOf(db.delete(auditLog))).toMatch(/append-only/);
    expect(await dbErrorOf(db.execute(sql`truncate audit_log`))).toMatch(/append-only/);
    const rows = await db.select().from(auditLog);
    expect(rows.map((r) => r.action)).toEqual(['test.ok']);
  });

  it('never interleaves two concurrent transactions', async () => {
    const { db } = handle;
    const [la] = await db.insert(localAuthorities).values({ name: 'Counter' }).returning();
    // Each transaction reads a value, yields to the event loop, then writes value + 1. If two
    // transactions interleaved (or a plain query ran inside another's transaction), updates
    // would be lost or a rollback would undo someone else's work.
    const bump = (fail: boolean) =>
      db.transaction(async (tx) => {
        const [row] = await tx
          .select({ n: localAuthorities.iassPhone })
          .from(localAuthorities)
          .where(eq(localAuthorities.id, la!.id));
        await new Promise((r) => setTimeout(r, 2));
        const next = String(Number(row?.n ?? '0') + 1);
        await tx
          .update(localAuthorities)
          .set({ iassPhone: next })
          .where(eq(localAuthorities.id, la!.id));
        if (fail) throw new Error('rolled back on purpose');
      });
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => bump(i % 5 === 4)),
    );
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(4);
    if (handle.engine === 'postgres') {
      // On a server the isolation level decides; without row locks lost updates are possible,
      // which is why query functions lock rows they read-then-write. Here: just no errors.
      return;
    }
    const [row] = await db
      .select({ n: localAuthorities.iassPhone })
      .from(localAuthorities)
      .where(eq(localAuthorities.id, la!.id));
    expect(row?.n).toBe('16');
    const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(localAuthorities);
    expect(n).toBe(1);
  });

  it('cancels a statement that runs past the timeout (PostgreSQL; PGlite cannot interrupt)', async () => {
    if (handle.engine !== 'postgres' || !handle.url) return;
    const short = await openDatabase({
      url: handle.url,
      statementTimeoutMs: 200,
      skipMigrations: true,
    });
    try {
      expect(await dbErrorOf(short.db.execute(sql`select pg_sleep(2)`))).toMatch(
        /statement timeout/,
      );
    } finally {
      await short.close();
    }
  });

  it('refuses the outer db inside its own transaction instead of deadlocking', async () => {
    const { db } = handle;
    const misuse = db.transaction(async (tx) => {
      await tx.insert(localAuthorities).values({ name: 'Inside' });
      await db.select().from(localAuthorities);
    });
    expect(await dbErrorOf(misuse)).toMatch(/use the transaction's `tx`/);
    const nested = db.transaction(async () => {
      await db.transaction(async () => undefined);
    });
    expect(await dbErrorOf(nested)).toMatch(/use the transaction's `tx`/);
    // The failed transaction rolled back, and the db still works afterwards.
    const rows = await db
      .select()
      .from(localAuthorities)
      .where(eq(localAuthorities.name, 'Inside'));
    expect(rows).toEqual([]);
  });

  // The watch is switched off whenever no transaction is open (it taxes every promise).
  it('still refuses misuse in a transaction that starts after others ended', async () => {
    const { db } = handle;
    for (let i = 0; i < 2; i++) await db.transaction(async (tx) => tx.select().from(auditLog));
    const misuse = db.transaction(async () => {
      await db.select().from(auditLog);
    });
    expect(await dbErrorOf(misuse)).toMatch(/use the transaction's `tx`/);
  });

  it('keeps watching an open transaction while another one ends (PostgreSQL runs both at once)', async () => {
    if (handle.engine !== 'postgres') return;
    const { db } = handle;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const long = db.transaction(async (tx) => {
      await tx.select().from(auditLog);
      await held;
      await db.select().from(auditLog);
    });
    await db.transaction(async (tx) => tx.select().from(auditLog));
    release();
    expect(await dbErrorOf(long)).toMatch(/use the transaction's `tx`/);
  });
});
