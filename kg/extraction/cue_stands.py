"""Cue rules for a stand taken and the grounds given for it: `X endorsed Y`, `X opposes the
merger`, `"Q," X said, citing slow growth` (session 8).

A mixin of `ConstructionRules`: the helpers come from `CueGrammar` and the other rule classes.
"""
from __future__ import annotations

from ..model import Certainty, Stance
from . import lexicon
from .cue_grammar import CueMatch, word_in


class StandRules:
    """X endorsed / supported / opposed / defended Y; the grounds in `..., citing NP`."""

    def endorsement(self, verb) -> CueMatch | None:
        """'The governor endorsed Lind', 'the union opposes the merger', 'X defended the new tax': a
        stand for or against a person, plan or idea, taken by someone who can hold one (a name,
        role or group; not 'the beams support the roof'), as with the verbs of judgement ('X
        praised Y'). Not passive ('rebels backed by X' is no statement), not negated, not with a
        particle ('backed down'), and 'defend' not of a place (a fight, not a stand); the speech acts
        (endorse, defend) also in a relative clause ('Ryan, who endorsed Lind'), the allegiances
        (support, back, oppose) not."""
        if self.is_passive(verb) or self.negated(verb) or any(c.dep_ == "prt" for c in verb.children):
            return None
        if self._inside_reported_clause(verb):
            return None  # "X says the broadcasters support the opposition": X's claim about them
        if verb.dep_ == "relcl" and verb.lemma_.lower() in lexicon.ALLEGIANCE_VERBS:
            return None  # "people who supported the army": a side its antecedent is on, said by the writer
        if verb.dep_ == "acl" and word_in(verb.head, lexicon.INFORMATION_NOUNS | lexicon.CLAIM_NOUNS):
            return None  # "evidence supporting the allegation": no one's stand
        sources = self.source_heads(verb)
        objects = [o for o in self.children(verb, "dobj") if o.lower_ not in lexicon.RELATIVE_PRONOUNS]
        if not sources or not objects or not self._agentive(sources[0], strict=True):
            return None
        if objects[0].pos_ == "PRON" and objects[0].lower_.endswith(("self", "selves")) and verb.lemma_.lower() != "defend":
            return None
        if verb.lemma_.lower() == "defend" and (objects[0].ent_type_ in ("GPE", "LOC", "FAC") or word_in(
                objects[0], lexicon.DEFENDED_PLACE_NOUNS)):
            return None
        span = self.span_of(self._without_channel_phrases(objects[0]) + self._trailing_preps(verb, objects[0]))
        if span is None:
            return None
        return CueMatch([verb], Stance.ASSERTS, Certainty.CERTAIN, sources, *span)

    def _cited_grounds(self, verb) -> bool:
        """'citing low growth': an object that names no one who speaks and no text that does."""
        objects = self.children(verb, "dobj")
        head = verb.head
        # (after a label or a criticism too: 'called the mayor a champion, citing her work')
        if not objects or head.i > verb.i or head.lemma_.lower() not in set(lexicon.ASSERTION_VERBS) | \
                lexicon.LABEL_VERBS | lexicon.CRITICISM_VERBS or self._inside_reported_clause(head):
            return False
        heads = self.coordinated(objects[0])
        return not any(self._agentive(h, strict=True) or h.pos_ == "PRON"
                       or (word_in(h, lexicon.INFORMATION_NOUNS | lexicon.CHANNEL_NOUNS | lexicon.REPORT_NOUNS
                                   | lexicon.CLAIM_NOUNS | lexicon.NOMINAL_CUES.keys()) and not self._act_of(h))
                       for h in heads)

    def _act_of(self, noun) -> bool:
        """'the release of political prisoners': a noun that also names a text ("a press release")
        used for the act, with an of-phrase naming what the act was done to."""
        return noun.lemma_.lower() in lexicon.CHANNEL_ACT_NOUNS and any(
            p.lower_ == "of" for p in self.children(noun, "prep"))
