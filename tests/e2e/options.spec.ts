// The options page in Chromium (test build): every setting round-trips through storage.sync, bad
// input is refused with a message, imports are all or nothing, reset works, corrupt storage is
// repaired with a visible notice, and axe finds no accessibility violations.
import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { launchWithExtension, type ExtensionSession } from './support/chromium.js';
import { openOptions } from './helpers/options.js';
import { DEFAULT_SETTINGS, toStored } from '../../src/shared/settings.js';

/** The part of the extension API the service worker is asked to run (sw.evaluate). */
interface StorageAreaInWorker {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  clear(): Promise<void>;
}
declare const chrome: { storage: { sync: StorageAreaInWorker; local: StorageAreaInWorker } };

let ext: ExtensionSession;

test.beforeAll(async () => {
  ext = await launchWithExtension();
});
test.afterAll(async () => {
  await ext?.close();
});
test.beforeEach(async () => {
  await ext.sw.evaluate(async () => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
  });
  ext.errors.length = 0;
});
test.afterEach(() => {
  expect(ext.errors, 'no errors logged by extension pages').toEqual([]);
});

const storedSync = () => ext.sw.evaluate(() => chrome.storage.sync.get(null)) as Promise<Record<string, unknown>>;
const storedSettings = async () => (await storedSync()).settings as Record<string, unknown> | undefined;

const siteRow = (page: Page, host: string) => page.locator('.site-row', { hasText: host });

async function addSite(page: Page, input: string) {
  await page.getByLabel('Add a site').fill(input);
  await page.getByRole('button', { name: 'Add site' }).click();
}

