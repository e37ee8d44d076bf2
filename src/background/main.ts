// Background entry (Chromium service worker / Firefox event page). Listeners only, registered
// synchronously at the top level so the browser can wake the worker for any of these events.
// Nothing runs at start-up except the site-script sync.
import { BACKGROUND_SPEC, serve } from '../shared/messages.js';
import { onActionClicked } from '../platform/action.js';
import type { Tabs } from '../platform/browser.js';
import { onMenuClicked as onMenuClick } from '../platform/menus.js';
import { listenForMessages } from '../platform/messaging.js';
import { onInstalled, onStartup } from '../platform/runtime.js';
import { onSiteAccessChanged } from '../platform/site-access.js';
import { onSettingsChanged } from '../platform/storage.js';
import { onTabRemoved } from '../platform/tabs.js';
import { cleanTab } from './clean-tab.js';
import { backgroundHandlers } from './handlers.js';
import { createMenus, onMenuClicked } from './menus.js';
import { syncSiteScripts } from './site-scripts.js';
import { forgetTab } from './tab-state.js';

function warn(what: string) {
  return (e: unknown) => console.warn(`Sift: ${what}`, e);
}

/** Toolbar button and the `_execute_action` shortcut. */
function onToolbarClick(tab: Tabs.Tab): void {
  if (tab.id === undefined || tab.id < 0) return;
  void cleanTab(tab.id, 'click', tab).catch(warn('cleanup failed'));
}

function onExtensionInstalled(): void {
  void createMenus().catch(warn('context menu setup failed'));
  void syncSiteScripts().catch(warn('site sync failed'));
}

function onBrowserStartup(): void {
  void syncSiteScripts().catch(warn('site sync failed'));
}

function onSitesMayHaveChanged(): void {
  void syncSiteScripts().catch(warn('site sync failed'));
}

function onTabClosed(tabId: number): void {
  void forgetTab(tabId).catch(warn('tab cleanup failed'));
}

onActionClicked(onToolbarClick);
onMenuClick(onMenuClicked);
onInstalled(onExtensionInstalled);
onStartup(onBrowserStartup);
onSettingsChanged(onSitesMayHaveChanged);
onSiteAccessChanged(onSitesMayHaveChanged);
onTabRemoved(onTabClosed);
listenForMessages(serve(BACKGROUND_SPEC, backgroundHandlers));

if (__SIFT_TEST__) {
  globalThis.__siftTest = {
    onActionClicked: onToolbarClick,
    cleanTab,
    syncSiteScripts,
    onMenuClicked,
  };
}
