"""Threat phrases' words and when a phrase is denied: negated right before it, or said of no one.

The phrases themselves are ``classifiers/data/threats.txt``, matched by :class:`ThreatPhrases` for the lexicon.
"""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from .analysis import Match
from .derogation_parts import _SENTENCE_START
from .normalize import Normalized

# A threat phrase negated right before it ("...would never kill you") is no threat; nor is one said of no one
# ("No one deserves to die", "No trans person deserves to die"), unless the phrase names its own subject
# ("No doubt I will kill you", "He has no friends so I will end him").
_NEGATED_BEFORE = re.compile(r"(?:n't|\b(?:never|not))\s+$")
_NO_ONE_BEFORE = re.compile(r"\b(?:no|nobody|noone|no-one)(?!\s+(?:doubt|question|matter|kidding|joke|lie|problem|wonder|idea|clue)\b)"
                            r"(?:\s+[a-z]+){0,2}\s+$")
_WHY_BEFORE = re.compile(r"\bwhy(?:\s+[a-z']+){1,3}\s+$")  # "why we can't", "why don't we just", "why not"
# Violence reported, not meant: "the defendant threatened to shoot the shop owner", "plotted to kill the judge";
# not "I'm threatening to kill you", which is the threat.
_REPORTED_BEFORE = re.compile(r"\b(?:threatened|threatens|plotted|conspired|(?<!\bi'm )(?<!\bim )(?<!\bi am )(?<!\bwe're )"
                              r"(?<!\bwe are )(?:threatening|plotting|conspiring))\s+to\s+$")
# Harm foretold by a thing, not threatened by a person: "Smoking will kill you", "The heat could kill you".
_THING_BEFORE = re.compile(r"\b(?:it|this|that|smoking|drinking|vaping|sugar|stress|boredom|alcohol|(?:the|those|these|"
                           r"that|this|your) (?:heat|cold|sun|food|traffic|suspense|wait|cure|drugs|booze|diet|"
                           r"fumes|cigarettes|smoke|air ?bags?|virus|disease|cancer|pills|hike|climb|current|storm))"
                           r"\s+(?:will|would|could|can|might|may|is going to|'s going to|gonna|'ll)\s+(?:\w+\s+)?$")
_OWN_SUBJECT = re.compile(r"(?:i|i'll|i'd|im|i'm|we|we'll|we'd|you|u|ya|you're|hope|wish)\b")

THREAT_WORDS = frozenset("""
    kill kills murder shoot stab hang hunt beat hurt rape strangle choke burn bury destroy end cut slit break smash
    gas lynch execute behead slaughter deport exterminate eradicate die dies burns rot rots raped shot killed chokes
    hanged hung beaten kys watch live dead next death bullet rope executed lynched gassed exterminated burned burnt
    punch hell drown drowns drowned starve neck unalive bleach cancer foad shoots stabs hangs murders strangles lynches
""".split())
# Threat words too common to be read through a typo or run together with another word ("cash" is no "crash" with a
# letter dropped, "fireman" no "fire man"): the phrases need them, the spelling repairs do not.
PLAIN_THREAT_WORDS = frozenset("""
    beating kicking kick slap smack stomp run make survive knock rip bash wring snap gouge crush tear slice bust
    fire alight ablaze ground grave coffin suffer bleed hands crash crashes hit blow cave hospital wheelchair
    gut torture maim skin coming kicked smashed bashed caved knocked ripped blown punched blood knife blade limb
    disappear vanish breathing alive days ditch river gutter morgue numbered gun happen happens happened eye do
    noose lesson straw address fist fists regret rue alley pay shut feet thrown squad pray hope boot boots poison
    throttle smother suffocate bludgeon batter maul pummel slash torch firebomb trash suffers bleeds swing daisies
    wall wiped strung put bomb pistol whip visit bat hammer crowbar axe machete crossing count counted string rot
    rifle bullets guns know warning shame pity born alone door doors done finished hanging
    stabbed tortured strangled murdered acid wake swinging trigger permanently safe drag sorry find hide
    sinks sink explodes explode blows lonely vulnerable unprotected defenceless defenseless earth shotgun
    doorstep window brave tough jump knocking pull ambulance stretcher bag scraping scrape scrapin box
    pieces name given deserve deserves deserved deck keep teeth capable accidents settle
    shoulder dearly fishes school kids children daughter son wife husband family tube dragged horsewhipped
    flogged tarred kneecapped whipped ends slapped pistolwhipped piece christmas brick rock stone molotov windows
    windscreen windshield baton skull mob lives sleeps sleep pipe week sleeping lights cross throat throats gullet
    shallow graves unmarked back behind betray snitch rat cheat ditches bags tyres tires slashed keyed torched
    bricked firebombed breaking smashing snapping caving bashing ripping slitting fishing pulling dragging waiting
    disappeared vanished died missing shovel spade last mow snitches stitches lose silence
    flames knifed glassed battered dental fingerprints bits canal surgery surgeon
""".split())
THREAT_WORDS |= PLAIN_THREAT_WORDS


