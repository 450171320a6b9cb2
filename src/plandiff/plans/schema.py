"""The JSON Schema adapter: the only module that imports jsonschema.

Validates with Draft 2020-12 and format checking switched on (jsonschema does not assert
``format`` unless asked), and turns every error into a :class:`Problem`.

Speed: jsonschema resolves a ``$ref`` on every use, and a point of a plan uses six of them
(id, title, text, notes, topics, derived_from), which made resolving references the biggest
cost of validating a large plan. The validator therefore works on a copy of the schema in
which every reference to a non-recursive definition is replaced by the definition itself
(:func:`inline_refs`); only the recursive ``point`` stays a reference. The published schema
file is unchanged, and both forms accept and reject exactly the same documents (tested).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

from plandiff.plans import fastschema
from plandiff.plans.jsonsource import JsonPath
from plandiff.resources import schema_dir

if TYPE_CHECKING:
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

PLAN_SCHEMA = "plan-version.schema.json"
TOPICS_SCHEMA = "topics.schema.json"
DIFF_SCHEMA = "diff.schema.json"
SYNOPSIS_SCHEMA = "synopsis.schema.json"
"""The schemas of the diff JSON (``plandiff diff --format json``) and of the synopsis JSON
(``plandiff synopsis --format json``): published for the programs that read them; plandiff
itself writes that JSON and never reads it."""


@cache
def schema_text(name: str = PLAN_SCHEMA) -> str:
    """The published schema file, verbatim."""
    return (schema_dir() / name).read_text(encoding="utf-8")


_ANNOTATIONS = frozenset({"description", "title", "$comment", "examples"})
_LOCAL_DEF = "#/$defs/"


def _refs(node: Any) -> Iterator[str]:
    """Names of the local definitions ``node`` refers to, at any depth."""
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(_LOCAL_DEF):
            yield ref[len(_LOCAL_DEF):]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def _recursive(defs: Mapping[str, Any]) -> set[str]:
    """Definitions that reach themselves through references."""
    found = set()
    for start in defs:
        seen: set[str] = set()
        todo = [ref for ref in _refs(defs[start]) if ref in defs]
        while todo:
            name = todo.pop()
            if name == start:
                found.add(start)
                break
            if name not in seen:
                seen.add(name)
                todo.extend(ref for ref in _refs(defs[name]) if ref in defs)
    return found


def inline_refs(schema: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``schema`` where each ``{"$ref": "#/$defs/X"}`` (with at most annotation
    keywords beside it) to a definition X that does not reach itself is replaced by X's
    content. Annotations beside a reference are kept; ``$defs`` itself stays, so recursive
    definitions still resolve."""
    defs = schema.get("$defs", {})
    keep = _recursive(defs)

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if (isinstance(ref, str) and ref.startswith(_LOCAL_DEF)
                    and ref[len(_LOCAL_DEF):] in defs and ref[len(_LOCAL_DEF):] not in keep
                    and set(node) - {"$ref"} <= _ANNOTATIONS):
                target = walk(defs[ref[len(_LOCAL_DEF):]])  # walk builds new containers
                if isinstance(target, dict) and not set(target) & set(node):
                    return {**target, **{k: v for k, v in node.items() if k != "$ref"}}
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(value) for value in node]
        return node

    result: dict[str, Any] = walk(schema)
    return result


@cache
def _validator(name: str) -> Draft202012Validator:
    # The packaged schemas are checked against the metaschema by the tests, not on every run.
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_text(name))
    return Draft202012Validator(inline_refs(schema),
                                format_checker=Draft202012Validator.FORMAT_CHECKER)


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
    """Every schema violation as (path, message), sorted by path for stable output.

    A valid document (the common case) is recognised by jsonschema-rs in milliseconds
    (:mod:`plandiff.plans.fastschema`); anything else is judged, and every error described,
    by jsonschema, the reference, which is then imported only."""
    if fastschema.is_valid(data, schema_text(name)):
        return
    errors = sorted(
        _validator(name).iter_errors(data),
        key=lambda e: (tuple(str(p) for p in e.absolute_path), e.message),
    )
    for error in errors:
        if error.validator == "not" and not isinstance(error.instance, str):
            continue  # "no '..' in an id" is about strings: the type error says what is wrong
        path: JsonPath = tuple(error.absolute_path)
        yield path, _message(error)
