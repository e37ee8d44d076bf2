// Bad site patterns at run time (SECURITY.md C32), in Chromium (test build: 127.0.0.1 and
// localhost are granted at install, as a user's grant would be). Hostile entries stored directly
// in storage, or arriving in an imported file, never stop the other sites' automatic cleanup: the
// valid sites stay registered and still open in the reader by themselves, each bad entry is named
// in the options page, and the settings as they were stay downloadable.
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { TEST_BUILD, launchWithExtension } from './support/chromium.js';
import { useExtensionSession } from './support/session.js';
import { articlePage, READER_URL, readSettings, writeSettings } from './helpers/reader.js';
import { openOptions } from './helpers/options.js';

// The extension API inside the service worker (sw.evaluate bodies run there).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- typed by the browser, not by this project
declare const chrome: any;

const { session: ext, server } = useExtensionSession(() => launchWithExtension(TEST_BUILD));
let n = 0;

test.describe.configure({ mode: 'serial' });

const on = { autoClean: true, spamFilter: true };
const VALID = [
  { host: '127.0.0.1', ...on },
  { host: 'localhost', ...on },
];
/** Every shape C32 names, each next to the valid sites. */
const HOSTILE: { entry: unknown; shown: RegExp }[] = [
  { entry: { host: '<all_urls>', ...on }, shown: /site 2 \(“<all_urls>”\) must name one site; wildcards are not allowed/ },
  { entry: { host: '*://*/*', ...on }, shown: /site 3 \(“\*:\/\/\*\/\*”\) must name one site/ },
  { entry: { host: 'file:///*', ...on }, shown: /site 4 \(“file:\/\/\/\*”\) must name one site/ },
  { entry: { host: 'file:///etc/passwd', ...on }, shown: /site 5 \(“file:\/\/\/etc\/passwd”\) uses file:, only http and https/ },
  { entry: { host: 'chrome://settings', ...on }, shown: /site 6 \(“chrome:\/\/settings”\) uses chrome:/ },
  { entry: { host: 'javascript:alert(1)', ...on }, shown: /site 7 \(“javascript:alert\(1\)”\) uses javascript:/ },
  { entry: { host: 'x'.repeat(5000), ...on }, shown: /site 8 \(“x{59}…”\) is too long to be a web address/ },
  { entry: { host: 'News.Example.com', ...on }, shown: /site 9 \(“News\.Example\.com”\) is not a plain host name/ },
  { entry: { host: 42, ...on }, shown: /site 10 is not text/ },
  { entry: { host: 'a.example', autoClean: 'yes', spamFilter: true }, shown: /site 11 \(“a\.example”\) needs autoClean and spamFilter/ },
];
const STORED = [VALID[0], ...HOSTILE.map((h) => h.entry), { host: '127.0.0.1', ...on }, VALID[1]];

const registrations = () =>
  ext.sw.evaluate(async () =>
    ((await chrome.scripting.getRegisteredContentScripts()) as { id: string; matches: string[] }[]).map(({ id, matches }) => ({ id, matches })).sort((a, b) => a.id.localeCompare(b.id)),
  );
const REGISTERED = [
  { id: 'sift-auto-127.0.0.1', matches: ['http://127.0.0.1/*'] },
  { id: 'sift-auto-localhost', matches: ['http://localhost/*'] },
];

/** Loads an article on `host` and expects automatic cleanup to replace it with the reader. */
async function opensByItself(host: string): Promise<void> {
  const url = server.route(`/c32/story-${++n}.html`, articlePage(`Harbour story ${n}`)).replace('127.0.0.1', host);
  const page = await ext.context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForURL(READER_URL, { waitUntil: 'commit' });
  await expect(page.locator('#title')).toHaveText(`Harbour story ${n}`);
  await page.close();
}

test('hostile sites stored directly leave the valid sites registered and cleaned; each is named in the options page; nothing is lost', async () => {
  await writeSettings(ext, { sites: STORED });
  await expect.poll(registrations).toEqual(REGISTERED);
  // The repaired list is written back: only the valid sites, in their order, the duplicate once.
  await expect.poll(async () => (await readSettings(ext)).sites).toEqual(VALID);
  const report = (await ext.sw.evaluate(() => (globalThis as unknown as { __siftTest: { syncSiteScripts(): Promise<unknown> } }).__siftTest.syncSiteScripts())) as {
    registered: string[];
    failures: unknown[];
  };
  expect({ registered: report.registered.sort(), failures: report.failures }).toEqual({ registered: ['127.0.0.1', 'localhost'], failures: [] });

  await opensByItself('127.0.0.1');
  await opensByItself('localhost');

  const page = await openOptions(ext);
  const notice = page.getByRole('region', { name: 'Some settings were repaired' });
  await expect(notice).toBeVisible();
  await expect(notice.locator('li')).toHaveCount(1);
  const line = (await notice.locator('li').textContent()) ?? '';
  expect(line).toMatch(/^sites: /);
  expect(line).toMatch(/\(the other 3 kept\)$/);
  for (const { shown } of HOSTILE) expect(line).toMatch(shown);
  await expect(page.locator('.site-row')).toHaveCount(2);
  for (const { host } of VALID) await expect(page.locator('.site-row', { hasText: host }).locator('.access')).toHaveText('Access granted');

  // Nothing lost: the previous settings, hostile entries included, download as they were stored.
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download previous settings' }).click()]);
  expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toMatchObject({ sites: STORED });
  await page.close();
});

test('an imported file with a hostile site is refused whole; the registered sites and their cleanup stay', async () => {
  await writeSettings(ext, { sites: VALID });
  await expect.poll(registrations).toEqual(REGISTERED);
  const page = await openOptions(ext);
  const file = { format: 'sift-settings', version: 1, sites: [{ host: 'example.org', ...on }, { host: '*://*/*', ...on }] };
  await page.locator('#import-file').setInputFiles({ name: 'sites.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const result = page.locator('#import-result');
  await expect(result.locator('.import-result-title')).toHaveText('Nothing was imported from sites.json. Your settings are unchanged.');
  await expect(result.locator('li')).toHaveText(['sites: site 2 (“*://*/*”) must name one site; wildcards are not allowed']);
  expect((await readSettings(ext)).sites).toEqual(VALID);
  // Give a (wrong) re-sync the time to happen before checking nothing changed.
  await page.waitForTimeout(500);
  expect(await registrations()).toEqual(REGISTERED);
  await page.close();
  await opensByItself('127.0.0.1');
});
