"""Pausing Python's cyclic garbage collector while one step makes many objects and no
reference cycles: the one copy of that rule.

Reference counting still frees every object as soon as it is unused; only the cycle
collector is paused. Steps that allocate millions of small objects and keep many (parsing
and building a large plan, a comparison, the diff JSON text) would otherwise make it scan
the growing heap again and again to find nothing: a sixth of a comparison's time, a third of
loading a 5,000-point file. It is switched back on afterwards, whatever happens, unless it
was off already (so pauses nest).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the ``with`` block."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


__all__ = ["collector_paused"]
