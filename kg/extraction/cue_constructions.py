"""Cue rules for constructions with a shape of their own: refusals
(`X declined to take responsibility for NP`, `X declined to comment on reports that S`, `X could
not be reached for comment`); accusations (`X accused Y of Z`); intents and requests; claim nouns
and tallies. Labels, rejections of claims and accounts given are in `cue_responses`, views,
reactions and evidence in `cue_views`, `according
to X, S` and `In the poll, S` in `cue_frames`; the
constructions a line's layout carries (colons, dash signatures, tails) in `cue_lines`.
"""
from __future__ import annotations

from ..model import Certainty, Stance
from . import lexicon
from .cue_frames import FrameRules
from .cue_grammar import CueMatch, word_in
from .cue_responses import ResponseRules
from .cue_stands import StandRules
from .cue_views import ViewRules


class ConstructionRules(ResponseRules, FrameRules, StandRules, ViewRules):
    """The rules for constructions other than a reporting verb with its subject and clause."""

    @staticmethod
    def which_refers_back(matches: list[CueMatch]) -> None:
        """'X accused Y of Z, which W denies' / 'X said S, which W disputes': a relative 'which'
        whose antecedent lies inside another match's content takes that whole content."""
        for match in matches:
            verb = match.cue_tokens[0]
            if verb.dep_ != "relcl" or not any(c.lower_ == "which" for c in verb.children if c.dep_ in ("dobj", "nsubj")):
                continue
            if match.extra.get("relative_subject"):
                continue  # "the ferry, which X concluded sank": the antecedent is a thing, not a claim
            if any(c.lower_ == "which" and c.dep_ == "nsubj" for c in verb.children) and verb.head.ent_type_ in (
                    "ORG", "PERSON", "GPE", "NORP"):
                continue  # "blamed the Tarsi Brigade, which did not claim the ambush": which is the brigade
            for other in matches:
                if other is not match and other.content_start <= verb.head.idx < other.content_end:
                    match.content_start, match.content_end = other.content_start, other.content_end

    @staticmethod
    def _relays(match: CueMatch, matches: list[CueMatch]) -> bool:
        """'"Q," X told his cabinet, according to a statement from his office', '..., according to his
        spokesman': the according-to content holds another cue of the sentence and names the
        speaker's own channel (a statement or transcript, or a mouthpiece with a possessive pronoun),
        so the sentence's claim is X's alone. A witness of its own ('"Q," X told reporters, according
        to two aides present', '... according to Reuters') reports that X said it: both are kept,
        unless what it passes on is a document's ('Reports of S emerged, according to X')."""
        if match.cue_tokens[0].lower_ != "according":
            return False
        # (an intent or a belief inside it is the relay's claim about the holder: "Clinton plans to
        # visit Charlotte, according to an aide" is the aide's)
        inner = [other for other in matches if other is not match
                 and match.content_start <= other.cue_start < match.content_end
                 and other.cue_tokens[0].lemma_.lower() not in lexicon.INTENT_VERBS | lexicon.BELIEF_VERBS]
        if not inner:
            return False
        source = match.sources[0] if match.sources else None
        if source is None or word_in(source, lexicon.CHANNEL_NOUNS | lexicon.INFORMATION_NOUNS) or any(
                c.dep_ == "poss" and c.pos_ == "PRON" for c in source.children):
            return True  # the speaker's own channel
        # a witness passes on someone's words; what a document put out ("Reports of S emerged,
        # according to X") stays the document's
        documents = lexicon.CHANNEL_NOUNS | lexicon.INFORMATION_NOUNS | lexicon.REPORT_NOUNS
        # (the subject as written: "Tests by the laboratory found S" is the tests' finding, whose
        # owner the source rules name)
        return any(word_in(head, documents) for other in inner
                   for head in [*other.sources[:1], *(c for c in other.cue_tokens[0].children if c.dep_ == "nsubj")])

    def refusal(self, verb) -> CueMatch | None:
        """'X declined to confirm S', 'X declined to take responsibility for NP', and 'X refused to
        comment on reports that S' (a refusal to comment on a plain NP is no stance on a claim)."""
        xcomps = self.children(verb, "xcomp")
        if not xcomps:
            return None
        action = xcomps[0]
        lemma = action.lemma_.lower()
        content, extra, unstated = None, [], False
        if lemma in ("take", "claim", "accept", "assume", "admit"):
            for obj in self.children(action, "dobj"):
                if obj.lemma_.lower() in lexicon.RESPONSIBILITY_NOUNS:
                    for owner in (obj, action):
                        prep = next((p for p in self.children(owner, "prep") if p.lower_ == "for"), None)
                        if prep is not None:
                            content, extra = self._for_object(owner), [obj, prep]
                            break
        elif lemma in lexicon.CONFIRMATION_VERBS:
            # "declined to confirm or deny the transfer": the object may stand on the last conjunct
            target = self.complement(action) or next(iter(
                self.children(action, "dobj") + [o for c in self.children(action, "conj") for o in self.children(c, "dobj")]), None)
            if target is not None:
                content = self.span_of(list(target.subtree))
        elif lemma in lexicon.DISCLOSURE_VERBS and self._asked_about(action):
            # "declined to identify the targets or specify how many were killed": what was asked
            content = self._asked_about(action)
        elif lemma in ("say", "specify", "disclose", "reveal"):
            # "declined to say whether S" is a refusal on a claim; "declined to say more" is not
            target = self.complement(action) or next(
                (o for o in self.children(action, "dobj") if self._proposition(o)), None)
            if target is not None:
                content = self._proposition(target) if target.dep_ == "dobj" else self.span_of(list(target.subtree))
        elif lemma in ("comment", "discuss", "elaborate", "address", "speculate"):
            objects = list(self.children(action, "dobj")) + self.topics(action)
            content = next((c for c in (self._proposition(o) for o in objects) if c), None)
            if content is None and objects and objects[0].pos_ in ("NOUN", "PROPN"):
                # "declined to comment on the terms of the deal": what the question was about
                content = self.span_of(list(objects[0].subtree))
            elif content is None and not objects and lemma == "comment":
                # a bare "declined to comment": the refusal stands; what it is about, the text does
                # not say (the pipeline takes the story's lead claim: backrefs.answer_unstated_topics)
                content, unstated = self.span_of([action]), True
        if content is None:
            return None
        stance = Stance.CANNOT_VERIFY if verb.lemma_ == "fail" and lemma in lexicon.VERIFICATION_VERBS else Stance.DOES_NOT_CONFIRM
        sources = self.source_heads(verb)
        if not sources:
            return None
        cue = [verb] + [c for c in action.lefts if c.dep_ == "aux"] + [action] + extra
        return CueMatch(cue, stance, Certainty.CERTAIN, sources, *content, extra={"unstated_topic": unstated})

    def unanswered_request(self, verb) -> CueMatch | None:
        """'X could not be reached for comment', 'X did not (immediately) respond to a request for
        comment', 'X has not returned calls seeking comment': no answer to a request for comment
        is a refusal to confirm; its content is the comment asked for (the sentence names no
        other subject of the request)."""
        neither = any(c.lower_ == "neither" for s in self.children(verb, "nsubj") for c in s.children)
        unable = verb.lemma_.lower() == "reach" and self._unable(verb)  # "was unable to reach X for comment"
        if not self.negated(verb) and not neither and not unable:  # ("Neither the army nor the ministry responded")
            return None
        comment = next((t for t in verb.subtree if t.lemma_.lower() == "comment" and t.pos_ == "NOUN"
                        and not self.in_quote(t)), None)
        if comment is None:
            return self._unanswered_claim(verb)
        if verb.lemma_.lower() == "reach":
            # "X could not be reached"; active, the one not reached: "the paper could not reach X"
            subjects = self.children(verb, "nsubjpass") or self.children(verb, "dobj")
            sources = self.coordinated(subjects[0]) if subjects else []
        else:
            sources = self.source_heads(verb)
        if not sources or not self._agentive(sources[0]):
            return None
        # "calls seeking comment on the layoffs": the topic of the request, where it is named
        topic = next(iter(self.topics(comment)), None)
        # else the request itself as the verb takes it ("to requests for comment", "for comment")
        request = next((c for c in verb.children if c.dep_ in ("prep", "dobj") and comment in c.subtree), None)
        words = topic.subtree if topic is not None else request.subtree if request is not None else [comment]
        span = self.span_of(list(words))
        if span is None:
            return None
        cue = [verb] + self.own_children(verb, "aux", "auxpass", "neg") + ([verb.head] if unable else [])
        # (with no topic named, the request is about the story: backrefs.answer_unstated_topics)
        return CueMatch(sorted(cue, key=lambda t: t.i), Stance.DOES_NOT_CONFIRM, Certainty.CERTAIN, sources, *span,
                        extra={"unstated_topic": topic is None})

    def _unanswered_claim(self, verb) -> CueMatch | None:
        """'The rebels have not responded to the accusation', 'X did not reply to the allegations':
        no answer to a claim named as the object of "to" is a refusal to confirm it (a bare "X did
        not respond" names nothing asked, and gives nothing)."""
        if verb.lemma_.lower() not in ("respond", "reply") or not self.negated(verb):
            return None
        claim = next((o for p in self.children(verb, "prep") if p.lower_ == "to" for o in self.children(p, "pobj")
                      if o.lower_ in lexicon.CLAIM_NOUNS or o.lemma_.lower() in lexicon.NOMINAL_CUES), None)
        sources = self.source_heads(verb)
        if claim is None or not sources or not self._agentive(sources[0]):
            return None
        span = self.span_of(list(claim.subtree))
        if span is None:
            return None
        cue = [verb] + self.own_children(verb, "aux", "neg")
        return CueMatch(sorted(cue, key=lambda t: t.i), Stance.DOES_NOT_CONFIRM, Certainty.CERTAIN, sources, *span)

    def _asked_about(self, action):
        """What a refused disclosure is about: the object or wh-clause of 'identify', 'name',
        'specify', running on through 'or specify ...' conjuncts."""
        target = self.complement(action) or next(iter(self.children(action, "dobj")), None)
        if target is None:
            return None
        tokens = list(target.subtree)
        for conj in self.children(action, "conj"):
            if conj.lemma_.lower() in lexicon.DISCLOSURE_VERBS:
                tokens = [t for t in action.subtree if t.i >= target.left_edge.i]
        return self.span_of(tokens)

    def _proposition(self, noun):
        """The claim a noun carries: 'reports that S' -> S, 'whether S' -> whether S; else None."""
        if noun.dep_ == "pcomp" or any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in noun.children):
            return self.span_of(list(noun.subtree))
        if noun.lemma_.lower() not in lexicon.REPORT_NOUNS | lexicon.BACK_REFERENCE_NOUNS:
            return None
        for clause in noun.children:
            if clause.dep_ in ("acl", "ccomp", "relcl") and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                return self.span_of(list(clause.subtree))
        return None

    def _for_object(self, token, preps=("for",)):
        for prep in self.children(token, "prep"):
            if prep.lower_ in preps:
                for obj in self.children(prep, "pobj", "pcomp"):
                    return self.span_of(list(obj.subtree))
        return None

    def _accusation(self, verb) -> CueMatch | None:
        """'X accused Y of Z' (also 'Y, which X accused of Z'): X asserts Z, as a probable charge."""
        # the parser hangs "of Z" on the verb or on its object Y ("accuses the board of hiding losses")
        preps = self.children(verb, "prep") + [p for o in self.children(verb, "dobj") for p in self.children(o, "prep")]
        for prep in preps:
            if prep.lower_ == "of":
                target = next(iter(self.children(prep, "pcomp", "pobj")), None)
                sources = self.source_heads(verb)
                if target is None or not sources:
                    return None
                tokens = self.without_asides(target.subtree)
                tokens += self.as_well_as_tail(verb, max(t.i for t in target.subtree))
                tokens += self._gerund_object_on_cue(verb, target)
                span = self.span_of(tokens)
                if span is None:
                    return None
                # the one accused belongs to the charge: "accused the board of hiding losses" charges
                # "the board of hiding losses" (Z alone does not say who did it); not a relative
                # pronoun ("the board, which X accused of Z": the charge is Z)
                accused = next((o for o in self.children(verb, "dobj") if o.i < prep.i
                                and o.lower_ not in lexicon.RELATIVE_PRONOUNS), None)
                if accused is not None:
                    start = self.span_of(list(accused.subtree))
                    if start is not None and start[0] < span[0]:
                        span = (start[0], span[1])
                return CueMatch(self._cue_tokens(verb, full=True), Stance.ASSERTS, Certainty.PROBABLE, sources, *span)
        return self._simple(verb, Stance.ASSERTS, Certainty.PROBABLE, allow_object=False)

    def _gerund_object_on_cue(self, verb, gerund) -> list:
        """'accused the rebels of preparing, in its words, "a subversive plot"': a charge's gerund left
        without its object, whose object the parser hung on the cue verb past a comma-set aside; the
        charge runs on through that object."""
        if gerund.tag_ != "VBG" or self.children(gerund, "dobj", "ccomp", "xcomp", "attr"):
            return []
        end = gerund.right_edge.i
        obj = next((o for o in self.children(verb, "dobj") if o.i > end), None)
        if obj is None:
            return []
        doc = verb.doc
        between = doc[end + 1:obj.left_edge.i]
        aside = [t for t in between if not t.is_punct]
        # only punctuation, or a phrase set off by commas ("in its words", "he said") between them
        if aside and not (doc[end + 1].text == "," and any(t.text == "," for t in between[1:])):
            return []
        return list(doc[end + 1:obj.right_edge.i + 1])

    def _plea(self, verb) -> CueMatch | None:
        """'X pleaded not guilty to charges that he stole timber': X denies S (the charge's clause, or
        the charges); 'pleaded guilty to fraud' confirms it. Other pleas ('pleaded for calm') are no plea
        of guilt and give nothing here."""
        verdict = next((c for c in self.children(verb, "acomp", "advmod", "oprd") if c.lower_ in ("guilty", "innocent")), None)
        sources = self.source_heads(verb)
        if verdict is None or not sources:
            return None
        denied = verdict.lower_ == "innocent" or self.negated(verb) or any(c.dep_ == "neg" for c in verdict.children)
        charge = next((o for p in [*self.children(verdict, "prep"), *self.children(verb, "prep")] if p.lower_ == "to"
                       for o in self.children(p, "pobj", "pcomp")), None)
        if charge is None:
            return None
        span = self.claim_clause(charge) if word_in(charge, lexicon.CLAIM_NOUNS) else None
        span = span or self.span_of(self.without_asides(charge.subtree))
        if span is None:
            return None
        return CueMatch([verb, verdict], Stance.DENIES if denied else Stance.CONFIRMS, Certainty.CERTAIN, sources, *span)

    def _blame(self, verb) -> CueMatch | None:
        """'X blamed Y for Z': as with 'X accused Y of Z', X charges Y with Z, and "Y for Z" is the
        content (a probable charge); 'X blamed Z on Y' keeps both, "Z on Y", since Z alone names no charge;
        'X blamed Y' alone names Y."""
        # (a gerund object may come parsed as an xcomp: "blames shelling by the army for the deaths")
        obj = next(iter(self.children(verb, "dobj")), None) or next(
            (c for c in self.children(verb, "xcomp") if c.tag_ == "VBG" and c.i == verb.i + 1), None)
        sources = self.source_heads(verb)
        if obj is None or not sources or obj.lower_ in lexicon.RELATIVE_PRONOUNS:
            return None
        # the parser hangs the for- or on-phrase on the verb or on its object Y
        preps = [p for p in [*self.children(verb, "prep"), *(c for t in obj.subtree for c in self.children(t, "prep"))]
                 if p.lower_ in ("for", "on") and p.i > obj.i]
        charge = next((o for p in preps if p.lower_ == "for" for o in self.children(p, "pobj", "pcomp")), None)
        if charge is not None:
            # as with an accusation, the one blamed belongs to the charge: "blamed the rebels for the
            # strike" charges "the rebels for the strike" (Z alone does not say who did it)
            # ("blaming each other for the delay": a reciprocal names no one; the charge stays Z)
            reciprocal = obj.lower_ in ("other", "another") and obj.left_edge.lower_ in ("each", "one")
            tokens = list(verb.doc[obj.left_edge.i:charge.right_edge.i + 1]) if obj.i < charge.i and not reciprocal \
                else list(charge.subtree)
        elif preps:
            last = max(t.i for p in preps for t in p.subtree)
            tokens = list(verb.doc[obj.left_edge.i:last + 1])
        else:
            # "X blamed the police" (for what the text has just said): who is blamed is the charge,
            # without a relative clause set off after it ("the police, which he said causes violence")
            tokens = [t for t in obj.subtree if not any(t in r.subtree for r in self.children(obj, "relcl", "acl")
                                                         if r.left_edge.i > obj.i)]
        span = self.span_of(self.without_asides(tokens))
        if span is None:
            return None
        return CueMatch(self._cue_tokens(verb, full=True), Stance.ASSERTS, Certainty.PROBABLE, sources, *span)

    # ---- intent, requests and judgements ------------------------------------------------
    def _intent(self, verb, lemma) -> CueMatch | None:
        """'X plans to close the border', 'X vowed that S', 'X urged Y to Z', 'X demanded NP':
        what the holder intends or asks for is the content (asserted as the holder's aim)."""
        sources = self.source_heads(verb)
        if not sources or self.is_passive(verb) or not (self._agentive(sources[0]) or self._body_vows(verb, sources[0])):
            return None
        certainty = lexicon.ASSERTION_VERBS.get(lemma, Certainty.CERTAIN)
        complement = self.children(verb, "ccomp")
        if lemma == "ask" and not any(c.dep_ == "aux" and c.lower_ == "to" for k in self.children(verb, "xcomp", "ccomp")
                                      for c in k.children):
            return None  # "asked Y to do Z" is a request; "asked whether S" a question, no claim
        if lemma in ("ask", "request") and any(k.lemma_.lower() in ("name", "identify", "quote") and self.negated(k)
                                               for k in self.children(verb, "xcomp", "ccomp")):
            return None  # "a resident, who asked not to be named": a condition of speaking, no claim
        if complement and lemma not in ("want", "plan", "aim", "seek", "prefer", "ask"):
            span = self.span_of(self._clause_tokens(complement[0], verb))
        else:
            infinitive = next((c for c in self.children(verb, "xcomp") if c.pos_ in ("VERB", "AUX")), None)
            if infinitive is None and complement and complement[0].pos_ in ("VERB", "AUX"):
                infinitive = complement[0]  # "urged supporters to vote", parsed as a clause
            if infinitive is None and lemma in lexicon.DIRECTIVE_VERBS:
                inner = self._infinitive_in_object_clause(verb)
                if inner is not None:
                    # "urged firms that bought goods from the plant to pay the families": the
                    # parser hung the infinitive inside the object's relative clause
                    span = self.span_of([t for o in self.children(verb, "dobj") for t in o.subtree])
                    return CueMatch([verb], Stance.ASSERTS, certainty, sources, *span) if span else None
            tokens = []
            if infinitive is not None:
                tokens = list(infinitive.subtree) + self._infinitive_conjuncts(verb, infinitive)
                if lemma in lexicon.DIRECTIVE_VERBS | lexicon.INSTRUCTING_VERBS:
                    tokens += [t for o in self.children(verb, "dobj") for t in o.subtree]
            elif lemma in ("demand", "propose", "offer", "promise", "pledge", "urge"):
                # (not "seek": "exiles seek support" names a want, no claim; "seek to V" stays above)
                objects = self.children(verb, "dobj")
                if lemma == "urge" and any(self._agentive(o, strict=True) or o.lower_ in lexicon.RELATIVE_PRONOUNS
                                           for o in objects):
                    return None  # "urged restraint" asks for it; "urged the council" alone asks nothing named
                if any(c.lower_ == "no" for o in objects for c in o.children):
                    return None  # "offered no proof", "promised nothing new": no aim is stated
                tokens = [t for o in objects for t in o.subtree]
            if not tokens:
                return None
            span = self.span_of(tokens)
        if span is None:
            return None
        return CueMatch([verb], Stance.ASSERTS, certainty, sources, *span)

    def _infinitive_in_object_clause(self, verb):
        """The to-infinitive closing the relative clause of a directive's object ('urged firms that
        bought goods to pay'), which the parser hangs on the relative verb; None when there is none."""
        for obj in self.children(verb, "dobj"):
            for relcl in self.children(obj, "relcl"):
                last = max(relcl.subtree, key=lambda t: t.i)
                for c in self.children(relcl, "advcl", "xcomp"):
                    if c.i > relcl.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and \
                            max(t.i for t in c.subtree) == last.i and c.left_edge.i > relcl.i + 1:
                        return c
        return None

    def _body_vows(self, verb, subject) -> bool:
        """'The army ... It vows to rescue the villagers': "it" for a body, with a verb only a body
        that acts can have (not "it promises to be a long night", not "it aims to cut costs", where
        "it" may be a plan)."""
        infinitive = next((c for c in self.children(verb, "xcomp") if c.pos_ in ("VERB", "AUX")), None)
        return (subject.lower_ == "it" and verb.dep_ != "relcl" and verb.lemma_.lower() in lexicon.PLEDGE_VERBS
                and infinitive is not None and infinitive.lemma_.lower() != "be")

    def _perception_report(self, verb) -> CueMatch | None:
        """'Witnesses reported hearing gunfire through the night', 'described seeing armed men enter
        the village', 'recalled hearing explosions': an account of what the source saw or heard, whose
        content is the gerund and what it perceived (the tagger often reads 'hearing' as a noun
        modifying the object)."""
        if self.negated(verb) or self.is_passive(verb):
            return None
        tokens = []
        gerund = next((c for c in self.children(verb, "xcomp") if c.lower_ in lexicon.PERCEPTION_GERUNDS), None)
        if gerund is not None:
            tokens = list(gerund.subtree)
        else:
            obj = next((o for o in self.children(verb, "dobj") if o.left_edge.lower_ in lexicon.PERCEPTION_GERUNDS), None)
            if obj is not None:
                tokens = list(obj.subtree) + self._trailing_preps(verb, obj)
        sources = self.source_heads(verb)
        span = self.span_of(tokens) if tokens else None
        if not sources or span is None:
            return None
        return CueMatch([verb], Stance.ASSERTS, Certainty.CERTAIN, sources, *span)

    def _infinitive_conjuncts(self, verb, infinitive) -> list:
        """'vowed to cut taxes, raise wages and end the war', 'hopes to meet and exceed the goal':
        one "to" shared by conjoined infinitives, which the parser hangs on the cue verb. A bare
        base form (or a plain present after a cue in another form) without a subject of its own cannot be a
        second finite verb of the cue's subject ('vowed ... raise'), so it is the infinitive's."""
        tokens, last = [], max(t.i for t in infinitive.subtree)
        candidates = self.children(verb, "conj", "advcl")
        # "X spoke, promising to meet and in some cases exceed the goal": after a participle the parser
        # may hang the second infinitive on the sentence's verb, whose tense it does not share
        participle = verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.tag_ in ("VBD", "VBZ")
        if participle:
            candidates += [c for c in self.children(verb.head, "conj") if c.i > infinitive.i]
        for conj in sorted(candidates, key=lambda t: t.i):
            if conj.i < infinitive.i or self.children(conj, "nsubj", "nsubjpass"):
                continue
            if conj.dep_ == "advcl" and any(c.dep_ in ("mark", "aux") for c in conj.children):
                continue  # (a bare base form parsed as an adverbial: "vowed to X, hire Y and Z")
            # (a plain present after a cue of another tense, "promised to meet and ... exceed", is
            # no second verb of the cue's subject either: it would have to share the cue's tense)
            bare = conj.tag_ == "VB" or (conj.tag_ == "VBP" and (verb.tag_ in ("VBZ", "VBD", "VBG", "VBN") or participle))
            between = verb.doc[last + 1:conj.left_edge.i]
            if not bare or any(not (t.is_punct or t.dep_ == "cc") for t in between):
                break
            tokens += [*between, *conj.subtree]
            last = max(t.i for t in conj.subtree)  # (its subtree holds the rest: "grow X and create Y")
        return tokens

    def _call_for(self, verb) -> CueMatch | None:
        """'X called for NP', 'X called for Y to Z' and 'X called on Y to Z': a request, whose
        content is what is asked."""
        if any(o.ent_type_ not in ("DATE", "TIME") for o in self.children(verb, "dobj")):
            return None  # "called it a dark day for the country" is a label ("called Friday for" is not)
        # "X called for Y to do Z", parsed as a for-marked clause of its own
        for clause in self.children(verb, "advcl"):
            mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "for"), None)
            sources = self.source_heads(verb)
            # (the clause's subject may come hung on "for" itself: 'called for "all members" to V')
            if mark is not None and (self.children(clause, "nsubj", "nsubjpass") or self.children(mark, "pobj")) \
                    and sources and self._agentive(sources[0]):
                span = self.span_of([t for t in clause.subtree if t.i > mark.i])
                if span is not None:
                    return CueMatch([verb, mark], Stance.ASSERTS, Certainty.CERTAIN, sources, *span)
        # ("on" may come parsed as a particle: "called on police to release the videos")
        for prep in self.children(verb, "prep", "prt"):
            if prep.lower_ not in ("for", "on", "upon"):
                continue
            objects = self.children(prep, "pobj", "pcomp")  # "called for reducing the rate"
            tokens = [t for o in objects for t in o.subtree]
            if not objects and prep.lower_ == "for":
                # "called for bonuses to be clawed back": the asked-for clause hung on the verb
                tokens = [t for c in self.children(verb, "ccomp", "xcomp") if c.i > prep.i for t in c.subtree]
            elif objects and prep.lower_ == "for" and (self._agentive(objects[0], strict=True) or (
                    objects[0].tag_ == "NNS" and objects[0].right_edge.i == objects[0].i)):
                # "called for the government to stop the raids": the infinitive the parser hung on
                # the verb, right after an object that can act, is what it is asked to do ("called
                # for an end to the strike to save jobs" gives a purpose, not a request); so after a
                # bare plural ("called for contestants to wear badges", "for talks to resume")
                end = max(t.i for t in tokens)
                tokens += [t for c in self.children(verb, "advcl", "xcomp") if c.left_edge.i == end + 1
                           and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for t in c.subtree]
            if prep.lower_ != "for":
                later = [c for c in [*verb.children, *(c for o in objects for c in o.children)]
                         if c.dep_ in ("xcomp", "acl", "relcl") and c.i > prep.i]
                if not later:
                    return None  # "called on the families" is a visit, not a request
                tokens += [t for c in later for t in c.subtree]
            sources = self.source_heads(verb)
            if not tokens or not sources or not self._agentive(sources[0]):
                return None
            # "called for new elections if the talks fail": the condition is part of what is asked
            # (as in "urged members to strike if the talks fail"), though the parser hangs it on the verb
            end = max(t.i for t in tokens)
            tokens += [t for c in self.children(verb, "advcl") if c.i > end and any(
                m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children) for t in c.subtree]
            span = self.span_of(tokens)
            if span is None:
                return None
            return CueMatch([verb, prep], Stance.ASSERTS, Certainty.CERTAIN, sources, *span)
        return None

    def _adduced(self, verb) -> CueMatch | None:
        """'X cited the closures as proof of neglect': the thing put forward, with what it is put
        forward as."""
        match = self._criticism(verb)
        objects = [o for o in self.children(verb, "dobj") if o.lower_ not in lexicon.RELATIVE_PRONOUNS]
        if match is None or not objects:
            return match
        label = [t for p in self.children(verb, "prep") if p.lower_ == "as" and p.i > objects[0].i for t in p.subtree]
        if label:
            match.content_end = max(match.content_end, max(t.idx + len(t.text) for t in label))
        return match

    def _criticism(self, verb) -> CueMatch | None:
        """'X criticized the decision', 'X condemned the raid as reckless': the judged thing is the content."""
        if self.is_passive(verb):
            return None
        sources = self.source_heads(verb)
        objects = [o for o in self.children(verb, "dobj") if o.lower_ not in lexicon.RELATIVE_PRONOUNS]
        if not sources or not objects or not self._agentive(sources[0]):
            return None
        span = self.span_of(self._without_channel_phrases(objects[0]) + self._trailing_preps(verb, objects[0]))
        if span is None:
            return None
        return CueMatch([verb], Stance.ASSERTS, Certainty.CERTAIN, sources, *span)

    def nominal_request(self, noun) -> CueMatch | None:
        """'an appeal by the traders for a longer season', 'the union's call for a shorter week', 'renewed
        her plea for calm': a request named by its noun; who makes it (the by- or from-phrase, or the
        possessor) asks for what the for-phrase names. Intents named by a noun take an infinitive
        instead: 'threats by the police to arrest anyone', 'his directive to wear black', 'her pledge
        to rebuild the bridge'."""
        lemma = noun.lemma_.lower()
        maker = next((o for p in self.children(noun, "prep") if p.lower_ in ("by", "from")
                      for o in self.children(p, "pobj")), None)
        if maker is None and lemma in lexicon.REQUEST_NOUNS_WITH_POSSESSOR | lexicon.INTENT_NOUNS:
            maker = next(iter(self.children(noun, "poss")), None)  # not "the city's appeal for tourists"
        if maker is None or not self._agentive(maker):
            return None
        target = None
        if lemma in lexicon.INTENT_NOUNS:
            target = next((c for c in self.children(noun, "acl") if c.i > maker.i and c.pos_ in ("VERB", "AUX")
                           and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
        if target is None and lemma in lexicon.REQUEST_NOUNS:
            preps = [p for p in self.children(noun, "prep") if p.lower_ == "for"]
            if not preps and noun.dep_ == "dobj":
                # "renewed her plea for calm": the parser hangs the for-phrase on the verb, right after the noun
                preps = [p for p in self.children(noun.head, "prep") if p.lower_ == "for" and p.i == noun.right_edge.i + 1]
            target = next((o for p in preps for o in self.children(p, "pobj", "pcomp")), None)
        if target is None or maker.i > target.i:
            return None  # "pleas for rescue by the army": the by-phrase after the for-phrase is whose rescue
        span = self.span_of(self.without_asides(target.subtree))
        if span is None:
            return None
        return CueMatch([noun], Stance.ASSERTS, Certainty.CERTAIN, [maker], *span)

    # ---- claims named by a noun ------------------------------------------------------------
    def nominal_cue(self, noun) -> CueMatch | None:
        """'Halloran's claim that S', 'the announcement by X that S': the noun is the cue, its
        possessor or by-phrase the source, its that-clause the content."""
        stance_name = lexicon.NOMINAL_CUES.get(noun.lemma_.lower())
        if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in lexicon.CUE_LEMMAS:
            return None  # "X said in a report released Tuesday that S": the report is X's channel
        source = next(iter(self.children(noun, "poss")), None)
        # (a report standing for itself carries only a that-clause: "denied rumors he was ill" is the
        # denial's content, not a claim the rumors make)
        self_sourced = source is None and not any(p.lower_ in ("by", "from") for p in self.children(noun, "prep"))
        span = self.claim_clause(noun, thatless=not self_sourced) if stance_name else None
        if span is None:
            return None
        if source is None:
            source = next((o for p in self.children(noun, "prep") if p.lower_ in ("by", "from")
                           for o in self.children(p, "pobj")), None)
        if source is None:
            # "United Nations allegations that S", "Kremlin claims that S": a name before the claim
            # noun is who makes the claim (a common noun is not: "media reports", "police reports"
            # name the reports, which speak for themselves below)
            source = next((m for m in self.children(noun, "compound") if m.i < noun.i
                           and (m.ent_type_ in ("ORG", "GPE", "PERSON", "NORP") or m.pos_ == "PROPN")), None)
        if source is None and noun.lemma_.lower() in lexicon.SELF_SOURCED_CLAIM_NOUNS:
            source = noun  # "The denial follows reports that S": the reports say S
        elif source is None or not (self._agentive(source, strict=True) or self._plural_maker(noun, source)):
            return None
        stance = Stance(stance_name)
        certainty = lexicon.ASSERTION_VERBS.get(noun.lemma_.lower(), Certainty.CERTAIN)
        if noun.lemma_.lower() in ("allegation", "accusation", "charge", "suggestion", "belief", "contention"):
            certainty = Certainty.PROBABLE
        return CueMatch([noun], stance, certainty, self.coordinated(source), *span)

    def tally(self, verb) -> CueMatch | None:
        """'The agency has recorded only 412 cases', 'monitors documented at least 30 attacks',
        'police reported at least 20 injured': a counter's figure (a numbered object) is its claim;
        'the band recorded an album' is not."""
        objects = self.children(verb, "dobj")
        if not objects and verb.lemma_.lower() == "report":
            # "the campaign reported raising $9 million": a gerund whose numbered object is the figure
            objects = [x for x in self.children(verb, "xcomp") if x.tag_ == "VBG" and self.children(x, "dobj")]
        if not objects or self.is_passive(verb) or not any(t.like_num for t in objects[0].subtree):
            return None
        sources = self.source_heads(verb)
        if not sources or not self._agentive(sources[0]):
            return None
        span = self.span_of(list(objects[0].subtree) + self._trailing_preps(verb, objects[0]))
        if span is None:
            return None
        return CueMatch([verb], Stance.ASSERTS, Certainty.CERTAIN, sources, *span)

