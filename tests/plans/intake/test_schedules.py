"""A point's list numbered from 1 again, set flush with the points (Markdown and plain
text): ``4. … the following measures:`` / ``1.`` ``2.`` ``3.`` / ``5.`` is point 4 with
sub-points 4(1)-4(3), as the same list indented under it is read; the numbering of the
draft itself must show it (the next point goes on from 4), else the lines read as before.
Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.model import Point

REQUEST = DraftRequest(document="outline", version="2025-11-21-v1")
HEAD = ("# Outline\n\n1. Both sides stop firing at once.\n\n2. Observers patrol the line.\n\n"
        "3. Detainees are exchanged in full.\n\n")
MEASURES = ("4. The sides take these steps:\n\n{pad}1. Roads are opened again.\n"
            "{pad}2. Schools open their doors.\n{pad}3. Power lines are repaired.\n\n")
TAIL = "5. A fund pays for the rebuilding.\n\n6. A vote is held within a year.\n"


def _tree(points: tuple[Point, ...]) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(p.number, p.text, [(s.number, s.text) for s in p.points]) for p in points]


def _read(text: str, suffix: str) -> tuple[Point, ...]:
    return import_bytes(text.encode(), f"draft{suffix}", suffix, REQUEST).plan.points


@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_list_set_flush_after_a_colon_is_the_points_schedule(suffix: str) -> None:
    """Read as points 1, 2, 3, 4, 1, 2, 3, 5, 6 before; now as the indented list is read."""
    flush = HEAD + MEASURES.format(pad="") + TAIL
    indented = HEAD + MEASURES.format(pad="   ") + TAIL
    points = _read(flush, suffix)
    assert [p.number for p in points] == ["1", "2", "3", "4", "5", "6"]
    assert _tree(points)[3] == ("4", "The sides take these steps:", [
        ("4(1)", "Roads are opened again."), ("4(2)", "Schools open their doors."),
        ("4(3)", "Power lines are repaired.")])
    assert points == _read(indented, suffix)
    # without blank lines between the points too
    tight = flush.replace("\n\n", "\n").replace("# Outline\n", "# Outline\n\n")
    assert [p.number for p in _read(tight, suffix)] == ["1", "2", "3", "4", "5", "6"]
    imported = import_bytes(flush.encode(), f"draft{suffix}", suffix, REQUEST)
    assert "read as point 4's sub-points" in "\n".join(imported.report.lines())


@pytest.mark.parametrize("text", [
    # the list is the draft's last: nothing shows it is point 4's
    HEAD + MEASURES.format(pad=""),
    # the next point does not go on from 4
    HEAD + MEASURES.format(pad="") + "7. A fund pays for the rebuilding.\n",
    # no colon, and one item only: nothing shows a list
    HEAD + "4. The sides take these steps.\n\n1. Roads are opened again.\n\n" + TAIL,
    # a heading before the restart: a part's numbering
    HEAD + MEASURES.format(pad="").replace("\n\n1.", "\n\n## Annex\n\n1.") + TAIL,
], ids=["last", "no-next-point", "no-colon-one-item", "heading"])
def test_a_restart_the_numbering_does_not_show_is_read_as_before(text: str) -> None:
    points = _read(text, ".md")
    assert [p.number for p in points][:4] == ["1", "2", "3", "4"] and len(points) >= 7 - (
        "these steps." in text)
    assert not points[3].points


def test_a_draft_numbered_one_to_n_with_colons_reads_as_before() -> None:
    """Points ending in a colon in a list numbered 1 … n stay points."""
    text = "".join(f"{n}. Item {n} covers this:\n\n" for n in range(1, 8))
    points = _read(text, ".md")
    assert [p.number for p in points] == [str(n) for n in range(1, 8)]
    assert all(not p.points for p in points)


def test_a_list_in_an_item_of_the_list_is_the_items() -> None:
    """``2. … these:`` inside point 4's list, its own list 1, 2, then item 3: the inner list
    is item 2's, and the items 1-3 point 4's (4(2)(1), 4(2)(2))."""
    inner = MEASURES.format(pad="").replace(
        "2. Schools open their doors.\n",
        "2. Schools open their doors with these rules:\n1. Classes are small.\n"
        "2. Meals are free.\n")
    points = _read(HEAD + inner + TAIL, ".md")
    assert [p.number for p in points] == ["1", "2", "3", "4", "5", "6"]
    assert [s.number for s in points[3].points] == ["4(1)", "4(2)", "4(3)"]
    assert [(s.number, s.text) for s in points[3].points[1].points] == [
        ("4(2)(1)", "Classes are small."), ("4(2)(2)", "Meals are free.")]


def test_a_second_copy_of_the_points_after_a_colon_is_no_list() -> None:
    """Point 6 ends in a colon and the points follow again, 1 to 9: a copy numbered on past
    7 is not point 6's list of 1-6 (its 7 is the copy's, not the next point)."""
    text = "".join(f"{n}. Item {n} covers the {w}.\n\n" for n, w in enumerate(
        ("roads", "ports", "banks", "farms", "mines"), start=1))
    text += "6. The full text reads as follows:\n\n"
    text += "".join(f"{n}. Clause {n} is set out here.\n\n" for n in range(1, 10))
    points = _read(text, ".md")
    assert not points[5].points and len(points) == 15


def test_an_items_list_is_read_only_inside_a_points_list() -> None:
    """``2. … as follows:`` then 1, 2, 3 and 5: 3 may be the list's or the next point; only
    an item of a point's list (as above) takes it for the next item."""
    text = ("1. The sides meet in May and talk.\n\n2. They set these aims:\n\n1. Talks go on.\n"
            "2. Envoys are named.\n3. Trade resumes.\n\n5. The accord is signed.\n")
    points = _read(text, ".md")
    assert [p.number for p in points] == ["1", "2", "1", "2", "3", "5"]


