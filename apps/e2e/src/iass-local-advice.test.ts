// Issue 16 in Chromium against the whole running system: staff set Camden's IASS in the
// console; a family on a Camden partner page asks the chat for local advice and gets Camden's
// IASS; a Camden case page shows it too. And the navigation's count of new callback requests
// goes up without a reload when a family asks for a call back.
import { createCallbackRequest, createCase, findLocalAuthorityByName } from '@sen/db';
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
const ADMIN_PASSWORD = 'Amber-kestrel-lantern-8830';
const CAMDEN_EDIT = /^Camden\W+edit$/;
const IASS = {
  name: 'Camden SEND Advice Line (e2e)',
  phone: '020 7946 0777',
  url: 'https://camden-advice-e2e.example.org',
};

describe.skipIf(skip)('IASS per council, everywhere', () => {
  let system: RunningSystem;
  let browser: Browser;
  let staff: Page;

  beforeAll(async () => {
    ({
      system,
      browser,
      page: staff,
    } = await startSignedInConsole({ name: 'iass', newPassword: ADMIN_PASSWORD }));
  });
  afterAll(() => stopAll(browser, system));

  it('staff set Camden’s IASS in the console', async () => {
    await staff.goto(`${system.url}/console/local-authorities`);
    await heading(staff, 'Local authorities');
    await staff.getByRole('link', { name: CAMDEN_EDIT }).click();
    await heading(staff, 'Camden');
    await staff.getByLabel('IASS name').fill(IASS.name);
    await staff.getByLabel('IASS phone').fill(IASS.phone);
    await staff.getByLabel('IASS website').fill(IASS.url);
    await staff.getByRole('button', { name: 'Save' }).click();
    await staff.getByText('Camden: saved.').waitFor();
  });

  it('answers a Camden family’s “who can advise me near here?” with Camden’s IASS', async () => {
    const family = await (await browser.newContext()).newPage();
    await family.goto(system.demoUrl);
    // What a Camden Local Offer page does: tell the chat which council it belongs to. (Run in
    // the page through the public command API, as the page's own script would.)
    await family.evaluate(`(() => {
      const desk = (window.SENMediationDesk = window.SENMediationDesk || { q: [] });
      if (typeof desk.setContext === 'function') desk.setContext({ localAuthority: 'Camden' });
      else desk.q.push(['setContext', [{ localAuthority: 'Camden' }]]);
    })()`);
    await family.getByRole('button', { name: /Ask us/ }).click();
    const frame: FrameLocator = chatFrameLocator(family);
    const box = frame.getByRole('textbox', { name: /question/i });
    await box.waitFor({ timeout: 15_000 });
    await box.fill('Is there independent advice near me? Who can advise me?');
    await box.press('Enter');
    const log = frame.locator('[role="log"]');
    await expect
      .poll(() => log.innerText(), { timeout: 30_000 })
      .toMatch(new RegExp(`${IASS.name.replace(/[()]/g, '\\$&')}[\\s\\S]*${IASS.phone}`));
    expect(await log.innerText()).toContain(IASS.url);
    // The number is a link a family on a phone can tap.
    await frame
      .locator(`a[href="tel:${IASS.phone.replace(/\s/g, '')}"]`)
      .first()
      .waitFor();
    await expectNoSeriousA11yViolations(family);
    await family.context().close();
  });

  it('asks which council when the page does not say, and answers from the choice', async () => {
    const family = await (await browser.newContext()).newPage();
    await family.goto(system.demoUrl);
    await family.getByRole('button', { name: /Ask us/ }).click();
    const frame = chatFrameLocator(family);
    const box = frame.getByRole('textbox', { name: /question/i });
    await box.waitFor({ timeout: 15_000 });
    await box.fill("What's the number for my local IASS?");
    await box.press('Enter');
    const choices = frame.getByRole('group', { name: 'Suggested answers' });
    await choices.waitFor({ timeout: 30_000 });
    await choices.getByRole('button', { name: 'Camden' }).click();
    await expect
      .poll(() => frame.locator('[role="log"]').innerText(), { timeout: 30_000 })
      .toContain(IASS.phone);
    await family.context().close();
  });

  it('shows the council’s IASS under the route finder’s result', async () => {
    const family = await (await browser.newContext()).newPage();
    await family.goto(system.demoUrl);
    await family.getByRole('button', { name: /Ask us/ }).click();
    const frame = chatFrameLocator(family);
    await frame.getByRole('button', { name: 'Do I need mediation?' }).click();
    const choose = async (label: RegExp) => {
      await frame.getByLabel(label).check();
      await frame.getByRole('button', { name: 'Continue' }).click();
    };
    await choose(/School age or younger/);
    await choose(/A council decision about an EHC needs assessment/);
    await choose(/What the EHC plan says/);
    await frame.getByLabel(/special educational support \(section F\)/).check();
    await frame.getByRole('button', { name: 'Continue' }).click();
    const advice = frame.getByRole('region', { name: 'Free independent advice near you' });
    await advice.waitFor({ timeout: 15_000 });
    // The demo page does not say which council it is: the family chooses theirs.
    await advice.getByLabel('Your council').selectOption('Camden');
    await advice.getByText(IASS.name).waitFor();
    await advice.getByRole('link', { name: IASS.phone }).waitFor();
    await advice.getByRole('link', { name: IASS.url }).waitFor();
    await expectNoSeriousA11yViolations(family);
    await family.context().close();
  });

  it('shows Camden’s IASS on a Camden case page', async () => {
    const camden = await findLocalAuthorityByName(system.db, 'Camden');
    const row = await createCase(
      system.db,
      {
        track: 'mediation',
        localAuthorityId: camden!.id,
        people: [{ role: 'parent_carer', fullName: 'Robin Example' }],
      },
      { now: new Date(), actorKind: 'system' },
    );
    await staff.goto(`${system.url}/console/cases/${row.id}`);
    await heading(staff, new RegExp(row.reference));
    const card = staff.getByRole('region', { name: 'Local IASS' });
    await card.getByText(IASS.name).waitFor();
    await card.getByRole('link', { name: IASS.phone }).waitFor();
    await card.getByRole('link', { name: IASS.url }).waitFor();
    await expectNoSeriousA11yViolations(staff);
  });

  it('counts new callback requests in the navigation without a reload', async () => {
    await staff.goto(`${system.url}/console/cases`);
    const nav = staff.getByRole('navigation', { name: 'Main' });
    const today = nav.getByRole('link', { name: /^Today/ });
    await today.waitFor();
    const before = Number(
      (await nav.getByTestId('new-callbacks').count())
        ? ((await nav.getByTestId('new-callbacks').innerText()).match(/\d+/)?.[0] ?? '0')
        : '0',
    );
    await createCallbackRequest(
      system.db,
      {
        name: 'Sam Family',
        contactMethod: 'phone',
        phone: '07700 900123',
        description: 'About mediation',
        consent: true,
      },
      { now: new Date(), actorKind: 'visitor' },
    );
    // The console polls every 15 seconds: the badge changes where the person is, no reload.
    await expect
      .poll(
        async () =>
          (await nav.getByTestId('new-callbacks').count())
            ? await nav.getByTestId('new-callbacks').innerText()
            : '',
        { timeout: 25_000, interval: 500 },
      )
      .toMatch(new RegExp(`^${before + 1}\\b`));
    await expect(today.getAttribute('href')).resolves.toMatch(/\/console\/?$/);
    expect(await today.innerText()).toMatch(/new callback request/);
  }, 40_000);
});
