"""What a press copy sets around a plan's points: the reporter's sign-off after the last
point, end marks ("――以上――", "— END —", "###"), and the headline, time stamp and byline
above point 1. They belong to the notes, never to a point's text. Texts are the project's
own."""

from __future__ import annotations

from pathlib import Path

import pytest

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.pages import imported_text, report_text
from tests.plans.intake.producers import chromium_pdf

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

JA_ITEMS = ("停戦ラインを双方が守る。", "中立国の監視団が境界を見回る。",
            "拘束された人々を段階的に交換する。")


def _import(text: str, name: str = "copy.txt") -> ImportedDraft:
    return imported_text(text, REQUEST, name)


@pytest.mark.parametrize("sign_off", [
    "（ワシントン支局　山田太郎）",
    "（山田太郎記者）",
    "（ワシントン　山田太郎記者）",
    "（国際部　山田太郎）",
    "【ワシントン＝山田太郎】",
    "（ワシントン＝山田太郎、モスクワ＝佐藤花子）",
    "山田太郎記者",
    "ワシントン支局・山田太郎記者",
])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_a_japanese_reporter_s_sign_off_after_the_last_point(sign_off: str, gap: str) -> None:
    """A Japanese paper closes its copy with the reporter's line: a bureau and a name, a
    name with 記者, or several datelines with ＝. Only the bracketed ＝ form left the last
    point; the others ran into its text ("…交換する。（山田太郎記者）")."""
    text = "和平案の要旨は次の通り。\n\n" + "\n".join(
        f"{n}. {item}" for n, item in enumerate(JA_ITEMS, 1)) + gap + sign_off
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == list(JA_ITEMS)
    last = imported.plan.points[-1]
    assert sign_off.replace("\u3000", " ") in (last.notes or "") + (imported.plan.notes or "")


def test_a_line_ending_in_kisha_inside_a_sentence_stays_the_point_s() -> None:
    """A point's own line that mentions reporters (hiragana, a clause's punctuation) is no
    sign-off."""
    text = ("1. 停戦ラインを双方が守る。\n2. 会見には各国の記者\nが同席できる。\n"
            "3. 拘束された人々を交換する。")
    imported = _import(text)
    assert imported.plan.points[1].text == "会見には各国の記者が同席できる。"


EN_POINTS = "1. Both sides stop firing along the front.\n2. Monitors watch the line.\n"


@pytest.mark.parametrize(("top", "paragraphs"), [
    ("Draft outline: what the points say\nPublished 21 November 2025, 14:05 GMT\n"
     "By Jane Doe, Kyiv\nThe outline, seen by this paper, reads:\n",
     ["Draft outline: what the points say", "Published 21 November 2025, 14:05 GMT",
      "By Jane Doe, Kyiv", "The outline, seen by this paper, reads:"]),
    ("Draft outline: what the points say\nNovember 21, 2025 at 2:05 p.m. EST\n"
     "By Jane Doe and John Roe\n\n",
     ["Draft outline: what the points say", "November 21, 2025 at 2:05 p.m. EST",
      "By Jane Doe and John Roe"]),
    ("Проєкт плану: що в ньому\n21 листопада 2025, 14:05\nАвтор: Іван Петренко\n",
     ["Проєкт плану: що в ньому", "21 листопада 2025, 14:05", "Автор: Іван Петренко"]),
    ("Проект плана: что в нём\nОбновлено 21.11.2025 14:05\nАвтор — Иван Петров\n"
     "Текст плана такой:\n",
     ["Проект плана: что в нём", "Обновлено 21.11.2025 14:05", "Автор — Иван Петров",
      "Текст плана такой:"]),
    ("和平案の要旨\n2025年11月21日（金） 14時05分\n山田太郎記者\n",
     ["和平案の要旨", "2025年11月21日（金） 14時05分", "山田太郎記者"]),
])
def test_headline_stamp_and_byline_above_point_1_are_paragraphs_of_their_own(
        top: str, paragraphs: list[str]) -> None:
    """A pasted press copy opens with its headline, a date and time stamp and the byline,
    one a line: they ran together into one paragraph of the notes ("… say Published 21
    November 2025, 14:05 GMT By Jane Doe, Kyiv The outline …")."""
    imported = _import(top + EN_POINTS)
    assert [p.number for p in imported.plan.points] == ["1", "2"]
    assert (imported.plan.notes or "").split("\n\n") == paragraphs


