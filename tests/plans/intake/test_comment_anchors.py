"""A reviewer's comment anchored in a point's words (Word's comment range, LibreOffice's
annotation and its end): the comment stays out of the point, at the end of the version's
notes, and says which words it is on and in which point ("Ann Reviewer, on “swapped” in point
2: Check …"), so a reader of the notes knows what it concerns. A comment on no words (a
point comment) says where it stands and in which point ("Bo Editor, after “…the line.” in
point 1: …"). Files from pandoc and LibreOffice, and Word's own markup; texts are the
project's own."""

from __future__ import annotations

import io
import re
import subprocess
import zipfile
from pathlib import Path

from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.intake.officetext import comment_line
from tests.plans.intake.test_odf import convert
from tests.plans.intake.test_word_real_files import _NS, _TYPE, DECIMAL, docx, numbered, para, run
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="outline", version="2025-11-21-review")
_SOURCE = ("1. Fire stops along the whole line.\n"
           "2. Prisoners are [Check the swap with the mission.]{.comment-start id=\"0\" "
           "author=\"Ann Reviewer\" date=\"2025-11-20T10:00:00Z\"}swapped all for all"
           "[]{.comment-end id=\"0\"}.\n"
           "3. A vote is held within a hundred days.\n")
_POINTS = ["Fire stops along the whole line.", "Prisoners are swapped all for all.",
           "A vote is held within a hundred days."]
_SAID = "Ann Reviewer, on “swapped all for all” in point 2: Check the swap with the mission."


def _comments(data: bytes, name: str) -> tuple[list[str], str]:
    imported = import_bytes(data, name, Path(name).suffix, REQUEST)
    return [p.text for p in imported.plan.points], imported.plan.notes or ""


def test_word_s_comment_range_names_the_words_it_is_on() -> None:
    comments = (f'<?xml version="1.0" encoding="UTF-8"?><w:comments {_NS}><w:comment w:id="0" '
                'w:author="Ann Reviewer"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>Check the '
                'swap with the mission.</w:t></w:r></w:p></w:comment><w:comment w:id="1" '
                'w:author="Bo Editor"><w:p><w:r><w:t>Fine.</w:t></w:r></w:p></w:comment>'
                "</w:comments>")
    body = (para(run(_POINTS[0]) + '<w:r><w:commentReference w:id="1"/></w:r>', numbered(1))
            + para('<w:r><w:t xml:space="preserve">Prisoners are </w:t></w:r><w:commentRangeStart'
                   ' w:id="0"/><w:r><w:t>swapped all</w:t></w:r><w:r><w:t xml:space="preserve">'
                   ' for all</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference '
                   'w:id="0"/></w:r><w:r><w:t>.</w:t></w:r>', numbered(1))
            + para(run(_POINTS[2]), numbered(1)))
    points, notes = _comments(docx(body, DECIMAL, parts={"word/comments.xml": comments},
                                   links=f'<Relationship Id="rIdC" Type="{_TYPE}/comments" '
                                   'Target="comments.xml"/>'), "review.docx")
    assert points == _POINTS
    assert notes.endswith(f"Reviewers' comments:\n\n{_SAID}\n\nBo Editor, after “Fire stops "
                          "along the whole line.” in point 1: Fine."), notes


def test_pandoc_and_libreoffice_comments_name_their_words(tmp_path: Path) -> None:
    source = tmp_path / "review.md"
    source.write_text(_SOURCE, encoding="utf-8")
    word = tmp_path / "review.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(word)], check=True)
    odt = convert([word], "odt", tmp_path)[0]
    again = convert([odt], "docx:MS Word 2007 XML", tmp_path / "again")[0]
    for path in (word, odt, again):
        points, notes = _comments(path.read_bytes(), path.name)
        assert points == _POINTS, path
        assert _SAID in notes, (path, notes)


