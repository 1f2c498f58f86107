"""Small word lists the analysis rules share: function words, a light stemmer's exceptions, concept
classes (words that count as the same term when claims are compared), negators, number words,
quantity qualifiers and the two outcome classes.

These are general English lists, not tuned to any article. A concept class maps several stems
to one term ("supply", "transfer", "purchase" -> ``@transfer``) so "denied any missile transfers"
and "supplying missiles" share a term.
"""
from __future__ import annotations

from ..words import COUNTRY_ALIASES, DEMONYMS, FALSITY_WORDS, SAID_NOUNS, TRUTH_WORDS  # noqa: F401 (read as lx.X)

STOPWORDS = frozenset("""
a an the of to in on at by for from with and or but that this these those is are was were be been being
has have had having it its as which who whom whose their there they he she his her them we our us you your
i me my mine will would can could may might must shall should than then so also into over under about
do does did doing done if when while where whether what how because after before during since until
upon onto per via any some such all each every both either other another more most much many few
very just only still even again already yet ever here out up down off own same too s t
said says say told tell according added adding wrote claimed stated reported announced
one's itself himself herself themselves ourselves least
""".split()) | frozenset(
    # negative-polarity words: "is not bombing anywhere", "did not take anything" - they widen a
    # negation but are not what it negates (nor what a claim is about)
    "anywhere anything anyone anybody whatsoever".split()) | frozenset(
    # prepositions the list above lacks: "discriminating against Mexicans" and "discriminatory to
    # Mexicans" tell one act; the relation word is no word of what is claimed
    "against toward towards among amongst amid between through throughout across along within without".split())

# "is not bombing anywhere in the Sudan": what a negation says of every place; the place named
# after it is where the speaker looks, not a condition of what is negated
UNIVERSAL_PLACE = frozenset({"anywhere", "everywhere"})

# words that carry no subject on their own (never used as blocking or "same subject" evidence)
WEAK_WORDS = frozenset("""
people person man men woman women time times day days week weeks year years way thing things part
new old first last next former latter several many number numbers lot lots area areas place places
make made take taken give given get got go going went come came see seen show shows showed use used
monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow morning evening
night afternoon january february march april june july august september october november december
""".split())

IRREGULAR = {
    # "planes" would lose its -es and its -e and read as "plan" (a word of @involvement)
    "plane": "aircraft", "planes": "aircraft", "airplane": "aircraft", "airplanes": "aircraft",
    "struck": "strike", "shot": "shoot", "hit": "hit", "died": "die", "dies": "die", "dying": "die",
    "dead": "die", "death": "die", "deaths": "die", "men": "man", "women": "woman", "children": "child",
    "people": "person", "persons": "person", "fought": "fight", "sent": "send", "sold": "sell",
    "bought": "buy", "gave": "give", "given": "give", "took": "take", "taken": "take", "blew": "blow",
    "blown": "blow", "was": "be", "were": "be", "been": "be", "brought": "bring", "caught": "catch",
    "downed": "down", "led": "lead", "left": "leave", "lost": "lose", "made": "make", "met": "meet",
    "paid": "pay", "ran": "run", "seen": "see", "saw": "see", "told": "tell", "went": "go", "won": "win",
    "wounded": "wound", "burnt": "burn", "knew": "know", "known": "know", "began": "begin",
    "begun": "begin", "fell": "fall", "fallen": "fall", "held": "hold", "kept": "keep", "rose": "rise",
    "risen": "rise", "spread": "spread", "put": "put", "set": "set", "cut": "cut",
    "overran": "overrun", "overrun": "overrun", "stole": "steal", "stolen": "steal", "slew": "slay",
    "retook": "retake", "retaken": "retake", "gone": "go", "fled": "flee",
}

