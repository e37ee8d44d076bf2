// Launches Firefox ESR headless with an unpacked Sift build installed as a temporary add-on and
// drives it through puppeteer-core over WebDriver BiDi (E2E.md §4). The toolbar click, the options
// entry point and the add-on's internals are reached through privileged code in the browser window,
// run over Marionette in the same session (firefox-launch.ts).
import type { Page } from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchFirefox, type LaunchedFirefox } from './firefox-launch.js';

const ROOT = resolve(new URL('../../..', import.meta.url).pathname);

export const FIREFOX_RELEASE_BUILD = resolve(ROOT, 'dist/firefox');
export const FIREFOX_TEST_BUILD = resolve(ROOT, 'dist-test/firefox');
export const FIREFOX_EXECUTABLE = process.env.SIFT_FIREFOX ?? '/usr/bin/firefox-esr';

export interface FirefoxSession {
  browser: LaunchedFirefox['browser'];
  /** The add-on id (browser_specific_settings.gecko.id). */
  extensionId: string;
  /** moz-extension://<uuid>/ — the uuid is random per install. */
  baseUrl: string;
  /** Extension page URL, e.g. url('reader.html'). */
  url(path: string): string;
  /** A fresh tab. */
  newPage(): Promise<Page>;
  /** The real toolbar click on `page`'s tab (grants activeTab, like a user's click). */
  clickAction(page: Page): Promise<void>;
  /** Opens the options page the way the add-ons manager does and returns its tab. */
  openOptionsPage(): Promise<Page>;
  /** The tab whose real location matches, polling until `timeoutMs`. */
  findPage(match: (href: string) => boolean, timeoutMs?: number): Promise<Page>;
  /** The real location of a tab (puppeteer's page.url() goes stale on extension pages). */
  hrefOf(page: Page): Promise<string>;
  /** Runs `body` (a function body; may await; returns JSON-serialisable data) in the browser
   * window with `ExtensionParent` and `ext` (this add-on's Extension object) in scope. */
  evaluateInChrome<T>(body: string): Promise<T>;
  close(): Promise<void>;
}

export async function launchFirefoxWithExtension(build = FIREFOX_TEST_BUILD): Promise<FirefoxSession> {
  // Firefox writes to $HOME (caches, crash reports) even with a throwaway profile; as root in CI
  // $HOME may be missing or read-only, so each session gets its own.
  const home = await mkdtemp(join(tmpdir(), 'sift-firefox-home-'));
  let firefox: LaunchedFirefox;
  try {
    firefox = await launchFirefox({
      executable: FIREFOX_EXECUTABLE,
      profile: join(home, 'profile'),
      env: { ...process.env, HOME: home, XDG_CACHE_HOME: join(home, '.cache') },
      prefs: {
        // Lets permissions.request resolve without a doorhanger nobody can click in headless mode.
        'extensions.webextOptionalPermissionPrompts': false,
        // One content process for every site, as puppeteer's own Firefox launch sets it.
        'fission.webContentIsolationStrategy': 0,
      },
    });
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw error;
  }
  const browser = firefox.browser;

  async function evaluateInChrome<T>(body: string): Promise<T> {
    const script = `const id = arguments[0];
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const ext = ExtensionParent.GlobalManager.getExtension(id);
      if (!ext) throw new Error('add-on ' + id + ' is not installed');
      return (async () => JSON.stringify(await (async () => { ${body} })() ?? null))();`;
    return JSON.parse(await firefox.runInChrome<string>(script, [extensionId])) as T;
  }

  let extensionId = '';
  let baseUrl = '';
  try {
    extensionId = await browser.installExtension(build);
    baseUrl = await evaluateInChrome<string>('return ext.baseURL;');
  } catch (error) {
    await firefox.close();
    await rm(home, { recursive: true, force: true });
    throw error;
  }

  const hrefOf = (page: Page) => page.evaluate(() => location.href);

  async function findPage(match: (href: string) => boolean, timeoutMs = 10_000): Promise<Page> {
    const deadline = Date.now() + timeoutMs;
    const seen = new Set<string>();
    for (;;) {
      for (const page of await browser.pages()) {
        // A tab in the middle of a navigation cannot be evaluated; it is simply tried again.
        const href = await hrefOf(page).catch(() => '');
        seen.add(href);
        if (match(href)) return page;
      }
      if (Date.now() > deadline) throw new Error(`no tab matched within ${timeoutMs} ms; open tabs: ${[...seen].join(', ')}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  return {
    browser,
    extensionId,
    baseUrl,
    url: (path) => baseUrl + path,
    newPage: () => browser.newPage(),
    hrefOf,
    findPage,
    evaluateInChrome,
    async clickAction(page) {
      // triggerAction acts on the selected tab of the window.
      await page.bringToFront();
      await evaluateInChrome('ExtensionParent.apiManager.global.browserActionFor(ext).triggerAction(window);');
    },
    async openOptionsPage() {
      await evaluateInChrome('await ExtensionParent.apiManager.global.openOptionsPage(ext);');
      // Firefox focuses an options tab that is already open rather than opening a second one.
      return findPage((href) => href.startsWith(baseUrl + 'options.html'));
    },
    async close() {
      await firefox.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** Runs the function body `fn` (it may await and return) in an extension page, where `browser` is the extension API. */
export async function inExtensionPage<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(async () => { ${fn} })()`) as Promise<T>;
}
