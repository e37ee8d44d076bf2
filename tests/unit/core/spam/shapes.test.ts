// Shapes of a spam line that no single word gives away (src/core/spam/shapes.ts): each row a line
// that has the shape, or a look-alike from a report that must not.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  answerOptions, embedSignature, fundraisingGoal, steadyIncome, moneyGrowth, namesMasthead, pointsAtLink, promoCode, socialTag, withheldReferent,
} from '../../../../src/core/spam/shapes.js';
import { amountPicker, buyButton, priceDisclaimer, priceDrop, priceTag } from '../../../../src/core/spam/prices.js';
import { idleClock, playerCaption, playerNotice } from '../../../../src/core/spam/players.js';
import { giveawayLabel } from '../../../../src/core/spam/labels.js';
import { wordBits } from '../../../../src/core/spam/terms.js';
import { tokenize } from '../../../../src/core/spam/text.js';

const words = (s: string): readonly string[] => tokenize(s).words;

interface Row { text: string; has: boolean; why: string }
const table = (name: string, test: (text: string) => boolean, rows: Row[]): void => {
  describe(name, () => {
    for (const row of rows) {
      it(`${row.has ? 'finds' : 'does not find'}: ${row.why}`, () => assert.equal(test(row.text), row.has, row.text));
    }
  });
};

table('pointsAtLink', (t) => pointsAtLink(t) !== null, [
  { text: 'Check your eligibility here →', has: true, why: 'an arrow closing the line' },
  { text: 'Inscrições abertas, vagas limitadas »', has: true, why: 'a chevron closing the line' },
  { text: '« Nous ne partirons pas »', has: false, why: 'the chevron that closes a French quotation' },
  { text: 'Prices rose → then fell back in March.', has: false, why: 'an arrow inside a sentence' },
]);

table('withheldReferent', (t) => withheldReferent(t, words(t)) !== null, [
  { text: 'Electricity firms hate this simple plug-in gadget', has: true, why: '"this" and a thing the line never names' },
  { text: 'Nunca coma isto depois dos 50 anos', has: true, why: 'a Portuguese pronoun pointing at nothing named' },
  { text: 'Les retraités se ruent sur ce placement', has: true, why: 'a French demonstrative' },
  { text: 'This week\'s tide tables', has: false, why: 'a demonstrative that dates the line' },
  { text: 'Ce qu\'il faut retenir', has: false, why: '"ce qu\'" is "what", not a pointer' },
  { text: 'Crews cleared this stretch of the wall in March.', has: false, why: 'a sentence closed by a full stop names what it points at' },
  { text: 'Volunteers spent the whole of the winter and most of the spring clearing the stretch of wall that this storm left behind them on the north side of the old harbour', has: false, why: 'a line longer than a headline is a caption or a list' },
  { text: 'Diver pays $300 for a sunken yacht, and what she found in the hold stunned the coastguard', has: true, why: 'a reveal kept back: what someone found' },
  { text: 'Here\'s what happens when you drink cold water after every meal', has: true, why: 'what happens when: the outcome kept back' },
  { text: 'Un pêcheur rachète une épave : ce qu\'il a découvert à bord', has: true, why: 'the reveal in French' },
  { text: 'Compró una casa abandonada y no creerás lo que encontró en el sótano', has: true, why: 'the reveal in Spanish' },
  { text: 'What happens next', has: false, why: 'a subhead that asks names no one and no condition' },
  { text: 'Divers said what they found in the hold matched the manifest.', has: false, why: 'a report says what was found, full stop and all' },
]);

table('answerOptions', (t) => answerOptions(words(t)) !== null, [
  { text: 'Should the town centre go car-free? Yes / No', has: true, why: 'a poll\'s buttons' },
  { text: 'Faut-il interdire les voitures ? Oui / Non', has: true, why: 'a poll\'s buttons in French' },
  { text: 'Voters were asked a single question: yes or no.', has: false, why: 'a report of a question' },
]);

