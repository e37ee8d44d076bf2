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
    'your', 's', 't', 're', 'll', 've', 'd', 'm', 'don', 'new', 'get', 'got', 'make', 'made',
  ],
  ctaVerbs: [
    'click', 'tap', 'press', 'subscribe', 'sign up', 'sign', 'register', 'join', 'follow', 'share', 'like',
    'tweet', 'retweet', 'comment', 'download', 'install', 'get', 'grab', 'claim', 'redeem', 'unlock',
    'collect', 'buy', 'shop', 'order', 'book', 'compare', 'check', 'save', 'donate', 'give', 'support',
    'contribute', 'chip in', 'pledge', 'enter', 'win', 'spin', 'vote', 'take', 'answer', 'discover',
    'find out', 'learn', 'see', 'watch', 'read', 'try', 'start', 'act', 'hurry', 'call', 'visit', 'apply',
    'activate', 'confirm', 'accept', 'decline', 'reject', 'manage', 'allow', 'upgrade', 'become', 'invest',
    'earn', 'cure', 'eat', 'drink', 'lose', 'melt', 'erase', 'stream', 'listen', 'tune in', 'opt in',
    'reserve', 'secure', 'request', 'explore', 'browse', 'view', 'open', 'play', 'go', 'stay', 'keep',
    'don t miss', 'don t forget', 'never miss', 'stand with', 'help', 'add', 'email', 'text', 'message',
    'scan', 'sign the petition', 'tell', 'bookmark', 'unsubscribe', 'switch', 'grab', 'snag', 'score',
  ],
  secondPerson: ['you', 'your', 'yours', 'yourself', 'ya', 'u'],
  promo: [
    'free', 'freebie', 'gift', 'gifts', 'giveaway', 'giveaways', 'prize', 'prizes', 'sweepstake*',
    'raffle', 'voucher*', 'coupon*', 'promo', 'promo code', 'discount*', 'deal', 'deals', 'offer', 'offers',
    'sale', 'bargain*', 'clearance', 'price', 'prices', 'pricing', 'shipping', 'cashback', 'rebate*',
    'bonus', 'reward*', 'complimentary', 'exclusive', 'trial', 'checkout', 'cart', 'lucky', 'winner*',
    'congratulations', 'jackpot', 'cash', 'sample pack', 'half price', 'best deal', 'top pick',
    'lowest price', 'cheapest', 'bestseller*', 'best selling', 'gift card', 'no catch', 'no strings',
    'on us', 'for just', 'off', 'save', 'savings', 'ad free', 'premium', 'membership', 'member',
  ],
  urgency: [
    'now', 'today', 'tonight', 'hurry', 'instantly', 'asap', 'last chance', 'limited time',
    'today only', 'while supplies last', 'while stocks last', 'before it s gone', 'before it s deleted',
    'don t miss', 'never miss', 'ends soon', 'expires', 'midnight', 'act now', 'right now', 'quick',
    'only a few', 'few left', 'left in stock', 'countdown', 'deadline', 'first 100', 'first 500',
    'first 1000', 'on the go', 'every weekday', 'every morning', 'straight to your inbox',
  ],
  narrative: [
    'said', 'says', 'told', 'tells', 'according to', 'was', 'were', 'had', 'been', 'did', 'would', 'could',
    'reported', 'added', 'explained', 'wrote', 'declined', 'noted', 'described', 'announced', 'asked',
    'argued', 'claimed', 'confirmed', 'insisted', 'suggested', 'showed', 'found', 'spokesman', 'spokeswoman',
    'spokesperson', 'officials', 'researchers', 'study', 'percent', 'since', 'during', 'last year', 'last month',
    'last week', 'earlier', 'later', 'however', 'although', 'which', 'who', 'whose', 'despite',
  ],
  clickbait: [
    'shock', 'shocking', 'shocked', 'shocks', 'furious', 'outraged', 'stunned', 'stunning', 'secret',
    'secrets', 'trick', 'tricks', 'weird', 'hate', 'hates', 'doctors', 'reveals', 'revealed', 'exposed',
    'unbelievable', 'miracle', 'won t believe', 'jaw dropping', 'insane', 'mind blowing', 'one simple',
    'this one', 'what happens next', 'the media won t', 'they don t want', 'banned', 'leaked', 'insiders',
    'cashing in', 'finally public', 'celebrities', 'billionaire', 'millionaire', 'overnight',
    'naturally', 'melt', 'erase', 'this is why', 'goes viral', 'breaking', 'patriots only',
  ],
  cues: {
    newsletter: [
      'newsletter*', 'inbox', 'email', 'e mail', 'briefing*', 'digest', 'subscri*', 'sign up', 'mailing list',
      'delivered', 'headlines', 'never miss a story', 'stories like this', 'alerts', 'join',
    ],
    social: [
      'facebook', 'twitter', 'instagram', 'tiktok', 'youtube', 'linkedin', 'whatsapp', 'telegram',
      'pinterest', 'snapchat', 'threads', 'bluesky', 'mastodon', 'reddit', 'follow', 'share', 'tweet',
      'retweet', 'like', 'comment', 'friends', 'followers', 'conversation', 'group', 'channel', 'email a friend',
    ],
    app: [
      'app', 'apps', 'app store', 'google play', 'play store', 'ios', 'android', 'iphone', 'install',
      'download', 'push notifications', 'notifications', 'better experience', 'in our app', 'tap',
    ],
    donation: [
      'donate', 'donation*', 'contribut*', 'support', 'supporter*', 'member', 'membership', 'patron*',
      'chip in', 'pledge', 'independent journalism', 'journalism', 'reporting', 'newsroom', 'spare', 'gift',
      'one off', 'monthly', 'readers like you', 'give now', 'keep this site free',
    ],
    cookie: [
      'cookie', 'cookies', 'consent', 'privacy', 'preferences', 'accept', 'decline', 'reject', 'partners',
      'personalise', 'personalize', 'gdpr', 'cookie policy', 'agree', 'ok', 'settings', 'learn more',
    ],
    affiliate: [
      'shop', 'shopping', 'buy', 'price', 'prices', 'deal', 'deals', 'discount*', 'code', 'coupon*',
      'shipping', 'cart', 'checkout', 'sale', 'off', 'was', 'retailer*', 'store', 'commission', 'affiliate',
      'bestseller*', 'pick', 'full price', 'check price', 'shop the look', 'in stock', 'order',
    ],
    scam: [
      'crypto', 'cryptocurrency', 'bitcoin', 'ethereum', 'token', 'coin', 'blockchain', 'invest', 'investment',
      'investors', 'trading', 'robot', 'millionaire', 'billionaire', 'earn', 'profit*', 'retire', 'income',
      'doctors', 'trick', 'cure', 'belly fat', 'weight', 'wrinkles', 'miracle', 'naturally', 'diabet*',
      'blood sugar', 'tinnitus', 'pills', 'supplement', 'remedy', 'ingredient', 'overnight', 'dermatologist*',
      'celebrities', 'a day', 'strategy', 'turned',
    ],
    political: [
      'election', 'elections', 'vote', 'voted', 'voting', 'poll', 'president', 'congress', 'senate',
      'patriot*', 'trump', 'biden', 'democrats', 'republicans', 'liberals', 'conservatives', 'government',
      'petition', 'troops', 'flag', 'insiders', 'washington', 'memo', 'leaked', 'media', 'nation', 'ballot',
      'results', 'won', 'victory',
    ],
    promo: [
      'giveaway', 'prize*', 'win', 'winner*', 'congratulations', 'selected', 'claim', 'free', 'gift', 'lucky',
      'spin', 'wheel', 'reward*', 'voucher*', 'gift card', 'sweepstake*', 'draw', 'complimentary',
      'exclusive', 'offer', 'on us', 'no catch', 'readers today',
    ],
  },
  adLabels: [
    'advertisement', 'advertising', 'advert', 'ad', 'ads', 'sponsored', 'sponsored content', 'sponsored post',
    'sponsored by', 'paid content', 'paid post', 'paid partnership', 'promoted', 'promoted content',
    'promotion', 'partner content', 'from our sponsors', 'from our partners', 'story continues below',
    'article continues below', 'story continues after advertisement', 'continue reading below',
    'scroll to continue', 'scroll to continue reading', 'content continues below', 'skip advert',
    'advertiser content', 'commercial content', 'continues below advertisement',
  ],
  relatedLabels: [
    'read more', 'also read', 'read also', 'related', 'see also', 'more on this', 'more on this story',
    'related story', 'related stories', 'related article', 'related articles', 'related coverage',
    'recommended', 'recommended reading', 'further reading', 'don t miss', 'you may also like',
    'you might also like', 'must read', 'trending', 'more', 'previously', 'in case you missed it', 'up next',
    'read next', 'top stories', 'latest', 'more from', 'also on', 'more stories', 'most read', 'popular',
    'watch', 'listen', 'opinion', 'explainer', 'analysis',
  ],
};
