"""The synopsis as an HTML page and a landscape PDF, with the comparison reports' styling.

Reuses the report package: its Jinja2 environment (autoescape, undefined names fail), its
stylesheet (plus ``synopsis.css``: landscape pages, fixed columns that fit, long cells that
wrap, a clause's number kept with its text), its Content-Security-Policy, its labels for
change kinds, statuses and flags (en, ja, uk) and its PDF adapter (PDF/A-3b, tagged, fonts
checked, byte-identical under ``SOURCE_DATE_EPOCH``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from plandiff import __version__
from plandiff.engine.comparison import Span
from plandiff.lineage.synopsis import CellState, Synopsis, SynopsisCell
from plandiff.render.report.history_html import FlagView, label_language, page_time
from plandiff.render.report.html import render_page
from plandiff.render.report.i18n import labels
from plandiff.render.report.model import LinkView

TEMPLATE = "synopsis.html.j2"
STYLESHEET = "synopsis.css"

_EN = {
    "synopsis_kicker": "Synopsis",
    "synopsis_title": "Synopsis of {count} versions",
    "synopsis_title_doc": "Synopsis of {document}",
    "synopsis_intro": "One row per clause, followed across renumbering, moves, splits, merges "
                      "and into other documents; one column per version. Each cell is "
                      "redlined against the column before it that has the clause: deletions "
                      "struck through, insertions underlined.",
    "synopsis_intro_base": "One row per clause; one column per version. Each cell is "
                           "redlined against the base column ({base}): deletions struck "
                           "through, insertions underlined.",
    "synopsis_columns": "Versions",
    "synopsis_rows": "{shown} of {total} clauses",
    "synopsis_filters": "Filters",
    "synopsis_no_rows": "No clause matches the filters.",
    "col_clause": "Clause",
    "cell_absent": "not in this version",
    "cell_not_reported": "not reported",
    "moved_from": "moved here from {where}",
    "renumbered_from": "renumbered from {where}",
    "against": "vs {version}",
    "base_mark": "base",
    "filter_topics": "topics: {topics}",
    "filter_changed": "changed clauses only",
    "filter_points": "points: {points}",
}
_JA = {
    "synopsis_kicker": "対照表",
    "synopsis_title": "{count}版の対照表",
    "synopsis_title_doc": "{document}の対照表",
    "synopsis_intro": "行は条項ごと（番号の振り直し、移動、分割、統合、他文書への移動を追跡）、"
                      "列は版ごと。各セルは、その条項を含む直前の列と比べた修正履歴です。"
                      "削除は取り消し線、追加は下線で示します。",
    "synopsis_intro_base": "行は条項ごと、列は版ごと。各セルは基準列（{base}）と比べた修正"
                           "履歴です。削除は取り消し線、追加は下線で示します。",
    "synopsis_columns": "版",
    "synopsis_rows": "{total}条項中{shown}条項",
    "synopsis_filters": "絞り込み",
    "synopsis_no_rows": "条件に合う条項はありません。",
    "col_clause": "条項",
    "cell_absent": "この版にはない",
    "cell_not_reported": "報道なし",
    "moved_from": "{where}から移動",
    "renumbered_from": "旧番号 {where}",
    "against": "{version}と比較",
    "base_mark": "基準",
    "filter_topics": "トピック: {topics}",
    "filter_changed": "変更のある条項のみ",
    "filter_points": "項目: {points}",
}
_UK = {
    "synopsis_kicker": "Синопсис",
    "synopsis_title": "Синопсис {count} версій",
    "synopsis_title_doc": "Синопсис: {document}",
    "synopsis_intro": "Один рядок на положення (з урахуванням перенумерації, переміщень, "
                      "поділів, об'єднань і переходу в інші документи), одна колонка на "
                      "версію. Кожна клітинка порівнюється з попередньою колонкою, де є це "
                      "положення: вилучене закреслено, додане підкреслено.",
    "synopsis_intro_base": "Один рядок на положення, одна колонка на версію. Кожна клітинка "
                           "порівнюється з базовою колонкою ({base}): вилучене закреслено, "
                           "додане підкреслено.",
    "synopsis_columns": "Версії",
    "synopsis_rows": "{shown} з {total} положень",
    "synopsis_filters": "Фільтри",
    "synopsis_no_rows": "Жодне положення не відповідає фільтрам.",
    "col_clause": "Положення",
    "cell_absent": "немає в цій версії",
    "cell_not_reported": "не повідомлено",
    "moved_from": "перенесено з {where}",
    "renumbered_from": "перенумеровано з {where}",
    "against": "порівняно з {version}",
    "base_mark": "база",
    "filter_topics": "теми: {topics}",
    "filter_changed": "лише змінені положення",
    "filter_points": "пункти: {points}",
}

_RU = {
    "synopsis_kicker": "Сводная таблица",
    "synopsis_title": "Сводная таблица {count} версий",
    "synopsis_title_doc": "Сводная таблица документа {document}",
    "synopsis_intro": "Строка — положение, прослеженное через перенумерацию, перемещения, "
                      "разделения, объединения и переходы в другие документы; столбец — версия. "
                      "Каждая ячейка сравнивается с предыдущим столбцом, где есть это положение: "
                      "исключённое зачёркнуто, добавленное подчёркнуто.",
    "synopsis_intro_base": "Строка — положение; столбец — версия. Каждая ячейка сравнивается "
                           "с базовым столбцом ({base}): исключённое зачёркнуто, добавленное "
                           "подчёркнуто.",
    "synopsis_columns": "Версии",
    "synopsis_rows": "{shown} из {total} положений",
    "synopsis_filters": "Фильтры",
    "synopsis_no_rows": "Ни одно положение не подходит под фильтры.",
    "col_clause": "Положение",
    "cell_absent": "нет в этой версии",
    "cell_not_reported": "нет данных",
    "moved_from": "перемещено сюда из {where}",
    "renumbered_from": "перенумеровано из {where}",
    "against": "в сравнении с {version}",
    "base_mark": "база",
    "filter_topics": "темы: {topics}",
    "filter_changed": "только изменённые положения",
    "filter_points": "пункты: {points}",
}

SYNOPSIS_LABELS: Mapping[str, Mapping[str, str]] = {"en": _EN, "ja": _JA, "uk": _UK, "ru": _RU}


def synopsis_labels(lang: str) -> dict[str, str]:
    """Report and history labels plus the synopsis's own, in ``lang`` (English fallback)."""
    table = dict(labels(lang))
    table.update(SYNOPSIS_LABELS.get(lang, _EN))
    return table


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
        key = "cell_absent" if cell.state is CellState.ABSENT else "cell_not_reported"
        return CellView(state=cell.state.value, state_label=t[key], numbers="", kind="",
                        marks=(), spans=(), flags=(), lang=lang)
    marks = []
    kind = cell.change.value if cell.change is not None else ""
    if cell.change is not None:
        marks.append(t[f"kind.{cell.change.value}"])
    if cell.moved_from is not None:
        marks.append(t["moved_from"].format(where=cell.moved_from))
    if cell.renumbered_from is not None:
        marks.append(t["renumbered_from"].format(where=cell.renumbered_from))
    if cell.against is not None and cell.against != index - 1:
        marks.append(t["against"].format(version=synopsis.columns[cell.against].version))
    flags = tuple(FlagView(t.get(f"flag.{f.kind.value}", f.kind.value), f.old, f.new)
                  for f in cell.flags)
    return CellView(state=cell.state.value, state_label="", numbers=", ".join(cell.numbers),
                    kind=kind, marks=tuple(marks), spans=cell.spans, flags=flags, lang=lang,
                    moved=cell.moved_from is not None)


