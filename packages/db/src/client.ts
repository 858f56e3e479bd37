import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import * as schema from './schema/index';
import { lockDataFolder } from './folder-lock';
import { readBuiltTemplate, writeBuiltTemplate } from './pglite-template';
import { WaitQueue } from './wait-queue';

export type Schema = typeof schema;
/** One drizzle type for both engines: query functions take this first. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Engine = 'pglite' | 'postgres';

export interface DbHandle {
  db: Db;
  engine: Engine;
  /** Waits for running statements, then closes the connection(s). Safe to call twice. */
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A PostgreSQL connection string; without it, embedded PGlite is used. */
  url?: string;
  /** PGlite data folder, or `memory://` for an in-memory database. Default `memory://`. */
  dataDir?: string;
  /**
   * PostgreSQL cancels any statement running longer than this; PGlite (which cannot interrupt
   * a statement) fails any query or transaction that waits longer than this for its turn.
   * Default 15 s.
   */
  statementTimeoutMs?: number;
  /**
   * PostgreSQL: a statement that waits longer than this for a lock (a table locked by a
   * migration, a long transaction, an operator's session) fails with 55P03, which the API
   * answers as 503 + Retry-After instead of holding the request for the whole statement
   * timeout. Also how long a request waits for a free pooled connection. Default 5 s.
   */
  lockTimeoutMs?: number;
  /** PostgreSQL pool size. Default 10. */
  poolSize?: number;
  /** Skip applying migrations (only for tools that restore into an already-migrated copy). */
  skipMigrations?: boolean;
  /** Internal: start PGlite from a data-folder tarball (the test template). */
  loadDataDir?: Blob;
  /** Internal: the template a new data folder starts from (default: the one `pnpm build` made). */
  templateFile?: string;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url));
export const DEFAULT_STATEMENT_TIMEOUT_MS = 15_000;
export const DEFAULT_LOCK_TIMEOUT_MS = 5_000;
// Any fixed number: every instance takes the same advisory lock so only one migrates at a time.
const MIGRATION_LOCK_ID = 4_212_026;

const MISUSE =
  "A query used `db` inside db.transaction(); use the transaction's `tx` instead " +
  '(on PGlite, the single connection would wait for itself forever).';

export class TransactionMisuseError extends Error {
  readonly code = 'transaction_misuse';
  constructor() {
    super(MISUSE);
    this.name = 'TransactionMisuseError';
  }
}

/**
 * Turns "used the outer db inside its own transaction" from a silent deadlock (PGlite: one
 * connection, the query waits for the transaction it is part of) or a non-atomic write
 * (PostgreSQL: another pooled connection) into an immediate error, on both engines alike.
 *
 * The check follows the transaction's callback through its promises (AsyncLocalStorage), and
 * that switches on Node's promise hooks, which tax EVERY promise in the process (15% of the
 * CPU of a widget chat message on PGlite, bench/src/widget-chat.bench.ts). So the storage is
 * switched on only while a transaction is open and off again when the last one ends: the
 * requests that never open one (the widget's) pay nothing.
 */
function guardTransactions(
  db: Db,
  client: { query: (...args: never[]) => unknown },
  queue?: { waits: WaitQueue; timeoutMs: number },
): void {
  const inTransaction = new AsyncLocalStorage<true>();
  let open = 0;
  const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    if (inTransaction.getStore()) return Promise.reject(new TransactionMisuseError());
    return queue ? queue.waits.run(() => query(...args), queue.timeoutMs) : query(...args);
  };
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn, config) => {
    if (inTransaction.getStore()) return Promise.reject(new TransactionMisuseError());
    const run = async () => {
      open += 1;
      try {
        return await transaction((tx) => inTransaction.run(true, () => fn(tx)), config);
      } finally {
        open -= 1;
        // No transaction is open, so no context can be lost; `run` switches it back on.
        if (open === 0) inTransaction.disable();
      }
    };
    return queue ? queue.waits.run(run, queue.timeoutMs) : run();
  }) as Db['transaction'];
}

export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<DbHandle> {
  return options.url ? openPostgres(options.url, options) : openPglite(options);
}

/**
 * PostgreSQL's own buffer cache inside PGlite. Its default (128 MB) alone took the running server
 * over its 400 MB memory goal (bench/src/start.bench.ts). PGlite's files sit in the operating
 * system's page cache as well, so a smaller buffer mostly costs copies, not disk reads (its effect
 * on bench/src/widget-chat.bench.ts and case-list.bench.ts is still to be measured quietly).
 */
const PGLITE_MEMORY = ['-c', 'shared_buffers=32MB'];

export async function createPglite(dataDir: string, loadDataDir?: Blob): Promise<PGlite> {
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  return PGlite.create({
    dataDir,
    extensions: { pg_trgm },
    startParams: [...PGlite.defaultStartParams, ...PGLITE_MEMORY],
    ...(loadDataDir ? { loadDataDir } : {}),
  });
}

