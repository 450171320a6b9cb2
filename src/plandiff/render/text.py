"""A terminal redline of a comparison.

One header line per change, such as ``4 (was 6) modified, moved — military-limits`` (a
sub-point that moved to another parent says from where to where: ``2(c) (was 1(b))
modified, moved 1(b) → 2(c)``), then the
point's redline and its meaning-shift flags, sub-points indented under their parent. With
colour (a terminal, ``NO_COLOR`` unset) Rich marks deletions red and struck through and
insertions green and underlined, so colour is never the only signal; without colour the
marks are git's word-diff brackets: ``[-old-]{+new+}``.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from plandiff.engine.comparison import Change, ChangeKind, Comparison, SpanOp, Summary
from plandiff.render.common import grouped_flag_texts, moved_across, visible, word_diff_mark
from plandiff.render.explain import explanation, paired

DELETE_STYLE = "red strike"
INSERT_STYLE = "green underline"
HEADER_STYLE = "bold"
FLAG_STYLE = "yellow"
DIM_STYLE = "dim"


def number_label(change: Change) -> str:
    """``4``, ``4 (was 6)``, ``8, 9 (was 12)``, ``(was 6)`` for a removed point."""
    new = ", ".join(change.new_numbers)
    old = ", ".join(change.old_numbers)
    if not new:
        return f"(was {old})" if old else "(no number)"
    if old and old != new:
        return f"{new} (was {old})"
    return new


def header(change: Change) -> str:
    """The one-line description of a change."""
    words = [change.label]
    if change.across:
        words.append(f"moved {moved_across(change)}")
    elif change.moved:
        words.append("moved")
    if change.review:
        words.append("review")
    line = f"{number_label(change)} {', '.join(words)}"
    if change.topics:
        line += " — " + ", ".join(change.topics)
    return line


def summary_line(summary: Summary) -> str:
    """``17 modified, 2 added, ...; 1 moved, 16 renumbered`` (only counts above zero)."""
    counts = summary.counts(not_reported=False, review=False,
                            references=False)
    kinds = [f"{count} {key}" for key, count in counts[:len(ChangeKind)] if count]
    extra = [f"{count} {key}" for key, count in counts[len(ChangeKind):] if count]
    if summary.not_reported:
        extra.append(f"{summary.not_reported} of the removed not reported by the new version")
    if summary.review:
        extra.append(f"{summary.review} to review (low-confidence pairing)")
    if summary.references:
        extra.append(f"{summary.references} stale cross-reference"
                     f"{'' if summary.references == 1 else 's'}")
    if not kinds:
        return "no points"
    return ", ".join(kinds) + ("; " + ", ".join(extra) if extra else "")


def _indent(text: Text, prefix: str) -> Text:
    """``text`` with ``prefix`` at the start of every line."""
    out = Text(prefix)
    for index, line in enumerate(text.split("\n", allow_blank=True)):
        if index:
            out.append("\n" + prefix)
        out.append_text(line)
    return out


def _redline(change: Change, color: bool) -> Text:
    body = Text()
    for span in change.spans:
        if span.op is SpanOp.EQUAL:
            body.append(span.text, style=DIM_STYLE if color and change.kind is
                        ChangeKind.UNCHANGED else "")
        elif color:
            body.append(span.text, style=DELETE_STYLE if span.op is SpanOp.DELETE
                        else INSERT_STYLE)
        else:
            body.append(word_diff_mark(span))
    return body


def build(comparison: Comparison, *, color: bool, changes_only: bool = False,
          explain: bool = False) -> Text:
    """The whole redline as one Rich ``Text`` (styles are ignored when printed plainly);
    ``explain`` adds a ``why:`` line under each pair's header (how it was made)."""
    old, new = comparison.old, comparison.new
    out = Text()
    out.append(f"{old.document}@{old.version} → {new.document}@{new.version}\n",
               style=HEADER_STYLE if color else "")
    out.append(summary_line(comparison.summary) + "\n")
    for change in visible(comparison.changes, changes_only):
        pad = "  " * change.depth
        out.append("\n")
        out.append(pad + header(change) + "\n", style=HEADER_STYLE if color else "")
        if explain and paired(change):
            out.append(f"{pad}    why: {explanation(change)}\n", style=DIM_STYLE if color else "")
        if change.spans:
            out.append_text(_indent(_redline(change, color), pad + "    "))
            out.append("\n")
        for text in grouped_flag_texts(change.flags):
            out.append(f"{pad}    ! {text}\n", style=FLAG_STYLE if color else "")
    return out


def render_text(comparison: Comparison, *, color: bool = False, changes_only: bool = False,
                width: int = 100, explain: bool = False) -> str:
    """The redline as a string: ANSI-styled when ``color``, else plain with
    ``[-deleted-]{+inserted+}`` marks. ``changes_only`` leaves out what
    :func:`plandiff.render.common.shown` leaves out (unchanged points that stayed in place)."""
    text = build(comparison, color=color, changes_only=changes_only, explain=explain)
    if not color:
        return text.plain
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, color_system="standard", width=width,
                      no_color=False, highlight=False, emoji=False, markup=False,
                      legacy_windows=False, soft_wrap=True)
    console.print(text, end="")
    return buffer.getvalue()


__all__ = ["build", "header", "number_label", "render_text", "summary_line"]
