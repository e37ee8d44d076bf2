// The probe's 64th batch (run.mjs --batch 64): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a trip to watch a rocket launch live from Cape Canaveral — enter before midnight!",
      "Use code STARGAZE20 for 20% off all telescopes this weekend only",
      "Claim your FREE lunar eclipse viewing glasses — just pay shipping",
      "Bet £10 on the next Starship launch, get £30 in free bets. 18+ T&Cs apply. BeGambleAware.org",
      "GIVEAWAY",
      "Enter our competition to name the next OrbitMax satellite and win a signed astronaut photo",
      "Limited offer: 3 months of Cosmos+ streaming for £1 →"
    ],
    political: [
      "VOTE NOW: Should the government scrap its space budget to fund hospitals? Yes / No",
      "Chip in $5 before midnight to stop the radical plan to defund America's space future",
      "SIGN THE PETITION: Tell Congress to keep the Moon American",
      "Are you with the Senator or against him? Claim your official 2024 Patriot Membership Card",
      "Outraged? So are we. Add your name now.",
      "POLL: Do you trust the current administration with NASA? Cast your vote",
      "Every dollar matched 3X until Friday — rush your gift to the campaign today"
    ],
    newsletter: [
      "Sign up for our Night Sky newsletter: the week's best stargazing, delivered every Friday",
      "Already a subscriber? Log in",
      "You've read 3 of 5 free articles this month. Subscribe for unlimited access.",
      "By signing up, you agree to our Privacy Policy and to receive marketing emails. You can unsubscribe at any time.",
      "Get the Launch Alert briefing straight to your inbox",
      "SUBSCRIBE FOR £1 A WEEK",
      "Thank you for signing up! Check your inbox to confirm your email address."
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Orbital Daily (@orbitaldaily)",
      "Follow us on X @SpaceWireNews for live launch updates",
      "Share this article: Facebook | X | WhatsApp | Email",
      "Join our Stargazers UK Facebook group — 40,000 members and counting",
      "Like our page for more amazing photos of the cosmos",
      "— Cosmic Watch (@cosmicwatch) March 14, 2024"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored",
      "Paid post by Helix Aerospace",
      "Promoted by StellarVue Optics",
      "This content was produced in partnership with Nova Orbital and does not reflect the views of our editorial team.",
      "Advertisement - scroll to continue"
    ],
    affiliate: [
      "We may earn a commission when you buy through links on our site.",
      "Celestron AstroMaster 130EQ: was £279, now £199 at Amazon",
      "Check price on Amazon",
      "BUY IT: Skywatcher Explorer 150P, $349 at Best Buy",
      "Our editors independently select these products. If you buy via our links, we may receive a share of the revenue.",
      "Best telescope deals this week →",
      "Lowest price: £24.99 at Currys (was £39.99)"
    ],
    scam: [
      "Astronomers stunned: this 59-year-old's one weird trick reverses ageing",
      "Former NASA engineer reveals the crypto bot that turned $250 into $12,000 in a week",
      "Doctors hate him! The simple 'space water' ritual that melts belly fat",
      "You won't believe what these Apollo astronauts look like now — number 7 will shock you",
      "Billionaire rocket founder's secret investment platform: citizens earn £3,500 a day from home",
      "Seniors born before 1965 are entitled to a $1,400 stimulus check — see if you qualify",
      "Stop buying expensive glasses! This new device restores 20/20 vision"
    ],
    related: [
      "Read more: NASA delays Artemis crew mission to late 2026",
      "RELATED: Why the Northern Lights keep showing up so far south",
      "WATCH: Falcon 9 booster sticks its landing at sea",
      "ALSO READ - ISRO's lunar lander wakes up after two-week night",
      "More from Science: The hunt for Planet Nine just got more interesting",
      "Recommended: Mortgage rates fall for third straight week",
      "You might also like - Inside the tiny town that lives under a radio telescope"
    ],
    app: [
      "Download the SpaceWire app for instant launch alerts",
      "Open in app",
      "Listen to this article",
      "0:00 / 3:21",
      "Turn on notifications to never miss a launch",
      "Video unavailable. This video is not available in your country.",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism. Donate from just $1.",
      "Become a member today and help fund independent science reporting",
      "We've raised $41,230 of our $60,000 goal — help us reach the stars",
      "Donate",
      "If you value our coverage of space and science, please consider making a contribution today.",
      "Reader-funded since 2012. Support us for as little as £2 a month.",
      "JOIN 12,000 SUPPORTERS WHO KEEP THIS SITE FREE"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This content is provided by YouTube, which may be using cookies and other technologies. To show you this content, we need your permission.",
      "Allow all / Reject all",
      "Embedded content blocked. Update your cookie settings to see it.",
      "By clicking Accept, you agree to the storing of cookies on your device to enhance site navigation."
    ]
  },
  es: {
    promo: [
      "¡Participa y gana un viaje para ver un lanzamiento en Florida! Sorteo válido hasta el 30 de junio",
      "Código ASTRO15: 15% de descuento en telescopios",
      "Apuesta 10 € al próximo lanzamiento y recibe 50 € en apuestas gratis. +18. Juega con responsabilidad",
      "CONSIGUE GRATIS tu mapa estelar personalizado"
    ],
    political: [
      "VOTA AHORA: ¿Debe el Gobierno recortar el gasto espacial? Sí / No",
      "Firma la petición para frenar el despilfarro de este Gobierno",
      "¿Indignado? Únete a nuestro movimiento y consigue tu carné de afiliado",
      "Encuesta: ¿Confías en la oposición para gestionar la economía?"
    ],
    newsletter: [
      "Suscríbete a nuestro boletín Cielo Abierto y recibe cada semana las mejores efemérides",
      "¿Ya eres suscriptor? Inicia sesión",
      "Este contenido es exclusivo para suscriptores. Suscríbete por 1 € el primer mes",
      "Al suscribirte aceptas nuestra política de privacidad y el envío de comunicaciones comerciales."
    ],
    social: [
      "Síguenos en Instagram @orbitahoy",
      "Ver esta publicación en Instagram",
      "Una publicación compartida de Astronomía Hoy (@astronomiahoy)",
      "Únete a nuestro canal de WhatsApp y recibe las noticias del espacio al instante"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "La noticia continúa tras la publicidad",
      "Ofrecido por Galaxia Seguros"
    ],
    affiliate: [
      "Si compras a través de nuestros enlaces, podemos recibir una comisión.",
      "Telescopio Celestron PowerSeeker 127EQ: antes 219 €, ahora 149 € en Amazon",
      "Ver precio en Amazon",
      "Chollo: prismáticos astronómicos 15x70 por solo 59,99 € en El Corte Inglés"
    ],
    scam: [
      "Un ingeniero de la NASA revela el método para ganar 3.000 € al día desde casa",
      "Los médicos no dan crédito: este remedio casero elimina la artritis en 7 días",
      "Así lucen hoy los astronautas más famosos. ¡El número 5 te sorprenderá!",
      "Si naciste antes de 1970, puedes reclamar una compensación de 1.200 €. Compruébalo aquí"
    ],
    related: [
      "Lee también: La sonda Juno capta nuevas imágenes de los volcanes de Ío",
      "Te puede interesar: Cómo ver la lluvia de Perseidas desde la ciudad",
      "Más información: El Gobierno aprueba la subida del salario mínimo",
      "VÍDEO: Así fue el despegue del cohete Miura 1 desde Huelva"
    ],
    app: [
      "Descarga la app de Orbital Noticias y activa las alertas de lanzamientos",
      "Escuchar este artículo",
      "Abrir en la app",
      "Activa las notificaciones para no perderte nada"
    ],
    donation: [
      "Hazte socio y apoya el periodismo científico independiente",
      "Tu aportación nos hace libres. Colabora desde 3 € al mes",
      "DONA AHORA",
      "Hemos alcanzado el 68% de nuestro objetivo. ¡Ayúdanos a llegar al 100%!"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Gestionar preferencias",
      "Nosotros y nuestros 214 socios almacenamos o accedemos a información en un dispositivo, como cookies.",
      "Este contenido está bloqueado. Cambia tu configuración de cookies para verlo."
    ]
  },
  fr: {
    promo: [
      "JEU-CONCOURS : tentez de gagner un télescope d'une valeur de 899 € !",
      "Code promo ETOILE10 : -10 % sur toute la boutique Astro",
      "Pariez 10 € sur le prochain décollage d'Ariane 6, recevez 100 € offerts. Jouer comporte des risques.",
      "Profitez de l'offre : 1er mois offert sur Cosmos TV"
    ],
    political: [
      "VOTEZ : Faut-il supprimer le budget du CNES pour financer les retraites ?",
      "Signez la pétition contre la réforme scandaleuse du gouvernement",
      "Rejoignez le mouvement et recevez votre carte d'adhérent 2025",
      "Vous en avez assez ? Faites un don de 5 € pour faire entendre votre voix"
    ],
    newsletter: [
      "Inscrivez-vous à la newsletter Ciel Ouvert Hebdo",
      "Déjà abonné ? Connectez-vous",
      "Cet article est réservé aux abonnés. Abonnez-vous à partir de 1 € le premier mois.",
      "En vous inscrivant, vous acceptez nos conditions générales et notre politique de confidentialité."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Astro Mag (@astromag_fr)",
      "Suivez-nous sur Facebook et X",
      "Partager : Facebook Twitter LinkedIn E-mail"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Article proposé par notre partenaire Orbitel"
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission sur vos achats.",
      "Télescope Newton 130/900 : 249 € au lieu de 329 € chez Fnac",
      "Voir l'offre",
      "Bon plan : la paire de jumelles Bresser à 79,90 € sur Amazon"
    ],
    scam: [
      "Un ancien ingénieur d'Airbus révèle comment il gagne 2 500 € par jour avec le Bitcoin",
      "Les médecins sont sidérés : ce remède naturel élimine les douleurs articulaires",
      "Vous ne devinerez jamais ce que sont devenus ces astronautes (le n°6 va vous surprendre)",
      "Retraités : vous pouvez toucher une aide de 1 500 € si vous êtes né avant 1965"
    ],
    related: [
      "À lire aussi : Une étoile géante s'effondre sans explosion, une première",
      "LIRE AUSSI - Le télescope James Webb détecte de la vapeur d'eau autour d'une jeune étoile",
      "VIDÉO - Le décollage d'Ariane 6 depuis Kourou",
      "Sur le même sujet : Inflation : les prix de l'énergie repartent à la hausse"
    ],
    app: [
      "Téléchargez l'application et activez les alertes",
      "Écouter cet article",
      "Lire dans l'application",
      "Cette vidéo n'est pas disponible"
    ],
    donation: [
      "Soutenez une information indépendante : faites un don",
      "Devenez membre et soutenez notre rédaction scientifique",
      "Votre don est déductible à 66 % de vos impôts",
      "Objectif : 50 000 € — déjà 32 410 € collectés"
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nos 845 partenaires et nous-mêmes stockons et/ou accédons à des informations sur votre appareil.",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "CONCORRA a um telescópio profissional! Participe até 31/08",
      "Cupom ESPACO30: 30% de desconto na loja Cosmos",
      "Aposte R$ 20 no próximo lançamento e ganhe R$ 100 em bônus. Jogue com responsabilidade. 18+",
      "Garanta já o seu mapa astral grátis"
    ],
    political: [
      "VOTE AGORA: Você apoia o corte de verbas para a Agência Espacial?",
      "Assine o abaixo-assinado contra o aumento de impostos",
      "Filie-se ao partido e receba sua carteirinha oficial",
      "Enquete: Quem você acha que vence a eleição de 2026?"
    ],
    newsletter: [
      "Cadastre-se na nossa newsletter Céu da Semana",
      "Já é assinante? Faça login",
      "Conteúdo exclusivo para assinantes. Assine por R$ 1,90 no primeiro mês",
      "Ao se inscrever, você concorda com nossos Termos de Uso e Política de Privacidade."
    ],
    social: [
      "Siga a gente no Instagram: @ceuaberto.br",
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Astro Brasil (@astrobrasil)",
      "Entre no nosso canal do WhatsApp"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Oferecido por Órbita Seguros"
    ],
    affiliate: [
      "Podemos receber comissão por compras feitas através dos links desta página.",
      "Telescópio refrator 70mm: de R$ 899 por R$ 599 na Amazon",
      "Ver preço",
      "Oferta: binóculo 10x50 por R$ 249,90 no Mercado Livre"
    ],
    scam: [
      "Engenheiro revela método que rende R$ 5 mil por dia sem sair de casa",
      "Médicos ficam chocados com receita caseira que acaba com a diabetes",
      "Veja como estão hoje os astronautas mais famosos — o nº 4 vai te surpreender",
      "Aposentados nascidos antes de 1970 têm direito a indenização de R$ 3.000; consulte seu CPF"
    ],
    related: [
      "Leia também: Sonda chinesa traz amostras do lado oculto da Lua",
      "LEIA MAIS: Como ver a chuva de meteoros Eta Aquáridas",
      "Veja também: Dólar fecha em queda após dados de inflação",
      "Saiba mais: Alcântara volta a receber lançamentos comerciais"
    ],
    app: [
      "Baixe o app e receba alertas de lançamentos",
      "Ouvir esta matéria",
      "Abrir no aplicativo",
      "Ative as notificações"
    ],
    donation: [
      "Apoie o jornalismo independente. Contribua a partir de R$ 10",
      "Seja membro e ajude a manter a ciência em pauta",
      "Faça uma doação via Pix",
      "Meta: 2.000 apoiadores — faltam 317"
    ],
    cookie: [
      "Aceite os cookies para visualizar este conteúdo",
      "Gerenciar preferências",
      "Nós e nossos 190 parceiros armazenamos e/ou acessamos informações em um dispositivo.",
      "Este conteúdo foi bloqueado. Altere suas configurações de cookies para visualizá-lo."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Jetzt mitmachen und ein Teleskop im Wert von 1.200 Euro gewinnen!",
      "Mit dem Code STERN15 sparen Sie 15 Prozent im Astro-Shop",
      "Neukundenbonus: 100 € auf deine erste Wette zum Raketenstart. 18+ | Glücksspiel kann süchtig machen",
      "Jetzt gratis sichern: Sternkarte für 2025"
    ],
    political: [
      "JETZT ABSTIMMEN: Soll die Regierung die Raumfahrtmittel streichen?",
      "Unterschreiben Sie jetzt die Petition gegen den Heizungswahnsinn",
      "Werden Sie Parteimitglied – Ihr Mitgliedsausweis kommt per Post",
      "Empört? Dann spenden Sie jetzt 5 Euro für den Wahlkampf"
    ],
    newsletter: [
      "Melden Sie sich für unseren Newsletter Sternklar an",
      "Bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Orbit+: 4 Wochen für 0,99 €",
      "Mit der Anmeldung stimmen Sie der Verarbeitung Ihrer Daten gemäß unserer Datenschutzerklärung zu."
    ],
    social: [
      "Folgen Sie uns auf Instagram: @raumfahrt_aktuell",
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Sternwarte Live (@sternwartelive)",
      "Artikel teilen: WhatsApp, Facebook, E-Mail"
    ],
    adlabel: [
      "ANZEIGE",
      "Gesponserter Inhalt",
      "Weiter nach der Anzeige",
      "Präsentiert von Orbitec Versicherungen"
    ],
    affiliate: [
      "Wir erhalten eine Provision, wenn Sie über die Links in diesem Artikel einkaufen. Für Sie ändert sich der Preis nicht.",
      "Bresser Teleskop 114/500: statt 199 Euro jetzt 139 Euro bei Otto",
      "Zum Angebot bei Amazon",
      "Deal des Tages: Fernglas 10x42 für 89,99 Euro"
    ],
    scam: [
      "Ehemaliger ESA-Ingenieur verrät: So verdienen Rentner 4.000 Euro pro Tag mit Krypto",
      "Ärzte sind sprachlos: Dieses Hausmittel stoppt Gelenkschmerzen über Nacht",
      "So sehen die berühmten Astronauten heute aus – Nummer 8 ist kaum wiederzuerkennen",
      "Wer vor 1968 geboren ist, kann jetzt 1.800 Euro Entschädigung beantragen"
    ],
    related: [
      "Lesen Sie auch: Raketenstart in Schottland erneut verschoben",
      "Mehr zum Thema: Wie Europa unabhängiger von SpaceX werden will",
      "VIDEO: So spektakulär sah die Mondfinsternis über Berlin aus",
      "Auch interessant: Bahn kündigt neuen Streik an"
    ],
    app: [
      "Jetzt die App herunterladen und keine Raketenstarts mehr verpassen",
      "Artikel anhören",
      "In der App öffnen",
      "Push-Benachrichtigungen aktivieren"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Wissenschaftsjournalismus – schon ab 3 Euro",
      "Jetzt Mitglied werden",
      "Spenden",
      "Bisher haben 4.812 Leserinnen und Leser uns unterstützt. Machen Sie mit!"
    ],
    cookie: [
      "Um diesen Inhalt anzuzeigen, stimmen Sie bitte der Verwendung von Cookies zu.",
      "Einstellungen verwalten",
      "Wir und unsere 247 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.",
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von YouTube. Mit einem Klick können Sie ihn anzeigen lassen."
    ]
  }
};

