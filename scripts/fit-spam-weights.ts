// Fits the spam detector's weights on the benchmark's dev set and writes
// src/core/spam/weights.json. Anyone can refit after changing a signal or the vocabulary:
//
//   node --import tsx scripts/fit-spam-weights.ts [--set ../shared/spam-bench/set] [--cache .tmp/spam-dev]
//                                                [--train-probes 1-73] [--probes 78,79] [--check-only]
//
// It trains on the dev set and on the probe batches of scripts/spam/probe named by --train-probes
// (lines written apart from the dev set, on base pages it does not use; the learned wording signal
// is trained on the same lines, see fit-wording.ts). Stacked fitting: each batch's lines are read
// with a wording model fitted without that batch, and each fifth of the dev pages with one fitted
// without those pages' lines, so the weights learn what the signal is worth on lines it has not read.
// --probes measures the fit on further batches, not trained on.
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
import { useWordingModel } from '../src/core/spam/wording.js';
import { type DevCase, loadDevCases, type Sample } from './spam/dev-data.js';
import { batchList, DEV_SET, devLines, fitWording, newsParagraphs, trainingLines } from './spam/wording-data.js';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i++) {
  const a = process.argv[i]!;
  if (a.startsWith('--')) args.set(a.slice(2), process.argv[i + 1]?.startsWith('--') === false ? process.argv[++i]! : 'true');
}
const setDir = path.resolve(args.get('set') ?? DEV_SET);
const cacheDir = args.has('cache') ? path.resolve(args.get('cache')!) : null;
const out = path.resolve('src/core/spam/weights.json');
if (!fs.existsSync(path.join(setDir, 'cases.jsonl'))) {
  console.error(`no cases.jsonl in ${setDir}: pass --set <spam-bench set directory>`);
  process.exit(2);
}

/** Cost of a genuine line relative to a spam line in the loss. */
const GENUINE_WEIGHT = 6;
/**
 * The fit on dev and probe lines together is anchored to the fit on the dev set alone (without the
 * wording signal): each weight is pulled back toward it with this strength, the wording signal's
 * toward 0 as usual. Unanchored, the probe lines, written by other hands, pull the weights their
 * way: buttons such as "See it now: Apple" and a sourced-cure trap went; anchored, the dev set's
 * balance stays and the probes mostly teach what the wording signal is worth.
 */
const ANCHOR = 0.002;
/**
 * Weight of all probe batches' lines together, relative to a dev line: each batch's line weighs
 * this divided by the number of batches. With 13 batches (three times the dev set's spam), a line
 * at 1 took genuine dev lines in the cross-page check; at 0.3 (3.9 in all) none, for most of the
 * gain. Shared out, more batches teach more wording without outweighing the dev set: with 29 at
 * 0.3 a line, held-out recall rose by 0.003-0.012 more, but real pages lost a deals article's
 * intro, a blog's invitation to its stand and two product lines; at 3.9 in all, only a gadget
 * guide's shop buttons ("See it now: Apple") go.
 */
const PROBES_WEIGHT = 3.9;
const L2 = 0.0002;
// Balanced at 0.55: on the dev set and the probe batches, 0.5 and 0.55 catch the same spam without
// a genuine removal, but 0.5 also takes a tweetable pull quote and a sign-off off real pages (0.53-0.54).
const THRESHOLDS = { gentle: 0.85, balanced: 0.55, strict: 0.4 } as const;

type Row = { x: number[]; y: number; w: number };

/**
 * Training rows: dev lines, and probe lines at `probeWeight` each; the classes are balanced, then
 * genuine lines count GENUINE_WEIGHT times more. `withoutWording`: as if the wording signal did not exist.
 */
