"""History pages (a document's evolution matrix and the life of each clause) and the index of
a built report site, as HTML and PDF with the comparison reports' styling.

Reuses the report package: its Jinja2 environment (autoescape, undefined names fail), its
stylesheet (plus ``history.css``), its Content-Security-Policy (the inline stylesheet by
hash, nothing else), its labels for change kinds and flags, and its PDF adapter. Pages are
standalone and deterministic; links to other pages are relative and come from a
:class:`SiteLinks` the caller provides (``plandiff build``), so the pages work from
``file://`` and from any static host.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from plandiff import __version__
from plandiff.engine.comparison import ChangeKind, Flag, Span
from plandiff.lineage.history import (
    Appearance,
    DocumentHistory,
    EvolutionMatrix,
    PointHistory,
    Step,
)
from plandiff.render.common import KIND_MARKS, grouped_flags
from plandiff.render.report.html import render_page, stylesheet
from plandiff.render.report.i18n import label_language, labels, value_label
from plandiff.render.report.model import LinkView
from plandiff.sourcedate import report_date

HISTORY_TEMPLATE = "history.html.j2"
INDEX_TEMPLATE = "history-index.html.j2"
HISTORY_STYLESHEET = "history.css"



def report_anchor(point_id: str) -> str:
    """The element id of a change in a comparison report, given the first point of the new
    version in that change (report/model.py names changes ``new-<id>``)."""
    return f"new-{point_id}"


@dataclass(frozen=True)
class SiteLinks:
    """Relative links from a history page to the other pages of a built site."""

    index: str | None = None
    report: Callable[[str, str], str | None] = field(default=lambda old, new: None)
    """(old ``DOCUMENT@VERSION``, new ``DOCUMENT@VERSION``) → href of their HTML report."""
    history: Callable[[str, str], str | None] = field(default=lambda doc, point: None)
    """(document, point id) → href of that clause's section on its document's page."""
    alternates: tuple[tuple[str, str], ...] = ()
    """(language, href) of the same page in other languages."""
    synopsis: str | None = None
    """href of the document's synopsis in the same language."""


# --------------------------------------------------------------------------- views


@dataclass(frozen=True)
class FlagView:
    kind_label: str
    old: str
    new: str


@dataclass(frozen=True)
class StepView:
    head: str
    kind: str
    kind_label: str
    spans: tuple[Span, ...]
    flags: tuple[FlagView, ...]
    href: str | None


@dataclass(frozen=True)
class AppearanceView:
    ref: str
    date: str
    number: str
    title: str | None
    status: str
    text: str
    lang: str
    other_doc: bool
    href: str | None
    redline: StepView | None
    """The single step into this appearance, shown as a redline instead of the text."""
    steps: tuple[StepView, ...]
    dropped: tuple[str, ...]


@dataclass(frozen=True)
class LineageView:
    anchor: str
    heading: str
    summary: str
    appearances: tuple[AppearanceView, ...]
    aliases: tuple[str, ...] = ()
    """More element ids for this section: the other ids the clause has in the document, so
    that a link to any point of the document lands on its lineage."""


@dataclass(frozen=True)
class CellView:
    number: str
    kind: str
    mark: str
    title: str
    ended: bool
    moved: bool
    href: str | None


@dataclass(frozen=True)
class RowView:
    key: str
    label: str
    depth: int
    anchor: str | None
    cells: tuple[CellView | None, ...]


@dataclass(frozen=True)
class ColumnView:
    version: str
    date: str
    vs: str | None


@dataclass(frozen=True)
class VersionRowView:
    """One version in a history page's table."""

    date: str
    version: str
    status: str
    title: str
    supersedes: str
    report: str | None


@dataclass(frozen=True)
class MatrixView:
    columns: tuple[ColumnView, ...]
    rows: tuple[RowView, ...]


@dataclass(frozen=True)
class HistoryPage:
    lang: str
    text_lang: str
    title: str
    run_head: str
    nav: tuple[LinkView, ...]
    versions: tuple[VersionRowView, ...]
    matrix: MatrixView | None
    lineages: tuple[LineageView, ...]
    generator: str


def flag_views(flags: Sequence[Flag], t: Mapping[str, str]) -> tuple[FlagView, ...]:
    """Flags as history and synopsis pages show them (kind labels from ``t``)."""
    return tuple(FlagView(kind_label=value_label(t, "flag", f.kind.value), old=f.old,
                          new=f.new) for f in grouped_flags(flags))


def _step_view(step: Step, t: Mapping[str, str], links: SiteLinks) -> StepView:
    head = t["step_from"].format(ref=step.old)
    extras = [t[f"via.{step.via.value}"]]
    if step.renumbered:
        extras.append(t["kind.renumbered"])
    if step.across:
        extras.append(t["moved_across"].format(old=step.across[0], new=step.across[1]))
    elif step.moved:
        extras.append(t["kind.moved"])
    old_version = step.old.split("#", 1)[0]
    href = links.report(old_version, step.new_version)
    if href is not None and step.head is not None:
        href = f"{href}#{report_anchor(step.head)}"
    return StepView(head=f"{head} ({', '.join(extras)})", kind=step.kind.value,
                    kind_label=t[f"kind.{step.kind.value}"], spans=step.spans,
                    flags=flag_views(step.flags, t), href=href)


