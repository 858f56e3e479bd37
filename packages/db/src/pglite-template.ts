// A migrated, empty PGlite data folder made at build time (`pnpm build`), so a new installation
// starts from a copy instead of running initdb and every migration (seconds) at first start.
import { createHash, randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BUILT_TEMPLATE_FILE = fileURLToPath(
  new URL('../dist/pglite-template.tar', import.meta.url),
);

/** A hash of the migration files: a template made from other migrations is never used. */
export function migrationsHash(migrationsFolder: string): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(migrationsFolder).sort()) {
    if (name.endsWith('.sql')) hash.update(name).update(readFileSync(join(migrationsFolder, name)));
  }
  hash.update(readFileSync(join(migrationsFolder, 'meta', '_journal.json')));
  return hash.digest('hex').slice(0, 16);
}

const hashFileOf = (file: string) => `${file}.hash`;

/**
 * The built template when it was made from exactly these migrations and this PGlite version;
 * otherwise null (the caller then creates the database the slow way).
 */
export function readBuiltTemplate(
  migrationsFolder: string,
  engineVersion: string,
  file = BUILT_TEMPLATE_FILE,
): Blob | null {
  try {
    if (!existsSync(file)) return null;
    const stamp = readFileSync(hashFileOf(file), 'utf8').trim();
    if (stamp !== `${migrationsHash(migrationsFolder)} ${engineVersion}`) return null;
    return new Blob([readFileSync(file)]);
  } catch {
    return null;
  }
}

/** Saves a dumped data folder with the stamp `readBuiltTemplate` checks (write, then rename). */
export function writeBuiltTemplate(
  bytes: Uint8Array,
  migrationsFolder: string,
  engineVersion: string,
  file = BUILT_TEMPLATE_FILE,
): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${randomUUID()}.partial`;
  writeFileSync(partial, bytes);
  renameSync(partial, file);
  writeFileSync(hashFileOf(file), `${migrationsHash(migrationsFolder)} ${engineVersion}\n`);
}
