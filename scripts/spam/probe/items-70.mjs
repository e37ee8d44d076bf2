// The probe's 70th batch (run.mjs --batch 70): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a week in Chamonix for two — enter our Alpine Escape competition before midnight Sunday",
      "Use code POWDER25 for 25% off your first lift pass booking at SnowTrek.com",
      "Claim your free ski-tuning voucher now →",
      "BET £10 ON THE WORLD CUP DOWNHILL, GET £30 IN FREE BETS. 18+ T&Cs apply. BeGambleAware.org",
      "Giveaway: we've got five pairs of Vertex Carbon goggles to give away. Tag a friend to enter!",
      "Limited offer: season pass from just $399 — ends Friday",
      "Enter now"
    ],
    political: [
      "POLL: Should the president be impeached? Vote now and make your voice heard",
      "Chip in $5 before midnight to stop the radical left's war on our public lands",
      "Sign the petition: Tell Congress to defend the Second Amendment today",
      "Are you with us? Claim your official 2024 Patriot Membership Card",
      "OUTRAGE: Socialist mayor bans Christmas — add your name if you're furious",
      "Donate to the campaign — every dollar is MATCHED 5X until midnight!",
      "Do you approve of the job the Prime Minister is doing? YES / NO"
    ],
    newsletter: [
      "Sign up for our free Powder Report newsletter and get snow forecasts in your inbox every Friday",
      "Already a subscriber? Log in",
      "You've reached your limit of 3 free articles this month. Subscribe for just $1 a week.",
      "By signing up, you agree to our Terms of Use and acknowledge our Privacy Policy. You may unsubscribe at any time.",
      "Get the Summit Dispatch — the best of our mountaineering coverage, delivered weekly",
      "Enter your email",
      "This article is for subscribers only. Unlock unlimited access today."
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Alpine Freeride Crew (@alpinefreeridecrew)",
      "Follow us on X @SnowDeskNews for live updates from the slopes",
      "Share this article on Facebook",
      "Join our Facebook group Backcountry Skiers UK — 40,000 members and counting",
      "Like us on Facebook",
      "Watch on TikTok"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored content: This article was produced in partnership with Glacier Peak Resorts",
      "Paid post",
      "Promoted by Nordhang Outerwear",
      "The editorial team was not involved in the creation of this content.",
      "Ad - scroll to continue with content"
    ],
    affiliate: [
      "We may earn a commission if you buy something through links in this article.",
      "Was £249.99, now £179 at PisteGear",
      "Check price on Amazon",
      "BUY IT: Helix Pro avalanche transceiver, $339 at SummitSupply",
      "Deal: 30% off Frostline merino base layers — today only",
      "Prices correct at time of publication.",
      "Shop now at Alpenworks →"
    ],
    scam: [
      "Doctors stunned: this 1 simple trick fixes bad knees overnight — skiers are ditching surgery",
      "Olympic snowboarder reveals how he made $27,000 a week with this crypto app",
      "You won't believe what these 1980s ski stars look like now — number 7 will shock you",
      "Residents over 55 are claiming a $3,400 winter heating refund. See if you qualify",
      "One weird trick to burn belly fat before ski season (do this every morning)",
      "Bitcoin Trader: Elon Musk's new platform turns $250 into $8,000. Register now",
      "Mountain guide's secret: the tea that reverses altitude sickness"
    ],
    related: [
      "Read more: Avalanche kills two ski tourers near Davos",
      "RELATED: Everest permit fees to rise for the first time in a decade",
      "ALSO READ - Best budget ski resorts in Europe for families",
      "WATCH: Snowboarder lands first-ever quad cork 1800 in competition",
      "More from Sport: Man City held to draw at Brentford",
      "Recommended: Why lift ticket prices keep climbing",
      "You might also like - The climbers racing to clean up K2's base camp"
    ],
    app: [
      "Download our app for live snow reports and breaking news alerts",
      "Open in app",
      "Listen to this article",
      "0:00 / 3:21",
      "Video unavailable",
      "Turn on notifications so you never miss a story",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism. Become a member from £5 a month.",
      "Donate",
      "We've raised $68,420 of our $100,000 goal — help us get to the summit",
      "Independent mountain journalism depends on readers like you. Make a contribution today.",
      "Become a member",
      "If you value this reporting, please consider supporting us with a one-time gift of any size.",
      "Our readers keep this site free for everyone. Thank you."
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This content is hosted by a third party. To view it, please allow social media cookies.",
      "Reject all",
      "YouTube content blocked. Click here to change your consent settings.",
      "By clicking \"Accept all\", you agree to the storing of cookies on your device."
    ]
  },
  es: {
    promo: [
      "SORTEO: gana un forfait de temporada para Sierra Nevada. Participa antes del domingo",
      "Usa el código NIEVE15 y consigue un 15% de descuento en tu alquiler de esquís",
      "¡Llévate gratis tu primer mes en EsquíClub!",
      "APUESTA 10 € AL SLALOM Y TE REGALAMOS 50 € EN APUESTAS GRATIS. +18. Juega con responsabilidad"
    ],
    political: [
      "ENCUESTA: ¿Debe dimitir el presidente del Gobierno? Vota ahora",
      "Firma la petición para frenar la reforma que nos roba nuestras pensiones",
      "Hazte afiliado y recibe tu carné oficial del partido",
      "¡Indignante! Mira lo que ha votado la oposición y comparte si estás harto"
    ],
    newsletter: [
      "Suscríbete a nuestro boletín de nieve y recibe el parte cada viernes",
      "¿Ya eres suscriptor? Inicia sesión",
      "Has agotado tus artículos gratuitos de este mes. Suscríbete por 1 € el primer mes",
      "Al registrarte aceptas nuestras condiciones de uso y la política de privacidad."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Pirineo Freeride (@pirineofreeride)",
      "Síguenos en X: @NieveDiario",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "La noticia continúa tras la publicidad",
      "Ofrecido por Cumbre Outdoor"
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliados: podemos recibir una comisión por tus compras.",
      "Antes 189,99 €, ahora 129 € en Amazon",
      "Ver precio en Amazon",
      "CÓMPRALO AQUÍ: casco Altamira Pro, 89 € en MontañaShop"
    ],
    scam: [
      "Los médicos no se lo explican: este remedio casero acaba con el dolor de rodilla en días",
      "Un esquiador de Jaca gana 3.000 € al día con este truco de criptomonedas",
      "Así están hoy las estrellas del esquí de los 90. La número 5 te sorprenderá",
      "Hacienda devuelve 600 € a los mayores de 60: comprueba si te corresponde"
    ],
    related: [
      "Leer más: Muere un montañero al caer por una cornisa en Picos de Europa",
      "TE PUEDE INTERESAR - Las estaciones de esquí más baratas de España",
      "Lea también: Baqueira abre la temporada con 150 kilómetros esquiables",
      "MÁS INFORMACIÓN: El Real Madrid remonta ante el Betis en el último minuto"
    ],
    app: [
      "Descarga nuestra app y recibe las alertas de última hora",
      "Escuchar noticia",
      "Activa las notificaciones",
      "00:00 / 02:47"
    ],
    donation: [
      "Apoya el periodismo independiente. Hazte socio",
      "Colabora",
      "Con tu aportación mantenemos esta información en abierto. Gracias.",
      "Llevamos 12.300 socios. Ayúdanos a llegar a 15.000"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 214 socios almacenamos o accedemos a información en un dispositivo",
      "Este contenido de YouTube está bloqueado por tu configuración de privacidad."
    ]
  },
  fr: {
    promo: [
      "JEU CONCOURS : gagnez un séjour d'une semaine à Val Thorens pour 4 personnes",
      "Code promo GLISSE20 : -20 % sur votre forfait en ligne",
      "Recevez gratuitement votre bonnet collector, il suffit de vous inscrire !",
      "Pariez 10 € sur la Coupe du monde, on vous rembourse jusqu'à 100 € en freebets"
    ],
    political: [
      "SONDAGE : Faut-il dissoudre l'Assemblée nationale ? Votez maintenant",
      "Signez la pétition contre la hausse de la taxe foncière !",
      "Adhérez dès aujourd'hui et recevez votre carte de membre 2025",
      "Scandale : ce que le gouvernement vous cache. Partagez si vous êtes indigné"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Neige & Montagne",
      "Déjà abonné ? Se connecter",
      "Cet article est réservé aux abonnés. Profitez de l'offre à 1 € le premier mois.",
      "Vos données sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Les Chamoniards (@leschamoniards)",
      "Suivez-nous sur Facebook",
      "Rejoignez notre chaîne WhatsApp pour ne rien rater"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Ce contenu a été réalisé par notre partenaire Altigliss, sans la participation de la rédaction."
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission.",
      "Au lieu de 299 €, à 199 € chez Sportalpe",
      "Voir l'offre sur Amazon",
      "BON PLAN : les skis Ridgeline 88 à -35 % aujourd'hui seulement"
    ],
    scam: [
      "Les médecins sont sidérés : cette astuce soulage les genoux en 7 jours",
      "Ce moniteur de ski gagne 4 000 € par semaine grâce à cette plateforme crypto",
      "Les stars du ski des années 80 aujourd'hui : la n°6 est méconnaissable",
      "Vous avez plus de 60 ans ? Réclamez votre chèque énergie de 450 € avant la fin du mois"
    ],
    related: [
      "LIRE AUSSI : Avalanche dans les Alpes : deux skieurs de randonnée emportés",
      "À lire aussi - Les stations de ski face au manque de neige",
      "VIDÉO. Un snowboardeur filme sa chute dans une crevasse",
      "Sur le même sujet : Le PSG s'impose à Lens dans la douleur"
    ],
    app: [
      "Téléchargez l'application pour recevoir nos alertes",
      "Écouter cet article",
      "Ouvrir dans l'application",
      "Cette vidéo n'est pas disponible"
    ],
    donation: [
      "Soutenez une information indépendante : faites un don",
      "Je soutiens",
      "Votre don est déductible à 66 % de vos impôts.",
      "Objectif : 50 000 €. Déjà 31 280 € collectés grâce à vous"
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Avec votre accord, nous et nos 847 partenaires utilisons des cookies ou technologies similaires",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies de réseaux sociaux."
    ]
  },
  pt: {
    promo: [
      "SORTEIO: ganhe uma viagem para esquiar em Bariloche com acompanhante",
      "Use o cupom NEVE10 e ganhe 10% de desconto no pacote de inverno",
      "Resgate já o seu bônus de boas-vindas de R$ 200 na Aposta Neve",
      "Promoção relâmpago: jaquetas de snowboard a partir de R$ 299"
    ],
    political: [
      "ENQUETE: Você aprova o governo? Vote agora",
      "Assine o abaixo-assinado contra o aumento de impostos",
      "Filie-se e receba sua carteirinha de membro do movimento",
      "Revoltante! Veja o que o deputado fez e compartilhe antes que apaguem"
    ],
    newsletter: [
      "Cadastre-se na nossa newsletter e receba as melhores notícias no seu e-mail",
      "Já é assinante? Faça login",
      "Você atingiu o limite de reportagens gratuitas. Assine por R$ 1,90 no primeiro mês",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Montanhistas do Brasil (@montanhistasbr)",
      "Siga-nos no Instagram",
      "Entre no nosso canal do WhatsApp"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Oferecido por Altitude Equipamentos"
    ],
    affiliate: [
      "Podemos receber comissão pelas compras feitas através dos links desta página.",
      "De R$ 899 por R$ 599 na Loja Cume",
      "Ver preço na Amazon",
      "COMPRE AQUI: óculos de esqui Pico Azul, R$ 349"
    ],
    scam: [
      "Médicos ficam chocados: truque simples acaba com dor no joelho",
      "Alpinista revela como ganhou R$ 15 mil por semana com robô de criptomoedas",
      "Aposentados têm direito a indenização de R$ 5 mil; veja se você pode receber",
      "Veja como estão hoje os campeões de esqui dos anos 80. O 4º vai te surpreender"
    ],
    related: [
      "LEIA TAMBÉM: Brasileiro chega ao cume do Aconcágua pela quinta vez",
      "Leia mais: Avalanche mata três esquiadores nos Alpes suíços",
      "VEJA TAMBÉM - As estações de esqui mais baratas do Chile",
      "Saiba mais: Flamengo vence o Palmeiras e assume a liderança"
    ],
    app: [
      "Baixe o app e receba notificações das principais notícias",
      "Ouça esta reportagem",
      "Abrir no aplicativo",
      "0:00 / 4:05"
    ],
    donation: [
      "Apoie o jornalismo independente",
      "Faça uma doação",
      "Torne-se membro e ajude a manter este site gratuito",
      "Já arrecadamos 72% da nossa meta. Contribua a partir de R$ 10 por mês"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 156 parceiros armazenamos e/ou acedemos a informações num dispositivo",
      "Este conteúdo está bloqueado. Altere as suas definições de cookies para visualizá-lo."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Gewinnen Sie ein Skiwochenende in Ischgl für zwei Personen",
      "Mit dem Code PISTE15 sparen Sie 15 % auf Ihren Skipass",
      "Jetzt gratis Skihelm sichern – nur solange der Vorrat reicht!",
      "Wetten Sie 10 € auf die Abfahrt und erhalten Sie 50 € Wettguthaben. 18+"
    ],
    political: [
      "UMFRAGE: Sollte der Kanzler zurücktreten? Jetzt abstimmen!",
      "Unterschreiben Sie jetzt die Petition gegen das Heizungsgesetz",
      "Jetzt Mitglied werden und Parteiausweis erhalten",
      "Unfassbar, was die Regierung jetzt plant – teilen, bevor es gelöscht wird!"
    ],
    newsletter: [
      "Jetzt den kostenlosen Bergsport-Newsletter abonnieren",
      "Bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus: 4 Wochen für 0,99 €",
      "Mit der Anmeldung stimmen Sie unserer Datenschutzerklärung zu. Abmeldung jederzeit möglich."
    ],
    social: [
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Alpenfreunde Tirol (@alpenfreunde_tirol)",
      "Folgen Sie uns auf Facebook",
      "Teilen auf WhatsApp"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Artikel wird nach der Anzeige fortgesetzt",
      "Dieser Beitrag entstand in Zusammenarbeit mit Gipfelwerk Outdoor."
    ],
    affiliate: [
      "Wir erhalten eine Provision, wenn Sie über diese Links einkaufen. Für Sie ändert sich nichts am Preis.",
      "Statt 349 € jetzt 229 € bei Hangwerk",
      "Preis prüfen bei Amazon",
      "Hier kaufen*"
    ],
    scam: [
      "Ärzte sprachlos: Dieser Trick befreit von Knieschmerzen in nur 7 Tagen",
      "Skilehrer aus Kitzbühel verdient 5.000 € pro Woche mit dieser Krypto-App",
      "So sehen die Skistars der 80er heute aus – Nr. 3 ist kaum wiederzuerkennen",
      "Rentner bekommen jetzt 1.200 € Heizkostenzuschuss – so beantragen Sie ihn"
    ],
    related: [
      "Lesen Sie auch: Lawinenabgang am Arlberg – zwei Tourengeher verschüttet",
      "MEHR ZUM THEMA: Skipasspreise steigen auch in diesem Winter",
      "Auch interessant - Bayern München verliert in Leverkusen",
      "Video: Extremkletterer bezwingt Eiger-Nordwand in Rekordzeit"
    ],
    app: [
      "Jetzt unsere App herunterladen",
      "Artikel anhören",
      "Push-Benachrichtigungen aktivieren",
      "Dieses Video ist nicht verfügbar"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt spenden",
      "Werden Sie Mitglied – schon ab 5 € im Monat",
      "Schon 3.412 von 5.000 Unterstützern – helfen Sie mit!"
    ],
    cookie: [
      "Um diesen Inhalt zu sehen, stimmen Sie bitte der Verwendung von Cookies zu",
      "Einstellungen verwalten",
      "Wir und unsere 189 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu",
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von Instagram, der den Artikel ergänzt."
    ]
  }
};

