"""The diff JSON (design.md, "Diff JSON"): the machine-readable form of a comparison.

Keys in the documented order, ``ensure_ascii=False``, two-space indent, a trailing newline,
similarity rounded to 4 decimals: the same comparison always gives the same bytes.

A second extension: when a reference flag was raised (a cross-reference such as "point 12"
whose target was renumbered or removed), the summary counts them as ``"references"``.

One extension of the documented format, present only when the new version is known in part
(it lists ``not_reported`` points): a removed point it does not report on carries
``"reported": false`` after its flags, and the summary counts them as ``"not_reported"``
(they still count as ``removed``: the kinds stay the documented six).
"""

from __future__ import annotations

import json
from typing import Any

from plandiff.engine.comparison import Change, Comparison, VersionInfo

SUMMARY_KEYS = ("unchanged", "modified", "added", "removed", "split", "merged", "moved",
                "renumbered")


def _version(info: VersionInfo) -> dict[str, str]:
    return {"document": info.document, "version": info.version}


def _change(change: Change) -> dict[str, Any]:
    return {
        "kind": change.kind.value,
        "old": list(change.old),
        "new": list(change.new),
        "old_numbers": list(change.old_numbers),
        "new_numbers": list(change.new_numbers),
        "moved": change.moved,
        "renumbered": change.renumbered,
        "similarity": round(change.similarity, 4) + 0.0,
        "topics": list(change.topics),
        "spans": [{"op": s.op.value, "text": s.text} for s in change.spans],
        "flags": [{"kind": f.kind.value, "old": f.old, "new": f.new} for f in change.flags],
        **({} if change.reported else {"reported": False}),
    }


def comparison_to_dict(comparison: Comparison) -> dict[str, Any]:
    """The diff JSON as plain Python data, keys in the documented order."""
    summary = comparison.summary
    return {
        "old": _version(comparison.old),
        "new": _version(comparison.new),
        "summary": {key: int(getattr(summary, key)) for key in SUMMARY_KEYS}
        | ({"not_reported": summary.not_reported} if summary.not_reported else {})
        | ({"references": summary.references} if summary.references else {}),
        "changes": [_change(c) for c in comparison.changes],
    }


_scalar = json.JSONEncoder(ensure_ascii=False).encode


def _format(value: Any, pad: str) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` for JSON data, byte for byte, but
    several times faster (the standard library's C encoder is not used with ``indent``)."""
    kind = type(value)
    if kind is str:
        return _scalar(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = pad + "  "
        items = [f"{inner}{_scalar(k)}: {_format(v, inner)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if kind is list:
        if not value:
            return "[]"
        inner = pad + "  "
        return "[\n" + ",\n".join(inner + _format(v, inner) for v in value) + "\n" + pad + "]"
    return _scalar(value)


def _strings(items: tuple[str, ...], pad: str) -> str:
    if not items:
        return "[]"
    inner = pad + "  "
    return "[\n" + ",\n".join(inner + _scalar(x) for x in items) + "\n" + pad + "]"


def _change_text(change: Change) -> str:
    """One change, formatted exactly as :func:`_format` would at depth 2 (faster)."""
    p = "      "
    q = p + "  "
    spans = "[]" if not change.spans else "[\n" + ",\n".join(
        f'{q}{{\n{q}  "op": {_scalar(s.op.value)},\n{q}  "text": {_scalar(s.text)}\n{q}}}'
        for s in change.spans) + f"\n{p}]"
    flags = "[]" if not change.flags else "[\n" + ",\n".join(
        f'{q}{{\n{q}  "kind": {_scalar(f.kind.value)},\n{q}  "old": {_scalar(f.old)},\n'
        f'{q}  "new": {_scalar(f.new)}\n{q}}}' for f in change.flags) + f"\n{p}]"
    return (
        "    {\n"
        f'{p}"kind": {_scalar(change.kind.value)},\n'
        f'{p}"old": {_strings(change.old, p)},\n'
        f'{p}"new": {_strings(change.new, p)},\n'
        f'{p}"old_numbers": {_strings(change.old_numbers, p)},\n'
        f'{p}"new_numbers": {_strings(change.new_numbers, p)},\n'
        f'{p}"moved": {"true" if change.moved else "false"},\n'
        f'{p}"renumbered": {"true" if change.renumbered else "false"},\n'
        f'{p}"similarity": {_scalar(round(change.similarity, 4) + 0.0)},\n'
        f'{p}"topics": {_strings(change.topics, p)},\n'
        f'{p}"spans": {spans},\n'
        f'{p}"flags": {flags}'
        + ("" if change.reported else f',\n{p}"reported": false')
        + "\n    }")


def render_json(comparison: Comparison) -> str:
    """The diff JSON text (UTF-8 safe, ends with a newline); the same bytes as
    ``json.dumps(comparison_to_dict(comparison), ensure_ascii=False, indent=2) + "\\n"``."""
    head = comparison_to_dict(Comparison(comparison.old, comparison.new, comparison.summary))
    text = _format(head, "")
    if not comparison.changes:
        return text + "\n"
    changes = ",\n".join(_change_text(c) for c in comparison.changes)
    return text[:-len("[]\n}")] + "[\n" + changes + "\n  ]\n}\n"


__all__ = ["SUMMARY_KEYS", "comparison_to_dict", "render_json"]
