// The reader's side of a line: its calls to action (an imperative that opens a clause or is pinned
// to "here", a hand pointing at the link, a short question put to the reader) and the time words
// that urge rather than date. features.ts weighs them with the rest.
import type { CompiledLexicon } from './lexicon/index.js';
import { answerOptions, pointsAtLink, promoCode } from './shapes.js';
import { withoutHits } from './hits.js';
import { matchAt, type TermHits, type Terms, type WordBits } from './terms.js';
import { FULL_STOP, LABEL_WORD, type Tokens, tokenize } from './text.js';

/**
 * First words of a question put to the reader, its subject left out ("Enjoying this coverage?",
 * "Want more?", "Quer receber …?", "Lust auf mehr?"). A question with its subject ("Is the deal
 * good for consumers?") is the article asking.
 */
const READER_QUESTION_LEADS = new Set([
  'want', 'need', 'looking', 'enjoying', 'enjoyed', 'like', 'love', 'prefer', 'tired', 'ready', 'curious', 'interested', 'got', 'fancy', 'think',
  'quieres', 'buscas', 'necesitas', 'quer', 'procura', 'precisa', 'gostou', 'curtiu', 'envie', 'besoin', 'lust', 'suchen',
  // A question about the reader's standing with the site ("Already a subscriber?", "¿Ya eres socio?",
  // "Déjà abonné ?", "Já é assinante?", "Bereits registriert?").
  'already', 'ya', 'deja', 'ja', 'bereits', 'schon',
]);
/**
 * English participles open a reader question too ("Hiring?", "Selling your home?", "Planning a
 * trip?"); "Nothing?" and "Anything?" are pronouns.
 */
const PARTICIPLE = /^(?![a-z]*thing$)[a-z]{3,}ing$/;
/**
 * A donation appeal's closing ask, a question put to the reader ("Can you help?", "Will you chip in
 * $5 today?", "¿Puedes ayudarnos?", "Können Sie uns unterstützen?"): a modal, then "you", in the
 * line's last sentence. The gate makes it a call only beside a donation's words: a police appeal
 * asks "Can you help?" too, after its news, and the news before it stays a statement.
 */
const ASK_MODALS = new Set(['can', 'could', 'will', 'would', 'puedes', 'podrias', 'pouvez', 'pourriez', 'pode', 'podes', 'poderia', 'konnen', 'konnten', 'wurden']);
const ASK_YOU = new Set(['you', 'vous', 'voce', 'sie']);
/** Spanish and Portuguese modals that leave "you" out ("¿Puedes ayudarnos?", "Pode nos ajudar?"). */
const YOU_IN_VERB = /^(?:pod|pued)/;
/** What the ask asks for: help, a gift, support ("chip in", "ayudarnos", "nous soutenir", "unterstützen"). */
const ASK_VERB = /^(?:help|give|support|chip|donat|contribut|join|spare|back|becom|ayud|apoy|colabor|aid|souten|unterstutz|helfen|ajud|apoi)/;
const LAST_QUESTION = /(?:^|[.!?…:]\s+)([^.!?…:]{3,80}\?)\s*$/u;
export interface ClosingAsk {
  /** The ask as the reason quotes it ("can you help?"). */
  ask: string;
  /** Where its question starts in the line. */
  at: number;
}
export function closingAsk(text: string): ClosingAsk | null {
  if (!text.endsWith('?')) return null;
  const m = LAST_QUESTION.exec(text);
  const q = m?.[1];
  if (!m || !q) return null;
  const words = tokenize(q).words;
  const ask = words.length <= READER_QUESTION_WORDS && ASK_MODALS.has(words[0] ?? '') && (ASK_YOU.has(words[1] ?? '') || YOU_IN_VERB.test(words[0]!))
    && words.slice(1, 4).some((w) => ASK_VERB.test(w));
  return ask ? { ask: `${words.slice(0, 3).join(' ')}?`, at: m.index + m[0].indexOf(q) } : null;
}

/** A question of at most this many words opens a reader question; a longer one is the article's. */
const READER_QUESTION_WORDS = 8;

