import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSystem } from '@sen/api/server';

export const TEST_ADMIN = { email: 'admin@e2e.test', password: 'e2e-Admin-password-1234' };

export interface RunningSystem {
  /** The service origin: API, console at /console, widget at /widget. */
  url: string;
  /** The demo partner page, on a second origin. */
  demoUrl: string;
  admin: { email: string; password: string };
  close(): Promise<void>;
}

/**
 * The whole system as `pnpm start` runs it (seeded embedded database, console, widget, demo
 * partner page), on free ports and a throw-away data folder.
 */
export async function startTestSystem(): Promise<RunningSystem> {
  const dataDir = mkdtempSync(join(tmpdir(), 'sen-e2e-'));
  const system = await startSystem({
    port: 0,
    demoPort: 0,
    host: '127.0.0.1',
    dataDir,
    adminEmail: TEST_ADMIN.email,
    adminPassword: TEST_ADMIN.password,
    logLevel: 'warn',
  });
  return {
    url: system.url,
    demoUrl: system.demoUrl,
    admin: TEST_ADMIN,
    async close() {
      await system.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
