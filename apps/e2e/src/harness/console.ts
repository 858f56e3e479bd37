// Steps every console browser test takes: wait for a page's heading, sign in (choosing a new
// password when the account still has the one it was given), and measure sideways scrolling.
import type { Page } from 'playwright-core';

/** The page's main heading, once visible. */
export async function heading(page: Page, name: string | RegExp) {
  const h = page.getByRole('heading', { level: 1, name });
  await h.waitFor({ state: 'visible', timeout: 15_000 });
  return h;
}

/** Signs in, choosing `newPassword` first when the account must change its password. */
export async function signIn(
  page: Page,
  url: string,
  email: string,
  password: string,
  newPassword: string,
) {
  await page.goto(`${url}/console/`);
  await heading(page, 'Sign in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const change = page.getByRole('heading', { name: 'Choose a new password' });
  const today = page.getByRole('heading', { level: 1, name: 'Today' });
  await change.or(today).first().waitFor({ timeout: 15_000 });
  if (await change.isVisible()) {
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('New password again').fill(newPassword);
    await page.getByRole('button', { name: 'Save the new password' }).click();
  }
  await today.waitFor({ timeout: 15_000 });
}

/** The page's own horizontal scroll: 0 when the layout fits the window. */
export function overflowX(page: Page): Promise<number> {
  // A string, because this package is type-checked without the DOM library.
  return page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
}
