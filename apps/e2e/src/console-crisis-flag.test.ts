// A crisis in Polish, sent through the widget API of the whole running system, gets the crisis
// reply in Polish (999 first) and then English, and the staff console flags the conversation:
// a "Crisis reply given" badge in the list, a view of only those, a notice and a marked message
// in the transcript; axe at 1280px and 320px.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserSkipReason,
  expectNoSeriousA11yViolations,
  heading,
  overflowX,
  startSignedInConsole,
  stopAll,
  type RunningSystem,
} from './harness';

const skip = browserSkipReason();
const ADMIN_PASSWORD = 'Amber-quarry-lantern-6630';
const POLISH_CRISIS = 'Mój syn powiedział dziś, że chce się zabić';

describe.skipIf(skip)('staff console: conversations with a crisis reply', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;

  /** Starts a widget conversation on the demo site and sends one message; returns the reply. */
  async function chat(text: string) {
    const headers = { 'Content-Type': 'application/json', Origin: system.url };
    const start = await fetch(`${system.url}/api/widget/v1/conversations`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ siteKey: 'demo', hostOrigin: system.demoUrl }),
    });
    expect(start.status).toBe(201);
    const { conversationId, token } = (await start.json()) as {
      conversationId: string;
      token: string;
    };
    const res = await fetch(
      `${system.url}/api/widget/v1/conversations/${conversationId}/messages`,
      {
        method: 'POST',
        headers: { ...headers, Authorization: `Bearer ${token}` },
        body: JSON.stringify({ text }),
      },
    );
    expect(res.status).toBe(200);
    return (await res.json()) as { kind: string; text: string };
  }

  beforeAll(async () => {
    ({ system, browser, page } = await startSignedInConsole({
      name: 'console-crisis',
      newPassword: ADMIN_PASSWORD,
    }));
  });
  afterAll(() => stopAll(browser, system));

  it('answers a Polish crisis in Polish first, 999 first, then in English', async () => {
    const reply = await chat(POLISH_CRISIS);
    expect(reply.kind).toBe('crisis');
    expect(reply.text.startsWith('Jeśli Ty lub dziecko')).toBe(true);
    const numbers = ['999', '116 123', '0800 1111'].map((n) => reply.text.indexOf(n));
    expect(numbers.every((i) => i >= 0)).toBe(true);
    expect(Math.min(...numbers)).toBe(reply.text.indexOf('999'));
    expect(reply.text).toMatch(/call 999/);
    await chat('Is mediation free?');
  });

  it('flags the conversation in the list and lists such conversations on their own', async () => {
    await page.goto(`${system.url}/console/conversations`);
    await heading(page, 'Conversations');
    await page.getByLabel('All conversations').check();
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    await expect(rows.count()).resolves.toBe(2);
    const badges = page.locator('tbody .badge', { hasText: 'Crisis reply given' });
    await expect(badges.count()).resolves.toBe(1);

    await page.getByLabel('Crisis reply given').check();
    await page.getByText('1 conversation shown.').waitFor();
    await expect(rows.count()).resolves.toBe(1);
    await expectNoSeriousA11yViolations(page);
    await page.setViewportSize({ width: 320, height: 800 });
    await expect(overflowX(page)).resolves.toBeLessThanOrEqual(0);
    await expectNoSeriousA11yViolations(page);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('says so in the transcript and marks the crisis reply', async () => {
    await page.locator('tbody tr a').first().click();
    await page.getByRole('note').getByText('Crisis reply given.').waitFor();
    await expect(page.getByText(POLISH_CRISIS).count()).resolves.toBe(1);
    await expect(page.locator('.badge', { hasText: 'Crisis reply' }).count()).resolves.toBe(1);
    await expectNoSeriousA11yViolations(page);
  });
});
