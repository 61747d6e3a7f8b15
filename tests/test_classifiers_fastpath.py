"""The fast path of the lexicon gives what the careful definitions give, only sooner."""

import random
import re
from re import _parser as sre_parse  # the regex parser (sre_parse is deprecated)

from classifiers.derogation import LEAD, WINDOW
from classifiers.lexicon import _WORD_RE, THREAT_WORDS, _offsets, _read
from classifiers.signals import suspicious_ascii
from classifiers.tokens import letter_triples

from conftest import FIXTURES, random_text

# The one-regex definition of "shows an obfuscation signal" (ASCII text, lower-cased).
REFERENCE = re.compile(
    r"[a-z][*#@$_0-9+%~^-]|[a-z][^\x00-\x7f]+[a-z]|[a-z!][!|(][a-z]|[*@$|_+!%~^][a-z]|(?:^|[^a-z0-9])[0-9#][a-z]"
    r"|[a-z]!\+|[a-z][.\-/~,\\][a-z][.\-/~,\\][a-z]"
    r"|(?:^|\s)[a-z0-9*#@$%!](?:\s+[a-z0-9*#@$%!]){2}(?:\s|$)"
    r"|([a-z])\1\1"
)


def test_suspicious_matches_the_reference_regex_on_random_text():
    rnd = random.Random(0)
    alphabet = "abcz019 .-*#@$_+!|%('/~^,\\\t\n\x0b"
    texts = [random_text(rnd, alphabet, 1, 24) for _ in range(30_000)]
    texts += ["f u c k", "s.t.u.p.i.d", "fuuuck", "sh1t", "a**hole", "#tag 1st", "rock-n-roll", "e-mail", "5hit",
              "a 1diot", "x1st", "#sshole", "f%ck", "50%off", "f🤬ck", "f🤬🤬k", "a🍕", "🍕b", "café", "sh!+",
              "f/u/c/k", "and/or", "b!+", "f~u~c~k", "f,u,c,k", "a,b", "x~y", "f~ck", "sh^t", "x^2", "~5"]
    for t in texts:
        assert suspicious_ascii(t) == bool(REFERENCE.search(t)), repr(t)


def test_batch_triples_agree_with_per_text_check():
    texts = ["aaa", "ab", "Zzz top", "x" * 2, "naïve ooo", "", "b\x00bb"] * 3
    for t, tr in zip(texts, letter_triples(texts)):
        if tr is not None:
            assert tr == any(c * 3 in t.lower() for c in "abcdefghijklmnopqrstuvwxyz")


def _sample(tree, rnd) -> str:
    """A random string matched by a parsed regex (enough of sre's syntax for the threat patterns)."""
    out = []
    for op, av in tree:
        name = str(op)
        if name == "LITERAL":
            out.append(chr(av))
        elif name == "SUBPATTERN":
            out.append(_sample(av[-1], rnd))
        elif name == "BRANCH":
            out.append(_sample(rnd.choice(av[1]), rnd))
        elif name in ("MAX_REPEAT", "MIN_REPEAT"):
            lo, hi, sub = av
            top = hi if hi <= 4 else lo + 1  # bounded repeats up to their bound ("{0,3}"), open ones once more
            out.append("".join(_sample(sub, rnd) for _ in range(rnd.randint(lo, top))))
        elif name == "IN":  # \s, \w and friends, or a set of letters ("(?:s|z)" is parsed as one)
            literals = [chr(a) for o, a in av if str(o) == "LITERAL"]
            out.append(rnd.choice(literals) if literals and len(literals) == len(av) else
                       " " if any(str(a) == "CATEGORY_SPACE" for _, a in av) else rnd.choice("abcdefg"))
        elif name in ("AT", "ASSERT", "ASSERT_NOT"):  # zero-width; a sample that breaks a look-around fails the search below
            pass
        else:
            raise AssertionError(f"sampler does not know {name}")
    return "".join(out)


def test_every_threat_pattern_needs_a_threat_word(lex):
    """Every threat pattern's match holds a threat word (the plain paths look for threats only then), and one of
    the pattern's own words (the lexicon tries each pattern only on texts holding one of them)."""
    rnd = random.Random(1)
    written = _read("threats.txt")
    assert len(lex.threat_phrases.patterns) == len(written)
    placeholders = ("{OBJ}", "{PERSON}", "{KIN}", "{START}", "{NOT_FILMED}")
    assert all(w == p.pattern or any(h in w for h in placeholders) for w, p in zip(written, lex.threat_phrases.patterns))
    assert not any(h in p.pattern for h in placeholders for p in lex.threat_phrases.patterns)  # every one filled in
    # Sampled as compiled, with {PERSON} and {KIN} filled in: the keys come from the patterns as written.
    for pattern, keys in zip([p.pattern for p in lex.threat_phrases.patterns], lex.threat_phrases.keys):
        tree = sre_parse.parse(pattern)
        for _ in range(300):
            text = _sample(tree, rnd)
            assert re.search(pattern, text), (pattern, text)
            words = set(re.findall(r"[a-z]+(?:'[a-z]+)?|\d+", text))
            assert words & THREAT_WORDS, (pattern, text)
            assert set(re.findall(r"[a-z]+", text)) & keys, (pattern, text)


