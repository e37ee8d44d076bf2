// `npm run test:unit`: runs every tests/unit/**/*.test.ts with node:test. Node 20's test runner
// takes no glob patterns (they arrived in Node 21) and sh has no `**`, so the files are listed
// here. Arguments narrow the run to files or folders: `npm run test:unit -- tests/unit/core`.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = resolve(new URL('..', import.meta.url).pathname);
const roots = process.argv.slice(2);

function testFilesUnder(path) {
  const full = resolve(root, path);
  let stats;
  try {
    stats = statSync(full);
  } catch {
    console.error(`test:unit: ${path} does not exist`);
    process.exit(2);
  }
  if (stats.isFile()) return [full];
  return readdirSync(full, { recursive: true })
    .map((name) => join(full, String(name)))
    .filter((file) => file.endsWith('.test.ts') && !file.includes('/node_modules/'));
}

const files = [...new Set((roots.length ? roots : ['tests/unit']).flatMap(testFilesUnder))].sort();
if (!files.length) {
  console.error(`test:unit: no *.test.ts files under ${roots.join(', ') || 'tests/unit'}`);
  process.exit(1);
}
const { status, error } = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', ...files.map((f) => relative(root, f))],
  { cwd: root, stdio: 'inherit' },
);
if (error) throw error;
process.exit(status ?? 1);
