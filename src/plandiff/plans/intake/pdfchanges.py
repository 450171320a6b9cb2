"""Tracked changes a PDF shows: a Word file printed (or exported by LibreOffice) with its
markup visible.

Such a page carries both texts at once: deleted text struck through, inserted text
underlined (both in the reviewer's colour), change bars in the margin, LibreOffice's old list
numbers in brackets after the new ones (``2.[3.]``, or ``[2.]`` where the paragraph lost its
number), Word's balloons in the right margin (``Deleted: within 72 hours``, ``Formatted:
…``). Read as text, the draft mixed both versions ("takes effect within 72 hourson
signature").

The PDF is read as the Word file is: with every change accepted. The struck-through runs are
left out (the PDFium adapter finds them by the rules drawn across the characters; a space
goes with them only when struck itself, or made up between two struck characters), the
underlined text kept (a line wholly struck through still counts in the page's layout, and a
deletion from one line's end to a later line's start, or all of a line but its list number,
joins the text across it: :mod:`plandiff.plans.intake.pdf`), a list number marked as
changed read as its new number (a paragraph that has only its old number keeps it, so no
point is lost; the old numbers when only they count up), the balloons left out; the
structure report says that the PDF shows tracked changes, how many of each, and how to
import the text before them. A PDF without a struck-through run is read as it is: an
underline alone is a link or emphasis, and a vertical rule beside the text a table's border
as often as a change bar (both are only counted once a deletion shows the PDF carries
tracked changes).
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from plandiff.plans.intake.pdfium import RawLine

__all__ = ["TrackedChanges", "accept_changes"]

_NEW_AND_OLD = re.compile(r"^(?P<indent>\s*)(?P<new>[0-9]{1,3}[.)])\[[0-9]{1,3}[.)]?\]\s*")
_OLD_ONLY = re.compile(r"^(?P<indent>\s*)\[(?P<old>[0-9]{1,3})(?P<mark>[.)])\]\s*")
_PLAIN = re.compile(r"^\s*(?P<num>[0-9]{1,3})[.)]\s")
_BALLOON = re.compile(r"^\s*(?:Deleted|Inserted|Formatted|Moved \((?:insertion|deletion)\)"
                      r"|Moved (?:up|down)|Commented \[[^\]]{1,20}\]|Comment \[[^\]]{1,20}\])"
                      r"\s*:", re.IGNORECASE)


@dataclass(frozen=True)
class TrackedChanges:
    """What was done with the changes a PDF shows (all zero: it shows none)."""

    deletions: int = 0
    insertions: int = 0
    bars: int = 0
    numbers: int = 0
    balloons: int = 0
    old_numbers: bool = False
    """The marked list numbers were read as their old ones (the new ones did not count up)."""

    def report(self) -> tuple[str, ...]:
        """What the structure report should say."""
        if not self.deletions:
            return ()
        parts = [f"{self.deletions} deletion(s) struck through",
                 f"{self.insertions} insertion(s) underlined"]
        if self.bars:
            parts.append(f"{self.bars} change bar(s)")
        said = [f"the PDF shows tracked changes ({', '.join(parts)}): read with every change "
                "accepted (struck-through text left out, underlined text kept); to import the "
                "text before them, print the Word file with its changes rejected, or import "
                "the Word file itself"]
        if self.numbers:
            which = ("the old number in brackets (the new ones do not count up)"
                     if self.old_numbers else "the new number (the old one where there is none)")
            said.append(f"{self.numbers} list number(s) marked as changed ('2.[3.]', '[2.]'): "
                        f"read as {which}")
        if self.balloons:
            said.append(f"{self.balloons} change balloon(s) in the margin left out")
        return tuple(said)


def _numbered(text: str) -> tuple[str, str, str] | None:
    """A line's (new, old, rest) when it opens with a list number LibreOffice marks as
    changed (``2.[3.] …``: new 2, old 3; ``[2.] …``: no new number, old 2)."""
    both = _NEW_AND_OLD.match(text)
    if both is not None:
        old = text[both.start("new") + len(both.group("new")) + 1:].split("]", 1)[0]
        return both.group("new"), old if old[-1:] in ".)" else old + ".", text[both.end():]
    alone = _OLD_ONLY.match(text)
    if alone is not None:
        return "", alone.group("old") + alone.group("mark"), text[alone.end():]
    return None


def _renumbered(line: RawLine, found: tuple[str, str, str] | None, use_old: bool
                ) -> RawLine:
    if found is None:
        return line
    new, old, rest = found
    return dataclasses.replace(line, text=f"{old if use_old or not new else new} {rest}")


def _breaks(numbers: list[int]) -> int:
    """How often a list's numbers fail to count up by one."""
    return sum(1 for a, b in itertools.pairwise(numbers) if b != a + 1)


def accept_changes(pages: Sequence[Sequence[RawLine]], bars: int
                   ) -> tuple[list[list[RawLine]], TrackedChanges]:
    """The pages' lines as with every change accepted (module notes), and what was done.
    Where LibreOffice marks list numbers as changed, the new numbers are read (an old one
    where a paragraph has no new one), unless the old ones count up and the new ones do not
    (LibreOffice renumbers on changes it misreads)."""
    deletions = sum(len(line.struck) for lines in pages for line in lines)
    if not deletions:  # bars and underlines alone are a bordered table's or links' as well
        return [list(lines) for lines in pages], TrackedChanges()
    insertions = sum(line.underlined for lines in pages for line in lines)
    balloons = 0
    kept_pages: list[list[RawLine]] = []
    for lines in pages:
        right = sorted(line.x1 for line in lines)[len(lines) // 2] if lines else 0.0
        kept = [line for line in lines if not (_BALLOON.match(line.text) and line.x0 >= right)]
        balloons += len(lines) - len(kept)
        kept_pages.append(kept)
    marked = {(p, i): found for p, lines in enumerate(kept_pages)
              for i, line in enumerate(lines) if (found := _numbered(line.text))}
    if not marked:
        return kept_pages, TrackedChanges(deletions, insertions, bars, 0, balloons)
    readings = []
    for use_old in (False, True):
        numbers = []
        for p, lines in enumerate(kept_pages):
            for i, line in enumerate(lines):
                if (p, i) in marked:
                    new, old, _ = marked[p, i]
                    numbers.append(int((old if use_old or not new else new)[:-1]))
                elif (plain := _PLAIN.match(line.text)) is not None:
                    numbers.append(int(plain.group("num")))
        readings.append(_breaks(numbers))
    use_old = readings[1] < readings[0]
    out = [[_renumbered(line, marked.get((p, i)), use_old) for i, line in enumerate(lines)]
           for p, lines in enumerate(kept_pages)]
    return out, TrackedChanges(deletions, insertions, bars, len(marked), balloons, use_old)
