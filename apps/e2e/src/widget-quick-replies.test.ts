// The chat's questions back to the family ("Which date is 10 November?") come with suggested
// answers. They must work by keyboard alone, be part of what a screen reader hears with the
// answer (inside the chat log, in a labelled group), keep focus where the next question is
// typed once they are gone, and pass axe.
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserSkipReason,
  chatFrameLocator,
  chatFrameOf,
  expectNoSeriousA11yViolations,
  startSystemAndBrowser,
  stopAll,
  type RunningSystem,
} from './harness';

const skip = browserSkipReason();

describe.skipIf(skip)('quick replies in the chat', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  let frame: FrameLocator;

  beforeAll(async () => {
    ({ system, browser } = await startSystemAndBrowser('widget-quick'));
    page = await (await browser.newContext()).newPage();
    frame = chatFrameLocator(page);
  });
  afterAll(() => stopAll(browser, system));

  // In-page code as a string: this package is typed for Node, not the DOM.
  const focusedInFrame = () =>
    chatFrameOf(page).evaluate(`(() => {
      const el = document.activeElement;
      if (!el) return '';
      return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '|' + (el.textContent || '').trim();
    })()`) as Promise<string>;

  it('offers suggested answers inside the chat log, in a labelled group', async () => {
    await page.goto(system.demoUrl);
    const launcher = page.getByRole('button', { name: /Ask us/ });
    await launcher.focus();
    await page.keyboard.press('Enter');
    await expect.poll(focusedInFrame, { timeout: 10_000 }).toMatch(/^textarea#question/);
    await page.keyboard.type('Can I still appeal? The date is 10 November.');
    await page.keyboard.press('Enter');
    const group = frame.getByRole('group', { name: 'Suggested answers' });
    await group.waitFor({ timeout: 30_000 });
    // In the log, so it is read out with the answer that asks the question.
    expect(
      await frame.locator('[role="log"] [role="group"][aria-label="Suggested answers"]').count(),
    ).toBe(1);
    await expect
      .poll(() => frame.locator('[role="log"]').innerText())
      .toMatch(
        /If 10 November is the date on the decision letter[\s\S]*If so, this is how it works out/,
      );
    await expectNoSeriousA11yViolations(page);
  });

  it('is chosen with the keyboard alone, and focus returns to the question box', async () => {
    // Shift+Tab from the question box reaches the suggestions above it.
    for (let i = 0; i < 25; i++) {
      if (/^button\|The date on the mediation certificate/.test(await focusedInFrame())) break;
      await page.keyboard.press('Shift+Tab');
    }
    expect(await focusedInFrame()).toMatch(/^button\|The date on the mediation certificate/);
    await page.keyboard.press('Enter');
    await expect.poll(focusedInFrame, { timeout: 10_000 }).toMatch(/^textarea#question/);
    // The family's choice is their message; the chat now asks for the letter's date.
    await expect
      .poll(() => frame.locator('[role="log"]').innerText(), { timeout: 30_000 })
      .toMatch(/What is the date on the decision letter\?/);
    // The old suggestions are gone with the question they answered.
    expect(
      await frame.getByRole('button', { name: 'The date on the mediation certificate' }).count(),
    ).toBe(0);
    await expectNoSeriousA11yViolations(page);
  });
});
