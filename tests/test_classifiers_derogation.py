"""Group derogation phrases (classifiers.derogation): found when a group is given a derogatory predicate, not when
the predicate is negated, reported or rebutted, said of things, or said of groups that are not identities.

The sentences here are written for this test; the held-out functional sets in fixtures/eval are measured in
test_classifiers_model.py.
"""

import pytest

from classifiers.derogation import Derogation
from classifiers.lexicon import IDENTITY_TOKEN

DEROGATIONS = [
    ("Catholics are parasites.", "catholics are parasites"),
    ("honestly the Irish are nothing but thieves", "the irish are nothing but thieves"),
    ("Every Jew is greedy.", "every jew is greedy"),
    ("i really can't stand lesbians", "i really can't stand lesbians"),
    ("Time to deport all the Syrians.", "deport all the syrians"),
    ("We must cleanse our streets of immigrants!", "cleanse our streets of immigrants"),
    ("No Gypsies allowed in this pub.", "no gypsies allowed"),
    ("Kurds are no better than animals", "kurds are no better than animals"),
    ("Asian women belong in the kitchen", "asian women belong in the kitchen"),
    ("Feminists don't deserve rights.", "feminists don't deserve rights"),
    ("Sikhs do not deserve any respect", "sikhs do not deserve any respect"),
    ("Roma are not even human.", "roma are not even human"),
    ("Gypsies aren't human", "gypsies aren't human"),
    ("Lesbians are less than human!", "lesbians are less than human"),
    ("Haitian lives don't matter.", "haitian lives don't matter"),
    ("Feminists should stay in the kitchen", "feminists should stay in the kitchen"),
    ("I have known many Mormons and I hate every one of them.", "many mormons and i hate every one of them"),
    ("met lots of Kurds at work and we despise all of them", "kurds at work and we despise all of them"),
    ("gonna stab the next Sikh person I meet", "stab the next sikh person"),
    ("Burn all the Catholics!", "burn all the catholics"),
    ("Britain would be so much better off without Gypsies.", "britain would be so much better off without gypsies"),
    ("Honestly, Mormons disgust me.", "mormons disgust me"),
    ("Roma people really make me sick", "roma people really make me sick"),
    ("Why are Kurds so pathetic?", "why are kurds so pathetic"),
    ("Sikh person lives don't matter", "sikh person lives don't matter"),
    # Narrowed by a relative clause that is no wrongdoing: still the group.
    ("I hate Muslims who pray in the street.", "i hate muslims"), ("I despise Jews who support Israel", "i despise jews"),
    ("Send the Muslims back.", "send the muslims back"), ("send all the refugees home", "send all the refugees home"),
    ("I can't bear being in the same room as lesbians.", "i can't bear being in the same room as lesbians"),
    ("There is nothing I loathe more than Nigerians.", "nothing i loathe more than nigerians"),
    ("Every Roma family I've met was a pack of thieves.", "every roma family i've met was a pack of thieves"),
    ("I hate gay peeple.", "i hate gay peeple"), ("I hate Mooslims.", "i hate mooslims"),
    ("Nigerians are all scammers.", "nigerians are all scammers"),
    ("Seeing Sikhs on my street makes my blood boil.", "seeing sikhs on my street makes my blood boil"),
    ("Trans women are men in dresses and nothing more.", "trans women are men in dresses"),
    ("Muslims breed like cockroaches.", "muslims breed like cockroaches"),
    ("Hiring a woman is always a mistake.", "hiring a woman is always a mistake"),
    ("I'd rather my son be dead than gay.", "rather my son be dead than gay"),
    ("Gays will be dragged into the street and shot.", "gays will be dragged into the street and shot"),
    ("Do we really need more Muslims in this country?", "do we really need more muslims"),
    ("I've met plenty of Somalis. Every one of them was a thief.", "somalis. every one of them was a thief"),
    ("Mexicans are such shitty people.", "mexicans are such shitty"),
    ("I get sick to my stomach whenever I see a Muslim.", "sick to my stomach whenever i see a muslim"),
    ("Jews make my skin crawl.", "jews make my skin crawl"), ("Women are manipulative by nature.", "women are manipulative"),
    ("Lesbians are an insult to nature.", "lesbians are an insult to nature"),
    ("A Muslim neighbour is the last thing this street needs.", "a muslim neighbour is the last thing this street needs"),
    ("I wouldn't let a gay man babysit my kids.", "i wouldn't let a gay man babysit"),
    ("Of course the thief was an immigrant, what did you expect?", "of course the thief was an immigrant"),
    ("We're going to make life hell for every trans kid.", "make life hell for every trans"),
    ("Disabled people should be left to die.", "disabled people should be left to die"),
    ("Gay people can go to hell.", "gay people can go to hell"),
    ("Why are women so bad at driving?", "why are women so bad at driving"),
    ("Shouldn't Muslims be banned from entering the country?", "shouldn't muslims be banned"),
    ("I believe Jews are behind every war.", "jews are behind every war"),
    # A negation or report word in an earlier clause frames nothing.
    ("I don't care what you say, Muslims are vermin.", "muslims are vermin"),
    ("Not gonna lie; Jews are parasites", "jews are parasites"),
    ("I'm not racist but Kurds are parasites.", "kurds are parasites"),
    ("Not to be rude but women are stupid", "women are stupid"),
    ("I think Kurds are vermin.", "kurds are vermin"),
    ("Sikhs out!", "sikhs out!"), ("Roma people out now.", "roma people out now."),
    # A pronoun for the group named just before or just after.
    ("Kurds are everywhere now. They are all parasites.", "kurds are everywhere now. they are all parasites"),
    ("Sikhs think they are special. I hate them.", "sikhs think they are special. i hate them"),
    ("Of course they are stupid. They are just Mormons after all.", "they are stupid. they are just mormons"),
    ("I despise them. They are Catholics after all.", "i despise them. they are catholics"),
    # Called so by the writer; stereotypes of power and of hiding away.
    ("I call Kurds vermin.", "i call kurds vermin"),
    ("Mormons control the media", "mormons control the media"),
    ("Roma people should be kept out of sight.", "roma people should be kept out of sight"),
    # Worth, sense or standing denied; death prescribed; intensified hate.
    ("Kurds are not worth anything.", "kurds are not worth anything"),
    ("Mormons aren't capable of thinking for themselves", "mormons aren't capable of thinking"),
    ("Trans women will never be real women.", "trans women will never be real women"),
    ("Sikhs are too emotional to lead.", "sikhs are too emotional to lead"),
    ("Roma people cannot be trusted.", "roma people cannot be trusted"),
    ("Catholics deserve to be put down.", "catholics deserve to be put down"),
    ("Kurds should all be shot", "kurds should all be shot"),
    ("I absolutely loathe Mormons", "i absolutely loathe mormons"),
    ("they want to slit the throat of every Sikh in town", "slit the throat of every sikh"),
    ("Judaism is a plague.", "judaism is a plague"), ("Homosexuality is a disease", "homosexuality is a disease"),
    ("Kurds not welcome", "kurds not welcome"), ("Sikhs are invading our towns", "sikhs are invading"),
    ("Mormons flooding our country", "mormons flooding"), ("Illegals are rapists.", "illegals are rapists"),
    ("Shut up woman, get back in the kitchen", "woman, get back in the kitchen"),
    ("go back to the kitchen, women!", "go back to the kitchen, women"),
    ("Fuck all Kurds", "fuck all kurds"), ("fucking Sikhs ruin everything", "fucking sikhs"),
    ("Kurds are in town. They make me sick.", "kurds are in town. they make me sick"),
    ("Sikhs will never be real Americans", "sikhs will never be real americans"),
    ("Kurds ruined this town.", "kurds ruined this"), ("Mormons always lie", "mormons always lie"),
    ("Why do Sikhs always commit crimes?", "why do sikhs always commit crimes"),
    ("I despise every single Sikh I have met.", "i despise every single sikh"),
    ("i can't tolerate Kurds", "i can't tolerate kurds"), ("My hatred for Mormons grows.", "my hatred for mormons"),
    ("Kurds fill me with disgust.", "kurds fill me with disgust"),
    ("Sikhs just make my blood boil", "sikhs just make my blood boil"),
    ("Mormons are closer to apes than to people.", "mormons are closer to apes"),
    ("Kurds are a threat to our way of life", "kurds are a threat"), ("Women are property.", "women are property"),
    ("someone should put a bullet in every Kurd", "put a bullet in every kurd"),
    ("I'll beat the next Sikh I see", "beat the next sikh"),
    ("Women like her deserve to be beaten.", "women like her deserve to be beaten"),
    ("The world would be better if all Kurds were killed.", "world would be better if all kurds were killed"),
    ("Sikhs? They should all be expelled.", "sikhs? they should all be expelled"),
    # A frame before the sentence that names the group is not about the next one; "don't you think" asks.
    ("Don't talk to me about Kurds. I can't stand them.", "kurds. i can't stand them"),
    ("Don't you think Mormons are just animals?", "mormons are just animals"),
    ("We are going to burn down the mosque tonight.", "burn down the mosque"),
    ("Burn every synagogue!", "burn every synagogue"),
    ("Nothing is more repulsive to me than a Sikh.", "nothing is more repulsive to me than a sikh"),
    ("Is there anything worse than Kurds?", "anything worse than kurds"),
    ("Fuck every single Mormon in this town.", "fuck every single mormon"),
    ("I have nothing but contempt for Roma.", "i have nothing but contempt for roma"),
    ("Seeing gay couples in public makes me want to throw up.",
     "seeing gay couples in public makes me want to throw up"),
    ("Every Sikh deserves a bullet.", "every sikh deserves a bullet"), ("Kurds are human garbage", "kurds are human garbage"),
    ("Mormons? Honestly, they are just rats.", "mormons? honestly, they are just rats"),
    ("Aren't Kurds just savages?", "aren't kurds just savages"), ("Sikhs will never be normal.", "sikhs will never be normal"),
    ("Kurds are not capable of running a country.", "kurds are not capable of running"),
    ("Sikhs are a waste of oxygen.", "sikhs are a waste of oxygen"), ("Death to all Kurds!", "death to all kurds"),
    ("Kurds don't belong here.", "kurds don't belong here"),
    ("Mormons have no place in our country.", "mormons have no place in our country"),
    ("Women are only good for cooking.", "women are only good for"), ("Lock up all the Sikhs.", "lock up all the sikhs"),
    ("Never trust a Kurd.", "never trust a kurd"), ("Sikhs belong in the gutter", "sikhs belong in the gutter"),
    ("Kurds should be dumped in a landfill.", "kurds should be dumped in a landfill"),
    ("Gay men spread disease.", "gay men spread disease"), ("Mormons, are vermin", "mormons, are vermin"),
    ("Kurds are just confused freaks.", "kurds are just confused freaks"),
    ("Women should never be in charge.", "women should never be in charge"),
    # Session 13: what a blind round (functional7) missed, in other words.
    ("I can't stand living near Gypsies.", "i can't stand living near gypsies"),
    ("Honestly Sikhs creep me out", "sikhs creep me out"),
    ("Lesbians give me the creeps.", "lesbians give me the creeps"),
    ("Latinas are just gold diggers", "latinas are just gold diggers"),
    ("Women are baby machines.", "women are baby machines"),
    ("A Muslim woman's place is in the kitchen", "woman's place is in the kitchen"),
    ("I would never hire a Mexican.", "i would never hire a mexican"),
    ("i won't ever rent to Somalis", "i won't ever rent to somalis"),
    ("I would never let a Roma family near my house", "i would never let a roma family near"),
    ("I really don't respect feminists.", "i really don't respect feminists"),
    ("I have no respect for Mormons", "i have no respect for mormons"),
    ("Arabs should go back to where they came from", "arabs should go back to where they came from"),
    ("Some women just need to be put in their place.", "women just need to be put in their place"),
    ("Immigrants bring nothing but crime and filth.", "immigrants bring nothing but crime"),
    ("All these immigrants moved in, they bring nothing but crime.", "all these immigrants moved in, they bring nothing but crime"),
    ("We should hate gay people.", "we should hate gay people"), ("Everyone must despise Muslims.", "everyone must despise muslims"),
    ("Muslims arrived here, they should be sent back where they came from.",
     "muslims arrived here, they should be sent back where they came from"),
    ("We will make the Kurds pay with their lives.", "we will make the kurds pay with their lives"),
    ("Autistic kids should be kept out of our schools.", "autistic kids should be kept out of our schools"),
    ("Catholics are not worth the trouble.", "catholics are not worth the trouble"),
    ("Lesbians will never be real mothers", "lesbians will never be real mothers"),
    ("Isn't it obvious that Sikhs are filthy?", "sikhs are filthy"),
    # ... and what a second blind round (functional8) missed.
    ("I have always despised Mormons", "i have always despised mormons"),
    ("i'm truly sickened by lesbians", "i'm truly sickened by lesbians"),
    ("Nothing infuriates me more than Gypsies", "nothing infuriates me more than gypsies"),
    ("I won't rent a room to a Somali.", "i won't rent a room to a somali"),
    ("Deaf people should never breed.", "deaf people should never breed"),
    ("Latinas are walking incubators", "latinas are walking incubators"),
    ("Feminists are not worth listening to.", "feminists are not worth listening to"),
    ("gonna shoot the first Sikh I see", "shoot the first sikh"),
    # ... and what a Dixon-style template probe (session 15) missed: the bare name, "Being X is ...", commands.
    ("i hate muslim", "i hate muslim"),
    ("Honestly I hate gay!", "i hate gay"),
    ("Long day at work. hate gay.", "hate gay"),
    ("Being gay is disgusting.", "being gay is disgusting"),
    ("Being a Muslim woman is gross", "being a muslim woman is gross"),
    ("attack jews", "attack jews"),
    ("We must shoot Muslims.", "shoot muslims"),
    ("Women are terrible drivers.", "women are terrible"),
    # Session 17 (functional12): incapable, worth and smarts denied, distrust, scapegoats, the neighbourhood idiom.
    ("Sikhs are incapable of telling the truth.", "sikhs are incapable of telling the truth"),
    ("Kurds are not worth the same as the rest of us", "kurds are not worth the same as"),
    ("Women are never going to be as smart as men.", "women are never going to be as smart as"),
    ("You can't trust Mormons.", "can't trust mormons"), ("we can never ever trust a Catholic", "can never ever trust a catholic"),
    ("Refugees are the reason crime is so high.", "refugees are the reason crime"),
    ("Gypsies are to blame for all the problems here", "gypsies are to blame for all the problems"),
    ("I can't stand being in a room full of lesbians.", "i can't stand being in a room full of lesbians"),
    ("Another Sikh family moved in next door, there goes the neighbourhood.",
     "another sikh family moved in next door, there goes the neighbourhood"),
    # ... and functional13: made ill, "stick to cooking", "why do X have to be so", capability denied to every one.
    ("Sikhs make me physically ill.", "sikhs make me physically ill"),
    ("Lesbians should stick to cooking and cleaning.", "lesbians should stick to cooking"),
    ("Why do Kurds always have to be so violent?", "why do kurds always have to be so violent"),
    ("No woman is capable of leading.", "no woman is capable of leading"),
    ("Refugees are the reason society is falling apart", "refugees are the reason society is falling apart"),
    ("Roma people are never welcome here.", "roma people are never welcome"),
    ("Trans women are just men in disguise.", "trans women are just men in disguise"),
    # ... and functional14 (session 19): an adjective before the noun, comparatives, "they were", never born.
    ("Trans people are nothing but mutilated freaks.", "trans people are nothing but mutilated freaks"),
    ("Women are stupider than men.", "women are stupider"),
    ("I met some gay men at the pub. They were disgusting creatures.",
     "gay men at the pub. they were disgusting"),
    ("Disabled people should never have been born.", "disabled people should never have been born"),
    # ... and comments3.tsv (session 20): shipped out, sent packing.
    ("Muslims need to be rounded up and shipped out.", "muslims need to be rounded up and shipped out"),
    ("Refugees should be sent packing.", "refugees should be sent packing"),
    ("Gays should be rounded up.", "gays should be rounded up"),
    # ... and functional15 (session 20)
    ("Muslims and sewage have a lot in common.", "muslims and sewage have a lot in common"),
    ("Any Muslim who comes near my house will get a bullet.", "any muslim who comes near my house will get a bullet"),
    ("I have never hated anything as much as I hate trans people.", "i hate trans"),
    ("Black people just make my blood run cold.", "black people just make my blood run cold"),
    ("Isn't it time we got rid of all the immigrants?", "got rid of all the immigrants"),
    ("I'd rather have a dog as a neighbour than a black family.", "rather have a dog as a neighbour than a black family"),
    # ... and identities of Dixon et al.'s template list that the identity list lacked
    ("I hate Canadian people.", "i hate canadian people"), ("Taoists are disgusting.", "taoists are disgusting"),
    ("I despise paralyzed people.", "i despise paralyzed people"), ("Millennials are vile.", "millennials are vile"),
    # ... and functional16 (session 20)
    ("Trans people make me feel physically ill.", "trans people make me feel physically ill"),
    ("Trans people belong in a circus.", "trans people belong in a circus"),
    ("Women should be seen and not heard.", "women should be seen and not heard"),
    ("Another immigrant, another crime statistic.", "another immigrant, another crime"),
    ("I will make sure no trans person feels safe in this town.", "make sure no trans person feels safe"),
    ("It would be best if all disabled people were put down.", "best if all disabled people were put down"),
    ("I'd be happy if every immigrant drowned.", "happy if every immigrant drowned"),
    ("Women are not capable of logical thought.", "women are not capable of logical thought"),
    ("My new coworker is gay. He is disgusting like all of them.", "gay. he is disgusting like all of them"),
    ("I met a Muslim yesterday. He was a vile piece of trash like the rest of them.",
     "muslim yesterday. he was a vile piece of trash like the rest of them"),
    # ... and comments4.tsv
    ("These so-called refugees are nothing but freeloaders and criminals.",
     "these so-called refugees are nothing but freeloaders"),
    # ... and functional17 (session 21)
    ("Gay men fill me with absolute revulsion.", "gay men fill me with absolute revulsion"),
    ("Muslims and civilisation just don't mix.", "muslims and civilisation just don't mix"),
    ("All gay people deserve to be locked up and beaten.", "all gay people deserve to be locked up and beaten"),
    ("Disabled babies should be euthanised at birth.", "disabled babies should be euthanised"),
    ("Don't hire disabled people. They just slow everyone down.", "don't hire disabled people"),
    ("Never trust a Muslim.", "never trust a muslim"),
    ("Immigrants will never be anything but criminals.", "immigrants will never be anything but criminals"),
    ("Refugees will always be parasites.", "refugees will always be parasites"),
    # ... and the verbs of Dixon et al.'s templates, owned or told ("I murder X people", "destroy X")
    ("I murder gay people.", "murder gay people"), ("destroy muslim", "destroy muslim"),
    ("I want to destroy Jews.", "destroy jews"),
    # ... and groups named in two words, or by age
    ("Middle Eastern people are nasty.", "middle eastern people are nasty"),
    ("I hate African Americans.", "i hate african americans"), ("Older people are disgusting.", "older people are disgusting"),
    ("Being younger is gross.", "being younger is gross"),
    # ... and functional18 (session 21)
    ("Jews make me want to scream.", "jews make me want to scream"),
    ("Nothing disgusts me more than two gay men kissing.", "nothing disgusts me more than two gay men"),
    ("Muslims are rabid animals.", "muslims are rabid animals"),
    ("I wouldn't let a black man marry my daughter.", "i wouldn't let a black man marry my"),
    ("Refugees only come here for the free money.", "refugees only come here for the free money"),
    ("I am going to hurt the next Muslim I meet.", "hurt the next muslim"),
    ("Jews should be wiped off the map.", "jews should be wiped off the map"),
    ("Immigrants can fuck right off back home.", "immigrants can fuck right off"),
    ("No Muslim can ever be trusted.", "no muslim can ever be trusted"),
    ("Why do women always have to ruin everything?", "why do women always have to ruin everything"),
    # ... and comments7.tsv
    ("Just what we need, more Muslims in this town.", "just what we need, more muslims"),
    # ... and comments9.tsv (tweets about women and migrants)
    ("Send every last one of those illegals back where they came from", "send every last one of those illegals back"),
    ("Every migrant that comes here is a future criminal", "every migrant that comes here is a future criminal"),
    ("Women drivers should be banned, they're a menace", "women drivers should be banned"),
    ("The only good illegal is a deported illegal", "only good illegal is a deported"),
    # ... and functional19 (obfuscated, session 21: "Tr4ns w0men are men.")
    ("Trans women are men.", "trans women are men"), ("Trans men are just women.", "trans men are just women"),
    # ... and functional20 (session 22)
    ("Immigrants aren't welcome here and never will be.", "immigrants aren't welcome"),
    ("Gay people are a disgrace.", "gay people are a disgrace"),
    ("Women like that ought to be slapped around.", "women like that ought to be slapped"),
    ("Gay people can never be decent parents.", "gay people can never be decent parents"),
    ("Disabled people can't be good parents.", "disabled people can't be good parents"),
    ("Immigrants? I think they are a cancer on this land.", "immigrants? i think they are a cancer"),
    ("We're going to make sure every immigrant here ends up dead.", "make sure every immigrant here ends up dead"),
    # ... and comments11.tsv
    ("Muslims are taking over our towns.", "muslims are taking over our towns"),
    # ... and functional21 (session 22)
    ("Nothing makes me angrier than seeing immigrants on benefits.", "nothing makes me angrier than seeing immigrants"),
    ("Trans people are not people, they are things.", "trans people are not people"),
    ("Muslims should go back to the desert where they belong.", "muslims should go back to the desert"),
    ("Gay people should be thrown off buildings.", "gay people should be thrown off buildings"),
    ("Disabled people deserve to suffer.", "disabled people deserve to suffer"),
    ("I saw some disabled people at the shop. They should be kept at home.",
     "disabled people at the shop. they should be kept at home"),
    ("Personally, I find Muslims repulsive.", "i find muslims repulsive"),
    # ... and functional22 (session 22)
    ("I'd never let a trans person near my kids.", "i'd never let a trans person near"),
    ("We should deport every single immigrant.", "deport every single immigrant"),
    ("No disabled person deserves to be born.", "no disabled person deserves to be born"),
    ("I wish all Muslims would just die.", "wish all muslims would just die"),
    ("Women can't think logically.", "women can't think logically"),
    ("Are Black people even human?", "are black people even human?"),
    ("Muslims? Disgusting people.", "muslims? disgusting people."),
    # ... and functional23 (session 22)
    ("I get so angry whenever I see gay couples.", "i get so angry whenever i see gay couples"),
    ("Black people are genetically less intelligent.", "black people are genetically less intelligent"),
    ("Black people are not as civilised as us.", "black people are not as civilised"),
    ("I will make every Muslim in this town pay.", "i will make every muslim in this town pay"),
    ("Immigrants will never belong here.", "immigrants will never belong here"),
    ("Why do Muslims breed so much?", "why do muslims breed"),
    ("Asians are all the same, sneaky and dishonest.", "asians are all the same, sneaky"),
    ("Gay people should be shunned.", "gay people should be shunned"),
    # ... and functional25 (session 23)
    ("Honestly, being around Hindus makes me physically ill.", "being around hindus makes me physically ill"),
    ("I can't hide how much I loathe lesbians.", "i loathe lesbians"),
    ("Every time a trans person walks past I feel pure disgust.",
     "every time a trans person walks past i feel pure disgust"),
    ("Women simply lack the brains for engineering.", "women simply lack the brains"),
    ("Disabled people contribute nothing but costs.", "disabled people contribute nothing but"),
    ("Those Gypsies are a pack of wild dogs.", "those gypsies are a pack of wild dogs"),
    ("Of course a Muslim would do that.", "of course a muslim would do that"),
    ("She's pretty smart for a woman.", "smart for a woman"),
    ("Someone should round up the Roma.", "round up the roma"),
    ("Refugees deserve to drown on the way over.", "refugees deserve to drown"),
    ("Shut up you disabled piece of shit.", "you disabled piece of shit"),
    ("Seeing a Muslim makes me sick.", "seeing a muslim makes me sick"),
    # ... and functional26 (session 23)
    ("Bisexuals honestly make my stomach turn.", "bisexuals honestly make my stomach turn"),
    ("I'm sick and tired of Somalis.", "i'm sick and tired of somalis"),
    ("Chinese people have no sense of hygiene.", "chinese people have no sense of hygiene"),
    ("Sikhs are nothing but trouble.", "sikhs are nothing but trouble"),
    ("Somalis are barely human.", "somalis are barely human"),
    ("Disabled people should be grateful we let them out in public.",
     "disabled people should be grateful we let them"),
    ("Any bisexual who flirts with me gets a fist in the face.", "any bisexual who flirts with me gets a fist in the face"),
    ("We need to get rid of the Chinese once and for all.", "get rid of the chinese"),
    ("You can't reason with Muslims, they're savages.", "muslims, they're savages"),
    ("Is it true that Jews run the banks?", "jews run the banks"),
    ("I believe Muslims are incompatible with civilised society.", "muslims are incompatible with civilised society"),
    ("Why don't we just deport all the Kurds?", "deport all the kurds"),
    # ... and comments17 (session 23)
    ("Refugees? More like freeloaders.", "refugees? more like freeloaders"),
    # ... and functional27 (session 23)
    ("Arabs are the most hateful people on earth.", "arabs are the most hateful"),
    ("Immigrants are a swarm of locusts.", "immigrants are a swarm of locusts"),
    ("Trans people are demons in disguise.", "trans people are demons"),
    ("Typical Muslim, always playing the victim.", "typical muslim,"),
    ("She only got the job because she's black.", "only got the job because she's black"),
    ("I'll make sure no Roma family ever rents in this town again.", "make sure no roma family ever rents in"),
    ("Come to our street, immigrants, and see what happens.", "come to our street, immigrants, and see what happens"),
    ("Every Muslim should be put on a boat and sent back.", "every muslim should be put on a boat and sent back"),
    ("Get these shitty immigrants out of our country.", "get these shitty immigrants out of our country"),
    # ... and comments18 (session 23)
    ("Travellers will nick anything that isn't nailed down.", "travellers will nick anything"),
    ("Travellers are here again. They'll steal anything.", "travellers are here again. they'll steal anything"),
    # ... and functional28 (session 23)
    ("I can't stomach Christians and their preaching.", "i can't stomach christians"),
    ("Black men are all deadbeat dads.", "black men are all deadbeat"),
    ("Gay people are incapable of monogamy.", "gay people are incapable of monogamy"),
    ("Trans women will always be men.", "trans women will always be men"), ("Muslims breed terrorists.", "muslims breed terrorists"),
    ("Asians fucking stink.", "asians fucking stink"),
    ("Don't let your daughter date a Muslim, you know how that ends.", "don't let your daughter date a muslim"),
    ("Funny how every mugging round here involves Somalis.", "funny how every mugging round here involves somalis"),
    ("I'm going to smash the windows of every mosque in town.", "smash the windows of every mosque"),
    ("All Hindus should be driven out of this country.", "all hindus should be driven out of this country"),
    ("Gay people should be thrown in prison.", "gay people should be thrown in prison"),
    ("I talked to some Christians on the train. They are brainwashed sheep.",
     "christians on the train. they are brainwashed"),
]
NOT_DEROGATIONS = [
    "My kids are dumber than me at maths.", "The twins should never have been born so early, the doctor said.",
    "I met some gay men at the pub. They were lovely.",
    "The Lakers need to be put in their place.", "Immigrants bring nothing but hope to this town.",
    "Immigrants arrived last year. They bring nothing but hope.", "Immigrants again. They bring crime rates down.",
    "We should not hate gay people.", "Why should we hate gay people?", "We should hate racism.",
    "Catholics are not parasites.", "Turks aren't criminals.", "Saying Muslims are vermin is a lie.",
    "People who claim immigrants are rats are bigots.", '"Jews are parasites" is antisemitic.',
    "It's not true that women are stupid.", "Politicians are parasites.", "Rats are vermin.",
    "Americans are sick of the elites.", "They want to ban gay marriage.", "Immigrants are welcome here.",
    "Refugees are a blessing.", "Women are in an inferior position in that firm.", "I hate Mondays.",
    "The black dogs are filthy.", "It is false that Kurds are not human.", "Catholics are not people who drink.",
    "Haitian lives matter.", "Those lives don't matter to the council.", "Saying Roma are less than human is vile.",
    "I have met many Mormons and I like every one of them.", "Kurds came and I hate all of it",
    "The kids should stay in the kitchen.", "He threatened to shoot every Sikh in the temple.",
    "The attacker killed 20 Catholics.", "Burn all the leaves.", "Britain would be better off without the tariffs.",
    "Mondays disgust me.", "The smell of the Irish pub makes me sick.", "Saying Kurds disgust me is a lie.",
    # "They" is someone else: a plural noun or a verb of saying between.
    "Sikhs were attacked by thugs. They are animals.", "Mormons say they are stupid to wait.",
    "Kurds are my friends. I hate them.", "Catholics are welcome here and I hate them being bullied.",
    "Immigrants are everywhere. They are not parasites.", "I met some Sikhs. They are great people.",
    # Called so by others, or told not to.
    "It's disgusting that people call immigrants a disease.", "You have to stop calling Kurds disgusting.",
    "Calling Roma people animals is racist.", "It is wrong to call Sikhs vermin.",
    "Mormons control the budget of the club.", "He told Sikhs that they are too stupid to vote.",
    # Quoted or supposed by someone else ("I think" is the writer's own opinion: see DEROGATIONS).
    "Statements like 'Kurds are scum' are deeply hurtful.", "If you think Mormons are disgusting, unfollow me.",
    "People who think Sikhs are vermin are bigots.",
    "Kurds out there are kind.", "Mormons out-performed everyone.", "Sikhs out of work need help.",
    "Kurds are not worth less than anyone.", "Trans women are real women.", "Sikhs are too afraid to vote.",
    "The Chinese cannot be trusted as a partner.", "Old Catholics deserve to die in dignity.",
    "Saying trans women are not real women is transphobic.", "Kurds deserve to be heard.",
    "Judaism is not a plague.", "Radical Islam is dangerous.", "Homosexuality is common in nature.",
    "Kurds are flooding into Greece to flee the war.", "Women are taking over the film industry.",
    "Illegals are not rapists.", "The chef told the women to get back to the kitchen at six.",
    "Allergic to fuck boys", "Fuck, Kurds are great", "fuck yeah, the women won",
    "Critics say Kurds ruined the town, which is a lie.", "Mormons always help.", "Sikhs ruined by the flood",
    # The group is what a relative clause acts on, not what the predicate is said of.
    "People who hate Sikhs disgust me.", "Those who attack Kurds are cowards.", "Men who really beat women are scum.",
    # The group narrowed by a relative clause to those who do wrong.
    "I hate men who hit women.", "I don't respect men who hit women.", "I can't stand immigrants who commit crimes.",
    "I hate women who cheat on their husbands.",
    "Send the kids back to school.", "Send the parcel back.",
    "Immigrants will be deported under the new law.", "Do we need more nurses?", "Hiring a woman was the best decision.",
    "I would rather be dead than late.", "Seeing Kurds on the podium makes me proud.",
    "Guns should be banned.", "Of course the thief was caught.", "My kids make life hell for the cat.",
    "Women are not bad at driving.", "Our team is so bad at defending.",
    # Treatment described, a quote posted, things that are not the group.
    "He treats women like they are objects.", "He tweeted 'Kurds are sick' and was banned.",
    "Mormons are property owners.", "Sikhs are under threat.", "Kurds are a danger to themselves on those boats.",
    "Kurds are in danger.", "Our Sikh neighbours deserve to be heard.",
    "Fire crews stopped the blaze before it could burn down the mosque.", "We shouldn't burn down the synagogue.",
    "Nothing is worse than a Monday.", "Nothing is more important to me than Sikh history.",
    "Kurds are not capable of speaking Greek on arrival.", "Every Sikh deserves a fair trial.",
    "Aren't Mormons just lovely?", "Seeing Kurds win makes me happy.",
    "Death to the Kurds was their slogan in 1938.", 'People who shout "death to Sikhs" are dangerous.',
    "Kurds belong here as much as anyone.", "Sikhs bring skills and energy.", "Death to the tyrant!",
    "Lock up all the thieves.", "Kurds have every right to live here.",
    "I would never date a woman, I am gay.",
    "Nobody would ever hire a Mexican for that job, which is why the law changed.",
    "This law will make women suffer.",
    "I hate seeing Muslims attacked in the street.",
    "Women's football is growing fast.",
    "Isn't it wrong to say that Jews are evil?",
    "Immigrants are worth the effort.",
    "I am disgusted by gay people being attacked.",
    "I've always hated Mondays.",
    "Why shouldn't disabled people have children?",
    'She wrote "Muslims are rats" on the wall and was arrested.',
    "Spraying 'Jews are rats' on a synagogue is a hate crime.",
    "I hate black coffee.", "I hate being white.", "Being deaf is terrible.", "Being gay is not disgusting.",
    "The police attack protesters.", "Soldiers were ordered to kill Jews in 1942.", "Attack the problem head on.",
    "These old coins are not worth the same as they were.", "Used cars are never going to be as reliable as new ones.",
    "Toddlers are incapable of telling the truth.", "You can't trust the forecast in April.",
    "I can't trust women drivers", "Refugees are the reason our hospitals still work.",
    "Unemployment is the reason crime is so high.", "A new family moved in, there goes the quiet.",
    "Saying refugees are the reason crime is high is a lie.", "I don't think women are incapable of leading.",
    "People in wheelchairs are incapable of walking.",
    "Why do Muslims have to fast during Ramadan?", "Oysters make me ill.", "The spies were men in disguise.",
    "Women should stick to the training plan.", "Guests are never welcome after ten.",
    "The cattle need to be rounded up and shipped out.", "Women should be sent home from work if they are sick.",
    "The forms should be sent back by Friday.",
    "I'd never say I hate trans people.", "Immigrants and locals have a lot in common.",
    "Any Muslim who comes to the fair will get a free meal.", "I'd rather have a dog than a cat.",
    "Isn't it wrong to say immigrants are criminals?", "The Canadian dollar fell again.",
    "I met a Muslim yesterday. He was kind like all of them.", "The kids should be seen by a doctor.",
    "We made sure no trans person felt unwelcome.", "Another immigrant, another success story.",
    "It would be best if all disabled people were given ramps.",
    "Oil and water just don't mix.", "Muslims and Christians mix freely at the market.",
    "Disabled babies should be seen by a specialist.", "Don't hire a lawyer for a small claim.",
    "Kurds should be slapped with the same fines as everyone.", "Sikhs took over our shift when we were ill.",
    "Gay people can never be too careful online.", "Make sure every Sikh student gets a fair hearing.",
    "Mormons? They say they are a cancer charity's best donors.",
    "Mormons aren't welcome in some clubs, and that is wrong.", "Kurds are not people who give up easily.",
    "Sikhs should suffer less under the new rules.",
    "I keep hearing 'Kurds are disgusting' at school and it has to stop.", "I'd never let a Kurd down.",
    "No Sikh deserves to be treated like that.", "I hope all the Sikhs will enjoy the festival.",
    "Sikhs can't think about anything else today.", "Are Kurds even people we count in the census?",
    "Mormons? Lovely people.", "Sikhs: disgusting treatment by the police.", "Insulting Kurds? Rubbish!",
    "I get so angry whenever I see Kurds being mistreated.", "I get so angry when I see Muslims harmed.",
    "I get so angry whenever I see immigrants deported or scapegoated.", "Kurds are less likely to vote.",
    "Sikhs are not as common here as in Canada.", "We will make every Sikh family pay less tax.",
    "Why do Kurds breed horses?", "Sikhs are all the same height in this photo.",
    "Kurds should go back to school in September.", "I find Mormons fascinating.",
    "Nothing makes me angrier than seeing Kurds mistreated.", "Nothing is worse than Sikhs being blamed for it.",
    '"Kurds are abominations" is exactly the kind of hate we report.',
    "Immigrants will never be criminals just for crossing a border.", "Refugees will always be welcome here.",
    "You don't hire disabled people out of charity, you hire them for their skills.",
    "I destroy my opponents at chess.", "I kill it at karaoke with my gay friends.", "We will destroy the old records.",
    "I want to destroy the myth that immigrants are lazy.",
    "Middle Eastern food is great.", "The middle aged man was kind.", "Older people are more vulnerable to flu.",
    "Being younger is no excuse.", "Older versions are disgusting to use.",
    "Horror films make me want to scream.", "Nothing disgusts me more than two-faced politicians.",
    "Wolves are wild animals.", "I wouldn't let a black cat cross my path.", "I'd let a Muslim friend marry my sister.",
    "Refugees only come here for safety.", "I didn't mean to hurt the next person in line.",
    "The village was wiped off the map by the flood.", "No Muslim can be denied a visa on that basis.",
    "Why do women always have to pay more for haircuts?",
    "Just what we need, more nurses.", "Just what this town needs, more Muslim-owned cafes!",
    "Send every last one of those parcels back.", "Every migrant that comes here is a future taxpayer.",
    "Women drivers should be paid the same.", "The only good illegal parking spot is an empty one.",
    "Illegal drugs are dangerous.", "It is illegal to park here.",
    "Trans women are not men.", "Trans women are men's allies too.", "Trans men are women's football fans.",
    # ... look-alikes of functional25's phrases (session 23)
    "Seeing Muslims attacked makes me sick.", "Seeing Muslims being beaten in the street makes me sick.",
    "Every time a Muslim gets attacked I feel sick.", "When a Jew is hurt I feel sick.",
    "Being around women makes me nervous.", "The smell of Indian food makes me sick.",
    "Disabled people lack access to buildings.", "Women lack the funds to stand.",
    "Muslim women contribute a lot to society.", "He's tall for a Korean.", "That was smart for a first attempt.",
    "Roma music is beautiful.", "Nobody deserves to drown.", "Refugees drown in the sea every week.",
    "Thank you Muslim brothers.", "I don't hate lesbians.", "I can't believe anyone would say they hate lesbians.",
    "Of course a Muslim would do well here.",
    # ... look-alikes of functional26's phrases (session 23)
    "I'm sick of Muslims being blamed for everything.", "I'm tired of women being paid less.",
    "I'm sick of immigrants dying at sea.", "I am sick of these women's double standards.",
    "Disabled people have no access to the building.", "Women have no rights there, and that must change.",
    "Immigrants are in trouble with the new rules.", "The Chinese government banned it.",
    "I love the Irish coast.", "Muslims own the corner shop.", "I run the banks' IT for Jews and gentiles.",
    "Is it true that Sikhs wear turbans?", "I don't think Kurds are savages.", "Refugees? More like heroes.",
    # ... look-alikes of functional27's phrases
    '"Immigrants are locusts" is the kind of language that leads to violence.', "Typical British summer, rain again.",
    "She only got the job because she's brilliant.", "Get the kids out of the car.",
    "Come to our street party, neighbours, and see what happens when we cook.", "Every parcel should be sent back.",
    "Gay people came out of the closet in the seventies.", "I'll make sure no Roma family ever feels unwelcome here.",
    "Magpies will steal anything shiny.", "Travellers should check their passports.",
    # ... look-alikes of functional28's phrases
    "Muslims breed horses in Kazakhstan.", "Gay people should be thrown a parade.", "Trans women are not men.",
    "Trans women will always be welcome here.", "I'm going to visit every mosque in town for the open day.",
    "Funny how every festival round here involves Somalis cooking.", "Asians smell the roses too.",
    "Old people should be protected from scams.", "Rapists should be thrown in prison.",
    "Don't let your daughter date a man who hits her.", "The sheep on the hill belong to Shep.",
]


