// What Sift's own stages cost next to Readability, on the same DOM implementation (linkedom) and
// the same pages, interleaved page by page so machine load hits both sides alike:
//   readability_ms  plain `new Readability(doc).parse()` on a fresh parse of the page
//   pipeline_ms     Sift's attribution + boilerplate pruning + spam stages (cleanDocument timings)
//   extraction_ms   everything cleanDocument times except the spam stage and its copy of the
//                   document (checks, Readability, attribution, pruning, sanitizing, text): Sift's
//                   extraction without the detector, as the CLI runs it on a page it parsed itself
// Prints one summary line: `overhead: ... ratio=<median pipeline / median readability>
// spam_share=<median spam / median extraction> spam_vs_readability=<median spam / median readability>`.
// Each page is cleaned once by both sides, untimed, before any is timed; then the median of
// --repeat runs (3 unless given) a page.
//   node bench/overhead.mjs [--limit N] [--repeat N]
// With --cold N: the first clean in a fresh process (what the content script pays on each click),
// one child process per page for N pages; prints the median first-call and second-call stage
// times, and the spam stage's share of each call's extraction (the median of the per-page ratios).
//   node bench/overhead.mjs --cold 20
// With --against <index.js of another build's dist/node>: both builds in this one process, page by
// page and in alternating order, each page's spam stage the fastest of --repeat runs (7 unless
// given). Steadier than comparing two runs of the default mode, whose denominator moves between
// runs; prints both builds' spam-stage sums and medians, their ratio, and each one's spam_share.
//   git worktree add /tmp/old <rev> && ln -s "$PWD/node_modules" /tmp/old/node_modules &&
//   (cd /tmp/old && node scripts/build.mjs --node-only) && node bench/overhead.mjs --against /tmp/old/dist/node/index.js
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { loadZyte } from '../../shared/bench/lib/datasets.mjs';
import { cleanDocument } from '../dist/node/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { limit: { type: 'string' }, repeat: { type: 'string' }, cold: { type: 'string' }, 'cold-child': { type: 'string' }, against: { type: 'string' } },
});
const repeat = Math.max(1, Number(values.repeat ?? (values.against ? 7 : 3)));

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
/** A page's URL; a few Zyte pages have none, and Sift needs one for links. */
const urlOf = (p) => p.url || 'https://example.invalid/';
const parse = (html, url) => parseHTML(html, { location: new URL(url) }).document;

/** Milliseconds of plain Readability on a fresh parse (parse not timed). */
function readabilityMs(html, url) {
  const doc = parse(html, url);
  const t0 = performance.now();
  new Readability(doc).parse();
  return performance.now() - t0;
}

/** Sift's stage timings on a fresh parse (cleanDocument copies it first: clone_ms); `clean` is another build's. */
function siftStages(html, url, clean = cleanDocument) {
  const doc = parse(html, url);
  try {
    const r = clean(doc, { url });
    return r.ok ? r.article.timings : null;
  } catch (e) {
    failures.push(`${url}: ${e instanceof Error ? e.message : e}`);
    return null;
  }
}
const failures = [];
/** Everything cleanDocument times but the spam stage and its copy of the document. */
const withoutSpam = (t) => Object.entries(t).reduce((sum, [k, ms]) => (k === 'spam_ms' || k === 'clone_ms' ? sum : sum + ms), 0);

const pages = loadZyte(join(root, '../shared/bench/zyte')).slice(0, values.limit ? Number(values.limit) : undefined);
const STAGES = ['attribution_ms', 'prune_ms', 'spam_ms'];

