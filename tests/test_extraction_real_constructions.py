"""Constructions that real news uses and single-sentence rules miss (issue 10, sections 2 and 3).

Every text is written for these tests (no sentence from the acceptance articles, PolNeAR or
tests/data/realnews). Each case lists every attribution a careful reader expects, and no more:
canonical source (no "the"), stance (asserts, denies, confirms, does_not_confirm, cannot_verify)
and content (exactly the claim words; a claim split around its cue is one record whose pieces
are joined with a space). An empty list is a must-not-extract case. A case marked `xfail`
fails today for the reason given (strict: it must start passing once the rule exists).
"""
from __future__ import annotations

import pytest

from .construction_harness import NONE, Case, E, check_case, params

pytestmark = pytest.mark.slow


CASES = [
    # ---- colon attribution: "Name, role: quote", "The X's statement: S", transcripts, headlines ----
    # A speaker (a name with its apposition, or an organisation's statement) followed by a colon and
    # what they said, with no verb of saying.
    Case("colon-name-apposition-quote", 'Tomas Reiter, a baker in Graz: "The flour ran out on Friday."',
         [E("Tomas Reiter", "asserts", "The flour ran out on Friday")]),
    Case("colon-title-name-quote", 'Police spokeswoman Ilse Maren: "The area is safe again."',
         [E("Ilse Maren", "asserts", "The area is safe again")]),
    Case("colon-org-statement-quote",
         'The ministry\'s statement: "No decision has been taken on the embassy."',
         [E("ministry", "asserts", "No decision has been taken on the embassy")]),
    Case("colon-org-statement-unquoted",
         "Fjordline Ferries' statement: all crossings to Kiel are suspended until Friday.",
         [E("Fjordline Ferries", "asserts", "all crossings to Kiel are suspended until Friday")]),
    # Transcripts: an upper-case speaker label at the start of a paragraph.
    Case("colon-transcript-one-speaker", "HALVORSEN: Our drivers were never told about the new routes.",
         [E("Halvorsen", "asserts", "Our drivers were never told about the new routes")]),
    Case("colon-transcript-two-speakers",
         "OKAFOR: The shipment left Lagos on time.\n\nMENSAH: It arrived in Accra two weeks late.",
         [E("Okafor", "asserts", "The shipment left Lagos on time"),
          E("Mensah", "asserts", "It arrived in Accra two weeks late")]),
    # A transcript that opens each turn with a quote mark and never closes it.
    Case("colon-transcript-quoted-turns",
         'From the broadcast:\n\n"BERGSTROM: The pier will close in May. Repairs start in June.\n\n'
         '"TAMM: Nobody asked the fishermen.',
         [E("Bergstrom", "asserts", "The pier will close in May. Repairs start in June"),
          E("Tamm", "asserts", "Nobody asked the fishermen")]),
    # Attributed headlines: "Source: Claim" as a title line above the body.
    Case("colon-headline-org",
         "Coast Guard: Ferry Crew Accounted For\n\nRescue boats returned to port on Sunday evening.",
         [E("Coast Guard", "asserts", "Ferry Crew Accounted For")]),
    Case("colon-headline-role-then-names",
         "Local Official: Tarsk Police Arrest 4 in Port Raid\n\nThe search went on through the night.",
         [E("Local Official", "asserts", "Tarsk Police Arrest 4 in Port Raid")]),
    # a headline label the tagger left unlabelled, named in full in the article
    Case("colon-headline-surname",
         "Lindqvist: Ferry Line Will Reopen in May\n\nMara Lindqvist spoke to reporters on Monday.",
         [E("Mara Lindqvist", "asserts", "Ferry Line Will Reopen in May")]),
    Case("neg-colon-headline-timeline",
         "Timeline: the fighting began on Monday and ended on Wednesday.\n\nThe town is quiet.", []),
    # "She said:" ending its paragraph, the quote set as the next paragraph
    Case("said-colon-quote-next-paragraph",
         'Mara Lind spoke at the harbour on Monday. She said:\n\n"We have waited too long for the new ferry."',
         [E("Mara Lind", "asserts", "We have waited too long for the new ferry", "said")]),
    Case("colon-headline-army",
         "Army: No Civilians Hurt In Border Raid\n\nThe raid took place before dawn.",
         [E("Army", "asserts", "No Civilians Hurt In Border Raid")]),
    # Must-not: a colon after a label, a list heading or a rhetorical lead-in is no speaker.
    Case("neg-colon-update", "Update: The bridge reopened to traffic at noon.", []),
    Case("neg-colon-here-is-what-we-know",
         "Here is what we know: the fire began in a warehouse on Pier 4.", []),
    Case("neg-colon-editors-note", "Editor's note: The figures in this story were revised on Tuesday.", []),
    Case("neg-colon-photo-caption", "Photo: Rescue teams search the rubble in Tarsk.", []),
    Case("neg-colon-the-timeline", "The timeline: the fighting began on Monday and ended on Wednesday.", []),

    # Signed quotes: a quote, a dash and the speaker's name (epigraphs, collected comments).
    Case("dash-signed-quote",
         "\u201cThe river rose overnight and the road is gone.\u201d \u2015 Ana Lindqvist\n\n"
         "\u201cWe waited four hours for a bus.\u201d\u2014 Piet Olmer, Ghent",
         [E("Ana Lindqvist", "asserts", "The river rose overnight and the road is gone"),
          E("Piet Olmer", "asserts", "We waited four hours for a bus")]),
    # web pages often put a no-break space after the dash ("\u2015\u00a0Name"); the parser makes it
    # a token of its own, and the signature line a sentence of its own
    Case("dash-signed-quote-no-break-space",
         "\u201cThe ferry was late again this morning.\u201d \u2015\u00a0Lena Sorensen\n"
         "\u201cThe new timetable helps nobody.\u201d \u2015\u00a0Marco Vitale.",
         [E("Lena Sorensen", "asserts", "The ferry was late again this morning"),
          E("Marco Vitale", "asserts", "The new timetable helps nobody")]),
    Case("neg-dash-aside", "The bridge \u2014 built in 1910 \u2014 was closed to lorries.", []),
    Case("neg-dash-after-quoted-slogan",
         "\u201cNever again\u201d \u2014 the slogan of the march \u2014 was painted on the walls.", []),

    # ---- documents and data as sources: show / indicate / read / state ----------------------------
    # A record, letter, poll or set of figures is the subject of an evidential verb; the source is the
    # document's author when the sentence names one, else the document itself.
    Case("doc-court-records-show", "Court records show that the company paid the fine in March.",
         [E("court records", "asserts", "the company paid the fine in March", "show")]),
    Case("doc-hospital-records-indicate", "Hospital records indicate that the patient was discharged on June 2.",
         [E("hospital records", "asserts", "the patient was discharged on June 2", "indicate")]),
    # a recording is a channel noun and a report: "footage shows that S" is the footage's claim
    Case("doc-video-shows-that", "Dashcam video shows that the van left the depot after midnight.",
         [E("Dashcam video", "asserts", "the van left the depot after midnight", "shows")]),
    # an impersonal "it is too early / hard to say whether S" is nobody's statement
    Case("neg-too-early-to-say", "Vantor Energy runs the dam. "
         "Milan Orsic said it was too early to say whether the dam would hold.",
         [E("Milan Orsic", "asserts", "it was too early to say whether the dam would hold")]),
    Case("neg-hard-to-say", "It is hard to say whether the ferry will sail on Friday.", []),
    Case("neg-doc-smoke-showed", "The smoke showed no sign of thinning by noon.", []),
    Case("neg-doc-video-shows-np", "Dashcam video shows a van leaving the depot after midnight.", []),
    Case("doc-inverted-emails-indicate",
         "The pump had failed twice before, emails obtained by the Valley Ledger indicate.",
         [E("emails", "asserts", "The pump had failed twice before", "indicate")]),  # (passes since session 6)
    Case("doc-statement-read",
         "The port authority issued a statement on Monday. "
         '"The vessel must leave the harbour by Friday," the statement read.',
         [E("port authority", "asserts", "The vessel must leave the harbour by Friday", "read")],
         xfail="'\"Q,\" the statement read' yields nothing"),
    Case("doc-possessive-statement-read", '"All of our staff are safe," Meridian Bank\'s statement read.',
         [E("Meridian Bank", "asserts", "All of our staff are safe", "read")],
         xfail="'\"Q,\" X's statement read' yields nothing"),
    Case("doc-official-figures-state", "Official figures state that unemployment fell to 4 percent in May.",
         [E("official figures", "asserts", "unemployment fell to 4 percent in May", "state")]),
    Case("doc-poll-by-shows", "A poll by the Lindmark Institute shows that most voters oppose the tunnel.",
         [E("Lindmark Institute", "asserts", "most voters oppose the tunnel", "shows")]),
    Case("doc-data-from-indicate",
         "Data from the national weather service indicate that July was the hottest month on record.",
         [E("national weather service", "asserts", "July was the hottest month on record", "indicate")]),
    Case("doc-letter-from-states",
         "A letter from the Dockworkers Guild states that no ship will be unloaded on Sunday.",
         [E("Dockworkers Guild", "asserts", "no ship will be unloaded on Sunday", "states")]),
    Case("doc-figures-released-by-show",
         "Figures released by the finance ministry show that public debt rose by 8 percent.",
         [E("finance ministry", "asserts", "public debt rose by 8 percent", "show")]),
    # Must-not: "read" and "show" with a plain object are no attribution.
    Case("neg-doc-read-aloud", "The clerk read the names aloud to the court.", []),
    Case("neg-doc-exhibition-shows", "The exhibition shows paintings from the 1920s.", []),

    # ---- mid-sentence and parenthetical cues: "S1, X said, S2"; "(X later wrote that S)" -------------
    # The cue interrupts the reported clause, which comes back in two pieces around it.
    Case("mid-plan-said-would-cost", "The new terminal, Kessler said, would cost twice as much.",
         [E("Kessler", "asserts", "The new terminal would cost twice as much", "said")]),
    Case("mid-org-said-on-day", "The strike, the union said on Friday, will last until Monday.",
         [E("union", "asserts", "The strike will last until Monday", "said")]),
    Case("mid-officials-believe", "The reservoir, officials believe, is at a record low.",
         [E("officials", "asserts", "The reservoir is at a record low", "believe")]),
    Case("mid-pronoun-said", "Judge Maria Okonjo spoke briefly. The ruling, she said, was final.",
         [E("Maria Okonjo", "asserts", "The ruling was final", "said")]),
    Case("paren-later-wrote-that",
         "Half the budget went to consultants. (Ferreira later wrote that the share was closer to a third.)",
         [E("Ferreira", "asserts", "the share was closer to a third", "wrote")]),
    Case("paren-org-says", "The mine closed in 2019 (the company says it was 2018).",
         [E("company", "asserts", "it was 2018", "says")]),

    # ---- quoted as saying, told the paper ------------------------------------------------------------
    # "X quoted Y as saying Q": Y said Q, X relayed it. "Y was quoted as saying Q": Y said Q.
    Case("quoted-y-as-saying-quote",
         'The Harbour Gazette quoted Mayor Ilse Brandt as saying "we will not pay the ransom."',
         [E("Ilse Brandt", "asserts", "we will not pay the ransom")]),
    Case("quoted-y-as-saying-that",
         "The agency quoted a senior officer as saying that the base had been evacuated.",
         [E("senior officer", "asserts", "the base had been evacuated")]),
    Case("was-quoted-as-saying-that", "Lindqvist was quoted as saying that the deal was fair to both sides.",
         [E("Lindqvist", "asserts", "the deal was fair to both sides")]),
    Case("was-quoted-as-saying-bare", "The finance minister was quoted as saying the tax would not rise.",
         [E("finance minister", "asserts", "the tax would not rise")]),
    # "X told the paper / the Tribune that S": the hearer is no source.
    Case("told-the-paper-that", "Pereira told the paper that the contracts had been signed in secret.",
         [E("Pereira", "asserts", "the contracts had been signed in secret", "told")]),
    Case("told-outlet-description", "A former guard told the Tribune that prisoners had been beaten.",
         [E("former guard", "asserts", "prisoners had been beaten", "told")]),

    # ---- a quote split around its cue, or continued in the next sentence, is ONE record -------------
    # '"A," X said, "B."' and '"A," X said. "B."' within one paragraph: one claim in two pieces.
    Case("split-around-cue-comma", '"The roads are open," Dagny Holm said, "but drive slowly."',
         [E("Dagny Holm", "asserts", "The roads are open but drive slowly", "said")]),
    Case("split-around-cue-one-word", '"Nobody," the coach said, "expected this result."',
         [E("coach", "asserts", "Nobody expected this result", "said")],
         xfail="'\"Nobody,\" X said, \"expected ...\"': first piece lost, certainty 'probable'"),
    Case("split-next-sentence", '"The wells are dry," farmer Ruth Obi said. "We carry water from the river."',
         [E("Ruth Obi", "asserts", "The wells are dry We carry water from the river", "said")]),
    Case("split-next-sentence-inverted",
         '"Prices have doubled," said trader Musa Keita. "Nobody can afford rice now."',
         [E("Musa Keita", "asserts", "Prices have doubled Nobody can afford rice now", "said")]),
    Case("split-two-speakers-not-merged",
         '"The water is safe," the mayor said. "It is not," said Ana Ruiz, a resident.',
         [E("mayor", "asserts", "The water is safe", "said"),
          E("Ana Ruiz", "asserts", "It is not", "said")]),
    # Quotes written with two apostrophes ('' ... ''), as some wire copy and scanned text has them.
    Case("two-apostrophes-quote-said", "''We are not leaving,'' Wanjiru Kamau said.",
         [E("Wanjiru Kamau", "asserts", "We are not leaving", "said")]),
    Case("two-apostrophes-said-comma-quote", "Kamau said, ''The clinic will stay open.''",
         [E("Kamau", "asserts", "The clinic will stay open", "said")]),
    Case("two-apostrophes-split",
         "''The talks failed,'' envoy Paolo Greco said. ''We will try again in May.''",
         [E("Paolo Greco", "asserts", "The talks failed We will try again in May", "said")]),

    # ---- belief, intent and desire: want, hope, expect, fear, vow, promise, plan, urge, agree ----------
    # The holder's view or aim is the content: a that-clause, an infinitive, or "Y to Z" for a request.
    Case("intent-want-y-to", "Residents of Holm want the council to reopen the library.",
         [E("residents of Holm", "asserts", "the council to reopen the library", "want")]),
    Case("belief-hope-that", "Organisers hope that the festival will draw 20,000 visitors.",
         [E("organisers", "asserts", "the festival will draw 20,000 visitors", "hope")]),
    Case("belief-expect-infinitive", "The central bank expects inflation to ease next year.",
         [E("central bank", "asserts", "inflation to ease next year", "expects")]),
    Case("belief-expect-that", "Analysts at Norbank expect that interest rates will fall in the spring.",
         [E("Analysts at Norbank", "asserts", "interest rates will fall in the spring", "expect")]),
    Case("belief-fear-that", "Farmers fear that the drought will last into the autumn.",
         [E("farmers", "asserts", "the drought will last into the autumn", "fear")]),
    Case("intent-vowed-to", "Governor Elif Sahin vowed to clean up the port.",
         [E("Elif Sahin", "asserts", "to clean up the port", "vowed")]),
    Case("intent-promised-that", "Mayor Tunde Oyelaran promised that the buses would run on time.",
         [E("Tunde Oyelaran", "asserts", "the buses would run on time", "promised")]),
    Case("intent-plans-to", "Skyvia Airlines plans to cut 300 jobs.",
         [E("Skyvia Airlines", "asserts", "to cut 300 jobs", "plans")]),
    Case("directive-urged-y-to", "The Red Cross urged both sides to open the road to the hospital.",
         [E("Red Cross", "asserts", "both sides to open the road to the hospital", "urged")]),
    Case("belief-agreed-that", "Valdez agreed that the timetable was too tight.",
         [E("Valdez", "asserts", "the timetable was too tight", "agreed")]),
    Case("belief-is-convinced-that", "Prosecutor Lena Ott is convinced that the fire was set deliberately.",
         [E("Lena Ott", "asserts", "the fire was set deliberately")]),
    Case("belief-was-confident-that", "The coach was confident that his team would win the cup.",
         [E("coach", "asserts", "his team would win the cup")]),
    Case("directive-called-for-np", "Opposition leader Ravi Menon called for a full inquiry into the contracts.",
         [E("Ravi Menon", "asserts", "a full inquiry into the contracts")]),
    Case("directive-called-on-y-to", "The bishop called on the government to free the prisoners.",
         [E("bishop", "asserts", "the government to free the prisoners")]),
    # Must-not: desire for a thing, a visit, and an agentless forecast are no attribution.
    Case("neg-wanted-a-thing", "He wanted a sandwich.", []),
    Case("neg-wanted-a-bicycle", "Her daughter wanted a new bicycle for her birthday.", []),
    Case("neg-called-on-visit", "The bishop called on the families.", []),
    Case("neg-expected-to-reach", "The storm is expected to reach the coast.", []),
    Case("neg-expected-at-noon", "The ferry is expected at noon.", []),
    Case("neg-agreed-in-may", "The plan was agreed in May.", []),

    # ---- nominal cues: "X's claim that S", "the announcement by X that S", "Y's accusation that S" ----
    # A noun of saying with a that-clause; the possessor or by-phrase is the source.
    Case("nominal-possessive-claim", "Halloran's claim that the audit was rigged angered the board.",
         [E("Halloran", "asserts", "the audit was rigged", "claim")]),
    Case("nominal-possessive-announcement",
         "The ministry's announcement that fuel prices would rise caused long queues.",
         [E("ministry", "asserts", "fuel prices would rise", "announcement")]),
    Case("nominal-announcement-by",
         "The announcement by Tessaro Motors that it would close the plant shocked the town.",
         [E("Tessaro Motors", "asserts", "it would close the plant", "announcement")]),
    Case("nominal-allegation", "The prosecutors' allegation that the firm hid its losses will be heard in June.",
         [E("prosecutors", "asserts", "the firm hid its losses", "allegation")]),
    Case("nominal-warning", "Kaur's warning that the dam could fail was ignored for years.",
         [E("Kaur", "asserts", "the dam could fail", "warning")]),
    Case("nominal-denial", "Moreau's denial that she had met the buyer was not believed.",
         [E("Moreau", "denies", "she had met the buyer", "denial")]),
    Case("nominal-admission", "The army's admission that it had shelled the village came two days later.",
         [E("army", "confirms", "it had shelled the village", "admission")]),
    # "X hit back at Y's accusation that S": two records, Y asserts S and X denies S.
    Case("nominal-hit-back-at-accusation",
         "Mayor Hugh Dunn hit back at the union's accusation that he had ignored the workers.",
         [E("union", "asserts", "he had ignored the workers", "accusation"),
          E("Hugh Dunn", "denies", "he had ignored the workers")]),
    # Must-not: the same nouns in their ordinary senses.
    Case("neg-nominal-claim-form", "The claim form must be filed by Friday.", []),
    Case("neg-nominal-insurance-claim", "Farmers filed an insurance claim after the flood.", []),
    Case("neg-nominal-announcement-came", "The announcement came at noon.", []),

    # ---- dismissals with a label: a denial whose content is what is dismissed, not the label ---------
    Case("dismiss-called-report-invention", 'The ministry called the report "pure invention."',
         [E("ministry", "denies", "the report")]),
    Case("dismiss-as-gossip", "Ostrova dismissed the story as gossip.",
         [E("Ostrova", "denies", "the story", "dismissed")]),
    Case("dismiss-quick-to-dismiss-suggestions",
         "The coach was quick to dismiss suggestions that he would resign.",
         [E("coach", "denies", "he would resign")]),
    Case("dismiss-reports-that", "Helmark Foods dismissed reports that it was up for sale.",
         [E("Helmark Foods", "denies", "it was up for sale", "dismissed"),
          E("reports", "asserts", "it was up for sale", "reports")]),
    Case("dismiss-branded-a-smear", "Senator Ada Quist branded the allegations a smear.",
         [E("Ada Quist", "denies", "the allegations", "branded")]),
    Case("dismiss-described-as-baseless", "Police described the rumours as baseless.",
         [E("police", "denies", "the rumours", "described")]),
    # Must-not: "call" as phoning, and "dismiss" in its legal or everyday sense.
    Case("neg-called-the-author", "The ministry called the report's author on Tuesday.", []),
    Case("neg-judge-dismissed-case", "The judge dismissed the case.", []),
    Case("neg-teacher-dismissed-class", "The teacher dismissed the class early.", []),

    # ---- noun-phrase and event contents: denounce, criticize, confirm the death of, report seizing ----
    Case("np-denounced-the-merger", "The opposition denounced the merger.",
         [E("opposition", "asserts", "the merger", "denounced")]),
    Case("np-criticized-the-decision-to", "Lawmakers criticized the decision to close the border.",
         [E("lawmakers", "asserts", "the decision to close the border", "criticized")]),
    Case("np-condemned-the-attack", "The foreign ministry condemned the attack on the embassy.",
         [E("foreign ministry", "asserts", "the attack on the embassy", "condemned")]),
    Case("np-confirmed-the-death-of", "Relatives confirmed the death of the poet Ana Lisboa.",
         [E("relatives", "confirms", "the death of the poet Ana Lisboa", "confirmed")]),
    Case("np-confirmed-the-arrest-of", "Police confirmed the arrest of two teenagers.",
         [E("police", "confirms", "the arrest of two teenagers", "confirmed")]),
    Case("np-reported-seizing", "Customs officials reported seizing 40 kilos of cocaine.",
         [E("customs officials", "asserts", "seizing 40 kilos of cocaine", "reported")]),
    Case("np-reported-treating", "Doctors at the field hospital reported treating 60 people for burns.",
         [E("Doctors at the field hospital", "asserts", "treating 60 people for burns", "reported")]),
    Case("np-reported-a-loss", "The club reported a loss of 3 million euros.",
         [E("club", "asserts", "a loss of 3 million euros", "reported")]),
    # Must-not: "report" as turning up.
    Case("neg-reported-for-duty", "The new recruits reported for duty at six.", []),

    # ---- infinitival refusals: refused to say whether S, declined to confirm, would not say ----------
    Case("refuse-refused-to-say-whether", "The minister refused to say whether troops would be sent.",
         [E("minister", "does_not_confirm", "whether troops would be sent", "refused to say")]),
    Case("refuse-refused-to-confirm-that", "Police refused to confirm that the suspect was a minor.",
         [E("police", "does_not_confirm", "the suspect was a minor", "refused to confirm")]),
    Case("refuse-declined-to-confirm-or-deny", "The club declined to confirm or deny the transfer.",
         [E("club", "does_not_confirm", "the transfer")]),
    Case("refuse-would-not-say-how-many", "Officials would not say how many soldiers had died.",
         [E("officials", "does_not_confirm", "how many soldiers had died", "would not say")]),
    Case("refuse-declined-to-comment-when-asked-whether",
         "Arvo Air declined to comment when asked whether the pilot had been drinking.",
         [E("Arvo Air", "does_not_confirm", "whether the pilot had been drinking")],
         xfail="'declined to comment when asked whether S' yields nothing"),
    # Must-not: refusing an act, not a statement.
    Case("neg-refused-to-stop", "The driver refused to stop.", []),
    Case("neg-declined-to-attend", "She declined to attend the dinner.", []),
    # a bare refusal to comment stands, about the comment asked for (it was a must-not before issue 10's
    # "declined to comment" was taken in)
    Case("declined-to-comment-bare", "Kessler declined to comment.",
         [E("Kessler", "does_not_confirm", "comment", "declined to comment")]),

    # ---- agentless and passive: "it was reported by X that S", "the toll was put at N by X" -----------
    Case("passive-it-was-reported-by-that",
         "It was reported by state television that the talks had collapsed.",
         [E("state television", "asserts", "the talks had collapsed", "reported")]),
    # "S, it was reported on / by X": the passive frame names the outlet after the claim.
    Case("passive-it-was-reported-on", "Two ministers have resigned, it was reported on state radio.",
         [E("state radio", "asserts", "Two ministers have resigned", "reported")],
         xfail="'S, it was reported on X' yields nothing"),
    Case("passive-put-at-by", "The toll was put at nine by the district hospital.",
         [E("district hospital", "asserts", "The toll was put at nine", "put")],
         xfail="'the toll was put at nine by X' yields nothing"),

    # ---- according to X in every position -------------------------------------------------------------
    Case("according-to-initial-person", "According to Dr Ilse Marr, the patient is stable.",
         [E("Ilse Marr", "asserts", "the patient is stable", "According to")]),
    Case("according-to-final-org", "The train was running 20 minutes late, according to the rail operator.",
         [E("rail operator", "asserts", "The train was running 20 minutes late", "according to")]),
    Case("according-to-mid-after-subject", "The vaccine, according to Velmar Pharma, is 90 percent effective.",
         [E("Velmar Pharma", "asserts", "The vaccine is 90 percent effective", "according to")]),
    Case("according-to-mid-after-verb", "Prices rose, according to the statistics bureau, by 3 percent in May.",
         [E("statistics bureau", "asserts", "Prices rose by 3 percent in May", "according to")]),
    # "she said" after a long quote reaches back past its sentences to the person named before
    Case("pronoun-after-long-quote",
         "Mara Lindqvist runs the ferry school in Kalmar.\n\n"
         '"The boats are old. The engines fail every winter. Two were lost last year. Nobody came to '
         'help. The council never answered our letters," she said.',
         [E("Mara Lindqvist", "asserts", "The boats are old. The engines fail every winter. Two were lost last "
            "year. Nobody came to help. The council never answered our letters", "said")]),
    # "reports that S" with no holder named: the reports are the source
    Case("unowned-reports-that", "The vote follows reports that the mine will close in spring.",
         [E("reports", "asserts", "the mine will close in spring", "reports")]),
    # "confirmed that S but gave no specifics": the second verb is the speaker again, not the claim
    Case("confirmed-but-gave-no-specifics",
         "A ministry official confirmed that the pipeline had leaked but gave no specifics on the cause.",
         [E("ministry official", "confirms", "the pipeline had leaked", "confirmed"),
          E("ministry official", "does_not_confirm", "the cause", "gave")]),
    # "S, as X reported/confirmed": X's report of S, and S without the as-clause for the first source
    Case("as-x-confirmed",
         "The harbour workers said the crane had collapsed, as the port authority confirmed.",
         [E("harbour workers", "asserts", "the crane had collapsed"),
          E("port authority", "confirms", "the crane had collapsed", "confirmed")]),
    Case("as-x-reported", "The mine had flooded twice before, as the Valley Courier reported.",
         [E("Valley Courier", "asserts", "The mine had flooded twice before", "reported")]),
    # after a fronted phrase the parser hangs the subject on the place as an apposition
    Case("subject-after-fronted-phrase",
         "In Tarsk, the head of the harbour police, Ilse Maren, says the dock was closed at dawn.",
         [E("Ilse Maren", "asserts", "the dock was closed at dawn", "says")]),
    # "called for Y to do Z"; "asked Y to do Z" is a request, "asked whether S" no claim
    Case("called-for-y-to", "Maren called for the council to reopen the ferry line.",
         [E("Maren", "asserts", "the council to reopen the ferry line", "called for")]),
    Case("asked-y-to", "Ilse Maren asked the council to reopen the ferry line.",
         [E("Ilse Maren", "asserts", "the council to reopen the ferry line", "asked")]),
    Case("neg-asked-whether", "Ilse Maren asked whether the ferry line would reopen.", []),
    # judgements for as well as against: the judged thing is the content
    Case("praised-np", "The harbour council praised the quick work of the rescue crews.",
         [E("harbour council", "asserts", "the quick work of the rescue crews", "praised")]),
    Case("rebuked-np", "Senator Ada Quist rebuked the ministry for its silence.",
         [E("Ada Quist", "asserts", "the ministry for its silence", "rebuked")]),
    # "called for doing Z": a gerund request
    Case("called-for-gerund", "The union called for raising the night rate by a tenth.",
         [E("union", "asserts", "raising the night rate by a tenth", "called for")]),
    # a clause before the verb that the parser also hung on it (no quote) is not what X says
    Case("semicolon-clause-before-cue",
         "It is an unlikely outcome; the ferry company says the line will reopen in May.",
         [E("ferry company", "asserts", "the line will reopen in May", "says")]),
    # "called Y Z" / "labelled Y as Z": the labelled thing and its label (a pronoun adds nothing)
    Case("label-object-and-label", "The union labelled the new rota as unsafe for night crews.",
         [E("union", "asserts", "the new rota as unsafe for night crews", "labelled")]),
    # "underlined that S"; '"Q," X continued' (continue reports speech only beside a quote)
    Case("underlined-that", "Anna Berg underlined that no single vote would change the budget.",
         [E("Anna Berg", "asserts", "no single vote would change the budget", "underlined")]),
    Case("quote-then-continued", '"The clinic needs more nurses," Anna Berg continued.',
         [E("Anna Berg", "asserts", "The clinic needs more nurses", "continued")]),
    Case("neg-continued-no-quote", "The strike at the mill continued for a third day.", []),
    # "offer" is a verb of giving ("offered an account") and of intent ("offered to send troops")
    Case("offered-to-infinitive", "Chad offered to send 300 engineers to rebuild the bridge.",
         [E("Chad", "asserts", "to send 300 engineers to rebuild the bridge", "offered")]),
    # A denial whose object is only "this", "that" or "it" answers the claim just reported.
    Case("denies-this-same-sentence",
         "Dock workers told the Courier that the cranes had been sabotaged, but the port operator denies this.",
         [E("Dock workers", "asserts", "the cranes had been sabotaged"),
          E("port operator", "denies", "the cranes had been sabotaged")]),
    Case("denied-it-next-sentence",
         "Prosecutors said the mayor took the money in cash. His lawyer denied it.",
         [E("Prosecutors", "asserts", "the mayor took the money in cash"),
          E("lawyer", "denies", "the mayor took the money in cash")]),
    # "the port operator" (a noun modifier) is a body of its own, not the organisation named last
    Case("generic-noun-with-modifier-is-its-own-body",
         "Lindqvist told the Harbour Courier that the cranes were old. The port operator said they were safe.",
         [E("Lindqvist", "asserts", "the cranes were old"), E("port operator", "asserts", "they were safe")]),
    Case("denies-the-assertion-next-sentence",
         "The dockers' union accused the council of hiding the survey. The council rejects the assertion.",
         [E("dockers' union", "asserts", "the council of hiding the survey", "accused"),
          E("council", "denies", "the council of hiding the survey", "rejects")]),
    # a family name written first ("Ban" for "Ban Ki-moon") is the one full name that opens with it
    Case("family-name-first", "Envoy Ban Ki-moon toured the camp on Monday. Ban said the camp needed clean water.",
         [E("Ban Ki-moon", "asserts", "the camp needed clean water", "said")]),
    # any noun phrase can follow "according to" as the source, except a norm or an ordering
    Case("according-to-common-noun-group", "According to fishermen in the bay, the nets were cut overnight.",
         [E("fishermen in the bay", "asserts", "the nets were cut overnight", "According to")]),
    Case("neg-according-to-plan", "The ferry left the harbour at nine, according to plan.", []),
    Case("neg-sorted-according-to-size", "The parcels were sorted according to size before loading.", []),
    # a description holding a name is that body, not the organisation named last
    Case("description-with-name-is-its-own-body",
         "The Harrow Courier spoke to farmers near the border. "
         "The Ostrava rebel group said its fighters had left the valley.",
         [E("Ostrava rebel group", "asserts", "its fighters had left the valley")]),
    Case("according-to-figures-from",
         "Exports fell by 12 percent last year, according to figures from the customs agency.",
         [E("customs agency", "asserts", "Exports fell by 12 percent last year", "according to")]),
    Case("according-to-report-by", "According to a report by the Harlow Trust, a third of rivers are polluted.",
         [E("Harlow Trust", "asserts", "a third of rivers are polluted", "According to")]),
    Case("according-to-after-that-clause",
         "The ministry said that, according to its records, no permit was ever issued.",
         [E("ministry", "asserts", "no permit was ever issued", "said")],
         xfail="'said that, according to its records, S': content keeps the according-to phrase"),
    Case("according-to-two-in-a-row",
         "The dam was built in 1962, according to the water board. "
         "It has never been inspected, according to engineer Bo Lind.",
         [E("water board", "asserts", "The dam was built in 1962", "according to"),
          E("Bo Lind", "asserts", "It has never been inspected", "according to")],
         xfail="the second 'S, according to engineer Bo Lind' is missed"),

    # ---- recorded / documented / counted: a tally is a claim of its keeper -----------------------------
    Case("tally-has-recorded-only", "The health agency has recorded only 412 cases of measles.",
         [E("health agency", "asserts", "only 412 cases of measles", "recorded")]),
    Case("tally-have-documented", "Monitors have documented at least 30 attacks on clinics.",
         [E("monitors", "asserts", "at least 30 attacks on clinics", "documented")]),
    Case("tally-counted", "The observatory counted 17 deaths in the town.",
         [E("observatory", "asserts", "17 deaths in the town", "counted")]),
    Case("neg-tally-recorded-an-album", "The band recorded a new album in Oslo.", []),

    # ---- section 3: a dateline is not a speaker ---------------------------------------------------------
    Case("dateline-city-date-agency",
         "LINZ, May 3 (Nordpress) - Mayor Karl Ebner said the trams would be free in the summer.",
         [E("Karl Ebner", "asserts", "the trams would be free in the summer", "said")]),
    Case("dateline-org-said",
         "TARTU, June 9 (Baltic Wire) - The university said its library would close for repairs.",
         [E("university", "asserts", "its library would close for repairs", "said")]),
    Case("dateline-inverted-officials-said",
         "KISUMU, Kenya \u2014 Flooding has cut the road to the airport, officials said.",
         [E("officials", "asserts", "Flooding has cut the road to the airport", "said")]),
    Case("dateline-only-no-speaker",
         "VALLETTA, Malta (Harbour News) - Two divers went missing off the coast on Sunday.", []),

    # ---- section 3: two speakers in one sentence each keep their own source ------------------------------
    Case("two-speakers-but", "The union said pay rose 2%, but the company said it was 5%.",
         [E("union", "asserts", "pay rose 2%", "said"),
          E("company", "asserts", "it was 5%", "said")]),
    Case("two-speakers-while",
         "Police said 5,000 people marched, while organisers said the figure was 20,000.",
         [E("police", "asserts", "5,000 people marched", "said"),
          E("organisers", "asserts", "the figure was 20,000", "said")]),
    Case("two-speakers-semicolon", "Ortega said the deal was signed; Valdez said it was not.",
         [E("Ortega", "asserts", "the deal was signed", "said"),
          E("Valdez", "asserts", "it was not", "said")]),
    Case("two-speakers-said-while-insisted",
         "The nurses' association said staffing fell by a tenth, while the hospital insisted that it had risen.",
         [E("nurses' association", "asserts", "staffing fell by a tenth", "said"),
          E("hospital", "asserts", "it had risen", "insisted")]),

    # ---- section 3: certainty comes from the cue, not from modal verbs inside the content ---------------
    Case("certainty-denied-could-have-been-prevented",
         "Halden Rail denied that the crash could have been prevented.",
         [E("Halden Rail", "denies", "the crash could have been prevented", "denied", "certain")]),
    Case("certainty-confirmed-could-spread",
         "Doctors confirmed that the infection could spread between patients.",
         [E("doctors", "confirms", "the infection could spread between patients", "confirmed", "certain")]),
    Case("certainty-denied-may-have",
         "The army denied that its drones may have hit the school.",
         [E("army", "denies", "its drones may have hit the school", "denied", "certain")]),
    Case("certainty-denied-might",
         "The mayor flatly denied that the vote might be delayed.",
         [E("mayor", "denies", "the vote might be delayed", "denied", "certain")]),

    # ---- section 3: channels only where the sentence frames one ------------------------------------------
    Case("channel-on-telegram", "Governor Lev Panko said on Telegram that the water supply was restored.",
         [E("Lev Panko", "asserts", "the water supply was restored", "said", channel="Telegram")]),
    Case("channel-in-a-post-on-x", "In a post on X, Senator Mira Kohl wrote that the vote would be delayed.",
         [E("Mira Kohl", "asserts", "the vote would be delayed", "wrote", channel="X")]),
    Case("channel-in-an-interview-with",
         "In an interview with the Harbour Gazette, Kessler said the plant would close.",
         [E("Kessler", "asserts", "the plant would close", "said", channel="interview")]),
    Case("channel-in-a-statement", "The club said in a statement that its coach had resigned.",
         [E("club", "asserts", "its coach had resigned", "said", channel="statement")]),
    Case("channel-none-release-from-prison", "After his release from prison, Dorn said he would appeal.",
         [E("Dorn", "asserts", "he would appeal", "said", channel=NONE)]),
    Case("channel-none-conference-on-water",
         "Speaking at a conference on water, the minister said rivers were drying up.",
         [E("minister", "asserts", "rivers were drying up", "said", channel=NONE)]),
    Case("channel-none-posts-often-on-telegram",
         "Vance, who posts often on Telegram, said the road was open again.",
         [E("Vance", "asserts", "the road was open again", "said", channel=NONE)]),
    Case("channel-none-bank-statement",
         "Holding a bank statement, the widow said her pension had not been paid.",
         [E("widow", "asserts", "her pension had not been paid", "said", channel=NONE)]),

    # ---- section 3: content keeps the reported clause's subject, both parts of "X as Y", no trailing context
    Case("content-keeps-subject", "Nordair said the airline was cutting routes to Asia.",
         [E("Nordair", "asserts", "the airline was cutting routes to Asia", "said")]),
    Case("content-keeps-relative-subject",
         "Officials said the two ministers who resigned had been under investigation.",
         [E("officials", "asserts", "the two ministers who resigned had been under investigation", "said")]),
    Case("content-confirmed-x-as-y", "Police confirmed the victim as a 34-year-old local man.",
         [E("police", "confirms", "the victim as a 34-year-old local man", "confirmed")]),
    Case("content-confirmed-name-as-role", "The club confirmed Lena Roth as its new coach.",
         [E("club", "confirms", "Lena Roth as its new coach", "confirmed")]),
    Case("content-no-trailing-as-clause", "The mayor said the school would reopen, as parents gathered outside.",
         [E("mayor", "asserts", "the school would reopen", "said")],
         xfail="content keeps the trailing ', as parents gathered outside' (cutting as/when/after clauses "
               "measured worse on real text: they are often part of the claim)"),
    Case("content-no-trailing-participle",
         "Kessler said the plant was safe, speaking after a tour of the site.",
         [E("Kessler", "asserts", "the plant was safe", "said")]),

    # ---- section 3: who the source is (pronouns, bare titles, never a document word) ---------------------
    # A pronoun outside a quote resolves to the speaker named before, never to a name inside the quote.
    Case("source-pronoun-not-inside-quote",
         'Officer Dana Pike testified on Monday. "I told Marek Lind to leave the building," she said.',
         [E("Dana Pike", "asserts", "I told Marek Lind to leave the building", "said")]),
    Case("source-bare-title-minister",
         "Interior Minister Pavla Rysova visited the border on Monday. "
         "The minister said the curfew would end on Friday.",
         [E("Pavla Rysova", "asserts", "the curfew would end on Friday", "said")]),
    Case("source-bare-title-spokesman",
         "Jonas Eke, a spokesman for the port, was at the scene. The spokesman said the fire was under control.",
         [E("Jonas Eke", "asserts", "the fire was under control", "said")]),
    Case("source-the-statement-said-is-its-author",
         "Tessaro Motors issued a statement on Friday. The statement said the plant would close in April.",
         [E("Tessaro Motors", "asserts", "the plant would close in April", "said")],
         xfail="source is 'statement', not its issuer named before"),
    Case("neg-source-methodology", "The methodology assumes that prices stay flat.", [],
         xfail="'The methodology assumes that S' gives source 'methodology'"),

    # ---- the cue clause never reaches into the quote it follows ------------------------------------------
    # '"No matter what anyone says, S," said X': the parser hangs 'matter' on the cue verb; the cue
    # clause must still start after the quote, or the quote is not seen as next to it.
    Case("inverted-said-quote-no-matter",
         '"They want a headline. No matter what anyone says, that is not a real reform," said Sen. Paul Okafor '
         "of Iowa, the committee's senior Republican.",
         [E("Paul Okafor", "asserts", "They want a headline. No matter what anyone says, that is not a real reform",
            "said")]),
    # the quote's last noun, hung on the cue verb as a second subject, is not the speaker
    Case("inverted-said-quote-noun-subject",
         "\u201cThe city budget is in crisis mode. Full crisis mode,\u201d said Lena Marsh, a Denver-based "
         "president of the Western Teachers Caucus.",
         [E("Lena Marsh", "asserts", "The city budget is in crisis mode. Full crisis mode", "said")]),
    # the quote's 'not', hung on the cue verb, does not negate the saying
    Case("inverted-said-quote-ends-not",
         '"Are we ready? Probably not," Ms. Dole said. "Will we be ready by May? Absolutely."',
         [E("Dole", "asserts", "Are we ready? Probably not Will we be ready by May? Absolutely", "said")]),

    # ---- documents: who stands behind them ----------------------------------------------------------------
    # only the maker of a document speaks through it; who obtained it does not
    Case("document-obtained-by-is-not-author",
         "The audit, obtained by the Herald, says the agency lost track of 300 vehicles.",
         [E("audit", "asserts", "the agency lost track of 300 vehicles", "says")]),
    Case("document-prepared-by-is-author",
         "The audit, prepared by the finance office, says the agency lost track of 300 vehicles.",
         [E("finance office", "asserts", "the agency lost track of 300 vehicles", "says")]),
    # a nationality adjective describes the reports; it is no source of its own
    Case("document-nationality-adjective-not-owner",
         "Danish media reports say the minister resigned on Sunday.",
         [E("Danish media reports", "asserts", "the minister resigned on Sunday", "say")]),
    # a post or statement "by X" / "from X" is X speaking
    Case("channel-noun-by-author", "Posts by the mayor on Facebook say the bridge will reopen in May.",
         [E("mayor", "asserts", "the bridge will reopen in May", "say")]),
    # a report accuses: "of Z" hung on the object
    Case("document-accuses-of-on-object",
         "The report, obtained by the Herald, accuses the board of hiding losses. It says the losses grew every year.",
         [E("report", "asserts", "the board of hiding losses", "accuses"), E("report", "asserts", "the losses grew every year", "says")]),
    # the newsroom's "could not be confirmed" is no speaker a later "it" / "the statement" stands for
    Case("publisher-note-not-a-speaker",
         "A rebel group sent a statement to reporters saying its fighters seized the airport. The statement "
         "could not be independently confirmed. It said 40 soldiers were captured.",
         [E("rebel group", "asserts", "its fighters seized the airport", "saying"),
          E("Harbour Post", "cannot_verify", "The statement"),
          E("rebel group", "asserts", "40 soldiers were captured", "said")], publisher="Harbour Post"),
    # a denial of "the claim" inside another source's report answers the claim before, not the report
    Case("denied-the-claim-inside-a-report",
         "A rebel group has sent a statement to reporters saying its fighters killed 40 soldiers on Sunday. "
         "The paper's correspondent Ana Ruiz reports a government official firmly denied the claim.",
         [E("rebel group", "asserts", "its fighters killed 40 soldiers on Sunday", "saying"),
          E("Ana Ruiz", "asserts", "a government official firmly denied the claim", "reports"),
          E("government official", "denies", "its fighters killed 40 soldiers on Sunday", "denied")]),

    # ---- refusals and requests for comment left unanswered ------------------------------------------------
    Case("refusal-comment-on-np", "The club spokesman Ivo Brand declined to comment on the terms of the deal.",
         [E("Ivo Brand", "does_not_confirm", "the terms of the deal", "declined to comment")]),
    Case("refusal-bare-comment-with-day", "The club declined to comment on Tuesday.",
         [E("club", "does_not_confirm", "comment", "declined to comment")]),
    Case("unanswered-could-not-be-reached", "The mayor could not be reached for comment.",
         [E("mayor", "does_not_confirm", "for comment", "could not be reached")]),
    Case("unanswered-did-not-respond",
         "The company did not immediately respond to a request for comment.",
         [E("company", "does_not_confirm", "to a request for comment", "did not immediately respond")]),
    Case("unanswered-calls-seeking-comment-on",
         "The firm has not returned calls seeking comment on the layoffs.",
         [E("firm", "does_not_confirm", "the layoffs", "has not returned")]),
    Case("neg-could-not-reach-a-place", "The rescue team could not reach the village for days.", []),

    # ---- several sources in one subject ---------------------------------------------------------------------
    # two multi-word names the tagger ran together are two sources; a name with "of ... and" stays one
    Case("two-joined-organisations", "Oxfam International and Care International said the convoys were blocked.",
         [E("Oxfam International", "asserts", "the convoys were blocked", "said"),
          E("Care International", "asserts", "the convoys were blocked", "said")]),
    Case("neg-split-department-of-x-and-y",
         "The Department of Health and Human Services said the clinics would stay open.",
         [E("Department of Health and Human Services", "asserts", "the clinics would stay open", "said")]),
    # names in apposition are the sources (not also the description); "they" then stands for both
    Case("apposition-names-and-they",
         "Two aid groups, Oxfam International and Care International, are jointly accusing the army of "
         "blocking food convoys. They are also calling on the army to open the roads.",
         [E("Oxfam International", "asserts", "the army of blocking food convoys"),
          E("Care International", "asserts", "the army of blocking food convoys"),
          E("Oxfam International", "asserts", "the army to open the roads"),
          E("Care International", "asserts", "the army to open the roads")]),

    # ---- names ------------------------------------------------------------------------------------------
    # dotted initials stand for the body the article names in full
    Case("dotted-initials-for-full-name",
         "A leaked World Health Organization report says the clinics ran out of vaccines. "
         "The W.H.O. report also says two clinics closed.",
         # (the document named with its maker is the source, session 10; "W.H.O." is the same maker)
         [E("leaked World Health Organization report", "asserts", "the clinics ran out of vaccines", "says"),
          E("leaked World Health Organization report", "asserts", "two clinics closed", "says")]),
    Case("dotted-initials-for-the-full-name-of-a-body",
         "The World Health Organization said the clinics ran out of vaccines. "
         "The W.H.O. also said two clinics closed.",
         [E("World Health Organization", "asserts", "the clinics ran out of vaccines", "said"),
          E("World Health Organization", "asserts", "two clinics closed", "said")]),
    # a family relation in apposition is a role: "the son" later is that person
    Case("family-relation-as-role",
         "Inspector Lars Holm said the case was closed. The victim's son, Tomas Berg, said he did not believe "
         'the police account. "We want the truth," the son said Friday.',
         [E("Lars Holm", "asserts", "the case was closed", "said"),
          E("Tomas Berg", "asserts", "he did not believe the police account", "said"),
          E("Tomas Berg", "asserts", "We want the truth", "said")]),
    # a family name written without its joined particle
    Case("surname-without-particle",
         "The city minister, Khalid al-Mansouri, said the roads were open. Mr. Mansouri said the schools would reopen.",
         [E("Khalid al-Mansouri", "asserts", "the roads were open", "said"),
          E("Khalid al-Mansouri", "asserts", "the schools would reopen", "said")]),
    # an organisation the tagger cut at a preposition keeps the name after it
    Case("organisation-name-over-preposition",
         "The U.S. Mission to Norway said in a statement that the visa office would close on Friday.",
         [E("U.S. Mission to Norway", "asserts", "the visa office would close on Friday", "said")]),

    # ---- what is said -----------------------------------------------------------------------------------
    # "warned of NP": the danger named is the content
    Case("warned-of-np",
         "Nurse Ana Molina said the ward was full. She warned of a looming shortage of blood in the region.",
         [E("Ana Molina", "asserts", "the ward was full", "said"),
          E("Ana Molina", "asserts", "a looming shortage of blood in the region", "warned")]),
    # a long subject the parser made the cue's object stays the subject of the claim
    Case("said-long-subject-parsed-as-object",
         "Mara Olsen also said the people in areas held by the rebels, mostly in the hills, are in dire need of food aid.",
         [E("Mara Olsen", "asserts",
            "the people in areas held by the rebels, mostly in the hills, are in dire need of food aid", "said")]),
    # the headline "Claim, Source Say"
    Case("headline-claim-comma-source-say",
         "Catastrophe Looms in the North, Rights Groups Say\n\nRain fell for a third day.",
         [E("Rights Groups", "asserts", "Catastrophe Looms in the North", "Say")]),
    Case("neg-headline-comma-list", "Rain, Wind and Snow\n\nRain fell for a third day.", []),

    # ---- a paragraph that is only a quote, after a speaker reported in indirect speech ------------------------
    Case("quote-paragraph-after-indirect-speech",
         "Port spokesman Omar Lind told reporters on Friday no ships had been turned away.\n\n"
         "\u201cWe are just checking papers. We are not stopping anyone.\u201d\n\nThe harbour reopened on Monday.",
         [E("Omar Lind", "asserts", "no ships had been turned away", "told"),
          E("Omar Lind", "asserts", "We are just checking papers. We are not stopping anyone", "told")]),
    # not when another paragraph comes between, nor after a label ("called it Y")
    Case("neg-quote-paragraph-not-next",
         "Port spokesman Omar Lind told reporters on Friday no ships had been turned away.\n\n"
         "The harbour reopened on Monday.\n\n\u201cWe are just checking papers. We are not stopping anyone.\u201d",
         [E("Omar Lind", "asserts", "no ships had been turned away", "told")]),
    Case("neg-quote-paragraph-after-label",
         "Senator Ruth Ames called the plan a disgrace.\n\n"
         "\u201cIf a bank cannot be run properly, it should be broken up.\u201d",
         [E("Ruth Ames", "asserts", "the plan a disgrace", "called")]),

    # ---- calling a claim false in a reported clause is denying it --------------------------------------
    Case("said-claims-were-baseless", "The ministry said the reports were baseless.",
         [E("ministry", "denies", "the reports", "said")]),
    Case("said-report-completely-unfounded-quoted", 'The embassy said the report was "completely unfounded."',
         [E("embassy", "denies", "the report", "said")]),
    Case("said-report-not-true", "The council said the report was not true.",
         [E("council", "denies", "the report", "said")]),
    Case("said-no-truth-to-claims", "Omar Hale said there was no truth to the claims.",
         [E("Omar Hale", "denies", "the claims", "said")]),
    Case("said-story-had-no-basis", "The company said the story had no basis in fact.",
         [E("company", "denies", "the story", "said")]),
    Case("neg-said-reports-accurate", "The minister said the reports were accurate.",
         [E("minister", "asserts", "the reports were accurate", "said")]),
    Case("neg-said-figures-not-wrong", "The mayor said the figures were not wrong.",
         [E("mayor", "asserts", "the figures were not wrong", "said")]),
    Case("neg-said-person-wrong-to-act", "Police said the driver was wrong to flee.",
         [E("Police", "asserts", "the driver was wrong to flee", "said")]),
    # the as-phrase of a rejection is its label
    Case("rejected-claims-as-label", 'The embassy rejected the claims as "absurd."',
         [E("embassy", "denies", "the claims", "rejected")]),
    # "rejecting allegations by X who say S": the denial is of S, which X asserts
    Case("rejected-allegations-by-who-say",
         "The ministry is rejecting allegations by opposition leaders who say the vote count was rigged.",
         [E("ministry", "denies", "the vote count was rigged", "rejecting"),
          E("opposition leaders", "asserts", "the vote count was rigged")]),
    # "a charge he denies": a claim noun set after a clause renames it; its relative clause denies it
    Case("apposed-charge-he-denies",
         "Officials in Tarsk have accused exiled leader Omar Dane of inciting the protests, a charge he denies.",
         [E("Officials in Tarsk", "asserts", "exiled leader Omar Dane of inciting the protests", "have accused"),
          E("Omar Dane", "denies", "exiled leader Omar Dane of inciting the protests", "denies")]),
    Case("apposed-accusation-he-has-rejected",
         "Prosecutors say Mayor Ivo Lind took bribes, an accusation he has rejected.",
         [E("Prosecutors", "asserts", "Mayor Ivo Lind took bribes", "say"),
          E("Ivo Lind", "denies", "Mayor Ivo Lind took bribes", "rejected")]),
    # "the report" denied right after "X reported S" is X's report of S
    Case("denied-the-report-just-reported",
         'Northland state media reported that police shot dead 21 "terrorists" in the raid.\n\n'
         "The Freedom Front denied the report.",
         [E("Northland state media", "asserts", 'police shot dead 21 "terrorists" in the raid', "reported"),
          E("Freedom Front", "denies", 'police shot dead 21 "terrorists" in the raid', "denied")]),
    Case("neg-denied-the-report-of-a-document",
         "The auditors said the accounts were in order. The board denied the report.",
         [E("auditors", "asserts", "the accounts were in order", "said"),
          E("board", "denies", "the report", "denied")]),
    # calling what was just said a lie, with or without quote marks, denies it
    Case("called-it-a-lie", "State radio said the dam had burst. The mayor called it a lie.",
         [E("State radio", "asserts", "the dam had burst", "said"),
          E("mayor", "denies", "the dam had burst", "called")]),
    Case("calling-it-quoted-falsity",
         'State radio said the dam had burst. The mayor rejected the account, calling it "baseless propaganda."',
         [E("State radio", "asserts", "the dam had burst", "said"),
          E("mayor", "denies", "the account"),
          E("mayor", "denies", "the dam had burst", "calling")]),
    Case("neg-calling-it-quoted-praise", 'The union called it "the best offer in years."',
         [E("union", "asserts", "the best offer in years", "called")]),
    # "did not comment on NP" does not confirm NP
    Case("did-not-comment-on-np", "The ministry did not comment on the report.",
         [E("ministry", "does_not_confirm", "the report", "did not comment")]),
    # "said in a report released Tuesday that S": the participle on the channel noun is passed over
    Case("said-in-report-released-that",
         "The Civic Rights Watch said in a report released Tuesday that security forces used excessive force.",
         [E("Civic Rights Watch", "asserts", "security forces used excessive force", "said")]),
    # "the accusations" rejected right after "X accused Y of S": those accusations of S
    Case("rejected-the-accusations-just-made",
         "Rights activists accuse the government of using excessive force. "
         "The government has rejected the accusations and says the protesters were armed.",
         [E("Rights activists", "asserts", "the government of using excessive force", "accuse"),
          E("government", "denies", "the government of using excessive force", "rejected"),
          E("government", "asserts", "the protesters were armed", "says")]),
    # a request for anonymity is a condition of speaking, not a claim
    Case("neg-asked-not-to-be-named",
         '"They destroyed everything," said another resident, who asked not to be named for fear of reprisals.',
         [E("another resident", "asserts", "They destroyed everything", "said")]),
    # "have not released any figures" withholds the figures
    Case("not-released-any-figures", "Tarsk authorities have not released any casualty figures.",
         [E("Tarsk authorities", "does_not_confirm", "casualty figures", "have not released")]),
    # "the company" is the company named before, not a union named since
    Case("the-company-not-the-union",
         "Brenmoor Textiles cut 40 jobs on Monday. The Textile Workers Union called for the managers to resign. "
         "The company did not comment on the union demand.",
         [E("Textile Workers Union", "asserts", "the managers to resign", "called for"),
          E("Brenmoor Textiles", "does_not_confirm", "the union demand", "did not comment")]),
    # "believes the allegations to be without merit" denies them; "the allegations" are those just
    # reported in words that say so ("is accused of S")
    Case("allegations-without-merit-just-reported",
         "Local papers say the clerk is accused of leaking files. "
         "The embassy said it believes the allegations to be wholly without merit.",
         [E("Local papers", "asserts", "the clerk is accused of leaking files", "say"),
          E("embassy", "asserts", "it believes the allegations to be wholly without merit", "said"),
          E("embassy", "denies", "the clerk is accused of leaking files", "believes")]),

    # ---- quotes ---------------------------------------------------------------------------------------------
    # a curly opening mark closed by a straight one is still one quote
    Case("quote-curly-open-straight-close",
         "\u201cImmunity deals should not be a reward for lying,\" Chairman Jason Hale said in a statement.",
         [E("Jason Hale", "asserts", "Immunity deals should not be a reward for lying", "said")]),
    # a verb that only quotes (a question, a demand) claims its quote; it is no earlier speaker's
    Case("quote-demanded-question",
         'Senator Ann Tess said the bank failed. "Why is this bank still allowed to grow?" Senator Ivo Brandt demanded.',
         [E("Ann Tess", "asserts", "the bank failed", "said"),
          E("Ivo Brandt", "asserts", "Why is this bank still allowed to grow?", "demanded")]),
    Case("quote-asked", '"Where did the money go?" the auditor asked.',
         [E("auditor", "asserts", "Where did the money go?", "asked")]),
    Case("neg-chanted-no-quote", "Protesters chanted slogans outside.", []),
    # "S, according to X" where S holds an intent: X is the source of S (S is no words X relays)
    Case("according-to-over-an-intent",
         "Mayor Ruth Dale plans to visit the flooded town on Sunday, according to a city aide.",
         [E("Ruth Dale", "asserts", "to visit the flooded town on Sunday", "plans"),
          E("city aide", "asserts", "Mayor Ruth Dale plans to visit the flooded town on Sunday", "according to")]),
    # "S1, X said, S2": the claim goes on after the cue clause, as a second piece
    Case("claim-goes-on-after-cue-until",
         "The mill was a giant, Mr. Dorn said, until it went bankrupt in 1999.",
         [E("Dorn", "asserts", "The mill was a giant until it went bankrupt in 1999", "said")]),
    Case("claim-goes-on-after-cue-and",
         "The middle group paid 8.9 percent, the agency said in a June report, and those at the bottom paid 0.8 percent.",
         [E("agency", "asserts", "The middle group paid 8.9 percent those at the bottom paid 0.8 percent", "said")]),
    Case("neg-claim-goes-on-verbless-aside",
         "At least 90 people fell ill, the clinic said on Monday, more than twice the figure given by the council.",
         [E("clinic", "asserts", "At least 90 people fell ill", "said")]),
    # (not after a passive verb: "The claims could not be confirmed, and S" - the claims are the content)
    Case("neg-claim-goes-on-after-passive",
         "Residents said the bridge had collapsed. The claims could not be confirmed, and the ministry did not return calls.",
         [E("Residents", "asserts", "the bridge had collapsed", "said"),
          E("Harbour Post", "cannot_verify", "the bridge had collapsed")], publisher="Harbour Post"),
    Case("neg-claim-goes-on-adding",
         "Prices will rise, the minister said, adding that wages would follow.",
         [E("minister", "asserts", "Prices will rise", "said"),
          E("minister", "asserts", "wages would follow", "adding")]),
    # "A, but B, the official added": both clauses before the final cue are what was said
    Case("two-clauses-before-final-cue",
         "The mayor had asked for more buses, but the council rejected that request, the official added.",
         [E("council", "denies", "that request", "rejected"),
          E("official", "asserts", "The mayor had asked for more buses, but the council rejected that request", "added")]),
    # requests: "called on" parsed as a particle, a day between "called" and "for", a passive clause asked for
    Case("called-on-as-particle", "The victim's family has called on police to release the videos.",
         [E("victim's family", "asserts", "police to release the videos", "called on")]),
    Case("called-day-for-gerund", "Attorney General Ray Cole called Friday for releasing the police videos.",
         [E("Ray Cole", "asserts", "releasing the police videos")]),
    Case("called-for-passive-clause", 'Senator Ann Tess called for bonuses to be "clawed back" from the executives.',
         [E("Ann Tess", "asserts", 'bonuses to be "clawed back" from the executives', "called for")]),
    Case("neg-called-on-a-visit", "The minister called on the families of the victims.", []),
    # a statement's participle speaks for whoever issued it
    # a relative clause is no part of a source's name; "the army" is not "a spokesman for the army"
    Case("source-name-without-relative-clause",
         "A spokesman for the army, who spoke on condition of anonymity, said four soldiers were wounded. "
         "The army later said two more had died.",
         [E("spokesman for the army", "asserts", "four soldiers were wounded", "said"),
          E("army", "asserts", "two more had died", "said")]),
    # "Neither X nor Y responded to requests for comment"
    Case("neither-nor-responded",
         "Neither the army nor the ministry responded to requests for comment.",
         [E("army", "does_not_confirm", "to requests for comment"),
          E("ministry", "does_not_confirm", "to requests for comment")]),
    # "S, a figure the army says is exaggerated": the relative clause calls what the noun renames false
    Case("apposed-figure-said-exaggerated",
         "The group said on its website that it had killed 12 soldiers, a figure the army says is exaggerated.",
         [E("group", "asserts", "it had killed 12 soldiers", "said"),
          E("army", "denies", "it had killed 12 soldiers", "says")]),
    # "X acknowledged that S but said T": two statements of X
    Case("acknowledged-but-said",
         "The army acknowledged that two soldiers had been captured but said the base was secure.",
         [E("army", "confirms", "two soldiers had been captured", "acknowledged"),
          E("army", "asserts", "the base was secure", "said")]),
    # a report's participle with an object: "reports claiming victory", "a complaint alleging fraud"
    Case("reports-claiming-np",
         "The rebel commander says his men hold the town. This is in contrast to government reports claiming victory.",
         [E("rebel commander", "asserts", "his men hold the town", "says"),
          E("government reports", "asserts", "victory", "claiming")]),
    Case("complaint-alleging-np", "The lawyers filed a complaint alleging fraud in the tender.",
         [E("lawyers", "asserts", "fraud in the tender", "alleging")]),
    Case("statement-participle-issuer",
         'The council issued a statement calling the test "a clear violation" of the treaty.',
         [E("council", "asserts", 'the test "a clear violation" of the treaty', "calling")]),
]


def test_relative_pronoun_is_the_source_mention(nlp):
    """'the Saudi-style council, which has denied S': the source is the antecedent by name and
    the relative pronoun where the text mentions it (as a pronoun is)."""
    from kg.extraction import extract_article
    from kg.model import Article

    text = "The talks included the Harbour Council, which has strongly denied any role in the strike."
    records = extract_article(Article("case", text), nlp=nlp).records()
    assert [(r["source"], r["stance"], r["source_mention"]) for r in records] == [("Harbour Council", "denies", "which")]
    assert text[records[0]["source_start"]:records[0]["source_end"]] == "which"


@pytest.mark.parametrize("case", params(CASES))
def test_construction(case: Case, nlp):
    check_case(case, nlp)


def test_enough_cases_with_unique_ids_and_must_nots():
    """Issue 10 asks for at least 100 new cases, must-not-extract ones among them."""
    assert len(CASES) >= 110
    assert len({c.id for c in CASES}) == len(CASES)
    assert sum(1 for c in CASES if not c.expected) >= 20
    assert all(c.xfail is None or c.xfail.strip() for c in CASES)
