// Corpus B (SECURITY.md §1): document types and encodings the reader must refuse or decode right.
import type { Served } from '../server.js';
import { ARTICLE_TITLE, articlePage, paragraphs } from './article.js';

/** C10: a frameset whose two frames carry the article. Returns the page and the frame pages. */
export function frameset(): { page: Served; frames: Record<string, Served> } {
  return {
    page: {
      body: `<!doctype html><html><head><title>Framed edition</title></head>
<frameset cols="30%,70%"><frame src="/frames/menu.html" name="menu"><frame src="/frames/story.html" name="story"></frameset></html>`,
    },
    frames: {
      '/frames/menu.html': { body: '<!doctype html><title>Menu</title><ul><li><a href="/">Home</a></li></ul>' },
      '/frames/story.html': { body: articlePage() },
    },
  };
}

/** C11: an SVG document with its own script (which may run in the page: that is the page's business). */
export function svgDocument(): Served {
  return {
    type: 'image/svg+xml',
    body: `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200">
  <title>${ARTICLE_TITLE}</title>
  <text x="10" y="40">${paragraphs(1)[0]}</text>
  <script>document.documentElement.setAttribute('data-page-script', 'ran')</script>
</svg>`,
  };
}

/** C12: an RSS feed; Chromium shows it through its XML viewer. */
export function rssFeed(): Served {
  const items = paragraphs(6)
    .map((p, i) => `<item><title>Story ${i}</title><link>https://example.org/${i}</link><description>${p}</description></item>`)
    .join('\n');
  return {
    type: 'application/rss+xml',
    body: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Coastal Courier</title><link>https://example.org/</link><description>News</description>
${items}
</channel></rss>`,
  };
}

/** C13: the article as well-formed XHTML. */
export function xhtmlDocument(): Served {
  const body = paragraphs(12).map((p) => `<p>${p}</p>`).join('\n');
  return {
    type: 'application/xhtml+xml',
    body: `<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en"><head><title>${ARTICLE_TITLE}</title></head>
<body><article><h1>${ARTICLE_TITLE}</h1><p class="byline">By Maren Ekdahl</p>
${body}
</article></body></html>`,
  };
}

/** C14: about 10 kB of plain text. */
export function plainText(): Served {
  let text = `${ARTICLE_TITLE}\n\n`;
  while (text.length < 10_000) text += paragraphs(12).join('\n\n') + '\n\n';
  return { type: 'text/plain', body: text.slice(0, 10_000) };
}

/** The text whose non-ASCII letters show whether decoding went right. */
export const ACCENTED = 'Café owners on the Quai d’Orléans said “enough”.';

/** C15: windows-1252 bytes labelled UTF-8. The title is ASCII and must survive. */
export function wrongCharset(): Served {
  const html = articlePage({ after: `<p>${ACCENTED}</p>` }).replace('<meta charset="utf-8">', '');
  // windows-1252 encoding of the page: Latin-1 for most letters, 0x91-0x94 for curly quotes.
  const cp1252 = html.replace(/[‘’“”]/g, (c) => ({ '‘': '\x91', '’': '\x92', '“': '\x93', '”': '\x94' })[c]!);
  return { type: 'text/html; charset=utf-8', body: Buffer.from(cp1252, 'latin1') };
}

/** Japanese prose for C16. */
export const JAPANESE_TITLE = '港町の防波堤、再建へ';
const JAPANESE_PARAGRAPHS = [
  '町議会は火曜日の夜遅くに会合を開き、三月の嵐以来町を二分してきた問題に決着をつけた。',
  '技術者によると、千九百十一年に花崗岩で造られた古い防波堤は、北側でほぼ一メートル動いていた。',
  '一階が浸水した住民たちは、二年前に約束された修理がなぜ始まらなかったのかと質問した。',
  '町長は、県と港湾局の双方が海岸の所有権を主張しており、その争いが遅れの原因だと説明した。',
  '漁業協同組合は、秋の大潮の前に工事を始められるなら、クレーンと作業員を原価で貸すと申し出た。',
  '三時間の議論の末、動議は賛成十一、反対四で可決され、二人が棄権した。',
];

let sjisTable: Map<string, number[]> | null = null;

/** Shift_JIS encoder built from the platform's decoder (no extra dependency). */
function encodeShiftJis(text: string): Buffer {
  if (!sjisTable) {
    sjisTable = new Map();
    const decoder = new TextDecoder('shift_jis');
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !sjisTable.has(ch)) sjisTable.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = sjisTable.get(ch);
      if (!pair) throw new Error(`not encodable in Shift_JIS: ${ch}`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}

/** C16: a Japanese article in Shift_JIS, declared only by <meta charset>. */
export function shiftJisPage(): Served {
  const paras = [...JAPANESE_PARAGRAPHS, ...JAPANESE_PARAGRAPHS].map((p) => `<p>${p}</p>`).join('\n');
  const html = `<!doctype html><html lang="ja"><head><meta charset="shift_jis"><title>${JAPANESE_TITLE}</title></head>
<body><article><h1>${JAPANESE_TITLE}</h1><p class="byline">記者 山田花子</p>
${paras}
</article></body></html>`;
  return { type: 'text/html', body: encodeShiftJis(html) };
}

export const JAPANESE_SAMPLE = JAPANESE_PARAGRAPHS[0]!;