def test_a_lead_sentence_with_a_date_in_it_is_not_a_stamp() -> None:
    """A wrapped lead that names a date and a line opening with "By" that is a sentence's
    stay one paragraph."""
    top = ("The outline, handed over on 21 November 2025, was\nread out in full. By "
           "December both sides\nwant an answer:\n")
    imported = _import(top + EN_POINTS)
    assert imported.plan.notes == ("The outline, handed over on 21 November 2025, was read "
                                   "out in full. By December both sides want an answer:")


@pytest.mark.parametrize("mark", ["――以上――", "―以上―", "（以上）", "— END —", "(END)", "[END]",
                                  "-- END --", "ENDS", "###", "＃＃＃", "# # #"])
@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_an_end_mark_after_the_last_point_goes_to_the_notes(mark: str, gap: str) -> None:
    """A wire copy or a press release ends with a mark ("――以上――", "— END —", "###"): it
    ran into the last point's text ("…交換する。 — END —"), or was counted as a
    transcript's speaker line ("――以上――"). What follows the mark (a press office's
    boilerplate) goes with it."""
    for items, lead in ((JA_ITEMS, "和平案の要旨は次の通り。"),
                        (("Both sides stop firing.", "Monitors watch the line.",
                          "Detainees are swapped."), "The outline reads:")):
        text = f"{lead}\n\n" + "\n".join(
            f"{n}. {item}" for n, item in enumerate(items, 1)) + gap + mark
        imported = _import(text + "\nThe press office answers questions on weekdays.")
        assert [p.text for p in imported.plan.points] == list(items), mark
        notes = imported.plan.notes or ""
        assert mark in notes and "The press office answers" in notes, notes
        messages = report_text(imported)
        assert "end mark" in messages and "speaker" not in messages, messages


def test_an_end_mark_s_words_inside_a_point_stay() -> None:
    """"END" or "以上" inside a sentence is the point's."""
    imported = _import("1. The truce holds until the END of winter.\n2. 以上の条件で合意する。\n"
                       "3. Talks resume.")
    assert [p.text for p in imported.plan.points] == [
        "The truce holds until the END of winter.", "以上の条件で合意する。", "Talks resume."]


def _page(body: str) -> bytes:
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>The "
            f"outline</title></head><body><main><article>{body}</article></main></body>"
            "</html>").encode()


EN_ITEMS = ("Both sides stop firing along the whole front.",
            "Monitors from neutral states watch the line.", "Detainees are swapped in stages.")
LEAD = "<h1>What the outline says</h1><p>The draft lists these steps, in a copy we saw.</p>"


@pytest.mark.parametrize("inside", [
    "<ol>" + "".join(f"<li>{item}</li>" for item in EN_ITEMS) + "</ol>",
    "<table>" + "".join(f"<tr><td>{n}</td><td>{item}</td></tr>"
                        for n, item in enumerate(EN_ITEMS, 1)) + "</table>",
])
def test_a_figure_holding_the_list_or_a_table_of_the_points_is_read(inside: str) -> None:
    """A CMS wraps a table block (``<figure class="wp-block-table">``) or a list in a
    ``<figure>``: the whole figure was dropped as an image's, and the page had "no
    numbered points". Its caption is counted, not read into the points."""
    page = _page(f"{LEAD}<figure class=\"wp-block-table\">{inside}<figcaption>The three "
                 "steps, as listed</figcaption></figure>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.points] == [
        (str(n), item) for n, item in enumerate(EN_ITEMS, 1)]
    assert "The three steps, as listed" not in (imported.plan.notes or "")
    assert "1 figure caption(s)" in "\n".join(imported.report.lines())


def test_an_image_figure_s_caption_is_counted() -> None:
    """A photo's ``<figure>`` with its ``<figcaption>`` between the lead and the list stays
    out of the text, and the report counts its caption (it was lost without a word)."""
    page = _page(f"{LEAD}<figure><img src=\"talks.jpg\" alt=\"\"><figcaption>Negotiators met "
                 "on Sunday.</figcaption></figure><ol>"
                 + "".join(f"<li>{item}</li>" for item in EN_ITEMS) + "</ol>")
    imported = import_bytes(page, "page.html", ".html", REQUEST)
    assert [p.text for p in imported.plan.points] == list(EN_ITEMS)
    assert "Negotiators" not in (imported.plan.notes or "")
    assert "1 figure caption(s)" in "\n".join(imported.report.lines())