def test_a_point_comment_names_its_point(tmp_path: Path) -> None:
    """A comment covering no words, anchored at one position at the end of point 2's
    paragraph (LibreOffice's annotation with no end, saved as OpenDocument and as Word's
    lone ``w:commentReference``; pandoc's empty range): it named no point ("Ann Reviewer:
    Check …"), as its anchor held no words. It names the words it stands after and its
    point; one before the first words of a heading names none."""
    from tests.plans.intake.test_odf import flat

    def note(who: str, text: str) -> str:
        return (f"<office:annotation><dc:creator>{who}</dc:creator><text:p>{text}</text:p>"
                "</office:annotation>")

    body = ("<text:p>1. Fire stops along the whole line.</text:p>"
            f"<text:p>2. Prisoners are swapped all for all.{note('Ann Reviewer', 'Which?')}"
            f"</text:p><text:p>{note('Bo Editor', 'Retitle this.')}Annex</text:p>"
            "<text:p>3. A vote is held within a hundred days.</text:p>")
    source = tmp_path / "point.fodt"
    source.write_text(flat(body), encoding="utf-8")
    odt = convert([source], "odt", tmp_path / "odt")[0]
    word = convert([source], "docx:MS Word 2007 XML", tmp_path / "word")[0]
    for path in (source, odt, word):
        points, notes = _comments(path.read_bytes(), path.name)
        assert points[:2] == _POINTS[:2], path
        assert notes.endswith("Reviewers' comments:\n\nAnn Reviewer, after “Prisoners are "
                              "swapped all for all.” in point 2: Which?\n\nBo Editor, before "
                              "“Annex”: Retitle this."), (path, notes)
    source = tmp_path / "pandoc.md"
    source.write_text(_SOURCE.replace("swapped all for all[]{.comment-end", "swapped all for "
                                      "all[]{.comment-end").replace(
        "Prisoners are [Check the swap with the mission.]{.comment-start id=\"0\" author=\"Ann "
        "Reviewer\" date=\"2025-11-20T10:00:00Z\"}swapped all for all[]{.comment-end "
        "id=\"0\"}.", "Prisoners are swapped all for all.[Check the swap.]{.comment-start "
        "id=\"0\" author=\"Ann Reviewer\"}[]{.comment-end id=\"0\"}"), encoding="utf-8")
    word = tmp_path / "pandoc.docx"
    subprocess.run([require("pandoc"), str(source), "-o", str(word)], check=True)
    points, notes = _comments(word.read_bytes(), word.name)
    assert points == _POINTS
    assert notes.endswith("Ann Reviewer, after “Prisoners are swapped all for all.” in point 2: "
                          "Check the swap."), notes


def test_a_point_comment_in_libreoffice_html_names_its_point(tmp_path: Path) -> None:
    """LibreOffice's web page of a text with a point comment writes the comment as an HTML
    comment where it stands (``… watch the line.<!-- Which? --></p>``), with no author: it
    went to the notes naming nothing. It says where it stands and names point 2."""
    from tests.plans.intake.test_odf import flat

    body = ("<text:p>1. Fire stops along the whole line.</text:p>"
            "<text:p>2. Prisoners are swapped all for all.<office:annotation><dc:creator>Ann"
            "</dc:creator><text:p>Which?</text:p></office:annotation></text:p>"
            "<text:p>3. A vote is held within a hundred days.</text:p>")
    source = tmp_path / "point.fodt"
    source.write_text(flat(body), encoding="utf-8")
    page = convert([source], "html", tmp_path)[0]
    assert "<!-- Which? -->" in page.read_text(encoding="utf-8")
    points, notes = _comments(page.read_bytes(), page.name)
    assert points == _POINTS
    assert notes.endswith("After “Prisoners are swapped all for all.” in point 2: Which?"), notes


def test_a_long_anchor_is_cut_and_an_empty_one_left_out() -> None:
    assert comment_line("Ann", "Check.", "") == "Ann: Check."
    assert comment_line("", "Check.", "words") == "On “words”: Check."
    long = comment_line("Ann", "Check.", " ".join(["word"] * 40))
    assert long.startswith("Ann, on “word word") and "…”: Check." in long and len(long) < 100


