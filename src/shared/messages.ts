// Message contracts between the extension's parts. One interface per receiver; every method has a
// run-time argument check and an access rule, and `serve` requires a handler for each, so a
// missing one fails to compile. Page `postMessage` is never part of this: only runtime messages
// from this extension reach a receiver, and the sender is checked again here.
import type { Appearance, APPEARANCE_LIMITS } from './settings.js';
import { errorText } from './error-text.js';

/** What the reader needs from the settings (asked of the background, which validates them). */
export interface ReaderSettings {
  appearance: Appearance;
  /** Slider ranges for the appearance controls. */
  limits: typeof APPEARANCE_LIMITS;
  /** Problems found and repaired in the stored settings, empty when they were fine. */
  repaired: string[];
}

/** What the background answers when a boot script asks for an automatic cleanup. */
export type AutoCleanDecision = 'cleaning' | 'skipped';

/** Methods the background (service worker / event page) serves. */
export interface BackgroundApi {
  /** Boot script on an auto-clean site: clean the sender's own tab unless the user opted out. */
  requestAutoClean(): AutoCleanDecision;
  /** Reader: the user chose "View original"; do not auto-clean that page in this tab again. */
  markViewOriginal(url: string): void;
  /** Reader: "Not spam" — add the text to settings.neverRemove. */
  addNeverRemove(text: string): void;
  /**
   * Reader: the appearance and whether the settings needed repair. Asked here rather than read
   * in the page so the reader does not bundle the settings validators (and their regex engine).
   */
  getReaderSettings(): ReaderSettings;
  /** Reader: remember the appearance choice. */
  saveAppearance(appearance: Appearance): void;
}

/**
 * Methods a reader page serves, addressed to one tab: the background broadcasts, and only the
 * reader in that tab answers.
 */
export interface ReaderApi {
  /**
   * Leave the reader for the page it replaced. The reader's own `history.back()` is used because
   * Chromium's Back (and tabs.goBack) skips a page the user never interacted with.
   */
  returnToOriginal(tabId: number): boolean;
}

/** Where a message came from, classified by the platform layer from the browser's sender. */
export interface SenderContext {
  kind: 'extension-page' | 'content-script';
  /** The tab the sender lives in, or null (e.g. a popup or the options page opened without a tab). */
  tabId: number | null;
  /** The sender's document URL. */
  url: string | null;
}

/** Who may call: settings-changing calls only from extension pages; content scripts only with a tab. */
export type Access = 'extension-page' | 'content-script';

export interface MethodSpec {
  access: Access;
  /** Null when the arguments are acceptable, else the reason. */
  checkArgs(args: readonly unknown[]): string | null;
}

export type Spec<T> = { [K in keyof T]: MethodSpec };

export interface Envelope {
  type: string;
  args: unknown[];
}

export type Reply<V> = { ok: true; value: V } | { ok: false; error: string };

type Fn = (...args: never[]) => unknown;

export type Handlers<T> = {
  [K in keyof T]: T[K] extends Fn ? (sender: SenderContext, ...args: Parameters<T[K]>) => ReturnType<T[K]> | Promise<ReturnType<T[K]>> : never;
};

const MAX_TEXT = 2_000;

const noArgs = (args: readonly unknown[]): string | null => (args.length === 0 ? null : 'takes no arguments');

const oneString =
  (max: number) =>
  (args: readonly unknown[]): string | null =>
    args.length === 1 && typeof args[0] === 'string' && args[0].length > 0 && args[0].length <= max
      ? null
      : `takes one non-empty text of at most ${max} characters`;

const oneObject = (args: readonly unknown[]): string | null =>
  args.length === 1 && typeof args[0] === 'object' && args[0] !== null && !Array.isArray(args[0]) ? null : 'takes one object';

export const BACKGROUND_SPEC: Spec<BackgroundApi> = {
  requestAutoClean: { access: 'content-script', checkArgs: noArgs },
  markViewOriginal: { access: 'extension-page', checkArgs: oneString(8_192) },
  getReaderSettings: { access: 'extension-page', checkArgs: noArgs },
  addNeverRemove: { access: 'extension-page', checkArgs: oneString(MAX_TEXT) },
  // The value itself is validated against the settings schema by the handler.
  saveAppearance: { access: 'extension-page', checkArgs: oneObject },
};

const oneTabId = (args: readonly unknown[]): string | null =>
  args.length === 1 && Number.isInteger(args[0]) ? null : 'takes one tab id';

export const READER_SPEC: Spec<ReaderApi> = {
  returnToOriginal: { access: 'extension-page', checkArgs: oneTabId },
};

/** True when `message` is a ReaderApi call for the reader in `tabId`. */
export function isReaderMessageFor(message: unknown, tabId: number): boolean {
  return isEnvelope(message) && Object.hasOwn(READER_SPEC, message.type) && message.args[0] === tabId;
}

export function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return typeof m.type === 'string' && Array.isArray(m.args);
}

export function isReply(value: unknown): value is Reply<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  // `value: undefined` does not survive Chromium's JSON serialisation, so `ok: true` alone suffices.
  return r.ok === true || (r.ok === false && typeof r.error === 'string');
}

/**
 * Builds the receiver: checks the envelope, the method, the sender's access and the arguments,
 * then runs the handler. Never throws; every failure becomes `{ ok: false, error }`.
 */
export function serve<T>(spec: Spec<T>, handlers: Handlers<T>) {
  return async (message: unknown, sender: SenderContext): Promise<Reply<unknown>> => {
    if (!isEnvelope(message)) return { ok: false, error: 'malformed message' };
    const { type, args } = message;
    if (!Object.hasOwn(spec as object, type)) return { ok: false, error: `unknown message "${type}"` };
    const method = spec[type as keyof T];
    if (method.access === 'extension-page' && sender.kind !== 'extension-page')
      return { ok: false, error: `"${type}" is only accepted from extension pages` };
    if (method.access === 'content-script' && (sender.kind !== 'content-script' || sender.tabId === null))
      return { ok: false, error: `"${type}" is only accepted from a content script in a tab` };
    const problem = method.checkArgs(args);
    if (problem) return { ok: false, error: `"${type}" ${problem}` };
    try {
      const handler = handlers[type as keyof T] as unknown as (s: SenderContext, ...a: unknown[]) => unknown;
      return { ok: true, value: await handler(sender, ...args) };
    } catch (e) {
      return { ok: false, error: errorText(e) };
    }
  };
}
