"""Reports inside relative clauses and noun clauses (issue 10, session 7): `NP, which X says VP`
(the relative pronoun, or no pronoun at all, as the reported clause's subject), the reported
clause's later conjuncts that the parser hangs on the sentence's verb, and a claim noun's
that-clause hung on its by/from-phrase (`claims from X that S`).

A mixin of `CueFinder`: the helpers use its `_clause_tokens` and the shared `CueGrammar` ones.
"""
from __future__ import annotations

from . import lexicon
from .cue_grammar import CueGrammar, word_in

_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


class RelativeRules(CueGrammar):
    """Relative-clause and noun-clause shapes of a report."""

    def _relative_subject_of_clause(self, verb, complement):
        """'the polls, which the governor insists were run fairly', 'a briefing it said was meant to
        calm the town': a relative clause of saying whose pronoun, parsed as the subject of the
        reported clause (or left out, the clause then having no subject), stands for the antecedent.
        The antecedent's span and the reported clause's span (less the pronoun), or None."""
        if verb.dep_ != "relcl" or complement is None or complement.i < verb.i:
            return None
        subjects = self.children(complement, "nsubj", "nsubjpass", "expl", "csubj")
        pronoun = next((c for c in subjects if c.lower_ in lexicon.RELATIVE_PRONOUNS and c.i < verb.i), None)
        if pronoun is None and not self._zero_relative(verb, complement, subjects):
            return None
        antecedent = self.span_of(self._antecedent_tokens(verb.head))
        tokens = [t for t in self._clause_tokens(complement, verb) if t.i > verb.i]
        tokens += self._conjuncts_hung_on_main_verb(verb, complement)
        said = self.span_of(tokens)
        return (antecedent, said) if antecedent and said else None

    def _zero_relative(self, verb, complement, subjects) -> bool:
        """'a briefing it said was meant to calm the town': a relative clause with no relative word,
        whose reported clause is finite and has no subject: the gap is the antecedent."""
        if subjects or any(c.lower_ in lexicon.RELATIVE_PRONOUNS for c in verb.children):
            return False
        if any(c.dep_ == "mark" for c in complement.children):
            return False
        return complement.tag_ in _FINITE_TAGS or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in _FINITE_TAGS for c in complement.children)

    def _conjuncts_hung_on_main_verb(self, verb, complement) -> list:
        """'X blamed the board, which she said wastes money, is corrupt and ignores the courts': the
        reported clause's later predicates, hung by the parser on the sentence's verb as its
        conjuncts, belong to the clause when they agree with its verb in tense and not with the
        sentence's verb ("wastes ... is ... ignores" against "blamed"). The added tokens, or []."""
        main = verb.head
        while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
            main = main.head
        end = max(t.i for t in verb.subtree)
        if main.pos_ not in ("VERB", "AUX") or main.i > verb.i or end + 1 >= len(self.doc) \
                or self.doc[end + 1].text != ",":
            return []
        tense = self._finite_tag(complement)
        if tense is None or tense == self._finite_tag(main):
            return []
        last = end + 1
        for conj in sorted((c for c in self.children(main, "conj") if c.i > end), key=lambda c: c.i):
            # a run of conjuncts, each right after the last ("..., is corrupt, ignores the courts")
            gap = self.doc[last + 1:conj.left_edge.i]
            if len(gap) > 2 or any(not (t.is_punct or t.dep_ == "cc") for t in gap) \
                    or self.children(conj, "nsubj", "nsubjpass") or self._finite_tag(conj) != tense:
                break
            last = max(t.i for t in conj.subtree)
        return list(self.doc[end + 1:last + 1]) if last > end + 1 else []

    def _clause_hung_after_relative(self, verb):
        """'demanded the truth about the plane, which the authorities have concluded crashed into the
        sea': the reported clause's verb, right after the relative cue verb, hung by the parser on a
        verb before it (as a conjunct or a complement) without a subject; None if there is none."""
        if verb.i + 1 >= len(self.doc) or self.children(verb, "ccomp", "xcomp"):
            return None
        clause = self.doc[verb.i + 1]
        if clause.pos_ not in ("VERB", "AUX") or clause.dep_ not in ("conj", "ccomp") or clause.head.i >= verb.i \
                or clause.head in verb.subtree or self.children(clause, "nsubj", "nsubjpass"):
            return None
        return clause if clause.tag_ in _FINITE_TAGS or self._bare_past_tagged_participle(clause) else None

    def _bare_past_tagged_participle(self, verb) -> bool:
        """'the ship, which the navy has concluded sank in a storm': a past form the tagger read as a
        participle ("sank", "crashed" as VBN) with no auxiliary of its own and a phrase after it is
        the finite verb of the reported clause (not 'which police found abandoned')."""
        return (verb.tag_ == "VBN" and not self.children(verb, "aux", "auxpass")
                and any(c.dep_ in ("prep", "dobj", "advmod", "npadvmod") and c.i > verb.i for c in verb.children))

    @staticmethod
    def _finite_tag(verb):
        """The tense tag of a verb group: its first finite auxiliary's, else its own; None if not finite."""
        aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
        tag = (aux or verb).tag_
        return tag if tag in _FINITE_TAGS else None

    def _that_clause_hung_on_maker(self, noun):
        """'claims from opposition parties that ballot boxes had been stuffed': the parser hangs the
        claim's that-clause on the by/from-phrase's noun as a relative clause; "that" is no relative
        pronoun when the clause has a subject of its own (not 'claims from parties that lost')."""
        for prep in self.children(noun, "prep"):
            if prep.lower_ not in ("by", "from"):
                continue
            for maker in self.children(prep, "pobj"):
                for clause in self.children(maker, "relcl"):
                    first = clause.left_edge
                    if first.lower_ != "that" or first.i != maker.i + 1 or not any(
                            s.i != first.i for s in self.children(clause, "nsubj", "nsubjpass")):
                        continue
                    return self.span_of([t for t in self._clause_tokens(clause, noun) if t.i != first.i])
        return None

    def _that_clause_hung_on_verb(self, noun):
        """'the figures may support claims from the party that the vote was rigged': the parser
        hangs the claim noun's that-clause on the verb whose object the noun is; the clause opens
        right after the noun's own words, so it is the noun's."""
        if noun.dep_ != "dobj":
            return None
        end = max(t.i for t in noun.subtree)
        for clause in self.children(noun.head, "ccomp"):
            marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"]
            if marks and marks[0].i == end + 1 and clause.left_edge.i == marks[0].i:
                return self.span_of([t for t in self._clause_tokens(clause, noun) if t.i != marks[0].i])
        return None

    def _plural_maker(self, noun, source) -> bool:
        """'warnings from engineers that S', 'accusations by rival candidates that S': a plural common
        noun in the claim noun's by/from-phrase is the group that makes the claim (not a document, a
        channel or a named place or time)."""
        return (source.head.dep_ == "prep" and source.head.head.i == noun.i and source.tag_ == "NNS"
                and not source.ent_type_ and not word_in(source, lexicon.INFORMATION_NOUNS | lexicon.CHANNEL_NOUNS))
