// Automatic cleanup in Firefox ESR (test build: 127.0.0.1 granted at install): listing the site
// registers boot.js through Firefox's scripting API, an article opens in the reader by itself,
// and "View original" stays on the original.
import { expect, test } from '@playwright/test';
import { FIREFOX_TEST_BUILD, inExtensionPage, launchFirefoxWithExtension } from './support/firefox.js';
import { useExtensionSession } from './support/session.js';
import { articlePage } from './helpers/reader.js';

const { session: firefox, server } = useExtensionSession(() => launchFirefoxWithExtension(FIREFOX_TEST_BUILD));

test('an article on a listed site opens in the reader by itself, and View original stays there', async () => {
  const options = await firefox.openOptionsPage();
  await inExtensionPage(
    options,
    "await browser.storage.sync.set({ settings: { version: 1, sites: [{ host: '127.0.0.1', autoClean: true, spamFilter: true }] } });",
  );
  await expect
    .poll(() => inExtensionPage<string[]>(options, 'return (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id);'))
    .toEqual(['sift-auto-127.0.0.1']);

  const url = server.route('/ff-auto/story.html', articlePage('Harbour story in Firefox', '<p>Sponsored: Acme Widgets are half price.</p>'));
  const page = await firefox.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => undefined); // the reader may replace it mid-load
  const reader = await firefox.findPage((href) => href.startsWith(firefox.url('reader.html#')));
  await reader.waitForSelector('#article:not([hidden])');
  expect(await reader.evaluate(() => document.getElementById('title')!.textContent)).toBe('Harbour story in Firefox');

  await reader.click('#view-original');
  await firefox.findPage((href) => href === url);
  await new Promise((r) => setTimeout(r, 3_500));
  expect(await firefox.hrefOf(page)).toBe(url);
});
