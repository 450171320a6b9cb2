"""The time one input may take, counted in CPU seconds, which every fuzz target wraps its
check in (``atheris.Setup(argv, cpu_bounded(test_one_input))``). It imports no plandiff
module, so a target that imports it instruments nothing more.

libFuzzer's own limit (``-timeout``) counts wall-clock seconds: on a loaded machine an input
of a fraction of a CPU second took 10 s (0.36 s of CPU, the CI suite's two workers next to
other work), so a 20 s limit there failed campaigns now and then with a "timeout" no one could
replay. The limit an input is held to is therefore its CPU time, which load hardly changes;
``-timeout`` stays only as a generous guard against an input that never returns
(:data:`tests.fuzz.campaign.HANG_SECONDS`).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

UNIT_CPU_SECONDS = float(os.environ.get("PLANDIFF_FUZZ_UNIT_CPU_SECONDS", "20"))
"""CPU seconds one input may use (``PLANDIFF_FUZZ_UNIT_CPU_SECONDS`` changes it)."""


def cpu_bounded(one: Callable[[bytes], None]) -> Callable[[bytes], None]:
    """``one``, failing (a finding, with its input) on an input that uses more than
    :data:`UNIT_CPU_SECONDS` of CPU."""
    def bounded(data: bytes) -> None:
        started = time.process_time()
        one(data)
        spent = time.process_time() - started
        if spent > UNIT_CPU_SECONDS:
            raise AssertionError(f"one input took {spent:.1f} s of CPU, over the "
                                 f"{UNIT_CPU_SECONDS:g} s an input may take")
    return bounded
