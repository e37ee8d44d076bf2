// The options page in German (Chromium, test build, browser UI language de): the repaired-settings
// notice, an import's problem list and the phrase editor's regex reasons are German throughout,
// with only the user's own values and the setting names left as they were written.
import { expect, test } from '@playwright/test';
import { TEST_BUILD, launchWithExtension } from './support/chromium.js';
import { useExtensionSession } from './support/session.js';
import { openOptions } from './helpers/options.js';

// The extension API inside the service worker (sw.evaluate bodies run there).
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- typed by the browser, not by this project
declare const chrome: any;

const { session: ext } = useExtensionSession(() => launchWithExtension(TEST_BUILD, { uiLanguage: 'de' }));

test.describe.configure({ mode: 'serial' });

test('the repaired-settings notice lists every repair in German', async () => {
  const on = { autoClean: true, spamFilter: true };
  await ext.sw.evaluate(
    (settings) => chrome.storage.sync.set({ settings }),
    {
      version: 1,
      strictness: 'loud',
      customRemove: ['gut', '/(a)\\1/'],
      sites: [{ host: '127.0.0.1', ...on }, { host: '*://*/*', ...on }],
      extra: 1,
    },
  );
  const page = await openOptions(ext);
  await expect(page.locator('html')).toHaveAttribute('lang', /^de/);
  const notice = page.locator('#repair-notice');
  await expect(notice).toBeVisible();
  await expect(notice.locator('li')).toHaveText([
    'strictness: muss einer dieser Werte sein: gentle, balanced, strict',
    'customRemove: Formulierung 2 ist kein unterstütztes Muster (ungültige Escape-Sequenz: `\\1`); Rückverweise und Lookaround werden nicht unterstützt (übrige behalten: 1)',
    'sites: Website 2 („*://*/*“) muss genau eine Website nennen; Platzhalter sind nicht erlaubt (übrige behalten: 1)',
    'extra: unbekannte Einstellung entfernt',
  ]);
  await page.close();
});

test('an import lists its problems in German, and the phrase editor gives the regex reason in German', async () => {
  const page = await openOptions(ext);
  const file = { format: 'sift-settings', version: 1, removeRelated: 'nein', sites: 'alle' };
  await page.locator('#import-file').setInputFiles({ name: 'fehler.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.locator('#import-result li')).toHaveText(['removeRelated: muss true oder false sein', 'sites: muss eine Liste von Websites sein']);

  await page.locator('#custom-remove').fill('/gratis (probe/');
  await expect(page.locator('#custom-remove-errors')).toContainText('Zeile 1: „/gratis (probe/“ ist kein unterstütztes Muster (schließende ) fehlt: `(?i)gratis (probe`)');
  await page.close();
});
