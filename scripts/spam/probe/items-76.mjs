// The probe's 76th batch (run.mjs --batch 76): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a free FibreNest 900Mbps upgrade for a whole year — enter by midnight Friday",
      "Use code SIMDEAL20 for 20% off any Orbis Mobile SIM-only plan",
      "Claim your free £50 bet when you switch — T&Cs apply, 18+",
      "COMPETITION: Win the new Zephyr X12 Pro",
      "Exclusive reader offer: unlimited 5G data for just £9.99/month",
      "Get 3 months of broadband FREE → tap here",
      "Bet £10, get £30 in free bets. New customers only. BeGambleAware.org"
    ],
    political: [
      "VOTE NOW: Should the Prime Minister resign? Yes / No",
      "Chip in $5 before midnight to stop the radical left's agenda",
      "Sign the petition: Tell Congress to defund the woke media NOW",
      "Are you a proud patriot? Claim your official 2028 Victory membership card",
      "OUTRAGE: See what the Governor just said about your guns",
      "Poll: Do you approve of the President's job performance? Take the 30-second survey",
      "Add your name"
    ],
    newsletter: [
      "Sign up to our Tech Brief newsletter for the best deals on phones and broadband",
      "Already a subscriber? Log in",
      "This article is for subscribers only. Subscribe for £1 a month",
      "By clicking Sign up, you agree to receive marketing emails from us and our partners. You can unsubscribe at any time.",
      "Get the Morning Signal delivered to your inbox every weekday",
      "You've read 3 of your 5 free articles this month.",
      "Enter your email address"
    ],
    social: [
      "Follow us on X @TelecomDailyNews",
      "View this post on Instagram",
      "A post shared by Nexatel UK (@nexateluk)",
      "Share this article: Facebook | X | WhatsApp | Email",
      "Join our Facebook group for the latest phone deals and tech tips",
      "Like us on Facebook",
      "— Velocom Support (@VelocomHelp) March 4, 2024"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored",
      "Paid post by Orbis Mobile",
      "Promoted by FibreNest Broadband",
      "This content was produced in partnership with Nexatel and does not reflect the views of the editorial team.",
      "Article continues after this ad"
    ],
    affiliate: [
      "Was £799 now £649 at Currys",
      "Check price on Amazon",
      "We may earn a commission when you buy through links on our site.",
      "BUY IT: Zephyr X12 (128GB), £529 at Argos",
      "Best deal today: SIM-only 100GB for £12/month at Mobiles.co.uk →",
      "Our independent reviewers choose every product. If you buy via our links we may receive a small fee, at no extra cost to you.",
      "See all Velocom broadband deals"
    ],
    scam: [
      "Doctors stunned: this simple trick blocks 5G radiation while you sleep",
      "He turned $250 into $14,000 using this new AI trading app — banks are furious",
      "Brits with a mobile contract could be owed £2,400 — check if you qualify",
      "Pensioners are cancelling their broadband after discovering this one weird trick",
      "20 Celebrities Who Don't Own A Smartphone — Number 7 Will Shock You",
      "Elon Musk's secret crypto platform revealed on live TV",
      "Tinnitus? Do this immediately (watch)"
    ],
    related: [
      "Read more: Ofcom fines network £2.8m over 999 call outage",
      "RELATED: Why your phone bill is going up again in April",
      "ALSO READ - Best budget Android phones under £300",
      "WATCH: Inside the lab testing 6G antennas",
      "More from Technology: Copper phone line switch-off delayed to 2027",
      "Recommended: How to stop spam texts for good",
      "You might also like - Rural villages still waiting for full-fibre broadband"
    ],
    app: [
      "Download our app for breaking news alerts",
      "Open in app",
      "Listen to this article",
      "0:00 / 3:21",
      "Turn on notifications to never miss a story",
      "Video unavailable. This video is not available in your country.",
      "This audio is auto-generated. Please let us know if you have any feedback."
    ],
    donation: [
      "Support our journalism. Donate from just $1",
      "Become a member",
      "We're a reader-funded newsroom. If you value independent tech reporting, please give what you can today.",
      "Goal: 10,000 supporters — 7,412 so far",
      "Donate",
      "Make a contribution",
      "Nobody owns our newsroom but you. Give monthly and keep it free for everyone."
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies.",
      "This content is hosted by a third party. Click 'Allow and continue' to view it.",
      "Reject all",
      "To see this embed, please enable social media cookies in your privacy settings.",
      "Twitter content blocked. Change your consent settings to view."
    ]
  },
  es: {
    promo: [
      "¡SORTEAMOS 5 móviles Nexa S24! Participa antes del domingo",
      "Código FIBRA30: 30% de descuento en tu primera factura",
      "Consigue tu bono de bienvenida de 200€ en apuestas deportivas. +18. Juega con responsabilidad",
      "Oferta exclusiva: fibra 1 Gb + móvil ilimitado por 29,90 €/mes"
    ],
    political: [
      "ENCUESTA: ¿Debe dimitir el presidente del Gobierno? Vota ahora",
      "Firma la petición para frenar la ley de amnistía",
      "Hazte afiliado y recibe tu carné del partido en casa",
      "¡Indignante! Mira lo que ha dicho la ministra sobre tu pensión"
    ],
    newsletter: [
      "Suscríbete a nuestra newsletter de tecnología",
      "¿Ya eres suscriptor? Inicia sesión",
      "Este contenido es exclusivo para suscriptores. Primer mes por 1 €",
      "Al suscribirte aceptas nuestra política de privacidad y el envío de comunicaciones comerciales."
    ],
    social: [
      "Síguenos en Twitter: @ConectaNoticias",
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Ondamóvil (@ondamovil_es)",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "La noticia continúa tras la publicidad",
      "Ofrecido por Ondamóvil"
    ],
    affiliate: [
      "Antes 899 €, ahora 699 € en MediaMarkt",
      "Ver precio en Amazon",
      "Este artículo contiene enlaces de afiliado: si compras a través de ellos, podemos recibir una comisión.",
      "CÓMPRALO AQUÍ"
    ],
    scam: [
      "Los médicos no se lo creen: el truco casero que elimina la radiación del móvil",
      "Un jubilado de Sevilla gana 3.000 € al día con esta plataforma de bitcoin",
      "Reclama hasta 1.800 € si tienes contrato con una operadora: compruébalo en 30 segundos",
      "15 famosos irreconocibles hoy. ¡El número 9 te sorprenderá!"
    ],
    related: [
      "Leer más: La CNMC multa a tres operadoras por publicidad engañosa",
      "TE PUEDE INTERESAR: Cómo bloquear las llamadas comerciales en tu móvil",
      "Relacionado - El apagón del cobre: qué pasa con tu teléfono fijo",
      "LEA TAMBIÉN: El Real Madrid cierra el fichaje de su nuevo lateral"
    ],
    app: [
      "Descarga nuestra app y recibe las últimas noticias",
      "Escuchar noticia",
      "Activa las notificaciones",
      "Audio generado automáticamente con inteligencia artificial"
    ],
    donation: [
      "Apoya el periodismo independiente",
      "Hazte socio desde 6 € al mes",
      "Sin publicidad ni accionistas: este medio solo depende de ti. Colabora.",
      "Donar"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 845 socios almacenamos y accedemos a información en su dispositivo.",
      "Este contenido está bloqueado. Acepta las cookies de terceros para verlo."
    ]
  },
  fr: {
    promo: [
      "JEU CONCOURS : tentez de gagner un smartphone Nexa S24",
      "Code promo BOX15 : -15 € par mois pendant un an sur la fibre Lumio",
      "Pariez 10 €, recevez 100 € en freebets ! Jouer comporte des risques.",
      "Forfait 200 Go à 7,99 €/mois — offre limitée"
    ],
    political: [
      "SONDAGE : Faut-il destituer le président ? Votez maintenant",
      "Signez la pétition contre la hausse des impôts",
      "Adhérez au mouvement et recevez votre carte de membre",
      "Scandale : ce que le gouvernement vous cache sur votre retraite"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Tech",
      "Déjà abonné ? Se connecter",
      "Cet article est réservé aux abonnés. 1 € le premier mois",
      "En vous inscrivant, vous acceptez nos conditions générales et notre politique de confidentialité."
    ],
    social: [
      "Suivez-nous sur Instagram @telecomsmag",
      "Voir cette publication sur Instagram",
      "Une publication partagée par Lumio (@lumio_officiel)",
      "Partager sur Facebook"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "L'article continue après la publicité",
      "Proposé par Lumio Télécom"
    ],
    affiliate: [
      "Voir l'offre chez Boulanger",
      "499 € au lieu de 649 € chez Fnac",
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission en cas d'achat.",
      "Vérifier le prix sur Amazon"
    ],
    scam: [
      "Les médecins sont stupéfaits : ce patch anti-ondes élimine la fatigue",
      "Une retraitée de Lyon gagne 4 500 € par mois grâce à cette plateforme crypto",
      "Vous avez un forfait mobile ? Vous pourriez être remboursé de 1 200 €",
      "Ces stars ont terriblement changé, la n°5 va vous surprendre"
    ],
    related: [
      "À lire aussi : L'Arcep sanctionne un opérateur pour des coupures à répétition",
      "LIRE AUSSI - Fin du réseau cuivre : ce qui change pour votre ligne fixe",
      "Sur le même sujet : Comment bloquer le démarchage téléphonique",
      "VIDÉO - Au cœur du centre de données qui fait tourner Internet"
    ],
    app: [
      "Téléchargez l'application",
      "Écouter cet article",
      "Activez les notifications pour ne rien manquer",
      "Lecture en cours... 00:00 / 04:12"
    ],
    donation: [
      "Soutenez une presse libre et indépendante",
      "Faire un don",
      "Devenez membre à partir de 5 € par mois",
      "Objectif : 2 000 donateurs. Déjà 1 342 !"
    ],
    cookie: [
      "Accepter les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 210 partenaires utilisons des cookies pour stocker et accéder à des informations",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "SORTEIO: ganhe um celular Nexa S24 novinho",
      "Use o cupom CHIP10 e ganhe 10% de desconto no plano controle",
      "Aposte agora e receba R$ 500 de bônus de boas-vindas",
      "Promoção: internet fibra 500 Mega por R$ 89,90/mês"
    ],
    political: [
      "ENQUETE: Você aprova o governo? Vote agora",
      "Assine o abaixo-assinado contra o aumento de impostos",
      "Filie-se já e receba sua carteirinha de membro",
      "Revoltante! Veja o que o ministro disse sobre sua aposentadoria"
    ],
    newsletter: [
      "Assine nossa newsletter e receba as principais notícias de tecnologia",
      "Já é assinante? Faça login",
      "Conteúdo exclusivo para assinantes. Assine por R$ 1,90 no primeiro mês",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Siga-nos no Instagram: @conectanews",
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Vivacel (@vivacel_oficial)",
      "Entre no nosso canal do WhatsApp"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Oferecido por Vivacel"
    ],
    affiliate: [
      "De R$ 2.499 por R$ 1.899 na Amazon",
      "Ver preço",
      "Podemos receber uma comissão se você comprar pelos links desta página.",
      "Compre aqui com frete grátis"
    ],
    scam: [
      "Médicos ficam chocados: esse truque caseiro acaba com a radiação do celular",
      "Aposentado de Minas fatura R$ 3 mil por dia com robô de criptomoedas",
      "Clientes de operadora podem ter direito a indenização de R$ 5 mil; veja como consultar",
      "Famosos que sumiram da TV — o número 8 vai te surpreender"
    ],
    related: [
      "Leia mais: Anatel multa operadora por falhas no sinal 5G",
      "LEIA TAMBÉM: Como bloquear ligações de telemarketing no celular",
      "Veja também - Operadoras desligam rede 3G em mais cidades",
      "Saiba mais: Flamengo vence e assume a liderança do Brasileirão"
    ],
    app: [
      "Baixe o app e receba notícias em primeira mão",
      "Ouvir esta notícia",
      "Ative as notificações",
      "Este vídeo não está disponível"
    ],
    donation: [
      "Apoie o jornalismo independente",
      "Faça uma doação",
      "Seja membro a partir de R$ 10 por mês",
      "Meta: 3.000 apoiadores. Já somos 2.145!"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerenciar preferências",
      "Nós e nossos 180 parceiros usamos cookies para personalizar anúncios e conteúdo.",
      "Conteúdo bloqueado. Para visualizá-lo, permita os cookies de terceiros."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Jetzt ein Nexa S24 gewinnen!",
      "Mit dem Gutscheincode SURF25 sparen Sie 25 € auf Ihren DSL-Tarif",
      "100 € Wettbonus für Neukunden sichern! 18+, Glücksspiel kann süchtig machen",
      "Nur heute: 50 GB Allnet-Flat für 9,99 € im Monat"
    ],
    political: [
      "UMFRAGE: Soll der Kanzler zurücktreten? Jetzt abstimmen!",
      "Jetzt Petition unterschreiben: Stoppt die Zwangsgebühr!",
      "Werden Sie Mitglied und holen Sie sich Ihren Parteiausweis",
      "Unfassbar: Was die Regierung mit Ihrem Geld macht"
    ],
    newsletter: [
      "Jetzt den Tech-Newsletter abonnieren",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus: Den ersten Monat für 0,99 € testen",
      "Mit Ihrer Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu. Abmeldung jederzeit möglich."
    ],
    social: [
      "Folgen Sie uns auf Instagram: @funknetz_news",
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Funkwerk Mobil (@funkwerkmobil)",
      "Artikel teilen: WhatsApp · Facebook · X · E-Mail"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Weiter nach der Anzeige",
      "Gesponserter Inhalt – präsentiert von Funkwerk Mobil"
    ],
    affiliate: [
      "Preis prüfen bei Amazon",
      "Statt 999 € jetzt nur 749 € bei MediaMarkt",
      "Wir erhalten eine Provision, wenn Sie über die mit einem Sternchen gekennzeichneten Links einkaufen.",
      "Zum Angebot"
    ],
    scam: [
      "Ärzte sprachlos: Dieser Trick schützt vor Handystrahlung",
      "Rentner aus Bayern verdient 3.000 € am Tag mit Bitcoin-Roboter",
      "Handyvertrag? Sie könnten Anspruch auf bis zu 2.000 € Entschädigung haben",
      "Diese 10 Promis sind kaum wiederzuerkennen – Nummer 6 schockiert"
    ],
    related: [
      "Lesen Sie auch: Bundesnetzagentur verhängt Bußgeld gegen Netzbetreiber",
      "MEHR ZUM THEMA: Glasfaserausbau stockt auf dem Land",
      "Auch interessant - So blockieren Sie Spam-Anrufe auf dem Smartphone",
      "Das könnte Sie auch interessieren: Bayern München verliert Topspiel in Dortmund"
    ],
    app: [
      "Jetzt die App herunterladen",
      "Artikel anhören",
      "Push-Benachrichtigungen aktivieren",
      "Dieser Text wurde maschinell vorgelesen."
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt spenden",
      "Werden Sie Mitglied – schon ab 5 € im Monat",
      "Ziel: 5.000 Unterstützer. 3.870 haben schon mitgemacht!"
    ],
    cookie: [
      "Cookies akzeptieren, um diesen Inhalt zu sehen",
      "Einstellungen verwalten",
      "Wir und unsere 247 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.",
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von X. Zum Anzeigen müssen Sie externe Inhalte zulassen."
    ]
  }
};

