// Words and phrases of page furniture, apart from the rules that use them. Each list matches the
// *whole* text of a short block (after normalizeLabel), never a word inside a sentence, so an
// article that talks about "advertisement" or "subscribers" is not touched.

/** Text of a block that is only a widget or label: ad markers, buttons, gallery and player chrome. */
export const UI_LABELS: ReadonlySet<string> = new Set([
  // ad markers (en, de, fr, es, pt, it, nl, id, ru, pl)
  'advertisement', 'advertisements', 'advert', 'ad', 'ads', 'sponsored', 'anzeige', 'werbung', 'publicité',
  'publicidad', 'publicidade', 'anuncio', 'pubblicità', 'advertentie', 'iklan', 'реклама', 'reklama',
  'continue reading below', 'story continues below', 'article continues below', 'continue reading',
  'advertisement continue reading below', 'scroll to continue with content',
  // buttons and account links
  'skip to content', 'skip to main content', 'sign in', 'log in', 'login', 'sign up', 'subscribe', 'subscribe now',
  'register', 'share', 'tweet', 'submit', 'email', 'e mail', 'print', 'print article', 'text size', 'order reprints',
  'reprints', 'save', 'save article', 'copy link', 'share this', 'share this article', 'share this story',
  'share on facebook', 'share on twitter', 'share via email', 'view author archive', 'email the author',
  'follow on twitter', 'follow', 'view comments', 'show comments', 'hide comments', 'comments', 'comment',
  'leave a comment', 'leave a reply', 'post comment', 'add comment', 'read more', 'learn more', 'see more',
  'show more', 'load more', 'loading', 'loading content', 'more', 'back to top', 'breaking news',
  // galleries and players
  'enlarge image', 'enlarge', 'expand', 'close', 'caption', 'image', 'images', 'photo', 'photos', 'image caption',
  'image copyright', 'media caption', 'hide caption', 'show caption', 'toggle caption', 'view gallery',
  'view slideshow', 'open gallery', 'this slideshow requires javascript', 'media playback is unsupported on your device',
  'your browser does not support the video tag', 'your browser does not support the video element',
  'your browser does not support the audio element', 'your browser does not support the audio tag', 'your browser does not support html5 video', 'watch', 'play video', 'video', 'listen', 'listen to this article',
  'fullscreen', 'full screen', 'next', 'previous', 'prev',
]);

/**
 * What an embedded player shows when its video will not load ("Video unavailable. This video is no
 * longer available.", "El vídeo no está disponible en este momento"): one or two such sentences
 * make up the whole line (matched on normalizeLabel's form, so no accents' case and no punctuation).
 */
const PLAYER_SUBJECT = "(?:(?:the|this|el|este|le|cette|ce|o|esse|das|dieses)\\s)?(?:video|vídeo|vidéo|clip)";
const PLAYER_FAILS = "(?:is\\s)?(?:currently\\s)?(?:unavailable|(?:no longer|not) available)|(?:ya\\s)?no está disponible|est indisponible|n'est (?:plus|pas) disponible|indisponible|não está (?:mais\\s)?disponível|indisponível|ist (?:nicht|nicht mehr|derzeit nicht) verfügbar|nicht verfügbar";
const PLAYER_WHEN = "(?:\\s(?:at the moment|right now|in your (?:country|region)|en este momento|en ce moment|no momento|im moment|derzeit))?";
const PLAYER_SENTENCE = `${PLAYER_SUBJECT}\\s(?:${PLAYER_FAILS})${PLAYER_WHEN}`;
export const PLAYER_FAILURE = new RegExp(`^${PLAYER_SENTENCE}(?:\\s${PLAYER_SENTENCE})?$`, 'u');

/** An audio player's button with the recording's length ("Listen · 5 min", "Écouter cet article 4 min"). */
export const LISTEN_LABEL =
  /^(?:listen|listen to (?:this|the) (?:article|story)|écouter|écouter cet article|escuchar|escuchar este artículo|ouvir|ouvir esta matéria|anhören|artikel anhören|vorlesen) \d{1,3} ?(?:min|mins|minutes|minutos|minuten)$/u;

