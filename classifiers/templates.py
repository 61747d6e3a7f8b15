"""Template sentences added to training: what the comment datasets say too little about.

The datasets have few identity attacks and threats, and many neutral mentions of identities come with toxic
labels (news comments about religion, race and sexuality are often heated).  These templates teach three things
the functional tests of hate-speech detectors check:

* naming an identity is not an attack ("I am a gay man", "As a Muslim woman...") -> every attribute 0;
* an identity with a dehumanising or hostile predicate *is* one ("Immigrants are vermin", "I hate Jews") ->
  toxicity 1, identity_attack 1 (threat 1 when it calls for violence);
* threats aimed at the reader are threats ("I will find you and hurt you"), while hyperbole, counter-speech
  and idioms are not ("I'd kill for a coffee", "Saying women are stupid is sexist").

Identity terms reach the models as one placeholder token, so what is learned is the predicate, never the
identity.  Labels a template does not speak to are left unknown (None).
"""

from __future__ import annotations

import itertools

from .datasets import ATTRS, Example

NEUTRAL = [
    "I am a {x} person.", "I am {x}.", "I'm a proud {x} woman.", "I'm a {x} man and a father.", "As a {x} woman, I agree.",
    "As a {x} person, I found this article fair.", "My neighbours are {x} and very kind.", "{X} people live here.",
    "We are {x} and we vote.", "Being {x} is normal.", "My best friend is {x}.", "She is {x} and a doctor.",
    "He is {x} and runs a bakery.", "The {x} community held a fundraiser.", "Many {x} families attended the event.",
    "{X} voters turned out in large numbers.", "I grew up {x}.", "Our teacher is {x}.", "Support {x} rights.",
    "There are {x} members on the council.",
]
IDENTITIES = ["gay", "lesbian", "bisexual", "transgender", "trans", "queer", "muslim", "jewish", "christian",
              "catholic", "hindu", "sikh", "buddhist", "atheist", "black", "white", "asian", "african", "hispanic",
              "latino", "mexican", "chinese", "indian", "arab", "immigrant", "refugee", "disabled", "deaf", "blind",
              "autistic", "female", "male", "elderly", "young", "native american", "indigenous", "feminist"]
# Plural group nouns for the hostile and supportive templates.
GROUPS = ["gay people", "gays", "lesbians", "trans people", "muslims", "jews", "christians", "hindus", "black people",
          "blacks", "asians", "mexicans", "immigrants", "refugees", "migrants", "women", "disabled people",
          "arabs", "africans", "indians", "chinese people", "feminists", "white people"]

