// The probe's 55th batch (run.mjs --batch 55): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a solar-powered camping kit worth £650 – enter by midnight Sunday",
      "Use code GREENLEAF20 for 20% off your first EcoBox delivery",
      "Claim your FREE reusable bottle when you switch to TerraVolt Energy today",
      "New customers: bet £10, get £40 in free bets. 18+ T&Cs apply. BeGambleAware.org",
      "Limited offer: 3 months of WildTrails Premium for just $1",
      "COMPETITION",
      "Enter our prize draw to win a safari for two in Kenya →"
    ],
    political: [
      "POLL: Should the President be impeached? VOTE NOW",
      "Chip in $5 before midnight to stop the radical left's war on American energy",
      "Sign the petition: Tell Congress to fire the climate alarmists",
      "Are you with Trump or against him? Cast your vote in our official 2024 survey",
      "Claim your Official Patriot Membership Card — only 500 left in your state",
      "OUTRAGED? Add your name now and demand answers from Labour",
      "Democrats don't want you to see this poll. Vote before it's taken down."
    ],
    newsletter: [
      "Sign up to Down to Earth, our free weekly climate newsletter",
      "Already a subscriber? Log in",
      "You've reached your limit of 3 free articles this month. Subscribe for $1 a week.",
      "By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy. You may unsubscribe at any time.",
      "Get the Planet Pulse briefing in your inbox every Friday",
      "Enter your email address",
      "This article is for subscribers only. Start your free trial to keep reading."
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Ocean Rescue Collective (@oceanrescuecollective)",
      "Follow us on Twitter @GreenDeskNews for the latest climate updates",
      "Share this article",
      "Join our Facebook group: Backyard Birdwatchers UK",
      "Like us on Facebook and follow @wildnews on TikTok",
      "— Save The Otters (@SaveTheOtters) March 4, 2024"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored",
      "Paid post by Northwind Renewables",
      "This content was produced by our commercial team in partnership with EcoHarvest and did not involve the newsroom.",
      "Promoted by Verdant Capital",
      "Advertisement - scroll to continue"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Was £129.99, now £84.99 at Argos",
      "Check price on Amazon",
      "BUY IT: Solaris Mini power bank, $49 at Best Buy",
      "The best eco-friendly water bottles of 2024, tested by our experts — shop now",
      "Deal: Save $300 on the GreenCell portable power station at Walmart, today only",
      "Our journalists select products independently. If you buy through our links, we may earn an affiliate commission."
    ],
    scam: [
      "Doctors stunned: this 'polar bear' trick melts belly fat overnight",
      "Elon Musk's new climate crypto is making ordinary Brits £1,300 a day",
      "Homeowners born before 1975 are getting solar panels for FREE — check if you qualify",
      "23 animals that went extinct for a reason (number 7 will shock you)",
      "One weird trick energy companies don't want you to know",
      "You may be owed £2,400 in unclaimed compensation — check now",
      "Invest $250 in carbon credits and earn passive income from home — see how"
    ],
    related: [
      "Read more: Arctic sea ice hits record low for February",
      "RELATED: Grey wolves return to Colorado after 80 years",
      "WATCH: Firefighters rescue koala from burning forest",
      "More from Environment: Why the UK's hedgehog population is collapsing",
      "Recommended: Coral bleaching spreads across the Great Barrier Reef",
      "You might also like - 10 of the best walks in the Lake District",
      "ALSO READ - Delhi pollution: schools shut as AQI crosses 450"
    ],
    app: [
      "Listen to this article",
      "Download the Daily Earth app for breaking climate alerts",
      "Open in app",
      "0:00 / 3:21",
      "Video unavailable",
      "Turn on notifications to never miss a story",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support independent climate journalism. Donate today from just £1.",
      "Become a member",
      "We've raised $842,000 of our $1m goal",
      "Our reporting on the environment is free for everyone because of readers like you. Will you chip in?",
      "DONATE",
      "If you value what we do, please consider supporting us with a monthly contribution.",
      "Join 120,000 readers who fund our wildlife reporting"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies.",
      "This embed is blocked because you have not accepted social media cookies.",
      "Allow all",
      "To view this YouTube video, please enable targeting cookies. Update your cookie settings.",
      "Reject non-essential cookies"
    ]
  },
  es: {
    promo: [
      "¡Participa en el sorteo de una bicicleta eléctrica valorada en 1.200 €!",
      "Código VERDE15: 15% de descuento en tu primer pedido de EcoNatura",
      "Apuesta 10 € y llévate 50 € en apuestas gratis. +18. Juega con responsabilidad.",
      "CONSIGUE GRATIS tu kit de semillas autóctonas"
    ],
    political: [
      "ENCUESTA: ¿Debe dimitir Pedro Sánchez? Vota ahora",
      "Firma ya para frenar la dictadura climática de Bruselas",
      "Hazte afiliado y recibe tu carné oficial de patriota",
      "¿Indignado? Comparte antes de que lo censuren"
    ],
    newsletter: [
      "Suscríbete a nuestra newsletter de medio ambiente y recíbela cada lunes",
      "¿Ya eres suscriptor? Inicia sesión",
      "Has agotado tus artículos gratuitos de este mes. Suscríbete por 1 € el primer mes.",
      "Al registrarte aceptas las condiciones de uso y la política de privacidad."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida de Salvemos el Lince (@salvemosellince)",
      "Síguenos en X: @PlanetaVivoNoticias",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado por SolAndalucía Energía",
      "La noticia continúa tras el anuncio",
      "Publirreportaje"
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliados. Si compras a través de ellos, recibimos una comisión.",
      "Antes 89,99 €, ahora 59,99 € en Amazon",
      "Ver oferta en El Corte Inglés",
      "Comprar en PcComponentes ›"
    ],
    scam: [
      "Los médicos no se lo explican: este remedio natural elimina la artrosis en 7 días",
      "Un jubilado de Valencia gana 3.000 € al día con esta plataforma de criptomonedas",
      "15 animales que no sabías que existían (el número 9 te dejará sin palabras)",
      "Las eléctricas odian este truco: paga la mitad en tu factura de la luz"
    ],
    related: [
      "Lee también: La sequía deja los embalses de Cataluña al 15% de su capacidad",
      "Relacionado: El lince ibérico supera los 2.000 ejemplares",
      "Te puede interesar - Los mejores destinos de turismo rural para este verano",
      "MÁS INFORMACIÓN: Doñana pierde el 60% de sus lagunas"
    ],
    app: [
      "Descarga la app de El Diario Verde",
      "Escucha la noticia",
      "Activa las notificaciones para recibir las últimas noticias",
      "Este vídeo no está disponible"
    ],
    donation: [
      "Hazte socio y apoya el periodismo ambiental independiente",
      "Dona ahora",
      "Nuestra independencia depende de ti. Con 5 € al mes puedes ayudarnos.",
      "Llevamos 8.430 socios de los 10.000 que necesitamos"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 214 socios almacenamos o accedemos a información en un dispositivo.",
      "Este contenido está bloqueado. Acepta las cookies de terceros para verlo."
    ]
  },
  fr: {
    promo: [
      "Jeu-concours : tentez de gagner un séjour éco-responsable en Corse !",
      "-20 % avec le code NATURE20 sur toute la boutique TerreVive",
      "Pariez 10 €, recevez 100 € en paris gratuits. Jouer comporte des risques.",
      "Recevez GRATUITEMENT votre guide du jardin zéro déchet"
    ],
    political: [
      "SONDAGE : Emmanuel Macron doit-il démissionner ? Votez maintenant",
      "Signez la pétition contre l'écologie punitive !",
      "Adhérez dès aujourd'hui et recevez votre carte de membre officielle",
      "Scandale : ce que les élus ne veulent pas que vous sachiez. Partagez avant la censure !"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Planète et recevez l'essentiel chaque vendredi",
      "Déjà abonné ? Se connecter",
      "Cet article est réservé aux abonnés. Offre spéciale : 1 € le premier mois.",
      "Vos données sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Les Amis des Hérissons (@amisdesherissons)",
      "Suivez-nous sur Facebook et Instagram",
      "Rejoignez notre communauté sur Telegram →"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Article proposé par notre partenaire ÉnerVert. La rédaction n'a pas participé à sa réalisation."
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission en cas d'achat.",
      "Voir le prix sur Amazon",
      "149,99 € au lieu de 199,99 € chez Fnac",
      "Bon plan : la gourde isotherme à -40 % chez Cdiscount"
    ],
    scam: [
      "Les médecins sont stupéfaits : cette astuce de grand-mère fait fondre la graisse abdominale",
      "Gagnez jusqu'à 2 500 € par semaine grâce à cette plateforme de trading validée par les experts",
      "Panneaux solaires à 1 € : vérifiez si vous êtes éligible avant la fin du dispositif",
      "Ces 12 animaux ont des talents incroyables (le 8e va vous surprendre)"
    ],
    related: [
      "Lire aussi : Canicule : la France suffoque, 65 départements en vigilance orange",
      "À lire aussi - Le loup recensé dans 55 départements",
      "VIDÉO - Un ours brun filmé près d'un village des Pyrénées",
      "Sur le même sujet : Les glaciers alpins ont perdu 10 % de leur volume en deux ans"
    ],
    app: [
      "Écouter cet article",
      "Téléchargez l'application pour ne rien manquer de l'actualité",
      "Ouvrir dans l'application",
      "Cette vidéo n'est pas disponible"
    ],
    donation: [
      "Soutenez un journalisme indépendant : faites un don",
      "Devenez membre",
      "Objectif : 50 000 € – 37 412 € collectés",
      "Votre don est déductible à 66 % de vos impôts."
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 846 partenaires stockons et/ou accédons à des informations sur un appareil.",
      "Ce contenu est bloqué car vous n'avez pas accepté les traceurs de la plateforme YouTube."
    ]
  },
  pt: {
    promo: [
      "Concorra a uma bicicleta elétrica! Participe já",
      "Use o cupom VERDE10 e ganhe 10% de desconto na EcoLoja",
      "Aposte R$ 50 e ganhe R$ 200 em bônus. Jogue com responsabilidade. +18",
      "RESGATE AGORA seu kit de sementes grátis"
    ],
    political: [
      "ENQUETE: Você aprova o governo Lula? Vote agora",
      "Assine o abaixo-assinado contra a censura nas redes!",
      "Filie-se e receba sua carteirinha oficial de patriota",
      "Revoltante! Compartilhe antes que apaguem"
    ],
    newsletter: [
      "Cadastre-se na nossa newsletter de meio ambiente",
      "Já é assinante? Faça login",
      "Você atingiu o limite de reportagens gratuitas. Assine por R$ 1,90 no primeiro mês.",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Amigos do Peixe-Boi (@amigosdopeixeboi)",
      "Siga o canal do Verde Notícias no WhatsApp",
      "Siga-nos no Twitter: @planetavivobr"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Este conteúdo é de responsabilidade do anunciante, a empresa AmazonVerde Bioenergia."
    ],
    affiliate: [
      "Ao comprar pelos links desta página, podemos receber uma comissão.",
      "De R$ 399,00 por R$ 249,90 no Mercado Livre",
      "Ver preço na Amazon",
      "Oferta: purificador de água com 35% OFF na Magalu"
    ],
    scam: [
      "Médicos ficam chocados: chá amazônico elimina 10 kg em um mês",
      "Brasileira fatura R$ 4.000 por dia com novo robô de criptomoedas",
      "Você pode ter direito a receber valores esquecidos. Consulte seu CPF agora",
      "17 animais mais estranhos do mundo (o número 5 vai te assustar)"
    ],
    related: [
      "Leia também: Desmatamento na Amazônia cai 50% em um ano",
      "LEIA MAIS: Onça-pintada é flagrada em área urbana de Corumbá",
      "Veja também - Chuvas no RS: o que se sabe até agora",
      "Saiba mais: Seca recorde afeta navegação no Rio Negro"
    ],
    app: [
      "Baixe o app e receba notícias em primeira mão",
      "Ouvir esta matéria",
      "Ative as notificações",
      "0:00 / 2:47"
    ],
    donation: [
      "Apoie o jornalismo ambiental independente. Doe a partir de R$ 10.",
      "Seja membro",
      "Faça uma doação",
      "Já arrecadamos 72% da nossa meta. Falta pouco!"
    ],
    cookie: [
      "Aceite os cookies para visualizar este conteúdo",
      "Gerenciar preferências",
      "Nós e nossos 178 parceiros armazenamos e/ou acessamos informações num dispositivo.",
      "Este conteúdo do YouTube foi bloqueado. Para visualizá-lo, aceite os cookies de terceiros."
    ]
  },
  de: {
    promo: [
      "Gewinnspiel: Jetzt mitmachen und einen Öko-Wellnessurlaub im Allgäu gewinnen!",
      "Mit dem Gutscheincode GRUEN15 sparen Sie 15 % bei NaturKontor",
      "Neukundenbonus: 100 % bis zu 100 € – 18+, Glücksspiel kann süchtig machen",
      "JETZT GRATIS SICHERN: Ihr Balkonkraftwerk-Ratgeber"
    ],
    political: [
      "UMFRAGE: Soll die Ampel sofort zurücktreten? Jetzt abstimmen!",
      "Jetzt unterschreiben: Stoppt den Heizungs-Wahnsinn!",
      "Werden Sie jetzt Mitglied und erhalten Sie Ihren offiziellen Mitgliedsausweis",
      "Das verschweigen Ihnen die Grünen! Teilen, bevor es gelöscht wird"
    ],
    newsletter: [
      "Jetzt den Klima-Newsletter abonnieren – kostenlos, jeden Donnerstag",
      "Bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Grün+ – die ersten 4 Wochen für 0 €",
      "Mit Ihrer Anmeldung erklären Sie sich mit der Verarbeitung Ihrer Daten gemäß unserer Datenschutzerklärung einverstanden."
    ],
    social: [
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Igelhilfe Nordheide (@igelhilfe_nordheide)",
      "Folgen Sie uns auf Facebook, Instagram und X",
      "Jetzt auf WhatsApp teilen"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Weiter nach der Anzeige",
      "Dieser Beitrag entstand in Kooperation mit SonnenWerk Energie."
    ],
    affiliate: [
      "Wir erhalten bei Käufen über die mit einem Sternchen gekennzeichneten Links eine Provision.",
      "Statt 79,99 € jetzt nur 49,99 € bei Otto",
      "Preis prüfen bei Amazon*",
      "Hier geht's zum Angebot bei MediaMarkt"
    ],
    scam: [
      "Ärzte sprachlos: Dieses Hausmittel befreit Sie in 3 Tagen von Gelenkschmerzen",
      "Rentner aus Bayern verdient 5.000 € pro Woche mit dieser Krypto-Methode",
      "Stromanbieter hassen diesen Trick – so zahlen Sie 70 % weniger",
      "Diese 10 Tiere sind vom Aussterben bedroht – Nr. 4 wird Sie schockieren"
    ],
    related: [
      "Lesen Sie auch: Hitzesommer: Rhein-Pegel fällt auf Rekordtief",
      "Mehr zum Thema: Wolf reißt Schafe in Niedersachsen",
      "AUCH INTERESSANT - Die schönsten Nationalparks Deutschlands",
      "Video: Waldbrand in Brandenburg außer Kontrolle"
    ],
    app: [
      "Artikel anhören",
      "Jetzt die App herunterladen und keine Eilmeldung verpassen",
      "Push-Benachrichtigungen aktivieren",
      "Dieses Video ist nicht verfügbar."
    ],
    donation: [
      "Unterstützen Sie unabhängigen Klimajournalismus – schon ab 5 € im Monat",
      "Jetzt spenden",
      "Jetzt Mitglied werden",
      "Schon 11.240 von 15.000 Unterstützer:innen – helfen Sie mit!"
    ],
    cookie: [
      "Um diesen Inhalt zu sehen, müssen Sie Cookies akzeptieren.",
      "Einstellungen verwalten",
      "Wir und unsere 187 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.",
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von YouTube. Mit einem Klick können Sie ihn anzeigen lassen."
    ]
  }
};

