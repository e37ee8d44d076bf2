// Wall time of cleaning the whole Zyte set from the command line, against plain Readability on
// jsdom cleaning the same files the same way (bench/baseline-jsdom-cli.mjs), with the Zyte F1 of
// each run's output files. The pages are unpacked to a temporary folder first (not timed).
// Both sides are cold processes on the same files, run alternately, best of 2. Sift's batch mode
// spreads pages over worker threads and the baseline runs on one thread, as each tool is used;
// the CPU seconds of each run (user + system, the process and all its threads) show how much of
// the speedup is parallelism: cpu_speedup compares work done, not waiting.
//   node bench/cli-batch.mjs [--limit N]
// Prints: `cli: pages=N sift_wall_s=.. readability_jsdom_wall_s=.. speedup=..x sift_F1=.. readability_jsdom_F1=..
//          sift_cpu_s=.. readability_jsdom_cpu_s=.. cpu_speedup=..x` (one line)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadZyte } from '../../shared/bench/lib/datasets.mjs';
import { shingleMatchTokens, tokenize, zyteMetrics } from '../../shared/bench/lib/metrics.mjs';

/**
 * CPU seconds used so far by this process's finished children (Linux: cutime + cstime of
 * /proc/self/stat, in clock ticks of 1/100 s); NaN where there is no /proc.
 */
function childrenCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // After "pid (comm) ", field 3 (state) is index 0, so cutime (16) and cstime (17) are 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { limit: { type: 'string' } } });
const pages = loadZyte(join(root, '../shared/bench/zyte')).slice(0, values.limit ? Number(values.limit) : undefined);

const work = mkdtempSync(join(tmpdir(), 'sift-cli-bench-'));
try {
  const inDir = join(work, 'pages');
  mkdirSync(inDir);
  const files = pages.map((p) => {
    const file = join(inDir, `${p.id}.html`);
    writeFileSync(file, p.html);
    return file;
  });

  /** Runs a batch command, returns its wall time and CPU time in seconds. */
  const timed = (args) => {
    const cpu0 = childrenCpuSeconds();
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
    const brief = args.slice(0, 4).join(' ');
    const wall = (performance.now() - t0) / 1000;
    // Exit 3 = some page had no article: still a finished batch.
    if (r.status !== 0 && r.status !== 3) throw new Error(`${brief} ... exited ${r.status}: ${r.stderr.slice(-500)}`);
    return { wall, cpu: childrenCpuSeconds() - cpu0 };
  };

  /** Zyte F1 of a folder of JSON outputs ({ text }), with the shared harness's metric. */
  const score = (dir) => {
    const per = pages.map((p) => {
      let text = '';
      try {
        text = JSON.parse(readFileSync(join(dir, `${p.id}.json`), 'utf8')).text ?? '';
      } catch {
        // No output file: the tool found no article there; scored as empty.
      }
      return { tpFpFn: shingleMatchTokens(tokenize(p.truth), tokenize(text)), accuracy: 0 };
    });
    return zyteMetrics(per, { bootstrap: 0 }).f1;
  };

  const siftOut = join(work, 'sift');
  const baseOut = join(work, 'base');
  // Baseline first, then Sift, then each once more; the faster run of each counts (cache-warm, like the other).
  const base = [];
  const sift = [];
  for (let i = 0; i < 2; i++) {
    base.push(timed(['bench/baseline-jsdom-cli.mjs', '--out-dir', baseOut, ...files]));
    sift.push(timed(['dist/node/cli.js', 'clean', '--format', 'json', '--out-dir', siftOut, ...files]));
  }
  const b = Math.min(...base.map((t) => t.wall));
  const s = Math.min(...sift.map((t) => t.wall));
  const bCpu = Math.min(...base.map((t) => t.cpu));
  const sCpu = Math.min(...sift.map((t) => t.cpu));
  const cpu = Number.isNaN(bCpu + sCpu) ? '' : ` sift_cpu_s=${sCpu.toFixed(2)} readability_jsdom_cpu_s=${bCpu.toFixed(2)} cpu_speedup=${(bCpu / sCpu).toFixed(2)}x`;
  console.log(
    `cli: pages=${pages.length} sift_wall_s=${s.toFixed(2)} readability_jsdom_wall_s=${b.toFixed(2)} speedup=${(b / s).toFixed(2)}x ` +
      `sift_F1=${score(siftOut).toFixed(3)} readability_jsdom_F1=${score(baseOut).toFixed(3)}${cpu}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
