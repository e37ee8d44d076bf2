// Renders a CleanArticle: the attribution header (text only, via textContent) and the article body
// through the core sanitizer, the one place the reader turns HTML into DOM.
// Direct module imports, not the core barrel: the barrel would bundle Readability into the page.
import { createSanitizer, sanitizeToFragment } from '../../core/sanitize.js';
import type { CleanArticle } from '../../core/types.js';
import { t, uiLanguage } from '../../platform/i18n.js';
import { byId, linkableUrl } from './dom.js';

type Sanitizer = ReturnType<typeof createSanitizer>;

/** Sanitizes untrusted HTML from the article into a fragment of this page. */
export type Sanitize = (html: string) => DocumentFragment;

const isLoopback = (host: string): boolean => host === 'localhost' || /^127\.|^\[::1\]$/.test(host);

/**
 * The page CSP loads images over https only. An http image would be blocked (and logged as a
 * console error), so it is requested over https the way browsers upgrade mixed content; a
 * loopback host has no https, so its image is left out and the caption and alt text remain.
 * Runs inside the sanitizer, before the node joins this document and starts loading.
 */
function upgradeImageSource(node: Element): void {
  if (node.tagName !== 'IMG') return;
  const src = node.getAttribute('src');
  if (!src?.startsWith('http:')) return;
  const url = new URL(src);
  if (isLoopback(url.hostname)) {
    node.removeAttribute('src');
    return;
  }
  url.protocol = 'https:';
  node.setAttribute('src', url.href);
}

export function makeSanitize(article: CleanArticle): Sanitize {
  const purify: Sanitizer = createSanitizer(window, article.url);
  purify.addHook('afterSanitizeAttributes', upgradeImageSource);
  return (html) => sanitizeToFragment(purify, html);
}

const hostLabel = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
};

function formatDate(iso: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'long' }).format(date);
}

/** Fills the attribution header and footer. Every value is page data, so it goes in as text. */
function renderHeader(article: CleanArticle, originalUrl: string): void {
  const source = linkableUrl(article.canonicalUrl) ?? linkableUrl(article.url) ?? linkableUrl(originalUrl);
  const host = hostLabel(source ?? originalUrl);
  byId('site-name').textContent = article.siteName ?? host;
  byId('title').textContent = article.title;
  const byline = byId('byline');
  byline.textContent = article.byline ?? '';
  byline.hidden = !article.byline;
  const published = byId<HTMLTimeElement>('published');
  const when = article.publishedTime ? formatDate(article.publishedTime) : null;
  published.hidden = !when;
  if (when && article.publishedTime) {
    published.dateTime = article.publishedTime;
    published.textContent = when;
  }
  byId('reading-time').textContent = t('readerReadingTime', Math.max(1, Math.round(article.readingMinutes)));
  for (const link of [byId<HTMLAnchorElement>('original-link'), byId<HTMLAnchorElement>('source-url')]) {
    if (source) link.href = source;
    link.hidden = !source;
  }
  byId('original-link').textContent = t('readerOriginalLink', host);
  byId('source-url').textContent = source ?? '';
  document.title = article.siteName ? `${article.title} · ${article.siteName}` : article.title;
}

/** Typesetting help the sanitized HTML cannot carry: wide tables scroll, broken images go away. */
function typeset(body: HTMLElement): void {
  for (const table of Array.from(body.querySelectorAll('table'))) {
    const scroller = document.createElement('div');
    scroller.className = 'table-scroll';
    scroller.tabIndex = 0;
    table.replaceWith(scroller);
    scroller.append(table);
  }
  for (const img of Array.from(body.querySelectorAll('img'))) {
    img.decoding = 'async';
    // CSP allows https and data: images only; a blocked or missing image would leave an empty box.
    img.addEventListener('error', () => img.classList.add('is-broken'), { once: true });
    if (!img.getAttribute('src')) img.classList.add('is-broken');
  }
}

/** Renders the article into the page. */
export function renderArticle(article: CleanArticle, originalUrl: string, sanitize: Sanitize): HTMLElement {
  renderHeader(article, originalUrl);
  const root = byId('article');
  if (article.lang) root.lang = article.lang;
  if (article.dir) root.dir = article.dir;
  const body = byId('article-body');
  body.replaceChildren(sanitize(article.html));
  typeset(body);
  root.hidden = false;
  return body;
}
