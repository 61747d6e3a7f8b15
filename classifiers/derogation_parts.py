"""The vocabulary of the group-derogation phrases (:mod:`classifiers.derogation`): the words a text must hold
before the phrases are tried, and the regular-expression pieces the phrases are built from (verbs of hating and
excluding, fillers, frames that report or deny a phrase, predicates of worth denied, harm prescribed...)."""

from __future__ import annotations

import re

# Words the verb and exclusion patterns need; with the derogatory words they are what a text must hold before
# the patterns are tried (the batch path checks words against this set first).
VERB_WORDS = frozenset("""
    hate despise detest loathe stand deport expel ban purge remove kick throw rid round welcome allowed deserve
    belong belongs cleanse human humans matter kitchen cage cages zoo zoos born
    camps chains kill shoot stab hang lynch gas burn murder slaughter exterminate behead hunt beat rape without
    disgust sicken repulse revolt nauseate sick vomit puke control controls locked sight out
    worth real smart intelligent clever capable equal trusted trustworthy fit put killed shot hanged hung gassed
    exterminated wiped eradicated lynched executed burned burnt slaughtered murdered sterilised sterilized
    euthanised euthanized die too slit throat throats flooding invading swarming overrunning infesting
    breeding fuck fucking ruin ruined ruining destroy destroyed destroying always steal stealing commit
    committing crimes lie lying cheat cheating raping killing abhor tolerate bear fill fills blood boil hatred
    loathing contempt closer bullet bullets beaten raped tortured stoned deported expelled removed kicked thrown
    better gone dead nothing anything worse rage anger bomb blow torch firebomb raze normal natural seeing
    death rope chamber waste only good defective gutter landfill landfills bin dustbin hell sewer ditch place
    spread carry bring disease diseases aids hiv crime filth trust charge power leaders bosses government lock dumped
    tossed confused stabbed
""".split())
# Triggers too common to be read through a typo or run together with another word ("backstab" is no "back stab",
# "sock" no "stock" with a letter dropped): the prefilter needs them, the spelling repairs do not.
PLAIN_TRIGGERS = frozenset("""
    creep creeps hire employ rent serve near around respect diggers stock machines class pay bleed suffer back kept
    hated despised detested loathed disgusted sickened repulsed revolted annoys angers irritates disgusts sickens
    bothers enrages infuriates children kids babies breed reproduce procreate wombs incubators listening hearing
    talking send factories seeing multiply need hiring electing trusting marrying dating employing
    renting rather sooner dresses beheaded lined rounded dragged marched taken
    babysit coach skin stomach crawl insult driving behind last course thief attacker shooter suspect culprit
    bomber life lives banned left crawls turns teach turn stomachs bad terrible hopeless awful angry attack
    incapable neighbourhood neighborhood reason cause blame responsible moved moving move ill nauseous disguise
    wigs stick sent shipped packed bussed heard safe stabbing bombing drowned died disappeared vanished mix scream gag
    marry hurt wreck spoil handouts benefits welfare money free needs needed date touch deported departed trans
    transgender slapped punched whipped horsewhipped flogged decent parents taking take took dies suffers bleeds ends
    winds angrier sicker madder find starve rot indoors desert jungle caves people persons beings end wind bag
    bags grave graves wish hope vanish cancer think lead govern rule learn understand logically deserves exist
    breathe furious mad enraged livid whenever less same shunned ostracised ostracized civilised civilized evolved
    advanced developed lack articulate eloquent competent rational logical spoken contribute
    scumbag rat pig dog mongrel animal cockroach roach parasite leech freak pervert piece revulsion fed tired
    hygiene morals manners incompatible grateful lucky thank fist run runs own owns trouble morality shame decency
    honour honor loyalty brains intelligence conscience drown kicking hiding knife punch slap bat boot brick proper
    beating loving typical happens boats boat planes plane rents works moves buys settles foot nick pinch rob stink
    reek driven chased forced prison jail gaol jailed imprisoned breed funny mugging stabbing robbery burglary theft
    vandalise vandalize smash daughter daughters monogamy fidelity commitment sons son sister wife sheep deadbeat
    deadbeats
""".split())
VERB_WORDS |= PLAIN_TRIGGERS
# Derogatory names for a group, read as its name by the phrases ("Illegals are rapists", "Illegals out!"), and a
# faith's places of worship, which stand for its people in threats ("burn down every mosque").  Not identity
# terms: the models keep each word's own weight.
PLACES_OF_WORSHIP = frozenset({"mosque", "mosques", "synagogue", "synagogues", "gurdwara", "gurdwaras"})
GROUP_NAMES = frozenset({"illegals", "illegal", "mooslims", "muzlims", "muslimes"}) | PLACES_OF_WORSHIP
# Groups named in two words ("African Americans are ...", "Middle Eastern people are ..."): read whole by the phrases,
# word by word by the models (neither word is an identity term on its own, or both are).
GROUP_PHRASES = frozenset(p.replace("-", " ") for p in """
    african-american african-americans middle-eastern middle-easterners middle-aged native-american native-americans
    south-asian south-asians east-asian east-asians pacific-islander pacific-islanders first-nations mixed-race
    asian-american asian-americans mexican-american mexican-americans
""".split())
# Comparatives of age that name a group ("Older people are ...", "Being younger is ..."), not identity terms.
AGE_GROUPS = frozenset({"older", "younger"})
# Nations whose people are named, with "the", by a word that is no plural ("the Chinese", "the Irish").
_COLLECTIVE = frozenset({"chinese", "japanese", "vietnamese", "irish", "french", "dutch", "english", "british", "welsh",
                         "scottish", "lebanese", "sudanese", "portuguese", "congolese", "taiwanese", "burmese"})
