// Shared steps of the reader browser tests: open a served page, click Sift, wait for the reader.
import { expect, type Page } from '@playwright/test';
import type { ExtensionSession } from '../support/chromium.js';

// The extension API as seen inside the service worker (sw.evaluate bodies run there, not here).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- typed by the browser, not by this project
declare const chrome: any;

export const READER_URL = /\/reader\.html#[0-9a-f-]{36}$/;

/** Opens `url` in a new tab, clicks the real toolbar button and waits for the rendered reader. */
export async function openInReader(ext: ExtensionSession, url: string, page?: Page): Promise<Page> {
  const tab = page ?? (await ext.context.newPage());
  if (tab.url() !== url) await tab.goto(url);
  await ext.clickAction(tab);
  await tab.waitForURL(READER_URL);
  await expect(tab.locator('#article:not([hidden]), #state:not([hidden])')).toBeVisible();
  return tab;
}

/** Stored settings, written the way the options page writes them (storage.sync `settings`). */
export async function writeSettings(ext: ExtensionSession, settings: Record<string, unknown>): Promise<void> {
  await ext.sw.evaluate(async (s) => {
    await chrome.storage.sync.clear();
    await chrome.storage.local.clear();
    await chrome.storage.sync.set({ settings: { version: 1, ...s } });
  }, settings);
}

export async function readSettings(ext: ExtensionSession): Promise<Record<string, unknown>> {
  return ext.sw.evaluate(async () => (await chrome.storage.sync.get('settings')).settings as Record<string, unknown>);
}

/** A small article page with genuine paragraphs around `insert` (raw HTML placed mid-article). */
export function articlePage(title: string, insert = ''): string {
  const para = (n: number) =>
    `<p>Paragraph ${n} of the report on the harbour renovation describes how the council weighed the cost of new ` +
    `sea walls against the value of the fishing fleet, and why the engineers asked for another season of tide measurements before any work begins.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="author" content="Ada Reporter"><meta property="og:site_name" content="Harbour Times">
<meta property="article:published_time" content="2024-03-05T09:30:00Z"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Ada Reporter</p>
${para(1)}${para(2)}${insert}${para(3)}${para(4)}${para(5)}</article></main>
<footer><p>Contact us</p></footer></body></html>`;
}