SECTIONS = (("Purpose", "This Act sets out how the ceasefire along the line of contact is "
             "kept."),
            ("Monitoring", "A mission of neutral states watches the line and reports every "
             "month."),
            ("Exchange of detainees", "Detainees are exchanged in stages, all for all, within "
             "ninety days."))


def test_a_law_printed_by_chromium_keeps_section_titles_and_its_group_heading(
        tmp_path: Path) -> None:
    """An act's page (``Section 1. Purpose`` headings, then the text) printed to PDF by
    Chromium: the section titles are the points' titles, and "Final provisions" between
    section 3 and section 4 (and after the last section) is a group heading in the notes;
    it was the second paragraph of section 3's text (and the last section's)."""
    body = "".join(f"<h2>Section {n}. {title}</h2><p>{text}</p>"
                   for n, (title, text) in enumerate(SECTIONS, 1))
    for after in ("<h2>Final provisions</h2><h2>Section 4. Entry into force</h2><p>This Act "
                  "enters into force on the day after its publication.</p>",
                  "<p><b>Final provisions</b></p>"):
        page = tmp_path / "act.html"
        page.write_text("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                        "<title>Act</title></head><body><h1>Ceasefire Implementation Act</h1>"
                        f"{body}{after}</body></html>", encoding="utf-8")
        pdf = chromium_pdf(page, tmp_path / "act.pdf", tmp_path)
        imported = import_bytes(pdf.read_bytes(), "act.pdf", ".pdf", REQUEST)
        points = [(p.number, p.title, p.text) for p in imported.plan.points]
        assert points[:3] == [(str(n), title, text)
                              for n, (title, text) in enumerate(SECTIONS, 1)], points
        assert "Final provisions" in (imported.plan.notes or "")


@pytest.mark.parametrize("heading", ["Final provisions", "FINAL AND TRANSITIONAL PROVISIONS",
                                     "Прикінцеві положення", "Заключительные положения",
                                     "附則"])
def test_a_group_heading_of_provisions_in_pasted_text(heading: str) -> None:
    """The same heading in pasted text ends the point before it; in a sentence, or a line
    the sentence wraps into, it stays."""
    text = ("Section 1. Purpose\nThe Act keeps the ceasefire.\n\nSection 2. Monitoring\n"
            f"Monitors watch the line.\n\n{heading}\n\nSection 3. Entry into force\n"
            "The Act applies at once.")
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == [
        "The Act keeps the ceasefire.", "Monitors watch the line.", "The Act applies at once."]
    assert heading in (imported.plan.notes or "")
    wrapped = _import("1. These rules and the\nFinal provisions\napply at once.\n2. Talks go on.")
    assert wrapped.plan.points[0].text == "These rules and the Final provisions apply at once."


WIKI_ITEMS = ("Ukraine's sovereignty would be confirmed.",
              "A full non-aggression agreement would be concluded between Russia, Ukraine and "
              "Europe.",
              "Russia would not invade its neighbours and NATO would not expand further.")


def test_a_citation_mark_alone_on_its_line_in_a_printed_wiki_article(tmp_path: Path) -> None:
    """A wiki article printed to PDF by Chromium, its citation marks raised with a line
    height of their own: PDFium gives each "[1]" after a paragraph or an item as a line of
    its own, which stayed in the notes and in point 1's text ("confirmed. [2]"). It is taken
    out and counted with the other marks, and no point comes of it."""
    sup = ('<sup class="reference" style="font-size:80%;line-height:1;'
           'vertical-align:super"><a href="#cite_note-{0}">[{0}]</a></sup>')
    page = tmp_path / "wiki.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Plan</title>"
        "<style>body{font-family:sans-serif;font-size:14px;line-height:1.6}"
        "a{text-decoration:none}</style></head><body><h1>Peace outline</h1>"
        f"<p>The outline was first reported by several papers in November.{sup.format(1)}</p>"
        "<h2>Provisions</h2><p>According to the leaked text, the plan provided that:"
        f"{sup.format(1)}</p><ol>"
        + "".join(f"<li>{item}{sup.format(n)}</li>" for n, item in enumerate(WIKI_ITEMS, 2))
        + "</ol></body></html>", encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "wiki.pdf", tmp_path)
    imported = import_bytes(pdf.read_bytes(), "wiki.pdf", ".pdf", REQUEST)
    assert [(p.number, p.text) for p in imported.plan.walk()] == [
        (str(n), item) for n, item in enumerate(WIKI_ITEMS, 1)]
    assert "[1]" not in (imported.plan.notes or "")
    assert "5 footnote mark(s) taken out" in "\n".join(imported.report.lines())


