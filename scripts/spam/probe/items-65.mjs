// The probe's 65th batch (run.mjs --batch 65): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a £500 Glow Edit skincare bundle — enter by midnight Sunday",
      "Use code GLOW25 for 25% off your first Lumiere Botanics order",
      "Claim your FREE vitamin C serum sample – just pay £1.95 postage",
      "GIVEAWAY",
      "Bet £10 on the Grand National, get £30 in free bets. 18+ T&Cs apply. BeGambleAware.org",
      "Enter our competition to win a year's supply of Verdant Skin moisturiser",
      "Spend £40 at Petal & Pestle and get a FREE 6-piece travel kit worth £58 →"
    ],
    political: [
      "VOTE NOW: Should the Prime Minister resign? Click YES or NO",
      "Chip in $5 before midnight to stop the radical left's agenda",
      "Sign the petition: Tell Congress to END the woke takeover of our schools!",
      "Claim your official 2024 Patriot Membership Card today",
      "OUTRAGE: Democrats want to tax your retirement savings. Are you going to let them?",
      "Poll: Do you approve of Trump's performance? Your vote is counted instantly",
      "Every dollar is MATCHED 5X until midnight — rush a gift to defend freedom"
    ],
    newsletter: [
      "Sign up to The Glow Up, our free weekly beauty newsletter",
      "Already a subscriber? Log in",
      "You've read 3 of 3 free articles this month. Subscribe for just £1 a week.",
      "By signing up you agree to our Terms of Use and acknowledge the data practices in our Privacy Policy. You may unsubscribe at any time.",
      "Get the best skincare advice straight to your inbox every Thursday",
      "SUBSCRIBE",
      "This article is for subscribers only. Start your free trial to keep reading."
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Dr. Priya Malhotra (@theskinprescription)",
      "Follow us on TikTok @beautydeskdaily for daily routines",
      "Share this article: Facebook | X | WhatsApp | Email",
      "Join our Skincare Over 40 Facebook group — 120,000 members and counting",
      "Like what you see? Follow @wellnesswire on Instagram",
      "Pin it for later"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored by Aurelle Skin Science",
      "Paid Post",
      "Promoted by Nordique Wellness",
      "This content was produced in partnership with Clearbloom and does not reflect the views of the editorial team.",
      "Advertisement - Scroll to continue"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Was £32, now £19.20 at Boots",
      "Check price on Amazon",
      "BUY IT: Solene Hydra-Plump Serum, £24, lookfantastic.com",
      "Shop now at Sephora →",
      "Every product is independently selected by our editors. If you buy something, we may earn an affiliate commission.",
      "Deal: 40% off Dyson Airwrap at John Lewis — today only"
    ],
    scam: [
      "Dermatologists HATE her: 67-year-old grandma erases wrinkles with this one weird trick",
      "Doctors stunned: this kitchen spice melts belly fat overnight",
      "She put toothpaste under her eyes — number 7 will shock you",
      "Gordon Ramsay's secret anti-ageing cream has Botox clinics furious",
      "Mum from Leeds turns £250 into £12,000 a month with new Bitcoin app",
      "You may be owed £3,200 in compensation for faulty breast implants — check eligibility now",
      "Celebrities Who Aged Horribly (Photos)"
    ],
    related: [
      "Read more: The retinol mistakes dermatologists say you're making",
      "RELATED: Why the NHS is warning about fake weight-loss jabs",
      "ALSO READ - Ten sunscreens that passed our lab test",
      "WATCH: Inside the factory making Britain's best-selling lipstick",
      "More from Wellness: Is cold plunging actually good for you?",
      "Recommended: Fed's rate decision leaves markets guessing",
      "You might also like - Hailey Bieber's brand sells to e.l.f. for $1bn"
    ],
    app: [
      "Download our app for the latest beauty news",
      "Open in app",
      "Listen to this article",
      "0:00 / 3:21",
      "Video unavailable",
      "Turn on notifications to never miss a skincare drop",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism",
      "Become a member from £5 a month and help keep our reporting free for everyone",
      "DONATE",
      "We've raised $48,210 of our $75,000 goal. Help us get there.",
      "Readers like you keep independent wellness journalism alive. Will you give today?",
      "If you value this article, please consider making a contribution of any size",
      "Make a one-off gift — it takes less than a minute"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This Instagram content is blocked because you have not consented to social media cookies.",
      "Reject all | Accept all",
      "To view this video, please enable targeting cookies in your cookie settings.",
      "Cookie policy"
    ]
  },
  es: {
    promo: [
      "¡SORTEO! Gana un lote de cosmética Brisa Natura valorado en 300 €",
      "Usa el código BELLEZA15 y consigue un 15% de descuento en tu primer pedido",
      "Llévate GRATIS un neceser de regalo por compras superiores a 35 €",
      "Apuesta 10 € y recibe 50 € en apuestas gratis. +18. Juega con responsabilidad."
    ],
    political: [
      "¿Debe dimitir Pedro Sánchez? VOTA AHORA en nuestra encuesta",
      "Firma ya para frenar el saqueo fiscal del Gobierno",
      "Hazte afiliado y recibe tu carné oficial del partido en casa",
      "INDIGNANTE: mira lo que ha votado la oposición mientras tú pagas más impuestos"
    ],
    newsletter: [
      "Suscríbete a nuestra newsletter de belleza y recibe cada semana los mejores trucos",
      "¿Ya eres suscriptor? Inicia sesión",
      "Este contenido es exclusivo para suscriptores. Primer mes por 1 €",
      "Al suscribirte aceptas la política de privacidad y el tratamiento de tus datos con fines comerciales."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Clara Montes (@clarabeautyroutine)",
      "Síguenos en TikTok e Instagram: @belleza_al_dia",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado por Aloe Vital",
      "La noticia continúa tras la publicidad",
      "Contenido ofrecido por Laboratorios Dermalia"
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliados: si compras, podemos recibir una comisión.",
      "Antes 29,99 €, ahora 17,95 € en Amazon",
      "Comprar en Druni",
      "Ver precio en Amazon →"
    ],
    scam: [
      "Los dermatólogos no quieren que sepas este truco casero contra las arrugas",
      "Una abuela de Valencia de 72 años parece de 40 gracias a este remedio",
      "Gana 3.000 € al mes desde casa con este método de inversión en criptomonedas",
      "Los médicos no se lo explican: adelgazó 15 kilos sin dieta ni ejercicio"
    ],
    related: [
      "Lee también: Las cremas solares que mejor protegen según la OCU",
      "Te puede interesar: El Gobierno aprueba la subida del salario mínimo",
      "Más información: Por qué el colágeno bebible no funciona como crees",
      "Relacionado - Así es el maquillaje que arrasa en TikTok"
    ],
    app: [
      "Descarga la app y recibe las noticias antes que nadie",
      "Escuchar noticia",
      "Activa las notificaciones",
      "00:00 / 02:47"
    ],
    donation: [
      "Apoya el periodismo independiente",
      "Hazte socio desde 6 € al mes",
      "Sin tu apoyo, este periódico no existiría. Colabora con una aportación.",
      "Dona ahora"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 847 socios almacenamos o accedemos a información en un dispositivo, como cookies.",
      "Este contenido de YouTube está bloqueado. Acepta las cookies de terceros para verlo."
    ]
  },
  fr: {
    promo: [
      "JEU CONCOURS : tentez de gagner un coffret Maison Opaline d'une valeur de 250 €",
      "-20 % sur tout le site avec le code BEAUTE20",
      "Recevez GRATUITEMENT votre échantillon de crème anti-âge, frais de port offerts",
      "Pariez 10 €, recevez 100 € de paris offerts. Jouer comporte des risques : endettement, dépendance... Appelez le 09 74 75 13 13."
    ],
    political: [
      "Sondage : Emmanuel Macron doit-il démissionner ? Votez maintenant !",
      "Signez la pétition pour dire NON à la hausse des impôts",
      "SCANDALE : ce que le gouvernement vous cache sur votre retraite",
      "Adhérez dès aujourd'hui et recevez votre carte de membre 2024"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Beauté et recevez nos conseils chaque semaine",
      "Déjà abonné ? Connectez-vous",
      "Cet article est réservé aux abonnés. Abonnez-vous dès 1 € le premier mois.",
      "En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Léa Dubois (@lea.skincare)",
      "Suivez-nous sur Instagram, TikTok et Facebook",
      "Rejoignez notre communauté de passionnées de beauté sur Facebook"
    ],
    adlabel: [
      "PUBLICITÉ",
      "La suite après cette publicité",
      "Contenu sponsorisé par Laboratoires Azurelle",
      "Article proposé par notre partenaire. La rédaction n'a pas participé à sa réalisation."
    ],
    affiliate: [
      "Cet article contient des liens affiliés. Si vous achetez via ces liens, nous pouvons percevoir une commission.",
      "34,90 € au lieu de 49,90 € chez Sephora",
      "Voir l'offre sur Amazon",
      "Acheter chez Nocibé →"
    ],
    scam: [
      "Les dermatologues détestent cette astuce de grand-mère contre les rides",
      "Une retraitée de Lyon efface ses taches brunes en 7 jours grâce à ce remède",
      "Cette méthode permet de gagner 2 500 € par mois grâce au Bitcoin",
      "Les médecins sont stupéfaits : elle perd 12 kilos sans régime"
    ],
    related: [
      "À lire aussi : Crèmes solaires, les meilleures selon 60 millions de consommateurs",
      "LIRE AUSSI - Réforme des retraites : ce qui change au 1er janvier",
      "Sur le même sujet : Le collagène en gélules, arnaque ou vraie efficacité ?",
      "VIDÉO - Le maquillage « clean girl » décrypté par une experte"
    ],
    app: [
      "Téléchargez l'application pour suivre l'actualité en temps réel",
      "Écouter cet article",
      "Activer les notifications",
      "Vidéo non disponible"
    ],
    donation: [
      "Soutenez une information indépendante",
      "Faites un don, même de 1 €",
      "Notre journalisme est financé par nos lecteurs. Rejoignez-les.",
      "Objectif : 50 000 € — déjà 31 240 € collectés"
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 794 partenaires stockons et/ou accédons à des informations sur votre appareil.",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "SORTEIO: concorra a um kit completo de skincare Flor de Jambu",
      "Use o cupom PELE10 e ganhe 10% de desconto + frete grátis",
      "Resgate já sua amostra GRÁTIS do novo sérum antirrugas",
      "Aposte R$ 50 e ganhe R$ 200 em bônus. Jogue com responsabilidade. +18"
    ],
    political: [
      "ENQUETE: Lula deve ser reeleito? Vote agora!",
      "Assine o abaixo-assinado contra o aumento de impostos",
      "Contribua com R$ 10 e ajude a barrar a agenda da esquerda",
      "ABSURDO: veja o que os deputados aprovaram enquanto você dormia"
    ],
    newsletter: [
      "Assine nossa newsletter de beleza e receba dicas toda semana",
      "Já é assinante? Faça login",
      "Você atingiu o limite de matérias gratuitas. Assine por R$ 1,90 no primeiro mês.",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Juliana Reis (@ju.cuidados)",
      "Siga a gente no Instagram: @belezaemdia",
      "Entre no nosso canal do WhatsApp e receba as notícias no celular"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Continua após a publicidade",
      "Patrocinado por Vértice Dermocosméticos",
      "Este conteúdo é de responsabilidade do anunciante."
    ],
    affiliate: [
      "De R$ 129,90 por R$ 79,90 na Amazon",
      "Podemos receber comissão pelas compras feitas por meio dos links desta página.",
      "Compre agora na Sephora",
      "Ver preço →"
    ],
    scam: [
      "Dermatologistas ficam chocados com truque caseiro que elimina rugas em 7 dias",
      "Aposentada de Minas descobre segredo para rejuvenescer 20 anos",
      "Robô de bitcoin faz brasileira ganhar R$ 8 mil por semana",
      "Você tem dinheiro esquecido? Veja como sacar até R$ 5.000 hoje"
    ],
    related: [
      "Leia também: Protetor solar com cor: dermatologistas explicam quando usar",
      "LEIA MAIS: Copom mantém a Selic em 10,5%",
      "Veja também - Os perfumes mais vendidos do Brasil em 2024",
      "Saiba mais: Anvisa proíbe venda de pomada para cabelo após casos de cegueira temporária"
    ],
    app: [
      "Baixe o app e receba notícias em tempo real",
      "Ouvir matéria",
      "Ative as notificações",
      "0:00 / 4:12"
    ],
    donation: [
      "Apoie o jornalismo independente",
      "Seja membro e ajude a manter nosso conteúdo aberto para todos",
      "Doe qualquer valor via Pix",
      "Meta: 1.000 apoiadores. Já somos 642."
    ],
    cookie: [
      "Aceite os cookies para visualizar este conteúdo",
      "Gerenciar preferências",
      "Nós e os nossos 215 parceiros armazenamos e/ou acedemos a informações num dispositivo.",
      "Este conteúdo do Instagram foi bloqueado porque você não aceitou os cookies."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Jetzt mitmachen und ein Pflegeset von Alpenglanz im Wert von 200 Euro gewinnen!",
      "Mit dem Code SCHOEN15 sparen Sie 15 % auf Ihre erste Bestellung",
      "Gratis-Probe sichern: Hyaluron-Serum kostenlos testen",
      "Jetzt 100 € Sportwetten-Bonus sichern! 18+ | Glücksspiel kann süchtig machen"
    ],
    political: [
      "UMFRAGE: Sollte die Regierung sofort zurücktreten? Jetzt abstimmen!",
      "Jetzt unterschreiben: Stoppt den Heizungs-Wahnsinn!",
      "Mit nur 5 Euro gegen die Politik der Altparteien – jetzt spenden",
      "Werden Sie Mitglied und erhalten Sie Ihren persönlichen Parteiausweis"
    ],
    newsletter: [
      "Jetzt unseren Beauty-Newsletter abonnieren – kostenlos und jederzeit kündbar",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus: Jetzt 1 Monat für 1 € testen",
      "Mit der Anmeldung stimmen Sie der Verarbeitung Ihrer Daten gemäß unserer Datenschutzerklärung zu."
    ],
    social: [
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Lena Hoffmann (@lenas.hautsache)",
      "Folgen Sie uns auf Instagram und TikTok!",
      "Artikel teilen: Facebook | WhatsApp | E-Mail"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Artikel wird unter der Werbung fortgesetzt",
      "Gesponserter Inhalt von Lindwurz Naturkosmetik"
    ],
    affiliate: [
      "Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine Provision, für Sie ändert sich der Preis nicht.",
      "Statt 39,95 € jetzt nur 24,99 € bei dm",
      "Hier bei Amazon kaufen*",
      "Zum Angebot bei Douglas →"
    ],
    scam: [
      "Hautärzte sind sprachlos: Dieses Hausmittel lässt Falten in 14 Tagen verschwinden",
      "Rentnerin aus Bayern sieht 20 Jahre jünger aus – mit diesem simplen Trick",
      "Mit dieser Krypto-Plattform verdienen Deutsche 5.000 € im Monat von zu Hause",
      "Diese 10 Promis sind kaum wiederzuerkennen – Nummer 6 schockiert"
    ],
    related: [
      "Lesen Sie auch: Sonnencreme im Test – diese Produkte fallen durch",
      "Mehr zum Thema: Warum Kollagen-Drinks kaum etwas bringen",
      "Auch interessant: Bahnstreik – was Pendler jetzt wissen müssen",
      "VIDEO: So funktioniert die koreanische 10-Schritte-Routine"
    ],
    app: [
      "Jetzt die App herunterladen und keine Nachricht mehr verpassen",
      "Artikel anhören",
      "Push-Benachrichtigungen aktivieren",
      "Dieses Video ist nicht verfügbar."
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt Mitglied werden – schon ab 5 Euro im Monat",
      "Freiwillig zahlen",
      "Spendenziel: 80.000 € – bereits 52.300 € erreicht"
    ],
    cookie: [
      "Um diesen Inhalt anzuzeigen, stimmen Sie bitte der Verwendung von Cookies zu.",
      "Einstellungen verwalten",
      "Wir und unsere 231 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.",
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von Instagram. Zum Anzeigen müssen Sie externe Inhalte zulassen."
    ]
  }
};

