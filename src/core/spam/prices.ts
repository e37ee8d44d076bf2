// How a line shows money: a price (a sum not counted in millions), a shop's price tag, a
// marked-down price, an introductory price, a shop's price disclaimer, a shop's buy button, a
// donation form's amount buttons. Read by the gate and the features; pitches that promise money (a
// sum grown, an income) are in shapes.ts.
import { wordBits, wordClass, type WordBits } from './terms.js';
import { foldedWords, matchesOf } from './text.js';

// A sum of money in any currency sign ("₹499", "R$ 49,90") or a few written ones ("Rs 599", "30
// euros"), or a percentage as a discount ("40% off", "30 % de remise"), since news is full of percentages.
const SUM = /(?:\p{Sc}|\bRs\.?)\s?\d[\d.,]*|\d[\d.,]*\s?(?:\p{Sc}|(?:euros?|dollars?|eur|usd|reais|rupees|pesos)\b)|\d\s?%\s?(?:off|discount|de descuento|de remise|rabatt)/giu;
// Sums counted in millions are the scale of a report ("fined $4.2 million"), not a price on offer.
// A word set rather than a case-insensitive alternation: a fresh content script compiles every
// regex it meets.
const SCALES = new Set([
  'million', 'millions', 'billion', 'billions', 'trillion', 'bn', 'mn', 'm', 'millones', 'milliard', 'milliards', 'milliarden',
  'millionen', 'milhoes', 'milhões', 'bilhoes', 'bilhões', 'mrd', 'mio',
]);
const NEXT_WORD = /^\s?(\p{L}+)/u;
const DIGIT = /\d/;

/** Whether the line names a price: a sum of money not counted in millions. */
export function quotesPrice(text: string): boolean {
  // Every sum shows a digit, and most lines have none: a plain search spares them SUM.
  if (!DIGIT.test(text)) return false;
  for (const m of matchesOf(SUM, text)) {
    const next = NEXT_WORD.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 14))?.[1]?.toLowerCase() ?? '';
    if (!SCALES.has(next)) return true;
  }
  return false;
}

const PRICE_WORDS = new Set(['price', 'prices', 'pricing', 'precio', 'precios', 'preco', 'precos', 'prix', 'preis', 'preise']);
const MOMENT_WORDS = new Set(['time', 'momento', 'moment', 'zeitpunkt']);
const PUBLISH_WORDS = new Set(['publication', 'publishing', 'publicacion', 'publicacao', 'veroffentlichung', 'redaktionsschluss']);

/** "without notice" and "subject to change" in the languages of the lists. */
const CHANGE_NOTICES = [
  ['without', 'notice'], ['subject', 'to', 'change'], ['sem', 'aviso'], ['sin', 'previo', 'aviso'], ['sin', 'aviso'],
  ['sans', 'preavis'], ['ohne', 'vorankundigung'], ['sujetos', 'a', 'cambios'], ['sujets', 'a', 'modification'], ['sujeitos', 'a', 'alteracao'],
];

const PRICE_WORD = wordClass(PRICE_WORDS);

/**
 * A shop's price disclaimer ("Prices were accurate at the time of publication", "Os preços foram
 * verificados no momento da publicação"): prices, then the moment of publication within three
 * words; or a line that opens on prices and says they may change without notice ("Os preços e a
 * disponibilidade podem mudar sem aviso prévio"). "Did not respond at the time of publication"
 * names no price and stays a statement.
 */
export function priceDisclaimer(words: readonly string[], bits: WordBits = wordBits(words)): boolean {
  if (!(bits.classes & PRICE_WORD)) return false;
  const p = words.findIndex((w) => PRICE_WORDS.has(w));
  if (p < 0) return false;
  for (let i = p + 1; i < words.length; i++) {
    if (MOMENT_WORDS.has(words[i]!) && words.slice(i + 1, i + 4).some((w) => PUBLISH_WORDS.has(w))) return true;
  }
  return p <= 2 && words.some((_, i) => CHANGE_NOTICES.some((c) => c.every((w, k) => words[i + k] === w)));
}

