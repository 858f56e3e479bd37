// The chat in the languages of London's families: opened in each (the browser's language picks
// it), at 320 px wide with nothing cut off, right to left in Arabic and Urdu, axe clean in every
// view; chosen from the header's menu; a callback request completed in Polish and in Urdu; the
// rules' explanations in the chosen language.
import { getCaseByReference } from '@sen/db';
import { CATALOGUES, type Catalogue } from '@sen/widget/catalogues';
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

/** A browser locale per language, as a family's phone would report it. */
const LOCALES: Record<string, string> = {
  en: 'en-GB',
  pl: 'pl-PL',
  bn: 'bn-BD',
  ur: 'ur-PK',
  ar: 'ar-EG',
  so: 'so-SO',
  tr: 'tr-TR',
  ro: 'ro-RO',
  pt: 'pt-PT',
  es: 'es-ES',
};

const fillIn = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (w, k: string) => values[k] ?? w);

// Elements whose box leaves the frame's width, or whose text is clipped by its own box: what a
// family at 320 px would not be able to read. A string: this package has no DOM types.
const CUT_OFF = `(() => {
  const width = document.documentElement.clientWidth;
  const out = [];
  if (document.documentElement.scrollWidth > width + 1) out.push('page scrolls sideways');
  for (const el of document.body.querySelectorAll('*')) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    if (el.closest('.visually-hidden')) continue;
    const name = el.tagName + (el.id ? '#' + el.id : '') + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
    if (r.left < -1 || r.right > width + 1) out.push(name + ' leaves the frame');
    // Text wider than its own box (overflowing it, or scrolled out of sight inside it).
    const field = /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName);
    if (!field && el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) out.push(name + ' overflows its box');
  }
  return out;
})()`;

