// Reads schema.org article metadata from a page's JSON-LD blocks. Pages publish it in many shapes
// (a single object, an array, an `@graph`, authors as strings, objects, arrays or `@id`
// references) and often malformed: nothing here may throw.

export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  publisher: string | null;
  datePublished: string | null;
  description: string | null;
  inLanguage: string | null;
  url: string | null;
}

type Json = Record<string, unknown>;

/** schema.org CreativeWork types that describe an article (the list Readability uses, plus a few). */
const ARTICLE_TYPES =
  /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|Review)$/;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

const typesOf = (node: Json): string[] => {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  // Types may be written as full IRIs ("http://schema.org/NewsArticle").
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
};

const isArticle = (node: Json): boolean => typesOf(node).some((t) => ARTICLE_TYPES.test(t));

const isJsonLdScript = (script: Element): boolean =>
  (script.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase() === 'application/ld+json';

/**
 * Parses the `application/ld+json` scripts of a document (or the given script elements); skips,
 * never throws on, malformed ones.
 */
export function parseJsonLdScripts(source: Document | readonly Element[]): unknown[] {
  const out: unknown[] = [];
  const scripts = 'getElementsByTagName' in source ? Array.from(source.getElementsByTagName('script')) : source;
  for (const script of scripts) {
    if (!isJsonLdScript(script)) continue;
    const source = (script.textContent ?? '').replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim();
    if (!source) continue;
    try {
      out.push(JSON.parse(source));
    } catch {
      // Malformed JSON-LD is common (trailing commas, raw newlines in strings): ignore the block.
    }
  }
  return out;
}

/** Every object reachable through top-level arrays and `@graph`, in document order. */
function flatten(roots: unknown[]): Json[] {
  const nodes: Json[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || nodes.length > 500) return; // hostile pages can nest arbitrarily deep
    if (Array.isArray(v)) for (const x of v) visit(x, depth + 1);
    else if (isObject(v)) {
      nodes.push(v);
      if (v['@graph'] !== undefined) visit(v['@graph'], depth + 1);
    }
  };
  for (const r of roots) visit(r, 0);
  return nodes;
}

/** Resolves `{ "@id": ... }` references against the other nodes of the page. */
function resolver(nodes: Json[]): (v: unknown) => unknown {
  const byId = new Map<string, Json>();
  for (const n of nodes) {
    const id = str(n['@id']);
    if (id && !byId.has(id)) byId.set(id, n);
  }
  return (v) => {
    if (!isObject(v)) return v;
    const id = str(v['@id']);
    if (id && Object.keys(v).length === 1) return byId.get(id) ?? v;
    return v;
  };
}

function names(value: unknown, resolve: (v: unknown) => unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const out: string[] = [];
  for (const item of list.slice(0, 20)) {
    const v = resolve(item);
    const name = typeof v === 'string' ? str(v) : isObject(v) ? str(v.name) : null;
    // Some CMSs put the author's profile URL in place of the name.
    if (name && !/^https?:\/\//i.test(name) && !out.includes(name)) out.push(name);
  }
  return out;
}

function urlOf(value: unknown, resolve: (v: unknown) => unknown): string | null {
  const v = resolve(value);
  if (typeof v === 'string') return str(v);
  if (isObject(v)) return str(v['@id']) ?? str(v.url);
  return null;
}

/** The first article node of the page's JSON-LD, or null when there is none. */
export function readJsonLdArticle(roots: unknown[]): JsonLdArticle | null {
  const nodes = flatten(roots);
  const article = nodes.find(isArticle);
  if (!article) return null;
  const resolve = resolver(nodes);
  const publisher = resolve(article.publisher);
  const date = article.datePublished ?? article.dateCreated;
  return {
    headline: str(article.headline) ?? str(article.name),
    authors: names(article.author ?? article.creator, resolve),
    publisher: isObject(publisher) ? str(publisher.name) : str(publisher),
    datePublished: str(Array.isArray(date) ? date[0] : date),
    description: str(article.description),
    inLanguage: str(article.inLanguage) ?? (isObject(article.inLanguage) ? str(article.inLanguage.alternateName) : null),
    url: str(article.url) ?? urlOf(article.mainEntityOfPage, resolve),
  };
}
