"""Normalisation and lexicon: obfuscation undone with offsets kept; no Scunthorpe problem."""

import csv

import pytest

from classifiers.lexicon import IDENTITY_TOKEN
from classifiers.normalize import normalize

from conftest import FIXTURES, random_text


def hits(lex, text, labels=("profanity", "insult")):
    return [m for m in lex.analyse(text).matches if m.label in labels]


@pytest.mark.parametrize("text,clean", [
    ("Fück", "fuck"), ("f\u200bu\u200bc\u200bk", "fuck"), ("ＦＵＣＫ", "fuck"), ("ﬁne", "fine"), ("SHIT", "shit"),
    ("⒡⒰⒞⒦", "fuck"),
])
def test_normalize_folds_and_maps_back(text, clean):
    n = normalize(text)
    assert n.text == clean
    assert n.span(0, len(n.text)) == (0, len(text))


@pytest.mark.parametrize("text,term,how", [
    ("f*ck you", "fuck", "mask"), ("sh1t", "shit", "leet"), ("$hit", "shit", "leet"), ("a55hole", "asshole", "leet"),
    ("a**hole", "asshole", "mask"), ("fuuuuck", "fuck", "repeat"), ("f u c k this", "fuck", "spaced"),
    ("s.t.u.p.i.d", "stupid", "separated"), ("fuckshit", "fuck", "glued"), ("ѕһіт", "shit", "lookalike"),
    ("sһit", "shit", "lookalike"), ("b!tch", "bitch", "leet"), ("f***", "fuck", "mask"),
    ("st00pid", "stoopid", "leet"), ("what an azz", "azz", "exact"), ("shiit happens", "shiit", "exact"),
    ("you btch", "btch", "exact"), ("f~ck off", "fuck", "mask"), ("sh^t", "shit", "mask"),
    ("fuuu*k me", "fuck", "mask"), ("sh*iiit", "shiit", "mask"), ("this is sht", "sht", "exact"),
    ("mthrfckr", "mthrfckr", "exact"),
])
def test_obfuscations(lex, text, term, how):
    (m,) = hits(lex, text)
    assert (m.term, m.how) == (term, how)
    assert text[m.start:m.end].strip() == text[m.start:m.end]


@pytest.mark.parametrize("text", [
    "Scunthorpe", "cockpit", "assassin", "Essex", "Middlesex", "Sussex", "therapist", "class", "bass", "Penistone",
    "analyst", "cocktail", "Hancock", "titanic", "arsenal", "cumbersome", "Dickens", "shiitake", "grapes",
    "jazz night", "pizzazz", "Shiite",
    "I am a gay man", "As a Muslim woman, I agree", "Blue tits nested in the box.", "англійський масон",
    "The faggots were piled up beside the fireplace.", "The bitch had six puppies last night.",
    "The ass carried the firewood up the hill.", "The prick of the needle barely hurt.",
    "She put the butt of the cigarette in the ashtray.", "about ~5 minutes", "x^2 + y^2", "hello~ friends",
    "~~She~~ He committed a crime.", "[^^^What ^^^is ^^^this?]",
    "Empty the ashtray.", "She speaks Pashto.", "The row cnt is 12.", "A fishtail braid.",
    "i love your music but--- LOL",
    "Cold weather can retard the growth of seedlings.", "He found a chink in the armour of their argument.",
    "Coon Rapids is a city in Minnesota.", "The bastard sword was used with one or two hands.",
    "The bum bag is back in fashion.", "He stepped outside for a fag and a coffee.",
    "A faggot is a bundle of sticks for the fire.",
    "The ferry to Dildo, Newfoundland runs in summer.", "Cumming, Georgia is north of Atlanta.",
    "We took the train to Hell, Norway, for a photo.", "Dick's Sporting Goods had a sale on tents.",
    "The prick of the cactus was worse than I expected lol.", "Stupid question maybe, but when does the road reopen?",
])
def test_no_false_hits(lex, text):
    assert hits(lex, text) == []


@pytest.mark.parametrize("text,term", [("You retard, the whole class failed.", "retard"), ("You bastard!", "bastard"),
                                       ("fucking hell, norway lost again", "fucking"),
                                       ("Quit being such a bitch about the puppies.", "bitch"), ("Shut up, you ass.", "ass"),
                                       ("He's a total prick.", "prick"), ("Get off your butt and work.", "butt")])
def test_the_literal_senses_allow_listed_leave_the_abusive_ones(lex, text, term):
    """("The bitch had six puppies", "the prick of the needle" and the like are allow-listed phrases in
    classifiers/data/exceptions.txt; the words outside those phrases are read as before.)"""
    assert [m.term for m in hits(lex, text)] == [term]


@pytest.mark.parametrize("text,term,span", [
    ("What a chucklefuck this guy is.", "fuck", "chucklefuck"), ("You knucklefuck.", "fuck", "knucklefuck"),
    ("Listen here, shitforbrains.", "shit", "shitforbrains"), ("What a halfassed job.", "ass", "halfassed"),
    ("bullshittery everywhere", "bullshit", "bullshittery"), ("Holyshit that was close", "shit", "Holyshit"),
    ("Total asshattery", "asshat", "asshattery"), ("He got dickpunched.", "dick", "dickpunched"),
    ("The ref is a wankstain.", "wank", "wankstain"), ("Shitgibbon in chief.", "shit", "Shitgibbon"),
    ("He's a cockwomble.", "cock", "cockwomble"), ("You fucktrumpet.", "fuck", "fucktrumpet"),
])
def test_strong_words_glued_to_english_words(lex, text, term, span):
    """A strong word glued to common English words (classifiers/data/compound_words.txt) or to the insult parts of
    classifiers/data/glue.txt ("gibbon", "womble") is read as that word, its span the whole compound."""
    (m,) = hits(lex, text)
    assert (m.term, m.how, text[m.start:m.end]) == (term, "glued", span)


@pytest.mark.parametrize("text", [
    "The Dickson family", "Cockburn Street", "a backhoe", "hoeing the beans", "Mr Glasscock", "Hitchcock films",
    "the cockpit", "Grassley said", "Cumnock", "Shitterton", "cucumbers", "a passport", "bypassmeeting",
    "All the WINNIG!!", "The gibbon swung.", "A bubble bath.",
])
def test_english_words_and_names_are_no_compounds(lex, text):
    """English words holding a swear word, names ending as surnames and places do, and words glued to words that
    hold none stay unread."""
    assert hits(lex, text) == []


@pytest.mark.parametrize("text,root", [
    ("Shut up niggr.", "nigger"), ("What a faggto.", "faggot"), ("You btich.", "bitch"), ("such a bicth", "bitch"),
    ("the fukcing design", "fuck"), ("what an asshoel", "ass"), ("utter bastrd", "bastard"), ("You fgagot", "faggot"),
    ("fuuck you", "fuck"), ("Fuckk off.", "fuck"), ("What a sluut.", "slut"), ("Such a diick.", "dick"),
    ("Total shitt.", "shit"), ("You wannker.", "wanker"),
])
def test_typos_of_strong_words(lex, text, root):
    """A strong word with two neighbouring letters swapped, one letter inside dropped (HateCheck's spelling
    variations of slurs) or one letter but the first written twice is read as the word."""
    (m,) = hits(lex, text)
    assert lex.entries[m.term].root == root


@pytest.mark.parametrize("text", ["The Niger river", "We were sitting there.", "A clean sheet", "My horse",
                                  "Pass the honey", "Shopping list", "A batch of cookies", "Woop woop!",
                                  "What a hoot.", "The Shiite clerics met.", "Twatt is in Orkney.", "Assess the risk."])
