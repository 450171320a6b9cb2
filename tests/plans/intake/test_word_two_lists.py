"""Two separate numbered lists in one Word file, at the same indent: the agreement's points
1-5, then an annex's heading and its own list 1-3 (a list of its own, or Word's "Restart at
1"). The annex's list is a part of its own ("part2-p1" …), and the notes say which part its
heading stands before: "Heading before point 1" read as the first point of the file, the
agreement's. Texts are the project's own."""

from __future__ import annotations

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.test_word_real_files import docx, level, numbered, para, run

REQUEST = DraftRequest(document="truce", version="2026-01-01-annex")
_MAIN = ["The parties cease fire along the whole line of contact.",
         "Heavy weapons are withdrawn fifteen kilometres from it.",
         "Prisoners are exchanged on an all-for-all basis.",
         "A joint commission monitors the ceasefire.",
         "Elections are held within one hundred days."]
_ANNEX = ["The commission has six members, three named by each side.",
          "It meets every week at the line of contact.",
          "Its reports are published within three days."]
_HEADING = ('<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/>'
            '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>')
_LEVEL = level(0, "decimal", "%1.")
_LISTS = {
    "a list of its own": (
        f'<w:abstractNum w:abstractNumId="0">{_LEVEL}</w:abstractNum><w:abstractNum '
        f'w:abstractNumId="1">{_LEVEL}</w:abstractNum><w:num w:numId="1"><w:abstractNumId '
        'w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'),
    "restart at 1": (
        f'<w:abstractNum w:abstractNumId="0">{_LEVEL}</w:abstractNum><w:num w:numId="1">'
        '<w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')}


@pytest.mark.parametrize("lists", sorted(_LISTS))
def test_an_annex_list_after_the_points_is_a_part_of_its_own(lists: str) -> None:
    body = ("".join(para(run(text), numbered(1)) for text in _MAIN)
            + para(run("Annex I. The joint commission"), '<w:pStyle w:val="Heading1"/>')
            + "".join(para(run(text), numbered(2)) for text in _ANNEX))
    imported = import_bytes(docx(body, _LISTS[lists], _HEADING), "annex.docx", ".docx",
                            REQUEST)
    plan = imported.plan
    assert [(p.id, p.number, p.text) for p in plan.walk()] == [
        *((f"part1-p{n}", str(n), text) for n, text in enumerate(_MAIN, 1)),
        *((f"part2-p{n}", str(n), text) for n, text in enumerate(_ANNEX, 1))]
    assert plan.notes == "Heading before point 1 of part 2: Annex I. The joint commission"
    assert not imported.report.warnings


def test_a_heading_before_the_first_point_of_a_draft_in_parts_names_its_part() -> None:
    """The agreement's own heading too, when the draft has parts."""
    text = ("Chapter I. Ceasefire\n\n" + "".join(f"{n}. {t}\n" for n, t in enumerate(_MAIN, 1))
            + "\nAnnex I. The joint commission\n\n"
            + "".join(f"{n}. {t}\n" for n, t in enumerate(_ANNEX, 1)))
    plan = import_bytes(text.encode(), "annex.txt", ".txt", REQUEST).plan
    assert "Heading before point 1 of part 2: Annex I. The joint commission" in (
        plan.notes or ""), plan.notes
