"""French care rules (France, Belgium, Switzerland, Québec). Levels follow care.md: 2 elevated, 3 high, 4 imminent.

Written for French, not translated: the speaker is in the clitic ("me tuer", "je me scarifie",
"il me frappe"), negation wraps the verb ("je ne veux plus vivre", spoken "j'ai plus envie de
vivre") so a cue holds the words that make it a crisis, and accents and apostrophes are optional
(see :func:`~affectkit.care.lexicon._fold.fold`). "mdr", "ptdr" and the dying-of-laughter idioms are
jokes; English slang is left to the English rules, which run alongside. The "broad shapes" at the end
of the cues catch whole families the specific cues miss, each with its look-alikes excluded; ``_THEM``
keeps someone else's verb ("il a envie de me tuer") from reading as the speaker's.

Example:
    >>> import re
    >>> any(re.search(c.pattern, "j'en peux plus", re.I) for c in LEXICON.cues)
    True
"""

from __future__ import annotations

from affectkit.care.lexicon import Cue, Lexicon
from affectkit.care.lexicon._fold import cue_maker, fold, not_after

_cue = cue_maker("fr")


_not_after = not_after


# Someone else is the subject: "il a envie de (me tuer)", "tu veux (me tuer)", "elle souhaite (mourir)".
_THEM = _not_after(
    "tu", "il", "elle", "on", "ils", "elles", "a", "ont", "qui", "va", "vont", "veut", "veulent", "vous", "nous",
    "t'as", "tu as", "il a", "elle a", "père", "mère", "daron", "mec", "copain", "mari", "ex", "frère", "copine",
    "patron", "chef", "prof", "type",
)

# Thinking that will not stop, a negation that intensifies: "je n'arrête pas de penser à (me tuer)".
_RUMINATE = (
    r"(?:n'arrête pas de penser à|arrête pas de penser à|(?:ne )?peux pas m'empêcher de penser à|"
    r"pense (?:sans arrêt|tout le temps|constamment|en permanence|jour et nuit) à)"
)
# A first-person verb before an infinitive: "je veux (me tuer)", "j'ai envie de (mourir)".
_FP = _THEM + (
    r"(?:veux|voudrais|vais|compte|pense|pensais|ai envie de|envie de|besoin de|aimerais|préférerais|préfère|dois|"
    r"devrais|ai décidé de|décidé de|ai essayé de|essaie de|essaye de|ai tenté de|suis prêt à|suis prête à|"
    r"vais finir par|pense à|rêve de|songe à|ai failli|pourrais|tente de|cherche à|envisage de|" + _RUMINATE + ")"
)
_ADV = r"(?:\s+(?:juste|vraiment|simplement|bien|enfin|ce soir|aujourd'hui|maintenant|demain|tellement))?"
_PLACE = (
    r"(?:du|d'un|d'une|de la|de l'|par la|sous (?:un|le|la|les)) ?(?:pont|immeuble|toit|fenêtre|balcon|falaise|"
    r"train|métro|rer|voiture|camion|tram|viaduc|\w+ étage)"
)
_PILLS = (
    r"(?:cachets|comprimés|médicaments|médocs|pilules|somnifères|anxiolytiques|antidépresseurs|dolipranes?|"
    r"dafalgans?|efferalgans?|paracétamols?|ibuprofènes?|aspirines?|xanax|lexomils?|lysanxia|tramadol|insuline|"
    r"benzos?|gélules)"
)
_MUCH = (
    r"(?:toute la boîte(?: de)?|toute une boîte(?: de)?|une boîte entière(?: de)?|la boîte entière(?: de)?|"
    r"toute la plaquette(?: de)?|toute une plaquette(?: de)?|une plaquette entière(?: de)?|tous mes|tous les|"
    r"toutes mes|toutes les|plein de|beaucoup de|trop de|un tas de|une poignée de|plusieurs boîtes de|"
    r"\d{2,}(?!\s*(?:mg|ml|g|gouttes)\b)|vingt|trente|quarante|cinquante|cent)"
)
_NUM = (
    r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|plusieurs|quelques)"
)
_BODY = r"(?:les bras|le bras|les poignets|le poignet|les cuisses|la cuisse|les jambes|le ventre|la peau|l'avant-bras)"
_NOT_HAIR = (
    r"(?!\s+(?:les cheveux|la frange|les ongles|la barbe|les pointes|une part|une tranche|un morceau|le doigt)\b)"
)
_MEN = (
    r"père|papa|beau-père|mari|copain|petit ami|petit copain|conjoint|compagnon|ex|oncle|grand-père|patron|prof|"
    r"chef|beau-frère|mec|daron"
)
_WOMEN = r"mère|maman|belle-mère|femme|copine|petite amie|conjointe|compagne|tante|grand-mère|meuf|daronne|ex"
_KIN = r"(?:mon (?:frère|cousin)|ma (?:sœur|cousine)|mes (?:frères|sœurs|cousins))"
_FILL = r"(?:\s+(?:encore|déjà|souvent|toujours|violemment|parfois|tout le temps))?"
_NP_FILL = r"(?:\s+(?!ne\b|pas\b|jamais\b|plus\b)\w+){0,2}?"
_ABUSER = rf"(?:il|elle|(?:mon (?:{_MEN})|ma (?:{_WOMEN})|mes parents|mes darons|{_KIN}){_NP_FILL})"
_ABUSER_ADULT = rf"(?:il|elle|(?:mon (?:{_MEN})|ma (?:{_WOMEN})|mes parents|mes darons){_NP_FILL})"
_PARTNER = (
    rf"(?:il|elle|(?:mon (?:mari|copain|petit ami|conjoint|compagnon|ex|mec)|ma (?:femme|copine|conjointe|compagne))"
    rf"{_NP_FILL})"
)
_HIT = (
    r"(?:me (?:frappe|frappait|bat|battait|gifle|giflait|cogne|cognait|bouscule|maltraite|brutalise|tape|tapait|"
    r"fait mal|donne des coups|jette des (?:objets|trucs|choses)|tabasse|secoue)|m'a (?:encore |déjà |de nouveau |"
    r"à nouveau |souvent |plusieurs fois |violemment |re)?(?:frappée?|giflée?|"
    r"battue?|tapée?|cognée?|bousculée?|tabassée?|brutalisée?|fait mal|donné des coups|mis (?:une|des) "
    r"(?:gifles?|claques?|coups?))|lève la main sur moi|a levé la main sur moi)"
    r"(?!\s+(?:sur les nerfs|sur le système|aux échecs|à (?:la|les|tous|chaque)|au (?:tennis|foot|jeu|ping)|"
    r"aux cartes|au cœur|de la peine)\b)"
)
_HIDING = (
    r"(?:je (?:me suis |suis )?(?:enfermée?|cachée?) (?:dans|aux) (?:la salle de bain|les toilettes|ma chambre|"
    r"la chambre|le placard|la voiture)|(?:il|elle) (?:tape|frappe|cogne|défonce|enfonce) (?:à |contre |sur )?"
    r"la porte|(?:il|elle) essaie d'entrer)"
)
_PERSON = (
    r"(?:meilleure amie|meilleur ami|meilleure? pote|bestie|amie|ami|pote|copain|copine|frère|sœur|mère|maman|père|papa|fils|fille|"
    r"enfant|mari|femme|conjointe?|coloc(?:ataire)?|collègue|cousine?|élève|étudiante?|neveu|nièce|tante|oncle|"
    r"grand-mère|grand-père|voisine?|petite? amie?|camarade)"
)
_SOMEONE = rf"(?:(?:mon|ma|un|une|notre) {_PERSON}|il|elle|ils|elles)"

# -- the families the broad shapes are built from ------------------------------------------
# Up to three words that are not a negation: "j'ai tellement envie de (me tuer)".
_GAP3 = r"(?:\s+(?!pas\b|jamais\b|plus\b|ne\b|n'\w*)[\w'’]+){0,3}?"
# Not a crisis: waking late or early, a time of day.
_NOT_WAKE_TIME = (
    r"(?!\s+(?:trop |en |à |avant |tôt|tard|pendant|la nuit|cette nuit|au milieu|demain à|avec (?:la|une) "
    r"(?:gueule de bois|migraine))|\s+\w+\s+(?:à \d|en retard|trop tôt|trop tard))"
)
_WISH = _THEM + (
    r"(?:veux|voudrais|voulais|aimerais|j'aimerais|souhaite|souhaiterais|rêve de|prie pour|espère|"
    r"si je pouvais|si seulement je pouvais|ce serait (?:bien|mieux|plus simple|un soulagement) de|"
    r"vivement|je suis prête? à|suis prête? à|besoin de|envie de|" + _RUMINATE + ")"
)
_DEATH = (
    r"(?:mourir(?! de\b| d'\w| pour\b)|être morte?|ne (?:plus|pas|jamais) (?:jamais )?me réveiller" + _NOT_WAKE_TIME + r"|"
    r"(?:plus|pas|jamais) me réveiller" + _NOT_WAKE_TIME + r"|ne plus exister|disparaître (?:pour (?:de bon|toujours)|"
    r"à jamais|définitivement)|partir pour de bon|quitter ce monde|rejoindre (?:le seigneur|dieu|jésus|les anges|"
    r"(?:mon|ma|mes) (?:père|mère|papa|maman|parents|frère|sœur|fils|fille|grand-mère|grand-père|mari|femme) "
    r"(?:au ciel|là-haut))|(?:m'endormir|dormir) pour toujours|en finir(?! avec (?!la vie\b|tout\b)))"
)
_KILL_SELF = (
    r"(?:me tuer|me suicider|me foutre en l'air|me flinguer|me buter|me pendre|me donner la mort|m'ôter la vie|"
    r"me supprimer|me tirer une balle|m'ouvrir les veines|me défenestrer|mettre fin à mes jours|"
    r"mettre fin à ma vie|en finir(?! avec (?!la vie\b|tout\b))|"
    rf"(?:me jeter|me lancer|sauter) {_PLACE})"
)
_HARM_SELF = (
    r"(?:me scarifier|me couper|me mutiler|me faire du mal|me faire mal|me brûler|me taillader|me griffer|"
    r"me frapper|me punir|me lacérer|me faire saigner)"
)
_URGE = _THEM + (
    r"(?:envie|besoin|pulsions?|tentée?|je veux|j'veux|je voudrais|je pense à|je pense|l'envie|les envies|"
    r"le besoin|me retenir de|m'empêcher de)"
)
_NOT_INJURY = (
    r"(?!\s+(?:les cheveux|la frange|les ongles|la barbe|les pointes|une part|une tranche|un morceau|le doigt)\b|"
    r"[^.!?]{0,40}\b(?:en cuisinant|en épluchant|en coupant|au sport|à la muscu|au foot|par accident|sans faire exprès|"
    r"en tombant|au dos|au genou|à la cheville)\b)"
)
_WEAPON = r"(?:couteau|lame|flingue|pistolet|arme|fusil|batte|cutter|schlass|marteau|opinel|revolver|machette)"
_HUNT = (
    r"(?:je (?:l'|les )attends(?!\s+pour\b)|je vais (?:l'|les )attendre(?!\s+pour\b)|j'attends qu'(?:il|elle) (?:sorte|rentre|arrive)|"
    r"je sais (?:où|quand|à quelle heure) (?:il|elle) (?:habite|sort|rentre|bosse|travaille|passe|finit)|"
    r"(?:en bas de|devant) chez (?:lui|elle)|(?:il|elle) va (?:me le )?payer|(?:il|elle) va le regretter|"
    r"(?:il|elle) (?:va|vont) (?:y passer|comprendre))"
)
_BRUISE = r"(?:bleus|hématomes|marques|coquard|œil au beurre noir|traces|bosses)"
# A preparation act: a pet entrusted, letters written, things given, affairs set in order.
_PREP = (
    r"(?:(?:confié|donné|laissé|filé) (?:mon|ma|mes) (?:chat|chien|chatte|chienne|animaux|lapin|hamster|chats|chiens)"
    r"(?:\s+\w+)?\s+(?:à|au|aux|chez) (?:\w+ )?\w+(?![^.!?]{0,120}\b(?:vacances|voyage|week-end|pendant|le temps de|"
    r"hôpital|déménag\w+)\b)|"
    r"écrit (?:à (?:ma|mon|mes) \w+|(?:des|les|mes) lettres(?! de (?:motivation|recommandation|noël|amour))|"
    r"une lettre à (?:ma|mon|mes|chacun|tout le monde))|"
    r"(?:mis|remis|rangé) (?:de l'ordre dans )?(?:toutes )?mes affaires(?: en ordre)?(?![^.!?]{0,120}\b(?:déménag\w+|"
    r"vacances|voyage|rentrée)\b)|(?:donné|distribué) (?:toutes )?mes affaires|fait mon testamment|"
    r"fait mon testament|dit au revoir à tout le monde|fait mes adieux|"
    r"j'ai (?:la|une) corde(?!\s+(?:à sauter|pour (?:le|la|l'|les|mon|ma|grimper|camper)))|"
    r"(?:les|mes) (?:cachets|médocs|comprimés|médicaments|pilules) (?:sont )?(?:prêts|de côté|sur la table|alignés|comptés|devant moi)"
    r"(?!\s+(?:pour|de|du|des|à)\b)|"
    r"j'ai tout préparé(?!\s+(?:pour|à|au|aux|le|la|les|du|de|des)\b))"
)
_FINAL = (
    r"(?:(?:ce soir|cette nuit|demain|aujourd'hui),? c'est (?:fini|la fin|le moment|le jour|terminé)"
    r"(?!\s+(?:le|la|les|de|des|du|pour|avec)\b|\s+[ld]')|"
    r"c'est (?:le moment|l'heure|la fin|fini)(?!\s+(?:le|la|les|de|des|du|pour|avec)\b|\s+[ld]')|c'est pour (?:ce soir|cette nuit|demain|aujourd'hui)|je ne serai plus là|"
    r"pardon(?:nez-moi)? à tous|adieu)"
)
_THEY_SAID = (
    r"(?:a dit|dit|m'a dit|m'a écrit|répète|raconte|a posté|a écrit) (?:que |qu')(?:\w+\s+){0,2}?(?:(?:on|vous|nous|ils|tout le monde) "
    r"(?:serait|seriez|serions|seraient) (?:tous )?(?:\w+ )?mieux sans (?:elle|lui)|(?:il|elle) (?:est|était) "
    r"(?:un poids|un fardeau|de trop)|(?:il|elle) (?:n'en peut|en peut) plus|(?:il|elle) (?:veut|voudrait) "
    r"(?:mourir|disparaître|en finir)|personne (?:ne )?(?:le|la) regretterait|(?:il|elle) (?:ne )?veut plus vivre|"
    r"(?:il|elle) va (?:se tuer|en finir|se suicider)|(?:la vie|rien) n'a (?:plus )?de sens|"
    r"(?:il|elle) a un plan pour (?:se tuer|se suicider|mourir|en finir)|(?:il|elle) (?:ne )?sert à rien)"
)
_LEAVING = (
    r"(?![^.!?]{0,120}\b(?:déménag\w+|voyage|vacances|aéroport|vol|erasmus|s'installe|part (?:vivre|en|au|à)|"
    r"fin d'année|retraite|démission\w*|quitte la ville|expatri\w+)\b)"
)
_EDGE = r"(?:sur le toit|sur le pont|sur le rebord|au bord du vide|sur le balcon|sur la rambarde|sur les rails|sur le parapet|à la fenêtre)"
_RESTRICT = (
    r"(?:(?:je )?(?:ne )?mange (?:quasi|presque|pratiquement|quasiment)? ?(?:rien|plus)|rien mangé|pas mangé|"
    r"(?:que|qu') (?:de l'eau|du café|du thé|de l'eau et du café)|saute (?:tous )?(?:les|mes|des) repas|"
    r"je jeûne|jeûner|à jeun|je me prive|me fais vomir|vomis|laxatifs|crises? de boulimie|compte les calories|"
    r"\d+ (?:calories|kcal)|(?:j'ai |n'ai )?mangé (?:qu'|que )(?:une|un|la moitié d'une?|deux) \w+|"
    r"je (?:ne )?(?:mangerai|dînerai) pas|je (?:ne )?vais pas (?:manger|dîner)|pas de (?:dîner|repas) ce soir|"
    r"je saute le (?:dîner|déjeuner|repas)|(?:dépasse|dépasser|plus de) \d{3,4} (?:calories|kcal)|je me pèse \w+ fois)"
)
_JUDGE = (
    r"(?:grosse|gros|énorme|dégoûtante?|moche|\d{2,3} ?(?:kilos|kg)|(?:perdre|perdu|descendre à|passer sous) (?:les )?"
    r"\d{1,3} ?(?:kilos|kg)|maigrir|perdre du poids|mes os|les os|"
    r"mes côtes|mes clavicules|thigh gap|ventre plat|mince|maigre|je (?:ne )?mérite pas|punir|culpabilise|"
    r"coupable|je me déteste|je déteste mon corps|je me dégoûte|compenser|me punis|"
    r"fière de|personne (?:ne )?(?:le )?sait|(?:mes parents|ma mère|mon père) (?:ne )?(?:le )?savent pas|"
    r"(?:ne )?(?:le )?sait pas|en cachette|sans que personne)"
)
_NOT_ED = (
    r"(?![^.!?]{0,120}\b(?:gastro|grippe|malade|covid|virus|opération|prise de sang|ramadan|carême|intermittent|"
    r"dentiste|enceinte|nausées|chimio|pesée|compétition|combat|gueule de bois)\b)"
)