def test_a_resolved_comment_says_so(tmp_path: Path) -> None:
    """A comment marked resolved (LibreOffice's ``loext:resolved``, Word's ``w15:done`` in
    commentsExtended.xml, as LibreOffice writes both) is listed as resolved: its question
    was settled, the open ones were not."""
    from tests.plans.intake.test_odf import flat

    def note(name: str, who: str, text: str, extra: str = "") -> str:
        return (f'<office:annotation office:name="{name}" {extra}><dc:creator>{who}'
                f"</dc:creator><text:p>{text}</text:p></office:annotation>")

    body = (f'<text:p>1. Fire stops {note("a1", "Ann Reviewer", "Which line?", _RESOLVED)}'
            'along the line<office:annotation-end office:name="a1"/>.</text:p>'
            f'<text:p>2. Prisoners are {note("a2", "Bo Editor", "Check the swap.")}swapped'
            '<office:annotation-end office:name="a2"/> all for all.</text:p>'
            "<text:p>3. A vote is held.</text:p>")
    source = tmp_path / "resolved.fodt"
    source.write_text(flat(body).replace(
        "xmlns:dc=", f'xmlns:loext="{_LOEXT}" xmlns:dc='), encoding="utf-8")
    word = convert([source], "docx:MS Word 2007 XML", tmp_path)[0]
    for path in (source, word):
        _, notes = _comments(path.read_bytes(), path.name)
        assert notes.endswith("Reviewers' comments:\n\nAnn Reviewer, on “along the line” "
                              "in point 1 (resolved): Which line?\n\nBo Editor, on “swapped” in "
                              "point 2: Check the "
                              "swap."), (path, notes)


_LOEXT = "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
_RESOLVED = 'loext:resolved="true"'


def test_the_comment_line_of_a_resolved_comment() -> None:
    assert comment_line("Ann", "Check.", "", resolved=True) == "Ann (resolved): Check."
    assert comment_line("", "Check.", "", resolved=True) == "(resolved) Check."


def test_a_reply_in_word_names_the_comment_it_answers() -> None:
    """Word's threaded comments (a reply's ``w15:paraIdParent`` in commentsExtended.xml): the
    reply names whom it answers, not the words again ("Bo Editor (reply to Ann Reviewer):
    Agreed."); the thread's first comment is resolved."""
    w15 = "http://schemas.microsoft.com/office/word/2012/wordml"

    def comment(ident: int, who: str, text: str, para_id: str) -> str:
        return (f'<w:comment w:id="{ident}" w:author="{who}"><w:p w14:paraId="{para_id}">'
                f"<w:r><w:t>{text}</w:t></w:r></w:p></w:comment>")

    comments = (f'<?xml version="1.0" encoding="UTF-8"?><w:comments {_NS}>'
                + comment(0, "Ann Reviewer", "Check the swap with the mission.", "0A000001")
                + comment(1, "Bo Editor", "Agreed, the mission confirmed it.", "0A000002")
                + "</w:comments>")
    extended = (f'<?xml version="1.0" encoding="UTF-8"?><w15:commentsEx xmlns:w15="{w15}">'
                '<w15:commentEx w15:paraId="0A000001" w15:done="1"/><w15:commentEx '
                'w15:paraId="0A000002" w15:paraIdParent="0A000001" w15:done="1"/>'
                "</w15:commentsEx>")
    ranged = ('<w:commentRangeStart w:id="0"/><w:commentRangeStart w:id="1"/><w:r><w:t>'
              'swapped all for all</w:t></w:r><w:commentRangeEnd w:id="0"/><w:commentRangeEnd '
              'w:id="1"/>')
    body = (para(run(_POINTS[0]), numbered(1))
            + para('<w:r><w:t xml:space="preserve">Prisoners are </w:t></w:r>' + ranged
                   + "<w:r><w:t>.</w:t></w:r>", numbered(1))
            + para(run(_POINTS[2]), numbered(1)))
    links = (f'<Relationship Id="rIdC" Type="{_TYPE}/comments" Target="comments.xml"/>'
             '<Relationship Id="rIdX" Type="http://schemas.microsoft.com/office/2011/'
             'relationships/commentsExtended" Target="commentsExtended.xml"/>')
    points, notes = _comments(docx(body, DECIMAL, parts={
        "word/comments.xml": comments, "word/commentsExtended.xml": extended}, links=links),
        "thread.docx")
    assert points == _POINTS
    assert notes.endswith("Reviewers' comments:\n\nAnn Reviewer, on “swapped all for all” "
                          "in point 2 (resolved): Check the swap with the mission.\n\nBo Editor "
                          "(reply to Ann Reviewer; resolved): Agreed, the mission confirmed "
                          "it."), notes


