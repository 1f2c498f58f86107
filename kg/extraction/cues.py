"""Attribution cues over a dependency parse: who (source head), which stance, what (content span).

Each rule is written for an English reporting construction: `X said (that) S`, `S, X said`,
`"Q," X said`, `according to X, S`, `X denied NP`, `X did not confirm that S`,
`X could not independently verify S`, `X declined to take responsibility for NP`,
`S was confirmed by X`, `NP was denounced as Z by X`, `a report by X found that S`,
`NP geolocated by X showed S`, participles (`adding that S`, `calling it Z`, `alleging that S`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Certainty, Stance
from . import lexicon
from .quotes import Quote

_EDGE_PUNCT = set(" ,;:.\u2014\u2013-\"'\u201c\u201d\u2018\u2019()[]")


@dataclass
class CueMatch:
    """One attribution found in a sentence, before its source is resolved to an agent."""

    cue_tokens: list
    stance: Stance
    certainty: Certainty
    sources: list  # head tokens of the source noun phrases (several for "A and B denied")
    content_start: int
    content_end: int
    quote: Quote | None = None
    publisher_is_source: bool = False
    targets_back: bool = False
    citing: str | None = None
    continuation: bool = False
    extra: dict = field(default_factory=dict)

    @property
    def cue_text(self) -> str:
        """The cue as written, from its first to its last word ("could not independently verify")."""
        doc = self.cue_tokens[0].doc
        start = min(t.idx for t in self.cue_tokens)
        end = max(t.idx + len(t.text) for t in self.cue_tokens)
        return doc.text[start:end]

    @property
    def cue_start(self) -> int:
        """Offset of the cue's first character."""
        return min(t.idx for t in self.cue_tokens)

    @property
    def cue_end(self) -> int:
        """Offset just past the cue's last character."""
        return max(t.idx + len(t.text) for t in self.cue_tokens)


