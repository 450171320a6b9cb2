"""Moves: pairs outside a longest increasing subsequence of old positions."""

from __future__ import annotations

from collections.abc import Sequence

from plandiff._text import longest_increasing


def _longest_increasing(values: Sequence[int]) -> set[int]:
    """Indices (into ``values``) of one longest strictly increasing subsequence."""
    return set(longest_increasing(values))
