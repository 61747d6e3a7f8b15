"""The group-derogation phrases that :class:`classifiers.derogation.Derogation` looks for, one regular expression
each, with the words a phrase may open with.

Each entry is ``(first words, regex)``: the space-separated words the phrase can start with (``GROUP``, empty, for a
phrase that opens with a group's name or determiners before it), and the expression over normalised text.  The
expressions are written with the group alternations that ``Derogation`` builds from the identity list.
"""

from __future__ import annotations

from .derogation_parts import (
    GROUP, PLACES_OF_WORSHIP, ROUNDED_UP, WINDOW, _AROUND, _BRINGS, _CAPACITIES, _CONCEPTS, _CONCEPT_RE, _DENIED,
    _DISGUST, _EXPEL, _FILLER, _FOLLOWERS, _GAP, _GAP_UNSAID, _GAP_WORD, _HATE, _HATE_VERB, _INTENSE, _MISDEEDS,
    _DONE_TO_THEM, _DONE_WORDS, _NOT_ABOUT_THEM, _PLACES, _PRESCRIBED, _SENTENCE_START, _SENT_BACK, _THEY_ARE, _TOO_TO, _URGED, _VIOLENCE,
    _VIOLENT_VERB,
)
from .derogation_stereotypes import feelings, stereotypes


