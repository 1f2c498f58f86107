"""What a cue reports: the tokens of a reported clause and where it ends (a contrast, a renaming
claim noun, the speaker's next act cut off), the clause's subject the parser hung elsewhere (an
object, a relative pronoun), a clause parsed as an object or hung on a claim noun, and the `as` /
`of` clauses that name a statement. The cue rules themselves are in `cues`, `cue_constructions`,
`cue_responses`, `cue_relatives` and `cue_lines`.
"""
from __future__ import annotations

from . import lexicon
from .cue_grammar import CueGrammar, word_in


class ClauseRules(CueGrammar):
    """The reported clause of a cue: its tokens, its bounds and the parser's slips around it."""

    def _renames_clause(self, noun, relcl) -> bool:
        """'S, an accusation he has rejected', 'S, a figure the army says is inflated', 'S, a move X
        rejects': a claim, figure or (with a verb of rejecting) proposal noun set after a clause, with
        a relative clause on it, renames that clause."""
        if noun.dep_ not in ("npadvmod", "appos") and not self._second_object_after_comma(noun):
            return False
        return (word_in(noun, lexicon.CLAIM_NOUNS | lexicon.ACCOUNT_NOUNS) or noun.lemma_.lower() in lexicon.NOMINAL_CUES
                # "S, something the council denies": "something" renames S only for a relative clause of denial
                or ((noun.lemma_.lower() in lexicon.PROPOSAL_NOUNS or noun.lower_ == "something")
                    and relcl.lemma_.lower() in lexicon.DENIAL_VERBS))

    def _relative_as_subject(self, verb):
        """'the ferry, which the authorities have concluded sank near the reef': a relative clause
        whose pronoun, parsed as the verb's object, is the subject of the clause after it. The
        antecedent's span and the clause's span, or None."""
        if verb.dep_ != "relcl" or not any(c.lower_ in lexicon.RELATIVE_PRONOUNS for c in self.children(verb, "dobj")):
            return None
        clause = next((c for c in self.children(verb, "xcomp", "ccomp") if c.i > verb.i and c.pos_ in ("VERB", "AUX")
                       and (c.tag_ in ("VBD", "VBZ", "VBP", "MD") or self._bare_past_tagged_participle(c))
                       and not self.children(c, "nsubj", "nsubjpass")), None)
        if clause is None:
            clause = self._clause_hung_after_relative(verb)
        if clause is None:
            return None
        antecedent = self.span_of(self._antecedent_tokens(verb.head))
        said = self.span_of(list(clause.subtree))
        return (antecedent, said) if antecedent and said else None

    def _second_object_after_comma(self, noun) -> bool:
        """'should replace the mayor until he recovers, a move X rejected': a noun after a comma
        parsed as a second object of a verb that has one already renames the clause (an apposition)."""
        return (noun.dep_ == "dobj" and noun.left_edge.i > 0 and self.doc[noun.left_edge.i - 1].text == ","
                and any(o.i < noun.i for o in self.children(noun.head, "dobj") if o.i != noun.i))

    @staticmethod
    def _modal_continuation(conj) -> bool:
        """'X said the troops had withdrawn, but would return in May', '... they had doubts, but could
        not bring themselves to vote against her': a conjunct with a modal of its own and something
        to say goes on with the claim (X did not "return"). Not a verb of saying, answering or giving
        an account ("..., but would not say when"), nor a bare "but would not elaborate"."""
        lemma = conj.lemma_.lower()
        if lemma in lexicon.CUE_LEMMAS | lexicon.ACCOUNT_VERBS | lexicon.REFUSAL_VERBS | lexicon.SPEAKING_VERBS \
                | lexicon.DISCLOSURE_VERBS:
            return False
        children = [c for c in conj.children if c.dep_ not in ("aux", "neg", "punct", "cc", "advmod")]
        return any(c.tag_ == "MD" and c.dep_ == "aux" for c in conj.children) and bool(children)

    def _object_as_subject(self, verb, clause) -> list:
        """'said the people in areas held by the rebels, mostly in the hills, are in need': the parser
        made the clause's long subject the cue's object and left the clause without one; the object
        standing right before the clause is its subject, and part of what was said."""
        # (a past form the tagger read as a participle counts, when nothing makes it one: "denied its
        # troops massacred the villagers", with no auxiliary)
        past_read_as_participle = clause.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in clause.children)
        # (or a finite auxiliary makes the clause finite: "denied its soldiers had shelled the market")
        finite_auxiliary = any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ", "VBD", "MD") and c.i < clause.i
                               for c in clause.children)
        if clause.i < verb.i or (clause.tag_ not in ("VBP", "VBZ", "VBD", "MD") and not past_read_as_participle
                                 and not finite_auxiliary) or any(
                c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in clause.children):
            return []
        objects = [o for o in self.children(verb, "dobj") if verb.i < o.i < clause.i]
        if not objects:
            return []
        tokens = list(objects[-1].subtree)
        gap = [verb.doc[k] for k in range(tokens[-1].i + 1, clause.left_edge.i)]
        # ("seemed to think the outreach to rural voters was phony": the object's own of/to-phrase,
        # hung on the verb between the object and the clause, goes with it)
        object_phrases = {t.i for p in self.children(verb, "prep") if tokens[-1].i < p.i < clause.left_edge.i
                          for t in p.subtree}
        if any(not t.is_punct and t.i not in object_phrases for t in gap) or any(self.in_quote(t) for t in tokens):
            return []
        return tokens + gap

    def _small_clause_predicate(self, verb, obj) -> list:
        """'the poll shows the mayor ahead by three points', '... shows the mayor with a lead': what
        is said of the object, hung on the verb right after it."""
        tokens, end = [], max(t.i for t in obj.subtree)
        for child in sorted(verb.children, key=lambda t: t.i):
            if child.i <= end or child.left_edge.i != end + 1 or child.dep_ not in ("advmod", "acomp", "oprd", "prep"):
                continue
            if child.dep_ == "prep" and (child.lower_ not in ("with", "by") or any(
                    t.ent_type_ in ("DATE", "TIME") for t in child.subtree)):
                break
            tokens += list(child.subtree)
            end = max(t.i for t in child.subtree)
        return tokens

    def _clause_parsed_as_object(self, verb):
        """'said the new vaccine reduced infections by 60 percent': a clause the parser read as an
        object noun phrase (it holds a verb of its own); plain objects ('announced the visit') do not count."""
        for obj in self.children(verb, "dobj"):
            if verb.lemma_.lower() in lexicon.ADDRESSEE_VERBS:
                # "told the paper she wanted to run", read as "the paper (that) she wanted": the one
                # told takes no relative clause without a relative word; the clause is what was told
                clause = next((c for c in obj.children if c.dep_ == "relcl" and c.left_edge.i == obj.i + 1
                               and self.children(c, "nsubj") and not any(
                                   t.lower_ in lexicon.RELATIVE_PRONOUNS | {"that"} for t in c.children)), None)
                if clause is not None:
                    return self.span_of(list(clause.subtree))
            tokens = list(obj.subtree)
            if len(tokens) >= 4 and obj.pos_ != "PRON" and any(t.pos_ == "VERB" for t in tokens):
                # (its infinitive, and a relative clause whose relative word is not its subject, modify
                # the noun: "ways to make X work", "a role in which she advises the president"; not
                # "documents that showed S", whose clause says what the documents show)
                modifiers = {t.i for c in obj.subtree if c.dep_ == "relcl" and not any(
                    k.dep_ in ("nsubj", "nsubjpass") and k.lower_ in lexicon.RELATIVE_PRONOUNS for k in c.children)
                    or c.dep_ == "acl" and c.head.i == obj.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                    for t in c.subtree}
                if verb.lemma_.lower() in lexicon.NOUN_OBJECT_SENSE_VERBS and not any(
                        t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i not in modifiers for t in tokens):
                    # "firms found ways to cut their tax", "she assumed a role created for her": with
                    # a noun phrase and no finite verb of its own, "find" is to come upon, "assume" to take
                    # on and "maintain" to keep up
                    continue
                return self.span_of(tokens + self._trailing_preps(verb, obj))
        return None

    def _clause_tokens(self, clause, verb) -> list:
        """A complement clause's tokens, less a ', but gave no details' conjunct that has no subject of
        its own (it continues the reporting clause, not the claim); when the parser made the cue a
        part of the clause ('TASS reported, citing X, that S'), only what follows its 'that'."""
        cut = set()
        marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > verb.i]
        if verb in clause.subtree and not marks:
            return []
        if marks:  # nothing before the complementiser is claimed ("citing X, that S")
            cut.update(t.i for t in clause.subtree if t.i < marks[0].i)
        lead = self.time_phrase_before_subject(clause)
        if lead is not None:  # "said after the meeting he would go": when it was said, not what
            cut.update(t.i for t in lead.subtree)
        for adv in self.children(clause, "advcl"):
            # "said 5,000 marched, while organisers said ...", "said it was safe, speaking after a
            # tour": a comma-set contrast with another party, or the circumstances of the speaking,
            # closes the claim ("overran the base, killing ten" keeps its participle)
            first = min(adv.subtree, key=lambda t: t.i)
            after_comma = first.i > clause.i and first.i > 0 and clause.doc[first.i - 1].text == ","
            mark = next((c.lower_ for c in adv.children if c.dep_ == "mark"), None)
            if after_comma and self._as_clause(adv):
                # "S, as the Courier reported": another source's report of S, not part of S
                cut.update(t.i for t in adv.subtree)
                cut.add(first.i - 1)
                continue
            # "said S, although he again refused to V" / "..., although engineers disagreed": a
            # concession whose subject is a party (a person, a body, a pronoun for one) is the
            # narrator's contrast; "..., although it needed repairs" stays part of S
            conceded = mark in ("although", "though") and any(
                (c.lower_ in lexicon.PRONOUNS_PERSON | lexicon.PRONOUNS_PLURAL or self._agentive(c))
                for c in self.children(adv, "nsubj"))
            if after_comma and (mark in ("while", "whereas") or conceded or self.is_speakers_participle(adv)
                                or (mark is None and adv.tag_ == "VBG" and adv.lemma_.lower() in lexicon.SPEAKING_CIRCUMSTANCE_VERBS
                                    and not self.children(adv, "nsubj"))):
                cut.update(t.i for t in adv.subtree)
                cut.add(first.i - 1)
        for conj in self.children(clause, "conj"):
            before = [t.lower_ for t in clause.doc[max(conj.left_edge.i - 2, 0):conj.left_edge.i]]
            # "... but gave no specifics", "... but declined to elaborate": the speaker again, even
            # without a comma, when the verb is one of giving or withholding an account
            # (also "acknowledged that S but said T": a verb of saying after "but" is the speaker's)
            speaker_again = (before[-1:] == ["but"] and (conj.lemma_.lower() in (
                lexicon.ACCOUNT_VERBS | lexicon.REFUSAL_VERBS | lexicon.SPEAKING_VERBS) or (
                # "... but did not indicate what he will do": a withheld statement is the speaker's too
                self.negated(conj) and conj.lemma_.lower() in lexicon.DISCLOSURE_VERBS | lexicon.CUE_LEMMAS))) or (
                before[-1:] in (["and"], ["but"]) and (self.is_speakers_act(conj) or conj.lemma_.lower() in lexicon.SPEAKING_VERBS))
            speaker_again = speaker_again and not self.infinitive_of_claim(conj, verb)
            # ("admitted that mistakes were made but denied any cover-up": a denial after "but" is the speaker's)
            # ("said S and urged Y to V", "said S and added that T")
            # "X said the plant was safe and the mayor said it was not": a cue verb with a subject of
            # its own after "and" / "but" is another party's statement, not part of X's claim
            # (not a second that-clause, "S but that it would add costs", which the same speaker says)
            other_speaker = before[-1:] in (["and"], ["but"]) and conj.pos_ == "VERB" and any(
                self._agentive(s, strict=True) for s in self.children(conj, "nsubj")) and \
                conj.lemma_.lower() in lexicon.SPEAKING_VERBS | lexicon.DENIAL_VERBS and not any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in conj.children)
            if other_speaker or conj.pos_ in ("VERB", "AUX") and not self.children(conj, "nsubj", "nsubjpass") and (
                    (before[-2:] == [",", "but"] and not self._modal_continuation(conj)) or speaker_again):
                cut.update(t.i for t in conj.subtree)
                joiner = 2 if before[-2:] == [",", "but"] else 1
                cut.update(t.i for t in clause.doc[conj.left_edge.i - joiner:conj.left_edge.i])
        for part in clause.subtree:
            # "won the election dismissed by the opposition as a farce": a participle of labelling or
            # dismissing with its own agent, ending the clause, is that agent's verdict on the noun,
            # not part of what the source says
            if part.dep_ == "acl" and part.tag_ == "VBN" and part.i > clause.i \
                    and part.lemma_.lower() in lexicon.LABEL_VERBS | lexicon.DISMISSAL_VERBS | lexicon.DENIAL_VERBS \
                    and any(self._agentive(a) for c in self.children(part, "agent") for a in self.children(c, "pobj")) \
                    and max(t.i for t in part.subtree) >= max(t.i for t in clause.subtree if not t.is_punct):
                cut.update(t.i for t in part.subtree)
        for noun in clause.subtree:
            # "S, an accusation he has rejected": the claim noun set after S renames it (another
            # source's stance on S), it is not part of S
            if noun.i > clause.i and any(self._renames_clause(noun, relcl) for relcl in self.children(noun, "relcl")) \
                    and clause.doc[noun.left_edge.i - 1].text == ",":
                cut.update(t.i for t in noun.subtree)
                cut.add(noun.left_edge.i - 1)
        tokens = [t for t in clause.subtree if t.i not in cut]
        if len(tokens) > 1 and tokens[0].lower_ == "that" and tokens[0].tag_ == "IN" and tokens[0].i > verb.i:
            tokens = tokens[1:]  # the complementiser the parser took for an object ("told X that S")
        return tokens

    @staticmethod
    def _inside_reported_clause(token) -> bool:
        """Whether the token lies in the clause a cue reports ('said the dam was safe, citing X': "was")."""
        while token.head.i != token.i:
            if token.dep_ in ("ccomp", "xcomp") and token.head.lemma_.lower() in lexicon.CUE_LEMMAS:
                return True
            token = token.head
        return False

    def _passive_conjunct_on_cue(self, verb, complement) -> list:
        """'says the measure is not aimed at X, but meant to protect Y': a bare participle hung by the
        parser on the cue verb as its conjunct shares the passive auxiliary of the reported clause
        (the speaker's own second act would need a finite verb); it belongs to the claim."""
        if not self.children(complement, "auxpass") or complement.i < verb.i:
            return []
        for conj in self.children(verb, "conj"):
            if conj.lemma_.lower() in lexicon.CUE_LEMMAS | lexicon.ACCOUNT_VERBS | lexicon.REFUSAL_VERBS:
                continue  # "said the boats were sunk, but gave no details": the speaker's next act
            if conj.tag_ in ("VBN", "VBD") and conj.i > complement.i and not self.children(conj, "nsubj", "nsubjpass", "aux", "auxpass"):
                joiner = [t for t in verb.doc[complement.right_edge.i + 1:conj.left_edge.i] if t.dep_ == "cc" or t.is_punct]
                return joiner + list(conj.subtree)
        return []

    def _claim_conjunct_on_cue(self, verb, complement, sources) -> list:
        """'X said the aide "got a deal," and still "sat in on the talks"', 'said it was too early to
        tell, and there was no evidence of a plot': a second clause the parser hung on the cue verb as
        its conjunct continues the claim when it is quoted (the narrator's own words about the
        speaker are not in quotation marks) or when its subject is an expletive 'there' or the
        speaker's own pronoun after "and". A verb of saying, refusing or giving an account there is the
        speaker's next act, and a conjunct with another subject ("..., but the army denied it") is
        the narrator's."""
        if complement.i < verb.i:
            return []
        end = complement.right_edge.i
        for conj in self.children(verb, "conj"):
            if conj.i <= end or conj.lemma_.lower() in (lexicon.CUE_LEMMAS | lexicon.ACCOUNT_VERBS | lexicon.REFUSAL_VERBS
                                                        | lexicon.SPEAKING_VERBS) or self.is_speakers_act(conj):
                continue
            gap = verb.doc[end + 1:conj.left_edge.i]
            if not gap or not all(t.is_punct or (t.dep_ == "cc" and t.lower_ in ("and", "but")) for t in gap) \
                    or not any(t.dep_ == "cc" for t in gap):
                continue
            subjects = self.children(conj, "nsubj", "nsubjpass", "expl")
            quoted = not subjects and self.in_quote(conj) is not None
            expletive = any(s.dep_ == "expl" or s.lower_ == "there" for s in subjects)
            speaker_pronoun = any(s.lower_ in lexicon.PRONOUNS_PERSON | lexicon.PRONOUNS_PLURAL and any(
                s.lower_ == h.lower_ or (h.pos_ == "PROPN" and s.lower_ in lexicon.PRONOUNS_PERSON)
                for h in sources) for s in subjects)
            # (after "but", an unquoted clause is the narrator's contrast: "said S, but there is anger")
            continued = (expletive or speaker_pronoun) and not any(t.lower_ == "but" for t in gap)
            # "recalled the guard being rude, and the clerk being kind": a participle with a subject
            # of its own and no auxiliary is no sentence of the narrator's; it is the claim's second half
            nonfinite = bool(subjects) and conj.tag_ in ("VBG", "VBN") and not self.children(conj, "aux", "auxpass")
            # "said they had doubts, but could not bring themselves to vote no": a subjectless conjunct
            # with a modal of its own goes on with the claim, as when hung on the claim's own verb
            modal = not subjects and self._modal_continuation(conj)
            if quoted or continued or nonfinite or modal:
                return list(gap) + list(conj.subtree)
        return []

    def _second_subjectless_complement(self, verb, complement) -> list:
        """'said her plans were more detailed and, even more important, would not blow a hole in the
        budget': the parser reads the second verb phrase of the claim, which shares its subject, as a
        second complement of the cue; right after the first (past an aside), with no subject of its
        own, it goes on with the claim."""
        if complement.i < verb.i:
            return []
        end = max(t.i for t in complement.subtree)
        for other in self.children(verb, "ccomp"):
            if other.i <= end or other.lemma_.lower() in lexicon.CUE_LEMMAS:
                continue  # (a cue of its own: "... and [Democrats] accused Y of Z" is a statement of its own)
            # (with a subject of its own only after "and", and no cue of its own: 'said S1 and his
            # remark was T' goes on; 'said S1, the mayor said T' is the mayor's)
            subject = self.children(other, "nsubj", "nsubjpass", "expl", "csubj")
            anded = any(t.lower_ == "and" for t in verb.doc[complement.i:other.left_edge.i])
            if subject and (not anded or any(t.pos_ == "VERB" and t.lemma_.lower() in lexicon.CUE_LEMMAS
                                             and self.children(t, "nsubj") for t in other.subtree)):
                continue
            between = verb.doc[end + 1:other.left_edge.i]
            joint = anded or any(t.text == "," for t in verb.doc[end + 1:other.i])
            if joint and all(t.is_punct or t.dep_ in ("cc", "advmod", "amod") for t in between):
                return list(between) + list(other.subtree)
            break
        return []

    @staticmethod
    def _as_clause(verb) -> bool:
        """A cue verb in an as-clause with no object or clause of its own ('as X reported')."""
        return (verb.dep_ == "advcl" and verb.lemma_.lower() in lexicon.CUE_LEMMAS
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
                and not any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children)
                and verb.head.pos_ in ("VERB", "AUX"))

    def _of_clause(self, token):
        """'reports surfaced of NP doing Y': the words after 'of' up to the next comma; on a
        subject ('Reports of NP emerged'), no further than the of-phrase itself."""
        for prep in self.children(token, "prep"):
            if prep.lower_ == "of":
                tokens = []
                last = prep.right_edge.i if token.pos_ not in ("VERB", "AUX") else len(token.doc)
                for t in token.sent:
                    if t.i <= prep.i:
                        continue
                    if t.i > last:
                        break
                    if t.text in (",", ";", ".") and tokens:
                        break
                    tokens.append(t)
                return self.span_of(tokens)
        return None

    def _acl_content(self, verb):
        """'Video geolocated by X showed S': what the verified thing shows is the content."""
        if verb.dep_ == "acl":
            noun = verb.head
            predicate = noun.head if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > verb.i else None
            if predicate is not None and predicate.lemma_.lower() not in lexicon.EVIDENTIAL_VERBS | {"appear", "seem"}:
                predicate = None  # "The claims, first reported by X, were denied": the content is the claims
        elif verb.dep_ == "conj":
            # "Video posted online and geolocated by X showed S", parsed as three coordinated verbs
            noun = self.subject(verb.head)
            predicate = next((c for c in verb.head.children if c.dep_ == "conj" and c.i > verb.i
                              and c.pos_ == "VERB" and not self.children(c, "agent")), None)
        else:
            return None
        if predicate is not None:
            return self.span_of([t for t in predicate.subtree if t.i >= predicate.i])
        if noun is None:
            return None
        inside = {t.i for t in verb.subtree}
        return self.span_of([t for t in noun.subtree if t.i not in inside])
