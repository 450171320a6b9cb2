"""A PDF's lines as the PDFium adapter gives them, for plandiff's own bracketed point numbers
(``[3]⇥Title``, printed from its Word redline) and the renumbering map's rows that carry them
(``4 | [4] | modified, renumbered``): each line built by hand, 12 points apart, 10-point type,
with the cells, struck-through runs and bold face the adapter tells."""

from __future__ import annotations

import dataclasses

from plandiff.plans.intake.hyphens import Hyphenation
from plandiff.plans.intake.numbercells import number_rows, tab_numbers
from plandiff.plans.intake.pdf import _Page, _page_lines
from plandiff.plans.intake.pdfium import RawLine


def _line(text: str, bottom: float, x0: float = 72.0, x1: float = 500.0,
          **marks: object) -> RawLine:
    return dataclasses.replace(RawLine(text, x0, x1, bottom, bottom + 7.0, 7.0, 10.0), **marks)


def test_a_renumbering_rows_bracketed_and_listed_numbers_keep_their_cells_apart() -> None:
    """The new number in brackets (``[4]``, ``[3a]``), a list of old numbers with their
    sub-points (``13, 13(a), 13(c)``), a sub-point's number (``13(b)``) or a dash: each row
    is a table of numbers' (its cells ran together: ``4 [4] modified, renumbered`` opened
    point 4, and ``— [2] added`` ran on into the row before)."""
    rows = [("4", "[4]", "modified, renumbered"), ("13, 13(a), 13(c)", "[1]", "merged"),
            ("13(b)", "—", "removed"), ("—", "[2]", "added"), ("12(a)", "[3c]", "modified"),
            ("[6]", "[2]", "renumbered")]
    lines = [_line("  ".join(cells), 700 - 12 * k, cells=cells) for k, cells in enumerate(rows)]
    assert [line.text for line in number_rows(lines)] == [" | ".join(row) for row in rows]


def test_a_bracketed_number_set_apart_by_a_tab_opens_its_point() -> None:
    """``[3]⇥Title`` reads as ``3. Title`` (the Word reader's ``[3]⇥``), ``[3a]⇥`` as the
    sub-point ``(a)``; a bracketed number in running text (no gap: no cells) stays, and so
    does a renumbering map's row (it reads as a row)."""
    lines = [_line("[3] Frozen assets", 700, cells=("[3]", "Frozen assets")),
             _line("[3a] A fund for rebuilding.", 688, cells=("[3a]", "A fund for rebuilding.")),
             _line("[4] and so the talks went on", 676),
             _line("[5] — not reported", 664, cells=("[5]", "—", "not reported"))]
    assert [line.text for line in tab_numbers(number_rows(lines))] == [
        "3. Frozen assets", "(a) A fund for rebuilding.", "[4] and so the talks went on",
        "[5] | — | not reported"]


def test_a_struck_old_number_beside_the_new_one_opens_the_point_once() -> None:
    """``[3]`` struck through before ``[4]`` (the point renumbered): the line keeps ``[4]
    Title``, opening with what was struck; a line that keeps only its new number, the old
    number and title struck, opens point 4 alone, and the new title on the next line joins
    it (the paragraph runs on across the deletion)."""
    lines = [_line("[4] Commitments on NATO", 700, struck=("[3]",), struck_head=True),
             _line("[5] ", 676, x1=200.0, struck=("5", "Old title"), struck_tail=True),
             _line("New title", 664, x0=100.0, x1=200.0),
             _line("The text of the point, which says what the parties agreed.", 652,
                   x0=100.0)]
    read = tab_numbers(lines)
    assert [line.text for line in read] == [
        "4. Commitments on NATO", "5.", "New title",
        "The text of the point, which says what the parties agreed."]
    page = [row.text.strip() for row in _page_lines(_Page(1, 595.0, 842.0, tuple(read)),
                                                    Hyphenation([]))]
    assert [text for text in page if text] == [
        "4. Commitments on NATO", "5. New title",
        "The text of the point, which says what the parties agreed."]


def test_a_bold_number_line_is_the_points_title() -> None:
    """A bold ``[1]⇥Title`` line over its text reads as Word's bold first line does, the
    title (``### 1. Title``), however few points there are to tell titles by their shape;
    so does a bold new title under a number whose old title is struck through. A bold line
    with no text after it before the next point is the point's text."""
    lines = [_line("[1] Military channel", 700, bold=True, cells=("[1]", "Military channel")),
             _line("The two armies talk again.", 688, x0=100.0),
             _line("[2] ", 676, bold=True, struck=("Old limits",), struck_tail=True),
             _line("Treaty limits", 664, x0=100.0, bold=True),
             _line("The limits are kept for six months.", 652, x0=100.0),
             _line("[3] A bold point alone", 640, bold=True, cells=("[3]", "A bold point alone")),
             _line("[4] Last", 628, bold=True, cells=("[4]", "Last")),
             _line("Its text.", 616, x0=100.0)]
    assert [line.text for line in tab_numbers(lines)] == [
        "### 1. Military channel", "The two armies talk again.", "### 2. Treaty limits",
        "The limits are kept for six months.", "3. A bold point alone", "### 4. Last",
        "Its text."]


