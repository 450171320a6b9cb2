"""``plandiff add``: a new version into plans/, linked to the latest one."""

from __future__ import annotations

import datetime as dt
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import click

from plandiff.cli.draftopts import (
    DraftOptions,
    ask_source_url,
    draft_options,
    placeholder_note,
    show_report,
)
from plandiff.cli.options import DraftPath, parse_date
from plandiff.errors import ExitCode, UsageError
from plandiff.plans.intake.report import StructureWarnings
from plandiff.plans.model import Status, TextKind

if TYPE_CHECKING:
    from plandiff.limits import Limits
    from plandiff.plans.model import Source
    from plandiff.workflows.add import AddResult


def _pick(values: tuple[str, ...], index: int, count: int, name: str) -> str | None:
    if not values:
        return None
    if len(values) == 1:
        return values[0]
    if len(values) != count:
        raise UsageError(f"--{name} given {len(values)} times for {count} --source-url; give it "
                         "once (for every source) or once per --source-url")
    return values[index]


def _sources(urls: tuple[str, ...], titles: tuple[str, ...], publishers: tuple[str, ...],
             dates: tuple[str, ...]) -> tuple[Source, ...]:
    from pydantic import ValidationError

    from plandiff.plans.model import Source

    if not urls:
        if titles or publishers or dates:
            raise UsageError("--source-title, --source-publisher and --source-date describe a "
                             "--source-url; give the URL too")
        return ()
    out = []
    for index, url in enumerate(urls):
        host = urlsplit(url).hostname or url
        title = _pick(titles, index, len(urls), "source-title") or url
        publisher = _pick(publishers, index, len(urls), "source-publisher") or host
        date = _pick(dates, index, len(urls), "source-date")
        data: dict[str, str] = {"title": title, "publisher": publisher, "url": url}
        if date:
            data["date"] = date
        try:
            out.append(Source.model_validate(data))
        except ValidationError as exc:
            fields = ", ".join(sorted({str(e["loc"][0]) for e in exc.errors() if e["loc"]}))
            raise UsageError(f"source {index + 1} ({url}): invalid {fields or 'source'}"
                             " (URL must start with http:// or https://; dates YYYY-MM-DD)"
                             ) from None
    return tuple(out)


def _terminal_width() -> int | None:
    """The terminal's width when the report goes to one (piped or redirected: None, one line
    per mapping row for grep and scripts)."""
    try:
        tty = sys.stdout.isatty()
    except (AttributeError, ValueError):
        return None
    return shutil.get_terminal_size((80, 24)).columns if tty else None


def summary_lines(result: AddResult, width: int | None = None) -> list[str]:
    """The short report printed after an add (also used by tests); the mapping's rows are
    wrapped to ``width`` terminal columns (None: one line each)."""
    from plandiff.plans.corpus import display_path
    from plandiff.render.common import grouped_flag_texts
    from plandiff.render.log import change_line

    plan = result.plan
    total = sum(1 for _ in plan.walk())
    verb = "added" if result.written else "dry run, nothing written: would add"
    lines = [f"{verb} {display_path(result.path)} ({plan.ref}, {plan.date}, {plan.language}, "
             f"{len(plan.points)} points, {total} at all levels)"]
    if result.created_folder:
        lines.append(f"created the document folder {display_path(result.path.parent)}")
    if result.backup is not None:
        lines.append(f"replaced the existing version; the old file is kept as "
                     f"{display_path(result.backup)}")
    lines.extend(f"note: {note}" for note in result.notes)
    before = result.predecessor
    if before is None:
        lines.append("supersedes: nothing (no earlier version in this language)")
        return lines
    lines.append(f"supersedes {before.version} ({before.date})")
    lines.append(f"ids: {len(result.carried)} carried over from {before.version}, "
                 f"{result.kept} already matching"
                 + (f", {len(result.renamed)} renamed to avoid a clash" if result.renamed
                    else ""))
    for own, carried in result.carried[:8]:
        lines.append(f"  {own} -> {carried}")
    if len(result.carried) > 8:
        lines.append(f"  ... and {len(result.carried) - 8} more")
    if result.topics:
        lines.append(f"topics carried over to {len(result.topics)} point(s) that had none")
    if result.proposed:
        lines.append(f"derived_from proposed for {len(result.proposed)} point(s) "
                     "(review them in the file)")
    if result.mapping:
        from plandiff.workflows.mapping import row_lines

        review = sum(row.review for row in result.mapping)
        lines.append("mapping (old -> new, kind, confidence, evidence)"
                     + (f"; {review} to review" if review else "") + ":")
        lines.extend(line for row in result.mapping for line in row_lines(row, width))
        if result.plan.alignment is not None:
            a = result.plan.alignment
            lines.append(f"corrections recorded in the file: {len(a.unlinked)} unlinked, "
                         f"{len(a.new)} new (links are the points' derived_from)")
    comparison = result.comparison
    if comparison is not None:
        counts = comparison.summary.counts(not_reported=False)
        words = ", ".join(f"{n} {k}" for k, n in counts if n)
        if comparison.summary.not_reported:  # a partial text: removed only as far as known
            words += f" ({comparison.summary.not_reported} of them not reported)"
        lines.append(f"changes vs {before.version}: {words or 'none'}")
        lines.append(f"  ({change_line(counts)})")
        count = sum(len(change.flags) for change in comparison.changes)
        if count:
            lines.append(f"meaning-shift flags ({count}):")
            for change in comparison.changes:
                where = "/".join(change.new or change.old)
                number = "/".join(change.new_numbers or change.old_numbers)
                lines.extend(f"  {number} {where}: {text}"
                             for text in grouped_flag_texts(change.flags))
    return lines


