"""Documentation keeps up with the code: every command is in both READMEs and has an
example in its --help; the exit-code table in the README matches the code."""

from __future__ import annotations

import re
from collections.abc import Callable

import click
import pytest

from plandiff.cli import app
from plandiff.errors import ExitCode
from tests.helpers import REPO, Run

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
