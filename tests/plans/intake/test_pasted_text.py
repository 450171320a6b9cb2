"""Text copied out of a PDF: the copy keeps what a PDF reader leaves out, page numbers and
the running header of every page, often in the middle of a sentence that crosses a page
break. The copy here is made by a real client (poppler's pdftotext) from a WeasyPrint PDF
with a running header and 'Page N of M' footers. Texts are the project's own."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, import_bytes
from tests.plans.intake.layouts import Layout, Pt, print_page, typed_body
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="outline", version="2025-11-21-pasted")
WORDS = ("ceasefire", "border", "monitors", "sanctions", "elections", "fund", "parties",
         "guarantee", "region", "schools", "energy", "prisoners", "commission", "trade")


def test_text_copied_from_a_pdf_leaves_out_page_numbers_and_running_headers(
        tmp_path: Path) -> None:
    import weasyprint

    rng = random.Random(7)
    points = []
    for n in range(1, 41):
        words = [rng.choice(WORDS) for _ in range(rng.randint(20, 45))]
        text = " ".join(words)
        points.append(Pt(str(n), text[0].upper() + text[1:] + "."))
    layout = Layout("long", "".join(f"{p.number}. {p.text}\n" for p in points), tuple(points))
    pdf = tmp_path / "draft.pdf"
    pdf.write_bytes(weasyprint.HTML(string=print_page(typed_body(layout))).write_pdf() or b"")
    copy = tmp_path / "draft.txt"
    subprocess.run([require("pdftotext"), "-enc", "UTF-8", str(pdf), str(copy)], check=True)
    pasted = copy.read_text(encoding="utf-8")
    assert "Page 2 of" in pasted and pasted.count("Example News") >= 2  # the copy has them
    imported = import_bytes(pasted.encode(), "draft.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (p.number, p.text) for p in points]
    assert not imported.report.warnings
    assert any(f.kind == "dropped" and "page furniture" in f.message
               for f in imported.report.findings)


def test_page_furniture_by_shape_in_other_languages() -> None:
    text = ("ПРОЄКТ – ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ\n1. Сторони підтверджують суверенітет і\n"
            "Сторінка 1 з 2\nПРОЄКТ – ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ\nзобов'язуються не "
            "застосовувати силу.\n2. Місія спостерігає за лінією.\n- 2 -\n3. Вибори "
            "проводяться.\nНе погоджено\n4. Санкції знімаються.\nНе погоджено\n")
    imported = import_bytes(text.encode(), "uk.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "Сторони підтверджують суверенітет і зобов'язуються не застосовувати силу."),
        ("2", "Місія спостерігає за лінією."),
        ("3", "Вибори проводяться. Не погоджено"),  # a status repeated is not furniture
        ("4", "Санкції знімаються. Не погоджено")]


def test_footnotes_at_the_foot_of_each_page_of_a_pdftotext_copy(tmp_path: Path) -> None:
    """pdftotext copies a PDF page by page, each page's footnotes at its foot ('1. Note on
    point 3 …' between points 5 and 6) and a form feed at its end; a sentence crossing the
    page break is cut by a blank line. The notes opened points 1 and 2 again and took the
    next page's text; now they go to the notes, their marks ('schools.1') leave the text,
    and the copy reads as the PDF does, point for point."""
    import weasyprint

    rng = random.Random(5)
    points = []
    for n in range(1, 16):
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 70)))
        points.append(Pt(str(n), text[0].upper() + text[1:] + "."))
    body = "".join(f"<p>{p.number}. {p.text}" + (f"<span class='fn'>Note on point {p.number}"
                                                  ", as agreed.</span>"
                                                  if p.number in ("3", "9") else "") + "</p>"
                   for p in points)
    page = ("<html><head><style>@page {size: A5; margin: 2cm} .fn {float: footnote} body "
            f"{{font: 11pt serif}}</style></head><body><h1>Outline</h1>{body}</body></html>")
    pdf = tmp_path / "notes.pdf"
    pdf.write_bytes(weasyprint.HTML(string=page).write_pdf() or b"")
    copy = tmp_path / "notes.txt"
    subprocess.run([require("pdftotext"), "-enc", "UTF-8", str(pdf), str(copy)], check=True)
    pasted = copy.read_text(encoding="utf-8")
    assert "\f" in pasted and "1. Note on point 3" in pasted  # the copy has them so
    for data, name in ((pasted.encode(), "notes.txt"), (pdf.read_bytes(), "notes.pdf")):
        imported = import_bytes(data, name, name[-4:], REQUEST)
        assert [(p.number, p.text) for p in imported.plan.points] == [
            (p.number, p.text) for p in points], name
        notes = "\n\n".join(filter(None, [imported.plan.notes,
                                          *(p.notes for p in imported.plan.points)]))
        assert "Note on point 3" in notes and "Note on point 9" in notes, name
        if name == "notes.pdf":  # each in the notes of the point that calls it
            assert "Note on point 3" in (imported.plan.points[2].notes or ""), name
            assert "Note on point 9" in (imported.plan.points[8].notes or ""), name
        assert not imported.report.warnings, name


def test_running_lines_match_whatever_digits_their_page_numbers_use() -> None:
    """One key for a PDF's and a pasted copy's running lines: numbers aside, full-width
    ones too (a Japanese copy's ``草案 ３頁``)."""
    from plandiff.plans.intake.furniture import furniture_key

    assert furniture_key("交渉草案　３頁") == furniture_key("交渉草案 12頁")
    assert furniture_key("Draft –  page 3") == furniture_key("DRAFT – page ４")
    assert furniture_key("Draft – page 3") != furniture_key("Draft – part 3")


def test_a_sentence_that_runs_on_over_a_page_break_after_a_bracket_or_an_ellipsis() -> None:
    """A copy made page by page: the sentence goes on in small letters on the next page
    after a closing bracket, a closing quotation mark or an ellipsis, none of which ends
    it (what is inside them decides: ``[the 2022 map]`` runs on, ``(as agreed.)`` ends);
    one rule for pasted pages and pasted furniture."""
    text = ("1. The parties confirm the sovereignty of the state.\n"
            "2. A ceasefire takes effect on the line drawn in [the 2022 map]\n"
            "\fand it is monitored from the first day.\n"
            "3. Heavy weapons are withdrawn on land, at sea …\n"
            "\fand in the air.\n"
            "4. Sanctions are eased (as agreed.)\n"
            "\fthe fund is set up later.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "The parties confirm the sovereignty of the state.",
        "A ceasefire takes effect on the line drawn in [the 2022 map] and it is monitored "
        "from the first day.",
        "Heavy weapons are withdrawn on land, at sea … and in the air.",
        "Sanctions are eased (as agreed.)\n\nthe fund is set up later."]


def test_a_running_line_inside_a_sentence_that_ends_in_a_quotation_mark() -> None:
    """The running line repeated at each page break sits inside a sentence whose words
    before it end in a closing quotation mark or bracket: it is left out."""
    text = ("1. The parties draw the “contact line”\nFramework draft, 20 November\n"
            "as it stood on signature.\n2. Monitors patrol the line (east and west)\n"
            "Framework draft, 20 November\nevery day.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "The parties draw the “contact line” as it stood on signature.",
        "Monitors patrol the line (east and west) every day."]


def test_points_with_no_text_are_a_warning() -> None:
    """A numbered line with nothing after it and nothing under it is a point whose text went
    elsewhere (a PDF's markers read apart from their items, a list pasted without its
    text): the report says so rather than storing empty points quietly."""
    text = "Draft\n\n1.\n2.\n3. A ceasefire takes effect.\n"
    imported = import_bytes(text.encode(), "pasted.txt", ".txt",
                            DraftRequest(document="outline", version="2025-11-21-press"))
    empty = [f for f in imported.report.warnings if f.kind == "empty"]
    assert len(empty) == 1 and "2 point(s) with no text (1, 2)" in empty[0].message


def test_a_reference_wrapped_before_its_number_is_not_a_point() -> None:
    """A narrow column wraps "… mirroring Article" / "5. If Russia …": the number is the
    article's, even though it repeats the current point's number or is the next one's."""
    text = ("Draft\n\n1. The parties agree.\n5. The guarantees mirror Article\n5. If Russia "
            "attacks, sanctions return under Resolution\n6. Observers follow.\n"
            "6. Elections follow.\n")
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points][1:] == [
        ("5", "The guarantees mirror Article 5. If Russia attacks, sanctions return under "
              "Resolution 6. Observers follow."),
        ("6", "Elections follow.")]