table('promoCode', (t) => promoCode(t, words(t)) !== null, [
  { text: 'Save 15% on the course with code KESTREL15.', has: true, why: '"with code" and a code' },
  { text: 'Profitez de -20 % avec le code TOUR20.', has: true, why: 'a French code' },
  { text: 'Spare 10 % mit dem Gutscheincode SOMMER10', has: true, why: 'a German code' },
  { text: 'The gang used the discount code SPRING24 to buy goods.', has: false, why: 'a code in a report' },
  { text: 'Stand with us: text HARBOUR to 40210 and get updates', has: true, why: 'a keyword in capitals to text to a short number' },
  { text: 'Envía MAREA al 28014 para colaborar', has: true, why: 'the same in Spanish' },
  { text: 'Some 3,000 people texted the helpline on 85258 last winter.', has: false, why: 'a short number in a report, with no keyword' },
  { text: 'Hospitals declared a code red on Sunday.', has: false, why: 'a code of letters alone' },
  { text: 'Code promo JOUEUR10 : -10 % sur tout le site', has: true, why: 'a code given as the label that opens the line' },
  { text: 'Promo code: SPRING25 for 20% off everything', has: true, why: 'an English label, with its colon' },
  { text: 'Código Penal 2024: lo que cambia', has: false, why: 'a code of law opening a line has no code to type' },
  { text: 'Code FERRY24 : -15 % sur toutes les traversées', has: true, why: 'the word "code" alone as the label, a code after it' },
  { text: 'Code 42 of the port bylaws bans night mooring.', has: false, why: 'a numbered code: no code of letters and digits to type' },
]);

table('steadyIncome', (t) => steadyIncome(t, words(t)), [
  { text: 'South Africans are quietly earning R15,000 a day with this platform.', has: true, why: 'a fortune made every day' },
  { text: 'Ils gagnent 900 € par jour depuis chez eux.', has: true, why: 'in French' },
  { text: 'Garment workers earn about $4 a day, the report found.', has: false, why: 'a small wage in a report' },
  { text: 'The plant makes 1,200 turbines a year.', has: false, why: 'a count, not money made each day' },
  { text: 'Ex-nurse reveals how she makes $13,000 a month from her sofa', has: true, why: 'a month\'s income in a headline-shaped teaser' },
  { text: 'Farmhands earn about 1,800 € a month on the big estates.', has: false, why: 'a month\'s wage in a sentence is a report' },
]);

table('playerCaption', (t) => playerCaption(t, words(t), wordBits(words(t))), [
  { text: 'Listen · 6:12 min · Voice generated by AI', has: true, why: 'an audio player\'s caption: a word of listening and a running time' },
  { text: 'Escuchar noticia 3 min', has: true, why: 'in Spanish' },
  { text: 'Kane played 90 minutes on Saturday.', has: false, why: '"played" is a report, not a player\'s button' },
  { text: 'Listeners can hear the full 45-minute interview on the station\'s website from Monday morning onwards.', has: false, why: 'a sentence longer than a caption' },
  { text: '0:00 / 3:47 Narrated by an automated voice. Playback speed 1.25x', has: true, why: 'a player\'s clock, time played over the running time, in a caption that runs on' },
  { text: 'The ferry leaves at 9:15 / returns at 17:40 on weekdays.', has: false, why: 'two times with words between them are a timetable, not a clock' },
]);

table('playerNotice', (t) => playerNotice(t, words(t)), [
  { text: 'Este vídeo no está disponible.', has: true, why: 'a player\'s fallback, full stop and all' },
  { text: 'Dieses Video ist nicht mehr verfügbar', has: true, why: 'in German' },
  { text: 'O áudio não está disponível no momento.', has: true, why: 'in Portuguese, the noun opening on an accented letter' },
  { text: 'The video, which showed the crash, is no longer available on the channel after a complaint by the family.', has: false, why: 'a report of a video taken down runs longer than a notice' },
  { text: 'Tu navegador no es compatible con la reproducción de este vídeo.', has: true, why: 'the video element\'s own fallback: the browser will not play it' },
  { text: 'Ihr Browser unterstützt keine HTML5-Videos', has: true, why: 'the same in German, the verb before its object' },
  { text: 'Older browsers do not support the new format, so some readers will see a still image instead of the video.', has: false, why: 'a report of what browsers support runs longer than a notice' },
  { text: 'Audio generated by AI. Report an error', has: true, why: 'a synthetic reading\'s note opening its line' },
  { text: 'Voix générée par IA', has: true, why: 'the same in French' },
  { text: 'VOICED BY ARTIFICIAL INTELLIGENCE.', has: true, why: 'the reading named by its verb, in capitals' },
  { text: 'The audio was generated by AI, police said.', has: false, why: 'a faked recording reported: the line opens on the report\'s own words' },
]);

table('buyButton', (t) => buyButton(t, words(t)), [
  { text: 'Buy on Amazon', has: true, why: 'a verb of buying and a shop\'s name, nothing else' },
  { text: 'Comprar no Mercado Livre', has: true, why: 'in Portuguese, a shop of three words' },
  { text: 'Buy on sale', has: false, why: 'no shop named: a capital must follow the preposition' },
  { text: 'Shopping at Lidl and Aldi has grown by 12% this year.', has: false, why: 'a sentence goes on past the name' },
]);

