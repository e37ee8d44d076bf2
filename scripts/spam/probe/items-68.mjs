// The probe's 68th batch (run.mjs --batch 68): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a luxury walnut chess set worth £450 — enter our free prize draw before midnight Sunday",
      "Use code CHECKMATE25 for 25% off your first order at KnightShift Games",
      "Claim your FREE month of Premium Puzzles — no card required!",
      "GIVEAWAY",
      "Bet £10 on the World Championship, get £30 in free bets. 18+. T&Cs apply. BeGambleAware.org",
      "Today only: buy any two board games and get the third free at Meeple Market →",
      "Enter now for your chance to win a family games night bundle with five bestselling titles"
    ],
    political: [
      "VOTE NOW: Should the President be impeached? Click YES or NO",
      "Rush $5 now — our deadline is midnight and we're still $12,840 short",
      "SIGN THE PETITION: Demand Congress audit the election results today",
      "Claim your official 2024 Patriot Membership Card — only 1,000 left",
      "Are you outraged? They want to ban your gas stove. Tell them NO.",
      "Poll: Do you approve of the Prime Minister's handling of the economy? Vote in 10 seconds",
      "Stand with Senator Hale — add your name now to show you're on his side"
    ],
    newsletter: [
      "Sign up for The Opening Move, our free weekly chess newsletter, delivered every Friday",
      "Already a subscriber? Log in",
      "You've reached your limit of 3 free articles this month. Subscribe for £1 a week.",
      "By signing up you agree to receive marketing emails and accept our Privacy Policy. You can unsubscribe at any time.",
      "Get the daily crossword, sudoku and word puzzles in your inbox — enter your email",
      "SUBSCRIBE NOW",
      "Thanks for reading. Unlock unlimited access to every puzzle and game review for just $2.99/month."
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Chess Corner Club (@chesscornerclub)",
      "Follow us on X @BoardGameDaily for live tournament updates",
      "Share this article",
      "Join our Facebook group Puzzle Solvers United — over 40,000 members and counting!",
      "Like us on Facebook | Follow on Twitter | Subscribe on YouTube",
      "Tag a friend who still can't beat you at Scrabble!"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored",
      "Paid Post: How GrandmasterPro helped 2 million players raise their rating",
      "Promoted by Rookline Games",
      "This content was produced in partnership with Tabletop Kingdom and does not necessarily reflect the views of our editorial team.",
      "Advertisement - scroll to continue"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Buy it: Catan 25th Anniversary Edition, was £60 now £42 at Amazon",
      "Check price on Amazon",
      "£34.99 at Argos",
      "DEAL: Ticket to Ride drops to $29.99 — its lowest price this year",
      "Our independent editors select these products; when you buy through our links, we may get paid.",
      "Shop the tournament board: DGT Smart Board, $349 at Chess House →"
    ],
    scam: [
      "Grandmaster reveals one weird trick to boost your brain power by 300%",
      "Doctors stunned: this 30-second puzzle reverses memory loss",
      "He invested $250 in this crypto bot — now he earns $8,000 a week playing chess online",
      "Only 1 in 100 people can solve this puzzle. Number 7 will shock you!",
      "Seniors are receiving a $1,400 compensation check — see if you qualify",
      "Dementia expert: do this before bed to restore your memory (watch)",
      "The richest board game collectors in the world — you won't believe #12"
    ],
    related: [
      "Read more: Teenager becomes youngest player ever to qualify for Candidates tournament",
      "RELATED: Monopoly maker cuts 1,100 jobs after weak holiday sales",
      "ALSO READ - Why the Rubik's Cube is enjoying a comeback 50 years on",
      "WATCH: Grandmaster loses on time after phone rings mid-game",
      "More from Games: The best cooperative board games for families this Christmas",
      "Recommended: Wordle answer today — hints and clues for puzzle #1,042",
      "You might also like - Champion withdraws from tournament over dress code dispute"
    ],
    app: [
      "Download our app for the daily crossword on the go",
      "Open in app",
      "Listen to this article",
      "0:00 / 3:21",
      "Turn on notifications to get breaking news alerts",
      "Video unavailable. This video is no longer available.",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism. Donate today.",
      "Become a member from just £5 a month and help keep our puzzles free for everyone",
      "We're 72% of the way to our goal of 10,000 supporters this year",
      "If you value independent games coverage, please consider making a one-off contribution.",
      "DONATE",
      "Readers like you keep this site running. Give $3 — it only takes a minute.",
      "Make a year-end gift to our newsroom and it will be matched dollar for dollar"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 847 partners use cookies to personalise ads and measure performance.",
      "This content is hosted by a third party. To view it, please allow Social Media cookies.",
      "Reject all",
      "YouTube content blocked. Click here to change your consent settings.",
      "By continuing to use this site you agree to our use of cookies."
    ]
  },
  es: {
    promo: [
      "SORTEO: gana un ajedrez de madera de nogal valorado en 300 €. Participa antes del domingo",
      "Código AJEDREZ15: 15% de descuento en todos los juegos de mesa de Tablero Mágico",
      "¡Consigue gratis tu primer mes de Rompecabezas Premium!",
      "Apuesta 10 € y llévate 50 € en apuestas gratis. +18. Juega con responsabilidad."
    ],
    political: [
      "ENCUESTA: ¿Debe dimitir el presidente del Gobierno? Vota ahora",
      "Firma la petición: exige elecciones anticipadas ya",
      "Únete al partido: consigue tu carné de afiliado por solo 5 € al mes",
      "¿Te indigna la nueva subida de impuestos? Danos tu opinión en 10 segundos"
    ],
    newsletter: [
      "Suscríbete a nuestra newsletter de pasatiempos y recibe el crucigrama cada mañana",
      "¿Ya eres suscriptor? Inicia sesión",
      "Has agotado tus 5 artículos gratuitos de este mes. Suscríbete por 1 € el primer mes.",
      "Al registrarte, aceptas la política de privacidad y el envío de comunicaciones comerciales."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Club de Ajedrez Alcobendas (@ajedrezalcobendas)",
      "Síguenos en X: @JuegosDeMesaHoy",
      "Únete a nuestro canal de WhatsApp y recibe las últimas noticias"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "Publicidad - sigue leyendo debajo",
      "Ofrecido por Tableros del Sur"
    ],
    affiliate: [
      "Como afiliados de Amazon, obtenemos ingresos por las compras adscritas a algunos enlaces de este artículo.",
      "Comprar en Amazon",
      "Antes 49,99 €, ahora 29,95 € en El Corte Inglés",
      "OFERTA: Dixit, rebajado un 35% solo hoy"
    ],
    scam: [
      "Un gran maestro revela el truco para multiplicar tu memoria en 7 días",
      "Los médicos no se lo explican: este pasatiempo elimina el alzhéimer",
      "Invirtió 250 € en este robot de criptomonedas y ahora gana 3.000 € a la semana",
      "Solo el 1% logra resolver este acertijo. ¿Eres uno de ellos?"
    ],
    related: [
      "Lee también: Un niño de 10 años se convierte en el maestro internacional más joven del país",
      "Te puede interesar: Los mejores juegos de mesa para jugar en familia esta Navidad",
      "Relacionado: La federación cambia las normas de los torneos escolares de ajedrez",
      "Más información: El cubo de Rubik cumple 50 años"
    ],
    app: [
      "Descarga la app y juega al sudoku diario",
      "Escucha la noticia",
      "Activa las notificaciones para no perderte nada",
      "Este vídeo no está disponible"
    ],
    donation: [
      "Apoya el periodismo independiente. Hazte socio.",
      "Colabora con nosotros desde 3 € al mes",
      "Haz una donación",
      "Llevamos el 64% de nuestro objetivo: ayúdanos a llegar a 5.000 socios"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar preferencias",
      "Nosotros y nuestros 215 socios almacenamos o accedemos a información en un dispositivo.",
      "Este contenido de YouTube está bloqueado por tu configuración de cookies."
    ]
  },
  fr: {
    promo: [
      "CONCOURS : tentez de gagner un échiquier en bois précieux d'une valeur de 400 €",
      "-20 % sur tous les jeux de société avec le code ECHEC20 chez La Tour des Jeux",
      "Profitez de votre premier mois offert sur Casse-Tête Premium !",
      "Pariez 10 €, recevez 100 € en freebets. Jouer comporte des risques : endettement, isolement... Appelez le 09 74 75 13 13."
    ],
    political: [
      "SONDAGE : faut-il dissoudre l'Assemblée nationale ? Votez maintenant",
      "Signez la pétition contre la réforme avant qu'il ne soit trop tard !",
      "Adhérez dès aujourd'hui et recevez votre carte de membre 2025",
      "Indignés par la hausse des impôts ? Faites entendre votre voix en un clic"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Jeux & Énigmes, c'est gratuit",
      "Déjà abonné ? Se connecter",
      "Cet article est réservé aux abonnés. Abonnez-vous à partir de 1 € le premier mois.",
      "Vos données sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Le Cercle d'Échecs de Lyon (@cercle_echecs_lyon)",
      "Suivez-nous sur Facebook et X",
      "Partager sur WhatsApp"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Contenu proposé par Ludiplay, partenaire de la rédaction. La rédaction n'a pas participé à sa réalisation."
    ],
    affiliate: [
      "Cet article contient des liens d'affiliation : nous pouvons percevoir une commission en cas d'achat.",
      "Voir le prix sur Amazon",
      "Dixit à 24,99 € au lieu de 34,99 € chez Fnac",
      "BON PLAN : le Scrabble édition Deluxe à moins de 40 €"
    ],
    scam: [
      "Un grand maître dévoile l'astuce pour booster sa mémoire en 5 minutes par jour",
      "Les médecins sont stupéfaits : ce jeu ferait disparaître les troubles de la mémoire",
      "Il a placé 250 € dans ce robot de trading et gagne désormais 5 000 € par mois",
      "Seuls les génies résolvent cette énigme en moins de 10 secondes"
    ],
    related: [
      "À lire aussi : Un collégien de 13 ans devient champion de France des jeunes",
      "LIRE AUSSI - Le Monopoly fête ses 90 ans",
      "VIDÉO - Un joueur perd sa partie à cause de son téléphone",
      "Sur le même sujet : Les meilleurs jeux de société à offrir pour Noël"
    ],
    app: [
      "Téléchargez l'application pour jouer aux mots fléchés du jour",
      "Écouter cet article",
      "Activez les notifications pour suivre l'actualité en direct",
      "Ouvrir dans l'application"
    ],
    donation: [
      "Soutenez une information indépendante : faites un don",
      "Votre don est déductible à 66 % de vos impôts",
      "Devenez membre de notre association de lecteurs",
      "Objectif : 2 000 donateurs. Déjà 1 348 !"
    ],
    cookie: [
      "Accepter les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Avec votre accord, nous et nos 824 partenaires utilisons des cookies ou technologies similaires.",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "SORTEIO: ganhe um tabuleiro de xadrez artesanal avaliado em R$ 900",
      "Use o cupom XEQUE10 e ganhe 10% de desconto na Loja do Tabuleiro",
      "Resgate já o seu mês grátis de Quebra-Cabeças Premium!",
      "Aposte R$ 50 e ganhe R$ 200 em bônus. Proibido para menores de 18 anos. Jogue com responsabilidade."
    ],
    political: [
      "ENQUETE: Você aprova o governo? Vote agora",
      "Assine o abaixo-assinado contra o aumento de impostos",
      "Filie-se ao partido e receba sua carteirinha de membro",
      "Revoltado com os políticos? Deixe sua opinião em 10 segundos"
    ],
    newsletter: [
      "Cadastre-se na nossa newsletter e receba as palavras cruzadas toda manhã",
      "Já é assinante? Faça login",
      "Você atingiu o limite de matérias gratuitas. Assine por R$ 1,90 no primeiro mês.",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Clube de Xadrez Paulistano (@xadrezpaulistano)",
      "Siga o nosso canal no WhatsApp",
      "Compartilhe no Facebook"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua depois da publicidade",
      "Oferecido por Jogatina Jogos"
    ],
    affiliate: [
      "Este conteúdo contém links de afiliados. Podemos receber comissão por compras realizadas.",
      "Ver preço na Amazon",
      "De R$ 299 por R$ 189 no Mercado Livre",
      "PROMOÇÃO: War Edição Especial com 30% de desconto"
    ],
    scam: [
      "Grande mestre revela o truque para turbinar a memória em 7 dias",
      "Médicos ficam chocados: este passatempo elimina o esquecimento",
      "Ele investiu R$ 200 neste robô de criptomoedas e agora fatura R$ 10 mil por mês",
      "Só 2% das pessoas resolvem este enigma. Você consegue?"
    ],
    related: [
      "Leia também: Menino de 9 anos vence campeonato brasileiro de xadrez",
      "LEIA MAIS: Banco Imobiliário ganha versão com cidades brasileiras",
      "Veja também: Os melhores jogos de tabuleiro para jogar em família",
      "Saiba mais: Cubo mágico completa 50 anos"
    ],
    app: [
      "Baixe o app e jogue o sudoku do dia",
      "Ouça esta reportagem",
      "Ative as notificações e receba as principais notícias",
      "Abrir no aplicativo"
    ],
    donation: [
      "Apoie o jornalismo independente. Contribua a partir de R$ 10.",
      "Seja membro e ajude a manter o site no ar",
      "Faça uma doação",
      "Já atingimos 58% da nossa meta de 3 mil apoiadores"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerenciar preferências",
      "Nós e os nossos 196 parceiros armazenamos e/ou acedemos a informações num dispositivo.",
      "Este conteúdo está bloqueado. Altere suas configurações de cookies para visualizá-lo."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Gewinnen Sie ein handgefertigtes Schachbrett im Wert von 500 Euro",
      "Mit dem Code SPIELE15 sparen Sie 15 % bei Brettspielwelt24",
      "Jetzt gratis testen: 30 Tage Rätsel-Premium kostenlos!",
      "100 € Neukundenbonus auf Ihre erste Wette – 18+, Glücksspiel kann süchtig machen. Hilfe unter check-dein-spiel.de"
    ],
    political: [
      "UMFRAGE: Sollte die Regierung zurücktreten? Jetzt abstimmen!",
      "Jetzt Petition unterschreiben: Stoppt die Heizungs-Diktatur!",
      "Werden Sie Mitglied und erhalten Sie Ihren Parteiausweis",
      "Empört über die neuen Steuerpläne? Sagen Sie uns Ihre Meinung!"
    ],
    newsletter: [
      "Jetzt den Rätsel-Newsletter abonnieren und täglich ein neues Sudoku erhalten",
      "Bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus – 4 Wochen für 1 €",
      "Mit Ihrer Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu. Abmeldung jederzeit möglich."
    ],
    social: [
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Schachklub Kreuzberg (@schachklub_kreuzberg)",
      "Folgen Sie uns auf Facebook, Instagram und X",
      "Teilen"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Weiterlesen nach der Anzeige",
      "Sponsored Content: Präsentiert von Spielwiese GmbH"
    ],
    affiliate: [
      "Wir erhalten eine Provision, wenn Sie über diese Links einkaufen. Für Sie ändert sich nichts am Preis.",
      "Hier bei Amazon kaufen",
      "Statt 44,99 € jetzt 27,99 € bei Thalia",
      "Angebot des Tages: Catan – Das Spiel um 38 % reduziert"
    ],
    scam: [
      "Schach-Großmeister verrät: Mit diesem Trick wird Ihr Gedächtnis wie neu",
      "Ärzte sprachlos: Dieses Rätsel stoppt Demenz",
      "Rentner aus Bayern verdient 4.000 € pro Woche mit diesem Bitcoin-Trick",
      "Nur Genies lösen dieses Rätsel in 10 Sekunden"
    ],
    related: [
      "Lesen Sie auch: Zwölfjähriger schlägt Weltmeister im Blitzschach",
      "MEHR ZUM THEMA: Warum Brettspiele boomen",
      "Auch interessant: Die besten Familienspiele für den Winter",
      "Video: Großmeister verliert wegen klingelndem Handy"
    ],
    app: [
      "Jetzt die App herunterladen und täglich rätseln",
      "Artikel anhören",
      "Push-Mitteilungen aktivieren",
      "In der App öffnen"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt freiwillig zahlen – schon ab 2 Euro",
      "Werden Sie Mitglied unserer Genossenschaft",
      "Spenden"
    ],
    cookie: [
      "Cookies akzeptieren, um diesen Inhalt anzuzeigen",
      "Einstellungen verwalten",
      "Wir und unsere 238 Partner verarbeiten personenbezogene Daten wie Ihre IP-Adresse.",
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von YouTube. Um ihn anzuzeigen, müssen Sie der Datenübertragung zustimmen."
    ]
  }
};