def _appearance_view(a: Appearance, history: PointHistory, t: Mapping[str, str],
                     links: SiteLinks, document: str) -> AppearanceView:
    incoming = [_step_view(s, t, links) for s in history.steps_into(a.ref)]
    single = incoming[0] if len(incoming) == 1 and incoming[0].kind in (
        ChangeKind.MODIFIED.value, ChangeKind.UNCHANGED.value) else None
    dropped = tuple(t["dropped"].format(version=s.new_version)
                    for s in history.steps_from(a.ref) if s.new is None)
    other = a.document != document
    return AppearanceView(
        ref=a.ref, date=a.date, number=a.number, title=a.title,
        status=value_label(t, "status", a.status), text=a.text, lang=a.language,
        other_doc=other, href=links.history(a.document, a.point) if other else None,
        redline=single, steps=() if single is not None else tuple(incoming), dropped=dropped)


def _lineage_view(history: PointHistory, t: Mapping[str, str], links: SiteLinks,
                  anchor: str, aliases: tuple[str, ...] = ()) -> LineageView:
    appearances = tuple(_appearance_view(a, history, t, links, history.document)
                        for a in history.appearances)
    heading = history.point
    own = [a for a in history.appearances
           if a.document == history.document and a.point == history.point]
    if own and own[-1].title:
        heading = f"{history.point}: {own[-1].title}"
    summary = t["appearances"].format(count=len(history.appearances),
                                      documents=", ".join(history.documents))
    return LineageView(anchor=anchor, heading=heading, summary=summary,
                       appearances=appearances, aliases=aliases)


def section_anchor(point_id: str) -> str:
    """The element id of a clause's section on a history page."""
    return f"h-{point_id}"


def _matrix_view(matrix: EvolutionMatrix, t: Mapping[str, str], links: SiteLinks,
                 with_sections: set[str]) -> MatrixView:
    document = matrix.document
    columns = []
    for column in matrix.columns:
        vs = t["vs"].format(version=column.supersedes) if column.supersedes else None
        columns.append(ColumnView(version=column.version, date=column.date, vs=vs))
    rows = []
    for row in matrix.rows:
        cells: list[CellView | None] = []
        for column, cell in zip(matrix.columns, row.cells, strict=True):
            if cell is None:
                cells.append(None)
                continue
            kind = cell.kind.value if cell.kind is not None else "base"
            mark = KIND_MARKS[cell.kind] if cell.kind is not None else ""
            label = t[f"kind.{kind}"] if cell.kind is not None else ""
            if cell.into is not None:
                label = t["merged_into"].format(number=cell.into)
            if cell.moved:
                label = f"{label}, {t['kind.moved']}"
            href = None
            if column.supersedes is not None and cell.kind is not None and not cell.ended:
                report = links.report(f"{document}@{column.supersedes}",
                                      f"{document}@{column.version}")
                if report is not None:
                    href = f"{report}#{report_anchor(cell.head)}" if cell.head else report
            number = f"→ {cell.into}" if cell.into is not None else cell.number
            cells.append(CellView(number=number, kind=kind, mark=mark, title=label,
                                  ended=cell.ended, moved=cell.moved, href=href))
        anchor = section_anchor(row.key) if row.key in with_sections else None
        rows.append(RowView(key=row.key, label=row.label, depth=min(row.depth, 2),
                            anchor=anchor, cells=tuple(cells)))
    return MatrixView(columns=tuple(columns), rows=tuple(rows))


def _aliases(document_history: DocumentHistory) -> dict[str, tuple[str, ...]]:
    """Row key → section ids for the other point ids of that row (each id used once)."""
    used = {section_anchor(h.point) for h in document_history.histories}
    out: dict[str, tuple[str, ...]] = {}
    for row in document_history.matrix.rows:
        found = []
        for cell in row.cells:
            if cell is None or cell.ended:
                continue
            anchor = section_anchor(cell.point)
            if anchor not in used:
                used.add(anchor)
                found.append(anchor)
        out[row.key] = tuple(found)
    return out


def history_css() -> str:
    """The report stylesheet followed by the history additions."""
    extra = (resources.files("plandiff.render.report").joinpath("templates", HISTORY_STYLESHEET)
             .read_text(encoding="utf-8"))
    return stylesheet() + "\n" + extra


def page_time(dates: Sequence[str], env: Mapping[str, str] | None = None) -> dt.datetime:
    """``SOURCE_DATE_EPOCH`` when set, else midnight UTC of the latest date shown. Never the
    wall clock, so a page is byte-identical for the same inputs."""
    return report_date((dt.date.fromisoformat(d) for d in dates), env)


