"""Spanish care rules (Spain and Latin America). Levels follow care.md: 2 elevated, 3 high, 4 imminent.

Written for Spanish, not translated: Spanish drops the subject, so the speaker is in the verb
("quiero matarme", "me voy a suicidar", "me corto") and a cue holds its governing verb; clitics
come before ("me quiero morir") or after ("quiero morirme"); accents are optional ("más" and
"mas", see :func:`~affectkit.care.lexicon._fold.fold`). English slang ("kms", "pro-ana") is left
to the English rules, which run alongside. The "broad shapes" at the end of the cues catch whole
families the specific cues miss (a wish and a death a few words apart, an act on oneself after an urge,
preparation acts together, a weapon and where the other will be, what someone else said or sent), each
with the look-alikes of its family excluded; ``_THEM`` keeps someone else's verb ("él podría matarme")
from reading as the speaker's.

Example:
    >>> import re
    >>> any(re.search(c.pattern, "ya no aguanto mas", re.I) for c in LEXICON.cues)
    True
"""

from __future__ import annotations

from affectkit.care.lexicon import Cue, Lexicon
from affectkit.care.lexicon._fold import cue_maker, fold, not_after

_cue = cue_maker("es")


_not_after = not_after


# Someone else is the subject: "él podría (matarme)", "mi ex tiene ganas de (matarme)", "dice que quisiera".
_THEM = _not_after(
    "él", "ella", "usted", "ellos", "ellas", "ustedes", "tiene", "tienen", "tienes", "le dan", "te dan", "les dan",
    "está", "esta", "están", "anda", "andan", "dice que", "dijo que", "papá", "mamá", "padre", "madre", "padrastro",
    "madrastra", "novio", "novia", "esposo", "esposa", "marido", "pareja", "ex", "jefe", "tío", "tía", "hermano",
    "hermana", "primo", "prima", "abuelo", "vecino", "tipo", "wey", "güey",
)

# Thinking that will not stop, a negation that intensifies: "no paro de pensar en (matarme)".
_RUMINATE = (
    r"(?:no (?:paro|dejo|puedo dejar|puedo parar|consigo dejar) de pensar en|vivo pensando en|(?:solo|sólo) pienso en|"
    r"pienso (?:todo el tiempo|a todas horas|sin parar) en)"
)
# A first-person verb that governs an infinitive: "quiero (morirme)", "voy a (matarme)".
_FP = _THEM + (
    r"(?:quiero|quisiera|querría|quería|deseo|necesito|voy a|vo a|iba a|pienso|estoy pensando en|pensando en|"
    r"pienso en|pensé en|he pensado en|tengo ganas de|me dan ganas de|ganas de|planeo|estoy planeando|decidí|"
    r"he decidido|intenté|he intentado|intentaré|trataré de|tengo que|debería|debo|me gustaría|prefiero|"
    r"estoy por|estoy a punto de|a punto de|podría|sueño con|" + _RUMINATE + ")"
)
_ADV = r"(?:\s+(?:ya|solo|sólo|nada más|de verdad|en serio|realmente|simplemente|mejor|hoy|esta noche|ahora))?"
# Verbs that, with "me" before them, say the speaker kills themself: "me quiero matar".
_PRO_FP = r"(?:quiero|quisiera|voy a|vo a|iba a|pienso|tengo que|debería|podría|estoy pensando en|pensaba)"
_PLACE = (
    r"(?:un |una |el |la |las |los )?(?:puente|edificio|balcón|ventana|azotea|techo|tren|metro|vías|acantilado|"
    r"precipicio|piso \d+|\w+ piso)"
)
_PILLS = (
    r"(?:pastillas|pastis|píldoras|medicamentos|medicinas|remedios|somníferos|antidepresivos|ansiolíticos|"
    r"calmantes|paracetamol|ibuprofeno|aspirinas?|clonazepam|rivotril|alprazolam|diazepam|tramadol|insulina|"
    r"tylenol|xanax|tafil)"
)
_MUCH = (
    r"(?:(?:(?:como|casi|unas|unos|más o menos|alrededor de|cerca de)\s+)?(?:todas (?:las|mis)|toda la (?:caja|cajita|tira|plancha)(?: de)?|todo el (?:frasco|bote|blíster|paquete|"
    r"envase)(?: de)?|un frasco (?:entero )?de|"
    r"una caja (?:entera )?de|un bote de|el bote de|un blíster de|un montón de|muchísimas|demasiadas|"
    r"un puñado de|varias cajas de|\d{2,}(?!\s*(?:mg|ml|g|gr|gramos|miligramos|mcg|gotas)\b)|veinte|treinta|"
    r"cuarenta|cincuenta|cien|más de \d+))"
)
_NUM = r"(?:\d+|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|varios|varias|unos|unas|muchos)"
_BODY = (
    r"(?:los brazos|el brazo|las muñecas|la muñeca|las piernas|la pierna|los muslos|el muslo|la piel|"
    r"la panza|el abdomen|el estómago|los antebrazos|el antebrazo)"
)
_NOT_HAIR = (
    r"(?!\s+(?:el|la|las|los|un|una|mi|mis)\s+(?:pelo|cabello|flequillo|fleco|uñas|barba|bigote|melena|"
    r"puntas|pelito|mechón|mechones|patillas|dedo))"
)
_ADULTS = (
    r"papá|padre|padrastro|mamá|madre|madrastra|esposo|marido|esposa|mujer|novio|novia|pareja|ex|ex pareja|"
    r"exnovio|exnovia|tío|tía|abuelo|abuela|jefe|profesor|profe|entrenador|suegro|suegra|cuñado|familia|padres|"
    r"papás|tíos"
)
_KIN = r"hermano|hermana|hermanos|primo|prima"
_FILL = r"(?:\s+(?!no\b|nunca\b|jamás\b)\w+){0,2}"
_ABUSER = (
    r"(?:(?:él|ella)(?:\s+(?:siempre|a veces|también|ya|otra vez|de nuevo|todavía|aún))?|"
    rf"(?:mi|mis) (?:{_ADULTS}|{_KIN}){_FILL})"
)
_ABUSER_ADULT = (
    r"(?:(?:él|ella)(?:\s+(?:siempre|a veces|también|ya|otra vez|de nuevo|todavía|aún))?|"
    rf"(?:mi|mis) (?:{_ADULTS}){_FILL})"
)
_HIDING = (
    r"(?:me (?:he )?(?:encerrado|escondido|encerré|escondí)|estoy (?:encerrad[oa]|escondid[oa])|"
    r"(?:está|esta) (?:golpeando|rompiendo|pateando|tirando|aporreando) la puerta|(?:está|anda) buscándome)"
)
_PARTNER = (
    r"(?:(?:él|ella)(?:\s+(?:siempre|ya|también|ahora|todavía|aún))?|"
    r"mi (?:esposo|marido|esposa|mujer|novio|novia|pareja|ex|exnovio|exnovia|padrastro)"
    r"(?:\s+(?!no\b|nunca\b|jamás\b)\w+){0,2}?)"
)
_HIT = (
    r"(?:pega|pegó|pegaba|golpea|golpeó|golpeaba|maltrata|maltrató|maltrataba|empuja|empujó|empujaba|patea|"
    r"pateó|cachetea|cacheteó|abofetea|abofeteó|lastima|lastimó|hace daño|hizo daño|da (?:golpes|cachetadas|"
    r"bofetadas|palizas|patadas)|dio (?:una paliza|golpes|una cachetada|una bofetada|patadas)|arrastra|"
    r"arrastró|avienta cosas|tira cosas|pellizca)"
    r"(?!\s+(?:un|una|unos|unas) (?:grito|gritos|susto|sermón|bronca|llamada|regaño)\b|"
    r"\s+(?:la gripe|el resfriado|el covid|el virus|los piojos|fuerte el sol|su \w+)\b)"
)
_PERSON = (
    r"(?:mejor amig[oa]|amig[oa]|novi[oa]|herman[oa]|hermanit[oa]|mamá|madre|papá|padre|hij[oa]|pareja|"
    r"espos[oa]|marido|mujer|compañer[oa](?: de (?:cuarto|piso|clase|trabajo|curso))?|prim[oa]|alumn[oa]|"
    r"estudiante|sobrin[oa]|tí[oa]|abuel[oa]|vecin[oa]|roomie|colega|compa|cuñad[oa]|suegr[oa])"
)
_SOMEONE = rf"(?:(?:mi|una|un|nuestr[oa]|el|la) {_PERSON}|él|ella|ellos|ellas)"

