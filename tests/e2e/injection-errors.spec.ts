// An injection the browser refuses for a reason other than a protected page (a missing or broken
// content.js, an internal error) gets its own message, never the "page is off limits" one: the
// test build's worker is made to fail the injection the way Chromium reports a file it cannot
// load, then the real toolbar click runs the whole path to the reader.
import { expect, test } from '@playwright/test';
import { TEST_BUILD, launchWithExtension } from './support/chromium.js';
import { useExtensionSession } from './support/session.js';
import { articlePage, READER_URL } from './helpers/reader.js';

const { session: ext, server } = useExtensionSession(() => launchWithExtension(TEST_BUILD));
test.describe.configure({ mode: 'serial' });

const BROWSER_MESSAGE = "Could not load file: 'content.js'.";

/** Makes (or stops making) the worker's injections of content.js fail with BROWSER_MESSAGE. */
async function failContentInjection(on: boolean): Promise<void> {
  // A string, not a function: the test runner's transpiler would add helpers the worker lacks.
  await ext.sw.evaluate(`(() => {
    for (const ns of [globalThis.chrome, globalThis.browser]) {
      const scripting = ns && ns.scripting;
      if (!scripting) continue;
      scripting.__realExecuteScript = scripting.__realExecuteScript || scripting.executeScript.bind(scripting);
      scripting.executeScript = ${on}
        ? (details) => (details.files || []).includes('content.js') ? Promise.reject(new Error(${JSON.stringify(BROWSER_MESSAGE)})) : scripting.__realExecuteScript(details)
        : scripting.__realExecuteScript;
    }
  })()`);
}

test('an unknown injection error is "could not start", with the browser\'s message, and a later click works', async () => {
  const url = server.route('/injection/story.html', articlePage('Injection story'));
  const page = await ext.context.newPage();
  await page.goto(url);
  await failContentInjection(true);
  try {
    await ext.clickAction(page);
    await page.waitForURL(READER_URL);
    await expect(page.locator('#state')).toBeVisible();
    await expect(page.locator('#state-title')).toHaveText('Sift could not start on this page');
    await expect(page.locator('#state-body')).toContainText('Reload the page');
    await expect(page.locator('#state-detail-text')).toHaveText(BROWSER_MESSAGE);
    await expect(page.locator('#state-extra')).toBeHidden(); // no "protected page" explanation
  } finally {
    await failContentInjection(false);
  }
  await page.locator('#state-back').click();
  await page.waitForURL(url);
  await ext.clickAction(page);
  await page.waitForURL(READER_URL);
  await expect(page.locator('#title')).toHaveText('Injection story');
  await page.close();
});
