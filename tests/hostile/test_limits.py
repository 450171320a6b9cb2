"""Size limits (src/plandiff/limits.py): every command that reads input enforces each limit
before expensive work, fails fast with a message naming the file, the limit and the variable
that raises it, and the variables really raise (or lower) the limits."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from plandiff.errors import ExitCode
from plandiff.limits import DEFAULT_LIMITS, MAX_VALUE, Limits
from tests.helpers import Run, make_plan, write_plan
from tests.hostile.common import assert_handled, run_subprocess, snapshot

Cli = Callable[..., Run]
FAST = 10.0
"""CPU seconds within which a refusal must come (they take well under one on a laptop).
CPU time of this process, not the wall clock: other load on a shared machine does not
count against it."""


def test_defaults() -> None:
    limits = Limits.from_env({})
    assert limits == DEFAULT_LIMITS
    assert limits.max_file_bytes == 24 * 1024 * 1024
    assert (limits.max_points, limits.max_depth) == (50_000, 64)
    assert (limits.max_text_chars, limits.max_files) == (200_000, 10_000)


@pytest.mark.parametrize("raw", ["", "abc", "-5", "0", "1e3", "9" * 400, " 12 "])
def test_bad_values_keep_the_default(raw: str) -> None:
    limits = Limits.from_env({"PLANDIFF_MAX_POINTS": raw})
    if raw.strip().isdigit() and int(raw) > 0:
        assert limits.max_points == min(int(raw), MAX_VALUE)
    else:
        assert limits.max_points == 50_000


def test_huge_setting_does_not_overflow(tmp_path: Path, cli: Cli,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in LIMITS:
        monkeypatch.setenv(variable, "9" * 400)
    path = write_plan(tmp_path / "plans", make_plan())
    assert cli("validate", str(path)).code == ExitCode.OK


def test_every_limit_has_a_variable() -> None:
    env = {"PLANDIFF_MAX_FILE_BYTES": "1", "PLANDIFF_MAX_POINTS": "2", "PLANDIFF_MAX_DEPTH": "3",
           "PLANDIFF_MAX_TEXT_CHARS": "4", "PLANDIFF_MAX_FILES": "5"}
    assert Limits.from_env(env) == Limits(1, 2, 3, 4, 5)


# --------------------------------------------------------------------------- fixtures


def _tree(tmp_path: Path, points: int = 2, text: str = "Observers attend.") -> Path:
    root = tmp_path / "plans"
    write_plan(root, make_plan())
    many = [{"id": f"p{i}", "number": str(i), "text": text} for i in range(points)]
    write_plan(root, make_plan(version="v2", supersedes="v1", date="2025-12-01", points=many))
    (root / "plandiff.json").write_text('{"formats": ["json"], "history": false}',
                                        encoding="utf-8")
    return root


def _argv(command: str, root: Path, tmp_path: Path) -> list[str]:
    file = str(root / "accord" / "v2.json")
    return {
        "validate": ["validate", file],
        "diff": ["diff", str(root / "accord" / "v1.json"), file],
        "diff-ref": ["diff", "accord@v1", "accord@v2", "--plans", str(root)],
        "add": ["add", file, "--plans", str(tmp_path / "other"), "--document", "accord",
                "--version", "v9"],
        "history": ["history", "accord", "--plans", str(root)],
        "log": ["log", "accord", "--plans", str(root)],
        "build": ["build", "--plans", str(root), "--out", str(tmp_path / "out"),
                  "--no-progress"],
    }[command]


COMMANDS = ("validate", "diff", "diff-ref", "add", "history", "log", "build")
LIMITS = {
    "PLANDIFF_MAX_FILE_BYTES": ("300", "bytes"),
    "PLANDIFF_MAX_POINTS": ("2", "points"),
    "PLANDIFF_MAX_DEPTH": ("2", "nested deeper"),
    "PLANDIFF_MAX_TEXT_CHARS": ("10", "characters"),
}


@pytest.mark.parametrize("variable", sorted(LIMITS))
@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_enforces_each_limit(command: str, variable: str, tmp_path: Path,
                                          cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _tree(tmp_path, points=3, text="A text of more than ten characters.")
    before = snapshot(root)
    value, words = LIMITS[variable]
    monkeypatch.setenv(variable, value)
    started = time.process_time()
    run = cli(*_argv(command, root, tmp_path))
    elapsed = time.process_time() - started
    expected = ExitCode.FINDINGS if command == "validate" else ExitCode.INPUT
    stream = "out" if command == "validate" else "err"
    assert_handled(run, expected, ".json", stream=stream)
    message = run.out + run.err
    assert words in message and variable in message, message
    assert elapsed < FAST
    assert snapshot(root) == before


def test_files_limit(tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    root = _tree(tmp_path)
    write_plan(root, make_plan(version="v3", supersedes="v2", date="2025-12-02"))
    monkeypatch.setenv("PLANDIFF_MAX_FILES", "2")
    for argv in (["validate", str(root)], ["build", "--plans", str(root), "--out",
                                           str(tmp_path / "out"), "--no-progress"],
                 ["history", "accord", "--plans", str(root)]):
        run = cli(*argv)
        assert run.code in (ExitCode.FINDINGS, ExitCode.INPUT), run.err
        assert "PLANDIFF_MAX_FILES" in run.out + run.err


def test_raising_a_limit_lets_a_bigger_plan_through(tmp_path: Path, cli: Cli,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    root = _tree(tmp_path, points=30)
    file = str(root / "accord" / "v2.json")
    monkeypatch.setenv("PLANDIFF_MAX_POINTS", "20")
    assert cli("validate", file).code == ExitCode.FINDINGS
    monkeypatch.setenv("PLANDIFF_MAX_POINTS", "40")
    assert cli("validate", file).code == ExitCode.OK


# --------------------------------------------------------------------------- big inputs


def test_diff_of_two_60000_point_plans_fails_fast(tmp_path: Path, cli: Cli) -> None:
    points = [{"id": f"p{i}", "number": str(i), "text": f"Clause {i} of the accord."}
              for i in range(60_000)]
    old = tmp_path / "old.json"
    new = tmp_path / "new.json"
    old.write_text(json.dumps(make_plan(points=points)), encoding="utf-8")
    new.write_text(json.dumps(make_plan(version="v2", points=points[::-1])), encoding="utf-8")
    started = time.process_time()
    run = cli("diff", str(old), str(new))
    assert time.process_time() - started < FAST
    assert_handled(run, ExitCode.INPUT, "old.json")
    assert "PLANDIFF_MAX_POINTS" in run.err


def test_import_of_a_26mb_text_fails_fast(tmp_path: Path, cli: Cli) -> None:
    draft = tmp_path / "big.txt"
    draft.write_bytes(b"".join(b"%d. Point %d of a long draft, padded out with words.\n" % (i, i)
                               for i in range(1, 480_000)))
    assert draft.stat().st_size > 25 * 1024 * 1024
    started = time.process_time()
    run = cli("import", str(draft), "--document", "a", "--version", "2025-01-01")
    assert time.process_time() - started < FAST
    assert_handled(run, ExitCode.INPUT, "big.txt")
    assert "PLANDIFF_MAX_FILE_BYTES" in run.err


def _numbered_draft(path: Path, lines: int) -> Path:
    path.write_bytes(b"".join(b"%d. Point %d of a long draft, padded out with words.\n" % (i, i)
                              for i in range(1, lines + 1)))
    return path


def test_import_at_the_size_limit_fails_on_points_in_linear_time(
        tmp_path: Path, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the byte limit raised, a 20 MB draft stops at the points limit (naming the line of
    the first point over it), and its cost grows
    with its size, not faster: ten times the lines, points and limit cost at most 30 times
    the CPU (a quadratic pass costs 100 times). A ratio, so that a slower or busier machine
    does not fail it; what it costs in seconds is in benchmarks/bench_intake.py."""
    monkeypatch.setenv("PLANDIFF_MAX_FILE_BYTES", str(64 * 1024 * 1024))
    small = _numbered_draft(tmp_path / "small.txt", 38_000)
    big = _numbered_draft(tmp_path / "big.txt", 380_000)
    assert big.stat().st_size > 20 * 1024 * 1024

    def cost(path: Path, points: int) -> float:
        monkeypatch.setenv("PLANDIFF_MAX_POINTS", str(points))
        started = time.process_time()
        run = cli("import", str(path), "--document", "a", "--version", "2025-01-01")
        spent = time.process_time() - started
        assert_handled(run, ExitCode.INPUT, path.name)
        assert "PLANDIFF_MAX_POINTS" in run.err and f"line {points + 1}:" in run.err, run.err
        return spent

    cost(small, 5_000)  # the first run pays for imports
    small_cost = min(cost(small, 5_000) for _ in range(2))
    assert cost(big, 50_000) < 30 * small_cost