def test_a_reference_list_s_number_alone_on_its_line_stays() -> None:
    """Under the footnotes heading a number in brackets opens its note: it stays."""
    from plandiff.plans.intake.lines import FOOTNOTES_HEADING, Line
    from plandiff.plans.intake.notemarks import spaced_bracket_marks

    lines = [Line("1. Talks go on. [2]", "1"), Line("[3]", "2"), Line("2. Monitors.", "3"),
             Line(FOOTNOTES_HEADING, "4"), Line("[1]", "5"), Line("Reuters.", "6")]
    kept, count = spaced_bracket_marks(lines)
    assert [line.text for line in kept] == ["1. Talks go on.", "2. Monitors.",
                                            FOOTNOTES_HEADING, "[1]", "Reuters."]
    assert count == 2


@pytest.mark.parametrize("closing", [
    "Officials said the talks would continue.",
    "Two diplomats told reporters the text could still change.",
    "The White House did not respond to a request for comment.",
    "A Kremlin spokesman declined to comment on the draft.",
    "Reuters could not independently verify the document.",
    "The document was first reported by Axios.",
    "Ukraine's foreign ministry did not immediately respond to a request for comment.",
    "It was not immediately clear whether Moscow had seen the text.",
])
def test_the_reporter_s_closing_line_right_under_the_last_point(closing: str) -> None:
    """A copy with no blank line between paragraphs: a line in a reporter's voice (who
    said what, who declined to comment) right under the last point, after its finished
    sentence, went into the point's text ("…in stages. Officials said …")."""
    text = ("The outline reads:\n\n1. Both sides stop firing along the whole line of\n"
            "contact from the first day.\n2. Monitors watch the line.\n"
            f"3. Sanctions are eased in stages.\n{closing}")
    imported = _import(text)
    assert imported.plan.points[-1].text == "Sanctions are eased in stages."
    assert closing in (imported.plan.notes or "")
    assert closing[:30] in report_text(imported)


@pytest.mark.parametrize("second", [
    "Officials of both sides meet every month.",  # the point's: no reporting verb
    "Monitors said to be neutral are chosen by lot.",
    "Both sides report to the commission, the text said in",  # wraps on
])
def test_a_point_s_own_second_line_stays(second: str) -> None:
    """A point's own second sentence on the next line stays its own, and so does a line
    the sentence goes on from."""
    text = ("1. Both sides stop firing.\n2. Monitors watch the line.\n"
            f"3. Sanctions are eased in stages.\n{second}")
    imported = _import(text)
    assert imported.plan.points[-1].text.startswith("Sanctions are eased in stages. "
                                                     + second[:20])


def test_an_underlined_raised_citation_mark_is_no_tracked_deletion(tmp_path: Path) -> None:
    """A printed wiki article whose citation links keep the browser's underline: the
    underline of a raised "[1]" lies at mid-height of the line's own letters, and the mark
    was read as a struck-through deletion, the report saying the PDF shows tracked changes.
    The rule is measured against the raised mark's own foot: an underline."""
    sup = '<sup class="reference"><a href="#cite_note-{0}">[{0}]</a></sup>'
    page = tmp_path / "wiki.html"
    page.write_text(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Plan</title>"
        "</head><body><h1>Peace outline</h1><p>The outline was first reported by several "
        f"papers in November.{sup.format(1)} Its text was later confirmed.</p><ol>"
        + "".join(f"<li>{item}{sup.format(n)} More follows.</li>"
                  for n, item in enumerate(WIKI_ITEMS, 2))
        + "</ol></body></html>", encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "wiki.pdf", tmp_path)
    imported = import_bytes(pdf.read_bytes(), "wiki.pdf", ".pdf", REQUEST)
    report = "\n".join(imported.report.lines())
    assert "tracked changes" not in report, report
    assert "footnote mark(s) taken out" in report
    assert [p.text for p in imported.plan.points][1:] == [
        f"{item} More follows." for item in WIKI_ITEMS[1:]]


