// The probe's 6th batch (run.mjs --batch 6): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "🎉 GIVEAWAY: Win a $500 Home Depot gift card — enter by Sunday!",
      "Use code SPRING25 at checkout for 25% off your first order",
      "Tickets are now on sale for our Future of Work summit in Chicago on Oct. 14. Early-bird pricing ends Friday.",
      "Readers get 3 months of Audible Premium for just $0.99/month. Limited time only!",
      "Join our reporters live on Thursday at 1 p.m. ET as they answer your questions about the housing market. Register here.",
    ],
    political: [
      "Do you support term limits for Congress? Take our 30-second survey",
      "SHARE if you think politicians should pass a drug test before taking office!!",
      "Official 2026 Midterm Survey: Patriots, make your voice heard before midnight",
      "They tried to hide this from voters. Now the truth is coming out 👇",
      "Add your name to demand an end to corporate price gouging",
    ],
    newsletter: [
      "📩 Get the Morning Edition in your inbox. It's free — sign up now",
      "I write this column every week, and if you’d like it to land in your inbox first, you can sign up here.",
      "This story originally ran in Field Notes, our weekly climate newsletter. To get it in your inbox, sign up here.",
      "Want more local news? Subscribe to The Brief for free",
      "Sign up for Money Matters: practical advice for your finances, every Tuesday",
    ],
    social: [
      "Follow us on Instagram @dailynewsphotos for more behind-the-scenes shots",
      "👉 Like our page on Facebook and never miss a story!",
      "Join our WhatsApp channel for breaking news alerts",
      "Gift this article. Subscribers can share 10 free articles with friends each month.",
      "Share this story with someone who needs to hear it 🙏",
    ],
    adlabel: [
      "Advertisement",
      "ADVERTISEMENT - SCROLL TO CONTINUE",
      "Presented by Coastline Credit Union",
      "Sponsored · Article continues after this ad",
      "This story is part of our partnership with the Halvorsen Foundation, which had no say in its content.",
    ],
    affiliate: [
      "We independently review everything we recommend. When you buy through our links, we may earn a commission.",
      "🔥 Lowest price ever: AirPods Pro 2 are $169 at Amazon right now",
      "Shop the look: linen shirt, $48, Uniqlo; sandals, $120, Nordstrom",
      "Our top pick, the Breville Bambino, is 30% off during Prime Big Deal Days",
      "Prices accurate at time of publication; we may earn a fee from purchases made via these links.",
    ],
    scam: [
      "Doctors stunned: 78-year-old grandma reverses wrinkles with this kitchen trick",
      "Elon Musk’s new AI platform is paying Americans $3,200 a week — see if you qualify",
      "Seniors born before 1965 can now claim a $6,400 grocery allowance. Check eligibility",
      "Bitcoin just hit a new record. This app turned $250 into $8,900 in one week",
      "Tinnitus? Do this tonight (it's like a natural eraser)",
    ],
    related: [
      "Read more: Why mortgage rates aren’t falling as fast as expected",
      "ALSO READ - Five signs your car battery is about to die",
      "Recommended: The town where every house costs under $100,000",
      "More on this story: How the flood warnings went unheard",
      "Don’t miss: Inside the quiet collapse of America’s shopping malls",
    ],
    app: [
      "📱 Download our app for breaking news alerts straight to your phone",
      "Listen to this article in the app — available on iOS and Android",
      "Get the full experience. Open in app",
      "Prefer to listen? This story is available as audio in our app.",
      "Scan the QR code to download the News+ app and get 30 days free",
    ],
    donation: [
      "If you value this reporting, please consider becoming a member. It starts at $5 a month.",
      "Our journalism is free to read because readers like you support it. Will you chip in today?",
      "❤️ DONATE NOW — every dollar is matched through Dec. 31!",
      "We’re a nonprofit newsroom. Support independent local news with a tax-deductible gift.",
      "Already a member? Thank you. Not yet? Join 40,000 readers who keep us going.",
    ],
    cookie: [
      "We use cookies to improve your experience. By continuing, you agree to our Cookie Policy. Accept",
      "Manage preferences | Accept all | Reject all",
      "This content is blocked. Accept cookies to view this embedded video.",
      "We and our 847 partners store and access information on your device",
      "Your privacy choices: to see this content, enable Social Media cookies",
    ],
  },
  es: {
    promo: [
      "¡SORTEO! Gana un viaje a Cancún para dos personas. Participa aquí",
      "Usa el código VERANO20 y obtén un 20 % de descuento en tu primera compra",
    ],
    political: [
      "¿Estás de acuerdo con bajar los impuestos? Vota en nuestra encuesta",
      "COMPARTE si crees que los políticos deberían cobrar el salario mínimo",
    ],
    newsletter: [
      "Recibe cada mañana las noticias más importantes. Suscríbete gratis a nuestro boletín",
      "Si te ha gustado este artículo, apúntate a nuestra newsletter semanal",
    ],
    social: [
      "Síguenos en Instagram y TikTok para más noticias",
      "Únete a nuestro canal de WhatsApp y recibe las últimas noticias",
    ],
    adlabel: [
      "Publicidad",
      "Contenido patrocinado por Banco Horizonte",
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliados. Si compras a través de ellos, podemos recibir una comisión.",
      "🔥 Chollo: el robot aspirador Roborock baja a 199 € en Amazon",
    ],
    scam: [
      "Un ingeniero de Madrid gana 3.000 € al mes con este método de inversión en bitcoin",
      "Los mayores de 60 años pueden solicitar una ayuda de 1.200 €. Comprueba si cumples los requisitos",
    ],
    related: [
      "Lee también: Los pueblos más bonitos de España para visitar en otoño",
      "Te puede interesar - Cómo ahorrar en la factura de la luz este invierno",
    ],
    app: [
      "Descarga nuestra app y recibe alertas de última hora",
      "Escucha esta noticia en nuestra aplicación",
    ],
    donation: [
      "El periodismo independiente necesita tu apoyo. Hazte socio desde 1 € al mes",
      "Colabora con nosotros: cada aportación cuenta",
    ],
    cookie: [
      "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Aceptar",
      "Este contenido está bloqueado. Acepta las cookies para ver el vídeo",
    ],
  },
  fr: {
    promo: [
      "JEU-CONCOURS : tentez de gagner un week-end à Deauville pour deux !",
      "Profitez de -30 % sur votre abonnement avec le code PRINTEMPS",
    ],
    political: [
      "Pour ou contre la suppression du Sénat ? Donnez votre avis en un clic",
      "Signez la pétition pour exiger la baisse des prix de l'essence !",
    ],
    newsletter: [
      "Recevez chaque matin l’essentiel de l’actualité. Inscrivez-vous à notre newsletter",
      "Cet article vous a plu ? Abonnez-vous gratuitement à notre lettre hebdomadaire",
    ],
    social: [
      "Suivez-nous sur Instagram, X et LinkedIn",
      "Partagez cet article avec vos proches 👇",
    ],
    adlabel: [
      "Publicité",
      "Contenu sponsorisé proposé par Maison Delorme",
    ],
    affiliate: [
      "Cet article contient des liens d'affiliation, nous pouvons percevoir une commission sur vos achats.",
      "Bon plan : la Nintendo Switch OLED passe à 279 € chez Fnac",
    ],
    scam: [
      "Un retraité de Lyon révèle comment il gagne 2 500 € par semaine grâce au bitcoin",
      "Ce remède naturel élimine les douleurs articulaires en 7 jours",
    ],
    related: [
      "À lire aussi : Les villes où l’immobilier baisse le plus en 2025",
      "Lire aussi - Pourquoi le prix du beurre s’envole",
    ],
    app: [
      "Téléchargez notre application pour ne rien manquer de l’actualité",
      "Écoutez cet article dans l’appli",
    ],
    donation: [
      "Notre journal est indépendant grâce à ses lecteurs. Soutenez-nous dès 1 €",
      "Faites un don pour soutenir une information libre 💙",
    ],
    cookie: [
      "Nous utilisons des cookies pour améliorer votre expérience. Tout accepter | Paramétrer",
      "Ce contenu est bloqué car vous n’avez pas accepté les cookies et autres traceurs.",
    ],
  },
  pt: {
    promo: [
      "PROMOÇÃO: ganhe 50% de desconto na assinatura digital. Só até domingo!",
      "Participe do sorteio e concorra a um iPhone 16 — inscreva-se já",
    ],
    political: [
      "Você concorda com a volta do voto impresso? Vote na enquete",
      "COMPARTILHE se você acha que político deveria ganhar salário mínimo!",
    ],
    newsletter: [
      "Receba as principais notícias do dia no seu e-mail. Cadastre-se gratuitamente",
      "Gostou deste texto? Assine nossa newsletter semanal",
    ],
    social: [
      "Siga-nos no Instagram e no TikTok",
      "Entre no nosso canal do WhatsApp e receba as notícias em primeira mão",
    ],
    adlabel: [
      "Publicidade",
      "Conteúdo patrocinado",
    ],
    affiliate: [
      "Oferta: Smart TV de 55 polegadas com 35% de desconto na Amazon",
      "Ao comprar por meio dos links nesta página, podemos receber uma comissão.",
    ],
    scam: [
      "Aposentados podem sacar até R$ 5.000 esquecidos no banco. Veja como consultar",
      "Médico revela: chá caseiro elimina diabetes em 30 dias",
    ],
    related: [
      "Leia também: Como declarar o Imposto de Renda sem cair na malha fina",
      "Veja mais - Os destinos mais baratos para viajar nas férias",
    ],
    app: [
      "Baixe o app e receba alertas de notícias urgentes",
      "Ouça esta reportagem no nosso aplicativo",
    ],
    donation: [
      "Apoie o jornalismo independente. Contribua a partir de R$ 10 por mês",
      "Faça uma doação e ajude a manter este site gratuito",
    ],
    cookie: [
      "Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com nossa Política de Privacidade. Aceitar",
      "Gerenciar preferências de cookies",
    ],
  },
  de: {
    promo: [
      "GEWINNSPIEL: Jetzt mitmachen und ein E-Bike im Wert von 2.500 € gewinnen!",
      "Nur heute: 40 % Rabatt auf alle Jahresabos mit dem Code HERBST40",
    ],
    political: [
      "Sind Sie für ein Tempolimit auf Autobahnen? Stimmen Sie jetzt ab!",
      "TEILEN, wenn Sie auch finden, dass Politiker zu viel verdienen!",
    ],
    newsletter: [
      "Jeden Morgen das Wichtigste aus der Region: Jetzt kostenlos den Newsletter abonnieren",
      "Ihnen gefällt dieser Artikel? Melden Sie sich für unseren wöchentlichen Newsletter an.",
    ],
    social: [
      "Folgen Sie uns auf Instagram und Facebook",
      "Jetzt unserem WhatsApp-Kanal beitreten und keine Eilmeldung verpassen",
    ],
    adlabel: [
      "Anzeige",
      "Werbung – Weiterlesen nach der Anzeige",
    ],
    affiliate: [
      "Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine Provision.",
      "Deal des Tages: Philips Airfryer für nur 89,99 € bei Amazon",
    ],
    scam: [
      "Rentner aus München verdient 4.000 € im Monat mit diesem Krypto-Trick",
      "Mit diesem Hausmittel verschwindet Nagelpilz über Nacht",
    ],
    related: [
      "Lesen Sie auch: Warum die Mieten in Leipzig so stark steigen",
      "Auch interessant - Diese Fehler machen viele bei der Steuererklärung",
    ],
    app: [
      "Laden Sie jetzt unsere App herunter und verpassen Sie keine Nachricht",
      "Diesen Artikel in der App anhören",
    ],
    donation: [
      "Unabhängiger Journalismus kostet Geld. Unterstützen Sie uns mit einem freiwilligen Beitrag.",
      "Jetzt spenden und Lokaljournalismus stärken ❤️",
    ],
    cookie: [
      "Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten. Alle akzeptieren",
      "Externer Inhalt: Um diesen Inhalt zu sehen, müssen Sie der Verarbeitung personenbezogener Daten zustimmen.",
    ],
  },
};

