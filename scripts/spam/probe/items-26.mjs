// The probe's 26th batch (run.mjs --batch 26): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "Claim your FREE election-night commemorative mug — you just cover shipping. Offer ends Sunday.",
      "Use code BALLOT25 at checkout for 25% off your first Ledgerline Premium box.",
      "New customers: bet £10 on the next party leader market, get £40 in free bets. 18+ | T&Cs apply | Please gamble responsibly",
      "Enter now for your chance to win a weekend for two in Washington, D.C. No purchase necessary.",
      "Limited time: upgrade to Capitol Brief Pro for just $1 a week. Cancel anytime.",
      "Spin the wheel to unlock today's mystery discount!",
      "Got an opinion on the verdict? Tell us in 30 seconds and you could win a $250 gift card."
    ],
    political: [
      "POLL: Should members of Congress be banned from trading stocks? Vote YES or NO now.",
      "Chip in $5 before midnight to stop their radical agenda in its tracks.",
      "Sign the petition: Tell the Senate to defund the woke bureaucrats NOW!",
      "Do you approve of the Governor's job performance? Cast your vote →",
      "URGENT: Our records show you haven't renewed your 2025 Party Membership. Renew today.",
      "They laughed at us. Now they're silent. Add your name if you're sick of being ignored by Washington.",
      "Only 312 signatures left to reach our goal. Will you be one of them?"
    ],
    newsletter: [
      "Get the Morning Docket in your inbox — the day's biggest court rulings, explained in five minutes.",
      "You've read 4 of 5 free articles this month. Subscribe for unlimited access.",
      "Already a subscriber? Log in",
      "By signing up, you agree to our Terms of Use and acknowledge our Privacy Notice. You may unsubscribe at any time.",
      "Sign up for Ballot Box, our weekly guide to the races that matter",
      "This article is for subscribers only. Start your trial for 99p.",
      "Thanks for signing up! Check your inbox to confirm your subscription."
    ],
    social: [
      "Follow @WireDeskPolitics on X for live updates from the count.",
      "View this post on Instagram",
      "A post shared by Senator Dana Whitcombe (@danawhitcombe)",
      "Share on Facebook Share on X Share via Email Copy link",
      "Join our WhatsApp channel for breaking news alerts straight to your phone.",
      "Like what you're reading? Give us a follow on Threads and Bluesky.",
      "Keep the conversation going: comment below and tag a friend who needs to see this."
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored Content by Meridian Wealth Partners",
      "Scroll to continue with content",
      "This content was produced by our commercial team in partnership with Halvorsen Energy. The newsroom was not involved in its creation.",
      "Article continues after this ad",
      "Paid Post"
    ],
    affiliate: [
      "We may earn a commission when you buy through links on our site.",
      "The Civic Atlas Pocket Constitution, $7.99 at Amazon",
      "Shop now: our top-rated noise-cancelling headphones are 40% off this week.",
      "Deal alert: Brindle & Co. travel backpack drops to $59 (was $120) — see it at Target",
      "Prices were accurate at the time of publication but may change.",
      "Best for: news junkies on the go. Buy it here →",
      "Our pick: the Loftwell Rise standing desk, $349 at Loftwell.com"
    ],
    scam: [
      "Doctors stunned: this 10-second kitchen trick melts belly fat overnight",
      "Retired judge reveals the one stock he's buying before the election",
      "Senators are furious about this new way to erase credit card debt",
      "Man invests $250 in Bitcoin platform, now earns $9,400 a week — here's how",
      "The 1 vegetable cardiologists are begging people to throw out",
      "Pensioners in Ohio are getting $3,600 back from the government. See if you qualify.",
      "She Was Famous In The 80s, But Wait Till You See Her Now"
    ],
    related: [
      "Read more: Supreme Court agrees to hear challenge to state voting maps",
      "ALSO READ - Opposition leader detained hours before planned rally",
      "Related: What happens if no candidate wins a majority?",
      "WATCH: Prime minister grilled over budget shortfall in heated session",
      "More from Politics: Inside the backroom deal that saved the coalition",
      "RELATED - Five takeaways from the first presidential debate",
      "Don't miss: How the electoral college actually works"
    ],
    app: [
      "Listen to this article · 6 min",
      "Open in app",
      "Download the Wireline app for live election results on your phone.",
      "Turn on notifications to be the first to know when the verdict is read.",
      "Video unavailable. This video is not available in your country.",
      "Your browser does not support the audio element.",
      "Get real-time alerts: scan the QR code to install our app"
    ],
    donation: [
      "Support independent journalism. Donate today.",
      "Our reporting on the courts is free for everyone because readers like you chip in. Give from just $2.",
      "Become a member",
      "If you value fearless coverage of power, please consider a monthly contribution.",
      "We rely on readers, not billionaires. Support us from as little as £1.",
      "Make a tax-deductible gift to The Hollis Report before December 31 and it will be matched.",
      "DONATE"
    ],
    cookie: [
      "This content is blocked. Accept cookies to view it.",
      "Manage preferences",
      "We use cookies to personalise content and ads and to analyse our traffic. Accept all | Reject all",
      "To view this embedded content, please enable Targeting Cookies in your settings.",
      "This element contains content from YouTube. By loading it you agree to their privacy policy.",
      "Cookie settings",
      "Your privacy choices"
    ]
  },
  es: {
    promo: [
      "¡Regístrate hoy y llévate 50 € de bono de bienvenida para tus apuestas! +18. Juega con responsabilidad.",
      "Aprovecha: suscripción a Diario Vértice por solo 1 € el primer mes.",
      "Participa en el sorteo de un viaje a Cartagena de Indias. ¡Inscríbete ya!",
      "Código ELECCIONES20: 20 % de descuento en toda la tienda hasta el domingo."
    ],
    political: [
      "ENCUESTA: ¿Debe dimitir el presidente del Gobierno? Vota aquí.",
      "Firma ya para exigir que se acabe el despilfarro de los políticos.",
      "¿Estás harto de que te tomen el pelo? Únete a los 200.000 españoles que ya han dicho BASTA.",
      "Colabora con 5 € y ayúdanos a frenar la ley antes de que sea tarde."
    ],
    newsletter: [
      "Recibe cada mañana en tu correo las claves de la actualidad política. Apúntate gratis.",
      "Has alcanzado el límite de artículos gratuitos de este mes. Suscríbete para seguir leyendo.",
      "¿Ya eres suscriptor? Inicia sesión",
      "Al suscribirte aceptas nuestra política de privacidad y las condiciones de uso. Puedes darte de baja cuando quieras."
    ],
    social: [
      "Síguenos en Instagram, X y TikTok para no perderte nada.",
      "Únete a nuestro canal de WhatsApp y recibe las noticias más importantes del día.",
      "Compartir en Facebook Compartir en X Copiar enlace",
      "Ver esta publicación en Instagram"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado por Seguros Almena",
      "Sigue leyendo debajo del anuncio",
      "Este contenido ha sido elaborado por el departamento comercial y no por la redacción."
    ],
    affiliate: [
      "Los enlaces de este artículo pueden generarnos una comisión sin coste adicional para ti.",
      "Cómpralo en Amazon por 24,99 €",
      "Chollo del día: freidora de aire Kocina Pro rebajada a 59 € (antes 119 €)",
      "Ver oferta"
    ],
    scam: [
      "Un jubilado de Valencia se hizo rico con este truco que los bancos quieren prohibir",
      "Los médicos no se lo creen: elimina el dolor de rodilla en 7 días sin pastillas",
      "Invierte 250 € y gana hasta 3.000 € al mes con la plataforma que arrasa en España",
      "Así luce hoy la presentadora más famosa de los 90. ¡Irreconocible!"
    ],
    related: [
      "Lee también: El Constitucional avala la reforma del Poder Judicial",
      "MÁS INFORMACIÓN - La oposición registra una moción de censura en el Congreso",
      "Relacionado: Cinco claves para entender las elecciones en Cataluña",
      "Te puede interesar: Los jueces frenan la extradición del exministro"
    ],
    app: [
      "Escuchar noticia · 4 min",
      "Descarga la app de Noticias Altamar y sigue el escrutinio en directo.",
      "Activa las notificaciones para no perderte la última hora.",
      "Este vídeo no está disponible en tu país."
    ],
    donation: [
      "Hazte socio y defiende el periodismo independiente.",
      "Sin tu apoyo, este periodismo no sería posible. Colabora desde 3 € al mes.",
      "Dona ahora",
      "El Mirador Libre se financia gracias a sus lectores. ¿Nos echas una mano?"
    ],
    cookie: [
      "Este contenido está bloqueado. Acepta las cookies para verlo.",
      "Configurar cookies",
      "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Aceptar | Rechazar | Más opciones",
      "Para ver este contenido de X debes aceptar las cookies de publicidad."
    ]
  },
  fr: {
    promo: [
      "Offre exclusive : 1 € le premier mois, puis 9,99 € par mois. Sans engagement.",
      "Pariez 10 €, recevez 100 € en paris gratuits ! Jouer comporte des risques : endettement, isolement… Appelez le 09 74 75 13 13.",
      "Tentez de gagner un séjour pour deux à Strasbourg en participant à notre grand jeu-concours !",
      "Profitez de -30 % avec le code CHAMBRE30 jusqu'à dimanche minuit."
    ],
    political: [
      "SONDAGE : Faut-il dissoudre l'Assemblée nationale ? Donnez votre avis en un clic.",
      "Signez la pétition pour dire STOP aux privilèges des élus !",
      "Ils veulent vous faire taire. Soutenez notre combat avec un don de 10 €.",
      "Êtes-vous pour ou contre le retour du service militaire obligatoire ? Votez maintenant."
    ],
    newsletter: [
      "Recevez chaque soir l'essentiel de l'actualité politique. Inscrivez-vous à notre newsletter.",
      "Cet article est réservé aux abonnés. Déjà abonné ? Se connecter",
      "Il vous reste 2 articles gratuits ce mois-ci.",
      "En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité."
    ],
    social: [
      "Suivez-nous sur Facebook, X et Instagram",
      "Voir cette publication sur Instagram",
      "Rejoignez notre chaîne WhatsApp pour recevoir l'essentiel de l'info.",
      "Partager sur Facebook · Partager sur LinkedIn · Copier le lien"
    ],
    adlabel: [
      "PUBLICITÉ",
      "La suite après cette publicité",
      "Contenu sponsorisé par Maison Delorme",
      "Cet article a été réalisé par notre partenaire. La rédaction n'a pas participé à son élaboration."
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission en cas d'achat.",
      "À partir de 89,90 € chez Électroplus",
      "Bon plan : l'aspirateur Vortello V8 passe à 149 € au lieu de 249 €.",
      "Voir le prix"
    ],
    scam: [
      "Un retraité de Lyon gagne 4 000 € par mois grâce à cette méthode que les banques détestent",
      "Les pharmaciens sont furieux : ce remède de grand-mère fait disparaître les douleurs articulaires",
      "Vous avez plus de 60 ans ? Cette aide de l'État peut vous rapporter jusqu'à 2 000 €",
      "Le secret de la fortune d'un célèbre présentateur télé enfin dévoilé"
    ],
    related: [
      "À lire aussi : Municipales, la majorité présidentielle en quête d'alliances",
      "LIRE AUSSI - Le Conseil constitutionnel censure une partie de la loi immigration",
      "VIDÉO - Le Premier ministre chahuté lors des questions au gouvernement",
      "Sur le même sujet : Procès des assistants parlementaires, ce qu'il faut retenir"
    ],
    app: [
      "Écouter cet article",
      "Téléchargez l'application Le Quotidien Rhône pour suivre les résultats en direct.",
      "Activez les notifications pour ne rien manquer de l'actualité.",
      "Cette vidéo n'est pas disponible."
    ],
    donation: [
      "Soutenez un journalisme libre et indépendant : faites un don.",
      "Notre rédaction ne vit que grâce à ses lecteurs. Chaque contribution compte, même 1 €.",
      "Devenir membre",
      "Vos dons sont déductibles à 66 % de votre impôt sur le revenu."
    ],
    cookie: [
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.",
      "Paramétrer les cookies",
      "Tout accepter · Tout refuser · Personnaliser",
      "En cliquant sur « J'accepte », vous autorisez le dépôt de cookies par nos partenaires."
    ]
  },
  pt: {
    promo: [
      "Cadastre-se agora e ganhe R$ 200 de bônus na sua primeira aposta! Proibido para menores de 18 anos.",
      "Assine por apenas R$ 1,90 no primeiro mês. Oferta por tempo limitado!",
      "Participe do sorteio e concorra a um smartphone topo de linha. Clique e saiba como.",
      "Use o cupom VOTO15 e ganhe 15% de desconto na primeira compra."
    ],
    political: [
      "ENQUETE: Você concorda com a anistia aos condenados? Vote agora!",
      "Assine o abaixo-assinado contra o aumento dos salários dos deputados.",
      "Eles não querem que você saiba disso. Compartilhe antes que apaguem!",
      "Contribua com R$ 20 e ajude a mudar o Brasil de verdade."
    ],
    newsletter: [
      "Receba as principais notícias de política no seu e-mail. Cadastre-se gratuitamente.",
      "Você atingiu o limite de 5 reportagens gratuitas. Assine para continuar lendo.",
      "Já é assinante? Faça login",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Siga o Jornal Aurora no Instagram e no TikTok",
      "Entre no nosso canal do WhatsApp e receba as notícias mais importantes do dia",
      "Ver essa foto no Instagram",
      "Compartilhe esta notícia: Facebook | X | WhatsApp | Telegram"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Continua depois da publicidade",
      "Conteúdo patrocinado por Banco Itacaré",
      "Este conteúdo é de responsabilidade do anunciante e não reflete a opinião do jornal."
    ],
    affiliate: [
      "Ao comprar pelos links desta página, podemos receber uma comissão.",
      "Por R$ 149,90 na Loja Paraty",
      "Oferta do dia: smart TV Veltro de 50 polegadas com 35% de desconto",
      "Comprar agora"
    ],
    scam: [
      "Aposentado de Minas descobre truque e passa a receber R$ 5 mil por mês sem sair de casa",
      "Médicos ficam sem palavras: chá simples acaba com a diabetes em 30 dias",
      "Nova plataforma de criptomoedas paga até R$ 1.200 por dia a brasileiros; veja como participar",
      "Lembra dela? Atriz de novela dos anos 90 está irreconhecível"
    ],
    related: [
      "Leia também: STF forma maioria para manter prisão de ex-assessor",
      "VEJA TAMBÉM - Câmara aprova em primeiro turno a reforma tributária",
      "Saiba mais: Como funciona o segundo turno nas eleições municipais",
      "Relacionadas: Governo anuncia corte de R$ 15 bilhões no Orçamento"
    ],
    app: [
      "Ouça esta reportagem",
      "Baixe o app do Jornal Aurora e acompanhe a apuração em tempo real.",
      "Ative as notificações e receba os alertas de última hora.",
      "Este vídeo não está disponível no momento."
    ],
    donation: [
      "Apoie o jornalismo independente. Faça uma doação.",
      "O Observatório Pampa é mantido por seus leitores. Contribua a partir de R$ 10 por mês.",
      "Seja membro",
      "Jornalismo de qualidade custa caro. Ajude-nos com qualquer valor via Pix."
    ],
    cookie: [
      "Este conteúdo está bloqueado. Aceite os cookies para visualizá-lo.",
      "Gerenciar preferências",
      "Utilizamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
      "Aceitar todos | Rejeitar"
    ]
  },
  de: {
    promo: [
      "Jetzt registrieren und 100 € Wettbonus sichern! 18+ | Glücksspiel kann süchtig machen.",
      "Nur für kurze Zeit: 4 Wochen Plus-Zugang für 0,99 €.",
      "Gewinnspiel: Jetzt mitmachen und eine Reise nach Wien gewinnen!",
      "Mit dem Code WAHL24 sparen Sie 20 % auf Ihre erste Bestellung."
    ],
    political: [
      "UMFRAGE: Sollte die Schuldenbremse abgeschafft werden? Jetzt abstimmen!",
      "Unterschreiben Sie jetzt gegen das Heizungsverbot aus Berlin!",
      "Sie haben genug von der Politik in Berlin? Zeigen Sie es – mit Ihrer Unterschrift.",
      "Unterstützen Sie unseren Kampf für Meinungsfreiheit mit 10 € – jeder Euro zählt!"
    ],
    newsletter: [
      "Das Morgen-Briefing: die wichtigsten Nachrichten aus Politik und Wirtschaft, jeden Werktag um 6 Uhr in Ihrem Postfach.",
      "Sie haben bereits ein Abo? Hier anmelden",
      "Weiterlesen mit Kurier Plus – jetzt 30 Tage kostenlos testen",
      "Mit Ihrer Anmeldung erklären Sie sich mit unseren Datenschutzbestimmungen einverstanden. Abmeldung jederzeit möglich."
    ],
    social: [
      "Folgen Sie uns auf Instagram und TikTok",
      "Diesen Beitrag auf Instagram ansehen",
      "Teilen: Facebook · X · WhatsApp · E-Mail",
      "Abonnieren Sie unseren WhatsApp-Kanal für Eilmeldungen aufs Handy."
    ],
    adlabel: [
      "ANZEIGE",
      "Weiter nach der Anzeige",
      "Sponsored Content – präsentiert von Bergmann Versicherungen",
      "Dieser Text ist eine Werbeveröffentlichung unseres Partners. Die Redaktion war an der Erstellung nicht beteiligt."
    ],
    affiliate: [
      "Für Links auf dieser Seite erhalten wir ggf. eine Provision vom Händler. Am Preis ändert sich für Sie nichts.",
      "Bei Elektronikmarkt Hansa für 79,99 € ansehen",
      "Angebot: Kaffeevollautomat Kronberg K5 jetzt 30 % günstiger",
      "Zum Angebot"
    ],
    scam: [
      "Rentner aus Bayern verdient 2.800 € pro Woche mit diesem Trick – Banken sind empört",
      "Ärzte sprachlos: Dieses Hausmittel lässt Gelenkschmerzen verschwinden",
      "Neue Krypto-Plattform macht Deutsche reich – so funktioniert's",
      "Erinnern Sie sich an sie? So sieht die Schlagersängerin heute aus"
    ],
    related: [
      "Lesen Sie auch: Bundesverfassungsgericht kippt Teile des Wahlrechts",
      "MEHR ZUM THEMA - Koalitionsausschuss vertagt Streit über Rentenpaket",
      "Auch interessant: Was die neue Grundsteuer für Mieter bedeutet",
      "Video: Kanzler weicht Fragen zur Ukraine-Hilfe aus"
    ],
    app: [
      "Artikel anhören",
      "Laden Sie unsere App herunter und verpassen Sie keine Eilmeldung mehr.",
      "Push-Benachrichtigungen aktivieren",
      "Dieses Video ist leider nicht mehr verfügbar."
    ],
    donation: [
      "Unabhängiger Journalismus braucht Ihre Unterstützung. Jetzt spenden.",
      "Werden Sie Mitglied der Kurier-Genossenschaft und sichern Sie unsere Zukunft.",
      "Freiwillig zahlen",
      "Schon ab 5 € im Monat helfen Sie uns, kritisch zu berichten."
    ],
    cookie: [
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von X. Um ihn zu sehen, müssen Sie der Datenverarbeitung zustimmen.",
      "Cookie-Einstellungen",
      "Alle akzeptieren | Nur notwendige Cookies",
      "Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe zu analysieren."
    ]
  }
};

