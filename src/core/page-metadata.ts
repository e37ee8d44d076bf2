// Metadata read from the page before Readability runs: Readability deletes the scripts that hold
// the JSON-LD. Only reads the document.
import { normalizeDate } from './dates.js';
import { parseJsonLdScripts, readJsonLdArticle, type JsonLdArticle } from './jsonld.js';

/** Meta keys that hold a publication date, most specific first. */
export const DATE_META = ['article:published_time', 'datepublished', 'og:published_time', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'date', 'pubdate', 'publish-date'];

export interface PageMetadata {
  jsonLd: JsonLdArticle | null;
  /** `<meta>` values by lower-cased `property`/`name`/`itemprop`; the first non-empty one wins. */
  meta: Map<string, string>;
  canonicalHref: string | null;
  /**
   * `datetime`/`content` of an element marked as the publication date (itemprop, pubdate); only
   * looked for when JSON-LD and <meta> give no date, as it takes a selector over the whole page.
   */
  markedDate: string | null;
  htmlLang: string | null;
  htmlDir: string | null;
}

function readMeta(doc: Document): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !meta.has(key)) meta.set(key, content);
    }
  }
  return meta;
}

function readCanonical(doc: Document): string | null {
  for (const link of Array.from(doc.getElementsByTagName('link'))) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')?.trim();
    if (href && rel.includes('canonical')) return href;
  }
  return null;
}

function readMarkedDate(doc: Document): string | null {
  const el = doc.querySelector('[itemprop="datePublished"], time[pubdate]');
  return el?.getAttribute('datetime')?.trim() || el?.getAttribute('content')?.trim() || null;
}

export function readPageMetadata(doc: Document): PageMetadata {
  const root = doc.documentElement;
  const jsonLd = readJsonLdArticle(parseJsonLdScripts(doc));
  const meta = readMeta(doc);
  const hasDate = [jsonLd?.datePublished, ...DATE_META.map((k) => meta.get(k))].some((d) => normalizeDate(d));
  return {
    jsonLd,
    meta,
    canonicalHref: readCanonical(doc),
    markedDate: hasDate ? null : readMarkedDate(doc),
    htmlLang: root?.getAttribute('lang')?.trim() || root?.getAttribute('xml:lang')?.trim() || null,
    htmlDir: root?.getAttribute('dir')?.trim().toLowerCase() || doc.body?.getAttribute('dir')?.trim().toLowerCase() || null,
  };
}
