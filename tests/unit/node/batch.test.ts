// Batch mode on worker threads (enough inputs for several workers): every page gets its output
// file, failures are one line each, and the exit status is the same as in the single-thread loop.
import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { workerCount } from '../../../src/node/batch.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'dist/node/cli.js');
const SEED = join(ROOT, '../shared/fixtures/seed-article.html');
const expected = JSON.parse(readFileSync(join(ROOT, '../shared/fixtures/seed-article.expected.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'sift-batch-'));

const run = (args: string[]): Promise<{ code: number; stderr: string }> =>
  new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], { cwd: work }, (err, _stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stderr }));
  });

before(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs'), '--node-only', '--quiet'], { cwd: ROOT });
});

test('workers are used only when the built worker exists and there are enough pages', () => {
  // From sources (this test runs on the .ts files) there is no cli-worker.js next to batch.ts.
  assert.equal(workerCount(100), 0);
});

test('a batch of 12 pages on worker threads: all outputs written, bad inputs reported, status 2', { skip: availableParallelism() < 2 && 'one core' }, async () => {
  const inputs: string[] = [];
  for (let i = 0; i < 10; i++) {
    const file = join(work, `page-${i}.html`);
    copyFileSync(SEED, file);
    inputs.push(file);
  }
  writeFileSync(join(work, 'empty.html'), '<html><body><nav><a href="/">Home</a></nav></body></html>');
  inputs.push(join(work, 'empty.html'), join(work, 'missing.html'));
  const out = join(work, 'out');
  const r = await run(['clean', '--format', 'json', '--out-dir', out, ...inputs]);
  assert.equal(r.code, 2, r.stderr);
  const files = readdirSync(out).sort();
  assert.equal(files.length, 10);
  for (const f of files) {
    const article = JSON.parse(readFileSync(join(out, f), 'utf8'));
    assert.equal(article.title, expected.title);
    for (const keep of expected.mustKeep) assert.ok(article.text.includes(keep), `${f} lost "${keep}"`);
  }
  assert.match(r.stderr, /empty\.html: no article found/);
  assert.match(r.stderr, /missing\.html/);
  assert.ok(!/\n\s+at /.test(r.stderr), 'no stack trace');
});
