"""scripts/score_relations.py: a detected corroboration or echo matches a gold group when two of its
members hit two of the group's attributions (same document, the shared content rule). Made-up data."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import score_relations  # noqa: E402

pytestmark = pytest.mark.skipif(not (score_relations.SHARED_EVAL / "score_attributions.py").is_file(),
                                reason="the shared scorers are not here")

GOLD = {
    "attributions": [
        {"id": "g1", "doc": "orland-flood-1", "source": "the harbour master", "stance": "asserts",
         "content": "the river broke its banks north of Orland on Sunday"},
        {"id": "g2", "doc": "orland-flood-2", "source": "Mayor Tilda Brenn", "stance": "asserts",
         "content": "the river broke its banks north of Orland"},
        {"id": "g3", "doc": "orland-flood-1", "source": "the weather office", "stance": "asserts",
         "content": "two more storms will reach the coast this week"},
        {"id": "g4", "doc": "orland-flood-2", "source": "the weather office", "stance": "asserts",
         "content": "two storms are due on the coast this week"},
    ],
    "corroborations": [{"claim": "the river broke its banks", "members": ["g1", "g2"]}],
    "echoes": [{"claim": "more storms are coming", "source": "the weather office", "members": ["g3", "g4"]}],
}


def member(doc, source, content):
    return {"doc": doc, "source": source, "content": content}


def test_a_group_whose_two_members_hit_two_gold_attributions_is_found():
    found = [{"claim": "x", "members": [member("orland-flood-1.txt", "harbour master",
                                               "the river broke its banks north of Orland"),
                                        member("orland-flood-2", "Tilda Brenn", "the river broke its banks north of Orland")]}]
    assert score_relations.score(GOLD, found, "corroborations") == dict(
        gold=1, found=1, recall=1.0, detected=1, unmatched=0)


def test_one_member_hitting_both_gold_attributions_is_not_enough():
    # the same statement cannot stand for both sides of the group
    found = [{"claim": "x", "members": [member("orland-flood-1", "harbour master", "the river broke its banks north of Orland"),
                                        member("orland-flood-1", "a farmer", "cows were moved to the hills")]}]
    result = score_relations.score(GOLD, found, "corroborations")
    assert result["found"] == 0 and result["unmatched"] == 1


def test_the_document_must_agree_as_well_as_the_words():
    found = [{"claim": "x", "members": [member("orland-flood-3", "harbour master", "the river broke its banks north of Orland"),
                                        member("orland-flood-2", "Tilda Brenn", "the river broke its banks north of Orland")]}]
    assert score_relations.score(GOLD, found, "corroborations")["found"] == 0


def test_echoes_are_scored_against_the_echo_groups_only():
    echo = [{"claim": "storms", "source": "weather office", "docs": ["orland-flood-1", "orland-flood-2"],
             "members": [member("orland-flood-1", "weather office", "two more storms will reach the coast this week"),
                         member("orland-flood-2", "weather office", "two storms are due on the coast this week")]}]
    assert score_relations.score(GOLD, echo, "echoes")["found"] == 1
    assert score_relations.score(GOLD, echo, "corroborations") == dict(
        gold=1, found=0, recall=0.0, detected=1, unmatched=1)


def test_the_command_line_prints_one_json_line_and_reads_a_wrapped_list(tmp_path):
    gold, kg_out = tmp_path / "gold.json", tmp_path / "kg.json"
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    kg_out.write_text(json.dumps({"echoes": []}), encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "score_relations.py"), str(gold), str(kg_out),
                           "--kind", "echoes", "--verbose"], capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    assert lines[0].startswith("MISSED g3 g4")
    assert json.loads(lines[-1]) == dict(gold=1, found=0, recall=0.0, detected=0, unmatched=0)
