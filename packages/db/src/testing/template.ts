import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { createPglite, MIGRATIONS_FOLDER } from '../client';
import * as schema from '../schema/index';

/** A hash of the migration files, so a changed migration builds a new template. */
function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(MIGRATIONS_FOLDER).sort()) {
    if (name.endsWith('.sql'))
      hash.update(name).update(readFileSync(join(MIGRATIONS_FOLDER, name)));
  }
  hash.update(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json')));
  return hash.digest('hex').slice(0, 16);
}

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
