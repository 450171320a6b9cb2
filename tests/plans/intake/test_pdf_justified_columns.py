"""A press release set in two justified columns, paragraphs set apart by nothing (no space
between them, no first-line indent), printed to PDF by LibreOffice: every line of a
paragraph but its last reaches the column's right edge, and the last stops short of it.
The closing paragraph after the last point ("The ministry said …") ran into the point: its
line above stopped a word or two short of the edge, within the allowance a ragged-right
text needs. In a justified column a paragraph runs on only from a line that reaches the
edge."""

from __future__ import annotations

from pathlib import Path

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.producers import libreoffice_convert
from tests.plans.intake.test_word_real_files import docx

REQUEST = DraftRequest(document="plan", version="2025-03-03-press")
POINTS = [
    ("Ceasefire", "The parties observe a complete and comprehensive ceasefire along the entire "
     "line of contact, starting at midnight on the day after signature, monitored from the air "
     "and the ground."),
    ("Withdrawal", "Heavy weapons are withdrawn to a distance of at least fifteen kilometres "
     "from the line of contact within fourteen days, under the supervision of international "
     "observers."),
    ("Prisoners", "All prisoners of war and detained civilians are released and exchanged on "
     "the principle of all for all, within thirty days of the ceasefire taking effect."),
    ("Humanitarian access", "Humanitarian organisations receive unhindered access to all "
     "affected areas, and safe corridors are opened for the evacuation of the wounded and "
     "sick."),
    ("Elections", "Local elections are held within one hundred days under the law of the "
     "state, observed by the organisation for security and cooperation and reported "
     "publicly."),
    ("Reconstruction", "An international fund finances the rebuilding of housing, schools, "
     "hospitals and energy infrastructure, its board including representatives of both "
     "regions."),
    ("Monitoring", "A joint commission meets weekly, publishes its findings, and refers "
     "violations to the guarantors, who respond within seven days in writing and in public."),
]
CLOSING = ("The ministry said talks would resume next week in Geneva, and that both "
           "delegations had agreed to the schedule.")


def _run(text: str, props: str = "") -> str:
    return f'<w:r><w:rPr>{props}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def _justified(*runs: str) -> str:
    return f'<w:p><w:pPr><w:jc w:val="both"/></w:pPr>{"".join(runs)}</w:p>'


def test_a_closing_paragraph_after_the_points_in_justified_columns(tmp_path: Path) -> None:
    big = '<w:b/><w:sz w:val="44"/>'
    body = (f'<w:p>{_run("Seven-point plan for the east published", big)}</w:p>'
            f'<w:p>{_run("By a staff reporter, 3 March 2025", "<w:i/>")}</w:p>'
            '<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/></w:sectPr></w:pPr></w:p>'
            + _justified(_run("The text of the plan, as released by the ministry on Monday, "
                              "reads in full:"))
            + "".join(_justified(_run(f"{n}. {title}.", "<w:b/>"), _run(f" {text} {text}"))
                      for n, (title, text) in enumerate(POINTS, 1))
            + _justified(_run(CLOSING))
            + '<w:p><w:pPr><w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" '
            'w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" '
            'w:left="1134"/><w:cols w:num="2" w:space="567"/></w:sectPr></w:pPr></w:p>')
    source = tmp_path / "release.docx"
    source.write_bytes(docx(body))
    pdf = libreoffice_convert(source, "pdf", tmp_path / "out", tmp_path)
    imported = import_bytes(pdf.read_bytes(), pdf.name, ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), f"{title}. {text} {text}") for n, (title, text) in enumerate(POINTS, 1)]
    assert (imported.plan.notes or "").endswith(CLOSING)
