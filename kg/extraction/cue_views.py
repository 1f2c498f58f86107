"""Cue rules for views, reactions and evidence: belief adjectives (`X is convinced that S`), `X made
it clear that S`, views and reactions expressed (`X expressed hope that S`, `X voiced shock at NP`)
and evidence found or shown (`X found evidence of NP`, `the report documents evidence that S`).

A mixin of `ConstructionRules`: the helpers come from `CueGrammar` and the other rule classes.
"""
from __future__ import annotations

from ..model import Certainty, Stance
from . import lexicon
from .cue_grammar import CueMatch, word_in


class ViewRules:
    """Belief adjectives, made clear, expressed views and reactions, evidence found."""

    def belief_adjective(self, adjective) -> CueMatch | None:
        """'X is convinced that S', 'X was confident that S': a belief held by the subject of 'be'."""
        clauses = [c for c in self.children(adjective, "ccomp") if c.i > adjective.i]
        if not clauses and adjective.dep_ == "acomp":
            clauses = [c for c in [self.belief_clause_hung_beside(adjective.head)] if c is not None]
        passive = self.children(adjective, "nsubjpass")  # "is convinced" parsed as a passive verb
        if not clauses or (adjective.dep_ != "acomp" and not passive):
            return None
        if passive:
            sources = self.coordinated(passive[0])
        else:
            sources = self.source_heads(adjective.head) if adjective.head.pos_ in ("AUX", "VERB") else []
        if not sources or not self._agentive(sources[0]) or self.negated(adjective if passive else adjective.head):
            return None
        span = self.span_of(self._clause_tokens(clauses[0], adjective))
        if span is None:
            return None
        return CueMatch([adjective], Stance.ASSERTS, Certainty.PROBABLE, sources, *span)

    def doubted(self, adjective):
        """The span of the claim, report or figure a doubt adjective doubts ('skeptical of the report',
        'doubtful about the figures'), when it is the predicate of 'be' and names no clause; else None."""
        if adjective.lower_ not in lexicon.DOUBT_ADJECTIVES or adjective.dep_ != "acomp" or self.children(adjective, "ccomp"):
            return None
        if self.negated(adjective.head) or any(c.dep_ == "neg" for c in adjective.children):
            return None  # "was not skeptical of the report" questions nothing
        for prep in self.children(adjective, "prep"):
            if prep.lower_ in lexicon.DOUBT_PREPOSITIONS:
                # a claim, a report or a figure ("skeptical of the report", "doubtful about the
                # toll"): doubting a policy or a person ("skeptical of free trade") is an opinion
                objects = [o for o in self.children(prep, "pobj")
                           if word_in(o, lexicon.CLAIM_NOUNS | lexicon.REPORT_NOUNS | lexicon.ACCOUNT_NOUNS)]
                if objects:
                    return self.span_of(list(objects[0].subtree))
        return None

    def _own_doubt(self, clause):
        """'X said he was skeptical of the report': the span of what the speaker, named by a
        personal pronoun in its own complement, doubts; else None."""
        subject = next(iter(self.children(clause, "nsubj")), None)
        if subject is None or subject.lower_ not in lexicon.PRONOUNS_PERSON | lexicon.PRONOUNS_PLURAL | {"i", "we"}:
            return None
        adjective = next((c for c in self.children(clause, "acomp") if c.lower_ in lexicon.DOUBT_ADJECTIVES), None)
        return self.doubted(adjective) if adjective is not None else None

    def doubt_adjective(self, adjective) -> CueMatch | None:
        """'X is skeptical of the report': X does not confirm what it doubts."""
        span = self.doubted(adjective)
        if span is None or adjective.head.pos_ not in ("AUX", "VERB"):
            return None
        if adjective.head.dep_ == "ccomp" and adjective.head.head.lemma_.lower() in lexicon.CUE_LEMMAS:
            return None  # "X said he was skeptical of S": the cue's own match reads it (_own_doubt)
        sources = self.source_heads(adjective.head)
        if not sources or not self._agentive(sources[0]):
            return None
        return CueMatch([adjective], Stance.DOES_NOT_CONFIRM, Certainty.CERTAIN, sources, *span)

    def belief_clause_hung_beside(self, clause):
        """'..., adding he was certain the fire was no protest': the parser hangs the belief adjective's
        clause ("the fire was no protest") beside the clause of the adjective ("he was certain"), as a
        second complement of the verb above. The clause right after the adjective, or None."""
        adjective = next((c for c in self.children(clause, "acomp") if c.lower_ in lexicon.BELIEF_ADJECTIVES
                          and not self.children(c, "ccomp")), None)
        if adjective is None or clause.dep_ != "ccomp" or adjective.right_edge.i != clause.right_edge.i:
            return None
        return next((c for c in self.children(clause.head, "ccomp")
                     if c.i > clause.i and c.left_edge.i == adjective.right_edge.i + 1), None)

    def made_clear(self, verb) -> CueMatch | None:
        """'X made it clear (that) S', 'X made clear that S', 'X made the case that S': a statement
        named by the phrase; the clause is what X says."""
        clear = next((c for c in verb.children if c.lower_ in lexicon.MADE_CLEAR_WORDS
                      and c.dep_ in ("ccomp", "acomp", "oprd", "dobj", "advmod")), None)
        clause, case = None, None
        if clear is not None:
            clause = next((c for c in clear.children if c.dep_ in ("advcl", "ccomp", "csubj") and c.i > clear.i
                           and self.children(c, "nsubj", "nsubjpass")), None) or next(
                (c for c in self.children(verb, "ccomp") if c.i > clear.i and c is not clear), None)
        else:
            case = next((o for o in self.children(verb, "dobj") if o.lemma_.lower() in lexicon.MADE_CASE_NOUNS), None)
            clause = next((c for c in case.children if c.dep_ in ("acl", "ccomp") and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None) if case is not None else None
        sources = self.source_heads(verb)
        if clause is None or not sources or self.negated(verb):
            return None
        span = self.span_of(self._clause_tokens(clause, verb))
        if span is None:
            return None
        cue = [verb, clear or case]
        return CueMatch(cue, Stance.ASSERTS, Certainty.CERTAIN, sources, *span)

    def evidence_found(self, verb) -> CueMatch | None:
        """'Inspectors found evidence of shelling', 'the report documents evidence that S': what the
        evidence is of (its of-phrase or that-clause) is held by the one who found or shows it;
        'found no evidence that S', 'did not find any sign of S' leave S unconfirmed."""
        noun = next((o for o in self.children(verb, "dobj") if o.lemma_.lower() in lexicon.EVIDENCE_NOUNS), None)
        if noun is None or self.is_passive(verb):
            return None
        sources = self.source_heads(verb)
        if not sources:
            return None
        if verb.lemma_.lower() == "show" and not word_in(sources[0], lexicon.INFORMATION_NOUNS | lexicon.DEPICTION_NOUNS):
            return None  # "supporters show signs of enthusiasm": what people show is no evidence they give
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is None:
            clause = next((c for c in self.children(verb, "ccomp") if c.i > noun.i and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is not None:
            span = self.span_of(self._clause_tokens(clause, verb))
        else:
            of = next((o for p in self.children(noun, "prep") if p.lower_ == "of"
                       for o in self.children(p, "pobj", "pcomp")), None)
            if of is not None and (of.ent_type_ in ("PERSON", "ORG", "NORP") or self._agentive(of, strict=True)):
                of = None  # "no sign of the missing sailors": a search's result, not a claim about them
            span = self.span_of(list(of.subtree)) if of is not None else None
        if span is None:
            return None
        withheld = self.negated(verb) or any(c.lower_ in ("no", "little") for c in noun.children)
        if withheld and clause is None and noun.lemma_.lower() != "evidence" and noun.lemma_.lower() != "proof":
            return None  # "found no sign of the sailors": a search's result, no claim left unconfirmed
        stance = Stance.DOES_NOT_CONFIRM if withheld else Stance.ASSERTS
        return CueMatch(self._cue_tokens(verb, full=withheld) + [noun], stance, Certainty.CERTAIN, sources, *span)

    def expressed_view(self, verb) -> CueMatch | None:
        """'X expressed hope that S', 'X voiced concern the camps would flood': a view named by its
        noun, held by the subject of the verb of expressing; the content is the clause the noun (or,
        as the parser often has it, the verb) carries."""
        view = next((o for o in self.children(verb, "dobj") if o.lemma_.lower() in
                     lexicon.EXPRESSED_VIEW_NOUNS.keys() | lexicon.REACTION_NOUNS), None)
        if view is None or self.negated(verb):
            return None
        sources = self.source_heads(verb)
        if not sources:
            return None
        clause = next((c for c in view.children if c.dep_ in ("acl", "ccomp") and c.i > view.i
                       and self.children(c, "nsubj", "nsubjpass")), None)
        if clause is None:
            clause = next((c for c in self.children(verb, "ccomp") if c.i > view.i), None)
        certainty = lexicon.EXPRESSED_VIEW_NOUNS.get(view.lemma_.lower(), Certainty.CERTAIN)
        if clause is None:
            # "voiced shock at the fighting", "expressed concern over the arrests": the event the
            # view or reaction answers (at / over / about, on the noun or right after it)
            event = next((o for owner in (view, verb) for p in self.children(owner, "prep")
                          if p.lower_ in ("at", "over", "about") and p.i > view.i
                          for o in self.children(p, "pobj")), None)
            span = self.span_of(list(event.subtree)) if event is not None else None
            return CueMatch([verb, view], Stance.ASSERTS, certainty, sources, *span) if span else None
        span = self.span_of(self._clause_tokens(clause, verb))
        if span is None:
            return None
        return CueMatch([verb, view], Stance.ASSERTS, certainty, sources, *span)
