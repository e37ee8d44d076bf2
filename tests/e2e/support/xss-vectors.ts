// The XSS and exfiltration corpus (SECURITY.md §1 D, §2). Every vector, if it ever executed or
// leaked, would either set `window.__pwned` to its id or send a request whose URL holds its id
// (the loopback beacon `/hit?id=ID`). Placeholders, filled by `renderVector`:
//   {JS}  `fetch('BEACON/hit?id=ID');window.__pwned='ID'` (no spaces: valid unquoted)
//   {URL} `BEACON/hit?id=ID`
//   {ID}  the vector id
export type VectorClass =
  | 'script' | 'handler' | 'js-url' | 'data-url' | 'iframe' | 'object' | 'svg-math' | 'mxss-nesting'
  | 'mxss-comment' | 'mxss-rawtext' | 'noscript' | 'template' | 'selectedcontent' | 'meta-refresh'
  | 'base' | 'link' | 'import' | 'form' | 'srcset' | 'poster' | 'svg-image' | 'ping' | 'style-url'
  | 'is-attr' | 'custom-element' | 'clobbering' | 'tabnabbing';

export interface XssVector {
  id: string;
  cls: VectorClass;
  html: string;
  /** Inert as parsed HTML: dangerous only if some step serializes and re-parses it differently. */
  mutationOnly?: boolean;
}

const v = (id: string, cls: VectorClass, html: string, mutationOnly = false): XssVector =>
  mutationOnly ? { id: `xv-${id}`, cls, html, mutationOnly } : { id: `xv-${id}`, cls, html };

const GIF = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

