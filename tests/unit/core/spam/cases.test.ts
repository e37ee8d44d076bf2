// A table of lines, each placed between genuine paragraphs of a story about a harbour wall, with
// the reason it is in the table. None of the spam rows copies the benchmark's wording, brands or
// domains: they check that the signals (not a phrase list) recognise lines never seen before.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inArticle, squash, strip } from './helpers.js';

interface Row {
  html: string;
  spam: boolean;
  why: string;
}

const ROWS: Row[] = [
  // Spam that must go.
  { spam: true, html: '<p>Congratulations! You have won a $500 Walmart gift card – tap to redeem before midnight</p>', why: 'prize + second person + urgency + money, nothing to do with the harbour' },
  { spam: true, html: '<p><strong><a href="https://lucky-rewards.example/spin">SPIN THE WHEEL AND WIN AN IPAD TODAY!</a></strong></p>', why: 'all caps, exclamation, bold link to another site' },
  { spam: true, html: '<p>Get our Evening Briefing delivered straight to your inbox – subscribe free</p>', why: 'newsletter prompt in the publisher\'s voice' },
  { spam: true, html: '<div class="note">Follow us on TikTok and Threads for more stories like this 📲</div>', why: 'social follow prompt with emoji in a bare div' },
  { spam: true, html: '<h3>PAID CONTENT</h3>', why: 'ad label set as a heading' },
  { spam: true, html: '<p>Advertisement</p>', why: 'one-word ad label' },
  { spam: true, html: '<p>Chip in $5 to keep our newsroom independent. Donate today</p>', why: 'donation prompt with a sum of money' },
  { spam: true, html: '<ul><li><a href="https://cheapgadgets.example/r/1">Grab the cordless vacuum for 60% off with coupon SAVE60 →</a></li></ul>', why: 'affiliate line: discount, coupon code, arrow, outbound link' },
  { spam: true, html: '<p>Retired teacher turns $300 into $12,000 with this bitcoin trick – banks hate it</p>', why: 'crypto scam bait' },
  { spam: true, html: '<p>Retirees in Ohio are getting new dentures for almost nothing</p>', why: 'chumbox teaser: a scheme\'s target group getting something for almost nothing (a headline of bait)' },
  { spam: true, html: '<p>Install the Coast Herald app for instant alerts on iPhone and Android</p>', why: 'app-download prompt' },
  { spam: true, html: '<p><em>We use cookies to personalise ads. Accept all | Reject all</em></p>', why: 'consent banner left in the text' },
  { spam: true, html: '<p>Our website uses cookies to give you the best browsing experience. Manage settings</p>', why: 'consent banner: its opening, a condition and a button each count beside "cookies"' },
  { spam: true, html: '<p>Cookies help us improve this site. Got it</p>', why: 'consent banner closed by its button' },
  { spam: true, html: '<p>This content is hosted by a video platform. Because you have not accepted its cookies, it cannot be displayed.</p>', why: 'a blocked embed\'s notice: who hosts it and that it cannot be shown' },
  { spam: true, html: '<h3>Alle Cookies akzeptieren</h3>', why: 'German consent button, verb last' },
  { spam: true, html: '<div>Your privacy choices</div>', why: 'consent link label: "privacy" and "choices" together' },
  { spam: true, html: '<p>Configuración de cookies</p>', why: 'Spanish consent button' },
  { spam: true, html: '<p>En poursuivant votre navigation, vous acceptez l’utilisation de traceurs.</p>', why: 'French consent condition' },
  { spam: true, html: '<p>Read more: <a href="/news/2024/new-bus-timetable">New bus timetable starts on Monday</a></p>', why: 'related-story link line' },
  { spam: true, html: '<p>¡Suscríbete gratis a nuestro boletín y recibe las noticias cada mañana!</p>', why: 'Spanish newsletter prompt on an English page' },
  { spam: true, html: '<p>Jetzt kostenlos registrieren und keine Nachricht mehr verpassen!</p>', why: 'German sign-up prompt' },
  { spam: true, html: '<p>Téléchargez gratuitement notre application et recevez les alertes en direct</p>', why: 'French app prompt' },
  { spam: true, html: '<center><b>Shocking footage the mainstream media refuses to show you – watch now before it is banned</b></center>', why: 'off-topic political clickbait, centred bold' },
  { spam: true, html: '<p>Baixe grátis o nosso aplicativo e ative as notificações</p>', why: 'Portuguese app prompt' },
  { spam: true, html: '<p>Leia também: <a href="/news/2024/ferry-prices">Preço da balsa sobe em março</a></p>', why: 'Portuguese related-story line' },
  { spam: true, html: '<p>PUBLICIDADE</p>', why: 'Portuguese ad label' },
  { spam: true, html: '<p>0:00 / 3:21</p>', why: 'a media player\'s clock at zero, alone: no word opened the gate for it' },
  { spam: true, html: '<div><span>Goal: $50,000 | Raised: $38,412</span></div>', why: 'a fundraiser\'s thermometer in labels, no donation word' },
  { spam: true, html: '<p>We\'ve raised $842,000 of our $1m goal</p>', why: 'a thermometer in the site\'s voice' },
  { spam: true, html: '<p>— Red Carpet Watch (@redcarpetwatch) March 10, 2024</p>', why: 'an embedded post\'s signature, whose dash is no quote\'s attribution' },
  { spam: true, html: '<p>This article is for subscribers only</p>', why: 'a paywall\'s word in a line about the page itself' },
  { spam: false, html: '<p>The appeal has raised £42,300 of its £50,000 goal, organisers said.</p>', why: 'a fundraiser reported, its goal given to whoever set it' },
  { spam: false, html: '<p>This article was amended on 3 May to correct the number of subscribers.</p>', why: 'a correction about the page: a plain statement, kept once weighed' },
  { spam: true, html: '<p>GIVEAWAY</p>', why: 'a competition box\'s heading left alone on its line' },
  { spam: true, html: '<p>🔥 COMPETITION 👉</p>', why: 'a giveaway label between an emoji and an arrow, though "competition" is a news word' },
  { spam: true, html: '<p>Audio generated by AI. Report an error</p>', why: 'a synthetic reading\'s note left by its player' },
  { spam: true, html: '<p>LIMITED OFFER</p>', why: 'an offer\'s label: its time is short' },
  { spam: true, html: '<p>Acheter sur Amazon</p>', why: 'a shop\'s buy button left as text, in French' },
  { spam: true, html: '<p>They want to censor YOUR kids\' bookshelves. Are you going to let them?</p>', why: 'outrage bait daring the reader: the dare is a call' },
  { spam: true, html: '<p>This content is provided by YouTube, which may be using cookies and other technologies. To show you this content, we need your permission.</p>', why: 'a blocked embed\'s consent notice' },
  { spam: false, html: '<p>Read by millions, the novel was reissued in 2019.</p>', why: '"read by" with no machine after it is no synthetic reading\'s note' },
  { spam: false, html: '<p>Competition</p>', why: 'a one-word subhead: a label only in capitals or between emoji' },
  { spam: true, html: '<p>Giveaway</p>', why: 'a giveaway box\'s heading no subhead is made of' },
  { spam: true, html: '<p>Follow @QuaysideDesk on Instagram</p>', why: 'a follow prompt naming the handle right after its verb' },
  { spam: true, html: '<p>$8,140 raised of $12,000</p>', why: 'a fundraiser\'s thermometer caption with no goal word' },
  { spam: true, html: '<p>Thanks for signing up!</p>', why: 'a sign-up form\'s confirmation: the site thanking the reader' },
  { spam: true, html: '<p>Accept all and continue</p>', why: 'a consent banner\'s button' },
  { spam: true, html: '<p>Code FERRY24 : -15 % sur toutes les traversées ce week-end</p>', why: 'a promo code labelled by the word "code" alone' },
  { spam: false, html: '<p>The rescue left him speechless, the skipper\'s wife said.</p>', why: 'a payoff phrase of bait in a reported statement' },
  { spam: false, html: '<p>The account @harbourcam posted the footage first, the coastguard said.</p>', why: 'a handle named in a report' },
  { spam: false, html: '<p>Shoppers queue outside a discount store on the quay on Saturday morning. Photograph: Ana Ruiz/Agency</p>', why: 'a caption\'s photo credit does not hide its statement\'s full stop' },
  { spam: true, html: '<p>$10 / $25 / $50 / Other amount</p>', why: 'a donation form\'s amount buttons' },
  { spam: false, html: '<p>Nelson Ruiz reported from Lisbon. <a href="https://x.example/nruiz">@NelsonRuiz</a></p>', why: 'an author\'s handle closing the story is a contact, not a follow box' },
  { spam: true, html: '<p>Ao subscrever, aceita os Termos e Condições e a Política de Privacidade.</p>', why: 'a sign-up form\'s small print in the formal "você", with no pronoun' },
  { spam: false, html: '<p>Shop stewards at the plant were handing out leaflets urging colleagues to \'vote yes and vote early\'.</p>', why: 'a call word, a noun and a finite verb later in the clause: the subject of a report' },
  { spam: true, html: '<p>Get it on Google Play</p>', why: 'an app store badge left as text: a store, a call and nothing else' },
  { spam: true, html: '<p>This $24 cordless kettle has 9,000 five-star reviews and it is on sale today.</p>', why: 'an offer on a deadline is no plain statement, full stop or not' },
  { spam: true, html: '<p>PAID CONTENT: Made in partnership with Norland Mutual. The editorial staff were not involved.</p>', why: 'an ad label set off as a heading, then a notice naming the newsroom\'s distance from it' },
  { spam: true, html: '<p>Official survey: tell us who you trust on the economy.</p>', why: 'a call whose object opens with "who" is still a call' },
  { spam: true, html: '<p>A post shared by Mara Quill (@mara.quill)</p>', why: 'what an embedded post leaves when its script does not run' },
  { spam: true, html: '<div>Disponível no Google Play</div>', why: 'a Portuguese store badge without a verb' },
  { spam: true, html: '<p><a href="https://shop.example/p/1">$89 at Target</a></p>', why: 'a shop\'s price tag as a line of its own' },
  { spam: true, html: '<p>Advertising feature by Northfield Savings</p>', why: 'an ad label followed by "by" and the sponsor\'s name' },
  { spam: true, html: '<p>A word from our sponsor</p>', why: 'an ad label in the site\'s voice ("from our sponsor")' },
  { spam: true, html: '<p>Dermatologists stunned by this pill that restores thinning hair</p>', why: 'miracle-cure bait with no call to action, no money and no emoji' },
  { spam: true, html: '<p>Nurse, 58, erases her debt with this loophole – lenders furious</p>', why: 'get-rich bait told as a story: "loophole" and "furious"' },
  { spam: true, html: '<p>Already have an account? Log in</p>', why: 'a paywall\'s log-in prompt' },
  { spam: true, html: '<p>Personalised ads and content, ad and content measurement and product development</p>', why: 'the purposes of a consent banner, listed without the word "cookies"' },
  { spam: true, html: '<p>New episodes every Friday on Spotify and Apple Podcasts</p>', why: 'a podcast plug: where to listen, no verb' },
  { spam: true, html: '<p>Become a member</p>', why: 'a button: a call to action and what it is for, in three words' },
  { spam: true, html: '<p>Surgeon’s warning: throw out this common kitchen oil immediately</p>', why: 'health-scare bait: "warning", "this common", "immediately"' },
  { spam: true, html: '<p>Only £45 at Argos (was £60)</p>', why: 'a price beside shopping words ("was")' },
  { spam: true, html: '<p>Save this story for later</p>', why: 'a call to action about the page itself' },
  { spam: true, html: '<p>Single mum turns $90 into $7,300 a month with a little-known crypto app</p>', why: 'sums of money beside a scam word open the gate; no imperative at all' },
  { spam: true, html: '<h4>Related <a href="/news/2024/lighthouse-tours">Lighthouse tours resume in spring</a></h4>', why: 'a related label set off by its link alone, no colon' },
  { spam: true, html: '<p>Editor\'s pick: <a href="/news/2024/bakery">Celebrity chef opens a vegan bakery in Madrid</a></p>', why: 'a related label from the common set of site widgets ("Editor\'s pick", "Popular now", "Keep reading")' },
  { spam: true, html: '<p>Dazu passend: <a href="/news/2024/bakery">Promikoch eröffnet vegane Bäckerei in Madrid</a></p>', why: 'German related label' },
  { spam: true, html: '<p>Presented by Harbourside Motors</p>', why: 'an ad label that names its sponsor ("… by", "… von", "… par")' },
  { spam: true, html: '<p>Essential cookies only</p>', why: 'a consent button: two cookie words' },
  { spam: true, html: '<p>Catch us on YouTube for behind-the-scenes clips</p>', why: 'a category word in a line where the site speaks as "us", with no imperative the lists know' },
  { spam: true, html: '<p>Our Sunday digest lands in 80,000 inboxes every week</p>', why: 'newsletter plug in the publisher\'s voice, plural "inboxes"' },
  { spam: true, html: '<p>If local news matters to you, please consider becoming a supporter</p>', why: '"please" addresses the reader after a comma, before a verb the lists do not know' },
  { spam: true, html: '<p>Homeowners over 60 are fixing their knee pain with this kitchen ritual</p>', why: 'miracle-cure bait: the complaint and the audience such ads name, and no imperative' },
  // Genuine lines that must stay.
  { spam: false, html: '<p>The clinic treats tinnitus and other hearing problems.</p>', why: 'a complaint named in a plain statement: one scam word is not bait' },
  { spam: false, html: '<p>Officials asked drivers to please use the east road while the quay is closed.</p>', why: '"please" in reported speech, in the reporter\'s narration' },
  { spam: false, html: '<p>Presented by the mayor and two engineers, the plan was approved on Monday.</p>', why: '"Presented by" opening a sentence: a label only on a short line' },
  { spam: false, html: '<p>Budget airlines have been all the rage in Europe for a decade, and now they are finally landing here, with names like Skyhop, Jetzy and even, heaven help us, Wheee!. Yes, the exclamation mark is part of the brand. Like Yahoo!. Bold, I know, but the fares are real.</p>', why: 'a paragraph of over 40 words and several sentences is read whole only when its last sentence carries a spam signal: a call word in its middle ("Like Yahoo!.") does not take it' },
  { spam: true, html: '<p>SPONSORED | Win a FREE family holiday to Lapland worth £5,000! Enter our festive giveaway today for your chance to win return flights, a four-night stay in a log cabin and a visit to Santa\'s grotto for the whole family. Entry closes at midnight on Friday. Click here to enter now. T&Cs apply.</p>', why: 'an insertion that long still ends on its business ("T&Cs apply."): read whole, removed whole' },
  { spam: false, html: '<p>This story was updated after the company responded to our questions.</p>', why: 'an update note in the site\'s voice: "was" names no shopping line (a price drop is read from its price tag)' },
  { spam: true, html: '<p>Sponsored: Why more families are choosing Lakeview Senior Living</p>', why: 'an ad label set off before a headline: a sponsored teaser' },
  { spam: false, html: '<p>Advertising: spending by local firms fell 4% in the third quarter.</p>', why: 'a label that is also a news word heads a section of the story' },
  { spam: true, html: '<p>🔥 Acheter sur Amazon 👉</p>', why: 'a French shop button in the infinitive, with emoji pointing at the link' },
  { spam: false, html: '<p>Acheter un logement à Paris coûte désormais 10 500 euros le mètre carré.</p>', why: 'the same infinitive as the subject of a sentence: the French infinitive is no call' },
  { spam: false, html: '<p>Share of teens who say they use TikTok "almost constantly": 17%</p>', why: 'a call word with "of" after it is a noun (a statistic\'s label), not a call to share' },
  { spam: true, html: '<p>Share this story on TikTok and tag a friend who needs it!</p>', why: 'the same word as a call, with its object' },
  { spam: true, html: '<p>Already a subscriber? Log in to keep reading.</p>', why: 'a short question about the reader\'s standing with the site opens a call, as "Want more?" does' },
  { spam: true, html: '<p>Profitez de -20 % sur tout le site avec le code MAREE20, jusqu\'à dimanche minuit.</p>', why: 'a promo code handed to the reader is an offer made to them: the call is addressed' },
  { spam: false, html: '<p>Claim: A viral post says garlic water cures the flu. Verdict: False.</p>', why: 'a first word set off by a colon labels a fact check\'s parts: "Claim" is a noun here, not a call' },
  { spam: true, html: '<p>Este conteúdo é de responsabilidade do anunciante e não foi produzido pela redação.</p>', why: 'the paper disowning a sponsor\'s page about this very content: an ad label in a sentence' },
  { spam: false, html: '<p>The council said the misleading poster on the sea front was the sole responsibility of the advertiser.</p>', why: 'the same words reported of someone else\'s advert, neither about this page nor in the site\'s voice' },
  { spam: true, html: '<p>Every contribution, big or small, powers our coverage of the coast. Thank you.</p>', why: 'a donation ask in the site\'s voice with no verb of asking: "every contribution" names it' },
  { spam: false, html: '<p>Our readers told us the ferry timetable was the most useful page we published this year.</p>', why: '"our readers" in a reported statement is the site reporting, not asking' },
  { spam: true, html: '<p>Choose an amount: £3 £6 £10 Other</p>', why: 'a donation form\'s amounts left as text: a call to pick a sum' },
  { spam: true, html: '<p>Vous pouvez vous désinscrire à tout moment via le lien présent dans chacun de nos courriels.</p>', why: 'a newsletter\'s small print: how to leave the list, in the site\'s voice ("nos courriels")' },
  { spam: false, html: '<p>Unsubscribe from shops\' promotional emails to cut impulse buys.</p>', why: 'advice to leave a shop\'s list: leaving a list is newsletter wording only in a small print\'s phrasing ("you can unsubscribe")' },
  { spam: true, html: '<p>Vous ne devinerez jamais ce qu\'est devenu le héros de « Sous le soleil »</p>', why: 'a teaser that speaks to the reader ("vous ne devinerez jamais") asks for the click as a call does' },
  { spam: true, html: '<p>Stars who lost it all after one bad bet: number 5 will shock you</p>', why: 'the same teaser in English, at the end of a chumbox headline' },
  { spam: false, html: '<p>The film\'s final twist will surprise you less than its casting.</p>', why: 'a reader-facing bait phrase in a review\'s full sentence: a teaser is a headline, with no full stop' },
  { spam: false, html: '<h3>Harbour diver: “What we found under the old wall will shock you”</h3>', why: 'a teaser in someone\'s quoted words is theirs, not the site\'s, even in a headline' },
  { spam: true, html: '<p>Coluna Sonora Mini por 49 € na CasaTec (antes 79 €)</p>', why: 'a marked-down price in Portuguese, its old price in brackets after the sum' },
  { spam: false, html: '<p>The harbour ferry fare is now $2.90 (was $2.75) after the board\'s vote.</p>', why: 'the same brackets on a price that went up: a report, not a deal' },
  { spam: true, html: '<p>Conteúdo de marca produzido por parceiro. Não reflete a opinião da redação.</p>', why: 'a sponsor label opening its own sentence, then the paper saying the page does not speak for it: two labels make a notice' },
  { spam: true, html: '<p>Este conteúdo foi produzido pelo estúdio comercial para a Navalis e não reflete a opinião do jornal.</p>', why: 'the same disclaimer about this very content, with no label word before it' },
  { spam: false, html: '<p>The remarks do not reflect the views of the harbour board, a spokesman said.</p>', why: 'a disclaimer reported of someone else\'s remarks, neither about this page nor in the site\'s voice' },
  { spam: true, html: '<p>When readers book a harbour cruise through links in this story, we may receive a share of the sale.</p>', why: 'an affiliate disclosure in the site\'s voice, on topic and with no call: "a share of the sale" is its commission, a label' },
  { spam: false, html: '<p>Fishermen receive only a small share of the sale price at the harbour market, the report found.</p>', why: 'the same words reported of someone else\'s trade' },
  { spam: true, html: '<p>Deal alert: the Tidewater 10 kayak just dropped to its lowest price ever.</p>', why: 'a shopping teaser\'s label set off before a plain sentence, as "Sponsored:" is' },
  { spam: true, html: '<p>REPORTING LIKE THIS COSTS MONEY. THE COAST HERALD IS READER-FUNDED — CAN YOU CHIP IN?</p>', why: 'a donation asked as a question to the reader' },
  { spam: false, html: '<p>Can you donate blood after a Covid vaccine? What the rules say</p>', why: 'a service question about giving blood is no donation ask' },
  { spam: true, html: '<p>Odd turbinada: Porto vence e ambas marcam a 3,50 na ApostaMar. Aproveite!</p>', why: 'boosted odds in Portuguese: a betting offer' },
  { spam: false, html: '<p>Read the wine list carefully: a bottle of the house red can cost more than $80.</p>', why: 'an imperative told to take care is advice, not a call, even beside a price' },
  { spam: true, html: '<p>Read our buyer\'s guide and grab the Tidewater kayak for $299 before Sunday!</p>', why: 'the same verb as a call that urges: no adverb of care' },
  { spam: true, html: '<p>Make a one-off contribution of £10, £25 or any amount.</p>', why: 'a call of several words keeps a hyphen inside it ("one-off"): only the verb\'s own hyphen makes a noun ("Sign-up …")' },
  { spam: true, html: '<p>This video is unavailable in your region</p>', why: 'a video player\'s fallback left where the clip was' },
  { spam: true, html: '<p>El vídeo no está disponible en este momento</p>', why: 'the same fallback in Spanish, with no "you" to address the reader' },
  { spam: true, html: '<p>Ad · Paid partner</p>', why: 'a chumbox\'s label names a paid partner' },
  { spam: false, html: '<p>Vote counting in the county election is expected to finish on Friday.</p>', why: 'a call word before a gerund and a preposition is a compound noun, the subject of a report' },
  { spam: true, html: '<p>Keep reading in our app: it\'s free</p>', why: 'a verb that takes a gerund still calls: "keep reading"' },
  { spam: false, html: '<p>The lifeboat appeal raised £18,400 in its first month.</p>', why: 'a sum raised in its own first month is no introductory price' },
  { spam: false, html: '<p>Detectives have offered a £2,000 reward for information. Can you help?</p>', why: 'a police appeal closes its news on an ask: the full stop before it still makes a statement' },
  { spam: false, html: '<p>The lifeboat charity has 2,500 supporters. Can you guess how many are under 30?</p>', why: 'a question to the reader that asks for no help or gift is no appeal' },
  { spam: false, html: '<p>Contributing: Tom Ellery, The Coast Herald</p>', why: 'a credit given as a label names the newsroom: its "contributing" asks for nothing' },
  { spam: false, html: '<p>The video is not available in Russia, where the platform has been blocked since 2022.</p>', why: 'a report that a video is blocked somewhere names no player\'s fallback' },
  { spam: false, html: '<p>Buy now, pay later firms face tighter checks under the new rules.</p>', why: '"buy now, pay later" names a kind of credit: reported on, it is no call to buy' },
  { spam: false, html: '<h3>Buy now, pay later: what changes for shoppers</h3>', why: 'the same practice heading a section, set off by a colon' },
  { spam: true, html: '<p>Buy now and pay later with Shellpay: no interest, apply today!</p>', why: 'the practice sold as an offer is still a call: only its fixed name is a noun' },
  { spam: true, html: '<p>You\'ve read 3 of your 5 free harbour stories this month. Subscribe for unlimited access from £1 a week.</p>', why: 'a paywall meter before its call goes whole: a head of up to twelve words before a spam tail is short enough to be the insertion\'s own' },
  { spam: false, html: '<p>Our reporting found that the council spent twice the budget on the old wall.</p>', why: 'the site\'s own voice in a statement of fact: the gate opens, the model keeps it' },
  { spam: false, html: '<p>Related work on the north pier is listed in <a href="https://council.example.gov/pier.pdf">the engineers\' report</a>.</p>', why: '"Related" opening a sentence whose link comes later is prose, not a label' },
  { spam: false, html: '<p>Follow-up tests found no trace of the virus.</p>', why: 'a verb hyphened to the next word is half of a noun, not a call to action' },
  { spam: false, html: '<p>Reporting by Dana Wells; additional reporting by Omar Haddad</p>', why: 'a wire credit: "reporting" is a donation word, but "reporting by" is the newsroom crediting itself' },
  { spam: false, html: '<p>Sign-up for the ferry pass closes at the end of March.</p>', why: 'a phrasal verb written with a hyphen is the noun ("sign-up"), not the imperative' },
  { spam: false, html: '<p>Fishing licences stay tax-free until the end of the season.</p>', why: '"tax-free" says what is lacking, not what is given away' },
  { spam: false, html: '<p>The ticket price of $12 has not changed since 2019.</p>', why: 'a price in a plain statement: money beside shopping words never opens the gate' },
  { spam: false, html: '<p>Mayor Ruth Adeyemi</p>', why: 'a one-line attribution after a quote' },
  { spam: false, html: '<p>The harbour app is on Google Play.</p>', why: 'a statement that names a store is no badge' },
  { spam: false, html: '<p>Applications for the city arts grants close at midnight.</p>', why: 'a deadline with no offer or price stays a plain statement, even off-topic' },
  { spam: false, html: '<p>See which quays are closed during the repairs on the council website.</p>', why: 'an on-topic pointer to where to look, not a call to a stranger' },
  { spam: false, html: '<p>“Build it now!” one resident shouted from the back of the hall.</p>', why: 'an exclamation inside quoted speech' },
  { spam: false, html: '<p>The council claims the wall will pay for itself within 20 years.</p>', why: '"claims" in reporting, not a call to action' },
  { spam: false, html: '<p>Parking on the quay will be free while the work goes on, the council said.</p>', why: '"free" in an on-topic sentence' },
  { spam: false, html: '<p>Residents can sign up for flood alerts on the council website.</p>', why: '"sign up" as on-topic information' },
  { spam: false, html: '<p>Photograph: Coast Herald</p>', why: 'a photo credit' },
  { spam: false, html: '<p>The contract is worth $4.2 million, according to council papers.</p>', why: 'a sum of money in reporting' },
  { spam: false, html: '<p>Reuters</p>', why: 'a wire credit, off-topic by nature' },
  { spam: false, html: '<p>The EU and the UK shared the cost of the 2019 study.</p>', why: 'acronyms in capitals are not shouting' },
  { spam: false, html: '<p>Updated at 4:10 p.m.</p>', why: 'an update stamp' },
  { spam: false, html: '<p>Read the council\'s full report on the <a href="https://council.example/harbour-report.pdf">harbour wall</a>.</p>', why: 'an imperative with an on-topic link to another site' },
  { spam: false, html: '<p>The offer from the contractor was rejected within hours.</p>', why: '"offer" in narration' },
  { spam: false, html: '<p>The port will manage the work with third parties, and its privacy assessment was published in March.</p>', why: 'consent-banner words in reporting' },
  { spam: false, html: '<p>Fishermen made their choices on this site long before the first wall, the museum says.</p>', why: '"choices" and "this site" in narration' },
  { spam: false, html: '<p>The free ferry runs every hour in summer.</p>', why: 'a plain statement with a promo word, off the harbour\'s topic: a full stop, no "you", no "we"' },
  { spam: false, html: '<p>Le marché propose une dégustation gratuite le premier samedi du mois.</p>', why: 'French "du" is "of the", not the German "du" that addresses the reader' },
  { spam: false, html: "<p>Le dépistage est gratuit et sans rendez-vous jusqu'au 30 juin.</p>", why: 'French "rendez-vous" inside a clause is a noun (an appointment): its "vous" addresses no one' },
  { spam: true, html: '<p>Rendez-vous sur notre site pour gagner un week-end en bord de mer !</p>', why: '"Rendez-vous" opening the line is the call to go to the site' },
  { spam: false, html: '<p>“Get out now!” the firefighter yelled as smoke filled the corridor.</p>', why: 'an imperative and "now" inside quoted speech are the speaker\'s' },
  { spam: false, html: '<p>‘Get out now! Leave everything!’ a firefighter shouted as flames reached the campsite, according to witnesses.</p>', why: 'single quotes, as British papers write them, hold speech too (an off-topic report, so nothing else keeps it)' },
  { spam: false, html: "<p>'Share it with everyone you know!' the teenager's mother wrote in the Facebook post that helped find him, police said.</p>", why: 'straight single quotes around speech, with an apostrophe in a word after them' },
  { spam: false, html: '<p>“Download the app and get $20 off your first order,” read the advert at the centre of the complaint, which the trading standards office upheld.</p>', why: 'a verb of saying right after a quotation is its attribution ("read the advert"), not a call to read' },
  { spam: false, html: '<p>An earlier version of this article misstated the price of the free ferry pass.</p>', why: 'a correction names the page itself ("this article") without asking anything of the reader' },
  { spam: false, html: '<p>The newsletter, started in 2021, now has 45,000 paying subscribers.</p>', why: '"now" inside a clause is a time word, not urgency' },
  { spam: false, html: '<p>Os ingressos grátis acabaram em minutos.</p>', why: 'Portuguese "os" is an article, not the Spanish "os" that addresses the reader' },
  { spam: false, html: '<p>Oil slipped 3% to $78 a barrel while bitcoin climbed above $70,000 as investors weighed the data.</p>', why: 'a market report: prices, "bitcoin" and "investors" in narration' },
  { spam: false, html: '<p>Follow the cash, the minister told bankers, and the scandal unravels.</p>', why: 'an imperative in quoted speech whose attribution sits mid-sentence' },
  { spam: false, html: '<p>Ana Ruiz covers energy and climate for the paper. Follow her on X <a href="https://x.com/anaruiz">@anaruiz</a> or email her at ana@example.com</p>', why: 'an author\'s bio ends with how to reach her: "follow her" is not the site\'s call' },
  { spam: false, html: '<p>The lottery jackpot was won on Saturday by a couple from Leeds.</p>', why: 'prize words in a dated report' },
  { spam: false, html: '<p>Gold rose 2% to $2,400 an ounce on Friday as investors sought safety.</p>', why: 'a sum of money beside investing words in a market report' },
  { spam: false, html: '<p>Reporting by Ana Ruiz; additional reporting by Tom Hale</p>', why: 'a credit line\'s job titles ("reporting" twice) are not donation words, whatever the weights' },
  { spam: false, html: '<p>Read more: <a href="/news/2024/harbour-wall-cost">Who will pay for the harbour wall</a></p>', why: 'a related line on the story\'s own subject is the site\'s cross-reference (pruning leaves it to this judgement)' },
  // Shapes no single word gives away (shapes.ts), sponsors named in a sentence, labels that name their source.
  { spam: true, html: '<p>Nurse from Ohio grew £400 into £15,000 in a month on this platform</p>', why: 'a sum of money grown into a bigger one: the get-rich pitch, whatever its words' },
  { spam: true, html: '<p>Este remedio natural elimina el dolor de rodilla en solo 5 días</p>', why: 'a cure promised within days, beside a remedy word' },
  { spam: true, html: '<p>What they are not telling you about the bypass vote 👇</p>', why: 'a hand pointing at the link calls the reader as a verb does' },
  { spam: true, html: '<p>Season passes to the Coastal Living Expo are $35, and the offer ends Sunday</p>', why: 'a price with an offer\'s deadline ("ends Sunday")' },
  { spam: true, html: '<p>This article was produced in partnership with Marlow Building Society, which reviewed it before publication.</p>', why: 'a sponsor named in a sentence about the page' },
  { spam: true, html: '<p><b>MORE FROM THE COAST HERALD -</b> <a href="/news/2024/lifeboat">Lifeboat crew rescues two kayakers</a></p>', why: 'a related label that names its source before the link' },
  { spam: true, html: '<p>For more stories like this, catch the Coast Herald every evening on YouTube.</p>', why: 'a "for more …," lead hands over to an imperative without a capital' },
  { spam: false, html: '<p>The bill, sponsored by Senator Reyes, was funded by a levy on cruise ships.</p>', why: 'sponsor words in a report that names neither the site nor the page' },
  { spam: false, html: '<p>Funded by the harbour trust and two councils, the survey of the seabed took two years.</p>', why: 'a sentence that opens with "funded by" and runs on is news, not a sponsor label' },
  { spam: false, html: '<p>The pension fund turned $2 million into $3.1 million over a decade, its annual report shows.</p>', why: 'money grown into more money in a plain, sourced statement' },
  { spam: false, html: '<p>The sale of the old ferry ends Friday, the council said, and unsold parts will go to auction.</p>', why: 'a deadline in reported speech' },
  { spam: false, html: '<p>Doctors said the new antibiotic eliminates the infection in 7 days in most patients.</p>', why: 'a cure within days in a sourced report' },
  { spam: true, html: '<p>£39 at Tillbrook | £42 at Marlow Home</p>', why: 'a product box\'s row of shops, each a price at a shop' },
  { spam: true, html: '<p>Get Moneyline Pro for as little as Rs 499 a year and read without limits.</p>', why: 'a price in rupees, written "Rs", is a price as "$" is' },
  { spam: false, html: '<p>The ferry fare rose to Rs 45 from Rs 40 last month, the operator said.</p>', why: 'prices in rupees in a sourced report' },
  { spam: true, html: '<p>A retired nurse tried this simple app on her old phone. Here\'s what happened next.</p>', why: 'teaser words piled up ("this simple", "here\'s what happened next") make bait whatever its full stop' },
  { spam: true, html: '<p>Flash sale on the weekend edition</p>', why: '"flash sale" is an offer\'s word' },
  { spam: true, html: '<p>Tinnitus relief: do this every night (it is not what you think)</p>', why: 'a chumbox teaser: "do this" and "not what you think" withhold what a click would show' },
  { spam: true, html: '<p>Les retraités se ruent sur ce placement méconnu</p>', why: 'a teaser points at a thing it never names ("ce placement") and stops short of a full stop' },
  { spam: false, html: '<p>Why this matters</p>', why: 'a section heading points at the story: a demonstrative alone is no teaser' },
  { spam: false, html: '<p>The cheapest kettle in our test cost £19; the dearest, £89.</p>', why: 'the site\'s "our" before its own test is a review\'s voice, not a pitch\'s: a plain statement of prices' },
  { spam: false, html: '<p>Selon notre enquête, 40 faux sites promettaient des cadeaux gratuits aux lecteurs.</p>', why: 'a French newsroom\'s own investigation, reporting on free-gift scams' },
  { spam: false, html: '<p>A dermatologista recomenda reaplicar o protetor a cada duas horas, inclusive em dias nublados.</p>', why: 'Portuguese "em dias" with no count is "on days", not a result promised within days beside a skin doctor' },
  { spam: true, html: '<p>Enjoying these stories? Our weekend team writes one more every Saturday.</p>', why: 'a short question put to the reader, then the site\'s voice: a call to action without a verb' },
  { spam: true, html: '<p>This page contains affiliate links, and prices may have changed since it was written.</p>', why: 'an affiliate disclosure is an ad label in a sentence about the page' },
  { spam: false, html: '<p>Want proof that the wall works? Look at what happened in the east basin last winter.</p>', why: 'a question lead in the article\'s own argument, addressed to no one in particular' },
  { spam: true, html: '<p>Inscrivez-vous à la lettre du port et recevez-la chaque jeudi.</p>', why: 'a French imperative hyphened to its pronoun is a call to action, not half of a noun' },
  { spam: true, html: '<p>You have three free stories left. Subscribe for unlimited access to every edition.</p>', why: 'an adjective in -ed after a preposition ("for unlimited") is not narration: the verb before it still calls' },
  { spam: true, html: '<p>Where do you stand on the bypass? Let us know in the comments below.</p>', why: 'a comment prompt: the site asks the reader to write below the story' },
  { spam: true, html: '<p>Prices were correct at the time of publication and may change.</p>', why: 'a shop\'s price disclaimer, written as a plain sentence' },
  { spam: true, html: '<p>Former postman turns $150 into $9,400 with an AI trading app.</p>', why: 'a promise of money, however plainly written, is bait' },
  { spam: true, html: '<p>Paid partnership with Halden Mutual. Our reporters had no part in producing this.</p>', why: 'a sponsor label whose joining word follows it ("partnership with")' },
  { spam: false, html: '<p>The ferry company did not respond to questions at the time of publication.</p>', why: 'the moment of publication without a price is a reporter\'s note' },
  { spam: true, html: '<p>To watch this clip, allow cookies from the video site.</p>', why: 'a purpose lead ("To watch …,") hands over to the imperative after its comma' },
  { spam: true, html: '<p>Recruiting? Put your job advert in front of local readers from £49.</p>', why: 'a one-word question in the participle is put to the reader' },
  { spam: true, html: '<p>JE SOUTIENS LA RÉDACTION</p>', why: 'a button in the first person ("I support the newsroom")' },
  { spam: false, html: '<p>Surprising? Not to the engineers who built the east basin wall.</p>', why: 'a participle question addressed to no one, followed by no call' },
  { spam: false, html: '<p>Inspectors fined the marina $1.3 million for using tracking cookies without consent.</p>', why: 'a sum counted in millions is a report\'s figure, not a price, even beside consent words' },
  { spam: true, html: '<p>Partner content from Larkspur Mutual</p>', why: 'a label, then "from" and a capitalised name, names its sponsor' },
  { spam: true, html: '<p>This series is brought to you by Halden Outdoor Co.</p>', why: 'a sponsor label in a sentence about the series the page belongs to' },
  { spam: true, html: '<p>Seats are limited for the autumn wine tasting »</p>', why: 'a chevron closing the line points at the link as a hand does' },
  { spam: false, html: '<p>« Nous ne partirons pas »</p>', why: 'a chevron that closes a French quotation points at nothing' },
  { spam: true, html: '<p>Quick question: should the town centre go car-free? Yes / No</p>', why: 'a poll\'s buttons closing the line call the reader to answer' },
  { spam: true, html: '<p>Readers save 15% on the Kestrel cookery course with code KESTREL15.</p>', why: 'a promo code handed to the reader is a call to action, however plain the sentence' },
  { spam: false, html: '<p>The gang used the discount code SPRING24 to buy goods with stolen cards.</p>', why: 'a code in a report is evidence, not an offer' },
  { spam: true, html: '<p>Pensioners in Leeds are making £1,200 a day with this new platform!</p>', why: 'money made every day is a get-rich promise' },
  { spam: false, html: '<p>Garment workers in the region earn about $4 a day, the report found.</p>', why: 'a small daily wage in a report is not a promise' },
  { spam: true, html: '<p>Retired lighthouse keeper reveals how he makes $9,500 a month from his spare room</p>', why: 'a month\'s income in a headline-shaped teaser is a get-rich promise' },
  { spam: true, html: '<p>Listen · 4:38 min · Narrated by an AI voice</p>', why: 'an audio player\'s caption: a word of listening beside a running time' },
  { spam: true, html: '<p>Code promo QUAI15 : -15 % sur la boutique du port jusqu\'à dimanche</p>', why: 'a promo code given as the label that opens the line is an offer to the reader' },
  { spam: true, html: '<p>Abonnement numérique : 1 € le premier mois, résiliable à tout moment</p>', why: 'an introductory price for a subscription\'s first month is a paywall\'s offer' },
  { spam: false, html: '<p>Comprar una casa frente al puerto cuesta ya once años de sueldo.</p>', why: 'Spanish "ya" inside a clause is "already", neither urgency nor "you"' },
  { spam: true, html: '<p>Turn on notifications to hear when the next match starts.</p>', why: 'a call whose object is its category\'s own word ("notifications") addresses the reader as a button does' },
  { spam: false, html: '<p>Check your email for the confirmation code, the bank said.</p>', why: 'a call someone is reported making is theirs, not the site\'s' },
  { spam: false, html: '<p>The bakery\'s online shop now brings in half of its orders, its owner said.</p>', why: 'a call word after a determiner or "online" is a noun, "now" or not' },
  { spam: false, html: '<p>“Sign up, sail with us, and we\'ll pay for your training,” the navy advert reads.</p>', why: 'a quoted "we" is the advert\'s, not the site\'s: a quoted advert is no sponsor\'s notice' },
  { spam: true, html: '<p>To view this chart, you will need to enable JavaScript in your browser settings.</p>', why: 'after a lead that points at the page, "you need to" tells the reader what to do' },
  { spam: false, html: '<p>To see the eclipse properly, you will need to find a spot away from street lights.</p>', why: 'after a lead about the world, "you will need to" is advice' },
  { spam: false, html: '<p>O clube anunciou que os sócios terão desconto de 30% nos ingressos da final.</p>', why: 'Portuguese "nos" is "in the", not the site speaking as "us" (the lists of all languages are merged)' },
  { spam: true, html: '<p>Our editorial staff had no involvement in the making of this page.</p>', why: 'the newsroom standing apart from a sponsor\'s page is a sponsor label' },
  { spam: false, html: '<p>The minister said he had no involvement in the decision to close the ward.</p>', why: 'a denial of involvement in a report names neither the site nor the page' },
  { spam: true, html: '<p>Paid for by Friends of the Bypass Campaign and not authorized by any candidate.</p>', why: 'a line that opens with a sponsor label and names a second is a notice, however long the sponsor\'s name' },
  { spam: true, html: '<p>Este reportaje es de acceso libre gracias al apoyo de nuestros lectores.</p>', why: 'a note that readers pay for the page is a donation prompt' },
  { spam: true, html: '<p>Vous aimerez aussi : <a href="/sport/derby">Le derby se joue à guichets fermés</a></p>', why: 'a French related label' },
  { spam: true, html: '<p>Doctors stunned as retirees discover the morning ritual that melts belly fat faster than injections.</p>', why: 'bait words piled on scam words are bait however plainly written' },
  { spam: false, html: '<p>Doctors called his recovery “nothing short of a miracle”.</p>', why: 'bait and scam words in a quotation are a report' },
  { spam: true, html: '<p>Prices and availability are subject to change without notice.</p>', why: 'a line that opens on prices and says they may change is a shop\'s disclaimer' },
  { spam: false, html: '<p>The ferry operator warned that prices could change without notice.</p>', why: 'a price change reported about someone else is news' },
  { spam: true, html: '<p>Related: <a href="/sport/rowing">Veteran rower from the north shore finishes her sixth crossing of the Atlantic after forty-one days alone at sea in the small wooden boat she built herself</a></p>', why: 'a related line is a label and one link however long its headline' },
  { spam: true, html: '<p>The Millbrook Gazette\'s photo calendar for 2026 is on sale at newsagents across the county, priced £6.</p>', why: 'the site naming itself by its masthead, selling something, speaks as "we" do' },
  { spam: true, html: '<p>Get the Millbrook Business Brief each Tuesday</p>', why: 'a call to take a newsletter the site names by its masthead' },
  { spam: false, html: '<p>Tickets for the Gazette\'s charity quiz sold out within an hour, organisers said.</p>', why: 'a masthead in a report, with a verb of saying' },
  { spam: false, html: '<p>The Chronicle\'s new owners plan to cut the price of a subscription to £5 a month, the union said.</p>', why: 'another paper\'s prices, reported' },
  { spam: true, html: '<p>Vous aimez nos reportages sur le port ? Ne ratez aucun épisode, abonnez-vous à notre lettre.</p>', why: 'a verb hyphened to its pronoun is an imperative after a comma too' },
  { spam: true, html: '<p>1,284 people are reading this right now</p>', why: 'a count of readers on the page is a nudge, not news' },
  { spam: true, html: '<p>Advertise with us | Media kit</p>', why: 'the site\'s own advertising links are ad labels' },
  { spam: true, html: '<p>Content unavailable — consent required</p>', why: 'an embed\'s placeholder waiting for consent' },
  { spam: true, html: '<p>Stay connected with the Tribune on Instagram and WhatsApp.</p>', why: '"stay connected" is a call, not a verb followed by a past tense' },
  { spam: true, html: '<p>Before you leave… 860 readers backed our reporting this week. Could you be next?</p>', why: 'no listed word makes it a donation prompt: its words, read by the learned wording signal, do' },
  { spam: false, html: '<p>More than 860 readers backed the appeal for the lifeboat station this week, its organisers said.</p>', why: 'the same words in a report keep it' },
  { spam: true, html: '<h4>Share this</h4>', why: 'a button\'s caption: the call alone, naming its category' },
  { spam: false, html: '<h3>Take a walk</h3>', why: 'a point in a list of advice: a call that names no category stays' },
  { spam: false, html: '<h3>Cookies</h3>', why: 'a heading of one category word with no call is a recipe\'s, not a consent button' },
  { spam: true, html: '<p>Send us your storm photos using #WallWatch and we may feature them</p>', why: 'a hashtag is a social-media word: the prompt names its category by it' },
  { spam: false, html: '<p>The hashtag #SaveOurPier trended after the council vote, with 40,000 posts by Monday.</p>', why: 'a hashtag in a report stays' },
  { spam: false, html: '<p>Follow the signs for the park-and-ride, the council advised drivers.</p>', why: 'advice attributed to whoever gave it ("…, the council advised") is reported speech' },
  { spam: false, html: '<p>Follow the coastal path past the lighthouse and turn right at the cafe.</p>', why: '"follow" a path is directions: a social "follow" names an account' },
  { spam: false, html: '<p>Step 2: Open the settings menu and tap "Privacy".</p>', why: 'a numbered step of the article\'s own instructions is not a call to action' },
  { spam: false, html: '<p>Bitcoin fell 5% to US$ 61,000 in Asian trading.</p>', why: 'a market report: "US" is the country, not the site\'s "us", and "trading" alone is no scam word' },
  { spam: false, html: '<p>Dr. Lena Ortiz is a GP and writes our monthly column on family health.</p>', why: '"monthly" before a noun dates a column; a gift is asked for as "give monthly"' },
  { spam: false, html: '<p>The ferry operator will sell tickets to new customers only from June, the company said.</p>', why: 'an offer\'s words in a report attributed to its source stay' },
  { spam: false, html: '<p>Players must be 18+ to enter the casino, under rules that took effect in March.</p>', why: 'an age limit in a report is no small print' },
  { spam: true, html: '<p>You have 1 free article left this month.</p>', why: 'a paywall meter, told to the reader as a plain statement' },
  { spam: true, html: '<p>Accept and continue</p>', why: 'a consent button of two calls joined by "and"' },
  { spam: true, html: '<p>Bet £5 on the final and get £20 in free bets. New customers only, 18+, T&Cs apply.</p>', why: 'a bet offer with its small print is bait, however plainly written' },
  { spam: true, html: '<p>Our weekly briefing rounds up the best research, explained.</p>', why: 'a verb alone after a comma is a caption, not an attribution' },
  { spam: true, html: '<p>This clip is hosted by a video service. To watch it, allow Media cookies.</p>', why: 'a purpose lead ("To watch it,") hands over to an imperative in a later sentence too' },
  { spam: true, html: '<p>You\'ve read 4 of your 5 free stories this week.</p>', why: 'a paywall meter counts what "you" have read: no plain statement' },
  { spam: false, html: '<p>Readers have read 3 million articles this month, the paper said.</p>', why: 'a readership counted in a report is no meter' },
  { spam: true, html: '<p>Have your say</p>', why: 'a poll\'s button: the call\'s own "say" narrates nothing' },
  { spam: true, html: '<p>This soothing balm has helped thousands of readers with knee pain. Stocks are limited.</p>', why: 'a cure in short supply is bait, however plainly written' },
  { spam: false, html: '<p>Stocks of the vaccine are limited, officials said.</p>', why: 'a shortage reported and attributed stays' },
  { spam: true, html: '<p>To view this clip, please enable JavaScript in your browser.</p>', why: 'a video player\'s fallback text is an embed\'s leftover' },
  { spam: false, html: '<p>Read the terms carefully before you sign up.</p>', why: 'advice: "you" in a clause about what the reader might do ("before you sign up") does not make the call the site\'s' },
  { spam: true, html: '<p>Homeowners are getting hundreds back on their water bills. See if you qualify.</p>', why: 'a call whose object is the clause ("See if you qualify") addresses the reader' },
  { spam: true, html: '<p>Early backers could see 50x returns from this new coin.</p>', why: 'a promise in a modal ("could see") is still a promise: only a verb of narration reports it' },
  { spam: false, html: '<p>Analysts said investors could see returns fall next year.</p>', why: 'a forecast reported with its source stays' },
  { spam: false, html: '<p>This article was amended on 3 May to correct the date of the vote.</p>', why: 'a correction note speaks of the page but asks nothing' },
  { spam: false, html: '<p>Shares in Pellmart closed at £39, down from £55 a year ago.</p>', why: 'a share price "down from" a year ago is a report, not a marked-down price' },
  { spam: false, html: '<p>Doctors warned that so-called miracle cures for heatstroke promoted on TikTok could be dangerous.</p>', why: 'scam words reported with a verb of warning are news about the scam' },
  { spam: true, html: '<p>Doctors warned: this one fruit melts belly fat</p>', why: 'the same verb as a teaser\'s hook, no sentence after it' },
  { spam: true, html: '<p>The Trailmate 40L dry bag is $39 at Summit Outfitters (was $55).</p>', why: 'a price with its old price in brackets is a deal box, however plainly written: its "was" narrates nothing' },
  { spam: true, html: '<p>Get the Tideline in your inbox — the week\'s coastal news, explained in three minutes.</p>', why: '"explained in …" with no one explaining is a pitch\'s caption, not reported speech' },
  { spam: false, html: '<p>The wall will cost £4m more than planned, explained the council\'s engineer, because of the storms.</p>', why: 'an attribution with its verb first still reports' },
  { spam: true, html: '<p>Refer a friend to Pennywise Bank and you both get £50 — no strings attached.</p>', why: 'a referral offer: "refer a friend" is a call and an offer' },
  { spam: false, html: '<p>Doctors refer patients to the clinic when hospital waits grow long.</p>', why: '"refer" without "a friend" is a plain verb' },
];

