"""Word lists the attribution rules are written over: cue verbs, role nouns, channels, hedges.

These describe English reporting constructions in general; nothing here names an article.
"""
from __future__ import annotations

from ..agent_names import NAME_TITLES
from ..model import Certainty
from ..words import COUNTRY_ALIASES, DEMONYMS, FALSITY_WORDS, SAID_NOUNS, TRUTH_WORDS  # noqa: F401 (read as lexicon.X)

# Reporting verbs: lemma -> (stance, certainty the verb itself signals).
ASSERTION_VERBS: dict[str, Certainty] = {
    "say": Certainty.CERTAIN, "tell": Certainty.CERTAIN, "state": Certainty.CERTAIN,
    "announce": Certainty.CERTAIN, "write": Certainty.CERTAIN, "add": Certainty.CERTAIN,
    "report": Certainty.CERTAIN, "insist": Certainty.CERTAIN, "argue": Certainty.CERTAIN,
    "warn": Certainty.CERTAIN, "assert": Certainty.CERTAIN, "declare": Certainty.CERTAIN,
    "explain": Certainty.CERTAIN, "note": Certainty.CERTAIN, "stress": Certainty.CERTAIN,
    "emphasise": Certainty.CERTAIN, "emphasize": Certainty.CERTAIN, "maintain": Certainty.CERTAIN,
    "detail": Certainty.CERTAIN, "tweet": Certainty.CERTAIN, "post": Certainty.CERTAIN,
    "conclude": Certainty.CERTAIN, "reveal": Certainty.CERTAIN, "find": Certainty.CERTAIN,
    "mention": Certainty.CERTAIN, "observe": Certainty.CERTAIN, "reply": Certainty.CERTAIN,
    "respond": Certainty.CERTAIN, "repeat": Certainty.CERTAIN, "reiterate": Certainty.CERTAIN,
    "reaffirm": Certainty.CERTAIN, "assess": Certainty.CERTAIN, "testify": Certainty.CERTAIN, "recount": Certainty.CERTAIN,
    "predict": Certainty.PROBABLE, "estimate": Certainty.PROBABLE,
    "claim": Certainty.PROBABLE, "allege": Certainty.PROBABLE, "believe": Certainty.PROBABLE,
    "contend": Certainty.PROBABLE, "accuse": Certainty.PROBABLE, "blame": Certainty.PROBABLE,
    "convict": Certainty.CERTAIN, "plead": Certainty.CERTAIN, "think": Certainty.PROBABLE,
    "suggest": Certainty.POSSIBLE, "hint": Certainty.POSSIBLE, "speculate": Certainty.POSSIBLE,
    "imply": Certainty.POSSIBLE,
    "signal": Certainty.POSSIBLE, "surmise": Certainty.POSSIBLE, "theorize": Certainty.POSSIBLE,
    "theorise": Certainty.POSSIBLE, "posit": Certainty.PROBABLE, "object": Certainty.CERTAIN,
    "grumble": Certainty.CERTAIN, "brag": Certainty.CERTAIN,
    # phrasal: only with its particle ("X pointed out that S"; "pointed the way" is no cue): PHRASAL_CUES
    "point": Certainty.CERTAIN,
    # verbs of speaking with a that-clause or quote ("X complained that S", '"Q," X recalled')
    "comment": Certainty.CERTAIN, "remark": Certainty.CERTAIN, "recall": Certainty.CERTAIN,
    "complain": Certainty.CERTAIN, "lament": Certainty.CERTAIN, "boast": Certainty.CERTAIN,
    "joke": Certainty.CERTAIN, "quip": Certainty.CERTAIN, "retort": Certainty.CERTAIN,
    "counter": Certainty.CERTAIN, "shout": Certainty.CERTAIN, "exclaim": Certainty.CERTAIN,
    "proclaim": Certainty.CERTAIN, "affirm": Certainty.CERTAIN, "assure": Certainty.CERTAIN,
    "swear": Certainty.CERTAIN, "disclose": Certainty.CERTAIN, "inform": Certainty.CERTAIN,
    "remind": Certainty.CERTAIN, "caution": Certainty.CERTAIN, "advise": Certainty.CERTAIN,
    "charge": Certainty.PROBABLE, "protest": Certainty.CERTAIN,
    "concur": Certainty.CERTAIN, "agree": Certainty.CERTAIN, "underscore": Certainty.CERTAIN,
    "highlight": Certainty.CERTAIN, "confide": Certainty.CERTAIN, "recommend": Certainty.CERTAIN,
    "propose": Certainty.CERTAIN, "forecast": Certainty.PROBABLE, "project": Certainty.PROBABLE,
    "learn": Certainty.CERTAIN, "read": Certainty.CERTAIN, "underline": Certainty.CERTAIN,
    # only with a quote: '"Q," she continued' (not "the talks continued")
    "continue": Certainty.CERTAIN,
    # verbs of belief and expectation: the holder's view, not a certain statement ("X fears that S")
    "expect": Certainty.PROBABLE, "fear": Certainty.PROBABLE, "suspect": Certainty.PROBABLE,
    "reckon": Certainty.PROBABLE, "assume": Certainty.PROBABLE, "presume": Certainty.PROBABLE,
    "feel": Certainty.PROBABLE, "hope": Certainty.POSSIBLE, "worry": Certainty.PROBABLE,
    "know": Certainty.CERTAIN, "doubt": Certainty.POSSIBLE,
}
# Verbs of intent whose content is an infinitive ("X plans to close the border", "X vowed to
# appeal"); the verbs of belief and speaking among them also take a that-clause.
INTENT_VERBS = {"want", "plan", "intend", "hope", "expect", "vow", "promise", "pledge", "threaten",
                "agree", "aim", "seek", "offer", "propose", "resolve", "swear", "decide", "prefer", "wish"}
