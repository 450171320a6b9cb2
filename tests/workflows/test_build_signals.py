"""``plandiff build`` stopped as users and machines stop it: Ctrl-C in a terminal (SIGINT to
the whole process group), ``kill``/``timeout``/a CI time-out (SIGTERM to the parent) and
``kill -9`` (SIGKILL to the parent), each on a real subprocess build of a small plans tree
with two pool workers. After each, no worker is left running, the lock is free, and the next
build succeeds and writes byte-identical reports.

No blind sleeps and no race with the build's end: the stopped builds run through
``tests/workflows/gated_build.py`` (the real command and process pool; the first
:data:`PASSED` render jobs run, every later one waits at a gate), and each test sends its
signal once both workers wait there, with reports already rendered into the staging folder
and jobs left to do. However loaded the machine, the build cannot finish first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import REPO, make_plan, write_plan

STAGING = ".build-staging-"
WAIT = 300.0
"""Upper bound of any wait, against a hang only (the build normally reaches its workers in a
second or two; a loaded machine may take many times that)."""
GATED = Path(__file__).resolve().parent / "gated_build.py"
PASSED = 1
"""Jobs a gated build renders before its workers wait at the gate (the tree has 7)."""


def _tree(root: Path) -> Path:
    """Three comparisons (HTML and PDF each), three history pages and an index."""
    plans = root / "plans"
    for document in ("accord", "annex", "pact"):
        write_plan(plans, make_plan(document=document, version="v1"))
        v2 = make_plan(document=document, version="v2", date="2025-12-01", supersedes="v1")
        v2["points"][0]["text"] = "The parties shall observe a ceasefire within 30 days."
        v2["points"].append({"id": "three", "number": "3", "text": "Sanctions are lifted.",
                             "topics": ["sanctions"]})
        write_plan(plans, v2)
    (plans / "plandiff.json").write_text('{"formats": ["html", "pdf"]}\n', encoding="utf-8")
    return plans


def _start(plans: Path, out: Path, *extra: str, gate: Path | None = None,
           signal_in_wait: bool = False) -> subprocess.Popen[str]:
    """``plandiff build`` in a subprocess; with ``gate``, through the gated runner (which, with
    ``signal_in_wait``, sends the build SIGTERM while it holds a lock of its job futures)."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "NO_COLOR": "1"}
    if signal_in_wait:
        env["PLANDIFF_TEST_SIGNAL_IN_WAIT"] = "1"
    command = [sys.executable, "-m", "plandiff"]
    if gate is not None:
        gate.mkdir()
        env |= {"PLANDIFF_TEST_GATE": str(gate), "PLANDIFF_TEST_GATE_PASS": str(PASSED)}
        command = [sys.executable, str(GATED)]
    return subprocess.Popen(
        [*command, "build", "--plans", str(plans), "--out", str(out), "--jobs", "2",
         "--no-progress", *extra],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True)  # its own process group, as a shell job has


def _end_group(process: subprocess.Popen[str], workers: set[int]) -> None:
    """After a failed test: nothing of the build it started keeps running (or waiting at the
    gate)."""
    for pid in workers:
        if _alive(pid):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    if process.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate(timeout=60)


def _finish(process: subprocess.Popen[str]) -> tuple[int, str]:
    _, err = process.communicate(timeout=300)
    return process.returncode, err


def _reports(out: Path) -> dict[str, bytes]:
    """Every report file (the manifest and the lock aside: they record the build itself)."""
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name not in ("manifest.json", ".build-lock")}


