// The probe's 83th batch (run.mjs --batch 83): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a year of free off-peak travel with RailPass Plus — enter by midnight Sunday",
      "Use code COMMUTE25 for 25% off your first month of CityHop e-scooter rides",
      "Claim your free £20 travel credit now — new TrackLine customers only. T&Cs apply.",
      "Bet £10 on the Grand National, get £30 in free bets. 18+ BeGambleAware.org",
      "GIVEAWAY",
      "Competition: tell us your worst commute story and you could win a £500 sleeper-train voucher!",
      "Flash sale: weekend return fares from £9.99 with Northway Coaches — book before Friday"
    ],
    political: [
      "VOTE NOW: Should the government scrap the high-speed line for good? Yes / No",
      "Chip in $5 before midnight to stop the radical plan to tax your commute",
      "Sign the petition: Tell Congress to stop wasting YOUR money on empty trains",
      "Are you OUTRAGED that your fares pay for their luxury offices? Add your name.",
      "Claim your official 2024 Supporter Membership Card today",
      "Stand with drivers. Join the Motorists' Freedom Party — it takes 30 seconds.",
      "POLL: Do you trust Labour with the railways? Click to have your say"
    ],
    newsletter: [
      "Sign up for The Commute, our free weekday briefing on trains, buses and traffic",
      "Already a subscriber? Log in",
      "You've read 3 of 5 free articles this month. Subscribe for £1 a week.",
      "By signing up you agree to receive emails and accept our Privacy Policy. You can unsubscribe at any time.",
      "Get the Transport Insider newsletter delivered to your inbox every Tuesday",
      "This article is for subscribers only",
      "Enter your email address"
    ],
    social: [
      "Follow us on X @MetroCommuteNews for live service updates",
      "View this post on Instagram",
      "A post shared by Bus Spotters UK (@busspottersuk)",
      "Share this article",
      "Join our Facebook group Rail Commuters United — 42k members and counting",
      "Like us on Facebook",
      "Tag a friend who's always late for the 7:42!"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored",
      "Paid post by Greater Valley Rail Authority",
      "Promoted by Voltline Electric Buses",
      "This content was produced in partnership with FareSmart and does not reflect the views of the editorial team.",
      "Advertisement - scroll to continue"
    ],
    affiliate: [
      "We may earn a commission when you buy through links on this page.",
      "Was £129, now £79 at Halfords — the folding scooter commuters love",
      "Check price on Amazon",
      "BUY IT: Sony WH-1000XM5 noise-cancelling headphones, $328 at Best Buy",
      "Our pick for the daily commute: Osprey Metron backpack, $99.95 (was $140)",
      "Prices were accurate at the time of publishing. We earn a small fee on qualifying purchases.",
      "Shop the deal →"
    ],
    scam: [
      "Train drivers hate him: the one weird trick to never pay full fare again",
      "Commuter turns £250 into £8,400 in a week with this AI trading app — banks furious",
      "Doctors stunned: 60-year-old's simple morning habit reverses joint pain on the walk to the station",
      "Delayed train in the last 3 years? You could be owed up to £2,350 — check your claim in 30 seconds",
      "The 15 Most Beautiful Train Stations In The World — Number 7 Will Shock You",
      "Rail workers are quietly retiring early thanks to this Bitcoin loophole",
      "Forget bus passes: seniors over 65 are getting free cash from this new rule (see if you qualify)"
    ],
    related: [
      "Read more: Overnight engineering works to close main line for nine weekends",
      "RELATED: City council votes to extend bus lane hours on Harbour Road",
      "ALSO READ - Why your season ticket is going up again in January",
      "WATCH: Driverless shuttle trial gets under way at airport",
      "More from Transport: Rail strikes called off after last-minute pay deal",
      "Recommended: The quiet revival of the sleeper train",
      "You might also like - 10 days out in the Lake District you can reach by bus"
    ],
    app: [
      "Download the CommuteLive app for real-time delays and platform alerts",
      "Open in app",
      "Listen to this article",
      "0:00 / 3:21",
      "Turn on notifications to get breaking travel news first",
      "Video unavailable",
      "This audio is generated automatically. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism. Donate from just £3.",
      "Become a member",
      "Independent local reporting on your buses and trains depends on readers like you. Give today.",
      "We're 78% of the way to our goal of 2,000 new supporters this month",
      "DONATE",
      "If you value this coverage, please consider making a one-off contribution of $10 or more",
      "Become a Transit Desk member for $5/month — cancel anytime"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This embed is blocked because you have not consented to social media cookies. Click here to enable.",
      "Reject all",
      "To view this map, please allow functional cookies in your privacy settings.",
      "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. OK"
    ]
  },
  es: {
    promo: [
      "¡Participa en el sorteo de un abono anual de Cercanías Express y viaja gratis todo 2025!",
      "Código VIAJA15: 15% de descuento en tu primer billete con RutaBus",
      "Apuesta 10 € y llévate 50 € en apuestas gratis. +18. Juega con responsabilidad.",
      "OFERTA"
    ],
    political: [
      "¿Debe el Gobierno privatizar los trenes de Cercanías? VOTA AHORA en nuestra encuesta",
      "Firma ya: exige la dimisión del ministro que arruinó los trenes",
      "Hazte afiliado por solo 5 € al mes y recibe tu carné del partido",
      "¡Basta de subvenciones a los de siempre! Comparte si estás indignado"
    ],
    newsletter: [
      "Suscríbete a nuestro boletín de Movilidad y recíbelo gratis cada mañana",
      "¿Ya eres suscriptor? Inicia sesión",
      "Has alcanzado el límite de noticias gratuitas de este mes",
      "Al suscribirte aceptas nuestra política de privacidad y el envío de comunicaciones comerciales."
    ],
    social: [
      "Síguenos en Twitter: @MovilidadHoy",
      "Ver esta publicación en Instagram",
      "Una publicación compartida de Metro Usuarios BCN (@metrousuariosbcn)",
      "Únete a nuestro canal de WhatsApp para estar al día del tráfico"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado por Autocares del Norte",
      "La noticia continúa tras la publicidad",
      "Anuncio"
    ],
    affiliate: [
      "Como afiliados de Amazon, obtenemos ingresos por las compras adscritas que cumplen los requisitos aplicables.",
      "Antes 89,99 €, ahora 54,99 € en El Corte Inglés: patinete plegable ideal para ir al trabajo",
      "Ver oferta en Amazon",
      "Si compras a través de los enlaces de este artículo, podemos recibir una comisión."
    ],
    scam: [
      "Un conductor de autobús de Sevilla se hace rico con este método que los bancos odian",
      "Los médicos no se lo creen: el truco de 5 segundos para acabar con el dolor de espalda",
      "¿Tu tren llegó tarde? Reclama hasta 600 € de indemnización en un minuto",
      "Las 10 estaciones de metro más aterradoras del mundo: la número 4 te dejará sin palabras"
    ],
    related: [
      "Lee también: El Gobierno prorroga los abonos gratuitos de Cercanías hasta diciembre",
      "TE PUEDE INTERESAR - Huelga de autobuses interurbanos: estos son los servicios mínimos",
      "Relacionado: Adif cortará la línea Madrid-Valencia durante tres fines de semana",
      "VÍDEO: Así es por dentro el nuevo tren de alta velocidad"
    ],
    app: [
      "Descarga la app de MovilidadHoy y recibe alertas de retrasos",
      "Escuchar noticia",
      "Activa las notificaciones para no perderte nada",
      "Abrir en la aplicación"
    ],
    donation: [
      "Apoya el periodismo independiente: hazte socio desde 6 € al mes",
      "Hazte socio",
      "Tu aportación hace posible esta información. Colabora",
      "Dona ahora"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 847 socios almacenamos o accedemos a información en un dispositivo",
      "Este contenido está bloqueado porque no has aceptado las cookies de terceros."
    ]
  },
  fr: {
    promo: [
      "JEU CONCOURS : gagnez un abonnement annuel de transport offert !",
      "Code promo TRAIN20 : -20 % sur vos billets RailExpress ce week-end",
      "Pariez 10 €, recevez 100 € en paris gratuits. Jouer comporte des risques : endettement, isolement...",
      "Profitez de l'offre : votre premier trajet en covoiturage remboursé"
    ],
    political: [
      "SONDAGE : Faut-il interdire les grèves dans les transports ? Votez maintenant !",
      "Signez la pétition contre la taxe qui tue les automobilistes",
      "Adhérez pour 5 € et recevez votre carte de membre 2025",
      "Ils se moquent de vous ! Partagez si vous êtes scandalisé"
    ],
    newsletter: [
      "Inscrivez-vous à la newsletter Mobilités et recevez l'essentiel chaque matin",
      "Déjà abonné ? Connectez-vous",
      "Cet article est réservé aux abonnés",
      "Vos données sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Suivez-nous sur Facebook et Instagram",
      "Voir cette publication sur Instagram",
      "Une publication partagée par Usagers RER B (@usagersrerb)",
      "Rejoignez notre chaîne WhatsApp"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "Article proposé par notre partenaire MobiGo Horizons",
      "La suite après cette publicité"
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission.",
      "Voir le prix sur Amazon",
      "Trottinette électrique pliable à 299 € au lieu de 449 € chez Fnac",
      "Bon plan →"
    ],
    scam: [
      "Un cheminot de Lyon devient millionnaire grâce à cette astuce que les banques détestent",
      "Les médecins sont stupéfaits : cette boisson fait fondre la graisse du ventre",
      "Train en retard ? Réclamez jusqu'à 600 € d'indemnisation en 2 minutes",
      "Ces 12 gares abandonnées vont vous donner des frissons (la 8e est incroyable)"
    ],
    related: [
      "Lire aussi : Grève SNCF : le trafic toujours perturbé sur les lignes Intercités",
      "À LIRE AUSSI - Le prix du passe Navigo va-t-il encore augmenter ?",
      "VIDÉO. Les premières images du nouveau métro automatique",
      "Sur le même sujet : Bordeaux inaugure sa quatrième ligne de tramway"
    ],
    app: [
      "Téléchargez l'application et recevez les alertes trafic",
      "Écouter cet article",
      "Activez les notifications",
      "Ouvrir dans l'application"
    ],
    donation: [
      "Soutenez une information indépendante : faites un don",
      "Faire un don",
      "Devenez membre à partir de 5 € par mois",
      "Objectif : 1 500 donateurs avant le 31 décembre. Déjà 1 132 !"
    ],
    cookie: [
      "Accepter les cookies pour voir ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 836 partenaires stockons et/ou accédons à des informations sur un appareil",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "Sorteio: ganhe um ano de viagens grátis no metrô com o ViaCard!",
      "Use o cupom BUSAO10 e ganhe 10% de desconto na primeira viagem",
      "Aposte R$ 20 e ganhe R$ 100 em bônus. +18. Jogue com responsabilidade.",
      "PROMOÇÃO RELÂMPAGO"
    ],
    political: [
      "ENQUETE: Você aprova a privatização dos trens metropolitanos? Vote agora!",
      "Assine já: diga NÃO ao imposto que vai dobrar o preço da gasolina",
      "Filie-se ao partido e receba sua carteirinha de membro",
      "Revoltante! Compartilhe se você também está cansado de pagar a conta deles"
    ],
    newsletter: [
      "Assine a nossa newsletter de Mobilidade e receba grátis no seu e-mail",
      "Já é assinante? Faça login",
      "Você atingiu o limite de matérias gratuitas. Assine por R$ 1,90 no primeiro mês.",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Siga-nos no Instagram: @mobilidadeagora",
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Passageiros da Linha 9 (@passageiroslinha9)",
      "Entre no nosso canal do WhatsApp"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Conteúdo de marca produzido para TransVia Ônibus"
    ],
    affiliate: [
      "Podemos receber comissão pelas compras feitas através dos links desta página.",
      "Ver preço na Amazon",
      "De R$ 499 por R$ 329 no Mercado Livre: patinete elétrico dobrável",
      "Confira a oferta"
    ],
    scam: [
      "Motorista de ônibus descobre método para ganhar R$ 5 mil por semana no celular",
      "Médicos ficam chocados: receita caseira acaba com varizes em 7 dias",
      "O seu comboio atrasou? Receba até 600 euros de indemnização em minutos",
      "Os 9 trens mais assustadores do mundo — o número 3 vai te surpreender"
    ],
    related: [
      "Leia também: Metrô amplia horário de funcionamento aos sábados",
      "VEJA TAMBÉM - Greve dos ônibus: veja quais linhas funcionam nesta quinta",
      "Saiba mais: CP anuncia novos comboios para a linha de Sintra",
      "ASSISTA: Como funciona o novo BRT da zona oeste"
    ],
    app: [
      "Baixe o app e receba alertas de trânsito em tempo real",
      "Ouvir esta notícia",
      "Ative as notificações",
      "Abrir no aplicativo"
    ],
    donation: [
      "Apoie o jornalismo independente. Contribua a partir de R$ 10",
      "Seja membro",
      "Faça uma doação",
      "Já somos 3.200 apoiadores. Ajude-nos a chegar a 5 mil!"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 785 parceiros armazenamos e/ou acedemos a informações num dispositivo",
      "Este conteúdo foi bloqueado porque não aceitou os cookies de redes sociais."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Jetzt ein Jahresabo für den RegioExpress Nord gewinnen!",
      "Mit dem Gutscheincode PENDLER15 sparen Sie 15 % auf Ihr erstes FernBusPlus-Ticket",
      "Wette 10 €, erhalte 50 € Gratiswette. 18+ | Glücksspiel kann süchtig machen.",
      "Nur heute: Ticket-Cashback sichern!"
    ],
    political: [
      "UMFRAGE: Soll das Deutschlandticket abgeschafft werden? Jetzt abstimmen!",
      "Jetzt unterschreiben: Stoppt den Wahnsinn in der Verkehrspolitik!",
      "Werden Sie Mitglied – Ihr Mitgliedsausweis kommt per Post",
      "Unterstützen Sie unsere Kampagne mit 5 Euro"
    ],
    newsletter: [
      "Jetzt den Pendler-Newsletter abonnieren – kostenlos jeden Morgen",
      "Bereits Abonnent? Hier anmelden",
      "Dieser Artikel ist exklusiv für Abonnenten. Jetzt 4 Wochen für 1 € testen.",
      "Mit der Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu. Abmeldung jederzeit möglich."
    ],
    social: [
      "Folgen Sie uns auf Instagram",
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von S-Bahn Fans Berlin (@sbahnfansberlin)",
      "Teilen Sie diesen Artikel"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Weiterlesen nach der Anzeige",
      "Sponsored Content: Präsentiert von E-Bus Werke Süd"
    ],
    affiliate: [
      "Wir erhalten eine Provision, wenn Sie über diese Links einkaufen. Für Sie ändert sich am Preis nichts.",
      "Jetzt bei Amazon ansehen",
      "Faltrad statt 599 € jetzt für 449 € bei MediaMarkt",
      "Zum Angebot*"
    ],
    scam: [
      "Pendler wird mit diesem Krypto-Trick in 3 Wochen reich – Banken sind sauer",
      "Ärzte sprachlos: Dieses Hausmittel beseitigt Gelenkschmerzen über Nacht",
      "Zug verspätet? Bis zu 2.000 € Entschädigung – jetzt prüfen, ob Sie Anspruch haben",
      "Diese 10 Bahnhöfe sind die gruseligsten Deutschlands – Nummer 6 ist unglaublich"
    ],
    related: [
      "Lesen Sie auch: GDL kündigt neue Streiks im Regionalverkehr an",
      "MEHR ZUM THEMA – Deutschlandticket wird teurer: Das ändert sich 2025",
      "Auch interessant: Warum die S-Bahn im Winter so oft ausfällt",
      "VIDEO: So sieht der neue ICE von innen aus"
    ],
    app: [
      "Jetzt die App herunterladen und Verspätungen in Echtzeit verfolgen",
      "Artikel anhören",
      "Push-Benachrichtigungen aktivieren",
      "In der App öffnen"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt spenden",
      "Werden Sie Mitglied ab 5 € im Monat",
      "Schon 2.430 von 3.000 Unterstützerinnen und Unterstützern – helfen Sie mit!"
    ],
    cookie: [
      "Cookies akzeptieren, um diesen Inhalt zu sehen",
      "Einstellungen verwalten",
      "Wir und unsere 219 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu",
      "Externer Inhalt: Um diesen Inhalt zu sehen, müssen Sie der Datenverarbeitung durch Dritte zustimmen."
    ]
  }
};
export const GENUINE = {
  en: [
    "LONDON (Reuters) - Rail fares in England will rise by 4.6% from March, the Department for Transport said on Wednesday.",
    "Under the scheme, passengers over 60 will be able to travel free on local buses after 9:30am.",
    "The petition, which has gathered more than 18,000 signatures, calls on the council to restore the 47 bus route.",
    "\"Please check before you travel,\" a spokesperson for the operator said, urging passengers to use the journey planner.",
    "Additional reporting by Sarah Okafor in Manchester.",
    "Updated 14:32",
    "Key points",
    "What we know so far",
    "Commuters wait on the platform at Clapham Junction during Tuesday's walkout. Photograph: Jane Doe/PA",
    "A season ticket between Brighton and London will now cost £5,940, up from £5,680 last year.",
    "Police have warned of a scam in which fraudsters send texts claiming passengers are owed refunds for delayed journeys.",
    "The operator's app crashed repeatedly on Monday morning, leaving many passengers unable to buy tickets.",
    "In a poll of 2,000 commuters by the watchdog Transport Focus, 62% said they were satisfied with their journey.",
    "Analysis",
    "The £2 bus fare cap, introduced in January 2023, will be raised to £3 from next year.",
    "Children aged under 11 travel free on the network when accompanied by a paying adult.",
    "The winning design, chosen from 40 entries in a competition run by the city, will be painted on 12 trams.",
    "Readers shared videos on social media of passengers squeezing into carriages at Waterloo.",
    "John Harris, who drove the number 12 bus for 31 years, died peacefully at home on Sunday aged 78.",
    "He is survived by his wife, Margaret, and three children.",
    "Delay Repay compensation can be claimed for journeys delayed by 15 minutes or more.",
    "Amtrak said it would offer a two-for-one fare on Northeast Regional trains through the end of the month.",
    "Tom Edwards is our transport correspondent. He previously covered London politics for a decade.",
    "The union said its members had voted by 91% to accept the offer.",
    "Subscriptions to the city's monthly bike-share pass have doubled since the tram line opened.",
    "Tickets for the heritage railway's Santa Specials sold out within an hour, the charity said.",
    "\"Sign up for alerts so you know about disruption before you leave home,\" said the route director, Ellie Burrows.",
    "The transit agency said the contactless payment system does not use cookies or store card details.",
    "Fans travelling home from Saturday's match, which ended Leeds 3 Sunderland 0, faced lengthy queues at the station after services were cut.",
    "NEW YORK (AP) — The MTA's congestion pricing plan will charge most drivers $9 to enter Manhattan below 60th Street.",
    "The offer of a 5% pay rise was rejected by drivers at three depots.",
    "Staff donated more than £3,000 to a food bank after a collection at the bus garage.",
    "Correction: An earlier version of this article said the line would close in May. It will close in June.",
    "The ticket office closures were paused after 750,000 people responded to the consultation.",
    "Passengers can download the revised timetable from the operator's website from Friday.",
    "The government has promised £1bn for new buses, including 1,000 zero-emission vehicles.",
    "The line reopened at 06:15 after engineers repaired a broken rail near Reading.",
    "What happens next?",
    "The free shuttle bus will run every 20 minutes between the station and the hospital while the bridge is closed.",
    "Shares in the bus operator rose 3% after it announced a £115m buyback."
  ],
  es: [
    "MADRID, 12 Mar. (EUROPA PRESS) - Renfe ha registrado más de 1,5 millones de abonos gratuitos de Cercanías desde enero.",
    "Los menores de 14 años viajarán gratis en el transporte público a partir del 1 de septiembre.",
    "La recogida de firmas para recuperar la línea 23 ya supera las 9.000 adhesiones, según los vecinos.",
    "\"Recomendamos consultar la aplicación antes de salir de casa\", señaló un portavoz del Consorcio de Transportes.",
    "Con información de Laura Gómez desde Barcelona.",
    "Actualizado a las 14:32",
    "Claves",
    "La Guardia Civil alerta de una estafa por SMS que suplanta a Renfe y ofrece reembolsos falsos.",
    "Viajeros esperan en el andén de Atocha durante la huelga de maquinistas. (Foto: EFE)",
    "El abono joven costará 20 euros al mes y permitirá viajes ilimitados en toda la región.",
    "Según una encuesta del CIS, el 58% de los usuarios valora positivamente el servicio de autobuses.",
    "Falleció a los 81 años tras cuatro décadas como conductor de la EMT.",
    "El Sevilla ganó 2-1 al Betis en un derbi marcado por los retrasos del metro a la salida del estadio.",
    "Qué se sabe hasta ahora"
  ],
  fr: [
    "PARIS (AFP) - Le prix du passe Navigo mensuel passera à 88,80 euros au 1er janvier, a annoncé Île-de-France Mobilités.",
    "Les transports en commun seront gratuits ce week-end à Montpellier, comme tous les jours pour les résidents.",
    "Une pétition lancée par des usagers de la ligne P a recueilli plus de 12 000 signatures.",
    "« Nous invitons les voyageurs à reporter leurs déplacements », a déclaré un porte-parole de la SNCF.",
    "Avec notre correspondant à Lyon, Marc Dupuis.",
    "Mis à jour le 14 mars à 14h32",
    "Ce qu'il faut retenir",
    "La police met en garde contre une arnaque par SMS promettant un remboursement de billet de train.",
    "Des voyageurs sur le quai de la gare Saint-Lazare, mardi, au premier jour de la grève. (Photo AFP)",
    "Selon un sondage Ifop, 64 % des Français jugent les trains régionaux trop chers.",
    "L'application de réservation a connu plusieurs pannes lundi matin, empêchant l'achat de billets.",
    "Il est mort à 79 ans, après avoir conduit des bus de la RATP pendant trente ans.",
    "Le PSG s'est imposé 3-1 face à Lens, dans un Parc des Princes difficile d'accès en raison de la grève du RER.",
    "Décryptage"
  ],
  pt: [
    "SÃO PAULO (Reuters) - A tarifa do metrô subirá para R$ 5,20 a partir de janeiro, anunciou o governo estadual.",
    "Idosos com mais de 65 anos têm direito a viajar gratuitamente nos ônibus municipais.",
    "Um abaixo-assinado pedindo a volta da linha 875 já reuniu mais de 6 mil assinaturas.",
    "\"Pedimos que os passageiros evitem deslocamentos desnecessários\", disse o porta-voz da CP.",
    "Colaborou Ana Ribeiro, do Rio de Janeiro.",
    "Atualizado às 14h32",
    "O que se sabe até agora",
    "A polícia alerta para um golpe em que criminosos oferecem falsos reembolsos de bilhetes pelo WhatsApp.",
    "Passageiros aguardam na plataforma da estação da Luz durante a greve desta terça. (Foto: Folhapress)",
    "O passe Navegante metropolitano custa 40 euros por mês e é gratuito para estudantes até aos 23 anos.",
    "Segundo pesquisa Datafolha, 54% dos paulistanos usam transporte público diariamente.",
    "Morreu aos 74 anos o maquinista que conduziu o primeiro comboio elétrico da linha de Cascais.",
    "O Flamengo venceu o Vasco por 2 a 0 no Maracanã, e o metrô funcionou em horário estendido.",
    "Entenda"
  ],
  de: [
    "BERLIN (dpa) - Das Deutschlandticket kostet ab Januar 58 Euro im Monat, wie die Verkehrsminister der Länder beschlossen.",
    "Kinder unter sechs Jahren fahren in Bussen und Bahnen des Verbunds kostenlos mit.",
    "Eine Petition gegen die Stilllegung der Strecke haben bereits mehr als 20.000 Menschen unterschrieben.",
    "„Bitte informieren Sie sich vor Fahrtantritt in der App“, sagte eine Bahnsprecherin.",
    "Mitarbeit: Jonas Keller",
    "Aktualisiert am 14.03.2024, 14:32 Uhr",
    "Das Wichtigste in Kürze",
    "Die Polizei warnt vor Betrügern, die per SMS angebliche Erstattungen für verspätete Züge anbieten.",
    "Fahrgäste warten am Hauptbahnhof auf einen Ersatzbus. Foto: Anna Berger/dpa",
    "Laut einer Umfrage des ADAC pendeln 40 Prozent der Beschäftigten mehr als 30 Minuten zur Arbeit.",
    "Der langjährige Busfahrer starb im Alter von 83 Jahren; er hinterlässt seine Frau und zwei Töchter.",
    "Union Berlin gewann 2:1 gegen Hertha, viele Fans mussten wegen der gesperrten S-Bahn zu Fuß zum Stadion.",
    "Wer mehr als 60 Minuten Verspätung hat, erhält 25 Prozent des Fahrpreises zurück.",
    "Hintergrund"
  ]
};
