"""Broken and adversarial inputs given to `plandiff diff`: as OLD or NEW file, inside the plans
tree behind a DOCUMENT@VERSION reference, malformed references, odd options and output
targets. Each gets exit code 2 with a message naming the file, no traceback, no hang, and no
input file changes."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from plandiff.errors import ExitCode
from tests.helpers import Run, make_plan, write_plan
from tests.hostile.common import (
    JSON_CASES,
    SPECIAL_KINDS,
    VALID,
    assert_handled,
    run_subprocess,
    snapshot,
    special_path,
)

Cli = Callable[..., Run]


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "plans"
    write_plan(root, make_plan())
    later = make_plan(version="v2", supersedes="v1", date="2025-12-01")
    later["points"][0]["text"] = "The parties shall not observe a ceasefire."
    write_plan(root, later)
    return root


@pytest.mark.parametrize("side", ["old", "new"])
@pytest.mark.parametrize("name", sorted(JSON_CASES))
def test_broken_file(name: str, side: str, tmp_path: Path, cli: Cli) -> None:
    bad = tmp_path / f"{name}.json"
    bad.write_bytes(JSON_CASES[name]())
    good = tmp_path / "good.json"
    good.write_bytes(VALID)
    before = snapshot(tmp_path)
    pair = (bad, good) if side == "old" else (good, bad)
    run = cli("diff", str(pair[0]), str(pair[1]), "--plans", str(tmp_path / "none"))
    assert_handled(run, ExitCode.INPUT, bad.name)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("name", sorted(JSON_CASES))
def test_broken_version_in_tree(name: str, tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    broken = root / "accord" / "v2.json"
    broken.write_bytes(JSON_CASES[name]())
    before = snapshot(tmp_path)
    run = cli("diff", "accord@v1", "accord@v2", "--plans", str(root))
    assert_handled(run, ExitCode.INPUT, "v2")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("kind", SPECIAL_KINDS)
def test_not_a_regular_file(kind: str, tmp_path: Path) -> None:
    (tmp_path / "good.json").write_bytes(VALID)
    special_path(kind, tmp_path, "old.json")
    before = snapshot(tmp_path)
    run = run_subprocess(["diff", "old.json", "good.json", "--plans", "none"], tmp_path)
    assert_handled(run, ExitCode.INPUT, "old.json")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("kind", SPECIAL_KINDS)
def test_not_a_regular_file_in_tree(kind: str, tmp_path: Path) -> None:
    root = _tree(tmp_path)
    (root / "accord" / "v2.json").unlink()
    special_path(kind, root / "accord", "v2.json")
    before = snapshot(tmp_path)
    run = run_subprocess(["diff", "accord@v1", "accord@v2"], tmp_path)
    assert_handled(run, ExitCode.INPUT, "v2")
    assert snapshot(tmp_path) == before


BAD_REFS = [
    "accord@", "@v1", "accord@v9", "nodoc@v1", "ACCORD@V1", "a@b@c", "../../x@v1",
    "accord@../../x", "accord@..", "accord@v1#one", "accord@v1/../v2", "-", "@",
    "accord@v1 ", " accord@v1", "\u0430ccord@v1", "accord@" + "v" * 10_000, "accord@v1\n",
    "../../etc/passwd", "/etc/passwd", "/dev/zero", "~/x.json", "x.json", "plans",
]


@pytest.mark.parametrize("ref", BAD_REFS, ids=[r[:30].encode("unicode_escape").decode()
                                              for r in BAD_REFS])
def test_bad_reference(ref: str, tmp_path: Path) -> None:
    _tree(tmp_path)
    before = snapshot(tmp_path)
    run = run_subprocess(["diff", "accord@v1", ref], tmp_path)
    shown = ref.strip()[:20]
    assert_handled(run, ExitCode.INPUT, shown)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("kind", ["missing", "file", "fifo", "dev-zero", "symlink-loop"])
def test_bad_plans_folder(kind: str, tmp_path: Path) -> None:
    if kind == "file":
        (tmp_path / "tree").write_bytes(VALID)
    else:
        special_path(kind, tmp_path, "tree")
    before = snapshot(tmp_path)
    run = run_subprocess(["diff", "accord@v1", "accord@v2", "--plans", "tree"], tmp_path)
    assert_handled(run, ExitCode.INPUT, "tree")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("broken", ["topics.json", "plandiff.json"])
@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe{}", b"[" * 100_000, b"[]",
                                     b'{"topics": 5}'])
def test_broken_tree_config(broken: str, content: bytes, tmp_path: Path, cli: Cli) -> None:
    """diff needs neither plans/topics.json nor plans/plandiff.json: broken ones are either
    ignored (exit 0) or reported by name (exit 2), never a crash."""
    root = _tree(tmp_path)
    (root / broken).write_bytes(content)
    before = snapshot(tmp_path)
    run = cli("diff", "accord@v1", "accord@v2", "--plans", str(root), "--format", "html")
    if run.code == ExitCode.OK:
        assert "<html" in run.out
    else:
        assert_handled(run, ExitCode.INPUT, broken)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("option,value", [
    ("--lang", "../../x"), ("--lang", "zz"), ("--format", "exe"), ("--layout", "../../x"),
    ("--granularity", "byte"),
])
def test_bad_option(option: str, value: str, tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    before = snapshot(tmp_path)
    fmt = ["--format", "html"] if option == "--lang" else []
    run = cli("diff", "accord@v1", "accord@v2", "--plans", str(root), *fmt, option, value)
    assert_handled(run, ExitCode.INPUT, value[:10])
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("which", ["old", "new"])
def test_output_is_never_an_input(which: str, tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    target = root / "accord" / ("v1.json" if which == "old" else "v2.json")
    before = snapshot(tmp_path)
    run = cli("diff", str(root / "accord" / "v1.json"), str(root / "accord" / "v2.json"),
              "--format", "json", "-o", str(target))
    assert_handled(run, ExitCode.INPUT, target.name)
    assert snapshot(tmp_path) == before


def test_output_through_a_symlink_never_touches_the_input(tmp_path: Path, cli: Cli) -> None:
    """-o at a link to an input: the input keeps its bytes (the link may be replaced)."""
    root = _tree(tmp_path)
    target = tmp_path / "out.json"
    target.symlink_to("plans/accord/v1.json")
    before = snapshot(root)
    run = cli("diff", "accord@v1", "accord@v2", "--plans", str(root), "--format", "json",
              "-o", str(target))
    assert "Traceback" not in run.err and run.code in (ExitCode.OK, ExitCode.INPUT)
    assert snapshot(root) == before


@pytest.mark.parametrize("kind", ["directory", "fifo", "char-device"])
def test_hostile_output_target(kind: str, tmp_path: Path) -> None:
    """-o at a folder, a pipe or a device: refused, never replaced, never a hang."""
    _tree(tmp_path)
    target = tmp_path / "out.json"
    if kind == "directory":
        target.mkdir()
    elif kind == "fifo":
        os.mkfifo(target)
    elif os.geteuid() == 0:  # a copy of /dev/null, made where it can do no harm
        os.mknod(target, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    else:
        pytest.skip("making a device node needs root")
    before = snapshot(tmp_path)
    run = run_subprocess(["diff", "accord@v1", "accord@v2", "--format", "json", "-o",
                          "out.json"], tmp_path)
    assert_handled(run, ExitCode.INPUT, "out.json")
    assert snapshot(tmp_path) == before


def test_cross_language_is_refused(tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    ja = make_plan(version="v1-ja", language="ja", translation_of="v1")
    write_plan(root, ja)
    run = cli("diff", "accord@v1", "accord@v1-ja", "--plans", str(root))
    assert_handled(run, ExitCode.INPUT, "accord@v1")


def test_duplicate_point_ids_in_a_file(tmp_path: Path, cli: Cli) -> None:
    plan = make_plan()
    plan["points"][1]["id"] = "one"
    path = tmp_path / "dup.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    good = tmp_path / "good.json"
    good.write_bytes(VALID)
    run = cli("diff", str(path), str(good), "--plans", str(tmp_path / "none"))
    assert_handled(run, ExitCode.INPUT, "one")


@pytest.mark.parametrize("command", [["diff", "accord@v1", "accord@v2", "--format", "html"],
                                     ["diff", "accord@v1", "accord@v2", "--format", "pdf",
                                      "-o", "out.pdf"],
                                     ["history", "accord", "--format", "html"]])
@pytest.mark.parametrize("value", ["abc", "1e3", "9" * 30])
def test_bad_source_date_epoch(value: str, command: list[str], tmp_path: Path, cli: Cli,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    root = _tree(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    monkeypatch.chdir(tmp_path)
    before = snapshot(root)
    run = cli(*command, "--plans", str(root))
    assert_handled(run, ExitCode.INPUT, "SOURCE_DATE_EPOCH")
    assert snapshot(root) == before and not (tmp_path / "out.pdf").exists()


def test_a_draft_whose_file_name_holds_a_line_break(tmp_path: Path, cli: Cli) -> None:
    """A draft with no title of its own is titled by its file name; a name holding a line
    break or a tab (possible on Linux and macOS) is titled on one line, not refused as an
    invalid title ("$.title: String should match pattern")."""
    old = tmp_path / "draft\nof March.txt"
    old.write_text("1. The parties observe a ceasefire.\n2. Elections follow.\n", "utf-8")
    new = tmp_path / "draft\tof April.txt"
    new.write_text("1. The parties observe a full ceasefire.\n2. Elections follow.\n", "utf-8")
    run = cli("diff", str(old), str(new), "--plans", str(tmp_path / "none"), "--format",
              "markdown")
    assert run.code == ExitCode.OK, run.err
    assert "| title | draft of March.txt | draft of April.txt |" in run.out
    # each note on standard error is one line, whatever the file's name holds
    assert all(line.startswith("note: ") for line in run.err.splitlines()), run.err
    report = cli("import", str(old), "--document", "accord", "--version", "2025-11-20-draft",
                 "-o", str(tmp_path / "out.json"))
    assert report.code == ExitCode.OK, report.err
    assert all(line.startswith(str(tmp_path)) or line.startswith("wrote ")
               for line in report.err.splitlines()), report.err
