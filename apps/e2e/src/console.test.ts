// The staff console in Chromium against the whole running system: sign-in, a phone-intake case
// through its lifecycle to a certificate PDF, publishing guidance the bot then answers from, a
// widget callback on Today, a report's CSV, a viewer who cannot edit, and axe plus a 320px check
// on every page.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserSkipReason,
  expectNoSeriousA11yViolations,
  heading,
  overflowX,
  signIn,
  startConsole,
  stopAll,
  type RunningSystem,
} from './harness';

const skip = browserSkipReason();
const NEW_ADMIN_PASSWORD = 'Harbour-lantern-kestrel-2026';
const VIEWER = {
  name: 'Vera Viewer',
  email: 'viewer@e2e.test',
  password: 'Meadow-quartz-ferry-7781',
};

function isoDaysAgo(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - days);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(d);
}

async function downloaded(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }) as Promise<Download>,
    click(),
  ]);
  const path = await download.path();
  return readFile(path);
}

describe.skipIf(skip)('staff console', () => {
  let system: RunningSystem;
  let browser: Browser;
  let admin: BrowserContext;
  let page: Page;
  let casePath = '';
  let guidancePath = '';

  beforeAll(async () => {
    ({ system, browser, context: admin, page } = await startConsole({ acceptDownloads: true }));
  });
  afterAll(() => stopAll(browser, system));

  it('signs in (with the first-run password change) and lands on Today', async () => {
    await page.goto(`${system.url}/console/cases`);
    // The guard sends an anonymous visitor to sign in, then back where they were going.
    await heading(page, 'Sign in');
    await expectNoSeriousA11yViolations(page);
    await signIn(page, system.url, system.admin.email, system.admin.password, NEW_ADMIN_PASSWORD);
    await expectNoSeriousA11yViolations(page);
    await expect(
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Cases' }).count(),
    ).resolves.toBe(1);
  });

  it('creates a case by phone intake, showing its deadlines as the dates are typed', async () => {
    await page.goto(`${system.url}/console/cases/new`);
    await heading(page, 'New case by phone');
    // An empty form: a summary that takes focus and links to each field, and nothing sent.
    await page.getByRole('button', { name: 'Create case' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    await expect(
      summary.getByRole('link', { name: /name of the person calling/ }).count(),
    ).resolves.toBe(1);
    await expect(
      page.getByLabel('Full name', { exact: true }).getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await expectNoSeriousA11yViolations(page);
    await page.getByLabel('Full name', { exact: true }).fill('Sam Intake-Tester');
    await page.getByLabel('Phone', { exact: true }).fill('020 7946 0000');
    await page.getByLabel(/section F/).check();
    const live = page.getByRole('complementary', { name: 'Deadlines' });
    await expect(
      live.getByText('Contact the mediation adviser', { exact: true }).count(),
    ).resolves.toBe(0);
    await page.getByLabel('Date on the decision letter').fill(isoDaysAgo(20));
    await live.getByText('Contact the mediation adviser', { exact: true }).waitFor();
    await live.getByText('Appeal to the SEND Tribunal', { exact: true }).waitFor();
    await expect(live.getByText(/Needed/).count()).resolves.toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);

    await page.getByRole('button', { name: 'Create case' }).click();
    await page.waitForURL(/\/console\/cases\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    casePath = new URL(page.url()).pathname;
    await heading(page, /[A-Z]+-\d{4}-\d+/);
    await page.getByRole('heading', { name: 'Deadlines' }).waitFor();
    await expect(page.getByText('Sam Intake-Tester').count()).resolves.toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);
  });

  it('moves the case through its lifecycle to a certificate, and downloads the PDF', async () => {
    await page.goto(`${system.url}${casePath}`);
    for (const step of [
      'Record that information about mediation was given',
      'Record that mediation was declined',
      'Record the certificate',
    ]) {
      await page.getByRole('button', { name: step }).click();
      const dialog = page.getByRole('dialog', { name: step });
      await dialog.waitFor();
      await expectNoSeriousA11yViolations(page);
      await dialog.getByRole('button', { name: 'Confirm' }).click();
      await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    }
    await page.getByText('Certificate issued', { exact: true }).first().waitFor();
    const pdf = await downloaded(page, () =>
      page
        .getByRole('button', { name: /Download PDF/ })
        .first()
        .click(),
    );
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // The certificate starts the appeal clock: the appeal deadline is now shown.
    await page.getByText('Appeal to the SEND Tribunal', { exact: true }).first().waitFor();
  });

  it('publishes a guidance change and the bot answers from it', async () => {
    await page.goto(`${system.url}/console/guidance/new`);
    await heading(page, 'Add guidance');
    await page.getByLabel('Title').fill('Quiet room at mediation');
    await page
      .getByLabel('Paste the page')
      .fill(
        '# Quiet room at mediation\n\nEvery mediation venue has a quiet room, the Kingfisher Room, where you can take a break at any time during the meeting.\n',
      );
    await page
      .getByLabel('Where it is published (web address)')
      .fill('https://example.org/quiet-room');
    await page.getByRole('button', { name: 'Preview passages' }).click();
    await page.getByRole('heading', { name: /How the page splits into passages/ }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await heading(page, 'Quiet room at mediation');
    guidancePath = new URL(page.url()).pathname;
    await page
      .getByRole('button', { name: /^Publish/ })
      .first()
      .click();
    await page.getByText(/Published: the bot now answers from/).waitFor({ timeout: 30_000 });
    await expectNoSeriousA11yViolations(page);

    await page.goto(`${system.url}/console/guidance/ask`);
    await page.getByLabel('Question').fill('Is there a quiet room where I can take a break?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    const answer = page.getByRole('region', { name: 'Answer' });
    await answer.waitFor({ timeout: 30_000 });
    await expect(answer.textContent()).resolves.toMatch(/Kingfisher/);
    await expect(
      page.getByRole('table', { name: /Passages the answer was built from/ }).textContent(),
    ).resolves.toMatch(/Kingfisher/);
    await expectNoSeriousA11yViolations(page);
  });

  it('publishes a file for families, and the bot links to it when asked', async () => {
    const pdf = Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
    );
    await page.goto(`${system.url}/console/guidance`);
    await heading(page, 'Guidance');
    const upload = page
      .locator('form')
      .filter({ has: page.getByRole('heading', { name: 'Upload a file' }) });
    await upload.getByLabel('Title').fill('Our mediation notice (Regulation 32)');
    await upload
      .getByLabel(/^File:/)
      .setInputFiles({ name: 'mediation-notice.pdf', mimeType: 'application/pdf', buffer: pdf });
    await upload.getByRole('button', { name: 'Upload' }).click();
    const files = page.getByRole('table', { name: 'Files for families' });
    const link = files.getByRole('link', { name: 'Our mediation notice (Regulation 32)' });
    await link.waitFor({ timeout: 15_000 });
    await expectNoSeriousA11yViolations(page);
    const href = (await link.getAttribute('href'))!;
    const download = await fetch(href);
    expect(download.status).toBe(200);
    expect(
      Buffer.from(await download.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    await page.goto(`${system.url}/console/guidance/ask`);
    await page.getByLabel('Question').fill('Where can I download your mediation notice?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    const answer = page.getByRole('region', { name: 'Answer' });
    await answer.waitFor({ timeout: 30_000 });
    await expect(answer.textContent()).resolves.toContain(new URL(href).pathname);
  });

  it('shows a callback requested through the widget on Today', async () => {
    const demoOrigin = new URL(system.demoUrl).origin;
    const reference = await page.evaluate(async (hostOrigin) => {
      const start = await fetch('/api/widget/v1/conversations', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ siteKey: 'demo', hostOrigin }),
      });
      if (!start.ok) throw new Error(`start ${start.status} ${await start.text()}`);
      const { conversationId, token } = (await start.json()) as {
        conversationId: string;
        token: string;
      };
      const cb = await fetch('/api/widget/v1/callbacks', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({
          conversationId,
          name: 'Robin Callback',
          contactMethod: 'phone',
          phone: '020 7946 0999',
          bestTime: 'Mornings',
          description: 'We got a letter refusing an assessment and want to talk it through.',
          consent: true,
        }),
      });
      if (!cb.ok) throw new Error(`callback ${cb.status} ${await cb.text()}`);
      return ((await cb.json()) as { reference: string }).reference;
    }, demoOrigin);
    expect(reference).toBeTruthy();
    await page.goto(`${system.url}/console/`);
    await heading(page, 'Today');
    const table = page.getByRole('table', { name: /Requests from families through the chat/ });
    await table.getByRole('cell', { name: 'Robin Callback', exact: true }).waitFor();
    await expect(table.getByRole('link', { name: reference }).count()).resolves.toBe(1);
  });

  it("downloads a report's CSV", async () => {
    await page.goto(`${system.url}/console/reports`);
    await heading(page, 'Reports');
    await page.getByText(/Figures for/).waitFor({ timeout: 15_000 });
    await expectNoSeriousA11yViolations(page);
    const csv = (
      await downloaded(page, () =>
        page.getByRole('button', { name: 'CSV of Cases opened by track' }).click(),
      )
    )
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const lines = csv.trim().split(/\r\n/);
    expect(lines[0]).toBe('Track,Cases');
    expect(lines.some((l) => /^Mediation,\d+$/.test(l))).toBe(true);
  });

  it('lets an admin add a viewer, who can read a case but not change it', async () => {
    await page.goto(`${system.url}/console/admin/users`);
    await heading(page, 'Users and roles');
    await page.getByRole('button', { name: 'Add a user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a user' });
    await dialog.getByLabel('Name').fill(VIEWER.name);
    await dialog.getByLabel('Email').fill(VIEWER.email);
    await dialog.getByLabel('Role').selectOption('viewer');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    const oneTime = (await page.locator('.notice.ok strong.mono').textContent())?.trim() ?? '';
    expect(oneTime.length).toBeGreaterThan(8);

    const viewerContext = await browser.newContext();
    const viewer = await viewerContext.newPage();
    await signIn(viewer, system.url, VIEWER.email, oneTime, VIEWER.password);
    await viewer.goto(`${system.url}${casePath}`);
    await viewer.getByText('Your role can view cases but not change them.').waitFor();
    await expect(viewer.getByRole('button', { name: /^Record/ }).count()).resolves.toBe(0);
    await expect(viewer.getByRole('button', { name: 'Edit details' }).count()).resolves.toBe(0);
    await viewer.goto(`${system.url}/console/cases`);
    await heading(viewer, 'Cases');
    await expect(viewer.getByRole('link', { name: 'New case by phone' }).count()).resolves.toBe(0);
    await viewer.goto(`${system.url}/console/admin/users`);
    await heading(viewer, 'Today');

    // The API refuses too, not just the buttons.
    const caseId = casePath.split('/').pop()!;
    const status = await viewer.evaluate(async (id) => {
      const res = await fetch('/trpc/cases.addNote', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-sen-csrf': '1' },
        body: JSON.stringify({
          json: { caseId: id, body: 'A viewer should not be able to write this.' },
        }),
      });
      return res.status;
    }, caseId);
    expect(status).toBe(403);
    await viewerContext.close();
  });

  it('has no serious accessibility problems on any page, wide or at 320px, and fits a 320px screen', async () => {
    const paths = [
      '/console/',
      '/console/cases',
      '/console/cases/new',
      casePath,
      '/console/guidance',
      '/console/guidance/new',
      guidancePath,
      '/console/guidance/ask',
      '/console/guidance/evaluate',
      '/console/guidance/vocabulary',
      '/console/conversations',
      '/console/sites',
      '/console/sites/new',
      '/console/reports',
      '/console/admin/users',
      '/console/admin/settings',
      '/console/admin/audit',
      '/console/admin/people',
      '/console/account',
    ];
    // A conversation and a partner site page too, found through their lists.
    await page.goto(`${system.url}/console/conversations`);
    await page.getByLabel('All conversations').check();
    const conv = page.locator('a[href*="/console/conversations/"]').first();
    await conv.waitFor({ timeout: 15_000 });
    paths.push(new URL((await conv.getAttribute('href'))!, system.url).pathname);
    await page.goto(`${system.url}/console/sites`);
    const site = page.locator('a[href*="/console/sites/"]:not([href$="/new"])').first();
    await site.waitFor({ timeout: 15_000 });
    paths.push(new URL((await site.getAttribute('href'))!, system.url).pathname);

    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      for (const path of paths) {
        await page.goto(`${system.url}${path}`);
        await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
        await page.waitForLoadState('networkidle');
        await expectNoSeriousA11yViolations(page);
        if (width === 320)
          expect(await overflowX(page), `${path} scrolls sideways at 320px`).toBeLessThanOrEqual(0);
      }
    }
    // About forty page loads with an axe run each: more than the default minute on a busy machine.
  }, 180_000);

  it('can be used from the keyboard: skip link, menu, list rows and dialogs', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${system.url}/console/cases`);
    await heading(page, 'Cases');
    await page.keyboard.press('Tab');
    await expect(page.evaluate<string>('document.activeElement?.textContent ?? ""')).resolves.toBe(
      'Skip to main content',
    );
    await page.keyboard.press('Enter');
    await expect(page.evaluate<string>('document.activeElement?.id ?? ""')).resolves.toBe('main');
    // Tab from the top of the page reaches the first case in the list, and Enter opens it.
    const firstCase = page.getByRole('table').getByRole('link').first();
    await firstCase.waitFor();
    for (
      let i = 0;
      i < 40 && !(await firstCase.evaluate((a) => a === a.ownerDocument.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/console\/cases\/[0-9a-f-]{36}$/);
    // A lifecycle dialog opens from the keyboard and Escape closes it, back on its button.
    const step = page
      .getByRole('button', { name: 'Close the case' })
      .or(page.getByRole('button', { name: /^Record/ }))
      .first();
    if (await step.count()) {
      await step.focus();
      await page.keyboard.press('Enter');
      await page
        .getByRole('dialog')
        .filter({ has: page.getByRole('button', { name: 'Confirm' }) })
        .waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Confirm' }).waitFor({ state: 'hidden' });
    }
    // At 320px the navigation is behind a Menu button that says whether it is open.
    await page.setViewportSize({ width: 320, height: 800 });
    const menu = page.getByRole('button', { name: 'Menu' });
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('false');
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(menu.getAttribute('aria-expanded')).resolves.toBe('true');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Reports' })
      .waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('keeps what was typed when the session ends, and saves it after signing in again', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${system.url}${casePath}`);
    await page.getByLabel('Add a note').fill('Called the family back; they will send the plan.');
    // End the session behind the page's back, as an expiry would.
    await admin.clearCookies();
    await page.getByRole('button', { name: 'Add note' }).click();
    const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
    await dialog.waitFor();
    await expectNoSeriousA11yViolations(page);
    await dialog.getByLabel('Email address').fill(system.admin.email);
    await dialog.getByLabel('Password', { exact: true }).fill(NEW_ADMIN_PASSWORD);
    await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 15_000 });
    await page.getByText('Called the family back; they will send the plan.').last().waitFor();
    await expect(page.getByLabel('Add a note').inputValue()).resolves.toBe('');
  });
});
