// French vocabulary of spam insertions (see en.ts for what each list is for).
import type { Lexicon } from './types.js';

export const fr: Lexicon = {
  stopwords: [
    'a', 'au', 'aux', 'avec', 'ce', 'ces', 'cette', 'dans', 'de', 'des', 'du', 'elle', 'en', 'est', 'et', 'etait',
    'il', 'ils', 'je', 'l', 'la', 'le', 'les', 'leur', 'lui', 'mais', 'me', 'meme', 'n', 'ne', 'nous', 'on',
    'ou', 'par', 'pas', 'plus', 'pour', 'qu', 'que', 'qui', 's', 'sa', 'se', 'ses', 'son', 'sont', 'sur', 'un',
    'une', 'y', 'c', 'd', 'j', 'm', 't', 'a', 'ete', 'etre', 'fait', 'tout', 'tous', 'selon', 'notre', 'nos',
  ],
  ctaVerbs: [
    'cliquez', 'clique', 'appuyez', 'abonnez vous', 'abonnez', 'inscrivez vous', 'inscrivez', 'rejoignez',
    'suivez nous', 'suivez', 'partagez', 'telechargez', 'installez', 'obtenez', 'recuperez', 'reclamez',
    'profitez', 'achetez', 'choisissez', 'commandez', 'comparez', 'economisez', 'faites un don', 'donnez', 'soutenez',
    'contribuez', 'participez', 'gagnez', 'votez', 'repondez', 'decouvrez', 'regardez', 'lisez', 'essayez',
    'visitez', 'accepter', 'refuser', 'parametrer', 'gerer', 'recevez', 'activez', 'investissez',
    'ne manquez pas', 'n oubliez pas', 'verifiez', 'je soutiens', 'je m abonne', 'je m inscris', 'scannez', 'retrouvez', 'trouvez', 'placez', 'ecouter cet article', 'ecouter l article', 'voir sur instagram', 'je fais un don', 'j en profite', 'telecharger', 's abonner', 's inscrire', 'se connecter', 'reservez', 'laissez', 'dites nous', 'tentez', 'jouez', 'ecoutez', 'testez', 'connectez vous', 'continuer',
    'misez', 'pariez', 'voir l offre', 'en savoir plus', 'demandez le', 'demandez la', 'demandez votre',
    'ouvrir dans l application', 'ouvrir dans l appli',
  ],
  // Not "nos" alone: in Portuguese it is "in the" ("nos ingressos da final"), and the lists are merged.
  publisherVoice: [
    'notre', 'nous', 'suivez nous', 'nos lecteurs', 'nos abonnes', 'nos journalistes', 'nos equipes', 'nos offres',
    'nos newsletters', 'nos lettres', 'nos articles', 'nos reseaux', 'nos partenaires', 'nos contenus', 'nos podcasts', 'nos applications', 'nos e mails', 'nos emails', 'nos courriels',
    'merci de votre soutien', 'merci pour votre soutien', 'merci de nous lire', 'merci pour votre lecture', 'merci pour votre inscription', 'merci de votre inscription',
  ],
  pageReference: ['cet article', 'cette page', 'ce contenu', 'cette rubrique', 'cette section', 'cette newsletter', 'ce podcast', 'cette video'],
  secondPerson: ['vous', 'votre', 'vos', 'tu', 'ton', 'ta', 'tes', 'toi'],
  promo: [
    'gratuit', 'gratuite', 'gratuitement', 'offert', 'offerte', 'vente flash', 'ventes flash', 'cadeau*', 'concours', 'tirage au sort', 'lot', 'lots', 'bon de reduction',
    'code promo', 'reduction*', 'remise*', 'promo', 'promotion*', 'offre*', 'soldes', 'bon plan', 'prix',
    'jeu concours', 'tentez de gagner', 'tentez votre chance', 'a gagner', 'cote boostee', 'cotes boostees', 'super cote',
    'livraison gratuite', 'gagnant*', 'felicitations', 'exclusif', 'exclusive', 'moitie prix', 'carte cadeau',
    'paris gratuits', 'pari gratuit', 'freebets', 'freebet', 'paris offerts', 'nouveaux clients', 'jouer comporte des risques',
    'pour le prix de deux', 'pour le prix d un',
  ],
  urgency: [
    'minuit',
    'maintenant', 'aujourd hui', 'vite', 'immediatement', 'derniere chance', 'duree limitee', 'tout de suite',
    'chaque matin', 'ne rien manquer', 'des maintenant', 'jusqu a epuisement', 'places limitees',
    'stocks limites', 'stock limite', 'dernieres unites', 'quantites limitees',
  ],
  narrative: [
    'a declare', 'selon', 'etait', 'etaient', 'avait', 'a ete', 'a indique', 'a explique', 'affirme',
    'a annonce', 'a reagi', 'a precise', 'a souligne', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'porte parole', 'cependant', 'toutefois', 'lequel',
    'laquelle', 'deja', 'doit encore', 'a averti', 'ont averti', 'a mis en garde', 'ont mis en garde', 'a alerte', 'ont alerte', 'met en garde contre', 'mettent en garde contre', 'avertit que',
  ],
  clickbait: [
    'incroyable', 'choquant', 'secret', 'astuce', 'detestent', 'miracle', 'scandale', 'millionnaire',
    'stars', 'vous n allez pas croire', 'secrete', 'secrets', 'sans travailler', 'devenir riche', 'revele', 'va vous surprendre', 'vous surprendra', 'va vous choquer', 'la suite est incroyable', 'sans voix', 'seuls les genies', 'vont vous choquer', 'vont vous surprendre', 'glacer le sang', 'stupefaits', 'stupefait',
    // Teasers (see en.ts).
    'voici comment', 'decouvrez comment', 'voici pourquoi', 'voyez comment', 'meconnu', 'ne veulent pas que vous',
    'vous ne devinerez jamais', 'vous ne reconnaitrez', 'je vous en supplie', 'revelation choc', 'meconnaissable',
    'dites adieu', 'regardez ce qui se passe', 'bouche bee', 'cliquez pour decouvrir', 'cliquez et decouvrez',
  ],
  cues: {
    newsletter: ['newsletter', 'lettre d information', 'abonnez', 'abonner', 's abonner', 's inscrire', 'e mail', 'courriel', 'boite mail', 'inscrivez', 'articles gratuits', 'offrez un abonnement', 'reserve aux abonnes', 'reservee aux abonnes', 'offre decouverte', 'sans engagement', 'en vous inscrivant', 'en vous abonnant', 'votre inscription', 'merci pour votre inscription', 'vous desinscrire', 'vous desabonner', 'lien de desinscription'],
    social: ['suivez nous', 'partagez', 'commentaires', 'commentaire', 'twitter', 'facebook', 'instagram', 'tiktok', 'youtube', 'whatsapp', 'amis', 'reseaux sociaux', 'partagez cet article', 'une publication partagee par'],
    app: ['application', 'appli', 'app', 'voix generee', 'voix de synthese', 'audio genere', 'telechargez', 'installez', 'app store', 'google play', 'notifications', 'alertes',
      // A player's fallback (see en.ts).
      'video indisponible', 'video n est pas disponible', 'n est pas disponible dans votre pays'],
    donation: ['don', 'dons', 'faites un don', 'soutenez', 'journalisme independant', 'contribution', 'abonne', 'acces libre', 'en acces libre', 'grace au soutien', 'nos lecteurs', 'sans publicite', 'sans pub'],
    // Banner openings, conditions and buttons count beside "cookies" (see en.ts).
    cookie: [
      'impossible de charger', 'contenu indisponible',
      'cookies', 'cookie', 'consentement', 'confidentialite', 'accepter', 'refuser', 'parametrer', 'parametres',
      'gerer', 'traceurs', 'ce site utilise', 'notre site utilise', 'nous utilisons', 'en poursuivant',
      'poursuivant votre navigation', 'en cliquant', 'j accepte', 'tout accepter', 'tout refuser',
      'donnees personnelles', 'partenaires', 'contenu integre', 'contenu externe', 'mesure d audience', 'fermer', 'accepter et fermer',
      'activer javascript', 'activez javascript',
    ],
    affiliate: ['achetez', 'acheter', 'bon plan', 'comparez', 'meilleurs taux', 'remise*', 'reduction*', 'prix', 'moitie prix', 'boutique', 'livraison', 'produits', 'commission', 'au lieu de', 'a saisir', 'voir l offre', 'meilleures offres', 'testes par notre', 'testes par nos'],
    scam: ['bitcoin', 'crypto*', 'algorithme', 'ethereum', 'robot', 'investissez', 'par jour', 'medecins', 'astuce', 'ventre', 'maigrir', 'miracle', 'grand mere', 'remede', 'articulations', 'graisse', 'retraites', 'rides', 'methode', 'dermatologues', 'elimine', 'fait fondre', 'remede naturel', 'sans regime', 'gelules'],
    political: ['sondage', 'votez', 'president', 'gouvernement', 'election*'],
    promo: ['gagnez', 'concours', 'selectionne', 'felicitations', 'gratuit*', 'cadeau*', 'reclamez', 'carte cadeau', 'j en profite'],
  },
  adLabels: [
    'publicite', 'pub', 'contenu sponsorise', 'sponsorise', 'sponsorise par', 'presente par', 'en partenariat avec', 'article sponsorise', 'contenu partenaire',
    'la suite apres la publicite', 'la suite apres cette publicite', 'annonce', 'publi reportage', 'publireportage', 'publi redactionnel', 'publiredactionnel', 'liens affilies', 'lien affilie', 'percevoir une commission',
    'la redaction n a pas participe', 'sans la participation de la redaction', 'n a pas participe a la realisation',
    'responsabilite de l annonceur', 'n engage que l annonceur',
    'ne reflete pas l opinion', 'ne refletent pas l opinion', 'n engage pas la redaction',
  ],
  relatedLabels: [
    'lire aussi', 'a lire aussi', 'vous aimerez aussi', 'vous pourriez aimer', 'vous aimerez peut etre', 'a voir aussi', 'voir aussi', 'lire la suite', 'sur le meme sujet',
    'en savoir plus', 'a lire egalement', 'pour aller plus loin', 'lire egalement', 'a decouvrir', 'a ne pas manquer',
    'a lire', 'a voir', 'le plus lu', 'les plus lus', 'nos recommandations', 'dans la meme rubrique',
    'sur le meme theme', 'decouvrez aussi', 'notre selection', 'nos selections', 'a la une',
    // The site's own file on the subject, named as a link line's label ("Notre dossier : …").
    'notre dossier', 'nos dossiers', 'notre decryptage',
    'video', 'videos', 'photos', 'en images', 'diaporama',
  ],
};
