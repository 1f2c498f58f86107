"""Attribution cues over a dependency parse: who (source head), which stance, what (content span).

This module runs the rules sentence by sentence and holds the reporting-verb family (say, deny,
confirm, claim and their negations and passives); other families live in cue_constructions.py,
cue_responses.py, cue_relatives.py, cue_lines.py and cue_denials.py (denials read from a
sentence's shape), the reported clause's bounds in cue_clauses.py and the shared helpers in
cue_grammar.py.

Each rule is written for an English reporting construction: `X said (that) S`, `S, X said`,
`"Q," X said`, `according to X, S`, `X denied NP`, `X did not confirm that S`,
`X could not independently verify S`, `X declined to take responsibility for NP`,
`S was confirmed by X`, `NP was denounced as Z by X`, `a report by X found that S`,
`NP geolocated by X showed S`, participles (`adding that S`, `calling it Z`, `alleging that S`).
"""
from __future__ import annotations

from ..model import Certainty, Stance
from . import lexicon
from .cue_beliefs import HEARSAY_ADVERBS, VIEWING_VERBS, hedge_by_seeming, reportedly, viewed_as
from .cue_clauses import ClauseRules
from .cue_colons import ColonRules
from .cue_constructions import ConstructionRules
from .cue_denials import DenialRules
from .cue_grammar import CueMatch, word_in
from .cue_lines import is_signature_dash
from .cue_put_it import put_it
from .cue_quote_ends import QuoteEndRules

__all__ = ["CueFinder", "CueMatch"]