def test_an_article_word_wrapped_with_its_number_is_not_the_point_again() -> None:
    """The column wraps before the article's word too ("… mirroring" / "Article 3. If
    Russia …", a redline's PDF of point 3): the open point's own number after a line broken
    off after a word in small letters is the reference's (it opened point 3 a second time,
    with the rest of the text); "Article 4" on the next line still opens point 4."""
    text = ("Draft\n\nArticle 1. Sovereignty is confirmed by all signatories.\n"
            "Article 2. A ceasefire holds along the line of contact.\n"
            "Article 3. The United States and the European signatories give guarantees "
            "mirroring\nArticle 3. If Russia invades again, all sanctions return at once, "
            "under\nArticle 4. Elections are held after signing.\n")
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points][2:] == [
        ("3", "The United States and the European signatories give guarantees mirroring "
              "Article 3. If Russia invades again, all sanctions return at once, under"),
        ("4", "Elections are held after signing.")]
    assert not imported.report.warnings


def test_a_japanese_article_named_mid_sentence_across_a_line_break_is_not_a_point() -> None:
    """"…北大西洋条約" / "第5条にならった保証…": an article named in a sentence (a particle
    follows it) after a line with no sentence end is the sentence going on; a heading
    "第6条（選挙）" still opens a point."""
    text = ("枠組み\n\n第1条 主権を確認する。\n第2条 米国と欧州の署名国は、北大西洋条約\n"
            "第5条にならった保証をウクライナに与える。\n第3条（選挙） 選挙を実施する。\n")
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "主権を確認する。"),
        ("2", "米国と欧州の署名国は、北大西洋条約第5条にならった保証をウクライナに与える。"),
        ("3", "選挙を実施する。")]


