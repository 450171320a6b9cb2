"""Plain-text drafts → a plan version: kept for callers of the earlier single-module importer.

The importer now lives in :mod:`plandiff.plans.intake` (every format, one line parser, the
structure report); this module re-exports what code and tests used from it.
"""

from __future__ import annotations

import datetime as dt

from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.intake.build import IMPORT_PUBLISHER, IMPORT_SOURCE_URL
from plandiff.plans.intake.draft import DraftRequest, import_lines
from plandiff.plans.intake.language import detect_language
from plandiff.plans.intake.lines import DraftFormat, text_lines
from plandiff.plans.intake.textfile import decode_text_bytes, read_text_file
from plandiff.plans.model import PlanVersion, Status, TextKind

__all__ = [
    "IMPORT_PUBLISHER",
    "IMPORT_SOURCE_URL",
    "decode_text_bytes",
    "detect_language",
    "parse_text",
    "read_text_file",
]


def parse_text(text: str, *, document: str, version: str, title: str | None = None,
               date: dt.date | None = None, language: str | None = None,
               source_label: str = "<text>", status: Status = Status.REPORTED,
               text_kind: TextKind = TextKind.PARAPHRASE,
               limits: Limits = DEFAULT_LIMITS) -> PlanVersion:
    """A plan version from a plain-text or Markdown draft (see :mod:`plandiff.plans.intake`)."""
    request = DraftRequest(document=document, version=version, title=title, date=date,
                           language=language, status=status, text_kind=text_kind,
                           limits=limits)
    return import_lines(text_lines(text, DraftFormat.TEXT), source_label, request).plan