def _read_stdin(limits: Limits) -> bytes:
    """The draft piped or pasted on standard input, within the file size limit."""
    data: bytes = sys.stdin.buffer.read(limits.max_file_bytes + 1)
    if len(data) > limits.max_file_bytes:
        raise UsageError(f"standard input is over the limit of {limits.max_file_bytes} bytes "
                         "(set PLANDIFF_MAX_FILE_BYTES to raise it)")
    return data


@click.command("add")
@click.argument("source", type=DraftPath())
@click.option("--document", help="Document id (the folder under plans/); required for text.")
@click.option("--version", "version_id", help="Version id (the file name); required for text.")
@click.option("--date", callback=parse_date, help="Date of the version, YYYY-MM-DD "
              "(default for a text draft: the date the version id starts with).")
@click.option("--title", help="Title of the version.")
@click.option("--status", type=click.Choice([s.value for s in Status]),
              help="Standing of the text (leaked-draft, proposal, ...).")
@click.option("--text-kind", type=click.Choice([k.value for k in TextKind]),
              help="official, translation, paraphrase or summary.")
@click.option("--language", help="Language of the text (en, ja, uk, ...).")
@click.option("--source-url", multiple=True, help="Where the text comes from (repeatable).")
@click.option("--source-title", multiple=True, help="Title of each source (default: the URL).")
@click.option("--source-publisher", multiple=True,
              help="Publisher of each source (default: the URL's host).")
@click.option("--source-date", multiple=True, help="Publication date of each source.")
@click.option("--party", "parties", multiple=True, help="A party to the text (repeatable).")
@click.option("--supersedes", help="Link to this version instead of the latest one.")
@click.option("--translation-of", help="The version (of the same document, in another "
              "language) this one translates.")
@click.option("--keep-ids", is_flag=True,
              help="Keep the draft's point ids (only propose derived_from links).")
@click.option("--plans", "plans_root", type=click.Path(path_type=Path), default=Path("plans"),
              show_default=True, help="The plans tree.")
@click.option("--force", is_flag=True,
              help="Replace an existing version (the old file is kept as V.json.bak-N).")
@click.option("--link", "links", multiple=True, metavar="OLD=NEW",
              help="Correct the mapping: new point NEW derives from old point OLD (places "
                   "as the mapping prints them, such as 10, 10(a) or 3.b, or ids; a sub-point "
                   "moved to another point too; repeatable).")
@click.option("--unlink", "unlinks", multiple=True, metavar="OLD",
              help="Correct the mapping: old point OLD has no successor (repeatable).")
@click.option("--new", "new_points", multiple=True, metavar="NEW",
              help="Correct the mapping: new point NEW has no predecessor (repeatable).")
@click.option("--mapping", "mapping_in", type=click.Path(path_type=Path, dir_okay=False),
              help="Read the whole mapping from a CSV written by --mapping-out and edited "
                   "(a row with an empty side unlinks or makes a point new); edited in a "
                   "spreadsheet, save it as CSV.")
