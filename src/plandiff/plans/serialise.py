"""Plan versions → JSON text, the way plan files are written.

Deterministic: keys in the order of the schema (``$schema`` first), unknown ``x-`` extension
keys after them in sorted order; optional fields that are None or empty are left out (the
required ``sources`` and ``points`` of a version, and ``text`` of a point, always stay);
two-space indentation, UTF-8 characters as themselves, one trailing newline.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from enum import Enum
from typing import Any

from pydantic import BaseModel

from plandiff.plans.model import AlignmentReview, Divergence, PlanVersion, Point, Source

__all__ = ["plan_to_data", "plan_to_json"]

_Keys = tuple[tuple[str, str], ...]
_PLAN_KEYS: _Keys = (
    ("schema_ref", "$schema"), ("document", "document"), ("version", "version"),
    ("title", "title"), ("date", "date"), ("status", "status"), ("text_kind", "text_kind"),
    ("language", "language"), ("translation_of", "translation_of"),
    ("supersedes", "supersedes"), ("parties", "parties"), ("sources", "sources"),
    ("notes", "notes"), ("not_reported", "not_reported"), ("alignment", "alignment"),
    ("translation_divergences", "translation_divergences"), ("points", "points"),
)
_POINT_KEYS: _Keys = (
    ("id", "id"), ("number", "number"), ("title", "title"), ("text", "text"),
    ("topics", "topics"), ("derived_from", "derived_from"), ("status", "status"),
    ("notes", "notes"), ("points", "points"),
)
_SOURCE_KEYS: _Keys = (
    ("id", "id"), ("title", "title"), ("publisher", "publisher"), ("url", "url"), ("date", "date"),
    ("reliability", "reliability"), ("notes", "notes"),
)
_REVIEW_KEYS: _Keys = (("against", "against"), ("unlinked", "unlinked"), ("new", "new"))
_DIVERGENCE_KEYS: _Keys = (("point", "point"), ("kind", "kind"), ("value", "value"),
                           ("reason", "reason"))
_ALWAYS = {PlanVersion: {"sources", "points"}, Point: {"text"}, Source: set[str](),
           AlignmentReview: {"against"}, Divergence: set[str]()}
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _value(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return _object(value)
    if isinstance(value, tuple | list):
        return [_value(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _value(v) for k, v in value.items()}
    return value


def _object(model: BaseModel) -> dict[str, Any]:
    keys: _Keys
    if isinstance(model, PlanVersion):
        keys = _PLAN_KEYS
    elif isinstance(model, Point):
        keys = _POINT_KEYS
    elif isinstance(model, Source):
        keys = _SOURCE_KEYS
    elif isinstance(model, AlignmentReview):
        keys = _REVIEW_KEYS
    elif isinstance(model, Divergence):
        keys = _DIVERGENCE_KEYS
    else:  # pragma: no cover - no other model is serialised
        return {k: _value(v) for k, v in model.model_dump(by_alias=True).items()}
    # a DatedDraft is written as the PlanVersion it is (where its date came from is not)
    always = _ALWAYS[PlanVersion if isinstance(model, PlanVersion) else type(model)]
    out: dict[str, Any] = {}
    for attribute, key in keys:
        value = getattr(model, attribute)
        if key not in always and (value is None or (isinstance(value, tuple) and not value)):
            continue
        out[key] = _value(value)
    extra = model.model_extra or {}
    for key in sorted(extra):
        out[key] = _value(extra[key])
    return out


def plan_to_data(plan: PlanVersion) -> dict[str, Any]:
    """The JSON value of a plan version, keys in schema order."""
    return _object(plan)


def plan_to_json(plan: PlanVersion) -> str:
    """The plan file's text: deterministic, UTF-8 friendly, ending in a newline.

    A lone surrogate (possible in a Python string, not in UTF-8) is written as its ``\\uXXXX``
    escape, so the text always encodes as UTF-8.
    """
    text = json.dumps(plan_to_data(plan), ensure_ascii=False, indent=2) + "\n"
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