function rowsOf(cases: readonly DevCase[], probes: readonly DevCase[] = [], probeWeight = 0, withoutWording = false): Row[] {
  const rows: Row[] = [];
  const add = (set: readonly DevCase[], scale: number): void => {
    for (const c of set) {
      for (const s of c.samples) {
        // Without the wording signal, a line only it lets through is not weighed at all.
        if (!s.spammy || s.label === 'unclear' || (withoutWording && !s.listed)) continue;
        rows.push({ x: FEATURE_NAMES.map((f) => (withoutWording && f === 'wording' ? 0 : s.features[f])), y: s.label === 'spam' ? 1 : 0, w: scale });
      }
    }
  };
  add(cases, 1);
  add(probes, probeWeight);
  const spam = rows.reduce((a, r) => a + (r.y === 1 ? r.w : 0), 0);
  const genuine = rows.reduce((a, r) => a + (r.y === 0 ? r.w : 0), 0);
  for (const r of rows) r.w *= r.y === 1 ? genuine / Math.max(1, spam) : GENUINE_WEIGHT;
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
function fit(rows: readonly Row[], anchor: SpamModel | null = null): SpamModel {
  const d = FEATURE_NAMES.length + 1; // last column: bias
  // The penalty pulls each weight toward its prior: 0, or the anchor's weight.
  const prior = FEATURE_NAMES.map((f) => (anchor && f !== 'wording' ? anchor.weights[f] : 0));
  const strength = FEATURE_NAMES.map((f) => (anchor && f !== 'wording' ? ANCHOR : L2));
  const w = [...prior, anchor ? anchor.bias : 0];
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
      g[k]! += strength[k]! * (w[k]! - prior[k]!);
      H[k]![k]! += strength[k]!;
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

/** A probe batch's cases, its set written first (run.mjs --write-only). */
function probeCases(b: string): DevCase[] {
  const written = spawnSync(process.execPath, ['scripts/spam/probe/run.mjs', '--batch', b, '--write-only'], { stdio: 'inherit' });
  if (written.status !== 0) process.exit(written.status ?? 1);
  log(`loading probe batch ${b}`);
  // Probe case ids repeat from batch to batch: each batch gets its own extraction cache.
  return loadDevCases(path.resolve(`.tmp/spam-probe-${b}`), cacheDir ? path.join(cacheDir, `probe-${b}`) : null, log);
}

const trainProbes = batchList(args.get('train-probes') ?? '1-73');
// The news paragraphs fit-wording.ts trains on (every tenth is kept apart there).
const news = newsParagraphs().filter((_, i) => i % 10 !== 0);
const devPages = [...new Set(fs.readFileSync(path.join(setDir, 'cases.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { page: string }).page))].sort();
const DEV_FOLDS = 5;
const foldOf = (page: string): number => devPages.indexOf(page) % DEV_FOLDS;
const cases: DevCase[] = [];
for (let k = 0; k < DEV_FOLDS; k++) {
  useWordingModel(fitWording(await trainingLines(trainProbes, news, devLines(setDir, (p) => foldOf(p) !== k))));
  log(`loading ${setDir}, pages of fold ${k + 1}/${DEV_FOLDS}`);
  cases.push(...loadDevCases(setDir, cacheDir, log, (p) => foldOf(p) === k));
}
const trainSets: DevCase[] = [];
for (const b of trainProbes) {
  useWordingModel(fitWording(await trainingLines(trainProbes.filter((x) => x !== b), news, devLines(setDir))));
  trainSets.push(...probeCases(b));
}
useWordingModel(null);
const probeSets = batchList(args.get('probes') ?? '').map((b) => ({ name: `probe ${b}`, cases: probeCases(b) }));
const pages = [...new Set(cases.map((c) => c.page))].sort();
const foldA = new Set(pages.filter((_, i) => i % 2 === 0));
const [a, b] = [cases.filter((c) => foldA.has(c.page)), cases.filter((c) => !foldA.has(c.page))];
log(`cross-page check on the dev set (balanced threshold ${THRESHOLDS.balanced}, probe batches trained on throughout):`);
const verbose = args.has('verbose');
/** The fit on `dev` and the probe batches, anchored to the fit on `dev` alone without the wording signal. */
const stacked = (dev: readonly DevCase[]): SpamModel => fit(rowsOf(dev, trainSets, PROBES_WEIGHT / trainProbes.length), fit(rowsOf(dev, [], 0, true)));
log(`  fit on ${foldA.size} pages, check on ${pages.length - foldA.size} others: ${evaluate(stacked(a), b, THRESHOLDS.balanced, verbose)}`);
log(`  fit on ${pages.length - foldA.size} pages, check on ${foldA.size} others: ${evaluate(stacked(b), a, THRESHOLDS.balanced, verbose)}`);
const model = stacked(cases);
log(JSON.stringify(model));
for (const [name, t] of Object.entries(THRESHOLDS)) {
  log(`dev set, ${name} (${t}): ${evaluate(model, cases, t, args.has('verbose') && name === 'balanced')}`);
}
log(`probe batches trained on, balanced (wording read out of fold): ${evaluate(model, trainSets, THRESHOLDS.balanced)}`);
for (const p of probeSets) log(`${p.name}, balanced: ${evaluate(model, p.cases, THRESHOLDS.balanced)}`);
if (!args.has('check-only')) {
  fs.writeFileSync(out, JSON.stringify(model, null, 2) + '\n');
  log(`wrote ${path.relative(process.cwd(), out)}`);
}
