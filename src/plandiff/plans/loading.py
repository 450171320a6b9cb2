"""Loading plan version files: JSON, then the JSON Schema, then the pydantic model.

The only reader of plan files. Content problems are collected as :class:`Problem` values
(every one in the file, not just the first); :func:`load_plan` raises them together.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from plandiff._text import decode_text
from plandiff.collector import collector_paused
from plandiff.errors import InputError, Problem
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.jsonsource import (
    JsonDocument,
    JsonPath,
    format_path,
    parse_json,
    read_bytes,
)
from plandiff.plans.model import PlanVersion, construct_plan, validation_problems
from plandiff.plans.schema import schema_errors


@dataclass(frozen=True)
class LoadedFile:
    """One plan file as read: the plan when it is valid, else the problems found."""

    path: Path
    display: str
    plan: PlanVersion | None
    problems: tuple[Problem, ...]
    source: JsonDocument | None = None
    data: bytes | None = None
    """The file's bytes exactly as read, for a valid plan (PDF reports attach them)."""

    def problem(self, path: JsonPath, message: str, rule: str) -> Problem:
        """A problem at ``path`` in this file, with its line when the JSON text is known."""
        place = self.source.place_of(path) if self.source is not None else None
        line, column = place if place is not None else (None, None)
        return Problem(file=self.display, path=format_path(path), message=message,
                       line=line, column=column, rule=rule)


def _count_points(data: object) -> int:
    total = 0
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            points = item.get("points")
            if isinstance(points, list):
                total += len(points)
                stack.extend(points)
    return total


def read_plan_file(path: Path, display: str | None = None,
                   limits: Limits = DEFAULT_LIMITS) -> LoadedFile:
    """Read one plan file; never raises for anything wrong inside the file."""
    shown = display if display is not None else str(path)
    try:
        data = read_bytes(path, shown, limits)
    except InputError as exc:
        return LoadedFile(path, shown, None, exc.problems)
    return parse_plan_bytes(data, path, shown, limits)


def parse_plan_bytes(data: bytes, path: Path, display: str,
                     limits: Limits = DEFAULT_LIMITS) -> LoadedFile:
    """A plan from the bytes of a file (``path`` only names it); never raises for anything
    wrong in the bytes."""
    # Parsing and building a large plan makes hundreds of thousands of objects and no
    # cycles: the cyclic collector is paused (a third of the time of a 5,000-point file).
    with collector_paused():
        return _parse_plan_bytes(data, path, display, limits)


def _parse_plan_bytes(data: bytes, path: Path, display: str, limits: Limits) -> LoadedFile:
    shown = display
    try:
        source = parse_json(decode_text(data, shown), shown, limits)
    except InputError as exc:
        return LoadedFile(path, shown, None, exc.problems)
    base = LoadedFile(path, shown, None, (), source)
    points = _count_points(source.data)
    if points > limits.max_points:
        message = (f"{points} points, over the limit of {limits.max_points} "
                   "(set PLANDIFF_MAX_POINTS to raise it)")
        # No line number: locating every path of a file this big costs more than the
        # refusal should (seconds for 60,000 points); the message names the file and $.points.
        refusal = Problem(file=shown, path=format_path(("points",)), message=message,
                          rule="limits")
        return LoadedFile(path, shown, None, (refusal,), source)
    problems = tuple(base.problem(where, message, "schema")
                     for where, message in schema_errors(source.data))
    if problems:
        return LoadedFile(path, shown, None, problems, source)
    # The schema accepted it: build the model without validating it again (None: something
    # the construction path does not mirror, so the model validates it after all).
    plan = construct_plan(source.data)
    if plan is not None:
        return LoadedFile(path, shown, plan, (), source, data)
    try:
        plan = PlanVersion.model_validate(source.data)
    except ValidationError as exc:  # the schema and the model disagree: report, don't crash
        problems = validation_problems(exc, shown, "model", line_of=source.line_of,
                                       column_of=source.column_of,
                                       note=" (model check)")
        return LoadedFile(path, shown, None, problems, source)
    return LoadedFile(path, shown, plan, (), source, data)


def data_of(files: Iterable[LoadedFile], plan: PlanVersion) -> bytes | None:
    """The exact bytes of the file among ``files`` that ``plan`` was loaded from."""
    for loaded in files:
        if loaded.plan is plan:
            return loaded.data
    return None


def load_plan(path: Path, display: str | None = None,
              limits: Limits = DEFAULT_LIMITS) -> PlanVersion:
    """Read one plan file or raise :class:`InputError` carrying every problem in it."""
    return require_plan(read_plan_file(path, display, limits))


def require_plan(loaded: LoadedFile) -> PlanVersion:
    """The plan of a file read with :func:`read_plan_file`, or :class:`InputError` carrying
    every problem found in it."""
    if loaded.plan is None:
        first = loaded.problems[0] if loaded.problems else Problem(loaded.display,
                                                                   message="invalid plan")
        raise InputError(first.format(), loaded.problems or (first,))
    return loaded.plan
