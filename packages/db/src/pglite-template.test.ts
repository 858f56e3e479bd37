import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { buildPgliteTemplate, MIGRATIONS_FOLDER, openDatabase } from './client';
import { migrationsHash, readBuiltTemplate } from './pglite-template';
import { queryRows } from './raw-sql';

const dir = mkdtempSync(join(tmpdir(), 'sen-template-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function tableCount(dataDir: string, templateFile: string) {
  const h = await openDatabase({ dataDir, templateFile });
  try {
    const [row] = await queryRows<{ n: number }>(
      h.db,
      sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
    );
    return row!.n;
  } finally {
    await h.close();
  }
}

describe('the PGlite template a new data folder starts from', () => {
  const file = join(dir, 'template.tar');

  it('is used only when made from these migrations', async () => {
    expect(readBuiltTemplate(MIGRATIONS_FOLDER, 'v1', join(dir, 'missing.tar'))).toBeNull();
    writeFileSync(file, 'not a tarball');
    writeFileSync(`${file}.hash`, `0000000000000000 v1\n`);
    expect(readBuiltTemplate(MIGRATIONS_FOLDER, 'v1', file)).toBeNull();
    writeFileSync(`${file}.hash`, `${migrationsHash(MIGRATIONS_FOLDER)} v1\n`);
    expect(readBuiltTemplate(MIGRATIONS_FOLDER, 'v1', file)).toBeInstanceOf(Blob);
    expect(readBuiltTemplate(MIGRATIONS_FOLDER, 'v2', file)).toBeNull();
  });

  it('gives a new folder every table, and a broken template falls back to initdb', async () => {
    await buildPgliteTemplate(file);
    const fromTemplate = await tableCount(join(dir, 'a'), file);
    expect(fromTemplate).toBeGreaterThan(10);
    // Reopening an existing folder never copies over it.
    expect(await tableCount(join(dir, 'a'), file)).toBe(fromTemplate);

    const broken = join(dir, 'broken.tar');
    writeFileSync(broken, 'not a tarball');
    writeFileSync(`${broken}.hash`, readFileSync(`${file}.hash`));
    expect(await tableCount(join(dir, 'b'), broken)).toBe(fromTemplate);
  }, 60_000);
});