/** The lead of a line that opens with a short question put to the reader, or null. */
function readerQuestion(text: string, words: readonly string[]): string | null {
  const q = text.indexOf('?');
  if (q < 0 || q === text.length - 1 || !(READER_QUESTION_LEADS.has(words[0] ?? '') || PARTICIPLE.test(words[0] ?? ''))) return null;
  const lead = tokenize(text.slice(0, q)).words;
  return lead.length <= READER_QUESTION_WORDS ? `${lead.join(' ')}?` : null;
}

/** Pronouns French and Portuguese imperatives take after a hyphen ("abonnez-vous", "cadastre-se"). */
const CLITICS = new Set(['vous', 'nous', 'toi', 'moi', 'le', 'la', 'les', 'se', 'te', 'me', 'nos', 'lo', 'a', 'o', 'y', 'en', 'lui', 'leur']);

/** Objects that make a call to action the author's contact line ("Follow him on X"). */
const AUTHOR_OBJECTS = new Set(['him', 'her']);
/** Words that lead into an imperative ("please subscribe", "just confirm", "bitte klicken"). */
const IMPERATIVE_LEADS = new Set(['please', 'just', 'simply', 'bitte', 'favor', 'plait']);
/** Words that pin a call to action to this very spot ("click here", "buy now", "jetzt", "ici"). */
const DEICTIC = new Set(['here', 'now', 'below', 'aqui', 'ahora', 'ya', 'hier', 'jetzt', 'ici', 'maintenant', 'agora']);
/**
 * Words that make the call word after them a noun ("The farm's online shop now accounts for …",
 * "the vote now stands at …"): a determiner, a possessive's "s", or a word that qualifies a shop.
 */
const NOUN_LEADS = new Set(['the', 'a', 'an', 'its', 'his', 'their', 's', 'this', 'that', 'online', 'el', 'los', 'las', 'les', 'der', 'die', 'das', 'den', 'dem', 'des']);
/** Objects that may stand between a verb and its "here" ("get it here", "hol sie dir jetzt"). */
const DEICTIC_OBJECTS = new Set(['it', 'them', 'yours', 'one', 'lo', 'la', 'le', 'es', 'sie']);
/**
 * Leads that end at a comma and hand over to an imperative ("For more local news, find us on …",
 * "Para más información, visita …"): the verb after the comma opens the clause though no capital
 * marks it. Not "If you …,": how-to articles advise that way ("If you already have an account,
 * visit your account page").
 */
const LEADS = [
  ['for', 'more'], ['para', 'mas'], ['pour', 'plus'], ['pour', 'en'], ['fur', 'mehr'], ['para', 'mais'],
  // A purpose that names what the reader is after ("To view this content, allow cookies …").
  ['to', 'view'], ['to', 'see'], ['to', 'watch'], ['to', 'listen'], ['to', 'read'], ['to', 'continue'], ['to', 'access'],
  ['para', 'ver'], ['pour', 'voir'], ['pour', 'lire'], ['pour', 'continuer'], ['um', 'diesen'],
];

/**
 * How the clause after such a lead may tell the reader what to do instead of an imperative ("To
 * watch this video, you need to enable JavaScript", "Pour voir ce contenu, vous devez accepter …"),
 * when the lead points at something on the page: "To see the eclipse, you will need to find a dark
 * spot" is advice.
 */
const DEMONSTRATIVES = new Set(['this', 'these', 'ce', 'cette', 'ces', 'este', 'esta', 'estos', 'esse', 'essa', 'diesen', 'dieses', 'diese']);
const MODAL_ADDRESS = [
  ['you', 'need', 'to'], ['you', 'must'], ['you', 'have', 'to'], ['you', 'will', 'need', 'to'],
  ['vous', 'devez'], ['il', 'faut'], ['debes'], ['necesitas'], ['tienes', 'que'], ['voce', 'precisa'], ['voce', 'deve'], ['e', 'preciso'],
];

/**
 * The index of the word that opens the clause after a lead and its comma, past any modal address,
 * or -1. The lead opens a sentence: the line's first or a later one ("This content is hosted by a
 * third party. To view it, accept …").
 */