# concept term -> words (stemmed on import); a claim gets both the stem and the concept
CONCEPTS = {
    "@transfer": {"transfer", "supply", "supplier", "provide", "provision", "deliver", "delivery", "send",
                  "ship", "shipment", "sell", "sale", "buy", "purchase", "acquire", "acquisition", "give",
                  "export", "import", "handover", "arm"},
    "@facility": {"base", "installation", "site", "facility", "garrison", "barrack", "compound", "outpost",
                  "airfield", "airbase"},
    "@military": {"military", "naval", "navy", "army", "armed", "troop", "soldier"},
    "@near": {"near", "nearby", "beside", "next", "adjacent", "close", "surround", "vicinity", "around"},
    "@death": {"kill", "die", "fatality", "fatal", "toll", "eliminate", "massacre", "slay", "slain", "slaughter",
               "murder"},
    "@injury": {"injure", "injury", "wound", "hurt", "injured"},
    "@casualty": {"casualty", "kill", "die", "fatality", "injure", "injury", "wound", "hurt", "harm"},
    # "had gone missing" ~ "vanished" ~ "disappeared" ~ "unaccounted for"
    "@missing": {"missing", "vanish", "disappear", "disappearance", "unaccounted"},
    "@evacuate": {"evacuate", "evacuation", "evacuee"},
    "@drone": {"drone", "uav", "unmanned"},
    "@attack": {"attack", "strike", "raid", "assault", "bombard", "bombing", "shell", "shelling", "ambush"},
    # taking a place: "the rebels overran the post" ~ "the army lost control of the post"
    "@capture": {"capture", "seize", "overrun", "occupy", "storm", "breach", "control", "takeover", "retake",
                 "fall", "enter"},
    # talking: "the two sides held talks" ~ "no such discussions took place"
    "@talk": {"talk", "discussion", "discuss", "negotiation", "negotiate", "meeting", "meet", "dialogue"},
    # taking part: "its troops led the raid" ~ "its troops had no role in the raid"
    "@involvement": {"involve", "involvement", "role", "participate", "participation", "lead",
                     "responsible", "responsibility", "behind", "blame", "orchestrate", "mastermind",
                     "instigate", "plan"},
    # backing a party: "it armed the militia" ~ "it never supported the militia"
    "@support": {"support", "back", "backing", "aid", "assist", "fund", "finance", "sponsor", "arm", "help"},
    # a noun and its -en verb: "the ministry threatened the paper" ~ "no threats were made"
    "@threat": {"threat", "threaten"},
    # setting captives free: "the hostages were released" ~ "all but two are free" ~ "were freed"
    "@release": {"release", "free", "freed", "liberate", "liberated"},
    # firing guns: "there were shootings near the palace" ~ "a gun battle near the palace"
    "@gunfire": {"shoot", "shooting", "gunfire", "gunshot", "gun", "firefight", "gunfight", "shootout",
                 "gunbattle"},
    # taking captives: "the gunmen abducted the pupils" ~ "the kidnapped pupils"
    "@abduct": {"abduct", "abduction", "kidnap", "kidnapping", "kidnapped"},
}

# nouns that name one kind of armed event: figures given for "the raid" and for "the airstrike"
# count two events, not one ("attack", "fighting" name any of them)
EVENT_NOUNS = frozenset({"raid", "ambush", "airstrike", "air-strike", "bombing", "shelling", "counterattack",
                         "counter-attack", "counteroffensive", "assault", "massacre", "shootout", "crash"})

# "Lind says the mayor claims S, but she does not believe that": a contrast, then a negated verb
# of belief, after a carried claim deny it
CONTRAST_WORDS = frozenset({"but", "though", "although", "yet"})
CREDENCE_VERBS = frozenset({"believe", "believes", "believed", "accept", "accepts", "accepted", "trust", "buy"})
NEGATORS = frozenset({"no", "not", "never", "nothing", "none", "n't", "without", "neither", "nor",
                      "nobody", "nowhere", "cannot"})
AUXILIARIES = frozenset({"be", "been", "being", "is", "are", "was", "were", "am", "have", "has", "had",
                         "do", "does", "did", "will", "would", "could", "should", "can", "may", "might",
                         "must", "shall", "yet", "ever", "also", "even", "such", "any", "a", "an", "the",
                         "so", "really", "actually", "quite"})