def test_a_forwarded_e_mail_quotes_the_text_with_quote_marks() -> None:
    """A press text forwarded by e-mail arrives with '> ' (or '>> ', '> > ') before every
    line; a Markdown draft may quote the whole list in a block quote. The marks are taken off,
    indentation after them kept, and the report says so; a lone line opening with '>' is
    text."""
    text = ("Forwarded text below.\n\n> 1. Ukraine's sovereignty is confirmed.\n"
            "> 2. A non-aggression agreement is concluded\n> between Russia, Ukraine and Europe.\n"
            ">\n> > 3. The guarantee holds on these terms:\n> >    a) the United States is "
            "compensated;\n> >    b) it lapses if Ukraine invades Russia.\n"
            "4. Elections are held.\n> 100 days is the limit.\n")
    imported = import_bytes(text.encode(), "mail.txt", ".txt", REQUEST)
    points = imported.plan.points
    assert [(p.number, p.text) for p in points] == [
        ("1", "Ukraine's sovereignty is confirmed."),
        ("2", "A non-aggression agreement is concluded between Russia, Ukraine and Europe."),
        ("3", "The guarantee holds on these terms:"),
        ("4", "Elections are held. > 100 days is the limit.")]
    assert [p.text for p in points[2].points] == [
        "the United States is compensated;", "it lapses if Ukraine invades Russia."]
    assert any("7 quoted line(s)" in f.message for f in imported.report.findings)
    quoted_md = "# Plan\n\n> 1. First point.\n>    a) one;\n>    b) two.\n>\n> 2. Second.\n"
    md = import_bytes(quoted_md.encode(), "plan.md", ".md", REQUEST)
    assert [(p.number, [c.text for c in p.points]) for p in md.plan.points] == [
        ("1", ["one;", "two."]), ("2", [])]


