// The release build as users get it: it loads in Debian's Chromium, its manifest asks for no more
// than Sift needs, test hooks are compiled out, and the service worker does nothing at start-up
// but register listeners (work belongs in the events, so a worker woken for one event stays cheap).
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, RELEASE_BUILD, ROOT, TEST_BUILD } from './support/chromium.js';

const FIREFOX_RELEASE = join(ROOT, 'dist/firefox');

interface Manifest {
  manifest_version: number;
  background: { service_worker?: string; scripts?: string[] };
  permissions: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown;
  web_accessible_resources?: unknown;
  content_security_policy?: { extension_pages?: string };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string } };
  icons: Record<string, string>;
  options_ui?: { page: string };
  [key: string]: unknown;
}

const readManifest = (dir: string): Manifest => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const scriptsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.js'));

/** Parses a CSP string into directive -> sources. */
function cspDirectives(csp: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

for (const [browser, dir] of [['chrome', RELEASE_BUILD], ['firefox', FIREFOX_RELEASE]] as const) {
  test(`the ${browser} release manifest asks for exactly what Sift needs`, () => {
    const manifest = readManifest(dir);
    expect(manifest.manifest_version).toBe(3);
    // One manifest for both browsers: Chromium runs the service worker, Firefox the event page.
    expect(manifest.background).toEqual({ service_worker: 'background.js', scripts: ['background.js'] });
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.optional_host_permissions).toEqual(['*://*/*']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();

    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(Number.parseFloat(gecko?.strict_min_version ?? '0')).toBeGreaterThanOrEqual(140);

    const csp = cspDirectives(manifest.content_security_policy?.extension_pages ?? '');
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    for (const [name, sources] of csp) {
      expect(sources, `${name} must not allow eval or inline code`).not.toContain("'unsafe-eval'");
      expect(sources, `${name} must not allow eval or inline code`).not.toContain("'unsafe-inline'");
    }
  });

  test(`every file the ${browser} manifest names is in the build, with its messages`, () => {
    const manifest = readManifest(dir);
    const named = [
      'background.js',
      ...Object.values(manifest.icons),
      ...Object.values((manifest.action as { default_icon: Record<string, string> }).default_icon),
      ...(manifest.options_ui ? [manifest.options_ui.page] : []),
    ];
    for (const file of named) expect(existsSync(join(dir, file)), `${file} is missing from ${dir}`).toBe(true);
    const messages = JSON.parse(readFileSync(join(dir, '_locales/en/messages.json'), 'utf8')) as Record<string, unknown>;
    const keys = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(messages, `_locales/en lacks ${key}`).toHaveProperty(key);
  });

  test(`the ${browser} release content script fits its 203 KiB budget, the regex engine apart`, () => {
    // re2js (~150 KB) lives in re2.js, injected only for settings with `/regex/` phrases: content.js
    // with it bundled would weigh 340 KB. The rest is Readability, DOMPurify, the detector's
    // vocabulary in five languages and its learned word weights (about 26 KB), which grow with it.
    // 200 KiB until the word checks that spare a fresh content script its costliest regex
    // compilations (about 0.8 KB) took the detector's first run from about 44 to 24 ms (median,
    // `node bench/overhead.mjs --cold 20`): every click runs a fresh content script. 201 KiB until
    // the vocabulary's hashed table, the tokenizer's check for lines already in NFKC and the topic
    // model's late read of the article (about 0.7 KB together) made the warm spam stage 14% cheaper
    // on the Zyte pages (`node bench/overhead.mjs --against`, 11 runs a page: spam_share 0.103 -> 0.088).
    // 202 KiB until the scan for quotations (about 0.9 KB) replaced a regex of 53 KB of bytecode
    // that a fresh content script compiled on most pages: the first run 4% cheaper (per-page median,
    // fresh processes interleaved with the previous build), the warm stage 3%.
    const size = (file: string) => readFileSync(join(dir, file)).length;
    expect(size('content.js')).toBeLessThanOrEqual(203 * 1024);
    expect(size('re2.js')).toBeGreaterThan(0);
  });

  test(`the ${browser} release bundles carry no test hook`, () => {
    for (const file of scriptsIn(dir)) {
      expect(readFileSync(join(dir, file), 'utf8'), `${file} contains the test hook`).not.toContain('__siftTest');
    }
  });
}

test('the test build exposes its hook and loopback host access, and only that', () => {
  expect(readFileSync(join(TEST_BUILD, 'background.js'), 'utf8')).toContain('__siftTest');
  expect(readManifest(TEST_BUILD).host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
});

test('the release build loads in Chromium and its service worker starts', async () => {
  const session = await launchWithExtension(RELEASE_BUILD);
  try {
    expect(session.sw.url()).toBe(session.url('background.js'));
    const manifest = await session.sw.evaluate(
      () => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest(),
    );
    expect(manifest.version).toBe(readManifest(RELEASE_BUILD).version);
    expect(await session.sw.evaluate(() => typeof (globalThis as { __siftTest?: unknown }).__siftTest)).toBe('undefined');
  } finally {
    await session.close();
  }
});

/** Runs before background.js: records every extension API call and every listener registration,
 * and registers no listener for real, so no event (onInstalled included) ever runs a handler and
 * whatever is recorded besides listeners is work done at start-up. */
const STARTUP_RECORDER = `(() => {
  const calls = [], listeners = [];
  const record = (target, path) => new Proxy(target, {
    get(t, prop) {
      const value = Reflect.get(t, prop, t);
      if (typeof prop !== 'string') return value;
      const name = path + '.' + prop;
      if (typeof value === 'function') {
        if (prop === 'addListener') return () => { listeners.push(path); };
        if (prop === 'hasListener') return () => false;
        if (prop === 'removeListener') return () => {};
        return function (...args) { calls.push(name); return value.apply(t, args); };
      }
      return value !== null && typeof value === 'object' ? record(value, name) : value;
    },
  });
  // Chromium now has a native promise-based \`browser\` too, which webextension-polyfill prefers.
  // Newer Chromium makes \`chrome\` a writable but non-configurable global: it is assigned, not redefined.
  for (const name of ['chrome', 'browser']) {
    if (!globalThis[name]) continue;
    const recorded = record(globalThis[name], name);
    if (Object.getOwnPropertyDescriptor(globalThis, name)?.writable) globalThis[name] = recorded;
    else Object.defineProperty(globalThis, name, { value: recorded, configurable: true, writable: true });
  }
  globalThis.__startupRecord = { calls, listeners };
})();
`;

/** Calls that only read the extension's own static data. */
const HARMLESS_AT_STARTUP = new Set(
  ['runtime.getURL', 'runtime.getManifest', 'i18n.getMessage'].flatMap((call) => [`chrome.${call}`, `browser.${call}`]),
);

test('the service worker only registers listeners at start-up', async () => {
  const copy = await mkdtemp(join(tmpdir(), 'sift-startup-'));
  try {
    await cp(RELEASE_BUILD, copy, { recursive: true });
    const background = join(copy, 'background.js');
    await writeFile(background, STARTUP_RECORDER + (await readFile(background, 'utf8')));
    const session = await launchWithExtension(copy);
    try {
      // Let any promise chain started at the top level settle before reading the record.
      await new Promise((r) => setTimeout(r, 1_000));
      const record = await session.sw.evaluate(
        () => (globalThis as unknown as { __startupRecord: { calls: string[]; listeners: string[] } }).__startupRecord,
      );
      expect(record.calls.filter((call) => !HARMLESS_AT_STARTUP.has(call))).toEqual([]);
      // Whichever namespace the polyfill picked, the same events are listened to.
      const events = record.listeners.map((path) => path.replace(/^(chrome|browser)\./, ''));
      expect(events).toEqual(
        expect.arrayContaining(['action.onClicked', 'contextMenus.onClicked', 'runtime.onInstalled', 'runtime.onStartup', 'runtime.onMessage']),
      );
    } finally {
      await session.close();
    }
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});
