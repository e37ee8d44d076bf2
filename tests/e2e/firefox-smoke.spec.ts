// Firefox ESR smoke test of the release build (dist/firefox): it installs as an add-on, its
// event page starts and registers the toolbar listener, the real toolbar click (activeTab, no
// host permissions) turns an article tab into the reader page, and the options page opens.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_RELEASE_BUILD, launchFirefoxWithExtension } from './support/firefox.js';
import { useExtensionSession } from './support/session.js';
import { sharedFile } from './support/server.js';

const { session: firefox, server } = useExtensionSession(() => launchFirefoxWithExtension(FIREFOX_RELEASE_BUILD));

const manifest = JSON.parse(readFileSync(join(FIREFOX_RELEASE_BUILD, 'manifest.json'), 'utf8')) as {
  browser_specific_settings: { gecko: { id: string } };
};
const article = JSON.parse(sharedFile('fixtures/seed-article.expected.json')) as { title: string; mustRemove: string[]; mustKeep: string[] };

test('the release build installs under its gecko id with no manifest errors or warnings', async () => {
  expect(firefox.extensionId).toBe(manifest.browser_specific_settings.gecko.id);
  expect(firefox.baseUrl).toMatch(/^moz-extension:\/\/[0-9a-f-]{36}\/$/);
  const state = await firefox.evaluateInChrome<{ errors: string[]; warnings: string[] }>(
    'return { errors: ext.errors, warnings: ext.warnings };',
  );
  expect(state).toEqual({ errors: [], warnings: [] });
});

test('the background script runs and registers the toolbar listener', async () => {
  const background = await firefox.evaluateInChrome<{ state: string; listeners: [string, string[]][] }>(`
    await ext.promiseBackgroundStarted?.();
    return {
      state: ext.backgroundState,
      listeners: [...ext.persistentListeners.entries()].map(([api, events]) => [api, [...events.keys()]]),
    };`);
  expect(background.state).toBe('running');
  // An event page's top-level listeners are recorded as persistent, so they wake it later.
  expect(background.listeners).toContainEqual(['browserAction', expect.arrayContaining(['onClicked'])]);
});

test('the toolbar click turns the article tab into the reader page', async () => {
  const page = await firefox.newPage();
  await page.goto(server.route('/firefox-smoke/article.html', sharedFile('fixtures/seed-article.html')));
  await firefox.clickAction(page);
  const reader = await firefox.findPage((href) => href.startsWith(firefox.url('reader.html')));
  expect(reader).toBe(page);
  await expect.poll(() => reader.evaluate(() => document.body.innerText), { timeout: 10_000 }).toContain(article.title);
  const text = await reader.evaluate(() => document.getElementById('article')?.textContent ?? '');
  for (const kept of article.mustKeep) expect(text).toContain(kept);
  for (const spam of article.mustRemove) expect(text).not.toContain(spam);
});

test('the options page opens from the add-ons manager entry point', async () => {
  const options = await firefox.openOptionsPage();
  expect(await firefox.hrefOf(options)).toBe(firefox.url('options.html'));
  // The page runs with extension privileges: its script sees the storage API.
  expect(await options.evaluate(() => typeof (globalThis as { browser?: { storage?: unknown } }).browser?.storage)).toBe('object');
});