function afterLeadStart(text: string, tokens: Tokens): number {
  const { words, raws, clauseStarts } = tokens;
  const at = words.findIndex((w, i) => clauseStarts[i]! && LEADS.some(([a, b]) => w === a && words[i + 1] === b));
  if (at < 0) return -1;
  const from = at === 0 ? 0 : text.indexOf(`${raws[at]} ${raws[at + 1]}`);
  const comma = from < 0 ? -1 : text.indexOf(',', from);
  if (comma < 0) return -1;
  const leadWords = at + tokenize(text.slice(from, comma)).words.length;
  if (!DEMONSTRATIVES.has(words[at + 2] ?? '')) return leadWords;
  const modal = MODAL_ADDRESS.find((m) => m.every((w, k) => words[leadWords + k] === w));
  return leadWords + (modal?.length ?? 0);
}

/**
 * Relative words the narrative list holds (prose is full of them) that begin the object of a call
 * rather than narrate: "Tell us who you trust", "See which plan suits you".
 */
const WH_OBJECTS = new Set(['who', 'which', 'whose']);

/**
 * Participles an offer puts after its verb as adjectives ("Unlock unlimited access", "Get limited
 * edition prints", "Try advanced features"): not a past tense that narrates. Neither is a word
 * negated by "un-".
 */
const SELLING_PARTICIPLES = new Set([
  'limited', 'selected', 'featured', 'curated', 'detailed', 'dedicated', 'trusted', 'verified', 'advanced', 'guaranteed',
  'personalised', 'personalized', 'certified', 'updated', 'signed', 'discounted', 'reduced',
]);

/**
 * Verbs whose object may be a gerund ("Keep reading", "Start saving"). After any other call word a
 * gerund followed by a preposition or a verb makes a compound noun, the subject of a report ("Vote
 * counting in the synod election is expected to …", "Share buying was heavy").
 */
const GERUND_VERBS = new Set(['keep', 'start', 'stop', 'try', 'begin', 'continue', 'enjoy', 'go', 'get']);
const AFTER_COMPOUND = new Set(['in', 'on', 'at', 'of', 'is', 'was', 'are', 'were', 'has', 'had', 'will']);

/**
 * A call word, a noun and, later in the same clause, a finite verb: the two words are a compound
 * noun, the subject of a report ("Shop stewards at the plant were handing out leaflets", "Download
 * speeds in rural areas are half the national average"). A clause word before the verb starts
 * another clause, whose verb it is ("Claim rewards that are waiting", "Book seats early as places
 * are limited").
 */
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);
const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'as', 'because', 'since', 'if', 'before', 'after', 'until',
  'so', 'but', 'and', 'or', 'it', 'they', 'you', 'we', 'there',
]);
/** Words between the noun and the verb at most ("stewards at the plant were"). */
const SUBJECT_REACH = 5;
const LETTERS_ONLY = /^\p{L}+$/u;

/** Adverbs of care that make an imperative advice, and how many words after the verb they may stand. */
const CARE_ADVERBS = new Set(['carefully', 'closely', 'thoroughly', 'cautiously', 'regularly', 'safely', 'attentivement', 'atentamente', 'cuidadosamente', 'sorgfaltig', 'regelmassig']);
const ADVICE_REACH = 8;

/**
 * The calls to action of a line: a verb that opens a clause, or is pinned to "here"/"now" wherever
 * it stands ("…, click here to shop"). "Share prices fell", "Follow the money, investigators say":
 * a verb followed by narration is a statement, not an imperative.
 */
