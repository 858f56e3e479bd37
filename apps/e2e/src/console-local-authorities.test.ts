// The local authorities page in Chromium against the whole running system: a caseworker fills in
// an IASS phone number (a bad one first, with the API's message beside the field), a viewer can
// read but not change, an admin adds an authority, axe at 1280px and 320px; and the case list's
// filters fold behind a "Filters" button on a small screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserSkipReason,
  expectNoSeriousA11yViolations,
  heading,
  overflowX,
  signIn,
  startSignedInConsole,
  stopAll,
  type RunningSystem,
} from './harness';

const skip = browserSkipReason();
// The row's link: the authority's name, then (for screen readers) what it leads to.
const CAMDEN_EDIT = /^Camden\W+edit$/;
const ADMIN_PASSWORD = 'Copper-heron-lattice-5521';
const CASEWORKER = {
  name: 'Cara Caseworker',
  email: 'cara@e2e.test',
  password: 'Willow-gravel-71-orbit',
};
const VIEWER = { name: 'Vic Viewer', email: 'vic@e2e.test', password: 'Saffron-tunnel-42-brook' };

describe.skipIf(skip)('staff console: local authorities', () => {
  let system: RunningSystem;
  let browser: Browser;
  let admin: Page;

  /** Adds a user as the admin and signs them in, in a browser context of their own. */
  async function userPage(who: typeof CASEWORKER, role: string): Promise<Page> {
    await admin.goto(`${system.url}/console/admin/users`);
    await heading(admin, 'Users and roles');
    await admin.getByRole('button', { name: 'Add a user' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Add a user' });
    await dialog.getByLabel('Name').fill(who.name);
    await dialog.getByLabel('Email').fill(who.email);
    await dialog.getByLabel('Role').selectOption(role);
    await dialog.getByRole('button', { name: 'Add user' }).click();
    const oneTime = admin.locator('.notice.ok strong.mono');
    await oneTime.waitFor();
    const password = (await oneTime.textContent())?.trim() ?? '';
    const page = await (await browser.newContext()).newPage();
    await signIn(page, system.url, who.email, password, who.password);
    return page;
  }

  beforeAll(async () => {
    ({
      system,
      browser,
      page: admin,
    } = await startSignedInConsole({ name: 'console-la', newPassword: ADMIN_PASSWORD }));
  });
  afterAll(() => stopAll(browser, system));

  it('lets a caseworker fill in an IASS phone number, showing the API’s message beside a bad one', async () => {
    const page = await userPage(CASEWORKER, 'caseworker');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Local authorities' })
      .click();
    await heading(page, 'Local authorities');
    await expect(page.getByRole('link', { name: 'Add a local authority' }).count()).resolves.toBe(
      0,
    );
    await page.getByRole('link', { name: CAMDEN_EDIT }).click();
    await heading(page, 'Camden');
    // Caseworkers may not rename: the name is read-only and says why.
    await expect(
      page.getByLabel('Local authority name').getAttribute('readonly'),
    ).resolves.not.toBeNull();

    const phone = page.getByLabel('IASS phone');
    await phone.fill('ring the office');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    await expect(phone.getAttribute('aria-invalid')).resolves.toBe('true');
    const described = (await phone.getAttribute('aria-describedby')) ?? '';
    const errorId = described.split(' ').find((id) => id.endsWith('-error'))!;
    await expect(page.locator(`[id="${errorId}"]`).textContent()).resolves.toMatch(
      /phone number using digits/,
    );

    await phone.fill('020 7946 0123');
    await page.getByLabel('IASS website').fill('camden-iass.example');
    await page.getByRole('button', { name: 'Save' }).click();
    // The API's own message, beside the field it is about (waits for the answer to arrive).
    await page.locator('[id="la-iass-url-error"]', { hasText: 'starting with https://' }).waitFor();
    await expect(page.getByLabel('IASS website').getAttribute('aria-invalid')).resolves.toBe(
      'true',
    );
    await page.getByLabel('IASS website').fill('https://camden-iass.example.org');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Camden: saved.').waitFor();
    await expect(phone.getAttribute('aria-invalid')).resolves.toBeNull();

    await page.goto(`${system.url}/console/local-authorities`);
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: CAMDEN_EDIT }) });
    await row.getByRole('link', { name: '020 7946 0123' }).waitFor();
    await expect(row.getByRole('link', { name: 'camden-iass.example.org' }).count()).resolves.toBe(
      1,
    );
    await page.context().close();
  });

  it('shows a viewer the details but no way to change them, and the API refuses', async () => {
    const page = await userPage(VIEWER, 'viewer');
    await page.goto(`${system.url}/console/local-authorities`);
    await heading(page, 'Local authorities');
    await page.getByRole('link', { name: /^Camden\W+details$/ }).click();
    await heading(page, 'Camden');
    await page.getByText('Your role can view local authorities but not change them.').waitFor();
    await expect(page.getByLabel('IASS phone').inputValue()).resolves.toBe('020 7946 0123');
    await expect(page.getByLabel('IASS phone').isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Save' }).count()).resolves.toBe(0);

    const id = page.url().split('/').pop()!;
    const status = await page.evaluate(async (laId) => {
      const res = await fetch('/trpc/localAuthorities.update', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sen-csrf': '1' },
        body: JSON.stringify({ json: { id: laId, patch: { iassPhone: '020 0000 0000' } } }),
      });
      return res.status;
    }, id);
    expect(status).toBe(403);
    await page.context().close();
  });

  it('lets an admin add and rename an authority', async () => {
    await admin.goto(`${system.url}/console/local-authorities`);
    await admin.getByRole('link', { name: 'Add a local authority' }).click();
    await heading(admin, 'Add a local authority');
    await admin.getByRole('button', { name: 'Add local authority' }).click();
    await expect(
      admin.getByLabel('Local authority name').getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await admin.getByLabel('Local authority name').fill('Testshire');
    await admin.getByLabel('IASS email').fill('iass@testshire.example.org');
    await admin.getByRole('button', { name: 'Add local authority' }).click();
    await heading(admin, 'Testshire');
    await admin.getByLabel('Local authority name').fill('Testshire County');
    await admin.getByRole('button', { name: 'Save' }).click();
    await heading(admin, 'Testshire County');
  });

  it('has no serious accessibility problems, wide or at 320px, and fits a 320px screen', async () => {
    await admin.goto(`${system.url}/console/local-authorities`);
    const camden = admin.getByRole('link', { name: CAMDEN_EDIT });
    await camden.waitFor();
    const paths = [
      '/console/local-authorities',
      '/console/local-authorities/new',
      new URL((await camden.getAttribute('href'))!, system.url).pathname,
    ];
    for (const width of [1280, 320]) {
      await admin.setViewportSize({ width, height: 800 });
      for (const path of paths) {
        await admin.goto(`${system.url}${path}`);
        await admin.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
        await admin.waitForLoadState('networkidle');
        await expectNoSeriousA11yViolations(admin);
        if (width === 320)
          expect(await overflowX(admin), `${path} scrolls sideways at 320px`).toBeLessThanOrEqual(
            0,
          );
      }
    }
  });

  it('folds the case filters behind a Filters button at 320px, and keeps them open when wide', async () => {
    await admin.setViewportSize({ width: 320, height: 800 });
    await admin.goto(`${system.url}/console/cases`);
    await heading(admin, 'Cases');
    const toggle = admin.getByRole('button', { name: /^Filters/ });
    const track = admin.getByLabel('Track');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(track.isVisible()).resolves.toBe(false);
    await expect(admin.getByLabel('Search by reference, name or notes').isVisible()).resolves.toBe(
      true,
    );
    await toggle.focus();
    await admin.keyboard.press('Enter');
    await expect(toggle.getAttribute('aria-expanded')).resolves.toBe('true');
    await track.selectOption('mediation');
    await admin.getByLabel('Include closed and withdrawn cases').check();
    await expect(toggle.textContent()).resolves.toMatch(/Filters \(2 active\)/);
    await expectNoSeriousA11yViolations(admin);
    await toggle.click();
    await expect(track.isVisible()).resolves.toBe(false);

    await admin.setViewportSize({ width: 1280, height: 800 });
    await expect(toggle.isVisible()).resolves.toBe(false);
    await expect(track.isVisible()).resolves.toBe(true);
  });
});
