// The whole widget by keyboard alone, as someone who cannot use a mouse meets it on the demo
// council page: reach the launcher, ask, read the sources, walk the route flow, work out the
// deadlines, ask for a callback, close with Escape. No clicks anywhere in this file.
import { getCaseByReference } from '@sen/db';
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

/** In-page: a short description of the focused element ("button|Continue", "input#cb-name|…"). */
const DESCRIBE = `(el) => {
  if (!el) return '';
  const label = el.getAttribute('aria-label')
    || (el.labels && el.labels[0] ? el.labels[0].textContent : '')
    || el.textContent || '';
  return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.type ? '[' + el.type + ']' : '')
    + '|' + label.replace(/\\s+/g, ' ').trim();
}`;

describe.skipIf(skip)('the chat widget by keyboard only', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  let frame: FrameLocator;

  beforeAll(async () => {
    ({ system, browser } = await startSystemAndBrowser('widget-kbd'));
    page = await (await browser.newContext()).newPage();
    frame = chatFrameLocator(page);
  });
  afterAll(() => stopAll(browser, system));

  /** What has focus, looking through the launcher's shadow root and into the chat frame. */
  async function focused(): Promise<string> {
    const outer = (await page.evaluate(`(() => {
      const a = document.activeElement;
      const inner = a && a.shadowRoot ? a.shadowRoot.activeElement : null;
      if (inner && inner.tagName === 'IFRAME') return 'FRAME';
      return (${DESCRIBE})(inner || a);
    })()`)) as string;
    if (outer !== 'FRAME') return outer;
    return (await chatFrameOf(page).evaluate(`(${DESCRIBE})(document.activeElement)`)) as string;
  }

  /** Presses Tab (or Shift+Tab) until the focused element matches. */
  async function tabTo(pattern: RegExp, back = false): Promise<void> {
    const seen: string[] = [];
    for (let i = 0; i < 60; i++) {
      const now = await focused();
      if (pattern.test(now)) return;
      seen.push(now);
      await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Focus never reached ${pattern}; it went through:\n${seen.join('\n')}`);
  }

  const expectFocus = (pattern: RegExp) =>
    expect.poll(focused, { timeout: 10_000 }).toMatch(pattern);

  it('opens from the launcher with focus in the question box, and asks', async () => {
    await page.goto(system.demoUrl);
    await tabTo(/^button[^|]*\|Ask us/);
    await page.keyboard.press('Enter');
    await expectFocus(/^textarea#question/);
    await page.keyboard.type('Do I need a mediation certificate before I appeal?');
    await page.keyboard.press('Enter');
    await frame.getByRole('group', { name: 'Was this helpful?' }).waitFor({ timeout: 30_000 });
    // Focus stays in the question box for the next question.
    await expectFocus(/^textarea#question/);
  });

  it('opens the sources and rates the answer', async () => {
    await tabTo(/Where this comes from/, true);
    await page.keyboard.press('Enter');
    await frame.locator('blockquote').first().waitFor();
    await tabTo(/Yes, this helped/);
    await page.keyboard.press('Space');
    await frame.getByText('Thank you for telling us.').waitFor();
  });

  it('walks the route flow', async () => {
    await tabTo(/^button[^|]*\|Do I need mediation\?/, true);
    await page.keyboard.press('Enter');
    // Focus lands on the first question itself, so it is read out straight away.
    await expectFocus(/^legend#route-step\|How old/);

    await tabTo(/\[radio\]\|School age or younger/);
    await page.keyboard.press('Space');
    await tabTo(/^button[^|]*\|Continue/);
    await page.keyboard.press('Enter');

    await expectFocus(/^legend#route-step\|What is the disagreement about/);
    await tabTo(/\[radio\]\|A council decision/);
    await page.keyboard.press('Space');
    await tabTo(/^button[^|]*\|Continue/);
    await page.keyboard.press('Enter');

    await expectFocus(/^legend#route-step\|Which decision/);
    await page.keyboard.press('Tab');
    // Arrow keys move through a radio group and choose as they go.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expectFocus(/\[radio\]\|What the EHC plan says/);
    await tabTo(/^button[^|]*\|Continue/);
    await page.keyboard.press('Enter');

    await expectFocus(/^legend#route-step\|Which parts of the plan/);
    await tabTo(/\[checkbox\]\|The special educational support/);
    await page.keyboard.press('Space');
    await tabTo(/^button[^|]*\|Continue/);
    await page.keyboard.press('Enter');
    await expectFocus(/^h3#route-step/);
    await frame.getByRole('heading', { name: 'Why' }).waitFor();
  });

  it('works out the deadlines with the date boxes', async () => {
    await tabTo(/^button[^|]*\|Work out my deadline/);
    await page.keyboard.press('Enter');
    await expectFocus(/^h2#flow-title\|Work out my deadline/);
    await tabTo(/^input#decision-day/);
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2026');
    await tabTo(/\[radio\]\|Yes/);
    await page.keyboard.press('ArrowDown');
    await expectFocus(/\[radio\]\|No/);
    await tabTo(/^button[^|]*\|Work out my dates/);
    await page.keyboard.press('Enter');
    await expectFocus(/^h3#deadline-results\|Your dates/);
    const text = await frame.locator('.results').innerText();
    expect(text).toMatch(/Tuesday 5 May 2026/);
    await tabTo(/^summary\|How we worked this out/);
    await page.keyboard.press('Enter');
    await expect(frame.locator('.results ol li').first().isVisible()).resolves.toBe(true);
  });

  it('asks for a callback, fixing a mistake on the way', async () => {
    await tabTo(/^button[^|]*\|Talk to someone/);
    await page.keyboard.press('Enter');
    await expectFocus(/^h2#flow-title\|Talk to someone/);

    await tabTo(/^input#cb-name/);
    await page.keyboard.type('Robin Example');
    await tabTo(/^input#cb-by-phone/);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expectFocus(/^input#cb-phone/);
    await page.keyboard.type('call me');
    await tabTo(/^textarea#cb-description/);
    await page.keyboard.type('We disagree with the school named in the plan.');
    await tabTo(/^input#cb-consent/);
    await page.keyboard.press('Space');
    await tabTo(/^button[^|]*\|Send request/);
    await page.keyboard.press('Enter');

    // The error summary takes focus; its link takes us to the field.
    await expect.poll(focused).toMatch(/^div\|There is a problem/);
    await page.keyboard.press('Tab');
    await expectFocus(/^a\|Enter a phone number/);
    await page.keyboard.press('Enter');
    await expectFocus(/^input#cb-phone/);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('07700 900983');
    await tabTo(/^button[^|]*\|Send request/);
    await page.keyboard.press('Enter');

    await expectFocus(/^h3#cb-done\|Request sent/);
    const done = await frame.getByText(/Your reference number is/).innerText();
    const reference = /reference number is (\S+?)\.?$/.exec(done.trim())?.[1];
    expect(await getCaseByReference(system.db, reference!)).toBeTruthy();
    await expectNoSeriousA11yViolations(page);
  });

  it('closes with Escape, back on the launcher, and reopens with Enter where it was', async () => {
    await page.keyboard.press('Escape');
    await expectFocus(/^button[^|]*\|Ask us/);
    await expect.poll(() => page.locator('iframe').isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await expectFocus(/^h2#flow-title\|Talk to someone/);
  });
});
