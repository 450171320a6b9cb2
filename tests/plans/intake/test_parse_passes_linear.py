"""Passes of the text parser that run once per line or per point must not walk everything
before it each time: a 38,000-point draft imported in 9.0 s of CPU, of which 3.2 s were the
enacting-formula pass (it copied and scanned every point before each point) and 1.5 s the
look-ahead to the next line with words (``itertools.islice`` stepped through every line
before the one asked about). Counted in steps, not timed."""

from __future__ import annotations

from typing import Any

from plandiff.plans.intake import formulas
from plandiff.plans.intake.lines import Line
from plandiff.plans.intake.parser import _next_text
from plandiff.plans.intake.parsestate import Node, Parse


class _CountingLines(list[Line]):
    """A list of lines that counts the lines stepped through or looked up."""

    steps = 0

    def __iter__(self) -> Any:
        for line in super().__iter__():
            type(self).steps += 1
            yield line

    def __getitem__(self, index: Any) -> Any:
        type(self).steps += 1
        return super().__getitem__(index)


def test_the_look_ahead_to_the_next_line_does_not_walk_the_lines_before() -> None:
    lines = _CountingLines([Line("", f"line {n}") for n in range(1, 1001)])
    lines[901] = Line("Point 902 goes on.", "line 902")
    _CountingLines.steps = 0
    assert _next_text(lines, 899) == "Point 902 goes on."
    assert _CountingLines.steps <= 5  # lines 901 and 902, not the 900 before them
    assert _next_text(lines, 950) == ""


class _CountingPoints(list[Node]):
    """A list of points that counts the points read through it, one by one or copied in a
    slice."""

    read = 0

    def __getitem__(self, index: Any) -> Any:
        got = super().__getitem__(index)
        type(self).read += len(got) if isinstance(index, slice) else 1
        return got


def test_the_enacting_formula_pass_reads_each_point_a_bounded_number_of_times() -> None:
    parse = Parse()
    parse.points = _CountingPoints(
        Node(label=str(n), number=str(n), style="1.", where=f"line {n}")
        for n in range(1, 2001))
    _CountingPoints.read = 0
    formulas.preamble(parse)
    assert len(parse.points) == 2000  # no formula: nothing moved
    assert _CountingPoints.read <= 3 * 2000  # about twice a point, not 2,000,000 times
