// Disagreement resolution on the console case page in Chromium against the whole running
// system: the meeting is refused (with the rules' reason) until the other party is recorded;
// staff record "St Mary Academy Trust", arrange the meeting (a wrong end time first, with the
// message beside the field), change it, and download it as an .ics file that ical.js reads,
// holding the reference, time and place and no one's name; then a calendar feed address made on
// Your account serves the meeting until it is replaced by a new one; axe on the pages throughout.
import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import type { Browser, Download, Page } from 'playwright-core';
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
const ADMIN_PASSWORD = 'Lantern-orchard-93-pebble';

function isoDaysFromNow(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(d);
}

describe.skipIf(skip)('staff console: disagreement resolution meeting', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  let caseId = '';
  let reference = '';

  /** A staff API call from the signed-in page, as the console's client makes it. */
  async function trpc(path: string, input: unknown): Promise<Record<string, unknown>> {
    const res = await page.request.post(`${system.url}/trpc/${path}`, {
      headers: { 'content-type': 'application/json', 'x-sen-csrf': '1', origin: system.url },
      data: JSON.stringify({ json: input }),
    });
    const body = (await res.json()) as { result?: { data: { json: Record<string, unknown> } } };
    if (!res.ok() || !body.result) throw new Error(`${path}: ${res.status()} ${await res.text()}`);
    return body.result.data.json;
  }

  beforeAll(async () => {
    ({ system, browser, page } = await startSignedInConsole({
      name: 'console-meeting',
      newPassword: ADMIN_PASSWORD,
      acceptDownloads: true,
    }));
    // A disagreement resolution case where the family has asked for a meeting.
    const made = await trpc('cases.create', {
      track: 'disagreement_resolution',
      contactChannel: 'phone',
      firstContactDate: isoDaysFromNow(-5),
      people: [{ role: 'parent_carer', fullName: 'Morgan Example', phone: '020 7946 0002' }],
    });
    caseId = made.id as string;
    reference = made.reference as string;
    const moved = await trpc('cases.transition', {
      id: caseId,
      from: 'enquiry',
      to: 'information_given',
    });
    await trpc('cases.transition', {
      id: caseId,
      from: 'information_given',
      to: 'mediation_requested',
      facts: { mediationRequestedDate: isoDaysFromNow(-2) },
      expectedVersion: (moved.case as { version: number }).version,
    });
  });
  afterAll(() => stopAll(browser, system));

  it('refuses the meeting until the other party is known, saying why', async () => {
    await page.goto(`${system.url}/console/cases/${caseId}`);
    await heading(page, reference);
    const meeting = page.getByRole('region', { name: 'Disagreement resolution meeting' });
    await expect(
      meeting
        .getByText('Record who the disagreement is with before arranging the meeting.')
        .count(),
    ).resolves.toBe(1);
    await expect(
      meeting.getByRole('button', { name: 'Arrange the meeting' }).count(),
    ).resolves.toBe(0);
    await expectNoSeriousA11yViolations(page);
  });

  it('records who the disagreement is with', async () => {
    const party = page.getByRole('region', { name: 'Who the disagreement is with' });
    await party.getByRole('button', { name: 'Record who the disagreement is with' }).click();
    await party
      .getByLabel('Kind of organisation')
      .selectOption({ label: 'Academy or academy trust' });
    await party.getByLabel('Its name (optional)').fill('St Mary Academy Trust');
    await expectNoSeriousA11yViolations(page);
    await party.getByRole('button', { name: 'Save' }).click();
    await party.getByText('St Mary Academy Trust').waitFor();
    // The kind is shown when the saved case comes back; the form's option goes with the form.
    await expect.poll(() => party.getByText('Academy or academy trust').count()).toBe(1);
  });

  it('arranges the meeting: a wrong end time is explained beside the field, then it saves', async () => {
    const meeting = page.getByRole('region', { name: 'Disagreement resolution meeting' });
    await meeting.getByRole('button', { name: 'Arrange the meeting' }).click();
    await meeting.getByLabel('Date').fill(isoDaysFromNow(14));
    await meeting.getByLabel('Starts at').fill('10:00');
    await meeting.getByLabel('Ends at (optional)').fill('09:30');
    await meeting.getByLabel('Venue').fill('Civic Centre, Room 4');
    await meeting.getByLabel('Who is coming (optional)').fill('Parent\nSENCO\nCouncil officer');
    await meeting.getByLabel('Interpreter (optional)').fill('Polish');
    await meeting.getByRole('button', { name: 'Save the meeting' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.waitFor();
    await expect(
      summary.getByRole('link', { name: 'The meeting must end after it starts.' }).count(),
    ).resolves.toBe(1);
    const end = meeting.getByLabel('Ends at (optional)');
    await expect(end.getAttribute('aria-invalid')).resolves.toBe('true');
    await expectNoSeriousA11yViolations(page);

    await end.fill('12:00');
    await meeting.getByRole('button', { name: 'Save the meeting' }).click();
    await meeting.getByText('10:00 to 12:00').waitFor();
    await expect(meeting.getByText('Parent, SENCO, Council officer').count()).resolves.toBe(1);
    await expect(meeting.getByText('Polish').count()).resolves.toBe(1);
    await expectNoSeriousA11yViolations(page);
  });

  it('changes the meeting and downloads it as an .ics event with no personal data', async () => {
    const meeting = page.getByRole('region', { name: 'Disagreement resolution meeting' });
    await meeting.getByRole('button', { name: 'Change the meeting' }).click();
    await meeting.getByLabel('Venue').fill('Town Hall, Committee Room 2');
    await meeting.getByRole('button', { name: 'Save the meeting' }).click();
    await meeting.getByText('Town Hall, Committee Room 2').waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 15_000 }) as Promise<Download>,
      meeting.getByRole('button', { name: 'Add to a calendar (.ics file)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${reference}-meeting.ics`);
    const text = await readFile(await download.path(), 'utf8');
    const cal = new ICAL.Component(ICAL.parse(text));
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    expect(event.summary).toBe(`${reference}: disagreement resolution meeting`);
    expect(event.location).toBe('Town Hall, Committee Room 2');
    expect(event.startDate.toJSDate().getTime()).toBeLessThan(event.endDate.toJSDate().getTime());
    for (const personal of ['Morgan', 'Polish', 'SENCO', 'St Mary']) {
      expect(text).not.toContain(personal);
    }
  });

  it('makes a calendar feed address that serves my meetings, and a new one stops the old', async () => {
    // The feed carries the meetings of the cases assigned to me.
    const me = (await trpc('auth.me', undefined)) as { user: { id: string } };
    await trpc('cases.assign', { id: caseId, assigneeId: me.user.id });
    await page.goto(`${system.url}/console/account`);
    await heading(page, 'Your account');
    const feed = page.getByRole('region', { name: 'Your meetings in your calendar' });
    await feed.getByRole('button', { name: 'Make a calendar address' }).click();
    const shown = feed.locator('.feed-url');
    await shown.waitFor();
    const first = (await shown.textContent())!.trim();
    expect(first).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await expectNoSeriousA11yViolations(page);
    const served = await page.request.get(first);
    expect(served.status()).toBe(200);
    const text = await served.text();
    const summaries = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v).summary);
    expect(summaries).toEqual([`${reference}: disagreement resolution meeting`]);

    page.once('dialog', (d) => void d.accept());
    await feed.getByRole('button', { name: 'Make a new address' }).click();
    await expect
      .poll(async () => (await shown.textContent())?.trim(), { timeout: 10_000 })
      .not.toBe(first);
    expect((await page.request.get(first)).status()).toBe(404);
  });
});
