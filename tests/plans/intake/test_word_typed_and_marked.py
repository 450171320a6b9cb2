"""Word files as negotiators, ministries and newsrooms write them, read without losing,
doubling, misnumbering or garbling a point: numbers typed before a tab, text boxes with
their VML copies, content controls and fields, tracked changes, numbering given by styles,
and the marks Word puts inside a paragraph. Each file is built here from raw
WordprocessingML (the helpers of :mod:`tests.plans.intake.test_word_real_files`); the texts
are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import import_bytes
from tests.plans.intake.test_word_real_files import REQUEST, docx, para, run, tree

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
