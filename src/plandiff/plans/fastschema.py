"""The jsonschema-rs adapter: the only module that imports jsonschema_rs.

A fast first verdict on the published schema (Draft 2020-12, formats asserted, no network:
``offline``). It only ever says "valid" for the common case; every error a user sees still
comes from :mod:`plandiff.plans.schema` (``jsonschema``, the reference), so messages and
locations do not depend on which library is installed. A test proves both libraries give
the same verdicts and error locations on every fixture and every hostile file.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any


@cache
def _validator(schema: str) -> Any:
    try:
        import jsonschema_rs
    except ImportError:  # pragma: no cover - a runtime dependency; jsonschema still works
        return None
    return jsonschema_rs.Draft202012Validator(json.loads(schema), validate_formats=True,
                                              offline=True)


def is_valid(data: Any, schema: str) -> bool | None:
    """True or False when jsonschema-rs can judge ``data`` against the schema text, None
    when it cannot (not installed, or a value it does not take)."""
    validator = _validator(schema)
    if validator is None:
        return None
    try:
        return bool(validator.is_valid(data))
    except (ValueError, TypeError, OverflowError):
        return None


def error_locations(data: Any, schema: str) -> list[tuple[str, ...]]:
    """Sorted instance paths of every error (for the agreement test)."""
    validator = _validator(schema)
    if validator is None:  # pragma: no cover
        raise RuntimeError("jsonschema-rs is not installed")
    return sorted(tuple(str(p) for p in e.instance_path) for e in validator.iter_errors(data))


__all__ = ["error_locations", "is_valid"]
