// Build-time constants (scripts/build.mjs `define`) and the globals Sift sets on purpose.
import type { CleanResult, CoreSettings, RegexEngine } from './core/types.js';

declare global {
  /** True only in the test build (dist-test/); release builds drop every `if (__SIFT_TEST__)` block. */
  const __SIFT_TEST__: boolean;
  const __SIFT_BROWSER__: 'chrome' | 'firefox';
  /** Test hooks of the test build (background and pages). */
  var __siftTest: Record<string, unknown> | undefined;
  /** Set by content.js in the content script's isolated world; the background calls it. */
  var __siftExtract: ((settings: CoreSettings) => CleanResult) | undefined;
  /**
   * Extraction calls that reached the tab before content.js had finished evaluating; content.js
   * runs them once __siftExtract is set (background/inject.ts sends both at once).
   */
  var __siftWhenReady: (() => void)[] | undefined;
  /** Set by content.js: when its evaluation started and ended (epoch ms, shared/handoff-trace.ts). */
  var __siftLoadTrace: Record<string, number> | undefined;
  /** Set by re2.js (injected before content.js only for `/regex/` phrases) in the same world. */
  var __siftRegexEngine: RegexEngine | undefined;
}

export {};