describe('stripSpam: table of spam and trap lines', () => {
  for (const row of ROWS) {
    it(`${row.spam ? 'removes' : 'keeps'}: ${row.why}`, () => {
      const out = strip(inArticle(row.html));
      const text = squash(row.html.replace(/<[^>]+>/g, ' '));
      const removed = out.removed.some((r) => squash(r.text) === text);
      const genuineIntact = out.kept.includes('forty metres') && out.kept.includes('east basin');
      assert.ok(genuineIntact, 'a surrounding genuine paragraph was removed');
      if (row.spam) assert.ok(removed, `kept spam: ${text}`);
      else assert.ok(!removed && out.removed.length === 0, `removed genuine text: ${out.removed.map((r) => r.text).join(' | ')}`);
    });
  }

  it('gives each removal a category and a reason built from its signals', () => {
    const out = strip(inArticle('<p><a href="https://prize-zone.example/x">Claim your FREE cruise here!</a></p>'));
    const item = out.removed[0];
    assert.ok(item);
    assert.equal(item.category, 'promo');
    assert.match(item.reason, /call to action/);
    assert.match(item.reason, /'free'/);
    assert.ok(item.reason.split(' + ').length >= 3, item.reason);
    assert.ok(item.score! > 0.5 && item.score! <= 1);
  });

  it('names a price disclaimer in its reason, with no empty label quote', () => {
    const out = strip(inArticle('<p>Prices were correct at the time of publication and may change.</p>'));
    const item = out.removed[0];
    assert.ok(item);
    assert.equal(item.category, 'adlabel');
    assert.match(item.reason, /^price disclaimer \+ /);
  });

  it('reads a donation appeal\'s closing ask, a question put to the reader, as its call', () => {
    const [item] = strip(inArticle('<p>We need 3,000 new supporters to keep reporting. Will you help?</p>')).removed;
    assert.equal(item?.category, 'donation');
    assert.match(item.reason, /call to action \('will you help\?'\)/);
  });

  it('files a promise of money as a scam, whatever the line sells it with', () => {
    const out = strip(inArticle('<p>Former postman turns $150 into $9,400 with an AI trading app.</p>'));
    assert.deepEqual(out.removed.map((r) => r.category), ['scam']);
  });

  it('files a subscription\'s first-month price with the paywall\'s prompts, not with shopping', () => {
    const out = strip(inArticle('<p>Abonnement numérique : 1 € le premier mois, résiliable à tout moment</p>'));
    assert.deepEqual(out.removed.map((r) => r.category), ['newsletter']);
    assert.match(out.removed[0]!.reason, /introductory price/);
  });

  it('names a player\'s or an embed\'s leftover by what it is, not as a button\'s caption', () => {
    for (const [line, named] of [['0:00 / 3:21', 'media player'], ['— Red Carpet Watch (@redcarpetwatch) March 10, 2024', 'embedded post']]) {
      const reason = strip(inArticle(`<p>${line}</p>`)).removed[0]?.reason ?? '';
      assert.match(reason, new RegExp(`'${named}'`), line);
      assert.doesNotMatch(reason, /button caption/, line);
    }
  });

  it('labels ad labels and related lines with their own categories', () => {
    const out = strip(inArticle('<p>Sponsored</p><p>See also: <a href="/news/ferry">Ferry fares rise again</a></p>'));
    assert.deepEqual(out.removed.map((r) => r.category).sort(), ['adlabel', 'related']);
  });
});
