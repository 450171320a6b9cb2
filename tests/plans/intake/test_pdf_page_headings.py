"""A part's heading in large type opening each page of a PDF (``Part 1``, ``Part 2``): the
parts' headings, not a running header (numbers aside, their words are the same at the same
place on every page). Texts are the project's own."""

from __future__ import annotations

import weasyprint

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.test_pdf_real_world import _own_text

REQUEST = DraftRequest(document="outline", version="2025-11-21-parts")


def test_part_headings_opening_each_page_head_their_parts() -> None:
    """They were left out as a running header, and the parts ran together ("numbering goes
    back"); a heading must repeat word for word to be one."""
    parts = "".join(
        f"<h1 style='break-before:page;font-size:26pt'>Part {part}</h1>"
        + "".join(f"<p>{n}. {_own_text(n)}</p>" for n in range(1, 4)) for part in (1, 2, 3))
    plan = import_bytes(weasyprint.HTML(string=f"<html><body>{parts}</body></html>")
                        .write_pdf() or b"", "parts.pdf", ".pdf", REQUEST).plan
    assert [p.id for p in plan.points] == [f"part{k}-p{n}" for k in (1, 2, 3)
                                           for n in (1, 2, 3)]


def test_a_point_s_tail_on_a_last_page_over_a_long_small_footer_stays_the_point_s() -> None:
    """The last page holds the end of point 7, point 8 and a site's long footer in small
    type: the page's median line was the footer's, the point's lines read as headings, and
    the tail of point 7 went to the notes as a heading before point 8."""
    from plandiff.plans.intake.pdfium import PdfText

    sentence = ("Україна зберігає право на власні збройні сили без обмежень чисельності в "
                "мирний час і сама визначає їхній склад.")
    seventh = " ".join([sentence] * 6)
    points = ["Сторони припиняють вогонь уздовж усієї лінії зіткнення."] * 6 + [
        seventh, "Гуманітарні коридори діють без перерв."]
    footer = "".join(f"<p class='f'>Розділ {i}: Політика · Економіка · Світ · Спорт · "
                     "Культура · Технології · Наука</p>" for i in range(14))
    page = ("<html lang='uk'><head><style>@page { size: A5; margin: 1.5cm } body { font-family:"
            " 'DejaVu Sans'; font-size: 12pt } p { margin: 0 0 14pt } .f { font-size: 7pt; "
            "margin: 0 }</style></head><body><h1>Текст плану</h1>"
            + "".join(f"<p>{n}. {t}</p>" for n, t in enumerate(points, 1)) + footer
            + "</body></html>")
    data = weasyprint.HTML(string=page).write_pdf() or b""
    pdf = PdfText(data)
    try:  # the fixture breaks point 7 across the two pages
        assert len(pdf) == 2
        second = " ".join(line.text for line in pdf.page_marks(1)[2])
    finally:
        pdf.close()
    assert "склад." in second and not second.startswith("7.")
    plan = import_bytes(data, "page.pdf", ".pdf", REQUEST).plan
    assert [p.text for p in plan.points] == points
    assert "Heading before point 8" not in (plan.notes or "")


def test_a_pdf_table_s_status_column_is_a_paragraph_of_its_own_at_the_row_s_end() -> None:
    """A PDF of a table ``№ | provision | status`` (``Погоджено``): the status, level with
    the row's first line, was glued to the row's text (``… дій. Погоджено``), and in the
    middle of it where a page break split the row. The page's own HTML reads it as a
    paragraph of its own."""
    from plandiff.plans.intake.pdfium import PdfText

    words = ["перший", "другий", "третій", "четвертий", "п'ятий", "шостий"] * 3
    texts = [f"Сторони виконують {word} захід сумлінно і в повному обсязі протягом "
             "тридцяти днів від дня підписання цього меморандуму, а спільна комісія "
             f"перевіряє виконання заходу щомісяця ({k})." for k, word in enumerate(words)]
    rows = "".join(f"<tr><td>{n}.</td><td>{t}</td><td>Погоджено</td></tr>"
                   for n, t in enumerate(texts, 1))
    page = ("<html lang='uk'><head><style>@page { size: A5; margin: 1.5cm } body { font-family:"
            " 'DejaVu Sans'; font-size: 10pt } table { border-collapse: collapse } td { "
            "border: 1px solid #000; padding: 3pt; vertical-align: top }</style></head><body>"
            "<h1>Таблиця положень</h1><table><tr><th>№</th><th>Положення</th><th>Статус</th>"
            f"</tr>{rows}</table></body></html>")
    data = weasyprint.HTML(string=page).write_pdf() or b""
    pdf = PdfText(data)
    try:  # the fixture splits a row across a page break
        firsts = [pdf.page_marks(k)[2][0].text for k in range(1, len(pdf))]
    finally:
        pdf.close()
    assert any(not first.strip()[:1].isdigit() for first in firsts), firsts
    plan = import_bytes(data, "table.pdf", ".pdf", REQUEST).plan
    assert [p.text for p in plan.points] == [f"{t}\n\nПогоджено" for t in texts]