export const GENUINE = {
  en: [
    "The company said its streaming service added 4.2 million subscribers in the quarter, beating analysts’ forecasts.",
    "“Get out of the building now!” a firefighter shouted, according to two residents.",
    "Bitcoin fell 6% to about $58,300 on Monday, its lowest level since February.",
    "Correction: An earlier version of this article misstated the price of the tickets. They cost $45, not $54.",
    "Admission to the museum will be free on the first Sunday of every month, officials said.",
    "The petition, which has gathered more than 120,000 signatures, will be delivered to the council on Tuesday.",
    "Manchester City won 3-1, with Haaland scoring twice in the second half.",
    "Crowds wait outside the stadium before the final on Saturday. (Jane Ortiz/AP)",
    "Is the deal good for consumers? Regulators are not yet convinced.",
    "The app was downloaded more than 10 million times in its first week, according to Sensor Tower.",
    "Prosecutors said the men kept the accounts secret using a simple trick: shell companies registered to relatives.",
    "Amazon said its Prime Day sale generated record sales for independent sellers.",
    "The NHS has warned that there is no miracle cure for long COVID.",
    "Readers who want to read more about the ballot measures can find the full text on the secretary of state’s website.",
    "A poll by Ipsos found 54% of voters disapprove of the governor’s handling of the crisis.",
    "Members of the union voted 78% in favor of accepting the offer.",
    "Editor’s note: This article has been updated to include a statement from the FBI.",
    "The charity said donations had fallen by a third since the pandemic.",
    "She declined to say whether the family would claim compensation.",
    "Shares of Nvidia rose 4.1% to $128.50 in after-hours trading.",
    "“Don't click on links in texts you weren't expecting,” the FTC advises.",
    "The newspaper said it would stop printing on Saturdays and focus on its digital subscribers.",
    "The advertisement, which ran during the Super Bowl, drew complaints from parents and advertisers alike.",
    "In a newsletter to constituents on Friday, the senator said she would follow the committee’s advice.",
    "— Reporting by Sarah Kim in Seoul; editing by Mark Potter",
    "Why did the club sign him? “Because he wins,” the manager said.",
    "Tickets for the concert sold out in under four minutes, and resale prices quickly topped $1,000.",
    "Cookie sales by Girl Scouts fell for a second straight year, the organization said.",
    "Buyers who join the waiting list will be offered a 10% discount, the carmaker said.",
    "The sponsor, a crypto exchange, pulled out of the deal last month after regulators opened an investigation.",
  ],
  es: [
    "La plataforma superó los 10 millones de suscriptores en España, según datos de la propia compañía.",
    "“¡Salgan de ahí!”, gritó uno de los vecinos al ver el humo.",
    "El bitcoin cayó un 5 % hasta los 61.000 dólares este lunes.",
    "Fe de errores: una versión anterior de este artículo atribuía la cita a otro portavoz.",
    "El Real Madrid ganó 2-0 al Sevilla con dos goles de Mbappé.",
    "La entrada al museo será gratuita todos los domingos por la tarde, informó el Ayuntamiento.",
    "Según una encuesta del CIS, el 42 % de los votantes apoya la medida.",
    "La ONG asegura que las donaciones han caído un 30 % desde el año pasado.",
  ],
  fr: [
    "L’application a été téléchargée plus de deux millions de fois en une semaine.",
    "« Partez tout de suite ! », a lancé un gendarme aux automobilistes.",
    "La pétition a recueilli plus de 200 000 signatures en quarante-huit heures.",
    "Le PSG s’est imposé 3-1 face à Lyon dimanche soir au Parc des Princes.",
    "Rectificatif : une précédente version de cet article indiquait un prix erroné pour les billets.",
    "Le CAC 40 a terminé la séance en hausse de 1,2 %, à 7 650 points.",
    "Les adhérents du syndicat ont voté à 61 % en faveur de l'offre de la direction.",
    "Faut-il vraiment s’en inquiéter ? Les experts restent partagés.",
  ],
  pt: [
    "O aplicativo foi baixado mais de 5 milhões de vezes desde o lançamento, segundo a empresa.",
    "“Saiam daqui agora!”, gritou um dos seguranças, segundo testemunhas.",
    "O Flamengo venceu o Palmeiras por 2 a 1 no Maracanã.",
    "As ações da Petrobras subiram 3,4%, para R$ 38,20, na B3.",
    "Correção: uma versão anterior deste texto informava incorretamente o preço dos ingressos.",
    "A campanha de doação de sangue vai até sexta-feira, informou o hemocentro.",
    "Segundo pesquisa Datafolha, 48% dos eleitores aprovam o governo.",
    "O jornal afirmou que passou de 300 mil assinantes digitais no ano passado.",
  ],
  de: [
    "Die App wurde nach Angaben des Unternehmens bereits mehr als drei Millionen Mal heruntergeladen.",
    "„Raus hier, sofort!“, rief ein Feuerwehrmann, berichten Augenzeugen.",
    "Der DAX schloss 0,8 Prozent höher bei 18.420 Punkten.",
    "Bayern München gewann am Samstag mit 4:0 gegen Hoffenheim.",
    "Korrektur: In einer früheren Version dieses Artikels war der Ticketpreis falsch angegeben.",
    "Der Eintritt ist frei, eine Anmeldung ist nicht erforderlich, teilte die Stadt mit.",
    "Laut dem ZDF-Politbarometer unterstützen 57 Prozent der Befragten den Vorschlag.",
    "Die Petition wurde bislang von mehr als 80.000 Menschen unterschrieben.",
  ],
};
