// The staff console around focus, where axe on a still page sees nothing: the header's links
// while focused (text contrast measured here), where focus goes and what is announced after a
// step replaces the form (first-run sign-in, lifecycle dialogs), password forms that tie their
// errors to fields, toasts at 400 % zoom (320x256), and the error summary's order.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserSkipReason,
  expectNoSeriousA11yViolations,
  focused,
  focusObscured,
  heading,
  liveText,
  overflowX,
  signIn,
  startSystemAndBrowser,
  stopAll,
  walkFocus,
  type RunningSystem,
} from './harness';

const skip = browserSkipReason();
const NEW_PASSWORD = 'Copper-willow-harbour-5150';
const ACCOUNT_PASSWORD = 'Linden-quarry-sparrow-8842';

function isoDaysAgo(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - days);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(d);
}

/** The ids the fields' error texts are tied to, and whether the field is marked invalid. */
async function fieldState(page: Page, label: string) {
  const input = page.getByLabel(label, { exact: true });
  return {
    invalid: await input.getAttribute('aria-invalid'),
    describedBy: (await input.getAttribute('aria-describedby')) ?? '',
    id: (await input.getAttribute('id')) ?? '',
  };
}

describe.skipIf(skip)('console: focus, announcements and zoom', () => {
  let system: RunningSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let password = '';
  let signedIn = false;

  beforeAll(async () => {
    ({ system, browser } = await startSystemAndBrowser('console-focus'));
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    password = system.admin.password;
  });

  /** Signed in, whether or not the first-run test got through (so each test fails alone). */
  async function staff(): Promise<Page> {
    await page.setViewportSize({ width: 1280, height: 800 });
    if (!signedIn) {
      await signIn(page, system.url, system.admin.email, password, NEW_PASSWORD);
      password = NEW_PASSWORD;
      signedIn = true;
    }
    return page;
  }
  afterAll(() => stopAll(browser, system));

  it('first-run sign-in: the error is scanned, then focus and an announcement follow the new step', async () => {
    await page.goto(`${system.url}/console/`);
    await heading(page, 'Sign in');
    await page.getByLabel('Email address').fill(system.admin.email);
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).press('Enter');
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    expect((await focused(page))?.tag).toBe('div');
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByLabel('Password', { exact: true }).press('Enter');
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    // The form that had focus is gone: focus is on the new step's heading, and it was said.
    await expect.poll(async () => (await focused(page))?.name).toBe('Choose a new password');
    expect(await liveText(page)).toMatch(/Password accepted\. Choose a new password/);
    await expectNoSeriousA11yViolations(page);

    // Too short, then not repeated: each error on its field, linked from the summary.
    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByLabel('New password again').fill('short');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await summary.waitFor();
    let field = await fieldState(page, 'New password');
    expect(field.invalid).toBe('true');
    expect(field.describedBy).toContain(`${field.id}-error`);
    await expect(page.locator(`#${field.id}-error`).innerText()).resolves.toMatch(/12 characters/);
    await expect(summary.locator(`a[href="#${field.id}"]`).count()).resolves.toBe(1);
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('New password again').fill(`${NEW_PASSWORD}x`);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await expect
      .poll(() => fieldState(page, 'New password again'))
      .toMatchObject({
        invalid: 'true',
      });
    field = await fieldState(page, 'New password again');
    expect(field.describedBy).toContain(`${field.id}-error`);
    await expect(summary.locator(`a[href="#${field.id}"]`).innerText()).resolves.toMatch(
      /do not match/,
    );

    await page.getByLabel('New password again').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await heading(page, 'Today');
    password = NEW_PASSWORD;
    signedIn = true;
  });

  it('keeps every focused link and button in the header readable, axe passing at each', async () => {
    await staff();
    await page.goto(`${system.url}/console/cases`);
    await heading(page, 'Cases');
    await page.keyboard.press('Tab'); // the skip link
    await page.keyboard.press('Tab');
    const stops = await walkFocus(page, page, 'header');
    expect(stops).toEqual(
      expect.arrayContaining(['SEN Mediation Desk', 'Today', 'Reports', 'Sign out']),
    );
    expect(stops.length).toBeGreaterThanOrEqual(12);
  });

  it('at 320x256 (400 % zoom): the open menu is readable when focused, and fits', async () => {
    await staff();
    await page.setViewportSize({ width: 320, height: 256 });
    await page.goto(`${system.url}/console/`);
    await heading(page, 'Today');
    const menu = page.getByRole('button', { name: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await expectNoSeriousA11yViolations(page);
    await page.keyboard.press('Tab');
    const stops = await walkFocus(page, page, 'header');
    expect(stops).toEqual(expect.arrayContaining(['Cases', 'Audit log', 'Sign out']));
    expect(await overflowX(page)).toBe(0);
  });

  it('at 320x256 a toast neither hides the focused element nor fills the screen', async () => {
    await staff();
    await page.setViewportSize({ width: 320, height: 256 });
    await page.goto(`${system.url}/console/account`);
    await heading(page, 'Your account');
    await page.getByLabel('Current password').fill(password);
    await page.getByLabel('New password', { exact: true }).fill(ACCOUNT_PASSWORD);
    await page.getByLabel('New password again').fill(ACCOUNT_PASSWORD);
    const button = page.getByRole('button', { name: 'Change password' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Password changed.').waitFor();
    password = ACCOUNT_PASSWORD;
    expect((await focused(page))?.name).toBe('Change password');
    expect(await liveText(page)).toMatch(/Password changed/);
    expect(await focusObscured(page), 'the toast covers the focused button').toBe(false);
    // Floating toasts may cover at most a fifth of the window.
    const covered = await page.evaluate<number>(`(() => {
      let area = 0;
      for (const el of document.querySelectorAll('.toast')) {
        let fixed = false;
        for (let n = el; n; n = n.parentElement)
          if (['fixed', 'sticky'].includes(getComputedStyle(n).position)) fixed = true;
        if (!fixed) continue;
        const r = el.getBoundingClientRect();
        const w = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0));
        const h = Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
        area += w * h;
      }
      return area / (innerWidth * innerHeight);
    })()`);
    expect(covered).toBeLessThan(0.2);
    await expectNoSeriousA11yViolations(page);
  });

  it('the Account password form marks and links each field it complains about', async () => {
    await staff();
    await page.goto(`${system.url}/console/account`);
    await heading(page, 'Your account');
    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Change password' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    for (const label of ['Current password', 'New password']) {
      const field = await fieldState(page, label);
      expect(field.invalid, label).toBe('true');
      expect(field.describedBy, label).toContain(`${field.id}-error`);
      await expect(summary.locator(`a[href="#${field.id}"]`).count()).resolves.toBe(1);
    }
    // In the order of the fields on the page.
    const hrefs = await summary
      .locator('a')
      .evaluateAll((links) =>
        links.map((a) =>
          (a as unknown as { getAttribute(n: string): string }).getAttribute('href'),
        ),
      );
    expect(hrefs).toEqual([
      `#${(await fieldState(page, 'Current password')).id}`,
      `#${(await fieldState(page, 'New password')).id}`,
    ]);
    await expectNoSeriousA11yViolations(page);
  });

  it('lists the guidance form’s problems in the order of its fields', async () => {
    await staff();
    await page.goto(`${system.url}/console/guidance/new`);
    await heading(page, 'Add guidance');
    await page.getByRole('button', { name: 'Save as draft' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    const order = await page.evaluate<{ summary: string[]; fields: string[] }>(`(() => {
      const summary = [...document.querySelectorAll('.error-summary a')].map((a) =>
        a.getAttribute('href').slice(1));
      const fields = [...document.querySelectorAll('input, textarea, select')]
        .map((el) => el.id).filter((id) => summary.includes(id));
      return { summary, fields };
    })()`);
    expect(order.summary.length).toBeGreaterThanOrEqual(2);
    expect(order.summary).toEqual(order.fields);
  });

  it('after each lifecycle step, focus goes to Next steps and the step is announced', async () => {
    await staff();
    await page.goto(`${system.url}/console/cases/new`);
    await heading(page, 'New case by phone');
    await page.getByLabel('Full name', { exact: true }).fill('Robin Focus-Tester');
    await page.getByLabel('Phone', { exact: true }).fill('020 7946 0000');
    await page.getByLabel(/section F/).check();
    await page.getByLabel('Date on the decision letter').fill(isoDaysAgo(20));
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.waitForURL(/\/console\/cases\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    await page.getByRole('heading', { name: 'Next steps' }).waitFor();
    for (const step of [
      'Record that information about mediation was given',
      'Record that mediation was declined',
      'Record the certificate',
    ]) {
      const opener = page.getByRole('button', { name: step });
      await opener.focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: step });
      await dialog.waitFor();
      await dialog.getByRole('button', { name: 'Confirm' }).focus();
      await page.keyboard.press('Enter');
      await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
      await expect
        .poll(async () => (await focused(page))?.name, { timeout: 5_000 })
        .toBe('Next steps');
      expect(await liveText(page)).toContain(`${step}: done.`);
      await expectNoSeriousA11yViolations(page);
    }
  });
});