# -- the families the broad shapes are built from ------------------------------------------
# Up to three words that are not a negation: "tengo unas ganas enormes de (matarme)".
_GAP3 = r"(?:\s+(?!no\b|nunca\b|jamás\b|ni\b)[\w']+){0,3}?"
_WISH = _THEM + (
    r"(?:quiero|quisiera|querría|quería|deseo|desearía|ojalá|prefiero|preferiría|me gustaría|tengo ganas de|"
    r"ganas de|necesito|solo pido|sólo pido|le pido a (?:dios|diosito|la virgen|el señor)|rezo (?:para|por)|"
    r"sueño con|estoy list[oa] para|ya estoy list[oa] para|" + _RUMINATE + ")"
)
# Not a crisis: waking early, late, with a headache, the baby.
_NOT_WAKE_TIME = (
    r"(?!\s+(?:temprano|tan temprano|tarde|antes|a las|a mi|al|a los|a la|con|sin|de noche|en la noche|"
    r"por buen camino)\b)"
)
_DEATH = (
    r"(?:morir(?:me)?(?!\s+(?:antes|de|por|en el intento)\b)|me muera|me muriera|estar muert[oa]|"
    r"(?:(?:ya )?no (?:volver a )?despertar(?:me)?|nunca (?:más )?despertar(?:me)?|no despierte|no despertara)"
    + _NOT_WAKE_TIME + r"|dejar de existir|no existir más|desaparecer (?:para siempre|de este mundo|del mundo)|"
    r"irme de este mundo|dejar este mundo|irme (?:con dios|al cielo)|descansar para siempre|"
    r"que (?:dios|diosito|el señor|la muerte) me (?:lleve|recoja)|que me lleve (?:con él|contigo|ya)|"
    r"no estar (?:aquí|acá|viv[oa]) (?:mañana|nunca más|más)|ya no estar (?:aquí|acá|en este mundo)"
    r"(?!\s+(?:en|con|para|porque|cuando)\b))"
    r"(?!\s+(?:con bien|por buen camino|a (?:casa|clase|la escuela|el trabajo))\b)"
)
# Taking one's own life, the reflexive verb (the subject is in the clitic).
_KILL_SELF = (
    rf"(?:matarme|suicidarme|ahorcarme|colgarme(?=\s+(?:de|del|en)\b)|envenenarme|quitarme la vida|"
    rf"cortarme las venas|pegarme un tiro|darme un tiro|volarme la cabeza|acabar conmigo|"
    rf"(?:tirarme|aventarme|lanzarme) (?:de|desde|del|por|al|a las|bajo|frente a) {_PLACE})"
)
_HARM_SELF = (
    r"(?:cortarme|hacerme daño|lastimarme|herirme|quemarme|golpearme|castigarme|autolesionarme|rasguñarme|"
    r"arañarme|hacerme cortes|hacerme sangrar)"
)
_URGE = _THEM + (
    r"(?:ganas|quiero|quisiera|necesito|necesidad|impulsos?|tentad[oa]|tentación|deseo|pienso en|pensando en|"
    r"me dan ganas|aguantándome|aguantando las ganas|a punto de|urge|urgencia)"
)
# Not self-injury: hair, cooking, sport, an accident.
_NOT_INJURY = (
    r"(?!\s+(?:el|la|las|los|un|una|mi|mis)\s+(?:pelo|cabello|flequillo|fleco|uñas|barba|bigote|melena|puntas|"
    r"pelito|dedo)\b|[^.!?]{0,40}\b(?:cocinando|picando|pelando|sin querer|entrenando|jugando|afeitándome|"
    r"rasurándome|accidente|papel|lata|vidrio roto|cuchillo de cocina|gym|gimnasio|partido|bici|patineta|moto|"
    r"al caer|al correr)\b)"
)
_WEAPON = (
    r"(?:machete|cuchillo|navaja|pistola|arma|fierro|revólver|escopeta|rifle|bate|cuchilla|punzón|fusca|cuete|"
    r"puñal|picahielo)"
)
_HUNT = (
    r"(?:sé (?:a qué hora|cuándo|por dónde) (?:sale|pasa|llega|entra)(?=\s+(?:del|de su|de la|de clase|a su)\b|"
    r"\s*[.,;!?]|\s*$)|"
    r"sé dónde (?:vive|trabaja|estudia)|(?:lo|la|los|las) (?:espero|voy a esperar|estoy esperando|"
    r"esperaré) (?:afuera|fuera|a la salida|en la salida|en la esquina|frente a|enfrente|abajo|en la puerta|"
    r"cuando salga)|voy a esperar(?:lo|la|los) (?:afuera|a que salga|a la salida|en la salida|cuando salga)|"
    r"me (?:la|las) (?:paga|pagará|va a pagar|van a pagar)|se (?:la|las) (?:va|van) a ver conmigo|"
    r"no (?:va|van) a (?:salir|llegar) viv[oa]s?|voy por (?:él|ella|ellos))"
)
_BRUISE = r"(?:moretones|moratones|morados|marcas|ojo morado|golpes|cardenales|chichón)"
# A preparation act: a pet handed over, letters written, things given away, affairs set in order.
_PREP = (
    r"(?:(?:le )?(?:dejé|di|regalé|encargué|confié) (?:a )?(?:mi|el|la|los|mis) (?:perr[oa]s?|"
    r"perrit[oa]s?|gat[oa]s?|gatit[oa]s?|mascotas?|conejo|hámster|pájaro)\b(?:\s+\w+){0,2}?\s+(?:a|con) "
    r"(?:mi|la|el|una|un|mis)\s+\w+(?![^.!?]{0,120}\b(?:vacaciones|viaje|viajo|me voy (?:a|de)|fin de semana|"
    r"mientras|hospital|operación|trabajo fuera|mudanza|me mudo)\b)|"
    r"(?:escribí|he escrito|dejé escritas|terminé|acabé) (?:las|mis|unas) cartas(?! de (?:navidad|reyes|"
    r"presentación|motivación|recomendación|amor))\b|"
    r"(?:regalé|he regalado|doné) (?:todas )?mis (?:cosas|pertenencias|cosas más queridas|ropa|libros)|"
    r"(?:puse|dejé|tengo) (?:todas )?mis cosas en orden|(?:arreglé|ordené) (?:todos )?mis (?:papeles|asuntos)|"
    r"hice (?:mi|el) testamento|dejé todo (?:listo|arreglado|ordenado)|"
    r"(?:ya )?me despedí de (?:todos|todo el mundo|mi familia|mis amigos))"
)
_FINAL = (
    r"(?:(?:esta noche|hoy|mañana) (?:es el día|se acaba(?: todo)?|se termina(?: todo)?|termina todo|"
    r"acabo con (?:todo|esto))|(?:ya )?(?:es|llegó) (?:la hora|el momento)|se acabó|"
    r"ya no (?:estaré|voy a estar)|perdón(?:en(?:me)?)? (?:a todos|por todo)|adiós|"
    r"(?:esta noche|hoy|mañana|antes de que amanezca|el (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo))"
    r"[^.!?]{0,40}?\blo (?:hago|haré|voy a hacer))"
)
# What someone else says or does before an attempt.
_THEY_SAID = (
    r"(?:dijo|dice|me dijo|me escribió|anda diciendo|puso|publicó|comentó|me contó|me confesó) que "
    r"(?:\w+\s+){0,2}?(?:(?:estaríamos|estarían|estaríais|estarías|estaría|estaban|estarán) (?:todos )?"
    r"(?:\w+ )?mejor sin (?:él|ella)|(?:es|era) una carga|(?:ya )?no (?:aguanta|soporta|puede|aguantaba|soportaba|"
    r"podía) más|ya no (?:aguanta|aguantaba|podía|puede)\b|quería morir(?:se)?|se quería (?:matar|morir)|"
    r"(?:se )?quiere morir|quiere desaparecer|no quiere (?:seguir|vivir)|nadie (?:lo|la) (?:extrañaría|"
    r"va a extrañar|echaría de menos)|no vale la pena (?:vivir|seguir)|se (?:va a|quiere) (?:matar|suicidar)|"
    r"ya no va a estar|tiene un plan (?:para|de) (?:matarse|suicidarse|morir|quitarse la vida)|"
    r"(?:ya )?no sirve para nada|se va a quitar la vida)"
)
_LEAVING = (
    r"(?![^.!?]{0,120}\b(?:viaje|intercambio|vacaciones|aeropuerto|vuelo|se muda|mudanza|se va a vivir|erasmus|"
    r"fin de curso|graduación|jubila\w*|renuncia\w*|se va del país|se va de la ciudad)\b)"
)
_EDGE = (
    r"(?:la azotea|el techo|el puente|la cornisa|el borde|la orilla|el balcón|las vías|el barandal|"
    r"la barandilla|la ventana)"
)
# Eating: restriction or purging, and a judgement of the body or a weight goal.
_RESTRICT = (
    r"(?:sin comer|sin probar bocado|no (?:he )?(?:comido|como|comí|pruebo) (?:casi )?nada|casi no (?:como|he comido)|"
    r"(?:solo|sólo|nada más|a pura|a base de) (?:con )?(?:agua|café|té|mate|líquidos)|"
    r"me salto (?:las |todas las )?comidas|me (?:salté|salteé) (?:la|el) (?:comida|cena|desayuno|almuerzo)|"
    r"ayun(?:o|ando|é|ar)|vomit(?:o|é|ar|ando)|me provoco (?:el )?vómito|laxantes|atracón|atracones|"
    r"me (?:purgo|purgué)|dejé de comer|dejar de comer|no comer|cuento (?:las )?calorías|"
    r"(?:solo|sólo|nada más) (?:he )?(?:comí|como|comido|me comí) (?:una|un|media|medio|dos|unas|unos) \w+|"
    r"(?:hoy )?no (?:voy a|pienso) (?:cenar|comer|desayunar|almorzar)|hoy no (?:ceno|como|desayuno)|"
    r"(?:más de|pasar de|paso de|me paso de|supero) \d{3,4} (?:calorías|kcal)|me peso \w+ veces|"
    r"no (?:como|he comido|comí) (?:nada )?desde (?:el|hace|ayer|anoche|antier|\w+))"
)
_JUDGE = (
    r"(?:gord[oa]s?|asco|asqueros[oa]|\d{2,3} ?(?:kilos|kg)|(?:bajar|perder) \d{1,2} ?(?:kilos|kg)|pesar menos|bajar de peso|perder peso|adelgazar|"
    r"flac[oa]|huesos|costillas|clavículas?|thigh gap|no merezco|castig\w+|culpa|culpable|orgullos[oa] de no|"
    r"odio mi cuerpo|me doy asco|me odio|compensar|quemar (?:todo )?lo que (?:comí|como)|enorme|una vaca|"
    r"sin que (?:nadie|mi \w+|mis \w+) (?:se dé cuenta|sepa|note|se entere)|nadie (?:en mi casa |en casa )?lo sabe|"
    r"no se (?:ha )?dado cuenta|a escondidas|que no huela|que no se (?:escuche|oiga))"
)
_NOT_ED = (
    r"(?![^.!?]{0,120}\b(?:gripe|gastro\w*|enferm[oa]|covid|virus|operación|cirugía|análisis|ramadán|cuaresma|"
    r"intermitente|dentista|muela|náuseas|embarazada|pesaje|competencia|combate|quimio\w*|resaca|"
    r"intoxicación)\b)"
)

