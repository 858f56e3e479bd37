// The partner-site chat, as a family meets it on the demo council page (a different origin from
// the service): launcher, question with citations, route flow, deadline calculator, callback
// request that becomes a case, a site that is not on the allowlist, the window command API and
// axe in every state. The keyboard-only run is in widget-keyboard.test.ts.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getCaseByReference, getConversation } from '@sen/db';
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

/** The queue snippet integrators paste before the loader (apps/widget/README.md). */
const QUEUE_SNIPPET = `window.SENMediationDesk = window.SENMediationDesk || { q: [] };
['open', 'close', 'ask', 'setContext'].forEach(function (m) {
  SENMediationDesk[m] = SENMediationDesk[m] || function () {
    SENMediationDesk.q.push([m, [].slice.call(arguments)]);
  };
});`;

describe.skipIf(skip)('the chat widget on a partner site', () => {
  let system: RunningSystem;
  let browser: Browser;

  beforeAll(async () => {
    ({ system, browser } = await startSystemAndBrowser('widget'));
  });
  afterAll(() => stopAll(browser, system));

  // A context per page: axe needs one to scan inside the chat's iframe, and it keeps each
  // test's session storage apart.
  const newPage = async () => (await browser.newContext()).newPage();
  const launcher = (page: Page) => page.getByRole('button', { name: /ask us/i });

  async function openChat(page: Page): Promise<FrameLocator> {
    await page.goto(system.demoUrl);
    await launcher(page).click();
    const frame = chatFrameLocator(page);
    await frame.getByRole('textbox', { name: 'Type your question' }).waitFor();
    return frame;
  }

  async function ask(frame: FrameLocator, question: string) {
    const box = frame.getByRole('textbox', { name: 'Type your question' });
    await box.fill(question);
    await box.press('Enter');
    await frame
      .getByRole('group', { name: 'Was this helpful?' })
      .last()
      .waitFor({ timeout: 30_000 });
  }

  it('draws only the launcher until opened: no requests to the service, no cookies or storage', async () => {
    const page = await newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(system.demoUrl);
    await launcher(page).waitFor();
    await launcher(page).hover();
    await page.waitForTimeout(300);
    expect(requests.filter((u) => u.startsWith(system.url))).toEqual([
      `${system.url}/widget/loader.js`,
    ]);
    expect(await page.locator('iframe').count()).toBe(0);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate('[localStorage.length, sessionStorage.length]')).toEqual([0, 0]);
    // The launcher meets the target sizes and takes nothing from the host's styles.
    const box = await launcher(page).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(44);
    expect(box!.width).toBeGreaterThanOrEqual(44);
    await expectNoSeriousA11yViolations(page);
    await page.context().close();
  });

  it('opens with focus in the question box, and answers with citations', async () => {
    const page = await newPage();
    const frame = await openChat(page);
    await expect
      .poll(() => chatFrameOf(page).evaluate('document.activeElement && document.activeElement.id'))
      .toBe('question');
    // The phone number is always in view.
    await expect(frame.getByRole('link', { name: /call/i }).first().isVisible()).resolves.toBe(
      true,
    );
    await expectNoSeriousA11yViolations(page);

    await ask(frame, 'Do I need a mediation certificate before I appeal?');
    const log = frame.getByRole('log');
    expect(await log.innerText()).toMatch(/certificate/i);
    const sources = frame.getByText(/Where this comes from/).last();
    await sources.click();
    const quote = frame.locator('blockquote').first();
    expect((await quote.innerText()).trim().length).toBeGreaterThan(10);
    await expect(frame.getByText(/Page checked on/).count()).resolves.toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);

    await frame.getByRole('button', { name: 'Yes, this helped' }).last().click();
    await frame.getByText('Thank you for telling us.').waitFor();
    await page.context().close();
  });

  it('walks the route flow to a route with its reasons', async () => {
    const page = await newPage();
    const frame = await openChat(page);
    await frame.getByRole('button', { name: 'Do I need mediation?' }).click();
    await frame.getByRole('heading', { name: 'Do I need mediation?' }).waitFor();

    // Continue without an answer: a clear error, nothing lost.
    await frame.getByRole('button', { name: 'Continue' }).click();
    await frame.getByText('Choose an answer').waitFor();
    await expectNoSeriousA11yViolations(page);

    const choose = async (label: RegExp) => {
      await frame.getByLabel(label).check();
      await frame.getByRole('button', { name: 'Continue' }).click();
    };
    await choose(/School age or younger/);
    await choose(/A council decision about an EHC needs assessment/);
    await choose(/What the EHC plan says/);
    await frame.getByLabel(/special educational support \(section F\)/).check();
    await frame.getByRole('button', { name: 'Continue' }).click();
    await frame.getByRole('heading', { name: 'Why' }).waitFor();
    await frame.getByRole('heading', { name: 'What you can do next' }).waitFor();
    await expect(frame.getByText(/certificate/i).count()).resolves.toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);

    // Previous question keeps working from the result's start-again.
    await frame.getByRole('button', { name: 'Start again' }).click();
    await frame.getByLabel(/School age or younger/).waitFor();
    await page.context().close();
  });

  it('works out the deadlines from a decision letter, explaining each date', async () => {
    const page = await newPage();
    const frame = await openChat(page);
    await frame.getByRole('button', { name: 'Work out my deadline' }).click();
    await frame.getByRole('heading', { name: 'Work out my deadline' }).waitFor();

    // A date that does not exist is caught before anything is sent.
    const decision = frame.getByRole('group', { name: 'Date on the decision letter' });
    await decision.getByLabel('Day').fill('31');
    await decision.getByLabel('Month').fill('2');
    await decision.getByLabel('Year').fill('2026');
    await frame.getByLabel('No', { exact: true }).first().check();
    await frame.getByRole('button', { name: 'Work out my dates' }).click();
    await frame.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor();
    await expect(
      frame.getByText('The date on the decision letter must be a real date').count(),
    ).resolves.toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);

    await decision.getByLabel('Day').fill('3');
    await decision.getByLabel('Month').fill('March');
    await frame.getByRole('button', { name: 'Work out my dates' }).click();
    await frame.getByRole('heading', { name: 'Your dates' }).waitFor();
    // Letter dated 3 March 2026: contact the adviser by 3 May (2 months, not moved although it is
    // a Sunday); appeal by Tuesday 5 May (3 May is a Sunday and 4 May the early May bank holiday).
    const text = await frame.locator('.results').innerText();
    expect(text).toMatch(/Sunday 3 May 2026/);
    expect(text).toMatch(/Tuesday 5 May 2026/);
    expect(text).toMatch(/5pm/);
    await frame.getByText('How we worked this out').last().click();
    await expect(frame.locator('.results ol li').count()).resolves.toBeGreaterThan(1);
    await expectNoSeriousA11yViolations(page);
    await page.context().close();
  });

  it('sends a callback request with consent and it arrives as a case', async () => {
    const page = await newPage();
    const frame = await openChat(page);
    await frame.getByRole('button', { name: 'Talk to someone' }).click();
    await frame.getByRole('heading', { name: 'Talk to someone' }).waitFor();

    await frame.getByRole('button', { name: 'Send request' }).click();
    const summary = frame.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    for (const problem of ['Enter your name', 'Choose how you would like us', 'Tick the box']) {
      await expect(summary.getByText(problem, { exact: false }).count()).resolves.toBe(1);
    }
    await expectNoSeriousA11yViolations(page);

    await frame.getByLabel('Your name').fill('Sam Example');
    await frame.getByLabel('Phone', { exact: true }).check();
    await frame.getByLabel('Phone number').fill('07700 900982');
    await frame.getByLabel('Best time to contact you (optional)').fill('Weekday mornings');
    await frame
      .getByLabel('What would you like to talk about?')
      .fill('The council refused an assessment and we want to know about mediation.');
    await frame.getByRole('checkbox', { name: /I agree/ }).check();
    await frame.getByRole('button', { name: 'Send request' }).click();
    const done = frame.getByText(/Your reference number is/);
    await done.waitFor();
    const reference = /reference number is (\S+?)\.?$/.exec((await done.innerText()).trim())?.[1];
    expect(reference).toBeTruthy();
    await expectNoSeriousA11yViolations(page);

    const created = await getCaseByReference(system.db, reference!);
    expect(created).toMatchObject({ reference, contactChannel: 'widget_callback' });
    await page.context().close();
  });

  it('answers thanks in kind, with nothing to rate', async () => {
    const page = await newPage();
    const frame = await openChat(page);
    await ask(frame, 'What is mediation?');
    const box = frame.getByRole('textbox', { name: 'Type your question' });
    await box.fill('thank you, that really helped');
    await box.press('Enter');
    await frame.getByText(/^You're welcome\./).waitFor();
    // Only the real answer can be rated.
    await expect(frame.getByRole('group', { name: 'Was this helpful?' }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it('answers "can someone call me back?" with the phone line and the callback form', async () => {
    const page = await newPage();
    const frame = await openChat(page);
    const box = frame.getByRole('textbox', { name: 'Type your question' });
    await box.fill('Can someone call me back please?');
    await box.press('Enter');
    await frame.getByText(/^You can talk to a person: call /).waitFor();
    await frame.getByRole('log').getByRole('button', { name: 'Talk to someone' }).click();
    await frame.getByRole('textbox', { name: /name/i }).first().waitFor();
    await page.context().close();
  });

  it('downloads the conversation as text, and clears it', async () => {
    const page = await newPage();
    const frame = await openChat(page);
    await ask(frame, 'What is mediation?');
    await frame.getByRole('button', { name: 'More options' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      frame.getByRole('button', { name: 'Download conversation' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^sen-mediation-chat-\d{4}-\d{2}-\d{2}\.txt$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toMatch(/^Conversation with /);
    expect(text).toMatch(/Call \d/);
    expect(text).toContain('What is mediation?');
    expect(text).toContain('This is information, not legal advice.');

    await frame.getByRole('button', { name: 'More options' }).click();
    await frame.getByRole('button', { name: 'Clear conversation' }).click();
    // A second, explicit step: nothing is lost by one stray tap.
    await frame.getByText('Clear this conversation?').waitFor();
    await expectNoSeriousA11yViolations(page);
    await frame.getByRole('button', { name: 'Clear conversation' }).click();
    await expect.poll(() => frame.getByRole('log').innerText()).toBe('');
    await page.context().close();
  });

  it('closes on Escape and gives focus back to the launcher, keeping the conversation', async () => {
    const page = await newPage();
    const frame = await openChat(page);
    await ask(frame, 'What is mediation?');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('iframe').isVisible()).toBe(false);
    const focused = () =>
      page.evaluate(
        `(() => { const host = document.activeElement;
          return host && host.shadowRoot && host.shadowRoot.activeElement
            ? host.shadowRoot.activeElement.getAttribute('aria-label') : host && host.tagName; })()`,
      );
    await expect.poll(focused).toMatch(/Ask us/);
    await launcher(page).click();
    await expect(frame.getByRole('log').innerText()).resolves.toMatch(/What is mediation\?/);
    await page.context().close();
  });

  it('runs commands queued before the loader arrived (window.SENMediationDesk)', async () => {
    const page = await newPage();
    // The embed snippet from apps/widget/README.md, then two calls before the loader has run.
    await page.addInitScript(`${QUEUE_SNIPPET}
      SENMediationDesk.setContext({ page: 'Mediation', localAuthority: 'Camden' });
      SENMediationDesk.ask('What is disagreement resolution?');`);
    await page.goto(system.demoUrl);
    const frame = chatFrameLocator(page);
    await frame.getByRole('group', { name: 'Was this helpful?' }).waitFor({ timeout: 30_000 });
    await expect(frame.getByRole('log').innerText()).resolves.toMatch(
      /What is disagreement resolution\?/,
    );
    expect(await page.evaluate('SENMediationDesk.isOpen')).toBe(true);
    // The page label reached the conversation staff will read.
    const chatFrame = page.frames().find((f) => f.url().includes('/widget/frame'))!;
    const conversationId = await chatFrame.evaluate<string>(
      `JSON.parse(sessionStorage.getItem('sen-mediation-desk:demo')).session.conversationId`,
    );
    expect((await getConversation(system.db, conversationId))?.hostPage).toBe('Mediation');
    await page.evaluate('SENMediationDesk.close()');
    await expect.poll(() => page.locator('iframe').isVisible()).toBe(false);
    await page.context().close();
  });

  it('explains failures in plain words, always with the phone number', async () => {
    const page = await newPage();
    const frame = await openChat(page);
    const phone = (await frame.getByRole('link', { name: /call/i }).first().innerText()).replace(
      /^Call /,
      '',
    );
    const messages = '**/api/widget/v1/conversations/*/messages';
    const lastReply = () => frame.locator('.message.failed').last().innerText();

    await page.route(messages, (route) =>
      route.fulfill({
        status: 429,
        headers: { 'Retry-After': '12', 'Content-Type': 'application/json' },
        body: JSON.stringify({ error: { code: 'rate_limited', message: 'Too many.' } }),
      }),
    );
    await frame.getByRole('textbox', { name: 'Type your question' }).fill('One');
    await frame.getByRole('textbox', { name: 'Type your question' }).press('Enter');
    await expect.poll(lastReply).toMatch(/wait 12 seconds/);
    expect(await lastReply()).toContain(phone);

    await page.unroute(messages);
    await page.route(messages, (route) => route.fulfill({ status: 503, body: 'down' }));
    await frame.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(lastReply).toMatch(/something went wrong on our side/);
    expect(await lastReply()).toContain(phone);
    await expectNoSeriousA11yViolations(page);

    await page.unroute(messages);
    await page.context().setOffline(true);
    await frame.getByRole('button', { name: 'Try again' }).click();
    await expect.poll(lastReply).toMatch(/offline/);
    expect(await lastReply()).toContain(phone);

    // Back online, the same question goes through.
    await page.context().setOffline(false);
    await frame.getByRole('button', { name: 'Try again' }).click();
    await frame
      .getByRole('group', { name: 'Was this helpful?' })
      .last()
      .waitFor({ timeout: 30_000 });
    await page.context().close();
  });

  it('offers to try again when the chat cannot start', async () => {
    const page = await newPage();
    let refuse = true;
    await page.route('**/api/widget/v1/conversations', (route) =>
      refuse
        ? route.fulfill({
            status: 503,
            contentType: 'application/json',
            body: JSON.stringify({
              error: {
                code: 'unavailable',
                message: 'We are busy. You can also call us on 020 7946 0000.',
              },
            }),
          })
        : route.fallback(),
    );
    await page.goto(system.demoUrl);
    await launcher(page).click();
    const frame = chatFrameLocator(page);
    await frame.getByText('You can also call us on 020 7946 0000.').waitFor();
    await expectNoSeriousA11yViolations(page);
    refuse = false;
    await frame.getByRole('button', { name: 'Try again' }).click();
    await frame.getByRole('textbox', { name: 'Type your question' }).waitFor();
    await page.context().close();
  });

  it('fills a phone screen, and keeps a light brand colour readable', async () => {
    const context = await browser.newContext({
      viewport: { width: 375, height: 667 },
      hasTouch: true,
    });
    const page = await context.newPage();
    // The demo page with a pale yellow brand colour that white text cannot sit on: the attribute
    // is added as the parser inserts the loader's tag, before the script has downloaded.
    await page.addInitScript(`new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes)
        if (n.tagName === 'SCRIPT' && n.dataset.site) n.dataset.colour = '#ffdd00';
    }).observe(document, { childList: true, subtree: true });`);
    const warnings: string[] = [];
    page.on('console', (m) => warnings.push(m.text()));
    await page.goto(system.demoUrl);
    // Which of the page's own top-level elements are inert; one the page made inert itself.
    // (Scripts as strings: this package's types have no DOM.)
    const inertOnPage = () =>
      page.evaluate<boolean[]>(`[...document.body.children]
        .filter((el) => el.tagName !== 'SEN-MEDIATION-DESK')
        .map((el) => el.inert)`);
    await page.evaluate(`{
      const aside = document.createElement('aside');
      aside.inert = true;
      document.body.prepend(aside);
    }`);
    const before = await inertOnPage();
    expect(before.filter(Boolean)).toHaveLength(1);
    await launcher(page).tap();
    const frame = chatFrameLocator(page);
    await frame.getByRole('textbox', { name: 'Type your question' }).waitFor();
    // Full screen is a modal dialog: the page behind it is out of reach of screen readers.
    expect((await inertOnPage()).every(Boolean)).toBe(true);
    const box = await page.locator('iframe').boundingBox();
    expect(box).toMatchObject({ x: 0, y: 0, width: 375 });
    expect(box!.height).toBeGreaterThan(600);
    // Inputs are 16px, so phones do not zoom in on focus.
    const size = await frame
      .getByRole('textbox', { name: 'Type your question' })
      .evaluate(
        (el) =>
          (
            globalThis as unknown as { getComputedStyle(e: unknown): { fontSize: string } }
          ).getComputedStyle(el).fontSize,
      );
    expect(size).toBe('16px');
    // The colour was darkened until white text on it reaches 4.5:1, and the integrator told.
    expect(warnings.join('\n')).toMatch(/data-colour adjusted/);
    await expectNoSeriousA11yViolations(page);
    // The frame's own close button is in reach with the launcher hidden behind the panel.
    await frame.getByRole('button', { name: 'Close chat' }).tap();
    await expect.poll(() => page.locator('iframe').isVisible()).toBe(false);
    // Closed: the page is back as it was, its own inert element still inert.
    expect(await inertOnPage()).toEqual(before);
    await context.close();
  });

  it('needs no inline styles or eval: every view runs under a strict CSP', async () => {
    const page = await newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.route('**/widget/frame?**', async (route) => {
      const res = await route.fetch();
      const csp = res.headers()['content-security-policy'] ?? '';
      expect(csp).toMatch(/frame-ancestors /);
      expect(csp).not.toMatch(/unsafe-eval/);
      const strict = csp.replace(/style-src [^;]*/, "style-src 'self'");
      await route.fulfill({
        response: res,
        headers: { ...res.headers(), 'content-security-policy': strict },
      });
    });
    const frame = await openChat(page);
    await ask(frame, 'What is mediation?');
    await frame
      .getByText(/Where this comes from/)
      .last()
      .click();
    for (const [start, end] of [
      ['Do I need mediation?', 'Continue'],
      ['Work out my deadline', 'Work out my dates'],
      ['Talk to someone', 'Send request'],
    ] as const) {
      await frame.getByRole('button', { name: start }).click();
      await frame.getByRole('button', { name: end }).click();
      await frame.getByRole('button', { name: 'Back to chat' }).click();
    }
    await frame.getByRole('button', { name: 'More options' }).click();
    await frame.getByRole('button', { name: 'Download conversation' }).waitFor();
    expect(violations).toEqual([]);
    await page.context().close();
  });

  describe('on a site that is not on the allowlist', () => {
    let other: Server;
    let otherUrl: string;

    beforeAll(async () => {
      other = createServer((_req, res) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(`<!doctype html><html lang="en"><head><title>Another site</title></head><body>
<main><h1>Not a partner</h1></main>
<script src="${system.url}/widget/loader.js" data-site="demo" async></script></body></html>`);
      });
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => other.close(() => resolve())));

    it('gets no chat: the frame says so, and the API refuses to start one', async () => {
      const page = await newPage();
      const starts: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes('/api/widget/v1/conversations')) starts.push(r.url());
      });
      await page.goto(otherUrl);
      await launcher(page).click();
      const frame = chatFrameLocator(page);
      await frame
        .getByText(/not available/i)
        .first()
        .waitFor();
      await page.waitForTimeout(500);
      await expect(frame.getByRole('textbox').count()).resolves.toBe(0);
      expect(starts).toEqual([]);
      await expectNoSeriousA11yViolations(page);

      const res = await fetch(`${system.url}/api/widget/v1/conversations`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: otherUrl },
        body: JSON.stringify({ siteKey: 'demo', hostOrigin: otherUrl }),
      });
      expect(res.status).toBe(403);
      await page.context().close();
    });
  });
});
