// The probe's 48th batch (run.mjs --batch 48): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "Enter now to win a Harlow & Pike ride-on mower worth $4,500 — competition closes Friday at midnight.",
      "Use code HARVEST25 at checkout for 25% off all seed potatoes. This week only!",
      "Claim your FREE soil test kit today (just pay shipping)",
      "New customers: bet £10 on the Gold Cup at Paddock Bet, get £40 in free bets. 18+. T&Cs apply. BeGambleAware.org",
      "WIN a weekend for two at Brackenfold Farm Glamping! Tell us your favourite country memory to enter.",
      "Last chance — our Spring Tractor Sale ends Sunday. Book your test drive today",
      "Grab a free sample pack of Meadowgold heritage tomato seeds while stocks last →"
    ],
    political: [
      "POLL: Should the government ban ALL foreign food imports? Vote now",
      "Sign the petition: Stop the elites from seizing your land. Add your name before midnight.",
      "Chip in $5 to defend rural America from the radical left before tonight's deadline.",
      "Do you approve of the Prime Minister's performance? Yes / No — Have your say",
      "They want to tax your cow's burps. Are you going to let them? Join 200,000 patriots saying NO.",
      "URGENT: our 3X match expires at 11:59 PM. Every dollar you give tonight is TRIPLED to flip the Senate.",
      "Which party do you trust most on immigration? Take our 30-second survey"
    ],
    newsletter: [
      "Get the Farm Gate Briefing — grain prices, weather and policy in your inbox every weekday morning.",
      "You've read 3 of your 4 free articles this month. Subscribe for unlimited access from $1 a week.",
      "Already a subscriber? Log in",
      "By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy. You can unsubscribe at any time.",
      "Sign up to Rural Roundup, our free weekly newsletter",
      "This article is for subscribers only. Start your 30-day free trial to keep reading.",
      "Thanks for signing up! Check your inbox to confirm your subscription."
    ],
    social: [
      "Follow The Country Ledger on Facebook for daily updates from the farm.",
      "View this post on Instagram",
      "Share this story: Facebook Twitter WhatsApp Email",
      "Join our WhatsApp group for the latest livestock market reports",
      "A post shared by Hollowbrook Dairy (@hollowbrookdairy)",
      "Got a story from your village? Tag us @ruralwire on X and TikTok!",
      "Like us on Facebook"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored content | Produced in partnership with Greenfurrow Agritech",
      "This article was paid for by the Dairy Promotion Council. The newsroom was not involved in its creation.",
      "Scroll to continue with content",
      "— Advertisement —",
      "Promoted by Stubble & Sons Insurance"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Best wellies for muddy fields: Thornvale Ranger boots, $89 at Fieldcraft Outfitters. Shop now",
      "DEAL: This 12-egg incubator is down to £54.99 (was £79.99) at Coopright.",
      "Our pick: the Larkmoor 5L pressure sprayer. Check price on Amazon",
      "Prices correct at time of publication. Products are independently selected by our editors.",
      "Buy the book: The Quiet Acre by Ellen Marsh, $24.95 at Bramble Books",
      "Shop the look: waxed field jackets from $129 →"
    ],
    scam: [
      "Farmers stunned: this one weird trick doubles crop yields overnight",
      "Retired rancher turns $250 into $18,000 a month with new crypto app — banks hate it",
      "Doctors baffled by 72-year-old grandma's simple morning remedy for joint pain",
      "Own Texas farmland from just $10! Guaranteed 22% returns. Limited spots left.",
      "The government doesn't want rural homeowners to know about this free solar loophole",
      "TV vet reveals the $1 kitchen ingredient that 'melts' belly fat",
      "You won't believe what this abandoned barn looked like inside (Photos)"
    ],
    related: [
      "Read more: Drought pushes hay prices to 10-year high",
      "ALSO READ - Young farmers struggle to get on the property ladder",
      "Related: Bird flu detected on second Norfolk poultry farm",
      "WATCH: Sheepdog trial champion shows how it's done",
      "More from Farm Weekly: The village shop that refused to close",
      "READ MORE - Fertiliser costs ease but remain above pre-war levels",
      "Recommended: Why your local abattoir may be the next to shut"
    ],
    app: [
      "Listen to this article",
      "Download the FieldNews app for live grain prices and weather alerts",
      "Open in app",
      "Turn on notifications to never miss a market update. Allow / Not now",
      "This video is unavailable in your region.",
      "Listen · 4 min",
      "Get the best reading experience in our app — it's free on iOS and Android."
    ],
    donation: [
      "Support independent rural journalism. Donate today.",
      "The Ridgeline Post is a nonprofit. If you value coverage of small towns, become a member for $5 a month.",
      "Donate",
      "Before you go... our reporting on farm country is free for everyone because readers like you pay for it. Will you give today?",
      "Become a Friend of the Furrow from just £3 a month",
      "Every contribution, big or small, keeps our reporters in the field. Support us →",
      "Make a tax-deductible gift"
    ],
    cookie: [
      "This content is blocked. Accept cookies to view it.",
      "Manage preferences",
      "We use cookies to improve your experience. By continuing, you agree to our use of cookies. Accept all | Reject",
      "To view this content, please enable targeting cookies.",
      "Cookie settings",
      "YouTube content is hidden because you have not consented to third-party cookies. Allow and continue",
      "We and our 142 partners store and access information on your device."
    ]
  },
  es: {
    promo: [
      "¡Participa y gana un tractor cortacésped Agrovera valorado en 3.500 €! Sorteo válido hasta el 30 de junio.",
      "Usa el código COSECHA15 y llévate un 15 % de descuento en semillas ecológicas",
      "Regístrate en ApuestaCampo y recibe hasta 200 € de bono de bienvenida. +18. Juega con responsabilidad.",
      "Consigue GRATIS tu kit de análisis de suelo. ¡Solo hoy!"
    ],
    political: [
      "ENCUESTA: ¿Cree que el Gobierno ha abandonado al mundo rural? Vote ahora",
      "Firma ya: exige la dimisión del ministro antes de que sea demasiado tarde.",
      "¿Está a favor de adelantar las elecciones generales? Sí / No / NS-NC",
      "¡Basta de chiringuitos! Únete a los 50.000 españoles que ya han dicho NO. Colabora con 5 €."
    ],
    newsletter: [
      "Recibe cada mañana en tu correo las claves del campo: precios, clima y ayudas de la PAC. Suscríbete gratis.",
      "Has agotado tus noticias gratuitas de este mes. Suscríbete por 1 € el primer mes.",
      "¿Ya eres suscriptor? Inicia sesión",
      "Al suscribirte aceptas nuestra política de privacidad. Puedes darte de baja en cualquier momento."
    ],
    social: [
      "Síguenos en Instagram y no te pierdas nada de lo que pasa en el pueblo",
      "Ver esta publicación en Instagram",
      "Compartir en: Facebook · X · WhatsApp · Telegram",
      "Únete al canal de WhatsApp de Diario del Agro"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado por Fertimar",
      "Sigue leyendo debajo del anuncio",
      "Este contenido ha sido elaborado por un anunciante. La redacción no ha participado en su elaboración."
    ],
    affiliate: [
      "Las mejores botas de agua para el campo, desde 39,99 € en Amazon",
      "Este artículo contiene enlaces de afiliados: si compras a través de ellos, podemos recibir una comisión.",
      "OFERTA: desbrozadora Talavera X2 por 179 € (antes 249 €). Ver oferta",
      "Cómpralo aquí →"
    ],
    scam: [
      "Un agricultor de Jaén se hace rico con este método que los bancos quieren prohibir",
      "Los médicos no se lo explican: el remedio casero de una abuela de Soria contra la artrosis",
      "Invierte 250 € en olivares y gana 3.000 € al mes. Plazas limitadas",
      "Así está hoy la niña de aquel anuncio de leche de los 90 (te sorprenderá)"
    ],
    related: [
      "Lee también: La sequía dispara el precio del aceite de oliva",
      "Más información - Los jóvenes agricultores, en pie de guerra por el relevo generacional",
      "Te puede interesar: Cómo afecta la lengua azul a las ganaderías de Extremadura",
      "VÍDEO: Así se esquila una oveja en menos de un minuto"
    ],
    app: [
      "Escuchar noticia",
      "Descarga la app de Campo Hoy y recibe alertas de precios en tu móvil",
      "Abrir en la aplicación",
      "Activa las notificaciones para no perderte ninguna última hora"
    ],
    donation: [
      "El periodismo rural independiente necesita tu apoyo. Hazte socio desde 3 € al mes.",
      "Dona",
      "Gracias a nuestros lectores podemos seguir contando lo que pasa en los pueblos. ¿Nos echas una mano?",
      "Colabora con nosotros"
    ],
    cookie: [
      "Este contenido está bloqueado. Acepta las cookies para verlo.",
      "Configurar cookies",
      "Utilizamos cookies propias y de terceros para mejorar tu experiencia. Aceptar | Rechazar | Configurar",
      "Para ver este vídeo debes aceptar las cookies de YouTube."
    ]
  },
  fr: {
    promo: [
      "Jeu-concours : tentez de gagner un séjour à la ferme pour toute la famille ! Participez avant dimanche.",
      "-20 % sur tout le rayon jardinage avec le code POTAGER20",
      "Premier pari remboursé jusqu'à 100 € chez TurfPlus. Jouer comporte des risques : endettement, dépendance… Appelez le 09 74 75 13 13.",
      "Recevez GRATUITEMENT votre guide du potager bio en cliquant ici"
    ],
    political: [
      "SONDAGE – Faut-il sortir de la PAC ? Donnez votre avis",
      "Signez la pétition : non à la taxe sur les chaudières au fioul !",
      "Êtes-vous satisfait de l'action du Premier ministre ? Oui / Non",
      "Ils veulent interdire la viande dans les cantines. Ensemble, disons STOP. Je soutiens avec 10 €"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Agri Matin pour recevoir l'essentiel de l'actualité agricole chaque jour.",
      "Cet article est réservé aux abonnés. Abonnez-vous à partir de 1 € le premier mois.",
      "Déjà abonné ? Se connecter",
      "Vos données sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Suivez-nous sur Facebook",
      "Voir cette publication sur Instagram",
      "Partager : Facebook Twitter LinkedIn E-mail",
      "Rejoignez la communauté de La Gazette des Champs sur WhatsApp"
    ],
    adlabel: [
      "PUBLICITÉ",
      "La suite après cette publicité",
      "Contenu sponsorisé par Terralis",
      "Article proposé par notre partenaire. La rédaction n'a pas participé à sa réalisation."
    ],
    affiliate: [
      "Cet article contient des liens affiliés. Nous pouvons percevoir une commission sur vos achats.",
      "Le broyeur de végétaux Verdal 2500 est à 149,99 € au lieu de 199,99 € chez BricoCampagne",
      "Voir l'offre",
      "Bon plan : les bottes de jardin Aiglette à -30 % sur Amazon"
    ],
    scam: [
      "Un agriculteur de la Creuse découvre comment gagner 4 000 € par mois depuis chez lui",
      "Les médecins sont sidérés : ce remède de grand-mère soulage les douleurs articulaires en 7 jours",
      "Placement garanti : investissez dans les vignes bordelaises dès 100 € et touchez 12 % par an",
      "Vous ne devinerez jamais ce que ce couple a trouvé dans sa vieille grange"
    ],
    related: [
      "À lire aussi : Sécheresse : les éleveurs contraints de vendre leurs vaches",
      "LIRE AUSSI - Grippe aviaire : le niveau de risque relevé à « élevé »",
      "VIDÉO - Dans le Cantal, la transhumance attire des milliers de curieux",
      "Sur le même sujet : Les jeunes agriculteurs peinent à s'installer"
    ],
    app: [
      "Écouter cet article",
      "Téléchargez l'application Terre Actu pour suivre les cours des céréales en direct",
      "Ouvrir dans l'appli",
      "Cette vidéo n'est pas disponible."
    ],
    donation: [
      "Soutenez une information rurale libre et indépendante : faites un don.",
      "Faire un don",
      "Notre journal ne vit que grâce à ses lecteurs. Chaque contribution compte, même 1 €.",
      "Devenez membre des Amis de La Voix des Campagnes et soutenez notre rédaction"
    ],
    cookie: [
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies.",
      "Gérer mes choix",
      "Nous utilisons des cookies pour vous offrir la meilleure expérience. Tout accepter / Continuer sans accepter",
      "Pour afficher ce contenu, veuillez autoriser les traceurs de nos partenaires."
    ]
  },
  pt: {
    promo: [
      "Participe e concorra a uma caminhonete 0 km! Promoção válida até 31/07.",
      "Use o cupom SAFRA10 e ganhe 10% de desconto na primeira compra de sementes",
      "Aposte na Libertadores e ganhe até R$ 500 em bônus. +18. Jogue com responsabilidade.",
      "Receba GRÁTIS o e-book “Como aumentar a produtividade do seu pasto”. Clique aqui!"
    ],
    political: [
      "ENQUETE: Você aprova o governo? Vote agora",
      "Assine o abaixo-assinado contra o novo imposto sobre o agro!",
      "Eles querem acabar com o seu direito de propriedade. Diga NÃO. Contribua com R$ 20.",
      "Sondagem: em quem votaria se as legislativas fossem hoje?"
    ],
    newsletter: [
      "Receba as principais notícias do agro no seu e-mail. Cadastre-se gratuitamente.",
      "Você atingiu o limite de matérias gratuitas. Assine por R$ 1,90 no primeiro mês.",
      "Já é assinante? Faça login",
      "Ao subscrever, aceita a nossa política de privacidade. Pode cancelar a qualquer momento."
    ],
    social: [
      "Siga o Rural em Pauta no Instagram",
      "Ver esta publicação no Instagram",
      "Compartilhe: WhatsApp | Facebook | X | Telegram",
      "Entre no nosso canal do WhatsApp e receba as cotações do dia"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Continua depois da publicidade",
      "Conteúdo patrocinado por AgroVale Seguros",
      "Este conteúdo é de responsabilidade do anunciante."
    ],
    affiliate: [
      "Botas de borracha a partir de R$ 89,90 na Amazon",
      "Podemos receber comissão pelas compras feitas através dos links desta página.",
      "OFERTA: roçadeira Tupã 52cc por R$ 699 (antes R$ 999). Ver preço",
      "Compre agora"
    ],
    scam: [
      "Produtor rural de Goiás descobre jeito de faturar R$ 15 mil por mês sem sair de casa",
      "Médicos ficam chocados com remédio caseiro que acaba com a dor no joelho",
      "Invista em gado a partir de R$ 100 e tenha retorno garantido de 5% ao mês",
      "Veja como está hoje a atriz daquela novela rural dos anos 90"
    ],
    related: [
      "Leia também: Geada atinge cafezais no sul de Minas",
      "VEJA TAMBÉM - Preço da arroba do boi gordo volta a subir em São Paulo",
      "Saiba mais: Como funciona o seguro rural",
      "LEIA MAIS - Seca no Alentejo obriga agricultores a abandonar culturas"
    ],
    app: [
      "Ouvir notícia",
      "Baixe o app do Agro em Foco e acompanhe as cotações em tempo real",
      "Abrir no aplicativo",
      "Ative as notificações para receber alertas de última hora"
    ],
    donation: [
      "Apoie o jornalismo independente do interior. Faça uma doação.",
      "Doe agora",
      "Seja membro a partir de R$ 10 por mês e ajude a manter nossa reportagem no campo.",
      "O Jornal da Serra precisa de si. Contribua com um donativo."
    ],
    cookie: [
      "Este conteúdo está bloqueado. Aceite os cookies para visualizá-lo.",
      "Gerir preferências",
      "Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade. Aceitar",
      "Para ver este vídeo, permita os cookies de terceiros."
    ]
  },
  de: {
    promo: [
      "Jetzt mitmachen und einen Aufsitzmäher von Grünwald im Wert von 3.000 € gewinnen!",
      "Mit dem Code ERNTE20 sparen Sie 20 % auf alle Saatgut-Bestellungen.",
      "Neukundenbonus: 100 % bis zu 100 € auf Ihre erste Sportwette. 18+ | Suchtrisiko | Hilfe unter buwei.de",
      "Gratis-Probe sichern: Bio-Dünger Humusfein jetzt kostenlos testen"
    ],
    political: [
      "UMFRAGE: Soll die Bundesregierung sofort zurücktreten? Jetzt abstimmen!",
      "Unterschreiben Sie jetzt: Nein zur Heizungs-Diktatur!",
      "Sind Sie mit der Arbeit des Kanzlers zufrieden? Ja / Nein / Weiß nicht",
      "Die da oben wollen Ihnen das Fleisch verbieten. Wehren Sie sich – spenden Sie jetzt 10 € für unsere Kampagne."
    ],
    newsletter: [
      "Der Agrar-Newsletter: Jeden Morgen die wichtigsten Nachrichten aus Landwirtschaft und Politik. Jetzt kostenlos abonnieren.",
      "Sie haben bereits ein Abo? Hier anmelden",
      "Weiterlesen mit Plus: 4 Wochen für 0,99 €, danach monatlich kündbar.",
      "Mit Ihrer Anmeldung erklären Sie sich mit unseren Datenschutzbestimmungen einverstanden. Abmeldung jederzeit möglich."
    ],
    social: [
      "Folgen Sie uns auf Facebook und Instagram",
      "Diesen Beitrag auf Instagram ansehen",
      "Artikel teilen: Facebook · WhatsApp · X · E-Mail",
      "Jetzt unserem WhatsApp-Kanal folgen!"
    ],
    adlabel: [
      "ANZEIGE",
      "Weiter nach der Anzeige",
      "Gesponserter Inhalt von Feldmark Versicherung",
      "Dieser Text wurde von unserem Werbepartner erstellt. Die Redaktion war nicht beteiligt."
    ],
    affiliate: [
      "Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine Provision, für Sie ändert sich am Preis nichts.",
      "Gummistiefel „Moorläufer“ für 49,99 € bei Landhandel24 – jetzt kaufen",
      "Deal: Hochbeet aus Lärchenholz für 129 € statt 189 €",
      "Zum Angebot"
    ],
    scam: [
      "Landwirt aus Niedersachsen verdient 6.000 € im Monat mit dieser einfachen Methode – Banken sind wütend",
      "Ärzte sprachlos: Dieses Hausmittel aus Omas Zeiten lindert Gelenkschmerzen in wenigen Tagen",
      "Ackerland ab 50 € kaufen: Garantiert 9 % Rendite pro Jahr!",
      "So sieht die Bauerntochter aus der Kultsendung heute aus"
    ],
    related: [
      "Lesen Sie auch: Dürre in Brandenburg: Landwirte rechnen mit Ernteausfällen",
      "MEHR ZUM THEMA - Vogelgrippe: Stallpflicht im Landkreis Cloppenburg",
      "Auch interessant: Warum immer mehr Dorfläden schließen",
      "VIDEO: So funktioniert ein Melkroboter"
    ],
    app: [
      "Artikel vorlesen lassen",
      "Laden Sie die Hofblatt-App herunter – mit Unwetterwarnungen für Ihre Region.",
      "In der App öffnen",
      "Push-Benachrichtigungen aktivieren? Zulassen / Später"
    ],
    donation: [
      "Unabhängiger Journalismus vom Land braucht Ihre Unterstützung. Jetzt spenden.",
      "Spenden",
      "Werden Sie Mitglied ab 5 € im Monat und sichern Sie unabhängige Berichterstattung aus der Region.",
      "Ihnen gefällt unsere Arbeit? Unterstützen Sie uns mit einem freiwilligen Beitrag."
    ],
    cookie: [
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von YouTube. Um ihn anzuzeigen, müssen Sie der Verwendung von Cookies zustimmen.",
      "Cookie-Einstellungen",
      "Wir verwenden Cookies und ähnliche Technologien. Alle akzeptieren | Ablehnen | Einstellungen",
      "Inhalt blockiert – bitte Cookies akzeptieren"
    ]
  }
};

