"""The one registry of output formats: what ``plandiff diff``, ``plandiff build``,
``plandiff history`` and ``plandiff log`` can write, and the function that writes each.

The command-line ``--format`` choices, the build's per-comparison files and the file
suffixes all come from the tables below, so a new format is added here once (and its
renderer in its own module). Renderers are imported when first used: ``plandiff --help``
never loads Jinja2 or WeasyPrint.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from plandiff.errors import UsageError

if TYPE_CHECKING:
    from plandiff.engine.comparison import Comparison
    from plandiff.lineage.history import DocumentHistory, EvolutionMatrix, PointHistory
    from plandiff.lineage.log import DocumentLog
    from plandiff.plans.model import PlanVersion
    from plandiff.plans.topics import Vocabulary


@dataclass(frozen=True)
class RenderOptions:
    """How to render, whatever the format (each format reads what applies to it)."""

    lang: str | None = None
    """Language of report labels (html, pdf); default: the plans'."""
    layout: str = "inline"
    """Redline layout of html and pdf reports: inline or side-by-side."""
    changes_only: bool = False
    """Leave out what :func:`plandiff.render.common.shown` leaves out."""
    color: bool = False
    """ANSI colours (text on a terminal)."""
    explain: bool = False
    """Say how each pair was made, with a confidence (text, markdown, json)."""


@dataclass(frozen=True)
class ComparisonInput:
    """What a comparison report is made from."""

    comparison: Comparison
    old: PlanVersion
    new: PlanVersion
    originals: tuple[bytes | None, bytes | None] = (None, None)
    """The bytes of the files the versions were read from (attached to PDFs as they are)."""
    vocabulary: Vocabulary | None = None
    """Topic labels (default: the shipped vocabulary)."""


S = TypeVar("S")


@dataclass(frozen=True)
class OutputFormat(Generic[S]):
    """One output format of one kind of subject."""

    name: str
    """The ``--format`` value."""
    suffix: str
    """The file name extension (without the dot)."""
    binary: bool
    """Bytes (never written to a terminal) rather than text."""
    pages: bool
    """A standalone page (HTML or PDF): history pages then show every clause."""
    render: Callable[[S, RenderOptions], str | bytes]

    def render_bytes(self, subject: S, options: RenderOptions) -> bytes:
        """The output as bytes (text is UTF-8)."""
        out = self.render(subject, options)
        return out.encode("utf-8") if isinstance(out, str) else out


_FILES: Mapping[str, tuple[str, bool, bool]] = {
    "text": ("txt", False, False),
    "markdown": ("md", False, False),
    "json": ("json", False, False),
    "html": ("html", False, True),
    "pdf": ("pdf", True, True),
    "docx": ("docx", True, True),
}
"""What a format's name says whatever it renders: suffix, binary, standalone page."""


def _format(name: str, render: Callable[[S, RenderOptions], str | bytes]) -> OutputFormat[S]:
    suffix, binary, pages = _FILES[name]
    return OutputFormat(name, suffix, binary, pages, render)


# --------------------------------------------------------------------------- comparisons


def _diff_text(source: ComparisonInput, options: RenderOptions) -> str:
    from plandiff.render.text import render_text

    return render_text(source.comparison, color=options.color,
                       changes_only=options.changes_only, explain=options.explain)


def _diff_markdown(source: ComparisonInput, options: RenderOptions) -> str:
    from plandiff.render.markdown import render_markdown

    return render_markdown(source.comparison, changes_only=options.changes_only,
                           explain=options.explain)


def _diff_json(source: ComparisonInput, options: RenderOptions) -> str:
    from plandiff.render.json import render_json

    return render_json(source.comparison, changes_only=options.changes_only,
                       explain=options.explain)


def _diff_html(source: ComparisonInput, options: RenderOptions) -> str:
    from plandiff.render.report import render_html

    return render_html(source.comparison, source.old, source.new, lang=options.lang,
                       layout=options.layout, changes_only=options.changes_only,
                       vocabulary=source.vocabulary)


def _diff_pdf(source: ComparisonInput, options: RenderOptions) -> bytes:
    from plandiff.render.report import default_attachments, render_pdf

    attached = default_attachments(source.comparison, source.old, source.new,
                                   originals=source.originals)
    return render_pdf(source.comparison, source.old, source.new, lang=options.lang,
                      layout=options.layout, changes_only=options.changes_only,
                      attachments=attached, vocabulary=source.vocabulary)


def _diff_docx(source: ComparisonInput, options: RenderOptions) -> bytes:
    from plandiff.render.docx import render_docx

    try:
        return render_docx(source.comparison, source.old, source.new, lang=options.lang)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


