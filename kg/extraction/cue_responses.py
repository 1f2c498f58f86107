"""Cue rules for a source's stance on a claim, a label or an account: labels (`X called it Z`,
`X described Y as Z`, `Y was denounced as Z by X`, `X dismissed Y as false`), rejections of a claim
noun (`X dismissed reports that S`, `X hit back at Y's accusation that S`), claims questioned or
challenged (`X questioned the figures`, `X challenged the claim that S`), accounts given with light
verbs (`X gave a death toll of 69`, `X put the toll at nine`, `X cast doubt on NP`) and the
newsroom's `no independent confirmation of NP`. The rest of the constructions are in
`cue_constructions`, the line-layout ones in `cue_lines`.
"""
from __future__ import annotations

from ..model import Certainty, Stance
from . import lexicon
from .cue_grammar import CueMatch, word_in
from .cue_lines import LineRules
from .cue_relatives import RelativeRules


class ResponseRules(LineRules, RelativeRules):
    """The rules by which a source labels, rejects, questions or gives an account of a claim."""

    def given_account(self, verb) -> CueMatch | None:
        """Accounts given as objects of light verbs: 'X gave a death toll of 69' and 'X put the
        toll at nine' assert the figure; 'X gave no further details' does not confirm them;
        'X cast doubt on NP' disputes NP."""
        lemma = verb.lemma_.lower()
        objects = self.children(verb, "dobj")
        if not objects or self.is_passive(verb):
            return None
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon.REFUSAL_VERBS:
            return None  # "declined to give a figure for the dead": the refusal rule's, no figure given
        obj = objects[0]
        noun = obj.lemma_.lower()
        sources = self.source_heads(verb)
        if not sources and verb.dep_ == "conj" and noun in lexicon.ACCOUNT_NOUNS and verb.head.dep_ == "ccomp" and (
                verb.head.head.lemma_.lower() in lexicon.CUE_LEMMAS) and any(c.lower_ == "no" for c in obj.children):
            # "X confirmed that S but gave no details": the parser hangs the second verb on the
            # reported clause's verb; the one who gave no details is the speaker
            sources = self.source_heads(verb.head.head)
        if not sources or not self._agentive(sources[0], strict=True):
            return None  # "the strike ... gave no details": a misparse, not a source
        if lemma in ("cast", "throw") and noun == "doubt":
            target = next((o for p in self.children(verb, "prep") if p.lower_ in ("on", "upon")
                           for o in self.children(p, "pobj")), None)
            span = self.span_of(list(target.subtree)) if target is not None else None
            return CueMatch([verb, obj], Stance.DENIES, Certainty.CERTAIN, sources, *span) if span else None
        if noun not in lexicon.ACCOUNT_NOUNS:
            return None
        # "gave no further details", and "have not released any casualty figures"
        # ("did not give details", "has not provided information": a bare plural or mass noun too)
        refused = any(c.lower_ == "no" for c in obj.children) or (self.negated(verb) and (
            any(c.lower_ in ("any", "a") for c in obj.children)
            or (obj.tag_ in ("NNS", "NN") and not any(c.dep_ in ("det", "poss", "nummod") for c in obj.children))))
        if lemma not in ("give", "provide", "offer", "put", "release", "issue", "publish", "have") or (
                refused and lemma == "put") or (lemma == "have" and not refused):
            # ("had no details on S", "did not have information about S": no account to give)
            return None
        tokens = list(obj.subtree)
        if lemma == "put":  # "put the toll at nine"
            at = next((p for p in self.children(verb, "prep") if p.lower_ == "at" and p.i > obj.i), None)
            if at is None:
                return None
            # "put the death toll from the protests at five": what the toll counts, hung on the verb
            # between the object and the figure, belongs to the account
            tokens += [t for p in self.children(verb, "prep") if obj.i < p.i < at.i and p.lower_ in ("from", "of", "in", "for")
                       for t in p.subtree] + list(at.subtree)
            # "put the toll at four soldiers, with two others injured": a with-phrase of figures after
            # a comma gives more of the same account ("..., with the help of the police" does not)
            last = max(t.i for t in tokens)
            # (also "..., including two policemen": the part of the figure it names)
            tokens += [t for p in self.children(verb, "prep") if p.lower_ in ("with", "including") and p.i == last + 2
                       and self.doc[last + 1].text == "," and any(k.like_num for k in p.subtree)
                       for t in [self.doc[last + 1], *p.subtree]]
        elif not refused and not any(c.dep_ == "prep" or c.like_num or c.dep_ == "nummod" for c in obj.subtree):
            return None  # "gave an account" with nothing in it is no claim
        topic = next((o for owner in (obj, verb) for p in self.children(owner, "prep")
                      if p.lower_ in ("on", "about", "of", "regarding", "concerning") and p.i > obj.i
                      for o in self.children(p, "pobj", "pcomp")), None) if refused else None
        # ("gave no details on when the port would reopen": a wh-clause as the topic)
        if topic is None and lemma == "have" and not self.children(obj, "prep"):
            return None  # "police had no comment since S": nothing named that is left unknown
        if topic is not None:
            # "gave no details on the number of casualties": what is left unconfirmed is the topic
            span = self.span_of(list(topic.subtree))
        else:
            span = self.span_of([t for t in tokens if not (refused and t.lower_ in ("no", "any", "a") and t.head == obj)])
        if span is None:
            return None
        stance = Stance.DOES_NOT_CONFIRM if refused else Stance.ASSERTS
        cue = [verb, obj] if not refused else self._cue_tokens(verb, full=True)
        return CueMatch(cue, stance, Certainty.CERTAIN, sources, *span)

    def no_confirmation(self, noun) -> CueMatch | None:
        """'There was no independent confirmation of the report': the newsroom cannot verify it."""
        if noun.lemma_.lower() not in ("confirmation", "verification") or not any(
                c.lower_ == "no" for c in noun.children):
            return None
        if noun.dep_ not in ("attr", "nsubj", "dobj"):
            return None
        target = next((o for p in self.children(noun, "prep") if p.lower_ in ("of", "for")
                       for o in self.children(p, "pobj", "pcomp")), None)
        if target is None:
            return None
        span = self.span_of(list(target.subtree))
        if span is None:
            return None
        cue = [t for t in noun.subtree if t.i <= noun.i]
        return CueMatch(cue, Stance.CANNOT_VERIFY, Certainty.CERTAIN, [], *span, publisher_is_source=True)

    def no_means_to_verify(self, verb) -> CueMatch | None:
        """'The agency said it had no way of verifying the figures', 'X has no means to confirm S': the
        holder of "no way" cannot verify what the verb's object or clause says."""
        noun = verb.head.head if verb.dep_ == "pcomp" else verb.head if verb.dep_ in ("acl", "relcl") else None
        if noun is None or noun.lemma_.lower() not in ("way", "means") or not any(c.lower_ == "no" for c in noun.children):
            return None
        if verb.dep_ == "pcomp" and verb.head.lower_ != "of":
            return None
        have = noun.head
        if noun.dep_ != "dobj" or have.lemma_.lower() != "have":
            return None
        sources = self.source_heads(have)
        target = self.complement(verb) or next(iter(self.children(verb, "dobj")), None)
        span = self.span_of(list(target.subtree)) if target is not None else None
        if not sources or span is None:
            return None
        cue = sorted([have, noun, *[c for c in noun.children if c.lower_ == "no"], verb], key=lambda t: t.i)
        return CueMatch(cue, Stance.CANNOT_VERIFY, Certainty.CERTAIN, sources, *span)

    def no_comment_from(self, noun) -> CueMatch | None:
        """'There was no immediate comment from the army', 'no comment from X on the report': X did
        not answer (a refusal to confirm, as "X declined to comment"); its content is the topic named
        ("on the report"), else the comment itself."""
        if noun.lemma_.lower() != "comment" or not any(c.lower_ == "no" for c in noun.children):
            return None
        if noun.dep_ not in ("attr", "nsubj", "dobj"):
            return None
        maker = next((o for p in self.children(noun, "prep") if p.lower_ == "from" for o in self.children(p, "pobj")), None)
        if maker is None or not self._agentive(maker):
            return None
        topic = next(iter(self.topics(noun)), None)
        span = self.span_of(list(topic.subtree) if topic is not None else [noun])
        if span is None:
            return None
        cue = [t for t in noun.subtree if t.i <= noun.i]
        return CueMatch(cue, Stance.DOES_NOT_CONFIRM, Certainty.CERTAIN, self.coordinated(maker), *span,
                        extra={"unstated_topic": topic is None})

    def left_unclear(self, adjective) -> CueMatch | None:
        """'It is unclear who built the tunnels', 'It was not clear whether the minister had resigned':
        the newsroom saying it cannot tell, about the wh- or whether-clause (the corpus guide: the
        publisher cannot verify it). Not 'the rules are unclear' (no question is left open)."""
        be = adjective.head
        if adjective.dep_ != "acomp" or be.lemma_.lower() not in ("be", "remain"):
            return None
        if adjective.lower_ in lexicon.CLEAR_ADJECTIVES and not self.negated(be):
            return None  # "clear" only negated ("not clear")
        if adjective.lower_ in lexicon.UNCLEAR_ADJECTIVES and self.negated(be):
            return None  # "it is not unclear": a litotes, no question left
        if not any(c.lower_ == "it" for c in self.children(be, "nsubj", "expl")):
            return None
        clause = next((c for c in [*self.children(be, "ccomp"), *self.children(adjective, "ccomp")]
                       if c.left_edge.lower_ in ("whether", "if") or c.left_edge.tag_ in ("WRB", "WP", "WDT")
                       or c.left_edge.lower_ in ("to", "how")), None)
        span = self.span_of(list(clause.subtree)) if clause is not None else None
        if span is None:
            return None
        cue = [be, *self.own_children(be, "neg"), adjective]
        return CueMatch(cue, Stance.CANNOT_VERIFY, Certainty.CERTAIN, [], *span, publisher_is_source=True)

    def _label(self, verb) -> CueMatch | None:
        """'X called it Z', 'X criticized Y as Z', 'Y was denounced as Z by X'."""
        passive = self.is_passive(verb)
        complement = None
        objects = [c for c in self.children(verb, "dobj") if c.lower_ not in lexicon.RELATIVE_PRONOUNS]
        if len(self.children(verb, "dobj")) >= 2 and objects:
            complement = objects[-1]  # "which X called an act of arson"
        elif objects and objects[0].lower_ in ("it", "them", "this", "that"):
            end = objects[0].idx + len(objects[0].text)
            quote = next((q for q in self.quotes if 0 <= q.outer_start - end <= 2), None)
            if quote is not None:  # "calling it “the first evidence ...”"
                sources = self.source_heads(verb)
                span = self.trim(quote.start, quote.end)
                if sources and span and any(w.lower().strip(".,!?") in lexicon.FALSITY_WORDS
                                            for w in self.text[span[0]:span[1]].split()):
                    # "calling it “baseless propaganda”": a denial of what "it" stands for (the
                    # claim just reported, resolved with the other pointing-back contents)
                    return CueMatch([verb], Stance.DENIES, Certainty.CERTAIN, sources,
                                    objects[0].idx, objects[0].idx + len(objects[0].text))
                if sources and span:
                    return CueMatch([verb], Stance.ASSERTS, Certainty.CERTAIN, sources, *span, quote=quote)
        elif verb.lemma_.lower() == "call" and not passive and (
                named := objects[0] if objects else next((c for c in verb.children if c.dep_ == "oprd"), None)) is not None:
            # "The Courier has called Holm “the man the mayor fears most”": a quoted label right
            # after a named object (the parser reads the quote as a clause, and the object may come
            # parsed as the label): what X called Y, with Y
            end = named.right_edge.idx + len(named.right_edge.text)
            quote = next((q for q in self.quotes if 0 <= q.outer_start - end <= 2), None)
            if any(c.dep_ == "oprd" and c.i != named.i for c in verb.children):
                quote = None  # 'calling the test "a clear violation" of the treaty': the label is parsed; below
            sources = self.source_heads(verb)
            if quote is not None and sources and not any(
                    w.lower().strip(".,!?") in lexicon.FALSITY_WORDS for w in self.text[quote.start:quote.end].split()):
                span = self.trim(named.left_edge.idx, quote.end)
                if span:
                    return CueMatch([verb], Stance.ASSERTS, Certainty.CERTAIN, sources, *span)
            label_end = self._quoted_label_end(verb, named) if quote is None and sources and not any(
                c.dep_ == "oprd" for c in verb.children) else None
            if label_end is not None:
                span = self.trim(named.left_edge.idx, label_end)
                if span:
                    return CueMatch([verb], Stance.ASSERTS, Certainty.CERTAIN, sources, *span)
        # "dismissed the story as gossip": the parser may hang the as-phrase on the object
        as_on_object = [c for o in objects[:1] for c in o.children if c.dep_ == "prep" and c.lower_ == "as"]
        for c in [*verb.children, *as_on_object]:
            if c.dep_ == "oprd" and c.ent_type_ not in ("DATE", "TIME"):
                complement = c  # ("called Friday for Y": a day is when, not what it was called)
            elif (c.dep_ == "npadvmod" and objects and c.i > objects[0].i and c.pos_ == "NOUN"
                  and c.ent_type_ not in ("DATE", "TIME") and verb.lemma_.lower() in lexicon.NAMING_VERBS):
                complement = c  # "labeled the vote a farce": the label parsed as an adverbial noun
            elif c.dep_ == "prep" and c.lower_ == "as":
                objs = self.children(c, "pobj")
                complement = objs[0] if objs else None
                if (complement is not None and passive) or (complement is None and list(c.children)):
                    complement = c  # "described the plan as overly optimistic": no pobj under 'as'
            elif c.dep_ == "advcl" and complement is None and any(
                    m.dep_ == "mark" and m.lower_ == "as" for m in c.children) and not self.children(
                    c, "nsubj", "nsubjpass", "expl"):
                # "dismissed the reports as fabricated"; an as-clause with a subject of its own is
                # a time or reason ("condemned the launch as the army fired three more")
                complement = c

        if complement is None and objects and not passive:
            # 'called the accusations "baseless and absurd"': the parser hangs a label of coordinated
            # adjectives after the object on the object itself, as its modifier; taken only when the
            # label calls the object false (a denial, below)
            complement = next((c for c in objects[0].children if c.dep_ == "amod" and c.i > objects[0].i
                               and any(k.dep_ == "conj" for k in c.children)
                               and any(t.lower_ in lexicon.FALSITY_WORDS for t in c.subtree)), None)
        if complement is None:
            return None
        if verb.dep_ == "relcl" and not self.children(verb, "dobj", "nsubjpass"):
            return None  # "a figure the group described as preliminary": a label, not a claim
        sources = self.source_heads(verb)
        if not sources:
            return None
        denial = self._labelled_false(verb, complement, passive)
        if denial is not None:
            return CueMatch([verb], Stance.DENIES, Certainty.CERTAIN, sources, *denial)
        if passive:
            subject_span = self._passive_subject_span(verb)
            by_phrase = [t for s in sources for t in s.subtree] + [s.head for s in sources]
            end_span = self.span_of(list(complement.subtree), exclude=by_phrase)
            if subject_span is None or end_span is None:
                return None
            span = (subject_span[0], end_span[1])
        else:
            tokens = [t for t in complement.subtree if not (t.i == complement.i and t.dep_ == "prep")
                      and not (t.dep_ == "mark" and t.lower_ == "as")]
            # "called it a dark day for the country": the parser hangs the of/for-phrase on the verb
            last = max(t.i for t in complement.subtree)
            for prep in self.children(verb, "prep"):
                if (prep.i == last + 1 and prep.lower_ in ("for", "of", "to", "against", "toward", "towards", "in", "at")
                        and not any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree)):
                    tokens += list(prep.subtree)
            span = self.span_of(tokens)
            if span is None:
                return None
            # "called half of the crowd 'deplorables'", "labelled some activists as terrorists":
            # what is labelled belongs to the claim (a pronoun object adds nothing: "called it Z")
            named = next((o for o in objects if o is not complement and o.lower_ not in ("it", "them", "this", "that")
                          and o.i < complement.i), None)
            start = self.span_of(list(named.subtree)) if named is not None else None
            if start is not None and start[0] < span[0]:
                span = (start[0], span[1])
        certainty = lexicon.ASSERTION_VERBS.get(verb.lemma_.lower(), Certainty.CERTAIN)
        return CueMatch([verb], Stance.ASSERTS, certainty, sources, *span)

    def _quoted_label_end(self, verb, named) -> int | None:
        """'X called his rival's budget "a step backward for the schools"', 'X called a report
        suggesting Y "outrageous"': a quoted label after a named object that the parser tore
        apart (the quote hung on the object's modifiers or read as a clause). The end of the label
        when the first quote mark after the object opens a label of one to twelve words that
        closes in the sentence, with no coordinator of the verb, comma or colon before it (not
        'called the hotel and asked for "a quiet room"', 'called him on Sunday, saying "Q"')."""
        if any(c.dep_ == "prt" for c in verb.children):
            return None  # "searches call up references to \"Q\"": a phrasal verb, no label
        # (the closing mark after a final full stop may be parsed into a sentence of its own)
        stop = min(verb.sent.end + 1, len(verb.doc))
        marks = [t for t in verb.doc[named.i + 1:stop] if t.text in ('"', "\u201c", "\u201d", "``", "''")]
        if len(marks) < 2 or marks[0].i >= verb.sent.end:
            return None
        opening, closing = marks[0], marks[1]
        between = verb.doc[named.i + 1:opening.i]
        inside = {t.i for t in named.subtree}  # (an apposition's commas: "called Lind, his rival, a \"fool\"")
        if len(between) > 15 or any(t.text in (",", ";", ":", "(", "\u2014", "--") and t.i not in inside for t in between):
            return None
        if any(t.dep_ == "cc" and t.head.i == verb.i for t in between):
            return None
        if any(t.tag_ == "TO" and t.head.dep_ in ("xcomp", "advcl") and t.head.head.i == verb.i for t in between):
            return None  # "called the mayor to complain": a summons, not a label
        label = [t for t in verb.doc[opening.i + 1:closing.i] if not t.is_punct]
        if not 1 <= len(label) <= 12 or any(t.lower_ in lexicon.FALSITY_WORDS for t in label):
            return None  # (a label calling a claim false is a denial: _labelled_false)
        return closing.idx + len(closing.text)

    def _labelled_false(self, verb, complement, passive):
        """'Y's denial was denounced as a lie by X', 'X dismissed the reports as fabricated': X denies Y.
        Only when Y names a claim and the label calls it false; the content is Y."""
        if not any(t.lower_ in lexicon.FALSITY_WORDS for t in complement.subtree):
            return None
        if passive:
            claim = next(iter(self.children(verb, "nsubjpass")), None)
        else:
            claim = next((c for c in self.children(verb, "dobj") if c.lower_ not in lexicon.RELATIVE_PRONOUNS), None)
        if claim is None or claim.lower_ not in lexicon.CLAIM_NOUNS | {"it", "this", "that"}:
            return None  # ("called it a lie": "it" is resolved to the claim just reported)
        label = {t.i for c in claim.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree}
        if complement.head.i == claim.i:
            label |= {t.i for t in complement.subtree}
        return self.span_of([t for t in claim.subtree if t.i not in label])

    def _thatless_clause(self, noun, clause) -> bool:
        """'denied media reports there were shootings', 'rejected claims the army killed 20 people':
        a claim noun's clause without "that", right after the noun, with a subject of its own and no
        gap for the noun to fill (not a relative clause: "the reports the ministry published")."""
        if clause.left_edge.i != noun.i + 1 or clause.pos_ not in ("VERB", "AUX"):
            return False
        if any(c.lower_ in lexicon.RELATIVE_PRONOUNS for c in clause.children):
            return False
        if self.children(clause, "expl") or self.children(clause, "nsubjpass"):
            return True
        return bool(self.children(clause, "nsubj")) and bool(
            self.children(clause, "dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"))

    def claim_clause(self, noun, *, thatless: bool = True):
        """The that-clause a claim noun carries ('reports that S', 'the accusation that S') as a span;
        with `thatless`, also a clause without "that" ('denied reports there were shootings')."""
        for clause in noun.children:
            if clause.dep_ in ("acl", "ccomp", "relcl", "appos") and clause.i > noun.i and (any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
                    or (thatless and self._thatless_clause(noun, clause))):
                # (cut as a reported clause is: "seen reports that S but did not confirm them" ends at S)
                return self.span_of(self._clause_tokens(clause, noun))
        hung = self._that_clause_hung_on_maker(noun) or self._that_clause_hung_on_verb(noun)
        if hung is not None:
            return hung
        # "allegations by officials who say S": what the claim's makers say it is
        for prep in self.children(noun, "prep"):
            if prep.lower_ in ("by", "from"):
                for maker in self.children(prep, "pobj"):
                    for says in self.children(maker, "relcl"):
                        said = self.children(says, "ccomp")
                        if says.lemma_.lower() in lexicon.ASSERTION_VERBS and said and said[0].i > says.i:
                            return self.span_of(self._clause_tokens(said[0], says))
        return None

    def rejection_of_claim(self, verb) -> CueMatch | None:
        """'X dismissed reports that S', 'X hit back at Y's accusation that S', 'X rejected claims
        that S': X denies S itself (the claim noun's clause), not the noun phrase."""
        lemma = verb.lemma_.lower()
        objects = list(self.children(verb, "dobj"))
        particle = {c.lower_ for c in self.children(verb, "prt", "advmod")}
        if lemma in ("hit", "push", "lash", "strike") and particle & {"back", "out"} or lemma in (
                "brush", "wave", "shrug") and particle & {"off", "aside", "away"} or lemma in ("scoff",):
            objects += [o for p in self.children(verb, "prep") if p.lower_ in ("at", "against")
                        for o in self.children(p, "pobj")]
        elif lemma in ("call", "label", "brand", "term", "dub"):
            # 'calling "baseless" reports that S': a label verb whose object is a claim noun the
            # speaker qualifies as false denies what the claim says
            objects = [o for o in objects if any(t.i < o.i and t.pos_ == "ADJ" and t.lower_ in lexicon.FALSITY_WORDS
                                                 for t in o.subtree)]
        elif lemma not in lexicon.DENIAL_VERBS and lemma not in lexicon.DISMISSAL_VERBS:
            return None
        for obj in objects:
            claim = obj.lower_ in lexicon.CLAIM_NOUNS or obj.lemma_.lower() in lexicon.NOMINAL_CUES
            # ("dismissed the official figures", "dismissed the doctor's credibility": a figure, a
            # finding or a claim's standing, as "challenged" takes them)
            contested = lemma == "dismiss" and word_in(obj, lexicon.CONTESTABLE_NOUNS | lexicon.ACCOUNT_NOUNS)
            if claim or contested or obj.lemma_.lower() in lexicon.PROPOSAL_NOUNS:
                span = self.claim_clause(obj) if claim else None
                if span is None and lemma == "dismiss":
                    # "dismissed the reports of looting", "dismissed the rebels' offer to talk": with no
                    # clause to deny, the claim or proposal itself is what is dismissed ("dismissed its
                    # coach" is no denial: a coach is neither)
                    label = {t.i for p in self.children(obj, "prep") if p.lower_ == "as" for t in p.subtree}
                    span = self.span_of([t for t in obj.subtree if t.i not in label])
                sources = self.source_heads(verb)
                if span is not None and sources and not self.negated(verb):
                    return CueMatch([verb, *(c for c in self.children(verb, "prt", "advmod") if c.lower_ in particle
                                             and c.i == verb.i + 1)], Stance.DENIES, Certainty.CERTAIN,
                                    sources, *span)
        return None

    def challenged_claim(self, verb) -> CueMatch | None:
        """'X challenged the election results', 'X challenged the claim that S' (a dispute of the claim
        or its clause) and 'X questioned the official figures', 'X questioned whether S' (X does not
        vouch for it). Only a claim, a figure or a claim's standing ('the credibility of the vote') as
        object: 'police questioned the driver', 'challenged him to a debate' take no stance."""
        lemma = verb.lemma_.lower()
        sources = self.source_heads(verb)
        if not sources or self.is_passive(verb) or self.negated(verb):
            return None
        stance = Stance.DENIES if lexicon.CHALLENGE_VERBS[lemma] == "denies" else Stance.DOES_NOT_CONFIRM
        clause = self.complement(verb)
        if lemma == "question" and clause is not None and any(
                t.lower_ in ("whether", "if") or t.tag_ in ("WRB", "WP") for t in clause.subtree if t.i < clause.i):
            span = self.span_of(self._clause_tokens(clause, verb))
            return CueMatch([verb], stance, Certainty.CERTAIN, sources, *span) if span else None
        for obj in self.children(verb, "dobj"):
            if not word_in(obj, lexicon.CLAIM_NOUNS | lexicon.ACCOUNT_NOUNS | lexicon.CONTESTABLE_NOUNS) \
                    and obj.lemma_.lower() not in lexicon.NOMINAL_CUES:
                continue
            span = self.claim_clause(obj) or self.span_of(list(obj.subtree))
            if span is not None:
                return CueMatch([verb], stance, Certainty.CERTAIN, sources, *span)
        return None
