// The user's `/regex/` phrases in Chromium: content.js carries no regex engine, so the background
// injects re2.js before it only for settings that hold such phrases (SECURITY.md C31). A click
// removes lines matched by a plain and by a regex phrase; content.js alone matches plain phrases
// and skips regex ones, never running them on the page's native engine.
import { expect, test } from '@playwright/test';
import { TEST_BUILD, launchWithExtension } from './support/chromium.js';
import { useExtensionSession } from './support/session.js';
import { articlePage, openInReader, writeSettings } from './helpers/reader.js';

const { session: ext, server } = useExtensionSession(() => launchWithExtension(TEST_BUILD));
test.describe.configure({ mode: 'serial' });

const PLUG = '<p>The Quayside Gazette lands in letterboxes every Friday morning.</p>';
const CLUB = '<p>Members of the Lantern Club meet at the old ferry house each week.</p>';
const storyUrl = (name: string) => server.route(`/regex/${name}.html`, articlePage(`Harbour story ${name}`, PLUG + CLUB));

test('a click removes lines matched by a plain phrase and by a /regex/ phrase', async () => {
  await writeSettings(ext, { customRemove: ['quayside gazette', '/lantern\\s+cl[a-z]+/'] });
  const page = await openInReader(ext, storyUrl('click'));
  const body = page.locator('#article-body');
  await expect(body).toContainText('Paragraph 3 of the report');
  await expect(body).not.toContainText('Quayside Gazette');
  await expect(body).not.toContainText('Lantern Club');
  await page.close();
});

test('content.js without re2.js matches plain phrases and skips /regex/ ones', async () => {
  const url = storyUrl('no-engine');
  const page = await ext.context.newPage();
  await page.goto(url);
  // A string, not a function: the test runner's transpiler would add helpers the worker lacks.
  const code = `(async () => {
    const [tab] = await chrome.tabs.query({ url: ${JSON.stringify(url)} });
    await chrome.scripting.executeScript({ target: { tabId: tab.id }, files: ['content.js'] });
    const [run] = await chrome.scripting.executeScript({ target: { tabId: tab.id }, func: function () {
      var r = globalThis.__siftExtract({ strictness: 'balanced', removeRelated: true, removeBoilerplate: true,
        customRemove: ['quayside gazette', '/lantern\\\\s+cl[a-z]+/'], neverRemove: [], spamDisabled: false });
      return { engine: typeof globalThis.__siftRegexEngine, ok: r.ok, text: r.article && r.article.text,
        removed: r.article ? r.article.removed.map(function (i) { return i.reason; }) : [] };
    } });
    return run.result;
  })()`;
  const r = (await ext.sw.evaluate(code)) as { engine: string; ok: boolean; text: string; removed: string[] };
  expect(r.engine).toBe('undefined');
  expect(r.ok).toBe(true);
  expect(r.text).not.toContain('Quayside Gazette');
  expect(r.text).toContain('Members of the Lantern Club meet');
  expect(r.removed.filter((reason) => /your phrase/.test(reason))).toEqual([expect.stringContaining('quayside gazette')]);
  await page.close();
});
