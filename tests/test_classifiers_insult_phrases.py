"""Insult phrases: abuse of a person without an insult word (classifiers/data/insult_phrases.txt)."""

import pytest

INSULTS = [
    ("Your brain must be the size of a pea.", "your brain must be the size of a pea"),
    ("He has the IQ of a houseplant", "iq of a houseplant"),
    ("you're as dumb as a box of rocks", "dumb as a box of rocks"),
    ("Were you dropped on your head as a child?", "dropped on your head"),
    ("Did your mother drop you on your head?", "drop you on your head"),
    ("You couldn't find your way out of a paper bag.", "couldn't find your way out of a paper bag"),
    ("People like you are the reason shampoo has instructions.", "the reason shampoo has instructions"),
    ("Not the sharpest tool in the shed, are you?", "not the sharpest tool in the shed"),
    ("He is a few sandwiches short of a picnic", "sandwiches short of a picnic"),
    ("Use both of your brain cells for once.", "both of your brain cells"),
    ("Learn to read.", "learn to read"),
    ("You clearly never made it past the third grade.", "never made it past the third grade"),
    ("Nobody asked for your opinion.", "nobody asked for your"),
    ("nobody cares what you think", "nobody cares what you think"),
    ("Crawl back under your rock, troll.", "crawl back under your rock"),
    ("typed from his mom's basement", "from his mom's basement"),
    ("Get a life.", "get a life"),
    ("Did you forget to take your meds?", "did you forget to take your meds"),
    ("Shut your stupid mouth.", "shut your stupid mouth"),
    ("You are a waste of oxygen.", "waste of oxygen"),
    ("You're such a waste of space", "you're such a waste of space"),
    ("You are a pathetic excuse for a journalist.", "pathetic excuse for a journalist"),
    ("you lying sack of garbage", "you lying sack of garbage"),
    ("Your parents must be so ashamed of you.", "your parents must be so ashamed"),
    ("Just another paid shill.", "paid shill"),
    ("You look like a toad.", "you look like a toad"),
    ("Everyone here is smarter than you.", "smarter than you"),
    ("You have the personality of a wet paper towel.", "have the personality of a wet"),
    ("You're as useful as a chocolate teapot.", "you're as useful as a chocolate"),
    ("Were you raised by wolves?", "were you raised by wolves"),
    ("Your mother should have swallowed you.", "should have swallowed you"),
    ("Nobody wants to hear from you.", "nobody wants to hear from you"),
    ("Honestly, you are an embarrassment to this town.", "you are an embarrassment"),
    ("He's a joke of a mayor.", "he's a joke"),
    ("I've seen rocks with more common sense than you.", "more common sense than you"),
    ("You have a face only a mother could love.", "you have a face only a mother could love"),
    ("You are a horrible person.", "you are a horrible person"),
    ("What a vile little man.", "what a vile little man"),
    # Session 17 (insults6.tsv)
    ("You clearly peaked in high school.", "you clearly peaked in high school"),
    ("You'd lose a debate to a fortune cookie.", "you'd lose a debate to a fortune"),
    ("I've met houseplants with better judgement than you.", "met houseplants with better judgement than you"),
    ("Stick to colouring books, champ.", "stick to colouring books"),
    ("Your face could curdle milk.", "your face could curdle milk"),
    ("You couldn't argue your way out of a parking ticket.", "couldn't argue your way out of a parking ticket"),
    ("Go back to whatever rock you crawled out from.", "rock you crawled out from"),
    ("You have the moral backbone of a jellyfish.", "have the moral backbone of a jellyfish"),
    ("You're the reason shampoo needs instructions.", "the reason shampoo needs instructions"),
    ("You are a stain on this profession.", "you are a stain on this profession"),
    # Session 18 (a blind round of short replies)
    ("You disgust me.", "you disgust me"),
    ("Honestly, u sicken me.", "u sicken me"),
    ("You make me sick!!!", "you make me sick"),
    ("you really make me want to puke", "you really make me want to puke"),
    ("Jamie is a horrible gay person.", "is a horrible gay person"),
    ("Trump is a truly disgusting human being.", "is a truly disgusting human being"),
    ("Jamie is a gross gay person.", "is a gross gay person"),
    ("Omar is a horrible African American person.", "is a horrible african american person"),
    # Session 19 (the misses of insults3-5.tsv)
    ("You wouldn't recognise a fact if it bit you.", "wouldn't recognise a fact if it bit you"),
    ("You wouldn't know the truth if it slapped you in the face.", "wouldn't know the truth if it slapped you"),
    ("Is there anything between your ears?", "anything between your ears"),
    ("Your IQ is room temperature.", "iq is room temperature"),
    ("What are you, twelve?", "what are you, twelve?"),
    ("You must have been dropped as a baby, repeatedly.", "you must have been dropped as a baby"),
    ("Thanks for proving you can't read.", "proving you can't read"),
    ("You're not even worth arguing with.", "you're not even worth arguing with"),
    ("You're a sad little man with a keyboard.", "you're a sad little man"),
    ("Get off the internet, you sad old man.", "you sad old man"),
    ("Your comments are proof that the internet needs an IQ test.", "proof that the internet needs"),
    ("Stop embarrassing yourself and log off.", "stop embarrassing yourself"),
    ("You couldn't organise a bake sale.", "couldn't organise a bake sale"),
    ("This writer needs to go back to kindergarten.", "this writer needs to go back to kindergarten"),
    ("Did you even read the article, or just the headline, genius?", "genius?"),
    ("Your argument has the depth of a puddle.", "the depth of a puddle"),
    ("Nobody takes you seriously.", "nobody takes you seriously"),
    ("The columnist is a waste of ink.", "waste of ink"),
    ("Crawl back to your echo chamber.", "crawl back to your echo chamber"),
    # ... and of insults7-8.tsv
    ("You wouldn't recognise irony if it sat on your lap.", "wouldn't recognise irony if it sat on your lap"),
    ("I've seen smarter comments on a cereal box.", "i've seen smarter comments on a cereal box"),
    ("You argue like a toddler who missed his nap.", "you argue like a toddler"),
    ("You're not the brightest, are you?", "you're not the brightest"),
    ("You type like you've been hit on the head.", "like you've been hit on the head"),
    ("A goldfish would make a better councillor than you.", "a goldfish would make a better councillor than you"),
    ("I'd explain it to you but I left my crayons at home.", "explain it to you but i left my crayons"),
    ("Did your mother have any children that lived?", "did your mother have any children that lived"),
    ("Sit down, kid, the adults are talking.", "the adults are talking"),
    ("You are the human version of a participation trophy.", "the human version of a participation"),
    # session 20's comments2.tsv
    ("Maybe if you had half a brain you'd understand basic economics.", "if you had half a brain"),
    ("Clearly you were educated at the bottom of a cereal box.", "educated at the bottom of a cereal box"),
    ("Do everyone a favour and log off permanently.", "do everyone a favour and log off"),
    ("Anyone who supports him is too thick to tie their own shoes.", "too thick to tie their own shoes"),
    # ... and comments3.tsv (tweets)
    ("this ref is blind as a bat, absolute joke of a human", "absolute joke of a human"),
    # ... and insults9.tsv (classic one-liners)
    ("You have the charm of a parking ticket.", "you have the charm of a parking ticket"),
    ("I'd call you a tool, but tools are useful.", "i'd call you a tool, but tools are useful"),
    ("You bring everyone so much joy when you leave the room.", "bring everyone so much joy when you leave"),
    ("You're about as sharp as a bowling ball.", "as sharp as a bowling ball"),
    ("I'd agree with you but then we'd both be wrong.", "i'd agree with you but then we'd both be wrong"),
    ("Talking to you is like talking to a brick wall.", "talking to you is like talking to a brick wall"),
    ("If brains were dynamite you couldn't blow your nose.", "if brains were dynamite"),
    ("You must have been born on a highway.", "born on a highway"),
    ("Nobody would miss you if you stopped posting.", "nobody would miss you if you stopped posting"),
    ("You're the reason the gene pool needs a lifeguard.", "gene pool needs a lifeguard"),
    ("Keep rolling your eyes, maybe you'll find a brain back there.", "you'll find a brain"),
    ("Were you raised in a barn?", "were you raised in a barn"),
    # ... and comments4.tsv (news comments)
    ("Learn some basic maths before you embarrass yourself again.", "before you embarrass yourself"),
    ("The only thing emptier than your argument is your head.", "emptier than your argument is your head"),
    ("If you hate this country so much, get out and don't come back.", "if you hate this country so much, get out"),
    # session 21's comments5.tsv (talk pages and news comments)
    ("The councillor is a spineless weasel and everyone in town knows it.", "is a spineless weasel"),
    ("You slimy little rat.", "you slimy little rat"),
    ("Commenters here are the dumbest people on the internet.", "are the dumbest people"),
    ("You're easily one of the most ignorant posters on this site.", "one of the most ignorant posters"),
    # ... and comments6.tsv (tweets)
    ("@USER absolute snake. never speak to me again", "absolute snake"),
    ("@USER delete your account you embarrassment", "you embarrassment"),
    ("@USER your mom should've stopped at the first kid", "your mom should've stopped at the first kid"),
    # ... and insults10.tsv (one-liners)
    ("I've met smarter sandwiches.", "i've met smarter sandwiches"),
    ("Your comment is what happens when cousins marry.", "what happens when cousins marry"),
    ("Hold still, I'm trying to imagine you with a personality.", "imagine you with a personality"),
    ("If ignorance is bliss you must be the happiest man alive.", "if ignorance is bliss you must be the happiest"),
    ("You bring nothing to the table.", "you bring nothing to the table"),
    ("Even autocorrect gave up on you.", "even autocorrect gave up on you"),
    ("You are living proof that money can't buy brains.", "living proof that money can't buy brains"),
    ("I'd explain it to you but I don't have the time or the crayons.", "explain it to you but i don't have the time or the crayons"),
    # ... and comments7.tsv (long news comments)
    ("Maybe the cyclists will finally shut their mouths.", "shut their mouths"),
    # ... and comments8.tsv (short replies)
    ("Nobody asked, Brenda.", "nobody asked, brenda"), ("Go back to your cave.", "go back to your cave"),
    ("Cope harder, snowflake.", "cope harder"), ("Your brain is smooth as a marble.", "your brain is smooth"),
    ("Shut it, grandpa.", "shut it"), ("You absolute donkey.", "you absolute donkey"),
    ("Lol you're such a tool.", "you're such a tool"), ("Someone muzzle this woman.", "someone muzzle this"),
    # ... and comments9.tsv
    ("@USER go make me a sandwich sweetheart, leave politics to the men", "go make me a sandwich"),
    # ... and insults11.tsv (internet slang)
    ("Ok boomer, go yell at a cloud.", "ok boomer"), ("Stay mad, virgin.", "stay mad"),
    ("Sit down, keyboard warrior.", "keyboard warrior"), ("Pick me girl strikes again.", "pick me girl"),
    ("You're such a simp, it's embarrassing.", "simp"), ("Found the incel.", "incel"),
    # ... and comments10.tsv (Reddit comments)
    ("Lmao imagine thinking anyone wants your opinion. Go touch grass, nerd.", "go touch grass"),
    ("He sounds like an abusive piece of work.", "an abusive piece of work"), ("Absolute degenerate.", "absolute degenerate"),
    ("Your post history is a dumpster fire.", "your post history is a dumpster fire"),
    ("Delete your account and do everyone a favour.", "delete your account"), ("OP is a massive tool.", "op is a massive tool"),
    ("You're an NPC with no original thoughts.", "you're an npc"), ("Typical Karen, demanding the manager again.", "typical karen"),
    # session 22's insults12.tsv (one-liners)
    ("You absolute walnut.", "you absolute walnut"), ("you utter spanner!", "you utter spanner"),
    ("Did your brain take the day off?", "did your brain take the day off"),
    ("Your opinion is worth less than the dirt on my shoe.", "your opinion is worth less than the dirt on my shoe"),
    ("Honestly you're a waste of a good education.", "you're a waste of a good education"),
    ("You're such a smug know-it-all.", "such a smug know-it-all"),
    # ... and comments8.tsv again
    ("You people are vermin.", "you people are vermin"), ("You lot are nothing but scum.", "you lot are nothing but scum"),
    # ... and comments13.tsv (news comments)
    ("The striker is a diving cheat and a disgrace to the shirt.", "and a disgrace to the shirt"),
    ("You lot are a disgrace.", "you lot are a disgrace"),
    # ... and insults13.tsv (classic one-liners)
    ("You've got a face only a mother could tolerate.", "you've got a face only a mother could tolerate"),
    ("Your family tree must be a circle.", "your family tree must be a circle"),
    ("You talk a lot for someone with nothing to say.", "you talk a lot for someone with nothing to say"),
    ("If I wanted to hear from a clown I'd go to the circus.", "if i wanted to hear from a clown"),
    ("I'd insult you but nature already did.", "i'd insult you but nature already did"),
    ("Is your head always this empty?", "is your head always this empty"), ("You are a walking red flag.", "you are a walking red flag"),
    ("Your personality is as dry as toast.", "your personality is as dry as toast"),
    ("You're about as bright as a black hole.", "as bright as a black hole"),
    # ... and comments14.tsv
    ("The author is a hack and this paper is a rag.", "the author is a hack"), ("This paper is a joke.", "this paper is a joke"),
    # ... and comments15.tsv
    ("She's a self-serving liar who couldn't run a bath, let alone a city.", "couldn't run a bath"),
    ("She's a vile, lying snake.", "she's a vile, lying snake"),
    # ... and insults14.tsv (session 23, one-liners)
    ("Every time you open your mouth, the average IQ in the room drops.",
     "every time you open your mouth, the average iq in the room drops"),
    ("You're not even worth the insult.", "you're not even worth the insult"),
    ("You're a legend in your own mind.", "a legend in your own mind"),
    ("Congratulations, you've reached a new level of stupid.", "new level of stupid"),
    ("Is your brain made of cotton wool?", "your brain made of cotton wool"),
    ("Honestly, a goldfish has a longer attention span than you.", "goldfish has a longer attention span than you"),
    ("Stay in your lane, you clueless amateur.", "you clueless amateur"),
    ("Dude you're genuinely the dumbest person I've ever argued with.", "you're genuinely the dumbest person"),
    # ... and functional25.tsv
    ("Shut up, nobody wants your kind here.", "nobody wants your kind here"),
    # ... and comments17.tsv
    ("If you genuinely believe this, you are beyond help.", "you are beyond help"),
    ("Read a book for once in your miserable life.", "for once in your miserable life"),
    ("You sound like a twelve year old who just discovered politics.", "you sound like a twelve year old"),
    ("You sound like a toddler. Grow up.", "grow up."),
    ("A journalist who clearly couldn't find the town hall with a satnav.", "couldn't find the town hall with a satnav"),
    # ... and insults15.tsv
    ("You're proof that anyone can get a keyboard.", "you're proof that anyone can get a keyboard"),
    ("Two brain cells and they're both fighting for third place.", "two brain cells and they're"),
    ("You're like a software update: nobody wants you.", "nobody wants you"), ("Nobody wants you here.", "nobody wants you"),
    ("I've had more intelligent conversations with my toaster.", "i've had more intelligent conversations with my toaster"),
    ("Your argument is as weak as your chin.", "as weak as your chin"),
    ("You must be the life and soul of absolutely no party.", "life and soul of absolutely no party"),
    ("Even your imaginary friends avoid you.", "even your imaginary friends avoid you"),
    ("You're a waste of a perfectly good username.", "waste of a perfectly good username"),
    ("I can't believe someone let you near a microphone.", "someone let you near a microphone"),
    ("Your whole personality is a cry for help.", "your whole personality is a cry for help"),
    ("What an absolute tit.", "what an absolute tit"), ("He's got the charisma of a damp flannel.", "he's got the charisma of a damp flannel"),
    ("Go away and learn to spell before you lecture anyone.", "learn to spell before you"),
    # ... and comments18.tsv
    ("uninstall the game you absolute bot, you're dragging the team down", "you absolute bot"),
    ("The woman who runs the shop is a miserable old witch.", "is a miserable old witch"),
    ("I wouldn't trust this MP to walk my dog, lying toad.", "lying toad"),
]
NOT_INSULTS = [
    "The old shed is a waste of space.", "I threw out a bag of rubbish.", "Get a life jacket before you board.",
    "Don't forget to take your meds, Grandma.", "My son will learn to read this year.",
    "Nobody asked the residents before the road was closed.", "The storage room is in the basement.",
    "He went back to school at forty.", "The brain is the size of a walnut in some birds.", "Your parents must be so proud!",
    "You're not a waste of space.", "It was a poor excuse for a road.", "The shampoo has instructions in French.",
    "You are not dumb as a rock.", "That looks like a rat in the garden.",
    "She is smarter than you think.", "The series Raised by Wolves was cancelled.", "This knife is as useful as a saw.",
    "The dog swallowed a sock.", "Nobody wants higher taxes.", "The parade was an embarrassment of riches.",
    "The play is a joke about lawyers.", "That face only a mother could love is the dog's best feature.",
    "The film is about a horrible man who robs banks.", "It was a horrible man-made disaster.",
    "Oil prices clearly peaked in the summer.", "She argued her way out of a parking ticket.",
    "We found a crab under the rock by the pier.", "Sour lemon juice can curdle milk.", "My niece loves her colouring books.",
    "The documentary shows a boy raised by wolves.", "The fortune cookie said I'd travel soon.",
    "Houseplants need better light in winter.", "There's a coffee stain on my shirt.", "Jellyfish have no backbone at all.",
    "She has the courage of a lion.",
    "You don't disgust me.", "The smell makes me sick.", "You make me sick with worry.", "Did I disgust you?",
    "Sugar makes me sick.", "Spinning rides make me want to puke.",
    "She is not a horrible person.", "It was a horrible person-to-person call.", "My boss is a wonderful person.",
    "That was a terrible individual performance.",
    "Gross domestic product is a gross measure of growth.",
    "The rain was so heavy I wouldn't know if it hit the car.", "There's a ringing between my ears.",
    "Keep the room at room temperature.", "What are you doing at twelve?", "The phone was dropped as a test.",
    "Can you even read the small print on that form?", "It's not worth arguing with the council.",
    "The sad little dog waited by the door.", "My old man is a sad old fan of the team.",
    "This is proof that the internet works.", "Stop embarrassing your sister.", "The school runs a bake sale.",
    "He went back to kindergarten to read to the children.", "She was a genius.", "The lake has a depth of a metre.",
    "Nobody takes the bus anymore.", "The printer is a waste of ink.", "The song has an echo chamber sound.",
    "She dances with the grace of a swan.", "The village has the charm of a postcard.",
    "He writes with the wit of a young Oscar Wilde.", "The lake has the depth of a ten-storey building.",
    "You wouldn't know if it hit you, the storm was that fast.", "She's not the brightest student in class but works hard.",
    "My toddler talks like a toddler, obviously.", "The kids went outside while the adults are talking about taxes.",
    "I found my crayons at home.", "I've seen better days.", "A goldfish would make a better pet than a hamster.",
    "The ice was too thick to cut.", "Do everyone a favour and read the report first.", "He had half a brain to quit.",
    "She got her degree from a school that makes cereal boxes.", "What a joke of a season.",
    "You have the patience of a saint.", "You have the charm of a young Cary Grant.", "This tool is really useful.",
    "You bring everyone so much joy when you sing.", "The knife is as sharp as a razor.",
    "I'd agree with you, the data supports it.", "Talking to you is always a pleasure.",
    "Dynamite was used to clear the tunnel.", "Most accidents happen on the highway.",
    "No one would notice you if you left early, it's fine.", "The gene pool of the island's sheep is small.",
    "Were you born in a small town?", "I'd call you a genius, but that would be an understatement.",
    "That wall is thicker than your head.", "If you hate this country so much, why not vote to change it?",
    "Check the figures before you publish them.",
    "The stoat is a weasel.", "The garden is full of slimy slugs.", "A lying rat appears in the fable.",
    "A dirty rat ran across the kitchen.", "This is the dumbest idea I've heard.", "Even the dumbest people can vote.",
    "They are not the dumbest people, just unlucky.", "It is one of the most ignorant laws on the books.",
    "What a rat race this commute is.", "The river was an absolute snake of a thing to paddle.",
    "Your mom should've stopped at the shop on the way.", "Did you feel the embarrassment of it all?",
    "I've met smarter people than me at the conference.", "Cousins marry in many royal families.",
    "Imagine you with a new haircut!", "If ignorance is bliss, the news is making us all miserable.",
    "You bring so much to the table.", "Even autocorrect gets the word wrong.", "Money can't buy happiness.",
    "I'd explain it to you but the diagram says it better.",
    "They shut their shop early on Sundays.", "The fish shut their gills.",
    "Nobody asked, but here is my take.", "Nobody asked the residents.", "Go back to the cave entrance.",
    "Go back to your room.", "How do you cope with stress?", "The stone is smooth as glass.", "Shut it down now.",
    "Thank you, donkey sanctuary volunteers!", "You cow parsley lovers will enjoy this.", "This is such a tool for learning.",
    "Someone muzzle the dog before the vet comes.",
    "Could you make me a sandwich, please?", "Leave it to the experts.",
    "My uncle is a proud boomer and loves his garden.", "Stay warm out there!", "She's a keyboard player in a jazz band.",
    "Pick me up at eight, girl!", "The video game NPCs in this one are really smart.", "Karen from accounts brought cake today.",
    "The clouds cleared by noon.", "It is simply a princely sum.", "A cuckoo called from the woods.",
    "The Simpsons is on at six.",
    "Don't touch the grass, it's freshly seeded.", "This essay is a piece of work I'm proud of.",
    "A degenerate case in the proof.", "Your post history is public by default.",
    "To delete your account, open the settings.", "He is a tool maker by trade.", "She's a tool for the job, not a person.",
    "You absolute legend!", "You utter genius.", "You complete me.", "Then you total the bill.",
    "Did your team take the day off?", "The path is worth less than the land under my shoes.",
    "Leaving school was a waste of a good day.", "She's a know-it-all about birds and I love it.",
    "You people are welcome here.", "The animals you people keep are lovely.", "You lot are scheduled for ten.",
    "She is a credit to the shirt.", "The fire was a disgrace, the report says.",
    "Our family tree goes back to the 1600s.", "He talks a lot about his garden.", "We saw a clown at the circus.",
    "Is the fridge always this empty on Fridays?", "That red flag on the beach means no swimming.",
    "This toast is as dry as the desert.", "The black hole image was bright around the edges.",
    "The writer is a hack programmer from Leeds.", "The paper is a rag and bone merchant's.",
    "The plumber says you can't run a bath with this boiler.", "The snake found in the garden was a harmless grass snake.",
    # ... look-alikes of insults14.tsv's phrases (session 23)
    "The average IQ test takes about an hour.", "Your degree is worth more than you think.",
    "The jellyfish has no backbone at all.", "He's a legend in his own town, everybody knows him.",
    "Congratulations on reaching a new level in the game!", "The brain is made mostly of fat and water.",
    "My goldfish has a longer attention span than my puppy.", "Stay in your lane on the motorway, please.",
    "You absolute legend, thank you!", "This insult comedian is hilarious.", "It's not worth the effort to repaint.",
    "Nobody wants your kind of music here.", "A whole new level of comfort.",
    # ... look-alikes of comments17.tsv's phrases
    "I couldn't find the station even with a map.", "Kids grow up so fast.", "The vines grow up the trellis.",
    "My son sounds like a toddler when he's tired.", "The patient is beyond help from antibiotics, sadly.",
    "For once in my life I won the raffle.",
    # ... look-alikes of insults15.tsv's phrases
    "Anyone can get a keyboard at the market for a tenner.", "Brain cells use a lot of energy.",
    "Nobody wants the software update, it breaks the printer.", "Nobody wants you to fail.",
    "I had a conversation with my toaster's maker about the warranty.", "The bridge is as weak as it looks.",
    "The party was the life and soul of the village.", "My daughter's imaginary friend is called Bob.",
    "That username is already taken.", "Someone let the dog near the microphone and it barked.",
    "The song is a cry for help, the singer said.", "We saw a blue tit and a great tit in the garden.",
    "The flannel is damp, hang it up.", "Learn to spell with our fun app for kids.",
    # ... look-alikes of comments18.tsv's phrases
    "You absolute legend, thank you!", "She is a wicked witch of the west in the panto.", "The toad was lying in the sun.",
    "Lying toads sunbathe on rocks.",
]


