"""The synopsis JSON (README, "Synopsis JSON"): the machine-readable form of a synopsis.

Keys in the documented order, ``ensure_ascii=False``, two-space indent, a trailing newline:
the same synopsis always gives the same bytes. Joining a cell's ``equal`` and ``insert``
spans gives its ``text``; joining ``equal`` and ``delete`` gives the text of the column named
by ``against``.
"""

from __future__ import annotations

import json
from typing import Any

from plandiff.lineage.synopsis import CellState, Synopsis, SynopsisCell, SynopsisColumn

FORMAT_VERSION = 1


def _column(column: SynopsisColumn) -> dict[str, Any]:
    return {"document": column.document, "version": column.version, "title": column.title,
            "date": column.date, "status": column.status, "text_kind": column.text_kind,
            "language": column.language}


def _cell(cell: SynopsisCell) -> dict[str, Any]:
    if cell.state is not CellState.PRESENT:
        return {"state": cell.state.value}
    return {
        "state": cell.state.value,
        "points": [p.id for p in cell.points],
        "numbers": list(cell.numbers),
        "against": cell.against,
        "change": cell.change.value if cell.change is not None else None,
        "moved_from": cell.moved_from,
        "renumbered_from": cell.renumbered_from,
        "text": cell.text,
        "spans": [{"op": s.op.value, "text": s.text} for s in cell.spans],
        "flags": [{"kind": f.kind.value, "old": f.old, "new": f.new} for f in cell.flags],
    }


def synopsis_to_dict(synopsis: Synopsis) -> dict[str, Any]:
    """The synopsis JSON as plain Python data, keys in the documented order."""
    f = synopsis.filters
    return {
        "synopsis": FORMAT_VERSION,
        "columns": [_column(c) for c in synopsis.columns],
        "base": synopsis.base,
        "filters": {"topics": list(f.topics), "changed_only": f.changed_only,
                    "points": list(f.points)},
        "total_rows": synopsis.total_rows,
        "rows": [{"key": r.key, "label": r.label, "depth": r.depth, "topics": list(r.topics),
                  "cells": [_cell(c) for c in r.cells]} for r in synopsis.rows],
    }


def render_synopsis_json(synopsis: Synopsis) -> str:
    """The synopsis JSON text (ends with a newline)."""
    return json.dumps(synopsis_to_dict(synopsis), ensure_ascii=False, indent=2) + "\n"


__all__ = ["FORMAT_VERSION", "render_synopsis_json", "synopsis_to_dict"]
