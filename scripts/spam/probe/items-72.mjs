// The probe's 72th batch (run.mjs --batch 72): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN £5,000 towards your mortgage — enter our NovaBank prize draw before midnight Sunday",
      "Claim your free £50 switching bonus with code SWITCH50 when you open a Ledgerly current account",
      "Exclusive reader offer: 3 months of Kestrel Insure pet cover for £1",
      "Bet £10, get £40 in free bets – new customers only, 18+, T&Cs apply",
      "Giveaway",
      "Enter now to win a year of FREE car insurance worth up to £1,200!",
      "Use promo code FINTECH25 at checkout for 25% off your first year of PayNest Premium"
    ],
    political: [
      "POLL: Should the big banks be broken up? Vote now and make your voice heard",
      "Sign the petition: stop the bank bailout for billionaires",
      "Chip in $5 before midnight to fight Wall Street's lobbyists",
      "They want to take your cash away. Are you going to let them? Add your name →",
      "Claim your official 2024 Taxpayer Defender membership card today",
      "Do you approve of the Chancellor's handling of the economy? YES / NO",
      "OUTRAGED? Tell Congress: hands off your 401(k) — sign now"
    ],
    newsletter: [
      "Sign up for Money Matters, our free weekly newsletter on savings, mortgages and pensions",
      "Already a subscriber? Log in",
      "You've read 3 of 5 free articles this month. Subscribe for unlimited access from $1 a week.",
      "By signing up you agree to our Terms of Use and acknowledge our Privacy Policy. You can unsubscribe at any time.",
      "Get the Fintech Briefing in your inbox every morning",
      "This article is for subscribers only",
      "Enter your email address"
    ],
    social: [
      "Follow us on X @MoneyDeskDaily for the latest rate moves",
      "View this post on Instagram",
      "A post shared by Ledgerly (@ledgerlybank)",
      "Share this article: Facebook | X | LinkedIn | WhatsApp | Email",
      "Join our Personal Finance Facebook group to swap savings tips with 40,000 readers",
      "Like us on Facebook",
      "Watch on TikTok"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below",
      "Sponsored by Brightvault Wealth",
      "Paid post: How one family cut their insurance bills in half",
      "This content was produced by our commercial team on behalf of NovaBank and was not written by our editorial staff.",
      "Promoted",
      "Advertisement - scroll to continue"
    ],
    affiliate: [
      "We may earn a commission if you apply for a product through links on this page.",
      "Was £129 now £79 at Currys",
      "Check price on Amazon",
      "Best savings rates today: 5.2% AER easy-access — compare deals",
      "Buy it: Ledger Nano X hardware wallet, $149 at Best Buy",
      "Our picks are independently chosen, but we may receive compensation from the card issuers featured.",
      "DEAL: Get £200 cashback when you switch your mortgage through our partner"
    ],
    scam: [
      "Elon Musk's new trading platform is making ordinary Britons rich — the banks are furious",
      "Doctors stunned: this one weird trick wipes out credit card debt overnight",
      "Retirees are claiming a $6,400 'hidden' Social Security check — see if you qualify",
      "Turn $250 into $8,000 a week with this AI crypto bot",
      "13 banks that are quietly going bust — number 7 will shock you",
      "Homeowners born before 1975 are eligible for a mortgage refund. Check here.",
      "Insurance companies hate this man"
    ],
    related: [
      "Read more: Bank of England holds interest rates at 5.25%",
      "RELATED: Why your home insurance premium has jumped 30% this year",
      "ALSO READ - Digital bank Monzo posts first full-year profit",
      "WATCH: How scammers drain accounts with fake bank texts",
      "More from Business: Lloyds to close another 45 branches",
      "Recommended: The best travel money cards for 2024",
      "You might also like - Five signs your pension is underperforming"
    ],
    app: [
      "Download our app for breaking markets alerts",
      "Open in app",
      "Listen to this article",
      "0:00 / 3:21",
      "Video unavailable",
      "Turn on notifications to get rate changes as they happen. Allow / Not now",
      "This audio is generated automatically. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism",
      "Independent financial reporting costs money. Give once or monthly from just £2.",
      "Become a member",
      "We're 72% of the way to our goal of 10,000 new supporters by year end",
      "Donate",
      "If you value our coverage of the banking industry, please consider making a contribution today.",
      "Readers like you keep our newsroom free to read — contribute now"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This content is hosted by a third party. To show it, we need your permission to use cookies.",
      "Accept all | Reject all | Customize",
      "Enable functional cookies to watch this video",
      "Twitter content blocked: you have not consented to social media cookies"
    ]
  },
  es: {
    promo: [
      "¡SORTEAMOS 1.000 euros! Abre tu cuenta en BancoNube y participa",
      "Código DESCUENTO15: 15 % en tu primer año de seguro de hogar Protegia",
      "Apuesta 10 € y llévate 50 € en apuestas gratis. +18. Juega con responsabilidad.",
      "Consigue tu tarjeta gratis y sin comisiones para siempre"
    ],
    political: [
      "ENCUESTA: ¿Debe el Gobierno rescatar a los bancos otra vez? Vota ahora",
      "Firma ya para frenar el nuevo impuesto a tus ahorros",
      "Hazte afiliado y recibe tu carné oficial del partido",
      "¿Indignado con el rescate bancario? Únete a la campaña →"
    ],
    newsletter: [
      "Suscríbete a nuestro boletín de economía y recíbelo cada mañana",
      "¿Ya eres suscriptor? Inicia sesión",
      "Este contenido es exclusivo para suscriptores. Primer mes por 1 €",
      "Al registrarte aceptas las condiciones de uso y la política de privacidad."
    ],
    social: [
      "Síguenos en Instagram @economiaaldia",
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Pagalo (@pagalo.app)",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado por Banco Aurora",
      "Sigue leyendo debajo del anuncio",
      "Contenido ofrecido por nuestro socio comercial"
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliados: si compras, recibimos una comisión.",
      "Antes 89,99 €, ahora 59,99 € en Amazon",
      "Ver precio en El Corte Inglés",
      "Oferta: cuenta remunerada al 3 % TAE — compara aquí"
    ],
    scam: [
      "Los bancos no quieren que sepas este truco para eliminar tus deudas",
      "Un jubilado de Murcia gana 3.000 € al día con esta plataforma de bitcoin",
      "Hacienda te devuelve 600 €: comprueba aquí si tienes derecho",
      "10 bancos que podrían quebrar este año. El número 4 te sorprenderá"
    ],
    related: [
      "Lea también: El Banco de España avisa del aumento de fraudes con Bizum",
      "MÁS INFORMACIÓN - Las hipotecas variables vuelven a subir en marzo",
      "Relacionado: Cómo reclamar la cláusula suelo paso a paso",
      "Te puede interesar: Los seguros de coche más baratos de 2024"
    ],
    app: [
      "Descarga nuestra app y recibe las últimas noticias",
      "Escuchar artículo",
      "Vídeo no disponible",
      "Activa las notificaciones para no perderte nada"
    ],
    donation: [
      "Apoya el periodismo independiente",
      "Hazte socio desde 6 € al mes",
      "Colabora con nosotros: tu aportación nos hace libres",
      "Dona ahora"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 845 socios almacenamos o accedemos a información en un dispositivo",
      "Este contenido está bloqueado porque no has aceptado las cookies de redes sociales."
    ]
  },
  fr: {
    promo: [
      "JEU-CONCOURS : tentez de gagner 1 000 € sur votre Livret avec Banque Azur",
      "Code promo BIENVENUE80 : 80 € offerts à l'ouverture de votre compte",
      "Pariez 10 €, recevez 100 € en paris gratuits. Jouer comporte des risques.",
      "Offre limitée : votre assurance habitation à partir de 4,90 €/mois"
    ],
    political: [
      "SONDAGE : Faut-il taxer les superprofits des banques ? Votez maintenant",
      "Signez la pétition contre la fin du Livret A !",
      "Adhérez dès aujourd'hui et recevez votre carte de membre 2024",
      "Ils veulent supprimer l'argent liquide. Dites NON →"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Argent & Placements",
      "Déjà abonné ? Connectez-vous",
      "Cet article est réservé aux abonnés. 1 € le premier mois, sans engagement.",
      "Vous pouvez vous désinscrire à tout moment via le lien présent dans chaque newsletter."
    ],
    social: [
      "Suivez-nous sur Facebook",
      "Voir cette publication sur Instagram",
      "Une publication partagée par Néobanque Lumo (@lumo.fr)",
      "Partager : Facebook Twitter LinkedIn E-mail"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "En partenariat avec Assurances Mercure"
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous percevons une commission en cas d'achat.",
      "Au lieu de 149 €, à 99 € chez Fnac",
      "Voir l'offre sur Amazon",
      "Comparez les meilleurs taux de crédit immobilier ici →"
    ],
    scam: [
      "Cette astuce que les banquiers détestent vous fait économiser 500 € par mois",
      "Un retraité de Lyon devient riche grâce à cette plateforme crypto",
      "Vous avez droit à un remboursement de votre assurance emprunteur : vérifiez en 30 secondes",
      "Les médecins n'en reviennent pas : il perd 15 kilos sans régime"
    ],
    related: [
      "À lire aussi : Les frais bancaires vont encore augmenter en 2024",
      "LIRE AUSSI - Assurance auto : pourquoi les primes s'envolent",
      "VIDÉO - Arnaque au faux conseiller : comment s'en protéger",
      "Sur le même sujet : La BCE maintient ses taux directeurs"
    ],
    app: [
      "Téléchargez l'application",
      "Écouter cet article",
      "Activer les notifications",
      "Cette vidéo n'est pas disponible"
    ],
    donation: [
      "Soutenez une presse libre et indépendante",
      "Faites un don",
      "Objectif : 5 000 donateurs. Déjà 3 412 !",
      "Votre don est déductible à 66 % de vos impôts"
    ],
    cookie: [
      "Accepter les cookies pour afficher ce contenu",
      "Paramétrer mes choix",
      "Nous et nos 780 partenaires utilisons des cookies ou technologies similaires",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "Concorra a R$ 10 mil! Abra sua conta no Banco Ipê e participe",
      "Use o cupom PIX20 e ganhe 20% de cashback na primeira compra",
      "Aposte R$ 50 e ganhe R$ 200 em apostas grátis. Proibido para menores de 18 anos.",
      "Seguro auto com 30% de desconto só hoje!"
    ],
    political: [
      "ENQUETE: Você é a favor da taxação do Pix? Vote agora",
      "Assine o abaixo-assinado contra o novo imposto sobre a poupança",
      "Doe R$ 10 para a nossa campanha e ajude a mudar o Brasil",
      "Filie-se e receba sua carteirinha oficial de militante"
    ],
    newsletter: [
      "Cadastre-se e receba a newsletter de finanças pessoais",
      "Já é assinante? Faça login",
      "Conteúdo exclusivo para assinantes. Assine por R$ 1,90 no primeiro mês.",
      "Ao se cadastrar, você concorda com nossos Termos de Uso e Política de Privacidade."
    ],
    social: [
      "Siga-nos no Instagram @dinheirohoje",
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Conta Fácil (@contafacil)",
      "Entre no nosso canal do Telegram"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Conteúdo de marca produzido em parceria com a Seguradora Atlântica"
    ],
    affiliate: [
      "Podemos receber comissão pelas compras feitas através dos links desta página.",
      "De R$ 1.299 por R$ 899 na Amazon",
      "Ver preço na loja",
      "Oferta do dia: cartão sem anuidade — peça o seu aqui"
    ],
    scam: [
      "Aposentada de Minas ganha R$ 5 mil por dia com robô de criptomoedas",
      "Bancos odeiam esse truque para zerar as dívidas do cartão",
      "Você tem R$ 2.800 esquecidos no banco! Clique e resgate agora",
      "Os 7 bancos que vão falir em 2024 — o número 3 vai te surpreender"
    ],
    related: [
      "Leia também: Banco Central mantém Selic em 10,50% ao ano",
      "LEIA MAIS - Golpe do Pix: saiba como se proteger",
      "Veja também: Seguro de vida fica mais caro para maiores de 60 anos",
      "Saiba mais: Nubank ultrapassa 100 milhões de clientes"
    ],
    app: [
      "Baixe o nosso app",
      "Ouvir notícia",
      "Ative as notificações e receba alertas do mercado",
      "Vídeo indisponível"
    ],
    donation: [
      "Apoie o jornalismo independente",
      "Seja um apoiador a partir de R$ 10 por mês",
      "Contribua",
      "Já somos 8.500 apoiadores. Meta: 10 mil"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 650 parceiros armazenamos e/ou acedemos a informações num dispositivo",
      "Este conteúdo está bloqueado. Para visualizá-lo, permita cookies de terceiros."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Jetzt 1.000 Euro Startguthaben bei der Nordbank gewinnen!",
      "Mit dem Code NEU50 erhalten Sie 50 € Willkommensbonus",
      "Sportwetten: 100 % Bonus bis 100 € auf Ihre erste Einzahlung. 18+ | AGB gelten",
      "Nur heute: Kfz-Versicherung ab 9,90 € im Monat"
    ],
    political: [
      "UMFRAGE: Soll das Bargeld abgeschafft werden? Jetzt abstimmen!",
      "Unterschreiben Sie jetzt gegen den digitalen Euro!",
      "Werden Sie Mitglied und erhalten Sie Ihren Parteiausweis",
      "Empört über die Bankenrettung? Jetzt 5 € spenden und Druck machen"
    ],
    newsletter: [
      "Jetzt für den Finanz-Newsletter anmelden",
      "Bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus: 4 Wochen für 0,99 €, danach monatlich kündbar",
      "Mit der Anmeldung akzeptieren Sie unsere Datenschutzerklärung. Abmeldung jederzeit möglich."
    ],
    social: [
      "Folgen Sie uns auf Facebook",
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Geldwerk (@geldwerk.de)",
      "Teilen: WhatsApp | Facebook | X | E-Mail"
    ],
    adlabel: [
      "ANZEIGE",
      "Gesponserter Inhalt",
      "Artikel wird nach der Anzeige fortgesetzt",
      "Dieser Beitrag entstand in Kooperation mit der Versicherung Hansa Schutz."
    ],
    affiliate: [
      "Für Links auf dieser Seite erhalten wir ggf. eine Provision vom Händler.",
      "Statt 199 € jetzt 129 € bei MediaMarkt",
      "Preis bei Amazon prüfen",
      "Tagesgeld-Vergleich: Bis zu 3,8 % Zinsen sichern →"
    ],
    scam: [
      "Rentner aus Bayern verdient 4.000 € täglich mit diesem Krypto-Trick",
      "Banken hassen ihn: So werden Sie Ihre Schulden in 30 Tagen los",
      "Ärzte sprachlos: Dieses Mittel lässt Gelenkschmerzen verschwinden",
      "Kreditkarte gesperrt? Jetzt Entschädigung von 750 € beantragen"
    ],
    related: [
      "Lesen Sie auch: EZB senkt erstmals seit 2019 die Leitzinsen",
      "MEHR ZUM THEMA - Wohngebäudeversicherung: Beiträge steigen kräftig",
      "Auch interessant: Die besten kostenlosen Girokonten im Test",
      "VIDEO: So erkennen Sie gefälschte Bank-SMS"
    ],
    app: [
      "Jetzt unsere App herunterladen",
      "Artikel anhören",
      "Push-Benachrichtigungen aktivieren",
      "Dieses Video ist leider nicht mehr verfügbar"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt Mitglied werden",
      "Spenden Sie bereits ab 5 € im Monat",
      "Schon 7.800 von 10.000 Unterstützern – helfen Sie mit!"
    ],
    cookie: [
      "Cookies akzeptieren, um diesen Inhalt zu sehen",
      "Einstellungen verwalten",
      "Wir und unsere 214 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu",
      "Externer Inhalt: Mit dem Laden des Inhalts akzeptieren Sie die Datenschutzerklärung von X."
    ]
  }
};
export const GENUINE = {
  en: [
    "The bank said customers who were overcharged would receive refunds of up to £150 by the end of March.",
    "LONDON (Reuters) - Britain's biggest lenders face a record fine over failures in their anti-money laundering controls.",
    "Updated 14:32",
    "Key points",
    "What we know so far",
    "Additional reporting by Sarah Kim in Singapore",
    "The fintech offers free instant transfers to 30 countries, undercutting high-street banks by as much as 4%.",
    "More than 120,000 people have signed a petition calling on the regulator to ban exit fees on fixed-rate mortgages.",
    "\"Never give your PIN to anyone who calls you, even if they say they are from your bank,\" said Detective Inspector Mark Hale.",
    "Police said the scam, which used fake investment apps, had cost victims an estimated $48 million.",
    "Shares in the insurer fell 12% after it warned that storm claims would wipe out its annual profit.",
    "Analysis",
    "The app, which has 9 million users, went down for six hours on Friday, leaving customers unable to pay for groceries.",
    "Subscriptions to the company's premium tier rose 40% to 2.1 million in the quarter.",
    "A YouGov poll found 61% of adults did not know their bank could refuse a refund for an authorised push payment fraud.",
    "Customers posted screenshots of empty balances on social media, and the hashtag #NovaBankDown trended for most of the morning.",
    "Customers queue outside a branch in Athens during the 2015 capital controls. Photograph: Louisa Gouliamaki/AFP",
    "The competition watchdog said it would examine whether the merger would reduce choice for small business borrowers.",
    "The charity received donations of more than £2m after its founder's appeal went viral.",
    "Winners of this year's British Bank Awards were announced in London on Thursday night.",
    "John Whitmore, who led the building society through the 2008 crisis, has died aged 78.",
    "\"If you are on a standard variable rate, shop around now,\" said Laura Suter, head of personal finance at AJ Bell.",
    "The cashback offer, worth up to £175, will close to new applicants on Friday, the bank confirmed.",
    "The regulator fined the comparison site £1.2m for placing tracking cookies on visitors' devices without consent.",
    "Emma Lloyd is our consumer affairs correspondent. She has covered banking and insurance since 2011.",
    "Premiums for a typical comprehensive car policy now average £924, up 58% on a year earlier, according to the ABI.",
    "The Federal Reserve left rates unchanged at 5.25%-5.5%, as expected.",
    "FRANKFURT (AP) — The European Central Bank raised its key rate by a quarter point on Thursday.",
    "Who is eligible for compensation?",
    "Those affected should contact the Financial Ombudsman Service, which is free to use.",
    "Crypto lender Celsius froze withdrawals in June 2022, trapping the savings of 1.7 million users.",
    "The startup raised $80 million in a Series C round led by Sequoia, valuing it at $1.2 billion.",
    "Arsenal 2-1 Chelsea: the match was the first played under the club's new shirt sponsor, a Dubai-based payments firm.",
    "\"Don't panic and don't click the link,\" the bank told customers in a statement posted on X.",
    "The insurer said it would waive the excess for policyholders whose homes were flooded.",
    "Correction: An earlier version of this article misstated the bank's first-quarter profit as $3.1bn. It was $1.3bn.",
    "The bank apologised and said anyone who missed a payment because of the outage would not be charged a late fee.",
    "Nationwide said it would pay a £100 \"fairer share\" bonus to eligible members for a second year.",
    "A customer uses a contactless card terminal at a market in Nairobi. (Reuters)",
    "The government has launched a free online tool to help people trace lost pension pots."
  ],
  es: [
    "MADRID (EFE) - El Banco Santander obtuvo un beneficio récord de 11.076 millones de euros en 2023.",
    "La entidad devolverá hasta 300 euros a los clientes afectados por el cobro indebido de comisiones.",
    "\"No facilite nunca sus claves por teléfono\", advirtió la Policía Nacional en un comunicado.",
    "Más de 600.000 personas firmaron la petición \"Soy mayor, no idiota\" para exigir atención presencial en las oficinas bancarias.",
    "Claves de la noticia",
    "Actualizado a las 13:45",
    "La aplicación sufrió una caída de cuatro horas que impidió a miles de usuarios hacer pagos con Bizum.",
    "Según una encuesta de la OCU, el 42 % de los asegurados no sabe qué cubre su póliza de hogar.",
    "Con información de Reuters.",
    "La estafa, que utilizaba anuncios falsos en redes sociales, dejó más de 200 víctimas en toda España.",
    "Las aseguradoras pagaron 1.300 millones de euros en indemnizaciones tras la DANA.",
    "En la imagen, una sucursal de CaixaBank en Barcelona. (Foto: Europa Press)",
    "La cuenta no tiene comisiones de mantenimiento y ofrece una remuneración del 2 % durante el primer año.",
    "Fallece a los 84 años Luis Ortega, expresidente de la caja de ahorros."
  ],
  fr: [
    "PARIS (AFP) - BNP Paribas a annoncé jeudi un bénéfice net de 11 milliards d'euros pour 2023.",
    "Les clients lésés pourront obtenir un remboursement intégral, a précisé la banque.",
    "\"Ne communiquez jamais vos codes, même à quelqu'un qui se présente comme votre conseiller\", rappelle la Fédération bancaire française.",
    "Ce qu'il faut retenir",
    "Mis à jour le 12 mars à 16h05",
    "Avec Reuters",
    "Le Livret A restera rémunéré à 3 % jusqu'en janvier 2025.",
    "Selon un sondage Ifop, 58 % des Français se disent inquiets pour leur épargne.",
    "L'application de la néobanque a été indisponible pendant près de cinq heures mardi.",
    "Une pétition en ligne réclamant la gratuité des retraits aux distributeurs a recueilli 80 000 signatures.",
    "L'escroquerie au faux conseiller bancaire a coûté plus de 300 millions d'euros aux victimes en 2022, selon la Banque de France.",
    "Le siège de la Société Générale à La Défense. (AFP)",
    "Les assureurs estiment à 1,5 milliard d'euros le coût des émeutes pour le secteur.",
    "Ancien sous-gouverneur de la Banque de France, il s'est éteint dimanche à l'âge de 81 ans."
  ],
  pt: [
    "SÃO PAULO (Reuters) - O Itaú Unibanco registrou lucro líquido de R$ 9,8 bilhões no trimestre.",
    "O banco informou que vai devolver as tarifas cobradas indevidamente em até 30 dias.",
    "\"Desconfie de qualquer ligação pedindo sua senha\", alertou a Febraban em nota.",
    "Atualizado às 15h20",
    "Entenda o caso",
    "Com informações da Agência Brasil",
    "O Pix é gratuito para pessoas físicas e já responde por mais de 40% das transações no país.",
    "Segundo pesquisa Datafolha, 24% dos brasileiros já caíram em algum golpe financeiro.",
    "O aplicativo ficou fora do ar por cerca de três horas na manhã desta segunda-feira.",
    "A fraude, que usava perfis falsos nas redes sociais, fez mais de 500 vítimas, segundo a Polícia Civil.",
    "As seguradoras pagaram R$ 6 bilhões em indenizações após as enchentes no Rio Grande do Sul.",
    "LISBOA (Lusa) - A Caixa Geral de Depósitos vai isentar de comissões as contas de jovens até aos 25 anos.",
    "Fachada do Banco Central, em Brasília. (Marcelo Camargo/Agência Brasil)",
    "O Flamengo venceu o Palmeiras por 2 a 0 no Maracanã, no primeiro jogo com o novo patrocinador máster, um banco digital."
  ],
  de: [
    "FRANKFURT (dpa) - Die Deutsche Bank hat im ersten Quartal einen Gewinn von 1,3 Milliarden Euro erzielt.",
    "Betroffene Kunden sollen die zu Unrecht erhobenen Gebühren bis Ende Juni erstattet bekommen.",
    "\"Geben Sie niemals Ihre TAN am Telefon heraus\", warnt das Landeskriminalamt.",
    "Das Wichtigste in Kürze",
    "Aktualisiert am 14.03.2024, 11:20 Uhr",
    "Mitarbeit: Anna Berger",
    "Laut einer Umfrage des Bankenverbands zahlen 62 Prozent der Deutschen am liebsten mit Karte.",
    "Die App der Direktbank war am Montag mehrere Stunden nicht erreichbar.",
    "Eine Online-Petition gegen die Schließung der Filiale hat bereits 3.000 Unterschriften gesammelt.",
    "Die Betrüger hatten über gefälschte Anzeigen in sozialen Netzwerken für angebliche Krypto-Investments geworben.",
    "Die Versicherer zahlten nach dem Hochwasser mehr als zwei Milliarden Euro an ihre Kunden aus.",
    "Die Zentrale der Commerzbank in Frankfurt am Main. (Foto: dpa)",
    "Das kostenlose Girokonto gibt es bei vielen Filialbanken kaum noch.",
    "Der frühere Bundesbank-Vizepräsident starb im Alter von 83 Jahren in seiner Heimatstadt."
  ]
};
