// What Sift's own stages cost next to Readability, on the same DOM implementation (linkedom) and
// the same pages, interleaved page by page so machine load hits both sides alike:
//   readability_ms  plain `new Readability(doc).parse()` on a fresh parse of the page
//   pipeline_ms     Sift's attribution + boilerplate pruning + spam stages (cleanDocument timings)
// Prints one summary line: `overhead: ... ratio=<median pipeline / median readability>`.
//   node bench/overhead.mjs [--limit N] [--repeat N]
import { parseArgs } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { loadZyte } from '../../shared/bench/lib/datasets.mjs';
import { cleanDocument } from '../dist/node/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { limit: { type: 'string' }, repeat: { type: 'string', default: '3' } } });
const repeat = Math.max(1, Number(values.repeat));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const parse = (html, url) => parseHTML(html, { location: new URL(url) }).document;

/** Milliseconds of plain Readability on a fresh parse (parse not timed). */
function readabilityMs(html, url) {
  const doc = parse(html, url);
  const t0 = performance.now();
  new Readability(doc).parse();
  return performance.now() - t0;
}

/** Sift's stage timings on a fresh parse; the document is handed over, so it is not cloned. */
function siftStages(html, url) {
  const doc = parse(html, url);
  try {
    const r = cleanDocument(doc, { url });
    return r.ok ? r.article.timings : null;
  } catch (e) {
    failures.push(`${url}: ${e instanceof Error ? e.message : e}`);
    return null;
  }
}
const failures = [];

const pages = loadZyte(join(root, '../shared/bench/zyte')).slice(0, values.limit ? Number(values.limit) : undefined);
const rows = [];
for (const [i, p] of pages.entries()) {
  const url = p.url || 'https://example.invalid/';
  const base = [];
  const stages = [];
  for (let r = 0; r < repeat; r++) {
    // Alternate which side runs first, so neither always gets the warmer cache.
    if ((i + r) % 2) {
      base.push(readabilityMs(p.html, url));
      stages.push(siftStages(p.html, url));
    } else {
      stages.push(siftStages(p.html, url));
      base.push(readabilityMs(p.html, url));
    }
  }
  const ok = stages.filter(Boolean);
  if (!ok.length) continue;
  const stage = (k) => median(ok.map((t) => t[k] ?? 0));
  const row = {
    readability: median(base),
    extract: stage('extract_ms'),
    attribution: stage('attribution_ms'),
    prune: stage('prune_ms'),
    spam: stage('spam_ms'),
    sanitize: stage('sanitize_ms'),
  };
  row.pipeline = row.attribution + row.prune + row.spam;
  rows.push(row);
}

const m = (k) => median(rows.map((r) => r[k]));
const ratio = m('pipeline') / m('readability');
const f = (x) => x.toFixed(2);
console.log(
  `overhead: pages=${rows.length} readability_median_ms=${f(m('readability'))} sift_extract_median_ms=${f(m('extract'))} ` +
    `attribution_median_ms=${f(m('attribution'))} prune_median_ms=${f(m('prune'))} spam_median_ms=${f(m('spam'))} ` +
    `pipeline_median_ms=${f(m('pipeline'))} ratio=${ratio.toFixed(3)} page_ratio_median=${median(rows.map((r) => r.pipeline / r.readability)).toFixed(3)} ` +
    `sanitize_median_ms=${f(m('sanitize'))} failures=${failures.length}`,
);
for (const f of new Set(failures)) process.stderr.write(`overhead: failed: ${f}\n`);
