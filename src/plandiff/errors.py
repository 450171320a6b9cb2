"""Exit codes, problems and the exceptions the library raises.

The library never prints and never exits: it raises a :class:`PlandiffError` (or returns
:class:`Problem` values); the CLI maps them to exit codes in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    """The process exit codes of every plandiff command (the README carries the same table)."""

    OK = 0
    """Success: files valid, no differences (with ``--exit-code``), report written."""
    FINDINGS = 1
    """Findings: invalid plan files for ``validate``; differences for ``diff --exit-code``."""
    INPUT = 2
    """Usage or input error: missing file, not JSON, not a valid plan, bad option."""
    RENDER = 3
    """Rendering failure: the HTML or PDF renderer could not produce the report."""
    INTERRUPTED = 130
    """Stopped by SIGINT (Ctrl-C) after cleaning up (128 + the signal's number)."""
    TERMINATED = 143
    """Stopped by SIGTERM (``kill``, ``timeout``, a CI time-out) after cleaning up."""


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with one file, at one place in it."""

    file: str
    path: str = "$"
    """JSONPath-like location (``$.points[3].id``); ``""`` when the place is a line/column."""
    message: str = ""
    line: int | None = None
    column: int | None = None
    rule: str = "schema"
    """Which check found it: json, encoding, limits, schema, unique-id, reference, ..."""

    def format(self) -> str:
        """``file:line:column: $.json.path: message`` (one line), the line and column first as
        compilers print them (editors and terminals make them a link), when they are known;
        ``file:$.json.path: message`` when not, ``file:line:column: message`` with no path."""
        where = self.path
        if self.line is not None:
            place = f"{self.line}:{self.column or 1}" if self.column or not where \
                else f"{self.line}"
            where = f"{place}: {where}" if where else place
        text = one_line(self.message)
        file = one_line_name(self.file)
        return f"{file}:{where}: {text}" if where else f"{file}: {text}"


def shorten(name: str, limit: int = 200) -> str:
    """A file name or argument cut in the middle when it is very long (keeps both ends)."""
    if len(name) <= limit:
        return name
    keep = (limit - 1) // 2
    return name[:keep] + "…" + name[-keep:]


NOTE_LIMIT = 1000
"""The longest note or structure-report line the commands print (:func:`one_line`): they
quote the draft's words, so they may run longer than an error."""


def one_line(text: str, limit: int = 300) -> str:
    """Collapse control characters and newlines, and cut very long messages in the middle
    (the start names the file, the end usually says what is wrong)."""
    cleaned = "".join(ch if ch.isprintable() else " " for ch in text)
    cleaned = " ".join(cleaned.split())
    if len(cleaned) > limit:
        tail = limit // 3
        cleaned = cleaned[: limit - tail - 1] + "…" + cleaned[-tail:]
    return cleaned


def one_line_name(name: object) -> str:
    """A file name (or path) as a message shows it: on one line and harmless (a line break,
    tab or terminal escape sequence in it made a space, :func:`one_line`), never cut in the
    middle of a word it needs but very long ones shortened (:func:`shorten`)."""
    text = str(name)
    return shorten(one_line(text, len(text)))


class PlandiffError(Exception):
    """Base class of every error plandiff reports to a user."""

    exit_code: ExitCode = ExitCode.INPUT

    def __init__(self, message: str, problems: tuple[Problem, ...] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.problems = problems

    def lines(self) -> list[str]:
        """The one-line messages to show a user."""
        if self.problems:
            return [p.format() for p in self.problems]
        return [one_line(self.message)]


class InputError(PlandiffError):
    """A file or argument that cannot be used (missing, not JSON, invalid plan, bad reference)."""

    exit_code = ExitCode.INPUT


class UsageError(InputError):
    """A command-line option or argument that makes no sense."""


class RenderError(PlandiffError):
    """The report renderer failed."""

    exit_code = ExitCode.RENDER


class WriteError(InputError):
    """An output file could not be written (or would overwrite a user's file)."""


class Interrupted(PlandiffError):
    """A signal stopped the command; what it was writing was cleaned up first."""

    def __init__(self, signum: int) -> None:
        import signal

        name = signal.Signals(signum).name
        super().__init__(f"interrupted ({name})")
        self.signum = signum
        self.exit_code = (ExitCode.TERMINATED if signum == signal.SIGTERM
                          else ExitCode.INTERRUPTED)