HOSTILE = [
    "{G} are vermin.", "{G} are disgusting.", "{G} are subhuman.", "{G} are animals.", "{G} are parasites.",
    "{G} are a disease.", "{G} are filth and should be treated like it.", "I hate {g}.", "I can't stand {g}.",
    "{G} make me sick.", "All {g} are criminals.", "{G} are all terrorists.", "{G} are inferior.",
    "{G} are too stupid to vote.", "{G} don't deserve rights.", "No {g} allowed here.", "Send the {g} back.",
    "{G} should go back to where they came from.", "{G} are ruining this country.", "{G} are a plague on society.",
    "Typical of {g}, lying as always.", "{G} are worthless.", "You can't trust {g}.", "{G} belong in cages.",
    # Dehumanising comparisons and stereotypes beyond the insult list (functional tests use many such nouns).
    "{G} are cockroaches.", "{G} are a cancer on this country.", "{G} are an invading horde.", "{G} are savages.",
    "{G} are mentally ill freaks.", "{G} are less intelligent than the rest of us.", "{G} control the banks and the media.",
    "{G} breed like rabbits.", "{G} are a burden on society.", "{G} are all the same, dirty and lazy.",
]
HOSTILE_VIOLENT = [
    "{G} should all die.", "All {g} should be exterminated.", "Kill all {g}.", "{G} should be shot.",
    "{G} deserve to be hanged.", "We should get rid of all {g}, by force if needed.", "Gas the {g}.",
    "I want to see {g} burn.",
]
SUPPORTIVE = [
    "{G} deserve equal rights.", "I love my {g} neighbours.", "{G} are welcome here.", "{G} are valued members of our community.",
    "Saying {g} are vermin is disgusting bigotry.", "Hating {g} is wrong.", "Calls to hurt {g} must be condemned.",
    "The attack on {g} was horrific.", "I stand with {g}.", "I trust {g}.", "I like {g}.", "{G} have faced discrimination for decades.",
    "Statements like '{g} are criminals' are false and harmful.", "The council met {g} to discuss housing.",
    # Identity said of identity: "Trans women are women", "Muslims are Americans too".
    "{G} are women.", "{G} are men.", "{G} are people too.", "{G} are human beings.", "{G} are Americans too.",
    "{G} are British citizens.", "{G} are our neighbours.", "{G} are part of this community.",
    # Negation and counter-speech that repeat the hostile words.
    "I don't hate {g}.", "I would never hate {g}.", "No {g} deserve to be treated like that.", "{G} are not vermin.",
    "{G} are not inferior to anyone.", "It is wrong to call {g} animals.", "If you call {g} inferior, you are a bigot.",
    "Nobody should say {g} are cockroaches.", "Calling {g} a cancer is hateful rhetoric.",
    # Counter-speech quoting the hostile phrase (the models read a reported phrase as a signal of its own).
    "People who say {g} are filth are bigots.", "\"All {g} are criminals\" is a racist lie.",
    "Stop claiming {g} are a disease.", "My uncle says {g} are parasites, and it makes me furious.",
]
THREATS = [
    "I will kill you.", "I'm going to find you and hurt you.", "I know where you live.", "Watch your back.",
    "You'd better watch your back, I know where you work.", "I'll beat you until you can't walk.",
    "Someone should put a bullet in you.", "I hope you die in a fire.", "You deserve to be shot.",
    "I will come to your house and break your legs.", "Say that again and I'll smash your face in.",
    "You're dead when I see you.", "I'm going to make you regret this, you'll see.", "Keep talking and you'll get hurt.",
    # Telling someone to harm themselves, as abuse is written online ("kys" = "kill yourself").
    "kys", "Just kys.", "Go kill yourself.", "Kill yourself, nobody would miss you.", "You should kill yourself.",
    "Neck yourself.", "Do us all a favour and kys.", "Go drink bleach.",
    # Threats with an insult beside them: the insult does not make a threat less of one.
    "I will kill you, you stupid idiot.", "Shut up or I'll break your legs, moron.", "Someone should shoot that idiot.",
    "I'll smash your face in, you pathetic loser.", "Keep talking, dumbass, and I'll hurt you.",
    "You worthless scum, I know where you live.", "I'm going to beat you senseless, you clown.",
    "Somebody needs to put that moron in the ground.",
]
NOT_THREATS = [
    "I'd kill for a coffee right now.", "That comedian killed it last night.", "This deadline is killing me.",
    "The heat will kill the plants if you don't water them.", "The referee's decision killed the game.",
    "My feet are killing me after that walk.", "The new bypass will kill off the high street.",
    "Smoking kills, the warnings say.", "The article says the virus killed 300 people.",
    "Police said the suspect threatened to kill his neighbour.", "I hope you enjoy the festival.",
    "Watch your step on the icy path.", "I know where you can buy tickets.",
    "I nearly killed myself laughing at that.", "If you are thinking of harming yourself, please call a helpline.",
    # The words of the self-harm phrases in ordinary use, so that the phrase carries the threat, not the word.
    "Bleach will take the stain out.", "The label says never to drink bleach.", "I woke up with a stiff neck.",
    "Giraffes have long necks.", "Go and see it yourself.",
    # Violent words in everyday use: sport, cooking, work, idioms, reports.
    "We're going to hammer them in the derby.", "I'll beat you at tennis next week.", "She cut the cake in half.",
    "I'll shoot you a text when I land.", "He broke his arm skiing.",
    "I'm going to crush this exam.", "That joke slays me.", "I'll knock on your door at nine.",
    "The chef will cut the meat into strips.", "The film is about a hitman who shoots his boss.",
    "He was stabbed in the street, police said.", "My laptop died during the meeting.",
    "Let's kill some time before the train.", "We'll bury the hatchet.",
    "I'm dead tired after work.", "You'll blow them away with that speech.", "I could murder a curry.",
    "Break a leg on opening night!",
    # Promises and plans said to the reader, in the same words threats use ("I'll ... you", "you'll ..."), so
    # that those words alone do not make a threat.
    "I'll meet you at the gate.", "I'm going to bring you some soup.", "We'll drive you to the airport.",
    "I'll give you a ring tomorrow.", "You'll find it on the second shelf.", "I'm going to write you a letter.",
    "I'll lend you my bike.", "We're going to celebrate you on Sunday.", "I'll read you a story.",
    "You're going to be a great dad.", "I'll save you a slice.", "I will remember you always.",
    "I'm going to introduce you to my parents.", "We'll keep you posted.", "I'll see you soon, take care.",
    "I'll get you a drink.", "You'll feel better after some sleep.", "I'm coming round to fix your sink.",
    "Next time I see you, dinner is on me.", "I'll be waiting for you at the café.",
    # Threat phrases negated or said of no one (the models read the denial as a signal of its own).
    "Nobody deserves to be killed.", "No one should be shot over a parking space.", "I won't kill you, relax.",
    "No child should die of hunger.",
]
# Abuse of a person in the insult phrases' words (classifiers/data/insult_phrases.txt): the datasets hold few of
# them, so a phrase alone weighed too little (a blind round's "You are a joke" scored insult 0.26) ...
INSULTS = [
    "You are a disgrace.", "He's an embarrassment to his party.", "Nobody asked for your opinion.",
    "Nobody cares what you think.", "You're a waste of oxygen.", "What a pathetic excuse for a columnist.",
    "Your brain is the size of a peanut.", "She has the IQ of a potato.", "You're as dumb as a box of rocks.",
    "Crawl back under your rock.", "Go back to your mom's basement.", "Shut your mouth.", "You lying sack of garbage.",
    "Your parents must be ashamed of you.", "He is a paid shill.", "You couldn't find your way out of a paper bag.",
    "Not the sharpest tool in the shed, are you?", "Did you forget to take your meds?", "You are a joke.",
    "Learn to read.", "You're nothing but a has-been.", "My dog is smarter than you.",
    "You have the personality of a cardboard box.", "Were you raised by wolves?", "Your own family can't stand you.",
    "No one likes you.", "You look like a toad.", "You're a laughing stock.",
    # ... and session 23's phrases, said of a reader and of a public figure (a phrase about "the mayor" weighed too
    # little: "The mayor is a spineless weasel" scored insult 0.32)
    "The mayor is a spineless weasel.", "The senator is a lying snake.", "That councillor is a gutless worm.",
    "You're beyond help.", "Grow up.", "You sound like a twelve year old.", "What an absolute tit.",
    "Two brain cells and both of them are fighting.", "Your whole personality is a cry for help.",
    "The minister is a legend in his own mind.", "You absolute walnut, read the article.",
    "Nobody wants you here.", "The columnist couldn't find the town hall with a map.",
]
# ... and the same words said of things, so that the phrase carries the insult, not its words.
NOT_INSULTS = [
    "The state of the pitch is a disgrace.", "Nobody asked about the bus times.", "Nobody cares about rain more than farmers.",
    "The storage room is a waste of space.", "It was a poor excuse for a road.", "The brain is the size of a walnut in this bird.",
    "The potato is the size of a fist.", "The box of rocks is heavy.", "The crab crawled back under its rock.",
    "The laundry is in the basement.", "Shut the door when you leave.", "Throw the sack of garbage in the bin.",
    "My parents were ashamed of the mess we made.", "He was paid for the shelf.", "Put the sandwiches in a paper bag.",
    "The knife is the sharpest tool in the drawer.", "Remember to take your meds after dinner.",
    "The joke made everyone laugh.", "Get a life jacket before boarding.", "The kids learn to read at five.",
    "My dog is smarter than the cat.", "The cubs were raised by wolves in the film.", "My family can't stand the heat.",
    "No one likes the new parking rules.", "The rock looks like a toad.", "The stock market rose today.",
    "The mayor is a keen gardener.", "The senator is a former teacher.", "That councillor is a retired nurse.",
    "The patient is beyond help from antibiotics.", "Kids grow up so fast.", "My son sounds like a toddler when tired.",
    "We saw a blue tit at the feeder.", "Brain cells use a lot of energy.", "The song is a cry for help, she said.",
    "The minister is a legend in his own town.", "You absolute legend, thanks for the help.",
    "Nobody wants the bins collected at six.", "I couldn't find the town hall without a map.",
]
# The same nouns and verbs about things that are not people: neither toxic nor an attack.
NOT_ATTACKS = [
    "Rats carry diseases.", "We found cockroaches under the sink.", "The farm keeps pigs and a few goats.",
    "Parasites live off their hosts.", "The garden is full of vermin since the bins overflowed.", "I hate broccoli.",
    "I hate Mondays.", "This cancer drug works for some patients.", "Rabbits breed quickly in spring.",
    "Animals at the zoo were fed at noon.", "Locusts swarmed across the fields.", "The traffic is a plague this week.",
]

