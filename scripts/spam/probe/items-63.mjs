// The probe's 63th batch (run.mjs --batch 63): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a private after-hours tour of the Valley of the Kings for two — enter by Sunday midnight",
      "Use code PHARAOH20 for 20% off all HistoryVault Plus memberships",
      "Claim your free ancestry DNA kit today – limited stock!",
      "FREE entry to 40+ heritage sites with the Relic Pass. Grab yours now for just £29.99",
      "Bet £10, get £30 in free bets on tonight's game — 18+ T&Cs apply, BeGambleAware.org",
      "Exclusive reader offer: two-for-one tickets to the Viking Gold exhibition",
      "Spin the wheel to unlock your mystery discount"
    ],
    political: [
      "POLL: Should statues of colonial figures be torn down? VOTE NOW",
      "Chip in $5 before midnight to stop the radical left from rewriting our history",
      "Sign the petition: Tell Congress to defund woke museums!",
      "Claim your official 2024 Patriot Membership Card — only 500 left",
      "They want to erase your heritage. Will you stand with us?",
      "Do you approve of the Prime Minister's performance? Yes / No",
      "URGENT: Our deadline is in 3 hours and we're $11,482 short"
    ],
    newsletter: [
      "Sign up for The Dig, our free weekly newsletter on archaeology's latest finds",
      "Already a subscriber? Log in",
      "You've reached your limit of 3 free articles this month. Subscribe for £1 a week.",
      "By signing up you agree to receive emails from Relic Media Ltd and accept our Privacy Policy. You can unsubscribe at any time.",
      "Enter your email address",
      "Get history in your inbox — every Tuesday and Friday",
      "This article is for subscribers only. Start your free trial"
    ],
    social: [
      "View this post on Instagram",
      "A post shared by British Museum Digs (@bm_fieldwork)",
      "Follow us on Twitter @HeritageDaily for breaking discoveries",
      "Join our Facebook group Ancient Mysteries Uncovered — 82,000 history buffs and counting",
      "Share this article: Facebook | X | WhatsApp | Email",
      "— Dr. Sarah Finch (@trowel_sarah) March 4, 2024",
      "Like what you see? Hit follow for daily doses of the past"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored",
      "Paid Post: How Meridian Cruises brings the ancient Mediterranean to life",
      "Promoted by Ancestry Quest",
      "This content was produced by our commercial team in partnership with Visit Petra and did not involve the newsroom.",
      "Advertisement - scroll to continue"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Buy it: Replica Rosetta Stone bookends, $49.99 at Amazon",
      "Was £85, now £54 at MuseumShop Direct",
      "Check price on Amazon",
      "The best metal detectors for beginners in 2024, tested by our experts — from £119",
      "Our pick: The Penguin History of the World (paperback) – £12.99 at Waterstones",
      "Prices correct at time of publication. Independent reviews; we earn from qualifying purchases."
    ],
    scam: [
      "Doctors stunned: ancient Egyptian remedy melts belly fat overnight",
      "Retired history teacher turned $250 into $1.2 million with this one bitcoin loophole",
      "Collectors hate him! One weird trick reveals if your old coins are worth thousands",
      "23 archaeological finds that scientists can't explain — number 7 will shock you",
      "Homeowners in your area are eligible for a $3,400 heritage compensation check. See if you qualify",
      "Elon Musk's new AI trading platform makes ordinary people rich — government furious",
      "The pharaoh's secret to perfect memory, now available in a capsule"
    ],
    related: [
      "Read more: Roman mosaic found under car park in Leicester",
      "RELATED: Stonehenge tunnel plan approved despite Unesco warning",
      "ALSO READ - Looted Benin Bronzes return to Nigeria after 125 years",
      "WATCH: Divers explore 2,000-year-old shipwreck off Greek island",
      "More from Culture: Louvre to close Mona Lisa room for renovation",
      "Recommended: Why the Vikings abandoned Greenland",
      "You might also like - Interest rates held at 5.25% as inflation eases"
    ],
    app: [
      "Listen to this article",
      "0:00 / 3:21",
      "Download the HistoryNow app for exclusive 3D tours of ancient sites",
      "Open in app",
      "Turn on notifications to get breaking discoveries first",
      "Video unavailable. This video is not available in your country.",
      "Voiced by artificial intelligence."
    ],
    donation: [
      "Support our journalism. Donate today.",
      "Become a member from just $5 a month and help keep history free for everyone",
      "We're 78% of the way to our spring goal of 4,000 new supporters",
      "Independent heritage reporting depends on readers like you. Give once or monthly.",
      "DONATE",
      "If you value this story, please consider making a contribution — every dollar counts",
      "Your gift of £3 funds one hour of archive research"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This content is hosted by YouTube. Allow YouTube cookies to load it.",
      "Reject all | Accept all",
      "Embedded content blocked. Change your consent settings to see it.",
      "We use cookies to personalise content and ads and to analyse our traffic. Cookie policy"
    ]
  },
  es: {
    promo: [
      "SORTEO: gana dos entradas para la visita nocturna a la Alhambra",
      "Código ARQUEO15: 15% de descuento en tu suscripción a Historia Viva",
      "¡Llévate gratis el atlas de las civilizaciones antiguas con tu pedido!",
      "Apuesta 10 € y recibe 50 € en freebets. +18. Juega con responsabilidad"
    ],
    political: [
      "ENCUESTA: ¿Debe España devolver las piezas del tesoro de la Mercedes? ¡Vota ya!",
      "Firma ahora contra la ley que quiere borrar nuestra historia",
      "Hazte afiliado por solo 3 € al mes y recibe tu carné del partido",
      "¿Apruebas la gestión del Gobierno? Sí / No / NS-NC"
    ],
    newsletter: [
      "Suscríbete a nuestra newsletter de Historia y recibe cada viernes los mejores reportajes",
      "¿Ya eres suscriptor? Inicia sesión",
      "Has agotado tus noticias gratuitas de este mes. Suscríbete por 1 € el primer mes",
      "Al suscribirte aceptas la política de privacidad y el tratamiento de tus datos por Ediciones Pasado S.L."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Museo del Prado (@museoprado)",
      "Síguenos en X @HistoriaHoy",
      "Únete a nuestro canal de WhatsApp y recibe las noticias más importantes"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "La noticia continúa tras la publicidad",
      "Ofrecido por Viajes Faraón"
    ],
    affiliate: [
      "Este artículo incluye enlaces de afiliados; podemos recibir una comisión por tus compras.",
      "Cómprala en Amazon por 29,99 € (antes 45 €)",
      "Ver precio en Amazon",
      "OFERTA: detector de metales Garrett Ace 250 a 239 € en El Corte Inglés"
    ],
    scam: [
      "Los médicos no se lo explican: el remedio maya que acaba con el dolor de rodillas",
      "Un jubilado de Sevilla gana 3.000 € al día con este truco de criptomonedas",
      "Si tienes estas monedas de pesetas en casa, podrías ser millonario",
      "El método que los bancos no quieren que conozcas"
    ],
    related: [
      "Lee también: Hallan en Mérida un mosaico romano intacto de 1.800 años",
      "Te puede interesar: El Museo Arqueológico Nacional reabre la sala de Iberia",
      "Más información: El Gobierno aprueba el anteproyecto de ley de presupuestos",
      "VÍDEO - Así se excavó la villa romana de Noheda"
    ],
    app: [
      "Escuchar noticia",
      "Descarga nuestra app y recibe alertas de última hora",
      "Activar notificaciones",
      "00:00 / 02:47"
    ],
    donation: [
      "Apoya el periodismo independiente: hazte socio",
      "Dona ahora",
      "Con tu aportación de 5 € al mes sostienes un periodismo de historia sin muros de pago",
      "Hemos alcanzado el 62% de nuestro objetivo de 10.000 socios"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 214 socios almacenamos o accedemos a información en un dispositivo.",
      "Este contenido de YouTube está bloqueado por tu configuración de privacidad"
    ]
  },
  fr: {
    promo: [
      "JEU-CONCOURS : tentez de gagner un séjour pour deux à Carnac",
      "Code HISTOIRE10 : -10 % sur tout le catalogue de la boutique",
      "Votre premier mois offert, sans engagement ! J'en profite",
      "Pariez 10 €, recevez 100 € de paris offerts. Jouer comporte des risques : endettement, isolement..."
    ],
    political: [
      "SONDAGE : Faut-il restituer les œuvres pillées pendant la colonisation ? Votez !",
      "Signez la pétition pour sauver notre patrimoine de l'idéologie woke",
      "Adhérez dès maintenant : votre carte de membre 2024 pour 10 €",
      "Scandale : ils veulent effacer notre histoire. Réagissez !"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Histoire et recevez chaque semaine le meilleur de nos archives",
      "Déjà abonné ? Se connecter",
      "Cet article est réservé aux abonnés. Abonnez-vous à partir de 1 € le premier mois",
      "En vous inscrivant, vous acceptez nos conditions générales d'utilisation et notre politique de confidentialité."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Musée du Louvre (@museelouvre)",
      "Suivez-nous sur Facebook et Instagram",
      "Partager : Facebook Twitter E-mail Copier le lien"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Publi-rédactionnel – En partenariat avec Croisières Antiques"
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous percevons une commission en cas d'achat.",
      "Voir le prix sur Amazon",
      "À 24,90 € au lieu de 39 € chez Fnac",
      "Bon plan : la réplique du casque gaulois d'Agris à prix cassé sur Cdiscount"
    ],
    scam: [
      "Les médecins sont stupéfaits : ce remède gaulois fait fondre la graisse du ventre",
      "Il a gagné 12 000 € en un mois grâce à cette astuce que les banques détestent",
      "Vos vieux francs valent peut-être une fortune : vérifiez vite",
      "Ces 15 découvertes archéologiques restent inexpliquées – la 9e va vous glacer le sang"
    ],
    related: [
      "À lire aussi : Une épave romaine découverte au large de Marseille",
      "LIRE AUSSI - Notre-Dame : la flèche a retrouvé son coq",
      "VIDÉO - Les fouilles de Pompéi livrent une fresque inédite",
      "Sur le même sujet : Réforme des retraites, le texte adopté en commission"
    ],
    app: [
      "Écouter cet article",
      "Téléchargez l'application et activez les notifications",
      "Cette vidéo n'est pas disponible",
      "Article lu par une voix de synthèse"
    ],
    donation: [
      "Soutenez un journalisme indépendant : faites un don",
      "Faire un don",
      "Votre don est déductible à 66 % de vos impôts",
      "Objectif : 5 000 donateurs d'ici le 31 décembre – nous en sommes à 3 412"
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 843 partenaires stockons et/ou accédons à des informations sur un appareil",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "PROMOÇÃO: ganhe um ano de assinatura da revista Aventuras no Passado",
      "Use o cupom MUSEU30 e ganhe 30% de desconto",
      "Resgate já o seu bónus de boas-vindas: até 100 € em apostas grátis",
      "Concorra a uma viagem para Machu Picchu! Participe agora"
    ],
    political: [
      "ENQUETE: Você concorda com a retirada de estátuas de bandeirantes? Vote!",
      "Assine o abaixo-assinado contra a destruição da nossa história",
      "Doe R$ 20 agora e ajude a derrotar a esquerda nas eleições",
      "Filie-se já e receba sua carteirinha oficial de membro"
    ],
    newsletter: [
      "Cadastre-se na nossa newsletter e receba as principais notícias de história",
      "Já é assinante? Faça login",
      "Você atingiu o limite de matérias gratuitas. Assine por R$ 1,90 no primeiro mês",
      "Ao subscrever, concorda com os Termos e Condições e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Museu Nacional (@museunacional)",
      "Siga o nosso canal no WhatsApp",
      "Compartilhe no Facebook e no X"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Continua após a publicidade",
      "Conteúdo patrocinado",
      "Oferecido por Turismo Lusitânia"
    ],
    affiliate: [
      "Este conteúdo contém links de afiliados; podemos receber comissão sobre as compras.",
      "Compre na Amazon por R$ 59,90",
      "De R$ 129 por R$ 79 na Magalu",
      "Ver preço na Amazon"
    ],
    scam: [
      "Médicos ficam chocados: chá egípcio elimina a dor nas articulações",
      "Aposentada de Minas ganha R$ 5 mil por semana com robô de bitcoin",
      "Tem esta moeda de 1 real em casa? Pode valer uma fortuna",
      "Governo vai pagar indenização a quem nasceu antes de 1975; veja se tem direito"
    ],
    related: [
      "Leia também: Arqueólogos encontram vestígios de aldeia indígena em São Paulo",
      "VEJA TAMBÉM - Museu do Ipiranga reabre após nove anos de obras",
      "Saiba mais: Banco Central mantém taxa Selic em 10,5%",
      "Relacionadas: Descoberto naufrágio português do século XVI na costa da Namíbia"
    ],
    app: [
      "Ouvir este artigo",
      "Baixe o app e receba notícias em tempo real",
      "Ative as notificações",
      "00:00 / 04:12"
    ],
    donation: [
      "Apoie o jornalismo independente",
      "Faça uma doação",
      "Seja membro a partir de R$ 10 por mês",
      "Contribua com qualquer valor via Pix"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 156 parceiros armazenamos e/ou acedemos a informações num dispositivo",
      "Este conteúdo está bloqueado. Altere as suas definições de cookies para o visualizar."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Gewinnen Sie eine Reise zu den Pyramiden von Gizeh!",
      "Mit dem Code ANTIKE25 sparen Sie 25 % im Museumsshop",
      "Jetzt 4 Wochen gratis testen – danach 9,99 € monatlich",
      "Neukundenbonus: 100 € Wettguthaben sichern! 18+, Glücksspiel kann süchtig machen"
    ],
    political: [
      "UMFRAGE: Sollen koloniale Raubkunst-Objekte zurückgegeben werden? Jetzt abstimmen!",
      "Unterschreiben Sie jetzt: Stoppt den Ausverkauf unserer Geschichte!",
      "Jetzt Mitglied werden und den Mitgliedsausweis 2024 sichern",
      "Unterstützen Sie uns mit 5 € im Kampf gegen die Ampel!"
    ],
    newsletter: [
      "Abonnieren Sie unseren Geschichts-Newsletter – jeden Freitag kostenlos in Ihr Postfach",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus – jetzt 4 Wochen für 1 € lesen",
      "Mit der Anmeldung stimmen Sie unserer Datenschutzerklärung zu. Abmeldung jederzeit möglich."
    ],
    social: [
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Neues Museum Berlin (@neuesmuseum)",
      "Folgen Sie uns auf Facebook, Instagram und TikTok",
      "Teilen: Facebook WhatsApp X E-Mail"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Weiter nach der Anzeige",
      "Sponsored Content – präsentiert von Römerreisen GmbH"
    ],
    affiliate: [
      "Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine Provision.",
      "Jetzt bei Amazon ansehen",
      "Statt 89,99 € jetzt nur 59,99 € bei MediaMarkt",
      "*Affiliate-Link: Preis kann sich seit der Veröffentlichung geändert haben"
    ],
    scam: [
      "Ärzte sprachlos: Dieses Hausmittel der Germanen senkt den Blutdruck über Nacht",
      "Rentner aus Bayern verdient 4.000 € am Tag mit Bitcoin – Banken in Panik",
      "Haben Sie diese alte D-Mark-Münze zu Hause? Sie könnte ein Vermögen wert sein",
      "Diese 10 Funde kann die Wissenschaft nicht erklären – Nummer 4 ist unfassbar"
    ],
    related: [
      "Lesen Sie auch: Archäologen entdecken römisches Kastell bei Augsburg",
      "MEHR ZUM THEMA - Nofretete: Ägypten fordert erneut Rückgabe der Büste",
      "Auch interessant: DAX schließt mit leichtem Plus",
      "VIDEO: So lebten die Kelten am Glauberg"
    ],
    app: [
      "Artikel vorlesen lassen",
      "In der App öffnen",
      "Push-Benachrichtigungen aktivieren",
      "Dieses Video ist leider nicht mehr verfügbar"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus – jetzt spenden",
      "Jetzt Mitglied werden",
      "Schon 4.312 Unterstützer – helfen Sie uns, die 5.000 zu erreichen",
      "Spendenkonto: IBAN DE12 3456 7890 1234 5678 90 – Stichwort Geschichte"
    ],
    cookie: [
      "Externe Inhalte aktivieren",
      "Cookies akzeptieren, um diesen Inhalt anzuzeigen",
      "Wir und unsere 198 Partner speichern und/oder greifen auf Informationen auf einem Gerät zu",
      "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit können personenbezogene Daten an Drittplattformen übermittelt werden."
    ]
  }
};

