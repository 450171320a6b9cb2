"""``--points-by lines`` on a news page's lists: the numbers an ``<ol>`` prints (or its
author typed in each ``<li>``) are the points' numbers, not their text, and a list nested in
an item gives that item's sub-points, with the item's closing words after the nested list
kept as its further paragraph. Texts are the project's own."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, ImportedDraft, PointsBy, import_bytes
from tests.plans.intake.pages import page as _page
from tests.plans.intake.pages import tree as _tree

LINES = DraftRequest(document="outline", version="2025-11-21-press", points_by=PointsBy.LINES)


def _lines(body: str) -> ImportedDraft:
    return import_bytes(_page(body), "page.html", ".html", LINES)


def test_an_ol_s_numbers_typed_in_each_item_are_the_points_numbers() -> None:
    """The author typed "1." in every <li> of an <ol> whose list style is none: read one
    point a line, the points are 1-3 with their texts, no "1." left in them."""
    imported = _lines("<h1>Three steps in the draft</h1><p>The text we obtained reads:</p>"
                      "<ol style=\"list-style:none\"><li>1. Both sides stop firing along the "
                      "front.</li><li>2. Monitors from neutral states watch the line.</li>"
                      "<li>3. Prisoners are swapped all for all.</li></ol>")
    assert _tree(imported) == [("1", "Both sides stop firing along the front."),
                               ("2", "Monitors from neutral states watch the line."),
                               ("3", "Prisoners are swapped all for all.")]
    assert imported.plan.notes == "The text we obtained reads:"


def test_an_ol_starting_further_on_keeps_its_numbers() -> None:
    """<ol start="7"> after the page's sentence: the points are 7 and 8 (the list's own
    numbers); the sentence before it, read one point a line, stays point 1's text as the
    user asked, never a second "7"."""
    imported = _lines("<p>Later clauses concern money.</p><ol start=\"7\"><li>A fund for "
                      "rebuilding is set up.</li><li>Frozen assets pay into the fund.</li></ol>")
    assert _tree(imported) == [("1", "Later clauses concern money."),
                               ("7", "A fund for rebuilding is set up."),
                               ("8", "Frozen assets pay into the fund.")]


def test_a_nested_list_is_the_item_s_sub_points_and_its_closing_words_stay_its() -> None:
    """An <li> ending in a colon holds a <ul>, then a closing sentence of its own: the item
    is point 1 (not a lead-in sent to the notes), the nested items its sub-points 1.1 and
    1.2, and the closing sentence point 1's further paragraph (it was joined to the last
    nested item); point 2 follows with its number, not "2." in its text."""
    body = ("<ol><li>Detainees are swapped in two groups:<ul><li>soldiers held since the "
            "spring;</li><li>civilians taken from occupied towns.</li></ul>The swaps end within "
            "ninety days.</li><li>Elections follow within a hundred days.</li></ol>")
    expected = [("1", "Detainees are swapped in two groups:\n\nThe swaps end within ninety "
                 "days."),
                ("1.1", "soldiers held since the spring;"),
                ("1.2", "civilians taken from occupied towns."),
                ("2", "Elections follow within a hundred days.")]
    assert _tree(_lines(body)) == expected
    in_paragraphs = ("<ol><li><p>Detainees are swapped in two groups:</p><ul><li>soldiers "
                     "held since the spring;</li><li>civilians taken from occupied towns.</li>"
                     "</ul><p>The swaps end within ninety days.</p></li><li>Elections follow "
                     "within a hundred days.</li></ol>")
    assert _tree(_lines(in_paragraphs)) == expected


def test_a_nested_item_s_own_second_paragraph_stays_with_it() -> None:
    """A nested item's second <p> is that item's paragraph; the parent's closing words after
    the nested list are the parent's."""
    imported = _lines("<ol><li>Detainees are swapped:<ul><li><p>soldiers first;</p><p>the "
                      "wounded before others.</p></li><li>civilians next.</li></ul>Swaps end "
                      "within ninety days.</li><li>Elections follow.</li></ol>")
    assert _tree(imported) == [
        ("1", "Detainees are swapped:\n\nSwaps end within ninety days."),
        ("1.1", "soldiers first;\n\nthe wounded before others."),
        ("1.2", "civilians next."), ("2", "Elections follow.")]


