// Batch mode on several cores: `sift clean --out-dir` hands pages to worker threads, each with its
// own parser and sanitizer window, so a folder of pages is cleaned in parallel. Measured by
// bench/cli-batch.mjs against plain Readability + jsdom on the Zyte set.
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Format } from './format.js';

export interface BatchJob {
  input: string;
  /** Output file for this input. */
  file: string;
}

/** What a worker reports for one job: the exit status it stands for, and a message line if any. */
export interface BatchOutcome {
  code: number;
  line?: string;
}

export interface WorkerRequest {
  job: BatchJob;
  format: Format;
}

// Built next to cli.js (scripts/build.mjs); absent when the CLI runs from sources.
const WORKER_URL = new URL('./cli-worker.js', import.meta.url);
/** Below this many pages per worker, starting workers (~50 ms each) costs more than it saves. */
const MIN_JOBS_PER_WORKER = 4;

/** How many workers to use for `jobs` pages: 0 means clean them in this thread. */
export function workerCount(jobs: number): number {
  if (!existsSync(fileURLToPath(WORKER_URL))) return 0;
  const n = Math.min(availableParallelism(), Math.floor(jobs / MIN_JOBS_PER_WORKER));
  return n > 1 ? n : 0;
}

/** Cleans `jobs` on `count` workers; `onDone` runs in this thread as each page finishes. */
/** Bytes of a file input, 0 when unknown (a URL, or unreadable: the worker reports that). */
function sizeOf(input: string): number {
  if (/^https?:\/\//i.test(input)) return 0;
  try {
    return statSync(input).size;
  } catch {
    return 0;
  }
}

export async function runInWorkers(jobs: readonly BatchJob[], format: Format, count: number, onDone: (job: BatchJob, outcome: BatchOutcome) => void): Promise<void> {
  // Largest pages first, so no worker is left with a big page while the others sit idle at the end.
  const sizes = new Map(jobs.map((job) => [job, sizeOf(job.input)]));
  jobs = [...jobs].sort((a, b) => sizes.get(b)! - sizes.get(a)!);
  let next = 0;
  const drive = (worker: Worker): Promise<void> =>
    new Promise((resolve, reject) => {
      worker.on('error', reject);
      const feed = (): void => {
        const job = jobs[next++];
        if (!job) {
          void worker.terminate().then(() => resolve());
          return;
        }
        worker.once('message', (outcome: BatchOutcome) => {
          onDone(job, outcome);
          feed();
        });
        worker.postMessage({ job, format } satisfies WorkerRequest);
      };
      feed();
    });
  await Promise.all(Array.from({ length: count }, () => drive(new Worker(WORKER_URL))));
}
