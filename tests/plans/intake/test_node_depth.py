"""Node.depth(): how many levels of points a parsed point holds, itself included, beside
count() and walk(); build_plan's depth limit reads it."""

from __future__ import annotations

import datetime as dt

import pytest

from plandiff.errors import InputError
from plandiff.limits import Limits
from plandiff.plans.intake.build import build_plan
from plandiff.plans.intake.parsestate import Node, Parse


def _node(number: str, *children: Node) -> Node:
    node = Node(label=number, number=number, style="arabic", where="line 1")
    node.add_line(f"Point {number} text.")
    node.children.extend(children)
    return node


def test_a_point_without_sub_points_is_one_level_deep() -> None:
    assert _node("1").depth() == 1


def test_depth_is_the_deepest_branch_not_the_first() -> None:
    top = _node("1", _node("a"), _node("b", _node("i", _node("A"))), _node("c"))
    assert top.depth() == 4
    assert top.count() == 6


def test_depth_does_not_recurse_on_a_deep_chain() -> None:
    top = bottom = _node("1")
    for _ in range(5000):
        child = _node("x")
        bottom.children.append(child)
        bottom = child
    assert top.depth() == 5001


def test_build_plan_refuses_points_deeper_than_the_limit() -> None:
    parse = Parse()
    parse.points.append(_node("1", _node("a", _node("i"))))
    when = dt.date(2025, 1, 1)
    plan = build_plan(parse, document="d", version="v", when=when, label="draft.txt",
                      sample="", limits=Limits(max_depth=8))  # 3 levels of points
    assert plan.points[0].points[0].points[0].number == "i"
    with pytest.raises(InputError, match="nested 3 levels deep, over the limit of 2"):
        build_plan(parse, document="d", version="v", when=when, label="draft.txt",
                   sample="", limits=Limits(max_depth=6))  # 2 levels of points
