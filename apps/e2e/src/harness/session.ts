// The set-up most browser test files share: the whole system plus a Chromium, and for console
// tests a page (in a context of its own) where the seeded admin has signed in. Each file calls
// one of these in `beforeAll` and `stopAll` in `afterAll`.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { signIn } from './console';
import { startTestSystem, type RunningSystem } from './system';

export interface SystemAndBrowser {
  system: RunningSystem;
  browser: Browser;
}

export interface ConsoleSession extends SystemAndBrowser {
  context: BrowserContext;
  page: Page;
}

interface ConsoleOptions {
  /** Names the throw-away data folder, so a failing run's leftovers say which file made them. */
  name?: string;
  /** For tests that download a certificate, a document or an .ics file. */
  acceptDownloads?: boolean;
}

/** Closes what was started; safe to call with parts that never started. */
export async function stopAll(...parts: ({ close(): Promise<void> } | undefined)[]): Promise<void> {
  for (const part of parts) await part?.close();
}

/** The system and a browser. If the browser cannot start, the system is closed again. */
export async function startSystemAndBrowser(name?: string): Promise<SystemAndBrowser> {
  const system = await startTestSystem(name ? { name } : {});
  try {
    return { system, browser: await launchBrowser() };
  } catch (error) {
    await system.close();
    throw error;
  }
}

/** The system, a browser and one page in a context of its own, not yet signed in. */
export async function startConsole(options: ConsoleOptions = {}): Promise<ConsoleSession> {
  const { system, browser } = await startSystemAndBrowser(options.name);
  try {
    const context = await browser.newContext(
      options.acceptDownloads ? { acceptDownloads: true } : {},
    );
    return { system, browser, context, page: await context.newPage() };
  } catch (error) {
    await stopAll(browser, system);
    throw error;
  }
}

/**
 * `startConsole`, with the seeded admin signed in on the page (choosing `newPassword` on the
 * first-run password change) and on Today.
 */
export async function startSignedInConsole(
  options: ConsoleOptions & { newPassword: string },
): Promise<ConsoleSession> {
  const session = await startConsole(options);
  const { system, browser, page } = session;
  try {
    await signIn(page, system.url, system.admin.email, system.admin.password, options.newPassword);
    return session;
  } catch (error) {
    await stopAll(browser, system);
    throw error;
  }
}
