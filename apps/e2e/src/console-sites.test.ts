// Adding a partner site in Chromium against the whole running system: once added, the page is the
// new site's, with its embed snippet on screen and the add form gone (it used to stay, and the
// snippet appeared only after reopening the site).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserSkipReason,
  heading,
  startSignedInConsole,
  stopAll,
  type RunningSystem,
} from './harness';

const skip = browserSkipReason();
const ADMIN_PASSWORD = 'Amber-falcon-ledger-3318';

describe.skipIf(skip)('staff console: partner sites', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ system, browser, page } = await startSignedInConsole({
      name: 'console-sites',
      newPassword: ADMIN_PASSWORD,
    }));
  });
  afterAll(() => stopAll(browser, system));

  it('shows the new site and its snippet straight after "Add site", not the add form', async () => {
    await page.goto(`${system.url}/console/sites`);
    await heading(page, 'Partner sites');
    await page.getByRole('link', { name: 'Add a site' }).click();
    await heading(page, 'Add a partner site');
    await page.getByLabel('Name', { exact: true }).fill('Northshire Local Offer');
    await page.getByLabel('Allowed origins').fill('https://local-offer.northshire.example');
    await page.getByRole('button', { name: 'Add site' }).click();

    await heading(page, 'Northshire Local Offer');
    const snippet = page.locator('pre[aria-label="Embed snippet"]');
    await snippet.waitFor({ timeout: 15_000 });
    await expect(snippet.textContent()).resolves.toContain('data-site="northshire-local-offer"');
    await expect(page.getByRole('button', { name: 'Add site' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'Save' }).count()).resolves.toBe(1);
    await expect(page.getByLabel('Site key').inputValue()).resolves.toBe('northshire-local-offer');
  });
});
