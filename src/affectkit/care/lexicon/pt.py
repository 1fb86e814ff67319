"""Portuguese care rules (Brazil and Portugal). Levels follow care.md: 2 elevated, 3 high, 4 imminent.

Written for Portuguese, not translated: the subject is often dropped, so the speaker is in the verb
and the clitic, before it in Brazil ("vou me matar", "me corto") and after it in Portugal
("vou matar-me", "corto-me"); "não", "nao", "ñ" and "n" are one negation and accents are
optional (see :func:`~affectkit.care.lexicon._fold.fold`). "kkkk", "rsrs" and "zoeira" are jokes,
"não é brincadeira" is not. English slang is left to the English rules, which run alongside. The
"broad shapes" at the end of the cues catch whole families the specific cues miss, each with its
look-alikes excluded; ``_THEM`` keeps someone else's verb ("ele queria me matar") from reading as the
speaker's.

Example:
    >>> import re
    >>> any(re.search(c.pattern, "nao aguento mais", re.I) for c in LEXICON.cues)
    True
"""

from __future__ import annotations

from affectkit.care.lexicon import Cue, Lexicon
from affectkit.care.lexicon._fold import cue_maker, fold, not_after

_cue = cue_maker("pt")


_not_after = not_after


# Someone else is the subject: "ele queria (me matar)", "ela tem vontade de (me machucar)".
_THEM = _not_after(
    "ele", "ela", "eles", "elas", "você", "voce", "vc", "tu", "tem", "têm", "está", "tá", "ta", "anda", "fica",
    "disse que", "diz que", "falou que", "pai", "mãe", "padrasto", "madrasta", "namorado", "namorada", "marido",
    "esposa", "ex", "chefe", "irmão", "irmã", "tio", "tia", "cara", "mina", "boy",
)

_NAO = r"(?:não|ñ|n)"
# Thinking that will not stop, a negation that intensifies: "não paro de pensar em (me matar)".
_RUMINATE = (
    r"(?:(?:não|ñ|n) (?:paro|consigo parar|consigo deixar|deixo) de pensar em|vivo pensando em|fico pensando em|"
    r"só penso em|penso (?:o tempo todo|toda hora|sem parar) em|vivo a pensar em)"
)
# A first-person verb before an infinitive: "quero (me matar)", "vou (me matar)".
_FP = _THEM + (
    r"(?:quero|queria|vou|vô|vo|tô indo|estou indo|penso em|pensando em|pensei em|a pensar em|tenho vontade de|"
    r"vontade de|preciso|decidi|resolvi|planejo|planeio|tentei|tento|vou tentar|devia|deveria|gostaria de|ia|"
    r"posso|quis|prefiro|tô com vontade de|to com vontade de|estou com vontade de|sinto vontade de|vou acabar|"
    + _RUMINATE + ")"
)
_ADV = r"(?:\s+(?:só|logo|mesmo|hoje|agora|de vez|já))?"
_PLACE = (
    r"(?:da|do|de uma|de um|na frente d[oa]|embaixo d[oa]|debaixo d[oa]|no|na|pela|para o|pro) "
    r"(?:ponte|prédio|janela|sacada|varanda|viaduto|telhado|trem|metrô|ônibus|carro|caminhão|penhasco|"
    r"\w+ andar)"
)
_PILLS = (
    r"(?:remédios|remédio|comprimidos|pílulas|cartelas|calmantes|antidepressivos|ansiolíticos|tarja preta|"
    r"rivotril|clonazepam|diazepam|alprazolam|paracetamol|dipirona|tylenol|ibuprofeno|insulina|tramadol|"
    r"medicamentos|medicação|benzos?)"
)
_MUCH = (
    r"(?:todos os|todas as|todos meus|todos os meus|a cartela (?:inteira|toda)(?: de)?|uma cartela (?:inteira )?"
    r"de|várias cartelas de|duas cartelas de|o frasco (?:inteiro |todo )?(?:de)?|um frasco (?:inteiro )?de|"
    r"a caixa (?:inteira |toda )?(?:de)?|uma caixa (?:inteira )?de|um monte de|uma porrada de|uma pá de|"
    r"\d{2,}(?!\s*(?:mg|ml|g|gotas)\b)|vinte|trinta|quarenta|cinquenta|cem)"
)
_NUM = r"(?:\d+|dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte|vários|várias|uns|umas)"
_BODY = (
    r"(?:os braços|o braço|os pulsos|o pulso|as pernas|a perna|as coxas|a coxa|a barriga|a pele|"
    r"o antebraço)"
)
_NOT_HAIR = r"(?!\s+(?:o cabelo|a franja|as unhas|a barba|as pontas|o dedo)\b)"
_MEN = (
    r"pai|padrasto|marido|esposo|namorado|companheiro|parceiro|ex|tio|avô|chefe|professor|treinador|sogro|boy"
)
_WOMEN = r"mãe|madrasta|esposa|mulher|namorada|companheira|parceira|ex|tia|avó|sogra|chefe|professora"
_KIN = r"(?:(?:o )?meu (?:irmão|primo)|(?:a )?minha (?:irmã|prima)|meus irmãos)"
_FILL = r"(?:\s+(?:sempre|às vezes|ainda|já|também|de novo|todo dia|agora))?"
_NP_FILL = r"(?:\s+(?!não\b|nunca\b|nem\b|n\b|ñ\b)\w+){0,2}?"
_ADULT = rf"(?:ele|ela|(?:(?:o )?meu (?:{_MEN})|(?:a )?minha (?:{_WOMEN})|meus pais){_NP_FILL})"
_ABUSER = rf"(?:{_ADULT}|{_KIN}{_NP_FILL})"
_PARTNER = (
    r"(?:ele|ela|(?:(?:o )?meu (?:marido|esposo|namorado|companheiro|parceiro|ex|boy)|"
    rf"(?:a )?minha (?:esposa|mulher|namorada|companheira|parceira|ex)){_NP_FILL})"
)
_HIT = (
    r"(?:me (?:bate|batia|bateu|espanca|espancava|espancou|agride|agredia|agrediu|empurra|empurrou|chuta|chutou|"
    r"machuca|machucou|esbofeteia|soca|socou|enforca|dá (?:tapas?|socos?|chutes?|surras?|porrada)|"
    r"deu (?:um tapa|tapas|socos?|uma surra|porrada|um soco))|bate em mim|bateu em mim|batia em mim|"
    r"(?:bate|bateu|espanca|agride|agrediu|espancou)-me)"
    r"(?!\s+(?:uma|a) (?:saudade|tristeza|fome|vontade|bad|sono|preguiça|onda|ansiedade)\b|"
    r"\s+(?:no|em) (?:xadrez|jogo|futebol|videogame|corrida)\b)"
)
_HIDING = (
    r"(?:me (?:tranquei|escondi)|(?:tranquei|escondi)-me|(?:estou|tô|to) (?:trancad[oa]|escondid[oa])|"
    r"(?:ele|ela) (?:tá|está) (?:arrombando|batendo na|esmurrando|chutando|forçando|socando) (?:a )?porta|"
    r"(?:tá|está) tentando entrar)"
)
_PERSON = (
    r"(?:melhor amig[oa]|amig[oa]|namorad[oa]|irmão|irmã|mãe|pai|filh[oa]|parceir[oa]|marido|espos[oa]|mulher|"
    r"colega(?: de quarto| de classe| de trabalho| de sala)?|prim[oa]|alun[oa]|sobrinh[oa]|ti[oa]|avó|avô|"
    r"vizinh[oa]|companheir[oa])"
)
_SOMEONE = rf"(?:(?:o meu|a minha|meu|minha|um|uma|nosso|nossa) {_PERSON}|ele|ela|eles|elas)"

