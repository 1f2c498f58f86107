"""Who did it: a party that disclaims a part in an act against a claim that gives it that act.

The disclaimer is either a denial of a part ("the army denied any involvement in the
disappearance of the reporter"), a denial that the denier's own side did the act ("the army
denied its soldiers had killed anyone"), or a firm claim negating one ("its forces were not behind the
mortar attack", "the militia is not responsible for the killings", "they had no role in the
abduction"). The charge is a firm claim of another party that tells of the same kind of act
(an attack, a killing or wounding, an abduction or disappearance) and gives it to the
disclaiming party: it names that party as the doer ("forces loyal to Ivo Marek shelled the
depot", "the pupils were abducted by the militia") or as the one responsible ("the military
intelligence was responsible for the missing reporter", "accused the militia of the raid").

:func:`kg.analysis.rules.involvement_conflict` pairs a part against a denied part in an attack;
this rule covers the charge that states the act itself, and the acts that are no attack.
"""
from __future__ import annotations

from . import lexicon as lx
from .context import Prepared
from .rules import Finding, accused, firm, same_subject, side_roots
from .text import CONCEPT_OF, Features, features, token_terms, tokenize

INVOLVEMENT = "@involvement"


def _acts(terms) -> set[str]:
    """The kinds of act (see lx.RESPONSIBLE_ACTS) that a set of terms tells of."""
    return {lx.RESPONSIBLE_ACTS[t] for t in terms if t in lx.RESPONSIBLE_ACTS}


def _disclaimer(prepared: Prepared, i: int) -> tuple[set[str], set[str]] | None:
    """(the disclaiming party's terms, the kinds of act it disclaims) for a statement that says a
    party had no part in an act, else None (computed once per statement)."""
    key = ("disclaimer", i)
    if key not in prepared.memo:
        prepared.memo[key] = _read_disclaimer(prepared, i)
    return prepared.memo[key]


def _read_disclaimer(prepared: Prepared, i: int):
    statement, feats = prepared.statements[i], prepared.feats[i]
    if statement.stance == "denies":
        # "denied any involvement in the killings": the denier disclaims the act; so does a denial
        # that the denier's own side did it ("denied its soldiers had shelled the market", "denies
        # they killed anyone"): the act told with the speaker's placeholder as its doer
        if feats.negated or not (INVOLVEMENT in feats.terms or _placeholder_subject(feats)):
            return None
        acts = _acts(feats.terms)
        return (_speaker(prepared, i), acts) if acts else None
    if not firm(prepared, i):
        return None
    for negation in feats.negations:
        scope = set().union(*negation.scope) if negation.scope else set()
        acts = _acts(scope)
        if INVOLVEMENT not in scope or not acts:
            continue
        # "the militia is not responsible": the subject is the party; "they", "its forces": the speaker's
        # (a common noun after "its" - "its forces" - is the speaker's, not any forces)
        if _placeholder_subject(feats) or not negation.subject:
            return _speaker(prepared, i), acts
        return set(negation.subject), acts
    return None


def _placeholder_subject(feats: Features) -> bool:
    """True when the claim opens with a word standing for the speaker ("they", "its forces", "we")."""
    first = next((t for t in feats.tokens if not t.punct), None)
    return first is not None and first.lower in lx.PARTY_PLACEHOLDERS


def _speaker(prepared: Prepared, i: int) -> set[str]:
    """The terms that stand for who speaks: its proper names (as "=root"), its party's and the
    names in the words before its cue ("Forces loyal to Ivo Marek say ..."), and what kind of body
    it is when its name says so ("the Zimbabwe army": @military)."""
    statement = prepared.statements[i]
    roots = set(side_roots(prepared, i))
    for k in prepared.relations.party(prepared.key(i)):
        roots |= prepared.relations.roots(k)
    text = statement.source_text or statement.source or ""
    if statement.sentence and statement.sentence_start is not None and statement.content_start is not None:
        # the words before the content (the speaker and its cue) name the speaker in full where
        # its name was cut short ("Forces loyal to Ivo Marek say they ...": "Forces")
        head = statement.sentence[:max(0, statement.content_start - statement.sentence_start)]
        if len(head.split()) <= lx.MAX_SPEAKER_WORDS:
            roots |= {t.stem for t in tokenize("x " + head)[1:] if t.entity}
            text += " " + head
    kinds = {t for t in features(text.lower()).terms if t in lx.PARTY_KIND_CONCEPTS}
    return {"=" + r for r in roots} | kinds