def test_a_numbered_paragraph_s_bulleted_list_then_its_closing_paragraph() -> None:
    """Read by the points' numbers: "<p>2. … in two groups:</p><ul>…</ul><p>The swaps
    end …</p>": the bullets are point 2's sub-points and the paragraph after the closed
    <ul> point 2's further paragraph (it was the last bullet's second paragraph)."""
    imported = import_bytes(_page(
        "<p>1. Both sides stop firing.</p><p>2. Detainees are swapped in two groups:</p>"
        "<ul><li>soldiers held since the spring;</li><li>civilians taken from occupied "
        "towns.</li></ul><p>The swaps end within ninety days.</p><p>3. Elections follow.</p>"
        "<p>4. Monitors watch the line.</p>"), "page.html", ".html",
        DraftRequest(document="outline", version="2025-11-21-press"))
    assert _tree(imported) == [
        ("1", "Both sides stop firing."),
        ("2", "Detainees are swapped in two groups:\n\nThe swaps end within ninety days."),
        ("2.1", "soldiers held since the spring;"),
        ("2.2", "civilians taken from occupied towns."),
        ("3", "Elections follow."), ("4", "Monitors watch the line.")]


def test_sub_items_set_by_line_breaks_then_the_parent_s_closing_words() -> None:
    """Read by the points' numbers: a point's sub-items parted by <br> in one paragraph
    ("<p>2. … by:<br>(a) …;<br>(b) …;<br>and both report …</p>"), in a <p> and in an
    <li>, in English and Ukrainian: the unlabelled line after the last sub-item, which
    finished its clause, is the point's closing words, its further paragraph (it was the
    last sub-item's). A line break in the middle of a sub-item's clause stays its own."""
    imported = import_bytes(_page(
        "<p>1. Both sides stop firing.</p><p>2. The ceasefire is watched by:<br>(a) observers "
        "named by neutral states;<br>(b) drones flown by a joint centre;<br>and both report "
        "to the parties every week.</p><ol start=\"3\"><li>Detainees are swapped in stages:"
        "<br>а) поранені першими;<br>б) потім усі інші.<br>The swap ends within ninety days."
        "</li></ol><p>4. Sanctions are lifted in stages:<br>(i) first on energy;<br>(ii) then "
        "on banks and<br>on insurers.</p>"), "page.html", ".html",
        DraftRequest(document="outline", version="2025-11-21-press"))
    assert _tree(imported) == [
        ("1", "Both sides stop firing."),
        ("2", "The ceasefire is watched by:\n\nand both report to the parties every week."),
        ("2(a)", "observers named by neutral states;"),
        ("2(b)", "drones flown by a joint centre;"),
        ("3", "Detainees are swapped in stages:\n\nThe swap ends within ninety days."),
        ("3(а)", "поранені першими;"), ("3(б)", "потім усі інші."),
        ("4", "Sanctions are lifted in stages:"), ("4(i)", "first on energy;"),
        ("4(ii)", "then on banks and on insurers.")]


def test_the_article_s_lead_before_an_ol_is_no_point() -> None:
    """A lead paragraph, then an <ol>: read one point a line, the lead was point 1 and the
    list's 1-3 became 2-4. The paragraphs with no number before a list numbered from 1 are
    the article's, in the notes; a page of plain paragraphs is still one point each."""
    imported = _lines("<h1>The draft's steps</h1><p>Negotiators in Geneva agreed on a short "
                      "list this week, officials said.</p><h2>The list</h2><ol><li>Both sides "
                      "stop firing along the front.</li><li>Monitors from neutral states watch "
                      "the line.</li><li>Prisoners are swapped all for all.</li></ol>")
    assert _tree(imported) == [("1", "Both sides stop firing along the front."),
                               ("2", "Monitors from neutral states watch the line."),
                               ("3", "Prisoners are swapped all for all.")]
    assert "Negotiators in Geneva" in (imported.plan.notes or "")
    plain = _lines("<p>Both sides stop firing along the front.</p><p>Monitors from neutral "
                   "states watch the line.</p><p>Prisoners are swapped all for all.</p>")
    assert [n for n, _ in _tree(plain)] == ["1", "2", "3"]
