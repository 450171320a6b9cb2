"""``plandiff diff``: compare two versions and print or write a redline report."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from plandiff.cli.options import dash_is_stdout, output_format
from plandiff.collector import collector_paused, settle
from plandiff.engine.align import AlignOptions
from plandiff.engine.compare import CompareOptions, has_differences
from plandiff.engine.redline import Granularity
from plandiff.errors import NOTE_LIMIT, ExitCode, UsageError, one_line
from plandiff.render.formats import COMPARISON_FORMATS, RenderOptions
from plandiff.workflows.diff import diff_input


def _stdout_is_tty() -> bool:
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _use_color(output: Path | None) -> bool:
    if output is not None or "NO_COLOR" in os.environ:
        return False
    return _stdout_is_tty()


def _inputs(args: tuple[str, ...], plans_root: Path) -> list[Path]:
    """The files OLD and NEW stand for (paths, or DOCUMENT@VERSION inside the plans folder)."""
    files = []
    for arg in args:
        document, at, version = arg.partition("@")
        files.append(plans_root / document / f"{version}.json" if at and not Path(arg).exists()
                     else Path(arg))
    return files


def _covers(value: str | None) -> tuple[tuple[int, int], ...]:
    """``--covers``, read (its module imported only when the option is given)."""
    if not value:
        return ()
    from plandiff.engine.partial import parse_covers

    return parse_covers(value)


def _write(output: Path, payload: str | bytes, forbid: list[Path]) -> None:
    from plandiff.atomicio import atomic_write_bytes

    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    atomic_write_bytes(output, data, overwrite=True, forbid=forbid)


@click.command("diff")
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="[NEW]", required=False)
@click.option("--format", "fmt", type=click.Choice(list(COMPARISON_FORMATS)), default="text",
              show_default=True,
              help="text: a redline for the terminal; markdown; json: the diff JSON; "
                   "html and pdf: the full report; docx: a Word redline with tracked changes.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              callback=dash_is_stdout,
              help="Write the report to this file (replaced atomically if it exists). Without "
                   "--format, its suffix names the format (.html, .pdf, .docx, .json, .md, "
                   ".txt).")
@click.option("--attachment", metavar="NAME",
              help="OLD or NEW is a saved e-mail (.eml) carrying several drafts: read its "
                   "attachment NAME (its file name) as the draft.")
@click.option("--lang", default=None, metavar="L",
              help="Language of report labels for html/pdf (en, ja, uk, ru); default: the plans'.")
@click.option("--exit-code", "exit_code", is_flag=True,
              help="Exit with 1 when the versions differ (like git diff --exit-code).")
@click.option("--ignore-case", is_flag=True, help="Changes of letter case alone do not count.")
@click.option("--ignore-whitespace", is_flag=True,
              help="Changes of spacing and line breaks alone do not count.")
@click.option("--ignore-punctuation", is_flag=True,
              help="Changes of punctuation alone do not count.")
@click.option("--granularity", type=click.Choice([g.value for g in Granularity]),
              default=Granularity.WORD.value, show_default=True,
              help="Mark whole words, or single characters.")
@click.option("--plans", "plans_root", type=click.Path(path_type=Path, file_okay=False),
              default=Path("plans"), show_default=True,
              help="Plans folder in which DOCUMENT@VERSION references are looked up.")
@click.option("--layout", type=click.Choice(["inline", "side-by-side"]), default="inline",
              show_default=True, help="Redline layout of html/pdf reports.")
@click.option("--changes-only", is_flag=True,
              help="Leave out unchanged points that stayed in place (renumbered or not).")
@click.option("--allow-cross-language", is_flag=True,
              help="Compare versions in different languages (normally refused).")
@click.option("--partial", is_flag=True,
              help="NEW covers only part of OLD (a press copy of some points): the points "
                   "of OLD it leaves out are not reported, never removed.")
@click.option("--covers", metavar="N-M", help="The point numbers NEW covers (e.g. 1-12 or "
              "1-12,15); implies --partial.")
@click.option("--explain", is_flag=True,
              help="Show how each pair was made (declared link, same id, same text, "
                   "similarity and the shared words that carried it, containment) and a "
                   "confidence (text, markdown, json). Low-confidence pairs are marked "
                   "\"review\" in every format, with or without this option.")
def command(old: str, new: str | None, fmt: str, output: Path | None, lang: str | None,
            exit_code: bool, ignore_case: bool, ignore_whitespace: bool,
            ignore_punctuation: bool, granularity: str, plans_root: Path, layout: str,
            changes_only: bool, allow_cross_language: bool, explain: bool,
            attachment: str | None = None, partial: bool = False,
            covers: str | None = None) -> int:
    """Compare two versions of a document point by point.

    OLD and NEW are plan files, DOCUMENT@VERSION references into the plans folder, or
    drafts (text, a page, Word, PDF …) read in memory. A Word or OpenDocument file alone
    compares its text before and after its tracked changes. Points
    are lined up by their authors' derived_from links, ids, identical text and similarity,
    so renumbered, moved, split and merged clauses are reported as such. Output is the same
    bytes from run to run. Exit code 0 (with --exit-code: 0 when the versions are the same,
    1 when they differ), 2 for a missing or invalid input, 3 when a report cannot be made.

    \b
    Example:
      plandiff diff peace-framework@2025-11-20-us-28-point \\
                    peace-framework@2025-12-24-20-point
      plandiff diff old.json new.json --format json -o diff.json
      plandiff diff old.json new.json --explain
      plandiff diff old.json new.json --format pdf -o report.pdf --lang ja
      plandiff diff old.json new.json --format docx -o redline.docx
      plandiff diff reviewed.docx --format pdf -o what-the-changes-do.pdf
    """
    fmt = output_format(fmt, output, COMPARISON_FORMATS)
    if COMPARISON_FORMATS[fmt].binary and output is None and _stdout_is_tty():
        raise UsageError(f"refusing to write a {fmt.upper()} file to the terminal: use -o FILE "
                         "or a pipe")
    inputs = _inputs((old,) if new is None else (old, new), plans_root)
    if output is not None:
        from plandiff.atomicio import check_target

        check_target(output, inputs)
    # Loading both versions and comparing them make millions of objects and no garbage
    # cycles. Each step pauses the cyclic collector already; one pause over all of them
    # spares the scans of everything they made that each resumption would start (about
    # 0.07 s of CPU on the 5,000-point benchmark pair).
    with collector_paused():
        source, notes = diff_input(old, new, plans_root=plans_root, options=CompareOptions(
            ignore_case=ignore_case, ignore_whitespace=ignore_whitespace,
            ignore_punctuation=ignore_punctuation, granularity=Granularity(granularity),
            allow_cross_language=allow_cross_language, align=AlignOptions(terms=explain)),
            attachment=attachment, partial=partial, covers=_covers(covers))
        settle()  # both versions and their comparison live until the command ends
    for note in notes:  # drafts imported in memory: their ids are provisional
        click.echo(f"note: {one_line(note, NOTE_LIMIT)}", err=True)
    options = RenderOptions(lang=lang, layout=layout, changes_only=changes_only,
                            color=_use_color(output), explain=explain)
    payload = COMPARISON_FORMATS[fmt].render(source, options)
    if output is not None:
        _write(output, payload, inputs)
    elif isinstance(payload, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
    else:
        click.echo(payload, nl=False)
    if exit_code and has_differences(source.comparison):
        return ExitCode.FINDINGS
    return ExitCode.OK
