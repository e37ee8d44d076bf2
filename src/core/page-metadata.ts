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
}

/** Elements that never hold elements: the walks do not enter them. */
const isLeafTag = (tag: string): boolean => tag === 'meta' || tag === 'link' || tag === 'script';

/**
 * The element after `el` in document order inside `root`, skipping the descendants of leaf tags.
 * A forward walk (first child, next sibling, parent): no stack, and on linkedom each step is a
 * pointer hop, where reading attributes of every element was most of the walk's cost.
 */
function nextElement(el: Element, root: Element): Element | null {
  let next = isLeafTag(el.localName) ? null : el.firstElementChild;
  for (let up: Element | null = el; !next && up && up !== root; up = up.parentElement) next = up.nextElementSibling;
  return next;
}

function collectElements(root: Element): HeadElements {
  const found: HeadElements = { metas: [], links: [], jsonLdScripts: [] };
  for (let el: Element | null = root; el; el = nextElement(el, root)) {
    const tag = el.localName;
    if (tag === 'meta') found.metas.push(el);
    else if (tag === 'link') found.links.push(el);
    else if (tag === 'script' && (el.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase() === 'application/ld+json')
      found.jsonLdScripts.push(el);
  }
  return found;
}

/**
 * The first element marked as the publication date (itemprop=datePublished, time[pubdate]). A
 * walk of its own, run only on pages that declare no date elsewhere, so the shared walk reads no
 * attribute of ordinary elements.
 */
function findMarkedDate(root: Element): Element | null {
  for (let el: Element | null = root; el; el = nextElement(el, root))
    if (el.getAttribute('itemprop') === 'datePublished' || (el.localName === 'time' && el.hasAttribute('pubdate'))) return el;
  return null;
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
  const elements = root ? collectElements(root) : { metas: [], links: [], jsonLdScripts: [] };
  const jsonLd = readJsonLdArticle(parseJsonLdScripts(elements.jsonLdScripts));
  const meta = readMeta(elements.metas);
  const hasDate = [jsonLd?.datePublished, ...DATE_META.map((k) => meta.get(k))].some((d) => normalizeDate(d));
  return {
    jsonLd,
    meta,
    canonicalHref: readCanonical(elements.links),
    markedDate: hasDate || !root ? null : markedDateOf(findMarkedDate(root)),
    htmlLang: root?.getAttribute('lang')?.trim() || root?.getAttribute('xml:lang')?.trim() || null,
    htmlDir: root?.getAttribute('dir')?.trim().toLowerCase() || doc.body?.getAttribute('dir')?.trim().toLowerCase() || null,
  };
}