# Intent verbs that name a state of mind, not a speech act: inside another source's reported clause
# ("X said the rebels want to V") they are that source's account of the holder, no claim of the holder's.
MENTAL_INTENT_VERBS = {"want", "plan", "intend", "aim", "seek", "hope", "wish", "prefer", "decide"}
# Intent verbs only an acting body can have, so that "it" before them stands for one ("It vows to
# appeal"); not "aim", "seek", "plan" (a plan aims), nor "promise to be" (see _body_vows).
PLEDGE_VERBS = {"vow", "pledge", "promise", "threaten", "swear", "resolve"}
# Prepositions of a time phrase that can stand between a verb of saying and its clause ("said after
# the meeting he would go").
TIME_PREPOSITIONS = {"after", "before", "during", "since", "on", "at", "following"}
# Verbs that ask someone else to act: "X urged Y to Z", "X called on Y to Z", "X called for NP",
# "X demanded NP / that S": the content is what is asked for.
DIRECTIVE_VERBS = {"urge", "encourage", "implore", "press", "demand", "advise", "appeal", "beg", "exhort", "ask",
                   "request"}
# Verbs of giving an account that report what their source saw or heard, as a gerund of perception:
# "witnesses reported hearing gunfire", "described seeing armed men enter", "recalled hearing blasts".
WITNESS_REPORT_VERBS = {"report", "describe", "recall", "recount"}
PERCEPTION_GERUNDS = {"seeing", "hearing", "watching", "witnessing", "noticing", "spotting", "smelling", "feeling"}
# Verbs of speaking that give an instruction only with an object and an infinitive: "told his aides
# to find a way", "warned residents to stay indoors" (a directive, like urge); otherwise they report
# speech. An order is an act, not a statement ("the judge ordered police to search the house"):
# "order" and "instruct" are no cues (measured: 0 of 4 "ordered Y to V" records in the VOA dev gold).
INSTRUCTING_VERBS = {"tell", "warn"}
# Modifiers that make "figures" people ("opposition figures", "senior party figures"), not numbers.
PUBLIC_FIGURE_MODIFIERS = {"opposition", "political", "public", "senior", "leading", "prominent", "key", "religious",
                           "party", "government", "military", "business", "community", "tribal", "civic", "cultural"}
# "X made it clear that S", "X made plain S", "X made the case that S": statements named by a phrase of "make".
MADE_CLEAR_WORDS = {"clear", "plain"}
MADE_CASE_NOUNS = {"case", "point", "argument"}
# "X expressed hope that S", "X voiced concern that S": verbs of expressing, and the nouns of a view
# they take, with the certainty the view gives the clause.
EXPRESSING_VERBS = {"express", "voice", "air"}
EXPRESSED_VIEW_NOUNS: dict[str, Certainty] = {
    "hope": Certainty.POSSIBLE, "optimism": Certainty.POSSIBLE, "concern": Certainty.PROBABLE,
    "fear": Certainty.PROBABLE, "worry": Certainty.PROBABLE, "confidence": Certainty.PROBABLE,
    "belief": Certainty.PROBABLE, "conviction": Certainty.PROBABLE}
# Channel nouns that also name an act, when an of-phrase says what it was done to: "the release of
# prisoners" (not "a press release"), "the publication of the list".
CHANNEL_ACT_NOUNS = {"release", "publication", "announcement"}
# Contents that are only a pronoun ("It was declared by X"): no claim a reader can hold.
BARE_PRONOUN_CONTENTS = {"it", "this", "that", "these", "those", "them", "him", "her", "he", "she", "they"}
# Evidence found, shown or documented: "found evidence of shelling", "documents evidence that S",
# "found no evidence that S" (what the evidence is of is held, or, with "no", not confirmed).
EVIDENCE_VERBS = {"find", "document", "show", "present", "provide", "gather", "uncover", "see", "produce"}
EVIDENCE_NOUNS = {"evidence", "proof", "sign", "indication"}
# Reactions expressed at an event: "X voiced shock at the fighting", "X expressed outrage over the
# killings" (the event the reaction answers is what X holds happened).
REACTION_NOUNS = {"shock", "outrage", "anger", "alarm", "dismay", "horror", "indignation", "sorrow", "regret"}
# Adjectives of belief with a that-clause: "X is convinced that S", "X was confident that S".
BELIEF_ADJECTIVES = {"convinced", "confident", "sure", "certain", "adamant", "optimistic", "hopeful",
                     "concerned", "worried", "fearful", "skeptical", "sceptical"}
