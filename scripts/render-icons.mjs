// Renders icons/icon.svg to the PNG sizes the manifest names (icons/icon-<size>.png) with
// Debian's headless Chromium, so the PNGs always match the one vector source.
//   node scripts/render-icons.mjs
import { chromium } from '@playwright/test';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SIZES = [16, 32, 48, 128];
const root = new URL('..', import.meta.url).pathname;
const executablePath = process.env.SIFT_CHROMIUM ?? '/usr/bin/chromium';

const svg = await readFile(join(root, 'icons/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace(/<svg([^>]*?)\swidth="\d+"\s+height="\d+"/, `<svg$1 width="${size}" height="${size}"`);
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(join(root, `icons/icon-${size}.png`), png);
    await page.close();
    console.log(`icons/icon-${size}.png  ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
