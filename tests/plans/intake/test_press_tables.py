"""Press pages whose points are a table's rows: one point a row under ``--points-by lines``,
a table of points with no numbers, a status column beside the points. Texts are the
project's own."""

from __future__ import annotations

import pytest

from plandiff.errors import InputError
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


def test_a_table_of_titled_points_with_no_numbers_is_one_point_a_row() -> None:
    """| Sovereignty | Ukraine remains … | rows under a header row, no number anywhere: the
    page had "no numbered points". A reader sees one point a row, its title and its text;
    the rows are read as a bulleted list would be (numbered 1-3, said in the report)."""
    page = _page("<h1>What the outline says</h1><p>Our summary of the text:</p><table><thead>"
                 "<tr><th>Topic</th><th>What the draft says</th></tr></thead><tbody><tr><td>"
                 "Sovereignty</td><td>Ukraine remains a sovereign state in full.</td></tr><tr>"
                 "<td>Ceasefire</td><td>Both sides stop firing along the whole front.</td></tr>"
                 "<tr><td>Prisoners</td><td>Detainees are swapped in stages, all for all.</td>"
                 "</tr></tbody></table><p>Officials said more talks were due.</p>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        ("1", "Sovereignty", "Ukraine remains a sovereign state in full."),
        ("2", "Ceasefire", "Both sides stop firing along the whole front."),
        ("3", "Prisoners", "Detainees are swapped in stages, all for all.")]
    assert "Officials said more talks were due." in (imported.plan.notes or "")


def test_a_layout_table_of_the_page_is_no_list_of_points() -> None:
    """A page laid out in a table (a cell of links beside the article's cell, rows of a
    date and a byline) has no points: it is still refused, not read as bullets."""
    page = _page("<table><tr><td>Menu</td><td>The talks resumed on Friday in a third "
                 "country.</td></tr><tr><td>21 November 2025</td><td>By our diplomatic "
                 "staff</td></tr><tr><td>Share</td><td>Officials said more talks were due "
                 "next week.</td></tr></table>")
    with pytest.raises(InputError, match="no numbered points"):
        import_bytes(page, "page.html", ".html", REQUEST)


def test_a_status_column_beside_the_points_is_no_text_of_theirs() -> None:
    """``1 | Sovereignty | Agreed in principle.``: a tracker's status column (short verdicts
    repeated down it) beside each point's topic. The status was read as the point's text
    under the topic as a title, and a row with a one-word status ran into the row above
    (point 2 lost). Each row is a point whose text is its topic; the status goes to the
    point's notes."""
    rows = [("1", "Sovereignty", "Agreed in principle."), ("2", "Ceasefire line", "Open."),
            ("3", "Prisoner exchange", "Agreed in principle."), ("4", "Elections", "Open.")]
    page = _page("<p>Where the talks stand, point by point:</p><table><tr><th>No.</th><th>"
                 "Point</th><th>Status</th></tr>" + "".join(
                     f"<tr><td>{n}</td><td>{topic}</td><td>{status}</td></tr>"
                     for n, topic, status in rows) + "</table>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [(p.number, p.title, p.text) for p in imported.plan.points] == [
        (n, None, topic) for n, topic, _ in rows]
    assert [p.notes for p in imported.plan.points] == [
        f"Status: {status}" for _, _, status in rows]


def test_a_japanese_status_column_beside_titled_points() -> None:
    """番号 | 項目 | 内容 | 状況 with 合意 / 協議中 down the last column: title and text as in
    a table without the column, the status a paragraph of the point's text after it, as the
    Word and OpenDocument readers read such a table (a later version's 協議中 → 合意 then
    shows in the redline)."""
    rows = [("1", "停戦", "双方は前線全体で戦闘を停止する。", "合意"),
            ("2", "捕虜", "捕虜は全員を交換する。", "協議中"),
            ("3", "選挙", "選挙は100日以内に実施する。", "合意")]
    page = _page("<table><tr><th>番号</th><th>項目</th><th>内容</th><th>状況</th></tr>" + "".join(
        f"<tr><td>{n}</td><td>{t}</td><td>{x}</td><td>{s}</td></tr>" for n, t, x, s in rows)
        + "</table>", "ja")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [(p.number, p.title, p.text, p.notes) for p in imported.plan.points] == [
        (n, t, f"{x}\n\n{s}", None) for n, t, x, s in rows]


def test_a_paragraph_between_two_lists_of_two_points_is_not_the_first_list_s() -> None:
    """Points 1-2, the reporter's paragraph, points 3-4 (``<ol start="3">``): the paragraph
    ran into point 2 as its second paragraph (a list of two items from 1 was not known as
    the plan's). The list going on after it says the first one was."""
    page = _page("<p>The first part sets out the security terms.</p><ol><li>Both sides stop "
                 "firing along the whole front.</li><li>Monitors from neutral states watch the "
                 "line.</li></ol><p>The second part, officials said, deals with the economy.</p>"
                 "<ol start=\"3\"><li>Sanctions are eased in stages over two years.</li><li>"
                 "Frozen assets pay for the rebuilding.</li></ol>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [("1", "Both sides stop firing along the whole front."),
                               ("2", "Monitors from neutral states watch the line."),
                               ("3", "Sanctions are eased in stages over two years."),
                               ("4", "Frozen assets pay for the rebuilding.")]
    assert "The second part, officials said" in (imported.plan.notes or "")


