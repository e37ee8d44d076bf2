// The probe's 78th batch (run.mjs --batch 78): lines written apart from the detector and its earlier batches,
// to measure wording nothing was tuned for.
export const SPAM = {
  en: {
    promo: [
      "WIN a £500 spa break for an exhausted nurse in your life – enter by midnight Sunday",
      "Use code SCRUBS20 for 20% off all compression socks at ShiftComfort",
      "Claim your FREE NHS staff discount card today →",
      "Bet £10 on the Grand National, get £40 in free bets. New customers only. 18+ T&Cs apply. BeGambleAware.org",
      "COMPETITION: Tell us your best night-shift story and you could win an iPad",
      "Nurses eat free! 2-for-1 mains at Harvey's Grill with your NHS ID – this week only",
      "Limited offer: first box of WardSnacks just £1"
    ],
    political: [
      "POLL: Should striking junior doctors be sacked? VOTE NOW",
      "Sign the petition to stop the NHS sell-off before it's too late",
      "Chip in $5 to defend Medicare from the radical left",
      "Are you outraged that migrants get free treatment while you wait 18 months? Tell us below",
      "Get your official Save Our Hospitals membership card – join 40,000 patriots",
      "Tory cuts are killing our NHS. Add your name.",
      "DEMAND a public inquiry — click here to email your MP in 30 seconds"
    ],
    newsletter: [
      "Sign up to our free Health Check newsletter for the latest NHS news straight to your inbox",
      "Already a subscriber? Log in",
      "You've read 3 of your 5 free articles this month. Subscribe for £1 a week.",
      "By signing up you agree to our Privacy Notice and to receive occasional offers from our partners. You can unsubscribe at any time.",
      "This article is for subscribers only",
      "Get The Ward Round every Thursday – enter your email",
      "SUBSCRIBE NOW: Unlimited access, cancel anytime"
    ],
    social: [
      "View this post on Instagram",
      "A post shared by NHS Nurses Unite (@nhsnursesunite)",
      "Follow us on X @HealthDeskUK for live updates from the picket lines",
      "Share this article: Facebook | WhatsApp | Email",
      "Join our Facebook group for carers and frontline staff",
      "Like and follow for more",
      "See more posts from @the_night_nurse on TikTok"
    ],
    adlabel: [
      "ADVERTISEMENT",
      "Story continues below",
      "Sponsored by MediCare Plus Private Hospitals",
      "Paid post",
      "This content was produced in partnership with Vantora Health and does not reflect the views of the newsroom.",
      "Promoted",
      "ARTICLE CONTINUES BELOW THIS AD"
    ],
    affiliate: [
      "We may earn a commission if you buy through links on this page.",
      "Littmann Classic III stethoscope – was £109, now £74 at Amazon",
      "Check price on Amazon",
      "BUY IT: Crocs Unisex Classic Clogs, £34.99, Schuh",
      "Best nurse watches 2024: our top picks tested on 12-hour shifts",
      "Deal: Omron blood pressure monitor down to £39.99 (save 33%)",
      "Our editors independently select these products; we may earn a fee when you buy."
    ],
    scam: [
      "Doctors stunned: this 10-second morning ritual melts belly fat",
      "NHS nurse quits job after making £3,200 a day with this crypto app",
      "One weird trick surgeons don't want you to know about joint pain",
      "Claim your £1,450 NHS compensation payment – check eligibility now",
      "17 hospital photos nobody was supposed to see (number 7 will shock you)",
      "Pharma giants furious: retired GP reveals cure for type 2 diabetes",
      "Seniors in London are getting hearing aids for almost nothing"
    ],
    related: [
      "Read more: A&E waiting times hit record high as winter pressures bite",
      "RELATED: Junior doctors announce fresh five-day walkout",
      "WATCH: Moment ambulance crews queue outside Royal Infirmary",
      "More from Health: Why are so many nurses leaving the profession?",
      "Recommended - Hospital parking charges scrapped for blue badge holders",
      "You might also like: The best hiking trails in the Lake District",
      "ALSO READ - Maternity unit closure sparks protest in Shropshire"
    ],
    app: [
      "Listen to this article",
      "Download the HealthDesk app for breaking news alerts",
      "Open in app",
      "Video unavailable",
      "0:00 / 3:21",
      "Turn on notifications to get the latest on the NHS strikes",
      "This audio is auto-generated. Please let us know if you have feedback."
    ],
    donation: [
      "Support our journalism. Donate from just £1.",
      "Become a member and help keep our health reporting free for everyone",
      "We've raised £48,210 of our £60,000 goal",
      "If you value independent reporting on the NHS, please consider making a contribution today.",
      "DONATE",
      "Readers like you keep us going. Give monthly.",
      "Support The Ward Post from £2 a month – it only takes a minute"
    ],
    cookie: [
      "Accept cookies to view this content",
      "Manage preferences",
      "We and our 312 partners store and/or access information on a device, such as cookies, and process personal data.",
      "This embedded content is blocked because you have not accepted social media cookies.",
      "Reject all",
      "To watch this video, please enable functional cookies in your privacy settings.",
      "Allow YouTube content? This article contains content provided by YouTube."
    ]
  },
  es: {
    promo: [
      "SORTEO: gana una cesta de productos de farmacia valorada en 300 €",
      "Código SALUD15: 15% de descuento en tu primera consulta online con MediPlus",
      "¡Apuesta 10 € y llévate 50 € en apuestas gratis! +18. Juega con responsabilidad.",
      "Consigue GRATIS tu kit de bienestar para enfermeras"
    ],
    political: [
      "ENCUESTA: ¿Debe dimitir la ministra de Sanidad? VOTA YA",
      "Firma para frenar la privatización de la sanidad pública madrileña",
      "Hazte afiliado y recibe tu carné gratis",
      "¿Te indigna que los políticos tengan sanidad privada mientras tú esperas un año? Comparte si estás harto"
    ],
    newsletter: [
      "Suscríbete a nuestro boletín de Salud y recibe cada semana lo más importante",
      "¿Ya eres suscriptor? Inicia sesión",
      "Este contenido es exclusivo para suscriptores. Suscríbete por 1 € el primer mes",
      "Al suscribirte aceptas la política de privacidad y el envío de comunicaciones comerciales."
    ],
    social: [
      "Síguenos en Instagram @saludaldia",
      "Ver esta publicación en Instagram",
      "Una publicación compartida por Enfermeras en Lucha (@enfermerasenlucha)",
      "Únete a nuestro canal de WhatsApp"
    ],
    adlabel: [
      "PUBLICIDAD",
      "Contenido patrocinado por Clínica Vitalia",
      "La noticia continúa tras la publicidad",
      "Ofrecido por Seguros Alameda"
    ],
    affiliate: [
      "Como afiliados de Amazon, obtenemos ingresos por las compras adscritas a algunos enlaces.",
      "Tensiómetro Omron M3: antes 69,99 €, ahora 44,90 € en Amazon",
      "Ver precio en Amazon",
      "Los zuecos que arrasan entre sanitarias, rebajados un 40%"
    ],
    scam: [
      "Médicos asombrados: este remedio casero acaba con la diabetes en 3 semanas",
      "Una enfermera de Sevilla gana 4.000 € al mes con este truco de bitcoin",
      "El truco que los farmacéuticos no quieren que conozcas",
      "Reclama tu indemnización del Servicio de Salud: comprueba si tienes derecho"
    ],
    related: [
      "Lee también: Las listas de espera quirúrgicas baten un nuevo récord",
      "Te puede interesar - Los MIR convocan huelga indefinida",
      "MÁS INFORMACIÓN: El hospital La Paz abre una nueva unidad de ictus",
      "Relacionado: ¿Cuánto cobra un enfermero en España?"
    ],
    app: [
      "Descarga la app de El Diario Salud y activa las alertas",
      "Escuchar noticia",
      "Abrir en la app",
      "00:00 / 02:47"
    ],
    donation: [
      "Apoya el periodismo independiente. Hazte socio.",
      "Colabora con nuestro trabajo desde 5 € al mes",
      "Sin tu apoyo no podríamos seguir informando sobre la sanidad pública",
      "DONA AHORA"
    ],
    cookie: [
      "Acepta las cookies para ver este contenido",
      "Configurar cookies",
      "Nosotros y nuestros 187 socios usamos cookies y tecnologías similares.",
      "Este contenido de X está bloqueado por tu configuración de privacidad."
    ]
  },
  fr: {
    promo: [
      "JEU CONCOURS : gagnez un séjour bien-être pour deux !",
      "Code promo INFIRMIERE10 : -10 % sur toutes les blouses",
      "Pariez 10 €, recevez 100 € en freebets. Jouer comporte des risques.",
      "Votre mutuelle offerte pendant 3 mois – J'en profite"
    ],
    political: [
      "SONDAGE : Faut-il supprimer l'AME ? Votez !",
      "Signez la pétition pour sauver l'hôpital public avant qu'il ne soit trop tard",
      "Adhérez dès maintenant et recevez votre carte de militant",
      "Scandaleux : pendant que vous attendez 6 mois un rendez-vous, ils se servent. Partagez !"
    ],
    newsletter: [
      "Inscrivez-vous à notre newsletter Santé",
      "Déjà abonné ? Se connecter",
      "Cet article est réservé aux abonnés. Abonnez-vous à partir de 1 € le premier mois.",
      "Vos données sont traitées par notre rédaction pour vous adresser la newsletter. Vous pouvez vous désinscrire à tout moment."
    ],
    social: [
      "Suivez-nous sur Facebook",
      "Voir cette publication sur Instagram",
      "Une publication partagée par Soignants en colère (@soignantsencolere)",
      "Rejoignez notre chaîne WhatsApp pour ne rien manquer"
    ],
    adlabel: [
      "PUBLICITÉ",
      "Contenu sponsorisé",
      "La suite après cette publicité",
      "Article proposé par notre partenaire Cliniques Lumière"
    ],
    affiliate: [
      "Cet article contient des liens affiliés : nous pouvons percevoir une commission.",
      "Tensiomètre connecté : 79,99 € au lieu de 119 € chez Darty",
      "Voir l'offre",
      "Les meilleures chaussures pour infirmières, testées par notre rédaction"
    ],
    scam: [
      "Les médecins n'en reviennent pas : ce remède de grand-mère élimine les douleurs articulaires",
      "Cette infirmière de Lyon gagne 3 000 € par semaine grâce à cette plateforme",
      "L'Assurance maladie vous doit 389 € : réclamez votre remboursement ici",
      "Vous ne devinerez jamais ce qu'on a trouvé dans cet hôpital abandonné"
    ],
    related: [
      "À lire aussi : Urgences : le gouvernement promet 1 000 lits supplémentaires",
      "LIRE AUSSI - Déserts médicaux : ces communes sans généraliste",
      "VIDÉO - La colère des infirmières devant le ministère",
      "Sur le même sujet : Le prix de la consultation passe à 30 euros"
    ],
    app: [
      "Téléchargez l'application et activez les notifications",
      "Écouter cet article",
      "Ouvrir dans l'application",
      "Cette vidéo n'est pas disponible"
    ],
    donation: [
      "Soutenez une information indépendante : faites un don",
      "Notre journal ne vit que grâce à ses lecteurs. Soutenez-nous.",
      "Objectif : 50 000 € – déjà 31 240 € récoltés",
      "Je fais un don"
    ],
    cookie: [
      "Accepter les cookies pour afficher ce contenu",
      "Paramétrer mes choix",
      "Nous et nos 845 partenaires utilisons des cookies pour stocker et/ou accéder à des informations sur un appareil.",
      "Ce contenu est bloqué car vous n'avez pas accepté les cookies et autres traceurs."
    ]
  },
  pt: {
    promo: [
      "PASSATEMPO: ganhe um check-up completo na Clínica Aurora",
      "Use o cupom ENFERMAGEM15 e ganhe 15% de desconto em jalecos",
      "Aposte R$ 50 e ganhe R$ 200 em bônus. Jogue com responsabilidade. +18",
      "Resgate já o seu vale-farmácia GRÁTIS"
    ],
    political: [
      "ENQUETE: O ministro da Saúde deve cair? VOTE AGORA",
      "Assine o abaixo-assinado contra o fim do SUS gratuito",
      "Filie-se ao partido e receba sua carteirinha de militante",
      "Revoltante! Enquanto você espera na fila do SUS, eles têm plano de saúde de graça. Compartilhe!"
    ],
    newsletter: [
      "Receba as principais notícias de saúde no seu e-mail. Inscreva-se",
      "Já é assinante? Faça login",
      "Conteúdo exclusivo para assinantes. Assine por R$ 1,90 no primeiro mês",
      "Ao se cadastrar, você concorda com os Termos de Uso e a Política de Privacidade."
    ],
    social: [
      "Siga o Saúde em Foco no Instagram",
      "Ver essa foto no Instagram",
      "Uma publicação compartilhada por Enfermagem Unida (@enfermagemunida)",
      "Entre no nosso grupo do Telegram"
    ],
    adlabel: [
      "PUBLICIDADE",
      "Conteúdo patrocinado",
      "Continua após a publicidade",
      "Publieditorial | Apresentado por Rede Vitalis"
    ],
    affiliate: [
      "Podemos receber comissão pelas compras feitas através dos links desta página.",
      "Medidor de pressão digital: de R$ 249 por R$ 159 na Amazon",
      "Confira o preço",
      "OFERTA: Tênis para enfermagem com 35% OFF"
    ],
    scam: [
      "Médicos chocados: receita caseira elimina pressão alta em 7 dias",
      "Enfermeira de Goiânia fatura R$ 5 mil por semana com robô de investimento",
      "Valores a receber do INSS: consulte o seu CPF e resgate agora",
      "O truque simples que os cardiologistas escondem"
    ],
    related: [
      "Leia também: Filas para cirurgias no SUS passam de 1 milhão de pedidos",
      "VEJA TAMBÉM - Piso da enfermagem: o que muda no seu salário",
      "Saiba mais: Hospital das Clínicas inaugura nova ala pediátrica",
      "LEIA MAIS: Lisboa: urgências de obstetrícia fecham ao fim de semana"
    ],
    app: [
      "Baixe o app e receba alertas em tempo real",
      "Ouvir notícia",
      "Abrir no aplicativo",
      "Ative as notificações"
    ],
    donation: [
      "Apoie o jornalismo independente. Contribua a partir de R$ 10",
      "Seja membro e ajude a manter este conteúdo aberto",
      "Faça uma doação",
      "Meta: 2.000 apoiadores — já somos 1.438"
    ],
    cookie: [
      "Aceite os cookies para ver este conteúdo",
      "Gerir preferências",
      "Nós e os nossos 241 parceiros utilizamos cookies para armazenar e/ou aceder a informações num dispositivo.",
      "Conteúdo bloqueado. Para ver este vídeo do YouTube, altere as suas definições de cookies."
    ]
  },
  de: {
    promo: [
      "GEWINNSPIEL: Jetzt Wellness-Wochenende für zwei gewinnen!",
      "Mit dem Code PFLEGE15 sparen Sie 15 % auf Berufsbekleidung",
      "100 € Neukundenbonus sichern! 18+ | Glücksspiel kann süchtig machen",
      "Gratis-Gesundheitscheck für alle Pflegekräfte – jetzt Termin sichern"
    ],
    political: [
      "UMFRAGE: Soll der Gesundheitsminister zurücktreten? Jetzt abstimmen!",
      "Jetzt Petition unterschreiben: Krankenhausreform stoppen!",
      "Werden Sie Mitglied und erhalten Sie Ihren Parteiausweis",
      "Unverschämt: Sie warten monatelang auf einen Facharzttermin, die da oben nicht. Teilen, wenn Sie auch genug haben!"
    ],
    newsletter: [
      "Melden Sie sich für unseren Gesundheits-Newsletter an",
      "Bereits Abonnent? Hier anmelden",
      "Weiterlesen mit Plus – 1 Monat für 0,99 €",
      "Mit der Anmeldung willigen Sie ein, dass wir Ihnen regelmäßig E-Mails senden. Abmeldung jederzeit möglich."
    ],
    social: [
      "Folgen Sie uns auf Instagram",
      "Diesen Beitrag auf Instagram ansehen",
      "Ein Beitrag geteilt von Pflege am Limit (@pflegeamlimit)",
      "Jetzt unserem WhatsApp-Kanal folgen"
    ],
    adlabel: [
      "ANZEIGE",
      "Werbung",
      "Weiter nach der Anzeige",
      "Sponsored Content – präsentiert von Klinikum Sonnenberg Privat"
    ],
    affiliate: [
      "Wir erhalten eine Provision, wenn Sie über diese Links einkaufen. Für Sie ändert sich der Preis nicht.",
      "Blutdruckmessgerät von Beurer: statt 69,99 € nur 42,99 € bei Amazon",
      "Jetzt bei Amazon ansehen",
      "*Affiliate-Link"
    ],
    scam: [
      "Ärzte sprachlos: Dieses Hausmittel beseitigt Gelenkschmerzen über Nacht",
      "Krankenschwester aus Köln verdient 5.000 € pro Woche mit Bitcoin-Trick",
      "Ihre Krankenkasse schuldet Ihnen Geld – jetzt Erstattung prüfen",
      "Diese 12 Promis waren früher Krankenschwestern – Nr. 8 überrascht alle"
    ],
    related: [
      "Lesen Sie auch: Klinikreform: Diese Krankenhäuser könnten schließen",
      "MEHR ZUM THEMA - Pflegenotstand: Warum so viele Fachkräfte aufgeben",
      "Auch interessant: Die schönsten Radwege an der Ostsee",
      "VIDEO: Notaufnahme überlastet – ein Abend in der Charité"
    ],
    app: [
      "Laden Sie unsere App herunter und verpassen Sie keine Eilmeldung",
      "Artikel anhören",
      "In der App öffnen",
      "Dieser Artikel wurde mit einer künstlichen Stimme vertont."
    ],
    donation: [
      "Unterstützen Sie unabhängigen Journalismus",
      "Jetzt freiwillig zahlen – schon ab 5 € im Monat",
      "Werden Sie Mitglied unserer Genossenschaft",
      "Spenden"
    ],
    cookie: [
      "Um diesen Inhalt zu sehen, müssen Sie Cookies akzeptieren",
      "Einstellungen verwalten",
      "Wir und unsere 213 Partner verwenden Cookies und ähnliche Technologien.",
      "Externer Inhalt: An dieser Stelle finden Sie einen Inhalt von YouTube. Mit einem Klick können Sie ihn sich anzeigen lassen."
    ]
  }
};
export const GENUINE = {
  en: [
    "Updated 14:32",
    "LONDON (Reuters) - Nurses in England will stage a fresh 48-hour strike next month after rejecting the government's pay offer, the Royal College of Nursing said on Tuesday.",
    "Key points",
    "What we know so far",
    "Prescription charges in England will rise to £9.90 per item from 1 May, the Department of Health and Social Care confirmed.",
    "Free hospital car parking for NHS staff ended in 2022, prompting anger from unions.",
    "More than 200,000 people signed a petition calling for the hospital's children's heart unit to stay open.",
    "“If you have a cough or a cold, please think twice before coming to A&E,” said Dr Sarah Mills, the trust's medical director.",
    "The NHS App, which lets patients book appointments and order repeat prescriptions, now has more than 34 million users.",
    "Police warned of a scam in which fraudsters posing as NHS staff text people asking them to pay for a Covid test.",
    "Additional reporting by Tom Rowley and Priya Shah",
    "A nurse cares for a patient on the intensive care unit at St Thomas' Hospital in London. Photograph: Jane Doe/PA",
    "The hospital charity raised £1.2m through donations from local people and businesses to fund the new cancer wing.",
    "In a YouGov poll of 2,000 adults, 62% said they supported the nurses' strike.",
    "Analysis",
    "Margaret Evans, who worked as a midwife at Leeds General Infirmary for 38 years, died peacefully at home on 3 March, aged 91.",
    "The trust was fined £800,000 after a patient died from sepsis that staff failed to spot.",
    "Agency nurses can cost trusts as much as £2,500 for a single shift, an investigation found.",
    "She wrote on Instagram that she had been “overwhelmed” by the kindness of strangers after her son's transplant.",
    "The winner of this year's Nurse of the Year award, Joanne Hart, was praised for setting up a dementia café on her ward.",
    "The offer – a 5% rise plus a one-off payment of £1,655 – was rejected by 54% of members who voted.",
    "Patients are being urged to download the app to check their GP records, but some have complained of login problems.",
    "Subscriptions to private medical insurance have surged as waiting lists grow, according to the Association of British Insurers.",
    "The consultation closes on 12 June and members of the public can respond online.",
    "Hospitals in Wales will offer free flu jabs to all staff from next week.",
    "Denise Cole is the health correspondent. She previously worked as an A&E nurse for ten years.",
    "The NHS XI beat a Parliamentary team 3-1 in the annual charity match at Wembley in aid of Macmillan.",
    "“Sign up to give blood – it takes an hour and can save three lives,” said NHS Blood and Transplant's chief executive.",
    "Data on the website was collected using cookies without patients' consent, the Information Commissioner's Office found.",
    "Ambulance response times for category 2 calls averaged 47 minutes in January, against a target of 18 minutes.",
    "Family members have set up a GoFundMe page to pay for his treatment abroad, which has so far raised £86,000.",
    "The full inspection report has been published by the Care Quality Commission.",
    "Hospital bosses said the free shuttle bus between the two sites would run every 20 minutes.",
    "Correction: An earlier version of this article said the hospital had 600 beds. It has 460.",
    "The health secretary said the deal was “the final offer” and urged unions to put it to their members.",
    "Trusts have been told to cut spending on management consultants by 10%.",
    "Photograph: Peter Byrne/PA Wire",
    "Nurses queue at a food bank set up in the hospital car park in Manchester.",
    "The competition for training places is fierce, with 12 applicants for every place on some midwifery courses.",
    "Thousands of patients had their operations cancelled on the day because of a lack of beds, figures show."
  ],
  es: [
    "MADRID (EFE) - Los médicos de atención primaria de Madrid inician este lunes una huelga indefinida para exigir más tiempo por paciente.",
    "Claves",
    "Actualizado a las 13:45",
    "La Consejería de Sanidad ofrecerá la vacuna de la gripe gratis a todos los mayores de 60 años a partir de octubre.",
    "Más de 150.000 personas han firmado una petición en Change.org para que el hospital no cierre su servicio de urgencias pediátricas.",
    "“Pedimos a la población que solo acuda a urgencias si es necesario”, ha declarado la gerente del hospital, Marta Ruiz.",
    "La Guardia Civil alerta de una estafa en la que los delincuentes se hacen pasar por personal del centro de salud para pedir datos bancarios.",
    "Con información de Laura García",
    "Una enfermera atiende a un paciente en la UCI del Hospital Clínic de Barcelona. / EFE",
    "Según una encuesta del CIS, la sanidad es ya la tercera preocupación de los españoles.",
    "La app Cita Sanitaria permite pedir cita con el médico de familia en menos de un minuto, según la Junta.",
    "El hospital ha recibido una donación de 2 millones de euros de una fundación para equipos de radioterapia.",
    "Falleció en Valencia a los 84 años la que fue durante tres décadas jefa de enfermería del hospital La Fe.",
    "El precio del aparcamiento en el hospital ha pasado de 1,20 a 2 euros la hora."
  ],
  fr: [
    "PARIS (AFP) - Les infirmiers libéraux ont manifesté mardi devant le ministère de la Santé pour réclamer une revalorisation de leurs actes.",
    "Ce qu'il faut retenir",
    "Mis à jour le 14/03 à 18h20",
    "La consultation chez le médecin généraliste passera de 26,50 à 30 euros le 22 décembre.",
    "Une pétition demandant le maintien de la maternité a recueilli plus de 40 000 signatures.",
    "« N'appelez le 15 qu'en cas d'urgence vitale », a insisté le directeur du Samu, le Dr Paul Martin.",
    "L'Assurance maladie met en garde contre une vague de SMS frauduleux invitant à renouveler sa carte Vitale.",
    "Avec l'AFP",
    "Une infirmière dans le service de réanimation du CHU de Nantes, le 12 janvier. (photo d'illustration)",
    "Selon un sondage Ifop, 78 % des Français jugent l'hôpital public en danger.",
    "Le dépistage est gratuit et sans rendez-vous jusqu'au 30 juin.",
    "La fondation a fait don de 500 000 euros pour équiper le service de pédiatrie.",
    "L'application Mon espace santé a été activée par 12 millions d'assurés, selon le ministère.",
    "Jeanne Dupuis, infirmière au CHU de Reims pendant 40 ans, s'est éteinte à l'âge de 88 ans."
  ],
  pt: [
    "SÃO PAULO (Reuters) - Enfermeiros de hospitais privados entraram em greve nesta segunda-feira para cobrar o pagamento do piso salarial.",
    "Atualizado às 15h40",
    "Entenda",
    "A vacina contra a gripe é gratuita nos postos de saúde para idosos, gestantes e crianças.",
    "Um abaixo-assinado pela reabertura da maternidade já reuniu 25 mil assinaturas.",
    "“Procurem a unidade básica de saúde antes de ir ao pronto-socorro”, orientou a secretária municipal de Saúde.",
    "A polícia alerta para um golpe em que criminosos se passam por funcionários de hospital e pedem Pix a familiares de pacientes.",
    "Colaborou Ana Souza, do Rio",
    "Enfermeira atende paciente no Hospital das Clínicas, em São Paulo — Foto: Divulgação",
    "Segundo pesquisa Datafolha, a saúde é o principal problema do país para 28% dos brasileiros.",
    "O aplicativo Meu SUS Digital permite consultar vacinas e resultados de exames.",
    "LISBOA (Lusa) - O Serviço Nacional de Saúde contratou mais 300 médicos de família, anunciou o Governo.",
    "O hospital recebeu uma doação de R$ 3 milhões de um empresário local para comprar equipamentos.",
    "Morreu aos 79 anos a enfermeira Maria José Lopes, pioneira dos cuidados paliativos em Portugal."
  ],
  de: [
    "BERLIN (dpa) - Die Pflegekräfte der Berliner Charité haben einen unbefristeten Streik angekündigt.",
    "Das Wichtigste in Kürze",
    "Aktualisiert am 14.03.2024, 16:12 Uhr",
    "Der Eigenanteil für einen Platz im Pflegeheim ist im Schnitt auf 2.548 Euro im Monat gestiegen.",
    "Eine Online-Petition gegen die Schließung der Geburtsstation hat bereits 30.000 Unterschriften gesammelt.",
    "„Bitte kommen Sie nur in die Notaufnahme, wenn es wirklich nötig ist“, sagte Chefarzt Dr. Thomas Weber.",
    "Die Polizei warnt vor Betrügern, die sich am Telefon als Klinikpersonal ausgeben und Angehörige um Geld bitten.",
    "Mit Material von dpa und AFP",
    "Eine Pflegerin auf der Intensivstation des Universitätsklinikums Hamburg-Eppendorf. Foto: Marcus Brandt/dpa",
    "Laut einer Forsa-Umfrage halten 71 Prozent der Deutschen die Klinikreform für notwendig.",
    "Die Grippeimpfung ist für Menschen über 60 kostenlos.",
    "Die E-Rezept-App der Gematik wurde bislang rund zwei Millionen Mal heruntergeladen.",
    "Der Förderverein hat mit Spenden 250.000 Euro für einen neuen Kinder-OP gesammelt.",
    "Sie war 35 Jahre lang Hebamme in Freiburg. Am Sonntag ist Ursula Brandt im Alter von 87 Jahren gestorben."
  ]
};