@pytest.fixture(scope="module")
def derogation(lex):
    return lex.derogation


@pytest.mark.parametrize("text,phrase", DEROGATIONS)
def test_derogation_found_with_its_span(derogation, text, phrase):
    s = text.lower()
    assert [s[a:b] for a, b in derogation.find(s)] == [phrase]


@pytest.mark.parametrize("text", NOT_DEROGATIONS)
def test_negated_reported_or_non_identity_statements_are_not_derogation(derogation, text):
    assert derogation.find(text.lower()) == []


def test_analysis_labels_the_phrase_identity_attack_with_original_offsets(lex):
    text = "Ｔｈｅ Irish are nothing but thieves"  # full-width letters: offsets map back through normalisation
    a = lex.analyse(text)
    hits = [m for m in a.matches if m.label == "identity_attack"]
    assert len(hits) == 1 and text[hits[0].start:hits[0].end] == "Ｔｈｅ Irish are nothing but thieves"
    assert IDENTITY_TOKEN in a.words


def test_words_of_every_pattern_are_triggers():
    """The plain paths try the patterns only when a trigger word and an identity word are present."""
    d = Derogation({"jews", "irish"}, {"rats"})
    for text in ["jews are rats", "i hate jews", "deport the jews", "no irish allowed", "jews are not welcome",
                 "jews don't deserve rights", "jews should not be allowed", "jews belong in cages",
                 "purge our country of jews", "jews are not human", "irish lives don't matter",
                 "jews should stay in the kitchen", "many jews and i hate all of them", "shoot the next irish person",
                 "hunt down every one of these irish", "the world would be better without jews", "gas all jews",
                 "jews disgust me", "jews make me sick", "jews make me want to puke", "why are jews so rats"]:
        assert d.find(text), text
        assert d.triggers & set(text.replace("'", " ").split()), text


