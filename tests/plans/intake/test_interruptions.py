"""What interrupts or follows a point in a press copy and must not become its text: a pull
quote set in the middle of a point's sentence (a CMS drops the quote box after so many
words; printed by Chromium, saved as Word by LibreOffice, or pasted), and an analyst's
closing paragraph after the list that names no speaker and reads like no news story. Texts
are the project's own."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.pages import page as _page
from tests.plans.intake.producers import chromium_pdf
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="outline", version="2025-11-21-press")

POINT_3 = ("An international mission of observers drawn from neutral states, with a mandate "
           "renewed every six months, monitors the line of contact and reports to both "
           "parties every week.")
QUOTE = "“Nobody will be left behind in this exchange,” one negotiator said."

MID_QUOTE_PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The draft in full | The Ledger</title>
<style>body{{font-family:serif;max-width:40em;margin:2em auto}}
.pullquote{{display:block;font-size:1.4em;font-style:italic;border-top:2px solid #333;
border-bottom:2px solid #333;margin:0.8em 0;padding:0.4em 0}}</style></head><body>
<main><article>
<h1>The draft in full</h1>
<p>The text seen by The Ledger reads:</p>
<p>1. The parties confirm the sovereignty of the state.</p>
<p>2. A full ceasefire takes effect 72 hours after signature.</p>
<p>3. An international mission of observers drawn from neutral states, with a mandate
renewed every six months,
<span class="pullquote">{QUOTE}</span>
monitors the line of contact and reports to both parties every week.</p>
<p>4. Prisoners of war are exchanged all for all.</p>
<p>5. Elections are held within one hundred days.</p>
</article></main></body></html>
"""


def _point_3(imported: ImportedDraft, name: str) -> None:
    points = imported.plan.points
    assert [p.number for p in points] == ["1", "2", "3", "4", "5"], name
    assert points[2].text == POINT_3, name
    assert "Nobody will be left behind" in (points[2].notes or ""), name
    assert all("Nobody" not in p.text for p in imported.plan.walk()), name
    assert "monitors the line" not in (imported.plan.notes or ""), name
    assert any("moved to the notes of point 3" in f.message
               for f in imported.report.findings), (name, imported.report.lines())


def test_a_pull_quote_in_the_middle_of_a_sentence_printed_and_saved_as_word(
        tmp_path: Path) -> None:
    """Chromium sets the quote box larger, so the PDF reader takes it for a heading between
    the two halves; LibreOffice runs it into the paragraph."""
    page = tmp_path / "page.html"
    page.write_text(MID_QUOTE_PAGE, encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "page.pdf", tmp_path)
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(tmp_path / "office"), str(page)], check=True, capture_output=True,
                   timeout=180)
    for path in (pdf, tmp_path / "office" / "page.docx"):
        _point_3(import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST), path.name)


PASTED_HEAD = ("1. The parties confirm the sovereignty of the state.\n\n"
               "2. A full ceasefire takes effect 72 hours after signature.\n\n"
               "3. An international mission of observers drawn from neutral states, with a "
               "mandate renewed every six months,\n")
PASTED_TAIL = ("monitors the line of contact and reports to both parties every week.\n\n"
               "4. Prisoners of war are exchanged all for all.\n\n"
               "5. Elections are held within one hundred days.\n")


def test_a_pull_quote_in_the_middle_of_a_sentence_pasted() -> None:
    """Pasted with blank lines around the quote, with none, and a quote with no speaker."""
    for quote, between in ((QUOTE, "\n"), (QUOTE, ""),
                           ("“Nobody will be left behind in this exchange.”", "\n")):
        text = f"{PASTED_HEAD}{between}{quote}\n{between}{PASTED_TAIL}"
        _point_3(import_bytes(text.encode(), "t.txt", ".txt", REQUEST), repr(text[-200:]))


def test_a_clause_that_quotes_and_goes_on_keeps_its_quotation() -> None:
    """Not a pull quote: a clause's own quotation in its sentence, and a quotation after a
    lead-in that the next line continues."""
    text = ("1. The parties refer to the “Normandy format”, as agreed, and\n"
            "“the line of contact of 2022”\n"
            "is the line of the ceasefire.\n2. Sanctions are eased.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert imported.plan.points[0].text == (
        "The parties refer to the “Normandy format”, as agreed, and “the line of contact of "
        "2022” is the line of the ceasefire.")
    assert not imported.plan.points[0].notes


