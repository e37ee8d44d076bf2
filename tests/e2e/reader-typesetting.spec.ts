// Typesetting of what Readability and the sanitizer hand over, in Chromium (test build): language
// and direction, figures with captions, tables, code and lists, and images over https only.
import { expect, test } from '@playwright/test';
import { TEST_BUILD, launchWithExtension, type ExtensionSession } from './support/chromium.js';
import { startServer, type TestServer } from './support/server.js';
import { openInReader } from './helpers/reader.js';

let ext: ExtensionSession;
let server: TestServer;

test.describe.configure({ mode: 'serial' });

// A 1x1 transparent GIF for the image hosts the test pretends exist.
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

test.beforeAll(async () => {
  server = await startServer();
  ext = await launchWithExtension(TEST_BUILD);
  await ext.context.route('https://images.example/**', (route) => route.fulfill({ body: GIF, contentType: 'image/gif' }));
});

test.afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test.afterEach(() => {
  expect(ext.errors, 'console errors in extension pages').toEqual([]);
});

const prose = (n: number) =>
  `<p>Paragraph ${n} explains how the new tide gauges along the northern breakwater record the height of the water every ` +
  `minute, and why the harbour engineers compare those readings with the older charts kept in the port office archive.</p>`;

test('figures, tables, code and lists are kept and typeset; http images are fetched over https', async () => {
  const body = `${prose(1)}
<figure><img src="http://images.example/gauge.jpg" alt="A tide gauge" width="600" height="400"><figcaption>The new gauge on the breakwater.</figcaption></figure>
${prose(2)}
<table><thead><tr><th>Station</th><th>Height (m)</th></tr></thead><tbody><tr><td>North</td><td>3.2</td></tr><tr><td>South</td><td>2.9</td></tr></tbody></table>
<pre><code>reading = gauge.read()\nlog(reading)</code></pre>
<ul><li>First point of the engineers' list</li><li>Second point of the engineers' list</li></ul>
${prose(3)}${prose(4)}`;
  const url = server.route('/type/harbour.html', `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Tide gauges</title></head><body><article><h1>Tide gauges</h1>${body}</article></body></html>`);
  const page = await openInReader(ext, url);
  await expect(page.locator('#article')).toHaveAttribute('lang', 'en-GB');
  const img = page.locator('#article-body figure img');
  await expect(img).toHaveAttribute('src', 'https://images.example/gauge.jpg');
  await expect(img).toHaveAttribute('referrerpolicy', 'no-referrer');
  await expect(img).toBeVisible();
  await expect(page.locator('#article-body figcaption')).toHaveText('The new gauge on the breakwater.');
  await expect(page.locator('#article-body .table-scroll table td').first()).toHaveText('North');
  await expect(page.locator('#article-body pre code')).toContainText('gauge.read()');
  await expect(page.locator('#article-body ul li')).toHaveCount(2);
});

test('a right-to-left article is set right to left in its own language', async () => {
  const p = '<p>هذه فقرة طويلة من مقال إخباري عن الميناء الجديد، تشرح كيف يقيس المهندسون ارتفاع المياه كل دقيقة وكيف يقارنون القراءات بالخرائط القديمة المحفوظة في أرشيف مكتب الميناء منذ سنوات عديدة.</p>';
  const url = server.route('/type/rtl.html', `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الميناء</title></head><body><article><h1>الميناء الجديد</h1>${p.repeat(5)}</article></body></html>`);
  const page = await openInReader(ext, url);
  await expect(page.locator('#article')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('#article')).toHaveAttribute('dir', 'rtl');
  expect(await page.locator('#article-body p').first().evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
});

test('a loopback http image is left out rather than blocked by the page CSP; its caption stays', async () => {
  const url = server.route(
    '/type/local.html',
    `<!doctype html><html lang="en"><head><title>Local</title></head><body><article><h1>Local</h1>${prose(1)}<figure><img src="/pic.jpg" alt="x"><figcaption>Caption stays.</figcaption></figure>${prose(2)}${prose(3)}</article></body></html>`,
  );
  const page = await openInReader(ext, url);
  await expect(page.locator('#article-body figcaption')).toHaveText('Caption stays.');
  await expect(page.locator('#article-body img')).toBeHidden();
});

test('an article inside open and closed shadow roots is read, not reported empty', async () => {
  const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shadow harbour</title></head><body>
<main><h1>Shadow harbour</h1>${body}</main></body></html>`;
  const open = page(`<story-body><template shadowrootmode="open"><article>${[1, 2, 3, 4].map(prose).join('')}</article></template></story-body>`);
  const reader = await openInReader(ext, server.route('/type/shadow-open.html', open));
  await expect(reader.locator('#article-body')).toContainText('Paragraph 4 explains');

  // A closed root, attached by the page's script: only an extension API reaches into it.
  const closed = page(`<story-body></story-body><script>
  document.querySelector('story-body').attachShadow({ mode: 'closed' }).innerHTML =
    '<article>' + ${JSON.stringify([5, 6, 7].map(prose).join(''))} + '</article>';
</script>`);
  const second = await openInReader(ext, server.route('/type/shadow-closed.html', closed));
  await expect(second.locator('#article-body')).toContainText('Paragraph 7 explains');
});