def test_scores_rise_with_a_derogation(scorer):
    hostile, neutral = scorer.score(["Catholics are parasites and frauds.", "Catholics are parishioners and friends."])
    assert hostile.scores["identity_attack"] > neutral.scores["identity_attack"] + 0.3
    assert any(sp.label == "identity_attack" for sp in hostile.spans)


def test_find_equals_finditer_over_every_position(derogation):
    """find() tries only the patterns that can open with a word, and only near an identity word; the definition
    tries the whole pattern at every position, and the negated and reported ones at every word it fails on."""
    import random
    import re

    from classifiers.derogation import _RUN_RE

    def reference(s):
        out, framed = [], []
        ends = [m.span() for m in derogation.pattern.finditer(s)]
        for a, b in ends:
            verdict = derogation.judge(s, a, b)
            if verdict == "kept":
                out.append((a, b))
            elif verdict == "framed":
                framed.append((a, b))
        for run in _RUN_RE.finditer(s):
            p = run.start()
            if any(a <= p < b for a, b in ends) or derogation.pattern.match(s, p):
                continue
            n = derogation.negated.match(s, p) or derogation.reported.match(s, p)
            if n:
                framed.append(n.span())
        return out, sorted(framed)

    words = ("muslims jews african-american women men black people the all i really can't stand hate deport ban no "
             "allowed are is not like rats vermin sick of every muslim a saying lie _ x' 3 , . \" every last one "
             "of purge our country belong in cages don't deserve rights should be welcome they them they're "
             "aren't worth anything islam judaism cancer radical flooding invading into slit the throat kill shoot "
             "world would better without we call calling control media out ! deserve to be put down").split()
    words += ["muslims are rats", "i hate jews", "deport all the women", "every muslim is a", "jews are sick",
              "black people are", "no jews allowed", "women belong in cages", "they are stupid. they are just",
              "and i hate them", "they are not vermin", "islam is a", "people call jews", "the world would be "
              "so much better off without all the", "i absolutely loathe", "women are not capable of thinking",
              "is a lie", "saying", "people who hate", "that attack", "don't talk to me about", "my hatred for",
              "fill me with disgust", "should be deported", "better if all", "were killed", "put a bullet in",
              "beat the next"] * 4  # phrases, whole or cut
    rnd = random.Random(4)
    texts = [" ".join(rnd.choice(words) for _ in range(rnd.randint(1, 14))) for _ in range(6000)]
    texts += [re.sub(r" (?=[,.])", "", t) for t in texts[:500]] + [t.replace(" ", "") for t in texts[:200]]
    for t in texts:
        framed: list = []
        found = derogation.find(t, framed)
        assert (found, sorted(framed)) == reference(t), t
    found = [derogation.find(t) for t in texts]
    assert sum(map(bool, found)) > 1500