MODALS = frozenset({"could", "might", "may", "would", "possibly", "perhaps", "maybe", "if", "whether"})
# what ought to happen is not a claim that it happened ("both sides need to talk", "they must leave")
DEONTIC = frozenset({"should", "must", "ought"})
NEED_VERBS = frozenset({"need", "needs", "needed"})  # ... followed by "to"
# cues that report what someone wants done, not what is so ("asked the envoy to arrange talks",
# "urged both sides to withdraw", "called for an inquiry"): their content is no claim of fact.
# "call" only with "for" / "on" / "upon" ("called it a lie" is a claim)
REQUEST_CUES = frozenset({"ask", "urge", "demand", "appeal", "request", "seek", "invite", "want", "encourage",
                          "plead", "beg", "implore", "press", "exhort"})
REQUEST_CALL_PARTICLES = frozenset({"for", "on", "upon"})
# cues that pass a verdict on something ("condemned the attack", "defended the arrest", "praised
# the response"): their content names what is judged, it is no claim of what happened
JUDGING_CUES = frozenset({"condemn", "denounce", "decry", "deplore", "criticize", "criticise", "praise",
                          "hail", "applaud", "welcome", "defend", "commend", "slam", "lambast"})
# cues whose object is the one the claim is about: "Ostra accused Delmar of rigging the vote" (the
# content, "rigging the vote", leaves out who did it)
ACCUSING_CUES = frozenset({"accuse", "blame", "charge", "suspect"})
# the prepositions that name whose a claim is: "the accusations from the ministry", "claims by X"
AUTHOR_PREPOSITIONS = frozenset({"from", "by"})
# a claim that is an accusation: its cue accuses or alleges ("alleged that ..."), or its words say
# that someone is accused ("the employee is accused of ..."); "denied the allegations" answers one
ACCUSATION_VERBS = frozenset({"accuse", "allege", "charge"})
# the nouns a denial names an accusation by ("rejected the accusations", "denied the charges")
ACCUSATION_NOUNS = frozenset({"accusation", "accusations", "allegation", "allegations", "charge", "charges"})
# "the party's allegation over the abduction": what follows one of these after a noun of what a
# named author said tells what the said thing is about, not what the denier itself says
TOPIC_PREPOSITIONS = frozenset({"over", "about", "of", "on", "against", "regarding", "concerning"})
# "dismissed the allegation, saying the party seeks attention": a participle of saying opens the
# denier's own reason, which is no part of what it denies
REASON_PARTICIPLES = frozenset({"saying", "adding", "calling", "describing", "insisting", "arguing"})
# words that open an adjunct of a clause (its time, place, purpose or reason), where the core of
# "who did what to whom" ends: "set herself on fire | earlier this month | to protest ..."
ADJUNCT_OPENERS = frozenset({"to", "in", "at", "near", "after", "before", "during", "because", "since", "while",
                             "when", "earlier", "later", "last", "this", "amid", "following", "despite", "over"})
# words saying that a figure counts another event than the one the claim is about ("a clash that
# left two dead in another town last month", "in a separate attack")
ELSEWHERE_WORDS = frozenset({"another", "separate", "separately", "previous"})
# sentence openers that turn to another event than the one just told ("Meanwhile, an airstrike
# killed two fighters near Osk"): that sentence's figures are no rival count of the first event's
ASIDE_OPENERS = ("meanwhile", "separately", "elsewhere", "in a separate", "in another", "in an unrelated")
# "last month", "last year" (not "last week": a report's own event is often last week's)
ELSEWHERE_TIMES = frozenset({"month", "year"})

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1000, "million": 1_000_000}  # "two dozen": 24
LOWER_BOUND = ("at least", "more than", "over", "upwards of", "no fewer than", "no less than", "in excess of")
UPPER_BOUND = ("at most", "up to", "fewer than", "less than", "under", "no more than", "as many as")
# "as many as 80 were killed" stresses how high the figure runs: it gives the high end of a toll,
# which a count of less than half of it does not reach
HIGH_END = ("as many as",)
APPROXIMATE = ("about", "around", "nearly", "almost", "some", "roughly", "approximately", "an estimated",
               "close to")
MONTHS = frozenset("""january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec""".split())
TIME_WORDS = frozenset({"a.m", "p.m", "am", "pm", "gmt", "utc", "o'clock", "hours", "hour", "h"})

