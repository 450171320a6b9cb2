"""One-line input errors of draft import: ``file:place: message`` (exit code 2)."""

from __future__ import annotations

from plandiff.errors import InputError, Problem

__all__ = ["input_problem"]


def input_problem(display: str, message: str, *, rule: str = "import", where: str = "",
                  line: int | None = None, column: int | None = None) -> InputError:
    """An :class:`InputError` with one :class:`Problem`; ``where`` is a place such as
    ``page 3`` (shown like a JSON path), ``line``/``column`` a position in a text file."""
    found = Problem(file=display, path=where, message=message, line=line, column=column,
                    rule=rule)
    return InputError(found.format(), (found,))
