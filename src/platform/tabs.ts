import { browser, type Tabs } from './browser.js';

export type Tab = Tabs.Tab;

export const getTab = (tabId: number): Promise<Tab> => browser.tabs.get(tabId);

/** Navigates `tabId` to `url` in place: a new history entry, so Back returns to the page before. */
export async function navigateTab(tabId: number, url: string): Promise<void> {
  await browser.tabs.update(tabId, { url });
}

/** Goes one entry back in the tab's history; false when the browser refused. */
export async function goBack(tabId: number): Promise<boolean> {
  try {
    await browser.tabs.goBack(tabId);
    return true;
  } catch {
    return false;
  }
}

export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

export function onTabRemoved(listener: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener(listener);
}

/** The id of the tab this extension page is shown in, or null (a popup, the background). */
export async function currentTabId(): Promise<number | null> {
  const tab = await browser.tabs.getCurrent();
  return tab?.id ?? null;
}
