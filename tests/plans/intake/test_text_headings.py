"""Headings in a text file set by other markups than Markdown's ``#``: Markdown's setext
headings (``Title`` / ``=====``, ``Part`` / ``-----``), reStructuredText's sections and title
(over- and underlined), a plain e-mail's underlined headings, an Org file's ``#+TITLE:`` and
``* Heading``; and a Markdown block quote among the points. The underline was read as
words, Org's stars as a bullet, the quote as the point's: the title was lost and a heading
ran into the point above it. Texts are the project's own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes

REQUEST = DraftRequest(document="energy", version="2025-12-02-statement")
POINTS = [("1", "The plant restarts only under IAEA supervision."),
          ("2", "Gas transit resumes under a ten-year contract."),
          ("3", "A joint commission reviews compliance every quarter.")]


def _import(text: str, name: str) -> ImportedDraft:
    return import_bytes(text.encode(), name, name[name.index("."):], REQUEST)


@pytest.mark.parametrize("name", ["statement.md", "statement.txt", "statement.rst"])
@pytest.mark.parametrize(("title_marks", "part_mark"), [
    (("", "="), "-"),
    (("=", "="), "-"),  # reStructuredText's title, over- and underlined
    (("", "~"), "^"),
    (("#", "#"), "*"),
])
def test_underlined_headings(name: str, title_marks: tuple[str, str], part_mark: str) -> None:
    title = "Joint Statement on Energy Security"
    over, under = title_marks
    text = ((f"{over * len(title)}\n" if over else "") + f"{title}\n{under * len(title)}\n\n"
            f"Principles\n{part_mark * 10}\n\n"
            f"1. {POINTS[0][1]}\n\n2. {POINTS[1][1]}\n\n"
            f"Implementation\n{part_mark * 14}\n\n3. {POINTS[2][1]}\n")
    imported = _import(text, name)
    assert imported.plan.title == title
    assert [(p.number, p.text) for p in imported.plan.points] == POINTS
    notes = imported.plan.notes or ""
    assert "Implementation" in notes and part_mark * 3 not in notes and "===" not in notes


def test_a_wrapped_paragraph_over_a_rule_and_a_point_over_a_dash_line_are_no_headings() -> None:
    """``---`` right under a point's line is no heading's underline: the point stays a
    point (the rule is left out); a line of dashes shorter than the words over it, in a
    plain text, underlines nothing either."""
    text = (f"1. {POINTS[0][1]}\n---\n\n2. {POINTS[1][1]}\n\n"
            "The commission's members are named\nby the parties ~~~\n\n"
            f"3. {POINTS[2][1]}\n")
    imported = _import(text, "statement.txt")
    assert [p.number for p in imported.plan.points] == ["1", "2", "3"]
    assert imported.plan.points[0].text == POINTS[0][1]


def test_an_org_file_s_title_and_headings() -> None:
    """An Org file: its ``#+TITLE:`` is the title, its headings are headings (a heading
    after the last point, ``* Notes :noexport:``, and its text became that point's
    sub-point), its other keyword lines are no text."""
    text = ("#+TITLE: Prisoner exchange arrangements\n#+AUTHOR: Working group\n"
            "#+DATE: 2026-12-02\n\n* Scope\nArrangements agreed in principle.\n\n"
            "* Points\n"
            "1. All prisoners of war are exchanged on an all-for-all basis.\n"
            "2. Civilians detained since 2022 are released within 30 days.\n"
            "   - lists are verified by the ICRC;\n"
            "   - disputed cases go to a joint panel.\n"
            "3. Remains of the fallen are repatriated without conditions.\n"
            "* Notes                                                    :noexport:\n"
            "Check the figure in point 2 against the Geneva text.\n")
    imported = _import(text, "exchange.org")
    plan = imported.plan
    assert plan.title == "Prisoner exchange arrangements"
    assert [(p.number, len(p.points)) for p in plan.points] == [("1", 0), ("2", 2), ("3", 0)]
    assert plan.points[2].text == "Remains of the fallen are repatriated without conditions."
    notes = plan.notes or ""
    assert "Geneva text" in notes and "#+" not in notes and "noexport" not in notes


def test_org_and_rst_files_are_drafts_on_the_command_line(tmp_path: Path,
                                                          cli: Callable[..., Any]) -> None:
    """``plandiff diff statement.rst statement.org`` reads both as drafts; each was refused
    as neither a plan file nor a draft by its name."""
    rst = tmp_path / "statement.rst"
    rst.write_text("Energy\n======\n\n1. The plant restarts.\n2. Gas transit resumes.\n",
                   encoding="utf-8")
    org = tmp_path / "statement.org"
    org.write_text("#+TITLE: Energy\n\n1. The plant restarts.\n2. Oil transit resumes.\n",
                   encoding="utf-8")
    run = cli("diff", str(rst), str(org))
    assert run.code == 0, run.err
    assert "statement.rst: imported in memory" in run.err
    assert "Oil" in run.out


def test_a_markdown_block_quote_between_points_is_not_the_point_s_text() -> None:
    """A Markdown draft sets an editors' comment as a block quote between two points: it
    ran into the point above with its quote mark. It is the note of the point above it
    (it had gone to the version's notes, as though the points had ended)."""
    text = ("# План\n\n1. Перший пункт про припинення вогню.\n\n"
            "   Додатковий абзац до першого пункту.\n\n"
            "2. Другий пункт про обмін полоненими.\n\n"
            "> **Коментар редакції:** у попередній версії тут було 30 днів.\n\n"
            "3. Третій пункт про вибори.\n")
    imported = import_bytes(text.encode(), "draft.md", ".md", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "Перший пункт про припинення вогню.\n\nДодатковий абзац до першого пункту."),
        ("2", "Другий пункт про обмін полоненими."),
        ("3", "Третій пункт про вибори.")]
    assert imported.plan.points[1].notes == \
        "Коментар редакції: у попередній версії тут було 30 днів."
    assert "у попередній версії" not in (imported.plan.notes or "")


