// storage.session: per-tab state and the articles handed from the background to the reader.
// It lives in memory for the browser session, so a reader reload works and nothing reaches disk.
// Values read back are untrusted and are checked by the caller.
import { browser } from './browser.js';

export async function sessionGet(key: string): Promise<unknown> {
  const items = await browser.storage.session.get(key);
  return items[key];
}

export async function sessionGetAll(): Promise<Record<string, unknown>> {
  return browser.storage.session.get(null);
}

export async function sessionSet(items: Record<string, unknown>): Promise<void> {
  await browser.storage.session.set(items);
}

export async function sessionRemove(keys: string | string[]): Promise<void> {
  await browser.storage.session.remove(keys);
}