@pytest.mark.parametrize(("tail", "gap"), [
    ("【ワシントン時事】", "\n"), ("【モスクワ共同】", "\n"), ("【ワシントン時事】", "\n\n"),
    ("（共同）", ""), ("（ワシントン＝共同）", ""), ("【ワシントン時事】", ""),
    ("（ロンドン＝ロイター）", "　"), ("(Reuters)", " "),
])
def test_a_wire_s_dateline_or_credit_after_the_last_point(tail: str, gap: str) -> None:
    """A Japanese wire closes its copy with its dateline (``【ワシントン時事】``, a place
    and the agency run together) or its credit right after the last sentence, on the same
    line (``…交換する。（共同）``): both ran into the last point's text."""
    items = (*JA_ITEMS, "監視団の報告は毎月公表する。")
    text = "和平案の要旨は次の通り。\n\n" + "\n".join(
        f"{n}. {item}" for n, item in enumerate(items, 1)) + gap + tail
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == list(items)
    last = imported.plan.points[-1]
    assert tail in (last.notes or "") + (imported.plan.notes or "")


@pytest.mark.parametrize("line", ["(c) Kyodo News", "© 2025 Jiji Press", "Copyright 2025 Reuters",
                                  "(C) 2025 The Example Times. All rights reserved."])
def test_a_copyright_line_after_the_last_point(line: str) -> None:
    """A copy pasted with the page's copyright line: ``(c) Kyodo News`` opened a sub-point
    (c), ``© 2025 …`` ran into the last point."""
    text = ("The outline reads:\n\n1. Both sides stop firing.\n2. Monitors watch the line.\n"
            f"3. Sanctions are eased in stages.\n4. Detainees are swapped.\n{line}\n")
    imported = _import(text)
    assert [p.text for p in imported.plan.points][-1] == "Detainees are swapped."
    assert not imported.plan.points[-1].points
    notes = (imported.plan.points[-1].notes or "") + (imported.plan.notes or "")
    assert line in notes


def test_a_sub_point_c_and_a_bracketed_word_at_a_line_s_end_stay() -> None:
    """``(c)`` opening a sub-point and a bracket closing a point's sentence are the draft's."""
    text = ("1. The parties agree on:\n(a) a ceasefire;\n(b) monitors;\n(c) Kyodo talks on "
            "prisoners.\n2. Sanctions are eased.（段階的）\n3. 監視団を置く。（詳細は別途）\n")
    imported = _import(text)
    assert [s.text for s in imported.plan.points[0].points][-1] == "Kyodo talks on prisoners."
    assert [p.text for p in imported.plan.points[1:]] == ["Sanctions are eased.（段階的）",
                                                           "監視団を置く。（詳細は別途）"]


@pytest.mark.parametrize("mark", ["（了）", "以上", "――以上――", "（以上）"])
def test_a_japanese_end_mark_right_after_the_last_sentence(mark: str) -> None:
    """``…交換する。（了）`` on one line: the end mark ran into the last point's text."""
    text = "和平案の要旨は次の通り。\n\n" + "\n".join(
        f"{n}. {item}" for n, item in enumerate(JA_ITEMS, 1)) + mark + "\n"
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == list(JA_ITEMS)
    assert mark in (imported.plan.notes or "")


def test_fifty_percent_or_more_at_a_line_s_end_stays() -> None:
    imported = _import("1. 兵力を半分以上\n減らす。\n2. 監視団を置く。以上の条件で合意した。\n"
                       "3. 捕虜を交換する。以上\nの条件で合意した。\n")
    assert [p.text for p in imported.plan.points] == [
        "兵力を半分以上減らす。", "監視団を置く。以上の条件で合意した。",
        "捕虜を交換する。以上の条件で合意した。"]


@pytest.mark.parametrize("closing", ["米政府は来週にも回答を求める方針だ。",
                                     "ゼレンスキー大統領は「受け入れられない」と述べた。",
                                     "交渉は週内にも再開されるという。"])
def test_a_japanese_reporter_s_closing_line_right_under_the_last_point(closing: str) -> None:
    """The Japanese form of a reporter's closing line right under the last point (no blank
    line between): it ran into the last point's text."""
    text = "和平案の要旨は次の通り。\n\n" + "\n".join(
        f"{n}. {item}" for n, item in enumerate(JA_ITEMS, 1)) + "\n" + closing + "\n"
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == list(JA_ITEMS)
    assert closing in (imported.plan.notes or "")


