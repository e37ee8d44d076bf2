// The probe's 79th batch (run.mjs --batch 79): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a pair of Velocita Pro carbon racing shoes worth £220 — enter by midnight Sunday",
      "Use code STRIDE20 for 20% off your first order at PacePoint",
      "Claim your free 16-week marathon training plan now",
      "Bet £10 on the marathon winner, get £30 in free bets. 18+ T&Cs apply. BeGambleAware.org",
      "COMPETITION",
      "Enter our prize draw to win a Ridgeline Aero road bike →",
      "Limited offer: 3 months of CadenceClub Premium for just £1"
    ],
    political: [
      "VOTE NOW: Should the Prime Minister resign? Click YES or NO",
      "Sign the petition: Stop the war on motorists",
      "Chip in $5 before midnight to stop the radical left's agenda",
      "OFFICIAL POLL: Do you approve of the job the President is doing?",
      "Claim your Patriot Membership Card — only 500 left",
      "They want to ban your car. Tell them NO today.",
      "Add your name: demand Congress defund the bike lane lobby"
    ],
    newsletter: [
      "Sign up for The Long Run, our free weekly running newsletter",
      "Already a subscriber? Log in",
      "You've reached your limit of free articles this month.",
      "By signing up, you agree to our Privacy Policy and Terms of Use. You may unsubscribe at any time.",
      "Subscribe for £1 a week",
      "Get the Breakaway briefing in your inbox every Tuesday",
      "SUBSCRIBE TO CONTINUE READING"
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Tarmac Tales (@tarmactales)",
      "Follow us on X @RunnersDailyUK",
      "Join our Facebook group: Marathon Mums & Dads",
      "Share this article",
      "Like us on Facebook",
      "Share on WhatsApp Share on Facebook Share on X"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Sponsored",
      "Story continues below advertisement",
      "Paid post",
      "Promoted by Kinetix Sports Nutrition",
      "This content was produced in partnership with Velora Cycling and does not reflect the views of our editorial team.",
      "Advertisement - scroll to continue"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Was £149.99, now £89 at Runhaus",
      "Check price on Amazon",
      "BUY IT: Tempo Glide 3 running shoes, $130, strideworks.com",
      "£34.99 at Spokesmith",
      "Today's best deal: ZipTrack GPS watch — save 40%",
      "Prices correct at time of publishing. As an Amazon Associate we earn from qualifying purchases."
    ],
    scam: [
      "Doctors stunned: this 10-second knee trick ends joint pain for runners",
      "Marathon runner turned £250 into £41,000 with this crypto app — banks furious",
      "Cyclists over 50 are doing this one weird thing before bed",
      "15 celebrities who ran marathons — number 7 will shock you",
      "You may be owed £2,300 in compensation. Check if you qualify",
      "Cardiologist: 'Stop eating this fruit if you run'",
      "This new AI trading platform is making ordinary Britons rich"
    ],
    related: [
      "Read more: Record field of 56,000 set for Sunday's marathon",
      "RELATED: Why so many amateur cyclists are quitting clipless pedals",
      "WATCH: Rider crashes into barrier metres from finish line",
      "More from Sport: Stage 9 abandoned after protest on mountain road",
      "Recommended: The 12 best running jackets for winter",
      "You might also like - How to pace your first half-marathon",
      "ALSO READ - Council approves new cycle superhighway despite objections"
    ],
    app: [
      "Listen to this article",
      "Open in app",
      "Download the Sports Daily app for live race tracking",
      "0:00 / 3:21",
      "Video unavailable",
      "Turn on notifications to get breaking sports news",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism: donate from just £2",
      "Become a member",
      "We're 73% of the way to our goal of 5,000 supporters this month",
      "Independent sports reporting isn't free. If you value it, please consider a contribution today.",
      "DONATE",
      "Give monthly and help keep this site free for everyone",
      "Readers like you make this reporting possible. Support us →"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device",
      "This Strava embed is blocked because you have not consented to third-party cookies.",
      "Allow all",
      "Content from YouTube is not displayed due to your cookie settings. Enable to watch.",
      "Reject non-essential cookies"
    ]
  },
  es: {
    promo: [
      "¡SORTEAMOS un dorsal para el Maratón de Valencia! Participa aquí",
      "Código RODAR15: 15% de descuento en toda la tienda Pedalia",
      "Apuesta 10 € y llévate 50 € en apuestas gratis. +18. Juega con responsabilidad.",
      "Consigue gratis tu plan de entrenamiento para la media maratón"
    ],
    political: [
      "VOTA YA: ¿Debe dimitir el presidente del Gobierno?",
      "Firma la petición: ¡No a la ley que criminaliza a los conductores!",
      "Hazte afiliado y recibe tu carné oficial del partido",
      "Colabora con 5 € para frenar la agenda de la izquierda radical"
    ],
    newsletter: [
      "Suscríbete a nuestra newsletter de running y recibe cada viernes lo mejor de la semana",
      "¿Ya eres suscriptor? Inicia sesión",
      "Has alcanzado el límite de artículos gratuitos este mes",
      "Al suscribirte aceptas nuestra política de privacidad y el envío de comunicaciones comerciales."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida de Rutas en Bici (@rutasenbici_)",
      "Síguenos en X: @CorredoresHoy",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "La noticia continúa tras la publicidad",
      "Ofrecido por Hidrata+ Sport"
    ],
    affiliate: [
      "Si compras a través de nuestros enlaces, podemos recibir una comisión.",
      "Antes 129,99 €, ahora 79,95 € en Zancada Shop",
      "Ver precio en Amazon",
      "CÓMPRALO AQUÍ"
    ],
    scam: [
      "Los médicos no se lo explican: el truco para eliminar el dolor de rodilla en 7 días",
      "Un maratoniano de Murcia gana 3.000 € al día con esta plataforma de inversión",
      "Así están hoy los ciclistas más famosos de los 90. El número 6 te sorprenderá",
      "Te deben hasta 1.200 € de indemnización: comprueba si tienes derecho"
    ],
    related: [
      "Lee también: La Vuelta presenta un recorrido con ocho llegadas en alto",
      "MÁS INFORMACIÓN - El ayuntamiento amplía el carril bici de la Castellana",
      "Te puede interesar: Cinco errores que cometes al preparar tu primer maratón",
      "VÍDEO: Un corredor ayuda a su rival a cruzar la meta"
    ],
    app: [
      "Escuchar noticia",
      "Descarga la app y sigue la carrera en directo",
      "Activa las notificaciones para no perderte nada",
      "00:00 / 02:47"
    ],
    donation: [
      "Apoya el periodismo independiente. Hazte socio",
      "Colabora desde 3 € al mes",
      "Este periódico lo pagan sus lectores. Únete",
      "Ya somos 12.480 socios. ¡Ayúdanos a llegar a 15.000!"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 248 socios almacenamos o accedemos a información en un dispositivo",
      "Este contenido de YouTube está bloqueado. Acepta las cookies de terceros para verlo."
    ]
  },
  fr: {
    promo: [
      "JEU-CONCOURS : gagnez un vélo de route Ventoux Élite d'une valeur de 2 400 €",
      "-20 % avec le code FOULEE20 sur tout le site",
      "Pariez 10 €, recevez 100 € en paris gratuits ! Jouer comporte des risques : endettement, isolement...",
      "Offre spéciale : votre dossard pour le semi-marathon à moitié prix"
    ],
    political: [
      "SONDAGE : Êtes-vous pour ou contre la démission du gouvernement ? Votez maintenant",
      "Signez la pétition contre la folie anti-voiture des maires écolos",
      "Adhérez dès aujourd'hui et recevez votre carte de membre 2025",
      "Ils veulent vous taxer encore plus. Dites STOP maintenant !"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Running et recevez chaque semaine nos conseils",
      "Déjà abonné ? Se connecter",
      "Cet article est réservé aux abonnés",
      "En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Les Rouleurs du Dimanche (@rouleursdudimanche)",
      "Suivez-nous sur Facebook",
      "Rejoignez notre communauté de coureurs sur Strava"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "Article proposé par Nutrisport et rédigé par nos partenaires. La rédaction n'a pas participé à sa réalisation.",
      "La suite après cette publicité"
    ],
    affiliate: [
      "Cet article contient des liens d'affiliation : nous pouvons percevoir une commission en cas d'achat.",
      "149,99 € au lieu de 199,99 € chez Cycles Dumas",
      "Voir l'offre",
      "Meilleur prix : 89 € sur Amazon"
    ],
    scam: [
      "Un cardiologue révèle : « Arrêtez de manger ce légume si vous courez »",
      "Ce retraité de Lyon gagne 4 000 € par mois grâce au bitcoin, sans rien faire",
      "Les médecins détestent cette astuce pour perdre du ventre en pédalant",
      "Vous avez droit à un remboursement de 450 € : vérifiez votre éligibilité"
    ],
    related: [
      "À lire aussi : Tour de France : le parcours dévoilé, avec trois arrivées au sommet",
      "LIRE AUSSI - Marathon de Paris : les rues fermées à la circulation dimanche",
      "VIDÉO - Un cycliste percuté par une moto suiveuse",
      "Sur le même sujet : Pourquoi le vélotaf explose dans les grandes villes"
    ],
    app: [
      "Écouter cet article",
      "Téléchargez l'application pour suivre la course en direct",
      "Lecture audio générée automatiquement",
      "Cette vidéo n'est pas disponible"
    ],
    donation: [
      "Soutenez une information indépendante : faites un don",
      "Je fais un don",
      "Objectif : 2 000 donateurs. Déjà 1 340 !",
      "Votre don est déductible à 66 % de vos impôts"
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nos 847 partenaires et nous-mêmes stockons et/ou accédons à des informations sur un appareil",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "SORTEIO: ganhe uma bicicleta Trilha X9 e um kit completo de ciclismo!",
      "Use o cupom CORRE10 e ganhe 10% OFF na primeira compra",
      "Aposte R$ 20 e ganhe R$ 100 em apostas grátis. Jogue com responsabilidade. 18+",
      "Garanta já sua inscrição com desconto: só até domingo!"
    ],
    political: [
      "VOTE AGORA: Você aprova o governo atual? Responda a enquete",
      "Assine o abaixo-assinado contra o aumento de impostos!",
      "Filie-se e receba sua carteirinha de membro oficial",
      "Eles querem acabar com o seu carro. Compartilhe antes que apaguem!"
    ],
    newsletter: [
      "Cadastre-se e receba a newsletter Pé na Estrada toda semana",
      "Já é assinante? Faça login",
      "Assine por R$ 1,90 no primeiro mês e continue lendo",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Pedal Urbano (@pedalurbano)",
      "Siga a gente no Instagram: @corridaemfoco",
      "Entre no nosso grupo do Telegram"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua depois da publicidade",
      "Oferecido por Energix Gel"
    ],
    affiliate: [
      "Podemos receber comissão pelas compras feitas através dos links desta página.",
      "De R$ 899,90 por R$ 549,90 na Passada Store",
      "Ver preço na Amazon",
      "Compre aqui com frete grátis"
    ],
    scam: [
      "Médicos ficam chocados: corredor de 62 anos elimina dor no joelho com truque caseiro",
      "Ciclista de Curitiba fatura R$ 5 mil por dia com robô de investimento",
      "Você tem indenização a receber? Consulte agora seu CPF e saque hoje",
      "Veja como estão hoje os atletas da Olimpíada de 1996. O número 4 vai te surpreender"
    ],
    related: [
      "Leia também: Maratona do Rio tem recorde de inscritos",
      "LEIA MAIS - Prefeitura inaugura nova ciclovia na Zona Sul",
      "Veja também: Como escolher o tênis certo para sua primeira corrida",
      "Saiba mais: São Silvestre terá mudança no percurso"
    ],
    app: [
      "Ouvir notícia",
      "Baixe o app e acompanhe a prova ao vivo",
      "Ative as notificações e receba alertas de última hora",
      "Este vídeo não está disponível"
    ],
    donation: [
      "Apoie o jornalismo independente",
      "Faça uma doação a partir de R$ 10",
      "Seja membro e ajude a manter este site no ar",
      "Meta do mês: 68% alcançada"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 194 parceiros armazenamos e/ou acedemos a informações num dispositivo",
      "Este conteúdo do YouTube está bloqueado devido às suas preferências de cookies."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Jetzt ein Gravelbike von Alpenrad im Wert von 2.999 Euro gewinnen!",
      "Mit dem Code LAUF15 sparen Sie 15 % im Shop",
      "Wette 10 € und erhalte 50 € Bonus! 18+ | Glücksspiel kann süchtig machen.",
      "Jetzt gratis Trainingsplan für Ihren ersten Marathon sichern"
    ],
    political: [
      "UMFRAGE: Sollte die Bundesregierung zurücktreten? Jetzt abstimmen!",
      "Jetzt Petition unterschreiben: Stoppt den Fahrverbots-Wahnsinn!",
      "Werden Sie Mitglied und erhalten Sie Ihren persönlichen Parteiausweis",
      "Schon 5 Euro helfen, die Ideologen in Berlin zu stoppen"
    ],
    newsletter: [
      "Jetzt den Laufsport-Newsletter abonnieren – jeden Donnerstag kostenlos",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Weiterlesen mit PLUS – 4 Wochen für 0,99 €",
      "Mit Ihrer Anmeldung stimmen Sie unseren Datenschutzhinweisen zu. Abmeldung jederzeit möglich."
    ],
    social: [
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Radsport Nord (@radsportnord)",
      "Folgen Sie uns auf Facebook und Instagram",
      "Artikel teilen"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Gesponserter Inhalt",
      "Dieser Artikel entstand in Kooperation mit Bergsprint Sportnahrung."
    ],
    affiliate: [
      "Wir erhalten eine Provision, wenn Sie über die mit * gekennzeichneten Links einkaufen.",
      "Statt 179,99 € jetzt nur 119 € bei Laufwerk24",
      "Preis bei Amazon prüfen",
      "Hier kaufen*"
    ],
    scam: [
      "Ärzte sprachlos: Dieser Trick beendet Knieschmerzen bei Läufern",
      "Hamburger Radfahrer verdient 1.800 € am Tag mit dieser Krypto-Plattform",
      "Sie haben Anspruch auf bis zu 600 € Entschädigung – jetzt prüfen",
      "So sehen die Tour-Stars von 1997 heute aus – Nummer 5 ist kaum wiederzuerkennen"
    ],
    related: [
      "Lesen Sie auch: Berlin-Marathon meldet Teilnehmerrekord",
      "Mehr zum Thema: Warum immer mehr Städte Pop-up-Radwege dauerhaft einrichten",
      "Auch interessant – Die besten Laufschuhe für den Winter im Test",
      "VIDEO: Sturz im Zielsprint – Fahrer kommt mit Prellungen davon"
    ],
    app: [
      "Artikel vorlesen lassen",
      "In der App öffnen",
      "Push-Benachrichtigungen aktivieren",
      "0:00 / 4:12"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt spenden",
      "Schon 3.412 Unterstützer*innen – helfen Sie uns, 5.000 zu erreichen!",
      "Werden Sie Mitglied ab 5 Euro im Monat"
    ],
    cookie: [
      "Externe Inhalte aktivieren",
      "Cookie-Einstellungen",
      "Wir und unsere 221 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu",
      "An dieser Stelle finden Sie einen externen Inhalt von YouTube. Um ihn anzuzeigen, stimmen Sie bitte der Datenverarbeitung zu."
    ]
  }
};

