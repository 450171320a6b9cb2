"""Which file suffixes name a draft, and the format each names: the one table the intake (a
name that contradicts the content), a saved e-mail's attachments and the command line (a
path ``diff`` imports in memory) read.

A suffix whose format is None names a draft whose content alone decides how it is read: a
saved e-mail (``.eml``, :mod:`plandiff.plans.intake.mail`), and an old binary Word file or an
RTF file (``.doc``, ``.rtf``), which LibreOffice converts (a ``.doc`` that holds a page or
text is read as that). A new format adds its suffixes here. Formats are named by their
``--from`` values (:class:`plandiff.plans.intake.lines.DraftFormat`), so that this table,
which the command line reads, loads none of the intake.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["ATTACHMENT_SUFFIXES", "DRAFT_SUFFIXES", "MAIL_SUFFIX", "SUFFIXES", "named_format"]

MAIL_SUFFIX = ".eml"

SUFFIXES: Mapping[str, str | None] = MappingProxyType({
    ".txt": "text", ".text": "text", ".srt": "text", ".vtt": "text",
    ".rst": "text", ".org": "text",
    ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".mhtml": "html", ".mht": "html",
    ".docx": "docx", ".docm": "docx",
    ".doc": None, ".rtf": None,
    ".pdf": "pdf",
    ".odt": "odt", ".fodt": "odt", ".ott": "odt",
    MAIL_SUFFIX: None, ".rss": None, ".atom": None,
})
"""Every suffix of a draft (lower case, with its dot) and the format it names (None: the
content decides)."""

DRAFT_SUFFIXES = frozenset(SUFFIXES)
"""The suffixes of a path the command line reads as a draft (``diff draft.docx …``)."""

ATTACHMENT_SUFFIXES = DRAFT_SUFFIXES - {MAIL_SUFFIX}
"""The suffixes of a saved e-mail's attachment read as a draft (a message attached to a
message is not opened)."""


def named_format(suffix: str) -> str | None:
    """The format (its ``--from`` value) a file's suffix names (any case), None for a suffix
    that names none."""
    return SUFFIXES.get(suffix.lower())
