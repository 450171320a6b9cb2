"""The format registry (plandiff.render.formats) is where every command's formats come from."""

from __future__ import annotations

import json

import click
import pytest

from plandiff.cli import cmd_diff, cmd_history, cmd_log
from plandiff.engine.compare import compare
from plandiff.errors import UsageError
from plandiff.plans.model import PlanVersion
from plandiff.render.formats import (
    COMPARISON_FORMATS,
    HISTORY_FORMATS,
    LOG_FORMATS,
    SITE_SUFFIXES,
    ComparisonInput,
    RenderOptions,
    site_format,
)
from plandiff.resources import schema_dir
from plandiff.workflows.buildconfig import FORMATS
from tests.helpers import make_plan


def _choices(command: click.Command) -> list[str]:
    option = next(p for p in command.params if p.name == "fmt")
    assert isinstance(option.type, click.Choice)
    return list(option.type.choices)


def test_every_command_offers_the_registry_formats() -> None:
    assert _choices(cmd_diff.command) == list(COMPARISON_FORMATS)
    assert _choices(cmd_history.command) == list(HISTORY_FORMATS)
    assert _choices(cmd_log.command) == list(LOG_FORMATS)


def test_build_formats_come_from_the_registry_and_match_the_config_schema() -> None:
    assert FORMATS == SITE_SUFFIXES == ("html", "pdf", "json", "md")
    schema = json.loads((schema_dir() / "plandiff-config.schema.json").read_text("utf-8"))
    assert schema["properties"]["formats"]["items"]["enum"] == list(SITE_SUFFIXES)
    assert site_format("md").name == "markdown"
    with pytest.raises(UsageError, match=r"no report format writes \.docx"):
        site_format("docx")


def test_each_comparison_format_renders_what_its_entry_says() -> None:
    old = PlanVersion.model_validate(make_plan(version="v1"))
    new = PlanVersion.model_validate(make_plan(version="v2", supersedes="v1", points=[
        {"id": "one", "number": "1", "text": "The parties shall observe a truce.",
         "topics": ["ceasefire"]}]))
    source = ComparisonInput(compare(old, new), old, new)
    for name, fmt in COMPARISON_FORMATS.items():
        if name == "pdf":
            continue  # real PDFs are checked in tests/render/test_report_pdf.py
        out = fmt.render(source, RenderOptions())
        assert isinstance(out, str) and not fmt.binary, name
        assert fmt.render_bytes(source, RenderOptions()) == out.encode("utf-8")
    assert json.loads(COMPARISON_FORMATS["json"].render(source, RenderOptions()))["summary"]
    assert COMPARISON_FORMATS["pdf"].binary and COMPARISON_FORMATS["pdf"].suffix == "pdf"
