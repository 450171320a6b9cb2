"""What keeps ``plandiff build`` safe to stop: one build per output folder, pool workers that
end with their parent, and SIGINT/SIGTERM turned into a clean stop.

- **The lock** (``.build-lock`` in the output folder) is a POSIX record lock
  (``fcntl.lockf``). The kernel drops it when the process that took it ends, however it
  ends, and a forked worker never holds it (record locks belong to a process and are not
  inherited by ``fork``), so a killed build never leaves a folder locked. The file records
  the holder's process id while a build runs and is emptied when it ends cleanly: a
  process id left in it is the mark of a build that was killed, and the next build takes
  the folder over (and removes that build's staging folder).
- **Workers** ask the kernel for SIGKILL when their parent ends (``PR_SET_PDEATHSIG`` on
  Linux), then check that the parent they were forked from is still there, so a killed
  build leaves no orphan rendering on. They ignore SIGINT: Ctrl-C reaches the whole process
  group, and the parent decides.
- **Signals**: during a build, SIGINT and SIGTERM raise :class:`~plandiff.errors.Interrupted`
  in the parent, which kills its workers, removes the staging folder and exits 130 or 143;
  while finished reports are being moved into place the signal waits until the move is
  done, so the folder is never left half old, half new.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import signal
import threading
from collections.abc import Iterator
from multiprocessing.process import BaseProcess
from pathlib import Path

from plandiff.errors import Interrupted, WriteError

LOCK_NAME = ".build-lock"
_PR_SET_PDEATHSIG = 1


# --------------------------------------------------------------------------- the lock


def _recorded_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def build_lock(out: Path) -> Iterator[int | None]:
    """Hold the output folder's lock for one build; yields the process id of an earlier build
    that was killed while holding it (its leftovers are to be cleaned), else None. Raises
    :class:`WriteError` when a live build holds it."""
    out.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory locks
        yield None
        return
    fd = os.open(out / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno not in (errno.EACCES, errno.EAGAIN):
                raise WriteError(f"{out}: cannot lock the output folder: "
                                 f"{exc.strerror or exc}") from None
            holder = _recorded_pid(fd)
            who = f" (process {holder})" if holder is not None and _alive(holder) else ""
            raise WriteError(f"{out}: another plandiff build{who} is writing here") from None
        left = _recorded_pid(fd)
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        try:
            yield left if left is not None and left != os.getpid() else None
        finally:
            os.ftruncate(fd, 0)  # ended cleanly: nothing to take over
    finally:
        os.close(fd)  # releases the lock


# --------------------------------------------------------------------------- workers


def worker_init(parent: int) -> None:
    """Pool initializer: die with the parent, and leave Ctrl-C to it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(OSError, AttributeError):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:  # the parent ended before the request took effect
        os._exit(1)


def kill_workers(processes: list[BaseProcess]) -> None:
    """End ``processes`` at once (SIGKILL: a worker may be deep inside a C library) and wait
    for them, so that nothing writes into the staging folder after it is removed."""
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError):
            process.kill()
    for process in processes:
        with contextlib.suppress(OSError, ValueError, AttributeError, AssertionError):
            process.join(timeout=10)


# --------------------------------------------------------------------------- signals


class StopSignals:
    """SIGINT and SIGTERM, while installed, raise :class:`Interrupted` (or wait until a
    :meth:`deferred` section ends)."""

    def __init__(self) -> None:
        self.received: int | None = None
        self._deferring = False

    def _handle(self, signum: int, frame: object) -> None:
        if self.received is not None or self._deferring:
            # Waiting for a section to end, or already cleaning up: a second Ctrl-C must not
            # cut the clean-up short.
            self.received = self.received or signum
            return
        self.received = signum
        raise Interrupted(signum)

    @contextlib.contextmanager
    def installed(self) -> Iterator[StopSignals]:
        """Handle the signals in this block (only the main thread can: elsewhere, nothing)."""
        if threading.current_thread() is not threading.main_thread():
            yield self
            return
        previous = {sig: signal.signal(sig, self._handle)
                    for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield self
        finally:
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        """A block a signal must not cut in half; a signal received meanwhile stops the build
        right after it."""
        self._deferring = True
        try:
            yield
        finally:
            self._deferring = False
        if self.received is not None:
            raise Interrupted(self.received)


__all__ = ["LOCK_NAME", "StopSignals", "build_lock", "kill_workers", "worker_init"]