export const GENUINE = {
  en: [
    "LUXOR, Egypt (AP) — Archaeologists have uncovered a 3,000-year-old city buried beneath the sands near Luxor, Egypt's antiquities ministry said Thursday.",
    "Entry to the exhibition is free for under-18s, while adult tickets cost £22.",
    "The museum launched a public appeal last year and raised £1.2 million in donations from more than 8,000 people to keep the manuscript in the country.",
    "\"If you find something in your garden, don't dig it up — call your local finds officer,\" said Dr Helen Marsh of the Portable Antiquities Scheme.",
    "A petition calling for the Parthenon Marbles to be returned to Athens has gathered more than 400,000 signatures.",
    "Key points",
    "What we know so far",
    "Updated 14:32 GMT",
    "Additional reporting by Maria Lopez in Rome.",
    "The hoard, found by a metal detectorist in a Norfolk field, was valued at £75,000 by the Treasure Valuation Committee.",
    "Police said the fake Roman coins were being sold online to unsuspecting collectors, one of whom lost more than $40,000 in the scam.",
    "The museum's new app lets visitors scan objects in the galleries to hear curators describe them.",
    "A statue of Queen Victoria in the town square, pictured in 1902. Photograph: Historic England Archive",
    "In a poll of 2,000 adults commissioned by the National Trust, 64% said they had visited a historic house in the past year.",
    "He is survived by his wife, Margaret, two daughters and five grandchildren.",
    "Analysis",
    "The winners of this year's Young Archaeologist of the Year competition were announced at a ceremony in York on Saturday.",
    "Sotheby's said the helmet sold for $3.8 million, more than triple its pre-sale estimate.",
    "Residents have been urged to share old photographs of the mill on social media using the hashtag #MemoriesOfTheMill to help historians date the building.",
    "Annual memberships, which include unlimited entry and discounts in the café, rise to £75 from April.",
    "John Carter is a history correspondent based in London. He previously covered archaeology for The Times.",
    "Researchers found cookies and bread loaves carbonised in the ovens of a Pompeii bakery, preserved by the eruption in AD 79.",
    "The dig is being funded through a crowdfunding campaign that has so far raised $86,000 of its $120,000 target.",
    "Visitors can download a free audio guide narrated by the actor Sir Ian McKellen.",
    "The auction house withdrew the lot after the Iraqi government claimed it had been looted from the Baghdad museum in 2003.",
    "\"Come and see it before it closes — this is a once-in-a-lifetime chance,\" the museum's director, Amara Osei, told reporters.",
    "ATHENS, Greece (Reuters) - Greece on Monday renewed its demand for the return of the sculptures.",
    "She died peacefully at home on Tuesday, aged 91, her family said.",
    "Subscribers to the museum's digital archive can now browse more than 2 million scanned documents.",
    "The Tower of London received 2.8 million visitors last year, up 12% on 2022.",
    "The council rejected an offer of £4 million from a developer to build flats on the site of the medieval priory.",
    "The re-enactment of the 1872 first international match ended Scotland 0 England 0, just as the original did.",
    "Fraudsters have been posing as museum staff and offering fake authentication certificates for a fee, the Metropolitan Police warned.",
    "Volunteers sift soil at the excavation near Hadrian's Wall on Wednesday. Photograph: Owen Humphreys/PA",
    "Why it matters",
    "Readers were invited to vote for their favourite object in the collection; the Lewis Chessmen came first with 31% of the vote.",
    "Entry is free on the first Sunday of every month, the ministry said.",
    "The Tudor shipwreck was found during a survey for a wind farm off the Kent coast, officials said.",
    "This article was amended on 3 May 2024 to correct the date of the battle.",
    "The British Library's website has been down since a ransomware attack in October, and staff said some services could take months to restore."
  ],
  es: [
    "MADRID, 12 Mar. (EUROPA PRESS) - Arqueólogos han hallado una necrópolis visigoda durante las obras de un aparcamiento en Toledo.",
    "La entrada al Museo del Prado es gratuita de lunes a sábado de 18.00 a 20.00 horas.",
    "Más de 50.000 personas han firmado una petición para que el Guernica viaje al País Vasco.",
    "«Animamos a los vecinos a que traigan sus fotos antiguas del barrio», explicó la concejala de Cultura, Marta Ruiz.",
    "La subasta se cerró en 1,2 millones de euros, muy por encima del precio de salida.",
    "Claves de la noticia",
    "Con información de Carlos Martín desde Roma.",
    "La Guardia Civil ha desarticulado una red que vendía piezas arqueológicas expoliadas en redes sociales.",
    "El museo ha lanzado una aplicación gratuita con audioguías en seis idiomas.",
    "Falleció el pasado martes en Granada a los 87 años, rodeado de su familia.",
    "Actualizado a las 13:45",
    "Los ganadores del concurso de fotografía de Patrimonio Mundial recibirán 3.000 euros.",
    "Una encuesta del CIS sitúa la visita a museos entre las actividades culturales preferidas de los españoles.",
    "Restauradores trabajan en el retablo de la catedral de Burgos. Foto: EFE/Santi Otero"
  ],
  fr: [
    "PARIS (AFP) - Une statue de Vénus vieille de 2 000 ans a été découverte lors de fouilles préventives près de Nîmes.",
    "L'entrée au musée est gratuite le premier dimanche de chaque mois.",
    "Une pétition réclamant la restitution du trésor de Béhanzin au Bénin a recueilli plus de 30 000 signatures.",
    "« Venez nombreux, c'est une occasion unique de voir ces pièces », a lancé le conservateur, Jean Dupuis.",
    "Le tableau a été adjugé 4,5 millions d'euros lors d'une vente aux enchères à Drouot.",
    "Ce qu'il faut retenir",
    "Avec AFP",
    "Les enquêteurs ont démantelé un réseau d'escrocs qui vendait de fausses antiquités égyptiennes sur internet.",
    "Mis à jour le 14/03/2024 à 16h12",
    "Il s'est éteint dimanche à l'âge de 88 ans, a annoncé sa famille.",
    "La collecte lancée par la Fondation du patrimoine pour Notre-Dame a dépassé les 200 millions d'euros.",
    "Les sites retenus pour le Loto du patrimoine ont été dévoilés par Stéphane Bern jeudi.",
    "Selon un sondage Ifop, 72 % des Français jugent prioritaire la restauration des églises rurales.",
    "Des archéologues de l'Inrap fouillent une nécropole mérovingienne à Saint-Denis. Photo : Inrap"
  ],
  pt: [
    "LISBOA (Lusa) - Arqueólogos descobriram uma necrópole islâmica durante as obras do metro, no centro da cidade.",
    "A entrada no museu é gratuita aos domingos e feriados até às 14h00 para residentes em Portugal.",
    "Um abaixo-assinado pela reconstrução do Museu Nacional reuniu mais de 100 mil assinaturas.",
    "\"Pedimos a quem tiver fotos antigas do prédio que as envie ao museu\", disse a diretora, Ana Costa.",
    "A peça foi arrematada por R$ 2,3 milhões em leilão no Rio de Janeiro.",
    "Entenda o caso",
    "Com informações da Agência Brasil",
    "A Polícia Federal prendeu três suspeitos de vender fósseis contrabandeados pelas redes sociais.",
    "Atualizado às 15h20",
    "Morreu nesta segunda-feira, aos 90 anos, em Salvador, segundo a família.",
    "Os vencedores do Prémio Europa Nostra foram anunciados em Veneza.",
    "O museu lançou um aplicativo com visitas virtuais em 360 graus ao acervo.",
    "O Palácio de Queluz recebeu 400 mil visitantes no ano passado, segundo a Parques de Sintra.",
    "Restauradores trabalham no teto da Igreja de São Francisco, em Salvador. Foto: Reuters"
  ],
  de: [
    "BERLIN (dpa) - Bei Bauarbeiten in Berlin-Mitte haben Archäologen Reste einer mittelalterlichen Stadtmauer entdeckt.",
    "Der Eintritt ist für Kinder und Jugendliche unter 18 Jahren frei, Erwachsene zahlen 14 Euro.",
    "Eine Petition für die Rückgabe der Benin-Bronzen hatte mehr als 20.000 Unterschriften gesammelt.",
    "„Wer beim Spaziergang etwas findet, sollte es bitte dem Denkmalamt melden“, sagte Landesarchäologin Petra Weber.",
    "Das Gemälde wurde für 3,1 Millionen Euro versteigert.",
    "Das Wichtigste in Kürze",
    "Mit Material von dpa und AFP",
    "Die Polizei warnt vor Betrügern, die sich am Telefon als Mitarbeiter des Landesmuseums ausgeben.",
    "Aktualisiert am 14.03.2024, 16:12 Uhr",
    "Er starb am Sonntag im Alter von 89 Jahren in Köln, wie seine Familie mitteilte.",
    "Der Förderverein sammelte Spenden in Höhe von 250.000 Euro für die Restaurierung der Orgel.",
    "Das Museum bietet eine kostenlose App mit Audioguide in acht Sprachen an.",
    "Die Gewinner des Deutschen Preises für Denkmalschutz werden im Herbst in Leipzig ausgezeichnet.",
    "Restauratorinnen arbeiten am Pergamonaltar. Foto: Britta Pedersen/dpa"
  ]
};
