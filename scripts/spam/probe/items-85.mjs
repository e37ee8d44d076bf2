// The probe's 85th batch (run.mjs --batch 85): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a pair of Centre Court debenture tickets — enter before midnight Friday",
      "Use code ACE25 for 25% off all Baseline Pro racquets this weekend only",
      "New customers: bet £10 on the Open, get £40 in free bets. 18+ T&Cs apply. BeGambleAware.org",
      "Claim your FREE golf glove with any order over $75 at FairwayDepot",
      "COMPETITION: Guess the Masters winning score and win a Titanfield driver worth £499",
      "Price boost: Alcaraz to win in straight sets 11/2 (was 4/1)",
      "Enter now"
    ],
    political: [
      "VOTE NOW: Should the President be impeached? Click YES or NO",
      "Chip in $5 before midnight to stop the radical agenda",
      "Sign the petition: Tell Congress to protect our borders now",
      "Get your official 2024 Patriot Membership Card — only 500 left!",
      "They don't want you to see this poll. Take it before it's deleted →",
      "Do you support the Prime Minister? YES / NO",
      "OUTRAGE: Democrats want to ban your gas stove. Add your name."
    ],
    newsletter: [
      "Sign up for Match Point, our free weekly tennis newsletter",
      "Already a subscriber? Log in",
      "You've read 3 of your 5 free articles this month.",
      "By signing up you agree to our Terms of Use and acknowledge the data practices in our Privacy Policy. You may unsubscribe at any time.",
      "Get the Tee Time briefing in your inbox every Thursday →",
      "Subscribe for just $1 a week to keep reading",
      "SUBSCRIBE"
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Fairway Weekly (@fairwayweekly)",
      "Follow us on X @CourtsideDaily for live updates",
      "Share this article",
      "Join our Facebook group: Weekend Hackers Golf Club",
      "Like our page for more tennis content →",
      "Tag a friend who still can't hit a backhand"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Sponsored",
      "Story continues below advertisement",
      "Paid post by Greenhaven Golf Resorts",
      "This content was produced in partnership with Velo Tennis and does not reflect the views of the editorial team.",
      "Promoted by ServeMax",
      "Ad Feedback"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Was £219, now £149 at RacquetWorld",
      "Check price on Amazon",
      "Buy it: ProSpin 98 Tour racquet, $229 at CourtHouse Sports",
      "DEAL: Callander Chrome golf balls, 12-pack for $39.99 (save 20%)",
      "Shop now →",
      "Prices correct at time of publication. Independent Press earns affiliate revenue from qualifying purchases."
    ],
    scam: [
      "Doctors stunned: this 10-second trick fixes knee pain for good",
      "Tennis legend's secret investment has banks furious",
      "Golfers over 50: do this before every round to add 30 yards",
      "Former caddie turns $250 into $12,000 a week with this AI trading app",
      "20 Tennis Wives Who Are Stunning — Number 7 Will Shock You",
      "Seniors could claim a £1,200 compensation payment — check eligibility now",
      "One weird trick to cure toenail fungus (do it tonight)"
    ],
    related: [
      "Read more: Top seed withdraws from Rome with elbow injury",
      "RELATED: Ryder Cup captain names four wildcard picks",
      "ALSO READ - Inside the billion-dollar fight over golf's future",
      "WATCH: Teenager hits hole-in-one on first ever round",
      "More from Sport: Wimbledon to trial electronic line calling on outside courts",
      "Recommended: How to watch the Australian Open without cable",
      "You might also like - Why the Masters bans running on the course"
    ],
    app: [
      "Download our app for live scores from every court",
      "Open in app",
      "Listen to this article",
      "0:00 / 3:21",
      "Turn on notifications to get breaking golf news first",
      "Video unavailable",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism",
      "Become a member from £5 a month and help keep independent sport reporting free for everyone.",
      "DONATE",
      "We've raised $48,200 of our $75,000 goal. Help us get there by Sunday.",
      "If you value our tennis coverage, consider making a one-off contribution.",
      "Reader-funded since 2011 — give what you can today.",
      "Can you spare $3 to keep this site running?"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This embedded content is blocked because you have not accepted social media cookies.",
      "Accept all | Reject all | Customise",
      "To view this YouTube video, please enable targeting cookies.",
      "Cookie settings"
    ]
  },
  es: {
    promo: [
      "Regístrate en ApuestaSet y recibe hasta 200€ en apuestas gratis. +18. Juega con responsabilidad.",
      "SORTEO: gana dos entradas para la final del Mutua Madrid Open",
      "Código GOLF15: 15% de descuento en toda la tienda",
      "¡Consigue tu gorra oficial gratis con la suscripción anual!"
    ],
    political: [
      "VOTA: ¿Debe dimitir el presidente del Gobierno? Sí / No",
      "Firma ya para exigir elecciones anticipadas",
      "Hazte afiliado y recibe tu carné del partido en casa",
      "¡Indignante! Mira lo que ha votado la oposición. Comparte si estás harto"
    ],
    newsletter: [
      "Suscríbete a nuestra newsletter de tenis y recibe cada lunes lo mejor del circuito",
      "¿Ya eres suscriptor? Inicia sesión",
      "Has alcanzado el límite de artículos gratuitos. Suscríbete por 1 € el primer mes.",
      "Al suscribirte aceptas la política de privacidad y el aviso legal."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Golf Digital ES (@golfdigitales)",
      "Síguenos en Twitter: @PuntoDeSetDiario",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "La noticia continúa tras la publicidad",
      "Ofrecido por Hoteles Costa Verde Golf"
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliado; podemos recibir una comisión por las compras.",
      "Antes 189,99 €, ahora 129,99 € en Amazon",
      "Ver oferta",
      "CHOLLO: zapatillas de tenis Veloz Pro por 59 €"
    ],
    scam: [
      "Los médicos no se lo creen: el remedio casero que elimina el dolor de rodilla",
      "Un extenista revela el método con el que gana 3.000 € diarios desde casa",
      "Hacienda devolverá 1.500 € a los mayores de 60: comprueba si te toca",
      "Así está hoy la tenista más guapa de los 90 (la número 4 te sorprenderá)"
    ],
    related: [
      "LEE TAMBIÉN: El número uno español se queda fuera del top 10 tras un mal domingo",
      "Te puede interesar - Los mejores campos de golf de la Costa del Sol",
      "Noticia relacionada: La Federación aprueba el nuevo calendario de torneos juveniles",
      "Más información: Así será la nueva pista central con techo retráctil"
    ],
    app: [
      "Descarga nuestra app y sigue los resultados en directo",
      "Escuchar noticia",
      "Activa las notificaciones para no perderte nada",
      "00:00 / 02:45"
    ],
    donation: [
      "Apoya el periodismo independiente. Hazte socio desde 5 € al mes.",
      "Dona ahora",
      "Este medio se financia gracias a sus lectores. ¿Nos ayudas?",
      "Hemos conseguido el 68% de nuestro objetivo de socios para este año"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 187 socios almacenamos o accedemos a información en un dispositivo.",
      "Este contenido de X no se puede mostrar sin tu consentimiento."
    ]
  },
  fr: {
    promo: [
      "JEU-CONCOURS : tentez de gagner deux places pour Roland-Garros",
      "Pari remboursé jusqu'à 100 € sur votre premier pari. Jouer comporte des risques : endettement, isolement... Appelez le 09 74 75 13 13.",
      "Code promo GREEN20 : -20 % sur tout le matériel de golf",
      "Offre exclusive : votre premier mois offert"
    ],
    political: [
      "Sondage : faut-il dissoudre l'Assemblée ? Votez maintenant !",
      "Signez la pétition contre la hausse des impôts",
      "Adhérez au mouvement et recevez votre carte de membre",
      "SCANDALE : ce que le gouvernement vous cache. Partagez avant censure !"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Balle de match",
      "Déjà abonné ? Connectez-vous",
      "Cet article est réservé aux abonnés. Abonnez-vous dès 1 € le premier mois.",
      "Vos données sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Golf Passion FR (@golfpassionfr)",
      "Suivez-nous sur Facebook",
      "Rejoignez notre communauté sur Telegram"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite de l'article après cette publicité",
      "Article rédigé en partenariat avec Domaine des Pins Golf & Spa. La rédaction n'a pas participé à sa réalisation."
    ],
    affiliate: [
      "Cet article contient des liens affiliés. Nous pouvons percevoir une commission.",
      "Au lieu de 149 €, à 99 € chez SportMania",
      "Voir le prix",
      "BON PLAN : la raquette Tourbillon 300 à -35 %"
    ],
    scam: [
      "Les médecins sont stupéfaits : ce geste simple soulage l'arthrose en 7 jours",
      "Un ancien joueur de tennis gagne 4 000 € par semaine grâce à cette plateforme",
      "Retraités : vous pourriez toucher une indemnité de 900 €, vérifiez maintenant",
      "Cette astuce de grand-mère fait fondre la graisse du ventre"
    ],
    related: [
      "Lire aussi : Open d'Australie : le tableau féminin dévoilé",
      "À LIRE AUSSI - Golf : la Ryder Cup 2027 se jouera en Irlande",
      "Sur le même sujet : Wimbledon, le gazon le plus cher du monde",
      "VIDÉO - Le coup de génie d'un amateur au trou n°17"
    ],
    app: [
      "Téléchargez l'application pour suivre les matchs en direct",
      "Écouter cet article",
      "Activez les notifications",
      "Cette vidéo n'est pas disponible"
    ],
    donation: [
      "Soutenez une information indépendante : faites un don",
      "Devenez membre du club des lecteurs",
      "Objectif : 20 000 €. Déjà 12 450 € collectés.",
      "Votre don est déductible à 66 % de vos impôts."
    ],
    cookie: [
      "Accepter les cookies pour afficher ce contenu",
      "Paramétrer mes choix",
      "Nous et nos 823 partenaires utilisons des cookies pour stocker et accéder à des informations sur votre appareil.",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "Ganhe R$ 200 em apostas grátis no seu primeiro depósito. Proibido para menores de 18.",
      "PASSATEMPO: habilite-se a ganhar uma volta de golfe em Vilamoura",
      "Use o cupom SAQUE10 e ganhe 10% de desconto",
      "Frete grátis em todas as raquetes só hoje!"
    ],
    political: [
      "Enquete: você aprova o governo? Vote agora",
      "Assine o abaixo-assinado pelo impeachment já",
      "Contribua com R$ 10 para a nossa campanha",
      "REVOLTANTE: veja como votou seu deputado. Compartilhe!"
    ],
    newsletter: [
      "Receba as principais notícias do tênis no seu e-mail",
      "Já é assinante? Faça login",
      "Assine por R$ 1,90 no primeiro mês e tenha acesso ilimitado",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Golfe Brasil (@golfebrasiloficial)",
      "Siga o Saque Direto no Instagram e no TikTok",
      "Entre no nosso canal do WhatsApp"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Oferecido por Resort Vale das Águias"
    ],
    affiliate: [
      "Podemos receber comissão por compras feitas através dos links desta página.",
      "De R$ 899 por R$ 649 na Loja Ace",
      "Confira o preço na Amazon",
      "OFERTA: kit com 12 bolas de golfe por 24,90 €"
    ],
    scam: [
      "Médicos ficam chocados com remédio caseiro que acaba com dor nas articulações",
      "Ex-tenista revela como ganha R$ 5 mil por dia com robô de investimentos",
      "Aposentados podem ter direito a indenização de R$ 3.000. Veja se você tem",
      "Lembra dela? A ex-tenista está irreconhecível aos 50"
    ],
    related: [
      "LEIA TAMBÉM: Brasileiro sobe 20 posições no ranking após título",
      "Leia mais: Golfe volta à TV aberta com transmissão de torneio nacional",
      "Veja também - Os dez campos de golfe mais bonitos do Algarve",
      "Saiba mais: Como funciona o ranking da ATP"
    ],
    app: [
      "Baixe o app e acompanhe os jogos em tempo real",
      "Ouvir notícia",
      "Ative as notificações e receba alertas de última hora",
      "Este vídeo não está disponível"
    ],
    donation: [
      "Apoie o jornalismo independente",
      "Seja membro a partir de R$ 15 por mês",
      "Faça uma doação",
      "Já alcançamos 72% da nossa meta. Ajude-nos a chegar lá."
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 146 parceiros armazenamos e/ou acedemos a informações num dispositivo.",
      "Este conteúdo do YouTube foi bloqueado. Autorize os cookies para visualizá-lo."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Gewinnen Sie zwei Tickets für das Rasenturnier in Halle",
      "Jetzt 100 € Wettbonus sichern! 18+, Glücksspiel kann süchtig machen.",
      "Mit dem Code BIRDIE10 sparen Sie 10 % auf Ihr Greenfee",
      "Gratis: Ihr Tennis-Sonderheft zum Abo dazu"
    ],
    political: [
      "Umfrage: Soll der Kanzler zurücktreten? Jetzt abstimmen!",
      "Jetzt Petition unterschreiben: Stoppt die Heizungsdiktatur!",
      "Werden Sie Mitglied – Ihre Stimme für Deutschland",
      "Unterstützen Sie unsere Kampagne mit 5 Euro"
    ],
    newsletter: [
      "Melden Sie sich für unseren Golf-Newsletter an",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus: 4 Wochen für 0,99 €",
      "Mit der Anmeldung stimmen Sie der Datenschutzerklärung zu. Abmeldung jederzeit möglich."
    ],
    social: [
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Courtreport (@courtreport.de)",
      "Folgen Sie uns auf Facebook und X",
      "Jetzt teilen"
    ],
    adlabel: [
      "ANZEIGE",
      "Gesponserter Inhalt",
      "Artikel wird nach der Anzeige fortgesetzt",
      "Dieser Beitrag entstand in Kooperation mit Golfresort Seeblick."
    ],
    affiliate: [
      "Wir erhalten eine Provision, wenn Sie über diese Links einkaufen.",
      "Statt 179 € jetzt 119 € bei SportDirekt24",
      "Preis prüfen bei Amazon",
      "*Affiliate-Link"
    ],
    scam: [
      "Ärzte sprachlos: Dieser Trick beendet Knieschmerzen",
      "Ex-Tennisprofi verrät: So verdienen Sie 2.000 € am Tag mit Bitcoin",
      "Rentner bekommen 800 € Nachzahlung – so beantragen Sie sie",
      "Die 15 peinlichsten Momente auf dem Golfplatz – Nr. 9 ist unfassbar"
    ],
    related: [
      "Lesen Sie auch: Deutsche Nummer eins sagt für Stuttgart ab",
      "MEHR ZUM THEMA - Golfplätze im Klimawandel: Wenn das Grün vertrocknet",
      "Auch interessant: Die besten Tennisvereine in Bayern",
      "Das könnte Sie auch interessieren: Neuer Aufschlagrekord beim Turnier in Halle"
    ],
    app: [
      "Jetzt die App herunterladen und Live-Ticker erhalten",
      "Artikel anhören",
      "Push-Benachrichtigungen aktivieren",
      "Diese Audioversion wurde künstlich generiert."
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt spenden",
      "Werden Sie Mitglied ab 5 € im Monat",
      "Schon 3.412 Leserinnen und Leser machen mit. Sind Sie dabei?"
    ],
    cookie: [
      "Um diesen Inhalt zu sehen, müssen Sie Cookies akzeptieren.",
      "Einstellungen verwalten",
      "Wir und unsere 214 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.",
      "Externer Inhalt: Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden."
    ]
  }
};

