"""Press pages whose points are a table's rows: one point a row under ``--points-by lines``,
a table of points with no numbers, a status column beside the points. Texts are the
project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, PointsBy, import_bytes
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")


def test_points_by_lines_reads_one_point_a_table_row() -> None:
    """``--points-by lines`` on a page whose points are a table's rows after a paragraph:
    the rows were one paragraph, so all of them one point."""
    page = _page("<p>The summary as we read it.</p><table><tr><td>Both sides stop firing "
                 "along the whole front.</td></tr><tr><td>Monitors from neutral states watch "
                 "the line.</td></tr><tr><td>Detainees are swapped in stages.</td></tr></table>")
    imported = import_bytes(page, "page.html", ".html",
                            DraftRequest(document="outline", version="2025-11-21-press",
                                         points_by=PointsBy.LINES))
    assert [text for _, text in _tree(imported)][-3:] == [
        "Both sides stop firing along the whole front.",
        "Monitors from neutral states watch the line.",
        "Detainees are swapped in stages."]