export const GENUINE = {
  en: [
    "The serum retails for £42 and will be available in Boots stores from March.",
    "The Competition and Markets Authority said it had received more than 300 complaints about the free trial offers.",
    "Trading Standards officers warned that fake 'miracle' creams were being sold through social media adverts.",
    "\"Please check the batch number before you use it,\" said Dr Helen Carter, a consultant dermatologist at Guy's Hospital.",
    "Additional reporting by Sarah Mitchell in New York.",
    "PARIS (AFP) - L'Oréal reported a 7.6% rise in first-quarter sales on Tuesday, driven by demand for its luxury fragrances.",
    "Updated 14:32",
    "Key points",
    "What we know",
    "A petition calling for a ban on skin-lightening creams containing mercury has gathered 85,000 signatures.",
    "Models backstage at the Chanel show in Paris on Tuesday. Photograph: Getty Images",
    "Estée Lauder shares fell 12% after the company cut its annual forecast.",
    "Analysis",
    "The app, which lets users scan ingredient lists, has been downloaded more than two million times.",
    "Shoppers who bought the shampoo are being urged to return it for a full refund.",
    "Winners of this year's beauty awards were announced at a ceremony in London on Thursday night.",
    "The influencer, who has 4.2 million followers on TikTok, later deleted the video and apologised.",
    "She died at home on Sunday surrounded by her family, aged 91.",
    "Police said victims had been tricked into paying subscriptions for anti-ageing pills they never ordered.",
    "Subscription boxes have become a $2bn business in the US, according to market research firm Circana.",
    "Priya Sharma is the health and wellness correspondent.",
    "The charity said donations of unused toiletries had risen by 40% since the start of the cost-of-living crisis.",
    "A YouGov poll of 2,000 women found that 62% had bought a product after seeing it on social media.",
    "Sephora said the offer would not be extended after its website crashed under demand.",
    "The lipstick sold out within hours of its launch, with resale listings appearing online for up to $150.",
    "Regulators said the website used cookies to track visitors without their consent and fined the retailer €2m.",
    "The FDA has warned consumers not to buy the eye drops, which were sold on Amazon and Walmart's website.",
    "Her brand, which started as an Instagram page, was valued at $600m in its last funding round.",
    "Sunscreen maker Altitude, which sponsors the tournament, handed out free samples as Australia beat England 3-1 on Saturday.",
    "\"Don't buy anything just because a celebrity tells you to,\" Ms Okafor told the BBC.",
    "The NHS offers free advice on treating eczema through its website and the NHS App.",
    "Timeline: how the Botox-party outbreak unfolded",
    "Prices for the most popular weight-loss injections start at about £150 a month through online pharmacies.",
    "The company said customers who had signed up for the £9.99 monthly plan could cancel at any time without penalty.",
    "Tickets for the wellness festival, which runs from 12 to 14 July, cost £85.",
    "Correction: An earlier version of this article misstated the price of the cream.",
    "Experts say consumers should be wary of before-and-after photos, which are often edited.",
    "Dr Nadia Rahman, a cosmetic surgeon in Manchester, said she had treated three patients for complications this month.",
    "The shampoo is not available in the UK.",
    "Investigators found the so-called collagen coin was a scam, with investors losing more than $3m."
  ],
  es: [
    "MADRID (EFE) - La Agencia Española de Medicamentos ha ordenado retirar del mercado un lote de protector solar infantil.",
    "El sérum, que cuesta 39 euros, agotó sus existencias en menos de una semana.",
    "La Policía Nacional ha detenido a cinco personas por vender cosméticos falsificados a través de redes sociales.",
    "\"Que nadie compre estos productos por internet\", advirtió la portavoz de la organización de consumidores.",
    "Con información de Laura Gómez desde Barcelona.",
    "Actualizado a las 12:45",
    "Claves",
    "Una recogida de firmas en Change.org para prohibir los tatuajes de cejas en menores supera las 40.000 adhesiones.",
    "La aplicación, gratuita, permite escanear la etiqueta y conocer los ingredientes de cada crema.",
    "Puig elevó sus ventas un 11% en 2023, hasta 4.304 millones de euros.",
    "Según una encuesta del CIS, el 58% de los españoles usa crema solar solo en verano.",
    "La diseñadora, fallecida este lunes a los 88 años, revolucionó la perfumería española.",
    "Las afectadas por la estafa pagaron suscripciones mensuales de 89 euros por unas pastillas que nunca recibieron.",
    "La influencer, con 2 millones de seguidores en Instagram, ganó el premio a la mejor creadora de contenido de belleza."
  ],
  fr: [
    "PARIS (AFP) - L'Agence nationale de sécurité du médicament a suspendu mardi la vente d'un sérum pour cils.",
    "Le coffret est vendu 59 euros en pharmacie.",
    "« Ne commandez jamais ces produits sur des sites inconnus », insiste la dermatologue Marie Leclerc.",
    "Avec l'AFP",
    "Mis à jour le 12/03/2024 à 16h05",
    "Ce que l'on sait",
    "La DGCCRF a relevé des anomalies chez 40 % des instituts de beauté contrôlés.",
    "Une pétition réclamant l'interdiction des filtres beauté sur les réseaux sociaux a recueilli 30 000 signatures.",
    "L'application Yuka, qui revendique des millions d'utilisateurs, note aussi les produits cosmétiques.",
    "Selon un sondage Ifop, 45 % des Françaises déclarent avoir renoncé à un soin pour des raisons financières.",
    "La créatrice de la marque, décédée samedi à l'âge de 84 ans, avait fondé son premier institut en 1965.",
    "Les victimes pensaient bénéficier d'un essai gratuit et ont été prélevées de 79 euros chaque mois.",
    "La jeune styliste, lauréate du concours, recevra une bourse de 20 000 euros.",
    "L'Oréal a vu son chiffre d'affaires progresser de 7,6 % au premier trimestre."
  ],
  pt: [
    "SÃO PAULO (Reuters) - A Natura &Co registrou prejuízo líquido de R$ 1,2 bilhão no trimestre.",
    "A Anvisa determinou o recolhimento de três lotes de pomada capilar nesta terça-feira.",
    "O kit custa R$ 89,90 e chega às farmácias em abril.",
    "\"Não comprem produtos sem registro\", alertou a dermatologista Ana Paula Lima.",
    "Colaborou Mariana Souza, do Rio",
    "Atualizado às 15h20",
    "Entenda o caso",
    "A polícia afirma que as vítimas eram atraídas por anúncios nas redes sociais que prometiam amostras grátis.",
    "Um abaixo-assinado pedindo a proibição de procedimentos estéticos em menores reuniu 50 mil assinaturas.",
    "Segundo pesquisa Datafolha, 61% das brasileiras compraram cosméticos pela internet no último ano.",
    "O aplicativo, gratuito, já foi baixado mais de 3 milhões de vezes.",
    "A empresária, que morreu neste domingo aos 79 anos, fundou a marca em sua cozinha em 1974.",
    "A vencedora do concurso recebeu um contrato de um ano com a marca.",
    "A clínica oferecia sessões de limpeza de pele por R$ 59, metade do preço de mercado, segundo o Procon."
  ],
  de: [
    "BERLIN (dpa) - Die Stiftung Warentest hat in einem neuen Test fünf Sonnencremes als mangelhaft bewertet.",
    "Das Serum kostet 29,95 Euro und ist ab März in Drogeriemärkten erhältlich.",
    "„Kaufen Sie solche Produkte nicht über unbekannte Online-Shops“, warnt die Dermatologin Katrin Weber.",
    "Mitarbeit: Jonas Becker",
    "Aktualisiert am 14.03.2024, 11:20 Uhr",
    "Das Wichtigste in Kürze",
    "Die Verbraucherzentrale warnt vor Abofallen bei angeblichen Gratis-Proben.",
    "Eine Petition gegen Tierversuche für Kosmetik hat mehr als 120.000 Unterschriften gesammelt.",
    "Beiersdorf steigerte den Umsatz im ersten Quartal um 8,1 Prozent.",
    "Laut einer Forsa-Umfrage nutzen 38 Prozent der Männer regelmäßig Gesichtscreme.",
    "Die Unternehmerin starb am Sonntag im Alter von 86 Jahren in Hamburg.",
    "Die App ist kostenlos und zeigt bedenkliche Inhaltsstoffe in Kosmetika an.",
    "Die Gewinnerin des Wettbewerbs erhält ein Stipendium an einer Berliner Modeschule.",
    "Die Polizei ermittelt gegen die Betreiber eines Online-Shops, der gefälschte Parfüms verkauft haben soll."
  ]
};