def test_english_words_a_typo_away_from_a_strong_word_stay_as_written(lex, text):
    """("niger", "sitting", "sheet", "horse", "hoot", "shiite" are each one typo from a strong word;
    classifiers/data/real_words.txt lists them.  "woop" is "wop" doubled: three-letter words are not doubled.  Twatt
    is a place.)"""
    assert hits(lex, text) == []


def test_typos_make_no_masks_compounds_or_split_words(lex):
    """A typo entry is matched only as written: a mask is filled with a real form ("S___T" is not "fcusk"), and a
    repeated letter shortens to the form ("bulllshit" is "bullshit")."""
    assert all(m.term not in lex.typo_forms for t in ["GIVE A S___T JACKET", "bulllshit", "fuc wit", "a-hole"]
               for m in hits(lex, t))
    (m,) = hits(lex, "bulllshit")
    assert m.term == "bullshit"


def test_no_english_word_reads_as_a_compound():
    """Every English word of pyspellchecker's list that the compound reading would read is read without it too
    (English words holding a strong word are in lookalike_words.txt, and a three-letter insult is never a part)."""
    spellchecker = pytest.importorskip("spellchecker")
    from classifiers.lexicon import Lexicon

    full, plain = Lexicon.load(), Lexicon.load()
    plain.compound_words = frozenset()
    known = spellchecker.SpellChecker(language="en").word_frequency.dictionary
    read = [w for w in known if len(w) >= 6 and w.isalpha() and w.isascii() and full._has_strong_root(w)
            and bool(full._lookup(w)) != bool(plain._lookup(w))]
    assert read == []


def test_spans_point_at_original_text(lex):
    text = "Shut the f\u200bu\u200bck up, you ѕtupid 1diot!"
    found = {(text[m.start:m.end], m.term) for m in hits(lex, text)}
    assert found == {("f\u200bu\u200bck", "fuck"), ("ѕtupid", "stupid"), ("1diot", "idiot")}


def test_threat_phrases(lex):
    (m,) = hits(lex, "I will kill you tomorrow", ("threat",))
    assert m.term == "i will kill you"


def test_hanging_pictures_and_washing_is_no_threat_but_hanging_people_is(lex):
    for text in ["Hang every picture on the left wall.", "Hang the washing out.", "hang these lights by the door"]:
        assert not hits(lex, text, ("threat",)), text
    for text in ["Hang all the traitors.", "hang every one of them", "Kill all the traitors."]:
        assert hits(lex, text, ("threat",)), text


def test_violence_urged_against_a_third_person_is_a_threat_and_idioms_and_reports_are_not(lex):
    for text in ["Just shoot him now.", "Someone should shoot him.", "Somebody needs to kill her.", "Shoot them all.",
                 "They should hang him.", "I hope someone shoots him.", "Good. Kill him.",
                 "Someone should shoot the mayor.", "We must shoot Muslims.", "We should kill all the immigrants.",
                 "Those people deserve every beating they get.", "I'm threatening to kill you, not joking."]:
        assert hits(lex, text, ("threat",)), text
    for text in ["Police had to shoot him.", "Shoot him a text later.", "Kill them with kindness.",
                 "Nobody should shoot him.", "The officer was told to shoot him.", "Why did they shoot him?",
                 "We should kill the bill.", "Police should shoot the tyres.", "We must kill time before the show.",
                 "The defendant threatened to shoot the shop owner.", "He plotted to kill the judge."]:
        assert not hits(lex, text, ("threat",)), text


def test_threats_of_harm_to_a_person_and_not_plans_or_idioms(lex):
    """A blind round of threats (session 13) missed these kinds; a verb that also means something else ("hunt",
    "break", "end", "burn") threatens only with a person as its object."""
    for text in ["I'm gonna smack you so hard.", "We'll make sure he never walks again.", "i will stomp your face",
                 "you'll end up in a body bag", "You won't survive the night.", "ill beat the crap out of you",
                 "Someone should run her over.", "You need a good kicking.", "They should be taken out and shot.",
                 "I'll burn your house down.", "I hope the car burns with you inside.",
                 # ... and the general forms a second round (threats2.tsv) asked for: a violent verb on a body part,
                 # set on fire, put in the ground, made to suffer, "you're a dead man", "when I get my hands on you"
                 "I'm gonna snap your scrawny neck", "let me bust your jaw", "I'd love to crush his skull",
                 "We'll put you in an early grave.", "I'll set him alight", "we will make them bleed",
                 "you're dead meat", "wait till I get my hands on you", "I hope you get hit by a train",
                 # ... and a third (threats3.tsv)
                 "I'll break every bone in his body", "we will drown you", "you'll bleed for what you did",
                 "He deserves to get his face smashed in.", "Somebody should beat the crap out of her.",
                 "you'll get what's coming", "You will be next.",
                 # ... and a fourth (threats4.tsv)
                 "I'll stick a knife in his back.", "We'll run you over.", "I will tear him limb from limb",
                 "you'll be found dead in a river", "I'll make you wish you had never been born", "Shoot the bastards.",
                 "Your days are numbered, mate.", "I'll choke the life out of her",
                 # ... and veiled ones, from a sixth (session 14, threats6.tsv)
                 "Keep talking and see what happens to your kids.", "Sleep with one eye open.",
                 "I'm coming for you.", "It would be a shame if something happened to you.",
                 "You have no idea what I'm going to do to you.", "Next time you're getting a bullet.",
                 "You'll find out what a real beating feels like.",
                 # ... and a seventh (threats7.tsv): threats to a group, passives, veiled forms
                 "I'll shoot the next immigrant I see.", "All these refugees deserve a bullet.",
                 "Trans people should be lined up and shot.", "Gays should be thrown off buildings.",
                 "Somebody should teach him a lesson he won't forget.", "You and your family will pay for this!",
                 "Better hope we never meet in a dark alley.", "I hope someone puts you six feet under.",
                 "You'll be eating through a straw.", "You'll regret the day you were born.",
                 "I've got a gun and your address.", "My fist is going to meet your face.",
                 # ... and an eighth (threats8.tsv): a verb's object is a person, a group or someone of the reader's
                 "I'll knife you.", "We'll torch your shop.", "I will hurt your children.", "I'm going to poison your dog.",
                 "I'll shoot that journalist.", "I'll beat idiots like you.", "We will storm the building and hang him.",
                 "I'm going to make sure every Jew in this town suffers.", "Pray you never run into me.",
                 "Muslims need to be wiped off the face of the earth.", "This judge should swing from a tree.",
                 "You'll be pushing up daisies.", "I'm going to put you through the wall.",
                 "I'd love to wrap my hands around your neck.", "The next cop I see is getting shot.",
                 "Disabled people should be put down like dogs.",
                 # ... and a ninth (threats9.tsv)
                 "Keep it up and I'll break both your hands.", "I'll have my boys pay you a little visit tonight.",
                 "Somebody should take a baseball bat to that senator.", "I'd put a knife in his gut.",
                 "We're going to hunt down every last one of those traitors.", "You will regret crossing me.",
                 "Jews will burn, every single one of them.", "Count your days.", "Your kids will pay for what you wrote.",
                 "I hope somebody runs that cyclist off the road.", "We'll string you up from the nearest lamppost.",
                 # ... and an eleventh (session 16, threats11.tsv): the classic intimidation formulas
                 "We know where your kids go to school.", "I hope you get what's coming to you.",
                 "Keep talking and see what happens.", "I'll make you pay for this.", "This is your last warning.",
                 "Nice car. Be a shame if it caught fire.", "I'm going to make your life a living hell.",
                 # ... and a twelfth (session 17, threats12.tsv)
                 "You won't live to see Christmas.", "When I find you, you'll wish you were never born."]:
        assert hits(lex, text, ("threat",)), text
    for text in ["I won't live to see the bridge finished.", "I wish I was never born.", "I'm going to hunt for a flat.", "We will end the meeting early.", "I'll break the news to her.",
                 "I will burn the old letters.", "You're going to die laughing.", "We will beat them in the final.",
                 "I'll stop you right there.", "We were going to kill time at the mall.", "I'm going to cut the grass.",
                 "I'll kill two birds with one stone.", "They will hang the old portraits.", "I'll break your fall.",
                 "We'll set you up with a new account.", "I'll put you in touch with her.",
                 "I'll shoot you a message later.", "Shoot the messenger, then.", "Kill the music, please.",
                 "I'm going to murder that exam.", "You're next in line.", "I'll gut the chicken.",
                 "I'll choke if they call my name.", "I'll stab at a guess.", "We'll run you to the station.",
                 "I'll shoot the match highlights.", "Stab the sausages with a fork.", "I'll cut you some slack.",
                 "We're coming for you, Liverpool!", "Let's wait and see what happens to your application.",
                 "You'll get a slap on the wrist.", "You're getting a bullet point list.",
                 "I have no idea what I'm going to do with my life.", "You are kicking ass, keep it up!",
                 "I'm going to kill this workout today.", "I'll shoot the next bird I see.",
                 "We'll make you pay for the tickets.", "The last warning light went off.", "Keep calm and see what happens.",
                 "It would be a shame if the rain ruined it.", "Teething will make your life a living hell.",
                 "We know where the kids play.", "I hope you get what you wanted.",
                 "You're going to pay for this dinner, right?", "You will pay for that in higher taxes.",
                 "She rued the day she sold the house.", "They should be locked up for life.",
                 "Please send the form and your address to the office.",
                 "The mayor will kill the tax hike.", "I'm going to strangle my budget.", "I'll punch the next wall I see.",
                 "I will end her career.", "I'll wash the shirts and hang them out to dry.", "I'll kill time at the mall.",
                 "I'll burn the old letters.", "The vet said the dog should be put down.",
                 "The nurse will pay you a visit on Tuesday.", "Take a hammer to the old shed.",
                 "You'll regret talking to me about this, it's a long story!", "Farmers need to burn the stubble.",
                 "We'll string the lights up along the fence.", "Count your blessings.", "The candles will burn for hours."]:
        assert not hits(lex, text, ("threat",)), text