def test_a_japanese_point_s_own_second_line_stays() -> None:
    text = ("1. 停戦ラインを双方が守る。\n2. 監視団を置く。\n3. 捕虜を交換する。\n"
            "期限は来年末とする。\n")
    assert _import(text).plan.points[-1].text == "捕虜を交換する。期限は来年末とする。"


@pytest.mark.parametrize("closing", ["米政府は来週にも回答を求める方針だ。",
                                     "政府は今後も関係国と協議を続ける方針だ。",
                                     "ゼレンスキー大統領は「受け入れられない」と述べた。",
                                     "交渉は週内にも再開されるという。"])
def test_a_japanese_reporter_s_sentence_on_the_last_point_s_own_line(closing: str) -> None:
    """A copy whose last point and the reporter's closing sentence share one line
    (``…交換する。政府は…方針だ。``): the sentence stayed in the point."""
    text = "和平案の要旨は次の通り。\n\n" + "\n".join(
        f"{n}. {item}" for n, item in enumerate(JA_ITEMS, 1)) + closing + "\n"
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == list(JA_ITEMS)
    assert closing in (imported.plan.notes or "")
    assert "closing" in report_text(imported)


@pytest.mark.parametrize(("kept", "closing"), [
    ("捕虜を交換する。", "政府は今後も関係国と協議を\n続ける方針だ。"),
    ("Prisoners are exchanged.", "Officials said the talks\nwould continue next week."),
])
def test_a_reporter_s_closing_sentence_wrapped_onto_the_next_line(kept: str,
                                                                  closing: str) -> None:
    """The reporter's sentence starts on the last point's line and wraps onto the next: it
    is neither a line of its own nor on the point's one line."""
    space = "" if kept.endswith("。") else " "
    text = f"1. Both sides stop firing.\n2. Monitors watch the line.\n3. {kept}{space}{closing}\n"
    imported = _import(text)
    assert imported.plan.points[-1].text == kept
    joined = closing.replace("\n", "" if kept.endswith("。") else " ")
    assert joined in (imported.plan.notes or "")


@pytest.mark.parametrize("second", ["期限は来年末とする。", "監視団は中立国から選ぶとされる。",
                                    "双方は合意を誠実に守る。"])
def test_a_japanese_point_s_own_second_sentence_on_its_line_stays(second: str) -> None:
    text = f"1. 停戦ラインを双方が守る。\n2. 監視団を置く。\n3. 捕虜を交換する。{second}\n"
    assert _import(text).plan.points[-1].text == "捕虜を交換する。" + second


@pytest.mark.parametrize("closing", ["Officials said the talks would continue.",
                                     "A Kremlin spokesman declined to comment on the draft."])
def test_a_reporter_s_sentence_on_the_last_point_s_own_line(closing: str) -> None:
    text = ("1. Both sides stop firing.\n2. Monitors watch the line.\n"
            f"3. Sanctions are eased in stages. {closing}\n")
    imported = _import(text)
    assert imported.plan.points[-1].text == "Sanctions are eased in stages."
    assert closing in (imported.plan.notes or "")


@pytest.mark.parametrize("second", ["Officials of both sides meet every month.",
                                    "The parties said in the annex are bound by it."])
def test_a_point_s_own_second_sentence_on_its_line_stays(second: str) -> None:
    text = ("1. Both sides stop firing.\n2. Monitors watch the line.\n"
            f"3. Sanctions are eased in stages. {second}\n")
    assert _import(text).plan.points[-1].text == f"Sanctions are eased in stages. {second}"


RU_ITEMS = ("Стороны прекращают огонь.", "Наблюдатели следят за линией.",
            "Санкции смягчаются поэтапно.")


@pytest.mark.parametrize("closing", ["Об этом сообщает РБК со ссылкой на источники.",
                                     "Про це повідомляє видання з посиланням на джерела.",
                                     "Как пишет издание, текст ещё может измениться."])
def test_a_cyrillic_reporter_s_closing_line_right_under_the_last_point(closing: str) -> None:
    text = "Проект\n\n" + "".join(f"{n}. {item}\n" for n, item in enumerate(RU_ITEMS, 1)) \
        + closing + "\n"
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == list(RU_ITEMS)
    assert closing in (imported.plan.notes or "")


