"""German care rules (Germany, Austria, Switzerland). Levels follow care.md: 2 elevated, 3 high, 4 imminent.

Written for German, not translated: the verb comes second or last and the negation after it ("ich
will mich nicht umbringen", "weil ich nicht mehr leben will"), so cues hold the speaker and the verb
and the words between them may not be a negation or another subject; umlauts and ß are optional
("schlägt", "schlaegt", "schlagt"; see :func:`~affectkit.care.lexicon._fold.fold`). "Schluss
machen" is a crisis only with "mit meinem Leben" or "mit allem" (with him, it is a break-up).
English slang is left to the English rules, which run alongside. The "broad shapes" at the end of the
cues catch whole families the specific cues miss, each with its look-alikes excluded; ``_THEM`` keeps
someone else's verb ("er will mich umbringen") from reading as the speaker's.

Example:
    >>> import re
    >>> any(re.search(c.pattern, "ich will nicht mehr leben", re.I) for c in LEXICON.cues)
    True
"""

from __future__ import annotations

from affectkit.care.lexicon import Cue, Lexicon
from affectkit.care.lexicon._fold import cue_maker, fold, not_after


def _g(pattern: str) -> str:
    return fold(pattern, german=True)


_cue = cue_maker("de", german=True)


_not_after = not_after


# Someone else is the subject: "er will (mich umbringen)", "mein Vater will (mir wehtun)".
_THEM = _not_after(
    "er", "sie", "es", "man", "du", "ihr", "wer", "jemand", "keiner", "niemand", "vater", "papa",
    "mutter", "mama", "stiefvater", "freund", "freundin", "mann", "frau", "ex", "bruder", "schwester", "chef",
    "chefin", "lehrer", "lehrerin", "onkel", "tante", "opa", "oma", "typ", "kerl", "nachbar", "partner",
    "partnerin", "cousin", "sohn", "tochter", "eltern", "kumpel",
)

# A word between the speaker and the verb: never a negation, another subject or a new clause.
_GAP = (
    r"(?:(?!nicht\b|nie\b|niemals\b|kein\w*|nimmer\b|er\b|sie\b|es\b|man\b|du\b|ihr\b|dass\b|wenn\b|ob\b|"
    r"der\b|das\b|den\b|dem\b|beim\b)[\w']+[\s,]+)"
)
_PILLS = (
    r"(?:tabletten|pillen|medikamente|schlaftabletten|beruhigungsmittel|antidepressiva|benzos|paracetamol|"
    r"ibuprofen|aspirin|tavor|diazepam|valium|tramadol|insulin|kapseln)"
)
_MUCH = (
    r"(?:alle(?: meine)?|die ganze packung|eine ganze packung|eine packung|zwei packungen|mehrere packungen|"
    r"zu viele|viel zu viele|eine handvoll|den ganzen blister|die ganze schachtel|eine ganze schachtel|"
    r"einen haufen|\d{2,}(?!\s*(?:mg|ml|g|tropfen)\b)|zwanzig|dreißig|vierzig|fünfzig|hundert)"
)
_NUM = r"(?:\d+|einer|einem|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|vierzehn|zwanzig|mehreren|ein paar|einigen)"
_MEN = (
    r"vater|papa|stiefvater|stiefpapa|mann|ehemann|freund|partner|ex|onkel|opa|großvater|trainer|lehrer|chef"
)
_WOMEN = r"mutter|mama|stiefmutter|frau|ehefrau|freundin|partnerin|ex|tante|oma|großmutter|chefin|lehrerin"
_KIN = r"(?:mein (?:bruder|cousin)|meine (?:schwester|cousine|geschwister))"
_ADULT = rf"(?:er|sie|mein (?:{_MEN})|meine (?:{_WOMEN})|meine eltern)"
_ABUSER = rf"(?:{_ADULT}|{_KIN})"
_PARTNER = r"(?:er|sie|mein (?:mann|ehemann|freund|partner|ex)|meine (?:frau|ehefrau|freundin|partnerin|ex))"
_FILL = r"(?:\s+(?:schon|immer|oft|wieder|ständig|manchmal|dann|jeden tag|jedes mal|regelmäßig)){0,2}"
_HIT = (
    r"(?:schlägt|schlug|verprügelt|verprügelte|tritt|trat|schubst|schubste|ohrfeigt|ohrfeigte|misshandelt|"
    r"misshandelte|quält|quälte|verhaut|haut|boxt|prügelt)\s+mich\b"
    r"(?!\s+(?:\w+\s+)?(?:beim|im|in|bei|um längen|haushoch|um)\b)"
)
_HIDING = (
    r"(?:(?:habe|hab) mich (?:im bad|im badezimmer|im klo|auf dem klo|in meinem zimmer|im schrank|im auto) "
    r"(?:eingeschlossen|eingesperrt|versteckt)|ich verstecke mich|(?:er|sie) (?:hämmert|schlägt|tritt|klopft|"
    r"trommelt) (?:gegen|an) die tür|(?:er|sie) versucht,? (?:die tür aufzubrechen|reinzukommen))"
)
_PERSON = (
    r"(?:beste freundin|bester freund|freundin|freund|kumpel|bruder|schwester|mutter|mama|vater|papa|sohn|tochter|"
    r"kind|partnerin|partner|mann|frau|mitbewohnerin|mitbewohner|klassenkamerad\w*|kolleg\w*|cousine|cousin|"
    r"schüler\w*|nichte|neffe|tante|onkel|oma|opa|nachbar\w*)"
)
_SOMEONE = rf"(?:(?:mein|meine|meinem|meiner|ein|eine|unser|unsere) {_PERSON}|er|sie)"

# -- the families the broad shapes are built from ------------------------------------------
# Thinking that will not stop, a negation that intensifies: "ich kann nicht aufhören, daran zu denken, ...".
_RUMINATE = (
    r"(?:kann (?:einfach )?nicht aufhören,? (?:daran |dran )?zu denken|muss (?:ständig|dauernd|immer|die ganze zeit) "
    r"(?:daran |dran )?denken|denke (?:ständig|dauernd|immer|die ganze zeit|nur noch) (?:daran|dran))"
)
# Up to four words between a wish and what is wished, none a negation or another subject.
_GAP4 = rf"[\s,]+{_GAP}{{0,4}}?"
_WISH = _THEM + (
    r"(?:will|möchte|möcht|wünschte|wünsche mir|würde (?:am liebsten|so gern|gern|gerne|lieber)|"
    r"wäre (?:am liebsten|lieber|so gern)|hoffentlich|hoffe|bete|am liebsten|sehne mich danach|"
    r"(?:wünsche|wünschte) ich (?:mir)?|möchte ich|will ich|würde ich (?:am liebsten|so gern|gern|gerne|lieber)|"
    r"wäre ich (?:am liebsten|lieber)|" + _RUMINATE + ")"
)
_DEATH = (
    r"(?:sterben(?! vor\b)|tot (?:sein|wäre|zu sein)\b|(?<=liebsten )tot\b|(?<=lieber )tot\b|(?:wäre|wär) (?:ich )?(?:lieber |am liebsten |einfach )?tot|"
    r"nicht mehr da(?=\s+sein\b|\s+wäre\b|\s*[.,;!?]|\s*$)|"
    r"nicht mehr (?:aufwachen|aufwache|aufzuwachen|da sein|da wäre|"
    r"existieren|leben|hier sein)|nie (?:mehr|wieder) (?:aufwachen|aufwache|aufzuwachen)|"
    r"(?:einschlafen|einzuschlafen) und (?:nicht mehr|nie wieder|nie mehr) (?:aufwachen|aufzuwachen)|für immer (?:schlafen|einschlafen|weg sein|"
    r"verschwinden)|zu (?:gott|meine[mr] \w+ in den himmel)|in den himmel(?! kommen,? wenn)|"
    r"weg von dieser welt|von dieser welt gehen)"
)
_KILL_SELF = (
    r"(?:mich (?:\w+ )?(?:umzubringen|umbringen|umzubrigen|zu töten|töten|aufzuhängen|aufhängen|zu erhängen|erhängen|"
    r"zu erschießen|vor (?:den|einen) zug zu werfen)|mir (?:\w+ )?(?:das leben zu nehmen|das leben nehmen|"
    r"die kugel zu geben|die kugel geben)|mir (?:\w+ )?(?:was|etwas) (?:anzutun|antun)(?! gutes))"
)
_HARM_SELF = (
    r"(?:mich (?:\w+ ){0,3}?(?:zu )?(?:ritzen|schneiden|verletzen|verbrennen|schlagen|bestrafen|kratzen)|"
    r"mir (?:selbst )?(?:weh ?zu ?tun|wehtun|weh tun|wehzutun))"
)
_URGE = _THEM + r"(?:will|möchte|muss|lust|drang|druck|bedürfnis|impuls\w*|verlangen|gedanken?|sehne mich danach)"
_NOT_INJURY = (
    r"(?![^.!?]{0,40}\b(?:haare|beim (?:kochen|rasieren|schneiden|schnippeln|fußball|sport|training|"
    r"gemüse\w*)|in den finger|aus versehen|versehentlich|unfall)\b)"
)
_WEAPON = r"(?:messer|waffe|pistole|knarre|gewehr|baseballschläger|schläger|axt|machete|schlagring|revolver)"
_HUNT = (
    r"(?:weiß,? wo (?:er|sie) (?:wohnt|arbeitet|ist|pennt)|weiß,? wann (?:er|sie) (?:rauskommt|kommt|geht|"
    r"feierabend hat|aus der \w+ kommt)|warte,? (?:vor (?:seiner|ihrer|seinem|ihrem|der|dem)|auf (?:ihn|sie)\b|"
    r"bis (?:er|sie) (?:\w+ ){0,4}(?:kommt|rauskommt|da ist|rausgeht))|lauere (?:ihm|ihr) auf|"
    r"(?:heute|jetzt) (?:ist|wird) (?:er|sie) dran|(?:er|sie) wird (?:es )?bereuen|(?:der|die) wird bluten)"
)
_BRUISE = r"(?:blaue flecken|blauen fleck|prellungen|veilchen|blaues auge|striemen|würgemale|blutergüsse)"
_PREP = (
    r"(?:(?:meine[nm]?|den|die|das) (?:katze|kater|hund|hamster|kaninchen|haustiere?|vogel|wellensittich)\b"
    r"[^.!?]{0,30}?\b(?:abgegeben|weggegeben|gebracht|gegeben|vermittelt|verschenkt)\b(?![^.!?]{0,120}\b(?:urlaub|"
    r"reise|verreise|fahre weg|wochenende|krankenhaus|umzug)\b)|"
    r"briefe? an (?:alle|meine \w+|jeden)\b[^.!?]{0,20}?\bgeschrieben\b(?![^.!?]{0,120}\b(?:weihnacht\w*|geburtstag\w*|"
    r"bewerbung\w*)\b)|testament (?:gemacht|geschrieben)|alles geregelt|meine (?:ganzen )?sachen verschenkt|"
    r"mich von allen verabschiedet|(?:der strick|das seil|die schlinge) (?:hängt|ist bereit)|"
    r"(?:hab|habe) (?:einen|den|ein) (?:strick|seil) (?:gekauft|geknüpft))"
)
_FINAL = (
    r"(?:(?:heute(?: nacht| abend)?|morgen|jetzt) (?:ist es (?:so weit|soweit|vorbei)|mache ich schluss|passiert es)|"
    r"es ist (?:so weit|soweit|zeit)|verzeiht mir|lebt wohl|mach(?:e)? ich schluss)"
)
_THEY_SAID = (
    r"(?:hat gesagt|hat mir gesagt|hat mir geschrieben|sagt|meint|schreibt|hat geschrieben|sagte|meinte)\b[^.!?]{0,15}?"
    r"\b(?:(?:sie|er) (?:hat|hätte) (?:einen|nen) plan,? sich (?:umzubringen|das leben zu nehmen)|wir wären ohne (?:sie|ihn) "
    r"(?:\w+ )?besser dran|(?:alle|wir|ihr) (?:wären|wärt) (?:\w+ )?besser (?:dran )?ohne (?:sie|ihn)|(?:sie|er) "
    r"(?:sei|ist|wäre) (?:allen )?(?:nur )?eine last|(?:sie|er) kann nicht mehr|keiner würde (?:sie|ihn) vermissen|"
    r"(?:sie|er) will (?:nicht mehr leben|sterben|verschwinden)|(?:sie|er) (?:bringt|bring) sich um)"
)
_LEAVING = (
    r"(?![^.!?]{0,120}\b(?:umzug|zieht|umziehen|auswander\w*|urlaub|reise|flughafen|auslandsjahr|erasmus|ruhestand|"
    r"kündig\w*)\b)"
)
_EDGE = (
    r"(?:auf|an) (?:dem dach|der brücke|dem balkon|der brüstung|dem geländer|den gleisen|der dachkante|"
    r"dem fenstersims|der klippe)"
)
_RESTRICT = (
    r"(?:nur (?:noch )?(?:wasser|kaffee|tee|cola light)|(?:esse|ess) (?:seit \w+(?: \w+)? )?(?:kaum|fast nichts|nichts|nix)|"
    r"kaum (?:noch )?was gegessen|nichts gegessen|lass(?:e)? (?:jede|alle|die) mahlzeit\w* ausfallen|"
    r"mahlzeiten ausfallen|hungere|hungre|faste|kotze|kotz|erbreche|übergebe mich|abführmittel|fressattacke\w*|"
    r"kalorien zählen|\d+ kalorien|nur (?:einen|eine|ein|nen|ne|zwei|einen halben|einen einzigen) \w+ gegessen|"
    r"kein (?:abendessen|frühstück|mittagessen)|esse heute nichts|(?:über|mehr als) \d{3,4} kalorien|wiege mich \w+ mal)"
)
_JUDGE = (
    r"(?:fett|dick|eklig|widerlich|\d{2,3} ?(?:kilo|kg)|\d{1,2} ?(?:kilo|kg) (?:abnehmen|runter|weniger)|abnehmen|dünn|knochen|rippen|schlüsselbein\w*|thigh gap|"
    r"verdiene|bestrafen|bestrafe|heimlich|keiner merkt|niemand merkt|merkt (?:es )?keiner|(?:meine )?eltern denken|"
    r"versteckt|schuldig|hasse meinen körper|ekel mich|ekle mich|ausgleichen|abtrainieren)"
)
_NOT_ED = (
    r"(?![^.!?]{0,120}\b(?:magen-darm|krank|grippe|corona|operation|ramadan|fastenzeit|intervallfasten|schwanger|"
    r"übelkeit|chemo|kater|wettkampf|wiegen|zahnarzt)\b)"
)