def test_bullets_copied_out_of_word_are_sub_points() -> None:
    """Word's Symbol and Wingdings bullets become '·' or a private-use character (U+F0B7)
    when the list is copied as text, its second level 'o' and a tab; other lists use
    diamonds, arrows, ticks, figure dashes. Each is a bullet: the items are sub-points, not
    the lead-in's text."""
    for first, second in (("·\t", "o\t"), ("\uf0b7\t", "\uf0a7\t"), ("‒ ", "− "),
                          ("◆ ", "➤ "), ("✓ ", "✔ ")):
        text = ("Plan\n\n1. The guarantee holds on these terms:\n"
                f"{first}the United States is compensated;\n    {second}in money;\n"
                f"{first}it lapses if Ukraine invades Russia.\n2. Elections are held.\n")
        imported = import_bytes(text.encode(), "copied.txt", ".txt", REQUEST)
        one, two = imported.plan.points
        assert one.text == "The guarantee holds on these terms:", (first, one.text)
        assert [p.text for p in one.points] == [
            "the United States is compensated;", "it lapses if Ukraine invades Russia."], first
        assert [p.text for p in one.points[0].points] == ["in money;"], first
        assert two.text == "Elections are held."


WORD_COPY = ("Ukraine\u2019s framework \u2013 the list\r\n\r\n"
             "1.\tUkraine\u2019s sovereignty is reaf\u00adfirmed by every signatory.\r\n"
             "2.\tA \u201cfull\u201d non-aggression agreement is concluded.\r\n"
             "3.\u00a0Ukraine receives strong security guaran\u00adtees.\r\n"
             "\u200e4.\tThe armed forces remain at 800\u00a0000 in peacetime.\u200f\r\n"
             "\u202a5.\u202c The guarantees mirror Article\u00a05.\r\n")


def test_invisible_marks_copied_out_of_word_are_not_the_text() -> None:
    """Word and browsers copy soft hyphens (U+00AD, where a word may break) and direction
    marks (U+200E, U+200F, U+202A … U+202E, U+2066 … U+2069) with the text: a mark before a
    point's number hid the number (point 4 ran into point 3), and inside a word the soft
    hyphen made ``reaffirmed`` another word to a search or a diff."""
    expected = ["Ukraine\u2019s sovereignty is reaffirmed by every signatory.",
                "A \u201cfull\u201d non-aggression agreement is concluded.",
                "Ukraine receives strong security guarantees.",
                "The armed forces remain at 800 000 in peacetime.",
                "The guarantees mirror Article 5."]
    for codec in ("utf-8", "utf-16"):
        imported = import_bytes(WORD_COPY.encode(codec), "pasted.txt", ".txt", REQUEST)
        assert [p.text for p in imported.plan.points] == expected, codec
        assert [p.number for p in imported.plan.points] == ["1", "2", "3", "4", "5"]
    # Notepad's "ANSI": Windows-1252 keeps the soft hyphens (it has no direction marks)
    ansi = WORD_COPY.translate({0x200E: None, 0x200F: None, 0x202A: None, 0x202C: None})
    imported = import_bytes(ansi.encode("cp1252"), "pasted.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == expected


def test_a_running_header_with_its_page_number_between_two_points() -> None:
    """A PDF viewer's copy puts each page's running header and its page number on one line
    (``Framework – Unofficial Translation      2``); between two points it breaks no sentence,
    and it stayed at the end of the point before it. The page number that counts up from
    one occurrence to the next tells it; a heading repeated with another number
    (``Annex 1``, ``Annex 2``) is no running line."""
    text = ("Framework – Unofficial Translation\n\n"
            "1. Sovereignty is reaffirmed by every signatory.\n"
            "2. A full non-aggression agreement is concluded.\n"
            "Framework – Unofficial Translation                    2\n"
            "3. Ukraine receives strong security guarantees.\n"
            "4. The armed forces keep 800,000 in peacetime.\n"
            "Framework – Unofficial Translation 3\n"
            "5. Guarantees mirror Article 5.\n"
            "Annex 1\n6. Monitors deploy.\nAnnex 2\n7. Elections follow.\n")
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "Sovereignty is reaffirmed by every signatory."),
        ("2", "A full non-aggression agreement is concluded."),
        ("3", "Ukraine receives strong security guarantees."),
        ("4", "The armed forces keep 800,000 in peacetime."),
        ("5", "Guarantees mirror Article 5."),
        ("6", "Monitors deploy."),
        ("7", "Elections follow.")]
    notes = imported.plan.notes or ""
    assert "Annex 1" in notes and "Annex 2" in notes  # headings, not furniture
    assert notes.count("Unofficial Translation") == 1  # the title line, once


