// The reader in Chromium, release build (dist/chrome: no host permissions), driven by the real
// toolbar click (CDP Extensions.triggerAction, which grants activeTab like a user's click).
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { RELEASE_BUILD, launchWithExtension } from './support/chromium.js';
import { useExtensionSession } from './support/session.js';
import { sharedFile } from './support/server.js';
import { SEED_EXPECTED } from './support/seed.js';
import { openInReader, READER_URL } from './helpers/reader.js';

const expected = SEED_EXPECTED;
const SPAM = expected.mustRemove[0]!;

// The extension API inside the service worker (sw.evaluate bodies run there).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- typed by the browser, not by this project
declare const chrome: any;

const { session: ext, server } = useExtensionSession(() => launchWithExtension(RELEASE_BUILD));
let n = 0;
/** Every test page gets its own URL: the toolbar click finds the tab target by URL. */
const seedUrl = () => server.route(`/world/seed-${++n}.html`, sharedFile('fixtures/seed-article.html'));

test.describe.configure({ mode: 'serial' });

const articleText = (page: Page) => page.locator('#article-body').innerText();

test('the toolbar click opens the seed article in the reader, in the same tab, with full attribution', async () => {
  const page = await ext.context.newPage();
  const url = seedUrl();
  await page.goto(url);
  const reader = await openInReader(ext, url, page);
  expect(reader).toBe(page);
  expect(page.url()).toMatch(READER_URL);
  expect(page.url().startsWith(ext.url('reader.html'))).toBe(true);

  await expect(page.locator('h1#title')).toHaveText(expected.title);
  await expect(page.locator('#site-name')).toHaveText(expected.siteName);
  await expect(page.locator('#byline')).toHaveText(expected.byline);
  await expect(page.locator('time#published')).toHaveAttribute('datetime', expected.publishedTime);
  await expect(page.locator('time#published')).toHaveText(/2021/);
  const original = page.locator('#original-link');
  await expect(original).toBeVisible();
  await expect(original).toHaveAttribute('href', expected.url);
  await expect(page.locator('#source-url')).toHaveText(expected.url);
  await expect(page.locator('#view-original')).toBeVisible();
  await expect(page).toHaveTitle(`${expected.title} · ${expected.siteName}`);

  const text = await articleText(page);
  for (const keep of expected.mustKeep) expect(text).toContain(keep);
  expect(text).not.toContain(SPAM);
});

test('the ledger shows "1 removed"; the spam line is only in the ledger; Restore puts it back in place', async () => {
  const page = await openInReader(ext, seedUrl());
  const count = page.locator('#ledger-count');
  await expect(count).toBeVisible();
  await expect(count).toHaveText('1 removed');
  expect(await page.locator('body').innerText()).not.toContain(SPAM);

  await count.click();
  const item = page.locator('.ledger-item');
  await expect(item).toHaveCount(1);
  await expect(item.locator('.ledger-text')).toHaveText(SPAM);
  await expect(item.locator('.ledger-reason')).not.toBeEmpty();
  await expect(item.locator('.ledger-category')).not.toBeEmpty();

  await item.getByRole('button', { name: 'Restore' }).click();
  await expect(page.locator('#article-body .sift-restored')).toContainText(SPAM);
  await expect(count).toHaveText('0 removed');
  // Restored at its slot: between the two genuine paragraphs it was wedged between.
  const order = await page.locator('#article-body').evaluate((body, spam) => {
    const text = (body as HTMLElement).innerText;
    return [text.indexOf('prematurely recognize'), text.indexOf(spam), text.indexOf('We want a united position')];
  }, SPAM);
  expect(order[0]).toBeLessThan(order[1]!);
  expect(order[1]).toBeLessThan(order[2]!);

  await item.getByRole('button', { name: 'Remove again' }).click();
  await expect(page.locator('#article-body')).not.toContainText(SPAM);
  await expect(count).toHaveText('1 removed');
});

test('Back returns to the original page, unchanged', async () => {
  const page = await ext.context.newPage();
  const url = seedUrl();
  await page.goto(url);
  const before = await page.evaluate(() => document.body.innerHTML);
  await openInReader(ext, url, page);
  await page.goBack();
  await page.waitForURL(url);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
  expect(await page.evaluate(() => document.querySelectorAll('[class*="sift"], [id*="sift"]').length)).toBe(0);

  // The browser's own Back (tabs.goBack is the same code path in Chromium) once the user has
  // interacted with the page. Without any interaction Chromium's history intervention skips the
  // page on Back, which is why the reader's own controls use history.back().
  await page.mouse.click(5, 5);
  await openInReader(ext, url, page);
  await ext.sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.goBack(tab.id);
  });
  await page.waitForURL(url);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before);
});

test('"View original" and a second toolbar click both return to the original page', async () => {
  const url = seedUrl();
  const page = await openInReader(ext, url);
  await page.locator('#view-original').click();
  await page.waitForURL(url);

  await openInReader(ext, url, page);
  await ext.clickAction(page);
  await page.waitForURL(url);
  await expect(page.locator('h1.entry-title')).toHaveText(expected.title);
});

test('the reader has no accessibility violations (axe) in light and dark, and is keyboard reachable', async () => {
  const page = await openInReader(ext, seedUrl());
  for (const theme of ['light', 'dark', 'sepia']) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    await page.locator('#ledger-count').click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${theme}: ${v.id} ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await page.locator('#ledger-count').click();
  }
  await page.reload();
  await expect(page.locator('#article')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.locator('.skip-link')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#view-original')).toBeFocused();
  // The ledger opens from the keyboard, and its actions are buttons in the tab order.
  await page.locator('#ledger-count').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#ledger-details')).toHaveAttribute('open', '');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Restore' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('#ledger-details')).not.toHaveAttribute('open', '');
});