class CueFinder:
    """Runs the cue rules over the sentences of one parsed article."""

    def __init__(self, doc, quotes: list[Quote]):
        self.doc = doc
        self.text = doc.text
        self.quotes = quotes

    # ---- helpers -------------------------------------------------------------------------
    def in_quote(self, token) -> Quote | None:
        """The quote a token stands in, if any."""
        for q in self.quotes:
            if q.contains(token.idx):
                return q
        return None

    def span_of(self, tokens, exclude=()) -> tuple[int, int] | None:
        """Trimmed character span covering tokens (minus excluded ones), or None when empty."""
        excluded = {t.i for t in exclude}
        kept = sorted((t for t in tokens if t.i not in excluded), key=lambda t: t.i)
        if not kept:
            return None
        # keep the contiguous run that holds the most tokens
        runs, run = [], [kept[0]]
        for t in kept[1:]:
            if t.i == run[-1].i + 1:
                run.append(t)
            else:
                runs.append(run)
                run = [t]
        runs.append(run)
        best = max(runs, key=len)
        while best and (best[0].dep_ == "mark" and best[0].lower_ in ("that", "whether", "if")
                        or best[0].is_punct or best[0].lower_ in ("and", "but", "while")):
            if best[0].text == "\u201c" and any(t.text == "\u201d" for t in best[1:-1]):
                break  # an opening quote closed inside the span belongs to it
            best = best[1:]
        while best and (best[-1].is_punct and best[-1].text not in ("?", "!", ".", ")", "\u201d", '"')
                        or best[-1].lower_ in ("and", "but")):
            best = best[:-1]
        if not best:
            return None
        return self.trim(best[0].idx, best[-1].idx + len(best[-1].text))

    def trim(self, start: int, end: int) -> tuple[int, int] | None:
        """Offsets with edge punctuation and spaces removed (a final '.' after words is kept out)."""
        while start < end and self.text[start] in _EDGE_PUNCT:
            # keep an opening quote mark whose closing mark is inside the span (“Kalibr NK” missiles ...)
            if self.text[start] == "\u201c" and "\u201d" in self.text[start + 1:end - 1]:
                break
            start += 1
        while end > start and self.text[end - 1] in _EDGE_PUNCT:
            end -= 1
        if end <= start:
            return None
        # keep balanced brackets and a closing quote mark that belongs to an opened one
        inside = self.text[start:end]
        if inside.count("\u201c") > inside.count("\u201d") and end < len(self.text) and self.text[end] == "\u201d":
            end += 1
        if inside.count("[") > inside.count("]") and "]" in self.text[end:end + 2]:
            end = self.text.index("]", end) + 1
        return start, end

    def adjacent_quote(self, clause_start: int, clause_end: int) -> Quote | None:
        """A quote that ends right before a cue clause or starts right after it."""
        for q in self.quotes:
            if q.outer_end <= clause_start and re.fullmatch(r"[\s,;:\u2014\u2013-]*", self.text[q.outer_end:clause_start]):
                return q
            if q.outer_start >= clause_end and re.fullmatch(r"[\s,;:\u2014\u2013-]*", self.text[clause_end:q.outer_start]):
                return q
        return None

    # ---- grammar helpers -----------------------------------------------------------------
    @staticmethod
    def children(token, *deps):
        return [c for c in token.children if c.dep_ in deps]

    def subject(self, verb):
        """The subject head of a verb, inherited through conjunctions and participles."""
        seen = set()
        while verb is not None and verb.i not in seen:
            seen.add(verb.i)
            subjects = self.children(verb, "nsubj")
            if subjects:
                return subjects[0]
            if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
                continue
            return None
        return None

    def agent_of(self, verb):
        """The 'by X' agent of a passive verb (also when the parser hung 'by X' lower in the clause)."""
        for agent in self.children(verb, "agent"):
            for obj in self.children(agent, "pobj"):
                return obj
        for token in verb.subtree:
            if token.i > verb.i and token.lower_ == "by" and token.dep_ in ("prep", "agent"):
                for obj in self.children(token, "pobj"):
                    if obj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or obj.lemma_.lower() in lexicon.GROUP_SOURCE_NOUNS:
                        return obj
        return None

    def is_passive(self, verb) -> bool:
        """Passive voice: 'was confirmed by X', 'video geolocated by X'."""
        if self.children(verb, "auxpass", "nsubjpass"):
            return True
        return verb.tag_ == "VBN" and (verb.dep_ == "acl" or bool(self.children(verb, "agent")))

    def negated(self, verb) -> bool:
        if self.children(verb, "neg"):
            return True
        head = verb.head
        # "did not want to confirm", "has not been able to verify"
        return verb.dep_ in ("xcomp",) and bool(self.children(head, "neg"))

    def modal_can(self, verb) -> bool:
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if aux & {"could", "can", "cannot"}:
            return True
        if verb.dep_ == "xcomp" and verb.head.lemma_ in ("able", "unable", "be"):
            return True
        return verb.head.lower_ in ("able", "unable") or any(c.lower_ == "unable" for c in verb.head.children)

    def coordinated(self, head):
        """A subject head and the heads conjoined with it ("Both Iran and Russia")."""
        heads = [head]
        for c in head.children:
            if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON"):
                heads.extend(self.coordinated(c))
        return heads

    def owner(self, noun):
        """Who stands behind a document or study noun: 'by X', 'X's', or 'X analysis'."""
        for prep in self.children(noun, "prep"):
            if prep.lower_ == "by":
                for obj in self.children(prep, "pobj"):
                    return obj
        for poss in self.children(noun, "poss"):
            return poss
        for mod in self.children(noun, "compound", "nmod", "amod"):
            if mod.ent_type_ in ("ORG", "GPE", "PERSON", "NORP"):
                return mod.head if mod.head.i != noun.i and mod.head.ent_type_ else _entity_root(mod)
        return None

    def source_heads(self, verb):
        """Source head tokens of a cue verb (active subject, passive agent, relative antecedent)."""
        if self.is_passive(verb):
            agent = self.agent_of(verb)
            return self.coordinated(agent) if agent is not None else []
        subject = self.subject(verb)
        if subject is None:
            return []
        if subject.lower_ in lexicon.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subject = verb.head
        if subject.lemma_.lower() in lexicon.INFORMATION_NOUNS and subject.lemma_.lower() not in lexicon.CHANNEL_NOUNS:
            owner = self.owner(subject)
            if owner is not None:
                subject = owner
        return self.coordinated(subject)

    # ---- content -------------------------------------------------------------------------
    def clause_bounds(self, verb, sources) -> tuple[int, int]:
        tokens = [verb] + [t for s in sources for t in s.subtree] + [c for c in verb.children if c.dep_ in ("aux", "neg", "advmod")]
        return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)

    def complement(self, verb):
        """The clause a cue introduces; also 'said in a statement that S', where the parser
        hangs the that-clause on the channel noun instead of the verb."""
        found = self.children(verb, "ccomp")
        if found:
            return found[0]
        for prep in self.children(verb, "prep"):
            for noun in self.children(prep, "pobj"):
                for clause in noun.children:
                    if clause.dep_ in ("acl", "relcl", "ccomp") and any(
                            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                        return clause
        return None

    def content_after_comma_clause(self, verb, sources):
        """'S, X said' parsed with the cue attached under S: the text before the cue clause."""
        sent = verb.sent
        start, _ = self.clause_bounds(verb, sources)
        left = [t for t in sent if t.idx + len(t.text) <= start]
        if len(left) < 3:
            return None
        return self.span_of(left)

    # ---- the rules -----------------------------------------------------------------------
    def find(self, sent) -> list[CueMatch]:
        """All cue matches in one sentence."""
        matches = []
        for token in sent:
            if self.in_quote(token):
                continue
            lemma = token.lemma_.lower()
            if token.lower_ == "according" and token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to":
                match = self.according_to(token)
            elif token.pos_ not in ("VERB", "AUX") or lemma not in lexicon.CUE_LEMMAS:
                continue
            elif lemma in lexicon.REFUSAL_VERBS:
                match = self.refusal(token)
            else:
                match = self.verb_cue(token, lemma)
            if match is not None:
                matches.append(match)
        if not matches:
            tail = self.inverted_tail(sent)
            if tail is not None:
                matches.append(tail)
        return matches

    def inverted_tail(self, sent) -> CueMatch | None:
        """'S, said X.' / 'S, detailed regional governor X.' when the parser missed the inversion."""
        tokens = [t for t in sent if not t.is_space]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
        for k in range(len(tokens) - 2, 2, -1):
            token = tokens[k]
            if tokens[k - 1].text != "," or token.lower_ not in lexicon.PAST_FORMS:
                continue
            source = tokens[k + 1:]
            if not source or len(source) > 8 or self.in_quote(token) or self.children(token, "nsubj", "dobj"):
                return None
            if any(t.pos_ not in ("DET", "ADJ", "PROPN", "NOUN", "PART", "PUNCT") for t in source):
                return None
            named = [t for t in source if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")]
            head = named[-1] if named else source[-1]
            if not named and head.lemma_.lower() not in lexicon.ROLE_NOUNS | lexicon.GROUP_SOURCE_NOUNS:
                return None
            span = self.span_of(tokens[:k - 1])
            if span is None:
                return None
            stance = Stance.ASSERTS
            certainty = lexicon.ASSERTION_VERBS.get(lexicon.PAST_FORMS[token.lower_], Certainty.CERTAIN)
            quote = next((q for q in self.quotes if q.start <= span[0] and span[1] <= q.end), None)
            return CueMatch([token], stance, certainty, [_entity_root(head)], *span, quote=quote)
        return None

    def according_to(self, token) -> CueMatch | None:
        to = self.doc[token.i + 1]
        objs = self.children(to, "pobj") or [t for t in to.rights][:1]
        if not objs:
            return None
        source = objs[0]
        if source.lemma_.lower() in lexicon.INFORMATION_NOUNS:
            owner = self.owner(source)
            if owner is None:
                return None
            source = owner
        if not (source.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or source.lemma_.lower() in lexicon.ROLE_NOUNS
                or source.lower_ in lexicon.GROUP_SOURCE_NOUNS):
            return None
        phrase = set(t.i for t in token.subtree) | {t.i for t in to.subtree} | {token.i}
        sent = token.sent
        outside = [t for t in sent if t.i not in phrase]
        before = [t for t in outside if t.i < token.i]
        after = [t for t in outside if t.i > token.i]
        side = before if sum(not t.is_punct for t in before) >= 3 else after
        span = self.span_of(side)
        if span is None:
            return None
        return CueMatch([token, to], Stance.ASSERTS, Certainty.CERTAIN, self.coordinated(source), *span)

    def refusal(self, verb) -> CueMatch | None:
        """'X declined to confirm S', 'X refused to comment on NP', 'X declined to take responsibility for NP'."""
        xcomps = self.children(verb, "xcomp")
        if not xcomps:
            return None
        action = xcomps[0]
        lemma = action.lemma_.lower()
        content = None
        if lemma in ("take", "claim", "accept", "assume"):
            for obj in self.children(action, "dobj"):
                if obj.lemma_.lower() in lexicon.RESPONSIBILITY_NOUNS:
                    content = self._for_object(obj) or self._for_object(action)
        elif lemma in lexicon.CONFIRMATION_VERBS | {"comment", "say", "specify", "disclose", "discuss", "elaborate"}:
            target = self.complement(action) or next(iter(self.children(action, "dobj")), None)
            if target is not None:
                content = self.span_of(list(target.subtree))
            else:
                content = self._for_object(action, preps=("on", "about"))
        if content is None:
            return None
        stance = Stance.CANNOT_VERIFY if verb.lemma_ == "fail" and lemma in lexicon.VERIFICATION_VERBS else Stance.DOES_NOT_CONFIRM
        sources = self.source_heads(verb)
        if not sources:
            return None
        cue = [verb] + [c for c in action.lefts if c.dep_ == "aux"] + [action] + list(self.children(action, "dobj"))
        return CueMatch(cue, stance, Certainty.CERTAIN, sources, *content)

    def _for_object(self, token, preps=("for",)):
        for prep in self.children(token, "prep"):
            if prep.lower_ in preps:
                for obj in self.children(prep, "pobj", "pcomp"):
                    return self.span_of(list(obj.subtree))
        return None

    def verb_cue(self, verb, lemma) -> CueMatch | None:
        negated = self.negated(verb)
        if lemma in lexicon.DENIAL_VERBS:
            if negated:
                return None
            return self._simple(verb, Stance.DENIES, Certainty.CERTAIN, allow_object=True)
        if lemma == "claim" and (negated or self._claims_responsibility(verb)):
            stance = Stance.DOES_NOT_CONFIRM if negated else Stance.ASSERTS
            return self._simple(verb, stance, Certainty.CERTAIN, allow_object=True)
        if lemma in lexicon.CONFIRMATION_VERBS:
            if negated:
                stance = Stance.CANNOT_VERIFY if self.modal_can(verb) else Stance.DOES_NOT_CONFIRM
                if lemma in ("acknowledge", "admit", "concede"):
                    stance = Stance.DOES_NOT_CONFIRM
            else:
                if self._unable(verb):
                    stance = Stance.CANNOT_VERIFY
                else:
                    stance = Stance.CONFIRMS
            return self._simple(verb, stance, Certainty.CERTAIN, allow_object=True, negated=negated)
        if lemma in lexicon.LABEL_VERBS:
            match = self._label(verb)
            if match is not None or lemma not in lexicon.ASSERTION_VERBS:
                return match
        if negated:
            return None
        if lemma in lexicon.ASSERTION_VERBS or lemma in lexicon.EVIDENTIAL_VERBS:
            certainty = lexicon.ASSERTION_VERBS.get(lemma, Certainty.CERTAIN)
            return self._simple(verb, Stance.ASSERTS, certainty, allow_object=False)
        return None

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
        if not sources:
            if verb.dep_ == "acl" and verb.tag_ == "VBG":
                return self._participle_of_document(verb, stance, certainty)
            if passive and stance == Stance.CANNOT_VERIFY:
                publisher_is_source = True  # "the video could not be independently verified": the newsroom speaks
            else:
                return None
        subject = self.subject(verb) if not passive else None
        # information nouns as subjects only with evidential verbs ("a study found", not "the report denied")
        if subject is not None and subject.lemma_.lower() in lexicon.INFORMATION_NOUNS and sources and sources[0].i == subject.i:
            if lemma not in lexicon.EVIDENTIAL_VERBS and lemma not in ("say", "add", "write", "state"):
                return None
        elif lemma in lexicon.EVIDENTIAL_VERBS and lemma not in lexicon.ASSERTION_VERBS and lemma not in lexicon.CONFIRMATION_VERBS:
            return None  # "the fire showed", "the claim emerged": not a source speaking
        if lemma in ("show", "indicate", "surface", "emerge") and (
                subject is None or subject.lemma_.lower() not in lexicon.REPORT_NOUNS):
            return None
        if subject is not None and any(c.lower_ in ("no", "neither") for c in subject.children):
            return None
        cue = [verb] + [c for c in verb.children if c.dep_ == "neg"]
        if negated or stance in (Stance.CANNOT_VERIFY,):
            cue += [c for c in verb.children if c.dep_ in ("aux", "advmod") and c.i < verb.i and c.i > verb.i - 4]
            if verb.dep_ == "xcomp":
                cue += [verb.head] + [c for c in verb.head.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
        clause_start, clause_end = self.clause_bounds(verb, sources)
        quote = None
        complement = self.complement(verb)
        span = None
        if complement is not None and self.in_quote(complement):
            quote = self.in_quote(complement)
        elif complement is None and lemma not in lexicon.CONFIRMATION_VERBS:
            quote = self.adjacent_quote(clause_start, clause_end)
        if quote is not None:
            span = self.trim(quote.start, quote.end)
        elif complement is not None:
            span = self.span_of(list(complement.subtree))
        elif passive and self.children(verb, "nsubjpass"):
            span = self._passive_subject_span(verb)
        elif passive:
            span = self._acl_content(verb)
        elif lemma in ("surface", "emerge"):
            span = self._of_clause(verb) or (self._of_clause(subject) if subject is not None else None)
        elif allow_object or lemma in ("claim", "allege"):
            objects = self.children(verb, "dobj", "xcomp", "pcomp")
            if verb.dep_ == "relcl" and any(c.lower_ in lexicon.RELATIVE_PRONOUNS for c in self.children(verb, "dobj")):
                span = self.span_of(self._antecedent_tokens(verb.head))
            elif objects:
                span = self.span_of(list(objects[0].subtree))
        if span is None and verb.dep_ in ("ccomp", "parataxis", "conj") and verb.i > verb.head.i and not passive:
            span = self.content_after_comma_clause(verb, sources)
        if span is None:
            return None
        if lemma in ("add", "say", "write", "tell") and quote is None and complement is None and span is None:
            return None
        match = CueMatch(cue, stance, certainty, sources, *span, quote=quote, publisher_is_source=publisher_is_source)
        match.citing = self._citing(verb)
        return match

    def _of_clause(self, token):
        """'reports surfaced of NP doing Y': the words after 'of' up to the next comma."""
        for prep in self.children(token, "prep"):
            if prep.lower_ == "of":
                tokens = []
                for t in token.sent:
                    if t.i <= prep.i:
                        continue
                    if t.text in (",", ";", ".") and tokens:
                        break
                    tokens.append(t)
                return self.span_of(tokens)
        return None

    def _antecedent_tokens(self, noun):
        return [t for t in noun.subtree if not any(a.dep_ == "relcl" and t in a.subtree for a in noun.children)
                and t.i <= noun.i + 0 or t.i <= noun.i]

    def _passive_subject_span(self, verb):
        subjects = self.children(verb, "nsubjpass")
        if not subjects:
            return None
        subject = subjects[0]
        if subject.lower_ in lexicon.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            noun = verb.head
            return self.span_of(self._antecedent_tokens(noun))
        return self.span_of(list(subject.subtree))

    def _acl_content(self, verb):
        """'Video geolocated by X showed S': what the verified thing shows is the content."""
        if verb.dep_ == "acl":
            noun = verb.head
            predicate = noun.head if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i > verb.i else None
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

    def _participle_of_document(self, verb, stance, certainty):
        """'an arrest warrant alleging that S': the document's issuer is the source."""
        noun = verb.head
        if noun.lemma_.lower() not in lexicon.INFORMATION_NOUNS:
            return None
        source = self.owner(noun)
        if source is None and noun.dep_ == "dobj":
            source = self.subject(noun.head)
        if source is None:
            return None
        complement = self.complement(verb)
        if complement is None:
            return None
        span = self.span_of(list(complement.subtree))
        if span is None:
            return None
        return CueMatch([verb], stance, certainty, self.coordinated(source), *span)

    def _label(self, verb) -> CueMatch | None:
        """'X called it Z', 'X criticized Y as Z', 'Y was denounced as Z by X'."""
        passive = self.is_passive(verb)
        complement = None
        objects = [c for c in self.children(verb, "dobj") if c.lower_ not in lexicon.RELATIVE_PRONOUNS]
        if len(self.children(verb, "dobj")) >= 2 and objects:
            complement = objects[-1]  # "which X called an act of sabotage"
        elif objects and objects[0].lower_ in ("it", "them", "this", "that"):
            end = objects[0].idx + len(objects[0].text)
            quote = next((q for q in self.quotes if 0 <= q.outer_start - end <= 2), None)
            if quote is not None:  # "calling it “the first evidence ...”"
                sources = self.source_heads(verb)
                span = self.trim(quote.start, quote.end)
                if sources and span:
                    return CueMatch([verb], Stance.ASSERTS, Certainty.CERTAIN, sources, *span, quote=quote)
        for c in verb.children:
            if c.dep_ == "oprd":
                complement = c
            elif c.dep_ == "prep" and c.lower_ == "as":
                objs = self.children(c, "pobj")
                complement = objs[0] if objs else None
                if complement is not None and passive:
                    complement = c
        if complement is None:
            return None
        sources = self.source_heads(verb)
        if not sources:
            return None
        if passive:
            subject_span = self._passive_subject_span(verb)
            by_phrase = [t for s in sources for t in s.subtree] + [s.head for s in sources]
            end_span = self.span_of(list(complement.subtree), exclude=by_phrase)
            if subject_span is None or end_span is None:
                return None
            span = (subject_span[0], end_span[1])
        else:
            span = self.span_of(list(complement.subtree))
            if span is None:
                return None
        certainty = lexicon.ASSERTION_VERBS.get(verb.lemma_.lower(), Certainty.CERTAIN)
        return CueMatch([verb], Stance.ASSERTS, certainty, sources, *span)

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


def _entity_root(token):
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.root
    return token
