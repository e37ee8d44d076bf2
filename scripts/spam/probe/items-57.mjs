// The probe's 57th batch (run.mjs --batch 57): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a year's supply of nappies from SnugBums — enter by midnight Sunday",
      "Use code FAMILY20 for 20% off your first TinyTote subscription box",
      "Claim your free baby starter kit worth £75 – just pay postage",
      "Bet £10, get £30 in free bets. New customers only. 18+ T&Cs apply. BeGambleAware.org",
      "COMPETITION: Win a family break for four at Willowbrook Holiday Park",
      "Half-price school shoes this weekend only at KiddoStep — shop now",
      "Enter our prize draw"
    ],
    political: [
      "VOTE NOW: Should parents who smack their children be prosecuted? Yes / No",
      "Chip in $5 before midnight to stop the radical left's war on families",
      "SIGN THE PETITION: Keep gender ideology out of our kids' classrooms",
      "Are you with Trump? Claim your official 2024 Supporter Card today",
      "Outraged? Tell Labour to scrap the two-child cap NOW →",
      "Only 48 hours left to double your impact — every dollar matched for Parents' Rights PAC",
      "Poll: Do you trust the Prime Minister?"
    ],
    newsletter: [
      "Sign up to our Parenting Matters newsletter for weekly tips straight to your inbox",
      "Already a subscriber? Log in",
      "You've reached your limit of free articles this month. Subscribe for just £1 a week.",
      "By signing up you agree to our Terms of Use and acknowledge the data practices in our Privacy Policy. You may unsubscribe at any time.",
      "Get The Nest Egg: the best family-finance advice, every Thursday. Enter your email",
      "This article is for subscribers only",
      "Thanks for subscribing!"
    ],
    social: [
      "View this post on Instagram",
      "A post shared by Mumma Bear Diaries (@mummabeardiaries)",
      "Follow us on Facebook for more parenting stories",
      "Join our Facebook group, Raising Teens Together, with 40,000 parents",
      "Share this article: Facebook | X | WhatsApp | Email",
      "@DadLifeDaily on TikTok",
      "Follow @FamilyDeskNews"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below advertisement",
      "Sponsored",
      "Paid post: Promoted by LittleLeap Nurseries",
      "This content was produced in partnership with Cuddlecot and does not reflect the views of the editorial team.",
      "Advertisement - scroll to continue",
      "PARTNER CONTENT"
    ],
    affiliate: [
      "We may earn a commission if you buy through links in this article.",
      "Was £249, now £179 at John Lewis",
      "Check price on Amazon",
      "BUY IT: Joie i-Snug 2 car seat, £130, Argos",
      "Best Buy deal: Nanit Pro baby monitor $199.99 (save $100)",
      "Our pick: the BabyBjörn Bouncer Bliss — see the latest deals →",
      "Every product is independently selected by our editors. If you buy something, we may earn an affiliate commission."
    ],
    scam: [
      "Doctors stunned: mum, 43, reverses grey hair with this kitchen ingredient",
      "Single mother earns £4,700 a week from home with new crypto app — banks furious",
      "One weird trick to get your toddler to sleep through the night (paediatricians hate it)",
      "Parents born before 1985 are eligible for a £2,300 child benefit refund — check now",
      "20 celebrity kids who grew up to be unrecognisable – number 7 will shock you",
      "The ADHD cure Big Pharma doesn't want you to know about",
      "Grandmother's simple method melts belly fat overnight"
    ],
    related: [
      "Read more: Why more fathers are taking shared parental leave",
      "RELATED: School holiday childcare costs hit record £1,000 per child",
      "WATCH: Toddler's reaction to baby brother goes viral",
      "More from Family: The grandparents raising their grandchildren",
      "Recommended: How to talk to your kids about divorce",
      "You might also like - Couples who met online are more likely to marry, study finds",
      "ALSO READ - Government unveils 30 free hours expansion for working parents"
    ],
    app: [
      "Download the app for the best experience",
      "Listen to this article",
      "0:00 / 3:21",
      "Video unavailable",
      "Turn on notifications to never miss a story",
      "Open in app",
      "This audio is automatically generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism — become a member today from £5 a month",
      "We're not backed by billionaires. If you value our family coverage, please donate.",
      "Our goal: $50,000. Raised so far: $31,240",
      "DONATE",
      "Readers like you keep this reporting free. Give once or give monthly.",
      "Become a supporter",
      "Can you spare $1? That's all it takes to keep independent journalism alive."
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and access information on your device",
      "This embedded content is blocked because you have not consented to social media cookies.",
      "Allow all cookies",
      "Content unavailable. Update your cookie settings to view it.",
      "Instagram content: This content may use cookies and other technologies. Click Accept to load it."
    ]
  },
  es: {
    promo: [
      "¡SORTEO! Gana un carrito de bebé Bebeconfort valorado en 600 €",
      "Código MAMI15: 15% de descuento en toda la tienda Pequeñines",
      "Apuesta 10 € y llévate 50 € en apuestas gratis. +18. Juega con responsabilidad.",
      "Consigue GRATIS tu kit de bienvenida para el bebé"
    ],
    political: [
      "VOTA: ¿Debe el Gobierno prohibir el móvil a los menores de 16 años? Sí / No",
      "Firma ya para frenar el adoctrinamiento en las aulas de nuestros hijos",
      "Hazte afiliado y recibe tu carné oficial del partido",
      "¡Indignante! Mira lo que Sánchez quiere hacer con tus hijos"
    ],
    newsletter: [
      "Suscríbete a nuestra newsletter de Crianza y recibe cada semana los mejores consejos",
      "¿Ya eres suscriptor? Inicia sesión",
      "Este contenido es exclusivo para suscriptores. Suscríbete por 1 € el primer mes",
      "Al suscribirte, aceptas la política de privacidad y el tratamiento de tus datos con fines comerciales."
    ],
    social: [
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Mamá en Apuros (@mamaenapuros)",
      "Síguenos en Facebook, X e Instagram",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado por Dodot",
      "La noticia continúa tras el anuncio",
      "Ofrecido por Nenuco"
    ],
    affiliate: [
      "Como asociado de Amazon, obtenemos ingresos por las compras adscritas que cumplen los requisitos aplicables.",
      "Antes 89,99 €, ahora 59,99 € en Amazon",
      "Ver oferta",
      "Compra aquí el vigilabebés Motorola PIP1200 al mejor precio"
    ],
    scam: [
      "Los médicos no se lo creen: esta madre de 45 años parece de 25 gracias a un truco casero",
      "Una madre de Sevilla gana 3.000 € al mes desde casa con este método de criptomonedas",
      "Padres nacidos antes de 1990 pueden reclamar hasta 1.800 € a Hacienda. Compruébalo aquí",
      "Así están hoy los niños de 'Médico de familia': el número 5 te dejará sin palabras"
    ],
    related: [
      "Lee también: Los abuelos, la red invisible que sostiene la conciliación",
      "TE PUEDE INTERESAR: Cómo hablar con tus hijos sobre el divorcio",
      "Noticia relacionada - El permiso por nacimiento se amplía a 20 semanas",
      "Más en Familia: Por qué cada vez más parejas deciden no tener hijos"
    ],
    app: [
      "Descarga la app y recibe las noticias al momento",
      "Escuchar noticia",
      "Activa las notificaciones",
      "Vídeo no disponible"
    ],
    donation: [
      "Apoya el periodismo independiente: hazte socio desde 5 € al mes",
      "Colabora con nosotros",
      "Sin tu apoyo, esta información no existiría. Dona ahora.",
      "Objetivo: 2.000 socios. Llevamos 1.342"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 845 socios almacenamos o accedemos a información en tu dispositivo",
      "Este contenido está bloqueado porque no has aceptado las cookies de terceros."
    ]
  },
  fr: {
    promo: [
      "JEU-CONCOURS : tentez de gagner une poussette Babyzen YOYO² d'une valeur de 499 €",
      "-20 % sur toute la boutique Petit Chou avec le code BEBE20",
      "Pariez 10 €, recevez 100 € offerts en freebets. Jouer comporte des risques : endettement, dépendance... Appelez le 09 74 75 13 13.",
      "Recevez gratuitement votre box maternité"
    ],
    political: [
      "SONDAGE : Faut-il supprimer les allocations familiales aux familles aisées ? Votez !",
      "Signez la pétition contre la théorie du genre à l'école",
      "Adhérez dès aujourd'hui et recevez votre carte de membre 2024",
      "Scandale : ce que Macron prépare pour vos enfants va vous révolter"
    ],
    newsletter: [
      "Inscrivez-vous à la newsletter Famille et recevez nos conseils chaque mercredi",
      "Déjà abonné ? Se connecter",
      "Cet article est réservé aux abonnés. Abonnez-vous pour 1 € le premier mois, sans engagement.",
      "Vos données sont traitées conformément à notre politique de confidentialité. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Voir cette publication sur Instagram",
      "Une publication partagée par Maman Débordée (@mamandebordee)",
      "Suivez-nous sur Facebook et Instagram",
      "Rejoignez notre groupe de parents sur Facebook"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Contenu proposé par Pampers. La rédaction n'a pas participé à sa réalisation."
    ],
    affiliate: [
      "Cet article contient des liens d'affiliation : nous pouvons percevoir une commission en cas d'achat.",
      "79,99 € au lieu de 119,99 € chez Cdiscount",
      "Voir l'offre sur Amazon",
      "Le babyphone Philips Avent est à prix cassé aujourd'hui : profitez-en"
    ],
    scam: [
      "Les médecins sont stupéfaits : cette maman de 42 ans a perdu 15 kilos sans régime",
      "Une mère au foyer gagne 5 000 € par mois grâce au Bitcoin, sa banque est furieuse",
      "CAF : les parents nés avant 1988 peuvent toucher une prime de 1 500 €. Vérifiez votre éligibilité",
      "Ces enfants stars des années 90 sont méconnaissables aujourd'hui (le n°4 va vous choquer)"
    ],
    related: [
      "À lire aussi : Congé de naissance : ce qui va changer pour les pères",
      "LIRE AUSSI - Garde alternée : les juges de plus en plus sollicités",
      "VIDÉO - Le fou rire d'un bébé fait le tour des réseaux",
      "Sur le même sujet : Ces grands-parents qui gardent leurs petits-enfants tous les jours"
    ],
    app: [
      "Téléchargez l'application",
      "Écouter cet article",
      "Activez les notifications pour ne rien manquer",
      "00:00 / 02:47"
    ],
    donation: [
      "Soutenez un journalisme indépendant : faites un don",
      "Votre don est déductible à 66 % de vos impôts",
      "Devenez membre de notre communauté de lecteurs",
      "Objectif : 10 000 donateurs. Déjà 7 412 !"
    ],
    cookie: [
      "Acceptez les cookies pour afficher ce contenu",
      "Paramétrer les cookies",
      "Nous et nos 728 partenaires stockons et/ou accédons à des informations sur votre appareil",
      "Ce contenu n'est pas accessible car vous avez refusé les cookies YouTube. Modifier mes choix"
    ]
  },
  pt: {
    promo: [
      "PROMOÇÃO: Ganhe um carrinho de bebê Burigotto! Participe até domingo",
      "Cupom MAMAE10 garante 10% de desconto na primeira compra da Bebê Feliz",
      "Aposte R$ 20 e ganhe R$ 100 em apostas grátis. Jogue com responsabilidade. +18",
      "Resgate já o seu kit maternidade GRÁTIS"
    ],
    political: [
      "ENQUETE: Você concorda com a educação domiciliar? Vote agora!",
      "Assine o abaixo-assinado contra a ideologia de gênero nas escolas",
      "Filie-se e receba sua carteirinha oficial de apoiador",
      "Revoltante! Veja o que o governo Lula quer fazer com seus filhos"
    ],
    newsletter: [
      "Cadastre-se na newsletter Maternidade e receba dicas toda semana no seu e-mail",
      "Já é assinante? Faça login",
      "Você atingiu o limite de reportagens gratuitas. Assine por R$ 1,90 no primeiro mês",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Mãe Real (@maereal)",
      "Siga-nos no Instagram e no TikTok",
      "Entre no nosso canal do WhatsApp e receba as principais notícias"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Oferecido por Huggies | Conteúdo de marca"
    ],
    affiliate: [
      "Podemos receber comissão pelas vendas realizadas por meio dos links desta página.",
      "De R$ 499,90 por R$ 349,90 na Amazon",
      "Confira o preço na loja",
      "COMPRE AGORA: Babá eletrônica Multilaser com câmera"
    ],
    scam: [
      "Médicos chocados: mãe de 40 anos elimina a flacidez com ingrediente da cozinha",
      "Dona de casa fatura R$ 7 mil por mês com robô de investimentos; bancos odeiam",
      "Quem tem filhos pode ter direito a R$ 2.500 esquecidos; veja como sacar",
      "Lembra dela? Veja como está hoje a atriz mirim de 'Chiquititas' — a número 3 vai te surpreender"
    ],
    related: [
      "LEIA TAMBÉM: Licença-paternidade de 20 dias: quem tem direito",
      "Veja também - Pais que dividem tarefas têm relacionamentos mais felizes, diz estudo",
      "Saiba mais: Como escolher a creche ideal para o seu filho",
      "VÍDEO: Bebê reage ao ouvir a voz da mãe pela primeira vez"
    ],
    app: [
      "Baixe o app",
      "Ouça esta reportagem",
      "Ative as notificações",
      "Este vídeo não está disponível"
    ],
    donation: [
      "Apoie o jornalismo independente",
      "Faça uma contribuição via Pix",
      "Seja membro e ajude a manter nosso conteúdo gratuito para todos",
      "Meta do mês: R$ 30.000 — já arrecadamos 64%"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerenciar preferências",
      "Nós e os nossos 540 parceiros armazenamos e/ou acedemos a informações num dispositivo",
      "Conteúdo bloqueado. Para visualizar, permita os cookies de redes sociais."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Gewinnen Sie einen Kinderwagen von Kinderglück im Wert von 800 Euro!",
      "Mit dem Code FAMILIE15 sparen Sie 15 % im Windelwelt-Shop",
      "Jetzt 100 € Neukundenbonus sichern! 18+ | Glücksspiel kann süchtig machen.",
      "Gratis-Probierpaket für Ihr Baby anfordern"
    ],
    political: [
      "UMFRAGE: Soll das Kindergeld für Reiche gestrichen werden? Jetzt abstimmen!",
      "Jetzt unterschreiben: Stoppt die Frühsexualisierung unserer Kinder!",
      "Werden Sie Mitglied und erhalten Sie Ihren Parteiausweis",
      "Unfassbar: Was die Ampel mit Ihren Kindern vorhat"
    ],
    newsletter: [
      "Abonnieren Sie unseren Familien-Newsletter – jeden Freitag kostenlos in Ihrem Postfach",
      "Sie sind bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus: 4 Wochen für 0,99 €, danach monatlich kündbar",
      "Mit Ihrer Anmeldung willigen Sie in die Verarbeitung Ihrer Daten gemäß unserer Datenschutzerklärung ein."
    ],
    social: [
      "Dieses Bild auf Instagram ansehen",
      "Ein Beitrag geteilt von Mama Chaos (@mamachaos_blog)",
      "Folgen Sie uns auf Facebook und Instagram",
      "Artikel teilen: WhatsApp | Facebook | E-Mail"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Lesen Sie nach der Anzeige weiter",
      "Dieser Beitrag entstand in Kooperation mit Hipp."
    ],
    affiliate: [
      "Dieser Artikel enthält Affiliate-Links. Bei einem Kauf erhalten wir eine Provision, für Sie ändert sich am Preis nichts.",
      "Statt 129,99 € jetzt nur 89,99 € bei Otto",
      "Hier bei Amazon kaufen*",
      "*Affiliate-Link"
    ],
    scam: [
      "Ärzte sprachlos: 47-jährige Mutter sieht dank Hausmittel 20 Jahre jünger aus",
      "Alleinerziehende verdient 4.000 € im Monat mit Bitcoin-Trick – Banken schockiert",
      "Eltern mit Kindern unter 18 haben Anspruch auf 1.200 € Rückzahlung – jetzt prüfen",
      "So sehen die Kinderstars von damals heute aus – Nr. 6 erkennt man nicht wieder"
    ],
    related: [
      "Lesen Sie auch: Elterngeld – was sich 2024 ändert",
      "MEHR ZUM THEMA: Warum immer mehr Väter in Teilzeit gehen",
      "Auch interessant - Kita-Streik: Was Eltern jetzt wissen müssen",
      "VIDEO: Zwillinge feiern ihren 100. Geburtstag"
    ],
    app: [
      "Jetzt die App herunterladen",
      "Artikel vorlesen lassen",
      "Push-Benachrichtigungen aktivieren",
      "Dieses Video ist leider nicht mehr verfügbar"
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt spenden",
      "Werden Sie Genossin oder Genosse und sichern Sie unsere Unabhängigkeit",
      "Schon 12.480 Unterstützer:innen – helfen Sie uns, die 15.000 zu erreichen"
    ],
    cookie: [
      "Externen Inhalt laden",
      "Cookies akzeptieren und Inhalt anzeigen",
      "Wir und unsere 214 Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät zu",
      "An dieser Stelle finden Sie einen externen Inhalt von YouTube. Um ihn anzuzeigen, benötigen wir Ihre Zustimmung."
    ]
  }
};

