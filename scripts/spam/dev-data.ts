// Loads the spam benchmark's dev set (../shared/spam-bench/set), rebuilds each injected page,
// extracts the article with Readability under jsdom, and labels every candidate the detector
// would judge as spam, related, genuine or unclear. Used by fit-spam-weights.ts.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { collectBlocks, type Candidate } from '../../src/core/spam/candidates.js';
import { segmentUnits } from '../../src/core/spam/sentences.js';
import { describe, type Features } from '../../src/core/spam/features.js';
import { featureEnv } from '../../src/core/spam/index.js';
import { DEFAULT_CORE_SETTINGS } from '../../src/core/defaults.js';
import { fold } from '../../src/core/spam/text.js';

interface SpamItem { text: string; category: string }
interface Case {
  id: string;
  page: string;
  inserts: Array<{ offset: number; html: string }>;
  spam: SpamItem[];
  genuine: Array<{ text: string }>;
}

export type Label = 'spam' | 'genuine' | 'unclear';

export interface Sample {
  caseId: string;
  page: string;
  kind: Candidate['kind'];
  text: string;
  label: Label;
  /** Index of the spam item of the case this candidate is, for recall. */
  item: number;
  features: Features;
  spammy: boolean;
  /** Spammy without the wording signal. */
  listed: boolean;
}

export interface DevCase { id: string; page: string; spam: SpamItem[]; samples: Sample[] }

const norm = (s: string): string => (fold(s).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

/**
 * Spam when the line is (mostly) an injected spam item; genuine when it is part of, or holds, a
 * genuine unit of the page or an injected hard negative; unclear otherwise (part of a spam item,
 * or page furniture that the benchmark does not score either way).
 */
function label(text: string, spam: readonly SpamItem[], genuine: readonly string[]): { label: Label; item: number } {
  const t = norm(text);
  if (!t) return { label: 'unclear', item: -1 };
  for (let i = 0; i < spam.length; i++) {
    const s = norm(spam[i]!.text);
    // A genuine paragraph with a spam sentence appended is left to the sentence-level check.
    if (t.includes(s)) return s.length >= 0.6 * t.length ? { label: 'spam', item: i } : { label: 'unclear', item: -1 };
    if (s.includes(t)) return { label: 'unclear', item: -1 };
  }
  return genuine.some((g) => g.includes(t) || t.includes(g)) ? { label: 'genuine', item: -1 } : { label: 'unclear', item: -1 };
}

function rebuild(pagesDir: string, c: Case): { html: string; url: string; genuine: string[] } {
  const dir = path.join(pagesDir, c.page);
  let html = zlib.gunzipSync(fs.readFileSync(path.join(dir, 'source.html.gz'))).toString('utf8');
  for (const ins of [...c.inserts].sort((a, b) => b.offset - a.offset)) html = html.slice(0, ins.offset) + ins.html + html.slice(ins.offset);
  const page = JSON.parse(fs.readFileSync(path.join(dir, 'page.json'), 'utf8')) as { url?: string; units?: Array<{ text: string }> };
  const genuine = [...(page.units ?? []), ...c.genuine].map((u) => norm(u.text)).filter((n) => n.length > 0);
  return { html, url: page.url ?? 'http://fakehost/test/page.html', genuine };
}

/** Readability's article HTML for a case, cached in `cacheDir` when given (extraction dominates the cost). */
function extractArticle(html: string, url: string, cacheFile: string | null): { content: string; title: string } | null {
  if (cacheFile && fs.existsSync(cacheFile)) return JSON.parse(fs.readFileSync(cacheFile, 'utf8'));
  const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  const parsed = new Readability(dom.window.document).parse();
  dom.window.close();
  const out = parsed?.content ? { content: parsed.content, title: parsed.title ?? '' } : null;
  if (cacheFile && out) fs.writeFileSync(cacheFile, JSON.stringify(out));
  return out;
}

export function loadDevCases(setDir: string, cacheDir: string | null, log: (s: string) => void, onPage: (page: string) => boolean = () => true): DevCase[] {
  // The bench's sets sit beside its base pages; a probe set (scripts/spam/probe) names them in its manifest.
  const manifestFile = path.join(setDir, 'manifest.json');
  const manifest = fs.existsSync(manifestFile) ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as { base_pages?: string }) : {};
  const pagesDir = path.resolve(setDir, manifest.base_pages ?? '../base-pages');
  const cases = fs.readFileSync(path.join(setDir, 'cases.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Case).filter((c) => onPage(c.page));
  if (cacheDir) fs.mkdirSync(cacheDir, { recursive: true });
  const host = new JSDOM('<!doctype html><body></body>', { url: 'http://fakehost/' });
  const doc = host.window.document;
  const out: DevCase[] = [];
  cases.forEach((c, n) => {
    if (n % 50 === 0) log(`  ${n}/${cases.length} cases`);
    const { html, url, genuine } = rebuild(pagesDir, c);
    const article = extractArticle(html, url, cacheDir ? path.join(cacheDir, `${c.id}.json`) : null);
    if (!article) return;
    const root = doc.createElement('div');
    root.innerHTML = article.content;
    const env = featureEnv(root, { title: article.title, lang: null, url, settings: DEFAULT_CORE_SETTINGS });
    const samples: Sample[] = [];
    for (const block of collectBlocks(root)) {
      // The detector only looks at a paragraph's last sentence (spam is appended, never woven in).
      const cands = [block, ...(block.element ? segmentUnits(block.element).slice(-1) : [])];
      for (const cand of cands) {
        const ev = describe(cand, env);
        const l = label(cand.text, c.spam, genuine);
        samples.push({ caseId: c.id, page: c.page, kind: cand.kind, text: cand.text, ...l, features: ev.features, spammy: ev.spammy, listed: ev.listed });
      }
    }
    out.push({ id: c.id, page: c.page, spam: c.spam, samples });
  });
  host.window.close();
  return out;
}
