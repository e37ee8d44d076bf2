// Shapes of a spam line that no single word gives away (prices are in prices.ts): a sum of money
// grown into a bigger one, a result promised within days, a deadline, a hand pointing at the link.
// Read from the line's folded words where possible, so they hold in every language of the lists at
// once, and without long case-insensitive regexes, which cost a fresh content script time to compile.
import { fold, FULL_STOP, matchesOf } from './text.js';
import { wordBits, wordClass, type WordBits } from './terms.js';

/**
 * "turned $250 into $8,900", "convirtió 200 € en 5.000 €", "R$ 300 em R$ 9 mil", "Turn $250 into
 * passive income": money made into more money.
 */
const MONEY_GROWTH = /(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?[$€£])(?:\s?(?:k|mil))?\s+(?:into|en|em|in)\s+(?:R?[$€£]\s?\d|\d[\d.,]*\s?(?:k|mil)?\s?(?:[$€£]|euros?\b|dollars?\b|reais\b)|(?:a\s|an\s|une\s|uma\s|un\s|ein\s)?(?:passive|monthly|daily|second|steady|fortune|revenu|renda|ingreso|einkommen))/u;

/** "could see 100x returns", "des gains x50": money multiplied, the way only a pitch promises it. */
const MULTIPLIED = /\b(?:goes|go|going|went|could go|will go)\s\d{1,4}\s?[x×](?!\p{L})|\b\d{1,4}\s?[x×]\s+(?:(?:your|the|their|sus|vos|seus|ihre)\s)?(?:returns?|gains?|profits?|money|investment|rendements?|ganancias?|retornos?|lucros?|rendite|gewinne?)\b|\b(?:gains?|rendements?|ganancias|retornos?|lucros?|rendite)\s(?:de\s)?[x×]\s?\d{1,4}\b/iu;

const CURRENCY_SIGN = /[$€£]/;

/** A multiplier's mark beside a number ("100x", "x50"): most lines have none, and this test is cheap. */
const TIMES_MARK = /\d\s?[xX×]|[xX×]\s?\d/;

export function moneyGrowth(text: string): boolean {
  // Both shapes hold a number; the first a sign of $, € or £ too, which few lines have.
  return (CURRENCY_SIGN.test(text) && MONEY_GROWTH.test(text)) || (TIMES_MARK.test(text) && MULTIPLIED.test(text));
}

const WITHIN = new Set(['in', 'en', 'em', 'within', 'binnen', 'innerhalb']);
const ON_TOO = new Set(['en', 'em']);
const SMALL_COUNTS = new Set([
  'one', 'two', 'three', 'seven', 'ten', 'dos', 'tres', 'siete', 'diez', 'deux', 'trois', 'sept', 'dix', 'dois', 'duas', 'sete', 'dez',
  'zwei', 'drei', 'sieben', 'zehn',
]);
const SPANS = new Set([
  'day', 'days', 'week', 'weeks', 'night', 'nights', 'dias', 'dia', 'semanas', 'semana', 'noches', 'jours', 'jour', 'semaines', 'nuits',
  'tagen', 'tage', 'wochen', 'woche', 'nachten',
]);
/** Words that may stand between "in" and the span: "in just 7 days", "en solo 7 días", "in nur zwei Wochen", "en quelques jours". */
const BEFORE_SPAN = new Set(['just', 'only', 'solo', 'seulement', 'nur', 'apenas', 'a', 'few', 'quelques', 'unos', 'pocos', 'poucos', 'alguns', 'wenigen']);

/**
 * A result within a few days ("reverses wrinkles in 7 days", "élimine … en quelques jours", "in
 * nur zwei Wochen", "in days"): the promise of a cure or a fortune. News measures in days too, so
 * it only counts beside a scam word.
 */
export function resultWithinDays(words: readonly string[]): boolean {
  for (let i = 0; i + 1 < words.length; i++) {
    if (!WITHIN.has(words[i]!)) continue;
    let k = i + 1;
    while (k < i + 3 && (BEFORE_SPAN.has(words[k]!) || /^\d{1,2}$/.test(words[k]!) || SMALL_COUNTS.has(words[k]!))) k++;
    // "en"/"em" also mean "on": a bare span after them is a kind of day ("em dias nublados").
    if (SPANS.has(words[k] ?? '') && (k > i + 1 || !ON_TOO.has(words[i]!))) return true;
  }
  return false;
}

