import { randomBytes } from 'node:crypto';
import pg from 'pg';

// sen_test_<seconds since 1970, base 36>_<random>: the name says when the database was made,
// so a run can tell what interrupted runs left behind from databases in use.
const STALE_AFTER_MS = 6 * 60 * 60 * 1000;
const NAME = /^sen_test_(?:([0-9a-z]+)_)?[0-9a-f]{12}$/;

export function testDbName(now: Date): string {
  const made = Math.floor(now.getTime() / 1000).toString(36);
  return `sen_test_${made}_${randomBytes(6).toString('hex')}`;
}

/** A test database made over six hours before `now` (or named before names said when). */
export function isStaleTestDbName(name: string, now: Date): boolean {
  const match = NAME.exec(name);
  if (!match) return false;
  if (!match[1]) return true;
  return parseInt(match[1], 36) * 1000 < now.getTime() - STALE_AFTER_MS;
}

/**
 * Drops the test databases on `serverUrl` that interrupted runs left behind (a killed process
 * never drops its own): stale by name and with nobody connected. Returns the names dropped.
 */
export async function dropStaleTestDbs(serverUrl: string, now = new Date()): Promise<string[]> {
  return withClient(withDatabase(serverUrl, 'postgres'), async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      `select datname from pg_database d
       where datname like 'sen\\_test\\_%'
         and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)`,
    );
    const dropped: string[] = [];
    for (const { datname } of rows) {
      if (!isStaleTestDbName(datname, now)) continue;
      // No FORCE: a database someone connected to since the query is left alone.
      const ok = await c.query(`DROP DATABASE IF EXISTS ${datname}`).then(
        () => true,
        () => false,
      );
      if (ok) dropped.push(datname);
    }
    return dropped;
  });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function withClient<T>(
  url: string,
  fn: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