/**
 * A marked-down price: "was £349, now £189", "now $129 (was $199)", "is $249 at Skyline (was
 * $329)", "199 € na TecnoLar (antes 249 €)", "£59 at Crestmart, down from £89", the two sums side
 * by side. "The fare was £3 in 2019 and is now £4.50" is a report.
 */
const PRICE_DROP = /\bwas:?\s[$€£]\s?\d[\d.,]*[\s,;–—-]{1,4}now:?\s[$€£]\s?\d[\d.,]*|(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?[$€£])[^()$€£]{0,40}\((?:was|antes|avant|statt|vorher|era):?\s(?:[$€£]\s?\d[\d.,]*|\d[\d.,]*\s?[$€£])|[$€£]\s?\d[\d.,]*\sat\s\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s\p{Lu}[\p{L}\p{N}&'’.-]*){0,2},?\s(?:down|reduced) from\s[$€£]\s?\d[\d.,]*/iu;

/** A sum as written in any of the five languages ("1,299.00", "1.299,00", "2,10", "249"). */
function amount(written: string): number {
  const decimal = /[.,](\d{1,2})$/.exec(written);
  const whole = (decimal ? written.slice(0, decimal.index) : written).replace(/[.,]/g, '');
  return Number(`${whole}.${decimal?.[1] ?? '0'}`);
}

/**
 * Whether the line marks a price down: the two sums must fall, "was" to "now". A fare that "is
 * now $2.90 (was $2.75)" has gone up, and that is news.
 */
export function priceDrop(text: string): boolean {
  // Most lines hold no currency sign: a plain search spares the regex.
  const m = /[$€£]/.test(text) ? PRICE_DROP.exec(text) : null;
  if (!m) return false;
  // The pattern holds two sums, each written whole.
  const [first, second] = m[0].match(/\d[\d.,]*\d|\d/g)!.map(amount) as [number, number];
  // "was X, now Y" names the old price first; the others name the new one first.
  const [was, now] = /^was\b/i.test(m[0]) ? [first, second] : [second, first];
  return now < was;
}

/** A price: a currency sign before or after its figures ("$89", "£34.99", "179 €"). */
const PRICE = String.raw`(?:\p{Sc}\s?\d[\d.,]*|\d[\d.,]*\s?\p{Sc})`;

/** One word of a shop's name, capitalised ("Target", "Barnes", "O'Neill's", "Mercado"), and the arrow a tag may end on. */
const SHOP_WORD = String.raw`\p{Lu}[\p{L}\p{N}&'’.-]*`;
const POINTER_END = String.raw`\s*[→➜›»]?\s*$`;

/**
 * A shop's price tag left as a line ("$89 at Target", "Buy it now: £34.99 at Cartwheel", "Home
 * shirt, £64.99 at KitRoom", "179 € chez Darty"), or a row of them: a price, then "at" and a name,
 * and nothing after but the price it was ("… at Foyleswick Books — was £34.99"). A report goes on
 * to say what the price means ("$89 at Target, up from $79 last year").
 */
const SHOP_PRICE = new RegExp(String.raw`^(?:[^:,]{1,40}[:,–—]\s*)?${PRICE}\s+(?:at|AT|@|from|FROM|chez|sur|en|bei|em|na|no)\s+${SHOP_WORD}(?:\s(?:&\s)?${SHOP_WORD}){0,2}(?:\s?[,–—(-]\s?(?:was|antes|avant|statt|era)\s${PRICE}\)?)?${POINTER_END}`, 'u');
/**
 * A shop's buy button left as text: a verb of buying, the shop's name and nothing else ("Buy on
 * Amazon", "Acheter sur Fnac", "Comprar no Mercado Livre"). A sentence goes on past the name.
 */
const BUY_BUTTON = new RegExp(String.raw`^\s*(?:[Bb]uy|[Ss]hop|[Oo]rder|[Aa]cheter|[Cc]ommander|[Cc]omprar?|[Kk]aufen|[Bb]estellen)(?:\s(?:it|now|jetzt|ya|ja))?\s(?:on|at|from|sur|chez|en|no|na|em|bei|auf)\s${SHOP_WORD}(?:\s${SHOP_WORD}){0,2}${POINTER_END}`, 'u');
/** The verbs BUY_BUTTON opens on, folded: a look at the first word spares most lines its first run, which costs a fresh content script milliseconds. */
const BUY_VERBS = new Set(['buy', 'shop', 'order', 'acheter', 'commander', 'comprar', 'compra', 'kaufen', 'bestellen']);
export const buyButton = (text: string, words: readonly string[]): boolean => text.length <= 60 && BUY_VERBS.has(words[0] ?? '') && BUY_BUTTON.test(text);
/** What a shop's buy button shows as its category's word, in the reason too. */
export const BUY_BUTTON_CUE = 'buy button';

/**
 * A donation form's amount buttons left as text ("$25 / $50 / $100 / Other amount", "10 € | 20 € |
 * Autre montant"): prices set apart by slashes or bars, and the free choice that closes them.
 */
const AMOUNT_PICKER = new RegExp(String.raw`^\s*(?:${PRICE}\s*[/|·•]\s*){2,}(?:other amount|other|autre montant|otro importe|outro valor|anderer betrag)\s*$`, 'iu');
const PICKER_MARK = /[/|·•]/;
export const amountPicker = (text: string): boolean => PICKER_MARK.test(text) && AMOUNT_PICKER.test(text);
/** What the picker shows as its category's word, in the reason too. */
export const AMOUNT_PICKER_CUE = 'amount picker';

/** Between the price tags of a product box's row of shops ("$249 at Vane | $259 at Marketway"). */
const SHOP_SEPARATOR = /\s[|•·/]\s/u;
const CURRENCY = /\p{Sc}/u;

function shopPrice(text: string): boolean {
  if (text.length > 240 || !CURRENCY.test(text)) return false;
  const tags = text.split(SHOP_SEPARATOR);
  // A product box lists a few shops, not a price table.
  return tags.length <= 4 && tags.every((t) => t.length <= 80 && SHOP_PRICE.test(t.trim()));
}

/** What priceTag says of a marked-down price. */
export const PRICE_DROPPED = 'marked-down price';

/**
 * An introductory price: a sum for the first stretch of a subscription ("1 € le premier mois",
 * "$1 for your first 3 months", "0,99 € el primer mes", "R$ 1,90 no primeiro mês", "1 € im ersten
 * Monat"), the opening of a paywall's offer. A sum someone made in their own first stretch ("the
 * appeal raised £42,300 in its first week") is a report.
 */
const INTRO_PRICE = /(?:\p{Sc}\s?\d[\d.,]*|\d[\d.,]*\s?(?:\p{Sc}|euros?\b))\s(?:(?!(?:in|its|their|his|her|s[ao]n?|ses|leurs?|sus?|seus?|suas?|seine[mnr]?|ihre[mnr]?)\s)[\p{L}']+\s){0,3}?(?:first|premiers?|primer|primeiros?|ersten|1er)\s(?:\d{1,2}\s)?(?:months?|mois|mes|meses|mês|monat|monate|weeks?|semaines?|semanas?|wochen?|year|année|año|ano|jahr)\b/iu;

export const INTRO_PRICED = 'introductory price';
/** The word INTRO_PRICE turns on, folded: without it, the regex's first run would cost a fresh content script milliseconds on any line with a price. */
const FIRST_WORD = wordClass(['first', 'premier', 'premiers', 'primer', 'primeiro', 'primeiros', 'ersten', '1er']);
/** The one currency INTRO_PRICE reads written out. */
const EURO = /euro/i;

/** A marked-down price, a shop's price tag or an introductory price: what the line shows of it (for the reason), or null. */
export function priceTag(text: string, bits: WordBits = wordBits(foldedWords(text))): string | null {
  // Every tag shows a sum, and most lines have no digit: a plain search spares them the regexes.
  if (!DIGIT.test(text)) return null;
  return priceDrop(text) ? PRICE_DROPPED : shopPrice(text) ? 'price at a shop'
    : (bits.classes & FIRST_WORD) !== 0 && (CURRENCY.test(text) || EURO.test(text)) && INTRO_PRICE.test(text) ? INTRO_PRICED : null;
}