# Adjectives of doubt with the thing doubted after "of" / "about": "X is skeptical of the report",
# "X said he was doubtful about the figures": X questions it (does not confirm it), as "X
# questioned the report" does.
DOUBT_ADJECTIVES = {"skeptical", "sceptical", "doubtful", "dubious"}
DOUBT_PREPOSITIONS = {"of", "about"}
# Adjectives of feeling about a fact, with a that-clause: "X was frustrated that S", "X is glad
# that S". The holder takes S as given, so it is theirs as much as a belief is.
EMOTIVE_ADJECTIVES = {"frustrated", "angry", "upset", "disappointed", "pleased", "glad", "happy", "relieved",
                      "surprised", "shocked", "alarmed", "outraged", "furious", "dismayed", "thrilled", "proud",
                      "aware"}
# Verbs of saying whose object is the one told: "told reporters S", "assured the board S".
ADDRESSEE_VERBS = {"tell", "inform", "assure", "remind", "notify", "reassure"}
# Speaking verbs whose of/about phrase is what is said: "warned of a shortage", "complained about delays".
WARNING_VERBS = {"warn", "caution", "complain", "boast"}
# Plain verbs of speaking: a quote paragraph right after one continues the speaker's words.
SPEAKING_VERBS = {"say", "tell", "add", "explain", "state", "write", "insist", "argue", "note", "reply",
                  "respond", "continue", "stress", "emphasize", "emphasise"}
# Verbs of belief: a view held, not words said ("X believes S", "X fears S").
BELIEF_VERBS = {"believe", "think", "expect", "hope", "fear", "feel", "know", "suspect", "doubt", "worry",
                "assume", "presume", "reckon"}
# Verbs that report words only beside a quote (a question, a demand, a shout): '"Why?" she asked'.
QUOTING_VERBS = {"ask", "demand", "wonder", "plead", "beg", "yell", "scream", "chant", "cry", "query"}
# Verbs that end an attributed headline after its claim ("Floods Threaten Harvest, Farmers Say").
# The verb that opens the inverted colon attribution 'Said one analyst: "Q."' (speech verbs only).
INVERTED_SAID_FORMS = {"said", "says", "added", "adds", "wrote", "writes", "explained", "explains", "warned", "warns",
                       "recalled", "recalls", "noted", "notes"}
HEADLINE_TAIL_VERBS = {"say", "warn", "claim", "allege", "report", "insist", "fear", "charge", "contend"}
# Verbs that open an attributed headline after its source ("Ministry Denies Bribery Claim",
# "Rebels Say Town Has Fallen"), in the present tense headlines use. Not verbs whose -s form is as
# often a noun in a headline ("Reports", "Claims", "Charges", "Fears", "Disputes", "Questions").
HEADLINE_LEAD_VERBS = {"say", "deny", "reject", "dismiss", "confirm", "admit", "acknowledge", "blame", "accuse",
                       "demand", "urge", "vow", "warn", "allege", "insist", "contend", "predict", "retract"}