CUES: tuple[Cue, ...] = (
    # -- suicidal ideation: active (3) ------------------------------------------------------
    _cue("si.kill_self", "suicidal_ideation", 3,
         rf"\b{_FP}{_ADV}\s+(?:matarme|suicidarme|quitarme la vida|ahorcarme|colgarme(?=\s+(?:de|del|en)\b)|"
         r"envenenarme|pegarme un tiro|darme un tiro|cortarme las venas)\b|"
         rf"\bme\s+{_PRO_FP}{_ADV}\s+(?:matar|suicidar|quitar la vida|ahorcar|colgar(?=\s+(?:de|del)\b)|envenenar|"
         r"pegar un tiro|dar un tiro|cortar las venas)\b|"
         r"\bsuicidarme\b|\bme\s+(?:suicido|suicidaré|suicidaría)\b|\bquitarme la vida\b|"
         r"\bme mato\b(?!\s+(?:a|al|de|del|por|con|en|\w+ando|\w+iendo)\b)"),
    _cue("si.end_life", "suicidal_ideation", 3,
         rf"\b{_FP}{_ADV}\s+(?:acabar con|terminar con|poner(?:le)? fin a|ponerle punto final a)\s+"
         r"(?:todo|mi vida|mi existencia|mi sufrimiento)\b"
         r"(?!\s+(?:el|lo|la|los|las|esto|eso|este|esta|social|laboral|amorosa|sentimental|entre)\b)|"
         r"\bacabar con mi vida\b(?!\s+(?:social|laboral|amorosa|sentimental)\b)|\bponer fin a mi vida\b"),
    _cue("si.suicidal_thoughts", "suicidal_ideation", 3,
         r"\b(?:tengo|tuve|he tenido|vuelvo a tener|sigo teniendo|tener|teniendo) (?:muchos |muchas |otra vez |"
         r"de nuevo )?(?:pensamientos|ideas|ideación) (?:suicidas?|de (?:suicidio|matarme|suicidarme|"
         r"quitarme la vida))\b|"
         r"\b(?:me siento|estoy|ando|me encuentro) (?:muy |bastante |un poco |algo )?suicida\b|"
         r"\bpienso (?:mucho |todo el tiempo |cada día |a veces |seguido |en serio )?en (?:el suicidio|"
         r"suicidarme|matarme|quitarme la vida)\b"),
    _cue("si.not_live", "suicidal_ideation", 2,
         r"\b(?:ya )?no (?:quiero|quisiera|deseo) (?:seguir )?(?:vivir|viviendo|existir|existiendo|estar viv[oa]|"
         r"seguir con vida|estar en este mundo|seguir en este mundo)\b"
         r"(?!\s+(?:en|con|cerca|lejos|solo|sola|solos|solas|juntos|aquí|allí|allá|ahí|de alquiler)\b)|"
         r"\b(?:no tengo|sin) (?:más )?ganas de (?:seguir )?vivir\b"),
    _cue("si.intent", "suicidal_ideation", 3,
         rf"\b(?:voy a|me voy a|quiero|pienso) (?:saltar|aventarme|lanzarme|tirarme) (?:de|desde|del|por|al|a las|"
         rf"a la|bajo) {_PLACE}\b|"
         rf"\b(?:saltar|aventarme|lanzarme|tirarme) (?:de|desde|del|por|al|a las|bajo) {_PLACE}\b"
         r"(?=.{0,40}\b(?:morir|matarme|acabar|no aguanto|adiós)\b)|"
         r"\bme (?:las|los) (?:voy a tomar|tomo|tomaré|pienso tomar|trago|voy a tragar) tod[oa]s\b|"
         rf"\bme (?:voy a|quiero|pienso) (?:aventar|lanzar|tirar|arrojar) (?:de|desde|del|por|al|a las|bajo) {_PLACE}\b"),
    _cue("si.goodbye", "suicidal_ideation", 3,
         r"\b(?:esta es|este es|es) mi (?:despedida|último mensaje)\b|"
         r"\badiós (?:a todos|para siempre|mundo|a todo el mundo)\b|"
         r"\bmañana ya no (?:voy a estar|estaré)\b(?!\s+(?:en|trabajando|de|con|porque|por)\b)|"
         r"\bya no (?:voy a estar|estaré) (?:aquí|acá) mañana\b|"
         r"\bcuando lean esto ya (?:no (?:estaré|voy a estar)|estaré muert[oa])\b|"
         r"\bperd(?:ó|o)n(?:enme)? por lo que voy a hacer\b"),
    # -- suicidal ideation: passive (2) -----------------------------------------------------
    _cue("si.want_die", "suicidal_ideation", 2,
         r"\b" + _THEM + r"(?:me )?(?:quiero|quisiera|quería|deseo|necesito|tengo ganas de|me dan ganas de|ganas de|"
         r"me gustaría|solo quiero|sólo quiero) (?:ya |solo |sólo |simplemente |nada más )?morir(?:me)?\b|"
         r"\bme (?:quiero|quisiera) morir\b|"
         r"\b(?:quiero|quisiera|prefiero|preferiría|me gustaría) estar muert[oa]\b|"
         r"\bprefiero morir(?:me)?\b(?!\s+(?:antes|que|a)\b)|"
         r"\bojalá (?:me )?(?:muera|muriera|estuviera muert[oa])\b"),
    _cue("si.wish_dead", "suicidal_ideation", 2,
         r"\b(?:ojalá|quisiera|desearía|preferiría) (?:nunca |no )?(?:haber nacido|hubiera nacido|hubiese nacido)\b|"
         r"\bno (?:debí|debería haber|tendría que haber) (?:haber )?nac(?:er|ido)\b|"
         r"\bmaldigo el día (?:en )?que nací\b"),
    _cue("si.not_wake", "suicidal_ideation", 2,
         r"\b(?:dormir(?:me)?|acostarme) y no (?:volver a )?despertar(?:me)?\b|"
         r"\bno (?:quiero |quisiera )?(?:volver a )?despertar(?:me)? (?:nunca|jamás|más|nunca más)\b|"
         r"\bojalá no (?:despierte|despertara|me despierte)\b|\bdormir para siempre\b|"
         r"\bya no (?:quiero|quisiera) (?:volver a )?despertar(?:me)?\b(?!\s+(?:temprano|tan temprano|a |al |antes|"
         r"tarde|con)\b)|\bno (?:quiero|quisiera) (?:volver a )?despertar(?:me)?(?=\s*(?:$|[.,;!?…]))"),
    _cue("si.better_off", "suicidal_ideation", 2,
         r"\bmejor sin mí\b(?!\s+(?!y\b|ya\b|de verdad\b)[^\W\d_])|"
         r"\b(?:estarían|estaría|estarán|vivirían|serían) (?:todos |mucho |muchísimo )?(?:mejor|más felices) "
         r"sin mí\b|"
         r"\bnadie (?:me )?(?:extrañaría|echaría de menos|lloraría)\b|"
         r"\bnadie (?:me |lo )?notaría\b(?=\s*(?:$|[.,;!?…]|si (?:yo )?(?:me muero|me muriera|desaparezco|desapareciera|"
         r"no estuviera|ya no estuviera|me fuera para siempre|dejara de existir)))|"
         r"\ba nadie le importaría si (?:me muero|muero|me muriera|desaparezco|desapareciera|no estuviera)\b|"
         r"\bsería (?:mejor|más fácil|un alivio) (?:no (?:volver a )?despertar(?:me)?|no existir|desaparecer para siempre|"
         r"morir(?:me)?|estar muert[oa])\b|"
         r"\bsería mejor (?:si|que) (?:yo )?(?:no existiera|no estuviera|me muriera|desapareciera|"
         r"no hubiera nacido)\b|\bsería mejor (?:estar muert[oa]|morirme|desaparecer)\b"),
    _cue("si.no_point", "suicidal_ideation", 2,
         r"\b(?:la vida|vivir|mi vida) no (?:tiene|le veo) (?:ningún )?sentido\b|"
         r"\bno (?:tiene|le veo|le encuentro) (?:ningún )?sentido (?:a )?(?:vivir|seguir viviendo|seguir viv[oa]|"
         r"la vida|mi vida|nada)\b|"
         r"\b(?:la vida|vivir) no vale la pena\b|"
         r"\bno vale la pena (?:vivir|seguir viviendo|seguir viv[oa])\b|"
         r"\bno tengo (?:ninguna |ningún )?(?:razón|razones|motivo|motivos|nada|por qué|para qué) "
         r"(?:para |por )?(?:vivir|seguir viviendo|seguir viv[oa])\b|"
         r"\b(?:para|pa) qué (?:seguir viviendo|seguir viv[oa]|vivir)\b(?!\s+(?:sea|se|tenga|valga|así|en|con)\b)|"
         r"\bno le veo (?:el |ningún )?sentido a (?:la vida|vivir|nada|seguir)\b"),
    _cue("si.disappear", "suicidal_ideation", 2,
         r"\b(?:quiero|quisiera|me gustaría|tengo ganas de|ganas de|solo quiero|sólo quiero|necesito|desearía|"
         r"ojalá pudiera|me quiero) (?:ya |solo |sólo |simplemente )?(?:desaparecer|dejar de existir|no existir|"
         r"esfumarme|desvanecerme)\b"
         r"(?!\s+(?:un rato|un ratito|unos días|una semana|el fin de semana|este fin|del grupo|de (?:las )?redes|"
         r"de (?:instagram|twitter|facebook|whatsapp|tiktok)|de la fiesta|de aquí|por un rato|por unos días|"
         r"de vacaciones|a la playa|a la montaña|del mapa (?:un|unos|el|este|por))\b)"),
    _cue("si.done_life", "suicidal_ideation", 2,
         r"\b(?:cansad[oa]|hart[oa]|agotad[oa]) de (?:vivir|la vida|existir|seguir viv[oa])\b|"
         r"\bno puedo seguir viviendo\b|\bya no puedo con (?:mi vida|la vida|esta vida)\b|"
         r"\bno puedo (?:más|mas) con (?:mi vida|la vida|esta vida)\b|\bme rindo con la vida\b"),
    # -- preparation and attempt in progress (4) -------------------------------------------
    _cue("si.prepared", "suicidal_ideation", 4,
         r"\b(?:escribí|he escrito|estoy escribiendo|dejé|he dejado|ya tengo|tengo lista|tengo listas) (?:una |mi |"
         r"la |las |mis |unas )?(?:carta|cartas|nota|notas) de (?:despedida|suicidio)\b|"
         rf"\b(?:he estado |llevo \w+ (?:días|semanas|meses) )?(?:juntando|acumulando|ahorrando|escondiendo) "
         rf"(?:todas (?:las|mis) |mis |las |unas )?{_PILLS}\b|"
         rf"\b(?:junté|acumulé|ahorré|escondí) (?:todas (?:las|mis) |mis |las |unas |suficientes )?{_PILLS}\b|"
         r"\b(?:regalé|he regalado|estoy regalando) (?:todas )?mis (?:cosas|pertenencias|mascotas)\b|"
         r"\b(?:ya )?(?:até|preparé|colgué|amarré) (?:la|una) (?:soga|cuerda) (?:para (?:mí|ahorcarme|colgarme)|"
         r"en el techo|de la viga|del techo)\b|\b(?:ya )?(?:até|preparé|amarré) la soga\b|"
         r"\b(?:tengo lista|tengo preparada) la (?:soga|cuerda)\b|"
         r"\b(?:ya )?tengo (?:la|una) (?:soga|cuerda) (?:lista|preparada|colgada|amarrada)\b|"
         rf"\b(?:ya )?tengo (?:las |mis |unas |suficientes |todas (?:las|mis) )?{_PILLS} (?:escondidas|juntas|listas|"
         r"preparadas|ahorradas|contadas)\b|"  # not "guardadas": pills are kept in a cabinet
         r"\bcompré (?:una|la) (?:soga|cuerda) para (?:mí|ahorcarme|colgarme)\b"),
    _cue("si.in_progress", "suicidal_ideation", 4,
         r"\b(?:ya )?estoy (?:parad[oa] |sentad[oa] |de pie )?(?:en|sobre) (?:el borde|la orilla|la cornisa|"
         r"la baranda|la barandilla) (?:de|del) (?:un |una |el |la )?(?:puente|edificio|azotea|techo|balcón|"
         r"precipicio|acantilado)\b|"
         r"\b(?:ya )?(?:estoy|ando) (?:parad[oa] |sentad[oa] )?(?:en|sobre|arriba de) (?:la azotea|el techo|el puente|"
         r"la cornisa|el borde|las vías|el barandal)\b[^.!?]{0,50}\b(?:voy a (?:saltar|tirarme|aventarme)|"
         r"(?:me )?(?:tiro|salto|aviento)\b)|"
         r"\btengo (?:las pastillas|la pistola|el arma|la soga) en (?:la|mi) mano\b|"
         r"\b(?:la soga|la cuerda) (?:ya )?(?:está )?(?:alrededor de mi cuello|en mi cuello)\b|"
         r"\b(?:el cuchillo|la navaja|la cuchilla) (?:ya )?(?:está )?en mi (?:muñeca|cuello)\b"),
    # -- medical emergency (4) --------------------------------------------------------------
    _cue("med.overdose_taken", "medical_emergency", 4,
         r"\b(?:me )?(?:tomé|he tomado|me he tomado|tragué|me tragué|me he tragado|acabo de tomar(?:me)?|"
         rf"me acabo de tomar|ingerí|me metí|me bebí)\s+{_MUCH}\s+(?:\w+\s+){{0,2}}?{_PILLS}\b|"
         r"\b(?:tuve|me di|me he dado|me provoqué|hice|tengo) una sobredosis\b|"
         r"\b(?:tomé|me tomé|bebí|me bebí|tragué) (?:lejía|cloro|veneno|raticida|matarratas|anticongelante|"
         r"insecticida|desatascador)\b"),
    _cue("med.bleeding", "medical_emergency", 4,
         r"\bno (?:para|paro|deja|dejo|puedo parar|puedo detener|puedo dejar) (?:de sangrar|el sangrado|la sangre)\b|"
         r"\bestoy sangrando (?:mucho|muchísimo|demasiado|un montón|sin parar)\b|"
         r"\bme (?:corté|he cortado) (?:demasiado (?:hondo|profundo)|muy (?:hondo|profundo)|las venas|una vena|"
         r"una arteria)\b|"
         r"\b(?:perdí|he perdido|estoy perdiendo) mucha sangre\b|\bhay sangre por todas partes\b|"
         r"\bla sangre no para\b"),
    _cue("med.dying_now", "medical_emergency", 4,
         r"\bcreo que me estoy muriendo\b|\bme estoy muriendo (?:ahora|ya|de verdad)\b|"
         r"\bme siento (?:muy )?(?:mal|maread[oa]|rar[oa]) después de tomar(?:me)? (?:las|todas las|esas) "
         r"(?:pastillas|píldoras|medicinas)\b"),
    # -- self-harm (urges 2, recent acts 3) ------------------------------------------------
    _cue("sh.act", "self_harm", 3,
         r"\bme (?:corto|estoy cortando|sigo cortando|vuelvo a cortar)\b"
         rf"(?=\s*(?:$|[.,;!?…]|\s(?:otra vez|de nuevo|a propósito|{_BODY}|cuando|para|todos los días|cada|y|pero|"
         r"seguido|siempre|mucho|con (?:una|la|el) (?:cuchilla|navaja|gillette|hoja de afeitar|vidrio|"
         r"sacapuntas))\b))|"
         rf"\bme (?:corté|he cortado|volví a cortar) (?:otra vez|de nuevo|a propósito|{_BODY}|con (?:una|la) "
         r"(?:cuchilla|navaja|gillette|hoja de afeitar))\b|"
         r"\b(?:volví a|he vuelto a|sigo|empecé a|vuelvo a) (?:cortarme|autolesionarme|lastimarme|hacerme daño)\b|"
         r"\bsigo cortándome\b|"
         r"\bme (?:autolesiono|autolesioné|he autolesionado|estoy autolesionando|lastimo a propósito|"
         r"hago daño a propósito|hice daño a propósito|quemo a propósito|quemé a propósito|"
         r"quemo con (?:cigarros|cigarrillos|el encendedor))\b|"
         r"\b(?:me )?hago cortes\b|\bme (?:hice|he hecho) (?:unos |más |varios |nuevos )?cortes\b|\bme (?:rasguño|araño) hasta sangrar\b|"
         r"\b(?:recaí|he recaído|tuve una recaída) (?:en|con) (?:la autolesión|las autolesiones|los cortes|"
         r"cortarme)\b|"
         r"\bmis cortes (?:nuevos|frescos|recientes|de hoy|de anoche)\b|"
         r"\bme (?:golpeo|pego) (?:la cabeza )?contra la pared\b"),
    _cue("sh.recovery", "self_harm", 1,
         rf"\b(?:llevo |van |ya van |cumplo )?(?:un|una|{_NUM}) (?:día|días|semana|mes|año|semanas|meses|años) (?:sin (?:autolesionarme|cortarme|"
         r"hacerme daño|recaer|recaídas)|limpi[oa]s? de (?:autolesiones|cortes))\b", strength=0.6),
    _cue("sh.urge", "self_harm", 2,
         r"\b" + _THEM + r"(?:quiero|necesito|tengo ganas de|ganas de|me dan ganas de|tentad[oa] de|impulsos? de|pensando en|"
         r"pienso en|quisiera|ansias de) (?:volver a )?(?:cortarme|autolesionarme|lastimarme|hacerme daño|"
         rf"quemarme|herirme|golpearme){_NOT_HAIR}\b"),
    # -- method seeking (3) -----------------------------------------------------------------
    _cue("ask.dose", "self_harm_instructions", 3,
         rf"\bcuánt[oa]s? (?:\w+\s+){{0,3}}?{_PILLS}\b.{{0,50}}\b(?:morir|matar|matarme|matarse|sobredosis|letal|"
         r"mortal|no despertar|suicid\w+)\b|"
         r"\b(?:dosis|cantidad) (?:letal|mortal|fatal)\b|"
         r"\bcómo (?:tener|hacer|provocar(?:me|se)?|darme|darse) una sobredosis\b|"
         r"\b(?:se puede|puedo|uno puede|podría) morir (?:de|por|si (?:me )?tom\w+|tomando|con) "
         rf"(?:\w+\s+){{0,4}}?(?:{_PILLS}|sobredosis)\b|"
         r"\bqué pasa si (?:me )?(?:tomo|trago|tomara|tragara) (?:todas|toda la caja|todo el frasco|un frasco|"
         r"una caja|\d{2,}|muchas|muchísimas)\b"),
    _cue("ask.method", "self_harm_instructions", 3,
         r"\b(?:formas?|maneras?|métodos?|modos?) (?:más )?(?:fácil|fáciles|rápida|rápidas|rápido|indolora|indoloras|"
         r"sin dolor|segura|seguras|efectiva|eficaz|menos dolorosa|tranquila|pacífica) (?:de|para) (?:morir|"
         r"matarme|matarse|suicidarme|suicidarse|quitarme la vida|quitarse la vida|acabar con (?:mi|su|la) vida)\b|"
         r"\b(?:cómo|komo|kmo) (?:puedo |podría |se puede |hago para |hacer para )?(?:matarme|suicidarme|suicidarse|matarse|"
         r"quitarme la vida|quitarse la vida|ahorcarme|ahorcarse|cortarme las venas|cortarse las venas|"
         r"morir sin dolor|envenenarme|envenenarse)\b|"
         r"\bcómo (?:hacer|se hace|atar|se ata) (?:una soga|un nudo de horca|una horca)\b|"
         r"\bcuánto (?:tarda|tiempo tarda|se tarda) (?:\w+ )?en desangrarse\b|"
         r"\bqué tan (?:profundo|hondo) (?:hay que|tengo que|debo|se debe) cortar(?:me|se)?\b"),
    _cue("ask.height", "self_harm_instructions", 3,
         r"\b(?:desde )?qué altura (?:\w+\s+){0,5}?(?:muere|morir|mata|mortal|se sobrevive|sobrevivir|matarse|"
         r"matarme)\b|"
         r"\b(?:cuántos|qué) pisos (?:\w+\s+){0,5}?(?:morir|muere|mortal|matarse|matarme|sobrevivir|"
         r"se sobrevive)\b"),
    _cue("ask.conceal", "self_harm_instructions", 3,
         r"\b(?:esconder|ocultar|tapar|disimular|cubrir) (?:mis |los |las )?(?:cortes|cicatrices|heridas|marcas) "
         r"(?:de (?:los |mis )?(?:brazos|muñecas|piernas|cortarme|autolesión|autolesiones)|en (?:los|mis) "
         r"(?:brazos|muñecas|piernas))\b|"
         r"\b(?:esconder|escondo|ocultar|oculto|tapar|tapo|disimular|disimulo|cubrir|cubro) (?:mis|los) cortes\b"
         r"(?!\s+de\b)|"
         r"\b(?:esconder|escondo|ocultar|oculto|tapar|tapo|disimular|disimulo) (?:mis |las )?(?:cicatrices|"
         r"heridas|marcas)\b(?=.{0,30}\bpara que (?:nadie|no|mi \w+ no)\b)|"
         r"\b(?:esconder|ocultar|disimular) que (?:me corto|me autolesiono|no como|vomito)\b"),
    _cue("ask.bridge", "self_harm_instructions", 3,
         r"\b(?:el )?puente más alto\b|\b(?:el )?edificio más alto\b|\bazoteas? (?:abiertas?|accesibles?)\b|"
         r"\bdónde (?:puedo )?(?:comprar|conseguir) (?:una |un )?(?:pistola|arma|revólver|soga|cuerda)\b|"
         r"\bcómo (?:subir|entrar|llegar) a (?:la azotea|el techo|la terraza del edificio)\b|"
         r"\b(?:puentes|edificios|azoteas) (?:altos )?cerca de (?:mí|aquí)\b",
         kind="gated"),
    # -- eating disorders (2; tips 3) -------------------------------------------------------
    _cue("ed.restrict", "eating_disorder", 2,
         rf"\bno (?:he )?(?:comido|como|comí) (?:nada )?(?:en|desde hace|hace|durante|por) {_NUM} "
         r"(?:días|semanas)\b|"
         rf"\b(?:llevo|van|ya van) {_NUM} (?:días|semanas) sin comer\b|"
         rf"\bhace {_NUM} (?:días|semanas) que no (?:como|he comido)\b|"
         r"\bno (?:merezco|me merezco) (?:comer|la comida|comida)\b|"
         r"\bsolo (?:como|comí|me permito|comeré) \d+ (?:calorías|kcal|cal)\b|"
         r"\bmenos de \d{2,3} (?:calorías|kcal) (?:al día|por día|diarias)\b|"
         r"\bme siento (?:muy |tan )?(?:gorda|gordo|asquerosa|asqueroso) (?:después de|cada vez que|cuando) com\w+|"
         r"\bme castigo (?:sin comer|no comiendo|dejando de comer)\b|\bme niego a comer\b|"
         rf"\b(?:llevo|van) {_NUM} (?:días|semanas) (?:comiendo|a base de|con) (?:solo|sólo|nada más)\b|"
         r"\bsolo (?:como|comí|me permito|he comido) (?:una|un|media|medio) \w+ (?:al día|por día|en todo el día|"
         r"cada día)\b|"
         r"\b(?:aún|todavía|igual|sigo) (?:me )?(?:veo|viéndome|sintiéndome|me siento) (?:muy |tan |súper )?"
         r"gord[oa]\b|"
         r"\bdejé de comer (?:para|porque quiero) (?:adelgazar|bajar|estar flac[oa])\b"),
    _cue("ed.purge", "eating_disorder", 2,
         r"\b(?:me )?(?:provoco|provoqué|me he provocado|provocarme|me hago|me hice|hacerme) (?:el )?vómito\b|"
         r"\bvomito (?:después de|cada vez que|tras) (?:comer|cada comida|como)\b|"
         r"\bme meto (?:los )?dedos (?:en la garganta|para vomitar)\b|"
         r"\blaxantes para (?:bajar|adelgazar|perder|no engordar)\b|\b(?:me purgo|me purgué|purgarme)\b|"
         r"\batracones? y (?:luego )?(?:vomito|me purgo)\b"),
    _cue("ed.tips", "eating_disorder", 3,
         r"\b(?:tips|trucos|consejos|cómo) (?:para )?(?:no comer|dejar de comer|no tener hambre|"
         r"quitar(?:me|se)? el hambre|engañar al hambre|aguantar el hambre|vomitar sin que|ayunar más|"
         r"no sentir hambre)\b(?!\s+(?:tanto|de más|dulces|comida chatarra|azúcar|carne|gluten|por ansiedad)\b)|"
         r"\bcómo bajar \d+ (?:kilos|kg) en (?:una semana|\d+ días|un mes)\b|"
         r"\bprincesas? (?:de )?(?:ana|mia)\b"),
    # -- harm to others (3; with means 4 via escalators) -----------------------------------
    _cue("si.carta", "suicidal_ideation", 4,
         r"\b(?:escribir|escribiendo|escribí|terminar) (?:una |la |mi )?carta de despedida (?:para|a) (?:mis|mi) (?:hijos|hijas|hijo|hija|padres|familia|esposa|marido|pareja)\b"),
    _cue("shi.conceal", "self_harm_instructions", 3,
         r"\b(?:esconder|ocultar|tapar|disimular|taparme|esconderme) (?:los |las |mis |esos |esas )?(?:(?:cortes|cicatrices|quemaduras)"
         r"(?: (?:de|en) (?:los |mis )?(?:brazos|muñecas|piernas|muslos))?|marcas (?:de|en) (?:los |mis )?(?:brazos|muñecas|piernas|muslos))\b"),
    _cue("abuse.armed_threat", "abuse_victim", 3,
         r"\b(?:mi )?(?:ex|novio|marido|esposo|pareja|padre|padrastro|papá) me (?:amenazó|amenaza|amenazaba|ha amenazado) "
         r"(?:con (?:un|una|el|la|su) (?:cuchillo|navaja|pistola|arma|machete|escopeta)|de muerte|con matarme)\b", framed=False),
    _cue("hto.shot", "harm_to_others", 3,
         r"\b(?:le|lo|la|les) (?:meto|pego|doy|voy a meter|voy a pegar|voy a dar) (?:un tiro|dos tiros|un balazo|"
         r"unos balazos|una puñalada|un navajazo|una cuchillada)\b"),
    _cue("hto.threat", "harm_to_others", 3,
         r"\b(?:lo|la|los|las|te|les|le) (?:voy a|vo a|quiero|pienso|tengo ganas de) (?:matar|apuñalar|acuchillar|"
         r"balear|asesinar|envenenar|ahorcar|disparar|pegar un tiro|meter un tiro|dar un tiro)\b|"
         r"\b(?:voy a|vo a|quiero|pienso|tengo ganas de|estoy a punto de) (?:matar|apuñalar|acuchillar|balear|"
         r"asesinar|envenenar|ahorcar|disparar)(?:lo|la|los|las|te|les|le)\b|"
         r"\b(?:voy a|vo a|quiero|pienso) (?:matar|apuñalar|acuchillar|balear|asesinar|envenenar|dispararle) "
         r"(?:a (?:mi|mis|ese|esa|esos|esas|este|esta|todos|todas|alguien)|al)\b|"
         r"\b(?:le|les|te|lo|la|los) (?:voy a|vo a|quiero|pienso) (?:partir|romper|reventar|quebrar) (?:la cara|"
         r"la madre|la boca|la crisma|el alma|los dientes|las piernas)\b|"
         r"\b(?:voy a|vo a|quiero|pienso) (?:partirle|romperle|reventarle|partirte|romperte|reventarte) (?:la cara|"
         r"la madre|la boca|la crisma|el alma|los dientes)\b|"
         r"\b(?:le|les|te) (?:voy a|vo a|pienso) dar (?:una paliza|de golpes|de puñaladas|un navajazo|un tiro)\b|"
         r"\bse las (?:va|van) a ver conmigo\b"),
    _cue("hto.mass", "harm_to_others", 4,
         r"\b(?:llevar|llevaré|voy a llevar|traer|meter) (?:un arma|una pistola|el arma de mi (?:papá|padre)|"
         r"la pistola de mi (?:papá|padre)|un rifle) (?:a|al) (?:la escuela|el colegio|clase|la uni|"
         r"la universidad|el trabajo|la oficina|el instituto|la prepa|la iglesia)\b|"
         r"\b(?:hacer|planeo|voy a hacer) (?:un tiroteo|una masacre|una balacera)\b|"
         r"\bdisparar a todos (?:en|los de)\b"),
    # -- abuse disclosed by the victim (2; danger 3) ---------------------------------------
    _cue("abuse.physical", "abuse_victim", 3,
         rf"\b{_ABUSER_ADULT}\s+me\s+{_HIT}|"
         rf"\bme\s+{_HIT}\s+(?:mi|mis) (?:papá|padre|padrastro|mamá|madre|madrastra|esposo|marido|esposa|mujer|"
         r"novio|novia|pareja|ex|tío|abuelo|padres)\b|"
         r"\b(?:sufro|recibo) (?:maltrato|golpes|violencia) (?:físic[oa] )?(?:en casa|de mi \w+)\b|"
         r"\bme pegan en (?:casa|mi casa)\b"),
    _cue("abuse.physical_kin", "abuse_victim", 2, rf"\b(?:mi|mis) (?:{_KIN}){_FILL}\s+me\s+{_HIT}"),
    _cue("abuse.danger", "abuse_victim", 3,
         rf"\b{_ABUSER}\s+me\s+(?:ahorca|ahorcó|ahorcaba|estrangula|estranguló|asfixia|asfixió|encierra|"
         r"encerró)\b|"
         r"\b(?:amenaza|amenazó|amenazaba) con matarme\b|"
         r"\bme (?:agarró|agarra|apretó|aprieta|tomó|toma|apretaba|agarraba) (?:del|el) cuello\b|"
         r"\b(?:dice|dijo|ha dicho|grita|gritando|gritó|jura|juró) que me (?:va|iba) a matar\b|"
         r"\bme (?:amenazó|amenaza) de muerte\b|"
         r"\btengo miedo de que (?:me mate|me vaya a matar|me haga algo)\b|"
         r"\bme (?:va|iba) a matar si (?:lo|la) (?:dejo|denuncio|dejaba|denunciaba)\b|"
         r"\bme (?:puso|pone) un cuchillo en (?:el cuello|la garganta)\b|"
         r"\bme (?:apuntó|apunta) con (?:una pistola|un arma|un cuchillo)\b"),
    _cue("abuse.danger_now", "abuse_victim", 4,
         r"\b(?:me va a matar|va a matarme|me iba a matar|con matarme|me quiere matar)\b.{0,80}"
         rf"\b{_HIDING}|\b{_HIDING}\b.{{0,80}}\b(?:me va a matar|va a matarme|con matarme|me quiere matar)\b"),
    _cue("abuse.sexual", "abuse_victim", 3,
         rf"\b{_ABUSER}\s+(?:me (?:violó|viola|violaba|abusa|abusó|abusaba|manosea|manoseó|manoseaba|"
         r"toca(?:ba)? (?:ahí|mis partes|donde no|por las noches|en las noches|cuando (?:nadie|estoy sol[oa]|"
         r"mamá no))|obliga a (?:tener sexo|tener relaciones|hacer cosas|tocarl[oa])|obligó a (?:tener sexo|"
         r"tener relaciones|hacer cosas|tocarl[oa])))\b|"
         r"\b(?:me violaron|fui violad[oa]|me abusaron|fui abusad[oa] sexualmente|me agredieron sexualmente|"
         r"me violó)\b|"
         r"\babus(?:a|ó|aba|aron) (?:sexualmente )?de mí\b"
         r"(?!\s+(?:confianza|paciencia|bondad|buena fe|generosidad|tiempo|dinero)\b)"),
    _cue("abuse.control", "abuse_victim", 2,
         rf"\b{_PARTNER}\s+no me deja (?:ver a|salir(?: de casa| sol[oa])?|trabajar|tener (?:amigos|dinero|"
         r"celular|teléfono)|hablar con|usar (?:el|mi) (?:celular|teléfono)|ir a ningún|estudiar)\b|"
         rf"\b{_PARTNER}\s+(?:revisa|controla|me quita|me revisa|me esconde) (?:mi|el|todo mi|todo el|toda mi|la|mis|"
         r"los|mi propio) (?:celular|teléfono|móvil|dinero|sueldo|cuenta|whatsapp|correo|ubicación|tarjetas?|papeles|"
         r"documentos|pasaporte|llaves)\b|"
         r"\btengo miedo de (?:volver|regresar|llegar) a (?:casa|mi casa)\b|"
         r"\btengo miedo de mi (?:esposo|marido|novio|novia|pareja|padre|papá|padrastro|ex)\b|"
         r"\b(?:sufro|vivo|padezco) (?:de )?violencia (?:doméstica|de género|intrafamiliar)\b|"
         r"\bhay violencia (?:doméstica )?en (?:mi casa|casa|mi relación)\b|"
         r"\bme maltrata (?:psicológicamente|verbalmente|emocionalmente)\b"),
    # -- acute distress (2) and concern (1) ------------------------------------------------
    _cue("ad.panic", "acute_distress", 2,
         r"\b(?:tengo|tuve|estoy teniendo|me está dando|me dio|me da|me vino) (?:un |otro )?ataque de "
         r"(?:pánico|ansiedad)\b|"
         r"\bcrisis de (?:pánico|ansiedad) (?:ahora|otra vez|de nuevo)\b|"
         r"^\W*(?:un |otro )?ataque de (?:pánico|ansiedad)\b|"
         r"\bataque de (?:pánico|ansiedad) (?:en (?:el|la|plena|pleno|medio)|ahora|otra vez|de nuevo)\b|"
         r"\bsiento que me (?:muero|voy a morir|ahogo)\b(?=[^.!?]{0,60}\b(?:respirar|pánico|ansiedad|corazón|"
         r"aire)\b)|\b(?:pánico|ansiedad)\b[^.!?]{0,60}\bsiento que me (?:muero|voy a morir|ahogo)\b|"
         r"\bno puedo (?:respirar|dejar de llorar|parar de llorar|dejar de temblar|parar de temblar)\b"
         r"(?!\s+(?:por la nariz|bien por|de (?:la )?risa|de reír)\b)|"
         r"\bme estoy (?:volviendo loc[oa]|derrumbando|desmoronando)\b|\bestoy (?:colapsando|en crisis)\b"),
    _cue("ad.cant_take", "acute_distress", 2,
         r"\b(?:ya )?no (?:aguanto|soporto|puedo|resisto) (?:más|mas)\b"
         r"(?!\s+(?:(?:el|la|los|las|este|esta|estos|estas|ese|esa)\s+(?!vida\b|situación\b|soledad\b|dolor\b|"
         r"tristeza\b|ansiedad\b|depresión\b)\w+|eso|esto|a (?!nadie\b)\w+|al|de (?:comer|comida|risa|hambre|sueño|"
         r"frío|calor|ganas)|comer|con (?:el|la|los|las|este|esta|ese|esa|tanto|tanta|mis|mi (?:jefe|jefa|"
         r"trabajo|profe|casa|compañer[oa]|herman[oa]|novi[oa]))|sin \w+)\b)|"
         r"\bya no (?:aguanto|puedo|soporto)\s*(?=$|[.,;!?…])|"
         r"\bno aguanto (?:esta vida|mi vida|la vida|vivir así|seguir así|este dolor|esta soledad)\b|"
         r"\bno puedo seguir así\b|"
         r"\b(?:estoy |ya estoy )?cansad[oa] de (?:luchar|pelear|seguir|intentarlo|aguantar)"
         r"(?=\s*(?:$|[.,;!?…]|y\b|pero\b))|\bya no tengo fuerzas\b(?!\s+(?:para (?:ir|salir|hacer|limpiar|"
         r"cocinar|estudiar)|de)\b)|"
         r"\b(?:me siento|estoy|soy) (?:tan |muy |completamente |totalmente )?(?:desesperad[oa](?!\s+por)|"
         r"sin esperanzas?|inútil|una inútil|un inútil|una carga|un estorbo|atrapad[oa]|vací[oa] por dentro|"
         r"un fracaso total)\b(?!\s+en (?:el )?(?:tráfico|ascensor|elevador|la fila|el metro)\b)|"
         r"\bsoy una carga (?:para|pa) \w+|"
         r"\b(?:siento que |solo |sólo )?(?:estorbo|sobro)(?: en todos lados| a todos| en todas partes| aquí)?"
         r"(?=\s*(?:$|[.,;!?…]|y\b|pero\b))|\bsoy un estorbo\b|"
         r"\bno (?:hay|le veo|veo) (?:ninguna )?salida\b(?!\s+(?:de emergencia|en|por|al|a la|para)\b)|"
         r"\bno tengo (?:ninguna )?esperanza\b|\bno sirvo para nada\b"),
    _cue("concern.low", "acute_distress", 1,
         r"\b(?:estoy|me siento|ando|me encuentro) (?:muy |tan |súper |super |bastante |re |demasiado |un poco |"
         r"algo )?(?:deprimid[oa]|sol[oa]|triste|ansios[oa]|agobiad[oa]|estresad[oa]|abrumad[oa]|destrozad[oa]|"
         r"devastad[oa]|agotad[oa]|fatal|hundid[oa]|desanimad[oa]|de bajón|bajonead[oa])\b"
         r"(?!\s+(?:por (?:ver|saber|que)|de (?:ver|que)|en (?:casa|la oficina|el trabajo))\b)|"
         r"\blloro (?:todas las noches|todos los días|hasta dormirme|cada noche|todo el tiempo)\b|"
         r"\b(?:perdí a|murió|falleció|se murió|se me murió) (?:mi|mis) (?:mamá|papá|madre|padre|esposo|esposa|"
         r"marido|hijo|hija|bebé|hermano|hermana|mejor amig[oa]|amig[oa]|abuel[oa]|perro|perrito|gato)\b|"
         r"\bperdí mi (?:trabajo|empleo)\b|\b(?:estoy de|estoy en|mi) duelo\b|\bno tengo amigos\b|"
         r"\bextraño (?:tanto|muchísimo) a\b", strength=0.6),
    # -- someone else at risk (2; imminent 4 via escalators) -------------------------------
    _cue("tp.si", "third_party_concern", 2,
         rf"\b{_SOMEONE}\b.{{0,50}}\b(?:se (?:quiere|va a|iba a|piensa|intentó|trató de) (?:matar|suicidar|morir|"
         r"quitar la vida)|quiere (?:matarse|suicidarse|morirse|morir|quitarse la vida|desaparecer)|"
         r"piensa en (?:suicidarse|matarse|el suicidio|quitarse la vida|morirse)|"
         r"habla (?:de|sobre) (?:suicidarse|matarse|el suicidio|morirse|quitarse la vida|desaparecer)|"
         r"no quiere (?:seguir )?vivir|tiene (?:pensamientos|ideas) suicidas|dejó de comer|no come nada|"
         r"ya no come|no le importa (?:nada|lo que le pase|vivir))",
         kind="third_party", first_person=False),
    _cue("tp.act", "third_party_concern", 3,
         rf"\b{_SOMEONE}\b.{{0,60}}\b(?:se (?:está|esta) (?:cortando|autolesionando|lastimando|haciendo daño)|"
         r"se (?:corta|autolesiona|lastima|hace daño|quema)\b(?!\s+(?:el|la|las|los) (?:pelo|uñas|cabello|barba|"
         r"flequillo|dedo|mano)\b|\s+(?:cocinando|sin querer|con el horno))|"
         r"(?:intentó|trató de|ha intentado) (?:suicidarse|matarse|quitarse la vida)|se (?:intentó|trató de) "
         r"(?:matar|suicidar)|"
         r"(?:se despidió|se está despidiendo|despidiéndose) de (?:todos|todo el mundo|nosotros|mí)|"
         r"(?:mensaje|carta|nota) de despedida|"
         r"(?:está|anda|ha estado) regalando (?:sus|todas sus) cosas|regaló (?:sus|todas sus) cosas)" + _LEAVING,
         kind="third_party", first_person=False),
    _cue("tp.worry", "third_party_concern", 2,
         r"\b(?:preocupad[oa]|asustad[oa]|tengo miedo|me preocupa|me da miedo) (?:por|de que|que|con) "
         rf"(?:mi|una|un|nuestr[oa]) {_PERSON}\b.{{0,60}}\b(?:se (?:haga|mate|suicide|lastime|corte|quite)|"
         r"haga (?:algo|una locura|una tontería)|segur\w*|vida|muera|morir|come|comer|abus\w+|golpe\w*|peg\w*)|"
         rf"\b(?:mi|una|un) {_PERSON} (?:está siendo|es|fue) (?:maltratad[oa]|golpead[oa]|abusad[oa]|"
         r"violad[oa])\b|"
         rf"\ba (?:mi|una|un) {_PERSON} (?:le pega|la golpea|lo golpea|la maltrata|lo maltrata) (?:su|el|la)\b",
         kind="third_party", first_person=False),
    _cue("tp.overdose", "third_party_concern", 4,
         rf"\b(?:(?:mi|una|un) {_PERSON}|él|ella)\b.{{0,30}}\b(?:se (?:tomó|tragó|ha tomado|acaba de tomar) "
         rf"{_MUCH}\s+(?:\w+\s+){{0,2}}?{_PILLS}|tuvo una sobredosis|está teniendo una sobredosis|"
         r"se (?:intoxicó|envenenó))\b",
         kind="third_party", first_person=False),
    # -- broad shapes (what the specific cues above miss) ----------------------------------
    # a wish + death, in any of its words: "ojalá no despertar", "le pido a dios que me lleve"
    _cue("broad.wish_death", "suicidal_ideation", 2, rf"\b{_WISH}{_GAP3}\s+(?:que\s+)?{_DEATH}", strength=0.75),
    _cue("broad.called_home", "suicidal_ideation", 2,
         r"\b(?:dios|diosito|señor|dios mío|virgen(?:cita)?|jesús)\b[^.!?]{0,40}?\b(?:llévame|llévate(?:me)?|"
         r"me lleve|me lleves|me recoja|me recojas|ven(?:ga|gas)? por mí)\b"
         r"(?!\s+(?:a|al|de viaje|por buen camino|con bien|bien|en tu camino|por el buen camino)\b)|"
         r"\b(?:quiero|ojalá|estoy list[oa] para|ya estoy list[oa] para|quisiera) (?:ya )?(?:irme|partir|ir) "
         r"(?:con dios|al cielo|con (?:mi|mis) (?:mamá|papá|madre|padre|abuel[oa]s?|hij[oa]) al cielo)\b",
         strength=0.75),
    _cue("broad.better_if_not", "suicidal_ideation", 2,
         r"\b(?:mejor|más \w+|tranquil\w*|feli\w+|fácil)\b[^.!?]{0,30}\bsi (?:yo )?(?:no existiera|no estuviera (?:aquí|viv[oa])?|"
         r"me muriera|desapareciera|no hubiera nacido)\b", strength=0.75),
    _cue("broad.better_gone", "suicidal_ideation", 2,
         r"\bsería (?:más fácil|más sencillo|mejor|un alivio)(?: para todos)? (?:si|que) (?:yo )?(?:desapareciera|"
         r"me muriera|no estuviera|no existiera|me fuera para siempre|ya no despertara)\b|"
         r"\b(?:nadie|ni uno) (?:se daría cuenta|lo notaría|lo notaría siquiera) si (?:yo )?(?:desaparezco|"
         r"desapareciera|me muero|me muriera|no estoy|no estuviera)\b", strength=0.75),
    # an act on oneself after a wish or plan, a few words apart: "tengo unas ganas enormes de matarme"
    _cue("broad.act_self", "suicidal_ideation", 3,
         rf"\b{_THEM}(?:quiero|quisiera|voy a|vo a|pienso|pensando|ganas|tentad[oa]|necesito|planeo|intenté|intento|"
         rf"trato de|decidí|a punto de|estoy por|me dan ganas){_GAP3}\s+(?:de\s+|en\s+)?"
         rf"{_KILL_SELF}\b|"
         r"\b(?:pienso|pensando|pensé|he pensado|piensa) (?:mucho |todo el tiempo |cada día |todos los días |"
         r"seriamente |otra vez )?en (?:el )?suicidio\b(?!\s+(?:de|del|como tema|asistido)\b)",
         strength=0.8),
    # self-injury: an urge a few words from the act, or the act done again
    _cue("broad.harm_self", "self_harm", 2, rf"\b{_URGE}{_GAP3}\s+(?:de\s+)?(?:volver a\s+)?{_HARM_SELF}\b{_NOT_INJURY}",
         strength=0.7),
    _cue("broad.ed_acts", "eating_disorder", 2,
         r"\b(?:escondo|tiro|boto|guardo) (?:la )?comida\b[^.!?]{0,60}\b(?:para que|sin que)\b[^.!?]{0,40}\b(?:no "
         r"(?:vea|note|sepa|se dé cuenta)|no como|vea que no como)|\bfinjo que (?:como|comí|ya comí)\b|"
         r"\blaxantes\b[^.!?]{0,40}\b(?:para (?:no engordar|adelgazar|bajar|perder peso|vaciarme|compensar)|después de "
         r"(?:comer|cada comida)|todos los días)\b(?![^.!?]{0,60}\b(?:médic[oa]|doctor|recet\w+|estreñimiento)\b)|"
         r"\bmastico y escupo\b|\bejercicio hasta (?:desmayarme|vomitar|marearme)\b|"
         r"\bme peso (?:\d+|cinco|seis|diez|mil|varias|muchas) veces al día\b", strength=0.7),
    _cue("broad.harm_done", "self_harm", 3,
         r"\b(?:anoche|ayer|hoy|otra vez|de nuevo) me (?:corté|lastimé|hice daño|quemé)\b(?=\s*(?:$|[.,;!?…]|y\b))|"
         r"\bme (?:corté|lastimé|hice daño) (?:anoche|ayer|hoy|esta noche|esta mañana)\b(?=\s*(?:$|[.,;!?…]|y\b))|"
         r"\bme (?:quemé|rasguñé|arañé|golpeé|mordí|pellizqué|clavé las uñas|corté|lastimé|hice daño)\b"
         r"[^.!?]{0,40}?\b(?:a propósito|adrede|hasta sangrar|hasta que (?:me )?sangr\w+|para sentir algo|"
         r"para castigarme|porque me lo merezco)\b|"
         r"\btengo (?:unos |varios |muchos )?(?:cortes|heridas|quemaduras) (?:frescos|frescas|nuevos|nuevas|recientes)\b|"
         r"\b(?:cortes|heridas) (?:frescos|frescas|nuevos|nuevas|recientes) en (?:los|las|mis|el|la) (?:brazos?|muslos?|"
         r"piernas?|muñecas?|panza|abdomen)\b" + _NOT_INJURY, strength=0.8),
    _cue("broad.med", "medical_emergency", 4,
         rf"\b(?:me )?(?:tomé|tragué|he tomado|me he tomado|acabo de tomar(?:me)?)\s+(?:{_MUCH}|las|unas|mis|varias)\s+"
         rf"(?:\w+\s+){{0,2}}?{_PILLS}\b(?:\s+de (?:mi|la) (?:mamá|madre|abuela|abuelo|papá|padre|tía|hermana))?"
         r"[^.!?\n]{0,60}\b(?:(?:tengo )?mucho sueño|(?:estoy|me siento) (?:muy )?(?:mareada?|rar[oa]|mal|débil)|"
         r"se me nubla|no siento|me cuesta respirar|me late (?:muy )?(?:rápido|fuerte)|vomitando|"
         r"me estoy quedando dormid[oa]|veo borroso)\b|"
         r"\b(?:mezclé|tomé|me tomé) (?:alcohol|vino|cerveza|tequila|ron|vodka|pisco|whisky|bebida)\b[^.!?]{0,20}\b"
         rf"con (?:las |mis |unas |todas las )?{_PILLS}\b(?=[^.!?]{{0,60}}\b(?:no (?:despiert\w+|despertar\w*)|morir|acabar|mucho sueño|"
         r"mareada?|me siento mal)\b)", first_person=False, strength=0.85),
    _cue("broad.harm_again", "self_harm", 3,
         r"\bme (?:volví|he vuelto|vuelvo|volvía) a (?:cortar|lastimar|quemar|hacer daño|autolesionar|rasguñar|"
         rf"golpear|hacer cortes)\b{_NOT_INJURY}|"
         r"\b(?:recaí|tuve una recaída|volví a caer)\b[^.!?]{0,60}\b(?:limpi[oa]|sin (?:cortarme|autolesionarme|"
         r"hacerme daño|lastimarme))\b|"
         r"\b(?:limpi[oa]|sin (?:cortarme|autolesionarme|hacerme daño))\b[^.!?]{0,40}\b(?:recaí|tuve una recaída|"
         r"volví a (?:cortarme|hacerme daño|lastimarme))\b", strength=0.8),
    # dose questions without a death word: "cuántas pastillas son demasiadas", "dosis peligrosa"
    _cue("broad.dose", "self_harm_instructions", 3,
         rf"\bcuánt[oa]s? (?:\w+\s+){{0,3}}?(?:{_PILLS}|\w+(?:zepam|pam|lam|ina|ol|fenos|enos))\b[^.!?]{{0,50}}?\b"
         r"(?:son|es|serían|sería|seria|serian|hacen|causan)? ?(?:demasiad[oa]s|peligros[oa]s?|letales?|"
         r"mortales?|tóxic[oa]s?|una sobredosis|suficientes para (?:no despertar|morir|dormir para siempre))\b|"
         r"\b(?:dosis|cantidad)\b[^.!?]{0,30}?\b(?:es|sería|son|serían|se vuelve|resulta) (?:peligros[oa]s?|mortal(?:es)?|"
         r"letal(?:es)?|tóxic[oa]s?)\b(?![^.!?]{0,120}\b(?:niñ[oa]s?|bebé|kg|kilos|perro|gato|mascota|por kilo)\b)|"
         rf"\b(?:dosis|cantidad) (?:peligrosa|tóxica|que (?:mata|es peligrosa|es mortal))(?: de)?\b"
         r"(?![^.!?]{0,120}\b(?:niñ[oa]s?|bebé|kg|kilos|perro|gato|mascota|por kilo)\b)",
         kind="question", strength=0.8),
    # threats: hurting him, making him pay, with a weapon and where he will be
    _cue("broad.threat", "harm_to_others", 3,
         r"\b(?:lo|la|los|las|le|les) (?:voy a|vo a|pienso|quiero) (?:lastimar|hacer daño|herir|hacer sufrir|"
         r"hacer sangrar|desgraciar|madrear|partir en dos)\b(?![^.!?]{0,120}\b(?:si (?:le|lo|la) (?:digo|dejo|cuento)|"
         r"sentimientos|corazón|sin querer)\b)(?!\s+a (?:mi|tu|su|la|el) (?:dieta|salud|estómago|hígado|bolsillo|"
         r"economía|cuenta|reputación|imagen|carrera|relación|corazón|espalda|rodilla|cuerpo|planta|coche|carro)\b)|"
         r"(?<!\bdieta )\b(?:voy a|vo a|pienso) (?:lastimarlo|lastimarla|hacerle daño|herirlo|herirla|hacerlo sufrir|"
         r"hacerla sufrir|hacerlo sangrar|madrearlo)\b(?![^.!?]{0,120}\b(?:si (?:le|lo|la) (?:digo|dejo|cuento)|"
         r"sentimientos|corazón|sin querer)\b)", strength=0.75),
    _cue("broad.armed", "harm_to_others", 4,
         rf"\b(?:tengo|traigo|llevo|agarré|cargo|conseguí|saqué|tomé|compré)\s+(?:el|la|un|una|mi|su)\s+"
         rf"(?:\w+\s+)?{_WEAPON}\b[^\n]{{0,100}}?\b{_HUNT}|"
         rf"\b{_HUNT}\b[^\n]{{0,80}}?\b(?:tengo|traigo|llevo|agarré|conseguí)\s+(?:el|la|un|una|mi)\s+(?:\w+\s+)?"
         rf"{_WEAPON}\b", strength=0.85),
    # abuse: sexual assault told indirectly, threats to keep a secret, bruises explained away, stalking
    _cue("broad.assault", "abuse_victim", 3,
         r"\b(?:le )?(?:dije|decía|grité) (?:que )?no\b[^.!?]{0,25}?\b(?:y|pero)\s+(?:él |ella )?(?:no (?:paró|"
         r"se detuvo|me hizo caso|le importó|se quitó)(?!\s+de\b)|siguió(?!\s+\w+(?:ando|iendo)\b)(?!\s+(?:insistiendo|preguntando|"
         r"llamando|escribiendo|mandando|con (?:lo|el|la|su))\b)|igual lo hizo|lo hizo igual|me obligó|me forzó)|"
         r"\bme (?:obligó|forzó|obligaba|forzaba|obligan|obliga) a (?:tener (?:sexo|relaciones)|acostarme con|"
         r"hacerle cosas|tocarl[oa]|hacer cosas que no quería|desnudarme|mandarle fotos)\b|"
         r"\b(?:me desperté|desperté|cuando desperté)\b[^.!?]{0,40}\b(?:estaba encima de mí|me estaba tocando|me tocaba|"
         r"me había (?:quitado|bajado) la ropa|tenía la mano (?:dentro|debajo|en mi))\b|"
         r"\b(?:estaba|yo estaba) (?:dormid[oa]|borrach[oa]|inconsciente|drogad[oa])\b[^.!?]{0,50}\b"
         r"(?:me (?:estaba tocando|tocó|tocaba|violó|desvistió|quitó la ropa)|abusó de mí|se me subió|"
         r"estaba encima de mí)\b|"
         r"\b(?:me|nos) (?:toca|tocaba|manosea|manoseaba) cuando (?:mi|nuestra) (?:mamá|madre|tía|abuela) no "
         r"(?:está|estaba)\b|\bme toca(?:ba)? cuando (?:nadie|no hay nadie|estoy sol[oa]|estoy dormid[oa]|duermo)\b",
         strength=0.8),
    _cue("broad.secret", "abuse_victim", 3,
         r"\b(?:dice|dijo|me dice|me dijo|amenaza|amenazó con|me amenaza con) (?:que )?si (?:hablo|le (?:digo|cuento) "
         r"(?:a (?:alguien|nadie|mi \w+))?|(?:lo )?cuento|digo algo|(?:lo )?denuncio)\b(?=[^.!?]{0,30}\b(?:me mata|"
         r"nos mata|me (?:va a|iba a) (?:matar|pegar|hacer daño)|me pega|nos echa|me echa|(?:le )?hace daño|le pega|"
         r"nadie me va a creer|me va a ir peor|me lleva|se lleva a)\b)|"
         r"\b(?:es|era) nuestro secreto\b(?=[^.!?]{0,40}\b(?:no (?:le )?(?:diga|cuente)|nadie)\b)", strength=0.8,
         framed=False),
    _cue("broad.bruise_hidden", "abuse_victim", 2,
         rf"\b{_BRUISE}\b[^.!?]{{0,60}}\b(?:dije|digo|conté|les dije|le dije|invento|inventé) que me (?:caí|"
         r"golpeé|pegué|tropecé)\b|"
         rf"\b(?:dije|digo|les dije|le dije|invento|inventé) que me (?:caí|golpeé|pegué|tropecé)\b[^.!?]{{0,60}}\b{_BRUISE}\b",
         strength=0.7),
    _cue("broad.stalking", "abuse_victim", 2,
         r"\b(?:mi ex(?:novio|novia|pareja|marido|esposo)?|un (?:tipo|hombre|señor|chavo|desconocido)|alguien)\b"
         r"[^.!?]{0,30}?\b(?:me (?:sigue|persigue|vigila|acosa|espía|acecha)(?! (?:en|por) (?:instagram|twitter|"
         r"tiktok|redes|ig|insta|x|youtube|twitch)\b)|sabe dónde (?:vivo|estoy|trabajo)|aparece (?:en|donde) "
         r"(?:mi trabajo|mi casa|estoy|voy)|me (?:manda|escribe) (?:\d{2,}|cien|mil|muchísimos|decenas de) mensajes|"
         r"(?:me (?:espera|está esperando)|(?:está|anda|se para|se queda)(?: parado)?) (?:afuera|fuera|enfrente|en la "
         r"puerta|a la salida)\b(?=[^.!?]{0,60}\b(?:miedo|asusta|asustad[oa]|todos los días|todas las noches|cada día|"
         r"cada noche|siempre|otra vez|de nuevo|no se va)\b))", strength=0.7),
    # eating: restriction or purging with a judgement of the body, a weight goal or secrecy
    _cue("broad.ed", "eating_disorder", 2,
         rf"\b{_RESTRICT}\b{_NOT_ED}[^.!?]{{0,80}}?\b{_JUDGE}|\b{_JUDGE}\b{_NOT_ED}[^.!?]{{0,80}}?\b{_RESTRICT}\b",
         strength=0.7),
    # preparation: two acts, or one with a final word ("ya dejé al gato ... esta noche se acaba todo")
    _cue("broad.prepared", "suicidal_ideation", 4,
         rf"\b{_PREP}\b[^\n]{{0,150}}?\b(?:{_PREP}|{_FINAL})\b", strength=0.85),
    _cue("broad.means_use", "suicidal_ideation", 3,
         r"\b(?:compré|conseguí|ya tengo|tengo) (?:el|la|un|una|las|los) (?:veneno|raticida|soga|cuerda|pastillas|pistola|"
         r"arma)\b(?![^.!?]{0,40}\b(?:cucarachas|ratas|ratones|hormigas|plagas|bichos|jardín|ropa|tender)\b)[^.!?]{0,30}"
         r"\b(?:(?:lo|la|las|los) (?:voy a (?:tomar|usar|beber)|tomo|uso|bebo)|me (?:lo|la|las|los) (?:tomo|voy a tomar|bebo))\b",
         strength=0.8),
    _cue("broad.method_gated", "self_harm_instructions", 3,
         r"\b(?:cómo|komo|forma de|manera de) hacerlo (?:sin (?:que duela|dolor|sufrir)|rápido y sin dolor|para que no "
         r"duela)\b", kind="gated", strength=0.7),
    _cue("broad.means_bought", "suicidal_ideation", 3,
         r"\b(?:compré|me compré|conseguí|pedí|encargué|ya tengo) (?:una|unas|la|las|el|un|unos) (?:nuevas? )?(?:soga|"
         r"cuerda|cuchillas|navajas|hojas de afeitar|gillettes?|carbón|helio|veneno|raticida|pistola|arma)\b"
         r"(?!\s+(?:nuevas? )?(?:para|pa) (?:tender|la ropa|el|la|los|las|escalar|acampar|cocinar|el asador|la carne|"
         r"afeitarme|rasurarme|la rasuradora|el jardín|las ratas|los ratones)\b)", kind="gated", strength=0.7),
    _cue("broad.goodbye", "suicidal_ideation", 3,
         r"\b(?:perdón(?:en(?:me)?)?|perdónenme|lo siento) (?:a todos|por todo)\b|\bperdónenme\b|"
         r"\blos quiero (?:mucho )?a todos\b(?=\s*[.!…]*\s*$)", kind="gated", strength=0.75),
    # someone else: what they said, a goodbye, an edge, pills and no answer
    _cue("broad.tp_said", "third_party_concern", 2, rf"\b{_SOMEONE}\b.{{0,60}}\b{_THEY_SAID}",
         kind="third_party", first_person=False),
    _cue("broad.tp_goodbye", "third_party_concern", 2,
         rf"\b{_SOMEONE}\b.{{0,60}}\b(?:(?:me |nos )?(?:mandó|envió|dejó|escribió|publicó|subió|puso|(?:me |nos )?acaba de (?:mandar|enviar|"
         r"dejar|escribir|publicar|subir|poner))(?:\s+\w+){0,2}"
         r"\s+(?:un |una )?(?:mensaje|audio|nota|carta|video|post|publicación|historia|estado|tweet)"
         r"(?:\s+\w+){0,2}?\s+(?:de despedida|despidiéndose|diciendo adiós)|se (?:despidió|despide) (?:de mí|"
         r"de todos|de nosotros|de todo el mundo|raro)|(?:está|anda) despidiéndose|"
         r"(?:está|anda|empezó a) (?:regalar|regalando) (?:sus|todas sus) cosas)" + _LEAVING,
         kind="third_party", first_person=False),
    _cue("broad.tp_letter", "third_party_concern", 3,
         r"\b(?:encontré|vi|leí|me llegó) (?:una|la|su) (?:carta|nota|mensaje) (?:de despedida|despidiéndose|de suicidio)"
         rf"\b[^.!?]{{0,30}}\b(?:de|que escribió|que dejó) {_SOMEONE}\b(?![^.!?]{{0,40}}\b(?:murió|falleció|hace años)\b)",
         kind="third_party", first_person=False),
    _cue("broad.tp_edge", "third_party_concern", 4,
         rf"\b{_SOMEONE}\b.{{0,40}}\b(?:está|se subió a|anda|está parad[oa] en|está sentad[oa] en) (?:en |sobre |"
         rf"arriba de )?{_EDGE}\b[^.!?]{{0,80}}\b(?:(?:dice|dijo|grita|amenaza) (?:que )?(?:con )?(?:se (?:va a|quiere) "
         r"(?:tirar|aventar|lanzar|matar)|va a (?:saltar|tirarse)|(?:se )?tira|salta|tirarse|saltar)|"
         r"(?:se )?(?:va a|quiere) (?:tirar|saltar|aventar))",
         kind="third_party", first_person=False),
    _cue("broad.tp_pills", "third_party_concern", 4,
         rf"\b{_SOMEONE}\b[^.!?]{{0,60}}\b(?:se tomó|tomó|se tragó|se metió)(?:\s+\w+){{0,3}}\s+{_PILLS}\b[^.!?]{{0,80}}"
         r"\b(?:no (?:me )?(?:responde|contesta|despierta|reacciona|abre)|(?:está|quedó) (?:inconsciente|desmayad[oa]|"
         r"encerrad[oa])|se encerró)|"
         rf"\b{_SOMEONE}\b[^.!?]{{0,20}}\bse encerró\b[^.!?]{{0,80}}\b(?:tomó|tragó|se metió)\b[^.!?]{{0,30}}{_PILLS}\b",
         kind="third_party", first_person=False),
    # self-injury with a tool that burns or cuts, or on the arms again: "me quemé el brazo con el mechero"
    _cue("broad.harm_tool", "self_harm", 3,
         r"\b(?:me (?:quemé|he quemado|quemo|corté|he cortado|corto|rasguñé|arañé|volví a quemar|volví a cortar)"
         rf"(?:\s+{_BODY})?\s+con (?:el|un|una|la|mi|los|unos|las|unas) (?:mechero|encendedor|cigarros?|cigarrillos?|"
         r"cuchillas?|navaja|gillette|hoja de afeitar|sacapuntas|compás|cerillos?|fósforos?)\b|"
         rf"\bme (?:quemé|corté|rasguñé|arañé) {_BODY} (?:otra vez|de nuevo)\b)"
         r"(?![^.!?]{0,60}\b(?:sin querer|al (?:encender|prender)|prendiendo|encendiendo|vela|estufa|fogón|parrilla|asado|"
         r"cocin\w+|accidente|afeit\w+|rasur\w+|sol|playa|plancha|horno|sartén|aceite)\b)", strength=0.8),
    # eating: food hidden so others believe one eats, purging all that is eaten
    _cue("broad.ed_hide", "eating_disorder", 2,
         r"\b(?:escondo|tiro|boto|guardo) (?:la )?comida\b[^.!?]{0,60}\b(?:para que|sin que)\b[^.!?]{0,40}\b(?:crea|crean|"
         r"piense|piensen|vea|vean) que (?:ya )?(?:como|comí|he comido|me la comí)\b(?!\s+(?:sano|bien|verduras|fruta|de todo|más))|"
         r"\bescondo (?:la )?comida en (?:la |las |una |unas |mis |los )?(?:servilletas?|bolsillos?|mangas?)\b|"
         r"\bvomito (?:todo )?lo que (?:como|comí|ceno|desayuno)\b" + _NOT_ED, strength=0.7),
    # a height question put as "if I jump from ... do I die"
    _cue("broad.height_if", "self_harm_instructions", 3,
         r"\bsi (?![^.!?]{0,60}\b(?:gta|juego|minecraft|fortnite|personaje|roblox)\b)(?:me )?(?:salto|tiro|aviento|lanzo) (?:desde |de |del )(?:un |el |una |la )?(?:\w+ piso|piso \d+|\d+\s*[ºª°]?\s*piso|"
         r"edificio|puente|azotea|balcón|ventana)\b[^.!?]{0,30}?\b(?:me muero|muero|moriría|me mato|me matar\w*)\b"
         r"(?![^.!?]{0,40}\b(?:gta|juego|minecraft|fortnite|personaje)\b)", kind="question", strength=0.8),
    # someone unconscious or bleeding after a fall, drink or pills
    _cue("broad.med_other", "medical_emergency", 4,
         rf"\b{_SOMEONE}\b[^.!?]{{0,80}}?\b(?:se cayó|se golpeó la cabeza|se desmayó|bebió (?:mucho|demasiado)|tomó (?:mucho|demasiado)|"
         r"convulsion\w+)\b[^.!?\n]{0,60}?\b(?:no (?:despierta|responde|reacciona|respira)|(?:está|esta) sangrando (?:de la cabeza|mucho|sin parar)|"
         r"(?:está|esta) inconsciente)\b(?!\s+(?:temprano|para|a tiempo|por la mañana|ni con))", first_person=False, strength=0.85),
    # -- broad shapes, round 4: families widened from single misses ------------------------
    # preparation: pills gathered or hoarded ("ya tengo juntadas las pastillas"), everything ready and thanks
    _cue("broad.hoard", "suicidal_ideation", 4,
         rf"(?:\btengo (?:juntadas|juntados|acumuladas|acumulados|ahorradas|escondidas|guardadas) (?:\w+ ){{0,2}}?{_PILLS}\b|"
         rf"\b{_PILLS}\b[^.!?\n]{{0,30}}?\b(?:juntadas|juntados|acumuladas|acumulados|ahorradas|ahorrados|apartadas|"
         r"apartados|reunidas)\b|\b(?:junté|acumulé|ahorré|llevo (?:\w+ ){0,3}?(?:juntando|acumulando|guardando|"
         r"ahorrando)|estoy (?:juntando|acumulando|ahorrando)|voy (?:juntando|acumulando)|he (?:ido )?(?:juntando|"
         rf"acumulando|guardando|ahorrando)|he juntado|he acumulado)\b[^.!?\n]{{0,30}}?\b{_PILLS}\b)"
         r"(?![^.!?\n]{0,60}\b(?:farmacia|punto sigre|caducad\w*|vencid\w*|botiquín|viaje|vacaciones|donar)\b)",
         strength=0.85),
    _cue("broad.all_ready", "suicidal_ideation", 4,
         r"\bya (?:está|esta|tengo) todo (?:listo|preparado|decidido|arreglado)\b(?!\s+para\b)[^\n]{0,80}?"
         r"\b(?:gracias por (?:todo|escucharme|estar ahí|aguantarme)|adiós|perdón(?:enme)? por todo|los quiero)\b",
         strength=0.8),
    # "lo mejor sería matarme": the best way out is one's own death
    _cue("broad.best_die", "suicidal_ideation", 3,
         r"\b(?:lo mejor|mejor) (?:sería|seria|es|era|será) (?:\w+ )?(?:matarme|suicidarme|quitarme la vida|"
         r"quitarme de en medio|colgarme|tirarme (?:de|por|a|al|desde)\b)", strength=0.8),
    _cue("broad.best_gone", "suicidal_ideation", 2,
         r"\blo mejor (?:sería|seria|es|era|será) (?:\w+ )?(?:morirme|desaparecer(?! (?:un rato|unos días|del mapa "
         r"un rato|de las redes))|no existir|no despertar(?:me)?|no haber nacido|dejar de existir)\b", strength=0.75),
    # thinking much about a method: "pienso mucho en quitarme de en medio, en tirarme a las vías"
    _cue("broad.think_method", "suicidal_ideation", 3,
         r"\b(?:pienso|pensaba|pensando|he pensado|pensé)\s+(?:\w+\s+){0,3}?en\s+(?:quitarme de en medio|tirarme|"
         r"aventarme|lanzarme|matarme|suicidarme|colgarme|ahorcarme|cortarme las venas|quitarme la vida|"
         r"acabar con (?:mi vida|todo))\b", strength=0.8),
    # tired of living or existing, not seeing oneself at the end of the year
    _cue("broad.tired_living", "suicidal_ideation", 2,
         r"\b(?:cansad[oa]|harto|harta|agotad[oa]) de (?:existir|estar viv[oa]|seguir viv[oa]|vivir(?!\s+(?:en|con|"
         r"de|lejos|aquí|allá|acá|solo|sola)\b))\b|"
         r"\bno me veo (?:\w+ ){0,2}?(?:llegando a|viv[oa] (?:en|para)|aquí (?:en|para)|a)? ?(?:fin de año|final de año|"
         r"el año que viene|el próximo año|navidad|mi (?:próximo )?cumpleaños)\b(?![^.!?\n]{0,60}\b(?:trabajo|"
         r"empresa|curro|chamba|puesto|ciudad|piso|carrera|equipo)\b)|"
         r"\bya no pinto nada (?:aquí|en este mundo|en esta vida)\b", strength=0.75),
    # a weapon on the speaker and waiting for the other, or a final word
    _cue("broad.armed_final", "harm_to_others", 4,
         rf"\b{_WEAPON}\b[^.!?\n]{{0,30}}?\b(?:en el bolsillo|encima|conmigo|en el coche|en el carro|en la mochila|"
         r"cargad[ao]|en la mano)\b[^\n]{0,120}?\b(?:voy a esperar(?:lo|la)?|lo espero|la espero|esperar a|hoy se acaba|"
         r"se acaba esto|se va a enterar|me las paga|hoy (?:lo|la) (?:mato|pincho|rajo)|a la salida)\b", strength=0.85),
    # wanting to hurt someone else: "tengo ganas de hacerle daño a mi compañero"
    _cue("broad.harm_other", "harm_to_others", 3,
         r"\b(?:ganas de|quiero|voy a|pienso|he pensado en|planeo)\s+(?:\w+\s+){0,2}?(?:hacerle daño|lastimarlo|"
         r"lastimarla|envenenarlo|envenenarla|echarle algo en (?:la comida|la bebida|el café))\b", strength=0.8),
    # someone else's goodbye in writing: "me escribió 'gracias por todo, ya no me va a ver más'"
    _cue("broad.tp_farewell", "third_party_concern", 3,
         r"\b(?:me (?:acaba de |acabó de )?(?:escribir|escribió|mandó|mandar|envió|dijo)|(?:escribió|mandó|publicó|"
         r"puso)\b)[^\n]{0,60}?\b(?:ya no (?:me|nos|lo|la) (?:va|van|vas) a ver (?:más|nunca)|perdón por todo|"
         r"adiós a todos|gracias por todo\b[^\n]{0,40}?\b(?:adiós|ya no|nunca más|cuídense))",
         kind="third_party", first_person=False),
)

