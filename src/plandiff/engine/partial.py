"""What a partial text covers of the version before it (``--partial``, ``--covers N-M``).

A text known only in part (a press copy of points 1-12) says nothing about the rest of the
earlier version. The earlier points it covers are those the aligner pairs with its points
(with ``--covers``, with its points numbered in that range); the earlier points that no
point pairs with and that stand *outside* the covered stretch (before its first or after its
last covered point) are ``not_reported``: never "removed". An unpaired earlier point inside
the stretch is still removed, because the text does cover that part, unless the text's own
numbering skips there: a press copy that lists points 1, 2, 3, 5 and 18 of a 28-point draft
under their numbers says by them that it leaves 4 and 6-17 out, so an earlier point that no
point pairs with between the copy's 3 and 5 (or 9 and 18) is not reported either. When
nothing pairs, the text covers none of the earlier version, and every earlier point is not
reported.

A copy that picks points out under numbers of its own ("the five key points", numbered 1-5,
restating the earlier 1, 2, 4, 5 and 18 of 20) has no gaps to say what it left out; but when
it restates fewer than half of the earlier points of its stretch, it is a selection, and an
earlier point no point pairs with that stands between two consecutive points of the copy
(nothing of the copy between their partners, so nothing of it could restate the point) is
not reported either. An unpaired earlier point facing an unpaired point of the copy stays
removed: the copy may have rewritten it beyond the aligner's reach.

A copy that keeps the earlier numbering (its points paired one to one carry the numbers of
the earlier points they pair with) names by its gaps the very earlier points it leaves out:
such a point is not reported even where the aligner drew it into a merge or a split with a
neighbour it resembles (the copy's 18 taking the earlier 17 beside the earlier 18), since the
copy says it skipped 17.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Sequence

from plandiff.engine.align import AlignOptions, align
from plandiff.errors import UsageError
from plandiff.plans.model import PlanVersion, Point

__all__ = ["left_out", "not_reported", "parse_covers"]

PARTIAL_ALIGN = AlignOptions(far_join_threshold=math.inf)
"""The alignment that decides what a partial text covers: an earlier point standing apart
from a pair's parts never joins it as a merge or split part. A copy of a few points leaves
most earlier points unpaired because it does not report them; the full alignment would let a
point far off join a copy's short point on a few shared words (the 28-point draft's 7 and 10
folded into a three-point copy's 3), and the copy would then seem to cover, and remove,
everything between them."""

_RANGE = re.compile(r"^\s*(\d{1,5})\s*(?:[-–]\s*(\d{1,5}))?\s*$")


def parse_covers(value: str | None) -> tuple[tuple[int, int], ...]:
    """``1-12`` or ``1-12,15,20-22`` → ((1, 12), (15, 15), (20, 22)); none given (None or
    empty) → ()."""
    if not value:
        return ()
    ranges = []
    for part in value.split(","):
        match = _RANGE.match(part)
        if not match:
            raise UsageError(f"--covers {value!r}: expected point numbers such as 1-12 or "
                             "1-12,15")
        low = int(match.group(1))
        high = int(match.group(2) or low)
        if high < low:
            raise UsageError(f"--covers {value!r}: {low}-{high} runs backwards")
        ranges.append((low, high))
    return tuple(ranges)


def _covered(number: str, ranges: tuple[tuple[int, int], ...]) -> bool:
    value = _leading_number(number)
    return value is not None and any(low <= value <= high for low, high in ranges)


def _leading_number(number: str) -> int | None:
    match = re.match(r"\d+", number)
    return int(match.group()) if match else None


def _gaps(points: Sequence[Point]) -> set[int]:
    """The numbers ``points``' numbering skips between its lowest and highest (none when a
    point is not numbered with digits: lettered or Roman numbering says nothing of gaps)."""
    numbers = [_leading_number(point.number) for point in points]
    held = {number for number in numbers if number is not None}
    if not held or len(held) != len(numbers):
        return set()
    return set(range(min(held), max(held) + 1)) - held


def _keeps_numbering(predecessor: PlanVersion, plan: PlanVersion,
                     one_to_one: list[tuple[int, int]]) -> bool:
    """Whether at least three one-to-one pairs hold, and four in five or more of them join
    points of the same number."""
    same = sum(predecessor.points[i].number == plan.points[j].number for i, j in one_to_one)
    return len(one_to_one) >= 3 and same * 5 >= len(one_to_one) * 4


def not_reported(predecessor: PlanVersion, plan: PlanVersion,
                 covers: tuple[tuple[int, int], ...] = ()) -> tuple[str, ...]:
    """References of the earlier version's top-level points the partial ``plan`` does not
    report on (see the module notes)."""
    alignment = align(predecessor.points, plan.points, old_ref=predecessor.ref,
                      new_ref=plan.ref, options=PARTIAL_ALIGN)
    partner: dict[int, list[int]] = {}
    covered: set[int] = set()
    grouped: set[int] = set()
    one_to_one: list[tuple[int, int]] = []
    for pair in alignment.pairs:
        for i in pair.old_index:
            partner.setdefault(i, []).extend(pair.new_index)
        if len(pair.old_index) == len(pair.new_index) == 1:
            one_to_one.append((pair.old_index[0], pair.new_index[0]))
        else:
            grouped.update(pair.old_index)
        if not covers or any(_covered(plan.points[j].number, covers) for j in pair.new_index):
            covered.update(pair.old_index)
    if covered:
        first, last = min(covered), max(covered)
    else:
        first, last = len(predecessor.points), -1
    paired = sorted(partner)
    skipped = _gaps(plan.points) if _keeps_numbering(predecessor, plan, one_to_one) else set()
    selection = 2 * len(covered) < last - first + 1

    def in_a_gap(i: int) -> bool:
        if i in partner:  # drawn into a merge or split, though the copy says it skipped it
            return i in grouped and _leading_number(predecessor.points[i].number) in skipped
        at = bisect_left(paired, i)  # the paired neighbours before and after i
        if at == 0 or at == len(paired):
            return False
        # the copy's numbering skips between the neighbours' partners
        before, after = max(partner[paired[at - 1]]), min(partner[paired[at]])
        if selection and after == before + 1:  # nothing of the copy stands between them
            return True
        return after > before and bool(_gaps(plan.points[before:after + 1]))

    return tuple(f"{predecessor.ref}#{point.id}"
                 for i, point in enumerate(predecessor.points)
                 if (i not in partner and (i < first or i > last)) or in_a_gap(i))


def left_out(predecessor: PlanVersion, plan: PlanVersion,
             covers: tuple[tuple[int, int], ...] = ()) -> PlanVersion:
    """``plan`` with the points of ``predecessor`` it does not cover (:func:`not_reported`)
    added to its ``not_reported``, as ``plandiff diff --partial`` reads it."""
    listed = set(plan.not_reported)
    hidden = tuple(ref for ref in not_reported(predecessor, plan, covers) if ref not in listed)
    return plan.model_copy(update={"not_reported": (*plan.not_reported, *hidden)})