table('giveawayLabel', (t) => giveawayLabel(t, tokenize(t)) !== null, [
  { text: 'GIVEAWAY', has: true, why: 'a competition box\'s heading in capitals' },
  { text: '🔥 Competition 👉', has: true, why: 'between an emoji and an arrow' },
  { text: 'JEU-CONCOURS : gagnez un week-end à Paris', has: true, why: 'in capitals, set off by a colon, opening its pitch' },
  { text: 'Competition', has: false, why: 'a subhead over a paragraph about rival firms' },
  { text: 'Giveaway', has: true, why: 'a label no subhead is made of, in sentence case' },
  { text: 'Gewinnspiel', has: true, why: 'the same in German' },
  { text: 'Competition: the regulator will look at three rival bids', has: false, why: 'a label in sentence case is a subhead\'s' },
  { text: 'COMPETITION IS FIERCE IN THE SECTOR', has: false, why: 'a shouted sentence, no label set off' },
]);

table('idleClock', idleClock, [
  { text: '0:00 / 3:21', has: true, why: 'a player\'s clock standing at zero: its script never ran' },
  { text: 'Listen 00:00 / 12:05', has: true, why: 'the same with two-digit minutes' },
  { text: '1:12 / 3:21', has: false, why: 'a clock past zero is no idle player\'s (it still reads as a caption elsewhere)' },
  { text: 'Departures at 10:00 / 11:30 / 13:00 from the quay.', has: false, why: 'a timetable\'s hour ending in :00 is not the clock at nought' },
]);

table('fundraisingGoal', (t) => fundraisingGoal(t, words(t), wordBits(words(t))), [
  { text: 'We\'ve raised $842,000 of our $1m goal', has: true, why: 'the site\'s own goal, "our"' },
  { text: 'Goal: $50,000 | Raised: $38,412', has: true, why: 'a thermometer\'s labels: the goal and what was raised' },
  { text: 'Objectif : 50 000 € – 37 412 € collectés', has: true, why: 'in French, the label spaced before its colon' },
  { text: 'Já chegámos a 72% da nossa meta de 5.000 assinantes', has: true, why: 'in Portuguese, "nossa meta"' },
  { text: 'The appeal has raised £42,300 of its £50,000 goal, organisers said.', has: false, why: 'a report gives the goal to whoever set it' },
  { text: 'Goal: Kane 23, assisted by Saka', has: false, why: 'a match report\'s label, nothing raised' },
  { text: '$8,140 raised of $12,000', has: true, why: 'a thermometer\'s caption: the sum raised, then the goal\'s, no goal word' },
  { text: '3 120 € collectés sur 5 000 €', has: true, why: 'the same in French' },
  { text: 'Volunteers raised $8,140 of the $12,000 needed for the roof.', has: false, why: 'a report opens on who raised it' },
  { text: '$8,140 of $12,000 raised', has: true, why: 'the two sums first, then the word for raised' },
  { text: 'Goal: 5,000 members — 3,208 so far', has: true, why: 'a label-form goal with how far it has come instead of a word for raised' },
]);

table('embedSignature', embedSignature, [
  { text: '— Red Carpet Watch (@redcarpetwatch) March 10, 2024', has: true, why: 'an embedded post\'s signature: name, handle, date' },
  { text: '— Mairie de Lyon (@Lyon) 4 mars 2024', has: true, why: 'the date written the French way' },
  { text: '— Mayor Jane Holt (@JaneHolt), speaking at the launch', has: false, why: 'an attribution with a handle but no post\'s date' },
  { text: 'The club posted the video on X (@HarbourFC) on March 4, 2024.', has: false, why: 'a report of a post, not its signature' },
]);

table('moneyGrowth', moneyGrowth, [
  { text: 'Former postman turns $150 into $9,400 with an AI app.', has: true, why: 'a sum grown into a bigger one' },
  { text: 'Turn $250 into passive income with QuantixAI.', has: true, why: 'a sum turned into an income' },
  { text: 'The council put $250 into the fund in March.', has: false, why: 'a sum put into something' },
  { text: 'Early investors could see 100x returns.', has: true, why: 'money multiplied' },
  { text: 'Des gains x50 en quelques semaines.', has: true, why: 'a French multiplier before the number' },
  { text: 'The new chip is 10x faster than the last one.', has: false, why: 'a multiplier of something other than money' },
]);

table('priceDrop', priceDrop, [
  { text: 'Voltrax X5 cordless vacuum, was £349, now £189 at Brightmart.', has: true, why: 'a marked-down price' },
  { text: 'Kettle Pro 2, now $39 (was $59) at Homeway.', has: true, why: 'the old price in brackets' },
  { text: 'The fare was £3 in 2019 and is now £4.50.', has: false, why: 'a price history in a report: no sign before the second price\'s "now"' },
  { text: 'Auscultadores Vibra Pro por 199 € na TecnoLar (antes 249 €)', has: true, why: 'the old price in brackets in Portuguese, the sign after the sum' },
  { text: 'Robot vacuum $1,299.00 at Costway (was $1,599.00)', has: true, why: 'sums with thousands and cents are read whole' },
  { text: 'The ferry fare is now $2.90 (was $2.75) after the board\'s vote.', has: false, why: 'a price that went up is news, not a markdown' },
]);