def test_a_reply_in_an_odt_names_the_comment_it_answers(tmp_path: Path) -> None:
    """LibreOffice's threaded comments (Writer's Reply): a reply is an annotation of its own
    on its parent's place, ``loext:parent-name`` naming the parent's ``office:name``; it
    names whom it answers, as a Word reply does ("Bo Editor (reply to Ann Reviewer): …"),
    in the flat and the zipped file. A LibreOffice that drops the thread (7.4 saves the
    reply named but ended nowhere) leaves a plain comment, never one "on" every word to the
    end of the document."""
    import zipfile

    from tests.plans.intake.test_odf import flat

    body = ('<text:p>1. Fire stops along the whole line.</text:p><text:p>2. Prisoners are '
            '<office:annotation office:name="__Annotation__1_1"><dc:creator>Ann Reviewer'
            "</dc:creator><text:p>Check the swap with the mission.</text:p>"
            '</office:annotation><office:annotation office:name="__Annotation__2_1" '
            'loext:parent-name="__Annotation__1_1"><dc:creator>Bo Editor</dc:creator>'
            "<text:p>Agreed, the mission confirmed it.</text:p></office:annotation>swapped "
            'all for all<office:annotation-end office:name="__Annotation__1_1"/>.</text:p>'
            "<text:p>3. A vote is held within a hundred days.</text:p>")
    source = tmp_path / "thread.fodt"
    source.write_text(flat(body).replace(
        "xmlns:dc=", f'xmlns:loext="{_LOEXT}" xmlns:dc='), encoding="utf-8")
    zipped = tmp_path / "thread.odt"
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", source.read_text(encoding="utf-8").replace(
            "<office:document ", "<office:document-content ").replace(
            "</office:document>", "</office:document-content>"))
    said = ("Reviewers' comments:\n\nAnn Reviewer, on “swapped all for all” in point 2: Check "
            "the swap "
            "with the mission.\n\nBo Editor (reply to Ann Reviewer): Agreed, the mission "
            "confirmed it.")
    for path in (source, zipped):
        points, notes = _comments(path.read_bytes(), path.name)
        assert points == _POINTS, path
        assert notes.endswith(said), (path, notes)
    resaved = convert([source], "odt", tmp_path)[0]
    points, notes = _comments(resaved.read_bytes(), resaved.name)
    assert points == _POINTS
    assert "Bo Editor: Agreed" in notes or "Bo Editor (reply to Ann Reviewer): Agreed" in notes, \
        notes


def test_a_comment_names_its_point_only_when_its_words_are_in_one() -> None:
    """The point a comment is on is the one whose text (or title, or a sub-point's) holds
    the words it is anchored on, a long anchor cut to its first words included; words found
    in two points (or none) name no point."""
    def comment(ident: int, text: str) -> str:
        return (f'<w:comment w:id="{ident}" w:author="Ann"><w:p><w:r><w:t>{text}</w:t></w:r>'
                "</w:p></w:comment>")

    def ranged(ident: int, words: str) -> str:
        return (f'<w:commentRangeStart w:id="{ident}"/><w:r><w:t xml:space="preserve">{words}'
                f'</w:t></w:r><w:commentRangeEnd w:id="{ident}"/>')

    long = ("monitored by a joint commission of observers drawn from neutral states, who report "
            "every week")
    comments = (f'<?xml version="1.0" encoding="UTF-8"?><w:comments {_NS}>'
                + comment(0, "Which line?") + comment(1, "Too vague.")
                + comment(2, "Which states?") + comment(3, "Land only?") + "</w:comments>")
    body = (para(run("Fire stops along the ") + ranged(0, "whole line") + run("."), numbered(1))
            + para(run("Prisoners are exchanged ") + ranged(1, "within days") + run("."),
                   numbered(1))
            + para(run("The line is ") + ranged(2, long) + run("."), numbered(1))
            + para(run("Within days, troops withdraw ") + ranged(3, "on land") + run(";"),
                   numbered(1, 1)))
    numbering = DECIMAL.replace("</w:abstractNum>", '<w:lvl w:ilvl="1"><w:start w:val="1"/>'
                                '<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
                                "</w:abstractNum>")
    _, notes = _comments(docx(body, numbering, parts={"word/comments.xml": comments},
                              links=f'<Relationship Id="rIdC" Type="{_TYPE}/comments" '
                              'Target="comments.xml"/>'), "points.docx")
    said = notes.split("Reviewers' comments:\n\n")[1].split("\n\n")
    assert said[0] == "Ann, on “whole line” in point 1: Which line?"
    assert said[1] == "Ann, on “within days”: Too vague."  # points 2 and 3(a) say it
    assert said[2].startswith("Ann, on “monitored by") and said[2].endswith(
        "…” in point 3: Which states?")
    assert said[3] == "Ann, on “on land” in point 3(a): Land only?"