LIST = ("1. The parties confirm the sovereignty of the state.\n\n"
        "2. A reconstruction fund is set up.\n\nIt is managed jointly by the parties and "
        "audited every year.\n\n3. An international mission monitors the line of contact.\n\n"
        "4. Elections are held within one hundred days.\n\n")
LAST = "Elections are held within one hundred days."


def test_an_analysts_closing_paragraph_leaves_the_last_point() -> None:
    """Another point runs over two paragraphs, and the closing paragraph names no speaker
    and reads like no news story: it speaks about the text ("the text does not say",
    "неясно", "明記されていない") or asks a question, which a clause never does. It goes to
    the version's notes and the report says so."""
    for closing in ("The text does not say who would monitor the ceasefire or how disputes "
                    "over the line would be settled.",
                    "Who pays for the mission, and for how long?",
                    "У тексті не уточнюється, хто фінансуватиме місію.",
                    "Неясно, кто будет финансировать миссию.",
                    "誰が監視団の費用を負担するのかは明記されていない。"):
        imported = import_bytes(f"{LIST}{closing}\n".encode(), "t.txt", ".txt", REQUEST)
        points = imported.plan.points
        assert points[3].text == LAST, closing
        assert points[1].text.endswith("audited every year."), closing
        assert closing in (imported.plan.notes or ""), closing
        assert not imported.report.warnings, closing
        assert any(f.kind == "after" for f in imported.report.findings), closing


def test_an_analysts_closing_paragraph_on_a_printed_page(tmp_path: Path) -> None:
    """The same, as a news page printed by Chromium."""
    paragraphs = "".join(f"<p>{p}</p>\n" for p in LIST.split("\n\n") if p)
    page = tmp_path / "page.html"
    page.write_text(f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>The outline</title></head><body><main><article><h1>The outline in full</h1>
<p>The outline seen by The Ledger reads:</p>
{paragraphs}<p>The text does not say who would monitor the ceasefire or how disputes over the
line would be settled.</p></article></main></body></html>""", encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "page.pdf", tmp_path)
    for path in (page, pdf):
        imported = import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST)
        assert imported.plan.points[3].text == LAST, path.name
        assert "does not say who would monitor" in (imported.plan.notes or ""), path.name


def test_closing_prose_that_cannot_be_told_apart_stays_with_a_warning() -> None:
    """A further paragraph of the last point that reads like neither, when no other point
    has as many paragraphs: it stays (it may be the point's own), and the report warns; a
    last point with no more paragraphs than another point has is not warned about."""
    closing = ("Monitoring is the point most likely to divide the two sides.\n\n"
               "Both capitals have yet to reply.")
    imported = import_bytes(f"{LIST}{closing}\n".encode(), "t.txt", ".txt", REQUEST)
    assert imported.plan.points[3].text == f"{LAST}\n\n{closing}"
    assert [f.kind for f in imported.report.warnings] == ["tail"]
    closing = "Monitoring is the point most likely to divide the two sides."
    short = "1. Sovereignty is confirmed.\n\n2. Elections are held.\n\n" + closing + "\n"
    imported = import_bytes(short.encode(), "t.txt", ".txt", REQUEST)
    assert imported.plan.points[1].text == f"Elections are held.\n\n{closing}"
    assert [f.kind for f in imported.report.warnings] == ["tail"]
    own = f"{LIST}The results are certified by the commission.\n"
    imported = import_bytes(own.encode(), "t.txt", ".txt", REQUEST)
    assert imported.plan.points[3].text == (f"{LAST}\n\nThe results are certified by the "
                                            "commission.")
    assert not imported.report.warnings


def test_reviewers_comments_exported_with_a_libreoffice_pdf_stay_out(tmp_path: Path) -> None:
    """A .docx with reviewers' comments (pandoc's) printed by LibreOffice with its comments
    exported: LibreOffice 7.4 writes them as PDF annotations, not as text in a margin (its
    margin option, ExportNotesInMargin, comes with later versions), and no comment's words
    reach a point: they go to the end of the notes, under "Reviewers' comments", as a Word
    file's do. A PDF with comment balloons printed in the margin by Word could not be made
    here."""
    source = tmp_path / "draft.md"
    source.write_text(
        "1. The parties confirm the sovereignty of the state.\n\n2. A full ceasefire takes "
        "effect [Check the hours with the defence ministry.]{.comment-start id=\"1\" "
        "author=\"Reviewer\" date=\"2025-11-20T10:00:00Z\"}seventy-two hours[]{.comment-end "
        "id=\"1\"} after signature.\n\n3. Monitors deploy along the line of contact.\n",
        encoding="utf-8")
    docx = tmp_path / "draft.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(docx)], check=True,
                   capture_output=True, timeout=120)
    with zipfile.ZipFile(docx) as parts:
        assert b"defence ministry" in parts.read("word/comments.xml")
    export = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", export, "--outdir", str(tmp_path / "pdf"),
                    str(docx)], check=True, capture_output=True, timeout=180)
    pdf = tmp_path / "pdf" / "draft.pdf"
    assert b"/Annot" in pdf.read_bytes()
    imported = import_bytes(pdf.read_bytes(), pdf.name, ".pdf", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "The parties confirm the sovereignty of the state.",
        "A full ceasefire takes effect seventy-two hours after signature.",
        "Monitors deploy along the line of contact."]
    notes = imported.plan.notes or ""
    assert notes.index("Reviewers' comments:") < notes.index("defence ministry")


CAPTION_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Draft</title></head><body><main><article><h1>The draft in full</h1>
<p>1. The parties confirm the sovereignty of the state.</p>
<p>2. A full ceasefire takes effect 72 hours after signature.</p>
<p>3. An international mission of observers drawn from neutral states, with a mandate
renewed every six months,</p>
<figure><img src="checkpoint.jpg" alt=""><figcaption>Observers at a checkpoint near the line,
in March. Photo: Agency</figcaption></figure>
<p>monitors the line of contact and reports to both parties every week.</p>
<p>4. Prisoners of war are exchanged all for all.</p>
<p>5. Elections are held within one hundred days.</p>
</article></main></body></html>
"""


def test_a_photo_caption_set_in_the_middle_of_a_sentence(tmp_path: Path) -> None:
    """A CMS cuts the paragraph for a photo: the page itself leaves the figure out and the
    two halves are one sentence again; Chromium's print keeps the caption, which goes to the
    point's notes, reported."""
    page = tmp_path / "page.html"
    page.write_text(CAPTION_PAGE, encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "page.pdf", tmp_path)
    for path in (page, pdf):
        imported = import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST)
        point = imported.plan.points[2]
        assert point.text == POINT_3, path.name
        assert all("Observers at a checkpoint" not in p.text for p in imported.plan.walk())
    assert "Observers at a checkpoint" in (point.notes or "")
    # reported as set in the middle of the sentence, or, the caption ending in its credit
    # ("… Photo: Agency"), as an editorial aside of point 3
    assert any("text set in the middle of its sentence" in f.message
               or "editorial text moved to the notes of point 3: Observers" in f.message
               for f in imported.report.findings)


