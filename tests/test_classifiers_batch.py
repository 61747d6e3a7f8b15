"""The numpy batch path (classifiers.fastpath, classifiers.tokens) gives the careful path's scores and spans."""

import random
import re

import numpy as np

from classifiers import fastpath
from classifiers.deobfuscate import MASK_CHARS, _mask_rank
from classifiers.model import Scorer
from classifiers.tokens import code_points, hashes, tokenize, word_keys

from conftest import FIXTURES, random_text

TOKEN_RE = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+|\x00")


def test_tokenize_finds_what_the_regex_finds_and_hashes_agree():
    rnd = random.Random(0)
    alphabet = "ab'z09 \x00.-é😂'"
    for _ in range(20_000):
        text = random_text(rnd, alphabet, 0, 30)
        c = code_points(text)
        starts, ends = tokenize(c)
        expected = [m.span() for m in TOKEN_RE.finditer(text)]
        assert list(zip(starts.tolist(), ends.tolist())) == expected, repr(text)
        if expected:
            assert (hashes(c, starts, ends) == word_keys([text[a:b] for a, b in expected])).all(), repr(text)


def test_distinct_words_get_distinct_keys():
    words = sorted({m.group(0) for line in (FIXTURES / "eval" / "benign.txt").read_text().lower().splitlines()
                    for m in TOKEN_RE.finditer(line)} | {"a", "aa", "b", "ab", "ba", "don't", "dont"})
    assert len(set(word_keys(words).tolist())) == len(words)


