"""Insult phrases: abuse of a person said without an insult word ("Your brain must be the size of a pea", "Nobody
asked for your opinion", "You are a pathetic excuse for a journalist").

The phrases are ``classifiers/data/insult_phrases.txt``.  A match is an insult span and counts as an insult hit for
the models (``insult_word``, ``insult_count``, ``hostile_density``), like an insult word does, and has a signal of
its own (``insult_phrase``): a phrase is said of a person by construction.
"""

from __future__ import annotations

import re
from typing import Sequence

from .analysis import Match
from .derogation_parts import _SENTENCE_START
from .normalize import Normalized
from .threats import _LETTERS_RE, key_index, negated, opened, written_words

# The words the phrases are written with, one of which every match holds: a text without any is not searched
# (tests/test_classifiers_fastpath.py samples each pattern to check it needs one).  Rare words where a pattern
# has them ("picnic", not "short"; "cares", not "one"): the batch path reads a comment holding one the careful way.
INSULT_PHRASE_WORDS = frozenset("""
    brain brains cell cells iq intellect intelligence mental reasoning comprehension critical attention rock rocks
    brick bricks post plank planks hammers potatoes doorknob dirt drop dropped bag boot tie shoe shoes shoelace
    shoelaces count shampoo dryer dryers coffee bleach sharpest brightest picnic meal load deck pack box screw screws
    learn grade school kindergarten nobody noone cares asked gives crawl basement life meds medication pills shut
    waste excuse sack pile heap lump bucket ashamed embarrassed disappointed paid pig pigs rat rats monkey monkeys
    ape apes cow cows whale whales goblin goblins toad toads rodent rodents donkey donkeys baboon
    baboons gorilla gorillas weasel weasels skunk skunks hooker hookers prostitute prostitutes hobo hobos tramp
    tramps troll trolls smarter brighter intelligent useful interesting articulate wiser personality charisma
    humour humor morals manners equivalent evolution raised breeding walking swallowed aborted own wants likes miss
    emotional social reading helpful disgrace embarrassment joke laughing laughingstock nonentity cautionary class
    integrity sense traffic face horrible awful terrible rotten nasty vile evil sickening disgusting despicable
    wretched pathetic contemptible loathsome hateful repulsive odious deplorable foul vicious spiteful horrid
    revolting repugnant detestable peaked debate argument wits houseplants plants stick crayons colouring coloring
    painting stain blight blot curdle clock mirror backbone spine argue parking crawled crept slithered
    lose met disgust sicken repulse nauseate sick puke vomit gag gross
    wouldn couldn wouldnt couldnt wouldn't couldn't ears sawdust five six seven eight nine ten eleven twelve
    thirteen fourteen read arguing debating responding replying sad bitter angry miserable petty smug insecure silly
    stupid grumpy senile proof embarrassing humiliating fool bake brewery lemonade raffle whelk genius einstein
    sherlock depth maturity awareness seriously nursery preschool toddler preschooler goldfish potato houseplant
    chimp chimpanzee sandwich cutout hamster parrot lived survived adults grown grownups version cereal fortune
    toilet bathroom crisp chip head favour favor failure charm warmth appeal tact insult unfair
    compliment joy happiness bowling marble spoon butter cabbage turnip agree highway motorway freeway lifeguard barn
    cave wall dynamite notice conversational wit zoo sty pigsty embarrass emptier hollower thicker denser country
    snake snakes worm worms slug slugs cockroach cockroaches leech leeches viper vipers jackal jackals hyena hyenas
    dumbest stupidest thickest ignorant idiotic moronic clueless brainless gullible dimwitted annoying obnoxious
    insufferable useless worthless stopped sandwiches cousins siblings imagine bliss table autocorrect spellcheck
    sharper gave given swamp sewer gutter trailer cope seethe smooth
    goat jackass walrus hippo tool muzzle hole bridge smoothbrain smoothbrained smoothbrains men
    boomer stay keyboard pick npc karen cloud clouds simp simps simping simped incel incels cuck cucks cucked cucking
    cuckold cuckolds grass piece degenerate degenerates history account absolute utter complete total education
    degree mind know alls boots people lot yall animals vermin scum savages subhumans parasites cavemen maggots
    lowlifes trash garbage filth sheep family tree talk talks clown skull hollow empty flag black wanted want
    human living breathing hack shill propagandist mouthpiece stooge rag wrapper liner bath desert ocean sea
    breath legend legends stupidity dumb idiocy talentless spineless gutless incompetent delusional arrogant
    beyond lost tragic lonely toddler brat grow
    toaster chin chins jawline handshake hairline soul imaginary shadow reflection microphone mic camera tit pillock
    prat wally berk numpty bellend knob spanner muppet spell charm misses existence cry profile
    witch hag crone trout git sod toerag scumbag
    warning congratulations live practise practice reproduce breed napkin tissue thick dense imagine subtlety awareness
    ignorance
""".split())


def phrase_keys(pattern: str) -> frozenset[str]:
    """The words of INSULT_PHRASE_WORDS written in ``pattern`` (threats.written_words), either with an "s" added
    ("pigs" of "(?:pig|rat)s?")."""
    stems = {w[:-1] for w in INSULT_PHRASE_WORDS if w.endswith("s")}
    written = written_words(pattern, INSULT_PHRASE_WORDS | stems)
    return frozenset(w for w in INSULT_PHRASE_WORDS if w in written or (w.endswith("s") and w[:-1] in written))


class InsultPhrases:
    """The insult phrases, each tried only on a text holding one of its own words."""

    def __init__(self, patterns: Sequence[str]):
        self.patterns = [re.compile(p.replace("{START}", _SENTENCE_START)) for p in patterns]
        self.keys = [phrase_keys(p) for p in patterns]
        self._by_key = key_index(self.keys)

    def find(self, norm: Normalized) -> list[Match]:
        """The insult phrases in ``norm`` not negated right before them (spans in the original text)."""
        s = norm.text
        words = INSULT_PHRASE_WORDS.intersection(_LETTERS_RE.findall(s))
        if not words:
            return []
        out = []
        for i in opened(self._by_key, words):
            for m in self.patterns[i].finditer(s):
                if m.end() > m.start() and not negated(s, m):
                    o0, o1 = norm.span(m.start(), m.end())
                    out.append(Match(o0, o1, "insult", m.group(0), 0, "insult", "pattern"))
        return out
