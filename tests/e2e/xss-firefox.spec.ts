// The XSS corpus in Firefox ESR (release build, real toolbar click): each batch of vectors in a
// real article, then the reader's DOM is checked, every link, button, input and summary in the
// article is focused and clicked, and neither the reader nor the beacon may see anything.
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { ROOT } from './support/chromium.js';
import { FIREFOX_RELEASE_BUILD, launchFirefoxWithExtension, type FirefoxSession } from './support/firefox.js';
import { startServer, type TestServer } from './support/server.js';
import { INERT_PAGE_CSP, routeOpenerProbe } from './support/xss-run.js';
import { XSS_VECTORS, xssArticleHtml } from './support/xss-vectors.js';

let firefox: FirefoxSession;
let server: TestServer;

test.beforeAll(async ({ browserName: _ }, info) => {
  info.setTimeout(120_000);
  server = await startServer();
  routeOpenerProbe(server);
  firefox = await launchFirefoxWithExtension(FIREFOX_RELEASE_BUILD);
});
test.afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** The same DOM rules as the Chromium run: nothing script-capable or request-making survives. */
const readerDomProblems = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const problems: string[] = [];
    const body = Document.prototype.querySelector.call(document, '#article-body');
    if (!body) return ['no #article-body'];
    const forbidden = 'script, style, link, meta, base, iframe, frame, object, embed, form, input, button, select, textarea, template, svg, math, audio, video, source, noscript';
    for (const el of Array.from(body.querySelectorAll('*'))) {
      if (el.matches(forbidden)) problems.push(`<${el.localName}>`);
      for (const a of Array.from(el.attributes)) {
        if (/^on/i.test(a.name) || ['srcset', 'ping', 'style', 'formaction', 'action', 'background'].includes(a.name)) problems.push(`<${el.localName} ${a.name}>`);
        if (/^\s*(javascript|data|vbscript):/i.test(a.value)) problems.push(`<${el.localName} ${a.name}="${a.value.slice(0, 30)}">`);
      }
    }
    return [...new Set(problems)];
  });

async function runBatch(name: string, vectors: typeof XSS_VECTORS): Promise<string[]> {
  const url = server.route(`/ff-xss/${name}.html`, { body: xssArticleHtml(vectors, server.origin), headers: { 'content-security-policy': INERT_PAGE_CSP } });
  const page = await firefox.newPage();
  const findings: string[] = [];
  try {
    await page.goto(url);
    const mark = server.requests.length;
    const hitMark = server.hits.length;
    const started = performance.now();
    await firefox.clickAction(page);
    try {
      const reader = await firefox.findPage((href) => href.startsWith(firefox.url('reader.html')), 15_000);
      // Polled with page.evaluate (see options-firefox.spec.ts); a tab still loading reads as not shown.
      const shownYet = () => reader.evaluate(() => {
        const [article, state] = [document.getElementById('article'), document.getElementById('state')];
        return article !== null && state !== null && (!article.hidden || !state.hidden);
      }).catch(() => false);
      await expect.poll(shownYet, { timeout: 15_000 }).toBe(true);
      const shown = await reader.evaluate(() => (document.getElementById('article')!.hidden ? `state: ${document.getElementById('state-title')?.textContent}` : 'article'));
      console.log(`[xss firefox] ${name}: ${shown} in ${Math.round(performance.now() - started)} ms`);
      if (shown !== 'article') findings.push(`no article: ${shown}`);
      for (const p of await readerDomProblems(reader)) findings.push(`reader DOM: ${p}`);
      for (const el of await reader.$$('#ledger-list .ledger-actions button:first-child, #article-body a, #article-body summary, #article-body button, #article-body input')) {
        await el.focus().catch(() => undefined);
        await el.click().catch(() => undefined);
      }
      await new Promise((r) => setTimeout(r, 700));
      const href = await firefox.hrefOf(reader).catch(() => 'unreadable');
      if (!href.startsWith(firefox.url('reader.html'))) findings.push(`reader navigated away to ${href}`);
      else {
        const pwned = await reader.evaluate(() => {
          const w = window as unknown as { __pwned?: unknown };
          return w.__pwned === undefined ? null : typeof w.__pwned === 'string' ? w.__pwned : 'clobbered';
        });
        if (pwned) findings.push(`reader: __pwned = ${pwned}`);
      }
    } catch (e) {
      // Page markup broke the reader (e.g. clobbered document.getElementById): a finding too.
      findings.push(`reader broken: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
    }
    for (const h of server.hits.slice(hitMark)) findings.push(`beacon hit ${h.id}`);
    for (const r of server.requests.slice(mark)) if (r.referer?.startsWith('moz-extension:') || (r.referer && /xv-/.test(r.path))) findings.push(`request ${r.path} sent Referer ${r.referer}`);
  } finally {
    for (const p of await firefox.browser.pages()) if (p !== (await firefox.browser.pages())[0]) await p.close().catch(() => undefined);
  }
  for (const f of findings) console.log(`    ${f}`);
  return findings;
}

async function runCorpus(label: string): Promise<string[]> {
  const findings: string[] = [];
  for (let i = 0; i < XSS_VECTORS.length; i += 21) findings.push(...(await runBatch(`${label}-${i / 21}`, XSS_VECTORS.slice(i, i + 21))));
  console.log(`[xss firefox ${label}] ${XSS_VECTORS.length} vectors, ${findings.length} findings`);
  return findings;
}

test('Firefox: every XSS vector through the full pipeline: nothing runs, nothing leaks', async () => {
  test.setTimeout(240_000);
  expect(await runCorpus('release')).toEqual([]);
});

test('Firefox ablation: the build with the sanitizer off goes red under the same oracle', async () => {
  test.setTimeout(240_000);
  // Built here from the current sources (see xss.spec.ts).
  const build = spawnSync(process.execPath, ['scripts/build.mjs', '--no-sanitize', '--quiet'], { cwd: ROOT, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  await firefox.close();
  firefox = await launchFirefoxWithExtension(resolve(ROOT, 'dist-nosanitize/firefox'));
  const findings = await runCorpus('ablation');
  expect(findings.length).toBeGreaterThan(0);
  expect(findings.filter((f) => f.startsWith('reader: __pwned') && !f.includes('clobbered'))).toEqual([]);
});