# person nouns a count can be of, and the event that says what happened to them
# person nouns a count can be of, in groups: two figures count the same people only when their
# nouns are in one group ("five soldiers" and "fifteen militants" are two counts), or one of them
# says nothing about who ("nine people", "victims")
PERSON_GROUPS = {
    "@forces": {"soldier", "troop", "officer", "police", "policeman", "guard", "sailor", "recruit",
                "peacekeeper", "serviceman", "marine", "forces"},
    "@fighters": {"militant", "insurgent", "rebel", "gunman", "attacker", "militiaman", "fighter", "terrorist",
                  "jihadist"},
    "@civilians": {"civilian", "resident", "villager", "child", "woman", "man", "pupil", "baby", "patient",
                   "passenger", "pilgrim", "preacher", "worker", "miner", "protester", "demonstrator",
                   "migrant", "refugee", "journalist", "student", "employee", "firefighter", "prisoner",
                   "detainee", "hostage"},
}
UNSPECIFIED_PERSONS = frozenset({"person", "people", "victim", "crew", "member", "staff", "other", "individual"})
PERSON_NOUNS = frozenset(UNSPECIFIED_PERSONS.union(*PERSON_GROUPS.values()))
# "@death": the verbs of killing count the dead too ("slaughtering as many as 80 villagers",
# "12 guards were murdered")
COUNT_EVENTS = {"@death": {"kill", "die", "fatality", "toll", "eliminate", "slay", "slain", "massacre",
                           "slaughter", "murder"},
                "@injury": {"injure", "injury", "wound", "hurt"},
                # "had gone missing" ~ "vanished" ~ "disappeared" ~ "unaccounted for"
    "@missing": {"missing", "vanish", "disappear", "disappearance", "unaccounted"},
                "@evacuate": {"evacuate", "evacuation", "evacuee"},
                "@arrest": {"arrest", "detain", "detention"},
                # an outbreak's count: "180 people have fallen ill", "its figure of 42 cases"
                "@illness": {"ill", "illness", "sick", "sicken", "infect", "infection", "case"},
                "@trapped": {"trap", "trapped", "strand", "stranded"},
                # "1,500 villagers fled", "thousands are fleeing the fighting"
                "@displaced": {"displace", "displaced", "homeless", "flee"}}

# outcome classes: the attack was stopped, or it got through. An air-defence subject with any
# verb in the past ("the air defences worked", "air defence responded") also means stopped
# (see kg.analysis.text._outcomes), so no phrase for it is listed here.
OUTCOME_STOPPED = frozenset({"intercept", "interception", "repel", "repulse", "neutralise", "neutralize",
                             "thwart", "foil", "down", "avert", "deflect"})
OUTCOME_STOPPED_PHRASES = ("shot down", "shoot down", "shooting down", "shot it down", "shot them down",
                           "brought down", "fought off", "beat back", "beaten back", "drove back",
                           "driven back", "pushed back")
# an assault on the ground is stopped by "repelled", "fought off" and got through when the place was
# "overrun", "stormed", "breached": stopping one says nothing of a bomb or a missile elsewhere
GROUND_STOPPED = frozenset({"repel", "repulse"})
GROUND_STOPPED_PHRASES = ("fought off", "beat back", "beaten back", "drove back", "driven back", "pushed back")
GROUND_HIT = frozenset({"overrun", "breach", "storm", "overran"})
OUTCOME_HIT = frozenset({"hit", "strike", "destroy", "explode", "damage", "demolish", "flatten", "ravage",
                         "blow", "obliterate", "wreck", "overrun", "breach", "storm"})
# attacks from afar on a chosen target (an airstrike, a shelling): whom one killed is whom it hit,
# so "the strike killed nine militants" and "the strike killed 22 of our soldiers" disagree on its
# target (a raid or a bombing on the ground, fought both ways, kills on both sides)
STRIKE_NOUNS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "air-strike", "air-strikes",
                          "bombardment", "shelling", "drone"})
AIR_DEFENCE = ("air defence", "air defense", "air defences", "air defenses", "anti-aircraft",
               "missile defence", "missile defense")

# words of an organisation's name that do not identify it (one home: kg/agent_names.py)
from ..agent_names import GENERIC_NAME_WORDS  # noqa: E402,F401 - re-exported for lx.GENERIC_NAME_WORDS

