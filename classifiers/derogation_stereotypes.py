"""Group-derogation phrases written in session 23 from four blind HateCheck-style rounds (functional25 to
functional28) and three comment rounds: stereotypes and implicit derogation ("She's pretty smart for a woman",
"Typical Muslim, ...", "Don't let your daughter date a Muslim"), worth denied ("X lack the brains"), and the
feelings a group is said to cause ("Being around X makes me physically ill").  :func:`stereotypes` and
:func:`feelings` return (keys, pattern) pairs that :func:`classifiers.derogation_patterns.phrase_patterns` splices
into its list where they stood, so the compiled patterns are as they were when this was one module.
"""

from __future__ import annotations

from .derogation_parts import (
    GROUP, _DONE_TO_THEM, _DONE_WORDS, _FOLLOWERS, _NOT_ABOUT_THEM, _SENTENCE_START,
)


def stereotypes(group: str, plural_group: str, ident: str, derog: str) -> list[tuple[str, str]]:
    """Stereotypes, worth denied and implicit derogation (see the module's docstring)."""
    return [
        # Brains, morals or use denied: "Women simply lack the brains for engineering", "Disabled people contribute
        # nothing but costs" (functional25; not "lack access", "lack the funds")
        (GROUP, rf"\b{plural_group}\s+(?:simply\s+|just\s+|all\s+|clearly\s+)?lack\s+(?:the\s+|any\s+)?(?:basic\s+)?"
                rf"(?:brains?|brain\s+power|intelligence|intellect|morals|morality|moral\s+compass|decency|common\s+sense|"
                rf"capacity\s+to\s+think)\b"
                rf"|\b{plural_group}\s+(?:simply\s+|just\s+|clearly\s+)?(?:have|has|got)\s+(?:no|zero)\s+(?:sense\s+of\s+)?"
                rf"(?:hygiene|morals|morality|manners|shame|decency|honour|honor|self-control|loyalty|brains|intelligence|"
                rf"conscience)\b"
                rf"|\b{plural_group}\s+(?:are|is)\s+(?:simply\s+|just\s+|fundamentally\s+)?incompatible\s+with\s+"
                rf"(?:our\s+|civili[sz]ed\s+|western\s+|modern\s+|british\s+|american\s+|european\s+)?(?:society|values|"
                rf"civili[sz]ation|democracy|way\s+of\s+life|culture)\b"
                rf"|\b{plural_group}\s+should\s+(?:be\s+grateful|count\s+themselves\s+lucky|thank\s+us)\s+(?:that\s+)?"
                rf"we\s+(?:even\s+)?(?:let|allow|tolerate|put\s+up\s+with)\s+them\b"
                rf"|\b{plural_group}\s+(?:contribute|add|give)\s+(?:absolutely\s+)?nothing\s+(?:to\s+(?:society|this\s+country|"
                rf"our\s+country|the\s+economy)|but|of\s+value|whatsoever|at\s+all)\b"),
        # A group's name made part of the insult: "Shut up you disabled piece of shit", "you Muslim scum" (functional25;
        # not "you gay idiot", which insults the person, nor "you Muslim brothers"), opening a clause or after "shut up"
        # ("...calling others stupid you gay piece of shit" would be read as a frame around it)
        ("you", rf"(?:(?<![a-z0-9'] )|(?<=\bup )|(?<=\boff )|(?<=\bhey ))you\s+(?:fucking\s+|filthy\s+|dirty\s+|little\s+)?{ident}{_FOLLOWERS}\s+(?:piece\s+of\s+(?:shit|crap|"
                rf"garbage|trash|filth)|scum|scumbag|filth|vermin|trash|garbage|rats?|pigs?|swine|dogs?|mongrels?|animals?|"
                rf"apes?|monkeys?|cockroach(?:es)?|roach(?:es)?|parasites?|leech(?:es)?|subhumans?|savages?|freaks?|"
                rf"perverts?|degenerates?)\b"),
        # "Typical Muslim, always playing the victim.", "She only got the job because she's black." (functional27)
        ("typical", rf"{_SENTENCE_START}typical\s+{ident}{_FOLLOWERS}(?:\s+(?:behaviou?r|mentality|logic|thinking|attitude))?"
                    rf"\s*(?:[,.!]|$)"),
        ("only", rf"\bonly\s+got\s+(?:the|that|this|her|his|a|their)\s+(?:job|role|position|promotion|place|award|"
                 rf"scholarship|seat)\s+(?:because|cos|cause|'cause|since)\s+(?:she'?s|he'?s|she\s+is|he\s+is|they'?re|they\s+are)"
                 rf"\s+(?:a\s+|an\s+)?{ident}{_FOLLOWERS}\b"),
        # "Come to our street, immigrants, and see what happens." (functional27)
        ("come", rf"\bcome\s+(?:to|near|into)\s+(?:our|my|this)\s+(?:street|town|area|estate|neighbou?rhood|village|city|"
                 rf"country),?\s+{plural_group},?\s+and\s+(?:see|find\s+out)\s+what\s+happens\b"),
        # "Get these shitty immigrants out of our country." (functional27; not "...out of the closet")
        ("get", rf"\bget\s+(?:all\s+)?(?:(?:these|those|the|all\s+the|all\s+these|all\s+those)\s+)?(?:[a-z]+\s+)?{plural_group}"
                rf"\s+out\s+of\s+(?:our|this|my|the)\s+(?:country|town|city|street|neighbou?rhood|area|land|nation)\b"),
        # functional28 (session 23): "Trans women will always be men", "Muslims breed terrorists", "Asians stink",
        # "Don't let your daughter date a Muslim", "Funny how every mugging round here involves Somalis"
        (GROUP, rf"\btrans\s+women\s+(?:will\s+always\s+be|are\s+(?:just|really|still|actually|nothing\s+but))\s+"
                rf"(?:men|males|blokes|dudes)\b(?!')|\btrans\s+men\s+(?:will\s+always\s+be|are\s+(?:just|really|still|"
                rf"actually|nothing\s+but))\s+(?:women|females|girls)\b(?!')"
                rf"|\b{plural_group}\s+(?:just\s+|all\s+)?breed\s+(?:{derog})\b"
                rf"|\b{plural_group}\s+(?:all\s+|really\s+|fucking\s+|just\s+|bloody\s+)?(?:stink|reek)\b"),
        ("don dont never do",
         rf"\b(?:don'?t|never|do\s+not)\s+let\s+(?:your|ur)\s+(?:daughters?|sons?|kids|children|sister|wife)\s+(?:date|marry|"
         rf"go\s+out\s+with|near|play\s+with|be\s+alone\s+with)\s+(?:a|an|any)\s+{ident}{_FOLLOWERS}\b"),
        ("funny", rf"\bfunny\s+how\s+(?:every|all\s+the|most)\s+(?:mugging|stabbing|robbery|crime|attack|shooting|rape|"
                  rf"burglary|theft|terror\s+attack)s?\b(?:\s+[a-z']+){{0,4}}?\s+(?:involves?|is|are)\s+(?:by\s+)?{group}\b"),
        # "Refugees? More like freeloaders." (comments17, session 23)
        (GROUP, rf"\b{plural_group}\?\s+more\s+like\s+(?:{derog})\b"),
        # Praise that says the group is the exception's rule: "She's pretty smart for a woman" (functional25)
        ("smart clever intelligent articulate well competent logical rational eloquent",
         rf"\b(?:smart|clever|intelligent|articulate|well-spoken|competent|logical|rational|eloquent)\s+for\s+(?:a|an)\s+"
         rf"{ident}{_FOLLOWERS}\b"),
    ]