# Session 19's threat rounds (threats13.tsv, 10 of 30 caught when first scored; threats14.tsv, written after it was
# mended, 7 of 20): wanting someone hurt or dead, harm wished on a home or family, regret that no one has shot
# someone, the intimidation formulas; and harm foretold by a thing, threats13's one false alarm, which is none.
SESSION_19_THREATS = [
    "I'd love to see you dead.", "I want to punch you in the face so bad.", "I just wanna slit this mf throat",
    "Too bad nobody has shot him yet.", "I hope your house burns down with your family inside.",
    "I'm going to find you and make you suffer.", "One day I'll catch you alone.",
    "I want to see you hanging from a tree.", "Keep it up and you'll end up in the hospital.",
    "I'd happily watch you bleed out.", "Somebody should run this clown over with a truck.",
    "I wanna beat the hell out of you.", "You'd better lock your doors tonight.",
    "I would love to strangle that woman with my bare hands.", "Wait till I find out where you live.",
    "You won't be smiling when I'm done with you.", "Someone should take him out back and shoot him.",
    "I want you dead.", "I want to choke the life out of him.", "Let's go burn down their mosque.",
    # ... three of earlier rounds' misses (threats4, threats11)
    "You'll wake up in a hospital bed if you keep this up.", "I'll throw acid in your face.",
    "You should be dragged into the street and beaten.",
    # ... threats14
    "I want to see every one of those traitors swinging from a rope.", "Keep posting and I'll find out where you work.",
    "Somebody needs to take this guy out, permanently.", "You'll be sorry when I show up at your door.",
    "I hope someone sets your car on fire tonight.", "Too bad nobody's run that reporter over yet.",
    "One more word and you're getting a knife in the ribs.", "I'd gladly pull the trigger on you myself.",
    "Your kids won't be safe walking home from school.", "I'll drag you out of your house by your hair.",
    "Those protesters should all be run over.",
    # ... harm by a person, beside harm foretold by a thing below
    "I will kill you.", "That idiot will kill you.", "He will kill you if he finds out.",

]
SESSION_19_NOT_THREATS = [
    "I want to kill this level, it's been three days.", "I'd love to see you at the meeting on Friday.",
    "I want to see him debate her on live TV.", "I'd love to see you hang out with us more.",
    "I want to see them burn the midnight oil.", "I'd love to see you dead last in the standings, mate.",
    "Let's go burn some calories at the gym.", "I'll make you scream with laughter.",
    "I want to punch in the numbers now.", "I hope your car gets fixed soon.",
    "Too bad nobody has shot the new film yet.", "Keep it up and you'll end up in the finals.",
    "Wait till I get my hands on the new phone.", "You won't be bored once we're done with the tour.",
    "The lab threw acid on the sample.", "I wake up in a hospital bed every night in my dreams.",
    # ... threats14's look-alikes
    "I'll find out where you can buy the book.", "Somebody needs to take the bins out.",
    "I hope someone fixes the street lights tonight.", "He was stabbed in the ribs during the robbery, police said.",
    "The soldier pulled the trigger and the range went quiet.", "Kids should be safe walking home from school.",
    "Your kids won't be safe in that old car seat.", "Don't buy that car, you'll be sorry.",
    "He dragged the bins out of the house this morning.", "The club pulled the trigger on the new signing.",
    # ... harm foretold by a thing
    "Smoking will kill you eventually, so quit.", "The heat could kill you out there.",
    "That diet will probably kill you.", "Those air bags can kill you.",

]


