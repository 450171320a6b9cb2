"""Broken and adversarial plans trees, configuration files, output folders and leftover report
folders given to `plandiff build`: exit code 2 with a message naming the file, no traceback,
no hang, the plans tree untouched and the previous reports intact."""

from __future__ import annotations

import json
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
FAST_CONFIG = {"formats": ["json", "md"], "history": False}
"""Enough to exercise the build without laying out PDFs."""


def _tree(tmp_path: Path, config: dict[str, object] | None = None) -> Path:
    root = tmp_path / "plans"
    write_plan(root, make_plan())
    later = make_plan(version="v2", supersedes="v1", date="2025-12-01")
    later["points"][0]["text"] = "The parties shall not observe a ceasefire."
    write_plan(root, later)
    (root / "plandiff.json").write_text(json.dumps(config or FAST_CONFIG), encoding="utf-8")
    return root


def _build(cli: Cli, root: Path, out: Path) -> Run:
    return cli("build", "--plans", str(root), "--out", str(out), "--jobs", "1",
               "--no-progress")


@pytest.mark.parametrize("name", sorted(JSON_CASES))
def test_broken_plan_in_tree(name: str, tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    (root / "accord" / "v3.json").write_bytes(JSON_CASES[name]())
    out = tmp_path / "reports"
    before = snapshot(tmp_path)
    run = _build(cli, root, out)
    assert_handled(run, ExitCode.INPUT, "v3.json")
    after = snapshot(tmp_path)
    assert {k: v for k, v in after.items() if not k.startswith(str(out))} == before
    assert not (out / "manifest.json").exists()


@pytest.mark.parametrize("kind", [k for k in SPECIAL_KINDS if k not in ("directory", "missing")])
def test_odd_file_in_tree(kind: str, tmp_path: Path) -> None:
    root = _tree(tmp_path)
    special_path(kind, root / "accord", "v3.json")
    before = snapshot(root)
    run = run_subprocess(["build", "--jobs", "1", "--no-progress"], tmp_path)
    assert_handled(run, ExitCode.INPUT, "v3.json")
    assert snapshot(root) == before


CONFIGS: dict[str, bytes] = {
    "empty": b"",
    "truncated": b'{"formats": ["json"',
    "not-json": b"formats = json",
    "utf16": "\ufeff{}".encode("utf-16-le"),
    "nested": b"[" * 100_000 + b"]" * 100_000,
    "array": b"[]",
    "unknown-key": b'{"output": "/etc"}',
    "bad-format": b'{"formats": ["exe"]}',
    "pair-traversal": b'{"extra_pairs": [["../../x@v1", "accord@v2"]]}',
    "pair-missing": b'{"extra_pairs": [["accord@v1", "accord@v9"]]}',
    "pair-self": b'{"extra_pairs": [["accord@v1", "accord@v1"]]}',
    "pair-short": b'{"extra_pairs": [["accord@v1"]]}',
    "history-string": b'{"history": "yes"}',
    "nan": b'{"history": NaN}',
    "binary": bytes(range(256)),
    "huge": b'{"x-pad": "' + b"a" * (30 * 1024 * 1024) + b'"}',
}


@pytest.mark.parametrize("name", sorted(CONFIGS))
def test_broken_build_config(name: str, tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    (root / "plandiff.json").write_bytes(CONFIGS[name])
    out = tmp_path / "reports"
    before = snapshot(root)
    run = _build(cli, root, out)
    assert_handled(run, ExitCode.INPUT, "plandiff.json")
    assert snapshot(root) == before
    assert not (out / "manifest.json").exists()


@pytest.mark.parametrize("name", ["empty", "truncated", "utf16", "nested", "array", "binary"])
def test_broken_topics_json(name: str, tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    (root / "topics.json").write_bytes(CONFIGS[name])
    before = snapshot(root)
    run = _build(cli, root, tmp_path / "reports")
    assert_handled(run, ExitCode.INPUT, "topics.json")
    assert snapshot(root) == before


@pytest.mark.parametrize("config", ["plandiff.json", "topics.json"])
@pytest.mark.parametrize("kind", ["directory", "fifo", "dev-zero", "symlink-loop",
                                  "dangling-symlink"])
def test_odd_config_file(kind: str, config: str, tmp_path: Path) -> None:
    root = _tree(tmp_path)
    (root / config).unlink(missing_ok=True)
    special_path(kind, root, config)
    before = snapshot(root)
    run = run_subprocess(["build", "--jobs", "1", "--no-progress"], tmp_path)
    assert_handled(run, ExitCode.INPUT, config)
    assert snapshot(root) == before


@pytest.mark.parametrize("kind", ["missing", "file", "fifo", "dev-zero", "symlink-loop",
                                  "empty-folder"])
def test_bad_plans_folder(kind: str, tmp_path: Path) -> None:
    if kind == "file":
        (tmp_path / "tree").write_bytes(VALID)
    elif kind == "empty-folder":
        (tmp_path / "tree").mkdir()
    else:
        special_path(kind, tmp_path, "tree")
    before = snapshot(tmp_path)
    run = run_subprocess(["build", "--plans", "tree", "--out", "out", "--no-progress"],
                         tmp_path)
    assert_handled(run, ExitCode.INPUT, "tree")
    assert {k: v for k, v in snapshot(tmp_path).items() if "/out" not in k} == before


@pytest.mark.parametrize("kind", ["file", "fifo", "dev-null", "plans-itself", "inside-plans",
                                  "parent-of-plans", "symlink-to-plans", "symlink-loop"])
def test_bad_output_folder(kind: str, tmp_path: Path) -> None:
    """The output folder may never be, contain or sit inside the plans tree, or be a file."""
    root = _tree(tmp_path)
    out = {"plans-itself": "plans", "inside-plans": "plans/reports",
           "parent-of-plans": "."}.get(kind, "out")
    if kind == "file":
        (tmp_path / "out").write_bytes(b"precious")
    elif kind == "symlink-to-plans":
        (tmp_path / "out").symlink_to("plans")
    elif kind in ("fifo", "dev-null", "symlink-loop"):
        special_path(kind, tmp_path, "out")
    before = snapshot(tmp_path)
    run = run_subprocess(["build", "--out", out, "--no-progress"], tmp_path)
    assert_handled(run, ExitCode.INPUT, out if out != "." else "plans")
    assert snapshot(tmp_path) == before
    assert snapshot(root) == {k: v for k, v in before.items() if k.startswith(str(root))}


def _good_build(tmp_path: Path, cli: Cli) -> tuple[Path, Path, dict[str, str]]:
    root = _tree(tmp_path)
    out = tmp_path / "reports"
    run = _build(cli, root, out)
    assert run.code == ExitCode.OK, run.err
    return root, out, snapshot(out)


MANIFESTS: dict[str, bytes] = {
    "garbage": bytes(range(256)),
    "truncated": b'{"format": 1, "outputs": {',
    "nested": b"[" * 100_000 + b"]" * 100_000,
    "remove-traversal": json.dumps({"format": 1, "outputs": {
        "../plans/accord/v1.json": {"job": "x", "key": "k", "sha256": "s", "inputs": {}},
        "../../escape.txt": {"job": "x", "key": "k", "sha256": "s", "inputs": {}}}}).encode(),
    "remove-absolute": json.dumps({"format": 1, "outputs": {
        "PLANS/accord/v1.json": {"job": "x", "key": "k", "sha256": "s", "inputs": {}}}}).encode(),
    "wrong-types": b'{"format": 1, "outputs": {"index.html": 5, "a.md": [1]}}',
}


@pytest.mark.parametrize("name", sorted(MANIFESTS))
def test_hostile_manifest(name: str, tmp_path: Path, cli: Cli) -> None:
    """A manifest edited by hand (or by an attacker) never makes build touch anything outside
    the output folder; the build redoes what it cannot trust."""
    root, out, _ = _good_build(tmp_path, cli)
    (tmp_path / "escape.txt").write_bytes(b"keep me")
    data = MANIFESTS[name].replace(b"PLANS", str(root).encode())
    (out / "manifest.json").write_bytes(data)
    before = snapshot(root)
    run = _build(cli, root, out)
    assert "Traceback" not in run.err
    assert run.code == ExitCode.OK, run.err
    assert snapshot(root) == before
    assert (tmp_path / "escape.txt").read_bytes() == b"keep me"
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["outputs"]


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "symlink-loop", "directory"])
def test_odd_manifest(kind: str, tmp_path: Path, cli: Cli) -> None:
    """manifest.json replaced by a pipe, a device or a link loop: no hang (a pipe blocks
    whoever opens it to read), a clear outcome."""
    root, out, _ = _good_build(tmp_path, cli)
    (out / "manifest.json").unlink()
    special_path(kind, out, "manifest.json")
    before = snapshot(root)
    run = run_subprocess(["build", "--jobs", "1", "--no-progress"], tmp_path, timeout=30)
    assert "Traceback" not in run.err
    assert run.code in (ExitCode.OK, ExitCode.INPUT), run.err
    if run.code == ExitCode.INPUT:
        assert_handled(run, ExitCode.INPUT, "manifest.json")
    assert snapshot(root) == before


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "symlink-to-plan", "directory"])
def test_odd_previous_output(kind: str, tmp_path: Path, cli: Cli) -> None:
    """A report file replaced by a pipe, a device, a link into the plans tree or a folder:
    no hang, the plans tree untouched."""
    root, out, _ = _good_build(tmp_path, cli)
    report = next(out.rglob("*.md"))
    report.unlink()
    if kind == "symlink-to-plan":
        report.symlink_to(root / "accord" / "v1.json")
    else:
        special_path(kind, report.parent, report.name)
    before = snapshot(root)
    run = run_subprocess(["build", "--jobs", "1", "--no-progress"], tmp_path, timeout=30)
    assert "Traceback" not in run.err
    assert run.code in (ExitCode.OK, ExitCode.INPUT), run.err
    if run.code == ExitCode.INPUT:
        assert_handled(run, ExitCode.INPUT, report.name)
    assert snapshot(root) == before


@pytest.mark.parametrize("value", ["abc", "1e3", "9" * 30])
def test_bad_source_date_epoch(value: str, tmp_path: Path, cli: Cli,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    """A malformed SOURCE_DATE_EPOCH is an input error (2) found before any rendering, not a
    rendering failure (3) of every job."""
    root = _tree(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    run = _build(cli, root, tmp_path / "reports")
    assert_handled(run, ExitCode.INPUT, "SOURCE_DATE_EPOCH")
    assert not (tmp_path / "reports" / "manifest.json").exists()
