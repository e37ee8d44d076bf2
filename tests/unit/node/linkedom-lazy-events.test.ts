// The build's linkedom patch (scripts/linkedom-lazy-events.mjs): a bundle made with it parses as
// before and event listeners still work on its nodes, though their tables are created lazily.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
// @ts-expect-error -- a build script in plain JavaScript, without type declarations
import { linkedomLazyEvents } from '../../../scripts/linkedom-lazy-events.mjs';

const ROOT = new URL('../../../', import.meta.url).pathname;

test('linkedom bundled with lazy listener tables: parsing, listeners and removal work', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sift-lazy-events-'));
  try {
    const entry = join(dir, 'entry.mjs');
    writeFileSync(entry, "export { parseHTML, Event } from 'linkedom';\n");
    const outfile = join(ROOT, `.tmp-lazy-events-${process.pid}.mjs`);
    const result = await esbuild.build({
      entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', packages: 'external', plugins: [linkedomLazyEvents], logLevel: 'silent', write: false, absWorkingDir: ROOT,
    });
    const code = result.outputFiles[0]!.text;
    assert.match(code, /if \(!wm\.has\(this\)\) wm\.set\(this/);
    // Written inside the repository so the bundle's bare imports (htmlparser2, ...) resolve.
    writeFileSync(outfile, code);
    try {
      const { parseHTML, Event } = await import(pathToFileURL(outfile).href);
      const { document } = parseHTML('<!doctype html><html><body><p id="a">one <b>two</b></p></body></html>');
      assert.equal(document.querySelector('#a').textContent, 'one two');
      const p = document.querySelector('p');
      const heard: string[] = [];
      const listener = (e: { type: string }) => heard.push(e.type);
      p.removeEventListener('ping', listener); // before any listener: must not throw
      p.addEventListener('ping', listener);
      p.dispatchEvent(new Event('ping'));
      p.removeEventListener('ping', listener);
      p.dispatchEvent(new Event('ping'));
      document.querySelector('b').dispatchEvent(new Event('ping')); // a node with no table
      assert.deepEqual(heard, ['ping']);
    } finally {
      rmSync(outfile, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