@pytest.mark.parametrize("line", ["(с) ТАСС", "This story has been updated.",
                                  "This is a developing story and will be updated."])
def test_a_page_s_credit_or_update_note_after_the_last_point(line: str) -> None:
    """``(с) ТАСС`` with a Cyrillic ``с`` opened a sub-point; a page's note that the story
    is updated ran into the last point."""
    text = "".join(f"{n}. {item}\n" for n, item in enumerate(RU_ITEMS, 1)) + line + "\n"
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == list(RU_ITEMS)
    assert not imported.plan.points[-1].points
    assert line in (imported.plan.points[-1].notes or "") + (imported.plan.notes or "")


@pytest.mark.parametrize("line", ["Теги: мирний план, Україна, переговори",
                                  "Tags: peace plan, Ukraine", "Topics: War in Ukraine",
                                  "Автор: Олена Петренко", "Редактор: Іван Іваненко",
                                  "Джерело фото: Reuters"])
def test_a_page_s_tag_line_and_credits_after_the_last_point(line: str) -> None:
    """A story's tag line and its author's and editor's credits, pasted right under the last
    point, ran into its text. (Its share label, "Поділитися:", is left out:
    ``test_press_posts``.)"""
    text = "".join(f"{n}. {item}\n" for n, item in enumerate(RU_ITEMS, 1)) + line + "\n"
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == list(RU_ITEMS)
    assert line in (imported.plan.points[-1].notes or "") + (imported.plan.notes or "")


def test_a_point_opening_with_a_word_and_a_colon_stays() -> None:
    """A point's label that reads as a credit's ("Author:") is the point's, never left out:
    every point labelled so, the labels are the points' titles (press20's numbered labels)."""
    text = ("1. Author: the parties jointly.\n2. Editor: a commission of both sides edits the "
            "text.\n3. Теги: не застосовуються.\n")
    assert [(p.title, p.text) for p in _import(text).plan.points] == [
        ("Author", "the parties jointly."),
        ("Editor", "a commission of both sides edits the text."),
        ("Теги", "не застосовуються.")]


@pytest.mark.parametrize("line", ["（編集：山田太郎）", "【関連記事】和平案の全文",
                                  "写真＝ロイター", "※この記事は更新されました。",
                                  "［ワシントン　２１日　ロイター］", "＜関連情報＞",
                                  "この記事の写真を見る", "（c）時事通信社"])
def test_a_japanese_page_s_credits_and_links_after_the_last_point(line: str) -> None:
    """A Japanese page's editor credit, related-story link, photo credit, update note,
    Reuters dateline, link button and copyright line ran into the last point (``（c）時事
    通信社`` opened a sub-point (c))."""
    items = (*JA_ITEMS, "監視団の報告は毎月公表する。")
    text = "和平案の要旨は次の通り。\n\n" + "".join(
        f"{n}. {item}\n" for n, item in enumerate(items, 1)) + line + "\n"
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == list(items)
    assert not imported.plan.points[-1].points
    notes = (imported.plan.points[-1].notes or "") + (imported.plan.notes or "")
    assert line.replace("\u3000", " ") in notes


_HEADED = {
    "uk": (("Припинення вогню", "Сторони припиняють вогонь по всій лінії фронту."),
           ("Обмін полоненими", "Полонених обмінюють за формулою всіх на всіх."),
           ("Вибори", "Вибори проводять протягом ста днів.")),
    "ru": (("Прекращение огня", "Стороны прекращают огонь по всей линии."),
           ("Обмен пленными", "Пленных обменивают всех на всех."),
           ("Выборы", "Выборы проходят в течение ста дней.")),
    "ja": (("停戦", "双方は前線全体で戦闘を停止する。"), ("捕虜交換", "捕虜は全員を交換する。"),
           ("選挙", "選挙は100日以内に実施する。")),
    "en": (("Ceasefire", "Both sides stop firing."), ("Swap", "Detainees are swapped."),
           ("Vote", "Elections follow within a hundred days.")),
}


def _headed_page(lang: str, tail: str) -> bytes:
    body = "".join(f"<h3>{n}. {title}</h3><p>{text}</p>"
                   for n, (title, text) in enumerate(_HEADED[lang], 1))
    return (f"<html lang=\"{lang}\"><head><meta charset=\"utf-8\"></head><body><article>"
            f"{body}<p>{tail}</p></article></body></html>").encode()


