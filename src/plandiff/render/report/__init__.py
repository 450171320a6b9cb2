"""Comparison reports a reader can trust: standalone HTML and archival PDF.

One view model (:mod:`plandiff.render.report.model`), two renderers: :mod:`.html` (Jinja2) and
:mod:`.pdf` (WeasyPrint, which lays out the same HTML). Both are deterministic: the same
inputs give the same bytes. Dates inside the files come from ``SOURCE_DATE_EPOCH`` when it
is set, else from the newer plan version's date, never from the clock.

    html = render_html(comparison, old_plan, new_plan, lang="ja")
    pdf = render_pdf(comparison, old_plan, new_plan, layout="side-by-side")
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TypedDict, Unpack

from plandiff import __version__
from plandiff.engine.comparison import Comparison
from plandiff.errors import UsageError
from plandiff.plans.model import UNDATED, PlanVersion, stated_date
from plandiff.plans.topics import Vocabulary, load_vocabulary
from plandiff.render.report.i18n import LANGUAGES, label_language
from plandiff.render.report.model import AttachmentView, EmbeddedFile, Layout, Report, build_report
from plandiff.sourcedate import report_date

__all__ = [
    "LANGUAGES",
    "LAYOUTS",
    "PdfOptions",
    "PdfSource",
    "ReportOptions",
    "default_attachments",
    "pdf_source",
    "render_html",
    "render_pdf",
    "report_time",
]

LAYOUTS: tuple[str, ...] = tuple(layout.value for layout in Layout)
DIFF_ATTACHMENT = "diff.json"


class ReportOptions(TypedDict, total=False):
    """The keyword options of :func:`render_html` (and of the PDF functions), all optional.

    ``lang``: report labels (en, ja, uk, ...); default: the plans' language when it has
    labels, else English. ``layout``: "inline" (default) or "side-by-side".
    ``changes_only``: fold runs of unchanged points into one line (default: no).
    ``vocabulary``: topic labels (default: the shipped one)."""

    lang: str | None
    layout: str
    changes_only: bool
    vocabulary: Vocabulary | None


class PdfOptions(ReportOptions, total=False):
    """The keyword options of :func:`render_pdf` and :func:`pdf_source`: those of
    :class:`ReportOptions`, and ``attachments`` (file name → bytes), which replaces the plan
    files attached by default; ``diff.json`` is attached unless it names a file so."""

    attachments: Mapping[str, bytes] | None


def report_time(
    old_plan: PlanVersion, new_plan: PlanVersion, env: Mapping[str, str] | None = None
) -> dt.datetime:
    """The date written into a report: ``SOURCE_DATE_EPOCH`` (seconds since 1970, UTC) when
    set, else midnight UTC of the newer plan version's date. Never the wall clock."""
    return report_date((d for d in (old_plan.date, new_plan.date) if d != UNDATED), env)


def _layout(layout: str) -> Layout:
    try:
        return Layout(layout)
    except ValueError:
        raise UsageError(
            f"unknown report layout {layout!r} (choose one of: {', '.join(LAYOUTS)})"
        ) from None


def default_attachments(
    comparison: Comparison,
    old_plan: PlanVersion,
    new_plan: PlanVersion,
    *,
    originals: tuple[bytes | None, bytes | None] = (None, None),
) -> dict[str, bytes]:
    """The files a PDF report carries: both plan versions (``old-<version>.json``,
    ``new-<version>.json``) and the diff JSON (``diff.json``).

    ``originals`` are the bytes of the files the versions were read from: attached as they
    are, so the SHA-256 on the cover is that of the reader's own file. A version without
    them (built in memory) is attached as plandiff writes plan JSON."""
    from plandiff.plans.serialise import plan_to_json
    from plandiff.render.json import render_json

    old_data, new_data = originals
    return {
        f"old-{old_plan.version}.json":
            old_data if old_data is not None else _to_bytes(plan_to_json(old_plan)),
        f"new-{new_plan.version}.json":
            new_data if new_data is not None else _to_bytes(plan_to_json(new_plan)),
        DIFF_ATTACHMENT: _to_bytes(render_json(comparison)),
    }


def _to_bytes(value: str | bytes) -> bytes:
    return value.encode("utf-8") if isinstance(value, str) else value