def test_a_markdown_note_quoted_under_a_point_is_that_point_s_note() -> None:
    """``> **Note:** …`` right under a point, no blank line around it (a tight list, as
    editors and converters write one), and a note quoted over two lines between two
    others: each is the note of the point above it, without its quote marks or bold. The
    first stayed in point 1's text with its ``>``; the second was read into point 2's
    text as a paragraph of its own."""
    text = ("# The outline\n\n1. Both sides stop firing along the whole front.\n"
            "> **Note:** One delegation disputes this point.\n"
            "2. Monitors from neutral states watch the line.\n\n"
            "> Note: the number of monitors is still open.\n"
            "> It may change before the summit.\n\n"
            "3. Detainees are swapped in stages.\n")
    imported = import_bytes(text.encode(), "draft.md", ".md", REQUEST)
    assert [(p.number, p.text, p.notes) for p in imported.plan.points] == [
        ("1", "Both sides stop firing along the whole front.",
         "Note: One delegation disputes this point."),
        ("2", "Monitors from neutral states watch the line.",
         "Note: the number of monitors is still open. It may change before the summit."),
        ("3", "Detainees are swapped in stages.", None)]
    assert not imported.plan.notes
    assert any("2 block quote(s) between the points" in f.message
               for f in imported.report.findings)


def test_a_markdown_note_quoted_after_the_last_point_is_the_version_s_without_bold() -> None:
    """A block quote after the last point, alone between blank lines, goes to the version's
    notes as the page's text, without its quote mark and, as the points' quoted notes are,
    without Markdown's bold (it kept its ``**``)."""
    text = ("# The outline\n\n1. Both sides stop firing along the whole front.\n"
            "2. Monitors from neutral states watch the line.\n\n"
            "> **Note:** Sources differ on the second point.\n")
    imported = import_bytes(text.encode(), "draft.md", ".md", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "Both sides stop firing along the whole front.",
        "Monitors from neutral states watch the line."]
    assert "Note: Sources differ on the second point." in (imported.plan.notes or "")
    assert "**" not in (imported.plan.notes or "")


@pytest.mark.parametrize("name", ["statement.rst", "statement.txt"])
def test_restructuredtext_auto_numbered_lists_are_numbered_as_docutils_numbers_them(
        name: str) -> None:
    """reStructuredText's auto-numbered items (``#.``, ``#)``, ``(#)``) count from 1 in each
    list, a nested list on its own, and go on from an explicit number before them
    (``7.`` then ``#.`` is 8): the draft had no numbered point at all. Read as the same
    draft numbered by hand is."""
    auto = ("Joint Statement\n===============\n\nThe parties agree:\n\n"
            f"#. {POINTS[0][1]}\n#. {POINTS[1][1]}\n\n"
            "   #) Deliveries start in spring.\n   #) Prices are set each year.\n\n"
            f"   The contract is public.\n\n#. {POINTS[2][1]}\n\n"
            "7. Final provisions apply.\n#. The statement takes effect at once.\n")
    by_hand = auto.replace("#. ", "{}. ").replace("#) ", "{}) ").format(1, 2, 1, 2, 3, 8)
    imported = _import(auto, name)
    tree = [(p.number, p.text) for top in imported.plan.points for p in top.walk()]
    assert tree == [(p.number, p.text) for top in _import(by_hand, name).plan.points
                    for p in top.walk()]
    assert [n for n, _ in tree] == ["1", "2", "2(1)", "2(2)", "3", "7", "8"], tree
    assert tree[:2] == POINTS[:2] and tree[4] == POINTS[2]
    assert tree[-1] == ("8", "The statement takes effect at once.")
    assert any("auto-numbered" in f.message for f in imported.report.findings)
    brackets = _import("".join(f"(#) {text}\n" for _, text in POINTS), name)
    assert [(p.number, p.text) for p in brackets.plan.points] == POINTS