export const GENUINE = {
  en: [
    "WASHINGTON (Reuters) - The Senate voted 52-48 on Tuesday to confirm the nominee, ending a months-long standoff.",
    "Reporting by Maya Okonkwo in Lagos; Editing by Peter Grall",
    "What we know",
    "Analysis",
    "Updated 14:32 GMT",
    "Prosecutors said the defendants used fake cryptocurrency platforms to defraud more than 3,000 investors of roughly $48 million.",
    "\"Get out and vote — every single ballot counts,\" she told supporters in Harrisburg on Saturday night.",
    "The petition, which gathered more than 100,000 signatures, triggered a debate in Parliament.",
    "Campaign finance filings show the committee spent $2.3 million on Facebook and Instagram ads in the final week.",
    "Election officials urged voters to check their registration status online before the October 7 deadline.",
    "The app, which the government says will speed up voter ID checks, has been downloaded 1.2 million times.",
    "Inflation rose to 3.4% in March, driven by higher food and energy prices, the statistics office said.",
    "The judge ruled that the company's cookie banner did not obtain valid consent under EU law.",
    "Supporters wave flags outside the courthouse in Atlanta on Monday. (AP Photo/Lena Farris)",
    "The newspaper, which put its website behind a paywall in 2019, said digital subscriptions had doubled since the election.",
    "Bookmakers now make the incumbent a 4-1 outsider, a dramatic shift from two weeks ago.",
    "The party's donors include a shipping magnate and two hedge fund founders, according to the filing.",
    "\"Click the link to claim your refund,\" read one of the fraudulent texts, which police said reached at least 40,000 phones.",
    "The minister later deleted the post on X, saying it had been \"badly worded.\"",
    "The Associated Press contributed to this report.",
    "James Whitfield is a senior political correspondent based in Westminster. He previously covered the EU for eight years.",
    "Turnout stood at 61.8% at 6 p.m., slightly higher than in the last general election.",
    "Final result: Labour 34.2%, Conservatives 27.9%, Reform 15.1%.",
    "Who is on the ballot?",
    "The Supreme Court declined to hear the appeal, leaving the lower court's ruling in place.",
    "Police advised residents not to share videos of the attack on social media while the investigation continues.",
    "The ads, which ran on streaming services in swing states, falsely claimed the senator had voted to cut pensions.",
    "Sponsors of the bill say it would require platforms to verify users' ages before they can open an account.",
    "The foundation said it would donate its remaining funds to a charity for war veterans.",
    "KYIV, Ukraine (AP) — Russian drones struck energy infrastructure overnight, officials said.",
    "Correction: An earlier version of this article misstated the number of votes cast in Maricopa County.",
    "\"We are not asking for charity. We are asking for justice,\" the plaintiffs' lawyer told reporters.",
    "In a statement posted on Telegram, the group claimed responsibility for the attack.",
    "Shares in the defence contractor jumped 12% after the contract was announced.",
    "Key dates",
    "The attorney general warned consumers to be wary of anyone promising guaranteed returns or asking for payment in gift cards.",
    "The Electoral Commission fined the party £16,000 for failing to report donations on time.",
    "Canada beat the United States 3-2 in overtime, a result the prime minister celebrated on social media.",
    "Supporters were encouraged to text a short code to receive rally updates, a tactic election lawyers say may breach consumer-protection rules.",
    "Edited by Sarah Lindqvist"
  ],
  es: [
    "MADRID, 12 Mar. (EUROPA PRESS) -",
    "El Tribunal Supremo ha condenado a seis años de prisión al exalcalde por malversación de caudales públicos.",
    "La Policía Nacional ha desarticulado una red que estafó más de 2,3 millones de euros con falsas inversiones en criptomonedas.",
    "«Id a votar, que nadie decida por vosotros», pidió la candidata en el mitin de cierre de campaña.",
    "La participación a las 18.00 horas se situaba en el 52,4 %, casi tres puntos por encima de la de 2019.",
    "Claves del juicio",
    "Con información de Laura Benítez y Andrés Quiroga.",
    "La Agencia Española de Protección de Datos multó a la compañía con 200.000 euros por instalar cookies sin consentimiento.",
    "¿Qué pasa ahora?",
    "La recogida de firmas para la iniciativa legislativa popular superó las 500.000 necesarias en apenas cuatro meses.",
    "Según el Tribunal de Cuentas, el partido recibió donaciones anónimas por valor de 48.000 euros.",
    "Exteriores recomendó a los españoles que se encuentran en la zona que se inscriban en el registro de viajeros a través de su aplicación.",
    "Actualizado a las 21:47",
    "Los partidos gastaron 1,8 millones de euros en anuncios en redes sociales durante la campaña, según un estudio de la Universidad de Salamanca."
  ],
  fr: [
    "Bruxelles (AFP) - Les Vingt-Sept ont trouvé un accord dans la nuit de jeudi à vendredi sur le budget de l'Union.",
    "Le tribunal correctionnel de Paris a condamné l'ancien député à deux ans de prison avec sursis pour détournement de fonds publics.",
    "« Allez voter dimanche, c'est votre avenir qui se joue », a lancé la candidate devant quelque 3 000 militants.",
    "La pétition, qui a recueilli plus de deux millions de signatures, sera examinée par la commission des lois.",
    "Ce qu'il faut retenir",
    "Avec AFP",
    "Le taux de participation s'établissait à 25,9 % à midi, selon le ministère de l'Intérieur.",
    "La CNIL a infligé une amende de 40 millions d'euros à la société pour avoir déposé des cookies publicitaires sans consentement.",
    "Les enquêteurs soupçonnent le réseau d'avoir escroqué plus de 800 victimes via de faux placements en cryptomonnaies.",
    "Mis à jour le 12/06/2024 à 18h42",
    "Le parti a dépensé près de 400 000 euros en publicités sur Facebook et Instagram pendant la campagne, selon ses comptes.",
    "La préfecture appelle les habitants à ne pas relayer de fausses informations sur les réseaux sociaux.",
    "Le prix du gazole a atteint 1,89 € le litre en moyenne la semaine dernière.",
    "Propos recueillis par Claire Vasseur"
  ],
  pt: [
    "BRASÍLIA (Reuters) - O Senado aprovou nesta terça-feira, por 54 votos a 17, o projeto que altera as regras de financiamento de campanha.",
    "O Supremo Tribunal Federal formou maioria para condenar o ex-deputado a oito anos de prisão por corrupção passiva.",
    "A Polícia Federal deflagrou nesta quinta-feira uma operação contra um esquema que teria movimentado R$ 80 milhões com apostas online fraudulentas.",
    "“Votem com consciência no domingo”, pediu o governador durante a carreata no centro de Belo Horizonte.",
    "A abstenção chegou a 21,7%, a maior desde 1998, segundo o TSE.",
    "Entenda o caso",
    "Colaborou Mariana Teixeira, de São Paulo",
    "A Autoridade Nacional de Proteção de Dados abriu processo contra a empresa por coletar dados de usuários sem consentimento.",
    "O que se sabe até agora",
    "O abaixo-assinado reuniu mais de 1,5 milhão de assinaturas e foi entregue à Câmara dos Deputados na manhã desta quarta.",
    "Segundo a prestação de contas, a campanha recebeu R$ 3,2 milhões em doações de pessoas físicas.",
    "O TSE recomenda que o eleitor baixe o aplicativo e-Título antes do dia da votação para agilizar a identificação.",
    "Atualizado às 19h25",
    "LISBOA — O Presidente da República promulgou o diploma, mas deixou reparos à forma como foi negociado com os partidos."
  ],
  de: [
    "BERLIN (dpa) - Der Bundestag hat am Donnerstag mit knapper Mehrheit das neue Wehrdienstgesetz beschlossen.",
    "Das Landgericht Hamburg verurteilte den Angeklagten wegen gewerbsmäßigen Betrugs zu vier Jahren Haft.",
    "Die Betrüger hatten sich am Telefon als Polizisten ausgegeben und vor allem ältere Menschen um ihr Erspartes gebracht.",
    "„Gehen Sie wählen, jede Stimme zählt“, sagte der Bundespräsident in seiner Fernsehansprache.",
    "Die Wahlbeteiligung lag bis 14 Uhr bei 38,2 Prozent und damit etwas höher als vor vier Jahren.",
    "Was wir wissen – und was nicht",
    "Mit Material von dpa und AFP",
    "Die Verbraucherzentrale rät, bei unerwarteten Gewinnversprechen niemals persönliche Daten preiszugeben.",
    "Die Petition hat inzwischen mehr als 120.000 Unterschriften gesammelt; der Petitionsausschuss muss sich nun öffentlich damit befassen.",
    "Laut Rechenschaftsbericht erhielt die Partei 2023 Großspenden in Höhe von rund 1,4 Millionen Euro.",
    "Der Rundfunkbeitrag soll nach dem Willen der Kommission auf 18,94 Euro im Monat steigen.",
    "Stand: 18.03.2025, 16:05 Uhr",
    "Hintergrund",
    "Das Landgericht München entschied, dass das Cookie-Banner der Website gegen die Datenschutz-Grundverordnung verstößt."
  ]
};