describe.skipIf(skip)('the chat in the languages of London families', () => {
  let system: RunningSystem;
  let browser: Browser;

  beforeAll(async () => {
    ({ system, browser } = await startSystemAndBrowser('widget-languages'));
  });
  afterAll(() => stopAll(browser, system));

  async function newPage(locale: string, viewport = { width: 320, height: 640 }): Promise<Page> {
    return (await browser.newContext({ locale, viewport })).newPage();
  }

  /** Opens the chat and waits until it shows in `c`'s language. */
  async function openIn(page: Page, c: Catalogue): Promise<FrameLocator> {
    await page.goto(system.demoUrl);
    // The launcher lives on the host page: its words are the loader's (English only, 3 KB), and
    // say so on a page in another language, for a screen reader's voice.
    const launcher = page.getByRole('button', { name: /ask us/i });
    await launcher.waitFor();
    const launcherIsEnglish = await page.evaluate<boolean>(`(() => {
      document.documentElement.lang = ${JSON.stringify(c.language)};
      return document.querySelector('sen-mediation-desk').shadowRoot.querySelector('button').matches(':lang(en)');
    })()`);
    expect(launcherIsEnglish).toBe(true);
    await launcher.click();
    const frame = chatFrameLocator(page);
    await frame.getByRole('textbox', { name: c.messages.inputLabel! }).waitFor();
    return frame;
  }

  async function nothingCutOff(page: Page, where: string) {
    expect(await chatFrameOf(page).evaluate<string[]>(CUT_OFF), where).toEqual([]);
  }

  for (const c of Object.values(CATALOGUES)) {
    it(`opens in ${c.name} (${c.language}) from the browser's language: ${c.dir}, readable at 320 px, axe clean`, async () => {
      const page = await newPage(LOCALES[c.language]!);
      const frame = await openIn(page, c);
      const html = await chatFrameOf(page).evaluate<[string, string]>(
        '[document.documentElement.lang, document.documentElement.dir]',
      );
      expect(html).toEqual([c.language, c.dir]);
      const m = c.messages;
      await frame.getByRole('button', { name: m.starterTalk! }).first().waitFor();
      if (c.language !== 'en') {
        // The offer of an interpreter, with the service's number.
        await frame.getByText(m.interpreter!.slice(0, 20)).first().waitFor();
      }
      await nothingCutOff(page, 'chat');
      await expectNoSeriousA11yViolations(page);

      // The language menu, open.
      await frame.getByRole('button', { name: m.language! }).click();
      const current = frame.locator('#languages [aria-current="true"]');
      await expect(current.innerText()).resolves.toBe(c.name);
      await nothingCutOff(page, 'language menu');
      await expectNoSeriousA11yViolations(page);
      await page.keyboard.press('Escape');

      // The callback form and its error summary.
      await frame.getByRole('button', { name: m.starterTalk! }).first().click();
      await frame.getByRole('heading', { name: m.callbackTitle! }).waitFor();
      await frame.getByRole('button', { name: m.send_request! }).click();
      await frame.getByRole('alert').filter({ hasText: m.errorSummary! }).waitFor();
      await nothingCutOff(page, 'callback form');
      await expectNoSeriousA11yViolations(page);
      await frame.getByRole('button', { name: m.back! }).click();

      // The route flow's first question, from the rules in this language.
      await frame.getByRole('button', { name: m.starterMediation! }).first().click();
      await frame.getByText(m['route.age']!).waitFor();
      await frame.getByText(m['route.age.young_person']!).waitFor();
      await nothingCutOff(page, 'route flow');
      await expectNoSeriousA11yViolations(page);
      await page.context().close();
    });
  }

  for (const code of ['pl', 'ur'] as const) {
    it(`completes a callback request in ${CATALOGUES[code]!.name}, with its messages`, async () => {
      const c = CATALOGUES[code]!;
      const m = c.messages;
      const page = await newPage(LOCALES[code]!);
      const frame = await openIn(page, c);
      await frame.getByRole('button', { name: m.starterTalk! }).first().click();
      await frame.getByRole('heading', { name: m.callbackTitle! }).waitFor();

      await frame.getByRole('button', { name: m.send_request! }).click();
      const summary = frame.getByRole('alert').filter({ hasText: m.errorSummary! });
      await summary.waitFor();
      for (const problem of [m.nameMissing!, m.contactMissing!, m.consentMissing!]) {
        await expect(summary.getByText(problem).count()).resolves.toBe(1);
      }
      await frame
        .getByLabel(m.name!, { exact: true })
        .fill(code === 'pl' ? 'Łucja Nowak' : 'عائشہ خان');
      await frame.getByLabel(m.byPhone!, { exact: true }).check();
      await frame.getByLabel(m.phone!, { exact: true }).fill('077009');
      await frame
        .getByLabel(m.description!, { exact: true })
        .fill(
          code === 'pl' ? 'Rada odmówiła oceny potrzeb.' : 'کونسل نے جائزہ لینے سے انکار کر دیا۔',
        );
      await frame.getByRole('checkbox').check();
      await frame.getByRole('button', { name: m.send_request! }).click();
      // A phone number too short: the message is in the chosen language.
      await frame.getByRole('alert').filter({ hasText: m.phoneInvalid! }).waitFor();
      await nothingCutOff(page, 'callback form with errors');
      await expectNoSeriousA11yViolations(page);

      await frame.getByLabel(m.phone!, { exact: true }).fill('07700 900982');
      await frame.getByRole('button', { name: m.send_request! }).click();
      await frame.getByRole('heading', { name: m.callbackDone! }).waitFor();
      const pattern = new RegExp(
        fillIn(m.callbackReference!.replace(/[.*+?^$()|[\]\\]/g, '\\$&'), { reference: '(\\S+?)' }),
      );
      const text = await frame.getByText(pattern).innerText();
      const reference = pattern.exec(text.trim())?.[1];
      expect(reference).toBeTruthy();
      await nothingCutOff(page, 'callback sent');
      await expectNoSeriousA11yViolations(page);
      const created = await getCaseByReference(system.db, reference!);
      expect(created).toMatchObject({ reference, contactChannel: 'widget_callback' });
      await page.context().close();
    });
  }

  it('switches language from the header menu, and sends it with each question', async () => {
    const en = CATALOGUES.en!.messages;
    const pl = CATALOGUES.pl!.messages;
    const page = await newPage('en-GB', { width: 1280, height: 800 });
    const bodies: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/messages')) bodies.push(r.postData() ?? '');
    });
    const frame = await openIn(page, CATALOGUES.en!);
    await frame.getByRole('button', { name: en.language! }).click();
    await frame.getByRole('button', { name: 'Polski' }).click();
    await frame.getByRole('textbox', { name: pl.inputLabel! }).waitFor();
    // Focus goes back to the menu's button, now named in Polish.
    await expect
      .poll(() =>
        chatFrameOf(page).evaluate('document.activeElement && document.activeElement.textContent'),
      )
      .toBe(pl.language);
    const box = frame.getByRole('textbox', { name: pl.inputLabel! });
    await box.fill('Czy potrzebuję mediacji?');
    await box.press('Enter');
    await expect.poll(() => bodies.length).toBe(1);
    expect(JSON.parse(bodies[0]!)).toMatchObject({ language: 'pl' });
    await page.context().close();
  });

  it("explains the appeal date in Urdu, from the rules' templates, with Urdu dates", async () => {
    const m = CATALOGUES.ur!.messages;
    const page = await newPage('ur-PK');
    const frame = await openIn(page, CATALOGUES.ur!);
    await frame.getByRole('button', { name: m.starterDeadline! }).first().click();
    const decision = frame.getByRole('group', { name: new RegExp(m.decisionDate!) });
    await decision.getByLabel(m.day!).fill('3');
    await decision.getByLabel(m.month!).fill('3');
    await decision.getByLabel(m.year!).fill('2026');
    await frame.getByLabel(m.no!, { exact: true }).first().check();
    await frame.getByRole('button', { name: m.calculate! }).click();
    await frame.getByRole('heading', { name: m.deadlineLabelAppeal! }).waitFor();
    await frame.getByText(m.howWorkedOut!).last().click();
    const steps = await frame.locator('.result').last().locator('li').allInnerTexts();
    expect(steps.length).toBeGreaterThan(1);
    // Urdu sentences with the date written the Urdu way, not English ones.
    expect(steps[0]).toContain('فیصلے کے خط کی تاریخ');
    expect(steps.join(' ')).not.toMatch(/decision letter|Tribunal/);
    expect(steps[0]).toContain(
      new Intl.DateTimeFormat('ur', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      }).format(new Date(Date.UTC(2026, 2, 3))),
    );
    await nothingCutOff(page, 'deadline results');
    await expectNoSeriousA11yViolations(page);
    await page.context().close();
  });
});
