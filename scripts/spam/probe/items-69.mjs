// The probe's 69th batch (run.mjs --batch 69): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a full-frame mirrorless kit worth £3,499 — enter our Lensmaster giveaway before midnight Sunday",
      "Use code SHUTTER25 for 25% off all prints at FrameHouse",
      "Claim your FREE 50mm prime lens cap set — just pay shipping!",
      "COMPETITION: Snap your best sunset and win a weekend photo workshop in the Lake District",
      "Bet £10 on the Grand National, get £40 in free bets. 18+ T&Cs apply. BeGambleAware.org",
      "Flash sale: 40% off memory cards, today only →",
      "Enter now"
    ],
    political: [
      "POLL: Should the government ban cameras at protests? VOTE NOW",
      "Chip in $5 before midnight to stop the radical agenda — every dollar matched 3X",
      "Sign the petition: Defend our borders. Add your name today.",
      "Are you with the Senator or against him? Take the official 2024 survey →",
      "Claim your Official Patriot Membership Card — only 500 left",
      "OUTRAGED? Career politicians just voted themselves another pay rise. Tell them enough is enough.",
      "Stand with us"
    ],
    newsletter: [
      "Sign up for The Darkroom, our weekly newsletter on the best in photography",
      "Already a subscriber? Log in",
      "You've read 3 of 5 free articles this month. Subscribe for £1 a week.",
      "By signing up you agree to our Terms of Use and acknowledge the data practices in our Privacy Policy. You may unsubscribe at any time.",
      "Get the Morning Frame delivered to your inbox",
      "Enter your email address",
      "This article is for subscribers only. Unlock unlimited access for just $2 for your first month."
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Lena Marsh Photography (@lenamarsh.photo)",
      "Follow us on Instagram @dailylensnews for more pictures of the week",
      "Share this article",
      "Join our Facebook group: Street Photographers UK — 48,000 members",
      "Follow @PhotoDeskDaily on X",
      "Tag us in your shots with #MyCityFrame for a chance to be featured"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored",
      "Paid post by Kestrel Optics",
      "This content was produced by our commercial team in partnership with Halvard Cameras and did not involve the newsroom.",
      "Promoted by Brightline Imaging",
      "Advertisement - scroll to continue"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Was £1,299, now £999 at Currys",
      "Check price on Amazon",
      "BUY IT: Vantor carbon travel tripod, $79.99 at Best Buy",
      "Our pick: Orion X50 mirrorless body — see the deal at Wex Photo Video",
      "Prices were accurate at the time of publishing but may change.",
      "Deal: 64GB SD card, 3-pack for £18.49 (save 38%) →"
    ],
    scam: [
      "Photographers hate him: one weird trick makes any phone shoot like a $5,000 camera",
      "Doctors stunned: this 10-second eye trick restores perfect vision",
      "Retired teacher turns $250 into $18,000 a month with new AI trading app",
      "20 Photos Taken Seconds Before Disaster — Number 7 Will Shock You",
      "Seniors born before 1965 are claiming a $3,200 stimulus check — see if you qualify",
      "The camera giants don't want you to know about this $49 gadget",
      "Britain's richest reveal the secret investment that made them millions overnight"
    ],
    related: [
      "Read more: The photographer who spent 30 years documenting a single street",
      "RELATED: World Press Photo names finalists for this year's award",
      "ALSO READ - Best budget cameras for beginners this year",
      "WATCH: How a photojournalist captured the moment the bridge collapsed",
      "More from Culture: National Gallery to open first major retrospective of a forgotten Victorian photographer",
      "Recommended: Why film photography is making a comeback among Gen Z",
      "You might also like - Interest rates held at 5.25% as inflation eases"
    ],
    app: [
      "Listen to this article",
      "Open in app",
      "Get breaking news alerts — turn on notifications",
      "0:00 / 3:21",
      "Video unavailable",
      "Download the FrameWire app for the best photo galleries on iOS and Android",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support independent photojournalism. Donate from as little as £2.",
      "Become a member",
      "We're 72% of the way to our goal of 5,000 supporters this month",
      "Our photographers risk their lives to bring you the truth. If you value this work, please make a contribution today.",
      "Donate",
      "Readers like you keep our pictures free for everyone. Give monthly →",
      "$14,280 raised of $20,000"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This Instagram post cannot be displayed because you have not accepted social media cookies.",
      "Reject all",
      "To view this embedded content, please allow third-party cookies in your settings.",
      "We use cookies to personalise content and ads. Accept all | Customise"
    ]
  },
  es: {
    promo: [
      "¡SORTEO! Gana una cámara réflex valorada en 1.200 € participando antes del domingo",
      "Código FOTO20: 20% de descuento en revelado e impresiones",
      "Apuesta 10 € y llévate 50 € en apuestas gratis. +18. Juega con responsabilidad.",
      "Consigue GRATIS tu curso online de fotografía nocturna"
    ],
    political: [
      "ENCUESTA: ¿Debe dimitir el presidente del Gobierno? Vota ahora",
      "Firma la petición para defender la unidad de España",
      "Hazte afiliado y recibe tu carné oficial del partido",
      "¡Basta ya de mentiras! Colabora con 5 € para frenar al Gobierno"
    ],
    newsletter: [
      "Suscríbete a nuestro boletín de fotografía y recibe cada viernes las mejores imágenes",
      "¿Ya eres suscriptor? Inicia sesión",
      "Has alcanzado el límite de artículos gratuitos. Suscríbete por 1 € el primer mes.",
      "Al registrarte aceptas las condiciones de uso y la política de privacidad."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Estudio Lumbre (@estudiolumbre)",
      "Síguenos en Instagram y TikTok: @fotodiario",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado por Ópticas Valdés",
      "Sigue leyendo debajo del anuncio",
      "Contenido ofrecido por nuestro socio comercial"
    ],
    affiliate: [
      "Este artículo contiene enlaces de afiliados; podemos recibir una comisión por las compras.",
      "Antes 899 €, ahora 649 € en El Corte Inglés",
      "Ver precio en Amazon",
      "CHOLLO: trípode de viaje Keltor por solo 39,99 €"
    ],
    scam: [
      "Un fotógrafo de Murcia gana 3.000 € al día con este método que los bancos odian",
      "Médicos sorprendidos: elimina la vista cansada en 7 días sin gafas",
      "Fotos que no fueron editadas: la número 12 te dejará sin palabras",
      "Invierte 250 € en bitcoin y recibe ingresos pasivos desde mañana"
    ],
    related: [
      "Lee también: El fotógrafo que retrató la Transición cede su archivo a un museo de Madrid",
      "Te puede interesar: Las mejores cámaras compactas para viajar este verano",
      "Noticia relacionada - La Bolsa cierra la semana con ganancias del 2%",
      "VÍDEO: Así se tomó la foto del año en los premios de fotoperiodismo"
    ],
    app: [
      "Escuchar artículo",
      "Descarga la app de FotoDiario y recibe alertas de última hora",
      "Activa las notificaciones",
      "Este vídeo no está disponible"
    ],
    donation: [
      "Apoya el periodismo independiente. Hazte socio desde 6 € al mes.",
      "Dona",
      "Este periódico se sostiene gracias a sus lectores. ¿Nos ayudas?",
      "Llevamos 3.450 de los 5.000 socios que necesitamos"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 214 socios almacenamos o accedemos a información en un dispositivo.",
      "Este contenido de Instagram está bloqueado. Acepta las cookies de redes sociales para verlo."
    ]
  },
  fr: {
    promo: [
      "JEU-CONCOURS : tentez de gagner un hybride plein format d'une valeur de 2 199 €",
      "-30 % sur les tirages photo avec le code CLICHE30",
      "Pariez 10 €, recevez 100 € en paris gratuits. Jouer comporte des risques.",
      "Votre objectif offert pour tout achat d'un boîtier !"
    ],
    political: [
      "SONDAGE : faut-il dissoudre l'Assemblée ? Votez maintenant",
      "Signez la pétition contre la hausse des impôts",
      "Adhérez dès aujourd'hui et recevez votre carte de membre",
      "Scandale : ils veulent vous faire taire. Faites un don de 5 € pour riposter."
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Photo et recevez chaque semaine nos plus belles images",
      "Déjà abonné ? Connectez-vous",
      "Cet article est réservé aux abonnés. Profitez de l'offre à 1 € le premier mois.",
      "Vos données sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Atelier Argentique (@atelier.argentique)",
      "Suivez-nous sur Facebook et Instagram",
      "Partager sur X"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Article proposé par notre partenaire Optique Marcel. La rédaction n'a pas participé à sa réalisation."
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission.",
      "Au lieu de 1 099 €, seulement 849 € chez Fnac",
      "Voir le prix sur Amazon",
      "BON PLAN : carte SD 128 Go à 14,99 €"
    ],
    scam: [
      "Les dermatologues sont bluffés par cette crème à 9 €",
      "Ce retraité de Lyon gagne 4 000 € par mois grâce à l'IA boursière",
      "25 photos prises au moment parfait : la 9e va vous surprendre",
      "Remboursement CAF : vous avez droit à 1 250 €, vérifiez ici"
    ],
    related: [
      "À lire aussi : Le photographe qui a immortalisé Mai 68 expose à Arles",
      "LIRE AUSSI - Comment choisir son premier appareil photo",
      "VIDÉO - Les coulisses du festival Visa pour l'image",
      "Sur le même sujet : La réforme des retraites devant le Conseil constitutionnel"
    ],
    app: [
      "Écouter cet article",
      "Téléchargez l'application et activez les alertes",
      "Ouvrir dans l'application",
      "Cette vidéo n'est pas disponible"
    ],
    donation: [
      "Soutenez une information libre et indépendante : faites un don",
      "Devenez membre",
      "Objectif : 10 000 donateurs. Déjà 7 412 !",
      "Votre don est déductible à 66 % de vos impôts"
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 180 partenaires stockons et/ou accédons à des informations sur un appareil.",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "PROMOÇÃO: concorra a uma câmera mirrorless e um kit de lentes",
      "Use o cupom CLIQUE15 e ganhe 15% de desconto",
      "Aposte R$ 20 e ganhe R$ 100 em bônus. Jogue com responsabilidade. 18+",
      "Resgate já o seu curso grátis de fotografia com celular"
    ],
    political: [
      "ENQUETE: Você aprova o governo? Vote agora",
      "Assine o abaixo-assinado contra o aumento de impostos",
      "Filie-se e receba sua carteirinha oficial",
      "Chega de corrupção! Contribua com R$ 10 para a campanha"
    ],
    newsletter: [
      "Cadastre-se na nossa newsletter e receba as melhores fotos da semana",
      "Já é assinante? Faça login",
      "Você atingiu o limite de reportagens gratuitas. Assine por R$ 1,90 no primeiro mês.",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Coletivo Retina (@coletivoretina)",
      "Siga a gente no Instagram: @olharfoto",
      "Entre no nosso canal do WhatsApp"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Oferecido por Lentes Aurora"
    ],
    affiliate: [
      "Podemos receber comissão por compras feitas através dos links desta página.",
      "De R$ 4.999 por R$ 3.799 na Magalu",
      "Ver preço na Amazon",
      "OFERTA: tripé de alumínio por R$ 89,90"
    ],
    scam: [
      "Médicos ficam chocados: truque caseiro elimina a catarata",
      "Fotógrafa de Curitiba fatura R$ 15 mil por mês com robô de investimentos",
      "Fotos tiradas no momento exato: a número 8 vai te surpreender",
      "Valores a receber: consulte se você tem R$ 2.800 esquecidos no banco"
    ],
    related: [
      "Leia também: Fotógrafo brasileiro vence prêmio internacional de fotojornalismo",
      "VEJA TAMBÉM - As melhores câmeras de entrada do ano",
      "Saiba mais: Dólar fecha em queda após decisão do Copom",
      "ASSISTA: Como foi feita a foto mais famosa do Carnaval"
    ],
    app: [
      "Ouvir este texto",
      "Baixe o app e receba notificações",
      "Abrir no aplicativo",
      "Vídeo indisponível"
    ],
    donation: [
      "Apoie o jornalismo independente. Contribua a partir de R$ 10",
      "Seja membro",
      "Faltam 1.230 apoiadores para atingirmos nossa meta",
      "Doe agora"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 156 parceiros armazenamos e/ou acedemos a informações num dispositivo.",
      "Este conteúdo foi bloqueado. Ative os cookies de redes sociais para visualizá-lo."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Gewinnen Sie eine Vollformatkamera im Wert von 2.499 Euro",
      "Mit dem Code BLENDE10 sparen Sie 10 % auf Fotobücher",
      "Jetzt 100 € Wettbonus sichern! 18+, Glücksspiel kann süchtig machen.",
      "Gratis-Objektivtuch zu jeder Bestellung"
    ],
    political: [
      "UMFRAGE: Soll die Regierung zurücktreten? Jetzt abstimmen!",
      "Jetzt Petition unterschreiben: Schluss mit dem Heizungsgesetz",
      "Werden Sie Mitglied und erhalten Sie Ihren Parteiausweis",
      "Unterstützen Sie uns mit 5 Euro gegen die Politik der Regierung"
    ],
    newsletter: [
      "Jetzt den Foto-Newsletter abonnieren",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus – 4 Wochen für 1 €",
      "Mit Ihrer Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu. Abmeldung jederzeit möglich."
    ],
    social: [
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Kerstin Vogt Fotografie (@kvogt.foto)",
      "Folgen Sie uns auf Instagram",
      "Artikel teilen"
    ],
    adlabel: [
      "ANZEIGE",
      "Gesponserter Inhalt",
      "Weiter nach der Anzeige",
      "Dieser Beitrag entstand in Kooperation mit Brennweit Optik."
    ],
    affiliate: [
      "Wir erhalten eine Provision, wenn Sie über diese Links einkaufen.",
      "Statt 1.399 € nur 1.049 € bei MediaMarkt",
      "Preis bei Amazon prüfen",
      "DEAL: Stativ für 49,99 € – nur heute"
    ],
    scam: [
      "Ärzte sprachlos: Dieses Hausmittel ersetzt die Lesebrille",
      "Rentner aus Köln verdient 5.000 € im Monat mit Bitcoin-Roboter",
      "Diese 15 Fotos wurden nicht bearbeitet – Nummer 6 ist unglaublich",
      "Steuerrückerstattung: Ihnen stehen 1.480 € zu – jetzt prüfen"
    ],
    related: [
      "Lesen Sie auch: Fotograf zeigt erstmals Bilder aus dem Alltag der DDR",
      "MEHR ZUM THEMA - Die besten Kameras für Einsteiger",
      "Auch interessant: Bahnstreik legt Fernverkehr lahm",
      "VIDEO: So entstand das Pressefoto des Jahres"
    ],
    app: [
      "Artikel anhören",
      "Jetzt die App herunterladen",
      "In der App öffnen",
      "Dieses Video ist nicht verfügbar"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus – jetzt spenden",
      "Mitglied werden",
      "Schon 8.300 von 10.000 Unterstützer*innen",
      "Jeder Euro hilft"
    ],
    cookie: [
      "Externe Inhalte aktivieren",
      "Cookie-Einstellungen",
      "Wir und unsere 247 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.",
      "An dieser Stelle finden Sie einen Inhalt von Instagram. Um ihn anzuzeigen, müssen Sie der Datenverarbeitung zustimmen."
    ]
  }
};
export const GENUINE = {
  en: [
    "LONDON (Reuters) - A photograph of a flooded village in Pakistan won the top prize at an international photojournalism award on Thursday.",
    "Updated 14:32",
    "Key points",
    "The winning image, shot on a 35mm lens at dusk, shows a mother carrying her son across the water.",
    "Entry to the exhibition is free for under-18s; adult tickets cost £12.",
    "\"Go and see it in person, the prints are enormous and the detail is extraordinary,\" said curator Helen Ashby.",
    "Additional reporting by Tom Reyes in Madrid",
    "Photograph: Sarah Lindqvist/AFP via Getty Images",
    "The camera, a 1923 prototype, sold at auction in Vienna for €14.4m, a record for any camera.",
    "More than 12,000 photographers signed a petition calling on the agency to restore their copyright credits.",
    "Police said the scam targeted amateur photographers with fake competition entries that asked for a £25 fee.",
    "The app, which lets users edit raw files on a phone, was downloaded two million times in its first week.",
    "What we know",
    "She was 84 and is survived by her husband and two daughters.",
    "The competition attracted 61,000 entries from 130 countries, organisers said.",
    "The company said subscription prices for its editing software would rise to $22.99 a month from March.",
    "Analysis",
    "A protester is detained by police outside parliament on Tuesday. (AP Photo/Mark Jensen)",
    "Manchester United 2-1 Arsenal: our photographer's best pictures from Old Trafford",
    "Jane Okafor is a staff photographer based in Lagos who has covered conflicts in the Sahel for a decade.",
    "The photographer's estate has donated 40,000 negatives to the National Archives.",
    "Critics on social media accused the magazine of digitally altering the cover image.",
    "The retailer has offered refunds to customers after a batch of lenses was found to be faulty.",
    "A poll of 2,000 adults found that 71% now take photos only with their phones.",
    "Police urged anyone who paid for the fraudulent workshop to contact Action Fraud.",
    "The exhibition runs until 4 January at the Barbican, London.",
    "Born in Belfast in 1938, he picked up his first camera at the age of 12.",
    "\"Follow your curiosity, not the algorithm,\" he told students at the graduation ceremony.",
    "The image was first shared on Instagram, where it was viewed more than 3 million times before being removed.",
    "Under the settlement, the photo agency will pay the freelancers a combined $1.2m.",
    "The Pulitzer board cited the team's \"unflinching\" coverage of the wildfires.",
    "Camera makers reported falling compact-camera sales for the sixth consecutive quarter.",
    "Correction: An earlier version of this article misstated the photographer's age.",
    "GAZA CITY (AFP) - At least three journalists, including a photographer, were killed in an air strike, the press union said.",
    "The court ruled that the website had used the photograph without a licence and ordered it to pay £8,000 in damages.",
    "Winners will be announced at a ceremony in Amsterdam on 18 April.",
    "Tributes have poured in for the veteran photojournalist, who died on Sunday after a short illness.",
    "The festival's organisers said ticket sales covered only half the costs, with the rest met by donations and a council grant.",
    "Visitors must agree to the gallery's photography policy at the entrance; flash and tripods are banned.",
    "The museum's free app includes an audio guide narrated by the photographer herself."
  ],
  es: [
    "MADRID (EFE) - La fotógrafa Ana Belén Ruiz recibió este jueves el Premio Nacional de Fotografía, dotado con 30.000 euros.",
    "Actualizado a las 12:45",
    "La entrada a la exposición es gratuita hasta el 15 de marzo.",
    "«Salid a la calle y mirad», animó el fotógrafo a los estudiantes durante la clase magistral.",
    "Foto: Carlos Méndez / EFE",
    "Más de 8.000 personas han firmado una petición para salvar el archivo fotográfico del diario.",
    "La Policía Nacional alerta de una estafa que ofrece falsos premios de fotografía a cambio de una cuota de inscripción.",
    "Claves",
    "Con información de Laura Ortega desde Buenos Aires",
    "La cámara, un modelo de 1969 usado en misiones espaciales, fue subastada por 180.000 euros.",
    "El concurso recibió más de 4.000 fotografías de 60 países.",
    "Falleció a los 79 años en su casa de Valencia, rodeado de su familia.",
    "La imagen se hizo viral en redes sociales tras ser compartida por el propio alcalde.",
    "Real Madrid 3-1 Sevilla: la galería de fotos del partido"
  ],
  fr: [
    "PERPIGNAN (AFP) - Le premier prix du festival a été décerné samedi à la photographe ukrainienne Olena Kovalenko pour son travail sur Kharkiv.",
    "Mis à jour le 12/09 à 18h04",
    "L'entrée est gratuite le premier dimanche du mois.",
    "« Allez voir l'exposition, ces tirages ne seront plus jamais montrés ensemble », a insisté la commissaire.",
    "Photo : Jean Dupont / AFP",
    "Une pétition réclamant la sauvegarde des archives de l'agence a recueilli plus de 20 000 signatures.",
    "La gendarmerie met en garde contre une arnaque visant les photographes amateurs sur les réseaux sociaux.",
    "Ce qu'il faut retenir",
    "Avec Marie Lefèvre à Bruxelles",
    "Le boîtier, vendu 2 499 euros nu, sera disponible en magasin dès le 15 octobre.",
    "Il s'est éteint mardi à l'âge de 91 ans, a annoncé sa famille.",
    "Le lauréat du concours remportera une résidence de trois mois à Rome.",
    "Selon un sondage, 62 % des Français utilisent exclusivement leur smartphone pour prendre des photos.",
    "PSG-OM (2-0) : les plus belles photos du Classique"
  ],
  pt: [
    "SÃO PAULO (Reuters) - Uma fotografia da seca na Amazônia venceu nesta quinta-feira o principal prêmio de fotojornalismo do país.",
    "Atualizado às 16h20",
    "A entrada na exposição é gratuita às terças-feiras.",
    "\"Saiam às ruas e fotografem o que ninguém está vendo\", disse o fotógrafo aos alunos.",
    "Foto: Pedro Alves/Folhapress",
    "Um abaixo-assinado pedindo a preservação do acervo do fotógrafo reuniu 15 mil assinaturas.",
    "A polícia alerta para um golpe que usa falsos concursos de fotografia para roubar dados bancários.",
    "Entenda o caso",
    "Colaborou Mariana Costa, do Rio de Janeiro",
    "A câmera custa R$ 12.999 no lançamento e chega às lojas em novembro.",
    "Ele morreu aos 88 anos e deixa mulher, três filhos e cinco netos.",
    "O aplicativo de edição já tem mais de 10 milhões de downloads no Brasil.",
    "Flamengo 2 x 0 Palmeiras: veja as fotos da partida no Maracanã",
    "A família doou mais de 30 mil negativos a um instituto cultural de São Paulo."
  ],
  de: [
    "BERLIN (dpa) - Der Fotograf Thomas Keller ist mit einem renommierten Fotobuchpreis ausgezeichnet worden.",
    "Aktualisiert am 14.03.2025, 09:15 Uhr",
    "Der Eintritt zur Ausstellung ist für Kinder und Jugendliche frei.",
    "„Nehmen Sie sich Zeit für die Bilder“, sagte die Kuratorin bei der Eröffnung.",
    "Foto: Anna Weber/dpa",
    "Eine Petition gegen die Schließung des Fotomuseums haben bereits 25.000 Menschen unterschrieben.",
    "Die Polizei warnt vor Betrügern, die sich als Fotografen ausgeben und Vorkasse verlangen.",
    "Das Wichtigste in Kürze",
    "Mitarbeit: Jonas Brandt",
    "Die Kamera kostet ohne Objektiv 2.299 Euro und ist ab Oktober im Handel erhältlich.",
    "Sie starb am Sonntag im Alter von 87 Jahren in Hamburg.",
    "Laut einer Umfrage fotografieren 68 Prozent der Deutschen nur noch mit dem Smartphone.",
    "Bayern München – Borussia Dortmund 4:2: Die Bilder des Spiels",
    "Die Gewinnerinnen und Gewinner des Wettbewerbs werden im Mai in Leipzig geehrt."
  ]
};
