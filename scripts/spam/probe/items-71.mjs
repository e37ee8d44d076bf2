// The probe's 71th batch (run.mjs --batch 71): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a weekend stay at the award-winning Glasshouse Lofts — enter by Sunday midnight",
      "Use code BLUEPRINT25 for 25% off your first year of Dwellwise Premium",
      "Claim your free copy of The Small Spaces Handbook — just pay £3.95 postage",
      "Bet £10 on the Stirling Prize shortlist, get £30 in free bets. 18+ T&Cs apply. BeGambleAware.org",
      "GIVEAWAY: One lucky reader will take home a £1,200 mid-century lounge chair",
      "Limited offer: 3 issues for £1",
      "Today only → Free shipping on all architectural model kits at ScaleCraft"
    ],
    political: [
      "POLL: Should the mayor be recalled over the housing crisis? Vote now",
      "Chip in $5 before midnight to stop the radical zoning agenda",
      "Sign the petition: Tell Congress to defund the 15-minute city scheme",
      "Are you an official 2024 Patriot Member? Claim your card today",
      "They want to ban your gas stove next. Add your name if you're fed up.",
      "Do you approve of the Governor's job performance? YES / NO",
      "URGENT: Our matching deadline expires tonight — triple your impact for the campaign"
    ],
    newsletter: [
      "Sign up for The Blueprint, our weekly newsletter on cities and design",
      "Already a subscriber? Log in",
      "You've read 3 of 4 free articles this month. Subscribe for unlimited access.",
      "By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy. You may unsubscribe at any time.",
      "Get the best of urbanism delivered straight to your inbox every Thursday",
      "This article is for subscribers only",
      "Enter your email address"
    ],
    social: [
      "Follow us on Instagram @urbanlens_daily",
      "View this post on Instagram",
      "A post shared by Brutal London (@brutal_london)",
      "Share this article on Facebook, X and LinkedIn",
      "Join our Facebook group: Modernist Homes Appreciation Society",
      "Like our page for daily design inspiration",
      "Follow @CityDeskNews for live updates"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored content | Presented by Lumera Skylights",
      "Paid Post: How one developer is rethinking the suburban cul-de-sac",
      "Promoted by Hartwell Homes",
      "This content was produced by our commercial team in partnership with Arcadia Timber and does not reflect the views of our editorial staff.",
      "Advertisement - scroll to continue reading"
    ],
    affiliate: [
      "We may earn a commission when you buy through links on our site.",
      "Was £89, now £54 at Kettle & Loom",
      "Check price on Amazon",
      "BUY IT: Prairie House building set, $99.99 at Target",
      "Best deal: The Architecture Book, £14.99 (save 40%) at Waterstones",
      "Shop now →",
      "Products are independently selected by our editors; if you buy something, we may get a share of the sale."
    ],
    scam: [
      "Architects hate him: Local dad adds a second floor for under $500 with this one weird trick",
      "Homeowners stunned: new government program pays you to install solar panels — check eligibility",
      "Famous planner reveals the crypto platform that made him millions — banks are furious",
      "20 Abandoned Mansions You Won't Believe Exist (Number 7 Will Shock You)",
      "Doctors baffled: this 30-second evening ritual melts belly fat",
      "You may be owed up to £6,850 in mis-sold mortgage compensation. Check in 60 seconds.",
      "Earn £3,000 a week from home with Quantum AI — see how"
    ],
    related: [
      "Read more: Inside the tiny Tokyo house that fits on a parking space",
      "RELATED: City council approves 40-storey tower despite heritage objections",
      "ALSO READ - Why Copenhagen's cycle bridges work and ours don't",
      "WATCH: Timelapse shows demolition of 1970s car park",
      "More from Design: The return of the terracotta facade",
      "Recommended: 10 of the world's most beautiful public libraries",
      "You might also like - Inside the billionaire's bunker beneath a Mayfair mansion"
    ],
    app: [
      "Download our app for the latest news on the go",
      "Open in app",
      "Listen to this article",
      "Video unavailable",
      "0:00 / 3:21",
      "Turn on notifications to never miss a breaking story",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism. Become a member today from just $5 a month.",
      "Our reporting on housing is free for everyone, thanks to readers like you. Donate now.",
      "DONATE",
      "We've raised $41,200 of our $60,000 goal. Help us close the gap.",
      "Become a Friend of CityWatch and keep independent design criticism alive",
      "If you value what we do, please consider a one-off contribution of any amount.",
      "Make a year-end gift to support local news"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This content is hosted by a third party. To view it, you need to allow social media cookies.",
      "Reject all | Accept all",
      "Instagram content blocked. Update your cookie settings to view.",
      "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies."
    ]
  },
  es: {
    promo: [
      "SORTEO: gana una estancia de dos noches en el hotel boutique Casa Cubo. Participa aquí",
      "Código DISEÑO20: 20% de descuento en tu primera compra en MueblesNórdicos.es",
      "Apuesta 10€ y llévate 50€ en apuestas gratis. +18. Juega con responsabilidad",
      "¡Oferta flash! Lámparas de diseño a mitad de precio solo hasta el domingo"
    ],
    political: [
      "ENCUESTA: ¿Debe dimitir el Gobierno por la crisis de la vivienda? Vota ya",
      "Firma la petición para frenar la ley de okupación",
      "Hazte afiliado y recibe tu carné del partido en casa",
      "Colabora con 5 euros para que nuestra voz llegue al Congreso"
    ],
    newsletter: [
      "Apúntate a nuestra newsletter de arquitectura y recibe cada viernes lo mejor de la semana",
      "¿Ya eres suscriptor? Inicia sesión",
      "Has alcanzado el límite de artículos gratuitos. Suscríbete para seguir leyendo",
      "Al registrarte aceptas las condiciones de uso y la política de privacidad"
    ],
    social: [
      "Síguenos en Instagram: @ciudadydiseno",
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Hormigón Crudo (@hormigoncrudo)",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado por Cementos Almenara",
      "Sigue leyendo debajo del anuncio",
      "Este contenido ha sido elaborado por nuestro departamento comercial en colaboración con Grupo Inmobiliario Levante"
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliados: si compras a través de ellos, podemos recibir una comisión",
      "Antes 129 €, ahora 79 € en Amazon",
      "Ver precio en El Corte Inglés",
      "COMPRAR"
    ],
    scam: [
      "Los expertos no se lo explican: el truco casero que elimina la humedad de las paredes para siempre",
      "Un arquitecto de Madrid gana 4.000 € al mes con este método de inversión en criptomonedas",
      "Hacienda te debe dinero: comprueba si puedes reclamar hasta 3.200 €",
      "15 casas abandonadas que nadie se atreve a visitar (la número 9 te dejará sin palabras)"
    ],
    related: [
      "Leer más: El edificio más estrecho de Barcelona sale a la venta por 300.000 euros",
      "TE PUEDE INTERESAR: Así será la nueva estación de Chamartín",
      "Relacionado - Bilbao, 25 años después del efecto Guggenheim",
      "LEA TAMBIÉN: La supermanzana de Sant Antoni, a examen"
    ],
    app: [
      "Descarga la app de nuestro diario y recibe las noticias al instante",
      "Escuchar artículo",
      "Activa las notificaciones para no perderte nada",
      "Este vídeo no está disponible"
    ],
    donation: [
      "Apoya el periodismo independiente: hazte socio desde 6 euros al mes",
      "Dona ahora",
      "Este periódico se sostiene gracias a sus lectores. ¿Nos ayudas?",
      "Llevamos 12.400 € de los 20.000 € que necesitamos este año"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 847 socios almacenamos o accedemos a información en un dispositivo",
      "Este contenido está bloqueado. Acepta las cookies de redes sociales para verlo"
    ]
  },
  fr: {
    promo: [
      "JEU CONCOURS : tentez de gagner un week-end dans une maison d'architecte en Bretagne",
      "Profitez de -30 % avec le code MAISON30 sur toute la boutique Atelier Lumen",
      "Pariez 10 € et recevez 100 € offerts en paris gratuits. Jouer comporte des risques.",
      "Votre cadeau de bienvenue vous attend : réclamez-le maintenant"
    ],
    political: [
      "SONDAGE : Êtes-vous pour ou contre la suppression des ZFE ? Votez maintenant",
      "Signez la pétition contre la bétonisation de nos campagnes !",
      "Adhérez dès aujourd'hui et recevez votre carte de membre",
      "Faites un don de 5 € pour soutenir notre candidat aux municipales"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Urbanisme et recevez chaque semaine nos meilleurs articles",
      "Déjà abonné ? Se connecter",
      "Cet article est réservé aux abonnés",
      "Vos données sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Suivez-nous sur Instagram @archi_et_ville",
      "Voir cette publication sur Instagram",
      "Une publication partagée par Béton Brut Paris (@betonbrutparis)",
      "Partager sur Facebook | Partager sur X | Envoyer par e-mail"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Article rédigé en partenariat avec Maisons Verdier. La rédaction n'a pas participé à sa réalisation."
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission en cas d'achat",
      "Voir le prix sur Amazon",
      "149 € au lieu de 219 € chez Fnac",
      "J'EN PROFITE"
    ],
    scam: [
      "Les banques détestent cette astuce : un urbaniste lyonnais gagne 5 000 € par mois depuis son canapé",
      "Isolation à 1 € : vérifiez si vous êtes éligible avant la fin du dispositif",
      "Ce remède de grand-mère fait fondre la graisse en une nuit, les médecins sont stupéfaits",
      "Ces 12 maisons insolites vont vous laisser sans voix (la 8e est incroyable)"
    ],
    related: [
      "Lire aussi : Le Grand Paris Express prend encore du retard",
      "À LIRE AUSSI - Pourquoi les tours reviennent à la mode à Lyon",
      "VIDÉO - Dans les coulisses de la restauration de Notre-Dame",
      "Sur le même sujet : Le logement social face à la crise de la construction"
    ],
    app: [
      "Téléchargez l'application pour lire tous nos articles hors ligne",
      "Écouter cet article",
      "Ouvrir dans l'application",
      "Cette vidéo n'est pas disponible"
    ],
    donation: [
      "Soutenez une information indépendante : faites un don",
      "Devenez membre de notre communauté de lecteurs",
      "Objectif : 50 000 € — déjà 31 260 € collectés",
      "Votre don est déductible à 66 % de vos impôts"
    ],
    cookie: [
      "Accepter les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 250 partenaires utilisons des cookies et technologies similaires",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies de YouTube"
    ]
  },
  pt: {
    promo: [
      "PASSATEMPO: habilite-se a ganhar um fim de semana numa casa de arquitetura premiada no Alentejo",
      "Use o cupom OBRA15 e ganhe 15% de desconto na Casa & Traço",
      "Aposte R$ 20 e ganhe R$ 100 em bônus. Jogue com responsabilidade. +18",
      "Resgate já o seu brinde grátis"
    ],
    political: [
      "ENQUETE: Você aprova o novo Plano Diretor do prefeito? Vote agora",
      "Assine o abaixo-assinado contra a nova lei do zoneamento",
      "Filie-se ao partido e receba sua carteirinha em casa",
      "Contribua com R$ 10 e ajude a eleger quem defende sua cidade"
    ],
    newsletter: [
      "Receba a nossa newsletter de arquitetura todas as sextas-feiras",
      "Já é assinante? Faça login",
      "Você atingiu o limite de reportagens gratuitas. Assine para continuar lendo",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade"
    ],
    social: [
      "Siga-nos no Instagram: @cidadeeconcreto",
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Modernismo Carioca (@modernismocarioca)",
      "Entre no nosso canal do WhatsApp"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua depois da publicidade",
      "Conteúdo produzido em parceria com a Construtora Horizonte"
    ],
    affiliate: [
      "Ao comprar pelos links desta página, podemos receber uma comissão",
      "De R$ 499 por R$ 299 na Amazon",
      "Confira o preço na loja",
      "COMPRAR AGORA"
    ],
    scam: [
      "Médicos ficam chocados: brasileira elimina 10 kg em 2 semanas com este chá",
      "Arquiteto revela o método que rende R$ 5 mil por semana sem sair de casa",
      "Você pode ter dinheiro esquecido: veja se tem direito a receber até R$ 8 mil",
      "As 10 casas mais estranhas do mundo (a número 6 vai te surpreender)"
    ],
    related: [
      "Leia mais: Prédio mais alto do Brasil ganha data de inauguração em Balneário Camboriú",
      "LEIA TAMBÉM: Lisboa aprova plano para travar alojamento local no centro histórico",
      "Veja também - Como Curitiba virou referência em transporte",
      "Saiba mais: O retorno do cobogó na arquitetura brasileira"
    ],
    app: [
      "Baixe o app e receba notícias em primeira mão",
      "Ouvir matéria",
      "Ative as notificações",
      "Vídeo indisponível"
    ],
    donation: [
      "Apoie o jornalismo independente: contribua a partir de R$ 10 por mês",
      "Faça uma doação",
      "Torne-se membro e ajude a manter este site no ar",
      "Já arrecadamos 72% da nossa meta. Falta pouco!"
    ],
    cookie: [
      "Aceite os cookies para visualizar este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 654 parceiros armazenamos e/ou acedemos a informações num dispositivo",
      "Conteúdo bloqueado. Altere as suas definições de cookies para o ver"
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Gewinnen Sie ein Wochenende im Designhotel Kubus",
      "Mit dem Code WOHNEN15 sparen Sie 15 % bei Lichtwerk Leuchten",
      "Jetzt 100 € Wettbonus sichern! 18+ | Glücksspiel kann süchtig machen",
      "Nur heute: Gratis-Versand auf alle Architekturbücher"
    ],
    political: [
      "UMFRAGE: Soll das Heizungsgesetz sofort gestoppt werden? Jetzt abstimmen!",
      "Unterschreiben Sie jetzt unsere Petition gegen die Enteignung von Wohnungskonzernen",
      "Werden Sie Mitglied und erhalten Sie Ihren persönlichen Parteiausweis",
      "Spenden Sie 5 Euro für den Wahlkampf – jeder Euro zählt!"
    ],
    newsletter: [
      "Melden Sie sich für unseren Newsletter „Stadt & Bau“ an",
      "Bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus – die ersten 4 Wochen gratis",
      "Mit der Anmeldung stimmen Sie unserer Datenschutzerklärung zu. Abmeldung jederzeit möglich."
    ],
    social: [
      "Folgen Sie uns auf Instagram: @betonundglas",
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Brutalismus Berlin (@brutalismus.berlin)",
      "Teilen auf Facebook, X und WhatsApp"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Artikel wird nach der Anzeige fortgesetzt",
      "Dieser Inhalt entstand in Zusammenarbeit mit der Holzbau Reinhardt GmbH"
    ],
    affiliate: [
      "Wir erhalten eine Provision, wenn Sie über diese Links einkaufen. Für Sie ändert sich am Preis nichts.",
      "Statt 199 € jetzt nur 129 € bei Otto",
      "Preis bei Amazon prüfen",
      "*Affiliate-Link"
    ],
    scam: [
      "Ärzte sprachlos: Dieses Hausmittel lässt Gelenkschmerzen über Nacht verschwinden",
      "Münchner Architekt verdient 12.000 € im Monat mit diesem Bitcoin-Trick",
      "Sie könnten Anspruch auf bis zu 5.000 € Entschädigung haben – jetzt prüfen",
      "Diese 14 verlassenen Villen sind unheimlich (Nr. 11 ist unglaublich)"
    ],
    related: [
      "Lesen Sie auch: Wie Hamburg seine HafenCity klimafest machen will",
      "MEHR ZUM THEMA – Warum Plattenbauten plötzlich wieder gefragt sind",
      "Auch interessant: Stuttgart 21 – der nächste Termin wackelt",
      "VIDEO: So sieht das neue Museum am Kulturforum von innen aus"
    ],
    app: [
      "Jetzt die App herunterladen",
      "Artikel vorlesen lassen",
      "Push-Benachrichtigungen aktivieren",
      "Dieses Video ist leider nicht verfügbar"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus – schon ab 5 € im Monat",
      "Jetzt spenden",
      "Werden Sie Mitglied unserer Genossenschaft",
      "Noch 1.240 Unterstützer bis zu unserem Ziel"
    ],
    cookie: [
      "Externen Inhalt laden? Dafür müssen Sie Cookies zustimmen",
      "Einstellungen verwalten",
      "Wir und unsere 198 Partner verwenden Cookies und ähnliche Technologien",
      "An dieser Stelle finden Sie einen externen Inhalt von Instagram, der den Artikel ergänzt."
    ]
  }
};