export const GENUINE = {
  en: [
    "LONDON (Reuters) - The world rapid chess championship opens on Thursday with more than 180 players from 40 countries.",
    "Updated 14:32",
    "Key points",
    "The winner of the tournament takes home $150,000, with the runner-up receiving $90,000.",
    "Entry to the club's Tuesday night blitz sessions is free for under-18s, the organisers said.",
    "Players were banned from bringing phones into the playing hall after a cheating scandal last year.",
    "\"Come along, bring a board and just play,\" said club secretary Margaret Ellis. \"Nobody needs to be an expert.\"",
    "Additional reporting by Sarah Kemp",
    "The petition, which has gathered more than 12,000 signatures, calls on the council to keep the library's chess club open.",
    "Police warned that a fake giveaway offering free chess sets on Facebook was being used to harvest bank details.",
    "The toymaker said sales of its classic board games rose 8% in the third quarter.",
    "Pictured: the 18-year-old reacts after winning the final game of the match in Singapore.",
    "The app, which has more than 150 million registered users, said it had closed 14,000 accounts for fair-play violations in the past year.",
    "Analysis",
    "Result: Round 7, board one, 0-1 after 41 moves",
    "Final standings: Caruana 7.5, Nakamura 7, So 6.5, Firouzja 6",
    "What we know so far",
    "The crossword setter, who compiled puzzles for the paper for 41 years, died on Tuesday aged 86.",
    "He is survived by his wife, Joan, and their three children.",
    "The board game cafe charges £6 per person for unlimited play and has more than 800 titles on its shelves.",
    "Kickstarter backers pledged $2.3 million for the game in its first 48 hours, making it one of the platform's most funded tabletop projects.",
    "The annual subscription for the puzzle magazine will rise from £39 to £45 in January, the publisher confirmed.",
    "Fans were asked to vote for their favourite new piece design in an online poll run by the federation; 62% chose the rounded knight.",
    "Emma Wright is our games correspondent. She has covered six world championships and plays for her local club in Hastings.",
    "The charity, which donates chess sets to primary schools, said it had received £40,000 in donations since the documentary aired.",
    "Tickets for the spectator hall cost €25 and sold out within an hour.",
    "ST. LOUIS (AP) — The U.S. Chess Championship opens Wednesday with 12 players competing for a $250,000 prize fund.",
    "Organisers said the cookies and tea served at the interval were donated by a local bakery.",
    "The scheme, which promised players a \"guaranteed\" rating boost for $99, was reported to the Federal Trade Commission.",
    "Winners of the junior puzzle-solving competition will be announced on the club's website next month.",
    "Round 9 will be played on Saturday at 3pm local time.",
    "The champion later wrote on X that he was \"very happy\" with the result, posting a photo of the trophy.",
    "Sales of chess sets surged in the weeks after The Queen's Gambit was released on Netflix, according to market researchers.",
    "Max Park set a world record of 3.13 seconds for solving a standard Rubik's Cube in June 2023.",
    "Photograph: Tom Jenkins",
    "The council said the giant outdoor chessboard in the park would be repaired free of charge under the contractor's warranty.",
    "\"Print the puzzle out and try it with your kids,\" said Dr Priya Nair, who led the study on problem-solving in children.",
    "The study found that adults who played board games at least once a week scored slightly higher on memory tests, though the researchers cautioned against drawing firm conclusions.",
    "The new rules, published on Thursday, take effect from 1 March and allow arbiters to forfeit players whose phones ring during play.",
    "Correction: An earlier version of this article misstated the prize fund as $1 million. It is $2.5 million."
  ],
  es: [
    "MADRID, 12 (EUROPA PRESS) - Más de 400 jugadores participarán este fin de semana en el Open Internacional de Ajedrez de la ciudad.",
    "La inscripción es gratuita para los menores de 16 años, según ha informado la organización.",
    "El ganador se llevará un premio de 10.000 euros.",
    "\"Animamos a todos los vecinos a traer su tablero y jugar\", ha señalado la concejala de Cultura, Marta Ruiz.",
    "La Policía Nacional alerta de una estafa que ofrece juegos de mesa gratis a cambio de datos bancarios.",
    "Última actualización: 14:32",
    "Claves",
    "Con información de Laura Gómez",
    "En la imagen, dos jugadores durante la sexta ronda del torneo.",
    "La aplicación suma más de dos millones de descargas en España, según datos de la compañía.",
    "Resultado de la quinta ronda: tablas en el primer tablero tras 63 movimientos.",
    "Una recogida de firmas en Change.org pide que el ajedrez sea asignatura obligatoria en Primaria y ya supera las 30.000 adhesiones.",
    "El juego de mesa cuesta 35 euros y llegará a las tiendas en octubre.",
    "Falleció el pasado martes a los 89 años en su casa de Valencia, donde durante décadas dirigió el club de ajedrez del barrio."
  ],
  fr: [
    "PARIS (AFP) - Le championnat de France d'échecs s'ouvre samedi avec 24 joueurs en lice.",
    "L'entrée est gratuite et ouverte à tous, précise la mairie.",
    "Le vainqueur empochera 5 000 euros.",
    "« Venez nombreux, même sans savoir jouer », lance le président du club, Jean-Marc Dubois.",
    "Mis à jour le 14/03/2024 à 16h05",
    "Ce qu'il faut retenir",
    "Avec AFP",
    "Une pétition demandant le maintien de l'atelier d'échecs à l'école a recueilli plus de 3 000 signatures.",
    "La gendarmerie met en garde contre une arnaque aux faux jeux concours sur les réseaux sociaux.",
    "Le jeu, vendu 39 euros, a été récompensé au Festival international des jeux de Cannes.",
    "Sur la photo, la joueuse lors de la dernière ronde du tournoi.",
    "L'application revendique plus de 100 millions d'utilisateurs dans le monde.",
    "Il s'est éteint mardi à l'âge de 87 ans, entouré des siens.",
    "Résultat : 6-2 pour l'équipe de Clichy, qui conserve son titre."
  ],
  pt: [
    "RIO DE JANEIRO — O Campeonato Brasileiro de Xadrez começa nesta sexta-feira com 40 jogadores.",
    "A entrada é gratuita e não é preciso inscrição prévia, informou a organização.",
    "O campeão receberá um prêmio de R$ 20 mil.",
    "\"Queremos que as crianças venham e joguem, mesmo quem nunca tocou numa peça\", disse a coordenadora do projeto, Ana Souza.",
    "Atualizado às 14h32",
    "Entenda",
    "Colaborou Pedro Alves",
    "A polícia alerta para um golpe que usa falsos sorteios de jogos de tabuleiro nas redes sociais.",
    "Um abaixo-assinado pedindo o xadrez nas escolas públicas já reúne mais de 20 mil assinaturas.",
    "Na foto, os jogadores durante a última rodada do torneio.",
    "O jogo custa R$ 249 e chega às lojas em novembro.",
    "O aplicativo tem mais de 5 milhões de usuários no Brasil, segundo a empresa.",
    "Ele morreu na terça-feira, aos 84 anos, e deixa esposa e três filhos.",
    "Resultado: Brasil 3 x 1 Argentina no match da 6ª rodada da Olimpíada de Xadrez."
  ],
  de: [
    "BERLIN (dpa) - Die Deutsche Schachmeisterschaft beginnt am Samstag mit 16 Teilnehmern.",
    "Der Eintritt ist frei, teilte der Verein mit.",
    "Der Sieger erhält ein Preisgeld von 10.000 Euro.",
    "„Kommen Sie vorbei und spielen Sie mit“, sagte Vereinsvorsitzender Klaus Berger.",
    "Aktualisiert am 14.03.2024, 16:05 Uhr",
    "Das Wichtigste in Kürze",
    "Mit Material von dpa",
    "Die Polizei warnt vor einer Betrugsmasche mit gefälschten Gewinnspielen in sozialen Netzwerken.",
    "Eine Online-Petition für mehr Schach an Grundschulen hat bereits 15.000 Unterschriften gesammelt.",
    "Das Spiel kostet rund 35 Euro und ist ab Oktober im Handel.",
    "Im Bild: Die Spielerinnen und Spieler vor Beginn der letzten Runde.",
    "Die App verzeichnet nach eigenen Angaben mehr als drei Millionen Nutzer in Deutschland.",
    "Er starb am Dienstag im Alter von 88 Jahren.",
    "Endstand: Baden-Baden 5,5:2,5 Hamburg"
  ]
};
