"""Broken and adversarial plans trees and arguments given to `plandiff history` (and `plandiff
log`, which reads the same tree): exit code 2 with a message naming the file or argument, no
traceback, no hang, nothing in the tree changed."""

from __future__ import annotations

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
COMMANDS = ("history", "log")
TREE_CASES = ("empty", "truncated", "not-utf8", "utf16-bom", "nan", "lone-surrogate",
              "nested-100000", "field-30mb", "points-60000", "binary", "id-path-traversal",
              "document-traversal", "duplicate-keys")


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "plans"
    write_plan(root, make_plan())
    later = make_plan(version="v2", supersedes="v1", date="2025-12-01")
    later["points"][0]["text"] = "The parties shall not observe a ceasefire."
    write_plan(root, later)
    return root


@pytest.mark.parametrize("command", COMMANDS)
def test_valid_tree_works(command: str, tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    run = cli(command, "accord", "--plans", str(root))
    assert run.code == ExitCode.OK, run.err
    assert "v2" in run.out


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("name", TREE_CASES)
def test_broken_version_of_the_document(name: str, command: str, tmp_path: Path,
                                        cli: Cli) -> None:
    """A version file of the document that cannot be read is an input error, reported by
    name, not silently left out of the document's history."""
    root = _tree(tmp_path)
    (root / "accord" / "v3.json").write_bytes(JSON_CASES[name]())
    before = snapshot(tmp_path)
    run = cli(command, "accord", "--plans", str(root))
    assert_handled(run, ExitCode.INPUT, "v3.json")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", SPECIAL_KINDS)
def test_odd_file_in_tree(kind: str, command: str, tmp_path: Path) -> None:
    """Pipes, devices and link loops named like plan files: never opened, never a hang."""
    _tree(tmp_path)
    special_path(kind, tmp_path / "plans" / "accord", "v3.json")
    before = snapshot(tmp_path)
    run = run_subprocess([command, "accord"], tmp_path)
    assert "Traceback" not in run.err
    if kind in ("directory", "missing"):  # a folder named v3.json is not a plan file
        assert run.code == ExitCode.OK, run.err
    else:
        assert_handled(run, ExitCode.INPUT, "v3.json")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe{}", b"[" * 100_000, b"[]",
                                     b'{"topics": 5}', bytes(range(256))])
def test_broken_topics_json(content: bytes, command: str, tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    (root / "topics.json").write_bytes(content)
    before = snapshot(tmp_path)
    run = cli(command, "accord", "--plans", str(root))
    assert_handled(run, ExitCode.INPUT, "topics.json")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "symlink-loop"])
def test_odd_topics_json(kind: str, command: str, tmp_path: Path) -> None:
    _tree(tmp_path)
    special_path(kind, tmp_path / "plans", "topics.json")
    before = snapshot(tmp_path)
    run = run_subprocess([command, "accord"], tmp_path)
    assert_handled(run, ExitCode.INPUT, "topics.json")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", ["missing", "file", "fifo", "dev-zero", "symlink-loop"])
def test_bad_plans_folder(kind: str, command: str, tmp_path: Path) -> None:
    if kind == "file":
        (tmp_path / "tree").write_bytes(VALID)
    else:
        special_path(kind, tmp_path, "tree")
    before = snapshot(tmp_path)
    run = run_subprocess([command, "accord", "--plans", "tree"], tmp_path)
    assert_handled(run, ExitCode.INPUT, "tree")
    assert snapshot(tmp_path) == before


BAD_DOCUMENTS = ["nodoc", "../../x", "..", "/etc", "", "accord@v1", "ACCORD", "a" * 10_000,
                 "accord/../accord", "\u0430ccord"]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("document", BAD_DOCUMENTS, ids=[d[:16] or "empty"
                                                         for d in BAD_DOCUMENTS])
def test_bad_document(document: str, command: str, tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    before = snapshot(tmp_path)
    run = cli(command, document, "--plans", str(root))
    assert_handled(run, ExitCode.INPUT, document[:12] or "document")
    assert snapshot(tmp_path) == before


BAD_POINTS = ["nope", "../../x", "accord@v1#../x", "accord@v9#one", "other@v1#one",
              "accord@v1#", "#one", "o" * 10_000, "one\n", "<script>"]


@pytest.mark.parametrize("point", BAD_POINTS, ids=[p[:16].encode("unicode_escape").decode()
                                                   for p in BAD_POINTS])
def test_bad_point(point: str, tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    before = snapshot(tmp_path)
    run = cli("history", "accord", "--point", point, "--plans", str(root))
    assert_handled(run, ExitCode.INPUT, point.strip()[:12])
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("kind", ["directory", "fifo", "char-device"])
def test_hostile_output_target(kind: str, tmp_path: Path) -> None:
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
    run = run_subprocess(["history", "accord", "--format", "json", "-o", "out.json"], tmp_path)
    assert_handled(run, ExitCode.INPUT, "out.json")
    assert snapshot(tmp_path) == before


def test_output_is_never_an_input(tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    target = root / "accord" / "v1.json"
    before = snapshot(tmp_path)
    run = cli("history", "accord", "--plans", str(root), "--format", "json", "-o", str(target))
    assert_handled(run, ExitCode.INPUT, "v1.json")
    assert snapshot(tmp_path) == before
