// The reader's export tools in Chromium (release build): Copy as Markdown, Save as HTML, the print
// stylesheet and read aloud, each on the cleaned seed article.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { RELEASE_BUILD, launchWithExtension } from './support/chromium.js';
import { useExtensionSession } from './support/session.js';
import { sharedFile } from './support/server.js';
import { openInReader } from './helpers/reader.js';

const expected = JSON.parse(sharedFile('fixtures/seed-article.expected.json')) as { url: string; title: string; mustRemove: string[] };
const SPAM = expected.mustRemove[0]!;

const { session: ext, server } = useExtensionSession(() => launchWithExtension(RELEASE_BUILD));
let page: Page;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  page = await openInReader(ext, server.route('/export/seed.html', sharedFile('fixtures/seed-article.html')));
});

test('Copy as Markdown puts the attributed article on the clipboard, without the removed line', async () => {
  // Chromium cannot grant clipboard-read to an extension origin from a test, so the write is
  // recorded on its way to the clipboard instead of read back from it.
  await page.evaluate(() => {
    navigator.clipboard.writeText = async (text: string) => void ((globalThis as { copied?: string }).copied = text);
  });
  await page.locator('#export-menu summary').click();
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.locator('#toast')).toHaveText('Copied to the clipboard');
  const markdown = (await page.evaluate(() => (globalThis as { copied?: string }).copied)) ?? '';
  expect(markdown.startsWith(`# ${expected.title}\n\n*Staff Reporter · Daily Dispatch · August 18, 2021*\n\nSource: <${expected.url}>`)).toBe(true);
  expect(markdown).toContain('> We want a united position');
  expect(markdown).not.toContain(SPAM);
  expect(markdown).not.toContain('sift-slot');
});

test('Save as HTML downloads a standalone page with its source and a CSP that runs nothing', async () => {
  await page.locator('#export-menu summary').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as HTML' }).click()]);
  expect(download.suggestedFilename()).toBe('china-and-russia-prepare-to-recognize-taliban-rule.html');
  const html = await readFile((await download.path())!, 'utf8');
  expect(html.startsWith('<!doctype html>')).toBe(true);
  expect(html).toContain(`<title>${expected.title}</title>`);
  expect(html).toContain(`<a href="${expected.url}">${expected.url}</a>`);
  expect(html).toContain(`http-equiv="Content-Security-Policy" content="default-src 'none'`);
  expect(html).not.toContain(SPAM);
  expect(html).not.toMatch(/<script/i);
});

test('the print stylesheet shows the article and its source, not the reader controls', async () => {
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.topbar')).toBeHidden();
  await expect(page.locator('#ledger')).toBeHidden();
  await expect(page.locator('#title')).toBeVisible();
  await expect(page.locator('#source-url')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.topbar')).toBeVisible();
});

test('read aloud speaks, pauses and stops, or says plainly that this browser cannot speak', async () => {
  const play = page.locator('#speech-play');
  await expect(play).toHaveText('Read aloud');
  await play.click();
  const unavailable = page.locator('#toast', { hasText: 'Reading aloud is not available in this browser.' });
  const stop = page.locator('#speech-stop');
  // Headless Chromium has no speech engine: the voice fails, at once or a moment after it starts,
  // and the controls reset while the reader says so. Each step accepts that outcome.
  await expect(play.filter({ hasText: 'Pause' }).or(unavailable)).toBeVisible();
  if (!(await unavailable.isVisible())) {
    await play.click();
    await expect(play.filter({ hasText: 'Resume' }).or(unavailable)).toBeVisible();
    // Stop is hidden once a late failure has reset the controls; a Stop that does nothing still
    // fails the checks below.
    if (!(await unavailable.isVisible())) await stop.click({ timeout: 5_000 }).catch(() => {});
  }
  await expect(play).toHaveText('Read aloud');
  await expect(stop).toBeHidden();
});
