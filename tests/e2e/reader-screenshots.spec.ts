// Screenshots of the reader for review and the store listing: the seed article in the three
// themes, the open ledger, the appearance menu, a narrow window and a failure state. Written to
// dist/reader-screens/. Each shot first checks that what it shows is really there.
import { expect, test, type Page } from '@playwright/test';
import { RELEASE_BUILD, launchWithExtension } from './support/chromium.js';
import { useExtensionSession } from './support/session.js';
import { sharedFile } from './support/server.js';
import { openInReader } from './helpers/reader.js';

// Outside test-results/, which Playwright empties on every run.
const OUT = 'dist/reader-screens';
const { session: ext, server } = useExtensionSession(() => launchWithExtension(RELEASE_BUILD));
let n = 0;

test.describe.configure({ mode: 'serial' });

async function seedReader(width = 1280, height = 860): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width, height });
  const url = server.route(`/shots/seed-${++n}.html`, sharedFile('fixtures/seed-article.html'));
  await page.goto(url);
  await openInReader(ext, url, page);
  await expect(page.locator('#ledger-count')).toHaveText('1 removed');
  return page;
}

const setTheme = (page: Page, theme: string) => page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);

test('themes', async () => {
  const page = await seedReader();
  for (const theme of ['light', 'dark', 'sepia']) {
    await setTheme(page, theme);
    await page.screenshot({ animations: 'disabled', path: `${OUT}/reader-${theme}.png` });
  }
  // "System" follows the browser: the same pixels as the light or dark theme it stands for.
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await setTheme(page, 'system');
    const system = await page.screenshot({ animations: 'disabled', path: `${OUT}/reader-system-${scheme}.png` });
    await setTheme(page, scheme);
    expect(system.equals(await page.screenshot({ animations: 'disabled' })), `system in ${scheme} looks like ${scheme}`).toBe(true);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await setTheme(page, 'light');
  await page.screenshot({ animations: 'disabled', path: `${OUT}/reader-light-full.png`, fullPage: true });
});

test('ledger and menus', async () => {
  const page = await seedReader();
  await page.locator('#ledger-count').click();
  await expect(page.locator('.ledger-item')).toHaveCount(1);
  await page.screenshot({ animations: 'disabled', path: `${OUT}/ledger-open.png` });
  await page.getByRole('button', { name: 'Restore' }).click();
  await page.locator('#ledger-count').click();
  await page.locator('.sift-restored').scrollIntoViewIfNeeded();
  await page.mouse.wheel(0, -200);
  await page.screenshot({ animations: 'disabled', path: `${OUT}/restored.png` });
  await page.locator('#appearance-menu summary').click();
  await page.locator('label', { hasText: 'Dark' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.screenshot({ animations: 'disabled', path: `${OUT}/appearance-dark.png` });
});

test('narrow window', async () => {
  const page = await seedReader(390, 844);
  await page.screenshot({ animations: 'disabled', path: `${OUT}/reader-narrow.png` });
  await page.locator('#ledger-count').click();
  await page.screenshot({ animations: 'disabled', path: `${OUT}/ledger-narrow.png` });
});

test('failure state', async () => {
  const links = Array.from({ length: 200 }, (_, i) => `<li><a href="/s/${i}">Section number ${i}</a></li>`).join('');
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 1280, height: 860 });
  const url = server.route('/shots/links.html', `<!doctype html><title>Sections</title><ul>${links}</ul>`);
  await page.goto(url);
  await openInReader(ext, url, page);
  await expect(page.locator('#state-title')).toHaveText('No article found');
  await page.screenshot({ animations: 'disabled', path: `${OUT}/state-no-article.png` });
});
