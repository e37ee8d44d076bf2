// The probe's 58th batch (run.mjs --batch 58): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a year's free tuition worth £9,250 — enter our Back to Campus competition now",
      "Use code FRESHERS25 for 25% off your first StudyNest box",
      "Claim your free student railcard upgrade today →",
      "Bet £10 get £30 in free bets on the Boat Race – 18+ T&Cs apply, BeGambleAware.org",
      "GIVEAWAY",
      "Students save an extra 15% at CampusKit this weekend only. Ends midnight Sunday.",
      "Enter now for your chance to win a MacBook Air and a term's worth of textbooks!"
    ],
    political: [
      "VOTE NOW: Should tuition fees be scrapped? Tell us in our poll",
      "Chip in $5 before midnight to stop the radical takeover of our campuses",
      "Sign the petition: Defund woke universities NOW",
      "Are you outraged by what professors are teaching your kids? Add your name →",
      "Claim your official 2024 Patriot Membership Card",
      "Official Student Debt Survey — your response is requested",
      "They want to silence conservative students. Don't let them. Donate $25 today."
    ],
    newsletter: [
      "Sign up for The Campus Brief, our free weekly newsletter on higher education",
      "Already a subscriber? Log in",
      "You've read 3 of 5 free articles this month. Subscribe for £1 a week.",
      "By signing up you agree to receive emails from Varsity Media Group and accept our Privacy Policy. You can unsubscribe at any time.",
      "Get the morning briefing delivered to your inbox",
      "This article is for subscribers only",
      "Enter your email address"
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Oxford Rowing Union (@oxrowing)",
      "Follow us on X @CampusDailyNews for the latest from universities",
      "Share this article",
      "Join our Facebook group for parents of first-year students",
      "Like us on Facebook",
      "Follow @theuniversitydesk on TikTok for more"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored",
      "Paid post by Kingsbridge Online University",
      "Promoted by StudyAbroad Partners",
      "This content was produced in partnership with Halden Student Finance. The newsroom was not involved in its creation.",
      "Advertisement - scroll to continue"
    ],
    affiliate: [
      "We may earn a commission when you buy through links on our site.",
      "Was £899 now £649 at Currys",
      "Check price on Amazon",
      "BUY IT: Noise-cancelling headphones for library study, $79.99 at Best Buy",
      "Best student laptop deals this week →",
      "Our writers independently select products; if you buy something through our links, we may earn an affiliate fee.",
      "Shop the dorm essentials edit: bedding from £19 at Dunelm"
    ],
    scam: [
      "Student discovers one weird trick to wipe out loan debt — lenders hate it",
      "Professor's $250 a day crypto method stuns Harvard economists",
      "Graduates in London are getting £1,200 back — check if you qualify",
      "Doctors stunned: this brain supplement helped a student ace every exam",
      "15 Campus Photos That Will Shock You — Number 7 Is Unbelievable",
      "The new AI trading app that is making students rich overnight",
      "You could be owed thousands in mis-sold student loan compensation. Claim now in 60 seconds."
    ],
    related: [
      "Read more: Russell Group universities warn of deficits as international applications fall",
      "RELATED: Student rent strike spreads to five more cities",
      "ALSO READ - NIH grant freeze leaves labs scrambling for funds",
      "WATCH: Graduation ceremony interrupted by ducks",
      "More from Education: How to choose your first-year accommodation",
      "Recommended: The professors who turned down a pay rise",
      "You might also like - Why Gen Z is skipping lectures"
    ],
    app: [
      "Listen to this article",
      "0:00 / 3:21",
      "Open in app",
      "Download the Campus Times app for breaking news on results day",
      "Turn on notifications to get A-level results updates as they happen",
      "Video unavailable",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism",
      "Become a member from just £5 a month",
      "We're 82% of the way to our goal of 5,000 new supporters by June",
      "Student journalism costs money. Donate to keep The Quad independent.",
      "DONATE",
      "If you value our reporting on higher education, please consider making a one-off contribution today.",
      "Join 12,400 readers who fund our newsroom"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This embed is blocked because you have not consented to third-party cookies.",
      "Reject all",
      "To view this video, please enable Targeting Cookies.",
      "Cookie settings"
    ]
  },
  es: {
    promo: [
      "¡Participa y gana una matrícula gratis para el curso 2025-2026!",
      "Código UNI20: 20% de descuento en tu primer pedido de apuntes",
      "SORTEO: una tablet para volver a clase",
      "Apuesta 10 € y llévate 50 € en apuestas gratis. +18. Juega con responsabilidad."
    ],
    political: [
      "VOTA YA: ¿Deben desaparecer las becas para estudiantes extranjeros?",
      "Firma la petición para frenar el adoctrinamiento en las aulas",
      "Hazte afiliado y recibe tu carné oficial del partido",
      "¿Indignado con el Gobierno? Dona 5 euros ahora"
    ],
    newsletter: [
      "Suscríbete a nuestro boletín de Educación y recíbelo cada lunes",
      "¿Ya eres suscriptor? Inicia sesión",
      "Este contenido es exclusivo para suscriptores",
      "Al registrarte aceptas la política de privacidad y el tratamiento de tus datos con fines comerciales."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Universidad de Salamanca (@usal)",
      "Síguenos en X y en Facebook",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "La noticia continúa debajo del anuncio",
      "Ofrecido por Escuela Global de Negocios"
    ],
    affiliate: [
      "Este artículo incluye enlaces de afiliados; podemos recibir una comisión por tus compras.",
      "Antes 799 €, ahora 599 € en El Corte Inglés",
      "Ver precio en Amazon",
      "COMPRAR"
    ],
    scam: [
      "Un estudiante de Valencia gana 3.000 € al mes con este método que los bancos quieren ocultar",
      "Médicos sorprendidos: esta pastilla mejora la memoria antes de los exámenes",
      "El truco para aprobar sin estudiar que arrasa en las universidades",
      "Inversión en bitcoin: el profesor que se hizo millonario en 30 días"
    ],
    related: [
      "Lee también: Las universidades públicas reclaman 1.000 millones más de financiación",
      "TE PUEDE INTERESAR - La prueba de Matemáticas de la EBAU, la más difícil en años",
      "Más información: Así será el nuevo sistema de becas",
      "Noticia relacionada: Los alquileres para estudiantes suben un 12%"
    ],
    app: [
      "Escuchar noticia",
      "Descarga la app y recibe las notas de corte al instante",
      "Activa las notificaciones",
      "00:00 / 02:45"
    ],
    donation: [
      "Apoya el periodismo independiente",
      "Hazte socio desde 6 € al mes",
      "Con tu aportación hacemos posible esta información",
      "DONA AHORA"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 847 socios almacenamos información en tu dispositivo.",
      "Este contenido de YouTube está bloqueado por tu configuración de privacidad."
    ]
  },
  fr: {
    promo: [
      "JEU CONCOURS : tentez de gagner un ordinateur portable pour la rentrée",
      "Code ETUDIANT15 : -15 % sur votre abonnement",
      "Offre de bienvenue : 100 € de paris offerts. Jouer comporte des risques.",
      "Profitez de l'offre étudiante à 1 € le premier mois"
    ],
    political: [
      "SONDAGE : Faut-il supprimer Parcoursup ? Votez maintenant",
      "Signez la pétition contre l'islamo-gauchisme à l'université",
      "Adhérez et recevez votre carte de membre 2025",
      "Faites un don de 10 € pour sauver nos valeurs"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Éducation",
      "Déjà abonné ? Se connecter",
      "Cet article est réservé aux abonnés",
      "En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Sciences Po (@sciencespo)",
      "Suivez-nous sur Facebook, X et LinkedIn",
      "Partager sur WhatsApp"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "Article proposé par un partenaire",
      "La suite après cette publicité"
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous touchons une commission en cas d'achat.",
      "Voir l'offre chez Fnac",
      "699 € au lieu de 899 € sur Cdiscount",
      "Les meilleurs bons plans pour la rentrée étudiante"
    ],
    scam: [
      "Un étudiant de Lyon gagne 400 € par jour grâce à cette astuce",
      "Les médecins n'en reviennent pas : ce complément booste la mémoire",
      "Ce placement crypto fait fureur chez les jeunes diplômés",
      "Vous avez droit à une indemnité de 1 500 € ? Vérifiez ici"
    ],
    related: [
      "À lire aussi : Les universités françaises face au casse-tête budgétaire",
      "LIRE AUSSI - Logement étudiant : la crise s'aggrave à Paris",
      "Sur le même sujet : Bac 2025, les résultats académie par académie",
      "VIDÉO - La cérémonie de remise des diplômes perturbée par des manifestants"
    ],
    app: [
      "Écouter cet article",
      "Téléchargez l'application pour ne rien manquer",
      "Activer les notifications",
      "Lecture en cours 00:00"
    ],
    donation: [
      "Soutenez une information indépendante",
      "Faites un don — défiscalisable à 66 %",
      "Devenez membre",
      "Objectif : 2 000 donateurs. Déjà 1 342 !"
    ],
    cookie: [
      "Accepter les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 215 partenaires stockons et accédons à des informations sur votre appareil.",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "PROMOÇÃO: concorra a uma bolsa de estudos integral",
      "Use o cupom CALOURO10 e ganhe 10% de desconto",
      "Aposte R$ 20 e ganhe R$ 100 em bônus. Proibido para menores de 18 anos.",
      "Ganhe já o seu kit universitário grátis!"
    ],
    political: [
      "ENQUETE: Você é a favor das cotas nas universidades? Vote agora",
      "Assine o abaixo-assinado contra a doutrinação nas escolas",
      "Filie-se e receba sua carteirinha de membro",
      "Contribua com R$ 10 para a nossa campanha"
    ],
    newsletter: [
      "Receba a newsletter de Educação no seu e-mail",
      "Já é assinante? Faça login",
      "Conteúdo exclusivo para assinantes",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por USP (@usp.oficial)",
      "Siga-nos no Instagram e no TikTok",
      "Entre no nosso canal do WhatsApp"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Oferecido por Faculdade Horizonte"
    ],
    affiliate: [
      "Podemos receber comissão pelas compras feitas através dos links desta página.",
      "De R$ 3.499 por R$ 2.799 na Amazon",
      "Ver preço",
      "Confira as melhores ofertas de notebooks para estudantes"
    ],
    scam: [
      "Universitária de Campinas fatura R$ 5 mil por mês com método secreto",
      "Médicos chocados: cápsula aumenta a concentração em 300%",
      "Robô de investimentos faz estudantes ganharem dinheiro dormindo",
      "Veja se você tem dinheiro esquecido para receber — consulte agora"
    ],
    related: [
      "Leia também: Universidades federais enfrentam corte de verbas",
      "VEJA TAMBÉM - Fies abre inscrições para o segundo semestre",
      "LEIA MAIS: Enem 2025 tem data definida",
      "Saiba mais: Estudantes protestam contra aumento das propinas em Lisboa"
    ],
    app: [
      "Ouvir notícia",
      "Baixe o app e receba alertas do Enem",
      "Ative as notificações",
      "Vídeo indisponível"
    ],
    donation: [
      "Apoie o jornalismo independente",
      "Seja membro a partir de R$ 9,90",
      "Faça uma doação",
      "Ajude-nos a chegar a 10 mil apoiadores"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerenciar preferências",
      "Nós e os nossos 240 parceiros armazenamos informações no seu dispositivo.",
      "Este conteúdo foi bloqueado. Ative os cookies de terceiros para visualizá-lo."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Gewinnen Sie ein Semesterticket für ein Jahr!",
      "Mit dem Code STUDI20 sparen Sie 20 Prozent",
      "Jetzt 100 € Wettbonus sichern – 18+, Glücksspiel kann süchtig machen.",
      "Gratis-Laptop für Erstsemester? Jetzt teilnehmen"
    ],
    political: [
      "UMFRAGE: Soll Gendern an Unis verboten werden? Jetzt abstimmen!",
      "Jetzt Petition unterschreiben: Schluss mit Zwangsgebühren",
      "Werden Sie Mitglied und erhalten Sie Ihren Parteiausweis",
      "Spenden Sie 5 Euro gegen die links-grüne Hochschulpolitik"
    ],
    newsletter: [
      "Jetzt Newsletter abonnieren",
      "Bereits Abonnent? Hier anmelden",
      "Lesen Sie weiter mit Ihrem Digital-Abo – 4 Wochen für 1 €",
      "Mit der Anmeldung willigen Sie in den Erhalt des Newsletters ein. Abmeldung jederzeit möglich."
    ],
    social: [
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von TU München (@tu.muenchen)",
      "Folgen Sie uns auf Facebook",
      "Artikel teilen"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Gesponserter Inhalt",
      "Artikel wird nach der Anzeige fortgesetzt"
    ],
    affiliate: [
      "Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine Provision.",
      "Statt 1.099 € jetzt nur 849 € bei MediaMarkt",
      "Zum Angebot",
      "Preis bei Amazon prüfen"
    ],
    scam: [
      "Student aus Köln verdient 2.000 Euro pro Woche – mit diesem Trick",
      "Ärzte sprachlos: Dieses Mittel steigert die Konzentration",
      "Bitcoin-System: Professor packt aus",
      "Haben Sie Anspruch auf 900 Euro Entschädigung? Jetzt prüfen"
    ],
    related: [
      "Lesen Sie auch: Hochschulen schlagen wegen Kürzungen Alarm",
      "Mehr zum Thema: BAföG-Reform – was sich für Studierende ändert",
      "AUCH INTERESSANT - Wohnungsnot: Studenten schlafen in Turnhallen",
      "Video: Exzellenzstrategie – diese Unis haben gewonnen"
    ],
    app: [
      "Artikel vorlesen lassen",
      "Jetzt in der App lesen",
      "Push-Benachrichtigungen aktivieren",
      "Audio wird geladen"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt spenden",
      "Werden Sie Teil unserer Community – schon ab 5 € im Monat",
      "Noch 320 Unterstützer bis zu unserem Ziel"
    ],
    cookie: [
      "Cookies akzeptieren, um diesen Inhalt anzuzeigen",
      "Einstellungen verwalten",
      "Wir und unsere 189 Partner speichern Informationen auf Ihrem Gerät.",
      "Externer Inhalt: An dieser Stelle finden Sie einen Beitrag von X. Zum Anzeigen müssen Sie zustimmen."
    ]
  }
};