def _corpus() -> list[str]:
    texts = [ln for ln in (FIXTURES / "eval" / "benign.txt").read_text().splitlines() if ln.strip()]
    texts += [ln.split("\t")[0] for ln in (FIXTURES / "eval" / "obfuscated.tsv").read_text().splitlines()[1:]]
    texts += [
        "You are a stupid idiot and I will kill you", "I am a gay man", "Muslims are idiots", "gay idiots everywhere",
        "fuck😂 this", "@user you're next", "#tbt loving it", "#sshole", "blue tits nest here", "what a fuckface",
        "Don't stop, rock'n'roll won't die -- 1999 was 2x better!!", "Shut the fuck up America.\n\nThats what we want!",
        "loooool ok", "s.t.u.p.i.d", "f u c k off", "naïve café owner is a moron", "“Quoted” — fine…", "",
        "the hoe is in the shed", "Refugees are cockroaches.", "go kill yourself", "ＦＵＣＫ", "sh1t happens",
        "José’s crème brûlée was shit", "Fück off, Zoë, you idiot", "ﬁne, you ﬁlthy moron", "café 😂 fuck",
        "Ｙｏｕ ａｒｅ ａｎ ｉｄｉｏｔ", "Straße voller Idioten", "ѕhit happens", "日本語 and fuck",
        "Catholics are parasites and frauds", "I hate gays", "No Irish allowed", "Saying Jews are rats is a lie",
        "Kurds are not savages.", "Café owners say Turks are thieves", "Deport all the Syrians, they're vermin",
        "fu ck you", "sh it happens.", "the pen is mightier", "I h4te Mus1ims", "Immigrants are v e r m i n.",
        "k.y.s", "No one deserves to die", "I will never hurt you", "Roma are not human", "sh¡t and fu©k",
        "€5 and § 230", "I have met many Kurds and I hate every one of them", "I hate Mulsims.",
        "Christina met the liars in their lairs", "Wmoen are theives", "I hate Muslms.", "I hateMuslims!",
        "Women aredisgusting", "money in the garage", "the blackout", "Womn arevermin", "Killallmuslims now",
        "Ihatemuslims", "together at the Heisman", "crooksandliars",
        "you !d!ot", "|diot", "!!!fuck", "wow!that", "!important",
        "#FuckTrump", "#KillAllMuslims now", "(#FuckTrump)", "(#CocktailHour)", "Illegals out!", "the illegals are rats", "#IHateMuslims", "#FuCk", "#CocktailHour", "news from the #UK",
        "#itch", "#fuck sh1t", "#ShitHole country", "#BBCNews: Kurds are not thieves", "#USAFirst #fuck",
        "Kurds are everywhere now. They are all parasites.", "Sikhs think they are special. I hate them.",
        "Of course they are stupid. They are just Mormons after all.", "Stop calling Kurds disgusting.",
        "People call Sikhs vermin.", "Mormons control the media", "fook off, beeyotch", "🖕🖕 you", "my 🖕🏻!", "i h8 gays", "Muslims out!",
        "i hate muzzies", "Jews out-performed us", "Hold all your vodka brands. #ShiverMeTimbers",
        "So real #Yankees #WorldSeries #27andCounting #MLB #MLBtheShow12", "#ItchyFeet again", "#TheShitShow",
        "#YouRock and #NoMoreMondays", "#MAGAcountry, (#StayHome) and #BlackLivesMatter!",
        "f-ck off", "a-hole", "bull-sh-t", "well-known x-ray", "-all-", "what the f🤬🤬k", "sh💩t", "I love 🍕pizza",
        "$#!t show", "a😀😀b", "what a d!(k", "friend(s) and f(x)", "wow!!that", "!!fuck",
        "Your brain must be the size of a pea.", "nobody asked for your opinion", "You're not a waste of space.",
        "You are a waste of oxygen, you m0ron", "Did your mother drop you on your head?", "I like one school life.",
        "Wom*n are worthless.", "M*sl*ms are vermin", "Wom*n's football", "*Women* are great", "the m*n are here",
        "Gya people are disgusting.", "I hate jwes", "the mne and the byo", "Gya couples are welcome",
    ]
    rnd = random.Random(3)
    vocab = ("you are a the idiot fuck shit gay muslim women kill will i hope die damn #tag @user 2nd :) 😂 ass "
             "muslims rats not hate ban fu ck sh it pen is h4te mus1ims no one never deserves to human mulsims "
             "wmoen lairs muslms womn hatemuslims aredisgusting backs blackout money !d!ot !diot !idiot #FuckTrump "
             "killallmuslims ihatemuslims womenarevermin heisman together f-ck a-hole well-known f🤬ck "
             "#KillAll #uk #itch #sshole #IHateMuslims #ShiverMeTimbers #ItchyFeet #HitMe #YouRock #SoooGood "
             "#NoMoreMondays #MAGAcountry (#StayHome) #BlackLivesMatter #WomenAreStupid #27andCounting "
             "#GoHomeNow! #TheShitShow #iPhone #FuCkThis your brain size of pea nobody asked for opinion waste "
             "oxygen dumb as rock paid shill wom*n m*sl*ms j*ws wom*n's gya jwe agy mne").split()
    texts += [" ".join(rnd.choice(vocab) for _ in range(rnd.randint(1, 15))) for _ in range(400)]
    return texts


def _same(a, b) -> None:
    assert list(a.scores) == list(b.scores)
    assert max(abs(a.scores[k] - b.scores[k]) for k in a.scores) < 1e-5
    assert (a.severity, a.spans, list(a.words)) == (b.severity, b.spans, list(b.words))
    assert [a.words[k] for k in range(len(a.words))] == list(b.words) and a.canonical == b.canonical


def test_batch_scores_equal_the_careful_path(scorer):
    texts = _corpus()
    fast, careful = scorer.score(texts, batch_size=64), scorer.score_careful(texts)
    for t, a, b in zip(texts, fast, careful):
        try:
            _same(a, b)
        except AssertionError as exc:
            raise AssertionError(repr(t)) from exc