test('every setting set in the page is stored in storage.sync and shown again after a reload', async () => {
  const page = await openOptions(ext);
  await addSite(page, 'http://127.0.0.1:8123/news/story.html');
  // The test build declares host access to 127.0.0.1, so the request resolves true at once.
  await expect(page.locator('#site-status')).toHaveText('127.0.0.1 added.');
  await expect(siteRow(page, '127.0.0.1').locator('.access')).toHaveText('Access granted');
  await expect(page.getByLabel('Add a site')).toHaveValue('');
  await addSite(page, 'https://www.example.org/');
  await expect(siteRow(page, 'www.example.org')).toBeVisible();

  await siteRow(page, '127.0.0.1').getByRole('switch', { name: 'Open articles automatically' }).uncheck();
  await siteRow(page, '127.0.0.1').getByRole('switch', { name: 'Remove spam on this site' }).uncheck();
  await page.getByRole('radio', { name: /^Strict/ }).check();
  await page.getByRole('switch', { name: /Remove “Related”/ }).uncheck();
  await page.getByRole('switch', { name: 'Remove boilerplate' }).uncheck();
  await page.getByLabel('Always remove lines containing').fill('claim your free\n/victory (shot|coin)/i\n\n');
  await page.getByLabel('Never remove lines containing').fill('letters to the editor');
  await page.getByLabel('Never remove lines containing').blur();
  await page.getByRole('radio', { name: 'Sepia' }).check();
  await page.getByRole('radio', { name: 'Sans-serif' }).check();
  await page.getByLabel('Text size').fill('23');
  await page.getByLabel('Line length').fill('80');
  await page.getByLabel('Line spacing').fill('1.9');
  await expect(page.locator('#save-status')).toHaveText('Saved');

  const expected = {
    version: 1,
    strictness: 'strict',
    removeRelated: false,
    removeBoilerplate: false,
    customRemove: ['claim your free', '/victory (shot|coin)/i'],
    neverRemove: ['letters to the editor'],
    sites: [
      { host: '127.0.0.1', autoClean: false, spamFilter: false },
      { host: 'www.example.org', autoClean: true, spamFilter: true },
    ],
    appearance: { theme: 'sepia', font: 'sans', fontSize: 23, lineWidth: 80, lineHeight: 1.9 },
  };
  await expect.poll(storedSettings).toEqual(expected);

  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(siteRow(page, '127.0.0.1').getByRole('switch', { name: 'Open articles automatically' })).not.toBeChecked();
  await expect(siteRow(page, '127.0.0.1').getByRole('switch', { name: 'Remove spam on this site' })).not.toBeChecked();
  await expect(siteRow(page, 'www.example.org').getByRole('switch', { name: 'Open articles automatically' })).toBeChecked();
  await expect(page.getByRole('radio', { name: /^Strict/ })).toBeChecked();
  await expect(page.getByRole('switch', { name: /Remove “Related”/ })).not.toBeChecked();
  await expect(page.getByRole('switch', { name: 'Remove boilerplate' })).not.toBeChecked();
  await expect(page.getByLabel('Always remove lines containing')).toHaveValue('claim your free\n/victory (shot|coin)/i');
  await expect(page.getByLabel('Never remove lines containing')).toHaveValue('letters to the editor');
  await expect(page.getByRole('radio', { name: 'Sepia' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Sans-serif' })).toBeChecked();
  await expect(page.getByLabel('Text size')).toHaveValue('23');
  await expect(page.getByLabel('Line length')).toHaveValue('80');
  await expect(page.getByLabel('Line spacing')).toHaveValue('1.9');
  await expect(page.locator('#preview')).toHaveAttribute('data-theme', 'sepia');

  // Removing a site drops it from storage.
  await siteRow(page, 'www.example.org').getByRole('button', { name: 'Remove www.example.org' }).click();
  await expect(siteRow(page, 'www.example.org')).toHaveCount(0);
  await expect.poll(async () => (await storedSettings())?.sites).toEqual([{ host: '127.0.0.1', autoClean: false, spamFilter: false }]);
  await page.close();
});

test('a change made elsewhere (the reader, another device) shows up in an open options page', async () => {
  const page = await openOptions(ext);
  await ext.sw.evaluate(
    (settings) => chrome.storage.sync.set({ settings }),
    { ...toStored(DEFAULT_SETTINGS), strictness: 'strict', neverRemove: ['letters to the editor'] },
  );
  await expect(page.getByRole('radio', { name: /^Strict/ })).toBeChecked();
  await expect(page.getByLabel('Never remove lines containing')).toHaveValue('letters to the editor');
  await page.close();
});

test('#add-site= (opened by "Always clean this site" without access) marks the site with "Grant access" focused', async () => {
  const site = (host: string) => ({ host, autoClean: true, spamFilter: true });
  await ext.sw.evaluate((settings) => chrome.storage.sync.set({ settings }), { ...toStored(DEFAULT_SETTINGS), sites: [site('127.0.0.1'), site('news.example.org')] });
  // The address the background opens (src/background/menus.ts).
  const open = (host: string) => openOptions(ext, `#add-site=${encodeURIComponent(host)}`);

  const page = await open('news.example.org');
  await expect(page.getByRole('button', { name: 'Grant access to news.example.org' })).toBeFocused();
  await expect(siteRow(page, 'news.example.org')).toHaveClass(/site-row-revealed/);
  await expect(siteRow(page, '127.0.0.1')).not.toHaveClass(/site-row-revealed/);
  await expect(page.locator('#site-status')).toHaveText('To open articles from news.example.org in the reader automatically, Sift needs your permission: choose “Grant access”.');
  // Followed once: the hint leaves the address, so a reload does not repeat it.
  expect(new URL(page.url()).hash).toBe('');

  // The same page follows a later hint; a site that has access gets its switch focused instead.
  await page.evaluate(() => (location.hash = '#add-site=127.0.0.1'));
  await expect(page.getByRole('switch', { name: 'Open articles automatically' }).first()).toBeFocused();
  await expect(siteRow(page, '127.0.0.1')).toHaveClass(/site-row-revealed/);
  await expect(siteRow(page, 'news.example.org')).not.toHaveClass(/site-row-revealed/);
  await expect(page.locator('#site-status')).toHaveText('127.0.0.1 has access: its articles open in the reader automatically.');
  await page.close();

  // A site that is not listed (its save failed) is filled in, ready to add with one click.
  const missing = await open('other.example.net');
  await expect(missing.getByLabel('Add a site')).toHaveValue('other.example.net');
  await expect(missing.getByRole('button', { name: 'Add site' })).toBeFocused();
  await missing.close();

  // Anything but one plain site is ignored.
  for (const bad of ['*://*/*', '<all_urls>', 'javascript:alert(1)', '%E0%A4%A']) {
    const ignored = await open(bad);
    await expect(ignored.getByLabel('Add a site')).toHaveValue('');
    await expect(ignored.locator('.site-row-revealed')).toHaveCount(0);
    await expect(ignored.locator('#site-status')).toHaveText('');
    await ignored.close();
  }
});

test('bad sites and bad phrases are refused with a specific message and nothing is saved', async () => {
  const page = await openOptions(ext);
  const error = page.locator('#site-error');
  const cases: [string, RegExp][] = [
    ['javascript:alert(1)', /uses javascript:, but only http and https sites can be cleaned/],
    ['*://*/*', /must name one site; wildcards/],
    ['<all_urls>', /must name one site; wildcards/],
    ['file:///etc/passwd', /uses file:/],
    ['chrome://settings', /uses chrome:/],
    ['x'.repeat(5000), /is too long to be a web address/],
    ['   ', /Type a site/],
  ];
  for (const [input, message] of cases) {
    await addSite(page, input);
    await expect(error).toHaveText(message);
    await expect(page.getByLabel('Add a site')).toHaveAttribute('aria-invalid', 'true');
  }
  expect(await storedSettings()).toBeUndefined();

  await addSite(page, 'http://127.0.0.1/');
  await expect(siteRow(page, '127.0.0.1')).toBeVisible();
  await addSite(page, 'HTTP://127.0.0.1/other');
  await expect(error).toHaveText('127.0.0.1 is already in your list.');
  await expect.poll(async () => (await storedSettings())?.sites).toHaveLength(1);

  const phrases = page.getByLabel('Always remove lines containing');
  await phrases.fill('buy now');
  await expect.poll(async () => (await storedSettings())?.customRemove).toEqual(['buy now']);
  await phrases.fill('buy now\n/(a)\\1/\nsubscribe\n/(?<=free )gift/');
  const errors = page.locator('#custom-remove-errors li');
  await expect(errors).toHaveCount(3);
  await expect(errors.nth(0)).toHaveText('Not saved until these lines are fixed:');
  await expect(errors.nth(1)).toContainText('Line 2: “/(a)\\1/” is not a supported pattern');
  await expect(errors.nth(1)).toContainText('backreferences and lookaround are not supported');
  await expect(errors.nth(2)).toContainText('Line 4:');
  await expect(phrases).toHaveAttribute('aria-invalid', 'true');
  await phrases.blur();
  await page.waitForTimeout(600);
  expect((await storedSettings())?.customRemove, 'nothing saved while a line is invalid').toEqual(['buy now']);

  // 5,000 pasted lines: refused by count at once, the page stays responsive, nothing saved.
  // (The value is set directly and an input event sent: Playwright's fill types the text through
  // Chromium's editor, which alone takes seconds per thousand lines even on a blank page.)
  await phrases.evaluate((el: HTMLTextAreaElement, text) => {
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, Array.from({ length: 5000 }, (_, i) => `pasted phrase ${i}`).join('\n'));
  await expect(errors.nth(1)).toHaveText('Too many phrases: 5000 (at most 500).');
  await expect(page.locator('#custom-remove-count')).toHaveText('5000 of 500 phrases');
  const pause = await page.evaluate(() => new Promise<number>((done) => {
    const t0 = performance.now();
    setTimeout(() => done(performance.now() - t0), 0);
  }));
  expect(pause, 'the page answers at once').toBeLessThan(200);
  expect((await storedSettings())?.customRemove).toEqual(['buy now']);

  await phrases.fill('buy now\nsubscribe');
  await expect(errors).toHaveCount(0);
  await expect.poll(async () => (await storedSettings())?.customRemove).toEqual(['buy now', 'subscribe']);
  await page.close();
});

test('importing a malformed file changes nothing and lists every problem; a good file applies', async () => {
  const page = await openOptions(ext);
  await page.getByRole('radio', { name: /^Gentle/ }).check();
  await expect.poll(async () => (await storedSettings())?.strictness).toBe('gentle');
  const before = await storedSync();

  const bad = {
    format: 'sift-settings',
    version: 1,
    strictness: 'strict',
    removeRelated: 'no',
    customRemove: ['fine', '/(a)\\1/'],
    sites: [{ host: '*://*/*', autoClean: true, spamFilter: true }],
  };
  await page.locator('#import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  const result = page.locator('#import-result');
  await expect(result).toHaveAttribute('role', 'alert');
  await expect(result.locator('.import-result-title')).toHaveText('Nothing was imported from bad.json. Your settings are unchanged.');
  await expect(result.locator('li')).toHaveCount(3);
  await expect(result).toContainText('removeRelated: must be true or false');
  await expect(result).toContainText('customRemove: phrase 2 is not a supported pattern');
  await expect(result).toContainText('sites: site 1 (“*://*/*”) must name one site');
  expect(await storedSync(), 'not even the valid strictness was applied').toEqual(before);
  await expect(page.getByRole('radio', { name: /^Gentle/ })).toBeChecked();

  await page.locator('#import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"strictness": "strict",') });
  await expect(result).toContainText('The file is not valid JSON');
  expect(await storedSync()).toEqual(before);

  const good = { ...toStored(DEFAULT_SETTINGS), strictness: 'strict', neverRemove: ['opinion'] };
  await page.locator('#import-file').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(good)) });
  await expect(result.locator('.import-result-title')).toHaveText('Settings imported from good.json.');
  await expect.poll(storedSettings).toEqual(good);
  await expect(page.getByRole('radio', { name: /^Strict/ })).toBeChecked();
  await expect(page.getByLabel('Never remove lines containing')).toHaveValue('opinion');
  await page.close();
});

