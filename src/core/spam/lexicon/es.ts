// Spanish vocabulary of spam insertions (see en.ts for what each list is for).
import type { Lexicon } from './types.js';

export const es: Lexicon = {
  stopwords: [
    'a', 'al', 'algo', 'ante', 'como', 'con', 'contra', 'cual', 'de', 'del', 'desde', 'donde', 'el', 'ella',
    'ellos', 'en', 'entre', 'era', 'es', 'esa', 'ese', 'eso', 'esta', 'este', 'esto', 'fue', 'ha', 'han',
    'hay', 'la', 'las', 'le', 'les', 'lo', 'los', 'mas', 'me', 'mi', 'muy', 'ni', 'no', 'nos', 'o', 'para',
    'pero', 'por', 'que', 'se', 'sea', 'ser', 'si', 'sin', 'sobre', 'son', 'su', 'sus', 'tambien', 'te',
    'tu', 'un', 'una', 'uno', 'unos', 'y', 'ya', 'yo', 'dijo', 'segun', 'cada', 'todo', 'todos', 'nuestro',
  ],
  ctaVerbs: [
    'haz clic', 'pulsa', 'toca', 'escanea', 'escanee', 'me suscribo', 'encuentra', 'escuchar esta noticia', 'escuchar este articulo', 'escuchar noticia', 'escuchar articulo', 'ver en instagram', 'suscribete', 'suscribase', 'registrate', 'unete', 'siguenos', 'sigue',
    'comparte', 'compartir', 'descarga', 'descargue', 'instala', 'consigue', 'obten', 'reclama', 'canjea',
    'compra', 'compre', 'elige', 'elija', 'escoge', 'aprovecha', 'compara', 'ahorra', 'dona', 'apoya', 'apoye', 'contribuye', 'participa',
    'gana', 'vota', 'responde', 'descubre', 'mira', 'lee', 'lea', 'prueba', 'visita', 'acepta', 'aceptar',
    'rechazar', 'configurar', 'gestionar', 'recibe', 'reciba', 'activa', 'invierte', 'no te pierdas',
    'no olvides', 'entra', 'haz tu', 'hazte', 'escribe', 'escucha', 'juega', 'comprueba', 'me suscribo', 'quiero suscribirme', 'ver precio', 'ver oferta', 'consulta aqui', 'consulta si', 'solicita', 'averigua', 'deja tu', 'dejanos', 'reserva tu', 'reserva ya',
    // Imperatives with the pronoun attached ("cómpralo", "descárgala").
    'inicia sesion', 'compralo', 'comprala', 'consiguelo', 'consiguela', 'pruebalo', 'pruebala', 'descargala', 'descargalo', 'reservalo', 'apuntate',
    'abrir en la aplicacion', 'abrir en la app',
  ],
  // Not "nos" alone: in Portuguese it is "in the", and the lists are merged. Beside a verb it is the site.
  publisherVoice: [
    'nuestro', 'nuestra', 'nuestros', 'nuestras', 'nosotros', 'siguenos', 'unete', 'nos ayudas', 'nos ayuda', 'nos apoyas',
    'nos sigues', 'nos escribes', 'nos cuentas', 'nos importa', 'nos lees', 'gracias por leer', 'gracias por tu apoyo', 'gracias por su apoyo', 'gracias por suscribirte', 'gracias por registrarte',
  ],
  pageReference: ['esta noticia', 'este articulo', 'esta pagina', 'este contenido', 'esta seccion', 'este boletin', 'este podcast', 'este video'],
  // Not "os": the lists of all languages are matched at once, and it is the Portuguese article.
  secondPerson: ['tu', 'tus', 'te', 'ti', 'usted', 'ustedes', 'contigo', 'vos', 'vosotros'],
  promo: [
    'gratis', 'gratuito', 'gratuita', 'venta flash', 'oferta relampago', 'regalo*', 'sorteo*', 'premio*', 'cupon*', 'codigo', 'descuento*',
    'oferta*', 'rebaja*', 'promocion*', 'precio*', 'envio gratis', 'ganador*', 'felicidades', 'enhorabuena',
    'exclusivo', 'exclusiva', 'mitad de precio', 'chollo*', 'tarjeta regalo', 'bono', 'participa y gana', 'prueba suerte', 'prueba tu suerte',
    'apuestas gratis', 'apuesta gratis', 'nuevos clientes', 'juega con responsabilidad', 'cuota mejorada', 'cuotas mejoradas', 'supercuota',
    'por el precio de dos', 'por el precio de uno', '2x1', 'dos por uno',
  ],
  urgency: [
    'medianoche',
    'ahora', 'hoy', 'ya', 'ahora mismo', 'al instante', 'ultima oportunidad', 'solo hoy', 'tiempo limitado',
    'date prisa', 'rapido', 'inmediatamente', 'cada manana', 'no te pierdas', 'hasta agotar', 'plazas limitadas',
    'quedan pocas unidades', 'ultimas unidades', 'unidades limitadas', 'existencias limitadas',
  ],
  narrative: [
    'dijo', 'dice', 'afirmo', 'anunciaron', 'dijeron', 'afirmaron', 'segun', 'fue', 'era', 'eran', 'habia', 'ha sido', 'explico', 'senalo', 'aseguro',
    'informo', 'declaro', 'anadio', 'indico', 'asegura', 'el lunes', 'el martes', 'el miercoles', 'el jueves', 'el viernes', 'el sabado', 'el domingo', 'sin embargo', 'aunque', 'cual', 'cuyo', 'portavoz', 'advirtio', 'advirtieron', 'alerto', 'alertaron', 'advierte de que', 'advierten de que', 'advierte que', 'advierten que',
  ],
  clickbait: [
    'increible', 'impactante', 'secreto', 'truco', 'odian', 'milagro*', 'no creeras', 'sorprendente',
    'escandalo', 'millonario', 'famosos', 'revela', 'te sorprendera', 'le sorprendera', 'solo los genios', 'sin palabras',
    // Teasers (see en.ts).
    'asi es como', 'descubre como', 'te contamos como', 'mira como', 'poco conocido', 'no quieren que sepas',
    'irreconocible', 'no reconoceras', 'no lo reconoceras', 'no la reconoceras', 'se llevaran una sorpresa', 'os lo suplico', 'se lo suplico',
    'di adios a', 'dile adios a', 'digale adios a', 'mira lo que pasa', 'mira lo que ocurre', 'boquiabierto*', 'haz clic y descubre', 'pincha y descubre',
  ],
  cues: {
    newsletter: ['boletin*', 'newsletter', 'correo', 'suscri*', 'bandeja de entrada', 'alertas', 'articulos gratuitos', 'resumen semanal', 'exclusivo para suscriptores', 'para suscriptores', 'al suscribirte', 'al registrarte', 'al suscribirse', 'gracias por suscribirte', 'gracias por registrarte', 'darte de baja', 'darse de baja', 'cancelar tu suscripcion'],
    social: ['siguenos', 'comentarios', 'comentario', 'twitter', 'facebook', 'instagram', 'tiktok', 'youtube', 'whatsapp', 'comparte', 'amigos', 'redes sociales', 'una publicacion compartida por', 'comparte este articulo'],
    app: ['app', 'aplicacion', 'voz generada', 'audio generado', 'descarga', 'instala', 'alertas', 'app store', 'google play', 'notificaciones',
      // A player's fallback (see en.ts).
      'video no esta disponible', 'video no disponible', 'no esta disponible en tu pais', 'no disponible en tu pais'],
    donation: ['dona', 'donacion*', 'donativo', 'apoya', 'periodismo independiente', 'contribucion', 'socio', 'aporte', 'acceso libre', 'gracias al apoyo', 'nuestros lectores', 'sin publicidad', 'sin anuncios'],
    // Banner openings, conditions and buttons count beside "cookies" (see en.ts).
    cookie: [
      'no se pudo cargar', 'contenido no disponible',
      'cookies', 'cookie', 'consentimiento', 'privacidad', 'aceptar', 'rechazar', 'configurar', 'configuracion',
      'preferencias', 'gestionar', 'ajustes', 'este sitio utiliza', 'este sitio usa', 'esta web utiliza', 'esta web usa',
      'utilizamos', 'usamos', 'al continuar', 'si continua navegando', 'continua navegando', 'al hacer clic',
      'datos personales', 'contenido externo', 'contenido incrustado', 'aceptar todas', 'rechazar todas', 'analiticas',
      'habilita javascript', 'activa javascript',
    ],
    affiliate: ['compra', 'compara', 'mejores tipos', 'oferta del dia', 'descuento*', 'precio*', 'tienda', 'envio', 'mitad de precio', 'productos', 'comision', 'de forma independiente', 'podemos recibir', 'podemos ganar', 'ver oferta', 'mejores ofertas', 'probados por nuestro', 'probados por nuestros', 'sin intereses'],
    scam: ['bitcoin', 'cripto*', 'algoritmo', 'barriga', 'adelgaz*', 'ethereum', 'invertir', 'invierte', 'robot', 'medicos', 'truco', 'bajar de peso', 'adelgazar', 'milagro*', 'remedio casero', 'receta casera', 'articulaciones', 'grasa abdominal', 'jubilado*', 'arrugas', 'metodo', 'dermatologos', 'elimina', 'revierte', 'remedio natural', 'inversion*', 'ganando'],
    political: ['encuesta', 'vota', 'elecciones', 'presidente', 'gobierno'],
    promo: ['felicidades', 'seleccionado', 'ganar', 'gana', 'premio*', 'sorteo*', 'regalo*', 'gratis', 'reclama'],
  },
  adLabels: [
    'publicidad', 'anuncio', 'patrocinado', 'patrocinado por', 'presentado por', 'en colaboracion con', 'contenido patrocinado', 'contenido de marca', 'la nota continua abajo',
    'sigue leyendo', 'continua leyendo', 'espacio publicitario', 'promocion', 'enlaces de afiliados', 'enlaces de afiliado', 'recibir una comision',
    'la redaccion no ha participado', 'no participo en la elaboracion', 'sin la participacion de la redaccion',
    'responsabilidad del anunciante', 'responsabilidad exclusiva del anunciante',
    'no refleja la opinion', 'no reflejan la opinion', 'no representa la opinion',
  ],
  relatedLabels: [
    'lee tambien', 'lea tambien', 'leer mas', 'relacionado', 'relacionada', 'relacionadas', 'relacionados',
    'te puede interesar', 'tambien te puede interesar', 'ver tambien', 'mas informacion', 'mira tambien',
    'noticias relacionadas', 'le puede interesar', 'no te pierdas', 'mas noticias', 'tambien lee',
    'lea ademas', 'lee ademas', 'lo mas leido', 'mas leidas', 'te recomendamos', 'recomendado', 'puede interesarte',
    'tambien puedes leer', 'nuestra seleccion', 'destacados',
    'video', 'videos', 'fotos', 'galeria',
  ],
};
