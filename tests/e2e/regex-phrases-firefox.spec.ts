// The user's `/regex/` phrases in Firefox ESR: re2.js and content.js, injected one after the other,
// share the extension's content-script world there too, so a regex phrase removes its line.
// Driven through automatic cleanup (test build: 127.0.0.1 granted at install).
import { expect, test } from '@playwright/test';
import { FIREFOX_TEST_BUILD, inExtensionPage, launchFirefoxWithExtension } from './support/firefox.js';
import { useExtensionSession } from './support/session.js';
import { articlePage } from './helpers/reader.js';

const { session: firefox, server } = useExtensionSession(() => launchFirefoxWithExtension(FIREFOX_TEST_BUILD));

test('a plain and a /regex/ phrase both remove their lines', async () => {
  const options = await firefox.openOptionsPage();
  const settings = { version: 1, sites: [{ host: '127.0.0.1', autoClean: true, spamFilter: true }], customRemove: ['quayside gazette', '/lantern\\s+cl[a-z]+/'] };
  await inExtensionPage(options, `await browser.storage.sync.set({ settings: ${JSON.stringify(settings)} });`);
  await expect
    .poll(() => inExtensionPage<string[]>(options, 'return (await browser.scripting.getRegisteredContentScripts()).map((s) => s.id);'))
    .toEqual(['sift-auto-127.0.0.1']);

  const insert = '<p>The Quayside Gazette lands in letterboxes every Friday morning.</p><p>Members of the Lantern Club meet at the old ferry house each week.</p>';
  const url = server.route('/ff-regex/story.html', articlePage('Harbour story with phrases', insert));
  const page = await firefox.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => undefined); // the reader may replace it mid-load
  const reader = await firefox.findPage((href) => href.startsWith(firefox.url('reader.html#')));
  await reader.waitForSelector('#article:not([hidden])');
  const text = await reader.evaluate(() => document.getElementById('article-body')!.textContent ?? '');
  expect(text).toContain('Paragraph 3 of the report');
  expect(text).not.toContain('Quayside Gazette');
  expect(text).not.toContain('Lantern Club');
});