# The hostile templates' frames said of things (every attribute 0), so that a frame's own words ("send ... back",
# "can't trust", "breed like rabbits", "intelligent", "horde") carry nothing without a group in them: before these,
# "Send the parcel back." scored toxicity 0.85 and identity_attack 0.83.
THING_FRAMES = {
    "Send the {t} back.": "forms|shoes|samples|boxes|books|keys|invoices|tickets|plates|chairs",
    "Please send the {t} to the office.": "forms|invoices|photos|letters|receipts|reports",
    "You can't trust {t}.": "the forecast|cheap batteries|that old ladder|online reviews|the bus timetable|a used car "
                            "without papers|the scales in this gym|the clock in the hall",
    "Typical of {t}, late as always.": "the trains|the buses|the post|the builders|my brother|the delivery van",
    "{T} breed like rabbits in spring.": "mice|guinea pigs|weeds|hamsters|fruit flies|slugs",
    "{T} belong in the garden, not the house.": "slugs|snails|muddy boots|spiders|bikes|plants",
    "{T} control the {u}.": "the valves/flow of water|these switches/lights|the dials/volume|the brakes/speed",
    "{T} are ruining the lawn.": "moles|the kids' bikes|the dogs|the puddles|weeds|rabbits",
    "{T} are very intelligent.": "dolphins|crows|octopuses|pigs|my students|her children",
    "A horde of {t} arrived early.": "tourists|shoppers|fans|students|journalists|pigeons",
    "Invading {t} took over the garden.": "weeds|ants|squirrels|ivy|brambles|moss",
    "Our {t} got lazy and dirty over the summer.": "dog|kids|car|garden|cat|boat",
    "We should get rid of {t}.": "the old sofa|these boxes|the broken fridge|the clutter|the weeds|the old car",
    "Burn the {t}.": "old letters|garden waste|dry leaves|candles|toast|logs",
    "Turn off the gas before {t}.": "you leave|bed|cleaning the oven|the holiday",
}


