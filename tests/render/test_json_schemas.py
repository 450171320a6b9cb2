"""The published schemas of the diff JSON (``schemas/diff.schema.json``, ``plandiff schema
--diff``) and of the synopsis JSON (``schemas/synopsis.schema.json``, ``--synopsis``) hold
for what plandiff writes. The diff JSON: every shipped report's JSON, every golden case,
with ``--explain`` and ``--changes-only``, a partial draft's ``not_reported`` points, moves
across parents; and it refuses JSON a reader could not rely on. jsonschema (the reference
validator of Draft 2020-12) checks it, as a program reading plandiff's output would."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from plandiff.engine.compare import compare
from plandiff.plans.corpus import load_corpus
from plandiff.render.json import comparison_to_dict
from tests.helpers import PLANS, REPO, Run

SCHEMA = json.loads((REPO / "schemas" / "diff.schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)
REPORTS = sorted(p for p in (REPO / "reports").glob("*/*.json") if "__" in p.name)
CASES = sorted((REPO / "tests" / "cases").glob("*/expected.json"))


def errors(data: Any, validator: Draft202012Validator = VALIDATOR) -> list[str]:
    """The first violations of ``data`` against the diff schema (or ``validator``'s), each
    as ``path: message``."""
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(data)][:5]


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    Draft202012Validator.check_schema(SCHEMA)


def test_plandiff_schema_diff_prints_the_published_file(cli: Callable[..., Run]) -> None:
    run = cli("schema", "--diff")
    assert run.code == 0
    assert run.out == (REPO / "schemas" / "diff.schema.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", REPORTS + CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shipped_diff_json_holds_to_the_schema(path: Path) -> None:
    assert REPORTS and CASES
    assert errors(json.loads(path.read_text(encoding="utf-8"))) == []


def test_explained_and_partial_diffs_hold_to_the_schema() -> None:
    """--explain on every pair of consecutive shipped versions, --changes-only, and a
    partial version (its not_reported points: "reported": false, summary not_reported)."""
    corpus = load_corpus(PLANS)
    seen: set[str] = set()
    plans = [f.plan for f in corpus.files if f.plan is not None]
    for document, language in sorted({(p.document, p.language) for p in plans}):
        versions = corpus.versions_of(document, language)
        for old, new in itertools.pairwise(versions):
            comparison = compare(old, new)
            for changes_only in (False, True):
                data = comparison_to_dict(comparison, explain=True, changes_only=changes_only)
                assert errors(data) == [], (old.ref, new.ref)
                seen.update(k for k in data["summary"] if k not in SCHEMA["properties"][
                    "summary"]["required"])
                seen.update(k for c in data["changes"] for k in c
                            if k in ("links", "across", "reported", "review", "explain"))
    # the optional parts the schema describes were all exercised
    assert {"review", "not_reported", "explain", "reported"} <= seen, seen


@pytest.mark.parametrize(("break_it", "where"), [
    (lambda d: d["changes"][0].pop("spans"), "changes/0"),
    (lambda d: d["changes"][0].update(kind="moved"), "changes/0/kind"),
    (lambda d: d["changes"][0]["spans"][0].update(op="replace"), "changes/0/spans/0/op"),
    (lambda d: d["summary"].update(added=-1), "summary/added"),
    (lambda d: d["changes"][0].update(similarity=1.5), "changes/0/similarity"),
    (lambda d: d["changes"][0]["flags"].append({"kind": "mood", "old": "", "new": ""}),
     "changes/0/flags"),
    (lambda d: d.update(extra=1), ""),
])
def test_the_schema_refuses_what_a_reader_could_not_rely_on(
        break_it: Callable[[dict[str, Any]], Any], where: str) -> None:
    data = json.loads(REPORTS[0].read_text(encoding="utf-8"))
    assert errors(data) == []
    break_it(data)
    found = errors(data)
    assert found and any(e.startswith(where) for e in found), found


def test_an_added_change_with_an_old_id_is_refused() -> None:
    data = json.loads((REPO / "tests" / "cases" / "add-remove" / "expected.json").read_text(
        encoding="utf-8"))
    added = next(c for c in data["changes"] if c["kind"] == "added")
    added["old"] = ["p1"]
    assert errors(data)



SYNOPSIS_SCHEMA = json.loads((REPO / "schemas" / "synopsis.schema.json").read_text(
    encoding="utf-8"))
SYNOPSIS_VALIDATOR = Draft202012Validator(SYNOPSIS_SCHEMA)
SYNOPSIS_CASES = sorted((REPO / "tests" / "synopsis_cases").glob("*/expected.json"))


def synopsis_errors(data: Any) -> list[str]:
    return errors(data, SYNOPSIS_VALIDATOR)


def test_the_synopsis_schema_is_valid_and_printed(cli: Callable[..., Run]) -> None:
    Draft202012Validator.check_schema(SYNOPSIS_SCHEMA)
    run = cli("schema", "--synopsis")
    assert run.code == 0
    assert run.out == (REPO / "schemas" / "synopsis.schema.json").read_text(encoding="utf-8")


@pytest.mark.parametrize("path", SYNOPSIS_CASES, ids=lambda p: p.parent.name)
def test_every_golden_synopsis_holds_to_the_schema(path: Path) -> None:
    assert synopsis_errors(json.loads(path.read_text(encoding="utf-8"))) == []


def test_synopses_of_the_shipped_plans_and_of_drafts_hold_to_the_schema(
        cli: Callable[..., Run], tmp_path: Path) -> None:
    """Every shipped document, all versions, in Japanese, filtered, against a base, and with
    an undated draft as a column ("date": "")."""
    draft = tmp_path / "leak.txt"
    draft.write_text("1. Ukraine's sovereignty is confirmed.\n2. Troops leave.\n",
                     encoding="utf-8")
    runs = [("synopsis", document, "--all", "--format", "json", "--plans", str(PLANS))
            for document in sorted(p.name for p in PLANS.iterdir() if p.is_dir())]
    runs += [("synopsis", "peace-framework", "--all", "--lang", "ja", "--format", "json",
              "--plans", str(PLANS)),
             ("synopsis", "peace-framework", "--all", "--changed-only", "--points", "5,21",
              "--base", "peace-framework@2025-11-23-e3-counter-proposal", "--format", "json",
              "--plans", str(PLANS)),
             ("synopsis", "peace-framework@2025-11-20-us-28-point", str(draft), "--format",
              "json", "--plans", str(PLANS))]
    for args in runs:
        run = cli(*args)
        assert run.code == 0, (args, run.err)
        data = json.loads(run.out)
        assert synopsis_errors(data) == [], args
    assert data["columns"][1]["date"] == ""


def test_the_synopsis_schema_refuses_a_present_cell_without_its_text() -> None:
    data = json.loads(SYNOPSIS_CASES[0].read_text(encoding="utf-8"))
    cell = next(c for r in data["rows"] for c in r["cells"] if c["state"] == "present")
    del cell["text"]
    assert synopsis_errors(data)