test('export downloads the settings as a file that imports back', async () => {
  const page = await openOptions(ext);
  await page.getByLabel('Always remove lines containing').fill('victory shot');
  await expect.poll(async () => (await storedSettings())?.customRemove).toEqual(['victory shot']);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export settings' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^sift-settings-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile((await download.path())!, 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'sift-settings', version: 1, customRemove: ['victory shot'] });

  await page.getByLabel('Always remove lines containing').fill('something else');
  await expect.poll(async () => (await storedSettings())?.customRemove).toEqual(['something else']);
  await page.locator('#import-file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
  await expect.poll(async () => (await storedSettings())?.customRemove).toEqual(['victory shot']);
  await expect(page.getByLabel('Always remove lines containing')).toHaveValue('victory shot');
  await page.close();
});

test('the longest lists fit storage.sync in parts; settings too large for sync stay on this device with a note', async () => {
  const page = await openOptions(ext);
  const phrases = (n: number, len: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag}${i} ${'w'.repeat(len)}`.slice(0, len));
  const importFile = (name: string, settings: object) =>
    page.locator('#import-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(settings)) });

  const fits = { ...toStored(DEFAULT_SETTINGS), customRemove: phrases(500, 150, 'r') };
  await importFile('fits.json', fits);
  await expect(page.locator('#import-result .import-result-title')).toHaveText('Settings imported from fits.json.');
  await expect.poll(async () => Object.keys(await storedSync()).length).toBeGreaterThan(5);
  await expect(page.locator('#storage-note')).toBeHidden();
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByLabel('Always remove lines containing')).toHaveValue(fits.customRemove.join('\n'));

  const huge = { ...toStored(DEFAULT_SETTINGS), customRemove: phrases(500, 200, 'r'), neverRemove: phrases(500, 200, 'n') };
  await importFile('huge.json', huge);
  await expect(page.locator('#storage-note')).toBeVisible();
  const local = (await ext.sw.evaluate(() => chrome.storage.local.get(null))) as Record<string, unknown>;
  expect(local.settingsArea).toBe('local');
  expect(local.settings).toEqual(huge);
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('#storage-note')).toBeVisible();
  await expect(page.getByLabel('Never remove lines containing')).toHaveValue(huge.neverRemove.join('\n'));
  await page.close();
});

test('reset asks first, then restores the defaults', async () => {
  const page = await openOptions(ext);
  await page.getByRole('radio', { name: 'Dark' }).check();
  await addSite(page, 'http://127.0.0.1/');
  await expect.poll(async () => (await storedSettings())?.sites).toHaveLength(1);

  await page.getByRole('button', { name: 'Reset to defaults…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset all settings?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect((await storedSettings())?.sites).toHaveLength(1);

  await page.getByRole('button', { name: 'Reset to defaults…' }).click();
  await dialog.getByRole('button', { name: 'Reset settings' }).click();
  await expect.poll(storedSettings).toEqual(toStored(DEFAULT_SETTINGS));
  await expect(page.locator('.site-row')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'System' })).toBeChecked();
  await expect(page.locator('#import-result')).toHaveText('All settings are back to their defaults.');
  await page.close();
});

test('corrupt stored settings are repaired with a visible notice, and the page keeps working', async () => {
  await ext.sw.evaluate(() =>
    chrome.storage.sync.set({
      settings: JSON.parse('{"version":1,"strictness":"loud","sites":"x","customRemove":["ok","/(a)\\\\1/"],"__proto__":{"removeRelated":false}}'),
    }),
  );
  const page = await openOptions(ext);
  const notice = page.getByRole('region', { name: 'Some settings were repaired' });
  await expect(notice).toBeVisible();
  await expect(notice.locator('li')).toHaveCount(4);
  await expect(notice).toContainText('strictness: must be one of gentle, balanced, strict');
  await expect(notice).toContainText('__proto__: unknown setting dropped');
  await expect(page.getByLabel('Always remove lines containing')).toHaveValue('ok');
  await expect(page.getByRole('switch', { name: /Remove “Related”/ })).toBeChecked();
  expect(await storedSettings()).toEqual({ ...toStored(DEFAULT_SETTINGS), customRemove: ['ok'] });
  const local = (await ext.sw.evaluate(() => chrome.storage.local.get(null))) as Record<string, { raw?: unknown }>;
  expect(local.settingsBackup?.raw).toMatchObject({ strictness: 'loud', sites: 'x' });

  // The page still works.
  await page.getByRole('radio', { name: /^Gentle/ }).check();
  await expect.poll(async () => (await storedSettings())?.strictness).toBe('gentle');

  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download previous settings' }).click()]);
  expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toMatchObject({ strictness: 'loud' });

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(page.locator('body')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('#repair-notice')).toBeHidden();
  await page.close();
});

test('axe finds no accessibility violations, in light and dark, with lists, errors and notices showing', async () => {
  await ext.sw.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, strictness: 42 } }));
  const page = await openOptions(ext);
  await addSite(page, 'http://127.0.0.1/');
  await expect(siteRow(page, '127.0.0.1')).toBeVisible();
  await page.getByLabel('Always remove lines containing').fill('/(a)\\1/');
  await expect(page.locator('#custom-remove-errors li')).toHaveCount(2);
  await addSite(page, 'javascript:void(0)');
  await expect(page.locator('#site-error')).toBeVisible();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Buttons fade their colours (0.12 s): axe must read the new scheme's colours, not a frame between.
    await page.waitForFunction(() => document.getAnimations().length === 0);
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
  await page.getByRole('button', { name: 'Reset to defaults…' }).click();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.close();
});