# Plural nouns a group's name may stand before ("Muslim students", "women drivers"): what ``plural_group`` takes
# after a name (classifiers.derogation), and, with singulars and a few more, what _FOLLOWERS takes.
PLURAL_FOLLOWERS = (r"people|peeple|ppl|folks|men|women|kids|children|immigrants|migrants|couples|babies|boys|girls|"
                    r"students|workers|teenagers|youths|drivers")
_FOLLOWERS = rf"(?:\s+(?:{PLURAL_FOLLOWERS}|persons?|folk|man|woman|famil(?:y|ies)|guys|neighbou?rs))?"
_DETERMINER_LIST = "all most these those the many you your so-called".split()
_DETERMINER_WORDS = frozenset(_DETERMINER_LIST)
_DETERMINERS = rf"(?:(?:{'|'.join(_DETERMINER_LIST)})\s+){{0,3}}"
# Words that may stand between the verb and the predicate: articles, quantifiers, intensifiers, comparisons
# ("are nothing but criminals", "are no better than animals", "are like rats", "are a bunch of filthy pigs").
_FILLER = (r"(?:\s+(?:a|an|the|all|just|nothing|but|like|such|so|really|truly|fucking|total|complete|absolute|utter|"
           r"no|better|than|more|most|too|very|basically|literally|simply|always|mostly|naturally|inherently|"
           r"genetically|worse|pack|bunch|of|lot|nasty|little|bloody|damn|godless|smelly|ugly|dumb|lazy|greedy|"
           r"filthy|dirty|stupid|evil|vile|plain|pure|born|mere|still|closer|to|human|confused|sick|mentally|disgusting|"
           r"worthless|useless|pathetic|violent|dangerous|mutilated|deranged|degenerate|perverted|diseased|inbred|"
           r"twisted|savage|primitive|backward|subhuman|brainless|ignorant|hateful|mutant|rabid|feral|wild|swarm|horde|herd|"
           r"nest|gang|mob|load)){0,4}?")
# A frame before the phrase that reports or denies it ("saying", "nobody thinks", "it's not true that"), in the
# same clause: "I don't care what you say, Muslims are vermin" and "Not to be rude but women are stupid" are no
# report, nor is a negation that says it louder ("I can't hide how much I loathe lesbians", "can't stress enough")
# or is part of the charge ("You can't reason with Muslims, they're savages"), or a suggestion ("Why don't we...").
_NEGATION = (r"(?<!\bwhy\sdo)(?<!\bwhy\sca)(?<!\bwhy\swo)(?<!\bwhy\sshould)n't"  # not "why don't we ..."
             r"(?!\s+(?:you|we)\s+(?:think|agree|feel|believe|find)\b)"  # "don't you think X are ...": no denial
             r"(?!\s+(?:hide|help|stress|express|describe|deny|pretend|(?:even\s+)?begin\s+to|put\s+into\s+words|"
             r"reason\s+with|trust|talk\s+to|argue\s+with|deal\s+with|live\s+with)\b)"  # louder, or the charge
             r"(?!\s+it\s+(?:obvious|clear|true|plain|a\s+fact|(?:about\s+|high\s+)?time)\b)")  # "isn't it obvious"
