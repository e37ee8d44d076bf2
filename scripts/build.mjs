// Builds Sift: dist/chrome and dist/firefox (unpacked, loadable as they are), dist/node (the
// cleanHtml library and the `sift` CLI) and, with --package, the two store zips.
//   --test       test build into dist-test/ (__SIFT_TEST__ hooks, host access to 127.0.0.1)
//   --node-only  only dist/node
//   --package    also write dist/sift-chrome.zip and dist/sift-firefox.zip
//   --quiet      no size table
//   --no-sanitize  ablation build into dist-nosanitize/ with the sanitizer switched off
//                (__SIFT_NO_SANITIZE__): the XSS suite must go red on it, proving its oracle
import * as esbuild from 'esbuild';
import { chmod, cp, mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { linkedomLazyEvents } from './linkedom-lazy-events.mjs';
import { packSetLiterals } from './pack-set-literals.mjs';
import { precompiledLexicon } from './precompiled-lexicon.mjs';

const args = new Set(process.argv.slice(2));
const test = args.has('--test');
const quiet = args.has('--quiet');
const noSanitize = args.has('--no-sanitize');
const root = new URL('..', import.meta.url).pathname;
const out = join(root, noSanitize ? 'dist-nosanitize' : test ? 'dist-test' : 'dist');

/** Extension bundles: classic scripts (IIFE), so the same file serves executeScript, registered
 * content scripts, a Chrome service worker and a Firefox event page. */
const EXTENSION_ENTRIES = {
  background: 'src/background/main.ts',
  content: 'src/content/extract.ts',
  // The user-regex engine, injected before content.js only when the settings hold `/regex/` phrases.
  re2: 'src/content/re2.ts',
  boot: 'src/content/boot.ts',
  reader: 'src/ui/reader/main.ts',
  options: 'src/ui/options/main.ts',
};
const READER_STYLES = ['reader-theme', 'reader-bar', 'reader-ledger', 'reader', 'reader-states'].map((n) => `src/ui/reader/${n}.css`);
const STATIC_FILES = ['src/ui/reader/reader.html', ...READER_STYLES, 'src/ui/options/options.html', 'src/ui/options/options.css'];

/** Size budgets from the footprint targets (minified bytes). */
const BUDGETS = { 'content.js': 200_000, 'reader.js': 120_000 };

async function buildNode() {
  const { metafile } = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { index: 'src/node/index.ts', cli: 'src/node/cli.ts', 'cli-worker': 'src/node/cli-worker.ts' },
    outdir: join(root, 'dist/node'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Shared chunks: the CLI's batch thread imports the cleaner (linkedom, DOMPurify, ...) only
    // when it cleans pages itself, not when its worker threads do.
    splitting: true,
    packages: 'external',
    plugins: [linkedomLazyEvents, precompiledLexicon(root)],
    sourcemap: true,
    logLevel: 'warning',
    define: { __SIFT_TEST__: 'false', __SIFT_NO_SANITIZE__: 'false', __SIFT_VERSION__: JSON.stringify(JSON.parse(await readFile(join(root, 'package.json'), 'utf8')).version) },
    // The `sift` bin runs as a script; a hashbang line is also valid at the top of an ES module.
    banner: { js: '#!/usr/bin/env node' },
    metafile: true,
  });
  await chmod(join(root, 'dist/node/cli.js'), 0o755);
  // Chunk names carry a content hash: drop the chunks earlier builds left behind.
  const current = new Set(Object.keys(metafile.outputs).map((f) => relative('dist/node', f)));
  for (const f of await readdir(join(root, 'dist/node')))
    if (f.startsWith('chunk-') && !current.has(f)) await rm(join(root, 'dist/node', f), { force: true });
}

async function buildExtension(browser) {
  const dir = join(out, browser);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const entries = Object.fromEntries(
    Object.entries(EXTENSION_ENTRIES).filter(([, src]) => existsSync(join(root, src))),
  );
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: dir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome120', 'firefox128'],
    minify: !test,
    sourcemap: test ? 'inline' : false,
    plugins: [precompiledLexicon(root)],
    legalComments: 'none',
    // Extension scripts are read as UTF-8: non-ASCII letters need no escapes (about 500 bytes).
    charset: 'utf8',
    logLevel: 'warning',
    define: { __SIFT_TEST__: String(test), __SIFT_BROWSER__: JSON.stringify(browser), __SIFT_NO_SANITIZE__: String(noSanitize) },
  });
  // Only minified code has its sets in esbuild's one-line form; the test build is not minified.
  if (!test) {
    for (const name of Object.keys(entries)) {
      const file = join(dir, `${name}.js`);
      await writeFile(file, packSetLiterals(await readFile(file, 'utf8')));
    }
  }
  for (const f of STATIC_FILES) if (existsSync(join(root, f))) await cp(join(root, f), join(dir, f.split('/').pop()));
  await cp(join(root, 'icons'), join(dir, 'icons'), { recursive: true, filter: (p) => !p.endsWith('.svg') || true });
  await cp(join(root, '_locales'), join(dir, '_locales'), { recursive: true });
  const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  if (test) {
    // Headless browsers cannot answer a permission prompt; the test build is granted the
    // loopback hosts the tests serve from (E2E.md).
    manifest.host_permissions = ['http://127.0.0.1/*', 'http://localhost/*'];
    manifest.name = 'Sift (test build)';
  }
  if (noSanitize) manifest.name = 'Sift (sanitizer off: ablation build)';
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return dir;
}

async function filesUnder(dir) {
  const files = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath ?? entry.path, entry.name);
    files[relative(dir, full)] = new Uint8Array(await readFile(full));
  }
  return files;
}

async function report(dir) {
  const rows = [];
  let over = false;
  for (const name of Object.keys(EXTENSION_ENTRIES).map((n) => `${n}.js`)) {
    const p = join(dir, name);
    if (!existsSync(p)) continue;
    const size = (await stat(p)).size;
    const budget = BUDGETS[name];
    if (budget && size > budget) over = true;
    rows.push(`  ${name.padEnd(14)} ${(size / 1024).toFixed(1).padStart(7)} KB${budget ? `  (budget ${budget / 1000} KB${size > budget ? ', OVER' : ''})` : ''}`);
  }
  console.log(`${relative(root, dir)}/\n${rows.join('\n')}`);
  return over;
}

const t0 = performance.now();
if (!noSanitize) await buildNode();
if (!args.has('--node-only')) {
  const dirs = [await buildExtension('chrome'), await buildExtension('firefox')];
  if (!quiet) await report(dirs[0]);
  if (args.has('--package')) {
    for (const dir of dirs) {
      const zip = zipSync(await filesUnder(dir), { level: 9 });
      const name = join(out, `sift-${dir.split('/').pop()}.zip`);
      await writeFile(name, zip);
      console.log(`${relative(root, name)}  ${(zip.length / 1024).toFixed(1)} KB`);
    }
  }
}
if (!quiet) console.log(`built ${relative(root, out) || '.'} in ${Math.round(performance.now() - t0)} ms`);
