"""The subject of a cue verb, found through the parser's slips: inherited through conjunctions
and participles, through a gerund after a preposition ("began by saying S"), past a dateline
parsed as a subject, from an apposition hung on a fronted phrase, from a name run into an
unpunctuated opening phrase, and from "X was quoted as saying".

A mixin of `CueGrammar`: its methods use the shared helpers there (`children`, `negated`, ...).
"""
from __future__ import annotations

from . import lexicon
from .cue_tokens import word_in
from .mentions import dateline_end

# Prepositions whose gerund is an act of the clause's subject (or, after "for", of the one the verb is about):
# "began by saying S", "after insisting that S", "criticized Y for saying S".
# Not "from" ("refrained from saying" is the opposite) unless it is "aside from" / "apart from".
_GERUND_PREPOSITIONS = {"by", "after", "before", "while", "besides", "upon", "for"}


class SubjectGrammar:
    """How the cue rules find a verb's subject (a mixin of CueGrammar)."""

    @staticmethod
    def infinitive_of_claim(conj, cue) -> bool:
        """'said the council wanted to speak to farmers and tell them S': a bare infinitive joined to
        the reported clause after a finite cue goes on with an infinitive inside the claim, it is not
        the speaker's next act, which shares the cue's form ('said S and told', 'will say S and tell')
        or is finite through an auxiliary of its own ('said S but did not indicate T')."""
        return conj.tag_ == "VB" and cue.tag_ != "VB" and not any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD") for c in conj.children)

    def subject(self, verb):
        """The subject head of a verb, inherited through conjunctions and participles."""
        seen = set()
        quoted = self._quoted_as_saying(verb)
        if quoted is not None:
            return quoted
        while verb is not None and verb.i not in seen:
            seen.add(verb.i)
            subjects = self.own_children(verb, "nsubj")
            if subjects:
                # "WASHINGTON (AP) - The Pentagon confirmed": a dateline parsed as a second subject
                before = [t for t in subjects if t.i < verb.i]
                subject = before[-1] if before else subjects[0]
                return self._past_dateline(subject)
            but = verb.i > 0 and self.doc[verb.left_edge.i - 1].lower_ == "but"
            if (verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and not self.infinitive_of_claim(verb, verb.head.head) and (
                    verb.lemma_.lower() in lexicon.SPEAKING_VERBS
                    # "X said S but gave no details", "... but declined to say more": X again
                    or (but and verb.lemma_.lower() in lexicon.ACCOUNT_VERBS | lexicon.REFUSAL_VERBS)
                    or (but and self.negated(verb) and verb.lemma_.lower() in lexicon.DISCLOSURE_VERBS | lexicon.CUE_LEMMAS)
                    or self.is_speakers_act(verb))
                    and verb.head.head.lemma_.lower() in lexicon.CUE_LEMMAS and verb.head.head.i not in seen):
                # "X acknowledged that S but said T": the parser hung "said" on S's verb; it is X's
                # second statement, with X's subject
                verb = verb.head.head
                continue
            claim_noun = verb.head.head if verb.dep_ == "conj" and verb.head.dep_ == "acl" else None
            if (claim_noun is not None and but and word_in(claim_noun, lexicon.CLAIM_NOUNS)
                    and claim_noun.head.pos_ in ("VERB", "AUX") and claim_noun.head.i not in seen and (
                    verb.lemma_.lower() in lexicon.SPEAKING_VERBS or self.negated(verb))):
                # "X has seen reports that S but did not confirm them": hung on the report's clause S,
                # the verb after "but" is X's, the subject of the verb whose object is the report
                verb = claim_noun.head
                continue
            if self.is_speakers_participle(verb) and verb.head.head.i not in seen:
                verb = verb.head.head  # "X said S, noting that T": X notes T
                continue
            if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
                continue
            if self._gerund_after_preposition(verb):
                governor = self._gerund_governor(verb)
                if verb.head.lower_ == "for":
                    # "Y faulted X for saying S": X said it (the one faulted); with no object,
                    # "X was criticized for saying S", "X apologized for saying S": the subject
                    named = self.own_children(governor, "dobj") or self.own_children(governor, "nsubjpass")
                    if named and named[0].pos_ in ("PROPN", "PRON", "NOUN"):
                        return self._past_dateline(named[0])
                elif not self.own_children(governor, "nsubj") and (passive := self.own_children(governor, "nsubjpass")):
                    # "After saying S, she was taken to hospital": the passive subject did the saying
                    return self._past_dateline(passive[0])
                verb = governor  # "X began by saying S", "X left after insisting that S": X's act
                continue
            # "X was unable to verify S": verify -> unable (acomp) -> was, whose subject is X
            if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.dep_ == "acomp":
                verb = verb.head.head
                continue
            if self._verb_hung_on_root_noun(verb) or self._participle_set_after_subject(verb):
                return verb.head
            return self._subject_hung_as_apposition(verb)
        return None

    def _participle_set_after_subject(self, verb) -> bool:
        """'The mayor, saying that the road was unsafe, closed the bridge': a participle set off by
        commas right after the sentence's subject, hung on it by the parser, has it as its own subject
        (not after an object: in 'police held a man, saying S' the police speak)."""
        noun = verb.head
        return (verb.dep_ == "acl" and verb.tag_ == "VBG" and noun.i < verb.i and noun.pos_ in ("NOUN", "PROPN")
                and noun.dep_ in ("nsubj", "nsubjpass") and verb.left_edge.i > 0
                and self.doc[verb.left_edge.i - 1].text == ","
                and not word_in(noun, lexicon.INFORMATION_NOUNS | lexicon.CHANNEL_NOUNS))

    @staticmethod
    def _gerund_governor(verb):
        """The clause verb a gerund's preposition hangs on, past 'aside' / 'apart' ('refused to
        name them, aside from saying S': the preposition hangs on "aside", itself on the verb)."""
        head = verb.head.head
        if head.lower_ in ("aside", "apart") and head.dep_ == "advmod":
            head = head.head
        return head

    @classmethod
    def _gerund_after_preposition(cls, verb) -> bool:
        """'X opened the hearing by saying S', 'after insisting that S', 'aside from saying S': a gerund
        the parser hangs on a preposition of the clause's verb has that verb's subject; after "for"
        ('criticized Y for saying S', 'apologized for saying S') the one the verb is about. 'without
        saying' is left out: it tells what X did not say."""
        prep = verb.head
        if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.dep_ != "prep" or \
                cls._gerund_governor(verb).pos_ not in ("VERB", "AUX"):
            return False
        aside = prep.lower_ == "from" and prep.i > 0 and prep.nbor(-1).lower_ in ("aside", "apart")
        return (prep.lower_ in _GERUND_PREPOSITIONS or aside) and verb.lemma_.lower() in lexicon.SPEAKING_VERBS

    def is_speakers_participle(self, verb) -> bool:
        """'X said S, noting that T', '..., adding that T': a participle of saying, set off by a comma
        and hung by the parser on the reported clause S, is the speaker's next statement, not S's."""
        clause = verb.head
        return (verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_.lower() in lexicon.SPEAKING_VERBS
                and not self.children(verb, "nsubj", "nsubjpass") and clause.dep_ == "ccomp"
                and clause.head.lemma_.lower() in lexicon.CUE_LEMMAS and verb.left_edge.i > 0
                and self.doc[verb.left_edge.i - 1].text == ",")

    @staticmethod
    def is_speakers_act(verb) -> bool:
        """'... and called on Y to V', '... and urged Y to V', '... and denied S', '... and accused Y
        of Z': a request, a denial or an accusation. Hung by the parser on a reported clause ("X said
        S and urged Y to V"), it is the speaker's next act, not one of S's subject."""
        lemma = verb.lemma_.lower()
        return lemma in lexicon.DIRECTIVE_VERBS | lexicon.DENIAL_VERBS | {"accuse"} or (lemma == "call" and any(
            c.lower_ in ("on", "for", "upon") for c in verb.children if c.dep_ in ("prep", "prt")))

    def _verb_hung_on_root_noun(self, verb) -> bool:
        """'The union called Monday for talks to resume': the parser reads the verb as a participle
        of the noun before it ('the union, called Monday') and makes that noun the sentence's root,
        leaving the sentence without a verb. A past-tense form, or a day or time right after the verb,
        shows it is the sentence's verb, and the noun its subject ('A man called Peter said' keeps its
        verb 'said': there the noun is no root)."""
        head = verb.head
        if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN") or head.i != verb.i - 1:
            return False
        after = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        return verb.tag_ == "VBD" or (after is not None and after.ent_type_ in ("DATE", "TIME"))

    def _subject_hung_as_apposition(self, verb):
        """'In Tarsk, the head of the port authority, Ilse Maren, says S': after a fronted
        prepositional phrase the parser hangs the subject on the place as an apposition; the
        name just before the verb (set off by a comma) is the subject."""
        if verb.dep_ != "ROOT" or verb.i < 2:
            return None
        if self.doc[verb.i - 1].text != ",":
            return self._subject_run_into_opening_phrase(verb)
        candidate = self.doc[verb.i - 2]
        if candidate.dep_ == "appos" and candidate.ent_type_ not in ("PERSON", "ORG") and candidate.head.i < candidate.i \
                and candidate.head.ent_type_ in ("PERSON", "ORG") and candidate.head.dep_ in ("appos", "conj"):
            # "Before the trial, Holm, a lawyer of 36, declared S": the name set off by its own
            # apposition, itself hung on the opening phrase (as an apposition or a conjunct)
            candidate = candidate.head
        if candidate.dep_ not in ("appos", "conj") or candidate.ent_type_ not in ("PERSON", "ORG"):
            return None
        place = candidate
        while place.dep_ in ("appos", "conj") and place.head.i < place.i:
            place = place.head
        prep = place.head
        # only under the sentence's opening phrase ("In Tarsk, ..."), not a tail 'S, the master, X, said'
        if place.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.i == verb.i and prep.i == verb.sent.start:
            return candidate
        return None

    def _subject_run_into_opening_phrase(self, verb):
        """'In a meeting with the board of the Courier Ann Smith said S': with no comma after a
        fronted prepositional phrase the parser makes the subject the phrase's last object (or an
        apposition of it). A person's name right before the verb, inside the sentence's opening
        phrase, is the subject."""
        candidate = self.doc[verb.i - 1]
        if candidate.ent_type_ != "PERSON":
            return None
        top = candidate
        # "In an interview with VOA, Media Officer Dana Voss said S": with a comma after the phrase's
        # object but none before the verb, the parser hangs the name on that object as an apposition
        while top.dep_ in ("appos", "conj") and top.head.i < top.i:
            top = top.head
        if top.dep_ != "pobj":
            return None
        while top.head.i != verb.i and top.head.i < verb.i and top.head.i != top.i:
            top = top.head
        if top.head.i == verb.i and top.dep_ == "prep" and top.i == verb.sent.start:
            return candidate
        return None

    def _quoted_as_saying(self, verb):
        """'X was quoted (by Y) as saying S' and 'Y quoted X as saying S': the speaker is X, the
        passive subject or the object of 'quoted'."""
        head = verb.head
        if verb.tag_ != "VBG" or head.lower_ != "as" or head.head.lemma_.lower() not in ("quote", "cite"):
            return None
        return next(iter(self.children(head.head, "nsubjpass") or self.children(head.head, "dobj")), None)

    def _past_dateline(self, subject):
        """The subject itself, or, when the parser took a dateline ('GENEVA (AP) -') for the subject,
        the noun phrase it hung after the dateline."""
        end = dateline_end(subject)
        if end is None or subject.idx >= end:
            return subject
        later = [t for t in subject.subtree if t.idx >= end and t.dep_ in ("appos", "conj", "nsubj")]
        return later[0] if later else None