CUES: tuple[Cue, ...] = (
    # -- suicidal ideation: active (3) ------------------------------------------------------
    _cue("si.on_height", "suicidal_ideation", 3,
         r"\bje suis (?:debout |assis[e]? )?sur (?:le|la|un|une) (?:pont|toit|rebord|parapet|falaise|balcon)\b(?![^.!?]{0,40}\b(?:vue|photo|soleil|apéro|café)\b)"),
    _cue("tp.swallowed", "third_party_concern", 4,
         r"\b(?:mon|ma) (?:coloc|colocataire|ami|amie|copain|copine|frère|sœur|soeur|mère|père|fils|fille|mec|meuf) a (?:avalé|pris) "
         r"(?:une boîte|toute la boîte|tous ses|toutes ses|plein de|trop de) (?:de )?(?:somnifères|médicaments|cachets|comprimés|pilules)\b",
         kind="third_party", first_person=False),
    _cue("shi.conceal", "self_harm_instructions", 3,
         r"\b(?:cacher|dissimuler|camoufler|planquer) (?:mes |les |ces )?(?:(?:coupures|cicatrices|scarifications|brûlures)"
         r"(?: (?:sur (?:les|mes)|aux|à mes) (?:bras|poignets|cuisses|jambes))?|marques (?:sur (?:les|mes)|aux|à mes) (?:bras|poignets|cuisses|jambes))\b"),
    _cue("si.kill_self", "suicidal_ideation", 3,
         rf"\b{_FP}{_ADV}\s+(?:me tuer|me suicider|me foutre en l'air|me flinguer|me buter|me pendre|"
         r"me donner la mort|m'ôter la vie|me supprimer|me tirer une balle|m'ouvrir les veines|me défenestrer|"
         r"me noyer|mettre fin à mes jours|mettre fin à ma vie)\b|"
         r"\b(?:me suicider|me foutre en l'air|mettre fin à mes jours|m'ôter la vie|me donner la mort)\b|"
         r"\bje (?:me suicide|vais me suicider|me suiciderai|me suiciderais|me tuerai|me tuerais|"
         r"me foutrai en l'air|me foutrais en l'air|me fous en l'air)\b|\bje me tue\b(?!\s+(?:à|au|a)\b)|"
         r"\b(?:veux|voudrais|vais|aimerais|dois|préfère|préférerais) en finir\b"
         r"(?!\s+avec\s+(?:ce|cet|cette|ces|le|les|mon|ma|mes|ça|son|sa|lui|elle|eux|toi|vous|la (?!vie\b))\b)|"
         r"\b(?:envie|besoin|temps|décidé|décidée|l'heure|moment) d'en finir\b"
         r"(?!\s+avec\s+(?:ce|cet|cette|ces|le|les|mon|ma|mes|ça|son|sa|lui|elle|eux|toi|vous|la (?!vie\b))\b)|"
         r"\b(?:prêt|prête|pense|pensé) à en finir\b"),
    _cue("si.suicidal_thoughts", "suicidal_ideation", 3,
         r"\b(?:je suis|je me sens|suis|me sens) (?:(?!pas\b|plus\b|jamais\b|point\b)\w+ )?suicidaire\b|"
         r"\b(?:j'ai|j'avais|j'ai eu|j'ai encore|avoir|j'ai souvent) (?:des |encore des |souvent des |beaucoup d')?"
         r"(?:idées|pensées) (?:suicidaires|noires|de suicide|de mort)\b|"
         r"\b(?:je pense|j'ai pensé|je pensais|pensé|je songe|songé) (?:souvent |beaucoup |sérieusement |"
         r"tous les jours |de plus en plus )?(?:au suicide|à me tuer|à me suicider|à mourir|à en finir)\b|"
         r"\b(?:l'idée|les idées) de (?:me tuer|me suicider|mourir|en finir) (?:me |m')(?:hante|obsède|trotte)"),
    _cue("si.not_live", "suicidal_ideation", 2,
         r"\b(?:je )?(?:ne )?veux plus (?:vivre|exister|être là|être en vie|continuer à vivre)\b|"
         r"\b(?:je n'ai|j'ai|n'ai|j'ai vraiment) plus (?:aucune |du tout )?(?:envie|la force|le courage|goût|le goût|"
         r"de raison|aucune raison) (?:de|à) vivre\b|"
         r"\bplus envie de vivre\b|\bplus (?:aucune )?raison de vivre\b|"
         r"\bje (?:ne )?veux pas continuer à vivre\b"),
    _cue("si.intent", "suicidal_ideation", 3,
         rf"\b(?:je vais|j'vais|je compte|je veux|je voudrais) (?:sauter|me jeter|me lancer) {_PLACE}\b|"
         r"\b(?:je vais|je veux|je compte|prête? à) passer à l'acte\b|"
         r"\b(?:je ne serai|j'serai|je serai) plus là demain\b|\bdemain je (?:ne )?serai plus là\b|"
         r"\bje vais (?:tous )?les (?:prendre|avaler) (?:tous|toutes|d'un coup)\b|"
         r"\b(?:ce soir|demain(?: matin| soir)?|cette nuit|maintenant|aujourd'hui),? je (?:saute|sauterai|me jette|"
         r"me lance)\b(?=\s*(?:$|[.,;!?]))|"
         r"\b(?:peur de|envie de|je vais|je risque de|je pourrais|je sens que je vais) faire une (?:grosse )?"
         r"(?:connerie|bêtise)\b(?!\s+(?:au|en|avec|dans|comme|à|sur|pendant)\b)"),
    _cue("si.goodbye", "suicidal_ideation", 3,
         r"\badieu (?:à tous|à toutes|tout le monde|le monde|mes amis)\b|"
         r"\bc'est (?:mon dernier message|un adieu|mes adieux)\b|"
         r"\bvous ne me reverrez (?:plus|jamais)\b|"
         r"\bpardonnez-moi (?:pour|de) ce que je vais faire\b|"
         r"\bquand vous lirez (?:ce message|ceci|ça),? je (?:ne )?serai (?:plus là|morte?|partie?)\b"),
    # -- suicidal ideation: passive (2) -----------------------------------------------------
    _cue("si.want_die", "suicidal_ideation", 2,
         r"\b" + _THEM + r"(?:je )?(?:veux|voudrais|voulais|aimerais|ai envie de|envie de|avais envie de|souhaite|rêve de|"
         r"préférerais|j'ai envie de) "
         r"(?:juste |simplement |vraiment |tellement |tant |seulement )?(?:mourir|crever|être morte?)\b|"
         r"\bje (?:veux|voudrais) (?:juste )?que tout s'arrête\b"),
    _cue("si.wish_dead", "suicidal_ideation", 2,
         r"\b(?:j'aurais (?:aimé|préféré|voulu)|je (?:voudrais|préférerais)) ne (?:jamais|pas) (?:être née?|naître|"
         r"exister|avoir existé)\b|"
         r"\bje regrette d'être née?\b|\bsi seulement j'étais morte?\b|\bj'aurais dû mourir\b|"
         r"\bj'aurais (?:préféré|aimé) mourir\b"),
    _cue("si.not_wake", "suicidal_ideation", 2,
         r"\b(?:espère|voudrais|veux|aimerais|souhaite|envie de|rêve de) (?:ne (?:plus|pas|jamais)|plus|jamais) "
         r"(?:jamais )?me réveiller\b" + _NOT_WAKE_TIME + r"|"
         r"\b(?:m'endormir|dormir) et ne (?:plus|jamais|pas) (?:jamais )?me réveiller\b|"
         r"\bdormir pour toujours\b|\bne plus jamais me réveiller\b"),
    _cue("si.better_off", "suicidal_ideation", 2,
         r"\b(?:serai(?:en)?t|seriez|iraient|irait|vivraient|vivrait) (?:tous |toutes )?(?:mieux|plus heureu(?:x|ses?)) "
         r"sans moi\b|"
         r"\bmieux sans moi\b(?!\s+(?!et\b|de toute façon\b)[^\W\d_])|"
         r"\bpersonne ne (?:me )?(?:regretterait|remarquerait|pleurerait)\b|"
         r"\bpersonne ne (?:verrait|remarquerait) (?:mon absence|si je)\b|"
         r"\btout le monde s'en (?:foutrait|ficherait) si je (?:mourais|disparaissais|crevais)\b|"
         r"\bça ne changerait rien (?:à personne )?si je (?:mourais|disparaissais|n'étais plus là)\b"),
    _cue("si.no_point", "suicidal_ideation", 2,
         r"\b(?:la |ma )?vie n'a (?:plus )?(?:aucun |pas de |plus de )?sens\b|"
         r"\bje ne vois (?:plus |pas |aucun )?(?:l'intérêt|le sens|le but|d'intérêt|de sens|aucun intérêt|"
         r"aucun sens) (?:à |de |d')?(?:vivre|continuer|la vie)\b|"
         r"\bà quoi bon (?:vivre|continuer|me battre|rester en vie)\b|"
         r"\bla vie ne vaut (?:pas|plus) (?:la peine )?d'être vécue\b|"
         r"\brien (?:pour quoi|qui vaille la peine de) vivre\b|\bplus rien n'a de sens\b|"
         r"\b(?:à quoi (?:ça|cela) (?:sert|servirait|rime)(?:-t-il)? (?:que je (?:sois|reste) (?:encore |toujours )?(?:là|en vie|vivante?|"
         r"sur terre)|de (?:vivre|continuer à vivre|rester en vie))\b|\bpourquoi (?:je suis|suis-je) (?:encore|toujours) "
         r"(?:en vie|vivante?|sur terre)\b|\bà quoi je sers (?:encore|sur (?:cette )?terre|dans ce monde)\b)"
         r"(?![^.!?]{0,40}\b(?:bureau|boulot|travail|réunion|équipe|heures?|soirée|fête|cours|file)\b)"),
    _cue("si.disappear", "suicidal_ideation", 2,
         r"\b(?:veux|voudrais|aimerais|envie de|besoin de|rêve de) (?:juste |simplement |seulement )?"
         r"(?:disparaître|ne plus exister|cesser d'exister|m'effacer)\b"
         r"(?!\s+(?:quelques|un|une|pour (?:le|la|quelques|un|une)|ce week|sous (?:ma|la|les) (?:couette|couverture)|"
         r"de (?:la circulation|ces réseaux|les réseaux|instagram|facebook|twitter)|dans un trou de souris|"
         r"sous terre|de honte)\b)"),
    _cue("si.done_life", "suicidal_ideation", 2,
         r"\b(?:marre|ras le bol|ras-le-bol) de (?:la vie|vivre|cette vie|exister|ma vie)\b|"
         r"\b(?:fatiguée?|lassée?|épuisée?) de (?:vivre|la vie|exister)\b|"
         r"\bje (?:ne )?(?:peux|peut) plus (?:continuer (?:comme ça|à vivre|ainsi)|vivre comme ça)\b"),
    # -- preparation and attempt in progress (4) -------------------------------------------
    _cue("si.prepared", "suicidal_ideation", 4,
         r"\b(?:écrit|rédigé|laissé|écrire|rédiger|écris) (?:une |ma |mes |des )?(?:lettres?|mots?) d'adieu\b|"
         rf"\b(?:mis de côté|stocké|accumulé|caché|économisé|je stocke|j'accumule) (?:des |mes |tous mes |toutes mes |"
         rf"assez de )?{_PILLS}\b|"
         rf"\bj'ai (?:des |assez de |tous mes |toutes mes |mes )?{_PILLS} (?:de côté|cachés|cachées|stockés|"
         r"prêts|prêtes)\b|"
         r"\b(?:donné|distribué) toutes mes affaires\b|"
         rf"\b(?:gardé|garde|conservé|planqué|stocké) (?:tous (?:mes|les)|toutes (?:mes|les)|assez de) {_PILLS}\b|"
         rf"\b(?:gardé|conservé|planqué|mis de côté) (?:\w+ ){{0,2}}?{_PILLS} depuis (?:des|un|une|\d+|plusieurs|deux|trois) "
         r"(?:semaines|mois|jours)\b|"
         r"\b(?:préparé|accroché|attaché|noué) (?:la|une) corde\b|\bune corde pour me pendre\b|"
         r"\bnœud coulant (?:est )?prêt\b"),
    _cue("si.in_progress", "suicidal_ideation", 4,
         r"\bje suis (?:debout |assise? )?(?:sur le rebord|au bord du vide|sur le parapet|sur la rambarde) "
         r"(?:de la fenêtre|du pont|du toit|du balcon)?\b|"
         r"\bje suis (?:debout |assise? )?(?:sur le toit|sur le pont|au bord|sur les rails|sur le balcon)\b[^.!?]{0,50}"
         r"\b(?:je vais (?:sauter|me jeter)|je saute|je me jette)\b|"
         r"\bj'ai (?:tous )?(?:les|mes) (?:cachets|médicaments|médocs|comprimés) (?:devant moi|dans la main|à la main)\b|"
         r"\bla corde (?:est )?autour de mon cou\b|"
         r"\b(?:le couteau|la lame) (?:est )?sur (?:mon|mes) poignets?\b"),
    # -- medical emergency (4) --------------------------------------------------------------
    _cue("med.overdose_taken", "medical_emergency", 4,
         r"\b(?:j'ai|je viens d'|j'viens d') ?(?:pris|avalé|bu|prendre|avaler|boire) "
         rf"{_MUCH}\s+(?:\w+\s+){{0,2}}?{_PILLS}\b"
         r"(?!\s+(?:ce matin|comme (?:prévu|prescrit)|prescrits|du jour|de la journée|à l'heure)\b)|"
         r"\bj'ai fait une (?:overdose|surdose|od|intox)\b|"
         r"\bj'ai (?:avalé|bu) (?:de la javel|de l'eau de javel|du poison|de la mort-aux-rats|du déboucheur|"
         r"de l'antigel)\b"),
    _cue("med.bleeding", "medical_emergency", 4,
         r"\b(?:ça|le sang) (?:ne )?(?:s'arrête|arrête) pas de (?:saigner|couler)\b|"
         r"\b(?:le sang|ça) (?:ne )?s'arrête pas\b|"
         r"\bje (?:n'arrive|arrive) pas à arrêter (?:le saignement|de saigner|le sang)\b|"
         r"\bje saigne (?:beaucoup|énormément|trop|abondamment|sans arrêt|de partout)\b|"
         r"\bje me suis (?:coupée?|ouverte?) trop profond(?:ément)?\b|\bje me suis ouvert les veines\b|"
         r"\bj'ai perdu beaucoup de sang\b|\bil y a du sang partout\b"),
    _cue("med.dying_now", "medical_emergency", 4,
         r"\bje crois que je (?:suis en train de mourir|meurs)\b|\bje suis en train de mourir\b|"
         r"\bje me sens (?:très )?(?:mal|bizarre|partir) après avoir (?:pris|avalé) (?:les|tous les|toute la boîte de|"
         r"des) (?:cachets|médicaments|comprimés|médocs)\b"),
    # -- self-harm (urges 2, recent acts 3) ------------------------------------------------
    _cue("sh.act", "self_harm", 3,
         r"\bje me (?:scarifie|mutile|automutile|taillade|lacère)\b|"
         r"\bje me (?:coupe|brûle|griffe|frappe)\b"
         rf"(?=\s*(?:$|[.,;!?]|\s(?:encore|à nouveau|exprès|volontairement|{_BODY}|quand|pour|tous les|chaque|"
         r"souvent|avec (?:une|un|la|le) (?:lame|rasoir|cutter|compas))\b))|"
         r"\bje me suis (?:encore |à nouveau |de nouveau |re-?)?(?:scarifiée?|mutilée?|automutilée?|tailladée?)\b|"
         rf"\bje me suis (?:encore |à nouveau |de nouveau |re-?)?(?:coupée?|brûlée?) (?:exprès|volontairement|encore|"
         rf"à nouveau|{_BODY}|ce soir|hier soir|cette nuit|avec (?:une|un|la|le) (?:lame|rasoir|cutter|compas))\b|"
         r"\b(?:j'ai )?recommencé à me (?:scarifier|couper|mutiler|faire du mal)\b|"
         r"\bje me fais (?:du mal|mal exprès|saigner)\b(?!\s+(?:à|en) )|"
         r"\bje me (?:suis fait|fais|suis faite) (?:des|une|de nouvelles|encore des) (?:entailles?|coupures?|scarifs?|"
         r"scarifications?)\b|"
         r"\b(?:mes|des) scarif(?:ication)?s (?:récentes?|fraîches?|d'hier|de cette nuit)\b|"
         r"\brechute (?:de |en )?scarif\w*|\bje me frappe la tête contre les murs\b|"
         r"\bje (?:fais|refais) de l'automutilation\b|\bje me scarifiais encore\b|"
         r"\bje continue (?:à|de) me (?:scarifier|couper|mutiler|faire du mal|brûler)\b"),
    _cue("sh.recovery", "self_harm", 1,
         rf"\b(?:un|une|{_NUM}) (?:jour|jours|semaine|semaines|mois|an|ans) sans (?:me scarifier|me couper|"
         r"me mutiler|me faire du mal|scarif\w*|automutilation|rechute)\b|"
         rf"\b(?:ça|cela) fait (?:un|une|{_NUM}) (?:an|ans|mois|semaines?|jours) (?:aujourd'hui )?que je "
         r"(?:ne )?me (?:scarifie|coupe|mutile) plus\b", strength=0.6),
    _cue("ed.recovery", "eating_disorder", 1,
         rf"\b(?:ça|cela) fait (?:un|une|{_NUM}) (?:an|ans|mois|semaines?|jours) (?:aujourd'hui )?que je "
         r"(?:ne )?(?:me fais plus vomir|vomis plus|me prive plus)\b", strength=0.6),
    _cue("sh.urge", "self_harm", 2,
         r"\b" + _THEM + r"(?:envie|besoin|pulsions?|tentée?) de me (?:scarifier|couper|mutiler|faire du mal|faire mal|brûler|"
         rf"taillader){_NOT_HAIR}\b|"
         r"\b(?:je veux|j'veux|je voudrais|je vais) me (?:scarifier|mutiler|taillader|faire du mal)\b|"
         rf"\bje pense à me (?:scarifier|couper|mutiler|faire du mal){_NOT_HAIR}\b"),
    # -- method seeking (3) -----------------------------------------------------------------
    _cue("ask.dose", "self_harm_instructions", 3,
         rf"\bcombien de (?:\w+\s+){{0,2}}?{_PILLS}\b.{{0,50}}\b(?:mourir|crever|me tuer|se tuer|overdose|surdose|"
         r"mortelle?|létale?|ne (?:plus|pas) (?:me |se )?réveiller)\b|"
         r"\b(?:dose|quantité) (?:létale|mortelle|fatale)\b|"
         r"\bcomment (?:faire|provoquer) une (?:overdose|surdose|od)\b|"
         r"\b(?:peut-on|on peut|est-ce qu'on peut|je peux|est-ce que je peux) mourir (?:d'une|en prenant|si on prend|"
         r"si je prends|avec)\b|"
         r"\bqu'est-ce qui se passe si (?:je|on) (?:prend|prends|avale) (?:toute la boîte|tous les|une boîte|"
         r"\d{2,})\b"),
    _cue("ask.method", "self_harm_instructions", 3,
         r"\b(?:moyens?|façons?|manières?|méthodes?|techniques?) (?:la |le )?(?:plus )?(?:facile|rapide|simple|"
         r"indolore|sûre?|efficace|douce|sans douleur) (?:de|pour) (?:mourir|me tuer|se tuer|se suicider|"
         r"me suicider|en finir|mettre fin à (?:ses|mes) jours)\b|"
         r"\b(?:comment|comen|commen|koman|komment|cmt|comant) (?:me|se) (?:suicider|tuer|pendre|donner la mort|foutre en l'air|ouvrir les veines|"
         r"taillader les veines)\b|"
         r"\bcomment faire un nœud coulant\b|\bcomment en finir avec la vie\b|"
         r"\bcombien de temps (?:pour|avant de) se vider de son sang\b|"
         r"\bjusqu'où (?:il faut|faut-il) (?:couper|enfoncer)\b|\bà quelle profondeur (?:il faut )?couper\b"),
    _cue("ask.height", "self_harm_instructions", 3,
         r"\b(?:de |à )?quelle hauteur (?:\w+\s+){0,5}?(?:mourir|meurt|mortelle?|survivre|tuer|tue)\b|"
         r"\bcombien d'étages (?:\w+\s+){0,5}?(?:mourir|meurt|mortelle?|survivre|tuer|tue)\b"),
    _cue("ask.conceal", "self_harm_instructions", 3,
         r"\b(?:cacher|camoufler|dissimuler|masquer|je cache) (?:mes|les) (?:cicatrices|coupures|scarifs|"
         r"scarifications|marques) (?:sur|de|aux) (?:mes |les )?(?:bras|poignets|cuisses|jambes)\b|"
         r"\b(?:cacher|camoufler|masquer|dissimuler) mes (?:scarifs|scarifications|coupures)\b|"
         r"\b(?:cacher|camoufler|masquer|dissimuler) (?:des|mes|les|ces) (?:coupures|scarifs|scarifications|"
         r"cicatrices|marques)(?: \w+)? (?:à|aux) (?:mes|ma|mon|l'|la|le|les)|"
         r"\b(?:cacher|camoufler|masquer|dissimuler) (?:des|mes|les|ces) (?:coupures|scarifs|marques) "
         r"(?:récentes|fraîches)\b|"
         r"\bcacher (?:à \w+ )?que je (?:me scarifie|me coupe|me mutile|ne mange pas|vomis|me fais vomir)\b|"
         r"\b(?:cacher|camoufler|masquer) (?:mes|les) (?:cicatrices|coupures|marques)\b"
         r"(?=.{0,30}\bpour que (?:personne|mes parents|ma mère|mon père|mes profs)\b)"),
    _cue("ask.bridge", "self_harm_instructions", 3,
         r"\b(?:le )?pont le plus haut\b|\bl'immeuble le plus haut\b|"
         r"\boù (?:acheter|trouver|se procurer|je peux acheter) (?:une arme|un flingue|un pistolet|une corde)\b|"
         r"\bcomment (?:accéder|monter) (?:au|sur le) toit\b|"
         r"\b(?:pont|viaduc|immeuble|tour|falaise|parking)\b[^.!?]{0,40}\b(?:combien de mètres|quelle hauteur|"
         r"haut de combien)\b|\bquelle hauteur (?:fait|a|mesure) (?:le|ce|la|cette|l') ?(?:pont|viaduc|immeuble|tour|"
         r"falaise)\b",
         kind="gated"),
    # -- eating disorders (2; tips 3) -------------------------------------------------------
    _cue("ed.restrict", "eating_disorder", 2,
         rf"\b(?:je n'ai|j'ai|n'ai) (?:rien|pas) mangé depuis {_NUM} (?:jours|semaines)\b|"
         rf"\b(?:ça|cela) fait {_NUM} (?:jours|semaines) que je (?:n'ai |j'ai )?(?:rien|pas) mangé\b|"
         rf"\b(?:ça|cela) fait {_NUM} (?:jours|semaines) que je (?:ne )?mange (?:rien|pas|plus)\b|"
         r"\bje (?:ne )?mérite pas de manger\b|"
         r"\bje (?:ne )?mange (?:qu'|que )\d+ (?:calories|kcal)\b|"
         r"\bmoins de \d{2,3} (?:calories|kcal) par jour\b|"
         r"\bje me sens (?:grosse|gros|dégoûtante?|énorme) (?:après|dès que|quand) (?:je mange|manger|avoir mangé)\b|"
         r"\bje me prive de manger\b|\bje m'affame\b|\bje refuse de manger\b|"
         r"\bje (?:ne )?mange (?:qu'|que )(?:une|un) \w+ par jour\b|"
         r"\b(?:toujours|encore) (?:trop )?(?:grosse|énorme)\b"),
    _cue("ed.purge", "eating_disorder", 2,
         r"\bje me (?:fais|suis fait|suis faite) vomir\b|"
         r"\bje vomis (?:après|dès que|chaque fois que) (?:chaque repas|je mange|manger|avoir mangé)\b|"
         r"\blaxatifs pour (?:maigrir|perdre|ne pas grossir)\b|\bcrises? de boulimie\b|\bje me purge\b"),
    _cue("ed.tips", "eating_disorder", 3,
         r"\b(?:astuces|conseils|techniques|comment) (?:pour )?(?:ne pas avoir faim|couper la faim|ne plus avoir faim|"
         r"arrêter de manger|se faire vomir|me faire vomir|vomir sans|jeûner plus longtemps|tenir sans manger|"
         rf"tenir (?:{_NUM} )?(?:jours?|semaines?) sans manger)\b"
         r"(?!\s+(?:du|de la|des|trop|autant|entre|le soir|gras|sucré)\b)|"
         r"\bperdre \d+ ?(?:kilos|kg) en (?:une semaine|\d+ jours)\b|\b(?:ana|mia) (?:conseils|astuces)\b"),
    # -- harm to others (3; with means 4 via escalators) -----------------------------------
    _cue("hto.threat", "harm_to_others", 3,
         r"\b(?:je vais|j'vais|je veux|j'ai envie de|je compte) (?:le|la|les|te|vous|l') ?(?:tuer|buter|crever|"
         r"descendre|égorger|fumer|flinguer|étrangler|poignarder|assassiner)\b|"
         r"\bje vais tuer (?:mon|ma|mes|ce|cette|cet|ces|tout le monde|quelqu'un)\b|"
         r"\b(?:je vais|j'vais|je veux|envie de|rêve de|besoin de) (?:lui|leur) (?:faire la peau|péter la gueule|"
         r"casser la gueule|défoncer la gueule|régler son compte|faire (?:vraiment )?(?:mal|du mal)|"
         r"faire payer)\b|"
         r"\b(?:couteau|lame|cutter|schlass)\b.{0,60}\bje (?:vais )?(?:le|la|les|te) plant(?:e|er)\b|"
         r"\bje (?:vais )?(?:le|la|les|te) plant(?:e|er)\b.{0,40}\b(?:couteau|lame|cutter|schlass)\b"),
    _cue("hto.mass", "harm_to_others", 4,
         r"\b(?:amener|apporter|ramener|prendre) (?:une arme|un flingue|un fusil|le fusil de mon père|"
         r"le flingue de mon père) (?:au lycée|à l'école|au collège|au boulot|au travail|en cours|à la fac)\b|"
         r"\bfaire (?:un carnage|une tuerie)\b|\btirer sur tout le monde\b"),
    # -- abuse disclosed by the victim (2; danger 3) ---------------------------------------
    _cue("abuse.physical", "abuse_victim", 3, rf"\b{_ABUSER_ADULT}{_FILL}\s+{_HIT}"),
    _cue("abuse.physical_kin", "abuse_victim", 2, rf"\b{_KIN}{_FILL}\s+{_HIT}"),
    _cue("abuse.danger", "abuse_victim", 3,
         rf"\b{_ABUSER}{_FILL}\s+(?:m'étrangle|m'a étranglée?|m'étouffe|m'a étouffée?|m'enferme|m'a enfermée?|"
         r"me menace de mort|m'a menacée? de mort)\b|"
         r"\b(?:a dit|dit|crie|hurle|répète|a juré|jure|gueule) qu'(?:il|elle) (?:va|allait|va finir par) me tuer\b|"
         r"\b(?:menace|menaçait|a menacé) de me tuer\b|"
         r"\bm'a (?:serré|pris|attrapé|empoigné|saisi|tenu) (?:le cou|par le cou|la gorge|à la gorge)\b|\bm'a menacée? (?:de mort|avec un couteau|avec une arme)\b|"
         r"\bj'ai peur qu'(?:il|elle) me tue\b|\bm'a mis un couteau sous la gorge\b|"
         r"\b(?:pointé|braqué) (?:une arme|un flingue|un pistolet) sur moi\b"),
    _cue("abuse.danger_now", "abuse_victim", 4,
         rf"\b(?:me tuer|me tue)\b.{{0,80}}{_HIDING}|{_HIDING}.{{0,80}}\b(?:me tuer|me tue)\b"),
    _cue("abuse.sexual", "abuse_victim", 3,
         r"\b(?:m'a violée?|j'ai été violée?|on m'a violée?|me viole|a abusé de moi|abuse de moi|"
         r"abusé sexuellement de moi|m'a agressée? sexuellement|j'ai été agressée? sexuellement|attouchements)\b|"
         rf"\b{_ABUSER}\s+me (?:touche|caresse|tripote)\b(?=\s+(?:là|la nuit|quand|le soir|les seins|mes parties|"
         r"partout|entre les jambes|sous|en cachette))|"
         r"\b(?:vient|entre|rentre) dans ma chambre (?:la nuit|le soir|quand)\b.{0,40}\bme (?:touche|caresse|tripote)\b|"
         r"\bme force à (?:coucher|avoir des rapports|faire des choses|le toucher|la toucher)\b"),
    _cue("abuse.control", "abuse_victim", 2,
         rf"\b{_PARTNER}\s+(?:contrôle|surveille|fouille|vérifie|lit|regarde) (?:tous |toutes )?"
         r"(?:mon téléphone|mon portable|mes messages|mon argent|mes sorties|mon compte|mes comptes|mes mails)\b|"
         rf"\b{_PARTNER}\s+contrôle tout\b(?=.{{0,40}}\b(?:argent|sorties|messages|téléphone|portable))|"
         rf"\b{_PARTNER}\s+(?:ne )?me laisse (?:pas|plus|jamais) (?:sortir|voir|travailler|parler|avoir)\b|"
         rf"\b{_PARTNER}\s+m'empêche de (?:voir|sortir|travailler|parler)\b|"
         rf"\b{_PARTNER}\s+(?:me )?(?:prend|confisque|garde|me pique) (?:tout )?(?:mon|mes) (?:argent|salaire|papiers|"
         r"téléphone|carte bleue|cartes|clés)\b|"
         r"\bj'ai peur de rentrer (?:chez moi|à la maison)\b|"
         r"\bj'ai peur de (?:mon mari|mon copain|mon père|mon beau-père|mon conjoint|mon ex)\b|"
         r"\b(?:je subis|je vis|victime de) (?:des )?violences? conjugales?\b|"
         r"\bje suis (?:battue|maltraitée|frappée)\b"),
    # -- acute distress (2) and concern (1) ------------------------------------------------
    _cue("ad.panic", "acute_distress", 2,
         r"\b(?:je fais|j'ai|je suis en pleine|encore une|en pleine|je refais) (?:une )?(?:crise d'angoisse|"
         r"crise de panique|attaque de panique|crise d'anxiété)\b|"
         r"\bcrise d'angoisse (?:là|maintenant|en ce moment)\b|"
         r"^\W*(?:une |encore une )?(?:crise d'angoisse|crise de panique|attaque de panique)\b|"
         r"\b(?:crise d'angoisse|crise de panique|attaque de panique) (?:dans (?:le|la)|au|en plein)\b|"
         r"\b(?:angoisse|panique)\b[^.!?]{0,60}\bj'ai l'impression (?:que je vais mourir|de mourir|que je meurs)\b|"
         r"\b(?:je n'arrive|j'arrive|jarrive|je arrive) (?:plus|pas) à (?:respirer|arrêter de pleurer|"
         r"arrêter de trembler|me calmer)\b"
         r"(?!\s+(?:par le nez|de rire)\b)|"
         r"\bje (?:ne )?peux (?:plus|pas) (?:respirer|arrêter de pleurer)\b(?!\s+(?:par le nez|de rire)\b)|"
         r"\bje craque\b(?!\s+(?:pour|sur|complètement pour)\b)|\bje pète (?:les plombs|un câble|un plomb)\b|"
         r"\bje m'effondre\b"),
    _cue("ad.cant_take", "acute_distress", 2,
         r"\b(?:je n'en|j'en|jen|j'en) peux (?:plus|pu|pus)\b"
         r"(?!\s+(?:de (?:rire|attendre|la chaleur|ce bruit|cette chaleur|la pluie|ce temps|manger|ce prof|ces devoirs|"
         r"ces cours|mon boulot)|d'attendre|du bruit|du froid|du chaud)\b)|"
         r"\bje (?:ne )?supporte plus (?:rien|ma vie|cette vie|la vie|de vivre)\b|"
         r"\bje suis à bout\b(?!\s+de souffle\b)|"
         r"\bje (?:suis|me sens) (?:tellement |si |complètement |totalement )?(?:désespérée?|sans espoir|"
         r"un fardeau|une charge|un poids|inutile|vide à l'intérieur|piégée?|de trop)\b|"
         r"\bje suis un (?:poids|fardeau) pour\b|"
         r"\b(?:il n'y a|y a|il y a) (?:aucune|pas d'|plus d') ?(?:issue|solution|sortie)\b(?!\s+de secours\b)|"
         r"\bje ne vois (?:aucune|pas d'|plus d') ?(?:issue|solution|porte de sortie)\b|"
         r"\bplus envie de rien\b|\bje (?:ne )?sers à rien\b|\bjpp de (?:cette|ma|la) vie\b|"
         r"\bj'en peux plus de (?:tout|cette vie|ma vie|vivre)\b|"
         r"\b(?:je n'ai|j'ai|n'ai) plus (?:la|aucune) force(?: de (?:continuer|me battre|lutter|tenir|vivre))?"
         r"(?=\s*(?:$|[.,;!?…]|et\b|mais\b))"),
    _cue("concern.low", "acute_distress", 1,
         r"\bje (?:suis|me sens) (?:tellement |si |très |trop |vraiment |super |hyper |complètement )?"
         r"(?:déprimée?|triste|seule?|angoissée?|stressée?|épuisée?|dépassée?|anéantie?|effondrée?|au plus bas|"
         r"mal|à plat|démoralisée?)\b(?!\s+(?:à la maison|chez moi|au bureau|pour toi)\b)|"
         r"\bje déprime\b|\bje pleure (?:tous les soirs|tout le temps|chaque nuit|sans arrêt|tous les jours)\b|"
         r"\bj'ai perdu (?:mon|ma) (?:mère|père|maman|papa|mari|femme|fils|fille|bébé|meilleure? ami\w*|chien|chat|"
         r"boulot|travail|emploi|grand-mère|grand-père|mamie|papi)\b|"
         r"\b(?:mon|ma) (?:mère|père|maman|papa|mari|femme|fils|fille|grand-mère|grand-père|mamie|papi) est "
         r"(?:morte?|décédée?|partie?)\b|"
         r"\bje suis en deuil\b|\bmon deuil\b|\bje n'ai pas d'amis\b|\bj'ai pas d'amis\b|"
         r"\b(?:il|elle|tu) me manques? tellement\b|"
         r"\b(?:me|m') (?:stresse|stressent|angoisse|angoissent) (?:à fond|trop|grave|énormément|tellement)\b|"
         r"\bje (?:dors mal|ne dors plus|dors plus|n'arrive plus à dormir)\b", strength=0.6),
    # -- someone else at risk (2; imminent 4 via escalators) -------------------------------
    _cue("tp.si", "third_party_concern", 2,
         rf"\b{_SOMEONE}\b.{{0,50}}\b(?:(?:veut|voulait|voudrait|va|allait|pense à|parle de|a envie de|menace de) "
         r"(?:se tuer|se suicider|mourir|en finir|disparaître|se foutre en l'air)|(?:pensait|a pensé|songe|songeait|pense souvent|"
         r"pensait souvent) à (?:se tuer|se suicider|mourir|en finir|se foutre en l'air)|(?:parlait|menaçait|avait envie) de "
         r"(?:se tuer|se suicider|mourir|en finir)|parle (?:de|du) suicide|pensait au suicide|"
         r"pense au suicide|a des idées (?:suicidaires|noires)|ne veut plus vivre|n'a plus envie de vivre|"
         r"(?:ne )?mange (?:presque )?plus(?: rien)?|a arrêté de manger|se laisse mourir|dit que (?:la vie|rien) n'a (?:plus )?"
         r"de sens|(?:ne )?veut plus rien)",
         kind="third_party", first_person=False),
    _cue("tp.act", "third_party_concern", 3,
         rf"\b{_SOMEONE}\b.{{0,60}}\b(?:se scarifie|se mutile|se fait du mal|se taillade|"
         r"se coupe\b(?!\s+(?:les cheveux|la frange|les ongles|le doigt|en cuisinant|avec (?:le|du) papier)\b)|"
         r"a (?:essayé|tenté) de se (?:tuer|suicider|pendre)|a fait une tentative|fait ses adieux|"
         r"a donné toutes ses affaires|lettre d'adieu|(?:un )?message d'adieu)",
         kind="third_party", first_person=False),
    _cue("tp.worry", "third_party_concern", 2,
         r"\b(?:je m'inquiète|je suis inquiète?|j'ai peur|je me fais du souci|je suis angoissée?) (?:pour|que) "
         rf"(?:mon|ma|un|une) {_PERSON}\b.{{0,60}}\b(?:sécurité|vie|mourir|suicid\w*|mal|mange|manger|battue?|"
         r"frappée?|sort plus|chambre)|"
         rf"\b(?:mon|ma) {_PERSON} (?:se fait|est) (?:battue?|frappée?|maltraitée?|violée?)\b",
         kind="third_party", first_person=False),
    _cue("tp.overdose", "third_party_concern", 4,
         rf"\b(?:(?:mon|ma) {_PERSON}|il|elle)\b.{{0,30}}\b(?:(?:vient d'|a )(?:pris|avalé) {_MUCH}\s+"
         rf"(?:\w+\s+){{0,2}}?{_PILLS}|a fait une (?:overdose|surdose))\b",
         kind="third_party", first_person=False),
    # -- broad shapes (what the specific cues above miss) ----------------------------------
    # a wish + death, in any of its words: "si je pouvais ne plus me réveiller", "rejoindre le Seigneur"
    _cue("broad.wish_death", "suicidal_ideation", 2, rf"\b{_WISH}{_GAP3}\s+{_DEATH}", strength=0.75),
    _cue("broad.called_home", "suicidal_ideation", 2,
         r"\b(?:seigneur|mon dieu|dieu|jésus)\b[^.!?]{0,30}?\b(?:viens me (?:chercher|prendre)|venez me chercher|"
         r"prends-moi|rappelle-moi (?:à toi|auprès de toi))\b|\bqu'(?:il|elle|dieu) (?:vienne me chercher|me prenne)\b"
         r"(?!\s+(?:à|au|en voiture|demain)\b)", strength=0.75),
    _cue("broad.better_if_not", "suicidal_ideation", 2,
         r"\b(?:mieux|plus \w+|tranquilles?|heureu\w+)\b[^.!?]{0,30}\bsi (?:je |j')(?:n')?(?:existais (?:pas|plus)|étais "
         r"(?:pas|plus) là|mourais|disparaissais|n'étais (?:pas|plus) là)\b", strength=0.75),
    _cue("broad.better_gone", "suicidal_ideation", 2,
         r"\b(?:ce serait|ça serait|ça irait|tout irait) (?:plus simple|mieux|plus facile|un soulagement)(?: pour "
         r"(?:tout le monde|tous|eux|ma famille))? si je (?:disparaissais|mourais|n'étais plus là|n'existais (?:pas|plus)|"
         r"partais pour (?:de bon|toujours))\b|"
         r"\bpersonne (?:ne )?(?:remarquerait|verrait|s'en rendrait compte|se rendrait compte de rien)"
         r"(?: la différence| rien)? si je "
         r"(?:disparaissais|mourais|n'étais plus là|partais pour (?:de bon|toujours))\b|"
         r"\b(?:le monde|la vie|tout) (?:tournerait|continuerait) (?:pareil|pareillement|très bien|sans moi)\b",
         strength=0.75),
    # an act on oneself after a wish or plan, a few words apart: "j'ai tellement envie de me tuer"
    _cue("broad.act_self", "suicidal_ideation", 3,
         rf"\b{_THEM}(?:veux|voudrais|vais|allais|compte|pense à|envie de|envie|besoin de|décidé de|prête? à|finir par|tenté de|"
         rf"essayé de|rêve de|songe à){_GAP3}\s+(?:de\s+|d'|à\s+)?{_KILL_SELF}\b|"
         r"\b(?:je pense|je pensais|j'ai pensé|je songe) (?:\w+ ){0,3}?au suicide\b(?!\s+(?:de|d'|du|assisté)\b)",
         strength=0.8),
    # self-injury: an urge a few words from the act, or the act done again
    _cue("broad.harm_self", "self_harm", 2,
         rf"\b{_URGE}{_GAP3}\s+(?:de\s+|à\s+)?(?:re)?{_HARM_SELF}\b{_NOT_INJURY}", strength=0.7),
    _cue("broad.ed_acts", "eating_disorder", 2,
         r"\bje cache (?:la|ma|de la) (?:nourriture|bouffe)\b[^.!?]{0,60}\bpour (?:que|pas que)\b|"
         r"\bje fais semblant de manger\b|\bje (?:mâche|mastique) et (?:je )?(?:recrache|crache)\b|"
         r"\blaxatifs\b[^.!?]{0,40}\b(?:pour (?:ne )?pas grossir|pour maigrir|pour compenser|tous les jours|après (?:chaque|les) "
         r"repas)\b(?![^.!?]{0,60}\b(?:ordonnance|médecin|docteur|constipation)\b)|"
         r"\bje me pèse (?:\d+|cinq|six|dix|plusieurs) fois par jour\b", strength=0.7),
    _cue("broad.harm_done", "self_harm", 3,
         r"\b(?:hier soir|cette nuit|ce soir|encore|à nouveau|de nouveau),? je me suis (?:coupée?|scarifiée?|fait du mal|"
         r"brûlée?)\b|"
         r"\bje me suis (?:coupée?|brûlée?|griffée?|frappée?|mordue?|tapée?|fait du mal)\b[^.!?]{0,40}?\b(?:(?<!pas )(?<!faire )exprès|"
         r"volontairement|jusqu'au sang|jusqu'à saigner|pour me punir|pour ressentir quelque chose|parce que je le mérite)\b|"
         r"\b(?:coupures|entailles|plaies|brûlures|scarifs?|scarifications) (?:toutes )?(?:fraîches|récentes|nouvelles)\b|"
         r"\b(?:nouvelles|fraîches) (?:coupures|entailles|scarifs?|scarifications)\b" + _NOT_INJURY, strength=0.8),
    _cue("broad.med", "medical_emergency", 4,
         rf"\b(?:j'ai|je viens d') ?(?:pris|avalé|prendre|avaler)\s+(?:{_MUCH}|les|des|mes|plein de)\s+(?:\w+\s+){{0,2}}?"
         rf"{_PILLS}\b(?:\s+de (?:ma|mon) (?:mère|père|mamie|grand-mère|sœur|coloc))?[^.!?\n]{{0,60}}\b(?:(?:super|très|"
         r"trop) sommeil|la tête qui tourne|vertiges?|envie de vomir|je me sens (?:mal|bizarre|partir)|je vois flou|"
         r"mon cœur bat (?:trop )?(?:vite|fort)|du mal à respirer|je m'endors)\b|"
         r"\b(?:mélangé|mélanger|pris|bu) (?:de l'alcool|du vin|de la vodka|du whisky|de la bière|du rhum)\s+(?:avec|et) "
         rf"(?:mes |les |des |tous mes )?{_PILLS}\b(?=[^.!?]{{0,60}}\b(?:ne (?:plus|pas) me réveiller|mourir|en finir|"
         r"sommeil|la tête qui tourne|je me sens mal)\b)|"
         r"\b(?:mélangé|j'ai mélangé) (?:de l'alcool|du vin|de la vodka|du whisky|de la bière|du rhum) avec (?:mes |les |des )?"
         r"(?:somnifères|anxiolytiques|cachets|médocs|xanax|benzos?)\b", first_person=False, strength=0.85),
    _cue("broad.harm_again", "self_harm", 3,
         r"\bje me suis (?:re-?)(?:coupée?|scarifiée?|mutilée?|brûlée?|fait du mal)\b|"
         r"\b(?:rechuté|fait une rechute|rechute)\b[^.!?]{0,60}\b(?:scarif\w*|coup\w+|mutil\w+|fait du mal|clean)\b|"
         r"\b(?:clean|sans me (?:scarifier|couper|faire du mal))\b[^.!?]{0,40}\b(?:rechuté|rechute|recoupée?|"
         r"recommencé)\b|\b(?:scarifiée?|coupée?|recoupée?)\b[^.!?]{0,30}\baprès (?:\w+ ){1,2}(?:mois|semaines|ans|jours)"
         r"(?: \w+)? (?:clean|sans)\b", strength=0.8),
    # dose questions without a death word: "combien de doliprane c'est dangereux"
    _cue("broad.dose", "self_harm_instructions", 3,
         rf"\bcombien (?:de |d')(?:\w+\s+){{0,2}}?(?:{_PILLS}|\w+(?:pam|lam|ine|ol|ane))\b[^.!?]{{0,50}}?\b"
         r"(?:dangereu(?:x|se)|mortel(?:le)?|létale?|toxique|de trop|une overdose|une surdose|"
         r"pour ne (?:plus|pas) (?:me |se )?réveiller)\b|"
         r"\b(?:dose|quantité) (?:dangereuse|toxique|qui (?:tue|devient dangereuse|est dangereuse|est mortelle))"
         r"(?![^.!?]{0,120}\b(?:enfant|bébé|kg|kilos|chien|chat|par kilo)\b)|"
         rf"\b(?:dose|quantité) (?:de |d')(?:\w+\s+){{0,2}}?(?:{_PILLS}|\w+(?:pam|lam|ine|ol|ane)) qui "
         r"(?:devient|est) (?:dangereuse|mortelle|toxique)\b",
         kind="question", strength=0.8),
    _cue("broad.conceal", "self_harm_instructions", 3,
         r"\b(?:cacher|camoufler|dissimuler|masquer|planquer) (?:des|mes|les|ces) (?:marques|cicatrices|coupures|traces|"
         r"scarifs?|bleus)(?: \w+)? (?:sur|à|aux|de) (?:mes |les |mon |le )?(?:poignets?|bras|avant-bras|cuisses)\b"
         r"(?![^.!?]{0,120}\b(?:bronzage|acné|varicelle|vaccin|montre|élastique|bracelet|vergetures)\b)",
         kind="question", strength=0.8),
    # threats: making him suffer or bleed, with a weapon and where he will be
    _cue("broad.threat", "harm_to_others", 3,
         r"\bje vais (?:le|la|les|te|l') ?(?:faire (?:souffrir|saigner|regretter d'être né)|défoncer|démolir|"
         r"massacrer|crever|planter)\b|"
         r"\bje vais (?:planter|buter|crever|fumer|flinguer|égorger|poignarder|défoncer) (?:mon|ma|ce|cette|cet) "
         r"(?:beau-père|père|mère|frère|ex|mec|copain|copine|prof|patron|chef|voisin|voisine|type|connard|enfoiré|salaud)\b|"
         r"\b(?:je vais|j'vais|je veux) (?:lui|leur) (?:faire la peau|faire (?:vraiment )?mal|régler son compte)\b",
         strength=0.75),
    _cue("broad.armed", "harm_to_others", 4,
         rf"\b(?:j'ai|je tiens|je garde|j'ai pris|pris|je prends|j'ai sur moi|j'ai chopé|j'ai récupéré) "
         rf"(?:le|la|un|une|mon|ma|son|sa|l')\s*(?:\w+\s+)?{_WEAPON}\b[^\n]{{0,100}}?\b{_HUNT}|"
         rf"\b{_HUNT}\b[^\n]{{0,80}}?\b(?:j'ai|je tiens|j'ai pris) (?:le|la|un|une|mon|ma|l')\s*(?:\w+\s+)?{_WEAPON}\b",
         strength=0.85),
    # abuse: assault told indirectly, threats to keep a secret, bruises explained away, stalking
    _cue("broad.assault", "abuse_victim", 3,
         r"\b(?:je lui ai dit|j'ai dit|je disais|j'ai crié) non\b[^.!?]{0,25}?\b(?:et|mais)\s+(?:il|elle) "
         r"(?:a continué(?!\s+(?:à|a|de) (?!me\b|m'))|(?:ne )?s'est pas arrêtée?|"
         r"(?:n')?a pas arrêté(?!\s+de\b)|l'a fait quand même|m'a forcée?)|"
         r"\b(?:il|elle|on) m'a (?:forcée?|obligée?) à (?:coucher|avoir des rapports|faire des choses|le toucher|"
         r"la toucher|me déshabiller|lui envoyer des photos)\b|"
         r"\bje (?:dormais|étais (?:bourrée|ivre|inconsciente|droguée))\b[^.!?]{0,50}\b(?:il|elle) (?:me touchait|m'a touchée?|"
         r"était sur moi|m'a déshabillée?|a abusé de moi)\b", strength=0.8, framed=False),
    _cue("broad.secret", "abuse_victim", 3,
         r"\b(?:dit|a dit|me dit|m'a dit|menace|m'a menacée?) (?:que )?si je (?:parle|dis quelque chose|le dis|"
         r"raconte|porte plainte|le dénonce)\b(?=[^.!?]{0,30}\b(?:il|elle|on) (?:me tue|va me tuer|me frappe|"
         r"va me frapper|me fera du mal|nous met dehors|me met dehors|personne ne me croira)\b)|"
         r"\bc'est notre secret\b", strength=0.8, framed=False),
    _cue("broad.bruise_hidden", "abuse_victim", 2,
         rf"\b{_BRUISE}\b[^.!?]{{0,60}}\b(?:j'ai dit|je dis|j'ai raconté|j'ai fait croire)\b[^.!?]{{0,30}}"
         r"\b(?:que |qu')(?:je suis|j'étais|je me suis) (?:tombée?|cognée?)\b|"
         r"\b(?:j'ai dit|je dis|j'ai raconté|j'ai fait croire)\b[^.!?]{0,30}\b(?:que |qu')(?:je suis|j'étais|je me suis) "
         r"(?:tombée?|cognée?)\b(?=[^.!?]{0,60}\b(?:frapp\w+|cogn\w+|bleus|gifl\w+|battu\w*)\b)|"
         rf"\b(?:frapp\w+|cogn\w+|giflée?|battue?)\b[^.!?]{{0,60}}\b(?:j'ai dit|je dis|j'ai raconté|j'ai fait croire)"
         r"\b[^.!?]{0,30}\b(?:que |qu')(?:je suis|j'étais|je me suis) (?:tombée?|cognée?)\b", strength=0.7),
    _cue("broad.stalking", "abuse_victim", 2,
         r"\b(?:mon ex|mon ancien (?:copain|mec)|un (?:type|mec|homme|inconnu)|quelqu'un)\b[^.!?]{0,30}?"
         r"\b(?:me (?:suit|traque|surveille|harcèle|guette|piste) (?:partout|jusqu'|chez|devant|au|à la|tous les)|"
         r"sait où (?:j'habite|je suis|je bosse)|m'envoie (?:\d{2,}|des dizaines de|des centaines de) messages|"
         r"(?:m'attend|(?:est|reste|traîne|se poste)) (?:devant|en bas de|à la sortie)(?: de)?(?: chez moi| mon \w+)?\b"
         r"(?=[^.!?]{0,60}\b(?:peur|flippe|angoisse|tous les (?:soirs|jours|matins)|chaque (?:soir|jour|matin)|"
         r"encore|toujours|sans arrêt)\b))", strength=0.7),
    _cue("broad.control", "abuse_victim", 2,
         rf"\b{_PARTNER}\s+(?:\w+\s+){{0,2}}?(?:regarde|fouille|vérifie|lit|checke|contrôle) (?:mon téléphone|mon portable|"
         r"mes messages|mon tel|mes conversations)\b[^.!?]{0,60}\b(?:m'interdit|(?:ne )?me laisse (?:pas|plus)|"
         r"m'empêche)\b|"
         rf"\b{_PARTNER}\s+[^.!?]{{0,60}}?\b(?:m'interdit|m'a interdit) de (?:voir|sortir|travailler|parler|aller)\b|"
         rf"\b{_PARTNER}\s+(?:\w+\s+){{0,2}}?(?:veut|exige|a) (?:tous )?mes (?:codes|mots de passe)\b|"
         rf"\b{_PARTNER}\s+(?:\w+\s+){{0,2}}?(?:veut toujours savoir où je suis|me géolocalise|a mis une appli)\b",
         strength=0.7),
    # eating: restriction or purging with a judgement of the body, a weight goal or secrecy
    _cue("broad.ed", "eating_disorder", 2,
         rf"\b{_RESTRICT}\b{_NOT_ED}[^.!?]{{0,80}}?\b{_JUDGE}|\b{_JUDGE}\b{_NOT_ED}[^.!?]{{0,80}}?\b{_RESTRICT}\b",
         strength=0.7),
    # preparation: two acts, or one with a final word ("confié mon chat ... ce soir c'est fini")
    _cue("broad.prepared", "suicidal_ideation", 4, rf"\b{_PREP}\b[^\n]{{0,150}}?(?:\b{_PREP}\b|\b{_FINAL}\b)",
         strength=0.85),
    _cue("broad.means_use", "suicidal_ideation", 3,
         r"\bj'ai (?:acheté|trouvé|récupéré|commandé)? ?(?:le|la|du|de la|les|des) (?:poison|mort-aux-rats|corde|cachets|"
         r"médocs|flingue|arme)\b(?![^.!?]{0,40}\b(?:fourmis|rats|souris|cafards|nuisibles|jardin|linge|bateau)\b)"
         r"[^.!?]{0,30}\b(?:je (?:le|la|les) (?:prends|prendrai|bois|avale|utilise)|je vais (?:le|la|les) (?:prendre|boire|"
         r"avaler|utiliser))\b", strength=0.8),
    _cue("broad.method_gated", "self_harm_instructions", 3,
         r"\b(?:comment|moyen de|façon de) (?:le faire|faire ça) sans (?:souffrir|douleur|avoir mal)\b",
         kind="gated", strength=0.7),
    _cue("broad.means_bought", "suicidal_ideation", 3,
         r"\bj'ai (?:acheté|commandé|trouvé|récupéré) (?:une|la|des|les|du|un) (?:nouvelles? )?(?:corde|lames|lames de "
         r"rasoir|charbon|hélium|poison|mort-aux-rats|flingue|arme|cutter)\b(?!\s+(?:pour (?:le|la|les|l'|mon|ma|"
         r"grimper|camper|cuisiner|le barbecue|me raser|les rats|les souris)|à sauter)\b)", kind="gated", strength=0.7),
    _cue("broad.goodbye", "suicidal_ideation", 3,
         r"\bpardon(?:nez-moi)? (?:à tous|à toutes|pour tout)\b|\bpardonnez-moi\b(?=\s*[.!…]*\s*$)|"
         r"\bje vous aime tous\b(?=\s*[.!…]*\s*$)|\bc'est le moment\b(?=\s*[.!…]*\s*$)",
         kind="gated", strength=0.75),
    # someone else: what they said, a goodbye, an edge, pills and no answer
    _cue("broad.tp_said", "third_party_concern", 2, rf"\b{_SOMEONE}\b.{{0,60}}\b{_THEY_SAID}",
         kind="third_party", first_person=False),
    _cue("broad.tp_goodbye", "third_party_concern", 2,
         rf"\b{_SOMEONE}\b.{{0,60}}\b(?:(?:m'a |nous a |a |vient de m')?(?:envoyé|posté|écrit|laissé|publié|mis|"
         r"envoyer|poster)(?:\s+\w+){0,2}?\s+(?:un |une )?(?:message|vocal|lettre|mot|post|story|vidéo|texto)"
         r"(?:\s+\w+){0,2}?\s+(?:d'adieu|pour dire adieu|pour dire au revoir)|(?:dit|dire) (?:au revoir|adieu) "
         r"(?:bizarrement|à tout le monde|à tous|de façon bizarre|comme si)|fait ses adieux|"
         r"(?:a commencé à |commence à )?(?:donner|donne|distribuer|distribue) (?:toutes )?ses affaires)" + _LEAVING,
         kind="third_party", first_person=False),
    _cue("broad.tp_letter", "third_party_concern", 3,
         r"\b(?:trouvé|lu|vu|reçu) (?:une|la|sa) (?:lettre|mot|message) d'adieu\b[^.!?]{0,30}\b(?:de|écrite? par) "
         rf"{_SOMEONE}\b(?![^.!?]{{0,40}}\b(?:décédée?|morte?|mort|il y a des années)\b)",
         kind="third_party", first_person=False),
    _cue("broad.tp_edge", "third_party_concern", 4,
         rf"\b{_SOMEONE}\b.{{0,30}}\b(?:est|se tient|est assise?|est debout|est monté(?:e)?) {_EDGE}\b[^.!?]{{0,80}}"
         r"\b(?:(?:dit|crie|menace) (?:qu'(?:il|elle) va |de )?(?:sauter|se jeter|se tuer|en finir)|va sauter|"
         r"veut sauter)\b", kind="third_party", first_person=False),
    _cue("broad.tp_pills", "third_party_concern", 4,
         rf"\b{_SOMEONE}\b[^.!?]{{0,60}}\b(?:a pris|a avalé|aurait pris|dit qu'(?:il|elle) a (?:pris|avalé))"
         rf"(?:\s+\w+){{0,3}}?\s+{_PILLS}\b[^.!?]{{0,80}}\b(?:(?:ne )?répond (?:plus|pas)|(?:ne )?se réveille pas|"
         r"inconsciente?|enfermée?|(?:ne )?réagit (?:plus|pas))|"
         rf"\b{_SOMEONE}\b[^.!?]{{0,20}}\bs'est enfermée?\b[^.!?]{{0,80}}\b(?:pris|avalé)\b[^.!?]{{0,30}}{_PILLS}\b",
         kind="third_party", first_person=False),
    # self-injury to blood or as punishment: "je me suis tapé la tête contre le mur jusqu'à saigner"
    _cue("broad.harm_blood", "self_harm", 3,
         r"\bme (?:suis )?(?:tapée?|frappée?|cognée?|griffée?|grattée?|mordue?|brûlée?|coupée?|tape|frappe|cogne|griffe|gratte|"
         r"mords|brûle|coupe|scarifie|scarifiée?)\b[^.!?]{0,50}?(?:\bjusqu'(?:à|au) (?:saigner|sang|en saigner|me faire saigner)|"
         r"\bà (?:m'en faire|me faire) saigner|(?<!pas )(?<!sans faire )\bexprès\b|\bpour me punir|\bpour (?:ressentir|sentir) "
         r"quelque chose)(?![^.!?]{0,60}\b(?:eczéma|moustiques?|piqûres?|boutons?|démangeaisons?|allergie|urticaire)\b)",
         strength=0.8),
    # lethality asked with an "it is not for me" (care.md: asking for a friend)
    _cue("broad.lethal_q", "self_harm_instructions", 3,
         r"\b(?:quels?|quelles?) (?:médicaments|médocs|cachets|comprimés|pilules|produits|drogues|mélanges?)\b[^.!?]{0,40}\b"
         r"(?:les plus|le plus|la plus) (?:dangereux|dangereuses?|mortels?|mortelles?|toxiques?|létaux|létales?)\b"
         r"(?=[^\n]{0,120}(?:\bc'est pas pour moi|\bce n'est pas pour moi|\bpas pour moi\b|\bpour (?:un|une) (?:ami|amie|pote)\b))"
         r"(?![^\n]{0,160}\b(?:grossesse|enceinte|allaitement|chien|chat|bébé|enfants?|cours|examen|partiel|pharmaco\w*|fac)\b)",
         kind="question", strength=0.8),
    # eating: a calorie line crossed, then nothing eaten the next day
    _cue("broad.ed_rule", "eating_disorder", 2,
         r"\bsi (?:je|j') ?dépasse (?:les |mes )?\d{2,4}\b(?!\s*(?:€|euros?|balles|km|minutes|pas\b))[^.!?]{0,40}\b(?:je (?:ne )?mange "
         r"(?:rien|plus rien|pas)|je saute (?:le|les|tous les) (?:repas|dîner|déjeuner)|je jeûne|je me fais vomir|je me punis)\b|"
         r"\bsi (?:je|j') ?(?:craque|ai trop mangé|mange trop)\b[^.!?]{0,40}\b(?:je me fais vomir|je me punis|je (?:ne )?mange "
         r"rien pendant \w+ jours)\b|\bje vomis tout ce que je mange\b" + _NOT_ED, strength=0.7),
    # threats: beating him until he does not get up
    _cue("broad.threat_beat", "harm_to_others", 3,
         r"\b(?:je vais|j'vais|je veux|je vais finir par|un jour je vais) (?:le|la|les|l') ?(?:frapper|cogner|tabasser|taper|défoncer|"
         r"massacrer|battre)\b[^.!?]{0,20}\bjusqu'à (?:ce qu'(?:il|elle|ils|elles) (?:ne )?(?:se relève|se relèvent|bouge|bougent|"
         r"respire|respirent|se réveille) plus|ce qu'(?:il|elle) (?:crève|meure)|la mort)\b", strength=0.8),
    # a child or someone close who swallowed a household poison, pills or a battery
    _cue("broad.med_ingested", "medical_emergency", 4,
         r"\b(?:mon (?:fils|bébé|enfant|petit|petit frère|frère|neveu|fiston|grand-père)|ma (?:fille|petite|petite sœur|sœur|nièce|"
         r"grand-mère)|le (?:petit|bébé)|la petite)\b[^.!?]{0,30}?\b(?:a bu|a avalé|a ingéré|a léché|a mangé|vient de boire|"
         r"vient d'avaler)\s+(?:de l'|de la |du |des |une |un |toute la |tout le |les |la |le |l')?(?:eau de javel|javel|"
         r"produit (?:pour (?:le |la )?|de |à )?(?:lave-vaisselle|vaisselle|wc|ménager|d'entretien|nettoyant|vitres|sols)|"
         r"produit ménager|détergent|déboucheur|lessive|capsules? de lessive|dosettes? de lessive|antigel|white spirit|"
         r"essence|pétrole|alcool à brûler|piles?|pile bouton|aimants?|mort-aux-rats|raticide|insecticide|médicaments|"
         r"médocs|cachets|comprimés|pilules|boîte de \w+)\b"
         r"(?![^.!?]{0,60}\bil y a (?:\d+|deux|trois|quelques) (?:ans|mois)\b)", first_person=False, strength=0.85),
    # -- broad shapes, round 4: families widened from single misses ------------------------
    # preparation: medicines set aside or hoarded, a decided day
    _cue("broad.hoard", "suicidal_ideation", 4,
         rf"(?:\b{_PILLS}\b[^.!?\n]{{0,20}}?\b(?:de côté|stockés|stockées|accumulés|accumulées|planqués|planquées)\b|"
         rf"\b(?:je stocke|j'accumule|je garde|je planque|j'ai (?:\w+ )?(?:stocké|accumulé|mis de côté|planqué|gardé))\b"
         rf"[^.!?\n]{{0,30}}?\b{_PILLS}\b)(?![^.!?\n]{{0,60}}\b(?:pharmacie|périmés?|périmées?|rapporter|voyage|"
         r"vacances|armoire à pharmacie)\b)", strength=0.85),
    _cue("broad.decided_day", "suicidal_ideation", 3,
         r"\bc'est décidé,? (?:ce sera|ça sera|c'est) (?:ce soir|demain|cette nuit|lundi|mardi|mercredi|jeudi|vendredi|"
         r"samedi|dimanche|cette semaine|ce week-end)\b(?=[^\n]{0,200}\b(?:lettre|médicaments|cachets|comprimés|adieu|"
         r"pardon|fini|en finir)\b)", strength=0.8),
    # tired of existing, not seeing oneself next year
    _cue("broad.tired_living", "suicidal_ideation", 2,
         r"\b(?:fatigué|fatiguée|las|lasse|épuisé|épuisée) (?:d'exister|de vivre(?!\s+(?:à|en|avec|dans|ici|chez|comme "
         r"ça en)\b))|\b(?:marre|ras le bol) (?:d'exister|de vivre(?!\s+(?:à|en|avec|dans|ici|chez)\b))|"
         r"\bje (?:ne )?me vois pas (?:\w+ ){0,2}?(?:l'année prochaine|l'an prochain|à noël|dans un an|vieillir|"
         r"fêter mes \d+ ans)\b(?![^.!?\n]{0,60}\b(?:boulot|travail|boîte|job|poste|entreprise|école|fac|ville|"
         r"appart|équipe)\b)", strength=0.75),
    # height or fall lethality: "à partir de quel étage une chute est mortelle"
    _cue("broad.height", "self_harm_instructions", 3,
         r"\b(?:quel étage|quelle hauteur|combien d'étages|combien de mètres)\b[^.!?\n]{0,50}?\b(?:mortel\w*|fatale?s?|"
         r"tue|tuer|mourir|meurt|pas survivre|on survit pas)\b", kind="question", strength=0.8),
    # someone on an edge who apologises or goes silent
    _cue("broad.tp_edge_msg", "third_party_concern", 4,
         rf"\b(?:il|elle|{_SOMEONE})\b[^\n]{{0,60}}?\b(?:est|se trouve|attend) {_EDGE}[^\n]{{0,120}}?\b(?:s'excuse pour tout|"
         r"demande pardon|dit adieu|répond (?:plus|pas)|me répond (?:plus|pas)|merci pour tout)\b",
         kind="third_party", first_person=False),
    _cue("broad.tp_farewell", "third_party_concern", 3,
         rf"\b(?:{_SOMEONE}|m'a (?:texté|écrit|envoyé)|a (?:posté|publié|écrit))\b[^\n]{{0,60}}?\b(?:s'excuse pour tout|"
         r"(?:me |nous )?dit adieu|adieu à tous|je m'excuse pour tout|merci pour tout\b[^\n]{0,30}\badieu)\b",
         kind="third_party", first_person=False),
    # eating: a weight goal under a number, days without food
    _cue("broad.ed_goal", "eating_disorder", 2,
         r"\b(?:passer|descendre|tomber) (?:sous|en dessous de) (?:les |la barre des )?\d{2} ?(?:kilos|kg)\b|"
         r"\b(?:j'ai )?(?:plus|pas) rien mangé depuis (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
         r"\d+ jours|deux jours|trois jours|quatre jours|une semaine)\b(?![^.!?\n]{0,60}\b(?:gastro|malade|grippe|"
         r"opération|ramadan|jeûne religieux)\b)", strength=0.7),
)

