// The core pipeline: gate -> clone -> page metadata -> Readability -> no-article gate ->
// attribution -> boilerplate pruning -> spam stripping -> sanitizing -> text. Document in,
// plain data out; the given document is never modified.
import type { WindowLike } from 'dompurify';
import { buildAttribution } from './attribution.js';
import { yearOf } from './dates.js';
import { DEFAULT_CORE_SETTINGS } from './defaults.js';
import { extractArticle } from './extract.js';
import { checkDocument } from './gate.js';
import { Ledger } from './ledger.js';
import { readPageMetadata } from './page-metadata.js';
import { pruneBoilerplate } from './prune/index.js';
import { notAnArticle } from './readerable.js';
import { SANITIZE_CONFIG, createSanitizer, sanitizeToString } from './sanitize.js';
import { stripSpam } from './spam/index.js';
import { blockText, readingMinutes } from './text.js';
import type { ArticleContext, CleanOptions, CleanResult, CoreSettings, RemovedItem } from './types.js';

export interface CleanArticleOptions extends CleanOptions {
  /** The window DOMPurify runs in (the content script's window, or the Node DOM's window). */
  window: WindowLike;
  /**
   * The caller hands over a private document nobody else sees (e.g. one it just parsed), so the
   * defensive clone is skipped. Never set this for a live page.
   */
  disposable?: boolean;
}

/** Stage timer: each call records the milliseconds since the previous one under `key`. */
function stopwatch(timings: Record<string, number>): (key: string) => void {
  let last = performance.now();
  return (key) => {
    const now = performance.now();
    timings[key] = (timings[key] ?? 0) + (now - last);
    last = now;
  };
}

function checkOptions(opts: CleanArticleOptions): void {
  if (!opts || typeof opts.url !== 'string' || !URL.canParse(opts.url))
    throw new TypeError(`cleanArticle: options.url must be an absolute URL, got ${JSON.stringify(opts?.url)}`);
  if (!opts.window) throw new TypeError('cleanArticle: options.window is required (DOMPurify needs a window)');
}

/** Cleans the article of `doc`. Returns a user-visible error code instead of throwing on bad pages. */
export function cleanArticle(doc: Document, opts: CleanArticleOptions): CleanResult {
  checkOptions(opts);
  try {
    return runPipeline(doc, opts);
  } catch (e) {
    // A tree built deeper than the engine's stack (script-built nesting; DOMs without the
    // browsers' depth-512 parser cap, SECURITY.md C4/C5) overflows recursive DOM code such as
    // cloneNode: the page is too large to process, which the user is told, not a crash.
    if (e instanceof RangeError) return { ok: false, code: 'too-large', detail: 'the page is nested too deeply to process' };
    throw e;
  }
}

function runPipeline(doc: Document, opts: CleanArticleOptions): CleanResult {
  const timings: Record<string, number> = {};
  const lap = stopwatch(timings);
  const url = opts.url;
  const settings: CoreSettings = { ...DEFAULT_CORE_SETTINGS, ...opts.settings };

  const refused = checkDocument(doc, url, opts.maxElements);
  lap('gate_ms');
  if (refused) return { ok: false, ...refused };
  const work = opts.disposable ? doc : (doc.cloneNode(true) as Document);
  lap('clone_ms');

  const page = readPageMetadata(work);
  lap('attribution_ms');
  let extracted;
  try {
    extracted = extractArticle(work);
  } catch (e) {
    // Readability throws on a few malformed trees; the user sees "no article", not a crash.
    return { ok: false, code: 'no-article', detail: `extraction failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  lap('extract_ms');
  if (!extracted) return { ok: false, code: 'no-article', detail: 'no article content found' };
  const rejection = notAnArticle(extracted.content);
  lap('gate_ms');
  if (rejection) return { ok: false, code: 'no-article', detail: rejection };
  const content = extracted.content;
  const attribution = buildAttribution(extracted, page, url, content);
  lap('attribution_ms');

  const header = {
    byline: Boolean(attribution.byline),
    date: Boolean(attribution.publishedTime),
    bylineText: attribution.byline ?? undefined,
    year: yearOf(attribution.publishedTime),
  };
  const ctx: ArticleContext = { title: attribution.title, lang: attribution.lang, url, settings, regexEngine: opts.regexEngine, header };
  const ledger = new Ledger(work);
  if (settings.removeBoilerplate) pruneBoilerplate(content, ctx, ledger);
  lap('prune_ms');
  if (!settings.spamDisabled) stripSpam(content, ctx, ledger);
  lap('spam_ms');

  const purify = createSanitizer(opts.window, url);
  // Sanitized once into a DOM to take the text from exactly what will be shown, then serialized.
  const body = purify.sanitize(content.innerHTML, { ...SANITIZE_CONFIG, RETURN_DOM: true }) as HTMLElement;
  const html = body.innerHTML;
  const removed: RemovedItem[] = ledger.items.map((item) => ({ ...item, html: sanitizeToString(purify, item.html) }));
  lap('sanitize_ms');
  const text = blockText(body);
  const minutes = readingMinutes(text);
  lap('text_ms');

  return { ok: true, article: { ...attribution, readingMinutes: minutes, html, text, removed, timings } };
}
