// The probe's 56th batch (run.mjs --batch 56): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a £2,500 garden makeover from GreenThumb Direct — enter by Sunday midnight",
      "Use code BLOOM20 for 20% off all bulbs and seeds this weekend only",
      "Claim your FREE paint sample pack – just pay postage",
      "COMPETITION: Tell us about your allotment and you could win a cordless hedge trimmer worth £179",
      "New customers: bet £10, get £30 in free bets. 18+ T&Cs apply. BeGambleAware.org",
      "Free delivery on orders over £40 at HomeCraft Depot →",
      "FLASH SALE: 40% off garden furniture, today only"
    ],
    political: [
      "POLL: Should the Prime Minister resign? Vote now",
      "Chip in $5 before midnight to stop the radical left's tax on homeowners",
      "Sign the petition: Tell Congress to keep its hands off your gas stove!",
      "Are you a proud patriot? Claim your official 2024 membership card",
      "OUTRAGE: Liberal councillors want to ban your lawn mower. Add your name now",
      "Do you approve of the job Joe Biden is doing? YES / NO",
      "Stand with our candidate — every dollar matched 3X until Friday"
    ],
    newsletter: [
      "Get our weekly Home & Garden newsletter — planting tips, project guides and more, straight to your inbox",
      "Already a subscriber? Log in",
      "You've read 3 of 5 free articles this month. Subscribe for £1 a week.",
      "By signing up you agree to our Terms of Use and acknowledge the data practices in our Privacy Policy. You may unsubscribe at any time.",
      "Enter your email address",
      "Subscribe now to keep reading and get unlimited access to expert DIY advice",
      "This article is for subscribers only"
    ],
    social: [
      "View this post on Instagram",
      "A post shared by The Potting Shed (@thepottingshed_uk)",
      "Follow us on Pinterest for more small-space decor ideas",
      "Join our Facebook group, Weekend Renovators, with 40,000 members sharing their before-and-afters",
      "Share this article",
      "@HomesDeskDaily",
      "Tag us in your garden photos using #MyPlotMonday"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored",
      "Paid post by Verdana Kitchens",
      "Promoted by Harrow & Finch Paints",
      "This content was produced in partnership with BrightNest Flooring. The newsroom was not involved in its creation.",
      "Advertisement - scroll to continue"
    ],
    affiliate: [
      "We may earn a commission when you buy through links on our site.",
      "Was £89.99, now £54 at Rowan & Co",
      "Check price on Amazon",
      "BUY IT: Ryobi 18V cordless drill, $79 at Home Depot",
      "Our editors independently select these products. If you buy something, we may earn an affiliate fee.",
      "Best deal: LumaBright solar path lights, 8-pack, £24.99 (save 38%)",
      "Shop now →"
    ],
    scam: [
      "Gardeners stunned: this kitchen scrap makes tomatoes grow twice as fast",
      "Homeowners in your area are getting a free solar system — check if you qualify",
      "Doctors hate this one weird trick for joint pain after weeding",
      "He invested £250 in Bitcoin Prime and now renovates houses full-time. Here's how",
      "23 Home Fixes That Look Expensive — Number 7 Will Shock You",
      "Government compensation: You could be owed £4,800 for mis-sold cavity wall insulation",
      "Plumbers don't want you to know this drain trick (do it tonight)"
    ],
    related: [
      "Read more: How to stop slugs eating your hostas without chemicals",
      "RELATED: The paint colour everyone will be using in 2025",
      "ALSO READ - Council tax bands to rise for thousands of households",
      "WATCH: Couple transforms derelict barn into four-bedroom home",
      "More from Homes: Why your radiators are cold at the top",
      "Recommended: Seven houseplants that survive in low light",
      "You might also like - The rise of the 'cottagecore' kitchen"
    ],
    app: [
      "Listen to this article",
      "Download our app for daily planting reminders and exclusive project videos",
      "Open in app",
      "Turn on notifications to get breaking news alerts",
      "0:00 / 3:21",
      "Video unavailable",
      "This audio is automatically generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support independent journalism. Donate today.",
      "Become a member from just $5 a month",
      "Our readers fund our reporting. We're 72% of the way to our goal of 10,000 supporters.",
      "If you value our gardening coverage, please consider making a contribution",
      "DONATE",
      "Every reader contribution, big or small, keeps our journalism free for all. Support us from £1",
      "Goal: $50,000 | Raised: $38,412"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This Pinterest embed is blocked because you have not consented to social media cookies. Enable cookies",
      "Reject all",
      "To view this YouTube video you need to allow targeting cookies. Allow and continue",
      "Cookie settings"
    ]
  },
  es: {
    promo: [
      "¡SORTEAMOS un kit de jardinería vertical valorado en 300 €! Participa aquí",
      "Código JARDIN15: 15% de descuento en toda la tienda online de Verdeluz",
      "Consigue gratis tu muestra de pintura ecológica",
      "Apuesta 10 € y llévate 50 € en apuestas gratis. +18. Juega con responsabilidad"
    ],
    political: [
      "ENCUESTA: ¿Debe dimitir el presidente del Gobierno? Vota ya",
      "Firma la petición contra el nuevo impuesto a los propietarios",
      "Hazte afiliado y recibe tu carné oficial del partido",
      "¡Indignante! Lo que el Gobierno quiere hacer con tu vivienda. Comparte si estás en contra"
    ],
    newsletter: [
      "Suscríbete a nuestra newsletter de Casa y Jardín y recibe cada viernes las mejores ideas",
      "¿Ya eres suscriptor? Inicia sesión",
      "Has alcanzado el límite de artículos gratuitos. Suscríbete por 1 € el primer mes",
      "Al suscribirte aceptas las condiciones de uso y la política de privacidad."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida de Casa Bonita Deco (@casabonitadeco)",
      "Síguenos en Facebook y Pinterest",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "Sigue leyendo debajo del anuncio",
      "Ofrecido por Bricomanía Plus"
    ],
    affiliate: [
      "Este artículo incluye enlaces de afiliados; podemos recibir una comisión por tus compras.",
      "Antes 129,99 €, ahora 79 € en Amazon",
      "Ver oferta",
      "COMPRAR: Taladro percutor Bosch, 64,90 € en Leroy Merlin"
    ],
    scam: [
      "Los jardineros no se lo creen: el truco del vinagre que acaba con las malas hierbas para siempre",
      "Gana 3.000 € al mes desde casa con este sistema de inversión en criptomonedas",
      "Los médicos alucinan con esta planta que elimina el dolor de rodillas",
      "Hacienda te devuelve hasta 2.500 € por las reformas de tu casa: comprueba si tienes derecho"
    ],
    related: [
      "Lee también: Cómo cuidar las orquídeas en invierno para que vuelvan a florecer",
      "TE PUEDE INTERESAR - Los pisos turísticos bajan en Madrid por primera vez",
      "MÁS INFORMACIÓN: El Gobierno amplía las ayudas a la rehabilitación energética",
      "Relacionado: Diez plantas de interior que purifican el aire"
    ],
    app: [
      "Descarga la app y no te pierdas ninguna noticia",
      "Escuchar noticia",
      "Activa las notificaciones",
      "Este vídeo no está disponible"
    ],
    donation: [
      "Apoya el periodismo independiente: hazte socio",
      "Colabora con nosotros desde 3 € al mes",
      "DONA AHORA",
      "Sin tu apoyo, este periódico no existiría. Contribuye hoy."
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 847 socios almacenamos o accedemos a información en un dispositivo, como cookies.",
      "Este contenido de YouTube está bloqueado. Para verlo, acepta las cookies de terceros."
    ]
  },
  fr: {
    promo: [
      "JEU-CONCOURS : tentez de gagner une tondeuse robot d'une valeur de 899 €",
      "-20 % sur tout le rayon jardin avec le code PRINTEMPS20",
      "Recevez gratuitement votre guide des semis 2025",
      "Offre de bienvenue : jusqu'à 100 € remboursés sur votre premier pari"
    ],
    political: [
      "SONDAGE : Faut-il dissoudre l'Assemblée nationale ? Votez maintenant",
      "Signez la pétition contre la hausse de la taxe foncière !",
      "Adhérez au mouvement et recevez votre carte de membre",
      "Scandale : ce que le gouvernement vous cache sur vos impôts. Partagez !"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Maison & Jardin",
      "Déjà abonné ? Connectez-vous",
      "Cet article est réservé aux abonnés. Abonnez-vous à partir de 1 € le premier mois",
      "Vos données sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Atelier Déco (@atelierdeco.fr)",
      "Suivez-nous sur Facebook, X et Pinterest",
      "Rejoignez notre communauté de jardiniers sur WhatsApp"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après la publicité",
      "Article proposé par Maisons Lumière, partenaire de la rédaction"
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission sur vos achats.",
      "149,99 € au lieu de 219 € chez Castorama",
      "Voir l'offre",
      "Bon plan : la perceuse-visseuse Makita à 89 € sur Amazon"
    ],
    scam: [
      "Les jardiniers n'en reviennent pas : cette astuce de grand-mère fait pousser les tomates deux fois plus vite",
      "Cette méthode permet de gagner 2 000 € par semaine depuis chez soi",
      "Isolation à 1 € : vérifiez si vous avez droit à une indemnisation de 3 400 €",
      "15 maisons abandonnées incroyables – la 9e va vous surprendre"
    ],
    related: [
      "Lire aussi : Comment tailler ses rosiers en mars",
      "À LIRE AUSSI - Immobilier : les prix reculent dans les grandes villes",
      "VIDÉO - Un couple transforme une grange en maison d'architecte",
      "Sur le même sujet : Les plantes d'intérieur qui résistent au manque de lumière"
    ],
    app: [
      "Téléchargez l'application et recevez nos alertes",
      "Écouter cet article",
      "Ouvrir dans l'application",
      "00:00 / 02:47"
    ],
    donation: [
      "Soutenez une presse libre et indépendante : faites un don",
      "Devenez membre à partir de 5 € par mois",
      "Votre don est déductible à 66 % de vos impôts",
      "Objectif : 2 000 donateurs – 1 486 atteints"
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nos 214 partenaires et nous utilisons des cookies pour stocker et/ou accéder à des informations sur un appareil.",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "SORTEIO: ganhe um kit completo de ferramentas avaliado em R$ 1.200",
      "Use o cupom CASA10 e ganhe 10% de desconto na primeira compra",
      "Receba grátis o e-book 'Horta em Apartamento'",
      "Aposte R$ 50 e ganhe R$ 50 em bônus. +18. Jogue com responsabilidade"
    ],
    political: [
      "ENQUETE: Você aprova o governo? Vote agora",
      "Assine o abaixo-assinado contra o aumento do IPTU",
      "Filie-se e receba sua carteirinha de militante",
      "Revoltante! Veja o que querem fazer com a sua casa. Compartilhe"
    ],
    newsletter: [
      "Cadastre-se na nossa newsletter de Casa e Decoração",
      "Já é assinante? Faça login",
      "Você atingiu o limite de reportagens gratuitas. Assine por R$ 1,90 no primeiro mês",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Jardim da Lu (@jardimdalu)",
      "Siga-nos no Instagram e no TikTok",
      "Entre no nosso canal do WhatsApp"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua depois da publicidade",
      "Conteúdo de marca | Oferecido por Tintas Aurora"
    ],
    affiliate: [
      "Ao comprar pelos links desta página, podemos receber uma comissão.",
      "De R$ 499 por R$ 329 na Amazon",
      "Ver preço",
      "Compre aqui: furadeira de impacto Bosch por R$ 289,90"
    ],
    scam: [
      "Jardineiros ficam chocados: este truque com borra de café faz qualquer planta florir",
      "Ganhe R$ 5 mil por mês com este robô de criptomoedas",
      "Médicos ficam sem palavras com chá que acaba com dores nas costas",
      "Você pode ter direito a uma indenização de R$ 3.800 da sua conta de luz. Consulte seu CPF"
    ],
    related: [
      "Leia também: Como fazer uma horta vertical na varanda",
      "VEJA TAMBÉM - Preço do aluguel sobe pelo sexto mês seguido",
      "Saiba mais: 8 plantas que gostam de pouca luz",
      "LEIA MAIS: Reforma na cozinha: erros que encarecem a obra"
    ],
    app: [
      "Baixe o app e receba as notícias em primeira mão",
      "Ouvir matéria",
      "Ativar notificações",
      "Este vídeo não está disponível"
    ],
    donation: [
      "Apoie o jornalismo independente",
      "Seja um apoiador a partir de R$ 10 por mês",
      "Contribua",
      "Faça um Pix de qualquer valor e ajude a manter nosso jornalismo"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 156 parceiros armazenamos e/ou acedemos a informações num dispositivo, tais como cookies.",
      "Conteúdo bloqueado. Para visualizar, autorize os cookies de redes sociais."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Gewinnen Sie einen Akku-Rasenmäher im Wert von 649 Euro",
      "Mit dem Code GARTEN25 sparen Sie 25 % auf alle Pflanzen",
      "Jetzt kostenlos den Heimwerker-Ratgeber sichern",
      "Neukundenbonus: 100 % bis zu 100 € auf Ihre erste Wette"
    ],
    political: [
      "UMFRAGE: Sollte die Regierung zurücktreten? Jetzt abstimmen",
      "Jetzt Petition unterschreiben: Nein zum Heizungsgesetz!",
      "Werden Sie Mitglied und erhalten Sie Ihren Parteiausweis",
      "Skandal! Was die Regierung mit Ihrem Eigenheim vorhat – jetzt teilen"
    ],
    newsletter: [
      "Abonnieren Sie unseren Newsletter „Wohnen & Garten“",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus: Testen Sie 4 Wochen für 0,99 €",
      "Mit Ihrer Anmeldung erklären Sie sich mit unseren Datenschutzbestimmungen einverstanden. Abmeldung jederzeit möglich."
    ],
    social: [
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Gartenliebe (@gartenliebe.de)",
      "Folgen Sie uns auf Facebook und Instagram",
      "Artikel teilen"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Weiter nach der Anzeige",
      "Gesponserter Beitrag von Holzwerk Brandt"
    ],
    affiliate: [
      "Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine Provision.",
      "Statt 199 € jetzt 129 € bei OBI",
      "Jetzt bei Amazon ansehen",
      "*Affiliate-Link: Wir erhalten ggf. eine Vergütung, für Sie ändert sich der Preis nicht."
    ],
    scam: [
      "Gärtner staunen: Mit diesem Hausmittel wachsen Tomaten doppelt so schnell",
      "Mit diesem Krypto-Trick verdienen Hausbesitzer 3.000 € im Monat",
      "Ärzte sprachlos: Dieses Kraut stoppt Gelenkschmerzen",
      "Hausbesitzer aufgepasst: Sie haben Anspruch auf 5.000 € Entschädigung – jetzt in 30 Sekunden prüfen"
    ],
    related: [
      "Lesen Sie auch: So überwintern Sie Ihre Kübelpflanzen richtig",
      "Mehr zum Thema: Heizkosten – was Mieter jetzt wissen müssen",
      "AUCH INTERESSANT - Die besten Zimmerpflanzen für dunkle Räume",
      "Video: Paar baut alten Bauernhof zum Traumhaus um"
    ],
    app: [
      "Jetzt die App herunterladen",
      "Artikel anhören",
      "Push-Benachrichtigungen aktivieren",
      "Diese Audioversion wurde künstlich generiert."
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt Mitglied werden – ab 5 € im Monat",
      "Freiwillig zahlen",
      "Unser Ziel: 5.000 Unterstützer. Bereits 3.912 dabei."
    ],
    cookie: [
      "Zustimmen und Inhalt anzeigen",
      "Einstellungen verwalten",
      "Wir und unsere 298 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.",
      "An dieser Stelle finden Sie einen externen Inhalt von YouTube. Um ihn anzuzeigen, benötigen wir Ihre Zustimmung."
    ]
  }
};
export const GENUINE = {
  en: [
    "The council said residents can collect up to five bags of free compost from the recycling centre until the end of April.",
    "Prices for the kits start at £35, though the larger raised-bed version costs £120.",
    "\"Get out there and plant something, even if it's just a pot of herbs on the windowsill,\" said Monty Rhodes, the show's presenter.",
    "More than 12,000 people have signed a petition calling on the city to save the community garden from redevelopment.",
    "Key points",
    "Trading Standards warned homeowners about a scam in which fake roofers knock on doors offering cheap repairs after storms.",
    "Additional reporting by Sarah Whitfield",
    "LONDON (Reuters) - Sales of power tools and paint fell for a third straight quarter, the retailer said on Tuesday.",
    "Updated 14:32",
    "The couple spent £18,000 on the kitchen extension, roughly half of what builders had quoted.",
    "Photo: Volunteers plant wildflower plugs along the canal towpath in Birmingham on Saturday.",
    "The winner of this year's Best in Show award at the Chelsea Flower Show was announced on Monday morning.",
    "The app, which identifies plants from a photo, has been downloaded more than 10 million times, the company said.",
    "In a poll of 2,000 homeowners, 41 per cent said they had put off a renovation because of rising costs.",
    "What we know",
    "Margaret Ellis, who ran the village nursery for four decades, died on March 3 at the age of 88.",
    "The charity, which relies on donations, said it had raised enough money to restore the Victorian glasshouse.",
    "Subscription boxes for seeds have grown in popularity, but experts say buyers should check what they're signing up for.",
    "The offer of a free boiler under the government scheme is genuine, officials said, but only for households that meet strict criteria.",
    "Analysis",
    "Homeowners can apply for a grant of up to £7,500 towards a heat pump, according to the department.",
    "She posted the before-and-after photos on Instagram, where they were shared more than 40,000 times.",
    "\"Don't pay anyone upfront in cash, and always ask for references,\" said a spokesperson for the consumer group.",
    "Jane Porter is our home and garden correspondent. She has been writing about interiors for 15 years.",
    "Correction: An earlier version of this article gave the wrong price for the shed. It costs £649, not £469.",
    "The retailer confirmed it would refund customers who bought the recalled ladders, which can collapse under load.",
    "The groundsman, who also tends the club's allotment, watched Saturday's 3-1 win over Stockport from the touchline.",
    "Cookies, cakes and jam were sold at the show's stall, raising £1,240 for the local hospice.",
    "Readers voted the climbing rose 'Gertrude Jekyll' their favourite in our annual poll, with 3,400 votes cast.",
    "Police said the fraudsters had set up a fake website selling discounted garden furniture that never arrived.",
    "The interior designer urged buyers to \"test the paint on a big patch of wall before committing to ten litres.\"",
    "Entry to the open gardens costs £6, with children admitted free.",
    "The full report is published on the council's website.",
    "The competition, now in its 25th year, is open to any garden under 50 square metres.",
    "Mortgage rates fell slightly in June, giving some relief to buyers of fixer-upper properties.",
    "Follow the instructions on the packet, and never mix weedkillers, the Royal Horticultural Society advises.",
    "Image caption: The restored Georgian townhouse in Bath retains its original sash windows.",
    "Planning permission is not usually needed for a garden office under 2.5 metres high, the guidance says.",
    "She said membership of the tool library costs £20 a year and gives members access to 500 items.",
    "BOSTON (AP) — A fire that started in a backyard shed spread to two neighboring homes early Sunday, officials said."
  ],
  es: [
    "MADRID (EFE). - Las ventas de material de bricolaje crecieron un 6 % en 2024, según la patronal del sector.",
    "El ayuntamiento reparte plantones gratis a los vecinos que lo soliciten antes del 15 de marzo.",
    "«Hay que regar al atardecer, nunca a mediodía», aconseja la paisajista Marta Gil.",
    "Más de 8.000 personas han firmado una petición para salvar el huerto urbano del barrio.",
    "La Policía Nacional alerta de una estafa de falsos fontaneros que cobran hasta 600 euros por reparaciones inexistentes.",
    "Claves",
    "Actualizado a las 12:45",
    "Con información de Laura Sanz",
    "La reforma del baño costó 9.500 euros, IVA incluido.",
    "Foto: Voluntarios plantan árboles en el parque del Retiro este sábado.",
    "La aplicación, que identifica plagas a partir de una foto, ya suma un millón de descargas.",
    "El ganador del concurso de balcones floridos de Córdoba recibirá 1.000 euros.",
    "Según una encuesta de la OCU, el 38 % de los hogares ha aplazado obras por la subida de precios.",
    "Las ayudas para rehabilitación energética cubren hasta el 80 % del coste, explicó el Ministerio."
  ],
  fr: [
    "PARIS (AFP) - Les ventes de matériel de jardinage ont reculé de 4 % au premier trimestre, selon la fédération du secteur.",
    "La mairie distribue gratuitement du compost aux habitants samedi matin, dans la limite des stocks disponibles.",
    "« Il faut pailler avant les fortes chaleurs », recommande le jardinier Pierre Lavigne.",
    "Une pétition réclamant la sauvegarde des jardins ouvriers a recueilli plus de 15 000 signatures.",
    "La DGCCRF met en garde contre des démarcheurs frauduleux proposant des travaux d'isolation à 1 euro.",
    "Ce qu'il faut retenir",
    "Mis à jour le 12 mai à 16h20",
    "Avec Camille Durand",
    "Le chantier de rénovation a coûté 42 000 euros, dont 11 000 financés par MaPrimeRénov'.",
    "Photo : Le potager du château de Villandry attire chaque année des milliers de visiteurs.",
    "Les lauréats du concours des villes et villages fleuris ont été dévoilés mardi.",
    "Selon un sondage Ifop, 62 % des Français disent avoir fait des travaux eux-mêmes cette année.",
    "L'association, qui vit essentiellement de dons, a pu restaurer la serre du XIXe siècle.",
    "L'application gratuite permet de signaler les nids de frelons asiatiques à la mairie."
  ],
  pt: [
    "SÃO PAULO (Reuters) - As vendas de materiais de construção subiram 3,2% em março, informou a associação do setor.",
    "A prefeitura vai distribuir mudas gratuitas de ipê no parque neste domingo.",
    "\"Regue sempre no fim da tarde\", recomenda a paisagista Helena Matos.",
    "Um abaixo-assinado pela preservação da horta comunitária já reuniu 6 mil assinaturas.",
    "O Procon alerta para um golpe em que falsos técnicos cobram por vistorias de gás que nunca acontecem.",
    "Entenda",
    "Atualizado às 15h10",
    "Colaborou Pedro Almeida",
    "A reforma da cozinha custou R$ 38 mil, incluindo os móveis planejados.",
    "Foto: Moradores cuidam da horta comunitária no bairro da Mooca, em São Paulo.",
    "A vencedora do concurso de jardins de Lisboa recebeu um prémio de 2.500 euros.",
    "Segundo pesquisa Datafolha, 45% dos brasileiros pretendem reformar a casa neste ano.",
    "O aplicativo ajuda agricultores a identificar pragas pela câmera do celular, segundo os pesquisadores.",
    "A ONG, que depende de doações, plantou 20 mil árvores nativas desde 2019."
  ],
  de: [
    "BERLIN (dpa) - Die Baumärkte in Deutschland haben im vergangenen Jahr weniger Umsatz gemacht, wie der Branchenverband mitteilte.",
    "Die Stadt verteilt am Samstag kostenlos Kompost an alle Kleingärtner.",
    "„Mulchen spart Wasser und Arbeit“, sagt die Gärtnermeisterin Anna Berger.",
    "Eine Petition gegen die Räumung der Kleingartenanlage hat mehr als 20.000 Unterschriften gesammelt.",
    "Die Polizei warnt vor falschen Handwerkern, die an der Haustür überteuerte Dachreparaturen anbieten.",
    "Das Wichtigste in Kürze",
    "Aktualisiert am 14.05.2025, 11:20 Uhr",
    "Mitarbeit: Jonas Keller",
    "Die Sanierung des Badezimmers kostete rund 14.000 Euro.",
    "Foto: Ehrenamtliche pflanzen Obstbäume auf der Streuobstwiese bei Tübingen.",
    "Den Wettbewerb „Unser Dorf hat Zukunft“ gewann in diesem Jahr eine Gemeinde aus Oberfranken.",
    "Laut einer Umfrage von YouGov will jeder dritte Eigentümer in diesem Jahr renovieren.",
    "Die kostenlose App der Stadt zeigt an, wann welche Tonne abgeholt wird.",
    "Der Verein, der sich über Spenden finanziert, hat den historischen Schlossgarten wiederhergestellt."
  ]
};