COMPARISON_FORMATS: Mapping[str, OutputFormat[ComparisonInput]] = {
    f.name: f for f in (
        _format("text", _diff_text),
        _format("markdown", _diff_markdown),
        _format("json", _diff_json),
        _format("html", _diff_html),
        _format("pdf", _diff_pdf),
        _format("docx", _diff_docx),
    )
}
"""``plandiff diff --format``, in the order ``--help`` lists them."""

SITE_FORMATS: tuple[str, ...] = ("html", "pdf", "json", "markdown", "docx")
"""The comparison formats ``plandiff build`` writes, in the order of each job's outputs."""
SITE_SUFFIXES: tuple[str, ...] = tuple(COMPARISON_FORMATS[n].suffix for n in SITE_FORMATS)
"""Their suffixes, as ``plans/plandiff.json`` names them (``formats``)."""


def site_format(suffix: str) -> OutputFormat[ComparisonInput]:
    """The comparison format a build output with this suffix is written in."""
    for name in SITE_FORMATS:
        if COMPARISON_FORMATS[name].suffix == suffix:
            return COMPARISON_FORMATS[name]
    raise UsageError(f"no report format writes .{suffix} files "
                     f"(choose from: {', '.join(SITE_SUFFIXES)})")


# --------------------------------------------------------------------------- history


def _history_text(subject: PointHistory | DocumentHistory | EvolutionMatrix,
                  options: RenderOptions) -> str:
    from plandiff.lineage.history import DocumentHistory, PointHistory
    from plandiff.render import history

    if isinstance(subject, PointHistory):
        return history.history_to_text(subject)
    matrix = subject.matrix if isinstance(subject, DocumentHistory) else subject
    return history.matrix_to_text(matrix)


def _history_json(subject: PointHistory | DocumentHistory | EvolutionMatrix,
                  options: RenderOptions) -> str:
    from plandiff.lineage.history import DocumentHistory, PointHistory
    from plandiff.render import history

    if isinstance(subject, PointHistory):
        return history.to_json(history.history_to_dict(subject))
    matrix = subject.matrix if isinstance(subject, DocumentHistory) else subject
    return history.to_json(history.matrix_to_dict(matrix))


def _history_page(subject: PointHistory | DocumentHistory | EvolutionMatrix,
                  ) -> tuple[DocumentHistory | None, PointHistory | None]:
    from plandiff.lineage.history import DocumentHistory, PointHistory

    if isinstance(subject, PointHistory):
        return None, subject
    if isinstance(subject, DocumentHistory):
        return subject, None
    raise TypeError("history pages need every lineage (a DocumentHistory)")


def _history_html(subject: PointHistory | DocumentHistory | EvolutionMatrix,
                  options: RenderOptions) -> str:
    from plandiff.render.report.history_html import render_history_html

    whole, point = _history_page(subject)
    return render_history_html(whole, point=point, lang=options.lang)


def _history_pdf(subject: PointHistory | DocumentHistory | EvolutionMatrix,
                 options: RenderOptions) -> bytes:
    from plandiff.render.report.history_html import render_history_pdf

    whole, point = _history_page(subject)
    return render_history_pdf(whole, point=point, lang=options.lang)


def _history_docx(subject: PointHistory | DocumentHistory | EvolutionMatrix,
                  options: RenderOptions) -> bytes:
    from plandiff.render.docx import render_history_docx

    whole, _ = _history_page(subject)
    if whole is None:
        raise TypeError("a Word history needs a DocumentHistory (for one point: points=[id])")
    return render_history_docx(whole, lang=options.lang)


HISTORY_FORMATS: Mapping[str, OutputFormat[PointHistory | DocumentHistory | EvolutionMatrix]] = {
    f.name: f for f in (
        _format("text", _history_text),
        _format("json", _history_json),
        _format("html", _history_html),
        _format("pdf", _history_pdf),
        _format("docx", _history_docx),
    )
}
"""``plandiff history --format``."""


# --------------------------------------------------------------------------- log


def _log_text(log: DocumentLog, options: RenderOptions) -> str:
    from plandiff.render.log import to_text

    return to_text(log)


def _log_json(log: DocumentLog, options: RenderOptions) -> str:
    from plandiff.render.log import to_json

    return to_json(log)


LOG_FORMATS: Mapping[str, OutputFormat[DocumentLog]] = {
    f.name: f for f in (
        _format("text", _log_text),
        _format("json", _log_json),
    )
}
"""``plandiff log --format``."""


__all__ = [
    "COMPARISON_FORMATS", "HISTORY_FORMATS", "LOG_FORMATS", "SITE_FORMATS", "SITE_SUFFIXES",
    "ComparisonInput", "OutputFormat", "RenderOptions", "site_format",
]
