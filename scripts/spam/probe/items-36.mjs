// The probe's 36th batch (run.mjs --batch 36): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "Win a pair of VIP passes to the Larkspur Valley Folk Festival — enter by Friday at midnight!",
      "CLAIM YOUR FREE 30-DAY TRIAL OF CINEVAULT+ — NO CARD NEEDED",
      "Use code ENCORE25 at checkout for 25% off all tour merch this weekend only.",
      "New customers: bet £10 on the Best Picture winner, get £40 in free bets. 18+. T&Cs apply. BeGambleAware.org",
      "Tap here to spin the wheel and unlock your exclusive presale code 🎟️",
      "Want to walk the red carpet? Enter our Premiere Night sweepstakes for a chance to attend with a guest of your choice.",
      "Odds boost: Harlow Jade to win Album of the Year, now 9/2 at SpinLine Bet. Grab it before the show starts"
    ],
    political: [
      "POLL: Should members of Congress be banned from trading stocks? Vote YES or NO now",
      "Chip in $5 before midnight to stop their radical agenda — every dollar MATCHED 5X",
      "Sign the petition: Tell Governor Pratt to keep his hands off our pensions!",
      "They laughed at the Senator's plan. Now they're panicking. Add your name if you stand with him.",
      "Do you approve of the President's job performance? Take the official 2-question survey.",
      "BREAKING: They just blocked the border bill AGAIN. Are you angry? Tell us here »",
      "Paid for by Citizens for a Stronger Tomorrow PAC. Not authorized by any candidate or candidate's committee."
    ],
    newsletter: [
      "Get the best of film, TV and music in your inbox every Friday. Sign up for Reel Notes.",
      "You've read 4 of 5 free articles this month. Subscribe for unlimited access from $1 a week.",
      "Already a subscriber? Log in to keep reading.",
      "By signing up, you agree to our Terms of Use and acknowledge our Privacy Notice. You may unsubscribe at any time.",
      "never miss a premiere — our Streaming Guide newsletter lands every Thursday morning",
      "This story is for members only. Start your free trial to unlock it.",
      "Thanks for signing up! Check your inbox to confirm your email address."
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Marisol Vance (@marisolvancemusic)",
      "Follow us on TikTok for behind-the-scenes clips from every red carpet",
      "Share on Facebook Share on X Share on WhatsApp Copy link",
      "Join the conversation — tell us your album of the year in the comments and tag a friend who'd disagree!",
      "Like StageDoor Daily on Facebook so you never miss a casting scoop.",
      "Subscribe to our YouTube channel and hit the bell 🔔"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored Content",
      "This article was produced in partnership with Velora Records. The editorial team was not involved in its creation.",
      "SCROLL TO CONTINUE WITH CONTENT",
      "Advertisement - Continue Reading Below",
      "Promoted by Nightjar Streaming"
    ],
    affiliate: [
      "Stream 'Midnight Orchard' on Lumen+ for $7.99/month — Start watching",
      "Vinyl deal: 'Static Hearts' (Deluxe 2LP) is $24.99 at Groovebarn, down from $39.99.",
      "We may earn a commission when you buy through links on our site.",
      "Shop now",
      "Our top pick: Aurelle Studio Headphones, $149 at ShopRight (was $229)",
      "Buy tickets on StubHaven — seats from $89",
      "If you purchase an independently reviewed product or service through a link on our website, CelebBeat may receive an affiliate commission."
    ],
    scam: [
      "Doctors stunned: this 73-year-old actress's wrinkle trick has dermatologists furious",
      "Famous TV host reveals how he makes $8,400 a week from home with this crypto app",
      "Hollywood's best-kept secret? One teaspoon before bed melts belly fat (try it tonight)",
      "You won't believe what the child star from 'Pepper Lane' looks like today",
      "Banks hate him! Singer's passive-income method goes viral — see how",
      "Tech billionaire backs new platform: Brits are earning £1,000 a day. Places limited.",
      "Seniors with tinnitus: do this once a day (it's genius)"
    ],
    related: [
      "Read more: Jonah Kestrel's Broadway debut delayed after rehearsal injury",
      "ALSO READ - 'Glasshouse' renewed for a third season at Meridian TV",
      "Related: The 25 best film scores of the century, ranked",
      "WATCH: Delia Fontaine breaks down in tears accepting lifetime achievement award",
      "More from Culture Desk: Why the mid-budget comedy is quietly making a comeback",
      "RELATED - Inside the bitter feud that split up 90s boy band Northbound",
      "Don't miss: Every Emmy snub that had fans fuming this year"
    ],
    app: [
      "Listen to this article · 6 min",
      "Open in app",
      "Get breaking entertainment alerts — turn on notifications",
      "Download the ScreenPulse app for iOS and Android to watch trailers first.",
      "Video unavailable. This video is not available in your country.",
      "Your browser does not support the audio element.",
      "Continue reading in the app for a better experience →"
    ],
    donation: [
      "Support independent arts journalism. Donate today from just $3.",
      "Our critics don't answer to studios or labels. They answer to you. Become a member.",
      "If you value this reporting, please consider making a contribution. Every gift, big or small, keeps us going.",
      "Donate",
      "We're a nonprofit newsroom. Help us reach 2,000 new members by Dec. 31.",
      "Become a patron of The Soundboard for the price of a coffee a month ☕",
      "Choose your contribution: Monthly $5 $10 $20 Other"
    ],
    cookie: [
      "This content is blocked. Accept cookies to view this YouTube video.",
      "Manage preferences",
      "We use cookies and similar technologies to personalise content and ads. By clicking \"Accept all\" you consent to this.",
      "To view this Spotify embed, you need to allow Social Media cookies. Change settings",
      "Accept all | Reject all | Cookie settings",
      "Your Privacy Choices",
      "Embedded content from TikTok cannot be displayed because of your consent settings."
    ]
  },
  es: {
    promo: [
      "¡Participa en nuestro sorteo y gana dos entradas para el festival Sonorama del Sur! Tienes hasta el domingo.",
      "Código CINEFILO15: 15 % de descuento en tu primera suscripción a Platea Play",
      "Apuesta 10 € a la ganadora del Goya a mejor película y llévate 30 € en apuestas gratis. +18. Juega con responsabilidad.",
      "Consigue GRATIS tu pase para el preestreno: solo tienes que registrarte aquí"
    ],
    political: [
      "ENCUESTA: ¿Debe dimitir el ministro? Vota ahora y comparte tu opinión",
      "Firma ya: exige al Gobierno que baje el IVA de la luz. Más de 80.000 personas ya lo han hecho",
      "¿Estás harto de que te mientan? Únete al movimiento que está cambiando España",
      "Dona 5 € a la campaña antes del 30 de abril y ayúdanos a frenar este desastre"
    ],
    newsletter: [
      "Recibe cada viernes lo mejor del cine y las series en tu correo. Apúntate a nuestra newsletter",
      "Has alcanzado el límite de artículos gratuitos. Suscríbete por 1 € el primer mes",
      "¿Ya eres suscriptor? Inicia sesión",
      "Al suscribirte aceptas nuestra política de privacidad y las condiciones de uso. Puedes darte de baja cuando quieras."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Lola Ferrán (@lolaferranoficial)",
      "Síguenos en nuestro canal de WhatsApp y no te pierdas nada de los famosos",
      "Compartir en Facebook Compartir en X Enviar por correo"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "Sigue leyendo después del anuncio",
      "Este contenido ha sido elaborado por Bodegas Altamar. La redacción no ha participado en su elaboración."
    ],
    affiliate: [
      "El vinilo de ‘Luz de agosto’ está rebajado a 22,99 € en Discos Rumbo",
      "Este artículo contiene enlaces de afiliados: si compras a través de ellos, podemos recibir una comisión.",
      "Cómpralo aquí",
      "Oferta: auriculares Sonaria X2 por 59 € (antes 99 €) en TecnoPlaza"
    ],
    scam: [
      "La confesión de Marta Escudero que tiene a los bancos temblando: gana 3.000 € al mes desde casa",
      "Los médicos no se lo explican: este truco casero elimina el dolor de rodillas en 7 días",
      "Así está hoy la niña de ‘Familia Torres’. Irreconocible",
      "Un conocido presentador revela su inversión secreta en bitcoin y Hacienda no puede hacer nada"
    ],
    related: [
      "Lee también: Clara Montiel anuncia su retirada de los escenarios tras 30 años de carrera",
      "TE PUEDE INTERESAR - Las diez mejores series españolas de la década",
      "Relacionado: El director de ‘Marea baja’ rompe su silencio sobre el rodaje",
      "VÍDEO: Así fue la emocionante entrada de Javier Luna en la gala"
    ],
    app: [
      "Escucha esta noticia",
      "Descárgate la app de Estrenos Hoy y activa las alertas",
      "Abrir en la aplicación",
      "Este vídeo no está disponible en tu país."
    ],
    donation: [
      "El periodismo cultural independiente necesita tu apoyo. Hazte socio desde 5 € al mes.",
      "Dona",
      "Si te ha gustado este artículo, ayúdanos a seguir: colabora con una aportación.",
      "Sin grandes anunciantes ni padrinos: solo nuestros lectores. Únete."
    ],
    cookie: [
      "Este contenido está bloqueado. Acepta las cookies para verlo.",
      "Configurar cookies",
      "Usamos cookies propias y de terceros para mejorar tu experiencia. Si continúas navegando, consideramos que aceptas su uso.",
      "Aceptar y continuar | Rechazar | Más información"
    ]
  },
  fr: {
    promo: [
      "Jeu-concours : tentez de gagner vos places pour le festival Les Nuits Salées !",
      "-20 % sur tout le merch de la tournée avec le code SCENE20, jusqu'à dimanche seulement",
      "Pariez 10 € sur le vainqueur de la finale et recevez 100 € de paris offerts. Jouer comporte des risques : endettement, dépendance… Appelez le 09 74 75 13 13.",
      "Profitez de 3 mois offerts sur CinéBox en cliquant ici"
    ],
    political: [
      "SONDAGE : Faut-il supprimer le Sénat ? Donnez votre avis en un clic",
      "Signez la pétition contre la hausse des taxes sur les carburants !",
      "Ils veulent vous faire taire. Rejoignez les 150 000 patriotes qui ont déjà dit NON.",
      "Soutenez notre candidat : faites un don avant le 31 mars, 66 % de votre don est déductible de vos impôts."
    ],
    newsletter: [
      "Recevez chaque semaine notre sélection ciné, séries et musique. Inscrivez-vous à la newsletter.",
      "Cet article est réservé aux abonnés. Déjà abonné ? Se connecter",
      "Offre spéciale : 1 € le premier mois, sans engagement",
      "Vos données sont traitées par Scènes Hebdo pour l'envoi de la newsletter. Vous pouvez vous désinscrire à tout moment via le lien présent dans chaque e-mail."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Inès Laurier (@ineslaurier)",
      "Suivez-nous sur Google Actualités",
      "Partager sur Facebook — Partager sur X — Copier le lien"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Article proposé par notre partenaire. La rédaction n'a pas participé à sa réalisation."
    ],
    affiliate: [
      "Le coffret intégral de la série est à 34,99 € chez Disquaire & Co au lieu de 49,99 €",
      "Cet article contient des liens affiliés. Nous pouvons percevoir une commission sur vos achats.",
      "Voir l'offre",
      "Notre sélection : la platine vinyle Orphéa T2 à 189 € chez Sonothèque"
    ],
    scam: [
      "Un célèbre animateur télé dévoile comment il gagne 5 000 € par mois grâce à cette plateforme",
      "Les pharmaciens détestent cette astuce : elle fait disparaître les rides en 10 jours",
      "Vous ne reconnaîtrez jamais l'actrice de « Chez les Dumont » aujourd'hui",
      "Retraités : cette aide méconnue peut vous rapporter 800 € par an (vérifiez votre éligibilité)"
    ],
    related: [
      "À lire aussi : Festival de Cannes : qui sont les favoris pour la Palme d'or ?",
      "LIRE AUSSI - Le chanteur Théo Marchal annule sa tournée pour raisons de santé",
      "VIDÉO - Les larmes de Julie Arnaud en recevant son César",
      "Sur le même sujet : Pourquoi les séries françaises cartonnent à l'étranger"
    ],
    app: [
      "Écouter cet article",
      "Télécharger l'application Scènes Hebdo",
      "Activez les notifications pour ne rien rater de l'actu people",
      "Cette vidéo n'est pas disponible. Votre navigateur ne prend pas en charge la lecture."
    ],
    donation: [
      "Soutenez une presse culturelle libre et indépendante : faites un don.",
      "Notre journal n'appartient à aucun milliardaire. Il ne vit que grâce à vous.",
      "Je fais un don",
      "Devenez membre et recevez notre hors-série en cadeau — à partir de 5 € par mois."
    ],
    cookie: [
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.",
      "Gérer mes choix",
      "Accepter et fermer",
      "Avec votre accord, nous et nos 812 partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles."
    ]
  },
  pt: {
    promo: [
      "Concorra a um par de ingressos para o show do Rock na Praia! Participe até sexta.",
      "Ganhe R$ 50 em apostas grátis no Oscar: cadastre-se e use o código PALCO50. Proibido para menores de 18 anos.",
      "Cupom FILME10: 10% off na assinatura anual do CineMais",
      "Clique aqui e resgate seu brinde exclusivo"
    ],
    political: [
      "ENQUETE: Você aprova o governo? Vote agora",
      "Assine o abaixo-assinado contra o aumento de impostos!",
      "Eles não querem que você saiba disso. Compartilhe antes que apaguem!",
      "Contribua com a pré-campanha via Pix e ajude a mudar o Brasil"
    ],
    newsletter: [
      "Receba as principais notícias de cultura no seu e-mail. Cadastre-se na nossa newsletter.",
      "Você atingiu o limite de matérias gratuitas. Assine por R$ 1,90 no primeiro mês.",
      "Já é assinante? Faça login",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Bia Fonseca (@biafonseca)",
      "Siga o canal do Palco Pop no WhatsApp",
      "Compartilhe esta notícia"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua depois da publicidade",
      "Este conteúdo é de responsabilidade do anunciante."
    ],
    affiliate: [
      "Box com as três temporadas sai por R$ 89,90 na Lojas Estrela",
      "Podemos receber comissão pelas compras feitas através dos links desta página.",
      "Compre agora",
      "Auscultadores Vibra Pro por 199 € na TecnoLar (antes 249 €)"
    ],
    scam: [
      "Atriz de novela revela segredo para emagrecer 12 kg sem dieta; médicos ficam chocados",
      "Apresentador famoso ganha R$ 10 mil por semana com robô de investimento; veja como",
      "Lembra dele? O galã dos anos 90 está irreconhecível",
      "Aposentados: truque simples acaba com dor nas articulações em poucos dias"
    ],
    related: [
      "Leia também: Cantora Lívia Prado anuncia turnê de despedida",
      "VEJA TAMBÉM - Os 10 filmes brasileiros mais esperados do ano",
      "Saiba mais: Quem é o ator que vai viver o protagonista do remake",
      "Vídeo: O momento em que a banda é interrompida pela chuva em festival"
    ],
    app: [
      "Ouvir esta notícia",
      "Baixe o app e receba alertas das novidades da TV",
      "Abrir no aplicativo",
      "Este vídeo não está disponível."
    ],
    donation: [
      "Apoie o jornalismo cultural independente. Doe a partir de R$ 10.",
      "Faça parte da nossa comunidade de apoiadores",
      "Doar",
      "O jornalismo de qualidade depende de você. Contribua."
    ],
    cookie: [
      "Este conteúdo está bloqueado. Aceite os cookies para visualizá-lo.",
      "Gerenciar preferências",
      "Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Cookies.",
      "Aceitar todos | Rejeitar | Personalizar"
    ]
  },
  de: {
    promo: [
      "Gewinnspiel: Jetzt 2 x 2 Tickets für das Open Air am Seeufer gewinnen!",
      "Mit dem Code KINO20 sparst du 20 % auf dein erstes Jahresabo bei FilmKiste",
      "Neukundenbonus: 100 % bis zu 100 € auf deine erste Wette. 18+ | Glücksspiel kann süchtig machen.",
      "Hier klicken und Gratis-Probemonat sichern!"
    ],
    political: [
      "UMFRAGE: Sollte der Rundfunkbeitrag abgeschafft werden? Jetzt abstimmen!",
      "Jetzt Petition unterschreiben: Stoppt die Heizungs-Abzocke!",
      "Die Regierung verschweigt es – wir nicht. Unterstützen Sie unsere Kampagne mit 10 €.",
      "Sind Sie auch wütend über die Politik in Berlin? Sagen Sie uns Ihre Meinung!"
    ],
    newsletter: [
      "Der Kultur-Newsletter: Jeden Freitag die besten Film-, Serien- und Musiktipps. Jetzt kostenlos abonnieren.",
      "Weiterlesen mit PLUS: 4 Wochen für 0,99 €, danach 9,99 € monatlich. Jederzeit kündbar.",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Mit Ihrer Anmeldung willigen Sie in die Verarbeitung Ihrer Daten gemäß unserer Datenschutzerklärung ein."
    ],
    social: [
      "Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Lena Hartwig (@lena.hartwig)",
      "Folgen Sie uns auf Instagram und TikTok!",
      "Artikel teilen: Facebook · X · WhatsApp · E-Mail"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Weiter nach der Anzeige",
      "Dieser Artikel entstand in Kooperation mit Klangwerk Audio."
    ],
    affiliate: [
      "Die Blu-ray gibt es aktuell für 14,99 € bei MediaWelt.",
      "*Affiliate-Link: Wenn Sie über diesen Link einkaufen, erhalten wir eine Provision. Für Sie ändert sich am Preis nichts.",
      "Jetzt kaufen",
      "Angebot: Bluetooth-Box Tonhaus Mini für 39 € statt 69 €"
    ],
    scam: [
      "Bekannter TV-Moderator verrät: So verdient er 7.000 € im Monat nebenbei",
      "Ärzte sprachlos: Dieses Hausmittel lässt Gelenkschmerzen verschwinden",
      "Erinnern Sie sich an den Kinderstar aus „Die Sonnenbergs“? So sieht er heute aus",
      "Deutsche Sparer sind wütend: Neue Bitcoin-Lücke macht Normalbürger reich"
    ],
    related: [
      "Lesen Sie auch: Schauspielerin Anke Roloff spricht erstmals über ihre Krankheit",
      "AUCH INTERESSANT - Die zehn besten deutschen Serien aller Zeiten",
      "Mehr zum Thema: Warum Programmkinos im Sommer um ihre Existenz bangen",
      "VIDEO: Rapper Kollo sorgt bei Preisverleihung für Eklat"
    ],
    app: [
      "Artikel anhören",
      "Jetzt die App herunterladen und keine Eilmeldung mehr verpassen",
      "In der App öffnen",
      "Dieses Video ist leider nicht mehr verfügbar."
    ],
    donation: [
      "Unabhängiger Kulturjournalismus kostet Geld. Unterstützen Sie uns mit einem freiwilligen Beitrag.",
      "Jetzt spenden",
      "Werden Sie Mitglied – schon ab 5 € im Monat.",
      "Gefällt Ihnen dieser Artikel? Dann unterstützen Sie unsere Arbeit per PayPal."
    ],
    cookie: [
      "An dieser Stelle finden Sie einen externen Inhalt von YouTube. Um ihn anzuzeigen, müssen Sie der Datenverarbeitung zustimmen.",
      "Datenschutz-Einstellungen",
      "Alle akzeptieren",
      "Wir und unsere Partner verwenden Cookies, um Inhalte und Anzeigen zu personalisieren."
    ]
  }
};
export const GENUINE = {
  en: [
    "LOS ANGELES (AP) — The producers of the sitcom 'Corner Booth' have agreed to pay $2.1 million to settle a lawsuit brought by four former writers.",
    "Analysis",
    "What we know so far",
    "The singer told fans on Instagram that an account selling cut-price concert tickets was not affiliated with her, urging them to buy only through official channels.",
    "Police said the scheme used deepfake videos of the actor to lure viewers into a bogus cryptocurrency investment, costing victims more than $400,000.",
    "Tickets for the London dates went on sale at £85, but resale prices climbed above £1,200 within minutes.",
    "\"Vote for us — we need you!\" the duo shouted at the end of their performance, moments before the phone lines opened.",
    "Photograph: Elena Marsh/Getty Images",
    "Reporting by Daniel Okafor; Editing by Kirsten Lowe",
    "Updated 3:42 p.m. ET, Tuesday, May 14",
    "The streamer raised the price of its ad-free plan by $2 to $17.99 a month, its second increase in 18 months.",
    "Subscribers fell by 1.3 million in the quarter, the company said, blaming the end of its flagship fantasy series.",
    "A petition calling for the cancelled show's return has gathered more than 250,000 signatures.",
    "Bookmakers had made the film the 4/6 favourite for the Palme d'Or going into Saturday's ceremony.",
    "The advert, which featured the actor dancing through a supermarket, was banned by the Advertising Standards Authority over misleading claims about a weight-loss drink.",
    "Proceeds from the auction, which raised £340,000, will go to a children's hospice in Leeds.",
    "Rosa Lindqvist is a culture reporter covering film, television and the business of streaming. She previously worked at the Evening Dispatch.",
    "The album debuted at No. 1 with 212,000 equivalent units, the biggest opening week for a debut this year.",
    "Fans who bought tickets through unofficial sites are advised to contact their bank and report the sale to Action Fraud, police said.",
    "Review",
    "Related charges were filed against two concert promoters in March.",
    "The festival said it would refund all ticket holders in full within 14 days.",
    "In a statement shared on X, the actor apologised and said he would donate his fee to a mental health charity.",
    "The documentary was crowdfunded, raising $180,000 from nearly 3,000 backers before a single frame was shot.",
    "\"Follow your gut, not the algorithm,\" the director told graduating students on Thursday.",
    "Cookie Monster made a surprise appearance at the ceremony, presenting the award for best children's programme.",
    "The app, which lets users identify songs by humming them, was bought by the label for an undisclosed sum.",
    "Gross: $48.3 million (domestic), $112 million (worldwide)",
    "Representatives for the star did not respond to a request for comment.",
    "Ms. Aldana, 34, won the competition in 2015 and has since released four albums.",
    "The exhibition runs until 12 January. Admission is free for under-18s.",
    "Sign-ups for the open casting call closed after 40,000 hopefuls registered in 48 hours.",
    "Shares in the studio's parent company fell 7% after the announcement.",
    "The trailer, released Wednesday, was viewed 38 million times in its first 24 hours.",
    "Additional reporting by Priya Nand in Mumbai.",
    "The rapper, who has 22 million followers on TikTok, said hackers had locked him out of his account.",
    "All eight episodes are now streaming; a second season has not been confirmed.",
    "Scroll down for the full list of winners.",
    "Her newsletter, which she started during the pandemic, now has more than 90,000 paying subscribers.",
    "LONDON (Reuters) -"
  ],
  es: [
    "MADRID, 12 Mar. (EUROPA PRESS) -",
    "La Policía Nacional ha detenido a cuatro personas por vender entradas falsas para los conciertos de la gira, con un perjuicio estimado de 60.000 euros.",
    "«Votad con el corazón», pidió la cantante al público antes de abandonar el escenario.",
    "La plataforma subirá el precio de su suscripción básica a 9,99 euros al mes a partir de junio.",
    "Más de 40.000 personas han firmado una petición en internet para que la serie tenga una tercera temporada.",
    "Foto: Javier Salas / EFE",
    "La película recaudó 1,2 millones de euros en su primer fin de semana en taquilla.",
    "Qué sabemos",
    "La OCU recomienda no comprar entradas en webs de reventa y comprobar siempre que la página sea la oficial.",
    "El actor donará íntegramente lo recaudado en la gala a una fundación que atiende a niños con cáncer.",
    "‘Cookies’, el cortometraje de animación de Lucía Prats, compite en la sección oficial del festival.",
    "Actualizado: 14/03/2025 18:45",
    "La gala podrá seguirse en directo por La 1 y a través de la aplicación de RTVE Play a partir de las 22.00 horas.",
    "Crítica"
  ],
  fr: [
    "PARIS (AFP) -",
    "La plateforme de streaming a annoncé une hausse de 2 € de son abonnement, qui passe à 13,49 € par mois.",
    "« Abonnez-vous, partagez, c'est ce qui nous fait vivre », confie le vidéaste, qui revendique 3 millions d'abonnés.",
    "Une pétition réclamant le retour de l'émission a recueilli plus de 60 000 signatures.",
    "Photo : Stéphane Morel / Sipa",
    "Plusieurs fans ont été victimes d'une arnaque à la fausse billetterie, selon la gendarmerie, qui invite à ne passer que par les revendeurs officiels.",
    "Le film a attiré 1,4 million de spectateurs en deux semaines.",
    "Ce que l'on sait",
    "Mis à jour le 7 juin 2025 à 16h20",
    "L'ensemble des recettes de la soirée sera reversé aux Restos du cœur.",
    "Critique",
    "Le comédien avait tourné en 2019 une publicité pour un site de paris sportifs, ce que ses détracteurs lui reprochent aujourd'hui.",
    "La chanteuse, suivie par 4 millions de personnes sur TikTok, a annoncé la nouvelle dans une vidéo publiée dimanche soir.",
    "Propos recueillis par Camille Dorval"
  ],
  pt: [
    "SÃO PAULO (Reuters) -",
    "A Polícia Civil prendeu dois suspeitos de aplicar golpes com perfis falsos da cantora, que prometiam ingressos gratuitos em troca de transferências via Pix.",
    "O preço do plano sem anúncios subiu para R$ 44,90 por mês.",
    "“Votem em nós, por favor!”, pediu o vocalista em português, arrancando aplausos da plateia.",
    "Foto: Divulgação",
    "O abaixo-assinado pela volta da novela ao ar já reúne 120 mil assinaturas.",
    "O Procon orienta os consumidores a exigir o reembolso integral do valor pago.",
    "O filme levou 850 mil espectadores aos cinemas no primeiro fim de semana.",
    "Entenda",
    "Atualizado às 14h32",
    "A atriz doou o cachê do comercial a uma ONG que atende crianças com câncer.",
    "O cantor tem 18 milhões de seguidores no Instagram e costuma anunciar shows por lá.",
    "O espetáculo estreia a 15 de março no Teatro Nacional, com bilhetes entre 8 e 17 euros.",
    "Análise"
  ],
  de: [
    "BERLIN (dpa) -",
    "Die Polizei warnt vor gefälschten Tickets für die Konzerte, die derzeit auf Kleinanzeigen-Portalen angeboten werden.",
    "„Stimmt für uns!“, rief die Sängerin nach ihrem Auftritt ins Publikum.",
    "Der Streamingdienst erhöht den Preis für das werbefreie Abo auf 13,99 Euro im Monat.",
    "Eine Online-Petition für die Fortsetzung der Serie hat bereits 75.000 Unterschriften.",
    "Foto: Jens Kalaene/dpa",
    "Der Film lockte am ersten Wochenende 420.000 Besucher in die Kinos.",
    "Was wir wissen",
    "Aktualisiert am 12.03.2025, 17:45 Uhr",
    "Die Verbraucherzentrale rät Betroffenen, den Kaufpreis über die Bank zurückbuchen zu lassen.",
    "Der Erlös der Gala geht an ein Kinderhospiz in Leipzig.",
    "Kritik",
    "Der Schauspieler hat auf Instagram mehr als zwei Millionen Follower.",
    "Die Werbekampagne mit dem Moderator war vom Deutschen Werberat wegen Schleichwerbung gerügt worden."
  ]
};
