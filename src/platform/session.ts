// storage.session: per-tab state and the articles handed from the background to the reader.
// It lives in memory for the browser session, so a reader reload works and nothing reaches disk.
// Values read back are untrusted and are checked by the caller.
import { browser } from './browser.js';

export async function sessionGet(key: string): Promise<unknown> {
  const items = await browser.storage.session.get(key);
  return items[key];
}

/**
 * Every key in storage.session without reading the values: getKeys where the browser has it
 * (Chromium 130, Firefox 143), else the values are read and dropped.
 */
export async function sessionKeys(): Promise<string[]> {
  // Typed as always present, but Firefox 140-142 (the oldest supported) lacks it.
  const area: { getKeys?: () => Promise<string[]> } = browser.storage.session;
  if (typeof area.getKeys === 'function') return browser.storage.session.getKeys();
  return Object.keys(await browser.storage.session.get(null));
}

export async function sessionSet(items: Record<string, unknown>): Promise<void> {
  await browser.storage.session.set(items);
}

export async function sessionRemove(keys: string | string[]): Promise<void> {
  await browser.storage.session.remove(keys);
}

/**
 * The value under `key`, waiting up to `waitMs` for it to be written when it is not there yet
 * (the background stores a reader entry and opens the reader at the same time). Undefined when
 * nothing arrives in time.
 */
export async function sessionGetOrWait(key: string, waitMs: number): Promise<unknown> {
  let stop = (): void => undefined;
  const written = new Promise<unknown>((resolve) => {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'session' && changes[key]?.newValue !== undefined) resolve(changes[key].newValue);
    };
    const timer = setTimeout(() => resolve(undefined), waitMs);
    browser.storage.onChanged.addListener(listener);
    stop = () => {
      clearTimeout(timer);
      browser.storage.onChanged.removeListener(listener);
    };
  });
  try {
    const now = await sessionGet(key);
    return now !== undefined || waitMs <= 0 ? now : await written;
  } finally {
    stop();
  }
}
