// Topical coherence: how much a line shares with the article it sits in. Built once per article
// (one pass over its text, and only when a line with spam signals asks: most pages have few),
// then each line is checked against the counts minus its own words, so a line never vouches for
// itself, nor does its copy: a promo set twice on a page, or once on its own and once tacked onto
// a paragraph, is no more on topic for it.
import type { CompiledLexicon } from './lexicon/index.js';
import { tokenize, topicStem } from './text.js';
import { collapseSpace } from '../whitespace.js';

export class ArticleTopic {
  private built: { counts: Map<string, number>; title: Set<string>; flat: string } | null = null;
  private bodyText: string | null = null;

  /**
   * `body` is the article's text as it was before any removal, or the article itself, whose text
   * is read when first needed: most pages never ask, and reading it walks the whole article. Its
   * owner calls keepText() before changing it.
   */
  constructor(
    private readonly body: string | Pick<Node, 'textContent'>,
    private readonly titleText: string,
    private readonly lex: CompiledLexicon,
  ) {}

  /** Reads the article's text now, if not read yet: it is about to change. */
  keepText(): void {
    this.bodyText ??= typeof this.body === 'string' ? this.body : (this.body.textContent ?? '');
  }

  private build(): { counts: Map<string, number>; title: Set<string>; flat: string } {
    this.keepText();
    const bodyText = this.bodyText!;
    const counts = new Map<string, number>();
    const title = new Set<string>();
    for (const s of this.stems(tokenize(bodyText).words)) counts.set(s, (counts.get(s) ?? 0) + 1);
    for (const s of this.stems(tokenize(this.titleText).words)) title.add(s);
    return { counts, title, flat: collapseSpace(bodyText) };
  }

  /**
   * Whether `text` stands in the article twice: the line and one copy. A line that recurs three
   * times or more is the article's own structure (a listicle's heading over each item), and its
   * copies still vouch for it.
   */
  private setTwice(text: string, flat: string): boolean {
    const needle = collapseSpace(text);
    if (needle.length === 0) return false;
    let n = 0;
    for (let at = flat.indexOf(needle); at !== -1 && n < 3; at = flat.indexOf(needle, at + needle.length)) n++;
    return n === 2;
  }

  /** Stems of the words that carry topic: no function words, no call-to-action verbs, no 1–2 letter words. */
  stems(words: readonly string[]): string[] {
    const out: string[] = [];
    for (const w of words) {
      if (w.length < 3 && !/^\d\d$/.test(w)) continue;
      if (this.lex.notTopic.has(w)) continue;
      out.push(topicStem(w));
    }
    return out;
  }

  /**
   * Share of the line's topic words found nowhere else in the article or title (0 = fully on topic,
   * 1 = shares nothing), and whether it shares a word with the title. `text` is the line's text,
   * whose copy is left out with it.
   */
  coherence(stems: readonly string[], text: string): { offTopic: number; sharesTitle: boolean } {
    if (stems.length === 0) return { offTopic: 0, sharesTitle: false };
    this.built ??= this.build();
    const { counts, title, flat } = this.built;
    const copies = this.setTwice(text, flat) ? 2 : 1;
    const own = new Map<string, number>();
    for (const s of stems) own.set(s, (own.get(s) ?? 0) + copies);
    let missing = 0;
    let sharesTitle = false;
    for (const s of stems) {
      const inTitle = title.has(s);
      if (inTitle) sharesTitle = true;
      if (!inTitle && (counts.get(s) ?? 0) - own.get(s)! <= 0) missing++;
    }
    return { offTopic: missing / stems.length, sharesTitle };
  }
}
