"""The shared ground of the cue rules: the CueMatch record, spans and quotes, and the grammar
helpers every construction uses (passive agents, owners of documents, complements; the subject
of a verb is found in `cue_subjects`).

The sm model misparses often, so the helpers carry fallbacks: the nearest subject when a
dateline was parsed as one, a that-clause a few words on when it was hung elsewhere, a quote
next to the cue clause when a sentence break was missed.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from ..model import Certainty, Stance
from . import lexicon
from .cue_subjects import SubjectGrammar
from .cue_tokens import entity_root, names_people, word_in  # noqa: F401  (re-exported)
from .docindex import doc_text, entity_at
from .mentions import DATELINE
from .quotes import SINGLE_MARKS as _SINGLE_MARKS
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
    more: list = field(default_factory=list)  # further (start, end) pieces: 'A, X said, B

    @property
    def cue_text(self) -> str:
        """The cue as written, from its first to its last word ("could not independently verify")."""
        doc = self.cue_tokens[0].doc
        start = min(t.idx for t in self.cue_tokens)
        end = max(t.idx + len(t.text) for t in self.cue_tokens)
        return doc_text(doc)[start:end]

    @property
    def cue_start(self) -> int:
        """Offset of the cue's first character."""
        return min(t.idx for t in self.cue_tokens)

    @property
    def cue_end(self) -> int:
        """Offset just past the cue's last character."""
        return max(t.idx + len(t.text) for t in self.cue_tokens)