def _charges(prepared: Prepared, j: int, party: set[str], acts: set[str]) -> bool:
    """True when a firm claim gives one of `acts` to the party of `party` terms: it names the
    party and says it was responsible, accuses it, or names it as the doer of the act (before the
    act's word, or after "by")."""
    feats = prepared.feats[j]
    if not firm(prepared, j) or _disclaimer(prepared, j) is not None or not _acts(feats.terms) & acts:
        return False
    if any(_acts(set().union(*n.scope)) & acts for n in feats.negations if n.scope):
        return False  # "nobody was killed", "the attack did not happen": no act to give anyone
    if not party & set(feats.terms) and not {t[1:] for t in party if t.startswith("=")} & accused(prepared, j):
        return False
    if {t[1:] for t in party if t.startswith("=")} & accused(prepared, j) or INVOLVEMENT in feats.terms:
        return True
    return _doer_of_act(feats.tokens, party, acts)


def _doer_of_act(tokens, party: set[str], acts: set[str]) -> bool:
    """True when a word of the party is the doer of a verb of one of `acts`: its subject in the
    same clause ("forces loyal to Ivo Marek shelled the depot"), or after "by" in a passive
    ("the reporter was abducted by army agents"). An act told as a noun ("the attack") or in a
    passive with no doer ("where 90 people were killed") gives the act to no one."""
    for k, token in enumerate(tokens):
        if token.punct or not _acts(token_terms(token)) & acts or not _verb_form(token):
            continue
        before = [t for t in tokens[:k] if not t.punct or t.lower in lx.CLAUSE_BREAKS]
        passive = bool(before) and before[-1].lower in lx.PASSIVE_AUXILIARIES
        if passive:
            after = [t for t in tokens[k + 1:k + 1 + lx.DOER_AFTER_BY] if not t.punct]
            if after and after[0].lower == "by" and any(token_terms(t) & party for t in after[1:]):
                return True
            continue
        # back to the start of the verb's clause: the doer is named there
        for t in reversed(before):
            if t.lower in lx.CLAUSE_BREAKS:
                break
            if token_terms(t) & party:
                return True
    return False


def _verb_form(token) -> bool:
    """True for a word that reads as a verb of the past or the progressive ("shelled",
    "abducting", "killed", "overran"), not as a noun of the act ("the attack", "killings")."""
    return token.lower.endswith(("ed", "ing")) or token.lower in lx.IRREGULAR


def responsibility_conflict(prepared: Prepared, i: int, j: int) -> Finding | None:
    """A party's disclaimer of a part in an act against another party's claim giving it that act."""
    for denial, claim in ((i, j), (j, i)):
        found = _disclaimer(prepared, denial)
        if found is None:
            continue
        party, acts = found
        if not party or not _charges(prepared, claim, party, acts):
            continue
        if not same_subject(prepared, claim, denial, exclude=set(acts) | {INVOLVEMENT}):
            continue
        d, c = prepared.statements[denial], prepared.statements[claim]
        why = (f"{c.source} gives the act to {d.source}'s side (\u201c{_cut(c.content)}\u201d); "
               f"{d.source} says it had no part (\u201c{_cut(d.content)}\u201d)")
        # like a claim of a part in an attack, each charge is a contradiction of its own
        return Finding("opposite_stances", claim, denial, 0.6, why, several=True)
    return None


