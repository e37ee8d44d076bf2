// The probe's 80th batch (run.mjs --batch 80): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "Claim your free 25 USDT bonus when you open a CoinVault account today — code VAULT25",
      "WIN a hardware wallet worth $199! Enter our weekly giveaway before midnight Sunday",
      "Use code BLOCK50 at checkout for 50% off your first year of MarketPulse Pro",
      "Bet £10, get £40 in free bets. New customers only, 18+, T&Cs apply",
      "LIMITED OFFER: zero trading fees for 30 days on Bitcrest Exchange",
      "Enter now for your chance to win 1 BTC",
      "Refer a friend and you both get $20 in Ether →"
    ],
    political: [
      "VOTE NOW: Should Washington ban crypto outright? Yes / No",
      "Chip in $5 before midnight to stop the radical takeover of the Senate",
      "Sign the petition: Tell Congress to fire the SEC chair TODAY",
      "Are you a True Patriot? Claim your official 2024 membership card",
      "They want to take your guns AND your savings. Are you going to let them?",
      "Add your name: demand an investigation into the governor NOW →",
      "OFFICIAL POLL: Do you approve of the President? Your response has been requested"
    ],
    newsletter: [
      "Get the Crypto Brief in your inbox every weekday morning. Sign up",
      "Already a subscriber? Log in",
      "You've read 3 of 5 free articles this month. Subscribe for just $1 a week",
      "By signing up you agree to our Terms of Use and acknowledge the data practices in our Privacy Policy. You may unsubscribe at any time.",
      "This article is for subscribers only",
      "Enter your email address",
      "Don't miss a beat on Bitcoin — join 400,000 readers of Block Ledger Daily"
    ],
    social: [
      "Follow us on X @ChainDailyNews",
      "View this post on Instagram",
      "A post shared by Crypto Max (@cryptomax.official)",
      "Share this article: Facebook | X | LinkedIn | WhatsApp | Email",
      "Join our Telegram channel for real-time market alerts",
      "Like our page for more stories like this",
      "— Satoshi Watch (@satoshiwatch) March 12, 2024"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored content by Nexachain Labs",
      "Paid Post",
      "Promoted by Kryptora Exchange",
      "This content was produced by our commercial team on behalf of a partner and was not written by the newsroom.",
      "Advertisement - Scroll to continue"
    ],
    affiliate: [
      "We may earn a commission when you buy through links on this site.",
      "SecureKey Nano hardware wallet: was £149, now £99 at Amazon",
      "Check price on Amazon",
      "BUY IT: VaultStick cold wallet, $79 at Best Buy",
      "Our pick: the best crypto exchanges for beginners in 2024, ranked",
      "Deal alert: 'The Bitcoin Standard' paperback is down to $12.99",
      "Independent reviews. Products featured are chosen by our editors; we may receive a share of sales."
    ],
    scam: [
      "Elon's secret crypto platform turns $250 into $8,400 in a week — banks furious",
      "Doctors stunned: this one fruit melts belly fat overnight",
      "Retired teacher makes $3,100 a day with this bitcoin robot",
      "20 celebrities who lost everything — number 7 will shock you",
      "One weird trick the banks don't want you to know about your savings",
      "You may be owed a £2,500 compensation payment. Check eligibility now",
      "BREAKING: Quantum AI trading bot now approved for UK residents"
    ],
    related: [
      "Read more: SEC delays decision on spot Ether ETFs again",
      "RELATED: Bitcoin tops $70,000 as ETF inflows surge",
      "ALSO READ - Stablecoin issuer freezes $20m linked to hack",
      "WATCH: How does a crypto exchange collapse?",
      "More from Markets: Oil slips as OPEC+ weighs output hike",
      "Recommended: The week FTX fell apart, hour by hour",
      "You might also like - Five things to know before the Bitcoin halving"
    ],
    app: [
      "Download our app for live crypto prices and breaking alerts",
      "Open in app",
      "Listen to this article",
      "0:00 / 3:21",
      "Turn on notifications to get market-moving news first",
      "Video unavailable",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism. Donate today",
      "Become a member and help keep independent financial reporting free for everyone",
      "We've raised $42,310 of our $60,000 goal. Help us get there",
      "If you value this reporting, please consider a contribution of any size — from just $1.",
      "Donate",
      "Reader-funded since 2011 and answerable to no billionaire. Give monthly",
      "Donate in crypto: we now accept BTC and ETH contributions to our newsroom"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This content is hosted by X. Because you have not accepted social media cookies, it cannot be displayed.",
      "Reject all",
      "To view the live price chart, please enable functional cookies.",
      "Your privacy choices"
    ]
  },
  es: {
    promo: [
      "Regístrate en CriptoPlus y llévate 20 € en bitcoin gratis",
      "SORTEO: gana una cartera fría valorada en 150 €. Participa aquí",
      "Código BIENVENIDA10: 10% de descuento en tu primera suscripción",
      "Apuesta 10 € y recibe 50 € en apuestas gratis. +18. Juega con responsabilidad"
    ],
    political: [
      "ENCUESTA: ¿Debe dimitir el Gobierno ya? Vota aquí",
      "Firma la petición para frenar el nuevo impuestazo del Gobierno",
      "Hazte afiliado por solo 5 € al mes y recibe tu carné",
      "¡Indignante! Lo que el ministro no quiere que sepas. Comparte si estás de acuerdo"
    ],
    newsletter: [
      "Suscríbete a nuestro boletín de criptomonedas y recíbelo cada mañana",
      "¿Ya eres suscriptor? Inicia sesión",
      "Este contenido es exclusivo para suscriptores",
      "Al registrarte aceptas las condiciones de uso y la política de privacidad."
    ],
    social: [
      "Síguenos en Twitter: @CriptoDiarioES",
      "Ver esta publicación en Instagram",
      "Únete a nuestro canal de WhatsApp",
      "Comparte esta noticia en Facebook"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "La noticia continúa tras la publicidad",
      "Ofrecido por BitNova Exchange"
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliado. Si compras, recibimos una comisión.",
      "Antes 129 €, ahora 89 € en Amazon",
      "Ver precio en Amazon",
      "Oferta del día: monedero hardware con un 30% de descuento"
    ],
    scam: [
      "Un jubilado de Murcia gana 2.800 € al día con este método de bitcoin",
      "Los médicos, sin palabras: el remedio casero que elimina el dolor de rodillas",
      "Las 10 fortunas que se esfumaron. La número 4 te sorprenderá",
      "Los bancos no quieren que sepas este truco para invertir 250 €"
    ],
    related: [
      "Lee también: La CNMV advierte sobre 15 plataformas cripto no autorizadas",
      "Más información: El bitcoin cae un 8% tras el anuncio de la Fed",
      "Te puede interesar - Qué es MiCA y cómo afecta a tus criptomonedas",
      "VÍDEO: Así funciona un cajero de bitcoin en Madrid"
    ],
    app: [
      "Descarga nuestra app y recibe alertas de precios",
      "Escuchar noticia",
      "Activa las notificaciones para no perderte nada",
      "Abrir en la app"
    ],
    donation: [
      "Apoya el periodismo independiente. Hazte socio",
      "Sin tu ayuda no podemos seguir. Dona ahora",
      "Llevamos 18.500 € de 25.000 €. Colabora",
      "Hazte miembro desde 5 € al mes y sostén este periódico"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 243 socios almacenamos o accedemos a información en un dispositivo",
      "Este contenido está bloqueado. Acepta las cookies de terceros para verlo."
    ]
  },
  fr: {
    promo: [
      "Ouvrez un compte sur CryptoFrance et recevez 15 € en bitcoin offerts",
      "JEU-CONCOURS : tentez de gagner un portefeuille crypto sécurisé",
      "Code promo BLOC20 : -20 % sur votre abonnement annuel",
      "Pariez 10 €, recevez 100 € en paris gratuits ! Jouer comporte des risques"
    ],
    political: [
      "SONDAGE : Faut-il destituer le président ? Votez maintenant",
      "Signez la pétition contre la réforme imposée par le gouvernement",
      "Adhérez dès 5 € et recevez votre carte de membre",
      "Scandale : ils veulent taxer votre épargne. Partagez avant que ce soit censuré !"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Crypto Matin",
      "Déjà abonné ? Connectez-vous",
      "Cet article est réservé aux abonnés",
      "Offre spéciale : 1 € le premier mois, sans engagement"
    ],
    social: [
      "Suivez-nous sur X : @CryptoHebdoFR",
      "Voir cette publication sur Instagram",
      "Une publication partagée par Le Coin Crypto (@lecoincrypto)",
      "Rejoignez notre groupe Telegram"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "En partenariat avec BlocNova"
    ],
    affiliate: [
      "Cet article contient des liens affiliés. Nous percevons une commission sur les achats.",
      "Voir le prix sur Amazon",
      "129 € au lieu de 179 € chez Fnac",
      "Bon plan : le portefeuille matériel NanoSafe à -30 %"
    ],
    scam: [
      "Une mère de famille de Lyon gagne 3 000 € par jour grâce au bitcoin",
      "Les médecins sont sidérés : cette astuce fait fondre la graisse du ventre",
      "Ces célébrités ruinées, la 6e va vous surprendre",
      "Remboursement : vous pourriez recevoir 1 200 € de l'État. Vérifiez ici"
    ],
    related: [
      "Lire aussi : L'AMF met en garde contre de faux sites de trading crypto",
      "À lire aussi - Bitcoin : le cours franchit un nouveau record",
      "VIDÉO : Comment fonctionne une blockchain ?",
      "Sur le même sujet : MiCA, le règlement européen qui encadre les cryptos"
    ],
    app: [
      "Téléchargez l'application pour suivre les cours en direct",
      "Écouter cet article",
      "Activez les notifications",
      "Ouvrir dans l'application"
    ],
    donation: [
      "Soutenez une presse indépendante : faites un don",
      "Devenez membre et soutenez notre rédaction",
      "Objectif : 50 000 €. Déjà 32 140 € collectés",
      "Votre don est déductible à 66 % de vos impôts"
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 780 partenaires utilisons des cookies",
      "Ce contenu est bloqué car vous n'avez pas accepté les traceurs."
    ]
  },
  pt: {
    promo: [
      "Cadastre-se na CriptoBras e ganhe R$ 50 em bitcoin",
      "SORTEIO: concorra a uma carteira fria. Participe já",
      "Cupom CRIPTO15: 15% de desconto na assinatura anual",
      "Aposte R$ 20 e ganhe R$ 100 em apostas grátis. +18"
    ],
    political: [
      "ENQUETE: Você aprova o governo? Vote agora",
      "Assine o abaixo-assinado pelo impeachment do ministro",
      "Filie-se ao partido e receba sua carteirinha oficial",
      "Absurdo! Veja o que a esquerda está escondendo. Compartilhe!"
    ],
    newsletter: [
      "Receba a newsletter Cripto Hoje no seu e-mail",
      "Já é assinante? Faça login",
      "Conteúdo exclusivo para assinantes",
      "Assine por R$ 1,90 no primeiro mês"
    ],
    social: [
      "Siga-nos no Instagram @criptohoje.br",
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Mercado Cripto (@mercadocripto)",
      "Entre no nosso canal do WhatsApp"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua depois da publicidade",
      "Oferecido por BitSul Corretora"
    ],
    affiliate: [
      "Podemos receber comissão por compras feitas através dos links",
      "De R$ 899 por R$ 649 na Amazon",
      "Ver preço na Amazon",
      "Oferta: carteira hardware com 25% de desconto no Mercado Livre"
    ],
    scam: [
      "Aposentado de Curitiba fatura R$ 5 mil por dia com robô de bitcoin",
      "Médicos ficam chocados: chá caseiro elimina diabetes",
      "Bancos odeiam este truque simples para multiplicar R$ 200",
      "Consulte agora: você pode ter valores a receber de até R$ 3.000"
    ],
    related: [
      "Leia também: CVM alerta para pirâmide com criptomoedas",
      "LEIA MAIS: Bitcoin renova máxima histórica",
      "Veja também - Banco Central testa o Drex com grandes bancos",
      "Saiba mais: Como declarar criptomoedas no Imposto de Renda"
    ],
    app: [
      "Baixe o nosso app e acompanhe as cotações",
      "Ouvir notícia",
      "Ative as notificações",
      "Abrir no aplicativo"
    ],
    donation: [
      "Apoie o jornalismo independente",
      "Seja membro e ajude a manter o jornalismo livre",
      "Contribua com qualquer valor via Pix",
      "Faltam R$ 12 mil para atingirmos nossa meta"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 165 parceiros armazenamos e/ou acedemos a informações num dispositivo",
      "Este conteúdo está bloqueado. Ative os cookies de terceiros."
    ]
  },
  de: {
    promo: [
      "Jetzt bei KryptoPlus registrieren und 25 € in Bitcoin geschenkt bekommen",
      "GEWINNSPIEL: Hardware-Wallet im Wert von 149 € gewinnen",
      "Mit dem Code BLOCK20 sparen Sie 20 % im ersten Jahr",
      "Wette 10 €, erhalte 50 € Bonus – nur für Neukunden, 18+"
    ],
    political: [
      "UMFRAGE: Soll die Regierung sofort zurücktreten? Jetzt abstimmen",
      "Jetzt Petition unterschreiben: Stoppt die Regierung!",
      "Werden Sie Mitglied – ab 5 € im Monat mit Mitgliedsausweis",
      "Skandal! Was die Regierung Ihnen verschweigt – teilen, bevor es gelöscht wird"
    ],
    newsletter: [
      "Jetzt den Krypto-Newsletter abonnieren",
      "Bereits Abonnent? Hier anmelden",
      "Dieser Artikel ist exklusiv für Abonnenten",
      "Mit der Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu. Abmeldung jederzeit möglich."
    ],
    social: [
      "Folgen Sie uns auf X: @KryptoTagblatt",
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Krypto Kompakt (@kryptokompakt)",
      "Treten Sie unserem Telegram-Kanal bei"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Gesponserter Inhalt",
      "Weiterlesen nach der Anzeige"
    ],
    affiliate: [
      "Wir erhalten eine Provision, wenn Sie über diese Links einkaufen.",
      "Statt 179 € jetzt nur 119 € bei MediaMarkt",
      "Preis bei Amazon prüfen",
      "Affiliate-Links sind mit * gekennzeichnet"
    ],
    scam: [
      "Rentner aus Bayern verdient 4.000 € am Tag mit Bitcoin-Software",
      "Ärzte sprachlos: Dieses Hausmittel senkt den Blutdruck sofort",
      "Banken hassen diesen einfachen Trick",
      "Diese 12 Promis sind pleite – Nummer 9 schockiert"
    ],
    related: [
      "Lesen Sie auch: BaFin warnt vor unerlaubten Krypto-Plattformen",
      "Mehr zum Thema: Bitcoin fällt unter 60.000 Dollar",
      "Auch interessant - Was die MiCA-Verordnung für Anleger bedeutet",
      "VIDEO: So funktioniert ein Bitcoin-Automat"
    ],
    app: [
      "Jetzt unsere App herunterladen",
      "Artikel anhören",
      "Push-Benachrichtigungen aktivieren",
      "In der App öffnen"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt Mitglied werden",
      "Spenden Sie jetzt – schon ab 5 €",
      "Bereits 8.240 von 10.000 Unterstützern dabei"
    ],
    cookie: [
      "Externe Inhalte aktivieren",
      "Cookies akzeptieren, um diesen Inhalt zu sehen",
      "Wir und unsere 214 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu",
      "An dieser Stelle finden Sie einen externen Inhalt von X, der den Artikel ergänzt."
    ]
  }
};