/** Labels that head a block of links to other stories. */
export const RELATED_LABELS: ReadonlySet<string> = new Set([
  'related', 'related articles', 'related stories', 'related posts', 'related news', 'related content',
  'related coverage', 'related links', 'related reading', 'more stories', 'more news', 'more articles',
  'you may also like', 'you might also like', 'you may like', 'recommended', 'recommended for you',
  'recommended stories', 'read next', 'read more', 'see also', 'also read', 'read also', "don't miss",
  'dont miss', 'must read', 'most read', 'most popular', 'popular', 'trending', 'trending now', 'latest',
  'latest news', 'latest stories', 'top stories', 'more on this story', 'more from', 'recent articles',
  'recent posts', 'popular this week', 'popular posts', 'what to read next', 'further reading', 'in case you missed it',
  'more like this', 'around the web', 'from the web', 'more to explore', 'keep reading', 'up next', 'editors picks',
  "editor's picks", 'top picks', 'want more stories like this', 'leggi anche', 'lesen sie auch', 'mehr zum thema',
  'lire aussi', 'à lire aussi', 'leia também', 'veja também', 'lee también', 'te puede interesar',
  'читайте также', 'baca juga',
]);

/** Words of a share bar; a short block made of these only is a row of share buttons. */
export const SHARE_WORDS: ReadonlySet<string> = new Set([
  'share', 'shares', 'tweet', 'facebook', 'twitter', 'x', 'whatsapp', 'pinterest', 'pin', 'pint', 'it', 'linkedin',
  'reddit', 'email', 'e', 'mail', 'print', 'copy', 'link', 'flipboard', 'telegram', 'messenger', 'sms', 'tumblr',
  'pocket', 'save', 'mix', 'vk', 'line', 'viber', 'wechat', 'weibo', 'on', 'this', 'via', 'compartir',
  'partager', 'teilen', 'condividi', 'compartilhar', 'baixar', 'download', 'comments', 'comment', 'submit',
]);

/** Agencies and stock libraries that appear alone as a photo credit. */
export const CREDIT_SOURCES =
  /\b(getty|getty images|ap|ap photo|associated press|reuters|afp|epa|shutterstock|istock|istockphoto|alamy|bloomberg|corbis|pa|pa images|pa wire|rex|rex features|nasa|esa|wikimedia|wikimedia commons|unsplash|pixabay|pexels|handout|courtesy|supplied|dpa|ansa|efe|xinhua|tass|ria novosti|imago|picture alliance|science photo library)\b/i;