const DEADLINE_VERBS = new Set(['ends', 'ending', 'expires', 'closes', 'termina', 'terminan', 'acaba', 'finit', 'expire', 'endet', 'enden', 'encerra', 'terminam']);
const DEADLINE_DAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'midnight', 'tonight', 'tomorrow', 'soon',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'medianoche', 'manana',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'minuit', 'demain', 'bientot',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'mitternacht', 'morgen', 'bald',
  'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'meia', 'amanha', 'breve',
]);
/** Words that may stand between the verb and its day ("ends this Friday", "termina el domingo"). */
const DEADLINE_FILLERS = new Set(['this', 'at', 'on', 'el', 'este', 'ce', 'a', 'am', 'diesen', 'na', 'no', 'nesta', 'neste', 'em']);

const DEADLINE_VERB = wordClass(DEADLINE_VERBS);

/** An offer's deadline ("offer ends Friday", "termina el domingo", "endet am Sonntag"): the first such word, or null. */
export function deadline(words: readonly string[], bits: WordBits = wordBits(words)): string | null {
  if (!(bits.classes & DEADLINE_VERB)) return null;
  for (let i = 0; i + 1 < words.length; i++) {
    if (!DEADLINE_VERBS.has(words[i]!)) continue;
    let k = i + 1;
    if (DEADLINE_FILLERS.has(words[k]!)) k++;
    if (DEADLINE_DAYS.has(words[k] ?? '')) return `${words[i]} ${words[k]}`;
  }
  return null;
}

/** Hands and arrows that point the reader at a link ("👉", "👇", "⬇️"). */
const POINTING = /[👉👇👆☝⬇⤵]/u;
/**
 * An arrow or a chevron closing the line ("Check your eligibility here →", "Places limitées »"):
 * the link's own pointer. Not when the line opens a French quotation, whose "»" closes it.
 */
const TRAILING_POINTERS = new Set(['→', '➜', '➡', '⇒', '»', '›']);

export function pointsAtLink(text: string): string | null {
  const hand = POINTING.exec(text)?.[0];
  if (hand) return hand;
  // Read from the end rather than with a "$"-anchored regex, which scans the whole line.
  const end = text.trimEnd();
  const last = end.at(-1) ?? '';
  return TRAILING_POINTERS.has(last) && /\s/.test(end.at(-2) ?? '') && !text.includes('«') && !text.includes('‹') ? last : null;
}

/**
 * A promo code handed to the reader: "with", "use" or "enter", then "code" and a token of capitals
 * and digits ("with code COAST25", "avec le code TOUR20", "mit dem Gutscheincode SOMMER10"). A
 * code in a report ("the gang used the discount code SPRING24") is evidence, and a code of letters
 * alone ("code red") a word.
 */