def _anchor(key: str) -> str:
    return "row-" + "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "-"
                            for ch in key.rsplit("#", 1)[-1])


def _page(synopsis: Synopsis, t: Mapping[str, str], label_lang: str,
          nav: Sequence[LinkView], document: str | None) -> SynopsisPage:
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
    columns = tuple(ColumnView(version=c.version, document=c.document, date=c.date,
                               status=t.get(f"status.{c.status}", c.status),
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
        rows.append(RowView(anchor=anchor, label=row.label, depth=min(row.depth, 3),
                            topics=", ".join(row.topics),
                            cells=tuple(cell_view(c, i, synopsis, t)
                                        for i, c in enumerate(row.cells)), lang=lang))
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
                         nav: Sequence[LinkView] = (), document: str | None = None) -> str:
    """The synopsis as one standalone HTML page (``nav``: links to other pages of a site;
    ``document``: title the page after one document)."""
    label_lang = label_language(lang, *(c.language for c in synopsis.columns[:1]))
    t = synopsis_labels(label_lang)
    page = _page(synopsis, t, label_lang, nav, document)
    return render_page(TEMPLATE, synopsis_css(), t, page_time([c.date for c in synopsis.columns]),
                       p=page)


def render_synopsis_pdf(synopsis: Synopsis, *, lang: str | None = None,
                        document: str | None = None) -> bytes:
    """The synopsis as a landscape PDF (PDF/A-3b, tagged)."""
    from plandiff.render.report.pdf import html_to_pdf

    html = render_synopsis_html(synopsis, lang=lang, document=document)
    return html_to_pdf(html, when=page_time([c.date for c in synopsis.columns]))


__all__ = ["SYNOPSIS_LABELS", "cell_view", "render_synopsis_html", "render_synopsis_pdf",
           "synopsis_labels"]