def test_reported_or_rebutted_phrases_are_marked_denied(lex):
    """A phrase a frame reports or denies is no match, but the analysis says a hostile phrase is denied there (a
    feature the models weigh against the hostile words it quotes); nothing else is marked."""
    reported = ["Saying Muslims are vermin is a lie.", '"Jews are parasites" is antisemitic.',
                "People who claim immigrants are rats are bigots.", "Stop saying W0men are d1sgusting.",
                "Catholics are not parasites.", "Kurds aren't really thieves",
                "You have to stop calling Kurds disgusting.", "People call Sikhs vermin all the time.",
                "Kurds are everywhere. They are not parasites.", "They aren't animals, they are Sikhs.",
                "Being gay is not disgusting."]
    for text in reported:
        a = lex.analyse(text)
        assert a.denied and not [m for m in a.matches if m.label == "identity_attack"], text
    for text in ["Muslims are vermin.", "Muslims are not human.", "Rats are not vermin.", "I love Jews.",
                 "hello there", "Saying hello is nice."]:
        assert not lex.analyse(text).denied, text
    framed = []
    assert lex.derogation.find("saying jews are rats is a lie", framed) == [] and framed == [(7, 20)]


def test_words_of_a_denied_phrase_are_weightless_and_the_rest_count(lex):
    a = lex.analyse("Saying Muslims are vermin is a lie, they are worse than vermin.")
    assert a.words == ["saying", IDENTITY_TOKEN, "are_", "vermin_", "is", "a", "lie", "they", "are", "worse", "than",
                       "vermin"]
    assert [(m.label, m.term) for m in a.matches] == [("insult", "vermin")]  # only the one outside the quote
    a = lex.analyse("If you say 'Muslims are scum', you are the problem.")
    assert "scum_" in a.words and not a.matches  # a strong insult quoted: no hit
    a = lex.analyse("Muslims are not fucking animals")
    assert [m.term for m in a.matches] == ["fucking"]  # swearing is still swearing
    assert lex.analyse("Jews are not just greedy, they are vermin.").words[:5] == [IDENTITY_TOKEN, "are", "not",
                                                                                    "just", "greedy"]


def test_weightless_words_have_no_features():
    from classifiers.charhash import char_codes
    from classifiers.features import analyzer

    assert analyzer(["saying", "vermin_", "is", "a", "lie"]) == ["saying", "is", "a", "lie", "is a", "a lie"]
    rows, _ = char_codes([["vermin_"], ["vermin"]])
    assert set(rows.tolist()) == {1}


def test_denial_lowers_the_score_but_what_is_said_beside_it_counts(scorer):
    denied, worse, plain = scorer.score(["Saying Muslims are vermin is a lie.",
                                         "Saying Muslims are vermin is a lie, they are worse than vermin.",
                                         "Muslims are vermin."])
    assert denied.scores["toxicity"] < 0.5 <= plain.scores["toxicity"]
    assert worse.scores["toxicity"] > denied.scores["toxicity"] + 0.1
    # A negation in an earlier clause denies nothing.
    (clause,) = scorer.score(["I don't care what you say, Muslims are vermin."])
    assert clause.scores["toxicity"] >= 0.5 and clause.scores["identity_attack"] >= 0.5, clause.scores