const PROMO_CODE = /\b(?:with|use|using|enter|apply|avec|utilisez|con|usa|com|mit)\s(?:(?:le|el|la|o|the|a|dem|den|this|our|promo|discount|voucher|coupon|rabais|descuento|desconto|de|del|do)\s){0,2}(?:codes?|código|codigo|cupón|cupon|cupom|coupon|gutscheincode|rabattcode|aktionscode|code promo|código promocional)\s?:?\s["'“«]?\s?([A-Z][A-Z0-9]*\d[A-Z0-9]*)\b/iu;

/** The code as a label opening the line ("Code promo JOUEUR10 : -10 %", "Code SCENE15 : …", "Promo code: SPRING25 for 20% off"). */
const CODE_LABEL = /^\s*(?:(?:promo|discount|voucher|coupon)\scode|code(?:\s(?:promo|de\sréduction|réduction))?|c[óo]digo(?:\s(?:promocional|de\sdescuento|de\sdesconto))?|cup[óo]n(?:\sde\sdescuento)?|cupom(?:\sde\sdesconto)?|gutscheincode|rabattcode|aktionscode)\s?:?\s["'“«]?\s?([A-Z][A-Z0-9]*\d[A-Z0-9]*)\b/iu;

const CODE_WORDS = new Set(['code', 'codes', 'codigo', 'cupon', 'cupom', 'coupon', 'gutscheincode', 'rabattcode', 'aktionscode']);

const CODE_WORD = wordClass(CODE_WORDS);

/**
 * A keyword to text to a short number ("Text FIGHT to 30330", "Envía AYUDA al 28014", "Envoyez
 * DON au 92300"): a campaign's or an appeal's code, handed to the reader as a promo code is. A
 * report quotes the number, not a keyword in capitals before it.
 */
const TEXT_KEYWORD = /\b(?:text|sms|envía|envia|envoyez|envoie|envie|sende|senden sie|schicken sie)\s["'“«]?([A-Z][A-Z0-9]+)["'”»]?\s(?:to|al|au|para|pro|an|a)\s\d{3,6}\b/iu;
const TEXT_WORD = wordClass(['text', 'sms', 'envia', 'envoyez', 'envoie', 'envie', 'sende', 'senden', 'schicken']);

export function promoCode(text: string, words: readonly string[], bits: WordBits = wordBits(words)): string | null {
  // Most lines name no code: a look at the folded words first spares them the regex.
  const m = (bits.classes & CODE_WORD ? (PROMO_CODE.exec(text) ?? CODE_LABEL.exec(text)) : null)
    ?? (bits.classes & TEXT_WORD ? TEXT_KEYWORD.exec(text) : null);
  return m && /[A-Z]{2}/.test(m[1]!) ? `${CODE_CALL}${m[1]}` : null;
}

const CODE_CALL = 'code ';
/** Whether a call of `callsOf` (calls.ts) is a promo code handed to the reader. */
export const isCodeCall = (call: string): boolean => call.startsWith(CODE_CALL);

const EARNING = new Set([
  'earn', 'earns', 'earning', 'make', 'makes', 'making', 'pocket', 'pocketing', 'gana', 'ganan', 'ganar', 'ganando',
  'gagne', 'gagnent', 'gagner', 'ganha', 'ganham', 'ganhar', 'ganhando', 'verdienen', 'verdient', 'verdiene',
]);
const PER = new Set(['a', 'per', 'each', 'every', 'al', 'por', 'par', 'pro', 'am', 'im']);
const DAY = new Set(['day', 'dia', 'jour', 'tag']);
/** Longer periods: a wage in a report as often as a scheme's income, told apart by the line's shape. */
const LONGER = new Set(['week', 'month', 'semana', 'mes', 'semaine', 'mois', 'woche', 'monat']);
/** Digits of a sum, with or without a currency sign or letter ("R15,000", "$1.200", "3 000"). */
const AMOUNT = /^\d{3,}$|^\d{1,3}(?:[.,\s]\d{3})+$/;

/** A sum and the two words after it ("15,000 a day", "900 € al día"). */
const SUM_PER = /(\d[\d.,]*(?:\s\d{3})*)\s?(?:[$€£]|euros?|dollars?|reais)?\s(\p{L}+)\s(\p{L}+)/gu;

const DAY_WORD = wordClass(DAY);
const LONGER_WORD = wordClass(LONGER);
const EARNING_WORD = wordClass(EARNING);

/**
 * Money made every day ("quietly earning R15,000 a day", "ganan 900 € al día"): the income of a
 * get-rich scheme. Sums under a hundred are a wage in a report ("earning $5 a day"). A week's or a
 * month's counts only in a headline-shaped line with no full stop ("Ex-nurse reveals how she makes
 * $13,000 a month from her sofa"): a report of wages is a sentence ("Drivers earn $3,000 a month.").
 */
export function steadyIncome(text: string, words: readonly string[], bits: WordBits = wordBits(words)): boolean {
  // "make" is an everyday word: the period must be named too before the regex runs.
  if ((bits.classes & EARNING_WORD) === 0 || (bits.classes & (DAY_WORD | LONGER_WORD)) === 0) return false;
  const longer = (bits.classes & LONGER_WORD) !== 0 && !FULL_STOP.test(text);
  for (const m of matchesOf(SUM_PER, text)) {
    if (!AMOUNT.test(m[1]!.replace(/[.,]$/, '')) || !PER.has(m[2]!.toLowerCase())) continue;
    const period = fold(m[3]!);
    if (DAY.has(period) || (longer && LONGER.has(period))) return true;
  }
  return false;
}

const YES = new Set(['yes', 'si', 'oui', 'sim', 'ja']);
const NO = new Set(['no', 'non', 'nao', 'nein']);

/** A poll's buttons closing the line ("… fix the housing crisis? Yes / No", "Oui / Non"). */
export function answerOptions(words: readonly string[]): string | null {
  const n = words.length;
  return n >= 3 && YES.has(words[n - 2]!) && NO.has(words[n - 1]!) ? `${words[n - 2]} / ${words[n - 1]}` : null;
}

/**
 * Nouns that name a newspaper, a broadcaster or a newsletter in a masthead ("the Northfield
 * Gazette", "The Valley Voice", "Diário do Porto"). Not "Post", "Star", "Sun", "Mail", "Times" or
 * "News" alone: they are everyday words and the names of other papers a report cites.
 */
const MASTHEAD_NOUNS = [
  'Gazette', 'Herald', 'Courier', 'Tribune', 'Chronicle', 'Ledger', 'Voice', 'Telegraph', 'Observer', 'Examiner', 'Inquirer', 'Sentinel', 'Dispatch', 'Bulletin', 'Argus', 'Gleaner', 'Advertiser', 'Diario', 'Diário', 'Heraldo', 'Gaceta', 'Gazeta', 'Jornal', 'Correio', 'Courrier', 'Dépêche', 'Zeitung', 'Anzeiger', 'Kurier', 'Rundschau', 'Tagblatt', 'Brief', 'Briefing', 'Weekender', 'Digest',
].join('|');
const MASTHEAD = new RegExp(`(?:\\b(?:[Tt]he|[Oo]ur)\\s|\\b\\p{Lu}[\\p{L}'’&.-]*\\s)(${MASTHEAD_NOUNS})\\b`, 'u');
const MASTHEAD_NOUN = new RegExp(MASTHEAD_NOUNS, 'u');

/** A masthead named in the line ("The Gazette's souvenir edition is on sale"), or null. */
export function namesMasthead(text: string): string | null {
  // The nouns alone first: a literal search is cheap, the names before them are not.
  return MASTHEAD_NOUN.test(text) ? (MASTHEAD.exec(text)?.[1] ?? null) : null;
}

// A hashtag ("#CoastSnaps"), or a handle in brackets after a name, as an embedded post's caption
// gives it ("A post shared by Mara Quill (@mara.quill)"): the words are the account's, the sign
// makes it social media's. A handle may open on a digit ("@3rdarmoured") if a letter follows. A
// handle elsewhere is often an author's contact ("Follow her on X @anaruiz"), and
// "jane@example.com" an address.
const HANDLE = '@(?=[\\p{N}_]*\\p{L})[\\p{L}\\p{N}_]+(?:\\.[\\p{L}\\p{N}_]+)*';
// A handle right after the verb that asks the reader to follow it is the site's prompt ("Follow
// @PhotoDesk on X", "Siga @jornal"): a bio names whom first ("Follow her on X @anaruiz").
const FOLLOW_VERBS = 'follow|siga|sigue|suivez|folgen\\s+sie|folge';
const FOLLOW_HANDLE = `(?:^|[\\s(])(?:${FOLLOW_VERBS})(?:[\\s-]+(?:us|nous|nos|a|uns))?\\s+(${HANDLE})`;
/**
 * What SOCIAL_TAG's forms need besides a "(@": a "#" opening a word, or a verb asking to follow.
 * Neither is Unicode-aware or long, so neither costs a fresh content script a compilation to speak of.
 */
const HASH = /(?:^|[\s(])#[^\s\d#]/;
const FOLLOW = new RegExp(FOLLOW_VERBS, 'i');
const SOCIAL_TAG = new RegExp(`(?:^|[\\s(])(#\\p{L}[\\p{L}\\p{N}_]*)|\\((${HANDLE})\\)|${FOLLOW_HANDLE}`, 'iu');

/**
 * The line's first hashtag, bracketed handle or handle to follow, a social-media word in its own
 * right; one at most, since a prompt tags one ("Send your photos using #WallWatch") and a line
 * that lists several names what the story is about.
 */
export function socialTag(text: string): string[] {
  // SOCIAL_TAG costs a fresh content script its compilation on the first line it meets: most lines
  // with a "#" or an "@" (a list number, an e-mail address) can be told apart without it.
  const m = text.includes('(@') || (text.includes('#') && HASH.test(text)) || (text.includes('@') && FOLLOW.test(text)) ? SOCIAL_TAG.exec(text) : null;
  return m ? [(m[1] ?? m[2] ?? m[3])!] : [];
}

/**
 * The signature an embedded post leaves when its script does not run: a dash, the account's name,
 * its handle in brackets and the date ("— Red Carpet Watch (@redcarpetwatch) March 10, 2024",
 * "— Mairie de Lyon (@Lyon) 4 mars 2024"). The post's words above it may be news; the signature
 * is the embed's furniture.
 */
const EMBED_SIGNATURE = /^\s*[—–-]\s*[^()]{1,60}\s\(@[\p{L}\p{N}_.]+\)\s+(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\.?\s+(?:de\s+)?\p{L}+\.?\s+(?:de\s+)?\d{4})\s*$/u;

export const embedSignature = (text: string): boolean => text.includes('(@') && EMBED_SIGNATURE.test(text);
/** What the signature shows as its category's word, in the reason too ("social wording ('embedded post')"). */
export const EMBEDDED_POST = 'embedded post';

/**
 * An offer's small print: an age limit ("18+", "+18") or its terms ("T&Cs apply", "Jouer comporte
 * des risques"). No report prints it; a plainly written bet offer carries it.
 */
const AGE_LIMIT = /(?:^|[\s(,.|])(?:18|21)\+(?=$|[\s),.|])|(?:^|[\s(|])\+18\b|\bT&Cs?\b/u;
const TERMS = /\bterms (?:and conditions )?apply\b|conditions s['’]appliquent|jouer comporte des risques|juega con responsabilidad|se aplican (?:condiciones|términos)|(?:aposte|jogue) com responsabilidade|proibido para menores|gelten die AGB/iu;
const TERMS_WORD = wordClass(['terms', 'conditions', 'jouer', 'juega', 'aplican', 'aposte', 'jogue', 'proibido', 'agb']);

export function smallPrint(text: string, bits: WordBits): boolean {
  // Most lines hold neither sign nor word of it: cheap looks first spare them the regexes.
  return ((text.includes('+') || text.includes('&')) && AGE_LIMIT.test(text)) || ((bits.classes & TERMS_WORD) !== 0 && TERMS.test(text));
}

/**
 * A paywall's meter, told to the reader: how many stories they have read or have left ("You've
 * read 3 of your 5 free articles", "Il vous reste 2 articles gratuits", "Você atingiu o limite de
 * 5 matérias"). A report counts a readership, not "you".
 */
const METER = new RegExp([
  String.raw`\byou(?:'ve|’ve| have)\s+(?:read|used|viewed|reached)\s+(?:\d+|all|your)\s+(?:of\s+(?:your\s+)?\d+\s+)?(?:free\s+)?(?:articles?|stories|story|limit)\b`,
  String.raw`\byou have\s+\d+\s+(?:free\s+)?(?:articles?|stories|story)\s+(?:left|remaining)\b`,
  String.raw`\bhas\s+le[ií]do\s+\d+\s+de\s+\d+|\bte\s+quedan?\s+\d+\s+art[ií]culos?`,
  String.raw`\bil\s+vous\s+reste\s+\d+\s+articles?|\bvous\s+avez\s+(?:lu|consulté)\s+\d+\s+(?:articles?|sur\s+\d+)`,
  String.raw`\bvoc[êe]\s+(?:já\s+)?(?:leu|atingiu\s+o\s+limite\s+de)\s+\d+|\brestam?(?:-lhe)?\s+\d+\s+(?:matérias|artigos|reportagens)`,
  String.raw`\bsie\s+haben\s+(?:bereits\s+)?\d+\s+von\s+\d+|\bnoch\s+\d+\s+(?:kostenlose\s+)?artikel`,
].join('|'), 'iu');

/** Words every meter holds: what it counts, or the limit. */
const METER_WORD = wordClass(['articles', 'article', 'stories', 'story', 'limit', 'articulos', 'articulo', 'materias', 'artigos', 'reportagens', 'artikel', 'limite']);

export function paywallMeter(text: string, bits: WordBits): boolean {
  // Most lines count no stories: a look at the folded words first spares them the regex.
  return (bits.classes & METER_WORD) !== 0 && /\d/.test(text) && METER.test(text);
}

/**
 * A fundraiser's thermometer, in the site's voice: the goal is "our" goal ("We've raised $842,000 of
 * our $1m goal", "We're 72% of the way to our goal", "nossa meta de R$ 50 mil"), or a label beside
 * what was raised ("Goal: $50,000 | Raised: $38,412", "Objectif : 50 000 € — 37 412 € collectés").
 * A report gives the goal to whoever set it ("The appeal has raised £42,300 of its £50,000 goal").
 */
const GOAL_NOUNS = ['goal', 'objectif', 'objetivo', 'meta', 'ziel', 'spendenziel'];
const GOAL_WORD = wordClass(GOAL_NOUNS);
const GOALS = new Set(GOAL_NOUNS);
/** Words for money raised, one of which a label-form thermometer shows beside its goal. */
const RAISED_WORD = wordClass(['raised', 'collected', 'collectes', 'recaudado', 'recaudados', 'arrecadado', 'arrecadados', 'gesammelt']);
const OUR = new Set(['our', 'notre', 'nos', 'nuestro', 'nuestra', 'nossa', 'nosso', 'unser', 'unseres', 'unserem', 'unsere']);
/** Words between "our" and the goal: a sum, a season ("our $1m goal", "our end-of-year goal"). */
const GOAL_REACH = 4;
/** The goal as a label: "Goal:", "Objectif :", "Meta:", "Ziel:". */
const GOAL_LABEL = new RegExp(`(?:^|[|•·.,;–—]\\s*)(?:our\\s+)?(?:${GOAL_NOUNS.join('|')})\\s?:`, 'iu');
/**
 * A thermometer's caption with no goal word: the sum raised and the goal's sum ("$14,280 raised
 * of $20,000", "$38,240 of $50,000 raised", "37 412 € collectés sur 50 000 €"). A report's sentence
 * opens on who raised it.
 */
const RAISED_SUM = '(?:\\p{Sc}\\s?)?\\d[\\d.,\\s]*(?:\\s?\\p{Sc})?';
const RAISED = '(?:raised|collected|collectés|recaudados|arrecadados|gesammelt)';
const GOAL_OF = '(?:of|de|sur|von)';
const RAISED_OF = new RegExp(`^\\s*${RAISED_SUM}\\s*(?:${RAISED}\\s+${GOAL_OF}\\s+${RAISED_SUM}|${GOAL_OF}\\s+${RAISED_SUM}\\s*${RAISED})`, 'iu');
/** What a label-form thermometer shows beside its goal instead of a word for raised ("Goal: 10,000 supporters — 7,412 so far"). */
const SO_FAR = /\b(?:so far|to date|até agora|hasta ahora|jusqu'ici|bisher)\b/iu;

export function fundraisingGoal(text: string, words: readonly string[], bits: WordBits): boolean {
  if ((bits.classes & RAISED_WORD) !== 0 && RAISED_OF.test(text)) return true;
  if ((bits.classes & GOAL_WORD) === 0 || !/\d/.test(text)) return false;
  for (let i = 0; i < words.length; i++) {
    if (!GOALS.has(words[i]!)) continue;
    for (let k = Math.max(0, i - GOAL_REACH); k < i; k++) if (OUR.has(words[k]!)) return true;
  }
  return ((bits.classes & RAISED_WORD) !== 0 || SO_FAR.test(text)) && GOAL_LABEL.test(text);
}

const DEMONSTRATIVES = new Set([
  'this', 'these', 'ce', 'cet', 'cette', 'ces', 'ceci', 'este', 'esta', 'estos', 'estas', 'esto', 'isto', 'esse', 'essa', 'isso',
  'dieser', 'diese', 'dieses', 'diesen', 'diesem',
]);
/**
 * After a demonstrative, words that make it a date ("this week", "cette année"), a pronoun ("this
 * is", "ce qu'il faut retenir") or a relative ("ce que", "ce qui"): nothing withheld.
 */
const NOT_WITHHELD = new Set([
  'week', 'weekend', 'year', 'month', 'morning', 'afternoon', 'evening', 'season', 'summer', 'winter', 'spring', 'autumn', 'fall',
  'time', 'century', 'decade', 'semaine', 'annee', 'mois', 'matin', 'soir', 'saison', 'ete', 'hiver', 'printemps', 'automne',
  'semana', 'ano', 'mes', 'manana', 'tarde', 'noche', 'noite', 'temporada', 'verano', 'invierno', 'verao', 'inverno', 'woche', 'jahr',
  'jahres', 'monat', 'morgen', 'sommer', 'is', 'was', 'will', 'has', 'est', 'es', 'ist', 'e', 'foi', 'war', 'a', 'que', 'qui', 'qu', 'dont',
]);

/** A teaser is a headline's length: a longer line without its full stop is a caption or a list. */
const TEASER_WORDS = 25;

/**
 * A reveal the line promises and keeps back, on its folded words: what someone found or saw, what
 * happens when, someone's method ("… what he found inside left him speechless", "Here's what
 * happens when you eat …", "ce qu'il trouve à l'intérieur", "no que encontrou"). A report says
 * what was found; a subhead that asks ("What happens next") names no one and no condition.
 */
const REVEAL = new RegExp([
  String.raw`\bwhat (?:he|she|they|we) (?:found|discovered|saw)\b|\bwhat happens (?:when|if|after)\b|\bhere s (?:her|his|their|my) (?:method|secret|trick|system)\b`,
  String.raw`\bce qu (?:il|elle|ils|elles|on) (?:a |ont )?(?:trouv|decouv|vu\b|voit\b)|\bce qui (?:se passe|arrive) (?:quand|si|lorsqu)`,
  String.raw`\blo que (?:encontr|descubr|vio\b|(?:pasa|ocurre|sucede) (?:cuando|si)\b)`,
  String.raw`\b(?:n|d)?o que (?:ele |ela |eles |elas )?(?:encontr|descobr|viu\b|acontece (?:quando|se)\b)`,
  String.raw`\bwas (?:er|sie|man) (?:dort |darin |dann )?(?:fand|fanden|entdeckte|entdeckten|sah|sahen)\b|\bwas passiert wenn\b`,
].join('|'), 'u');

/**
 * A teaser's withheld referent: "this" and a thing the line never names ("… hate this simple
 * plug-in device", "ce fruit nettoie les artères", "Nunca coma isto"), or a reveal it keeps back
 * (REVEAL), in a line of a headline's length that stops short of a full stop. A report names what
 * it points at, or points back at the story ("this week", "this is"). The demonstrative and the
 * word after it, the reveal's words, or null. `words` are the line's own (quoted speech points at
 * the story).
 */
export function withheldReferent(text: string, words: readonly string[]): string | null {
  if (words.length > TEASER_WORDS) return null;
  for (let i = 0; i < words.length; i++) {
    if (!DEMONSTRATIVES.has(words[i]!)) continue;
    const next = words[i + 1];
    if (next !== undefined && NOT_WITHHELD.has(next)) continue;
    // Asked last: most lines hold no demonstrative.
    if (FULL_STOP.test(text)) return null;
    return next === undefined ? words[i]! : `${words[i]} ${next}`;
  }
  if (FULL_STOP.test(text)) return null;
  return REVEAL.exec(words.join(' '))?.[0] ?? null;
}
