"""``plandiff history``: one clause's life across versions and documents, or a document's
evolution matrix."""

from __future__ import annotations

from pathlib import Path

import click

from plandiff.cli.options import emit, output_format, output_option, require_output
from plandiff.errors import ExitCode
from plandiff.render.formats import HISTORY_FORMATS, RenderOptions


@click.command("history")
@click.argument("document")
@click.argument("point_arg", metavar="[POINT]", required=False)
@click.option("--point", "point", metavar="ID",
              help="A point of DOCUMENT: its id, its number (in the latest version that "
                   "has it) or a full DOCUMENT@VERSION#POINT (an id or a number such as "
                   "14 or 21(d)); also given after DOCUMENT, or as DOCUMENT#POINT. "
                   "Without it, the evolution matrix of all points.")
@click.option("--format", "fmt", type=click.Choice(list(HISTORY_FORMATS)),
              default="text", show_default=True, help="Output format.")
@output_option
@click.option("--lang", metavar="L",
              help="Language of the versions followed (default: en, or the document's "
                   "first language); also the labels of html/pdf output.")
@click.option("--plans", "plans_root", type=click.Path(path_type=Path), default=Path("plans"),
              show_default=True, help="The plans tree.")
def command(document: str, point_arg: str | None, point: str | None, fmt: str, output: Path | None,
            lang: str | None, plans_root: Path) -> int:
    """Follow a clause of DOCUMENT through every version it appears in — across
    renumbering, splits and merges, and out into other documents through derived_from
    links — with the change at each step (kind, word-level redline, meaning-shift flags).

    Without --point: the evolution matrix (rows = clauses by lineage, columns = versions,
    cells = number and change kind); html and pdf then also give every clause's history.
    docx: a Word document with one table per clause (no tracked changes).

    \b
    Examples:
      plandiff history peace-framework army-cap
      plandiff history peace-framework@2025-12-24-20-point#14
      plandiff history peace-framework --point reconstruction-package --format json
      plandiff history peace-framework --format html -o peace-framework-history.html
      plandiff history peace-framework --lang ja --format pdf -o history-ja.pdf
      plandiff history peace-framework --format docx -o peace-framework-history.docx
    """
    from plandiff.errors import InputError
    from plandiff.limits import Limits
    from plandiff.lineage import history as hist
    from plandiff.plans.corpus import load_corpus

    document, point = _subject(document, point_arg, point)
    fmt = output_format(fmt, output, HISTORY_FORMATS)
    require_output(fmt, HISTORY_FORMATS[fmt].binary, output)
    if not plans_root.is_dir():
        raise InputError(f"{plans_root}: no such plans folder")
    if output is not None:
        from plandiff.atomicio import check_target

        check_target(output)
    corpus = load_corpus(plans_root, Limits.from_env())
    corpus.require_valid(document)
    language = lang or hist.default_language(corpus, document)
    chosen = HISTORY_FORMATS[fmt]
    subject: hist.PointHistory | hist.DocumentHistory | hist.EvolutionMatrix
    if point is not None and fmt == "docx":  # a Word history always has the whole layout
        subject = hist.document_history(corpus, document, language, points=[point])
    elif point is not None:
        subject = hist.point_history(corpus, document, point, language)
    elif chosen.pages:
        subject = hist.document_history(corpus, document, language)
    else:
        subject = hist.evolution_matrix(corpus, document, language)
    emit(chosen.render(subject, RenderOptions(lang=lang)), output,
         forbid=[f.path for f in corpus.files])
    return ExitCode.OK


def _subject(document: str, point_arg: str | None, point: str | None) -> tuple[str, str | None]:
    """The document and point a history follows, however the command line names them:
    ``DOCUMENT POINT``, ``DOCUMENT --point POINT``, ``DOCUMENT#POINT`` or
    ``DOCUMENT@VERSION#POINT``."""
    from plandiff.errors import UsageError

    if "#" in document:
        reference, document = document, document.partition("#")[0].partition("@")[0]
        named = [reference if "@" in reference else reference.partition("#")[2]]
    else:
        named = []
    named += [p for p in (point_arg, point) if p is not None]
    if len(set(named)) > 1:
        raise UsageError(f"two points named: {' and '.join(named)}; give one")
    return document, (named[0] if named else None)