# words that refer back to a name rather than being part of it ("the country's Defense Ministry")
ANAPHORIC_NAME_WORDS = frozenset({"country", "region", "city", "nation", "province", "its", "their", "his",
                                  "her", "the", "a", "an"})
# "the country's intelligence service": the words that stand for a country its sentence has
# named before ("Pakistani officials denied that the country's ...")
COUNTRY_ANAPHORS = frozenset({"country's", "nation's", "country\u2019s", "nation\u2019s"})
# nouns that stand for "what someone said" rather than saying anything themselves
GENERIC_CONTENT = SAID_NOUNS | ACCUSATION_NOUNS | frozenset("""accusation accusations
involvement responsibility statement statements story rumour rumor suggestion
suggestions charge charges assertion assertions version involvement role link links this that it these
those them estimate estimates figure figures toll tolls rumour rumours rumors reporting assessment
involved wrongdoing notion idea""".split())
# what an allegation charges someone with: an act of violence, a part in it, or backing for it
# ("the strike killed our men", "U.S. planes bombed the base", "it played a role", "it armed them");
# a claim naming a party without charging it with one ("X is deeply concerned") is no allegation
# (not @capture or @transfer: "a storm kept the tankers in port", "it shipped grain" charge no one)
ALLEGED_ACT_CONCEPTS = frozenset({"@attack", "@death", "@injury", "@casualty", "@involvement", "@support"})
# the words of a denial that only points back ("denied this", "rejects it", "denied that"): such
# a denial says nothing by itself, so its record shows the claim it answers; a noun phrase
# ("denied the allegations", "rejected the agency's estimate") names what it answers and is kept
POINTING_BACK = frozenset({"this", "that", "it", "these", "those", "them", "so", "such", "all", "of"})

# "the toll was exaggerated", "those figures are false": a claim that dismisses another party's
# figure (or report) as wrong; FIGURE_NOUNS name the figure, FALSITY_WORDS say it is wrong. A
# figure after one of them counts the count event beside it ("the death toll rose to 45", "the
# number of injured reached 40"; "toll" alone counts deaths)
FIGURE_NOUNS = frozenset({"toll", "figure", "figures", "number", "numbers", "estimate", "estimates",
                          "count", "tally", "casualty", "casualties"})
TOO_HIGH_WORDS = frozenset({"exaggerated", "inflated", "overstated"})
# "the toll is likely several times higher": a figure noun said to be higher or lower says the
# figure given is wrong; after "than", these words say it is the given figure it is compared with
# ("higher than reported", "lower than the official figure"), not another time ("than last year")
FIGURE_COMPARATIVES = frozenset({"higher", "lower", "greater", "smaller", "larger", "bigger"})
# "nearly twice that number", "double the official toll": a figure as a multiple of the given one
MULTIPLE_WORDS = frozenset({"twice", "double", "triple", "thrice", "half"})
GIVEN_FIGURE_WORDS = frozenset({"reported", "claimed", "stated", "announced", "admitted", "said", "says",
                                "say", "official", "officially", "given", "suggested"}) | FIGURE_NOUNS
# ("that is not true", "not correct": a negated word of truth, TRUTH_WORDS from kg/words.py, says
# the same as a falsity word)
# words that may stand beside a dismissal without saying anything of their own ("completely
# false and politically motivated")
DISMISSAL_FILLER = frozenset({"completely", "totally", "absolutely", "entirely", "utterly", "simply", "politically",
                              "motivated", "full", "pure", "just", "nothing", "more", "than", "total", "complete",
                              "outright", "wholly",
                              # the verb of a view a dismissal is put as ("it believes the claims to
                              # be baseless", "considers the accusations unfounded")
                              "believe", "believes", "consider", "considers", "regard", "regards", "deem",
                              "deems", "find", "finds", "think", "thinks",
                              # the degree phrases a negation is widened by ("not in any way true",
                              # "in no way accurate"): "way" says nothing of its own there
                              "way"})
