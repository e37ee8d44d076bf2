import { browser, type Menus, type Tabs } from './browser.js';

export interface MenuItem {
  id: string;
  title: string;
  contexts: Menus.ContextType[];
}

/** Replaces all of the extension's context-menu entries with `items`. */
export async function replaceMenus(items: MenuItem[]): Promise<void> {
  await browser.contextMenus.removeAll();
  for (const item of items) browser.contextMenus.create({ id: item.id, title: item.title, contexts: item.contexts });
}

export function onMenuClicked(listener: (info: Menus.OnClickData, tab: Tabs.Tab | undefined) => void): void {
  browser.contextMenus.onClicked.addListener(listener);
}
