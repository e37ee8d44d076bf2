// Shape of one language's detector vocabulary. Entries are written naturally (any case, accents,
// apostrophes); they are normalised when compiled. A trailing `*` makes a one-word entry a prefix
// ("subscri*" matches subscribe, subscribed, subscription). Multi-word entries match as phrases.
import type { RemovalCategory } from '../../types.js';

/** Spam categories a line can be given from its vocabulary (labels and user rules aside). */
export type CueCategory = Exclude<RemovalCategory, 'related' | 'boilerplate' | 'user' | 'adlabel'>;

export interface Lexicon {
  /** Function words: ignored when judging whether a line is about the article. */
  stopwords: readonly string[];
  /** Verbs that open a call to action in the imperative ("claim", "téléchargez", "abonnieren sie"). */
  ctaVerbs: readonly string[];
  /** Words that address the reader ("your", "vous", "tu"). */
  secondPerson: readonly string[];
  /** The publisher speaking of itself ("our newsletter", "follow us", "nuestro boletín"). */
  publisherVoice: readonly string[];
  /** The page the reader is on ("this article", "cet article"): a call to action about it addresses the reader ("Gift this article"). */
  pageReference?: readonly string[];
  /** Second-person words that only count in this exact case (German "Sie" vs "sie"). */
  secondPersonCased?: readonly string[];
  /** Promotional nouns and adjectives ("free", "deal", "gratis"). */
  promo: readonly string[];
  /** Time pressure ("today only", "hurry", "jetzt"). */
  urgency: readonly string[];
  /** Reporting and narration ("said", "according to", "was"): the voice of an article, rarely of an ad. */
  narrative: readonly string[];
  /** Bait and sensational wording ("shocking", "doctors hate", "secret"). */
  clickbait: readonly string[];
  /** Words typical of each kind of insertion; they decide the category of a removal. */
  cues: Readonly<Partial<Record<CueCategory, readonly string[]>>>;
  /** Ad labels that make up a whole line ("Advertisement", "Anzeige", "Story continues below"). */
  adLabels: readonly string[];
  /** Labels that open a link line to another story ("Read more", "Lire aussi"). */
  relatedLabels: readonly string[];
}
