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
   * `datetime`/`content` of an element marked as the publication date (itemprop, pubdate), when
   * JSON-LD and <meta> give no date.
   */
  markedDate: string | null;
  htmlLang: string | null;
  htmlDir: string | null;
}

/** The page's <meta>, <link> and JSON-LD <script> elements, gathered in one walk of the tree
 * (three getElementsByTagName walks cost about three times as much on linkedom). */
interface HeadElements {
  metas: Element[];
  links: Element[];
  jsonLdScripts: Element[];
  /** The first element marked as the publication date (itemprop=datePublished, time[pubdate]). */
  markedDate: Element | null;
}

function collectElements(doc: Document): HeadElements {
  const found: HeadElements = { metas: [], links: [], jsonLdScripts: [], markedDate: null };
  const root = doc.documentElement;
  if (!root) return found;
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    const tag = el.localName;
    if (!found.markedDate && (el.getAttribute('itemprop') === 'datePublished' || (tag === 'time' && el.hasAttribute('pubdate'))))
      found.markedDate = el;
    if (tag === 'meta') found.metas.push(el);
    else if (tag === 'link') found.links.push(el);
    else if (tag === 'script') {
      if ((el.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase() === 'application/ld+json') found.jsonLdScripts.push(el);
    } else for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return found;
}

function readMeta(metas: Element[]): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of metas) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !meta.has(key)) meta.set(key, content);
    }
  }
  return meta;
}

function readCanonical(links: Element[]): string | null {
  for (const link of links) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')?.trim();
    if (href && rel.includes('canonical')) return href;
  }
  return null;
}

function markedDateOf(el: Element | null): string | null {
  return el?.getAttribute('datetime')?.trim() || el?.getAttribute('content')?.trim() || null;
}

export function readPageMetadata(doc: Document): PageMetadata {
  const root = doc.documentElement;
  const elements = collectElements(doc);
  const jsonLd = readJsonLdArticle(parseJsonLdScripts(elements.jsonLdScripts));
  const meta = readMeta(elements.metas);
  const hasDate = [jsonLd?.datePublished, ...DATE_META.map((k) => meta.get(k))].some((d) => normalizeDate(d));
  return {
    jsonLd,
    meta,
    canonicalHref: readCanonical(elements.links),
    markedDate: hasDate ? null : markedDateOf(elements.markedDate),
    htmlLang: root?.getAttribute('lang')?.trim() || root?.getAttribute('xml:lang')?.trim() || null,
    htmlDir: root?.getAttribute('dir')?.trim().toLowerCase() || doc.body?.getAttribute('dir')?.trim().toLowerCase() || null,
  };
}
