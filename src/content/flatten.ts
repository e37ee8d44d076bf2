// Articles inside shadow DOM (SECURITY.md C21): a document clone does not carry shadow roots, so
// Readability would see an empty host. When the page has any, a private copy is built with each
// shadow tree's content placed inside its host, and that copy is what the core cleans. The page
// itself is only read.
import { MAX_ELEMENTS } from '../core/defaults.js';
import { shadowRootOf } from '../platform/shadow.js';

/**
 * The only elements a shadow root can be attached to (DOM Standard, attachShadow): these HTML
 * elements and autonomous custom elements (names with a hyphen). Others are skipped without
 * asking: Chromium's closed-root lookup throws for them, and on a 100k-element page of list items
 * and links those exceptions were most of the flattening time.
 */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);
const HTML_NS = 'http://www.w3.org/1999/xhtml';

const mayHostShadow = (el: Element): boolean => el.namespaceURI === HTML_NS && (SHADOW_HOSTS.has(el.localName) || el.localName.includes('-'));

const shadowOf = (el: Element): ShadowRoot | null => (mayHostShadow(el) ? shadowRootOf(el) : null);

/** Copies the shadow content of `source` (and of every element below it) into `target`. */
function copyShadowTrees(source: Element, target: Element, doc: Document): void {
  const sources = [source, ...Array.from(source.getElementsByTagName('*'))];
  const targets = [target, ...Array.from(target.getElementsByTagName('*'))];
  sources.forEach((src, i) => {
    const root = shadowOf(src);
    const dst = targets[i];
    if (!root || !dst) return;
    for (const child of Array.from(root.childNodes)) {
      const copy = doc.importNode(child, true);
      dst.append(copy);
      if (child instanceof Element && copy instanceof Element) copyShadowTrees(child, copy, doc);
    }
  });
}

/**
 * A private copy of `doc` with shadow content flattened in, or null when the page has no shadow
 * roots (then the core clones the document itself). Skipped above the element cap, where the
 * core's gate reports the page as too large anyway.
 */
export function flattenedCopy(doc: Document): Document | null {
  const all = doc.getElementsByTagName('*');
  if (all.length > MAX_ELEMENTS) return null;
  let found = false;
  for (let i = 0; i < all.length && !found; i++) found = shadowOf(all[i]!) !== null;
  if (!found) return null;
  // Synchronous from here to the return: the page cannot change between the copy and the walk.
  const copy = doc.cloneNode(true) as Document;
  copyShadowTrees(doc.documentElement, copy.documentElement, copy);
  return copy;
}
