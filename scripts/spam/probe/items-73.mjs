// The probe's 73th batch (run.mjs --batch 73): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN: A pair of opening-night tickets to Swan Lake at the Coliseum — enter before midnight Sunday",
      "Use code STAGE25 for 25% off all West End shows booked through TheatreBreaks this week",
      "Claim your free interval drink voucher with every booking — limited to the first 500 readers",
      "COMPETITION",
      "Bet £10 on the Tony Awards, get £30 in free bets. 18+ T&Cs apply. BeGambleAware.org",
      "Two tickets for £40 at selected Broadway matinees → grab yours now before they go",
      "Fancy a night at the opera on us? Enter our prize draw to win a box for four plus a three-course dinner"
    ],
    political: [
      "VOTE NOW: Should taxpayers keep funding 'elitist' opera houses? Yes / No",
      "Chip in $5 before midnight to stop the radical left from defunding our values",
      "Sign the petition: Tell Parliament the woke takeover of the BBC must end",
      "Claim your official 2024 Patriot Membership Card — only 1,000 left",
      "OUTRAGE: Look what Democrats just did with your money. Share if you're furious.",
      "Poll: Do you approve of the Prime Minister's performance? Click to have your say",
      "Add your name: stand with Senator Hale against the media elites"
    ],
    newsletter: [
      "Sign up for Curtain Call, our free weekly newsletter on theatre, opera and dance",
      "Already a subscriber? Log in",
      "You've read 3 of 3 free articles this month. Subscribe for £1 a week to keep reading.",
      "By signing up you agree to receive marketing emails and accept our Privacy Policy. You can unsubscribe at any time.",
      "Get the best reviews from the stalls straight to your inbox every Friday",
      "This article is for subscribers only",
      "Enter your email address    SUBSCRIBE"
    ],
    social: [
      "View this post on Instagram",
      "A post shared by The Stagehand Diaries (@stagehanddiaries)",
      "Follow us on Facebook, X and TikTok @CurtainUpNews for behind-the-scenes clips",
      "Share this article",
      "Join our Theatre Lovers group on Facebook — 40,000 members and counting",
      "Tweet  Share  Email  WhatsApp",
      "Follow @StageDoorDaily on Instagram for first looks at every new production"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored content: Discover a season of wonder at the Grand Meridian Opera House",
      "Paid Post",
      "Promoted by Velour Tours",
      "This article was produced in partnership with Encore Holidays. The editorial team had no involvement in its creation.",
      "Advertisement - scroll to continue"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Was £89, now £54 at Stagewear Direct",
      "Check price on Amazon",
      "BUY IT: Opera glasses with gilt handle, £24.99, from Lorgnette & Co",
      "Our pick: noise-cancelling headphones for cast recordings — $249 at Best Buy (was $349)",
      "Shop now →",
      "Deal: 3 months of StageStream Premium for £1.99 — see the offer at the link below"
    ],
    scam: [
      "Ballerina, 54, reveals the one weird trick that erased her wrinkles overnight",
      "Doctors stunned: this kitchen spice melts joint pain in 7 days",
      "Famous tenor's secret investment earns ordinary Brits £2,400 a day — banks furious",
      "You may be owed up to £6,300 in compensation — check if you qualify in 30 seconds",
      "20 Broadway Stars Who Look Unrecognisable Today (Number 7 Will Shock You)",
      "Bitcoin loophole: how a stagehand turned £250 into a fortune",
      "Seniors born before 1965 are claiming this little-known refund"
    ],
    related: [
      "Read more: National Theatre unveils ambitious 2025 season with three world premieres",
      "RELATED: Bolshoi principal dancer quits company after 18 years",
      "ALSO READ - La Scala opening night: protests outside, standing ovation inside",
      "WATCH: Backstage at the Met as stagehands build a 30-foot Valkyrie horse",
      "More from Culture: Why the West End can't stop reviving Sondheim",
      "Recommended: Local council approves new bypass after decade of delays",
      "You might also like - The 10 best musicals of the year, ranked"
    ],
    app: [
      "Listen to this article",
      "Open in app",
      "Download the Curtain Up app for exclusive reviews and ticket alerts",
      "0:00 / 3:21",
      "Video unavailable. This video is not available in your country.",
      "Turn on notifications to get breaking arts news first. Allow  Not now",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism. Donate from just $1.",
      "Become a member of the Arts Desk and help keep criticism independent",
      "We've raised $48,210 of our $75,000 goal — help us get there by 31 December",
      "Our theatre coverage is free for everyone, funded by readers like you. Will you give today?",
      "DONATE",
      "If you value independent arts reporting, please consider a one-off contribution of £5.",
      "Join 12,000 supporters who make our reviews possible"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This content is hosted by YouTube. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.",
      "Instagram content blocked. Enable social media cookies to view.",
      "Reject all   Accept all",
      "To see this embed, please update your privacy settings."
    ]
  },
  es: {
    promo: [
      "SORTEO: Gana dos entradas para El lago de los cisnes. Participa aquí",
      "Código TEATRO20: 20% de descuento en musicales de la Gran Vía hasta el domingo",
      "Regístrate en ApuestaYa y recibe hasta 200 € en apuestas gratis. +18. Juega con responsabilidad.",
      "¡Consigue tu abono de temporada gratis! Solo para los primeros 100 lectores"
    ],
    political: [
      "VOTA AHORA: ¿Debe el Gobierno dejar de subvencionar la ópera? Sí / No",
      "Firma ya: exige al Congreso que acabe con los chiringuitos del Gobierno",
      "Hazte afiliado y recibe tu carné de patriota. Solo 5 € al mes",
      "INDIGNANTE: mira lo que ha hecho el ministro con tu dinero. ¡Compártelo!"
    ],
    newsletter: [
      "Suscríbete a nuestra newsletter de Cultura y recibe cada viernes la cartelera de la semana",
      "¿Ya eres suscriptor? Inicia sesión",
      "Este contenido es exclusivo para suscriptores. Suscríbete por 1 € el primer mes",
      "Al suscribirte, aceptas nuestra política de privacidad y el envío de comunicaciones comerciales."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida de Teatro Alcázar Lírico (@alcazarlirico)",
      "Síguenos en Twitter, Facebook e Instagram",
      "Únete a nuestro canal de WhatsApp para no perderte ningún estreno"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado por Bodegas Escena",
      "Sigue leyendo debajo del anuncio",
      "Contenido ofrecido por Viajes Telón. La redacción no ha participado en su elaboración."
    ],
    affiliate: [
      "Como afiliados de Amazon, obtenemos ingresos por las compras adscritas que cumplen los requisitos aplicables.",
      "Antes 79,99 €, ahora 49,99 € en Tienda Bambalina",
      "Ver precio en Amazon",
      "CÓMPRALO AQUÍ →"
    ],
    scam: [
      "Una bailarina de 60 años revela el truco casero que elimina las arrugas en una semana",
      "Los médicos no se lo creen: esta infusión acaba con el dolor de rodilla",
      "Un famoso tenor invirtió 250 € en esta plataforma y ahora gana 3.000 € al día",
      "Hacienda podría devolverte hasta 1.200 €: comprueba si tienes derecho en 30 segundos"
    ],
    related: [
      "Lee también: El Liceu abre la temporada con una Tosca entre abucheos y ovaciones",
      "TE PUEDE INTERESAR - Las mejores obras de teatro para ver en Madrid este otoño",
      "Más información: La subida del precio de la luz dispara la factura de los hogares",
      "RELACIONADO: Muere a los 92 años la legendaria bailaora Carmen Vidal"
    ],
    app: [
      "Escuchar noticia",
      "Descarga la app de ElEscenario y recibe alertas de estrenos",
      "0:00 / 2:45",
      "Activa las notificaciones para estar al día. Permitir / Ahora no"
    ],
    donation: [
      "Apoya el periodismo independiente. Hazte socio desde 6 € al mes",
      "Tu aportación nos hace libres. Colabora ahora",
      "Llevamos 32.400 € de 50.000 €. ¡Ayúdanos a llegar a la meta!",
      "DONA"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar preferencias",
      "Nosotros y nuestros 245 socios almacenamos o accedemos a información en un dispositivo, como cookies.",
      "Este contenido de YouTube está bloqueado por tu configuración de privacidad."
    ]
  },
  fr: {
    promo: [
      "JEU-CONCOURS : gagnez vos places pour Casse-Noisette à l'Opéra Bastille",
      "Code SCENE15 : -15 % sur tous les spectacles réservés avant dimanche",
      "Pariez 10 €, recevez 100 € offerts en freebets ! Jouer comporte des risques. Appelez le 09 74 75 13 13.",
      "Offre exclusive lecteurs : 2 places achetées = 1 offerte"
    ],
    political: [
      "SONDAGE : Faut-il supprimer les subventions à l'Opéra ? Votez maintenant",
      "Signez la pétition : stop au matraquage fiscal du gouvernement !",
      "Adhérez dès aujourd'hui et recevez votre carte de membre du Mouvement",
      "SCANDALEUX : regardez ce que les élus ont fait de vos impôts. Partagez !"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Culture et recevez chaque jeudi nos coups de cœur",
      "Déjà abonné ? Se connecter",
      "Cet article est réservé aux abonnés. Abonnez-vous à partir de 1 € le premier mois.",
      "En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Les Coulisses du Palais (@coulissesdupalais)",
      "Suivez-nous sur Facebook, X et Instagram",
      "Rejoignez notre chaîne WhatsApp"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Article proposé par Croisières Rideau Rouge, en partenariat avec notre régie publicitaire. La rédaction n'a pas participé à sa réalisation."
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission en cas d'achat.",
      "Voir le prix sur Amazon",
      "Prix barré 69,99 €, à 39,99 € chez Loge & Balcon",
      "J'en profite →"
    ],
    scam: [
      "Une danseuse étoile de 58 ans dévoile son astuce anti-âge : les dermatologues sont furieux",
      "Les médecins n'en reviennent pas : ce remède de grand-mère soulage l'arthrose en 7 jours",
      "Ce baryton a investi 250 € dans le bitcoin et gagne désormais 2 000 € par jour",
      "Vous pourriez recevoir jusqu'à 900 € de remboursement : vérifiez votre éligibilité"
    ],
    related: [
      "À lire aussi : L'Opéra de Paris dévoile une saison 2025 placée sous le signe de Verdi",
      "LIRE AUSSI - Festival d'Avignon : les dix spectacles à ne pas manquer",
      "VIDÉO - Les images impressionnantes de l'orage qui a frappé Lyon",
      "Sur le même sujet : Mort de la chorégraphe Hélène Marchand à 81 ans"
    ],
    app: [
      "Écouter cet article",
      "Ouvrir dans l'application",
      "Téléchargez l'application Scènes & Coulisses pour ne rien manquer",
      "00:00 / 04:12"
    ],
    donation: [
      "Soutenez une information indépendante : faites un don",
      "Devenez membre de notre association de lecteurs dès 5 € par mois",
      "Objectif : 80 000 €. Déjà 52 340 € collectés. Merci !",
      "Votre don est déductible à 66 % de vos impôts."
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 842 partenaires utilisons des cookies pour stocker et/ou accéder à des informations sur un appareil.",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "PROMOÇÃO: concorra a dois ingressos para O Fantasma da Ópera. Participe já!",
      "Use o cupom PALCO30 e ganhe 30% de desconto nos espetáculos da temporada",
      "Aposte R$ 50 e ganhe R$ 200 em bônus. Proibido para menores de 18 anos.",
      "Passatempo: ganhe convites duplos para a estreia da nova produção do Teatro Ribalta"
    ],
    political: [
      "VOTE AGORA: o governo deve cortar a verba da Lei Rouanet? Sim / Não",
      "Assine a petição: basta de impostos para sustentar os privilégios de Brasília!",
      "Filie-se e receba sua carteirinha oficial de patriota",
      "REVOLTANTE: veja o que o deputado fez com o seu dinheiro. Compartilhe!"
    ],
    newsletter: [
      "Cadastre-se e receba a newsletter de Cultura toda sexta-feira no seu e-mail",
      "Já é assinante? Faça login",
      "Você atingiu o limite de reportagens gratuitas. Assine por R$ 1,90 no primeiro mês.",
      "Ao se inscrever, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Cia. Ribalta de Dança (@ciaribalta)",
      "Siga-nos no Instagram, no X e no TikTok",
      "Entre no nosso canal do WhatsApp e receba as principais notícias"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua depois da publicidade",
      "Este conteúdo é produzido pelo Estúdio em parceria com a Viagens Cortina. Não tem participação da redação."
    ],
    affiliate: [
      "Podemos receber comissão sobre compras feitas por meio dos links desta página.",
      "De R$ 199,90 por R$ 129,90 na Loja Coxia",
      "Ver preço na Amazon",
      "COMPRE AQUI"
    ],
    scam: [
      "Bailarina de 62 anos revela truque caseiro que acaba com as rugas",
      "Médicos ficam sem palavras: chá natural elimina dor nas articulações",
      "Cantor lírico revela como ganha R$ 5 mil por dia com robô de criptomoedas",
      "Você pode ter dinheiro esquecido a receber: consulte seu CPF agora"
    ],
    related: [
      "Leia também: Theatro Municipal reabre com montagem de Carmen após reforma",
      "VEJA TAMBÉM - As 10 peças mais aguardadas do ano em São Paulo",
      "Saiba mais: Dólar fecha em alta após decisão do Banco Central",
      "LEIA MAIS: Morre aos 88 anos a primeira-bailarina Helena Prado"
    ],
    app: [
      "Ouvir matéria",
      "Baixe o app e receba alertas de estreias",
      "Abrir no aplicativo",
      "0:00 / 1:58"
    ],
    donation: [
      "Apoie o jornalismo independente. Contribua a partir de R$ 10",
      "Seja membro e ajude a manter nossa cobertura cultural gratuita",
      "Faltam R$ 12.500 para atingirmos nossa meta. Doe agora",
      "Contribua com o Jornal: faça um Pix de qualquer valor"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 198 parceiros armazenamos e/ou acedemos a informações num dispositivo, como cookies.",
      "Este conteúdo está bloqueado. Altere as suas definições de privacidade para o visualizar."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Gewinnen Sie 2 Karten für die Zauberflöte an der Staatsoper!",
      "Mit dem Code BUEHNE20 sparen Sie 20 % auf alle Musical-Tickets",
      "Jetzt 100 € Wettbonus sichern! 18+ | Glücksspiel kann süchtig machen.",
      "Nur heute: Premierenkarten ab 19,90 € – jetzt zugreifen"
    ],
    political: [
      "JETZT ABSTIMMEN: Soll der Staat die Oper weiter subventionieren? Ja / Nein",
      "Unterschreiben Sie jetzt: Stoppt den Heizungswahnsinn der Regierung!",
      "Werden Sie Mitglied und erhalten Sie Ihren persönlichen Mitgliedsausweis",
      "UNFASSBAR: Was die Ampel mit Ihrem Steuergeld macht. Teilen Sie diesen Beitrag!"
    ],
    newsletter: [
      "Jetzt den Kultur-Newsletter abonnieren und jeden Freitag die besten Premieren erhalten",
      "Bereits Abonnent? Hier anmelden",
      "Weiterlesen mit KulturPlus – 4 Wochen für 1 € testen",
      "Mit Ihrer Anmeldung erklären Sie sich mit unseren Datenschutzbestimmungen einverstanden. Abmeldung jederzeit möglich."
    ],
    social: [
      "Dieses Foto auf Instagram ansehen",
      "Ein Beitrag geteilt von Ballett am Fluss (@ballettamfluss)",
      "Folgen Sie uns auf Facebook, Instagram und X",
      "Teilen  Twittern  Mailen"
    ],
    adlabel: [
      "ANZEIGE",
      "Gesponserter Inhalt",
      "Weiterlesen nach der Anzeige",
      "Dieser Beitrag entstand in Kooperation mit Opernreisen Vorhang GmbH."
    ],
    affiliate: [
      "Wir erhalten eine Provision, wenn Sie über diese Links einkaufen. Für Sie ändert sich der Preis nicht.",
      "Statt 129,99 € jetzt nur 79,99 € bei Bühnenbedarf24",
      "Preis bei Amazon prüfen",
      "Hier kaufen*"
    ],
    scam: [
      "Primaballerina (59) verrät: Mit diesem Hausmittel verschwinden Falten über Nacht",
      "Ärzte sprachlos: Dieses Mittel beendet Gelenkschmerzen in 7 Tagen",
      "Bekannter Bariton verdient 4.000 € am Tag mit dieser Krypto-Plattform",
      "Rentner aufgepasst: Diese Erstattung steht Ihnen zu – jetzt prüfen"
    ],
    related: [
      "Lesen Sie auch: Bayreuther Festspiele – Buhrufe für den neuen Ring",
      "Mehr zum Thema: Die Semperoper sucht einen neuen Intendanten",
      "Auch interessant - Wetter: Am Wochenende drohen Unwetter in Süddeutschland",
      "VIDEO: Hinter den Kulissen des Wiener Opernballs"
    ],
    app: [
      "Artikel anhören",
      "In der App öffnen",
      "Laden Sie jetzt unsere App herunter und verpassen Sie keine Premiere",
      "Dieser Text wurde automatisch vorgelesen. 0:00 / 5:07"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus – jetzt spenden",
      "Werden Sie Teil unserer Lesergemeinschaft – schon ab 5 € im Monat",
      "Bereits 68 % unseres Spendenziels erreicht. Helfen Sie mit!",
      "Freiwillig zahlen"
    ],
    cookie: [
      "Cookies akzeptieren, um diesen Inhalt anzuzeigen",
      "Einstellungen verwalten",
      "Wir und unsere 271 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, wie z. B. Cookies.",
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von YouTube. Bitte stimmen Sie zu, um ihn anzuzeigen."
    ]
  }
};
export const GENUINE = {
  en: [
    "LONDON (Reuters) - The Royal Opera House said on Tuesday it would cut ticket prices for under-25s to £10 from next season.",
    "Tickets range from £15 to £250 and go on sale to the public on 3 March.",
    "Free performances will be staged in the park on weekends throughout August, the council said.",
    "More than 20,000 people have signed a petition urging the city to save the 120-year-old playhouse from demolition.",
    "\"Please come and see us while you still can,\" the company's artistic director told the audience at the curtain call.",
    "Additional reporting by Maria Okafor in New York.",
    "Updated 14:32",
    "Key points",
    "What we know",
    "Analysis",
    "Photograph: The corps de ballet during a dress rehearsal of Giselle at the Palais Garnier.",
    "The theatre warned patrons about a ticket scam in which fraudsters sold fake seats for the sold-out run on social media.",
    "She died on Sunday at her home in Milan, aged 89, surrounded by her family.",
    "The production won best revival at the Olivier Awards, beating three other nominees.",
    "The ballet company attracted record donations of $4.2m from private patrons last season, its annual report showed.",
    "The opera house launched an app last year that lets audiences read surtitles on their phones, though critics said the glowing screens distracted others.",
    "The festival offers a subscription package of six operas for €180, a saving of about 30 per cent on single tickets.",
    "In a poll of 2,000 theatregoers, 41 per cent said rising prices had kept them away from the West End.",
    "Winners of the young choreographers' competition will receive a £5,000 commission and a week of studio time.",
    "The actor posted a video on Instagram thanking fans after the final performance on Saturday.",
    "\"Buy a ticket, bring a friend, and fill these seats,\" the mayor said at the reopening ceremony.",
    "Jane Holloway is our theatre critic. She has reviewed more than 2,000 productions since 1998.",
    "The cast recording is available on streaming services from Friday.",
    "Rush tickets at $30 will be sold at the box office two hours before each performance.",
    "The Arts Council cut the company's annual grant by 50 per cent, prompting a fundraising campaign that has so far raised £300,000.",
    "The board's statement said the decision was \"painful but unavoidable\".",
    "The run has been extended until January after advance sales passed 400,000.",
    "The stage door café, famous for its oat cookies, will close along with the theatre.",
    "Organisers said the live stream of the gala was watched by 1.2 million people in 60 countries.",
    "The annual charity football match between the orchestra and the stagehands ended 3-2 to the musicians.",
    "NEW YORK (AP) — Broadway grossed $1.5 billion last season, the Broadway League said Tuesday, though attendance still trails pre-pandemic levels.",
    "Correction: An earlier version of this article misstated the name of the conductor.",
    "The Met's Saturday matinee broadcasts now reach cinemas in more than 70 countries.",
    "Pictured: Principal dancer Amara Lewis as the Sugar Plum Fairy.",
    "Union members voted 94 per cent in favour of strike action, which could shut the house during the Christmas run of The Nutcracker.",
    "Students can sign up for the theatre's free membership scheme, which offers £5 tickets for every show.",
    "\"Follow your heart and don't listen to anyone who says you're too old,\" she told young dancers after receiving the award.",
    "The venue said a phishing attack had exposed the email addresses of 30,000 customers.",
    "Rating: ★★★★☆",
    "He is survived by his wife, the soprano Elena Marsh, and two daughters."
  ],
  es: [
    "MADRID, 12 Mar. (EUROPA PRESS) - El Teatro Real ha anunciado que bajará a 10 euros las entradas para menores de 30 años.",
    "Las entradas, que cuestan entre 15 y 120 euros, salen a la venta el lunes en taquilla y en la web del teatro.",
    "Más de 15.000 personas han firmado una petición para evitar el cierre de la sala.",
    "\"Venid al teatro, que os estamos esperando\", pidió la actriz al público al terminar la función.",
    "Actualizado a las 14:32",
    "Claves",
    "La compañía alertó de una estafa en redes sociales en la que se vendían entradas falsas para el estreno.",
    "Falleció el domingo en su casa de Sevilla a los 87 años.",
    "El ganador del concurso de jóvenes coreógrafos recibirá 6.000 euros y una residencia artística.",
    "Foto: Ensayo general de Carmen en el Gran Teatre del Liceu.",
    "Con información de Laura Gómez desde Barcelona.",
    "La orquesta recaudó 40.000 euros en donaciones para reconstruir el auditorio tras el incendio.",
    "El abono para toda la temporada cuesta 180 euros, un 30 % menos que las entradas sueltas.",
    "La nueva aplicación del teatro permite seguir los subtítulos en el móvil durante la representación."
  ],
  fr: [
    "PARIS (AFP) - L'Opéra national de Paris a annoncé mardi une hausse de 8 % du prix de ses billets pour la saison prochaine.",
    "Les places, de 10 à 230 euros, seront mises en vente le 5 septembre.",
    "Une pétition lancée par les intermittents a recueilli plus de 30 000 signatures en une semaine.",
    "« Venez nombreux, la salle a besoin de vous », a lancé le metteur en scène à la fin de la représentation.",
    "Mis à jour le 14/03 à 14h32",
    "Ce que l'on sait",
    "Le théâtre met en garde contre une arnaque : de faux billets circulent sur les réseaux sociaux.",
    "Elle s'est éteinte dimanche à Lyon, à l'âge de 86 ans.",
    "Le lauréat du concours de jeunes chorégraphes recevra une bourse de 5 000 euros.",
    "Photo : Répétition générale de Giselle au Palais Garnier, le 12 mars.",
    "Avec AFP",
    "Le spectacle sera retransmis gratuitement en direct sur écran géant place de la Bastille.",
    "L'abonnement jeunes permet d'assister à quatre spectacles pour 40 euros.",
    "Le mécénat privé a apporté 12 millions d'euros à l'institution l'an dernier."
  ],
  pt: [
    "SÃO PAULO (Reuters) - O Theatro Municipal anunciou nesta terça-feira ingressos a R$ 10 para estudantes.",
    "Os ingressos custam de R$ 40 a R$ 280 e começam a ser vendidos na segunda-feira.",
    "Uma petição online contra o fechamento do teatro já reúne mais de 25 mil assinaturas.",
    "\"Venham ao teatro, ele é de vocês\", pediu o diretor ao público após o espetáculo.",
    "Atualizado às 14h32",
    "O que se sabe",
    "A companhia alertou para um golpe em que criminosos vendiam ingressos falsos pelas redes sociais.",
    "Ela morreu no domingo, em Lisboa, aos 91 anos.",
    "O vencedor do concurso receberá um prêmio de R$ 20 mil e uma temporada no teatro.",
    "Foto: Ensaio geral de O Lago dos Cisnes no Theatro Municipal do Rio de Janeiro.",
    "Colaborou Ana Ribeiro, do Rio",
    "A apresentação será gratuita e acontece ao ar livre no Parque Ibirapuera no domingo.",
    "A campanha de financiamento coletivo arrecadou R$ 350 mil para restaurar o palco.",
    "A assinatura anual da temporada lírica custa R$ 600 e dá direito a oito récitas."
  ],
  de: [
    "BERLIN (dpa) - Die Staatsoper Unter den Linden senkt die Preise für Schüler und Studierende auf 12 Euro.",
    "Karten kosten zwischen 15 und 190 Euro und sind ab Montag an der Theaterkasse erhältlich.",
    "Eine Online-Petition gegen die Schließung des Stadttheaters haben bereits mehr als 40.000 Menschen unterschrieben.",
    "„Kommen Sie ins Theater, wir brauchen Sie“, rief der Intendant dem Publikum nach der Vorstellung zu.",
    "Aktualisiert am 14.03., 14:32 Uhr",
    "Was bisher bekannt ist",
    "Die Polizei warnt vor Betrügern, die in sozialen Netzwerken gefälschte Karten für die Premiere anbieten.",
    "Sie starb am Sonntag im Alter von 84 Jahren in Hamburg.",
    "Der Gewinner des Choreografie-Wettbewerbs erhält ein Preisgeld von 10.000 Euro.",
    "Foto: Szene aus der Generalprobe von „Schwanensee“ an der Semperoper.",
    "Mitarbeit: Anna Keller",
    "Das Open-Air-Konzert auf dem Bebelplatz ist kostenlos, eine Anmeldung ist nicht nötig.",
    "Ein Förderverein hat rund 250.000 Euro an Spenden für die Sanierung der Bühne gesammelt.",
    "Das Theaterabo mit sechs Vorstellungen kostet 150 Euro."
  ]
};
