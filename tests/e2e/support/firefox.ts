// Launches Firefox ESR headless through puppeteer-core over WebDriver BiDi with an unpacked Sift
// build installed as a temporary add-on (E2E.md §4). The toolbar click and the options page are
// reached through privileged code in the browser window (chrome scope), which needs
// --remote-allow-system-access.
import { test } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(new URL('../../..', import.meta.url).pathname);

export const FIREFOX_RELEASE_BUILD = resolve(ROOT, 'dist/firefox');
export const FIREFOX_TEST_BUILD = resolve(ROOT, 'dist-test/firefox');
export const FIREFOX_EXECUTABLE = process.env.SIFT_FIREFOX ?? '/usr/bin/firefox-esr';

/**
 * The browser window is out of WebDriver BiDi's reach: Firefox ESR 140.12 no longer lists it for
 * `"moz:scope": "chrome"`, and a Marionette session (which still reaches it) cannot run beside
 * puppeteer's BiDi session. Without it there is no real toolbar click, so the Firefox specs skip
 * with this reason rather than pass on a substitute.
 */
export class ChromeScopeUnavailable extends Error {
  constructor() {
    super('this Firefox does not expose its browser window to WebDriver BiDi ("moz:scope": "chrome"): the toolbar click and the add-on internals cannot be reached');
    this.name = 'ChromeScopeUnavailable';
  }
}

export interface FirefoxSession {
  browser: Browser;
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

interface BidiEvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text: string };
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

export async function launchFirefoxWithExtension(build = FIREFOX_TEST_BUILD): Promise<FirefoxSession> {
  // Firefox writes to $HOME (caches, crash reports) even with a throwaway profile; as root in CI
  // $HOME may be missing or read-only, so each session gets its own.
  const home = await mkdtemp(join(tmpdir(), 'sift-firefox-home-'));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_EXECUTABLE,
      headless: true,
      args: ['--remote-allow-system-access'],
      env: { ...process.env, HOME: home, XDG_CACHE_HOME: join(home, '.cache') },
      // Lets permissions.request resolve without a doorhanger nobody can click in headless mode.
      extraPrefsFirefox: { 'extensions.webextOptionalPermissionPrompts': false },
    });
  } catch (error) {
    await rm(home, { recursive: true, force: true });
    throw error;
  }
  const connection = (browser as unknown as { connection: BidiConnection }).connection;

  async function evaluateInChrome<T>(body: string): Promise<T> {
    const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as {
      contexts: { context: string; url: string }[];
    };
    const window = tree.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
    if (!window) throw new ChromeScopeUnavailable();
    const expression = `(async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      const ext = ExtensionParent.GlobalManager.getExtension(${JSON.stringify(extensionId)});
      if (!ext) throw new Error('add-on ${extensionId} is not installed');
      return JSON.stringify(await (async () => { ${body} })() ?? null);
    })()`;
    const { result } = (await connection.send('script.evaluate', {
      expression,
      target: { context: window.context },
      awaitPromise: true,
      resultOwnership: 'none',
    })) as { result: BidiEvaluateResult };
    if (result.type === 'exception') throw new Error(`chrome-scope evaluation failed: ${result.exceptionDetails?.text}`);
    return JSON.parse(String(result.result?.value)) as T;
  }

  let extensionId = '';
  let baseUrl = '';
  try {
    extensionId = await browser.installExtension(build);
    baseUrl = await evaluateInChrome<string>('return ext.baseURL;');
  } catch (error) {
    await browser.close();
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
      await browser.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}

/** Runs the function body `fn` (it may await and return) in an extension page, where `browser` is the extension API. */
export async function inExtensionPage<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(async () => { ${fn} })()`) as Promise<T>;
}

/**
 * launchFirefoxWithExtension, or the calling test or hook skipped with the reason when this Firefox
 * cannot be driven (ChromeScopeUnavailable): every Firefox spec launches through it.
 */
export async function launchFirefoxOrSkip(build = FIREFOX_TEST_BUILD): Promise<FirefoxSession> {
  try {
    return await launchFirefoxWithExtension(build);
  } catch (error) {
    if (error instanceof ChromeScopeUnavailable) test.skip(true, error.message);
    throw error;
  }
}
