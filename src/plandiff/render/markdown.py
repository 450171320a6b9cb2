"""A Markdown report of a comparison: summary table, flags, renumbering map, then every
point as a redline with ``<del>deleted</del>`` and ``<ins>inserted</ins>``.

Plan text is untrusted: every character that Markdown or inline HTML could act on is escaped
(``&``, ``<``, ``>`` as entities; emphasis, link, code, table and heading marks with a
backslash, and what pandoc's and GitHub's extensions read: ``$`` math, ``^`` superscript,
``{`` attributes, ``:name:`` emoji; list and block markers at a line start, lettered and
Roman ones such as ``(a)`` and ``iv)`` and a definition's ``:`` too), so a point can never
inject markup, links or HTML, and reads back through pandoc as the text it is.
``<del>``/``<ins>`` rather than ``~~``/``**`` because emphasis marks do not
work next to spaces, and a redline span often starts or ends with one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from plandiff.engine.comparison import Change, ChangeKind, Comparison, SpanOp, VersionInfo
from plandiff.render.common import date_text, grouped_flag_texts, visible
from plandiff.render.explain import explanation, paired
from plandiff.render.text import header, number_label, summary_line

_INLINE = re.compile(r"([\\`*_\[\]|~#$^{])|:(?=[a-z0-9_+-]*[a-z][a-z0-9_+-]*:)")
"""Inline marks, and the colon opening an emoji's short name (``:smile:``, which GitHub and
pandoc show as the emoji; a time such as 12:00:00 has no letter and is left as it is)."""
_MARK = r"(?:\d+|[A-Za-z]|[ivxlcdm]+|[IVXLCDM]+|@\w*)"
_LINE_START = re.compile(r"^([ \t]*)(?:([-+=:])|(\d+|\(" + _MARK + r"(?=\)(?:\s|$))|" + _MARK
                         + r"(?=[.)](?:\s|$)))([.)]))?")
"""A line's indentation and a block marker: a list bullet, a setext underline or a
definition's colon, or a list number (``1.``, ``2)``) or, as pandoc reads them, a letter,
Roman numeral or example label (``a)``, ``(iv)``, ``B.``, ``(@)``) before a space."""


def _line_start(line: str) -> str:
    match = _LINE_START.match(line)
    assert match is not None  # the pattern matches every string
    lead = match.group(1).replace(" ", "&#32;").replace("\t", "&#9;")
    if match.group(2):
        return f"{lead}\\{match.group(2)}{line[match.end():]}"
    if match.group(3):
        return f"{lead}{match.group(3)}\\{match.group(4)}{line[match.end():]}"
    return lead + line[match.end():]


def escape(text: str, *, at_line_start: bool = True) -> str:
    """``text`` as literal Markdown (inline): no markup, links or HTML can come through.

    Block markers (list bullets and numbers, indentation) are neutralised at the start of each
    line; ``at_line_start=False`` when the text continues a line already begun.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE.sub(lambda m: "\\" + m.group(), text)
    lines = text.split("\n")
    return "\n".join(line if index == 0 and not at_line_start else _line_start(line)
                     for index, line in enumerate(lines))


def _cell(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def redline(change: Change) -> str:
    """The change's spans as one Markdown paragraph (line breaks kept with ``<br>``)."""
    parts = []
    at_start = True
    for span in change.spans:
        text = escape(span.text, at_line_start=at_start).replace("\n", "<br>\n")
        at_start = span.text.endswith("\n")
        if span.op is SpanOp.EQUAL:
            parts.append(text)
        elif span.op is SpanOp.DELETE:
            parts.append(f"<del>{text}</del>")
        else:
            parts.append(f"<ins>{text}</ins>")
    return "".join(parts) or "*(no text)*"


def _versions(old: VersionInfo, new: VersionInfo) -> Iterator[str]:
    yield "| | old | new |"
    yield "|---|---|---|"
    yield f"| version | {_cell(old.document + '@' + old.version)} | " \
          f"{_cell(new.document + '@' + new.version)} |"
    for label, a, b in (("title", old.title, new.title),
                        ("date", date_text(old.date, old.dated_by),
                         date_text(new.date, new.dated_by)),
                        ("status", old.status, new.status),
                        ("text", old.text_kind, new.text_kind),
                        ("language", old.language, new.language)):
        if a or b:
            yield f"| {label} | {_cell(a)} | {_cell(b)} |"


def render_markdown(comparison: Comparison, *, changes_only: bool = False,
                    explain: bool = False) -> str:
    """The comparison as a Markdown document (ends with a newline); ``explain`` adds how each
    pair was made under its ids."""
    old, new, summary = comparison.old, comparison.new, comparison.summary
    out: list[str] = [
        f"# {_cell(old.document + '@' + old.version)} → {_cell(new.document + '@' + new.version)}",
        "", *_versions(old, new), "", "## Summary", "", _cell(summary_line(summary)), "",
        "| change | count |", "|---|---:|",
    ]
    out += [f"| {k} | {n} |" for k, n in summary.counts(not_reported=False, review=False,
                                                       references=False)]
    if summary.not_reported:
        out.append(f"| removed, of which not reported by the new version | "
                   f"{summary.not_reported} |")
    if summary.review:
        out.append(f"| pairings to review (low confidence) | {summary.review} |")
    if summary.references:
        out.append(f"| stale cross-references | {summary.references} |")
    if summary.by_topic:
        kinds = [kind.value for kind in ChangeKind]
        out += ["", "### By topic", "", "| topic | " + " | ".join(kinds) + " |",
                "|---|" + "---:|" * len(kinds)]
        for topic, counts in summary.by_topic:
            table = dict(counts)
            out.append(f"| {_cell(topic)} | " + " | ".join(str(table.get(k, 0)) for k in kinds)
                       + " |")
    flagged = [c for c in comparison.changes if c.flags]
    out += ["", "## Flags", ""]
    if flagged:
        for change in flagged:
            for text in grouped_flag_texts(change.flags):
                out.append(f"- **{_cell(number_label(change))}** {_cell(text)}")
    else:
        out.append("No meaning-shift flags.")
    renumbered = [c for c in comparison.changes if c.renumbered]
    out += ["", "## Renumbering", ""]
    if renumbered:
        out += ["| old | new | kind |", "|---|---|---|"]
        for change in renumbered:
            out.append(f"| {_cell(', '.join(change.old_numbers))} | "
                       f"{_cell(', '.join(change.new_numbers))} | {change.label} |")
    else:
        out.append("No point was renumbered.")
    out += ["", "## Points"]
    for change in visible(comparison.changes, changes_only):
        level = "#" * min(6, 3 + change.depth)
        out += ["", f"{level} {_cell(header(change))}", ""]
        ids = " → ".join(", ".join(side) for side in (change.old, change.new) if side)
        meta = f"`{ids}`"
        if change.kind not in (ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.UNCHANGED):
            meta += f" · similarity {change.similarity:.2f}"
        if change.across:
            meta += f" · parent `{change.old_parent}` → `{change.parent}`"
        out.append(meta)
        if explain and paired(change):
            out += ["", f"*Why:* {_cell(explanation(change))}"]
        out += ["", redline(change)]
        if change.flags:
            out.append("")
            out += [f"- ⚑ {_cell(text)}" for text in grouped_flag_texts(change.flags)]
    return "\n".join(out) + "\n"


__all__ = ["escape", "redline", "render_markdown"]
