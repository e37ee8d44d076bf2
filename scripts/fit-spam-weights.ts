// Fits the spam detector's weights on the benchmark's dev set and writes
// src/core/spam/weights.json. Anyone can refit after changing a signal or the vocabulary:
//
//   node --import tsx scripts/fit-spam-weights.ts [--set ../shared/spam-bench/set] [--cache .tmp/spam-dev]
//                                                [--probes 1,2,3] [--check-only]
//
// --probes also measures the fit on the named batches of scripts/spam/probe (lines written apart
// from the dev set, on base pages it does not use). They are not trained on: fitting on batches 1-7
// as well removed 15 genuine dev lines and did no better on the batches than the dev set alone.
//
// The model is a logistic regression over the signals of features.ts, trained only on lines that
// pass the detector's gate (lines without any spam signal are kept whatever the weights say).
// Genuine lines weigh more than spam in the loss: removing genuine text costs more than missing
// spam. Before the final fit it runs a two-fold cross-page check (fit on half the pages, measure
// on the other half), because what matters is lines and pages the model has never seen.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { FEATURE_NAMES, type FeatureName } from '../src/core/spam/features.js';
import type { SpamModel } from '../src/core/spam/model.js';
import { type DevCase, loadDevCases, type Sample } from './spam/dev-data.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i]!;
  if (a.startsWith('--')) args.set(a.slice(2), process.argv[i + 1]?.startsWith('--') === false ? process.argv[++i]! : 'true');
}
const setDir = path.resolve(args.get('set') ?? '../shared/spam-bench/set');
const cacheDir = args.has('cache') ? path.resolve(args.get('cache')!) : null;
const out = path.resolve('src/core/spam/weights.json');
if (!fs.existsSync(path.join(setDir, 'cases.jsonl'))) {
  console.error(`no cases.jsonl in ${setDir}: pass --set <spam-bench set directory>`);
  process.exit(2);
}

/** Cost of a genuine line relative to a spam line in the loss. */
const GENUINE_WEIGHT = 4;
const L2 = 0.0002;
// Balanced at 0.55: on the dev set and the probe batches, 0.5 and 0.55 catch the same spam without
// a genuine removal, but 0.5 also takes a tweetable pull quote and a sign-off off real pages (0.53-0.54).
const THRESHOLDS = { gentle: 0.85, balanced: 0.55, strict: 0.4 } as const;

type Row = { x: number[]; y: number; w: number };

