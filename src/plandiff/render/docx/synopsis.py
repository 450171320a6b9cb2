"""A synopsis as a Word document: one landscape table, one row per clause lineage and one
column per version, each cell redlined against the column it names (deletions struck through
and red, insertions underlined and green, as formatting: a synopsis compares many versions
at once, so there is no single accept or reject). Cell words come from the same labels as the
synopsis page (en, ja, uk, ru)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from plandiff.engine.comparison import SpanOp
from plandiff.lineage.synopsis import Synopsis
from plandiff.plans.topics import Vocabulary, load_vocabulary
from plandiff.render.common import date_text
from plandiff.render.docx.document import Document
from plandiff.render.report.i18n import label_language, synopsis_labels
from plandiff.render.report.synopsis_html import CellView, cell_view, topic_text
from plandiff.sourcedate import report_date

if TYPE_CHECKING:
    from plandiff.render.docx.ooxml import Element

_WIDTH = 14570
"""Text width of a landscape A4 page with 2 cm margins, in twentieths of a point."""
_CLAUSE = 2200
"""Width of the clause column."""
_MARKS = {SpanOp.DELETE: "deleted", SpanOp.INSERT: "inserted", SpanOp.EQUAL: None}


def render_synopsis_docx(synopsis: Synopsis, *, lang: str | None = None,
                         document: str | None = None,
                         vocabulary: Vocabulary | None = None) -> bytes:
    """The synopsis as a .docx (deterministic under ``SOURCE_DATE_EPOCH``; ``vocabulary``:
    topic labels, by default the shipped one)."""
    columns = synopsis.columns
    code = label_language(lang, *(c.language for c in columns))
    t = synopsis_labels(code)
    doc = Document(columns[0].language if columns else code)
    title = (t["synopsis_title_doc"].format(document=document) if document is not None
             else t["synopsis_title"].format(count=len(columns)))
    doc.text(title, "Title")
    doc.text(t["synopsis_intro_base"].format(base=columns[synopsis.base].version)
             if synopsis.base is not None else t["synopsis_intro"])
    doc.text(t["synopsis_rows"].format(shown=len(synopsis.rows), total=synopsis.total_rows))
    if not synopsis.rows:
        doc.text(t["synopsis_no_rows"])
    else:
        width = (_WIDTH - _CLAUSE) // max(len(columns), 1)
        header = (t["col_clause"], *(f"{c.version}\n{date_text(c.date, c.dated_by, t)} · "
                                     f"{t.get(f'status.{c.status}', c.status)}"
                                     for c in columns))
        vocabulary = vocabulary if vocabulary is not None else load_vocabulary()
        rows: list[Sequence[str | Sequence[Element]]] = []
        for row in synopsis.rows:
            label = ("  " * row.depth) + row.label
            if row.topics:
                label += "\n" + topic_text(row.topics, t, code, vocabulary)
            cells = [_cell_runs(doc, cell_view(c, i, synopsis, t))
                     for i, c in enumerate(row.cells)]
            rows.append([label, *cells])
        doc.table(header, rows, (_CLAUSE, *([width] * len(columns))))
    created = report_date(dt.date.fromisoformat(c.date) for c in columns if c.date)
    return doc.to_bytes(title=title, creator="plandiff", created=created, landscape=True)


def _cell_runs(doc: Document, view: CellView) -> list[Element]:
    """One cell: its numbers in bold, its marks in italics, the redline, then the flags."""
    if view.state_label:
        return [doc.run(view.state_label, italic=True, language=view.lang)]
    runs = [doc.run(view.numbers or "–", bold=True, language=view.lang)]
    if view.marks:
        runs.append(doc.run(" (" + "; ".join(view.marks) + ")", italic=True,
                            language=view.lang))
    runs.append(doc.run("\n", language=view.lang))
    runs += [doc.run(span.text, mark=_MARKS[span.op], language=view.lang)
             for span in view.spans if span.text]
    for flag in view.flags:
        runs.append(doc.run(f"\n⚑ {flag.kind_label}: {flag.old or '∅'} → {flag.new or '∅'}",
                            size=18, language=view.lang))
    return runs


__all__ = ["render_synopsis_docx"]
