// The probe's 54th batch (run.mjs --batch 54): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a year of StreamBox Premium plus a 65-inch 4K TV — enter by midnight Sunday",
      "Use code SCREEN20 for 20% off your first three months of Cinevault+",
      "Claim your free £10 bet on the Oscars Best Picture market — new customers only, T&Cs apply, 18+",
      "COMPETITION: Win two VIP tickets to the premiere of Midnight Harbour",
      "Get 3 months of FlickFlow for just $0.99/month. Offer ends soon.",
      "Giveaway!",
      "Bet £5 on who wins Love Villa and get £20 in free bets →"
    ],
    political: [
      "VOTE NOW: Should Hollywood elites be banned from endorsing candidates? YES / NO",
      "Chip in $5 before midnight to stop the radical agenda in Washington",
      "Sign the petition: Tell Congress to defund woke public broadcasting",
      "Are you OUTRAGED by what the Governor just did? Add your name now",
      "Claim your official 2024 Patriot Membership Card — only 500 left",
      "Official Poll: Do you approve of the President's job performance?",
      "They're counting on you to look away. Don't. Rush $10 to the campaign today."
    ],
    newsletter: [
      "Sign up for Screen Time, our free weekly newsletter about what to watch",
      "Already a subscriber? Log in",
      "You've reached your limit of 3 free articles this month.",
      "By signing up, you agree to our Terms of Use and acknowledge the data practices in our Privacy Policy. You may unsubscribe at any time.",
      "Get the best of entertainment news delivered straight to your inbox every Friday",
      "SUBSCRIBE FOR $1 A WEEK",
      "Enter your email address Sign up"
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Tinseltown Daily (@tinseltowndaily)",
      "Follow us on X @ReelBuzzNews for breaking celebrity news",
      "Share this article: Facebook Twitter WhatsApp Email",
      "Join our Facebook group, Telly Addicts Unite, and chat about last night's finale",
      "— Red Carpet Watch (@redcarpetwatch) March 10, 2024",
      "Like us on Facebook"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored Content",
      "Paid Post by Lumière Cosmetics",
      "This content was produced in partnership with StreamNation and does not reflect the views of the editorial team.",
      "Promoted by Vireo Studios",
      "Article continues after this ad"
    ],
    affiliate: [
      "We may earn a commission when you buy through links on our site.",
      "Was £249, now £179 at Currys",
      "Check price on Amazon",
      "BUY IT: The complete Friends box set, $59.99 at Target",
      "Deal: Disney+ annual plan for $109.99 (save 16%)",
      "If you purchase an independently reviewed product through a link on our website, we may receive an affiliate commission.",
      "Shop the look: the exact sequin gown she wore on the red carpet, from £89 at ASOS"
    ],
    scam: [
      "Doctors stunned: 62-year-old actress reveals the one weird trick that erased her wrinkles",
      "Celebrity chef quits TV after discovering this crypto platform making £1,200 a day",
      "You won't believe what the cast of this 90s sitcom looks like today — number 7 will shock you",
      "Homeowners in your area are getting a $3,200 stimulus check — see if you qualify",
      "This Hollywood star's Bitcoin secret has the banks furious",
      "Dermatologists hate him! Drink this before bed to melt belly fat",
      "[Photos] Remember Her? Take A Deep Breath Before You See Her Now"
    ],
    related: [
      "Read more: Netflix confirms fourth and final season of The Gilded Wire",
      "RELATED: Every Marvel movie ranked from worst to best",
      "WATCH: Trailer for the new Bond film drops",
      "More from Culture: Why the sitcom is making a comeback",
      "Recommended - Stars hit the red carpet at the Venice Film Festival",
      "You might also like: Inside the $40 million mansion of a reality TV dynasty",
      "ALSO READ - Interest rates held at 5.25% as inflation cools"
    ],
    app: [
      "Listen to this article",
      "0:00 / 3:21",
      "Download the Showbiz Now app for breaking celebrity alerts",
      "Open in app",
      "Turn on notifications to never miss a premiere announcement",
      "Video unavailable. This video is not available in your country.",
      "This audio is automatically generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism",
      "Our arts coverage is funded by readers like you. Give from just £2 a month.",
      "Become a member today and help keep independent film criticism alive",
      "DONATE",
      "We've raised $48,210 of our $60,000 goal. Help us get there by December 31.",
      "If you value what we do, please consider making a one-off contribution.",
      "Join 12,000 members who make our reporting possible"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This content is hosted by YouTube. We ask for your permission before anything is loaded, as they may be using cookies and other technologies.",
      "Allow all",
      "To view this Instagram post, please enable social media cookies in your settings.",
      "Reject non-essential cookies"
    ]
  },
  es: {
    promo: [
      "¡SORTEO! Gana un año de suscripción a CineMax+ siguiendo estos tres pasos",
      "Usa el código PELIS15 y llévate un 15% de descuento en tu primera cuota",
      "Apuesta 10 € al ganador de los Goya y recibe 50 € en apuestas gratis. +18. Juega con responsabilidad.",
      "Consigue tu entrada gratis para el preestreno"
    ],
    political: [
      "ENCUESTA: ¿Debería el Gobierno dimitir ya? Vota aquí",
      "Firma la petición para acabar con la censura progre en la televisión pública",
      "Hazte afiliado por solo 5 € al mes y defiende España",
      "¿Te indigna lo que ha hecho el ministro? Comparte si estás de acuerdo"
    ],
    newsletter: [
      "Apúntate a nuestra newsletter de series y recibe cada viernes las novedades",
      "¿Ya eres suscriptor? Inicia sesión",
      "Este contenido es exclusivo para suscriptores. Suscríbete por 1 € el primer mes.",
      "Al suscribirte aceptas la política de privacidad y el aviso legal"
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida de Lucía Ferrer (@luciaferrer_oficial)",
      "Síguenos en WhatsApp",
      "Únete a nuestro canal de Telegram para no perderte ninguna exclusiva"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado",
      "Sigue leyendo después del anuncio",
      "Ofrecido por Estrella Films"
    ],
    affiliate: [
      "Como afiliados de Amazon, obtenemos ingresos por las compras adscritas a algunos enlaces de este artículo.",
      "Antes 39,99 €, ahora 24,99 € en Amazon",
      "Ver oferta",
      "CÓMPRALO AQUÍ: la edición coleccionista en Blu-ray por 29,95 €"
    ],
    scam: [
      "Los médicos no se lo explican: la actriz de 58 años que parece de 30 gracias a este truco casero",
      "El presentador que se hizo millonario con bitcoin revela su método en directo",
      "Así están hoy los niños de 'Verano azul': la número 5 te dejará sin palabras",
      "Hacienda devuelve 700 € a quienes cumplan este requisito: compruébalo aquí"
    ],
    related: [
      "Lee también: Netflix renueva 'Las chicas del puerto' por una tercera temporada",
      "MÁS INFORMACIÓN - Los Goya 2025, en directo: alfombra roja y ganadores",
      "Te puede interesar: El precio de la luz baja mañana un 12%",
      "Relacionado: Quién es quién en el reparto de la nueva serie de Movistar Plus+"
    ],
    app: [
      "Escuchar artículo",
      "Descarga la app de Diario Estrellas y activa las alertas",
      "Este vídeo no está disponible",
      "Abrir en la aplicación"
    ],
    donation: [
      "Apoya el periodismo independiente",
      "Hazte socio: sin tu apoyo no podemos seguir",
      "Colabora con nosotros desde 3 € al mes",
      "Llevamos 8.430 socios de los 10.000 que necesitamos este año"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 847 socios almacenamos o accedemos a información en un dispositivo",
      "Este contenido de YouTube está bloqueado. Para verlo, acepta las cookies de terceros."
    ]
  },
  fr: {
    promo: [
      "JEU-CONCOURS : tentez de gagner vos places pour l'avant-première de « Nuit blanche à Cannes »",
      "Profitez de -50 % sur votre abonnement CinéFlix avec le code ECRAN50",
      "Pariez sur les César : 100 € de paris offerts pour votre premier pari",
      "Offre exclusive : 3 mois offerts"
    ],
    political: [
      "SONDAGE : Faut-il dissoudre l'Assemblée ? Votez maintenant",
      "Signez la pétition contre la propagande sur le service public !",
      "Adhérez dès 10 € et recevez votre carte de membre",
      "Scandaleux ! Ce que le gouvernement vous cache — partagez avant que ce soit supprimé"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Séries & Ciné",
      "Déjà abonné ? Connectez-vous",
      "Cet article est réservé aux abonnés. Il vous reste 80 % à découvrir.",
      "Vos données sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Camille Renaud (@camillerenaud)",
      "Suivez-nous sur Instagram @lecran_mag",
      "Partager sur Facebook"
    ],
    adlabel: [
      "PUBLICITÉ",
      "La suite après cette publicité",
      "Contenu sponsorisé",
      "Article proposé par notre partenaire Cinéma Lumen"
    ],
    affiliate: [
      "Cet article contient des liens d'affiliation : nous pouvons percevoir une commission en cas d'achat.",
      "19,99 € au lieu de 34,99 € chez Fnac",
      "Voir le prix sur Amazon",
      "BON PLAN : l'intégrale Kaamelott en Blu-ray à prix cassé"
    ],
    scam: [
      "Les dermatologues sont sidérés : cette actrice de 60 ans dévoile son secret anti-rides",
      "Un animateur télé révèle comment il gagne 3 000 € par semaine grâce aux cryptos",
      "Vous ne reconnaîtrez jamais ces stars des années 80 : la 9e est méconnaissable",
      "Remboursement exceptionnel : vérifiez si vous avez droit à 480 €"
    ],
    related: [
      "À lire aussi : Canal+ dévoile sa grille de rentrée",
      "LIRE AUSSI - Festival de Cannes : la sélection officielle enfin connue",
      "Sur le même sujet : Les meilleures séries de l'année selon la rédaction",
      "VIDÉO - Tempête : les images impressionnantes des vagues sur la côte bretonne"
    ],
    app: [
      "Écouter cet article",
      "Téléchargez l'appli Écran Total pour ne rien rater de vos programmes",
      "Activez les notifications pour recevoir nos alertes",
      "Lecture en cours 00:00 / 02:47"
    ],
    donation: [
      "Soutenez une rédaction indépendante : faites un don",
      "Votre don est déductible à 66 % de vos impôts",
      "Devenez membre de notre club de lecteurs",
      "Objectif : 50 000 € — déjà 32 500 € collectés"
    ],
    cookie: [
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs.",
      "Paramétrer les cookies",
      "Accepter et continuer",
      "Nous et nos 214 partenaires utilisons des cookies pour personnaliser le contenu"
    ]
  },
  pt: {
    promo: [
      "SORTEIO: concorra a um ano de StreamFlix grátis! Veja como participar",
      "Use o cupom TELA30 e ganhe 30% de desconto na assinatura anual",
      "Aposte no vencedor do BBB e ganhe até R$ 500 em bônus. +18",
      "Passatempo: ganhe convites duplos para a antestreia"
    ],
    political: [
      "ENQUETE: Você aprova o governo? Vote agora",
      "Assine o abaixo-assinado contra a doutrinação nas novelas",
      "Contribua com R$ 10 e ajude a salvar o Brasil",
      "Revoltante! Veja o que o deputado fez e compartilhe"
    ],
    newsletter: [
      "Cadastre-se na nossa newsletter e receba as novidades das séries",
      "Já é assinante? Faça login",
      "Assine por R$ 1,90 no primeiro mês e tenha acesso ilimitado",
      "Ao se inscrever, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Mariana Lopes (@marilopes)",
      "Siga o canal da TV Fama no WhatsApp",
      "Partilhe este artigo"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Continua após a publicidade",
      "Conteúdo patrocinado",
      "Oferecido por Cinemar Filmes"
    ],
    affiliate: [
      "Este conteúdo contém links de afiliados. Podemos receber comissão pelas compras.",
      "De R$ 299 por R$ 189 na Amazon",
      "Ver preço",
      "COMPRE AQUI: box da série completa com 20% de desconto"
    ],
    scam: [
      "Médicos ficam chocados: atriz de 65 anos revela segredo para rejuvenescer",
      "Apresentador famoso deixa a TV após ganhar fortuna com robô de criptomoedas",
      "Veja como estão hoje os atores de 'Chiquititas': o 4º vai te surpreender",
      "Dinheiro esquecido: milhões de brasileiros têm valores a receber — consulte já pelo link"
    ],
    related: [
      "Leia também: Globo anuncia elenco da próxima novela das nove",
      "LEIA MAIS - Dólar fecha em alta de 1,2%",
      "Veja também: As 10 melhores séries brasileiras do streaming",
      "Saiba mais: Quem é a atriz que roubou a cena no Festival de Gramado"
    ],
    app: [
      "Ouvir notícia",
      "Baixe o app do Portal Estrelas e receba alertas",
      "Ative as notificações",
      "Este vídeo não está disponível"
    ],
    donation: [
      "Apoie o jornalismo independente",
      "Seja membro a partir de R$ 9,90 por mês",
      "Faça um Pix e ajude a manter este site no ar",
      "Meta: 2.000 apoiadores — já somos 1.348"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 198 parceiros armazenamos e/ou acedemos a informações num dispositivo",
      "Este conteúdo do YouTube foi bloqueado. Permita cookies de terceiros para assistir."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Jetzt zwei Kinotickets für die Premiere von »Nordlicht« gewinnen!",
      "Mit dem Code SERIE25 sparen Sie 25 % auf Ihr erstes Jahr FilmWelt+",
      "Neukundenbonus: Bis zu 100 € auf deine erste Wette sichern! 18+ | Glücksspiel kann süchtig machen",
      "Gratis-Probemonat einlösen"
    ],
    political: [
      "UMFRAGE: Sollte der Rundfunkbeitrag abgeschafft werden? Jetzt abstimmen!",
      "Unterschreiben Sie jetzt die Petition gegen den Gender-Wahnsinn im Fernsehen",
      "Werden Sie Fördermitglied für nur 5 € im Monat – Deutschland braucht Sie!",
      "Empörend! Was die Regierung jetzt plant – teilen, bevor es gelöscht wird"
    ],
    newsletter: [
      "Jetzt den Serien-Newsletter abonnieren",
      "Bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus: 4 Wochen für 0,99 €, danach 9,99 € monatlich, jederzeit kündbar",
      "Mit Ihrer Anmeldung stimmen Sie unseren Datenschutzbestimmungen zu. Abmeldung jederzeit möglich."
    ],
    social: [
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Lena Hofmann (@lena.hofmann)",
      "Folgen Sie uns auf Facebook und Instagram",
      "Artikel teilen"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Lesen Sie nach der Anzeige weiter",
      "Präsentiert von Kinowelt Entertainment"
    ],
    affiliate: [
      "Hinweis: Wenn Sie über einen dieser Links einkaufen, erhalten wir eine Provision.",
      "Statt 49,99 € jetzt nur 29,99 € bei MediaMarkt",
      "Jetzt bei Amazon ansehen*",
      "*Affiliate-Link"
    ],
    scam: [
      "Ärzte sind sprachlos: TV-Star (61) verrät ihr Geheimnis gegen Falten",
      "Moderator verlässt Sendung nach Krypto-Gewinnen – so funktioniert sein System",
      "So sehen die Soap-Stars der 90er heute aus – Nummer 6 ist kaum wiederzuerkennen",
      "Rentner kassieren 1.400 € Rückerstattung – prüfen Sie jetzt Ihren Anspruch"
    ],
    related: [
      "Lesen Sie auch: ARD setzt Kult-Krimi nach 20 Jahren ab",
      "MEHR ZUM THEMA – Berlinale: Alle Gewinner im Überblick",
      "Auch interessant: Bahnstreik – diese Strecken sind betroffen",
      "Empfehlung der Redaktion: Die besten Netflix-Serien des Jahres"
    ],
    app: [
      "Artikel anhören",
      "Laden Sie jetzt die App von Star-Report herunter",
      "In der App öffnen",
      "Dieser Artikel wurde maschinell vertont."
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt Mitglied werden",
      "Spenden Sie schon ab 5 € – jeder Beitrag zählt",
      "Schon 7.842 von 10.000 Unterstützer:innen"
    ],
    cookie: [
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von YouTube. Um ihn zu sehen, müssen Sie der Datenverarbeitung zustimmen.",
      "Alle akzeptieren",
      "Cookie-Einstellungen",
      "Wir und unsere 176 Partner verwenden Cookies und ähnliche Technologien"
    ]
  }
};

