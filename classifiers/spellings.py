"""Spellings generated ahead of time, for the lexicon's word lists: the symbol-free spelling variants and typos
of strong words added as entries ("fukka", "btich"), the typos of phrase words read as the word ("Mulsims"), strong
words split in two by a space ("fu ck"), and phrase words run together ("hateMuslims").
"""

from __future__ import annotations

from .analysis import Entry


# Generated spellings that are real words, names ("Twatt", Orkney) or harmless slang somewhere.
NOT_VARIANTS = frozenset({"twatt", "pissa", "pissah", "beana", "bugga", "wanka", "coks", "cokz", "cokk", "cokks",
                          "cokkz"})


def with_spellings(listed: list[Entry], keep: set[str]) -> tuple[list[Entry], frozenset[str]]:
    """``listed`` (the lexicon's written forms) plus the spelling variants of its strong words ("fukka", "phuck")
    and their typos ("btich", "niggr"), none of them a word of ``keep`` (English words, other lists' words); and
    the typos among them, which the lexicon matches only as written."""
    entries = list(listed)
    known = {e.form for e in entries}
    for e in listed:
        if e.severity >= 2 and e.category != "insult" and len(e.form) >= 4:
            for v in sorted(spelling_variants(e.form) - known - NOT_VARIANTS):
                entries.append(Entry(v, e.root, e.severity, e.category))
                known.add(v)
    taken = known | NOT_VARIANTS | keep
    typo_forms: set[str] = set()
    for e in listed:
        if e.severity >= 2 and e.category != "abbrev":
            for v in sorted(typo_variants(e.form) - taken):
                entries.append(Entry(v, e.root, e.severity, e.category))
                taken.add(v)
                typo_forms.add(v)
    return entries, frozenset(typo_forms)


def spelling_variants(form: str) -> set[str]:
    """Spellings people use for a strong word without any symbol: "fukka", "phuck", "fvck", "niggah", "cuntz".

    Endings (-er -> -a/-ah/-uh, -ers -> -as/-az/-ahs/-ahz/-uhs/-erz, -s -> -z), consonants (ck -> kk/cc/k,
    f -> ph at the start, u -> v), and one vowel inside the word left out for an apostrophe ("f'ck", "c'nt",
    "b'tch"; an apostrophe between letters keeps the word whole for the tokeniser, so no mask reading sees it).
    These are plain ASCII words, so they are added to the lexicon as forms and cost nothing at match time.
    """
    out: set[str] = set()
    if form.endswith("ers"):
        out |= {form[:-3] + e for e in ("as", "az", "ahs", "ahz", "uhs", "erz")}
    elif form.endswith("er"):
        out |= {form[:-2] + e for e in ("a", "ah", "uh")}
    elif form.endswith("s") and len(form) > 4:
        out.add(form[:-1] + "z")
    for base in [form] + sorted(out):
        if "ck" in base:
            out |= {base.replace("ck", "kk"), base.replace("ck", "cc"), base.replace("ck", "k")}
        if base.startswith("f"):
            out.add("ph" + base[1:])
        if "u" in base:  # "fvck", "cvnt", "slvt"
            out.add(base.replace("u", "v"))
    out |= {form[:k] + "'" + form[k + 1:] for k in range(1, len(form) - 1)  # (not "negro's" of "negroes": a possessive)
            if form[k] in "aeiou" and form[k - 1].isalpha() and form[k + 1].isalpha() and form[k + 1:] != "s"}
    return {v for v in out if len(v) >= 4 and v != form}


def typo_variants(form: str, swap_from: int = 1, min_swap: int = 5, min_drop: int = 6,
                  min_double: int | None = 4) -> set[str]:
    """``form`` one typo away: two neighbouring letters from position ``swap_from`` on swapped (``min_swap`` letters
    or more), one letter inside dropped (``min_drop`` or more), or one letter but the first written twice
    (``min_double`` or more: "fuuck", "shitt", "sluut", "diick"; three of a letter are read as repeats already).
    The defaults are for strong words ("btich", "faggto"; "niggr", "bastrd"), as people mistype them or dodge a
    filter: shorter ones are left, their typos are too often other words or names ("cnut", "psis", and doubled,
    "woop", "cumm"), and so is the first letter.  Phrase words take any swap from four letters and drops from five,
    and no doubled letter (:func:`typos`)."""
    if not form.isalpha():
        return set()
    n = len(form)
    out = {form[:k] + form[k + 1] + form[k] + form[k + 2:] for k in range(swap_from, n - 1)
           if form[k] != form[k + 1]} if n >= min_swap else set()
    if n >= min_drop:
        out |= {form[:k] + form[k + 1:] for k in range(1, n - 1)}
    if min_double is not None and n >= min_double:
        out |= {form[:k] + form[k] + form[k:] for k in range(1, n)
                if form[k - 1:k] != form[k] and form[k + 1:k + 2] != form[k]}
    return out - {form}


