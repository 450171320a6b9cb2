"""The rules every output format shares, one copy each: how a flag reads, the mark of each
change kind, how a redline reads in plain text, and which changes ``--changes-only`` shows.
(The counts of a summary are the engine's: :meth:`plandiff.engine.comparison.Summary.counts`.)

Text, Markdown, JSON, HTML and PDF reports, history pages, ``plandiff log`` and
``plandiff add`` all use these, so a reader never meets two spellings of the same thing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

from plandiff.engine.comparison import Change, ChangeKind, Flag, FlagKind, Span, SpanOp
from plandiff.plans.model import DatedBy, PlanVersion, Source, date_basis, stated_date

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

def source_name(source: Source) -> str:
    """``Title — Publisher``, the way a source is named before its address; the publisher
    alone when the title is the address itself (``plandiff add --source-url`` without
    ``--source-title``), which the line gives next anyway."""
    if source.title.strip() == source.url.strip():
        return source.publisher
    return f"{source.title} — {source.publisher}"


def flag_values(flag: Flag) -> str:
    """``600,000 → 800,000`` (an empty side written as ∅)."""
    return f"{flag.old or NO_VALUE} → {flag.new or NO_VALUE}"


def flag_text(flag: Flag) -> str:
    """``number: 600,000 → 800,000``: the one way a flag is written as text."""
    return f"{flag.kind.value}: {flag_values(flag)}"


_GROUPED = 3
"""How many parties one change names or drops, each way, before a summary line lists them
together (:func:`grouped_flag_texts`)."""


def grouped_flag_texts(flags: Iterable[Flag]) -> list[str]:
    """The flags of one change as :func:`flag_text` lines, grouped (:func:`grouped_flags`)."""
    return [flag_text(flag) for flag in grouped_flags(flags)]


def grouped_flags(flags: Iterable[Flag]) -> list[Flag]:
    """The flags of one change as the reports and ``add`` list them: the parties it drops
    (or names anew) as one flag each way when there are three or more, their names joined by
    commas: an abridged copy of a long clause drops many at once ("party: Donetsk, Luhansk,
    Kherson → ∅", one line, not three). A party replaced by another keeps its own line; the
    diff JSON keeps every flag."""
    flags = list(flags)
    gone = [f.old for f in flags if f.kind is FlagKind.PARTY and f.old and not f.new]
    came = [f.new for f in flags if f.kind is FlagKind.PARTY and f.new and not f.old]
    lines = {0: ", ".join(gone), 1: ", ".join(came)}
    grouped = {side for side, names in ((0, gone), (1, came)) if len(names) >= _GROUPED}
    out: list[Flag] = []
    for flag in flags:
        side = (0 if flag.old and not flag.new else 1 if flag.new and not flag.old else None) \
            if flag.kind is FlagKind.PARTY else None
        if side not in grouped:
            out.append(flag)
        elif side in lines:  # the first of them: the line that lists them all
            listed = lines.pop(side)
            out.append(Flag(FlagKind.PARTY, *((listed, "") if side == 0 else ("", listed))))
    return out


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


DATE_LABELS: dict[str, str] = {
    "no_date": "date not given",
    "dated_as": "{date} ({by})",
    **{f"dated_by.{by.value}": words for by, words in {
        DatedBy.FILE_NAME: "from the file name",
        DatedBy.PUBLISHED: "page's publication date",
        DatedBy.UPDATED: "page's update date",
        DatedBy.DATE_LINE: "the draft's date line",
        DatedBy.WORD_SAVED: "Word file last saved",
        DatedBy.WORD_CREATED: "Word file created",
        DatedBy.DOCUMENT_SAVED: "document last saved",
        DatedBy.DOCUMENT_CREATED: "document created",
        DatedBy.PDF_CREATED: "PDF created",
        DatedBy.PDF_MODIFIED: "PDF last modified",
        DatedBy.ARCHIVED: "day the page was saved",
    }.items()},
}
"""How a version's date reads in English (the report labels' English, too): a draft read in
memory says where its date came from."""


def date_text(date: str, by: str, t: Mapping[str, str] = DATE_LABELS) -> str:
    """A version's date as reports write it: ``2025-11-20``; ``2025-11-20 (page's
    publication date)`` for a draft read in memory (``by``: a
    :class:`~plandiff.plans.model.DatedBy` value, ``""`` for a plan file); ``t["no_date"]``
    when there is none. ``t``: the labels of the report's language."""
    if not date:
        return t["no_date"]
    return t["dated_as"].format(date=date, by=t[f"dated_by.{by}"]) if by else date


def version_date(plan: PlanVersion, t: Mapping[str, str] = DATE_LABELS) -> str:
    """:func:`date_text` of a plan version."""
    basis = date_basis(plan)
    return date_text(stated_date(plan.date), basis.value if basis is not None else "", t)


__all__ = [
    "DATE_LABELS", "KIND_MARKS", "MARK_LEGEND", "NO_VALUE", "date_text", "flag_text",
    "flag_values", "grouped_flag_texts", "grouped_flags", "moved_across", "shown",
    "version_date", "visible", "word_diff", "word_diff_mark",
]
