// The probe's 66th batch (run.mjs --batch 66): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a dream honeymoon to the Maldives worth £12,000 – enter now before midnight Sunday",
      "Use code BRIDE25 for 25% off all wedding invitations at Paperlace",
      "Claim your FREE bridal planning kit today — just pay postage",
      "Bet £10 on the Love Island winner, get £30 in free bets. 18+ T&Cs apply. BeGambleAware.org",
      "FLASH SALE: 3 months of Premium matchmaking for just $1",
      "Competition",
      "Enter our Valentine's giveaway: one lucky couple wins a weekend at the Hollow Oak Spa →"
    ],
    political: [
      "POLL: Should the government ban same-sex marriage? VOTE NOW",
      "Chip in $5 before midnight to defend traditional family values",
      "Sign the petition: Tell Congress to stop the war on marriage!",
      "Are you outraged that your taxes fund this? Add your name.",
      "Claim your official 2024 Patriot Family Membership Card",
      "Stand with us — the radical left wants to redefine your family. Donate to the campaign today",
      "OFFICIAL SURVEY: Do you approve of the President's performance? Yes / No"
    ],
    newsletter: [
      "Sign up for Love Letters, our weekly dating advice newsletter, delivered every Friday",
      "Already a subscriber? Log in",
      "You've read 3 of 4 free articles this month. Subscribe for £1 a week.",
      "By clicking Sign up, you agree to our Terms of Use and acknowledge that your information will be used in accordance with our Privacy Policy. You may unsubscribe at any time.",
      "Get the best of Weddings & Relationships straight to your inbox",
      "Thanks for signing up!",
      "This article is for subscribers only. Start your free trial to keep reading."
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Chloe & Marcus (@chloeandmarcus_wed)",
      "Follow us on TikTok @TheVowsDesk for more wedding content",
      "Share this article on Facebook",
      "Join our Facebook group Brides of Britain – 40k members and counting!",
      "Like what you read? Give us a follow on X: @HeartlineNews",
      "Pin it for later"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored by Everlux Diamonds",
      "PAID POST",
      "This content was produced in partnership with Matchwell and does not necessarily reflect the views of our editorial team.",
      "Promoted by Blush & Bloom Bridal",
      "Article continues after this ad"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Was £249, now £179 at John Lewis",
      "Check price on Amazon",
      "BUY IT: Lab-grown solitaire ring, $1,295 at Aurelia Jewels",
      "Our team independently selects every product. If you purchase something, we may receive a small share of the sale.",
      "Deal: 40% off bridesmaid dresses at Azalea Row — ends tonight",
      "Shop now"
    ],
    scam: [
      "Doctors stunned: this 10-second ritual saves failing marriages",
      "Grandmother, 67, makes £4,300 a week from home with this crypto bot — banks hate it",
      "Women over 50 are dating again thanks to one weird trick",
      "15 celebrity weddings that ended in disaster (number 7 will shock you)",
      "Husbands can claim up to £6,200 in marriage tax refunds — check if you qualify",
      "He bought her a ring for $20. What she found inside made her cry",
      "Lonely singles near you want to meet tonight. Click to see who's online"
    ],
    related: [
      "Read more: Couple marry in hospital car park after labour starts during ceremony",
      "RELATED: The average cost of a UK wedding has hit £20,700",
      "ALSO READ - Why Gen Z is quitting dating apps for run clubs",
      "WATCH: Groom's surprise dance routine goes viral",
      "More from Lifestyle: I found out my fiancé had a secret family",
      "Recommended: Interest rates held at 5.25% as inflation eases",
      "You might also like - How to split wedding costs fairly between families"
    ],
    app: [
      "Download the app for breaking news alerts",
      "Open in app",
      "Listen to this article · 6 min",
      "0:00 / 3:21",
      "Video unavailable",
      "Turn on notifications so you never miss a story",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism — become a member from £5 a month",
      "We're 73% of the way to our goal of 10,000 new supporters",
      "DONATE",
      "Independent journalism needs you. Give once or give monthly.",
      "Reader-funded since 2015: please consider a contribution today",
      "Become a member",
      "If you value this reporting, chip in what you can to keep it free for everyone."
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This content is hosted by Instagram. Enable social media cookies to see it.",
      "Reject all",
      "Content blocked: you need to allow third-party cookies to load this video.",
      "Allow all and continue"
    ]
  },
  es: {
    promo: [
      "SORTEO: gana una luna de miel en Cancún para dos personas. ¡Participa ya!",
      "Código NOVIOS15: 15% de descuento en tu lista de bodas en Casamía",
      "Apuesta 10 € y llévate 50 € en apuestas gratis. +18. Juega con responsabilidad.",
      "¡Consigue GRATIS tu guía para organizar la boda perfecta!"
    ],
    political: [
      "ENCUESTA: ¿Debe el Gobierno eliminar el divorcio exprés? Vota aquí",
      "Firma ya: no dejes que nos roben la familia tradicional",
      "Hazte afiliado y recibe tu carné del partido en casa",
      "¿Estás harto de que te mientan? Únete a la Plataforma Ciudadana"
    ],
    newsletter: [
      "Suscríbete a nuestra newsletter de Amor y Pareja y recíbela cada domingo",
      "¿Ya eres suscriptor? Inicia sesión",
      "Has alcanzado el límite de artículos gratuitos. Suscríbete por 1 € el primer mes.",
      "Al registrarte aceptas las condiciones de uso y la política de privacidad."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Laura y Javi (@bodalaurajavi)",
      "Síguenos en X y en Facebook",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado por Joyería Alcázar",
      "Sigue leyendo después del anuncio",
      "Ofrecido por Vestidos Azahar"
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliados: si compras a través de ellos, recibimos una comisión.",
      "Antes 189 €, ahora 129 € en El Corte Inglés",
      "Ver precio en Amazon",
      "COMPRAR"
    ],
    scam: [
      "Los médicos no se lo explican: este truco casero salva tu matrimonio en 7 días",
      "Un jubilado de Sevilla gana 3.000 € al mes con bitcoin sin salir de casa",
      "Solteras de tu zona quieren conocerte hoy mismo",
      "10 bodas de famosos que acabaron en desastre: la número 6 te dejará sin palabras"
    ],
    related: [
      "Lee también: La edad media para casarse en España supera ya los 38 años",
      "Te puede interesar - Así son las nuevas apps de citas para mayores de 50",
      "MÁS INFORMACIÓN: El Congreso aprueba la reforma de la ley de vivienda",
      "Relacionado: Una pareja se casa en plena erupción del volcán de La Palma"
    ],
    app: [
      "Descarga nuestra app y recibe las noticias al momento",
      "Escuchar noticia",
      "Activa las notificaciones para no perderte nada",
      "Este vídeo no está disponible"
    ],
    donation: [
      "Apoya el periodismo independiente: hazte socio",
      "Colabora desde 5 € al mes",
      "Sin tu ayuda no podemos seguir. DONA AHORA",
      "Ya somos 42.000 socios. ¿Te sumas?"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 245 socios utilizamos cookies para almacenar o acceder a información de tu dispositivo.",
      "Este contenido está bloqueado. Para verlo, acepta las cookies de redes sociales."
    ]
  },
  fr: {
    promo: [
      "JEU-CONCOURS : tentez de gagner votre voyage de noces à Bali !",
      "Avec le code AMOUR20, profitez de -20 % sur votre robe de mariée chez Lysandre Paris",
      "Offre spéciale : 1 € le premier mois sur Cœur à Cœur Premium",
      "Pariez 10 €, recevez 100 € offerts en freebets. Jouer comporte des risques."
    ],
    political: [
      "SONDAGE : faut-il supprimer le mariage pour tous ? Votez maintenant",
      "Signez la pétition pour sauver la famille française !",
      "Adhérez dès aujourd'hui et recevez votre carte de membre",
      "Scandaleux ! Ils veulent encore augmenter vos impôts. Réagissez ici"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Mariage & Couple",
      "Déjà abonné ? Connectez-vous",
      "Cet article est réservé aux abonnés. Abonnez-vous dès 1 € le premier mois sans engagement.",
      "Vos données sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Camille & Hugo (@camillehugo_mariage)",
      "Suivez-nous sur Facebook, X et Instagram",
      "Partager sur WhatsApp"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Article proposé par notre partenaire Bijoux Solène"
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission en cas d'achat.",
      "199 € au lieu de 279 € chez Fnac",
      "Voir l'offre sur Amazon",
      "Bon plan : -30 % sur les alliances chez Or & Promesse jusqu'à dimanche"
    ],
    scam: [
      "Les médecins n'en reviennent pas : cette astuce sauve les couples en crise",
      "Cette retraitée de Lyon gagne 2 800 € par mois grâce au trading automatique",
      "Célibataires près de chez vous : inscrivez-vous gratuitement",
      "Elle découvre ce que son mari cachait dans le garage... la suite est incroyable"
    ],
    related: [
      "À lire aussi : Le nombre de pacs dépasse désormais celui des mariages",
      "LIRE AUSSI - Rencontres en ligne : pourquoi les applis perdent des utilisateurs",
      "VIDÉO - Le discours émouvant d'un témoin fait le tour des réseaux",
      "Sur le même sujet : Le prix moyen d'un mariage en France atteint 15 000 euros"
    ],
    app: [
      "Téléchargez l'application et recevez nos alertes en temps réel",
      "Écouter cet article",
      "Activer les notifications",
      "Ouvrir dans l'application"
    ],
    donation: [
      "Soutenez une presse libre et indépendante : faites un don",
      "Votre don est déductible à 66 % de vos impôts",
      "Objectif : 5 000 donateurs d'ici au 31 décembre. Nous en sommes à 3 412.",
      "Devenez membre de notre communauté de lecteurs"
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 180 partenaires utilisons des traceurs pour mesurer l'audience et personnaliser la publicité.",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "SORTEIO: ganhe uma lua de mel em Fernando de Noronha! Participe",
      "Use o cupom NOIVA10 e ganhe 10% de desconto em convites",
      "Aposte R$ 50 e ganhe R$ 200 em bônus. Proibido para menores de 18 anos.",
      "Resgate já seu e-book grátis: Casamento sem dívidas"
    ],
    political: [
      "ENQUETE: Você é a favor do casamento apenas entre homem e mulher? Vote",
      "Assine o abaixo-assinado contra a ideologia de gênero nas escolas",
      "Filie-se agora e receba sua carteirinha de militante",
      "Revoltante! Veja quanto o governo gastou com isso e compartilhe"
    ],
    newsletter: [
      "Cadastre-se na nossa newsletter e receba dicas de relacionamento toda semana",
      "Já é assinante? Faça login",
      "Conteúdo exclusivo para assinantes. Assine por R$ 1,90 no primeiro mês.",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Ana & Pedro (@anaepedrocasamento)",
      "Siga o nosso perfil no Instagram",
      "Entre no nosso canal do WhatsApp e receba as notícias do dia"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Oferecido por Alianças Serafim"
    ],
    affiliate: [
      "Este conteúdo contém links de afiliados. Podemos receber comissão pelas vendas.",
      "De R$ 399 por R$ 249 na Amazon",
      "Confira o preço",
      "COMPRE AQUI"
    ],
    scam: [
      "Médicos ficam chocados: casal de 70 anos revela segredo para reacender a paixão",
      "Aposentado de Curitiba descobre forma de ganhar R$ 5 mil por mês com criptomoedas",
      "Truque simples faz qualquer homem se apaixonar em 3 dias",
      "Casados até 2015 têm direito a indenização de R$ 8.000; clique e resgate"
    ],
    related: [
      "Leia também: Número de divórcios bate recorde no Brasil",
      "VEJA TAMBÉM - Apps de namoro apostam em verificação por vídeo",
      "Saiba mais: Dólar fecha em alta com tensão no exterior",
      "LEIA MAIS: Noiva desiste de casamento no altar e viraliza"
    ],
    app: [
      "Baixe o app e receba alertas de notícias",
      "Ouça esta reportagem",
      "Ative as notificações",
      "0:00 / 2:47"
    ],
    donation: [
      "Apoie o jornalismo independente",
      "Seja membro a partir de R$ 10 por mês",
      "Faça uma doação via Pix",
      "Meta da campanha: 68% alcançado"
    ],
    cookie: [
      "Aceite os cookies para visualizar este conteúdo",
      "Gerenciar preferências",
      "Nós e nossos 150 parceiros usamos cookies para personalizar anúncios e medir o desempenho.",
      "Conteúdo bloqueado. Altere suas configurações de privacidade para ver."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Jetzt mitmachen und Flitterwochen auf Mauritius gewinnen!",
      "Mit dem Code JAWORT15 sparen Sie 15 % auf Hochzeitskarten bei Papierliebe",
      "Jetzt kostenlos testen: Herzklopfen Premium 30 Tage gratis",
      "Neukundenbonus: 100 % bis 100 € – 18+, Glücksspiel kann süchtig machen"
    ],
    political: [
      "UMFRAGE: Soll die Ehe für alle wieder abgeschafft werden? Jetzt abstimmen!",
      "Jetzt Petition unterschreiben: Stoppt den Angriff auf unsere Familien!",
      "Werden Sie Mitglied und erhalten Sie Ihren Parteiausweis",
      "Unglaublich, wofür Ihre Steuern verschwendet werden! Jetzt teilen"
    ],
    newsletter: [
      "Jetzt zum Newsletter anmelden",
      "Sie sind bereits Abonnent? Hier einloggen",
      "Weiterlesen mit Plus: Die ersten 4 Wochen für 0,99 €",
      "Mit der Anmeldung erklären Sie sich mit unseren Datenschutzbestimmungen einverstanden. Abmeldung jederzeit möglich."
    ],
    social: [
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Lena & Tim (@lenaundtim.heiraten)",
      "Folgen Sie uns auf Facebook",
      "Artikel teilen"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Artikel wird nach der Anzeige fortgesetzt",
      "Sponsored Post – präsentiert von Trauringwerk"
    ],
    affiliate: [
      "Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine Provision, für Sie ändert sich der Preis nicht.",
      "Statt 149 € jetzt nur 99 € bei Otto",
      "Hier bei Amazon ansehen*",
      "Jetzt kaufen"
    ],
    scam: [
      "Ärzte sprachlos: Mit diesem Trick retten Paare ihre Ehe",
      "Rentnerin aus Bremen verdient 4.000 € im Monat mit Bitcoin – Banken sind wütend",
      "Singles aus Ihrer Nähe warten auf Sie",
      "Sie heiratete einen Millionär – was dann geschah, ist unglaublich"
    ],
    related: [
      "Lesen Sie auch: Immer mehr Paare heiraten ohne kirchlichen Segen",
      "Mehr zum Thema: Dating-Apps verlieren junge Nutzer",
      "AUCH INTERESSANT – Standesamt-Termine im Mai ausgebucht",
      "Video: Heiratsantrag im Stadion geht viral"
    ],
    app: [
      "Jetzt die App herunterladen",
      "Artikel anhören",
      "Push-Benachrichtigungen aktivieren",
      "Dieses Video ist leider nicht mehr verfügbar"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt spenden",
      "Schon ab 5 € im Monat können Sie unsere Arbeit sichern",
      "Werden Sie Mitglied unserer Genossenschaft"
    ],
    cookie: [
      "Um diesen Inhalt zu sehen, müssen Sie der Verwendung von Cookies zustimmen",
      "Einstellungen verwalten",
      "Wir und unsere 218 Partner verarbeiten Ihre Daten zu Werbe- und Analysezwecken.",
      "Externer Inhalt: Hier finden Sie einen Inhalt von YouTube, der den Artikel ergänzt. Sie können ihn sich mit einem Klick anzeigen lassen."
    ]
  }
};

