"""No lost work: every file plandiff writes goes through the one atomic-write helper
(src/plandiff/atomicio.py), and a writer killed at any moment leaves either the old file or the
complete new one, never a torn file; the plans tree is only ever changed by one complete new
version; a killed build leaves the previous reports intact and the next build recovers.

The kills are SIGKILL (no cleanup code runs) after seeded random delays spread over the time
an uninterrupted run takes, so they land before, during and after rendering and committing.
"""

from __future__ import annotations

import ast
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import warnings
from pathlib import Path

from plandiff.plans.loading import load_plan
from tests.helpers import REPO, make_plan, write_plan
from tests.hostile.common import snapshot

SRC = REPO / "src" / "plandiff"
KILLS = 4
"""Kills per writer (each a few seconds at most)."""


# --------------------------------------------------------------------------- static check

ALLOWED_BYPASSES = {
    ("runner.py", "os.open"): "the build's lock file (.build-lock): it holds the lock and the "
                              "process id of the build that holds it, never a report",
}


def _writes(path: Path) -> list[tuple[str, int]]:
    """(call, line) for each write-like call in one module."""
    with warnings.catch_warnings():  # a module's own escape-sequence warnings are not ours
        warnings.simplefilter("ignore")
        tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        owner = func.value.id if isinstance(func, ast.Attribute) and isinstance(
            func.value, ast.Name) else ""
        if name in ("write_text", "write_bytes", "rename", "symlink_to", "hardlink_to",
                    "link", "mkstemp", "NamedTemporaryFile", "copyfile", "copy", "copy2",
                    "copytree", "move", "fdopen"):
            if name in ("copy", "move") and owner not in ("shutil",):
                continue
            if name == "fdopen" and not any(isinstance(a, ast.Constant) and isinstance(
                    a.value, str) and set(a.value) & set("wax+") for a in node.args[1:]):
                continue
            found.append((name, node.lineno))
        elif name == "replace" and owner == "os":
            found.append(("os.replace", node.lineno))
        elif name == "open":
            mode = node.args[1] if len(node.args) > 1 and owner != "os" else None
            if owner != "os" and isinstance(func, ast.Attribute) and node.args:
                mode = node.args[0]
            for keyword in node.keywords:
                if keyword.arg == "mode":
                    mode = keyword.value
            if owner == "os":
                flags = ast.unparse(node.args[1]) if len(node.args) > 1 else ""
                if any(f in flags for f in ("O_WRONLY", "O_RDWR", "O_CREAT", "O_APPEND")):
                    found.append(("os.open", node.lineno))
            elif isinstance(mode, ast.Constant) and isinstance(mode.value, str) and set(
                    mode.value) & set("wax+"):
                found.append(("open", node.lineno))
    return found


def test_every_write_goes_through_atomicio() -> None:
    bypasses = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "atomicio.py":
            continue
        for call, line in _writes(path):
            if (path.name, call) not in ALLOWED_BYPASSES:
                bypasses.append(f"{path.relative_to(REPO)}:{line}: {call}")
    assert bypasses == [], "writes that bypass plandiff.atomicio:\n" + "\n".join(bypasses)


def test_the_static_check_can_fail(tmp_path: Path) -> None:
    module = tmp_path / "bad.py"
    module.write_text("from pathlib import Path\nimport os\nPath('x').write_text('y')\n"
                      "open('x', 'w')\nos.replace('a', 'b')\nos.open('x', os.O_WRONLY)\n"
                      "open('x')\n", encoding="utf-8")
    assert [c for c, _ in _writes(module)] == ["write_text", "open", "os.replace", "os.open"]


# --------------------------------------------------------------------------- kill helpers


def _start(argv: list[str], cwd: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "NO_COLOR": "1"}
    return subprocess.Popen([sys.executable, "-m", "plandiff", *argv], cwd=cwd, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _run_to_end(argv: list[str], cwd: Path) -> float:
    started = time.perf_counter()
    process = _start(argv, cwd)
    assert process.wait(timeout=300) == 0, f"plandiff {' '.join(argv)} failed"
    return time.perf_counter() - started


def _kill_after(argv: list[str], cwd: Path, delay: float) -> bool:
    """Run, SIGKILL after ``delay`` seconds; True when the kill came before the end."""
    process = _start(argv, cwd)
    try:
        process.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        return True


def _delays(seed: int, duration: float, kills: int = KILLS) -> list[float]:
    rng = random.Random(seed)
    return sorted(rng.uniform(0.1, 1.0) * duration for _ in range(kills))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.is_symlink()}


def _visible(files: dict[str, bytes]) -> dict[str, bytes]:
    """Without the hidden working files (lock, staging folders, temporary files)."""
    return {k: v for k, v in files.items() if not any(part.startswith(".")
                                                      for part in k.split("/"))}