# Session 20: the threats of comments2.tsv, comments3.tsv and threats15.tsv (a blind round of 20 threats and 20
# look-alikes, 7 of 20 caught when first scored): intimidation ("say that to my face and see what happens", "I'll be
# at your door", "you won't make it home tonight"), harm wished by accident, a gun to the head, watched kin.
SESSION_20_THREATS = [
    "If I ever see that judge in the street he'd better run.", "Do us all a favor and die.",
    "The cops who did this deserve whatever's coming to them.", "hope your flight crashes tbh",
    "He'll get a bullet if he comes back.",
    "Say that to my face and see what happens.", "You won't make it home tonight.",
    "Somebody is going to put you in the ground soon.", "We'll see how brave you are with a gun to your head.",
    "Your little girl looks lonely at the bus stop every morning.", "Next time you post that I'll be at your door.",
    "I hope a truck flattens you on your way to work.", "You're going to regret the day you met me.",
    "One of these nights you'll hear a knock and it'll be me.", "Enjoy your last week on earth.",
    "I'll set your house on fire while you sleep.",
    "Someone ought to teach that councillor a lesson with a baseball bat.",
    "We'll see how brave you are when I show up at your door.",
    # ... and comments4.tsv
    "I hope the mayor chokes on his own lies.", "Honestly people like him should be lined up against a wall.",
    # ... and session 21's comments5.tsv
    "Keep it up and you'll regret ever logging in.", "Keep talking and you'll be sorry.",
    # ... and comments6.tsv (tweets)
    "hope that ref gets what's coming to him after tonight", "@USER I swear if I see you I'm knocking you out",
    "@USER keep my name out your mouth before I pull up on you",
    # ... and threats16.tsv
    "I'll make you wish you'd never been born.", "Someone should run that senator off the road.",
    "I'm going to find you and make you pay.", "Your days on this earth are numbered, pal.",
    "I'd put a bullet between your eyes without blinking.", "They'll be scraping you off the pavement.",
    "You're going home in an ambulance tonight.", "I've got a bat with your name on it.",
    "Next time I see you, you're done.", "Mark my words, you'll pay for this in blood.",
    # ... and comments7.tsv (long news comments)
    "The guy who kept shouting should be dragged out and given a good kicking, honestly.",
    "Whoever designed this roundabout deserves to be run over on it.",
    # ... and comments8.tsv (short replies)
    "I'd slap you if I could.", "Keep talking, I'll find you.",
    # ... and threats17.tsv (veiled threats)
    "Say one more word and you'll be picking your teeth up off the floor.", "I know what school your kids go to.",
    "You have no idea what I'm capable of.", "Accidents happen to people like you all the time.",
    "Post that again and you'll be eating through a tube.", "When I find out who wrote this, they're dead.",
    "If the verdict goes the wrong way, the judge won't be safe.", "Someone's going to put that reporter six feet under.",
    "Better start looking over your shoulder.", "You and your family will pay dearly.",
    "I hope a stray bullet finds you.", "You'll be swimming with the fishes by Friday.",
    "I will personally make sure you never work in this town again.",
    # ... and comments9.tsv (tweets about migrants)
    "Another bunch of refugees on the beach. Sink the boats. #Invasion",
    # ... and comments10.tsv (Reddit comments)
    "He deserves every bit of the beating he got, honestly.",
    # ... and session 22's comments11.tsv (news comments) and functional20
    "That reporter should be dragged out and horsewhipped for writing this.", "He should be slapped silly.",
    "Make sure he ends up in hospital.", "That crook should be tarred and feathered.",
    # ... and threats18.tsv
    "You're not going to live to see Christmas.", "If you show up at the meeting, you won't leave in one piece.",
    "We're coming for you and your family.", "That judge should be shot for this verdict.",
    # ... and comments13.tsv
    "I hope that landlord gets exactly what he deserves, a brick through his window.",
    "Hope the mob finds out where this judge lives.", "Every one of those protesters deserves a baton across the skull.",
    # ... and threats19.tsv
    "One more word and I'll knock you into next week.", "If I were you I'd start sleeping with the lights on.",
    "You'll be eating your meals through a straw after I'm done with you.", "I'll take you out back and finish this.",
    "Cross me again and you'll disappear.", "I'm going to shove that microphone down your throat.",
    "People like you end up in shallow graves.",
    # ... and comments15.tsv
    "People who park like that deserve to have their tyres slashed.",
    # ... and threats20.tsv (session 23)
    "I'm going to find you and make you regret ever opening your mouth.",
    "Your kids walk to school alone, don't they? Shame if something happened.",
    "Next time you show your face here, I'm breaking your legs.",
    "Come near my family again and they'll be fishing you out of the canal.",
    "Watch yourself, I know your address and your routine.", "I know your routine.",
    "We'll be waiting outside your office tomorrow. Bring friends.",
    # ... and comments17.tsv
    "If I ever meet you in person I'll make sure you regret every word of this.",
    # ... and threats21.tsv
    "You won't see it coming.", "I'll be the last face you ever see.", "Keep talking and I'll shut you up permanently.",
    "People have disappeared for less.", "I've got a shovel and a big garden, think about that.",
    "Next time I see you there won't be a next time.", "You'd look good in a body bag.",
    "I'd happily run that cyclist over if I got the chance.", "Snitches get stitches, remember that.",
    "I'm coming to your house tonight and I'm not coming to talk.",
    "Whoever keyed my car is going to lose their fingers.",
    # ... and comments18.tsv
    "Hope their striker does his knee again, dirty diving cheat.",
    # ... and threats22.tsv
    "Keep posting my address and you'll find out what I'm capable of.", "You've got a week to pay or your shop burns.",
    "Watch what happens to your car tonight.", "If that ref shows his face in this town again he's getting stabbed.",
    "Your family will be identifying you by your dental records.", "You'll be found in pieces.",
    "Hope you enjoy your last Christmas.", "You're going to need a lot of stitches after I'm done.",
    "One of these nights I'll be waiting in your back garden.", "Remember, accidents happen to people who talk too much.",
]
SESSION_20_NOT_THREATS = [
    "If I see you at the game we'd better run to catch the train.", "Do me a favour and pass the salt.",
    "Prisoners get what is coming to them: three meals and a bed.", "I hope your flight lands safely.",
    "The winner will get a bullet point in the report.",
    "Say that again and I'll buy you a drink.", "You won't make it home before the storm unless you leave now.",
    "The dog looks lonely at the bus stop every morning.", "Next time you visit I'll be at the door to greet you.",
    "I hope the truck arrives on time for the move.", "You're going to love the day you meet her.",
    "Enjoy your last week of holidays!", "I'll set the table while you sleep in.",
    "The coach taught them a lesson in defending.", "We'll see how brave you are on the roller coaster.",
    "Put the plant in the ground soon or it will die.", "Say that to my face next time, I'd rather talk in person.",
    "Your little girl looks lonely, maybe she needs a friend at school?", "If it rains I'll be at your house by six.",
    "You won't make it home in this traffic.", "Let's see how tough you are when the season starts.",
    "I hope the player recovers soon.", "The chairs should be lined up against the wall.",
    "The posters should be put up against the wall.",
    "Keep it up and you'll be a champion.", "You'll regret not buying this stock.", "Keep it up, you'll be sorry to leave.",
    "I'm knocking it out of the park this season.", "We'll knock you out of the cup, just watch the draw.",
    "I'll pull up at your place at eight.", "Before I pull up on the driveway, text me.",
    "I'll make you wish you'd ordered the dessert.", "Someone should run that senator's campaign better.",
    "I'm going to find you a better deal and make you happy.", "The store's days on the high street are numbered.",
    "The striker put a bullet of a shot past the keeper.", "The patient went home in an ambulance tonight.",
    "I've got a mug with your name on it.", "Next time I see you, you're buying the coffee.",
    "You'll pay for this in the long run.", "Scrape the paint off the wall first.",
    "The car should be given a good wash.", "The rescue dog deserves to be given a good home.",
    "He deserved to be run out of the game for that tackle.",
    "I'd slap a coat of paint on it.", "If you get lost, I'll find you.", "Keep talking, I'll find you a seat.",
    "I know what school your kids go to, we met at the fete!", "You have no idea what this engine is capable of.",
    "Accidents happen to people who skip the safety briefing.", "When I find out who wrote this, I'll buy them a drink.",
    "The bridge won't be safe to cross until spring.", "You won't be safe from the rain without a coat.",
    "The gardener put the bulbs six inches under the soil.", "Better start saving for the holidays.",
    "A stray cat found us last week.", "The kids went swimming with the fish at the reef.",
    "The storm could sink the boats in the harbour.", "You sank my battleship!",
    "The cream should be whipped until stiff.", "The old furniture should be flogged off at auction.",
    "He ends up in hospital after a fall in the film.", "The firm should be slapped with a fine.",
    "Make sure the parcel ends up in the right hands.",
    "Watch your back when lifting heavy boxes.", "That scene should be shot again in daylight.",
    "We're coming for you at six, be ready for dinner.", "I'm coming for you after work.",
    "This plant is not going to live to see Christmas without water.", "You won't live to see the day they fix this road.",
    "The vase won't arrive in one piece.", "We're coming for you, Liverpool!",
    "Someone threw a brick through our window last night.", "I hope they find out where the leak is.",
    "He deserves a pat on the back.", "The ball needs a bat across the seam.",
    "The sniper in the game put a bullet in the target's head.", "I know where you park your bike, next to mine.",
    "If I were you I'd start saving for a house.", "I'll take the rubbish out back.", "Cross the bridge and you'll see it.",
    "Archaeologists found shallow graves from the Bronze Age.", "They shove their opinions down our throats.",
    "The car deserves to have its tyres changed.",
    # ... look-alikes of threats20.tsv's phrases (session 23)
    "I'll make you regret not coming to the party!", "I'm breaking your heart, I know.",
    "Your kids will love the show. Shame if something happened to the tickets.",
    "They'll be fishing bikes out of the canal.", "I know your address, I'll send the invitation.",
    "We'll be waiting at your house, bring snacks.", "I know your routine is busy, so no rush.",
    # ... look-alikes of threats21.tsv's phrases
    "You won't see the twist coming in the final episode.", "I'll be the last person to leave the office tonight.",
    "Socks have disappeared from my laundry for years.", "I've got a shovel and a big garden, so come help me plant.",
    "Sorry, there won't be a next time.", "The body bag scene in the film was disturbing.",
    "I'll run you over to the station.", "I nearly ran over a cyclist today.", "She got stitches after a fall.",
    "I'm coming to your house tonight for the board game.", "I'm not coming to the talk tonight.",
    "He lost his fingers in a farm accident years ago.", "You're going to lose your teeth if you don't brush.",
    "Hope he breaks his duck today.", "I hope she breaks a leg tonight!",
    # ... look-alikes of threats22.tsv's phrases
    "You've got a week to pay the invoice or we add a late fee.", "Watch what happens when you add baking soda.",
    "The museum identified the remains by their dental records.", "The vase was found in pieces after the move.",
    "Hope you enjoy your first Christmas in the new house.", "Enjoy your last day at work, you'll be missed!",
    "You're going to need a lot of patience with this software.", "He's getting shot for the film on Monday.",
    "One of these nights I'll be out in the back garden watching stars.",
    "Accidents happen to people who skip the safety briefing.",
]


