// The whole system as `pnpm start` runs it, twice on one data folder: the first start creates
// and seeds the database and the admin; the second reuses them and prints no new password.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getSiteByKey, getUserForLogin } from '@sen/db';
import { afterAll, describe, expect, it } from 'vitest';
import { startSystem } from './server';
import { verifyPassword } from '../security/passwords';

const dataDir = mkdtempSync(path.join(tmpdir(), 'sen-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const options = {
  port: 0,
  demoPort: 0,
  host: '127.0.0.1',
  dataDir,
  logLevel: 'silent' as const,
  consoleDir: null,
  widgetDir: null,
  guidancePollMs: 0,
};

describe(
  'startSystem on a new data folder, then again on the same one',
  { timeout: 120_000 },
  () => {
    it('first start: database, sample data, demo page and a one-time admin password', async () => {
      const system = await startSystem(options);
      try {
        expect(system.admin).toMatchObject({ email: 'admin@example.org', created: true });
        expect(system.admin.password).toMatch(/^\S{16,}$/);
        const admin = await getUserForLogin(system.db, 'admin@example.org');
        expect(admin?.mustChangePassword).toBe(true);
        expect(await verifyPassword(admin!.passwordHash, system.admin.password!)).toBe(true);

        expect(await (await fetch(`${system.url}/health`)).json()).toMatchObject({
          status: 'ok',
          db: 'ok',
        });
        const demo = await fetch(system.demoUrl);
        const html = await demo.text();
        expect(html).toContain(
          `<script src="${system.url}/widget/loader.js" data-site="demo" async></script>`,
        );
        expect(html).toMatch(/<main id="content"/);
        expect(demo.headers.get('content-security-policy')).toContain(
          `script-src 'self' ${system.url}`,
        );
        const site = await getSiteByKey(system.db, 'demo');
        expect(site?.allowedOrigins).toContain(new URL(system.demoUrl).origin);
        expect(new URL(system.demoUrl).origin).not.toBe(new URL(system.url).origin);
      } finally {
        await system.close();
      }
    });

    it('second start: the same data, no new password, the demo site follows the new port', async () => {
      const system = await startSystem(options);
      try {
        expect(system.admin).toEqual({ email: 'admin@example.org', created: false });
        const site = await getSiteByKey(system.db, 'demo');
        const port = new URL(system.demoUrl).port;
        expect(site?.allowedOrigins).toEqual([
          `http://localhost:${port}`,
          `http://127.0.0.1:${port}`,
        ]);
      } finally {
        await system.close();
      }
    });
  },
);
