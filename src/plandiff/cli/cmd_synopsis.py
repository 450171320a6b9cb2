"""``plandiff synopsis``: many versions side by side, one row per clause lineage."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import click

from plandiff.cli.options import emit, output_format, output_option, require_output
from plandiff.errors import ExitCode, UsageError

FORMATS = ("text", "markdown", "json", "html", "pdf", "docx")


def _tty() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


@click.command("synopsis")
@click.argument("refs", nargs=-1, metavar="REF [REF ...]")
@click.option("--all", "all_versions", is_flag=True,
              help="The one argument is a DOCUMENT: every version of it in one language "
                   "(see --lang), in date order (a DOCUMENT given alone says the same).")
@click.option("--base", metavar="REF",
              help="Redline every column against this one (default: each against the column "
                   "before it that has the clause).")
@click.option("--topic", "topics", multiple=True, metavar="T",
              help="Keep clauses with this topic (repeatable: any of them).")
@click.option("--changed-only", is_flag=True,
              help="Keep clauses that change, move or are missing somewhere.")
@click.option("--points", metavar="LIST",
              help="Keep clauses with these point numbers or ids in any column: 5,10,21.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text",
              show_default=True, help="Output format.")
@output_option
@click.option("--lang", metavar="L",
              help="Language of the versions for --all (default: en, or the document's "
                   "first); labels of html/pdf output (en, ja, uk).")
@click.option("--width", type=click.IntRange(20, 1000), metavar="N",
              help="Text width (default: the terminal's, or 100); below 30 characters a "
                   "column, one block per clause.")
@click.option("--plans", "plans_root", type=click.Path(path_type=Path), default=Path("plans"),
              show_default=True, help="The plans tree.")
def command(refs: tuple[str, ...], all_versions: bool, base: str | None,
            topics: tuple[str, ...], changed_only: bool, points: str | None, fmt: str,
            output: Path | None, lang: str | None, width: int | None,
            plans_root: Path) -> int:
    """Put several versions side by side — the "four-column document" of EU trilogues: one
    row per clause (followed across renumbering, moves, splits, merges and into other
    documents), one column per version in the order given, each cell redlined against the
    column before it. Cells say when a clause is not in a version, not reported by it, moved
    here from elsewhere, split or merged.

    \b
    Examples:
      plandiff synopsis peace-framework@2025-11-20-us-28-point \\
          peace-framework@2025-11-23-e3-counter-proposal \\
          peace-framework@2025-12-24-20-point --topic territory
      plandiff synopsis peace-framework --all --changed-only --format markdown
      plandiff synopsis peace-framework --all --lang ja --format pdf -o synopsis-ja.pdf
      plandiff synopsis peace-framework --all --format docx -o synopsis.docx
    """
    from plandiff.lineage.synopsis import SynopsisFilters
    from plandiff.workflows.synopsis import synopsis_of

    fmt = output_format(fmt, output, FORMATS)
    require_output(fmt, fmt in ("pdf", "docx"), output)
    if output is not None:
        from plandiff.atomicio import check_target

        check_target(output)
    document = None
    if len(refs) == 1 and "@" not in refs[0] and not Path(refs[0]).exists():
        all_versions = True  # one DOCUMENT alone: every version of it, as --all says
    if all_versions:
        if len(refs) != 1:
            raise UsageError("--all takes one DOCUMENT (plandiff synopsis DOCUMENT --all)")
        document, refs = refs[0], ()
    wanted = tuple(p.strip() for p in (points or "").split(",") if p.strip())
    if points is not None and not wanted:
        raise UsageError("--points needs point numbers or ids, such as 5,10,21")
    filters = SynopsisFilters(topics=tuple(dict.fromkeys(topics)), changed_only=changed_only,
                              points=wanted)
    synopsis = synopsis_of(refs, plans_root=plans_root, document=document, language=lang,
                           base=base, filters=filters)
    data: str | bytes
    if fmt == "json":
        from plandiff.render.synopsis_json import render_synopsis_json

        data = render_synopsis_json(synopsis)
    elif fmt == "markdown":
        from plandiff.render.synopsis_markdown import render_synopsis_markdown

        data = render_synopsis_markdown(synopsis)
    elif fmt == "text":
        from plandiff.render.synopsis_text import render_synopsis_text

        tty = output is None and _tty()
        columns = width or (shutil.get_terminal_size((100, 24)).columns if tty else 100)
        data = render_synopsis_text(synopsis, width=columns,
                                    color=tty and "NO_COLOR" not in os.environ)
    elif fmt == "docx":
        from plandiff.render.docx import render_synopsis_docx

        data = render_synopsis_docx(synopsis, lang=lang, document=document)
    else:
        from plandiff.render.report.synopsis_html import (
            render_synopsis_html,
            render_synopsis_pdf,
        )

        data = (render_synopsis_pdf(synopsis, lang=lang, document=document) if fmt == "pdf"
                else render_synopsis_html(synopsis, lang=lang, document=document))
    emit(data, output)
    return ExitCode.OK