CUES: tuple[Cue, ...] = (
    _cue("shi.conceal", "self_harm_instructions", 3,
         r"\b(?:wie (?:kann (?:ich|man) )?|)(?:meine |die )?(?:schnitte|narben|ritzwunden|ritzer|brandwunden) "
         r"(?:(?:am|an den) (?:arm|armen|handgelenk\w*|bein\w*) )?(?:verstecken|verdecken|kaschieren|überschminken)\b"),
    _cue("si.on_height", "suicidal_ideation", 3,
         r"\bich (?:stehe|sitze|bin) (?:gerade |jetzt )?(?:auf dem|auf der|am|an der) (?:dach|brücke|geländer|brüstung|klippe|gleis|gleisen)\b(?![^.!?]{0,40}\b(?:aussicht|sonnenuntergang|foto|grill)\b)"),
    _cue("hto.deserves", "harm_to_others", 3,
         r"\b(?:heute |morgen |jetzt )?(?:bekommt|kriegt) (?:er|sie|der|die),? (?:endlich,? )?was (?:er|sie) verdient\b"),
    _cue("hto.stab", "harm_to_others", 3,
         r"\b(?:stech(?:e)? ich (?:ihn|sie|den|die)|ich stech(?:e)? (?:ihn|sie|den|die)) (?:\w+ )?ab\b|"
         r"\b(?:knall(?:e)? ich (?:ihn|sie)|ich knall(?:e)? (?:ihn|sie)) ab\b|\bich (?:erschieß|erschieße|ersteche) (?:ihn|sie)\b"),
    # -- suicidal ideation: active (3) ------------------------------------------------------
    _cue("si.kill_self", "suicidal_ideation", 3,
         rf"\bich[\s,]+{_GAP}{{0,4}}mich[\s,]+{_GAP}{{0,3}}(?:umbringen|umzubringen|umbring\w*|töten|zu töten|"
         r"erhängen|zu erhängen|aufhängen|aufzuhängen|erschießen|zu erschießen|vergiften|zu vergiften|"
         r"vor (?:den|einen|die) (?:zug|bahn|u-bahn|s-bahn|lkw|laster|auto) (?:werfen|zu werfen|schmeißen))\b|"
         rf"\b(?:ich[\s,]+bring(?:e)?|bring(?:e)?[\s,]+ich)\s+mich\s+{_GAP}{{0,3}}um\b"
         r"(?!\s+(?:den|die|das|meinen|meine|mein|\d)\b)|"
         r"\bich (?:häng|hänge) mich auf\b(?=\s*(?:$|[.,;!?]))|"
         rf"\bmir[\s,]+{_GAP}{{0,2}}das leben (?:nehmen|zu nehmen)\b|"
         rf"\bich[\s,]+{_GAP}{{0,4}}(?:mein leben (?:beenden|zu beenden)|meinem leben ein ende (?:setzen|machen|"
         r"zu setzen|zu machen))\b|"
         rf"\bich[\s,]+{_GAP}{{0,4}}(?:selbstmord|suizid|freitod) (?:zu )?(?:begehen|machen)\b|"
         r"\b(?:schluss (?:machen|mache|mach|zu machen) mit (?:meinem leben|dem leben|allem)|"
         r"(?:mache|mach|machen|macht) schluss mit (?:meinem leben|dem leben|allem)|"
         r"mit (?:meinem leben|dem leben|allem) schluss (?:machen|mache|mach|zu machen)|"
         r"(?:endgültig|für immer) schluss (?:machen|mache|mach)\b(?!\s+mit\s+(?:ihm|ihr|dir|meinem|meiner|der|"
         r"dem|den)\b))\b"),
    _cue("si.suicidal_thoughts", "suicidal_ideation", 3,
         rf"\bich[\s,]+{_GAP}{{0,3}}(?:suizidal|suizidgefährdet)\b|"
         rf"\b(?:ich habe|ich hab|hab|habe|hatte)[\s,]+{_GAP}{{0,2}}(?:suizid|selbstmord)gedanken\b|"
         rf"\b(?:denke|dachte|denk)[\s,]+{_GAP}{{0,3}}(?:an|über) (?:selbstmord|suizid|den tod|sterben|"
         r"mich umzubringen)\b|"
         r"\blebensmüde gedanken\b"),
    _cue("si.suicidal_mention", "suicidal_ideation", 3,
         r"\b(?:suizid|selbstmord)gedanken\b|\bsuizidal\b", first_person=False),
    _cue("si.not_live", "suicidal_ideation", 2,
         r"\b(?:will|möchte|mag|kann|wollte)\s+(?:ich\s+)?(?:einfach |echt |wirklich |so |eigentlich )?nicht mehr "
         r"(?:leben|weiterleben|am leben sein|existieren|da sein|hier sein)\b(?!\s+ohne\b)|"
         r"\b(?:keine lust|keinen bock|kein bock|keine kraft|keinen sinn) mehr (?:zu leben|aufs leben|"
         r"auf das leben|auf mein leben|zum leben|weiterzuleben)\b|"
         r"\bnicht mehr (?:leben|weiterleben|existieren) (?:will|möchte|wollen|mag)\b"),
    _cue("si.intent", "suicidal_ideation", 3,
         rf"\bich (?:werde|will|geh|gehe|werd)\s+{_GAP}{{0,3}}(?:von|vom|aus|vor) (?:der|dem|einer|einem|den|die)?"
         r" ?(?:brücke|dach|hochhaus|fenster|balkon|zug|gleise|klippe)\w* (?:springen|werfen|legen|stürzen)\b|"
         r"\bich spring(?:e)? (?:\w+ ){0,3}?(?:von der|vom|aus dem|vor den) "
         r"(?:brücke|dach|hochhaus|fenster|balkon|zug)\b|"
         r"\bmorgen bin ich nicht mehr (?:da|hier)\b|\bich werde morgen nicht mehr (?:da|hier) sein\b"),
    _cue("si.goodbye", "suicidal_ideation", 3,
         r"\b(?:das|dies) ist mein (?:abschied|letzter post|letzte nachricht)\b|"
         r"\bihr werdet mich nie wieder (?:sehen|hören)\b|"
         r"\bverzeiht mir,? was ich (?:jetzt )?tun werde\b|"
         r"\bwenn ihr das lest,? bin ich (?:schon )?(?:tot|nicht mehr da|weg)\b"),
    # -- suicidal ideation: passive (2) -----------------------------------------------------
    _cue("si.want_die", "suicidal_ideation", 2,
         r"\b" + _THEM + r"(?:will|möchte|möcht|wollte|würde gern|würde gerne|würde lieber|wäre lieber|wünsche mir,? zu)"
         rf"\s+(?:ich\s+)?{_GAP}{{0,2}}(?:sterben|tot sein|tot)\b(?!\s+(?:vor|als rot)\b)|"
         r"\btodessehnsucht\b|\bsehne mich nach dem tod\b"),
    _cue("si.wish_dead", "suicidal_ideation", 2,
         r"\b(?:wünschte|wünsche mir|wünschte mir),? ich wäre (?:nie geboren(?: worden)?|tot|nicht mehr da)\b|"
         r"\bwünsch(?:e|te)? (?:ich )?mir,? (?:ich )?wär(?:e)? (?:\w+ )?(?:tot|nie geboren|nicht mehr da)\b|"
         r"\bwäre ich (?:doch )?(?:nie geboren|tot)\b|\bich hätte nie geboren werden (?:sollen|dürfen)\b"),
    _cue("si.not_wake", "suicidal_ideation", 2,
         r"\b(?:einschlafen|schlafen) und nicht (?:mehr |wieder )?aufwachen\b|"
         r"\b(?:will|möchte|wünschte|hoffe|wünsche mir),? (?:ich )?(?:\w+\s+){0,2}?(?:nie mehr|nie wieder|nicht mehr) "
         r"(?:aufwachen|aufzuwachen|aufwache)\b|\bfür immer (?:schlafen|einschlafen)\b"),
    _cue("si.better_off", "suicidal_ideation", 2,
         r"\bbesser dran ohne mich\b|\bohne mich (?:\w+\s+){0,3}?besser dran\b|\bohne mich wäre (?:\w+\s+){0,2}besser\b|"
         r"\b(?:niemand|keiner) würde mich vermissen\b|"
         r"\b(?:niemand|keiner) würde (?:es )?(?:merken|bemerken),? wenn ich (?:weg|tot|nicht mehr da)\b"),
    _cue("si.no_point", "suicidal_ideation", 2,
         r"\b(?:das |mein )?leben (?:hat|macht) (?:für mich )?(?:keinen|null) sinn(?: mehr)?\b|"
         r"\b(?:das |mein )?leben ist (?:es )?nicht (?:mehr )?lebenswert\b|"
         r"\bkeinen sinn mehr (?:zu leben|im leben|weiterzumachen|weiterzuleben)\b|"
         r"\bkein(?:en)? grund (?:mehr )?(?:zu leben|weiterzuleben|weiterzumachen)\b|"
         r"\bwofür (?:soll ich )?(?:noch )?(?:leben|weiterleben|weitermachen)\b|\bwozu (?:noch )?(?:leben|weiterleben)\b|"
         r"\bich sehe keinen sinn (?:mehr )?(?:im leben|zu leben|darin weiterzuleben|in (?:nichts|allem))\b|"
         r"\b(?:es hat alles|alles hat) keinen sinn mehr\b|\bnichts hat (?:mehr )?(?:einen )?sinn\b"),
    _cue("si.disappear", "suicidal_ideation", 2,
         r"\b(?:will|möchte|würde gern|würde gerne|wünschte,? ich könnte|wünsche mir,? zu)\s+(?:ich\s+)?"
         r"(?:einfach |nur |einfach nur |für immer )*(?:verschwinden|nicht mehr existieren|aufhören zu existieren|"
         r"nicht mehr da sein)\b(?![\s,]+(?:für|übers|am|ins|in den|nach|aufs|aus der|zum|zur)\b)"),
    _cue("si.done_life", "suicidal_ideation", 2,
         r"\bich bin (?:\w+\s+)?lebensmüde\b|\bfühle mich lebensmüde\b|\bdes lebens müde\b|\bmüde vom leben\b|"
         r"\b(?:habe|hab) (?:das|mein) leben (?:so )?satt\b|"
         r"\bich kann so nicht (?:mehr )?(?:weiterleben|weitermachen)\b|\bich will (?:so )?nicht mehr weiterleben\b"),
    # -- preparation and attempt in progress (4) -------------------------------------------
    _cue("si.prepared", "suicidal_ideation", 4,
         r"\babschiedsbriefe?\b(?=.{0,30}\b(?:geschrieben|verfasst|hinterlassen|fertig)\b)|"
         r"\b(?:geschrieben|verfasst|schreibe|schreib)\b.{0,30}\babschiedsbriefe?\b|"
         rf"\b(?:habe|hab)[\s,]+{_GAP}{{0,3}}{_PILLS}\s+{_GAP}{{0,2}}(?:gesammelt|gehortet|gebunkert|"
         r"zurückgelegt|gespart|zusammengespart|angespart|versteckt|zusammengesammelt)\b|"
         rf"\b(?:sammle|horte|bunkere|spare)\s+{_GAP}?{_PILLS}\b|"
         r"\b(?:all meine sachen|meine ganzen sachen) verschenkt\b|"
         r"\b(?:habe|hab) (?:einen|den|ein) (?:strick|seil) (?:gekauft|geknüpft|vorbereitet|besorgt|aufgehängt)\b|"
         r"\bden strick (?:schon )?(?:geknüpft|vorbereitet|aufgehängt)\b|"
         r"\b(?:der strick|die schlinge) (?:hängt|ist) (?:schon )?(?:bereit|fertig|geknüpft|aufgehängt)\b"),
    _cue("si.in_progress", "suicidal_ideation", 4,
         r"\bich (?:stehe|steh|sitze|sitz|bin) (?:\w+\s+){0,2}(?:auf|an) (?:der|dem|einer|einem) (?:brücke|dach|"
         r"dachkante|kante|geländer|brüstung|klippe|gleisen|balkon\w*)\b(?=.{0,60}\b(?:spring\w*|tschüss|nicht mehr|schluss|sterben|ende)\b)|"
         r"\bich (?:sitze|liege|stehe) (?:auf|an) den gleisen\b|"
         r"\b(?:das seil|der strick) (?:ist|liegt) (?:schon )?um meinen hals\b|"
         r"\bdie tabletten (?:liegen|sind) (?:schon )?vor mir\b|"
         r"\bdas messer (?:ist )?(?:an|auf) meinem (?:handgelenk|hals|arm)\b"),
    # -- medical emergency (4) --------------------------------------------------------------
    _cue("med.overdose_taken", "medical_emergency", 4,
         rf"\b(?:ich )?(?:habe|hab)\s+{_GAP}{{0,4}}{_MUCH}\s+"
         rf"(?:\w+\s+){{0,3}}?{_PILLS}\s+(?:\w+\s+){{0,2}}?(?:genommen|geschluckt|eingenommen|eingeworfen|"
         r"runtergeschluckt)\b(?!\s+wie (?:verschrieben|verordnet)\b)|"
         r"\b(?:eine )?überdosis (?:genommen|geschluckt)\b|\bich habe (?:\w+\s+)?eine überdosis\b|"
         r"\b(?:bleiche|gift|rattengift|frostschutzmittel|abflussreiniger|chlorreiniger) (?:getrunken|geschluckt)\b"),
    _cue("med.bleeding", "medical_emergency", 4,
         r"\b(?:die )?blutung (?:hört|will) nicht (?:auf|aufhören)\b|\b(?:es )?hört nicht auf zu bluten\b|"
         r"\bich blute (?:stark|sehr|so viel|total|wie verrückt|überall)\b|\bzu tief geschnitten\b|"
         r"\bviel blut verloren\b|\bpulsadern aufgeschnitten\b|\büberall (?:ist )?blut\b"),
    _cue("med.dying_now", "medical_emergency", 4,
         r"\bich glaube,? ich sterbe(?: gerade| jetzt)?\b|\bich sterbe gerade\b|"
         r"\bmir ist (?:total |sehr |so )?(?:schwindelig|schlecht|komisch) (?:nach|von) den "
         r"(?:tabletten|pillen|medikamenten)\b"),
    # -- self-harm (urges 2, recent acts 3) ------------------------------------------------
    _cue("sh.act", "self_harm", 3,
         r"\britz(?:e)? mich\b(?!\s+(?:\w+\s+){0,3}?(?:nicht|nie|kaum)\b)|"
         rf"\b(?:habe|hab) mich[\s,]+{_GAP}{{0,2}}geritzt\b|"
         r"\b(?:wieder|erneut) (?:mit dem )?(?:ritzen|svv) angefangen\b|"
         r"\b(?:habe|hab) (?:wieder|erneut) angefangen,? mich zu (?:ritzen|schneiden|verletzen)\b|"
         rf"\bich verletze mich\s+{_GAP}?(?:selbst|absichtlich|wieder)\b|"
         rf"\b(?:habe|hab) mich[\s,]+{_GAP}{{0,2}}(?:absichtlich|selbst|schon wieder|wieder|extra) (?:geschnitten|"
         r"verletzt|verbrannt|geritzt)\b|"
         r"\bich schneide mich\b(?=\s*(?:$|[.,;!?]|\s(?:wieder|absichtlich|selbst|in die|an den|jeden|jede|oft|"
         r"immer|wenn)\b))|"
         r"\bsvv\b(?=.{0,30}\b(?:rückfall|wieder|gestern|heute|mache|habe|hab)\b)|\britzrückfall\b|"
         r"\brückfall\b.{0,20}\b(?:ritzen|svv|geritzt)\b|\bich (?:schlage|schlag) mich (?:selbst|gegen die wand)\b|"
         r"\bmeine (?:frischen|neuen) (?:schnitte|narben|wunden)\b|"
         r"\b(?:hab|habe) mir (?:\w+ ){0,3}?(?:die |den |meine |meinen )?(?:arme?|handgelenke?|beine?|oberschenkel|haut) "
         r"(?:aufgeschnitten|aufgeritzt|zerschnitten|verbrannt|aufgekratzt|geritzt|geschnitten)\b"),
    _cue("sh.recovery", "self_harm", 1,
         rf"\b(?:ein|eine|einen|{_NUM}) (?:tag|tage|tagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren) "
         r"(?:ritzfrei|svv-?frei|clean|ohne (?:ritzen|svv|mich zu ritzen|selbstverletzung))\b|\britzfrei\b",
         strength=0.6),
    _cue("sh.urge", "self_harm", 2,
         r"\britzdruck\b|\bschneidedruck\b|\bsvv-?druck\b|"
         rf"\b{_THEM}(?:will|möchte|muss|würde gern|lust|drang|bedürfnis)[\s,]+{_GAP}{{0,2}}(?:mich (?:ritzen|zu ritzen|"
         r"schneiden|zu schneiden|verletzen|zu verletzen)|mir (?:selbst )?weh(?: zu)? tun|mir (?:selbst )?wehtun|"
         r"mir wehzutun)\b"),
    # -- method seeking (3) -----------------------------------------------------------------
    _cue("ask.dose", "self_harm_instructions", 3,
         rf"\bwie ?viele (?:\w+\s+){{0,3}}?{_PILLS}\b.{{0,50}}\b(?:tödlich|sterben|tot|umbringen|überdosis|"
         r"nicht mehr aufwachen|nicht mehr aufzuwachen|umzubringen)\b|"
         r"\b(?:tödliche|letale) (?:dosis|menge)\b|\bwie (?:nimmt|macht) man eine überdosis\b|"
         rf"\bkann man (?:an|von) (?:\w+\s+){{0,3}}?(?:{_PILLS}|einer überdosis) sterben\b|"
         r"\bwas passiert,? wenn (?:ich|man) (?:alle|die ganze packung|\d{2,}|eine ganze packung)\b|"
         rf"\bwelche (?:{_PILLS}|medikamente|mittel|drogen) (?:\w+\s+){{0,3}}?(?:tödlich|letal|zum tod)\b"),
    _cue("ask.method", "self_harm_instructions", 3,
         r"\b(?:schmerzlos\w*|schnellst\w*|einfachst\w*|sicherst\w*|beste[nr]?|sanfteste[nr]?) (?:art|weise|methode|"
         r"möglichkeit|weg),? (?:zu sterben|sich umzubringen|mich umzubringen|suizid zu begehen|"
         r"selbstmord zu begehen|sich das leben zu nehmen)\b|"
         r"\bwie (?:bringe ich mich|bring ich mich|bringt man sich|kann ich mich|töte ich mich|tötet man sich|"
         r"kann man sich) (?:\w+\s+){0,2}?(?:um|töten|umbringen)\b|"
         r"\bwie (?:erhänge|erhängt) (?:ich|man) (?:mich|sich)\b|"
         r"\bwie (?:kann|könnte|soll) (?:ich|man) (?:mich|sich) (?:\w+ )?(?:umbringen|umbrigen|umbringn|umbirngen|töten|"
         r"erhängen)\b|"
         r"\bwie (?:tief|stark) (?:muss|sollte) (?:ich|man) (?:schneiden|ritzen)\b|"
         r"\bwie lange dauert (?:es|das),? (?:bis man )?(?:zu )?verblut\w*\b|"
         r"\bwie knüpft man (?:einen|ne) (?:strick|henkersknoten|galgenknoten)\b|"
         r"\bwie (?:begeht|begehe) (?:man|ich) (?:selbstmord|suizid)\b"),
    _cue("ask.height", "self_harm_instructions", 3,
         r"\b(?:aus )?welche[rn]? höhe (?:\w+\s+){0,5}?(?:tödlich|tot|sterben|überleben|stirbt)\b|"
         r"\bwie viele stockwerke (?:\w+\s+){0,5}?(?:tödlich|tot|sterben|überleben|stirbt)\b|"
         r"\bwie hoch (?:muss|sollte) (?:\w+\s+){0,6}?(?:tödlich|tot|sterben|stirbt|überlebt|überleben)\b|"
         r"\bab (?:welche[mrn]|wie viele[nm]?) (?:stockwerk\w*|etage\w*|stock|höhe|meter\w*) (?:\w+\s+){0,6}?"
         r"(?:tödlich|tot|stirbt|überlebt|überleben)\b"),
    _cue("ask.conceal", "self_harm_instructions", 3,
         r"\b(?:schnitte|ritzer|ritzwunden|ritznarben|svv-narben) (?:\w+\s+){0,2}?(?:verstecken|verbergen|abdecken|"
         r"überschminken|kaschieren|verheimlichen)\b|"
         r"\b(?:narben|wunden) (?:\w+\s+){0,2}?(?:verstecken|verbergen|verheimlichen) (?:vor|damit)\b|"
         r"\bwie (?:verstecke|verberge|kaschiere|verheimliche|überschminke) ich (?:meine |die |diese )?(?:narben|schnitte|ritzer)\b|"
         r"\b(?:verstecken|verheimlichen),? dass ich (?:mich ritze|nicht esse|kotze|erbreche|mich schneide)\b"),
    _cue("ask.bridge", "self_harm_instructions", 3,
         r"\b(?:die )?höchste brücke\b|\bhöchste[sn]? (?:gebäude|hochhaus|parkhaus)\b|"
         r"\bwo (?:kann ich|kriege ich|bekomme ich|krieg ich|kauft man) (?:eine |ne )?(?:waffe|pistole|knarre|"
         r"strick|seil)\b|\bwie komme ich (?:aufs|auf das) dach\b|"
         r"\bwelche[sr]? (?:brücke|gebäude|hochhaus|parkhaus)\b.{0,40}\b(?:am höchsten|höchste|hoch)\b|"
         r"\b(?:brücken?|hochhaus|hochhäuser|parkhaus) (?:hier )?in der nähe\b|"
         r"\b(?:brücke|hochhaus|parkhaus|turm|gebäude|klippe)\b[^.!?]{0,40}\b(?:wie hoch|wie viele meter|wieviel meter)\b|"
         r"\bwie hoch (?:ist|sind) (?:die|das|der) (?:\w+ )?(?:brücke|hochhaus|parkhaus|turm|gebäude|klippe)\b",
         kind="gated"),
    # -- eating disorders (2; tips 3) -------------------------------------------------------
    _cue("ed.restrict", "eating_disorder", 2,
         rf"\b(?:habe|hab) (?:seit|schon seit) {_NUM} (?:tagen|wochen) (?:nichts|nix|kaum was) (?:mehr )?gegessen\b|"
         rf"\bich esse (?:seit|schon seit) {_NUM} (?:tagen|wochen) (?:nichts|nix|kaum)\b|"
         rf"\bseit {_NUM} (?:tagen|wochen) (?:nichts|nix) (?:mehr )?gegessen\b|"
         r"\bich verdiene (?:es )?(?:nicht|kein) (?:zu essen|essen)\b|"
         r"\bunter \d{3,4} kalorien (?:am|pro) tag\b|\bnur (?:noch )?\d+ kalorien (?:am|pro) tag\b|"
         r"\bich fühle mich (?:so |total |voll )?(?:fett|eklig|widerlich) (?:nach dem essen|wenn ich esse|"
         r"nach jedem essen)\b|"
         r"\bich (?:hungere|hungre)\b|\bich darf nichts essen\b|\bimmer noch (?:zu )?fett\b"),
    _cue("ed.purge", "eating_disorder", 2,
         rf"\b(?:bringe|bring) mich\s+{_GAP}{{0,3}}zum (?:kotzen|erbrechen|übergeben)\b|"
         rf"\bich (?:kotze|erbreche|übergebe mich)\s+{_GAP}?(?:nach (?:jedem|dem) essen|absichtlich|"
         r"nach jeder mahlzeit)\b|"
         r"\babführmittel (?:zum|um) abnehm\w*|\bfressattacken? und (?:dann )?(?:kotzen|erbrechen)\b"),
    _cue("ed.tips", "eating_disorder", 3,
         r"\b(?:tipps|tricks) (?:gegen|um|zum|für) (?:den )?(?:hunger|hungergefühl|nicht (?:zu )?essen|weniger essen)\b|"
         r"\bwie (?:unterdrücke ich|unterdrückt man) (?:den |das )?hunger(?:gefühl)?\b|"
         r"\bwie (?:kotze|erbreche) ich (?:unauffällig|leise|ohne dass)\b|"
         r"\bwie (?:kann ich|kann man|bringe ich mich|bring ich mich) (?:\w+\s+){0,4}?(?:erbrechen|kotzen|"
         r"zum kotzen|zum erbrechen|mich übergeben)\b|"
         r"\b\d+ ?(?:kilo|kg) in (?:einer woche|\d+ tagen) abnehmen\b|\b(?:ana|mia)-?tipps\b"),
    # -- harm to others (3; with means 4 via escalators) -----------------------------------
    _cue("hto.threat", "harm_to_others", 3,
         r"\bich (?:werde|werd|will|wollte|würde|möchte)\s+(?:ihn|sie|dich|euch|alle|den|die|meinen|meine|meinem|"
         rf"diesen|diese)\s+{_GAP}{{0,2}}(?:umbringen|töten|abstechen|erschießen|abknallen|kaltmachen|kalt machen|"
         r"erwürgen|abmurksen|vergiften)\b|"
         r"\bich (?:bring|bringe)\s+(?:ihn|sie|dich|euch|alle|den|die|meinen|meine|diesen|diese)\s+(?:\w+\s+){0,2}?"
         r"um\b(?=\s*(?:$|[.,;!?]|und\b|wenn\b|weil\b|sobald\b))|"
         r"\bich (?:stech|steche|knall|knalle)\s+(?:ihn|sie|dich|euch|alle|den|die|diesen|diese|meinen|meine|mein)\s+"
         r"(?:\w+\s+){0,2}?"
         r"ab\b(?=\s*(?:$|[.,;!?]|und\b|wenn\b|weil\b|sobald\b))|"
         r"\bich (?:mach|mache|leg|lege)\s+(?:ihn|sie|dich|euch|alle|den|die|diesen|diese)\s+(?:\w+\s+){0,2}?"
         r"(?:kalt|um)\b(?=\s*(?:$|[.,;!?]|und\b|wenn\b|weil\b|sobald\b))|"
         rf"\bich (?:werde|will|möchte|würde)\s+{_GAP}{{0,3}}(?:ihm|ihr|ihnen|dem typen|der|dem)\s+{_GAP}{{0,3}}"
         r"(?:wehtun|weh tun|die fresse polieren|eine reinhauen|das gesicht einschlagen)\b"),
    _cue("hto.armed_wait", "harm_to_others", 4,
         r"\b(?:messer|waffe|pistole|knarre|gewehr)\b.{0,40}\b(?:eingesteckt|dabei|bei mir|eingepackt)\b.{0,40}"
         r"\b(?:warte|lauere|lauer) (?:vor|auf|bis)\b"),
    _cue("hto.mass", "harm_to_others", 4,
         r"\b(?:waffe|pistole|knarre|gewehr) (?:\w+\s+){0,3}?mit in die (?:schule|uni|arbeit|firma|klasse)\b|"
         r"\bamoklauf (?:machen|planen|plane|begehen)\b|\bich (?:plane|mache) einen amoklauf\b|"
         r"\bin der schule (?:um mich )?(?:schießen|alle erschießen)\b"),
    # -- abuse disclosed by the victim (2; danger 3) ---------------------------------------
    _cue("abuse.physical", "abuse_victim", 3,
         rf"\b{_ADULT}{_FILL}\s+{_HIT}|"
         r"\b(?:schlägt|verprügelt|tritt|misshandelt|ohrfeigt) (?:er|sie|mein \w+|meine \w+) mich\b|"
         rf"\b{_ADULT}\s+hat mich\s+(?:(?!beim\b|im\b|bei\b|in\b|um\b|mit\b)\w+\s+){{0,3}}(?:geschlagen|verprügelt|"
         r"getreten|geschubst|geohrfeigt|misshandelt)\b|"
         rf"\bich werde\s+{_GAP}?(?:zu hause |zuhause |von (?:ihm|ihr|meinem \w+|meiner \w+) )?(?:geschlagen|"
         r"misshandelt|verprügelt)\b|"
         rf"\b(?:er|mein (?:vater|papa|stiefvater|mann|freund|partner|ex)) (?:tut|tat) mir\s+{_GAP}?weh\b"),
    _cue("abuse.physical_kin", "abuse_victim", 2, rf"\b{_KIN}{_FILL}\s+{_HIT}"),
    _cue("abuse.danger", "abuse_victim", 3,
         rf"\b{_ABUSER}{_FILL}\s+(?:würgt|würgte) mich\b|\bhat mich (?:\w+ ){{0,2}}?gewürgt\b|"
         r"\b(?:droht|drohte|hat gedroht),? mich (?:umzubringen|zu töten|abzustechen)\b|\bdroht mir mit dem tod\b|"
         r"\bhat (?:ein messer|eine waffe|eine pistole) (?:auf mich|gegen mich) gerichtet\b|"
         r"\b(?:sperrt|sperrte) mich ein\b|\bhat mich eingesperrt\b|"
         r"\b(?:gesagt|sagt|sagte|droht|drohte|gedroht|schreit|schrie|brüllt|brüllte)\b[\s,]+(?:dass\s+)?"
         r"(?:\w+\s+){0,3}?(?:bringt|bring|wird|werde|würde) (?:er |sie )?mich (?:\w+\s+){0,3}?(?:um|umbringen|töten|"
         r"kaltmachen|abstechen)\b|"
         r"\b(?:schreit|sagt|droht|brüllt|ruft|schrie|sagte)\b[\s,]+(?:dass\s+)?(?:er|sie) mich (?:\w+ ){0,2}?(?:umbringt|"
         r"tötet|absticht|abknallt|erschießt|kaltmacht|totschlägt)\b|"
         r"\b(?:er|sie|mein \w+|meine \w+) steht mit (?:dem|einem|nem|der|einer) (?:messer|waffe|pistole|axt|"
         r"baseballschläger) vor (?:der|meiner|unserer) tür\b|"
         r"\b(?:ich habe|ich hab|hab|habe) angst,? dass (?:er|sie|mein \w+|meine \w+) mich (?:\w+\s+)?(?:umbringt|"
         r"tötet|totschlägt)\b"),
    _cue("abuse.danger_now", "abuse_victim", 4,
         rf"\b(?:umbringen|umbringt|töten|tötet|absticht|abstechen|abknallt|erschießt|totschlägt|"
         rf"bringt (?:er|sie) mich (?:\w+\s+)?um)\b.{{0,80}}{_HIDING}|"
         rf"{_HIDING}.{{0,80}}\b(?:umbringen|umbringt|töten|tötet|absticht|abstechen|abknallt|erschießt|totschlägt|"
         rf"bringt (?:er|sie) mich (?:\w+\s+)?um)\b"),
    _cue("abuse.sexual", "abuse_victim", 3,
         rf"\bhat mich\s+{_GAP}{{0,2}}vergewaltigt\b|"
         rf"\bich wurde\s+{_GAP}{{0,2}}(?:vergewaltigt|missbraucht|sexuell belästigt)\b|"
         r"\b(?:missbraucht|vergewaltigt) mich\b|"
         rf"\b{_ABUSER}{_FILL}\s+(?:fasst|fasste|berührt|berührte|betatscht|begrapscht) mich\b(?=.{{0,40}}\b(?:nachts|"
         r"unsittlich|im schlaf|zwischen den beinen|an der brust|an den brüsten|überall|heimlich|intim\w*|"
         r"wenn ich (?:bei (?:ihm|ihr)|allein|alleine) bin|wenn (?:keiner|niemand|mama|meine mutter) (?:\w+ )?"
         r"(?:da|zuhause|zu hause) ist)\b)|"
         rf"\b{_ABUSER}{_FILL}\s+(?:fasst|fasste) mich an\b(?=[^.!?]{{0,40}}\bwenn\b)|"
         r"\bkommt nachts in mein zimmer\b|\bzwingt mich (?:zu|zum) (?:sex|sexuellen|dingen)\b"),
    _cue("abuse.control", "abuse_victim", 2,
         rf"\b{_PARTNER}\s+(?:\w+\s+){{0,2}}?(?:kontrolliert|überwacht|liest|checkt|durchsucht) (?:mein handy|"
         r"mein telefon|meine nachrichten|mein geld|alles|meine chats|meine e-mails)\b|"
         rf"\b{_PARTNER}\s+(?:\w+\s+){{0,3}}?(?:verbietet|verbot) mir,? (?:\w+\s+){{0,3}}?(?:zu treffen|zu sehen|"
         r"rauszugehen|zu arbeiten)\b|"
         rf"\b{_PARTNER}\s+lässt mich nicht (?:raus|arbeiten|meine freunde sehen|aus dem haus|allein weg)\b|"
         rf"\b{_PARTNER}\s+nimmt mir (?:mein|das|mein ganzes) geld (?:weg|ab)\b|"
         r"\b(?:ich habe|ich hab|hab|habe) angst,? (?:nach hause zu gehen|heimzugehen)\b|"
         r"\bangst vor (?:meinem (?:mann|freund|vater|stiefvater|partner|ex)|ihm)\b|"
         r"\b(?:erlebe|erfahre|leide unter) häusliche(?:r)? gewalt\b|\bhäusliche gewalt (?:bei uns|zu hause|zuhause)\b"),
    # -- acute distress (2) and concern (1) ------------------------------------------------
    _cue("ad.panic", "acute_distress", 2,
         r"\b(?:ich habe|hab|habe|bekomme|kriege|krieg|hatte)\s+(?:gerade |schon wieder |wieder |grad |eine |ne )*"
         r"panikattacke\b|\bpanikattacke (?:gerade|jetzt|schon wieder|in der|im|auf der|beim)\b|^\W*panikattacke\b|"
         r"\b(?:ich )?(?:kriege|krieg|bekomme|bekomm) (?:kaum|keine) luft\b|"
         r"\bich (?:kriege|krieg|bekomme|bekomm) keine luft\b|\bkann nicht (?:mehr )?atmen\b(?!\s+durch die nase\b)|"
         r"\bkann nicht (?:mehr )?aufhören zu (?:weinen|zittern|heulen)\b|\bich (?:drehe|dreh) (?:gleich |total )?durch\b|"
         r"\bich breche (?:gleich |total )?zusammen\b|\bich verliere (?:gerade )?den verstand\b"),
    _cue("ad.cant_take", "acute_distress", 2,
         r"\bich kann (?:einfach |echt )?nicht mehr\b(?![\s,]+(?:essen|trinken|lachen|warten|laufen|rennen|gehen|"
         r"sitzen|stehen|mit|so viel|arbeiten|vor)\b)|"
         r"\bich will (?:einfach |echt )?nicht mehr\b(?=\s*(?:$|[.,;!?…]|und\b|ich\b|alles\b))|"
         r"\bich halte (?:es|das|das alles|alles) nicht mehr aus\b|\bich schaffe (?:das|es) (?:alles )?nicht mehr\b|"
         r"\bich bin (?:völlig |total |einfach )?am ende\b(?!\s+(?:des|der|vom|von|meiner schicht|angekommen)\b)|"
         r"\bich bin (?:so |völlig |total |echt )?(?:hoffnungslos|verzweifelt|wertlos|nutzlos)\b|"
         r"\bich bin (?:\w+ ){0,2}?(?:nur )?(?:eine last|ein klotz am bein)\b|"
         r"\bich bin (?:überall|allen|jedem|hier) (?:nur )?zu viel\b|\bich (?:störe|nerve) (?:doch )?(?:nur|alle)\b"
         r"(?=\s*(?:$|[.,;!?…]|und\b))|\bich falle (?:allen|jedem|meiner familie) zur last\b|"
         r"\bich (?:pack|packe) (?:das|es) (?:alles )?nicht mehr\b(?=\s*(?:$|[.,;!?…]|und\b|ich\b))|"
         r"\bkeinen ausweg\b|\bausweglos\b|\balles ist sinnlos\b"),
    _cue("concern.low", "acute_distress", 1,
         r"\b(?:ich bin|bin|ich fühle mich|fühle mich|fühl mich) (?:so |sehr |total |echt |voll |extrem |ziemlich |gerade )?"
         r"(?:deprimiert|einsam|traurig|ängstlich|gestresst|überfordert|erschöpft|niedergeschlagen|am boden zerstört|"
         r"down|kaputt|allein)\b|"
         r"\bich weine (?:jede nacht|ständig|jeden tag|die ganze zeit)\b|"
         r"\b(?:habe|hab) (?:meine|meinen|mein) (?:mutter|mama|vater|papa|mann|frau|sohn|tochter|baby|kind|"
         r"besten freund|beste freundin|job|arbeit|hund|katze|oma|opa) verloren\b|"
         r"\b(?:meine|mein) (?:oma|opa|mutter|vater|mama|papa|mann|frau|sohn|tochter|hund|katze) ist "
         r"(?:gestorben|tot|verstorben)\b|\bich trauere\b|\bich habe keine freunde\b|"
         r"\bich vermisse (?:sie|ihn|dich) so sehr\b", strength=0.6),
    # -- someone else at risk (2; imminent 4 via escalators) -------------------------------
    _cue("tp.si", "third_party_concern", 2,
         rf"\b{_SOMEONE}\b.{{0,50}}\b(?:will sich (?:\w+\s+)?(?:umbringen|töten|das leben nehmen|was antun)|"
         r"bringt sich (?:\w+\s+){0,3}?um\b|wird sich (?:\w+\s+)?(?:umbringen|was antun)|"
         r"(?:will|möchte) sterben|redet (?:von|über|davon,?) (?:selbstmord|suizid|sterben|sich umzubringen)|"
         r"denkt an (?:selbstmord|suizid)|(?:hat|hätte) (?:suizid|selbstmord)gedanken|ist suizidal|"
         r"will nicht mehr leben|nicht mehr (?:leben|da sein) will|dass (?:sie|er) nicht mehr will|"
         r"isst (?:nichts|kaum noch|nicht mehr)|hat aufgehört zu essen)",
         kind="third_party", first_person=False),
    _cue("tp.act", "third_party_concern", 3,
         rf"\b{_SOMEONE}\b.{{0,60}}\b(?:ritzt sich|schneidet sich\b(?!\s+(?:beim|die|den|in den finger)\b)|"
         r"verletzt sich (?:selbst|absichtlich)|hat (?:versucht,? )?sich (?:umzubringen|das leben zu nehmen)|"
         r"hat einen (?:suizid|selbstmord)versuch|fotos von (?:ihren|seinen) (?:schnitten|wunden|narben)|"
         r"verschenkt (?:all )?(?:ihre|seine) sachen|hat sich (?:von allen )?verabschiedet|abschiedsbrief)" + _LEAVING,
         kind="third_party", first_person=False),
    _cue("tp.worry", "third_party_concern", 2,
         rf"\b(?:sorge|sorgen|angst) (?:um|wegen) (?:mein\w*|ein\w*|unser\w*) {_PERSON}\b.{{0,60}}\b(?:sicherheit|"
         r"leben|sterben|tot|suizid\w*|selbstmord\w*|verletzt|isst|misshandelt|geschlagen|zimmer)|"
         rf"\b(?:mein\w*) {_PERSON} wird (?:\w+\s+)?(?:geschlagen|misshandelt|missbraucht)\b",
         kind="third_party", first_person=False),
    _cue("tp.overdose", "third_party_concern", 4,
         rf"\b(?:(?:mein|meine) {_PERSON}|er|sie) hat (?:gerade |eben )?(?:{_MUCH}\s+(?:\w+\s+){{0,2}}?{_PILLS}|"
         r"eine überdosis) (?:\w+\s+)?(?:genommen|geschluckt)\b|"
         rf"\b(?:(?:mein|meine) {_PERSON}|er|sie) hat (?:\w+\s+){{0,3}}?(?:genommen|geschluckt)\b.{{0,40}}"
         r"\b(?:reagiert (?:nicht mehr|nicht)|wacht nicht (?:mehr )?auf|ist bewusstlos|atmet (?:kaum|nicht))\b",
         kind="third_party", first_person=False),
    # -- broad shapes (what the specific cues above miss) ----------------------------------
    # a wish + death, a few words apart: "ich wünschte, ich würde einfach nicht mehr aufwachen"
    _cue("broad.wish_death", "suicidal_ideation", 2,
         rf"\b{_WISH}\b(?:[\s,]+(?:ich|dass ich))?{_GAP4}{_DEATH}\b|"
         r"\b(?:hoffentlich|hoffe,? (?:ich|dass ich)) wache? (?:ich )?(?:morgen |einfach )?(?:nie wieder|nie mehr|"
         r"nicht mehr) auf\b", strength=0.75),
    _cue("broad.called_home", "suicidal_ideation", 2,
         r"\b(?:gott|herr|jesus)\b[^.!?]{0,20}?\b(?:nimm|hol) mich (?:endlich )?(?:zu dir|zu sich|heim|weg)\b|"
         r"\bich (?:will|möchte) (?:zu gott|heim zu gott|zu meine[mr] \w+ in den himmel)\b", strength=0.75),
    _cue("broad.better_if_not", "suicidal_ideation", 2,
         r"\b(?:besser|leichter|einfacher|glücklicher|entspannter|ruhiger|freier)(?: dran)?,? wenn (?:es mich nicht (?:mehr )?"
         r"(?:gäbe|geben würde)|ich nicht (?:mehr )?(?:da wäre|existieren würde|leben würde|existierte)|ich tot wäre|"
         r"ich weg wäre)\b", strength=0.75),
    _cue("broad.better_gone", "suicidal_ideation", 2,
         r"\b(?:es )?wäre (?:allen|jedem|keinem|niemandem|den anderen|eh)? ?(?:egal|leichter|einfacher|besser),? "
         r"wenn ich (?:\w+ ){0,2}?(?:nicht mehr da|weg|tot|verschwunden) (?:wäre|bin|sei)\b|"
         r"\b(?:keiner|niemand) würde (?:es |was |etwas )?(?:merken|bemerken|vermissen),? wenn ich (?:\w+ ){0,2}?"
         r"(?:nicht mehr da|weg|tot) (?:wäre|bin)\b|"
         r"\b(?:keiner|niemand) würde (?:es |was |etwas )?(?:merken|bemerken),? wenn ich (?:sterbe|sterben würde|"
         r"stürbe)\b|"
         r"\b(?:es )?wäre (?:besser|einfacher|schöner|leichter),? (?:einfach )?(?:nicht mehr aufzuwachen|tot zu sein|"
         r"nicht mehr da zu sein|zu sterben|nicht mehr zu leben|für immer zu verschwinden)\b|"
         r"\begal (?:wäre|ist|wär),? wenn ich (?:\w+ ){0,2}?(?:nicht mehr da|weg|tot) (?:wäre|bin|sei)\b|"
         r"\b(?:keiner|niemand) (?:es |was |etwas )?(?:merken|bemerken|vermissen) würde,? wenn ich\b|"
         r"\bohne mich (?:hätten|hätte|wären|wäre) (?:es )?(?:\w+ ){0,2}?(?:es )?(?:leichter|einfacher|besser)\b"
         r"(?![^.!?]{0,120}\bgehabt\b)", strength=0.75),
    # an act on oneself after a wish or plan: "ich will mir was antun", "ich tu mir heute was an"
    _cue("broad.act_self", "suicidal_ideation", 3,
         rf"\b{_THEM}(?:will|möchte|werde|werd|muss|lust|drang|gedanken?|denke? (?:\w+ )?(?:dran|daran)|plane|{_RUMINATE}|"
         rf"überlege|versuche)\b{_GAP4}{_KILL_SELF}\b|"
         r"\bich (?:tu|tue|tat) mir (?:\w+ ){0,2}?(?:was|etwas) an\b|"
         r"\bum mich (?:umzubringen|aufzuhängen|zu töten|zu erhängen|zu erschießen|zu vergiften)\b|"
         r"\bum mir das leben zu nehmen\b", strength=0.8),
    # self-injury: an urge a few words from the act, or the act done again
    _cue("broad.harm_self", "self_harm", 2, rf"\b{_URGE}\b{_GAP4}{_HARM_SELF}\b{_NOT_INJURY}", strength=0.7),
    _cue("broad.ed_acts", "eating_disorder", 2,
         r"\b(?:verstecke|verstecke ich|werfe|schmeiße) (?:das|mein) essen\b[^.!?]{0,60}\b(?:damit|sodass)\b|"
         r"\b(?:tu|tue) so,? als (?:ob ich (?:esse|essen würde)|würde ich essen|hätte ich gegessen)\b|"
         r"\babführmittel\b[^.!?]{0,40}\b(?:damit ich nicht zunehme|zum abnehmen|jeden tag|nach dem essen|nach jeder "
         r"mahlzeit)\b(?![^.!?]{0,60}\b(?:arzt|ärztin|verschrieben|verstopfung)\b)|"
         r"\bkauen und (?:wieder )?ausspucken\b|\bwiege mich (?:\d+|fünf|zehn|zwanzig|mehrmals) ?mal am tag\b",
         strength=0.7),
    _cue("broad.harm_done", "self_harm", 3,
         r"\b(?:hab|habe) mich (?:absichtlich|extra|mit absicht|schon wieder|wieder) (?:\w+ ){0,4}?(?:geschnitten|verbrannt|"
         r"verletzt|gekratzt|geschlagen|geritzt)\b|"
         r"\b(?:hab|habe) mich (?:gestern abend|gestern nacht|letzte nacht|heute nacht) (?:wieder )?(?:geschnitten|"
         r"geritzt|verbrannt)\b(?=\s*(?:$|[.,;!?]|und\b))|\b(?:hab|habe) mich (?:\w+ ){0,2}?blutig (?:gekratzt|geschlagen)\b|"
         r"\b(?:frische|neue) (?:schnitte|wunden|ritzer|brandwunden)\b" + _NOT_INJURY, strength=0.8),
    _cue("broad.med", "medical_emergency", 4,
         rf"\b(?:hab|habe) (?:die|alle|meine|viele|{_MUCH}) (?:\w+\s+){{0,3}}?{_PILLS}\b[^.!?\n]{{0,40}}?\b(?:geschluckt|"
         r"genommen|eingeworfen)\b[^.!?\n]{0,60}\b(?:(?:total|sehr|so|voll) müde|schwindelig|mir ist (?:so |total )?"
         r"(?:schlecht|komisch)|kann kaum (?:atmen|die augen offen halten)|herzrasen|alles dreht sich)\b|"
         rf"\balkohol mit (?:meinen |den |allen )?(?:schlaftabletten|beruhigungsmitteln|tabletten|benzos|tavor|{_PILLS}) "
         r"(?:gemischt|genommen)\b", first_person=False, strength=0.85),
    _cue("broad.harm_again", "self_harm", 3,
         r"\b(?:hab|habe)\s+mich\s+(?:\w+\s+){0,5}?wieder\s+(?:\w+\s+)?(?:geschnitten|geritzt|verletzt|verbrannt)\b"
         + _NOT_INJURY + r"|\brückfall\b[^.!?]{0,60}\b(?:geschnitten|verletzt|ritz\w*)\b", strength=0.8),
    # dose questions without a death word: "wie viele ibuprofen sind gefährlich"
    _cue("broad.dose", "self_harm_instructions", 3,
         rf"\b(?:ab )?wie ?viele?[nr]? (?:\w+\s+){{0,2}}?(?:{_PILLS}|\w+(?:pam|lam|in|ol|an))\b[^.!?]{{0,50}}?\b"
         r"(?:gefährlich|tödlich|zu viel|zu viele|giftig|eine überdosis|letal|nicht mehr (?:aufzuwachen|aufwachen|"
         r"aufwacht)|zu sterben|sterben|umzubringen|tot)\b|"
         r"\b(?:gefährliche|giftige|toxische) (?:dosis|menge)\b(?![^.!?]{0,120}\b(?:kind|baby|kg|kilo|hund|katze)\b)",
         kind="question", strength=0.8),
    _cue("broad.conceal", "self_harm_instructions", 3,
         r"\b(?:narben|schnitte|wunden|spuren|ritzer)\b[^.!?]{0,40}\b(?:handgelenk\w*|arm\w*|oberschenkel\w*|beine?n?)\b"
         r"[^.!?]{0,40}\b(?:verstecken|verbergen|kaschieren|abdecken|überschminken)\b"
         r"(?![^.!?]{0,120}\b(?:pickel\w*|akne|sonnenbrand|tattoo\w*|op-narbe|kaiserschnitt)\b)", kind="question",
         strength=0.8),
    # threats: thoughts of hurting someone, a weapon and where he will be
    _cue("broad.threat", "harm_to_others", 3,
         r"\b(?:gedanken|lust|drang|plan),? (?:ihm|ihr|ihnen|dem|der|den|jemandem) (?:\w+ )?(?:was|etwas|weh) "
         r"(?:anzutun|zu tun|wehzutun)\b|"
         rf"\bich (?:werde|will|würde|möchte)\s+{_GAP}{{0,2}}(?:ihm|ihr|ihnen|dem|der)\s+{_GAP}{{0,2}}(?:richtig |so )?"
         r"(?:wehtun|weh tun|was antun|etwas antun)\b|\b(?:der|die|er|sie) (?:wird|soll) (?:bluten|leiden)\b",
         strength=0.75),
    _cue("broad.armed", "harm_to_others", 4,
         rf"\b{_WEAPON}\b[^\n]{{0,100}}?\b{_HUNT}|\b{_HUNT}\b[^\n]{{0,80}}?\b{_WEAPON}\b", strength=0.85),
    # abuse: assault told indirectly, threats to keep a secret, bruises explained away, stalking, control
    _cue("broad.assault", "abuse_victim", 3,
         r"\b(?:hab|habe) (?:\w+ )?nein gesagt\b[^.!?]{0,30}?\b(?:und|aber)\s+(?:er|sie) (?:hat )?(?:mich )?(?:trotzdem |einfach |dann )?(?:mich )?"
         r"(?:weitergemacht|nicht aufgehört|hat nicht aufgehört|weiter gemacht|gezwungen|es trotzdem gemacht)\b|"
         r"\b(?:er|sie|man) hat mich (?:\w+ )?gezwungen,? (?:mit (?:ihm|ihr) zu schlafen|sex zu haben|(?:ihn|sie) "
         r"anzufassen|mich auszuziehen|sachen zu machen|fotos zu schicken)\b|"
         r"\b(?:hab|habe) geschlafen|\bwar (?:betrunken|bewusstlos|k\.?o\.?|zu)\b[^.!?]{0,50}\b(?:hat (?:er|sie) mich|"
         r"(?:er|sie) hat mich) (?:angefasst|berührt|ausgezogen|befummelt)\b", strength=0.8, framed=False),
    _cue("broad.secret", "abuse_victim", 3,
         r"\b(?:sagt|sagte|droht|hat gesagt|meint|hat gedroht),? (?:dass )?wenn ich (?:was|etwas|es|irgendwas|jemandem) "
         r"(?:\w+ )?(?:erzähle|sage|verrate|erzähl|sag)\b(?=[^.!?]{0,40}\b(?:bringt (?:er|sie) mich um|(?:er|sie) mich "
         r"umbringt|schlägt|passiert was|glaubt mir keiner|fliegen wir raus|wirft (?:er|sie) uns raus)\b)",
         strength=0.8, framed=False),
    _cue("broad.bruise_hidden", "abuse_victim", 2,
         rf"\b{_BRUISE}\b[^.!?]{{0,60}}\b(?:gesagt|erzählt|behauptet),? (?:dass )?ich (?:bin |wäre |sei )?(?:die treppe "
         r"(?:runter)?gefallen|hingefallen|gestürzt|gegen (?:die|eine) tür gelaufen)\b", strength=0.7),
    _cue("broad.stalking", "abuse_victim", 2,
         r"\b(?:mein ex|meine ex|ein (?:typ|mann|fremder)|jemand)\b[^.!?]{0,30}?\b(?:verfolgt mich(?! (?:auf|bei) "
         r"(?:insta|instagram|tiktok|twitter|youtube)\b)|lauert mir auf|weiß,? wo ich wohne|schreibt mir (?:\d{2,}|"
         r"hunderte|dutzende) nachrichten|(?:wartet|steht|lauert|taucht) (?:\w+ ){0,3}?(?:vor|an|bei) meine[rm] "
         r"(?:wohnung|haus|arbeit|tür|schule|\w+)\b(?=[^.!?]{0,60}\b(?:angst|fürchte|jeden (?:tag|abend|morgen)|"
         r"ständig|immer wieder|schon wieder|dauernd)\b))", strength=0.7),
    _cue("broad.control", "abuse_victim", 2,
         rf"\b{_PARTNER}\b[^.!?]{{0,60}}?\b(?:will (?:immer|ständig|dauernd) wissen,? wo ich bin|ortungs-?app|"
         r"tracking-?app|(?:meinen|mein) standort|ich darf (?:\w+ ){0,3}nicht (?:mehr )?(?:treffen|sehen|raus|"
         r"arbeiten|alleine weg))\b", strength=0.7),
    # eating: restriction or purging with a judgement of the body, a weight goal or secrecy
    _cue("broad.ed", "eating_disorder", 2,
         rf"\b{_RESTRICT}\b{_NOT_ED}[^.!?]{{0,80}}?\b{_JUDGE}|\b{_JUDGE}\b{_NOT_ED}[^.!?]{{0,80}}?\b{_RESTRICT}\b",
         strength=0.7),
    # preparation: two acts, or one with a final word
    _cue("broad.prepared", "suicidal_ideation", 4, rf"\b{_PREP}\b[^\n]{{0,150}}?(?:\b{_PREP}\b|\b{_FINAL}\b)",
         strength=0.85),
    _cue("broad.means_use", "suicidal_ideation", 3,
         r"\b(?:hab|habe) (?:das|ein|den|einen|die) (?:gift|rattengift|strick|seil|tabletten|pistole|waffe) (?:\w+ )?"
         r"(?:gekauft|besorgt|bestellt)\b(?![^.!?]{0,40}\b(?:ameisen|ratten|mäuse|schädlinge|garten|klettern|wäsche)\b)"
         r"[^.!?]{0,30}\b(?:nehme (?:es|ihn|sie)|trinke es|werde (?:es|ihn|sie) (?:nehmen|trinken|benutzen))\b",
         strength=0.8),
    _cue("broad.method_gated", "self_harm_instructions", 3,
         r"\b(?:wie|art|weg|möglichkeit),? (?:ich )?es (?:schmerzlos|ohne schmerzen) (?:zu machen|mache|machen kann)\b",
         kind="gated", strength=0.7),
    _cue("broad.means_bought", "suicidal_ideation", 3,
         r"\b(?:hab|habe) (?:mir )?(?:ein|einen|eine|die|das|den|neue) (?:seil|strick|klingen|rasierklingen|holzkohle|"
         r"helium|gift|rattengift|waffe|pistole) (?:\w+ )?(?:gekauft|besorgt|bestellt)\b"
         r"(?![^.!?]{0,20}\b(?:zum|fürs|für den|für die) (?:klettern|grillen|camping|rasieren|garten|boot|ratten)\b)",
         kind="gated", strength=0.7),
    _cue("broad.goodbye", "suicidal_ideation", 3,
         r"\b(?:verzeiht mir(?: alles)?|lebt wohl|ich hab euch alle lieb|es ist so ?weit)(?=\s*[.!…]*\s*$)",
         kind="gated", strength=0.75),
    # someone else: what they said, a goodbye, an edge, pills and no answer
    _cue("broad.tp_said", "third_party_concern", 2, rf"\b{_SOMEONE}\b.{{0,40}}\b{_THEY_SAID}",
         kind="third_party", first_person=False),
    _cue("broad.tp_goodbye", "third_party_concern", 2,
         rf"\b{_SOMEONE}\b.{{0,60}}\b(?:abschieds(?:nachricht|brief|video|post|sms|sprachnachricht)|(?:nachricht|brief|"
         r"sprachnachricht|video),? (?:in der|wo) (?:sie|er) sich verabschiedet|verabschiedet sich (?:komisch|seltsam|"
         r"von allen)|hat sich (?:komisch|seltsam|von allen) verabschiedet|verschenkt (?:all )?(?:ihre|seine) sachen)"
         + _LEAVING, kind="third_party", first_person=False),
    _cue("broad.tp_letter", "third_party_concern", 3,
         rf"\babschiedsbrief (?:von|meines|meiner) (?:\w+ )?{_PERSON}\b[^.!?]{{0,30}}\b(?:gefunden|gelesen|bekommen)\b|"
         r"\b(?:gefunden|gelesen|bekommen)\b[^.!?]{0,20}\babschiedsbrief (?:von|meines|meiner)\b",
         kind="third_party", first_person=False),
    _cue("broad.tp_edge", "third_party_concern", 4,
         rf"\b{_SOMEONE}\b.{{0,30}}\b(?:steht|sitzt|ist|klettert) {_EDGE}\b[^.!?]{{0,80}}\b(?:spring\w*|will springen|"
         r"bringt sich um)\b", kind="third_party", first_person=False),
    _cue("broad.tp_pills", "third_party_concern", 4,
         rf"\b{_SOMEONE}\b[^.!?]{{0,60}}\b(?:hat|habe)\b[^.!?]{{0,30}}\b{_PILLS}\b[^.!?]{{0,20}}\b(?:genommen|geschluckt)\b"
         r"[^.!?]{0,60}\b(?:antwortet (?:nicht|nicht mehr)|reagiert nicht|wacht nicht auf|eingeschlossen|bewusstlos)|"
         rf"\b{_SOMEONE}\b[^.!?]{{0,30}}\bsich (?:\w+ ){{0,3}}eingeschlossen\b[^.!?]{{0,80}}\b{_PILLS}\b",
         kind="third_party", first_person=False),
    # how long until one freezes, bleeds out or drowns: a method question once distress is in the conversation
    _cue("broad.howlong_gated", "self_harm_instructions", 3,
         r"\bwie (?:lange|schnell)\b[^.!?]{0,40}?\b(?:man|ich|mensch)\b[^.!?]{0,30}?\b(?:erfriert|erfrieren|verblutet|verbluten|"
         r"erstickt|ersticken|ertrinkt|ertrinken|stirbt|tot ist|bewusstlos wird)\b", kind="gated", strength=0.7),
    # eating: exercise or vomiting to be rid of what was eaten
    _cue("broad.ed_undo", "eating_disorder", 2,
         r"\b(?:trainiere|mache sport|mach sport|laufe|jogge|renne|schwimme|kotze|erbreche|übergebe mich)\b[^.!?]{0,60}?"
         r"\b(?:damit|um)\b[^.!?]{0,30}?\b(?:essen|gegessene|gegessenes)\b(?! (?:vom|von (?:gestern|weihnachten|ostern|der)))"
         r"[^.!?]{0,20}?\b(?:wieder )?(?:loswerde|loszuwerden|abtrainiere|abzutrainieren|rauskriege|rauszukriegen)\b|"
         r"\b(?:kotze|erbreche) (?:ich )?alles(?:,)? was ich esse\b" + _NOT_ED, strength=0.7),
    # threats: doing something to him ("ich werd meinem Chef morgen was antun")
    _cue("broad.threat_antun", "harm_to_others", 3,
         r"\bich (?:werde|werd|will|wollte|möchte)\s+(?:ihm|ihr|ihnen|dem|der|meinem|meiner|diesem|dieser|den)\s+"
         r"(?:(?!nie\b|nicht\b|niemals\b|nichts\b|kein\w*)\w+\s+){0,3}?(?:was|etwas)\s+antun\b|"
         r"\bich (?:tu|tue) (?:ihm|ihr|ihnen|dem|der|meinem|meiner)\s+(?:(?!nie\b|nicht\b|nichts\b)\w+\s+){0,2}?(?:was|etwas) an\b"
         r"(?=\s*(?:$|[.,;!?]|und\b|wenn\b))", strength=0.8),
    # -- broad shapes, round 4: families widened from single misses ------------------------
    # preparation: pills hoarded or set aside ("die Tabletten hab ich gesammelt"), one's own farewell letter
    _cue("broad.hoard", "suicidal_ideation", 4,
         rf"(?:\b(?:{_PILLS}|schlaftabletten)\b[^.!?\n]{{0,30}}?\b(?:gesammelt|gehortet|gebunkert|zurückgelegt|beiseite ?gelegt|"
         r"aufgespart|angespart)\b|\b(?:sammle|horte|bunkere|spare)\b[^.!?\n]{0,30}?\b" + rf"(?:{_PILLS}|schlaftabletten)\b)"
         r"(?![^.!?\n]{0,60}\b(?:apotheke|entsorg\w*|abgelaufen\w*|urlaub|reise|sammelstelle|rückgabe)\b)",
         strength=0.85),
    _cue("broad.own_letter", "suicidal_ideation", 4,
         r"\b(?:mein|der|den|einen|nen) abschiedsbrief\b[^.!?\n]{0,40}?\b(?:liegt|ist fertig|geschrieben|hinterlegt|"
         r"versteckt)\b(?![^.!?\n]{0,80}\b(?:kolleg\w*|firma|job|rente|ruhestand|team|klasse|schule|roman|szene)\b)|"
         r"\b(?:hab|habe) (?:\w+ ){0,3}?(?:einen |nen |meinen )?abschiedsbrief (?:\w+ ){0,3}?geschrieben\b"
         r"(?![^.!?\n]{0,80}\b(?:kolleg\w*|firma|job|rente|ruhestand|team|klasse|schule|roman|szene)\b)",
         strength=0.85),
    # an overdose taken: a whole pack of any medicine swallowed
    _cue("broad.pack_swallowed", "medical_emergency", 4,
         r"\b(?:ne|'ne|eine|die|meine|zwei|mehrere) (?:ganze |volle )?(?:packung|packungen|schachtel|schachteln|"
         r"dose|blister|flasche)\b[^.!?\n]{0,30}?\b(?:geschluckt|eingeworfen|genommen|reingeworfen)\b"
         r"(?![^.!?\n]{0,40}\b(?:wie verschrieben|wie vom arzt|verschrieben|kur)\b)", first_person=False, strength=0.85),
    # dose question aimed at "enough": "wie viele Schlaftabletten braucht man, damit es sicher reicht"
    _cue("broad.dose_enough", "self_harm_instructions", 3,
         rf"\bwie ?viele?\b[^.!?\n]{{0,20}}?\b(?:{_PILLS}|schlaftabletten|\w+(?:pam|lam|ol|fen|in))\b[^.!?\n]{{0,40}}?"
         r"\b(?:damit es (?:\w+ )?(?:reicht|klappt|funktioniert|vorbei ist)|um (?:sicher )?(?:zu sterben|nicht mehr "
         r"aufzuwachen)|damit man nicht mehr aufwacht|sicher tödlich)\b", kind="question", strength=0.8),
    # a weapon on the speaker and the other one's place or a final word: "das Messer hab ich dabei. Heute ist Schluss."
    _cue("broad.armed_final", "harm_to_others", 4,
         rf"\b{_WEAPON}\b[^.!?\n]{{0,30}}?\b(?:dabei|eingesteckt|in der tasche|im auto|mitgenommen|bei mir|geladen)\b"
         r"[^\n]{0,120}?\b(?:heute ist schluss|jetzt ist schluss|heute (?:ist|wird) (?:er|sie|der|die) dran|"
         r"(?:er|sie) wird es bereuen|das wars für (?:ihn|sie)|vor (?:seiner|ihrer|seinem|ihrem) (?:wohnung|tür|haus|"
         r"arbeit|büro|schule))\b|"
         r"\b(?:vor (?:seiner|ihrer|seinem|ihrem) (?:wohnung|tür|haus|arbeit|büro|schule))\b[^\n]{0,80}?\b"
         rf"{_WEAPON}\b[^.!?\n]{{0,30}}?\b(?:dabei|eingesteckt|in der tasche|mitgenommen|bei mir)\b", strength=0.85),
    # hiding from someone who threatened to kill: abuse with danger now
    _cue("broad.hiding_now", "abuse_victim", 4,
         r"\b(?:gedroht|droht),? mich (?:\w+ )?(?:umzubringen|zu töten|abzustechen|kaltzumachen)\b[^\n]{0,150}?"
         r"\b(?:sucht (?:\w+ ){0,4}?nach mir|versteckt|eingeschlossen|kommt (?:gerade|jetzt)|ist (?:gerade|jetzt) "
         r"(?:hier|unterwegs|auf dem weg))\b", strength=0.85, framed=False),
    # someone else wrote or said that he or she wants to die or kill themself (an essay does not cancel it)
    _cue("broad.tp_wrote", "third_party_concern", 3,
         rf"\b{_SOMEONE}\b[^.!?\n]{{0,60}}?\b(?:geschrieben|gesagt|erzählt|gepostet|geschickt|sagt|schreibt|meint),? "
         r"(?:dass )?(?:er|sie) sich (?:\w+ ){0,4}?(?:umbringen|umzubringen|töten|das leben nehmen|vor (?:den|einen) "
         r"(?:zug|bus|lkw) werfen|erhängen|aufhängen|ritzt|ritzen)\b",
         kind="third_party", first_person=False),
    _cue("broad.tp_wish", "third_party_concern", 2,
         rf"\b{_SOMEONE}\b[^.!?\n]{{0,60}}?\b(?:sagt|meint|schreibt|erzählt|hat gesagt|sagte)\b[^.!?\n]{{0,30}}?,? "
         r"(?:dass )?(?:sie|er) (?:wäre|sei|würde) (?:\w+ )?(?:lieber|am liebsten|gern|gerne) (?:bei (?:ihm|ihr|papa|mama|"
         r"opa|oma)(?=\s*[.,;!?]|\s*$)|tot|nicht mehr da|im himmel|sterben)\b|"
         rf"\b{_SOMEONE}\b[^.!?\n]{{0,60}}?\b(?:will|möchte) (?:nicht mehr leben|sterben|nicht mehr aufwachen)\b",
         kind="third_party", first_person=False),
    # tired of living or existing, not seeing oneself next year
    _cue("broad.tired_living", "suicidal_ideation", 2,
         r"\b(?:müde|satt|leid),? (?:zu leben|zu existieren|am leben zu sein)\b|\b(?:lebensmüde|daseinsmüde)\b(?! gedanken)|"
         r"\b(?:hab|habe) (?:es |das leben )?(?:so )?satt,? (?:zu leben|zu existieren)\b|"
         r"\bich sehe? mich (?:\w+ )?nicht (?:mehr )?(?:im nächsten jahr|nächstes jahr|das nächste jahr|weihnachten|"
         r"meinen nächsten geburtstag|(?:\w+ )?(?:erleben|überleben))\b|\bich sehe? mich (?:im )?nächste[sn]? jahr nicht "
         r"mehr\b(?!\s+(?:in|bei|als|hier|dort|im|an)\b)(?![^.!?\n]{0,60}\b(?:job|firma|stelle|"
         r"beruf|verein|stadt|wohnung|hier arbeiten)\b)", strength=0.75),
)