def test_plain_comments_take_the_batch_path_and_obfuscated_ones_the_careful_one(scorer, monkeypatch):
    """The benign lines in plain ASCII with no obfuscation signal and no allow-listed phrase (those go the careful
    way by design: "4 * * * *", "Blue tits nested") nearly all take the batch path."""
    from classifiers.signals import suspicious_ascii

    lex = scorer.lexicon
    plain = [ln for ln in (FIXTURES / "eval" / "benign.txt").read_text().splitlines()
             if ln.strip() and not ln.startswith("#") and ln.isascii() and not suspicious_ascii(ln.lower())
             and not lex._exceptions_re.search(ln.lower())]
    assert len(plain) >= 200
    plain += ["I am a gay man", "#tbt loving it", "fuck😂 this", "You are a stupid idiot", "naïve café owner is a moron"]
    obfuscated = ["s.t.u.p.i.d", "f u c k off", "sh1t happens", "ѕhit happens", "I will kill you", "日本語 and fuck",
                  "fu ck off", "I h4te Muslims", "Wmoen are disgusting", "f-ck off", "f🤬ck off"]
    careful = []
    real = Scorer.analyse
    monkeypatch.setattr(Scorer, "analyse", lambda self, batch: careful.extend(batch) or real(self, batch))
    scorer.score(plain + obfuscated)
    assert set(obfuscated) <= set(careful)
    assert len(set(careful) & set(plain)) <= len(plain) // 20, set(careful) & set(plain)


def test_the_word_table_starts_afresh_without_changing_scores(scorer, monkeypatch):
    texts = _corpus()[:200]
    before = scorer.score(texts)
    monkeypatch.setattr(fastpath, "_LIMIT", 50)
    table = fastpath.WordTable(scorer)
    after = fastpath.score_batches(scorer, table, texts, 20)
    assert len(table.words) < 50 + 200
    for a, b in zip(before, after):
        _same(a, b)


def test_a_signal_that_stands_for_no_word_leaves_the_text_plain(scorer):
    lex = scorer.lexicon
    assert not lex.needs_care("#tbt with @maria, loooool")
    assert lex.needs_care("#sshole") and lex.needs_care("you sh1t") and lex.needs_care("f u c k")
    [tag, emoji] = scorer.score(["@fuckface #fuck", "fuck😂"])
    assert {s.term for s in tag.spans} >= {"fuck"} and emoji.spans[0].term == "fuck"
    assert (emoji.spans[0].start, emoji.spans[0].end) == (0, 4)


def test_indexed_masks_match_the_brute_force_definition(lex):
    def brute(token):
        if token[0] == "#" and token[1:].isalpha() and (len(token) < 5 or token[1:] in lex.real_words):
            return None  # a hashtag ("#uk", "#itch"), not a mask
        known = [(i, c) for i, c in enumerate(token) if c.isalpha()]
        best = None
        for e in lex._by_len.get(len(token), ()):
            if all(e.form[i] == c for i, c in known) and e.form.isalpha():
                if best is None or _mask_rank(e) > _mask_rank(best):  # the commonest masked word, else the strongest
                    best = e
        return best

    rnd = random.Random(5)
    forms = [f for f in lex.entries if f.isalpha() and len(f) >= 3]
    masks = sorted(MASK_CHARS)
    for _ in range(3000):
        f = rnd.choice(forms)
        token = "".join(rnd.choice(masks) if rnd.random() < 0.35 else ch for ch in f)
        if sum(ch in MASK_CHARS for ch in token) and sum(ch.isalpha() for ch in token) >= 2:
            assert lex._mask(token) == brute(token), token


