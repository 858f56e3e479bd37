// Case work in depth, in Chromium against the whole running system: a document on a case is
// uploaded, downloaded and deleted; an HTML page named .pdf is refused with the API's sentence
// beside the file field; a document about a person is found through "Find a person" (by e-mail,
// typed into a form, never a URL), is in the subject-access export and is gone after erasure;
// ticked cases are moved in bulk and a move the lifecycle does not allow is listed with its
// reason; the reports page for one council counts that council's case; axe on each new screen.
import { readFile } from 'node:fs/promises';
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
const NEW_ADMIN_PASSWORD = 'Lantern-thistle-copper-4410';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');
const EMAIL = 'dana.docs@family.e2e';

async function downloaded(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }) as Promise<Download>,
    click(),
  ]);
  return readFile(await download.path());
}

describe.skipIf(skip)('staff console: case work in depth', () => {
  let system: RunningSystem;
  let browser: Browser;
  let page: Page;
  let casePath = '';
  let reference = '';

  async function createCase(name: string, email?: string, council?: string) {
    await page.goto(`${system.url}/console/cases/new`);
    await heading(page, 'New case by phone');
    await page.getByLabel('Full name', { exact: true }).fill(name);
    await page.getByLabel('Phone', { exact: true }).fill('020 7946 0000');
    if (email) await page.getByLabel('Email (optional)').fill(email);
    if (council) await page.getByLabel('Local authority').selectOption({ label: council });
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.waitForURL(/\/console\/cases\/[0-9a-f-]{36}$/, { timeout: 15_000 });
    return new URL(page.url()).pathname;
  }

  const documents = () => page.getByRole('region', { name: 'Documents' });

  beforeAll(async () => {
    ({ system, browser, page } = await startSignedInConsole({
      name: 'console-casework',
      newPassword: NEW_ADMIN_PASSWORD,
      acceptDownloads: true,
    }));
    // Deleting asks "are you sure?" in the browser's own dialog.
    page.on('dialog', (d) => void d.accept());
  });
  afterAll(() => stopAll(browser, system));

  it('uploads, downloads and deletes a document, and refuses a disguised HTML file', async () => {
    casePath = await createCase('Dana Documents', EMAIL, 'Camden');
    reference = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
    await documents().getByText('No documents on this case.').waitFor();

    // An HTML page named .pdf: refused, with the API's sentence beside the file field.
    await documents().getByLabel('Title').fill('Decision letter');
    await documents()
      .getByLabel(/^File:/)
      .setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: HTML });
    await documents().getByRole('button', { name: 'Add document' }).click();
    await page
      .locator('#case-doc-file-error', {
        hasText: 'Upload a PDF, a Word document (.docx), or a PNG or JPEG image.',
      })
      .waitFor();
    await expect(
      documents()
        .getByLabel(/^File:/)
        .getAttribute('aria-invalid'),
    ).resolves.toBe('true');
    await expect(documents().getByText('No documents on this case.').count()).resolves.toBe(1);

    await documents()
      .getByLabel(/^File:/)
      .setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: PDF });
    await documents().getByRole('button', { name: 'Add document' }).click();
    await documents().locator('strong', { hasText: 'Decision letter' }).waitFor();
    await expectNoSeriousA11yViolations(page);

    const bytes = await downloaded(page, () =>
      documents().getByRole('button', { name: 'Download Decision letter' }).click(),
    );
    expect(bytes.equals(PDF)).toBe(true);

    await documents().getByRole('button', { name: 'Delete Decision letter' }).click();
    await documents().getByText('No documents on this case.').waitFor();
  });

  it('finds the person by e-mail, exports their document, and erases it', async () => {
    await page.goto(`${system.url}${casePath}`);
    await documents().getByLabel('Title').fill('Letter about Dana');
    await documents().getByLabel('About (optional)').selectOption({ label: 'Dana Documents' });
    await documents()
      .getByLabel(/^File:/)
      .setInputFiles({ name: 'dana.pdf', mimeType: 'application/pdf', buffer: PDF });
    await documents().getByRole('button', { name: 'Add document' }).click();
    await documents().locator('strong', { hasText: 'Letter about Dana' }).waitFor();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Find a person' })
      .click();
    await heading(page, 'Find a person');
    await page.getByLabel('E-mail address').fill(EMAIL.toUpperCase());
    await page.getByRole('button', { name: 'Find', exact: true }).click();
    await page.getByText(/^Found 1 on cases/).waitFor();
    // The search term is in the POST body only: never in the address.
    expect(page.url()).not.toContain('dana');
    await expect(page.getByRole('link', { name: reference }).count()).resolves.toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page);

    const exported = JSON.parse(
      (
        await downloaded(page, () =>
          page.getByRole('button', { name: 'Export the ticked records (subject access)' }).click(),
        )
      ).toString('utf8'),
    ) as { cases: { documents: { title: string; base64: string }[] }[] };
    const docs = exported.cases.flatMap((c) => c.documents);
    expect(docs.map((d) => d.title)).toEqual(['Letter about Dana']);
    expect(Buffer.from(docs[0]!.base64, 'base64').equals(PDF)).toBe(true);

    await page.getByRole('button', { name: 'Erase the ticked records…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Erase 1 record/ });
    await dialog.getByLabel('Type ERASE to confirm').fill('erase');
    await dialog.getByRole('button', { name: 'Erase for good' }).click();
    await page.getByText(/Erased 1 person record, .* and 1 document\./).waitFor();

    await page.goto(`${system.url}${casePath}`);
    await documents().getByText('No documents on this case.').waitFor();
  });

  it('moves ticked cases in bulk and lists, per case, a move the rules do not allow', async () => {
    const second = await createCase('Bulk Second');
    const secondRef = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
    // The second case moves on, so "Record that information was given" no longer applies to it.
    await page.getByRole('button', { name: 'Close the enquiry' }).click();
    const step = page.getByRole('dialog', { name: 'Close the enquiry' });
    await step.getByRole('button', { name: 'Confirm' }).click();
    await step.waitFor({ state: 'hidden', timeout: 15_000 });
    expect(second).not.toBe(casePath);

    await page.goto(`${system.url}/console/cases`);
    await heading(page, 'Cases');
    await page.getByLabel('Include closed and withdrawn cases').check();
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByLabel(`Tick ${secondRef}`).check();
    await page.getByLabel(`Tick ${reference}`).check();
    await expectNoSeriousA11yViolations(page);
    const bulk = page.getByRole('region', { name: /With the ticked cases/ });
    await bulk.getByLabel('Move to').selectOption({ label: 'Withdrawn' });
    await bulk.getByRole('button', { name: 'Move' }).click();
    await bulk.getByText('1 case done; 1 case not done (reasons below).').waitFor();
    await bulk
      .getByRole('listitem')
      .filter({ hasText: secondRef })
      .filter({ hasText: /cannot move to "Withdrawn"/ })
      .waitFor();
  });

  it("shows one council's figures, with a table and a CSV of figures by local authority", async () => {
    await page.goto(`${system.url}/console/reports`);
    await heading(page, 'Reports');
    await page.getByText(/Figures for .*, all local authorities\./).waitFor({ timeout: 15_000 });
    await page.getByLabel('Local authority', { exact: true }).selectOption({ label: 'Camden' });
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByText(/Figures for .*, Camden only\./).waitFor({ timeout: 15_000 });
    await page.getByText(/Chat figures are for the whole service only/).waitFor();
    const byCouncil = page.getByRole('region', { name: 'Figures by local authority' }).first();
    const row = byCouncil.getByRole('row').filter({ hasText: 'Camden' });
    // One case was opened for Camden (Dana's); the other e2e case has no council.
    await expect(row.getByRole('cell').first().textContent()).resolves.toBe('1');
    await expectNoSeriousA11yViolations(page);
    const csv = (
      await downloaded(page, () =>
        page.getByRole('button', { name: 'CSV of figures by local authority' }).click(),
      )
    )
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(csv[0]).toMatch(/^Local authority,Cases opened,/);
    expect(csv.slice(1)).toEqual([expect.stringMatching(/^Camden,1,/)]);
  });
});
