// German vocabulary of spam insertions (see en.ts for what each list is for).
import type { Lexicon } from './types.js';

export const de: Lexicon = {
  stopwords: [
    'aber', 'als', 'am', 'an', 'auch', 'auf', 'aus', 'bei', 'bis', 'das', 'dass', 'dem', 'den', 'der', 'des',
    'die', 'dies', 'diese', 'diesem', 'diesen', 'dieser', 'doch', 'du', 'durch', 'ein', 'eine', 'einem',
    'einen', 'einer', 'es', 'fur', 'hat', 'hatte', 'ich', 'ihr', 'ihre', 'im', 'in', 'ist', 'ja', 'kann',
    'mit', 'nach', 'nicht', 'noch', 'nur', 'oder', 'sein', 'sich', 'sie', 'sind', 'so', 'uber', 'um', 'und',
    'uns', 'unter', 'vom', 'von', 'vor', 'war', 'was', 'wie', 'wir', 'wird', 'wurde', 'zu', 'zum', 'zur',
  ],
  ctaVerbs: [
    'klicken sie', 'bitte', 'wahlen sie', 'wahle', 'klicke', 'tippen sie', 'abonnieren', 'abonnieren sie', 'abonniere', 'registrieren sie',
    'melden sie sich', 'folgen sie', 'folge', 'teilen sie', 'teile', 'laden sie', 'herunterladen',
    'installieren sie', 'holen sie sich', 'hol dir', 'sichern sie sich', 'sichere dir', 'kaufen sie',
    'bestellen sie', 'vergleichen sie', 'sparen sie', 'spenden sie', 'jetzt spenden', 'unterstutzen sie',
    'unterstutze', 'gewinnen sie', 'stimmen sie', 'entdecken sie', 'lesen sie', 'testen sie', 'besuchen sie',
    'akzeptieren', 'ablehnen', 'verwalten', 'ich unterstutze', 'prufen sie', 'schreiben sie uns', 'sagen sie uns', 'verdienen sie', 'investieren sie', 'jetzt', 'verpassen sie',
    'erfahren sie', 'fordern sie', 'nehmen sie teil', 'machen sie mit', 'weiterlesen', 'jetzt anmelden',
    'in der app offnen', 'in app offnen',
  ],
  publisherVoice: ['unser', 'unsere', 'unseren', 'unserem', 'unserer', 'uns', 'wir', 'danke furs lesen', 'danke fur ihre anmeldung', 'danke fur deine anmeldung', 'danke fur ihre unterstutzung', 'danke fur deine unterstutzung'],
  pageReference: ['diesen artikel', 'dieser artikel', 'diese seite', 'dieser inhalt', 'diesen inhalt', 'diese rubrik', 'dieser newsletter', 'dieser podcast', 'dieses video'],
  // Not "du": the lists of all languages are matched at once, and French "du" ("of the") is in
  // nearly every French sentence. "dich", "dir" and "dein" address the reader just as well.
  secondPerson: ['dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'euch', 'euer', 'eure'],
  secondPersonCased: ['Sie', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres', 'Ihnen'],
  promo: [
    'gratis', 'blitzangebot*', 'kostenlos*', 'geschenk*', 'gewinnspiel*', 'preis', 'preise', 'gutschein*', 'rabatt*', 'angebot*',
    'schnappchen', 'versandkostenfrei', 'gewinner*', 'herzlichen gluckwunsch', 'exklusiv*', 'halben preis',
    'sonderangebot*', 'aktion', 'bonus', 'einkaufsgutschein*', 'mitmachen und gewinnen', 'jetzt mitmachen',
    'gratiswetten', 'neukunden', 'wettbonus', 'quotenboost', 'erhohte quote', 'erhohte quoten',
    'zum preis von zwei', 'zum preis von einem',
  ],
  urgency: [
    'mitternacht',
    'jetzt', 'heute', 'sofort', 'nur heute', 'letzte chance', 'begrenzt', 'schnell', 'solange der vorrat reicht',
    'nichts mehr', 'nie wieder', 'noch heute', 'begrenzte platze',
    'nur noch wenige', 'begrenzte stuckzahl',
  ],
  narrative: [
    'sagte', 'sagt', 'laut', 'war', 'waren', 'hatte', 'hatten', 'wurde', 'wurden', 'erklarte', 'berichtete',
    'teilte', 'betonte', 'am montag', 'am dienstag', 'am mittwoch', 'am donnerstag', 'am freitag', 'am samstag', 'am sonntag', 'sprecher', 'sprecherin', 'jedoch', 'allerdings', 'obwohl', 'welche', 'bereits', 'warnte', 'warnten', 'warnt vor', 'warnen vor', 'mahnte', 'mahnten',
  ],
  clickbait: [
    'unglaublich', 'schockierend', 'geheim*', 'trick', 'hassen', 'wunder*', 'sensation*', 'skandal',
    'millionar', 'prominente', 'bauchfett', 'enthullt', 'wird sie uberraschen', 'wird sie schockieren', 'nur genies', 'sprachlos',
    // Teasers (see en.ts).
    'so geht s', 'erfahren sie wie', 'so funktioniert s', 'wenig bekannt', 'wollen nicht dass sie', 'nicht wiedererkennen', 'werden staunen', 'ich flehe sie an',
    'sagen sie tschuss', 'sag tschuss', 'sehen sie was passiert', 'was dann passiert', 'klicken sie und erfahren sie',
  ],
  cues: {
    newsletter: ['newsletter', 'abonnieren', 'abonniere', 'e mail', 'postfach', 'anmelden', 'kostenlose artikel', 'digitalabo', 'abo verschenken', 'nur fur abonnenten', 'fur abonnenten', 'abonnenten vorbehalten', 'mit der anmeldung', 'mit ihrer anmeldung', 'danke fur ihre anmeldung', 'vielen dank fur ihre anmeldung', 'jederzeit abbestellen', 'jederzeit abmelden'],
    social: ['folgen sie', 'teilen sie', 'kommentare', 'kommentar', 'twitter', 'facebook', 'instagram', 'tiktok', 'youtube', 'whatsapp', 'freunden', 'ein beitrag geteilt von', 'artikel teilen'],
    app: ['app', 'herunterladen', 'kunstliche stimme', 'audio generiert', 'installieren', 'app store', 'google play', 'benachrichtigungen',
      // A player's fallback (see en.ts).
      'artikel anhoren', 'artikel vorlesen', 'video nicht verfugbar', 'video ist nicht verfugbar', 'in deinem land nicht verfugbar', 'in ihrem land nicht verfugbar'],
    donation: ['spenden', 'spende', 'unterstutzen', 'unabhangigen journalismus', 'beitrag', 'berichterstattung', 'mitglied', 'frei zuganglich', 'dank der unterstutzung', 'unserer leser', 'werbefrei', 'ohne werbung'],
    // Banner openings, conditions and buttons count beside "Cookies" (see en.ts). German buttons put
    // the verb last ("Einstellungen verwalten", "Alle akzeptieren"): the verbs count as words here.
    cookie: [
      'konnte nicht geladen werden', 'inhalt nicht verfugbar',
      'cookies', 'cookie', 'einwilligung*', 'datenschutz*', 'akzeptieren', 'ablehnen', 'einstellungen', 'verwalten', 'anpassen',
      'diese website verwendet', 'diese seite verwendet', 'wir verwenden', 'wir nutzen', 'durch die nutzung',
      'durch klicken', 'alle akzeptieren', 'alle ablehnen', 'externer inhalt', 'externe inhalte', 'eingebettete*', 'personenbezogene daten', 'drittanbieter',
      'javascript aktivieren',
    ],
    affiliate: ['angebot des tages', 'vergleichen sie', 'rabatt*', 'preis', 'halben preis', 'kaufen', 'shop', 'versand', 'produkte', 'provision', 'statt', 'zum angebot', 'getestet von unserem', 'getestet von unserer'],
    scam: ['bitcoin', 'krypto*', 'algorithmus', 'bauchfett', 'abnehm*', 'ethereum', 'roboter', 'verdienen', 'arzte', 'trick', 'abnehmen', 'hausmittel', 'gelenkschmerzen', 'bauchfett', 'rentner', 'falten', 'methode', 'hautarzte', 'beseitigt', 'naturheilmittel'],
    political: ['stimmen sie', 'abstimmung', 'umfrage', 'regierung', 'wahl', 'kanzler'],
    promo: ['gewinnen', 'gewinnspiel*', 'ausgewahlt', 'herzlichen gluckwunsch', 'gratis', 'gutschein*', 'geschenk*'],
  },
  adLabels: [
    'anzeige', 'werbung', 'gesponsert', 'gesponsert von', 'prasentiert von', 'in zusammenarbeit mit', 'gesponserter inhalt', 'gesponserter beitrag', 'sponsored',
    'weiter nach der anzeige', 'artikel wird unten fortgesetzt', 'advertorial', 'promotion', 'partnerinhalt', 'affiliate links', 'affiliate link', 'provision erhalten',
    'redaktion war nicht beteiligt', 'ohne beteiligung der redaktion', 'nicht an der erstellung beteiligt',
    'verantwortung des werbetreibenden', 'verantwortlich ist der werbetreibende',
    'nicht die meinung der redaktion', 'gibt nicht die meinung',
  ],
  relatedLabels: [
    'lesen sie auch', 'mehr zum thema', 'auch interessant', 'weiterlesen', 'siehe auch', 'zum thema',
    'das konnte sie auch interessieren', 'verwandte artikel', 'mehr dazu', 'lies auch', 'empfohlen',
    'dazu passend', 'passend dazu', 'meistgelesen', 'meistgelesene artikel', 'auch lesenswert', 'lesenswert',
    'ebenfalls interessant', 'das konnte sie interessieren', 'empfehlungen', 'mehr aus dem ressort',
    'video', 'videos', 'bilder', 'fotostrecke', 'galerie',
  ],
};
