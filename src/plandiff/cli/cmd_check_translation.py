"""``plandiff check-translation``: does each translation say what its original says?"""

from __future__ import annotations

import json
from pathlib import Path

import click

from plandiff.errors import ExitCode

FORMATS = ("text", "json", "github")


def _github(file: str, line: int | None, title: str, message: str) -> str:
    def data(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def prop(text: str) -> str:
        return data(text).replace(":", "%3A").replace(",", "%2C")

    where = [f"file={prop(file)}"]
    if line is not None:
        where.append(f"line={line}")
    where.append(f"title={prop(title)}")
    return f"::error {','.join(where)}::{data(message)}"


@click.command("check-translation")
@click.argument("targets", nargs=-1, metavar="[PATH|REF|DOCUMENT ...]")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text",
              show_default=True, help="text for people, json for tools, github for CI "
                                      "annotations.")
@click.option("--plans", "plans_root", type=click.Path(path_type=Path), default=Path("plans"),
              show_default=True, help="The plans tree (where the originals are).")
def command(targets: tuple[str, ...], fmt: str, plans_root: Path) -> int:
    """Compare every translation (a version with translation_of) point by point with its
    original (every one in the plans tree, or those named: a plan file, a folder, a
    DOCUMENT@VERSION reference, or a DOCUMENT for all its translations): points missing or
    extra; numbers and amounts across scripts and units (60万 = 600,000, 8000億ドル = $800
    billion, 100日 = 100 days); dates; a negation on one side only; parties and places (the
    name table, extensible in plans/plandiff.json). Divergences the version records in
    translation_divergences are left out. Exit code 1 when anything is found.

    \b
    Examples:
      plandiff check-translation
      plandiff check-translation peace-framework
      plandiff check-translation plans/peace-framework/2025-12-24-20-point-ja.json
      plandiff check-translation peace-framework@2025-12-24-20-point-ja --format github
    """
    from plandiff.limits import Limits
    from plandiff.workflows.translation import check_translations

    report = check_translations(list(targets), plans_root, Limits.from_env())
    if fmt == "json":
        payload = {
            "checked": list(report.checked),
            "findings": [
                {"file": f.file, "path": f.path, "line": f.line, "version": f.version,
                 "original": f.original, "point": f.finding.point,
                 "kind": f.finding.code, "value": f.finding.value,
                 "in_original": f.finding.original, "in_translation": f.finding.translation,
                 "message": f.finding.message}
                for f in report.findings],
        }
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for f in report.findings:
            if fmt == "github":
                click.echo(_github(f.file, f.line, f"plandiff translation {f.finding.code}",
                                   f"{f.path}: point {f.finding.point}: {f.finding.message}"))
            else:
                where = f"{f.file}:{f.line}" if f.line is not None else f.file
                click.echo(f"{where}: {f.path}: {f.finding.code}: point {f.finding.point}: "
                           f"{f.finding.message}")
        if fmt == "text":
            click.echo(f"{len(report.findings)} finding(s) in {len(report.checked)} "
                       "translation(s)", err=True)
    return ExitCode.FINDINGS if report.findings else ExitCode.OK