export const GENUINE = {
  en: [
    "LOS ANGELES (Reuters) - Netflix added 9.3 million subscribers in the fourth quarter, beating analysts' forecasts.",
    "The streaming service will raise the price of its standard plan from $15.49 to $17.99 a month starting in January.",
    "Updated 21:47 GMT",
    "Key points",
    "The actor, who died on Tuesday aged 84, is survived by his wife and three children.",
    "\"Go and see it in a cinema, with strangers, the way it was meant to be seen,\" the director told the audience.",
    "Additional reporting by Hannah Brooks in London",
    "The film's makers say the first episode will be free to watch on YouTube for a week after its release.",
    "More than 200,000 people have signed a petition calling on the network to reverse its decision to cancel the show.",
    "Police said the couple were victims of a romance scam in which fraudsters used AI-generated videos of the actor to ask for money.",
    "The winner of this year's series will take home £100,000.",
    "Pictured: The cast at the London premiere in Leicester Square on Wednesday night",
    "What we know so far",
    "The singer urged fans on Instagram to \"stop sending hate\" to the show's contestants.",
    "Viewers can vote for their favourite contestant via the ITVX app, with lines closing at 10pm.",
    "Tickets for the festival go on sale on Friday, priced from £35.",
    "The documentary has helped raise more than $1.2m in donations for the actor's Parkinson's research foundation.",
    "Analysis",
    "Disney+ subscribers in the UK will see adverts from November unless they pay for the premium tier.",
    "The studio said the film took $156 million at the global box office over its opening weekend.",
    "A spokesperson for the star said she would not be commenting further and asked for privacy for her family.",
    "In a statement posted to X, the actor wrote: \"Thank you for 20 incredible years.\"",
    "The regulator found the broadcaster had breached rules by failing to make clear that a competition segment was pre-recorded.",
    "Jane Porter is our senior entertainment correspondent, covering film and television from Los Angeles.",
    "The Oscars will be broadcast live on ABC on Sunday, 2 March, from 7pm Eastern.",
    "Final score: Lakers 112, Celtics 104 — with the actor courtside for the third straight game.",
    "Buyers of the limited-edition box set complained that the discs were missing the promised bonus episodes.",
    "Fans queued overnight outside the cinema for the first screening, some dressed as characters.",
    "The show's producers said a portion of ticket revenue will be donated to children's hospices.",
    "Cookie, the dog who played Rex in the long-running soap, has died aged 14, producers announced.",
    "The series topped Netflix's global top 10 chart for a third consecutive week, with 24.1 million views.",
    "Asked whether subscribers would accept another price rise, the chief executive said the company offered \"great value\".",
    "The BBC licence fee will rise to £174.50 from April.",
    "She won Best Actress at the Baftas on Sunday, beating the bookmakers' favourite.",
    "Photograph: Dave Benett/Getty Images",
    "This article was amended on 12 March 2024 to correct the name of the film's producer.",
    "The poll of 1,200 critics named it the greatest British film of the century.",
    "Streaming apps including Max and Paramount+ were briefly unavailable on some smart TVs following a software update.",
    "He later apologised, saying he had been \"naive\" to promote the cryptocurrency to his 4 million followers.",
    "Read the full list of nominees below."
  ],
  es: [
    "MADRID, 12 Feb. (EUROPA PRESS) - La película de Rodrigo Sorogoyen parte como favorita en la gala de los Goya.",
    "Netflix subirá el precio de su plan estándar a 13,99 euros al mes a partir de abril.",
    "La actriz, que falleció el martes a los 87 años, deja un legado de más de cien películas.",
    "\"Id al cine, apoyad el cine español\", pidió la directora al recoger el premio.",
    "Más de 50.000 personas han firmado una petición en Change.org para que la cadena no cancele la serie.",
    "Claves",
    "Actualizado a las 18:45",
    "La Policía Nacional alerta de una estafa que usa la imagen de presentadores famosos para promocionar falsas inversiones en criptomonedas.",
    "El ganador del concurso se llevará un premio de 100.000 euros.",
    "La cantante anunció su retirada a través de un vídeo publicado en su cuenta de Instagram.",
    "En la imagen, el reparto de la serie durante el estreno en Madrid, este miércoles.",
    "La recaudación de la gala benéfica se donará íntegramente a la investigación contra el cáncer infantil.",
    "Con información de Laura Gómez",
    "El primer episodio podrá verse gratis en RTVE Play hasta el domingo."
  ],
  fr: [
    "PARIS (AFP) - Le film de Justine Triet a remporté six César vendredi soir, dont celui du meilleur film.",
    "Canal+ augmentera le prix de son abonnement de 2 euros par mois à partir de septembre.",
    "Mis à jour le 14/03/2024 à 17h32",
    "Ce qu'il faut retenir",
    "L'acteur est mort dimanche à l'âge de 89 ans, a annoncé sa famille à l'AFP.",
    "« Allez au cinéma, c'est là que les films vivent », a lancé la réalisatrice en recevant son prix.",
    "Une pétition réclamant le retour de l'émission a recueilli plus de 80 000 signatures en une semaine.",
    "Des escrocs utilisent de fausses publicités mettant en scène l'animateur pour vendre des placements frauduleux, met en garde la gendarmerie.",
    "Le gagnant de la saison remportera 100 000 euros, dont une partie sera reversée à une association.",
    "Sur Instagram, la chanteuse a remercié ses fans pour leur soutien.",
    "L'acteur lors de la montée des marches au Festival de Cannes, le 16 mai 2024. (Photo : Valery Hache/AFP)",
    "Avec Marie Dupont à Cannes",
    "Le premier épisode sera disponible gratuitement sur France.tv dès lundi.",
    "Selon un sondage Ifop, 62 % des Français regardent au moins une série par semaine."
  ],
  pt: [
    "RIO DE JANEIRO (Reuters) - O filme brasileiro venceu o Oscar de melhor filme internacional neste domingo.",
    "A Netflix vai reajustar o plano padrão para R$ 44,90 por mês a partir de março.",
    "Atualizado às 19h12",
    "O que se sabe até agora",
    "O ator morreu nesta terça-feira, aos 82 anos, em decorrência de complicações de uma pneumonia.",
    "\"Vão ao cinema, prestigiem o cinema nacional\", pediu a atriz ao receber o prêmio.",
    "Um abaixo-assinado pedindo a volta da novela já reuniu mais de 100 mil assinaturas.",
    "A Polícia Civil investiga um golpe em que criminosos usavam a imagem da apresentadora para anunciar falsos sorteios.",
    "O vencedor do reality levará para casa um prêmio de R$ 2,7 milhões.",
    "Pelo Instagram, o cantor agradeceu as mensagens de carinho dos fãs.",
    "A atriz no tapete vermelho do Festival de Gramado, no sábado (Foto: Divulgação)",
    "Colaborou Ana Souza, de São Paulo",
    "O primeiro episódio estará disponível gratuitamente no Globoplay até domingo.",
    "A renda do show beneficente será doada às vítimas das enchentes no Rio Grande do Sul."
  ],
  de: [
    "BERLIN (dpa) - Der Film gewann am Samstagabend den Goldenen Bären der Berlinale.",
    "Netflix erhöht den Preis für das Standard-Abo in Deutschland auf 13,99 Euro im Monat.",
    "Aktualisiert am 15.02.2024, 18:40 Uhr",
    "Das Wichtigste in Kürze",
    "Der Schauspieler starb am Dienstag im Alter von 86 Jahren, wie seine Familie mitteilte.",
    "»Geht ins Kino, unterstützt die Kinos in euren Städten«, rief die Regisseurin dem Publikum zu.",
    "Eine Online-Petition für die Fortsetzung der Serie hat bereits mehr als 60.000 Unterschriften gesammelt.",
    "Die Verbraucherzentrale warnt vor betrügerischen Anzeigen, in denen Prominente angeblich für Krypto-Anlagen werben.",
    "Der Gewinner der Staffel erhält 50.000 Euro Preisgeld.",
    "Auf Instagram bedankte sich die Sängerin bei ihren Fans für die Unterstützung.",
    "Die Schauspielerin auf dem roten Teppich bei der Premiere in München. Foto: Tobias Hase/dpa",
    "Mitarbeit: Julia Weber",
    "Die erste Folge ist ab Freitag kostenlos in der ARD-Mediathek abrufbar.",
    "Die Einnahmen der Benefizgala gehen an die Deutsche Krebshilfe."
  ]
};