def _present_forms(lemma: str) -> set[str]:
    """'say' -> {'say', 'says'}, 'deny' -> {'deny', 'denies'}, 'dismiss' -> {'dismiss', 'dismisses'}."""
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return {lemma, lemma[:-1] + "ies"}
    return {lemma, lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x")) else "s")}


# A headline lead verb's written forms (lower case) and their lemma: "denies" -> "deny".
HEADLINE_LEAD_FORMS = {form: lemma for lemma in HEADLINE_LEAD_VERBS for form in _present_forms(lemma)}
# Words that open a labelled line rather than name a speaker ("Update: ...", "Editor's note: ...").
COLON_LABELS = {"note", "update", "correction", "photo", "photos", "video", "related", "editor", "editors",
                "read", "watch", "listen", "see", "warning", "disclaimer", "breaking", "exclusive", "live",
                "analysis", "opinion", "commentary", "source", "sources", "credit", "caption", "file",
                "q", "a", "question", "answer", "subscribe", "follow", "share", "tags", "topics"}
# Verbs whose refusal leaves a question open: "declined to identify the targets", "would not name him".
DISCLOSURE_VERBS = {"identify", "name", "specify", "disclose", "reveal", "give", "provide", "release", "detail",
                    "indicate"}
# Nouns for an account or figure given by a source: "gave a death toll of 69", "put the toll at nine".
ACCOUNT_NOUNS = {"toll", "figure", "figures", "count", "tally", "estimate", "number", "details", "detail",
                 "information", "explanation", "specifics", "specific", "breakdown", "account", "comment", "evidence",
                 "proof"}
# Nouns that carry a reported clause as their own cue: "X's claim that S", "the announcement by X
# that S"; the stance each carries (an admission confirms, a denial denies, the rest assert).
NOMINAL_CUES = {"claim": "asserts", "announcement": "asserts", "allegation": "asserts", "warning": "asserts",
                "assertion": "asserts", "accusation": "asserts", "insistence": "asserts", "pledge": "asserts",
                "promise": "asserts", "assurance": "asserts", "suggestion": "asserts", "charge": "asserts",
                "argument": "asserts", "prediction": "asserts", "contention": "asserts", "belief": "asserts",
                "denial": "denies", "admission": "confirms", "acknowledgment": "confirms",
                "acknowledgement": "confirms", "confirmation": "confirms", "report": "asserts", "rumour": "asserts",
                "rumor": "asserts",
                # a view or finding held by its possessor: "X's view that S", "the court's finding that S"
                "statement": "asserts", "view": "asserts", "opinion": "asserts", "conclusion": "asserts",
                "finding": "asserts", "assessment": "asserts", "testimony": "asserts", "fear": "asserts",
                "hope": "asserts"}
# Claim nouns that stand as their own source when the text names no holder ("reports that S",
# "rumours that S"), as a document does in "records show".
SELF_SOURCED_CLAIM_NOUNS = {"report", "rumour", "rumor"}
# Verbs that answer a claim by rejecting it ("X hit back at Y's accusation that S", "X dismissed
# reports that S"): with a claim noun as object, the claim's own clause is what is denied.
DISMISSAL_VERBS = {"dismiss", "brush", "wave", "shrug", "scoff", "ridicule", "mock", "deride"}
# Verbs that contest a claim or figure without calling it false: "X challenged the results" (a
# dispute: denies), "X questioned the figures" / "questioned whether S" (no confirmation). Their
# object must be a claim, a figure or its standing ("questioned the suspect" is no stance).
CHALLENGE_VERBS = {"challenge": "denies", "question": "does_not_confirm"}
CONTESTABLE_NOUNS = {"result", "results", "outcome", "findings", "data", "credibility", "accuracy", "validity",
                     "legality", "legitimacy", "authenticity", "veracity", "reliability", "version"}
# Verbs of counting whose numbered object is a figure the counter asserts ("the agency has recorded
# only 412 cases", "monitors documented 30 attacks"); without a number nothing is claimed.
# verbs that report a finding or a belief only with a clause: with a noun phrase and no finite verb
# ("found ways to cut costs", "assumed a role created for her", "maintains a program to train
# leaders") they name an act ("maintained his innocence" holds no verb and stays a claim)
NOUN_OBJECT_SENSE_VERBS = {"find", "assume", "maintain"}
TALLY_VERBS = {"record", "document", "count", "register", "tally", "log", "tabulate"}
# Participles that describe the occasion of a statement ("..., speaking after a tour of the site").
SPEAKING_CIRCUMSTANCE_VERBS = {"speak", "talk", "address", "testify", "appear", "respond", "reply", "answer"}
# Verbs of judging whose object is what is judged: "X criticized the decision", "X condemned the
# raid": the object is the content (a stance taken toward a thing, asserted).
# Verbs of judgement, for or against: the judged thing is the content ("X condemned the raid",
# "X praised the rescue crews"). Not "attack", which is as often a physical attack as a verbal one.
CRITICISM_VERBS = {"criticize", "criticise", "condemn", "denounce", "blast", "slam", "decry", "deplore",
                   "rebuke", "lambaste", "castigate", "berate", "scold", "praise", "commend", "applaud"}
# Verbs of a stand for or against a person, plan or idea: "X endorsed Y", "X opposes the merger" (session 8).
ENDORSEMENT_VERBS = {"endorse", "support", "back", "oppose", "defend"}
# Of these, the ones that name a side one is on as well as a stand taken: "people who supported the army".
ALLEGIANCE_VERBS = {"support", "back", "oppose"}
# What is defended in a fight rather than in an argument: "troops defended the town".
DEFENDED_PLACE_NOUNS = {"town", "city", "village", "base", "position", "positions", "border", "territory",
                        "country", "homeland", "capital", "airport", "title", "crown", "lead", "goal"}
# Verbs of putting a thing forward as evidence: "X cited the closures as proof of neglect" (the
# participle "..., citing X" names where a statement comes from instead: see _citing).
ADDUCING_VERBS = {"cite"}
# Verbs whose subject is a document or study rather than a person ("a report found that").
EVIDENTIAL_VERBS = {"find", "show", "indicate", "suggest", "reveal", "conclude", "confirm", "say",
                    "state", "surface", "emerge", "allege", "claim", "document", "establish"}
# Verbs that label a thing: "X called it Z", "X described Y as Z", "Y was denounced as Z by X".
LABEL_VERBS = {"call", "describe", "label", "brand", "denounce", "criticize", "criticise",
               "condemn", "dismiss", "characterize", "characterise", "term", "deem"}
# Labels that call a claim false: "dismissed the report as fabricated" denies the report.
# SAID_NOUNS (kg.words): the core the claim, back-reference and report lists below share.
# Verbs by which a record or figure states what it holds: "polls showing S / NP" (session 8).
SHOWING_VERBS = {"show", "indicate", "reveal"}
SHOWING_FORMS = {"show", "shows", "showed", "indicate", "indicates", "indicated", "reveal", "reveals", "revealed"}
# Records that depict rather than state: what "a video showing a van" shows is no one's claim.
DEPICTION_NOUNS = {"footage", "video", "videos", "image", "images", "photo", "photos", "recording", "recordings"}
# Opinion polls, whose figures are their own findings: "the mayor leads in the latest poll" (session 8).
POLL_NOUNS = {"poll", "polls", "survey", "surveys", "polling"}
# Verbs whose in-phrase is their argument, not a finding's frame: "took part in the poll".
POLL_ARGUMENT_VERBS = {"participate", "take", "include", "appear", "feature", "list", "mention", "ask", "question",
                       "poll", "interview", "survey", "vote", "respond", "answer", "cite", "publish", "release",
                       "conduct", "use"}
# Words for a share of those polled: "most voters said", "a majority of respondents".
SHARE_WORDS = {"majority", "most", "half", "third", "quarter", "plurality", "minority", "percent"}
# Nouns for records that hold information ("the study", "the footage", "the figures"): the core
# the information and report lists below share.
RECORD_NOUNS = {"analysis", "assessment", "audit", "census", "count", "data", "datum", "document",
                "documents", "emails", "figure", "figures", "filing", "filings", "findings", "footage",
                "images", "intelligence", "investigation", "logs", "photos", "poll", "polls", "record",
                "recording", "recordings", "records", "report", "reports", "review", "statistics", "study",
                "survey", "polling", "tally", "transcript", "transcripts", "video", "average", "averages", "results", "tests"}
# The grounds a claim lacks ("there is no truth to the claims", "the story has no basis");
# FALSITY_WORDS and TRUTH_WORDS come from kg/words.py.
GROUNDS_NOUNS = {"truth", "basis", "foundation", "merit", "substance", "evidence", "proof"}
# Nouns that name a claim someone made ("Dravenia's denial", "the allegations").
CLAIM_NOUNS = SAID_NOUNS | {"accusation", "accusations", "assertion", "assertions", "charge", "charges",
                            "denial", "denials", "rumor", "rumors", "rumour", "rumours", "statement",
                            "statements", "stories", "story", "suggestion", "suggestions", "version",
                            "criticism", "criticisms"}
# Nouns of a request, whose maker asks for what their for-phrase names: "an appeal by X for Y",
# "X's call for Y", "renewed her plea for calm".
# "demand" is left out ("China's demand for oil"), and "appeal" takes its maker only from a by- or
# from-phrase ("the city's appeal for tourists" is its attraction).
REQUEST_NOUNS = {"appeal", "call", "request", "plea"}
REQUEST_NOUNS_WITH_POSSESSOR = {"call", "request", "plea"}
# Nouns of an intent or a demand with an infinitive: "threats by X to V", "his directive to V" (the
# maker is the possessor or the by-phrase). Measured and left out: "pledge"/"promise" with an
# infinitive (one false match more on check), "plan", "offer", "bid", "call", "request", "demand"
# (PolNeAR dev precision fell: "the city's bid to host the games" is no one's claim).
INTENT_NOUNS = {"threat", "vow", "directive"}
# What one is granted or refused: "denied him bail", "were denied entry", "denied visas to X" is a
# refusal to grant, not a denial of a claim.
GRANTED_NOUNS = {"entry", "access", "bail", "visa", "visas", "permission", "permit", "permits", "parole", "asylum",
                 "passage", "admission", "licence", "license", "accreditation", "treatment", "food", "water", "aid"}
# Nouns for a course of action put forward, which a denial verb rejects: "S, a proposal X has
# rejected", "S, a move the minister rejects".
PROPOSAL_NOUNS = {"proposal", "move", "idea", "plan", "request", "demand", "call", "appeal", "offer", "bid"}
# what one contests by running for it, not by disputing it ("contested the seat")
CONTESTED_OFFICE_NOUNS = {"seat", "district", "constituency", "state", "ward", "presidency", "nomination", "primary", "race"}
DENIAL_VERBS = {"deny", "reject", "refute", "rebut", "disavow", "dispute", "contest", "repudiate", "retract"}
CONFIRMATION_VERBS = {"confirm", "verify", "corroborate", "geolocate", "authenticate", "acknowledge",
                      "admit", "concede", "confess", "validate", "substantiate", "ascertain"}
VERIFICATION_VERBS = {"verify", "confirm", "corroborate", "authenticate", "substantiate", "geolocate", "ascertain"}
# Verbs of setting out to do something: "trying to verify S", "wants to confirm S" is no confirmation yet.
ATTEMPT_VERBS = INTENT_VERBS | {"try", "attempt", "need", "work", "struggle", "strive"}
# "decline to confirm", "refuse to comment on", "fail to verify"
REFUSAL_VERBS = {"decline", "refuse", "fail"}
# Verbs of a request for comment left unanswered: "X could not be reached for comment", "X did not
# respond to a request for comment", "X did not return calls seeking comment".
UNANSWERED_REQUEST_VERBS = {"reach", "respond", "reply", "answer", "return"}
RESPONSIBILITY_NOUNS = {"responsibility", "credit", "blame"}

# Light verbs that carry an account in their object ("gave a toll of", "cast doubt on").
ACCOUNT_VERBS = {"give", "provide", "offer", "put", "release", "issue", "publish", "cast", "throw"}
CUE_LEMMAS = (set(ASSERTION_VERBS) | EVIDENTIAL_VERBS | LABEL_VERBS | DENIAL_VERBS | INTENT_VERBS | INSTRUCTING_VERBS
              | DIRECTIVE_VERBS | CRITICISM_VERBS | CONFIRMATION_VERBS | REFUSAL_VERBS | QUOTING_VERBS | ADDUCING_VERBS
              | {"claim"})

# Nouns that name a text or finding that can itself be a source ("the report said").
INFORMATION_NOUNS = RECORD_NOUNS | {"announcement", "calculations", "complaint", "counts", "email",
                                    "estimate", "estimates", "evidence", "forecast", "indictment", "inquiry",
                                    "letter", "measurements", "memo", "message", "paper", "post", "probe",
                                    "projections", "release", "research", "ruling", "statement",
                                    "test", "tests", "tweet", "version", "warrant"}
# Texts the speaker put out: "the post said" speaks for whoever wrote the post.
CHANNEL_NOUNS = {"post", "statement", "message", "tweet", "release", "announcement", "letter",
                 "video", "memo", "update"}
# Verbs of making a document, whose agent stands behind it ("a report prepared by the mission");
# not of handling it ("obtained by", "seen by", "leaked to").
AUTHORSHIP_VERBS = {"prepare", "write", "compile", "issue", "publish", "release", "produce", "conduct",
                    "carry", "commission", "draft", "author", "gather", "collect", "sign", "file", "submit",
                    "present", "send", "post", "make", "do", "run", "perform", "lead", "fund", "sponsor",
                    # of findings and images: "images analysed by X", "photos taken by residents"
                    "analyse", "analyze", "examine", "study", "review", "assess", "measure", "count",
                    "record", "take", "film", "shoot", "capture"}
# Nouns for people by role; used to find titles, appositions and "the governor said".
# Family relations that describe a person as a role does ("the victim's son, X ... the son said").
FAMILY_NOUNS = {"son", "daughter", "wife", "husband", "widow", "widower", "mother", "father", "brother",
                "sister", "uncle", "aunt", "cousin", "nephew", "niece", "grandson", "granddaughter",
                "grandmother", "grandfather"}
ROLE_NOUNS = {
    "president", "minister", "secretary", "governor", "spokesman", "spokeswoman", "spokesperson",
    "adviser", "advisor", "head", "chief", "leader", "official", "officials", "director", "commander",
    "ambassador", "mayor", "analyst", "fellow", "general", "editor", "professor", "researcher",
    "chairman", "chairwoman", "chair", "prosecutor", "envoy", "lawyer", "attorney", "reporter",
    "correspondent", "senator", "deputy", "representative", "officer", "colonel", "major",
    "lieutenant", "captain", "admiral", "marshal", "chancellor", "premier", "king", "queen",
    "prince", "founder", "ceo", "manager", "coordinator", "inspector", "investigator", "expert",
    "member", "aide", "negotiator", "diplomat", "delegate", "councillor", "councilor", "sheriff",
    "judge", "administrator", "executive", "superintendent", "physician", "doctor", "surgeon",
    "scientist", "economist", "historian", "activist", "witness", "resident", "spokespeople",
    "authorities", "authority", "ministry", "department", "office", "agency", "council", "command",
    "government", "administration", "military", "army", "police", "service", "committee", "court",
    "monitor", "group", "alliance", "embassy", "kremlin", "cabinet", "staff", "institute",
} | FAMILY_NOUNS
# Organisations referred to by their role noun ("the ministry said").
ORGANIZATION_ROLE_NOUNS = {"ministry", "department", "office", "agency", "council", "command",
                           "government", "administration", "military", "army", "police", "service",
                           "committee", "court", "monitor", "group", "alliance", "embassy", "cabinet",
                           "institute", "company", "firm", "newspaper", "channel", "network", "union",
                           "commission", "authority", "authorities", "bureau", "center", "centre",
                           "hospital", "university", "association", "party", "corps", "brigade", "guard",
                           "trust", "federation", "organisation", "organization", "operator", "board",
                           "carmaker", "airline", "bank", "lender", "insurer", "manufacturer", "producer",
                           "retailer", "broadcaster", "club", "team", "charity", "utility", "supplier",
                           "laboratory", "lab", "clinic", "school", "college", "foundation", "institution"}
# Organisation nouns that stand for whichever company or body was just named ("the carmaker").
GENERIC_ORGANIZATION_NOUNS = {"company", "firm", "carmaker", "airline", "bank", "lender", "insurer",
                              "manufacturer", "producer", "retailer", "broadcaster", "operator", "group",
                              "organisation", "organization", "charity", "utility", "supplier", "club"}
# Common nouns that can stand as a source by themselves ("analysts say", "officials said").
# Nouns of one body that take a plural verb ("police say", "the media report"): never the subject
# of an -s form (kg.extraction.reparse).
PLURAL_AGREEMENT_NOUNS = {"police", "media", "people"}
GROUP_SOURCE_NOUNS = {"analysts", "officials", "official", "experts", "authorities", "sources",
                      "residents", "witnesses", "reports", "observers", "diplomats", "investigators",
                      "critics", "researchers", "spokesperson", "spokesman", "spokeswoman", "police",
                      "military", "government", "ministry", "army", "lawmakers", "officers",
                      "prosecutors", "activists", "bodies", "media", "outlets", "monitors", "people",
                      "scientists", "doctors", "medics", "rescuers", "commentators", "leaders",
                      "governor", "mayor", "minister", "president", "adviser", "advisor", "aide",
                      "commander", "secretary", "ambassador", "source", "agency", "group", "council",
                      "administration", "command", "office", "department", "kremlin", "community"}
# Adjectives by which the newsroom leaves a question open: "It is unclear who ..."; and those that
# do so only negated: "It was not clear whether ...".
UNCLEAR_ADJECTIVES = {"unclear"}
CLEAR_ADJECTIVES = {"clear"}
# Label verbs that name their object with a second noun phrase: "labeled the vote a farce".
NAMING_VERBS = {"call", "label", "brand", "term", "dub"}
# Reporting verbs that are cues only with their particle: lemma -> particle ("pointed out that S").
PHRASAL_CUES = {"point": "out"}
# Spelling variants of a role noun ("advisor" / "adviser"), so that one role is one word.
ROLE_SPELLINGS = {"advisor": "adviser", "advisors": "advisers"}


def role_spelling(word: str) -> str:
    """The one spelling kept for a role noun ('advisor' -> 'adviser')."""
    return ROLE_SPELLINGS.get(word, word)


# Mass nouns for the news media, plural in form but pointed back to with 'it': "State media said S. It said T".
MASS_MEDIA_NOUNS = {"media", "press", "television", "tv", "radio"}
# Anaphoric contents that point back to other sources' statements ("their claims").
BACK_REFERENCE_NOUNS = SAID_NOUNS | {"assertion", "assertions", "comments", "details", "figures", "findings",
                                     "footage", "images", "information", "remarks", "statement", "statements",
                                     "version", "video", "videos"}

CHANNELS = {
    "telegram": "Telegram", "twitter": "Twitter", "tweet": "Twitter", "facebook": "Facebook",
    "instagram": "Instagram", "youtube": "YouTube", "tiktok": "TikTok", "vk": "VK",
    "linkedin": "LinkedIn", "threads": "Threads", "bluesky": "Bluesky", "truth": "Truth Social",
    "statement": "statement", "email": "email", "e-mail": "email", "interview": "interview",
    "briefing": "briefing", "conference": "press conference", "letter": "letter", "video": "video",
    "broadcast": "broadcast", "television": "television", "radio": "radio", "podcast": "podcast",
    "website": "website", "blog": "blog", "release": "press release",
}
# The most specific channel wins when a clause names several ("a statement on Telegram").
CHANNEL_PRIORITY = ["report", "Telegram", "X", "Twitter", "Facebook", "Instagram", "YouTube", "TikTok", "VK", "LinkedIn",
                    "Threads", "Bluesky", "Truth Social", "email", "press release", "press conference",
                    "interview", "briefing", "letter", "broadcast", "television", "radio", "podcast",
                    "website", "blog", "video", "statement"]

HEDGE_PHRASES = ("according to preliminary", "according to initial", "according to early",
                 "preliminary data", "preliminary information", "initial reports", "early estimates")

# A capital named as a speaker stands for its government ("Moscow said").
CAPITAL_GOVERNMENTS = {
    "moscow": "Russia", "kremlin": "Russia", "the kremlin": "Russia", "kyiv": "Ukraine", "kiev": "Ukraine",
    "washington": "United States", "tehran": "Iran", "pyongyang": "North Korea", "beijing": "China",
    "london": "United Kingdom", "paris": "France", "berlin": "Germany", "ankara": "Turkey",
    "minsk": "Belarus", "seoul": "South Korea", "tokyo": "Japan", "jerusalem": "Israel",
    "brussels": "European Union", "warsaw": "Poland", "damascus": "Syria", "baghdad": "Iraq",
}
# (with the possessives, which stand as the source of a claim noun: "his claim that S", "its denial")
PRONOUNS_PERSON = {"he", "she", "him", "her", "his"}
PRONOUNS_PLURAL = {"they", "them", "their"}
PRONOUNS_THING = {"it", "its"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
QUANTIFIER_HEADS = {"much", "many", "some", "most", "all", "both", "each", "several", "part", "one",
                    "none", "majority", "rest"}

_IRREGULAR_PAST = {"say": "said", "tell": "told", "write": "wrote", "find": "found", "think": "thought",
                   "feel": "felt", "know": "knew", "swear": "swore", "forecast": "forecast", "learn": "learned"}


def _past_forms() -> dict[str, str]:
    forms = {}
    for lemma in ASSERTION_VERBS:
        if lemma in _IRREGULAR_PAST:
            forms[_IRREGULAR_PAST[lemma]] = lemma
        elif lemma.endswith("e"):
            forms[lemma + "d"] = lemma
        elif lemma.endswith("y"):
            forms[lemma[:-1] + "ied"] = lemma
        else:
            forms[lemma + "ed"] = lemma
    return forms


# "said", "detailed", "wrote": past forms that end an inverted attribution ("S, said X.")
PAST_FORMS = _past_forms()

# Role nouns so general that any named official can be called by them ("the official said").
GENERIC_ROLE_NOUNS = {"official", "source", "spokesperson", "representative", "aide", "officer"}

# Words that stand before a person's name as a title or job ("Defence Minister", "Dr", "Hydrologist"):
# the titles of kg.agent_names.NAME_TITLES and the abbreviations, jobs and modifiers below.
PERSON_TITLES = set(NAME_TITLES) | {
    "dr.", "mr.", "mrs.", "ms.", "prof.", "lord", "lady", "reverend", "father", "sister", "brother", "sheikh",
    "imam", "rabbi", "bishop", "archbishop", "cardinal", "pope", "vice", "prime", "congressman",
    "congresswoman", "representative", "rep", "rep.", "sen", "sen.", "gov", "gov.", "justice", "ambassador",
    "chancellor", "premier", "king", "queen", "prince", "princess", "emir", "gen.", "colonel", "col", "col.",
    "lieutenant", "lt", "lt.", "brigadier", "major", "maj", "captain", "capt", "sergeant", "sgt", "corporal",
    "private", "admiral", "marshal", "commander", "commissioner", "inspector", "superintendent", "detective",
    "officer", "deputy", "adviser", "advisor", "aide", "chairman", "chairwoman", "leader", "envoy", "lawyer",
    "attorney", "prosecutor", "analyst", "economist", "historian", "scientist", "researcher", "reporter",
    "correspondent", "editor", "founder", "ceo", "executive", "manager", "coordinator", "physician", "doctor",
    "surgeon", "nurse", "activist", "defence", "defense", "foreign", "interior", "finance", "health",
    "state", "opposition", "regional", "former", "acting", "senior", "retired", "lawmaker", "mp",
    "councillor", "councilor", "fire", "police", "army", "navy", "military", "party", "union", "farmer",
    "teacher", "engineer", "coach", "trainer", "striker", "goalkeeper", "midfielder", "defender", "skipper",
    "pilot"
}
# Adjectives of an impersonal "it is ADJ to VERB" ("it was not possible to verify", "too early to say").
IMPERSONAL_ADJECTIVES = {"possible", "impossible", "clear", "unclear", "early", "premature", "hard", "difficult",
                         "easy", "soon"}
# What "according to" can follow that is no source: norms, plans and orderings.
NORM_NOUNS = {"plan", "schedule", "tradition", "law", "rule", "custom", "script", "protocol", "constitution",
              "procedure", "regulation", "guideline", "standard", "principle", "legend", "myth", "need", "size",
              "age", "type", "order", "category", "class", "design", "instruction", "wish", "taste", "merit",
              "expectation", "agreement", "treaty", "doctrine", "formula", "pattern", "timetable"}
# Prepositions that join a description to the body it names ("a worker at X", "observers from X").
PREPOSITIONS = {"at", "of", "from", "for", "in", "with", "by", "on", "to"}
# Lower-case words inside personal names ("Pieter de Vries", "Ursula von der Leyen").
NAME_PARTICLES = {"de", "van", "von", "der", "den", "del", "della", "da", "di", "du", "la", "le", "al", "el",
                  "bin", "ibn", "ter", "dos", "das", "y"}

# Words that mark a proper name as an organisation rather than a person.
ORGANIZATION_WORDS = ORGANIZATION_ROLE_NOUNS | {
    "news", "times", "post", "press", "international", "national", "research", "armament", "institute",
    "university", "college", "bank", "corporation", "inc", "ltd", "party", "front", "forces", "force",
    "house", "nations", "union", "league", "association", "foundation", "fund", "watch", "daily",
    "ledger", "wire", "herald", "journal", "tribune", "gazette", "radio", "tv", "television", "media",
    "defense", "defence", "security", "intelligence", "navy", "republic", "kingdom", "states", "region",
    "city", "river", "sea", "street", "square", "airport", "station", "port", "bridge", "hospital", "school",
}

# What can 'surface' or 'show' something as a source: reports and recordings, not 'evidence' itself.
REPORT_NOUNS = SAID_NOUNS | RECORD_NOUNS | {"chart", "image", "map", "maps", "numbers", "photo", "rumor", "slide", "slides",
                                            "rumors", "rumour", "rumours", "videos"}