def test_japanese_page_numbers_in_full_width_forms() -> None:
    """A Japanese PDF's page numbers copied with the text are set in full-width forms
    (``－ 2 －``, ``－２－``, ``２／５``, ``３ページ``): they stayed at the end of the point."""
    for page in ("－ 2 －", "－２－", "２／５", "3ページ", "- ４ -", "P.2", "— ２ —"):
        text = ("１．主権を再確認し、署名によっ\nてこれを認める。\n"
                f"２．不可侵の合意を結ぶ。\n{page}\n３．強固な安全の保証を受ける。\n")
        imported = import_bytes(text.encode(), "ja.txt", ".txt", REQUEST)
        assert [p.text for p in imported.plan.points] == [
            "主権を再確認し、署名によってこれを認める。", "不可侵の合意を結ぶ。",
            "強固な安全の保証を受ける。"], page


def test_ligatures_copied_out_of_a_pdf_read_as_their_letters() -> None:
    """A PDF viewer's copy (or pdftotext's) keeps the typesetter's ligatures as the single
    characters ﬁ ﬂ ﬀ ﬃ ﬄ: ``conﬁrmed`` matched no ``confirmed`` in the other versions and
    a search for it found nothing."""
    text = ("1. The conﬁrmed ﬂow of aid is suﬃcient.\n"
            "2. Oﬀicials ﬂag the oﬄine records.\n")
    plan = import_bytes(text.encode("utf-8"), "copy.txt", ".txt", REQUEST).plan
    assert [p.text for p in plan.points] == ["The confirmed flow of aid is sufficient.",
                                             "Officials flag the offline records."]


def test_a_sub_point_label_written_with_its_points_number() -> None:
    """``2(a) …`` (plandiff's own reports and redlines, and a PDF of them, write a sub-point's
    label with its point's number): sub-point (a) of point 2, right under point 2; the same
    label under another point, a reference wrapped to a line's start, stays text. Both were
    read as text of point 2."""
    text = ("1. Fire stops along the line.\n2. A pact is signed:\n2(a) open questions are "
            "settled;\n2(b) no new claims are made, as article\n3(b) of the charter says.\n"
            "3. Monitors patrol.\n")
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.walk()] == [
        ("1", "Fire stops along the line."), ("2", "A pact is signed:"),
        ("2(a)", "open questions are settled;"),
        ("2(b)", "no new claims are made, as article 3(b) of the charter says."),
        ("3", "Monitors patrol.")]


def test_a_list_pasted_without_its_numbers_keeps_its_headline_and_lead_in_out() -> None:
    """A browser drops an ordered list's numbers from the copy: read ``--points-by lines``,
    the headline above and the line leading in were points 1 and 2 and every point's number
    was two too high; the announced count was not checked."""
    from plandiff.plans.intake import PointsBy

    items = ("Both sides confirm the country's sovereignty.",
             "Russia, Ukraine and Europe sign a pact of non-aggression.",
             "The alliance takes in no new members to the east.",
             "The country gets firm guarantees of its security.")
    pasted = ("The four-point plan: what the draft says\n\nThe draft, as read out, says:\n\n"
              + "\n\n".join(items) + "\n")
    imported = import_bytes(pasted.encode(), "pasted.txt", ".txt", DraftRequest(
        document="outline", version="2025-11-21-pasted", points_by=PointsBy.LINES))
    assert imported.plan.title == "The four-point plan: what the draft says"
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), text) for n, text in enumerate(items, 1)]
    assert imported.plan.notes == "The draft, as read out, says:"
    assert not imported.report.warnings
    # a fifth item against the headline's four is a warning now
    longer = pasted + "\nThe talks go on next week.\n"
    warned = import_bytes(longer.encode(), "pasted.txt", ".txt", DraftRequest(
        document="outline", version="2025-11-21-pasted", points_by=PointsBy.LINES))
    assert any("announces 4 points" in f.message for f in warned.report.warnings)


