// The probe's 81th batch (run.mjs --batch 81): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a year of free garden waste collections — enter our prize draw before Friday midnight",
      "Use code BINDAY20 for 20% off wheelie bin stickers at BinBuddy.co.uk",
      "Claim your free £10 bet on tonight's match — new customers only, 18+, T&Cs apply",
      "COMPETITION: Tell us about your worst pothole and you could win a £250 tyre voucher",
      "Offer ends Sunday!",
      "Get 3 months of SkipSwift skip hire for the price of 2 – book now with code SKIP3",
      "Spin the wheel for a chance to win a new car — 1,000 prizes up for grabs today only"
    ],
    political: [
      "VOTE NOW: Should council tax be scrapped altogether? Yes / No",
      "Sign the petition to stop the war on motorists — 48,211 signatures so far",
      "Chip in £5 to help us kick the Labour council out in May",
      "Are you fed up with the Tories wrecking your town? Join the fightback today",
      "Get your official Reform UK membership card — only £25",
      "POLL: Is Keir Starmer the worst Prime Minister in history?",
      "Stand with Donald Trump. Add your name now →"
    ],
    newsletter: [
      "Sign up to our free Local Matters newsletter and get council news in your inbox every morning",
      "Already a subscriber? Log in",
      "You've read 3 of 5 free articles this month. Subscribe for just £1 a week",
      "We use your sign-up to provide content in ways you've consented to and to improve our understanding of you. This may include adverts from us and 3rd parties based on our understanding. You can unsubscribe at any time.",
      "Never miss a bin day again — get our weekly roundup straight to your inbox",
      "Enter your email address",
      "This article is for subscribers only. Unlock unlimited access from 99p"
    ],
    social: [
      "Follow us on Facebook for the latest road closures in your area",
      "View this post on Instagram",
      "A post shared by Ashford Borough Council (@ashfordcouncil)",
      "Join our Potholes of Puddlesworth Facebook group — 12,000 members and counting",
      "Share this article",
      "Follow @EchoTrafficNews on X for live updates",
      "— Midshire Highways (@MidshireRoads) March 4, 2024"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below",
      "Sponsored",
      "Paid post: How one Kent firm is making kerbside recycling easier",
      "Promoted by Greenway Waste Solutions",
      "This content was produced in partnership with RoadSafe Tyres and does not reflect the views of our newsroom.",
      "Article continues after advert"
    ],
    affiliate: [
      "We may earn a commission when you buy through links on our site",
      "Was £49.99, now £29.99 at Argos",
      "Check price on Amazon",
      "BUY IT: Brabantia 60L recycling bin, £84.95 at John Lewis",
      "Best dashcams for spotting potholes — our top picks, with prices updated daily",
      "Shop now →",
      "Deal: video doorbell half price at Currys today — catch your bin thieves in the act"
    ],
    scam: [
      "Drivers stunned: this one weird trick cuts your council tax bill by 60%",
      "Retired bin man makes £8,000 a month from home with new trading app",
      "Doctors hate him! Local dad reverses joint pain with a kitchen spice",
      "You could be owed £2,340 in pothole compensation — check your eligibility in 30 seconds",
      "Number 7 will shock you: the 15 ugliest roundabouts in Britain",
      "Martin Lewis's secret crypto investment that banks don't want you to know about",
      "Homeowners in your postcode are getting free solar panels — see if you qualify"
    ],
    related: [
      "Read more: Fortnightly bin collections to start in April, council confirms",
      "RELATED: A38 closed overnight for three weeks of resurfacing work",
      "ALSO READ - Council leader resigns after budget row",
      "WATCH: Moment lorry gets wedged under low railway bridge",
      "More from Local News: Fly-tipping fines to double under new plans",
      "Recommended: Residents furious as parking permit prices rise by 40%",
      "You might also like - The 10 best fish and chip shops in Yorkshire"
    ],
    app: [
      "Download the Evening Gazette app for breaking news alerts",
      "Open in app",
      "Listen to this article",
      "0:00 / 3:21",
      "Turn on notifications to get road closure alerts as they happen",
      "Video unavailable",
      "This audio is automatically generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism: local reporting costs money. Donate from £1",
      "Become a member",
      "If you value independent coverage of your council, please consider a contribution today",
      "We've raised £18,420 of our £25,000 goal",
      "Donate",
      "Reader-funded since 2015. Help us keep holding the town hall to account.",
      "Make a one-off payment or give monthly — it only takes a minute"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies and process personal data.",
      "This content is hosted by a third party. By showing the external content you accept the terms and conditions of twitter.com.",
      "Allow all",
      "To view this map, please enable functional cookies",
      "You have rejected social media cookies. Click here to change your settings."
    ]
  },
  es: {
    promo: [
      "¡SORTEO! Gana un año de recogida de muebles gratis con Limpiezas Ribera",
      "Usa el código BARRIO15 y obtén un 15% de descuento en tu primer pedido",
      "Consigue 50 € de bono de bienvenida en apuestas deportivas. +18. Juega con responsabilidad",
      "Oferta exclusiva para lectores: solo hasta el domingo"
    ],
    political: [
      "VOTA YA: ¿Debe dimitir el alcalde por el caos de las basuras? Sí / No",
      "Firma ahora para frenar la subida de impuestos del Gobierno de Sánchez",
      "Hazte afiliado y recibe tu carné por solo 20 euros",
      "¿Estás harto de que la izquierda arruine tu ciudad? Únete a la rebelión"
    ],
    newsletter: [
      "Suscríbete a nuestro boletín y recibe cada mañana las noticias de tu municipio",
      "¿Ya eres suscriptor? Inicia sesión",
      "Has alcanzado el límite de artículos gratuitos. Suscríbete por 1 € el primer mes",
      "Al registrarte aceptas las condiciones de uso y la política de privacidad."
    ],
    social: [
      "Síguenos en Instagram: @noticiasdelbarrio",
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Ayuntamiento de Getafe (@aytogetafe)",
      "Únete a nuestro canal de WhatsApp para recibir las últimas noticias"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "La noticia continúa tras la publicidad",
      "Ofrecido por Contenedores Levante S.L."
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliados: podemos recibir una comisión por tus compras",
      "Antes 39,99 €, ahora 24,95 € en Amazon",
      "Ver oferta en El Corte Inglés",
      "COMPRAR: cubo de reciclaje de tres compartimentos por 32 € en Leroy Merlin"
    ],
    scam: [
      "Los médicos no se lo explican: este remedio casero elimina el dolor de rodilla en 3 días",
      "Un barrendero de Sevilla gana 3.000 € a la semana con esta plataforma de bitcoin",
      "Hacienda te debe dinero: comprueba si tienes derecho a una devolución de 1.200 €",
      "No creerás lo que encontraron en este contenedor: la número 5 es impactante"
    ],
    related: [
      "Lee también: El Ayuntamiento amplía el horario de recogida de basura en verano",
      "TE PUEDE INTERESAR - Cortes de tráfico este fin de semana por obras en la M-30",
      "Más información: La nueva tasa de basuras llegará en el recibo del IBI",
      "Relacionado: Vecinos de Carabanchel denuncian baches sin reparar desde hace meses"
    ],
    app: [
      "Descarga nuestra app y recibe alertas de última hora",
      "Escucha esta noticia",
      "Activa las notificaciones",
      "Abrir en la aplicación"
    ],
    donation: [
      "Apoya el periodismo local: hazte socio desde 5 € al mes",
      "Tu aportación nos ayuda a seguir vigilando al poder municipal",
      "Haz un donativo",
      "Ya somos 8.412 socios. Objetivo: 10.000"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 245 socios almacenamos o accedemos a información en un dispositivo",
      "Este contenido está bloqueado porque no has aceptado las cookies de terceros."
    ]
  },
  fr: {
    promo: [
      "JEU-CONCOURS : gagnez un composteur de jardin et un an de sacs poubelle offerts",
      "Code promo MAIRIE10 : -10 % sur votre première commande",
      "100 € offerts sur votre premier pari sportif ! Jouer comporte des risques : endettement, isolement...",
      "Profitez-en vite, offre valable jusqu'à dimanche"
    ],
    political: [
      "SONDAGE : Faut-il supprimer la taxe foncière ? Votez maintenant !",
      "Signez la pétition contre la dictature des ZFE et des radars !",
      "Adhérez dès aujourd'hui et recevez votre carte de membre pour 20 €",
      "Macron démission ! Rejoignez le mouvement"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter et recevez l'essentiel de l'actu locale chaque matin",
      "Déjà abonné ? Connectez-vous",
      "Cet article est réservé aux abonnés. Abonnez-vous dès 1 € le premier mois",
      "Vos données sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Suivez-nous sur Facebook",
      "Voir cette publication sur Instagram",
      "Une publication partagée par Ville de Nantes (@nantesfr)",
      "Rejoignez notre groupe « Nids-de-poule de Toulouse » sur Facebook"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Contenu proposé par Collectes Durables Île-de-France"
    ],
    affiliate: [
      "Cet article contient des liens d'affiliation : nous pouvons percevoir une commission en cas d'achat.",
      "Au lieu de 59,99 €, à 34,99 € chez Cdiscount",
      "Voir le prix sur Amazon",
      "Bon plan : la poubelle de tri 3 bacs à -40 % chez Leroy Merlin"
    ],
    scam: [
      "Les médecins sont sidérés : cette astuce de grand-mère fait fondre la graisse du ventre",
      "Un retraité de Lille gagne 4 500 € par mois grâce à cette plateforme crypto",
      "Vous pourriez toucher 1 800 € d'indemnisation pour les nids-de-poule : vérifiez en 30 secondes",
      "Les 12 ronds-points les plus moches de France : le numéro 8 va vous choquer"
    ],
    related: [
      "À lire aussi : Ramassage des ordures : les nouveaux jours de collecte à partir du 1er avril",
      "LIRE AUSSI - Travaux sur la rocade : la circulation perturbée pendant trois semaines",
      "Sur le même sujet : Le maire de Brest renonce à augmenter la taxe d'enlèvement des ordures",
      "VIDÉO - Un camion reste coincé sous un pont à Lyon"
    ],
    app: [
      "Téléchargez l'application Le Courrier Local",
      "Écouter cet article",
      "Activez les notifications pour ne rien manquer",
      "Ouvrir dans l'application"
    ],
    donation: [
      "Soutenez une information locale indépendante : faites un don",
      "Devenez membre",
      "Chaque don est défiscalisé à 66 %",
      "Objectif : 30 000 € — déjà 21 540 € récoltés"
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 198 partenaires stockons et/ou accédons à des informations sur un appareil",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "SORTEIO: ganhe um ano de recolha de monos grátis com a Limpa Já",
      "Use o cupom CIDADE20 e ganhe 20% de desconto na primeira compra",
      "Ganhe R$ 200 em apostas grátis no primeiro depósito! Jogue com responsabilidade. +18",
      "Promoção válida só até domingo — aproveite!"
    ],
    political: [
      "VOTE AGORA: O prefeito deve ser cassado? Sim / Não",
      "Assine o abaixo-assinado contra a indústria da multa!",
      "Filie-se já e receba sua carteirinha do partido",
      "Chega de roubalheira da esquerda! Compartilhe antes que apaguem"
    ],
    newsletter: [
      "Assine a nossa newsletter e receba as notícias do seu bairro todas as manhãs",
      "Já é assinante? Faça login",
      "Você atingiu o limite de reportagens gratuitas. Assine por R$ 1,90 no primeiro mês",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Siga-nos no Instagram",
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Prefeitura de Curitiba (@prefeituradecuritiba)",
      "Entre no nosso canal do WhatsApp e receba as notícias da cidade"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Oferecido por Coleta Verde Ambiental"
    ],
    affiliate: [
      "Podemos receber comissão por compras feitas através dos links desta página.",
      "De R$ 149,90 por R$ 89,90 na Amazon",
      "Ver preço na loja",
      "Oferta: lixeira com pedal de 30 litros com 35% de desconto no Mercado Livre"
    ],
    scam: [
      "Médicos ficam chocados: receita caseira elimina dor no joelho em 7 dias",
      "Gari aposentado fatura R$ 15 mil por mês com robô de criptomoedas",
      "Você tem dinheiro esquecido a receber: consulte seu CPF agora e saque até R$ 3.000",
      "As 10 piores estradas do Brasil — a número 6 vai te surpreender"
    ],
    related: [
      "Leia também: Prefeitura muda dias da coleta de lixo em 12 bairros",
      "LEIA MAIS - Obras interditam Avenida Paulista neste fim de semana",
      "Veja também: Câmara aprova aumento da taxa do lixo para 2025",
      "Saiba mais: Buracos na Marginal Tietê causam prejuízo a motoristas"
    ],
    app: [
      "Baixe o app e receba alertas de trânsito",
      "Ouvir esta notícia",
      "Ative as notificações",
      "Abrir no aplicativo"
    ],
    donation: [
      "Apoie o jornalismo local independente: contribua a partir de R$ 10",
      "Seja membro",
      "Faça uma doação",
      "Meta: 5 mil apoiadores. Já somos 3.217"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 176 parceiros armazenamos e/ou acedemos a informações num dispositivo",
      "Este conteúdo foi bloqueado. Para visualizá-lo, permita os cookies de terceiros."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Jetzt einen Komposter und ein Jahr Biotonnen-Leerung gratis gewinnen",
      "Mit dem Code TONNE15 sparen Sie 15 % auf Ihre erste Bestellung",
      "100 € Wettbonus für Neukunden sichern! 18+ | Glücksspiel kann süchtig machen",
      "Nur noch heute: Angebot endet um Mitternacht"
    ],
    political: [
      "UMFRAGE: Sollte die Grundsteuer komplett abgeschafft werden? Jetzt abstimmen!",
      "Unterschreiben Sie jetzt die Petition gegen den Ampel-Wahnsinn!",
      "Werden Sie Mitglied und erhalten Sie Ihren Parteiausweis",
      "Schluss mit der Abzocke der Autofahrer! Jetzt unterstützen"
    ],
    newsletter: [
      "Melden Sie sich für unseren Newsletter an und erfahren Sie jeden Morgen, was in Ihrer Stadt passiert",
      "Bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus: Testen Sie 4 Wochen für nur 0,99 €",
      "Mit Ihrer Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu. Abmeldung jederzeit möglich."
    ],
    social: [
      "Folgen Sie uns auf Instagram",
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Stadt Köln (@stadtkoeln)",
      "Teilen Sie diesen Artikel auf Facebook oder WhatsApp"
    ],
    adlabel: [
      "ANZEIGE",
      "Gesponserter Inhalt",
      "Lesen Sie nach der Anzeige weiter",
      "Ein Angebot unseres Partners Müllfix GmbH"
    ],
    affiliate: [
      "Wir erhalten eine Provision, wenn Sie über die mit einem Symbol gekennzeichneten Links einkaufen.",
      "Statt 79,99 € jetzt für 49,99 € bei Otto",
      "Preis bei Amazon prüfen",
      "Deal: Mülltonnenbox aus Holz 30 % günstiger bei OBI"
    ],
    scam: [
      "Ärzte sprachlos: Dieses Hausmittel beseitigt Gelenkschmerzen über Nacht",
      "Rentner aus Bochum verdient 5.000 € im Monat mit dieser Krypto-App",
      "Sie könnten Anspruch auf 1.500 € Entschädigung haben – jetzt in 30 Sekunden prüfen",
      "Die 10 schlimmsten Baustellen Deutschlands – Nummer 4 wird Sie schockieren"
    ],
    related: [
      "Lesen Sie auch: Gelbe Tonne statt Gelber Sack – was sich ab Januar ändert",
      "MEHR ZUM THEMA - Vollsperrung der A40 am Wochenende",
      "Auch interessant: Stadtrat beschließt höhere Müllgebühren für 2025",
      "VIDEO - Lkw bleibt unter Brücke in Hamburg stecken"
    ],
    app: [
      "Jetzt unsere App herunterladen und keine Eilmeldung verpassen",
      "Artikel anhören",
      "Push-Benachrichtigungen aktivieren",
      "In der App öffnen"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Lokaljournalismus – schon ab 5 € im Monat",
      "Jetzt Mitglied werden",
      "Spenden",
      "Ziel: 2.000 Unterstützer – 1.384 haben schon mitgemacht"
    ],
    cookie: [
      "Cookies akzeptieren, um diesen Inhalt anzuzeigen",
      "Einstellungen verwalten",
      "Wir und unsere 287 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu",
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von X. Um ihn anzuzeigen, müssen Sie der Datenverarbeitung zustimmen."
    ]
  }
};