_NEG_NEXT = r"(?:mehr|daran|dran|an|so|zu|mich|mir|vor|wirklich|ernsthaft|mal|wieder|gedacht|darüber|davon|vorhabe)"

LEXICON = Lexicon(
    language="de",
    version="de.v1",
    cues=CUES,
    negation=_g(
        rf"\b(?:nicht|nie|niemals|kein\w*|ohne|nimmer|nix|nichts)\b(?:\s+{_NEG_NEXT}){{0,2}}$|"
        r"\bweder\b(?:\s+\w+){1,2}\s+noch$"
    ),
    negation_gap=3,
    idioms=tuple(
        _g(p)
        for p in (
            r"\b(?:sterbe|sterb|sterben|starb|stirbt|gestorben) (?:fast |gleich |noch |beinahe )?vor (?:hunger|lachen|"
            r"langeweile|durst|hitze|kälte|angst|scham|neugier|sehnsucht|müdigkeit|peinlichkeit)\b",
            r"\bzum sterben (?:langweilig|schön|gern|gerne|müde)\b|\bsterbenslangweilig\b",
            r"\b(?:spring\w*|gesprungen) (?:\w+ ){0,3}ins kalte wasser\b",  # taking the plunge
            r"\btot ?lach\w*|\blach(?:e)? mich (?:\w+\s+)?tot\b|\bkaputtlachen\b|\blach mich schlapp\b",
            r"\b(?:die )?zeit tot(?:zu)?schlag\w*\b|\bzeit totgeschlagen\b",
            r"\b(?:das|du|dies|diese \w+|dieser \w+|der \w+|die \w+|es) (?:bringt|bringst|bringen) mich "
            r"(?:\w+\s+)?(?:noch |echt |wirklich )?um\b",
            r"\b(?:meine mutter|mein vater|meine eltern|meine mama|mein papa|mein chef|meine chefin|mein lehrer|"
            r"meine lehrerin) (?:bringt|bringen|wird|werden) mich (?:\w+\s+)?um(?:bringen)?\b",
            r"\btodmüde\b|\btodernst\b|\btodschick\b|\btodlangweilig\b|\btodsicher\b|\bhundemüde\b|"
            r"\bzu tode (?:gelangweilt|erschrocken|genervt|gelacht|gefreut)\b",
            r"\bbist du lebensmüde\b|\b(?:du|der|die|ihr|er|sie) (?:bist|ist|seid|sind) (?:doch |wohl |ja )?lebensmüde\b",
            r"\bschluss (?:machen|gemacht|mache|mach|macht|zu machen) (?:mit (?!meinem leben|dem leben|allem)\w+|"
            r"für heute|jetzt)\b",
            r"\bprozess\w* (?:killen|beenden|abschießen|töten)\b|\b(?:killen|abschießen) (?:den|die|das) "
            r"(?:prozess|task|server|app)\b",
            r"\blieber tot als rot\b",
            r"\b(?:mich|sich) um den (?:verstand|schlaf) (?:bring\w*|gebracht)\b",
            r"\bschneide mich (?:beim|mit dem) (?:rasieren|papier)\b|\bbeim (?:kochen|rasieren|schnippeln) "
            r"geschnitten\b|\bin den finger geschnitten\b",
            r"\bkann nicht mehr vor lachen\b",
            r"\bhaut mich (?:\w+\s+)?um\b",
            r"\bich will sterben\b(?=[^.!?]{0,60}\b(?:montag|keinen bock|kein bock|hitze|stau|hausaufgaben|prüfung|klausur|"
            r"kater|wecker)\b)",
            r"\b(?:keinen bock|kein bock|montag|hitze|klausur)\b[^.!?]{0,30}\bich will sterben\b",
            r"\bich will sterben\b(?=[^.!?]{0,80}\b(?:falsche gruppe|falschen (?:chat|gruppe)|falsche person|wie peinlich|"
            r"so peinlich|aus versehen|versehentlich|vor allen)\b)",
            r"\b(?:schwanger|magen-darm|krank|grippe|chemo|übelkeit|kater)\b[^.!?]{0,60}\b(?:kotze|erbreche|esse kaum|"
            r"faste)\b",
        )
    ),
    contexts={
        name: _g(p)
        for name, p in {
            "relocation": r"\b(?:umzug|umziehen|ziehe (?:\w+ ){0,5}(?:um|weg)|wander\w* (?:\w+ ){0,5}aus|auswander\w*|letzter (?:arbeits)?tag (?:im büro|in der firma|bei der arbeit))\b",
            "fiction": r"\b(?:roman|kurzgeschichte|drehbuch|gedicht|fanfic|fanfiction|kapitel|handlung|"
            r"protagonist\w*|hauptfigur|romanfigur|bösewicht|songtext|liedtext|im song|im lied|album|folge \d+|"
            r"staffel \d+|(?<!einen )(?<!nen )film|(?<!eine )(?<!ne )serie|buch|manga|anime|theaterstück|hörspiel)\b",
            "game": r"\b(?:(?<!kein )(?<!dem )spiel|game|zocken|zocke|gezockt|level \d+|respawn\w*|bossfight|"
            r"bosskampf|npc|minecraft|fortnite|roblox|elden ring|dark souls|mein charakter|die sims|gta|speedrun|"
            r"raid|quest|pvp|fifa|ps[45]|xbox|valorant|call of duty|warzone|league of legends)\b",
            "software": r"\b(?:den prozess|server|skript|script|terminal|befehl|kill -9|sigkill|container|docker|"
            r"kubernetes|cron|bash|linux|cpu|deploy\w*|git|npm|python|java|thread|pid|datenbank|kompilier\w*)\b",
            "pets": r"\b(?:dosis|menge|wie viel)\b.{0,40}\b(?:für|bei) (?:eine|einen|meine|meinen|die|den) (?:katze|hund|kater|welpen)\b|\b(?:the vet|a vet|vets|veterinarian|veterinario|veterinaria|vétérinaire|véto|tierarzt|tierärztin|veterinário|veterinária)\b|\b(?:mein|meine|unser|unsere|der|die) (?:hund|katze|kater|welpe|kaninchen|hamster)\b[^.!?]{0,60}\b(?:gefressen|geleckt|verschluckt|getrunken|angeknabbert)\b",
            "finance": r"\b(?:order|auftrag|trade|skript|befehl|abfrage|stop-loss)\w* (?:\w+ )?(?:ausführen|ausgeführt|ausführt)\b",
            "medical": r"\b(?:höchstdosis|maximaldosis|tageshöchstdosis|(?:hab|habe) (?:starke |schlimme |heftige )?(?:kopfschmerzen|migräne|zahnschmerzen|fieber|regelschmerzen))\b|"
            r"\b(?:gegen|bei) (?:die |meine |meinen |starken )?(?:kopfschmerzen|migräne|fieber|erkältung|grippe|"
            r"regelschmerzen|schmerzen|zahnschmerzen|rückenschmerzen|allergie|kater)\b|\blaut beipackzettel\b|"
            r"\b(?:der )?beipackzettel sagt\b|\b(?:der|mein) (?:arzt|apotheker) (?:sagt|hat gesagt)\b",
            "definition": r"\b(?:definition von|bedeutung von|was bedeutet|was heißt|synonym|duden)\b",
            "academic": r"\b(?:studie|studien|forschung|artikel|aufsatz|hausarbeit|referat|bachelorarbeit|"
            r"masterarbeit|doktorarbeit|statistik\w*|rate|raten|quote|bericht|vortrag|vorlesung|seminar|"
            r"fortbildung|schulung|prävention|präventions\w*|kampagne|dokumentation|doku|podcast|nachrichten|"
            r"schlagzeile|zeitung|umfrage|daten)\b",
        }.items()
    },
    jokes=_g(
        r"(?:\bhaha\w*|\bhihi\w*|\blol\b|\bxd+\b|\brofl\b|\blmao\b|\bnur (?:ein )?(?:spaß|spass|witz|scherz)\b|"
        r"\bwar (?:doch |nur )*(?:ein )?(?:witz|scherz|spaß|spass)\b|\b(?:spaß|spass) gemacht\b|\bich scherze\b|"
        r"\bkleiner scherz\b|\bjk\b|😂|🤣|💀|🙄)"
    ),
    past=_g(
        r"\b(?:früher|damals|vor (?:\d+|ein paar|einigen|vielen|zwei|drei|vier|fünf|zehn|einem|einer) (?:jahren|jahr|"
        r"monaten|monat)|vor langer zeit|als ich (?:jünger|klein|ein kind|teenager|jugendlicher|jugendliche|"
        r"in der schule|\d+) war|in meiner jugend|in der vergangenheit|letztes jahr|mit \d+ (?:jahren )?(?:habe|hab|"
        r"hatte|wollte))\b"
    ),
    recovered=_g(
        r"\b(?:seit (?:über |mehr als )?\w+ (?:jahren?|monaten?) keine (?:solchen )?gedanken mehr|es kann (?:sich ändern|besser werden)|morgen wird'?s (?:hoffentlich |bestimmt )?besser|nichts schlimmes|seit (?:der|meiner) (?:therapie|behandlung|klinik)|"
        r"geht(?:'s|s| es)? mir (?:jetzt |heute |inzwischen |mittlerweile |wieder |wirklich |echt |richtig )*(?:viel |deutlich |so viel )?"
        r"besser|mir geht(?:'s|s| es)? (?:jetzt |heute |inzwischen |mittlerweile |wieder )*(?:viel |deutlich |"
        r"so viel )?besser|es geht mir (?:jetzt |heute |inzwischen |mittlerweile |wieder )*(?:viel |deutlich )?"
        r"besser|ich bin (?:wieder )?(?:gesund|stabil)|(?:habe|hab) (?:mir )?hilfe (?:geholt|bekommen|gesucht|"
        r"gefunden)|therapie hat (?:mir )?geholfen|ich (?:bin|war) in therapie|(?:\d+|ein|eine|zwei|drei|sechs) "
        r"(?:tage|wochen|monate|jahre|jahr|monat) (?:clean|ritzfrei|svv-?frei|symptomfrei)|ritzfrei|"
        r"ich bin froh,? (?:dass ich )?(?:noch )?(?:am leben|da) (?:zu sein|bin)|überlebt|"
        r"das ist (?:lange )?vorbei|heute nicht mehr|(?:heute|jetzt|inzwischen|mittlerweile) geht(?:'s|s| es)? mir (?:richtig |wirklich |echt |sehr |total )?gut|heute bin ich (?:\w+ )?(?:glücklich|mama|papa|verlobt|"
        r"verheiratet|stolz)|es wird besser|ich lebe gerne?|bin froh,? dass ich noch da bin)\b"
    ),
    retractions=_g(
        r"^\W*(?:(?:das )?war (?:doch )?(?:nur )?(?:ein )?(?:spaß|spass|witz|scherz)|nur (?:ein )?(?:spaß|spass|witz|"
        r"scherz)|(?:ich )?(?:hab|habe) (?:nur )?(?:spaß|spass) gemacht|haha\w*|lol|xd+|vergiss es|"
        r"vergiss(?:t)? (?:was ich gesagt habe|das)|egal|ich (?:habe|hab) (?:nur )?übertrieben|(?:ich )?übertreibe|"
        r"mir geht(?:'s|s| es)? gut|alles gut|alles ok|ignorier das|schon gut|kein ding)\b"
    ),
    escalators={
        name: _g(p)
        for name, p in {
            "place": r"\b(?:ich (?:steh|stehe|sitz|sitze|bin)|bin (?:schon|grad|gerade)) (?:\w+ ){0,3}(?:auf|an|am) (?:der |dem |den |die )?(?:brücke|dach|gleisen|gleis|kante|klippe|geländer|hochhaus)\b",  # at a height or on the tracks, now
            "time": r"\b(?:(?:er|sie) (?:ist|kommt) (?:gerade |jetzt )?(?:auf dem weg|nach hause|heim)|(?:er|sie) ist gerade (?:heimgekommen|nach hause gekommen)|"
            r"heute(?: nacht| abend)?|heut nacht|jetzt|sofort|morgen|diese nacht|dieses wochenende|"
            r"diese woche|in (?:einer|ein paar|\d+|zwei|drei) stunden?|bald|wenn (?:alle|meine eltern|sie|"
            r"die anderen) (?:schlafen|weg sind)|vor sonnenaufgang|noch heute|gleich heute|"
            r"geht (?:\w+ ){0,3}?nicht (?:mehr )?(?:ans|an ihr|an sein) (?:handy|telefon)|(?:antwortet|reagiert) (?:nicht|nicht mehr|"
            r"gar nicht)(?! auf (?:meine fragen|die frage))|(?:sein|ihr|das) handy ist (?:aus|ausgeschaltet|tot)|"
            r"ich weiß nicht,? wo (?:er|sie) ist|ist nicht erreichbar)\b",
            "farewell": r"\b(?:(?:den |die |meinen )?abschiedsbrief\w* (?:hab|habe) ich (?:\w+ ){0,2}geschrieben|niemandem mehr zur last|alles ist geregelt|danke für alles|abschiedsbrief\w*|(?:ich habe|hab) (?:die |meine )?briefe (?:schon )?(?:geschrieben|hinterlegt)|"
            r"lebt (?:alle )?wohl|verzeiht mir alles)\b",
            "means": r"\b(?:das|ein|mein) (?:messer|waffe|pistole|knarre) (?:hab|habe) ich (?:schon|dabei|bei mir)\b|"
            r"\b(?:hab|habe) (?:das|ein|mein) (?:messer|waffe|pistole|knarre) (?:eingesteckt|dabei|eingepackt)\b|"
            r"\b(?:ich )?(?:habe|hab|besitze|kaufte|gekauft|besorgt|gefunden|halte)\s+(?:schon |jetzt |"
            r"bereits )?(?:eine |die |den |das |meine |meinen |genug |alle |viele |ne |ein )?(?:waffe|pistole|knarre|"
            rf"gewehr|messer|klinge|rasierklinge|seil|strick|gift|rattengift|{_PILLS})\b"
            r"(?![\s,]+(?:genommen|vergessen|eingenommen|abgesetzt|bekommen|verschrieben|abgeholt)\b)|"
            r"\b(?:die tabletten|das seil|der strick|die waffe|die pistole|das messer) (?:liegen|liegt|ist|sind) "
            r"(?:schon )?(?:bereit|griffbereit|vor mir|hier|neben mir|in meiner tasche)\b|"
            r"\b(?:hab|habe) (?:das|ein) messer (?:eingesteckt|dabei|mitgenommen|bei mir)\b|"
            r"\b(?:eine|die) (?:pistole|waffe|knarre) im schrank\b",
            "plan": r"\b(?:ich habe|hab|habe) (?:einen|nen) plan\b|\b(?:ich habe|hab|habe) (?:alles|es) (?:geplant|"
            r"durchgeplant|vorbereitet)\b|\balles ist (?:geplant|vorbereitet|bereit)\b|\bich weiß (?:genau|schon|"
            r"schon genau|jetzt),? (?:wie|wann|wo) (?:ich es mache|ich es tue)\b|\bich (?:habe|hab) (?:den tag|"
            r"das datum|den ort) (?:ausgesucht|gewählt|festgelegt)\b",
        }.items()
    },
    distress=_g(
        r"\b(?:hoffnungslos|verzweifelt|sterben|umbringen|suizid\w*|selbstmord\w*|kann nicht mehr|will nicht mehr|"
        r"halte es nicht mehr aus|keinen sinn|lebensmüde|verschwinden|ich hasse mich|ich hasse mein leben|"
        r"niemand (?:liebt|mag|vermisst) mich|eine last|ausweglos|am ende|aufgeben|besser dran ohne mich|"
        r"niemand würde mich vermissen|keinen bock mehr|nicht mehr leben|will sterben|pack das nicht mehr|"
        r"mir ist (?:inzwischen |mittlerweile |eh |einfach |echt |jetzt )?alles egal(?!,? (?:was|wo|wann|wie|welche\w*|ob)\b)|"
        rf"{_PREP})\b"
    ),
)
