"""Functional probe of hate-speech handling, per function (in the manner of HateCheck, Röttger et al. 2021):
how often each kind of sentence reaches 0.5 on toxicity and identity_attack.

    .venv/bin/python bench/functional_probe.py [-v]

The sentences were written for this project, in the categories HateCheck names (derogation, threats, slurs,
negation, counter-speech, spelling variants...), and were used while writing the phrases of
classifiers/derogation.py and classifiers/data/threats.txt: they are a development set, not a held-out one
(the held-out functional sets are fixtures/eval/functional*.tsv).  Functions ending in ``_h`` are hateful
(higher is better); ``_nh`` are not hateful (lower is better; some still deserve a toxicity flag, such as
swearing or abuse of a person, noted ``tox``).  ``-v`` prints every sentence's scores.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GROUPS = [("women", "woman"), ("Muslims", "Muslim"), ("trans people", "trans person"), ("gay people", "gay person"),
          ("black people", "black person"), ("immigrants", "immigrant"), ("disabled people", "disabled person"),
          ("Jews", "Jew")]
FUNCTIONS = {
    "neg_emote_h": ["I hate {g}.", "I despise {g} so much.", "{G} disgust me."],
    "neg_attrib_h": ["{G} are disgusting.", "All {g} are so stupid.", "{G} are such a pathetic bunch."],
    "dehumanise_h": ["{G} are scum.", "{G} are vermin.", "{G} are nothing but rats."],
    "implicit_h": ["{G} belong in a zoo.", "I'd rather die than live next to {g}.", "{G} should stay in the kitchen."],
    "threat_direct_h": ["I am going to shoot the next {g1} I see.", "I will kill any {g1} who comes near me.",
                        "We will hunt down every one of these {g}."],
    "threat_normative_h": ["We should get rid of {g} once and for all.", "{G} should all be killed.",
                           "The world would be better without {g}."],
    "slur_h": ["You are just a faggot to me.", "Shut up, you dirty kike.", "Go back home, nigger.",
               "No tranny will ever be a real woman."],
    "profanity_h": ["Fuck all {g}.", "{G} are fucking useless.", "I can't stand these shitty {g}."],
    "profanity_nh_tox": ["Fuck yeah, what a day!", "Holy shit, that was close.", "This traffic is fucking ridiculous."],
    "reference_h": ["I have met many {g} and I hate every single one of them.",
                    "Of course they are stupid. They are just {g}."],
    "negated_positive_h": ["{G} do not deserve any respect.", "{G} are not human.", "{G1} lives do not matter."],
    "negated_negative_nh": ["No {g1} deserves to die.", "{G} are not disgusting.", "I don't hate {g}."],
    "question_h": ["Why is it that all {g} are repulsive?", "Why are {g} so stupid?"],
    "opinion_h": ["I think that {g} should all be killed.", "In my opinion, {g} are a plague."],
    "identity_neutral_nh": ["We are a group of {g}.", "Many {g} live in this area.", "I am one of the {g} in this town."],
    "identity_positive_nh": ["I love {g}.", "{G} are wonderful people.", "We should celebrate {g} more."],
    "counter_quote_nh": ["\"{G} are disgusting\" is a hateful thing to say.",
                         "If you say '{g} are scum', you are the problem."],
    "counter_reference_nh": ["You have to stop calling {g} disgusting.", "Saying {g} are vermin is just hate."],
    "abuse_object_nh": ["I really can't stand cauliflower.", "This phone is pathetic garbage.", "Mondays disgust me."],
    "abuse_person_nh_tox": ["You are a complete idiot.", "You're a pathetic loser.", "Shut up, moron."],
    "abuse_group_nh": ["Artists are parasites to our society.", "Politicians are all liars and thieves.",
                       "Lawyers are scum."],
    "spell_swap_h": ["I hate Mulsims.", "Wmoen are disgusting.", "Imimgrants are vermin."],
    "spell_delete_h": ["I hate Muslms.", "Womn are disgusting.", "Immigrnts are vermin."],
    "spell_space_delete_h": ["I hateMuslims.", "Women aredisgusting.", "Immigrants arevermin."],
    "spell_space_add_h": ["I hate M u s l i m s.", "Women are d i s g u s t i n g.", "Immigrants are v e r m i n."],
    "spell_leet_h": ["I h4te Muslims.", "W0men are d1sgusting.", "Immigrants are v3rmin."],
}


def sentences(templates: list[str]) -> list[str]:
    out = set()
    for t in templates:
        for g, g1 in GROUPS:
            out.add(t.format(g=g, G=g[0].upper() + g[1:], g1=g1, G1=g1[0].upper() + g1[1:]))
    return sorted(out)


def main() -> None:
    from classifiers.model import Scorer

    scorer = Scorer.load()
    verbose = "-v" in sys.argv
    print(f"{'function':<24}{'n':>4}{'toxicity>=.5':>14}{'identity_attack>=.5':>21}")
    for name, templates in FUNCTIONS.items():
        texts = sentences(templates)
        results = scorer.score(texts)
        tox = sum(r.scores["toxicity"] >= 0.5 for r in results) / len(texts)
        ia = sum(r.scores["identity_attack"] >= 0.5 for r in results) / len(texts)
        print(f"{name:<24}{len(texts):>4}{tox:>14.2f}{ia:>21.2f}")
        if verbose:
            for t, r in zip(texts, results):
                print(f"    {r.scores['toxicity']:.2f} {r.scores['identity_attack']:.2f}  {t}")


if __name__ == "__main__":
    main()
