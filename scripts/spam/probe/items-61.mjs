// The probe's 61st batch (run.mjs --batch 61): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a SafeHome Pro doorbell camera worth £199 – enter our free prize draw today",
      "Use code LOCKUP20 for 20% off your first SentryLink alarm kit",
      "Claim your free home security survey now – limited slots in your area",
      "Bet £10 on tonight's match, get £30 in free bets. 18+ T&Cs apply. BeGambleAware.org",
      "COMPETITION: Tell us your favourite crime novel and win a year's supply of books",
      "Flash sale! Personal safety alarms from just $4.99 – today only",
      "Enter now"
    ],
    political: [
      "VOTE NOW: Should the police chief resign? Tell Senator Hale where you stand",
      "Sign the petition to BACK THE BLUE before midnight →",
      "Chip in $5 to stop the soft-on-crime radicals",
      "They want to defund YOUR police. Are you going to let them? YES / NO",
      "Claim your official 2024 Law & Order Patriot membership card",
      "Democrats are FURIOUS about this poll – add your name",
      "Paid for by Citizens for Safer Streets PAC. Not authorized by any candidate or candidate's committee."
    ],
    newsletter: [
      "Sign up for our Crime Desk newsletter – the week's biggest cases, every Friday",
      "Already a subscriber? Log in",
      "You've reached your limit of free articles this month. Subscribe for just $1 a week.",
      "By signing up you agree to our Privacy Policy and Terms of Service. You can unsubscribe at any time.",
      "Get breaking court news straight to your inbox",
      "This article is for subscribers only",
      "Email address*  Sign me up"
    ],
    social: [
      "Follow us on X @CityCrimeWatch for live updates",
      "View this post on Instagram",
      "A post shared by Metro Police Dept (@metropolicedept)",
      "Share this article: Facebook | X | WhatsApp | Email",
      "Join our Neighbourhood Watch Facebook group to stay in the loop",
      "Like us on Facebook",
      "Follow our true-crime podcast on TikTok: @thecoldcasefiles"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored",
      "Paid Post: How smart locks are changing home security",
      "Promoted by Guardian Shield Insurance",
      "This content was produced by our commercial team on behalf of a partner and was not written by our newsroom.",
      "Advertisement - scroll to continue"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Ring Video Doorbell: was £99.99, now £59.99 at Amazon",
      "Check price on Amazon",
      "BUY IT: Yale Smart Safe, £149 at Argos",
      "The best personal safety alarms for 2024: our top picks (prices correct at time of publication)",
      "Deal alert: Blink Outdoor 4 camera drops to $79.99 for Prime Day",
      "Shop now →"
    ],
    scam: [
      "Retired detective reveals one weird trick burglars hate",
      "Doctors stunned: this 30-second nightly ritual melts belly fat",
      "Former cop turns $250 into $12,400 in a week with this crypto app",
      "Residents in your area are eligible for a £1,500 victim compensation payment – check now",
      "20 Mugshots That Went Viral – Number 7 Will Shock You",
      "Banks hate him! Local dad wipes out his debt with this simple loophole",
      "You won't believe what police found inside this abandoned mansion"
    ],
    related: [
      "Read more: Man charged after string of late-night break-ins in Leeds",
      "RELATED: Police release sketch of suspect in Riverside stabbing",
      "ALSO READ - Jury retires to consider verdict in pension fraud trial",
      "WATCH: Dramatic dashcam footage shows police chase on I-95",
      "More from Crime: Teenager arrested over shop robbery spree",
      "Recommended: The cold case that haunted a small town for 30 years",
      "You might also like - Best budget air fryers, tested and rated"
    ],
    app: [
      "Download our app for breaking crime alerts",
      "Open in app",
      "Listen to this article",
      "0:00 / 3:21",
      "Video unavailable",
      "Turn on notifications to never miss a breaking story",
      "This audio is automatically generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism. Donate today.",
      "Become a member and help fund independent court reporting",
      "We're 73% of the way to our goal of 2,000 new supporters",
      "If you value our coverage of crime and justice, please consider making a contribution of $1 or more",
      "Donate",
      "Independent reporting on policing isn't free. Chip in from £3 a month.",
      "Reader-funded since 2011 – join 48,000 members"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies.",
      "This embedded content is blocked because you have not consented to social media cookies.",
      "Reject all  Accept all",
      "To view this video, please enable targeting cookies in your privacy settings.",
      "Cookie settings"
    ]
  },
  es: {
    promo: [
      "¡Participa y gana una alarma Vigilia Hogar valorada en 299 €!",
      "Código SEGURO15: 15% de descuento en cerraduras inteligentes",
      "Apuesta 10 € y llévate 50 € en apuestas gratis. +18. Juega con responsabilidad.",
      "SORTEO: consigue gratis un kit de autodefensa"
    ],
    political: [
      "VOTA AHORA: ¿Debe dimitir el ministro del Interior? Participa en nuestra encuesta",
      "Firma ya para exigir la cadena perpetua. ¡Ya somos 80.000!",
      "Hazte afiliado y recibe tu carné de Patriotas por la Seguridad",
      "¡Basta de okupas! Dona 5 € para defender tu barrio"
    ],
    newsletter: [
      "Suscríbete a nuestro boletín de Sucesos y recibe las noticias cada mañana",
      "¿Ya eres suscriptor? Inicia sesión",
      "Este contenido es exclusivo para suscriptores. Primer mes por 1 €",
      "Al suscribirte aceptas nuestra política de privacidad. Puedes darte de baja en cualquier momento."
    ],
    social: [
      "Síguenos en Instagram: @sucesos_hoy",
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Policía Nacional (@policia)",
      "Únete a nuestro canal de WhatsApp y recibe la última hora"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "Continúa leyendo tras el anuncio",
      "Ofrecido por Alarmas Centinela"
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliados: podemos recibir una comisión por tus compras.",
      "Cámara de vigilancia WiFi: antes 89,99 €, ahora 49,99 € en Amazon",
      "Ver oferta",
      "Comprar en El Corte Inglés"
    ],
    scam: [
      "Un exguardia civil revela el truco que los ladrones odian",
      "Los médicos no se lo explican: elimina el dolor de rodilla en 7 días",
      "Invirtió 250 € en bitcoin y ahora gana 3.000 € a la semana desde casa",
      "Hacienda te devuelve 600 €: comprueba si tienes derecho (haz clic)"
    ],
    related: [
      "Lee también: Detenido un hombre por robar en una veintena de viviendas en Valencia",
      "Te puede interesar - La Guardia Civil desarticula una red de narcolanchas en Cádiz",
      "Relacionado: Cinco heridos en una reyerta a la salida de una discoteca",
      "Más noticias de Sucesos: Hallan el cuerpo de un senderista desaparecido en Gredos"
    ],
    app: [
      "Descarga nuestra app y recibe alertas de última hora",
      "Abrir en la aplicación",
      "Escucha esta noticia",
      "Activa las notificaciones"
    ],
    donation: [
      "Apoya el periodismo independiente. Hazte socio.",
      "Tu aportación nos permite seguir investigando. Colabora desde 3 € al mes",
      "Donar",
      "Ya somos 12.430 socios. Ayúdanos a llegar a 15.000"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 245 socios almacenamos o accedemos a información en un dispositivo.",
      "Este contenido está bloqueado. Para verlo, acepta las cookies de terceros."
    ]
  },
  fr: {
    promo: [
      "JEU-CONCOURS : tentez de gagner une alarme connectée Veillis d'une valeur de 249 €",
      "-30 % sur votre serrure connectée avec le code SECURE30",
      "Pariez 10 €, recevez 100 € en freebets ! Jouer comporte des risques : endettement, isolement... Appelez le 09 74 75 13 13",
      "Profitez de l'offre : votre diagnostic sécurité gratuit"
    ],
    political: [
      "SONDAGE : Êtes-vous pour le rétablissement de la peine de mort ? Votez maintenant !",
      "Signez la pétition pour plus de policiers dans nos quartiers",
      "Adhérez au mouvement et recevez votre carte de membre 2024",
      "Laxisme judiciaire : ils se moquent de vous. Réagissez !"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Faits divers",
      "Déjà abonné ? Se connecter",
      "Cet article est réservé aux abonnés. Offre spéciale : 1 € le premier mois",
      "Vos données sont traitées par Le Quotidien SA. Vous pouvez vous désinscrire à tout moment via le lien présent dans chaque e-mail."
    ],
    social: [
      "Suivez-nous sur Facebook",
      "Voir cette publication sur Instagram",
      "Une publication partagée par Gendarmerie nationale (@gendarmerienationale)",
      "Rejoignez notre chaîne WhatsApp @actu_faitsdivers"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Contenu proposé par Protectia Assurances"
    ],
    affiliate: [
      "Cet article contient des liens affiliés ; nous pouvons percevoir une commission en cas d'achat.",
      "Caméra de surveillance extérieure à 59,99 € au lieu de 99,99 € chez Cdiscount",
      "Voir l'offre",
      "Acheter sur Amazon"
    ],
    scam: [
      "Un ancien gendarme révèle l'astuce que les cambrioleurs détestent",
      "Les médecins n'en reviennent pas : il a perdu 20 kilos sans régime",
      "Elle gagne 4 000 € par mois grâce à cette plateforme de trading",
      "Vous avez droit à une indemnisation de 1 200 € : vérifiez votre éligibilité"
    ],
    related: [
      "À lire aussi : Marseille : un adolescent tué par balle dans les quartiers nord",
      "LIRE AUSSI - Procès de l'attaque du fourgon blindé : le verdict attendu jeudi",
      "Sur le même sujet : À Lyon, un réseau de trafic de cocaïne démantelé",
      "VIDÉO - Course-poursuite sur le périphérique : les images impressionnantes"
    ],
    app: [
      "Téléchargez l'application pour recevoir les alertes",
      "Ouvrir dans l'application",
      "Écouter cet article",
      "Cette vidéo n'est pas disponible"
    ],
    donation: [
      "Soutenez une information libre et indépendante. Faites un don.",
      "Devenez membre",
      "Objectif : 5 000 donateurs. Déjà 3 812 !",
      "Votre don est déductible à 66 % de vos impôts"
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 823 partenaires utilisons des cookies pour stocker et/ou accéder à des informations sur un appareil.",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies de Twitter."
    ]
  },
  pt: {
    promo: [
      "Concorra a uma câmera de segurança Vigilar 360 – participe grátis!",
      "Use o cupom PROTEGE10 e ganhe 10% de desconto na primeira mensalidade",
      "Aposte R$ 20 e ganhe R$ 100 em apostas grátis. Jogue com responsabilidade. 18+",
      "OFERTA RELÂMPAGO: cadeado inteligente por apenas R$ 99,90"
    ],
    political: [
      "VOTE AGORA: você é a favor da redução da maioridade penal?",
      "Assine o abaixo-assinado pela pena de morte já!",
      "Contribua com R$ 10 para acabar com a impunidade",
      "Garanta sua carteirinha oficial de filiado do movimento Ordem Já"
    ],
    newsletter: [
      "Cadastre-se e receba a newsletter de Segurança Pública no seu e-mail",
      "Já é assinante? Faça login",
      "Você atingiu o limite de matérias gratuitas. Assine por R$ 1,90 no primeiro mês.",
      "Ao se inscrever, você concorda com nossa Política de Privacidade."
    ],
    social: [
      "Siga o nosso perfil no Instagram: @plantaopolicial",
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Polícia Militar SP (@pmesp)",
      "Entre no nosso grupo do WhatsApp e receba notícias em primeira mão"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Oferecido por Escudo Seguros"
    ],
    affiliate: [
      "Ao comprar pelos links desta página, podemos receber uma comissão.",
      "Câmera Wi-Fi externa de R$ 399 por R$ 229 na Amazon",
      "Ver preço",
      "Comprar no Mercado Livre"
    ],
    scam: [
      "Ex-delegado revela truque simples que os ladrões odeiam",
      "Médicos ficam chocados: chá caseiro acaba com a diabetes",
      "Ela investiu R$ 200 e hoje ganha R$ 8 mil por mês com este robô de criptomoedas",
      "Você tem valores a receber: consulte seu CPF e saque agora"
    ],
    related: [
      "Leia também: Polícia prende suspeito de assaltos em série na Zona Sul",
      "LEIA MAIS – Quadrilha que clonava cartões é desarticulada em Curitiba",
      "Veja também: Operação da PF mira esquema de lavagem de dinheiro",
      "Saiba mais: Homem é detido após perseguição na Marginal Tietê"
    ],
    app: [
      "Baixe o app e receba alertas de notícias",
      "Abrir no aplicativo",
      "Ouvir matéria",
      "0:00 / 2:47"
    ],
    donation: [
      "Apoie o jornalismo independente. Faça uma doação.",
      "Seja membro apoiador a partir de R$ 15 por mês",
      "Doe agora via Pix",
      "Meta: 2.000 apoiadores. Já chegamos a 1.356!"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerenciar preferências",
      "Nós e nossos 187 parceiros armazenamos e/ou acessamos informações em um dispositivo.",
      "Este conteúdo foi bloqueado. Aceite os cookies de redes sociais para visualizá-lo."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Jetzt eine Alarmanlage von WachFuchs im Wert von 299 € gewinnen!",
      "Mit dem Code SICHER20 sparen Sie 20 % auf Ihr smartes Türschloss",
      "Jetzt 100 € Wettbonus sichern! 18+ | Suchtrisiko | Hilfe unter buwei.de",
      "Gratis Sicherheitscheck für Ihr Zuhause – jetzt Termin anfordern"
    ],
    political: [
      "JETZT ABSTIMMEN: Brauchen wir mehr Polizei auf den Straßen?",
      "Unterschreiben Sie jetzt unsere Petition gegen Kuscheljustiz!",
      "Werden Sie Mitglied und erhalten Sie Ihren Parteiausweis",
      "Die Regierung lässt Sie im Stich! Spenden Sie 5 € für mehr Sicherheit"
    ],
    newsletter: [
      "Jetzt den Blaulicht-Newsletter abonnieren",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus: 4 Wochen für 0,99 €",
      "Mit Ihrer Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu. Abmeldung jederzeit möglich."
    ],
    social: [
      "Folgen Sie uns auf Instagram",
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Polizei Berlin (@polizeiberlin)",
      "Teilen auf: Facebook, X, WhatsApp, E-Mail"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Lesen Sie nach der Anzeige weiter",
      "Gesponserter Inhalt von SicherHeim Versicherung"
    ],
    affiliate: [
      "Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine Provision.",
      "Überwachungskamera statt 129,99 € nur 79,99 € bei Otto",
      "Zum Angebot",
      "Jetzt bei Amazon ansehen"
    ],
    scam: [
      "Ex-Kommissar verrät: Mit diesem Trick haben Einbrecher keine Chance",
      "Ärzte sprachlos: Dieses Hausmittel beseitigt Gelenkschmerzen über Nacht",
      "Rentner verdient 5.000 € im Monat mit dieser Krypto-App",
      "Sie haben Anspruch auf eine Entschädigung von 1.200 € – jetzt prüfen"
    ],
    related: [
      "Lesen Sie auch: Einbruchsserie in Köln – Polizei fasst mutmaßliche Täter",
      "Mehr zum Thema: Messerangriff am Hauptbahnhof – was bisher bekannt ist",
      "Auch interessant: Razzia gegen Clan-Kriminalität in Essen",
      "VIDEO: Verfolgungsjagd auf der A9 endet mit Unfall"
    ],
    app: [
      "Jetzt die App herunterladen",
      "In der App öffnen",
      "Artikel anhören",
      "Push-Benachrichtigungen aktivieren"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt spenden",
      "Werden Sie Mitglied ab 5 € im Monat",
      "Schon 8.214 von 10.000 Unterstützern – helfen Sie uns!"
    ],
    cookie: [
      "Cookies akzeptieren, um diesen Inhalt anzuzeigen",
      "Einstellungen verwalten",
      "Wir und unsere 276 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.",
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von X. Um ihn zu sehen, müssen Sie der Datenverarbeitung zustimmen."
    ]
  }
};
export const GENUINE = {
  en: [
    "LONDON (Reuters) - Police arrested three men on Tuesday after a jewellery store robbery in Mayfair.",
    "Updated 14:32 GMT",
    "What we know",
    "Key points",
    "The stolen watches are valued at more than £2 million, according to the Metropolitan Police.",
    "\"If you saw anything, please call us on 101 or contact Crimestoppers anonymously,\" said Detective Inspector Sarah Holt.",
    "Police said the scam targeted elderly residents with calls claiming they had won a lottery prize.",
    "Officers urged the public not to share the video on social media while the investigation continues.",
    "Additional reporting by James Okafor in Manchester.",
    "A petition calling for more street lighting in the park has gathered over 12,000 signatures since the attack.",
    "The department offered free steering-wheel locks to residents after a surge in car thefts.",
    "Crime Stoppers is offering a reward of up to $5,000 for information leading to an arrest.",
    "The suspect allegedly sold counterfeit concert tickets through a Facebook Marketplace account.",
    "Police cordon off the street outside the bank on Friday morning. (Photo: Jane Doe/AP)",
    "He is survived by his wife, two daughters and four grandchildren; a memorial service will be held on Saturday.",
    "Analysis",
    "A GoFundMe set up for the victim's family had raised $48,000 by Sunday evening.",
    "The fraudsters posed as bank staff and persuaded victims to download a remote-access app.",
    "A YouGov poll found 61% of respondents felt less safe in their town centre than five years ago.",
    "The chief constable said the subscription-based crime-mapping app had no link to the force.",
    "The man was jailed for 18 months for running a fake Instagram competition that promised free iPhones.",
    "Emma Clarke is our crime correspondent. She has covered courts and policing for 15 years.",
    "The phone app lets users share their live location with trusted contacts while walking home.",
    "Police said the cookies handed out at the school fair had not been tampered with, despite rumours online.",
    "Police have warned of a text-message scam asking people to pay a £1.45 parcel redelivery fee.",
    "Sentencing is expected on March 14.",
    "Police in riot gear hold a line during protests in downtown Minneapolis.",
    "The council voted 7-2 to approve a $3.4 million increase in the police overtime budget.",
    "\"Don't click the link, don't reply, just delete it,\" Trading Standards officer Mark Evans advised.",
    "The FBI said victims lost more than $5.6 billion to cryptocurrency investment fraud last year.",
    "The defendant pleaded not guilty to all six counts.",
    "The game finished 2-1, but police made 14 arrests after fighting broke out outside the stadium.",
    "At the gun buyback, residents could hand in firearms with no questions asked and receive a $200 gift card.",
    "The force has launched a free online portal for reporting minor traffic offences.",
    "Police say the gang sold fake designer handbags at \"too good to be true\" prices of £40.",
    "This story has been updated with comment from the district attorney's office.",
    "The names of the victims have not yet been released.",
    "Neighbours set up a WhatsApp group to share doorbell footage after the burglaries.",
    "The newspaper was one of several outlets that asked the court to unseal the documents.",
    "Correction: An earlier version of this article misstated the suspect's age. He is 34, not 43."
  ],
  es: [
    "MADRID, 12 Mar. (EUROPA PRESS) - La Policía Nacional ha detenido a cuatro personas por estafar a ancianos en Madrid.",
    "Actualizado a las 14:32",
    "Claves de la investigación",
    "Los agentes recomiendan no facilitar nunca datos bancarios por teléfono ni por SMS.",
    "\"Si alguien tiene información, que llame al 091\", pidió el comisario en rueda de prensa.",
    "La estafa consistía en ofrecer pisos de alquiler a precios muy bajos a través de portales inmobiliarios.",
    "Los vecinos han recogido más de 5.000 firmas para pedir más vigilancia en el barrio.",
    "El detenido vendía entradas falsas para conciertos a través de redes sociales.",
    "Agentes de la Guardia Civil, durante el registro de una nave en Algeciras. (Foto: EFE)",
    "El Ayuntamiento repartirá de forma gratuita 2.000 alarmas personales entre mujeres víctimas de violencia de género.",
    "Con información de Laura Martínez.",
    "El juicio se reanudará el próximo lunes.",
    "La familia ha abierto una campaña de donaciones para costear la repatriación del cuerpo.",
    "Según el último barómetro del CIS, la inseguridad ciudadana preocupa al 4% de los españoles."
  ],
  fr: [
    "PARIS (AFP) - Trois hommes ont été mis en examen jeudi après le braquage d'une bijouterie place Vendôme.",
    "Mis à jour le 14/03/2024 à 14h32",
    "Ce que l'on sait",
    "Le préjudice est estimé à plus de 2 millions d'euros, selon le parquet.",
    "« Ne communiquez jamais vos codes bancaires par téléphone », rappelle la gendarmerie de l'Isère.",
    "Une pétition réclamant davantage d'éclairage dans le parc a recueilli 8 000 signatures.",
    "Les escrocs se faisaient passer pour des conseillers bancaires et demandaient de télécharger une application.",
    "Une cagnotte en ligne lancée pour la famille de la victime a déjà récolté 35 000 euros.",
    "Des policiers devant le commissariat du 18e arrondissement, mardi. (Photo : Thomas Samson/AFP)",
    "Avec AFP",
    "Le suspect vendait de faux billets de concert sur les réseaux sociaux.",
    "Il encourt jusqu'à dix ans d'emprisonnement et 150 000 euros d'amende.",
    "La mairie distribue gratuitement des antivols de vélo aux habitants du quartier.",
    "Selon un sondage Ifop, 72 % des Français estiment que l'insécurité a augmenté."
  ],
  pt: [
    "SÃO PAULO (Reuters) - A Polícia Federal prendeu nesta terça-feira cinco suspeitos de fraudar o INSS.",
    "Atualizado às 14h32",
    "O que se sabe até agora",
    "O prejuízo estimado é de R$ 12 milhões, segundo a Polícia Civil.",
    "\"Não clique em links recebidos por SMS\", alertou o delegado Marcos Lima.",
    "O golpe consistia em oferecer empréstimos com juros baixos por meio de um aplicativo falso.",
    "Moradores fizeram um abaixo-assinado pedindo mais policiamento no bairro.",
    "Uma vaquinha online para ajudar a família da vítima arrecadou R$ 40 mil.",
    "Policiais militares durante operação no Complexo da Maré, no Rio. (Foto: Tânia Rêgo/Agência Brasil)",
    "Colaborou Ana Souza, do Recife.",
    "O suspeito anunciava celulares a preços abaixo do mercado em grupos de redes sociais.",
    "Segundo pesquisa Datafolha, a violência é a principal preocupação de 28% dos entrevistados.",
    "A prefeitura vai distribuir gratuitamente cadeados para bicicletas.",
    "O velório será realizado neste domingo, e o enterro, às 16h, no Cemitério do Caju."
  ],
  de: [
    "BERLIN (dpa) - Die Polizei hat am Dienstag drei Männer nach einem Überfall auf einen Juwelier festgenommen.",
    "Aktualisiert am 14.03.2024, 14:32 Uhr",
    "Was bisher bekannt ist",
    "Der Schaden wird auf mehr als zwei Millionen Euro geschätzt.",
    "„Geben Sie am Telefon niemals Ihre PIN heraus“, warnte ein Polizeisprecher.",
    "Die Betrüger gaben sich als Bankmitarbeiter aus und forderten die Opfer auf, eine App zu installieren.",
    "Eine Online-Petition für mehr Videoüberwachung am Bahnhof hat bereits 6.000 Unterschriften.",
    "Freunde der Familie haben eine Spendenaktion gestartet, um die Beerdigungskosten zu decken.",
    "Polizisten sichern Spuren vor dem Wohnhaus in Neukölln. (Foto: picture alliance/dpa)",
    "Mitarbeit: Jana Weber",
    "Der Tatverdächtige soll gefälschte Konzerttickets über soziale Netzwerke verkauft haben.",
    "Laut einer Umfrage von Infratest dimap fühlen sich 42 Prozent nachts im Park unsicher.",
    "Die Polizei bietet eine kostenlose Beratung zum Einbruchschutz an.",
    "Das Urteil ist noch nicht rechtskräftig."
  ]
};
