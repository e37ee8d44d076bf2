// The options page in Firefox ESR (test build): it loads localised, shows the real shortcut and
// where to change it, saves to storage.sync, grants a declared site at once, and repairs corrupt
// stored settings with the visible notice.
import { test, expect } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { FIREFOX_TEST_BUILD, launchFirefoxWithExtension, type FirefoxSession } from './support/firefox.js';

let firefox: FirefoxSession;

test.beforeAll(async () => {
  firefox = await launchFirefoxWithExtension(FIREFOX_TEST_BUILD);
});
test.afterAll(async () => {
  await firefox?.close();
});

interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}
type WithBrowser = typeof globalThis & { browser: { storage: { sync: StorageArea; local: StorageArea } } };

const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');
const syncSettings = (page: Page) =>
  page.evaluate(async () => (await (globalThis as WithBrowser).browser.storage.sync.get(null)).settings as Record<string, unknown> | undefined);

async function openReady(): Promise<{ page: Page; errors: string[] }> {
  const page = await firefox.openOptionsPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.waitForSelector('body[data-ready="true"]', { timeout: 15_000 });
  return { page, errors };
}

test('loads localised with the shortcut, saves settings and grants a declared site', async () => {
  const { page, errors } = await openReady();
  expect(await page.title()).toBe('Sift settings');
  expect((await textOf(page, '#shortcut-keys')).replace(/\s/g, '')).toBe('Alt+Shift+R');
  expect(await textOf(page, '#shortcut-how')).toContain('about:addons');

  await page.click('input[name="strictness"][value="gentle"]');
  await page.type('#site-input', 'http://127.0.0.1:8000/article.html');
  await page.click('#site-form button[type="submit"]');
  // Polled with page.evaluate: puppeteer's waitForFunction builds its poller with Function(), which
  // Firefox blocks under an extension page's CSP.
  await expect.poll(() => page.evaluate(() => document.querySelector('#site-status')?.textContent)).toBe('127.0.0.1 added.');
  expect(await textOf(page, '.site-row .access')).toBe('Access granted');
  await expect.poll(() => syncSettings(page)).toMatchObject({ strictness: 'gentle', sites: [{ host: '127.0.0.1', autoClean: true, spamFilter: true }] });
  expect(errors).toEqual([]);
  await page.close();
});

test('corrupt stored settings are repaired and the notice is shown', async () => {
  const first = await openReady();
  await first.page.evaluate(async () => {
    const { storage } = (globalThis as WithBrowser).browser;
    await storage.local.clear();
    await storage.sync.set({ settings: { version: 1, strictness: 'loud', neverRemove: 'x' } });
  });
  await first.page.close();
  // A fresh page rather than a reload: puppeteer's navigation events go stale on extension pages.
  const { page } = await openReady();
  await page.waitForSelector('#repair-notice:not([hidden])');
  const lines = await page.$$eval('#repair-list li', (items) => items.map((li) => li.textContent));
  expect(lines).toEqual(['strictness: must be one of gentle, balanced, strict', 'neverRemove: must be a list of phrases']);
  expect(await syncSettings(page)).toMatchObject({ strictness: 'balanced', neverRemove: [] });
  await page.click('#repair-dismiss');
  await page.waitForSelector('#repair-notice[hidden]');
  await page.close();
});