export const GENUINE = {
  en: [
    "The council said residents can order a replacement wheelie bin free of charge if theirs was damaged during collection.",
    "Garden waste collections will cost £58 a year from April, up from £45, the authority confirmed.",
    "A petition calling for a pedestrian crossing outside the primary school has gathered more than 2,000 signatures.",
    "\"Please put your bins out by 7am on the new collection day,\" said Cllr Sarah Holt, cabinet member for environment.",
    "Key points",
    "What we know so far",
    "Updated 14:32",
    "Additional reporting by Tom Barker",
    "Residents can report potholes using the council's online reporting tool or by calling its highways team.",
    "Trading standards officers warned of a scam in which callers pose as council staff and demand payment for bin collections.",
    "Bin crews pictured during the first week of the new three-weekly schedule. Photo: Midshire Council",
    "Councillors voted 28 to 19 in favour of the budget, which includes a 4.99% rise in council tax.",
    "An online poll run by the parish council found 63% of respondents opposed the new one-way system.",
    "The winner of the council's road safety poster competition, nine-year-old Ava Patel, received a £50 book token.",
    "Analysis",
    "Drivers will be offered a free parking permit for the first month while the scheme beds in.",
    "The authority said it had received 4,312 complaints about missed collections on social media since January.",
    "\"Don't let fly-tippers get away with it - report it online,\" the council wrote on its Facebook page.",
    "Subscriptions to the brown bin service fell by 12% after the price rise, according to figures obtained by this newspaper.",
    "He is survived by his wife, Margaret, and three children. He served as a Labour councillor for Eastgate ward for 22 years.",
    "Road closures: the A61 will be shut northbound between junctions 3 and 4 from 8pm to 6am until 21 March.",
    "Local elections 2024: full results for Midshire County Council",
    "Cookies, crisp packets and pizza boxes cannot go in the recycling bin, the council's new guidance says.",
    "The town's food bank has appealed for donations of tinned goods after the council cut its annual grant.",
    "Jane Smith is our local democracy reporter, covering Midshire County Council. She previously worked at the Northern Echo.",
    "Harrogate Town 2-1 Barrow: hosts climb out of the relegation zone",
    "LEEDS (PA) - Council bosses have apologised after thousands of homes were left without a recycling collection over Christmas.",
    "The offer of a free second recycling box is available to households of five or more, a spokesperson said.",
    "Opposition councillors said the £2.3m waste contract should have been put out to tender again.",
    "Follow-up inspections found that 38 of the 52 repaired potholes had reopened within six weeks.",
    "Council tax bills: how much you will pay in each band",
    "Residents who sign up for email reminders will be told the day before their bin is due, the council said.",
    "A council spokesperson said: \"We urge anyone who receives a suspicious text about unpaid parking fines not to click the link.\"",
    "Workers repair a sinkhole on Station Road on Tuesday morning.",
    "The consultation is open until 5pm on 30 June and residents can respond online or at any library.",
    "The scheme, funded by a £1.2m grant from the Department for Transport, will add 14km of cycle lanes.",
    "Bulky waste collections cost £35 for up to three items, though households on council tax support pay half price.",
    "The video, shared more than 40,000 times on TikTok, shows a bin lorry reversing into a parked car.",
    "Correction: An earlier version of this article said the charge would start in May. It starts in June.",
    "Readers told us in our survey that missed bin collections were their biggest complaint about local services."
  ],
  es: [
    "El Ayuntamiento recuerda que la recogida de enseres es gratuita y debe solicitarse llamando al 010.",
    "La nueva tasa de basuras costará 96 euros al año para la mayoría de los hogares.",
    "Más de 3.000 vecinos han firmado una petición para que se instale un semáforo en la avenida.",
    "\"Pedimos a los vecinos que saquen la basura entre las 20.00 y las 22.00 horas\", señaló la concejala de Medio Ambiente.",
    "MADRID, 12 Mar. (EUROPA PRESS) - El Ayuntamiento adjudicará el nuevo contrato de limpieza antes del verano.",
    "Claves",
    "Actualizado a las 14:32",
    "La Policía Local alerta de una estafa en la que falsos operarios cobran por revisar los contenedores.",
    "Operarios reparan un socavón en la calle Mayor este martes. Foto: Ayuntamiento de Zaragoza",
    "El pleno aprobó el presupuesto con 15 votos a favor y 12 en contra.",
    "Los vecinos pueden comunicar incidencias a través de la aplicación municipal Línea Verde.",
    "Con información de Ana Ruiz",
    "Real Valladolid 2-0 Racing de Santander: el equipo sube al tercer puesto",
    "El Ayuntamiento ofrece un descuento del 10% en la tasa a quienes usen el punto limpio al menos diez veces al año."
  ],
  fr: [
    "La collecte des encombrants est gratuite, sur rendez-vous, a rappelé la mairie.",
    "La taxe d'enlèvement des ordures ménagères passera de 210 à 235 euros par foyer.",
    "Une pétition réclamant un ralentisseur devant l'école a recueilli plus de 1 500 signatures.",
    "« Nous demandons aux habitants de sortir leurs bacs la veille au soir », a déclaré l'adjoint à l'environnement.",
    "RENNES (AFP) - La métropole a annoncé mardi le passage à une collecte des ordures tous les quinze jours.",
    "Ce qu'il faut retenir",
    "Mis à jour le 12/03/2024 à 14h32",
    "La gendarmerie met en garde contre des escrocs se faisant passer pour des éboueurs afin de vendre des calendriers.",
    "Des agents rebouchent des nids-de-poule sur la départementale 937, lundi. Photo : Le Courrier Local",
    "Le budget a été adopté par 32 voix pour et 11 contre.",
    "Les habitants peuvent signaler un dépôt sauvage via l'application de la ville.",
    "Avec AFP",
    "L'ancien maire, décédé dimanche à l'âge de 78 ans, avait dirigé la commune pendant trois mandats.",
    "Un composteur est offert à chaque foyer qui suit l'atelier gratuit organisé par l'agglomération."
  ],
  pt: [
    "A recolha de monos é gratuita e deve ser agendada pelo telefone da câmara municipal.",
    "A taxa do lixo vai custar R$ 312 por ano para a maioria dos imóveis residenciais.",
    "Um abaixo-assinado pedindo uma lombada em frente à escola reuniu mais de 2 mil assinaturas.",
    "\"Pedimos que os moradores coloquem o lixo para fora só após as 19h\", afirmou o secretário de Serviços Urbanos.",
    "LISBOA (Lusa) - A câmara municipal anunciou esta terça-feira o alargamento da recolha de biorresíduos a todas as freguesias.",
    "Entenda o caso",
    "Atualizado às 14h32",
    "A Polícia Civil alerta para um golpe em que criminosos se passam por funcionários da prefeitura para cobrar taxas falsas.",
    "Operários tapam buracos na Rua Augusta nesta segunda-feira. Foto: Divulgação/Prefeitura",
    "O orçamento foi aprovado por 21 votos a favor e 8 contra.",
    "Os moradores podem pedir o conserto de buracos pelo aplicativo 156 da prefeitura.",
    "Colaborou Marina Souza",
    "Os contribuintes que pagarem o IPTU à vista terão desconto de 10%.",
    "O vereador morreu nesta quarta-feira, aos 71 anos, e deixa a mulher e três filhos."
  ],
  de: [
    "Die Abholung von Sperrmüll ist zweimal im Jahr kostenlos, teilte die Stadtverwaltung mit.",
    "Die Müllgebühren steigen für einen Vier-Personen-Haushalt von 248 auf 279 Euro im Jahr.",
    "Eine Petition für einen Zebrastreifen vor der Grundschule haben bereits mehr als 1.800 Menschen unterschrieben.",
    "\"Bitte stellen Sie die Tonnen bis 6 Uhr morgens an den Straßenrand\", sagte ein Sprecher des Abfallwirtschaftsbetriebs.",
    "BERLIN (dpa) - Die Bezirke haben im vergangenen Jahr mehr als 40.000 Schlaglöcher ausgebessert.",
    "Das Wichtigste in Kürze",
    "Aktualisiert am 12.03.2024, 14:32 Uhr",
    "Die Polizei warnt vor Betrügern, die sich als Mitarbeiter der Müllabfuhr ausgeben und an der Haustür Geld sammeln.",
    "Arbeiter sanieren die Fahrbahn der Hauptstraße. Foto: Stadt Bielefeld",
    "Der Haushalt wurde mit 34 Ja-Stimmen bei 17 Gegenstimmen beschlossen.",
    "Bürger können Schlaglöcher über die App \"Mängelmelder\" direkt an die Stadt melden.",
    "Mitarbeit: Lena Hoffmann",
    "Der langjährige Bürgermeister ist im Alter von 82 Jahren gestorben. Er hinterlässt seine Frau und zwei Söhne.",
    "Wer die Biotonne abbestellt, muss nachweisen, dass er selbst kompostiert, erklärte die Kreisverwaltung."
  ]
};