/** The installed PGlite's version: a template from another version is not used. */
function pgliteVersion(): string {
  try {
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    const pkg = join(dirname(entry), '..', 'package.json');
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

// folder-lock.ts's lock file: the only thing in a new data folder once it is locked.
const FOLDER_LOCK_NAME = 'sen-db.lock';
const isEmptyFolder = (dir: string) => readdirSync(dir).every((n) => n === FOLDER_LOCK_NAME);

/**
 * A new (missing or empty) data folder starts from the template built by `pnpm build` when it
 * matches these migrations; any problem with it falls back to initdb + migrations.
 */
async function createNewOrExisting(dataDir: string, options: OpenDatabaseOptions): Promise<PGlite> {
  if (options.loadDataDir || dataDir.startsWith('memory://') || !isEmptyFolder(dataDir)) {
    return createPglite(dataDir, options.loadDataDir);
  }
  const template = readBuiltTemplate(MIGRATIONS_FOLDER, pgliteVersion(), options.templateFile);
  if (template) {
    try {
      return await createPglite(dataDir, template);
    } catch {
      // The folder was empty before: clear what the failed copy left, then start afresh.
      for (const name of readdirSync(dataDir).filter((n) => n !== FOLDER_LOCK_NAME)) {
        rmSync(join(dataDir, name), { recursive: true, force: true });
      }
    }
  }
  return createPglite(dataDir);
}

async function openPglite(options: OpenDatabaseOptions): Promise<DbHandle> {
  const dataDir = options.dataDir ?? 'memory://';
  const inMemory = dataDir.startsWith('memory://');
  if (!inMemory) mkdirSync(dataDir, { recursive: true });
  const unlock = inMemory ? () => undefined : lockDataFolder(dataDir);
  let client: PGlite;
  try {
    client = await createNewOrExisting(dataDir, options);
  } catch (error) {
    unlock();
    throw error;
  }
  try {
    // PGlite runs every query and transaction under its own mutex, so statements from two
    // callers can never interleave inside one transaction (see client.test.ts). The wasm build
    // has no timer signals, so statement_timeout cannot interrupt a running statement; instead
    // no caller waits longer than the timeout for the connection (WaitQueue). Queries are
    // indexed (see bench/) so a single statement stays short.
    const timeout = options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
    await client.exec(`SET statement_timeout = ${Math.trunc(timeout)}; SET TIME ZONE 'UTC';`);
    const db = drizzlePglite(client, { schema });
    if (!options.skipMigrations) await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
    guardTransactions(db as unknown as Db, client, { waits: new WaitQueue(), timeoutMs: timeout });
    let closing: Promise<void> | undefined;
    return {
      db: db as unknown as Db,
      engine: 'pglite',
      close: () =>
        (closing ??= (async () => {
          if (!client.closed) await client.close();
          unlock();
        })()),
    };
  } catch (error) {
    await client.close().catch(() => undefined);
    unlock();
    throw error;
  }
}

/**
 * Builds the template a new data folder starts from (`pnpm build` runs this): initdb and every
 * migration, dumped as a tarball next to a stamp of the migrations and PGlite version.
 */
export async function buildPgliteTemplate(file?: string): Promise<void> {
  const client = await createPglite('memory://');
  try {
    await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
    const dump = await client.dumpDataDir('none');
    writeBuiltTemplate(
      new Uint8Array(await dump.arrayBuffer()),
      MIGRATIONS_FOLDER,
      pgliteVersion(),
      file,
    );
  } finally {
    await client.close();
  }
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<DbHandle> {
  const timeout = Math.trunc(options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS);
  const lockTimeout = Math.trunc(options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS);
  // Loaded only for PostgreSQL: an embedded installation never pays for node-postgres at start.
  const [{ default: pg }, { drizzle: drizzlePg }, { migrate: migratePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
    import('drizzle-orm/node-postgres/migrator'),
  ]);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    statement_timeout: timeout,
    // A server that does not answer (or a pool whose connections are all stuck) fails the
    // request after this long instead of never.
    connectionTimeoutMillis: Math.max(lockTimeout, 1_000),
    // A transaction left open by a bug must not hold locks forever.
    idle_in_transaction_session_timeout: Math.max(timeout * 2, 30_000),
    options: `-c TimeZone=UTC -c lock_timeout=${lockTimeout}`,
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  try {
    if (!options.skipMigrations) {
      const client = await pool.connect();
      try {
        const lockDb = drizzlePg(client, { schema });
        // Another instance may be migrating: wait for it, however long (not lock_timeout).
        await lockDb.execute(sql`set lock_timeout = 0`);
        await lockDb.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`);
        try {
          await migratePg(lockDb, { migrationsFolder: MIGRATIONS_FOLDER });
        } finally {
          await lockDb.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`);
          await lockDb.execute(sql`reset lock_timeout`);
        }
      } finally {
        client.release();
      }
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  const db = drizzlePg(pool, { schema });
  guardTransactions(db as unknown as Db, pool);
  let closing: Promise<void> | undefined;
  return {
    db: db as unknown as Db,
    engine: 'postgres',
    close: () => (closing ??= pool.end()),
  };
}