def _render(template: str, page: Any, t: Mapping[str, str], when: dt.datetime) -> str:
    return render_page(template, history_css(), t, when, p=page)


def _nav(t: Mapping[str, str], links: SiteLinks) -> tuple[LinkView, ...]:
    nav = []
    if links.index is not None:
        nav.append(LinkView(text=t["back_to_index"], href=links.index))
    nav.extend(LinkView(text=lang, href=href) for lang, href in links.alternates)
    if links.synopsis is not None:
        nav.append(LinkView(text=t["index_synopsis"], href=links.synopsis))
    return tuple(nav)


def _version_rows(matrix: EvolutionMatrix, t: Mapping[str, str],
                  links: SiteLinks) -> tuple[VersionRowView, ...]:
    rows = []
    for column in matrix.columns:
        report = None
        if column.supersedes is not None:
            report = links.report(f"{matrix.document}@{column.supersedes}",
                                  f"{matrix.document}@{column.version}")
        rows.append(VersionRowView(
            date=column.date, version=column.version,
            status=value_label(t, "status", column.status), title=column.title,
            supersedes=column.supersedes or "", report=report))
    return tuple(rows)


def render_history_html(document_history: DocumentHistory | None = None, *,
                        point: PointHistory | None = None, lang: str | None = None,
                        links: SiteLinks | None = None) -> str:
    """A document's history page (matrix and every lineage), or one clause's page."""
    links = links if links is not None else SiteLinks()
    if document_history is None and point is None:
        raise ValueError("give a document history or a point history")
    text_lang = (document_history.matrix.language if document_history is not None
                 else point.language)  # type: ignore[union-attr]
    label_lang = label_language(lang, text_lang)
    t = labels(label_lang)
    dates: list[str] = []
    if document_history is not None:
        matrix = document_history.matrix
        histories = document_history.histories
        keys = {h.point for h in histories}
        matrix_view: MatrixView | None = _matrix_view(matrix, t, links, keys)
        title = t["history_title"].format(document=matrix.document)
        document = matrix.document
        dates.extend(c.date for c in matrix.columns)
    else:
        assert point is not None
        histories = (point,)
        matrix_view = None
        title = t["point_title"].format(point=point.point, document=point.document)
        document = point.document
    aliases = _aliases(document_history) if document_history is not None else {}
    lineages = tuple(_lineage_view(h, t, links, section_anchor(h.point),
                                   aliases.get(h.point, ())) for h in histories)
    dates.extend(a.date for h in histories for a in h.appearances)
    versions = (_version_rows(document_history.matrix, t, links)
                if document_history is not None else ())
    page = HistoryPage(lang=label_lang, text_lang=text_lang, title=title,
                       run_head=f"{document} ({text_lang})", nav=_nav(t, links),
                       versions=versions, matrix=matrix_view, lineages=lineages,
                       generator=f"plandiff {__version__}")
    return _render(HISTORY_TEMPLATE, page, t, page_time(dates))


def render_history_pdf(document_history: DocumentHistory | None = None, *,
                       point: PointHistory | None = None, lang: str | None = None) -> bytes:
    """The same page as PDF (PDF/A-3b, through the report package's PDF adapter)."""
    from plandiff.render.report.pdf import html_to_pdf

    html = render_history_html(document_history, point=point, lang=lang)
    dates = ([c.date for c in document_history.matrix.columns]
             if document_history is not None else [])
    histories = document_history.histories if document_history is not None else (point,)
    dates.extend(a.date for h in histories if h is not None for a in h.appearances)
    return html_to_pdf(html, when=page_time(dates))


# --------------------------------------------------------------------------- site index


@dataclass(frozen=True)
class IndexReport:
    """One comparison in the index."""

    label: str
    href: str
    formats: tuple[LinkView, ...]
    language: str


@dataclass(frozen=True)
class IndexDocument:
    """One document in the index."""

    document: str
    title: str
    histories: tuple[LinkView, ...]
    reports: tuple[IndexReport, ...]
    synopses: tuple[LinkView, ...] = ()
    """The document's synopsis pages (one per language, HTML and PDF)."""


@dataclass(frozen=True)
class IndexPage:
    lang: str
    title: str
    run_head: str
    nav: tuple[LinkView, ...]
    documents: tuple[IndexDocument, ...]
    extra: tuple[IndexReport, ...]
    generator: str


def render_index_html(documents: Sequence[IndexDocument], extra: Sequence[IndexReport] = (),
                      *, dates: Sequence[str] = (), lang: str = "en") -> str:
    """The index page of a built report site."""
    t = labels(label_language(lang))
    page = IndexPage(lang=lang, title=t["index_title"], run_head=t["index_title"], nav=(),
                     documents=tuple(documents), extra=tuple(extra),
                     generator=f"plandiff {__version__}")
    return _render(INDEX_TEMPLATE, page, t, page_time(list(dates)))