def negated(s: str, m: re.Match) -> bool:
    """Whether the threat phrase ``m`` in ``s`` is negated, reported, foretold of a thing or said of no one (see
    _NEGATED_BEFORE)."""
    a = m.start()
    if _REPORTED_BEFORE.search(s, max(0, a - 30), a) or _THING_BEFORE.search(s, max(0, a - 40), a):
        return True
    if _NEGATED_BEFORE.search(s, max(0, a - 40), a):
        return not _WHY_BEFORE.search(s, max(0, a - 40), a)  # "why can't we kill them": a call, not a denial
    return not _OWN_SUBJECT.match(m.group(0)) and _NO_ONE_BEFORE.search(s, max(0, a - 40), a) is not None


_LETTERS_RE = re.compile(r"[a-z]+")


def written_words(pattern: str, words: Iterable[str]) -> frozenset[str]:
    """The ``words`` written in a phrase pattern: a longer word anywhere in it ("hang" of "hanged"), a shorter one as
    a whole run of letters outside escapes such as "\\b" ("do" is not written in "down").  The keys that decide
    which texts a phrase is tried on (threat phrases here, insult phrases in classifiers.insult_phrases)."""
    runs = set(_LETTERS_RE.findall(re.sub(r"\\[a-zA-Z]", " ", pattern)))
    return frozenset(w for w in words if (w in pattern if len(w) > 3 else w in runs))


def threat_keys(pattern: str) -> frozenset[str]:
    """The threat words a text must hold for ``pattern`` to match: those written in it and the ones they open
    ("hang" opens "hanged"); tests/test_classifiers_fastpath.py checks that every match holds one."""
    written = tuple(written_words(pattern, THREAT_WORDS))
    return frozenset(w for w in THREAT_WORDS if w.startswith(written)) if written else frozenset()


# Who a violent verb must be done to, for a threat: "{PERSON}" in a pattern is one of these (people, insults for
# people), a slur or an identity word that names people (person_words: "I'll shoot that journalist", "stab the next
# immigrant"), so that "kill the tax hike",
# "strangle my budget" and "punch the next wall" are no threats; "{START}" is where a sentence starts
# (derogation_parts._SENTENCE_START); "{KIN}" is someone or something of the reader's
# ("I'll hurt your children", "poison your dog").
PERSON_NOUNS = frozenset("""
    guy guys man men woman women people person persons kid kids boy boys girl girls dude dudes bloke blokes lad lads
    cop cops police officer officers judge judges mayor councillor councilor senator senators journalist journalists
    reporter reporters editor editors politician politicians teacher teachers neighbour neighbours neighbor neighbors
    ref referee umpire family families wife husband son sons daughter daughters children child mother father brother
    sister traitor traitors thug thugs leftist leftists liberal liberals conservative conservatives protester
    protesters author writer critic critics boss landlord doctor nurse priest imam rabbi pastor president governor
    minister mp mps lawyer owner driver fan fans troll trolls mod mods admin admins everyone everybody somebody
    bitch bitches hoe hoes ho whore whores slut sluts cunt cunts twat twats prick pricks dick dicks dickhead
    dickheads fucker fuckers motherfucker motherfuckers bastard bastards asshole assholes arsehole arseholes wanker
    wankers nigga niggas idiot idiots moron morons imbecile imbeciles cretin cretins loser losers scumbag scumbags
    clown clowns fool fools liar liars creep creeps pervert perverts coward cowards freak freaks nazi nazis jerk jerks
    douchebag douchebags tosser tossers muppet muppets dipshit dipshits jackass jackasses dumbass dumbasses shithead
    shitheads scum lowlife lowlifes hypocrite hypocrites halfwit halfwits dimwit dimwits nitwit nitwits dunce dunces
    buffoon buffoons snowflake snowflakes libtard libtards commie commies perp perps criminal criminals thief thieves
    rapist rapists pedo pedos paedo paedos pedophile pedophiles paedophile paedophiles terrorist terrorists looter
    looters rioter rioters savage savages invader invaders jihadi jihadis jihadist jihadists republicans democrats
    dems libs trumpers soldiers sob sobs infidel infidels elite elites lawyers doctors nurses priests bosses landlords
    owners drivers authors writers ministers governors presidents poc administrators bankers cyclist cyclists
    pedestrian pedestrians
""".split())
KIN = ("(?:family|kids|children|child|wife|husband|daughter|daughters|son|sons|mother|mom|mum|father|dad|baby|babies|"
       "girlfriend|boyfriend|parents|sister|brother|dog|cat|pets?|whole family|loved ones|little (?:girl|boy|one|ones)|"
       "kid|girl|boy|grandma|granny|grandmother|grandfather|grandpa)")