def test_a_paragraph_that_goes_on_in_small_letters_after_a_finished_one_stays_apart() -> None:
    """Only a sentence left open runs on: after a finished sentence, or a lead-in's colon, a
    paragraph in small letters stays a paragraph of its own, and a middle paragraph that
    runs on itself is no caption."""
    text = ("1. The parties agree as follows:\n\nthe line is frozen.\n\n"
            "2. A fund is set up.\n\nits board meets monthly.\n\n"
            "3. Monitors patrol the line\n\nand the roads\n\nwest of the river.\n")
    imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
    assert [p.text for p in imported.plan.points] == [
        "The parties agree as follows:\n\nthe line is frozen.",
        "A fund is set up.\n\nits board meets monthly.",
        "Monitors patrol the line and the roads west of the river."]


def test_a_pull_quote_and_its_attribution_in_the_middle_of_a_sentence(
        tmp_path: Path) -> None:
    """The quote box carries its speaker on a line of its own (``— A negotiator, in
    Geneva``): both leave the point, in a pasted copy and in Chromium's print."""
    box = ("“Nobody will be left behind in this exchange.”", "— A negotiator, in Geneva")
    text = f"{PASTED_HEAD}\n{box[0]}\n\n{box[1]}\n\n{PASTED_TAIL}"
    _point_3(import_bytes(text.encode(), "t.txt", ".txt", REQUEST), "pasted")
    page = tmp_path / "page.html"
    page.write_text(MID_QUOTE_PAGE.replace(
        f'<span class="pullquote">{QUOTE}</span>',
        f'<span class="pullquote">{box[0]}<span style="display:block;font-size:0.6em">'
        f"{box[1]}</span></span>"), encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "page.pdf", tmp_path)
    imported = import_bytes(pdf.read_bytes(), pdf.name, ".pdf", REQUEST)
    _point_3(imported, pdf.name)
    assert "A negotiator, in Geneva" in (imported.plan.points[2].notes or "")


