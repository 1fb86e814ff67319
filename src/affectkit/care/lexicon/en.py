"""English care rules. Levels follow care.md: 2 elevated, 3 high, 4 imminent.

Example:
    >>> import re
    >>> any(re.search(c.pattern, "i want to kms", re.I) for c in LEXICON.cues)
    True
"""

from __future__ import annotations

from affectkit.care.lexicon import Cue, Lexicon

_I = r"\b(?:i|i'?m|im|i am|i'?ve|ive|i'?ll|ill|i'?d|me)\b"
_SELF = r"(?:my\s?self|me)"
_THEM = r"(?:him\s?self|her\s?self|them\s?sel(?:f|ves)|themself)"
_WANT = r"(?:want(?:s|ed)?|wanna|wish|need|going|gonna|plan(?:ning)?|ready|decided|about|trying|tried|try|thinking about|thought about|think about)"
_PERSON = (
    r"(?:students?|pupils?|patients?|clients?|best mate|mate|friend|best friend|bf|gf|boyfriend|girlfriend|sister|brother|mom|mum|mother|dad|father|son|daughter|"
    r"kid|child|partner|husband|wife|roommate|classmate|coworker|colleague|cousin|student|teen|niece|nephew|"
    r"aunt|uncle|grandma|grandpa|neighbou?r|buddy|mate)"
)
_ABUSER = (
    r"\b(?:he|she|they|my (?:dad|father|step ?dad|stepfather|mom|mum|mother|step ?mom|husband|wife|boyfriend|"
    r"girlfriend|partner|ex|brother|sister|uncle|aunt|grandpa|grandfather|cousin|coach|teacher|boss|"
    r"parents?|family|bf|gf|fianc[eé]e?))"
)
_PILLS = (
    r"(?:pills?|tablets?|meds|medications?|paracetamol|acetaminophen|tylenol|ibuprofen|advil|aspirin|insulin|"
    r"sleeping pills|benadryl|xanax|antidepressants|oxy\w*|opioids?|fentanyl|heroin|bottle)"
)
# what follows "hit me", "beat me", "pushed me" when it is not violence ("beat me at chess")
_NOT_VIOLENCE = (
    r"(?! ?(?:at|in|to|into (?:doing|it|this|that|taking|buying|going|trying)|up|out|off|back|on the (?:back|shoulder)|with (?:a|an|the|his|her|their) "
    r"(?:pillow|ball|snowball|question|idea|joke|bill|text|message|news|truth|score|pun)|(?:out )?of (?:bed|the way)|"
    r"(?:own )?(?:record|score|time|bf|gf))\b)"
)
_NUM = r"(?:\d+|a few|several|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|a hundred)"

