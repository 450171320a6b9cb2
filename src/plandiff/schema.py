"""The JSON Schema adapter: the only module that imports jsonschema.

Validates with Draft 2020-12 and format checking switched on (jsonschema does not assert
``format`` unless asked), and turns every error into a :class:`Problem`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import cache
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

from plandiff.jsonsource import JsonPath, format_path
from plandiff.resources import schema_dir

PLAN_SCHEMA = "plan-version.schema.json"
TOPICS_SCHEMA = "topics.schema.json"


@cache
def schema_text(name: str = PLAN_SCHEMA) -> str:
    """The published schema file, verbatim."""
    return (schema_dir() / name).read_text(encoding="utf-8")


@cache
def _validator(name: str) -> Draft202012Validator:
    schema = json.loads(schema_text(name))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)


def _message(error: ValidationError) -> str:
    validator = error.validator
    if validator == "additionalProperties":
        return error.message.replace("Additional properties are not allowed", "unknown field")
    if validator == "pattern":
        shown = error.instance if isinstance(error.instance, str) else ""
        if len(shown) > 60:
            shown = shown[:57] + "..."
        return f"{json.dumps(shown, ensure_ascii=False)} does not match the required form"
    if validator in ("anyOf", "oneOf") and error.context:
        best = min(error.context, key=lambda e: (len(e.absolute_path), e.message))
        return best.message
    if validator == "not":
        return "contains '..', which is not allowed in ids"
    message = error.message
    if len(message) > 240:
        message = message[:237] + "..."
    return message


def schema_errors(data: Any, name: str = PLAN_SCHEMA) -> Iterator[tuple[JsonPath, str]]:
    """Every schema violation as (path, message), sorted by path for stable output."""
    errors = sorted(
        _validator(name).iter_errors(data),
        key=lambda e: (tuple(str(p) for p in e.absolute_path), e.message),
    )
    for error in errors:
        path: JsonPath = tuple(error.absolute_path)
        yield path, _message(error)


def describe(path: JsonPath) -> str:
    """Re-export of :func:`format_path` for callers that only know this module."""
    return format_path(path)
