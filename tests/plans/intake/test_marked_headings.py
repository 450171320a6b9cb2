"""A Japanese paper sets ``■`` (or ``◆``, ``▼``) before the short heading of each group of a
plan's points (``■軍事`` over points 3 and 4, ``■領土`` over 5 and 6), and before a list's
items as well (``■衛星による監視``, or a sentence: ``■ウクライナはNATOに加盟しない。``). A
marked line with no sentence end over a numbered point, when two or more such lines head
the groups of a numbered list, is a heading between the points (as ``【軍事】`` is): it went in
as a sub-point of the point before it (``2.1 軍事``). Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.model import Point

REQUEST = DraftRequest(document="peace-framework", version="2025-12-01-ja")

GROUPED = """\
和平案の主な内容

■主権
1．ウクライナの主権を改めて確認する。
2．ロシア、ウクライナ、欧州の間で包括的な不可侵合意を結ぶ。

■軍事
3．ウクライナ軍の兵力は平時60万人に制限する。
4．ウクライナは北大西洋条約機構（NATO）に加盟しないことを憲法に明記する。

■領土
5．クリミア、ルハンスク、ドネツクは事実上ロシア領と認める。
6．ヘルソンとザポリージャは接触線で凍結する。
"""


def _tree(points: tuple[Point, ...]) -> list[tuple[str, int]]:
    return [(p.number, len(p.points)) for p in points]


def test_marked_headings_over_groups_of_points_are_no_sub_points() -> None:
    for mark in "■◆▼":
        text = GROUPED.replace("■", mark)
        plan = import_bytes(text.encode(), "gaiyou.txt", ".txt", REQUEST).plan
        assert _tree(plan.points) == [(str(n), 0) for n in range(1, 7)], mark
        assert plan.points[1].text == "ロシア、ウクライナ、欧州の間で包括的な不可侵合意を結ぶ。"
        for heading in ("軍事", "領土"):
            assert f"{mark}{heading}" in (plan.notes or ""), (mark, heading)


def test_marked_items_under_a_point_stay_its_sub_points() -> None:
    """Two marked items under a point that announces them (the second right over point 3),
    and one alone: items, as before."""
    for text, items in (("1．双方は全戦線で戦闘を停止する。\n2．停戦の監視には次の仕組みを使う。\n"
                         "■衛星による監視\n■中立国の監視団\n3．捕虜は全員を交換する。\n", 2),
                        ("1．双方は全戦線で戦闘を停止する。\n2．停戦の監視には次の仕組みを使う。\n"
                         "■監視団\n3．捕虜は全員を交換する。\n", 1)):
        plan = import_bytes(text.encode(), "items.txt", ".txt", REQUEST).plan
        assert _tree(plan.points) == [("1", 0), ("2", items), ("3", 0)]


def test_marked_sentences_are_the_points_of_a_draft_that_numbers_nothing() -> None:
    text = ("米国が示した和平案の骨子は次の通り。\n\n■ウクライナ軍の兵力を平時60万人に制限する。\n"
            "■ウクライナはNATOに加盟しない。\n■クリミアなどを事実上ロシア領と認める。\n")
    plan = import_bytes(text.encode(), "kossi.txt", ".txt", REQUEST).plan
    assert [p.text for p in plan.points] == ["ウクライナ軍の兵力を平時60万人に制限する。",
                                             "ウクライナはNATOに加盟しない。",
                                             "クリミアなどを事実上ロシア領と認める。"]
