"""jsonschema-rs (the fast verdict on the valid-file path) and jsonschema (the reference)
agree: the same verdict and the same error locations on every plan in plans/, every schema
fixture and every hostile JSON input that parses; invalid files are always described by
jsonschema."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from plandiff.limits import DEFAULT_LIMITS
from plandiff.plans import fastschema
from plandiff.plans.schema import PLAN_SCHEMA, TOPICS_SCHEMA, schema_errors, schema_text
from tests.helpers import PLANS, REPO
from tests.hostile.common import JSON_CASES

FIXTURES = REPO / "tests" / "fixtures" / "schema"
FILES = sorted([*PLANS.rglob("*.json"), *FIXTURES.rglob("*.json")])
PLAN_FILES = [p for p in FILES if p.name not in {"topics.json", "plandiff.json"}]
_REFERENCE = Draft202012Validator(json.loads(schema_text(PLAN_SCHEMA)),
                                  format_checker=Draft202012Validator.FORMAT_CHECKER)


def _reference(data: Any) -> list[tuple[str, ...]]:
    return sorted(tuple(str(p) for p in e.absolute_path) for e in _REFERENCE.iter_errors(data))


def _agree(data: Any) -> None:
    verdict = fastschema.is_valid(data, schema_text(PLAN_SCHEMA))
    reference = _reference(data)
    assert verdict is not None, "jsonschema-rs could not judge the document"
    assert verdict == (not reference)
    assert fastschema.error_locations(data, schema_text(PLAN_SCHEMA)) == reference


@pytest.mark.parametrize("path", PLAN_FILES, ids=[str(p.relative_to(REPO)) for p in PLAN_FILES])
def test_same_verdict_and_locations_on_every_file(path: Path) -> None:
    _agree(json.loads(path.read_text(encoding="utf-8")))


def _parsed_hostile() -> dict[str, Any]:
    parsed = {}
    for name, make in sorted(JSON_CASES.items()):
        try:
            data = json.loads(make().decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError):
            continue  # never reaches a schema: the loader refuses it first
        if _depth(data) > DEFAULT_LIMITS.max_depth:
            continue  # refused by the depth limit before any schema sees it
        parsed[name] = data
    return parsed


def _depth(value: Any) -> int:
    """Nesting depth of JSON data (iterative: hostile inputs nest deeper than the stack)."""
    deepest = 0
    todo = [(value, 0)]
    while todo:
        node, depth = todo.pop()
        if isinstance(node, dict | list):
            deepest = max(deepest, depth + 1)
            todo.extend((child, depth + 1)
                        for child in (node.values() if isinstance(node, dict) else node))
    return deepest


HOSTILE = _parsed_hostile()


def test_hostile_inputs_that_parse_are_many() -> None:
    assert len(HOSTILE) >= 10


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_same_verdict_on_hostile_inputs(name: str) -> None:
    data = HOSTILE[name]
    verdict = fastschema.is_valid(data, schema_text(PLAN_SCHEMA))
    reference = _reference(data)
    if verdict is None:
        # jsonschema-rs refused the value (a lone surrogate, a NaN...): jsonschema judges it.
        assert [tuple(str(p) for p in path) for path, _ in schema_errors(data)] == reference
        return
    assert verdict == (not reference)
    assert fastschema.error_locations(data, schema_text(PLAN_SCHEMA)) == reference


def test_invalid_files_are_described_by_jsonschema() -> None:
    bad = json.loads((FIXTURES / "invalid" / "bad-date.json").read_text("utf-8"))
    errors = list(schema_errors(bad))
    assert errors and all(isinstance(m, str) for _, m in errors)
    assert [tuple(str(p) for p in path) for path, _ in errors] == _reference(bad)


def test_topics_schema_fast_path_agrees() -> None:
    data = json.loads((REPO / "schemas" / "topics.json").read_text("utf-8"))
    assert fastschema.is_valid(data, schema_text(TOPICS_SCHEMA)) is True
    assert list(schema_errors(data, TOPICS_SCHEMA)) == []
