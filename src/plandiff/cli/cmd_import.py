"""``plandiff import``: a draft (text, Markdown, HTML, Word, PDF) → a plan version JSON file."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import click
from click.core import ParameterSource

from plandiff.cli.draftopts import DraftOptions, draft_options, show_report
from plandiff.cli.options import DraftPath, dash_is_stdout, parse_date
from plandiff.errors import ExitCode, one_line_name
from plandiff.plans.intake.report import StructureWarnings
from plandiff.plans.model import Status, TextKind


def _provenance_given() -> bool:
    """True when --status or --text-kind was given (an Akoma Ntoso file's own provenance
    wins over the defaults)."""
    given = click.get_current_context().get_parameter_source
    return any(given(name) is not ParameterSource.DEFAULT for name in ("status", "text_kind"))


@click.command("import")
@click.argument("text", metavar="DRAFT", type=DraftPath(dir_okay=True, allow_dash=True))
@click.option("--document", required=True, metavar="D",
              help="Document id, e.g. peace-framework (lowercase letters, digits, . _ -).")
@click.option("--version", "version", required=True, metavar="V",
              help="Version id, e.g. 2025-11-20-us-28-point; a leading date is the default "
                   "--date.")
@click.option("--date", callback=parse_date, metavar="YYYY-MM-DD",
              help="Date of this state of the text (default: the date the version id "
                   "starts with).")
@click.option("--title", metavar="T", help="Title (default: the draft's own title line).")
@click.option("--language", metavar="L",
              help="Language tag (en, ja, uk, ru ...); default: detected from the text.")
@click.option("--status", type=click.Choice([s.value for s in Status]),
              default=Status.REPORTED.value, show_default=True, help="Standing of the text.")
@click.option("--text-kind", type=click.Choice([k.value for k in TextKind]),
              default=TextKind.PARAPHRASE.value, show_default=True,
              help="What the text is: the official wording, a translation, a paraphrase ...")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              callback=dash_is_stdout,
              help="Write the JSON to this file instead of standard output.")
@click.option("--force", is_flag=True, help="Let -o replace an existing file.")
@click.option("--plans", "plans_root", type=click.Path(path_type=Path), default=Path("plans"),
              show_default=True, help="The plans tree (for --partial/--covers).")
@click.option("--supersedes", metavar="V", help="With --partial: the earlier version the "
              "text is partial against (default: the latest one before it).")
@draft_options
def command(text: Path, document: str, version: str, date: dt.date | None, title: str | None,
            language: str | None, status: str, text_kind: str, output: Path | None,
            force: bool, plans_root: Path, supersedes: str | None, **draft: Any) -> int:
    """Turn a draft (plain text, Markdown, a saved HTML page, a Word .docx, an OpenDocument
    .odt or .fodt, a PDF with a text layer, or Akoma Ntoso XML) into a plan version JSON
    file.

    The format is detected from the content and the extension (--from overrides). A line
    starting with "N." or "N)" (also "Point N", "Paragraph N", "Пункт N", "П. N", "§ N", "第N項",
    "N:", "#N", "№N", "N°", "N.º", "**N.**", "１．", "⑴") opens point N; "a)", "(a)", "(i)",
    "(1)", bullets and indented lines under a lead-in ending in a colon open sub-points; other
    lines continue the current point; editorial asides ("– Ed.") go to the point's notes. A
    structure report (points found, numbering gaps and repeats, announced against found count,
    suspiciously long points) goes to standard error; --strict turns its warnings into exit code
    1. DRAFT "-" reads standard input. The JSON goes to standard output, or atomically to -o.
    Akoma Ntoso XML (sniffed, or any *.xml file, or --from akn) keeps its own hierarchy:
    article, section, paragraph, point, list and item elements become points, num the numbers,
    heading the titles; a file written by `plandiff export` comes back as the same plan. Give
    the real source afterwards: the imported file carries a placeholder source at
    https://plandiff.invalid/import.

    \b
    Example:
      plandiff import statement.pdf --document peace-framework \\
          --version 2025-11-20-us-28-point -o plans/peace-framework/2025-11-20-us-28-point.json
      plandiff import page.html --document peace-framework --version 2025-11-23-geneva \\
          --partial --report-json report.json
      plandiff import act.akn.xml --document treaty --version 2026-01-01-draft
    """
    from plandiff.atomicio import atomic_write_text
    from plandiff.limits import Limits
    from plandiff.plans.intake import DraftRequest
    from plandiff.plans.jsonsource import read_bytes
    from plandiff.plans.serialise import plan_to_json
    from plandiff.workflows.importdraft import ImportRequest, import_version

    limits = Limits.from_env()
    options = DraftOptions.from_click(draft)
    if output is None and str(options.report_json) == "-":
        raise click.UsageError("--report-json - and the imported plan would both go to "
                               "standard output: give -o FILE, or a file for --report-json")
    if str(text) == "-":
        data = sys.stdin.buffer.read(limits.max_file_bytes + 1)
        if len(data) > limits.max_file_bytes:
            raise click.UsageError(f"standard input is over the limit of {limits.max_file_bytes}"
                                   " bytes (set PLANDIFF_MAX_FILE_BYTES to raise it)")
        label, suffix = "<stdin>", ""
    else:
        label, suffix = str(text), text.suffix
        data = read_bytes(text, label, limits)
    request = ImportRequest(
        draft=DraftRequest(document=document, version=version, title=title, date=date,
                           language=language, status=Status(status),
                           text_kind=TextKind(text_kind),
                           provenance_given=_provenance_given(), fmt=options.fmt,
                           attachment=options.attachment, points_by=options.points_by,
                           view=options.view, column=options.column,
                           partial=options.partial,
                           limits=limits),
        covers=options.covers, strict=options.strict, plans_root=plans_root,
        supersedes=supersedes)
    try:
        imported = import_version(data, label, suffix, request, limits)
    except StructureWarnings as exc:
        show_report(exc.report, options.report_json)
        raise
    show_report(imported.report, options.report_json)
    plan = imported.plan
    payload = plan_to_json(plan)
    if output is None:
        click.echo(payload, nl=False)
    else:
        atomic_write_text(output, payload, overwrite=force, forbid=[text])
        count = sum(1 for _ in plan.walk())
        click.echo(f"wrote {one_line_name(output)}: {len(plan.points)} points ({count} "
                   "counting sub-points)"
                   + (f", {len(plan.not_reported)} earlier point(s) not reported"
                      if plan.not_reported else ""), err=True)
    return ExitCode.OK