def test_a_paragraph_after_two_items_with_no_list_going_on_stays_theirs() -> None:
    """Two items and a paragraph with no list after it: nothing says the list was the
    plan's, the paragraph stays the last item's (as before)."""
    page = _page("<p>Two steps are named.</p><ol><li>Both sides stop firing along the whole "
                 "front.</li><li>Monitors from neutral states watch the line:</li></ol><p>they "
                 "report to both capitals each week.</p>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported)[-1] == ("2", "Monitors from neutral states watch the line:\n\n"
                                        "they report to both capitals each week.")


def test_a_repeated_status_beside_provisions_reads_as_the_word_file_does() -> None:
    """Statuses repeated down the column beside whole provisions: each status a paragraph
    of the point's text, as a distinct status is and as the Word file reads it."""
    rows = [("1", "Both sides stop firing along the line.", "Agreed"),
            ("2", "All prisoners are exchanged, all for all.", "Open"),
            ("3", "Elections are held within one year.", "Agreed")]
    page = _page("<table><tr><th>No.</th><th>Provision</th><th>Status</th></tr>" + "".join(
        f"<tr><td>{n}</td><td>{text}</td><td>{status}</td></tr>" for n, text, status in rows)
        + "</table>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert _tree(imported) == [(n, f"{text}\n\n{status}") for n, text, status in rows]


def test_points_by_lines_reads_one_point_a_line_a_page_s_br_broke() -> None:
    """A channel's post (``<br>`` between its unnumbered points) under a paragraph of its
    own: ``--points-by lines`` joined the post's lines into one point, as it joins a text
    file's wrapped lines. A page's lines are never wrapped."""
    page = _page("<p>The outline's points, as posted:</p><p>Ukraine remains a sovereign state."
                 "<br>Both sides sign a pact of non-aggression.<br>The alliance does not "
                 "expand further.</p>")
    imported = import_bytes(page, "page.html", ".html",
                            DraftRequest(document="outline", version="2025-11-21-press",
                                         points_by=PointsBy.LINES))
    assert [text for _, text in _tree(imported)] == [
        "Ukraine remains a sovereign state.", "Both sides sign a pact of non-aggression.",
        "The alliance does not expand further."]


VERSIONS = (("Sovereignty is confirmed.", "Sovereignty is reaffirmed by every signatory."),
            ("A non-aggression pact is signed.", "A full non-aggression agreement is concluded."),
            ("The army is capped at 600,000.", "The army stays at 800,000."),
            ("Elections within 100 days.", "Elections as soon as possible."))


@pytest.mark.parametrize("head", ["<thead><tr><th>#</th><th>November draft</th>"
                                  "<th>December draft</th></tr></thead>",
                                  "<tr><td>No.</td><td>November draft</td>"
                                  "<td>December draft</td></tr>"])
def test_a_table_of_two_versions_side_by_side(head: str) -> None:
    """An explainer's table setting two drafts side by side (# | November draft | December
    draft) is a comparison table, told by the rule every reader uses: with no --column the
    import stops with one line naming the columns (it read the last column and put the
    earlier text in the notes, where a Word file's table stopped); with it, that column."""
    rows = "".join(f"<tr><td>{n}</td><td>{old}</td><td>{new}</td></tr>"
                   for n, (old, new) in enumerate(VERSIONS, 1))
    page = _page(f"<p>We compare the two drafts point by point.</p><table>{head}<tbody>{rows}"
                 "</tbody></table>")
    with pytest.raises(InputError, match='column 2 "November draft" and column 3 "December'):
        import_bytes(page, "page.html", ".html", REQUEST)
    for column, at in (("3", 1), ("November", 0)):
        imported = import_bytes(page, "page.html", ".html",
                                DraftRequest(document="outline", version="2025-11-21-press",
                                             column=column))
        assert [(p.number, p.text, p.notes) for p in imported.plan.points] == [
            (str(n), texts[at], None) for n, texts in enumerate(VERSIONS, 1)]


EXPLAINED = (("1", "Ukraine's sovereignty is confirmed.", "No change from earlier drafts."),
             ("2", "A ceasefire starts once both sides sign.", "The clock starts at signature."),
             ("3", "Troops withdraw to agreed lines.",
              "The map of those lines has not been published by either side."),
             ("4", "Sanctions are eased step by step.", "EU sanctions need unanimity."))


@pytest.mark.parametrize("header", ["What it means", "Analysis", "Comment"])
def test_an_explainer_s_column_beside_numbered_clauses_is_their_notes(header: str) -> None:
    """``# | Clause | What it means``: a row whose explanation ran over five words was
    no provision, its cells one line (``3 Troops withdraw … The map …``) that ran into point
    2 (point 3 lost); the others' explanations were a paragraph of the clause. Each row is a
    point of its clause; the explanation is the point's note, under its column's header."""
    rows = "".join(f"<tr><td>{n}</td><td>{text}</td><td>{said}</td></tr>"
                   for n, text, said in EXPLAINED)
    page = _page("<p>We set out each clause next to what it would mean.</p><table><thead><tr>"
                 f"<th>#</th><th>Clause</th><th>{header}</th></tr></thead><tbody>{rows}"
                 "</tbody></table><p>Analysts expect more changes.</p>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [(p.number, p.text, p.notes) for p in imported.plan.points] == [
        (n, text, f"{header}: {said}") for n, text, said in EXPLAINED]


def test_a_long_remark_beside_a_numbered_clause_keeps_the_row_a_point() -> None:
    """With no header to name the column, the long remark is a paragraph of the clause as a
    short one is: point 3 no longer runs into point 2."""
    rows = "".join(f"<tr><td>{n}</td><td>{text}</td><td>{said}</td></tr>"
                   for n, text, said in EXPLAINED)
    imported = import_bytes(_page(f"<table>{rows}</table>"), "page.html", ".html", REQUEST)
    assert _tree(imported) == [(n, f"{text}\n\n{said}") for n, text, said in EXPLAINED]


_SIGN_ROWS = [("1", "Both sides stop firing along the whole front."),
              ("2", "Monitors from neutral states watch the line."),
              ("3", "Detainees are swapped in stages.")]


@pytest.mark.parametrize(("name", "header", "row"), [
    ("press.txt", "#\tProvision", "{}\t{}"),
    ("press.txt", "#     Provision", "{}     {}"),
    ("press.md", "#\tProvision", "{}\t{}"),
    ("press.md", "# | Provision\n--|--", "{} | {}"),
])
def test_a_pasted_table_s_hash_header_cell_is_no_heading_mark(
        name: str, header: str, row: str) -> None:
    """A table pasted as text (tabs, runs of spaces, a Markdown table without its outer
    pipes) whose number column is labelled ``#``: the header row is the page's text, and
    the headline over it stays the version's title. The ``#`` was read as a Markdown
    heading's mark: the header's "Provision" (or "| Provision") became the title."""
    text = "What the outline says\n\n" + header + "\n" + "\n".join(
        row.format(number, said) for number, said in _SIGN_ROWS) + "\n"
    imported = import_bytes(text.encode(), name, name[name.index("."):], REQUEST)
    assert _tree(imported) == _SIGN_ROWS
    assert "Provision" not in (imported.plan.title or "")
    assert "# | Provision" in (imported.plan.notes or "")


@pytest.mark.parametrize("header", [
    "<thead><tr><th>#</th><th>Provision</th></tr></thead>",
    "<tr><td>#</td><td>Provision</td></tr>",
    "<thead><tr><th>#</th><th>Provision</th><th>Status</th></tr></thead>",
])
def test_a_page_table_s_hash_header_cell_is_no_heading_mark(header: str) -> None:
    """A page's table of the points whose first header cell is ``#``: its header row went to
    the notes as a heading ("Heading before point 1: Provision"), the ``#`` read as a
    Markdown heading's mark. It is the page's text, its cells as the page has them."""
    status = "<td>Agreed</td>" if "Status" in header else ""
    page = _page("<h1>What the outline says</h1><p>The table lists the steps.</p><table>"
                 + header + "".join(f"<tr><td>{number}</td><td>{said}</td>{status}</tr>"
                                    for number, said in _SIGN_ROWS) + "</table>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [number for number, _ in _tree(imported)] == ["1", "2", "3"]
    notes = imported.plan.notes or ""
    assert "Heading" not in notes
    assert "# | Provision" in notes


_COMMENTED = [("1", "Both sides stop firing along the whole front.",
               "Agreed at the second round in Geneva, subject to the annex."),
              ("2", "Monitors from neutral states watch the line.",
               "One side objects to the supervision clause."),
              ("3", "Detainees are swapped in stages.", "Open.")]


@pytest.mark.parametrize("name", ["press.md", "press.txt"])
@pytest.mark.parametrize("sign", ["No.", "#"])
def test_a_markdown_table_s_comment_column_goes_to_the_points_notes(name: str,
                                                                    sign: str) -> None:
    """``| No. | Provision | Comment |`` pasted as a Markdown table (or ``#`` over the number
    column): each comment ran into its point's text ("… whole front. Agreed at …"), where
    the Word, OpenDocument, PDF and HTML readers put it in the point's notes under the
    column's header. Read as they read it; the header row stays one line of the notes."""
    text = (f"What the outline says\n\n| {sign} | Provision | Comment |\n|---|---|---|\n"
            + "".join(f"| {n} | {said} | {comment} |\n" for n, said, comment in _COMMENTED))
    imported = import_bytes(text.encode(), name, name[name.index("."):], REQUEST)
    assert [(p.number, p.text, p.notes) for p in imported.plan.walk()] == [
        (n, said, f"Comment: {comment}") for n, said, comment in _COMMENTED]
    assert f"| {sign} | Provision | Comment |" in (imported.plan.notes or "")
    assert any("1 table(s) of numbered provisions with a column of comments (Comment)"
               in f.message for f in imported.report.findings)