# Words that may sit between a negation and the cue it negates ("pas à", "jamais de", "pas envie de").
_NEG_NEXT = (
    r"(?:à|a|de|d'\w*|du|me|m'\w*|y|le|la|l'\w*|envie|besoin|question|vraiment|du tout|jamais|pensé|voulu|"
    r"essayé|eu|l'intention)"
)

LEXICON = Lexicon(
    language="fr",
    version="fr.v1",
    cues=CUES,
    negation=fold(
        rf"(?:\b(?:pas|jamais|aucune?|sans|nullement|ni|guère)\b|(?<!\ben )\bplus\b)(?:\s+{_NEG_NEXT}){{0,2}}$"
    ),
    negation_gap=3,
    idioms=tuple(
        fold(p)
        for p in (
            # fullness, not despair: "j'ai trop mangé, j'en peux plus" (not "... j'en peux plus de cette vie")
            r"\b(?:j'ai|on a|jai) (?:trop|tellement|beaucoup trop) (?:mangé|bouffé)\b[^.!?]{0,40}?"
            r"\b(?:je n'en|j'en|jen) peux (?:plus|pu|pus)\b(?!\s+de\b)",
            r"\b(?:mourir|meurs|meurt|mourais|mourrais|mort|morte|morts|mortes|crever|crève|crèves|crevé|crevée) "
            r"(?:de |d')(?:rire|honte|faim|soif|froid|chaud|chaleur|peur|ennui|envie|fatigue|sommeil|jalousie|"
            r"impatience|curiosité|trouille|amour|bonheur)\b",
            r"\bà mourir de (?:rire|honte|ennui)\b",
            r"\b(?:je me jette|se jeter|je vais me jeter|on se jette) à l'eau\b",  # taking the plunge
            r"\b(?:ça|ca|tu|vous|il|elle|ils|elles|cette \w+|ce \w+) (?:me |m')(?:tue|tues|tuent|tuez|a tué|achève)\b",
            r"\btuer (?:le temps|dans l'œuf|la faim|la soif)\b",
            r"\btuer (?:le|un|les|ce) (?:processus|process|tâche|job|programme|appli)\b",
            r"\bme tue (?:à (?:la tâche|le dire|te le dire|vous le dire|le répéter|répéter|expliquer|travailler)|"
            r"au (?:travail|boulot))\b",
            r"\bme tuer (?:au|à la) (?:travail|boulot|tâche)\b",
            r"\b(?:mes parents|ma mère|mon père|maman|papa|mes darons|ma daronne|mon daron|mon prof|ma prof|mon patron|"
            r"ma patronne|mon chef|ma cheffe) (?:va|vont) me tuer\b",
            r"\bc'est (?:du )?suicid(?:e|aire)\b",
            r"\bsuicide (?:commercial|politique|financier|social|professionnel|collectif)\b",
            r"\bcrever (?:un|le|les|mon|ton|ses) pneus?\b",
            r"\bje (?:veux|voudrais) disparaître (?:sous terre|dans un trou de souris|de honte)\b",
            r"\bme couper (?:les cheveux|la frange|les ongles|une part|une tranche|un morceau)\b",
            r"\bje me suis (?:coupée?|brûlée?) (?:en (?:cuisinant|coupant|épluchant)|avec (?:une|la|le|du) "
            r"(?:feuille|papier|couteau de cuisine|four|fer))\b",
            r"\bplutôt mourir (?:que|qu')",
            r"\ben finir avec (?:ce|cette|ces|le|les|mon|ma|mes|ça)\b",
            r"\b(?:me )?tape sur (?:les nerfs|le système)\b",
            r"\b(?:me )?(?:pousse|poussent|poussé|poussée) à\b",
            r"\bme bat (?:à|au|aux|toujours)\b",
            r"\bça me touche\b|\bme touche (?:beaucoup|énormément|profondément|vraiment)\b",
            r"\bje suis morte?\b(?=\s*(?:mdr|ptdr|lol|😂|de rire))",
            r"\b(?:j'ai envie de|je veux|je vais) mourir\b(?=[^.!?]{0,60}\b(?:lundi|flemme|chaleur|canicule|bouchons|devoirs|"
            r"exam|partiel|gueule de bois|réveil)\b)",
            r"\b(?:flemme|la flemme|lundi|canicule|partiel)\b[^.!?]{0,30}\b(?:j'ai envie de|je veux|je vais) mourir\b",
            r"\bje (?:veux|voudrais) mourir\b(?=[^.!?]{0,80}\b(?:mauvais (?:groupe|chat|destinataire)|mauvaise personne|"
            r"sans faire exprès|la honte|trop la honte|quelle honte|devant tout le monde|m'a vue?|j'ai envoyé)\b)",
            r"\b(?:enceinte|gastro|grippe|malade|chimio|nausées|intoxication alimentaire)\b[^.!?]{0,60}\b(?:vomis|vomir|"
            r"mange (?:presque |quasi )?rien|jeûne)\b",
            r"\bvomis\b[^.!?]{0,60}\b(?:enceinte|gastro|grippe|malade|chimio|nausées)\b",
        )
    ),
    contexts={
        name: fold(p)
        for name, p in {
            "relocation": r"\b(?:je déménage|déménagement|déménager|j'émigre|émigrer|expatri\w+|je pars vivre|je pars m'installer|je m'installe (?:à|au|aux|en)|mon dernier jour (?:au boulot|au bureau|au travail|dans la boîte))\b",
            "fiction": r"\b(?:roman|nouvelle que j'écris|histoire que j'écris|scénario|poème|poésie|fanfic|fanfiction|"
            r"chapitre|intrigue|protagoniste|personnage|méchant|méchante|paroles|chanson|album|épisode|saison \d|"
            r"film|(?<!une )série|livre|bd|manga|anime|pièce de théâtre)\b",
            "game": r"\b(?:(?<!pas un )(?<!n'est pas un )jeu|jeux vidéo|jeu vidéo|je joue|niveau \d+|respawn\w*|boss|"
            r"pnj|minecraft|fortnite|roblox|mon perso|mes sims|quête|raid|pvp|fifa|ps[45]|xbox|valorant|"
            r"call of duty|warzone|league of legends|gamer|tournoi|mario kart|smash bros|hollow knight|une partie de|"
            r"au match|pendant le match)\b",
            "software": r"\b(?:processus|serveur|script|terminal|commande|kill -9|sigkill|conteneur|docker|kubernetes|"
            r"cron|bash|linux|cpu|l'appli a planté|déploiement|git|npm|python|java|thread|pid|base de données|"
            r"compiler)\b",
            "pets": r"\b(?:dose|quantité|combien)\b.{0,40}\b(?:pour|chez) (?:un|mon|le|une|ma|la) (?:chat|chien|chatte|chienne|chiot)\b|\b(?:the vet|a vet|vets|veterinarian|veterinario|veterinaria|vétérinaire|véto|tierarzt|tierärztin|veterinário|veterinária)\b|\b(?:mon|ma|notre|le|la) (?:chat|chatte|chaton|chien|chienne|chiot|lapin|hamster|perroquet)\b[^.!?]{0,60}\b(?:a mangé|a léché|a avalé|a bu|a croqué)\b",
            "finance": r"\b(?:exécuter|exécute|exécuté) (?:un|une|le|la|mon|ma) (?:ordre|trade|script|requête|commande|stop loss)\b",
            "medical": r"\b(?:dose maximale|dose max|j'ai (?:une |un )?(?:grosse |forte |bonne )?(?:migraine|mal de tête|fièvre|rhume|mal aux dents|mal de dos))\b|"
            r"\bpour (?:le|la|un|une|mon|ma|mes) (?:mal de tête|mal de dos|mal de dents|migraine|fièvre|"
            r"rhume|grippe|règles|douleurs?|allergies?|gueule de bois)\b|\bla notice dit\b|"
            r"\b(?:le|mon) (?:médecin|pharmacien) (?:dit|a dit)\b",
            "definition": r"\b(?:définition (?:de|du)|que veut dire|qu'est-ce que (?:veut dire|signifie)|signifie|"
            r"synonyme|sens du mot)\b",
            "academic": r"\b(?:recherche|(?:une|l'|cette|selon une) étude|études (?:sur|montrent)|article|mémoire sur|"
            r"thèse|exposé|dissertation|statistiques|taux de|rapport|conférence|cours (?:de|sur)|formation|"
            r"sensibilisation|prévention|campagne|documentaire|podcast|dans le journal|journal télévisé|"
            r"actualités|infos|enquête|données|reportage)\b",
        }.items()
    },
    jokes=fold(
        r"(?:\bmdr+\b|\bptdr+\b|\bxptdr\b|\blol\b|\b(?:ha){2,}\w*|\b(?:hi){2,}\w*|\bxd+\b|"
        r"\bjpp\b(?!\s+(?:de (?:cette|ma|la) vie|de tout|plus)\b)|"
        r"\bc'est (?:une |qu'une )?blague\b|\bc'était (?:une blague|pour rire)\b|"
        r"\bje (?:rigole|plaisante|déconne)\b(?!\s+pas\b)|\bpour rire\b(?<!pas pour rire)|😂|🤣|💀|🙄)"
    ),
    past=fold(
        r"\b(?:il y a (?:\d+|quelques|plusieurs|des|deux|trois|quatre|cinq|dix|un|une) (?:ans?|années|mois)(?!\s+que\b)|"
        r"quand j'étais (?:petite?|ado|adolescente?|jeune|plus jeune|au lycée|au collège|enfant|gamine?)|"
        r"quand (?:on était|nous étions|il était|elle était|ils étaient) (?:petits?|petites?|ados?|adolescents?|jeunes|plus jeunes|au lycée|au collège|enfants?|gamins?)|"
        r"(?:\d+|deux|trois|cinq|dix|quinze|vingt|trente) ans (?:après|plus tard)|"
        r"autrefois|à l'époque|dans le passé|avant,? je \w+(?:ais|ait)|j'avais l'habitude de|à l'adolescence|"
        r"pendant mon adolescence|il y a longtemps|l'année dernière|l'an dernier)\b"
    ),
    recovered=fold(
        r"\b(?:je n'ai plus (?:ces|de telles|ce genre de) (?:pensées|idées)|ça peut changer|ça peut aller mieux|rien de grave|(?:je vais|je me sens|ça va|je suis|je me porte) (?:beaucoup |bien |tellement |vraiment |nettement )?"
        r"mieux|guérie?|rétablie?|en rémission|(?:\d+|un|une|deux|trois|six) (?:jours|semaines|mois|ans|an) sans "
        r"(?:me scarifier|me couper|rechute|me faire du mal|me mutiler)|j'ai (?:demandé|reçu|trouvé|cherché) de l'aide|"
        r"je suis suivie?|je vois (?:un|une) (?:psy|thérapeute)|je m'en suis sortie?|heureu(?:x|se) d'être "
        r"(?:encore )?(?:là|en vie)|contente? d'être (?:encore )?(?:là|en vie)|j'ai survécu|survivante?|"
        r"c'est derrière moi|je ne le fais plus|j'ai arrêté de me (?:scarifier|couper|mutiler)|on s'en sort|"
        r"(?:aujourd'hui|maintenant) je suis (?:maman|papa|mariée?|heureuse?|fière)|j'ai eu mon (?:diplôme|bac|permis)|"
        r"(?:toujours|encore) là|la vie est belle)\b"
    ),
    retractions=fold(
        r"^\W*(?:c'était (?:pour rire|une blague|pour de faux|pour déconner)|c'est (?:une )?blague|"
        r"je (?:rigole|plaisante|déconne)|je (?:rigolais|plaisantais|déconnais)|mdr|ptdr|lol|c'est bon|"
        r"laisse tomber|oublie(?:z)?(?: ça| ce que j'ai dit)?|j'exagère|j'exagérais|ça va(?: maintenant)?|"
        r"je vais bien|pas sérieux|c'est rien|t'inquiète)\b"
    ),
    escalators={
        name: fold(p)
        for name, p in {
            "place": r"\b(?:je suis|j'suis|chui|je me trouve) (?:\w+ ){0,2}(?:sur|au bord de|en haut de) (?:le |la |les |l')?(?:toit|voies|rails|pont|rebord|falaise|parapet|bord du quai|dernier étage)\b",  # at a height or on the tracks, now
            "time": r"\b(?:il (?:arrive|est en route|vient de rentrer|rentre bientôt)|elle (?:arrive|est en route)|"
            r"ce soir|cette nuit|aujourd'hui|maintenant|tout de suite|demain|ce week-end|cette semaine|"
            r"dans (?:une|quelques|\d+|deux|trois) heures?|bientôt|tout à l'heure|quand (?:tout le monde|mes parents|"
            r"ils|elles) (?:dorment|dormira|seront couchés|seront partis|sera parti)|avant (?:demain|l'aube|le matin)|"
            r"(?:ne )?(?:me )?répond (?:plus|pas)(?! (?:à mes questions|au téléphone le matin))|(?:ne )?décroche (?:plus|pas)|"
            r"(?:son|le) (?:portable|téléphone|tel) (?:est )?(?:éteint|coupé)|je sais pas où (?:il|elle) est)\b",
            "farewell": r"\b(?:je (?:ne )?serai plus (?:un poids|un problème|une charge|un fardeau) pour personne|tout est en ordre|les lettres sont (?:écrites|prêtes)|ce soir c'est (?:fini|la fin)|c'est la fin|merci pour tout|j'ai (?:écrit|laissé|préparé) (?:les |des |mes )?lettres (?:à|pour) (?:mes enfants|mes parents|ma famille|"
            r"ma femme|mon mari)|les lettres sont (?:sur la table|prêtes)|"
            r"lettres? d'adieu|adieu à tous|pardonnez-moi pour tout)\b",
            "means": r"\b(?:je (?:viens|vais venir|reviens|passe) avec (?:le|un|mon) (?:couteau|flingue|arme|pistolet|fusil|cutter))\b|"
            r"\b(?:j'ai|je tiens|acheté|trouvé|récupéré|commandé|chargé|je garde|j'ai gardé|a gardé|"
            r"elle a|il a) (?:une |la |le |les |mes |des |un |assez de |tous (?:mes|les) |toutes (?:mes|les) |"
            r"toute la |une boîte de |la boîte de )?(?:arme|flingue|pistolet|fusil|revolver|couteau|lame|lames|"
            rf"rasoir|cutter|corde|poison|mort-aux-rats|javel|{_PILLS})\b|"
            r"\bj'ai (?:pris|sorti) (?:le|un|mon|son) (?:couteau|flingue|pistolet|fusil|arme)\b|"
            r"\b(?:les cachets|la corde|l'arme|le couteau|le flingue|les médocs|les médicaments) (?:est|sont) "
            r"(?:prête?s?|là|à côté de moi|dans mon sac|sur la table|devant moi)\b",
            "plan": r"\bj'ai un plan\b|\bj'ai (?:tout )?(?:prévu|planifié|organisé|préparé)\b|"
            r"\btout est (?:prêt|prévu|planifié|organisé)\b|\bje sais (?:exactement |déjà )?(?:comment|quand|où) "
            r"(?:je vais (?:le faire|faire)|le faire)\b|\bj'ai choisi (?:la date|le jour|le moment|l'endroit)\b|"
            r"\bmon plan c'est\b",
        }.items()
    },
    distress=fold(
        r"\b(?:désespérée?|sans espoir|envie de mourir|me tuer|suicid\w*|j'en peux plus|je n'en peux plus|en finir|"
        r"à quoi bon|plus envie de rien|disparaître|je me déteste|je me hais|personne ne m'aime|"
        r"tout le monde s'en fout|un fardeau|marre de tout|à bout|je sers à rien|fatiguée? de vivre|"
        r"marre de (?:la vie|vivre)|mieux sans moi|personne ne me regretterait|plus envie de vivre|veux mourir|"
        rf"plus la force|jpp de (?:cette|ma|la) vie|{_PREP})\b"
    ),
)
