"""``plandiff log``: the versions of a document with change counts."""

from __future__ import annotations

from pathlib import Path

import click

from plandiff.errors import ExitCode
from plandiff.limits import Limits
from plandiff.render.formats import LOG_FORMATS, RenderOptions


@click.command("log")
@click.argument("document")
@click.option("--plans", "plans_root", type=click.Path(path_type=Path), default=Path("plans"),
              show_default=True, help="The plans tree.")
@click.option("--language", default=None, metavar="LANG",
              help="Only versions in this language (default: every language).")
@click.option("--format", "fmt", type=click.Choice(list(LOG_FORMATS)), default="text",
              show_default=True, help="text for people, json for tools.")
def command(document: str, plans_root: Path, language: str | None, fmt: str) -> int:
    """List the versions of DOCUMENT in date order: date, version, language, status, point
    count, and the changes against the version each one supersedes (= unchanged,
    ~ modified, + added, - removed, split, merged, moved, renumbered; and how many
    meaning-shift flags).

    \b
    Examples:
      plandiff log peace-framework
      plandiff log peace-framework --language ja --format json
    """
    from plandiff.workflows.log import log_for  # lazy: keeps `plandiff --help` fast

    log = log_for(plans_root, document, language, Limits.from_env())
    click.echo(LOG_FORMATS[fmt].render(log, RenderOptions()), nl=False)
    return ExitCode.OK
