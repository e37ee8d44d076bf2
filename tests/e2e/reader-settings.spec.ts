// Reader actions that change settings, in Chromium (test build, loopback access): a user phrase
// gives a deterministic ledger entry; Not spam keeps an item on the next clean; the appearance
// choice is saved and used by the next reader page.
import { expect, test } from '@playwright/test';
import { TEST_BUILD, launchWithExtension } from './support/chromium.js';
import { useExtensionSession } from './support/session.js';
import { sharedFile } from './support/server.js';
import { articlePage, openInReader, readSettings, writeSettings } from './helpers/reader.js';

const SEED_SPAM = (JSON.parse(sharedFile('fixtures/seed-article.expected.json')) as { mustRemove: string[] }).mustRemove[0]!;
const PROMO = 'Sponsored: Acme Widgets are half price this week only.';

const { session: ext, server } = useExtensionSession(() => launchWithExtension(TEST_BUILD));
let n = 0;

test.describe.configure({ mode: 'serial' });

const harbourUrl = () => server.route(`/news/harbour-${++n}.html`, articlePage('Harbour walls to be rebuilt', `<p>${PROMO}</p>`));

test('a user remove-phrase is listed in the ledger as "Your phrase"; Restore and Not spam work, and Not spam lasts', async () => {
  await writeSettings(ext, { customRemove: ['Acme Widgets'] });
  const page = await openInReader(ext, harbourUrl());
  await expect(page.locator('#article-body')).not.toContainText('Acme Widgets');
  await expect(page.locator('#article-body')).toContainText('Paragraph 3 of the report');
  await page.locator('#ledger-count').click();
  const item = page.locator('.ledger-item', { hasText: PROMO });
  await expect(item).toHaveCount(1);
  await expect(item.locator('.ledger-category')).toHaveText('Your phrase');
  await expect(page.locator('#ledger-count')).toHaveText(/^\d+ removed$/);

  await item.getByRole('button', { name: 'Restore' }).click();
  await expect(page.locator('#article-body')).toContainText(PROMO);
  await item.getByRole('button', { name: 'Remove again' }).click();
  await expect(page.locator('#article-body')).not.toContainText(PROMO);

  await item.getByRole('button', { name: 'Not spam' }).click();
  await expect(item.locator('.ledger-status')).toHaveText('Kept from now on');
  await expect(page.locator('#article-body')).toContainText(PROMO);
  await expect.poll(async () => (await readSettings(ext)).neverRemove).toContain(PROMO);
  expect((await readSettings(ext)).customRemove).toEqual([]);

  const again = await openInReader(ext, harbourUrl());
  await expect(again.locator('#article-body')).toContainText(PROMO);
  expect(await again.locator('.ledger-item', { hasText: PROMO }).count()).toBe(0);
});

test('Not spam on the detector\'s removal keeps the seed article\'s spam line next time', async () => {
  await writeSettings(ext, {});
  const seed = () => server.route(`/world/seed-${++n}.html`, sharedFile('fixtures/seed-article.html'));
  const page = await openInReader(ext, seed());
  await expect(page.locator('#ledger-count')).toHaveText('1 removed');
  await page.locator('#ledger-count').click();
  await page.getByRole('button', { name: 'Not spam' }).click();
  await expect(page.locator('#article-body')).toContainText(SEED_SPAM);
  await expect.poll(async () => (await readSettings(ext)).neverRemove).toEqual([SEED_SPAM]);

  const again = await openInReader(ext, seed());
  await expect(again.locator('#ledger-count')).toHaveText('0 removed');
  await expect(again.locator('#article-body')).toContainText(SEED_SPAM);
});

test('the appearance choice is saved and the next reader page opens with it', async () => {
  await writeSettings(ext, {});
  const page = await openInReader(ext, harbourUrl());
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'system');
  await page.locator('#appearance-menu summary').click();
  await page.locator('label', { hasText: 'Dark' }).click();
  await page.locator('label', { hasText: 'Sans' }).click();
  await page.locator('#font-size').fill('23');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect
    .poll(async () => (await readSettings(ext)).appearance)
    .toEqual({ theme: 'dark', font: 'sans', fontSize: 23, lineWidth: 68, lineHeight: 1.6 });

  const next = await openInReader(ext, harbourUrl());
  await expect(next.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(next.locator('html')).toHaveAttribute('data-font', 'sans');
  expect(await next.locator('#article').evaluate((el) => getComputedStyle(el).fontSize)).toBe('23px');
  expect(await next.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(22, 23, 25)');
});

test('settings repaired from a bad stored value are announced in the reader, with a way to review them', async () => {
  await writeSettings(ext, { sites: 'every site please', strictness: 'extreme' });
  const page = await openInReader(ext, harbourUrl());
  await expect(page.locator('#notice')).toContainText('Some of your settings were invalid');
  await expect(page.locator('#notice a')).toHaveAttribute('href', 'options.html');
  expect((await readSettings(ext)).sites).toEqual([]);
});
