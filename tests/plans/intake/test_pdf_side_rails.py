"""Browser-printed pages: a paragraph that a page break parts from the last point. Texts are the
project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, import_bytes

REQUEST = DraftRequest(document="outline", version="2025-11-21-rails")


def test_a_short_paragraph_at_the_top_of_the_next_page_is_not_the_last_point_s() -> None:
    """The last point ends its sentence on a short line at the foot of a page; the article's
    closing paragraph opens the next: nothing set the two apart (the page break lost the
    paragraph's spacing), and the paragraph ran into the point. A sentence wrapped over the
    break (its line full) still goes on."""
    import weasyprint

    body = ("<p>1. Сторони підтверджують суверенітет держави.</p><p>2. Місія стежить за "
            "припиненням вогню вздовж усієї лінії зіткнення, а її звіти щомісяця отримують "
            "обидві сторони та партнери, які</p><p style='break-before: page; text-indent: 0'>"
            "підписали угоду.</p><p>3. Полонених обмінюють усіх на всіх.</p>"
            "<p>4. Вибори проводяться через сто днів.</p>"
            "<p style='break-before: page'>Сторони ще не прокоментували документ.</p>")
    page = ("<html lang='uk'><head><style>@page { size: A5; margin: 2cm } body { font: 11pt "
            "'DejaVu Sans' } p { margin: 0 0 8pt }</style></head><body>" + body
            + "</body></html>")
    plan = import_bytes(weasyprint.HTML(string=page).write_pdf() or b"", "breaks.pdf", ".pdf",
                        REQUEST).plan
    assert [(p.number, p.text) for p in plan.points] == [
        ("1", "Сторони підтверджують суверенітет держави."),
        ("2", "Місія стежить за припиненням вогню вздовж усієї лінії зіткнення, а її звіти "
              "щомісяця отримують обидві сторони та партнери, які підписали угоду."),
        ("3", "Полонених обмінюють усіх на всіх."),
        ("4", "Вибори проводяться через сто днів.")]
    assert "Сторони ще не прокоментували документ." in (plan.notes or "")