function ctaStartsOf(text: string, tokens: Tokens, bits: WordBits, lex: CompiledLexicon): string[] {
  const { words, clauseStarts } = tokens;
  if (!(bits.any & lex.cta.bit)) return [];
  // A past tense right after the verb, or after the noun it turns out to be ("Share prices rallied");
  // after a function word it is an adjective ("Subscribe for unlimited access").
  const pastTense = (k: number): boolean => { const w = words[k] ?? ''; return w.length >= 5 && w.endsWith('ed') && !w.startsWith('un') && !SELLING_PARTICIPLES.has(w); };
  // An imperative told to take care is advice ("Read the menu carefully", "Check your statements
  // regularly"): a sales call urges speed, not care. The adverb stands in the verb's own clause.
  const advised = (i: number): boolean => {
    for (let k = i + 1; k <= i + ADVICE_REACH && k < words.length && (k === i + 1 || !clauseStarts[k]); k++) if (CARE_ADVERBS.has(words[k]!)) return true;
    return false;
  };
  const subjectOfReport = (i: number): boolean => {
    const noun = words[i + 1] ?? '';
    if (noun.length < 3 || lex.stopwords.has(noun) || !LETTERS_ONLY.test(noun)) return false;
    for (let k = i + 2; k <= i + 1 + SUBJECT_REACH && k < words.length && !clauseStarts[k]!; k++) {
      if (FINITE.has(words[k]!)) return true;
      if (CLAUSE_WORDS.has(words[k]!)) return false;
    }
    return false;
  };
  const narrated = (i: number): boolean =>
    subjectOfReport(i) || [1, 2].some((k) => matchAt(lex.narrative, words, i + k, bits) > 0 && !WH_OBJECTS.has(words[i + k]!)) || pastTense(i + 1) || (pastTense(i + 2) && !lex.stopwords.has(words[i + 1]!))
    || advised(i) || (!GERUND_VERBS.has(words[i]!) && PARTICIPLE.test(words[i + 1] ?? '') && AFTER_COMPOUND.has(words[i + 2] ?? ''));
  // Read only for a call word that does not open a clause: most lines have none.
  let afterLead: number | undefined;
  // A verb hyphened to the next word is half of a noun ("Follow-up tests", "check-in desk"), and
  // so is a phrasal verb written with a hyphen ("Sign-up for the scheme closes in March"); a verb
  // hyphened to its pronoun is an imperative ("Abonnez-vous", "Inscreva-se", "Suivez-nous").
  const hyphenedNoun = (k: number): boolean => tokens.joined[k]! && !CLITICS.has(words[k]!);
  const hyphenedPronoun = (k: number): boolean => tokens.joined[k]! && CLITICS.has(words[k]!);
  const starts: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!((bits.single[i]! | bits.heads[i]!) & lex.cta.bit)) continue;
    const len = matchAt(lex.cta, words, i, bits);
    if (!len || hyphenedNoun(i + len)) continue;
    // Only the verb's own hyphen makes the noun: further in, it joins the call's words ("Make a one-off gift").
    if (len > 1 && hyphenedNoun(i + 1)) continue;
    // "Follow him on X", "Email her at …": the author's contact line in a bio, not the site's call.
    if (AUTHOR_OBJECTS.has(words[i + len] ?? '')) continue;
    // A verb with "of" after it is a noun ("Share of teens who …", "Vote of no confidence", "Call of
    // Duty"); a call made of several words may go on with one ("Make a gift of $50 today").
    if (len === 1 && words[i + 1] === 'of') continue;
    // A line's first word set off by a colon labels what follows ("Claim: A viral video says …",
    // "Verdict: False"), as a fact check or a Q&A does: a noun, not an order.
    if (i === 0 && len === 1 && LABEL_WORD.test(text)) continue;
    // "Please" addresses the reader wherever it stands ("If you value our work, please consider…").
    const next = words[i + len] ?? '';
    // A verb hyphened to its pronoun is an imperative wherever it stands ("…, abonnez-vous à notre lettre").
    const pinned = ((DEICTIC.has(next) || (DEICTIC_OBJECTS.has(next) && DEICTIC.has(words[i + len + 1] ?? ''))) && !NOUN_LEADS.has(words[i - 1] ?? ''))
      || IMPERATIVE_LEADS.has(words[i - 1] ?? '') || IMPERATIVE_LEADS.has(words[i]!) || hyphenedPronoun(i + len) || (len > 1 && hyphenedPronoun(i + len - 1));
    if (pinned || ((clauseStarts[i]! || i === (afterLead ??= afterLeadStart(text, tokens))) && !narrated(i + len - 1))) starts.push(words.slice(i, i + len).join(' '));
  }
  return [...new Set(starts)];
}

/**
 * Urgency words that are also plain time words of news ("the newsletter now has 80,000 subscribers",
 * Spanish "ya": "already" as often as "now").
 */