def feelings(ident: str, plural_group: str) -> list[tuple[str, str]]:
    """Disgust or anger a group is said to cause, told after it or before it."""
    return [
        # ... and the feeling told after: "Every time a trans person walks past I feel pure disgust" (functional25; not
        # "...gets attacked I feel sick", what is done to them)
        ("every whenever when",
         rf"\b(?:every\s+time|whenever|when)\s+(?:i\s+see\s+)?(?:a\s+|an\s+|the\s+|some\s+|two\s+)?{ident}{_FOLLOWERS}"
         rf"(?:\s+(?!(?:{_DONE_WORDS}|being|getting|gets|is|are)\b)[a-z']+){{0,4}}?,?\s+i\s+(?:feel|get|am|'m)\s+"
         rf"(?:pure\s+|nothing\s+but\s+|such\s+|so\s+|physically\s+|really\s+)?(?:disgust|disgusted|sick|ill|nauseous|"
         rf"revulsion|revolted|repulsed|sickened)\b"),
        # "I'm sick and tired of Somalis", "I'm fed up with Muslims" (functional26; not "...of Muslims being blamed")
        ("i i'm im", rf"\b(?:i'?m|i\s+am|im)\s+(?:so\s+|really\s+|just\s+|getting\s+)?(?:sick\s+(?:and\s+tired\s+)?of|"
                     rf"fed\s+up\s+with|tired\s+of)\s+(?:all\s+)?{plural_group}(?!'){_NOT_ABOUT_THEM}{_DONE_TO_THEM}"
                     rf"(?!\s+(?:who|that)\b)"),
        # ... being near them, or the sight of them: "Being around Hindus makes me physically ill" (functional25; not
        # "Seeing Muslims attacked makes me sick", what is done to them)
        ("being the seeing",
         rf"\b(?:being\s+(?:around|near|next\s+to|in\s+a\s+room\s+with)|the\s+(?:sight|smell)\s+of|seeing)\s+"
         rf"(?:a\s+|an\s+|(?:all\s+)?(?:the|these|those)\s+)?{ident}{_FOLLOWERS}\s+(?:really\s+|just\s+|honestly\s+|"
         rf"literally\s+)?makes?\s+me\s+(?:feel\s+)?(?:so\s+|physically\s+)?(?:sick|ill|nauseous|vomit|puke|"
         rf"want\s+to\s+(?:vomit|puke|throw\s+up))\b"),
    ]
