// Genuine paragraphs (5+ words) of every spam-bench base page, dev and held-out alike, that the
// engine loses on the page as published (no spam injected): losses that come from the pipeline
// itself (pruning or the detector) and would count as false removals in every case of that page.
//
//   node scripts/build.mjs --node-only && node scripts/spam/base-page-losses.mjs [--engine bench/engine.mjs]
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { pathToFileURL } from 'node:url';

const at = process.argv.indexOf('--engine');
const enginePath = path.resolve(at > 0 && process.argv[at + 1] ? process.argv[at + 1] : 'bench/engine.mjs');
const benchDir = path.resolve('../shared/spam-bench');
if (!fs.existsSync(path.join(benchDir, 'score.mjs'))) {
  console.error(`no spam bench at ${benchDir}`);
  process.exit(2);
}
const { makeDoc, unitCoverage } = await import(pathToFileURL(path.join(benchDir, 'score.mjs')).href);
const engine = await import(pathToFileURL(enginePath).href);
const root = path.join(benchDir, 'base-pages');

let lost = 0;
let total = 0;
for (const id of fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, 'page.json'))).sort()) {
  const page = JSON.parse(fs.readFileSync(path.join(root, id, 'page.json'), 'utf8'));
  const html = zlib.gunzipSync(fs.readFileSync(path.join(root, id, 'source.html.gz'))).toString('utf8');
  const out = await engine.cleanHtml(html, { url: page.url });
  const doc = makeDoc(out?.text ?? '');
  for (const unit of page.units) {
    if (unit.words < 5) continue;
    total++;
    if (unitCoverage(unit, doc) >= 0.5) continue;
    lost++;
    const why = (out?.removed ?? []).find((r) => r.text.replace(/\s+/g, ' ').includes(unit.text.slice(0, 30)))?.reason ?? 'not in the output';
    console.log(`  lost [${id}] ${unit.text.slice(0, 100)}  <- ${why}`);
  }
}
console.log(`base pages: ${lost}/${total} genuine paragraphs lost`);
