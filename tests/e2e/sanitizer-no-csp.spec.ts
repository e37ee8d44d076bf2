// C27 / §2 step 5 "sanitizer only, page without CSP": Sift's sanitizer (the same module and
// configuration the reader uses) runs in an ordinary web page with no CSP at all; every vector of
// the corpus is sanitized to a fragment, inserted, then every link, button, input and summary is
// focused and clicked. Nothing may run, and the beacon may see no request: the sanitizer must
// hold on its own, without the reader's CSP behind it.
import { expect, test, chromium } from '@playwright/test';
import * as esbuild from 'esbuild';
import { resolve } from 'node:path';
import { ROOT } from './support/chromium.js';
import { startServer } from './support/server.js';
import { routeOpenerProbe } from './support/xss-run.js';
import { XSS_VECTORS, renderVector } from './support/xss-vectors.js';

test('C27 the sanitizer alone, in a page without CSP: 0 executions, 0 requests', async () => {
  test.setTimeout(120_000);
  const bundle = await esbuild.build({
    stdin: {
      contents: "import { createSanitizer, sanitizeToFragment } from './src/core/sanitize.ts'; globalThis.siftSanitize = (html, url) => sanitizeToFragment(createSanitizer(window, url), html);",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    define: { __SIFT_NO_SANITIZE__: 'false' },
    absWorkingDir: resolve(ROOT),
  });
  const server = await startServer();
  routeOpenerProbe(server);
  server.route('/sanitizer.js', { body: bundle.outputFiles[0]!.text, type: 'text/javascript' });
  const vectors = XSS_VECTORS.map((v) => renderVector(v, server.origin));
  // The vectors travel as JSON, so the page's own parser never sees them as markup.
  const page = `<!doctype html><html><head><meta charset="utf-8"><title>Sanitizer without CSP</title><script src="/sanitizer.js"></script></head>
<body><main id="out"></main><script>
  const vectors = ${JSON.stringify(vectors).replace(/</g, '\\u003c')};
  for (const html of vectors) {
    const box = document.createElement('section');
    box.append(siftSanitize(html, location.href));
    document.getElementById('out').append(box);
  }
  document.title = 'sanitized ' + vectors.length;
</script></body></html>`;
  const url = server.route('/no-csp.html', page);
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(url);
    await expect(tab).toHaveTitle(`sanitized ${XSS_VECTORS.length}`);
    const mark = server.requests.length;
    for (const el of await tab.$$('#out :is(a, button, input, summary)')) {
      await el.focus().catch(() => undefined);
      await el.click({ timeout: 200, force: true, noWaitAfter: true }).catch(() => undefined);
    }
    await tab.waitForTimeout(700);
    const pwned = await tab.evaluate(() => {
      const w = window as unknown as { __pwned?: unknown };
      return w.__pwned === undefined ? null : typeof w.__pwned === 'string' ? w.__pwned : Object.prototype.toString.call(w.__pwned);
    });
    // Following a kept link is allowed (the opener probe then reports only if it can reach us).
    const leaked = server.requests.slice(mark).filter((r) => /xv-|\/hit/.test(r.path) && !r.path.startsWith('/opener?')).map((r) => r.path);
    console.log(`[C27] ${XSS_VECTORS.length} vectors sanitized in a page without CSP: __pwned=${pwned}, requests ${leaked.length}, page errors ${errors.length}`);
    expect(pwned).toBeNull();
    expect(leaked).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
    await server.close();
  }
});
