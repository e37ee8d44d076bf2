// The probe's 82th batch (run.mjs --batch 82): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a week-long sailing holiday in the Outer Hebrides — enter by Friday midnight",
      "Use code HARBOUR20 for 20% off your first Tideline Seafood box",
      "Claim your FREE bait starter kit — just pay £3.95 P&P",
      "Bet £10 on the Round the Island Race, get £30 in free bets. 18+ T&Cs apply. BeGambleAware.org",
      "COMPETITION",
      "Fancy a free oyster tasting for two? Enter our prize draw now →",
      "Flash sale: 2-for-1 on all Saltmarsh Smokehouse kippers until Sunday"
    ],
    political: [
      "VOTE NOW: Should Brussels keep its hands off British fishing waters? Yes / No",
      "Chip in $5 before midnight to stop the radical offshore wind agenda",
      "Sign the petition: TAKE BACK OUR SEAS",
      "Are you with us? Add your name to demand the White House stop selling out our fishermen",
      "Get your official 2024 Patriot Member Card — only for true supporters",
      "They laughed at us. Now they're scared. Donate $25 to fight back →",
      "Poll: Do you trust the Prime Minister on Brexit? Click to have your say"
    ],
    newsletter: [
      "Sign up for The Catch, our free weekly briefing on the fishing industry",
      "You've reached your limit of 3 free articles this month.",
      "Already a subscriber? Log in",
      "By signing up you agree to receive marketing emails from Harbour Media Group and accept our Privacy Notice. You can unsubscribe at any time.",
      "Subscribe for just £1 a week — cancel anytime",
      "Enter your email address",
      "Get the Coastal Morning newsletter delivered to your inbox every weekday at 7am"
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Grimsby Dock Fishmongers (@grimsbyfishdocks)",
      "Follow us on Facebook for the latest from the quayside",
      "Share this article",
      "Join our Sea Anglers Facebook group — 40,000 members and counting",
      "Follow @MaritimeDesk on X",
      "— Fleetwood Trawler Heritage (@FleetwoodTrawl) March 4, 2024"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored",
      "Paid post by Nordic Salmon Council",
      "Promoted by Bluewater Marine Insurance",
      "This content was produced by our commercial team in partnership with Ocean Harvest Ltd and did not involve the newsroom.",
      "ADVERTISEMENT - SCROLL TO CONTINUE"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Buy it: Shimano Sienna 2500 reel, £34.99 at Amazon",
      "Was £89, now £59 at Go Outdoors",
      "Check price on Amazon",
      "Best deal: Musto BR1 sailing jacket — £135 (save 25%) at Sail Shop Direct",
      "Our independent reviewers choose every product; if you buy something we may receive a small fee.",
      "SHOP NOW →"
    ],
    scam: [
      "Doctors stunned: fishermen's 10-second morning ritual melts belly fat",
      "Retired trawlerman turns £250 into £18,000 with this crypto app — banks hate it",
      "Cod liver oil trick reverses joint pain overnight, experts baffled",
      "20 Shipwrecks Nobody Can Explain — Number 7 Will Shock You",
      "You may be owed up to £6,400 in unpaid fishing compensation. Check your eligibility now",
      "One weird trick harbourmasters use to get rid of tinnitus",
      "The new AI trading platform quietly making coastal towns rich"
    ],
    related: [
      "Read more: Herring quotas cut by a third as stocks collapse in the North Sea",
      "RELATED: Port of Felixstowe strike talks break down",
      "ALSO READ - Why your fish and chips now costs £12",
      "WATCH: Moment humpback whale breaches beside Cornish fishing boat",
      "More from Business: Shipping giant warns of Red Sea delays through summer",
      "Recommended: The last cockle pickers of Morecambe Bay",
      "You might also like - Ten of the best seaside walks in Wales"
    ],
    app: [
      "Download our app for breaking news on the go",
      "Listen to this article",
      "0:00 / 3:21",
      "Open in app",
      "Turn on notifications to get shipping forecast alerts",
      "Video unavailable. This video is no longer available.",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support independent coastal journalism — donate from just £2",
      "Become a member of The Quayside Review today",
      "We've raised $48,210 of our $75,000 goal. Help us get there.",
      "If you value our reporting on the oceans, please consider making a contribution. Every reader counts.",
      "DONATE",
      "Reader-funded since 1998. No paywall, no billionaire owner — just you.",
      "Make a one-off or monthly gift →"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This content is blocked. You need to allow Social Media cookies to view this YouTube video.",
      "Reject all",
      "To view this Instagram post, please enable targeting cookies in your cookie settings.",
      "Allow all cookies"
    ]
  },
  es: {
    promo: [
      "¡Gana una mariscada para cuatro en Marisquería El Puerto! Participa antes del domingo",
      "Código PESCA15: 15% de descuento en tu primer pedido de conservas Rías Altas",
      "Apuesta 10 € y llévate 50 € en apuestas gratis. +18. Juega con responsabilidad",
      "SORTEO: consigue gratis una caña de pescar profesional"
    ],
    political: [
      "VOTA YA: ¿Debe España romper con la política pesquera de Bruselas? Sí / No",
      "Firma para exigir la dimisión del ministro. ¡Ya somos 80.000!",
      "Hazte afiliado y recibe tu carné oficial del partido",
      "Aporta 5 € y frena al Gobierno antes de que sea tarde"
    ],
    newsletter: [
      "Suscríbete a nuestro boletín Del Mar y recibe cada lunes lo más importante del sector pesquero",
      "¿Ya eres suscriptor? Inicia sesión",
      "Has agotado tus noticias gratuitas de este mes. Suscríbete por 1 € el primer mes",
      "Al suscribirte aceptas la política de privacidad y el envío de comunicaciones comerciales"
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida de Cofradía de Pescadores de Burela (@cofradiaburela)",
      "Síguenos en WhatsApp y recibe las noticias del puerto en tu móvil",
      "Únete a nuestro canal de Telegram"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado por Navieras del Cantábrico",
      "La noticia continúa tras la publicidad",
      "Ofrecido por Conservas Mar de Ons"
    ],
    affiliate: [
      "Como Afiliado de Amazon, obtenemos ingresos por las compras adscritas que cumplen los requisitos aplicables.",
      "Ver oferta en Amazon",
      "Antes 79,99 €, ahora 49,99 € en Decathlon",
      "Este artículo contiene enlaces de afiliados: si compras a través de ellos, recibimos una pequeña comisión."
    ],
    scam: [
      "Un pescador gallego se hace rico con este método y los bancos quieren prohibirlo",
      "Los médicos no se lo creen: el aceite de hígado de bacalao que elimina el dolor de rodillas",
      "10 barcos fantasma que nadie sabe explicar. El número 6 te dejará sin palabras",
      "Hacienda te debe dinero: comprueba si puedes reclamar hasta 3.200 €"
    ],
    related: [
      "Lea también: La flota de Vigo amarra por el precio del gasóleo",
      "TE PUEDE INTERESAR - El puerto de Algeciras bate su récord de contenedores",
      "Más información: Bruselas recorta un 20% la cuota de merluza",
      "VÍDEO | Así se subasta el atún rojo en la lonja de Barbate"
    ],
    app: [
      "Descarga la app y recibe las últimas noticias al instante",
      "Escuchar noticia",
      "Activa las notificaciones para no perderte nada",
      "Abrir en la aplicación"
    ],
    donation: [
      "Apoya el periodismo independiente. Hazte socio",
      "Con tu aportación podemos seguir informando sobre el mar. Dona desde 3 € al mes",
      "Hazte mecenas",
      "Hemos alcanzado el 68% de nuestro objetivo. ¡Ayúdanos a llegar al 100%!"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 842 socios utilizamos cookies y tecnologías similares",
      "Este contenido está bloqueado. Acepta las cookies de terceros para ver el vídeo de YouTube."
    ]
  },
  fr: {
    promo: [
      "Jeu-concours : tentez de gagner une croisière pour deux aux îles Chausey !",
      "-20 % sur votre premier panier de poissons avec le code MAREE20",
      "Pariez 10 € et recevez 100 € en paris gratuits. Jouer comporte des risques : endettement, isolement...",
      "OFFRE SPÉCIALE : votre bourriche d'huîtres offerte dès 50 € d'achat"
    ],
    political: [
      "SONDAGE : Faut-il sortir de la politique commune de la pêche ? Votez maintenant !",
      "Signez la pétition pour défendre NOS pêcheurs contre Bruxelles",
      "Adhérez dès aujourd'hui et recevez votre carte de militant 2024",
      "Faites un don de 5 € pour faire tomber ce gouvernement"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Mer & Littoral",
      "Déjà abonné ? Connectez-vous",
      "Cet article est réservé aux abonnés. Profitez de l'offre découverte : 1 € le premier mois",
      "Vos données sont traitées par Ouest Marine Médias. Vous pouvez vous désinscrire à tout moment via le lien en bas de chaque e-mail."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Criée de Lorient (@crieelorient)",
      "Suivez-nous sur Facebook",
      "Partager l'article"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Article proposé par Armor Croisières — la rédaction n'a pas participé à sa réalisation"
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous percevons une commission en cas d'achat.",
      "Voir le prix sur Amazon",
      "Bon plan : le ciré Guy Cotten passe de 89 € à 62 € chez Decathlon",
      "Acheter chez Fnac →"
    ],
    scam: [
      "Un marin breton devient millionnaire grâce à cette méthode que les banques détestent",
      "Les médecins sont stupéfaits : cette huile de poisson fait fondre la graisse en une nuit",
      "Vous pouvez récupérer jusqu'à 2 800 € : vérifiez votre éligibilité avant qu'il ne soit trop tard",
      "15 photos de phares incroyables. La 9e va vous surprendre"
    ],
    related: [
      "À lire aussi : À Boulogne-sur-Mer, les mareyeurs inquiets face à la hausse du gazole",
      "LIRE AUSSI - Le port du Havre enregistre une baisse de son trafic de conteneurs",
      "VIDÉO - Tempête Ciaran : les images impressionnantes des vagues au Conquet",
      "Sur le même sujet : Pêche à la coquille Saint-Jacques, la saison est ouverte"
    ],
    app: [
      "Téléchargez l'application pour suivre l'actualité en temps réel",
      "Écouter cet article",
      "Activez les notifications",
      "Ouvrir dans l'application"
    ],
    donation: [
      "Soutenez une presse libre et indépendante : faites un don",
      "Devenez membre de notre rédaction",
      "Votre don est déductible à 66 % de vos impôts",
      "Objectif : 50 000 €. Déjà 31 420 € collectés."
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 761 partenaires utilisons des cookies pour stocker et/ou accéder à des informations sur votre appareil.",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "Ganhe um fim de semana na Nazaré! Participe já no nosso passatempo",
      "Use o código MAR10 e tenha 10% de desconto em conservas Costa Azul",
      "Aposte 10 € e receba 20 € em apostas grátis. +18. Jogue com responsabilidade",
      "PROMOÇÃO: 2 kg de sardinha pelo preço de 1 só hoje"
    ],
    political: [
      "Enquete: Você confia no governo? VOTE AGORA",
      "Assine o abaixo-assinado contra a corrupção no Planalto",
      "Filie-se e receba a sua carteirinha de militante em casa",
      "Contribua com R$ 10 e ajude a derrotar a esquerda em outubro"
    ],
    newsletter: [
      "Receba a nossa newsletter Mar & Pescas todas as segundas-feiras",
      "Já é assinante? Faça login",
      "Este conteúdo é exclusivo para assinantes. Assine por R$ 1,90 no primeiro mês",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação partilhada por Docapesca Matosinhos (@docapesca_mts)",
      "Siga-nos no Facebook",
      "Entre no nosso grupo de WhatsApp e receba as notícias do porto"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua depois da publicidade",
      "Publieditorial | Oferecido por Atlântico Pescados"
    ],
    affiliate: [
      "Este texto contém links de afiliados. Podemos receber comissão pelas vendas.",
      "Confira o preço na Amazon",
      "De R$ 299 por R$ 189 no Mercado Livre",
      "COMPRAR AGORA"
    ],
    scam: [
      "Pescador aposentado fatura R$ 8 mil por semana com robô de criptomoedas",
      "Médicos ficam chocados: truque com óleo de peixe elimina dores nas articulações",
      "Você tem valores a receber! Consulte seu CPF e resgate até R$ 4.500",
      "Ninguém consegue explicar estes 12 naufrágios — o 8.º vai deixá-lo boquiaberto"
    ],
    related: [
      "Leia também: Porto de Santos bate recorde de movimentação em março",
      "LEIA MAIS - Pescadores de Peniche protestam contra as novas quotas",
      "Veja também: Baleia-jubarte encanta turistas em Ilhabela",
      "VÍDEO: Traineira encalha na barra da Figueira da Foz"
    ],
    app: [
      "Baixe o aplicativo e receba notícias em primeira mão",
      "Ouvir notícia",
      "Ative as notificações",
      "Abrir na app"
    ],
    donation: [
      "Apoie o jornalismo independente. Contribua a partir de 5 €",
      "Torne-se membro",
      "Faça uma doação via Pix",
      "Já atingimos 72% da nossa meta. Ajude-nos a chegar lá!"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 415 parceiros armazenamos e/ou acedemos a informações num dispositivo.",
      "Este conteúdo do YouTube está bloqueado. Clique para permitir cookies de terceiros."
    ]
  },
  de: {
    promo: [
      "Gewinnspiel: Jetzt mitmachen und eine Nordsee-Kreuzfahrt für zwei gewinnen!",
      "Mit dem Code KRABBE15 sparen Sie 15 % bei Fischhaus Petersen",
      "Nur heute: Matjes-Probierpaket GRATIS zu jeder Bestellung",
      "Jetzt 100 € Willkommensbonus sichern! 18+, Glücksspiel kann süchtig machen."
    ],
    political: [
      "UMFRAGE: Sollen die Windparks auf See gestoppt werden? Jetzt abstimmen!",
      "Unterschreiben Sie jetzt unsere Petition gegen die Ampel-Politik!",
      "Werden Sie Mitglied und erhalten Sie Ihren Parteiausweis",
      "Jetzt spenden: Mit 5 € gegen den Heizungs-Wahnsinn aus Berlin"
    ],
    newsletter: [
      "Melden Sie sich für unseren Newsletter „Küste kompakt“ an",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus: 4 Wochen für 0,99 €",
      "Mit Ihrer Anmeldung erklären Sie sich mit unseren Datenschutzbestimmungen einverstanden. Abmeldung jederzeit möglich."
    ],
    social: [
      "Sieh dir diesen Beitrag auf Instagram an",
      "Ein Beitrag geteilt von Fischmarkt Hamburg-Altona (@fischmarkt_hh)",
      "Folgen Sie uns auf Facebook und Instagram",
      "Artikel teilen"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Gesponserter Inhalt – präsentiert von Hanse Reederei",
      "Artikel wird nach der Anzeige fortgesetzt"
    ],
    affiliate: [
      "*Affiliate-Link: Bei einem Kauf erhalten wir eine Provision. Für Sie ändert sich der Preis nicht.",
      "Preis bei Amazon prüfen",
      "Statt 129,99 € jetzt nur 84,90 € bei Globetrotter",
      "Hier bestellen*"
    ],
    scam: [
      "Ärzte sprachlos: Dieses Fischöl-Rezept lässt Gelenkschmerzen verschwinden",
      "Rentner aus Cuxhaven verdient 3.000 € am Tag mit diesem Bitcoin-Trick",
      "Sie haben Anspruch auf eine Entschädigung von bis zu 2.400 €! Jetzt prüfen",
      "Diese 10 Schiffswracks sind unerklärlich – Nummer 4 ist unglaublich"
    ],
    related: [
      "Lesen Sie auch: Hamburger Hafen verliert weiter Marktanteile an Rotterdam",
      "Mehr zum Thema: Ostsee-Dorsch – Fangverbot wird verlängert",
      "Auch interessant – Krabbenfischer an der Nordsee kämpfen ums Überleben",
      "VIDEO: Containerschiff läuft in der Elbe auf Grund"
    ],
    app: [
      "Jetzt die App herunterladen",
      "Artikel anhören",
      "Push-Benachrichtigungen aktivieren und nichts mehr verpassen",
      "In der App öffnen"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus – jetzt Mitglied werden",
      "Jetzt spenden",
      "Schon 12.430 Unterstützer*innen – werden Sie eine*r davon!",
      "Freiwillig bezahlen: Unterstützen Sie uns mit einem Betrag Ihrer Wahl"
    ],
    cookie: [
      "Externe Inhalte aktivieren",
      "Cookie-Einstellungen verwalten",
      "Wir und unsere 218 Partner verwenden Cookies und ähnliche Technologien.",
      "An dieser Stelle finden Sie einen externen Inhalt von YouTube. Um ihn anzuzeigen, müssen Sie der Datenverarbeitung zustimmen."
    ]
  }
};
export const GENUINE = {
  en: [
    "ABERDEEN (Reuters) - Scottish fishing leaders on Tuesday called for an urgent review of mackerel quotas after talks with Norway collapsed.",
    "Prices at the Peterhead fish market rose to £2.80 a kilo for haddock, up from £2.10 a year earlier.",
    "The council is offering free parking at the harbour for the duration of the festival, a spokesperson said.",
    "\"Come down to the quay and see what we do — buy direct from the boats,\" said skipper Ian Buchan.",
    "Updated 14:32",
    "Additional reporting by Sarah Pennington in Plymouth",
    "Key points",
    "What we know so far",
    "A petition calling for a ban on supertrawlers in the Channel has gathered more than 100,000 signatures, triggering a debate in Parliament.",
    "The Fishermen's Mission said donations had doubled since the storm, allowing it to support 140 families.",
    "Trading Standards warned that scammers posing as harbour officials have been demanding 'mooring fees' by text message.",
    "Trawlers moored in Brixham harbour at dawn on Monday. Photograph: PA",
    "The port authority's new app lets skippers book berths and pay landing fees from their phones.",
    "Analysis",
    "He is survived by his wife, Margaret, three children and seven grandchildren, and will be remembered in Whitby as the last of the coble fishermen.",
    "Grimsby Town 2-1 Hartlepool United",
    "The winner of this year's Seafood Chef of the Year competition, Tom Reid, will receive £5,000 and a placement in Tokyo.",
    "A poll by the National Federation of Fishermen's Organisations found 92% of members felt let down by the Brexit deal.",
    "Some retailers have cut the price of farmed salmon by up to 30% as supply surged, according to Kantar.",
    "Subscriptions to the company's vessel-tracking service rose sharply after the Suez blockage, it said.",
    "Sophie Turner is our maritime correspondent. She has covered shipping and fisheries for 12 years.",
    "Police have urged anyone who saw the vessel leaving Newlyn on Saturday night to call 101, quoting reference 4521.",
    "\"Sign up to the scheme before the end of March or you'll miss the compensation,\" the harbourmaster told fishermen at the meeting.",
    "The government's £100m fisheries fund has so far paid out only £24m, figures obtained by the BBC show.",
    "Footage shared on social media showed the container ship listing heavily as tugs tried to stabilise it.",
    "Shares in the Norwegian salmon farmer Mowi fell 6% on news of the new tax.",
    "The festival's free crab-catching workshops for children sold out within hours.",
    "The Marine Accident Investigation Branch said its full report would be published in the autumn.",
    "The RNLI, which is funded by public donations, launched both Cromer lifeboats at 3.40am.",
    "Cookies, crisps and bottled water were handed out to stranded ferry passengers at Dover overnight.",
    "Timeline: how the scallop war unfolded",
    "Offers for the bankrupt shipyard must be submitted by 30 June, the administrators said.",
    "Last year the UK fleet landed 623,000 tonnes of fish worth £1.04bn, according to the Marine Management Organisation.",
    "Fishermen who suspect they have been targeted by the fake licence renewal emails should report them to Action Fraud.",
    "Correction: An earlier version of this article misstated the tonnage of the vessel.",
    "LISBON (AFP) - Portugal's sardine fishing season opened on Monday after scientists approved a higher catch limit.",
    "What happens next?",
    "The skipper, who asked not to be named, said he had been offered £40,000 for his quota by a Dutch-owned company.",
    "Visitors can tour the restored steam drifter for free every Saturday in August.",
    "A worker sorts langoustines on the quayside at Kilkeel, County Down. Photograph: Paul Faith/AFP via Getty Images"
  ],
  es: [
    "VIGO, 12 Mar. (EUROPA PRESS) - Los armadores gallegos han pedido al Ministerio de Agricultura, Pesca y Alimentación una reunión urgente.",
    "El kilo de percebe alcanzó los 120 euros en la lonja de Cedeira durante las fiestas navideñas.",
    "La Cofradía de Pescadores ha lanzado una campaña de recogida de firmas contra el parque eólico marino.",
    "\"Que la gente venga a la lonja y compre directamente al pescador\", pidió el patrón mayor, José Manuel Rosas.",
    "Actualizado a las 14:32",
    "Con información de Laura Pérez desde Cádiz",
    "Claves de la reforma",
    "La Guardia Civil alerta de una estafa telefónica dirigida a armadores que suplanta a Capitanía Marítima.",
    "La Autoridad Portuaria ha presentado una aplicación móvil para que los cruceristas consulten horarios y accesos.",
    "Falleció a los 87 años en Bermeo, donde fue durante décadas patrón del bonitero Itxas Argia.",
    "Celta de Vigo 2 - Cádiz 1",
    "Marineros descargan merluza en el puerto de Burela. (EFE)",
    "La entrada a la feria del marisco será gratuita y habrá degustaciones por 2 euros.",
    "Salvamento Marítimo rescató a los siete tripulantes tras más de cuatro horas de operación."
  ],
  fr: [
    "BOULOGNE-SUR-MER (AFP) - Les pêcheurs français ont bloqué mercredi l'entrée du port pour protester contre la hausse du prix du gazole.",
    "Le prix de la sole a atteint 25 euros le kilo à la criée des Sables-d'Olonne.",
    "\"Venez nombreux soutenir les marins samedi\", a lancé le président du comité des pêches.",
    "Mis à jour à 14h32",
    "Avec notre correspondante à Lorient, Marie Durand",
    "Ce qu'il faut retenir",
    "Une pétition contre le chalutage de fond dans les aires marines protégées a recueilli plus de 250 000 signatures.",
    "La gendarmerie met en garde contre une arnaque au faux contrôle des Affaires maritimes.",
    "La visite du chalutier-musée sera gratuite pour les enfants pendant les vacances.",
    "Il s'est éteint à 91 ans à Douarnenez, où il avait été patron de thonier pendant trente ans.",
    "Stade Brestois 2-0 FC Lorient",
    "Des marins déchargent des caisses de sardines à Saint-Jean-de-Luz. (Photo AFP)",
    "La nouvelle application de la SNSM permet aux plaisanciers de signaler un incident en mer.",
    "L'association a reçu plus de 40 000 euros de dons depuis le naufrage du chalutier."
  ],
  pt: [
    "LISBOA (Lusa) - Os armadores da pesca da sardinha pediram esta terça-feira ao Governo um reforço das quotas para este ano.",
    "O quilo de polvo chegou aos 12 euros na lota de Matosinhos.",
    "\"Venham à lota e comprem diretamente aos pescadores\", apelou o presidente da associação.",
    "Atualizado às 14h32",
    "Colaboração de Ana Ribeiro, em Peniche",
    "O que se sabe até agora",
    "Uma petição contra a mineração em mar profundo reuniu mais de 8 mil assinaturas e será discutida no Parlamento.",
    "A Polícia Marítima alerta para uma burla em que falsos inspetores exigem pagamentos a pescadores.",
    "A entrada no Museu Marítimo de Ílhavo é gratuita aos domingos de manhã.",
    "Morreu aos 84 anos o mestre Joaquim Pardal, figura histórica da pesca do bacalhau na Terra Nova.",
    "Vasco da Gama 1 x 0 Santos",
    "Pescadores descarregam sardinha no porto de Sesimbra. (Foto: Lusa)",
    "O novo aplicativo da autoridade portuária permite agendar a entrada de caminhões no terminal.",
    "A campanha de doações arrecadou R$ 320 mil para as famílias de pescadores atingidas pela mancha de óleo."
  ],
  de: [
    "CUXHAVEN (dpa) - Die Krabbenfischer an der Nordseeküste haben am Montag ihre Kutter im Hafen gelassen, um gegen niedrige Erzeugerpreise zu protestieren.",
    "Der Preis für ein Kilo Nordseekrabben stieg zuletzt auf über 30 Euro.",
    "„Kommen Sie an den Hafen und kaufen Sie direkt vom Kutter“, sagte Fischer Dirk Sander.",
    "Aktualisiert um 14:32 Uhr",
    "Mitarbeit: Jana Möller, Rostock",
    "Das Wichtigste in Kürze",
    "Eine Petition gegen das Verbot der Grundschleppnetzfischerei hat mehr als 50.000 Unterschriften gesammelt.",
    "Die Polizei warnt vor Betrügern, die sich als Mitarbeiter der Wasserstraßen- und Schifffahrtsverwaltung ausgeben.",
    "Der Eintritt ins Schifffahrtsmuseum ist am Tag des offenen Hafens kostenlos.",
    "Er starb im Alter von 88 Jahren in Büsum, wo er mehr als vierzig Jahre lang einen Krabbenkutter fuhr.",
    "FC Hansa Rostock – Holstein Kiel 1:2",
    "Fischer sortieren Hering im Hafen von Sassnitz. Foto: dpa",
    "Mit der neuen App des Hafens können Lkw-Fahrer ihre Ankunft am Containerterminal anmelden.",
    "Die Deutsche Gesellschaft zur Rettung Schiffbrüchiger finanziert sich ausschließlich durch Spenden."
  ]
};
