// Source attribution shown above every article. Readability's metadata is the base (its own test
// pages define what users expect there); the page's JSON-LD, OpenGraph, <meta> and <time> fill
// the fields Readability leaves empty, and dates, languages and URLs are normalised.
import { normalizeDate } from './dates.js';
import type { Extracted } from './extract.js';
import { DATE_META, type PageMetadata } from './page-metadata.js';
import type { Attribution } from './types.js';
import { collapseSpace } from './whitespace.js';

export type AttributionFields = Omit<Attribution, 'readingMinutes'>;

/**
 * The first non-blank value. Readability's own value (first) is kept exactly as it gave it: its
 * test pages expect it verbatim, and the reader collapses white space when rendering anyway.
 * Values Sift adds from the page have their white space collapsed.
 */
const firstText = (own: string | null | undefined, ...values: (string | null | undefined)[]): string | null => {
  if (typeof own === 'string' && own.trim()) return own;
  for (const v of values) if (typeof v === 'string' && collapseSpace(v)) return collapseSpace(v);
  return null;
};

const isUrl = (s: string): boolean => /^https?:\/\//i.test(s.trim());

/** Resolves `href` against the page URL; only http(s) URLs count. */
function httpUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** BCP 47-shaped tags only; OpenGraph writes locales as "en_US". */
function langTag(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const tag = raw.trim().replace(/_/g, '-').split(/[,\s]/)[0]!;
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag) ? tag : null;
}

/** Languages written right to left, for pages that give a language but no `dir`. */
const RTL_LANGS = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

function direction(explicit: (string | null)[], lang: string | null): 'ltr' | 'rtl' | null {
  for (const d of explicit) {
    const v = d?.trim().toLowerCase();
    if (v === 'ltr' || v === 'rtl') return v;
  }
  const primary = lang?.split('-')[0]?.toLowerCase();
  return primary && RTL_LANGS.has(primary) ? 'rtl' : null;
}


function publishedTime(ex: Extracted, page: PageMetadata, content: Element): string | null {
  const candidates = [ex.publishedTime, page.jsonLd?.datePublished, ...DATE_META.map((k) => page.meta.get(k)), page.markedDate];
  for (const c of candidates) {
    const iso = normalizeDate(c);
    if (iso) return iso;
  }
  // Last resort, so the selector runs only on pages that declare no date.
  return normalizeDate(content.querySelector('time[datetime]')?.getAttribute('datetime'));
}

function byline(ex: Extracted, page: PageMetadata): string | null {
  if (ex.byline) return ex.byline;
  // Readability reads JSON-LD authors only as objects with a name; strings, `creator` and `@id`
  // references (common in WordPress/Yoast graphs) are filled in here.
  const fromJsonLd = page.jsonLd?.authors.length ? page.jsonLd.authors.join(', ') : null;
  // article:author is often a profile URL, which is not a name.
  const metaAuthor = [page.meta.get('author'), page.meta.get('article:author')].find((v) => v && !isUrl(v));
  return firstText(null, fromJsonLd, metaAuthor);
}

/** Merges Readability's metadata with what the page declares. `content` is the extracted article. */
export function buildAttribution(ex: Extracted, page: PageMetadata, url: string, content: Element): AttributionFields {
  const lang = langTag(ex.lang) ?? langTag(page.htmlLang) ?? langTag(page.jsonLd?.inLanguage) ??
    langTag(page.meta.get('content-language')) ?? langTag(page.meta.get('og:locale'));
  return {
    title: firstText(ex.title, page.jsonLd?.headline, page.meta.get('og:title')) ?? '',
    byline: byline(ex, page),
    // Not `application-name`: pages put taglines there ("Yahoo News - Latest News & Headlines").
    siteName: firstText(ex.siteName, page.jsonLd?.publisher),
    publishedTime: publishedTime(ex, page, content),
    excerpt: firstText(ex.excerpt, page.jsonLd?.description),
    lang,
    dir: direction([ex.dir, page.htmlDir], lang),
    url,
    canonicalUrl: httpUrl(page.canonicalHref, url) ?? httpUrl(page.meta.get('og:url'), url) ??
      httpUrl(page.jsonLd?.url, url) ?? url,
  };
}
