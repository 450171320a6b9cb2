"""A document's clause history as a plain Word document: the versions, then one table per
clause (every version it appears in, with its number and text) and the change at each step,
deletions struck through and insertions underlined as formatting, not tracked revisions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from plandiff.engine.comparison import Span, SpanOp
from plandiff.lineage.history import DocumentHistory, PointHistory
from plandiff.render.docx.document import Document
from plandiff.render.report.i18n import choose_language, labels, value_label
from plandiff.sourcedate import report_date

if TYPE_CHECKING:
    from plandiff.render.docx.ooxml import Element


def _labels(lang: str) -> dict[str, str]:
    return dict(labels(lang))


def _redline(doc: Document, spans: Sequence[Span]) -> list[Element]:
    marks = {SpanOp.DELETE: "deleted", SpanOp.INSERT: "inserted", SpanOp.EQUAL: None}
    return [doc.run(s.text, mark=marks[s.op]) for s in spans if s.text]


def _clause(doc: Document, history: PointHistory, t: Mapping[str, str]) -> None:
    first = history.appearances[0] if history.appearances else None
    heading = history.point if first is None else " ".join(
        part for part in (first.number, first.title or history.point) if part)
    doc.text(heading, "Heading2")
    doc.table((t["col_version"], t["date"], t["col_point"], t["new_text"]),
              [(a.ref.split("#", 1)[0], a.date, a.number,
                f"{a.title}\n{a.text}" if a.title else a.text)
               for a in history.appearances], (2600, 1200, 900, 4300))
    if not history.steps:
        return
    rows: list[Sequence[str | Sequence[Element]]] = []
    for step in history.steps:
        words = [t[f"kind.{step.kind.value}"]]
        if step.across:
            words.append(t["moved_across"].format(old=step.across[0], new=step.across[1]))
        elif step.moved:
            words.append(t["kind.moved"])
        if step.renumbered:
            words.append(t["kind.renumbered"])
        words.append(t[f"via.{step.via.value}"])
        rows.append((f"{step.old.split('#', 1)[0]} → {step.new_version}", t["list_sep"].join(words),
                     _redline(doc, step.spans) or [doc.run("")]))
    doc.table((t["col_version"], t["change"], f"{t['old_text']} → {t['new_text']}"), rows,
              (2600, 1800, 4600))


def render_history_docx(history: DocumentHistory, *, lang: str | None = None) -> bytes:
    """The clause history of a document (one language) as a .docx, no tracked changes."""
    matrix = history.matrix
    code = choose_language(lang, matrix.language)
    t = _labels(code)
    doc = Document(matrix.language)
    doc.text(t["history_title"].format(document=matrix.document), "Title")
    doc.text(t["history_intro"])
    doc.text(t["h_versions"], "Heading1")
    doc.table((t["col_version"], t["date"], t["status"], t["title"]),
              [(c.version, c.date, value_label(t, "status", c.status), c.title)
               for c in matrix.columns], (2800, 1200, 1500, 3500))
    doc.text(t["h_lineages"], "Heading1")
    for clause in history.histories:
        _clause(doc, clause, t)
    created = report_date(dt.date.fromisoformat(c.date) for c in matrix.columns)
    return doc.to_bytes(title=t["history_title"].format(document=matrix.document),
                        creator="plandiff", created=created)
