"""Broken and adversarial inputs given to `plandiff add`: a broken plan JSON or text draft, odd
files where the draft should be, ids and options that try to climb out of the plans tree, a
broken plans tree. Each failure exits 2 with a message naming the file, and leaves both the
input and the whole plans tree exactly as they were."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from plandiff.errors import ExitCode
from plandiff.workflows.validate import validate_paths
from tests.helpers import Run, make_plan, write_plan
from tests.hostile.common import (
    JSON_CASES,
    SPECIAL_KINDS,
    TEXT_CASES,
    VALID,
    assert_handled,
    run_subprocess,
    snapshot,
    special_path,
)

Cli = Callable[..., Run]
TEXT_ARGS = ("--document", "accord", "--version", "v2", "--date", "2025-12-01")


def _tree(tmp_path: Path) -> Path:
    root = tmp_path / "plans"
    write_plan(root, make_plan())
    return root


@pytest.mark.parametrize("name", sorted(JSON_CASES))
def test_broken_plan_json(name: str, tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    source = tmp_path / f"{name}.json"
    source.write_bytes(JSON_CASES[name]())
    before = snapshot(tmp_path)
    run = cli("add", str(source), "--plans", str(root))
    assert_handled(run, ExitCode.INPUT, source.name)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("name", sorted(TEXT_CASES))
def test_broken_text_draft(name: str, tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    source = tmp_path / f"{name}.txt"
    source.write_bytes(TEXT_CASES[name]())
    before = snapshot(tmp_path)
    run = cli("add", str(source), "--plans", str(root), *TEXT_ARGS)
    assert_handled(run, ExitCode.INPUT, source.name)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("suffix", [".json", ".txt"])
@pytest.mark.parametrize("kind", SPECIAL_KINDS)
def test_not_a_regular_file(kind: str, suffix: str, tmp_path: Path) -> None:
    _tree(tmp_path)
    special_path(kind, tmp_path, "draft" + suffix)
    before = snapshot(tmp_path)
    extra = list(TEXT_ARGS) if suffix == ".txt" else []
    run = run_subprocess(["add", "draft" + suffix, *extra], tmp_path)
    assert_handled(run, ExitCode.INPUT, "draft" + suffix)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("kind", ["file", "fifo", "dev-zero", "dev-null", "symlink-loop"])
def test_bad_plans_folder(kind: str, tmp_path: Path) -> None:
    (tmp_path / "new.json").write_bytes(VALID)
    if kind == "file":
        (tmp_path / "tree").write_bytes(VALID)
    else:
        special_path(kind, tmp_path, "tree")
    before = snapshot(tmp_path)
    run = run_subprocess(["add", "new.json", "--plans", "tree"], tmp_path)
    assert_handled(run, ExitCode.INPUT, "tree")
    assert snapshot(tmp_path) == before


TRAVERSAL_OPTIONS = [
    ("--document", "../../x"), ("--document", "..") , ("--document", "/tmp/x"),
    ("--document", "a/b"), ("--version", "../../x"), ("--version", "../v1"),
    ("--version", "/tmp/x"), ("--version", "v1/../../x"), ("--version", ".."),
    ("--version", "x" * 10_000), ("--supersedes", "../../x"), ("--supersedes", "v9"),
    ("--supersedes", "v2"), ("--date", "2025-13-01"), ("--language", "../x"),
    ("--source-url", "javascript:alert(1)"), ("--source-url", "file:///etc/passwd"),
    ("--title", "x" * 2000),
]


@pytest.mark.parametrize("source", ["json", "text"])
@pytest.mark.parametrize("option,value", TRAVERSAL_OPTIONS,
                         ids=[f"{o}={v[:12]}" for o, v in TRAVERSAL_OPTIONS])
def test_bad_option(option: str, value: str, source: str, tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    if source == "json":
        draft = tmp_path / "new.json"
        draft.write_text(json.dumps(make_plan(version="v2", date="2025-12-01")),
                         encoding="utf-8")
        args: dict[str, str] = {}
    else:
        draft = tmp_path / "new.txt"
        draft.write_bytes(b"1. The parties shall observe a ceasefire.\n2. Elections.\n")
        args = dict(zip(TEXT_ARGS[::2], TEXT_ARGS[1::2], strict=True))
    args[option] = value
    argv = [item for pair in args.items() for item in pair]
    before = snapshot(tmp_path)
    run = cli("add", str(draft), "--plans", str(root), *argv)
    field = "$." + option.lstrip("-").replace("-", "_")  # the plan field the option sets
    named = next((n for n in (value[:12], option, field) if n in run.err), option)
    assert_handled(run, ExitCode.INPUT, named)
    assert snapshot(tmp_path) == before
    assert not (tmp_path.parent / "x").exists(), "wrote outside the plans tree"


def test_existing_version_is_never_overwritten(tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    draft = tmp_path / "v1.json"
    draft.write_text(json.dumps(make_plan(title="replacement")), encoding="utf-8")
    before = snapshot(tmp_path)
    run = cli("add", str(draft), "--plans", str(root))
    assert_handled(run, ExitCode.INPUT, "v1.json")
    assert snapshot(tmp_path) == before


def test_adding_a_file_from_inside_the_tree_onto_itself(tmp_path: Path, cli: Cli) -> None:
    root = _tree(tmp_path)
    before = snapshot(tmp_path)
    run = cli("add", str(root / "accord" / "v1.json"), "--plans", str(root), "--force")
    assert "Traceback" not in run.err
    if run.code == ExitCode.OK:  # replaced by itself: a backup, and the same plan
        assert validate_paths([root]).ok
        assert json.loads((root / "accord" / "v1.json").read_text(encoding="utf-8"))[
            "document"] == "accord"
    else:
        assert_handled(run, ExitCode.INPUT, "v1.json")
        assert snapshot(tmp_path) == before


@pytest.mark.parametrize("broken", ["topics.json", "plandiff.json"])
@pytest.mark.parametrize("content", [b"", b"{", b"\xff\xfe{}", b"[" * 100_000, b'{"topics": 5}'])
def test_broken_tree_config(broken: str, content: bytes, tmp_path: Path, cli: Cli) -> None:
    """A broken plans/topics.json stops add (the new file's topics cannot be checked);
    add does not read plandiff.json. Either way the tree is untouched on failure."""
    root = _tree(tmp_path)
    (root / broken).write_bytes(content)
    draft = tmp_path / "new.json"
    draft.write_text(json.dumps(make_plan(version="v2", date="2025-12-01")), encoding="utf-8")
    before = snapshot(tmp_path)
    run = cli("add", str(draft), "--plans", str(root))
    if broken == "topics.json":
        assert_handled(run, ExitCode.INPUT, "topics.json")
        assert snapshot(tmp_path) == before
    else:
        assert run.code == ExitCode.OK, run.err
        assert (root / "accord" / "v2.json").is_file()


@pytest.mark.parametrize("name", ["truncated", "not-utf8", "nested-100000", "points-60000",
                                  "binary", "document-traversal"])
def test_broken_version_already_in_tree(name: str, tmp_path: Path, cli: Cli) -> None:
    """Another, broken file of the same document: add either refuses (exit 2, naming it)
    or adds a valid version and touches nothing else."""
    root = _tree(tmp_path)
    (root / "accord" / "v0.json").write_bytes(JSON_CASES[name]())
    draft = tmp_path / "new.json"
    draft.write_text(json.dumps(make_plan(version="v2", date="2025-12-01")), encoding="utf-8")
    before = snapshot(tmp_path)
    run = cli("add", str(draft), "--plans", str(root))
    assert "Traceback" not in run.err + run.out
    if run.code == ExitCode.OK:
        after = snapshot(tmp_path)
        added = str(root / "accord" / "v2.json")
        assert {k: v for k, v in after.items() if k != added} == before
    else:
        assert_handled(run, ExitCode.INPUT, "v0.json")
        assert snapshot(tmp_path) == before
