"""``plandiff validate``: check plan files against the schema and the cross-file rules."""

from __future__ import annotations

import json
from pathlib import Path

import click

from plandiff.errors import ExitCode, Problem
from plandiff.limits import Limits
from plandiff.workflows.validate import ValidationResult, validate_paths


def _github(problem: Problem, level: str = "error") -> str:
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
    return f"::{level} {','.join(where)}::{data(message)}"


def _as_json(result: ValidationResult, strict: bool = False) -> str:
    payload = {
        "valid": result.ok and not (strict and result.warnings),
        "files": list(result.files),
        "missing": list(result.unreadable_arguments),
        "problems": [
            {"file": p.file, "path": p.path, "line": p.line, "column": p.column,
             "rule": p.rule, "message": p.message}
            for p in result.problems
        ],
        "warnings": [
            {"file": p.file, "path": p.path, "line": p.line, "column": p.column,
             "rule": p.rule, "message": p.message}
            for p in result.warnings
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2)


def _with_translations(result: ValidationResult, paths: list[Path]) -> ValidationResult:
    """``result`` plus the translation findings of the valid files among ``paths``."""
    from dataclasses import replace

    from plandiff.errors import InputError
    from plandiff.workflows.translation import check_translations
    from plandiff.workflows.validate import find_tree_root

    first = paths[0]
    root = first if first.is_dir() and (first / "plandiff.json").exists() else (
        find_tree_root(first / "x.json" if first.is_dir() else first) or Path("plans"))
    invalid = {p.file for p in result.problems} | set(result.invalid_files)
    try:
        report = check_translations([str(p) for p in paths], root, Limits.from_env())
    except InputError as exc:
        extra = exc.problems or (Problem(str(first), "", exc.message, rule="translation"),)
        return replace(result, problems=result.problems + tuple(extra))
    found = tuple(f.problem() for f in report.findings if f.file not in invalid)
    return replace(result, problems=tuple(sorted(
        result.problems + found, key=lambda p: (p.file, p.line or 0, p.path, p.message))))


@click.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "github"]), default="text",
              show_default=True, help="text for people, json for tools, github for CI annotations.")
@click.option("--strict", is_flag=True,
              help="Warnings (a cross-reference naming no point, a placeholder source) "
                   "count as problems: exit code 1.")
@click.option("--translations", is_flag=True,
              help="Also check every translation among the files against its original "
                   "(as plandiff check-translation does); findings are problems.")
def command(paths: tuple[Path, ...], fmt: str, strict: bool, translations: bool) -> int:
    """Validate plan files (default: plans/) against the JSON Schema and the cross-file rules.

    Every problem in every file is reported, one line each: FILE:LINE:COLUMN: $.json.path:
    message (FILE:LINE:COLUMN: message for JSON syntax errors). Exit code 0 when all files are
    valid, 1 when any is invalid, 2 when a path does not exist or a folder holds no
    plan file. Warnings (a cross-reference such as "point 12" or "第3条" in a point's text or
    notes that names no point of its version) are shown but fail only with --strict.

    \b
    Examples:
      plandiff validate
      plandiff validate plans/peace-framework --format github
    """
    result = validate_paths(list(paths) or [Path("plans")], Limits.from_env())
    if translations and not result.unreadable_arguments:
        result = _with_translations(result, list(paths) or [Path("plans")])
    if fmt == "json":
        click.echo(_as_json(result, strict))
    else:
        for problem in result.problems:
            click.echo(_github(problem) if fmt == "github" else problem.format())
        for warning in result.warnings:
            click.echo(_github(warning, "warning") if fmt == "github"
                       else f"warning: {warning.format()}")
        for line in result.unreadable_arguments:
            click.echo(f"::error title=plandiff io::{line}" if fmt == "github" else line,
                       err=fmt != "github")
    if fmt == "text":
        invalid = {p.file for p in result.problems} | set(result.invalid_files)
        bad = len(invalid - set(result.settings))
        settings = "".join(f" and {name}" for name in result.settings if name not in invalid)
        broken = "".join(f" and in {name}" for name in result.settings if name in invalid)
        if result.ok and strict and result.warnings:
            warned = len({w.file for w in result.warnings})
            click.echo(f"{len(result.warnings)} warning(s) in {warned} of {len(result.files)} "
                       "plan file(s), which fail with --strict", err=True)
        elif result.ok:
            click.echo(f"{len(result.files)} plan file(s){settings} valid", err=True)
        elif result.problems:
            click.echo(f"{len(result.problems)} problem(s) in {bad} of {len(result.files)} "
                       f"plan file(s){broken}", err=True)
    if result.unreadable_arguments:
        return ExitCode.INPUT
    if strict and result.warnings:
        return ExitCode.FINDINGS
    return ExitCode.OK if result.ok else ExitCode.FINDINGS
