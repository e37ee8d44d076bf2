// The one sanitizer configuration (SECURITY.md §3). Every piece of untrusted HTML is passed through
// here before it reaches a document: in the core as a string (content script, Node), and again in
// the reader page as a DOM fragment. Readability is not a sanitizer: it passed 14 `on*=` and 2
// `javascript:` URLs through in the measured corpus.
import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { passThroughSanitizer } from './sanitizer-ablation.js';

/** Defined by scripts/build.mjs: true only in the ablation build (dist-nosanitize/). */
declare const __SIFT_NO_SANITIZE__: boolean | undefined;

export const SANITIZE_CONFIG = Object.freeze({
  USE_PROFILES: { html: true }, // no SVG/MathML namespaces: the nesting mXSS shapes need them
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'option', 'textarea',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'template', 'dialog', 'audio', 'video', 'source', 'track'],
  // style: a background url() leaked a request even without script (C27); srcset/ping/background
  // leak requests past CSP (C26).
  FORBID_ATTR: ['style', 'srcset', 'ping', 'action', 'formaction', 'background'],
  ALLOW_DATA_ATTR: false,
  SANITIZE_NAMED_PROPS: true,
}) satisfies Config;

const URL_ATTRS = ['href', 'src', 'poster', 'cite'] as const;

/** Resolves `value` against `base` and keeps it only when its scheme is allowed. */
export function safeUrl(value: string, base: string, allowMailto: boolean): string | null {
  let url: URL;
  try {
    url = new URL(value.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  if (allowMailto && url.protocol === 'mailto:') return url.href;
  return null;
}

/**
 * A DOMPurify instance of its own for `win`, with the link and image rules of SECURITY.md.
 * URLs are resolved against `pageUrl` (the tab's URL), never the page's `<base>`.
 */
export function createSanitizer(win: WindowLike, pageUrl: string): DOMPurify {
  // Tested on the define itself (not an imported flag) so release bundles fold it to false and
  // drop the pass-through; `typeof` keeps unbundled runs (tsx tests) working.
  if (typeof __SIFT_NO_SANITIZE__ !== 'undefined' && __SIFT_NO_SANITIZE__) return passThroughSanitizer(win); // ablation build only (scripts/build.mjs --no-sanitize)
  const purify = createDOMPurify(win);
  // Where DOMPurify finds the DOM unsupported, sanitize() returns its input unchanged: fail closed.
  if (!purify.isSupported) throw new Error('sanitizer: DOMPurify does not support this window');
  purify.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    if (typeof el.getAttribute !== 'function') return;
    for (const attr of URL_ATTRS) {
      const value = el.getAttribute(attr);
      if (value === null) continue;
      if (attr === 'href' && value.startsWith('#')) {
        el.setAttribute('href', `#user-content-${value.slice(1)}`);
        continue;
      }
      const safe = safeUrl(value, pageUrl, attr === 'href');
      if (safe === null) el.removeAttribute(attr);
      else el.setAttribute(attr, safe);
    }
    if (el.tagName === 'A' && el.hasAttribute('href') && !el.getAttribute('href')!.startsWith('#')) {
      el.setAttribute('target', '_blank');
      el.setAttribute('rel', 'noopener noreferrer nofollow');
    }
    if (el.tagName === 'IMG') {
      el.setAttribute('referrerpolicy', 'no-referrer');
      el.setAttribute('loading', 'lazy');
    }
  });
  return purify;
}

/** Sanitizes to a string: the only form that may leave a content script. */
export function sanitizeToString(purify: DOMPurify, html: string): string {
  return purify.sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: false, RETURN_DOM: false }) as string;
}

/** Sanitizes to a fragment owned by the purifier's window: extension pages only. */
export function sanitizeToFragment(purify: DOMPurify, html: string): DocumentFragment {
  return purify.sanitize(html, { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true });
}