class CueGrammar(SubjectGrammar):
    """Span, quote and parse helpers over one parsed article; the rule classes build on it."""

    def __init__(self, doc, quotes: list[Quote]):
        self.doc = doc
        self.text = doc.text
        self.quotes = quotes
        # offset -> the first quote (in list order) whose marks hold it, so a lookup never scans every quote
        self._quote_at: dict[int, Quote] = {}
        for q in reversed(quotes):
            for offset in range(q.outer_start, q.outer_end):
                self._quote_at[offset] = q
        self._quote_starts = [q.start for q in quotes]
        self._entity_words: set[str] | None = None  # words inside named entities, built on first use

    def in_quote(self, token) -> Quote | None:
        """The quote a token stands in, if any."""
        return self._quote_at.get(token.idx)

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
        # "said later that S": adverbs before the complementiser stay out of the content
        mark = next((k for k, t in enumerate(best[:4]) if t.dep_ == "mark" and t.lower_ == "that"), None)
        if mark and all(t.pos_ in ("ADV", "PUNCT") for t in best[:mark]):
            best = best[mark:]
        if len(best) > 3 and best[0].lower_ == "that" and best[0].dep_ == "det" and any(
                t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in best[2:]):
            best = best[1:]  # "denied that maintenance had been skipped": a clause, not "that maintenance"
        while best and (best[0].lower_ == "that" and (best[0].dep_ == "mark" or best[0].tag_ == "WDT" and len(best) > 3)
                        or best[0].is_punct or best[0].lower_ in ("and", "but", "while")):
            if best[0].text == "\u201c" and any(t.text == "\u201d" for t in best[1:-1]) or (
                    best[0].text == '"' and sum(t.text == '"' for t in best[1:]) % 2 == 1):
                break  # an opening quote closed inside the span belongs to it
            best = best[1:]
        while best and (best[-1].is_punct and best[-1].text not in ("?", "!", ".", ")", "\u201d", '"', "%")
                        or best[-1].lower_ in ("and", "but")):
            best = best[:-1]
        if not best:
            return None
        return self.trim(best[0].idx, best[-1].idx + len(best[-1].text))

    def trim(self, start: int, end: int) -> tuple[int, int] | None:
        """Offsets with edge punctuation and spaces removed (a final '.' after words is kept out)."""
        while end > start and self.text[end - 1].isspace():
            end -= 1  # (first, so that a closing mark before a line break is the span's last character below)
        while start < end and (self.text[start] in _EDGE_PUNCT or self.text[start].isspace()):
            # keep an opening quote mark whose closing mark is inside the span (“Sea Hawk” drones ...)
            if self.text[start] == "\u201c" and "\u201d" in self.text[start + 1:end - 1]:
                break
            if self.text[start] == '"' and self.text.count('"', start + 1, end - 1) % 2 == 1:
                break  # a straight opening mark closed inside the span ('for "all members" to V')
            if self.text[start] in _SINGLE_MARKS and self._single_quote_at(start, end + 1):
                break  # a single-mark quote closed inside the span ('the plan was ‘unworkable’ and unfair')
            start += 1
        while end > start and (self.text[end - 1] in _EDGE_PUNCT or self.text[end - 1].isspace()):
            end -= 1
        if end <= start:
            return None
        # keep balanced brackets and a closing quote mark that belongs to an opened one
        inside = self.text[start:end]
        if inside.count("\u201c") > inside.count("\u201d") and end < len(self.text) and self.text[end] == "\u201d":
            end += 1
        elif inside.count('"') % 2 == 1 and end < len(self.text) and self.text[end] == '"':
            end += 1  # 'said the talks were "not on the agenda"': keep the quote closed
        elif end < len(self.text) and self.text[end] in _SINGLE_MARKS and self._single_quote_at(start, end + 1, closes=end):
            end += 1  # 'said it ‘does not comment’': a single-mark quote opened in the span, closed right after it
        line_start = self.text.rfind("\n", 0, start) + 1
        if start == line_start or not self.text[line_start:start].strip():
            dateline = DATELINE.match(self.text, start, end)
            if dateline:
                start = dateline.end()
        if inside.count("[") > inside.count("]") and "]" in self.text[end:end + 2]:
            end = self.text.index("]", end) + 1
        return start, end

    def _single_quote_at(self, start: int, end: int, closes: int | None = None) -> bool:
        """A quote in single marks (quotes.find_quotes) that opens at or after `start` and closes by
        `end`; with `closes`, one whose closing mark is that offset. An apostrophe is never one."""
        # only the quotes whose words start inside [start, end] can (the list is sorted by that start)
        lo = bisect.bisect_left(self._quote_starts, start)
        hi = bisect.bisect_right(self._quote_starts, end)
        return any(start <= q.outer_start and q.outer_end <= end and self.text[q.outer_start] in _SINGLE_MARKS
                   and (closes is None or q.outer_end == closes + 1) and (closes is not None or q.outer_start == start)
                   for q in self.quotes[lo:hi])

    def adjacent_quote(self, clause_start: int, clause_end: int, *, prefer_after: bool = False) -> Quote | None:
        """A quote that ends right before a cue clause or starts right after it (with `prefer_after`,
        the one after when there are both: '"Q1," X said, adding later, "Q2."' adds Q2)."""
        gap = r"[ \t,;:\u2014\u2013-]*"  # never across a line break: a quote is its paragraph's own
        # only quotes of the cue clause's own line can be next to it (the gap never holds a line break)
        first = bisect.bisect_left(self._quote_starts, self.text.rfind("\n", 0, clause_start) + 1)
        line_end = self.text.find("\n", clause_end)
        last = bisect.bisect_right(self._quote_starts, line_end if line_end >= 0 else len(self.text))
        before = None
        for q in self.quotes[first:last]:
            if q.outer_end <= clause_start and re.fullmatch(gap, self.text[q.outer_end:clause_start]):
                if not prefer_after:
                    return q
                before = q
            if q.outer_start >= clause_end and re.fullmatch(gap, self.text[clause_end:q.outer_start]):
                return q
        if before is not None:
            return before
        # 'She said:' ending its paragraph, and the quote set as the next paragraph
        after = re.match(r"[ \t]*:[ \t]*\n\s*", self.text[clause_end:])
        if after is not None:
            k = bisect.bisect_left(self._quote_starts, clause_end)
            nxt = self.quotes[k] if k < len(self.quotes) else None
            if nxt is not None and nxt.outer_start == clause_end + after.end():
                return nxt
        return None

    @staticmethod
    def children(token, *deps):
        """The children of a token with one of the given dependency labels."""
        return [c for c in token.children if c.dep_ in deps]

    def topics(self, token) -> list:
        """What an on/about phrase of a word names ("comment on the terms", "calls seeking comment on
        the layoffs"); a day is no topic ("declined to comment on Tuesday")."""
        return [o for p in self.children(token, "prep") if p.lower_ in ("on", "about")
                for o in self.children(p, "pobj", "pcomp") if o.ent_type_ not in ("DATE", "TIME")]

    def own_children(self, verb, *deps):
        """The children of a cue verb with one of the labels, less words of a quote the verb stands
        outside: in '"Probably not," X said' or '"S. Full stop," said X' the parser hangs the
        quote's 'not' or its last noun on the verb, but the quote is what X said, not part of the
        reporting clause."""
        found = self.children(verb, *deps)
        if not found or self.in_quote(verb):
            return found
        return [c for c in found if not self.in_quote(c)]

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
        return verb.tag_ == "VBN" and (verb.dep_ == "acl" and not self._verb_hung_on_root_noun(verb)
                                       or bool(self.children(verb, "agent")))

    def negated(self, verb) -> bool:
        """'did not confirm', and 'did not want to confirm' through an xcomp."""
        if self.own_children(verb, "neg"):
            return True
        head = verb.head
        # "neither confirmed nor denied S", "would not confirm or deny S": both verbs negated
        if any(c.dep_ == "preconj" and c.lower_ == "neither" for c in verb.children) or (
                verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "nor" for c in head.children)) or (
                verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ == "or" for c in head.children)
                and bool(self.own_children(head, "neg"))):
            return True
        # "has yet to confirm S", "is yet to respond": not done so far
        if verb.dep_ == "xcomp" and head.lemma_.lower() in ("have", "be") and any(
                c.lower_ == "yet" for c in self.own_children(head, "advmod")):
            return True
        # "did not want to confirm", "has not been able to verify"
        return verb.dep_ in ("xcomp",) and bool(self.own_children(head, "neg"))

    def modal_can(self, verb) -> bool:
        """'could not verify', 'cannot confirm', 'was (un)able to verify': ability, not refusal."""
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if aux & {"could", "can", "cannot"}:
            return True
        if verb.dep_ == "xcomp" and verb.head.lemma_ in ("able", "unable", "be"):
            return True
        return verb.head.lower_ in ("able", "unable") or any(c.lower_ == "unable" for c in verb.head.children)

    def coordinated(self, head):
        """A subject head and the heads conjoined with it ("Both Iran and Russia")."""
        # "Two aid groups, Oxfam International and Care International, said": the names in
        # apposition are the sources, each of them
        named = [a for a in head.children if a.dep_ == "appos" and a.ent_type_ in ("ORG", "PERSON")
                 and any(c.dep_ == "conj" and c.ent_type_ == a.ent_type_ for c in a.children)]
        if named:
            return self.coordinated(named[0])
        heads = [head]
        for c in head.children:
            if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON"):
                heads.extend(self.coordinated(c))
        # two names the tagger joined and fix_entities split, which the parser left unconjoined
        ent = entity_at(head) if head.ent_type_ else None
        doc = head.doc
        if ent is not None and ent.start >= 2 and doc[ent.start - 1].lower_ in ("and", "&") \
                and doc[ent.start - 2].ent_type_ == ent.label_:
            before = entity_at(doc[ent.start - 2])
            if before is not None and before.root.i != head.i and before.root not in heads \
                    and all(t in head.subtree for t in before):
                heads.insert(0, before.root)
        return heads

    def accused_renaming_pronoun(self, pronoun):
        """'X accuses the charity of Z, a charge it denies': the pronoun in the relative clause of a
        claim noun that renames an accusation stands for the accused (the one charged answers the
        charge), not for the accuser the sentence opens with. The accused token, or None."""
        verb = pronoun.head
        if pronoun.dep_ != "nsubj" or pronoun.pos_ != "PRON" or verb.dep_ != "relcl":
            return None
        noun = verb.head
        if noun.lemma_.lower() not in lexicon.CLAIM_NOUNS or noun.i == 0 or self.doc[noun.left_edge.i - 1].text != ",":
            return None
        accusing = noun.head
        for _ in range(4):
            if accusing.lemma_.lower() in ("accuse", "charge", "blame") and accusing.pos_ == "VERB":
                break
            if accusing.head.i == accusing.i:
                return None
            accusing = accusing.head
        else:
            return None
        return next((o for o in self.children(accusing, "dobj") if o.i < noun.i
                     and self._agentive(o, strict=True)), None)

    def as_well_as_tail(self, verb, last: int) -> list:
        """'accused the mayor of breaking the charter as well as an accord signed in May': the parser
        hangs "as well as" and the noun phrase after it on the cue verb (a second object); right after
        the content, that phrase is part of it."""
        doc = verb.doc
        if last + 3 >= len(doc) or [t.lower_ for t in doc[last + 1:last + 4]] != ["as", "well", "as"]:
            return []
        after = doc[last + 4] if last + 4 < len(doc) else None
        phrase = next((c for c in verb.children if c.dep_ in ("dobj", "conj", "pobj") and after is not None
                       and c.left_edge.i == after.i), None)
        if phrase is None:
            return []
        return [*doc[last + 1:last + 4], *phrase.subtree]

    def owner(self, noun):
        """Who stands behind a document or study noun: 'by X', 'X's', or 'X analysis'."""
        for prep in self.children(noun, "prep"):
            if prep.lower_ in ("by", "from"):
                for obj in self.children(prep, "pobj"):
                    if prep.lower_ == "from" and (obj.pos_ == "PRON" or not self._agentive(obj, strict=True)):
                        continue  # "documents from his tax return": a part of another document
                    return obj
        for poss in self.children(noun, "poss"):
            return poss
        for acl in self.children(noun, "acl"):  # "data gathered by the group", "tests carried out by X"
            # only who made the document stands behind it: "the audit, obtained by the Herald" is
            # still the audit's account, not the paper's
            if acl.tag_ == "VBN" and acl.lemma_.lower() in lexicon.AUTHORSHIP_VERBS:
                agent = self.agent_of(acl)
                if agent is not None:
                    return agent
        for mod in self.children(noun, "compound", "nmod", "amod"):
            if mod.dep_ == "amod" and mod.ent_type_ == "NORP":
                continue  # "Danish media reports": a nationality describes the reports, it owns nothing
            if mod.ent_type_ in ("ORG", "GPE", "PERSON", "NORP"):
                return mod.head if mod.head.i != noun.i and mod.head.ent_type_ else entity_root(mod)
            if mod.pos_ == "PROPN" and mod.text[:1].isupper():
                return mod  # "a Reuters investigation", "an Associated Press analysis" (untagged names)
        return None

    def _agentive(self, token, *, strict=False) -> bool:
        """Can this subject hold a view or an intent: a name, a pronoun, a role or group noun;
        unless `strict`, any common noun that does not name a text or a finding."""
        if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or token.pos_ == "PROPN" or names_people(token):
            return True
        if token.pos_ == "PRON":
            return token.lower_ not in ("it", "this", "that", "which", "what")
        lemma = token.lemma_.lower()
        if (lemma in lexicon.ROLE_NOUNS or lemma in lexicon.ORGANIZATION_ROLE_NOUNS
                or token.lower_ in lexicon.GROUP_SOURCE_NOUNS or lemma in lexicon.GROUP_SOURCE_NOUNS):
            return True
        return not strict and token.pos_ == "NOUN" and not word_in(token, lexicon.INFORMATION_NOUNS)

    def source_heads(self, verb):
        """Source head tokens of a cue verb (active subject, passive agent, relative antecedent)."""
        if self.is_passive(verb):
            agent = self.agent_of(verb)
            return self.coordinated(agent) if agent is not None else []
        subject = self.subject(verb)
        # ("issued statements expressing outrage and hinting that S": the second participle, a conjunct
        # of the first, speaks for the statements too)
        participle = verb.head if verb.dep_ == "conj" and verb.tag_ == "VBG" and verb.head.dep_ == "acl" \
            and verb.head.tag_ == "VBG" else verb
        if subject is None and participle.dep_ == "acl" and participle.tag_ == "VBG" and word_in(
                participle.head, lexicon.CHANNEL_NOUNS | lexicon.INFORMATION_NOUNS):
            # "the council issued a statement calling the test a violation": who issued the
            # statement speaks through its participle
            noun = participle.head
            subject = self.owner(noun) or (self.subject(noun.head) if noun.dep_ == "dobj" else None)
        if subject is None:
            return []
        if subject.lower_ in lexicon.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            subject = verb.head
        if word_in(subject, lexicon.INFORMATION_NOUNS) and not word_in(subject, lexicon.CHANNEL_NOUNS):
            owner = self.owner(subject)
            if owner is not None and not (owner.head.i == subject.i and owner.dep_ in ("compound", "nmod", "amod")):
                # ("A U.N. report says S": the document named with its maker is the source, as "a
                # U.N. statement" is; "a report by X" and "X's report" give X)
                subject = owner
        elif word_in(subject, lexicon.CHANNEL_NOUNS):
            # "Posts by the mayor say S", "a statement from the ministry said": the author named
            # with the post speaks (a bare "the statement said" is resolved to its issuer later)
            author = next((o for p in self.children(subject, "prep") if p.lower_ in ("by", "from")
                           for o in self.children(p, "pobj")
                           if o.pos_ in ("PROPN", "NOUN") and o.ent_type_ not in ("DATE", "TIME")), None)
            if author is not None:
                subject = author
        return self.coordinated(subject)

    def clause_bounds(self, verb, sources) -> tuple[int, int]:
        """Offsets of the cue clause: the verb, its sources, auxiliaries, negation and adverbs."""
        # '"No matter what anyone says, S," said X': 'matter', hung on the verb as its advmod, is the quote's
        tokens = [verb] + [t for s in sources for t in s.subtree] + self.own_children(verb, "aux", "neg", "advmod")
        if self._quoted_as_saying(verb) is not None:
            # '"Q," the Gazette quoted an officer as saying': "the Gazette quoted" belongs to the cue clause
            quoting = verb.head.head
            tokens += [quoting] + [t for s in self.children(quoting, "nsubj", "nsubjpass") for t in s.subtree]
        return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)

    def complement(self, verb):
        """The clause a cue introduces; also 'said in a statement that S', where the parser
        hangs the that-clause on the channel noun instead of the verb."""
        found = self.children(verb, "ccomp")
        if len(found) > 1:
            # "It is unlikely; X says S" / "At a panel that agreed P won, X noted that S": an
            # unquoted clause before the verb is a misparse; the clause after it is what X says
            after = [c for c in found if c.i > verb.i]
            if after and any(c.i < verb.i and not self.in_quote(c) for c in found):
                return after[0]
        if found:
            return found[0]
        for prep in self.children(verb, "prep"):
            for noun in self.children(prep, "pobj"):
                for clause in noun.children:
                    if clause.dep_ in ("acl", "relcl", "ccomp") and any(
                            c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                        return clause
        # "could not verify where the drone was launched": a wh-clause parsed as an adverbial
        for clause in self.children(verb, "advcl"):
            first = min(clause.subtree, key=lambda t: t.i)
            if clause.i > verb.i and (first.tag_ in ("WRB", "WP") or first.lower_ in ("whether", "if")):
                return clause
            if clause.i > verb.i and self.time_phrase_before_subject(clause) is not None \
                    and verb.lemma_.lower() in lexicon.SPEAKING_VERBS:
                return clause
        return self._that_clause_nearby(verb)

    def time_phrase_before_subject(self, clause):
        """'X said after the meeting he would not accept': the parser takes "after" for the clause's
        conjunction and hangs the reported clause on the verb as an adverbial. The phrase ("after the
        meeting") when the clause opens with a preposition and its object, then its own subject, and
        has no conjunction of its own; else None."""
        if clause.dep_ != "advcl" or any(c.dep_ == "mark" for c in clause.children):
            return None
        subject = next(iter(self.children(clause, "nsubj", "nsubjpass")), None)
        lead = next((c for c in self.children(clause, "prep") if c.i < (subject.i if subject is not None else -1)
                     and c.i == clause.left_edge.i and c.lower_ in lexicon.TIME_PREPOSITIONS), None)
        if subject is None or lead is None or lead.right_edge.i + 1 != subject.left_edge.i:
            return None
        return lead

    def _that_clause_nearby(self, verb):
        """'wrote on X, formerly Twitter, that S': a that-clause a few words on, hung elsewhere by
        the parser, with nothing but prepositional phrases and asides in between."""
        doc = verb.doc
        end = min(verb.sent.end, verb.i + 14)
        for i in range(verb.i + 1, end):
            token = doc[i]
            if token.lower_ == "that" and token.dep_ == "mark" and token.head.i > i:
                # not the clause of the verb's own object ("denied reports that S")
                if any(a.dep_ in ("dobj", "nsubj", "attr") for a in token.head.ancestors if a.i > verb.i):
                    return None
                return token.head
            if token.pos_ in ("VERB", "AUX") and token.lemma_.lower() not in ("cite", "quote") and not (
                    token.tag_ == "VBN" and token.dep_ == "acl"):
                # "reported, citing the ministry, that S" passes the citing phrase, and "said in a
                # report released Tuesday that S" the participle on the channel noun
                return None
            if token.text in (";", ".") or self.in_quote(token):
                return None
        return None

    def content_after_comma_clause(self, verb, sources):
        """'S, X said' parsed with the cue attached under S: the text before the cue clause."""
        sent = verb.sent
        start, _ = self.clause_bounds(verb, sources)
        if self.char_before(start) not in (",", "\u201d", '"', "\u2014"):
            return None  # "claims that officials disputed": a that-clause, not 'S, X said'
        left = [t for t in sent if t.idx + len(t.text) <= start]
        if len(left) < 3:
            return None
        return self.span_of(left)

    def parenthetical_content(self, verb, sources):
        """'The plan, Berg said, would cost more': a cue clause set off by commas inside the
        claim it reports; the content is the claim on both sides, as two pieces."""
        start, end = self.clause_bounds(verb, sources)
        sent = verb.sent
        # "The strike, the union said on Friday, will last": the cue clause runs to its comma
        comma = next((t for t in sent if t.i > verb.i and t.text == ","), None)
        if comma is not None and all(t.pos_ not in ("VERB", "AUX") for t in verb.doc[verb.i + 1:comma.i]):
            end = max(end, comma.idx)
        if self.char_before(start) != "," or self.char_after(end) != ",":
            return None
        left = [t for t in sent if t.idx + len(t.text) <= start]
        right = [t for t in sent if t.idx >= end]
        if sum(not t.is_punct for t in left) < 1 or sum(not t.is_punct for t in right) < 2:
            return None
        first, second = self.span_of(left), self.span_of(right)
        if first is None or second is None:
            return None
        return first, second

    def char_before(self, offset: int) -> str:
        """The last character before `offset` that is not a space ('' at the start of the text);
        found without slicing the text, so a call costs the spaces it skips, not the article."""
        while offset > 0 and self.text[offset - 1].isspace():
            offset -= 1
        return self.text[offset - 1] if offset > 0 else ""

    def char_after(self, offset: int) -> str:
        """The first character from `offset` on that is not a space ('' at the end of the text)."""
        while offset < len(self.text) and self.text[offset].isspace():
            offset += 1
        return self.text[offset] if offset < len(self.text) else ""

    def without_asides(self, tokens) -> list:
        """Tokens less the comma-set relative clauses among them ('targets, which Ukraine denies') and
        a claim noun set after them that renames the claim ('of hiding losses - a charge X denies')."""
        tokens = list(tokens)
        cut = set()
        for t in tokens:
            if t.dep_ == "relcl" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",":
                cut.update(x.i for x in t.subtree)
            elif t.dep_ == "appos" and t.lemma_.lower() in lexicon.CLAIM_NOUNS and t.left_edge.i > 0 and (
                    t.doc[t.left_edge.i - 1].text in (",", "-", "\u2013", "\u2014")):
                cut.update(x.i for x in t.subtree)
                cut.add(t.left_edge.i - 1)
        return [t for t in tokens if t.i not in cut]

    def _trailing_preps(self, verb, obj) -> list:
        """'showed damage to three buildings at the base': of/to/at phrases the parser hung on the verb
        right after its object belong to the object (time phrases and channels do not)."""
        tokens, last = [], max(t.i for t in obj.subtree)
        for prep in sorted(self.children(verb, "prep"), key=lambda t: t.i):
            if prep.i != last + 1 or prep.lower_ not in ("of", "to", "at", "for", "against", "from", "near", "with", "in", "as",
                                                         "over", "out"):
                break
            # (a time phrase is one whose own object is a date or time: "for failing to say on Friday
            # that S" is no time phrase for a date deep inside it)
            objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
            if any(o.ent_type_ in ("DATE", "TIME") for o in objects) or any(
                    t.lemma_.lower() in lexicon.CHANNELS for t in prep.subtree):
                break
            tokens.extend(prep.subtree)
            last = max(t.i for t in prep.subtree)
        return tokens

    def _without_channel_phrases(self, head) -> list:
        """A phrase's tokens less 'in a statement', 'on Telegram' phrases the parser put inside it."""
        cut = set()
        for prep in head.subtree:
            if prep.dep_ == "prep" and prep.lower_ in ("in", "on", "via", "through") and any(
                    o.lemma_.lower() in lexicon.CHANNELS or o.lemma_.lower() in lexicon.CHANNEL_NOUNS
                    for o in self.children(prep, "pobj")):
                cut.update(t.i for t in prep.subtree)
        for clause in head.subtree:
            # "acknowledged the reality of climate change, which makes him an outlier": a relative
            # clause set off by a comma after the object is the writer's comment on it
            if clause.dep_ == "relcl" and clause.left_edge.i > head.i and clause.doc[clause.left_edge.i - 1].text == "," \
                    and clause.left_edge.lower_ in ("which", "who") and clause.right_edge.i == head.right_edge.i:
                cut.update(t.i for t in clause.subtree)
                cut.add(clause.left_edge.i - 1)
            # "denied carrying out the attack, blaming government forces instead": a participle of a
            # cue verb set off by a comma at the phrase's end is the speaker's next act
            if clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.lemma_.lower() in lexicon.CUE_LEMMAS \
                    and clause.left_edge.i > head.i and clause.doc[clause.left_edge.i - 1].text == "," \
                    and clause.right_edge.i == head.right_edge.i:
                cut.update(t.i for t in clause.subtree)
                cut.add(clause.left_edge.i - 1)
        return [t for t in head.subtree if t.i not in cut]

    def _cue_tokens(self, verb, *, full: bool) -> list:
        """The cue words: the verb and its negation; with `full`, also the auxiliaries and the
        governing 'unable'/'able' ("could not be independently verified", "was unable to verify")."""
        cue = [verb] + self.own_children(verb, "neg")
        if not full:
            return cue
        cue += [c for c in self.own_children(verb, "aux", "auxpass", "advmod", "neg") if verb.i - 6 < c.i < verb.i]
        if verb.dep_ == "xcomp":
            head = verb.head
            cue += [head] + [c for c in head.children if c.dep_ in ("aux", "neg", "advmod") and c.i < verb.i]
            if head.pos_ == "ADJ" and head.dep_ == "acomp":
                cue += [head.head] + [c for c in head.head.children if c.dep_ in ("aux", "neg") and c.i < head.i]
        return [t for t in cue if t.i <= verb.i]

    def _antecedent_tokens(self, noun):
        """The noun phrase a relative clause hangs on, up to its head: 'the attack' in
        'the attack, which X did not claim'."""
        tokens = [noun]
        for child in noun.lefts:
            if child.dep_ in ("det", "amod", "compound", "poss", "nummod", "quantmod", "nmod", "case",
                              "advmod", "predet", "npadvmod"):
                tokens.extend(child.subtree)
        # "the parliamentary, council and presidential elections which X disputes": the parser hangs
        # the clause on the first conjunct; the conjoined words after it are the same antecedent
        # (only before the relative clause: what the parser conjoins after it is no part of the antecedent)
        clause = min((c.left_edge.i for c in noun.rights if c.dep_ == "relcl"), default=len(noun.doc))
        conjuncts = [c for c in noun.rights if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "ADJ")
                     and c.right_edge.i < clause]
        if conjuncts:
            last = max(t.i for c in conjuncts for t in c.subtree)
            for child in noun.rights:
                if child.i <= last and (child in conjuncts or child.dep_ in ("cc", "punct")):
                    tokens.extend(child.subtree)
        return tokens

    def _passive_subject_span(self, verb):
        subjects = self.children(verb, "nsubjpass")
        if not subjects:
            return None
        subject = subjects[0]
        if subject.lower_ in lexicon.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            noun = verb.head
            return self.span_of(self._antecedent_tokens(noun))
        # "The claims, first reported by X, were denied": a comma-set aside is not the claim
        aside = set()
        for child in subject.children:
            if child.dep_ in ("acl", "relcl", "appos") and child.i > subject.i and subject.doc[child.left_edge.i - 1].text == ",":
                aside.update(t.i for t in child.subtree)
        return self.span_of([t for t in subject.subtree if t.i not in aside])
