// "Always clean this site" in the context menu saves the site, but Chromium cannot show the access
// prompt from a menu. The background then opens this page as options.html#add-site=<host>, and
// the page points at that site with "Grant access" ready: the click that asks must happen here.
import { parseSiteInput } from '../../shared/validators.js';
import type { SiteList } from './site-list.js';

const HINT = /^#add-site=(.+)$/;

/** The host named by an `#add-site=` hash, or null when the hash holds no usable site. */
export function addSiteHint(hash: string): string | null {
  const match = HINT.exec(hash);
  if (!match) return null;
  let raw: string;
  try {
    raw = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  const parsed = parseSiteInput(raw);
  return 'host' in parsed ? parsed.host : null;
}

/** Follows the hint now and whenever the hash changes, then drops it so a reload does not repeat it. */
export function followAddSiteHints(sites: SiteList): Promise<void> {
  const follow = async () => {
    const host = addSiteHint(location.hash);
    if (!host) return;
    history.replaceState(null, '', location.pathname + location.search);
    await sites.revealSite(host);
  };
  window.addEventListener('hashchange', () => void follow());
  return follow();
}
