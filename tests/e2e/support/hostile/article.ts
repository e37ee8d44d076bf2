// A plain, believable news article used as the carrier for every hostile page: enough prose for
// the readerable gate (text well over 500 characters, low link density), a title, a byline and a
// date, so that what a test observes is the hostile part and not a missing article.

export const ARTICLE_TITLE = 'Harbour town votes to rebuild its flooded sea wall';
export const ARTICLE_BYLINE = 'By Maren Ekdahl';

const SENTENCES = [
  'The council met late on Tuesday to settle a question that has divided the harbour town since the storm in March.',
  'Engineers told the meeting that the old wall, built of granite blocks in 1911, had shifted by almost a metre along its northern arm.',
  'Residents who lost ground floors to the water asked why repairs promised two winters ago had never begun.',
  'The mayor said the delay came from a dispute over who owns the foreshore, which the county and the port authority both claim.',
  'A fisheries cooperative offered to lend its crane and crews at cost if the work could start before the autumn tides.',
  'Several speakers urged the council to raise the wall rather than simply restore it, citing the tide gauge records since 1980.',
  'The finance officer warned that a taller wall would need a loan that the town could only repay over thirty years.',
  'After three hours of debate the motion passed by eleven votes to four, with two members abstaining.',
  'Work on the northern arm is due to begin in September, and the southern section will follow next spring.',
  'Shopkeepers on the quay said they were relieved, though some doubted the schedule would hold.',
  'The harbour master will publish weekly notes on the progress, and a public meeting is planned for October.',
  'For now, sandbags remain stacked along the promenade, and the lifeboat station keeps its doors closed on high tides.',
];

/** `count` paragraphs of article prose; paragraph i starts with a distinct marker word. */
export function paragraphs(count = 12): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const a = SENTENCES[i % SENTENCES.length]!;
    const b = SENTENCES[(i + 5) % SENTENCES.length]!;
    out.push(`Paragraph ${i + 1}. ${a} ${b}`);
  }
  return out;
}

export interface ArticleParts {
  title?: string;
  /** Extra markup inside <head>. */
  head?: string;
  /** Markup placed before the article (site chrome, hostile fixtures). */
  before?: string;
  /** Markup inserted between paragraphs, one entry per gap (cycled). */
  between?: string[];
  /** Markup after the article. */
  after?: string;
  paragraphCount?: number;
  lang?: string;
}

/** The `<article>` element alone. */
export function articleBody(parts: ArticleParts = {}): string {
  const paras = paragraphs(parts.paragraphCount ?? 12);
  const between = parts.between ?? [];
  const body = paras
    .map((p, i) => `<p>${p}</p>${between.length && i < paras.length - 1 ? between[i % between.length] : ''}`)
    .join('\n');
  return `<article>
<h1>${parts.title ?? ARTICLE_TITLE}</h1>
<p class="byline">${ARTICLE_BYLINE}</p>
<time datetime="2026-03-14T09:30:00Z">14 March 2026</time>
${body}
</article>`;
}

/** A whole HTML page around the article. */
export function articlePage(parts: ArticleParts = {}): string {
  return `<!doctype html>
<html lang="${parts.lang ?? 'en'}"><head><meta charset="utf-8">
<title>${parts.title ?? ARTICLE_TITLE}</title>
<meta name="author" content="Maren Ekdahl">
${parts.head ?? ''}
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
${parts.before ?? ''}
<main>${articleBody(parts)}</main>
${parts.after ?? ''}
<footer><p>Coastal Courier, 2026</p></footer>
</body></html>`;
}