const TIMELY = new Set(['now', 'today', 'tonight', 'ahora', 'ya', 'hoy', 'maintenant', 'jetzt', 'heute', 'agora', 'hoje']);

/**
 * `urgency` without the time words that sit inside a clause: "now" urges the reader when it opens
 * or closes a clause ("Now 40% off", "Get it now — while stocks last") or follows a call to action
 * ("Subscribe now and save"), not in "the newsletter now has 80,000 subscribers".
 */
export function timelyInPlace(urgency: TermHits, tokens: Tokens, bits: WordBits, lex: CompiledLexicon): TermHits {
  if (!urgency.hits.some((h) => TIMELY.has(h))) return urgency;
  const { words, clauseStarts } = tokens;
  const pinned = (w: string): boolean =>
    words.some((x, i) => x === w && (clauseStarts[i]! || i === words.length - 1 || clauseStarts[i + 1]! || (i > 0 && matchAt(lex.cta, words, i - 1, bits) === 1)));
  return withoutHits(urgency, (h) => !TIMELY.has(h) || pinned(h));
}

/** A numbered step of instructions ("Step 3: Open the app and tap …", "Étape 2 :"): the article's how-to, not a call. */
const STEP = /^\s*(?:step|paso|[ée]tape|passo|schritt)\s?\d{1,2}\s?[:.)–—-]/iu;

/**
 * Every call to action of a line: its imperatives (`text`, `tokens` and `bits` are the line without
 * quoted speech), and what calls as a verb does: a hand pointing at the link, a poll's buttons, a
 * promo code to type, or a short question put to the reader before the line goes on ("Enjoying
 * this coverage? Our team sends …").
 */
export function callsOf(line: string, text: string, tokens: Tokens, bits: WordBits, lex: CompiledLexicon): string[] {
  if (STEP.test(line)) return [];
  const pointer = pointsAtLink(line) ?? answerOptions(tokens.words) ?? promoCode(line, tokens.words, bits) ?? readerQuestion(text, tokens.words);
  return pointer ? [...ctaStartsOf(text, tokens, bits, lex), pointer] : ctaStartsOf(text, tokens, bits, lex);
}

/** Words a button may carry besides its call ("Tweet this", "Accept all", "Jetzt spenden"). */
const BUTTON_FILLERS = new Set([
  'this', 'all', 'now', 'here', 'today', 'us', 'it', 'more', 'tout', 'tous', 'toutes', 'ici', 'maintenant', 'todo', 'todos', 'todas',
  'aqui', 'ahora', 'hoy', 'agora', 'hoje', 'alle', 'jetzt', 'hier', 'heute',
  // Two calls joined ("Accept and continue", "Accepter et fermer").
  'and', 'et', 'y', 'e', 'und',
]);
/** A button's caption holds this many words at most. */
const BUTTON_WORDS = 3;

/**
 * A button's caption left in the text: a call to action, or a consent, donation or sharing phrase,
 * with nothing else but a filler word ("Donate", "Tweet this", "Seja assinante", "Tout refuser").
 * It must name its category (`cue`: the terms of the line's category): "Try yoga" and "Take
 * inventory" head the points of a list of advice. A lone word must be the call itself: "Cookies"
 * heads a recipe. `calls` are the line's calls to action. The caption, or null.
 */
export function buttonCaption(words: readonly string[], bits: WordBits, lex: CompiledLexicon, calls: readonly string[], cue: Terms | null): string | null {
  const n = words.length;
  if (n === 0 || n > BUTTON_WORDS || !cue) return null;
  const callBits = lex.cta.bit | lex.cueBits;
  for (let i = 0; i < n; ) {
    // A call of several words covers them all ("S'abonner", "Je m'abonne").
    const call = matchAt(lex.cta, words, i, bits);
    if (call > 0) i += call;
    else if ((bits.single[i]! | bits.heads[i]!) & callBits || BUTTON_FILLERS.has(words[i]!)) i++;
    else return null;
  }
  return calls.length > 0 || (n > 1 && matchAt(cue, words, 0, bits) === n) ? words.join(' ') : null;
}

