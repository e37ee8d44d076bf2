// Pages no extension may script, recognised from the tab URL before trying, so the user gets a
// specific message instead of a failed injection. Browsers refuse these by design: their own
// pages, other extensions, the extension stores (Chromium and Firefox block content scripts
// there), source views and built-in viewers.

export type RestrictedKind = 'protected-page' | 'browser-page' | 'extension-store' | 'source-view' | 'pdf-viewer' | 'local-file' | 'not-a-web-page';

const BROWSER_SCHEMES = new Set([
  'about:', 'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:',
  'moz-extension:', 'resource:', 'jar:', 'brave:', 'opera:', 'vivaldi:',
]);

/** Store pages, by host and path prefix. */
const STORES: ReadonlyArray<[host: string, pathPrefix: string]> = [
  ['chromewebstore.google.com', '/'],
  ['chrome.google.com', '/webstore'],
  ['addons.mozilla.org', '/'],
  ['microsoftedge.microsoft.com', '/addons'],
];

/**
 * Why the page at `url` cannot be cleaned, or null when it is an ordinary web page.
 * `fileAccess` tells whether the user allowed the extension on file: URLs.
 */
export function restrictedKind(url: string | undefined, fileAccess: boolean): RestrictedKind | null {
  // The browser hides the URL of pages an extension may not touch even after a click (activeTab is
  // not granted on browser pages and stores), so an unknown URL is itself the answer.
  if (!url) return 'protected-page';
  if (url.startsWith('view-source:')) return 'source-view';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'not-a-web-page';
  }
  if (BROWSER_SCHEMES.has(u.protocol)) return 'browser-page';
  if (u.protocol === 'file:') return fileAccess ? null : 'local-file';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'not-a-web-page';
  const host = u.hostname.toLowerCase();
  if (STORES.some(([h, p]) => host === h && u.pathname.startsWith(p))) return 'extension-store';
  return null;
}
