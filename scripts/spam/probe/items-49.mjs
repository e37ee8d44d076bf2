// The probe's 49th batch (run.mjs --batch 49): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "Win a pair of weekend passes to Driftwood Sound Festival — enter before midnight Friday, winners drawn at random.",
      "Use code BASSDROP15 at checkout for 15% off all Nightjar Tickets orders this week only",
      "CLAIM YOUR FREE VIP UPGRADE: the first 500 fans to register get backstage lounge access!",
      "New customers: bet £10 on the Eurovision winner, get £40 in free bets. 18+. T&Cs apply. BeGambleAware.org",
      "Want your name on the guestlist? Tag three friends and follow @lumenclub to enter our Halloween giveaway.",
      "Two-for-one cocktails at Velvet Crane every Thursday — just show this page at the bar.",
      "Spin the wheel to unlock up to 50% off vinyl, merch and festival camping bundles >>"
    ],
    political: [
      "POLL: Should the President be impeached? Cast your vote now before the results are sent to Congress.",
      "Chip in $5 to stop the radical left from defunding our police — every dollar matched 3X until midnight!",
      "Sign the petition: Tell Senator Hallworth to keep his hands off your pension.",
      "They laughed at him. Now he's leading in every swing state. See the numbers the media won't show you.",
      "Do you approve of the Prime Minister's handling of immigration? YES / NO",
      "Add your name to demand a full audit of the 2024 vote count →",
      "Patriots only: claim your official Defend Freedom membership card today."
    ],
    newsletter: [
      "Get the week's best gig picks in your inbox every Thursday. Sign up for The Setlist.",
      "You've read 3 of 4 free articles this month. Subscribe for unlimited access from £1 a week.",
      "Already a subscriber? Log in to continue reading.",
      "By signing up you agree to our Terms of Use and acknowledge the data practices in our Privacy Policy. You may unsubscribe at any time.",
      "Never miss a drop: the Afterhours newsletter lands every Friday at 9am.",
      "This article is for members only. Start your 30-day trial to keep reading.",
      "Thanks for signing up! Keep an eye on your inbox for your first edition of Encore Weekly."
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Marla Quinn (@marlaquinnmusic)",
      "Follow us on TikTok for backstage clips and festival-day survival tips",
      "Share on Facebook Share on X Share via Email",
      "Join 40,000 ravers in our WhatsApp channel for set-time alerts.",
      "Like what you're reading? Give us a follow @soundcheckdaily",
      "Got thoughts on the lineup? Join the conversation in our Discord server."
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored by Halcyon Audio",
      "This content was produced in partnership with Glowline Spirits. The editorial team was not involved in its creation.",
      "Scroll to continue with content",
      "Ad · Paid partner",
      "PROMOTED CONTENT"
    ],
    affiliate: [
      "Sennview Arc Pro wireless earbuds, $149 (was $199) at Amazon",
      "We may earn a commission when you buy through links on our site.",
      "Shop now",
      "The best festival tents under £100, tested in a muddy field — see our picks",
      "Deal alert: the Crosby T-60 turntable just dropped to its lowest price ever at Best Buy.",
      "Buy the album on limited-edition splatter vinyl at RoughGroove Records (£27.99)",
      "Prices were accurate at the time of publishing but may change."
    ],
    scam: [
      "Doctors stunned: 62-year-old rock drummer reverses hearing loss with one kitchen ingredient",
      "Singer reveals how she makes $12,000 a week from home with this Bitcoin trick",
      "Fans in shock after seeing what the 90s boyband star looks like now",
      "Tinnitus? Do this immediately before bed (watch)",
      "The 'Quantum Profit' app that banks are begging the government to ban",
      "New loophole lets Londoners get free solar panels — check your eligibility",
      "Gig-goers are snapping up this $39 'smart hearing' device—here's why"
    ],
    related: [
      "Read more: Headliners confirmed for Brixmoor Weekender as ticket sales open",
      "ALSO READ - Why vinyl sales keep climbing even as streaming dominates",
      "Related: The club that refused to close: 40 years of the Copper Room",
      "WATCH: Crowd joins in as cellist busks outside Lisbon metro station",
      "More from Nightlife: Best rooftop bars to catch the sunset this summer",
      "RELATED - Festival organisers fined over overcrowding at main stage",
      "Don't miss: The 25 greatest live albums of all time, ranked"
    ],
    app: [
      "Listen to this article",
      "Open in app",
      "Get breaking music news first — turn on notifications",
      "Download the Stagebeat app for personalised concert alerts near you. Available on iOS and Android.",
      "Video unavailable. This video is not available in your country.",
      "Read this story in the app for a better experience →",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support independent music journalism. Donate from £2.",
      "We don't have a paywall. That's because readers like you chip in. Become a member today.",
      "If you value our coverage of the local scene, consider a one-off contribution.",
      "Donate",
      "Help keep Loud & Local free for everyone — give what you can this month.",
      "Become a Patron for $3/month and get early access to our festival guides.",
      "Our reporting relies on you. Join 12,431 supporters who've already given this year."
    ],
    cookie: [
      "This content is blocked. Accept cookies to view it.",
      "Manage preferences",
      "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
      "To view this Spotify embed, you need to allow social media cookies. Allow and continue",
      "Accept all | Reject all | Settings",
      "This YouTube video cannot be shown because you have declined marketing cookies. Change your consent settings.",
      "We and our 214 partners store and access information on your device."
    ]
  },
  es: {
    promo: [
      "¡Sorteamos 5 abonos dobles para el Festival Marea Sur! Participa antes del domingo a las 23:59.",
      "Usa el código FIESTA20 y llévate un 20 % de descuento en tus entradas para cualquier concierto de la temporada.",
      "Regístrate hoy y consigue hasta 200 € en apuestas gratis. +18. Juega con responsabilidad.",
      "Canjea tu cupón y disfruta de la primera copa gratis en Sala Bohemia este viernes"
    ],
    political: [
      "ENCUESTA: ¿Debería dimitir el presidente del Gobierno? Vota ahora",
      "Firma ya: exige al Congreso que baje los impuestos a las familias trabajadoras",
      "Lo que los medios no te cuentan sobre la reforma de las pensiones. Míralo antes de que lo borren.",
      "Colabora con 10 € para frenar la agenda de la oposición. Cada aportación cuenta."
    ],
    newsletter: [
      "Recibe cada jueves en tu correo la agenda de conciertos del fin de semana. Suscríbete gratis.",
      "Has agotado tus artículos gratuitos de este mes. Suscríbete por 1 € el primer mes.",
      "¿Ya eres suscriptor? Inicia sesión",
      "Al suscribirte aceptas la política de privacidad y el envío de comunicaciones comerciales. Puedes darte de baja en cualquier momento."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Síguenos en TikTok y no te pierdas ningún backstage",
      "Compartir en WhatsApp",
      "Únete a nuestro canal de Telegram para enterarte antes que nadie de los nuevos conciertos."
    ],
    adlabel: [
      "PUBLICIDAD",
      "La noticia continúa tras la publicidad",
      "Contenido patrocinado por Cervezas Alborada",
      "Este contenido ha sido elaborado por un anunciante. La redacción no ha participado en su elaboración."
    ],
    affiliate: [
      "Auriculares Sonarq Air 3 por 59,99 € (antes 89,99 €) en Amazon",
      "Como afiliados, podemos recibir una comisión por las compras realizadas a través de los enlaces de este artículo.",
      "Comprar ahora",
      "Chollo: el tocadiscos Vintora TX-2 baja a su precio mínimo histórico en Tiendas Ondas"
    ],
    scam: [
      "Médicos sorprendidos: este cantante de los 80 recuperó el oído con un remedio casero",
      "Una madre de Valencia gana 3.000 € a la semana desde casa con este truco de criptomonedas",
      "No creerás cómo luce hoy la vocalista de aquel grupo del verano de 1998",
      "El método que los bancos no quieren que conozcas: invierte 250 € y multiplica tus ingresos"
    ],
    related: [
      "Lee también: Los festivales de verano suben el precio de sus abonos un 15 %",
      "Más información - El Festival Arenal anuncia su cartel completo",
      "Te puede interesar: Cierra la sala más antigua de Madrid tras 50 años de conciertos",
      "VÍDEO: Así fue el multitudinario concierto gratuito en la Plaza Mayor"
    ],
    app: [
      "Escuchar este artículo",
      "Descarga nuestra app y recibe alertas de conciertos cerca de ti",
      "Activa las notificaciones para no perderte ninguna novedad",
      "Vídeo no disponible"
    ],
    donation: [
      "Apoya el periodismo musical independiente. Hazte socio desde 3 € al mes.",
      "Donar",
      "Si te gusta lo que hacemos, ayúdanos a seguir haciéndolo: haz una aportación.",
      "Sin tus contribuciones, esta revista no existiría. Colabora hoy."
    ],
    cookie: [
      "Este contenido está bloqueado. Acepta las cookies para verlo.",
      "Gestionar preferencias",
      "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.",
      "Para ver este vídeo de YouTube debes aceptar las cookies de redes sociales. Aceptar y continuar"
    ]
  },
  fr: {
    promo: [
      "Jeu concours : tentez de gagner vos pass 3 jours pour le festival Les Nuits Salées !",
      "-15 % sur toute la billetterie avec le code ÉTÉ15, jusqu'à dimanche minuit",
      "Pariez sur le vainqueur de l'Eurovision : 100 € offerts sur votre premier pari. Jouer comporte des risques : endettement, isolement, dépendance. Appelez le 09 74 75 13 13 (appel non surtaxé).",
      "Votre première consommation offerte au Clair-Obscur sur présentation de cet article"
    ],
    political: [
      "SONDAGE : Faut-il dissoudre l'Assemblée nationale ? Votez maintenant",
      "Signez la pétition pour dire STOP à la hausse des impôts locaux !",
      "Ce que les grands médias vous cachent sur l'immigration. Vidéo choc.",
      "Soutenez notre mouvement : chaque don de 10 € compte pour 2027."
    ],
    newsletter: [
      "Recevez chaque vendredi notre sélection de concerts du week-end. Inscrivez-vous gratuitement.",
      "Cet article est réservé aux abonnés. Profitez de notre offre : 1 € le premier mois.",
      "Déjà abonné ? Connectez-vous",
      "En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Suivez-nous sur Instagram et TikTok pour ne rien rater des coulisses",
      "Partager sur Facebook Partager sur X Copier le lien",
      "Rejoignez notre chaîne WhatsApp pour recevoir les annonces de concerts en avant-première."
    ],
    adlabel: [
      "PUBLICITÉ",
      "La suite après cette publicité",
      "Contenu sponsorisé par Maison Verlaine Spiritueux",
      "Cet article a été rédigé en partenariat avec une marque. La rédaction n'a pas participé à sa réalisation."
    ],
    affiliate: [
      "Casque Audiolène Studio 7 à 129,99 € au lieu de 179,99 € chez Fnac",
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission sur vos achats.",
      "Voir l'offre",
      "Bon plan : la platine vinyle Orphéa P3 passe sous la barre des 200 €"
    ],
    scam: [
      "Les médecins n'en reviennent pas : ce chanteur de 70 ans a retrouvé l'audition grâce à une astuce de grand-mère",
      "Il gagne 4 800 € par mois depuis son canapé grâce à cette plateforme crypto",
      "Vous ne devinerez jamais à quoi ressemble aujourd'hui la chanteuse de ce tube de l'été 1995",
      "Acouphènes : faites ceci chaque soir avant de dormir"
    ],
    related: [
      "Lire aussi : Fête de la musique, les rues piétonnes prises d'assaut à Lyon",
      "À LIRE AUSSI - Pourquoi les festivals d'été peinent à trouver des bénévoles",
      "VIDÉO : Un orchestre improvisé sur le quai d'une gare fait le tour des réseaux",
      "Sur le même sujet : La salle de concert historique de Nantes fermera ses portes fin juin"
    ],
    app: [
      "Écouter cet article",
      "Téléchargez l'application Scènes & Sons pour suivre vos artistes préférés",
      "Activez les notifications pour ne rien manquer",
      "Ouvrir dans l'application"
    ],
    donation: [
      "Soutenez un média musical indépendant : faites un don dès 5 €.",
      "Faire un don",
      "Ce média vit grâce à ses lecteurs. Votre don est déductible à 66 % de vos impôts.",
      "Devenez membre et rejoignez les 3 200 lecteurs qui nous font vivre."
    ],
    cookie: [
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies. Cliquez ici pour les autoriser.",
      "Paramétrer les cookies",
      "Nous et nos partenaires utilisons des cookies pour vous proposer des contenus et publicités personnalisés.",
      "Tout accepter / Tout refuser / Personnaliser"
    ]
  },
  pt: {
    promo: [
      "Concorra a um par de ingressos para o Festival Maré Alta! Basta seguir nosso perfil e marcar dois amigos.",
      "Use o cupom SHOW10 e ganhe 10% de desconto na compra de ingressos até domingo.",
      "Cadastre-se e ganhe R$ 200 em apostas grátis. +18. Jogue com responsabilidade.",
      "Primeira cerveja por nossa conta no Bar Vinil: mostre esta matéria no balcão"
    ],
    political: [
      "ENQUETE: Você aprova o governo atual? Vote agora",
      "Assine o abaixo-assinado contra o aumento de impostos e compartilhe com seus contatos!",
      "O vídeo que a grande mídia não quer que você veja sobre as eleições de 2026",
      "Contribua com R$ 20 e ajude a eleger quem defende a família brasileira."
    ],
    newsletter: [
      "Receba toda sexta-feira a agenda de shows da sua cidade. Inscreva-se na nossa newsletter.",
      "Você atingiu o limite de matérias gratuitas. Assine por R$ 1,90 no primeiro mês.",
      "Já é assinante? Faça login",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Siga a gente no Instagram e no TikTok",
      "Compartilhe no WhatsApp",
      "Entre no nosso canal do WhatsApp e receba as novidades da música em primeira mão"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Continua após a publicidade",
      "Conteúdo patrocinado",
      "Este conteúdo é de responsabilidade do anunciante e não reflete a opinião do veículo."
    ],
    affiliate: [
      "Fone Sonora Pulse X por R$ 249,90 na Amazon (era R$ 399)",
      "Podemos receber comissão pelas compras feitas por meio dos links desta página.",
      "Compre agora",
      "Oferta do dia: vitrola Ritmata Retrô com 35% de desconto no Magazine Luiza"
    ],
    scam: [
      "Médicos ficam chocados: cantor de 68 anos elimina zumbido no ouvido com receita caseira",
      "Brasileira fatura R$ 8 mil por semana com robô de criptomoedas; veja como",
      "Lembra dela? Veja como está hoje a vocalista daquela banda de axé dos anos 90",
      "Truque simples faz aposentados ganharem renda extra sem sair de casa"
    ],
    related: [
      "Leia também: Festival Maré Alta divulga horários dos shows do palco principal",
      "LEIA MAIS - Casas noturnas de São Paulo terão novo horário de funcionamento",
      "VÍDEO: Fãs cantam à capela após queda de energia em show no Recife",
      "Saiba mais: Por que os ingressos de shows internacionais ficaram tão caros"
    ],
    app: [
      "Ouvir esta matéria",
      "Baixe o app e receba alertas de shows perto de você",
      "Ative as notificações e fique por dentro das novidades",
      "Vídeo indisponível"
    ],
    donation: [
      "Apoie o jornalismo cultural independente. Doe a partir de R$ 10.",
      "Doar",
      "Faça parte do nosso clube de apoiadores e ajude a manter este site no ar.",
      "Gostou? Contribua com qualquer valor via Pix."
    ],
    cookie: [
      "Este conteúdo está bloqueado. Aceite os cookies para visualizá-lo.",
      "Gerenciar preferências",
      "Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
      "Aceitar todos | Rejeitar | Configurações"
    ]
  },
  de: {
    promo: [
      "Gewinnspiel: Wir verlosen 3 × 2 Festivaltickets für das Elbufer Open Air – jetzt mitmachen!",
      "Mit dem Code SOMMER15 sparst du 15 % auf alle Konzerttickets – nur bis Sonntag.",
      "Jetzt registrieren und 100 € Wettbonus sichern! 18+ | Glücksspiel kann süchtig machen.",
      "Gratis Drink im Club Nachtfalter: einfach diesen Artikel an der Bar vorzeigen."
    ],
    political: [
      "UMFRAGE: Sollte die Bundesregierung zurücktreten? Jetzt abstimmen!",
      "Jetzt unterschreiben: Stoppt die Heizungs-Abzocke der Regierung!",
      "Was die Mainstream-Medien Ihnen über Migration verschweigen – das Video",
      "Unterstützen Sie unsere Bewegung mit 10 € – für ein Deutschland, das wieder funktioniert."
    ],
    newsletter: [
      "Die besten Konzerttipps fürs Wochenende – jeden Donnerstag kostenlos in Ihrem Postfach. Jetzt anmelden.",
      "Sie haben Ihr Kontingent an freien Artikeln erreicht. Jetzt 4 Wochen für 0,99 € lesen.",
      "Bereits Abonnent? Hier anmelden",
      "Mit Ihrer Anmeldung erklären Sie sich mit unseren Datenschutzbestimmungen einverstanden. Eine Abmeldung ist jederzeit möglich."
    ],
    social: [
      "Diesen Beitrag auf Instagram ansehen",
      "Folgt uns auf TikTok für Backstage-Clips und Festival-News!",
      "Artikel teilen: Facebook X WhatsApp E-Mail",
      "Tritt unserem WhatsApp-Kanal bei und verpasse keine Clubnacht mehr."
    ],
    adlabel: [
      "ANZEIGE",
      "Weiter nach der Anzeige",
      "Advertorial – präsentiert von Brauhaus Lindenhof",
      "Dieser Inhalt wurde in Kooperation mit einem Werbepartner erstellt und ist nicht Teil der redaktionellen Berichterstattung."
    ],
    affiliate: [
      "Kopfhörer Klangwerk KW-900 für 149,99 € statt 229 € bei MediaMarkt",
      "Wir erhalten eine Provision, wenn Sie über diese Links einkaufen. Für Sie ändert sich am Preis nichts.",
      "Zum Angebot",
      "Deal des Tages: Plattenspieler Tonarm T2 zum Bestpreis – nur solange der Vorrat reicht"
    ],
    scam: [
      "Ärzte sprachlos: 70-jähriger Rocksänger besiegt Tinnitus mit einfachem Hausmittel",
      "Münchner verdient 2.500 € am Tag mit dieser Krypto-App – Banken sind wütend",
      "So sieht die Sängerin aus dem Sommerhit von 1997 heute aus – unglaublich!",
      "Dieser simple Trick macht Hörgeräte überflüssig"
    ],
    related: [
      "Lesen Sie auch: Clubsterben in Berlin – warum immer mehr Läden schließen",
      "AUCH INTERESSANT - Festival-Veranstalter erhöhen die Ticketpreise um bis zu 20 Prozent",
      "VIDEO: Orchester spielt spontan im Hamburger Hauptbahnhof",
      "Mehr zum Thema: Diese Open Airs finden im Sommer in NRW statt"
    ],
    app: [
      "Artikel anhören",
      "Laden Sie jetzt unsere App herunter und erhalten Sie Push-Nachrichten zu neuen Konzerten.",
      "In der App öffnen",
      "Dieses Video ist leider nicht mehr verfügbar."
    ],
    donation: [
      "Unabhängiger Musikjournalismus kostet Geld. Unterstützen Sie uns schon ab 3 € im Monat.",
      "Jetzt spenden",
      "Werden Sie Mitglied und sichern Sie die Zukunft unseres Magazins.",
      "Ihnen gefällt unser Angebot? Dann freuen wir uns über einen freiwilligen Beitrag per PayPal."
    ],
    cookie: [
      "An dieser Stelle finden Sie einen externen Inhalt von Spotify. Um ihn anzuzeigen, müssen Sie der Datenübertragung zustimmen.",
      "Einstellungen verwalten",
      "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung unserer Website stimmen Sie dem zu.",
      "Alle akzeptieren | Nur notwendige Cookies | Mehr Informationen"
    ]
  }
};
export const GENUINE = {
  en: [
    "Reporting by Tom Harlowe; editing by Gina Pratt",
    "LONDON (Reuters) - Ticket resale platforms will be forced to cap prices at face value plus 10%, the government said on Tuesday.",
    "Police warned fans not to buy wristbands from strangers on social media, saying dozens had been scammed out of up to £300.",
    "“Buy a ticket, come down, support live music,” the venue's owner told the crowd before the encore.",
    "What we know so far",
    "Analysis",
    "Updated 14:32 BST",
    "The petition to save the Copper Room has gathered more than 38,000 signatures since the landlord announced plans to redevelop the site.",
    "Tickets cost £85 plus a booking fee, and sold out in under four minutes.",
    "Streaming now accounts for 84% of recorded-music revenue in the US, according to the industry's trade body.",
    "The festival app, which replaced paper wristbands this year, crashed for nearly two hours on Saturday, leaving thousands stuck at the gates.",
    "Photograph: Jess Moreno/Getty Images",
    "Organisers urged festivalgoers to download the official map before arriving, as mobile signal on the site is patchy.",
    "The band has asked fans to donate to a hardship fund for crew members who lost work during the cancelled tour.",
    "Subscription prices for the streaming platform will rise by $1 a month from June, the company confirmed.",
    "She first posted the song on TikTok in March; within a week it had 12 million views.",
    "Anna Keel is a music writer based in Manchester who covers electronic music and club culture.",
    "Bookmakers had the Swedish entry at 5/2 to win the contest before the semi-final.",
    "“Follow your gut and don't read the comments,” he says when asked what advice he'd give younger artists.",
    "The advertising campaign for the album featured billboards in 30 cities showing only a phone number.",
    "Doors open at 7pm; support act Pale Harbour is due on stage at 8.",
    "Setlist",
    "The club's licence was suspended after an undercover test purchase found staff selling alcohol to 17-year-olds.",
    "Consumer groups say the dynamic pricing model pushed some standard tickets above $400.",
    "Read the full statement from the band below.",
    "The singer thanked fans “for every stream, every share and every sweaty night in a tiny venue.”",
    "Sponsorship from an energy drink brand covered nearly a third of the festival's £2.1m budget, accounts show.",
    "Cookies, crisps and cans of cider were confiscated at the entrance under the event's strict no-outside-food policy.",
    "Attendance: 62,000 across three days, down from 70,000 in 2023.",
    "Norway finished with 312 points, 41 ahead of Italy, after a late surge in the public vote.",
    "The fraudsters promised investors returns of 20% a month from a fake concert-promotion company, prosecutors said.",
    "Fans who bought through unofficial sites were advised to contact their bank and report the fraud to Action Fraud.",
    "NASHVILLE, Tenn. (AP) — Country singer Della Rae Cutter has cancelled the rest of her tour on doctors' advice.",
    "Additional reporting by Sam Okafor",
    "This article was amended on 3 May 2025 to correct the name of the festival's headline act.",
    "The newsletter the band sends to fans every month has become, in effect, its main way of announcing shows.",
    "“Vote for us tonight, Ireland!” the duo wrote on Instagram hours before the final.",
    "Why it matters",
    "Earplugs are handed out free at the bar, a measure the venue says has cut hearing complaints from staff.",
    "The free concert in the park, funded by the city council, drew an estimated 15,000 people."
  ],
  es: [
    "BARCELONA, 4 jul. (EFE).- La Guardia Urbana desalojó anoche una fiesta ilegal con más de 800 asistentes en una nave del Poblenou.",
    "La Policía Nacional alerta de una estafa con entradas falsas para conciertos que se venden a través de redes sociales.",
    "Los abonos, que costaban 95 euros en la primera tanda, alcanzan ya los 160 en la reventa.",
    "«Comprad las entradas solo en la web oficial», insistió la organización en un comunicado.",
    "Con información de Lucía Ferrer y Andrés Molina",
    "Claves del concierto",
    "Actualizado: 15/06/2025 21:47",
    "Más de 40.000 personas han firmado una petición para que el Ayuntamiento no cierre la sala.",
    "El 62 % de los jóvenes de entre 18 y 24 años escucha música en streaming a diario, según el último informe del sector.",
    "¿Qué pasa con quienes ya habían comprado su entrada? La promotora asegura que devolverá el importe íntegro en un plazo de 14 días.",
    "La cantante pidió al público que guardara el móvil durante la primera canción: «Vividlo con los ojos, no con la pantalla».",
    "Las casas de apuestas situaban a la representante española entre los cinco favoritos de Eurovisión.",
    "Foto: Marta Gil",
    "La aplicación del festival permite recargar la pulsera cashless, aunque muchos asistentes se quejaron de las comisiones."
  ],
  fr: [
    "RENNES (AFP) - Plus de 280 000 festivaliers sont attendus ce week-end, un record selon les organisateurs.",
    "La préfecture appelle les festivaliers à ne pas acheter de billets auprès de particuliers sur les réseaux sociaux, plusieurs arnaques ayant été signalées.",
    "Le pass trois jours, vendu 149 € en prévente, s'échange désormais jusqu'à 400 € sur des sites de revente.",
    "« Achetez des disques, allez aux concerts, c'est comme ça qu'on survit », a lancé le chanteur entre deux morceaux.",
    "Avec AFP",
    "Ce qu'il faut retenir",
    "Mis à jour le 21 juin 2025 à 18h12",
    "Une pétition lancée par des riverains pour réduire les horaires de la boîte de nuit a recueilli 5 300 signatures.",
    "Selon le syndicat des producteurs, le streaming représente désormais 72 % du marché de la musique enregistrée.",
    "Les organisateurs recommandent de télécharger l'application du festival avant d'arriver, le réseau mobile étant souvent saturé sur le site.",
    "Photo : Julien Mercier / Hans Lucas",
    "Le groupe a reversé l'intégralité de la recette du concert à une association d'aide aux techniciens du spectacle.",
    "Depuis l'entrée en vigueur de la loi, les plateformes de revente doivent afficher le prix initial du billet.",
    "Critique"
  ],
  pt: [
    "RIO DE JANEIRO — A Polícia Civil prendeu nesta quarta-feira (9) três suspeitos de vender ingressos falsos para shows pelo Instagram.",
    "O Procon orienta os consumidores a comprar ingressos apenas nos canais oficiais e a guardar os comprovantes.",
    "A meia-entrada custa R$ 295, e a inteira, R$ 590, sem contar a taxa de conveniência.",
    "“Comprem disco, vão ao show, sigam os artistas independentes”, pediu a cantora ao público.",
    "Colaborou Mariana Toledo",
    "Entenda o caso",
    "Atualizado em 12/09/2025 às 18h40",
    "Um abaixo-assinado pedindo a reabertura da casa de shows já reúne mais de 22 mil assinaturas.",
    "Segundo a associação das gravadoras, o streaming respondeu por 87% da receita do mercado fonográfico no ano passado.",
    "O aplicativo do festival caiu durante a abertura dos portões, e parte do público ficou mais de uma hora na fila.",
    "Foto: Rafael Nunes/Divulgação",
    "A banda anunciou que vai doar a renda do show beneficente às vítimas das enchentes.",
    "Em Lisboa, a câmara municipal aprovou novas regras para o ruído dos bares do Bairro Alto depois da meia-noite.",
    "As casas de apostas já tratavam a cantora como favorita ao prêmio de álbum do ano."
  ],
  de: [
    "BERLIN (dpa) - Die Berliner Clubkommission warnt vor einem weiteren Clubsterben in der Hauptstadt.",
    "Die Polizei rät, Tickets nur über offizielle Vorverkaufsstellen zu kaufen, nachdem Dutzende Fans auf gefälschte Angebote hereingefallen waren.",
    "Ein Tagesticket kostet 89 Euro, das Wochenendticket 199 Euro zuzüglich Gebühren.",
    "„Kauft Platten, geht auf Konzerte, unterstützt eure lokalen Bands“, rief der Sänger dem Publikum zu.",
    "Mitarbeit: Jonas Berger",
    "Was bisher bekannt ist",
    "Aktualisiert am 14.08.2025, 22:15 Uhr",
    "Eine Online-Petition gegen die Schließung des Clubs hat bereits mehr als 60.000 Unterschriften gesammelt.",
    "Laut Branchenverband machte Streaming im vergangenen Jahr rund 77 Prozent des Umsatzes aus.",
    "Die Festival-App soll in diesem Jahr auch den Einlass per digitalem Ticket regeln; Papiertickets gibt es nicht mehr.",
    "Foto: Lena Hartmann/dpa",
    "Die Band spendet die Einnahmen des Abends an eine Initiative für wohnungslose Menschen.",
    "Seit Jahren streiten Anwohner und Clubbetreiber über Lärm, Müll und Sperrstunde.",
    "Kommentar"
  ]
};