export const GENUINE = {
  en: [
    "Full-time nursery places now cost an average of £15,000 a year, according to the charity Coram.",
    "From September, eligible working parents in England can claim 30 hours of free childcare a week for children from nine months old.",
    "\"Sign up early, because places fill fast,\" said Jenna Morris, who runs a childminding service in Leeds.",
    "A petition calling for statutory paid leave for fathers has gathered more than 120,000 signatures, meaning it will be considered for debate in Parliament.",
    "Police warned parents about a scam in which fraudsters posing as children text \"Hi Mum, I've lost my phone\" and ask for money.",
    "Key points",
    "What we know so far",
    "Updated 14:32",
    "LONDON (Reuters) - Britain's birth rate fell for the third consecutive year in 2023, official data showed on Tuesday.",
    "Additional reporting by Priya Desai",
    "The app, which lets parents track their baby's feeds and naps, has been downloaded more than two million times.",
    "Sarah Thompson, 34, with her twins Ella and Max at their home in Bristol. Photograph: Tom Hughes",
    "In a poll of 2,000 parents by Mumsnet, 62% said they had cut back on spending on themselves to afford childcare.",
    "He is survived by his wife of 52 years, Margaret, three children and seven grandchildren.",
    "The winner of this year's Young Carer of the Year award, 14-year-old Amira Hassan, looks after her mother and two younger brothers.",
    "Analysis",
    "The family have set up a GoFundMe page to cover the cost of their son's treatment in the US, raising more than £80,000 in a week.",
    "Subscriptions to baby formula delivery services rose sharply during the shortage, retailers said.",
    "The offer of free school meals for all primary pupils in London has been extended for another year, the mayor announced.",
    "Emma Barnett is the family correspondent. She has two children and lives in Manchester.",
    "Some parents share up to 1,500 images of their children on Instagram before the child turns five, the study found.",
    "\"Follow your instincts, and don't be afraid to ask for help,\" the midwife told new parents.",
    "Toy prices rose 8% in the year to December, with the average family spending £430 on Christmas presents.",
    "The couple, who met on the dating app Hinge in 2019, married last summer.",
    "St Mary's Under-11s won the county cup final 3-1 on Saturday, with two goals from nine-year-old Leo Grant.",
    "The full findings are published in the journal Pediatrics.",
    "Ofsted rated the nursery \"inadequate\" after inspectors found children had been left unsupervised.",
    "Families earning up to £100,000 can claim up to £2,000 a year per child through Tax-Free Childcare.",
    "The cookies and cupcakes at the school bake sale raised £340 for the PTA.",
    "The charity urges parents who are struggling to call its free helpline on 0808 800 5000.",
    "Divorce applications rose by 22% after no-fault divorce was introduced in April 2022.",
    "What are the rules on taking children out of school during term time?",
    "Parents can be fined £80 per child for unauthorised absences, rising to £160 if not paid within 21 days.",
    "A father plays with his daughter at a playground in Stockholm, where parents share 480 days of paid leave.",
    "Meta said it would introduce new parental controls allowing parents to see how long teenagers spend on Instagram.",
    "Second-hand car seats sold online may have been in a crash and should be avoided, the consumer group Which? warned.",
    "Correction: An earlier version of this article misstated the age of the youngest child.",
    "WASHINGTON (AP) — The average cost of child care in the U.S. climbed to more than $11,500 a year in 2023, according to a new report.",
    "The government said it had no plans to lift the two-child benefit limit, despite pressure from campaigners.",
    "Lucy, pictured with her newborn son, says joining a local parents' WhatsApp group helped her cope with loneliness."
  ],
  es: [
    "Una plaza en una escuela infantil privada de Madrid cuesta de media 450 euros al mes, según la OCU.",
    "El Gobierno aprobó este martes la gratuidad de la educación de 0 a 3 años para todas las familias.",
    "MADRID (EFE) - La natalidad en España cayó un 2 % en 2023 hasta situarse en mínimos históricos.",
    "«Pedimos a las familias que denuncien cualquier mensaje sospechoso», dijo un portavoz de la Policía Nacional sobre la estafa del 'hijo en apuros'.",
    "Claves de la reforma",
    "Actualizado a las 13:45",
    "Con información de Laura Gómez",
    "La campaña de recogida de firmas para ampliar el permiso de lactancia ha superado las 200.000 adhesiones en Change.org.",
    "La ganadora del concurso de cuentos infantiles, una niña de 9 años de Zaragoza, recibió un lote de libros.",
    "María, junto a sus dos hijas en el parque del Retiro. / JAIME VILLANUEVA",
    "El complemento de 100 euros al mes por hijo se podrá solicitar a través de la sede electrónica de la Seguridad Social.",
    "Según una encuesta del CIS, el 40 % de los jóvenes que no tienen hijos alega motivos económicos.",
    "Le sobreviven su esposa, sus tres hijos y sus cinco nietos.",
    "La aplicación de control parental permite a los padres limitar el tiempo de pantalla de los menores."
  ],
  fr: [
    "PARIS (AFP) - Le nombre de naissances en France a atteint en 2023 son plus bas niveau depuis la Seconde Guerre mondiale, selon l'Insee.",
    "Une place en crèche coûte en moyenne 1 500 euros par mois à la collectivité.",
    "« N'hésitez pas à appeler le 119 si vous êtes témoin de violences », a insisté la ministre.",
    "Ce qu'il faut retenir",
    "Mis à jour le 12 mars 2024 à 10h15",
    "Avec AFP",
    "Une pétition réclamant un allongement du congé paternité a recueilli plus de 80 000 signatures.",
    "Les parents peuvent faire leur demande de complément de libre choix du mode de garde directement sur l'application de la CAF.",
    "Les gendarmes mettent en garde contre une arnaque par SMS visant les parents : « Maman, j'ai cassé mon téléphone ».",
    "Claire et son fils Hugo, 6 ans, dans leur appartement de Lyon. (Photo Jean Dupont)",
    "Selon un sondage Ifop, 58 % des parents estiment manquer de temps pour leurs enfants.",
    "Il laisse derrière lui son épouse, ses deux filles et quatre petits-enfants.",
    "La distribution gratuite de protections périodiques aux lycéennes sera étendue à la rentrée.",
    "L'équipe des moins de 12 ans s'est imposée 2-0 en finale du tournoi régional."
  ],
  pt: [
    "SÃO PAULO (Reuters) - A taxa de fecundidade no Brasil caiu para 1,6 filho por mulher, segundo o IBGE.",
    "A mensalidade média de uma creche particular em São Paulo é de R$ 1.800, segundo levantamento do Procon.",
    "\"Desconfie de qualquer mensagem pedindo dinheiro em nome de um filho\", alertou a delegada responsável pelo caso.",
    "Entenda o caso",
    "Atualizado às 16h20",
    "Colaborou Mariana Souza",
    "Um abaixo-assinado pedindo a ampliação da licença-paternidade já reúne mais de 300 mil assinaturas.",
    "O Bolsa Família paga um adicional de R$ 150 por criança de até seis anos.",
    "Ana Paula com os filhos gêmeos em casa, em Belo Horizonte. Foto: João Silva/Folhapress",
    "Segundo pesquisa Datafolha, 47% das mães dizem ter deixado o emprego após o nascimento do primeiro filho.",
    "Ele deixa a esposa, três filhos e seis netos.",
    "O aplicativo permite que os pais acompanhem a frequência escolar dos filhos em tempo real.",
    "A vencedora do concurso de redação, de 11 anos, ganhou uma bolsa de estudos integral.",
    "O time sub-13 venceu a final por 2 a 1 no último sábado."
  ],
  de: [
    "BERLIN (dpa) - Die Zahl der Geburten in Deutschland ist 2023 auf den niedrigsten Stand seit zehn Jahren gesunken.",
    "Ein Kita-Platz kostet in München bis zu 800 Euro im Monat, in Berlin ist er beitragsfrei.",
    "„Eltern sollten sich frühzeitig um einen Platz bemühen“, sagte die Sprecherin des Jugendamts.",
    "Das Wichtigste in Kürze",
    "Aktualisiert am 14.03.2024, 09:12 Uhr",
    "Mit Material von dpa",
    "Eine Online-Petition für mehr Kita-Personal hat bereits mehr als 150.000 Unterschriften gesammelt.",
    "Das Kindergeld steigt zum 1. Januar auf 255 Euro pro Monat und Kind.",
    "Die Polizei warnt vor Betrügern, die sich per WhatsApp als Kinder ausgeben und Geld fordern.",
    "Familie Schneider mit ihren drei Kindern im Garten ihres Hauses in Freiburg. Foto: Anna Weber",
    "Laut einer Forsa-Umfrage fühlen sich 70 Prozent der Eltern durch die Kinderbetreuung stark belastet.",
    "Er hinterlässt seine Frau, zwei Söhne und fünf Enkelkinder.",
    "Den Antrag auf Elterngeld können Eltern inzwischen in vielen Bundesländern online stellen.",
    "Die U12 des TSV gewann das Finale mit 3:1."
  ]
};
