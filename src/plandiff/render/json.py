"""The diff JSON: the machine-readable form of a comparison (``plandiff diff --format json``).

Keys in the documented order, ``ensure_ascii=False``, two-space indent, a trailing newline,
similarity rounded to 4 decimals: the same comparison always gives the same bytes.

A second extension: when a reference flag was raised (a cross-reference such as "point 12"
whose target was renumbered or removed), the summary counts them as ``"references"``.

One extension of the documented format, present only when the new version is known in part
(it lists ``not_reported`` points): a removed point it does not report on carries
``"reported": false`` after its flags, and the summary counts them as ``"not_reported"``
(they still count as ``removed``: the kinds stay the documented six).

A split whose old sub-points were folded into its new parts' texts (or a merge whose new
sub-points were carved out of its old parts') carries ``"links"`` after its flags: the
``[old id, new id]`` pairs it stands for, each such sub-point with the one part it went into
(without it, every combination of ``old`` and ``new`` is a link).

A sub-point that moved from one parent to another (kind ``unchanged`` or ``modified``, with
``"moved": true``) carries ``"across"`` after its flags: ``{"from": "20(b)", "to": "14(c)",
"old_parent": ..., "new_parent": ...}`` (its old and new place, its parents' ids); it replaces
the ``removed`` and ``added`` changes the two sides would otherwise be.

Pairings the aligner is unsure of carry ``"review": true`` (after ``reported``) and the
summary counts them as ``"review"`` (both only when there are any). With ``--explain`` each
paired change ends with an ``explain`` object: ``evidence`` (declared, id, text, similarity,
containment), ``confidence`` (0..1), ``terms`` (the shared words that carried it),
``absorbed``, ``leftover``, ``position``, ``channels``, ``join`` (a join by coverage in
words) and ``why`` (the same words as the text redline's).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from json.encoder import encode_basestring
from operator import attrgetter
from typing import Any

from plandiff.collector import collector_paused
from plandiff.engine.comparison import (
    Change,
    ChangeKind,
    Comparison,
    Flag,
    FlagKind,
    Span,
    SpanOp,
    VersionInfo,
    exact_spans,
)
from plandiff.render.common import visible
from plandiff.render.explain import explain_object, paired


def _version(info: VersionInfo) -> dict[str, str]:
    return {"document": info.document, "version": info.version}


# str() of a StrEnum member is its value as a plain str, several times faster than .value
# (an enum descriptor) when called for every span of a large comparison.


def spans_data(spans: Iterable[Span]) -> list[dict[str, str]]:
    """Redline spans as JSON data (``op``, ``text``)."""
    return [{"op": str(span.op), "text": span.text} for span in exact_spans(tuple(spans))]


def flags_data(flags: Iterable[Flag]) -> list[dict[str, str]]:
    """Flags as JSON data (``kind``, ``old``, ``new``)."""
    return [{"kind": str(f.kind), "old": f.old, "new": f.new} for f in flags]


def across_data(change: Change) -> dict[str, str]:
    """Where a sub-point that moved to another parent came from and went: ``from`` and
    ``to`` (its place, as ``20(b)``), ``old_parent`` and ``new_parent`` (the parents' ids)."""
    return {"from": change.old_path, "to": change.new_path,
            "old_parent": change.old_parent or "", "new_parent": change.parent or ""}


def _change(change: Change) -> dict[str, Any]:
    return {
        "kind": str(change.kind),
        "old": list(change.old),
        "new": list(change.new),
        "old_numbers": list(change.old_numbers),
        "new_numbers": list(change.new_numbers),
        "moved": change.moved,
        "renumbered": change.renumbered,
        "similarity": round(change.similarity, 4) + 0.0,
        "topics": list(change.topics),
        "spans": spans_data(change.spans),
        "flags": flags_data(change.flags),
        **({"links": [list(link) for link in change.links]} if change.links else {}),
        **({"across": across_data(change)} if change.across else {}),
        **({} if change.reported else {"reported": False}),
        **({"review": True} if change.review else {}),
    }


def comparison_to_dict(comparison: Comparison, *, changes_only: bool = False,
                       explain: bool = False) -> dict[str, Any]:
    """The diff JSON as plain Python data, keys in the documented order; ``explain`` adds
    each paired change's ``explain`` object."""
    summary = comparison.summary
    return {
        "old": _version(comparison.old),
        "new": _version(comparison.new),
        "summary": dict(summary.counts()),
        "changes": [_change(c) | ({"explain": explain_object(c)} if explain and paired(c)
                                  else {})
                    for c in visible(comparison.changes, changes_only)],
    }


_encode = json.JSONEncoder(ensure_ascii=False).encode
_string = encode_basestring  # the C encoder json.dumps uses for str with ensure_ascii=False


def _scalar(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is bool:
        return "true" if value else "false"
    if value is None:
        return "null"
    if kind is int:
        return int.__repr__(value)
    if kind is float and math.isfinite(value):
        return float.__repr__(value)
    return _encode(value)


def _format(value: Any, pad: str) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=2)`` for JSON data, byte for byte, but
    several times faster (the standard library's C encoder is not used with ``indent``;
    strings, most of the data, go straight to the C string encoder here)."""
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = pad + "  "
        items = [(_string(k) if type(k) is str else _scalar(k)) + ": "
                 + (_string(v) if type(v) is str else _format(v, inner))
                 for k, v in value.items()]
        return "{\n" + inner + (",\n" + inner).join(items) + "\n" + pad + "}"
    if kind is list:
        if not value:
            return "[]"
        inner = pad + "  "
        return ("[\n" + inner + (",\n" + inner).join([_format(v, inner) for v in value])
                + "\n" + pad + "]")
    return _scalar(value)


# --- the writer: the text of _format(comparison_to_dict(...)), written directly ----------
#
# The diff JSON's layout is fixed (two-space indent, keys in the documented order), so the
# frequent parts (a change's fixed keys, its spans and flags) are written as text straight
# from the values, without the intermediate dicts and the recursive walk; what is rare (a
# sub-point's move, "reported", "review", the explain object) goes through _format. Both ways
# give the same bytes: tests/render/test_json_writer.py checks it on every pair of the
# shipped plans, every golden case and hand-made edge cases.

_KEY = "\n      "  # a change's keys (the change is an item of "changes", at depth 2)
_ITEM = "\n        "  # the items of a change's lists
_LIST_END = "\n      ]"
_SPAN_HEAD = {op: '{\n          "op": ' + _string(str(op)) + ',\n          "text": '
              for op in SpanOp}
_SPAN_TAIL = "\n        }"
_FLAG_HEAD = {kind: '{\n          "kind": ' + _string(str(kind)) + ',\n          "old": '
              for kind in FlagKind}
_FLAG_NEW = ',\n          "new": '
_KINDS = {kind: _string(str(kind)) for kind in ChangeKind}


def _strings(values: tuple[str, ...]) -> str:
    """A list of strings as a value of a change's key."""
    if len(values) == 1:  # most lists of a change: one id, one number, one topic
        return f"[{_ITEM}{_string(values[0])}{_LIST_END}"
    if not values:
        return "[]"
    return "[" + _ITEM + ("," + _ITEM).join(map(_string, values)) + _LIST_END


_OLD_TEXT = attrgetter("old_text")


def _spans_text(spans: tuple[Span, ...]) -> str:
    if not spans:
        return "[]"
    if list(map(_OLD_TEXT, spans)).count(None) != len(spans):
        spans = exact_spans(spans)  # a typography-only equal span is written out
    heads, tail = _SPAN_HEAD, _SPAN_TAIL
    return "[" + _ITEM + ("," + _ITEM).join(
        [f"{heads[span.op]}{_string(span.text)}{tail}" for span in spans]) + _LIST_END


def _flags_text(flags: tuple[Flag, ...]) -> str:
    if not flags:
        return "[]"
    heads = _FLAG_HEAD
    return "[" + _ITEM + ("," + _ITEM).join(
        [heads[f.kind] + _string(f.old) + _FLAG_NEW + _string(f.new) + _SPAN_TAIL
         for f in flags]) + _LIST_END


def _change_text(change: Change, explain: bool) -> str:
    """``_format(<the change's dict>, "    ")``, written directly."""
    parts = [
        '{\n      "kind": ', _KINDS[change.kind],
        ',\n      "old": ', _strings(change.old),
        ',\n      "new": ', _strings(change.new),
        ',\n      "old_numbers": ', _strings(change.old_numbers),
        ',\n      "new_numbers": ', _strings(change.new_numbers),
        ',\n      "moved": ', "true" if change.moved else "false",
        ',\n      "renumbered": ', "true" if change.renumbered else "false",
        ',\n      "similarity": ', _scalar(round(change.similarity, 4) + 0.0),
        ',\n      "topics": ', _strings(change.topics),
        ',\n      "spans": ', _spans_text(change.spans),
        ',\n      "flags": ', _flags_text(change.flags),
    ]
    rest: dict[str, Any] = {}
    if change.links:
        rest["links"] = [list(link) for link in change.links]
    if change.across:
        rest["across"] = across_data(change)
    if not change.reported:
        rest["reported"] = False
    if change.review:
        rest["review"] = True
    if explain and paired(change):
        rest["explain"] = explain_object(change)
    for key, value in rest.items():
        parts += [",", _KEY, _string(key), ": ", _format(value, "      ")]
    parts.append("\n    }")
    return "".join(parts)


def render_json(comparison: Comparison, *, changes_only: bool = False,
                explain: bool = False) -> str:
    """The diff JSON text (UTF-8 safe, ends with a newline); the same bytes as
    ``json.dumps(comparison_to_dict(comparison), ensure_ascii=False, indent=2) + "\n"``.
    ``changes_only`` lists only the changes :func:`plandiff.render.common.shown` keeps (the
    summary still counts every point)."""
    with collector_paused():  # many small objects, no cycles
        head = {"old": _version(comparison.old), "new": _version(comparison.new),
                "summary": dict(comparison.summary.counts())}
        text = _format(head, "")
        changes = [_change_text(c, explain) for c in visible(comparison.changes, changes_only)]
        listed = "[\n    " + ",\n    ".join(changes) + "\n  ]" if changes else "[]"
        return text[:-2] + ',\n  "changes": ' + listed + "\n}\n"


__all__ = ["across_data", "comparison_to_dict", "flags_data", "render_json", "spans_data"]
