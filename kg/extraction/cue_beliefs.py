"""Views, hearsay and hedges that no verb of saying carries (session 8).

- `viewed_as`: `X sees Y as Z` (and `Y is seen as Z by X`, `X sees that S`): a view
  X holds, as "X believes Y is Z" is; the content is Y with its as-phrase (probable).
- `reportedly`: `S, reportedly`: the adverb puts the clause down to reports no one is named for;
  the source is those unnamed reports, as in "according to reports, S".
- `hedge_by_seeming`: `X appeared to confirm S`, `the video appears to show S`: the inner verb is
  the cue, hedged by "seem"/"appear" (its words join the cue, the certainty falls to possible).

A writer's own `X seemed unperturbed` or `S is expected to V` names no holder: no attribution.
"""
from __future__ import annotations

from ..model import Certainty, Stance
from . import lexicon
from .cue_grammar import CueMatch, word_in

# Verbs of regarding: "X sees Y as Z". ("view" and "regard" were measured too: one wrong record
# more on the VOA check set, none found on PolNeAR dev: left out.)
VIEWING_VERBS = {"see"}
# Verbs that hedge the cue they take as an infinitive: "X appeared to confirm S".
SEEMING_VERBS = {"seem", "appear"}
# Adverbs that put a clause down to unnamed reports; the name the source is given.
HEARSAY_ADVERBS = {"reportedly": "reports"}
# Modals before "see that S" that make it a view not (yet) held: "the council will see that S".
_UNREALISED = {"will", "would", "could", "might", "may", "should", "can", "must", "'ll"}


def viewed_as(finder, verb) -> CueMatch | None:
    """'Most voters see the mayor as the stronger candidate', 'The board saw the plan as
    reckless', 'The strike is seen by analysts as a warning', 'Farmers saw that the river was
    rising': what X takes Y to be (not 'she saw him in 1999': a sight, no view)."""
    if finder.negated(verb):
        return None  # "X does not see Y as a threat": the view is the opposite of the words
    passive = finder.is_passive(verb)
    # (a passive needs its own "by X": not "regarded as strongholds of the party led by X")
    sources = finder.source_heads(verb) if not passive or finder.children(verb, "agent") else []
    if not sources or not (finder._agentive(sources[0]) or word_in(sources[0], lexicon.REPORT_NOUNS)):
        return None
    objects = [o for o in finder.children(verb, "nsubjpass" if passive else "dobj")
               if o.lower_ not in lexicon.RELATIVE_PRONOUNS]  # ("which X sees as Z": no claim text)
    # (the parser hangs the as-phrase on the verb, its object or the agent: "seen by analysts as Z")
    holders = [verb, *objects[:1], *(sources[:1] if passive else [])]
    label = next((p for h in holders for p in finder.children(h, "prep") if p.lower_ == "as"), None)
    if label is None and objects:  # "see the elections held Sunday as a test": on the object's participle
        label = next((p for a in finder.children(objects[0], "acl") if a.tag_ == "VBN"
                      for p in finder.children(a, "prep") if p.lower_ == "as"), None) or next((
            # "see the push for a truce as driven by fear": the as-clause parsed as the object's participle
            a for a in finder.children(objects[0], "acl") if any(m.dep_ == "mark" and m.lower_ == "as" for m in a.children)),
            None)
    if objects and label is not None and list(label.children):
        if passive:  # "The strike is seen by analysts as a warning": two pieces, Y and its label
            span, as_label = finder.span_of(list(objects[0].subtree)), finder.span_of(list(label.subtree))
            if span is None or as_label is None:
                return None
            return CueMatch([verb], Stance.ASSERTS, Certainty.PROBABLE, sources, *span, more=[as_label])
        inside = {t.i for t in label.subtree}
        span = finder.span_of([t for t in objects[0].subtree if t.i not in inside] + list(label.subtree))
    elif not passive and verb.lemma_.lower() == "see" and not objects:
        clause = next((c for c in finder.children(verb, "ccomp") if any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is None or verb.dep_ == "xcomp" or any(
                a.dep_ == "aux" and a.lower_ in _UNREALISED for a in verb.children):
            return None  # "we will see that S", "wait to see that S": no view held yet
        span = finder.span_of(finder._clause_tokens(clause, verb))
    else:
        return None
    if span is None:
        return None
    return CueMatch([verb], Stance.ASSERTS, Certainty.PROBABLE, sources, *span)


def reportedly(finder, adverb) -> CueMatch | None:
    """'The fund is reportedly spending $2 million on ads', 'Reportedly, he had threatened staff':
    unnamed reports assert the clause the adverb modifies (not 'X reportedly said S', X's claim
    already, nor an adverb inside another source's reported clause)."""
    verb = adverb.head
    if adverb.dep_ != "advmod" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() in lexicon.CUE_LEMMAS:
        return None
    if finder._inside_reported_clause(verb):
        return None
    tokens = list(verb.subtree)
    if tokens[0].i == adverb.i:  # "Reportedly, S": the adverb and its comma stay out
        tokens = tokens[1:]
    while tokens and (tokens[0].is_punct or tokens[0].dep_ in ("mark", "cc")):
        tokens = tokens[1:]
    span = finder.span_of(tokens)
    if span is None or len([t for t in tokens if not t.is_punct]) < 3:
        return None
    match = CueMatch([adverb], Stance.ASSERTS, Certainty.CERTAIN, [], *span)
    match.extra["unnamed_source"] = HEARSAY_ADVERBS[adverb.lower_]
    return match


def hedge_by_seeming(match: CueMatch) -> None:
    """'X appeared to confirm S': "appeared to" joins the cue, and the certainty is at most possible."""
    verb = match.cue_tokens[0]
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in SEEMING_VERBS or verb.head.pos_ not in ("VERB", "AUX"):
        return
    to = [c for c in verb.children if c.dep_ == "aux" and c.lower_ == "to"]
    # (the inner verb stays first: the channel and relay rules read the cue's own verb)
    match.cue_tokens = [*match.cue_tokens, *(t for t in (verb.head, *to) if t not in match.cue_tokens)]
    match.certainty = Certainty.POSSIBLE