def phrase_patterns(group: str, plural_group: str, ident: str, bare: str, being: str, derog: str,
                    better_off: str) -> list[tuple[str, str]]:
    """The phrases, for the group alternations ``group`` (a group's name, determiners before it and nouns after it,
    "all the Muslim men"), ``plural_group`` (plural names only), ``ident`` (a name alone), ``bare`` (a name ending
    a clause), ``being`` ("being (a) Muslim"), the derogatory words ``derog`` and ``better_off`` ("the world would be
    better off")."""
    return [
        # "Immigrants are vermin", "Jews are greedy rats", "Somalis are like rats", "Gays are no better than animals"
        (GROUP, rf"\b{group},?\s+(?:are|r|were)\b{_FILLER}\s+(?:{derog})\b"),
        # ... "will always be criminals", "will never be anything but criminals" (not "will never be criminals")
        (GROUP, rf"\b{group},?\s+will\s+(?:always|never\s+be\s+(?:anything|more|other)\s+(?:but|than))\b{_FILLER}\s+"
                rf"(?:be\s+)?(?:{derog})\b"),
        # "Muslims and civilisation just don't mix" (not "oil and water don't mix")
        (GROUP, rf"\b{plural_group}\s+and\s+(?:civili[sz]ation|western\s+(?:values|civili[sz]ation|society)|democracy|"
                rf"decency|(?:modern\s+)?society|freedom|progress)\s+(?:just\s+|simply\s+)?(?:don'?t|do\s+not|can'?t|"
                rf"cannot|will\s+never|never)\s+mix\b"),
        # A faith or orientation itself: "Islam is a cancer", "Homosexuality is a disease" (not "radical Islam")
        (_CONCEPTS,
         rf"(?<!radical\s)(?<!political\s)(?<!militant\s)(?<!extremist\s)\b{_CONCEPT_RE}"
         rf"\s+(?:is|was)\b{_FILLER}\s+(?:{derog})\b"),
        # "Being gay is disgusting", "Being a Muslim is evil" (not "Being deaf is hard": hardship is no derogation)
        ("being", rf"{being}(?:is|was)\b{_FILLER}\s+"
                  rf"(?!(?:terrible|awful|horrible)\b)(?:{derog})\b"),
        # "Every Muslim is a terrorist"
        ("every each any",
         rf"\b(?:every|each|any)\s+(?:single\s+)?{ident}{_FOLLOWERS}(?:\s+(?:i|we)(?:'ve|\s+have)?\s+(?:ever\s+)?"
         rf"(?:met|known|seen|worked\s+with)|\s+(?:that|who)\s+(?:comes?|came|moves?|arrives?|gets?)\s+(?:here|in|over))?"
         rf"\s+(?:is|was)\b{_FILLER}\s+(?:(?:future|potential|would-be)\s+)?(?:{derog})\b"),
        # "The only good illegal is a deported illegal"
        ("only", rf"\bonly\s+good\s+{ident}{_FOLLOWERS}\s+is\s+(?:a\s+|an\s+|one\s+)?(?:dead|deported|departed|"
                 rf"gone|drowned|silent)\b"),
        # "I hate Mexicans", "I really can't stand women"
        # ... and the bare name ending the clause, as templates and tweets write it: "i hate gay", "I hate Muslim!"
        # (not "I hate black coffee", "I hate being white")
        ("i", rf"\bi\s+{_INTENSE}{_HATE}\s+{_AROUND}(?:{plural_group}|every\s+(?:single\s+)?{ident}{_FOLLOWERS}\b|"
              rf"{bare})"),
        # ... with no "I" before it, opening a sentence: "Hate Muslims.", "despise gay"
        ("hate despise detest loathe abhor",
         rf"{_SENTENCE_START}{_HATE_VERB}\s+(?:{plural_group}\b|{bare})"),
        # "We should hate gay people", "Everyone must despise Muslims" (not "We should not hate ...")
        ("we everyone everybody", rf"\b(?:we|everyone|everybody)\s+(?:all\s+)?(?:should|must|need\s+to|ought\s+to|have\s+to)\s+"
                                  rf"(?:all\s+)?{_HATE}\s+(?:all\s+)?(?:the\s+)?{plural_group}\b(?!'){_NOT_ABOUT_THEM}"),
        # "I've always hated Jews", "I am disgusted by gay people"
        ("i", rf"\bi(?:'ve|\s+have)?\s+(?:always\s+|truly\s+|really\s+|just\s+)?(?:hated|despised|detested|loathed)\s+"
              rf"{plural_group}\b(?!'){_NOT_ABOUT_THEM}"),
        # "Personally, I find Muslims repulsive" (functional21, session 22)
        ("i", rf"\bi\s+(?:really\s+|just\s+|honestly\s+|personally\s+)?find\s+{plural_group}\s+(?:so\s+|really\s+|utterly\s+|"
              rf"absolutely\s+|totally\s+|quite\s+|pretty\s+|kind\s+of\s+|rather\s+)?(?:{derog})\b"),
        ("i", rf"\bi(?:'m|\s+am)\s+(?:so\s+|really\s+|truly\s+|just\s+|absolutely\s+)?(?:disgusted|sickened|repulsed|"
              rf"revolted)\s+by\s+{plural_group}\b(?!'){_NOT_ABOUT_THEM}"),
        # "I don't respect trans people", "I have no respect for women"
        ("i", rf"\bi\s+(?:(?:really|just|simply)\s+)?(?:don'?t|do\s+not|will\s+never|won'?t|can'?t|cannot|could\s+never)\s+"
              rf"respect\s+{plural_group}"),
        ("i", rf"\bi\s+have\s+(?:no|zero)\s+respect\s+(?:at\s+all\s+)?for\s+{plural_group}"),
        # Shunned: "I wouldn't hire a Muslim", "I would never let a Muslim near my children" (not "date" or
        # "marry": whom one would date says who one is, not what one thinks of others)
        ("i", rf"\bi(?:\s+(?:would\s+never|wouldn'?t|would\s+not|will\s+never|won'?t|refuse\s+to|never)|'d\s+never|'ll\s+never)\s+(?:ever\s+)?"
              rf"(?:(?:hire|employ|rent\s+(?:(?:my|our|a|the)\s+(?:flat|house|home|room|apartment|property)\s+)?to|serve|trust)\s+(?:(?:a|an|any|another)\s+{ident}{_FOLLOWERS}\b|"
              rf"{plural_group})|(?:let|allow)\s+(?:a|an|any)\s+{ident}{_FOLLOWERS}\s+(?:near|around|babysit|teach|"
              rf"coach|(?:marry|date|touch)\s+(?:my|our))\b)"),
        # ... and told to others: "Don't hire disabled people", "Never trust a Muslim"
        ("don dont do never",
         rf"(?:^|(?<=[.!?,;:]\s)|(?<=[.!?,;:]\s\s)|(?<=\n))(?:don'?t|do\s+not|never)\s+(?:ever\s+)?(?:hire|employ|"
         rf"rent\s+to|serve|trust)\s+(?:(?:a|an|any)\s+{ident}{_FOLLOWERS}\b|{plural_group})"),
        # "My hatred for refugees" (the writer's own: "their hatred of Jews" is reported)
        ("my our", rf"\b(?:my|our)\s+(?:hatred|hate|loathing|contempt)\s+(?:for|of|towards?)\s+{plural_group}"),
        ("i", rf"\bi\s+(?:have|feel)\s+(?:nothing\s+but\s+|only\s+|pure\s+|such\s+|so\s+much\s+)?(?:hatred|hate|"
              rf"loathing|contempt|disgust)\s+(?:for|of|towards?)\s+{group}\b"),
        # "Muslims disgust me", "Lesbians fill me with disgust", "Trans people make me sick"
        (GROUP, rf"\b{plural_group}\s+{_DISGUST}"),
        # "Seeing gay couples in public makes me want to throw up", "Seeing Sikhs on my street makes my blood boil"
        # (not "Seeing Kurds win makes me happy", nor "Seeing Muslims attacked makes me sick": what is done to them)
        ("seeing", rf"\bseeing\s+{plural_group}(?:\s+(?!(?:{_DONE_WORDS}|being|getting)\b)[a-z']+){{0,4}}?\s+"
                   rf"(?:{_DISGUST}|makes?\s+(?:me|us)\s+(?:feel\s+)?(?:so\s+|physically\s+)?(?:sick|ill|"
                   rf"want\s+to\s+(?:vomit|puke|throw\s+up)))"),
        # Violence foretold: "Gays will be dragged into the street and shot" (not "... will be deported under the law")
        (GROUP, rf"\b{plural_group}\s+(?:will|shall|are\s+going\s+to|are\s+gonna)\s+(?:all\s+)?be\s+{ROUNDED_UP}"
                rf"(?:shot|killed|hanged|hung|lynched|gassed|exterminated|slaughtered|murdered|executed|burned|burnt|"
                rf"beheaded)\b"),
        # "I get so angry whenever I see gay couples" (functional23, session 22)
        ("i it", rf"\b(?:i\s+get|i\s+feel|i'?m|i\s+am|it\s+makes\s+me)\s+(?:so\s+|really\s+|just\s+)?(?:angry|furious|mad|"
                 rf"disgusted|enraged|livid|sick)\s+(?:whenever|when|every\s+time)\s+i\s+(?:see|meet|hear)\s+"
                 rf"(?:a\s+|an\s+)?{group}\b{_NOT_ABOUT_THEM}{_DONE_TO_THEM}"),
        # "I get sick to my stomach whenever I see a Muslim"
        ("sick skin stomach",
         rf"\b(?:sick\s+to\s+my\s+stomach|my\s+skin\s+crawls?|my\s+stomach\s+turns?|want\s+to\s+(?:vomit|puke|throw\s+up))"
         rf"\s+(?:whenever|when|every\s+time)\s+i\s+(?:see|meet|hear)\s+(?:a\s+|an\s+)?{ident}{_FOLLOWERS}\b"),
        # "A Muslim neighbour is the last thing this street needs"
        ("a an more", rf"\b(?:a|an|more)\s+{ident}{_FOLLOWERS}(?:\s+[a-z]+)?\s+(?:is|are)\s+the\s+last\s+thing\s+"
                      rf"(?:we|i|this\s+[a-z]+|our\s+[a-z]+|the\s+[a-z]+)\s+needs?\b"),
        # "Of course the thief was an immigrant", "Of course a Muslim would do that" (functional25)
        ("of", rf"\bof\s+course\s+(?:the|that|this)\s+(?:thief|criminal|rapist|terrorist|killer|attacker|shooter|"
               rf"suspect|murderer|scammer|culprit|bomber)\s+(?:was|is)\s+(?:a|an)\s+{ident}"
               rf"|\bof\s+course\s+(?:a|an|the|some)\s+{ident}{_FOLLOWERS}\s+would\s+(?:do|say|pull|try)\s+"
               rf"(?:that|this|something\s+like\s+that)\b"),
        *stereotypes(group, plural_group, ident, derog),
        # "We're going to make life hell for every trans kid"
        ("make", rf"\bmake\s+(?:life|(?:their|his|her)\s+lives?)\s+(?:a\s+living\s+)?hell\s+for\s+"
                 rf"(?:(?:every|all|any|those|these|the)\s+)?{ident}{_FOLLOWERS}"),
        # "Gay people can go to hell"
        (GROUP, rf"\b{plural_group}\s+(?:can|should|must|may)\s+(?:all\s+)?(?:go\s+to\s+hell|rot\s+in\s+hell|burn\s+in\s+hell|"
                rf"go\s+fuck\s+themselves|(?:go\s+)?fuck\s+(?:right\s+)?off)\b"),
        # "Shouldn't Muslims be banned from entering the country?"
        ("shouldn should", rf"\b(?:shouldn'?t|should)\s+{plural_group}\s+(?:all\s+)?be\s+(?:banned|deported|expelled|"
                             rf"kicked\s+out|locked\s+up|sterili[sz]ed|removed|rounded\s+up)\b"),
        # "Why do Muslims breed so much?", "Black people are genetically less intelligent", "Asians are all the same,
        # sneaky and dishonest" (functional23, session 22)
        ("why", rf"\bwhy\s+(?:do|does)\s+{plural_group}\s+(?:all\s+)?(?:breed|multiply)\b(?!\s+(?:horses|dogs|cattle|sheep|"
                rf"goats|camels|pigeons|cats|pigs|chickens|birds|fish|plants|crops|animals|livestock)\b)"),
        (GROUP, rf"\b{group}\s+(?:are|r)\s+(?:just\s+)?(?:genetically\s+|naturally\s+|inherently\s+|biologically\s+)?(?:less|not\s+as)\s+"
                rf"(?:intelligent|civili[sz]ed|evolved|human|capable|smart|advanced|developed)\b"),
        (GROUP, rf"\b{plural_group}\s+(?:are|r)\s+all\s+the\s+same\b[,.:;!]*\s*(?:[a-z]+\s+){{0,2}}?(?:{derog})\b"),
        # "Muslims breed like cockroaches"
        (GROUP, rf"\b{plural_group}\s+(?:all\s+)?(?:breed|multiply|reproduce)\s+like\s+(?:rabbits|rats|cockroaches|roaches|"
                rf"animals|vermin|flies|insects|lice|maggots|mice|pigs|dogs)\b"),
        # "Do we really need more Muslims in this country?", "We don't need any more immigrants"
        ("do we", rf"\b(?:do\s+we|we\s+don'?t|we\s+do\s+not)\s+(?:really\s+|honestly\s+)?need\s+(?:any\s+)?more\s+"
                  rf"{plural_group}"),
        # "Hiring a woman is always a mistake", "Trusting a Jew is a bad idea"
        ("hiring electing trusting marrying dating employing renting",
         rf"\b(?:hiring|electing|trusting|marrying|dating|employing|renting\s+to)\s+(?:a|an|any)\s+{ident}"
         rf"{_FOLLOWERS}\s+is\s+(?:always\s+|never\s+anything\s+but\s+)?(?:a\s+(?:big\s+|huge\s+)?(?:mistake|bad\s+idea|"
         rf"disaster)|stupid|asking\s+for\s+trouble)\b"),
        # "I'd rather my son be dead than gay", "I'd rather die than have a Muslim neighbour"
        ("rather sooner",
         rf"\b(?:rather|sooner)\s+(?:[a-z']+\s+){{0,3}}?(?:be\s+)?dead\s+than\s+(?:a\s+|an\s+)?{ident}{_FOLLOWERS}\b"
         rf"|\b(?:rather|sooner)\s+die\s+than\s+(?:have|live\s+next\s+to|work\s+with|marry|hire|sit\s+next\s+to)\s+"
         rf"(?:a\s+|an\s+)?{ident}{_FOLLOWERS}\b"
         rf"|\b(?:rather|sooner)\s+(?:have|live\s+next\s+to|live\s+with|sit\s+next\s+to|work\s+with)\s+(?:a|an)\s+"
         rf"(?:dog|pig|rat|snake|cockroach|monkey|criminal|murderer|serial\s+killer)\s+(?:[a-z]+\s+){{0,3}}?than\s+"
         rf"(?:a\s+|an\s+)?{ident}{_FOLLOWERS}\b"),
        (GROUP,
         rf"\b{plural_group}\s+(?:really\s+|just\s+|all\s+|truly\s+)?make\s+(?:me|us)\s+(?:feel\s+)?(?:so\s+|physically\s+)?"
         rf"(?:sick|ill|nauseous|vomit|puke|want\s+to\s+(?:vomit|puke|throw\s+up))\b"),
        *feelings(ident, plural_group),
        # Exclusion: "Deport all the migrants", "purge this country of Muslims", "No Jews allowed"
        (_EXPEL, rf"\b(?:deport|expel|ban|purge|remove|kick\s+out|throw\s+out|(?:get|got)\s+rid\s+of|round\s+up|lock\s+up|"
            rf"lock\s+away)\s+"
            rf"(?:(?:every\s+last\s+one\s+of\s+)?{plural_group}|every\s+(?:single\s+|last\s+)?{ident}{_FOLLOWERS}\b)"),
        # "Send the Muslims back", "send all the refugees home" (not "send the kids back to school")
        ("send", rf"\bsend\s+(?:all\s+|every\s+(?:last\s+|single\s+)?one\s+of\s+)?{plural_group}\s+(?:all\s+)?(?:back|home)\b"
                 rf"(?!\s+to\s+(?:school|work|class))"),
        ("purge rid cleanse",
         rf"\b(?:purge|rid|cleanse)\s+(?:this|our|the|my)\s+(?:country|nation|city|town|land|streets|society)\s+"
         rf"of\s+{plural_group}"),
        ("no", rf"\bno\s+{ident}{_FOLLOWERS}\s+(?:allowed|welcome)\b"),
        # (not what is told of some places: "Women aren't welcome in some clubs, and that is wrong")
        (GROUP, rf"\b{group}\s+(?:(?:(?:are|is|r)\s+)?(?:not|never)|aren'?t|isn'?t)\s+welcome\b"
                rf"(?!\s+(?:in|at)\s+(?:some|many|certain|most|several|a\s+lot\s+of)\b)"),
        # Invasion and infestation: "Migrants are flooding our country", "Muslims are invading Europe"
        # (not "flooding into Poland", where people flee; not "taking over", said of women in a trade too)
        (GROUP, rf"\b{plural_group}\s+(?:are\s+|r\s+)?(?:flooding(?!\s+(?:in|into|to|across)\b)|invading|swarming|"
            rf"overrunning|infesting|breeding\s+like)\b"),
        # ... "taking over our towns" (a place of ours: "Women are taking over the profession" is no invasion)
        (GROUP, rf"\b{plural_group}\s+(?:are\s+|r\s+)?(?:taking|take|took)\s+over\s+(?:our|my)\s+(?:country|countries|"
                rf"towns?|cities|city|neighbou?rhoods?|streets|schools|land|nation|continent)\b"),
        (GROUP, rf"\b{group}\s+(?:don'?t|do\s+not)\s+deserve\s+(?:any\s+|the\s+same\s+|equal\s+|basic\s+)?"
            rf"(?:rights|to\s+live|respect|to\s+exist|to\s+vote)\b"),
        # Humanity or worth denied: "Muslims are not human", "Trans lives don't matter"
        (GROUP, rf"\b{group}\s+(?:are\s+not|aren'?t|r\s+not|is\s+not|isn'?t)\s+(?:even\s+|really\s+|fully\s+)?"
            rf"(?:human|humans|people|persons|human\s+beings)\b(?!\s+(?:who|that|you|we|to|of|from|in|with|like|i)\b)"),
        (GROUP, rf"\b{group}\s+(?:are|r|is)\s+less\s+than\s+human\b"),
        (GROUP, rf"\b{group}\s+{_DENIED}"),
        # Misgendered: "Trans women are men", "Trans men are just women" (not "... are not men", "... are men's allies")
        (GROUP, rf"\btrans(?:gender)?\s+(?:(?:women|woman)\s+(?:are|is|r)\s+(?:just\s+|really\s+|actually\s+|still\s+|"
                rf"biologically\s+|simply\s+|nothing\s+but\s+)?(?:men|males|a\s+man|a\s+male|dudes|blokes)|(?:men|man)\s+(?:are|is|r)\s+"
                rf"(?:just\s+|really\s+|actually\s+|still\s+|biologically\s+|simply\s+|nothing\s+but\s+)?(?:women|females|a\s+woman|"
                rf"a\s+female|girls))\b(?!')"),
        (GROUP, rf"\b{group}\s+(?:are|r)\s+(?:just\s+|all\s+|simply\s+|totally\s+|completely\s+)?incapable\s+of\s+"
                rf"{_CAPACITIES}\b"),
        # "You can't trust gay men" (said of things, "You can't trust the forecast", it is no phrase)
        # (looked for from the verb: "you" reaches only three words for a group, as a determiner)
        ("can cannot should shouldn must", rf"(?:(?<=\byou\s)|(?<=\bwe\s)|(?<=\bone\s))(?:can'?t|cannot|can\s+never|should\s+never|shouldn'?t|must\s+never)\s+"
                  rf"(?:ever\s+)?trust\s+(?:(?:a|an|any)\s+{ident}{_FOLLOWERS}\b|{plural_group})"),
        # Scapegoats: "Immigrants are the reason crime is so high" (not "... the reason our hospitals work")
        (GROUP, rf"\b{plural_group}\s+(?:are\s+|r\s+)?(?:(?:the\s+(?:real\s+|main\s+|only\s+)?(?:reason|cause)\s+"
                rf"(?:for\s+|of\s+|why\s+)?)|(?:to\s+blame|responsible)\s+for\s+)(?:(?:all|the|our|so\s+much)\s+){{0,2}}"
                rf"(?:crime|violence|rapes?|terror(?:ism)?|disease|unemployment|poverty|problems|everything\s+wrong|"
                rf"the\s+decline|the\s+collapse|(?:society|this\s+country|our\s+country|the\s+country|this\s+town|"
                rf"the\s+world|everything)\s+is\s+(?:falling\s+apart|collapsing|going\s+to\s+(?:hell|shit|the\s+dogs)|"
                rf"in\s+decline|broken|ruined))\b"),
        # "Another Muslim family moved in, there goes the neighbourhood"
        ("a an another more some the", rf"\b(?:a|an|another|more|some|the)\s+{ident}{_FOLLOWERS}(?:\s+[a-z]+){{0,3}}?\s+(?:moved|moving|move)\s+"
                 rf"in(?:\s+[a-z']+){{0,4}}?[.!,;:-]*\s+(?:and\s+|so\s+|well\s+)?there\s+goes\s+the\s+"
                 rf"neighbou?rhood\b"),
        (GROUP, rf"\b{group}\s+(?:are|r)\s+(?:just\s+|all\s+|simply\s+)?{_TOO_TO}"),
        (GROUP, rf"\b{plural_group}\s+(?:can'?t|cannot|can\s+never|should\s+never)\s+be\s+trusted\b"),
        (GROUP, rf"\b{plural_group}(?:\s+like\s+(?:her|him|them|that|this|you))?\s+{_PRESCRIBED}"),
        # ... of every one of them: "Every Muslim should be put on a boat and sent back" (functional27; it took over
        # an older "every X should be shot" pattern whose harms _PRESCRIBED holds)
        ("every each any", rf"\b(?:every|each|any)\s+(?:single\s+|last\s+)?{ident}{_FOLLOWERS}\s+{_PRESCRIBED}"),
        (GROUP, rf"\b{ident}{_FOLLOWERS}\s+lives\s+(?:don'?t|do\s+not)\s+matter\b"),
        # Asked as a question: "Why are Muslims so stupid?", "Aren't Muslims just savages?"
        ("aren", rf"\baren'?t\s+{group}\s+(?:just|all|really|simply){_FILLER}\s+(?:{derog})\b"),
        ("why", rf"\bwhy\s+(?:are|r)\s+{group}{_FILLER}\s+(?:{derog})\b"),
        (GROUP, rf"\b{group}\s+(?:should\s+not|shouldn'?t|must\s+not)\s+be\s+allowed\b"),
        # "Disabled people shouldn't have children"
        (GROUP, rf"\b{plural_group}\s+(?:should\s+not|shouldn'?t|must\s+not|should\s+never)\s+(?:be\s+allowed\s+to\s+)?"
            rf"(?:have\s+(?:children|kids|babies)|breed|reproduce|procreate|(?:have\s+been|be)\s+born)\b"),
        (GROUP, rf"\b{group}\s+(?:should\s+never|should\s+not|shouldn'?t|must\s+never|must\s+not)\s+be\s+(?:in\s+charge|"
            rf"in\s+power|leaders|bosses|in\s+government|trusted\s+with)\b"),
        (GROUP,
         rf"\b{group}\s+belongs?\s+in\s+(?:cages|a\s+cage|zoos|a\s+zoo|the\s+kitchen|camps|prison|jail|chains|the\s+gutter|"
         rf"a\s+landfill|landfills|the\s+trash|the\s+bin|the\s+dustbin|hell|the\s+sewer|a\s+ditch|a\s+circus|"
         rf"the\s+circus|a\s+freak\s+show|an\s+asylum|a\s+mental\s+(?:hospital|institution|asylum)|a\s+psych\s+ward)\b"),
        # "Immigrants don't belong here", "Muslims have no place in our country"
        (GROUP, rf"\b{plural_group}\s+(?:(?:don'?t|do\s+not|will\s+never|can\s+never|never)\s+belong\s+(?:here|in\s+(?:this|our|my)\s+(?:country|society|"
            rf"town|city|nation|world|neighbou?rhood|schools?))|have\s+no\s+place\s+(?:here|in\s+(?:this|our|my)\s+"
            rf"(?:country|society|town|city|nation|world|neighbou?rhood|schools?)))\b"),
        # "Gay men spread disease", "Immigrants bring crime"
        (GROUP, rf"\b{plural_group}\s+{_BRINGS}"),
        # "Death to all Muslims", "Never trust a Jew"
        ("death", rf"\bdeath\s+to\s+(?:all\s+)?(?:the\s+)?{group}\b"),
        # "A woman's place is in the home", "... not in parliament"
        (GROUP, rf"\b{ident}'s\s+place\s+is\s+(?:in\s+the\s+(?:home|kitchen|house|bedroom)|not\s+in)\b"),
        # Sent back: "Immigrants should go back to where they came from"
        (GROUP, rf"\b{plural_group}\s+(?:should|must|need\s+to|ought\s+to|can|have\s+to|better)\s+(?:all\s+)?"
            rf"(?:go|be\s+sent|get\s+sent|fuck\s+off)\s+back\s+(?:(?:to\s+)?where\s+they\s+came\s+from|to\s+(?:the\s+(?:desert|"
            rf"jungle|caves?|trees|bush|swamp)|their\s+(?:own\s+)?(?:countr(?:y|ies)|caves?|huts?|deserts?|jungles?|"
            rf"shitholes?)))\b"),
        # "Some women just need to be put in their place"
        (GROUP, rf"\b{plural_group}\s+(?:just\s+)?(?:need\s+to|needs\s+to|should|must|ought\s+to)\s+be\s+put\s+(?:back\s+)?"
            rf"in\s+their\s+place\b"),
        # Made to pay, meant or urged: "We will make the gays pay in blood"
        ("make we i", rf"(?:{_SENTENCE_START}|\b(?:we|i)\s+(?:will|shall|must|should|are\s+going\s+to|am\s+going\s+to|"
                      rf"gonna)\s+|\b(?:we|i)'ll\s+)make\s+{plural_group}\s+(?:pay\s+(?:in|with)\s+(?:blood|their\s+lives)|bleed|suffer)\b"),
        # ... one by one: "I will make every Muslim in this town pay" (functional23, session 22; not "pay taxes")
        ("make we i", rf"\b(?:we|i)(?:\s+(?:will|shall|am\s+going\s+to|are\s+going\s+to|gonna)|'ll)\s+make\s+(?:every|each|all(?:\s+the)?)\s+"
                      rf"(?:single\s+)?{ident}{_FOLLOWERS}(?:\s+[a-z]+){{0,3}}?\s+(?:pay(?=\s*(?:[.!]|$|\s+for\s+(?:it|this|that|what)))|"
                      rf"bleed|suffer)\b"),
        ("never", rf"\bnever\s+trust\s+(?:a|an|any|the|one)\s+{ident}{_FOLLOWERS}\b"),
        # functional16 (session 20): "Women should be seen and not heard", "Another immigrant, another crime
        # statistic", "I'll make sure no trans person feels safe", "It would be best if all disabled people were
        # put down", "Women are not capable of logical thought", "... is gay. He is disgusting like all of them"
        (GROUP, rf"\b{plural_group}\s+should\s+be\s+seen\s+and\s+not\s+heard\b"),
        ("another", rf"\banother\s+{ident}{_FOLLOWERS},?\s+another\s+(?:crime|criminal|rapist|rape|terrorist|attack|"
                    rf"stabbing|bombing|murder|thief)\b"),
        ("make", rf"\bmake\s+sure\s+(?:no|not\s+one|not\s+a\s+single)\s+{ident}{_FOLLOWERS}\s+(?:ever\s+)?"
                 rf"(?:feels|is|will\s+(?:ever\s+)?(?:feel|be))\s+(?:safe|welcome)\b"
                 rf"|\bmake\s+sure\s+(?:no|not\s+one|not\s+a\s+single)\s+{ident}{_FOLLOWERS}\s+(?:ever\s+)?(?:again\s+)?"
                 rf"(?:rents|lives|works|sets\s+foot|moves|buys|settles)\s+(?:in|here|on|near)\b"),
        # "We're going to make sure every immigrant here ends up dead" (functional20, session 22)
        ("make", rf"\bmake\s+sure\s+(?:that\s+)?(?:every|each|any|all(?:\s+the)?|these|those)\s+(?:single\s+|last\s+)?{ident}"
                 rf"{_FOLLOWERS}(?:\s+[a-z]+){{0,2}}?\s+(?:(?:ends?|winds?)\s+up\s+(?:dead|in\s+(?:a\s+)?(?:body\s+bags?|"
                 rf"graves?|the\s+ground|hospital))|dies?|suffers?|bleeds?|pays?\s+in\s+blood)\b"),
        ("happy glad better best good great safer",
         rf"\b(?:happy|glad|better|best|good|great|safer)\s+(?:off\s+)?if\s+(?:all\s+|every\s+|all\s+the\s+|the\s+)?"
         rf"{ident}{_FOLLOWERS}\s+(?:(?:were|was|got|just)\s+)?(?:all\s+)?(?:put\s+down|killed|shot|gassed|exterminated|"
         rf"wiped\s+out|deported|gone|dead|drowned|died|disappeared|vanished)\b"),
        (GROUP, rf"\b{plural_group}\s+(?:are|is)\s+(?:(?:not|never)\s+capable|incapable)\s+of\s+(?:any\s+)?(?:logical|rational|"
                rf"critical|independent|abstract|complex|clear)?\s*(?:thought|thinking|reasoning)\b"),
        (GROUP, rf"\b{ident}{_FOLLOWERS}(?:\s+[a-z]+){{0,3}}?[.!?,]?\s+(?:he|she|they)(?:'s|'re|\s+is|\s+was|\s+are|\s+were)\s+"
                rf"(?:[a-z]+\s+){{0,4}}?(?:{derog})\s+(?:[a-z]+\s+){{0,3}}?like\s+(?:all|the\s+rest)\s+of\s+"
                rf"(?:them|his\s+kind|her\s+kind|their\s+kind)\b"),
        # functional15 (session 20): "Muslims and sewage have a lot in common", "Any Muslim who comes near my
        # house will get a bullet"
        (GROUP, rf"\b{plural_group}\s+and\s+(?:sewage|rats|roaches|cockroaches|vermin|garbage|trash|rubbish|filth|"
                rf"pigs|dogs|animals|parasites|lice|maggots|cancer|disease)\s+have\s+(?:a\s+lot|much|so\s+much|"
                rf"everything|plenty)\s+in\s+common\b"),
        ("any every each first", rf"\b(?:any|every|each|the\s+first)\s+{ident}{_FOLLOWERS}\s+(?:who|that)\s+"
                                 rf"(?:[a-z']+\s+){{0,6}}?(?:will|'ll|is\s+going\s+to|gets?)\s+(?:get\s+)?(?:a\s+bullet|"
                                 rf"shot|killed|stabbed|hanged|hung|lynched|beaten|(?:a|my)\s+(?:fist|boot|bat|knife|brick)\s+"
                                 rf"(?:in|to|through|across)\s+(?:the|their|his|her)\s+(?:face|head|teeth|skull|gut|throat)|"
                                 rf"(?:a\s+)?(?:beating|kicking|hiding|slap|punch))\b"),
        (GROUP, rf"\b{group}\s+(?:should|must|need\s+to|ought\s+to)\s+(?:stay|be\s+kept|be\s+locked\s+up)\s+in\s+"
            rf"(?:cages|a\s+cage|zoos|a\s+zoo|the\s+kitchen|camps|chains)\b"),
        # Blamed or stereotyped as a whole: "Immigrants ruined this town", "Women always lie", "Why do Xs always
        # commit crimes?"
        (GROUP,
         rf"\b{plural_group}\s+(?:(?:are|r)\s+)?(?:always\s+|just\s+|all\s+)?(?:ruin|ruined|ruining|destroy|destroyed|"
         rf"destroying)\s+(?:everything|this|our|my|every|the\s+(?:country|world|neighbou?rhood|town|city))\b"),
        (GROUP, rf"\b{plural_group}\s+(?:(?:are|r)\s+)?(?:all\s+)?always\s+{_MISDEEDS}"),
        ("why", rf"\bwhy\s+(?:do|does)\s+{plural_group}\s+(?:all\s+)?always\s+{_MISDEEDS}"),
        ("why", rf"\bwhy\s+(?:do|does)\s+{plural_group}\s+(?:all\s+)?(?:always\s+)?(?:have\s+to\s+|need\s+to\s+|got\s+to\s+)?"
                rf"(?:ruin|destroy|wreck|spoil)\s+(?:everything|this|our|my|every|the\s+(?:country|world|neighbou?rhood|town|city))\b"),
        # "Why do Muslims always have to be so violent?"
        ("why", rf"\bwhy\s+(?:do|does)\s+{plural_group}\s+(?:all\s+)?(?:always\s+)?(?:have\s+to|need\s+to|got\s+to)\s+be\s+"
                rf"(?:so\s+|such\s+)?(?:{derog})\b"),
        # "Just what we need, more Muslims in this town" (sarcasm)
        ("just", rf"\bjust\s+what\s+(?:we|this\s+(?:town|country|city|place))\s+(?:need|needs|needed)[,.!:;]*\s+(?:even\s+)?"
                 rf"more\s+{plural_group}"),
        # "Refugees only come here for the free money"
        (GROUP, rf"\b{plural_group}\s+(?:only|just)\s+(?:come|came|move|moved)\s+(?:here|to\s+(?:this|our)\s+country)\s+"
                rf"(?:for|to\s+(?:get|claim|collect|live\s+off))\s+(?:the\s+|our\s+)?(?:free\s+(?:money|stuff|housing|handouts)|"
                rf"benefits|welfare|handouts|money)\b"),
        # "No Muslim can ever be trusted"
        ("no", rf"\bno\s+{ident}{_FOLLOWERS}\s+(?:can|could|should|will)\s+(?:ever\s+)?be\s+trusted\b"),
        # functional22 (session 22): "No disabled person deserves to be born", "I wish all Muslims would just die",
        # "Women can't think logically", "Are Black people even human?", "Muslims? Disgusting people."
        ("no", rf"\bno\s+{ident}{_FOLLOWERS}\s+deserves\s+to\s+(?:live|exist|be\s+born|breathe|have\s+(?:children|kids|rights))\b"),
        ("wish hope", rf"\b(?:wish|hope)\s+(?:that\s+)?(?:all|every|all\s+the|the|these|those)\s+(?:single\s+)?{ident}{_FOLLOWERS}\s+"
                      rf"(?:would|will|could|just|all)\s+(?:all\s+)?(?:just\s+)?(?:die|drop\s+dead|disappear|vanish|burn|be\s+killed|"
                      rf"get\s+(?:cancer|shot|killed))\b"),
        (GROUP, rf"\b{plural_group}\s+(?:can'?t|cannot|are\s+unable\s+to|are\s+not\s+able\s+to)\s+(?:even\s+)?(?:think|reason|lead|"
                rf"govern|rule|learn|understand\s+anything|be\s+trusted|control\s+themselves)(?:\s+(?:logically|rationally|"
                rf"properly|clearly|straight|for\s+themselves))?\b(?!\s+(?:about|of|yet|until|without|because|when|if)\b)"),
        ("are", rf"\b(?:are|r)\s+{group}\s+(?:even|really|actually|truly)\s+(?:human|humans|people|persons|human\s+beings)\s*\?"),
        (GROUP, rf"\b{plural_group}\s*[?!:]+\s*(?:(?:just|such|absolutely|truly|fucking|bloody)\s+)?(?:{derog})"
                rf"\s+(?:people|creatures|things|lot|bunch|animals)\s*(?:[.!?]|$)"),  # (not "Canadians? Rubbish!", a retort)
        # "Women should stick to cooking and cleaning"
        (GROUP, rf"\b{plural_group}\s+(?:should|must|need\s+to|ought\s+to)\s+(?:just\s+)?stick\s+to\s+(?:cooking|cleaning|"
                rf"the\s+kitchen|housework|having\s+(?:babies|kids|children)|making\s+(?:sandwiches|babies))\b"),
        # "No woman is capable of running a country"
        ("no", rf"\bno\s+{ident}{_FOLLOWERS}\s+(?:is|was|will\s+ever\s+be)\s+(?:ever\s+|really\s+)?(?:capable\s+of\s+"
               rf"{_CAPACITIES}|fit\s+to\s+(?:lead|rule|govern|run|vote|teach)|smart\s+enough\s+to)\b"),
        (GROUP, rf"\b{plural_group}\s+(?:will\s+|would\s+|'ll\s+)?(?:steal|nick|pinch|rob)\s+(?:everything|anything)\b"
                rf"|\b{plural_group}{_GAP_UNSAID}\s+they(?:'ll|\s+will|\s+would|'d)?\s+(?:steal|nick|pinch|rob)\s+"
                rf"(?:everything|anything)\b"),
        # "Fuck all Muslims", "fuck these immigrants"
        # (not "fuck boys": a "fuckboy" is slang for a man who uses women)
        ("fuck fucking", rf"\bfuck(?:ing)?\s+(?:all\s+(?:of\s+)?|every\s+(?:single\s+)?|you\s+)?(?!boys?\b){plural_group}"),
        ("fuck", rf"\bfuck\s+every\s+(?:single\s+)?{ident}{_FOLLOWERS}\b"),
        # Sent back to the kitchen: "Shut up woman, get back in the kitchen", "Go back to the kitchen, women"
        (GROUP, rf"\b{ident}[.!,;:]*\s+(?:now\s+)?(?:get|go)\s+back\s+(?:in|into|to)\s+(?:the|your)\s+kitchen\b"),
        ("get go", rf"\b(?:get|go)\s+back\s+(?:in|into|to)\s+(?:the|your)\s+kitchen[.!,;:]*\s+{ident}\b"),
        # Violence against a group's members: "I'm going to shoot the next Muslim I see", "kill every Jew"
        (_VIOLENCE + " hurt",
         rf"\b(?:(?:{_VIOLENT_VERB}|hurt|"
         rf"put\s+(?:a\s+)?bullets?\s+(?:in|into|through))\s+"
         rf"(?:the\s+next|the\s+first|every|any|all(?:\s+of)?(?:\s+the|\s+these|\s+those)?|these|those|"
         rf"every\s+(?:single\s+)?one\s+of\s+"
         rf"(?:the|these|those))|beat\s+the\s+next)\s+{ident}{_FOLLOWERS}\b"),
        # Violence urged against a group, told as a command: "Kill the gays.", "attack jews", "We must shoot Muslims",
        # or owned: "I murder gay people", "I want to destroy Muslims"
        (_VIOLENCE + " attack",
         rf"(?:{_SENTENCE_START}|(?<=let's )|(?<=lets )|(?<=should )|(?<=must )|(?<=need to )|(?<=ought to )|"
         rf"(?<=\bi )|(?<=\bi'll )|(?<=\bi will )|(?<=\bwe'll )|(?<=\bwe will )|(?<=\bi want to )|(?<=\bi wanna ))"
         rf"(?:{_VIOLENT_VERB}|attack)\s+(?:{plural_group}\b|{bare})"),
        # Arson and bombing of a place of worship, meant or urged: "We are going to burn down the mosque with them
        # inside", "Burn every synagogue!" (not told: "before it could burn down the mosque")
        ("burn bomb blow torch firebomb raze smash vandalise vandalize",
         rf"{_URGED}(?:burn(?:\s+down)?|bomb|blow\s+up|torch|firebomb|raze|smash\s+(?:up|the\s+windows\s+of)|vandali[sz]e)\s+"
         rf"(?:every|all(?:\s+the)?|the|their|that|this|"
         rf"these|those|any|a|your)\s+(?:{'|'.join(sorted(PLACES_OF_WORSHIP))})\b"),
        # Nothing worse than a group: "Nothing is more repulsive to me than a bisexual", "Is there anything more
        # disgusting than a trans woman?", "Nothing fills me with more rage than immigrants"
        ("nothing anything",
         rf"\b(?:nothing|anything)\s+(?:(?:in\s+the\s+world\s+)?(?:is\s+)?(?:more\s+(?:{derog})|worse)|(?:fills|makes)\s+"
         rf"me\s+(?:with\s+)?more\s+(?:rage|anger|hatred|disgust|sick|angry)|makes\s+me\s+(?:angrier|sicker|madder)|"
         rf"(?:annoys|angers|irritates|disgusts|"
         rf"sickens|bothers|enrages|infuriates)\s+me\s+more|(?:that\s+)?i\s+{_HATE_VERB}"
         rf"\s+more)\s+(?:to\s+me\s+|in\s+the\s+world\s+)?"
         rf"than\s+(?:seeing\s+|hearing\s+|meeting\s+)?(?:a\s+|an\s+|two\s+)?{group}\b{_NOT_ABOUT_THEM}{_DONE_TO_THEM}"),
        ("slit cut",
         rf"\b(?:slit|cut)\s+the\s+throats?\s+of\s+(?:the\s+next|every|any|all(?:\s+the)?|these|those)\s+"
         rf"{ident}{_FOLLOWERS}\b"),
        # "The world would be better without Muslims"
        (_PLACES, rf"{better_off}without\s+{plural_group}"),
        # "The world would be better if all gay people were killed"
        (_PLACES, rf"{better_off}if\s+(?:all\s+)?{plural_group}\s+(?:were|was|got)\s+"
            rf"(?:all\s+)?(?:killed|dead|gone|wiped\s+out|exterminated|eradicated|shot|gassed|deported|removed)\b"),
        # Hate for each member of a group named just before: "I've met many Xs and I hate every single one of them"
        (GROUP, rf"\b{plural_group}(?:\s+[a-z']+){{0,4}}?\s+and\s+(?:i|we)\s+(?:really\s+|just\s+)?{_HATE}\s+"
            rf"(?:every\s+(?:single\s+)?one|all|each|most)\s+of\s+them\b"),
        # Called so by the writer: "I call immigrants vermin" (by others, it is reported: see self.reported)
        ("i we",
         rf"\b(?:i|we)\s+(?:just\s+|always\s+|still\s+|will\s+|would\s+)?call\s+{group}{_FILLER}\s+(?:{derog})\b"),
        # Stereotypes of power and of hiding away: "Jews control the media", "Disabled people should be kept
        # out of sight"
        (GROUP,
         rf"\b{group}\s+(?:secretly\s+|really\s+|still\s+)?(?:control|controls|run|runs|own|owns)\s+(?:the\s+|all\s+the\s+|our\s+)?"
         rf"(?:media|banks|world|government|money|finance|press|hollywood)\b"),
        # A slogan of exclusion: "Muslims out!", "Immigrants out now."
        (GROUP, rf"\b{plural_group}\s+out(?:\s+now)?\s*(?:!|\.|$)"),
        (GROUP, rf"\b{group}\s+(?:should|must|need\s+to|ought\s+to)\s+(?:all\s+)?be\s+(?:kept\s+out\s+of\s+(?:sight|"
            rf"(?:our|my|the)\s+(?:schools|country|neighbou?rhoods?|towns?|cities|streets|society|workplaces?))|"
            rf"kept\s+away\s+from\s+(?:our\s+|my\s+)?(?:children|kids)|hidden\s+out\s+of\s+sight|locked\s+(?:up|away))\b"),
        # The group named, then a pronoun for it: "Immigrants are everywhere. They are all parasites.",
        # "Muslims think they are special. I hate them." (see _GAP) ...
        (GROUP,
         rf"\b{plural_group}{_GAP_UNSAID}\s+(?:and\s+|so\s+|but\s+)?(?:they\s+(?:are|r|were)\b|they're){_FILLER}\s+"
         rf"(?:{derog})\b"),
        (GROUP, rf"\b{plural_group}{_GAP}\s+(?:and\s+|so\s+)?i\s+(?:really\s+|just\s+|truly\s+)?{_HATE}\s+"
            rf"(?:them|all\s+of\s+them)\b{_NOT_ABOUT_THEM}"),
        (GROUP,
         rf"\b{plural_group}{_GAP}\s+(?:and\s+)?they\s+(?:{_DISGUST}|make\s+(?:me|us)\s+(?:sick|vomit|puke)\b)"),
        # (within WINDOW words of the group's name)
        (GROUP, rf"\b{plural_group}{_GAP_UNSAID}\s+(?:and\s+|so\s+)?they\s+{_PRESCRIBED}"),
        # "All these immigrants moved in, they bring nothing but crime", "... they should be sent back where they
        # came from"
        (GROUP, rf"\b{plural_group}{_GAP_UNSAID}\s+(?:and\s+|so\s+|but\s+)?they\s+(?:{_BRINGS}|"
            rf"(?:should|must|need\s+to|ought\s+to)\s+(?:all\s+)?{_SENT_BACK})"),
        # "I've met plenty of Somalis. Every one of them was a thief."
        (GROUP, rf"\b{plural_group}[.!?,;:]*(?:\s+{_GAP_WORD}[.!?,;:]?){{0,2}}?[.!?,;:]*\s+(?:every|each)\s+(?:single\s+)?"
                rf"one\s+of\s+them\s+(?:is|was)\s+(?:a\s+|an\s+)?(?:{derog})\b"),  # (short: the batch path's window is 12 words)
        # ... or the pronoun first, then what it stands for: "Of course they are stupid. They are just women."
        ("they", rf"\bthey\s+(?:are|r)\b{_FILLER}\s+(?:{derog})[.!?,;:]*\s+{_THEY_ARE}{plural_group}"),
        ("i", rf"\bi\s+(?:really\s+|just\s+)?{_HATE}\s+them[.!?,;:]*\s+{_THEY_ARE}{plural_group}"),
    ]
