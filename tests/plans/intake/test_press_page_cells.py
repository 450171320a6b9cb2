"""Web pages whose points are list items of several paragraphs read one point a line, and
tables of points as news sites set them: titled rows without full stops, decimal numbers
(1.1, 1.2) and number cells with a sign or word before the number (№ 1, No. 1, п. 1).
Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, PointsBy, import_bytes
from tests.plans.intake.pages import page, tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-cells")


def test_a_list_item_s_second_paragraph_is_its_point_s_read_by_lines() -> None:
    """``--points-by lines``: an ``<li>`` holding two ``<p>`` is one point of two
    paragraphs, not two points; the item after it is the next point."""
    body = ("<h1>What the draft says</h1><ul class=\"plan-points\">"
            "<li><p>Ukraine keeps its armed forces at their present strength.</p>"
            "<p>The figure is to be reviewed after five years.</p></li>"
            "<li><p>Sanctions are eased in stages as the ceasefire holds.</p></li>"
            "<li><p>An international fund pays for rebuilding the energy grid.</p>"
            "<p>European lenders provide most of the money.</p></li></ul>")
    request = DraftRequest(document="outline", version="2025-11-21-cells",
                           points_by=PointsBy.LINES)
    imported = import_bytes(page(body), "page.html", ".html", request)
    assert tree(imported) == [
        ("1", "Ukraine keeps its armed forces at their present strength.\n\n"
              "The figure is to be reviewed after five years."),
        ("2", "Sanctions are eased in stages as the ceasefire holds."),
        ("3", "An international fund pays for rebuilding the energy grid.\n\n"
              "European lenders provide most of the money.")]
    # read by the points' numbers (bullets here), the same
    assert tree(import_bytes(page(body), "page.html", ".html", REQUEST)) == tree(imported)

