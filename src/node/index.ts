// Node entry: cleanHtml(html, { url, settings }) for the `sift` CLI, the tests and the benchmarks.
//
// DOM choice, measured on this machine with plain Readability 0.6.0 (../shared/bench/run.mjs):
//   zyte (181 pages):        jsdom 27   F1 0.947, median 149 ms, total 34.8 s
//                            linkedom   F1 0.947, median  33 ms, total 11.6 s
//   readability-pages (128): jsdom 27   all_meta 1.000, text_F1 1.000, dom_exact 0.969, median 214 ms
//                            linkedom   all_meta 1.000, text_F1 1.000, dom_exact 0.789, median  33 ms
// Same extraction quality (dom_exact only differs in attribute order/whitespace), 4.5x faster:
// the page is parsed and extracted with linkedom, and DOMPurify sanitizes on linkedom too, through
// the window of purify-window.ts (which says why that output is safe for browsers). Sanitizing in
// a jsdom window instead cost a jsdom parse of every article: 10.2 s against 2.8 s for the 498
// sanitizer calls of the Zyte set (same machine, same load), plus loading jsdom (~0.5 s) in the
// process and in each batch worker. jsdom is now loaded only for a page linkedom cannot parse
// as a browser would (none of the 181 Zyte pages).
import { createRequire } from 'node:module';
import type * as Jsdom from 'jsdom';
import { parseHTML } from 'linkedom';
import { cleanArticle, re2Engine, type CleanArticle, type CleanResult, type CoreSettings } from '../core/index.js';
import { checkCoreSettings } from './core-settings.js';
import { createPurifyWindow } from './purify-window.js';
import { withEscapedAttributes } from './attribute-escape.js';

export type { CleanArticle, CleanErrorCode, CleanResult, CoreSettings, RemovedItem, RemovalCategory } from '../core/index.js';

export interface CleanHtmlOptions {
  /** The page's absolute http(s) URL: links are resolved against it and it is the attribution's source. */
  url: string;
  settings?: Partial<CoreSettings>;
  /** Element cap (default 150,000): above it the result is `too-large`. */
  maxElements?: number;
}

let sanitizerWindow: unknown = null;

/** The window DOMPurify runs in; created once, it holds no page content between calls. */
function sanitizerWindowOf(): unknown {
  sanitizerWindow ??= createPurifyWindow();
  return sanitizerWindow;
}

let jsdom: typeof Jsdom | null = null;

/** jsdom, loaded on first use: most pages never need it, and loading it costs ~0.5 s. */
function jsdomOf(): typeof Jsdom {
  jsdom ??= createRequire(import.meta.url)('jsdom') as typeof Jsdom;
  return jsdom;
}

function checkOptions(html: unknown, options: unknown): CleanHtmlOptions {
  if (typeof html !== 'string') throw new TypeError(`cleanHtml: html must be a string, got ${html === null ? 'null' : typeof html}`);
  if (typeof options !== 'object' || options === null) throw new TypeError('cleanHtml: options { url } are required');
  const { url, settings, maxElements } = options as Record<string, unknown>;
  if (typeof url !== 'string' || !URL.canParse(url)) throw new TypeError(`cleanHtml: options.url must be an absolute URL, got ${JSON.stringify(url)}`);
  const protocol = new URL(url).protocol;
  if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'file:')
    throw new TypeError(`cleanHtml: options.url must be an http(s) or file URL, got ${protocol}`);
  if (maxElements !== undefined && (typeof maxElements !== 'number' || !Number.isInteger(maxElements) || maxElements < 1))
    throw new TypeError('cleanHtml: options.maxElements must be a positive integer');
  return { url, settings: checkCoreSettings(settings), ...(maxElements !== undefined ? { maxElements } : {}) };
}

/**
 * Cleans a document you already hold (any DOM). The document is not modified. DOMPurify runs in
 * `window` when given, else in Sift's own linkedom window.
 */
export function cleanDocument(doc: Document, options: CleanHtmlOptions & { window?: unknown }): CleanResult {
  const opts = checkOptions('', options);
  return withEscapedAttributes(cleanArticle(doc, { ...opts, window: (options.window ?? sanitizerWindowOf()) as never, regexEngine: re2Engine }));
}

/**
 * linkedom builds the html/head/body skeleton only from explicit tags: for `<p>hi</p>` it makes
 * `<p>` the root, and for a page without `<body>` (legal HTML) it leaves the body empty and puts
 * the content after it. Browsers (and jsdom) always build the skeleton, so such pages go to jsdom.
 */
function hasHtmlSkeleton(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root || root.tagName !== 'HTML' || !doc.body) return false;
  for (let el = root.firstElementChild; el; el = el.nextElementSibling)
    if (el.tagName !== 'HEAD' && el.tagName !== 'BODY') return false;
  return true;
}

/** Parses `html` as a browser would: linkedom when it can build the same tree, else jsdom. */
function parsePage(html: string, url: string): { doc: Document; close: () => void } {
  const { document } = parseHTML(html, { location: new URL(url) } as never);
  const doc = document as unknown as Document;
  if (hasHtmlSkeleton(doc)) return { doc, close: () => {} };
  const { JSDOM, VirtualConsole } = jsdomOf();
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  return { doc: dom.window.document, close: () => dom.window.close() };
}

/** Like cleanHtml, but says why there is no article (`too-large`, `frames`, `no-article`, ...). */
export function cleanHtmlResult(html: string, options: CleanHtmlOptions): CleanResult {
  const opts = checkOptions(html, options);
  const t0 = performance.now();
  const page = parsePage(html, opts.url);
  const parseMs = performance.now() - t0;
  try {
    const result = cleanArticle(page.doc, { ...opts, window: sanitizerWindowOf() as never, regexEngine: re2Engine, disposable: true });
    if (result.ok) result.article.timings = { parse_ms: parseMs, ...result.article.timings };
    return withEscapedAttributes(result);
  } finally {
    page.close();
  }
}

/** Cleans one HTML page. Returns null when the page holds no article; throws on bad arguments. */
export function cleanHtml(html: string, options: CleanHtmlOptions): CleanArticle | null {
  const result = cleanHtmlResult(html, options);
  return result.ok ? result.article : null;
}
