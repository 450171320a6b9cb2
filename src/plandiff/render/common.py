"""The rules every output format shares, one copy each: how a flag reads, the mark of each
change kind, how a redline reads in plain text, and which changes ``--changes-only`` shows.
(The counts of a summary are the engine's: :meth:`plandiff.engine.comparison.Summary.counts`.)

Text, Markdown, JSON, HTML and PDF reports, history pages, ``plandiff log`` and
``plandiff add`` all use these, so a reader never meets two spellings of the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from plandiff.engine.comparison import Change, ChangeKind, Flag, Span, SpanOp

NO_VALUE = "∅"
"""The side of a flag that has no value (a party or a number only one version names)."""

KIND_MARKS: dict[ChangeKind, str] = {
    ChangeKind.UNCHANGED: "=",
    ChangeKind.MODIFIED: "~",
    ChangeKind.ADDED: "+",
    ChangeKind.REMOVED: "×",
    ChangeKind.SPLIT: "<",
    ChangeKind.MERGED: ">",
}
"""One-character marks of the change kinds (matrices, logs; explained by their legends)."""

MARK_LEGEND = "  ".join(f"{mark} {kind.value}" for kind, mark in KIND_MARKS.items())
"""``= unchanged  ~ modified  + added  × removed  < split  > merged``."""

def flag_values(flag: Flag) -> str:
    """``600,000 → 800,000`` (an empty side written as ∅)."""
    return f"{flag.old or NO_VALUE} → {flag.new or NO_VALUE}"


def flag_text(flag: Flag) -> str:
    """``number: 600,000 → 800,000``: the one way a flag is written as text."""
    return f"{flag.kind.value}: {flag_values(flag)}"


def moved_across(change: Change) -> str:
    """``1(b) → 2(c)``: where a sub-point that moved to another parent stood and where it
    stands now (``Change.across``); empty for every other change."""
    return f"{change.old_path} → {change.new_path}" if change.across else ""


def word_diff_mark(span: Span) -> str:
    """A redline span in plain text, with git's word-diff marks: ``[-deleted-]``,
    ``{+inserted+}``, equal text as it is."""
    if span.op is SpanOp.DELETE:
        return f"[-{span.text}-]"
    if span.op is SpanOp.INSERT:
        return f"{{+{span.text}+}}"
    return span.text


def word_diff(spans: Iterable[Span]) -> str:
    """A redline in plain text: ``[-deleted-]{+inserted+}`` (:func:`word_diff_mark`)."""
    return "".join(word_diff_mark(span) for span in spans)


def shown(change: Change) -> bool:
    """Whether ``--changes-only`` keeps ``change``: every change except a point that is
    unchanged, stayed in its place and carries no flag. A renumbering alone is not a change
    of the text: the summary counts it and the renumbering map lists it."""
    return change.kind is not ChangeKind.UNCHANGED or change.moved or bool(change.flags)


def visible(changes: Iterable[Change], changes_only: bool) -> Iterator[Change]:
    """The changes a report shows (all, or with ``changes_only`` those :func:`shown` keeps)."""
    return (change for change in changes if not changes_only or shown(change))


__all__ = [
    "KIND_MARKS", "MARK_LEGEND", "NO_VALUE", "flag_text", "flag_values",
    "moved_across", "shown", "visible", "word_diff", "word_diff_mark",
]
