// The probe's 75th batch (run.mjs --batch 75): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a year's free groceries at FreshCart — enter before midnight Sunday",
      "Use code SAVE20 at checkout for 20% off your first Basketly order",
      "Claim your free £10 ValueMart voucher now →",
      "COMPETITION: Tell us your best bargain buy and you could win a £500 shopping spree",
      "New customers: Bet £10, get £30 in free bets. 18+ T&Cs apply. BeGambleAware.org",
      "Exclusive reader offer: half-price meal kits from HomePlate for 4 weeks",
      "FREE DELIVERY"
    ],
    political: [
      "POLL: Should the government cap grocery prices? VOTE NOW",
      "Chip in $5 before midnight to stop the Radical Left's new food tax",
      "Sign the petition: tell Westminster to scrap the sugar tax today!",
      "Are you outraged by what the elites are doing to your weekly shop? Click YES or NO",
      "Claim your official 2024 Patriot Membership Card — limited supply",
      "Join 250,000 patriots who have already added their name",
      "Do you stand with our farmers? ADD YOUR NAME"
    ],
    newsletter: [
      "Sign up to our Money Saver newsletter for the week's best supermarket deals, straight to your inbox",
      "Already a subscriber? Log in",
      "You've read 3 of your 5 free articles this month.",
      "By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy. You may unsubscribe at any time.",
      "Subscribe for £1 a week. Cancel anytime.",
      "This article is for subscribers only",
      "Get The Checkout — our weekly briefing on retail — every Friday"
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Aldwick Grocers (@aldwickgrocers)",
      "Follow us on Facebook for the latest deals",
      "Share this article: Facebook Twitter WhatsApp Email",
      "Join our Bargain Hunters group on Facebook — 40,000 members and counting",
      "@ShopSmartNews",
      "Follow @MoneyDeskUK on X for more consumer news"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored",
      "Paid post by GreenLeaf Organics",
      "Promoted by Harvest Lane Supermarkets",
      "This content was produced in partnership with Crestway Retail and does not reflect the views of our newsroom.",
      "Advertisement - scroll to continue"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Was £89.99, now £54.99 at Brightside Home",
      "Check price on Amazon",
      "BUY IT: NutriBlend Pro blender, $79 at KitchenHub",
      "Deal of the day: 40% off air fryers at HomeDirect →",
      "Our editors independently select these products. Prices accurate at time of publishing.",
      "£12 at Pantry & Co"
    ],
    scam: [
      "Doctors stunned: this one kitchen spice melts belly fat overnight",
      "Shoppers are using this weird trick to get groceries for free — supermarkets hate it",
      "He invested £250 in this crypto app and now earns £4,800 a week from home",
      "Pensioners can claim a £650 food rebate — check if you qualify",
      "15 Supermarket Items You Should Never Buy (Number 7 Will Shock You)",
      "Dentists don't want you to know about this $1 teeth trick",
      "Brits are ditching their energy bills with this £39 gadget"
    ],
    related: [
      "Read more: Supermarket price war heats up as discounters cut milk prices",
      "RELATED: Why your weekly shop costs 20% more than two years ago",
      "ALSO READ - Shoplifting hits record high as retailers call for action",
      "WATCH: We tried the cheapest own-brand cereals so you don't have to",
      "More from Business: High street chain to close 60 stores",
      "Recommended: The best time of day to find reduced-to-clear bargains",
      "You might also like - Inflation falls for third month running"
    ],
    app: [
      "Download our app for breaking news alerts",
      "Open in app",
      "Listen to this article",
      "0:00 / 3:21",
      "Video unavailable",
      "Turn on notifications to never miss a deal",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism",
      "Become a member today from just £5 a month",
      "We rely on readers like you. Donate now to keep consumer journalism free.",
      "$38,240 of $50,000 raised",
      "DONATE",
      "If you value our cost-of-living coverage, please consider making a one-off contribution.",
      "Our year-end appeal: help us reach 10,000 supporters by December 31"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies.",
      "This content is hosted by a third party. Enable social media cookies to view it.",
      "Accept all | Reject all | Customise",
      "Instagram content blocked. Allow cookies and reload the page.",
      "To show you this YouTube video we need your permission to set cookies."
    ]
  },
  es: {
    promo: [
      "¡SORTEO! Gana un año de compra gratis en SuperMarta",
      "Usa el código AHORRA15 y llévate un 15% de descuento en tu primer pedido",
      "Apuesta 10 € y consigue 50 € en apuestas gratis. +18. Juega con responsabilidad",
      "Oferta exclusiva para lectores: 2x1 en cestas de fruta de HuertaYa"
    ],
    political: [
      "ENCUESTA: ¿Debe el Gobierno topar el precio de los alimentos? VOTA AHORA",
      "Firma la petición para bajar YA el IVA de la carne",
      "¿Estás harto de que los políticos te suban la compra? Únete al movimiento",
      "Hazte afiliado y recibe tu carné oficial del partido"
    ],
    newsletter: [
      "Suscríbete a nuestro boletín de ofertas y recibe cada lunes los mejores precios",
      "¿Ya eres suscriptor? Inicia sesión",
      "Has alcanzado el límite de artículos gratuitos de este mes",
      "Al suscribirte aceptas la política de privacidad y el tratamiento de tus datos."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Mercado Sol (@mercadosol_oficial)",
      "Síguenos en Twitter: @ConsumoHoy",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "Sigue leyendo tras la publicidad",
      "Ofrecido por Supermercados Alborada"
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliados: podemos recibir una comisión por las compras.",
      "Antes 59,99 €, ahora 34,99 € en Amazon",
      "Ver precio en Amazon",
      "CÓMPRALO AQUÍ →"
    ],
    scam: [
      "Los médicos no se lo explican: esta infusión elimina la grasa abdominal",
      "Un jubilado de Sevilla gana 3.000 € al mes con este truco de bitcoin",
      "El truco que los supermercados no quieren que conozcas",
      "Si tienes más de 60 años puedes reclamar este cheque de 400 €"
    ],
    related: [
      "Lee también: Los supermercados suben un 12% el precio del aceite",
      "TE PUEDE INTERESAR - Las mejores marcas blancas según los expertos",
      "Más información: Cierran 40 tiendas de una cadena de moda",
      "Relacionado: Así ha cambiado la cesta de la compra en cinco años"
    ],
    app: [
      "Descarga nuestra app y recibe las noticias al momento",
      "Escuchar noticia",
      "Activa las notificaciones",
      "0:00 / 2:45"
    ],
    donation: [
      "Apoya el periodismo independiente: hazte socio",
      "Colabora con nosotros desde 1 € al mes",
      "Sin tu ayuda, este periódico no sería posible. Dona ahora.",
      "HAZTE MECENAS"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 214 socios almacenamos o accedemos a información en un dispositivo",
      "Este contenido de X está bloqueado. Acepta las cookies de terceros para verlo."
    ]
  },
  fr: {
    promo: [
      "JEU-CONCOURS : tentez de gagner 1 an de courses offertes chez MarchéPlus",
      "Code promo BIENVENUE10 : -10 € dès 50 € d'achat",
      "Pariez 10 €, recevez 100 € en freebets. Jouer comporte des risques.",
      "Profitez de l'offre : 3 mois de livraison gratuite"
    ],
    political: [
      "SONDAGE : faut-il bloquer les prix en supermarché ? Votez maintenant !",
      "Signez la pétition contre la hausse de la TVA sur l'alimentation",
      "Adhérez dès aujourd'hui et recevez votre carte de membre 2024",
      "Ils se moquent de vous ! Rejoignez le mouvement"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Conso pour ne rien manquer",
      "Déjà abonné ? Connectez-vous",
      "Cet article est réservé aux abonnés",
      "Vos données sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Épicerie Lumière (@epicerielumiere)",
      "Suivez-nous sur Facebook",
      "Partager : Facebook Twitter LinkedIn E-mail"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Article proposé par notre partenaire Primeur & Cie"
    ],
    affiliate: [
      "Cet article contient des liens affiliés. Le journal peut percevoir une commission.",
      "Voir l'offre sur Amazon",
      "49,99 € au lieu de 79,99 € chez ÉlectroMaison",
      "BON PLAN : le robot cuiseur à -35 %"
    ],
    scam: [
      "Les médecins sont sidérés : ce remède de grand-mère fait fondre le ventre",
      "Ce retraité gagne 2 500 € par semaine grâce à cette plateforme crypto",
      "Les caissières ne veulent pas que vous connaissiez cette astuce",
      "Vous avez droit à un remboursement de 350 € : vérifiez votre éligibilité"
    ],
    related: [
      "À lire aussi : L'inflation alimentaire ralentit enfin en France",
      "LIRE AUSSI - Shrinkflation : la liste des produits concernés",
      "VIDÉO - Nous avons comparé les prix de cinq enseignes",
      "Sur le même sujet : Les grandes surfaces face aux industriels"
    ],
    app: [
      "Téléchargez l'application pour suivre l'actualité en direct",
      "Écouter cet article",
      "Ouvrir dans l'application",
      "Cette vidéo n'est pas disponible"
    ],
    donation: [
      "Soutenez une information libre et indépendante",
      "Faites un don déductible à 66 % de vos impôts",
      "Objectif : 5 000 donateurs. Déjà 3 412 !",
      "Devenez membre"
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 847 partenaires utilisons des cookies pour stocker et/ou accéder à des informations sur un appareil.",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "PASSATEMPO: ganhe um cabaz de Natal no valor de 300 €",
      "Use o cupom FRETE0 e ganhe frete grátis na primeira compra",
      "Aposte 10 € e receba 20 € em apostas grátis. +18",
      "Resgate já o seu vale de compras gratuito"
    ],
    political: [
      "ENQUETE: Você aprova o congelamento de preços? VOTE JÁ",
      "Assine o abaixo-assinado contra o aumento do IVA nos alimentos",
      "Doe R$ 10 e ajude a derrotar a esquerda nas eleições",
      "Filie-se agora e receba sua carteirinha oficial"
    ],
    newsletter: [
      "Assine a nossa newsletter e receba as melhores promoções do supermercado",
      "Já é assinante? Faça login",
      "Este conteúdo é exclusivo para assinantes",
      "Ao subscrever, aceita os Termos e Condições e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Mercadinho Boa Vista (@mercadinhoboavista)",
      "Siga-nos no Instagram e no TikTok",
      "Entre no nosso canal do WhatsApp"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua depois da publicidade",
      "Oferecido por Supermercados Aurora"
    ],
    affiliate: [
      "Podemos receber comissão pelas compras feitas através dos links desta página.",
      "De R$ 199,90 por R$ 129,90 na Amazon",
      "Confira o preço na loja",
      "COMPRE AGORA"
    ],
    scam: [
      "Médicos ficam chocados: este chá acaba com a diabetes em 7 dias",
      "Dona de casa fatura R$ 5 mil por semana com robô de investimentos",
      "Truque simples faz a conta do mercado cair pela metade",
      "Aposentados podem receber R$ 1.200 extras: veja se tem direito"
    ],
    related: [
      "Leia também: Preço da cesta básica sobe em 15 capitais",
      "LEIA MAIS - Supermercados reduzem horário de funcionamento",
      "Veja também: Inflação dos alimentos desacelera em março",
      "Saiba mais: Como economizar nas compras do mês"
    ],
    app: [
      "Baixe o app e receba notícias em primeira mão",
      "Ouvir notícia",
      "Ative as notificações",
      "Este vídeo não está disponível"
    ],
    donation: [
      "Apoie o jornalismo independente",
      "Faça parte: contribua a partir de 5 € por mês",
      "Doe agora",
      "Precisamos de si. Torne-se um leitor apoiante."
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 156 parceiros armazenamos e/ou acedemos a informações num dispositivo, tais como cookies.",
      "Conteúdo bloqueado. Ative os cookies de redes sociais para visualizar."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Gewinnen Sie einen Einkaufsgutschein über 500 Euro von FrischMarkt",
      "Mit dem Code SPAR20 sparen Sie 20 Prozent auf Ihre erste Bestellung",
      "Jetzt 100 € Wettbonus sichern! 18+ | Glücksspiel kann süchtig machen",
      "Gratis-Probe jetzt anfordern"
    ],
    political: [
      "UMFRAGE: Sollte die Mehrwertsteuer auf Lebensmittel abgeschafft werden? Jetzt abstimmen!",
      "Jetzt Petition unterschreiben: Stoppt die Preistreiberei!",
      "Werden Sie Mitglied und holen Sie sich Ihren Parteiausweis",
      "Die da oben lachen über Sie! Unterstützen Sie uns mit 5 Euro"
    ],
    newsletter: [
      "Jetzt den Verbraucher-Newsletter abonnieren",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Lesen Sie jetzt weiter mit Plus – 1 Monat für 0,99 €",
      "Mit Ihrer Anmeldung willigen Sie in den Erhalt des Newsletters ein. Die Einwilligung können Sie jederzeit widerrufen."
    ],
    social: [
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Bäckerei Sonnenkorn (@sonnenkorn_baeckerei)",
      "Folgen Sie uns auf Facebook",
      "Teilen auf WhatsApp"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Lesen Sie nach der Anzeige weiter",
      "Sponsored Content – präsentiert von Marktwerk"
    ],
    affiliate: [
      "Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine Provision.",
      "Statt 89,99 € jetzt nur 49,99 € bei Amazon",
      "Hier zum Angebot*",
      "*Affiliate-Link"
    ],
    scam: [
      "Ärzte sprachlos: Dieses Hausmittel lässt Bauchfett schmelzen",
      "Rentner verdient 4.000 € im Monat mit diesem Krypto-Trick",
      "Discounter hassen diesen einfachen Spartrick",
      "Haben Sie Anspruch auf 500 € Entlastung? Jetzt prüfen"
    ],
    related: [
      "Lesen Sie auch: Lebensmittelpreise steigen erneut",
      "MEHR ZUM THEMA – Discounter senken Butterpreis",
      "Auch interessant: Warenhauskette schließt weitere Filialen",
      "Video: So erkennen Sie Mogelpackungen im Supermarkt"
    ],
    app: [
      "Jetzt unsere App herunterladen",
      "Artikel anhören",
      "Push-Benachrichtigungen aktivieren",
      "Dieses Video ist leider nicht verfügbar"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt Mitglied werden",
      "Spenden Sie jetzt – schon ab 3 Euro",
      "Bereits 8.214 von 10.000 Unterstützern"
    ],
    cookie: [
      "Cookies akzeptieren, um diesen Inhalt anzuzeigen",
      "Einstellungen verwalten",
      "Wir und unsere 198 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu",
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von YouTube. Um ihn anzuzeigen, müssen Sie der Datenverarbeitung zustimmen."
    ]
  }
};
export const GENUINE = {
  en: [
    "LONDON (Reuters) - British grocery inflation eased to 4.1% in the four weeks to March, industry data showed on Tuesday.",
    "Updated 14:32",
    "Key points",
    "What we know so far",
    "Analysis",
    "Shoppers queue outside a discount store in Manchester on Saturday morning. Photograph: Jane Doe/Agency",
    "Additional reporting by Priya Shah in Birmingham.",
    "The chain said it would offer free fruit to children under 12 at all of its stores over the summer holidays.",
    "A four-pint bottle of milk now costs £1.45, up from £1.15 two years ago, according to the consumer group.",
    "More than 120,000 people have signed a petition calling on the regulator to investigate loyalty-card pricing.",
    "\"Don't assume the yellow-sticker price is the cheapest option – always check the unit price,\" said Harriet Cole, a consumer rights adviser.",
    "Trading Standards warned that fake supermarket voucher messages offering £500 gift cards were circulating on WhatsApp.",
    "The retailer's app, which has 9 million users, now shows personalised discounts only to members of its loyalty scheme.",
    "In a YouGov poll of 2,000 adults, 62% said they had switched to cheaper own-brand products in the past year.",
    "The supermarket said it would donate 1 million meals to food banks through its partnership with the charity.",
    "Subscription boxes, once a pandemic boom, have seen cancellations rise by a third, analysts said.",
    "Sales of the chain's Christmas cookies rose 18% year on year, it said in a trading update.",
    "The competition watchdog said it had found no evidence of widespread profiteering but would keep prices under review.",
    "Winners of the industry awards were announced on Thursday, with the discounter named retailer of the year.",
    "Margaret Ellis, who opened her first corner shop in Leeds in 1962, died on Sunday. She was 84.",
    "Shares in the company closed 3.2% higher at 287p.",
    "Buy-one-get-one-free deals on unhealthy foods were banned under rules that came into force in October.",
    "Tom Reynolds is our retail correspondent. He previously covered consumer affairs for a regional newspaper.",
    "Asked whether customers should shop around, the minister said: \"Use every tool you have, compare prices and tell us if something looks wrong.\"",
    "The offer, which runs until 31 January, applies to about 400 product lines.",
    "Reporting by Anna Keller; Editing by Mark Potter",
    "The price of a 250g pack of butter has risen by 40p since January, according to official figures.",
    "Police said the scam had targeted elderly shoppers with fake refund calls claiming to be from their bank.",
    "Final score: Riverside Rovers 2, Dockyard Athletic 1",
    "Consumers who were overcharged could be entitled to a refund, the regulator said, urging them to keep receipts.",
    "Correction: An earlier version of this article gave the wrong price for a loaf of bread. It is £1.39, not £1.93.",
    "Thousands of people posted pictures of empty shelves on social media over the weekend.",
    "The company said self-checkout machines would be removed from 30 stores following customer complaints.",
    "Food bank use rose 37% last year, the charity said.",
    "The survey was conducted online between 3 and 7 March.",
    "Black Friday discounts were smaller this year, with the average reduction falling to 28%, according to a price-tracking firm.",
    "How do price-match promises work?",
    "Union members voted 84% in favour of strike action at the distribution centre.",
    "Copies of the chain's free magazine will no longer be available in stores from next month.",
    "Petrol prices fell by 3p a litre in May, the motoring group said, the biggest monthly drop since 2022."
  ],
  es: [
    "MADRID (EFE) - El precio del aceite de oliva bajó un 9 % en febrero, según el Instituto Nacional de Estadística.",
    "Actualizado a las 13:45",
    "Claves",
    "Una clienta revisa los precios en un supermercado de Valencia. (Foto: María López)",
    "La cadena regalará bolsas reutilizables a quienes presenten su tique de compra durante esta semana.",
    "Más de 80.000 personas han firmado una petición para que se rebaje el IVA de los productos de higiene femenina.",
    "\"Comparen precios y no se dejen llevar por las ofertas de 3x2\", aconsejó la portavoz de la organización de consumidores.",
    "La Guardia Civil alerta de una estafa que suplanta a un supermercado y promete cupones de 200 euros por WhatsApp.",
    "Según una encuesta del CIS, el 58 % de los hogares ha reducido su gasto en alimentación.",
    "La empresa donará 50 toneladas de alimentos al Banco de Alimentos de Madrid.",
    "Con información de Laura Ruiz.",
    "La app de la cadena ya acumula más de dos millones de descargas, según la compañía.",
    "Las acciones cerraron con una subida del 2,1 %, hasta 23,40 euros.",
    "El ganador del primer premio compró el décimo en una panadería de Lugo."
  ],
  fr: [
    "PARIS (AFP) - Les prix alimentaires ont reculé de 0,5 % sur un an en avril, selon l'Insee.",
    "Mis à jour le 12/03/2024 à 17h05",
    "Ce qu'il faut retenir",
    "Un client dans les rayons d'un hypermarché de Lille, le 4 mars. (Photo d'illustration)",
    "L'enseigne offrira la livraison gratuite à domicile aux personnes de plus de 70 ans jusqu'à la fin de l'année.",
    "Une pétition lancée par l'association a déjà recueilli 150 000 signatures.",
    "« Lisez bien les étiquettes et comparez le prix au kilo », conseille Claire Martin, juriste dans une association de consommateurs.",
    "La DGCCRF met en garde contre de faux SMS promettant un bon d'achat de 100 euros.",
    "Selon un sondage Ifop, 71 % des Français disent avoir renoncé à certains produits.",
    "Avec Jean Dupont à Marseille",
    "Le groupe a fait don de 2 millions de repas aux Restos du cœur l'an dernier.",
    "Analyse",
    "L'action a terminé en hausse de 1,8 %, à 24,60 euros.",
    "Le fondateur de la chaîne de supérettes est mort samedi à l'âge de 91 ans."
  ],
  pt: [
    "LISBOA (Lusa) - O preço do cabaz alimentar subiu 1,20 euros esta semana, segundo a associação de defesa do consumidor.",
    "Atualizado às 15h20",
    "O que se sabe",
    "Consumidores fazem compras num hipermercado em São Paulo. (Foto: João Silva/Agência)",
    "A rede vai oferecer sacolas reutilizáveis gratuitas a partir de segunda-feira.",
    "Um abaixo-assinado com mais de 40 mil assinaturas foi entregue ao Procon.",
    "\"Pesquise antes de comprar e desconfie de promoções boas demais\", orientou a diretora do Procon-SP.",
    "A polícia alerta para um golpe que usa o nome de supermercados para oferecer vales falsos pelo WhatsApp.",
    "Segundo pesquisa Datafolha, 64% dos brasileiros trocaram marcas por outras mais baratas.",
    "Colaborou Maria Santos, do Rio de Janeiro",
    "A empresa doou 30 toneladas de alimentos às vítimas das enchentes.",
    "As ações fecharam em alta de 2,5%, cotadas a R$ 14,30.",
    "O aplicativo da rede já tem mais de 5 milhões de usuários cadastrados, informou a empresa.",
    "O quilo do café passou de R$ 32 para R$ 48 em um ano."
  ],
  de: [
    "BERLIN (dpa) - Die Lebensmittelpreise sind im März um 0,7 Prozent gegenüber dem Vorjahr gestiegen, teilte das Statistische Bundesamt mit.",
    "Aktualisiert am 14.03.2024, 16:12 Uhr",
    "Das Wichtigste in Kürze",
    "Kunden im Gang eines Discounters in Köln. Foto: Max Müller/dpa",
    "Die Kette verschenkt am Samstag in allen Filialen Brot vom Vortag an Bedürftige.",
    "Eine Online-Petition gegen die Preiserhöhungen haben bereits mehr als 90.000 Menschen unterschrieben.",
    "\"Vergleichen Sie den Grundpreis, nicht den Packungspreis\", rät Verbraucherschützerin Anna Schmidt.",
    "Die Verbraucherzentrale warnt vor gefälschten Gutschein-Nachrichten im Namen großer Supermärkte.",
    "Laut einer Forsa-Umfrage greifen 55 Prozent der Befragten häufiger zu Eigenmarken.",
    "Mitarbeit: Jonas Weber",
    "Das Unternehmen spendet überschüssige Lebensmittel an die Tafeln.",
    "Die Aktie schloss 2,3 Prozent höher bei 31,40 Euro.",
    "Wer die App des Händlers nutzt, erhält laut Verbraucherschützern nicht immer den günstigsten Preis.",
    "Der Gründer der Drogeriekette starb am Sonntag im Alter von 88 Jahren."
  ]
};