@pytest.mark.parametrize(("header", "footer"), [
    ("11/21/25, 2:05 PM Peace plan: the points in full | Example News",
     "https://example.com/news/2025/11/21/peace-plan {n}/3"),
    ("21.11.2025, 14:05 Мирний план: усі пункти", "https://example.com/uk/plan {n}/3"),
])
def test_a_browser_s_print_header_and_footer_copied_out_of_its_pdf(header: str,
                                                                  footer: str) -> None:
    """Text copied out of a page a browser printed to PDF keeps each page's footer (the
    page's address and ``2/3``) and header (the date and time, the page's title), here in
    the middle of point 2's sentence: both ran into it."""
    text = (f"{header}\nPeace plan: the points in full\n\n1. Both sides stop firing along "
            "the whole line of contact from the first\nday.\n2. Monitors watch the line and "
            f"report to both sides every week in\n{footer.format(n=1)}\n{header}\nwriting.\n"
            f"3. Sanctions are eased in stages.\n{footer.format(n=2)}\n{header}\n"
            "4. Detainees are swapped.\n")
    imported = import_bytes(text.encode(), "copy.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "Both sides stop firing along the whole line of contact from the first day.",
        "Monitors watch the line and report to both sides every week in writing.",
        "Sanctions are eased in stages.", "Detainees are swapped."]


def test_a_running_header_of_two_lines_with_its_date_between_two_points() -> None:
    """A copy of a PDF whose header is two lines, the draft's name and its date (``21
    November 2025``), with a footer and the page number above them: where a page ended with
    a point, the date ran into the point after it (or the one before) — a line that opens
    with a number was never taken for a running line; next to a running line, a repeated
    date is one."""
    page = "CONFIDENTIAL\n\n-{n}-\n\nDraft framework agreement\n\n21 November 2025\n\n"
    text = ("Draft framework agreement\n\n21 November 2025\n\n"
            "1. Sovereignty is reaffirmed by every signatory.\n"
            "2. A full non-aggression agreement is concluded between the\n"
            "parties.\n\n" + page.format(n=1) +
            "3. Ukraine receives strong security guarantees.\n"
            "4. The armed forces keep 800,000 personnel in\n\n" + page.format(n=2) +
            "peacetime.\n5. Guarantees mirror Article 5.\n\n" + page.format(n=3) +
            "6. Monitors deploy along the line of contact.\n\nCONFIDENTIAL\n\n-4-\n")
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "Sovereignty is reaffirmed by every signatory."),
        ("2", "A full non-aggression agreement is concluded between the parties."),
        ("3", "Ukraine receives strong security guarantees."),
        ("4", "The armed forces keep 800,000 personnel in peacetime."),
        ("5", "Guarantees mirror Article 5."),
        ("6", "Monitors deploy along the line of contact.")]
    assert not imported.report.warnings, imported.report.lines()


def test_a_browser_printout_copied_with_its_layout_loses_its_first_header_too() -> None:
    """``pdftotext -layout`` of a page a browser printed: the header (date and time, a wide
    space, the page's title) is over 80 characters once its spaces are kept, so it did not
    count as repeated; the headers of pages 2 and 3 went (next to the footer), the first
    stayed, and the page's own heading was not the title."""
    header = "12/5/25, 9:14 AM" + " " * 33 + "Draft framework for a settlement (full text)"
    footer = "https://news.example.org/framework-text" + " " * 50 + "{}/3"
    points = [f"{n}. The parties agree on clause {n} of the framework and report on it to "
              "the commission." for n in range(1, 10)]
    pages = []
    for page in range(3):
        body = "\n\n".join(points[3 * page:3 * page + 3])
        top = "Draft framework for a settlement\n\n" if page == 0 else ""
        pages.append(f"{header}\n\n{top}{body}\n\n\n{footer.format(page + 1)}\n")
    imported = import_bytes("\f".join(pages).encode(), "printout.txt", ".txt", REQUEST)
    assert [p.number for p in imported.plan.points] == [str(n) for n in range(1, 10)]
    assert imported.plan.title == "Draft framework for a settlement"
    assert "9:14" not in (imported.plan.notes or "")