def test_every_insult_phrase_needs_one_of_its_words(lex):
    """Every insult phrase's match holds one of the pattern's own words (the lexicon tries a pattern only on texts
    holding one, and the batch path sends only those texts the careful way)."""
    rnd = random.Random(4)
    written = _read("insult_phrases.txt")
    assert len(lex.insult_phrases.patterns) == len(written) >= 20
    for pattern, keys in zip([p.pattern for p in lex.insult_phrases.patterns], lex.insult_phrases.keys):
        assert keys, pattern
        tree = sre_parse.parse(pattern)
        checked = 0
        for _ in range(300):
            text = _sample(tree, rnd)
            if not re.search(pattern, text):  # a sample can break a lookahead ("get a life" needs what follows)
                continue
            checked += 1
            assert set(re.findall(r"[a-z]+", text)) & keys, (pattern, text)
        assert checked > 100, pattern


def test_every_derogation_pattern_needs_a_trigger_and_an_identity_word(lex):
    """The plain paths look for derogation phrases only in texts with a trigger word and an identity word."""
    rnd = random.Random(2)
    pattern = lex.derogation.pattern.pattern
    tree = sre_parse.parse(pattern)
    checked = longest = lead = 0
    for _ in range(3000):
        text = _sample(tree, rnd)
        if not re.search(pattern, text):  # a sample can break a negative lookahead ("sick of")
            continue
        checked += 1
        tokens = re.findall(r"[a-z]+(?:'[a-z]+)?|\d+", text)
        assert set(tokens) & lex.derogation.triggers and set(tokens) & lex.group_words, text
        ident = [k for k, t in enumerate(tokens) if t in lex.group_words]
        trig = [k for k, t in enumerate(tokens) if t in lex.derogation.triggers]
        distance = min(abs(a - b) for a in ident for b in trig)
        assert distance <= WINDOW, text
        runs = re.findall(r"[a-z]+", text)  # derogation.find tries a phrase only this near its first group word
        first = min(k for k, r in enumerate(runs) if r in lex.derogation._group_first)
        assert first <= LEAD, text
        lead = max(lead, first)
        longest = max(longest, distance)
    assert checked > 2500 and longest >= WINDOW - 2 and lead >= LEAD - 6, (longest, lead)


def test_lazy_offsets_are_the_word_positions(lex):
    texts = [ln for ln in (FIXTURES / "eval" / "benign.txt").read_text().splitlines() if ln.strip()]
    texts += ["Don't stop, rock'n'roll won't die -- 1999 was 2x better!!", "I'll see y'all at 9:30..."]
    for t in texts:
        a = lex.analyse(t)
        if a._raw is None:  # the careful path computes offsets itself
            continue
        expected = [(m.start(), m.end()) for m in _WORD_RE.finditer(t.lower())]
        assert [(s, e) for _, s, e in a.tokens] == expected == _offsets(t.lower(), a._raw)


def test_batch_analysis_equals_one_by_one(lex):
    texts = (FIXTURES / "eval" / "benign.txt").read_text().splitlines()
    texts += [ln.split("\t")[0] for ln in (FIXTURES / "eval" / "obfuscated.tsv").read_text().splitlines()[1:]]
    texts += ["I will kill you", "blue tits nest here", "you're next", "fuuuck", "Ⅽunt", "f u c k off"]
    many = lex.analyse_many(texts)
    for t, a in zip(texts, many):
        b = lex.analyse(t)
        assert (a.tokens, a.matches) == (b.tokens, b.matches), t


def test_lexicon_recall_on_the_obfuscation_set(lex):
    """The lexicon alone (no model spans) catches the obfuscated variants; a routing regression shows here.  (839 of
    849 since session 16's third blind round, whose four-letter typos "shti", "dcik", "cnut" are left by design; 867 of
    879 with session 17's fourth round, 28 of 30 read when first scored: "dou.che" and the spaced three letters
    "f a g" are left; 933 of 942 with session 20's round, 51 of 53 read when first scored, and its doubled letters.)"""
    import csv

    rows = list(csv.DictReader(open(FIXTURES / "eval" / "obfuscated.tsv", encoding="utf-8"), delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    caught = [any(m.label in ("profanity", "insult") for m in lex.analyse(r["variant"]).matches) for r in rows]
    assert sum(caught) / len(rows) >= 0.985