def test_plandiff_s_own_flag_comments_are_left_out_of_a_redline_handed_back(
        tmp_path: Path) -> None:
    """A reviewer hands plandiff's Word redline back: the ⚑ flag comments plandiff put in its
    margin went to the version's notes as "Reviewers' comments" (``Ukraine, on “…”: ⚑ number:
    600,000 → 800,000``), as if a reviewer had written them. They are left out, counted; a
    reviewer's own comment, in the .docx and in LibreOffice's .odt of it, stays."""
    from plandiff.engine.compare import compare
    from plandiff.plans.corpus import load_corpus
    from plandiff.render.docx import render_docx
    from tests.helpers import PLANS

    corpus = load_corpus(PLANS)
    old = corpus.version("peace-framework@2025-11-20-us-28-point")
    new = corpus.version("peace-framework@2025-12-24-20-point")
    assert old is not None and new is not None
    comparison = compare(old, new)
    flags = sum(len(change.flags) for change in comparison.changes)
    data = render_docx(comparison, old, new)
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert package.read("word/comments.xml").count("⚑".encode()) == flags > 0
    reviewed = tmp_path / "handed-back.docx"
    reviewed.write_bytes(_with_a_reviewer_comment(data))
    odt = convert([reviewed], "odt", tmp_path)[0]
    for path in (reviewed, odt):
        imported = import_bytes(path.read_bytes(), path.name, path.suffix, REQUEST)
        notes = imported.plan.notes or ""
        assert "⚑" not in notes, path.suffix
        assert "Reviewers' comments:" in notes and "Bo Editor, after “" in notes
        assert "”: Keep point 4 as is." in notes  # a point comment: where it stands
        assert f"{flags} flag comment(s) plandiff's own Word redline" in str(imported.report)


def _with_a_reviewer_comment(data: bytes) -> bytes:
    """``data`` (a .docx with comments) with one more comment, by "Bo Editor", on no range."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "word/comments.xml":
                body = body.replace(b"</w:comments>", (
                    b'<w:comment w:id="9999" w:author="Bo Editor" w:date="2026-01-02T00:00:00Z">'
                    b"<w:p><w:r><w:t>Keep point 4 as is.</w:t></w:r></w:p></w:comment>"
                    b"</w:comments>"))
            elif item.filename == "word/document.xml":
                body = re.sub(rb"(sovereignty[^<]*</w:t></w:r>)", rb'\1<w:r><w:commentReference '
                              rb'w:id="9999"/></w:r>', body, count=1)
            target.writestr(item, body)
    return out.getvalue()


def test_a_flag_comment_is_told_by_its_text_not_by_a_mark_further_on() -> None:
    from plandiff.plans.intake.officetext import plandiff_flag_comment

    assert plandiff_flag_comment(comment_line("Ukraine", "⚑ number: 600,000 → 800,000", ""))
    assert plandiff_flag_comment(comment_line("Ukraine", "⚑ date removed: 100 days",
                                              "within 100 days", resolved=True))
    assert plandiff_flag_comment(comment_line("", "⚑ party added: Rada", "the Rada"))
    assert plandiff_flag_comment("⚑ number: 5 → 6")
    assert not plandiff_flag_comment(comment_line("Ann", "Agree with ⚑ number: 5 → 6", ""))
    assert not plandiff_flag_comment(comment_line("Ann", "Check this", "⚑ odd: words"))
    assert not plandiff_flag_comment(comment_line("Ann", "Check this", ""))
