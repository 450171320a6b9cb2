"""``-o FILE`` without ``--format``: the format the file's suffix names is written (``-o
report.pdf`` writes a PDF report). Before, the default text redline went into a file named
report.pdf, which no PDF reader opens, and nothing said so."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers import PLANS, Run, assert_no_traceback

CliRun = Callable[..., Run]
OLD = str(PLANS / "peace-framework" / "2025-12-11-us-20-point-reported.json")
NEW = str(PLANS / "peace-framework" / "2025-12-24-20-point.json")


def _kind(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith(b"%PDF-"):
        return "pdf"
    if data.startswith(b"PK"):
        with zipfile.ZipFile(path) as package:
            return "docx" if "word/document.xml" in package.namelist() else "zip"
    text = data.decode("utf-8")
    if text.lstrip().startswith("<!DOCTYPE html"):
        return "html"
    try:
        json.loads(text)
        return "json"
    except ValueError:
        pass
    return "markdown" if text.startswith("# ") else "text"


@pytest.mark.parametrize(("name", "kind"), [
    ("report.pdf", "pdf"), ("REPORT.PDF", "pdf"), ("report.html", "html"), ("report.htm", "html"),
    ("redline.docx", "docx"), ("diff.json", "json"), ("diff.md", "markdown"),
    ("diff.markdown", "markdown"), ("diff.txt", "text"), ("diff.out", "text"),
])
def test_diff_writes_the_format_its_output_suffix_names(cli: CliRun, tmp_path: Path, name: str,
                                                        kind: str) -> None:
    target = tmp_path / name
    run = cli("diff", OLD, NEW, "-o", str(target))
    assert run.code == 0, run.err
    assert _kind(target) == kind
    assert run.err == ""


def test_a_format_given_wins_over_the_suffix_and_the_mismatch_is_noted(
        cli: CliRun, tmp_path: Path) -> None:
    target = tmp_path / "diff.pdf"
    run = cli("diff", OLD, NEW, "--format", "json", "-o", str(target))
    assert run.code == 0, run.err
    assert _kind(target) == "json"
    assert run.err == (f"note: writing json to {target} as --format json asks, though its "
                       "name ends in .pdf\n")
    assert_no_traceback(run)


@pytest.mark.parametrize(("argv", "name", "kind"), [
    (("synopsis", "peace-framework@2025-12-11-us-20-point-reported",
      "peace-framework@2025-12-24-20-point"), "synopsis.html", "html"),
    (("synopsis", "peace-framework@2025-12-11-us-20-point-reported",
      "peace-framework@2025-12-24-20-point"), "synopsis.json", "json"),
    (("history", "peace-framework", "--point", "army-cap"), "army.json", "json"),
    # history writes no Markdown: a .md file gets the default, text
    (("history", "peace-framework", "--point", "army-cap"), "army.md", "text"),
    (("history", "peace-framework"), "history.html", "html"),
])
def test_synopsis_and_history_follow_the_suffix_too(cli: CliRun, tmp_path: Path,
                                                    argv: tuple[str, ...], name: str,
                                                    kind: str) -> None:
    target = tmp_path / name
    run = cli(*argv, "--plans", str(PLANS), "-o", str(target))
    assert run.code == 0, run.err
    assert _kind(target) == kind
