// SECURITY.md I4 measured where it applies: Sift's own work inside the tab (content script in the
// isolated world, Chromium), without the click, the reader page load or the navigation around it.
// Uses the test build, whose loopback host access lets the worker inject without a click.
import { expect, test } from '@playwright/test';
import { availableParallelism, loadavg } from 'node:os';
import { TEST_BUILD, launchWithExtension, type ExtensionSession } from './support/chromium.js';
import { startServer, type Served, type TestServer } from './support/server.js';
import { articlePage } from './support/hostile/article.js';
import { giantPage, hugeTextNode, manyNodes } from './support/hostile/size.js';

let session: ExtensionSession;
let server: TestServer;
const rows: string[] = [];

test.beforeAll(async ({ browserName: _ }, info) => {
  info.setTimeout(120_000);
  server = await startServer();
  session = await launchWithExtension(TEST_BUILD);
});
test.afterAll(async () => {
  console.log(['', `in-tab extraction (load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores)`, ...rows].join('\n'));
  await session?.close();
  await server?.close();
});

interface InTab {
  ok: boolean;
  code?: string;
  ms: number;
  timings?: Record<string, number>;
}

/** Injects content.js into the tab showing `url` and times one extraction there. */
async function extractInTab(url: string): Promise<InTab> {
  // A string, not a function: the test runner's transpiler would add helpers the worker lacks.
  const code = `(async () => {
    const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(url)} });
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] });
    const [run] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: function () {
      var t0 = performance.now();
      var r = globalThis.__siftExtract({ strictness: 'balanced', removeRelated: true, removeBoilerplate: true, customRemove: [], neverRemove: [], spamDisabled: false });
      return { ok: r.ok, code: r.code, ms: performance.now() - t0, timings: r.article && r.article.timings };
    } });
    return run.result;
  })()`;
  return (await session.sw.evaluate(code)) as InTab;
}

async function measure(name: string, served: Served): Promise<InTab> {
  const url = server.route(`/budget/${name}.html`, served);
  const page = await session.context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.waitForLoadState('load', { timeout: 30_000 }).catch(() => undefined);
  const r = await extractInTab(url);
  const stages = r.timings ? Object.entries(r.timings).map(([k, v]) => `${k.replace('_ms', '')} ${Math.round(v)}`).join(', ') : '';
  rows.push(`${name.padEnd(22)} ${(r.ok ? 'article' : r.code ?? '?').padEnd(12)} ${String(Math.round(r.ms)).padStart(6)} ms  ${stages}`);
  await page.close();
  return r;
}

// The SECURITY.md budgets (200 ms, 1.5 s, 100 ms) are figures to read in the printed table: on a
// shared 2-core machine a timed assertion measures the neighbours. What is asserted is the outcome
// and the invariant that no extraction outlives the 5 s watchdog that would cut it off.
const WATCHDOG_MS = 5_000;

test('I4 in-tab: baseline, 100k elements, too-large at 300k and 280k/10 MB, a 5 MB text node', async () => {
  test.setTimeout(240_000);
  const c1 = await measure('C1-baseline', { body: articlePage() });
  expect(c1.ok).toBe(true);
  const c3a = await measure('C3a-100k', manyNodes(100_000));
  expect(c3a.ok).toBe(true);
  const c3b = await measure('C3b-300k', manyNodes(300_000));
  expect(c3b.code).toBe('too-large');
  const c2 = await measure('C2-giant-10MB', giantPage());
  expect(c2.code).toBe('too-large');
  const c8 = await measure('C8-text-5MB', hugeTextNode(5_000_000));
  expect(c8.ok || c8.code === 'too-large').toBe(true);
  for (const r of [c1, c3a, c3b, c2]) expect(r.ms).toBeLessThan(WATCHDOG_MS);
  // The too-large answers come from counting, not extracting: far below the others.
  expect(Math.max(c3b.ms, c2.ms)).toBeLessThan(c3a.ms);
});
