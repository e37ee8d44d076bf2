// The probe's 67th batch (run.mjs --batch 67): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a case of 12 Rioja reserva wines worth £240 — enter by midnight Sunday",
      "Use code CORKED20 for 20% off your first Vintner's Cellar mixed case",
      "Claim your free bottle of Hollow Oak small-batch gin — just pay £3.95 P&P",
      "Bet £10 on the Grand National, get £30 in free bets. 18+ T&Cs apply. BeGambleAware.org",
      "GIVEAWAY",
      "Today only: half-price craft beer subscription boxes from HopCrate, while stocks last",
      "Fancy a tasting tour for two in Champagne? Enter our competition now"
    ],
    political: [
      "VOTE NOW: Should the Prime Minister resign? Tell us in our poll",
      "Sign the petition to stop the radical left from raising YOUR taxes",
      "Chip in $5 before midnight to defend our majority",
      "Are you a TRUE patriot? Claim your official 2024 membership card",
      "OUTRAGE: Democrats want to ban your backyard barbecue. Add your name today",
      "Stand with Nigel — pledge your support now",
      "Poll: Do you trust the mainstream media? YES / NO"
    ],
    newsletter: [
      "Sign up to The Pour, our free weekly newsletter on wine, beer and spirits",
      "Already a subscriber? Log in",
      "You've read 3 of your 5 free articles this month.",
      "By signing up, you agree to our Terms of Use and acknowledge the data practices in our Privacy Policy. You may unsubscribe at any time.",
      "Subscribe for £1 a week for your first 3 months. Cancel anytime.",
      "Get the best drinks stories delivered straight to your inbox →",
      "Enter your email address"
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Cask & Mash Brewery (@caskandmash)",
      "Follow us on Twitter @DrinksDeskDaily",
      "Share this article",
      "Join our Facebook group Wine Lovers UK for tasting notes and chat",
      "Like us on Facebook, follow us on Instagram and TikTok for more food and drink news",
      "Share on WhatsApp | Share on X | Copy link"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored",
      "Paid post by Glenbrae Distillers",
      "Promoted by Maison Delacroix Champagne",
      "This content was produced in partnership with the Wines of Portugal campaign and does not reflect the views of the editorial team.",
      "Advertisement - scroll to continue"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Was £34.99, now £24.99 at Tipplemart",
      "Check price on Amazon",
      "BUY IT: Redfern Single Malt 70cl, £42, drinkhaus.co.uk",
      "Our journalism is supported by readers. When you purchase through links on our site, we may earn an affiliate commission.",
      "Deal of the day: six bottles of Argentine Malbec for £49.99 (save £40) at WineDirectly",
      "Shop now at Amazon ›"
    ],
    scam: [
      "Doctors stunned: this red wine trick melts belly fat overnight",
      "Bitcoin millionaire reveals how he turned £250 into £14,000 in a week",
      "Number 7 will shock you: celebrities who secretly quit drinking",
      "One weird trick to cure a hangover that brewers don't want you to know",
      "Pensioners born before 1960 are entitled to a £1,800 refund — check if you qualify",
      "Liver specialist: 'Do this before bed and you can drink like you're 20 again'",
      "Whisky investment casks paying 18% guaranteed returns — limited spots left"
    ],
    related: [
      "Read more: Prosecco prices set to soar after poor harvest in Veneto",
      "RELATED: Why craft brewers are turning to non-alcoholic beer",
      "ALSO READ - Scotch exports hit record £6.2bn as Asia demand grows",
      "WATCH: Inside the world's oldest working cider mill",
      "More from Food & Drink: The best supermarket wines under £10",
      "Recommended: Heatwave sends pub beer sales to a 10-year high",
      "You might also like - How climate change is redrawing Europe's wine map"
    ],
    app: [
      "Listen to this article",
      "Download our app for breaking news alerts",
      "Open in app",
      "0:00 / 3:21",
      "Video unavailable",
      "Turn on notifications to never miss a story",
      "This audio is automatically generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism",
      "Become a member today from just £5 a month",
      "We're a small, independent team. If you value our coverage of the drinks trade, please consider donating.",
      "Donate",
      "Our goal: 5,000 supporters by December. We're at 3,412.",
      "Reader-funded since 2009 — make a one-off contribution today",
      "Every contribution, however big or small, powers our journalism. Support us from $1 — it only takes a minute."
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This content is blocked. Enable social media cookies to view it.",
      "Allow all | Reject all",
      "YouTube content is disabled because you have not accepted the required cookies.",
      "By clicking 'Accept', you consent to the use of cookies for analytics and personalised advertising."
    ]
  },
  es: {
    promo: [
      "SORTEO: gana una caja de seis botellas de Ribera del Duero. Participa antes del domingo",
      "Código VINO15: 15% de descuento en tu primer pedido en Bodegas Llano Alto",
      "Apuesta 10 € y llévate 50 € en apuestas gratis. +18. Juega con responsabilidad",
      "¡Consigue GRATIS tu kit de cata de vermut!"
    ],
    political: [
      "VOTA AHORA: ¿Debe dimitir el presidente del Gobierno? Participa en nuestra encuesta",
      "Firma la petición para frenar la subida de impuestos del Gobierno",
      "Hazte afiliado y recibe tu carné oficial del partido",
      "¡INDIGNANTE! Mira lo que la oposición quiere hacer con tu pensión"
    ],
    newsletter: [
      "Suscríbete a nuestra newsletter de vinos y recibe cada viernes las mejores recomendaciones",
      "¿Ya eres suscriptor? Inicia sesión",
      "Este contenido es exclusivo para suscriptores. Suscríbete por 1 € el primer mes",
      "Al suscribirte aceptas nuestra política de privacidad y las condiciones de uso."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Cervezas La Tramontana (@latramontanabeer)",
      "Síguenos en X, Facebook e Instagram",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "La noticia continúa tras la publicidad",
      "Ofrecido por Destilerías Sierra Morena"
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliados: si compras a través de ellos, recibimos una comisión.",
      "Antes 29,90 €, ahora 19,95 € en Amazon",
      "Comprar en Amazon",
      "Oferta: pack de 24 cervezas artesanas por 34,99 € en Lupulandia"
    ],
    scam: [
      "Los médicos no se lo explican: este truco con vino tinto elimina la grasa abdominal",
      "Un jubilado de Sevilla gana 3.000 € al día con este método de criptomonedas",
      "El nº 5 te sorprenderá: famosos que han dejado el alcohol",
      "Hacienda te devuelve hasta 1.200 €: comprueba si tienes derecho"
    ],
    related: [
      "Lee también: La sequía reduce un 20% la cosecha de uva en La Rioja",
      "Te puede interesar - Así es la nueva ola de cervezas sin alcohol",
      "MÁS INFORMACIÓN: El Gobierno prepara una subida del impuesto sobre el alcohol",
      "Noticia relacionada: Las mejores sidrerías de Asturias según los expertos"
    ],
    app: [
      "Escuchar noticia",
      "Descarga nuestra app y recibe las últimas noticias",
      "Activa las notificaciones para no perderte nada",
      "0:00 / 2:47"
    ],
    donation: [
      "Apoya el periodismo independiente",
      "Hazte socio desde 5 € al mes",
      "Dona ahora",
      "Este periódico se financia con sus lectores. Llevamos 8.234 socios de 10.000: ayúdanos a llegar"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 215 socios almacenamos o accedemos a información en un dispositivo, como cookies.",
      "Este contenido está bloqueado. Habilita las cookies de redes sociales para verlo."
    ]
  },
  fr: {
    promo: [
      "JEU-CONCOURS : tentez de gagner un week-end pour deux en Champagne",
      "Code PROMO BULLES10 : -10 % sur votre première commande chez Caves du Lys",
      "Pariez 10 €, recevez 100 € en paris gratuits. Jouer comporte des risques : endettement, isolement, dépendance.",
      "Votre coffret dégustation de rhums OFFERT dès 60 € d'achat"
    ],
    political: [
      "SONDAGE : le président doit-il démissionner ? Votez maintenant",
      "Signez la pétition contre la hausse des taxes voulue par le gouvernement !",
      "Adhérez dès aujourd'hui et recevez votre carte de membre 2024",
      "SCANDALEUX : ce que la gauche prépare pour vos retraites"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Vins & Spiritueux",
      "Déjà abonné ? Connectez-vous",
      "Cet article est réservé aux abonnés. Abonnez-vous à partir de 1 € le premier mois",
      "En vous inscrivant, vous acceptez nos conditions générales et notre politique de confidentialité."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Brasserie du Vieux Port (@brasserieduvieuxport)",
      "Suivez-nous sur Facebook et X",
      "Partager sur WhatsApp"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Article proposé par la Maison Verneuil & Fils"
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission en cas d'achat.",
      "29,90 € au lieu de 39,90 € chez Cave en Ligne",
      "Voir l'offre sur Amazon",
      "Bon plan : le magnum de champagne brut à 49 € au lieu de 69 €"
    ],
    scam: [
      "Les médecins sont stupéfaits : ce verre de vin avant de dormir fait fondre la graisse",
      "Il gagne 4 500 € par mois grâce au bitcoin sans quitter son canapé",
      "Le n°6 va vous surprendre : ces stars qui ne boivent plus une goutte d'alcool",
      "Remboursement de 850 € : vérifiez si vous êtes éligible avant la fin du mois"
    ],
    related: [
      "À lire aussi : Le cognac en crise face aux taxes chinoises",
      "LIRE AUSSI - Bière : les microbrasseries ferment à un rythme record",
      "Sur le même sujet : Vendanges 2024, une récolte historiquement basse",
      "VIDÉO - Dans les crayères de Reims, 40 millions de bouteilles en sommeil"
    ],
    app: [
      "Écouter cet article",
      "Téléchargez l'application et recevez nos alertes",
      "Ouvrir dans l'application",
      "Cette vidéo n'est pas disponible"
    ],
    donation: [
      "Soutenez un journalisme indépendant",
      "Faites un don",
      "Devenez membre à partir de 3 € par mois",
      "Objectif : 2 000 donateurs d'ici la fin de l'année. Déjà 1 347 !"
    ],
    cookie: [
      "Accepter les cookies pour afficher ce contenu",
      "Gérer mes choix",
      "Nous et nos 842 partenaires stockons et/ou accédons à des informations sur un appareil, telles que des cookies.",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "PASSATEMPO: habilite-se a ganhar uma garrafa de Porto Vintage 2017",
      "Use o cupom CERVEJA15 e ganhe 15% de desconto na primeira compra",
      "Aposte R$ 20 e ganhe R$ 100 em apostas grátis. Jogue com responsabilidade. +18",
      "Resgate já o seu kit de degustação GRÁTIS da Cachaçaria Serra Azul"
    ],
    political: [
      "VOTE AGORA: o presidente merece um novo mandato? Participe da enquete",
      "Assine o abaixo-assinado contra o aumento de impostos!",
      "Doe R$ 10 para a campanha e ajude a derrotar a esquerda",
      "Filie-se já e receba a sua carteirinha oficial do partido"
    ],
    newsletter: [
      "Assine a nossa newsletter e receba as novidades do mundo do vinho",
      "Já é assinante? Faça login",
      "Conteúdo exclusivo para assinantes. Assine por R$ 1,90 no primeiro mês",
      "Ao subscrever, aceita a nossa Política de Privacidade."
    ],
    social: [
      "Ver esta publicação no Instagram",
      "Uma publicação partilhada por Adega do Douro (@adegadodouro)",
      "Siga-nos no Instagram e no TikTok",
      "Entre no nosso canal do WhatsApp"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Oferecido por Quinta do Vale Escuro"
    ],
    affiliate: [
      "Podemos receber comissão por compras feitas através dos links desta página.",
      "De R$ 189,90 por R$ 129,90 na Amazon",
      "Ver preço na loja",
      "Oferta: caixa com 6 vinhos alentejanos por 39,90 € na Garrafeira Online"
    ],
    scam: [
      "Médicos ficam chocados: este truque com vinho tinto queima gordura da barriga",
      "Aposentado de Minas fatura R$ 5 mil por dia com robô de criptomoedas",
      "O número 4 vai surpreendê-lo: famosos que deixaram de beber",
      "Tem direito a um reembolso de 700 €? Verifique aqui antes que seja tarde"
    ],
    related: [
      "Leia também: Exportações de vinho do Porto caem pelo terceiro ano seguido",
      "LEIA MAIS - Cervejarias artesanais apostam em rótulos sem álcool",
      "Veja também: Os melhores bares de cachaça de São Paulo",
      "Relacionado: Seca ameaça vindima no Douro"
    ],
    app: [
      "Ouvir esta notícia",
      "Baixe o app e receba notícias em primeira mão",
      "Ative as notificações",
      "Vídeo indisponível"
    ],
    donation: [
      "Apoie o jornalismo independente",
      "Seja membro a partir de R$ 10 por mês",
      "Faça uma doação",
      "Meta: 3.000 apoiadores. Já somos 2.118."
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 198 parceiros armazenamos e/ou acedemos a informações num dispositivo, tais como cookies.",
      "Este conteúdo foi bloqueado. Ative os cookies de redes sociais para visualizá-lo."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Jetzt mitmachen und eine Kiste Riesling vom Weingut Sonnhalde gewinnen!",
      "Mit dem Code PROST15 sparen Sie 15 % auf Ihre erste Bestellung",
      "Jetzt 100 € Willkommensbonus sichern! 18+ | Glücksspiel kann süchtig machen",
      "Gratis-Probierpaket: 3 Craft-Biere kostenlos – nur Versand zahlen"
    ],
    political: [
      "UMFRAGE: Sollte der Kanzler zurücktreten? Jetzt abstimmen!",
      "Unterschreiben Sie jetzt die Petition gegen die Steuerpläne der Regierung!",
      "Werden Sie Mitglied und erhalten Sie Ihren persönlichen Parteiausweis",
      "SKANDAL: Was die Grünen jetzt mit Ihrem Auto vorhaben"
    ],
    newsletter: [
      "Jetzt den Wein-Newsletter abonnieren – kostenlos und jederzeit kündbar",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Dieser Artikel ist nur für Abonnenten. Jetzt 4 Wochen für 1 € testen",
      "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung. Abmeldung jederzeit möglich."
    ],
    social: [
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Brauhaus Kesselberg (@brauhaus.kesselberg)",
      "Folgen Sie uns auf Facebook und Instagram",
      "Artikel teilen"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Weiterlesen nach der Anzeige",
      "Gesponserter Inhalt – präsentiert von der Edelbrennerei Hohenfels"
    ],
    affiliate: [
      "Wenn Sie über diese Links einkaufen, erhalten wir eine Provision. Für Sie ändert sich am Preis nichts.",
      "Statt 24,99 € jetzt nur 17,99 € bei Amazon",
      "Hier geht's zum Angebot*",
      "*Affiliate-Link"
    ],
    scam: [
      "Ärzte sprachlos: Dieser Rotwein-Trick lässt Bauchfett über Nacht schmelzen",
      "Rentner aus Bayern verdient 2.800 € am Tag mit Bitcoin-Methode",
      "Nummer 8 wird Sie schockieren: Stars, die keinen Alkohol mehr trinken",
      "Haben Sie Anspruch auf 900 € Entschädigung? Jetzt prüfen"
    ],
    related: [
      "Lesen Sie auch: Bierabsatz in Deutschland sinkt auf Rekordtief",
      "Mehr zum Thema: Winzer an der Mosel kämpfen mit Spätfrost",
      "AUCH INTERESSANT - Alkoholfreier Gin: Was steckt hinter dem Trend?",
      "VIDEO: So entsteht Apfelwein in Hessen"
    ],
    app: [
      "Artikel anhören",
      "Jetzt die App herunterladen",
      "Push-Benachrichtigungen aktivieren",
      "Dieses Video ist nicht verfügbar"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt spenden",
      "Werden Sie Mitglied – schon ab 5 € im Monat",
      "Unser Ziel: 10.000 Unterstützer. Bereits 7.452 sind dabei."
    ],
    cookie: [
      "Cookies akzeptieren, um diesen Inhalt anzuzeigen",
      "Einstellungen verwalten",
      "Wir und unsere 237 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu, beispielsweise auf Cookies.",
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von YouTube. Zum Anzeigen müssen Sie der Datenverarbeitung zustimmen."
    ]
  }
};

