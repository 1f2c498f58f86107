"""One English reporting construction per case, on sentences written for these tests.

Each case gives a short news-style text and every attribution a careful reader expects from
it (and no more): canonical source, stance, cue, content, and certainty or channel where the
case is about them. Contents compare after folding quote marks, spaces and edge punctuation.
"""
from __future__ import annotations

import pytest

from kg.extraction import extract_article
from kg.model import Article

from .construction_harness import NONE, Case, E, check_case, params

pytestmark = pytest.mark.slow


CASES = [
    # ---- X said (that) S ------------------------------------------------------------------
    Case("said-that", "Police chief Anna Moravec said that two suspects had been arrested in Brno.",
         [E("Anna Moravec", "asserts", "two suspects had been arrested in Brno", "said", "certain", NONE)]),
    Case("said-no-that", "Jonah Whitfield said the bridge would reopen next month.",
         [E("Jonah Whitfield", "asserts", "the bridge would reopen next month", "said")]),
    Case("says-present", "Senator Rosa Delgado says the budget will be cut by a third.",
         [E("Rosa Delgado", "asserts", "the budget will be cut by a third", "says")]),
    Case("org-said-on-day", "The Interior Ministry said on Tuesday that 14 people had been detained.",
         [E("Interior Ministry", "asserts", "14 people had been detained", "said")]),
    Case("has-said", "The Marston Water Board has said that supplies will be rationed from June.",
         [E("Marston Water Board", "asserts", "supplies will be rationed from June", "said")]),
    Case("told-reporters-that", "Rafael Ortiz told reporters that the strike would continue into next week.",
         [E("Rafael Ortiz", "asserts", "the strike would continue into next week", "told")]),
    Case("subject-with-participle-insert",
         "Katarina Lund, speaking at a rally in Malmo, said the fuel tax would be scrapped.",
         [E("Katarina Lund", "asserts", "the fuel tax would be scrapped", "said")]),
    Case("officials-in-city", "Officials in Lviv said the power grid was stable after the storm.",
         [E("officials in Lviv", "asserts", "the power grid was stable after the storm", "said")]),
    # ---- S, X said / S, said X ------------------------------------------------------------
    Case("comma-x-said", "The shelling continued through the night, Mayor Ivan Horak said.",
         [E("Ivan Horak", "asserts", "The shelling continued through the night", "said")]),
    Case("comma-org-said", "Three fishing boats were turned back at the strait, the coast guard said on Sunday.",
         [E("coast guard", "asserts", "Three fishing boats were turned back at the strait", "said")]),
    Case("comma-told", "Prices will rise again in the spring, Elena Vasquez told reporters in Lima.",
         [E("Elena Vasquez", "asserts", "Prices will rise again in the spring", "told")]),
    Case("comma-said-title", "The road to the airport was closed, said regional governor Ana Petrov.",
         [E("Ana Petrov", "asserts", "The road to the airport was closed", "said")]),
    Case("comma-said-apposition",
         "Nobody was hurt in the blast, said Karim Haddad, a spokesman for the port authority.",
         [E("Karim Haddad", "asserts", "Nobody was hurt in the blast", "said")]),
    Case("comma-said-rank", "The ceasefire is holding along the river, said Brigadier General Omar Saleh.",
         [E("Omar Saleh", "asserts", "The ceasefire is holding along the river", "said")]),
    Case("comma-said-org", "The fire started in a kitchen on the third floor, said the city fire brigade.",
         [E("city fire brigade", "asserts", "The fire started in a kitchen on the third floor", "said")]),
    # ---- quotes ----------------------------------------------------------------------------
    Case("quote-then-said", '"We will not back down," Martina Kovac said.',
         [E("Martina Kovac", "asserts", "We will not back down", "said")]),
    Case("curly-quote-apposition",
         "\u201cThe talks are over,\u201d the foreign minister, Lukas Brenner, said on Monday.",
         [E("Lukas Brenner", "asserts", "The talks are over", "said")]),
    Case("said-comma-quote", 'Olga Petrenko said, "The harvest has been ruined by the floods."',
         [E("Olga Petrenko", "asserts", "The harvest has been ruined by the floods", "said")]),
    Case("said-colon-quote",
         'The mayor of Tarnow, Piotr Zielinski, said: "We need more buses on the night routes."',
         [E("Piotr Zielinski", "asserts", "We need more buses on the night routes", "said")]),
    Case("split-quote", '"The dam is holding," Hugo Brandt said. "But the river is still rising."',
         # a quote continued after its cue in the same paragraph is one statement in two pieces
         [E("Hugo Brandt", "asserts", "The dam is holding But the river is still rising", "said")]),
    Case("multi-sentence-quote",
         '"The vote was rigged. We have the ballots to prove it. We will go to court," '
         'opposition leader Dana Novak said.',
         [E("Dana Novak", "asserts", "The vote was rigged. We have the ballots to prove it. We will go to court",
            "said")]),
    Case("quote-added-inverted", '"We expect more rain tomorrow," added meteorologist Jana Hruba.',
         [E("Jana Hruba", "asserts", "We expect more rain tomorrow", "added")]),
    Case("quote-said-inverted-curly",
         "\u201cThe wards are full,\u201d said Dr Samuel Osei. \u201cWe are turning people away.\u201d",
         # the quote continued after its cue in the same paragraph is one statement in two pieces
         [E("Samuel Osei", "asserts", "The wards are full We are turning people away", "said")]),
    Case("quote-in-quote-not-a-cue",
         '"My brother said the soldiers came at night," Leyla Aziz told reporters.',
         [E("Leyla Aziz", "asserts", "My brother said the soldiers came at night", "told")]),
    # ---- according to ---------------------------------------------------------------------
    Case("according-to-first", "According to the health ministry, 32 patients remain in intensive care.",
         [E("health ministry", "asserts", "32 patients remain in intensive care", "According to")]),
    Case("according-to-person", "According to Colonel Viktor Shevchuk, the unit withdrew before dawn.",
         [E("Viktor Shevchuk", "asserts", "the unit withdrew before dawn", "According to")]),
    Case("according-to-last", "The convoy reached the town on Sunday, according to the Red Cross.",
         [E("Red Cross", "asserts", "The convoy reached the town on Sunday", "according to")]),
    # an unowned document is its own source, as in "records show" (generic: scoped to its article)
    Case("according-to-preliminary-no-owner",
         "At least 40 houses were damaged, according to preliminary data.",
         [E("preliminary data", "asserts", "At least 40 houses were damaged", "according to", "probable")]),
    Case("according-to-the-poll", "The mayor leads the race by six points, according to the poll.",
         [E("poll", "asserts", "The mayor leads the race by six points", "according to")]),
    Case("according-to-preliminary-from",
         "Turnout was 61 percent, according to preliminary data from the election commission.",
         [E("election commission", "asserts", "Turnout was 61 percent", "according to", "probable")]),
    # ---- denials ----------------------------------------------------------------------------
    Case("denied-np", "Halvorsen Shipping denied any wrongdoing.",
         [E("Halvorsen Shipping", "denies", "any wrongdoing", "denied")]),
    Case("denied-that", "Minister Petra Holm denied that she had met the lobbyists.",
         [E("Petra Holm", "denies", "she had met the lobbyists", "denied")]),
    Case("denied-gerund", "Gregor Lanz denied leaking the documents to the press.",
         [E("Gregor Lanz", "denies", "leaking the documents to the press", "denied")]),
    Case("denied-reports-that", "The Estonian embassy denied reports that its staff had been expelled.",
         # what is denied is the reported claim itself, not the noun that names it; the unowned
         # reports are themselves a source of the claim
         [E("Estonian embassy", "denies", "its staff had been expelled", "denied"),
          E("reports", "asserts", "its staff had been expelled", "reports")]),
    Case("both-denied", "Both Marco Ferri and Lucia Bianchi denied taking the money.",
         [E("Marco Ferri", "denies", "taking the money", "denied"),
          E("Lucia Bianchi", "denies", "taking the money", "denied")]),
    Case("both-have-denied", "Both Serbia and Montenegro have denied responsibility for the attack.",
         [E("Serbia", "denies", "responsibility for the attack", "denied"),
          E("Montenegro", "denies", "responsibility for the attack", "denied")]),
    # ---- did not confirm / would not confirm --------------------------------------------------
    Case("did-not-confirm-that", "The Ministry of Transport did not confirm that the ambassador had been recalled.",
         [E("Ministry of Transport", "does_not_confirm", "the ambassador had been recalled", "did not confirm")]),
    Case("did-not-confirm-np", "Inspector Paul Girard did not confirm the number of arrests.",
         [E("Paul Girard", "does_not_confirm", "the number of arrests", "did not confirm")]),
    Case("would-not-confirm",
         "Aerolink spokeswoman Nadia Farouk would not confirm whether the pilot had been suspended.",
         [E("Nadia Farouk", "does_not_confirm", "whether the pilot had been suspended", "would not confirm")]),
    # ---- could not verify -------------------------------------------------------------------------
    Case("publisher-could-not-verify", "The Coastal Times could not independently verify the figures.",
         [E("Coastal Times", "cannot_verify", "the figures", "could not independently verify")],
         publisher="The Coastal Times"),
    Case("could-not-verify-their-claims",
         "Separatist commander Ivo Dragan said his fighters had captured the airport. "
         "The Daily Courier could not independently verify his claims.",
         [E("Ivo Dragan", "asserts", "his fighters had captured the airport", "said"),
          E("Daily Courier", "cannot_verify", "his claims", "could not independently verify")],
         publisher="The Daily Courier"),
    Case("could-not-confirm-whether",
         "The Morning Star could not independently confirm whether the convoy had been attacked.",
         [E("Morning Star", "cannot_verify", "whether the convoy had been attacked",
            "could not independently confirm")], publisher="The Morning Star"),
    Case("was-unable-to-verify", "Amnesty International was unable to verify the authenticity of the letter.",
         [E("Amnesty International", "cannot_verify", "the authenticity of the letter", "was unable to verify")]),
    Case("passive-could-not-be-verified-publisher", "The footage could not be independently verified.",
         [E("Harbor Post", "cannot_verify", "The footage", "could not be independently verified")],
         publisher="Harbor Post"),
    Case("passive-could-not-be-verified-no-publisher", "The footage could not be independently verified.", []),
    # ---- responsibility and comment ---------------------------------------------------------------
    Case("declined-responsibility", "The Red Hand Brigade declined to take responsibility for the bombing.",
         [E("Red Hand Brigade", "does_not_confirm", "the bombing", "declined to take responsibility for")]),
    # a refusal to comment is a refusal to confirm what was asked about (issue 10: "declined to comment")
    Case("declined-comment-np", "Vantor Energy declined to comment on the damage.",
         [E("Vantor Energy", "does_not_confirm", "the damage", "declined to comment")]),
    Case("declined-comment-on-reports",
         "Vantor Energy declined to comment on reports that the pipeline had been sabotaged.",
         [E("Vantor Energy", "does_not_confirm", "the pipeline had been sabotaged", "declined to comment"),
          E("reports", "asserts", "the pipeline had been sabotaged", "reports")]),
    Case("which-did-not-claim",
         "The attack, which the Southern Front did not claim, killed four soldiers.",
         [E("Southern Front", "does_not_confirm", "The attack", "did not claim")]),
    Case("which-subject-did-not-claim",
         "Officials blamed the Tarsi Brigade, which did not claim the ambush.",
         [E("Officials", "asserts", "the Tarsi Brigade", "blamed"),  # (blame, session 6)
          E("Tarsi Brigade", "does_not_confirm", "the ambush", "did not claim")]),
    Case("claimed-responsibility", "The Northern Liberation Army claimed responsibility for the ambush.",
         [E("Northern Liberation Army", "asserts", "responsibility for the ambush", "claimed")]),
    # ---- passives and labels ------------------------------------------------------------------------
    Case("passive-confirmed-by", "The death of the captain was confirmed by the Norwegian Coast Guard.",
         [E("Norwegian Coast Guard", "confirms", "The death of the captain", "confirmed")]),
    Case("confirmed-that", "The Ministry of Health confirmed that a second case had been detected in Porto.",
         [E("Ministry of Health", "confirms", "a second case had been detected in Porto", "confirmed")]),
    Case("passive-denounced-as", "The election was denounced as a farce by opposition leader Mikael Berg.",
         [E("Mikael Berg", "asserts", "The election was denounced as a farce", "denounced")]),
    Case("called-it", "Prime Minister Ola Brekke called it a dark day for the country.",
         [E("Ola Brekke", "asserts", "a dark day for the country", "called")]),
    Case("described-as", "Economist Lars Meyer described the forecast as overly optimistic.",
         # what is labelled belongs to the claim, as PolNeAR and our real-news gold both read it
         [E("Lars Meyer", "asserts", "the forecast as overly optimistic", "described")]),
    # ---- documents as sources ------------------------------------------------------------------------
    Case("report-by-found",
         "A report by the Open Water Institute found that fish stocks had halved since 2010.",
         [E("Open Water Institute", "asserts", "fish stocks had halved since 2010", "found")]),
    Case("possessive-analysis-showed", "Greenpeace's analysis showed that the river contained high levels of mercury.",
         [E("Greenpeace", "asserts", "the river contained high levels of mercury", "showed")]),
    Case("footage-verified-by", "Footage verified by the BBC showed tanks moving through the square.",
         [E("BBC", "confirms", "showed tanks moving through the square", "verified")]),
    Case("indictment-alleging",
         "The Federal Prosecutor's Office filed an indictment alleging that the firm had bribed customs officers.",
         [E("Federal Prosecutor's Office", "asserts", "the firm had bribed customs officers", "alleging",
            "probable")]),
    # ---- participles and relatives ----------------------------------------------------------------------
    Case("adding-that",
         "Governor Ruth Adler said the harbour was closed, adding that repairs would take a week.",
         [E("Ruth Adler", "asserts", "the harbour was closed", "said"),
          E("Ruth Adler", "asserts", "repairs would take a week", "adding")]),
    Case("saying", "The Transport Workers Union called a strike on Monday, saying wages had not kept pace with inflation.",
         [E("Transport Workers Union", "asserts", "wages had not kept pace with inflation", "saying")]),
    Case("calling-it-quote",
         'Senator Maya Collins criticized the decision, calling it "a betrayal of voters".',
         [E("Maya Collins", "asserts", "the decision", "criticized"),
          E("Maya Collins", "asserts", "a betrayal of voters", "calling")]),
    Case("relative-who-said",
         "The plan was criticized by Hamid Farah, who said it would hurt small farmers.",
         [E("Hamid Farah", "asserts", "it would hurt small farmers", "said")]),
    # ---- speakers named earlier ---------------------------------------------------------------------------
    Case("pronoun-she-said",
         "Lieutenant Colonel Sara Wilkins briefed reporters on Monday. "
         "She said the convoy had been ambushed near Kandor.",
         [E("Sara Wilkins", "asserts", "the convoy had been ambushed near Kandor", "said")]),
    Case("pronoun-he-said-quote",
         "Tomasz Nowak, the head of the miners' union, spoke after the meeting. "
         '"We were betrayed by the board," he said.',
         [E("Tomasz Nowak", "asserts", "We were betrayed by the board", "said")]),
    Case("pronoun-she-wrote",
         "Ingrid Solberg, a lawmaker from Bergen, published a long thread on Sunday. "
         "She wrote that the tender had been rigged.",
         [E("Ingrid Solberg", "asserts", "the tender had been rigged", "wrote")]),
    Case("pronoun-they-said",
         "The Lakeside Residents Association met with the council on Tuesday. "
         "They said the levee had been neglected for years.",
         [E("Lakeside Residents Association", "asserts", "the levee had been neglected for years", "said")]),
    Case("role-governor-wrote",
         "Camille Roux, the governor of the Loire region, visited the flooded towns on Thursday. "
         "Later the governor wrote that schools would stay closed until Monday.",
         [E("Camille Roux", "asserts", "schools would stay closed until Monday", "wrote")]),
    Case("role-ministry-added",
         "The Ministry of Agriculture said the harvest was down by a fifth. "
         "The ministry added that grain exports would be limited.",
         [E("Ministry of Agriculture", "asserts", "the harvest was down by a fifth", "said"),
          E("Ministry of Agriculture", "asserts", "grain exports would be limited", "added")]),
    Case("role-city-official-said",
         "Oksana Bilyk, a senior official in Kyiv, spoke by phone on Friday. "
         "The Kyiv official said no date had been set for the next round of talks.",
         [E("Oksana Bilyk", "asserts", "no date had been set for the next round of talks", "said")]),
    Case("the-post-said",
         "The bridge was hit twice overnight, Yulia Marchenko wrote in a Telegram post. "
         '"Traffic is suspended until further notice," the post said.',
         [E("Yulia Marchenko", "asserts", "The bridge was hit twice overnight", "wrote", channel="Telegram"),
          E("Yulia Marchenko", "asserts", "Traffic is suspended until further notice", "said", channel="Telegram")]),
    # ---- names, titles, appositions --------------------------------------------------------------------------
    Case("apposition-regions-governor", "Henrik Aalto, the region's governor, said the evacuation was complete.",
         [E("Henrik Aalto", "asserts", "the evacuation was complete", "said")]),
    Case("possessive-role-name", "Aalto's spokesman Jari Koski said the governor would visit the site.",
         [E("Jari Koski", "asserts", "the governor would visit the site", "said")]),
    Case("title-name", "Interior Minister Gaspard Lemaire said the curfew would be lifted on Friday.",
         [E("Gaspard Lemaire", "asserts", "the curfew would be lifted on Friday", "said")]),
    Case("name-a-former", "Bram Visser, a former general, said the army was badly overstretched.",
         [E("Bram Visser", "asserts", "the army was badly overstretched", "said")]),
    Case("one-person-three-names",
         "Foreign Minister Helena Strand said the embassy in Quito would reopen. "
         "Helena Strand spoke after meeting her Peruvian counterpart. "
         "Strand said the ambassador had already returned.",
         [E("Helena Strand", "asserts", "the embassy in Quito would reopen", "said"),
          E("Helena Strand", "asserts", "the ambassador had already returned", "said")]),
    Case("acronym",
         "The Baltic Fisheries Council (BFC) published its annual survey on Monday. "
         "BFC said cod stocks had fallen to a record low.",
         [E("Baltic Fisheries Council", "asserts", "cod stocks had fallen to a record low", "said")]),
    Case("capital-as-government", "Moscow said the naval exercises were routine.",
         [E("Russia", "asserts", "the naval exercises were routine", "said")]),
    Case("capital-denied", "Beijing denied that its ships had entered the disputed waters.",
         [E("China", "denies", "its ships had entered the disputed waters", "denied")]),
    # ---- channels ------------------------------------------------------------------------------------
    Case("channel-statement", "The Navy said in a statement that two sailors were missing.",
         [E("Navy", "asserts", "two sailors were missing", "said", channel="statement")]),
    Case("channel-x", "Mayor Lena Fischer wrote on X that the tram lines would reopen on Monday.",
         [E("Lena Fischer", "asserts", "the tram lines would reopen on Monday", "wrote", channel="X")]),
    Case("channel-email", "Gabriel Okafor said by email that the shipment had been delayed.",
         [E("Gabriel Okafor", "asserts", "the shipment had been delayed", "said", channel="email")]),
    Case("channel-facebook", "The Brightwater town council wrote in a Facebook post that the pool would close.",
         [E("Brightwater town council", "asserts", "the pool would close", "wrote", channel="Facebook")]),
    Case("channel-telegram", "Vadim Orlov said on Telegram that the shelling had stopped.",
         [E("Vadim Orlov", "asserts", "the shelling had stopped", "said", channel="Telegram")]),
    Case("channel-interview", "In an interview on Sunday, Sofia Marin said the plan had failed.",
         [E("Sofia Marin", "asserts", "the plan had failed", "said", channel="interview")]),
    # ---- hedges ----------------------------------------------------------------------------------------
    Case("hedge-suggested", "Analyst Mira Sen suggested that the central bank would cut rates in June.",
         [E("Mira Sen", "asserts", "the central bank would cut rates in June", "suggested", "possible")]),
    Case("hedge-alleged", "Farid Nasser alleged that the votes had been miscounted.",
         [E("Farid Nasser", "asserts", "the votes had been miscounted", "alleged", "probable")]),
    Case("hedge-could-mean", "Hydrologist Pieter de Vries said the cracks could mean the dam was failing.",
         [E("Pieter de Vries", "asserts", "the cracks could mean the dam was failing", "said", "certain")]),
    Case("plain-said-certain", "Commissioner Amara Diallo said the inquiry would report in May.",
         [E("Amara Diallo", "asserts", "the inquiry would report in May", "said", "certain")]),
    # ---- merging -------------------------------------------------------------------------------------
    Case("same-claim-twice",
         "Governor Ruth Adler said the port was closed. Later on Monday, Adler said again that the port was closed.",
         [E("Ruth Adler", "asserts", "the port was closed", "said", evidence=2)]),
    # ---- more word orders and verbs ------------------------------------------------------------------------
    Case("said-weekday-no-prep", "Fire chief Marek Dvorak said Tuesday that the blaze had been contained.",
         [E("Marek Dvorak", "asserts", "the blaze had been contained", "said")]),
    Case("age-apposition", "Rosa Ibarra, 54, said the water had reached her second floor.",
         [E("Rosa Ibarra", "asserts", "the water had reached her second floor", "said")]),
    Case("told-outlet", "Deputy mayor Chen Wei told the Harbour Gazette that the ferry would resume.",
         [E("Chen Wei", "asserts", "the ferry would resume", "told")]),
    Case("says-inverted-present", "The dam will hold, says chief engineer Lotte Brink.",
         [E("Lotte Brink", "asserts", "The dam will hold", "says")]),
    Case("warned", "The Meteorological Office warned that more storms would follow on Friday.",
         [E("Meteorological Office", "asserts", "more storms would follow on Friday", "warned")]),
    Case("insisted", "Defence lawyer Ines Duarte insisted that her client had been in Porto that night.",
         [E("Ines Duarte", "asserts", "her client had been in Porto that night", "insisted")]),
    Case("office-said", "The prime minister's office said the summit had been postponed.",
         [E("prime minister's office", "asserts", "the summit had been postponed", "said")]),
    Case("according-to-statement-from",
         "According to a statement from the Ministry of Energy, the plant will close in April.",
         [E("Ministry of Energy", "asserts", "the plant will close in April", "According to")]),
    Case("according-to-spokesman-of",
         "The talks ended without agreement, according to a spokesman for the union.",
         [E("spokesman for the union", "asserts", "The talks ended without agreement", "according to")]),
    Case("in-a-post-on-telegram-said",
         "In a post on Telegram, Governor Pavel Sirko said three villages had lost power.",
         [E("Pavel Sirko", "asserts", "three villages had lost power", "said", channel="Telegram")]),
    Case("acknowledged-that", "The airline acknowledged that two flights had been cancelled.",
         [E("airline", "confirms", "two flights had been cancelled", "acknowledged")]),
    Case("rejected-claims-that", "The Kremlin rejected claims that its troops had crossed the border.",
         [E("Russia", "denies", "its troops had crossed the border", "rejected")]),
    Case("could-not-confirm-third-party", "Police in Ghent could not confirm the identity of the victim.",
         [E("Police in Ghent", "cannot_verify", "the identity of the victim", "could not confirm")]),
    Case("has-yet-to-confirm", "The Interior Ministry has not confirmed the number of arrests.",
         [E("Interior Ministry", "does_not_confirm", "the number of arrests", "has not confirmed")]),
    Case("multi-paragraph-speaker",
         "Nadia Rahimi, a nurse at the clinic, said supplies had run out on Sunday.\n\n"
         '"We are using the last of the bandages," she said.',
         [E("Nadia Rahimi", "asserts", "supplies had run out on Sunday", "said"),
          E("Nadia Rahimi", "asserts", "We are using the last of the bandages", "said")]),
    Case("two-speakers-pronouns",
         "Jan Kowalski said the factory would close. Maria Nowak said the workers had not been told.",
         [E("Jan Kowalski", "asserts", "the factory would close", "said"),
          E("Maria Nowak", "asserts", "the workers had not been told", "said")]),
    Case("said-in-interview-with",
         "Ambassador Tove Lindqvist said in an interview with the Nordic Post that sanctions would stay.",
         [E("Tove Lindqvist", "asserts", "sanctions would stay", "said", channel="interview")]),
    Case("dateline-not-in-content",
         "ODESA - Two cargo ships left the port on Monday, the harbour master, Ilya Sorokin, said.",
         [E("Ilya Sorokin", "asserts", "Two cargo ships left the port on Monday", "said")]),
    Case("dateline-agency-subject",
         "GENEVA (AP) \u2014 The World Health Organization on Friday confirmed that the outbreak had spread to Chad.",
         [E("World Health Organization", "confirms", "the outbreak had spread to Chad", "confirmed")]),
    Case("partial-quote-kept-closed", 'Spokesman Ari Levin said the offer was "not serious".',
         [E("Ari Levin", "asserts", 'the offer was "not serious"', "said")]),
    Case("claimed-to-have", "The rebels claimed to have captured two tanks near Goma.",
         [E("rebels", "asserts", "to have captured two tanks near Goma", "claimed", "probable")]),
    Case("claimed-responsibility-in-statement",
         "The Eastern Shield group claimed responsibility for the raid in a statement on Telegram.",
         [E("Eastern Shield group", "asserts", "responsibility for the raid", "claimed", channel="Telegram")]),
    Case("untagged-outlet-investigation",
         "A Tribune investigation found that the contracts had been awarded without a tender.",
         # (the document named with its maker is the source, session 10: "a U.N. statement", "a Tribune investigation")
         [E("Tribune investigation", "asserts", "the contracts had been awarded without a tender", "found")]),
    Case("showed-object-with-preps",
         "Satellite images analysed by the Open Maps Project showed damage to four hangars at the airfield.",
         [E("Open Maps Project", "asserts", "damage to four hangars at the airfield", "showed")]),
    Case("quote-does-not-cross-paragraphs",
         '"We will rebuild," said Mayor Ana Costa. "The school comes first."\n\n'
         "A survey by the Coastal Institute showed that 300 homes were destroyed.",
         [E("Ana Costa", "asserts", "We will rebuild The school comes first", "said"),
          E("Coastal Institute", "asserts", "300 homes were destroyed", "showed")]),
    Case("wrote-on-x-formerly-twitter",
         "Lena Moretti wrote on X, formerly Twitter, that the border crossing had reopened.",
         [E("Lena Moretti", "asserts", "the border crossing had reopened", "wrote", channel="X")]),
    Case("could-not-verify-where",
         "The Courier could not independently verify where the footage was filmed.",
         [E("Courier", "cannot_verify", "where the footage was filmed", "could not independently verify")],
         publisher="The Courier"),
    Case("dismissed-as-false", "The ministry dismissed the allegations as baseless.",
         [E("ministry", "denies", "the allegations", "dismissed")]),
    Case("relay-according-to-statement",
         '"We are not seeking a wider conflict," President Ilse Brenner told her cabinet, '
         "according to a statement from her office.",
         [E("Ilse Brenner", "asserts", "We are not seeking a wider conflict", "told", channel="statement")]),
    Case("accused-of", "Opposition leader Tariq Mansour accused the government of rigging the census.",
         [E("Tariq Mansour", "asserts", "the government of rigging the census", "accused", "probable")]),
    Case("which-x-accused-of",
         "The Valley Front, which police have accused of planting the bomb, denied any role.",
         [E("police", "asserts", "planting the bomb", "have accused", "probable"),
          E("Valley Front", "denies", "any role", "denied")]),
    Case("description-speaker-then-he",
         "The 47-year-old fisherman said his boat had been seized. "
         '"They took everything," he said.',
         [E("47-year-old fisherman", "asserts", "his boat had been seized", "said"),
          E("47-year-old fisherman", "asserts", "They took everything", "said")]),
    Case("gender-from-role",
         "Ingrid Falk, a spokeswoman for the port, spoke after Lars Berg, the harbour chief, had left. "
         "She said the cranes were working again.",
         [E("Ingrid Falk", "asserts", "the cranes were working again", "said")]),
    Case("quoted-as-saying", "Moreno was quoted by the daily El Faro as saying that the deal was dead.",
         [E("Moreno", "asserts", "the deal was dead", "saying")]),
    Case("quote-running-over-paragraphs",
         '"There is no money left," the mayor said. "We have asked the state for help.\n\n'
         '"Nobody has answered."',
         # one statement in two pieces within the paragraph; the next paragraph's quote is its own
         [E("mayor", "asserts", "There is no money left We have asked the state for help", "said"),
          E("mayor", "asserts", "Nobody has answered", "said")]),
    Case("partial-quote-in-clause", 'Party leader Sven Aberg said the government had "finally listened".',
         [E("Sven Aberg", "asserts", 'the government had "finally listened"', "said")]),
    Case("said-later-that", "Maksym Koval said later that four people were wounded.",
         [E("Maksym Koval", "asserts", "four people were wounded", "said")]),
    # (the refusal after "but" is the ministry's too, as "X gave no further details" alone is: session 5)
    Case("but-gave-no-details",
         "The ministry said that the strike had hit a fuel depot, but gave no further details.",
         [E("ministry", "asserts", "the strike had hit a fuel depot", "said"),
          E("ministry", "does_not_confirm", "further details", "gave")]),
    Case("reported-by-then-denied",
         "The claims, first reported by the Baltic Herald, were denied by Nordline Shipping on Tuesday.",
         [E("Baltic Herald", "asserts", "The claims", "reported"),
          E("Nordline Shipping", "denies", "The claims", "denied")]),
    Case("generic-org-noun",
         "Shares in Halden Motors fell after the carmaker warned that profits would miss forecasts.",
         [E("Halden Motors", "asserts", "profits would miss forecasts", "warned")]),
    Case("clause-parsed-as-object",
         "Researchers at the University of Leeds said the new vaccine reduced infections by 60 percent.",
         [E("Researchers at the University of Leeds", "asserts",
            "the new vaccine reduced infections by 60 percent", "said")]),
    Case("that-after-time-phrase", 'Coach Pedro Salas said after the match that his team had been "robbed".',
         [E("Pedro Salas", "asserts", 'his team had been "robbed"', "said")]),
    Case("reported-citing-that",
         "The state news agency Orbis reported, citing the Interior Ministry, that 40 drones had been destroyed.",
         [E("Orbis", "asserts", "40 drones had been destroyed", "reported")]),
    Case("accused-which-denies",
         "Veltria has repeatedly accused Norland of attacking civilian targets, which Norland denies.",
         [E("Veltria", "asserts", "Norland of attacking civilian targets", "has repeatedly accused", "probable"),
          E("Norland", "denies", "Norland of attacking civilian targets", "denies")]),
    Case("expletive-it-not-possible-to-verify", "It was not immediately possible to verify the reports.",
         [E("Evening Standard", "cannot_verify", "the reports", "was not immediately possible to verify")],
         publisher="The Evening Standard"),
    Case("apposition-on-of-phrase",
         "The governor of Kursk, Andrei Belov, said on his Telegram channel that one person had been injured.",
         [E("Andrei Belov", "asserts", "one person had been injured", "said", channel="Telegram")]),
    Case("quote-then-name-then-wrote-on-x",
         '"The shelling will continue," Mykola Danyliuk, an adviser to the mayor, wrote on X.',
         [E("Mykola Danyliuk", "asserts", "The shelling will continue", "wrote", channel="X")]),
    Case("declined-to-confirm", "Vantor Energy declined to confirm the figures.",
         [E("Vantor Energy", "does_not_confirm", "the figures", "declined to confirm")]),
    Case("declined-to-say-whether", "The minister declined to say whether the ambassador would return.",
         [E("minister", "does_not_confirm", "whether the ambassador would return", "declined to say")]),
    Case("report-found-np", "A report by the Rivers Trust found widespread pollution in the estuary.",
         [E("Rivers Trust", "asserts", "widespread pollution in the estuary", "found", channel="report")]),
    Case("neg-declined-to-say-more", "The minister declined to say more.", []),
    # (was a must-not in round 1; since session 7 an instruction is a directive like "urged Y to V")
    Case("told-to-leave-is-instruction", "The officer told residents to leave their homes immediately.",
         [E("officer", "asserts", "residents to leave their homes immediately", "told")]),
    Case("neg-that-said", "That said, the market recovered by the afternoon.", []),
    Case("neg-found-a-body", "Rescuers found the body of a missing hiker on Sunday.", []),
    Case("neg-added-a-clause", "He added a new clause to the contract.", []),
    # no answer to a request for comment is a refusal to confirm (the corpus guide, tests/data/realnews/ANNOTATION.md)
    Case("did-not-respond-to-request", "The embassy did not immediately respond to a request for comment.",
         [E("embassy", "does_not_confirm", "to a request for comment", "did not immediately respond")]),
    # ---- nothing to extract ------------------------------------------------------------------------------
    Case("neg-said-nothing", "The minister did not say anything.", []),
    Case("neg-announce-np", "He announced the visit.", []),
    # (an attributed headline is its source's claim, as issue 10 asks: "Source Verbs Claim")
    Case("headline-lead-lower-case", "Governor says floods worst in decades\n\nRain fell for a third day.",
         [E("Governor", "asserts", "floods worst in decades", "says")]),
    Case("neg-headline", "Floods worst in decades\n\nRain fell for a third day.", []),
    Case("neg-no-evidence", "No evidence has emerged of a cover-up.", []),
    Case("neg-question", "Did the minister say the talks had failed?", []),
    Case("neg-published", "The report was published on Monday.", []),
    Case("neg-truncated-caption", "Rescue workers said the building had collapsed after\u2026", []),
    Case("no-response-to-request", "The ministry did not respond to a request for comment.",
         [E("ministry", "does_not_confirm", "to a request for comment", "did not respond")]),
]


