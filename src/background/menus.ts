// Context-menu entries: "Clean this page" and "Always clean this site".
import type { Menus, Tabs } from '../platform/browser.js';
import { extensionUrl } from '../platform/browser.js';
import { t } from '../platform/i18n.js';
import { replaceMenus } from '../platform/menus.js';
import { hasOrigins } from '../platform/permissions.js';
import { requestSiteAccess } from '../platform/site-access.js';
import { loadSettings, saveSettings } from '../platform/storage.js';
import { setTabBadge } from '../platform/action.js';
import { openTab } from '../platform/tabs.js';
import type { Settings } from '../shared/settings.js';
import { parseSiteInput } from '../shared/validators.js';
import { cleanTab } from './clean-tab.js';

export const MENU_CLEAN_PAGE = 'sift-clean-page';
export const MENU_ALWAYS_CLEAN_SITE = 'sift-always-clean-site';

export function createMenus(): Promise<void> {
  return replaceMenus([
    { id: MENU_CLEAN_PAGE, title: t('menuCleanPage'), contexts: ['page', 'selection'] },
    { id: MENU_ALWAYS_CLEAN_SITE, title: t('menuAlwaysCleanSite'), contexts: ['page'] },
  ]);
}

/** Lists `host` for automatic cleanup, keeping its spam switch when it is already listed. */
function withAutoClean(settings: Settings, host: string): Settings {
  const existing = settings.sites.find((s) => s.host === host);
  const sites = existing
    ? settings.sites.map((s) => (s.host === host ? { ...s, autoClean: true } : s))
    : [...settings.sites, { host, autoClean: true, spamFilter: true }];
  return { ...settings, sites };
}

/**
 * Saves the site for automatic cleanup and cleans this page now (the menu click granted
 * activeTab). Chromium may refuse a permission prompt from a menu: when the page's own origin is
 * still not granted, the options page opens with the site filled in, where a click can ask again.
 */
async function alwaysCleanSite(tabId: number, pageUrl: string, host: string, granted: Promise<boolean>): Promise<void> {
  const { settings } = await loadSettings();
  await saveSettings(withAutoClean(settings, host));
  const ok = (await granted) || (await hasOrigins([`${new URL(pageUrl).protocol}//${host}/*`]));
  if (!ok) await openTab(`${extensionUrl('options.html')}#add-site=${encodeURIComponent(host)}`);
  await cleanTab(tabId, 'click');
}

export function onMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): void {
  const tabId = tab?.id;
  if (tabId === undefined || tabId < 0) return;
  if (info.menuItemId === MENU_CLEAN_PAGE) {
    void cleanTab(tabId, 'click');
    return;
  }
  if (info.menuItemId !== MENU_ALWAYS_CLEAN_SITE) return;
  const pageUrl = tab?.url ?? '';
  const site = parseSiteInput(pageUrl);
  if ('error' in site) {
    void setTabBadge(tabId, '!', t('siteCannotBeCleaned'));
    return;
  }
  // Firefox grants a request only while the click is being handled: ask before any await.
  const granted = requestSiteAccess([site.host]);
  void alwaysCleanSite(tabId, pageUrl, site.host, granted).catch((e: unknown) => {
    console.warn('Sift: could not add the site', e);
    void setTabBadge(tabId, '!', t('siteCannotBeCleaned'));
  });
}
