// Runs Mozilla Readability on a document the caller owns: Readability rewrites its document
// (removes scripts, unwraps nodes, renames tags), so it must only ever get a disposable copy.
import { Readability } from '@mozilla/readability';

export interface Extracted {
  /** Readability's article container (owned by the document it ran on); cleaned further in place. */
  content: Element;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: string | null;
}

/**
 * Readability's own test suite preserves the "caption" class; Sift keeps it too (the reader
 * styles figure captions) and drops every other page class, so the page's CSS hooks never
 * reach the reader.
 */
const CLASSES_TO_PRESERVE = ['caption'];

/** Removes HTML comments: Readability's tests do the same, and stray comments make it split text runs into extra paragraphs. */
function removeComments(doc: Document): void {
  // NodeFilter.SHOW_COMMENT; the constant is not a global in every DOM implementation.
  const walker = doc.createTreeWalker(doc, 0x80);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
}

const orNull = (v: string | null | undefined): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** Extracts the article from `doc` (which it mutates), or returns null when Readability finds none. */
export function extractArticle(doc: Document): Extracted | null {
  removeComments(doc);
  // The element cap is enforced by the gate before cloning; 0 disables Readability's own count.
  const options = {
    classesToPreserve: CLASSES_TO_PRESERVE,
    maxElemsToParse: 0,
    // A spam link appended to the last paragraph of a short section ("… amnesia.” Sign up for our
    // newsletter") can push the section past Readability's 0.2 link density, and Readability then
    // drops its genuine paragraphs with it. Sift removes the link itself later, by its text, so it
    // lets sections be a little linkier (0.3) before Readability gives up on them. (Readability
    // reads this option; its type declarations do not list it yet.)
    linkDensityModifier: 0.1,
    serializer: (node: Node) => node as Element,
  };
  const reader = new Readability<Element>(doc, options);
  const parsed = reader.parse();
  if (!parsed?.content) return null;
  return {
    content: parsed.content,
    title: orNull(parsed.title),
    byline: orNull(parsed.byline),
    excerpt: orNull(parsed.excerpt),
    siteName: orNull(parsed.siteName),
    publishedTime: orNull(parsed.publishedTime),
    lang: orNull(parsed.lang),
    dir: orNull(parsed.dir),
  };
}
