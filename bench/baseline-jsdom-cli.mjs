// Baseline for the CLI batch timing of bench/cli-batch.mjs: what cleaning a folder of pages "the
// usual way" costs, i.e. plain @mozilla/readability on jsdom (as Zyte's readability_js runs it),
// one page after another, writing one JSON file { title, text } per input.
//   node bench/baseline-jsdom-cli.mjs --out-dir DIR FILE...
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';

const { values, positionals } = parseArgs({ options: { 'out-dir': { type: 'string' } }, allowPositionals: true });
if (!values['out-dir'] || !positionals.length) {
  console.error('usage: node bench/baseline-jsdom-cli.mjs --out-dir DIR FILE...');
  process.exit(2);
}
await mkdir(values['out-dir'], { recursive: true });
const quiet = new VirtualConsole();
for (const file of positionals) {
  const html = await readFile(file, 'utf8');
  const dom = new JSDOM(html, { url: pathToFileURL(file).href, virtualConsole: quiet });
  const article = new Readability(dom.window.document).parse();
  dom.window.close();
  const out = { title: article?.title ?? null, text: article?.textContent ?? '' };
  await writeFile(join(values['out-dir'], basename(file).replace(/\.html?$/, '') + '.json'), JSON.stringify(out));
}
