// English vocabulary of spam insertions. Written from the general language of web advertising,
// fundraising, consent banners and clickbait, not from any one page: the detector must recognise
// lines it has never seen.
import type { Lexicon } from './types.js';

export const en: Lexicon = {
  stopwords: [
    'a', 'about', 'after', 'again', 'all', 'also', 'an', 'and', 'any', 'are', 'as', 'at', 'be', 'been',
    'before', 'being', 'but', 'by', 'can', 'could', 'did', 'do', 'does', 'for', 'from', 'had', 'has',
    'have', 'he', 'her', 'here', 'him', 'his', 'how', 'i', 'if', 'in', 'into', 'is', 'it', 'its', 'just',
    'may', 'me', 'more', 'most', 'my', 'no', 'not', 'now', 'of', 'on', 'one', 'only', 'or', 'other',
    'our', 'out', 'over', 'said', 'says', 'she', 'so', 'some', 'than', 'that', 'the', 'their', 'them',
    'then', 'there', 'these', 'they', 'this', 'those', 'to', 'too', 'up', 'us', 'very', 'was', 'we',
    'were', 'what', 'when', 'where', 'which', 'while', 'who', 'why', 'will', 'with', 'would', 'you',
    'your', 's', 't', 're', 'll', 've', 'd', 'm', 'don', 'new', 'get', 'got', 'make', 'made', 'use', 'uses', 'used', 'using',
  ],
  ctaVerbs: [
    'click', 'tap', 'press', 'pin it', 'pin this', 'subscribe', 'sign up', 'sign', 'register', 'join', 'follow', 'share', 'like', 'refer a friend',
    'tweet', 'retweet', 'comment', 'download', 'install', 'get', 'grab', 'claim', 'redeem', 'unlock',
    'collect', 'buy', 'shop', 'order', 'book', 'compare', 'check', 'save', 'donate', 'give', 'support',
    'contribute', 'chip in', 'pledge', 'enter', 'win', 'spin', 'vote', 'take', 'answer', 'discover',
    'find out', 'learn', 'see', 'watch', 'read', 'try', 'start', 'act', 'hurry', 'call', 'visit', 'apply',
    'activate', 'confirm', 'accept', 'decline', 'reject', 'manage', 'allow', 'upgrade', 'become', 'invest',
    'earn', 'cure', 'eat', 'lose', 'stream', 'listen', 'tune in', 'opt in',
    'reserve', 'secure', 'request', 'explore', 'browse', 'view', 'open', 'play', 'go', 'stay', 'keep',
    'don t miss', 'don t forget', 'never miss', 'help', 'add', 'email', 'text', 'message',
    'scan', 'tell', 'bookmark', 'switch', 'snag', 'please', 'tag', 'gift', 'log in', 'sign in', 'continue',
    'make a gift', 'make a donation', 'bet now', 'view on instagram', 'view this post on instagram', 'make your gift', 'make your donation', 'stay connected', 'stay informed', 'stay updated', 'stay in touch', 'demand', 'let us know', 'let me know', 'enroll', 'enrol', 'find', 'catch', 'hear', 'turn on', 'enable',
    'have your say', 'bet', 'sign me up', 'count me in', 'keep me posted', 'remind me', 'add your name', 'pick a side',
    'change your settings', 'change settings', 'change your preferences', 'update your preferences',
    'stand with',
    // A donation asked as a question to the reader ("… — can you chip in?"); not "can you donate",
    // which asks whether one may give blood.
    'can you chip in', 'will you chip in', 'could you chip in', 'will you support us', 'can you support us',
    // A dare put to the reader is a call as much as an order is ("… Are you going to let them?").
    'are you going to let them', 'will you let them',
    // Saving a post for later: the call and its time are one phrase, not a story's "later".
    'pin it for later', 'pin for later', 'save it for later',
    // Picking what to give or to stake ("Choose an amount: £3 £6 £10", "Predict all six scores").
    'choose', 'select', 'predict', 'bag', 'make a contribution', 'make a one off', 'make a one time', 'make a monthly',
  ],
  secondPerson: ['you', 'your', 'yours', 'yourself', 'u'],
  // The site thanking its reader speaks as the site ("… powers our coverage. Thank you."); a thanks
  // someone gives in the story is quoted, and quoted speech is not read for voice.
  publisherVoice: ['our', 'us', 'we', 'ours', 'thank you', 'thanks for reading', 'thanks for your support', 'thanks for signing up', 'thanks for subscribing'],
  pageReference: ['this article', 'this story', 'this page', 'this post', 'this content', 'this feature', 'this series', 'this section', 'this newsletter', 'this podcast', 'this episode', 'this video', 'this guide'],
  // Only words that sell: "price", "deal", "offer", "sale" or "trial" are everyday news words and
  // stay in the category cues below, where they name a category but never open the gate alone.
  promo: [
    'free', 'freebie', 'flash sale', 'gift', 'gifts', 'giveaway', 'giveaways', 'prize', 'prizes', 'sweepstake*', 'refer a friend', 'refer friends',
    'raffle', 'voucher*', 'coupon*', 'promo', 'promo code', 'discount*', 'bargain*', 'clearance',
    'free shipping', 'cashback', 'rebate*', 'reward*', 'complimentary', 'free trial', 'checkout', 'lucky',
    'congratulations', 'jackpot', 'half price', 'best deal', 'top pick', 'lowest price', 'cheapest',
    'bestseller*', 'best selling', 'gift card', 'for just', 'ad free', 'early bird', 'is on us', 'are on us', 'on the house',
    'free bet', 'free bets', 'new customers', 'new customers only', 't cs apply', 'terms apply', 'play responsibly', 'begambleaware', 'gambleaware',
    'for the price of one', 'for the price of two', 'for the price of three', 'buy one get one', 'two for one', '2 for 1', 'first bet', 'bet matched', 'odds boost', 'boosted odds', 'enhanced odds',
    'your first month', 'first month free', 'costs nothing'
  ],
  urgency: [
    'now', 'today', 'tonight', 'hurry', 'instantly', 'immediately', 'asap', 'last chance', 'limited time',
    'today only', 'are reading this', 'reading this right now', 'this week only', 'this weekend only', 'while supplies last', 'while stocks last', 'before it s',
    'don t miss', 'never miss', 'ends soon', 'expires', 'midnight', 'act now', 'right now', 'quick',
    'only a few', 'few left', 'left in stock', 'countdown', 'deadline',
    'every morning', 'before you go', 'first to know', 'limited spots', 'limited seats', 'spaces are limited', 'seats are limited',
    'places are limited', 'spots are limited', 'places left', 'spaces left', 'seats left', 'spots left',
    'stocks are limited', 'stock is limited', 'limited stock', 'selling out', 'selling fast', 'selling out fast', 'almost gone', 'going fast', 'back in stock',
    'be the first to',
    // An offer's label ("LIMITED OFFER"): the offer's time is short, whatever it is.
    'limited offer', 'limited time offer',
  ],
  narrative: [
    'said', 'says', 'say', 'fell', 'rose', 'grew', 'sank', 'soared', 'went', 'came', 'took', 'began', 'became', 'told', 'tells', 'according to', 'was', 'were', 'had', 'been', 'did', 'would', 'could',
    'reported', 'added', 'explained', 'wrote', 'declined', 'noted', 'described', 'announced', 'asked',
    'argued', 'claimed', 'confirmed', 'insisted', 'suggested', 'showed', 'found', 'spokesman', 'spokeswoman',
    'spokesperson', 'officials', 'researchers', 'study', 'percent', 'since', 'during', 'last year', 'last month',
    'last week', 'earlier', 'later', 'however', 'although', 'which', 'who', 'whose', 'despite',
    // A report dates what happened; an advert's dates are deadlines ("ends Friday"), not "on Friday".
    'dropped', 'slipped', 'climbed', 'jumped', 'gained', 'edged', 'slumped', 'tumbled', 'rallied', 'traded', 'held steady', 'warned', 'cautioned', 'urged', 'advised',
    'on monday', 'on tuesday', 'on wednesday', 'on thursday', 'on friday', 'on saturday', 'on sunday',
    'slid', 'plunged', 'surged', 'dipped', 'plummeted', 'rebounded', 'eased', 'hovered', 'retreated', 'closed at', 'settled at',
  ],
  clickbait: [
    'shock', 'shocking', 'shocked', 'shocks', 'furious', 'outraged', 'stunned', 'stunning', 'secret',
    'secrets', 'trick', 'tricks', 'weird', 'hate', 'hates', 'doctors', 'reveals', 'revealed', 'exposed',
    'unbelievable', 'miracle', 'for almost nothing', 'won t believe', 'jaw dropping', 'insane', 'mind blowing', 'one simple',
    'this one', 'what happens next', 'they don t want', 'want you to know', 'warning', 'throw out', 'stop eating', 'banned',
    'celebrities', 'billionaire', 'millionaire', 'overnight',
    'naturally', 'this is why', 'goes viral', 'breaking', 'mainstream media', 'deep state', 'rigged',
    'you need to see', 'find out why', 'see why', 'here s why', 'find out how', 'may shock you', 'will shock you', 'will surprise you', 'may surprise you', 'the answer may', 'gone wrong', 'like crazy', 'hate him', 'hate her', 'this simple', 'this common', 'this strange', 'this little known', 'without working', 'gadget', 'ditching', 'everyone is', 'can t stop', 'experts are baffled', 'one weird', 'nobody is talking about',
    // Teasers: a line that points at what a click would show ("Here's how …", "See how …") or at
    // what someone would hide ("… don't want you to know").
    'here s how', 'here is how', 'here s what', 'see how', 'learn how', 'watch how', 'see what happens', 'little known', 'don t want you to', 'rather you didn t know', 'can t explain',
    'you won t guess', 'unrecognisable', 'unrecognizable', 'are furious about', 'is furious about',
    'outrage', 'in for a surprise', 'in for a big surprise', 'in for a shock', 'in for a rude awakening', 'i beg you', 'what happened next', 'not what you think', 'do this', 'going crazy', 'go crazy', 'goes crazy', 'lost everything', 'should never', 'never eat',
    // What the trick ends: a promised farewell, the reader left lost for words.
    'say goodbye to', 'watch what happens', 'leave you speechless', 'made her cry', 'made him cry', 'left her speechless', 'left him speechless',
    // A puzzle teaser's boast ('Only geniuses can solve this').
    'only geniuses', 'can you solve',
    // A cure's pitch opening on what to stop paying for ("Stop buying expensive glasses!").
    'stop buying', 'stop paying for',
  ],
  cues: {
    newsletter: [
      'newsletter*', 'inbox*', 'email', 'e mail', 'briefing*', 'digest', 'subscri*', 'sign up', 'mailing list', 'account',
      'delivered', 'headlines', 'alerts', 'join', 'free articles', 'free stories', 'your limit', 'article limit', 'without limits', 'cancel anytime', 'cancel at any time', 'gift subscription', 'gift a subscription',
      'articles left', 'stories left', 'free article', 'for subscribers', 'subscribers only', 'subscriber only', 'sign me up', 'subscriber exclusive',
      'by signing up', 'by subscribing', 'marketing emails', 'you agree to receive', 'you can unsubscribe', 'unsubscribe at any time', 'unsubscribe anytime',
      'thanks for signing up', 'thank you for signing up', 'you re subscribed', 'you re all set', 'thanks for subscribing',
    ],
    social: [
      'facebook', 'twitter', 'instagram', 'tiktok', 'youtube', 'linkedin', 'whatsapp', 'telegram',
      'pinterest', 'pin it', 'pin this', 'snapchat', 'threads', 'bluesky', 'preferred source', 'google news', 'mastodon', 'reddit', 'follow', 'share', 'tweet',
      'retweet', 'like', 'comment', 'comments', 'comments below', 'the comments', 'friends', 'a friend', 'followers', 'group', 'channel', 'email a friend', 'tag',
      // What an embedded post leaves behind when its script does not run.
      'a post shared by', 'a video posted by',
      'share this article', 'share this story', 'pin it for later', 'pin for later', 'save it for later',
    ],
    app: [
      'app', 'apps', 'app store', 'google play', 'play store', 'ios', 'android', 'iphone', 'install',
      'download', 'push notifications', 'notifications', 'tap', 'podcast', 'podcasts', 'episode', 'latest episode', 'wherever you listen', 'wherever you get your podcasts', 'episodes', 'spotify', 'apple podcasts', 'in app', 'in the app', 'in our app',
      'audio version', 'prefer to listen', 'hit play', 'turn on notifications',
      // A synthetic reading's note ("Audio generated by AI", "Voiced by automated technology").
      'audio generated', 'generated audio', 'ai generated audio', 'ai voice', 'automated voice', 'voiced by',
      // A player's fallback left where the video was ("This video is unavailable in your region").
      'video is unavailable', 'video is not available', 'video is no longer available', 'unavailable in your region', 'not available in your region', 'unavailable in your country',
    ],
    donation: [
      'donate', 'donation*', 'contribut*', 'support', 'supporter*', 'member', 'membership*', 'unlimited access', 'patron*',
      'chip in', 'pledge', 'independent journalism', 'journalism', 'reporting', 'newsroom', 'gift',
      'one off', 'monthly', 'made possible by', 'readers like you', 'free to read', 'paywall free', 'without a paywall', 'no paywall', 'thanks to the support', 'tax deductible',
      // A gift measured against a coffee ("for the price of a coffee a month", "buy us a coffee").
      'price of a coffee', 'cost of a coffee', 'less than a coffee', 'buy us a coffee', 'buy me a coffee',
      // The newsroom the reader is asked to keep going.
      'fundraiser', 'our journalism', 'our reporters', 'our journalists', 'our own reporters', 'our work',
      'remove ads', 'no ads', 'fewer ads', 'give now', 'give today', 'give once', 'give monthly', 'every dollar', 'every pound', 'every euro', 'double your impact', 'triple your impact', 'every dollar matched', 'gifts matched', 'donations matched', 'any amount', 'choose an amount', 'select an amount', 'other amount',
      // Not "our readers": the site reports what they told it as often as it asks them for money.
      'every contribution', 'every gift', 'gifts of any size',
      // The site telling who pays for it ("Reader-funded since 2011").
      'reader funded', 'reader supported', 'funded by readers', 'funded by our readers', 'supported by readers', 'supported by our readers',
    ],
    // A banner's opening ("this site uses", "we use"), the conditions it sets ("by continuing",
    // "by clicking") and its buttons ("got it", "manage") each count beside "cookies": a banner
    // line names several, a sentence about cookies rarely more than one.
    cookie: [
      'cookie', 'cookies', 'consent', 'privacy', 'preferences', 'accept', 'decline', 'reject', 'partners',
      'personalise', 'personalize', 'gdpr', 'cookie policy', 'agree', 'ok', 'settings', 'learn more',
      'this site', 'this website', 'this site uses', 'this website uses', 'our site uses', 'our website uses', 'we use',
      'we and our partners',
      'by continuing', 'continuing to browse', 'by clicking', 'by using this site', 'by using our site', 'got it',
      'manage', 'opt out', 'third party', 'third parties', 'personal data', 'browsing experience',
      'necessary', 'strictly necessary', 'essential', 'functional', 'analytics',
      'analytics', 'do not sell', 'choices', 'close', 'personal information', 'personalised ads', 'personalized ads',
      'content measurement', 'audience research', 'embedded', 'embed', 'consent required', 'could not be loaded', 'failed to load', 'unable to load', 'content unavailable', 'content not available', 'third party content', 'allow all', 'accept all', 'reject all', 'save and close', 'accept and close',
      'video unavailable', 'not available in your country', 'change your settings', 'could not load', 'marketing cookies',
      'enable javascript', 'javascript', 'html5 video', 'supports html5', 'does not support', 'upgrade your browser', 'tweet unavailable', 'post unavailable', 'this tweet is unavailable', 'which may set', 'tracking cookies',
      // A blocked embed's notice ("This content is provided by …, which may be using cookies and other technologies").
      'may be using cookies', 'other technologies', 'we need your permission', 'your permission to use cookies',
      'and continue', 'required cookies', 'social media cookies', 'content is hosted by', 'cannot be displayed',
    ],
    affiliate: [
      'shop', 'shopping', 'buy', 'price', 'prices', 'deal', 'deals', 'discount*', 'code', 'coupon*',
      'shipping', 'cart', 'checkout', 'sale', 'off', 'retailer*', 'store', 'commission', 'affiliate',
      'bestseller*', 'pick', 'picks', 'top picks', 'in stock', 'order', 'subject to change', 'may earn', 'referral fee', 'referral fees', 'affiliate links',
      'purchase', 'products', 'independently', 'our links', 'through our links', 'tickets', 'on sale',
      // A buying guide's claim to have tried what it sells.
      'our experts', 'our testers', 'our reviewers',
      'tested by our', 'tried and tested', 'we tested', 'shop the look', 'shop the story',
      // A comparison site's pitch ('Compare the best mortgage rates here').
      'compare', 'best rates',
    ],
    // Not "investors": market reports name them in every other line ("as investors sold riskier assets").
    scam: [
      'crypto', 'cryptocurrency', 'bitcoin', 'ethereum', 'token', 'coin', 'blockchain', 'invest', 'investment',
      'trading app', 'trading bot', 'trading platform', 'robot', 'millionaire', 'billionaire', 'earn', 'profit', 'profits', 'profitable', 'retire', 'income',
      'doctors', 'trick', 'cure', 'weight', 'miracle', 'naturally', 'diabet*',
      'pills', 'supplement', 'remedy',
      'seniors', 'ritual', 'belly fat', 'joint pain', 'knee pain', 'nerve pain', 'tinnitus', 'wrinkles', 'blood sugar', 'eyesight',
      'celebrities', 'weight loss', 'fat burner', 'keto', 'joint pain', 'hair loss', 'anti aging', 'forex',
      'passive income', 'side hustle', 'algorithm', 'gamble responsibly', 'gambling', 'get rich', 'casino', 'betting', 'lottery', 'wealth', 'debt free',
      'pill', 'dermatologist*', 'surgeon*', 'loophole', 'from home', 'work from home', 'retirees', 'burn fat', 'fat',
      'hair growth', 'detox', 'metabolism', 'parasite*', 'stimulus check', 'payout', 'erase debt', 'debt relief', 'owed', 'grants', 'your postcode', 'your zip code', 'your area',
      // The cure itself: what bait promises a remedy does to a body.
      'reverses', 'reverse', 'eliminates', 'melts', 'melt away', 'erases', 'natural remedy', 'restores',
      // The form a remedy is sold in, and the windfall a coin is promised to bring.
      'capsule', 'capsules', 'gummy', 'gummies', 'worth a fortune',
    ],
    political: [
      'election', 'elections', 'vote', 'voting', 'poll', 'president', 'congress', 'senate',
      'patriot*', 'trump', 'biden', 'democrats', 'republicans', 'liberals', 'conservatives', 'government',
      'petition', 'ballot', 'voters', 'mainstream media', 'deep state', 'rigged', 'impeach*', 'socialist*', 'gop', 'midterm*', 'straw poll',
      'have your say', 'add your name', 'pick a side',
      'stand with', 'senator', 'radical',
      // Outrage bait's dare to the reader ("They want to ban your truck. Are you going to let them?").
      'are you going to let them', 'will you let them', 'don t let them', 'enough is enough',
      'do you approve', 'job approval', 'governor', 'survey', 'voter survey',
    ],
    promo: [
      'giveaway', 'prize*', 'win', 'winner*', 'congratulations', 'claim', 'free', 'gift', 'lucky',
      'spin', 'wheel', 'reward*', 'voucher*', 'gift card', 'sweepstake*', 'draw', 'complimentary',
      'exclusive', 'offer', 'you have been selected', 'you ve been selected', 'iphone', 'ipad',
    ],
  },
  adLabels: [
    'advertisement', 'advertising', 'advert', 'ad', 'ads', 'advertise with us', 'media kit', 'deal of the day', 'deals of the day', 'sponsored', 'sponsored content', 'sponsored post',
    'sponsored by', 'presented by', 'sponsored stories', 'sponsored links', 'promoted stories', 'promoted links', 'ad feature', 'advertisement feature', 'advertising feature', 'paid for by', 'brought to you by', 'in partnership with', 'paid content', 'paid post', 'paid partnership', 'paid partner', 'promoted', 'promoted content',
    'promotion', 'partner content', 'from our sponsors', 'from our sponsor', 'from our partners', 'sponsor content', 'sponsor', 'story continues below',
    'article continues below', 'story continues after advertisement', 'continue reading below',
    'scroll to continue', 'scroll to continue reading', 'content continues below', 'skip advert',
    'advertiser content', 'commercial content', 'continues below advertisement', 'continues after this ad',
    'article continues after', 'story continues after', 'continues after advertisement', 'after the ad',
    // A sponsor named inside a sentence (see sponsorDisclosure in features.ts).
    'our partner', 'from our partner', 'content from our partner', 'partnership with', 'supported by', 'funded by',
    'underwritten by', 'in association with',
    // An affiliate disclosure is a label too, in a sentence about the page or in the site's voice.
    'affiliate links', 'affiliate link', 'affiliate commission', 'earn a commission', 'receive a commission', 'earn a small commission',
    'share of the sale', 'share of the sales', 'portion of the sale', 'cut of the sale',
    // The newsroom standing apart from a sponsor's page, and a campaign's legal notice.
    'no involvement in', 'not involved in', 'was not involved', 'were not involved', 'editorial team', 'editorial staff',
    'not authorised by', 'not authorized by', 'approved this message', 'commercial team', 'on behalf of',
    'advertise with',
    'ad feedback',
    'responsibility of the advertiser', 'sole responsibility of the advertiser',
    // A shopping teaser's label ("Deal alert: The … just dropped to its lowest price").
    'deal alert', 'deal of the day',
    'does not reflect the views of', 'do not reflect the views of', 'does not reflect the opinion of',
  ],
  relatedLabels: [
    'read more', 'also read', 'read also', 'related', 'see also', 'more on this', 'more on this story',
    'related story', 'related stories', 'related article', 'related articles', 'related coverage',
    'recommended', 'recommended reading', 'further reading', 'don t miss', 'you may also like',
    'you might also like', 'must read', 'trending', 'more', 'previously', 'in case you missed it', 'up next',
    'read next', 'top stories', 'latest', 'more from', 'also on', 'more stories', 'most read', 'popular',
    'watch', 'listen', 'opinion', 'explainer', 'analysis',
    'editor s pick', 'editor s picks', 'editors pick', 'editors picks', 'staff pick', 'continue reading', 'keep reading',
    'popular now', 'most popular', 'top picks', 'explore more', 'from the archive', 'from the archives',
    'more coverage', 'related content', 'related links', 'related reading', 'read this next', 'trending now', 'explained',
    'video', 'videos', 'photos', 'in pictures', 'gallery',
    'you might like', 'you may like', 'live',
  ],
};
