"""Lists set by paragraph style alone, as python-docx writes them (``doc.add_paragraph(text,
style="List Number 2")``): its template gives "List Number" and "List Number 2" each a list
of one level of its own, the second set half an inch in, a quarter further than the first.
Word and LibreOffice show the second list's paragraphs indented under the point above, so
they are that point's sub-points, not a new list starting at 1. Texts are the project's own."""

from __future__ import annotations

from tests.plans.intake.test_word_real_files import docx, para, run, tree


def _single_level(abstract: int, style: str, indent: int) -> str:
    return (f'<w:abstractNum w:abstractNumId="{abstract}"><w:multiLevelType '
            'w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt '
            f'w:val="decimal"/><w:pStyle w:val="{style}"/><w:lvlText w:val="%1."/><w:pPr>'
            f'<w:ind w:left="{indent}" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')


NUMBERING = (_single_level(3, "ListNumber2", 720) + _single_level(7, "ListNumber", 360)
             + '<w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num>'
             '<w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>')
STYLES = "".join(
    f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn '
    f'w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="{num}"/></w:numPr></w:pPr></w:style>'
    for sid, name, num in (("ListNumber", "List Number", 5), ("ListNumber2", "List Number 2", 6)))


def _styled(*paragraphs: tuple[str, str]) -> bytes:
    return docx("".join(para(run(text), f'<w:pStyle w:val="{style}"/>')
                        for style, text in paragraphs), NUMBERING, STYLES)


def test_list_number_2_under_a_point_is_its_sub_points() -> None:
    """Its "1." and "2." under point 2 were read as a new list (points 1 and 2 again)."""
    data = _styled(("ListNumber", "The parties cease fire along the whole line."),
                   ("ListNumber", "Prisoners are exchanged on an all-for-all basis."),
                   ("ListNumber2", "Civilian detainees are released first."),
                   ("ListNumber2", "Soldiers follow within a month."),
                   ("ListNumber", "Elections are held within one hundred days."))
    assert [number for number, _ in tree(data)] == ["1", "2", "2(1)", "2(2)", "3"]


def test_list_number_2_after_a_heading_is_a_list_of_its_own() -> None:
    """A heading between them: the deeper list is no sub-list of the point before it."""
    heading = para(run("Annex"), '<w:pStyle w:val="Heading1"/>')
    styles = STYLES + ('<w:style w:type="paragraph" w:styleId="Heading1"><w:name '
                       'w:val="heading 1"/></w:style>')
    body = "".join(para(run(text), f'<w:pStyle w:val="{style}"/>') for style, text in (
        ("ListNumber", "The parties cease fire along the whole line."),
        ("ListNumber", "Prisoners are exchanged on an all-for-all basis."))) + heading + "".join(
        para(run(text), '<w:pStyle w:val="ListNumber2"/>') for text in (
            "The commission meets every month.", "Its reports are published."))
    numbers = [number for number, _ in tree(docx(body, NUMBERING, styles))]
    assert "2(1)" not in numbers, numbers


def test_list_number_2_under_a_later_point_goes_on_counting_as_a_sub_list() -> None:
    """python-docx's "List Number 2" is one list for the whole document: under point 2 it goes
    on from the 2 it reached under point 1, as Word and LibreOffice show it (LibreOffice's
    text export reads "3.", "4." set in under point 2). Its "3." was read as top-level point
    3, and the real point 3 after it as a repeat."""
    data = _styled(("ListNumber", "The parties cease fire along the whole line."),
                   ("ListNumber2", "A joint commission monitors the line."),
                   ("ListNumber2", "It reports to both sides every week."),
                   ("ListNumber", "Prisoners are exchanged on an all-for-all basis."),
                   ("ListNumber2", "Lists of names are handed over within ten days."),
                   ("ListNumber2", "Everyone is released within a month."),
                   ("ListNumber", "Elections are held within one hundred days."))
    assert [number for number, _ in tree(data)] == ["1", "1(1)", "1(2)", "2", "2(3)", "2(4)",
                                                    "3"]
