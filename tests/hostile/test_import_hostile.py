"""Broken and adversarial drafts given to `plandiff import`: exit code 2 with a one-line message
naming the file, no traceback, bounded time, the draft untouched and no output written; odd
but legitimate drafts import into a valid plan."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from plandiff.errors import ExitCode
from plandiff.plans.loading import load_plan
from tests.helpers import Run
from tests.hostile.common import (
    SPECIAL_KINDS,
    TEXT_CASES,
    TEXT_OK_CASES,
    assert_handled,
    run_subprocess,
    snapshot,
    special_path,
)

Cli = Callable[..., Run]
ARGS = ("--document", "accord", "--version", "2025-11-20-draft")


@pytest.mark.parametrize("name", sorted(TEXT_CASES))
def test_broken_draft(name: str, tmp_path: Path, cli: Cli) -> None:
    draft = tmp_path / f"{name}.txt"
    draft.write_bytes(TEXT_CASES[name]())
    out = tmp_path / "out.json"
    before = snapshot(tmp_path)
    run = cli("import", str(draft), *ARGS, "-o", str(out))
    assert_handled(run, ExitCode.INPUT, draft.name)
    assert snapshot(tmp_path) == before, "draft changed or output written"


@pytest.mark.parametrize("name", sorted(TEXT_OK_CASES))
def test_odd_but_valid_draft(name: str, tmp_path: Path, cli: Cli) -> None:
    draft = tmp_path / f"{name}.md"
    draft.write_bytes(TEXT_OK_CASES[name])
    out = tmp_path / "out.json"
    run = cli("import", str(draft), *ARGS, "-o", str(out))
    assert run.code == ExitCode.OK, run.err
    assert draft.read_bytes() == TEXT_OK_CASES[name]
    plan = load_plan(out)
    assert plan.points


@pytest.mark.parametrize("kind", SPECIAL_KINDS)
def test_not_a_regular_file(kind: str, tmp_path: Path) -> None:
    path = special_path(kind, tmp_path, "draft.txt")
    before = snapshot(tmp_path)
    run = run_subprocess(["import", path.name, *ARGS, "-o", "out.json"], tmp_path)
    assert_handled(run, ExitCode.INPUT, "draft.txt")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("option,value", [
    ("--document", "../../x"), ("--document", "/etc"), ("--document", ""),
    ("--document", "a" * 10_000), ("--document", "Upper"), ("--document", ".."),
    ("--document", "doc@v1"), ("--version", "../../x"), ("--version", "x/../../y"),
    ("--version", "."), ("--version", "v" * 200), ("--version", "nul\u0000"),
    ("--date", "2025-02-30"), ("--date", "../../x"), ("--language", "../../x"),
    ("--language", "<script>"),
])
def test_bad_option(option: str, value: str, tmp_path: Path, cli: Cli) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_bytes(b"1. First point.\n")
    args = dict(zip(ARGS[::2], ARGS[1::2], strict=True))
    args[option] = value
    argv = [item for pair in args.items() for item in pair]
    before = snapshot(tmp_path)
    run = cli("import", str(draft), *argv, "-o", str(tmp_path / "out.json"))
    shown = value.replace("\u0000", "")[:20] or option
    assert_handled(run, ExitCode.INPUT, shown if shown in run.err else option)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("force", [False, True], ids=["plain", "force"])
def test_output_is_never_the_input(force: bool, tmp_path: Path, cli: Cli) -> None:
    """Not even with --force (which is for replacing an older import, not the draft)."""
    draft = tmp_path / "draft.json"
    draft.write_bytes(b"1. First point.\n")
    run = cli("import", str(draft), *ARGS, "-o", str(draft), *(["--force"] if force else []))
    assert_handled(run, ExitCode.INPUT, "draft.json")
    assert draft.read_bytes() == b"1. First point.\n"


# --force on an existing regular file is left out: replacing it is what --force is for.
@pytest.mark.parametrize(("kind", "force"), [
    (kind, force) for kind in ("directory", "existing", "fifo", "char-device")
    for force in (False, True) if not (force and kind == "existing")
])
def test_hostile_output_target(kind: str, force: bool, tmp_path: Path) -> None:
    """-o at something that must survive: never replaced by a file, never a hang (with
    --force a regular file may be replaced; a folder, pipe or device never)."""
    draft = tmp_path / "draft.txt"
    draft.write_bytes(b"1. First point.\n")
    target = tmp_path / "out.json"
    if kind == "directory":
        target.mkdir()
    elif kind == "existing":
        target.write_bytes(b"precious")
    elif kind == "fifo":
        os.mkfifo(target)
    elif os.geteuid() == 0:  # root can make a device node; a copy of /dev/null
        os.mknod(target, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    else:
        pytest.skip("making a device node needs root")
    before = snapshot(tmp_path)
    extra = ["--force"] if force else []
    run = run_subprocess(["import", "draft.txt", *ARGS, "-o", "out.json", *extra], tmp_path)
    assert_handled(run, ExitCode.INPUT, "out.json")
    assert snapshot(tmp_path) == before


def test_stdin_over_the_limit(tmp_path: Path) -> None:
    run = run_subprocess(["import", "-", *ARGS], tmp_path,
                         env={"PLANDIFF_MAX_FILE_BYTES": "1000"}, stdin=b"1. x\n" * 1000)
    assert_handled(run, ExitCode.INPUT, "standard input")


@pytest.mark.parametrize("data", [b"\x00\x01\x02" * 100, b"\xff\xfe\x00", b""])
def test_stdin_binary_or_empty(data: bytes, tmp_path: Path) -> None:
    run = run_subprocess(["import", "-", *ARGS], tmp_path, stdin=data)
    assert_handled(run, ExitCode.INPUT, "<stdin>")