@pytest.mark.parametrize("case", params(CASES))
def test_construction(case: Case, nlp):
    check_case(case, nlp)


def test_enough_cases_and_few_xfails():
    assert len(CASES) >= 60
    assert sum(1 for c in CASES if c.xfail) <= len(CASES) // 10


def test_source_mention_covers_the_name(nlp):
    text = "Henrik Aalto, the region's governor, said the evacuation was complete."
    (record,) = extract_article(Article("m", text), nlp=nlp).records()
    assert "Henrik Aalto" in record["source_mention"]
    assert text[record["source_start"]:record["source_end"]] == record["source_mention"]


def test_multi_sentence_quote_sentence_covers_the_quote(nlp):
    text = ('Rain fell all week. "The vote was rigged. We have the ballots to prove it," '
            'opposition leader Dana Novak said.')
    (record,) = extract_article(Article("q", text), nlp=nlp).records()
    start = record["sentence_start"]
    assert start <= record["content_start"]
    assert start + len(record["sentence"]) >= record["content_end"]
    assert text[start:start + len(record["sentence"])] == record["sentence"]


@pytest.mark.parametrize("text", [
    "The Harbour Authority's spokesman said the pier was closed.",
    "The Greenland Ministry of Fisheries said quotas would be cut.",
    "According to the Rivers Trust's director, the water was safe.",
])
def test_canonical_names_have_no_article_or_possessive(text, nlp):
    for record in extract_article(Article("c", text), nlp=nlp).records():
        assert not record["source"].lower().startswith("the ")
        assert not record["source"].endswith(("'s", "\u2019s", "'"))


@pytest.mark.parametrize("text, member, role, organization", [
    ("Henrik Aalto, the governor of Vastra region, said the evacuation was complete.",
     "Henrik Aalto", "governor", "Vastra"),
    ("Aalto's spokesman Jari Koski said the governor would visit the site.", "Jari Koski", "spokesman", "Aalto"),
    ("Interior Minister Gaspard Lemaire said the curfew would be lifted.", "Gaspard Lemaire", "Interior Minister", None),
    ("Bram Visser, a former general, said the army was overstretched.", "Bram Visser", "former general", None),
    ("Nadia Farouk, a spokeswoman for Aerolink, said the flight was delayed.", "Nadia Farouk", "spokeswoman", "Aerolink"),
    ("Russian President Ivan Orlov said the talks were over.", "Ivan Orlov", "Russian President", "Russia"),
])
def test_appositions_and_titles_are_affiliations(text, member, role, organization, nlp):
    found = {(a.member, a.role, a.organization) for a in extract_article(Article("aff", text), nlp=nlp).affiliations}
    assert (member, role, organization) in found, found