@pytest.mark.parametrize("text,phrase", INSULTS)
def test_insult_phrase_found_with_its_span(lex, text, phrase):
    found = [text[m.start:m.end].lower() for m in lex.analyse(text).matches if m.label == "insult"]
    assert any(phrase in f for f in found), found  # overlapping phrases are merged into the longest


@pytest.mark.parametrize("text", NOT_INSULTS)
def test_the_same_words_said_of_things_or_negated_are_no_insult_phrase(lex, text):
    assert not [m for m in lex.analyse(text).matches if m.how == "pattern" and m.label == "insult"], text


def test_an_insult_phrase_counts_as_an_insult_for_the_models(lex):
    from classifiers.features import DENSE_FEATURES, dense_features

    f = dict(zip(DENSE_FEATURES, dense_features(lex.analyse("Your brain is the size of a pea."))))
    g = dict(zip(DENSE_FEATURES, dense_features(lex.analyse("The fog is the size of a county."))))
    assert f["insult_word"] == 1 and f["insult_count"] > 0 and g["insult_word"] == 0
    assert f["insult_phrase"] == 1 and g["insult_phrase"] == 0
    w = dict(zip(DENSE_FEATURES, dense_features(lex.analyse("You are an idiot."))))
    assert w["insult_word"] == 1 and w["insult_phrase"] == 0  # an insult word is not a phrase


def test_the_careful_path_finds_the_phrases_too(lex):
    """A comment with an obfuscated word is read the careful way; the phrase beside it is still found (the phrase's
    own words are read as written: "w@ste of 0xygen" is not)."""
    found = [m for m in lex.analyse("f*ck off, you are a waste of oxygen").matches if m.how == "pattern"]
    assert [m.label for m in found] == ["insult"]