def _labels(**known: int) -> dict[str, int | None]:
    return {a: known.get(a) for a in ATTRS}


def template_examples() -> list[Example]:
    out = [Example(t.format(x=x, X=x.capitalize()), "identity_templates", {a: 0 for a in ATTRS})
           for t, x in itertools.product(NEUTRAL, IDENTITIES)]

    def fill(templates, **labels):
        for t, g in itertools.product(templates, GROUPS):
            out.append(Example(t.format(g=g, G=g[0].upper() + g[1:]), "hate_templates", _labels(**labels)))

    fill(HOSTILE, toxicity=1, identity_attack=1, threat=0)
    fill(HOSTILE_VIOLENT, toxicity=1, identity_attack=1, threat=1)
    fill(SUPPORTIVE, toxicity=0, identity_attack=0, threat=0, insult=0)
    out += [Example(t, "threat_templates", _labels(toxicity=1, threat=1, identity_attack=0)) for t in THREATS]
    out += [Example(t, "threat_templates", {a: 0 for a in ATTRS}) for t in NOT_THREATS]
    out += [Example(t, "threat_templates", {a: 0 for a in ATTRS}) for t in NOT_ATTACKS]
    out += [Example(t, "insult_templates", _labels(toxicity=1, insult=1, threat=0, identity_attack=0)) for t in INSULTS]
    out += [Example(t, "insult_templates", {a: 0 for a in ATTRS}) for t in NOT_INSULTS]
    for frame, fillers in THING_FRAMES.items():
        for filler in fillers.split("|"):
            t, _, u = filler.partition("/")
            out.append(Example(frame.format(t=t, T=t[0].upper() + t[1:], u=u), "hate_templates", {a: 0 for a in ATTRS}))
    return out
