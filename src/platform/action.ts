// The toolbar button: clicks, and the per-tab badge that carries a failure message when no
// reader page is opened (automatic cleanup, restricted pages).
import { browser, type Tabs } from './browser.js';

export function onActionClicked(listener: (tab: Tabs.Tab) => void): void {
  browser.action.onClicked.addListener(listener);
}

/** Shows `text` on the button for this tab only, with `title` as its tooltip. */
export async function setTabBadge(tabId: number, text: string, title: string): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' }),
    browser.action.setTitle({ tabId, title }),
  ]);
}

/** Restores the default button for this tab (the manifest title, no badge). */
export async function clearTabBadge(tabId: number): Promise<void> {
  await Promise.all([browser.action.setBadgeText({ tabId, text: '' }), browser.action.setTitle({ tabId, title: '' })]);
}
