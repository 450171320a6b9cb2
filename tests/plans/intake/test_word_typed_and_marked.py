"""Word files as negotiators, ministries and newsrooms write them, read without losing,
doubling, misnumbering or garbling a point: numbers typed before a tab, text boxes with
their VML copies, content controls and fields, tracked changes, numbering given by styles,
and the marks Word puts inside a paragraph. Each file is built here from raw
WordprocessingML (the helpers of :mod:`tests.plans.intake.test_word_real_files`); the texts
are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import import_bytes
from tests.plans.intake.test_word_real_files import (
    DECIMAL,
    POINTS,
    REQUEST,
    docx,
    level,
    numbered,
    para,
    run,
    tree,
)

TAB = "<w:r><w:tab/></w:r>"


def typed(number: str, text: str) -> str:
    """A paragraph whose number is typed by hand before a tab (``14(d)⇥text``)."""
    return para(run(number) + TAB + run(text))


def test_a_typed_sub_point_keeps_the_point_its_number_names() -> None:
    """A package of amended provisions lists ``14(d)⇥…`` right after point 13: the provision
    is 14(d), standing on its own as the draft numbers it (point 14 is not restated), never
    13(d)."""
    body = "".join([
        typed("13", "The line of contact is where the forces stand on the day of signing."),
        typed("14(d)", "A joint fund for rebuilding is set up within sixty days."),
        typed("14(e)", "The fund reports to both parties every quarter."),
        typed("15", "Elections are held within one hundred days."),
    ])
    assert tree(docx(body)) == [
        ("13", "The line of contact is where the forces stand on the day of signing."),
        ("14(d)", "A joint fund for rebuilding is set up within sixty days."),
        ("14(e)", "The fund reports to both parties every quarter."),
        ("15", "Elections are held within one hundred days.")]


def test_a_typed_sub_point_under_its_own_point_is_unchanged() -> None:
    body = "".join([
        typed("14", "Sanctions are lifted in stages:"),
        typed("14(a)", "first the banking measures;"),
        typed("14(b)", "then the trade measures."),
    ])
    assert tree(docx(body)) == [("14", "Sanctions are lifted in stages:"),
                                ("14(a)", "first the banking measures;"),
                                ("14(b)", "then the trade measures.")]


@pytest.mark.parametrize("cited", [
    "3(b) of the charter of the mission applies to them.",
    "3(b) and (c) of the charter apply to them.",
    "2(a) of the charter applies to them.",
    "5(b) shall apply to them as well.",
])
@pytest.mark.parametrize("before", ["Monitors are sent to the line.",
                                    "Monitors are sent to the line as set out in:"])
def test_a_paragraph_opening_with_a_cited_provision_is_text(cited: str, before: str) -> None:
    """A paragraph that opens by citing a provision ("3(b) of the charter …", "3(b) and (c)
    …") after point 2 goes on with point 2's text: a provision's own text never opens with
    "of", "and" or "shall" (it opened point "3(b)", or "2(a)" under point 2)."""
    body = (para(run(POINTS[0]), numbered(1)) + para(run(before), numbered(1))
            + para(run(cited)) + para(run(POINTS[2]), numbered(1)))
    assert tree(docx(body, DECIMAL)) == [
        ("1", POINTS[0]), ("2", f"{before}\n\n{cited}"), ("3", POINTS[2])]


def test_a_typed_provision_with_a_bold_title_keeps_its_title() -> None:
    """``14(d)⇥Title`` in bold, its text on the lines under it, after point 13: the
    provision 14(d) with its title, as ``14⇥Title`` would be point 14 with its title."""
    bold = '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>'
    body = "".join([
        typed("13", "The line of contact is where the forces stand on the day of signing."),
        para(bold.format("14(d)") + TAB + bold.format("Rebuilding fund") + "<w:r><w:br/></w:r>"
             + run("A joint fund for rebuilding is set up within sixty days.")),
    ])
    read = import_bytes(docx(body), "real.docx", ".docx", REQUEST)
    assert [(p.number, p.title, p.text) for p in read.plan.walk()] == [
        ("13", None, "The line of contact is where the forces stand on the day of signing."),
        ("14(d)", "Rebuilding fund", "A joint fund for rebuilding is set up within sixty days.")]


def _box(inner: str) -> str:
    """A floating text box as Word writes it: a DrawingML shape, then the same text as VML."""
    return ('<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor '
            'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
            ' behindDoc="0" simplePos="0" locked="0" layoutInCell="1" allowOverlap="1" '
            'relativeHeight="2"><wps:wsp><wps:txbx><w:txbxContent>' + inner
            + '</w:txbxContent></wps:txbx></wps:wsp></wp:anchor></w:drawing></mc:Choice>'
            '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>' + inner
            + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>')


def test_a_cover_title_in_a_text_box_anchored_in_point_one_stays_out_of_it() -> None:
    """A title drawn in a text box at the top of page 1, the body opening with point 1: Word
    anchors the box in point 1's paragraph. Its words are not point 1's text (read once,
    before the point, they go to the notes as a heading's would)."""
    body = "".join([
        para(_box(para(run("Framework for a lasting peace")) + para(run("Draft, 4 December")))
             + run(POINTS[0]), numbered(1)),
        para(run(POINTS[1]), numbered(1)),
        para(run(POINTS[2]), numbered(1)),
    ])
    read = import_bytes(docx(body, DECIMAL), "real.docx", ".docx", REQUEST)
    assert [(p.number, p.text) for p in read.plan.walk()] == [
        (str(n), text) for n, text in enumerate(POINTS, 1)]
    assert (read.plan.notes or "").count("Framework for a lasting peace") == 1


def _row(*cells: str, control: int | None = None) -> str:
    """A table row; the cell at ``control`` wrapped in a content control, as a form or a
    ministry's template wraps the cells to be filled in."""
    out = []
    for index, text in enumerate(cells):
        cell = f"<w:tc>{para(run(text))}</w:tc>"
        if index == control:
            cell = (f'<w:sdt><w:sdtPr><w:tag w:val="cell{index}"/></w:sdtPr>'
                    f"<w:sdtContent>{cell}</w:sdtContent></w:sdt>")
        out.append(cell)
    return f"<w:tr>{''.join(out)}</w:tr>"


def test_a_table_cell_in_a_content_control_stays_in_its_row() -> None:
    """A schedule's row whose middle cell is a content control reads as the same row
    without it (``Zone A | Heavy weapons withdrawn | 30 days``), not as its cells one
    paragraph each."""
    def read(control: int | None) -> list[tuple[str, str]]:
        table = ("<w:tbl>" + _row("Zone A", "Heavy weapons withdrawn", "30 days",
                                  control=control)
                 + _row("Zone B", "Troops withdrawn", "60 days", control=control) + "</w:tbl>")
        body = para(run(POINTS[0]), numbered(1)) + table + para(run(POINTS[1]), numbered(1))
        return tree(docx(body, DECIMAL))

    assert read(1) == read(None)
    assert "Zone A | Heavy weapons withdrawn | 30 days" in read(1)[0][1]


_BY = 'w:author="Reviewer" w:date="2026-01-02T00:00:00Z"'


def _moved(kind: str, text: str, ident: int) -> str:
    """A whole numbered paragraph moved, as Word writes it: the move's named range, the
    paragraph's mark marked moved and its runs inside the move."""
    tag = "delText" if kind == "moveFrom" else "t"
    return (f'<w:{kind}RangeStart w:id="{ident}" {_BY} w:name="move1"/>'
            f'<w:p><w:pPr>{numbered(1)}<w:rPr><w:{kind} w:id="{ident + 1}" {_BY}/></w:rPr>'
            f'</w:pPr><w:{kind} w:id="{ident + 2}" {_BY}><w:r><w:{tag} xml:space="preserve">'
            f"{text}</w:{tag}></w:r></w:{kind}></w:p>"
            f'<w:{kind}RangeEnd w:id="{ident}"/>')


def test_a_moved_paragraph_is_one_move_read_once_in_its_new_place() -> None:
    """A reviewer drags point 3 to the top: Word marks the range, the paragraph's mark and
    its runs. The points read in their new order, once, and the report counts one move
    (it said two)."""
    inserted = (f'<w:p><w:pPr>{numbered(1)}<w:rPr><w:ins w:id="20" {_BY}/></w:rPr></w:pPr>'
                f'<w:ins w:id="21" {_BY}>{run("Monitors deploy along the line.")}</w:ins></w:p>')
    body = (_moved("moveTo", POINTS[2], 10) + para(run(POINTS[0]), numbered(1))
            + para(run(POINTS[1]), numbered(1)) + _moved("moveFrom", POINTS[2], 13)
            + inserted)
    read = import_bytes(docx(body, DECIMAL), "real.docx", ".docx", REQUEST)
    assert [(p.number, p.text) for p in read.plan.walk()] == [
        ("1", POINTS[2]), ("2", POINTS[0]), ("3", POINTS[1]),
        ("4", "Monitors deploy along the line.")]
    said = [f.message for f in read.report.findings if f.message.startswith("tracked")]
    assert said and said[0].startswith(
        "tracked changes (1 insertion(s), 0 deletion(s), 1 move(s)): read with every change "
        "accepted"), said


def test_outline_numbers_of_word_lists_open_their_clauses_in_small_letters() -> None:
    """A ``1.`` / ``1.1`` outline list whose clauses open in small letters (``1.1 the
    parties …``, as legal drafts run on from the article): Word's number is no figure in a
    sentence ("2.5 billion"), so each clause is its sub-point; they were run into point 1's
    text."""
    numbering = ('<w:abstractNum w:abstractNumId="0">' + level(0, "decimal", "%1.")
                 + level(1, "decimal", "%1.%2") + "</w:abstractNum>"
                 '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>')
    body = "".join(para(run(text), numbered(1, ilvl)) for ilvl, text in (
        (0, "The ceasefire covers:"), (1, "the land line and the coast;"),
        (1, "the sea and the air."), (0, POINTS[1])))
    assert tree(docx(body, numbering)) == [
        ("1", "The ceasefire covers:"), ("1.1", "the land line and the coast;"),
        ("1.2", "the sea and the air."), ("2", POINTS[1])]


def test_typed_outline_numbers_open_their_clauses_in_small_letters() -> None:
    """``1.1⇥the parties …`` typed by hand: the number before the tab is the clause's, as
    Word's own ``1.1`` list numbers are; the clauses were run into point 1's text."""
    body = "".join([typed("1", "The ceasefire covers:"),
                    typed("1.1", "the land line and the coast;"),
                    typed("1.2.", "the sea and the air."), typed("2", POINTS[1])])
    assert tree(docx(body)) == [
        ("1", "The ceasefire covers:"), ("1.1", "the land line and the coast;"),
        ("1.2", "the sea and the air."), ("2", POINTS[1])]


def test_a_typed_sub_point_number_with_a_space_before_its_letter() -> None:
    """``14 (d)⇥…``, a space between the point's number and the letter, as many drafters
    type it: the same provision as ``14(d)⇥``; it ran into point 13's text."""
    body = "".join([
        typed("13", "The line of contact is where the forces stand on the day of signing."),
        typed("14 (d)", "A joint fund for rebuilding is set up within sixty days."),
        typed("15", "Elections are held within one hundred days."),
    ])
    assert [number for number, _ in tree(docx(body))] == ["13", "14(d)", "15"]


def test_outline_clauses_in_small_letters_in_a_printed_or_pasted_copy() -> None:
    """The same ``1.1`` clauses in small letters as a PDF of the Word file or a pasted copy
    gives them (the numbers are text there): after a lead-in's colon or a clause's
    semicolon, the next clause number of the point opens its clause; a figure that is not
    the next clause stays text."""
    text = ("1. The ceasefire covers:\n1.1 the land line and the coast;\n"
            "1.2 the sea and the air.\n2. Reconstruction is funded as follows:\n"
            "2.5 billion go to housing first.\n")
    read = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in read.plan.walk()] == [
        ("1", "The ceasefire covers:"), ("1.1", "the land line and the coast;"),
        ("1.2", "the sea and the air."),
        ("2", "Reconstruction is funded as follows: 2.5 billion go to housing first.")]


def test_sub_point_numbers_in_a_table_of_provisions() -> None:
    """A package of amended provisions set as a table, number | text, the numbers naming
    sub-points ("14(d)", "14(e)") as the typed "14(d)⇥" does: each row is that provision
    (the rows went to the notes, and only point 15 was read)."""
    rows = [("13", "The line of contact is where the forces stand on the day of signing."),
            ("14(d)", "A joint fund for rebuilding is set up within sixty days."),
            ("14(e)", "The fund reports to both parties every quarter."),
            ("15", "Elections are held within one hundred days.")]
    cell = "<w:tc>{}</w:tc>"
    table = ('<w:tbl><w:tblGrid><w:gridCol w:w="900"/><w:gridCol w:w="8000"/></w:tblGrid>'
             + "".join("<w:tr>" + cell.format(para(run(number))) + cell.format(para(run(text)))
                       + "</w:tr>" for number, text in rows) + "</w:tbl>")
    assert tree(docx(table)) == rows