export const XSS_VECTORS: readonly XssVector[] = Object.freeze([
  // script
  v('script-inline', 'script', '<script>{JS}</script>'),
  v('script-src', 'script', '<script src="{URL}"></script>'),
  v('script-module', 'script', '<script type="module">{JS}</script>'),
  v('script-svg', 'script', '<svg><script>{JS}</script></svg>'),
  v('script-xlink', 'script', '<svg><script xlink:href="{URL}"></script></svg>'),
  // on* handlers
  v('img-onerror', 'handler', '<img src="x:broken" onerror="{JS}" alt="chart">'),
  v('img-onload', 'handler', `<img src="${GIF}" onload="{JS}" alt="pixel">`),
  v('img-onerror-entities', 'handler', '<img src=x onerror="&#x66;&#x65;tch(\'{URL}\');window.__pwned=&#39;{ID}&#39;">'),
  v('details-ontoggle', 'handler', '<details open ontoggle="{JS}"><summary>Timeline</summary>Dates of the storm.</details>'),
  v('summary-onclick', 'handler', '<details><summary onclick="{JS}">Read the minutes</summary>Minutes.</details>'),
  v('a-onclick', 'handler', '<a href="#minutes" onclick="{JS}">minutes</a>'),
  v('a-autofocus-onfocus', 'handler', '<a href="#vote" autofocus onfocus="{JS}">the vote</a>'),
  v('div-tabindex-onfocus', 'handler', '<div tabindex="0" autofocus onfocus="{JS}">Focusable note</div>'),
  v('input-onfocus', 'handler', '<input autofocus onfocus="{JS}" value="search">'),
  v('button-onclick', 'handler', '<button onclick="{JS}">Share</button>'),
  v('video-source-onerror', 'handler', '<video><source src="x:" onerror="{JS}"></video>'),
  v('audio-onerror', 'handler', '<audio src="x:" onerror="{JS}"></audio>'),
  v('svg-onload', 'handler', '<svg onload="{JS}"><circle r="1"/></svg>'),
  v('svg-animate-onbegin', 'handler', '<svg><animate onbegin="{JS}" attributeName="x" dur="1s"/></svg>'),
  v('marquee-onstart', 'handler', '<marquee onstart="{JS}">Tide warning</marquee>'),
  v('span-pointerenter', 'handler', '<p><span onpointerenter="{JS}" onmouseover="{JS}">hover text</span></p>'),
  // javascript: and data: URLs
  v('a-href-javascript', 'js-url', '<a href="javascript:{JS}">full report</a>'),
  v('a-href-javascript-entity', 'js-url', '<a href="&#106;avascript:{JS}">report (entity)</a>'),
  v('a-href-javascript-tab', 'js-url', '<a href=" java&#x09;script:{JS}">report (tab)</a>'),
  v('a-href-javascript-case', 'js-url', '<a href="JaVaScRiPt:{JS}">report (case)</a>'),
  v('area-href-javascript', 'js-url', `<map name="m1"><area shape="rect" coords="0,0,50,50" href="javascript:{JS}"></map><img usemap="#m1" src="${GIF}" alt="map">`),
  v('svg-a-xlink-javascript', 'js-url', '<svg><a xlink:href="javascript:{JS}"><text x="5" y="15">svg link</text></a></svg>'),
  v('math-href-javascript', 'js-url', '<math href="javascript:{JS}"><mtext>math link</mtext></math>'),
  v('a-href-data-html', 'data-url', '<a href="data:text/html,&lt;script&gt;{JS}&lt;/script&gt;">data link</a>'),
  v('img-src-javascript', 'js-url', '<img src="javascript:{JS}" alt="js image">'),
  // iframes, object, embed
  v('iframe-srcdoc', 'iframe', '<iframe srcdoc="<script>{JS}</script>"></iframe>'),
  v('iframe-src', 'iframe', '<iframe src="{URL}"></iframe>'),
  v('iframe-javascript', 'iframe', '<iframe src="javascript:{JS}"></iframe>'),
  v('iframe-data', 'iframe', '<iframe src="data:text/html,<script>{JS}</script>"></iframe>'),
  v('object-data', 'object', '<object data="{URL}" type="text/html"></object>'),
  v('object-javascript', 'object', '<object data="javascript:{JS}"></object>'),
  v('embed-src', 'object', '<embed src="{URL}" type="image/svg+xml">'),
  // SVG / MathML
  v('svg-foreignobject', 'svg-math', '<svg><foreignObject><img src="x:" onerror="{JS}"></foreignObject></svg>'),
  v('math-annotation-xml', 'svg-math', '<math><annotation-xml encoding="text/html"><img src="x:" onerror="{JS}"></annotation-xml></math>'),
  v('svg-style-mxss', 'svg-math', '<svg></p><style><a id="</style><img src=x onerror={JS}>"></style></svg>'),
  v('math-mglyph-style', 'svg-math', '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror={JS}&gt;"></style></mglyph></table></mtext></math>'),
  v('svg-use-href', 'svg-math', '<svg><use href="{URL}#x"/></svg>'),
  v('svg-feimage', 'svg-math', '<svg><filter id="f"><feImage href="{URL}"/></filter><rect filter="url(#f)" width="5" height="5"/></svg>'),
  // nesting mXSS (CVE-2024-47875 shape: depth past the parser's 512 limit re-parses differently)
  v('nesting-mxss-div', 'mxss-nesting', `${'<div>'.repeat(510)}<svg><p><style><img src=x onerror={JS}></style></p></svg>${'</div>'.repeat(510)}`),
  v('nesting-mxss-form', 'mxss-nesting', '<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img src=x onerror={JS}>"></style></mtext></svg></mglyph></form></mtext></math>'),
  v('nesting-mxss-table', 'mxss-nesting', `${'<table><caption>'.repeat(260)}<svg><title><style><img src=x onerror={JS}></style></title></svg>${'</caption></table>'.repeat(260)}`),
  // <! comment and CDATA shapes
  v('comment-bang-mxss', 'mxss-comment', '<svg><style><!--</style><img src=x onerror={JS}>--></style></svg>'),
  v('cdata-mxss', 'mxss-comment', '<svg><![CDATA[><img src=x onerror={JS}>]]></svg>'),
  v('bogus-comment', 'mxss-comment', '<![CDATA[<img src=x onerror={JS}>]]>', true),
  v('comment-attr', 'mxss-comment', '<p title="<!--"></p><p title="--><img src=x onerror={JS}>">quoted</p>', true),
  v('processing-instruction', 'mxss-comment', '<?xml-stylesheet > <img src=x onerror="{JS}"> ?>'),
  // rawtext and noscript mXSS
  v('noscript-mxss', 'noscript', '<noscript><p title="</noscript><img src=x onerror={JS}>"></noscript>'),
  v('xmp-mxss', 'mxss-rawtext', '<xmp><p title="</xmp><img src=x onerror={JS}>"></xmp>'),
  v('textarea-mxss', 'mxss-rawtext', '<textarea><p title="</textarea><img src=x onerror={JS}>"></textarea>'),
  v('noembed-mxss', 'mxss-rawtext', '<noembed><p title="</noembed><img src=x onerror={JS}>"></noembed>'),
  // template and selectedcontent
  v('template-content', 'template', '<template><img src="x:" onerror="{JS}"></template>'),
  v('template-shadowroot', 'template', '<div><template shadowrootmode="open"><img src="x:" onerror="{JS}"></template></div>'),
  v('selectedcontent', 'selectedcontent', '<select><button><selectedcontent></selectedcontent></button><option><img src="x:" onerror="{JS}">Opt</option></select>'),
  // navigation and requests without script
  v('meta-refresh', 'meta-refresh', '<meta http-equiv="refresh" content="0;url={URL}">'),
  v('meta-refresh-javascript', 'meta-refresh', '<meta http-equiv="refresh" content="0;url=javascript:{JS}">'),
  v('base-href', 'base', '<base href="{URL}&base="><a href="relative-page">relative link</a><img src="relative.gif" alt="rel">'),
  v('link-stylesheet', 'link', '<link rel="stylesheet" href="{URL}">'),
  v('link-prefetch', 'link', '<link rel="prefetch" href="{URL}"><link rel="preload" as="image" href="{URL}&preload">'),
  v('style-import', 'import', '<style>@import url("{URL}");</style>'),
  v('style-element-url', 'style-url', '<style>article p { background: url("{URL}") }</style>'),
  v('style-attr-url', 'style-url', '<p style="background-image:url(\'{URL}\')">styled paragraph</p>'),
  v('table-background', 'style-url', '<table background="{URL}"><tr><td>cell</td></tr></table>'),
  v('form-action', 'form', '<form action="{URL}"><input name="q" value="tide"><button>Search</button></form>'),
  v('form-javascript', 'form', '<form action="javascript:{JS}"><button>Submit</button></form>'),
  v('button-formaction', 'form', '<form><button formaction="javascript:{JS}">Vote</button></form>'),
  v('input-image', 'form', '<input type="image" src="{URL}" alt="submit">'),
  v('img-srcset', 'srcset', `<img srcset="{URL} 1x" src="${GIF}" alt="srcset">`),
  v('picture-source', 'srcset', `<picture><source srcset="{URL}"><img src="${GIF}" alt="picture"></picture>`),
  v('video-poster', 'poster', '<video poster="{URL}"></video>'),
  v('svg-image', 'svg-image', '<svg><image href="{URL}" width="10" height="10"/></svg>'),
  v('a-ping', 'ping', '<a href="#top" ping="{URL}">back to top</a>'),
  // is=, custom elements, clobbering, tabnabbing
  v('is-attr', 'is-attr', '<img is="x-pwn" src="x:" onerror="{JS}" alt="is">'),
  v('custom-element-handler', 'custom-element', '<x-widget onclick="{JS}" tabindex="0">widget</x-widget>'),
  v('custom-element-nested', 'custom-element', '<x-card><img src="x:" onerror="{JS}" alt="card"></x-card>'),
  v('clobber-window-id', 'clobbering', '<a id="__pwned" href="#c">clobbered id</a>'),
  v('clobber-window-name', 'clobbering', '<img name="__pwned" src="x:" alt="clobbered name">'),
  v('clobber-document', 'clobbering', '<form name="getElementById"></form><img name="querySelector" src="x:" alt="q"><form id="reader"><input name="innerHTML"></form>'),
  v('tabnabbing-opener', 'tabnabbing', '<a href="{B}/opener?id={ID}" target="_blank" rel="opener">the opener page</a>'),
]);