# -- the families the broad shapes are built from ------------------------------------------
# Up to three words that are not a negation: "tô com uma vontade enorme de (me matar)".
_GAP3 = r"(?:\s+(?!não\b|nao\b|nunca\b|nem\b|n\b|ñ\b)[\w'-]+){0,3}?"
_WISH = _THEM + (
    r"(?:quero|queria|gostaria de|tomara que|quem me dera|peço a deus|peço pra deus|rezo para|rezo pra|"
    r"só quero|só queria|desejo|preferia|prefiro|(?:tô|estou|to) pront[oa] (?:pra|para)|vontade de|"
    r"seria (?:bom|melhor|um alívio)|ia ser (?:bom|melhor|um alívio)|" + _RUMINATE + ")"
)
_DEATH = (
    r"(?:morrer(?! de\b| do que\b| a\b)|estar mort[oa]|(?:eu )?(?:não|nunca mais) (?:acorde|acordasse|acordar)"
    r"(?!\s+(?:atrasad[oa]|cedo|tarde|às|as|a tempo|com|de ressaca)\b)|não acordar mais|nunca mais acordar|"
    r"não existir mais|deixar de existir|parar de existir|sumir (?:de vez|para sempre|pra sempre|do mapa de vez)|"
    r"parar tudo de vez|ir morar com deus|ir (?:pro|para o) céu|encontrar (?:a |o )?(?:minha|meu) \w+ no céu|"
    r"que (?:ele|deus|o senhor|jesus) me leve(?!\s+(?:pelo|por|a|ao|na|no|em|bem)\b)|descansar pra sempre|"
    r"descansar para sempre|ir embora (?:deste|desse) mundo)"
)
_KILL_SELF = (
    r"(?:me matar|matar-me|me suicidar|suicidar-me|me enforcar|enforcar-me|me envenenar|envenenar-me|"
    r"tirar (?:a )?minha (?:própria )?vida|dar um tiro na (?:minha )?cabeça|cortar os pulsos|"
    r"acabar com (?:a )?minha vida|dar cabo da minha vida|pôr fim (?:à|a) minha vida|"
    rf"me jogar {_PLACE}|atirar-me {_PLACE}|me atirar {_PLACE})"
)
_HARM_SELF = (
    r"(?:me cortar|cortar-me|me machucar|machucar-me|me ferir|ferir-me|me mutilar|me queimar|me bater|me punir|"
    r"me arranhar|me fazer sangrar|me autolesionar)"
)
_URGE = _THEM + (
    r"(?:vontade|quero|queria|preciso|necessidade|impulso|tentad[oa]|desejo|penso em|pensando em|"
    r"me segurando pra não|segurando a vontade de)"
)
_NOT_INJURY = (
    r"(?!\s+(?:o cabelo|a franja|as unhas|a barba|as pontas|o dedo)\b|[^.!?]{0,40}\b(?:cozinhando|cortando "
    r"(?:cebola|legumes|pão|carne)|sem querer|no futebol|no treino|na academia|jogando|de bicicleta|fazendo a barba|"
    r"descascando|papel)\b)"
)
_WEAPON = r"(?:revólver|arma|faca|pistola|oitão|facão|canivete|taco|berro|peixeira|estilete|soco inglês)"
_HUNT = (
    r"(?:sei onde (?:ele|ela) (?:mora|trabalha|estuda|fica)|sei (?:a )?que horas? (?:ele|ela) (?:sai|chega|passa)|"
    r"vou esperar (?:ele|ela|eles) (?:sair|chegar|passar|na saída|na porta|em frente)|(?:tô|estou) esperando "
    r"(?:ele|ela) (?:sair|na saída|na porta|em frente)|(?:ele|ela) (?:me )?paga|(?:ele|ela) vai me pagar|"
    r"(?:ele|ela) vai (?:ver|se arrepender)|hoje (?:ele|ela) (?:morre|paga|não escapa))"
)
_BRUISE = r"(?:hematomas?|roxos?|manchas roxas|marcas|olho roxo|galo|vergões)"
_PREP = (
    r"(?:deixei (?:o |a |os |as )?(?:meu |minha |meus |minhas )?(?:gat[oa]s?|cachorr[oa]s?|cão|cães|bichos?|"
    r"pets?|coelho|hamster|passarinho)\b(?:\s+\w+){0,2}?\s+(?:com|na casa d[ao]|pra|para) (?:a |o )?(?:minha|meu|"
    r"uma|um|a|o)\s+\w+(?![^.!?]{0,120}\b(?:viajar|viagem|férias|fim de semana|hospital|cirurgia|mudança)\b)|"
    r"(?:escrevi|já escrevi|deixei escritas) (?:as|minhas|umas|cartas)(?: cartas)?(?! de (?:natal|amor|apresentação|"
    r"recomendação))\b(?: (?:pra|para) (?:todo mundo|todos|a minha|o meu|minha|meu)\b)?|"
    r"doei (?:todas )?(?:as )?minhas coisas|dei (?:todas )?(?:as )?minhas coisas|"
    r"(?:arrumei|organizei|deixei em ordem) (?:todas )?(?:as )?minhas coisas|fiz (?:o )?(?:meu )?testamento|"
    r"(?:já )?me despedi de (?:todos|todo mundo|toda a gente|geral)|(?:já )?tenho a corda|comprei a corda|"
    r"a corda (?:já )?(?:está|tá) (?:pronta|amarrada))"
)
_FINAL = (
    r"(?:(?:hoje(?: à noite)?|amanhã|esta noite|essa noite) (?:acaba tudo|é o dia|acabo com (?:tudo|isto|isso)|"
    r"vai ser o dia)|acabo com (?:tudo|isto|isso)|chegou a hora|é a hora|me perdoem|adeus)"
)
_THEY_SAID = (
    r"(?:disse|diz|falou|fala|me disse|me falou|escreveu|postou|anda dizendo|vive dizendo|anda a dizer|vive a dizer|"
    r"está sempre a dizer|anda a falar) que (?:\w+\s+){0,2}?"
    r"(?:(?:a gente|nós|todos|todo mundo|vocês|eles) (?:estaria|estaríamos|estariam|ficaria|ficariam|seria|"
    r"seríamos|seriam) (?:\w+ )?melhor(?:es)? sem (?:ela|ele)|(?:é|era) um (?:peso|fardo)|não aguenta mais|"
    r"quer morrer|queria morrer|quer sumir|queria sumir|queria se matar|não quer mais viver|ninguém (?:ia|iria|vai) sentir (?:a )?falta (?:dele|dela)|"
    r"não vale a pena (?:viver|continuar)|vai se matar|não vê sentido em nada|"
    r"tem um plano (?:pra|para) se (?:matar|suicidar)|não serve (?:pra|para) nada|"
    r"não (?:faz|fazia|faria) falta (?:a|pra|para) ninguém(?!\s+\w+(?:ar|er|ir)\b))"
)
_LEAVING = (
    r"(?![^.!?]{0,120}\b(?:viagem|viajar|intercâmbio|férias|aeroporto|voo|mudar|mudança|vai morar|morar em|erasmus|"
    r"se aposent\w+|demiss\w+|vai embora (?:do país|da cidade))\b)"
)
_EDGE = (
    r"(?:no telhado|na ponte|na beira|no parapeito|na sacada|na varanda|no trilho|nos trilhos|na janela|"
    r"no terraço|em cima d[oa] \w+)"
)
_RESTRICT = (
    r"(?:sem comer|(?:só|somente|apenas) (?:na |no |com |de )?(?:água|café|chá|líquidos)|(?:quase )?não (?:como|comi) "
    r"(?:quase )?nada|quase não como|pulo (?:todas )?(?:as )?refeições|pulei (?:o|a) (?:almoço|janta|jantar|café)|"
    r"jejum|jejuando|vomit(?:o|ei|ar)|laxantes?|compulsão|conto (?:as )?calorias|\d+ calorias|"
    r"(?:só|somente|apenas) comi (?:uma|um|meia|meio|duas|dois) \w+|não vou (?:jantar|comer|almoçar)|"
    r"hoje não (?:janto|como|almoço)|pulei o jantar|(?:passar de|passo de|mais de) \d{3,4} calorias|me peso \w+ vezes|"
    r"não (?:como|comi) (?:nada )?desde (?:segunda|terça|quarta|quinta|sexta|sábado|domingo|ontem|anteontem|\w+))"
)
_JUDGE = (
    r"(?:gord[oa]s?|nojent[oa]|\d{2,3} ?(?:kg|quilos|kilos)|perder \d{1,2} ?(?:kg|quilos|kilos)|emagrecer|perder peso|magr[oa]|ossos?|costelas|"
    r"clavícula|thigh gap|barriga chapada|não mereço|me punir|culpa|culpad[oa]|ninguém (?:em casa )?sabe|"
    r"odeio (?:o )?meu corpo|me odeio|nojo de mim|me castigo|castigar|compensar|queimar o que comi|enorme|"
    r"(?:meus pais|minha mãe|meu pai|os meus pais) não sabem|às escondidas|escondid[oa]|disfarç\w+)"
)
_NOT_ED = (
    r"(?![^.!?]{0,120}\b(?:virose|gripe|doente|covid|vírus|cirurgia|exame de sangue|ramadã|quaresma|intermitente|"
    r"dentista|grávida|enjoo|quimio\w*|pesagem|competição|luta|ressaca)\b)"
)