export const GENUINE = {
  en: [
    "The couple spent £14,000 on the reception, roughly two-thirds of their combined savings.",
    "Key points",
    "Registration for the mass wedding is free, though couples must bring two witnesses and valid identification.",
    "Police said the woman had lost more than $180,000 to a man she met on a dating app who claimed to be an oil-rig engineer.",
    "\"If someone you've never met asks for money, stop and talk to a friend first,\" said Detective Sergeant Anna Price.",
    "Additional reporting by Priya Shah in Mumbai.",
    "LAS VEGAS (AP) — A record 2,500 couples tied the knot in the city on Saturday, the Clark County clerk's office said.",
    "Updated 14:32",
    "The petition, signed by more than 120,000 people, calls on parliament to raise the minimum marriage age to 18 in all circumstances.",
    "Match Group, which owns Tinder and Hinge, said paying subscribers fell 5% in the quarter.",
    "The bride's dress, a silk gown by a local designer, was later donated to a hospice charity shop.",
    "What we know so far",
    "In lieu of flowers, the family asks that donations be made to the Alzheimer's Society.",
    "He is survived by his wife of 61 years, Margaret, three children and seven grandchildren.",
    "Photo: The newlyweds leave St Mary's Church under an arch of hockey sticks held by teammates.",
    "A YouGov poll found 38% of adults under 30 had used a dating app in the past year.",
    "The winners of the competition, a couple from Leeds, received a free wedding at the castle worth an estimated £30,000.",
    "Bumble introduced a $4.99 weekly subscription tier in 2023, according to company filings.",
    "Analysis",
    "The council will offer free ceremonies on Valentine's Day for couples who book before 31 January.",
    "Her Instagram post announcing the engagement drew more than two million likes within a day.",
    "\"Give notice as early as you can, because the backlog is real,\" the superintendent registrar told couples.",
    "Emma Collins covers family and relationships for the paper and previously reported from Brussels.",
    "Wedding insurance typically costs between £50 and £150 and can cover cancellation if a venue goes bust.",
    "The venue offered a 10% discount to couples willing to marry on a weekday, the owner said.",
    "Consumer groups warned that so-called romance scams cost Britons £92m last year, according to UK Finance.",
    "The app asks users to verify their identity with a selfie video before they can send messages.",
    "Cookies baked by the groom's grandmother were handed out to all 140 guests instead of traditional favours.",
    "Manchester United 2-1 Chelsea: the striker celebrated his goal by revealing a T-shirt proposing to his girlfriend.",
    "The couple had met on Hinge in 2019 and got engaged on a hiking trip in the Lake District.",
    "The full judgment, published on Tuesday, found the prenuptial agreement binding.",
    "Lawyers said demand for prenuptial agreements had doubled since 2020.",
    "Readers were invited to send in photos of their own wedding cakes; more than 3,000 responded.",
    "The firm said it would refund customers who were charged twice for their annual subscription.",
    "Tickets for the wedding fair went on sale on Monday, with entry priced at £8 or free for under-16s.",
    "Correction: An earlier version of this article misstated the year the couple married. It was 1998, not 1989.",
    "The average guest now spends $150 on a wedding gift, according to a survey by The Knot.",
    "Their son shared the video on TikTok with the caption: \"Forty years and still dancing.\"",
    "She was voted the winner of the show by viewers and will share the £50,000 prize with her partner.",
    "The charity, which offers free relationship counselling, said calls to its helpline had risen by a quarter."
  ],
  es: [
    "MADRID, 14 Feb. (EUROPA PRESS) - Un total de 163.000 parejas contrajeron matrimonio en España el año pasado, según el INE.",
    "La pareja pagó 22.000 euros por el banquete, que incluyó a 180 invitados.",
    "\"Si alguien que no conoces te pide dinero por internet, desconfía y denúncialo\", advirtió el inspector de la Policía Nacional.",
    "La Guardia Civil ha detenido a un hombre acusado de estafar 300.000 euros a mujeres a las que conocía en aplicaciones de citas.",
    "Claves",
    "Actualizado a las 12:45 h.",
    "El ayuntamiento celebrará bodas civiles gratuitas el 14 de febrero para las parejas empadronadas en el municipio.",
    "Según una encuesta del CIS, el 27% de los jóvenes ha usado alguna vez una aplicación para ligar.",
    "Foto: Los novios salen de la iglesia de San Jerónimo bajo una lluvia de arroz.",
    "Con información de Marta López desde Buenos Aires.",
    "La familia ha pedido que, en lugar de flores, se hagan donativos a Cáritas.",
    "La recogida de firmas para cambiar la ley de parejas de hecho superó las 500.000 adhesiones.",
    "Los ganadores del concurso de fotografía de bodas recibirán 3.000 euros y su trabajo se expondrá en el Círculo de Bellas Artes.",
    "Tinder ofrece una suscripción Gold que cuesta unos 15 euros al mes."
  ],
  fr: [
    "PARIS (AFP) - Le nombre de mariages célébrés en France a atteint 242 000 en 2023, selon l'Insee.",
    "Le couple a dépensé 18 000 euros pour la réception, soit plus que le budget moyen.",
    "« Ne versez jamais d'argent à quelqu'un que vous n'avez jamais rencontré », insiste la commissaire chargée de l'enquête.",
    "Ce qu'il faut retenir",
    "Mis à jour le 14/02 à 10h15",
    "Plusieurs victimes d'arnaques sentimentales ont porté plainte auprès de la gendarmerie de Nantes.",
    "La mairie propose des cérémonies gratuites le samedi matin pour désengorger le calendrier.",
    "Selon un sondage Ifop, un Français sur trois a déjà utilisé une application de rencontre.",
    "Avec Julie Martin à Marseille.",
    "Photo : Les jeunes mariés quittent la mairie du 11e arrondissement sous les applaudissements.",
    "Il laisse derrière lui son épouse, Monique, avec qui il était marié depuis 58 ans.",
    "Meetic, qui revendique plusieurs millions d'abonnés en Europe, a relevé ses tarifs de 10 %.",
    "La pétition en faveur de l'ouverture de la PMA avait recueilli plus de 100 000 signatures.",
    "Le gagnant du concours du plus beau gâteau de mariage remporte un chèque de 2 000 euros."
  ],
  pt: [
    "SÃO PAULO (Reuters) - O número de casamentos no Brasil caiu 3% em 2023, segundo o IBGE.",
    "O casal gastou R$ 60 mil com a festa, que reuniu 250 convidados.",
    "\"Nunca envie dinheiro para alguém que você conheceu só pela internet\", alertou o delegado responsável pelo caso.",
    "A Polícia Civil prendeu um homem suspeito de aplicar o golpe do amor em pelo menos 12 mulheres.",
    "Entenda o caso",
    "Atualizado às 15h20",
    "O casamento comunitário é gratuito e as inscrições podem ser feitas no cartório até sexta-feira.",
    "Segundo pesquisa Datafolha, 21% dos solteiros já usaram aplicativos de namoro.",
    "Foto: Os noivos deixam a igreja sob chuva de pétalas em Ouro Preto.",
    "Colaborou Mariana Souza, do Rio de Janeiro.",
    "Ele deixa a esposa, três filhos e cinco netos.",
    "A família pediu que, em vez de flores, sejam feitas doações ao hospital do câncer da cidade.",
    "Os vencedores do concurso de fotografia receberão prêmio de R$ 5.000.",
    "Flamengo 2 x 1 Palmeiras: após o gol, o atacante pediu a namorada em casamento na arquibancada."
  ],
  de: [
    "BERLIN (dpa) - Im vergangenen Jahr haben sich in Deutschland rund 361.000 Paare das Jawort gegeben, teilte das Statistische Bundesamt mit.",
    "Das Paar gab für die Feier rund 25.000 Euro aus.",
    "„Überweisen Sie niemals Geld an Menschen, die Sie nur aus dem Internet kennen“, rät die Polizei.",
    "Die Polizei ermittelt gegen einen Mann, der mehrere Frauen über Dating-Apps um insgesamt 200.000 Euro betrogen haben soll.",
    "Das Wichtigste in Kürze",
    "Aktualisiert um 16:05 Uhr",
    "Die Stadt bietet am Valentinstag zusätzliche Trautermine an; die Gebühr liegt bei 80 Euro.",
    "Laut einer Umfrage des Branchenverbands Bitkom nutzt jeder dritte Single Online-Dating.",
    "Foto: Das Brautpaar verlässt die Frauenkirche unter dem Jubel der Gäste.",
    "Mitarbeit: Anna Becker, München",
    "Er hinterlässt seine Frau, mit der er 55 Jahre verheiratet war, und zwei Kinder.",
    "Statt Blumen bittet die Familie um eine Spende an die Deutsche Krebshilfe.",
    "Parship verlangt für eine Premium-Mitgliedschaft je nach Laufzeit mehrere hundert Euro.",
    "Bayern München – Borussia Dortmund 3:1: Nach dem Abpfiff machte der Verteidiger seiner Freundin einen Heiratsantrag."
  ]
};