def test_a_last_points_own_paragraphs_that_mention_the_text_stay() -> None:
    """A clause may speak of what is not defined or replaced; a draft of one point in
    several paragraphs has no other point to compare with: neither is moved or warned."""
    own = ("This document does not replace the earlier agreements.\n\nTerms that are not "
           "defined here have the meaning given in the annex.")
    imported = import_bytes(f"{LIST}{own}\n".encode(), "t.txt", ".txt", REQUEST)
    assert imported.plan.points[3].text == f"{LAST}\n\n{own}"
    one = "1. The parties agree on a ceasefire.\n\nIt is monitored by a mission.\n"
    imported = import_bytes(one.encode(), "t.txt", ".txt", REQUEST)
    assert imported.plan.points[0].text == ("The parties agree on a ceasefire.\n\nIt is "
                                            "monitored by a mission.")
    assert not imported.report.warnings


def test_a_large_quotation_between_two_points_is_no_points_text(tmp_path: Path) -> None:
    """A quote box without its speaker set large between point 2 (no closing punctuation)
    and point 3 on a printed page: it is not point 2's text."""
    page = tmp_path / "page.html"
    page.write_text(MID_QUOTE_PAGE.replace(
        "<p>2. A full ceasefire takes effect 72 hours after signature.</p>",
        "<p>2. A full ceasefire within 72 hours</p><p class=\"pullquote\">“Nobody will be "
        "left behind.”</p>"), encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "page.pdf", tmp_path)
    imported = import_bytes(pdf.read_bytes(), pdf.name, ".pdf", REQUEST)
    assert imported.plan.points[1].text == "A full ceasefire within 72 hours"
    assert "Nobody will be left behind" in (imported.plan.notes or "")


def test_a_pull_quote_in_the_middle_of_a_ukrainian_or_japanese_sentence() -> None:
    """«…», – заявив …: the second half goes on in small letters; in Japanese, which has no
    small letters, after the ideographic comma the sentence was left at."""
    texts = {
        "uk": ("1. Сторони підтверджують суверенітет держави.\n\n2. Припинення вогню набуває "
               "чинності.\n\n3. Міжнародна місія спостерігачів із нейтральних держав,\n\n"
               "«Ніхто не залишиться позаду», – заявив переговірник.\n\nстежить за лінією "
               "зіткнення щотижня.\n\n4. Вибори проводяться протягом ста днів.\n",
               "Міжнародна місія спостерігачів із нейтральних держав, стежить за лінією "
               "зіткнення щотижня.", "Ніхто не залишиться позаду"),
        "ja": ("１．両国は主権を確認する。\n\n２．停戦は署名の七十二時間後に発効する。\n\n"
               "３．中立国の監視団が、\n\n「誰も取り残さない」と交渉担当者は述べた。\n\n"
               "接触線を毎週監視する。\n\n４．選挙を百日以内に実施する。\n",
               "中立国の監視団が、接触線を毎週監視する。", "誰も取り残さない"),
    }
    for language, (text, point, quote) in texts.items():
        imported = import_bytes(text.encode(), "t.txt", ".txt", REQUEST)
        assert imported.plan.points[2].text == point, language
        assert quote in (imported.plan.points[2].notes or ""), language


NAMED_3 = ("An international mission of observers drawn from neutral states, with a mandate "
           "renewed every six months, and a staff of four hundred monitors, United Nations "
           "staff included, watches the line of contact and reports to both parties every "
           "week.")
NAMED_HALVES = ("An international mission of observers drawn from neutral states, with a "
                "mandate renewed every six months, and a staff of four hundred monitors,",
                "United Nations staff included, watches the line of contact and reports to "
                "both parties every week.")


def _named_point_3(imported: ImportedDraft, name: str) -> None:
    points = imported.plan.points
    assert [p.number for p in points] == ["1", "2", "3", "4", "5"], name
    assert points[2].text == NAMED_3, (name, points[2].text)
    assert all("Nobody" not in p.text for p in imported.plan.walk()), name
    assert "United Nations" not in (imported.plan.notes or ""), name