def _cut(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "\u2026"


# -- two parties blamed for one act ------------------------------------------------------------

def _blamed(prepared: Prepared, i: int) -> tuple[set[str], set[str]] | None:
    """(whom a firm claim blames, for what kinds of act), else None (once per statement)."""
    key = ("blamed", i)
    if key not in prepared.memo:
        prepared.memo[key] = _read_blame(prepared, i) if firm(prepared, i) else None
    return prepared.memo[key]


def _read_blame(prepared: Prepared, i: int):
    statement, feats = prepared.statements[i], prepared.feats[i]
    tokens = [t for t in feats.tokens if not t.punct or t.lower in lx.CLAUSE_BREAKS]
    cue = [w for w in statement.cue.lower().split() if w not in lx.AUXILIARIES]
    words = [t.lower for t in tokens]
    if cue and _inflects_any(cue[0], lx.BLAME_CUES):
        # "blamed the rebels for the raid" (whom, then "for" what); "blamed the raid on the rebels"
        if lx.BLAME_FOR in words:
            k = words.index(lx.BLAME_FOR)
            party, act = tokens[:k], tokens[k + 1:]
        elif lx.BLAME_ON in words:
            k = words.index(lx.BLAME_ON)
            act, party = tokens[:k], _clause(tokens[k + 1:])
        else:
            return None
    else:
        # "the militia was responsible for the killings", "armed groups, not the army, were to blame"
        k = next((k for k, w in enumerate(words) if w in lx.RESPONSIBLE_PREDICATES and k
                  and words[k - 1] in lx.PASSIVE_AUXILIARIES), None)
        if k is None or feats.negated and any(w in lx.NEGATORS for w in words[k - 2:k]):
            return None
        party, act = _before_negation(tokens[:k - 1]), tokens[k + 1:]
        if not [t for t in act if not t.punct]:
            # "... into last week's killings showed that armed groups, not the army, were
            # responsible": the predicate ends the claim, the act it is said of is named before it
            act = tokens[:k - 1]
    acts = _acts({t for token in act for t in token_terms(token)})
    who = _party_terms(party)
    return (who, acts) if who and acts else None


def _inflects_any(word: str, verbs) -> bool:
    return any(word.startswith(v[:-1] if v.endswith("e") else v) for v in verbs)


def _clause(tokens):
    """The words up to the first clause break ("terrorists | who overran the village")."""
    out = []
    for t in tokens:
        if t.lower in lx.CLAUSE_BREAKS:
            break
        out.append(t)
    return out


def _before_negation(tokens):
    """"armed groups, not government troops": the words before the negated alternative."""
    out = []
    for t in tokens:
        if t.lower in lx.NEGATORS or t.punct:
            break
        out.append(t)
    return out


def _party_terms(tokens) -> set[str]:
    """Who a blame names: its names and nouns, and what kind of body it is (@military); not the
    words of number or degree ("dozens of", "heavily")."""
    out = set()
    for t in tokens:
        if t.punct or not t.content or t.lower in lx.WEAK_WORDS or t.lower in lx.NUMBER_WORDS \
                or t.lower in lx.MULTIPLIERS or t.lower.rstrip("s") in lx.MULTIPLIERS:
            continue
        terms = token_terms(t)
        out |= {x for x in terms if not x.startswith("@") or x in lx.PARTY_KIND_CONCEPTS}
    return out


def _named_only(party: set[str]) -> bool:
    """True for a party named by proper names only ("Ivo Marek"), not described ("the rebels")."""
    return all(t.startswith("=") for t in party if not t.startswith("@"))


def blame_conflict(prepared: Prepared, i: int, j: int) -> Finding | None:
    """"Annan blamed government forces for the slaughter in Osk" against "state media blamed the
    massacre on terrorists": two parties give one kind of act, on the same subject, to doers that
    share no word (name, noun or kind of body); each blames someone the other does not."""
    a, b = _blamed(prepared, i), _blamed(prepared, j)
    if a is None or b is None or not a[1] & b[1] or a[0] & b[0]:
        return None
    if _named_only(a[0]) != _named_only(b[0]) and (_named_only(a[0]) or _named_only(b[0])):
        return None  # "Assad" against "government forces": a name and a description may be one party
    # (across articles, a shared word besides the act's: two massacres of one story are two acts)
    acts = {t for k in (i, j) for t in prepared.feats[k].terms if CONCEPT_OF.get(t, set()) & set(lx.RESPONSIBLE_ACTS)}
    if not same_subject(prepared, i, j, exclude=acts | set(lx.RESPONSIBLE_ACTS)):
        return None
    si, sj = prepared.statements[i], prepared.statements[j]
    why = (f"{si.source} blames one party (\u201c{_cut(si.content)}\u201d); {sj.source} blames another "
           f"(\u201c{_cut(sj.content)}\u201d)")
    first, second = (i, j) if (si.position, si.doc) <= (sj.position, sj.doc) else (j, i)
    return Finding("opposite_stances", first, second, 0.55, why)