_WITHDRAWAL = ("1. The parties stop fire along the whole line of contact.\n"
               "2. Heavy weapons are pulled back from the line in the stages the table below "
               "sets out{end}\n"
               "1. Artillery over 100 mm calibre – 15 km within 10 days.\n"
               "2. Mortars – 10 km within 10 days.\n"
               "3. Tanks and armoured vehicles – 20 km within 14 days.\n"
               "4. Multiple rocket launchers – 30 km within 21 days.\n"
               "3. An international mission monitors the withdrawal.\n"
               "4. Prisoners are exchanged all for all.\n")


@pytest.mark.parametrize("end", ["", ".", " (distances from the line)"])
def test_a_numbered_table_after_a_lead_in_with_no_colon_is_the_points(end: str) -> None:
    """A point's table of stages numbered 1-4 again under a lead-in that ends in no colon
    (no mark at all, a full stop, a bracket), and the points going on with 3 after it:
    point 2's sub-points 2(1)-2(4), said in the report; it read as points 1, 2, 1, 2, 3, 4,
    3, 4 with two warnings that the numbering goes back."""
    imported = import_bytes(_WITHDRAWAL.format(end=end).encode(), "draft.txt", ".txt",
                            REQUEST)
    points = imported.plan.points
    assert [p.number for p in points] == ["1", "2", "3", "4"]
    assert [(s.number, s.text[:9]) for s in points[1].points] == [
        ("2(1)", "Artillery"), ("2(2)", "Mortars –"), ("2(3)", "Tanks and"),
        ("2(4)", "Multiple ")]
    assert not imported.report.warnings, imported.report.warnings
    assert "read as point 2's sub-points" in "\n".join(imported.report.lines())


def test_two_lists_one_after_the_other_are_not_one_in_the_other() -> None:
    """A summary numbered 1-3, then the full text numbered 1-5 on from it: no point of the
    first list goes on after the second (nothing resumes), so both are read as written."""
    text = ("1. Ceasefire.\n2. Prisoners.\n3. Elections.\n"
            + "".join(f"{n}. Clause {n} is set out in full here.\n" for n in range(1, 6)))
    points = _read(text, ".txt")
    assert [p.number for p in points] == ["1", "2", "3", "1", "2", "3", "4", "5"]
    assert all(not p.points for p in points)
