// Drives the real toolbar click and reads where the tab ended: the reader's article, or one of
// its failure states (SECURITY.md I3), identified by the state title the user sees.
import type { Frame, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT, type ExtensionSession } from './chromium.js';

export const FAILURE_CODES = ['no-article', 'too-large', 'unsupported-document', 'frames', 'page-changed', 'timeout', 'restricted-page', 'expired'] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

const messages = JSON.parse(readFileSync(resolve(ROOT, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;

/** The English state title of each failure code, as the reader shows it. */
export const STATE_TITLES: Record<FailureCode, string> = Object.fromEntries(
  FAILURE_CODES.map((code) => [code, messages[`state_${code.replace(/-/g, '_')}_title`]?.message ?? `(no message for ${code})`]),
) as Record<FailureCode, string>;

export type ReaderOutcome =
  | { kind: 'article'; ms: number; title: string; text: string }
  | { kind: 'state'; ms: number; code: FailureCode | 'unknown'; title: string; detail: string }
  | { kind: 'stuck'; ms: number; url: string };

/** Reads the reader page once it has shown an article or a state. */
async function readOutcome(page: Page, started: number, readerBase: string): Promise<ReaderOutcome> {
  const ms = () => Math.round(performance.now() - started);
  const shown = page.locator('#article:not([hidden]), #state:not([hidden])').first();
  // Poll rather than wait on the selector alone: a hostile article may navigate the reader away.
  while (ms() < 15_000) {
    if (!page.url().startsWith(readerBase)) return { kind: 'stuck', ms: ms(), url: page.url() };
    if (await shown.isVisible().catch(() => false)) {
      const outcome = await readShown(page, ms()).catch(() => null);
      if (outcome) return outcome;
    }
    await page.waitForTimeout(30);
  }
  return { kind: 'stuck', ms: ms(), url: page.url() };
}

async function readShown(page: Page, ms: number): Promise<ReaderOutcome> {
  const shown = await page.evaluate(() => ({
    article: !document.getElementById('article')!.hidden,
    title: (document.getElementById('article')!.hidden ? document.getElementById('state-title') : document.getElementById('title'))!.textContent ?? '',
    text: document.getElementById('article-body')!.textContent ?? '',
    detail: document.getElementById('state-detail-text')?.textContent ?? '',
  }));
  if (shown.article) return { kind: 'article', ms, title: shown.title, text: shown.text };
  const code = FAILURE_CODES.find((c) => STATE_TITLES[c] === shown.title) ?? 'unknown';
  return { kind: 'state', ms, code, title: shown.title, detail: shown.detail };
}

/** Chromium refused the injection: the activeTab grant of the CDP click did not reach the tab. */
const missedGrant = (o: ReaderOutcome): boolean => o.kind === 'state' && o.code === 'restricted-page' && /Cannot access contents of the page/.test(o.detail);

/** Counts the clicks that had to be repeated because the grant was missed (printed by the suites). */
export const clickRetries: string[] = [];

/**
 * Clicks the toolbar button on `page` and waits until the same tab shows the reader page
 * (article or failure state). `ms` runs from the click to the rendered result. About one CDP
 * click in ten under heavy load gives no activeTab grant (the page then reads as restricted);
 * such a click is repeated once from the original page, and counted in `clickRetries`.
 */
export async function clickToReader(session: ExtensionSession, page: Page, timeoutMs = 15_000): Promise<ReaderOutcome> {
  const original = page.url();
  const outcome = await clickOnce(session, page, timeoutMs);
  if (!missedGrant(outcome)) return outcome;
  clickRetries.push(original);
  await page.goto(original, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.waitForLoadState('load', { timeout: 30_000 }).catch(() => undefined);
  return clickOnce(session, page, timeoutMs);
}

async function clickOnce(session: ExtensionSession, page: Page, timeoutMs: number): Promise<ReaderOutcome> {
  const readerBase = session.url('reader.html');
  const started = performance.now();
  // Watched from before the click: a reader that a hostile article navigates away at once still
  // counts as reached, and readOutcome then reports where the tab went. Back on the original page
  // means clickAction is repeating a click that missed its grant: that click's reader counts.
  const original = page.url();
  let reachedReader = false;
  const onNavigated = (frame: Frame) => {
    if (frame !== page.mainFrame()) return;
    if (frame.url() === original) reachedReader = false;
    else if (frame.url().startsWith(readerBase)) reachedReader = true;
  };
  page.on('framenavigated', onNavigated);
  try {
    await session.clickAction(page);
    while (!reachedReader && !page.url().startsWith(readerBase)) {
      if (performance.now() - started > timeoutMs) return { kind: 'stuck', ms: Math.round(performance.now() - started), url: `${page.url()} (no reader within ${timeoutMs} ms)` };
      await page.waitForTimeout(30);
    }
  } finally {
    page.off('framenavigated', onNavigated);
  }
  return readOutcome(page, started, readerBase);
}

/** Serves as the value printed for each corpus case. */
export const describeOutcome = (o: ReaderOutcome): string =>
  o.kind === 'article' ? `reader (${o.text.length} chars)` : o.kind === 'state' ? `state ${o.code}${o.code === 'restricted-page' || o.code === 'unknown' ? ` (${o.detail.slice(0, 80)})` : ''}` : `stuck at ${o.url}`;
