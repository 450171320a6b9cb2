"""The notes naming a file the commands wrote ("wrote FILE", build's summary and "done:"
lines) show a hostile name on one line and harmless: a line break cannot forge a second
line and a terminal escape sequence reaches no terminal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.test_cli_diff import pair
from tests.helpers import Run, make_plan, write_plan

CliRun = Callable[..., Run]

HOSTILE = "re\nport\r\x1b[2J\x1b]0;owned\x07\tend\u2028x"
"""A line feed, a carriage return, a clear-screen and a set-title sequence, a tab and a Unicode
line separator: every one a legal character of a file name on Linux."""


def _harmless(text: str) -> None:
    assert "\x1b" not in text and "\x07" not in text and "\r" not in text
    assert "\u2028" not in text and "\t" not in text


def _wrote_lines(err: str) -> list[str]:
    return [line for line in err.splitlines() if line.startswith("wrote ")]


@pytest.mark.parametrize(("command", "suffix"), [
    (("history", "accord", "--format", "json"), ".json"),
    (("synopsis", "accord@v1", "accord@v2", "--format", "pdf"), ".pdf"),
    (("export", "accord@v2"), ".xml")])
def test_a_hostile_output_is_named_on_one_line(cli: CliRun, tmp_path: Path,
                                              command: tuple[str, ...], suffix: str) -> None:
    pair(tmp_path)
    target = tmp_path / (HOSTILE + suffix)
    run = cli(*command, "--plans", str(tmp_path / "plans"), "-o", str(target))
    assert run.code == 0, run.err
    assert target.is_file()  # the file keeps its real name; only the note is cleaned
    _harmless(run.err)
    assert len(run.err.splitlines()) == 1
    [line] = _wrote_lines(run.err)
    assert line.startswith("wrote ") and "port [2J ]0;owned end x" in line


def test_import_names_a_hostile_output_on_one_line(cli: CliRun, tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Draft accord\n\n1. The parties shall observe a ceasefire.\n"
                     "2. Elections are held within 100 days.\n", encoding="utf-8")
    target = tmp_path / (HOSTILE + ".json")
    run = cli("import", str(draft), "--document", "accord", "--version", "v1", "--date",
              "2025-11-20", "-o", str(target))
    assert run.code == 0, run.err
    assert target.is_file()
    _harmless(run.err)
    [line] = _wrote_lines(run.err)
    assert "port [2J ]0;owned end x.json: 2 points" in line


def test_build_names_a_hostile_output_folder_on_one_line(cli: CliRun, tmp_path: Path) -> None:
    plans = tmp_path / "plans"
    write_plan(plans, make_plan(version="v1"))
    write_plan(plans, make_plan(version="v2", supersedes="v1", date="2025-12-01"))
    (plans / "plandiff.json").write_text('{"formats": ["json", "md"]}', encoding="utf-8")
    out = tmp_path / HOSTILE
    run = cli("build", "--plans", str(plans), "--out", str(out), "--jobs", "1",
              "--no-progress")
    assert run.code == 0, run.err
    _harmless(run.out + run.err)
    assert (out / "index.html").is_file()
    summary = [line for line in run.out.splitlines() if "job(s) rebuilt" in line]
    assert len(summary) == 1 and "port [2J ]0;owned end x (" in summary[0]
    done = [line for line in run.err.splitlines() if line.startswith("  done: ")]
    assert done and all("\n" not in line for line in done)
