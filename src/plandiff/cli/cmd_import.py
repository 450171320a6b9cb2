"""``plandiff import``: a plain-text or Markdown draft → a plan version JSON file."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from plandiff.cli.options import parse_date
from plandiff.errors import ExitCode
from plandiff.plans.model import Status, TextKind


@click.command("import")
@click.argument("text", metavar="TEXT", type=click.Path(path_type=Path, dir_okay=True,
                                                        allow_dash=True))
@click.option("--document", required=True, metavar="D",
              help="Document id, e.g. peace-framework (lowercase letters, digits, . _ -).")
@click.option("--version", "version", required=True, metavar="V",
              help="Version id, e.g. 2025-11-20-us-28-point; a leading date is the default "
                   "--date.")
@click.option("--date", callback=parse_date, metavar="YYYY-MM-DD",
              help="Date of this state of the text (default: the date the version id "
                   "starts with).")
@click.option("--title", metavar="T", help="Title (default: the '# Title' line of the text).")
@click.option("--language", metavar="L",
              help="Language tag (en, ja, uk, ru ...); default: detected from the text.")
@click.option("--status", type=click.Choice([s.value for s in Status]),
              default=Status.DRAFT.value, show_default=True, help="Standing of the text.")
@click.option("--text-kind", type=click.Choice([k.value for k in TextKind]),
              default=TextKind.OFFICIAL.value, show_default=True,
              help="What the text is: the official wording, a translation, a paraphrase ...")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the JSON to this file instead of standard output.")
@click.option("--force", is_flag=True, help="Let -o replace an existing file.")
def command(text: Path, document: str, version: str, date: dt.date | None, title: str | None,
            language: str | None, status: str, text_kind: str, output: Path | None,
            force: bool) -> int:
    """Turn a plain-text or Markdown draft into a plan version JSON file.

    A line starting with "N." or "N)" (also "Article N.", "**N.**", "- N.", "１．", "第N条")
    opens point N; "a)", "(a)", "(i)", "(1)" open sub-points; other lines continue the
    current point; text before the first point becomes the version's notes. TEXT "-" reads
    standard input. The JSON goes to standard output, or atomically to -o (never replacing a
    file unless --force). Give the real source afterwards: the imported file carries a
    placeholder source at https://plandiff.invalid/import.

    \b
    Example:
      plandiff import draft.md --document peace-framework \\
          --version 2025-11-20-us-28-point -o plans/peace-framework/2025-11-20-us-28-point.json
    """
    from plandiff.atomicio import atomic_write_text
    from plandiff.limits import Limits
    from plandiff.plans.importer import decode_text_bytes, parse_text, read_text_file
    from plandiff.plans.serialise import plan_to_json

    limits = Limits.from_env()
    if str(text) == "-":
        data = sys.stdin.buffer.read(limits.max_file_bytes + 1)
        if len(data) > limits.max_file_bytes:
            raise click.UsageError(f"standard input is over the limit of {limits.max_file_bytes}"
                                   " bytes (set PLANDIFF_MAX_FILE_BYTES to raise it)")
        label = "<stdin>"
        content = decode_text_bytes(data, label)
    else:
        label = str(text)
        content = read_text_file(text, limits, display=label)
    plan = parse_text(content, document=document, version=version, title=title, date=date,
                      language=language, source_label=label,
                      status=Status(status), text_kind=TextKind(text_kind), limits=limits)
    payload = plan_to_json(plan)
    if output is None:
        click.echo(payload, nl=False)
    else:
        atomic_write_text(output, payload, overwrite=force, forbid=[text])
        count = sum(1 for _ in plan.walk())
        click.echo(f"wrote {output}: {len(plan.points)} points ({count} counting sub-points)",
                   err=True)
    return ExitCode.OK
