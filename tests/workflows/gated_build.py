"""``plandiff build`` with a gate in front of its render jobs, for the stop tests
(tests/workflows/test_build_signals.py): the real command line, the real process pool, with one
change in the workers. The first ``PLANDIFF_TEST_GATE_PASS`` jobs of the build render as
usual; every later job writes ``blocked-<pid>`` into the folder ``PLANDIFF_TEST_GATE`` and
waits there (forever: the test stops the build while the jobs wait). So the test knows when
the build is rendering and still has work left, without sleeping or racing the build to its
end on a loaded machine.

With ``PLANDIFF_TEST_SIGNAL_IN_WAIT`` set, the build's main thread also sends itself SIGTERM
once, at the worst moment a signal can come while the pool runs: when it waits for its jobs
again after the first finished, holding the lock of a job's future (inside
``concurrent.futures.wait``). The signal handler runs right there, at the next bytecode.

Usage: ``python gated_build.py build --plans P --out O ...`` (the arguments of plandiff).
"""

from __future__ import annotations

import os
import signal
import sys
import time
from concurrent.futures import _base
from pathlib import Path

from plandiff.cli import main
from plandiff.workflows import build

GATE = Path(os.environ["PLANDIFF_TEST_GATE"])
PASS = int(os.environ.get("PLANDIFF_TEST_GATE_PASS", "0"))
_render = build.run_job


def _ticket() -> int:
    """This job's place in the build (0, 1, ...), claimed atomically across the workers."""
    for number in range(10_000):
        try:
            os.close(os.open(GATE / f"job-{number}", os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            continue
        return number
    raise AssertionError("more than 10,000 jobs")  # pragma: no cover


def gated_run_job(job: build.Job, context: object) -> tuple[str, tuple[tuple[str, str], ...]]:
    if _ticket() >= PASS:
        (GATE / f"blocked-{os.getpid()}").touch()
        while True:
            time.sleep(1)
    return _render(job, context)  # type: ignore[arg-type]


_acquire = _base._AcquireFutures.__enter__
_first_wait: list[int] = []


def _acquire_then_signal(self: _base._AcquireFutures) -> None:
    """``wait``'s lock of its futures, with SIGTERM at the first wait after a job finished
    (for fewer futures than the first wait), once the first future's lock is taken and
    before the others are."""
    futures = list(self.futures)
    if not _first_wait:
        _first_wait.append(len(futures))
    if len(futures) >= _first_wait[0] or len(_first_wait) > 1:
        _acquire(self)
        return
    _first_wait.append(len(futures))  # fired
    first, *rest = futures
    first._condition.acquire()
    os.kill(os.getpid(), signal.SIGTERM)
    for future in rest:
        future._condition.acquire()


if __name__ == "__main__":
    build.run_job = gated_run_job
    if os.environ.get("PLANDIFF_TEST_SIGNAL_IN_WAIT"):
        _base._AcquireFutures.__enter__ = _acquire_then_signal  # type: ignore[method-assign]
    sys.argv[0] = "plandiff"
    main(sys.argv[1:])