/** The script every executing vector runs. Spaceless so it survives unquoted attributes. */
export const payload = (beacon: string, id: string): string => `fetch('${beacon}/hit?id=${id}');window.__pwned='${id}'`;

export function renderVector(vector: XssVector, beacon: string): string {
  return vector.html
    .replaceAll('{JS}', payload(beacon, vector.id))
    .replaceAll('{URL}', `${beacon}/hit?id=${vector.id}`)
    .replaceAll('{ID}', vector.id)
    .replaceAll('{B}', beacon);
}

/**
 * A page served at `/opener?id=ID`: reports to the beacon only when it can reach the page that
 * opened it (reverse tabnabbing) or was sent a Referer (the server logs that).
 */
export function openerProbePage(beacon: string): string {
  return `<!doctype html><title>opened</title><script>
    const id = new URLSearchParams(location.search).get('id');
    if (window.opener) fetch('${beacon}/hit?id=' + id + '-opener-reachable');
  </script><p>opened</p>`;
}

/**
 * A realistic article carrying `vectors` between its paragraphs, each in a short captioned
 * block, so Readability keeps them as part of the story (what a hostile news page would do).
 */
export function xssArticleHtml(vectors: readonly XssVector[], beacon: string, title = 'Harbour town votes to rebuild its flooded sea wall'): string {
  const paras = [
    'The council met late on Tuesday to settle a question that has divided the harbour town since the storm in March, when the sea came over the wall twice in one night.',
    'Engineers told the meeting that the old wall, built of granite blocks in 1911, had shifted by almost a metre along its northern arm and could fail in the next big storm.',
    'Residents who lost ground floors to the water asked why repairs promised two winters ago had never begun, and several brought photographs of the damage to their homes.',
    'The mayor said the delay came from a dispute over who owns the foreshore, which the county and the port authority both claim, and that lawyers had now settled it.',
    'A fisheries cooperative offered to lend its crane and crews at cost if the work could start before the autumn tides, an offer the council accepted with thanks.',
    'After three hours of debate the motion passed by eleven votes to four, with two members abstaining; work on the northern arm is due to begin in September.',
  ];
  const blocks: string[] = [];
  const perGap = Math.ceil(vectors.length / (paras.length - 1));
  paras.forEach((p, i) => {
    blocks.push(`<p>${p}</p>`);
    for (const vector of vectors.slice(i * perGap, (i + 1) * perGap)) {
      blocks.push(`<div class="story-note"><p>Note on the council record, item ${vector.id}, filed with the minutes of the meeting.</p>${renderVector(vector, beacon)}</div>`);
    }
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="author" content="Maren Ekdahl"></head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Maren Ekdahl</p>
${blocks.join('\n')}
</article></main><footer><p>Coastal Courier, 2026</p></footer></body></html>`;
}
