"""The synopsis as an HTML page and a landscape PDF, with the comparison reports' styling.

Reuses the report package: its Jinja2 environment (autoescape, undefined names fail), its
stylesheet (plus ``synopsis.css``: landscape pages, fixed columns that fit, long cells that
wrap, a clause's number kept with its text), its Content-Security-Policy, its labels for
change kinds, statuses and flags (en, ja, uk) and its PDF adapter (PDF/A-3b, tagged, fonts
checked, byte-identical under ``SOURCE_DATE_EPOCH``).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from plandiff import __version__
from plandiff.engine.comparison import Span
from plandiff.lineage.synopsis import CellState, Synopsis, SynopsisCell
from plandiff.plans.topics import Vocabulary, load_vocabulary
from plandiff.render.common import date_text
from plandiff.render.report.history_html import FlagView, flag_views, page_time
from plandiff.render.report.html import render_page
from plandiff.render.report.i18n import (
    SYNOPSIS_LABELS,
    label_language,
    synopsis_labels,
    value_label,
)
from plandiff.render.report.model import LinkView
from plandiff.render.synopsis_marks import cell_marks, state_label

TEMPLATE = "synopsis.html.j2"
STYLESHEET = "synopsis.css"


def topic_text(topics: Sequence[str], t: Mapping[str, str], lang: str,
               vocabulary: Vocabulary) -> str:
    """A clause's topics as a reader reads them: their labels in ``lang`` (an unknown id as
    itself), joined as the comparison report joins them."""
    return t["topic_sep"].join(vocabulary.label(topic, lang) for topic in topics)

@dataclass(frozen=True)
class CellView:
    state: str
    state_label: str
    numbers: str
    kind: str
    marks: tuple[str, ...]
    spans: tuple[Span, ...]
    flags: tuple[FlagView, ...]
    lang: str
    moved: bool = False


@dataclass(frozen=True)
class RowView:
    anchor: str
    label: str
    depth: int
    topics: str
    cells: tuple[CellView, ...]
    lang: str
    long: bool = False
    """Whether the row may break across pages (see :func:`long_row`)."""


@dataclass(frozen=True)
class ColumnView:
    version: str
    document: str
    date: str
    status: str
    language: str
    title: str
    base: bool


@dataclass(frozen=True)
class SynopsisPage:
    lang: str
    title: str
    run_head: str
    kicker: str
    intro: str
    counts: str
    filters: tuple[str, ...]
    nav: tuple[LinkView, ...]
    columns: tuple[ColumnView, ...]
    rows: tuple[RowView, ...]
    column_class: str
    generator: str


def cell_view(cell: SynopsisCell, index: int, synopsis: Synopsis,
          t: Mapping[str, str]) -> CellView:
    lang = synopsis.columns[index].language
    if cell.state is not CellState.PRESENT:
        return CellView(state=cell.state.value, state_label=state_label(cell, t), numbers="",
                        kind="", marks=(), spans=(), flags=(), lang=lang)
    marks = cell_marks(cell, index, synopsis, t)
    kind = cell.change.value if cell.change is not None else ""
    flags = flag_views(cell.flags, t)
    return CellView(state=cell.state.value, state_label="", numbers=", ".join(cell.numbers),
                    kind=kind, marks=tuple(marks), spans=cell.spans, flags=flags, lang=lang,
                    moved=cell.moved_from is not None)


_PAGE_WIDTH = 273.0
"""The width of the synopsis's landscape page between its margins, in millimetres (A4, 12 mm
a side: synopsis.css)."""
_CHAR_WIDTH = 1.6
"""The width of a Latin letter of a cell's 8 pt type, in millimetres, on average (a Chinese
or Japanese character takes two)."""
_LONG_ROW = 10
"""A row whose fullest cell takes more lines than this may break across pages: a shorter one
moved whole to the next page leaves at most a quarter of a page blank."""


def _cell_lines(cell: CellView, per_line: float) -> int:
    """About how many lines a present cell takes in a column ``per_line`` letters wide."""
    text = "".join(span.text for span in cell.spans)
    lines = 1 + len(cell.flags)  # its number and marks; a flag a line
    for paragraph in text.split("\n"):
        width = sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in paragraph)
        lines += max(1, math.ceil(width / per_line))
    return lines


def long_row(cells: Sequence[CellView], clause_share: float) -> bool:
    """Whether a row is long enough to break across the printed pages: short rows stay whole
    (``break-inside: avoid``), but a long one moved whole to the next page would leave the
    rest of a page blank before it. ``clause_share`` is the width of the clause column, as a
    share of the page (synopsis.css); the versions share the rest equally."""
    column = _PAGE_WIDTH * (1 - clause_share) / max(len(cells), 1)
    per_line = max((column - 4) / _CHAR_WIDTH, 8.0)  # less the cell's padding
    return any(_cell_lines(cell, per_line) > _LONG_ROW for cell in cells
               if cell.state == CellState.PRESENT.value)


def _anchor(key: str) -> str:
    return "row-" + "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "-"
                            for ch in key.rsplit("#", 1)[-1])


def _page(synopsis: Synopsis, t: Mapping[str, str], label_lang: str,
          nav: Sequence[LinkView], document: str | None,
          vocabulary: Vocabulary) -> SynopsisPage:
    title = (t["synopsis_title_doc"].format(document=document) if document is not None
             else t["synopsis_title"].format(count=len(synopsis.columns)))
    intro = (t["synopsis_intro_base"].format(base=synopsis.columns[synopsis.base].version)
             if synopsis.base is not None else t["synopsis_intro"])
    f = synopsis.filters
    filters = []
    if f.topics:
        filters.append(t["filter_topics"].format(topics=", ".join(f.topics)))
    if f.changed_only:
        filters.append(t["filter_changed"])
    if f.points:
        filters.append(t["filter_points"].format(points=", ".join(f.points)))
    columns = tuple(ColumnView(version=c.version, document=c.document,
                               date=date_text(c.date, c.dated_by, t),
                               status=value_label(t, "status", c.status),
                               language=c.language, title=c.title,
                               base=synopsis.base == i)
                    for i, c in enumerate(synopsis.columns))
    seen: set[str] = set()
    rows = []
    for row in synopsis.rows:
        anchor = _anchor(row.key)
        while anchor in seen:
            anchor += "-"
        seen.add(anchor)
        lang = next((synopsis.columns[i].language for i in range(len(row.cells) - 1, -1, -1)
                     if row.cells[i].state is CellState.PRESENT), synopsis.columns[0].language)
        cells = tuple(cell_view(c, i, synopsis, t) for i, c in enumerate(row.cells))
        rows.append(RowView(anchor=anchor, label=row.label, depth=min(row.depth, 3),
                            topics=topic_text(row.topics, t, label_lang, vocabulary),
                            cells=cells, lang=lang,
                            long=long_row(cells, 0.22 if len(cells) == 1 else 0.13)))
    return SynopsisPage(
        lang=label_lang, title=title,
        run_head=" · ".join(dict.fromkeys(c.document for c in synopsis.columns)),
        kicker=t["synopsis_kicker"], intro=intro,
        counts=t["synopsis_rows"].format(shown=len(synopsis.rows), total=synopsis.total_rows),
        filters=tuple(filters), nav=tuple(nav), columns=columns, rows=tuple(rows),
        column_class=f"cols-{min(len(synopsis.columns), 8)}",
        generator=f"plandiff {__version__}")


def synopsis_css() -> str:
    """The report stylesheet, the history additions and the synopsis's."""
    from plandiff.render.report.history_html import history_css

    extra = (resources.files("plandiff.render.report").joinpath("templates", STYLESHEET)
             .read_text(encoding="utf-8"))
    return history_css() + "\n" + extra


