"""A command whose standard error or output has no reader any more (``plandiff import … 2>&1 |
head -1``, a CI log collector that went away) still does its work: the file it was asked to
write is written, and its exit code says what happened. Standard error carries only
diagnostics; losing them must not lose the result. The streams are pipes whose reading end
is closed before the process starts, so every write to them fails at once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

DRAFT = ("1. A ceasefire takes effect at noon.\n2. Prisoners are exchanged all for all.\n"
         "3. Monitors watch the line.\n")


def _run(args: list[str], *, close_stdout: bool, close_stderr: bool,
         cwd: Path) -> subprocess.CompletedProcess[bytes]:
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will ever read: each write fails (EPIPE)
    try:
        return subprocess.run([sys.executable, "-m", "plandiff", *args], cwd=cwd,
                              stdin=subprocess.DEVNULL,
                              stdout=write_end if close_stdout else subprocess.DEVNULL,
                              stderr=write_end if close_stderr else subprocess.DEVNULL,
                              timeout=120, check=False,
                              env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    finally:
        os.close(write_end)


def test_import_writes_its_file_when_standard_error_has_no_reader(tmp_path: Path) -> None:
    """Before, the structure report's first line on standard error ended the command: no
    file was written, and the exit code was 0."""
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    out = tmp_path / "out.json"
    done = _run(["import", str(draft), "--document", "talks", "--version", "2026-01-01-a",
                 "-o", str(out)], close_stdout=False, close_stderr=True, cwd=tmp_path)
    assert done.returncode == 0
    assert out.exists()
    assert '"Prisoners are exchanged all for all."' in out.read_text(encoding="utf-8")


def test_diff_to_a_file_when_both_streams_have_no_reader(tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text(DRAFT, encoding="utf-8")
    new.write_text(DRAFT.replace("noon", "midnight"), encoding="utf-8")
    out = tmp_path / "diff.json"
    done = _run(["diff", str(old), str(new), "--format", "json", "-o", str(out)],
                close_stdout=True, close_stderr=True, cwd=tmp_path)
    assert done.returncode == 0
    assert '"midnight' in out.read_text(encoding="utf-8")
