"""``plandiff validate``: check plan files against the schema and the cross-file rules."""

from __future__ import annotations

import json
from pathlib import Path

import click

from plandiff.errors import ExitCode, Problem
from plandiff.limits import Limits
from plandiff.workflows.validate import ValidationResult, validate_paths


def _github(problem: Problem) -> str:
    def data(text: str) -> str:
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")

    def prop(text: str) -> str:
        return data(text).replace(":", "%3A").replace(",", "%2C")

    where = [f"file={prop(problem.file)}"]
    if problem.line is not None:
        where.append(f"line={problem.line}")
    if problem.column is not None:
        where.append(f"col={problem.column}")
    where.append(f"title={prop('plandiff ' + problem.rule)}")
    location = problem.path or (f"{problem.line}:{problem.column or 1}" if problem.line else "")
    message = f"{location}: {problem.message}" if location else problem.message
    return f"::error {','.join(where)}::{data(message)}"


def _as_json(result: ValidationResult) -> str:
    payload = {
        "valid": result.ok,
        "files": list(result.files),
        "missing": list(result.unreadable_arguments),
        "problems": [
            {"file": p.file, "path": p.path, "line": p.line, "column": p.column,
             "rule": p.rule, "message": p.message}
            for p in result.problems
        ],
        "warnings": [
            {"file": p.file, "path": p.path, "rule": p.rule, "message": p.message}
            for p in result.warnings
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)


@click.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github"]), default="text",
              show_default=True, help="text for people, json for tools, github for CI annotations.")
@click.option("--strict", is_flag=True,
              help="Warnings (a placeholder source) are problems: exit code 1.")
def command(paths: tuple[Path, ...], fmt: str, strict: bool) -> int:
    """Validate plan files (default: plans/) against the JSON Schema and the cross-file rules.

    Every problem in every file is reported, one line each: FILE:$.json.path: message
    (FILE:LINE:COLUMN: message for JSON syntax errors). Exit code 0 when all files are
    valid, 1 when any is invalid, 2 when a path does not exist or a folder holds no
    plan file.

    \b
    Examples:
      plandiff validate
      plandiff validate plans/peace-framework --format github
    """
    result = validate_paths(list(paths) or [Path("plans")], Limits.from_env(), strict=strict)
    if fmt == "json":
        click.echo(_as_json(result))
    else:
        for problem in result.problems:
            click.echo(_github(problem) if fmt == "github" else problem.format())
        for warning in result.warnings:
            click.echo(_github(warning).replace("::error ", "::warning ", 1) if fmt == "github"
                       else f"{warning.format()} (warning)", err=fmt != "github")
        for line in result.unreadable_arguments:
            click.echo(f"::error title=plandiff io::{line}" if fmt == "github" else line,
                       err=fmt != "github")
    if fmt == "text":
        bad = len({p.file for p in result.problems})
        if result.ok:
            click.echo(f"{len(result.files)} plan file(s) valid", err=True)
        else:
            click.echo(f"{len(result.problems)} problem(s) in {bad} of {len(result.files)} "
                       "plan file(s)", err=True)
    if result.unreadable_arguments:
        return ExitCode.INPUT
    return ExitCode.OK if result.ok else ExitCode.FINDINGS