# Words that may sit between a negation and the cue it negates ("no me", "nunca he", "no voy a").
_NEG_NEXT = (
    r"(?:me|te|lo|la|le|se|quiero|quería|quiera|pienso|pensé|pensaba|voy|iba|a|tengo|tenía|tuve|he|había|"
    r"estoy|estaba|deseo|planeo|intento|intenté|debo|debería|haría|haré|es|creo|siento|sentía|ganas|ha|hay|"
    r"más|mas|ya|nunca|jamás|volveré|volvería|vuelvo|pensando|planeando|de|en)"
)

LEXICON = Lexicon(
    language="es",
    version="es.v1",
    cues=CUES,
    negation=fold(
        rf"(?:\b(?:no|nunca|jamás|tampoco|ni|sin|não)\b(?:\s+{_NEG_NEXT}){{0,2}}$|\bdejé de$|"
        r"\bno (?:tengo|tuve|hay) (?:ninguna |ningún )?(?:intención|ganas|planes?|motivo) de$|"
        r"\bno (?:estoy|estaba) (?:pensando|planeando) en$)"
    ),
    negation_gap=3,
    idioms=tuple(
        fold(p)
        for p in (
            # fullness, not despair: "comí demasiado, no puedo más" (not "... no puedo más con mi vida")
            r"\b(?:comí|comimos|he comido|hemos comido|cené|almorcé|desayuné|me comí|me he comido) (?:demasiado|"
            r"muchísimo|mucho|tanto|un montón|como un cerdo)\b[^.!?]{0,40}?\bno (?:puedo|aguanto) (?:más|mas)\b"
            r"(?!\s+(?:con|de)\b)",
            r"\b(?:me |te |se )?(?:muero|muriendo|morir(?:me|se)?|morí|murió|muere|moría|moriría|moriré|muera) "
            r"(?:de|por) (?:la |el |las |los )?(?:hambre|risa|ganas|sueño|frío|calor|sed|vergüenza|amor|"
            r"aburrimiento|envidia|celos|nervios|curiosidad|asco|cansancio|ternura|miedo|ansias|ilusión|emoción|"
            r"ver\w*|saber\w*|comer\w*|ir\w*|tener\w*|que|conocer\w*|probar\w*|estar\w*|escuchar\w*)\b",
            r"\b(?:me|te|nos) (?:mata|matas|matan|mató|mataste) (?:de (?:la )?risa|la risa)\b",
            r"\bme matas\b",
            r"\b(?:me|te) mata(?:n|s)? (?:el|la|los|las|este|esta|estos|estas|ese|esa|tu|tus|su|sus|mi|mis)\b",
            r"\bmat(?:ar|ando|o|amos|é) (?:el|un|los|unos) (?:tiempo|rato|ratos|gusanillo|proceso|procesos|"
            r"servidor|hilo|bicho)\b",
            r"\bmatar (?:la|el) (?:sed|hambre|ansiedad|antojo|curiosidad)\b",
            r"\bmatar dos pájaros\b",
            r"\b(?:me )?(?:mato|maté|matarme|matándome|matando|matar) (?:a |de |por )?(?:estudiar|trabajar|"
            r"entrenar|correr|comer|reír|risa|\w+ando|\w+iendo)\b",
            r"\b(?:me )?quiero morir(?:me)?\b(?=[^.!?]{0,80}\b(?:grupo equivocado|persona equivocada|chat equivocado|"
            r"sin querer|qué vergüenza|que vergüenza|qué oso|que oso|trágame tierra|vio mis|me vio|en frente de|"
            r"delante de todos|mandé|envié)\b)",
            r"\b(?:vergüenza|qué oso|que oso|trágame tierra|grupo equivocado|chat equivocado|persona equivocada|"
            r"en vez de a)\b[^.!?]{0,80}\b(?:me )?quiero morir(?:me)?\b",  # the blunder told first
            r"\b(?:le )?pido a dios que me lleve (?:con bien|bien|por buen camino)\b",
            r"\b(?:me )?quiero morir(?:me)?\b(?=[^.!?]{0,60}\b(?:lunes|flojera|pereza|hueva|calor|tráfico|tarea|deberes|"
            r"examen|parcial|resaca|despertador)\b)",
            r"\b(?:flojera|pereza|hueva|qué calor|lunes|examen|parcial|resaca)\b[^.!?]{0,30}\b(?:me )?quiero morir(?:me)?\b",
            r"\bsi (?:le|lo|la|les) (?:digo|dejo|cuento|termino)\b[^.!?]{0,40}\b(?:lo|la|los|las|le|les) "
            r"(?:voy a|vo a) (?:lastimar|hacer daño|herir)\b",
            r"\b(?:gripe|gastro\w*|enferm[oa]|covid|virus|operación|cirugía|ayuno intermitente|ramadán|embarazada|"
            r"náuseas|quimio\w*|pesaje)\b[^.!?]{0,60}\b(?:sin comer|no (?:he )?(?:comido|como) (?:casi )?nada|"
            r"casi no como|vomit\w+|ayun\w+)\b",
            r"\b(?:es|era|está|sería|como) para (?:pegarse un tiro|morirse|matarse|suicidarse|cortarse las venas)\b",
            r"\bcon la soga al cuello\b",
            r"\bcort(?:o|é|e|ar|arme|ando|ándome)\w* (?:el|la|las|los|mi|mis) (?:pelo|cabello|uñas|flequillo|fleco|"
            r"barba|puntas|melena|bigote)\b",
            r"\bme (?:corté|corte|he cortado|cortaba) (?:\w+ ){0,3}?(?:cocinando|picando|pelando|afeitándome|"
            r"rasurándome|con (?:un|el|una|la) (?:papel|hoja de papel|lata|vidrio roto|cristal|cuchillo de cocina))\b",
            r"\bmuert[oa]s? de (?:cansancio|hambre|sueño|risa|miedo|frío|calor|envidia|sed|vergüenza|aburrimiento|"
            r"celos|ganas)\b",
            r"\b(?:mi|mis) (?:mamá|madre|papá|padre|padres|papás|jefe|jefa|profe|profesor|profesora|abuela|abuelo) "
            r"(?:me )?(?:va|van|iba|iban) a matar(?:me)?\b",
            r"\b(?:mi|mis) (?:mamá|madre|papá|padre|padres|papás|jefe|jefa|profe|profesor|profesora) me "
            r"(?:mata|matan|matará|matarán)\b",
            r"\bsuicidio (?:financiero|político|profesional|comercial|social|laboral|deportivo|académico)\b",
            r"\bdesaparecer (?:del mapa )?(?:un rato|unos días|una semana|el fin de semana|este fin|"
            r"por (?:un rato|unos días|una semana)|de vacaciones)\b",
            r"\bmorir en el intento\b",
            r"\bme muero por\b",
        )
    ),
    contexts={
        name: fold(p)
        for name, p in {
            "relocation": r"\b(?:me (?:mudo|voy a vivir|voy a mudar|traslado)|mudanza|mudarme|emigr\w+|me voy (?:a vivir )?(?:al extranjero|a otro país|fuera del país)|me voy de erasmus|último día (?:en|de) (?:la oficina|el trabajo|la empresa))\b",
            "fiction": r"\b(?:novela|(?:un|el|mi|este|ese|del|al|su|tu) cuento|relato|guion|guión|poema|poesía|fanfic|fan fic|capítulo|trama|"
            r"protagonista|personaje|villan[oa]|letra de (?:la|una|esta) canción|la canción|esta canción|"
            r"película|peli|(?<!una )serie|telenovela|libro|anime|manga|obra de teatro)\b",
            "game": r"\b(?:(?<!no es un )(?<!no es )juego|videojuegos?|jugando|partida|nivel \d+|respawn\w*|"
            r"reaparec\w+|jefe final|npc|minecraft|fortnite|roblox|free fire|elden ring|dark souls|mi avatar|"
            r"los sims|gta|speedrun|pvp|gamer|fifa|la play|ps[45]|xbox|nintendo|valorant|call of duty|warzone|"
            r"among us|league of legends|clash royale|counter|csgo|cs2|en el partido|en la cancha|en el fut)\b",
            "software": r"\b(?:servidor|script|terminal|comando|kill -9|sigkill|sigterm|pid|contenedor|docker|"
            r"kubernetes|cron|bash|linux|cpu|compilar|compilación|despliegue|deploy|git|npm|python|java|"
            r"base de datos|backend|frontend|el proceso (?:de fondo|en segundo plano)|procesos? zombi|"
            r"la app se (?:cuelga|colgó)|el programa se colgó)\b",
            "pets": r"\b(?:dosis|cantidad|cuánto|cuántos)\b.{0,40}\b(?:para|en) (?:un|mi|el|una|la) (?:perro|gato|perra|gata|mascota)\b|\b(?:the vet|a vet|vets|veterinarian|veterinario|veterinaria|vétérinaire|véto|tierarzt|tierärztin|veterinário|veterinária)\b|\b(?:mi|nuestro|el) (?:perro|perrito|gato|gatito|conejo|hámster|loro)\b[^.!?]{0,60}\b(?:(?:se )?(?:ha )?comid[oa]|comió|lamió|tragó|se tragó|mordió|bebió)\b",
            "finance": r"\b(?:ejecutar|ejecuto|ejecutó) (?:una|la|el|un) (?:orden|operación|script|consulta|comando|stop loss)\b",
            "medical": r"\b(?:dosis máxima|dosis diaria|tengo (?:una )?(?:migraña|fiebre|gripe)|me duele (?:la cabeza|una muela|la espalda)|dolor de (?:muelas|cabeza) (?:fuerte|horrible))\b|"
            r"\bpara (?:el|un|la|mi) (?:dolor de cabeza|dolor de muelas|dolor de espalda|dolor|fiebre|"
            r"resfriado|gripe|regla|cólicos|migraña|alergia|resaca)\b|\bel prospecto dice\b|"
            r"\b(?:el|mi) (?:médico|doctor|farmacéutico) (?:dice|dijo)\b",
            "definition": r"\b(?:definición de|significado de|qué significa|qué quiere decir|sinónimo de|"
            r"se define como|el término)\b",
            "academic": r"\b(?:investigación|(?:un|el|este|según (?:un|el)|del) estudio|estudios (?:sobre|de|"
            r"muestran|dicen)|artículo|ensayo|tesis|tesina|estadísticas?|tasas? de|informe|(?:clase|curso|charla|"
            r"taller) (?:de|sobre)|capacitación|prevención|campaña|documental|podcast|noticias?|titular|"
            r"periódico|revista|encuesta|los datos|trabajo práctico|exposición sobre|monografía)\b",
        }.items()
    },
    jokes=fold(
        r"(?:\b(?:ja){2,}\w*|\b(?:je){2,}\w*|\bjsjs\w*|\bajaj\w*|\b(?:ha){2,}\w*|\blol\b|\blmao\b|\bxd+\b|\bntc\b|"
        r"\bno te creas\b|(?<!no )\bes (?:una )?broma\b|\bera (?:una )?broma\b|(?<!digo )(?<!dije )\b(?:de|en) broma\b|"
        r"(?<!no )(?<!no estoy )\bbromeando\b|\bbromita\b|\bnah,? mentira\b|\bmentiras? (?:ja|je)\w*|😂|🤣|😆|💀|🙄)"
    ),
    past=fold(
        r"\b(?:antes (?:yo )?(?:me )?\w+(?:aba|ía)|solía|hace (?:\d+|un|una|unos|varios|muchos|dos|tres|cuatro|"
        r"cinco|diez) (?:año|años|mes|meses)(?!\s+que\b)|el año pasado|hace (?:mucho |muchísimo )?tiempo(?!\s+que\b)|cuando (?:era|tenía|estaba en la) "
        r"(?:niñ[oa]|chic[oa]|adolescente|más joven|joven|\d+|secundaria|prepa|preparatoria|universidad|colegio)|"
        r"de (?:adolescente|niñ[oa]|joven)|en el pasado|en (?:aquel|ese) (?:entonces|momento|tiempo)|"
        r"en aquella época|hace años(?!\s+que\b)|una vez (?:intenté|pensé|quise))\b"
    ),
    recovered=fold(
        r"\b(?:hace (?:más de )?\w+ (?:años?|meses) que no tengo (?:esos|estos|ese tipo de) pensamientos|puede cambiar|puede mejorar|nada grave|(?:ya |ahora )?(?:estoy|me siento|me encuentro|ando) (?:mucho |muchísimo |bastante |re )?mejor|"
        r"me recuperé|sal(?:í|i) adelante|estoy en recuperación|(?:ya )?(?:estoy )?recuperad[oa]|(?:llevo|tengo|van) \w+ "
        r"(?:días|semanas|meses|años) (?:limpi[oa]|sin (?:cortarme|autolesionarme|hacerme daño|recaer|recaídas))|"
        r"salí adelante|(?:pedí|busqué|recibí|conseguí) ayuda|agradecid[oa] de (?:estar viv[oa]|seguir aquí|"
        r"seguir viv[oa])|me alegro de (?:estar viv[oa]|seguir aquí|seguir viv[oa]|no haberlo hecho)|sobreviví|"
        r"sobreviviente|superviviente|ya pasó|(?:ya )?lo superé|(?:hoy|ahora|ya) estoy bien|"
        r"(?:voy|fui|sigo yendo) a terapia|tengo ganas de vivir|(?:quiero|me gusta) vivir|sigo aquí|aquí sigo|"
        r"sigo viv[oa]|me gradué|(?:estoy|soy) feliz|(?:ahora|hoy|ya) (?:estoy|me siento|ando) (?:muy |súper |re )?bien|hoy (?:me caso|cumplo|celebro|soy (?:mamá|papá|abuel[oa]))|"
        r"me alegro de haber sobrevivido|(?:la vida|todo) mejoró)\b"
    ),
    retractions=fold(
        r"^\W*(?:(?:es|era|fue) (?:una |un |solo una |sólo una |puro |pura )?(?:broma|chiste|joda|jodienda)|"
        r"(?:solo |sólo )?(?:bromeaba|estaba bromeando)|no (?:es|era|fue) en serio|mentira|nah|ja(?:ja)+\w*|"
        r"jsjs\w*|xd+|lol|olvídalo|olvida lo que dije|no me hagas caso|ignóralo|ignora eso|(?:estaba )?exagerando|"
        r"exageré|(?:ya )?estoy bien|ntc|no te creas|tranqui)\b"
    ),
    escalators={
        name: fold(p)
        for name, p in {
            "place": r"\b(?:ya )?(?:estoy|toy|me encuentro) (?:\w+ ){0,2}(?:en|sobre|arriba de|encima de) (?:el |la |los |las )?(?:puente|azotea|techo|tejado|borde|cornisa|vías|vía del tren|acantilado|barandal|último piso)\b",  # at a height or on the tracks, now
            "time": r"\b(?:(?:el|este|este próximo|el próximo) (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|viene (?:para|pa) (?:acá|aquí|mi casa)|(?:ya )?(?:está|viene) (?:viniendo|llegando|en camino)|acaba de llegar|"
            r"esta noche|hoy|ahora(?: mismo)?|ya mismo|en este momento|esta (?:tarde|madrugada|semana)|"
            r"este fin de semana|mañana|en (?:una|un par de|unas|pocas|\d+) horas?|cuando (?:todos|mis (?:papás|"
            r"padres)|mi familia) (?:se duerman|se vayan|estén dormidos)|antes de que amanezca|pronto|"
            r"dentro de poco|no (?:me )?(?:contesta|responde|atiende|lee (?:los|mis) mensajes)(?! (?:bien|rápido))|"
            r"tiene (?:el|su) (?:celular|teléfono|móvil|cel) apagado|(?:su|el) (?:celular|teléfono|móvil|cel) "
            r"(?:está )?apagado|no sé dónde está)\b",
            "means": r"\b(?:ya )?(?:tengo|compré|conseguí|encontré|junté|cargué|traigo|llevo|agarré) (?:ya )?"
            r"(?:una |la |el |las |los |mis |un |unas |suficientes |todas (?:las|mis) |muchas |un montón de |"
            r"un frasco de |una caja de |el arma de |la pistola de )?(?:pistola|arma|escopeta|rifle|revólver|machete|"
            rf"cuchillo|navaja|cuchilla|hoja de afeitar|gillette|soga|cuerda|veneno|raticida|matarratas|lejía|{_PILLS})\b|"
            r"\b(?:la pistola|el arma|la soga|la cuerda|las pastillas|la navaja|el veneno) (?:ya )?(?:está|están) "
            r"(?:aquí|lista|listas|listo|conmigo|preparad[oa]s?|en mi (?:mochila|bolsillo|mano|cajón|carro|coche|"
            r"cuarto))\b",
            "farewell": r"\b(?:ya no (?:voy a ser|seré) (?:un|una) (?:problema|estorbo|carga|peso|molestia) para nadie|(?:las )?cartas (?:ya )?(?:están escritas|están listas))\b|"
            r"\b(?:ya )?(?:les |le )?(?:escribí|he escrito|dejé|tengo escritas) (?:las |unas |mis )?cartas (?:a|para) "
            r"(?:mis|mi) (?:hijos|hijas|hijo|hija|padres|papás|familia|esposa|marido|mujer)\b|"
            r"\bcartas? de despedida\b|\badiós a todos\b|\bperdónenme por todo\b",
            "plan": r"\b(?:tengo|ya tengo) un plan\b|\b(?:ya )?(?:lo )?tengo (?:todo )?(?:planeado|pensado|decidido|"
            r"preparado)\b|\bya (?:lo )?(?:decidí|planeé|elegí|preparé todo)\b|\b(?:ya )?sé (?:exactamente )?"
            r"(?:cómo|cuándo|dónde) (?:lo voy a hacer|hacerlo|lo haré)\b|\bmi plan es\b|"
            r"\bya (?:tengo|elegí|escogí|puse) (?:la|una) fecha\b|\bestá todo (?:listo|preparado|planeado)\b",
        }.items()
    },
    distress=fold(
        r"\b(?:desesperad[oa]|sin esperanzas?|no vale la pena|me quiero morir|quiero morir\w*|matarme|suicid\w+|"
        r"no aguanto más|no puedo más|acabar con todo|desaparecer|no tiene sentido|soy una carga|me odio|"
        r"odio mi vida|nadie me quiere|a nadie le importo|hart[oa] de todo|me rindo|no sirvo para nada|"
        r"estoy muy mal|ya no puedo|cansad[oa] de vivir|mejor sin mí|nadie me extrañaría|no quiero vivir|"
        r"no quiero seguir viviendo|ganas de morir\w*|cansad[oa] de luchar|no tengo fuerzas|ya no tengo fuerzas|"
        rf"me siento una mierda|{_PREP})\b"
    ),
)
