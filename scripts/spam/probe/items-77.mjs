// The probe's 77th batch (run.mjs --batch 77): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a VIP hospitality package for two at the Cheltenham Festival – enter now, closes Friday midnight",
      "New customers: bet £10 on the Grand National, get £40 in free bets. 18+ T&Cs apply. BeGambleAware.org",
      "Use code FURLONG25 for 25% off all Paddock & Bridle riding boots",
      "CLAIM YOUR FREE EACH-WAY BET",
      "Money back as a free bet if your horse finishes second – Derby Day special at StableBet",
      "Competition: name the Gold Cup winner and you could win a signed print of the champion",
      "Limited offer: 3 months of RaceForm Pro for £1"
    ],
    political: [
      "POLL: Should the Prime Minister resign? Vote now and make your voice heard",
      "Chip in $5 before midnight to stop the radical left's tax hike",
      "Sign the petition: Tell Congress to defund the woke bureaucrats",
      "Are you with Trump? YES / NO",
      "Claim your official 2024 Patriot Membership Card today",
      "They don't want you to see this – the cover-up Westminster is desperate to hide",
      "Add your name to the Countryside Voters pledge – protect rural Britain from Whitehall meddling"
    ],
    newsletter: [
      "Get the Morning Line in your inbox – tips, odds and non-runners before 8am every race day",
      "Sign up",
      "Already a subscriber? Log in",
      "You've read 3 of your 4 free articles this month. Subscribe for unlimited access from £1 a week.",
      "By signing up you agree to our Terms of Use and acknowledge our Privacy Policy. You may unsubscribe at any time.",
      "This article is for subscribers only. Unlock Racing Insider Premium for just $2.99/month",
      "Enter your email address"
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Paddock Diaries (@paddockdiaries)",
      "Follow us on X @TurfTalkDaily for live updates from the course",
      "Join our Facebook group – 40,000 racing fans sharing tips every day",
      "Share this article",
      "Like what you see? Tap follow on TikTok for behind-the-scenes stable videos",
      "Share on WhatsApp · Share on Facebook · Copy link"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below",
      "Sponsored content: presented by Thoroughbred Feeds Ltd",
      "Paid post",
      "Promoted by Hoofline Betting",
      "This content was produced by our commercial team in partnership with Equinox Insurance and was not written by our editorial staff.",
      "Advertisement - scroll to continue"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Was £189, now £129 at Equestrian Outlet",
      "Check price on Amazon",
      "BUY IT: Saddlecraft Pro Jumping Saddle, $1,249 at Dover Lane Tack",
      "Best deal: Kentucky Derby hats from $34.99 at HatHaus →",
      "We independently pick every product we recommend; we earn a small fee when you shop via our links.",
      "Shop now"
    ],
    scam: [
      "Retired jockey reveals the one weird trick bookies hate – he's making £12,000 a month",
      "Doctors stunned: this 10-second morning habit melts joint pain overnight",
      "Horse owners are switching to this $19 supplement vets don't want you to know about",
      "New trading platform turns £250 into £8,500 in a week – see how Britons are cashing in",
      "15 Race Day Outfits That Went Horribly Wrong – Number 7 Will Shock You",
      "You may be owed £4,200 in mis-sold insurance compensation. Check your eligibility in 30 seconds",
      "Leaked algorithm predicts every winner at Ascot: 'I quit my job the next day'"
    ],
    related: [
      "Read more: Trainer banned for six months after positive drug test at Newmarket",
      "RELATED: Kentucky Derby favourite scratched hours before post time",
      "WATCH: Stunning photo finish decides the Irish Oaks",
      "More from Racing: Jockey breaks collarbone in Sandown fall",
      "Recommended: Inside the billion-dollar world of Arabian horse breeding",
      "You might also like - Why the Grand National fences got smaller",
      "ALSO READ - Olympic show jumper stripped of medal after doping case"
    ],
    app: [
      "Download the RaceDay app for live odds and instant results",
      "Open in app",
      "Listen to this article",
      "0:00 / 3:21",
      "Video unavailable. This video is no longer available.",
      "Turn on notifications to never miss a race result",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support independent racing journalism – become a member from £5 a month",
      "Donate",
      "We're 72% of the way to our goal of 10,000 supporters. Will you help us get there?",
      "If you value our coverage of the turf, please consider making a contribution today.",
      "Become a Friend of the Paddock Post",
      "Readers like you keep this site free. Give once or give monthly.",
      "$25 / $50 / $100 / Other amount"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This embed is blocked because you have not consented to social media cookies. Click here to enable.",
      "Reject all",
      "To view this video please enable JavaScript and accept Marketing cookies",
      "Your privacy choices"
    ]
  },
  es: {
    promo: [
      "Apuesta 10 € en el Gran Premio de Madrid y llévate 30 € en apuestas gratis. +18. Juega con responsabilidad.",
      "SORTEO: gana dos entradas VIP para la Copa de Oro de San Sebastián",
      "Código HIPICA20: 20% de descuento en toda la tienda Galope",
      "¡Reclama tu bono de bienvenida ya!"
    ],
    political: [
      "ENCUESTA: ¿Debe dimitir el presidente del Gobierno? Vota ahora",
      "Firma la petición para frenar el nuevo impuesto de Hacienda",
      "Hazte afiliado y recibe tu carné oficial del partido",
      "¡Indignante! Lo que el Gobierno no quiere que sepas"
    ],
    newsletter: [
      "Suscríbete a nuestro boletín de hípica y recibe las claves de cada jornada",
      "¿Ya eres suscriptor? Inicia sesión",
      "Este contenido es exclusivo para suscriptores. Suscríbete por 1 € el primer mes",
      "Al registrarte aceptas la política de privacidad y las condiciones de uso."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Hipódromo Sur (@hipodromosur)",
      "Síguenos en X: @galopediario",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "Sigue leyendo debajo del anuncio",
      "Ofrecido por Caballerías Sierra"
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliados: podemos recibir una comisión por tus compras.",
      "Antes 149 €, ahora 99 € en Amazon",
      "Ver precio en Amazon",
      "Comprar: casco de equitación Ecuestre Pro, 89,90 €"
    ],
    scam: [
      "Los médicos no se lo explican: este remedio casero acaba con la artrosis",
      "Un jinete retirado revela el truco para ganar 3.000 € al mes desde casa",
      "La nueva plataforma de inversión que está arrasando en España: empieza con 250 €",
      "20 fotos de famosos en las carreras que no podrás olvidar. La número 8 te sorprenderá"
    ],
    related: [
      "Lee también: El purasangre español que conquistó Longchamp",
      "Más información: Suspendida la jornada en La Zarzuela por el calor",
      "Te puede interesar - Los mejores jinetes de salto de la historia",
      "RELACIONADO: Multa récord para un preparador por dopaje"
    ],
    app: [
      "Descarga nuestra app y no te pierdas ninguna carrera",
      "Escuchar noticia",
      "Abrir en la aplicación",
      "Activa las notificaciones"
    ],
    donation: [
      "Apoya el periodismo independiente: hazte socio",
      "Dona ahora",
      "Tu aportación nos permite seguir informando. Colabora desde 3 € al mes.",
      "Sin lectores como tú, este periódico no existiría"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 214 socios almacenamos o accedemos a información en un dispositivo",
      "Este contenido externo está bloqueado. Acepta las cookies de terceros para verlo."
    ]
  },
  fr: {
    promo: [
      "Jusqu'à 100 € remboursés sur votre premier pari hippique ! Jouer comporte des risques : endettement, dépendance... Appelez le 09 74 75 13 13",
      "JEU-CONCOURS : gagnez deux places pour le Prix de l'Arc de Triomphe",
      "Code promo GALOP15 : -15 % sur toute la sellerie",
      "Profitez de l'offre de bienvenue dès maintenant"
    ],
    political: [
      "SONDAGE : Faut-il dissoudre l'Assemblée ? Votez !",
      "Signez la pétition contre la réforme du gouvernement",
      "Adhérez au mouvement et recevez votre carte de membre",
      "Scandale : ce que les élites vous cachent"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Turf et recevez nos pronostics chaque matin",
      "Déjà abonné ? Connectez-vous",
      "Cet article est réservé aux abonnés. Offre spéciale : 1 € le premier mois",
      "Vos données sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Haras du Val (@harasduval)",
      "Suivez-nous sur Facebook",
      "Partager sur X"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Article proposé par notre partenaire Équi-Assur"
    ],
    affiliate: [
      "Cet article contient des liens d'affiliation. Nous pouvons percevoir une commission.",
      "129,99 € au lieu de 179 € chez Cavalerie Shop",
      "Voir l'offre sur Amazon",
      "Bon plan : le tapis de selle matelassé à moins de 30 €"
    ],
    scam: [
      "Les médecins sont stupéfaits : cette astuce élimine les douleurs articulaires",
      "Un ancien jockey révèle comment il gagne 5 000 € par mois grâce au turf",
      "Investissez 250 € et générez un revenu passif grâce à cette plateforme crypto",
      "Vous ne devinerez jamais à quoi ressemble ce jockey aujourd'hui"
    ],
    related: [
      "À lire aussi : Le favori de l'Arc forfait après une blessure",
      "LIRE AUSSI - Chantilly : un entraîneur suspendu pour dopage",
      "VIDÉO - L'incroyable arrivée photo du Prix d'Amérique",
      "Sur le même sujet : Les courses hippiques face à la baisse des enjeux"
    ],
    app: [
      "Téléchargez l'application pour suivre les courses en direct",
      "Écouter cet article",
      "Ouvrir dans l'application",
      "Activez les notifications pour ne rien manquer"
    ],
    donation: [
      "Soutenez un journalisme indépendant : faites un don",
      "Faire un don",
      "Notre objectif : 5 000 donateurs. Déjà 3 412 ! Aidez-nous à y arriver.",
      "Devenez membre à partir de 5 € par mois"
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 180 partenaires utilisons des cookies pour stocker et accéder à des informations",
      "Ce contenu est bloqué car vous n'avez pas accepté les traceurs. Cliquez ici pour les autoriser."
    ]
  },
  pt: {
    promo: [
      "Aposte R$ 50 no Grande Prêmio Brasil e ganhe R$ 100 em apostas grátis",
      "SORTEIO: concorra a dois ingressos VIP para o Grande Prêmio São Paulo",
      "Use o cupom TROTE10 e ganhe 10% de desconto na Selaria Campeira",
      "Resgate já o seu bônus de boas-vindas!"
    ],
    political: [
      "ENQUETE: Você aprova o governo? Vote agora",
      "Assine o abaixo-assinado contra o aumento de impostos",
      "Filie-se ao partido e receba sua carteirinha oficial",
      "Absurdo! O que a mídia não mostra sobre Brasília"
    ],
    newsletter: [
      "Assine a newsletter do Turfe em Dia e receba os palpites toda manhã",
      "Já é assinante? Faça login",
      "Conteúdo exclusivo para assinantes. Assine por R$ 1,90 no primeiro mês",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Haras Boa Vista (@harasboavista)",
      "Siga-nos no Instagram",
      "Entre no nosso canal do WhatsApp"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Oferecido por Ração Cavalo Forte"
    ],
    affiliate: [
      "Ao comprar pelos links, podemos receber uma comissão.",
      "De R$ 399 por R$ 249 na Selaria Online",
      "Ver preço na Amazon",
      "Compre aqui"
    ],
    scam: [
      "Médicos ficam chocados: receita caseira acaba com a dor nas articulações",
      "Ex-jóquei revela método para ganhar R$ 5 mil por mês em casa",
      "Plataforma de investimentos que está deixando brasileiros ricos",
      "Você não vai acreditar como está hoje o jóquei mais famoso dos anos 90"
    ],
    related: [
      "Leia também: Potro brasileiro vence clássico em Palermo",
      "LEIA MAIS - Hipódromo da Gávea recebe o GP Brasil no domingo",
      "Veja também: Cavaleiro brasileiro garante vaga para os Jogos",
      "Saiba mais: Treinador é suspenso após exame antidoping positivo"
    ],
    app: [
      "Baixe o app e acompanhe os páreos ao vivo",
      "Ouvir notícia",
      "Abrir no app",
      "Ative as notificações"
    ],
    donation: [
      "Apoie o jornalismo independente",
      "Faça uma doação",
      "Seja membro a partir de R$ 10 por mês",
      "Sua contribuição mantém este site gratuito para todos."
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerenciar preferências",
      "Nós e os nossos 150 parceiros armazenamos e/ou acedemos a informações num dispositivo",
      "Este conteúdo está bloqueado. Ative os cookies de redes sociais para visualizá-lo."
    ]
  },
  de: {
    promo: [
      "Jetzt 100 € Neukundenbonus sichern! 18+ | Glücksspiel kann süchtig machen",
      "GEWINNSPIEL: Zwei VIP-Tickets für das Deutsche Derby in Hamburg",
      "Mit dem Code REITEN15 sparen Sie 15 % im Reitsport-Shop Hufschlag",
      "Gratiswette zum Renntag abholen"
    ],
    political: [
      "UMFRAGE: Sollte die Regierung zurücktreten? Jetzt abstimmen!",
      "Jetzt Petition unterschreiben: Stoppt die Heizungs-Diktatur!",
      "Werden Sie Mitglied und erhalten Sie Ihren Parteiausweis",
      "Skandal in Berlin: Was die Mainstream-Medien verschweigen"
    ],
    newsletter: [
      "Jetzt den Galopp-Newsletter abonnieren",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus: Jetzt 4 Wochen für 0,99 € testen",
      "Mit Ihrer Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu. Abmeldung jederzeit möglich."
    ],
    social: [
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Gestüt Lindenhof (@gestuet_lindenhof)",
      "Folgen Sie uns auf Facebook",
      "Artikel teilen"
    ],
    adlabel: [
      "ANZEIGE",
      "Gesponserter Inhalt",
      "Weiter nach der Anzeige",
      "Präsentiert von Pferdeversicherung Stallmeister"
    ],
    affiliate: [
      "Wir erhalten eine Provision, wenn Sie über diese Links einkaufen. Am Preis ändert sich für Sie nichts.",
      "Statt 199 € jetzt nur 139 € bei Reitsport Feldmann",
      "Preis bei Amazon prüfen",
      "Hier kaufen*"
    ],
    scam: [
      "Ärzte sprachlos: Dieses Hausmittel lässt Gelenkschmerzen verschwinden",
      "Ex-Jockey verrät: So verdient er 4.000 € im Monat mit Pferdewetten",
      "Mit 250 € starten: Diese Krypto-Plattform macht Deutsche reich",
      "So sieht der Derby-Sieger von 1995 heute aus – Nummer 6 ist unglaublich"
    ],
    related: [
      "Lesen Sie auch: Rennbahn Hoppegarten lädt zum Familienrenntag",
      "Mehr zum Thema: Trainer nach Dopingfund gesperrt",
      "AUCH INTERESSANT - Springreiterin gewinnt Großen Preis von Aachen",
      "Video: Dramatisches Fotofinish in Baden-Baden"
    ],
    app: [
      "Jetzt die App herunterladen",
      "Artikel anhören",
      "In der App öffnen",
      "Push-Benachrichtigungen aktivieren"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt spenden",
      "Werden Sie Mitglied ab 5 € im Monat",
      "Bereits 8.214 Unterstützer – helfen Sie uns, die 10.000 zu erreichen"
    ],
    cookie: [
      "Cookies akzeptieren, um diesen Inhalt anzuzeigen",
      "Einstellungen verwalten",
      "Wir und unsere 241 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu",
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von X. Um ihn anzuzeigen, müssen Sie der Datenverarbeitung zustimmen."
    ]
  }
};

