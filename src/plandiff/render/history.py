"""Plain-text and JSON views of a clause's history and of a document's evolution matrix.

Text marks changes without colour, as git's word diff does (``[-old-]{+new+}``), so it reads
the same in a terminal, a log file or an e-mail. JSON keeps every field, in a stable order.
"""

from __future__ import annotations

import json
from typing import Any

from plandiff.engine.comparison import ChangeKind
from plandiff.lineage.history import (
    Appearance,
    Cell,
    EvolutionMatrix,
    PointHistory,
    Step,
)
from plandiff.render.common import KIND_MARKS, MARK_LEGEND, grouped_flag_texts, word_diff
from plandiff.render.json import flags_data, spans_data

# --------------------------------------------------------------------------- JSON


def _appearance(a: Appearance) -> dict[str, Any]:
    return {"ref": a.ref, "document": a.document, "version": a.version, "date": a.date,
            "language": a.language, "status": a.status, "point": a.point, "number": a.number,
            "title": a.title, "text": a.text, "topics": list(a.topics), "depth": a.depth,
            "point_status": a.point_status}


def _step(s: Step) -> dict[str, Any]:
    return {"old": s.old, "new": s.new, "new_version": s.new_version, "kind": s.kind.value,
            "via": s.via.value, "cross_document": s.cross_document, "moved": s.moved,
            "renumbered": s.renumbered, "similarity": round(s.similarity, 4),
            "spans": spans_data(s.spans), "flags": flags_data(s.flags),
            **({"across": {"from": s.across[0], "to": s.across[1]}} if s.across else {})}


def history_to_dict(history: PointHistory) -> dict[str, Any]:
    """A point's history as plain data."""
    return {"document": history.document, "point": history.point,
            "language": history.language, "documents": list(history.documents),
            "appearances": [_appearance(a) for a in history.appearances],
            "steps": [_step(s) for s in history.steps]}


def _cell(cell: Cell | None) -> dict[str, Any] | None:
    if cell is None:
        return None
    return {"point": cell.point, "number": cell.number,
            "kind": cell.kind.value if cell.kind is not None else None, "moved": cell.moved,
            "renumbered": cell.renumbered, "flags": cell.flags, "ended": cell.ended,
            "into": cell.into}


def matrix_to_dict(matrix: EvolutionMatrix) -> dict[str, Any]:
    """An evolution matrix as plain data."""
    return {
        "document": matrix.document, "language": matrix.language,
        "columns": [{"version": c.version, "date": c.date, "status": c.status,
                     "title": c.title, "supersedes": c.supersedes} for c in matrix.columns],
        "rows": [{"key": r.key, "label": r.label, "depth": r.depth,
                  "cells": [_cell(c) for c in r.cells]} for r in matrix.rows],
    }


def to_json(value: dict[str, Any]) -> str:
    """Stable JSON text with a trailing newline."""
    return json.dumps(value, ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------- text


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _step_head(step: Step) -> str:
    extras = []
    if step.renumbered:
        extras.append("renumbered")
    if step.across:
        extras.append(f"moved {step.across[0]} → {step.across[1]}")
    elif step.moved:
        extras.append("moved")
    via = {"same-id": "same id", "aligned": "aligned", "derived-from": "derived_from"}[
        step.via.value]
    extra = f", {', '.join(extras)}" if extras else ""
    return f"from {step.old}: {step.kind.value} ({via}{extra})"


def history_to_text(history: PointHistory) -> str:
    """The clause's appearances in date order, each with the steps that lead to it."""
    count = len(history.appearances)
    lines = [f"{history.point} in {history.document} ({history.language}): {count} "
             f"appearance(s) in {len(history.documents)} document(s): "
             f"{', '.join(history.documents)}", ""]
    for a in history.appearances:
        title = f" {a.title}" if a.title else ""
        lines.append(f"{a.date}  {a.document}@{a.version}  point {a.number}{title}  "
                     f"[{a.status}]")
        incoming = history.steps_into(a.ref)
        if len(incoming) == 1 and incoming[0].kind in (ChangeKind.MODIFIED,
                                                        ChangeKind.UNCHANGED):
            step = incoming[0]
            lines.append(f"  {_step_head(step)}")
            lines.append(f"  {_one_line(word_diff(step.spans))}")
            lines.extend(f"  flag {text}" for text in grouped_flag_texts(step.flags))
        else:
            lines.append(f"  {_one_line(a.text)}")
            for step in incoming:
                lines.append(f"  {_step_head(step)}")
                lines.append(f"    {_one_line(word_diff(step.spans))}")
                lines.extend(f"    flag {text}" for text in grouped_flag_texts(step.flags))
        for step in history.steps_from(a.ref):
            if step.new is None:
                lines.append(f"  dropped in {step.new_version}")
        lines.append("")
    lines.append("marks: [-deleted-] {+inserted+}")
    return "\n".join(lines) + "\n"


def cell_text(cell: Cell | None) -> str:
    """``4 ~`` (number and kind mark), ``×`` for removed, ``>5`` for merged into 5."""
    if cell is None:
        return ""
    if cell.ended:
        return f">{cell.into}" if cell.into is not None else KIND_MARKS[ChangeKind.REMOVED]
    mark = KIND_MARKS[cell.kind] if cell.kind is not None else ""
    if cell.moved:
        mark += "m"
    return f"{cell.number} {mark}".rstrip()


def matrix_to_text(matrix: EvolutionMatrix) -> str:
    """The matrix as an aligned plain-text table with a legend."""
    header = ["point", *(c.version for c in matrix.columns)]
    body = [["  " * row.depth + row.key, *(cell_text(c) for c in row.cells)]
            for row in matrix.rows]
    widths = [max(len(r[i]) for r in (header, *body)) for i in range(len(header))]
    lines = [f"{matrix.document} ({matrix.language}): {len(matrix.rows)} lineage(s) "
             f"across {len(matrix.columns)} version(s)"]
    for row in (header, *body):
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())
    supersedes = [f"{c.version} vs {c.supersedes}" for c in matrix.columns if c.supersedes]
    if supersedes:
        lines.append("each cell compares with the version it supersedes: "
                     + "; ".join(supersedes))
    lines.append(f"legend: {MARK_LEGEND}  m moved  >N merged into N")
    return "\n".join(lines) + "\n"