/** The stores an app badge names ("Get it on Google Play", "Disponible sur l'App Store"). */
const STORES: ReadonlyArray<readonly string[]> = [['google', 'play'], ['app', 'store'], ['play', 'store'], ['appgallery'], ['microsoft', 'store']];
/**
 * Words a store badge may carry besides calls and fillers: "available", a preposition, an article
 * ("Available on the …"). Not a verb such as "is": "The app is on Google Play" is a statement.
 */
const BADGE_WORDS = new Set([
  'available', 'disponible', 'disponivel', 'verfugbar', 'erhaltlich', 'on', 'in', 'from', 'sur', 'dans', 'en', 'no', 'na', 'em', 'bei', 'im', 'auf',
  'the', 'l', 'le', 'la', 'el', 'o', 'a', 'der', 'die', 'dem',
]);
/** A badge holds this many words at most. */
const BADGE_MAX_WORDS = 6;

/**
 * An app store's badge left as text ("Get it on Google Play", "Download on the App Store",
 * "Disponível no Google Play"): a store's name and nothing else but a call, a filler or a badge
 * word. The badge, or null.
 */
export function storeBadge(words: readonly string[], bits: WordBits, lex: CompiledLexicon): string | null {
  const n = words.length;
  if (n < 2 || n > BADGE_MAX_WORDS) return null;
  const at = STORES.map((s) => [s.length, words.findIndex((_, i) => s.every((w, k) => words[i + k] === w))] as const).find(([, i]) => i >= 0);
  if (!at) return null;
  const [len, start] = at;
  for (let i = 0; i < n; i++) {
    if (i >= start && i < start + len) continue;
    const w = words[i]!;
    if (!(bits.single[i]! & lex.cta.bit) && !BUTTON_FILLERS.has(w) && !BADGE_WORDS.has(w)) return null;
  }
  return words.join(' ');
}

/**
 * A teaser that speaks to the reader ("… number 7 will shock you", "Vous ne devinerez jamais …"):
 * a bait phrase of several words with "you" in it, in a headline (no full stop: "The film's twist
 * will surprise you less than its casting." is a review's sentence). It asks for the click as a
 * call to action does; in quoted speech it addresses no reader (the "you" is not counted), so the
 * call is never an addressed one. `clickbait` holds the line's bait phrases.
 */
export function readerTeaser(clickbait: TermHits, text: string, lex: CompiledLexicon): string | null {
  if (clickbait.count === 0 || FULL_STOP.test(text)) return null;
  return clickbait.hits.find((h) => h.includes(' ') && h.split(' ').some((w) => lex.secondPerson.words.has(w))) ?? null;
}

/** Words after an opening call before its object: an article or a possessive ("Download our free app"). */
const OBJECT_REACH = 3;

/** A closing clause of at most this many words is a call tacked onto a headline ("… (see prices)"). */
const CLOSING_CALL_WORDS = 4;

/**
 * Whether the line opens on a call whose object, within OBJECT_REACH words of its own clause, is
 * a word of the line's category (`cue`): "Turn on notifications to get …", "Join our Facebook
 * group for …", "Download the free app". The call acts on the site's own furniture, as a button
 * does, however long the sentence runs on. A headline may close on such a call as well, in a
 * short clause of its own ("Unsold SUVs are almost being given away (see prices)", "… — confira
 * os preços").
 */
export function callsOnCategoryWord(cue: Terms, calls: readonly string[], tokens: Tokens, bits: WordBits, lex: CompiledLexicon): boolean {
  if (calls.length === 0) return false;
  const { words, clauseStarts } = tokens;
  const callOnCueAt = (start: number): boolean => {
    const len = matchAt(lex.cta, words, start, bits);
    if (len === 0 || !calls.includes(words.slice(start, start + len).join(' '))) return false;
    const end = start + len;
    for (let k = end; k < words.length && k <= end + OBJECT_REACH && (k === end || !clauseStarts[k]); k++) if (matchAt(cue, words, k, bits) > 0) return true;
    return false;
  };
  const last = clauseStarts.lastIndexOf(true);
  return callOnCueAt(0) || (last > 0 && words.length - last <= CLOSING_CALL_WORDS && callOnCueAt(last));
}
