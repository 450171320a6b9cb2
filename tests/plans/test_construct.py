"""construct_plan (plan files the schema accepted, built without pydantic's validation) gives
exactly what ``PlanVersion.model_validate`` gives."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from plandiff.plans.importer import parse_text
from plandiff.plans.loading import read_plan_file
from plandiff.plans.model import PlanVersion, construct_plan
from plandiff.plans.schema import schema_errors
from plandiff.plans.serialise import plan_to_json
from tests.helpers import PLANS, REPO

CANDIDATES = sorted(p for p in [*PLANS.rglob("*.json"), *(REPO / "tests").rglob("*.json")]
                    if p.name not in {"topics.json", "plandiff.json"})


def _plan_data(path: Path) -> Any:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or "points" not in data or list(schema_errors(data)):
        return None
    return data


VALID = [p for p in CANDIDATES if _plan_data(p) is not None]


def same(a: Any, b: Any, where: str = "$") -> None:
    """Equal values of the same types at every depth, models with the same fields set and
    the same extensions."""
    assert type(a) is type(b), f"{where}: {type(a)} vs {type(b)}"
    if isinstance(a, BaseModel):
        assert a.model_fields_set == b.model_fields_set, where
        assert a.model_extra == b.model_extra, where
        for name in type(a).model_fields:
            same(getattr(a, name), getattr(b, name), f"{where}.{name}")
    elif isinstance(a, tuple):
        assert len(a) == len(b), where
        for k, (x, y) in enumerate(zip(a, b, strict=True)):
            same(x, y, f"{where}[{k}]")
    else:
        assert a == b, where
    assert a == b, where


def test_there_are_many_valid_files() -> None:
    assert len(VALID) >= 30
    assert any(PLANS in p.parents for p in VALID)


@pytest.mark.parametrize("path", VALID, ids=[str(p.relative_to(REPO)) for p in VALID])
def test_construct_equals_validate(path: Path) -> None:
    data = _plan_data(path)
    built = construct_plan(copy.deepcopy(data))
    assert built is not None, "a valid plan file fell back to validation"
    same(built, PlanVersion.model_validate(data))


def _rich() -> dict[str, Any]:
    """Every optional field and extension, at every level."""
    return {
        "$schema": "https://example.org/plan-version.schema.json",
        "document": "doc", "version": "2026-01-02-b", "title": "T", "date": "2026-01-02",
        "status": "leaked-draft", "text_kind": "translation", "language": "en-GB",
        "translation_of": "2026-01-01-a", "supersedes": "2026-01-01-a",
        "parties": ["Ukraine", "Russia"], "notes": "n", "x-origin": {"k": [1, 2.5, None]},
        "not_reported": ["doc@2026-01-01-a#9"],
        "alignment": {"against": "2026-01-01-a", "unlinked": ["doc@2026-01-01-a#3"],
                      "new": ["4"], "x-by": "reviewer"},
        "translation_divergences": [{"point": "1", "kind": "number", "value": "5",
                                     "reason": "r", "x-note": True}],
        "sources": [{"id": "S1", "title": "t", "publisher": "p", "url": "https://e.org/a",
                     "date": "2025-12-31", "reliability": "state-media", "notes": "n",
                     "x-archived": "yes"},
                    {"title": "t2", "publisher": "p2", "url": "https://e.org/b"}],
        "points": [
            {"id": "1", "number": "1", "title": "One", "text": "Text.", "topics": ["a-b"],
             "derived_from": ["doc@2026-01-01-a#1"], "status": "disputed", "notes": "n",
             "x-tag": 1,
             "points": [{"id": "1.a", "number": "a", "text": "Sub.",
                         "points": [{"id": "1.a.i", "number": "i", "text": ""}]}]},
            {"id": "4", "number": "2", "text": "Two."},
        ],
    }


def test_construct_equals_validate_on_every_optional_field() -> None:
    data = _rich()
    assert list(schema_errors(data)) == []
    built = construct_plan(copy.deepcopy(data))
    assert built is not None
    same(built, PlanVersion.model_validate(data))


def test_construct_equals_validate_on_imported_drafts() -> None:
    text = "# Plan\n\n1. First point, 600,000 troops.\n   a) Sub-point.\n2. Second point.\n"
    plan = parse_text(text, document="doc", version="2026-01-01-a", language="en",
                      source_label="draft.txt")
    data = json.loads(plan_to_json(plan))
    built = construct_plan(data)
    assert built is not None
    same(built, PlanVersion.model_validate(data))
    same(built, plan)


@pytest.mark.parametrize("change", [
    lambda d: d.update(schema_ref="x"),  # a field under its Python name
    lambda d: d.update(date="20260102"),
    lambda d: d.update(date="2026-02-30"),
    lambda d: d.update(status="rumoured"),
    lambda d: d.update(points={"1": {}}),
    lambda d: d.update(unknown=1),
    lambda d: d.pop("title"),
    lambda d: d["points"][0].update(text=5),
])
def test_construct_declines_what_it_does_not_mirror(change: Any) -> None:
    data = _rich()
    change(data)
    assert construct_plan(data) is None


def test_loading_uses_construction_and_still_reports_schema_errors(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(_rich()), encoding="utf-8")
    loaded = read_plan_file(good)
    assert loaded.plan is not None and not loaded.problems
    same(loaded.plan, PlanVersion.model_validate(_rich()))
    bad_data = _rich()
    bad_data["date"] = "2026-02-30"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(bad_data, indent=1), encoding="utf-8")
    loaded = read_plan_file(bad)
    assert loaded.plan is None
    assert [(p.path, p.rule) for p in loaded.problems] == [("$.date", "schema")]
