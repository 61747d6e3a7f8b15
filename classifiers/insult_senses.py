"""Insult words with a common literal sense, counted as insults only where they are said of someone.

"The garbage truck blocked our street", "The snake shed its skin", "a dummy variable", "a freak accident", "I was
lying on the beach": each of these words is on the insult list (classifiers/data/insults.txt) and, matched
everywhere, the insult signal alone took such sentences to toxicity 0.5-0.7 (a blind round of sixty literal
uses, session 24: 23 flagged).  The words of classifiers/data/literal_insults.txt are matched as insults only in
a frame that aims them at someone or something:

* said to someone: "you clown", "you're a snake", "u dirty rat", "I'd call him a fraud";
* said of someone or something: "he is a pig", "they're all animals", "that's garbage", "acts like a clown"
  (not "there is a rat in the kitchen", and not "he is a pig farmer": the word must end its noun phrase);
* exclaimed or standing alone: "What a clown!", "Such a creep.", "Garbage!", "Nice try, clown.";
* pointed at: "those clowns in Congress", "this garbage should go", "those pigs." (not "those pigs were raised
  outdoors" or "that rat in the subway").

Elsewhere the word is only a word: the models still read it, but no insult match, span or signal comes of it.
A misspelt or masked one ("cl0wn", "g@rbage") is matched as before: nobody disguises a garbage truck.
"""

from __future__ import annotations

import re

# Words that may stand between a frame and the word: articles, intensifiers, quantities and the lexicon's own
# insult and swear words ("you stupid fucking clown", "a bunch of snakes", "nothing but vermin").
_BETWEEN = frozenset("""
    a an the such so just all only total totally complete completely absolute absolutely utter utterly real really
    proper right little big fat old dirty lying filthy stinking stupid dumb ignorant pathetic miserable sorry
    worthless useless disgusting nasty sneaky slimy greedy lazy typical sad vile evil ugly corrupt backstabbing
    spineless brainless gutless cowardly arrogant smug ungrateful two faced bunch pack piece sack load pile heap
    band gang herd nest den of nothing but more no better than bigger biggest greatest worst fucking fuckin bloody
    effing freaking frigging friggin damn damned goddamn godamn very most quite rather pretty bit kind sort
""".split())
_SECOND = frozenset("you u ya ye yall y'all you're youre ur yourself yourselves thou".split())
_COPULA = frozenset("is are was were am be been being r isn't aren't wasn't weren't becomes became become "
                    "remains remain seems seem seemed".split())
_LIKE_VERBS = frozenset("look looks looked looking act acts acted acting behave behaves behaved behaving sound "
                        "sounds sounded talk talks talking eat eats eating".split())
_CALL = frozenset("call calls called calling name named".split())
_OBJECT = frozenset("him her them me us it".split())
_NOT_SUBJECTS = frozenset("there here where".split())  # "there is a rat in the kitchen"
_POINTING = frozenset("these those this that another".split())
_PERSONS = frozenset("he she they you u".split())
_ARTICLES = frozenset("a an such".split())
_DETERMINERS = _ARTICLES | {"the"}
_JOINERS = frozenset("-/'&+#@")  # "anti-fascist", "and/or": no clause starts there
# What may follow the word when it ends its noun phrase ("is a snake in the grass", "those clowns who ...").
_AFTER = frozenset("""
    and or but who that which whose whom like just too as if because cause coz when lol lmao haha imo tbh then now
    again here there all himself herself themselves yourself yourselves in on at of for with
    to from by the a an my your his her our their ever anyway yet still
""".split())
_END = frozenset(".!?,;:)]}\"…")
_FRAME_WORDS = _SECOND | _COPULA | _POINTING | _OBJECT | {"like", "what", "your"}
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:'[a-z]+)*|[^\sa-z0-9]")


