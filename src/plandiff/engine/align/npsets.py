"""Distinct values of an integer array, as ``np.unique`` gives them, without ``np.unique``.

``np.unique`` imports ``numpy.ma`` on its first call (about 30 ms of CPU per process, a
tenth of the aligner's numpy start-up). A sort and a comparison of neighbours give the same
sorted distinct values and counts.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt


def unique_counts(values: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.int64],
                                                          npt.NDArray[np.intp]]:
    """The sorted distinct values and how often each occurs: ``np.unique(values,
    return_counts=True)``."""
    ordered = np.sort(values)
    starts = _run_starts(ordered)
    counts = np.diff(np.append(starts, ordered.size))
    return ordered[starts], counts


def unique_sorted(values: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """The distinct values of an already sorted array, in order: ``np.unique(values)``."""
    return values[_run_starts(values)]


def run_mask(ordered: npt.NDArray[np.int64]) -> npt.NDArray[np.bool_]:
    """True where a run of equal values begins in a sorted array."""
    first = np.empty(ordered.size, dtype=np.bool_)
    if ordered.size:
        first[0] = True
        np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return first


def _run_starts(ordered: npt.NDArray[np.int64]) -> npt.NDArray[np.intp]:
    """Where each run of equal values begins in a sorted array."""
    return np.flatnonzero(run_mask(ordered))
