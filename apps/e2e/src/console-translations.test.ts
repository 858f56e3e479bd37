// Correcting a translation without a release: an admin opens Translations, a correction that
// drops a placeholder is refused with the reason beside the field, a good one reaches the chat in
// that language at once, and removing it brings the catalogue's text back. Axe on the page.
import { CATALOGUES } from '@sen/widget/catalogues';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserSkipReason,
  chatFrameLocator,
  expectNoSeriousA11yViolations,
  heading,
  startSignedInConsole,
  stopAll,
  type RunningSystem,
} from './harness';

const skip = browserSkipReason();
const ADMIN_PASSWORD = 'Juniper-atlas-5521-pebble';
const pl = CATALOGUES.pl!.messages;

describe.skipIf(skip)('staff console: translations', () => {
  let system: RunningSystem;
  let browser: Browser;
  let admin: Page;

  beforeAll(async () => {
    ({
      system,
      browser,
      page: admin,
    } = await startSignedInConsole({ name: 'console-translations', newPassword: ADMIN_PASSWORD }));
  });
  afterAll(() => stopAll(browser, system));

  async function polishChat(): Promise<FrameLocator> {
    const page = await (await browser.newContext({ locale: 'pl-PL' })).newPage();
    await page.goto(system.demoUrl);
    await page.getByRole('button', { name: /ask us/i }).click();
    const frame = chatFrameLocator(page);
    await frame.getByRole('textbox', { name: pl.inputLabel! }).waitFor();
    return frame;
  }

  it('corrects a Polish text, refuses one that loses {phone}, and the chat shows it at once', async () => {
    await admin.goto(`${system.url}/console/admin/translations`);
    await heading(admin, 'Chat translations');
    await admin.getByLabel('Language').selectOption('pl');
    await admin.getByText('not been checked by a speaker').waitFor();
    await admin.getByLabel('Find a text').fill('Call {phone}');
    await admin.getByRole('button', { name: 'Correct “call”' }).click();
    const box = admin.getByLabel('Text families see');
    await box.fill('Zadzwoń do nas');
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.getByText('Keep {phone} in the text: the chat fills it in.').waitFor();
    await expectNoSeriousA11yViolations(admin);

    await admin.getByLabel('Find a text').fill('Talk to someone');
    await admin.getByRole('button', { name: 'Correct “starterTalk”' }).click();
    await admin.getByLabel('Text families see').fill('Porozmawiaj z człowiekiem');
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.getByText('(corrected)').first().waitFor();
    await expectNoSeriousA11yViolations(admin);

    const chat = await polishChat();
    await chat.getByRole('button', { name: 'Porozmawiaj z człowiekiem' }).first().waitFor();

    await admin.getByRole('button', { name: 'Remove correction of “starterTalk”' }).click();
    await expect.poll(async () => admin.getByText('(corrected)').count()).toBe(0);
    const again = await polishChat();
    await again.getByRole('button', { name: pl.starterTalk! }).first().waitFor();
  });
});
