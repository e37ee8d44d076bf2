// The probe's 37th batch (run.mjs --batch 37): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "Enter now to win a year of free heating oil — entries close Friday at midnight.",
      "Use code HARVEST25 at checkout for 25% off your first farm-fresh veg box.",
      "New customers only: bet £10 on the county cup final, get £40 in free bets. 18+ T&Cs apply. BeGambleAware.org",
      "CLAIM YOUR FREE SOLAR SURVEY TODAY",
      "Fancy a weekend away? Tell us your favourite market town for a chance to win two nights at The Willowmere Inn.",
      "Limited time: switch to Brightvale Energy before 30 June and we'll credit £75 to your account.",
      "Don't miss out — Ashcombe Steam Rally tickets are 2-for-1 until Sunday with code STEAM2."
    ],
    political: [
      "POLL: Should the Governor be impeached? Vote now and make your voice heard.",
      "Chip in $5 before midnight to stop the radical land grab in Washington.",
      "Sign the petition: Tell Congress to ban electric-vehicle mandates NOW!",
      "Do you approve of the Prime Minister's performance? Yes / No",
      "They want to take your pickup truck. Are you going to let them? Add your name.",
      "Our matching deadline ends tonight — every dollar you give is TRIPLED to defend rural values.",
      "Which party do you trust more on the cost of living? Take our 30-second survey."
    ],
    newsletter: [
      "Get the Valley Ledger Morning Brief in your inbox every weekday — sign up free.",
      "You've read 3 of your 5 free articles this month. Subscribe for unlimited access from £1 a week.",
      "Already a subscriber? Log in to keep reading.",
      "By signing up you agree to our Terms of Use and acknowledge that your information will be used in accordance with our Privacy Policy. You may unsubscribe at any time.",
      "Farm Gate Weekly: market prices, weather and the stories that matter to growers. Enter your email",
      "Thanks for signing up! Check your inbox to confirm your subscription.",
      "This article is for subscribers only. Start your 30-day trial for just 99p."
    ],
    social: [
      "Follow the Harrowby Herald on Facebook for the latest from around the district.",
      "View this post on Instagram",
      "Share this article: Facebook Twitter WhatsApp Email",
      "Join our Commuter Updates WhatsApp group to get rail and bus disruption alerts first.",
      "A post shared by Dunmore Young Farmers (@dunmoreyfc)",
      "Got a story? Message us on X @NorthShireNews or tag us in your photos.",
      "Like this? give us a thumbs up and hit subscribe on our YouTube channel"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below",
      "Sponsored content from Greenfield Turbines Ltd",
      "This article was produced in partnership with the Western Grain Council. The newsroom was not involved in its creation.",
      "Scroll to continue with content",
      "Ad",
      "Paid Post · Presented by Tillmark Agricultural Finance"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Ridgeline 2000W portable power station — was £899, now £649 at Voltaro. Shop now",
      "Best deals on heated gilets this week: from $39.99 at FieldWorks",
      "Our pick: the Harlow Pro log splitter, £279 at Barnstock. Check price",
      "Prices were correct at the time of publication but may change.",
      "Shop the look: waxed jacket £145, wellies £38, all at Countrywise.",
      "Save 30% on e-bike conversion kits with our exclusive link."
    ],
    scam: [
      "Doctors stunned: pensioner's 10-second trick wipes out knee pain overnight",
      "Farmer discovers £1,200-a-day side income — banks furious",
      "Electricity companies hate this simple plug-in device that cuts bills by 90%",
      "Invest £250 with Bitcoin Prime and earn up to £4,000 a week from home. Register now",
      "Celebrities who lost everything — number 7 will shock you",
      "Homeowners in Yorkshire are getting solar panels for FREE thanks to this new scheme (check eligibility)",
      "One weird kitchen spice melts belly fat while you sleep"
    ],
    related: [
      "Read more: Bypass plans back on the table after council U-turn",
      "ALSO READ - Bus route 47 to be axed from September",
      "Related: Wind farm developer fined over bird deaths",
      "WATCH: Tractor convoy brings town centre to a standstill",
      "More from Farming: Milk price rise welcomed by dairy producers",
      "MORE: Eight villages still without power after storm",
      "Most read - Village pub named best in the county"
    ],
    app: [
      "Listen to this article",
      "Download the Coastline News app for breaking alerts from your town.",
      "Open in app",
      "Turn on notifications to never miss a road closure update.",
      "Video unavailable. This video is not available in your country.",
      "Your browser does not support the audio element.",
      "Get the app — read offline, save stories and get live traffic updates. Available on iOS and Android."
    ],
    donation: [
      "Support independent local journalism. Donate today.",
      "If you value our coverage of rural communities, please consider becoming a member from just £3 a month.",
      "Donate",
      "Reporting like this costs money. The Fenland Voice is reader-funded — can you chip in?",
      "Become a Friend of the Gazette and help keep local news free for everyone.",
      "We don't have a paywall. We rely on readers like you. Give once or monthly.",
      "Make a one-off contribution of $10, $25 or any amount."
    ],
    cookie: [
      "This content is blocked. Accept cookies to view it.",
      "Manage preferences",
      "We use cookies to improve your experience. By continuing to browse you agree to our use of cookies.",
      "To view this map, please enable functional cookies in your privacy settings.",
      "Accept all | Reject all | Cookie settings",
      "You have chosen not to accept social media cookies. Click here to update your preferences.",
      "We and our 143 partners store and access information on your device."
    ]
  },
  es: {
    promo: [
      "¡Participa y gana una bicicleta eléctrica! Sorteo válido hasta el 30 de junio.",
      "Usa el código RUTA15 y consigue un 15 % de descuento en tu próximo billete de autobús.",
      "Apuesta 10 € y llévate 50 € en apuestas gratis. Solo nuevos clientes. +18. Juega con responsabilidad.",
      "Pide ya tu presupuesto gratuito de placas solares y ahorra hasta un 70 % en la factura de la luz"
    ],
    political: [
      "ENCUESTA: ¿Debe dimitir el presidente del Gobierno? Vota ahora",
      "Firma ya: exige al Congreso que baje los impuestos a los autónomos",
      "¿Estás harto de que te tomen el pelo? Únete al movimiento que está cambiando España.",
      "Colabora con 5 € y ayúdanos a frenar la agenda de la izquierda"
    ],
    newsletter: [
      "Suscríbete a nuestro boletín y recibe cada mañana las noticias de la comarca.",
      "Has agotado tus 10 artículos gratuitos de este mes. Suscríbete por 1 € el primer mes.",
      "¿Ya eres suscriptor? Inicia sesión",
      "Al registrarte aceptas los términos de uso y la política de privacidad. Puedes darte de baja en cualquier momento."
    ],
    social: [
      "Síguenos en Instagram y Facebook para no perderte nada de lo que pasa en tu pueblo.",
      "Ver esta publicación en Instagram",
      "Únete a nuestro canal de WhatsApp",
      "Comparte esta noticia: Facebook | X | WhatsApp | Telegram"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado por Agrovial Seguros",
      "La noticia continúa tras la publicidad",
      "Este contenido ha sido elaborado por nuestro departamento comercial en colaboración con la marca."
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliados: si compras a través de ellos, podemos recibir una comisión.",
      "Oferta: estufa de pellets Calorix 9 kW por 549 € (antes 699 €) en Brasamart. Ver oferta",
      "Cómpralo aquí al mejor precio",
      "Los precios y la disponibilidad pueden variar desde la fecha de publicación."
    ],
    scam: [
      "Los médicos no dan crédito: este remedio casero acaba con el dolor de rodillas en días",
      "Un agricultor de Jaén gana 3.000 € al mes desde casa con este método y los bancos lo odian",
      "Invierte 250 € en criptomonedas y multiplica tus ahorros. Plazas limitadas",
      "Las eléctricas no quieren que sepas este truco para pagar la mitad de luz"
    ],
    related: [
      "Lee también: La Junta aprueba el nuevo trazado de la autovía del Olivar",
      "MÁS INFORMACIÓN - Los regantes del Segura piden más agua para el verano",
      "Relacionado: Cierra la última sucursal bancaria de Villanueva del Campo",
      "VÍDEO: Así ha quedado la carretera tras el desprendimiento"
    ],
    app: [
      "Escuchar noticia",
      "Descárgate nuestra app y recibe alertas de última hora de tu provincia.",
      "Activa las notificaciones para enterarte antes que nadie.",
      "Tu navegador no es compatible con la reproducción de este vídeo."
    ],
    donation: [
      "Apoya el periodismo local independiente. Hazte socio desde 3 € al mes.",
      "Este periódico se sostiene gracias a sus lectores. Colabora con nosotros.",
      "Haz una donación",
      "Si te ha gustado esta información, ayúdanos a seguir contándote lo que pasa en la comarca."
    ],
    cookie: [
      "Este contenido está bloqueado. Acepta las cookies para verlo.",
      "Configurar cookies",
      "Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.",
      "Aceptar y continuar · Rechazar · Más opciones"
    ]
  },
  fr: {
    promo: [
      "Jeu-concours : tentez de gagner un an d'électricité offerte ! Participation avant le 15 mars.",
      "Code promo TERROIR10 : -10 % sur votre premier panier de producteurs locaux",
      "Pariez 10 € et recevez 100 € en freebets. Jouer comporte des risques : endettement, dépendance… Appelez le 09 74 75 13 13.",
      "Profitez-en vite : votre pompe à chaleur à 1 € avec Thermiflex, offre réservée aux propriétaires !"
    ],
    political: [
      "SONDAGE – Faut-il dissoudre l'Assemblée nationale ? Votez !",
      "Signez la pétition pour dire NON à la hausse des taxes sur les carburants !",
      "Ils veulent interdire votre voiture diesel. Vous allez les laisser faire ?",
      "Faites un don de 10 € pour soutenir notre combat pour la France des territoires."
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actu de votre département.",
      "Cet article est réservé aux abonnés. Déjà abonné ? Se connecter",
      "Offre découverte : 1 € le premier mois, sans engagement.",
      "Vous pouvez vous désinscrire à tout moment via le lien en bas de nos e-mails. En savoir plus sur la gestion de vos données."
    ],
    social: [
      "Suivez-nous sur Facebook et Instagram pour ne rien rater de l'actualité du Pays de Caux.",
      "Voir cette publication sur Instagram",
      "Partager : Facebook · X · LinkedIn · E-mail",
      "Rejoignez notre chaîne WhatsApp « Infos Trafic 72 »"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé par Agrilis Énergies",
      "La suite après cette publicité",
      "Cet article a été réalisé pour le compte de notre partenaire. La rédaction n'a pas participé à sa réalisation."
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission en cas d'achat.",
      "Le poêle à granulés Flamméo 8 kW passe à 899 € au lieu de 1 199 € chez BricoVal. J'en profite",
      "Voir l'offre",
      "Prix constatés au moment de la rédaction, susceptibles d'évoluer."
    ],
    scam: [
      "Un retraité de la Creuse a trouvé l'astuce pour ne plus payer son électricité, les fournisseurs sont furieux",
      "Les médecins n'en reviennent pas : ce mélange de cuisine soulage l'arthrose en 7 jours",
      "Gagnez jusqu'à 3 000 € par semaine grâce à ce nouveau placement crypto « validé par un ministre »",
      "Voici pourquoi tout le monde se rue sur cette isolation à 1 € (éligibilité en 30 secondes)"
    ],
    related: [
      "À lire aussi : La ligne TER Limoges–Poitiers fermée tout l'été pour travaux",
      "LIRE AUSSI - Sécheresse : les agriculteurs de l'Indre autorisés à irriguer la nuit",
      "VIDÉO - Les images du convoi de tracteurs sur la rocade",
      "Sur le même sujet : Éoliennes en mer : le tribunal rejette le recours des pêcheurs"
    ],
    app: [
      "Écouter cet article",
      "Téléchargez l'application La Gazette du Bocage et recevez nos alertes en temps réel.",
      "Activez les notifications pour être prévenu des coupures de route.",
      "Cette vidéo n'est pas disponible. Votre navigateur ne prend pas en charge la lecture."
    ],
    donation: [
      "Soutenez une presse locale libre et indépendante : faites un don.",
      "Devenez membre de notre association de lecteurs à partir de 5 € par mois.",
      "Faire un don",
      "Notre journal n'a ni publicité ni actionnaire. Il ne vit que grâce à vous."
    ],
    cookie: [
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies. Cliquez ici pour modifier vos préférences.",
      "Paramétrer les cookies",
      "Tout accepter / Continuer sans accepter",
      "Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations sur votre appareil."
    ]
  },
  pt: {
    promo: [
      "Participe e concorra a um kit de energia solar para a sua casa! Inscrições até sexta-feira.",
      "Use o cupom CAMPO20 e ganhe 20% de desconto na primeira compra.",
      "Aposte R$ 20 e ganhe R$ 100 em bônus. Jogue com responsabilidade. +18",
      "Garanta já o seu desconto de 30% na conta de luz — é só clicar e simular grátis!"
    ],
    political: [
      "ENQUETE: Você aprova o governo? Vote agora!",
      "Assine o abaixo-assinado contra o aumento do imposto sobre os combustíveis!",
      "Eles querem acabar com o agronegócio. Você vai ficar calado?",
      "Contribua com R$ 10 e ajude a defender a liberdade no Brasil."
    ],
    newsletter: [
      "Receba as principais notícias da região no seu e-mail. Cadastre-se gratuitamente.",
      "Você atingiu o limite de 5 reportagens gratuitas. Assine por R$ 1,90 no primeiro mês.",
      "Já é assinante? Faça login",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Siga o Jornal do Vale no Instagram e no Facebook.",
      "Ver essa foto no Instagram",
      "Entre no nosso canal do WhatsApp e receba as notícias do dia.",
      "Compartilhe: WhatsApp · Facebook · X · Telegram"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado por Cooperativa Agromais",
      "Continua depois da publicidade",
      "Este conteúdo foi produzido pelo Estúdio de Marcas, sem participação da Redação."
    ],
    affiliate: [
      "Podemos receber uma comissão por compras feitas através dos links desta página.",
      "Gerador a diesel Potenza 5kVA por R$ 3.499 na LojaRural — confira a oferta",
      "Compre agora com frete grátis",
      "Os preços e a disponibilidade dos produtos podem mudar sem aviso prévio."
    ],
    scam: [
      "Médicos ficam chocados: aposentado de Goiás elimina dor nas articulações com receita caseira",
      "Mãe de Londrina fatura R$ 8 mil por mês com método simples; bancos tentam esconder",
      "Investimento secreto em bitcoin rende 300% em uma semana — cadastre-se antes que saia do ar",
      "Truque que as distribuidoras de energia não querem que você saiba corta a conta pela metade"
    ],
    related: [
      "Leia também: Ponte sobre o rio Pardo será liberada na próxima semana",
      "LEIA MAIS - Safra de café deve ser 12% maior no Sul de Minas",
      "Relacionadas: Greve de caminhoneiros afeta abastecimento em cidades do interior",
      "VÍDEO: Temporal derruba árvores e deixa bairros sem luz em Itapeva"
    ],
    app: [
      "Ouvir esta notícia",
      "Baixe o app do Diário do Oeste e receba alertas no celular.",
      "Ative as notificações e fique por dentro das últimas notícias.",
      "Vídeo indisponível. Este vídeo não está disponível no seu país."
    ],
    donation: [
      "Apoie o jornalismo independente do interior. Seja um apoiador a partir de R$ 10 por mês.",
      "Faça um Pix de qualquer valor e ajude a manter esta reportagem gratuita.",
      "Doar",
      "O nosso jornal é financiado pelos leitores. Contribua hoje."
    ],
    cookie: [
      "Este conteúdo está bloqueado. Aceite os cookies para visualizá-lo.",
      "Gerir preferências",
      "Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
      "Aceitar todos | Rejeitar | Personalizar"
    ]
  },
  de: {
    promo: [
      "Jetzt mitmachen und ein E-Bike im Wert von 2.500 € gewinnen!",
      "Mit dem Code STROM15 sparen Sie 15 % auf Ihren ersten Monatsabschlag.",
      "100 € Neukundenbonus auf Ihre erste Sportwette sichern. 18+ | Glücksspiel kann süchtig machen. AGB gelten.",
      "Nur noch heute: Gratis-Solarcheck für Ihr Dach anfordern!"
    ],
    political: [
      "UMFRAGE: Sollte die Bundesregierung sofort zurücktreten? Jetzt abstimmen!",
      "Petition unterschreiben: Stoppt das Heizungsverbot!",
      "Die da oben wollen Ihnen das Auto wegnehmen. Wehren Sie sich jetzt!",
      "Spenden Sie jetzt 10 € für unsere Kampagne gegen die Berliner Bevormundung."
    ],
    newsletter: [
      "Jetzt den Newsletter „Heimatblick am Morgen“ abonnieren – kostenlos und jederzeit kündbar.",
      "Sie haben diesen Monat bereits 3 kostenlose Artikel gelesen. Jetzt 4 Wochen für 0,99 € testen.",
      "Bereits Abonnent? Hier anmelden",
      "Mit Ihrer Anmeldung erklären Sie sich mit unseren Datenschutzhinweisen einverstanden. Eine Abmeldung ist jederzeit möglich."
    ],
    social: [
      "Folgen Sie uns auf Instagram und Facebook, um nichts aus Ihrer Region zu verpassen.",
      "Diesen Beitrag auf Instagram ansehen",
      "Teilen: Facebook | WhatsApp | X | E-Mail",
      "Jetzt unserem WhatsApp-Kanal beitreten!"
    ],
    adlabel: [
      "ANZEIGE",
      "Weiterlesen nach der Anzeige",
      "Gesponserter Inhalt von Agrarwerk Nord",
      "Dieser Text entstand in Zusammenarbeit mit unserem Werbepartner. Die Redaktion war nicht beteiligt."
    ],
    affiliate: [
      "Wenn Sie über diese Links einkaufen, erhalten wir eine kleine Provision. Für Sie ändert sich am Preis nichts.",
      "Balkonkraftwerk Sonnwerk 800 für 349 € statt 499 € bei Voltmarkt – jetzt zugreifen",
      "Preise inkl. MwSt., zzgl. Versand. Stand: heute, 10:00 Uhr",
      "Hier geht's zum Angebot"
    ],
    scam: [
      "Ärzte sprachlos: Rentner aus Bayern bekämpft Gelenkschmerzen mit diesem Hausmittel",
      "Stromanbieter hassen diesen Trick: So halbieren Sie Ihre Stromrechnung",
      "Landwirt verdient 2.000 € am Tag mit Bitcoin – Banken wollen es verbieten",
      "Wer diese alte 2-Euro-Münze im Portemonnaie hat, kann plötzlich reich sein"
    ],
    related: [
      "Lesen Sie auch: Neue Ortsumgehung soll 2027 fertig sein",
      "MEHR ZUM THEMA - Bauern protestieren mit Traktoren vor dem Landratsamt",
      "Auch interessant: Letzter Bäcker im Dorf schließt nach 90 Jahren",
      "VIDEO: Hochwasser an der Mosel – so ist die Lage in Cochem"
    ],
    app: [
      "Artikel vorlesen lassen",
      "Jetzt die neue App herunterladen und Eilmeldungen direkt aufs Handy bekommen.",
      "Push-Benachrichtigungen aktivieren",
      "Dieses Video kann in Ihrem Browser leider nicht abgespielt werden."
    ],
    donation: [
      "Unabhängiger Lokaljournalismus kostet Geld. Unterstützen Sie uns mit einem freiwilligen Beitrag.",
      "Jetzt unterstützen",
      "Werden Sie Fördermitglied – schon ab 5 € im Monat.",
      "Gefällt Ihnen dieser Artikel? Dann zeigen Sie es uns mit einer Spende per PayPal."
    ],
    cookie: [
      "An dieser Stelle finden Sie einen externen Inhalt, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen und wieder ausblenden.",
      "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden.",
      "Cookie-Einstellungen",
      "Alle akzeptieren | Nur notwendige Cookies"
    ]
  }
};
export const GENUINE = {
  en: [
    "Trading Standards said it had received more than 60 complaints about cold callers offering 'free' solar panels to pensioners in the area.",
    "Police urged residents never to hand over bank details on the doorstep and to report suspicious callers to Action Fraud.",
    "A petition calling for the branch line to reopen has gathered more than 4,000 signatures, according to organisers.",
    "“Sign up to the scheme now, before the grant money runs out,” the council's energy officer told the meeting.",
    "Reporting by Tom Ellery; editing by Sarah Quinn",
    "ABERYSTWYTH, Wales (Reuters) - Sheep farmers in mid-Wales say lamb prices have fallen to their lowest level in five years.",
    "What we know",
    "Analysis",
    "Updated 14:32 BST, 3 March",
    "Wholesale gas prices fell 12% over the week, but suppliers said household bills would not come down until the next price cap in July.",
    "The bus company said passengers could download its new app to buy tickets, though paper tickets will still be sold on board.",
    "Diesel averaged 152.4p a litre at rural forecourts, roughly 4p more than in towns.",
    "Bookmakers had made Ledbury Town 5/1 outsiders before kick-off.",
    "Ledbury Town 2 Fownhope 1",
    "The food bank said donations had fallen by a third since Christmas and appealed for tinned vegetables and pasta.",
    "The parish council posted the consultation on its Facebook page, where it drew more than 300 comments within a day.",
    "Combine harvesters at work near Market Rasen on Tuesday. Photo: Jane Pryor",
    "Jane Hollis covers agriculture and the rural economy for the Mercia Gazette. She grew up on a dairy farm in Shropshire.",
    "The advertising campaign, which ran on local radio, encouraged drivers to switch off their engines while waiting at level crossings.",
    "Under the new rules, dealers selling farm machinery online must display the full price including VAT.",
    "Share offers in the community energy co-operative opened in May, with members able to invest from £50.",
    "Milk processors will pay 38p per litre from April, up 1.5p, the company confirmed.",
    "Follow-up inspections found no further leaks, the Environment Agency said.",
    "The scam texts claimed to come from the DVLA and asked drivers to 'verify' their vehicle tax by clicking a link.",
    "“We're asking everyone to share the flood warnings with elderly neighbours who may not be online,” said Cllr Amrit Dhaliwal.",
    "Farmers can apply for the hedgerow payment online until 31 October.",
    "The full report is due to be published on the council's website next month.",
    "Train operator ConnectWest said it would refund season-ticket holders for the 11 days of cancellations.",
    "Key points",
    "Correction: An earlier version of this article gave the wrong date for the public meeting. It will be held on 12 June.",
    "About 2,300 homes in the valley were still without power on Sunday evening, the network operator said.",
    "The biscuit and cookie factory on Mill Lane, which employs 140 people, will switch to a heat pump system next year.",
    "Mountain rescue volunteers advised walkers to keep a location app on their phones so crews can find them quickly.",
    "Free parking will be offered in all council car parks on the four Saturdays before Christmas.",
    "Feed wheat traded at £178 a tonne on Friday, down from £240 a year ago.",
    "She said the village had raised £18,000 through a crowdfunding page to buy the shop and run it as a co-operative.",
    "The broadband provider blamed the outage on a severed cable near the A49.",
    "Additional reporting by PA Media",
    "Some growers have turned to social media to sell surplus vegetables directly to customers.",
    "The meeting, which was streamed live on YouTube, lasted more than four hours."
  ],
  es: [
    "La Guardia Civil ha alertado de una estafa telefónica en la que falsos técnicos ofrecen revisar gratis los contadores de la luz a vecinos mayores.",
    "«Que nadie abra la puerta a desconocidos que digan venir de la compañía eléctrica», ha insistido el alcalde.",
    "El precio del gasóleo agrícola ha subido un 8 % desde enero, según los datos de la organización agraria.",
    "Más de 2.500 vecinos han firmado en Change.org para pedir que se mantenga la parada del tren en Alcolea.",
    "Qué sabemos hasta ahora",
    "Actualizado a las 13:45 h",
    "TERUEL, 12 (EUROPA PRESS)",
    "El Ayuntamiento ha habilitado una aplicación móvil para consultar en tiempo real los horarios del autobús urbano.",
    "La cooperativa pagará el aceite a 4,20 € el kilo, treinta céntimos más que la pasada campaña.",
    "CD Villaverde 1 - UD Almarza 3",
    "Tractores cortan la N-420 a su paso por Montalbán. (Foto: Ana Lasheras)",
    "¿Por qué sube el precio de la luz en verano?",
    "La campaña publicitaria de la Diputación anima a comprar en el comercio de proximidad.",
    "Los interesados pueden solicitar las ayudas para instalar placas solares en la sede electrónica hasta el 15 de noviembre."
  ],
  fr: [
    "La gendarmerie met en garde contre des démarcheurs qui se présentent comme mandatés par la mairie pour vendre des panneaux solaires.",
    "« N'hésitez pas à signaler tout appel suspect au 17 », insiste le commandant de brigade.",
    "Le gazole non routier a atteint 1,28 € le litre en février, selon la chambre d'agriculture.",
    "Guéret (AFP) - Plusieurs centaines d'agriculteurs ont bloqué mardi l'entrée de la préfecture de la Creuse.",
    "Ce que l'on sait",
    "Mis à jour le 14/03 à 18h05",
    "Une pétition en ligne réclamant le maintien de la gare de Saint-Aignan a déjà recueilli 3 200 signatures.",
    "La communauté de communes a lancé une application pour réserver le transport à la demande.",
    "Le lait sera payé 470 € les 1 000 litres au deuxième trimestre, annonce la laiterie.",
    "FC Bocage 2-1 US Montreuil",
    "Vue aérienne du parc éolien de la Haute-Lande. © Julien Marty",
    "Les Restos du cœur ont reçu plus de deux tonnes de pommes de terre données par les producteurs du secteur.",
    "L'abonnement mensuel au réseau de bus intercommunal passera à 15 € dès septembre.",
    "Par Claire Vasseur, correspondante à Aurillac"
  ],
  pt: [
    "A Polícia Civil alerta para um golpe em que criminosos se passam por funcionários da distribuidora de energia e cobram por uma falsa vistoria.",
    "“Não façam nenhum Pix sem confirmar com a empresa”, orientou o delegado.",
    "O preço do diesel subiu 6,5% nos postos do interior paulista em março, segundo a ANP.",
    "A saca de 60 kg de soja fechou a R$ 128,50 em Rio Verde nesta sexta-feira.",
    "O que se sabe até agora",
    "Atualizado às 16h20",
    "Viseu, 14 mar (Lusa) - Os produtores de castanha do distrito estimam perdas de 40% devido à seca.",
    "Um abaixo-assinado pedindo a volta do trem de passageiros já reúne mais de 6 mil assinaturas.",
    "A prefeitura lançou um aplicativo para acompanhar em tempo real os ônibus da linha rural.",
    "Colheita de cana em Sertãozinho (SP) — Foto: Marcos Ribeiro/Arquivo",
    "A campanha de doação de agasalhos arrecadou 3 mil peças em Lages, segundo a Defesa Civil.",
    "Guarani 2 x 1 Ferroviária",
    "Os interessados podem se inscrever no programa de energia solar para pequenos produtores pelo site do governo estadual até 30 de abril.",
    "Com colaboração de Ana Paula Souza, de Chapecó"
  ],
  de: [
    "Die Polizei warnt vor falschen Stromablesern, die sich derzeit im Landkreis Zugang zu Wohnungen verschaffen wollen.",
    "„Lassen Sie niemanden ins Haus, der sich nicht ausweisen kann“, rät ein Sprecher der Polizeiinspektion.",
    "Der Liter Diesel kostete am Montag im Schnitt 1,68 Euro, teilte der ADAC mit.",
    "Was wir wissen",
    "Aktualisiert am 12.04.2024, 15:40 Uhr",
    "HANNOVER (dpa/lni) - Die Milchbauern in Niedersachsen bekommen wieder mehr Geld für ihre Milch.",
    "Eine Online-Petition für den Erhalt der Bahnstrecke haben bereits mehr als 5.000 Menschen unterschrieben.",
    "Fahrgäste können ihr Deutschlandticket künftig auch über die App des Verkehrsverbunds kaufen.",
    "Die Molkerei zahlt ab Mai 45 Cent je Kilogramm Milch, einen Cent mehr als bisher.",
    "SV Eichenau – TSV Gernsheim 2:1",
    "Windräder bei Wittmund. Foto: Heike Brandt",
    "Die Tafel im Ort ist auf Spenden angewiesen: Derzeit fehlen vor allem haltbare Lebensmittel.",
    "Von unserer Redakteurin Katrin Mahler",
    "Wer einen Zuschuss für die Wallbox beantragen will, muss das bis Ende Juni online bei der Stadt tun."
  ]
};