/** A credit line: "Photo: X", "Image credit: X", "(Image: © X)", "Credit...X", "Foto: X". */
export const CREDIT_PREFIX =
  /^\(?\s*(photo(graph)?s?|pictures?|images?|pics?|credits?|photo credit|image credit|image source|source|illustration|video|foto(grafie|grafía)?s?|bild|crédito|crédit|fonte|fuente|credito)\b\s*(:|\.{2,}|…|by\b|©|-|–|—)/i;

/** One word of each of FOOTER_PATTERNS and CONTACT_PATTERNS: a line without any of them skips the whole list. */
export const FOOTER_HINT =
  /©|\(c\)|copyright|rights|sign up|subscribe|register|newsletter|inbox|follow|twitter|facebook|instagram|linkedin|youtube|e-?mail|write to|reach|contact|@|tip\b|app\b|click|share|enjoy|like this|join|tags?\b|filed|topic|categor|keyword|comment|citation|cite|more (articles|stories|posts)|about the author|cookies|moderat/i;

/**
 * How to reach a person or the site: an author's bio ends this way, so these alone never take a
 * paragraph that opens with a statement (rules.ts, isFooterLine).
 */
export const CONTACT_PATTERNS: readonly RegExp[] = [
  /\bfollow (him|her|them|me)\b.{0,40}\b(on|@)\b/i,
  // Address parts are bounded and start at a token edge: `\S+@\S+` backtracked quadratically
  // (a 40 kB unbroken word took 5.9 s, a 5 MB one never finished: SECURITY.md C8).
  /\b(e-?mail|write to|reach|contact)\b.{0,60}\b(at|@)\s*[^\s@]{1,64}@[^\s@]{1,255}/i,
  /(?:^|[\s<([:;,"'])[^\s@<>()[\]:;,"']{1,64}@[^\s@]{1,255}\.\w{2,}/,
  /\bcan be reached at\b/i,
  /\b(reach|follow|contact)\b.{0,60}\b(on|at|via) (twitter|facebook|instagram|linkedin)\b/i,
  /https?:\/\/(www\.)?(twitter|facebook|instagram)\.com\//i,
  /\b(twitter|facebook|instagram|youtube)\b.{0,40}\bfollow\b|\bfollow\b.{0,40}\b(twitter|facebook|instagram|youtube)\b/i,
];

/** Lines that close an article's page, not its story: copyright, newsletter and social calls. */
export const FOOTER_PATTERNS: readonly RegExp[] = [
  /\bfollow us\b.{0,40}\b(on|@)\b/i,
  /(^|\s)(©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  /\b(sign up|subscribe|register)\b.{0,80}\b(newsletters?|inbox|e-?mails?|alerts|updates|podcast|channel|magazine|youtube)\b/i,
  /\b(newsletters?|inbox)\b.{0,60}\b(sign up|subscribe|delivered)\b/i,
  /^(follow|like) us\b/i,
  /\b(this|our) (web)?site uses cookies\b/i,
  /\bmoderat\w*\b.{0,40}\bcomments?\b/i,
  /^have a (news )?tip\b/i,
  /\bget the .{0,40}\bapp\b/i,
  /\bclick here\b/i,
  /\bshare (it|this( story| article)?) with\b/i,
  /^(like|enjoy(ed)?) this (story|article)/i,
  /\bif you enjoyed this article\b/i,
  /\bjoin (our|the)\b.{0,60}\b(forums?|community|newsletter|members?)\b/i,
  /^(tags?|filed under|topics?|categories|category|keywords)\s*[:|]/i,
  /^(comments?|comentários|commentaires|kommentare)\b.{0,100}\b(approved|moderat|respect|rules|policy)/i,
  /\b(comments?|comentários)\b.{0,60}\b(não serão aprovados|will not be approved|are moderated|moderating)\b/i,
  /^(citation|cite this( article)?)\s*:/i,
  /\bsubject to copyright\b/i,
  /\bmore (articles|stories|posts) (from|by)\b/i,
  /^about the author\b/i,
];

/** Month and weekday names, date labels and clock words: a line made of these and numbers is a date. */
export const DATE_WORDS: ReadonlySet<string> = new Set(
  (
    'jan january feb february mar march apr april may jun june jul july aug august sep sept september oct october ' +
    'nov november dec december mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat ' +
    'saturday sun sunday today yesterday am pm a m p m est edt cst cdt mst mdt pst pdt gmt utc bst cet cest ist ' +
    'aest amt et pt ct mt hst ago min mins minute minutes hour hours hr hrs day days week weeks ' +
    'updated published posted modified last original first created on at in of the de del à às le el la um ' +
    'am um uhr h ' +
    'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre ' +
    'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro ' +
    'janvier février mars avril mai juin juillet août septembre octobre novembre décembre ' +
    'januar februar märz april mai juni juli august september oktober november dezember ' +
    'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre ' +
    'ago gen set ott dic ' +
    'maret mei juni agustus oktober desember ' +
    'segunda terça quarta quinta sexta feira sábado domingo lunes martes miércoles jueves viernes ' +
    'lundi mardi mercredi jeudi vendredi samedi dimanche montag dienstag mittwoch donnerstag freitag samstag sonntag ' +
    'publicado publicada actualizado atualizado publié mis à jour veröffentlicht aktualisiert pubblicato aggiornato ' +
    'st nd rd th'
  ).split(' '),
);

/** Labels already normalised: the rules ask for the same line's label several times. */
const labels = new Map<string, string>();
const MAX_CACHED_LABELS = 2000;

/** Lowercases and trims punctuation, counters and symbols around a label ("Advertisement:" -> "advertisement"). */
export function normalizeLabel(text: string): string {
  let label = labels.get(text);
  if (label === undefined) {
    if (labels.size >= MAX_CACHED_LABELS) labels.clear();
    label = computeLabel(text);
    labels.set(text, label);
  }
  return label;
}

function computeLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\d+\s+|\s+\d+$/g, '')
    .replace(/\s*\(\d+\)$/, '');
}