_FRAME_BEFORE = re.compile(r"(?:" + _NEGATION + r"|\b(?:not|never|nobody|no one|wrong|say|says|saying|said|call|calls|calling|called|"
                           r"claim|claims|claiming|stop|myth|lie|false|untrue|nonsense|threatened|threatening|threatens|hear|hears|hearing|heard|"
                           r"accused|charged|convicted|arrested|wanted|planned|plotted|tried|statements?|comments?|"
                           r"remarks?|slogans?|signs?|posts?|posted|tweets?|tweeted|write|writes|writing|wrote|written|painted|painting|sprayed|spraying|shout|shouts|shouting|shouted|yell|yells|"
                           r"yelling|yelled|scream|screams|screaming|screamed|chant|chants|chanting|chanted|"
                           r"if you (?:think|believe|feel)|"
                           r"(?:who|that) (?:thinks?|believes?|feels?)))\b"
                           r"(?:(?!\b(?:but|yet|though|although|than)\b|\bas\s+much\s+as\b)[^.!?,;:])*$")
_FRAME_AFTER = re.compile(
    r"[\"'\u201d\u2019]?\s*(?:is|are|was|were)\s+(?:[a-z]+\s+){0,4}?(?:lie|lies|myth|racist|racism|"
    r"bigoted|bigotry|hateful|hate|wrong|false|untrue|nonsense|antisemitic|sexist|homophobic|transphobic|"
    r"xenophobic|islamophobic|dehumanising|dehumanizing|disgusting|offensive|ignorant|prejudice|hurtful|harmful|"
    r"unacceptable|shameful|abhorrent|despicable|vile|cruel|bigots?|bullshit|garbage|ugly|slogans?|chants?|motto|"
    r"cry|graffiti|language|rhetoric|propaganda|incitement)\b")
# Up to four words (three before "they are") between a group named and a pronoun that stands for it ("Immigrants are everywhere. They are
# all parasites."): none a plural-looking noun, which "they" could stand for instead ("Muslims were attacked by
# thugs. They are animals."), nor, before "they are", a verb of saying or thinking or a "that" ("Women say they
# are stupid to stay", "He told Muslims that they are sick"), nor "like" or "as if".
_GAP_WORD = r"(?:is|was|has|does|his|its|this|us|as|always|yes|[a-z']*[a-rt-z'])"
_NOT_SAID = (r"(?<!\bthat)(?<!\bsay)(?<!\bsaid)(?<!(?<!\bi\s)\bthink)(?<!\bthought)(?<!\bfeel)(?<!\bfelt)(?<!\bclaim)(?<!\bbelieve)"
             r"(?<!\btold)(?<!\btell)(?<!\bknow)(?<!\bfear)(?<!\binsist)(?<!\badmit)"
             r"(?<!\blike)(?<!\bif)(?<!\bthough)")  # "treats women like they are objects": how they are treated
_GAP = rf"[.!?,;:]*(?:\s+{_GAP_WORD}[.!?,;:]?){{0,4}}?[.!?,;:]*"  # "Immigrants? Honestly, they are just rats."
_GAP_UNSAID = rf"[.!?,;:]*(?:\s+{_GAP_WORD}{_NOT_SAID}[.!?,;:]?){{0,3}}?[.!?,;:]*"
_HATE_VERB = r"(?:hate|despise|detest|loathe|abhor)"
_HATE = rf"(?:{_HATE_VERB}|(?:can'?t|cannot)\s+(?:stand|tolerate|bear|stomach))"
# What is hated about them, said before the group: "I can't stand being around disabled people" (not "seeing
# them hurt": "I hate seeing Muslims attacked" is no hate of Muslims).
_AROUND = (r"(?:(?:being|living|working|sitting)\s+(?:around|near|with|next\s+to|in\s+the\s+same\s+"
           r"(?:room|building|house|street|office)\s+as|in\s+a\s+(?:room|building|house|street|office|bus|train|"
           r"class(?:room)?)\s+(?:full\s+of|with))\s+|the\s+(?:sight|smell)\s+of\s+)?")
_INTENSE = (r"(?:(?:really|just|truly|fucking|do|absolutely|totally|genuinely|honestly|seriously|deeply|utterly|so|"
            r"still)\s+)?")
