// Launches Debian's Chromium with an unpacked Sift build (E2E.md) and clicks the real toolbar
// button through CDP `Extensions.triggerAction`, which also grants activeTab.
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { resolve } from 'node:path';

export const ROOT = resolve(new URL('../../..', import.meta.url).pathname);
export const RELEASE_BUILD = resolve(ROOT, 'dist/chrome');
export const TEST_BUILD = resolve(ROOT, 'dist-test/chrome');

export interface ExtensionSession {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  /** Extension page URL, e.g. url('options.html'). */
  url(path: string): string;
  /** The real toolbar click on `page`'s tab. */
  clickAction(page: Page): Promise<void>;
  /** Errors logged by extension pages and the service worker. */
  errors: string[];
  close(): Promise<void>;
}

export async function launchWithExtension(build = TEST_BUILD): Promise<ExtensionSession> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(sw.url()).host;
  const errors: string[] = [];
  const watch = (page: Page) => {
    if (!page.url().startsWith('chrome-extension://') && page.url() !== 'about:blank') return;
    page.on('console', (m) => {
      if (m.type() === 'error' && page.url().startsWith('chrome-extension://')) errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  };
  context.on('page', watch);
  context.pages().forEach(watch);
  const cdp = await context.browser()!.newBrowserCDPSession();
  return {
    context,
    sw,
    extensionId,
    errors,
    url: (path) => `chrome-extension://${extensionId}/${path}`,
    async clickAction(page) {
      await page.bringToFront();
      const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
        targetInfos: { targetId: string; url: string }[];
      };
      const tab = targetInfos.find((t) => t.url === page.url());
      if (!tab) throw new Error(`no tab target for ${page.url()}`);
      await cdp.send('Extensions.triggerAction' as never, { id: extensionId, targetId: tab.targetId } as never);
    },
    close: () => context.close(),
  };
}