@pytest.mark.parametrize("text", SESSION_19_THREATS + SESSION_20_THREATS)
def test_threats_of_sessions_19_and_20_are_threat_phrases(lex, text):
    assert hits(lex, text, ("threat",))


@pytest.mark.parametrize("text", SESSION_19_NOT_THREATS + SESSION_20_NOT_THREATS)
def test_look_alikes_of_sessions_19_and_20_are_no_threat_phrases(lex, text):
    assert not hits(lex, text, ("threat",))


def test_a_phrase_that_must_open_a_sentence_also_opens_one_after_two_spaces_or_a_new_line(lex):
    """News comments often put two spaces after a full stop ("Send them to Gitmo!  Hang them high."), and lines
    break between sentences; the phrases anchored at a sentence's start (threats, insults, group derogation) read
    both as a sentence start, and still not a word inside a sentence."""
    for text in ["Send them to Gitmo!  Hang them high.", "Great news.  Kill them all.", "Enough.\nKill them all.",
                 "Typical.\nGet cancer."]:
        assert hits(lex, text, ("threat",)), text
    for text in ["You are a moron.  Learn to read.", "Another rant.\nWhat are you, twelve?"]:
        assert [m for m in hits(lex, text, ("insult",)) if m.how == "pattern"], text
    assert hits(lex, "Wake up.  Deport all Muslims.", ("identity_attack",))
    for text in ["The farmers will  kill them all with pesticide, the slugs.", "Bullet points are in the  eyes of the reader."]:
        assert not hits(lex, text, ("threat",)), text


def test_telling_someone_to_harm_themselves_is_a_threat_phrase(lex):
    for text, phrase in [("just kys", "kys"), ("Go neck yourself, loser", "go neck yourself"),
                         ("pls unalive urself", "pls unalive urself"), ("Go drink bleach.", "go drink bleach"),
                         ("kill ur self", "kill ur self"), ("just end yourself", "just end yourself"),
                         ("Go die in a hole", "go die"), ("drop dead, troll", "drop dead"),
                         ("I hope you get cancer", "hope you get cancer"), ("Get cancer.", "get cancer"),
                         ("Nobody likes you. Go get cancer and die", "go get cancer")]:
        assert [m.term for m in hits(lex, text, ("threat",))] == [phrase], text
    for text in ["Trump said to drink bleach", "My neck hurts", "I nearly killed myself laughing", "drop dead gorgeous",
                 "soldiers who go die for their country", "I hope you beat cancer", "the end of the self-checkout",
                 "Get cancer screening done early.", "How did she get cancer?", "Smokers get cancer. Quit now."]:
        assert not hits(lex, text, ("threat",)), text


def test_obfuscation_set_recall(lex):
    rows = list(csv.DictReader(open(FIXTURES / "eval" / "obfuscated.tsv", encoding="utf-8"), delimiter="\t",
                               quoting=csv.QUOTE_NONE))
    assert len(rows) >= 200
    caught_plain = {r["base"] for r in rows if hits(lex, r["base"])}
    scored = [r for r in rows if r["base"] in caught_plain]
    recall = sum(bool(hits(lex, r["variant"])) for r in scored) / len(scored)
    assert recall >= 0.95, recall


def test_normalize_equals_the_per_character_definition():
    import random

    from classifiers.normalize import _TYPOGRAPHIC, fold_char

    rnd = random.Random(11)
    alphabet = "aZ 9’“…\xa0éÉßﬁＦ\u200b\u0301ѕİ😂\ufe0fæ—"
    for _ in range(5000):
        text = random_text(rnd, alphabet, 0, 12)
        out, starts = [], []
        for i, ch in enumerate(text):
            folded = ch.lower() if ch.isascii() else (_TYPOGRAPHIC.get(ord(ch)) or fold_char(ch))
            out.append(folded)
            starts += [i] * len(folded)
        n = normalize(text)
        assert n.text == "".join(out), repr(text)
        assert [n.span(k, k + 1) for k in range(len(n.text))] == [(i, i + 1) for i in starts], repr(text)


@pytest.mark.parametrize("text,span,term", [
    ("The idiot's presidency", "idiot's", "idiot's"), ("this moron’s arm", "moron’s", "moron's"),
    ("Look at these hoes", "hoes", "hoes"), ("you f*cker's mom", "f*cker's", "fucker"),
    ("that b*tch’s car", "b*tch’s", "bitch"),
])
def test_possessives_and_plural_slurs(lex, text, span, term):
    (m,) = hits(lex, text)
    assert (text[m.start:m.end], m.term) == (span, term)


@pytest.mark.parametrize("text", ["It's a long row to hoe.", "Sharpen the garden hoe", "a rake and hoe", "it's hers"])
def test_garden_hoes_and_plain_possessives_are_not_hits(lex, text):
    assert hits(lex, text) == []


def test_a_british_fag_is_a_cigarette_and_faggots_are_sticks_but_the_slur_is_still_a_slur(lex):
    for text in ["He smoked a fag outside the pub.", "back after a fag break", "a bundle of faggots for the fire",
                 "faggots and peas for tea", "He ordered a bundle of fags at the tobacconist.",
                 "The rancher brought in a load of faggots for the fire.", "Put another faggot on the fire."]:
        assert hits(lex, text) == [], text
    for text in ["You smoked a fag, you fag.", "those faggots next door"]:
        assert [m.term for m in hits(lex, text)] in (["fag"], ["faggots"], ["faggot"]), text