def test_a_word_alone_on_its_line_twice_in_a_narrow_column_stays() -> None:
    """Text copied out of a narrow column wraps a name onto a line of its own, twice: the
    repeated line inside a sentence was taken for a running header and the name left out
    (``The parties confirm that keeps its sovereignty.``). A running line is words, not a
    single word (one in capitals, or beside a page number, still is)."""
    text = ("1. The parties confirm that\nUkraine\nkeeps its sovereignty.\n"
            "2. Security guarantees for\nUkraine\nare given by the partners.\n"
            "3. Elections are held within\nninety days.\n")
    imported = import_bytes(text.encode(), "column.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "The parties confirm that Ukraine keeps its sovereignty.",
        "Security guarantees for Ukraine are given by the partners.",
        "Elections are held within ninety days."]


def test_a_viewer_s_copy_with_bare_page_numbers_and_a_footnote_at_a_page_s_foot() -> None:
    """Copied out of a PDF viewer (no form feeds): each page ends with its footnote, its bare
    page number and, on the next page, the running header, in the middle of point 2's
    sentence; the last page's number is the text's last line. The page numbers were read
    as a citation mark and as an empty point 4, the footnote as point 2's words."""
    header = "DRAFT — CONFIDENTIAL                                    2 December 2026\n"
    text = (f"{header}\n"
            "1. The parties agree to a ceasefire along the entire line of contact, to be\n"
            "verified by satellite and by an observer mission.¹\n"
            "2. Foreign forces may be deployed west of the Dnipro only with the consent\n"
            "of Ukraine and after notification to the Joint Commission; their numbers\n"
            "¹ The mission's composition is set out in Annex II.\n"
            "3\n"
            f"{header}"
            "are capped at 30,000 personnel.\n"
            "3. The Joint Commission meets monthly and decides by consensus.\n"
            "4\n")
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "The parties agree to a ceasefire along the entire line of contact, to be "
              "verified by satellite and by an observer mission."),
        ("2", "Foreign forces may be deployed west of the Dnipro only with the consent of "
              "Ukraine and after notification to the Joint Commission; their numbers are "
              "capped at 30,000 personnel."),
        ("3", "The Joint Commission meets monthly and decides by consensus.")]
    assert "[1] The mission's composition is set out in Annex II." in (
        imported.plan.notes or "")
    assert not imported.report.warnings


def test_a_running_header_that_repeats_the_title_still_titles_the_draft() -> None:
    """A PDF's running header repeats the document's title on every page; the copy opens
    with the title itself. The title was left out with the headers and the draft had
    none."""
    title = "Framework for a Durable Settlement — Working Draft"
    text = (f"{title}\n\n"
            "1. The parties confirm a complete ceasefire along the line of contact.\n"
            "2. An international monitoring mission is established within 30 days.\n"
            f"{title}\nPage 1 of 2\n"
            "3. All prisoners of war are exchanged on an all-for-all basis.\n"
            "4. Sanctions are eased in three stages, each conditional on compliance.\n"
            f"{title}\nPage 2 of 2\n")
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert imported.plan.title == title
    assert [p.number for p in imported.plan.points] == ["1", "2", "3", "4"]
    assert all(title not in p.text for p in imported.plan.points)


