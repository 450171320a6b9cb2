"""``plandiff diff`` end to end, in-process: formats, references, output files, exit codes."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.helpers import PLANS, Run, assert_no_traceback, make_plan, write_plan

CliRun = Callable[..., Run]


def pair(tmp_path: Path) -> tuple[Path, Path]:
    old = make_plan(version="v1")
    new = make_plan(version="v2", supersedes="v1", date="2025-12-01", points=[
        {"id": "two", "number": "1", "text": "Elections within 60 days.", "topics": ["elections"],
         "points": [{"id": "two-a", "number": "1(a)", "text": "Observers attend.",
                     "topics": ["monitoring"]}]},
        {"id": "one", "number": "2", "text": "The parties shall observe a ceasefire.",
         "topics": ["ceasefire"]},
    ])
    return write_plan(tmp_path / "plans", old), write_plan(tmp_path / "plans", new)


def test_json_format_is_the_documented_shape(cli: CliRun, tmp_path: Path) -> None:
    old, new = pair(tmp_path)
    run = cli("diff", str(old), str(new), "--format", "json")
    assert run.code == 0, run.err
    data = json.loads(run.out)
    assert list(data) == ["old", "new", "summary", "changes"]
    assert data["old"] == {"document": "accord", "version": "v1"}
    assert list(data["summary"]) == ["unchanged", "modified", "added", "removed", "split",
                                     "merged", "moved", "renumbered"]
    first = data["changes"][0]
    assert list(first) == ["kind", "old", "new", "old_numbers", "new_numbers", "moved",
                           "renumbered", "similarity", "topics", "spans", "flags"]
    assert first["kind"] == "modified" and first["old_numbers"] == ["2"]
    assert first["new_numbers"] == ["1"] and first["moved"] and first["renumbered"]
    assert any(f["kind"] in ("number", "date") and "60" in f["new"] for f in first["flags"])
    assert run.out.endswith("}\n")
    again = cli("diff", str(old), str(new), "--format", "json")
    assert again.out == run.out


def test_text_format_without_colour_marks_edits(cli: CliRun, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    old, new = pair(tmp_path)
    run = cli("diff", str(old), str(new))
    assert run.code == 0
    assert "accord@v1 → accord@v2" in run.out
    assert "1 (was 2) modified, moved — elections" in run.out
    assert "[-100-]{+60+}" in run.out
    assert "\x1b[" not in run.out


def test_markdown_format(cli: CliRun, tmp_path: Path) -> None:
    old, new = pair(tmp_path)
    run = cli("diff", str(old), str(new), "--format", "markdown", "--changes-only")
    assert run.code == 0
    assert "## Summary" in run.out and "## Renumbering" in run.out
    assert "<del>100</del><ins>60</ins>" in run.out


def test_version_references_and_plans_option(cli: CliRun, tmp_path: Path) -> None:
    pair(tmp_path)
    run = cli("diff", "accord@v1", "accord@v2", "--plans", str(tmp_path / "plans"),
              "--format", "json")
    assert run.code == 0, run.err
    assert json.loads(run.out)["new"]["version"] == "v2"
    missing = cli("diff", "accord@v1", "accord@v9", "--plans", str(tmp_path / "plans"))
    assert missing.code == 2 and "accord@v9" in missing.err
    assert_no_traceback(missing)


@pytest.mark.parametrize("args", [("--exit-code",), ()])
def test_exit_code_option(cli: CliRun, tmp_path: Path, args: tuple[str, ...]) -> None:
    old, new = pair(tmp_path)
    differs = cli("diff", str(old), str(new), "--format", "json", *args)
    same = cli("diff", str(old), str(old), "--format", "json", *args)
    assert same.code == 0
    assert differs.code == (1 if args else 0)


def test_exit_code_counts_pure_renumbering_as_a_difference(cli: CliRun, tmp_path: Path) -> None:
    old = make_plan(version="v1")
    points: list[dict[str, Any]] = old["points"]
    new = make_plan(version="v2", points=[{**points[0], "number": "5"}, points[1]])
    a, b = write_plan(tmp_path, old), write_plan(tmp_path, new)
    run = cli("diff", str(a), str(b), "--format", "json", "--exit-code")
    assert run.code == 1
    assert json.loads(run.out)["summary"]["renumbered"] == 1


def test_output_file_is_written_and_may_be_replaced(cli: CliRun, tmp_path: Path) -> None:
    old, new = pair(tmp_path)
    out = tmp_path / "diff.json"
    out.write_text("old content", encoding="utf-8")
    run = cli("diff", str(old), str(new), "--format", "json", "-o", str(out))
    assert run.code == 0 and run.out == ""
    assert json.loads(out.read_text("utf-8"))["summary"]["modified"] == 1


def test_html_report(cli: CliRun, tmp_path: Path) -> None:
    old, new = pair(tmp_path)
    out = tmp_path / "r.html"
    run = cli("diff", str(old), str(new), "--format", "html", "-o", str(out), "--lang", "ja")
    assert run.code == 0, run.err
    assert "<html" in out.read_text("utf-8")


@pytest.mark.slow
def test_pdf_report(cli: CliRun, tmp_path: Path) -> None:
    old, new = pair(tmp_path)
    out = tmp_path / "r.pdf"
    # laid out unlike plandiff's own JSON, to show the very bytes are attached
    for path in (old, new):
        path.write_text(json.dumps(json.loads(path.read_text("utf-8")), indent=7) + "\n\n",
                        encoding="utf-8")
    run = cli("diff", str(old), str(new), "--format", "pdf", "-o", str(out))
    assert run.code == 0, run.err
    assert out.read_bytes().startswith(b"%PDF-")
    from pypdf import PdfReader

    attached = {name: data[0] for name, data in PdfReader(out).attachments.items()}
    assert attached["old-v1.json"] == old.read_bytes()
    assert attached["new-v2.json"] == new.read_bytes()
    assert hashlib.sha256(old.read_bytes()).hexdigest() in " ".join(
        page.extract_text() for page in PdfReader(out).pages[:1])


def test_missing_file_is_an_input_error(cli: CliRun, tmp_path: Path) -> None:
    old, _ = pair(tmp_path)
    run = cli("diff", str(old), str(tmp_path / "nope.json"))
    assert run.code == 2 and "nope.json" in run.err
    assert_no_traceback(run)


def test_invalid_plan_is_an_input_error(cli: CliRun, tmp_path: Path) -> None:
    old, _ = pair(tmp_path)
    bad = tmp_path / "bad.json"
    bad.write_text('{"document": "accord", "points": [}', encoding="utf-8")
    run = cli("diff", str(old), str(bad))
    assert run.code == 2 and "bad.json" in run.err
    broken = make_plan(version="v3")
    del broken["sources"]
    path = write_plan(tmp_path, broken, "broken.json")
    run = cli("diff", str(old), str(path))
    assert run.code == 2 and "broken.json" in run.err and "sources" in run.err
    assert_no_traceback(run)


def test_argument_that_is_neither_file_nor_reference(cli: CliRun, tmp_path: Path) -> None:
    old, _ = pair(tmp_path)
    run = cli("diff", str(old), "not a reference")
    assert run.code == 2 and "DOCUMENT@VERSION" in run.err


def test_cross_language_refused_unless_allowed(cli: CliRun, tmp_path: Path) -> None:
    old, _ = pair(tmp_path)
    ja = write_plan(tmp_path, make_plan(version="v1-ja", language="ja"), "ja.json")
    run = cli("diff", str(old), str(ja))
    assert run.code == 2 and "--allow-cross-language" in run.err
    assert cli("diff", str(old), str(ja), "--allow-cross-language").code == 0


def test_bad_option_value_is_a_usage_error(cli: CliRun, tmp_path: Path) -> None:
    old, new = pair(tmp_path)
    assert cli("diff", str(old), str(new), "--format", "odt").code == 2
    assert cli("diff", str(old), str(new), "--granularity", "char").code == 0


def test_help_has_an_example(cli: CliRun) -> None:
    run = cli("diff", "--help")
    assert run.code == 0 and "Example:" in run.out and "--exit-code" in run.out


def test_loading_and_comparing_run_under_one_collector_pause(
        cli: CliRun, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """diff_input (both loads and the comparison) runs with the cyclic collector paused as a
    whole, and the collector is on again afterwards."""
    import gc

    import plandiff.cli.cmd_diff as cmd_diff

    seen: list[bool] = []
    real = cmd_diff.diff_input

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(cmd_diff, "diff_input", spy)
    old, new = pair(tmp_path)
    assert gc.isenabled()
    run = cli("diff", str(old), str(new), "--format", "json")
    assert run.code == 0, run.err
    assert seen == [False]
    assert gc.isenabled()


@pytest.mark.parametrize(("args", "said", "hint"), [
    (["diff"], "Missing argument 'OLD'", "(see: plandiff diff --help)"),
    (["diff", "a", "b", "c"], "unexpected extra argument (c)", "(see: plandiff diff --help)"),
    (["history", "--nope"], "No such option '--nope'", "(see: plandiff history --help)"),
    (["nocommand"], "No such command 'nocommand'", "(see: plandiff --help)"),
])
def test_a_command_line_refused_says_where_its_usage_is(
        cli: CliRun, args: list[str], said: str, hint: str) -> None:
    """One line, exit 2, and the help to read: the usage Click prints was cut to one line."""
    run = cli(*args)
    assert run.code == 2
    assert said in run.err and run.err.rstrip().endswith(hint)
    assert len(run.err.strip().splitlines()) == 1
    assert_no_traceback(run)


def test_an_error_that_is_no_usage_error_gets_no_help_hint(cli: CliRun, tmp_path: Path) -> None:
    run = cli("diff", str(tmp_path / "absent.json"), str(tmp_path / "absent2.json"))
    assert run.code == 2 and "--help" not in run.err


@pytest.mark.parametrize("args", [
    ["diff", "peace-framework", "peace-framework@2025-12-24-20-point"],
    ["export", "peace-framework"],
    ["synopsis", "peace-framework", "us-russia-track"],
])
def test_a_document_given_for_a_version_is_told_to_name_a_version(
        cli: CliRun, args: list[str]) -> None:
    """It said "no such file, and not a DOCUMENT@VERSION reference"."""
    run = cli(*args, "--plans", str(PLANS))
    assert run.code == 2
    assert run.err.strip() == ("plandiff: peace-framework: a document, not a version: give "
                               "peace-framework@VERSION (plandiff log peace-framework lists "
                               "its versions)")