export const GENUINE = {
  en: [
    "The competition, launched in 2021, drew 312 entries from 41 countries before the jury settled on a timber-framed scheme by a Rotterdam practice.",
    "Rents in the new blocks will start at £1,150 a month, with 35 per cent of units offered at what the council calls \"social rent\".",
    "More than 12,000 residents signed a petition opposing the demolition of the 1968 library, according to the campaign group.",
    "Admission to the pavilion is free until September 30, after which tickets will cost $18.",
    "\"Go and walk the street before you judge it,\" said the scheme's lead architect, Amara Okafor. \"Photos don't do it justice.\"",
    "Key points",
    "What we know so far",
    "Updated 14:32 BST",
    "LONDON (Reuters) - Planners have approved a 56-storey tower on the edge of the City despite objections from Historic England.",
    "Additional reporting by Priya Natarajan in Mumbai.",
    "The developer has offered to donate the former goods yard to the city as a public park if the tower is approved.",
    "Residents can submit comments through the council's planning app until March 14.",
    "In an online poll run by the neighbourhood association, 68 per cent of respondents opposed the proposed car-free zone.",
    "Pictured: the restored Art Deco facade of the former Odeon cinema, now a community arts centre.",
    "Photograph: Tom Reyes",
    "Investigators said the scam involved fake planning consultants who charged homeowners up to $4,000 for permits that were never filed.",
    "She was 87 and is survived by her husband, the landscape architect Peter Lind, and two daughters.",
    "Zaha Hadid Architects won the commission in 2019, beating shortlisted designs from five other firms.",
    "The city's bike-share scheme, which is free for the first 30 minutes, recorded 2.4 million trips last year.",
    "Analysis",
    "The winner of this year's Pritzker Prize will be announced on Tuesday.",
    "Critics took to social media to mock the design, with one post comparing the museum's roof to a crushed drinks can.",
    "Households on the council's housing register have been waiting an average of seven years for a three-bedroom home.",
    "The scheme received £4.5m in donations from local philanthropists, covering about a third of construction costs.",
    "\"Sign up, show up and make your voice heard at the hearing,\" urged Councillor Dana Whitfield in a statement on Monday.",
    "The homes are being sold for £295,000, roughly 20 per cent below market value, under the shared ownership programme.",
    "The full 400-page planning report was published on the council's website on Friday.",
    "Helen Marsh is the architecture and design critic. Her book on postwar housing estates was published in 2022.",
    "Cookies, cakes and coffee were served from a pop-up kiosk designed by students at the opening ceremony.",
    "The offer, worth an estimated $2bn, would see the consortium buy the site and build 3,000 homes over 15 years.",
    "Final score: Riverside United 2, Harbour Athletic 1 — the first match at the new 22,000-seat stadium.",
    "The app-based parking system replaced 1,400 meters across the downtown core last spring.",
    "The council has launched a public consultation, which closes on 28 February, on plans to pedestrianise the high street.",
    "Workers install glass panels on the north side of the terminal, which is due to open in 2026.",
    "Correction: An earlier version of this article misstated the height of the tower. It is 210 metres, not 240 metres.",
    "The building's green roof is home to 40 species of wildflower and three beehives.",
    "Tickets for the open-house weekend, when more than 800 buildings open their doors for free, are released on Monday at 10am.",
    "Why it matters",
    "The firm said it had been the victim of a phishing scam that diverted a £380,000 payment meant for its steel supplier.",
    "BARCELONA, Spain (AP) — City officials on Wednesday expanded the \"superblock\" programme to six more neighbourhoods."
  ],
  es: [
    "MADRID, 14 Mar. (EUROPA PRESS) - El Ayuntamiento ha aprobado definitivamente el plan para reurbanizar el entorno del estadio.",
    "El concurso internacional recibió 186 propuestas y el jurado eligió por unanimidad el proyecto de un estudio valenciano.",
    "Más de 8.000 vecinos han firmado una petición para salvar el antiguo mercado de abastos de la demolición.",
    "La entrada al pabellón será gratuita hasta el 30 de septiembre.",
    "\"Que vengan a verlo antes de opinar\", pidió la arquitecta responsable, Lucía Ferrer, durante la presentación.",
    "Los pisos de protección oficial se venderán a partir de 145.000 euros, un 40% por debajo del precio de mercado.",
    "Claves del proyecto",
    "Actualizado a las 13:45",
    "Con información de Marta Ruiz desde Sevilla.",
    "La Policía Nacional ha desarticulado una red que estafaba a compradores con falsos pisos sobre plano en la costa.",
    "En la imagen, la fachada restaurada del antiguo cine Capitol tras dos años de obras.",
    "La fundación ha donado 3 millones de euros para rehabilitar la biblioteca municipal.",
    "Los vecinos podrán presentar alegaciones a través de la aplicación municipal hasta el 15 de abril.",
    "El arquitecto falleció el domingo en Barcelona a los 91 años. Deja esposa y tres hijos."
  ],
  fr: [
    "PARIS (AFP) - La mairie a présenté mercredi son nouveau plan local d'urbanisme bioclimatique.",
    "Le concours, lancé en 2022, a réuni 94 équipes d'architectes venues de toute l'Europe.",
    "Une pétition réclamant la sauvegarde de la halle a recueilli plus de 15 000 signatures.",
    "L'accès au chantier sera gratuit lors des Journées européennes du patrimoine.",
    "« Venez voir par vous-mêmes avant de critiquer », a lancé l'architecte Camille Roussel lors de l'inauguration.",
    "Les logements seront proposés à partir de 2 900 euros le mètre carré en accession sociale.",
    "Ce qu'il faut retenir",
    "Mis à jour le 12 mars à 16h05",
    "Avec Julien Morel à Marseille.",
    "Selon le parquet, l'escroquerie visait des propriétaires démarchés pour de faux travaux de rénovation énergétique.",
    "Sur la photo, la façade restaurée de la Cité radieuse après l'incendie de 2012.",
    "Le mécène a fait un don de 10 millions d'euros pour la restauration de la cathédrale.",
    "Un sondage publié dimanche indique que 61 % des Parisiens soutiennent la piétonnisation des berges.",
    "Architecte et urbaniste, il s'est éteint lundi à l'âge de 88 ans."
  ],
  pt: [
    "SÃO PAULO (Reuters) - A prefeitura aprovou nesta terça-feira a revisão do Plano Diretor Estratégico.",
    "O concurso nacional de arquitetura recebeu 214 propostas de escritórios de todo o país.",
    "Um abaixo-assinado com mais de 20 mil assinaturas pede o tombamento do edifício modernista.",
    "A entrada no museu será gratuita às terças-feiras.",
    "\"Venham conhecer o espaço antes de julgar\", pediu a arquiteta Beatriz Nogueira na inauguração.",
    "Os apartamentos do programa habitacional custarão a partir de R$ 190 mil.",
    "Entenda o caso",
    "Atualizado às 15h20",
    "Colaborou Pedro Almeida, do Rio de Janeiro.",
    "A polícia investiga um golpe em que falsos corretores vendiam lotes inexistentes pela internet.",
    "Na foto, a fachada restaurada do Copan, no centro de São Paulo.",
    "A Câmara Municipal de Lisboa recebeu uma doação de 2 milhões de euros para recuperar o jardim.",
    "Os moradores podem enviar sugestões pelo aplicativo da prefeitura até 30 de maio.",
    "O arquiteto morreu neste domingo, aos 93 anos, em Lisboa. Deixa a mulher e dois filhos."
  ],
  de: [
    "BERLIN (dpa) - Der Senat hat am Dienstag den Bebauungsplan für das Areal am Molkenmarkt beschlossen.",
    "Am Wettbewerb beteiligten sich 78 Büros aus dem In- und Ausland.",
    "Eine Petition gegen den Abriss des Kaufhauses haben bislang mehr als 11.000 Menschen unterschrieben.",
    "Der Eintritt zur Ausstellung ist bis Ende Oktober kostenlos.",
    "„Kommen Sie vorbei und schauen Sie es sich an“, sagte Architektin Jana Vogt bei der Eröffnung.",
    "Die Mieten in den geförderten Wohnungen sollen bei 6,50 Euro pro Quadratmeter liegen.",
    "Das Wichtigste in Kürze",
    "Aktualisiert am 14.03., 11:20 Uhr",
    "Mitarbeit: Katrin Haas, München",
    "Die Polizei warnt vor Betrügern, die sich als Mitarbeiter des Bauamts ausgeben.",
    "Die sanierte Fassade des ehemaligen Postamts am Bahnhofsplatz.",
    "Eine Stiftung hat 4 Millionen Euro für den Wiederaufbau der Bibliothek gespendet.",
    "Bürgerinnen und Bürger können ihre Anregungen bis zum 30. April über die Beteiligungs-App der Stadt einreichen.",
    "Der Architekt starb am Sonntag im Alter von 89 Jahren in Stuttgart."
  ]
};