export const GENUINE = {
  en: [
    "LONDON (Reuters) - BT said on Thursday it would cut up to 55,000 jobs by the end of the decade as it completes its full-fibre rollout.",
    "Updated 14:32",
    "Key points",
    "What we know so far",
    "Customers affected by the outage will receive a £10 credit on their next bill, the company said.",
    "Ofcom said the requirement for price rises to be written in pounds and pence would apply to new contracts from January.",
    "\"If you get a text asking you to click a link to pay a delivery fee, delete it,\" said Detective Inspector Sarah Collins.",
    "The scam messages, which appear to come from a mobile network, offer a free phone upgrade in exchange for bank details.",
    "Analysis",
    "The new handset costs £999 for the base model, £100 more than last year's equivalent.",
    "Additional reporting by Priya Shah and Tom Wells",
    "A petition calling for mobile masts to be kept away from schools has gathered more than 12,000 signatures.",
    "Engineers repair a damaged fibre cable in Cumbria after the storm. Photograph: Owen Humphreys/PA",
    "The operator is offering free calls and texts to customers in the flood-hit areas until the end of the month.",
    "Social tariffs, which offer cheaper broadband to people on benefits, cost as little as £12 a month, but take-up remains below 10%.",
    "Consumer group Which? urged customers to check whether they were out of contract and paying too much.",
    "The app, which lets users check signal strength on their street, has been downloaded more than a million times.",
    "Winners of the Connected Britain awards were announced at a ceremony in London on Wednesday night.",
    "A poll by YouGov found that 62% of parents support a ban on smartphones in schools.",
    "Netflix subscriptions bundled with broadband packages are helping to keep customers from leaving, analysts said.",
    "Harold Finch, who helped build one of Britain's first mobile networks, has died aged 91.",
    "He is survived by his wife, Margaret, and three children.",
    "Regulators are investigating whether the app tracked users through cookies without their consent.",
    "Final score: Wrexham 3, Stockport County 1. The match was the first in the league broadcast over a private 5G network.",
    "Sam Patel is our telecoms correspondent. He has covered the mobile industry for 12 years.",
    "MADRID (AP) - Spain's government raised its stake in Telefonica to 10% on Tuesday, citing national security.",
    "Anyone who believes they have been targeted by SIM-swap fraud should contact their bank and report it to Action Fraud.",
    "The deal, worth $16.5bn, still needs approval from competition authorities in Brussels.",
    "Customers can claim compensation automatically if an engineer misses an appointment, under rules introduced in 2019.",
    "\"Switch now and you could save hundreds of pounds a year,\" said Lisa Webb, a consumer rights expert.",
    "The watchdog received more than 3,000 complaints about the sponsored messages, which appeared in customers' inboxes.",
    "Pictured: the new handset on display at the launch event in Mountain View, California.",
    "Rural customers in Powys were told they would have to wait until 2030 for gigabit-capable broadband.",
    "The price of the cheapest unlimited data plan has fallen by 30% in two years, according to Ofcom's latest pricing report.",
    "BRUSSELS, Feb 12 (Reuters) - EU lawmakers voted to cap the cost of calls to other member states at 19 cents per minute.",
    "The giveaway of free SIM cards to refugees was organised by a charity in Kent with support from local shops.",
    "Donations of old smartphones will be refurbished and given to care-home residents, the scheme's organisers said.",
    "What happens next?",
    "The 5G spectrum auction raised £1.4bn for the Treasury, with four operators winning licences.",
    "Correction: An earlier version of this article said the price rise would take effect in March. It takes effect in April."
  ],
  es: [
    "MADRID, 12 Mar. (EUROPA PRESS) - Telefónica ha cerrado el ejercicio con un beneficio neto de 892 millones de euros.",
    "La operadora regalará 10 GB adicionales a los clientes afectados por la caída de la red del martes.",
    "La CNMC ha abierto un expediente sancionador por cobros indebidos a más de 40.000 usuarios.",
    "\"Que nadie facilite sus claves bancarias por SMS\", advirtió el portavoz de la Policía Nacional.",
    "Claves de la noticia",
    "Actualizado a las 13:45",
    "Un técnico instala fibra óptica en una vivienda de Teruel. / EFE",
    "La tarifa más barata de la compañía, con fibra de 300 Mb y una línea móvil, cuesta 35 euros al mes.",
    "Según una encuesta de la OCU, el 40% de los usuarios ha cambiado de operador en los últimos dos años.",
    "Los vecinos han recogido 3.000 firmas para pedir cobertura móvil en el valle.",
    "Con información de Laura Pérez.",
    "La estafa, conocida como 'smishing', suplanta a operadoras para pedir el pago de una supuesta factura pendiente.",
    "Falleció el pasado domingo a los 88 años, tras toda una vida dedicada a las telecomunicaciones.",
    "La aplicación permite consultar el consumo de datos en tiempo real y no tiene coste adicional."
  ],
  fr: [
    "PARIS (AFP) - Le gendarme des télécoms a infligé une amende de 26 millions d'euros à un opérateur pour des pannes répétées.",
    "Mis à jour le 14/03/2024 à 17h05",
    "Ce qu'il faut retenir",
    "Les abonnés touchés par la panne bénéficieront d'un mois d'abonnement gratuit, a annoncé l'opérateur.",
    "« Ne cliquez jamais sur un lien reçu par SMS », a martelé le procureur lors d'une conférence de presse.",
    "Selon un sondage Ifop, 58 % des Français jugent leur forfait mobile trop cher.",
    "Une pétition réclamant le déploiement de la fibre dans le village a recueilli plus de 1 500 signatures.",
    "Un technicien raccorde un logement à la fibre optique, à Rennes, le 3 mars. (Photo d'illustration)",
    "L'offre d'entrée de gamme passe de 19,99 € à 22,99 € par mois à partir du 1er avril.",
    "Avec AFP",
    "L'application, téléchargée plus de deux millions de fois, permet de signaler les zones blanches.",
    "Les escrocs se faisaient passer pour le service client d'un opérateur afin d'obtenir les codes de sécurité des victimes.",
    "Il s'est éteint dimanche à l'âge de 84 ans, entouré des siens.",
    "La Cnil a sanctionné l'opérateur pour avoir déposé des cookies publicitaires sans le consentement des utilisateurs."
  ],
  pt: [
    "SÃO PAULO (Reuters) - A Anatel aprovou nesta quarta-feira a venda dos ativos móveis da operadora para as três maiores concorrentes do país.",
    "Atualizado às 15h20",
    "Entenda o caso",
    "Clientes afetados pela falha terão desconto proporcional na próxima fatura, informou a operadora.",
    "\"Desconfie de qualquer mensagem que peça dados bancários\", orientou o delegado Carlos Mendes.",
    "O golpe do falso funcionário da operadora já fez mais de 2 mil vítimas no estado, segundo a polícia.",
    "O plano mais barato custa R$ 49,99 por mês e inclui 20 GB de internet.",
    "Técnico instala antena 5G no centro de Belo Horizonte. Foto: Divulgação",
    "Pesquisa Datafolha mostra que 71% dos brasileiros usam o celular como principal forma de acesso à internet.",
    "Colaborou Ana Souza, do Rio de Janeiro",
    "Moradores fizeram um abaixo-assinado pedindo a instalação de uma torre de celular no bairro.",
    "O aplicativo é gratuito e está disponível para Android e iOS.",
    "Ele deixa a esposa, três filhos e cinco netos.",
    "A Anatel recebeu mais de 200 mil reclamações contra operadoras de telefonia no primeiro semestre."
  ],
  de: [
    "BERLIN (dpa) - Die Bundesnetzagentur hat die Vergabe neuer Mobilfunkfrequenzen auf das kommende Jahr verschoben.",
    "Aktualisiert am 14.03.2024, 16:20 Uhr",
    "Das Wichtigste in Kürze",
    "Kunden, die von der Störung betroffen waren, erhalten eine Gutschrift von zehn Euro, teilte der Anbieter mit.",
    "„Geben Sie niemals Ihre PIN am Telefon heraus“, warnte ein Sprecher des Landeskriminalamts.",
    "Laut einer Umfrage des Branchenverbands Bitkom nutzen 89 Prozent der Deutschen ein Smartphone.",
    "Der günstigste Tarif kostet künftig 29,99 Euro statt bisher 24,99 Euro im Monat.",
    "Ein Techniker verlegt Glasfaserkabel in einem Neubaugebiet bei Kassel. Foto: Uwe Zucchi/dpa",
    "Mit Material von dpa und Reuters",
    "Eine Online-Petition gegen den geplanten Funkmast hat bereits mehr als 4.000 Unterschriften gesammelt.",
    "Die Betrüger gaben sich als Mitarbeiter eines Mobilfunkanbieters aus und verlangten die Daten der Kunden.",
    "Die App ist kostenlos und zeigt an, wo das Netz besonders schwach ist.",
    "Er starb am Sonntag im Alter von 87 Jahren in München.",
    "Verbraucherschützer raten, nach Ablauf der Mindestlaufzeit den Tarif zu wechseln."
  ]
};
