import { openDatabase, type DbHandle } from '../client';
import { readDbEnv } from '../env';

/** Opens the configured database (DATABASE_URL, else PGlite in DATA_DIR/pglite) for a command. */
export async function withConfiguredDatabase(
  fn: (handle: DbHandle) => Promise<void>,
): Promise<void> {
  let handle: DbHandle | undefined;
  try {
    const env = readDbEnv();
    handle = await openDatabase(
      env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.pgliteDir },
    );
    await fn(handle);
  } catch (error) {
    process.exitCode = 1;
    console.error(error instanceof Error ? error.message : error);
  } finally {
    await handle?.close();
  }
}

export function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
