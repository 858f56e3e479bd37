import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, launchBrowser, startTestSystem, type RunningSystem } from './harness';

const skip = browserSkipReason();

describe.skipIf(skip)(
  'the running system, as a visitor and a member of staff first meet it',
  () => {
    let system: RunningSystem;
    let browser: Browser;

    beforeAll(async () => {
      system = await startTestSystem();
      browser = await launchBrowser();
    });
    afterAll(async () => {
      await browser?.close();
      await system?.close();
    });

    it('answers /health', async () => {
      const res = await fetch(`${system.url}/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok' });
    });

    it('serves the demo partner page on a second origin, and the widget opens on it', async () => {
      expect(new URL(system.demoUrl).origin).not.toBe(new URL(system.url).origin);
      const page = await browser.newPage();
      await page.goto(system.demoUrl);
      const launcher = page.getByRole('button', { name: /chat|help|question|mediation/i });
      await launcher.click();
      const frame = page.frameLocator('iframe[src*="/widget/frame"]');
      const input = frame.getByRole('textbox').first();
      await expect.poll(() => input.isVisible(), { timeout: 15_000 }).toBe(true);
      await page.close();
    });

    it('serves the console sign-in page', async () => {
      const page = await browser.newPage();
      await page.goto(`${system.url}/console/`);
      await expect
        .poll(() => page.getByRole('heading', { name: /sign in/i }).count(), { timeout: 15_000 })
        .toBeGreaterThan(0);
      await expect(page.getByLabel(/email/i).count()).resolves.toBeGreaterThan(0);
      await page.close();
    });
  },
);
