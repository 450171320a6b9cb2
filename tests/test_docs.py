"""Documentation keeps up with the code: every command is in both READMEs and has an
example in its --help; the exit-code table in the README matches the code."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import pytest

from plandiff.cli import app
from plandiff.errors import ExitCode
from tests.helpers import REPO, Run, make_plan, write_plan

COMMANDS = app.list_commands(click.Context(app))  # imports every command's module
README = (REPO / "README.md").read_text(encoding="utf-8")
README_JA = (REPO / "README.ja.md").read_text(encoding="utf-8")


def test_all_commands_registered() -> None:
    assert {"validate", "schema", "import", "diff", "add", "log", "history", "build"} <= set(
        COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_documented(name: str) -> None:
    assert f"plandiff {name}" in README, f"README.md does not mention `plandiff {name}`"
    assert f"plandiff {name}" in README_JA, f"README.ja.md does not mention `plandiff {name}`"


@pytest.mark.parametrize("name", COMMANDS)
def test_help_has_an_example(name: str, cli: Callable[..., Run]) -> None:
    run = cli(name, "--help")
    assert run.code == 0
    assert re.search(r"Examples?:", run.out), f"`plandiff {name} --help` shows no example"


def test_exit_code_table_matches_code() -> None:
    for code in ExitCode:
        assert re.search(rf"^\| {code.value} \|", README, re.MULTILINE), code


def test_changelog_has_unreleased_section() -> None:
    assert "## Unreleased" in (REPO / "CHANGELOG.md").read_text(encoding="utf-8")


def _console_after(readme: str, marker: str, command: str) -> str:
    """The console block after ``marker`` in ``readme`` that runs ``command``."""
    start = readme.index(marker)
    return next(block for block in re.findall(r"```console\n(.*?)```", readme[start:], re.S)
                if command in block)


def _shown(block: str, command: str) -> list[str]:
    """The output lines a console block shows for the run of ``command`` (``...`` and the
    command's own lines left out)."""
    runs = re.split(r"(?m)^\$ ", block)
    run = next(r for r in runs if r.startswith(command))
    lines = run.split("\n")
    while lines and lines[0].endswith("\\"):
        lines.pop(0)
    return [line for line in lines[1:] if line.strip() and line.strip() not in {"...", "…"}]


@pytest.mark.parametrize("readme", [README, README_JA], ids=["en", "ja"])
def test_the_review_step_example_prints_what_the_readme_shows(
        readme: str, cli: Callable[..., Run], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's `add` review session, run on a copy of the shipped plans: every line it
    quotes is printed, character for character (it once showed a mapping against the
    28-point draft while the command, without --supersedes, reviewed against the 20 points)."""
    monkeypatch.chdir(tmp_path)
    shutil.copytree(REPO / "plans", "plans")
    draft = "draft20.txt"
    shutil.copy(REPO / "benchmarks" / "data" / "press" / "20-point-press.txt", draft)
    marker = "### Reviewing the mapping" if readme is README else "### 対応づけの確認"
    block = _console_after(readme, marker, "plandiff add draft20.txt")
    common = ("--document", "peace-framework", "--version", "2025-12-24-press", "--date",
              "2025-12-24", "--status", "reported", "--source-url", "https://example.org/a",
              "--supersedes", "2025-11-20-us-28-point")
    dry = cli("add", draft, *common, "--dry-run", "--mapping-out", "map.csv")
    assert dry.code == 0, dry.err
    for line in _shown(block, "plandiff add draft20.txt --document peace-framework --version "
                              "2025-12-24-press \\\n    --date 2025-12-24 --status reported "
                              "--source-url https://example.org/a \\\n    --supersedes "
                              "2025-11-20-us-28-point --dry-run"):
        line = line.replace(" (...)", "")
        assert line in dry.out, line
    fixed = cli("add", draft, *common, "--link", "2=2", "--unlink", "3")
    assert fixed.code == 0, fixed.err
    for line in _shown(block, "plandiff add draft20.txt --document peace-framework --version "
                              "2025-12-24-press \\\n    --date 2025-12-24 --status reported "
                              "--source-url https://example.org/a \\\n    --supersedes "
                              "2025-11-20-us-28-point --link"):
        assert line in fixed.out, line


@pytest.mark.parametrize("readme", [README, README_JA], ids=["en", "ja"])
def test_the_explain_example_prints_what_the_readme_shows(
        readme: str, cli: Callable[..., Run], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`diff --explain` on the two small versions the README describes (its scores and flags
    once came from an older aligner, and it showed a party flag for Kyiv that the
    meaning-shift rules, documented in the same README, do not raise)."""
    old = make_plan(version="v1", points=[
        {"id": "army", "number": "1",
         "text": "The armed forces of Party B are capped at 600,000 personnel in peacetime."},
        {"id": "weekly", "number": "2",
         "text": "The monitoring mission reports to the joint commission every week."},
        {"id": "monthly", "number": "3",
         "text": "The monitoring mission reports to the joint commission every month."},
        {"id": "vote", "number": "4",
         "text": "Ukraine holds elections within 100 days, funded with $2bn."}])
    new = make_plan(version="v2", points=[
        {"id": "cap", "number": "1",
         "text": "The armed forces of Party B are capped at 800,000 personnel in peacetime."},
        {"id": "reports", "number": "2",
         "text": "The monitoring mission reports to the joint commission regularly."},
        {"id": "polls", "number": "3", "text": "Kyiv goes to the polls inside 100 days, "
                                               "with 2 billion dollars of funding."}])
    monkeypatch.chdir(tmp_path)
    write_plan(tmp_path, old, "old.json")
    write_plan(tmp_path, new, "new.json")
    run = cli("diff", "old.json", "new.json", "--explain", "--changes-only")
    assert run.code == 0, run.err
    marker = "**How each pair was made.**" if readme is README else "### 対応の根拠"
    block = _console_after(readme, marker, "plandiff diff old.json new.json --explain")
    assert block.split("\n", 1)[1] == run.out


@pytest.mark.parametrize("readme", [README, README_JA], ids=["en", "ja"])
def test_the_strict_summary_is_quoted_as_validate_prints_it(
        readme: str, cli: Callable[..., Run], tmp_path: Path) -> None:
    plan = make_plan(points=[{"id": "one", "number": "1", "text": "As set out in point 4."}])
    run = cli("validate", "--strict", str(write_plan(tmp_path / "plans", plan)))
    assert run.code == ExitCode.FINDINGS
    quoted = re.search(r"`(N warning\(s\) in M of K plan file\(s\), which fail with\s+--strict)`",
                       readme)
    assert quoted, "the README no longer quotes the --strict summary"
    pattern = re.escape(" ".join(quoted.group(1).split())).replace("N", r"\d+").replace(
        "M", r"\d+").replace("K", r"\d+")
    assert re.search(pattern, run.err), run.err


def test_add_help_names_every_draft_format(cli: Callable[..., Run]) -> None:
    """`add` reads what `import` reads; its help said "a text/Markdown draft or a plan JSON
    file", and `plandiff --help` listed it so."""
    run = cli("add", "--help")
    summary = " ".join(run.out.split("Examples:")[0].split())
    for word in ("Markdown", "HTML", ".docx", "PDF", "Akoma Ntoso", "plan JSON"):
        assert word in summary, word


def _json_after(readme: str, marker: str) -> str:
    """The first ```json block after ``marker`` in ``readme``."""
    start = readme.index(marker)
    found = re.search(r"```json\n(.*?)```", readme[start:], re.S)
    assert found, marker
    return found.group(1)


@pytest.mark.parametrize("readme", [README, README_JA], ids=["en", "ja"])
def test_the_synopsis_json_example_has_the_keys_in_the_printed_order(
        readme: str, cli: Callable[..., Run], monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's synopsis JSON says "keys in this order": the example's top level, column,
    filters, row and present cell have the keys the command prints, in its order."""
    import json

    marker = "### Synopsis JSON" if readme is README else "### 対照表の JSON"
    example = json.loads(_json_after(readme, marker))
    monkeypatch.chdir(REPO)
    run = cli("synopsis", "peace-framework@2025-11-20-us-28-point",
              "peace-framework@2025-11-23-e3-counter-proposal",
              "peace-framework@2025-12-24-20-point", "--topic", "territory", "--format", "json")
    assert run.code == 0, run.err
    printed = json.loads(run.out)

    def present(synopsis: dict[str, Any]) -> dict[str, Any]:
        return next(cell for row in synopsis["rows"] for cell in row["cells"]
                    if cell["state"] == "present")

    for part in (lambda d: d, lambda d: d["columns"][0], lambda d: d["filters"],
                 lambda d: d["rows"][0], present):
        assert list(part(example)) == list(part(printed))
    # and the figures it gives are the command's (it said 42 rows after the corpus changed)
    assert example["total_rows"] == printed["total_rows"]
    assert example["filters"] == printed["filters"]


@pytest.mark.parametrize("readme", [README, README_JA], ids=["en", "ja"])
def test_the_check_translation_github_example_prints_what_the_readme_shows(
        readme: str, cli: Callable[..., Run], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's `check-translation --format github` example, run on a copy of the
    Japanese 20 points whose army cap says 60万 instead of 80万: the annotation line it shows
    is the one printed, file name included."""
    marker = "## Translation fidelity" if readme is README else "## 翻訳の忠実性"
    block = _console_after(readme, marker, "--format github")
    command = re.search(r"(?m)^\$ (plandiff check-translation (\S+\.json) --format github)$",
                        block)
    assert command, block
    monkeypatch.chdir(tmp_path)
    shutil.copytree(REPO / "plans", "plans")
    source = (REPO / "plans" / "peace-framework" / "2025-12-24-20-point-ja.json").read_text(
        encoding="utf-8")
    cap = "ウクライナ軍は平時に80万人の兵力を維持する。"
    assert source.count(cap) == 1
    Path(command.group(2)).write_text(source.replace(cap, cap.replace("80万", "60万")),
                                      encoding="utf-8")
    run = cli(*command.group(1).split()[1:])
    assert run.code == ExitCode.FINDINGS, run.err
    shown = _shown(block, command.group(1))
    assert shown and all(line in run.out.splitlines() for line in shown), (shown, run.out)


def test_plandiff_alone_shows_its_whole_help(cli: Any) -> None:
    """A first-time user types `plandiff`: the help comes out as `plandiff --help` prints it,
    on its lines and whole (it came as one line cut in the middle), with the usage-error code
    of the README's table."""
    run = cli()
    assert run.code == 2
    shown = cli("--help").out
    assert run.err.strip() == shown.strip()
    assert "Usage: plandiff [OPTIONS] COMMAND [ARGS]..." in run.err.splitlines()[0]
    assert all(f"  {name}" in run.err for name in ("validate", "diff", "add", "build"))
