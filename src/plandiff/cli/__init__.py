"""The command line: a thin layer that parses options, calls one library function, and maps
library errors to exit codes in one place (:func:`main`)."""

from __future__ import annotations

import contextlib
import sys
from typing import NoReturn

import click

from plandiff import __version__
from plandiff.errors import ExitCode, PlandiffError, one_line


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="plandiff")
def app() -> None:
    """plandiff: track how a negotiated text changes from draft to draft.

    \b
    Examples:
      plandiff validate plans/
      plandiff diff peace-framework@2025-11-20-us-28-point \\
                    peace-framework@2025-12-24-20-point --format pdf -o 28-20.pdf
      plandiff build
    """


def _register() -> None:
    # One module per command; each defines `command` (a click.Command).
    from plandiff.cli import cmd_schema, cmd_validate

    for module in (cmd_validate, cmd_schema):
        app.add_command(module.command)
    for name in ("cmd_import", "cmd_diff", "cmd_add", "cmd_log", "cmd_history", "cmd_build",
                 "cmd_synopsis", "cmd_check_translation"):
        try:
            module = __import__(f"plandiff.cli.{name}", fromlist=["command"])
        except ModuleNotFoundError as exc:
            if exc.name != f"plandiff.cli.{name}":
                raise
            continue
        app.add_command(module.command)


_register()


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def main(argv: list[str] | None = None) -> NoReturn:
    """Run plandiff and exit with the documented exit code; no traceback reaches a user."""
    _utf8_streams()
    code: int
    try:
        result = app.main(args=argv, prog_name="plandiff", standalone_mode=False)
        code = int(result) if isinstance(result, int) else ExitCode.OK
    except click.exceptions.Exit as exc:
        code = exc.exit_code
    except click.Abort:
        click.echo("plandiff: aborted", err=True)
        code = 130
    except click.ClickException as exc:
        click.echo(f"plandiff: {one_line(exc.format_message())}", err=True)
        code = ExitCode.INPUT
    except PlandiffError as exc:
        for line in exc.lines():
            click.echo(f"plandiff: {line}" if not exc.problems else line, err=True)
        code = exc.exit_code
    except BrokenPipeError:
        code = ExitCode.OK
    except KeyboardInterrupt:
        click.echo("plandiff: interrupted", err=True)
        code = 130
    except RecursionError:
        click.echo("plandiff: input nested too deeply", err=True)
        code = ExitCode.INPUT
    except OSError as exc:  # a file the system refused: too long a name, a loop, a device ...
        name = exc.filename if exc.filename is not None else "plandiff"
        reason = exc.strerror or type(exc).__name__
        click.echo(f"plandiff: {one_line(str(name))}: {one_line(reason)}", err=True)
        code = ExitCode.INPUT
    except MemoryError:
        click.echo("plandiff: out of memory; see the limits section of the README", err=True)
        code = ExitCode.INPUT
    except Exception as exc:  # a bug: one line, no traceback, a distinct code
        click.echo(f"plandiff: internal error: {type(exc).__name__}: {one_line(str(exc))} "
                   "(please report it with the command you ran)", err=True)
        code = ExitCode.RENDER
    with contextlib.suppress(BrokenPipeError, OSError):
        sys.stdout.flush()
    sys.exit(code)