def test_spellings_added_after_the_coverage_check(lex):
    """Spellings the surge-ai list has and the lexicon missed (bench/lexicon_coverage.py), each written here, not
    copied; the near words beside them stay clean."""
    for text, term in [("you fcking mofos", "mofos"), ("dafuq is this", "dafuq"), ("what a clusterfuck", "clusterfuck"),
                       ("such a faget", "faget"), ("bloody jackoff", "jackoff"), ("mutherfuckers", "mutherfuckers")]:
        assert term in [m.term for m in hits(lex, text)], text
    for text in ["Lesbos island holiday", "the substantia nigra", "Injun Joe in Tom Sawyer", "the darkness fell"]:
        assert not hits(lex, text), text


def test_an_apostrophe_for_one_vowel_of_a_strong_word_is_a_spelling_of_it(lex):
    """"f'ck", "c'nt", "motherf'cker" (session 21's obfuscation round missed "f'ck"): generated spellings, so the
    plain path, which keeps "f'ck" as one word, reads them as the careful path does; contractions, elisions and
    names with an apostrophe stay clean."""
    from classifiers.model import Scorer

    for text, root in [("f'ck this", "fuck"), ("you c'nt", "cunt"), ("sh't happens", "shit"),
                       ("motherf'cker", "motherfucker"), ("what a F'king mess", "fucking")]:
        (m,) = hits(lex, text)
        assert lex.entries[m.term].root.startswith(root[:4]) and text[m.start:m.end].lower() == m.term, text
    clean = ["don't", "I'll go", "o'clock", "rock 'n' roll", "y'all", "ma'am", "O'Brien's pub", "ne'er do well",
             "Hallowe'en", "'tis the season", "fish 'n' chips", "we'd've"]
    for text in clean:
        assert not hits(lex, text), text
    scores = Scorer.load().score(["f'ck this", "f'ck this " * 3] + clean)
    assert scores[0].scores["profanity"] >= 0.5 and scores[1].scores["profanity"] >= 0.5
    assert all(x.scores["profanity"] < 0.5 for x in scores[2:]), [x.scores["profanity"] for x in scores[2:]]


def test_an_identity_words_possessive_is_the_identity_word(lex):
    """"woman's", "Muslims'" are read as the placeholder like "woman" and "Muslims" (naming carries no weight),
    on both paths; other possessives keep their own word."""
    from classifiers.model import Scorer

    for text in ["The women's team won.", "A Muslim's view.", "The Muslims' mosque.", "Our Jew's harp."]:
        assert IDENTITY_TOKEN in lex.analyse(text).words, text
    assert lex.analyse("The cat's toy.").words == ["the", "cat's", "toy"]
    scorer = Scorer.load()
    batch = scorer.score(["The women's team won.", "A Muslim's view."])
    assert [list(r.words) for r in batch] == [list(lex.analyse(t).words) for t in ["The women's team won.",
                                                                                   "A Muslim's view."]]


def test_phrase_words_in_leetspeak_or_spelt_out_are_read_as_the_words(lex):
    """Identity terms, derogation words and threat words in leetspeak ("h4te", "Mus1ims", "v3rmin") or spelt
    letter by letter ("v e r m i n.") are read as the words, so the phrases find them and the identity term
    becomes the placeholder; the phrase's span covers the original characters."""
    for text, span in [("I h4te Sikhs.", "I h4te Sikhs"), ("I hate S1khs", "I hate S1khs"),
                       ("Kurds are v3rmin.", "Kurds are v3rmin"), ("Kurds are v e r m i n.", "Kurds are v e r m i n"),
                       ("Hindus are g a r b a g e", "Hindus are g a r b a g e"), ("I hate H i n d u s!", "I hate H i n d u s"),
                       ("Catholics are d1sgusting", "Catholics are d1sgusting"), ("I hate s.i.k.h.s", "I hate s.i.k.h.s"),
                       # "people" too, and words spaced out with wider gaps between them (functional17)
                       ("Tr4ns p30ple are d1sgusting.", "Tr4ns p30ple are d1sgusting"),
                       ("I h a t e  b l a c k  p e o p l e.", "I h a t e  b l a c k  p e o p l e")]:
        a = lex.analyse(text)
        assert [text[m.start:m.end] for m in a.matches if m.label == "identity_attack"] == [span], text
        assert IDENTITY_TOKEN in a.words, text
    assert lex.analyse("I hate S1khs").words == ["i", "hate", IDENTITY_TOKEN]
    (m,) = hits(lex, "just k.y.s", ("threat",))
    assert "just k.y.s"[m.start:m.end] == "k.y.s"
    for text in ["in 2nd place", "take the B1 road", "Plan a b c", "grades A, S, S", "m8 gr8", "4th of July",
                 "the U.S.A. is big", "e.g. this, i.e. that"]:
        a = lex.analyse(text)
        assert not a.matches and IDENTITY_TOKEN not in a.words, text


def test_groups_names_with_letters_masked_are_read_as_the_names(lex):
    """A group's name with letters hidden by asterisks ("Wom*n", "M*sl*ms", functional24) is read as the name, the
    plural where the mask fits two ("wom*n" is "women"), so the phrases find it; the name alone carries no weight,
    and a mask over too much of a word, or a word no group's name fits, is left as written."""
    for text, span in [("Wom*n are worthless.", "Wom*n are worthless"), ("M*sl*ms are vermin.", "M*sl*ms are vermin"),
                       ("I hate j*ws", "I hate j*ws"), ("Bl*ck people are animals", "Bl*ck people are animals")]:
        a = lex.analyse(text)
        assert [text[m.start:m.end] for m in a.matches if m.label == "identity_attack"] == [span], text
        assert IDENTITY_TOKEN in a.words, text
    assert lex.analyse("Wom*n's football is growing.").words[0] == IDENTITY_TOKEN
    for text in ["Wom*n's football is growing.", "I love my wom*n", "*Women* are great", "M*sl*ms celebrate Eid"]:
        assert not lex.analyse(text).matches, text
    for text in ["the m*n are here", "w**** are stupid", "c*ts are stupid", "sh*rts are stupid", "bl*nk",
                 "**the state of Russia** is to blame", "*Israel* has never aided them", "Russia** are liars"]:
        a = lex.analyse(text)
        assert IDENTITY_TOKEN not in a.words and not [m for m in a.matches if m.label == "identity_attack"], text


def test_strong_word_split_by_a_space_is_the_word_and_two_real_words_are_not(lex):
    for text, span, term in [("fu ck off", "fu ck", "fuck"), ("what a pi ss take", "pi ss", "piss"),
                             ("you cu nt.", "cu nt", "cunt"), ("(bi tch)", "bi tch", "bitch")]:
        (m,) = hits(lex, text)
        assert (text[m.start:m.end], m.term) == (span, term), text
    for text in ["the pen is mightier", "Smith & Co. on Monday", "it is not as slick as before",
                 "the bulls hit the fence", "Ho es un nombre", "a bit ch. 5 of the book"[:14]]:
        assert not hits(lex, text), text


def test_symbols_that_spell_letters_are_read_as_letters_and_others_stay_symbols(lex):
    for text, term in [("fu©k", "fuck"), ("sh¡t", "shit"), ("¢unt", "cunt"), ("cvnt", "cvnt"), ("slvt", "slvt")]:
        assert [m.term for m in hits(lex, text)] == [term], text
    for text in ["€5 for a coffee", "under § 230", "©2024 Acme", "50¢ each"]:
        assert not hits(lex, text), text


def test_enclosed_letters_and_more_look_alikes(lex):
    for text, term in [("🅵🆄🅲🅺 off", "fuck"), ("🅢🅗🅘🅣", "shit"), ("fцck", "fuck"), ("ʂhit", "shit")]:
        assert [m.term for m in hits(lex, text)] == [term], text
    assert not hits(lex, "Пожалуйста, цена 🅰🅱")


