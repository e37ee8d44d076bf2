// The probe's 47th batch (run.mjs --batch 47): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "Enter now to win a weekend for four at the Fort Halvard Military Museum — entries close Friday at midnight.",
      "Use code SALUTE25 for 25% off your first order at TacticalDepot. Ends Sunday.",
      "NEW CUSTOMERS: Bet £10, get £40 in free bets on the Army v Navy match. 18+ T&Cs apply. BeGambleAware.org",
      "Claim your FREE copy of 'The Drone Age' — just cover shipping!",
      "Subscribe today and get a limited-edition challenge coin, while stocks last.",
      "Fancy a flight in a real Cold War jet? Enter our prize draw",
      "Veterans Day flash sale: everything must go. Click here before midnight!"
    ],
    political: [
      "POLL: Should the President be impeached? Vote now and make your voice heard.",
      "Sign the petition: Tell Congress to stop wasting YOUR tax dollars!",
      "Chip in $5 before midnight to help us defeat the radical left's agenda.",
      "Do you approve of the Prime Minister's handling of the economy? YES / NO",
      "They laughed at us. Now they're scared. Add your name if you stand with Senator Dale Whitcombe.",
      "BREAKING: They want to take your guns — are you going to let them? Take the survey",
      "Official 2024 Patriot Survey: only 48 hours left to respond"
    ],
    newsletter: [
      "Get the Frontline Brief in your inbox every weekday morning. Sign up free.",
      "You've read 3 of 5 free articles this month. Subscribe for unlimited access.",
      "Already a subscriber? Log in to continue reading.",
      "By signing up, you agree to our Terms of Use and acknowledge the data practices in our Privacy Policy. You may unsubscribe at any time.",
      "Want more analysis like this? Join 120,000 readers of The Watchtower newsletter →",
      "This article is for subscribers only. Start your trial for $1 a week.",
      "Sign up for Security Matters, our weekly digest of defence news"
    ],
    social: [
      "Follow us on X @DefenceDesk for the latest updates",
      "View this post on Instagram",
      "Share this article: Facebook | X | WhatsApp | Email",
      "A post shared by 3rd Armoured Brigade (@3rdarmoured)",
      "Join our Telegram channel for breaking news from the front line.",
      "Like us on Facebook",
      "Hit the bell and subscribe to our YouTube channel so you never miss a briefing."
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored content by Halden Aerospace. The newsroom was not involved in its creation.",
      "Scroll to continue with content",
      "Paid Post",
      "— Advertisement —",
      "This article was produced in partnership with Varnell Systems and does not necessarily reflect the views of the editorial team."
    ],
    affiliate: [
      "Vortek Pro tactical flashlight, $39.99 (was $59.99) at Amazon",
      "We may earn a commission when you buy through links on our site.",
      "Shop now",
      "Stratos Trail GPS watch, £129 at Curfield's",
      "The 10 best rugged phones of 2024, tested by our experts — prices from $199",
      "Deal of the day: Ironleaf military-grade backpack just €49, down from €89",
      "If you buy something through our links, Defence Insider may receive a small share of the sale."
    ],
    scam: [
      "Retired general reveals the one trick banks don't want you to know",
      "Doctors stunned: this 10-second ritual melts belly fat overnight",
      "Former Navy SEAL: 'I turned $250 into $14,000 in a month with this crypto platform'",
      "Veterans over 60 are claiming this little-known benefit — check if you qualify",
      "The bunker gadget every prepper is buying before it's banned",
      "New AI trading bot is making ordinary people rich. See how",
      "You won't believe what this WW2 pilot looks like today"
    ],
    related: [
      "Read more: Navy confirms second submarine delayed until 2029",
      "ALSO READ - Inside the race to build cheaper air-defence interceptors",
      "Related: Why Baltic states are digging anti-tank ditches",
      "WATCH: Drone footage shows destroyed bridge near Kherson",
      "More from Defence: Pentagon audit fails for seventh straight year",
      "Explainer: What is Article 5 and when has it been triggered?",
      "Recommended - The quiet expansion of Europe's arms factories"
    ],
    app: [
      "Listen to this article",
      "Download the Frontline News app for real-time alerts — available on iOS and Android.",
      "Open in app",
      "Turn on notifications to get breaking defence news first.",
      "Video unavailable. This video is not available in your country.",
      "Your browser does not support the audio element.",
      "Get the full experience — read this story in the app"
    ],
    donation: [
      "Support independent defence journalism. Donate today.",
      "Become a member from just £5 a month and help keep our reporting free for everyone.",
      "Donate",
      "We don't have a paywall. We rely on readers like you. Can you give $3?",
      "Reporting from conflict zones is expensive. If you value this work, please consider a contribution.",
      "Join 40,000 supporters keeping Sentinel Media independent →",
      "Every pound helps us hold the powerful to account. Support us"
    ],
    cookie: [
      "This content is blocked. Accept cookies to view it.",
      "Manage preferences",
      "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.",
      "To view this embedded content, please enable social media cookies in your privacy settings.",
      "Accept all | Reject all | Cookie settings",
      "This YouTube video can't be shown because you have not consented to third-party cookies.",
      "We and our 214 partners store and access information on your device."
    ]
  },
  es: {
    promo: [
      "¡Participa y gana una réplica del casco de un paracaidista! Sorteo válido hasta el 30 de junio.",
      "Código BIENVENIDA: apuesta 10 € y llévate 50 € en apuestas gratis. +18. Juega con responsabilidad.",
      "Consigue tu entrada gratis para la Feria de Tecnología de Defensa — solo hoy",
      "Descarga tu cupón del 20 % en Tienda Castrense. ¡Corre, que se agotan!"
    ],
    political: [
      "ENCUESTA: ¿Apruebas la gestión del Gobierno? Vota ahora",
      "Firma ya: exige al Congreso que deje de malgastar tu dinero",
      "¿Estás harto de los okupas? Únete a los miles de españoles que ya han dicho basta. Firma aquí",
      "Colabora con 5 € y ayúdanos a frenar a la izquierda radical antes de las elecciones."
    ],
    newsletter: [
      "Recibe cada mañana el boletín de Defensa y Seguridad en tu correo. Apúntate gratis.",
      "Has alcanzado el límite de artículos gratuitos de este mes. Suscríbete para seguir leyendo.",
      "¿Ya eres suscriptor? Inicia sesión",
      "Al suscribirte aceptas nuestra política de privacidad y el envío de comunicaciones comerciales. Puedes darte de baja cuando quieras."
    ],
    social: [
      "Síguenos en Instagram y no te pierdas nada",
      "Ver esta publicación en Instagram",
      "Comparte esta noticia en WhatsApp",
      "Únete a nuestro canal de WhatsApp para recibir las últimas noticias de la guerra"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado por Aerotécnica Navarra",
      "La noticia continúa tras el anuncio",
      "Contenido ofrecido por nuestro socio. La redacción no ha participado en su elaboración."
    ],
    affiliate: [
      "Prismáticos Halcón 10x42 por 89,99 € en Amazon (antes 129 €)",
      "Este artículo contiene enlaces de afiliados: si compras a través de ellos, recibimos una pequeña comisión.",
      "Ver oferta",
      "Chollo del día: la linterna táctica más vendida, por solo 19,95 €"
    ],
    scam: [
      "Un general retirado revela cómo ganar 3.000 € al mes desde casa",
      "Los médicos no dan crédito: este remedio casero acaba con el dolor de articulaciones en 7 días",
      "Hacienda no quiere que conozcas este truco para jubilados",
      "Invirtió 250 € en esta plataforma de bitcoin y ahora vive de las rentas"
    ],
    related: [
      "Lee también: El Ejército de Tierra recibe los primeros blindados 8x8",
      "Más información - Así es el nuevo escudo antimisiles de la OTAN",
      "Te puede interesar: ¿Qué pasaría si Rusia atacara a un país báltico?",
      "VÍDEO: Las imágenes del desfile del 12 de octubre"
    ],
    app: [
      "Escucha esta noticia",
      "Descárgate la app de Diario del Frente y activa las alertas",
      "Abrir en la aplicación",
      "El vídeo no está disponible en este momento."
    ],
    donation: [
      "Apoya el periodismo independiente. Hazte socio desde 5 € al mes.",
      "Dona",
      "Sin tu ayuda, este periodismo no sería posible. ¿Colaboras?",
      "Si te ha gustado este reportaje, haz una aportación para que podamos seguir informando desde el terreno."
    ],
    cookie: [
      "Este contenido está bloqueado. Acepta las cookies para verlo.",
      "Configurar cookies",
      "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.",
      "Para ver este vídeo debes aceptar las cookies de YouTube. Aceptar | Rechazar"
    ]
  },
  fr: {
    promo: [
      "Jeu-concours : tentez de gagner un baptême de l'air en hélicoptère ! Participation gratuite jusqu'au 15 mai.",
      "Pariez 20 € et recevez 100 € de paris offerts. Jouer comporte des risques : endettement, isolement…",
      "-30 % sur toute la boutique avec le code TREVE30 — seulement ce week-end !",
      "Recevez gratuitement notre guide « Se préparer à une crise » : il suffit de cliquer ici."
    ],
    political: [
      "SONDAGE : Êtes-vous favorable à la dissolution de l'Assemblée ? Donnez votre avis en un clic",
      "Signez la pétition contre la hausse des impôts — déjà 48 312 signataires !",
      "Ils veulent vous faire taire. Soutenez le mouvement avec un don de 10 € avant dimanche.",
      "Le gouvernement vous ment sur l'immigration : découvrez ce que les médias vous cachent"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Défense et recevez chaque vendredi l'essentiel de l'actualité militaire.",
      "Cet article est réservé aux abonnés. Déjà abonné ? Se connecter",
      "Offre spéciale : 1 € le premier mois, sans engagement.",
      "Vos données sont traitées par Le Veilleur SAS afin de vous adresser la newsletter. Vous pouvez vous désinscrire à tout moment via le lien présent dans chaque envoi."
    ],
    social: [
      "Suivez-nous sur Facebook, X et LinkedIn",
      "Voir cette publication sur Instagram",
      "Partager sur WhatsApp — Copier le lien",
      "Rejoignez notre chaîne Telegram pour suivre le conflit en direct"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Cet article vous est proposé par Arvéon Défense, partenaire du site. Il n'engage pas la rédaction."
    ],
    affiliate: [
      "Couteau multifonction Ardenne à 34,90 € au lieu de 49,90 € chez Maison Dutrieux",
      "Cet article contient des liens affiliés. Lorsque vous achetez via ces liens, nous pouvons percevoir une commission.",
      "Voir le prix",
      "Bon plan : les jumelles de vision nocturne Noctéa passent à 149 € pendant les soldes"
    ],
    scam: [
      "Un ancien militaire dévoile sa méthode pour toucher 2 500 € par mois sans travailler",
      "Les médecins sont sidérés : cette astuce de grand-mère fait disparaître le mal de dos",
      "Retraités : cette aide méconnue de l'État que presque personne ne réclame",
      "Ce placement en cryptomonnaie a rendu riches des milliers de Français. Voici comment"
    ],
    related: [
      "À lire aussi : L'armée de Terre teste ses premiers drones kamikazes",
      "LIRE AUSSI - Guerre en Ukraine : ce que l'on sait de la contre-offensive",
      "VIDÉO - Le porte-avions Charles-de-Gaulle appareille pour la Méditerranée",
      "Notre décryptage : Pourquoi la France relance la production d'obus"
    ],
    app: [
      "Écouter cet article",
      "Téléchargez l'application Le Veilleur pour recevoir nos alertes en temps réel.",
      "Ouvrir dans l'application",
      "Lecture impossible : votre navigateur ne prend pas en charge la vidéo."
    ],
    donation: [
      "Soutenez un journalisme indépendant : faites un don.",
      "Faire un don",
      "Notre rédaction ne vit que grâce à ses lecteurs. Un don de 5 € nous aide à poursuivre nos enquêtes. Merci !",
      "Devenez membre bienfaiteur et recevez un reçu fiscal ouvrant droit à 66 % de réduction d'impôt."
    ],
    cookie: [
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.",
      "Paramétrer les cookies",
      "En poursuivant votre navigation, vous acceptez l'utilisation de cookies à des fins de mesure d'audience et de publicité ciblée.",
      "Accepter et fermer — Continuer sans accepter"
    ]
  },
  pt: {
    promo: [
      "Participe e concorra a um kit de sobrevivência completo! Promoção válida até 30/6.",
      "Aposte R$ 50 e ganhe R$ 200 em bônus. Jogue com responsabilidade. +18",
      "Use o cupom FARDA15 e ganhe 15% de desconto na primeira compra",
      "Receba grátis o e-book “Guia de Defesa Pessoal” — clique e baixe já!"
    ],
    political: [
      "ENQUETE: Você aprova o atual governo? Vote agora e veja o resultado",
      "Assine o abaixo-assinado contra o aumento de impostos. Já somos 87 mil!",
      "Doe R$ 20 e ajude a derrotar a velha política nas próximas eleições.",
      "Eles não querem que você saiba a verdade sobre as urnas. Clique e descubra"
    ],
    newsletter: [
      "Receba a newsletter Defesa & Segurança todas as segundas-feiras. Cadastre-se gratuitamente.",
      "Você atingiu o limite de 5 matérias gratuitas. Assine por R$ 1,90 no primeiro mês.",
      "Já é assinante? Faça login",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Siga-nos no Instagram",
      "Ver essa foto no Instagram",
      "Compartilhe no WhatsApp",
      "Entre no nosso canal do Telegram e receba as notícias em primeira mão"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Continua depois da publicidade",
      "Conteúdo patrocinado",
      "Este conteúdo é produzido em parceria com a Vectra Aeroespacial e não reflete necessariamente a opinião do jornal."
    ],
    affiliate: [
      "Lanterna tática Raio X900 por R$ 89,90 na Amazon",
      "Podemos receber uma comissão pelas compras feitas através dos links desta página.",
      "Comprar agora",
      "Oferta do dia: mochila militar 40 L de R$ 299 por R$ 179"
    ],
    scam: [
      "Ex-militar revela o segredo para ganhar R$ 5 mil por mês sem sair de casa",
      "Médicos ficam chocados: truque simples acaba com a dor no joelho",
      "Aposentados têm direito a este benefício esquecido. Veja se você pode receber",
      "Ele investiu R$ 200 em criptomoedas com esta plataforma e hoje é milionário"
    ],
    related: [
      "Leia também: Marinha recebe o primeiro submarino da nova classe",
      "Veja também - Como funciona o Domo de Ferro de Israel",
      "Saiba mais: Exército abre inscrições para concurso com 1.200 vagas",
      "VÍDEO: Caças da FAB interceptam avião suspeito em Mato Grosso"
    ],
    app: [
      "Ouça esta notícia",
      "Baixe o app do Jornal da Fronteira e receba alertas em tempo real",
      "Abrir no aplicativo",
      "Ative as notificações para não perder as últimas notícias."
    ],
    donation: [
      "Apoie o jornalismo independente. Contribua com qualquer valor.",
      "Doar",
      "Jornalismo de qualidade custa caro. Faça uma contribuição e ajude a manter este site no ar.",
      "Seja sócio a partir de 5 euros por mês e apoie o jornalismo que fazemos."
    ],
    cookie: [
      "Este conteúdo está bloqueado. Aceite os cookies para visualizar.",
      "Gerir preferências",
      "Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, concorda com a nossa política de cookies.",
      "Aceitar todos | Recusar | Personalizar"
    ]
  },
  de: {
    promo: [
      "Jetzt mitmachen und gewinnen: Wir verlosen drei Rundflüge im Hubschrauber!",
      "Neukunden-Bonus: 100 % bis zu 100 € auf Ihre erste Einzahlung. 18+, Glücksspiel kann süchtig machen.",
      "Mit dem Code WINTER20 sparen Sie 20 % auf alle Outdoor-Jacken – nur bis Sonntag!",
      "Sichern Sie sich jetzt Ihr Gratis-Exemplar des Krisenvorsorge-Ratgebers!"
    ],
    political: [
      "UMFRAGE: Sollte die Regierung sofort Neuwahlen ausrufen? Stimmen Sie jetzt ab!",
      "Unterschreiben Sie jetzt die Petition gegen das Heizungsgesetz – schon 120.000 Unterstützer!",
      "Die da oben haben den Kontakt zum Volk verloren. Unterstützen Sie uns mit 10 Euro!",
      "Was die Mainstream-Medien Ihnen verschweigen: Klicken Sie hier für die ganze Wahrheit über die Migrationspolitik"
    ],
    newsletter: [
      "Abonnieren Sie unseren Newsletter „Lage am Morgen“ – kostenlos und jederzeit kündbar.",
      "Weiterlesen mit Plus: 4 Wochen für 0,99 €",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Mit Ihrer Anmeldung erklären Sie sich mit unseren Datenschutzbestimmungen einverstanden. Eine Abmeldung ist jederzeit möglich."
    ],
    social: [
      "Folgen Sie uns auf Instagram und TikTok",
      "Diesen Beitrag auf Instagram ansehen",
      "Artikel teilen: Facebook · WhatsApp · E-Mail",
      "Treten Sie unserem WhatsApp-Kanal bei und verpassen Sie keine Eilmeldung mehr."
    ],
    adlabel: [
      "ANZEIGE",
      "Weiterlesen nach der Anzeige",
      "Gesponserter Inhalt",
      "Dieser Beitrag entstand in Kooperation mit der Lindmar Wehrtechnik GmbH. Die Redaktion hatte keinen Einfluss auf den Inhalt."
    ],
    affiliate: [
      "Taschenlampe Feldkraft LX3 für 29,99 € bei Amazon (statt 44,99 €)",
      "*Wenn Sie über diese Links einkaufen, erhalten wir eine Provision. Am Preis ändert sich für Sie nichts.",
      "Zum Angebot",
      "Deal des Tages: Outdoor-Rucksack von Bergwacht Pro jetzt 40 % günstiger"
    ],
    scam: [
      "Ex-Soldat verrät: So verdienen Sie 4.000 € im Monat von zu Hause aus",
      "Ärzte sprachlos: Dieses Hausmittel beseitigt Gelenkschmerzen über Nacht",
      "Rentner aufgepasst: Diese Zulage steht Ihnen zu – doch kaum jemand beantragt sie",
      "Mit dieser Bitcoin-Software sind schon Tausende Deutsche reich geworden"
    ],
    related: [
      "Lesen Sie auch: Bundeswehr bekommt neue Schützenpanzer – aber zu spät",
      "Mehr zum Thema - Wie gut ist Deutschland auf einen Cyberangriff vorbereitet?",
      "Auch interessant: Warum die Wehrpflicht wieder diskutiert wird",
      "VIDEO: So läuft die Grundausbildung in Munster ab"
    ],
    app: [
      "Artikel anhören",
      "Laden Sie sich unsere App herunter und aktivieren Sie Push-Mitteilungen",
      "In der App öffnen",
      "Dieses Video ist leider nicht mehr verfügbar."
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus – schon ab 3 € im Monat.",
      "Jetzt spenden",
      "Guter Journalismus kostet Geld. Wenn Ihnen dieser Text gefallen hat, freuen wir uns über einen freiwilligen Beitrag.",
      "Werden Sie Mitglied der Genossenschaft und sichern Sie die Zukunft unserer Zeitung."
    ],
    cookie: [
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von YouTube. Um ihn anzuzeigen, müssen Sie der Datenverarbeitung zustimmen.",
      "Einstellungen verwalten",
      "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung unserer Seite stimmen Sie dem zu.",
      "Alle akzeptieren – Nur notwendige Cookies – Details anzeigen"
    ]
  }
};
export const GENUINE = {
  en: [
    "KYIV (Reuters) - Russian drones struck energy infrastructure in three regions overnight, Ukraine's air force said on Tuesday.",
    "What we know",
    "Analysis",
    "Reporting by Marta Kowalczyk; Editing by Daniel Hewett",
    "Updated 14:32 GMT",
    "The contract, worth $1.2 billion, covers 48 self-propelled howitzers to be delivered by 2028.",
    "Police said the scammers posed as army recruiters on Facebook and asked victims to pay a $300 \"processing fee\".",
    "The ministry urged soldiers' families not to share the locations of units on social media.",
    "\"Sign up, serve your country, and we'll pay for your degree,\" the recruitment advert reads.",
    "Petitions calling for the base to stay open have gathered more than 30,000 signatures.",
    "Shares in Halvorsen Defence rose 7% on the news.",
    "A soldier from the 82nd Brigade checks his rifle near Bakhmut. Photo: Lena Ostrova/AFP",
    "The app, developed by the Ministry of Digital Transformation, lets civilians report sightings of drones and cruise missiles.",
    "Officials advised residents to stay indoors and follow updates on the regional administration's Telegram channel.",
    "Bookmakers had offered odds of 12-1 on a ceasefire before the end of the year.",
    "Navy 17, Army 11.",
    "Jonathan Reyes is our defence correspondent. He previously covered the Pentagon for eight years.",
    "The charity said donations had funded 600 tourniquets and 40 night-vision sights since February.",
    "Advertising for the new reserve force has cost the government £4.5 million so far, according to figures released under freedom of information laws.",
    "The subscription-based satellite imagery service was cut off for Ukrainian users for several days in March.",
    "Investigators found the hackers had planted tracking cookies on the contractor's internal portal.",
    "\"Follow the instructions of the emergency services and go to the nearest shelter,\" the mayor said in a video address.",
    "Key points",
    "Each interceptor costs roughly $480,000, more than ten times the price of the drones it is designed to shoot down.",
    "Correction: An earlier version of this article misstated the number of troops deployed. It is 3,500, not 5,300.",
    "The defence budget will rise to 2.5% of GDP by 2030, the chancellor told parliament.",
    "This article has been updated with a statement from the Ministry of Defence.",
    "Crowdfunding campaigns have raised more than €20 million for drones since the start of the war.",
    "Several videos shared on Telegram, which we have not been able to independently verify, appear to show a column of armoured vehicles on fire.",
    "Russia's defence ministry did not respond to a request for comment.",
    "The recruitment drive, which ran adverts on TikTok and Instagram, exceeded its target by 18%.",
    "Members of the public can read the full report on the committee's website from Thursday, the chairman said.",
    "The warning came as the government launched a free hotline for service members targeted by online investment fraud.",
    "The study, sponsored by the Army Research Laboratory, found that soldiers slept an average of 4.8 hours a night during exercises.",
    "Additional reporting by Tomás Ferreira in Lisbon",
    "WASHINGTON (AP) — The Pentagon will send a second carrier strike group to the eastern Mediterranean, officials said Saturday.",
    "Background",
    "The veterans' charity said it had seen a sharp rise in fake fundraising pages using the names of fallen soldiers.",
    "Published 6 March 2024",
    "Tickets for the air show, priced at £35 for adults, sold out within hours."
  ],
  es: [
    "MADRID, 12 Mar. (EUROPA PRESS) - El Ministerio de Defensa ha adjudicado por 2.100 millones de euros la compra de 25 helicópteros de transporte.",
    "Claves",
    "La Guardia Civil alerta de una estafa en la que los delincuentes se hacen pasar por militares destinados en misiones de paz para pedir dinero a través de las redes sociales.",
    "«Descarguen la aplicación de alertas y sigan siempre las indicaciones de Protección Civil», insistió el alcalde.",
    "El presupuesto de Defensa crecerá un 10,7 % el próximo año, hasta los 13.500 millones.",
    "Un soldado de la Brigada Guzmán el Bueno, durante unas maniobras en Cerro Muriano. / EFE",
    "Con información de agencias",
    "Las acciones de la tecnológica subieron un 4,2 % en la Bolsa de Madrid tras conocerse el contrato.",
    "Actualizado a las 18:45 h",
    "Más de 20.000 personas han firmado ya la petición en Change.org para que el cuartel no se cierre.",
    "¿Qué se sabe hasta ahora?",
    "La asociación de veteranos ha recaudado 85.000 euros en donativos para las familias de los fallecidos.",
    "Los anuncios de reclutamiento del Ejército en TikTok han disparado las solicitudes entre los menores de 25 años.",
    "Lucía Campos es periodista especializada en defensa y seguridad internacional."
  ],
  fr: [
    "PARIS (AFP) — La France va livrer douze canons Caesar supplémentaires à l'Ukraine, a annoncé jeudi le ministère des Armées.",
    "Ce que l'on sait",
    "Décryptage",
    "« Rejoignez-nous, l'armée recrute partout en France », martèle le slogan de la campagne lancée lundi.",
    "Le budget des Armées atteindra 413 milliards d'euros sur la période 2024-2030.",
    "Des escrocs se faisaient passer pour des militaires en mission au Sahel afin de soutirer de l'argent à des femmes rencontrées sur les réseaux sociaux.",
    "Mis à jour le 14 février 2024 à 17 h 32",
    "Avec AFP",
    "Un soldat du 1er régiment de chasseurs parachutistes lors d'un exercice à Pamiers. Photo : Julien Marchal",
    "La préfecture appelle les habitants à ne pas relayer de fausses informations et à consulter uniquement les comptes officiels.",
    "L'action du groupe a bondi de 6,8 % à la Bourse de Paris.",
    "Une pétition demandant le maintien du régiment à Dieuze a recueilli plus de 15 000 signatures.",
    "Au total, l'association a collecté 230 000 euros de dons pour équiper les hôpitaux de campagne.",
    "Spécialiste des questions de défense, Claire Vasseur a couvert les opérations au Sahel pendant dix ans."
  ],
  pt: [
    "BRASÍLIA — O Ministério da Defesa anunciou nesta terça-feira a compra de 36 blindados por R$ 1,4 bilhão.",
    "LISBOA, 5 mar (Lusa) - O Governo vai aumentar a despesa com a defesa para 2% do PIB até 2029, anunciou hoje o ministro.",
    "O que se sabe",
    "A Polícia Federal alerta para um golpe em que criminosos se passam por militares americanos nas redes sociais para pedir dinheiro.",
    "“Baixem o aplicativo da Defesa Civil e fiquem atentos aos alertas”, orientou o coronel durante a entrevista coletiva.",
    "Soldados do Exército durante treinamento na Amazônia. Foto: Rafael Moura/Agência Vale",
    "Atualizado às 16h20",
    "As ações da fabricante subiram 5,3% na B3 após o anúncio do contrato.",
    "Com informações da Reuters",
    "Um abaixo-assinado pedindo a manutenção da base aérea já reúne mais de 12 mil assinaturas.",
    "A associação de antigos combatentes angariou 40 mil euros em donativos para os veteranos do Ultramar.",
    "Entenda",
    "O Exército gastou R$ 3,2 milhões em anúncios nas redes sociais para atrair candidatos.",
    "Mariana Teles é repórter de defesa e segurança e cobre as Forças Armadas desde 2015."
  ],
  de: [
    "BERLIN (dpa) – Die Bundesregierung will weitere Luftabwehrsysteme vom Typ Iris-T an die Ukraine liefern.",
    "Was wir wissen",
    "Analyse",
    "„Melden Sie verdächtige Drohnen sofort der Polizei und fotografieren Sie sie nicht aus der Nähe“, rät das Innenministerium.",
    "Der Verteidigungsetat soll im kommenden Jahr auf 53,25 Milliarden Euro steigen.",
    "Betrüger geben sich in sozialen Netzwerken als US-Soldaten aus und bitten Frauen um Geld für angebliche Heimflüge.",
    "Aktualisiert am 12.03.2024, 15:47 Uhr",
    "Mit Material von dpa und Reuters",
    "Soldaten des Panzergrenadierbataillons 371 bei einer Übung in Litauen. Foto: Jonas Berger/dpa",
    "Die Aktie des Rüstungskonzerns legte am Vormittag um 6,2 Prozent zu.",
    "Eine Online-Petition gegen die Schließung des Standorts hat bereits mehr als 25.000 Unterschriften gesammelt.",
    "Die Bundeswehr wirbt seit Jahren mit Plakaten und YouTube-Serien um Nachwuchs – mit mäßigem Erfolg.",
    "Mehrere Hilfsorganisationen haben seit Kriegsbeginn rund 900.000 Euro an Spenden für Schutzwesten gesammelt.",
    "Markus Kähler ist sicherheitspolitischer Korrespondent im Hauptstadtbüro."
  ]
};
