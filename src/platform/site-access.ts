// Host access for the user's sites (optional_host_permissions). Each site is asked for exactly
// its own http and https origins, never a wildcard (SECURITY.md C32).
import { browser } from './browser.js';
import { siteOrigins } from '../shared/validators.js';

export type SiteScheme = 'http' | 'https';

/** The origins asked for: the scheme the user gave, or both when they typed a bare host. */
const originsFor = (host: string, scheme?: SiteScheme): string[] => (scheme ? [`${scheme}://${host}/*`] : siteOrigins(host));

/**
 * True when Sift may run on `host` over http or https (granted by the user or declared in the
 * manifest). Each is asked separately, as the automatic cleanup registers whichever is granted.
 */
export async function hasSiteAccess(host: string): Promise<boolean> {
  for (const origin of siteOrigins(host)) {
    try {
      if (await browser.permissions.contains({ origins: [origin] })) return true;
    } catch {
      // An origin the browser refuses to check counts as not granted.
    }
  }
  return false;
}

/**
 * Asks for access to `hosts`. Call it synchronously in the click handler, before any await:
 * Firefox only shows the prompt inside the user gesture, and Chromium needs the gesture too.
 * The promise is handed back unawaited so the caller can save first (a pending prompt must never
 * hold up the save). With `scheme` (the user typed "http://..." or "https://...") only that
 * origin is asked for. Resolves false when refused or when the request fails.
 */
export function requestSiteAccess(hosts: string[], scheme?: SiteScheme): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: hosts.flatMap((h) => originsFor(h, scheme)) }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Gives back access to `host`. Origins declared in the manifest cannot be removed; that is not an error. */
export async function releaseSiteAccess(host: string): Promise<void> {
  try {
    await browser.permissions.remove({ origins: siteOrigins(host) });
  } catch {
    // A manifest-declared origin (the test build) throws here; nothing was granted to give back.
  }
}

/** Calls `cb` when the user grants or withdraws any host access (also from the browser's own UI). */
export function onSiteAccessChanged(cb: () => void): () => void {
  browser.permissions.onAdded.addListener(cb);
  browser.permissions.onRemoved.addListener(cb);
  return () => {
    browser.permissions.onAdded.removeListener(cb);
    browser.permissions.onRemoved.removeListener(cb);
  };
}