@click.option("--mapping-out", type=click.Path(path_type=Path, dir_okay=False),
              help="Write the final mapping as CSV (old,new,kind,confidence,evidence,review).")
@click.option("--dry-run", is_flag=True,
              help="Show the mapping (and write --mapping-out) without adding the version.")
@draft_options
def command(source: Path, document: str | None, version_id: str | None,
            date: dt.date | None, title: str | None, status: str | None,
            text_kind: str | None, language: str | None, source_url: tuple[str, ...],
            source_title: tuple[str, ...], source_publisher: tuple[str, ...],
            source_date: tuple[str, ...], parties: tuple[str, ...], supersedes: str | None,
            translation_of: str | None, keep_ids: bool, plans_root: Path, force: bool,
            links: tuple[str, ...], unlinks: tuple[str, ...], new_points: tuple[str, ...],
            mapping_in: Path | None, mapping_out: Path | None, dry_run: bool,
            **draft: Any) -> int:
    """Add SOURCE (a draft as plandiff import reads it: text, Markdown, a saved HTML page,
    a Word .docx, an OpenDocument .odt, a PDF with a text layer or Akoma Ntoso XML; or a plan
    JSON file) to the plans tree as plans/DOCUMENT/VERSION.json. SOURCE "-" reads a draft
    from standard input (pasted or piped, in any encoding the import reads).

    The new version supersedes the latest version of DOCUMENT in its language; point ids
    are carried over from that version wherever the aligner pairs points (so ids survive
    renumbering), derived_from links are proposed for the rest, and the result is
    validated like `plandiff validate` before it is written. An existing version is never
    overwritten (unless --force, which keeps a backup). Prints what changed.

    \b
    Examples:
      plandiff add leak.txt --document peace-framework --version 2026-02-01-draft \\
          --date 2026-02-01 --status leaked-draft \\
          --source-url https://example.org/leak --source-publisher "Example News"
      plandiff add new-version.json
      plandiff add draft.txt --document D --version V --dry-run --mapping-out map.csv
      plandiff add draft.txt --document D --version V --link 10=5 --unlink 8 --new 9
      xclip -o | plandiff add - --document D --version V --source-url URL
    """
    from plandiff.limits import Limits
    from plandiff.workflows.add import AddRequest, add_version
    from plandiff.workflows.mapping import Corrections, parse_link

    limits = Limits.from_env()
    piped = str(source) == "-"
    is_text = piped or source.suffix.lower() != ".json" or draft["from_format"] is not None
    if is_text and (document is None or version_id is None):
        raise UsageError("a text draft needs --document and --version")
    options = DraftOptions.from_click(draft)
    if str(options.report_json) == "-":
        raise UsageError("--report-json -: add prints what it did on standard output; give "
                         "a file for the structure report")
    data = _read_stdin(limits) if piped else None
    if is_text and not source_url and not piped:  # a piped draft: standard input is spent
        source_url = ask_source_url()
    request = AddRequest(
        source=source, plans_root=plans_root, document=document, version=version_id,
        title=title, date=date, status=Status(status) if status else None,
        text_kind=TextKind(text_kind) if text_kind else None, language=language,
        sources=_sources(source_url, source_title, source_publisher, source_date),
        parties=parties, supersedes=supersedes, translation_of=translation_of,
        keep_ids=keep_ids, force=force, source_data=data,
        limits=limits, draft_format=options.fmt,
        draft_attachment=options.attachment, draft_view=options.view,
        draft_column=options.column,
        points_by=options.points_by,
        partial=options.partial, covers=options.covers, strict=options.strict,
        corrections=Corrections(links=tuple(parse_link(x) for x in links), unlinks=unlinks,
                                new=new_points, mapping=mapping_in),
        dry_run=dry_run, mapping_out=mapping_out)
    try:
        result = add_version(request)
    except StructureWarnings as exc:
        show_report(exc.report, options.report_json)
        raise
    if result.report is not None:
        show_report(result.report, options.report_json)
    if is_text and not source_url:
        placeholder_note(source.url for source in result.plan.sources)
    for line in summary_lines(result, _terminal_width()):
        click.echo(line)
    if result.not_reported:
        click.echo(f"not reported (the text does not cover them): {len(result.not_reported)} "
                   "earlier point(s)")
    return ExitCode.OK
