"""Made-up claim graphs in the shape the analysis stage hands to :mod:`kg.explore`.

Every name, place, publisher and claim here is invented. The graphs follow the contract of
:func:`kg.explore.select_view`: agent, claim and document nodes; stance, reports, published,
affiliation, responds_to, contradiction and corroboration edges keyed by IRI strings.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

import networkx as nx

from kg.model import Stance

BASE = "https://kg.example/id/"

FIRST = ["Adaeze", "Bram", "Carys", "Dmitri", "Elif", "Farrukh", "Greta", "Hamid", "Ines",
         "Jonas", "Kalani", "Lidia", "Mateo", "Nkechi", "Oskar", "Priya", "Quentin", "Rosa",
         "Sefa", "Tomasz", "Ulla", "Viktor", "Wanjiru", "Ximena", "Yusuf", "Zofia"]
LAST = ["Okafor", "Lindqvist", "Marchetti", "Oyelaran", "Brandvold", "Castellanos", "Duarte",
        "Ekwueme", "Fairbairn", "Gallardo", "Halloran", "Ivanova", "Jankowski", "Kettering",
        "Lozano", "Mwangi", "Novak", "Ostrander", "Pellegrini", "Quill", "Rasmussen", "Szabo",
        "Thorsby", "Umarov", "Valdane", "Whitcombe"]
PLACES = ["Varnholm", "Kestrel Bay", "Port Selwyn", "Oldmere", "Tarrow", "Greyhaven", "Brackenford",
          "Linmouth", "Ashcombe", "Dunmarrow"]
ORG_PATTERNS = ["Ministry of {topic}", "{place} Port Authority", "{place} Workers' Union",
                "Institute for {topic} Studies", "{place} City Council", "{place} Police Service",
                "{topic} Watchdog", "{place} Chamber of Commerce"]
TOPICS = ["Harbours", "Transport", "Water", "Fisheries", "Health", "Energy", "Housing", "Rail"]
GROUPS = ["residents of {place}", "{place} dock workers", "{place} fishing crews"]
OTHERS = ["an anonymous official", "a senior diplomat", "a person familiar with the talks"]
PUBLISHERS = ["The Varnholm Courier", "Kestrel Bay Herald", "The Daily Ledger", "Northern Wire",
              "The Oldmere Post", "Coastline Today", "The Tarrow Gazette", "Harbour Times"]
SUBJECTS = ["the ferry contract", "the harbour dredging budget", "the grain shipment",
            "the water treatment plant", "the rail timetable", "the fishing quota",
            "the bridge inspection", "the new hospital wing", "the fuel subsidy",
            "the census count", "the tram extension", "the flood barrier", "the port expansion",
            "the school meals scheme", "the wind farm lease", "the customs audit"]
PREDICATES = [("was awarded without a tender", "went through an open tender", "polarity_conflict"),
              ("will be finished by {year}", "will be delayed until {year2}", "outcome_conflict"),
              ("cost {n} million", "cost {m} million", "number_conflict"),
              ("was approved by the council", "was rejected by the council", "outcome_conflict"),
              ("failed its safety inspection", "passed its safety inspection", "outcome_conflict"),
              ("was cut by {n} percent", "was cut by {m} percent", "number_conflict"),
              ("was signed in secret", "was never signed", "polarity_conflict"),
              ("employs {n} people", "employs {m} people", "number_conflict")]
CUES = {"asserts": ["said", "told reporters", "claimed", "stated"],
        "denies": ["denied", "rejected reports", "dismissed claims"],
        "confirms": ["confirmed", "acknowledged"],
        "does_not_confirm": ["did not confirm", "declined to confirm"],
        "cannot_verify": ["could not verify", "was unable to verify"]}
CHANNELS = [None, None, "in a statement", "on social media", "at a press conference",
            "in an interview"]
ROLES = ["minister", "spokesperson", "adviser", "governor", "director", "union leader"]
HEADLINES = ["Row deepens over {s}", "Questions grow about {s}", "Officials split on {s}",
             "What we know about {s}", "New doubts over {s}", "Council under fire over {s}"]


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


def _sentence(agent: str, cue: str, claim: str, channel: str | None) -> str:
    where = f" {channel}" if channel else ""
    return f"{agent} {cue}{where} that {claim}."


def sample_graph(n_agents: int = 30, n_claims: int = 80, seed: int = 0, *,
                 n_documents: int | None = None, n_publishers: int | None = None) -> nx.MultiDiGraph:
    """A made-up claim graph: ``n_agents`` sources (plus publishers), ``n_claims`` claims, articles.

    Quotation counts follow a long tail, about one claim in ten is contradicted by another
    source's claim about the same subject, some claims are echoed (corroborated), some persons
    hold roles in organisations. The same ``seed`` gives the same graph.
    """
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    n_documents = n_documents if n_documents is not None else max(2, n_claims // 6)
    n_publishers = n_publishers if n_publishers is not None else min(len(PUBLISHERS),
                                                                    max(2, n_agents // 10))
    counter = {"statement": 0}

    def iri(kind: str, key: str) -> str:
        return f"{BASE}{kind}/{key}"

    # -- publishers and articles --------------------------------------------------------------
    publishers = []
    for i in range(n_publishers):
        name = PUBLISHERS[i % len(PUBLISHERS)] + ("" if i < len(PUBLISHERS) else f" {i // len(PUBLISHERS) + 1}")
        node = iri("agent", _slug(name))
        g.add_node(node, kind="agent", label=name, agent_kind="publisher", quoted=0, affiliations=[])
        publishers.append(node)
    documents = []
    start = date(2024, 1, 8)
    for i in range(n_documents):
        pub = publishers[i % len(publishers)]
        doc_id = f"article-{i + 1:04d}"
        title = rng.choice(HEADLINES).format(s=rng.choice(SUBJECTS))
        title = title[0].upper() + title[1:]
        published = (start + timedelta(days=rng.randrange(0, 300))).isoformat()
        url = None if rng.random() < 0.15 else f"https://news.example/{_slug(g.nodes[pub]['label'])}/{doc_id}"
        node = iri("document", doc_id)
        g.add_node(node, kind="document", label=title, doc_id=doc_id,
                   publisher=g.nodes[pub]["label"], published=published, url=url)
        g.add_edge(pub, node, key=iri("published", doc_id), kind="published")
        documents.append(node)

    # -- sources --------------------------------------------------------------------------------
    agents, persons, orgs = [], [], []
    used = set()
    for i in range(n_agents):
        roll = (0.1, 0.7, 0.3)[i] if i < 3 else rng.random()   # the most quoted: people, a body
        place, topic = rng.choice(PLACES), rng.choice(TOPICS)
        if roll < 0.6:
            kind, name = "person", f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        elif roll < 0.85:
            kind, name = "organization", rng.choice(ORG_PATTERNS).format(place=place, topic=topic)
        elif roll < 0.9:
            kind, name = "place", place
        elif roll < 0.95:
            kind, name = "group", rng.choice(GROUPS).format(place=place)
        else:
            kind, name = "other", rng.choice(OTHERS)
        tries = 0
        while name in used and kind == "person" and tries < 20:
            name, tries = f"{rng.choice(FIRST)} {rng.choice(LAST)}", tries + 1
        if name in used:
            name = f"{name} ({i})"
        used.add(name)
        node = iri("agent", f"{_slug(name)}-{i}")
        g.add_node(node, kind="agent", label=name, agent_kind=kind, quoted=0, affiliations=[])
        agents.append(node)
        (persons if kind == "person" else orgs if kind == "organization" else []).append(node)
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(agents))]

    for person in persons:
        if orgs and rng.random() < 0.3:
            org, role = rng.choice(orgs), rng.choice(ROLES)
            g.add_edge(person, org, key=iri("affiliation", f"{len(g.edges)}"), kind="affiliation", role=role)
            g.nodes[person]["affiliations"].append(f"{role} of {g.nodes[org]['label']}")

    # -- claims and stances -----------------------------------------------------------------------
    def add_stance(agent: str, claim: str, stance: str, doc: str) -> dict:
        counter["statement"] += 1
        cue = rng.choice(CUES[stance])
        channel = rng.choice(CHANNELS)
        ddata = g.nodes[doc]
        text = g.nodes[claim]["text"]
        sentence = _sentence(g.nodes[agent]["label"], cue, text[0].lower() + text[1:], channel)
        statement = iri("statement", f"s{counter['statement']:06d}")
        certainty = rng.choices(["certain", "probable", "possible"], [0.7, 0.2, 0.1])[0]
        g.add_edge(agent, claim, key=statement, kind="stance", stance=stance, certainty=certainty,
                   cue=cue, channel=channel, sentence=sentence, doc_id=ddata["doc_id"],
                   doc_title=ddata["label"], publisher=ddata["publisher"],
                   published=ddata["published"], statement=statement)
        if not g.has_edge(doc, claim, key=iri("reports", f"{ddata['doc_id']}-{claim.rsplit('/', 1)[1]}")):
            g.add_edge(doc, claim, key=iri("reports", f"{ddata['doc_id']}-{claim.rsplit('/', 1)[1]}"),
                       kind="reports")
        g.nodes[agent]["quoted"] += 1
        return g.edges[agent, claim, statement]

    claims: list[tuple[str, str, int, str]] = []   # (node, subject, predicate index, first agent)
    for i in range(n_claims):
        node = iri("claim", f"c{i:05d}")
        nums = {"year": rng.randrange(2025, 2030), "year2": rng.randrange(2030, 2034),
                "n": rng.randrange(3, 90), "m": rng.randrange(91, 400)}
        earlier = claims[rng.randrange(len(claims))] if claims else None
        roll = rng.random()
        if earlier and roll < 0.1:        # a conflicting claim about an earlier subject
            _, subject, p, first = earlier
            text = f"{subject} {PREDICATES[p][1].format(**nums)}"
            kind_of_conflict = PREDICATES[p][2]
        elif earlier and roll < 0.16:     # an echo of an earlier claim, same proposition
            text = g.nodes[earlier[0]]["text"]
            subject, p, first = earlier[1], earlier[2], earlier[3]
            kind_of_conflict = None
        else:
            subject, p = rng.choice(SUBJECTS), rng.randrange(len(PREDICATES))
            text, first, kind_of_conflict = f"{subject} {PREDICATES[p][0].format(**nums)}", None, None
        text = text[0].upper() + text[1:]
        group = f"group-{_slug(text)[:40]}"
        g.add_node(node, kind="claim", label=text, text=text, group=group)
        doc = rng.choice(documents)
        holder = rng.choices(agents, weights)[0]
        if first is not None and holder == first:
            holder = agents[(agents.index(first) + 1) % len(agents)]
        primary = rng.choices(["asserts", "confirms", "denies"], [0.8, 0.1, 0.1])[0]
        st = add_stance(holder, node, primary, doc)
        for _ in range(rng.choices([0, 1, 2], [0.62, 0.3, 0.08])[0]):
            other = rng.choices(agents, weights)[0]
            if other == holder:
                continue
            stance = rng.choices([s.value for s in Stance], [0.1, 0.35, 0.25, 0.15, 0.15])[0]
            add_stance(other, node, stance, doc if rng.random() < 0.7 else rng.choice(documents))
        if earlier and kind_of_conflict:
            sent_a = next(iter(d["sentence"] for *_, d in g.in_edges(earlier[0], data=True)
                               if d["kind"] == "stance"))
            g.add_edge(earlier[0], node, key=iri("contradiction", f"c{i:05d}"), kind="contradiction",
                       contradiction_kind=kind_of_conflict, score=round(rng.uniform(0.55, 0.98), 2),
                       explanation=f"Both claims are about {subject}, but they disagree "
                                   f"({kind_of_conflict.replace('_', ' ')}).",
                       sentence_a=sent_a, sentence_b=st["sentence"])
        elif earlier and text == g.nodes[earlier[0]]["text"]:
            g.add_edge(earlier[0], node, key=iri("corroboration", f"c{i:05d}"), kind="corroboration",
                       score=round(rng.uniform(0.6, 1.0), 2), sources=2)
        elif earlier and rng.random() < 0.03:
            g.add_edge(node, earlier[0], key=iri("responds", f"c{i:05d}"), kind="responds_to")
        if primary == "denies" and earlier and rng.random() < 0.5 and not kind_of_conflict:
            g.add_edge(earlier[0], node, key=iri("contradiction", f"d{i:05d}"), kind="contradiction",
                       contradiction_kind="disputed", score=round(rng.uniform(0.5, 0.9), 2),
                       explanation="One source denies what another asserts.",
                       sentence_a=None, sentence_b=st["sentence"])
        claims.append((node, subject, p, holder))
    return g


def sample_graph_of_size(n_nodes: int, seed: int = 0) -> nx.MultiDiGraph:
    """A sample graph with about ``n_nodes`` nodes, in the proportions of a news corpus."""
    n_agents = max(4, n_nodes * 16 // 100)
    n_claims = max(6, n_nodes * 72 // 100)
    n_docs = max(2, n_nodes - n_agents - n_claims - min(len(PUBLISHERS), max(2, n_agents // 10)))
    return sample_graph(n_agents, n_claims, seed, n_documents=n_docs)
