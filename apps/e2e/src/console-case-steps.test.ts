// A lifecycle step the server refuses, in Chromium against the whole running system: "Record that
// mediation took place" after a mediation date in the future. The API names the field
// (`facts.mediationEndedDate`); its message must show beside that field and in the summary, not
// only "Some answers need correcting: see the messages beside them" with no message anywhere.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserSkipReason,
  expectNoSeriousA11yViolations,
  heading,
  startSignedInConsole,
  stopAll,
  type RunningSystem,
} from './harness';

const skip = browserSkipReason();
const ADMIN_PASSWORD = 'Cobalt-meadow-ferry-2207';

/** A date in England `days` from today (negative: in the past), as the date inputs take it. */
function isoDaysFromToday(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(d);
}

describe.skipIf(skip)('staff console: a step the server refuses', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ system, browser, page } = await startSignedInConsole({
      name: 'console-steps',
      newPassword: ADMIN_PASSWORD,
    }));
  });
  afterAll(() => stopAll(browser, system));

  async function step(name: string, fill: Record<string, string> = {}) {
    await page.getByRole('button', { name }).click();
    const dialog = page.getByRole('dialog', { name });
    await dialog.waitFor();
    for (const [label, value] of Object.entries(fill)) await dialog.getByLabel(label).fill(value);
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    return dialog;
  }

  it('shows the server’s message beside the end date when the mediation date is later', async () => {
    await page.goto(`${system.url}/console/cases/new`);
    await heading(page, 'New case by phone');
    await page.getByLabel('Full name', { exact: true }).fill('Jo Steps-Tester');
    await page.getByLabel('Phone', { exact: true }).fill('020 7946 0000');
    await page.getByLabel('Date on the decision letter').fill(isoDaysFromToday(-20));
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.waitForURL(/\/console\/cases\/[0-9a-f-]{36}$/, { timeout: 15_000 });

    for (const name of [
      'Record that information about mediation was given',
      'Record that mediation was requested',
    ]) {
      await (await step(name)).waitFor({ state: 'hidden', timeout: 15_000 });
    }
    await (
      await step('Record the mediation date', { 'Mediation date': isoDaysFromToday(7) })
    ).waitFor({ state: 'hidden', timeout: 15_000 });

    // The end date defaults to today, before the mediation date: the API refuses it.
    const dialog = await step('Record that mediation took place');
    const beside = dialog.locator('#step-mediationEndedDate-error');
    await beside.waitFor({ timeout: 15_000 });
    await expect(beside.textContent()).resolves.toMatch(/cannot be before the mediation date/);
    await expect(
      dialog.getByLabel('Date the mediation ended').getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    const summary = dialog.getByRole('alert');
    await expect(summary.textContent()).resolves.toMatch(/cannot be before the mediation date/);
    await expect(
      summary.getByRole('link', { name: /cannot be before the mediation date/ }).count(),
    ).resolves.toBe(1);
    await expectNoSeriousA11yViolations(page);
  });
});