# Whom pattern 1's verbs are done to, "{OBJ}" in threats.txt (written once for its three verbs' branches): "you",
# "him", "them all", "that {PERSON}", "your {KIN}", "yo ass"; "her" only when no noun follows ("end her career").
OBJ = (r"(?:(?:you|u|ya|yall|y'all|him|them|yourself|yourselves|all of (?:you|them)|each of you|every (?:last |single )?"
       r"one of (?:you|them|(?:those|these|the) (?:\w+ )?{PERSON}))\b(?! (?:a|an|some|slack)\b)"
       r"|her\b(?! (?:a|an|some|slack|career|heart|spirit|record|streak|fall|focus|chances?|dreams?|hopes?|reputation|"
       r"momentum|silence|ego|lead|game|concentration|serve|phone|budget)\b)"
       r"|(?:a|that|this|dat|some|the|these|those|every|any|all|all the|each) (?:\w+ )?{PERSON}\b"
       r"|(?:your|ur|his|her|their) (?:\w+ )?{KIN}\b|(?:yo|your|ur) (?:\w+ )?(?:ass|arse)\b|{PERSON}\b)")

# What does not follow "shot" when a scene is filmed, "{NOT_FILMED}" in threats.txt (written once for the two
# "should be shot" patterns): "That scene should be shot again in daylight" is no threat.
NOT_FILMED = (r"(?! (?:again|on (?:location|film|camera|video)|in (?:daylight|colou?r|black and white|slow motion|"
              r"the studio)|from (?:above|the air|a drone)|with a (?:drone|phone|camera)|for (?:the|a) (?:film|movie|"
              r"documentary|commercial|video|series))\b)")

# Identity words that name a person, not only qualify a noun ("the old letters", "the Mexican restaurant").
_IDENTITY_NOUNS = frozenset("""
    immigrant migrant refugee jew muslim moslem hindu sikh kurd turk mormon gypsy lesbian homosexual feminist teenager
""".split())


def person_words(entries, groups: Iterable[str]) -> frozenset[str]:
    """Words for a person besides PERSON_NOUNS: the lexicon's slurs that are nouns ("faggot", not "faggotry") and
    the identity words that name people: plurals ("immigrants", "mosques" too, which arson threats name) and
    _IDENTITY_NOUNS."""
    slurs = {e.form for e in entries if e.category == "slur" and "'" not in e.form and
             not e.form.endswith(("ing", "ed", "ry", "ation", "y"))}
    people = {g for g in groups if (g.endswith("s") and len(g) > 3 and g not in ("trans", "indigenous"))
              or g in _IDENTITY_NOUNS}
    return frozenset(slurs | people)


def _alternation(words: Iterable[str]) -> str:
    """A regex matching exactly ``words``, factored by first letters ("b(?:ad|ig)") so that a position where none
    can start fails at once (a flat alternation of some 300 words is tried word by word at every position)."""
    def trie(ws: list[str]) -> str:
        if ws == [""]:
            return ""
        groups: dict[str, list[str]] = {}
        for w in ws:
            groups.setdefault(w[:1], []).append(w[1:])
        parts = [re.escape(c) + trie(rest) for c, rest in sorted(groups.items()) if c]
        alt = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{alt})?" if "" in groups else alt
    return "(?:" + trie(sorted(set(words))) + ")"


def key_index(keys: Sequence[frozenset[str]]) -> dict[str, tuple[int, ...]]:
    """A word -> the patterns it opens (indices into ``keys``, each pattern's key words), for the phrase files whose
    patterns are each tried only on a text holding one of their own words (threats here, insult phrases)."""
    by_key: dict[str, list[int]] = {}
    for i, words in enumerate(keys):
        for w in words:
            by_key.setdefault(w, []).append(i)
    return {w: tuple(ix) for w, ix in by_key.items()}


def opened(by_key: dict[str, tuple[int, ...]], words: Iterable[str]) -> list[int]:
    """The patterns a text's ``words`` open (see key_index), in the file's order."""
    return sorted({i for w in words for i in by_key.get(w, ())})


class ThreatPhrases:
    """The threat phrases of ``classifiers/data/threats.txt``, each tried only on a text holding one of its own
    threat words (one combined scan of all the patterns cost ~100 microseconds a comment)."""

    def __init__(self, patterns: Sequence[str], people: Iterable[str] = ()):
        person = _alternation(PERSON_NOUNS | {w for w in people if w})
        patterns = [p.replace("{OBJ}", OBJ).replace("{NOT_FILMED}", NOT_FILMED) for p in patterns]
        self.patterns = [re.compile(p.replace("{PERSON}", person).replace("{KIN}", KIN).replace("{START}", _SENTENCE_START))
                         for p in patterns]
        self.keys = [threat_keys(p) for p in patterns]  # from the patterns as written, without the word lists
        self._by_key = key_index(self.keys)

    def find(self, norm: Normalized, denied: list | None = None) -> list[Match]:
        """The threat phrases in ``norm`` (spans in the original text); those negated or said of no one are
        appended to ``denied`` (spans in the normalised text)."""
        s = norm.text
        words = THREAT_WORDS.intersection(_LETTERS_RE.findall(s))
        if not words:
            return []
        out = []
        for i in opened(self._by_key, words):
            for m in self.patterns[i].finditer(s):
                if m.end() > m.start():
                    if negated(s, m):
                        if denied is not None:
                            denied.append(m.span())
                        continue
                    o0, o1 = norm.span(m.start(), m.end())
                    out.append(Match(o0, o1, "threat", m.group(0), 0, "threat", "pattern"))
        return out
