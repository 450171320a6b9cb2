"""The JSON Schema (the published contract) and the pydantic models agree on every plan
file in plans/ and every fixture, valid and invalid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from pydantic import ValidationError

from plandiff.plans.model import PlanVersion
from plandiff.plans.schema import PLAN_SCHEMA, schema_errors, schema_text
from plandiff.resources import schema_dir
from tests.helpers import PLANS, REPO

FIXTURES = REPO / "tests" / "fixtures" / "schema"
ALL_FILES = sorted([*PLANS.rglob("*.json"), *FIXTURES.rglob("*.json")])
PLAN_FILES = [p for p in ALL_FILES if p.name not in {"topics.json", "plandiff.json"}]


def _ids(paths: list[Path]) -> list[str]:
    return [str(p.relative_to(REPO)) for p in paths]


@pytest.mark.parametrize("path", PLAN_FILES, ids=_ids(PLAN_FILES))
def test_schema_and_model_agree(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    schema_ok = not list(schema_errors(data))
    try:
        PlanVersion.model_validate(data)
        model_ok = True
    except ValidationError:
        model_ok = False
    assert schema_ok == model_ok, f"schema says {schema_ok}, model says {model_ok}"
    expected_valid = "invalid" not in path.parts
    assert schema_ok == expected_valid


def test_fixture_sets_are_not_empty() -> None:
    assert len(list((FIXTURES / "invalid").glob("*.json"))) >= 20
    assert len(list((FIXTURES / "valid").glob("*.json"))) >= 3


def test_packaged_schema_is_the_published_one() -> None:
    published = (REPO / "schemas" / PLAN_SCHEMA).read_text(encoding="utf-8")
    assert schema_text() == published
    assert (schema_dir() / "topics.json").is_file()


def test_schema_is_valid_draft_2020_12() -> None:
    schema = json.loads(schema_text())
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


SHIPPED = [p for p in PLAN_FILES if PLANS in p.parents]


def test_plans_are_shipped() -> None:
    assert len(SHIPPED) >= 10


@pytest.mark.parametrize("path", SHIPPED, ids=_ids(SHIPPED))
def test_shipped_plans_pass_plain_jsonschema(path: Path) -> None:
    """Outside plandiff: the published schema file alone, with format checking on."""
    schema = json.loads((REPO / "schemas" / PLAN_SCHEMA).read_text(encoding="utf-8"))
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    errors = [e.message for e in validator.iter_errors(json.loads(path.read_text("utf-8")))]
    assert errors == []


def test_format_checker_really_checks_dates_and_uris() -> None:
    bad_date = {"type": "string", "format": "date"}
    checker = Draft202012Validator.FORMAT_CHECKER
    assert not Draft202012Validator(bad_date, format_checker=checker).is_valid("2025-02-30")
    assert Draft202012Validator(bad_date, format_checker=checker).is_valid("2025-02-28")
    uri = {"type": "string", "format": "uri"}
    assert not Draft202012Validator(uri, format_checker=checker).is_valid("not a uri")


# --- the inlined schema the validator runs on ----------------------------------------------

_PUBLISHED = json.loads((REPO / "schemas" / PLAN_SCHEMA).read_text(encoding="utf-8"))
_AS_PUBLISHED = Draft202012Validator(_PUBLISHED,
                                     format_checker=Draft202012Validator.FORMAT_CHECKER)


def _errors(validator: Draft202012Validator, data: object) -> list[tuple[str, ...]]:
    return sorted(tuple(str(p) for p in e.absolute_path) for e in validator.iter_errors(data))


@pytest.mark.parametrize("path", PLAN_FILES, ids=_ids(PLAN_FILES))
def test_inlined_schema_finds_the_errors_the_published_one_finds(path: Path) -> None:
    from plandiff.plans.schema import _validator

    data = json.loads(path.read_text(encoding="utf-8"))
    assert _errors(_validator(PLAN_SCHEMA), data) == _errors(_AS_PUBLISHED, data)


def test_inline_refs_keeps_recursion_and_annotations() -> None:
    from plandiff.plans.schema import inline_refs

    schema = {"$defs": {"leaf": {"type": "string", "minLength": 1},
                        "node": {"type": "object", "properties": {
                            "name": {"$ref": "#/$defs/leaf", "description": "kept"},
                            "kids": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}},
              "$ref": "#/$defs/node"}
    inlined = inline_refs(schema)
    node = inlined["$defs"]["node"]
    assert node["properties"]["name"] == {"type": "string", "minLength": 1,
                                          "description": "kept"}
    assert node["properties"]["kids"]["items"] == {"$ref": "#/$defs/node"}
    assert schema["$defs"]["node"]["properties"]["name"]["$ref"] == "#/$defs/leaf"  # a copy
    validator = Draft202012Validator(inlined)
    assert validator.is_valid({"name": "a", "kids": [{"name": "b", "kids": []}]})
    assert not validator.is_valid({"name": "a", "kids": [{"name": "", "kids": []}]})