export const GENUINE = {
  en: [
    "BORDEAUX, France (AP) — Winemakers in the region say they will uproot nearly 10,000 hectares of vines as demand for red wine continues to fall.",
    "A bottle of 1945 Romanée-Conti sold for $558,000 at auction, a record for a single bottle of wine.",
    "The brewery said it would give away free pints to the first 500 customers on Saturday to mark its 150th anniversary.",
    "\"If you're going to drink, buy from a licensed retailer,\" said Detective Inspector Sarah Holt, after 2,000 counterfeit vodka bottles were seized.",
    "Key points",
    "What we know so far",
    "Updated 14:32",
    "More than 40,000 people have signed a petition calling on the government to scrap the planned rise in alcohol duty.",
    "The company's app, which lets drinkers order craft beer for delivery, reported 1.2 million downloads last year.",
    "Analysis",
    "Trading Standards warned that scammers were selling fake whisky cask investments promising unrealistic returns to pensioners.",
    "Subscriptions to wine clubs surged during the pandemic but have since fallen by nearly a third, according to industry data.",
    "A worker sorts Pinot Noir grapes during the harvest near Beaune on September 12. (Reuters/Jean Martin)",
    "Additional reporting by Emma Collins in London and Pedro Alves in Porto.",
    "The pub's landlord, 67, died peacefully at home surrounded by his family, his daughter said.",
    "Shares in the spirits group fell 4% on Tuesday after the company cut its sales forecast for Latin America.",
    "The distillery has donated £50,000 to the local hospice from sales of its limited-edition gin.",
    "In a poll of 2,000 adults, 38% said they had cut back on alcohol over the past year.",
    "The winner of this year's International Cider Awards, a dry farmhouse cider from Herefordshire, costs £3.50 a bottle.",
    "Supermarkets are offering deep discounts on beer ahead of the World Cup, with some multipacks priced below £1 a can.",
    "\"Sign up to the deposit scheme now and you'll avoid the rush,\" the trade association's chief executive told members at its annual conference.",
    "The brewer said it had received thousands of messages on social media after announcing the closure of its Sheffield site.",
    "Minimum unit pricing in Scotland rose to 65p on September 30.",
    "The video, shared more than 2 million times on TikTok, shows a sommelier blind-tasting supermarket wines.",
    "James Whitfield is our drinks correspondent and has covered the wine trade for 15 years.",
    "The brewery-sponsored side won 3-1 at home on Saturday, moving up to fourth in the table.",
    "Prices start at £12 for a 70cl bottle, making it one of the cheapest single malts on the market.",
    "Regulators fined the online alcohol retailer £1.2m for placing tracking cookies on users' devices without consent.",
    "Champagne shipments fell 8% to 299 million bottles in 2023, the industry body said.",
    "The full list of medal winners will be published on the competition's website next week.",
    "The offer, worth about $2.5 billion, values the tequila maker at a 30% premium to its last closing price.",
    "Police said the scam involved fake online shops selling discounted Champagne that was never delivered.",
    "(Reporting by Lucy Marks; Editing by David Holmes)",
    "LONDON, March 4 (Reuters) - Britain's freeze on beer duty will be extended for another six months, the Treasury said on Monday.",
    "Members of the cooperative will vote next week on whether to accept the buyout offer.",
    "The non-alcoholic spirits brand raised £1.1 million from 3,000 investors in 48 hours through a crowdfunding campaign.",
    "Tickets for the festival cost £15 and include a souvenir glass and five tasting tokens.",
    "Correction: An earlier version of this article misstated the price of the wine. It is £18, not £81.",
    "Visitors sample beers at the Great British Beer Festival at Olympia, London, on Tuesday.",
    "What happens next?"
  ],
  es: [
    "LOGROÑO (EFE) - Los viticultores riojanos han pedido ayudas para arrancar viñedo ante la caída del consumo de vino tinto.",
    "La botella más cara de la subasta, un Vega Sicilia Único de 1962, se vendió por 12.000 euros.",
    "Más de 30.000 personas han firmado una petición para proteger la denominación de origen del cava.",
    "\"Que nadie compre alcohol por internet a precios imposibles\", advirtió el portavoz de la Guardia Civil tras la operación.",
    "Claves",
    "Actualizado a las 12:45",
    "La cervecera regalará una caña a los primeros 200 clientes para celebrar su centenario.",
    "Según una encuesta del CIS, el 42% de los jóvenes ha reducido el consumo de alcohol.",
    "Con información de Laura Pérez desde Jerez.",
    "La Policía Nacional ha desmantelado una red que estafaba a inversores con falsas barricas de whisky.",
    "El equipo patrocinado por la bodega ganó 3-1 en casa el sábado y ya es cuarto en la tabla.",
    "Un vendimiador recoge uva tempranillo en Haro (La Rioja). EFE/Raquel Soto",
    "La aplicación, que permite pedir vino a domicilio en menos de una hora, ya tiene 300.000 usuarios.",
    "El ganador del concurso, un albariño de Rías Baixas, cuesta 9,50 euros en tienda."
  ],
  fr: [
    "BORDEAUX (AFP) - Les viticulteurs girondins vont arracher 8 000 hectares de vignes, faute de débouchés pour leurs rouges.",
    "Une bouteille de Pétrus 1961 a été adjugée 32 000 euros lors de la vente aux enchères.",
    "Plus de 25 000 personnes ont signé une pétition pour sauver la dernière distillerie de l'île.",
    "« Ne buvez pas ces bouteilles, rapportez-les en magasin », a exhorté la préfecture après la découverte de rhum frelaté.",
    "Ce qu'il faut retenir",
    "Mis à jour le 14 mars à 16 h 05",
    "La brasserie offrira une bière aux 300 premiers visiteurs de sa journée portes ouvertes.",
    "Selon un sondage Ifop, 31 % des Français ont participé au Dry January cette année.",
    "Avec Julie Martin à Épernay",
    "Les gendarmes ont démantelé une escroquerie aux faux placements dans des grands crus, qui a fait 400 victimes.",
    "Les ventes de champagne ont reculé de 8 % en 2023, selon le Comité Champagne.",
    "Un vigneron contrôle la maturité des raisins à Chablis, le 6 septembre. (AFP/Jean-Marc Roux)",
    "L'application, qui compte 500 000 utilisateurs, permet de scanner l'étiquette d'un vin pour en connaître le prix.",
    "Le lauréat du concours, un muscadet à 8,50 euros, a devancé des vins trois fois plus chers."
  ],
  pt: [
    "PESO DA RÉGUA (Lusa) - Os viticultores do Douro alertam que o preço pago pela uva não cobre os custos de produção.",
    "Uma garrafa de Barca Velha de 1965 foi arrematada por 15 mil euros no leilão.",
    "Mais de 20 mil pessoas assinaram um abaixo-assinado pela redução do imposto sobre a cachaça.",
    "\"Não comprem bebidas sem selo fiscal\", alertou o secretário de Saúde após os casos de intoxicação por metanol.",
    "Entenda o caso",
    "Atualizado às 15h20",
    "A cervejaria vai distribuir chope grátis aos primeiros 500 visitantes do festival.",
    "Segundo pesquisa Datafolha, 35% dos brasileiros reduziram o consumo de álcool no último ano.",
    "Com reportagem de Ana Ribeiro, no Porto.",
    "A Polícia Federal prendeu cinco suspeitos de aplicar golpes com falsos investimentos em vinho.",
    "O time patrocinado pela cervejaria venceu por 2 a 1 no domingo e assumiu a liderança.",
    "Trabalhadores colhem uvas numa quinta no Pinhão, no Douro. (Lusa/Rui Fernandes)",
    "O aplicativo, que permite comparar preços de vinhos em supermercados, já foi baixado 1 milhão de vezes.",
    "O vencedor do concurso, um espumante gaúcho de R$ 79, superou rótulos franceses."
  ],
  de: [
    "MAINZ (dpa) - Die Winzer in Rheinhessen rechnen in diesem Jahr mit einer deutlich kleineren Ernte.",
    "Eine Flasche Trockenbeerenauslese von 1921 wurde für 28.000 Euro versteigert.",
    "Mehr als 50.000 Menschen haben eine Petition gegen die Schließung der Traditionsbrauerei unterschrieben.",
    "„Kaufen Sie keinen Schnaps von unbekannten Händlern“, warnte ein Sprecher des Landeskriminalamts.",
    "Das Wichtigste in Kürze",
    "Aktualisiert am 12.03.2024, 16:45 Uhr",
    "Die Brauerei schenkt am Samstag zum 500. Jubiläum Freibier an die ersten 1.000 Besucher aus.",
    "Laut einer Forsa-Umfrage trinkt jeder dritte Deutsche weniger Alkohol als vor fünf Jahren.",
    "Mitarbeit: Katrin Weber",
    "Die Polizei warnt vor Betrügern, die im Internet angebliche Weinfass-Investments mit hohen Renditen anbieten.",
    "Der Bierabsatz in Deutschland ist 2023 um 4,5 Prozent gesunken, teilte das Statistische Bundesamt mit.",
    "Besucher stoßen im Festzelt auf dem Oktoberfest an. Eine Maß kostet in diesem Jahr bis zu 15,30 Euro.",
    "Die App, mit der Kunden Restbestände von Weingütern günstig kaufen können, hat inzwischen 200.000 Nutzer.",
    "Der Aufsteiger gewann am Samstag mit 2:1 und feierte anschließend mit den Fans im Bierzelt."
  ]
};
