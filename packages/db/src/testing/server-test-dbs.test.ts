import { afterAll, describe, expect, it } from 'vitest';
import { readTestEnv } from './env';
import {
  dropStaleTestDbs,
  isStaleTestDbName,
  testDbName,
  withClient,
  withDatabase,
} from './server-test-dbs';

// The real clock: a made-up one would make other runs' databases on the same server look old.
const now = new Date();
const hours = (h: number) => new Date(now.getTime() - h * 3_600_000);

describe('test database names', () => {
  it('say when they were made, so leftovers can be told from databases in use', () => {
    expect(testDbName(now)).toMatch(/^sen_test_[0-9a-z]+_[0-9a-f]{12}$/);
    expect(isStaleTestDbName(testDbName(hours(7)), now)).toBe(true);
    expect(isStaleTestDbName(testDbName(hours(5)), now)).toBe(false);
    expect(isStaleTestDbName(testDbName(now), now)).toBe(false);
    // Named before names said when: only ever left by an earlier run.
    expect(isStaleTestDbName('sen_test_0123456789ab', now)).toBe(true);
    for (const other of ['sen_ci_1_2', 'postgres', 'sen_test_x', 'sen_test_1_2; drop']) {
      expect(isStaleTestDbName(other, now)).toBe(false);
    }
  });
});

describe('dropStaleTestDbs (PostgreSQL)', () => {
  const serverUrl = readTestEnv().TEST_DATABASE_URL;
  const made: string[] = [];
  const admin = serverUrl ? withDatabase(serverUrl, 'postgres') : '';
  afterAll(async () => {
    if (!serverUrl) return;
    await withClient(admin, async (c) => {
      for (const name of made) await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    });
  });

  it('drops leftovers nobody is connected to, and nothing else', async (ctx) => {
    if (!serverUrl) return ctx.skip();
    const stale = testDbName(hours(7));
    const fresh = testDbName(hours(1));
    const staleInUse = testDbName(hours(8));
    made.push(stale, fresh, staleInUse);
    await withClient(admin, async (c) => {
      for (const name of made) await c.query(`CREATE DATABASE ${name}`);
    });
    const dropped = await withClient(withDatabase(serverUrl, staleInUse), () =>
      dropStaleTestDbs(serverUrl, now),
    );
    expect(dropped).toContain(stale);
    expect(dropped).not.toContain(fresh);
    expect(dropped).not.toContain(staleInUse);
    const { rows } = await withClient(admin, (c) =>
      c.query<{ datname: string }>('select datname from pg_database where datname = any($1)', [
        made,
      ]),
    );
    expect(rows.map((r) => r.datname).sort()).toEqual([fresh, staleInUse].sort());
  });
});
