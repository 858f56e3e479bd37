import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@sen/db';
import { afterAll, describe, expect, it } from 'vitest';
import { explainAskFailure } from './ask-errors';

const dir = mkdtempSync(join(tmpdir(), 'sen-ask-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('pnpm ask while the server holds the embedded database', () => {
  it('says the running server holds it and what to do instead', async () => {
    // The lock a running server leaves: a live process's id (this test's own stands in for it).
    writeFileSync(join(dir, 'sen-db.lock'), String(process.pid));
    const error = await openDatabase({ dataDir: dir }).then(
      () => null,
      (e: unknown) => e,
    );
    const message = explainAskFailure(error);
    expect(message).toContain(`the running server (process ${process.pid}) holds it`);
    expect(message).toContain('Guidance → Ask the bot');
    expect(message).toContain('stop the server');
    expect(message).toContain('pnpm ask --guidance DIR');
    expect(message).toContain('DATABASE_URL');
  });

  it('passes any other failure on in its own words', () => {
    expect(explainAskFailure(new Error('no such table'))).toBe('ask failed: no such table');
  });
});