# --------------------------------------------------------------------------- build


def _plans(root: Path, text: str) -> None:
    write_plan(root, make_plan())
    later = make_plan(version="v2", supersedes="v1", date="2025-12-01")
    later["points"][0]["text"] = text
    write_plan(root, later)


BUILD = ["build", "--no-progress", "--jobs", "1"]


def test_killed_build_leaves_previous_reports_intact(tmp_path: Path) -> None:
    work = tmp_path / "work"
    _plans(work / "plans", "The parties shall observe a ceasefire.")
    _run_to_end(BUILD, work)
    old = _files(work / "reports")

    # The change to build, and what an uninterrupted build makes of it.
    _plans(work / "plans", "The parties shall not observe a ceasefire before 2026-01-01.")
    reference = tmp_path / "reference"
    shutil.copytree(work / "plans", reference / "plans")
    duration = _run_to_end(BUILD, reference)
    new = _visible(_files(reference / "reports"))
    changed = {k for k in new if old.get(k) != new[k]}
    assert changed, "the change must alter some reports"
    plans_before = snapshot(work / "plans")

    interrupted = 0
    delays = _delays(7, duration)
    retries = 2 * KILLS
    while delays:
        delay = delays.pop(0)
        shutil.rmtree(work / "reports")
        for name, data in old.items():
            (work / "reports" / name).parent.mkdir(parents=True, exist_ok=True)
            (work / "reports" / name).write_bytes(data)
        landed = _kill_after(BUILD, work, delay)
        interrupted += landed
        if not landed and retries and interrupted < KILLS // 2:
            # The build ran faster than the reference run (the machine's load changed): kill
            # the next one earlier, so that the kills still land during the build.
            retries -= 1
            delays.append(delay / 2)
        assert snapshot(work / "plans") == plans_before, f"plans/ changed (kill at {delay:.2f})"
        now = _visible(_files(work / "reports"))
        for name, data in now.items():
            assert data in (old.get(name), new.get(name)), (
                f"torn or foreign file {name} after a kill at {delay:.2f} s")
        missing = set(_visible(old)) - set(now)
        assert not missing, f"previous reports lost after a kill at {delay:.2f} s: {missing}"
    assert interrupted >= KILLS // 2, "most kills should land before the build ends"

    # The next build recovers completely and leaves no working files behind.
    _run_to_end(BUILD, work)
    after = _files(work / "reports")
    assert _visible(after) == new
    leftovers = sorted(k for k in after if k != ".build-lock" and k not in new)
    assert leftovers == [], f"working files left behind: {leftovers}"


# --------------------------------------------------------------------------- add


def test_killed_add_adds_all_or_nothing(tmp_path: Path) -> None:
    work = tmp_path / "work"
    write_plan(work / "plans", make_plan())
    draft = work / "draft.json"
    later = make_plan(version="v2", date="2025-12-01")
    later["points"][0]["text"] = "The parties shall not observe a ceasefire."
    draft.write_text(json.dumps(later), encoding="utf-8")
    argv = ["add", "draft.json", "--plans", "plans"]

    reference = tmp_path / "reference"
    shutil.copytree(work, reference)
    duration = _run_to_end(argv, reference)
    expected = (reference / "plans" / "accord" / "v2.json").read_bytes()
    before = _files(work / "plans")

    for delay in _delays(11, duration):
        target = work / "plans" / "accord" / "v2.json"
        target.unlink(missing_ok=True)
        _kill_after(argv, work, delay)
        now = _visible(_files(work / "plans"))
        extra = {k: v for k, v in now.items() if k not in before}
        assert {k: v for k, v in now.items() if k in before} == before, "existing files changed"
        assert set(extra) <= {"accord/v2.json"}, f"unexpected files: {sorted(extra)}"
        if extra:
            assert extra["accord/v2.json"] == expected, "a torn new version"
            assert load_plan(target).version == "v2"
    assert draft.read_text(encoding="utf-8") == json.dumps(later)


# --------------------------------------------------------------------------- diff -o


def test_killed_diff_output_is_old_or_complete(tmp_path: Path) -> None:
    fmt = "pdf"
    work = tmp_path / "work"
    _plans(work / "plans", "The parties shall not observe a ceasefire.")
    target = work / f"report.{fmt}"
    target.write_bytes(b"previous report")
    argv = ["diff", "accord@v1", "accord@v2", "--format", fmt, "-o", target.name]
    reference = tmp_path / "reference"
    shutil.copytree(work, reference)
    duration = _run_to_end(argv, reference)
    expected = (reference / target.name).read_bytes()
    for delay in _delays(13, duration, kills=3):
        target.write_bytes(b"previous report")
        _kill_after(argv, work, delay)
        assert target.read_bytes() in (b"previous report", expected), "torn report"
