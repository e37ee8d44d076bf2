// The probe's 62th batch (run.mjs --batch 62): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a signed first edition of this year's Booker shortlist — enter by midnight Sunday",
      "Use code SHELF20 for 20% off your first Pageturn Books order",
      "Claim your FREE audiobook trial now — 30 days, cancel anytime",
      "Competition: tell us your favourite opening line and you could win £500 of book tokens",
      "Bet £10 get £30 in free bets on the Nobel Prize in Literature market. 18+ T&Cs apply. BeGambleAware.org",
      "LIMITED OFFER",
      "Book lovers: grab 3 paperbacks for £10 this weekend only at Inkwell & Co →"
    ],
    political: [
      "VOTE NOW: Should public libraries be allowed to ban books? Tell us in our poll",
      "Chip in $5 before midnight to stop the radical takeover of our school libraries",
      "Sign the petition: Demand Congress defund the woke publishing industry",
      "They want to censor YOUR kids' bookshelves. Are you going to let them?",
      "Claim your official 2024 Patriot Membership Card today",
      "POLL: Do you approve of the President's job performance? YES / NO",
      "Add your name: Stand with Senator Harlow against the book-burners →"
    ],
    newsletter: [
      "Sign up for Bookmarks, our weekly newsletter of new releases and author interviews",
      "Already a subscriber? Log in",
      "You've read 3 of your 5 free articles this month. Subscribe for just $1 a week.",
      "By signing up, you agree to our Privacy Policy and Terms of Use and to receive occasional marketing emails. You can unsubscribe at any time.",
      "Get the Reading List delivered to your inbox every Friday",
      "This article is for subscribers only",
      "Enter your email address"
    ],
    social: [
      "Follow @ThePageTurnerMag on Instagram for daily book picks",
      "View this post on Instagram",
      "A post shared by Marlowe Street Books (@marlowestreetbooks)",
      "Share on Facebook Share on X Share via Email",
      "Join our Book Club group on Facebook — 40,000 readers and counting!",
      "Like this story? Share it with a fellow bookworm",
      "Follow us on TikTok #BookTok"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored by Harrowgate Press",
      "Paid Post: How one indie publisher is changing the way we read",
      "This content was produced by our commercial team in partnership with Lumen Audiobooks and did not involve the newsroom.",
      "Promoted",
      "Article continues after this ad"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Was £25 now £12.99 at Waterstones",
      "Check price on Amazon",
      "BUY IT: The Glass Orchard hardback, $18.50 at Bookshop.org",
      "Kindle Paperwhite deal: save $40 today only →",
      "When you buy a book using a link on this page, we receive a commission. Thank you for supporting The Literary Desk.",
      "$14.99 at Barnes & Noble"
    ],
    scam: [
      "Retired librarian discovers one weird trick to read 200 pages an hour",
      "Bestselling author reveals how she earns $9,400 a week from home with this crypto app",
      "Doctors stunned: this simple bedtime reading habit reverses memory loss",
      "20 famous authors who died penniless — number 7 will shock you",
      "You may be owed £2,300 in unclaimed royalties. Check your eligibility now",
      "Elon Musk's new trading platform has publishers panicking. Watch before it's banned",
      "The 1 vitamin every reader over 60 should take (it's not what you think)"
    ],
    related: [
      "Read more: Inside the fight to save Britain's smallest village library",
      "RELATED: Amazon pulls AI-generated biographies after authors complain",
      "ALSO READ - Major publisher to cut 200 jobs in restructuring",
      "WATCH: Meet the 94-year-old who has read every book in her town's library",
      "More from Culture: The best debut novels of the year so far",
      "Recommended: Why audiobook sales are outpacing print for the first time",
      "You might also like - Rent freeze sparks protests in three cities"
    ],
    app: [
      "Download the Folio News app for the best reading experience",
      "Open in app",
      "Listen to this article",
      "0:00 / 4:12",
      "Turn on notifications to get the latest literary prize news first",
      "Video unavailable",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support independent books journalism — give from just £2",
      "Become a member",
      "We've raised $38,412 of our $50,000 goal. Help us get there.",
      "Before you go… our reporting on libraries and literacy is free for everyone because readers like you fund it. Please donate today.",
      "DONATE",
      "If you value our book coverage, consider a monthly contribution of $7",
      "Join 12,000 readers who keep The Margin Review paywall-free"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This content is provided by Goodreads, which may be using cookies and other technologies. To show you this content, we need your permission to use cookies.",
      "Allow all",
      "Embedded content blocked: enable social media cookies to view this post",
      "Reject non-essential cookies"
    ]
  },
  es: {
    promo: [
      "¡Sorteamos 10 lotes de novedades editoriales! Participa antes del domingo",
      "Código LIBROS15: 15% de descuento en tu primer pedido en Librería Alcázar",
      "Consigue gratis tu primer mes de audiolibros",
      "Apuesta 10€ y llévate 50€ en apuestas gratis. +18. Juega con responsabilidad"
    ],
    political: [
      "VOTA: ¿Debe el Gobierno dimitir ya? Participa en nuestra encuesta",
      "Firma ya: exigimos que retiren los libros de adoctrinamiento de las bibliotecas escolares",
      "Hazte afiliado y recibe tu carné de militante en casa",
      "¿Vas a permitir que te roben la libertad de expresión? Colabora con 5 euros"
    ],
    newsletter: [
      "Suscríbete a nuestra newsletter de libros y recibe cada jueves las mejores recomendaciones",
      "¿Ya eres suscriptor? Inicia sesión",
      "Este contenido es exclusivo para suscriptores. Suscríbete por 1€ el primer mes",
      "Al suscribirte aceptas nuestra política de privacidad y el envío de comunicaciones comerciales."
    ],
    social: [
      "Síguenos en Instagram: @letrasdeldomingo",
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Librería La Hoja (@librerialahoja)",
      "Únete a nuestro canal de WhatsApp y no te pierdas nada"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "Continúa leyendo después del anuncio",
      "Ofrecido por Editorial Mirador"
    ],
    affiliate: [
      "Como afiliados de Amazon, obtenemos ingresos por las compras adscritas a algunos enlaces de este artículo.",
      "Antes 22,90 €, ahora 15,95 € en Amazon",
      "Comprar en Casa del Libro",
      "Ver oferta"
    ],
    scam: [
      "Una bibliotecaria jubilada de Cuenca gana 3.000€ al mes con este método que los bancos odian",
      "Los médicos no se lo creen: este remedio casero elimina la presbicia en 7 días",
      "15 escritores famosos que terminaron en la ruina. El 9 te sorprenderá",
      "Hacienda podría devolverte hasta 1.200 €. Comprueba si tienes derecho aquí"
    ],
    related: [
      "Lee también: La Feria del Libro de Madrid bate récord de visitantes",
      "Más información: Cierra la librería más antigua de Valencia tras 140 años",
      "TE PUEDE INTERESAR - Las diez novelas más vendidas de la semana",
      "Relacionado: El precio de la vivienda sube un 8% en el último año"
    ],
    app: [
      "Descarga la app y lee sin anuncios",
      "Escuchar noticia",
      "Activa las notificaciones para recibir las últimas noticias",
      "00:00 / 02:47"
    ],
    donation: [
      "Hazte socio y apoya el periodismo independiente",
      "Tu aportación hace posible esta información. Colabora desde 3 € al mes",
      "DONA AHORA",
      "Llevamos 8.240 socios de los 10.000 que necesitamos"
    ],
    cookie: [
      "Aceptar cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 847 socios almacenamos o accedemos a información en un dispositivo, tales como cookies.",
      "Este contenido está bloqueado. Acepta las cookies de redes sociales para verlo"
    ]
  },
  fr: {
    promo: [
      "JEU-CONCOURS : tentez de gagner la sélection complète du prix Goncourt des lycéens",
      "-20 % sur votre première commande avec le code LECTURE20",
      "Profitez de 30 jours d'écoute offerts sur Audiolivre+",
      "Pariez 10 € et recevez 100 € en freebets ! Jouer comporte des risques : endettement, dépendance… Appelez le 09 74 75 13 13"
    ],
    political: [
      "SONDAGE : Faut-il dissoudre l'Assemblée nationale ? Votez maintenant",
      "Signez la pétition pour chasser l'idéologie woke de nos bibliothèques",
      "Adhérez dès aujourd'hui et recevez votre carte de membre 2024",
      "Ils veulent vous faire taire. Faites un don de 5 € pour résister !"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Livres et recevez chaque samedi nos coups de cœur",
      "Déjà abonné ? Se connecter",
      "Cet article est réservé aux abonnés. Abonnez-vous pour 1 € le premier mois",
      "Vos données sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Suivez-nous sur Instagram @plumeetpage",
      "Voir cette publication sur Instagram",
      "Une publication partagée par Librairie Les Mots Passants (@lesmotspassants)",
      "Partager sur Facebook · Partager sur X · Copier le lien"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Proposé par les Éditions du Fanal"
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission en cas d'achat.",
      "19,90 € chez Fnac",
      "Acheter sur Amazon",
      "Au lieu de 24 €, seulement 16,50 € chez Cultura"
    ],
    scam: [
      "Un ancien libraire révèle comment il gagne 4 000 € par mois grâce au bitcoin",
      "Les médecins sont stupéfaits : cette astuce de grand-mère restaure la vue",
      "Ces écrivains célèbres sont morts dans la misère, le n°6 va vous surprendre",
      "Vous avez droit à un remboursement de 847 €. Vérifiez votre éligibilité"
    ],
    related: [
      "À lire aussi : La Bibliothèque nationale de France numérise un million de manuscrits",
      "LIRE AUSSI - Rentrée littéraire : 459 romans en librairie cette année",
      "Voir aussi : Grève à la SNCF, les prévisions de trafic pour jeudi",
      "VIDÉO - Le salon du livre de Genève accueille un record de visiteurs"
    ],
    app: [
      "Téléchargez l'application et lisez hors connexion",
      "Écouter cet article",
      "Activer les notifications",
      "Cette vidéo n'est pas disponible"
    ],
    donation: [
      "Soutenez un journalisme indépendant : faites un don dès 1 €",
      "Devenez membre du club des lecteurs",
      "Objectif : 20 000 € — 14 320 € collectés",
      "Votre don est déductible à 66 % de vos impôts"
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Gérer mes choix",
      "Nous et nos 215 partenaires stockons et/ou accédons à des informations sur un appareil.",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "Passatempo: ganhe um cabaz de livros autografados! Participe até sexta",
      "Use o cupom LEITURA10 e ganhe 10% de desconto na Livraria Estante Azul",
      "Resgate agora seu mês grátis de audiolivros",
      "Aposte R$ 20 e ganhe R$ 100 em bônus. Proibido para menores de 18 anos"
    ],
    political: [
      "ENQUETE: Você aprova o governo? Vote agora",
      "Assine o abaixo-assinado contra a doutrinação nas bibliotecas escolares",
      "Contribua com R$ 10 e ajude a barrar a censura da esquerda",
      "Filie-se já e receba sua carteirinha de militante"
    ],
    newsletter: [
      "Receba as novidades literárias no seu e-mail. Cadastre-se",
      "Já é assinante? Faça login",
      "Conteúdo exclusivo para assinantes. Assine por R$ 1,90 no primeiro mês",
      "Ao se cadastrar, você concorda com nossa Política de Privacidade e com o recebimento de comunicações."
    ],
    social: [
      "Siga-nos no Instagram: @paginasdodia",
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Sebo Vila Letras (@sebovilaletras)",
      "Entre no nosso canal do WhatsApp"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Oferecido por Editora Maré Alta"
    ],
    affiliate: [
      "Este texto contém links de afiliados; podemos receber comissão por compras realizadas.",
      "De R$ 69,90 por R$ 39,90 na Amazon",
      "Compre aqui",
      "Ver preço na loja"
    ],
    scam: [
      "Professora aposentada descobre renda extra de R$ 7 mil por mês com robô de investimentos",
      "Médicos ficam chocados: este chá caseiro acaba com a perda de memória",
      "Você tem valores a receber? Consulte seu CPF e saque até R$ 3.000 hoje",
      "Escritores famosos que morreram pobres — o 5º vai te surpreender"
    ],
    related: [
      "LEIA TAMBÉM: Bienal do Livro do Rio bate recorde de público",
      "Leia mais: Feira do Livro de Lisboa regressa ao Parque Eduardo VII",
      "Veja também - Dólar fecha em alta com tensão no exterior",
      "Saiba mais: Como funciona a nova lei de incentivo à leitura"
    ],
    app: [
      "Baixe o app e leia sem anúncios",
      "Ouvir este texto",
      "Ative as notificações e receba as principais notícias",
      "0:00 / 3:05"
    ],
    donation: [
      "Apoie o jornalismo independente. Contribua a partir de R$ 10 por mês",
      "Seja membro",
      "Já chegámos a 73% da meta. Ajude-nos a continuar",
      "FAÇA UMA DOAÇÃO"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 164 parceiros armazenamos e/ou acedemos a informações num dispositivo.",
      "Este conteúdo está bloqueado. Para o visualizar, autorize os cookies de terceiros."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Wir verlosen 5 signierte Ausgaben des Bestsellers – jetzt teilnehmen!",
      "Mit dem Code BUCH15 sparen Sie 15 % im Lesezeit-Shop",
      "Jetzt 30 Tage Hörbücher gratis testen",
      "100 € Neukundenbonus sichern! 18+ | Glücksspiel kann süchtig machen"
    ],
    political: [
      "UMFRAGE: Sollte die Regierung sofort zurücktreten? Jetzt abstimmen!",
      "Unterschreiben Sie jetzt die Petition gegen Gender-Ideologie in Stadtbibliotheken",
      "Werden Sie Mitglied und erhalten Sie Ihren persönlichen Parteiausweis",
      "Die wollen Ihnen das Denken verbieten. Unterstützen Sie uns mit 5 Euro!"
    ],
    newsletter: [
      "Jetzt den Bücher-Newsletter abonnieren und jeden Sonntag Lesetipps erhalten",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus – 4 Wochen für 1 €",
      "Mit Ihrer Anmeldung willigen Sie ein, dass wir Ihre E-Mail-Adresse für Werbezwecke nutzen. Abmeldung jederzeit möglich."
    ],
    social: [
      "Folgen Sie uns auf Instagram: @seitenwind_buch",
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Buchhandlung Eselsohr (@eselsohr_buch)",
      "Teilen Sie diesen Artikel auf Facebook, X oder per Mail"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Weiter nach der Anzeige",
      "Gesponserter Inhalt – präsentiert von Verlagshaus Lindgrün"
    ],
    affiliate: [
      "Wir erhalten eine Provision, wenn Sie über einen der mit * gekennzeichneten Links einkaufen.",
      "Statt 24 € nur 16,99 € bei Thalia",
      "Bei Amazon ansehen*",
      "Zum Angebot"
    ],
    scam: [
      "Rentnerin aus Bremen verdient 8.000 € im Monat mit dieser Krypto-Methode",
      "Ärzte sprachlos: Dieses Hausmittel stoppt Vergesslichkeit über Nacht",
      "Diese Autoren starben völlig verarmt – Nummer 4 wird Sie schockieren",
      "Sie haben Anspruch auf eine Rückerstattung von 639 €. Jetzt prüfen"
    ],
    related: [
      "Lesen Sie auch: Frankfurter Buchmesse meldet Besucherrekord",
      "Mehr zum Thema: Warum immer mehr kleine Buchhandlungen schließen",
      "Auch interessant – Bahnstreik: Diese Verbindungen fallen am Montag aus",
      "VIDEO: Wie eine Dorfbibliothek in der Eifel überlebt"
    ],
    app: [
      "Jetzt die App herunterladen und unterwegs weiterlesen",
      "Artikel anhören",
      "Push-Benachrichtigungen aktivieren",
      "Dieses Video ist nicht verfügbar"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus – schon ab 5 € im Monat",
      "Jetzt Mitglied werden",
      "Bereits 6.812 von 10.000 Unterstützer*innen",
      "Jetzt spenden"
    ],
    cookie: [
      "Um diesen Inhalt zu sehen, stimmen Sie bitte den Cookies zu",
      "Einstellungen verwalten",
      "Wir und unsere 198 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.",
      "Externer Inhalt: Hier finden Sie einen externen Inhalt, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen."
    ]
  }
};
export const GENUINE = {
  en: [
    "LONDON (Reuters) - The shortlist for this year's Booker Prize was announced on Tuesday, with four debut novelists among the six finalists.",
    "The winner will receive £50,000, and each shortlisted author gets £2,500 and a specially bound edition of their book.",
    "Updated 14:32",
    "Key points",
    "The library said the free e-book lending app had been downloaded more than 120,000 times since its launch in March.",
    "More than 8,000 people have signed a petition calling on the council to reverse the closure of the Eastfield branch library.",
    "\"Please, if you love this place, come in and borrow a book,\" said head librarian Maureen Okafor. \"Usage is what keeps us open.\"",
    "The publisher said the hardback would retail at $28, with a paperback edition to follow next spring.",
    "Authors have reported a wave of scam emails offering to turn their self-published novels into films for a fee of several thousand dollars.",
    "Police said the fraudsters posed as literary agents and asked writers to pay upfront for 'editing packages'.",
    "Additional reporting by Priya Sandhu in New Delhi.",
    "Photograph: A reader browses the shelves at the reopened Carnegie library in Dunfermline.",
    "She died on Sunday at her home in Vermont, aged 87, her publisher said.",
    "What we know",
    "Her debut collection, published by a small press in 2019, sold fewer than 2,000 copies before a post on TikTok sent it to the top of the bestseller lists.",
    "Analysis",
    "The bookseller is offering customers a 10% discount if they bring their own bag, part of a wider push to cut plastic waste.",
    "The foundation donated $2 million to fund school libraries in rural Mississippi.",
    "Subscriptions to the streaming audiobook service rose 34% last year, the company said in its annual report.",
    "In a poll of 2,000 adults commissioned by a literacy charity, 42% said they had not read a book for pleasure in the past year.",
    "The annual short-story competition, open to writers aged 16 to 25, received a record 11,000 entries.",
    "James Ortega is the Times' books editor. He previously covered publishing for the Chicago Tribune.",
    "The Bodleian Library in Oxford will lend the manuscript free of charge to the exhibition, which opens in May.",
    "Amazon declined to comment on the removal of the titles from its Kindle store.",
    "The cookbook's author, who began by sharing recipes on Instagram, now has 1.2 million followers.",
    "The online bookseller was fined €1.2 million by France's data-protection regulator for placing advertising cookies without users' consent.",
    "The authors' guild urged members to check their contracts after the publisher's collapse left royalty payments unpaid.",
    "\"Don't buy the book for the hype — buy it because it's good,\" the author joked at the launch on Thursday evening.",
    "Entry to the festival is free, though some headline talks require tickets priced at £12.",
    "The library's fine amnesty, which waives late fees for returned books, runs until the end of the month.",
    "Tickets for the author's only UK reading sold out within an hour of going on sale.",
    "The Pulitzer board did not explain why no prize was awarded in the fiction category.",
    "Sales of print books fell 2.6% in the first half of the year, according to industry figures.",
    "Correction: An earlier version of this article misstated the year the bookshop opened. It was 1952, not 1925.",
    "He was in the crowd on Saturday as Liverpool beat Everton 2-0, a match he later described in the memoir's final chapter.",
    "The independent bookshop ran a crowdfunding campaign last year that raised £46,000 from 1,300 donors to buy its building.",
    "Readers can reserve copies through the library's website or app, and the waiting list is already more than 400 names long.",
    "Copies of the banned title were handed out free outside the school board meeting by a local advocacy group.",
    "The publisher has apologised for the error and offered refunds to anyone who bought the misprinted edition.",
    "The memoir will be published simultaneously in print, e-book and audio on 4 November, the publisher said."
  ],
  es: [
    "MADRID, 23 Abr. (EUROPA PRESS) - La Biblioteca Nacional abrirá gratis sus puertas este domingo con motivo del Día del Libro.",
    "El Premio Cervantes está dotado con 125.000 euros.",
    "Los libreros aplicarán un descuento del 10% en todas las compras durante la jornada.",
    "Más de 15.000 personas han firmado una petición en Change.org para evitar el cierre de la biblioteca municipal.",
    "\"Que la gente venga, que lea, que se lleve libros a casa\", pidió la alcaldesa durante la inauguración.",
    "La autora falleció el martes en Barcelona a los 91 años, según informó su editorial.",
    "Actualizado a las 13:45",
    "Claves",
    "La Policía Nacional alerta de una estafa que suplanta a editoriales para cobrar a escritores noveles por publicar sus obras.",
    "El bono cultural joven, de 400 euros, podrá emplearse en libros, entradas y suscripciones digitales.",
    "La novela se vende a 21,90 euros en tapa dura y a 9,99 en formato electrónico.",
    "Con información de Laura Méndez.",
    "La escritora, que se dio a conocer en TikTok, acumula ya más de 300.000 seguidores.",
    "El certamen de relatos, abierto a menores de 18 años, repartirá tres premios de 1.000 euros."
  ],
  fr: [
    "PARIS (AFP) - Le prix Goncourt a été décerné lundi à un premier roman, une première depuis plus de dix ans.",
    "Le lauréat reçoit un chèque symbolique de 10 euros, mais les ventes du livre s'envolent généralement après l'annonce.",
    "Mis à jour le 12/03 à 16h20",
    "Ce qu'il faut retenir",
    "La loi sur le prix unique du livre interdit aux libraires de pratiquer une remise supérieure à 5 %.",
    "Une pétition lancée par les bibliothécaires a déjà recueilli plus de 20 000 signatures.",
    "« Allez dans les librairies indépendantes, c'est là que tout se joue », a lancé l'autrice devant une salle comble.",
    "L'écrivain est mort dimanche à l'âge de 84 ans, a annoncé sa maison d'édition.",
    "Avec AFP",
    "Le pass Culture, qui permet aux jeunes d'acheter des livres, a été réformé l'an dernier.",
    "La CNIL a infligé une amende à un site de vente de livres en ligne pour avoir déposé des cookies sans consentement.",
    "Le roman, vendu 22 euros, s'est déjà écoulé à 150 000 exemplaires.",
    "Des auteurs ont signalé des tentatives d'arnaque de faux éditeurs réclamant plusieurs milliers d'euros pour publier leurs manuscrits.",
    "Photo : Des lecteurs font la queue pour une séance de dédicaces au Festival du livre de Paris, samedi."
  ],
  pt: [
    "SÃO PAULO - A Bienal Internacional do Livro recebeu mais de 700 mil visitantes em dez dias, segundo os organizadores.",
    "O vencedor do Prémio Camões recebe 100 mil euros.",
    "Atualizado às 15h12",
    "Entenda o caso",
    "A biblioteca municipal passou a emprestar e-books gratuitamente por meio de um aplicativo.",
    "Um abaixo-assinado com mais de 12 mil assinaturas pede a reabertura da biblioteca do bairro aos domingos.",
    "\"Levem os filhos à biblioteca, deixem que escolham os livros\", pediu a escritora na abertura da festa literária.",
    "O escritor morreu nesta quinta-feira, aos 88 anos, em Lisboa, informou a família.",
    "A editora afirmou que o livro chegará às lojas por R$ 59,90.",
    "A polícia investiga um golpe em que criminosos se passavam por editoras para cobrar de autores iniciantes.",
    "Colaborou Ana Ribeiro, do Rio.",
    "Com mais de 500 mil seguidores no Instagram, a autora transformou os seus vídeos sobre leitura num fenómeno editorial.",
    "O concurso literário para estudantes da rede pública teve 4.300 inscrições este ano.",
    "Na foto, leitores fazem fila para sessão de autógrafos na Flip, em Paraty."
  ],
  de: [
    "FRANKFURT (dpa) - Die Frankfurter Buchmesse hat in diesem Jahr rund 230.000 Besucher gezählt.",
    "Der Deutsche Buchpreis ist mit insgesamt 37.500 Euro dotiert; der Gewinner erhält 25.000 Euro.",
    "Aktualisiert am 14.10., 16:05 Uhr",
    "Das Wichtigste in Kürze",
    "Wegen der Buchpreisbindung dürfen Buchhandlungen neue Bücher nicht günstiger verkaufen als vom Verlag festgelegt.",
    "Eine Online-Petition gegen die Schließung der Stadtteilbibliothek hat bereits mehr als 9.000 Unterschriften.",
    "„Gehen Sie in die Bibliotheken, solange es sie noch gibt“, appellierte die Autorin bei der Preisverleihung.",
    "Der Schriftsteller ist am Sonntag im Alter von 86 Jahren in Berlin gestorben, wie sein Verlag mitteilte.",
    "Über die Onleihe können Bibliotheksnutzer E-Books kostenlos per App ausleihen.",
    "Die Polizei warnt vor Betrügern, die sich als Verlage ausgeben und Autoren hohe Druckkostenzuschüsse abverlangen.",
    "Mit Material von dpa und KNA",
    "Der Roman kostet 26 Euro und ist bereits in der dritten Auflage erschienen.",
    "Mitarbeit: Jana Krüger",
    "Foto: Besucherinnen stöbern am Stand eines Kleinverlags auf der Leipziger Buchmesse."
  ]
};
