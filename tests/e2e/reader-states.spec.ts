// Every failure is a specific, actionable message (SECURITY.md I3), never a blank page: the
// release build (activeTab only) is clicked on pages that cannot give an article.
import { expect, test, type Page } from '@playwright/test';
import { RELEASE_BUILD, launchWithExtension } from './support/chromium.js';
import { useExtensionSession } from './support/session.js';
import { articlePage, READER_URL } from './helpers/reader.js';

const { session: ext, server } = useExtensionSession(() => launchWithExtension(RELEASE_BUILD));
test.describe.configure({ mode: 'serial' });

/** `prepare` runs between loading the page and the click. */
async function clickOn(url: string, prepare?: (page: Page) => Promise<unknown>): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(url);
  await prepare?.(page);
  await ext.clickAction(page);
  await page.waitForURL(READER_URL);
  await expect(page.locator('#state')).toBeVisible();
  await expect(page.locator('#article')).toBeHidden();
  return page;
}

test('a browser page gets the restricted-page message, and "Back to the page" returns to it', async () => {
  const page = await clickOn('chrome://version/');
  await expect(page.locator('#state-title')).toHaveText('Sift cannot read this page');
  await expect(page.locator('#state-extra')).toContainText('Browser pages');
  await expect(page.locator('#state-extra')).toContainText('off limits');
  await page.locator('#state-back').click();
  await page.waitForURL('chrome://version/');
});

test('a list of links is "No article found"', async () => {
  const links = Array.from({ length: 200 }, (_, i) => `<li><a href="/s/${i}">Section number ${i}</a></li>`).join('');
  const page = await clickOn(server.route('/states/links.html', `<!doctype html><title>Sections</title><ul>${links}</ul>`));
  await expect(page.locator('#state-title')).toHaveText('No article found');
  await expect(page.locator('#state-detail-text')).toContainText('links');
});

test('a frameset names its frames so the user can open the article frame', async () => {
  const story = server.route('/states/story.html', articlePage('Framed story'));
  const page = await clickOn(
    server.route('/states/frames.html', `<!doctype html><html><frameset cols="20%,80%"><frame src="/states/nav.html"><frame src="${story}"></frameset></html>`),
  );
  await expect(page.locator('#state-title')).toHaveText('The article is inside frames');
  await expect(page.locator('#state-links a')).toHaveText([`${server.origin}/states/nav.html`, story]);
});

test('a plain-text document is "Not a web page Sift can read"', async () => {
  const page = await clickOn(server.route('/states/notes.txt', { body: 'Just some notes.\n'.repeat(200), type: 'text/plain; charset=utf-8' }));
  await expect(page.locator('#state-title')).toHaveText('Not a web page Sift can read');
  await expect(page.locator('#state-detail-text')).toHaveText('text/plain');
});

test('a page above the element cap is "too large"', async () => {
  const huge = articlePage('Huge page', `<div>${'<i></i>'.repeat(151_000)}</div>`);
  // A huge page keeps its renderer busy with layout for seconds on a loaded machine; the gate is
  // what is under test, not the 5 s watchdog, so click once the page is idle.
  const page = await clickOn(server.route('/states/huge.html', huge), (p) => p.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve))));
  await expect(page.locator('#state-title')).toHaveText('This page is too large');
});

test('a page that keeps its main thread busy ends in the 5 s watchdog, not an endless wait', async () => {
  const busy = articlePage('Busy page').replace('</body>', '<script>setTimeout(() => { const end = Date.now() + 9000; while (Date.now() < end); }, 50);</script></body>');
  const started = Date.now();
  // The click must find the page already busy: a quick extraction could otherwise finish in the
  // 50 ms before the loop starts. The page cannot say when it has started, so wait well past it.
  const page = await clickOn(server.route('/states/busy.html', busy), (p) => p.waitForTimeout(500));
  await expect(page.locator('#state-title')).toHaveText('The page took too long');
  expect(Date.now() - started).toBeLessThan(12_000);
});

test('a reader address whose article is gone says so', async () => {
  const page = await ext.context.newPage();
  await page.goto(ext.url('reader.html#00000000-0000-4000-8000-000000000000'));
  await expect(page.locator('#state-title')).toHaveText('This reader page has expired');
});
