"""What a partial text covers of the version before it (``--partial``, ``--covers N-M``).

A text known only in part (a press copy of points 1-12) says nothing about the rest of the
earlier version. The earlier points it covers are those the aligner pairs with its points
(with ``--covers``, with its points numbered in that range); the earlier points that no
point pairs with and that stand *outside* the covered stretch (before its first or after its
last covered point) are ``not_reported``: never "removed". An unpaired earlier point inside
the stretch is still removed, because the text does cover that part. When nothing pairs, the
text covers none of the earlier version, and every earlier point is not reported.
"""

from __future__ import annotations

import re

from plandiff.engine.align import align
from plandiff.errors import UsageError
from plandiff.plans.model import PlanVersion

__all__ = ["not_reported", "parse_covers"]

_RANGE = re.compile(r"^\s*(\d{1,5})\s*(?:[-–]\s*(\d{1,5}))?\s*$")


def parse_covers(value: str) -> tuple[tuple[int, int], ...]:
    """``1-12`` or ``1-12,15,20-22`` → ((1, 12), (15, 15), (20, 22))."""
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
    match = re.match(r"\d+", number)
    if match is None:
        return False
    value = int(match.group())
    return any(low <= value <= high for low, high in ranges)


def not_reported(predecessor: PlanVersion, plan: PlanVersion,
                 covers: tuple[tuple[int, int], ...] = ()) -> tuple[str, ...]:
    """References of the earlier version's top-level points the partial ``plan`` does not
    report on (see the module notes)."""
    alignment = align(predecessor.points, plan.points, old_ref=predecessor.ref,
                      new_ref=plan.ref)
    paired: set[int] = set()
    covered: set[int] = set()
    for pair in alignment.pairs:
        paired.update(pair.old_index)
        if not covers or any(_covered(plan.points[j].number, covers) for j in pair.new_index):
            covered.update(pair.old_index)
    if covered:
        first, last = min(covered), max(covered)
    else:
        first, last = len(predecessor.points), -1
    return tuple(f"{predecessor.ref}#{point.id}"
                 for i, point in enumerate(predecessor.points)
                 if i not in paired and (i < first or i > last))