export const GENUINE = {
  en: [
    "LONDON (Reuters) - More than 53,000 runners crossed the finish line on The Mall on Sunday, a record for the event.",
    "Entry to the 10km fun run is free for under-16s, organisers said.",
    "Updated 14:32",
    "Key points",
    "What we know",
    "Analysis",
    "The winner, 24-year-old Amina Loko, finished in 2:21:08, almost a minute clear of the field.",
    "More than 12,000 people have signed a petition calling on the council to reinstate the closed cycle lane.",
    "Race entries cost £72 this year, up from £58 in 2022, prompting complaints from club runners.",
    "\"Please, if you're feeling unwell on the day, don't start the race,\" said medical director Dr Helen Marsh.",
    "Charity runners raised an estimated £73 million, according to the organisers.",
    "Police warned that fake resale listings for race places had been circulating on Facebook.",
    "Additional reporting by Tom Ellery in Manchester",
    "Riders climb through the fog on the ninth stage of the race. Photograph: Marco Bellini/Getty Images",
    "The official tracking app, which showed runners' positions in real time, crashed for nearly an hour after the start.",
    "1. Jonas Vik (NOR) 4hr 12min 03sec, 2. Luca Ferri (ITA) +0:14, 3. Tom Haldane (GBR) +0:22",
    "She is survived by her husband, two daughters and the running club she founded in 1987.",
    "Sarah Keller is a sports correspondent who has covered six Olympic Games and finished the Boston Marathon three times.",
    "In a poll of 2,000 cyclists carried out by the charity, 64% said they felt unsafe on main roads.",
    "The team said it would not comment further and urged fans to respect the rider's privacy.",
    "Free water stations will be placed every three miles along the route.",
    "\"Get out there and cheer — the runners need you at mile 21,\" the mayor wrote on social media.",
    "Scammers posing as race organisers sent emails asking entrants to pay a £15 \"chip fee\", Action Fraud said.",
    "The bike-share scheme will offer 30 minutes of free riding to new users during its first month, the council said.",
    "Tickets for the grandstand at the finish sold out within four hours.",
    "Officials said the course would be closed to traffic from 6am until 4pm.",
    "The British champion, who lost her funding last year, launched a crowdfunding appeal that has raised more than £40,000.",
    "He crossed the line in 2:08:47, a personal best by 41 seconds.",
    "Cookie, a four-year-old border collie, has become a familiar sight at the weekly parkrun in Bushy Park.",
    "Stage 14 result",
    "The overall winner receives €500,000, with the total prize pot rising to €2.3 million this year.",
    "Riders reported that the GPS tracking devices, provided free by the sponsor, frequently lost signal in the tunnels.",
    "The full statement from the federation reads:",
    "BOSTON (AP) — A 39-year-old schoolteacher from Ohio won the masters division in 2:29:51.",
    "Organisers have promised refunds to the 3,400 entrants whose race was cancelled because of the storm.",
    "Anti-doping investigators said they had found no evidence that the rider had used prohibited substances.",
    "The shoe, which retails at $250, has been worn by the winners of four of the last five major marathons.",
    "Members of the club voted 142 to 37 to admit e-bike riders to its Sunday group rides.",
    "Volunteers handed out more than 40,000 free bananas and 80,000 energy gels at the feed zones.",
    "Subscriptions to the streaming service that holds the Tour rights rose by 18% during the race, the company said."
  ],
  es: [
    "VALENCIA, 1 Dic. (EUROPA PRESS) - Más de 35.000 corredores tomaron la salida este domingo en la Ciudad de las Artes y las Ciencias.",
    "La inscripción cuesta 95 euros, diez más que en la edición anterior.",
    "Actualizado a las 13:45",
    "Claves",
    "El vencedor, el keniano Daniel Kiprono, paró el crono en 2:04:57.",
    "Más de 8.000 personas han firmado una petición para que no se elimine el carril bici.",
    "\"Hidrataos bien y no salgáis demasiado rápido\", recomendó el director de la prueba, Javier Ortega.",
    "La Guardia Civil alerta de una estafa con falsos dorsales que se venden en redes sociales.",
    "Con información de Laura Méndez",
    "Los corredores solidarios recaudaron 420.000 euros para la investigación contra el cáncer infantil.",
    "El público podrá seguir la posición de cada atleta a través de la aplicación oficial, que es gratuita.",
    "Los ciclistas ascienden entre la niebla durante la decimoquinta etapa. EFE/Jorge Salas",
    "Falleció a los 78 años en su casa de Pamplona, rodeado de su familia.",
    "Clasificación de la etapa: 1. Álvaro Ledesma (ESP) 4h 31:12; 2. Tom Verhulst (BEL) a 8 s; 3. Nico Brandt (GER) a 15 s"
  ],
  fr: [
    "PARIS (AFP) - Plus de 50 000 coureurs se sont élancés dimanche matin de l'avenue des Champs-Élysées.",
    "Le dossard coûte 120 euros, un tarif jugé excessif par de nombreux clubs.",
    "Mis à jour le 6 avril à 15h12",
    "Ce que l'on sait",
    "Le vainqueur, Abel Tsegaye, a bouclé les 42,195 km en 2 h 05 min 11 s.",
    "Une pétition réclamant une piste cyclable sécurisée a recueilli plus de 15 000 signatures.",
    "« Ne partez pas trop vite, la chaleur sera redoutable », a prévenu le médecin de la course.",
    "La gendarmerie met en garde contre des arnaques à la revente de dossards sur les réseaux sociaux.",
    "Avec notre correspondant à Bruxelles",
    "Les coureurs solidaires ont récolté 1,2 million d'euros au profit de la recherche médicale.",
    "Les ravitaillements, gratuits pour tous les participants, seront installés tous les cinq kilomètres.",
    "Il est mort samedi à l'âge de 81 ans, a annoncé sa famille.",
    "Le peloton traverse la vallée de la Maurienne, mardi. (Jean Morel/AFP)",
    "Classement de l'étape : 1. Hugo Lemaire (FRA) en 4 h 02 min 30 s ; 2. Jens Dahl (DEN) à 4 s."
  ],
  pt: [
    "SÃO PAULO (Reuters) - Mais de 37 mil corredores participaram da prova neste domingo.",
    "A inscrição custa R$ 245 e dá direito a camiseta, medalha e chip de cronometragem.",
    "Atualizado às 16h20",
    "Entenda",
    "O vencedor, o queniano Peter Mwangi, completou os 15 km em 43min02s.",
    "Um abaixo-assinado pedindo mais ciclovias na cidade já reúne 20 mil assinaturas.",
    "\"Não tentem bater recorde no calor; bebam água em todos os postos\", orientou o diretor da prova, Marcos Lima.",
    "A polícia alerta para golpes com venda falsa de inscrições em redes sociais.",
    "Colaborou Fernanda Rocha, do Rio de Janeiro",
    "Os atletas solidários arrecadaram R$ 1,3 milhão para instituições de caridade.",
    "O aplicativo oficial da prova, gratuito, permite acompanhar os atletas em tempo real.",
    "Ele deixa a esposa, três filhos e cinco netos.",
    "Ciclistas passam pela orla de Copacabana durante a prova (Foto: Ana Souza/Agência Brasil)",
    "Resultado: 1º Jonas Pereira, 2h11min30s; 2º Elias Rocha, 2h12min05s"
  ],
  de: [
    "BERLIN (dpa) - Mehr als 45.000 Läuferinnen und Läufer aus 150 Nationen sind am Sonntag beim Marathon gestartet.",
    "Die Startgebühr liegt in diesem Jahr bei 140 Euro.",
    "Aktualisiert am 29.09.2025, 14:05 Uhr",
    "Das Wichtigste in Kürze",
    "Der Sieger, der Äthiopier Tadese Bekele, lief nach 2:03:55 Stunden ins Ziel.",
    "Eine Petition für sichere Radwege haben bereits mehr als 30.000 Menschen unterschrieben.",
    "„Trinken Sie ausreichend und starten Sie nicht zu schnell“, riet Rennarzt Dr. Klaus Werner.",
    "Die Polizei warnt vor Betrügern, die im Netz gefälschte Startnummern verkaufen.",
    "Mitarbeit: Julia Sommer",
    "Die Spendenläufer sammelten insgesamt 850.000 Euro für die Kinderkrebshilfe.",
    "Mit der kostenlosen Veranstaltungs-App können Angehörige die Läufer live verfolgen.",
    "Er starb am Dienstag im Alter von 84 Jahren nach kurzer, schwerer Krankheit.",
    "Das Peloton auf dem Weg zum Großglockner. Foto: Markus Huber/dpa",
    "Ergebnis: 1. Lukas Brenner (GER) 4:18:22 Std.; 2. Pieter Jansen (NED) +0:06; 3. Matteo Rossi (ITA) +0:11"
  ]
};