if (values['cold-child'] !== undefined) {
  // One page, cleaned twice on fresh parses: the first call pays every lazy set-up.
  const p = pages[Number(values['cold-child'])];
  const url = urlOf(p);
  const first = siftStages(p.html, url);
  const warm = siftStages(p.html, url);
  process.stdout.write(JSON.stringify({ first, warm }));
  process.exit(0);
}
if (values.cold !== undefined) {
  const runs = [];
  for (let i = 0; i < Math.min(Number(values.cold), pages.length); i++) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--cold-child', String(i)], { encoding: 'utf8' });
    const { first, warm } = JSON.parse(out);
    if (first && warm) runs.push({ first, warm });
  }
  const f = (x) => x.toFixed(2);
  const col = (side, k) => median(runs.map((r) => r[side][k] ?? 0));
  const pipe = (side) => median(runs.map((r) => STAGES.reduce((s, k) => s + (r[side][k] ?? 0), 0)));
  // The detector's first run next to the first run of everything else cleanDocument times, page by
  // page: what it adds to the first clean of a fresh process (a click's content script).
  const share = (side) => median(runs.map((r) => r[side].spam_ms / withoutSpam(r[side])));
  console.log(
    `cold: pages=${runs.length} ` +
      STAGES.map((k) => `first_${k.replace('_ms', '')}_median_ms=${f(col('first', k))} warm_${k.replace('_ms', '')}_median_ms=${f(col('warm', k))}`).join(' ') +
      ` first_pipeline_median_ms=${f(pipe('first'))} warm_pipeline_median_ms=${f(pipe('warm'))}` +
      ` first_extraction_median_ms=${f(median(runs.map((r) => withoutSpam(r.first))))} first_spam_share=${share('first').toFixed(3)} warm_spam_share=${share('warm').toFixed(3)}`,
  );
  process.exit(0);
}
if (values.against !== undefined) {
  const other = await import(pathToFileURL(resolve(values.against)).href);
  const mine = pages.map(() => Infinity);
  const theirs = pages.map(() => Infinity);
  const rest = pages.map(() => Infinity);
  for (let r = 0; r < repeat; r++) {
    for (const [i, p] of pages.entries()) {
      // Alternate which build runs first, so neither always gets the warmer cache.
      for (const side of (i + r) % 2 ? ['mine', 'theirs'] : ['theirs', 'mine']) {
        const t = siftStages(p.html, urlOf(p), side === 'mine' ? cleanDocument : other.cleanDocument);
        if (!t) continue;
        if (side === 'mine') {
          mine[i] = Math.min(mine[i], t.spam_ms);
          rest[i] = Math.min(rest[i], withoutSpam(t));
        } else theirs[i] = Math.min(theirs[i], t.spam_ms);
      }
    }
  }
  const ok = (xs) => xs.filter(Number.isFinite);
  const sum = (xs) => ok(xs).reduce((a, b) => a + b, 0);
  const f = (x) => x.toFixed(2);
  const extraction = median(ok(rest));
  console.log(
    `against: pages=${ok(mine).length} repeat=${repeat} spam_sum_ms=${f(sum(mine))} against_spam_sum_ms=${f(sum(theirs))} ratio=${(sum(mine) / sum(theirs)).toFixed(3)} ` +
      `spam_median_ms=${f(median(ok(mine)))} against_spam_median_ms=${f(median(ok(theirs)))} extraction_median_ms=${f(extraction)} ` +
      `spam_share=${(median(ok(mine)) / extraction).toFixed(3)} against_spam_share=${(median(ok(theirs)) / extraction).toFixed(3)}`,
  );
  process.exit(0);
}
// One untimed pass over every page first, for both sides: the figures are the steady cost of a
// process that has cleaned pages before (the CLI's batch, a content script's later pages). What a
// fresh process pays on its first page is --cold's figure, printed by `npm run bench` beside this.
for (const p of pages) {
  readabilityMs(p.html, urlOf(p));
  siftStages(p.html, urlOf(p));
}
failures.length = 0;
const rows = [];
for (const [i, p] of pages.entries()) {
  const url = urlOf(p);
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
    extraction: median(ok.map(withoutSpam)),
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
// What the detector adds to the time of an extraction without it, and its time next to Readability's.
const spamShare = m('spam') / m('extraction');
const spamVsReadability = m('spam') / m('readability');
const f = (x) => x.toFixed(2);
console.log(
  `overhead: pages=${rows.length} readability_median_ms=${f(m('readability'))} sift_extract_median_ms=${f(m('extract'))} ` +
    `attribution_median_ms=${f(m('attribution'))} prune_median_ms=${f(m('prune'))} spam_median_ms=${f(m('spam'))} ` +
    `pipeline_median_ms=${f(m('pipeline'))} ratio=${ratio.toFixed(3)} page_ratio_median=${median(rows.map((r) => r.pipeline / r.readability)).toFixed(3)} ` +
    `sanitize_median_ms=${f(m('sanitize'))} extraction_median_ms=${f(m('extraction'))} spam_share=${spamShare.toFixed(3)} ` +
    `spam_vs_readability=${spamVsReadability.toFixed(3)} failures=${failures.length}`,
);
for (const f of new Set(failures)) process.stderr.write(`overhead: failed: ${f}\n`);
