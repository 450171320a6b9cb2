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


_one_command = False


def one_command_process() -> None:
    """Mark this process as one that runs a single command and then ends (``cli.run``)."""
    global _one_command
    _one_command = True


def settle() -> None:
    """In a process that runs one command and ends: what is alive now (imported modules, a
    command's loaded versions and their comparison) stays alive to the end, so the
    collector is told not to scan it again (``gc.freeze``). Objects are still freed by
    reference counting as usual. Elsewhere (a library caller, the tests) it does nothing,
    leaving the caller's objects to the collector.

    Why: objects made while the collector is paused all wait in its youngest generation,
    and the first collection after the pause scans every one of them (about 30 ms of CPU
    after loading and comparing the 5,000-point benchmark pair)."""
    if _one_command:
        gc.freeze()


__all__ = ["collector_paused", "one_command_process", "settle"]