def test_a_line_closing_a_bracket_left_open_goes_on() -> None:
    """A title wrapped in a narrow table cell (the redline's header: ``… (reported about 11
    Dec`` / ``2025)``) ends well short of the page's edge; its next line, closing the
    bracket, goes on with it (``2025)`` opened point 2025, the header its text). A line
    that closes nothing, or opens a bracket first, is a line of its own."""
    wide = "A line of the page's text that runs across the whole width of its column"
    lines = [*(_line(wide, 736 - 12 * k) for k in range(4)),
             _line("US package (reported about 11 Dec", 676, x0=150.0, x1=300.0),
             _line("2025)", 664, x0=150.0, x1=175.0),
             _line("(a) A list item in brackets", 640, x0=150.0, x1=300.0),
             _line("(b) Another one (still open", 628, x0=150.0, x1=300.0),
             _line("(c) The third item)", 616, x0=150.0, x1=300.0)]
    out = [row.text.strip() for row in _page_lines(_Page(1, 595.0, 842.0, tuple(lines)),
                                                   Hyphenation([]))]
    assert [text for text in out if text] == [
        " ".join([wide] * 4), "US package (reported about 11 Dec 2025)",
        "(a) A list item in brackets", "(b) Another one (still open", "(c) The third item)"]


def test_a_bold_plain_number_line_is_read_as_a_bracketed_one() -> None:
    """``1⇥Sovereignty`` in bold (plandiff's redline of a plan with its own numbers, the
    points numbered with gaps so that no run counts up): ``### 1. Sovereignty``; a bold
    number before a title PDFium does not give as bold (a Japanese font with no bold face)
    opens its point, the title told by the draft's shape; the same line with its number not
    in bold (a table's number cell, a margin's number) is left as it was."""
    lines = [_line("1 Sovereignty", 700, bold=True, bold_lead=True,
                   cells=("1", "Sovereignty")),
             _line("Sovereignty is confirmed.", 688, x0=100.0),
             _line("19 Nuclear plant", 676, bold=True, bold_lead=True,
                   cells=("19", "Nuclear plant")),
             _line("The plant is restarted.", 664, x0=100.0),
             _line("20 原子力発電所", 652, bold_lead=True, cells=("20", "原子力発電所")),
             _line("発電所は再稼働する。", 640, x0=100.0),
             _line("21 Territory", 628, cells=("21", "Territory")),
             _line("No areas are designated in advance.", 616, x0=100.0)]
    assert [line.text for line in tab_numbers(lines)] == [
        "### 1. Sovereignty", "Sovereignty is confirmed.", "### 19. Nuclear plant",
        "The plant is restarted.", "20. 原子力発電所", "発電所は再稼働する。", "21 Territory",
        "No areas are designated in advance."]


def test_a_bold_sub_point_number_keeps_its_point_number_and_title() -> None:
    """``14(d)⇥Title`` in bold reads as the Word reader reads it: ``14(d) Title`` (the
    sub-point ``(d)`` of point 14, its title run into its text, or the provision 14(d) with
    its title where point 14 is not restated); when the old number and title are struck
    through beside it (``[3]``), the bold new title under it is its title, and the text after
    the deleted lines is its text."""
    lines = [_line("14(d) Investment vehicle", 700, bold=True, bold_lead=True,
                   cells=("14(d)", "Investment vehicle")),
             _line("14(e) ", 676, bold=True, bold_lead=True, struck=("[3]", "Old title"),
                   struck_head=True, struck_tail=True),
             _line("New title", 664, x0=100.0, x1=200.0, bold=True, bold_lead=True),
             _line("", 652, x0=100.0, struck=("The old text of the point, all of it deleted",),
                   struck_head=True, struck_tail=True),
             _line("The new text.", 640, x0=100.0, x1=200.0, struck=("old",),
                   struck_head=True)]
    read = tab_numbers(lines)
    assert [line.text for line in read] == ["14(d) Investment vehicle", "### 14(e) New title",
                                            "", "The new text."]
    page = [row.text.strip() for row in _page_lines(_Page(1, 595.0, 842.0, tuple(read)),
                                                    Hyphenation([]))]
    assert [text for text in page if text] == ["14(d) Investment vehicle",
                                               "### 14(e) New title", "The new text."]
