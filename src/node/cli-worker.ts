// One batch worker of `sift clean --out-dir` (see batch.ts): reads, cleans and writes the pages it
// is sent, one at a time, and answers each with the exit status and message the CLI would give.
import { writeFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import type { BatchOutcome, WorkerRequest } from './batch.js';
import { InputError, readInput } from './cli-input.js';
import { formatArticle } from './format.js';
import { cleanHtmlResult } from './index.js';
import { describeFailure } from './messages.js';

const EXIT_OK = 0;
const EXIT_USAGE = 2;
const EXIT_NO_ARTICLE = 3;

async function clean({ job, format }: WorkerRequest): Promise<BatchOutcome> {
  try {
    const page = await readInput(job.input);
    const result = cleanHtmlResult(page.html, { url: page.url });
    if (!result.ok) return { code: EXIT_NO_ARTICLE, line: `${page.name}: ${describeFailure(result.code, result.detail)}` };
    await writeFile(job.file, formatArticle(result.article, format));
    return { code: EXIT_OK };
  } catch (e) {
    // Unreadable input, or a write error: one line, as in the single-threaded CLI.
    return { code: EXIT_USAGE, line: e instanceof InputError ? e.message : `${job.input}: ${e instanceof Error ? e.message : String(e)}` };
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  void clean(request).then((outcome) => parentPort?.postMessage(outcome));
});