def render_synopsis_html(synopsis: Synopsis, *, lang: str | None = None,
                         nav: Sequence[LinkView] = (), document: str | None = None,
                         vocabulary: Vocabulary | None = None) -> str:
    """The synopsis as one standalone HTML page (``nav``: links to other pages of a site;
    ``document``: title the page after one document; ``vocabulary``: topic labels, by
    default the shipped one)."""
    label_lang = label_language(lang, *(c.language for c in synopsis.columns[:1]))
    t = synopsis_labels(label_lang)
    page = _page(synopsis, t, label_lang, nav, document,
                 vocabulary if vocabulary is not None else load_vocabulary())
    when = page_time([c.date for c in synopsis.columns if c.date])
    return render_page(TEMPLATE, synopsis_css(), t, when, p=page)


def render_synopsis_pdf(synopsis: Synopsis, *, lang: str | None = None,
                        document: str | None = None,
                        vocabulary: Vocabulary | None = None) -> bytes:
    """The synopsis as a landscape PDF (PDF/A-3b, tagged)."""
    from plandiff.render.report.pdf import html_to_pdf

    html = render_synopsis_html(synopsis, lang=lang, document=document,
                                vocabulary=vocabulary)
    return html_to_pdf(html, when=page_time([c.date for c in synopsis.columns if c.date]))


__all__ = ["SYNOPSIS_LABELS", "cell_view", "render_synopsis_html", "render_synopsis_pdf",
           "synopsis_labels", "topic_text"]