def test_a_pull_quote_before_a_name_that_goes_on_with_the_sentence(tmp_path: Path) -> None:
    """The sentence's second half opens with a capital (a name); the first ends with a
    comma, which ends no sentence. Printed by Chromium (the quote set large over two lines),
    saved as Word by LibreOffice (run into the paragraph), and pasted."""
    page = tmp_path / "page.html"
    page.write_text(MID_QUOTE_PAGE.replace(
        "renewed every six months,\n", "renewed every six months, and a staff of four hundred "
        "monitors,\n").replace("monitors the line of contact and reports to both parties "
                               "every week.", NAMED_HALVES[1]), encoding="utf-8")
    pdf = chromium_pdf(page, tmp_path / "page.pdf", tmp_path)
    subprocess.run([require("soffice"), f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                    "--headless", "--convert-to", "docx:MS Word 2007 XML", "--outdir",
                    str(tmp_path / "office"), str(page)], check=True, capture_output=True,
                   timeout=180)
    for path in (pdf, tmp_path / "office" / "page.docx", page):
        imported = import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST)
        _named_point_3(imported, path.name)
        if path != page:  # the page reader leaves the quote box out before the parser
            assert "Nobody will be left behind" in (imported.plan.points[2].notes or "")
    head = PASTED_HEAD.replace("six months,\n", "six months, and a staff of four hundred "
                               "monitors,\n")
    tail = PASTED_TAIL.replace("monitors the line of contact and reports to both parties "
                               "every week.", NAMED_HALVES[1])
    for between in ("\n", ""):
        text = f"{head}{between}{QUOTE}\n{between}{tail}"
        _named_point_3(import_bytes(text.encode(), "t.txt", ".txt", REQUEST), repr(text))


def test_a_capital_after_a_quotation_is_a_new_paragraph_unless_a_comma_comes_before() -> None:
    """A finished sentence, then a quotation, then a paragraph in capitals: three
    paragraphs, the quotation to the notes; and a comma with no quotation after it is not
    joined to a capitalised paragraph on that evidence alone."""
    finished = ("1. A mission monitors the line of contact.\n\n"
                "“Nobody will be left behind in this exchange,” one negotiator said.\n\n"
                "United Nations staff report to both parties every week.\n\n"
                "2. Elections are held within one hundred days.\n")
    point = import_bytes(finished.encode(), "t.txt", ".txt", REQUEST).plan.points[0]
    assert point.text == ("A mission monitors the line of contact.\n\nUnited Nations staff "
                          "report to both parties every week.")
    assert "Nobody" in (point.notes or "")
    comma = ("1. A mission monitors the line of contact, as agreed in Geneva,\n\n"
             "United Nations staff report to both parties every week.\n\n"
             "2. Elections are held within one hundred days.\n")
    point = import_bytes(comma.encode(), "t.txt", ".txt", REQUEST).plan.points[0]
    assert point.text == ("A mission monitors the line of contact, as agreed in Geneva,\n\n"
                          "United Nations staff report to both parties every week.")


SPLIT_POINT = ("The United States shall provide guarantees of security modelled on collective "
               "defence, for a term of ten years.")


def test_a_sentence_opening_with_a_country_s_name_after_the_is_no_caption() -> None:
    """A redline saved as a web page breaks a point's sentence after its article (``The`` /
    ``United States shall …`` / ``modelled on …``): the middle line is the sentence's
    subject, not a caption or box set between its halves. Nothing goes to the notes and the
    three pieces read as one sentence, in a list item and in pasted text."""
    item = ("<ol><li><p>The parties reaffirm the sovereignty of the state.</p></li>"
            "<li><p>The</p><p>United States shall provide guarantees of security</p>"
            "<p>modelled on collective defence, for a term of ten years.</p></li>"
            "<li><p>A ceasefire takes effect within seventy-two hours.</p></li></ol>")
    pasted = ("1. The parties reaffirm the sovereignty of the state.\n\n2. The\n\n"
              "United States shall provide guarantees of security\n\n"
              "modelled on collective defence, for a term of ten years.\n\n"
              "3. A ceasefire takes effect within seventy-two hours.\n")
    for data, name, suffix in ((_page(item), "page.html", ".html"),
                               (pasted.encode(), "t.txt", ".txt")):
        imported = import_bytes(data, name, suffix, REQUEST)
        points = imported.plan.points
        assert [p.text for p in points][1] == SPLIT_POINT, name
        assert not points[1].notes, name
        assert not any("moved to the notes" in f.message for f in imported.report.findings)