# Short words and abbreviations that a space may stand between by right ("co on", "pen is", "who re"): a strong
# word split in two is read as the word only when one of its halves is none of these (nor a lexicon form).
COMMON_SHORT = frozenset("""
    a ad ah am an as at aw ax be bi by co do eh em en er ex go ha he hi ho id if in is it jo la lo ma me mi mo mr ms
    mu my no nu of oh ok on or ow ox pa pi po re so st ta ti to uh um un up us vs we ya ye yo
    bo ch da ed es ge gs ki ns te th wo ers ing ons res che les hee goo min bel dou coo shy hon kik
    ace act add ado aft age ago aid ail aim air ale all and ant any ape apt arc are ark arm art ash ask ate awe awl
    axe aye bad bag ban bar bat bay bed bee beg bet bib bid big bin bit boa bob bog boo bow box boy bra bud bug bum
    bun bus but buy bye cab cad cam can cap car cat cob cod cog con coo cop cot cow coy cry cub cue cup cur cut dab
    dad dam day den dew did die dig dim din dip doe dog don dot dry dub dud due dug dye ear eat ebb eel egg ego elf
    elk elm end era eve ewe eye fad fan far fat fax fed fee few fib fig fin fir fit fix flu fly foe fog for fox fro
    fry fun fur gab gag gal gap gas gel gem get gig gin god got gum gun gut guy gym had hag ham has hat hay hem hen
    her hew hey hid him hip his hit hob hoe hog hop hot how hub hue hug hum hut ice icy ill imp ink inn ion ire irk
    its ivy jab jam jar jaw jay jet jig job jog jot joy jug jut keg key kid kin kit lab lad lag lap law lax lay led
    leg let lid lie lip lit log lot low mad man map mar mat maw may men met mid mix mob mod mom mop mow mud mug mum
    nab nag nap nay net new nib nil nip nit nod nor not now nun nut oak oar oat odd ode off oft oil old one opt orb
    ore our out owe owl own pad pal pan par pat paw pay pea peg pen pep per pet pew pie pig pin pit ply pod pop pot
    pro pry pub pun pup pus put rag ram ran rap rat raw ray red rib rid rig rim rip rob rod roe rot row rub rug rum
    run rut rye sad sag sap sat saw say sea see set sew she shy sin sip sir sis sit six ski sky sly sob sod son sop
    sow soy spa spy sty sub sue sum sun sup tab tad tag tan tap tar tax tea tee ten the thy tic tie tin tip toe ton
    too top tot tow toy try tub tug two urn use van vat vet vex via vie vow wad wag war was wax way web wed wee wet
    who why wig win wit woe wok won woo wow yak yam yap yaw yea yen yes yet yew you zap zed zen zip zoo
""".split())


def split_pairs(entries: dict) -> dict[tuple[str, str], "Entry"]:
    """(left, right) -> entry for each way a strong lexicon word (four letters or more) splits into two halves of
    two letters or more, one of which is a fragment of two or three letters that is no common short word or
    lexicon form: "fu ck", "sh it", "bi tch", "cu nt" (not "pen is", "co on", "as slick", "bulls hit")."""
    out: dict[tuple[str, str], Entry] = {}
    for form, e in entries.items():
        if e.severity < 2 or e.category == "abbrev" or len(form) < 4 or not form.isalpha():
            continue
        for k in range(2, len(form) - 1):
            left, right = form[:k], form[k:]
            if any(len(h) <= 3 and h not in COMMON_SHORT and h not in entries for h in (left, right)):
                out.setdefault((left, right), e)
    return out


# Words that sit next to a group's name or a derogation word in the phrases; a word glued to one of those
# ("I hateMuslims", "Women aredisgusting") is read as the two words (see glued_words).
GLUE_WORDS = frozenset("""
    i you we they he she it all the these those them their are is were was be been being of and to so such
    should must go get just many most every no not more people folks
""".split())


def typos(words, taken, real_words, short=frozenset()) -> dict[str, str]:
    """typo -> word for phrase words of four letters or more with two neighbouring letters swapped ("mulsims" ->
    "muslims", "wmoen" -> "women", "jwes" -> "jews") or, five or more, one letter inside dropped ("muslms", "womn",
    "immigrnts"), and for the three-letter words in ``short`` (groups' names: "gya" -> "gay") a swap too, except the
    spellings in ``taken``, the real words in ``real_words`` ("lairs" is no typo of "liars", nor "backs" of
    "blacks", nor "money" of "monkey") and, of three letters, common short words ("amn" stays as written)."""
    out: dict[str, str] = {}
    for w in sorted(words):
        min_swap = 3 if w in short else 4
        for v in typo_variants(w, swap_from=0, min_swap=min_swap, min_drop=5, min_double=None):
            if v not in taken and v not in real_words and v not in COMMON_SHORT:
                out.setdefault(v, w)
    return out


def glued_words(word: str, phrase_words, pivots, real_words) -> tuple[str, ...] | None:
    """The words a word of five letters or more is made of when it is two or three words with the spaces between
    them left out, one of them a group's name or a derogation word (``pivots``) and the others phrase words or
    GLUE_WORDS: "hatemuslims" -> ("hate", "muslims"), "aredisgusting" -> ("are", "disgusting"), "ihatemuslims" ->
    ("i", "hate", "muslims"), "killallmuslims" -> ("kill", "all", "muslims").  Real words ("blackout",
    "somalian", "therapist") are in ``real_words`` and stay whole.  Two words are preferred to three."""
    if len(word) < 5 or not word.isalpha() or word in real_words:
        return None
    for k in range(1, len(word)):
        left, right = word[:k], word[k:]
        if (left in pivots and (right in phrase_words or right in GLUE_WORDS)) or \
                (right in pivots and (left in phrase_words or left in GLUE_WORDS)):
            return left, right
    if len(word) < 7:
        return None
    for k in range(1, len(word) - 3):
        left = word[:k]
        if (left not in phrase_words and left not in GLUE_WORDS) or (k == 1 and left != "i"):
            continue
        for j in range(k + 2, len(word) - 1):  # no one-letter word but a first "i"
            mid, right = word[k:j], word[j:]
            if (mid in phrase_words or mid in GLUE_WORDS) and (right in phrase_words or right in GLUE_WORDS) and \
                    (left in pivots or mid in pivots or right in pivots):
                return left, mid, right
    return None