export const GENUINE = {
  en: [
    "LONDON (Reuters) - Organisers of the grass-court championships said on Tuesday that ticket prices for the final weekend would rise by 8%.",
    "Updated 18:42 BST",
    "The winner's cheque of $3.6 million is the largest in the tournament's history.",
    "Key points",
    "What we know so far",
    "Analysis",
    "Martinez won 6-4, 3-6, 7-6 (7-4) in two hours and 51 minutes.",
    "Fans can download the tournament's official app to check live queue times at the gates.",
    "Entry to the qualifying rounds is free, and organisers expect more than 30,000 spectators over the week.",
    "\"Please, buy your tickets only from the official website,\" the club's chief executive told reporters, after hundreds of fake listings appeared online.",
    "Police said the ticket scam targeted fans on social media with offers of Centre Court seats for £150.",
    "More than 12,000 people have signed a petition calling for the municipal golf course to remain open.",
    "The council said it would hold a public consultation before voting on the sale of the land in March.",
    "The 21-year-old celebrates match point on Court Philippe-Chatrier. Photograph: Julien Morel/AFP",
    "Additional reporting by Sarah Okafor in Augusta",
    "She posted a video of the hole-in-one on Instagram, where it was viewed more than two million times within a day.",
    "The sponsorship deal with the betting company, reportedly worth £5m a year, has drawn criticism from gambling-harm charities.",
    "He is survived by his wife, Margaret, and their three children. The funeral will be held privately.",
    "In lieu of flowers, the family has asked that donations be made to the junior tennis foundation he founded in 1987.",
    "The charity exhibition match raised $1.2 million for wildfire relief.",
    "Streaming subscribers will be able to watch every match on all 18 courts for the first time.",
    "A season pass costs £35 a month or £280 a year, the broadcaster said.",
    "Final round leaders: Andersen -14, Kowalski -12, McBride -11",
    "The clubhouse bakery's oatmeal cookies, a tournament tradition since the 1960s, sell out by 10am on most days.",
    "In a poll of 300 players conducted by the players' council, 71% said they opposed the schedule changes.",
    "The competition, open to amateurs with a handicap of 5 or below, offers a spot in the final qualifying stage.",
    "\"Follow your dreams and never stop believing,\" she told the crowd during the trophy ceremony.",
    "Prize money for first-round losers has risen to £60,000.",
    "The 34-year-old has now won 11 titles on the tour, including two majors.",
    "The public ballot opens on Monday, with tickets costing between £45 and £275 and a limit of four per applicant.",
    "Jane Holloway is a sports correspondent covering tennis and golf. She previously reported for the Evening Chronicle.",
    "Rain delayed the start of play by three hours, and several matches were moved indoors.",
    "Subscription golf clubs, where members pay a flat monthly fee rather than an annual joining fee, have grown rapidly since the pandemic.",
    "The club said it would refund members who had paid in advance for the cancelled season.",
    "According to the integrity unit's report, the player had been offered $50,000 to lose the first set.",
    "She won a free-to-enter junior competition at the age of nine, beating players twice her age.",
    "Sponsors including a Swiss watchmaker and a Korean carmaker have renewed their deals through 2028.",
    "Correction: An earlier version of this article misstated the tournament's total prize fund. It is $25 million, not $20 million.",
    "The final is scheduled to start at 3pm local time (1400 GMT).",
    "AUGUSTA, Ga. — The overnight leader three-putted the 18th to drop into a tie for second."
  ],
  es: [
    "MADRID (EFE). — La organización del torneo ha agotado las entradas para la final del domingo.",
    "Actualizado a las 19:45",
    "El ganador se embolsará un premio de 1,2 millones de euros.",
    "Claves del partido",
    "Martínez se impuso por 6-3, 4-6 y 7-5 tras casi tres horas de juego.",
    "La Policía Nacional ha detenido a dos personas por vender entradas falsas a través de redes sociales.",
    "Más de 8.000 vecinos han firmado una petición para salvar el campo de golf municipal.",
    "\"Os pido que sigáis viniendo al club, lo necesitamos\", dijo el presidente a los socios.",
    "La entrada a la fase previa es gratuita hasta completar aforo.",
    "Con información de Laura Gómez desde Augusta.",
    "El extenista falleció el martes a los 78 años. Deja esposa y dos hijas.",
    "La aplicación oficial del torneo permitirá consultar el orden de juego y los resultados en tiempo real.",
    "Según una encuesta de la federación, el 62% de los clubes ha aumentado sus socios desde 2020.",
    "La jugadora celebró el título con un mensaje en Instagram dedicado a su entrenador."
  ],
  fr: [
    "PARIS (AFP) - Les organisateurs du tournoi ont annoncé mardi une hausse de 5 % du prix des billets.",
    "Mis à jour le 02/06/2024 à 17h12",
    "Le vainqueur empochera un chèque de 2,4 millions d'euros.",
    "Ce qu'il faut retenir",
    "Il s'est imposé 7-6 (5), 6-4 en 1 h 48.",
    "Des centaines de supporters ont été victimes d'une arnaque aux faux billets vendus sur Facebook.",
    "Une pétition demandant le maintien du golf municipal a recueilli plus de 5 000 signatures.",
    "« Venez nombreux, l'entrée est gratuite pour les moins de 12 ans », a lancé le directeur du tournoi.",
    "Avec la collaboration de Claire Dumas à Monte-Carlo",
    "Il est mort dimanche à l'âge de 81 ans, entouré des siens.",
    "Les abonnés de la chaîne pourront suivre l'intégralité des matchs sur les quatorze courts.",
    "Selon un sondage réalisé pour la fédération, 58 % des Français jugent le golf trop cher.",
    "La championne a annoncé sa retraite dans une vidéo publiée sur Instagram.",
    "Le tournoi a reversé 300 000 euros à des associations de lutte contre le cancer."
  ],
  pt: [
    "SÃO PAULO (Reuters) - A organização do torneio anunciou nesta terça-feira que os ingressos para a final estão esgotados.",
    "Atualizado às 16h20",
    "O campeão levará para casa um prêmio de US$ 1,1 milhão.",
    "Pontos-chave",
    "O brasileiro venceu por 6/4, 3/6 e 7/6 (7/3).",
    "A polícia investiga um golpe em que falsos vendedores ofereciam ingressos pelo Instagram.",
    "Um abaixo-assinado contra o fecho do campo de golfe municipal já reuniu 4.000 assinaturas.",
    "\"Peço a todos que venham apoiar os nossos jogadores\", afirmou o presidente da federação.",
    "A entrada é gratuita nos dias do qualifying.",
    "Colaborou Ana Ribeiro, de Lisboa.",
    "O antigo tenista morreu aos 74 anos, em Lisboa. Deixa mulher e três filhos.",
    "O aplicativo oficial do torneio terá transmissão ao vivo de todas as quadras.",
    "Segundo uma pesquisa da confederação, o número de praticantes de tênis cresceu 30% desde 2019.",
    "Os assinantes do canal poderão acompanhar todos os jogos sem custo adicional."
  ],
  de: [
    "HAMBURG (dpa) - Die Veranstalter rechnen am Finalwochenende mit mehr als 10.000 Zuschauern.",
    "Aktualisiert am 14.07.2024, 16:05 Uhr",
    "Der Sieger erhält ein Preisgeld von 500.000 Euro.",
    "Das Wichtigste in Kürze",
    "Die Weltranglistenfünfte gewann mit 6:3, 2:6, 7:5.",
    "Die Polizei warnt vor Betrügern, die gefälschte Tickets über soziale Netzwerke anbieten.",
    "Eine Petition gegen die Schließung des Golfplatzes haben bereits 6.000 Menschen unterzeichnet.",
    "„Kommen Sie vorbei und unterstützen Sie die Jugend“, sagte der Vereinspräsident.",
    "Der Eintritt zur Qualifikation ist frei.",
    "Mitarbeit: Jonas Weber",
    "Er starb am Sonntag im Alter von 83 Jahren nach langer Krankheit.",
    "Über die Turnier-App können Zuschauer ihre Plätze auswählen und Tickets aufs Handy laden.",
    "Laut einer Umfrage des Verbandes spielen inzwischen 680.000 Menschen in Deutschland Golf.",
    "Die Spielerin verkündete ihr Karriereende in einem Beitrag auf Instagram."
  ]
};
