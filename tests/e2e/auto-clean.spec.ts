// Automatic cleanup in Chromium (test build: 127.0.0.1 is granted at install, as a user's grant
// would be): listing a site registers boot.js, an article on it opens in the reader by itself,
// and neither "View original" nor Back ever leads to a second cleanup of that page.
import { expect, test, type Page } from '@playwright/test';
import { TEST_BUILD, launchWithExtension } from './support/chromium.js';
import { useExtensionSession } from './support/session.js';
import { articlePage, READER_URL, writeSettings } from './helpers/reader.js';

// The extension API inside the service worker (sw.evaluate bodies run there).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- typed by the browser, not by this project
declare const chrome: any;

const { session: ext, server } = useExtensionSession(() => launchWithExtension(TEST_BUILD));
let n = 0;

test.describe.configure({ mode: 'serial' });

const registrations = () =>
  ext.sw.evaluate(async () =>
    ((await chrome.scripting.getRegisteredContentScripts()) as { id: string; matches: string[]; js: string[] }[]).map(
      ({ id, matches, js }) => ({ id, matches, js }),
    ),
  );

const articleUrl = () => server.route(`/auto/story-${++n}.html`, articlePage(`Harbour story ${n}`, '<p>Sponsored: Acme Widgets are half price.</p>'));

/** Stays on `url` for a while: proves no cleanup (or a loop of them) happens. */
async function staysOn(page: Page, url: string, ms = 3_500): Promise<void> {
  const seen: string[] = [];
  const onNav = (f: { url(): string }) => seen.push(f.url());
  page.on('framenavigated', onNav);
  await page.waitForTimeout(ms);
  page.off('framenavigated', onNav);
  expect(page.url()).toBe(url);
  expect(seen.filter((u) => READER_URL.test(u))).toEqual([]);
}

test('listing a site registers boot.js for exactly that site; unlisting removes it', async () => {
  await writeSettings(ext, { sites: [{ host: '127.0.0.1', autoClean: true, spamFilter: true }] });
  await expect.poll(registrations).toEqual([{ id: 'sift-auto-127.0.0.1', matches: ['http://127.0.0.1/*'], js: ['boot.js'] }]);
  await writeSettings(ext, { sites: [{ host: '127.0.0.1', autoClean: false, spamFilter: true }] });
  await expect.poll(registrations).toEqual([]);
});

test('an article on an auto-clean site opens in the reader by itself, once', async () => {
  await writeSettings(ext, { sites: [{ host: '127.0.0.1', autoClean: true, spamFilter: true }], customRemove: ['Acme Widgets'] });
  await expect.poll(registrations).toHaveLength(1);
  const page = await ext.context.newPage();
  const url = articleUrl();
  const start = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForURL(READER_URL, { waitUntil: 'commit' });
  const shownFor = Date.now() - start;
  await expect(page.locator('#title')).toHaveText(/^Harbour story \d+$/);
  // How long the original page is on screen before the reader replaces it (the "flash").
  console.log(`[auto-clean] original page to reader navigation: ${shownFor} ms`);
  await expect(page.locator('#article-body')).not.toContainText('Acme Widgets');

  // "View original": back on the page, and it stays there.
  await page.locator('#view-original').click();
  await page.waitForURL(url);
  await staysOn(page, url);

  // Reloading the original does not clean it again either (this tab already did).
  await page.reload();
  await staysOn(page, url);
});

test('Back from an automatically opened reader stays on the original page', async () => {
  const page = await ext.context.newPage();
  const url = articleUrl();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForURL(READER_URL);
  await page.goBack();
  await page.waitForURL(url);
  await staysOn(page, url);
});

test('a page that is not an article is left alone on an auto-clean site', async () => {
  const links = Array.from({ length: 200 }, (_, i) => `<li><a href="/s/${i}">Section ${i}</a></li>`).join('');
  const url = server.route('/auto/index.html', `<!doctype html><title>Index</title><ul>${links}</ul>`);
  const page = await ext.context.newPage();
  await page.goto(url);
  await staysOn(page, url);
  expect(await ext.sw.evaluate(async () => (await chrome.action.getBadgeText({})) as string)).toBe('');
});

test('the context menu: "Clean this page" opens the reader; "Always clean this site" lists the site, registers it and cleans', async () => {
  await writeSettings(ext, {});
  await expect.poll(registrations).toEqual([]);
  const menuClick = (menuItemId: string) =>
    ext.sw.evaluate(async (id) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      (globalThis as unknown as { __siftTest: { onMenuClicked(i: object, t: object): void } }).__siftTest.onMenuClicked({ menuItemId: id }, tab);
    }, menuItemId);

  const page = await ext.context.newPage();
  const url = articleUrl();
  await page.goto(url);
  await page.bringToFront();
  await menuClick('sift-clean-page');
  await page.waitForURL(READER_URL);
  await page.goBack();
  await page.waitForURL(url);

  await page.bringToFront();
  await menuClick('sift-always-clean-site');
  await page.waitForURL(READER_URL);
  await expect
    .poll(async () => (await ext.sw.evaluate(async () => (await chrome.storage.sync.get('settings')).settings.sites)) as unknown)
    .toEqual([{ host: '127.0.0.1', autoClean: true, spamFilter: true }]);
  await expect.poll(registrations).toHaveLength(1);
});