CUES: tuple[Cue, ...] = (
    # -- suicidal ideation: active (3) ------------------------------------------------------
    Cue("en.si.kill_self", "suicidal_ideation", 3,
        r"\b(?:kill?(?:ing)?|kil+|off(?:ing)?|hang(?:ing)?|shoot(?:ing)?|drown(?:ing)?|poison(?:ing)?|gas(?:sing)?)\s+my\s?sel[fv]\b"),
    Cue("en.si.end_life", "suicidal_ideation", 3,
        r"\b(?:end(?:ing)?|take|taking|took)\s+my\s+(?:own\s+)?life\b"),
    Cue("en.si.end_it", "suicidal_ideation", 3,
        r"\b(?:end(?:ing)? it all|end(?:ing)? everything|end it (?:now|tonight|today|for good|once and for all)|"
        r"(?:want|wanna|going|gonna|ready|decided|plan(?:ning)?|need) to end it\b(?! with))"),
    Cue("en.si.suicidal", "suicidal_ideation", 3,
        r"\b(?:suicidal|(?:commit(?:ting)?|attempt(?:ing)?|contemplating|considering|thinking (?:about|of)|thought (?:about|of)) suicide|"
        r"suicide (?:is|seems) (?:the only|my only)|sewerslide|su[i1!]c[i1!]d(?:e|al)|s[u*]ic[i*]de|sui?ci?d(?:e|al)|suicid)\b", kind="mention", first_person=False),
    Cue("en.si.suicidal_thoughts", "suicidal_ideation", 3,
        r"\b(?:(?:having|have|had|get|getting)\s+(?:\w+\s+)?(?:suicidal|dark) (?:thoughts|urges|feelings)|"
        r"thoughts? (?:of|about) (?:suicide|killing myself|ending (?:it|my life)|dying))\b"),
    Cue("en.si.kms", "suicidal_ideation", 3, r"\b(?:kms|ctb|unaliv\w* (?:my\s?self|me)|(?:gonna|wanna|going to|want to) unalive|sewer ?slide|self[- ]?delet\w+|delete myself)\b"),
    Cue("en.si.not_live", "suicidal_ideation", 2,
        r"\b(?:do ?n[o']?t|don'?t|dont|no longer|not) (?:want|wanna) to (?:live|be alive|exist|be here|go on)\b"),
    Cue("en.si.intent", "suicidal_ideation", 3,
        r"\b(?:i'?ll|i will|i'?m going to|im going to|i'?m gonna|im gonna|i'?ve decided to|i decided to) "
        r"(?:just )?(?:die|end it|do it tonight|jump|not be here (?:tomorrow|much longer))\b"),
    # -- suicidal ideation: passive (2) -----------------------------------------------------
    Cue("en.si.want_die", "suicidal_ideation", 2,
        r"\b(?:want(?:ed)?|wanna|wish|wishing|ready|longing|need) (?:to|i could|i would|i'?d) (?:just )?die\b"),
    Cue("en.si.wish_dead", "suicidal_ideation", 2,
        r"\bwish (?:i|i'?d|that i) (?:was|were|had been|could be) (?:dead|never born|gone)\b|\bwish i'?d never been born\b"),
    Cue("en.si.not_wake", "suicidal_ideation", 2,
        r"\b(?:(?:not|never|don'?t|dont) (?:want to )?wake up|sleep (?:forever|and never wake up)|"
        r"go to sleep and not wake|wish i (?:wouldn'?t|won'?t|didn'?t) wake up|(?:fall )?asleep forever|hope i (?:don'?t|never) wake up)\b"),
    Cue("en.si.better_off", "suicidal_ideation", 2,
        r"\b(?:better off (?:dead|without me)|(?:nobody|no one|no-one) would (?:even )?(?:care|notice|miss me) if i|"
        r"(?:nobody|no one|no-one) (?:would|will) (?:even )?(?:miss|notice|care about) me|(?:world|everyone|everybody|they|my family) would (?:\w+ )?be (?:a )?better (?:off |place )?without me|"
        r"would (?:\w+ )?be better off if i (?:wasn'?t|weren'?t|was not|were not|was|were) (?:around|here|alive|gone|dead)|"
        r"better off if i (?:died|was dead|were dead|was gone|disappeared))\b"),
    Cue("en.si.no_point", "suicidal_ideation", 2,
        r"\b(?:no (?:reason|point) (?:to|in) (?:live|living|going on|being alive|being here|anything|any of (?:it|this)|trying)(?: anymore| any more)?|"
        r"(?:what'?s|whats|what is) the point (?:of|in) (?:living|life|being alive|going on|anything)|"
        r"(?:don'?t|dont|do not|can'?t|cannot) see (?:the|a|any) point (?:anymore|any more|in (?:living|anything|life|going on)|of (?:living|anything|life))|"
        r"life (?:is ?n'?t|is not|isnt) worth (?:living|it)|nothing to live for)\b"),
    Cue("en.si.wouldnt_mind", "suicidal_ideation", 2,
        r"\b(?:(?:hit by a (?:bus|car|truck|train)|(?:didn'?t|did not|never) wake up|died (?:tomorrow|tonight|in my sleep)|"
        r"something (?:happened|killed me))\b.{0,40}\b(?:wouldn'?t|would not|won'?t|woudn'?t) (?:mind|care)|"
        r"(?:wouldn'?t|would not|won'?t) (?:mind|care) (?:if i (?:\w+ ){0,2}(?:died|didn'?t wake up|didnt wake up|never woke up|got hit|was gone|wasn'?t here|disappeared)|dying|not waking up))"),
    Cue("en.si.hope_hit", "suicidal_ideation", 2,
        r"\b(?:hop(?:e|ing)|wish(?:ing)?|pray(?:ing)?)\b(?: that)? (?:a |the |some )?(?:car|bus|truck|train|plane|lightning|something|someone|cancer)\b"
        r"(?: \w+){0,2} (?:hits|kills|crashes into|takes|would hit|would kill|runs me over) me|"
        r"\b(?:hop(?:e|ing)|wish(?:ing)?|pray(?:ing)?) (?:that )?i (?:get (?:hit|run over|cancer)|die|don'?t wake|crash|never wake)"),
    Cue("en.si.disappear", "suicidal_ideation", 2,
        r"\b(?:want(?:ed)? to|wanna|wish i could|wish to|need to) (?:just )?(?:disappear|vanish|stop existing|not exist|cease to exist|be gone)"
        r"(?! for (?:a|the) (?:weekend|week|day|while))\b"),
    Cue("en.si.make_it_stop", "suicidal_ideation", 2,
        r"\b(?:want|wanna|need|wish|just want) (?:it all|everything|the pain|this pain|life|my life|it) to (?:stop|end|be over)\b(?! (?:soon|already|raining))"),
    Cue("en.si.feels_right", "suicidal_ideation", 3,
        r"\b(?:tonight|today|now|this weekend) (?:feels|is|seems) (?:right|like the (?:night|day|time)|the (?:night|day|time))\b|"
        r"\bi'?m doing it (?:tonight|today|tomorrow|this weekend|on \w+day|\w+day)\b", kind="gated"),
    Cue("en.si.end_it_when", "suicidal_ideation", 3,
        r"\b(?:i'?ll|i will|when i|i'?m going to|im going to|i'?m gonna|gonna|before i) end it\b(?! (?:with|between|for (?:us|them|the)))"),
    Cue("en.si.no_future_self", "suicidal_ideation", 2,
        r"\b(?:don'?t|do not|can'?t|cannot) (?:really |even )?(?:see|picture|imagine) (?:myself|me) (?:being )?(?:around|here|alive|living|making it)\b"
        r"(?=.{0,30}\b(?:next|in a|by|much longer|anymore|any more|years?|months?|birthday|christmas|summer)\b|[.!?]|$)"),
    Cue("en.si.working_out_how", "suicidal_ideation", 3,
        r"\b(?:working out|figuring out|thinking (?:about|through)|running through|looking up|researching|googling|planning) "
        r"(?:how|ways|the best way|methods?)\b.{0,30}\b(?:i'?d|i would|i could|i'?ll|to) (?:actually )?(?:do it|die|end it|go through with it|kill myself)|"
        r"\bhow i'?d (?:actually )?do it\b"),
    Cue("en.si.talk_out", "suicidal_ideation", 3,
        r"\b(?:won'?t|wont|don'?t|dont|will not) (?:try to )?talk me out of (?:it|this)\b|\b(?:tonight|today)'?s the (?:night|day)\b|"
        r"\bi'?ve (?:made up my mind|decided)\b(?=.{0,60}\b(?:tonight|today|it'?s time|goodbye|no one|nobody|letters?|pills)\b)"),
    Cue("en.si.think_end", "suicidal_ideation", 3,
        r"\b(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:a lot |so much |constantly |every day )?(?:about|of) "
        r"(?:ending (?:it|my life|things|everything)|killing myself|taking my (?:own )?life)\b(?! with)"),
    Cue("en.si.think_death", "suicidal_ideation", 2,
        r"\b(?:think|thinking|thought|dream|dreaming|fantasi[sz]e|fantasi[sz]ing) (?:a lot |so much |constantly |every day )?(?:about|of) "
        r"(?:not being (?:here|alive)|my (?:own )?death|dying|being dead)\b(?! (?:with|of (?:laughter|embarrassment)|(?:my|her|his|their) hair))"),
    Cue("en.si.think_step", "suicidal_ideation", 3,
        r"\bthink(?:ing)? about (?:just |actually )?(?:stepping|jumping|walking|driving|swerving|falling|crashing) (?:forward|off|into|in front of|into traffic|off the road)\b"),
    Cue("en.si.only_way", "suicidal_ideation", 3,
        r"\b(?:suicide|death|dying|ending it|killing myself) (?:is|seems like|feels like) (?:the|my) only (?:way out|option|answer|choice|solution)\b"),
    Cue("en.si.didnt_because", "suicidal_ideation", 2,
        r"\b(?:didn'?t|did not|almost|nearly|haven'?t) (?:kill(?:ed)? my\s?self|end(?:ed)? (?:it|my life))\b.{0,25}\b(?:because|bc|cause|cuz|thanks to|only because|for)\b|"
        r"\b(?:the only (?:reason|thing) (?:i'?m|i am|keeping me) (?:still )?(?:alive|here))\b", framed=False),
    Cue("en.si.attempt", "suicidal_ideation", 3,
        r"\b(?:i )?(?:attempted|tried to (?:kill myself|end (?:it|my life)|overdose)|survived (?:an|my) attempt|my (?:last |suicide )?attempt)\b(?! (?:recipe|exam|test|marathon))"),
    Cue("en.si.jump", "suicidal_ideation", 3,
        r"\b(?:thinking (?:of|about)|want(?:ed)? to|wanna|going to|gonna|might|could just) (?:jump(?:ing)?|step(?:ping)?|throw(?:ing)? myself) "
        r"(?:off|from|in front of) (?:a|the|my|this) (?:bridge|building|roof|cliff|train|car|balcony|bus|window|ledge|multi-?stor(?:e)?y|car ?park|"
        r"parking (?:garage|structure)|tower|block of flats|overpass)"),
    Cue("en.si.not_make_it", "suicidal_ideation", 3,
        r"\b(?:won'?t|will not|not going to|not gonna|don'?t think i'?ll|dont think ill) make it (?:through|to|past) (?:the night|tonight|tomorrow|the weekend|morning)\b|"
        r"\b(?:not going to|not gonna|won'?t) be (?:here|around|alive) (?:much longer|tomorrow|anymore|by (?:morning|tomorrow))\b"),
    Cue("en.si.done_life", "suicidal_ideation", 2,
        r"\b(?:done with (?:life|living|being alive|everything)|tired of (?:living|being alive|life|existing)|"
        r"(?:can'?t|cannot|cant) go on (?:anymore|like this|living)|can'?t do (?:life|this life) anymore|"
        r"(?:tired of|sick of|done) (?:fighting|trying) to (?:stay alive|live|keep going|survive)|fighting to stay alive)\b"),
    Cue("en.si.final", "suicidal_ideation", 3,
        r"\b(?:(?:this is|this'?ll be|this will be) my (?:last|final) (?:post|message|tweet|text|words)|"
        r"(?:made|making|i'?ve made) (?:my )?peace with (?:it all|it|dying|death|my decision|leaving)\b(?! (?:and|but) (?:moved on|i'?m (?:happy|fine)))|"
        r"let the (?:river|sea|ocean|water|waves|cold|dark|darkness|night) (?:have|take) me|no more mornings|this time i mean it|"
        r"ready to (?:meet (?:god|my maker|jesus|allah)|go home to (?:god|jesus)|be with (?:god|jesus|my \w+ in heaven))|"
        r"see (?:you|y'?all) (?:on the other side|in (?:heaven|the next life)))\b"),
    Cue("en.si.goodbyes_given", "suicidal_ideation", 3,
        r"\b(?:said (?:goodbye|bye) to (?:my|the) (?:cat|dog|pets?|family|kids|parents|mom|mum|dad)|gave (?:my \w+ |away )?my (?:guitar|things|stuff|belongings|games|bike|clothes|cat|dog|pets?)|"
        r"(?:gave|give|giving) (?:away )?(?:all )?my (?:things|stuff|belongings|possessions) away)\b", kind="gated"),
    Cue("en.si.plan_how", "suicidal_ideation", 3,
        r"\bplan(?:ning)? (?:out )?(?:how|when|where) (?:to|i'?ll|i will|i'?m going to|i'?d) (?:go|do it|die|end it|kill myself|end my life)\b"),
    Cue("en.si.rehome", "suicidal_ideation", 2,
        r"\b(?:giving|gave|give|rehoming|rehomed) (?:away )?(?:all )?my (?:dog|cat|pets?|things|stuff|belongings|guitar|games|clothes) "
        r"(?:away|to (?:my|a) \w+)\b(?=.{0,60}\b(?:better than i|after i'?m gone|won'?t need|when i'?m gone|take (?:good )?care of (?:him|her|them)|look after (?:him|her|them)))"),
    Cue("en.si.goodbye", "suicidal_ideation", 3,
        r"\b(?:this is (?:my )?goodbye|goodbye (?:everyone|forever|world)|won'?t be (?:here|around) (?:tomorrow|much longer|anymore))\b"),
    # -- broad shapes (what the specific cues above miss): wish + death, act + myself --------
    Cue("en.broad.wish_death", "suicidal_ideation", 2,
        r"\b(?:i|i'?d|i'?m|im)\b(?: \w+){0,3} (?:want|wanna|wish|hope|ready|rather|prefer|need|deserve|should|might as well|"
        r"would (?:love|like)|long|plan|planning|going|gonna) (?:\w+ ){0,2}(?:to )?(?:die|be dead|not be alive|not exist|"
        r"stop existing|end (?:it|things|everything|my life)|not wake up|never wake up|be gone|leave this world|disappear forever)\b",
        strength=0.75),
    Cue("en.broad.act_self", "suicidal_ideation", 3,
        r"\b(?:kill|killing|end|ending|off|offing|hang|hanging|shoot|shooting|drown|drowning|poison|poisoning|destroy)(?: \w+){0,2} my\s?self\b"
        r"(?! (?:laughing|with (?:work|laughter)))", strength=0.8),
    Cue("en.broad.harm_self", "self_harm", 2,
        r"\b(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|punish|punishing|scratch|scratching|hit|hitting|bite|biting|starve|starving)"
        r"(?: \w+){0,2} my\s?self\b(?! (?:at|playing|while|when|lifting|running|in the|on the|by accident|accidentally))", strength=0.7),
    Cue("en.broad.abuse", "abuse_victim", 2,
        r"\b(?:he|she|they|my (?:\w+ ){0,2}(?:dad|father|mom|mum|mother|husband|wife|boyfriend|girlfriend|partner|ex|brother|sister|"
        r"uncle|aunt|step\w*|parents?|boss|coach|teacher|bf|gf))\b[^.!?]{0,40}\b(?:hit|hits|hitting|beat|beats|beating|slap|slaps|slapped|"
        r"kick|kicks|kicked|punch|punches|punched|choke|chokes|choked|strangl\w+|push|pushes|pushed|shove|shoves|shoved|threw|throws|"
        r"burn(?:s|ed)?|bruis\w+|rap(?:e|es|ed)|molest\w*|grab(?:s|bed)?|abus\w+|threaten\w*|lock(?:s|ed)?|trap(?:s|ped)?) "
        r"(?:me|my)\b" + _NOT_VIOLENCE,
        strength=0.7),
    Cue("en.broad.ed", "eating_disorder", 2,
        r"\b(?:i|i'?m|im|i'?ve|ive)\b[^.!?]{0,50}\b(?:binge\w*|purg\w+|starv\w+|restrict\w*|skip(?:ping|ped)? (?:meals|eating|dinner|lunch|breakfast)|"
        r"stop(?:ped)? eating|not eating|haven'?t eaten|laxatives?|calorie\w*|fasting|thigh gap|ribs)\b"
        r"(?=[^.!?]{0,60}\b(?:fat|disgusting|gross|ugly|hate my body|deserve|weight|weigh|thin|skinny|punish|control|guilty|huge)\b)",
        strength=0.7),
    # -- preparation and attempt in progress (4) -------------------------------------------
    Cue("en.si.prepared", "suicidal_ideation", 4,
        r"\b(?:(?:wrote|written|writing|left) (?:a |my |the )?(?:suicide note|goodbye (?:letters?|notes?)|(?:notes?|letters?) to (?:everyone|my (?:family|kids|parents|mom|mum|dad|wife|husband|sister|brother|son|daughter|partner)))|"
        r"(?:prescription|pills|meds|tablets|medication)\b.{0,25}\b(?:put aside|set aside|saved up|stashed|hidden away|stockpiled|squirrel(?:l)?ed away)|"
        r"(?:saved|saving|stockpil\w+|hoard\w+|collect\w+|stash\w*) (?:up )?(?:all )?(?:my |of )?" + _PILLS + r"|"
        r"gave away (?:all )?my (?:things|stuff|belongings|cat|dog)|"
        r"(?:tied|bought|got|have) (?:a |the )?(?:noose|rope (?:ready|for myself))|"
        r"(?:got|have|'ve got) (?:the |my |all (?:the |my )?)?(?:pills|rope|noose|gun|blade|razor) (?:ready|lined up|counted out|out)|"
        r"(?:pills|tablets|meds|rope|noose|blade|razor|gun) (?:are|is) (?:all )?(?:lined up|ready|counted(?: out)?|laid out|loaded)|"
        r"(?:pills|tablets|meds) (?:saved|stockpiled|hoarded|stashed)(?: up)?|(?<!thank you )(?<!thank-you )(?<!lecture )(?<!class )(?<!study )(?<!meeting )(?<!sticky )(?<!release )(?<!revision )"
        r"notes? (?:are|is) (?:all )?written|wrote (?:the|my) notes?)\b"),
    Cue("en.si.in_progress", "suicidal_ideation", 4,
        r"\b(?:(?:i'?m|im|i am) (?:standing |sitting )?(?:on|at) (?:the )?(?:roof|edge|ledge|top) of\b.{0,60}\b(?:fall|jump|die|end)|"
        r"(?:i'?m|im|i am) (?:standing |sitting )?on (?:the|a) (?:bridge|roof|ledge|railing|tracks|edge)(?: \w+)? right now\b(?!.{0,40}\b(?:traffic|stuck|bus|train|driving|commute|queue|view|photo|sunset))|(?:standing|sitting) on (?:the|a) (?:edge|ledge|bridge|roof|railing)|"
        r"(?:garage|car)\b.{0,40}\b(?:car|engine) (?:is )?running|"
        r"(?:noose|rope) (?:is )?(?:around my neck|ready)|(?:in|sitting in) (?:the|my) (?:car|garage)\b.{0,30}\bengine running|engine running in the garage|"
        r"pills? (?:are )?in (?:my|front of me)|"
        r"(?:knife|blade|gun) (?:is )?(?:in my hand|to my (?:wrist|head|throat)))\b"),
    # -- medical emergency (4) --------------------------------------------------------------
    Cue("en.med.overdose_mixed", "medical_emergency", 4,
        r"\b(?:(?:half )?a (?:whole )?bottle of|a (?:fifth|handle) of)\s+(?:vodka|wine|whiskey|whisky|gin|rum|tequila|liquor)\s+(?:and|with|plus|\+)\s+"
        r"(?:the rest of|all (?:of )?(?:my|the)|a (?:whole )?(?:bottle|box|pack|strip) of|a handful of)\s+(?:my |the )?" + _PILLS
        + r"\b.{0,80}\b(?:so (?:sleepy|dizzy)|can'?t keep my eyes open|getting (?:sleepy|drowsy|dizzy)|night everyone|goodnight everyone|goodbye|bye everyone)"),
    Cue("en.si.on_height", "suicidal_ideation", 3,
        r"\b(?:i'?m|im|i am) (?:standing |sitting |up )?on (?:the|a|this) (?:roof|rooftop|ledge|bridge railing|railing|edge of the (?:roof|bridge|cliff))\b"),
    Cue("en.si.goodbye_letter", "suicidal_ideation", 4,
        r"\b(?:help me )?(?:write|writing|wrote|finish) (?:a |my )?(?:goodbye|farewell|suicide|last) (?:letter|note|message)s? (?:to|for) (?:my )?(?:kids|children|son|daughter|family|parents|mum|mom|dad|wife|husband|partner)\b"),
    Cue("en.hto.regret", "harm_to_others", 3,
        r"\b(?:he|she|they)(?:'s| is|'re| are)? (?:gonna|going to) (?:regret|pay for) (?:what (?:he|she|they) did|(?:ever )?(?:touching|hurting|hitting) (?:me|her|him|my \w+))\b"),
    Cue("en.ask.enough", "self_harm_instructions", 3,
        r"\bhow many (?:of (?:my|these|the) )?(?:\d+ ?mg [a-z]+|" + _PILLS + r") (?:would|will|do i need to|should i) (?:be enough|kill|do it|take to (?:die|not wake up))\b"),
    Cue("en.si.height_now", "suicidal_ideation", 4,
        r"\b(?:(?:i'?m|im|i am|standing|sitting) )?on (?:the|a|this) (?:bridge|roof|rooftop|ledge|cliff|overpass|train tracks|tracks)\b"
        r"(?=.{0,60}\b(?:looks? so (?:calm|peaceful|inviting)|so far down|one step|just (?:jump|let go)|nobody can stop me|"
        r"(?:rn|right now)\b.{0,40}\b(?:the water|the drop|the fall|down there|jump)))"),
    Cue("en.med.overdose_taken", "medical_emergency", 4,
        r"\bmixed\b.{0,40}\bwith (?:about |like |around )?(?:[1-9]\d+|a lot of|a bunch of|all)\b.{0,25}" + _PILLS + r"|"
        r"\btook (?:everything|all the (?:pills|meds)) (?:that was )?(?:in|from) (?:the |my )?(?:bathroom )?(?:cupboard|cabinet|medicine cabinet|drawer|bathroom)|"
        r"\bi did it\b.{0,30}\b(?:took|swallowed|pills|overdosed)|"
        r"(?:^|[.!?,]\s*|\b(?:i|i'?ve|ive|just)\s+)(?:just )?(?:took|taken|swallowed|downed|drank|ate|had) (?:all|the whole|a whole|an entire|every|"
        r"(?:like |about |around |maybe |over )?(?:[1-9]\d+|twenty|thirty|forty|fifty|a hundred)|a (?:lot|bunch|handful|load|ton|whole lot) of|loads of|too many|way too many)\b.{0,25}" + _PILLS + r"|"
        r"(?:^|[.!?,]\s*|\b(?:i|i'?ve|ive|just)\s+)(?:just )?(?:overdosed|od'?d|taken an overdose|took an overdose)\b|"
        r"\b(?:i|i'?ve|ive) (?:just )?(?:drank|drunk|swallowed) (?:bleach|antifreeze|poison|drain cleaner)\b"),
    Cue("en.med.bleeding", "medical_emergency", 4,
        r"\b(?:cut (?:too deep|my wrists?|an artery)|(?:bleeding|blood) (?:won'?t stop|everywhere|a lot|so much|heavily)|"
        r"can'?t stop the bleeding|(?:lost|losing) (?:so much|a lot of) blood|"
        r"(?:bleeding|blood)\b.{0,25}\b(?:won'?t|doesn'?t|will not|can'?t|isn'?t going to) stop|(?:won'?t|doesn'?t|will not|can'?t) stop (?:the )?bleeding|"
        r"cut (?:deeper|too deep|deep) than i (?:meant|wanted|planned))\b"),
    Cue("en.med.injury", "medical_emergency", 4,
        r"\b(?:burn(?:ed|t)|cut|sliced|stabbed) (?:my\s?self|my (?:arm|leg|wrist|stomach|thigh))\b.{0,80}\b(?:skin (?:is )?(?:peeling|coming) off|can see (?:fat|bone|the)|"
        r"needs? stitches|too deep|won'?t stop bleeding|(?:big|huge|deep) (?:wound|gash|patch))"),
    Cue("en.med.body_signs", "medical_emergency", 4,
        r"\b(?:took|taken|swallowed|drank|ate|haven'?t eaten|not eaten)\b.{0,80}\b(?:fainted|passed out|blacked out|"
        r"heart (?:is )?(?:doing something weird|racing|skipping|pounding|beating weird)|chest (?:pain|hurts)|lips (?:are )?(?:going )?(?:numb|blue)|"
        r"can'?t feel my (?:hands|legs|face|arms)|throwing up blood|can'?t stay awake)\b"),
    Cue("en.med.dying_now", "medical_emergency", 4,
        r"\b(?:feel(?:ing)? (?:very |so |really )?(?:dizzy|sick|faint|weird|strange) after (?:taking|the|i took) " + _PILLS + r")\b"),
    # -- self-harm (urges 2, recent acts 3) ------------------------------------------------
    Cue("en.sh.act", "self_harm", 3,
        r"\b(?:(?:cut|cutting|burn(?:ed|t)?|burning|scratch(?:ed|ing)?|carv(?:ed|ing)|punch(?:ed|ing)|starv(?:ed|ing)|bash(?:ed|ing))\s+my\s?self|"
        r"(?:been|started|start|keep|kept|am|i'?m|was) (?:cutting|self[- ]?harming|hurting myself)"
        r"(?! (?:my hair|hair|the|a|an|onions?|back|down|out|off|corners|costs|ties|class|it|up|carbs|sugar|wood|paper))|"
        r"(?:going to|gonna|will|want to|about to) cut\b(?! (?:my hair|hair|the|a|an|it|off|back|down|out|in|up|ties|costs|class|him|her))|"
        r"(?:scratch(?:ed)?|carv(?:ed|ing)|burn(?:ed|t)|cut) (?:my )?(?:arms?|wrists?|legs?|thighs?|skin)(?: \w+)? (?:open|up|again|until|till)|"
        r"(?:punch(?:ed)?|hit|bang(?:ed)?) (?:the|a) wall (?:until|till) (?:my )?(?:knuckles|hands?|fists?) (?:bled|broke|were bleeding)|"
        r"(?:cut|cutting|burned|burning) (?:my (?:arms?|wrists?|legs?|thighs?|skin|stomach)|again)|"
        r"used (?:a |the |my )?(?:razor|blade|knife|lighter|scissors|compass|glass) on my (?:arms?|stomach|thighs?|legs?|wrists?|skin|hips?|self)|"
        r"(?:burn|cut|scratch|carv)\w* (?:my )?(?:forearms?|arms?|wrists?|thighs?|legs?|stomach|skin|hips?) with (?:a|the|my) (?:lighter|blade|razor|knife|cigarette|scissors|compass|lighter)|"
        r"(?:punch|punching|punched|hit|hitting|bang|banging) (?:the |a )?walls? (?:until|till) (?:my )?(?:knuckles|hands?|fists?) (?:bleed|bled|split|break|broke|bruise)|"
        r"relapsed? (?:on|with|into)? ?(?:self[- ]?harm|sh|cutting)|my (?:fresh |new )?(?:cuts|sh scars)|sh'?d|did sh|sh(?:'?ing)? again|"
        r"(?:scratch\w*|pick\w*|pull\w*|bang\w*|punch\w*|hit\w*|cut\w*|burn\w*|carv\w*|bit\w*) (?:at )?my (?:arms?|wrists?|legs?|thighs?|skin|head|stomach|hips?)"
        r"\b.{0,30}\b(?:till|until|bleed|bled|bleeding|bruise|bruised|raw|scar|open)|"
        r"(?:i|i'?ve|ive) (?:self[- ]?harmed|sh'?d|hurt myself (?:again|on purpose|last night|today|deliberately)))\b"),
    Cue("en.sh.urge", "self_harm", 2,
        r"\b(?:(?:urges?|want|wanna|need|itching|tempted) to (?:cut|self[- ]?harm|hurt myself|burn myself|sh\b)|"
        r"(?:cutting|self[- ]?harm) urges|(?:thinking|thought) (?:about|of) (?:cutting|hurting myself|self[- ]?harm))"),
    # -- method seeking (3) -----------------------------------------------------------------
    Cue("en.ask.dose", "self_harm_instructions", 3,
        r"\b(?:how (?:many|much)\b.{0,40}\b" + _PILLS + r"\b.{0,50}\b(?:die|dead|kill|overdose|lethal|fatal|od|end it|not wake up|stop (?:my|your) heart|too (?:many|much))|"
        r"(?:lethal|fatal|deadly|toxic) (?:dose|amount)|how to (?:overdose|od)\b|"
        r"(?:can|could|would|will) (?:i|you|someone|a person) die (?:from|of|if) (?:taking|i take|you take|swallowing)|"
        r"what happens if (?:i|you) (?:take|swallow) (?:all|a whole|the whole|" + _NUM + r"))", kind="question"),
    Cue("en.ask.method", "self_harm_instructions", 3,
        r"\b(?:(?:painless|quick|quickest|fastest|easiest|easy|best|surest|most effective|least painful|peaceful) "
        r"(?:way|ways|method|methods) (?:to|of) (?:die|dying|go|check out|end things|kill (?:my|your)self|end (?:it|my life|your life)|suicide|commit suicide)\b(?! (?:to (?:work|school|the)|about it|viral))|"
        r"how (?:to|do (?:i|you|people)|can i|could i|would i) (?:kill (?:my|your)self|hang (?:my|your)self|commit suicide|"
        r"slit (?:my|your) wrists?|end (?:my|your) life|die painlessly|tie a noose)|"
        r"how (?:long|much blood) (?:does it take |before you |until you |to )?(?:bleed out|die from|lose before)|"
        r"how (?:deep|hard) (?:do|should|would|does) (?:i|you|u|one) (?:have to |need to )?cut|"
        r"(?:does|would|is|will) (?:an? )?(?:overdo\w*|od|hanging|drowning|jumping|bleeding out|dying|suffocating|gassing)\b.{0,40}\b(?:hurt|painful|painless|like falling asleep|quick|fast|peaceful)|"
        r"(?:which|what) (?:otc |over the counter |common )?(?:meds|pills|medications?|drugs|tablets)\b.{0,40}\b(?:most dangerous|deadliest|most deadly|lethal|kill|fatal|die)|"
        r"if (?:u|you|i|someone) (?:take|took|swallow) (?:a lot|too many|all of them|a bunch|the whole (?:bottle|pack)) at once)", kind="question"),
    Cue("en.ask.height", "self_harm_instructions", 3,
        r"\b(?:how (?:high|far|tall)\b.{0,40}\b(?:fall|jump|drop)\b.{0,30}\b(?:die|dead|kill|fatal|survive|guarantee)|"
        r"(?:which|what) (?:floor|height|bridge|building)\b.{0,30}\b(?:die|fatal|kill|guarantee|survive)|"
        r"(?:fall|jump|drop)(?:ing)? (?:from )?\d+ (?:floors|stories|storeys|feet|ft|meters|metres|m)\b|"
        r"(?:bridge|building|floor|roof|cliff|tower|car ?park|parking garage)\b.{0,60}\b(?:is|would) (?:the |that |a )?"
        r"(?:fall|drop|jump) (?:be )?(?:enough|high enough|far enough|fatal|deadly|lethal)\b)", kind="question"),
    Cue("en.ask.high_place", "self_harm_instructions", 3,
        r"\b(?:tallest|highest) (?:bridges?|buildings?|cliffs?|car ?parks?|multi-?stor(?:e)?y|parking (?:garage|structure)s?|rooftops?|towers?)\b.{0,50}"
        r"\b(?:open at night|at night|i can get (?:on|onto|up|to the top)|with (?:roof )?access|no (?:fence|railing)|unlocked|nobody (?:checks|is around))", kind="question"),
    Cue("en.ask.roof_access", "self_harm_instructions", 3,
        r"\b(?:which|what) (?:buildings?|bridges?|car ?parks?|rooftops?|towers?)\b.{0,40}\b(?:let you|can i get|can you get|access|get) (?:on|onto|up|to) (?:the )?(?:roof|top)",
        kind="question"),
    Cue("en.ask.unfenced", "self_harm_instructions", 3,
        r"\b(?:bridges?|buildings?|roofs?|rooftops?|parking (?:garage|structure)s?|cliffs?|overpass(?:es)?)\b.{0,40}\b(?:doesn'?t|don'?t|without|no|isn'?t) "
        r"(?:have )?(?:a |any )?(?:fence|fences|railing|railings|barrier|barriers|net|nets|guard|security)\b", kind="question"),
    Cue("en.ask.conceal", "self_harm_instructions", 3,
        r"\b(?:(?:hide|hiding|cover(?: up)?|conceal) (?:my |the )?(?:cuts|scars|self[- ]?harm|burns|wounds|bruises from (?:cutting|myself))|"
        r"(?:hide|hiding) (?:that i'?m|that i am) (?:cutting|not eating|purging)|"
        r"(?:concealer|makeup|foundation|bandages?|long sleeves|bracelets?|plasters?)\b.{0,30}\b(?:cover|hide)\w*\b.{0,20}\b(?:cuts|scars|burns|marks)|"
        r"(?:cover|hide)\w* (?:up )?(?:fresh |my |new )(?:cuts|scars|burns|marks)|"
        r"(?:cuts|scars|burns|wounds)\b.{0,30}\b(?:so (?:that )?)?(?:nobody|no one|my parents|people|anyone) (?:\w+ ){0,3}(?:notices?|sees?|can see|finds? out|will know)|"
        r"(?:where|place|places|spot|spots) (?:on (?:my|your) body )?(?:to|i can|you can) cut|cut where (?:it|they|nobody|no one) (?:won'?t|wont|doesn'?t|can'?t) (?:show|see))", kind="question"),
    Cue("en.ask.bridge", "self_harm_instructions", 3,
        r"\b(?:(?:tallest|highest) (?:bridges?|buildings?|cliffs?|parking (?:garage|structure)s?|rooftops?)|"
        r"(?:where|which) (?:can i|could i|to) buy (?:a )?(?:gun|rope)|"
        r"(?:bridges?|rooftops?|cliffs?) (?:near|close to) (?:me|here)|how to get (?:on|onto) (?:a|the) (?:roof|bridge))",
        kind="gated"),
    Cue("en.si.means_definite", "suicidal_ideation", 3,
        r"\b(?:bought|got|picked up|ordered) the (?:rope|noose|helium|charcoal|razor blades?)\b|\b(?:bought|got|tied|made) (?:a |the )?noose\b"),
    Cue("en.si.place", "suicidal_ideation", 3,
        r"\b(?:going|heading|walking|driving|went|go) (?:to|up to|out to|onto) (?:the|a) (?:bridge|cliff|rooftop|roof|tracks|railway|edge|ledge|"
        r"top floor|parking garage|river|lake)\b|\b(?:stand|standing|stood) (?:at|on) the edge of the (?:platform|roof|bridge|cliff)\b|"
        r"\bthink(?:ing)? about (?:stepping|jumping|walking|driving|swerving|falling) (?:forward|off|into|in front of|into traffic|off the road)",
        kind="gated"),
    Cue("en.si.means_bought", "suicidal_ideation", 3,
        r"\b(?:bought|got|ordered|found) (?:a |some |the )?(?:rope|noose|helium|charcoal|razor blades?|gun)\b", kind="gated"),
    # -- eating disorders (2; tips 3) -------------------------------------------------------
    Cue("en.ed.restrict", "eating_disorder", 2,
        r"\b(?:(?:haven'?t|have not|havent|hasn'?t|didn'?t|did not|not) (?:eaten|eat|had (?:any )?food) (?:in|for) "
        + _NUM + r" (?:days?|weeks?)|(?:don'?t|dont|do not) deserve (?:to eat|food|meals?)|"
        r"(?:starv(?:e|ing)|fasting) (?:my ?self|for " + _NUM + r" days)|only (?:ate|eat|eating|allow myself) \d+ (?:calories|cals|kcal)|"
        r"(?:under|less than|below) \d{2,3} (?:calories|cals|kcal)(?: a| per)? day|"
        r"(?:i'?ve had|i had|i ate|i'?ll do|i will do|only|limit(?:ing)? (?:myself )?to|max(?:imum)? (?:of )?)\s?\d{2,3} (?:calories|cals|kcal)\b.{0,60}\b(?:disgust\w*|fat|gross|tomorrow|less|lower|\d{2,3})|"
        r"(?:only )?let myself eat (?:if|when|after)|(?:have to|must|need to) (?:earn|burn off) (?:my )?(?:food|meals?|calories|dinner)|"
        r"hid(?:e|ing) (?:my )?food|so (?:my parents|they|people|everyone|nobody) (?:think|thinks|believe) i (?:ate|eat|'?ve eaten)|pretend(?:ing)? (?:to eat|i ate|i'?ve eaten)|"
        r"(?:need|want|have) to (?:drop|lose) \d+ ?(?:kg|kilos|lbs|pounds) (?:by|in|before) (?:\w+day|a week|the weekend|\d+ days)|"
        r"chew(?:ing)? and spit(?:ting)?|(?:day|days) \d+ of (?:only water|water fasting|not eating|no food|fasting)|only (?:water|black coffee|drinking water) for \d+ days|"
        r"no food (?:till|until|for) (?:\w+day|\d+ days|the weekend)|eat (?:when|once|if|only when) i (?:deserve|earn)(?: it)?|"
        r"(?:get|be|weigh|stay) (?:under|below) \d{2,3} ?(?:lbs?|pounds|kg|kilos)\b|(?:go|went|going) over \d{3,4} ?(?:calories|cals)?\b.{0,40}\b(?:cardio|burn|punish|purge|starve)|"
        r"(?:laxatives?|diuretics?)\b.{0,40}\b(?:a day|to make up|after (?:eating|meals?|i eat)|every day)|to make up for eating|"
        r"(?:threw|throw|throwing) up after (?:dinner|lunch|breakfast|eating|meals?|every meal)\b.{0,60}\b(?:again|control|deserve|fat|every|third|times)|"
        r"get (?:under|below|down to) \d{2,3} ?(?:kg|kilos|lbs?|pounds)\b(?=.{0,60}\b(?:fast|starv|not eat|hungry|hunger)\b)|"
        r"feel (?:so )?(?:fat|disgusting|gross) (?:after|when) (?:i )?(?:eat|eating|every meal)|"
        r"(?:punish|punishing) my\s?self (?:by|with) not eating|refuse to eat)\b"),
    Cue("en.ed.purge", "eating_disorder", 2,
        r"\b(?:make|made|making) my\s?self (?:throw up|sick|vomit|puke)|(?:purge|purging|purged|binge and purge|b/p)\b|"
        r"\b(?:laxatives|diuretics|diet pills) to (?:lose|get rid|purge)|throw(?:ing)? up (?:after|every) (?:meals?|i eat|eating|dinner)\b"),
    Cue("en.ed.tips", "eating_disorder", 3,
        r"\b(?:pro[- ]?ana|pro[- ]?mia|thinspo\w*|meanspo|bonespo|"
        r"(?:best|which|what|strongest) (?:laxatives?|diuretics?|diet pills|appetite suppressants)\b.{0,30}\b(?:lose|weight|fast|drop|skinny)|"
        r"(?:tips|tricks|ways|how) (?:to|for) (?:stop|suppress|ignore|not feel|curb|not)(?:ing)? (?:feeling |being |getting )?(?:hunger|hungry)|"
        r"how (?:do|can|could) i (?:stop|suppress|ignore|not) (?:feel(?:ing)? )?hung(?:er|ry)\b.{0,40}\b(?:fast|starv|not eat|lose|kg|lbs)|"
        r"(?:tips|tricks|how) to (?:purge|throw up|hide not eating|fast longer|lose \d+ ?(?:lbs|pounds|kg) in (?:a|one|\d+) (?:week|days?)))\b"),
    # -- harm to others (3; with means 4 via escalators) -----------------------------------
    Cue("en.hto.threat", "harm_to_others", 3,
        r"\b(?:i'?m (?:going to|gonna)|im (?:going to|gonna)|i will|i'?ll|i want to|i wanna|i'?m about to|i plan to|i'?m planning to) "
        r"(?:fucking )?(?:kill|hurt|stab|shoot|murder|strangle|beat up|poison|run over) "
        r"(?:him|her|them|my (?!self)\w+|everyone|everybody|that \w+|those \w+|the \w+|you|people)\b"),
    Cue("en.hto.beat", "harm_to_others", 3,
        r"\b(?:i'?m (?:going to|gonna)|im (?:going to|gonna)|i will|i'?ll|i want to) beat the (?:shit|crap|hell|life|living daylights) out of "
        r"(?:him|her|them|my \w+|that \w+)\b(?=.{0,60}\b(?:not joking|serious|tomorrow|tonight|today|swear)\b)"),
    Cue("en.hto.pay", "harm_to_others", 3,
        r"\b(?:they'?re|they are|he'?s|she'?s|you'?re|they'?ll|he'?ll|she'?ll) (?:all )?(?:going to|gonna|will) (?:pay|regret|suffer) for (?:what|this|it)\b"
        r"(?=.{0,80}\b(?:they'?ll see|you'?ll see|he'?ll see|wait|i swear|soon|tomorrow|all of them)\b)"),
    Cue("en.hto.weapon_target", "harm_to_others", 4,
        r"\b(?:got|have|bought|took|grabbed|brought) (?:my \w+'?s |a |the |his |her )?(?:gun|rifle|pistol|knife|hammer|bat|machete)\b.{0,80}\b"
        r"(?:i know (?:when|where) (?:he|she|they)|(?:he|she|they) (?:won'?t|will not) (?:be walking|walk|wake up|see it coming)|"
        r"when (?:he|she|they) (?:walks?|comes?|gets?|finish\w*|leaves?))"),
    Cue("en.hto.weapon_ready", "harm_to_others", 4,
        r"\b(?:knife|gun|blade|weapon|bat|hammer) is (?:in my (?:bag|pocket|car|hand|backpack)|loaded|ready)\b.{0,80}\b(?:he|she|they)(?:'s|'re| is| are)? "
        r"(?:not (?:walking away|leaving|getting away)|going to (?:pay|regret|get it))"),
    Cue("en.hto.loaded", "harm_to_others", 4,
        r"\b(?:loaded|grabbed|took|got|have) (?:the|my|a|dad'?s|his) (?:shotgun|gun|rifle|pistol|knife|machete)\b.{0,60}\b(?:going (?:over )?there|going to (?:his|her|their|the \w+'?s)|on my way|heading (?:over|there))"),
    Cue("en.hto.fantasy", "harm_to_others", 3,
        r"\b(?:fantasi[sz]\w*|dream\w*|think\w*) (?:about|of) (?:hurting|killing|stabbing|shooting|strangling|poisoning) (?:my (?:\w+ )?\w+|him|her|them|someone|people)\b|"
        r"\b(?:scared|afraid|worried) (?:that )?i'?ll (?:actually )?(?:do it|hurt (?:him|her|them|someone|my \w+)|snap)\b"),
    Cue("en.hto.arson", "harm_to_others", 3,
        r"\b(?:burn|torch|blow up|set fire to) (?:down )?(?:my \w+'?s|his|her|their|that \w+'?s) (?:house|car|place|apartment)\b"),
    Cue("en.hto.revenge", "harm_to_others", 3,
        r"\b(?:everyone|all of (?:them|you)|they|those|the people|every(?:one|body) who)\b[^.!?]{0,40}\b(?:who (?:laughed|bullied|hurt|mocked|picked on)|"
        r"for what they did)\b[^.!?]{0,40}\b(?:going to|gonna|will) (?:pay|regret|find out|see|be sorry)|"
        r"\b(?:everyone|they) who (?:laughed at|bullied|hurt|mocked|picked on) me\b[^.!?]{0,30}\b(?:is|are) going to (?:pay|find out|regret|be sorry)"),
    Cue("en.hto.weapon_school", "harm_to_others", 4,
        r"\b(?:gun|knife|pistol|rifle|weapon|blade)\b.{0,25}\b(?:in my (?:school )?(?:bag|backpack|locker)|to (?:school|class|work))\b"),
    Cue("en.hto.waiting_armed", "harm_to_others", 4,
        r"\b(?:outside|at|near) (?:my \w+'?s|his|her|their) (?:flat|house|place|door|work|apartment)\b.{0,20}\bwith (?:a|my|the) (?:bat|knife|gun|hammer|crowbar|machete)\b"),
    Cue("en.hto.bullies", "harm_to_others", 3,
        r"\b(?:the |those |all the )?(?:\w+ )?who (?:bully|bullied|laughed at|hurt|mocked|picked on|hate|hated|humiliated) me\b.{0,20}\b(?:are|is|will be) going to "
        r"(?:regret|pay|be sorry|find out|see)|\bthey'?re all going to (?:see|pay|regret|find out)\b(?=.{0,40}\b(?:made me|did to me|what they)\b)"),
    Cue("en.hto.mass", "harm_to_others", 4,
        r"\b(?:(?<!threatening to )(?<!threatened to )(?<!threatens to )(?<!accused of planning to )shoot up (?:the|my|a) (?:school|office|class|church|mall)|(?:bring|bringing|take|taking) (?:a|my|dad'?s) gun to (?:school|work|class))\b"),
    # -- abuse disclosed by the victim (2; danger 3) ---------------------------------------
    Cue("en.abuse.physical", "abuse_victim", 3,
        _ABUSER + r"\s+(?:\w+\s+){0,2}(?:hits?|hitting|beats?|beating|beat|punch(?:es|ed)?|slap(?:s|ped)?|kick(?:s|ed)|"
        r"shov(?:es|ed)|push(?:es|ed)|throws? things at|hurts?|abuses?|abused|smack(?:s|ed)?|bruised|burn(?:s|ed)) (?:me|my)\b" + _NOT_VIOLENCE),
    Cue("en.abuse.danger", "abuse_victim", 3,
        _ABUSER + r"\s+(?:\w+\s+){0,2}(?:chok(?:es|ed|ing)|strangl(?:es|ed|ing)|threaten(?:s|ed)? to kill|said (?:he|she|they)(?:'d| would| will| is going to)? kill|"
        r"pulled a (?:knife|gun) on|held a (?:knife|gun) to|locks? me (?:in|out)|locked me (?:in|out)) ?(?:me)?\b|"
        r"\b(?:afraid|scared|terrified) (?:he|she|they)(?:'ll| will| is going to| are going to| might) kill me\b|"
        r"\b(?:screaming|yelling|shouting|threatening|says|said|saying|swears?|swore|keeps saying|told me)\s+(?:that\s+)?(?:if i [^.!?]{0,40}?,?\s*)?(?:he|she|they)"
        r"(?:'ll| will|'s going to|'s gonna|'d| would| is going to| are going to) (?:kill|hurt|stab|shoot) me\b"),
    Cue("en.abuse.sexual", "abuse_victim", 3,
        r"\b(?:" + _ABUSER + r"\s+(?:\w+\s+){0,8}(?:rap(?:es|ed)|molest(?:s|ed)|touch(?:es|ed|ing) me\b|"
        r"makes? me (?:do|touch) (?:things|stuff|him|her)|forc(?:es|ed) (?:me|himself|herself) (?:on me|to have sex))|"
        r"i (?:was|got|have been|am being|'?m being) (?:raped|molested|sexually (?:assaulted|abused))|(?:raped|molested) me)\b"),
    Cue("en.abuse.night", "abuse_victim", 3,
        r"\b(?:my (?:\w+ )?(?:uncle|dad|father|step\w*|brother|cousin|grandpa|grandfather|coach|teacher|mum'?s \w+|mom'?s \w+)|he)\b.{0,20}\b(?:comes|came|sneaks|sneaked|gets|got) "
        r"(?:into|in) my (?:room|bed)\b.{0,40}\b(?:when|while|at night|asleep|sleeping|dark|nobody)"),
    Cue("en.abuse.physical_hint", "abuse_victim", 3,
        r"\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|dad|mum|mom))\b.{0,10}\bgets?,? (?:[\w']+,? ){0,3}(?:physical|violent|rough|handsy)\b"),
    Cue("en.abuse.photos", "abuse_victim", 3,
        r"\b(?:makes?|made|forces?|forced|asks?|pressur\w+) me (?:to )?send (?:him|her|them) (?:photos|pics|pictures|nudes|videos)|"
        r"\b(?:send|sending|sent) (?:him|her|them) (?:nudes|naked (?:photos|pics)|photos of (?:me|my body))\b"),
    Cue("en.abuse.no_stop", "abuse_victim", 3,
        r"\b(?:i )?said no (?:and|but) (?:he|she|they) (?:didn'?t|did not|wouldn'?t|would not|kept going|kept|still)\b|"
        r"\b(?:he|she|they) (?:didn'?t|wouldn'?t) stop when i said no\b|\bwithout my consent\b"),
    Cue("en.abuse.threatened", "abuse_victim", 3,
        r"\b(?:" + _ABUSER + r"\s+(?:\w+\s+){0,3}(?:texting|messaging|sending|sent|texted|messaged|leaving) me (?:death )?threats|"
        + _ABUSER + r"\s+(?:said|says|told me|texted|wrote)(?: that)? (?:he|she|they) knows? where i (?:live|work|sleep|am staying)|"
        r"(?:he|she|they|my ex) (?:found out|knows|figured out) where i (?:live|work|am staying) now)\b", framed=False),
    Cue("en.abuse.control", "abuse_victim", 2,
        r"\b(?:" + _ABUSER + r"\s+(?:\w+\s+){0,2}(?:won'?t|doesn'?t|does not|will not|never) let me (?:see|leave|go out|have|talk|work|use)|"
        r"" + _ABUSER + r"\s+(?:\w+\s+){0,2}(?:checks|reads|tracks|monitors|controls|takes) (?:my (?:whole |entire )?(?:phone|messages|location|money|bank|pay|paycheck|salary|wages)|all my money)|"
        r"(?:tells?|calls?) me (?:i'?m |i am )?(?:useless|worthless|nothing|stupid|pathetic) without (?:him|her)|nobody will (?:ever )?believe (?:me|you)|"
        r"(?:he|she|they|my \w+) (?:\w+ ){0,2}(?:reads|checks|tracks|monitors|controls|goes through|takes) (?:all )?(?:of )?my (?:\w+ )?(?:phone|messages|texts|emails|dms|location|money|bank|pay|paycheck|salary|wages|passwords?|accounts?)|"
        r"if i (?:leave|try to leave|tell anyone|go to the police|break up)\b.{0,30}\b(?:he|she|they)(?:'ll| will|'d| would) (?:tell|hurt|kill|take|ruin|find)|"
        r"(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|he|she) (?:keeps|took|takes|hides|has taken) (?:my )?(?:bank ?cards?|cards|passport|id|money|phone|car keys|documents)|"
        r"(?:i'?m|i am|i was) not allowed to (?:see|talk to|visit|call) my (?:family|friends|sister|brother|mum|mom|parents|dad)\b|"
        r"(?:afraid|scared|terrified) (?:to go home|of (?:my (?:husband|wife|boyfriend|girlfriend|partner|dad|father|mom|mother|step ?dad|ex)|him|her)|"
        r"(?:he|she) (?:will|'ll|might) (?:hurt|hit) me)|i'?m (?:being )?(?:abused|beaten)|(?:domestic (?:violence|abuse)) (?:at home|in my (?:house|home|relationship)))\b"),
    # -- acute distress (2) and concern (1) ------------------------------------------------
    Cue("en.ad.panic", "acute_distress", 2,
        r"\b(?:(?:having|in the middle of|had) (?:a|another) panic attack|panic attack (?:right now|again)|"
        r"no future for me|(?:messed|screwed|fucked) (?:everything|it all|my life) up (?:beyond|for good)|beyond (?:fixing|repair|saving)|"
        r"(?:can'?t|cannot) (?:stop )?(?:breathe|breathing|stop shaking|stop crying)\b(?! through)|(?:i'?m|im) (?:freaking out|losing (?:it|my mind)|falling apart|breaking down))\b"),
    Cue("en.ad.cant_take", "acute_distress", 2,
        r"\b(?:(?:can'?t|cannot|cant) (?:take|handle|do|bear|stand) (?:it|this|any of this|this life|living like this) (?:anymore|any more|much longer)|"
        r"(?:can'?t|cannot) cope (?:anymore|any more|with anything)|(?:no|there'?s no) way out|"
        r"(?:i'?m|im|i am|feel|feeling) (?:so |completely |totally |utterly )?(?:hopeless|worthless|trapped|empty inside|numb all the time)|"
        r"(?:i'?m|im|i am|feel like) (?:just )?a burden|"
        r"(?:would|'d) (?:\w+ )?(?:have an easier life|be happier|be better off|be so much better)\b.{0,20}\b(?:if (?:they|he|she|everyone|you) didn'?t have to (?:deal with|look after|worry about) me|without me|if i (?:wasn'?t|weren'?t) (?:here|around))|(?:i'?m|im|i am|feel like) (?:just )?a waste of (?:space|air|oxygen|life)|"
        r"(?:i )?(?:don'?t|do not) deserve to (?:live|be alive|exist|be here)|nothing (?:is )?(?:ever )?(?:going to|gonna|will) (?:ever )?(?:get|be) better|"
        r"(?:it|things|life) (?:is|are|'s)? ?(?:never (?:going to|gonna)|will never) get better|stuck like this forever|"
        r"burden (?:to|on) (?:everyone|my family|everybody|the people))\b"),
    Cue("en.concern.low", "acute_distress", 1,
        r"\b(?:(?:i'?m|im|i am|feel|feeling|been) (?:so |really |very |super |pretty |incredibly )?"
        r"(?:depressed|lonely|anxious|miserable|overwhelmed|stressed|heartbroken|devastated|exhausted|sad|alone)|"
        r"(?:crying|cried) (?:all|every|myself to sleep)|(?:lost|losing) (?:my|our) (?:\w+ )?(?:mom|dad|mother|father|wife|husband|son|daughter|baby|friend|job)|"
        r"(?:grief|grieving|mourning)|miss (?:him|her|them) so much|(?:no|have no) friends)\b", strength=0.6),
    # -- someone else at risk (2; imminent 4 via escalators) -------------------------------
    Cue("en.tp.si", "third_party_concern", 2,
        r"\b(?:(?:my|a|our) (?:\w+ )?" + _PERSON + r"|he|she|they)\b.{0,80}\b(?:(?:kill|kills|hurt|hurts|cut|cuts|cutting|harm|harms|harming|starv\w*|burns?) " + _THEM + r"|"
        r"giving (?:all )?(?:his|her|their) (?:stuff|things|belongings|possessions) away|giving away (?:all )?(?:his|her|their) (?:stuff|things|belongings|possessions)|"
        r"(?:wrote|writes|written|talks|talking|posted|drew|draws)\b.{0,30}\b(?:about )?(?:wanting to die|dying|suicide|killing (?:him|her|them)sel\w+)|"
        r"(?:says|saying|said|keeps saying) (?:that )?(?:nobody|no one) (?:would|will) (?:miss|notice|care about) (?:him|her|them)|"
        r"(?:says|saying|said|keeps saying) (?:we|you|they|everyone)(?:'d| would) be better off (?:without (?:him|her|them)|with the insurance)|"
        r"(?:has|have|with) (?:fresh |new )?(?:cuts|scars|burns) on (?:his|her|their) (?:arms|wrists|legs|thighs)|"
        r"(?:says|said|saying|threatening|threatens) (?:that )?(?:she|he|they)(?:'s| is|'re| are| will|'ll)? (?:going to |gonna )?(?:jump|end it|overdose|kill (?:him|her|them)sel\w+)|"
        r"(?:doesn'?t|does not|don'?t) care (?:what happens to (?:him|her|them)|if (?:he|she|they) (?:dies?|lives?))|"
        r"end (?:it|it all|his life|her life|their life)|suicid\w*|(?:wants?|wanting) to die|self[- ]?harm\w*|overdos\w*|"
        r"not wanting to (?:live|be here))", kind="third_party", first_person=False),
    Cue("en.tp.worry", "third_party_concern", 2,
        r"\b(?:worried|scared|afraid|concerned) (?:about|for) (?:my|a|our) " + _PERSON + r"\b.{0,60}\b(?:safe|safety|life|die|alive|suicid\w*|hurt|eating|abus\w*)|"
        r"\b(?:my|a|our) " + _PERSON + r" (?:is|'?s) being (?:abused|hit|beaten|hurt)",
        kind="third_party", first_person=False),
    Cue("en.tp.goodbye", "third_party_concern", 3,
        r"\b(?:my " + _PERSON + r"|he|she|they)\b.{0,20}\b(?:posted|sent|wrote|left|texted)(?: me)? (?:a |an |his |her |their )?"
        r"(?:goodbye|suicide|farewell|final) (?:message|note|letter|post|text|video)", kind="third_party", first_person=False),
    Cue("en.tp.goodbye_text", "third_party_concern", 3,
        r"\b(?:my " + _PERSON + r"|he|she|they)\b.{0,20}\b(?:texted|messaged|wrote|said|told me|sent)(?: me)?[: ]+['\"“‘]?[^'\"”’]{0,40}\b(?:goodbye|sorry for everything|i love you all|take care of|thanks? (?:you )?for everything|love you)",
        kind="third_party", first_person=False),
    Cue("en.tp.signs", "third_party_concern", 3,
        r"\b(?:drawing|picture|drew|sketch)\b.{0,50}\bof (?:himself|herself|themselves|themself) (?:hanging|dead|bleeding|with a (?:noose|gun|knife|rope))|"
        r"\b(?:holding on to|saving|stockpiling|hoarding|keeping|stashing) (?:his|her|their|all (?:his|her|their)) (?:meds|pills|medication|medicine|tablets)\b.{0,25}\b(?:just in case|for later|for when|in case)",
        kind="third_party", first_person=False),
    Cue("en.tp.eating", "third_party_concern", 2,
        r"\b(?:my (?:\w+ )?" + _PERSON + r"|she|he|they)\b.{0,40}\b(?:lost|losing) (?:a lot of|so much|loads of) weight\b.{0,100}\b(?:hid(?:den|ing)?|hides|skips?|skipping|throws? up|vomit\w*|purg\w*|running at \d|won'?t eat|refuses to eat)",
        kind="third_party", first_person=False),
    Cue("en.tp.attack_threat", "third_party_concern", 3,
        r"\b(?:my (?:\w+ )?" + _PERSON + r"|(?:a|this|some|one) (?:kid|guy|boy|girl|student|student|man|coworker|classmate) (?:in|at|from) my (?:class|school|work|office|year|building))"
        r"\b.{0,40}\b(?:threaten\w*|talk(?:s|ing|ed)? about|keeps? saying|says|said) (?:(?:he|she|they)(?:'d| would| will|'ll|'s going to| is going to| are going to|'re going to) )?(?:to )?"
        r"(?:shoot(?:ing)? up|bring(?:ing)? (?:a |his |her |their )?(?:dad'?s |mom'?s |father'?s |uncle'?s )?gun to|bomb(?:ing)?|blow(?:ing)? up|stab(?:bing)? (?:people|everyone|someone) (?:at|in)) (?:the |a |our |my )?(?:school|class|office|church|mall|work|campus)",
        kind="third_party", first_person=False),
    Cue("en.tp.weapon_plan", "third_party_concern", 3,
        r"\b(?:my (?:\w+ )?" + _PERSON + r"|he|she|they)\b.{0,40}\b(?:going to|gonna|will|about to|wants to) (?:go )?(?:get|grab|take|fetch|load) (?:the|his|her|their|dad'?s|my|a) (?:gun|shotgun|rifle|pistol|knife|machete|axe|bat)\b"
        r".{0,60}\b(?:sort (?:\w+ ){0,2}out|deal with|take care of|teach \w+ a lesson|hurt|kill|shoot|settle (?:it|this|things)|make \w+ pay)",
        kind="third_party", first_person=False),
    Cue("en.tp.overdose", "third_party_concern", 4,
        r"\b(?:my " + _PERSON + r"|he|she|they) (?:just )?(?:(?:took|swallowed|has taken|have taken)\b.{0,30}\b(?:" + _PILLS + r"|an overdose)|overdosed|od'?d)\b",
        kind="third_party", first_person=False),
)

