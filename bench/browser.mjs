// `npm run bench:browser`: time from the real toolbar click to the painted reader page in
// Debian's Chromium with the release build (dist/chrome), on the seed fixtures and a fixed sample
// of Zyte pages served from 127.0.0.1, against plain Readability injected into the same pages in
// the same run (from injection to its result). Prints median/p95 of both and their ratio.
//   node bench/browser.mjs [--pages N] [--rounds N]
import { chromium } from '@playwright/test';
import * as esbuild from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadZyte } from '../../shared/bench/lib/datasets.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const BUILD = join(root, 'dist/chrome');
const { values } = parseArgs({ options: { pages: { type: 'string', default: '20' }, rounds: { type: 'string', default: '3' } } });
const TARGET_MEDIAN_MS = 250;

if (!existsSync(join(BUILD, 'manifest.json'))) {
  console.error('bench:browser: dist/chrome is missing; run `node scripts/build.mjs` first');
  process.exit(2);
}

/** The pages: both seed fixtures and every k-th Zyte page (sorted by id), so the sample is fixed. */
function samplePages(count) {
  const seeds = ['seed-article.html', 'seed-article-plain.html'].map((f) => ({ id: f.replace('.html', ''), html: readFileSync(join(shared, 'fixtures', f), 'utf8') }));
  const zyte = loadZyte(join(shared, 'bench/zyte'));
  const step = Math.max(1, Math.floor(zyte.length / count));
  const picked = zyte.filter((_, i) => i % step === 0).slice(0, count).map((p) => ({ id: p.id.slice(0, 12), html: p.html }));
  return [...seeds, ...picked];
}

/** Loopback server: every measurement gets its own path, since the click finds its tab by URL. */
async function startServer() {
  const routes = new Map();
  const server = createServer((req, res) => {
    const body = routes.get(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    res.writeHead(body ? 200 : 404, { 'content-type': body ? 'text/html; charset=utf-8' : 'text/plain' });
    res.end(body ?? 'not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${server.address().port}`;
  let n = 0;
  return {
    serve: (id, html) => {
      const path = `/${++n}/${id}.html`;
      routes.set(path, html);
      return origin + path;
    },
    close: () => new Promise((r) => server.close(r)),
  };
}

/** Plain Readability on a clone of the live document, as a page-world script; records its end time. */
async function baselineScript() {
  const out = await esbuild.build({
    stdin: {
      contents: `import { Readability } from '@mozilla/readability';
        const article = new Readability(document.cloneNode(true)).parse();
        window.__baselineEnd = { at: performance.timeOrigin + performance.now(), ok: !!article, length: article ? article.textContent.length : 0 };`,
      resolveDir: root,
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
  });
  return out.outputFiles[0].text;
}

/** In the reader page: the epoch time just after the frame that first shows the article (or the error state). */
const PAINT_PROBE = () => {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.endsWith('/reader.html')) return;
  const done = (kind) => {
    requestAnimationFrame(() => {
      // A message posted from a frame callback is handled after that frame is painted.
      const ch = new MessageChannel();
      ch.port1.onmessage = () => (window.__readerPainted = { at: performance.timeOrigin + performance.now(), origin: performance.timeOrigin, kind });
      ch.port2.postMessage(0);
    });
  };
  const check = () => {
    const article = document.getElementById('article');
    const body = document.getElementById('article-body');
    if (article && !article.hidden && body && body.childElementCount > 0) return done('article'), true;
    const state = document.getElementById('state');
    if (state && !state.hidden && state.textContent.trim()) return done('state'), true;
    return false;
  };
  const obs = new MutationObserver(() => check() && obs.disconnect());
  obs.observe(document, { subtree: true, childList: true, attributes: true });
};

const median = (xs) => percentile(xs, 50);
function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)] : NaN;
}

async function main() {
  const pages = samplePages(Number(values.pages));
  const rounds = Math.max(1, Number(values.rounds));
  const server = await startServer();
  const baseline = await baselineScript();
  const context = await chromium.launchPersistentContext('', {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${BUILD}`, `--load-extension=${BUILD}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    // Only the loopback server answers: a page's third-party requests fail at once instead of hanging.
    await context.route(/^https?:\/\//, (route) => (route.request().url().startsWith('http://127.0.0.1') ? route.continue() : route.abort()));
    await context.addInitScript(PAINT_PROBE);
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(sw.url()).host;
    const cdp = await context.browser().newBrowserCDPSession();

    const siftTimes = [];
    /** Click to the reader page's navigation start (background, content script, hand-over). */
    const toReader = [];
    const baseTimes = [];
    const notShown = [];
    const measureSift = async (p) => {
      const page = await context.newPage();
      const url = server.serve(p.id, p.html);
      await page.goto(url, { waitUntil: 'load' });
      await page.bringToFront();
      const { targetInfos } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
      const tab = targetInfos.find((t) => t.url === url);
      const t0 = Date.now();
      await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
      await page.waitForURL(/reader\.html#/, { timeout: 30_000 });
      const painted = await page.waitForFunction(() => window.__readerPainted, null, { timeout: 30_000 }).then((h) => h.jsonValue());
      await page.close();
      if (painted.kind !== 'article') notShown.push(p.id);
      else {
        siftTimes.push(painted.at - t0);
        toReader.push(painted.origin - t0);
      }
    };
    const measureBaseline = async (p) => {
      const page = await context.newPage();
      await page.goto(server.serve(p.id, p.html), { waitUntil: 'load' });
      const t0 = Date.now();
      await page.evaluate(baseline);
      const end = await page.evaluate(() => window.__baselineEnd);
      await page.close();
      baseTimes.push(end.at - t0);
    };

    // Warm-up: one untimed pass of each (first launch compiles the bundles).
    await measureSift(pages[0]);
    await measureBaseline(pages[0]);
    siftTimes.length = 0;
    toReader.length = 0;
    baseTimes.length = 0;
    notShown.length = 0;
    for (let r = 0; r < rounds; r++)
      for (const [i, p] of pages.entries()) {
        if ((i + r) % 2) {
          await measureSift(p);
          await measureBaseline(p);
        } else {
          await measureBaseline(p);
          await measureSift(p);
        }
      }
    const sMed = median(siftTimes);
    const bMed = median(baseTimes);
    const f = (x) => x.toFixed(1);
    if (notShown.length) process.stderr.write(`bench:browser: no article shown for ${[...new Set(notShown)].join(', ')}\n`);
    console.log(
      `browser: pages=${pages.length} rounds=${rounds} sift_median_ms=${f(sMed)} sift_p95_ms=${f(percentile(siftTimes, 95))} ` +
        `click_to_reader_median_ms=${f(median(toReader))} readability_median_ms=${f(bMed)} readability_p95_ms=${f(percentile(baseTimes, 95))} ratio=${(sMed / bMed).toFixed(2)}x ` +
        `no_article=${notShown.length} target_median_ms=${TARGET_MEDIAN_MS} ${sMed <= TARGET_MEDIAN_MS ? 'pass' : 'FAIL'}`,
    );
  } finally {
    await context.close();
    await server.close();
  }
}

await main();