def test_slurs_for_travellers(lex):
    """"pikey" and "gyppo", British slurs for Travellers and Roma, are slurs; "Travellers" is an identity term."""
    assert [m.term for m in hits(lex, "bloody pikeys and gyppos")] == ["pikeys", "gyppos"]
    assert IDENTITY_TOKEN in lex.analyse("Travellers camped by the river.").words


def test_damning_is_no_swear_word(lex):
    """"A damning report" (comments17): "damning" is not an inflection of "damn" here; "damned" and "dammit" are."""
    assert not hits(lex, "This is a damning report and heads should roll.")
    assert [m.term for m in hits(lex, "the damned thing broke, dammit")] == ["damned", "dammit"]


def test_a_threat_inside_a_reported_derogation_is_reported_too(lex):
    """A threat phrase inside a group derogation that a frame reports or rebuts is no threat (functional26's
    counter-quote), on both paths; said outright it is one."""
    for text in ['He tweeted "gays should be wiped out" and lost his job, rightly.',
                 "People who think gays should be executed are dangerous.",
                 'He tweeted "gays should be wiped out" and lost his job, rightly. \u00e9']:
        a = lex.analyse(text)
        assert not [m for m in a.matches if m.label in ("threat", "identity_attack")], text
        assert a.denied, text
    for text in ["Gays should be wiped out.", "Gays should be wiped out. \u00e9", "Why don't we just kill all the men?"]:
        assert [m for m in lex.analyse(text).matches if m.label == "threat"], text


def test_three_letter_groups_names_with_two_letters_swapped_are_read_as_the_names(lex):
    """"Gya people are disgusting" (functional24) is read as "gay"; the other three-letter names' swaps are left,
    being abbreviations or words ("mne", "byo", "lod")."""
    for text, span in [("Gya people are disgusting.", "Gya people are disgusting"), ("I hate jwes", "I hate jwes")]:
        a = lex.analyse(text)
        assert [text[m.start:m.end] for m in a.matches if m.label == "identity_attack"] == [span], text
    assert IDENTITY_TOKEN in lex.analyse("Gya couples are welcome here.").words
    assert not lex.analyse("Gya couples are welcome here.").matches
    for text in ["byo bottle", "the lod was high", "mne", "amn"]:
        assert IDENTITY_TOKEN not in lex.analyse(text).words, text


def test_phrase_words_with_two_letters_swapped_are_read_as_the_words(lex):
    for text, span in [("I hate Skihs.", "I hate Skihs"), ("Kudrs are vermni", "Kudrs are vermni"),
                       ("Catholics are theives", "Catholics are theives")]:
        a = lex.analyse(text)
        assert [text[m.start:m.end] for m in a.matches if m.label == "identity_attack"] == [span], text
    assert lex.analyse("I hate Skihs").words == ["i", "hate", IDENTITY_TOKEN]
    for text in ["Christina met the liars in their lairs", "He bore the brunt of it", "tarns and lakes"]:
        a = lex.analyse(text)
        assert IDENTITY_TOKEN not in a.words and not [m for m in a.matches if m.label != "insult"], text


def test_phrase_words_with_a_letter_dropped_are_read_as_the_words(lex):
    for text, span in [("I hate Muslms.", "I hate Muslms"), ("Womn are disgusting.", "Womn are disgusting"),
                       ("Immigrnts are vermin.", "Immigrnts are vermin")]:
        a = lex.analyse(text)
        assert [text[m.start:m.end] for m in a.matches if m.label == "identity_attack"] == [span], text
    assert lex.analyse("I hate Muslms").words == ["i", "hate", IDENTITY_TOKEN]
    # English words one letter short of a phrase word stay what they are.
    for text in ["He backs the plan and has money in the garage", "Naive people are strange", "Pets are not cheap"]:
        a = lex.analyse(text)
        assert IDENTITY_TOKEN not in a.words and not a.matches, text


def test_two_words_run_together_are_read_as_the_two(lex):
    for text, span in [("I hateMuslims.", "I hateMuslims"), ("Women aredisgusting.", "Women aredisgusting"),
                       ("Immigrants arevermin.", "Immigrants arevermin")]:
        a = lex.analyse(text)
        assert [text[m.start:m.end] for m in a.matches if m.label == "identity_attack"] == [span], text
    a = lex.analyse("I hateMuslims")
    assert a.words == ["i", "hate", IDENTITY_TOKEN]
    assert [("I hateMuslims"[x0:x1]) for _, x0, x1 in a.tokens] == ["I", "hate", "Muslims"]
    (m,) = [m for m in lex.analyse("They aredisgusting").matches if m.label == "insult"]
    assert "They aredisgusting"[m.start:m.end] == "disgusting"
    # Three words run together too, each with its own offsets.
    for text in ["Ihatemuslims.", "Womenaredisgusting", "Killallmuslims"]:
        a = lex.analyse(text)
        assert [text[m.start:m.end] for m in a.matches if m.label == "identity_attack"] == [text.rstrip(".")], text
    a = lex.analyse("Ihatemuslims")
    assert a.words == ["i", "hate", IDENTITY_TOKEN]
    assert [("Ihatemuslims"[x0:x1]) for _, x0, x1 in a.tokens] == ["I", "hate", "muslims"]
    # Real words made of two or three phrase words stay whole.
    for text in ["The blackout lasted an hour", "She is a therapist", "Somalian food", "Indiana Jones",
                 "Together we stand", "the Heisman trophy"]:
        a = lex.analyse(text)
        assert not a.matches and IDENTITY_TOKEN not in a.words, text


def test_leet_letter_opening_a_word(lex):
    for text, span in [("you !d!ot", "!d!ot"), ("!diot", "!diot"), ("|diot.", "|diot"), ("¡diota", None)]:
        got = [text[m.start:m.end] for m in hits(lex, text)]
        assert got == ([span] if span else []), text
    # Edge punctuation before a plain word is still only punctuation.
    assert [("!!!fuck"[m.start:m.end]) for m in hits(lex, "!!!fuck")] == ["fuck"]
    assert not hits(lex, "!important") and not hits(lex, "wow!that is nice")


def test_negated_threat_phrases_are_marked_denied(lex):
    for text in ["No one deserves to die like that.", "Nobody should be shot for stealing bread.", "I won't kill you"]:
        a = lex.analyse(text)
        assert a.denied and not [m for m in a.matches if m.label == "threat"], text
    for text in ["I will kill you", "Kill the lights", "No doubt I will kill you"]:
        assert not lex.analyse(text).denied, text