@pytest.mark.parametrize(("lang", "closing"), [
    ("uk", "Про це повідомляє видання з посиланням на джерела."),
    ("ru", "Об этом сообщает агентство со ссылкой на источники."),
    ("ru", "Это сообщил источник в администрации."),
    ("uk", "Це повідомив співрозмовник в уряді."),
    ("ja", "米メディアが関係者の話として報じた。"),
    ("en", "The document was first reported by a news site."),
])
def test_a_reporting_paragraph_after_the_last_of_three_headed_points(lang: str,
                                                                      closing: str) -> None:
    """Three points, each an <h3> over its <p>, and one paragraph saying who reported them:
    it goes to the notes (it was point 3's second paragraph; the titles kept the rule on
    the article's prose after the list from weighing it)."""
    imported = import_bytes(_headed_page(lang, closing), "page.html", ".html", REQUEST)
    assert [p.text for p in imported.plan.points] == [t for _, t in _HEADED[lang]]
    assert closing in (imported.plan.notes or "")


@pytest.mark.parametrize(("lang", "second"), [
    ("ru", "Наблюдатели ОБСЕ следят за голосованием."),
    ("ja", "実施の時期はまだ決まっていないという。"),
    ("ru", "Это заявление не меняет сроков."),
])
def test_a_headed_point_s_own_second_paragraph_stays(lang: str, second: str) -> None:
    """A second paragraph that says no one reported it (or tells the point as hearsay, as a
    Japanese outlet writes every point) stays the point's."""
    imported = import_bytes(_headed_page(lang, second), "page.html", ".html", REQUEST)
    assert imported.plan.points[-1].text == f"{_HEADED[lang][2][1]}\n\n{second}"


@pytest.mark.parametrize("closing", ["「修正案は前進だが、領土の問題は残る」と米紙は報じた。",
                                     "米政府は来週にも回答を求める方針だ。"])
@pytest.mark.parametrize("marks", [("①", "②", "③", "④"), ("（１）", "（２）", "（３）", "（４）")])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_japanese_closing_paragraph_under_points_without_a_full_stop(
        closing: str, marks: tuple[str, ...], gap: str) -> None:
    """A press copy's summary points are phrases with no 「。」 (``①主権を確認する``); the
    reporter's closing paragraph under the last one (a browser's copy: no blank line
    between) stayed in the point, which ends no sentence to part it from (glued to it:
    ``…解除する「修正案は…」と米紙は報じた。``)."""
    items = ("主権を確認する", "欧州と不可侵の取り決めを結ぶ", "平時の兵力を８０万人とする",
             "制裁を段階的に解除する")
    text = ("和平案の修正版、要旨は次の通り。\n\n"
            + "\n".join(f"{mark}{item}" for mark, item in zip(marks, items, strict=True))
            + f"{gap}{closing}\n")
    imported = _import(text)
    assert [p.text for p in imported.plan.points] == list(items)
    assert closing in (imported.plan.notes or "")


@pytest.mark.parametrize("rule", ["---", "***", "* * *", "___", "- - -", "⁂", "———", "＊＊＊"])
@pytest.mark.parametrize("name", ["copy.txt", "copy.md"])
def test_a_rule_after_the_points_ends_the_last_one(rule: str, name: str) -> None:
    """A copy sets a rule (Markdown's ``---``, a story's ``* * *``) between its list of
    points and the editors' note: the rule and the note ran into the last point (``* * *``
    opened a sub-point ``* *``). A rule between two points is left out; a part's heading
    after one stays a heading."""
    text = ("Our copy of the text:\n\n"
            "1. Both sides stop firing along the line.\n\n"
            f"{rule}\n\n"
            "## Part B\n\n"
            "2. Monitors watch the line.\n"
            "3. Sanctions are eased in stages.\n\n"
            f"{rule}\n\n"
            "The editors will update this story as the talks go on.\n")
    imported = _import(text, name)
    assert [(p.number, p.text, len(p.points)) for p in imported.plan.points] == [
        ("1", "Both sides stop firing along the line.", 0),
        ("2", "Monitors watch the line.", 0),
        ("3", "Sanctions are eased in stages.", 0)]
    notes = imported.plan.notes or ""
    assert "The editors will update" in notes and "Part B" in notes
    assert rule not in notes