/** Training rows; the classes are balanced, then genuine lines count GENUINE_WEIGHT times more. */
function rowsOf(cases: readonly DevCase[]): Row[] {
  const rows: Row[] = [];
  for (const c of cases) {
    for (const s of c.samples) {
      if (!s.spammy || s.label === 'unclear') continue;
      rows.push({ x: FEATURE_NAMES.map((f) => s.features[f]), y: s.label === 'spam' ? 1 : 0, w: 1 });
    }
  }
  const spam = rows.filter((r) => r.y === 1).length;
  const genuine = rows.length - spam;
  for (const r of rows) r.w = r.y === 1 ? genuine / Math.max(1, spam) : GENUINE_WEIGHT;
  return rows;
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small: one row per signal). */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r]![c]!) > Math.abs(M[p]![c]!)) p = r;
    [M[c], M[p]] = [M[p]!, M[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = M[r]![c]! / M[c]![c]!;
      for (let k = c; k <= n; k++) M[r]![k]! -= f * M[c]![k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let acc = M[r]![n]!;
    for (let k = r + 1; k < n; k++) acc -= M[r]![k]! * x[k]!;
    x[r] = acc / M[r]![r]!;
  }
  return x;
}

/** Weighted, L2-regularised logistic regression by Newton's method (exact convergence in a few steps). */
function fit(rows: readonly Row[]): SpamModel {
  const d = FEATURE_NAMES.length + 1; // last column: bias
  const w = new Array<number>(d).fill(0);
  const total = rows.reduce((a, r) => a + r.w, 0);
  for (let iter = 0; iter < 30; iter++) {
    const g = new Array<number>(d).fill(0);
    const H = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    for (const r of rows) {
      const x = [...r.x, 1];
      let z = 0;
      for (let k = 0; k < d; k++) z += w[k]! * x[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const s = (r.w * p * (1 - p)) / total;
      for (let k = 0; k < d; k++) {
        g[k]! += ((p - r.y) * r.w * x[k]!) / total;
        if (x[k] === 0) continue;
        for (let l = 0; l < d; l++) H[k]![l]! += s * x[k]! * x[l]!;
      }
    }
    for (let k = 0; k < d - 1; k++) {
      g[k]! += L2 * w[k]!;
      H[k]![k]! += L2;
    }
    const step = solve(H, g);
    let moved = 0;
    for (let k = 0; k < d; k++) {
      w[k]! -= step[k]!;
      moved = Math.max(moved, Math.abs(step[k]!));
    }
    if (moved < 1e-6) break;
  }
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  const weights = Object.fromEntries(FEATURE_NAMES.map((f, k) => [f, round(w[k]!)])) as Record<FeatureName, number>;
  return { bias: round(w[d - 1]!), weights, thresholds: { ...THRESHOLDS } };
}

const prob = (m: SpamModel, s: Sample): number => {
  let z = m.bias;
  for (const f of FEATURE_NAMES) z += m.weights[f] * s.features[f];
  return 1 / (1 + Math.exp(-z));
};

/**
 * Recall over the spam items that reach the detector (any candidate of the item removed), and the
 * genuine lines removed, at `threshold`.
 */
function evaluate(m: SpamModel, cases: readonly DevCase[], threshold: number, verbose = false): string {
  let items = 0, caught = 0, relItems = 0, relCaught = 0, falseRemovals = 0;
  const missed: string[] = [];
  const wrong: string[] = [];
  for (const c of cases) {
    const hit = new Set<number>();
    const present = new Set(c.samples.filter((s) => s.label === 'spam').map((s) => s.item));
    for (const s of c.samples) {
      if (!s.spammy || s.label === 'unclear' || prob(m, s) < threshold) continue;
      if (s.label === 'spam') hit.add(s.item);
      else if (s.text.split(/\s+/).length <= 60 || s.kind === 'inline') {
        falseRemovals++;
        wrong.push(`${c.page}: ${s.text.slice(0, 90)} (${prob(m, s).toFixed(2)})`);
      }
    }
    c.spam.forEach((item, i) => {
      if (!present.has(i)) return; // Readability already left it out
      const rel = item.category === 'related';
      if (rel) relItems++; else items++;
      if (hit.has(i)) { if (rel) relCaught++; else caught++; } else missed.push(`${c.page} [${item.category}] ${item.text}`);
    });
  }
  if (verbose) {
    console.log([...new Set(missed)].map((x) => '    missed ' + x).join('\n'));
    console.log([...new Set(wrong)].map((x) => '    removed ' + x).join('\n'));
  }
  return `recall ${(caught / items).toFixed(3)} related ${(relCaught / relItems).toFixed(3)} genuine lines removed ${falseRemovals}`;
}

const log = (s: string): void => console.log(s);
log(`loading ${setDir}`);
const cases = loadDevCases(setDir, cacheDir, log);
const probeBatches = (args.get('probes') ?? '').split(',').filter((b) => /^\d+$/.test(b));
const probeSets = probeBatches.map((b) => {
  // Probe case ids repeat from batch to batch: each batch gets its own extraction cache.
  const written = spawnSync(process.execPath, ['scripts/spam/probe/run.mjs', '--batch', b, '--write-only'], { stdio: 'inherit' });
  if (written.status !== 0) process.exit(written.status ?? 1);
  log(`loading probe batch ${b}`);
  return { name: `probe ${b}`, cases: loadDevCases(path.resolve(`.tmp/spam-probe-${b}`), cacheDir ? path.join(cacheDir, `probe-${b}`) : null, log) };
});
const pages = [...new Set(cases.map((c) => c.page))].sort();
const foldA = new Set(pages.filter((_, i) => i % 2 === 0));
const [a, b] = [cases.filter((c) => foldA.has(c.page)), cases.filter((c) => !foldA.has(c.page))];
log(`cross-page check (balanced threshold ${THRESHOLDS.balanced}):`);
const verbose = args.has('verbose');
log(`  fit on ${foldA.size} pages, check on ${pages.length - foldA.size} others: ${evaluate(fit(rowsOf(a)), b, THRESHOLDS.balanced, verbose)}`);
log(`  fit on ${pages.length - foldA.size} pages, check on ${foldA.size} others: ${evaluate(fit(rowsOf(b)), a, THRESHOLDS.balanced, verbose)}`);
const model = fit(rowsOf(cases));
log(JSON.stringify(model));
for (const [name, t] of Object.entries(THRESHOLDS)) {
  log(`all pages, ${name} (${t}): ${evaluate(model, cases, t, args.has('verbose') && name === 'balanced')}`);
}
for (const p of probeSets) log(`${p.name}, balanced: ${evaluate(model, p.cases, THRESHOLDS.balanced)}`);
if (!args.has('check-only')) {
  fs.writeFileSync(out, JSON.stringify(model, null, 2) + '\n');
  log(`wrote ${path.relative(process.cwd(), out)}`);
}
