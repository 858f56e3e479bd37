// The chat widget around focus, where axe on a still page sees nothing: each control focused in
// turn (axe, and its text contrast measured here), where focus goes and what is announced when a
// send fails or is retried, the crisis answer, the menu, 320 px and 200 % zoom (640x400 and
// 1280x600), and forced colours.
import type { Browser, FrameLocator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserSkipReason,
  chatFrameLocator,
  chatFrameOf,
  expectNoSeriousA11yViolations,
  focused,
  liveText,
  startSystemAndBrowser,
  stopAll,
  walkFocus,
  type RunningSystem,
} from './harness';

const skip = browserSkipReason();
const QUESTION = 'Type your question';
const MESSAGES = '**/api/widget/v1/conversations/*/messages';
const CALLBACKS = '**/api/widget/v1/callbacks';
const RATE_LIMITED = {
  status: 429,
  headers: { 'Retry-After': '12', 'Content-Type': 'application/json' },
  body: JSON.stringify({ error: { code: 'rate_limited', message: 'Too many.' } }),
};

describe.skipIf(skip)('widget: focus, announcements, zoom and forced colours', () => {
  let system: RunningSystem;
  let browser: Browser;

  beforeAll(async () => {
    ({ system, browser } = await startSystemAndBrowser('widget-focus'));
  });
  afterAll(() => stopAll(browser, system));

  async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
    // A context per page (closed with the browser): axe scans inside the chat's iframe.
    return (await browser.newContext({ viewport })).newPage();
  }

  /** Opens the chat from the keyboard and waits for focus in the question box. */
  async function openChat(page: Page): Promise<FrameLocator> {
    await page.goto(system.demoUrl);
    const launcher = page.getByRole('button', { name: /ask us/i });
    await launcher.focus();
    await page.keyboard.press('Enter');
    const frame = chatFrameLocator(page);
    await frame.getByRole('textbox', { name: QUESTION }).waitFor();
    await expect.poll(async () => (await focused(chatFrameOf(page)))?.id).toBe('question');
    return frame;
  }

  async function ask(page: Page, question: string) {
    const frame = chatFrameLocator(page);
    await frame.getByRole('textbox', { name: QUESTION }).fill(question);
    await frame.getByRole('textbox', { name: QUESTION }).press('Enter');
  }

  it('every control in the chat, focused in turn, stays readable and passes axe', async () => {
    const page = await newPage();
    await openChat(page);
    // Backwards from the question box through the welcome and the header, then forwards to Send.
    const back = await walkFocus(page, chatFrameOf(page), 'body', { backwards: true });
    expect(back).toEqual(expect.arrayContaining(['Talk to someone', 'More options']));
    await chatFrameLocator(page).getByRole('textbox', { name: QUESTION }).focus();
    await page.keyboard.press('Tab');
    expect((await focused(chatFrameOf(page)))?.name).toBe('Send');
    await walkFocus(page, chatFrameOf(page), 'form', { max: 1 });
    // The frame adds no second "banner" landmark to the partner's page.
    await expect(chatFrameLocator(page).getByRole('banner').count()).resolves.toBe(0);
  });

  it('the open menu is scanned with each of its items focused', async () => {
    const page = await newPage();
    const frame = await openChat(page);
    const more = frame.getByRole('button', { name: 'More options' });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect(more.getAttribute('aria-expanded')).resolves.toBe('true');
    const stops = await walkFocus(page, chatFrameOf(page), '#menu');
    expect(stops.length).toBe(2);
  });

  it('a failed send keeps focus in the question box and says why in the status line', async () => {
    const page = await newPage();
    const frame = await openChat(page);
    await page.route(MESSAGES, (route) => route.fulfill(RATE_LIMITED));
    await ask(page, 'What is mediation?');
    await frame.getByRole('button', { name: 'Try again' }).waitFor();
    expect((await focused(chatFrameOf(page)))?.id).toBe('question');
    // The status line says it, not only the log (whose failed bubble is a change, not an addition).
    await expect.poll(() => frame.locator('p[role=status]').innerText()).toMatch(/wait 12 seconds/);
    await expectNoSeriousA11yViolations(page);
    await page.unroute(MESSAGES);
  });

  it('Try again removes its own button: focus goes to the question box, not the body', async () => {
    const page = await newPage();
    const frame = await openChat(page);
    // One handler whose answer changes, so no request can slip between an unroute and a route.
    let failWith: Parameters<Route['fulfill']>[0] = RATE_LIMITED;
    await page.route(MESSAGES, (route) => route.fulfill(failWith));
    await ask(page, 'What is mediation?');
    await frame.getByRole('button', { name: 'Try again' }).focus();
    failWith = { status: 503, body: 'down' };
    await page.keyboard.press('Enter');
    await expect
      .poll(() => liveText(chatFrameOf(page)))
      .toMatch(/something went wrong on our side/);
    expect((await focused(chatFrameOf(page)))?.id).toBe('question');
    await page.unroute(MESSAGES);
  });

  it('a failed callback request keeps focus on Send and announces the failure', async () => {
    const page = await newPage();
    const frame = await openChat(page);
    await frame.getByRole('button', { name: 'Talk to someone' }).click();
    await frame.locator('#cb-name').fill('Robin Example');
    await frame.locator('#cb-by-phone').check();
    await frame.locator('#cb-phone').fill('07700 900983');
    await frame.locator('#cb-description').fill('We disagree with the school named in the plan.');
    await frame.locator('#cb-consent').check();
    const send = frame.getByRole('button', { name: 'Send request' });

    await page.route(CALLBACKS, (route) => route.fulfill(RATE_LIMITED));
    await send.focus();
    await page.keyboard.press('Enter');
    await frame
      .getByRole('alert')
      .filter({ hasText: /wait 12 seconds/ })
      .waitFor();
    expect((await focused(chatFrameOf(page)))?.name).toBe('Send request');
    expect(await liveText(chatFrameOf(page))).toMatch(/wait 12 seconds/);
    await expectNoSeriousA11yViolations(page);
    await page.unroute(CALLBACKS);

    await page.context().setOffline(true);
    await page.keyboard.press('Enter');
    await frame
      .getByRole('alert')
      .filter({ hasText: /offline/ })
      .waitFor();
    expect((await focused(chatFrameOf(page)))?.name).toBe('Send request');
    await page.context().setOffline(false);
  });

  it('a crisis answer offers the emergency number as a link and asks for no rating', async () => {
    const page = await newPage({ width: 320, height: 640 });
    const frame = await openChat(page);
    await ask(page, 'We are in immediate danger at home');
    const reply = frame.locator('.message.assistant').last();
    await reply.getByRole('link', { name: '999' }).waitFor({ timeout: 30_000 });
    await expect(reply.getByRole('link', { name: '999' }).getAttribute('href')).resolves.toBe(
      'tel:999',
    );
    await expect(reply.getByRole('group', { name: 'Was this helpful?' }).count()).resolves.toBe(0);
    expect(await liveText(chatFrameOf(page))).toMatch(/Answer ready/);
    await expectNoSeriousA11yViolations(page);
  });

  for (const viewport of [
    { width: 320, height: 640 },
    { width: 640, height: 400 },
    { width: 1280, height: 600 },
  ]) {
    it(`at ${viewport.width}x${viewport.height} the open chat fills the screen as a modal dialog`, async () => {
      const page = await newPage(viewport);
      await openChat(page);
      const box = await page.locator('iframe').boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(viewport.width - 1);
      expect(box!.height).toBeGreaterThanOrEqual(viewport.height - 1);
      // Room to read: the scrolling chat area is at least a third of the screen.
      const view = await chatFrameOf(page).evaluate<number>(
        `document.querySelector('.view').getBoundingClientRect().height`,
      );
      expect(view).toBeGreaterThanOrEqual(viewport.height / 3);
      const panel = await page.evaluate<{
        role: string | null;
        modal: string | null;
        label: string | null;
      }>(`(() => {
        const p = document.querySelector('sen-mediation-desk').shadowRoot.querySelector('.p');
        return { role: p.getAttribute('role'), modal: p.getAttribute('aria-modal'),
          label: p.getAttribute('aria-label') };
      })()`);
      expect(panel).toEqual({ role: 'dialog', modal: 'true', label: expect.any(String) });
      expect(
        await chatFrameOf(page).evaluate<number>(
          'document.documentElement.scrollWidth - document.documentElement.clientWidth',
        ),
      ).toBe(0);
      await expectNoSeriousA11yViolations(page);
      await walkFocus(page, chatFrameOf(page), 'body', { backwards: true, axe: false });
    });
  }

  it('in forced colours the launcher and the panel keep their edges', async () => {
    const page = await newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(system.demoUrl);
    const edges = () =>
      page.evaluate<number[]>(`(() => {
        const root = document.querySelector('sen-mediation-desk').shadowRoot;
        return [root.querySelector('.l'), root.querySelector('.p')].map((el) =>
          parseFloat(getComputedStyle(el).borderTopWidth));
      })()`);
    expect((await edges())[0]).toBeGreaterThanOrEqual(1);
    await expectNoSeriousA11yViolations(page);
    await openChat(page);
    expect((await edges())[1]).toBeGreaterThanOrEqual(1);
    await expectNoSeriousA11yViolations(page);
    await walkFocus(page, chatFrameOf(page), 'body', { backwards: true, axe: false });
  });

  it('in forced colours a pressed rating does not look like an unpressed one', async () => {
    const page = await newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    const frame = await openChat(page);
    await ask(page, 'What is mediation?');
    const up = frame.getByRole('button', { name: 'Yes, this helped' }).last();
    await up.waitFor({ timeout: 30_000 });
    await up.click();
    await frame.getByText('Thank you for telling us.').waitFor();
    const look = (name: string) =>
      frame
        .getByRole('button', { name })
        .last()
        .evaluate((el) => {
          const s = (
            globalThis as unknown as {
              getComputedStyle(e: unknown): { backgroundColor: string; color: string };
            }
          ).getComputedStyle(el);
          return `${s.backgroundColor} ${s.color}`;
        });
    // The theme's colours replace ours: the state must survive that.
    expect(await look('Yes, this helped')).not.toBe(await look('No, this did not help'));
    await expectNoSeriousA11yViolations(page);
  });
});
