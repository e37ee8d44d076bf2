// The reader in Firefox ESR, release build (dist/firefox, activeTab only), through the real
// toolbar click: the seed article opens in the same tab without its spam line, with its
// attribution and a ledger that restores the line; "View original" goes back.
import { expect, test } from '@playwright/test';
import { FIREFOX_RELEASE_BUILD, launchFirefoxWithExtension } from './support/firefox.js';
import { useExtensionSession } from './support/session.js';
import { sharedFile } from './support/server.js';
import { SEED_EXPECTED } from './support/seed.js';

const expected = SEED_EXPECTED;
const SPAM = expected.mustRemove[0]!;

const { session: firefox, server } = useExtensionSession(() => launchFirefoxWithExtension(FIREFOX_RELEASE_BUILD));

test.describe.configure({ mode: 'serial' });

test('click: the seed article opens in the reader with the spam line gone, and the ledger restores it', async () => {
  const page = await firefox.newPage();
  const url = server.route('/firefox/seed.html', sharedFile('fixtures/seed-article.html'));
  await page.goto(url);
  await firefox.clickAction(page);
  const reader = await firefox.findPage((href) => href.startsWith(firefox.url('reader.html#')));
  expect(reader).toBe(page);
  await reader.waitForSelector('#article:not([hidden])');

  const shown = await reader.evaluate(() => ({
    title: document.getElementById('title')!.textContent,
    site: document.getElementById('site-name')!.textContent,
    byline: document.getElementById('byline')!.textContent,
    datetime: document.getElementById('published')!.getAttribute('datetime'),
    original: document.getElementById('original-link')!.getAttribute('href'),
    count: document.getElementById('ledger-count')!.textContent,
    body: document.getElementById('article-body')!.textContent!.replace(/\s+/g, ' '),
  }));
  expect(shown).toMatchObject({
    title: expected.title,
    site: expected.siteName,
    byline: expected.byline,
    datetime: expected.publishedTime,
    original: expected.url,
    count: '1 removed',
  });
  expect(shown.body).not.toContain(SPAM);
  for (const keep of expected.mustKeep) expect(shown.body).toContain(keep);

  await reader.click('#ledger-count');
  await reader.click('.ledger-item .button-small');
  expect(await reader.evaluate(() => document.querySelector('#article-body .sift-restored')?.textContent)).toContain(SPAM);

  await reader.click('#view-original');
  await firefox.findPage((href) => href === url);
});

test('the themes resolve in Firefox, and a toolbar click on the reader tab returns to the original page', async () => {
  const page = await firefox.newPage();
  const url = server.route('/firefox/seed-2.html', sharedFile('fixtures/seed-article.html'));
  await page.goto(url);
  await firefox.clickAction(page);
  const reader = await firefox.findPage((href) => href.startsWith(firefox.url('reader.html#')));
  await reader.waitForSelector('#article:not([hidden])');

  // The light and dark palettes are written once with light-dark(), which color-scheme resolves.
  const background = (theme: string) =>
    reader.evaluate((t) => {
      document.documentElement.dataset.theme = t;
      return getComputedStyle(document.body).backgroundColor;
    }, theme);
  expect(await background('dark')).toBe('rgb(22, 23, 25)');
  expect(await background('light')).toBe('rgb(253, 252, 250)');
  expect(await background('sepia')).toBe('rgb(246, 238, 220)');

  await firefox.clickAction(reader);
  await firefox.findPage((href) => href === url);
});