export const GENUINE = {
  en: [
    "CAPE CANAVERAL, Fla. (AP) — A Falcon 9 rocket lifted off before dawn Tuesday carrying 23 Starlink satellites.",
    "Updated 14:32 BST",
    "Key points",
    "What we know about the delayed Artemis mission",
    "Tickets to watch the launch from the Kennedy Space Center visitor complex sold out within hours, at prices ranging from $75 to $250.",
    "Entry to the observatory's open night is free, but visitors are asked to book in advance.",
    "The agency has launched a free app that lets users track the International Space Station as it passes overhead.",
    "\"Get outside, let your eyes adjust for twenty minutes and look north-east,\" said Dr Amira Shah of the Royal Astronomical Society.",
    "More than 40,000 people have signed a petition calling on the council to switch off streetlights during the meteor shower.",
    "Police warned that scammers were selling counterfeit eclipse glasses online that offer no protection for the eyes.",
    "The winner of this year's Astronomy Photographer of the Year competition captured the Andromeda galaxy from a back garden in Norfolk.",
    "A poll by YouGov found that 58% of Britons support increased funding for the UK Space Agency.",
    "Additional reporting by Joey Roulette in Washington.",
    "The company said it would offer refunds to customers whose tickets for the suborbital flight, priced at $450,000, were cancelled.",
    "Photograph: NASA/Bill Ingalls",
    "The Starship booster is caught by the launch tower's mechanical arms at Starbase, Texas, on Sunday.",
    "The mission was partly funded by a crowdfunding campaign that raised £1.2m from more than 9,000 donors.",
    "Analysis",
    "She is survived by her husband, two daughters and the asteroid that bears her name.",
    "Hartley, who presented the BBC's stargazing programme for 30 years, died peacefully at home in Cornwall on Monday. He was 87.",
    "The video of the landing was shared more than two million times on X within an hour.",
    "Subscribers to the satellite broadband service in rural areas pay about $120 a month, according to the company.",
    "Her NASA colleagues urged the public to \"keep looking up\" in a statement posted on Instagram.",
    "Sarah Kline is our science correspondent. She has covered space exploration since 2009.",
    "The European Space Agency has opened applications for its next astronaut class; the deadline is 31 May.",
    "Cookies, cakes and coffee were handed out to spectators at the viewing site as the countdown was paused for a second time.",
    "Blue Origin said the flight had been rescheduled for Thursday because of high winds.",
    "The Astros marked the occasion by inviting the four crew members to throw out the first pitch before Houston's 5-3 win over Seattle.",
    "Watch the launch: the livestream began at 06:15 local time on the agency's website, which crashed briefly under heavy traffic.",
    "Readers who want to report a fireball sighting can do so through the International Meteor Organization's website.",
    "The total solar eclipse on 12 August 2026 will be visible from northern Spain, where hotels are already charging up to €600 a night.",
    "In a video message to subscribers of his YouTube channel, the astronaut thanked fans for their support during his six months on the station.",
    "The space agency's budget request for next year is $25.4bn, a cut of 6% on this year.",
    "What happens next",
    "The company is offering free rides for schoolchildren who win a national science competition, it said in a statement.",
    "Amateur astronomers around the world are being asked to help classify galaxies through the Galaxy Zoo project, which has more than 100,000 volunteers.",
    "\"Sign up, grab a pair of binoculars and join us,\" the club's chair, Tom Reyes, told the local paper.",
    "Shares in the satellite maker rose 14% on Wednesday after it won a $1.8bn contract from the Pentagon.",
    "BAIKONUR, Kazakhstan (Reuters) - A Soyuz rocket carrying two Russian cosmonauts and a NASA astronaut docked with the International Space Station on Friday.",
    "Prosecutors said the fraudsters used a fake SpaceX giveaway livestream on YouTube to steal $2m in cryptocurrency from viewers."
  ],
  es: [
    "CABO CAÑAVERAL (EFE). — La NASA lanzó este martes la sonda Europa Clipper rumbo a una de las lunas de Júpiter.",
    "Actualizado a las 14:32 h",
    "Claves",
    "La entrada al planetario será gratuita durante el fin de semana de la lluvia de Perseidas.",
    "Más de 20.000 personas han firmado una petición para reducir la contaminación lumínica en la sierra de Gredos.",
    "\"Salid al campo, alejaos de las luces y mirad hacia el noreste\", recomendó la astrofísica Marta Ruiz.",
    "La Guardia Civil alerta de estafas con gafas de eclipse falsas que se venden por internet.",
    "Hoteles del norte de España cobran hasta 500 euros por noche para el eclipse total de 2026.",
    "El ganador del concurso de astrofotografía captó la Vía Láctea desde Fuerteventura.",
    "Con información de Reuters.",
    "Foto: ESA/CNES/Arianespace",
    "El cohete Miura 1 de PLD Space despega desde El Arenosillo, en Huelva.",
    "La aplicación de la agencia permite seguir en tiempo real el paso de la Estación Espacial Internacional.",
    "Según una encuesta del CIS, el 61% de los españoles apoya aumentar la inversión en la Agencia Espacial Española."
  ],
  fr: [
    "KOUROU (AFP) - La fusée Ariane 6 a décollé mardi soir depuis le Centre spatial guyanais.",
    "Mis à jour à 14h32",
    "Ce que l'on sait",
    "L'entrée à l'observatoire sera gratuite lors de la Nuit des étoiles, le 9 août.",
    "« Sortez, éloignez-vous des lumières et levez les yeux vers le nord-est », conseille l'astronome Claire Morel.",
    "Une pétition réclamant l'extinction de l'éclairage public pendant les Perséides a recueilli 15 000 signatures.",
    "La gendarmerie met en garde contre de fausses lunettes d'éclipse vendues en ligne.",
    "Le lauréat du concours de photographie astronomique a immortalisé la nébuleuse d'Orion depuis le Pic du Midi.",
    "Avec Reuters",
    "Photo : ESA/CNES/Arianespace",
    "Thomas Pesquet salue la foule à son arrivée à Cologne, le 12 novembre.",
    "Le vol suborbital, facturé 450 000 dollars par passager, a été reporté à jeudi en raison de vents violents.",
    "Selon un sondage Ifop, 64 % des Français jugent utile le budget consacré à l'espace.",
    "Le projet a été financé en partie par une campagne de dons qui a réuni 1,2 million d'euros."
  ],
  pt: [
    "CABO CANAVERAL (Reuters) - Um foguete Falcon 9 decolou na madrugada desta terça-feira com 23 satélites Starlink.",
    "Atualizado às 14h32",
    "O que se sabe até agora",
    "A entrada no planetário será gratuita durante a noite de observação, mas é preciso retirar ingresso com antecedência.",
    "\"Procurem um lugar escuro, longe das luzes da cidade, e olhem para o leste\", orientou o astrônomo Paulo Mendes.",
    "A Polícia Federal alertou para golpes com falsos sorteios de criptomoedas usando o nome de empresas espaciais.",
    "Um abaixo-assinado pedindo a preservação do Observatório do Pico dos Dias reuniu mais de 30 mil assinaturas.",
    "O vencedor do concurso nacional de astrofotografia registrou a Via Láctea no Jalapão.",
    "Com informações da Agência Brasil.",
    "Foto: Divulgação/NASA",
    "O lançamento do foguete no Centro de Lançamento de Alcântara, no Maranhão.",
    "O aplicativo gratuito da agência mostra quando a Estação Espacial Internacional passa sobre cada cidade.",
    "Segundo pesquisa Datafolha, 57% dos brasileiros apoiam mais investimentos no programa espacial.",
    "O ingresso para assistir ao lançamento custava entre US$ 75 e US$ 250 e esgotou em poucas horas."
  ],
  de: [
    "KOUROU (dpa) - Die europäische Trägerrakete Ariane 6 ist am Dienstagabend vom Weltraumbahnhof in Französisch-Guayana gestartet.",
    "Aktualisiert um 14:32 Uhr",
    "Das Wichtigste in Kürze",
    "Der Eintritt in die Sternwarte ist an diesem Abend kostenlos, eine Anmeldung ist jedoch erforderlich.",
    "„Suchen Sie sich einen dunklen Ort und schauen Sie Richtung Nordosten“, rät der Astronom Markus Weber.",
    "Die Polizei warnt vor gefälschten Sonnenfinsternis-Brillen, die im Internet verkauft werden.",
    "Eine Petition für weniger Lichtverschmutzung in der Rhön hat bereits 12.000 Unterschriften gesammelt.",
    "Der Gewinner des Astrofotografie-Wettbewerbs fotografierte den Orionnebel von der Zugspitze aus.",
    "Mit Material von dpa und Reuters",
    "Foto: ESA/DLR",
    "Der deutsche Astronaut Alexander Gerst winkt nach der Landung in Kasachstan.",
    "Laut einer Umfrage von Infratest dimap befürworten 55 Prozent der Deutschen höhere Ausgaben für die Raumfahrt.",
    "Das Start-up aus Augsburg will seine Rakete Ende des Jahres vom Startplatz auf der Insel Andøya starten.",
    "Ein Ticket für den Flug ins All kostet nach Angaben des Unternehmens rund 450.000 Dollar."
  ]
};