# What a group is said to be incapable of ("Women are not capable of thinking", "Muslims are incapable of telling the
# truth"): thought, honesty, feeling, self-rule (not "walking" or "hearing": a disability is no derogation).
_CAPACITIES = (r"(?:thinking|reason|reasoning|logic|anything|learning|being\s+trusted|running|leading|governing|ruling|love|"
               r"monogamy|fidelity|commitment|"
               r"loving|empathy|compassion|understanding|rational|controlling\s+themselves|self-control|raising\s+"
               r"(?:children|kids)|being\s+(?:parents|leaders|civilised|civilized|honest)|telling\s+the\s+truth|honesty)")
# Worth, sense or standing denied ("Women are not capable of thinking", "Trans women will never be real women").
_DENIED = (r"(?:are\s+not|aren'?t|r\s+not|are\s+never|will\s+never\s+be|(?:can|could)\s+never\s+be|can'?t\s+be|cannot\s+be|"
           r"are\s+never\s+going\s+to\s+be)"
           r"\s+(?:even\s+|really\s+)?(?:worth\s+(?:anything|a\s+thing|shit|a\s+damn|the\s+air|saving|living|the\s+effort|"
           r"the\s+trouble|our\s+time|the\s+time|respect|listening\s+to|hearing\s+out|talking\s+to|the\s+same\s+as|"
           r"as\s+much\s+as)|"
           r"real\s+(?:men|women|people|humans|persons|citizens|americans|brits|british|english|europeans|christians|parents|"
           r"mothers|fathers|families|couples|marriages)|(?:smart|intelligent|clever)\s+enough|"
           rf"capable\s+of\s+{_CAPACITIES}|"
           r"as\s+(?:smart|intelligent|clever|capable|good)\s+as|"
           r"normal|natural|equal\s+to|"
           r"(?:good|decent|fit|proper|loving)\s+(?:parents|mothers|fathers|role\s+models|teachers|leaders|citizens|"
           r"neighbou?rs)|"
           r"to\s+be\s+trusted|trustworthy|fit\s+to)\b")
# Unfit for a role: "Women are too emotional to lead" (not "too afraid to vote").
_TOO_TO = (r"too\s+(?:stupid|dumb|emotional|irrational|hysterical|hormonal|weak|lazy|primitive|simple|slow|backward|"
           r"ignorant|unstable|violent|dangerous|dishonest|greedy|sensitive|feeble)\s+to\s+(?:be\s+trusted|think|vote|"
           r"lead|drive|work|learn|understand|be\s+(?:in\s+charge|leaders|doctors|engineers|scientists|pilots))\b")
# What a group is said to do, always ("always commit crimes", "always lie").
_MISDEEDS = (r"(?:commit(?:ting)?\s+crimes?|steal|stealing|lie|lying|cheat|cheating|rape|raping|kill|killing)\b")
# Death or harm prescribed for a group ("Disabled people deserve to be put down", "Gays should be shot").
# Rounded up first ("... lined up and shot", "... dragged into the street and shot"): for _PRESCRIBED and the
# violence foretold ("Gays will be dragged into the street and shot").
ROUNDED_UP = (r"(?:(?:dragged|taken|marched)\s+(?:out\s+)?(?:into\s+the\s+streets?\s+)?and\s+|lined\s+up\s+and\s+|"
              r"rounded\s+up\s+and\s+|locked\s+up\s+and\s+|put\s+on\s+(?:a\s+)?(?:boats?|planes?|trains?|bus|buses)\s+"
              r"and\s+)?")
# What a group is said to bring ("Immigrants bring nothing but crime", not "... bring crime rates down") and where
# it is told to go ("should be sent back where they came from"), said of the group or of "they" for it.
_BRINGS = (r"(?:all\s+|just\s+|only\s+)?(?:spread|carry|bring)\s+(?:nothing\s+but\s+)?(?:disease|diseases|aids|hiv|crime|"
           r"filth)\b(?!\s+(?:rates\s+)?down\b)")
