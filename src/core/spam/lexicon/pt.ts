// Portuguese vocabulary of spam insertions, Brazilian and European usage (see en.ts for what each
// list is for). Words that are everyday words in another language ("ja", "seja", "faca") are left
// out or kept inside phrases: every language's lists are matched against every line.
import type { Lexicon } from './types.js';

export const pt: Lexicon = {
  stopwords: [
    'a', 'ao', 'aos', 'as', 'com', 'como', 'da', 'das', 'de', 'do', 'dos', 'e', 'ela', 'ele', 'eles', 'em',
    'entre', 'era', 'essa', 'esse', 'esta', 'este', 'eu', 'foi', 'ha', 'isso', 'isto', 'ja', 'lhe', 'mais',
    'mas', 'me', 'mesmo', 'muito', 'na', 'nas', 'nao', 'no', 'nos', 'num', 'numa', 'o', 'os', 'ou', 'para',
    'pela', 'pelo', 'por', 'qual', 'que', 'se', 'sem', 'ser', 'seu', 'sua', 'seus', 'suas', 'sao', 'tambem',
    'tem', 'um', 'uma', 'uns', 'umas', 'disse', 'segundo', 'cada', 'todo', 'todos', 'nosso', 'nossa',
  ],
  ctaVerbs: [
    'clique', 'toque', 'assine', 'inscreva se', 'cadastre se', 'registre se', 'siga', 'sigam', 'compartilhe',
    'curta', 'baixe', 'escolha', 'instale', 'ganhe', 'resgate', 'garanta', 'compre', 'aproveite', 'economize', 'doe', 'comprar',
    'apoie', 'contribua', 'participe', 'vote', 'responda', 'descubra', 'veja', 'assista', 'leia', 'experimente',
    'visite', 'acesse', 'confira', 'aceite', 'ative', 'invista', 'nao perca', 'nao deixe de', 'escute', 'ouca',
    'jogue', 'receba', 'quero assinar', 'eu apoio', 'ver preco', 'ver oferta', 'verifique', 'deixe', 'reserve ja', 'reserve sua', 'reserve seu', 'solicite', 'torne se', 'seja assinante', 'faca parte', 'faca sua doacao', 'faca login', 'continue lendo', 'encontre', 'cadastrar', 'ouvir esta noticia', 'ouvir este artigo', 'ouvir materia', 'ouvir reportagem', 'ver no instagram',
    'partilhe', 'aposte',
    'abrir no app', 'abrir no aplicativo',
    'marque um amigo', 'deixe seu comentario', 'deixe o seu comentario',
  ],
  publisherVoice: ['nosso', 'nossa', 'nossos', 'nossas', 'siga nos', 'conosco', 'podemos receber', 'podemos ganhar', 'obrigado por ler', 'obrigado por se inscrever', 'obrigado por assinar', 'obrigado pelo apoio', 'obrigada pelo apoio'],
  pageReference: ['esta materia', 'esta noticia', 'este artigo', 'esta reportagem', 'este conteudo', 'esta secao', 'esta newsletter', 'este podcast', 'este video'],
  // Not "seu"/"sua" alone: they are also "his"/"her"; beside what a reader owns they address the reader.
  secondPerson: ['voce', 'voces', 'contigo', 'seu e mail', 'seu email', 'sua caixa', 'seu celular'],
  promo: [
    'gratis', 'gratuito', 'gratuita', 'promocao relampago', 'oferta relampago', 'brinde*', 'sorteio*', 'premio*', 'cupom', 'cupons', 'desconto*', 'concorra a', 'concorrer a', 'tente a sorte',
    'promocao', 'promocoes', 'frete gratis', 'parabens', 'exclusivo', 'exclusiva', 'vale compras',
    'queima de estoque', 'passatempo', 'passatempos', 'metade do preco', 'cashback', 'imperdivel',
    'pelo preco de dois', 'pelo preco de um', 'leve 3 pague 2',
    'aposte com responsabilidade', 'jogue com responsabilidade', 'proibido para menores',
    'odd turbinada', 'odds turbinadas', 'cotacao turbinada', 'odd aumentada', 'super odd',
  ],
  urgency: [
    'meia noite',
    'agora', 'hoje', 'agora mesmo', 'so hoje', 'ultima chance', 'ultimas unidades', 'tempo limitado', 'corra',
    'imediatamente', 'nao perca', 'enquanto durarem os estoques', 'todas as manhas', 'vagas limitadas',
    'estoque limitado', 'restam poucas unidades',
  ],
  narrative: [
    'disse', 'diz', 'afirmou', 'anunciou', 'anunciaram', 'disseram', 'afirmaram', 'informaram', 'segundo', 'de acordo com', 'foi', 'era', 'eram', 'havia', 'explicou', 'declarou',
    'informou', 'acrescentou', 'ressaltou', 'na segunda feira', 'na terca feira', 'na quarta feira', 'na quinta feira', 'na sexta feira', 'no sabado', 'no domingo', 'porta voz', 'no entanto', 'embora', 'cujo', 'cuja', 'alertou', 'alertaram', 'advertiu', 'advertiram', 'adverte que', 'advertem que', 'alerta que', 'alertam que', 'alerta para', 'alertam para',
  ],
  clickbait: [
    'incrivel', 'chocante', 'chocados', 'segredo', 'truque', 'odeiam', 'milagre*', 'voce nao vai acreditar',
    'surpreendente', 'escandalo', 'milionario', 'famosos', 'revela', 'vai surpreender', 'vai te surpreender', 'vai te chocar', 'vai surpreende lo', 'vai surpreende la', 'so os genios', 'voce consegue', 'vai chocar voce', 'vao te chocar',
    // Teasers (see en.ts).
    'veja como', 'saiba como', 'descubra como', 'pouco conhecido', 'nao querem que voce',
    'irreconhecivel', 'voce nao vai reconhecer', 'vao ter uma surpresa', 'eu imploro', 'lembra dela', 'lembra dele',
    'diga adeus', 'queixo caido', 'veja o que acontece', 'clique e descubra', 'clique e veja', 'clique e confira',
  ],
  cues: {
    newsletter: ['newsletter', 'boletim', 'seu melhor e mail', 'cancelar sua inscricao', 'cancelar a inscricao a qualquer momento', 'e mail', 'caixa de entrada', 'inscreva se', 'cadastre se', 'assine', 'alertas', 'artigos gratuitos', 'assinatura digital', 'resumo da semana', 'resumo do dia', 'exclusivo para assinantes', 'para assinantes', 'materias gratuitas', 'atingiu o limite', 'ao subscrever', 'concorda com os termos', 'aceita os termos', 'politica de privacidade', 'ao se inscrever', 'ao assinar', 'ao se cadastrar', 'obrigado por se inscrever', 'inscricao confirmada'],
    social: ['siga', 'compartilhe', 'comentarios', 'comentario', 'curta', 'twitter', 'facebook', 'instagram', 'tiktok', 'youtube', 'whatsapp', 'telegram', 'amigos', 'redes sociais', 'canal', 'uma publicacao compartilhada por', 'partilhe', 'partilhe este artigo', 'compartilhe este artigo'],
    app: ['app', 'aplicativo', 'voz gerada', 'audio gerado', 'aplicacao', 'baixe', 'instale', 'notificacoes', 'app store', 'google play',
      // A player's fallback (see en.ts).
      'video indisponivel', 'video nao esta disponivel', 'nao esta disponivel no seu pais', 'indisponivel no seu pais'],
    donation: ['doacao', 'doe', 'apoie', 'jornalismo independente', 'contribua', 'contribuicao', 'apoiador*', 'seja assinante', 'acesso livre', 'gracas ao apoio', 'nossos leitores', 'sem anuncios', 'sem publicidade'],
    // Banner openings, conditions and buttons count beside "cookies" (see en.ts).
    cookie: [
      'nao foi possivel carregar', 'conteudo indisponivel',
      'cookies', 'cookie', 'privacidade', 'consentimento', 'aceitar', 'rejeitar', 'recusar', 'configurar',
      'preferencias', 'gerenciar', 'este site usa', 'este site utiliza', 'utilizamos', 'usamos', 'ao continuar',
      'continuar navegando', 'conteudo externo', 'conteudo incorporado', 'dados pessoais', 'aceitar todos', 'melhorar sua experiencia',
      'ative o javascript', 'habilite o javascript',
    ],
    affiliate: ['compre', 'compare', 'melhores taxas', 'loja', 'frete', 'preco*', 'desconto*', 'oferta do dia', 'por apenas', 'produtos', 'comissao', 'de forma independente', 'ingressos', 'ofertas do dia', 'melhores ofertas', 'testados pela nossa', 'testados por nossa', 'testados pelo nosso', 'sem juros'],
    scam: ['bitcoin', 'cripto*', 'algoritmo', 'investir', 'invista', 'robo', 'medicos', 'truque', 'emagrecer', 'perder peso', 'milagre*', 'renda extra', 'receita caseira', 'articulacoes', 'gordura abdominal', 'barriga', 'emagrecedor*', 'aposentad*', 'rugas', 'metodo', 'dermatologistas', 'elimina', 'acaba com', 'remedio natural', 'investimento*', 'ganhando',
      // The forgotten-money check a scam promises ("Você tem valores a receber: consulte seu CPF").
      'consulte seu cpf', 'consulte o seu cpf', 'valores a receber', 'dinheiro esquecido', 'valer uma fortuna', 'vale uma fortuna'],
    political: ['pesquisa', 'vote', 'eleicoes', 'presidente', 'governo', 'abaixo assinado', 'filie se', 'carteirinha'],
    promo: ['parabens', 'selecionado', 'ganhar', 'ganhe', 'premio*', 'sorteio*', 'brinde*', 'gratis'],
  },
  adLabels: [
    'publicidade', 'anuncio', 'patrocinado', 'patrocinado por', 'oferecido por', 'em parceria com', 'conteudo patrocinado', 'conteudo de marca', 'informe publicitario', 'links de afiliados', 'links afiliados', 'receber uma comissao',
    'continua apos a publicidade', 'continua depois da publicidade', 'continua apos o anuncio', 'publieditorial',
    'a redacao nao participou', 'sem participacao da redacao', 'nao participou da producao',
    // A sponsor's page disowned by the paper ("Este conteúdo é de responsabilidade do anunciante").
    'responsabilidade do anunciante', 'responsabilidade exclusiva do anunciante',
    // …or said not to speak for it ("Não reflete a opinião da redação").
    'nao reflete a opiniao', 'nao refletem a opiniao', 'nao representa a opiniao',
  ],
  relatedLabels: [
    'leia tambem', 'leia mais', 'veja tambem', 'saiba mais', 'relacionado', 'relacionada', 'relacionados',
    'relacionadas', 'confira tambem', 'mais noticias', 'voce pode gostar', 'recomendado para voce',
    'mais lidas', 'recomendados', 'veja mais', 'leia a seguir',
    'video', 'videos', 'fotos', 'galeria',
    'assista',
  ],
};