def _report(
    comparison: Comparison,
    old_plan: PlanVersion,
    new_plan: PlanVersion,
    options: ReportOptions,
    *,
    when: dt.datetime,
    attachments: Mapping[str, bytes] | None = None,
    link_citations: bool = True,
) -> Report:
    """The view model; the one place the defaults of :class:`ReportOptions` are read."""
    views = [
        AttachmentView(name=name, size=len(data), sha256=hashlib.sha256(data).hexdigest())
        for name, data in (attachments or {}).items()
    ]
    vocabulary = options.get("vocabulary")
    return build_report(
        comparison,
        old_plan,
        new_plan,
        vocabulary=vocabulary if vocabulary is not None else load_vocabulary(),
        lang=label_language(options.get("lang"), new_plan.language, old_plan.language),
        layout=_layout(options.get("layout", Layout.INLINE.value)),
        changes_only=options.get("changes_only", False),
        attachments=views,
        generator=__version__,
        report_date=stated_date(when.date()),
        link_citations=link_citations,
    )


def render_html(
    comparison: Comparison,
    old_plan: PlanVersion,
    new_plan: PlanVersion,
    **options: Unpack[ReportOptions],
) -> str:
    """The comparison as one standalone HTML page (no external requests); ``options`` as
    :class:`ReportOptions` says. Raises :class:`~plandiff.errors.UsageError` for an unknown
    language or layout.
    """
    from plandiff.render.report import html

    when = report_time(old_plan, new_plan)
    return html.render(_report(comparison, old_plan, new_plan, options, when=when), when=when)


@dataclass(frozen=True)
class PdfSource:
    """Everything the PDF is made from: the HTML to lay out, the files to embed, the date."""

    html: str
    files: tuple[EmbeddedFile, ...]
    when: dt.datetime


def pdf_source(
    comparison: Comparison,
    old_plan: PlanVersion,
    new_plan: PlanVersion,
    **options: Unpack[PdfOptions],
) -> PdfSource:
    """The input of :func:`render_pdf`'s layout step (arguments as for :func:`render_pdf`)."""
    from plandiff.render.report import html

    when = report_time(old_plan, new_plan)
    attachments = options.get("attachments")
    if attachments is None:
        files = default_attachments(comparison, old_plan, new_plan)
    else:
        files = dict(attachments)
        if DIFF_ATTACHMENT not in files:
            from plandiff.render.json import render_json

            files[DIFF_ATTACHMENT] = _to_bytes(render_json(comparison))
    report = _report(comparison, old_plan, new_plan, options, when=when, attachments=files,
                     link_citations=False)
    embedded = tuple(
        EmbeddedFile(
            name=name,
            data=data,
            description=_describe(name, old_plan, new_plan),
            relationship="Data" if name == DIFF_ATTACHMENT else "Source",
        )
        for name, data in files.items()
    )
    return PdfSource(html.render(report, when=when), embedded, when)


def render_pdf(
    comparison: Comparison,
    old_plan: PlanVersion,
    new_plan: PlanVersion,
    **options: Unpack[PdfOptions],
) -> bytes:
    """The comparison as an archival PDF (PDF/A-3b, tagged) with its inputs attached
    (``options`` as :class:`PdfOptions` says). Every attached file's SHA-256 is printed on
    the cover. Raises :class:`~plandiff.errors.RenderError` when the PDF cannot be made
    (e.g. missing fonts), :class:`~plandiff.errors.UsageError` for an unknown language or
    layout.
    """
    source = pdf_source(comparison, old_plan, new_plan, **options)
    from plandiff.render.report.pdf import html_to_pdf

    return html_to_pdf(source.html, attachments=source.files, when=source.when)


def _describe(name: str, old_plan: PlanVersion, new_plan: PlanVersion) -> str:
    if name == DIFF_ATTACHMENT:
        return f"plandiff diff JSON: {old_plan.ref} → {new_plan.ref}"
    if name.startswith("old-"):
        return f"old version: {old_plan.ref}"
    if name.startswith("new-"):
        return f"new version: {new_plan.ref}"
    return f"input of the comparison {old_plan.ref} → {new_plan.ref}"
