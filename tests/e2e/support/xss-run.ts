// Runs a batch of XSS vectors through the full pipeline (SECURITY.md §2): a real article page
// carrying the vectors, the real toolbar click, the reader page; then every link, button, input
// and summary in the untrusted parts of the reader is focused and clicked. Returns what leaked.
import type { Page } from '@playwright/test';
import type { ExtensionSession } from './chromium.js';
import { clickToReader, describeOutcome } from './reader-page.js';
import type { TestServer } from './server.js';
import { openerProbePage, xssArticleHtml, type XssVector } from './xss-vectors.js';

/**
 * The hostile page is served sandboxed and with no network, so its own copy of the vectors is
 * inert: any execution or beacon request after the click is then Sift's doing, never the page's.
 * allow-same-origin keeps the page's real origin, as on a normal site.
 */
export const INERT_PAGE_CSP = "sandbox allow-same-origin; default-src 'none'";

export interface BatchReport {
  outcome: string;
  findings: string[];
  /** Beacon requests after the click, by vector id. */
  hits: string[];
  clicked: number;
}

export function routeOpenerProbe(server: TestServer): void {
  server.route('/opener', openerProbePage(server.origin));
}

/**
 * `window.__pwned` in the main world of `page`. In the reader a clobbering element counts too
 * (page markup must never name the reader's globals); the original page clobbers its own window
 * with its own markup, so there only a value set by script counts.
 */
const pwnedIn = (page: Page, countClobbering = true): Promise<string | null> =>
  page.evaluate((clobbering) => {
    const w = window as unknown as { __pwned?: unknown };
    if (typeof w.__pwned === 'string') return w.__pwned;
    if (w.__pwned === undefined || !clobbering) return null;
    return `clobbered by ${Object.prototype.toString.call(w.__pwned)}`;
  }, countClobbering);

/** A Referer that tells a site about the reader or comes from a vector (not a popup's own favicon). */
const leakyReferer = (r: { path: string; referer: string | null }): boolean =>
  r.referer !== null && (r.referer.startsWith('chrome-extension:') || r.referer.startsWith('moz-extension:') || /xv-|^\/hit/.test(r.path));

/**
 * What an unsanitized article would leave in the reader's DOM (the same rules as the unit-test
 * oracle): script-capable elements, handlers, script URLs, request-making attributes.
 */
const readerDomProblems = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const problems: string[] = [];
    // Native methods: in a broken reader, page markup may have clobbered document.querySelector.
    const roots = Array.from(Document.prototype.querySelectorAll.call(document, '#article-body'));
    const forbidden = 'script, style, link, meta, base, iframe, frame, object, embed, form, input, button, select, textarea, template, svg, math, audio, video, source, noscript';
    for (const root of roots) {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.matches(forbidden)) problems.push(`<${el.localName}>`);
        for (const a of Array.from(el.attributes)) {
          if (/^on/i.test(a.name)) problems.push(`<${el.localName} ${a.name}>`);
          if (['srcset', 'ping', 'style', 'formaction', 'action', 'background'].includes(a.name)) problems.push(`<${el.localName} ${a.name}>`);
          if (/^\s*(javascript|data|vbscript):/i.test(a.value) && ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster'].includes(a.name))
            problems.push(`<${el.localName} ${a.name}="${a.value.slice(0, 30)}">`);
        }
      }
    }
    return [...new Set(problems)];
  });

/**
 * `work`, or a rejection after `ms`: an unsanitized article may navigate the reader away in the
 * middle of the clicking, and a focus or evaluate on the vanishing page must not hang the batch.
 */