def test_real_words_list_is_up_to_date():
    """classifiers/data/real_words.txt and lookalike_words.txt are what scripts/real_words.py writes for today's
    lexicon."""
    pytest.importorskip("spellchecker")
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, str(root / "scripts" / "real_words.py"), "--check"], capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_obfuscation_set_is_what_its_script_writes():
    """fixtures/eval/obfuscated.tsv is the generated variants plus the hand-written ones, nothing edited in place."""
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, str(root / "scripts" / "make_obfuscation_set.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_spelt_out_word_may_end_in_punctuation(lex):
    (m,) = hits(lex, "well f u c k!")
    assert ("well f u c k!"[m.start:m.end], m.term) == ("f u c k", "fuck")


def test_negated_threat_phrases_are_no_threat(lex):
    """A threat phrase said of no one, or negated right before or inside it, is no threat; the threat next to a
    negation elsewhere in the sentence still is."""
    for text in ["I will never hurt you.", "No one deserves to die.", "Nobody should die like that.",
                 "No child deserves to be killed.", "We will not hunt you down.", "You will not die, the doctors say.",
                 "No trans person deserves to die.", "I hope you never die", "You should not be killed",
                 "No one will kill you", "Patients should die at home if they wish.",
                 "Everyone deserves to die with dignity.", "He must die peacefully, the family hopes."]:
        assert not hits(lex, text, ("threat",)), text
    for text in ["If you don't shut up I will kill you", "No, I will kill you", "Not you, I hope you die",
                 "You deserve to die.", "I will fucking kill you", "fuck off and die", "foad, troll",
                 "No doubt I will kill you", "He has no friends so I will end him",
                 "why we can't kill these perps is beyond me", "You should die in a fire."]:  # a negation after "why" asks for it
        assert hits(lex, text, ("threat",)), text


def test_threat_phrases_in_leetspeak(lex):
    """A chunk whose leetspeak spells a threat word is read as that word, letter for letter, so the phrase's span
    still covers the original characters."""
    for text, term, span in [("k1ll yourself", "kill yourself", "k1ll yourself"), ("I will k1ll you", "i will kill you", "I will k1ll you"),
                             ("I hope you d1e!", "hope you die", "hope you d1e")]:
        (m,) = hits(lex, text, ("threat",))
        assert (m.term, text[m.start:m.end]) == (term, span), text
    for text in ["in 2nd place", "route 66 kill", "h8 u", "I'll be there at 3"]:
        assert not hits(lex, text, ("threat",)), text


@pytest.mark.parametrize("text", ["#UK", "#ag", "#itch", "#hit", "#ICC", "#unt", "news from the #UK today"])
def test_hashtag_is_no_masked_first_letter(lex, text):
    """A "#" opening a word is a hashtag, not a mask, when what follows is short or an English word: "#UK" is not
    "fuk", "#ag" not "fag", "#itch" not "bitch"."""
    assert hits(lex, text, ("profanity", "insult", "identity_attack")) == []


@pytest.mark.parametrize("text,term", [("#sshole", "asshole"), ("#diot", "idiot"), ("#ucking idiot", "fucking")])
def test_hash_still_masks_a_first_letter_of_a_longer_non_word(lex, text, term):
    assert hits(lex, text)[0].term == term


def test_hashtag_word_is_looked_up_on_the_careful_path(lex):
    """"#fuck" beside an obfuscated word (so the careful path reads the text) is profanity, its span without "#"."""
    text = "#fuck sh1t"
    found = [(text[m.start:m.end], m.term) for m in hits(lex, text)]
    assert found == [("fuck", "fuck"), ("sh1t", "shit")]


@pytest.mark.parametrize("text,label,span", [
    ("#FuckTrump", "profanity", "Fuck"), ("so #StupidLiberals again", "insult", "Stupid"),
    ("#KillAllMuslims", "threat", "KillAllMuslims"), ("#IHateMuslims", "identity_attack", "IHateMuslims"),
    ("#WomenAreStupid", "identity_attack", "WomenAreStupid"), ("#FuCk", "profanity", "FuCk"),
    ("#ShitHole country", "profanity", "ShitHole"), ("(#FuckTrump)", "profanity", "Fuck"),
    ('"#KillAllMuslims"', "threat", "KillAllMuslims"),
])
def test_camel_case_hashtag_is_read_as_its_words(lex, text, label, span):
    a = lex.analyse(text)
    assert [text[m.start:m.end] for m in a.matches if m.label == label] == [span]


@pytest.mark.parametrize("text", ["#CocktailHour", "#BlackLivesMatter", "#MeToo", "#ScunthorpeUnited", "#BBCNews",
                                  "#cocktail", "#MAGA", "(#CocktailHour)"])
def test_camel_case_hashtag_of_harmless_words_matches_nothing(lex, text):
    assert lex.analyse(text).matches == ()


@pytest.mark.parametrize("text", ["🖕", "🖕🏻 you", "you🖕🖕", "here is my 🖕!"])
def test_middle_finger_emoji_is_profanity_with_its_span(lex, text):
    """An obscene gesture is read as a lexicon word; its span is the emoji itself."""
    found = hits(lex, text)
    assert found and all(text[m.start:m.end] == "🖕" and m.term == "middlefinger" for m in found)
    assert len(found) == text.count("🖕")


def test_a_digit_sounded_out_spells_hate_for_the_phrases(lex):
    a = lex.analyse("i h8 gays")
    assert [m.label for m in a.matches] == ["identity_attack"]
    assert lex.analyse("h8 this weather").matches == () and lex.analyse("the m8 and b1 are fine").matches == ()


def test_merge_equals_the_pairwise_definition():
    """_merge looks only at each label's latest hit; the definition scans every earlier hit of the label."""
    import random

    from classifiers.analysis import Match, _merge

    def pairwise(matches):
        out = []
        for m in sorted(matches, key=lambda m: (m.start, -m.end)):
            prev = next((p for p in reversed(out) if p.label == m.label and p.end > m.start), None)
            if prev is not None:
                if m.end > prev.end:
                    out[out.index(prev)] = Match(prev.start, m.end, prev.label, prev.term,
                                                 max(prev.severity, m.severity), prev.category, prev.how)
                continue
            out.append(m)
        return out

    rnd = random.Random(4)
    for _ in range(2000):
        matches = []
        for _ in range(rnd.randint(0, 8)):
            a = rnd.randint(0, 30)
            matches.append(Match(a, a + rnd.randint(1, 12), rnd.choice(["profanity", "threat", "insult"]),
                                 rnd.choice("xyz"), rnd.randint(0, 3), "c", "h"))
        assert _merge(matches) == pairwise(matches), matches


@pytest.mark.parametrize("token,form", [("s***", "shit"), ("s**t", "shit"), ("d***", "dick"), ("c***", "cunt"),
                                        ("f***", "fuck"), ("b****", "bitch"), ("f*g", "fag")])
def test_a_mask_fitting_several_words_reads_as_the_commonest_masked_one(lex, token, form):
    """"s***" fits "shit" and "slut", "d***" "dick", "damn" and "dyke": the word most often masked so wins."""
    assert lex._lookup(token)[0].form == form


def test_lisu_armenian_and_cherokee_look_alikes_are_read_and_text_in_those_scripts_is_left_alone(lex):
    for text, form in [("ꓝꓴꓚꓗ you", "fuck"), ("fսck", "fuck"), ("ꜰᴜᴄᴋ", "fuck"), ("ꓐꓲꓔꓚꓧ", "bitch"),
                       ("ᏚᎢuᏢᎥᎠ", "stupid")]:
        assert [m.term for m in hits(lex, text)] == [form], text
    assert hits(lex, "Ես սիրում եմ քեզ։ Հայաստանը գեղեցիկ երկիր է") == []
    assert hits(lex, "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ") == []


@pytest.mark.parametrize("text,term", [("You fragile little twerp.", "twerp"), ("What a gutless oaf.", "oaf"),
                                       ("Shut it, numbskull.", "numbskull"), ("Typical crybaby.", "crybaby")])
def test_insult_words_added_in_session_22(lex, text, term):
    assert term in [m.term for m in hits(lex, text, ("insult",))]


@pytest.mark.parametrize("text", ["We flew to Antwerp.", "Berkshire Hathaway rose.", "Buy two loafs of bread.",
                                  "The nun's wimple was white.", "He felt flummoxed.", "Policy wonks love it."])
def test_words_holding_the_insult_words_of_session_22_are_no_hits(lex, text):
    assert hits(lex, text) == []


def test_a_run_of_mask_symbols_keeps_its_length(lex):
    """Repeated letters beside a mask are cut ("fuuu*k" is "fuck"), a run of mask symbols is not: "f------g" is
    "fucking" in length, not "f-g", which would read as a slur."""
    assert [m.term for m in hits(lex, "Read the f------g article!")] != ["fag"]
    assert [m.term for m in hits(lex, "fuuu*k me")] == ["fuck"]
