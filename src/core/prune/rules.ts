// Verdicts on single leaves (one line of the article). Each rule is generic: it looks at the
// text, the share of it inside links and where the leaf stands, never at a site or class name.
import type { RemovalCategory } from '../types.js';
import { linkDensity, type Leaf } from './features.js';
import { lexicon } from '../spam/lexicon/index.js';
import { matchAt } from '../spam/terms.js';
import { withoutSpeech } from '../spam/quotes.js';
import { tokenize } from '../spam/text.js';
import { closestTag, hasDescendantTag, type TagSet } from './tags.js';
import { collapseSpace } from '../whitespace.js';
import {
  CONTACT_PATTERNS, CREDIT_PREFIX, CREDIT_SOURCES, DATE_WORDS, FOOTER_HINT, FOOTER_PATTERNS, LISTEN_LABEL, PLAYER_FAILURE, RELATED_LABELS, SHARE_WORDS, UI_LABELS, normalizeLabel,
} from './lexicon.js';

export interface Verdict {
  reason: string;
  category: Extract<RemovalCategory, 'boilerplate' | 'related'>;
}

const boilerplate = (reason: string): Verdict => ({ reason, category: 'boilerplate' });
const related = (reason: string): Verdict => ({ reason, category: 'related' });

const ENDS_SENTENCE = /[.!?。！？…"”»)]$/u;
/** The spam detector judges link lines up to this many words as related lines. */
const MAX_RELATED_LINE_WORDS = 30;
const RELATED_PREFIX =
  /^\[?\s*(related|read more|more|see more|see also|also read|read also|also|must read|don't miss|recommended|watch|listen|more from|leggi anche|lesen sie auch|lire aussi|à lire aussi|leia também|veja também|lee también|читайте также|baca juga)\b[^:]{0,40}[:：|»]/i;

/** True for a line of prose: long enough, mostly not links. */
export function isProse(leaf: Leaf): boolean {
  return (leaf.words >= 12 || leaf.text.length >= 80) && linkDensity(leaf) < 0.5;
}

// A carousel's counter (isUiLabel); one that opens a longer leaf ("Image 1 of 9 Caption Close")
// names its picture first (isPhotoCredit).
const GALLERY_NOUN = '(?:image|photo|slide|picture|foto|bild)';
const GALLERY_COUNTER = new RegExp(`^(${GALLERY_NOUN}\\s*)?\\d{1,3}\\s*(of|\\/|de|von|sur|di|из)?\\s*\\/?\\s*\\d{0,3}$`, 'i');
const GALLERY_COUNTER_LEAD = new RegExp(`^${GALLERY_NOUN}\\s*\\d{1,3}\\s*(of|\\/|de|von|sur|di)\\b`, 'i');
const COUNTER_CONTEXT: TagSet = new Set(['td', 'th', 'table', 'ol']);
const FIGURE: TagSet = new Set(['figure']);
const FIGURE_MEDIA: TagSet = new Set(['img', 'picture', 'video', 'iframe', 'svg']);

export function isUiLabel(leaf: Leaf): Verdict | null {
  if (leaf.words > 8 || leaf.media || leaf.text.length > 80) return null;
  const label = normalizeLabel(leaf.text);
  if (UI_LABELS.has(label)) return boilerplate(`page widget label "${leaf.text}"`);
  if (PLAYER_FAILURE.test(label)) return boilerplate(`video player's message "${leaf.text}"`);
  if (LISTEN_LABEL.test(label)) return boilerplate(`audio player's button "${leaf.text}"`);
  // Gallery counters and bare numbers left by carousels: "1", "1 of 6", "Image 2 of 5", "3/12".
  const counter = leaf.text.replace(/\s*\/\s*/g, ' / ');
  if (GALLERY_COUNTER.test(counter))
    return closestTag(leaf.el, COUNTER_CONTEXT) ? null : boilerplate(`gallery counter "${leaf.text}"`);
  if (/^\d+\s+(comments?|replies|responses|shares)$/i.test(leaf.text)) return boilerplate('comment count');
  return null;
}

const NETWORK = /facebook|twitter|whatsapp|pinterest|linkedin|reddit|telegram|flipboard|tumblr|e-?mail|tweet|share/i;

export function isShareBar(leaf: Leaf): Verdict | null {
  if (leaf.words > 12 || leaf.words < 1 || leaf.media || !NETWORK.test(leaf.text)) return null;
  const words = leaf.text.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  if (!words.length) return null;
  const share = words.filter((w) => SHARE_WORDS.has(w)).length;
  const networks = words.filter((w) => /^(facebook|twitter|whatsapp|pinterest|linkedin|reddit|telegram|flipboard|tumblr|email|tweet|share)$/.test(w)).length;
  return networks >= 2 && share / words.length >= 0.7 ? boilerplate('row of share buttons') : null;
}

/**
 * Photo credits whose picture is gone ("Photo: Jane Doe/AP" in an emptied figure or beside a gallery counter, "(Image: © NASA)"):
 * Readability dropped the image and kept its credit line. A credit beside its picture stays: it
 * is that picture's attribution. So does a credit line standing in the text without a copyright
 * sign ("Photograph: Anna Kowalczyk/The Courier"): nothing tells it from a line the writer put
 * there, and a genuine line is never taken on a guess.
 */
export function isPhotoCredit(leaf: Leaf, prev: Leaf | undefined, next: Leaf | undefined): Verdict | null {
  if (leaf.words > 16 || leaf.media || (prev?.media ?? 0) > 0) return null;
  if (!leaf.inFigure && !leaf.text.includes('©') && !isGalleryCounter(prev) && !isGalleryCounter(next)) return null;
  const t = leaf.text;
  const prefix = CREDIT_PREFIX.exec(t);
  const credit =
    (prefix && leaf.words <= 12 && isNameLike(t.slice(prefix[0].length).trim() || 'X')) ||
    (/^\(?\s*©/.test(t) && leaf.words <= 10) ||
    (leaf.inFigure && isNameLike(t) && (CREDIT_SOURCES.test(t) || /[/|©]/.test(t)));
  if (!credit) return null;
  const figure = closestTag(leaf.el, FIGURE);
  if (figure && hasDescendantTag(figure, FIGURE_MEDIA)) return null;
  return boilerplate('photo credit without its picture');
}

/** "Image 3 of 12 …": what a carousel leaves beside the credits of its pictures. */
const isGalleryCounter = (leaf: Leaf | undefined): boolean => leaf !== undefined && GALLERY_COUNTER_LEAD.test(leaf.text);

/** Capitalised words, separators and agency names only: a credit or a byline, not a sentence. */
export function isNameLike(text: string): boolean {
  if (ENDS_SENTENCE.test(text) && !/\)$/.test(text)) return false;
  const words = text.replace(/[()©|/,;:–—-]+/g, ' ').split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 10) return false;
  const lower = words.filter((w) => !/^[\p{Lu}\p{N}@]/u.test(w) && !/^(and|of|for|via|by|the|de|da|von|van|del|la|le|di|y|e|et|und)$/i.test(w));
  return lower.length === 0 || (lower.length === 1 && words.length >= 3);
}

/**
 * "Related: ...", "READ MORE: ...", "[Related: ...]" lines that are mostly a link. A line whose
 * label the spam detector reads as a related-link label is left to it: the detector weighs the
 * headline against the article's topic, so a site's own cross-reference on the story's subject
 * ("Lire aussi : <the story's background>") stays while an off-topic one goes, both under the
 * same related setting. Labels outside the detector's languages are still judged here.
 */
export function isRelatedLine(leaf: Leaf): Verdict | null {
  if (leaf.words > 40 || leaf.media || !leaf.links) return null;
  if (!RELATED_PREFIX.test(leaf.text) || linkDensity(leaf) < 0.4 || detectorJudgesRelated(leaf.text)) return null;
  return related(`link to another story ("${leaf.text.slice(0, 30)}…")`);
}

/** The spam detector's own test for a related-link line: a known label, then a new clause. */
function detectorJudgesRelated(text: string): boolean {
  const { words, clauseStarts } = tokenize(text);
  if (words.length < 2 || words.length > MAX_RELATED_LINE_WORDS) return false;
  const len = matchAt(lexicon().relatedLabels, words, 0);
  return len > 0 && len < words.length && clauseStarts[len]!;
}

/** One line holding three or more headline links ("Story A | Story B | Story C"). */
export function isInlineLinkList(leaf: Leaf): Verdict | null {
  if (leaf.media || leaf.links < 3 || linkDensity(leaf) < 0.8 || leaf.inTable) return null;
  return leaf.words / leaf.links >= 3 ? related(`line of ${leaf.links} links to other stories`) : boilerplate(`line of ${leaf.links} menu links`);
}

/**
 * A block that is nothing but one link headline to another page of the same site, between
 * paragraphs: a teaser for another story. Links to other sites (products, sources, tweets) stay.
 */
export function isLinkHeadline(leaf: Leaf, pageUrl: string): Verdict | null {
  if (leaf.media || leaf.links !== 1 || leaf.words < 4 || leaf.words > 30 || !leaf.href) return null;
  if (linkDensity(leaf) < 0.9 || /[.:]$/.test(leaf.text) || /^(https?:|www\.)/i.test(leaf.text)) return null;
  const tag = leaf.el.tagName.toUpperCase();
  if (tag === 'LI' || tag === 'TD' || tag === 'TH' || leaf.nodes.length !== 1) return null;
  if (labelBeforeLink(leaf.el)) return null;
  return sameSiteArticle(leaf.href, pageUrl) ? related('a lone link to another story') : null;
}

/**
 * True when the block opens with its own lead-in ("Lire :", "See:") before its link: a
 * cross-reference the writer placed in the story, judged by its label (isRelatedLine and the
 * spam detector), not a bare headline teaser.
 */
function labelBeforeLink(el: Element): boolean {
  let before = '';
  for (let n: Node | null = el.firstChild; n && before.length <= 40; ) {
    if (n.nodeType === 1 && (n as Element).tagName.toUpperCase() === 'A') break;
    if (n.nodeType === 3) before += (n as Text).data;
    // Depth-first walk, staying inside `el`.
    if (n.firstChild && n.nodeType === 1) n = n.firstChild;
    else {
      while (n && n !== el && !n.nextSibling) n = n.parentNode;
      n = n && n !== el ? n.nextSibling : null;
    }
  }
  const label = collapseSpace(before);
  return label.length > 0 && label.length <= 40 && /[:：]$/.test(label);
}

const siteOf = (host: string): string => host.replace(/^www\d*\./, '');

/** Per-article memo: an article repeats the same hrefs, and URL parsing is the costly part. */
let memo: { pageUrl: string; page: URL | null; hrefs: Map<string, boolean> } | null = null;

/** True when `href` leads to another page (not the front page, not this page) of the page's site. */
export function sameSiteArticle(href: string, pageUrl: string): boolean {
  if (memo?.pageUrl !== pageUrl) memo = { pageUrl, page: URL.canParse(pageUrl) ? new URL(pageUrl) : null, hrefs: new Map() };
  const known = memo.hrefs.get(href);
  if (known !== undefined) return known;
  let same = false;
  if (memo.page && URL.canParse(href, memo.page)) {
    const target = new URL(href, memo.page);
    same = siteOf(target.hostname) === siteOf(memo.page.hostname) && target.pathname.length > 1 && target.pathname !== memo.page.pathname;
  }
  memo.hrefs.set(href, same);
  return same;
}

export function isRelatedLabel(leaf: Leaf): boolean {
  if (leaf.words > 8 || leaf.media) return false;
  const label = normalizeLabel(leaf.text);
  return (
    RELATED_LABELS.has(label) ||
    /^(more|latest|top) (from|on|in|by|about)\b/.test(label) ||
    /^(more|latest|top|related) .{0,30}\b(news|stories|articles|posts|videos|coverage|reads)$/.test(label)
  );
}

/** The first sentence of `text` when another follows it, else null. */
function leadSentence(text: string): string | null {
  return /^(.{20,}?[.!?])\s+(?=\p{Lu})/u.exec(text)?.[1] ?? null;
}

export function isFooterLine(leaf: Leaf): Verdict | null {
  if (leaf.words > 80 || leaf.media || !FOOTER_HINT.test(leaf.text)) return null;
  // A call inside quoted speech is the speaker's: "Police said victims received a text reading
  // “… click here to reschedule”" reports a scam, it is not the site's footer.
  const own = withoutSpeech(leaf.text) ?? leaf.text;
  const matches = (re: RegExp): boolean => re.test(own);
  const footer = FOOTER_PATTERNS.some(matches);
  if (!footer && !CONTACT_PATTERNS.some(matches)) return null;
  // A paragraph that opens with a statement of its own is the story's, whatever closes it: an
  // author's bio ending with how to reach them ("… is a reporter for … . Follow him on Twitter"),
  // or the story's last paragraph with a call tacked on ("… caught on camera. Join the 3,400
  // members who …"), which the spam detector cuts off by itself.
  // A footer's own words anywhere in the lead ("Get the latest updates right in your inbox.") make
  // it no statement.
  const lead = leadSentence(leaf.text);
  const statement = lead !== null && lead.split(' ').length >= 6 && (footer ? !FOOTER_HINT.test(lead) : !CONTACT_PATTERNS.some((re) => re.test(lead)));
  return statement ? null : boilerplate('page footer, contact or newsletter line');
}

/** Date and time lines ("Updated 10:01 pm PST, Tuesday, November 19, 2019"), shown in the header instead. */
export function isDateLine(leaf: Leaf): Verdict | null {
  // A date line holds a digit; most lines have none, and the tokenizing below is costly.
  if (leaf.words > 20 || leaf.media || !/\d/.test(leaf.text)) return null;
  const text = leaf.text
    .replace(/^(by|por|von|par|di|door|av)\s[^|–—]{1,60}[|–—]\s*/i, '')
    .replace(/\s(by|por|von|par|di|door|av)\s.+$/i, '');
  const tokens = text.toLowerCase().match(/[\p{L}]+|\d+/gu) ?? [];
  if (!tokens.some((t) => /^\d/.test(t))) return null;
  const other = tokens.filter((t) => !/^\d/.test(t) && !DATE_WORDS.has(t) && !/^\d+(st|nd|rd|th|of)?$/.test(t));
  return other.length === 0 ? boilerplate('date line (shown in the header)') : null;
}

/**
 * A date line that says what it is and gives a full date ("| UPDATED: 11:05, Tue, Nov 19, 2019").
 * A bare "Updated at 3:45 p.m." is left alone: inside a story it is often the story's own note.
 */
export function isLabelledDateLine(leaf: Leaf): Verdict | null {
  if (!/^\W*(updated|published|posted|last modified|last updated|first published|publicado|actualizado|atualizado|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato)\b/i.test(leaf.text)) return null;
  if (!/\b(1[89]|20)\d\d\b|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/.test(leaf.text)) return null;
  return isDateLine(leaf);
}

const BYLINE_LEAD = /^(by|por|von|par|di|door|av|af|written by|words by|posted by|publicado por)\b\s*:?\s*(\p{Lu}|$)/iu;
const NAME_WORD = /\p{Lu}[\p{Ll}'’-]+/gu;

/**
 * "By Jane Doe", "By Jane Doe - 11/18/19": the byline, shown in the header instead. When the
 * header's byline (`shown`) is known, the line must name someone in it: "By Hannah Mireles,
 * Education Correspondent" under another author's header is who wrote a part of the story.
 */
export function isBylineLine(leaf: Leaf, shown?: string): Verdict | null {
  if (leaf.words > 14 || leaf.media) return null;
  if (!BYLINE_LEAD.test(leaf.text) || ENDS_SENTENCE.test(leaf.text.replace(/\b[A-Z]\.$/, ''))) return null;
  if (shown !== undefined) {
    const names = leaf.text.replace(BYLINE_LEAD, '$2').match(NAME_WORD) ?? [];
    const header = shown.toLowerCase();
    if (names.length > 0 && !names.some((n) => header.includes(n.toLowerCase()))) return null;
  }
  return boilerplate('byline (shown in the header)');
}

/** A line that is only a web address ("https://...", "twitter.com/someone"). */
export function isUrlLine(leaf: Leaf): Verdict | null {
  return /^(https?:\/\/|www\.)?[\w-]+(\.[\w-]+)*\.[a-z]{2,}(\/\S*)?$/i.test(leaf.text) && leaf.words <= 20
    ? boilerplate('bare web address')
    : null;
}

/**
 * The page's own address as a line of text, as a print header prints it (often beside the site's
 * logo): the reader links to the original in its header, so the line says nothing of the story.
 */
export function isOwnAddress(leaf: Leaf, pageUrl: string): Verdict | null {
  if (!/^(https?:\/\/|www\.)\S+$/i.test(leaf.text)) return null;
  const key = (u: string): string | null => {
    const url = URL.canParse(u) ? new URL(u) : URL.canParse(`https://${u}`) ? new URL(`https://${u}`) : null;
    return url ? siteOf(url.hostname) + url.pathname.replace(/\/+$/, '') : null;
  };
  const own = key(pageUrl);
  return own !== null && key(leaf.text) === own ? boilerplate("the page's own address") : null;
}

/** "CLICK HERE TO GET THE APP", "Read more on X by clicking here": a short linked call to action. */
export function isClickHere(leaf: Leaf): Verdict | null {
  if (leaf.words > 14 || leaf.media || linkDensity(leaf) < 0.5) return null;
  return /\bclick(ing)? here\b/i.test(leaf.text) ? boilerplate('"click here" call to action') : null;
}

/**
 * The headline repeated in the body, alone or with a date or breadcrumb glued on: the line holds
 * the whole title. A line that is only part of the title is a kicker or a second headline in its
 * own words ("$150K Pearl Dress ... STOLEN!!!!" under a longer title): kept.
 */
export function isTitleRepeat(leaf: Leaf, title: string): Verdict | null {
  if (!title || leaf.words > 40 || leaf.media) return null;
  const a = normalizeLabel(leaf.text);
  return a.length >= 8 && (a === title || (a.includes(title) && title.length > a.length * 0.6))
    ? boilerplate('repeats the title (shown in the header)')
    : null;
}
