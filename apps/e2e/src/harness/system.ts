import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSystem } from '@sen/api/server';
import type { AppDeps } from '@sen/api/server';
import type { Db } from '@sen/db';

export const TEST_ADMIN = { email: 'admin@e2e.test', password: 'e2e-Admin-password-1234' };

export interface RunningSystem {
  /** The service origin: API, console at /console, widget at /widget. */
  url: string;
  /** The demo partner page, on a second origin. */
  demoUrl: string;
  admin: { email: string; password: string };
  /** The running system's database, to check what a browser action stored. */
  db: Db;
  /** Its clock, logger, guidance runtime and config (e.g. `deps.guidance.refresh()`). */
  deps: AppDeps;
  close(): Promise<void>;
}

/**
 * The whole system as `pnpm start` runs it (seeded embedded database, console, widget, demo
 * partner page), on free ports and a throw-away data folder.
 */
export async function startTestSystem(
  options: {
    name?: string;
    /** A PostgreSQL database instead of the embedded one (several instances may share it). */
    databaseUrl?: string;
    /** Serve the demo partner page (default true); it points the demo site at itself. */
    demo?: boolean;
  } = {},
): Promise<RunningSystem> {
  const dataDir = mkdtempSync(join(tmpdir(), `sen-e2e-${options.name ?? 'system'}-`));
  const system = await startSystem({
    port: 0,
    demoPort: options.demo === false ? null : 0,
    host: '127.0.0.1',
    dataDir,
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    adminEmail: TEST_ADMIN.email,
    adminPassword: TEST_ADMIN.password,
    logLevel: 'warn',
  });
  return {
    url: system.url,
    demoUrl: system.demoUrl,
    admin: TEST_ADMIN,
    db: system.db,
    deps: system.deps,
    async close() {
      await system.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
