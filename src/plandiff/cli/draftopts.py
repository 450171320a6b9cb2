"""Options shared by the commands that import a draft (``import``, ``add``): the format, how
points are found, partial coverage, strictness and the structure report."""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import click

from plandiff.atomicio import existing_head
from plandiff.errors import NOTE_LIMIT, UsageError, one_line
from plandiff.plans.intake.build import IMPORT_SOURCE_URL
from plandiff.plans.intake.draft import PointsBy
from plandiff.plans.intake.lines import DraftFormat, RevisionView
from plandiff.plans.intake.report import StructureReport

__all__ = ["DraftOptions", "ask_source_url", "draft_options", "placeholder_note", "show_report"]

F = TypeVar("F", bound=Callable[..., Any])


def draft_options(function: F) -> F:
    """The draft-import options, added to a Click command."""
    for option in reversed((
        click.option("--from", "from_format", type=click.Choice([f.value for f in DraftFormat]),
                     help="Read the draft as this format (default: detected from its content "
                          "and extension)."),
        click.option("--attachment", metavar="NAME",
                     help="A saved e-mail (.eml) carrying several drafts: read its attachment "
                          "NAME (its file name) as the draft."),
        click.option("--view", type=click.Choice([v.value for v in RevisionView]),
                     default=RevisionView.ACCEPTED.value, show_default=True,
                     help="A Word file with tracked changes: read it with every change "
                          "accepted (the text after them) or rejected (the text before)."),
        click.option("--column", metavar="N|HEADER",
                     help="A table that sets versions side by side (No. | Draft of 10 "
                          "March | Draft of 2 April) in a Word or OpenDocument file, a web "
                          "page or a Markdown table: read the version in this column (its "
                          "number from the left, or words of its header)."),
        click.option("--points-by", type=click.Choice([p.value for p in PointsBy]),
                     default=PointsBy.MARKERS.value, show_default=True,
                     help="'lines': a list without numbers, one point a line (or paragraph); "
                          "'headings': titled sections without numbers, one point a "
                          "heading."),
        click.option("--partial", is_flag=True,
                     help="The text covers only part of the version: earlier points it does "
                          "not cover are marked not_reported, never removed."),
        click.option("--covers", metavar="N-M", help="The point numbers the text covers "
                     "(e.g. 1-12 or 1-12,15); implies --partial."),
        click.option("--strict", is_flag=True,
                     help="Exit 1 (writing nothing) when the structure report has warnings."),
        click.option("--report-json", type=click.Path(path_type=Path, dir_okay=False),
                     help="Also write the structure report as JSON to this file ('-': "
                          "standard output, for import with -o)."),
    )):
        function = option(function)
    return function


@dataclass(frozen=True)
class DraftOptions:
    fmt: DraftFormat | None
    points_by: PointsBy
    partial: bool
    covers: tuple[tuple[int, int], ...]
    strict: bool
    report_json: Path | None
    attachment: str | None = None
    view: RevisionView = RevisionView.ACCEPTED
    column: str | None = None

    @classmethod
    def from_click(cls, values: Mapping[str, Any]) -> DraftOptions:
        from plandiff.engine.partial import parse_covers

        covers = parse_covers(values.get("covers"))
        fmt = values.get("from_format")
        report = values.get("report_json")
        if report is not None and str(report) != "-":
            _check_report_target(report)
        return cls(fmt=DraftFormat(fmt) if fmt else None,
                   points_by=PointsBy(values.get("points_by") or PointsBy.MARKERS.value),
                   partial=bool(values.get("partial")) or bool(covers), covers=covers,
                   strict=bool(values.get("strict")), report_json=values.get("report_json"),
                   attachment=values.get("attachment"),
                   view=RevisionView(values.get("view") or RevisionView.ACCEPTED.value),
                   column=values.get("column"))


_REPORT_START = re.compile(rb'\A\s*\{\s*"file"\s*:')
"""How a structure report JSON begins (``StructureReport.to_json``)."""


def _check_report_target(path: Path) -> None:
    """Refuse a ``--report-json`` file that exists and is not empty or a structure report
    written before: never replace the draft or another file of the user's."""
    head = existing_head(path, 256, "the report")
    if head is not None and head.strip() and _REPORT_START.match(head) is None:
        raise UsageError(f"{path}: not a structure report written by --report-json; not "
                         "replacing it")


def show_report(report: StructureReport, json_path: Path | None) -> None:
    """The structure report on standard error (and as JSON where asked)."""
    for line in report.lines():  # one line each, whatever a file's name holds
        click.echo(one_line(line, NOTE_LIMIT), err=True)
    if json_path is None:
        return
    if str(json_path) == "-":
        click.echo(report.to_json(), nl=False)
        return
    from plandiff.atomicio import atomic_write_text

    atomic_write_text(json_path, report.to_json(), overwrite=True)


def ask_source_url() -> tuple[str, ...]:
    """In a terminal, ask where the draft was published. Returns the ``--source-url`` values
    to use (none: the address a saved page states, else the placeholder:
    :func:`placeholder_note`)."""
    if sys.stdin.isatty() and sys.stderr.isatty():
        url = click.prompt("Where was this text published? Source URL (empty: the page's own "
                           "address if it states one, else a placeholder to replace later)",
                           default="", show_default=False, err=True)
        if url.strip():
            return (url.strip(),)
    return ()


def placeholder_note(urls: Iterable[str]) -> None:
    """Say so when the version's source is still the placeholder (no --source-url given,
    and the draft does not state where it was published)."""
    if IMPORT_SOURCE_URL in urls:
        click.echo(f"note: no --source-url given; the source is the placeholder "
                   f"{IMPORT_SOURCE_URL} (plandiff validate warns until you replace it)",
                   err=True)