export const GENUINE = {
  en: [
    "DES MOINES, Iowa (AP) — Corn growers across the state are bracing for another week without meaningful rain.",
    "Reporting by Martha Okafor; Editing by Tom Reilly",
    "What we know",
    "Updated 6:42 p.m. ET, March 14",
    "Police said the fraudsters posed as a feed supplier and asked farmers to pay invoices into a new bank account.",
    "“Sign up before the deadline or you'll lose out,” the union's regional director told members at the meeting in Carlisle.",
    "Wheat futures closed up 2.3% at $6.18 a bushel on Tuesday.",
    "Lambs sold for an average of £98 per head at Hexham mart, up £6 on the week.",
    "The petition, signed by more than 40,000 people, calls on ministers to guarantee the farm support budget until 2030.",
    "Analysis",
    "The app lets growers log pesticide applications from their phones, but older farmers say mobile coverage in the hills is too patchy to rely on.",
    "Volunteers help bring in the barley harvest near Ledbury on Saturday. (Sam Whitlock/The Ledger)",
    "Neighbours have donated more than $12,000 to rebuild the Hendricks family's barn after last month's fire.",
    "The free helpline, run by the farming charity Rural Lifeline, is open 24 hours a day.",
    "Officials urged poultry keepers to register their flocks by 30 June and report any suspected cases immediately.",
    "Kilbride 2-14, Ardnacrusha 1-09",
    "Cookie Hargreaves, 84, has baked for the village show every year since 1962.",
    "Roadside advertising signs were banned by the county council in 2019, leaving farm shops struggling to attract passing trade.",
    "Subscriptions to vegetable box schemes have fallen by a fifth since the pandemic peak, according to industry body Box Growers UK.",
    "Jane Ellery is our agriculture correspondent. She grew up on a sheep farm in Powys.",
    "Farmers shared photos of flooded fields on social media as the river burst its banks overnight.",
    "“Follow the money,” said one dairy farmer. “The supermarkets take the margin, we take the risk.”",
    "Betting on the weather has always been part of farming, but growers say the odds are getting worse.",
    "The cooperative will pay members a bonus of 1.5 cents per litre for milk delivered in August.",
    "The grant scheme was oversubscribed within hours of opening, leaving hundreds of applicants on a waiting list.",
    "Free-range egg sales rose 8 per cent in the year to March.",
    "Asked what shoppers could do, the minister said: “Look for the label, check the origin and back your local producers.”",
    "Additional reporting by Priya Natarajan in Ludhiana.",
    "Photograph: Hannah Corr",
    "The scam targeted elderly landowners with letters promising guaranteed returns on solar leases.",
    "Tractor sales in India climbed 11% in October as dealers offered festival discounts and easy credit.",
    "More than 300 people have joined a WhatsApp group set up to track stolen quad bikes in the valley.",
    "Why it matters",
    "The auction raised £18,400 for the air ambulance, with a pedigree Hereford heifer fetching the top bid.",
    "Correction: An earlier version of this story misstated the size of the farm. It is 420 acres, not 240.",
    "Thousands of sheep were driven across the ridge to summer pastures on Sunday, a tradition dating back centuries.",
    "Shares in fertiliser makers fell sharply after the announcement.",
    "The ministry says anyone who receives such a text should not click the link and should report it to their bank.",
    "Sponsored by the county agricultural society, the ploughing match has been held every autumn since 1887.",
    "The farm's online shop now accounts for a third of its sales, the owners said."
  ],
  es: [
    "JAÉN, 12 Mar. (EUROPA PRESS) - Los olivareros de la provincia dan por perdida buena parte de la cosecha tras la ola de calor.",
    "El aceite de oliva virgen extra se pagó esta semana a 4,12 euros el kilo en origen, un 3 % menos que la anterior.",
    "La Guardia Civil alerta de una estafa que suplanta a la Seguridad Social para pedir datos bancarios a ganaderos.",
    "«Que nadie firme nada sin leerlo», advirtió el presidente de la cooperativa durante la asamblea.",
    "Más de 12.000 personas han firmado la petición para mantener abierta la única sucursal bancaria del pueblo.",
    "Claves de la reforma",
    "Los vecinos han donado más de 8.000 euros para reconstruir la ermita tras el incendio.",
    "La aplicación, gratuita, permite a los agricultores llevar el cuaderno de campo desde el móvil.",
    "Fotografía: Ana Belén Ruiz",
    "Actualizado a las 14:35 h",
    "¿Quién paga la sequía? Los regantes temen quedarse sin agua en agosto.",
    "Las ayudas de la PAC se podrán solicitar hasta el 30 de abril; la consejería recomienda no esperar a última hora.",
    "La lonja de Salamanca cerró con subidas de 5 € por cabeza en los terneros cruzados.",
    "Con información de Pablo Herrero"
  ],
  fr: [
    "Rennes (AFP) – Plusieurs centaines de producteurs de lait ont bloqué mardi les accès à la rocade.",
    "Le blé tendre s'échangeait à 218 € la tonne sur Euronext vendredi, en hausse de 1,5 %.",
    "« Signez, sinon on ne sera jamais entendus », lançait un éleveur aux passants devant la préfecture.",
    "La pétition contre l'agrandissement de la porcherie a recueilli plus de 9 000 signatures.",
    "Ce qu'il faut retenir",
    "Publié le 14 mars 2024 à 08h15, mis à jour à 17h42",
    "La gendarmerie met en garde contre de faux démarcheurs qui proposent des panneaux solaires « gratuits » aux exploitants.",
    "Une cagnotte en ligne a permis de réunir 23 000 € pour aider la famille dont la grange a brûlé.",
    "Photo : Jean-Marc Dulac",
    "L'application, développée par la chambre d'agriculture, prévient les vignerons des risques de gel sur leurs parcelles.",
    "Les abonnements aux paniers de légumes de l'Amap ont doublé en deux ans.",
    "Avec AFP",
    "La préfecture demande aux éleveurs de mettre leurs volailles à l'abri et de signaler toute mortalité anormale.",
    "Le prix du lait payé aux producteurs atteint 450 € les 1 000 litres, selon l'interprofession."
  ],
  pt: [
    "SÃO PAULO (Reuters) - A safra de soja do Brasil deve atingir 162 milhões de toneladas, segundo a Conab.",
    "A saca de 60 kg de café arábica foi negociada a R$ 1.240 nesta terça-feira, alta de 2,1%.",
    "A Polícia Civil alerta para um golpe em que criminosos se passam por compradores de gado e enviam comprovantes falsos de Pix.",
    "“Inscrevam-se até sexta, senão perdem o apoio”, avisou o presidente da associação de produtores.",
    "O abaixo-assinado pela recuperação da estrada vicinal já reúne mais de 3 mil assinaturas.",
    "Entenda",
    "Atualizado às 18h20",
    "Foto: Marcos Vieira/Divulgação",
    "O aplicativo, gratuito, ajuda pequenos produtores a calcular a quantidade de adubo por hectare.",
    "Moradores doaram mais de 2 toneladas de alimentos para as famílias atingidas pela enchente.",
    "Os agricultores podem candidatar-se aos apoios até 30 de abril, lembrou a Direção Regional de Agricultura.",
    "Com informações da Agência Brasil",
    "O peão Lucas Ferreira, de 22 anos, venceu a final do rodeio com 89,5 pontos.",
    "O leite pago ao produtor caiu para R$ 2,31 o litro em maio, segundo o Cepea."
  ],
  de: [
    "Hannover (dpa) – Niedersachsens Landwirte rechnen nach dem nassen Frühjahr mit einer unterdurchschnittlichen Getreideernte.",
    "Der Erzeugerpreis für Milch lag im Mai bei 42,3 Cent je Kilogramm, teilte die Landesvereinigung mit.",
    "Die Polizei warnt vor Betrügern, die sich als Mitarbeiter der Tierseuchenkasse ausgeben und Landwirte zur Zahlung auffordern.",
    "„Kommen Sie zur Demo, wir brauchen jeden Traktor“, sagte Kreislandwirt Dieter Lübbers.",
    "Eine Online-Petition gegen die Schließung des Schlachthofs haben bereits mehr als 15.000 Menschen unterzeichnet.",
    "Was bisher bekannt ist",
    "Aktualisiert am 14.03.2024, 17:42 Uhr",
    "Foto: Katrin Wessel/dpa",
    "Die App der Landwirtschaftskammer zeigt an, wann Gülle auf welchen Flächen ausgebracht werden darf.",
    "Nach dem Brand des Kuhstalls haben Nachbarn und Vereine mehr als 30.000 Euro gespendet.",
    "Der Weizenpreis an der Matif fiel um 2,4 Prozent auf 212,50 Euro je Tonne.",
    "Mit Material von dpa und AFP",
    "Das Landratsamt rät Tierhaltern, Geflügel bis auf Weiteres im Stall zu halten.",
    "Abonnenten der Gemüsekiste bekommen in diesem Winter vor allem Kohl und Rüben, weil der Frost die Salate vernichtet hat."
  ]
};
