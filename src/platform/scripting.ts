import { browser, type Scripting } from './browser.js';

/** Runs the bundled `file` in the tab's top frame (isolated world, never the page's own world). */
export async function injectFile(tabId: number, file: string): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
}

/**
 * Calls `func(...args)` in the tab's top frame (isolated world) and returns its (awaited) result.
 * `func` is serialised, so it may use only its arguments and the content script's globals.
 */
export async function runInTab<A extends unknown[], R>(tabId: number, func: (...args: A) => R, args: A): Promise<unknown> {
  const [first] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [0] },
    func: func as unknown as () => void,
    args,
  });
  if (first && 'error' in first && first.error) throw new Error(String((first.error as { message?: string }).message ?? first.error));
  return first?.result;
}

export type ContentScriptRegistration = Scripting.RegisteredContentScript;

export async function registeredContentScripts(): Promise<ContentScriptRegistration[]> {
  return browser.scripting.getRegisteredContentScripts();
}

export async function registerContentScript(script: ContentScriptRegistration): Promise<void> {
  await browser.scripting.registerContentScripts([script]);
}

export async function unregisterContentScript(id: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [id] });
}