export const GENUINE = {
  en: [
    "CHELTENHAM, England (AP) — The Irish-trained mare crossed the line two lengths clear on Tuesday, sealing her third straight win at the Festival.",
    "Updated 16:42",
    "Key points",
    "The 33-1 outsider paid $68.80 for a $2 win bet.",
    "Tickets for the opening day start at £45, with free entry for under-18s accompanied by an adult.",
    "More than 12,000 people have signed a petition calling for the whip to be banned in British races, forcing a debate in Parliament.",
    "The trainer urged owners to \"check every invoice carefully\" after fake bloodstock agents targeted buyers with forged vet certificates.",
    "Police said the scam, which offered 'guaranteed' tips via WhatsApp, had cost punters more than £300,000.",
    "Rachael Blackmore celebrates on A Plus Tard after winning the 2022 Cheltenham Gold Cup. Photograph: PA",
    "Additional reporting by Helen Marsh in Newmarket",
    "The sale's top lot, a Frankel colt, sold for 2.8 million guineas to a Japanese syndicate.",
    "Analysis",
    "What we know",
    "In lieu of flowers, the family has asked that donations be made to the Injured Jockeys Fund.",
    "The racecourse said it would offer free shuttle buses from the station after last year's traffic chaos.",
    "The races will be shown live on ITV1, with the final two also streamed on the broadcaster's app.",
    "The British Horseracing Authority said it had received more than 400 responses to its consultation on affordability checks.",
    "Result: 1st Golden Meadow (9-2), 2nd Silver Quill (11-4 fav), 3rd Northern Tempo (14-1). 18 ran.",
    "\"Come out and support the horses, it's going to be a fantastic day,\" said clerk of the course Simon Ellery.",
    "Bookmakers offered enhanced odds on the favourite in the build-up, prompting a warning from the Gambling Commission.",
    "She shared a video of the foal's first steps on Instagram, where it has been viewed more than two million times.",
    "The competition, open to riders under 21, attracted a record 84 entries from 11 countries.",
    "Subscriptions to the racing channel fell 12% last year, according to the company's annual report.",
    "The racecourse has been fined £15,000 after a data breach exposed the email addresses of 40,000 members.",
    "In a YouGov poll of 2,000 adults, 41% said they had placed a bet on the Grand National in the past five years.",
    "The horse was withdrawn at the start after the vet found it lame on its near-fore.",
    "Sarah Collins is our equestrian correspondent. She has covered three Olympic Games and is a former eventing rider.",
    "The Olympic team jumping final went to a jump-off, with Sweden taking gold by 1.2 seconds.",
    "Members of the public can enter the ballot for Royal Ascot badges until 31 January.",
    "Admission is free on the Sunday, with donations collected for the Racing Welfare charity.",
    "Lemonade and cookies were handed out to children at the Keeneland open day as rain delayed the first race by 40 minutes.",
    "The jockey was banned for 10 days for using his whip above the permitted level, the stewards said.",
    "A GoFundMe page set up for the injured groom had raised more than $85,000 by Thursday evening.",
    "Race 7 – The Hartwell Handicap (Class 2), 1m 2f, 3.35pm",
    "NEWMARKET, England — Trainers here are bracing for a difficult season as feed prices have doubled since 2021.",
    "Editor's note: This story has been updated to correct the name of the winning owner.",
    "LOUISVILLE, Ky. — General admission tickets for the Kentucky Derby infield start at $85, up from $70 last year, track officials said.",
    "The sponsor, an online betting firm, has offered a £100,000 bonus to any horse that wins all three legs of the series.",
    "He is survived by his wife, Margaret, and their three children; the funeral will be held at Lambourn parish church.",
    "Asked whether punters should back his horse, the trainer laughed: \"Don't bet the house, but she's in great form.\""
  ],
  es: [
    "MADRID, 12 may (EFE).- El hipódromo de La Zarzuela abrió este domingo su temporada de primavera con más de 8.000 espectadores.",
    "La entrada será gratuita para los menores de 14 años, según ha informado la organización.",
    "Actualizado 18:05",
    "Claves de la jornada",
    "El jinete pidió a los aficionados que \"no se dejen engañar\" por los pronósticos de pago que circulan en Telegram.",
    "La Guardia Civil ha desarticulado una red que vendía caballos con documentación falsa por hasta 60.000 euros.",
    "Más de 20.000 personas han firmado una petición para mantener abierto el hipódromo.",
    "El ganador, Tormenta de Plata, pagó 14,20 euros por euro apostado.",
    "El caballo, propiedad de la cuadra Los Álamos, fue adquirido el año pasado en una subasta por 45.000 euros.",
    "Con información de Laura Gil desde Sevilla.",
    "Sus restos serán velados el jueves en el tanatorio de Sanlúcar; la familia ha pedido donativos para la asociación de jinetes lesionados en lugar de flores.",
    "Las carreras de caballos de Sanlúcar de Barrameda se celebran en la playa desde 1845.",
    "El jinete celebra la victoria en el Gran Premio de Madrid. (Foto: EFE)",
    "La federación ha lanzado una aplicación para que los aficionados sigan las pruebas de salto en directo."
  ],
  fr: [
    "CHANTILLY (AFP) - Le favori s'est imposé dimanche de deux longueurs dans le Prix du Jockey Club.",
    "Mis à jour à 17h12",
    "Ce que l'on sait",
    "L'entrée à l'hippodrome sera gratuite pour les moins de 18 ans ce week-end.",
    "Une pétition réclamant la sauvegarde de l'hippodrome a recueilli plus de 15 000 signatures.",
    "« Venez nombreux soutenir nos chevaux », a lancé le président de la société des courses.",
    "Le PMU a enregistré près de 10 milliards d'euros d'enjeux l'an dernier, en légère baisse.",
    "Le cheval, acheté 300 000 euros aux ventes de Deauville, a rapporté plus du double en gains.",
    "La gendarmerie met en garde contre de faux pronostiqueurs qui réclament des paiements sur les réseaux sociaux.",
    "Avec AFP",
    "Ses obsèques seront célébrées vendredi à Maisons-Laffitte.",
    "Résultats : 1er Étoile du Nord, 2e Roi Soleil, 3e Belle de Mai. Le rapport simple gagnant est de 7,40 €.",
    "Le concours, doté de 500 000 euros, réunit les 40 meilleurs cavaliers du monde.",
    "Le cavalier français franchit le dernier obstacle lors du Grand Prix. © AFP"
  ],
  pt: [
    "RIO DE JANEIRO (Reuters) - O potro brasileiro venceu neste domingo o Grande Prêmio Brasil, no Hipódromo da Gávea.",
    "Atualizado às 15h20",
    "Entenda o caso",
    "A entrada é gratuita e o público poderá acompanhar os páreos das arquibancadas.",
    "Um abaixo-assinado pedindo a preservação do hipódromo reuniu mais de 30 mil assinaturas.",
    "\"Venham prestigiar o turfe, a festa é de todos\", disse o presidente do Jockey Club.",
    "O cavalo foi arrematado por R$ 1,2 milhão em leilão realizado em São Paulo.",
    "A polícia investiga um golpe em que falsos criadores vendiam cavalos inexistentes pela internet.",
    "Colaborou Mariana Souza, de Porto Alegre",
    "O velório será realizado nesta quinta-feira, no Jockey Club de São Paulo.",
    "O vencedor pagou R$ 8,40 para cada R$ 1 apostado.",
    "Cavaleiro brasileiro salta obstáculo durante prova em Paris (Foto: Divulgação/CBH)",
    "A confederação lançou um aplicativo para os atletas registrarem competições e resultados.",
    "O prêmio total da prova é de R$ 500 mil, o maior do calendário nacional."
  ],
  de: [
    "HAMBURG (dpa) - Der Hengst aus dem Stall von Trainerin Anna Wöhler hat am Sonntag das Deutsche Derby gewonnen.",
    "Aktualisiert um 16:45 Uhr",
    "Das Wichtigste in Kürze",
    "Der Eintritt ist für Kinder unter 16 Jahren frei.",
    "Eine Online-Petition zum Erhalt der Rennbahn hat bereits mehr als 25.000 Unterschriften gesammelt.",
    "„Kommen Sie zahlreich und unterstützen Sie den Galoppsport“, sagte der Präsident des Rennvereins.",
    "Die Siegquote lag bei 87:10.",
    "Die Polizei warnt vor Betrügern, die im Internet gefälschte Pferdepässe verkaufen.",
    "Der Hengst wurde bei einer Auktion in Baden-Baden für 420.000 Euro versteigert.",
    "Mitarbeit: Jonas Becker",
    "Die Trauerfeier findet am Freitag in Iffezheim statt.",
    "Die Springreiterin überwindet das letzte Hindernis beim CHIO in Aachen. (Foto: dpa)",
    "Das Preisgeld des Großen Preises beträgt 1,5 Millionen Euro.",
    "Der Verband hat eine App entwickelt, mit der Reiter ihre Turnierergebnisse abrufen können."
  ]
};
