"""``plandiff log``: the versions of one document in date order, with what changed in each.

One :class:`LogEntry` per version (every language, date order, then version id), carrying its
provenance, its point counts and the change counts against the version it supersedes
(``compare()``). Data only: :mod:`plandiff.render.log` writes it as a table or JSON.
"""

from __future__ import annotations

from dataclasses import dataclass

from plandiff.engine.compare import compare
from plandiff.engine.comparison import Comparison, Flag
from plandiff.errors import InputError
from plandiff.plans.corpus import Corpus
from plandiff.plans.model import PlanVersion


@dataclass(frozen=True)
class LogEntry:
    """One version of a document, and what changed against the version it supersedes."""

    version: str
    date: str
    language: str
    status: str
    text_kind: str
    title: str
    points: int
    """Top-level points."""
    points_total: int
    """Points at every level."""
    supersedes: str | None
    translation_of: str | None
    changes: tuple[tuple[str, int], ...] | None
    """(kind, count) in report order, then moved and renumbered (and, against a version
    known only in part, how many of the removed it does not report on:
    :meth:`plandiff.engine.comparison.Summary.counts`); None for a root."""
    flags: int
    """Meaning-shift flags found against the superseded version."""


@dataclass(frozen=True)
class DocumentLog:
    """The log of one document."""

    document: str
    entries: tuple[LogEntry, ...]


def _flags(comparison: Comparison) -> tuple[Flag, ...]:
    return tuple(flag for change in comparison.changes for flag in change.flags)


def _entry(plan: PlanVersion, comparison: Comparison | None) -> LogEntry:
    return LogEntry(
        version=plan.version, date=plan.date.isoformat(), language=plan.language,
        status=plan.status.value, text_kind=plan.text_kind.value, title=plan.title,
        points=len(plan.points), points_total=sum(1 for _ in plan.walk()),
        supersedes=plan.supersedes, translation_of=plan.translation_of,
        changes=comparison.summary.counts() if comparison is not None else None,
        flags=len(_flags(comparison)) if comparison is not None else 0)


def document_log(corpus: Corpus, document: str, language: str | None = None) -> DocumentLog:
    """The log of ``document`` in ``corpus`` (one language, or all)."""
    plans = corpus.versions_of(document, language)
    if not plans:
        known = ", ".join(corpus.documents()) or "none"
        where = f" in language {language!r}" if language else ""
        raise InputError(f"{document}: no such document{where} (documents: {known})")
    entries = []
    for plan in plans:
        before = corpus.predecessor(plan)
        entries.append(_entry(plan, compare(before, plan) if before is not None else None))
    return DocumentLog(document=document, entries=tuple(entries))


__all__ = ["DocumentLog", "LogEntry", "document_log"]