def test_batch_path_sums_character_ngrams_per_word_as_the_matrix_does(scorer):
    from classifiers.charhash import char_logits

    texts = ["idiots and idiotic idiotz", "a", "", "you you you"]
    analyses = scorer.analyse(texts)
    expected = char_logits([a.words for a in analyses], scorer.char_idf, scorer._w_char_heads)
    table = fastpath.WordTable(scorer)
    ids = np.concatenate([table.lookup(w, word_keys([w]), np.array([0]), np.array([len(w)])) for a in analyses
                          for w in a.words] or [np.zeros(0, np.int64)])
    doc = np.repeat(np.arange(len(texts)), [len(a.words) for a in analyses])
    norm = np.sqrt(np.bincount(doc, weights=table.char_b[ids], minlength=len(texts)))
    got = np.column_stack([np.bincount(doc, weights=table.char_a[ids, j], minlength=len(texts))
                           for j in range(len(scorer._char_heads))]) / np.where(norm > 0, norm, 1)[:, None]
    assert np.allclose(got, expected, atol=1e-5)


def test_threads_sharing_one_scorer_get_the_single_thread_scores():
    from concurrent.futures import ThreadPoolExecutor

    texts = _corpus()
    alone = Scorer.load().score(texts, batch_size=32)
    shared = Scorer.load()  # a fresh word table, grown by four threads at once
    with ThreadPoolExecutor(4) as pool:
        parts = list(pool.map(lambda k: shared.score(texts[k::4], batch_size=8), range(4)))
    for k, part in enumerate(parts):
        for a, b in zip(part, alone[k::4]):
            _same(a, b)


def test_spans_of_folded_text_point_into_the_original(scorer):
    for text, word in [("José’s crème brûlée was shit", "shit"), ("Fück off, Zoë", "Fück"), ("ﬁne, you ﬁlthy moron", "moron")]:
        [fast] = scorer.score([text, "x", "y"])[:1]
        assert [text[sp.start:sp.end] for sp in fast.spans if sp.label != "toxic"][-1] == word


def test_needs_care_equals_its_character_walking_definition(lex):
    """needs_care finds each signal's chunk by bisecting the chunk starts; the definition walks out from the
    signal to the nearest white space on each side."""
    from classifiers.lexicon import _strip_edges
    from classifiers.signals import _LEET_MASK_RE, _SPLIT_LETTERS_RE, _TRIPLE_RE, SPACED_RUN_RE

    def reference(s):
        if SPACED_RUN_RE.search(s):
            return True
        hits = [m.start() for rx in (_LEET_MASK_RE, _SPLIT_LETTERS_RE, _TRIPLE_RE) for m in rx.finditer(s)]
        for p in hits:
            a = b = p
            while a > 0 and not s[a - 1].isspace():
                a -= 1
            while b < len(s) and not s[b].isspace():
                b += 1
            a0, (a, b) = a, _strip_edges(s, a, b)
            if a < b and (lex._lookup(s[a:b]) or lex._spelt(s[a:b])):
                return True
            if a0 < a < b and s[a - 1] in "!|¡" and lex._lookup(s[a - 1:b]):  # "!d!ot": the stripped "!" is an i
                return True
        return False

    rnd = random.Random(11)
    pieces = ["sh1t", "f**k", "fuuuck", "s.t.u.p.i.d", "#tbt", "@user", "2nd", "loool", "id10t", "a", "you", " ",
              "\n", "\t", ".", "!", "$", "1", "i", "d", "o", "t", "*", "ass", "#", "http://x.com/a1b2", "f u c k"]
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12))) for _ in range(5000)]
    texts += [t.lower() for t in _corpus()]
    assert [lex.needs_care(t) for t in texts] == [reference(t) for t in texts]
    assert sum(map(reference, texts)) > 500  # both answers occur often


def test_a_last_batch_of_one_or_two_comments_is_scored_like_the_rest(scorer):
    """Scorer.score defers careful comments of every batch to one pass; a trailing batch of one or two plain
    comments still takes the numpy path and must agree with the careful one."""
    texts = (_corpus() * 3)[:514]  # batches of 512 and 2
    for n in (513, 514):
        for a, b in zip(scorer.score(texts[:n], batch_size=512), scorer.score_careful(texts[:n])):
            _same(a, b)
