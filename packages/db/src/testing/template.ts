import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { createPglite, MIGRATIONS_FOLDER } from '../client';
import { migrationsHash as hashOfMigrations } from '../pglite-template';
import * as schema from '../schema/index';

const migrationsHash = () => hashOfMigrations(MIGRATIONS_FOLDER);

let cached: Promise<Blob> | undefined;

/**
 * A migrated PGlite data folder as a tarball, built once (initdb + migrations take seconds) and
 * kept in the temp dir so every test file and worker process copies it in a fraction of that.
 */
export function pgliteTemplate(options: { rebuild?: boolean } = {}): Promise<Blob> {
  if (options.rebuild) cached = undefined;
  cached ??= (async () => {
    const file = join(tmpdir(), `sen-db-template-${migrationsHash()}.tar`);
    if (existsSync(file) && !options.rebuild) return new Blob([readFileSync(file)]);
    const client = await createPglite('memory://');
    try {
      await migrate(drizzle(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
      const dump = await client.dumpDataDir('none');
      const bytes = new Uint8Array(await dump.arrayBuffer());
      // Write then rename, so a parallel worker never reads a half-written template.
      const partial = `${file}.${randomUUID()}.partial`;
      writeFileSync(partial, bytes);
      renameSync(partial, file);
      return new Blob([bytes]);
    } finally {
      await client.close();
    }
  })();
  return cached;
}
