import type { Page } from 'playwright-core';
import { type Browser, launchBrowser } from './browser';

/**
 * A separate browser (its own cookies) signed in through the login form, waiting for the
 * page the role lands on. The browser goes into `browsers` to be closed after the test; page
 * errors go into `problems`, which a test expects to stay empty.
 */
export async function signedInPage(
  url: string,
  user: { username: string; password: string; heading: RegExp },
  keep: { browsers: Browser[]; problems: string[] },
): Promise<Page> {
  const browser = await launchBrowser();
  keep.browsers.push(browser);
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => keep.problems.push(e.message));
  await page.goto(`${url}/login`);
  await page.getByLabel('Nama pengguna').fill(user.username);
  await page.getByLabel('Kata sandi').fill(user.password);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: user.heading }).waitFor();
  return page;
}
