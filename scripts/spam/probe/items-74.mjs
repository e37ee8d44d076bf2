// The probe's 74th batch (run.mjs --batch 74): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "Bet £10, get £30 in free bets at SpinHarbour — new customers only, code KICKOFF30",
      "CLAIM YOUR 50 FREE SPINS NOW",
      "Win a £500 Lucky Lantern Casino voucher: enter our weekend prize draw before midnight Sunday",
      "Use code JACKPOT20 for 20% off your first Lotto Lounge syndicate",
      "Giveaway!",
      "Grand National special: enhanced odds of 40/1 on any horse to win at BetMeadow. 18+ T&Cs apply. BeGambleAware.org",
      "Free £5 scratchcard when you sign up today — limited time offer →"
    ],
    political: [
      "VOTE NOW: Should the government ban gambling adverts on TV? Yes / No",
      "Sign the petition to stop the new tax on working families — 214,000 signatures and counting",
      "Chip in $5 before midnight to help us fight back against the radical left",
      "They want to take away your freedom. Don't let them. Add your name →",
      "Claim your official 2024 Patriot Membership Card",
      "OFFICIAL POLL: Do you approve of the President's job performance?",
      "Outraged? So are we. Stand with Senator Hale today"
    ],
    newsletter: [
      "Sign up for The Odds Sheet, our free weekly newsletter on the business of betting",
      "Already a subscriber? Log in",
      "You've read 3 of your 5 free articles this month. Subscribe for just $1 a week.",
      "By clicking Sign up, you agree to receive marketing emails and accept our Terms of Use and Privacy Policy. You can unsubscribe at any time.",
      "SUBSCRIBE",
      "Get the morning briefing delivered to your inbox",
      "This article is for subscribers only. Unlock unlimited access for £4.99/month"
    ],
    social: [
      "Follow us on X @TheBettingDesk",
      "View this post on Instagram",
      "A post shared by Lucky Lantern Casino (@luckylanterncasino)",
      "Share this article: Facebook | WhatsApp | Email",
      "Join our Facebook group for matchday tips and chat",
      "Like us on Facebook",
      "Watch more on TikTok → @paddockwhispers"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored",
      "Paid post by SpinHarbour",
      "Promoted by Crown Reef Resorts",
      "This content was produced in partnership with BetMeadow and was not written by our newsroom.",
      "Advertisement - scroll to continue"
    ],
    affiliate: [
      "We may earn a commission if you sign up through links on this page. 21+. Gambling problem? Call 1-800-GAMBLER.",
      "Was £89.99, now £54 at Argos",
      "Check price on Amazon",
      "BUY IT: Deluxe Poker Chip Set, $39.99 at Walmart",
      "Our pick: the best sportsbook apps in 2024, ranked — we earn a referral fee from some operators",
      "Deal of the day: Texas Hold'em table topper for £24.99 (save 38%)",
      "Shop now →"
    ],
    scam: [
      "Retired teacher wins $2.7 million using this lottery 'loophole' — state officials furious",
      "Doctors stunned: this one weird trick melts belly fat overnight",
      "He put £250 into this crypto bot. What happened next will shock you",
      "20 lottery winners who lost it all — number 7 will leave you speechless",
      "Casinos hate him! Man reveals simple roulette system that never loses",
      "UK residents are claiming £1,200 compensation checks — see if you qualify",
      "Elon Musk's secret trading platform: invest just $250 and earn $1,000 daily"
    ],
    related: [
      "Read more: Regulator fines online casino £6m over affordability checks",
      "RELATED: How the Powerball jackpot grew to $1.7 billion",
      "ALSO READ - Lottery ticket bought at petrol station wins £61m EuroMillions",
      "WATCH: Inside Macau's struggling casino strip",
      "More from Business: Bank of England holds interest rates at 5.25%",
      "Recommended: The quiet rise of sports betting in college dorms",
      "You might also like - Ten cheap weekend breaks for the summer"
    ],
    app: [
      "Download our app for live odds and breaking news alerts",
      "Open in app",
      "Listen to this article",
      "0:00 / 3:21",
      "Video unavailable",
      "Turn on notifications to never miss a story. Allow / Not now",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism. Donate today.",
      "Become a member from just £5 a month",
      "We're a nonprofit newsroom. Readers like you make this reporting on the gambling industry possible.",
      "$38,450 raised of our $50,000 goal",
      "DONATE",
      "If you value independent reporting, please consider making a contribution — every dollar counts.",
      "Make a year-end gift and your donation will be matched up to $25,000"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This content is hosted by a third party (youtube.com). Allow cookies to watch.",
      "Reject all",
      "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.",
      "Embedded content blocked. Update your consent settings to view this X post."
    ]
  },
  es: {
    promo: [
      "¡Apuesta 10 € y llévate 30 € en apuestas gratis en ApuestaSol! Código: GOLAZO30",
      "SORTEAMOS 5 camisetas firmadas. Participa aquí",
      "Bono de bienvenida del 100% hasta 200 € — solo nuevos clientes. +18. Juega con responsabilidad.",
      "Consigue tu décimo de Navidad con un 10% de descuento"
    ],
    political: [
      "Firma ya: exige la dimisión del Gobierno antes de que sea tarde",
      "ENCUESTA: ¿Aprueba la gestión del presidente? Vota aquí",
      "Afíliate hoy y recibe tu carné oficial del partido",
      "Colabora con 5 euros y ayúdanos a frenar a la izquierda radical"
    ],
    newsletter: [
      "Suscríbete a nuestra newsletter y recibe cada mañana las noticias más importantes",
      "¿Ya eres suscriptor? Inicia sesión",
      "Este contenido es exclusivo para suscriptores. Suscríbete por 1 € el primer mes",
      "Al suscribirte aceptas nuestra política de privacidad y el envío de comunicaciones comerciales."
    ],
    social: [
      "Síguenos en Instagram @elbotedeldia",
      "Ver esta publicación en Instagram",
      "Una publicación compartida de Lotería El Trébol (@loteriaeltrebol)",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "La noticia continúa tras la publicidad",
      "Ofrecido por Casino Mar Azul"
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliados: si compras a través de ellos, podemos recibir una comisión.",
      "Antes 59,99 €, ahora 34,90 € en Amazon",
      "Ver oferta",
      "CÓMPRALO AQUÍ: Maletín de póker de 500 fichas por 27 € en El Corte Inglés"
    ],
    scam: [
      "Un jubilado de Valencia gana 3.000 € al día con este truco que los bancos quieren ocultar",
      "Los médicos no se lo explican: elimina el dolor de rodilla en 7 días",
      "Descubre el método que usan los ganadores de la lotería (el número 4 te sorprenderá)",
      "Invierte 250 € en esta plataforma de bitcoin y hazte rico en semanas"
    ],
    related: [
      "Lee también: Hacienda se queda con el 20% de los premios de lotería superiores a 40.000 euros",
      "Te puede interesar: La DGOJ multa a tres casas de apuestas por publicidad ilegal",
      "Más información - El Gordo de Navidad cae en un pequeño pueblo de Soria",
      "Relacionado: Los salones de juego se concentran en los barrios con menos renta"
    ],
    app: [
      "Descarga nuestra app y recibe las noticias al instante",
      "Escucha esta noticia",
      "Activa las notificaciones para no perderte nada",
      "Este vídeo no está disponible"
    ],
    donation: [
      "Apoya el periodismo independiente. Hazte socio",
      "Sin tu apoyo no podemos seguir. Haz una donación",
      "Llevamos 12.340 € de 20.000 € — ¡ayúdanos a llegar!",
      "HAZTE MECENAS"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Gestionar preferencias",
      "Nosotros y nuestros 845 socios almacenamos o accedemos a información en un dispositivo, como cookies.",
      "Este contenido de YouTube está bloqueado. Acepta las cookies de terceros para verlo."
    ]
  },
  fr: {
    promo: [
      "Pariez 10 €, recevez 100 € en paris gratuits chez ParisÉclair ! Code : BUT100",
      "JEU-CONCOURS : tentez de gagner un séjour à Monaco",
      "Profitez de -20 % sur votre grille avec le code LOTO20",
      "Offre de bienvenue : jusqu'à 150 € remboursés sur votre premier pari. Jouer comporte des risques : endettement, dépendance... Appelez le 09 74 75 13 13"
    ],
    political: [
      "SONDAGE : êtes-vous pour ou contre la réforme ? Votez maintenant",
      "Signez la pétition pour dire STOP à la hausse des impôts !",
      "Adhérez dès aujourd'hui et recevez votre carte de membre 2024",
      "Faites un don de 5 € pour soutenir notre candidat face à l'extrême gauche"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter et recevez l'essentiel de l'actualité chaque matin",
      "Déjà abonné ? Connectez-vous",
      "Cet article est réservé aux abonnés. Abonnez-vous dès 1 € le premier mois.",
      "En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité."
    ],
    social: [
      "Suivez-nous sur Facebook",
      "Voir cette publication sur Instagram",
      "Une publication partagée par Casino du Lac Bleu (@casinodulacbleu)",
      "Rejoignez notre chaîne WhatsApp pour ne rien manquer"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Proposé par TurfMax"
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission en cas d'achat.",
      "49,99 € au lieu de 79,99 € chez Fnac",
      "Voir le prix sur Amazon",
      "BON PLAN : la mallette de poker 300 jetons à 22 € seulement"
    ],
    scam: [
      "Un retraité de Lyon gagne 2 000 € par jour grâce à cette astuce que les banques détestent",
      "Les médecins sont stupéfaits : cette méthode naturelle fait fondre la graisse",
      "Ces gagnants du Loto ont tout perdu : le n°5 va vous choquer",
      "Investissez 250 € dans le bitcoin et devenez millionnaire : découvrez comment"
    ],
    related: [
      "Lire aussi : L'ANJ sanctionne un opérateur de paris sportifs pour publicité agressive",
      "À lire aussi - Euromillions : un Breton remporte 130 millions d'euros",
      "VIDÉO - Dans les coulisses du casino d'Enghien-les-Bains",
      "Sur le même sujet : Les Français ont misé un record de 10 milliards d'euros en 2023"
    ],
    app: [
      "Téléchargez l'application pour suivre l'actualité en direct",
      "Écouter cet article",
      "Activez les notifications pour recevoir nos alertes",
      "Ouvrir dans l'application"
    ],
    donation: [
      "Soutenez un journalisme indépendant : faites un don",
      "Nous sommes financés uniquement par nos lecteurs. Rejoignez-nous dès 5 € par mois.",
      "Objectif : 50 000 € — déjà 31 200 € collectés",
      "JE FAIS UN DON"
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 248 partenaires utilisons des cookies pour stocker et/ou accéder à des informations sur un appareil.",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies de X (Twitter)."
    ]
  },
  pt: {
    promo: [
      "Aposte R$ 50 e ganhe R$ 100 em apostas grátis na BetSabiá! Use o código GOLAÇO",
      "SORTEIO: concorra a um iPhone 15 seguindo nosso perfil",
      "Bônus de boas-vindas de 100% até R$ 500. Jogue com responsabilidade. +18",
      "Resgate já as suas rodadas grátis"
    ],
    political: [
      "PESQUISA: Você aprova o governo? Vote agora",
      "Assine o abaixo-assinado contra o aumento de impostos",
      "Filie-se hoje e receba sua carteirinha oficial do partido",
      "Contribua com R$ 10 e ajude a derrotar a esquerda nas eleições"
    ],
    newsletter: [
      "Cadastre-se na nossa newsletter e receba as principais notícias no seu e-mail",
      "Já é assinante? Faça login",
      "Conteúdo exclusivo para assinantes. Assine por R$ 1,90 no primeiro mês",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Siga-nos no Instagram: @apostanews",
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Lotérica Trevo da Sorte (@trevodasorte)",
      "Entre no nosso canal do WhatsApp"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Oferecido por Cassino Costa Dourada"
    ],
    affiliate: [
      "Podemos receber comissão por compras feitas através dos links desta página.",
      "De R$ 199,90 por R$ 129,90 na Amazon",
      "Confira o preço",
      "COMPRE AQUI: Kit de pôquer com 300 fichas por R$ 89"
    ],
    scam: [
      "Aposentado ganha R$ 5 mil por dia com truque que os bancos escondem",
      "Médicos ficam chocados: remédio caseiro elimina diabetes em 30 dias",
      "Ganhadores da Mega-Sena que perderam tudo: o nº 6 vai te surpreender",
      "Robô de bitcoin transforma R$ 200 em R$ 10 mil — veja como participar"
    ],
    related: [
      "Leia também: Governo regulamenta apostas esportivas e cobra outorga de R$ 30 milhões",
      "Saiba mais - Mega da Virada: prêmio acumulado chega a R$ 570 milhões",
      "VEJA TAMBÉM: Bets gastam bilhões com patrocínio no futebol brasileiro",
      "Leia mais: Casinos online batem recorde de receitas em Portugal"
    ],
    app: [
      "Baixe o nosso app e receba notícias em tempo real",
      "Ouça esta reportagem",
      "Ative as notificações",
      "Vídeo indisponível"
    ],
    donation: [
      "Apoie o jornalismo independente. Doe agora",
      "Seja membro a partir de R$ 15 por mês",
      "Meta: R$ 100 mil — já arrecadamos R$ 64 mil",
      "O nosso jornalismo depende de si. Contribua."
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerenciar preferências",
      "Nós e os nossos 512 parceiros armazenamos e/ou acedemos a informações num dispositivo, como cookies.",
      "Este conteúdo está bloqueado. Para visualizá-lo, ative os cookies de terceiros."
    ]
  },
  de: {
    promo: [
      "Jetzt 100 € Neukundenbonus bei WettFuchs sichern! Code: ANPFIFF",
      "GEWINNSPIEL: Gewinnen Sie eine Reise nach Las Vegas",
      "Mit dem Gutscheincode LOTTO15 sparen Sie 15 % auf Ihren ersten Tippschein",
      "Gratis-Freispiele abholen – nur heute!"
    ],
    political: [
      "UMFRAGE: Sind Sie mit der Bundesregierung zufrieden? Jetzt abstimmen!",
      "Jetzt Petition unterschreiben: Stoppt die Heizungs-Abzocke!",
      "Werden Sie Mitglied und holen Sie sich Ihren Parteiausweis",
      "Spenden Sie 5 Euro gegen den linken Meinungsterror"
    ],
    newsletter: [
      "Melden Sie sich für unseren Newsletter an und erhalten Sie jeden Morgen die wichtigsten Nachrichten",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Dieser Artikel ist nur für Abonnenten. Jetzt 4 Wochen für 0,99 € testen",
      "Mit Ihrer Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu. Abmeldung jederzeit möglich."
    ],
    social: [
      "Folgen Sie uns auf Instagram",
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Spielbank Seeblick (@spielbank_seeblick)",
      "Teilen: Facebook | X | WhatsApp | E-Mail"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Artikel wird nach der Anzeige fortgesetzt",
      "Gesponserter Inhalt von TippKönig"
    ],
    affiliate: [
      "Wenn Sie über diese Links einkaufen, erhalten wir eine Provision. Für Sie ändert sich der Preis nicht.",
      "Statt 69,99 € jetzt nur 39,99 € bei Otto",
      "Preis bei Amazon prüfen",
      "*Affiliate-Link"
    ],
    scam: [
      "Rentner aus Bayern verdient 3.000 € täglich mit diesem Trick – Banken sind wütend",
      "Ärzte sprachlos: Dieses Hausmittel beseitigt Gelenkschmerzen über Nacht",
      "Lottogewinner, die alles verloren haben – Nr. 8 ist unglaublich",
      "Mit nur 250 € in Bitcoin investieren und Millionär werden: So geht's"
    ],
    related: [
      "Lesen Sie auch: Glücksspielbehörde geht gegen illegale Online-Casinos vor",
      "Mehr zum Thema: Eurojackpot mit 120 Millionen Euro geknackt",
      "AUCH INTERESSANT - So viel Geld geben die Deutschen für Sportwetten aus",
      "Video: Das Ende der Spielhallen in Berlin?"
    ],
    app: [
      "Jetzt unsere App herunterladen",
      "Artikel anhören",
      "Push-Mitteilungen aktivieren und nichts verpassen",
      "Dieses Video ist leider nicht verfügbar"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus – jetzt spenden",
      "Werden Sie Mitglied ab 5 € im Monat",
      "Schon 8.420 von 10.000 Unterstützer*innen – machen Sie mit!",
      "JETZT UNTERSTÜTZEN"
    ],
    cookie: [
      "Cookies akzeptieren, um diesen Inhalt anzuzeigen",
      "Einstellungen verwalten",
      "Wir und unsere 187 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, beispielsweise auf Cookies.",
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von YouTube. Um ihn anzuzeigen, müssen Sie der Datenverarbeitung zustimmen."
    ]
  }
};
export const GENUINE = {
  en: [
    "LONDON (Reuters) - Britain's Gambling Commission fined an online operator £6.2 million on Tuesday for failing to protect vulnerable customers.",
    "The winning ticket, sold at a convenience store in Sacramento, matched all six numbers in Monday's $1.2 billion draw.",
    "\"If you think you have a gambling problem, please reach out for help,\" said Dr. Helen Marsh, who runs the NHS clinic in Leeds.",
    "Key points",
    "The operator offered free bets worth up to £500 to customers who had already self-excluded, the regulator found.",
    "Updated 14:32",
    "Police said the scam involved text messages telling victims they had won a lottery prize and needed to pay a £99 release fee.",
    "Additional reporting by Sarah Okafor in Atlantic City.",
    "What we know",
    "A petition calling for a ban on gambling sponsorship in football has gathered more than 100,000 signatures, meaning Parliament will consider it for debate.",
    "The Premier League clubs voted to remove betting logos from the front of matchday shirts from the 2026-27 season.",
    "Photo: A customer fills out a betting slip at a bookmaker in Dublin. (Reuters/Clodagh Kilcoyne)",
    "The state lottery said ticket sales through its app rose 18% last year, accounting for nearly a quarter of revenue.",
    "Analysis",
    "Under the new rules, slot stakes online will be capped at £5 per spin for adults over 25 and £2 for those aged 18 to 24.",
    "A YouGov poll found 62% of adults supported tighter limits on gambling advertising.",
    "The winner, a 58-year-old nurse from Swansea, chose not to go public and has declined all interview requests.",
    "Bookmakers had Arsenal at 11/4 to win the title before the season began.",
    "Manchester City 3, Liverpool 1",
    "The charity GambleAware, which receives donations from the industry, said the levy would provide more stable funding for treatment.",
    "Prosecutors say the men ran an unlicensed betting website that took more than $40 million in wagers on college football.",
    "He died on Sunday at his home in Las Vegas, surrounded by family. He was 81.",
    "John Reilly covers the gaming industry from Las Vegas. He previously reported for the Associated Press.",
    "Several sportsbooks were criticised on social media after promoting \"risk-free\" bets that required customers to deposit $100.",
    "The casino's loyalty scheme gave high spenders free hotel rooms, flights and concert tickets, the inquiry heard.",
    "Visitors to gambling websites must now accept cookies and verify their age before placing a bet, under the new code.",
    "The competition watchdog said it would examine whether prize draws run on social media were operating as unlicensed lotteries.",
    "SYDNEY (AFP) - Australia's federal government on Thursday announced a ban on using credit cards for online betting.",
    "\"Go to the retailer, sign the back of your ticket and call our hotline,\" the lottery director told reporters.",
    "Tickets cost £2.50 and the odds of winning the jackpot are about one in 139 million.",
    "Subscription-based fantasy sports apps are not covered by the gambling law, the attorney general's office said.",
    "Correction: An earlier version of this article misstated the size of the jackpot. It was $842 million, not $824 million.",
    "The National Lottery has raised more than £47 billion for good causes since it launched in 1994.",
    "The full report is due to be published in the spring, the department said.",
    "Macau's gross gaming revenue rose 40% year on year in August, official data showed.",
    "Players who win more than $600 must report the prize to the IRS, and the lottery withholds 24% of larger payouts.",
    "The draw will be broadcast live at 8pm, the operator said.",
    "Ministers said the new support service for problem gamblers' families would be free at the point of use.",
    "Brazil's Congress approved a bill in December to legalise and tax online sports betting.",
    "The club said in a statement that the player had apologised and would donate his £250,000 bonus to an addiction charity."
  ],
  es: [
    "MADRID (EFE) - El Gobierno aprobó este martes el real decreto que limita la publicidad de las casas de apuestas en televisión.",
    "El primer premio del Sorteo Extraordinario de Navidad, el Gordo, está dotado con 400.000 euros al décimo.",
    "Hacienda retiene un 20% de los premios superiores a 40.000 euros.",
    "\"Si tienes un problema con el juego, pide ayuda; no estás solo\", declaró la presidenta de la Federación Española de Jugadores de Azar Rehabilitados.",
    "La Guardia Civil alertó de una estafa por SMS que comunicaba falsos premios de lotería a cambio de pagar una tasa de 50 euros.",
    "Claves de la nueva ley",
    "Actualizado a las 14:32",
    "Con información de Laura Gómez desde Barcelona.",
    "Los bonos de bienvenida quedan prohibidos salvo para clientes con más de 30 días de antigüedad, según la norma.",
    "Una encuesta del CIS indica que el 70% de los españoles apoya restringir los anuncios de apuestas deportivas.",
    "En la imagen, colas frente a la administración de lotería Doña Manolita, en Madrid.",
    "Real Madrid 2 - Barcelona 1",
    "La ONCE destinó parte de la recaudación del cupón a programas de empleo para personas con discapacidad.",
    "Los vecinos recogieron más de 3.000 firmas para pedir el cierre del salón de juego junto al instituto."
  ],
  fr: [
    "PARIS (AFP) - L'Autorité nationale des jeux (ANJ) a infligé mardi une amende de 800 000 euros à un opérateur de paris en ligne.",
    "Le ticket gagnant a été validé dans un bureau de tabac de Rennes, a précisé la Française des jeux.",
    "« Si vous pensez avoir un problème avec le jeu, parlez-en », a insisté la psychiatre Marie Lenoir.",
    "Ce qu'il faut retenir",
    "Mis à jour le 12/03/2024 à 14h32",
    "Avec Julien Martin à Marseille.",
    "Une pétition réclamant l'interdiction des publicités pour les paris sportifs a recueilli plus de 60 000 signatures.",
    "Les gains aux jeux de hasard ne sont pas imposables en France pour les joueurs occasionnels.",
    "Les enquêteurs ont démantelé un réseau d'arnaque au faux gain de loterie qui visait des personnes âgées.",
    "Selon un sondage Ifop, 58 % des Français jugent excessive la publicité pour les paris en ligne.",
    "Photo : Un joueur remplit une grille de Loto dans un bar-tabac de Lille. (AFP)",
    "PSG 3 - Marseille 0",
    "Le casino a offert des nuits d'hôtel gratuites à des joueurs interdits de jeu, selon le rapport.",
    "Le ticket coûte 2,50 euros et la probabilité de remporter le jackpot est d'environ une sur 139 millions."
  ],
  pt: [
    "BRASÍLIA (Reuters) - O Ministério da Fazenda publicou nesta terça-feira a lista de empresas autorizadas a operar apostas de quota fixa no país.",
    "O prêmio da Mega-Sena acumulou e pode pagar R$ 45 milhões no próximo sorteio, segundo a Caixa.",
    "\"Se você perdeu o controle com as apostas, procure ajuda no CAPS mais próximo\", recomendou a psiquiatra Ana Ribeiro.",
    "Entenda",
    "Atualizado às 14h32",
    "Colaborou Pedro Alves, do Rio de Janeiro.",
    "A Polícia Federal investiga um esquema de golpes que prometia prêmios falsos de loteria pelo WhatsApp.",
    "Segundo pesquisa Datafolha, 15% dos brasileiros afirmam ter feito apostas esportivas no último ano.",
    "Foto: Apostadores em fila em uma lotérica no centro de São Paulo",
    "Flamengo 2 x 1 Palmeiras",
    "As novas regras proíbem que as casas de apostas ofereçam bônus de adesão a novos clientes.",
    "O bilhete premiado foi registrado em uma lotérica de Campinas, e o ganhador tem 90 dias para resgatar o prêmio.",
    "Em Portugal, o Serviço de Regulação e Inspeção de Jogos registou receitas recorde no jogo online.",
    "Parte da arrecadação das loterias é repassada à seguridade social, ao esporte e à cultura."
  ],
  de: [
    "BERLIN (dpa) - Die Gemeinsame Glücksspielbehörde der Länder hat einem Online-Casino die Erlaubnis entzogen.",
    "Der Eurojackpot war mit 120 Millionen Euro gefüllt, die Gewinnchance liegt bei etwa 1 zu 140 Millionen.",
    "„Wer merkt, dass er die Kontrolle verliert, sollte sich frühzeitig Hilfe holen“, sagte die Suchtberaterin Petra Klein.",
    "Das Wichtigste in Kürze",
    "Aktualisiert am 12.03.2024, 14:32 Uhr",
    "Mitarbeit: Thomas Berger",
    "Die Polizei warnt vor falschen Gewinnmitteilungen, bei denen Opfer vorab eine Gebühr zahlen sollen.",
    "Lottogewinne sind in Deutschland steuerfrei.",
    "Laut einer Forsa-Umfrage befürworten 64 Prozent ein Verbot von Sportwetten-Werbung im Fernsehen.",
    "Bayern München – Borussia Dortmund 4:2",
    "Foto: Ein Mann füllt in einer Lotto-Annahmestelle in Hamburg einen Tippschein aus.",
    "Der Glücksspielstaatsvertrag begrenzt die Einzahlungen bei Online-Anbietern auf 1.000 Euro im Monat.",
    "Der Gewinner aus Niedersachsen hat sich bei Lotto Niedersachsen gemeldet und bleibt anonym.",
    "Ein Teil der Lotterieeinnahmen fließt in Sport, Kultur und Denkmalschutz."
  ]
};