def _alive(pid: int) -> bool:
    """A process that exists and is not a zombie waiting to be reaped."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            state = handle.read().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False
    return state not in ("Z", "X")


def _children(pid: int) -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if int(fields[1]) == pid and fields[0] not in ("Z", "X"):
            found.add(int(entry))
    return found


def _poll(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.02)


def _rendering(process: subprocess.Popen[str], out: Path, gate: Path) -> set[int]:
    """Wait until the gated build has rendered its first jobs into the staging folder and both
    workers wait at the gate with jobs left. Their pids."""
    workers: set[int] = set()

    def ready() -> bool:
        assert process.poll() is None, "the build ended before it could be stopped"
        workers.update(_children(process.pid))
        return len(list(gate.glob("blocked-*"))) == 2

    _poll(ready, "both workers to reach the gate")
    blocked = {int(p.name.removeprefix("blocked-")) for p in gate.glob("blocked-*")}
    assert blocked <= workers, "the gate is held by processes that are not the build's workers"
    staged = [p for p in out.glob(f"{STAGING}*/**/*") if p.is_file()]
    assert len(staged) >= PASSED, "the jobs before the gate left nothing in the staging folder"
    return workers


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, bytes]]:
    """A plans tree and the reports an undisturbed build makes of it."""
    root = tmp_path_factory.mktemp("reference")
    plans = _tree(root)
    out = root / "reports"
    code, err = _finish(_start(plans, out))
    assert code == 0, err
    return root, _reports(out)


def _workspace(reference: tuple[Path, dict[str, bytes]], tmp_path: Path) -> tuple[Path, Path]:
    root, _ = reference
    shutil.copytree(root, tmp_path / "work")
    return tmp_path / "work" / "plans", tmp_path / "work" / "reports"


def _next_build_recovers(plans: Path, out: Path, expected: dict[str, bytes]) -> str:
    """The next build takes the lock, renders everything again and writes the same bytes."""
    code, err = _finish(_start(plans, out, "--force"))
    assert code == 0, err
    assert "another plandiff build" not in err
    assert _reports(out) == expected
    assert not list(out.glob(f"{STAGING}*"))
    assert (out / ".build-lock").read_text(encoding="ascii") == ""  # ended cleanly
    return err


@pytest.mark.parametrize(("how", "code"), [("sigint-group", 130), ("sigterm-parent", 143)])
def test_sigint_and_sigterm_stop_the_build_cleanly(
        reference: tuple[Path, dict[str, bytes]], tmp_path: Path, how: str, code: int) -> None:
    plans, out = _workspace(reference, tmp_path)
    expected = reference[1]
    process = _start(plans, out, "--force", gate=tmp_path / "gate")
    workers: set[int] = set()
    try:
        workers = _rendering(process, out, tmp_path / "gate")
        if how == "sigint-group":
            os.killpg(process.pid, signal.SIGINT)  # Ctrl-C: the terminal signals the group
        else:
            process.send_signal(signal.SIGTERM)
        returncode, err = _finish(process)
    finally:
        _end_group(process, workers)
    assert returncode == code, err
    assert "interrupted" in err and "Traceback" not in err and "internal error" not in err
    assert not any(_alive(pid) for pid in workers), "a worker outlived the build"
    assert not list(out.glob(f"{STAGING}*")), "the staging folder was left behind"
    assert _reports(out) == expected, "the previous reports changed"
    _next_build_recovers(plans, out, expected)


def test_a_signal_while_the_build_holds_a_lock_of_its_pool_stops_it_cleanly(
        reference: tuple[Path, dict[str, bytes]], tmp_path: Path) -> None:
    """SIGTERM while the build's main thread holds the lock of a job's future (inside
    ``concurrent.futures.wait``, as it is for a moment each time a job ends). A handler that
    raised there left the lock held, the pool's manager thread waited for it forever, and
    the build hung instead of stopping (a CI run hit this window under load)."""
    plans, out = _workspace(reference, tmp_path)
    expected = reference[1]
    process = _start(plans, out, "--force", gate=tmp_path / "gate", signal_in_wait=True)
    workers: set[int] = set()
    try:
        _poll(lambda: bool(workers.update(_children(process.pid)))
              or len(workers) == 2 or process.poll() is not None, "the build's two workers")
        returncode, err = _finish(process)
    finally:
        _end_group(process, workers)
    assert returncode == 143, err
    assert "interrupted" in err and "Traceback" not in err and "internal error" not in err
    assert not any(_alive(pid) for pid in workers), "a worker outlived the build"
    assert not list(out.glob(f"{STAGING}*")), "the staging folder was left behind"
    assert _reports(out) == expected, "the previous reports changed"
    _next_build_recovers(plans, out, expected)


def test_sigkill_leaves_no_worker_and_no_lock(
        reference: tuple[Path, dict[str, bytes]], tmp_path: Path) -> None:
    plans, out = _workspace(reference, tmp_path)
    expected = reference[1]
    process = _start(plans, out, "--force", gate=tmp_path / "gate")
    workers: set[int] = set()
    try:
        workers = _rendering(process, out, tmp_path / "gate")
        killed = process.pid
        process.send_signal(signal.SIGKILL)
        returncode, _ = _finish(process)
        assert returncode == -signal.SIGKILL
        _poll(lambda: not any(_alive(pid) for pid in workers), "the orphaned workers to end")
    finally:
        _end_group(process, workers)
    # Nothing was committed; the killed build's staging folder, with the reports it rendered
    # before the gate, is left for the next build to take over.
    left = {name for name in _reports(out) if name.startswith(STAGING)}
    assert len(left) >= PASSED
    assert {k: v for k, v in _reports(out).items() if k not in left} == expected
    err = _next_build_recovers(plans, out, expected)
    assert f"took over {out} from a build that was killed (process {killed})" in err