@pytest.mark.parametrize("draft", [b"1. Same number.\n" * 9_999,
                                   b"1. Top.\n" + b"(a) Same letter.\n" * 9_998],
                         ids=["top-level", "sub-points"])
def test_import_of_many_equal_numbers_is_fast(draft: bytes, tmp_path: Path, cli: Cli) -> None:
    """Under every limit (100 KB, 9,999 points), yet each point needs a unique id: making
    them must not take quadratic time."""
    path = tmp_path / "same.txt"
    path.write_bytes(draft)
    run = run_subprocess(["import", path.name, "--document", "a", "--version", "2025-01-01",
                          "-o", "out.json"], tmp_path, timeout=1.5 * FAST)
    assert run.code == ExitCode.OK, run.err


def test_text_over_the_limit_in_import(tmp_path: Path, cli: Cli,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PLANDIFF_MAX_TEXT_CHARS", "100")
    path = tmp_path / "long.txt"
    path.write_bytes(b"1. " + b"word " * 100 + b"\n")
    run = cli("import", str(path), "--document", "a", "--version", "2025-01-01")
    assert_handled(run, ExitCode.INPUT, "long.txt")
    assert "PLANDIFF_MAX_TEXT_CHARS" in run.err


@pytest.mark.parametrize("command", ["validate", "diff", "add"])
def test_30mb_field_stops_at_the_text_limit(command: str, tmp_path: Path, cli: Cli,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """With the byte limit raised past it, a 30 MB text field still stops at the text limit
    before any schema check or comparison."""
    monkeypatch.setenv("PLANDIFF_MAX_FILE_BYTES", str(64 * 1024 * 1024))
    plan = make_plan(version="v2")
    plan["points"][0]["text"] = "word " * (6 * 1024 * 1024)
    big = tmp_path / "big.json"
    big.write_text(json.dumps(plan), encoding="utf-8")
    small = write_plan(tmp_path / "plans", make_plan())
    argv = {"validate": ["validate", str(big)], "diff": ["diff", str(small), str(big)],
            "add": ["add", str(big), "--plans", str(tmp_path / "plans")]}[command]
    before = snapshot(tmp_path)
    started = time.process_time()
    run = cli(*argv)
    assert time.process_time() - started < FAST
    expected = ExitCode.FINDINGS if command == "validate" else ExitCode.INPUT
    assert_handled(run, expected, "big.json", stream="out" if command == "validate" else "err")
    assert "PLANDIFF_MAX_TEXT_CHARS" in run.out + run.err
    assert snapshot(tmp_path) == before