export const GENUINE = {
  en: [
    "NAIROBI (Reuters) - Kenya will tighten controls on the export of live wildlife from next month, the tourism ministry said on Tuesday.",
    "Updated 14:32",
    "Key points",
    "What we know so far",
    "Analysis",
    "The petition, signed by more than 250,000 people, calls on the government to ban bottom trawling in marine protected areas.",
    "\"Please do not feed the seals, however tempting it may be,\" said ranger Tom Hughes.",
    "Entry to the nature reserve is free, though parking costs £4 a day.",
    "Solar panel prices have fallen by nearly 90% over the past decade, according to the International Energy Agency.",
    "Additional reporting by Maria Lopez in Madrid.",
    "A hedgehog forages in a garden in Norfolk. Photograph: Jane Smith/PA",
    "Police warned that fraudsters were cold-calling pensioners offering fake grants for heat pumps.",
    "The winner of this year's wildlife photography competition was announced at the museum on Tuesday evening.",
    "The app, called BirdSpot, lets volunteers log sightings and has been downloaded more than 40,000 times.",
    "Donations to the sanctuary have tripled since the video of the rescued orangutan went viral on TikTok.",
    "\"We urge everyone to sign up as a volunteer for the beach clean,\" said organiser Priya Patel.",
    "The council's consultation closes on 30 June, and residents can respond online or by post.",
    "She is survived by her husband, two daughters and the many orphaned elephants she raised.",
    "Sarah Kaplan is a climate reporter covering science and the environment.",
    "In a poll of 2,000 adults, 68% said they were worried about climate change.",
    "The scheme offers households up to £7,500 towards the cost of replacing a gas boiler with a heat pump.",
    "Annual memberships at the zoo rose 12% last year, helping it recover from pandemic losses.",
    "The video, posted on Instagram by the park's rangers, has been viewed more than 3 million times.",
    "Scientists say the oil spill could take decades to clean up.",
    "Forest Green Rovers, billed as the world's greenest football club, beat Exeter 2-1 on Saturday.",
    "Biscuits and cookies made with palm oil will have to carry a label under the new rules.",
    "Investigators said the carbon credit scheme was a scam that had defrauded investors of $40m.",
    "The full report is published in the journal Nature Climate Change.",
    "Tickets for the festival cost $25, with children under 12 admitted free.",
    "What happens next?",
    "A polar bear walks across sea ice near Churchill, Manitoba, in November 2023. (AP Photo/John Doe)",
    "The airline said passengers could pay an extra £3 to offset the carbon emissions from their flights.",
    "\"Share your sightings with us - every report helps,\" said the trust's chief executive, Helen Brown.",
    "The company said it would offer free tree saplings to any school that applied before September.",
    "The motion was passed by 312 votes to 198.",
    "GENEVA (AP) — Last year was the hottest on record, the World Meteorological Organization confirmed on Friday.",
    "This article was amended on 3 May 2024 to correct the number of turtles released.",
    "The charity relies entirely on public donations and receives no government funding.",
    "Environmental groups have launched a crowdfunding campaign to pay for the legal challenge, raising £80,000 in a week.",
    "Electric car sales hit a record 1.2 million in March, with prices for some models now below $30,000."
  ],
  es: [
    "MADRID, 12 Mar. (EUROPA PRESS) - El Gobierno ha aprobado este martes el plan de recuperación del urogallo cantábrico.",
    "Actualizado a las 14:32",
    "Claves",
    "La petición, que ya suma más de 300.000 firmas, pide prohibir la pesca de arrastre en áreas protegidas.",
    "\"Pedimos a los vecinos que no alimenten a los jabalíes\", ha señalado la concejala de Medio Ambiente, Laura Gómez.",
    "La entrada al parque natural es gratuita, aunque el aparcamiento cuesta 5 euros al día.",
    "La Guardia Civil ha alertado de una estafa en la que falsos técnicos ofrecen subvenciones para placas solares.",
    "Una cigüeña blanca en su nido en Alcalá de Henares. (Foto: EFE)",
    "Según una encuesta del CIS, el 72% de los españoles cree que el cambio climático es una amenaza grave.",
    "La aplicación, desarrollada por investigadores del CSIC, permite a cualquier ciudadano registrar avistamientos de aves.",
    "La fundación se financia con donaciones particulares y no recibe ayudas públicas.",
    "Con información de Ana Martínez desde Sevilla.",
    "El ganador del concurso de fotografía de naturaleza recibirá 3.000 euros.",
    "El Real Betis ganó 2-0 al Valencia en un partido marcado por el calor extremo."
  ],
  fr: [
    "PARIS (AFP) - La France a connu en 2022 son année la plus chaude depuis le début des relevés, a annoncé Météo-France.",
    "Mis à jour à 14h32",
    "Ce qu'il faut retenir",
    "La pétition, qui a recueilli plus de 500 000 signatures, réclame l'interdiction des néonicotinoïdes.",
    "« Nous demandons aux promeneurs de tenir leur chien en laisse », a déclaré le garde du parc, Julien Martin.",
    "L'entrée au parc est gratuite pour les moins de 18 ans.",
    "La gendarmerie met en garde contre des arnaques à la rénovation énergétique visant les personnes âgées.",
    "Un flamant rose en Camargue, le 12 mai 2024. (Photo : Jean Dupont / AFP)",
    "Selon un sondage Ifop, 71 % des Français se disent inquiets face au réchauffement climatique.",
    "L'application permet aux randonneurs de signaler les déchets abandonnés en montagne.",
    "Avec Reuters",
    "L'association vit essentiellement des dons de ses 4 000 adhérents.",
    "Le lauréat du concours recevra une bourse de 10 000 euros pour poursuivre ses recherches.",
    "Il laisse derrière lui une œuvre immense consacrée à la protection des océans."
  ],
  pt: [
    "BRASÍLIA (Reuters) - O desmatamento na Amazônia brasileira caiu 22% no último ano, informou o governo nesta quarta-feira.",
    "Atualizado às 14h32",
    "Entenda",
    "O abaixo-assinado, com mais de 1 milhão de assinaturas, pede a demarcação de terras indígenas.",
    "\"Pedimos que ninguém se aproxime dos filhotes\", afirmou a bióloga Ana Souza, que coordena o monitoramento das tartarugas.",
    "A entrada no parque é gratuita às terças-feiras.",
    "A Polícia Federal investiga um esquema de venda de créditos de carbono falsos que teria movimentado R$ 180 milhões.",
    "Uma arara-azul pousada em uma árvore no Pantanal. (Foto: João Silva/Folhapress)",
    "Segundo pesquisa Datafolha, 76% dos brasileiros acreditam que o aquecimento global é causado pela ação humana.",
    "O aplicativo, criado por pesquisadores da USP, ajuda agricultores a prever secas.",
    "A ONG sobrevive de doações e conta com 300 voluntários.",
    "Colaborou Pedro Santos, de Manaus.",
    "O preço da gasolina subiu 4% em março, segundo a ANP.",
    "O Flamengo venceu o Palmeiras por 2 a 1 no Maracanã, em jogo que teve uma campanha contra as queimadas."
  ],
  de: [
    "BERLIN (dpa) - Der Deutsche Wetterdienst hat für weite Teile Brandenburgs die höchste Waldbrandwarnstufe ausgerufen.",
    "Aktualisiert um 14:32 Uhr",
    "Das Wichtigste in Kürze",
    "Die Petition mit mehr als 200.000 Unterschriften fordert ein Verbot von Glyphosat.",
    "„Wir bitten Spaziergänger, ihre Hunde anzuleinen“, sagte Revierförster Markus Weber.",
    "Der Eintritt in den Nationalpark ist kostenlos.",
    "Die Polizei warnt vor Betrügern, die sich als Mitarbeiter von Energieversorgern ausgeben.",
    "Ein Storch in seinem Nest in Brandenburg. Foto: Jens Müller/dpa",
    "Laut einer Umfrage von Infratest dimap halten 64 Prozent der Deutschen mehr Klimaschutz für notwendig.",
    "Die App hilft dabei, Vogelstimmen zu erkennen, und wurde bereits eine Million Mal heruntergeladen.",
    "Mit Material von dpa und AFP.",
    "Der Verein finanziert sich ausschließlich über Spenden und Mitgliedsbeiträge.",
    "Ein Liter Super E10 kostete im Mai im Schnitt 1,82 Euro.",
    "Werder Bremen gewann das Spiel mit 3:1."
  ]
};