export const GENUINE = {
  en: [
    "The university said tuition would rise to £9,535 a year from September, the first increase since 2017.",
    "Applicants from low-income households will receive free accommodation in their first year under the new scheme, the university said.",
    "More than 12,000 people have signed a petition calling on the vice-chancellor to reverse the cuts.",
    "\"Sign the open letter and tell your MP what these cuts mean,\" said Priya Nair, president of the students' union.",
    "Additional reporting by Sarah Okafor in Manchester.",
    "BOSTON (AP) — Harvard University said Monday it would sue the federal government over the freeze of $2.2 billion in research grants.",
    "Updated 14:32 BST",
    "Key points",
    "What we know so far",
    "Analysis",
    "Graduates throw their caps in the air outside the Sheldonian Theatre in Oxford. Photograph: Tom Hale/PA",
    "The app, developed by two computer science undergraduates, has been downloaded more than 40,000 times since its launch in March.",
    "Police said at least 30 students had lost a combined £85,000 to a scam in which fraudsters posed as immigration officials.",
    "The alumnus donated $50 million to the medical school, the largest single gift in its history.",
    "In a poll of 2,000 students by the Higher Education Policy Institute, 58% said they had cut back on food to pay rent.",
    "Professor Margaret Ellis, who has died aged 84, led the department of physics for two decades and championed women in science.",
    "Durham beat Loughborough 3-1 in the BUCS Premier North final on Wednesday.",
    "Emma Clarke is our education correspondent. She previously reported on science policy for regional newspapers.",
    "The competition, open to PhD students in all disciplines, awards a £5,000 prize for the best three-minute thesis presentation.",
    "The National Science Foundation said it had terminated more than 1,000 grants, citing a change in agency priorities.",
    "Subscriptions to academic journals cost the university library £4.2m last year, an increase of 9%.",
    "The union urged members to vote in favour of strike action in the ballot, which closes on 14 November.",
    "Students interviewed said they first learned of the course closures through a post on the university's Instagram account.",
    "The offer of a place is conditional on achieving AAB at A-level, the admissions office confirmed.",
    "Free period products will be available in all campus bathrooms from next term, the university announced.",
    "\"Don't ignore the email — check your student finance account today,\" the Student Loans Company warned, after a rise in phishing messages.",
    "The university's two winners of this year's teaching excellence awards were announced at a ceremony on Thursday.",
    "A spokesperson said the university does not use tracking cookies on its application portal and had complied with data protection law.",
    "Rents in purpose-built student accommodation now average £180 a week, up from £147 three years ago, according to the report.",
    "The researchers, whose work was funded by a £2.3m grant from the Wellcome Trust, published their findings in the journal Nature.",
    "The hardship fund offers grants of up to £1,500 to students who can show financial need.",
    "Tuesday 8 October 2024 06:00 BST",
    "LONDON (Reuters) - British universities face a funding gap of £1.6 billion next year, the sector regulator said on Thursday.",
    "She said she had applied for 40 graduate schemes and received one interview.",
    "The university's annual giving campaign raised £3.1m from 8,400 alumni, down from £3.6m the year before.",
    "What happens next?",
    "The video, which was viewed more than two million times on TikTok, shows students queuing for hours outside a food bank.",
    "Correction: An earlier version of this article misstated the number of international students enrolled at the university.",
    "Northgate University said it would offer voluntary redundancy to 120 staff.",
    "\"Apply now, even if you think you won't get in,\" said Dr Amara Osei, who runs the outreach programme for state school pupils."
  ],
  es: [
    "MADRID (EFE) — Las universidades públicas madrileñas denunciaron este lunes un déficit de financiación de 200 millones de euros.",
    "La matrícula costará 1.200 euros por curso, un 5% más que el año pasado, según la consejería.",
    "Más de 30.000 personas han firmado una petición en Change.org para exigir la rebaja de las tasas.",
    "«Id a votar en las elecciones al claustro, vuestra voz cuenta», pidió la rectora en un correo a los estudiantes.",
    "Con información de Laura Gómez desde Barcelona.",
    "Actualizado a las 14:32",
    "Claves de la reforma",
    "Estudiantes celebran su graduación en el patio de la Universidad de Salamanca. Foto: EFE",
    "La Policía alerta de una estafa que ofrece falsas becas a cambio de una cuota de inscripción de 90 euros.",
    "El mecenas donó cinco millones de euros para crear un centro de investigación en enfermedades raras.",
    "La aplicación, creada por tres alumnos de Ingeniería, permite encontrar sitio libre en la biblioteca.",
    "Según una encuesta de la propia universidad, el 64% de los alumnos compagina los estudios con un trabajo.",
    "El catedrático, fallecido este domingo a los 79 años, dirigió durante dos décadas el departamento de Historia Medieval.",
    "El equipo universitario ganó la final por 78-65 y se proclamó campeón de España."
  ],
  fr: [
    "PARIS (AFP) - Les présidents d'université ont alerté jeudi sur un « trou budgétaire » de plusieurs centaines de millions d'euros.",
    "Les frais d'inscription en licence augmenteront de 3 euros à la rentrée, selon un arrêté publié au Journal officiel.",
    "Une pétition demandant la gratuité des protections périodiques sur les campus a recueilli plus de 20 000 signatures.",
    "« Allez voter aux élections étudiantes, c'est maintenant que tout se joue », a lancé la présidente du syndicat devant l'amphithéâtre.",
    "Avec notre correspondante à Lyon, Claire Martin.",
    "Mis à jour le 12 septembre à 16h05",
    "Ce qu'il faut retenir",
    "Des étudiants font la queue lors d'une distribution alimentaire gratuite à Nanterre, le 3 octobre. Photo : Stéphane Durand",
    "Des escrocs se faisant passer pour la CAF ont soutiré plusieurs centaines d'euros à des étudiants en quête d'une aide au logement.",
    "Le repas au restaurant universitaire reste à 1 euro pour les étudiants boursiers.",
    "L'application, gratuite, recense en temps réel les places disponibles dans les bibliothèques universitaires.",
    "Le chercheur, décédé à l'âge de 81 ans, avait reçu la médaille d'argent du CNRS.",
    "Selon une enquête publiée mardi, 42 % des étudiants déclarent avoir déjà renoncé à un repas faute d'argent.",
    "Le laboratoire a remporté un financement de 2,5 millions d'euros du Conseil européen de la recherche."
  ],
  pt: [
    "SÃO PAULO (Reuters) - As universidades federais terão um corte de R$ 300 milhões no orçamento deste ano, informou o Ministério da Educação.",
    "A mensalidade do curso de Medicina chega a R$ 12 mil em algumas faculdades particulares.",
    "Um abaixo-assinado pedindo a volta do restaurante universitário reuniu mais de 15 mil assinaturas.",
    "\"Não caiam em golpes: a universidade nunca cobra taxa para conceder bolsas\", alertou a pró-reitora em nota.",
    "Colaborou Ana Beatriz Souza, do Rio de Janeiro.",
    "Atualizado às 14h32",
    "Entenda",
    "Estudantes comemoram a aprovação no vestibular em frente ao campus da Unicamp. Foto: Divulgação",
    "A polícia investiga um golpe em que falsos recrutadores ofereciam estágios em troca de depósitos via Pix.",
    "O ex-aluno doou R$ 20 milhões para a construção de um novo laboratório de inteligência artificial.",
    "O aplicativo, desenvolvido por alunos de Engenharia, já foi baixado mais de 50 mil vezes.",
    "O professor, que morreu aos 87 anos, lecionou durante quatro décadas na Universidade de Coimbra.",
    "As propinas nas universidades públicas portuguesas mantêm-se em 697 euros por ano.",
    "A seleção universitária venceu por 3 a 1 e garantiu a vaga na final dos Jogos Universitários Brasileiros."
  ],
  de: [
    "BERLIN (dpa) - Die Hochschulrektorenkonferenz fordert von Bund und Ländern mehr Geld für die Sanierung maroder Hörsäle.",
    "Der BAföG-Höchstsatz liegt seit dem Wintersemester 2024/25 bei 992 Euro im Monat.",
    "Mehr als 40.000 Menschen haben eine Online-Petition gegen Studiengebühren für Nicht-EU-Ausländer unterschrieben.",
    "„Geht wählen, das Studierendenparlament entscheidet über euer Geld“, sagte die AStA-Vorsitzende bei der Vollversammlung.",
    "Mitarbeit: Jonas Weber",
    "Aktualisiert am 12.03.2025, 14:32 Uhr",
    "Das Wichtigste in Kürze",
    "Studierende in der überfüllten Mensa der Universität Leipzig. Foto: Max Berger/dpa",
    "Die Polizei warnt vor Betrügern, die sich am Telefon als Mitarbeiter des Studierendenwerks ausgeben.",
    "Die Stiftung spendet der Universität zehn Millionen Euro für einen neuen Lehrstuhl für Klimaforschung.",
    "Ein Zimmer im Studentenwohnheim kostet in München inzwischen durchschnittlich 720 Euro warm.",
    "Die App der Universität zeigt freie Arbeitsplätze in der Bibliothek an und wurde bereits 25.000 Mal heruntergeladen.",
    "Der Physiker, der am Sonntag im Alter von 88 Jahren starb, lehrte mehr als 30 Jahre in Heidelberg.",
    "Im Finale der Deutschen Hochschulmeisterschaft setzte sich Münster mit 2:1 gegen Karlsruhe durch."
  ]
};