class CueFinder(ConstructionRules, ClauseRules, QuoteEndRules, ColonRules, DenialRules):
    """Runs the cue rules over the sentences of one parsed article."""

    def find(self, sent) -> list[CueMatch]:
        """All cue matches in one sentence."""
        matches = []
        for token in sent:
            if self.in_quote(token) and not is_signature_dash(token):
                continue
            lemma = token.lemma_.lower()
            if token.lower_ == "according" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to":
                match = self.according_to(token)
            elif token.lower_ in lexicon.UNCLEAR_ADJECTIVES | lexicon.CLEAR_ADJECTIVES and token.dep_ == "acomp" and (
                    match := self.left_unclear(token)) is not None:
                pass
            elif token.lower_ in lexicon.DOUBT_ADJECTIVES and (match := self.doubt_adjective(token)) is not None:
                pass  # "X is skeptical of the report" (cue_views.py)
            elif token.lower_ in lexicon.BELIEF_ADJECTIVES | lexicon.EMOTIVE_ADJECTIVES:
                match = self.belief_adjective(token)
            elif token.pos_ == "VERB" and lemma == "put" and (match := put_it(self, token)) is not None:
                pass  # 'X put it bluntly: "Q"' (cue_put_it.py)
            elif token.pos_ == "VERB" and lemma in VIEWING_VERBS:
                match = viewed_as(self, token)  # "X sees Y as Z" (cue_beliefs.py)
            elif token.lower_ in HEARSAY_ADVERBS:
                match = reportedly(self, token)  # "S, reportedly" (cue_beliefs.py)
            elif token.pos_ == "VERB" and lemma in lexicon.ACCOUNT_VERBS and (
                    (match := self.given_account(token)) is not None or lemma not in lexicon.CUE_LEMMAS):
                pass  # "gave an account of NP"; an account verb that is also a cue ("offered to send") goes on
            elif token.pos_ == "VERB" and lemma == "have" and (match := self.given_account(token)) is not None:
                pass  # "had no details on S": what the source could not tell (cue_responses.py)
            elif token.pos_ == "NOUN" and lemma == "comment" and (match := self.no_comment_from(token)) is not None:
                pass
            elif token.pos_ == "NOUN" and lemma in ("confirmation", "verification") and (
                    match := self.no_confirmation(token)) is not None:
                pass
            elif lemma in lexicon.NOMINAL_CUES and (token.pos_ == "NOUN" or (
                    # "reports" tagged as a verb where it stands as an object or subject is the noun
                    token.tag_ == "VBZ" and token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"))):
                match = self.nominal_cue(token)
            elif token.pos_ == "VERB" and (match := self.rejection_of_claim(token)) is not None:
                pass
            elif token.pos_ == "VERB" and lemma in lexicon.CHALLENGE_VERBS and (
                    match := self.challenged_claim(token)) is not None:
                pass
            elif token.pos_ == "VERB" and lemma == "make" and (match := self.made_clear(token)) is not None:
                pass
            elif token.pos_ == "VERB" and lemma in lexicon.EXPRESSING_VERBS and (
                    match := self.expressed_view(token)) is not None:
                pass
            elif token.pos_ == "NOUN" and lemma in lexicon.REQUEST_NOUNS | lexicon.INTENT_NOUNS and (
                    match := self.nominal_request(token)) is not None:
                pass
            elif token.pos_ == "VERB" and lemma in lexicon.EVIDENCE_VERBS and (
                    match := self.evidence_found(token)) is not None:
                pass  # "found evidence of shelling", "found no evidence that S" (cue_views.py)
            elif token.pos_ == "VERB" and lemma in lexicon.TALLY_VERBS:
                match = self.tally(token)
            elif token.pos_ == "VERB" and lemma == "report" and (match := self.tally(token)) is not None:
                pass  # "police reported 20 injuries": a figure, as with "recorded" (else the reporting verb)
            elif token.is_punct and (match := self.dash_signature(token)) is not None:
                pass
            elif token.pos_ == "VERB" and lemma in lexicon.UNANSWERED_REQUEST_VERBS and (
                    match := self.unanswered_request(token)) is not None:
                pass
            elif token.lower_ == "in" and token.dep_ == "prep" and (match := self.in_document(token)) is not None:
                pass
            elif token.lower_ in lexicon.SHOWING_FORMS and (match := self.record_aside(token)) is not None:
                pass  # "S, records show" (cue_frames.py)
            elif token.pos_ == "VERB" and lemma in lexicon.ENDORSEMENT_VERBS:
                match = self.endorsement(token)
            elif token.pos_ not in ("VERB", "AUX") or lemma not in lexicon.CUE_LEMMAS:
                continue
            elif lemma in lexicon.REFUSAL_VERBS:
                match = self.refusal(token)
            else:
                match = self.verb_cue(token, lemma)
            if match is not None:
                hedge_by_seeming(match)  # "X appeared to confirm S"
                matches.append(match)
        if not matches:
            tail = self.inverted_tail(sent) or self.colon_attribution(sent)
            if tail is not None:
                matches.append(tail)
        if (introduced := self.introduced_quote(sent, matches)) is not None:
            matches.append(introduced)  # 'X boomed: "Q"' (cue_colons.py)
        self.which_refers_back(matches)
        for match in matches:
            self.run_through_quote(match)  # '... “A. B.”': the quote's words run to its closing mark
        return [m for m in matches if not self._relays(m, matches)]

    def verb_cue(self, verb, lemma) -> CueMatch | None:
        """Reporting, denial, confirmation, claim, label and accusation verbs, negated or not."""
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon.REFUSAL_VERBS:
            return None  # "declined to confirm S" is the refusal rule's, not a confirmation
        if verb.dep_ == "conj" and verb.head.dep_ == "xcomp" and verb.head.head.lemma_.lower() in lexicon.REFUSAL_VERBS:
            return None  # "declined to confirm or deny S": the refusal covers both verbs
        if lemma in lexicon.PHRASAL_CUES and not any(
                c.dep_ == "prt" and c.lower_ == lexicon.PHRASAL_CUES[lemma] for c in verb.children):
            return None  # "pointed the way" (only "pointed out that S" reports)
        if lemma == "read" and not self._document_subject(verb):
            return None  # '"Q," the statement read' and not 'she read the report'
        if lemma in lexicon.WITNESS_REPORT_VERBS and (match := self._perception_report(verb)) is not None:
            return match
        if self._passive_as_clause(verb):
            return self._as_stated(verb)
        if lemma == "know" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon.INTENT_VERBS | lexicon.DIRECTIVE_VERBS:
            return None  # "demanded to know the truth", "wants to know why": asking, no knowledge claimed
        negated = self.negated(verb)
        if negated and lemma in lexicon.DISCLOSURE_VERBS | {"say", "comment", "discuss"} and self.complement(verb) is not None:
            # "officials would not say how many soldiers had died": a question left open
            return self._simple(verb, Stance.DOES_NOT_CONFIRM, Certainty.CERTAIN, allow_object=False, negated=True)
        if negated and lemma == "comment":
            # "the ministry did not comment on the report": a refusal to confirm what it was asked about
            topic = next(iter(self.topics(verb)), None)
            sources = self.source_heads(verb)
            span = self.span_of(list(topic.subtree)) if topic is not None else None
            if span is not None and sources:
                return CueMatch(self._cue_tokens(verb, full=True), Stance.DOES_NOT_CONFIRM, Certainty.CERTAIN,
                                sources, *span)
        if lemma in lexicon.DENIAL_VERBS:
            if negated and lemma == "deny":
                return self._undenied(verb)
            if negated or self._refused_a_thing(verb):
                return None
            return self._apposed_denial(verb) or self._simple(verb, Stance.DENIES, Certainty.CERTAIN, allow_object=True)
        if lemma in ("say", "call", "consider") and verb.dep_ == "relcl" and not negated:
            # "12 soldiers, a figure the army says is exaggerated": the relative clause calls what the
            # claim noun renames false
            said = next(iter(self.children(verb, "ccomp")), None)
            if said is not None and not self.children(said, "nsubj", "nsubjpass") and said.lemma_.lower() == "be" and any(
                    word_in(t, lexicon.FALSITY_WORDS) for v in self.children(said, "acomp", "attr") for t in v.subtree):
                match = self._apposed_denial(verb, any_verb=True)
                if match is not None:
                    return match
        if lemma == "claim" and (negated or self._claims_responsibility(verb)):
            stance = Stance.DOES_NOT_CONFIRM if negated else Stance.ASSERTS
            return self._simple(verb, stance, Certainty.CERTAIN, allow_object=True, negated=negated)
        if lemma in lexicon.CONFIRMATION_VERBS:
            if not negated and (match := self.no_means_to_verify(verb)) is not None:
                return match
            if not negated and self._confirmation_set_out(verb):
                return None
            if negated:
                stance = Stance.CANNOT_VERIFY if self.modal_can(verb) else Stance.DOES_NOT_CONFIRM
                if lemma in ("acknowledge", "admit", "concede", "confess"):
                    stance = Stance.DOES_NOT_CONFIRM
            else:
                if self._unable(verb):
                    stance = Stance.CANNOT_VERIFY
                else:
                    stance = Stance.CONFIRMS
            return self._simple(verb, stance, Certainty.CERTAIN, allow_object=True, negated=negated)
        if lemma in ("accuse", "convict") and not negated:
            match = self._accusation(verb)
            if match is not None and lemma == "convict":
                match.certainty = Certainty.CERTAIN  # a verdict, not a charge
            return match
        if lemma == "plead":
            return self._plea(verb)
        if lemma == "blame":
            return None if negated else self._blame(verb)
        if lemma == "call" and not negated:
            match = self._call_for(verb)
            if match is not None:
                return match
        if lemma in lexicon.LABEL_VERBS:
            match = self._label(verb)
            if match is not None or lemma not in set(lexicon.ASSERTION_VERBS) | lexicon.CRITICISM_VERBS:
                return match
        if negated:
            return None
        if lemma in lexicon.INSTRUCTING_VERBS:
            instruction = self.children(verb, "dobj") and any(
                c.dep_ == "aux" and c.lower_ == "to" for x in self.children(verb, "xcomp") for c in x.children)
            match = self._intent(verb, lemma) if instruction else None
            if match is not None or lemma not in lexicon.ASSERTION_VERBS:
                return match
        if lemma in lexicon.MENTAL_INTENT_VERBS and self._inside_reported_clause(verb) and not any(
                s.tag_ == "PRP" for s in self.children(verb, "nsubj")):
            # "X said the rebels want to V": X's account of them, already X's claim ("X said she plans
            # to V", a pronoun for the speaker, stays her stated intent)
            return None
        if lemma in lexicon.INTENT_VERBS or lemma in lexicon.DIRECTIVE_VERBS:
            match = self._intent(verb, lemma)
            if match is None and lemma in lexicon.QUOTING_VERBS:
                match = self._quoted_words(verb)
            if match is not None or lemma not in lexicon.ASSERTION_VERBS:
                return match
        if lemma in lexicon.QUOTING_VERBS:
            return self._quoted_words(verb)
        if lemma in lexicon.CRITICISM_VERBS:
            return self._criticism(verb)
        if lemma in lexicon.ADDUCING_VERBS:
            # "X cited Y's remarks as proof of Z": what X puts forward; not the participle "..., citing
            # X", which names where the statement it hangs on comes from
            if verb.tag_ in ("VBD", "VBZ", "VBP"):
                return self._adduced(verb)
            # "X resigned on Saturday, citing irregularities": after a verb that is no cue, the
            # participle gives X's stated reason, which X puts forward
            if verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.lemma_.lower() not in lexicon.CUE_LEMMAS \
                    and not self._inside_reported_clause(verb.head):
                return self._adduced(verb)
            if verb.tag_ == "VBG" and verb.dep_ == "advcl" and self._cited_grounds(verb):
                # '"Q," X said, citing slow growth and high rents': after a cue, a cited thing that
                # is no source (not 'citing officials', 'citing a report') is the grounds X gives
                return self._adduced(verb)
            return None
        if lemma in lexicon.ASSERTION_VERBS or lemma in lexicon.EVIDENTIAL_VERBS:
            certainty = lexicon.ASSERTION_VERBS.get(lemma, Certainty.CERTAIN)
            if lemma == "claim" and self.children(verb, "dobj") and not self.complement(verb):
                certainty = Certainty.CERTAIN  # "claimed the attack": taking credit, not a hedged claim
            return self._simple(verb, Stance.ASSERTS, certainty, allow_object=False)
        return None

    def _document_subject(self, verb) -> bool:
        """The subject of 'read' is a text that speaks: 'the statement read', 'X's letter read'."""
        subject = self.subject(verb)
        return subject is not None and (word_in(subject, lexicon.CHANNEL_NOUNS) or word_in(subject, lexicon.INFORMATION_NOUNS))

    def _unable(self, verb) -> bool:
        head = verb.head
        return verb.dep_ == "xcomp" and (head.lower_ == "unable" or (head.lower_ == "able" and self.children(head.head, "neg")))

    def _claims_responsibility(self, verb) -> bool:
        return any(o.lemma_.lower() in lexicon.RESPONSIBILITY_NOUNS for o in self.children(verb, "dobj"))

    def _simple(self, verb, stance, certainty, *, allow_object, negated=False) -> CueMatch | None:
        """The common shape: a source, the cue, and a clause, quote or object as content."""
        lemma = verb.lemma_.lower()
        passive = self.is_passive(verb)
        sources = self.source_heads(verb)
        publisher_is_source = False
        if sources and sources[0].lower_ == "it" and verb.dep_ == "xcomp" and any(
                t.lemma_.lower() in lexicon.IMPERSONAL_ADJECTIVES for t in [verb.head, *verb.head.children]):
            # "It was not possible to verify S": the newsroom speaks; "it is too early to say
            # whether S": nobody does
            sources = []
        if not sources:
            if verb.dep_ == "acl" and verb.tag_ == "VBG":
                return self._participle_of_document(verb, stance, certainty)
            if (passive or verb.dep_ == "xcomp") and stance == Stance.CANNOT_VERIFY:
                publisher_is_source = True  # "the video could not be independently verified": the newsroom speaks
            else:
                return None
        subject = self.subject(verb) if not passive else None
        # "the minister did not indicate what he will do": one who can speak withholding a statement
        withheld = negated and subject is not None and self._agentive(subject, strict=True)
        # information nouns as subjects only with evidential verbs ("a study found", not "the report denied")
        if (subject is not None and word_in(subject, lexicon.INFORMATION_NOUNS)
                and not word_in(subject, lexicon.CHANNEL_NOUNS)):
            if lemma not in lexicon.EVIDENTIAL_VERBS and lemma not in ("say", "add", "write", "state", "read"):
                return None
            if self._handled_by_someone(subject):
                return None  # "footage verified by X showed S": X's confirmation, not the footage speaking
        elif (lemma in lexicon.EVIDENTIAL_VERBS and lemma not in lexicon.ASSERTION_VERBS and not withheld
              and lemma not in lexicon.CONFIRMATION_VERBS and not (
                  # "Video shows that S", "the photos show S": a recording is a channel and a report
                  # (with a clause: what "video shows a car" depicts is no one's claim)
                  subject is not None and lemma in ("show", "indicate", "reveal") and word_in(subject, lexicon.REPORT_NOUNS)
                  and self.complement(verb) is not None)):
            return None  # "the fire showed", "the claim emerged": not a source speaking
        if lemma in ("show", "indicate", "surface", "emerge") and not withheld and (
                subject is None or not word_in(subject, lexicon.REPORT_NOUNS)):
            return None
        if subject is not None and any(c.lower_ in ("no", "neither") for c in subject.children):
            return None
        cue = self._cue_tokens(verb, full=negated or stance in (Stance.CANNOT_VERIFY, Stance.DOES_NOT_CONFIRM))
        clause_start, clause_end = self.clause_bounds(verb, sources)
        quote = None
        complement = self.complement(verb)
        if complement is not None and any(c.lower_.endswith(("self", "selves")) for c in self.children(complement, "nsubj")):
            return None  # "officials found themselves doing damage control": a state they are in, no claim
        span = None
        more = []
        relative_subject = self._relative_as_subject(verb) or self._relative_subject_of_clause(verb, complement)
        if relative_subject is not None:
            # "the ferry, which the authorities concluded sank near the reef": the antecedent is the
            # subject of the clause the relative verb reports
            span, more, complement = relative_subject[0], [relative_subject[1]], None
        elif complement is not None and self.in_quote(complement) and self.in_quote(complement.left_edge):
            quote = self.in_quote(complement)  # '"Q," X said' (not 'X said the plan had "failed"')
        elif complement is None and lemma not in lexicon.CONFIRMATION_VERBS:
            # (a participle of the speaker's next statement takes the quote after it)
            quote = self.adjacent_quote(clause_start, clause_end,
                                        prefer_after=verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp"))
        elif complement is not None and complement.i < verb.i:
            # '"Q," X said' where a missed sentence break made the previous clause the complement
            before = self.adjacent_quote(clause_start, clause_end)
            if before is not None and before.outer_end <= clause_start and complement.idx < before.outer_start:
                quote, complement = before, None
        if quote is not None:
            span = self.trim(quote.start, quote.end)
            # (not for a participle of the speaker's next statement: '"Q1," X said, adding later, "Q2."')
            opening = None if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "conj", "xcomp") else \
                self._opening_quote_piece(quote, clause_start, clause_end)
            if opening is not None and span is not None:
                span, more = opening, [span]
            if stance == Stance.ASSERTS and not negated and self._quote_denies(quote, complement):
                stance = Stance.DENIES  # '"We had nothing to do with the attack," X said': as its indirect form
        elif complement is not None:
            tokens = self._object_as_subject(verb, complement) + self._clause_tokens(complement, verb)
            beside = self.belief_clause_hung_beside(complement)
            if beside is not None:  # "adding he was certain S", S hung beside "he was certain"
                tokens += self._clause_tokens(beside, verb)
            tokens += self._passive_conjunct_on_cue(verb, complement)
            tokens += self._claim_conjunct_on_cue(verb, complement, sources)
            tokens += self._second_subjectless_complement(verb, complement)
            fronted = [c for c in self.children(verb, "ccomp") if c.i < verb.i and not self.in_quote(c)]
            if complement.i < verb.i and len(fronted) > 1:
                # "A, but B, the official added": two clauses before a final cue, both what was said
                first, last = min(t.i for c in fronted for t in c.subtree), max(t.i for c in fronted for t in c.subtree)
                tokens = list(verb.doc[first:last + 1])
            span = self.span_of(tokens)
            verdict = self._falsity_verdict(complement) if stance == Stance.ASSERTS and not negated else None
            doubted = self._own_doubt(complement) if stance == Stance.ASSERTS and not negated and verdict is None else None
            if verdict is not None:
                # "said the reports were baseless": a denial of the reports, not a claim about them
                stance, span = Stance.DENIES, verdict
            elif doubted is not None:
                # "said he was skeptical of the report": the speaker questions the report
                stance, span = Stance.DOES_NOT_CONFIRM, doubted
            elif stance == Stance.ASSERTS and not negated and self._no_involvement(complement):
                stance = Stance.DENIES  # "said no part of the government played any role in it"
        elif passive and self.children(verb, "nsubjpass"):
            span = self._passive_subject_span(verb)
        elif passive:
            span = self._acl_content(verb)
        elif lemma in ("surface", "emerge"):
            span = self._of_clause(verb) or (self._of_clause(subject) if subject is not None else None)
        elif self._as_clause(verb):
            # "S, as the Courier reported": the clause the as-clause hangs on is what X reported
            inside = {t.i for t in verb.subtree}
            span = self.span_of([t for t in verb.head.subtree if t.i not in inside and not (
                t.i == verb.left_edge.i - 1 and t.text == ",")])
        elif allow_object or lemma in ("claim", "allege", "note") or (lemma == "report" and not any(
                # ("reported the theft to the police": notifying an authority of it, no claim told)
                p.lower_ == "to" for p in self.children(verb, "prep"))) or (
                lemma in ("show", "reveal", "indicate", "find") and subject is not None
                and word_in(subject, lexicon.INFORMATION_NOUNS)):  # "a report found abuse", not "police found a body"
            objects = self.children(verb, "dobj", "xcomp", "pcomp")
            if not objects and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in verb.children):
                # "neither confirmed nor denied the reports": the object stands on the last conjunct
                objects = [o for c in self.children(verb, "conj") for o in self.children(c, "dobj")]
            if verb.dep_ == "relcl" and any(c.lower_ in lexicon.RELATIVE_PRONOUNS for c in self.children(verb, "dobj")):
                span = self.span_of(self._antecedent_tokens(verb.head))
            elif objects:
                tokens = self._without_channel_phrases(objects[0]) + self._trailing_preps(verb, objects[0])
                if lemma in ("show", "reveal", "indicate"):
                    seen = {t.i for t in tokens}
                    tokens += [t for t in self._small_clause_predicate(verb, objects[0]) if t.i not in seen]
                if stance == Stance.DENIES:
                    # "rejected the claims as absurd": the as-phrase is the label, not what is denied
                    label = {t.i for p in [*verb.children, *objects[0].children] if p.dep_ == "prep" and p.lower_ == "as"
                             for t in p.subtree}
                    tokens = [t for t in tokens if t.i not in label]
                span = self.span_of(tokens)
        if span is None and not passive and lemma in lexicon.ASSERTION_VERBS:
            span = self._clause_parsed_as_object(verb)
        if span is None and not passive and lemma in lexicon.WARNING_VERBS:
            # "warned of a looming shortage", "complained about delays": the danger or grievance named
            target = next((o for p in self.children(verb, "prep") if p.lower_ in ("of", "about")
                           for o in self.children(p, "pobj")), None)
            if target is not None:
                span = self.span_of(list(target.subtree))
        if span is None and verb.dep_ in ("ccomp", "parataxis", "conj") and verb.i > verb.head.i and not passive:
            span = self.content_after_comma_clause(verb, sources)
        if lemma == "continue" and quote is None:
            return None  # "continue" reports speech only beside a quote
        if span is None and verb.dep_ in ("parataxis", "ccomp") and verb.i < verb.head.i and not passive:
            pieces = self.parenthetical_content(verb, sources)
            if pieces is not None:
                span, more = pieces[0], [pieces[1]]
        if span is None:
            return None
        if not more and quote is None and not passive and span[1] <= clause_start:
            tail = self._claim_after_cue(verb, sources)
            if tail is not None:
                more = [tail]
        match = CueMatch(cue, stance, certainty, sources, *span, quote=quote, publisher_is_source=publisher_is_source,
                         more=more)
        if relative_subject is not None:
            match.extra["relative_subject"] = True
        match.citing = self._citing(verb)
        return match

    def _opening_quote_piece(self, quote, clause_start: int, clause_end: int):
        """'"Now that the vote is over," she told the host, "we can rest."': when the parser makes the
        quote after the cue clause its complement, the quote that ends right before the clause is the
        statement's first piece (a quote split by its cue is one statement)."""
        if quote.outer_start < clause_end:
            return None
        before = self.adjacent_quote(clause_start, clause_end)
        if before is None or before.outer_end > clause_start or before is quote:
            return None
        return self.trim(before.start, before.end)

    def _claim_after_cue(self, verb, sources):
        """'Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt', 'S1, the agency said in
        a report, and S2': the claim goes on after a cue clause set in it by commas, as a second
        piece; not when what follows is a cue of its own ('adding that S'), a participle
        ('citing X') or a quote."""
        if verb.dep_ in ("relcl", "acl"):
            return None  # "The attack, which X did not claim, killed four": the sentence's own verb goes on
        _, end = self.clause_bounds(verb, sources)
        sent = verb.sent
        # the cue clause runs to its comma (its time and channel phrases: "said in a June report,")
        comma = next((t for t in sent if t.idx >= end and t.text == ","), None)
        if comma is None or any(t.pos_ in ("VERB", "AUX") for t in verb.doc[verb.i + 1:comma.i]):
            return None
        rest = [t for t in sent if t.i > comma.i]
        words = [t for t in rest if not t.is_punct]
        # ('"Q1," X said, and still "Q2"', 'S, X said, and "Q"': after "and" the sentence goes on
        # with the claim, quoted or not; a bare quote after the cue is the continuation rule's)
        joined = rest[0].lower_ == "and" and rest[0].dep_ == "cc"
        if len(words) < 3 or rest[0].tag_ == "VBG" or (any(self.in_quote(t) for t in rest) and not joined):
            return None
        if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in rest):
            return None  # "S, X said, more than four times the figure given by Y": an aside, no clause
        # a cue after the comma starts a statement of its own ('..., and the army denied it', '..., and
        # added that T'), unless it is quoted or lies deeper in the clause ('and "we had to find beds"')
        if any(t.pos_ == "VERB" and t.lemma_.lower() in lexicon.CUE_LEMMAS and not self.in_quote(t)
               and (t.head.i == verb.i or self.children(t, "nsubj", "nsubjpass") or t.head.i == t.i)
               for t in rest):
            return None
        return self.span_of(rest)

    def _quoted_words(self, verb) -> CueMatch | None:
        """'"Why is the bank still growing?" the senator demanded', '"Where did the money go?" she
        asked': a verb that only quotes (a question, a shout) claims the quote next to it, which
        is no other speaker's continuation."""
        sources = self.source_heads(verb)
        if not sources or self.complement(verb) is not None and not self.in_quote(self.complement(verb)):
            return None
        quote = self.adjacent_quote(*self.clause_bounds(verb, sources))
        span = self.trim(quote.start, quote.end) if quote is not None else None
        if span is None:
            return None
        return CueMatch([verb], Stance.ASSERTS, Certainty.CERTAIN, sources, *span, quote=quote)

    @staticmethod
    def _confirmation_set_out(verb) -> bool:
        """'Monitors are trying to verify the reports', 'X wants to confirm S', 'inspectors went to the
        town to verify the claims': a check one sets out to make is not made, so no confirmation (the
        purpose clause only for verbs of finding out: "came forward to confirm S" does confirm)."""
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return False
        head, lemma = verb.head, verb.lemma_.lower()
        if verb.dep_ == "xcomp" and head.lemma_.lower() in lexicon.ATTEMPT_VERBS:
            return True
        return (verb.dep_ == "advcl" and head.pos_ == "VERB" and lemma in lexicon.VERIFICATION_VERBS - {"confirm", "corroborate"}
                and head.lemma_.lower() not in lexicon.CUE_LEMMAS)

    def _handled_by_someone(self, noun) -> bool:
        """'footage verified by X', 'images geolocated by X': a document with its own agent."""
        return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in lexicon.CONFIRMATION_VERBS
                   and self.agent_of(c) is not None for c in noun.children)

    def _passive_as_clause(self, verb) -> bool:
        """'As stated in the audit, S', 'As reported by the Courier, S': a passive cue participle in a
        fronted as-clause, with no subject of its own."""
        # (fronted only: a trailing '..., as earlier reported by X' may answer any clause before it)
        return (verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.pos_ in ("VERB", "AUX") and verb.i < verb.head.i
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
                and not self.children(verb, "nsubj", "nsubjpass", "ccomp", "dobj"))

    def _as_stated(self, verb) -> CueMatch | None:
        """The source of 'As reported by X, S' (the agent) or 'As stated in the audit, S' (the document,
        or who stands behind it), and the clause the as-clause hangs on as the content."""
        source = self.agent_of(verb)
        if source is None:
            source = next((o for p in self.children(verb, "prep") if p.lower_ in ("in", "by")
                           for o in self.children(p, "pobj")), None)
            if source is not None and word_in(source, lexicon.INFORMATION_NOUNS | lexicon.REPORT_NOUNS):
                source = self.owner(source) or source
        if source is None:
            return None
        inside = {t.i for t in verb.subtree}
        span = self.span_of([t for t in verb.head.subtree if t.i not in inside and not (
            t.i == verb.right_edge.i + 1 and t.text == ",")])
        if span is None:
            return None
        return CueMatch(self._cue_tokens(verb, full=False), Stance.ASSERTS, Certainty.CERTAIN, self.coordinated(source),
                        *span)

    def _participle_of_document(self, verb, stance, certainty):
        """'an arrest warrant alleging that S': the document's issuer is the source."""
        noun = verb.head
        if noun.lemma_.lower() not in lexicon.INFORMATION_NOUNS:
            return None
        source = self.owner(noun)
        if source is None and noun.dep_ == "dobj":
            source = self.subject(noun.head)
        if source is None and noun.lemma_.lower() in lexicon.SELF_SOURCED_CLAIM_NOUNS:
            source = noun  # "government reports claiming victory": the reports say it
        lemma = verb.lemma_.lower()
        if source is None and lemma in lexicon.SHOWING_VERBS and word_in(noun, lexicon.RECORD_NOUNS):
            # "with new polls showing the mayor ahead", "data indicating that S": a record speaks
            # through its participle as it does through its verb ("the polls show S")
            source = noun
        if source is None:
            return None
        complement = self.complement(verb)
        if complement is None and lemma in lexicon.SHOWING_VERBS and not word_in(noun, lexicon.DEPICTION_NOUNS):
            # "a poll showing a tight race", "figures showing the mayor ahead by five points": what the
            # figures show (what "a video showing a van" depicts is no one's claim)
            objects = self.children(verb, "dobj")
            tokens = list(objects[0].subtree) + self._small_clause_predicate(verb, objects[0]) if objects else []
            span = self.span_of(tokens)
            return CueMatch([verb], stance, certainty, self.coordinated(source), *span) if span else None
        if complement is None and verb.lemma_.lower() in ("claim", "allege"):
            # "reports claiming victory", "a complaint alleging fraud": the claimed thing
            objects = self.children(verb, "dobj")
            span = self.span_of(list(objects[0].subtree)) if objects else None
            return CueMatch([verb], stance, certainty, self.coordinated(source), *span) if span else None
        if complement is None:
            return None
        span = self.span_of(list(complement.subtree))
        if span is None:
            return None
        return CueMatch([verb], stance, certainty, self.coordinated(source), *span)

    def _citing(self, verb) -> str | None:
        """Evidence a source cites: 'Citing declassified intelligence, X said'."""
        for c in verb.children:
            if c.dep_ in ("advcl", "prep") and c.lower_ in ("citing", "cite"):
                objs = self.children(c, "dobj", "pobj")
                if objs:
                    span = self.span_of(list(objs[0].subtree))
                    if span:
                        return self.text[span[0]:span[1]]
        return None
