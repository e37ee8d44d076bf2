// `npm run bench`: every benchmark, back to back in one invocation, so the ratios compare runs
// taken under the same machine load. Prints each run's summary line, the Sift/Readability time
// ratios, and the pass/fail of each required figure (exit 1 when one fails on a full run).
//   node bench/run-all.mjs [--limit N] [--only id,id]
// Add a run to RUNS, a ratio to RATIOS or a requirement to CHECKS; nothing else needs changing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(root, '../shared');
const BENCH = join(shared, 'bench/run.mjs');
const SPAM = join(shared, 'spam-bench/score.mjs');
const SIFT = 'bench/engine.mjs';
const BASELINE = 'bench/baseline-readability.mjs';

/** One benchmark run: a command whose last stdout line starting with `prefix` is its summary. */
const extraction = (id, set, engine) => ({
  id,
  prefix: `${set}:`,
  args: (limit) => [BENCH, '--engine', engine, '--set', set, '--quiet', ...(limit ? ['--limit', limit] : [])],
});

export const RUNS = [
  extraction('zyte/sift', 'zyte', SIFT),
  extraction('zyte/readability', 'zyte', BASELINE),
  // Same pipeline without boilerplate pruning: the F1/precision difference is what pruning adds.
  extraction('zyte/sift-no-prune', 'zyte', 'bench/engine-no-prune.mjs'),
  extraction('pages/sift', 'readability-pages', SIFT),
  extraction('pages/readability', 'readability-pages', BASELINE),
  {
    id: 'spam/sift',
    prefix: 'spam:',
    args: (limit) => [SPAM, '--set', join(shared, 'spam-bench/set'), '--engine', SIFT, '--quiet', ...(limit ? ['--limit', limit] : [])],
  },
  // Sift's own stages (attribution + pruning + spam) against Readability alone, same DOM, page by page.
  { id: 'overhead', prefix: 'overhead:', args: (limit) => ['bench/overhead.mjs', ...(limit ? ['--limit', limit] : [])] },
  // The same stages on the first page a fresh process cleans (each click's content script starts
  // fresh): reported, not checked; first_spam_share is what the detector adds to that first clean.
  { id: 'overhead-cold', prefix: 'cold:', args: (limit) => ['bench/overhead.mjs', '--cold', limit ?? '20'] },
  // The `sift clean --out-dir` batch on the Zyte files against plain Readability + jsdom, with both F1s.
  { id: 'cli', prefix: 'cli:', args: (limit) => ['bench/cli-batch.mjs', ...(limit ? ['--limit', limit] : [])] },
];

/** Sift time / Readability time on the same pages and DOM. */
export const RATIOS = [
  { label: 'zyte', sift: 'zyte/sift', base: 'zyte/readability', keys: ['median_ms', 'p95_ms', 'total_s'] },
  { label: 'readability-pages', sift: 'pages/sift', base: 'pages/readability', keys: ['median_ms', 'p95_ms', 'total_s'] },
];

/** Required figures (checked on full runs only: a --limit subset says nothing about them). */
export const CHECKS = [
  { run: 'zyte/sift', key: 'F1', min: 0.947 },
  { run: 'pages/sift', key: 'all_meta', min: 0.95 },
  { run: 'pages/sift', key: 'text_F1', min: 0.98 },
  { run: 'overhead', key: 'ratio', max: 0.1 },
  // The spam detector adds at most 10% to the time of an extraction without it.
  { run: 'overhead', key: 'spam_share', max: 0.1 },
  { run: 'cli', key: 'speedup', min: 4 },
];

/** "a=1 b=0.5(n=33) engine=x" -> { a: 1, b: 0.5, engine: 'x' } */
export function parseSummary(line) {
  const out = {};
  for (const m of line.matchAll(/(\w+)=(\S+)/g)) {
    const n = Number.parseFloat(m[2]);
    out[m[1]] = /^-?[\d.]+/.test(m[2]) && Number.isFinite(n) ? n : m[2];
  }
  return out;
}

function runOne(run, limit) {
  process.stderr.write(`bench: ${run.id} ...\n`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, run.args(limit), { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] });
  const line = r.stdout.split('\n').filter((l) => l.startsWith(run.prefix)).pop();
  if (r.status !== 0 && !line) return { id: run.id, error: `exit ${r.status}` };
  process.stderr.write(`bench: ${run.id} done in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return { id: run.id, line, summary: line ? parseSummary(line) : null, error: line ? null : 'no summary line' };
}

function main() {
  const { values } = parseArgs({ options: { limit: { type: 'string' }, only: { type: 'string' } } });
  if (!existsSync(join(root, 'dist/node/index.js'))) {
    console.error('bench: dist/node/index.js is missing; run `node scripts/build.mjs --node-only` first');
    process.exit(2);
  }
  const only = values.only?.split(',');
  const results = new Map();
  for (const run of RUNS) if (!only || only.some((o) => run.id.startsWith(o))) results.set(run.id, runOne(run, values.limit));

  let failed = false;
  for (const r of results.values()) {
    console.log(r.line ? `[${r.id}] ${r.line}` : `[${r.id}] FAILED: ${r.error}`);
    if (!r.line) failed = true;
  }
  for (const ratio of RATIOS) {
    const s = results.get(ratio.sift)?.summary;
    const b = results.get(ratio.base)?.summary;
    if (!s || !b) continue;
    const parts = ratio.keys.filter((k) => typeof s[k] === 'number' && b[k] > 0).map((k) => `${k}=${(s[k] / b[k]).toFixed(2)}x (${s[k]} / ${b[k]})`);
    console.log(`ratio ${ratio.label} sift/readability: ${parts.join(' ')}`);
  }
  if (values.limit) console.log('checks: skipped (a --limit run is a subset)');
  else
    for (const c of CHECKS) {
      const v = results.get(c.run)?.summary?.[c.key];
      if (v === undefined) continue;
      const ok = typeof v === 'number' && (c.min === undefined || v >= c.min) && (c.max === undefined || v <= c.max);
      if (!ok) failed = true;
      const bound = [c.min !== undefined ? `>= ${c.min}` : '', c.max !== undefined ? `<= ${c.max}` : ''].filter(Boolean).join(', ');
      console.log(`check ${c.run} ${c.key}=${v} (required ${bound}): ${ok ? 'pass' : 'FAIL'}`);
    }
  process.exit(failed ? 1 : 0);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
