// Opens the options page in a new tab and waits until every section is mounted.
import { expect, type Page } from '@playwright/test';
import type { ExtensionSession } from '../support/chromium.js';

/** The options page, ready; `hash` as the background would add it (e.g. '#add-site=…'). */
export async function openOptions(ext: ExtensionSession, hash = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(ext.url('options.html') + hash);
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  return page;
}