_SENT_BACK = r"(?:go|be\s+sent|get\s+sent)\s+back\s+(?:to\s+)?where\s+they\s+came\s+from\b"
_PRESCRIBED = (r"(?:all\s+)?(?:deserve|deserves|should|must|need\s+to|needs\s+to|ought\s+to)\s+(?:all\s+)?(?:to\s+)?(?:be\s+)?"
               + ROUNDED_UP +
               r"(?:put\s+down|left\s+to\s+(?:die|rot|starve)|banned|killed|shot|hanged|hung|gassed|exterminated|wiped\s+out|"
               r"wiped\s+off\s+(?:the\s+map|the\s+face\s+of\s+the\s+(?:earth|planet))|eradicated|lynched|executed|"
               r"burned|burnt|slaughtered|murdered|sterili[sz]ed|euthani[sz]ed|die|drown|drowned|beaten|raped|tortured|stoned|"
               r"slapped(?!\s+with\b)|punched|whipped|horse-?whipped|flogged(?!\s+off\b)|"
               r"suffer(?!\s+(?:less|no\s+more|any\s+(?:more|longer)|as\s+little))|starve|rot|shunned|ostraci[sz]ed|"
               r"thrown\s+off\s+(?:a\s+|the\s+)?(?:buildings?|roofs?|rooftops?|bridges?|cliffs?)|"
               r"kept\s+(?:at\s+home|indoors|out\s+of\s+sight|away\s+from\s+(?:us|society|everyone|normal\s+people))|"
               r"deported|expelled|kicked\s+out|thrown\s+out|(?:driven|chased|forced|run)\s+out\s+of\s+(?:this|the|our|my|their)\s+"
               r"(?:country|town|city|village|area|neighbou?rhood|land)|(?:thrown|locked|put)\s+in\s+(?:prison|jail|gaol)|jailed|"
               r"imprisoned|a\s+bullet|death|the\s+rope|the\s+gas\s+chamber|rounded\s+up|"
               r"(?:shipped|packed|bussed)\s+(?:out|back|home|away|off)|sent\s+(?:back(?!\s+(?:to\s+)?where)|away|packing)|"
               r"(?:dumped|thrown|tossed)\s+(?:in|into)\s+(?:a\s+|the\s+)?(?:landfill|trash|bin|sea|ocean|ditch|gutter|sewer))\b"
               r"(?!\s+(?:in\s+(?:dignity|peace|comfort|hospital|bed)|at\s+home|with\s+dignity|peacefully|naturally))")
# Disgust or rage a group is said to cause: "Muslims disgust me", "Lesbians fill me with disgust", "Mexicans make
# my blood boil".
_DISGUST = (r"(?:(?:really|just|all|truly|honestly|genuinely|frankly|literally)\s+)?(?:(?:disgust|sicken|repulse|revolt|nauseate)\s+(?:me|us)|"
            r"fills?\s+(?:me|us)\s+with\s+(?:(?:absolute|utter|pure|total|complete|such|so\s+much|nothing\s+but)\s+)?"
            r"(?:disgust|rage|hatred|revulsion|loathing|contempt)|"
            r"makes?\s+(?:my|our)\s+blood\s+(?:boil|run\s+cold|curdle)|makes?\s+(?:my|our)\s+skin\s+crawl|turns?\s+(?:my|our)\s+stomachs?|"
            r"makes?\s+(?:my|our)\s+stomachs?\s+(?:turn|churn)|"
            r"creeps?\s+(?:me|us)\s+out|gives?\s+(?:me|us)\s+the\s+creeps|makes?\s+(?:me|us)\s+want\s+to\s+(?:scream|puke|vomit|"
            r"throw\s+up|gag|be\s+sick))\b")
# "They are (just) <group>": what a pronoun stood for, said after it ("Of course they are stupid. They are just
# women.").
# Where a sentence starts: the text's start, after an end mark and one or two spaces (news comments often put two),
# or after a line break.  Also "{START}" in classifiers/data/threats.txt and insult_phrases.txt.
_SENTENCE_START = r"(?:^|(?<=[.!?] )|(?<=[.!?]  )|(?<=\n))"
_THEY_ARE = r"(?:they\s+are|they're)\s+(?:just\s+|only\s+|all\s+|simply\s+)?"
_THEY_NOT = r"(?:they\s+(?:are|r)\s+not|they\s+aren'?t|they're\s+not)\b"
# What "I hate them" is not about when it goes on: "I hate them being bullied", "...getting hurt".
_NOT_ABOUT_THEM = r"(?!\s+(?:being|getting|having|feeling|going|losing|suffering|when|if)\b)"
# What is done to a group, that a speaker is angry at the deed and not the group: "Nothing makes me angrier than
# seeing gays mistreated", "I get so angry when I see Muslims attacked".
_DONE_WORDS = (r"treated|mistreated|attacked|abused|hurt|harmed|bullied|harassed|insulted|mocked|discriminated|denied|"
               r"ignored|excluded|killed|beaten|deported|blamed|scapegoated|targeted|exploited|suffer|suffering|cry|"
               r"crying|die|dying")