export const GENUINE = {
  en: [
    "VERBIER, Switzerland (AP) — A British skier was airlifted to hospital on Tuesday after being caught in an avalanche off-piste.",
    "Updated 14:32",
    "Key points",
    "What we know",
    "Lift passes at the resort will cost €79 a day this winter, up from €72 last season.",
    "Children under six ski for free, a policy the resort has kept since 2015.",
    "More than 12,000 people have signed a petition calling on the council to reopen the gondola.",
    "\"Please check the avalanche bulletin before you head out,\" said mountain rescue chief Anna Keller.",
    "Additional reporting by Tom Harris in Zermatt.",
    "The Swiss skier won the giant slalom in a combined time of 2:14.05, 0.42 seconds ahead of the defending champion.",
    "The family has set up a fundraising page to cover the cost of repatriating his body, which has raised more than £40,000.",
    "Police said the scam involved fake chalet listings on social media, with victims losing up to £3,000 each.",
    "The app, which tracks skiers' locations, was credited with helping rescuers find the missing snowboarder within an hour.",
    "Photo: Climbers queue on the ridge below the summit of Everest in May. (Reuters)",
    "He is survived by his wife, two daughters and the mountains he loved.",
    "Analysis",
    "Nepal charges foreign climbers $15,000 for an Everest permit during the spring season.",
    "Winners of the freestyle competition will share a prize pool of $50,000.",
    "A poll of 2,000 skiers by the tourism board found 61% would pay more for guaranteed snow.",
    "Emma Lund is our winter sports correspondent, based in Innsbruck.",
    "The resort's offer of half-price passes for local residents sparked complaints from second-home owners.",
    "Sales of multi-resort season passes have doubled since 2019, according to industry figures.",
    "The video, shared widely on Instagram and TikTok, shows the skier outrunning a slab avalanche.",
    "Final standings: 1. Norway 1,245 pts; 2. Austria 1,198; 3. Switzerland 1,102",
    "The ski club said it would donate all proceeds from the race to the local mountain rescue team.",
    "\"Follow the marked runs and never ski alone off-piste,\" the gendarmerie urged in a statement.",
    "Guests were offered free hot chocolate and a refund for the day after the chairlift broke down.",
    "CHAMONIX, France (AFP) - Two Italian alpinists died on Mont Blanc after being caught in a storm near the summit, authorities said on Sunday.",
    "Tickets for the final day of the World Cup races in Kitzbühel sold out within minutes.",
    "Officials advised visitors to download the regional avalanche warning app before setting out.",
    "Correction: An earlier version of this article misstated the height of the Eiger. It is 3,967 metres.",
    "The snowboarder, 19, won gold with a score of 92.50 on her final run.",
    "Background",
    "The climber raised £250,000 for a children's hospice by summiting all 14 peaks above 8,000 metres.",
    "Rescue teams appealed for donations of warm clothing after the storm stranded 300 people at the resort.",
    "A snowplough clears the road to Val d'Isère on Saturday morning.",
    "A week's ski holiday for a family of four now costs an average of £4,800, a survey by a consumer group found.",
    "The resort warned customers about a phishing email offering discounted season passes that did not come from its ticketing team.",
    "The American, who has more World Cup wins than any skier in history, thanked fans on social media after the race.",
    "Reporting by Lena Berg; Editing by Mark Potter"
  ],
  es: [
    "BAQUEIRA (EFE) - Un esquiador de 34 años resultó herido grave este sábado tras sufrir una caída fuera de pista.",
    "Actualizado a las 12:45",
    "Claves",
    "El forfait de día costará 68 euros esta temporada, cuatro más que el invierno pasado.",
    "Los menores de seis años esquían gratis en todas las estaciones del grupo.",
    "\"Pedimos a los montañeros que consulten el parte de aludes antes de salir\", señaló el jefe del GREIM.",
    "Más de 8.000 vecinos han firmado una petición para reabrir el telesilla de la estación.",
    "Con información de Marta Ruiz desde Huesca.",
    "La familia ha abierto una campaña de donaciones para repatriar el cuerpo del alpinista.",
    "La Guardia Civil alerta de una estafa con falsos apartamentos de alquiler anunciados en redes sociales.",
    "Foto: Dos alpinistas ascienden hacia la cima del Aneto. (EFE)",
    "La española terminó cuarta, a 0,21 segundos del podio.",
    "La aplicación permitió a los rescatadores localizar al snowboarder en menos de una hora.",
    "Le sobreviven su mujer y sus dos hijos, a quienes dedicó su última ascensión."
  ],
  fr: [
    "CHAMONIX (AFP) - Deux alpinistes italiens sont morts sur le mont Blanc, ont indiqué dimanche les secours.",
    "Mis à jour le 14/02 à 09h17",
    "Ce qu'il faut retenir",
    "Le forfait journée passe à 62 euros cette saison, soit une hausse de 5 %.",
    "Les enfants de moins de cinq ans skient gratuitement sur l'ensemble du domaine.",
    "\"Ne partez jamais seul hors-piste\", a insisté le commandant du PGHM.",
    "Une pétition réclamant la réouverture de la station a recueilli plus de 15 000 signatures.",
    "Avec notre correspondant à Grenoble.",
    "Une cagnotte en ligne a été ouverte pour soutenir la famille du guide.",
    "La gendarmerie met en garde contre une arnaque aux faux chalets proposés sur les réseaux sociaux.",
    "Photo : Une dameuse prépare les pistes de Tignes, samedi matin. (AFP)",
    "La Française s'est imposée en 1'12\"45, devant l'Autrichienne.",
    "Les vainqueurs du concours de freestyle se partageront 30 000 euros.",
    "Il laisse une femme et deux enfants."
  ],
  pt: [
    "SANTIAGO (Reuters) - Um esquiador brasileiro morreu após ser atingido por uma avalanche no Valle Nevado, informaram as autoridades.",
    "Atualizado às 15h20",
    "Entenda o caso",
    "O passe diário em Valle Nevado custa cerca de R$ 450 na alta temporada.",
    "Crianças de até cinco anos esquiam de graça na estação.",
    "\"Não subam sem guia credenciado\", alertou o chefe do parque.",
    "A família criou uma vaquinha online para custear o traslado do corpo, que já arrecadou R$ 120 mil.",
    "Colaborou Ana Souza, de Mendoza",
    "A polícia investiga um golpe com falsos pacotes de viagem para estações de esqui vendidos pelo Instagram.",
    "Foto: Alpinistas no acampamento-base do Everest, no Nepal. (AFP)",
    "O snowboarder terminou a prova com 88,75 pontos, em sexto lugar.",
    "Um abaixo-assinado com 9 mil assinaturas pede mais recursos para o resgate em montanha.",
    "O aplicativo de rastreamento ajudou os bombeiros a localizar o grupo perdido.",
    "Ele deixa a mulher e dois filhos."
  ],
  de: [
    "INNSBRUCK (dpa) - Bei einem Lawinenabgang in den Tiroler Alpen sind am Samstag zwei Skitourengeher ums Leben gekommen.",
    "Aktualisiert um 11:08 Uhr",
    "Das Wichtigste in Kürze",
    "Die Tageskarte kostet in dieser Saison 72 Euro, drei Euro mehr als im Vorjahr.",
    "Kinder unter sechs Jahren fahren kostenlos.",
    "\"Wer abseits der Pisten unterwegs ist, muss den Lawinenlagebericht lesen\", mahnte der Bergrettungschef.",
    "Eine Online-Petition für den Erhalt des Skigebiets hat bereits 20.000 Unterschriften.",
    "Mitarbeit: Julia Hofer",
    "Die Familie bittet statt Blumen um eine Spende an die Bergwacht.",
    "Die Polizei warnt vor Betrügern, die über soziale Netzwerke falsche Ferienwohnungen anbieten.",
    "Foto: Ein Pistenbully präpariert die Streif in Kitzbühel. (APA)",
    "Die Österreicherin gewann den Riesenslalom mit 0,35 Sekunden Vorsprung.",
    "Die Sieger des Freestyle-Wettbewerbs teilen sich ein Preisgeld von 40.000 Franken.",
    "Er hinterlässt seine Frau und zwei Kinder."
  ]
};