CUES: tuple[Cue, ...] = (
    # -- suicidal ideation: active (3) ------------------------------------------------------
    _cue("si.kill_self", "suicidal_ideation", 3,
         rf"\b{_FP}{_ADV}\s+(?:me matar|matar-me|me suicidar|suicidar-me|me enforcar|enforcar-me|me envenenar|"
         r"envenenar-me|tirar (?:a )?minha (?:própria )?vida|dar um tiro na (?:minha )?cabeça|cortar os pulsos|"
         r"acabar com (?:a )?minha vida|dar cabo da minha vida|pôr fim (?:à|a) minha vida|"
         rf"me jogar {_PLACE}|atirar-me {_PLACE}|me atirar {_PLACE})\b|"
         r"\b(?:vou|quero|vô|vo)-me (?:matar|suicidar|enforcar)\b|"
         r"\b(?:me suicidar|suicidar-me|tirar minha própria vida)\b|\b(?:eu )?me suicido\b|"
         r"\b(?:eu )?me mato\b(?!\s+(?:de|a|pra|para|por|no|na|\w+ndo)\b)|"
         rf"\b{_FP}{_ADV}\s+acabar com tudo\b(?!\s+(?:isso|isto|o que|que|de|entre nós|aqui|no|na|com ele|com ela)\b)|"
         r"\bpôr fim (?:à|a) minha vida\b"),
    _cue("si.suicidal_thoughts", "suicidal_ideation", 3,
         r"\b(?:estou|tô|to|ando|me sinto|sinto-me|fico|sou) (?:\w+ )?suicida\b|"
         r"\b(?:tenho|tive|ando tendo|to tendo|tô tendo|estou tendo|com|voltei a ter) (?:muitos |vários |de novo )?"
         r"(?:pensamentos|ideias|ideação) (?:suicidas?|de (?:suicídio|me matar|morte|tirar minha vida))\b|"
         r"\bpenso (?:muito |sempre |todo dia |todos os dias |direto |o tempo todo )?(?:em )?(?:suicídio|"
         r"me matar|me suicidar|tirar minha vida)\b"),
    _cue("si.not_live", "suicidal_ideation", 2,
         rf"\b{_NAO} (?:quero|aguento) mais viver\b|"
         rf"\b{_NAO} quero (?:mais )?(?:viver|existir|estar viv[oa]|continuar vivendo|continuar a viver|"
         r"continuar viv[oa]|seguir vivendo)\b(?!\s+(?:em|com|perto|longe|sozinh[oa]|aqui|lá|de aluguel|junto)\b)|"
         rf"\b(?:{_NAO} tenho|sem) (?:mais )?vontade de viver\b|"
         rf"\b{_NAO} quero mais estar aqui\b(?!\s+(?:neste|nesta|nessa|nesse|em|com|no|na|nesse)\b)"),
    _cue("si.intent", "suicidal_ideation", 3,
         rf"\b(?:vou|vô|quero|eu vou) (?:pular|me jogar|me atirar|me lançar) {_PLACE}\b|"
         r"\bvou (?:tomar|engolir) (?:todos os|todas as|a cartela (?:toda|inteira)|o frasco (?:todo|inteiro))\b|"
         r"\bamanhã (?:eu )?(?:já )?não (?:vou )?estar(?:ei)? (?:mais )?aqui\b|"
         r"\bnão vou estar (?:mais )?aqui amanhã\b"),
    _cue("si.goodbye", "suicidal_ideation", 3,
         r"\b(?:isto|isso|esta|essa) é (?:a )?(?:minha|uma) despedida\b|"
         r"\badeus (?:a todos|pessoal|pra sempre|para sempre|mundo|galera)\b|"
         r"\b(?:me )?perdoem(?:-me)? pelo que (?:eu )?vou fazer\b|"
         r"\bquando (?:vocês )?lerem isso,? (?:eu )?(?:já )?(?:vou estar|estarei) (?:mort[oa]|longe)\b"),
    # -- suicidal ideation: passive (2) -----------------------------------------------------
    _cue("si.want_die", "suicidal_ideation", 2,
         r"\b" + _THEM + r"(?:eu )?(?:quero|queria|gostaria de|preciso|tenho vontade de|vontade de|só quero|tô com vontade de|"
         r"to com vontade de|estou com vontade de|desejo|quis) (?:só |muito |tanto |apenas |simplesmente )?"
         r"morrer\b|"
         r"\b(?:quero|queria|preferia|prefiro) estar mort[oa]\b|\bprefiro morrer\b(?!\s+(?:do que|a|que)\b)|"
         r"\bquem me dera (?:morrer|estar mort[oa])\b|\btomara que eu morra\b"),
    _cue("si.wish_dead", "suicidal_ideation", 2,
         r"\b(?:queria|quem me dera|preferia|gostaria de|desejava|queria tanto) (?:nunca ter nascido|"
         r"não ter nascido|ter morrido)\b|"
         r"\b(?:não devia|não deveria|nunca devia) ter nascido\b"),
    _cue("si.not_wake", "suicidal_ideation", 2,
         r"\bdormir e (?:não|nunca mais|ñ) acordar\b|\b(?:não|nunca mais) acordar (?:mais|nunca mais|amanhã)\b|"
         r"\b(?:quero|queria) dormir (?:pra|para) sempre\b|\bnunca mais acordar\b"),
    _cue("si.better_off", "suicidal_ideation", 2,
         r"\b(?:estaria|estariam|ficaria|ficariam|seriam|seria|viveriam) (?:\w+ )?(?:melhor|melhores|mais feliz|"
         r"mais felizes) sem mim\b|"
         r"\bmelhor sem mim\b(?!\s+(?!e\b|de verdade\b)[^\W\d_])|"
         r"\bninguém (?:ia|iria|vai) (?:sentir (?:a )?minha falta|notar|perceber|se importar|ligar) se eu "
         r"(?:morresse|sumisse|morrer|sumir|não estivesse|fosse embora)\b|"
         r"\bninguém sentiria (?:a )?minha falta\b|"
         r"\bseria melhor se eu (?:não existisse|morresse|sumisse|não estivesse aqui|nunca tivesse nascido)\b"),
    _cue("si.no_point", "suicidal_ideation", 2,
         r"\b(?:a )?vida não (?:tem|faz) (?:mais )?(?:nenhum )?sentido\b|"
         rf"\b{_NAO} (?:vejo|encontro) (?:mais )?(?:nenhum )?sentido (?:em|na|pra|para) (?:viver|vida|nada|continuar)\b|"
         r"\b(?:nenhum|sem) motivo (?:pra|para) viver\b|"
         rf"\b{_NAO} tenho (?:mais )?(?:nenhum )?(?:motivo|razão|razões|motivos) (?:pra|para) viver\b|"
         r"\b(?:pra|para) que (?:viver|continuar vivendo|continuar viv[oa])\b(?!\s+(?:seja|fique|em|com)\b)|"
         r"\ba vida não vale a pena\b|\bnão vale a pena (?:viver|continuar vivendo|continuar viv[oa])\b|"
         r"\bnão vale a pena continuar\b(?!\s+(?:com|nesse|neste|nessa|nesta|tentando|insistindo|a tentar|"
         r"esperando)\b)|\bnada mais faz sentido\b"),
    _cue("si.disappear", "suicidal_ideation", 2,
         r"\b(?:quero|queria|vontade de|só quero|preciso|tô com vontade de|to com vontade de|gostaria de) "
         r"(?:só |simplesmente |muito )?(?:sumir|desaparecer|deixar de existir|parar de existir|não existir)\b"
         r"(?!\s+(?:um pouco|uns dias|por uns|por um|no fim de semana|neste fim|das redes|do instagram|do grupo|"
         r"desse grupo|daqui (?:a )?pouco|pro|pra praia|pra (?:o|a) \w+|de férias)\b)"),
    _cue("si.done_life", "suicidal_ideation", 2,
         r"\b(?:cansad[oa]|fart[oa]) de viver\b|\bcansei (?:de viver|da vida)\b|\bcansad[oa] da vida\b|"
         rf"\b{_NAO} aguento mais (?:essa vida|esta vida|a minha vida|minha vida)\b|"
         rf"\b{_NAO} (?:consigo|dá pra|dá para) continuar (?:assim|vivendo|a viver)\b"),
    # -- preparation and attempt in progress (4) -------------------------------------------
    _cue("si.prepared", "suicidal_ideation", 4,
         r"\b(?:escrevi|deixei|estou escrevendo|tô escrevendo|to escrevendo|já escrevi) (?:uma |a |as |minhas |"
         r"minha |umas )?cartas? de despedida\b|\bbilhete de (?:despedida|suicídio)\b|"
         rf"\b(?:juntando|acumulando|escondendo|juntei|acumulei|escondi|guardei|separei) (?:\w+\s+){{0,2}}?{_PILLS}\b|"
         rf"\btenho (?:\w+\s+){{0,2}}?{_PILLS} (?:guardad[oa]s|escondid[oa]s|juntad[oa]s|separad[oa]s)\b|"
         r"\bdoei (?:todas )?(?:as )?minhas coisas\b|"
         r"\b(?:comprei|preparei|amarrei) (?:uma |a )?corda (?:pra|para) (?:mim|me enforcar)\b|"
         r"\bjá amarrei a corda\b|\bnó de forca (?:pronto|feito)\b"),
    _cue("si.in_progress", "suicidal_ideation", 4,
         r"\b(?:estou|tô|to) (?:em cima|na beira|no parapeito|na borda|sentad[oa] na beira|de pé na beira) "
         r"(?:da|do|de uma|de um) (?:ponte|prédio|telhado|sacada|varanda|viaduto|janela|penhasco)\b|"
         r"\b(?:estou|tô|to) (?:no telhado|na ponte|no parapeito|na beira|nos trilhos|na sacada|no terraço)\b[^.!?]{0,50}"
         r"\b(?:vou (?:pular|me jogar)|pulo|me jogo)\b|"
         r"\b(?:os remédios|os comprimidos|as pílulas) (?:estão |tão )?na minha (?:frente|mão)\b|"
         rf"\b(?:tô|to|estou) com (?:tod[oa]s )?(?:os|as|meus|minhas) {_PILLS} (?:na mão|na minha frente|na minha mão)\b|"
         r"\ba corda (?:está |tá )?no meu pescoço\b|\ba faca (?:está |tá )?no meu pulso\b"),
    # -- medical emergency (4) --------------------------------------------------------------
    _cue("med.overdose_taken", "medical_emergency", 4,
         r"\b(?:tomei|engoli|bebi|acabei de tomar|acabei de engolir|tomei agora) "
         rf"{_MUCH}\s+(?:\w+\s+){{0,2}}?{_PILLS}\b|"
         r"\b(?:tive|tomei|fiz) (?:uma )?overdose\b|"
         rf"\b(?:tomei|engoli|acabei de tomar) (?:os|as|meus|minhas) (?:\w+\s+){{0,2}}?{_PILLS} (?:tod[oa]s|inteir[oa]s)\b|"
         r"\b(?:tomei|engoli) (?:a caixa|o frasco|a cartela|o blister) (?:toda|inteira|todo|inteiro)\b|"
         rf"\b(?:tomei|engoli)\b[^.!?]{{0,30}}\b{_PILLS}\b[^.!?]{{0,60}}\b(?:(?:estou|tô|to) (?:a ficar|ficando) "
         r"(?:tont[oa]|zonz[oa]|mal)|(?:estou|tô) passando mal|(?:estou|tô) com o coração (?:acelerado|disparado)|"
         r"não (?:sinto|consigo sentir) (?:as|os|a|o) (?:mãos|pernas|braços|boca))\b|"
         r"\b(?:tomei|bebi|engoli) (?:veneno|chumbinho|água sanitária|lixívia|soda cáustica|raticida|"
         r"veneno de rato)\b"),
    _cue("med.bleeding", "medical_emergency", 4,
         rf"\b{_NAO} para de sangrar\b|\bo sangue {_NAO} para\b|\b(?:estou|tô|to) sangrando (?:muito|demais)\b|"
         r"\bcortei (?:fundo demais|muito fundo|os pulsos|o pulso|uma veia|uma artéria)\b|\bperdi muito sangue\b|"
         r"\b(?:tem|há) sangue (?:por toda parte|pra todo lado)\b|\ba sangrar muito\b"),
    _cue("med.dying_now", "medical_emergency", 4,
         r"\bacho que (?:eu )?(?:estou|tô|to) morrendo\b|"
         r"\bme sinto (?:muito )?(?:tont[oa]|mal|estranh[oa]) depois de tomar (?:os|todos os|aqueles) "
         r"(?:remédios|comprimidos)\b"),
    # -- self-harm (urges 2, recent acts 3) ------------------------------------------------
    _cue("sh.act", "self_harm", 3,
         r"\b(?:eu )?me (?:corto|cortei|cortava)\b"
         rf"(?=\s*(?:$|[.,;!?]|\s(?:de novo|outra vez|de propósito|{_BODY}|quando|pra|para|todo dia|"
         r"(?:n|d)[oa]s? (?:braços?|pulsos?|pernas?|coxas?|barriga|pele)|"
         r"todos os dias|sempre|com (?:gilete|lâmina|estilete)|ontem|hoje|escondid[oa])\b))|"
         r"\b(?:corto|cortei)-me\b|"
         r"\b(?:estou|tô|to|ando|continuo|sigo) me cortando\b|\b(?:voltei|comecei) a me cortar\b|\bcortar-me\b|"
         r"\b(?:eu )?me machuco (?:de propósito|quando|pra)\b|"
         r"\bme (?:automutilo|mutilo|autolesiono)\b|\b(?:faço|fiz) automutilação\b|"
         r"\bme (?:queimei|queimo) (?:de propósito|com cigarro)\b|"
         r"\btive uma recaída (?:e me cortei|com os cortes|de automutilação)\b|"
         r"\bmeus cortes (?:novos|recentes|de ontem)\b|\bbato a cabeça na parede\b"),
    _cue("sh.recovery", "self_harm", 1,
         rf"\b(?:um|uma|{_NUM}) (?:dia|dias|semana|semanas|mês|meses|ano|anos) (?:sem me cortar|sem me machucar|"
         r"sem automutilação|sem recaída|limp[oa]s? (?:da automutilação|dos cortes))\b|"
         rf"\b(?:faz|há) (?:hoje )?(?:um|uma|{_NUM}) (?:dia|dias|semana|semanas|mês|meses|ano|anos) que (?:eu )?"
         rf"{_NAO} me (?:corto|machuco|mutilo)\b", strength=0.6),
    _cue("sh.urge", "self_harm", 2,
         r"\b" + _THEM + r"(?:vontade de|quero|preciso|tô querendo|to querendo|estou querendo|tentad[oa] a) (?:me cortar|"
         rf"me machucar|me ferir|me mutilar|me queimar|cortar-me){_NOT_HAIR}\b"),
    # -- method seeking (3) -----------------------------------------------------------------
    _cue("ask.dose", "self_harm_instructions", 3,
         rf"\bquant[oa]s? (?:\w+\s+){{0,3}}?{_PILLS}\b.{{0,50}}\b(?:morrer|matar|me matar|overdose|letal|fatal|"
         r"mortal|não acordar)\b|"
         r"\b(?:dose|quantidade) (?:letal|mortal|fatal)\b|\bcomo (?:ter|fazer|tomar) (?:uma )?overdose\b|"
         r"\b(?:dá|da) (?:pra|para) morrer (?:tomando|com|de)\b|"
         r"\b(?:o que|que) acontece se eu tomar (?:todos|todas|a cartela|uma cartela|\d{2,}|o frasco)\b"),
    _cue("ask.method", "self_harm_instructions", 3,
         r"\b(?:jeitos?|formas?|maneiras?|métodos?|modos?) (?:mais )?(?:fácil|fáceis|rápid[oa]s?|indolor|sem dor|"
         r"eficaz|eficiente|menos doloros[oa]|segur[oa]|tranquil[oa]) (?:de|pra|para) (?:morrer|me matar|se matar|"
         r"suicídio|cometer suicídio|se suicidar|me suicidar|tirar a (?:própria )?vida)\b|"
         r"\b(?:como|komo|cmo|cm) (?:me matar|se matar|me suicidar|se suicidar|me enforcar|se enforcar|cortar os pulsos|"
         r"fazer uma forca|fazer (?:um )?nó de forca|morrer sem dor)\b|"
         r"\bquanto tempo (?:leva|demora) (?:para|pra) (?:sangrar até morrer|morrer sangrando|morrer de hemorragia)\b"),
    _cue("ask.height", "self_harm_instructions", 3,
         r"\b(?:de )?(?:qual|que) (?:é )?(?:a )?altura (?:\w+\s+){0,8}?(?:morrer|mata|morre|fatal|sobreviver|sobrevive|"
         r"sobreviva)\b|"
         r"\bquantos andares (?:\w+\s+){0,5}?(?:morrer|mata|morre|fatal|sobreviver|sobrevive)\b"),
    _cue("ask.conceal", "self_harm_instructions", 3,
         r"\b(?:esconder|disfarçar|cobrir|tapar|escondo|disfarço) (?:os |as |meus |minhas )?(?:cortes|cicatrizes|"
         r"marcas)(?: \w+)? (?:dos|nos|do|no) (?:braços?|pulsos?|pernas?|coxas?)\b|"
         r"\b(?:esconder|disfarçar|escondo|disfarço) (?:os |meus )?cortes\b(?!\s+de\b)|"
         r"\besconder (?:de \w+ )?que (?:eu )?(?:me corto|não como|vomito|me machuco)\b|"
         r"\b(?:cortes|cicatrizes|marcas)\b.{0,30}\b(?:pra|para) (?:ninguém|minha mãe|meu pai|meus pais) "
         r"(?:não )?(?:ver|perceber|notar)\b"),
    _cue("ask.bridge", "self_harm_instructions", 3,
         r"\b(?:a )?ponte mais alta\b|\b(?:o )?prédio mais alto\b|"
         r"\bonde (?:comprar|eu compro|consigo|arrumo|acho) (?:uma |um )?(?:arma|corda|revólver|chumbinho)\b|"
         r"\bcomo subir no (?:telhado|terraço|topo)\b|\bdá pra subir no (?:telhado|terraço|topo)\b|\b(?:pontes?|prédios?|viadutos?) (?:altos? )?(?:aqui )?perto (?:de mim|daqui)\b|"
         r"\b(?:ponte|prédio|viaduto|edifício|torre|penhasco)\b[^.!?]{0,40}\b(?:qual (?:é )?a altura|quantos metros|"
         r"que altura)\b|\b(?:qual (?:é )?a altura|quantos metros tem|que altura tem) (?:d[ao]|daquel[ae]|dess[ae]) "
         r"(?:\w+ )?(?:ponte|prédio|viaduto|edifício|torre|penhasco)\b",
         kind="gated"),
    # -- eating disorders (2; tips 3) -------------------------------------------------------
    _cue("ed.restrict", "eating_disorder", 2,
         rf"\b{_NAO} (?:como|comi|como nada|comi nada) (?:há|faz|tem|a) {_NUM} (?:dias|semanas)\b|"
         rf"\b(?:estou|tô|to|fiquei|fico) (?:há |faz )?{_NUM} (?:dias|semanas) sem comer\b|"
         rf"\b(?:há|faz|tem) {_NUM} (?:dias|semanas) que (?:eu )?{_NAO} (?:como|comi)\b|"
         rf"\b{_NAO} mereço comer\b|\bsó (?:como|comi|me permito|vou comer) \d+ (?:calorias|kcal|cal)\b|"
         r"\bmenos de \d{2,3} (?:calorias|kcal) (?:por|ao|no) dia\b|"
         r"\bme (?:sinto|senti) (?:gord[oa]|nojent[oa]|enorme) (?:depois de|quando|sempre que) com\w+|"
         r"\b(?:ainda|continuo) me (?:sentindo|vendo|acho) gord[oa]\b|"
         r"\bme puno (?:não comendo|sem comer)\b|\bme recuso a comer\b|"
         rf"\b(?:estou|tô|to) (?:há |faz )?{_NUM} dias comendo (?:só|apenas)\b|"
         rf"\b(?:faz|há) {_NUM} dias que (?:eu )?(?:só|apenas) (?:tomo|como|bebo)\b"),
    _cue("ed.purge", "eating_disorder", 2,
         r"\b(?:me faço|me fiz|me forço a|forço o|forcei o|provoco o|provoquei o) (?:vomitar|vômito)\b|"
         r"\bvomito depois (?:de comer|das refeições|de cada refeição)\b|\benfio o dedo na garganta\b|"
         r"\blaxantes? (?:pra|para) (?:emagrecer|perder peso|não engordar)\b|\bcompulsão e (?:depois )?vomito\b"),
    _cue("ed.tips", "eating_disorder", 3,
         r"\bdicas (?:pra|para|de como) (?:não comer|parar de comer|não sentir fome|tirar a fome|enganar a fome|"
         r"vomitar|ficar sem comer|jejuar mais)\b|"
         r"\bcomo (?:parar de comer|não sentir fome|vomitar sem|ficar sem comer|enganar a fome)\b"
         r"(?!\s+(?:doce|açúcar|besteira|tanto|porcaria|fritura)\b)|"
         r"\bperder \d+ ?(?:kg|quilos) em (?:uma semana|\d+ dias)\b|\b(?:ana|mia) dicas\b|\bpró-?(?:ana|mia)\b"),
    # -- harm to others (3; with means 4 via escalators) -----------------------------------
    _cue("hto.threat", "harm_to_others", 3,
         r"\b(?:vou|quero|vô|vo|eu vou|vou acabar) (?:te )?(?:matar|esfaquear|furar|enforcar|espancar|arrebentar) "
         r"(?:ele|ela|eles|elas|você|vc|voce|o meu|a minha|meu|minha|todo mundo|todos|aquele|aquela|esse|essa|"
         r"esses|essas|aquele cara)\b|"
         r"\b(?:vou|quero|vô|vo) te (?:matar|esfaquear|furar|enforcar|dar um tiro)\b|"
         r"\b(?:vou|quero|vô|vo) (?:matá-l[oa]s?|matar-te|matar-l[oa]s?)\b|"
         r"\b(?:vou|quero|vô|vo) (?:dar um tiro|meter bala|atirar) n(?:ele|ela|eles|o \w+|a \w+)\b|"
         r"\b(?:vou|quero|vontade de|tô com vontade de|to com vontade de) (?:quebrar|arrebentar|socar) a cara "
         r"(?:dele|dela|deles|do \w+|da \w+|daquel[ae](?: \w+)?|desse \w+|dessa \w+)\b|"
         r"\bacabar com a raça (?:dele|dela|deles|do \w+|da \w+)\b|"
         r"\b(?:revólver|arma|faca|pistola|oitão)\b.{0,60}\b(?:me paga|vai me pagar|vão me pagar|me pagam)\b"),
    _cue("hto.mass", "harm_to_others", 4,
         r"\blevar (?:uma arma|a arma do meu pai|o revólver do meu pai|um revólver) (?:pra|para|na) (?:escola|"
         r"faculdade|trabalho|aula|igreja)\b|\b(?:fazer um|planejo um) massacre\b|\batirar em todo mundo\b"),
    # -- abuse disclosed by the victim (2; danger 3) ---------------------------------------
    _cue("abuse.physical", "abuse_victim", 3,
         rf"\b{_ADULT}{_FILL}\s+{_HIT}|"
         r"\b(?:apanho|apanhei|apanhava) (?:em casa|do meu (?:pai|padrasto|marido|namorado|esposo)|"
         r"da minha (?:mãe|madrasta|esposa|namorada))\b"),
    _cue("abuse.physical_kin", "abuse_victim", 2, rf"\b{_KIN}{_FILL}\s+{_HIT}"),
    _cue("abuse.danger", "abuse_victim", 3,
         rf"\b{_ABUSER}{_FILL}\s+me (?:enforca|enforcou|esgana|esganou|estrangula|estrangulou|sufoca|sufocou|"
         r"tranca|trancou)\b|"
         r"\b(?:ameaça|ameaçou|ameaçava) (?:me matar|matar-me)\b|\b(?:me )?ameaçou(?:-me)? de morte\b|"
         r"\b(?:disse|diz|fala|falou|grita|gritando|gritou|jura|jurou) que (?:vai|ia) me matar\b|"
         r"\btenho medo (?:que|de que) (?:ele|ela) me mate\b|"
         r"\bapontou (?:uma arma|uma faca|um revólver|a arma) (?:pra|para) mim\b|"
         r"\bencostou (?:uma|a) faca no meu pescoço\b"),
    _cue("abuse.danger_now", "abuse_victim", 4,
         rf"\b(?:me matar|matar-me)\b.{{0,80}}{_HIDING}|{_HIDING}.{{0,80}}\b(?:me matar|matar-me)\b"),
    _cue("abuse.sexual", "abuse_victim", 3,
         r"\b(?:me )?(?:estuprou|estupra|violentou|violentava)\b|\b(?:abusou|abusa|abusava) de mim\b|"
         r"\bme (?:abusou|abusa|abusava|molesta|molestou|molestava)\b|\b(?:passa|passou|passava) a mão em mim\b|"
         r"\bfui (?:estuprad[oa]|abusad[oa]|violentad[oa]|molestad[oa])\b|"
         r"\bme obriga a (?:transar|fazer sexo|ter relações|fazer coisas)\b|"
         rf"\b{_ABUSER}{_FILL}\s+me toca (?:à noite|quando|nas (?:minhas )?partes|lá embaixo|escondido)\b|"
         r"\bentra no meu quarto (?:à|de) noite\b"),
    _cue("abuse.control", "abuse_victim", 2,
         rf"\b{_PARTNER}{_FILL}\s+{_NAO} me deixa (?:sair|ver|trabalhar|falar|ter|usar|estudar|encontrar)\b|"
         rf"\b{_PARTNER}{_FILL}\s+(?:controla|vigia|mexe no|fuça|lê|olha) (?:o )?(?:meu celular|meu dinheiro|tudo|"
         r"minhas mensagens|todas as minhas (?:conversas|mensagens)|minhas conversas)\b|"
         rf"\b{_PARTNER}{_FILL}\s+(?:pega|fica com) (?:todo )?(?:o )?meu (?:dinheiro|salário)\b|"
         r"\btenho medo de voltar (?:pra|para) casa\b|"
         r"\btenho medo (?:do|de) (?:meu (?:marido|namorado|pai|padrasto|ex)|ele)\b|"
         r"\b(?:sofro|vivo|passo por) violência doméstica\b"),
    # -- acute distress (2) and concern (1) ------------------------------------------------
    _cue("ad.panic", "acute_distress", 2,
         r"\b(?:tendo|tive|estou tendo|tô tendo|to tendo|com|estou com|tô com) (?:uma |outra )?crise de "
         r"(?:pânico|ansiedade)\b|\bataque de (?:pânico|ansiedade)\b|^\W*crise de (?:pânico|ansiedade)\b|"
         r"\bcrise de (?:pânico|ansiedade) (?:no|na|em|agora|de novo)\b|"
         rf"\b{_NAO} consigo (?:respirar|parar de chorar|parar de tremer)\b(?!\s+pelo nariz\b)|"
         r"\b(?:estou|tô|to) (?:surtando|desmoronando|desabando)\b"),
    _cue("ad.cant_take", "acute_distress", 2,
         rf"\b{_NAO} (?:aguento|suporto) mais\b"
         r"(?!\s+(?:(?:esse|essa|este|esta|o|a|os|as)\s+(?!vida\b|dor\b|solidão\b|tristeza\b|ansiedade\b|"
         r"depressão\b|situação\b)\w+|esperar|comer|rir|de (?:rir|esperar|calor|frio|comer)|calor|frio|ele|ela|"
         r"meu chefe|minha chefe)\b)|"
         r"\b(?:estou|tô|to|me sinto|sinto-me) (?:tão |muito |completamente |totalmente )?(?:sem esperança|"
         r"desesperad[oa](?!\s+(?:por|pra|para)\b)|inútil|um peso|um fardo|vazi[oa] por dentro|sem saída)\b|"
         r"\bsou um (?:peso|fardo|estorvo) (?:pra|para)\b|"
         r"\b(?:sinto que )?(?:eu )?(?:só )?atrapalho (?:todo mundo|todos|a vida de todo mundo|a vida de todos|geral)\b|"
         r"\b(?:cansad[oa] de lutar|já não tenho forças|não tenho mais forças)\b(?=\s*(?:$|[.,;!?…]|e\b|mas\b))|"
         rf"\b{_NAO} (?:tem|há|vejo) (?:nenhuma )?saída\b(?!\s+de emergência\b)|"
         r"\b(?:cheguei|tô|estou) no (?:meu )?limite\b|"
         rf"\b{_NAO} sirvo (?:pra|para) nada\b"),
    _cue("concern.low", "acute_distress", 1,
         r"\b(?:estou|tô|to|ando|me sinto|sinto-me) (?:muito |tão |bem |super |meio |mó )?(?:deprimid[oa]|"
         r"sozinh[oa]|triste|ansios[oa]|estressad[oa]|esgotad[oa]|sobrecarregad[oa]|arrasad[oa]|exaust[oa]|"
         r"na bad|mal|pra baixo|desanimad[oa])\b"
         r"(?!\s+(?:em casa|no trabalho|pra (?:ver|saber)|por (?:ver|saber)|pelo jogo)\b)|"
         r"\bchoro (?:todas as noites|todo dia|todos os dias|até dormir)\b|"
         r"\bperdi (?:a )?(?:minha|meu|o meu) (?:mãe|pai|marido|esposa|filh[oa]|bebê|melhor amig[oa]|emprego|avó|"
         r"avô|cachorro|gato|trabalho)\b|"
         r"\b(?:minha|meu) (?:mãe|pai|avó|avô|marido|esposa|filh[oa]|cachorro|gato) (?:morreu|faleceu)\b|"
         r"\b(?:estou|tô) de luto\b|\bem luto\b|\b(?:não|ñ) tenho amigos\b|"
         r"\bsinto tanta falta (?:dele|dela|de você)\b", strength=0.6),
    # -- someone else at risk (2; imminent 4 via escalators) -------------------------------
    _cue("tp.si", "third_party_concern", 2,
         rf"\b{_SOMEONE}\b.{{0,50}}\b(?:quer (?:se matar|morrer|se suicidar|sumir|acabar com tudo|"
         r"tirar a (?:própria )?vida)|(?:vai|ia) se (?:matar|suicidar)|pensa em (?:se matar|suicídio|morrer|"
         r"se suicidar)|fala (?:em|de|sobre) (?:se matar|suicídio|morrer|se suicidar)|"
         r"(?:falando|disse|diz|fala) que (?:não vale a pena (?:continuar|viver)|quer morrer|vai se matar|"
         r"não aguenta mais|quer sumir)|não quer mais viver|tem pensamentos suicidas|parou de comer|"
         r"não come (?:nada|mais))",
         kind="third_party", first_person=False),
    _cue("tp.act", "third_party_concern", 3,
         rf"\b{_SOMEONE}\b.{{0,60}}\b(?:(?:está|tá|ta) se (?:cortando|machucando|mutilando)|"
         r"se corta\b(?!\s+(?:o cabelo|com papel|cozinhando|sem querer)\b)|se machuca de propósito|"
         r"tentou (?:se matar|suicídio|se suicidar|tirar a própria vida)|se despediu de (?:todos|todo mundo|mim)|"
         r"mensagem de despedida|carta de despedida|deu todas as (?:suas )?coisas)",
         kind="third_party", first_person=False),
    _cue("tp.worry", "third_party_concern", 2,
         r"\b(?:preocupad[oa]|com medo|tenho medo|me preocupo) (?:com|por|pel[oa]|que|de que) "
         rf"(?:o meu|a minha|meu|minha|um|uma) {_PERSON}\b.{{0,60}}\b(?:segurança|vida|morr\w*|se mat\w*|"
         r"se machuc\w*|comendo|come|apanha|abus\w*|faça (?:uma|alguma) besteira)|"
         rf"\b(?:meu|minha) {_PERSON} (?:está sendo|é|tá sendo|foi) (?:abusad[oa]|agredid[oa]|espancad[oa]|"
         r"estuprad[oa])\b|"
         rf"\b(?:meu|minha) {_PERSON} apanha (?:do|da|em casa)\b",
         kind="third_party", first_person=False),
    _cue("tp.overdose", "third_party_concern", 4,
         rf"\b(?:(?:meu|minha) {_PERSON}|ele|ela)\b.{{0,30}}\b(?:tomou|engoliu) {_MUCH}\s+(?:\w+\s+){{0,2}}?"
         rf"{_PILLS}\b|\b(?:(?:meu|minha) {_PERSON}|ele|ela) teve uma overdose\b|"
         rf"\b(?:(?:meu|minha) {_PERSON}|ele|ela)\b.{{0,40}}\b(?:tomou|engoliu)\b.{{0,40}}\b{_NAO} "
         r"(?:acorda|responde|reage)\b",
         kind="third_party", first_person=False),
    # -- broad shapes (what the specific cues above miss) ----------------------------------
    # a wish + death, in any of its words: "tomara que eu não acorde", "que Ele me leve logo"
    _cue("broad.wish_death", "suicidal_ideation", 2, rf"\b{_WISH}{_GAP3}\s+(?:que\s+)?(?:eu\s+)?{_DEATH}",
         strength=0.75),
    _cue("broad.called_home", "suicidal_ideation", 2,
         r"\b(?:deus|senhor|jesus|meu deus)\b[^.!?]{0,30}?\b(?:me leva|leva-me|me leve|me busca|me buscar|vem me buscar)"
         r"\b(?!\s+(?:pelo|por|a|ao|na|no|em|bem|de volta)\b)", strength=0.75),
    _cue("broad.better_if_not", "suicidal_ideation", 2,
         r"\b(?:melhor|mais \w+|tranquil\w+|feliz\w*)\b[^.!?]{0,30}\bse eu (?:não existisse|não estivesse (?:aqui|viv[oa])?|"
         r"morresse|sumisse|nunca tivesse nascido)\b", strength=0.75),
    _cue("broad.better_gone", "suicidal_ideation", 2,
         r"\b(?:seria|ia ser) (?:melhor|mais fácil|um alívio)(?: pra todo mundo| para todos)? se eu (?:sumisse|morresse|"
         r"não existisse|não estivesse (?:mais )?aqui|fosse embora pra sempre)\b|"
         r"\bninguém (?:ia|iria) (?:perceber|notar|ligar|se importar) se eu (?:sumisse|morresse|não estivesse)\b",
         strength=0.75),
    # an act on oneself after a wish or plan: "tô com muita vontade de me matar"
    _cue("broad.act_self", "suicidal_ideation", 3,
         rf"\b{_THEM}(?:quero|queria|vou|vô|vontade|penso|pensando|pensei|preciso|decidi|tentei|planejando|planejo)"
         rf"{_GAP3}\s+(?:de\s+|em\s+)?{_KILL_SELF}\b|"
         r"\b(?:pens(?:o|ando|ei|ar)|penso muito) (?:\w+ ){0,2}?(?:em|no) suicídio\b(?!\s+(?:d[oa]|assistido)\b)|"
         r"\bpesquisei (?:\w+ )?(?:jeitos|formas|maneiras|métodos|como)\b(?=[^.!?]{0,30}\b(?:morrer|me matar|"
         r"suic\w+|acabar)\b|\s*(?:$|[.!?]))", strength=0.8),
    # self-injury: an urge a few words from the act, or the act done again
    _cue("broad.harm_self", "self_harm", 2, rf"\b{_URGE}{_GAP3}\s+(?:de\s+)?(?:voltar a\s+)?{_HARM_SELF}\b{_NOT_INJURY}",
         strength=0.7),
    _cue("broad.ed_acts", "eating_disorder", 2,
         r"\b(?:escondo|jogo fora) (?:a )?comida\b[^.!?]{0,60}\b(?:pra|para) (?:minha \w+|meu \w+|ninguém|eles|os meus pais) "
         r"(?:não )?(?:ver|perceber|notar|saber)\b|\bfinjo que (?:como|comi|já comi)\b|"
         r"\blaxantes?\b[^.!?]{0,40}\b(?:(?:pra|para) (?:não engordar|emagrecer|perder peso|compensar)|todo dia|todos os dias|"
         r"depois de comer)\b(?![^.!?]{0,60}\b(?:médic[oa]|receitou|receita|prisão de ventre|intestino preso)\b)|"
         r"\bmastigo e cuspo\b|\bme peso (?:\d+|cinco|dez|várias) vezes por dia\b", strength=0.7),
    _cue("broad.harm_done", "self_harm", 3,
         r"\bme (?:queimei|arranhei|cortei|machuquei|bati|mordi|belisquei|furei)\b[^.!?]{0,40}?\b(?:de propósito|"
         r"até sangrar|(?:pra|para) sentir alguma coisa|(?:pra|para) me castigar|porque (?:eu )?mereço)\b|"
         r"\b(?:cortes|feridas|queimaduras) (?:novos|novas|recentes|frescos|frescas)\b" + _NOT_INJURY, strength=0.8),
    _cue("broad.med", "medical_emergency", 4,
         rf"\b(?:tomei|engoli|bebi)\s+(?:{_MUCH}|os|as|meus|minhas|vários|várias)\s+(?:\w+\s+){{0,2}}?{_PILLS}\b"
         r"(?:\s+d[ao] (?:minha|meu) \w+)?[^.!?\n]{0,60}\b(?:muito sono|(?:tô|estou|to|a ficar|ficando) (?:muito )?"
         r"(?:tont[oa]|zonz[oa]|enjoad[oa])|passando mal|coração (?:acelerado|disparado)|vendo tudo embaçado|não sinto)\b|"
         r"\bmisturei (?:bebida|álcool|cachaça|vinho|cerveja|vodka)\s+com (?:os |meus |as |minhas )?(?:remédios (?:pra|para) "
         r"dormir|calmantes|rivotril|clonazepam|tarja preta|ansiolíticos|diazepam|alprazolam)\b",
         first_person=False, strength=0.85),
    _cue("broad.harm_again", "self_harm", 3,
         rf"\b(?:voltei a|comecei de novo a|recomecei a) (?:me cortar|me machucar|me ferir|me queimar|cortar-me)\b{_NOT_INJURY}|"
         rf"\bme (?:cortei|machuquei|queimei|feri) (?:de novo|outra vez|novamente)\b{_NOT_INJURY}|"
         r"\b(?:tive (?:uma )?recaída|recaí)\b[^.!?]{0,60}\b(?:limp[oa]|sem me (?:cortar|machucar))\b|"
         r"\b(?:limp[oa]|sem me (?:cortar|machucar))\b[^.!?]{0,40}\b(?:recaída|recaí|voltei a)\b", strength=0.8),
    # dose questions without a death word: "quantos comprimidos seria perigoso"
    _cue("broad.dose", "self_harm_instructions", 3,
         rf"\bquant[oa]s? (?:\w+\s+){{0,2}}?(?:{_PILLS}|\w+(?:pam|lam|ina|ol|ona))\b[^.!?]{{0,50}}?\b(?:perigos[oa]s?|"
         r"mortal|mortais|letal|letais|tóxic[oa]s?|demais|overdose|fatal)\b|"
         r"\b(?:dose|quantidade) (?:perigosa|tóxica|que mata)\b(?![^.!?]{0,120}\b(?:criança|bebê|kg|quilos|cachorro|gato)\b)",
         kind="question", strength=0.8),
    _cue("broad.conceal", "self_harm_instructions", 3,
         r"\b(?:esconder|disfarçar|cobrir|tapar|escondo|disfarço) (?:as |os |minhas |meus )?(?:marcas|cicatrizes|cortes|"
         r"riscos)(?: \w+)? (?:nos|no|dos|do|nas|na) (?:pulsos?|braços?|coxas?|pernas?)\b"
         r"(?![^.!?]{0,120}\b(?:espinha|acne|catapora|vacina|relógio|elástico|estrias|bronzeado)\b)",
         kind="question", strength=0.8),
    # threats: making him suffer or bleed, with a weapon and where he will be
    _cue("broad.threat", "harm_to_others", 3,
         r"\b(?:vou|vô|quero)\b(?:[^.!?]{0,50}?\be)? (?:fazer|deixar) (?:ele|ela|eles|aquele cara|aquela mina|esse cara) "
         r"(?:sangrar|sofrer|se arrepender)\b|"
         r"\b(?:vou|vô|quero) (?:machucar|quebrar|arrebentar|furar|espancar) (?:ele|ela|eles|aquele cara|aquele "
         r"(?:idiota|filho da puta|desgraçado)|esse cara)\b(?!\s+(?:no|na) (?:jogo|fifa|game|videogame|xadrez|truco)\b)",
         strength=0.75),
    _cue("broad.armed", "harm_to_others", 4,
         rf"\b(?:peguei|tenho|tô com|estou com|levei|levo|trouxe|comprei|arrumei)\s+(?:o|a|um|uma|meu|minha)\s+"
         rf"(?:\w+\s+)?{_WEAPON}\b[^\n]{{0,100}}?\b{_HUNT}|"
         rf"\b{_HUNT}\b[^\n]{{0,80}}?\b(?:peguei|tenho|tô com|estou com)\s+(?:o|a|um|uma|meu|minha)\s+(?:\w+\s+)?{_WEAPON}\b",
         strength=0.85),
    # abuse: assault told indirectly, threats to keep a secret, bruises explained away, stalking, control
    _cue("broad.assault", "abuse_victim", 3,
         r"\b(?:eu )?(?:disse|falei|gritei) (?:que )?não\b[^.!?]{0,25}?\b(?:e|mas)\s+(?:ele|ela) (?:não parou(?!\s+de\b)|"
         r"continuou(?!\s+\w+ndo\b|\s+a (?!me\b)\w+)|fez mesmo assim|"
         r"me forçou|não quis saber)|"
         r"\b(?:ele|ela) me (?:forçou|obrigou) a (?:transar|fazer sexo|ter relações|fazer coisas|tocar n(?:ele|ela)|"
         r"tirar a roupa|mandar fotos)\b|"
         r"\b(?:eu )?(?:tava|estava) (?:dormindo|bêbad[oa]|desmaiad[oa]|drogad[oa])\b[^.!?]{0,50}\b(?:ele|ela) "
         r"(?:tava|estava) (?:me tocando|em cima de mim|me despindo)|(?:tava|estava) (?:dormindo|bêbad[oa]|desmaiad[oa])"
         r"\b[^.!?]{0,50}\b(?:ele|ela) (?:me tocou|abusou de mim|me despiu)\b", strength=0.8, framed=False),
    _cue("broad.secret", "abuse_victim", 3,
         r"\b(?:diz|disse|fala|falou|ameaça|ameaçou) que se eu (?:contar|falar|disser|abrir a boca|denunciar)\b"
         r"(?=[^.!?]{0,40}\b(?:me mata|vai me matar|me bate|vai me bater|põe a gente na rua|ninguém vai acreditar)\b)",
         strength=0.8, framed=False),
    _cue("broad.bruise_hidden", "abuse_victim", 2,
         rf"\b{_BRUISE}\b[^.!?]{{0,60}}\b(?:disse|falei|contei|inventei|digo)\b[^.!?]{{0,30}}\bque (?:eu )?(?:caí|"
         r"bati|tropecei)\b", strength=0.7),
    _cue("broad.stalking", "abuse_victim", 2,
         r"\b(?:meu ex|minha ex|um (?:cara|homem|desconhecido|sujeito)|alguém)\b[^.!?]{0,30}?\b(?:me (?:segue|persegue|"
         r"vigia|espiona) (?:por todo lado|pra todo lado|em todo lugar|até|na rua|no trabalho)|aparece (?:no meu trabalho|"
         r"na minha casa|onde eu)|sabe onde eu (?:moro|trabalho|estou)|me manda (?:\d{2,}|centenas de|dezenas de) mensagens|"
         r"(?:fica me esperando|me espera|fica parad[oa]|(?:tá|está) parad[oa]|fica|(?:tá|está)) (?:\w+ )?(?:na porta|"
         r"na saída|em frente|na frente) d[aoe]\b(?=[^.!?]{0,60}\b(?:medo|assustad[oa]|toda (?:noite|manhã)|todo dia|"
         r"todos os dias|sempre|de novo|outra vez)\b))", strength=0.7),
    _cue("broad.control", "abuse_victim", 2,
         rf"\b{_PARTNER}\b[^.!?]{{0,60}}?\b(?:vê|olha|mexe n[oa]|fuça|lê|controla|revista) (?:o |a |as |os )?(?:meu|minha|"
         r"meus|minhas) (?:telemóvel|celular|telefone|mensagens|conversas|redes)\b[^.!?]{0,60}\b(?:não me deixa|"
         r"me proíbe)|"
         rf"\b{_PARTNER}\b[^.!?]{{0,40}}?\b(?:me proíbe de|proibiu-me de|proibiu de) (?:sair|ver|trabalhar|falar|"
         r"estudar)\b|"
         rf"\b{_PARTNER}\b[^.!?]{{0,40}}?\b(?:quer saber onde eu (?:tô|estou) o tempo todo|app de localização|"
         r"rastreador|compartilhar (?:a )?localização)", strength=0.7),
    # eating: restriction or purging with a judgement of the body, a weight goal or secrecy
    _cue("broad.ed", "eating_disorder", 2,
         rf"\b{_RESTRICT}\b{_NOT_ED}[^.!?]{{0,80}}?\b{_JUDGE}|\b{_JUDGE}\b{_NOT_ED}[^.!?]{{0,80}}?\b{_RESTRICT}\b",
         strength=0.7),
    # preparation: two acts, or one with a final word
    _cue("broad.prepared", "suicidal_ideation", 4, rf"\b{_PREP}\b[^\n]{{0,150}}?(?:\b{_PREP}\b|\b{_FINAL}\b)",
         strength=0.85),
    _cue("broad.means_use", "suicidal_ideation", 3,
         r"\b(?:comprei|consegui|arrumei|já tenho|tenho) (?:o|a|os|as|um|uma) (?:veneno|chumbinho|corda|remédios|comprimidos|"
         r"arma|revólver)\b(?![^.!?]{0,40}\b(?:formigas?|ratos?|baratas?|pragas?|jardim|varal)\b)[^.!?]{0,30}\b"
         r"(?:vou (?:tomar|usar|beber)|(?:o|a|os|as) tomo|tomo (?:hoje|agora|amanhã))\b", strength=0.8),
    _cue("broad.method_gated", "self_harm_instructions", 3,
         r"\b(?:jeito|forma|maneira|como) (?:de )?(?:fazer|fazê-lo|fazer isso) sem (?:dor|sofrer|doer)\b",
         kind="gated", strength=0.7),
    _cue("broad.means_bought", "suicidal_ideation", 3,
         r"\b(?:comprei|encomendei|arrumei|consegui|já tenho) (?:uma|umas|a|as|o|os|um|uns) (?:nov[oa]s? )?(?:corda|lâminas|"
         r"giletes?|carvão|hélio|veneno|chumbinho|arma|revólver)\b(?!\s+(?:nov[oa]s? )?(?:pra|para|pro) (?:o|a|os|as|"
         r"varal|estender|escalar|acampar|churrasco|me barbear|barbear|fazer a barba|ratos?|o jardim)\b)",
         kind="gated", strength=0.7),
    _cue("broad.goodbye", "suicidal_ideation", 3,
         r"\b(?:me perdoem|perdoem-me|desculpem por tudo|amo vocês todos|amo todos vocês)(?=\s*[.!…]*\s*$)",
         kind="gated", strength=0.75),
    # someone else: what they said, a goodbye, an edge, pills and no answer
    _cue("broad.tp_said", "third_party_concern", 2, rf"\b{_SOMEONE}\b.{{0,40}}\b{_THEY_SAID}",
         kind="third_party", first_person=False),
    _cue("broad.tp_goodbye", "third_party_concern", 2,
         rf"\b{_SOMEONE}\b.{{0,60}}\b(?:(?:me |nos )?(?:mandou|enviou|deixou|escreveu|postou|publicou|gravou)(?:\s+\w+){{0,2}}"
         r"?\s+(?:uma |um )?(?:mensagem|áudio|carta|bilhete|vídeo|post|story|stories)(?:\s+\w+){0,2}?\s+(?:de despedida|"
         r"(?:a )?(?:dizer|dizendo) adeus|se despedindo)|(?:está|tá) se despedindo|se despediu de (?:todos|todo mundo|mim)|"
         r"(?:está|tá|anda) (?:doando|dando) (?:todas )?(?:as )?(?:suas )?coisas(?: dele| dela)?)" + _LEAVING,
         kind="third_party", first_person=False),
    _cue("broad.tp_letter", "third_party_concern", 3,
         r"\b(?:achei|encontrei|li|vi|recebi) (?:uma|a|sua) (?:carta|bilhete|mensagem) de despedida\b[^.!?]{0,30}\b"
         rf"(?:d[oa] (?:meu|minha)|de (?:meu|minha)) {_PERSON}\b(?![^.!?]{{0,40}}\b(?:faleceu|morreu|há anos)\b)",
         kind="third_party", first_person=False),
    _cue("broad.tp_edge", "third_party_concern", 4,
         rf"\b{_SOMEONE}\b.{{0,30}}\b(?:tá|está|subiu|sentou) {_EDGE}\b[^.!?]{{0,80}}\b(?:(?:dizendo|disse|diz|falando|"
         r"ameaçando|gritando) (?:que )?(?:vai )?(?:pular|se jogar|se matar)|vai pular|quer pular)\b",
         kind="third_party", first_person=False),
    _cue("broad.tp_pills", "third_party_concern", 4,
         rf"\b{_SOMEONE}\b[^.!?]{{0,60}}\b(?:tomou|engoliu|disse que tomou|diz que tomou)(?:\s+\w+){{0,3}}?\s+{_PILLS}\b"
         r"[^.!?]{0,80}\b(?:não (?:responde|atende|acorda|reage|abre)|desmaiou|trancad[oa]|se trancou)|"
         rf"\b{_SOMEONE}\b[^.!?]{{0,20}}\bse trancou\b[^.!?]{{0,80}}\b(?:tomou|engoliu)\b[^.!?]{{0,30}}{_PILLS}\b",
         kind="third_party", first_person=False),
    # self-injury with a tool that burns or cuts: "me queimei com o isqueiro de novo"
    _cue("broad.harm_tool", "self_harm", 3,
         r"\b(?:me (?:queimei|queimo|cortei|corto|arranhei|machuquei)|(?:queimei|cortei)-me)(?:\s+(?:no|na|nos|nas|o|a|os|as) "
         r"(?:braço|braços|pulso|pulsos|perna|pernas|coxa|coxas|barriga|pele))?\s+com (?:o|um|a|uma|meu|minha|os|as) "
         r"(?:isqueiro|cigarros?|lâminas?|gilete|estilete|navalha|fósforos?|apontador|compasso)\b"
         r"(?![^.!?]{0,60}\b(?:sem querer|acendendo|a acender|vela|fogão|churrasco|cozinh\w+|acidente|barbe\w+)\b)",
         strength=0.8),
    # a height question put as "if I jump from ... do I die"
    _cue("broad.height_if", "self_harm_instructions", 3,
         r"\bse (?![^.!?]{0,60}\b(?:gta|jogo|minecraft|fortnite|personagem|roblox)\b)(?:eu )?(?:pular|me jogar|me atirar|saltar) d[oa] (?:\d+\s*[ºª°o]?\s*andar|\w+ andar|prédio|ponte|viaduto|janela|"
         r"terraço|telhado|sacada)\b[^.!?]{0,30}?\b(?:eu )?(?:morro|morreria|vou morrer|mato)\b"
         r"(?![^.!?]{0,40}\b(?:gta|jogo|minecraft|fortnite|personagem)\b)", kind="question", strength=0.8),
    # means bought and all of them to be taken: "comprei os remédios ... eu tomo tudo"
    _cue("broad.take_all", "suicidal_ideation", 3,
         rf"\b(?:comprei|juntei|consegui|guardei|separei) (?:os|as|uns|umas|todos os|todas as|meus|minhas) {_PILLS}\b[^\n]{{0,120}}?"
         r"\b(?:eu )?(?:tomo|vou tomar|engulo|vou engolir) (?:tudo(?: de uma vez)?|tod[oa]s de uma vez|a cartela inteira|"
         r"a caixa inteira|o frasco inteiro)\b(?!\s+(?:certinho|direitinho|no horário|como (?:o médico|a médica|manda)|"
         r"depois d[oa]s? \w+|em jejum|com água))", strength=0.8),
    # eating: purging what is eaten
    _cue("broad.ed_purge", "eating_disorder", 2,
         r"\bvomit(?:o|ei) (?:tudo )?(?:o )?que (?:eu )?(?:como|comi|janto|almoço)\b|\b(?:provoco|forço|induzo) (?:o )?vômito\b|"
         r"\b(?:coloco|ponho|boto) tudo (?:pra|para) fora (?:depois de|após|quando) (?:comer|como|cada refeição)\b" + _NOT_ED,
         strength=0.7),
    # someone unconscious or bleeding after a fall, drink or pills
    _cue("broad.med_other", "medical_emergency", 4,
         rf"\b{_SOMEONE}\b[^.!?]{{0,80}}?\b(?:caiu|bateu a cabeça|desmaiou|bebeu demais|bebeu muito|tomou demais|apagou|"
         r"teve uma convulsão)\b[^.!?\n]{0,60}?\b(?:(?:não|ñ) (?:acorda|responde|reage|respira|está respirando|tá respirando)|"
         r"(?:tá|está) sangrando (?:na cabeça|muito|sem parar)|(?:tá|está) (?:desacordad[oa]|inconsciente))\b"
         r"(?!\s+(?:cedo|pra|para|de manhã|nem com|na hora|mais cedo))", first_person=False, strength=0.85),
    # -- broad shapes, round 4: families widened from single misses ------------------------
    # tired of existing, not seeing oneself next year
    _cue("broad.tired_living", "suicidal_ideation", 2,
         r"\b(?:cansad[oa]|farto|farta|exaust[oa]) de (?:existir|estar viv[oa]|viver(?!\s+(?:em|com|na|no|aqui|"
         r"longe|sozinh[oa])\b))\b|"
         r"\b(?:não|n|ñ) me vejo (?:\w+ ){0,2}?(?:ano que vem|no próximo ano|no natal|no fim do ano|daqui a um ano|"
         r"chegando a(?:o)? (?:fim do ano|natal))\b(?![^.!?\n]{0,60}\b(?:trabalho|empresa|emprego|cidade|curso|"
         r"faculdade|equipa|equipe|cargo)\b)", strength=0.75),
    # eating: fasting days, vomiting after eating, tips not to feel hunger
    _cue("broad.ed_tips", "eating_disorder", 2,
         r"\b(?:dica|dicas|truque|truques|como)\b[^.!?\n]{0,20}?\b(?:pra|para) (?:não sentir fome|enganar a fome|"
         r"tirar a fome|parar de comer|vomitar)\b|"
         r"\bvomitando (?:quando|sempre que|depois que|tudo que|tudo o que) (?:eu )?com[oi]\b|"
         r"\bjejum de (?:\d+|dois|três|quatro|cinco) dias\b(?![^.!?\n]{0,60}\b(?:médico|exame|cirurgia|religios\w*|"
         r"quaresma)\b)", strength=0.7),
    # a threat to kill someone else: "eu mato ele", "já sei onde ele mora"
    _cue("shi.conceal", "self_harm_instructions", 3,
         r"\b(?:como (?:é que )?(?:se )?(?:escond\w+|disfarç\w+|tapa\w*)|escond\w+|disfarç\w+) (?:os |as |meus |minhas )?"
         r"(?:(?:cortes|cicatrizes|queimaduras)(?: (?:nos|no|dos|do) (?:braços?|pulsos?|pernas?|coxas?))?|"
         r"marcas (?:nos|no|dos|do) (?:braços?|pulsos?|pernas?|coxas?))\b"),
    _cue("hto.shot", "harm_to_others", 3,
         r"\b(?:eu )?(?:meto|vou meter|enfio) (?:bala|chumbo|a faca) (?:nele|nela|nesse|naquele|nesse cara)\b|"
         r"\b(?:dou|vou dar|meto) um tiro (?:nele|nela|na cara dele|na cara dela)\b"),
    _cue("broad.kill_him", "harm_to_others", 3,
         r"\beu (?:\w+ )?(?:mato|vou matar|matava|esfaqueio) (?:ele|ela|esse|essa|aquele|aquela|o cara|esse cara|"
         r"aquele cara|esse desgraçado|aquele desgraçado)\b|"
         r"\beu (?:o|a) (?:mato|vou matar)\b(?!\s+(?:de|a)\s+(?:rir|saudade|fome)\b)", strength=0.8),
    # a weapon on the speaker and the other's place or a final word
    _cue("broad.armed_final", "harm_to_others", 4,
         rf"\b(?:{_WEAPON}|caçadeira|espingarda|carabina|navalha)\b[^.!?\n]{{0,40}}?\b(?:no carro|comigo|na mochila|"
         r"no bolso|na cintura|carregad[ao]|na mão)\b[^\n]{0,120}?\b(?:vou (?:agora |já )?(?:ao|à|a|na|no|pra|para|até) "
         r"(?:\w+ ){0,2}?(?:dele|dela)|acabar com (?:isto|isso|ele|ela)|ele vai pagar|ela vai pagar|hoje (?:ele|ela) "
         r"(?:morre|paga))\b", strength=0.85),
    # someone else sent pills or a goodbye: "mandou foto de um monte de remédio escrito 'adeus galera'"
    _cue("broad.tp_farewell", "third_party_concern", 3,
         r"\b(?:mandou|mandar|enviou|postou|escreveu|publicou|deixou)\b[^\n]{0,80}?\b(?:adeus (?:galera|pessoal|a todos|"
         r"gente|mundo)|desculpa por tudo|desculpem por tudo|obrigad[oa] por tudo\b[^\n]{0,30}\badeus)\b",
         kind="third_party", first_person=False),
    _cue("broad.tp_pills_sent", "third_party_concern", 4,
         rf"\b(?:mandou|mandar|enviou|postou)\b[^\n]{{0,30}}?\bfoto\b[^\n]{{0,40}}?\b(?:{_PILLS}|remédio|remédios|"
         r"comprimidos)\b[^\n]{0,60}?\b(?:adeus|desculpa|tchau|obrigad[oa] por tudo)\b",
         kind="third_party", first_person=False),
    _cue("broad.tp_wish", "third_party_concern", 2,
         rf"\b{_SOMEONE}\b[^.!?\n]{{0,40}}?\b(?:anda a dizer|anda dizendo|vive dizendo|diz|disse|falou|fala|escreveu)\b"
         r"[^.!?\n]{0,10}?\bque (?:era|seria|é) melhor (?:não existir|morrer|não ter nascido|estar mort[oa]|sumir)\b|"
         rf"\b{_SOMEONE}\b[^.!?\n]{{0,40}}?\b(?:anda a dizer|anda dizendo|vive dizendo|diz|disse|falou)\b[^.!?\n]{{0,10}}?"
         r"\bque (?:quer|queria) (?:morrer|sumir|se matar|desaparecer)\b",
         kind="third_party", first_person=False),
    # abuse: a partner's threat to kill if one leaves
    _cue("abuse.threat_kill", "abuse_victim", 3,
         r"\b(?:meu|o meu) (?:marido|namorado|ex|companheiro|pai|padrasto|mulher|namorada) (?:me )?ameaç(?:ou|a|ava) (?:de )?(?:me )?matar(?:-me)?\b|"
         r"\bameaç(?:ou|a|ava)-me de morte\b", framed=False),
    _cue("broad.threat_leave", "abuse_victim", 3,
         r"\b(?:disse|diz|falou|fala|ameaçou|ameaça|jurou)\b[^.!?\n]{0,10}?\bque\b[^.!?\n]{0,50}?\b(?:ele |ela )?"
         r"(?:me mata|vai me matar|me matava|me mataria|acaba comigo|me dá um tiro)\b", strength=0.8, framed=False),
    # self-harm done again: "voltei a fazer cortes nos braços"
    _cue("broad.harm_again", "self_harm", 3,
         r"\b(?:voltei a|tornei a|recomecei a)\s+(?:me cortar|me ferir|me machucar|me queimar|fazer cortes|"
         r"me automutilar)\b|\b(?:fiz|faço|fazer) cortes (?:n[oa]s? (?:braços?|pernas?|pulsos?|coxas?|barriga)|em mim)\b",
         strength=0.8),
)

