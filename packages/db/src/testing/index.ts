import { openDatabase, type DbHandle } from '../client';
import { readTestEnv } from './env';
import { dropStaleTestDbs, testDbName, withClient, withDatabase } from './server-test-dbs';
import { pgliteTemplate } from './template';

export interface TestDb extends DbHandle {
  /** The server URL of the fresh database (only with TEST_DATABASE_URL). */
  url?: string;
}

/**
 * A migrated, empty database of its own for one test file. Without TEST_DATABASE_URL: an
 * in-memory PGlite copied from a template. With it: a new uniquely named database on that
 * server, dropped again by close().
 */
export async function createTestDb(
  options: {
    /** A server to create the throwaway database on; `null` forces in-memory PGlite. Default: TEST_DATABASE_URL. */
    serverUrl?: string | null;
    /** Shorter waits than production's, for fault tests (see openDatabase). */
    statementTimeoutMs?: number;
    lockTimeoutMs?: number;
  } = {},
): Promise<TestDb> {
  const TEST_DATABASE_URL =
    options.serverUrl === undefined ? readTestEnv().TEST_DATABASE_URL : options.serverUrl;
  const timeouts = {
    ...(options.statementTimeoutMs ? { statementTimeoutMs: options.statementTimeoutMs } : {}),
    ...(options.lockTimeoutMs ? { lockTimeoutMs: options.lockTimeoutMs } : {}),
  };
  if (!TEST_DATABASE_URL) {
    try {
      return await openDatabase({
        dataDir: 'memory://',
        loadDataDir: await pgliteTemplate(),
        ...timeouts,
      });
    } catch {
      // A template cached by another PGlite version may not load: build it again, once.
      return openDatabase({
        dataDir: 'memory://',
        loadDataDir: await pgliteTemplate({ rebuild: true }),
        ...timeouts,
      });
    }
  }
  return createServerTestDb(TEST_DATABASE_URL, timeouts);
}

let sweptStale: Promise<unknown> | undefined;

async function createServerTestDb(
  serverUrl: string,
  timeouts: { statementTimeoutMs?: number; lockTimeoutMs?: number },
): Promise<TestDb> {
  const name = testDbName(new Date());
  const maintenanceUrl = withDatabase(serverUrl, 'postgres');
  // Once per process: what interrupted runs left behind (best effort).
  await (sweptStale ??= dropStaleTestDbs(serverUrl).catch(() => undefined));
  await withClient(maintenanceUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = withDatabase(serverUrl, name);
  let handle: DbHandle;
  try {
    handle = await openDatabase({ url, poolSize: 4, ...timeouts });
  } catch (error) {
    await dropDatabase(maintenanceUrl, name);
    throw error;
  }
  let closing: Promise<void> | undefined;
  return {
    ...handle,
    url,
    close: () =>
      (closing ??= (async () => {
        await handle.close();
        await dropDatabase(maintenanceUrl, name);
      })()),
  };
}

async function dropDatabase(maintenanceUrl: string, name: string): Promise<void> {
  await withClient(maintenanceUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
export { dbErrorOf } from './expect-db-error';
export { readTestEnv } from './env';
export { generateSampleCases, type GeneratedCases } from './generate-cases';