# what a claim lacks when it is worthless: "the allegations are without merit", "have no basis",
# "there is no truth in the reports" (negated, like a word of truth)
WORTH_WORDS = frozenset({"merit", "basis", "foundation", "substance", "truth"})

# --- who speaks for whom (kg.analysis.independence): a government speaks through its seat, its
# bodies and its officials, so none of them corroborates another ---
# nouns that make a name a part of a government or of an organisation's staff ("Somali officials",
# "the U.S. diplomat", "Pakistan's Interior Ministry", "Burma's military government")
GOVERNMENT_NOUNS = frozenset("""government administration regime junta presidency cabinet ministry minister
department official officials spokesman spokeswoman spokesperson spokespeople military army navy forces
police authorities authority embassy ambassador envoy diplomat diplomats president premier secretary
governor commander mission consulate delegation""".split())
# the seats and buildings a government is named by ("the White House said", "the Kremlin denied"):
# metonymy, like a capital speaking for its country; each maps to the country it stands for
SEATS_OF_GOVERNMENT = {"white house": "united states", "pentagon": "united states",
                       "state department": "united states", "kremlin": "russia", "downing street": "united kingdom",
                       "whitehall": "united kingdom", "elysee": "france", "\u00e9lys\u00e9e": "france",
                       "zhongnanhai": "china", "blue house": "south korea"}
# names of a country that its root does not give ("U.S." for the United States, "British" for the
# United Kingdom), from kg.words; other countries and their demonyms share a root
# (kg.analysis.text.entity_root)
COUNTRY_VARIANTS = {name: country.lower() for name, country in {**COUNTRY_ALIASES, **DEMONYMS}.items()} | {
    "americans": "united states"}
# plural nouns of hearsay: "reports say", "allegations that S", "unconfirmed accounts": with no
# author named, the claim circulates but nobody in particular holds it
HEARSAY_NOUNS = frozenset({w for w in SAID_NOUNS if w.endswith("s")} | {"rumours", "rumors", "rumor", "rumour"})

# "the two parties blamed each other for the blast": each blames the other, so the two claims the
# sentence gives (one per party, with one content) contradict each other
RECIPROCAL_PHRASES = ("each other", "one another")
# cues taking back what their own party said before ("the ministry retracted its claim that S",
# "withdrew its statement that S"): the retraction denies S, against its own party too
RETRACTION_CUES = frozenset({"retract", "withdraw", "withdrew", "withdrawn", "recant", "disavow", "rescind"})
# a court's verdict on a charge: "the court convicted X of S", "found X guilty of S" (with
# GUILTY_WORDS in its content); a plea of not guilty (a denial whose cue holds "not guilty")
# is what a verdict of guilt answers
VERDICT_CUES = frozenset({"convict"})
FINDING_CUES = frozenset({"find", "found"})
GUILTY_WORDS = frozenset({"guilty"})
# the sources extraction gives the unnamed reports of "X denied reports that S": no party, so X's
# denial answers the parties of its story that reported it ("the Harbor Gazette reported that S")
UNNAMED_REPORT_SOURCES = frozenset({"report", "reports", "media reports", "news reports", "press reports"})
REPORTING_CUES = frozenset({"report", "cite", "suggest"})
# a figure of captives set free against a near-total one: "all but eight of the 120 abducted
# pupils were freed" (112 at least), "nearly all of them were released" against "32 of the pupils
# have escaped" (the rest still held). NEAR_TOTAL gives the share each phrase claims at least
NEAR_TOTAL = {"all but": None, "nearly all": 0.8, "almost all": 0.8, "virtually all": 0.8, "most of": 0.5}
RELEASE_WORDS = frozenset({"free", "freed", "release", "released", "escape", "escaped", "rescue", "rescued",
                           "liberate", "liberated"})
# phrases saying charges are not genuine, though not false in so many words: "the charges are
# politically motivated", "trumped-up charges"; a defendant saying so rejects what a verdict upholds
TRUMPED_UP_PHRASES = ("politically motivated", "trumped up", "trumped-up")

# who did it (kg.analysis.responsibility): the kinds of act a party can be given or disclaim a
# part in; the concepts of one kind are one act ("the disappearance" ~ "abducted", "the killings" ~ "died")
RESPONSIBLE_ACTS = {"@attack": "attack", "@death": "harm", "@injury": "harm", "@casualty": "harm",
                    "@missing": "taken", "@abduct": "taken"}
