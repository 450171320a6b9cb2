"""Web pages whose points are list items of several paragraphs read one point a line, and
tables of points as news sites set them: titled rows without full stops, decimal numbers
(1.1, 1.2) and number cells with a sign or word before the number (№ 1, No. 1, п. 1).
Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, ImportedDraft, PointsBy, import_bytes
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


_TOPICS = [("Ceasefire", "Both sides stop firing along the line"),
           ("Prisoners", "All detainees are exchanged within a month"),
           ("Security guarantees", "Allies pledge to defend Ukraine if attacked again"),
           ("Sanctions", "Restrictions are lifted step by step")]


def _titled(imported: ImportedDraft) -> list[tuple[str, str | None, str]]:
    return [(p.number, p.title, p.text) for p in imported.plan.points]


def test_a_titled_table_without_full_stops_is_titled_points() -> None:
    """A page's table of title | text with no full stop in any cell (a CMS's "plan at a
    glance"): each row a titled point, with a number cell (numbered 1, 2, 3 …) or without
    one (bulleted points, the page numbering nothing), as the Word reader reads such a
    table."""
    def table(numbered: bool) -> bytes:
        head = "<tr><th>No.</th><th>Topic</th><th>What the draft says</th></tr>" if numbered \
            else "<tr><th>Point</th><th>What the draft says</th></tr>"
        rows = "".join(f"<tr>{f'<td>{n}</td>' if numbered else ''}<td>{title}</td>"
                       f"<td>{text}</td></tr>" for n, (title, text) in enumerate(_TOPICS, 1))
        return page("<h1>The plan at a glance</h1><p>The table below sets out the main points "
                    f"of the draft.</p><table><thead>{head}</thead><tbody>{rows}</tbody>"
                    "</table><p>Officials cautioned that the text could change.</p>")
    expected = [(str(n), title, text) for n, (title, text) in enumerate(_TOPICS, 1)]
    for numbered in (True, False):
        imported = import_bytes(table(numbered), "page.html", ".html", REQUEST)
        assert _titled(imported) == expected, numbered
        assert "Officials cautioned" in (imported.plan.notes or "")


def test_table_rows_numbered_with_a_sign_or_decimals_are_points() -> None:
    """Number cells as Ukrainian, Russian and English tables set them (``№ 1``, ``п. 2``,
    ``No. 3``) are the points' numbers; decimal cells (``1.1``, ``1.2`` under a row ``1 |
    Security``) are sub-points, as the same lines typed are read."""
    texts = ["Сторони припиняють вогонь уздовж усієї лінії зіткнення.",
             "Полонених обмінюють за формулою всіх на всіх.",
             "Міжнародна місія стежить за виконанням домовленостей."]
    for sign in ("№ ", "№", "п. ", "No. ", "No "):
        rows = "".join(f"<tr><td>{sign}{n}</td><td>{text}</td></tr>"
                       for n, text in enumerate(texts, 1))
        body = f"<h1>Текст плану</h1><table><tbody>{rows}</tbody></table>"
        imported = import_bytes(page(body, "uk"), "page.html", ".html", REQUEST)
        assert tree(imported) == [(str(n), t) for n, t in enumerate(texts, 1)], sign
    rows = ("<tr><td>1</td><td colspan=\"2\">Security</td></tr>"
            "<tr><td>1.1</td><td>The parties stop all fire along the line of contact.</td></tr>"
            "<tr><td>1.2</td><td>Heavy weapons are withdrawn fifteen kilometres.</td></tr>"
            "<tr><td>2</td><td colspan=\"2\">Humanitarian matters</td></tr>"
            "<tr><td>2.1</td><td>Prisoners are exchanged all for all.</td></tr>"
            "<tr><td>2.2</td><td>Civilians held are released within a month.</td></tr>")
    imported = import_bytes(page(f"<h1>The plan</h1><table>{rows}</table>"), "page.html",
                            ".html", REQUEST)
    # as the same lines typed: the rows "1 | Security" are the parts' headings
    assert [number for number, _ in tree(imported)] == ["1.1", "1.2", "2.1", "2.2"]
    assert dict(tree(imported))["2.2"] == "Civilians held are released within a month."
    assert "Heading before point 2.1: Humanitarian matters" in (imported.plan.notes or "")


_TEN = [f"The parties carry out obligation number {n} within the agreed time." for n in
        range(1, 11)]


def _collapsed(hide: str, button: str) -> bytes:
    return page("<h1>The plan in full</h1><p>The ten points read:</p><ol>"
                + "".join(f"<li>{p}</li>" for p in _TEN[:4]) + "</ol>"
                f"<div class=\"article-body__rest\" id=\"rest\" {hide}><ol start=\"5\">"
                + "".join(f"<li>{p}</li>" for p in _TEN[4:]) + "</ol><p>Analysts were "
                f"sceptical.</p></div>{button}")


def test_the_rest_of_an_article_behind_a_continue_reading_button_is_read() -> None:
    """A site that collapses the article under its first points ships the rest in the page,
    hidden (``style="display:none"``, ``hidden``, ``aria-hidden``) until its "Continue
    reading" button shows it: a saved page holds every point. Points 5-10 were left out
    ("announces 10 points but 4 were found: 5-10 not in the text"); the box the button
    names (``aria-controls``, ``data-target``, its ``onclick``) is read, and the report says
    so."""
    for hide, button in (
            ("style=\"display:none\"", "<button class=\"read-more\" onclick=\"document."
             "getElementById('rest').style.display='block'\">Continue reading</button>"),
            ("hidden", "<button aria-controls=\"rest\" aria-expanded=\"false\">Read more"
             "</button>"),
            ("aria-hidden=\"true\"", "<a class=\"btn\" data-target=\"#rest\" href=\"#\">"
             "Читати повністю</a>")):
        imported = import_bytes(_collapsed(hide, button), "page.html", ".html", REQUEST)
        assert [text for _, text in tree(imported)] == _TEN, hide
        assert not imported.report.warnings, imported.report.lines()
        assert any("Continue reading" in m or "button" in m
                   for m in (f.message for f in imported.report.findings))


def test_a_hidden_box_no_button_shows_stays_out() -> None:
    """A hidden box with no button naming it (a second copy for another screen, a
    template) is still left out."""
    imported = import_bytes(_collapsed("style=\"display:none\"", "<button>Share</button>"),
                            "page.html", ".html", REQUEST)
    assert [text for _, text in tree(imported)] == _TEN[:4]


def test_comments_a_show_more_button_shows_stay_out() -> None:
    """A "Show more" button that shows the hidden comments: the comments stay the page's
    furniture; the article's hidden rest, class ``is-hidden``, is read."""
    body = _collapsed("", "<button aria-controls=\"rest\">Continue reading</button>").decode(
    ).replace("article-body__rest", "article-body__rest is-hidden").replace(
        "</article>", "<div id=\"comments\" class=\"comments\" hidden><ol><li>First!</li>"
        "<li>Nonsense plan.</li><li>Agreed.</li></ol></div><button aria-controls=\"comments\">"
        "Show more</button></article>")
    imported = import_bytes(body.encode(), "page.html", ".html", REQUEST)
    assert [text for _, text in tree(imported)] == _TEN
    assert "Nonsense plan" not in (imported.plan.notes or "")
