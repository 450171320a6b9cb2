"""``plandiff log`` as text and JSON: one version a line, with its change counts (the data
comes from :mod:`plandiff.lineage.log`)."""

from __future__ import annotations

import json

from plandiff.lineage.log import DocumentLog
from plandiff.render.common import KIND_MARKS, MARK_LEGEND


def to_json(log: DocumentLog) -> str:
    """The log as JSON (stable key order, UTF-8 text, trailing newline)."""
    payload = {
        "document": log.document,
        "versions": [
            {"version": e.version, "date": e.date, "language": e.language, "status": e.status,
             "text_kind": e.text_kind, "title": e.title, "points": e.points,
             "points_total": e.points_total, "supersedes": e.supersedes,
             "translation_of": e.translation_of,
             "changes": dict(e.changes) if e.changes is not None else None,
             "flags": e.flags}
            for e in log.entries
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


_SHORT = {**{kind.value: mark for kind, mark in KIND_MARKS.items()}, "moved": "moved",
          "renumbered": "renum"}


_NOTES = {"not_reported": "({count} of the removed not reported)",
          "review": "({count} to review)",
          "references": "({count} stale reference(s))"}
"""The counts that annotate a line rather than count a kind of change."""


def change_line(changes: tuple[tuple[str, int], ...] | None) -> str:
    """``~12 +3 ×8 moved 2`` (only non-zero counts; ``unchanged`` shown as ``=N``)."""
    if changes is None:
        return "(first version)"
    parts = []
    for kind, count in changes:
        if not count:
            continue
        if kind in _NOTES:
            parts.append(_NOTES[kind].format(count=count))
            continue
        symbol = _SHORT[kind]
        parts.append(f"{symbol}{count}" if len(symbol) == 1 else f"{symbol} {count}")
    return " ".join(parts) or "no points"


def to_text(log: DocumentLog) -> str:
    """A plain table, one version a line, oldest first, followed by a legend."""
    header = ("date", "version", "lang", "status", "points", "changes vs superseded")
    rows = []
    for e in log.entries:
        changes = change_line(e.changes)
        if e.changes is not None:
            changes = f"{changes} vs {e.supersedes}"
            if e.flags:
                changes += f"; {e.flags} flag(s)"
        rows.append((e.date, e.version, e.language, e.status,
                     str(e.points) if e.points == e.points_total
                     else f"{e.points} ({e.points_total})", changes))
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header) - 1)]
    lines = [f"{log.document}: {len(rows)} version(s)"]
    for row in (header, *rows):
        cells = [row[i].ljust(widths[i]) for i in range(len(widths))]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    lines.append(f"changes: {MARK_LEGEND}; points (all levels); not reported: points a "
                 "version known only in part does not cover")
    return "\n".join(lines) + "\n"


__all__ = ["change_line", "to_json", "to_text"]