table('priceTag', (t) => priceTag(t) !== null, [
  { text: '$89 at Target', has: true, why: 'a price at a named shop, and nothing after' },
  { text: 'Buy it now: £34.99 at Cartwheel', has: true, why: 'a price tag after its label' },
  { text: '179 € chez Darty', has: true, why: 'a French price tag, the sign after the sum' },
  { text: 'Voltrax X5 cordless vacuum, was £349, now £189 at Brightmart.', has: true, why: 'a marked-down price' },
  { text: '$89 at Target, up from $79 last year.', has: false, why: 'a report goes on to say what the price means' },
  { text: 'Shares closed at $89 on Friday.', has: false, why: 'a price in a sentence' },
  { text: 'Harbour atlas (hardback), £18.50 at Tidewell Books — was £26', has: true, why: 'a price tag followed by the price it was' },
  { text: '$89 at Target, was the cheapest in the survey', has: false, why: 'a "was" that goes on to report is not the old price' },
  { text: 'Offre spéciale : 1 € le premier mois, sans engagement.', has: true, why: 'an introductory price for a subscription\'s first month' },
  { text: 'Unlimited access: $1 for your first 3 months', has: true, why: 'the first months counted' },
  { text: 'Sales doubled in the first month after the $2 price cut.', has: false, why: 'a first month without a price for it' },
  { text: 'The lifeboat appeal raised £18,400 in its first month.', has: false, why: 'a sum someone made in their own first month is a report' },
  { text: 'La colecta reunió 9.000 € en su primer mes.', has: false, why: 'the same in Spanish, a possessive before the month' },
]);

table('socialTag', (t) => socialTag(t).length > 0, [
  { text: 'Send us your storm photos using #WallWatch', has: true, why: 'a hashtag' },
  { text: 'A post shared by Mara Quill (@mara.quill)', has: true, why: 'a handle in brackets, dots and all' },
  { text: 'A post shared by 3rd Armoured Brigade (@3rdarmoured)', has: true, why: 'a handle may open on a digit' },
  { text: 'Turnout fell to 41% (@2024 levels) in the ward.', has: false, why: 'a sign before a number is no handle: a handle has a letter' },
  { text: 'Email jane@example.com for details.', has: false, why: 'an e-mail address is no handle' },
  { text: 'Follow her on X @anaruiz', has: false, why: 'a handle outside brackets: an author\'s contact' },
  { text: 'Follow @QuaysideDesk on X', has: true, why: 'a handle right after the verb asking the reader to follow it' },
  { text: 'Suivez-nous @journaldesquais', has: true, why: 'the same in French, "nous" between' },
  { text: 'The account @harbourcam posted the footage first.', has: false, why: 'a handle named in a report, no one asked to follow it' },
]);

table('amountPicker', amountPicker, [
  { text: '$25 / $50 / $100 / Other amount', has: true, why: 'a donation form\'s amount buttons left as text' },
  { text: '10 € | 20 € | 50 € | Autre montant', has: true, why: 'the same in French, set apart by bars' },
  { text: 'Ferry tickets cost £25 / £40 / £60 this summer.', has: false, why: 'prices in a sentence' },
]);

it('socialTag gives one tag at most: a line listing tags names them', () => {
  assert.deepEqual(socialTag('Tagged #harbour, #quay and #tides'), ['#harbour']);
});

table('priceDisclaimer', (t) => priceDisclaimer(words(t)), [
  { text: 'Prices were correct at the time of publication.', has: true, why: 'prices and the moment of publication' },
  { text: 'Os preços e a disponibilidade podem mudar sem aviso prévio.', has: true, why: 'prices that may change without notice' },
  { text: 'The ferry operator warned that prices could change without notice.', has: false, why: 'prices far from the line\'s start: a report' },
]);

table('namesMasthead', (t) => namesMasthead(t) !== null, [
  { text: 'The Millbrook Gazette\'s calendar is on sale at newsagents.', has: true, why: 'a masthead' },
  { text: 'Get the Westbridge Business Brief each Tuesday', has: true, why: 'a newsletter\'s masthead' },
  { text: 'The post office closes at five.', has: false, why: 'an everyday noun' },
  { text: 'His voice broke as he spoke.', has: false, why: 'a masthead noun without a name before it' },
]);