# Words that may sit between a negation and the cue it negates ("não me", "nunca pensei em", "não vou").
_NEG_NEXT = (
    r"(?:me|te|se|o|a|lo|la|quero|queria|vou|ia|penso|pensei|pensava|tenho|tinha|tive|estou|tô|to|estava|tava|"
    r"pretendo|planejo|planeio|devo|deveria|sinto|acho|é|há|tem|vontade|mais|nunca|jamais|pensando|de|em)"
)

LEXICON = Lexicon(
    language="pt",
    version="pt.v1",
    cues=CUES,
    negation=fold(
        rf"\b(?:não|ñ|n|nunca|jamais|nem|sem|tampouco)\b(?:\s+{_NEG_NEXT}){{0,2}}$|"
        r"\bnão (?:tenho|tive|há) (?:nenhuma )?(?:intenção|vontade|plano|planos) de$|\b(?:parei|deixei) de$"
    ),
    negation_gap=3,
    idioms=tuple(
        fold(p)
        for p in (
            # fullness, not despair: "comi demais, não aguento mais" (not "... não aguento mais essa vida")
            r"\b(?:comi|comemos|jantei|almocei|enchi a barriga|exagerei na comida)(?: (?:demais|muito|tanto|pra caramba))?"
            r"\b[^.!?]{0,40}?\b(?:não|nao|n) (?:aguento|consigo|cabe) (?:mais|nada)\b(?!\s+(?:com|de|essa|esta|viver)\b)",
            r"\b(?:morr(?:endo|o|i|eu|er|ia|emos|eram|erei)|mort[oa]s?) de (?:fome|rir|rir\w*|sono|sede|frio|calor|"
            r"vontade|medo|saudades?|vergonha|inveja|cansaço|tédio|amores|ciúmes?|curiosidade|raiva|preguiça|"
            r"tesão|dor de cabeça)\b",
            r"\ba morrer de (?:fome|rir|sono|sede|frio|calor|vontade|medo|saudades?|vergonha|cansaço|tédio)\b",
            r"\b(?:me|te|nos) (?:mata|matou|matava|matam) de rir\b|\bme matei de rir\b|\bmorri (?:de rir|kk\w*)\b",
            r"\bmat(?:ar|ando|ei|ou|a|o) (?:o tempo|a saudade|as saudades|a fome|a sede|aula|a aula|as aulas|"
            r"o trabalho|a charada|o jogo|a bola|no peito|dois coelhos|a cobra|o processo|a vontade|a curiosidade|"
            r"o serviço|o expediente)\b",
            r"\b(?:me )?mat(?:o|ando|ei|ar)(?:-me)? (?:de|pra) (?:trabalhar|estudar|rir|treinar)\b",
            r"\b(?:a )?(?:minha mãe|meu pai|meus pais|o meu pai|meu chefe|minha chefe|a professora|o professor|"
            r"minha professora|meu professor|minha avó) (?:vai|vão|ia|iam) (?:me matar|matar-me)\b",
            r"\bé de morrer\b|\bde matar\b",
            r"\bsuicídio (?:político|financeiro|profissional|comercial|social|coletivo)\b",
            r"\bcort(?:ar|ei|o|ou|ando) (?:o cabelo|as unhas|a franja|o mal pela raiz|caminho|relações|gastos|custos|"
            r"o barato|o pão|a carne|a grama|o bolo)\b",
            r"\bme cortei (?:\w+ )?(?:sem querer|cozinhando|descascando|fazendo a barba|com (?:o |um |uma |a )?"
            r"(?:papel|folha|faca da cozinha|lata|vidro))\b",
            r"\bquero sumir (?:um pouco|uns dias|do grupo|das redes|desse grupo)\b",
            r"\bme (?:bate|bateu) (?:uma|a) (?:saudade|tristeza|fome|vontade|bad|sono|preguiça|onda)\b",
            r"\bprefiro morrer (?:do )?que\b",
            r"\bquero morrer\b(?=[^.!?]{0,60}\b(?:segunda|preguiça|calor|trânsito|dever de casa|prova|ressaca|"
            r"despertador)\b)",
            r"\b(?:preguiça|segunda|calor|prova|ressaca)\b[^.!?]{0,30}\bquero morrer\b",
            r"\bquero morrer\b(?=[^.!?]{0,80}\b(?:grupo errado|pessoa errada|sem querer|que vergonha|que mico|"
            r"paguei mico|na frente d[oa]|mandei|enviei)\b)",
            r"\b(?:me )?mat(?:ar|o|ando)(?:-me)? de tanto (?:estudar|trabalhar|rir|treinar|comer)\b",
            r"\b(?:virose|gripe|doente|grávida|enjoo|quimio\w*|ressaca)\b[^.!?]{0,60}\b(?:vomito|vomitei|quase não como|"
            r"não como nada|jejum)\b",
        )
    ),
    contexts={
        name: fold(p)
        for name, p in {
            "relocation": r"\b(?:vou (?:me )?mudar|mudança|me mudando|emigr\w+|vou morar (?:no exterior|fora|em outro país|noutro país)|intercâmbio|último dia (?:no trabalho|na empresa|no escritório))\b",
            "fiction": r"\b(?:romance|(?:um|o|meu|este|esse|do|no|seu) conto|história que (?:estou escrevendo|escrevi)|roteiro|poema|poesia|fanfic|"
            r"capítulo|enredo|trama|protagonista|personagem|vilão|vilã|letra da música|(?:na|da|essa|nessa) música|"
            r"álbum|episódio|temporada \d|(?<!um )filme|(?<!uma )série|livro|novela|anime|mangá|peça de teatro)\b",
            "game": r"\b(?:(?<!não é um )(?<!não é )jogo|game|jogando|partida|nível \d+|fase \d+|respawn\w*|chefão|"
            r"boss|npc|minecraft|fortnite|roblox|free fire|meu boneco|the sims|gta|missão|fifa|ps[45]|xbox|"
            r"valorant|call of duty|warzone|league of legends|lol do)\b",
            "software": r"\b(?:processo (?:em segundo plano|travado|zumbi)|servidor|script|terminal|comando|kill -9|"
            r"sigkill|contêiner|container|docker|kubernetes|cron|bash|linux|cpu|deploy|git|npm|python|java|thread|"
            r"pid|banco de dados|o app travou|o programa travou|compilar)\b",
            "pets": r"\b(?:dose|quantidade|quanto|quantos)\b.{0,40}\b(?:para|pra|em) (?:um|uma|meu|minha|o|a) (?:cachorro|cão|gato|gata|cadela)\b|\b(?:the vet|a vet|vets|veterinarian|veterinario|veterinaria|vétérinaire|véto|tierarzt|tierärztin|veterinário|veterinária)\b|\b(?:meu|minha|o|a|nosso|nossa) (?:cachorro|cachorra|cão|cadela|gato|gata|gatinho|coelho|hamster)\b[^.!?]{0,60}\b(?:comeu|lambeu|engoliu|bebeu|mordeu)\b",
            "finance": r"\b(?:executar|executo|executei) (?:uma|a|o|um) (?:ordem|operação|script|consulta|comando|stop loss)\b",
            "medical": r"\b(?:dose máxima|dose diária|(?:tô|to|estou) com (?:muita |uma |um )?(?:dor de (?:dente|cabeça|garganta|barriga)|febre|enxaqueca|cólica|gripe))\b|"
            r"\b(?:pra|para) (?:a |o |minha |meu )?(?:dor de cabeça|enxaqueca|febre|gripe|resfriado|cólica|"
            r"dor de dente|dor nas costas|dor|alergia|ressaca)\b|\ba bula diz\b|"
            r"\b(?:o|meu) (?:médico|farmacêutico) (?:disse|diz)\b",
            "definition": r"\b(?:definição de|significado de|o que significa|que significa|o que quer dizer|"
            r"sinônimo)\b",
            "academic": r"\b(?:pesquisa|(?:um|o|esse|segundo um) estudo|estudos (?:sobre|mostram)|artigo|ensaio|"
            r"tese|tcc|monografia|estatísticas?|taxas? de|relatório|palestra|aula de|curso de|treinamento|"
            r"conscientização|prevenção|campanha|setembro amarelo|documentário|podcast|notícias?|jornal|manchete|"
            r"revista|dados|trabalho (?:de escola|da faculdade|sobre))\b",
        }.items()
    },
    jokes=fold(
        r"(?:(?<!bem )(?<!bem, )\bk{3,}\w*|(?<!bem )\bkk\b|\brs(?:rs)*\b|\b(?:ha){2,}\w*|\b(?:he){2,}\w*|\bhu(?:e){2,}\w*|\bhua(?:hua)+\w*|"
        r"\blol\b|\bxd+\b|\bsqn\b|(?<!não )\b(?:é|foi|era) (?:só |uma )?(?:brincadeira|zoeira|zoação)\b|"
        r"(?<!não tô )(?<!não to )(?<!não estou )(?<!não é )(?<!sem )\b(?:na|de|só) (?:brincadeira|zoeira)\b|"
        r"(?<!não )\b(?:tô|estou|tava|estava) (?:só )?(?:brincando|zoando)\b|"
        r"😂|🤣|💀|🙄)"
    ),
    past=fold(
        r"\b(?:antigamente|(?:há|faz|fazem) (?:\d+|uns|alguns|muitos|vários|dois|três|quatro|cinco|dez|um|uma) "
        r"(?:anos?|meses|mês)(?!\s+que\b)|quando (?:eu )?era (?:criança|adolescente|mais nov[oa]|pequen[oa]|jovem|"
        r"novinh[oa])|na (?:minha )?adolescência|no passado|naquela época|na época|há muito tempo(?!\s+que\b)|"
        r"(?:eu )?costumava|(?:no )?ano passado|(?:\d+ |uns |alguns |muitos |vários |dois |três |poucos )?(?:anos|meses|tempos) atrás)\b"
    ),
    recovered=fold(
        r"\b(?:(?:já )?não tenho mais (?:esses|estes|aqueles) pensamentos|pode mudar|pode melhorar|nada grave|(?:estou|tô|to|me sinto|sinto-me|fiquei|estou me sentindo) (?:muito |bem |bem mais |mais |super )?"
        r"melhor|me recuperei|(?:estou )?(?:em recuperação|recuperad[oa])|(?:\d+|um|uma|dois|três|seis) "
        r"(?:dias|meses|anos|ano|mês) (?:limp[oa]|sem me cortar|sem recaída)|(?:procurei|pedi|busquei|recebi) ajuda|"
        r"superei|sobrevivi|sobrevivente|grat[oa] por estar viv[oa]|feliz (?:de|por) estar viv[oa]|já passou|"
        r"(?:faço|fiz|tô fazendo|estou fazendo) (?:terapia|tratamento)|(?:hoje|agora) (?:estou|tô) bem|"
        r"ainda bem que (?:cá|aqui) estou|ainda bem que (?:estou|tô) viv[oa]|hoje (?:fui|sou) (?:pai|mãe|avô|avó)|"
        r"hoje me formei|me formei|(?:estou|tô|sou) feliz)\b"
    ),
    retractions=fold(
        r"^\W*(?:(?:é|foi|era) (?:só )?(?:brincadeira|zoeira|zoação)|brincadeira|zoeira|(?:tô|estou) brincando|"
        r"(?:tava|estava) (?:só )?(?:brincando|zoando|exagerando)|kk+\w*|rs(?:rs)*|haha\w*|esquece|"
        r"deixa (?:pra lá|quieto)|ignora|(?:tô|estou) bem|exagerei|relaxa|(?:foi|é) besteira(?: minha)?)\b"
    ),
    escalators={
        name: fold(p)
        for name, p in {
            "place": r"\b(?:já )?(?:tô|to|estou) (?:\w+ ){0,2}(?:no|na|em cima d[oa]|na beira d[oa]) (?:ponte|telhado|terraço|laje|trilhos?|linha do trem|beirada|parapeito|penhasco|viaduto|último andar)\b",  # at a height or on the tracks, now
            "time": r"\b(?:(?:no|na|neste|nesta|nessa|nesse|esse|essa|este|esta) (?:segunda|terça|quarta|quinta|sexta|sábado|domingo)(?:-feira)?|acabou de (?:chegar|entrar)|(?:está|tá) (?:a chegar|chegando|vindo|a caminho)|vem (?:para|pra) (?:cá|casa)|"
            r"hoje(?: à noite)?|hj|esta noite|essa noite|agora(?: mesmo)?|amanhã|neste momento|"
            r"nesse momento|daqui a (?:pouco|\d+ horas?|uma hora|umas horas)|quando (?:todos|todo mundo|meus pais|"
            r"minha família) (?:dormirem|saírem|estiverem dormindo)|logo mais|em breve|de madrugada|"
            r"(?:nesta|essa) madrugada|não (?:me )?(?:atende|responde)(?! (?:as|às) (?:minhas )?perguntas)|"
            r"(?:o )?(?:celular|telemóvel|telefone) (?:dele|dela )?(?:tá|está) desligado|não sei onde (?:ele|ela) (?:está|tá))\b",
            "farewell": r"\b(?:não vou (?:mais )?ser (?:um|uma) (?:peso|problema|fardo|carga) (?:para|pra) ninguém|(?:as )?cartas (?:já )?(?:estão escritas|estão prontas)|tudo (?:está|tá) em ordem)\b|"
            r"\b(?:já )?(?:escrevi|deixei) (?:as |umas |minhas )?cartas (?:pros?|para (?:os|as|a|o)|aos|às) "
            r"(?:meus|minhas|minha|meu) (?:pais|filhos|filhas|filho|filha|família|esposa|marido|mulher)\b|\bcartas? de despedida\b|"
            r"\badeus a todos\b|\bme perdoem por tudo\b",
            "means": r"\b(?:já )?(?:peguei|tenho|comprei|arrumei) (?:o|um|a|uma) (?:oitão|berro|cano|trinta e oito|38)\b|"
            r"\b(?:já )?(?:tenho|comprei|consegui|peguei|achei|juntei|guardei|separei|arrumei|tô com|"
            r"estou com) (?:já )?(?:uma |a |o |os |as |meus |minhas |um |uns |umas |vários |várias |todos os |"
            r"todas as |muitos |muitas |um monte de |uma cartela de |um frasco de |a arma do |o revólver do )?"
            rf"(?:arma|revólver|pistola|oitão|faca|lâmina|gilete|navalha|estilete|corda|veneno|chumbinho|{_PILLS})\b|"
            r"\b(?:a arma|o revólver|a corda|os remédios|os comprimidos|a faca|o veneno) (?:já )?(?:está|estão|tá|"
            r"tão) (?:aqui|pront[oa]s?|comigo|na (?:mochila|bolsa|gaveta|minha mão))\b|"
            r"\bmandou (?:uma )?foto dos (?:remédios|comprimidos)\b",
            "plan": r"\b(?:tenho|já tenho) um plano\b|\b(?:já )?(?:está|tá) tudo (?:planejado|planeado|decidido|"
            r"pronto|preparado)\b|\bjá (?:decidi|planejei|planeei|escolhi) (?:como|quando|onde|o dia|a data|"
            r"o lugar)\b|\bsei exatamente como\b|\bmeu plano é\b|\bjá tenho tudo (?:planejado|pronto|preparado)\b",
        }.items()
    },
    distress=fold(
        r"\b(?:desesperad[oa]|sem esperança|quero morrer|me matar|suicid\w*|não aguento mais|acabar com tudo|sumir|"
        r"desaparecer|sem sentido|me odeio|odeio minha vida|ninguém se importa|sou um peso|sou um fardo|desistir|"
        r"cansei de tudo|não vale a pena|não sirvo pra nada|cansad[oa] de viver|cansei de viver|"
        r"(?:sentir|sentiria) (?:a )?minha falta|melhor sem mim|não quero mais viver|quero morrer|não aguento|"
        rf"já não aguento|fart[oa] de tudo|{_PREP})\b"
    ),
)
