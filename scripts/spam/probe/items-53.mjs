// The probe's 53th batch (run.mjs --batch 53): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "Enter our Golden Years Getaway draw for a chance to win a seven-night river cruise for two — entries close Friday at midnight.",
      "Use code SILVER25 at checkout for 25% off your first order of Evergreen Mobility aids",
      "CLAIM YOUR FREE RETIREMENT PLANNING PACK NOW",
      "Get a £20 free bet when you stake £10 on the big race with Paddockline. New customers only. 18+. T&Cs apply.",
      "Book your free, no-obligation hearing test today and receive a complimentary gift voucher!",
      "Competition: tell us your best retirement tip and you could win a £250 garden centre voucher.",
      "Limited offer: your first week of Hearthside Meals delivered for just £1. Click to claim >>"
    ],
    political: [
      "POLL: Should MPs who want to scrap the triple lock lose their own gold-plated pensions? Vote YES or NO now",
      "Chip in $5 before midnight to stop the radical left from gutting your Social Security.",
      "Sign the petition: tell Westminster to put British families first on council housing lists",
      "Do you approve of the President's job performance? Take our 30-second survey.",
      "They said it couldn't be done. Add your name if you stand with Senator Hollis against the woke agenda.",
      "Furious pensioners are demanding answers — who do YOU blame for the cost-of-living crisis? Have your say",
      "Patriots only: claim your official Liberty Member card and show whose side you're on."
    ],
    newsletter: [
      "Sign up to Later Life Weekly, our free Thursday briefing on pensions, care and money.",
      "You've read 4 of 5 free articles this month. Subscribe for unlimited access from just £1 a week.",
      "Already a subscriber? Log in",
      "By signing up you agree to receive marketing emails from Harbourview Media Group. You can unsubscribe at any time. See our Privacy Notice.",
      "Get the Money Matters newsletter: straight-talking advice on savings and state pension changes, in your inbox every Sunday",
      "This article is for subscribers only. Start your 14-day free trial to keep reading.",
      "Enter your email to get our local death notices digest every morning"
    ],
    social: [
      "Follow us on Facebook for more stories about the people of Wexbridge",
      "View this post on Instagram",
      "Share this article: Facebook Twitter WhatsApp Email",
      "Join our Silver Surfers group on Facebook — over 40,000 members swapping tips on pensions and later life.",
      "A post shared by Meadowbank Care Home (@meadowbankcare)",
      "Follow @RetireWellDaily on X for breaking pension news",
      "Liked this story? Share it with someone who's planning their retirement."
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored content: this article was produced in partnership with Cedarmere Retirement Villages. The editorial team had no involvement.",
      "Paid Post",
      "Scroll to continue with content",
      "Promoted by Brightwater Equity Release",
      "Article continues after this ad"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Shop now: Restwell riser recliner chair, was £899, now £549 at Homecomfort Direct",
      "Best buy: the Lumio big-button phone is £34.99 at ValuMart",
      "Deal of the day — Grip-Ease jar opener, 3-pack, £12.50 (save 30%)",
      "Prices correct at time of publication. Our journalists independently choose products; if you buy, we may receive a small fee.",
      "Buy it: Walkrite folding mobility scooter, £1,199 from ScootersPlus",
      "Check price on Amazon"
    ],
    scam: [
      "Doctors stunned: 78-year-old grandmother reverses memory loss with this kitchen spice",
      "Pensioners are using this loophole to double their state pension — and the government hates it",
      "Retired teacher turns £250 into £18,000 in weeks with new AI trading platform",
      "Knee pain gone in 7 days? This one simple trick has orthopaedic surgeons furious",
      "Over 60? You could be owed thousands in unclaimed compensation. Check your eligibility in 30 seconds",
      "Stars who aged terribly — number 9 will shock you",
      "The 1 vegetable you should never eat after 65"
    ],
    related: [
      "Read more: Triple lock to stay until 2029, Chancellor confirms",
      "RELATED: Care home fees rise above £1,200 a week in the South East",
      "ALSO READ - Winter fuel payment, who still qualifies this year",
      "WATCH: 101-year-old veteran completes sponsored walk around his village",
      "More from Money: How to trace a lost workplace pension",
      "Recommended: The quiet scandal of the pension credit nobody claims",
      "You might also like - Dame Helena Forsythe, pioneering geriatrician, dies at 88"
    ],
    app: [
      "Listen to this article",
      "Download the Retire Right app for daily pension news and alerts — free on iOS and Android",
      "Open in app",
      "Turn on notifications so you never miss a death notice from your area.",
      "Video unavailable",
      "Get the full experience. Read this story in the Courier app.",
      "0:00 / 4:12 Audio version generated by AI. Speed 1x"
    ],
    donation: [
      "Support independent journalism about later life. Give from just £3 a month.",
      "Donate",
      "Our reporting on care homes is free for everyone, because readers like you pay for it. Become a member today.",
      "If you value this story, please consider making a contribution to the Elderwatch Fund.",
      "Every pound helps us keep investigating pension injustice. Make a one-off gift →",
      "Become a Friend of the Gazette: fewer ads, exclusive letters from the editor, and the pride of keeping local news alive",
      "Help us reach our goal: 2,340 of 3,000 supporters this year"
    ],
    cookie: [
      "This content is blocked. Accept cookies to view it.",
      "Manage preferences",
      "We use cookies to personalise content and ads and to analyse our traffic. By clicking Accept all you agree to this.",
      "To view this YouTube video you need to enable functional cookies. Change settings",
      "Accept all | Reject non-essential",
      "We and our 243 partners store and access information on your device.",
      "Your consent choices have been saved. You can change them at any time via Privacy Settings in the footer."
    ]
  },
  es: {
    promo: [
      "Participa en nuestro sorteo y gana una escapada a un balneario para dos personas. ¡Tienes hasta el domingo!",
      "Código MAYORES15: 15 % de descuento en tu primer pedido en Ortopedia Valdés",
      "¡Llévate una tarjeta regalo de 50 € al contratar tu plan de pensiones antes del 31 de diciembre!",
      "Apuesta 10 € y recibe 30 € en apuestas gratis. +18. Juega con responsabilidad. Aplican TyC."
    ],
    political: [
      "ENCUESTA: ¿Debe dimitir el Gobierno tras la nueva subida de la luz? Vota ahora",
      "Firma ya: exige mano dura contra los okupas que asaltan las casas de nuestros mayores",
      "¿Quién tiene la culpa de que tu pensión no llegue a fin de mes? Los españoles ya han hablado. Descubre el resultado",
      "Colabora con 5 € y ayúdanos a frenar el saqueo de la hucha de las pensiones. Únete a Renovación Ciudadana."
    ],
    newsletter: [
      "Suscríbete a nuestro boletín «Jubilación al día» y recibe cada lunes las claves de tu pensión.",
      "Has agotado tus 10 noticias gratuitas de este mes. Suscríbete por 1 € el primer mes.",
      "¿Ya eres suscriptor? Inicia sesión",
      "Al registrarte aceptas la política de privacidad y el envío de comunicaciones comerciales de Grupo Editorial Alcázar."
    ],
    social: [
      "Síguenos en Facebook y en X para no perderte nada",
      "Únete a nuestro canal de WhatsApp",
      "Ver esta publicación en Instagram",
      "Compartir en Facebook · Compartir en X · Enviar por correo"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado por Residencias Sol de Levante",
      "Sigue leyendo tras la publicidad",
      "Contenido ofrecido por nuestro socio comercial. La redacción no ha participado en su elaboración."
    ],
    affiliate: [
      "Este artículo incluye enlaces de afiliados: si compras a través de ellos, podemos recibir una comisión.",
      "Sillón levanta-personas Relaxia por 399 € (antes 649 €) en MueblesYa",
      "Ver oferta",
      "Chollo del día: teléfono para mayores con teclas grandes por 29,90 € en Amazon"
    ],
    scam: [
      "Los médicos no se lo explican: una jubilada de Cuenca acaba con la artrosis gracias a este remedio casero",
      "El truco que usan los pensionistas para cobrar 600 € más al mes (Hacienda no quiere que lo sepas)",
      "Un jubilado de Málaga invierte 250 € en esta plataforma de bitcoin y ahora vive de las rentas",
      "Tiene 72 años pero aparenta 45: su secreto está en la nevera"
    ],
    related: [
      "Lee también: La pensión mínima sube un 6 % en 2025 y estas son las nuevas cuantías",
      "MÁS INFORMACIÓN - El Imserso abre el plazo para los viajes de la próxima temporada",
      "Te puede interesar: Qué hacer si te deniegan la plaza en una residencia pública",
      "VÍDEO: Una vecina de Teruel celebra sus 107 años bailando una jota"
    ],
    app: [
      "Escucha esta noticia",
      "Descarga la app de Diario Meridiano y activa las alertas sobre pensiones",
      "Abrir en la aplicación",
      "Este vídeo no está disponible"
    ],
    donation: [
      "Apoya el periodismo independiente: hazte socio desde 6 € al mes.",
      "Haz una donación",
      "Sin lectores como tú, este periodismo no sería posible. Colabora con nosotros.",
      "Ayúdanos a seguir investigando lo que pasa en las residencias: cada aportación cuenta."
    ],
    cookie: [
      "Este contenido está bloqueado. Acepta las cookies para verlo.",
      "Configurar cookies",
      "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúas navegando, consideramos que aceptas su uso.",
      "Aceptar todo  Rechazar  Más opciones"
    ]
  },
  fr: {
    promo: [
      "Jeu-concours : tentez de gagner une croisière sur le Rhône pour deux personnes !",
      "Profitez de -20 % sur votre première commande avec le code SENIOR20",
      "Votre bilan retraite offert : demandez-le en 2 minutes",
      "Pariez 10 €, recevez 100 € en paris gratuits. Jouer comporte des risques : endettement, isolement, dépendance."
    ],
    political: [
      "SONDAGE : Faut-il supprimer les retraites des élus ? Votez maintenant",
      "Signez la pétition contre l'immigration de masse qui ruine nos retraites",
      "Ils veulent vous voler votre pension. Rejoignez le mouvement et faites un don de 10 € dès aujourd'hui.",
      "Êtes-vous satisfait du gouvernement ? Donnez votre avis en un clic"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter « Retraite & Patrimoine » et recevez chaque mardi nos conseils.",
      "Cet article est réservé aux abonnés. Offre découverte : 1 € le premier mois.",
      "Déjà abonné ? Se connecter",
      "Vous pouvez vous désinscrire à tout moment via le lien en bas de chaque e-mail. En savoir plus sur la gestion de vos données."
    ],
    social: [
      "Suivez-nous sur Facebook, Instagram et LinkedIn",
      "Voir cette publication sur Instagram",
      "Partager sur Facebook Partager sur X Copier le lien",
      "Rejoignez notre chaîne WhatsApp pour recevoir l'essentiel de l'actu"
    ],
    adlabel: [
      "PUBLICITÉ",
      "La suite après cette publicité",
      "Contenu sponsorisé par Les Jardins d'Hélène, résidences seniors",
      "Article réalisé en partenariat avec une marque. La rédaction n'a pas participé à sa réalisation."
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission en cas d'achat.",
      "Fauteuil releveur électrique Confortis à 489 € au lieu de 799 € chez MaisonPlus",
      "Voir l'offre",
      "Bon plan : le téléphone senior Clarivox à 39,99 € sur Amazon"
    ],
    scam: [
      "Les médecins n'en reviennent pas : cette retraitée de 81 ans a retrouvé la mémoire grâce à une épice",
      "Retraités : cette astuce méconnue permet de toucher 400 € de plus par mois",
      "Un retraité lyonnais place 250 € et gagne 12 000 € grâce à une plateforme d'IA",
      "Arthrose : le remède de grand-mère que les laboratoires veulent vous cacher"
    ],
    related: [
      "Lire aussi : Réforme des retraites, ce qui change au 1er janvier",
      "À LIRE AUSSI - Le prix moyen d'une chambre en Ehpad dépasse 2 200 euros par mois",
      "VIDÉO - À 102 ans, elle saute en parachute pour son anniversaire",
      "Notre dossier : Bien vieillir chez soi, mode d'emploi"
    ],
    app: [
      "Écouter cet article",
      "Téléchargez l'application L'Écho du Val pour suivre l'actualité de votre commune",
      "Activez les notifications pour ne rien manquer",
      "Cette vidéo n'est pas disponible"
    ],
    donation: [
      "Soutenez un journalisme indépendant : faites un don, il est déductible à 66 % de vos impôts.",
      "Faire un don",
      "Notre média ne vit que grâce à ses lecteurs. Soutenez-nous dès 2 €.",
      "Aidez-nous à continuer d'enquêter sur les Ehpad : chaque contribution compte."
    ],
    cookie: [
      "Ce contenu est bloqué. Acceptez les cookies pour l'afficher.",
      "Paramétrer les cookies",
      "Nous et nos partenaires utilisons des cookies pour mesurer l'audience et vous proposer des publicités personnalisées.",
      "Tout accepter  Continuer sans accepter"
    ]
  },
  pt: {
    promo: [
      "Participe no nosso passatempo e ganhe uma estadia para dois num hotel termal no Gerês!",
      "Use o cupom MELHORIDADE e ganhe 20% de desconto na primeira compra",
      "Aposte R$ 50 e ganhe R$ 200 em bônus. Proibido para menores de 18 anos. Jogue com responsabilidade.",
      "Simule grátis a sua reforma e receba um guia exclusivo. Clique aqui!"
    ],
    political: [
      "ENQUETE: O governo deve cortar a aposentadoria dos deputados? Vote agora",
      "Assine o abaixo-assinado contra a ideologia de gênero nas escolas",
      "Doe R$ 20 e ajude a impedir que roubem a sua aposentadoria. Junte-se ao movimento!",
      "Sondagem: confia no primeiro-ministro? Dê a sua opinião em 10 segundos"
    ],
    newsletter: [
      "Receba a newsletter Reforma em Dia todas as sextas-feiras no seu e-mail.",
      "Você atingiu o limite de 5 matérias gratuitas. Assine por R$ 1,90 no primeiro mês.",
      "Já é assinante? Faça login",
      "Ao subscrever, aceita a nossa Política de Privacidade. Pode cancelar a qualquer momento."
    ],
    social: [
      "Siga-nos no Instagram e no Facebook",
      "Ver esta publicação no Instagram",
      "Entre no nosso canal do WhatsApp e receba as principais notícias do dia",
      "Compartilhe esta matéria: WhatsApp | Facebook | X | E-mail"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Continua após a publicidade",
      "Conteúdo patrocinado por Residencial Vila Serena",
      "Este conteúdo foi produzido em parceria com a marca. A redação não participou da sua elaboração."
    ],
    affiliate: [
      "Este artigo contém links de afiliados. Podemos receber uma comissão pelas compras feitas através deles.",
      "Cadeira de banho dobrável Conforvida por R$ 189,90 na LojaMax",
      "Ver preço",
      "Oferta do dia: medidor de pressão digital por R$ 99 (era R$ 159)"
    ],
    scam: [
      "Médicos ficam sem palavras: aposentada de 79 anos acaba com dores nas articulações usando isto",
      "Aposentados estão usando este truque do INSS para receber R$ 1.500 a mais por mês",
      "Reformado de Braga investe 250 € e ganha 9000 € com robô de criptomoedas",
      "Tem mais de 60 anos? Nunca coma este alimento antes de dormir"
    ],
    related: [
      "Leia também: INSS antecipa o 13º dos aposentados; veja o calendário",
      "LEIA MAIS - Lista de espera para lares de idosos chega a dois anos em Lisboa",
      "Veja também: Como pedir a revisão da aposentadoria passo a passo",
      "VÍDEO: Idosa de 104 anos vota e emociona mesários em Minas Gerais"
    ],
    app: [
      "Ouça esta notícia",
      "Baixe o app do Correio do Vale e receba alertas sobre o INSS",
      "Abrir no aplicativo",
      "Ative as notificações para não perder nenhuma novidade"
    ],
    donation: [
      "Apoie o jornalismo independente. Contribua a partir de R$ 10 por mês.",
      "Faça uma doação",
      "O nosso jornalismo é gratuito porque há leitores que o pagam. Torne-se apoiante.",
      "Ajude-nos a continuar a investigar os lares ilegais: cada contributo conta."
    ],
    cookie: [
      "Este conteúdo está bloqueado. Aceite os cookies para visualizá-lo.",
      "Gerir preferências",
      "Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
      "Aceitar todos  Rejeitar  Personalizar"
    ]
  },
  de: {
    promo: [
      "Jetzt mitmachen und gewinnen: eine Flusskreuzfahrt auf der Donau für zwei Personen!",
      "Mit dem Code GOLD15 sparen Sie 15 % auf Ihre erste Bestellung bei Vitalhaus",
      "Kostenlosen Rentencheck anfordern – nur noch heute!",
      "100 € Willkommensbonus für Neukunden. 18+. Glücksspiel kann süchtig machen."
    ],
    political: [
      "UMFRAGE: Sollen Politiker auf ihre Pensionen verzichten? Jetzt abstimmen!",
      "Unterschreiben Sie jetzt gegen den Heizungswahnsinn der Regierung!",
      "Die da oben plündern Ihre Rente. Unterstützen Sie unsere Bewegung schon mit 5 €.",
      "Wen würden Sie wählen, wenn am Sonntag Bundestagswahl wäre? Machen Sie mit bei unserer Blitzumfrage."
    ],
    newsletter: [
      "Abonnieren Sie unseren Newsletter „Rente & Vorsorge“ – jeden Freitag kostenlos in Ihrem Postfach.",
      "Diesen Artikel weiterlesen mit Kurier Plus: 4 Wochen für 0,99 €",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Mit Ihrer Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu. Die Abmeldung ist jederzeit möglich."
    ],
    social: [
      "Folgen Sie uns auf Facebook und Instagram",
      "Sieh dir diesen Beitrag auf Instagram an",
      "Artikel teilen: WhatsApp, Facebook, X, E-Mail",
      "Jetzt unserem WhatsApp-Kanal beitreten!"
    ],
    adlabel: [
      "ANZEIGE",
      "Weiter nach der Anzeige",
      "Gesponserter Inhalt – präsentiert von der Seniorenresidenz Am Lindenhof",
      "Dieser Beitrag entstand in Kooperation mit unserem Werbepartner. Die Redaktion hatte keinen Einfluss auf den Inhalt."
    ],
    affiliate: [
      "Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine kleine Provision.",
      "Aufstehsessel Relaxa Komfort für 549 € statt 899 € bei MöbelWelt24",
      "Zum Angebot",
      "Schnäppchen: Seniorenhandy mit Notruftaste für 39,99 € bei Amazon"
    ],
    scam: [
      "Ärzte sprachlos: 80-Jährige besiegt Arthrose mit diesem Küchengewürz",
      "Rentner nutzen diesen Trick, um 500 € mehr im Monat zu bekommen",
      "Pensionär aus Bielefeld macht aus 250 € ein Vermögen – die Banken sind alarmiert",
      "Über 60? Essen Sie niemals dieses Gemüse zum Abendbrot"
    ],
    related: [
      "Lesen Sie auch: Rentenerhöhung im Juli – so viel mehr gibt es ab Sommer",
      "MEHR ZUM THEMA - Pflegeheim-Kosten steigen auf Rekordhoch",
      "Auch interessant: Wie Sie eine vergessene Betriebsrente wiederfinden",
      "VIDEO: 103-Jährige feiert Geburtstag mit Fallschirmsprung"
    ],
    app: [
      "Artikel anhören",
      "Laden Sie jetzt die App der Rheintal-Post herunter und verpassen Sie keine Nachricht mehr",
      "In der App öffnen",
      "Dieses Video ist leider nicht mehr verfügbar"
    ],
    donation: [
      "Unabhängiger Journalismus braucht Ihre Unterstützung. Jetzt ab 5 € im Monat unterstützen.",
      "Jetzt spenden",
      "Unsere Recherchen zur Pflege sind frei zugänglich – dank Menschen wie Ihnen. Werden Sie Mitglied.",
      "Helfen Sie uns, weiter über Missstände in Heimen zu berichten. Jeder Euro zählt."
    ],
    cookie: [
      "Dieser Inhalt ist blockiert. Bitte akzeptieren Sie Cookies, um ihn anzuzeigen.",
      "Externer Inhalt: Mit dem Laden des Inhalts akzeptieren Sie die Datenschutzerklärung von YouTube.",
      "Einstellungen verwalten",
      "Wir und unsere 187 Partner verwenden Cookies. Alle akzeptieren | Ablehnen"
    ]
  }
};
export const GENUINE = {
  en: [
    "The Pensions Regulator said scammers had taken an average of £52,000 from each victim who lost money last year.",
    "“Never give your bank details to someone who cold-calls you about your pension,” said Detective Sergeant Amy Pryce.",
    "Reporting by Daniel Okafor; editing by Ruth Chambers",
    "LONDON (Reuters) - Britain's state pension will rise by 4.1% in April, the government said on Wednesday.",
    "What we know so far",
    "Updated 14:32 GMT, 3 March",
    "Fees at the home had climbed to £1,450 a week, and families were told to sign new contracts within 14 days or find alternative care.",
    "Residents at Oakfield House were offered free flu jabs, but only a third took them up.",
    "The charity Age Forward urged older people to check whether they are entitled to pension credit, which can be worth more than £3,900 a year.",
    "Margaret Ellis, who has died aged 93, was the first woman to run a miners' welfare fund in South Wales.",
    "She is survived by her husband, Tom, three children and eight grandchildren.",
    "Donations in his memory may be made to St Clare's Hospice.",
    "The funeral will be held at St Mary's Church, Hexley, on Friday 12 April at 11am. All welcome.",
    "Analysis",
    "Ms Grant said she had signed up for a newsletter that promised “guaranteed returns” before transferring her entire pension pot.",
    "Her daughter set up an online fundraiser, which raised £8,000 in two days to cover the cost of the funeral.",
    "A petition calling for a public inquiry into the home's closure has gathered more than 12,000 signatures.",
    "Campaigners handed the petition in at Downing Street on Tuesday.",
    "The app, which lets families see care notes in real time, is now used in more than 600 homes across England.",
    "Photograph: Jane Whitlow for the Chronicle",
    "Pictured: Dorothy Keane celebrating her 105th birthday with staff at Brookside Lodge.",
    "Adverts for equity release were banned from daytime television after complaints that they misled viewers, the regulator said.",
    "“Share it with your friends, share it with your neighbours — nobody should miss out on money they're owed,” said Mr Hughes.",
    "The average annual return for defined-contribution pots was 6.8% last year, down from 9.2%.",
    "Members of the scheme will see their contributions rise from 5% to 8% of salary.",
    "Bingo night at the day centre costs £2, including a cup of tea and a biscuit.",
    "Mr Patel, 71, said he deleted his Facebook account after a fake “retired army officer” tried to persuade him to invest in cryptocurrency.",
    "The regulator found that many sites used cookie banners so confusing that older visitors simply clicked “accept all”.",
    "Key points",
    "At 84, he still plays bowls twice a week; his rink won the county final 21-17 last summer.",
    "John Mercer is our personal finance correspondent. He has written about pensions for 20 years.",
    "The full inspection report was published on the Care Quality Commission's website on Monday.",
    "One bookmaker has cut the odds on the pension age reaching 68 before 2035 to 2/1.",
    "Free parking for blue badge holders will end in June, the council confirmed.",
    "Anyone who thinks they have been targeted is advised to hang up, wait five minutes and call their bank on a number they trust.",
    "The ceremony was streamed live on the parish's YouTube channel for relatives who could not travel.",
    "Additional reporting by Priya Nair",
    "Early life",
    "Born in Dundee in 1931, he left school at 14 to work on the docks.",
    "Last year he raised £14,000 for the hospice by completing a sponsored walk at the age of 99."
  ],
  es: [
    "MADRID (EFE).- La nómina de las pensiones contributivas alcanzó en marzo los 12.750 millones de euros, un 6,1 % más que hace un año.",
    "La Policía Nacional recomienda no facilitar nunca datos bancarios por teléfono, aunque quien llame asegure ser de la Seguridad Social.",
    "«Que nadie se quede sin pedir el complemento, que es un derecho», insistió la ministra.",
    "La residencia cobra 2.300 euros al mes por una plaza privada, casi el doble de la pensión media de jubilación.",
    "Los familiares han recogido más de 8.000 firmas para exigir una inspección del centro.",
    "Con información de Laura Benítez",
    "Claves",
    "Actualizado: 14/03/2025 18:45",
    "Descanse en paz. La familia agradece las muestras de cariño recibidas.",
    "El funeral se celebrará mañana, a las 12.00 horas, en la parroquia de San Andrés.",
    "Según la OCU, algunas aplicaciones de teleasistencia cuestan hasta 40 euros al mes sin ofrecer un servicio real de emergencias.",
    "La estafa empezaba con un mensaje de WhatsApp: «Hola, mamá, se me ha roto el móvil y este es mi número nuevo».",
    "¿Cuánto cobraré cuando me jubile?",
    "Nacida en Valladolid en 1934, fue una de las primeras mujeres en ingresar en la carrera judicial en España."
  ],
  fr: [
    "PARIS (AFP) - Les pensions de base seront revalorisées de 2,2 % au 1er janvier, a confirmé mercredi le ministère.",
    "« Ne donnez jamais vos codes bancaires par téléphone, même à quelqu'un qui se présente comme un conseiller de votre caisse de retraite », rappelle la gendarmerie.",
    "Une pétition lancée par les familles des résidents a déjà recueilli plus de 15 000 signatures.",
    "Le tarif hébergement atteint 2 950 euros par mois dans cet établissement privé.",
    "Avec AFP",
    "Ce qu'il faut retenir",
    "Mis à jour le 12 mars 2025 à 17h40",
    "Ses obsèques seront célébrées vendredi à 14 h 30 en l'église Saint-Martin.",
    "Ni fleurs ni couronnes, des dons au profit de la recherche contre la maladie d'Alzheimer.",
    "Selon l'UFC-Que Choisir, certaines applications de téléassistance facturent jusqu'à 35 euros par mois pour un service minimal.",
    "Né à Brest en 1932, il a été instituteur pendant près de quarante ans.",
    "L'arnaque commence souvent par un simple SMS : « Coucou maman, j'ai changé de numéro ».",
    "Les retraités qui pensent avoir été victimes peuvent signaler les faits sur la plateforme gouvernementale dédiée.",
    "En finale du tournoi de pétanque, l'équipe du club des aînés s'est imposée 13 à 9."
  ],
  pt: [
    "BRASÍLIA (Reuters) - O governo anunciou nesta quarta-feira um reajuste de 3,71% para os benefícios acima do salário mínimo.",
    "O INSS não telefona para aposentados pedindo dados bancários, alertou o instituto em nota.",
    "«Não assinem nada sem ler com atenção», aconselhou a presidente da associação de reformados.",
    "A mensalidade do lar pode ultrapassar os 1800 euros, mais do dobro da pensão média em Portugal.",
    "Um abaixo-assinado pedindo a reabertura do centro-dia já reúne mais de 6 mil assinaturas.",
    "Com Lusa",
    "Atualizado em 14/03/2025 às 18h45",
    "O velório será realizado nesta sexta-feira, a partir das 9h, na Capela Municipal.",
    "A família pede que, em vez de flores, sejam feitos donativos a uma instituição de apoio a doentes oncológicos.",
    "Segundo o Procon, golpistas usam aplicativos falsos com o logotipo do INSS para roubar senhas de aposentados.",
    "Entenda",
    "Nascido em Coimbra em 1929, foi professor catedrático de Direito durante quatro décadas.",
    "O golpe começa com uma mensagem no WhatsApp: “Oi, mãe, troquei de número”.",
    "A equipa de veteranos venceu por 3-1 e conquistou o torneio distrital de futebol de caminhada."
  ],
  de: [
    "BERLIN (dpa) - Die Renten steigen zum 1. Juli um 4,57 Prozent, teilte das Bundesarbeitsministerium am Donnerstag mit.",
    "„Legen Sie einfach auf, wenn jemand am Telefon Geld von Ihnen verlangt“, rät Kriminalhauptkommissarin Sabine Roth.",
    "Der Eigenanteil im Pflegeheim liegt im bundesweiten Schnitt inzwischen bei 2.871 Euro im Monat.",
    "Eine Online-Petition gegen die Schließung des Heims haben bereits mehr als 9.000 Menschen unterschrieben.",
    "Mitarbeit: Jonas Weber",
    "Das Wichtigste in Kürze",
    "Aktualisiert am 14.03.2025, 18:45 Uhr",
    "Die Trauerfeier findet am Freitag um 13 Uhr in der Friedhofskapelle statt.",
    "Statt Blumen bittet die Familie um eine Spende an den Hospizverein Neckartal.",
    "Laut Verbraucherzentrale verlangen manche Hausnotruf-Anbieter über 40 Euro im Monat, ohne dass im Notfall jemand vorbeikommt.",
    "Die Betrüger gaben sich als Enkel aus und forderten 30.000 Euro für eine angebliche Kaution.",
    "Kommentar",
    "Geboren 1936 in Königsberg, kam er nach dem Krieg als Flüchtling nach Hannover.",
    "Die Seniorenmannschaft des TSV gewann das Kegelturnier knapp mit 1.812 zu 1.790 Holz."
  ]
};