# words that stand for the speaker as the subject of its own disclaimer ("they were not behind it",
# "its forces had no role", "we are not responsible")
PARTY_PLACEHOLDERS = frozenset({"they", "we", "it", "its", "their", "our", "he", "she", "his", "her", "them"})
# what kind of body a speaker is, when its name says so ("the National Army": @military)
PARTY_KIND_CONCEPTS = frozenset({"@military"})
MAX_SPEAKER_WORDS = 14  # the words before a disclaimer's content name its speaker when no longer
# words that end the clause a doer must share with its verb ("forces | that shelled", "the raid, | where 90 were killed")
CLAUSE_BREAKS = frozenset({"where", "who", "which", "that", "when", "after", "before", "while", "because",
                           "since", "whom", "whose", ",", ";", ":", "and", "but"})
PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "being", "is", "are", "be", "got"})
DOER_AFTER_BY = 4  # "abducted by | the military intelligence": the doer's word within this many after "by"
# a place named after one of these in an agent's name is where the agent is, not who it is
# ("rebels in eastern Sudan", "the leader of China's Uighur minority")
PLACE_PREPOSITIONS = frozenset({"in", "of", "from"})
# those who stand against a country's government: a name holding one is not the country's party
# the people who speak for someone as his own ("Renn's supporters", "aides of the mayor"): they repeat
# his side, they do not back it independently (his opponents and critics do)
ADHERENT_NOUNS = frozenset("""supporter supporters loyalist loyalists follower followers aide aides ally allies
lawyer lawyers attorney attorneys party camp""".split())
# the words a story's state speaks by when it is not named ("officials said", "the authorities
# say", "the government said"): two of them, bare, cannot be told apart (unlike "the police" and
# "the army", two bodies)
STATE_VOICE_NOUNS = frozenset("""official officials authority authorities government administration""".split())
OPPOSING_NOUNS = frozenset("""rebel rebels opposition critic critics exile exiles exiled dissident dissidents
insurgent insurgents militant militants activist activists separatist separatists protester protesters""".split())
# whom a claim blames: "blamed X for Y", "blamed Y on X", "X was responsible for Y", "X is to blame"
BLAME_CUES = frozenset({"blame"})
BLAME_FOR, BLAME_ON = "for", "on"
RESPONSIBLE_PREDICATES = frozenset({"responsible", "behind"})

# "the footage does not show any wreckage" against "it showed two pieces of the hull": verbs by
# which a record (an image, a video, a scan) is said to hold something; one saying it holds
# nothing and another that it holds something are at odds whatever the two call what is seen
SHOWING_VERBS = frozenset({"show", "shows", "showed", "shown", "showing", "depict", "depicts", "depicted",
                           "reveal", "reveals", "revealed", "detect", "detects", "detected"})

# verdicts on a vote or a trial (kg.analysis.verdicts): "the election was free and fair" against
# "the poll was rigged", "a sham trial" against "the trial was fair". The nouns name the process
# judged, one kind per key; a phrase of either class says how it went. "free" alone is no verdict
# ("free of violence" says nothing of the count), so only the phrase "free and fair" is.
JUDGED_PROCESSES = {"@vote": frozenset({"election", "elections", "poll", "polls", "vote", "votes", "ballot",
                                       "ballots", "referendum", "electoral", "recount"}),
                    "@trial": frozenset({"trial", "trials", "hearing", "proceedings", "verdict"})}
FAIR_VERDICTS = ("free and fair", "free, fair", "fair", "credible", "transparent", "legitimate")
UNFAIR_VERDICTS = ("rigged", "rigging", "vote-rigging", "fraud", "fraudulent", "farce", "sham", "illegitimate",
                   "stolen", "unfair", "set-up", "setup", "irregularities", "manipulated", "criticism",
                   "criticisms")
# "failed to hold a free and fair vote", "was not rigged": the words that turn a verdict over when
# they stand just before it (with the negators)
VERDICT_TURNERS = frozenset({"fail", "failed", "fails", "failing", "failure"})
