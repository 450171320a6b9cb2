"""Broken and adversarial plan files given to `plandiff validate`: each gets a documented exit
code, one line per problem naming the file, no traceback, and the file is left untouched."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from plandiff.errors import ExitCode
from tests.helpers import Run, assert_no_traceback, make_plan, write_plan
from tests.hostile.common import (
    JSON_CASES,
    SPECIAL_KINDS,
    assert_handled,
    run_subprocess,
    snapshot,
    special_path,
)

Cli = Callable[..., Run]
VALID = json.dumps(make_plan(), ensure_ascii=False, indent=2).encode()

CASES: dict[str, bytes] = {
    "empty": b"",
    "whitespace-only": b"   \n\t\n",
    "truncated": VALID[: len(VALID) // 2],
    "not-utf8": VALID.replace(b"ceasefire.", b"ceasefire \xff\xfe."),
    "latin1": "{\"title\": \"caf\xe9\"}".encode("latin-1"),
    "utf16-bom": b"\xff\xfe" + "{}".encode("utf-16-le"),
    "utf16-no-bom": json.dumps(make_plan()).encode("utf-16-le"),
    "utf32": b"\xff\xfe\x00\x00" + "{}".encode("utf-32-le"),
    "nan": VALID.replace(b'"text": "Observers attend."', b'"text": NaN'),
    "infinity": b'{"document": Infinity}',
    "huge-number": b'{"document": 1e999999}',
    "long-int": b'{"document": ' + b"9" * 5000 + b"}",
    "lone-surrogate": VALID.replace(b"Observers", b"\\ud800Observers"),
    "control-char-raw": VALID.replace(b"Observers", b"Obs\x07ervers"),
    "control-char-escaped": VALID.replace(b"Observers", b"Obs\\u0007ervers"),
    "nested-100000": b"[" * 100_000 + b"]" * 100_000,
    "nested-objects": b'{"a":' * 5000 + b"1" + b"}" * 5000,
    "duplicate-keys": b'{"document": "a", "document": "b"}',
    "binary": bytes(range(256)) * 10,
    "json-array": b"[1, 2, 3]",
    "json-string": b'"just a string"',
    "json-null": b"null",
    "trailing-garbage": VALID + b"\n}}}",
    "id-10000-chars": VALID.replace(b'"id": "one"', b'"id": "' + b"x" * 10000 + b'"'),
    "id-path-traversal": VALID.replace(b'"id": "one"', b'"id": "../../x"'),
    "html-in-text": VALID.replace(b"Observers attend.", b"<script>alert(1)</script>"),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_file(name: str, tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / f"{name}.json"
    path.write_bytes(CASES[name])
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    run = cli("validate", str(path))
    assert_no_traceback(run)
    if name == "html-in-text":
        assert run.code == ExitCode.OK  # hostile text is still valid text; reports escape it
    else:
        assert run.code == ExitCode.FINDINGS, run.out + run.err
        lines = run.out.strip().splitlines()
        assert lines, "at least one problem line"
        assert all(line.startswith(str(path)) or line.startswith(path.name)
                   or str(path) in line for line in lines)
        assert all(len(line) < 1000 for line in lines)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_bom_utf8_is_accepted(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "plans" / "accord" / "v1.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\xef\xbb\xbf" + VALID)
    assert cli("validate", str(path)).code == ExitCode.OK


def test_oversized_file_is_refused_before_parsing(tmp_path: Path, cli: Cli,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANDIFF_MAX_FILE_BYTES", "1000")
    path = tmp_path / "big.json"
    path.write_bytes(VALID + b" " * 2000)
    run = cli("validate", str(path))
    assert run.code == ExitCode.FINDINGS
    assert "over the limit of 1000" in run.out and "PLANDIFF_MAX_FILE_BYTES" in run.out


def test_30mb_field_is_refused(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "field.json"
    path.write_bytes(b'{"document": "' + b"a" * (30 * 1024 * 1024) + b'"}')
    run = cli("validate", str(path))
    assert run.code == ExitCode.FINDINGS
    assert "over the limit" in run.out
    assert_no_traceback(run)


def test_too_many_points(tmp_path: Path, cli: Cli) -> None:
    plan = make_plan(points=[{"id": f"p{i}", "number": str(i), "text": "t"}
                             for i in range(60_000)])
    path = tmp_path / "many.json"
    path.write_text(json.dumps(plan), encoding="utf-8")
    run = cli("validate", str(path))
    assert run.code == ExitCode.FINDINGS
    assert "60000 points, over the limit of 50000" in run.out


def test_directory_named_json_inside_tree(tmp_path: Path, cli: Cli) -> None:
    (tmp_path / "plans" / "doc" / "v1.json").mkdir(parents=True)
    run = cli("validate", str(tmp_path / "plans"))
    assert_no_traceback(run)
    assert run.code == ExitCode.INPUT
    assert "no plan files" in run.err


def test_symlink_loop(tmp_path: Path, cli: Cli) -> None:
    loop = tmp_path / "loop.json"
    os.symlink(loop, loop)
    run = cli("validate", str(loop))
    assert_no_traceback(run)
    assert run.code == ExitCode.FINDINGS
    assert "loop.json" in run.out


def test_directory_symlink_loop_in_tree(tmp_path: Path, cli: Cli) -> None:
    root = tmp_path / "plans"
    (root / "doc").mkdir(parents=True)
    os.symlink(root, root / "doc" / "again")
    (root / "doc" / "v1.json").write_bytes(VALID.replace(b'"accord"', b'"doc"', 1))
    run = cli("validate", str(root))
    assert_no_traceback(run)
    assert run.code == ExitCode.OK, run.out


def test_device_is_refused(cli: Cli) -> None:
    run = cli("validate", "/dev/zero")
    assert_no_traceback(run)
    assert run.code == ExitCode.FINDINGS
    assert "/dev/zero" in run.out and "not a regular file" in run.out


def test_unreadable_file(tmp_path: Path, cli: Cli) -> None:
    path = tmp_path / "secret.json"
    path.write_bytes(VALID)
    path.chmod(0)
    try:
        run = cli("validate", str(path))
    finally:
        path.chmod(0o644)
    assert_no_traceback(run)
    if os.geteuid() == 0:  # root reads anything: the file is simply valid
        assert run.code == ExitCode.OK
    else:
        assert run.code == ExitCode.FINDINGS


# ---------------------------------------------------------------------------------------
# The shared hostile inputs (tests/hostile/common.py), in a tree and as odd files.


@pytest.mark.parametrize("name", sorted(JSON_CASES))
def test_broken_file_in_tree(name: str, tmp_path: Path, cli: Cli) -> None:
    root = tmp_path / "plans"
    write_plan(root, make_plan())
    (root / "accord" / "v2.json").write_bytes(JSON_CASES[name]())
    before = snapshot(tmp_path)
    run = cli("validate", str(root))
    assert_handled(run, ExitCode.FINDINGS, "v2.json", stream="out")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("kind", SPECIAL_KINDS)
def test_not_a_regular_file(kind: str, tmp_path: Path) -> None:
    """Given on the command line: pipes and devices are refused unopened (exit 1, as any
    unreadable plan file); a missing path or an empty folder is a usage error (exit 2)."""
    special_path(kind, tmp_path, "x.json")
    before = snapshot(tmp_path)
    run = run_subprocess(["validate", "x.json"], tmp_path)
    if kind in ("missing", "directory"):
        assert_handled(run, ExitCode.INPUT, "x.json")
    else:
        assert_handled(run, ExitCode.FINDINGS, "x.json", stream="out")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("kind", [k for k in SPECIAL_KINDS if k not in ("directory", "missing")])
def test_not_a_regular_file_in_tree(kind: str, tmp_path: Path) -> None:
    write_plan(tmp_path / "plans", make_plan())
    special_path(kind, tmp_path / "plans" / "accord", "v2.json")
    before = snapshot(tmp_path)
    run = run_subprocess(["validate"], tmp_path)
    assert_handled(run, ExitCode.FINDINGS, "v2.json", stream="out")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe{}", b"[" * 100_000, b"[]",
                                     b'{"topics": 5}', b'{"topics": [{"id": "../x"}]}',
                                     bytes(range(256))])
def test_broken_topics_json(content: bytes, tmp_path: Path, cli: Cli) -> None:
    root = tmp_path / "plans"
    write_plan(root, make_plan())
    (root / "topics.json").write_bytes(content)
    run = cli("validate", str(root))
    assert_handled(run, ExitCode.FINDINGS, "topics.json", stream="out")


@pytest.mark.parametrize("kind", ["directory", "fifo", "dev-zero", "symlink-loop",
                                  "dangling-symlink"])
def test_odd_topics_json(kind: str, tmp_path: Path) -> None:
    write_plan(tmp_path / "plans", make_plan())
    special_path(kind, tmp_path / "plans", "topics.json")
    before = snapshot(tmp_path)
    run = run_subprocess(["validate"], tmp_path)
    assert_handled(run, ExitCode.FINDINGS, "topics.json", stream="out")
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("arg", ["x" * 10_000, "x/" * 3_000, "../../x.json", "/dev/zero/x",
                                 "plans/\u202eevil.json", "-", "--", "nul\u0001.json"],
                         ids=["long-name", "long-path", "traversal", "under-device", "rtl",
                              "dash", "double-dash", "control"])
def test_odd_path_argument(arg: str, tmp_path: Path) -> None:
    run = run_subprocess(["validate", arg], tmp_path)
    assert "Traceback" not in run.err + run.out and "internal error" not in run.err
    assert run.code in (ExitCode.FINDINGS, ExitCode.INPUT), run.err
    lines = (run.out + run.err).splitlines()
    assert lines and all(len(line) < 1000 for line in lines)
