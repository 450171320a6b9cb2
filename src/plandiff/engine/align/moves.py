"""Moves: pairs outside a longest increasing subsequence of old positions."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence


def _longest_increasing(values: Sequence[int]) -> set[int]:
    """Indices (into ``values``) of one longest strictly increasing subsequence."""
    tails: list[int] = []
    tail_at: list[int] = []
    previous = [-1] * len(values)
    for index, value in enumerate(values):
        slot = bisect_left(tails, value)
        if slot == len(tails):
            tails.append(value)
            tail_at.append(index)
        else:
            tails[slot] = value
            tail_at[slot] = index
        previous[index] = tail_at[slot - 1] if slot else -1
    keep: set[int] = set()
    at = tail_at[-1] if tail_at else -1
    while at >= 0:
        keep.add(at)
        at = previous[at]
    return keep


