// Mozilla's add-on linter (web-ext lint, offline) on the Firefox build, and the store zips that
// `npm run package` writes. Errors block a listing; the known warnings are listed in README.md
// and anything new must be looked at, so it fails here.
import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { unzipSync } from 'fflate';
import { ROOT } from './support/chromium.js';

const run = promisify(execFile);
const FIREFOX_BUILD = join(ROOT, 'dist/firefox');
const CHROME_BUILD = join(ROOT, 'dist/chrome');

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

/** Warnings Sift ships with on purpose: the shared manifest's Chromium-only key, and innerHTML
 * inside bundled Readability/DOMPurify (their parsing runs on inert documents, see SECURITY.md). */
const KNOWN_WARNINGS: Record<string, (m: LintMessage) => boolean> = {
  BACKGROUND_SERVICE_WORKER_IGNORED: (m) => m.file === 'manifest.json',
  UNSAFE_VAR_ASSIGNMENT: (m) => m.file === 'content.js' || m.file === 'reader.js',
};

async function lint(dir: string): Promise<{ errors: LintMessage[]; warnings: LintMessage[] }> {
  const webExt = join(ROOT, 'node_modules/.bin/web-ext');
  const { stdout } = await run(webExt, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
    cwd: ROOT,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as { errors: LintMessage[]; warnings: LintMessage[] };
}

const describe = (messages: LintMessage[]) => messages.map((m) => `${m.code} in ${m.file ?? '?'}: ${m.message}`).join('\n');

function expectCleanLint(result: { errors: LintMessage[]; warnings: LintMessage[] }) {
  expect(result.errors, describe(result.errors)).toEqual([]);
  const unexpected = result.warnings.filter((w) => !KNOWN_WARNINGS[w.code]?.(w));
  expect(unexpected, describe(unexpected)).toEqual([]);
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

test('web-ext lint finds no errors and no unknown warnings in dist/firefox', async () => {
  test.setTimeout(120_000);
  expectCleanLint(await lint(FIREFOX_BUILD));
});

test('npm run package writes both store zips, each byte for byte its unpacked build', async () => {
  test.setTimeout(120_000);
  await run(process.execPath, ['scripts/build.mjs', '--package', '--quiet'], { cwd: ROOT });
  for (const [zipName, build] of [['sift-chrome.zip', CHROME_BUILD], ['sift-firefox.zip', FIREFOX_BUILD]] as const) {
    const entries = unzipSync(readFileSync(join(ROOT, 'dist', zipName)));
    // Stores read manifest.json at the root of the archive. Identical files also mean the lint
    // verdict on dist/firefox above holds for the Firefox upload.
    expect(Object.keys(entries).sort(), zipName).toEqual(filesUnder(build));
    for (const file of filesUnder(build)) {
      expect(Buffer.from(entries[file]!).equals(readFileSync(join(build, file))), `${zipName}: ${file} differs from ${build}`).toBe(true);
    }
  }
});