LEXICON = Lexicon(
    language="en",
    version="en.v1",
    cues=CUES,
    portable=("en.si.kms", "en.si.kill_self", "en.si.end_life", "en.si.want_die", "en.ed.tips", "en.sh.act"),
    negation_phrases=r"\bnever (?:once |ever |really )?(?:thought|considered|wanted|tried|planned|felt like)\b|\bi'?m not (?:going to|gonna) (?:do|act on) (?:it|anything)\b",
    negation=r"\b(?:not|never|no longer|don'?t|dont|do not|didn'?t|didnt|did not|wouldn'?t|would never|won'?t|isn'?t|"
    r"am not|i'?m not|im not|ain'?t|no|nor|neither|stopped|without)\b",
    idioms=(
        r"\bdying (?:to|for|of (?:laughter|embarrassment|boredom|curiosity|thirst|hunger|cuteness)|laughing|inside)\b",
        r"\bto die for\b",
        r"\boverdos\w* on (?!(?:my |his |her |the |some |a |all )?(?:pills?|meds|medications?|drugs?|tylenol|paracetamol|acetaminophen|ibuprofen|"
        r"heroin|fentanyl|opioids?|insulin|xanax|sleeping|antidepressants|painkillers|purpose)\b)\w+",
        r"\bcut(?:ting)? (?:\w+ ){0,2}(?:my\s?self|my (?:finger|thumb|hand)) (?:when|while|on|with)? ?(?:dicing|chopping|slicing|cooking|shaving|opening|peeling|"
        r"the (?:knife|mandoline|can|paper|glass))",
        r"\bdie (?:happy|a happy (?:man|woman|person))\b",
        r"\b(?:die|died|dying|dead) (?:of|from|with) (?:laughter|laughing|embarrassment|boredom|cuteness|shame|cringe|envy)\b",
        r"\b(?:nearly|almost|literally|i) died (?:laughing|of laughter|when i saw)\b",
        r"\bkill(?:ed|ing|s)? (?:it|time|the (?:process|task|thread|job|server|app|engine|lights|mood|weeds|bugs|vibe|music|pain)|"
        r"a (?:process|task|bottle|pizza)|the bottle|two birds)\b",
        r"\b(?:is|are|was|were|'s|'re) (?:literally )?killing me\b",
        r"\b(?:could|would|'d) (?:murder|kill) (?:a|for (?:a|some|an))\b",
        r"\b(?:i'?d|i would) kill for\b",
        r"\b(?:bored|scared|worried|tired|sick) to death\b",
        r"\bdead (?:tired|serious|set|on|end|ringer|weight|line|lines|heat)\b",
        r"\b(?:legs|feet|arms|body|brain|back|phone|battery) (?:are|is|was|were) (?:so |completely |totally )?dead\b",
        r"\bdeadlines?\b",
        r"\bover my dead body\b",
        r"\bdrop dead (?:gorgeous|beautiful)\b",
        r"\bkiller (?:app|feature|workout|deal|view|outfit|song|game)\b",
        r"\bmy (?:mom|mum|dad|parents|boss|teacher|wife|husband) (?:is|are|will|'s|'ll|'re) (?:going to |gonna )?kill me\b",
        r"\b(?:the|this|that) (?:suspense|heat|wait|waiting|cold|traffic|commute|pain|music|show) (?:is|was) (?:literally )?killing\b",
        r"\bshoot me (?:a|an) (?:message|email|text|dm|line)\b",
        r"\bshot (?:of|at) (?:espresso|tequila|vodka)\b",
        r"\bwant(?:ed)? to die (?:of|from) (?:embarrassment|shame|laughter|cringe)\b",
        r"\b(?:starving|starved)\b(?=.{0,40}\b(?:lunch|dinner|breakfast|food|pizza|snack|eat|since)\b)",
        r"\bhaven'?t eaten since (?:breakfast|lunch|this morning|noon|yesterday)\b",
        r"\bfood coma\b",
        r"\bcut (?:my|the) (?:hair|losses|nails|grass|cake|bread|budget|costs?|ties)\b",
        r"\bhang (?:out|on|in there|up)\b",
        r"\b(?:kill|killing|hurt|hurting|burn|burning|cut|cutting) (?:\w+ ){0,2}my\s?self (?:laughing|at (?:the )?(?:gym|work)|playing|"
        r"while|when i|lifting|running|cooking|by accident|accidentally)\b",
        r"\b(?:killing|destroying) (?:my\s?self|me) (?:with|at|over) (?:work|homework|studying|the gym|this (?:diet|workout|project))\b",
        r"\bhung over\b|\bhangover\b",
    ),
    contexts={
        # strong frames: the words are about a story, a game or a program (cancel every cue of the sentence)
        # a move, a new country or a last day at work: giving things away and goodbyes that are not farewells
        "relocation": r"\b(?:moving (?:abroad|overseas|away for (?:work|uni|college|school)|to (?:a new|another|the new) (?:city|country|flat|apartment|house|place|job)|house|out of (?:my|our) (?:flat|apartment|house|parents\'? (?:house|place)))|relocat\w+|emigrat\w+|(?:goodbye|farewell|leaving) (?:note|message|card|email|party|do|drinks) (?:to|for) (?:my |the )?(?:team|colleagues|co-?workers|class|students|clients|office)|last day (?:at|of) (?:work|the office|the job|school|uni)|leaving (?:the company|my job|the country))\b",
        "fiction": r"\b(?:in (?:my|the|a|this|his|her) (?:novel|story|book|screenplay|script|poem|fanfic|film|movie|show|episode|series|play|comic|manga|anime)|"
        r"the (?:character|protagonist|villain|narrator|killer|detective|hero|heroine)|my (?:character|oc|protagonist)|fan ?fic\w*|screenplay|"
        r"lyrics?|the (?:song|track) (?:goes|says))\b",
        "game": r"\b(?:murder mystery|escape room|board game|party game|cosplay|level \d+|respawn\w*|boss fight|npc|minecraft|fortnite|"
        r"elden ring|dark souls|roblox|zelda|my (?:sims?|avatar|toon)|speedrun\w*|pvp|in (?:the|this|that) game|this game|one-?shots? me)\b",
        "software": r"\b(?:(?:kill|terminate|stop|abort)(?:ed|ing|s)? (?:the |a |that |this |my |all )?(?:the )?(?:process(?:es)?|jobs?|tasks?|threads?|pid|server|containers?|pods?|sessions?|query|app|workers?)|"
        r"(?:child|zombie|parent|background) process|kill -9|sigkill|sigterm|pkill|killall|oom[- ]?killer|exit code|stack ?trace|segfault|"
        r"(?:process|thread|daemon|server|container|pod|kernel|script|build|test|app|program|worker|job) (?:died|dies|is dead|crashed|hung|hangs)|"
        r"git |npm |docker|kubernetes|kubectl|python|javascript|java\b|deploy\w*|command line|the terminal)\b",
        # weak frames: they cancel only cues that do not name the speaker (and keep the learned head out)
        "media": r"\b(?:novel|story|book|poem|chapter|plot|song|album|single|band|press release|movie|film|series|season \d|episode|anime|manga|game|gaming|costume|halloween)\b",
        "grief": r"\b(?:my|our) (?:\w+ )?(?:dog|cat|pet|mom|mum|dad|mother|father|grandma|grandpa|granny|nan|friend|husband|wife|son|daughter|brother|sister|uncle|aunt) "
        r"(?:died|passed away|passed|is gone|was put down)\b",
        "garden": r"\b(?:plants?|basil|herbs?|flowers?|garden\w*|seedlings?|tomato(?:es)?|cactus|succulents?|lawn|weeds?|"
        r"trees?|orchids?|roses|houseplants?|overwater\w*|pests?|aphids)\b",
        "devices": r"\b(?:battery|phone|laptop|computer|car|engine|printer|router|console|tv|headphones|charger|bulb|"
        r"hard drive|disk|pc)\b(?=.{0,40}\b(?:died|dead|dying|killed|kill)\b)|\b(?:died|dead)\b(?=.{0,20}\b(?:battery|phone|laptop|car)\b)",
        "pets": r"\b(?:dose|amount|much|many)\b.{0,40}\b(?:for|to|in) (?:a|my|the|our) (?:cat|dog|kitten|puppy|pet)\b|\b(?:the vet|a vet|vets|veterinarian|veterinario|veterinaria|vétérinaire|véto|tierarzt|tierärztin|veterinário|veterinária)\b|\b(?:my|our|the) (?:cat|kitten|dog|puppy|pup|rabbit|hamster|parrot|ferret)\b[^.!?]{0,60}\b(?:ate|eaten|licked|swallowed|chewed|got into|drank)\b",
        "finance": r"\b(?:execute|executing|executed) (?:a|the|my|an) (?:trade|order|sell order|buy order|stop[- ]loss|query|script|command|plan)\b",
        "medical": r"\b(?:max(?:imum)?|highest|safe) (?:daily )?dose\b|\bleaflet|package insert|side effects?\b|\bdo i need (?:stitches|a plaster|a bandage|to see a doctor)\b|"
        r"\b(?:got|have|having) a (?:\w+ )?(?:headache|migraine|fever|cold|toothache)\b|\bfor (?:a|my|the|this) (?:headache|migraine|fever|cold|flu|period|cramps|toothache|back ?ache|back pain|"
        r"sore throat|hangover|pain|allergies|sprain)\b|\bthe (?:box|label|leaflet|packet|doctor|pharmacist|prescription) says\b",
        "professional": r"\b(?:(?:new |as an? |i'?m an? )(?:er |icu )?(?:nurse|doctor|paramedic|emt|pharmacist|clinician|med student|medical student|resident|counsell?or|therapist|teacher|social worker|youth worker|school counsell?or)|"
        r"staff training|safeguarding|pastoral care|warning signs that (?:a|my) (?:teen|teenager|student|pupil|child|patient)|"
        r"standard (?:workup|protocol)|(?:my|our|the) patients?|in the (?:er|icu|ward|clinic))\b",
        "harm_reduction": r"\b(?:recogni[sz]e an? (?:overdose|od)|signs of (?:an? )?(?:overdose|od)|narcan|naloxone|harm reduction|when (?:should|do) i call an ambulance|"
        r"test(?:ing)? strips?|first aid)\b",
        "definition": r"\b(?:definition of|meaning of|what (?:does|is) (?:the (?:word|term) )?.{0,40} mean|define|synonym)\b",
        "academic": r"\b(?:research|studies show|study (?:on|about|of)|paper (?:on|about)|essay (?:on|about)|for (?:an?|my) (?:\w+ )?(?:essay|paper|class|assignment|course|module|exam)|rating scale|thesis|article (?:on|about)|statistics|lecture|"
        r"awareness|prevention|campaign|documentary|podcast|in the news|news (?:article|report|story)|headline|journal|survey|"
        r"news\s*:|police (?:say|said|says)|(?:man|woman|teen|teenager|student|suspect|person|boy|girl) (?:was |has been )?arrested|arrested after|"
        r"(?:suicide|death|mortality|crime|murder|homicide|overdose) (?:rates?|statistics|figures|numbers)|(?:the|a|new) (?:report|study|survey) (?:says|said|shows|showed|found|finds)|according to|data (?:shows?|suggests?))\b",
    },
    jokes=r"(?:\b(?:lol|lmao+|lmfao+|rofl|haha\w*|jk|just kidding|kidding|/s|xd)\b|😂|🤣|😆|💀|😈|🙄)",
    serious=r"\b(?:(?:not|no|isn'?t|ain'?t|wasn'?t) (?:joking|kidding|a joke)|i'?m (?:being )?serious|for real|deadass|no joke|i mean it)\b",
    past=r"\b(?:used to|years ago|months ago|(?:in|that was|back in|since) (?:19|20)\d\d|i (?:left|got out|escaped)(?: of)? (?:him|her|them|that|in)|"
    r"i was in an? (?:\w+ )?relationship|back (?:then|in (?:high school|college|\d{4}))|when i was (?:younger|a (?:kid|teen|teenager)|\d+)|"
    r"when (?:we|they|he|she) (?:was|were) (?:younger|kids|teens|teenagers|in (?:school|high school|college|uni)|\d+)|"
    r"in the past|at (?:one|that) (?:point|time)|last (?:year|summer|winter|spring|autumn|fall)|"
    r"(?:once|previously) (?:felt|had|tried|thought)|a long time ago|(?:\d+|one|two|three|four|five|six|ten|many) (?:years?|months?) (?:since|ago))\b",
    recovered=r"\b(?:(?:i'?m|im|i am|doing|feel|feeling|much|so much|a lot) (?:much |so much |a lot |way )?better(?: now)?|"
    r"(?:therapy|treatment|meds|medication|counsel+ing) (?:has |really )?helped|(?:don'?t|dont|do not|no longer) feel (?:that way|like that)|"
    r"haven'?t had (?:those|these|any|suicidal) thoughts (?:in|for)|it (?:can|does|will) (?:change|get better)|it did for me|"
    r"nothing serious|(?:scars|they)'?(?:re| are) (?:years|months) old|old (?:self-harm )?scars|"
    r"(?:finally|slowly) (?:starting|learning|beginning|able) to|healing|doing (?:well|good|great|fine|okay|ok) now|i'?m (?:safe|free|okay|ok) now|"
    r"recovered|in recovery|(?:clean|free|sober) (?:for|since)|(?:\d+|one|a|two|three|six) (?:days?|weeks?|months?|years?) (?:\w+ ){0,2}(?:clean|free|sober)|"
    r"got (?:help|through it|better)|glad i'?m (?:still )?(?:here|alive)|glad i am|i'?m still here|still alive and|"
    r"(?:grateful|happy) to be alive|survived|survivor|"
    r"not (?:anymore|any more)|no longer|(?:eat|eating|sleep|sleeping|doing) (?:normally|okay|ok|fine|well) (?:now|again)|these days i'?m (?:ok|okay|fine|good))\b",
    retractions=r"^\W*(?:(?:nah|no|ok|okay|lol|haha\w*|lma+o+|anyway|relax|chill|omg)\W+){0,2}(?:jk|j/k|just (?:kidding|joking)|kidding|joking|lol(?: jk)?|lma+o+|haha\w*|nvm|never ?mind|forget (?:i said|it|that)|"
    r"(?:it was|that was|was) (?:just )?a joke|i'?m (?:just )?being dramatic|ignore (?:me|that|what i said)|"
    r"i was (?:just )?(?:being dramatic|exaggerating|joking|kidding)|i'?m (?:fine|ok|okay|good)(?: now)?|ignore (?:that|me|what i said)|"
    r"it was a joke|not serious(?:ly)?)\b",
    escalators={
        "place": r"\b(?:i'?m|im|i am|already|standing|sitting|up here) (?:\w+ ){0,2}(?:on|at) (?:the |a )?(?:roof|rooftop|ledge|edge|bridge|overpass|tracks|railway|train tracks|cliff|top floor|balcony (?:rail|railing|edge))\b|\bon the roof of (?:my|the|our) (?:building|block|school|work|office)\b",  # at a height or on the tracks, now
        "time": r"\b(?:tonights?|today|after (?:class|school|work|dinner|my shift)|right now|(?:do it|end it|going to|gonna) now|now or never|it'?s (?:tonight|today|happening)|(?:i'?m|im) hiding|outside my (?:flat|door|house|room|apartment)|this (?:morning|afternoon|evening|weekend|week)|tomorrow|(?:on |this )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|in (?:an|one|a few|\d+) hours?|"
        r"after (?:everyone|they|my (?:parents|family)) (?:goes? to sleep|leaves?|are asleep)|(?:isn'?t|is not|not|won'?t|hasn'?t been) (?:answering|picking up|responding|replying)|"
    r"(?:is|'s|are|'re) (?:banging|pounding|kicking|breaking) (?:on |down )?(?:the|my)|before (?:morning|sunrise)|when (?:everyone|they) (?:is|are) asleep|soon|"
        # the danger on the move: "he just left the house with it", "there's a car outside that looks like his"
        r"(?:he|she|they)(?:'s| is| has|'re| are| have)? just (?:left|gone out|headed out|driven off|drove off|walked out|got in the car)|"
        r"(?:a|his|her|their|the) (?:car|truck|van) (?:is |'s )?(?:parked )?outside|(?:car|truck|van) outside (?:that|which) looks like (?:his|hers|theirs)|"
        r"(?:he|she|they)(?:'s| is|'re| are) (?:outside|downstairs|at the door|in the driveway|on (?:his|her|their) way))\b",
        "means": r"\b(?:(?:my |dad'?s |dads |the |a )?(?:gun|shotgun|rifle|pistol|knife|machete|bat|crowbar|hammer) (?:is |'s )?(?:in (?:my|the) (?:trunk|car|bag|backpack|pocket|hand)|loaded|on me|with me)|"
        r"got (?:the|a|my) (?:gun|shotgun|rifle|pistol|knife|machete|bat|crowbar|hammer) in (?:the|my) (?:car|trunk|bag)|"
        r"(?:i'?ve )?got (?:nearly |almost )?(?:a|two|three) (?:full )?months?'?s? (?:worth|supply)|"
        r"(?:i )?(?:have|got|bought|found|ordered|holding|loaded) (?:a |the |my |all (?:my |the )?|enough |dad'?s |his |her )?"
        r"(?:gun|rifle|pistol|knife|blade|razor|rope|noose|pills|bottle of \w+|" + _PILLS + r"|enough)\b|"
        r"(?:pills|gun|knife|rope) (?:is |are )?(?:ready|here|with me|in my (?:bag|pocket|hand|car|drawer)))",
        "farewell": r"\b(?:won'?t be a (?:burden|problem|bother) (?:to|for) anyone (?:anymore|any more|much longer)|(?:my )?affairs are (?:all )?in order|(?<!cover )(?<!application )(?<!reference )(?<!recommendation )(?<!thank-you )(?<!thank you )"
        r"(?:letters|notes) (?:are|have been) (?:all )?(?:written|sealed)(?=\s*[.!,;]|$)|won'?t be needing (?:it|them|this|that|my \w+)|won'?t need (?:it|them) (?:anymore|where i'?m going)|(?:please )?don'?t blame (?:yourselves|yourself|anyone|my\w*)|i love you (?:all|guys|so much)|thank(?:s| you) (?:all |everyone |guys |so much )?for everything|"
        r"goodbye everyone|goodnight everyone|take care of (?:my \w+|her|him) for me|(?:just )?wanted (?:someone|somebody) to know|say (?:bye|goodbye) to someone|this is goodbye)\b",
        "target": r"\bi know (?:exactly )?(?:what time|when|where) (?:he|she|they|that \w+|my \w+) (?:gets? off|finishes|leaves|comes? home|gets? home|lives?|works?|parks?|sleeps?)\b",
        "plan": r"\b(?:already (?:picked|chose|chosen|decided on|planned|worked out)|everything i need is (?:already )?(?:out|ready|here|set up|in (?:the|my) \w+)|"
        r"(?:getting|grabbing|got) my (?:car )?keys|i'?ve been planning (?:this|it)|(?:making|made|have|got) a (?:hit )?list (?:of (?:names|people|targets))?|hit list|i'?m going in|(?:is|'s|are|'re) on the (?:roof|bridge|ledge|edge)|i know where (?:he|she|they|that \w+) (?:lives?|works?|sleeps?|goes|will be|parks)|i (?:have|'?ve got|made) a plan|my plan is|planned (?:it|everything)|know (?:exactly )?how (?:i'?ll|i will|i'?m going to)|"
        r"(?:figured|worked) out (?:how|when|where)|decided (?:how|when)|it'?s (?:all )?(?:planned|arranged)|the date)\b",
    },
    distress=r"\b(?:hopeless|worthless|want to die|wanna die|kill myself|end it|can'?t (?:take|do) (?:it|this) anymore|no point|"
    r"(?:so|really) (?:depressed|alone|done)|give up|giving up|no one cares|nobody cares|hate my life|hate myself|burden|"
    r"suicid\w*|disappear|over it all|done with (?:it all|everything|life)|(?:i'?m|im|i am) (?:so )?done\b(?! with (?:work|this (?:game|book|show)|my (?:homework|shift)))|"
    r"goodbye|can'?t go on|tired of (?:living|everything)|don'?t worry about (?:it|me)|nobody will (?:notice|care)|"
    r"weirdly calm|strangely calm|at peace (?:now|with it)|just wanted (?:someone|somebody) to know|made my peace|i just need to know|"
    r"goodnight everyone|goodbye everyone|don'?t blame yourselves|for the last time|won'?t be needing (?:it|them)|"
    r"giving (?:my|all my) (?:stuff|things|belongings) away|talk me out of it)\b",
)
