// A generalisation probe for the spam detector: spam lines and genuine look-alikes written apart
// from the spam bench's dev set (items.mjs), in other markup, inserted after genuine paragraphs of
// the base pages the dev set does not use. It writes a set the spam bench's scorer reads, then
// scores bench/engine.mjs on it. A miss here says where the signals fall short on wording the
// dev set lacks: mend the signal, and add only vocabulary general to that kind of insertion. A
// line whose words went into the lists measures nothing any more: write new ones in items.mjs.
//
//   node scripts/build.mjs --node-only && node scripts/spam/probe/run.mjs [--batch 2-13] [--verbose]
//   node scripts/spam/probe/run.mjs --batch N --write-only   (the set alone, for fit-spam-weights.ts)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const bench = path.resolve(root, '../shared/spam-bench');
const BP = path.join(bench, 'base-pages');
const batch = process.argv.includes('--batch') ? process.argv[process.argv.indexOf('--batch') + 1] : '1';
const { SPAM, GENUINE } = await import(batch === '1' ? './items.mjs' : `./items-${batch}.mjs`);
const out = path.join(root, `.tmp/spam-probe-${batch}`);
const devPages = new Set(fs.readFileSync(path.join(bench, 'set/cases.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).page));
const PAGES = fs.readdirSync(BP).filter((d) => fs.existsSync(path.join(BP, d, 'page.json')) && !devPages.has(d)).sort();
// A fixed seed: the same set on every run, so runs compare.
let seed = 12345;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const pick = (a) => a[Math.floor(rnd() * a.length)];
/** A paragraph's text from its HTML, near enough to compare with page.json's units. */
const norm = (s) =>
  s.replace(/<[^>]+>/g, '').replace(/&nbsp;|&#160;/g, ' ').replace(/&amp;/g, '&').replace(/&#8217;|&rsquo;/g, '’')
    .replace(/&#8220;|&ldquo;/g, '“').replace(/&#8221;|&rdquo;/g, '”').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ').trim();
const DOMAINS = ['offers-hub.net', 'quickdeal.store', 'newsbuzz.click', 'trendspot.io', 'megasave.shop'];
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const MARKUPS = [
  (t) => `<aside class="note"><p>${esc(t)}</p></aside>`,
  (t) => `<div class="inline-box"><span>${esc(t)}</span></div>`,
  (t) => `<p><b><a href="https://${pick(DOMAINS)}/go?id=${Math.floor(rnd() * 1e5)}">${esc(t)}</a></b></p>`,
  (t) => `<h4>${esc(t)}</h4>`,
  (t) => `<blockquote><p>${esc(t)}</p></blockquote>`,
  (t) => `<p><small>${esc(t)}</small></p>`,
  (t) => `<table><tr><td>${esc(t)}</td></tr></table>`,
  (t) => `<section><p><mark>${esc(t)}</mark></p></section>`,
  (t) => `<p><i><a href="https://${pick(DOMAINS)}/">${esc(t)}</a></i></p>`,
  (t) => `<div role="note" class="cta">${esc(t)}</div>`,
  (t) => `<ol><li>${esc(t)}</li></ol>`,
  (t) => `<p>${esc(t)}</p>`,
];
const RELATED = [
  (t) => { const [l, r] = t.split(/:\s*|\s+-\s+/); return `<p><strong>${esc(l)}:</strong> <a href="/story/${Math.floor(rnd() * 1e5)}">${esc(r ?? '')}</a></p>`; },
  (t) => `<div class="rel"><a href="https://example-news.com/a/${Math.floor(rnd() * 1e5)}">${esc(t)}</a></div>`,
  (t) => { const [l, r] = t.split(/:\s*|\s+-\s+/); return `<h5>${esc(l)} <a href="/x/${Math.floor(rnd() * 1e4)}">${esc(r ?? '')}</a></h5>`; },
];
const style = (t) => { const r = rnd(); return r < 0.2 ? t.toUpperCase() : r < 0.35 ? `🔥 ${t} 👉` : t; };
const manifest = { name: 'probe', format: 1, base_pages: BP, categories: [], pages: [] };
const cases = [];
for (const page of PAGES) {
  const src = zlib.gunzipSync(fs.readFileSync(`${BP}/${page}/source.html.gz`)).toString('utf8');
  const meta = JSON.parse(fs.readFileSync(`${BP}/${page}/page.json`));
  manifest.pages.push({ id: page, source_sha256: meta.source_sha256 });
  // Slots: the end of a <p> whose text opens a genuine unit (not the last one: spam never closes a story).
  const slots = [];
  for (const m of src.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/gi)) {
    const text = norm(m[1]);
    if (text.split(' ').length < 8) continue;
    if (meta.units.some((u) => norm(u.text).startsWith(text.slice(0, 40)))) slots.push(m.index + m[0].length);
  }
  if (!slots.length) continue;
  const usable = slots.slice(0, -1).length ? slots.slice(0, -1) : slots;
  const lang = meta.lang in SPAM ? meta.lang : 'en';
  for (let k = 0; k < 8; k++) {
    const L = lang !== 'en' && rnd() < 0.7 ? lang : 'en';
    const cats = Object.keys(SPAM[L]);
    const chosen = new Set();
    const n = 1 + Math.floor(rnd() * 4);
    while (chosen.size < Math.min(n, cats.length)) chosen.add(pick(cats));
    const inserts = [];
    const spam = [];
    const genuine = [];
    for (const cat of chosen) {
      let text = pick(SPAM[L][cat]);
      const markupFn = cat === 'related' ? pick(RELATED) : pick(MARKUPS);
      if (cat !== 'related' && cat !== 'adlabel') text = style(text);
      inserts.push({ offset: pick(usable), html: `\n${markupFn(text)}\n`, role: 'spam', item: spam.length });
      spam.push({ text, category: cat, markup: 'probe', lang: L, style: [], inline: false, survives_readability: true });
    }
    // A spam sentence tacked onto a genuine paragraph, as a link.
    if (rnd() < 0.3) {
      const cat = pick(['promo', 'newsletter', 'scam', 'donation', 'app']);
      const text = pick(SPAM[L][cat] ?? SPAM.en[cat]);
      const off = pick(usable) - '</p>'.length;
      inserts.push({ offset: off, html: ` <a href="https://${pick(DOMAINS)}/">${esc(text)}</a>`, role: 'spam', item: spam.length });
      spam.push({ text, category: cat, markup: 'inline', lang: L, style: [], inline: true, host_offset: off, survives_readability: true });
    }
    // Zero to two genuine lines in the page's language.
    const lines = GENUINE[lang] ?? GENUINE.en;
    for (let g = Math.floor(rnd() * 3); g > 0; g--) {
      const text = pick(lines);
      if (genuine.some((x) => x.text === text)) continue;
      inserts.push({ offset: pick(usable), html: `\n<p>${esc(text)}</p>\n`, role: 'genuine', item: genuine.length });
      genuine.push({ text, kind: 'sentence', source: 'generic', anchored: false, survives_readability: true });
    }
    cases.push({ id: `probe-${page}-${k}`, page, attempt: 0, inserts, spam, genuine });
  }
}
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'manifest.json'), JSON.stringify(manifest, null, 1));
fs.writeFileSync(path.join(out, 'cases.jsonl'), cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
if (process.argv.includes('--write-only')) process.exit(0);
const verbose = process.argv.includes('--verbose') ? ['--verbose'] : ['--quiet'];
const run = spawnSync(process.execPath, [path.join(bench, 'score.mjs'), '--set', out, '--engine', path.join(root, 'bench/engine.mjs'), ...verbose], { stdio: 'inherit' });
process.exit(run.status ?? 1);