async function within<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took over ${ms} ms`)), ms);
  });
  work.catch(() => undefined); // settles after the page closes; its failure is no longer news
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Focuses and clicks every element matching `selector`; returns how many took the click. */
async function clickAll(page: Page, selector: string): Promise<number> {
  let clicked = 0;
  for (const el of await page.$$(selector)) {
    try {
      await el.focus();
      await el.click({ timeout: 200, force: true, noWaitAfter: true });
      clicked++;
    } catch {
      // Hidden, detached or replaced by an earlier click: nothing to click.
    }
  }
  return clicked;
}

/** Restores every ledger item into the article (its HTML comes from the page too). */
async function restoreLedger(page: Page): Promise<number> {
  await page.evaluate(() => {
    const details = Document.prototype.querySelector.call(document, '#ledger details') as HTMLDetailsElement | null;
    if (details) details.open = true;
  });
  return clickAll(page, '#ledger-list li:not(.is-restored) .ledger-actions button:first-child');
}

/** Focuses and clicks every link, button, input and summary the article put in the reader. */
async function clickArticle(page: Page): Promise<number> {
  await page.evaluate(() => {
    for (const d of Array.from(Document.prototype.querySelectorAll.call(document, '#article-body details'))) (d as HTMLDetailsElement).open = true;
  });
  return clickAll(page, '#article-body :is(a, button, input, summary)');
}

export async function runXssBatch(session: ExtensionSession, server: TestServer, name: string, vectors: readonly XssVector[]): Promise<BatchReport> {
  const url = server.route(`/xss/${name}.html`, { body: xssArticleHtml(vectors, server.origin), headers: { 'content-security-policy': INERT_PAGE_CSP } });
  const popups: Page[] = [];
  const onPage = (p: Page) => popups.push(p);
  session.context.on('page', onPage);
  const page = await session.context.newPage();
  const findings: string[] = [];
  try {
    await page.goto(url);
    const mark = server.requests.length;
    const hitMark = server.hits.length;
    const readerBase = session.url('reader.html');
    // Watch the page's main world until the tab leaves it for the reader.
    const mainWorld = (async () => {
      while (!page.url().startsWith(readerBase)) {
        const seen = await within(pwnedIn(page, false), 2_000, 'reading the page').catch(() => null);
        if (seen) findings.push(`page main world: __pwned = ${seen}`);
        await page.waitForTimeout(25);
      }
    })();
    const outcome = await clickToReader(session, page);
    await mainWorld.catch(() => undefined);
    if (outcome.kind !== 'article') findings.push(`no reader article: ${describeOutcome(outcome)}`);
    let clicked = 0;
    const t0 = performance.now();
    if (outcome.kind === 'article') {
      try {
        clicked += await within(restoreLedger(page), 10_000, 'restoring the ledger');
        for (const p of await within(readerDomProblems(page), 5_000, 'reading the reader DOM')) findings.push(`reader DOM: ${p}`);
        clicked += await within(clickArticle(page), 20_000, 'clicking the article');
      } catch (e) {
        findings.push(`reader broken while clicking: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
    }
    const clickMs = Math.round(performance.now() - t0);
    await page.waitForTimeout(700);
    if (!page.url().startsWith(readerBase)) findings.push(`reader navigated away to ${page.url()}`);
    else {
      try {
        const seen = await within(pwnedIn(page), 5_000, 'reading the reader');
        if (seen) findings.push(`reader: __pwned = ${seen}`);
      } catch (e) {
        findings.push(`reader unreadable: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
    }
    for (const popup of popups) {
      if (popup === page) continue;
      const seen = await within(pwnedIn(popup), 5_000, 'reading a popup').catch(() => null);
      if (seen) findings.push(`popup ${popup.url()}: __pwned = ${seen}`);
    }
    const after = server.requests.slice(mark);
    const hits = server.hits.slice(hitMark).map((h) => h.id);
    // No article image is allowed here: the vectors' images are all beacons or broken.
    for (const id of new Set(hits)) findings.push(`beacon hit ${id}`);
    for (const r of after) if (leakyReferer(r)) findings.push(`request ${r.path} sent Referer ${r.referer}`);
    for (const r of after) if (/xv-/.test(r.path) && !r.path.startsWith('/hit') && !r.path.startsWith('/opener')) findings.push(`request ${r.path}`);
    return { outcome: `${describeOutcome(outcome)} in ${outcome.ms} ms, clicks ${clickMs} ms`, findings: [...new Set(findings)], hits, clicked };
  } finally {
    session.context.off('page', onPage);
    for (const p of popups) await p.close().catch(() => undefined);
    await page.close().catch(() => undefined);
  }
}