def test_a_point_s_number_in_its_box_next_to_a_repeated_status_stays() -> None:
    """A table pasted cell by cell: each point's number alone on its line, its text, and a
    status in capitals repeated under every row (a running line by its shape). The
    numbers next to the status are the points', not page numbers."""
    text = ("1. The parties stop firing along the line.\nAGREED\n"
            "2\nPrisoners are exchanged all for all.\nAGREED\n"
            "3\nMonitors watch the line from both sides.\nAGREED\n")
    imported = import_bytes(text.encode(), "pasted.txt", ".txt", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3"]


def test_sub_points_numbered_on_from_another_list_say_so_without_the_partial_advice() -> None:
    """Sub-points that start at (3) (a list Word numbers on through the document) are
    warned of as sub-points: --partial and --covers speak of the version's points, not of
    a point's list, so the warning does not offer them."""
    text = ("1. First point.\n2. Second point:\n(3) a sub-point numbered on;\n(4) another one.\n"
            "3. Third point.\n")
    report = "\n".join(import_bytes(text.encode(), "sub.txt", ".txt", REQUEST).report.lines())
    assert "sub-point 2(3) opens the list under 2: its numbering starts at 3, not 1" in report
    assert "--partial" not in report


PAGED_HEADER = """FRAMEWORK FOR A DURABLE SETTLEMENT                                    Page 1 of 3

1. The Parties reaffirm their commitment to the sovereignty and territorial in-
tegrity of Ukraine within its internationally recognised borders.
2. A comprehensive ceasefire enters into force seventy-two hours after sig-
nature of this Framework by both Parties.
3. A monitoring mission is established under the auspices of the OSCE.

DRAFT – NOT FOR DISTRIBUTION                                          2
FRAMEWORK FOR A DURABLE SETTLEMENT                                    Page 2 of 3

4. All prisoners are released on an all-for-all basis within thirty days.
5. Sanctions are lifted in phases, subject to verified compliance.

DRAFT – NOT FOR DISTRIBUTION                                          3
Framework for a Durable Settlement                                    Page 3 of 3

6. This Framework enters into force upon signature.
"""


@pytest.mark.parametrize("gap", [" " * 36, "\t", " — "])
def test_a_running_header_with_its_page_number_in_words_at_its_end(gap: str) -> None:
    """A PDF viewer's copy keeps each page's header, the title on the left and ``Page 2 of
    3`` on the right: it stayed in points 3 and 5 (``… OSCE. FRAMEWORK FOR A DURABLE
    SETTLEMENT Page 2 of 3``), and the title was ``… SETTLEMENT Page 1 of 3``. The header
    leaves; the first one's words stay the title."""
    text = PAGED_HEADER.replace(" " * 36, gap)
    imported = import_bytes(text.encode(), "framework.txt", ".txt", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        ("1", "The Parties reaffirm their commitment to the sovereignty and territorial "
              "integrity of Ukraine within its internationally recognised borders."),
        ("2", "A comprehensive ceasefire enters into force seventy-two hours after signature "
              "of this Framework by both Parties."),
        ("3", "A monitoring mission is established under the auspices of the OSCE."),
        ("4", "All prisoners are released on an all-for-all basis within thirty days."),
        ("5", "Sanctions are lifted in phases, subject to verified compliance."),
        ("6", "This Framework enters into force upon signature.")]
    assert imported.plan.title == "FRAMEWORK FOR A DURABLE SETTLEMENT"
    assert any(f.kind == "dropped" and "page furniture" in f.message
               for f in imported.report.findings)


READ_MORE = ("The plan reads:\n\n1. Fighting stops along the line.\n2. Heavy arms move back.\n"
             "3. Monitors patrol the line.\n\nRead more\n{items}\n\n4. Prisoners are swapped.\n"
             "5. Sanctions are eased.\n6. Elections are held in spring.\n")
LINKS = ("1. Who drafted the plan", "2. Kyiv's first reaction", "3. What Moscow wants")


def test_a_pasted_read_more_list_then_a_blank_line_and_the_next_point() -> None:
    """A page's "Read more" box copied between points 3 and 4: its three links numbered 1-3
    line under line, a blank line, then the draft's 4. The 4 was read as the box's fourth
    item and points 4-6 went to the notes, with no warning. The blank line after the list
    ends it: the draft goes on."""
    text = READ_MORE.format(items="\n".join(LINKS))
    imported = import_bytes(text.encode(), "paste.txt", ".txt", REQUEST)
    assert [p.number for p in imported.plan.points] == ["1", "2", "3", "4", "5", "6"]
    assert "Who drafted the plan" in (imported.plan.notes or "")
    assert not imported.report.warnings, imported.report.lines()


def test_a_number_the_draft_expects_read_as_a_link_list_s_item_is_a_warning() -> None:
    """With a blank line between every link, each a sentence as the points are, nothing
    tells the box's 4th item from the draft's point 4: the reading stays the list's, but
    the report warns, naming the number, so a point is never lost silently. Headlines with
    no full stop over points with one are told apart: the draft goes on."""
    text = READ_MORE.format(items="\n\n".join(f"{link}." for link in LINKS))
    imported = import_bytes(text.encode(), "paste.txt", ".txt", REQUEST)
    warnings = [f.message for f in imported.report.warnings]
    assert any("4" in w and "Read more" in w for w in warnings), imported.report.lines()
    apart = READ_MORE.format(items="\n\n".join(LINKS))
    assert len(import_bytes(apart.encode(), "paste.txt", ".txt", REQUEST).plan.points) == 6