_DONE_TO_THEM = rf"(?!\s+(?:{_DONE_WORDS})\b)"
# Derogatory words that are something else before these words: "sick of" is tired of ("Americans are sick of
# politicians"), "property owners" own it, "a threat of rain" is no threat from anyone.
_NOT_AFTER = {"sick": r"of|and\s+tired", "property": r"owners?|developers?|investors?|managers?|prices|taxes|tax|rights",
              "objects": r"of", "threat": r"of|from|to\s+(?:them|themselves)", "danger": r"of|from|to\s+themselves"}
# A relative clause whose verb takes the group as its object, just before the group's name: the group is not
# what the sentence's predicate is said of ("People who hate Muslims are scum", "Men who beat women are pathetic").
# Only after "who" or a person's "that" ("I know that Alaskan males are criminals" is no relative clause), and
# not with a copula ("Women who are feminists are ugly bitches" says it of women).
_RELATIVE_BEFORE = re.compile(r"\b(?:who|(?:people|those|anyone|anybody|everyone|men|guys|folks)\s+that)\s+"
                              r"(?:(?:really|just|always|still|openly|constantly|actively|only|even)\s+)?"
                              r"(?!(?:are|is|were|was|be|been|and|or)\s)[a-z]+\s+$")
# A relative clause right after the group's name that narrows it to those who do wrong: the phrase is about them,
# not the group ("I hate men who hit women", "I can't stand immigrants who commit crimes"); one that narrows it by
# anything else leaves the phrase as it is ("I hate Muslims who pray in the street").
_NARROWED_AFTER = re.compile(
    r"\s+(?:who|that)\s+(?:(?:still|always|constantly|repeatedly|openly|physically|sexually)\s+)?"
    r"(?:hit|hits|beat|beats|abuse|abuses|rape|rapes|harass|harasses|cheat|cheats|steal|steals|kill|kills|murder|"
    r"murders|attack|attacks|molest|molests|assault|assaults|bully|bullies|commit|commits|scam|scams|exploit|"
    r"exploits|threaten|threatens|torture|tortures|stalk|stalks|groom|grooms|traffic|trafficks|deal\s+drugs|"
    r"sell\s+drugs|drink\s+and\s+drive|drive\s+drunk|break\s+the\s+law|lie\s+to|cheat\s+on|prey\s+on|"
    r"hurt|hurts|kidnap|kidnaps|vandali[sz]e|loot|loots|litter|litters|spit|spits)\b")
_SENTENCE_BREAK = re.compile(r"[.!?]+\s")
# Just before a verb: an intention, an exhortation or a command (the start of a sentence).
_URGED = ("(?:^|" + "|".join(f"(?<={w} )" for w in ("[.!?]", "going to", "gonna", "should", "must", "will", "'ll", "need to",
                                                     "needs to", "want to", "wanna", "let's", "lets", "ought to",
                                                     "have to")) + ")")
_LOOKBACK = 40  # characters before a phrase searched for a frame (within its sentence)
# No phrase puts more than this many words between its identity word and its trigger word (the longest: a
# pronoun's predicate, "all Pakistani people us as you so they are nothing but total abominations", or harm
# prescribed, "those mixed race couples. is has this so they all ought to to be put down"); the batch path tries
# the patterns only where the two are this close (tests/test_classifiers_fastpath.py samples every pattern to check
# it).
WINDOW = 13
_RUN_RE = re.compile(r"[a-z]+")
_CALL_LIST = "call calls calling called".split()  # what self.reported opens with
_CALL_WORDS = frozenset(_CALL_LIST)
# No phrase opens more than this many runs of letters before its first identity word (the longest: "nothing in
# the world is more so bad at their jobs in the world than seeing two these these you Xs", 20; the sampler of
# tests/test_classifiers_fastpath.py found one of 17 when functional28's patterns changed what it draws).
LEAD = 20
GROUP = ""  # a pattern that opens with a group's name, or determiners before it ("all the Xs")
# The first words of the patterns that open otherwise.
_VIOLENCE = "kill shoot stab hang lynch gas burn murder slaughter exterminate behead hunt beat rape put destroy"
# Verbs of killing and harming a group's members ("kill every Jew", "Kill the gays.")
_VIOLENT_VERB = r"kill|shoot|stab|hang|lynch|gas|burn|murder|slaughter|exterminate|behead|hunt\s+down|beat\s+up|rape|destroy"
_PLACES = "world country society nation planet we america britain europe"
_EXPEL = "deport expel ban purge remove kick throw get got round lock"
_CONCEPTS = "islam judaism homosexuality transgenderism"
_CONCEPT_RE = "(?:" + "|".join(_CONCEPTS.split()) + ")"


