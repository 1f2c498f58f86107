#!/usr/bin/env python3
"""A generated news corpus for the benchmarks: articles assembled from templates written here.

Every article is made up: invented places, people, organisations and events, put together from
news-style sentence templates that exercise the reporting constructions kg extracts (said
that, comma-said, quote then speaker, according to, denied, could not verify, did not confirm,
told reporters, hedged claims) around neutral background sentences that attribute nothing.
The same seed gives the same corpus, so runs are comparable.

    .venv/bin/python scripts/bench_corpus.py OUT --articles 500    # OUT/a00000.txt ...
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

FIRST = ["Anja", "Bruno", "Celia", "Dmitri", "Edda", "Farid", "Greta", "Hamid", "Ines", "Jonas", "Kaito", "Leila",
         "Marek", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Stefan", "Tamsin", "Ulla", "Viktor", "Wanda",
         "Yusuf", "Zora", "Aurel", "Bianca", "Cyril", "Dora", "Emil", "Fatima", "Gideon", "Hana", "Ivo", "Jelena"]
LAST = ["Albrecht", "Borowski", "Castellan", "Dunmore", "Eklund", "Fenwick", "Grabowski", "Halloran", "Ivanova",
        "Jaskolski", "Karlsson", "Lindqvist", "Marchetti", "Novotny", "Okafor", "Petrescu", "Quist", "Rahimi",
        "Sorensen", "Tavares", "Underhill", "Varga", "Wexley", "Yilmaz", "Zelenko", "Achterberg", "Brightwater",
        "Corvin", "Delacroix", "Esterhazy", "Falkner", "Garrow", "Holmqvist"]
TITLES = ["Mayor", "Governor", "Minister", "Senator", "Police chief", "Deputy Mayor", "Councillor", "Judge",
          "Colonel", "Professor", "Dr"]
ROLES = ["a spokesman for the {org}", "a spokeswoman for the {org}", "the head of the {org}",
         "a senior official at the {org}", "the director of the {org}", "an adviser to the {org}"]
PLACES = ["Harrowgate", "Velmora", "Dunstane", "Orlova", "Kestrel Bay", "Marrow Point", "Tessaly", "Brindlewick",
          "Calder Falls", "Ostrava Nova", "Greywater", "Sundbrook", "Alderney Cross", "Pellmoor", "Radovan"]
ORGS = ["Interior Ministry", "Defence Ministry", "Port Authority", "Water Board", "Transport Department",
        "Health Ministry", "Energy Regulator", "Fire Service", "Coast Guard", "Electoral Commission",
        "Central Bank", "Housing Agency", "Environment Agency", "Railway Company", "Teachers' Union"]
OUTLETS = ["The Harbour Ledger", "The Northgate Courier", "Valley Monitor", "The Daily Meridian", "Coastline Post"]
SUBJECTS = ["the bridge", "the dam", "the new hospital wing", "the fuel depot", "the ferry service",
            "the night bus routes", "the grain terminal", "the water treatment plant", "the airport runway",
            "the old textile mill", "the border crossing", "the power station", "the northern rail line",
            "the school building", "the harbour wall", "the pension fund", "the housing programme"]
PREDICATES = ["would reopen next month", "had been damaged by the storm", "was closed for repairs",
              "would cost twice the original estimate", "had failed a safety inspection",
              "was hit by a drone overnight", "would be sold to a private investor", "had been evacuated on Tuesday",
              "would be rebuilt by the spring", "was running at half capacity", "had been flooded twice this year",
              "would stay open through the winter", "was never at risk", "had been deliberately set on fire",
              "would be finished ahead of schedule", "had lost most of its funding"]
NUMBERS = ["two", "three", "five", "seven", "twelve", "14", "21", "40", "65", "120", "300"]
EVENTS = ["people had been detained", "workers were injured", "homes were left without power",
          "families were moved to temporary shelters", "flights were cancelled", "boats were turned back",
          "jobs would be cut", "schools were closed"]
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
        "late on Monday", "early on Friday", "this week", "last month"]
VERBS_THAT = ["said", "said", "said", "told reporters", "announced", "claimed", "insisted", "warned", "argued",
              "confirmed", "stated", "maintained"]
VERBS_AFTER = ["said", "said", "said", "told reporters", "added", "confirmed", "claimed", "warned"]
HEDGES = ["may", "might", "could"]
BACKGROUND = [
    "{Subject} was built in {year} and serves about {num} thousand people.",
    "Traffic in central {place} was diverted for most of the day.",
    "Heavy rain is forecast for the region until the end of the week.",
    "The {org} has faced criticism over its handling of previous incidents.",
    "Local elections are due in {place} in the autumn.",
    "Repairs to {subject} have been delayed several times since {year}.",
    "Crowds gathered outside the town hall in {place} {day}.",
    "The area around {subject} remained cordoned off {day}.",
    "It was the third such incident in {place} this year.",
    "Residents have long complained about the condition of {subject}.",
]


class _Maker:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.c = rng.choice

    def person(self) -> tuple[str, str]:
        """A (full name, surname) pair."""
        first, last = self.c(FIRST), self.c(LAST)
        return f"{first} {last}", last

    def claim(self) -> str:
        r = self.rng.random()
        if r < 0.2:
            return f"{self.c(NUMBERS)} {self.c(EVENTS)} in {self.c(PLACES)}"
        return f"{self.c(SUBJECTS)} in {self.c(PLACES)} {self.c(PREDICATES)}"

    def fill(self, template: str) -> str:
        subject = self.c(SUBJECTS)
        return template.format(subject=subject, Subject=subject[0].upper() + subject[1:], place=self.c(PLACES), org=self.c(ORGS),
                               day=self.c(DAYS), year=self.rng.randrange(1950, 2021), num=self.rng.randrange(2, 90))

    def reporting(self) -> list[str]:
        """One or two sentences attributing a claim, in one of many constructions."""
        c, claim = self.c, self.claim()
        name, last = self.person()
        title, org, day, place = c(TITLES), c(ORGS), c(DAYS), c(PLACES)
        role = c(ROLES).format(org=org)
        sentence = claim[0].upper() + claim[1:]
        kind = self.rng.randrange(16)
        if kind == 0:
            return [f"{title} {name} {c(VERBS_THAT)} {day} that {claim}."]
        if kind == 1:
            return [f"{sentence}, {title if title == 'Dr' else title.lower()} {name} {c(VERBS_AFTER)}."]
        if kind == 2:
            return [f"{sentence}, the {org} said {day}."]
        if kind == 3:
            return [f"\u201c{sentence},\u201d {name}, {role}, said.", f"\u201cWe will publish the full figures {day}.\u201d"]
        if kind == 4:
            return [f'"{sentence}," {last} said {day}.']
        if kind == 5:
            return [f"According to the {org}, {claim}."]
        if kind == 6:
            return [f"The {org} denied that {claim}."]
        if kind == 7:
            return [f"{c(OUTLETS)} could not independently verify the claim that {claim}."]
        if kind == 8:
            return [f"{name}, {role}, did not confirm that {claim}."]
        if kind == 9:
            return [f"{title} {name} said {claim.replace(' would ', f' {c(HEDGES)} ', 1)}."]
        if kind == 10:
            return [f"{name} told reporters in {place} that {claim}."]
        if kind == 11:
            return [f"Officials in {place} said {claim}."]
        if kind == 12:
            return [f"The {org} rejected reports that {claim}."]
        if kind == 13:
            return [f'{name} said: "{sentence}."']
        if kind == 14:
            return [f"{sentence}, said {name}, {role}."]
        return [f"The {org} has said that {claim}.", f"{name} dismissed the statement as premature."]

    def article(self, number: int) -> dict:
        rng = self.rng
        place, subject = self.c(PLACES), self.c(SUBJECTS)
        headline = f"{subject[0].upper() + subject[1:]} in {place}: {self.c(['questions', 'dispute', 'concern', 'update'])} over {self.c(['repairs', 'costs', 'safety', 'damage', 'plans'])}"
        paragraphs = [f"{place.upper()} - {self.fill(self.c(BACKGROUND))} {' '.join(self.reporting())}"]
        for _ in range(rng.randrange(4, 9)):
            sentences = []
            for _ in range(rng.randrange(1, 4)):
                sentences += self.reporting() if rng.random() < 0.6 else [self.fill(self.c(BACKGROUND))]
            paragraphs.append(" ".join(sentences))
        return {"id": f"a{number:05d}", "title": headline, "text": headline + "\n\n" + "\n\n".join(paragraphs),
                "publisher": self.c(OUTLETS), "published": f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"}


def generate(articles: int, seed: int = 11):
    """Yield `articles` made-up articles as dicts (id, title, text, publisher, published)."""
    maker = _Maker(random.Random(seed))
    for number in range(articles):
        yield maker.article(number)


def write_corpus(folder: str | Path, articles: int, seed: int = 11) -> Path:
    """Write the corpus as .txt files with .meta.json sidecars under `folder`, 500 per subfolder."""
    folder = Path(folder)
    for record in generate(articles, seed):
        sub = folder / f"part{int(record['id'][1:]) // 500:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{record['id']}.txt").write_text(record["text"] + "\n", encoding="utf-8")
        meta = {"publisher": record["publisher"], "published": record["published"]}
        (sub / f"{record['id']}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output")
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    write_corpus(args.output, args.articles, args.seed)
    print(f"wrote {args.articles} articles under {args.output}")


if __name__ == "__main__":
    main()