export const GENUINE = {
  en: [
    "WASHINGTON (Reuters) - The Securities and Exchange Commission on Wednesday approved the first U.S.-listed exchange-traded funds that hold bitcoin directly.",
    "Bitcoin rose 4.2% to $67,310 in Asian trading, its highest level since March.",
    "Updated 14:32 GMT",
    "Key points",
    "What we know so far",
    "The exchange said it would offer customers free withdrawals for 30 days while it rebuilt its systems.",
    "Prosecutors said the scheme promised investors returns of 2% a day and collected more than $40 million from about 9,000 victims.",
    "\"Do not send money to anyone who contacts you promising guaranteed returns,\" the Financial Conduct Authority said in a statement.",
    "Additional reporting by Hannah Lang in New York and Elizabeth Howcroft in London.",
    "A petition calling on the Treasury to drop the proposed tax reporting rule had gathered more than 120,000 signatures by Friday.",
    "The app, which has more than 10 million downloads, was removed from app stores in Singapore after a regulatory order.",
    "Analysis",
    "The firm's subscription service, which costs $29 a month, gives traders access to its proprietary price data.",
    "A man walks past an advertisement for a cryptocurrency exchange in Hong Kong on June 1. (Reuters/Tyrone Siu)",
    "Users on X shared screenshots showing their balances had been frozen, with several saying they could not reach customer support.",
    "The token's price briefly fell to $0.0004 after the developers' wallets were drained, according to on-chain data.",
    "The winners of the auction, which raised $11.2 million for charity, paid in ether.",
    "Chainalysis estimated that victims of so-called pig-butchering scams lost at least $4 billion last year.",
    "The company said it had donated $1 million to a political action committee supporting candidates who favour clearer crypto rules.",
    "In a poll of 2,000 adults by the central bank, 7% said they currently owned some form of cryptoasset.",
    "He died on Tuesday at his home in Palo Alto, aged 68. He is survived by his wife and two daughters.",
    "Regulators have also warned that airdrops of free tokens are often used to lure users into connecting their wallets to malicious sites.",
    "Shares in Coinbase closed up 6% at $231.50 on the Nasdaq.",
    "The bill now passes to the Senate, where it faces an uncertain future.",
    "\"Buy the rumour, sell the news,\" said Tom Reyes, an analyst at Kestrel Markets, explaining the post-approval sell-off.",
    "The court heard that he had posted on Telegram urging followers to \"get in before it's too late.\"",
    "Browser cookies were not involved; the malware targeted extensions that store wallet keys, the researchers said.",
    "The central bank's consultation is open until 30 September, and members of the public can respond online.",
    "Sarah Kim is a markets reporter covering digital assets and fintech. She previously worked at Bloomberg.",
    "The sponsorship deal was announced hours before the club's 3-1 win over Brentford on Saturday.",
    "The exchange is offering affected customers compensation of up to $2,500 each, subject to identity checks.",
    "Binance said it would cooperate fully with the investigation.",
    "How the funds moved",
    "The promotion, which offered new users $50 in bitcoin for signing up, was found by the watchdog to be misleading.",
    "The watchdog fined the firm £3.5 million for failing to carry out adequate anti-money-laundering checks.",
    "Under the new rules, advertisements for crypto products must carry a prominent risk warning.",
    "LONDON, Jan 10 (Reuters) - Britain's financial watchdog said on Tuesday it would ban the sale of crypto derivatives to retail consumers.",
    "The stablecoin briefly lost its peg, trading as low as 97 cents before recovering.",
    "Readers who believe they have been targeted can report the fraud to Action Fraud, police said.",
    "Ether was down 1.8% at $3,120 at 0900 GMT, while smaller tokens such as solana and dogecoin fell between 3% and 5%."
  ],
  es: [
    "MADRID (EFE) - La Comisión Nacional del Mercado de Valores (CNMV) ha añadido este lunes cinco nuevas plataformas de criptomonedas a su lista de entidades no autorizadas.",
    "El bitcoin sube un 3,5% y cotiza en 64.200 dólares.",
    "Claves de la nueva regulación",
    "Actualizado a las 12:45",
    "La Policía Nacional ha detenido a 12 personas por una estafa piramidal con criptomonedas que afectó a más de 3.000 inversores.",
    "\"Si alguien le promete rentabilidades garantizadas, desconfíe\", advirtió el vicepresidente de la CNMV.",
    "Con información de Reuters y Europa Press.",
    "La plataforma ofrecía a sus clientes comisión cero durante el primer mes, según la denuncia.",
    "Una encuesta del Banco de España revela que el 6% de los hogares posee algún criptoactivo.",
    "La aplicación acumula más de dos millones de descargas en España.",
    "Los afectados han lanzado una recogida de firmas en Change.org para reclamar la devolución de sus fondos.",
    "Un cajero de bitcoin en el centro de Barcelona. (Foto: Alejandro García / EFE)",
    "Hacienda enviará este año más de 300.000 avisos a contribuyentes con criptomonedas.",
    "Las reclamaciones pueden presentarse de forma gratuita ante el servicio de atención al inversor."
  ],
  fr: [
    "PARIS (AFP) - L'Autorité des marchés financiers a ajouté lundi une vingtaine de sites à sa liste noire des plateformes de cryptoactifs non autorisées.",
    "Le bitcoin a reculé de 5 % à 58 300 dollars vendredi.",
    "Ce qu'il faut retenir",
    "Mis à jour le 12 mars 2024 à 16h05",
    "\"Ne transférez jamais vos fonds à un inconnu qui vous promet des gains rapides\", a rappelé la gendarmerie sur X.",
    "Avec Reuters",
    "Selon un sondage Ifop publié jeudi, 12 % des Français déclarent avoir déjà investi dans une cryptomonnaie.",
    "L'application a été retirée des magasins d'applications à la demande du régulateur.",
    "Les victimes de l'escroquerie ont perdu en moyenne 45 000 euros, selon le parquet.",
    "Une pétition réclamant un meilleur encadrement des influenceurs financiers a recueilli plus de 50 000 signatures.",
    "La plateforme proposait des frais de transaction gratuits pour attirer de nouveaux clients, une pratique jugée trompeuse par l'AMF.",
    "Le fondateur de la société, décédé en 2019, était le seul à détenir les clés d'accès aux portefeuilles.",
    "Décryptage",
    "Photo d'illustration : une pièce de bitcoin posée sur un billet de 50 euros."
  ],
  pt: [
    "SÃO PAULO (Reuters) - O Banco Central anunciou nesta terça-feira as novas regras para as prestadoras de serviços de ativos virtuais.",
    "O bitcoin subia 2,8%, cotado a R$ 345 mil, por volta das 11h.",
    "Entenda",
    "Atualizado às 15h20",
    "A Polícia Federal deflagrou uma operação contra um esquema de pirâmide financeira com criptomoedas que movimentou R$ 1,2 bilhão.",
    "\"Desconfie de promessas de lucro fácil\", alertou a CVM em nota.",
    "Com informações da Agência Brasil.",
    "Segundo pesquisa Datafolha, 9% dos brasileiros afirmam já ter investido em criptomoedas.",
    "A corretora ofereceu isenção de taxas por 30 dias aos clientes afetados pela falha.",
    "O aplicativo ficou fora do ar por cerca de quatro horas na manhã desta segunda-feira.",
    "Os investidores devem declarar criptoativos acima de R$ 5 mil na ficha de Bens e Direitos.",
    "Fachada da sede da corretora em São Paulo — Foto: Divulgação",
    "Vítimas relataram nas redes sociais que foram atraídas por anúncios com celebridades falsas.",
    "O Flamengo venceu o Palmeiras por 2 a 1 no domingo, no primeiro jogo com o novo patrocínio de uma empresa de criptomoedas na camisa."
  ],
  de: [
    "FRANKFURT (dpa) - Die Finanzaufsicht BaFin hat einer Kryptobörse die Erlaubnis für Geschäfte in Deutschland entzogen.",
    "Der Bitcoin-Kurs stieg am Vormittag um 3,1 Prozent auf 61.450 Dollar.",
    "Das Wichtigste in Kürze",
    "Aktualisiert am 14.03.2024, 10:12 Uhr",
    "\"Überweisen Sie niemals Geld an Unbekannte, die Ihnen hohe Renditen versprechen\", warnt das Landeskriminalamt.",
    "Mit Material von Reuters und dpa",
    "Laut einer Umfrage des Digitalverbands Bitkom besitzt jeder siebte Deutsche Kryptowährungen.",
    "Die App wurde nach Angaben des Unternehmens mehr als eine Million Mal heruntergeladen.",
    "Die Staatsanwaltschaft wirft den Beschuldigten Anlagebetrug in mehr als 2.000 Fällen vor.",
    "Gewinne aus dem Verkauf von Kryptowährungen sind nach einem Jahr Haltedauer steuerfrei.",
    "Eine Online-Petition gegen die geplante Meldepflicht hat inzwischen über 80.000 Unterschriften.",
    "Ein Bitcoin-Automat in einem Kiosk in Berlin-Kreuzberg. Foto: Jens Kalaene/dpa",
    "Hintergrund",
    "Die Börse bot betroffenen Kunden eine kostenlose Auszahlung ihrer Guthaben an."
  ]
};
