// Runs the spam detector on an article given as HTML, the way the pipeline calls it (after
// Readability, on the extracted article element).
import { JSDOM } from 'jsdom';
import { featureEnv, stripSpam } from '../../../../src/core/spam/index.js';
import { collectBlocks } from '../../../../src/core/spam/candidates.js';
import { describe as describeLine, type Features } from '../../../../src/core/spam/features.js';
import { Ledger } from '../../../../src/core/ledger.js';
import { DEFAULT_CORE_SETTINGS } from '../../../../src/core/defaults.js';
import { re2Engine } from '../../../../src/core/patterns.js';
import type { CoreSettings, RemovedItem } from '../../../../src/core/types.js';

export const PAGE_URL = 'https://www.coastherald.example/news/2024/harbour-wall-vote';
export const TITLE = 'Council votes to extend the harbour wall after winter floods';

/** An article about a harbour wall: the lines under test are judged against this topic. */
export const BEFORE =
  '<p>The council voted on Tuesday to extend the harbour wall by another forty metres, after a winter of storms that flooded the lower town twice.</p>' +
  '<p>Engineers told the meeting that the existing wall, built in 1926, was never designed for the surges the town now sees several times a year.</p>';
export const AFTER =
  '<p>Residents who spoke at the meeting said the work was overdue, though several asked how long the road to the quay would stay closed.</p>' +
  '<p>The harbour master said fishing boats would move to the east basin while the wall is extended, and that the work should finish before next winter.</p>';

export interface Stripped {
  removed: RemovedItem[];
  /** Text left in the article, white space collapsed. */
  kept: string;
  html: string;
}

export function strip(articleHtml: string, settings: Partial<CoreSettings> = {}, title = TITLE): Stripped {
  const { window } = new JSDOM(`<!doctype html><body><div id="article">${articleHtml}</div></body>`, { url: PAGE_URL });
  const doc = window.document;
  const article = doc.getElementById('article')!;
  const ledger = new Ledger(doc);
  stripSpam(article, { title, lang: 'en', url: PAGE_URL, settings: { ...DEFAULT_CORE_SETTINGS, ...settings }, regexEngine: re2Engine }, ledger);
  const out = { removed: ledger.items, kept: (article.textContent ?? '').replace(/\s+/g, ' ').trim(), html: article.innerHTML };
  window.close();
  return out;
}

/** Puts `html` between genuine paragraphs of the harbour story. */
export const inArticle = (html: string): string => BEFORE + html + AFTER;

/** Collapses white space, for comparing texts. */
export const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** The features of the one-paragraph `line` as the detector reads them in the harbour story. */
export function featuresIn(line: string): Features {
  const { window } = new JSDOM(`<!doctype html><body><div id="a">${inArticle(`<p>${line}</p>`)}</div></body>`, { url: PAGE_URL });
  const article = window.document.getElementById('a')!;
  const env = featureEnv(article, { title: TITLE, lang: 'en', url: PAGE_URL, settings: DEFAULT_CORE_SETTINGS });
  const block = collectBlocks(article).find((b) => b.text.startsWith(line.slice(0, 20)))!;
  const features = describeLine(block, env).features;
  window.close();
  return features;
}
