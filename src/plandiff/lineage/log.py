"""``plandiff log``: the versions of one document in date order, with what changed in each.

One :class:`LogEntry` per version (every language, date order, then version id), carrying its
provenance, its point counts and the change counts against the version it supersedes
(``compare()``); the CLI prints it as a table or JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from plandiff.engine.compare import compare
from plandiff.engine.comparison import ChangeKind, Comparison, Flag
from plandiff.errors import InputError
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.corpus import Corpus, load_corpus
from plandiff.plans.model import PlanVersion

KINDS = tuple(k.value for k in ChangeKind)
"""Change kinds in their report order (unchanged, modified, added, removed, split, merged)."""


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
    """(kind, count) in :data:`KINDS` order plus moved and renumbered (and, against a
    version known only in part, how many of the removed it does not report on); None for a
    root."""
    flags: int
    """Meaning-shift flags found against the superseded version."""


@dataclass(frozen=True)
class DocumentLog:
    """The log of one document."""

    document: str
    entries: tuple[LogEntry, ...]


def _counts(comparison: Comparison) -> tuple[tuple[str, int], ...]:
    summary = comparison.summary
    partial = (("not_reported", summary.not_reported),) if summary.not_reported else ()
    return (*((kind, int(getattr(summary, kind))) for kind in KINDS),
            ("moved", summary.moved), ("renumbered", summary.renumbered), *partial)


def _flags(comparison: Comparison) -> tuple[Flag, ...]:
    return tuple(flag for change in comparison.changes for flag in change.flags)


def _entry(plan: PlanVersion, comparison: Comparison | None) -> LogEntry:
    return LogEntry(
        version=plan.version, date=plan.date.isoformat(), language=plan.language,
        status=plan.status.value, text_kind=plan.text_kind.value, title=plan.title,
        points=len(plan.points), points_total=sum(1 for _ in plan.walk()),
        supersedes=plan.supersedes, translation_of=plan.translation_of,
        changes=_counts(comparison) if comparison is not None else None,
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


def log_for(root: Path, document: str, language: str | None = None,
            limits: Limits = DEFAULT_LIMITS) -> DocumentLog:
    """Load the plans tree at ``root`` and return the log of ``document``."""
    if not root.is_dir():
        raise InputError(f"{root}: no such plans folder")
    corpus = load_corpus(root, limits)
    corpus.require_valid(document)
    return document_log(corpus, document, language)


def to_json(log: DocumentLog) -> str:
    """The log as JSON (stable key order, UTF-8 text, trailing newline)."""
    payload = {
        "document": log.document,
        "versions": [
            {"version": e.version, "date": e.date, "language": e.language, "status": e.status,
             "text_kind": e.text_kind, "title": e.title, "points": e.points,
             "points_total": e.points_total, "supersedes": e.supersedes,
             "translation_of": e.translation_of,
             "changes": dict(e.changes) if e.changes is not None else None,
             "flags": e.flags}
            for e in log.entries
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


_SHORT = {"unchanged": "=", "modified": "~", "added": "+", "removed": "-", "split": "split",
          "merged": "merged", "moved": "moved", "renumbered": "renum"}


def change_line(changes: tuple[tuple[str, int], ...] | None) -> str:
    """``~12 +3 -8 moved 2`` (only non-zero counts; ``unchanged`` shown as ``=N``)."""
    if changes is None:
        return "(first version)"
    parts = []
    for kind, count in changes:
        if not count:
            continue
        if kind == "not_reported":
            parts.append(f"({count} of the removed not reported)")
            continue
        symbol = _SHORT[kind]
        parts.append(f"{symbol}{count}" if len(symbol) == 1 else f"{symbol} {count}")
    return " ".join(parts) or "no points"


def to_text(log: DocumentLog) -> str:
    """A plain table, one version a line, oldest first, followed by a legend."""
    header = ("date", "version", "lang", "status", "points", "changes vs superseded")
    rows = []
    for e in log.entries:
        changes = change_line(e.changes)
        if e.changes is not None:
            changes = f"{changes} vs {e.supersedes}"
            if e.flags:
                changes += f"; {e.flags} flag(s)"
        rows.append((e.date, e.version, e.language, e.status,
                     str(e.points) if e.points == e.points_total
                     else f"{e.points} ({e.points_total})", changes))
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header) - 1)]
    lines = [f"{log.document}: {len(rows)} version(s)"]
    for row in (header, *rows):
        cells = [row[i].ljust(widths[i]) for i in range(len(widths))]
        lines.append("  ".join([*cells, row[-1]]).rstrip())
    lines.append("changes: = unchanged, ~ modified, + added, - removed; points (all levels); "
                 "not reported: points a version known only in part does not cover")
    return "\n".join(lines) + "\n"
