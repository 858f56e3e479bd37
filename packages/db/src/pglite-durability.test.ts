import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { listCases } from './queries/cases';
import { queryRows } from './raw-sql';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const writer = fileURLToPath(new URL('./testing/fixtures/kill-writer.ts', import.meta.url));

describe('PGlite data folder', () => {
  it('reopens after the process is killed mid-write, with every committed row', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sen-db-kill-'));
    dirs.push(dataDir);
    const child = spawn(process.execPath, ['--import', 'tsx', writer, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const committed = await new Promise<number>((resolve, reject) => {
      let last = 0;
      child.stdout.on('data', (d: Buffer) => {
        const numbers = d.toString().trim().split('\n').map(Number);
        last = Math.max(last, ...numbers);
        // Kill while it is still writing, after a good number of commits.
        if (last >= 25) {
          child.kill('SIGKILL');
          resolve(last);
        }
      });
      child.on('exit', (code, signal) => {
        if (signal !== 'SIGKILL') reject(new Error(`writer exited early (${code}): ${stderr}`));
      });
    });
    await new Promise((r) => child.once('close', r));

    const reopened = await openDatabase({ dataDir });
    try {
      const [row] = await queryRows<{ n: number }>(
        reopened.db,
        sql`select count(*)::int as n from cases`,
      );
      // Every row the child reported as committed is there (it may have committed one more).
      expect(Number(row?.n)).toBeGreaterThanOrEqual(committed);
      const people = await queryRows<{ n: number }>(
        reopened.db,
        sql`select count(*)::int as n from case_people`,
      );
      expect(Number(people[0]?.n)).toBe(Number(row?.n));
      // Indexes are usable and writes work after recovery.
      const page = await listCases(reopened.db, { q: 'Writer', limit: 5 });
      expect(page.items.length).toBeGreaterThan(0);
    } finally {
      await reopened.close();
    }
  }, 120_000);

  it('closes cleanly and reopens with the data', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sen-db-reopen-'));
    dirs.push(dataDir);
    const first = await openDatabase({ dataDir });
    await first.db.execute(sql`insert into local_authorities (name) values ('Reopened')`);
    await Promise.all([first.close(), first.close()]);
    const second = await openDatabase({ dataDir });
    try {
      const rows = await queryRows<{ name: string }>(
        second.db,
        sql`select name from local_authorities`,
      );
      expect(rows.map((r) => r.name)).toEqual(['Reopened']);
    } finally {
      await second.close();
    }
  }, 60_000);

  it('refuses a second opener of the same folder while the first has it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sen-db-lock-'));
    dirs.push(dataDir);
    const first = await openDatabase({ dataDir });
    try {
      await expect(openDatabase({ dataDir })).rejects.toThrow(/is in use by process/);
    } finally {
      await first.close();
    }
    const again = await openDatabase({ dataDir });
    await again.close();
  }, 60_000);
});