class InsultSenses:
    """Which literal-sense insult words (``words``) of a normalised text stand in no insult frame.

    ``between``: the lexicon's words, which may stand between a frame and the word ("you lying fucking rat") and,
    right after it, aim it too ("ugly bitch", "clown ass"); ``pointed``: the words that, pointed at, are aimed
    whatever follows: those whose literal sense is a person ("this clown is ...", "another lunatic") and mass
    nouns of judgement ("this garbage should ...").
    """

    def __init__(self, words: set[str], between: set[str] = frozenset(), pointed: set[str] = frozenset()):
        self.words = frozenset(words)
        self.between = _BETWEEN | frozenset(between)
        self.lexicon = frozenset(between)
        self.pointed = frozenset(pointed) & self.words

    def unframed(self, text: str) -> list[int]:
        """Start offsets (into ``text``, normalised and lower-cased) of the listed words said in no insult frame."""
        toks = [(m.group(0), m.start()) for m in _TOKEN_RE.finditer(text)]
        out = []
        for i, (tok, start) in enumerate(toks):
            if _base(tok) in self.words and not self._framed([t for t, _ in toks], i):
                out.append(start)
        return out

    def _framed(self, toks: list[str], i: int) -> bool:
        after = toks[i + 1] if i + 1 < len(toks) else None
        then = toks[i + 2] if i + 2 < len(toks) else None
        ends = after is None or after in _END or (len(after) == 1 and not after.isalnum() and after not in _JOINERS)
        if after == "like" and then in _SECOND:  # "pigs like you"
            return True
        if after in self.lexicon:  # "ugly bitch", "lying scumbag", "useless garbage"
            return True
        if after in _PERSONS and (then in _COPULA or _contracted_copula(after)):  # "the fool he is"
            return True
        if self._frame(toks, i, self._head(toks, i, 0), after, ends):
            return True
        # Up to two words no list knows before the word: after an article ("you are a delusional fool", "such a
        # bumbling fool"), in a phrase standing alone ("Ignorant uneducated fool."), or pointed at a person-word
        # ("these oil-soaked clowns").
        j, article = self._head(toks, i, 2)
        head = toks[j] if j >= 0 else None
        if head is None or (len(head) == 1 and not head.isalnum()):
            return ends and head not in _JOINERS
        pointed = _base(toks[i]) in self.pointed
        return (article or (pointed and head in _POINTING)) and self._frame(toks, i, (j, article), after, ends)

    def _head(self, toks: list[str], i: int, unknown: int) -> tuple[int, bool]:
        """Where the frame word before word ``i`` is (-1 for the text's start), skipping the words that may stand
        between and up to ``unknown`` others; and whether an article stands before the last of those others."""
        j, skipped, article, determined = i - 1, 0, False, False
        while j >= 0 and i - j <= 6:
            t = toks[j]
            if t in self.between:
                article = article or (skipped > 0 and t in _ARTICLES)
                determined = determined or t in _DETERMINERS
            elif skipped < unknown and t.isalpha() and not determined and t not in _FRAME_WORDS:
                skipped += 1  # (a word before "the" or "a" is a verb or a preposition: "ignore the trolls")
            else:
                break
            j -= 1
        return j, article

    def _frame(self, toks: list[str], i: int, at: tuple[int, bool], after: str | None, ends: bool) -> bool:
        j = at[0]
        head = toks[j] if j >= 0 else None
        before = toks[j - 1] if j >= 1 else None
        if head is None or (len(head) == 1 and not head.isalnum()):  # a sentence or clause of its own
            return ends and head not in _JOINERS
        ends_phrase = ends or after in _AFTER or (after or "").endswith("ing")  # "a parasite feeding off us"
        if head in _SECOND or (head == "your" and toks[j + 1] in _ARTICLES):  # "your a fool"
            return True
        if head in _COPULA or _contracted_copula(head):
            return ends_phrase and before not in _NOT_SUBJECTS and _subject(head) not in _NOT_SUBJECTS
        if head == "like":
            return ends_phrase and (before in _LIKE_VERBS or before in _COPULA or before in _SECOND)
        if head in _OBJECT:
            return before in _CALL
        if head in _POINTING and _base(toks[i]) in self.pointed:  # "this clown is ...", "this garbage should go"
            return True
        if head in _POINTING:  # "those pigs." (not "that rat in the subway", "those pigs were raised outdoors")
            return ends
        if head == "what":
            return ends_phrase and after not in ("is", "are", "was", "were")
        return False


def _base(tok: str) -> str:
    return tok[:-2] if tok.endswith("'s") else tok


def _contracted_copula(tok: str) -> bool:
    return tok.endswith(("'s", "'re", "'m")) and tok not in ("let's",)


def _subject(tok: str) -> str:
    return tok.split("'")[0]
