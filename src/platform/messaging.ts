// runtime messaging: the sending side for every part, and the receiving side for the background.
import { isReply, type BackgroundApi, type ReaderApi, type Reply, type SenderContext } from '../shared/messages.js';
import { browser, extensionBase, type Runtime } from './browser.js';

type Method = keyof BackgroundApi;

/** Calls a background method; rejects with the background's error message when it refuses. */
export async function callBackground<K extends Method>(
  type: K,
  ...args: Parameters<BackgroundApi[K]>
): Promise<ReturnType<BackgroundApi[K]>> {
  const reply: unknown = await browser.runtime.sendMessage({ type, args });
  if (!isReply(reply)) throw new Error(`no valid reply to "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as ReturnType<BackgroundApi[K]>;
}

/**
 * Classifies a browser message sender, or null when it is not this extension. Extension pages
 * are recognised by their URL (a reader tab also has `sender.tab`); anything else from this
 * extension with a tab is a content script.
 */
export function classifySender(sender: Runtime.MessageSender): SenderContext | null {
  if (sender.id !== browser.runtime.id) return null;
  const url = sender.url ?? null;
  const tabId = sender.tab?.id ?? null;
  if (url?.startsWith(extensionBase())) return { kind: 'extension-page', tabId, url };
  if (tabId === null) return null;
  return { kind: 'content-script', tabId, url: sender.tab?.url ?? url };
}

/**
 * Asks the reader page in `tabId` to do something. Resolves null when no reader answered (none
 * is open in that tab) or it refused.
 */
export async function callReader<K extends keyof ReaderApi>(
  type: K,
  ...args: Parameters<ReaderApi[K]>
): Promise<ReturnType<ReaderApi[K]> | null> {
  try {
    const reply: unknown = await browser.runtime.sendMessage({ type, args });
    return isReply(reply) && reply.ok ? (reply.value as ReturnType<ReaderApi[K]>) : null;
  } catch {
    return null; // "Receiving end does not exist": no reader page is open
  }
}

/**
 * Installs `receive` as a runtime message listener (the background calls it at its top level).
 * `accepts` filters what this page answers: every extension page sees every runtime message, so
 * a page leaves the ones meant for others unanswered.
 */
export function listenForMessages(
  receive: (message: unknown, sender: SenderContext) => Promise<Reply<unknown>>,
  accepts: (message: unknown) => boolean = () => true,
): void {
  browser.runtime.onMessage.addListener(function onRuntimeMessage(message: unknown, sender: Runtime.MessageSender) {
    if (!accepts(message)) return undefined;
    const context = classifySender(sender);
    if (!context) return Promise.resolve({ ok: false, error: 'unknown sender' } satisfies Reply<never>);
    return receive(message, context);
  });
}
