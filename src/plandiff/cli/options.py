"""Option pieces more than one command shares, declared once."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

import click

from plandiff.errors import UsageError, one_line_name

F = TypeVar("F", bound=Callable[..., object])


def parse_date(_ctx: click.Context, _param: click.Parameter, value: str | None
               ) -> dt.date | None:
    """Click callback: a ``YYYY-MM-DD`` option value as a date (``--date``)."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


class DraftPath(click.Path):
    """A draft's path (``plandiff import DRAFT``, ``plandiff add SOURCE``). A web address is
    refused with what to give instead, where Click's path took it for a file and reported
    ``https:/example.org/x: no such file``, its two slashes made one."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(path_type=Path, **kwargs)  # type: ignore[arg-type]

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> Any:
        if isinstance(value, str) and "://" in value and not Path(value).exists():
            from plandiff.plans.refs import url_refused

            refused = url_refused(value)
            if refused is not None:
                raise UsageError(refused)
        return super().convert(value, param, ctx)


def dash_is_stdout(_ctx: click.Context, _param: click.Parameter,
                   value: Path | None) -> Path | None:
    """Click callback of ``-o``: ``-o -`` is standard output, as the option's absence is (it
    wrote a file named "-")."""
    return None if value is not None and str(value) == "-" else value


_SUFFIX_FORMATS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
                   ".json": "json", ".html": "html", ".htm": "html", ".pdf": "pdf",
                   ".docx": "docx"}
"""The formats an output file's suffix names (any case)."""


def output_format(fmt: str, output: Path | None, choices: Iterable[str]) -> str:
    """The format to write: ``--format`` when it was given on the command line; else the one
    ``-o``'s suffix names among ``choices`` (``-o report.pdf`` writes a PDF); else the
    default. A ``--format`` the suffix contradicts is kept, and a note says so."""
    if output is None:
        return fmt
    named = _SUFFIX_FORMATS.get(output.suffix.lower())
    if named is None or named not in choices or named == fmt:
        return fmt
    source = click.get_current_context().get_parameter_source("fmt")
    if source is click.core.ParameterSource.DEFAULT:
        return named
    click.echo(f"note: writing {fmt} to {one_line_name(output)} as --format {fmt} asks, "
               f"though its name ends in {output.suffix}", err=True)
    return fmt


def output_option(command: F) -> F:
    """``-o/--output FILE`` of the commands that print text or write a file (history,
    synopsis)."""
    return click.option(
        "-o", "--output", type=click.Path(path_type=Path), callback=dash_is_stdout,
        help="Write to this file, replaced atomically if it exists (required for pdf and "
             "docx; default: standard output). Without --format, its suffix names the format "
             "(.html, .pdf, .docx, .json, .md, .txt).")(command)


def require_output(fmt: str, binary: bool, output: Path | None) -> None:
    """Refuse a binary format without ``-o``: it is never written to a terminal."""
    if binary and output is None:
        raise UsageError(f"--format {fmt} needs -o FILE (a {fmt.upper()} file is not written "
                         "to a terminal)")


def emit(data: str | bytes, output: Path | None, forbid: Iterable[Path] = ()) -> None:
    """``data`` to standard output, or written atomically to ``output`` (never over a file
    in ``forbid``) with a ``wrote FILE`` note on standard error."""
    if output is None and isinstance(data, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    if output is None:
        click.echo(data, nl=False)
        return
    from plandiff.atomicio import atomic_write_bytes

    payload = data.encode("utf-8") if isinstance(data, str) else data
    atomic_write_bytes(output, payload, overwrite=True, forbid=forbid)
    click.echo(f"wrote {one_line_name(output)}", err=True)


__all__ = ["emit", "output_option", "parse_date", "require_output"]
