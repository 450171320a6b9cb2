"""npsets against np.unique, the computation it stands in for."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from plandiff.engine.align.npsets import unique_counts, unique_sorted

VALUES = st.lists(st.integers(min_value=-(2**40), max_value=2**40), max_size=60)
SMALL = st.lists(st.integers(min_value=0, max_value=5), max_size=60)


@settings(max_examples=200, deadline=None)
@given(st.one_of(VALUES, SMALL))
def test_unique_counts_is_np_unique(values: list[int]) -> None:
    array = np.array(values, dtype=np.int64)
    keys, counts = unique_counts(array)
    want_keys, want_counts = np.unique(array, return_counts=True)
    assert keys.tolist() == want_keys.tolist()
    assert counts.tolist() == want_counts.tolist()
    assert keys.dtype == want_keys.dtype


@settings(max_examples=200, deadline=None)
@given(st.one_of(VALUES, SMALL))
def test_unique_sorted_is_np_unique(values: list[int]) -> None:
    array = np.sort(np.array(values, dtype=np.int64))
    assert unique_sorted(array).tolist() == np.unique(array).tolist()


def test_the_aligner_does_not_import_numpy_ma() -> None:
    import subprocess
    import sys

    code = ("import sys, numpy as np\n"
            "from plandiff.engine.align.npsets import unique_counts, unique_sorted\n"
            "unique_counts(np.array([3, 1, 3], dtype=np.int64))\n"
            "unique_sorted(np.array([1, 1, 2], dtype=np.int64))\n"
            "print('numpy.ma' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"
