"""Denials read from the shape of a sentence: "does not deny that S" (a concession), "did not confirm
or deny S", "S, a charge X denies", quotes that deny ("We had nothing to do with it"), verdicts that
call a claim false, and "deny" in its sense of refusing a thing ("denied him bail"). A mixin of
`CueFinder` (cues.py), which calls these from `verb_cue`."""
from __future__ import annotations

from ..model import Certainty, Stance
from . import lexicon
from .cue_grammar import CueMatch, word_in


class DenialRules:
    """The denial family's shape rules (mixed into CueFinder)."""

    def _undenied(self, verb) -> CueMatch | None:
        """'The ministry does not deny that civilians were killed', 'He did not deny he had met the
        envoy': declining to deny a stated clause concedes it (a probable confirmation). Not 'did not
        deny the report' (a noun phrase: nothing conceded), nor 'did not confirm or deny S' and
        'neither confirmed nor denied S' (a refusal, the confirmation rule's)."""
        if verb.dep_ == "conj" and verb.head.lemma_.lower() in lexicon.CONFIRMATION_VERBS:
            # "did not confirm or deny that S", "neither confirmed nor denied S": the clause hangs on
            # the second verb; the pair is one refusal to confirm it
            if self.complement(verb.head) is not None or self.children(verb.head, "dobj"):
                return None  # (the clause or object is the first verb's: the confirmation rule takes it)
            match = self._simple(verb, Stance.DOES_NOT_CONFIRM, Certainty.CERTAIN, allow_object=True, negated=True)
            if match is not None:  # the cue as written: "did not confirm or deny"
                words = {t.i: t for t in [*match.cue_tokens, verb.head, *self.own_children(verb.head, "aux", "neg")]}
                match.cue_tokens = [words[i] for i in sorted(words)]
            return match
        if not self.own_children(verb, "neg") or verb.dep_ == "conj":
            return None
        if any(c.dep_ == "conj" and c.lemma_.lower() in lexicon.CONFIRMATION_VERBS for c in verb.children):
            return None
        if self.complement(verb) is None or not self.children(verb, "ccomp"):
            return None
        return self._simple(verb, Stance.CONFIRMS, Certainty.PROBABLE, allow_object=False, negated=True)

    def _apposed_denial(self, verb, *, any_verb: bool = False) -> CueMatch | None:
        """'X accused Y of Z, a charge Y denies', 'Prosecutors say S, an accusation he has rejected',
        'S, a figure the army says is exaggerated': a claim noun set after a clause renames it, and
        its relative clause denies what it renames (with `any_verb`, by calling it false)."""
        noun = verb.head
        # (also the passive participle: "S, a claim disputed by the workers")
        passive_participle = verb.dep_ == "acl" and verb.tag_ == "VBN" and self.agent_of(verb) is not None
        # (the relative pronoun may come parsed as the object: "a charge that X has denied")
        objects = [c for c in self.children(verb, "dobj") if c.lower_ not in lexicon.RELATIVE_PRONOUNS]
        if (verb.dep_ != "relcl" and not passive_participle) or (objects and not any_verb) \
                or not self._renames_clause(noun, verb):
            return None
        sources = self.source_heads(verb)
        clause = noun.head  # the verb of the clause renamed ("took bribes, an accusation ...": took)
        for _ in range(3):
            if clause.pos_ in ("VERB", "AUX") or clause.head.i == clause.i:
                break
            clause = clause.head
        if not sources or clause.pos_ not in ("VERB", "AUX"):
            return None
        if clause.lemma_.lower() not in lexicon.CUE_LEMMAS and clause.dep_ == "pcomp":
            # "accusing Y of kidnapping Z - a charge X denied": the renamed claim is the accusation's
            # charge, whose cue sits above the gerund
            above = clause.head.head if clause.head.dep_ == "prep" else clause.head
            above = above.head if above.pos_ in ("NOUN", "PROPN") else above
            if above.pos_ == "VERB" and above.lemma_.lower() in lexicon.CUE_LEMMAS:
                clause = above
        renamed = self.verb_cue(clause, clause.lemma_.lower()) if clause.lemma_.lower() in lexicon.CUE_LEMMAS else None
        if renamed is not None:
            span = (renamed.content_start, renamed.content_end)
        else:
            aside = {t.i for t in noun.subtree} | {noun.left_edge.i - 1}
            span = self.span_of([t for t in clause.subtree if t.i not in aside])
        if span is None:
            return None
        return CueMatch(self._cue_tokens(verb, full=False), Stance.DENIES, Certainty.CERTAIN, sources, *span)

    def _quote_denies(self, quote, clause) -> bool:
        """'"We had nothing to do with it," X said', '"These reports are baseless," X said': a quote of
        one clause (the cue's complement, all but the whole quote) that says someone took no part or
        calls a claim false denies, as the same words do in indirect speech ("X said it had nothing
        to do with it"). The quote's words stay the content."""
        if clause is None or not quote.start <= clause.idx < quote.end:
            return False
        tokens = list(clause.subtree)
        covered = tokens[-1].idx + len(tokens[-1].text) - tokens[0].idx
        if covered < 0.8 * (quote.end - quote.start):
            return False
        return self._no_involvement(clause) or self._falsity_verdict(clause) is not None

    def _falsity_verdict(self, clause):
        """The span of what a clause calls false: 'the allegations were untrue', 'the report was
        "completely unfounded"', 'the claims are lies' (its subject a claim noun or a pronoun that
        points back); else None."""
        lemma = clause.lemma_.lower()
        claims = lexicon.CLAIM_NOUNS | lexicon.SELF_SOURCED_CLAIM_NOUNS
        if lemma == "be" and self.children(clause, "expl"):
            # "there was no truth to the claims", "there is no basis for the reports"
            for attr in self.children(clause, "attr"):
                if attr.lemma_.lower() in lexicon.GROUNDS_NOUNS and any(c.lower_ == "no" for c in attr.children):
                    claim = next((o for p in self.children(attr, "prep") if p.lower_ in ("to", "for", "in", "behind")
                                  for o in self.children(p, "pobj") if word_in(o, claims)), None)
                    if claim is not None:
                        return self.span_of(list(claim.subtree))
            return None
        subject = next(iter(self.children(clause, "nsubj")), None)
        if subject is None or not (word_in(subject, claims) or subject.lower_ in ("it", "this", "that", "they", "these")):
            return None
        negated = bool(self.children(clause, "neg"))
        if lemma == "have":
            # "the story had no basis in fact"
            grounds = [o for o in self.children(clause, "dobj") if o.lemma_.lower() in lexicon.GROUNDS_NOUNS
                       and any(c.lower_ == "no" for c in o.children)]
            return self.span_of(list(subject.subtree)) if grounds and not negated else None
        if lemma != "be":
            return None
        verdicts = [t for v in self.children(clause, "acomp", "attr") for t in v.subtree]
        # "the allegations are without merit / without foundation"
        groundless = any(p.lower_ == "without" and any(o.lemma_.lower() in lexicon.GROUNDS_NOUNS for o in p.children)
                         for p in self.children(clause, "prep"))
        falsity = groundless or any(word_in(t, lexicon.FALSITY_WORDS) for t in verdicts)
        denied_in_words = any(t.lower_ in ("not", "never", "no") for t in verdicts) or negated
        # "the reports were baseless" / "the report was not true" deny; "were not false" does not
        if (falsity and not denied_in_words) or (denied_in_words and not falsity
                                                  and any(word_in(t, lexicon.TRUTH_WORDS) for t in verdicts)):
            return self.span_of(list(subject.subtree))
        return None

    def _no_involvement(self, clause) -> bool:
        """'no part of the government played any role in the attack', 'nobody was involved', 'the
        army had nothing to do with it': a clause saying someone took no part in an act denies that
        they did (ANNOTATION.md: a denial, fairly also an assertion)."""
        lemma = clause.lemma_.lower()
        subject = next(iter(self.children(clause, "nsubj", "nsubjpass")), None)
        if subject is None:
            return False
        if self.children(clause, "neg"):
            return False
        objects = self.children(clause, "dobj")
        if lemma == "have" and any(o.lower_ == "nothing" and any(
                p.lower_ == "do" and any(w.lower_ == "with" for w in p.subtree) for p in o.subtree) for o in objects):
            return True  # "had nothing to do with the attack" (not "the children have nothing to do": idle)
        nobody = subject.lower_ in ("nobody", "none", "noone") or any(c.lower_ == "no" for c in subject.children)
        if not nobody:
            return False
        if lemma in ("play", "have", "take") and any(o.lemma_.lower() in ("role", "part", "hand", "involvement")
                                                    for o in objects):
            return True
        return lemma == "involve" or (lemma == "be" and any(
            t.lower_ in ("involved", "responsible", "behind") for t in clause.children))

    def _refused_a_thing(self, verb) -> bool:
        """'The court denied him bail', 'voters were denied entry', 'denied visas to reporters': "deny"
        in its sense of refusing to grant (a person to whom, or a thing one is granted), no denial of
        a claim; "contest" in its sense of competing for a place or an office."""
        if verb.lemma_.lower() == "contest" and self.complement(verb) is None:
            # "both parties are contesting Ohio", "contested the seat": to compete for a place or a
            # seat, no dispute of a claim ("contested the results" stays a denial)
            return any(o.ent_type_ in ("GPE", "LOC") or o.lemma_.lower() in lexicon.CONTESTED_OFFICE_NOUNS
                       for o in self.children(verb, "dobj", "dative", "nsubjpass"))
        if verb.lemma_.lower() != "deny" or self.complement(verb) is not None:
            return False
        return bool(self.children(verb, "dative")) or any(
            word_in(o, lexicon.GRANTED_NOUNS) for o in self.children(verb, "dobj", "nsubjpass"))
