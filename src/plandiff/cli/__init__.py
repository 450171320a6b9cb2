"""The command line: a thin layer that parses options, calls one library function, and maps
library errors to exit codes in one place (:func:`main`)."""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from typing import Any, NoReturn

import click

from plandiff.collector import collector_paused, one_command_process, settle
from plandiff.errors import ExitCode, PlandiffError, one_line
from plandiff.regexcache import preload as preload_patterns


class _LazyGroup(click.Group):
    """A group whose commands' modules are imported when a command is looked up, not at
    start-up: ``plandiff diff`` does not pay for the importers, the report writers or the
    build pipeline of the other commands. The help listing imports them all."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lazy: dict[str, str] = {}
        """Command name → module that defines it (as ``command``)."""

    def register(self, module: str) -> None:
        """Declare ``plandiff.cli.<module>``; its command is named after it (``cmd_`` left
        out, ``_`` as ``-``: ``cmd_check_translation`` is ``check-translation``)."""
        self.lazy[module.removeprefix("cmd_").replace("_", "-")] = module

    def _load(self, name: str) -> None:
        module_name = self.lazy.pop(name, None)
        if module_name is None or name in self.commands:
            return
        try:
            # Imports make tens of thousands of objects that live as long as the process
            # and no garbage: the cyclic collector would scan them again and again.
            with collector_paused():
                module = importlib.import_module(f"plandiff.cli.{module_name}")
                settle()  # modules live as long as the process
        except ModuleNotFoundError as exc:
            if exc.name != f"plandiff.cli.{module_name}":
                raise
            return  # a command this build does not have
        self.add_command(module.command)

    def list_commands(self, ctx: click.Context) -> list[str]:
        for name in list(self.lazy):
            self._load(name)
        return super().list_commands(ctx)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        self._load(cmd_name)
        return super().get_command(ctx, cmd_name)


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if not value or ctx.resilient_parsing:
        return
    from plandiff import __version__

    click.echo(f"plandiff, version {__version__}")
    ctx.exit()


@click.group(cls=_LazyGroup,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True,
              callback=_show_version, help="Show the version and exit.")
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
    # One module per command; each defines `command` (a click.Command), imported when used.
    assert isinstance(app, _LazyGroup)
    for name in ("cmd_validate", "cmd_schema", "cmd_import", "cmd_diff", "cmd_add", "cmd_log",
                 "cmd_history", "cmd_build", "cmd_synopsis", "cmd_check_translation",
                 "cmd_export"):
        app.register(name)


_register()


def _utf8_streams() -> None:
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
    if not isinstance(sys.stderr, _Diagnostics):
        sys.stderr = _Diagnostics(sys.stderr)


class _Diagnostics:
    """Standard error that outlives its reader. It carries only diagnostics (the structure
    report, notes, "wrote …"): when nobody reads it any more (``2>&1 | head -1``, a log
    collector gone), its lines are dropped and the command goes on to write its result.
    Before, the first such line ended the command with nothing written."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self._gone = False

    def write(self, text: str) -> int:
        if not self._gone:
            try:
                return int(self._stream.write(text))
            except BrokenPipeError:
                self._gone = True
        return len(text)

    def flush(self) -> None:
        if not self._gone:
            try:
                self._stream.flush()
            except BrokenPipeError:
                self._gone = True

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _help_hint(exc: click.ClickException) -> str:
    """Where a command line Click refused is explained: `` (see: plandiff diff --help)``
    after a usage error (a missing or extra argument, an unknown option), nothing after
    another."""
    context = getattr(exc, "ctx", None)
    if not isinstance(exc, click.UsageError) or context is None:
        return ""
    return f" (see: {one_line(context.command_path)} --help)"


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
    except click.exceptions.NoArgsIsHelpError as exc:  # `plandiff` alone: the whole help
        click.echo(exc.format_message().rstrip("\n"), err=True)
        code = ExitCode.INPUT
    except click.ClickException as exc:
        click.echo(f"plandiff: {one_line(exc.format_message())}{_help_hint(exc)}", err=True)
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


def run() -> NoReturn:
    """The program's entry point (``plandiff`` and ``python -m plandiff``): :func:`main`, then
    the process ends at once, without tearing the interpreter down. Whatever the command
    wrote is complete by then (files are written and renamed atomically before a command
    returns; both standard streams are flushed here); what is skipped is freeing, one by
    one, every object and module of a process about to end (a third of a second after a
    5,000-point diff). Under a profiler, a coverage tracer or a debugger the process ends the
    ordinary way, so that they can write what they collected. :func:`main` itself still
    raises ``SystemExit``, for callers that keep running."""
    code: object = 0
    # The aligner's numpy does no linear algebra; OpenBLAS would still start a thread per
    # core at import and keep them spinning (about 30 ms of CPU per process). A user's own
    # setting wins.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    one_command_process()
    # The patterns a diff compiles, compiled ahead of time for this Python (a twentieth of
    # the 5,000-point diff's instructions otherwise): only here, where the process is ours.
    preload_patterns()
    try:
        main()
    except SystemExit as exc:
        code = exc.code
    if isinstance(code, int):
        status = code
    elif code is None:
        status = 0
    else:  # what sys.exit("message") does: the message on standard error, status 1
        with contextlib.suppress(OSError, ValueError):
            print(code, file=sys.stderr)
        status = 1
    if sys.getprofile() is not None or sys.gettrace() is not None:
        sys.exit(status)  # a profiler, a coverage tracer or a debugger writes its data at exit
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(BrokenPipeError, OSError, ValueError):
            stream.flush()
    os._exit(status)
