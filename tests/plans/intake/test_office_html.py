"""Office suites' "save as web page": Google Docs' HTML export, Word's "Web Page" (and
"Web Page, Filtered"), LibreOffice Writer's HTML and pandoc's. Google Docs writes every list
level as its own sibling ``<ol>``/``<ul>`` (the level in the class ``lst-kix_<list>-<level>``,
the continuation in ``start=``), the marker only in the style sheet and the indentation only
in class rules; its comments and footnotes follow the body, linked back to their marks.
Word marks list paragraphs with ``mso-list:l0 level2 lfo1`` and writes the marker as text.
The Google and Word pages are written by hand the way those programs write them (neither
program runs here: the markup follows their known output, the first Google page is a
reviewer's reproduction); LibreOffice's and pandoc's are made here by the programs
themselves."""

from __future__ import annotations

import subprocess
from pathlib import Path

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes
from tests.plans.intake.producers import libreoffice_convert
from tests.render.docx.pandoc_text import require

REQUEST = DraftRequest(document="outline", version="2026-01-01-office")


def _tree(imported: ImportedDraft) -> list[tuple[str, str]]:
    return [(p.number, p.text) for p in imported.plan.walk()]


def _read(page: str, name: str = "page.html") -> ImportedDraft:
    return import_bytes(page.encode("utf-8"), name, ".html", REQUEST)


# The reviewer's reproduction, as Google Docs exported it (File → Download → Web page).
GDOCS_NESTED = (
    '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style '
    'type="text/css">ol.lst-kix_abc-1{list-style-type:none}.lst-kix_abc-0>li:before{content:'
    '"" counter(lst-ctn-kix_abc-0,decimal) ". "}.lst-kix_abc-1>li:before{content:"" counter('
    'lst-ctn-kix_abc-1,lower-latin) ") "}ol.lst-kix_abc-0{list-style-type:none}.c3{margin-left:'
    '36pt;padding-left:0pt}.c5{margin-left:72pt;padding-left:0pt}.c1{font-weight:700}</style>'
    '</head><body class="c4 doc-content"><p class="c2 title"><span class="c1">Draft framework'
    '</span></p><p class="c2"><span>The parties agree as follows.</span></p><ol class="c6 '
    'lst-kix_abc-0 start" start="1"><li class="c3 li-bullet-0"><span>Ukraine\'s sovereignty is '
    'confirmed.</span></li><li class="c3 li-bullet-0"><span>A full non-aggression agreement is '
    'concluded between Russia, Ukraine and Europe.</span></li><li class="c3 li-bullet-0"><span>'
    'The guarantee is given on these terms:</span></li></ol><ol class="c6 lst-kix_abc-1 start" '
    'start="1"><li class="c5 li-bullet-0"><span>The United States is compensated.</span></li>'
    '<li class="c5 li-bullet-0"><span>It lapses if Ukraine invades Russia.</span></li></ol><ol '
    'class="c6 lst-kix_abc-0" start="4"><li class="c3 li-bullet-0"><span>Elections are held '
    'within 100 days.</span></li></ol><p class="c2"><span class="c7"><a href="#cmnt1" '
    'id="cmnt_ref1">[a]</a></span></p><div class="c8"><p class="c2"><a href="#cmnt_ref1" '
    'id="cmnt1">[a]</a><span>check this</span></p></div></body></html>')
NESTED_POINTS = [
    ("1", "Ukraine's sovereignty is confirmed."),
    ("2", "A full non-aggression agreement is concluded between Russia, Ukraine and Europe."),
    ("3", "The guarantee is given on these terms:"),
    ("3(a)", "The United States is compensated."),
    ("3(b)", "It lapses if Ukraine invades Russia."),
    ("4", "Elections are held within 100 days.")]


def test_a_google_docs_nested_level_is_a_sub_point_and_its_comment_is_no_text() -> None:
    """The level-1 ``<ol>`` between points 3 and 4 holds 3 a) and 3 b), not points 1 and 2
    again; the comment after the body goes to the notes, counted, not into point 4."""
    imported = _read(GDOCS_NESTED, "gdocs.html")
    assert _tree(imported) == NESTED_POINTS
    assert not imported.report.warnings
    assert "check this" in (imported.plan.notes or "")
    assert any("1 reviewer comment(s)" in f.message for f in imported.report.findings)
    assert imported.plan.title == "Draft framework"


def _kix_rules(list_id: str, formats: list[str]) -> str:
    """The style rules Google Docs writes for one list: each level's counter, restart and
    marker, and the levels' indentation classes."""
    rules = []
    for level, content in enumerate(formats):
        name = f"lst-kix_{list_id}-{level}"
        rules.append(f"ul.{name}{{list-style-type:none}}ol.{name}{{list-style-type:none}}"
                     f".{name}>li{{counter-increment:lst-ctn-kix_{list_id}-{level}}}"
                     f"ol.{name}.start{{counter-reset:lst-ctn-kix_{list_id}-{level} 0}}"
                     f".{name}>li:before{{content:{content}}}")
    return "".join(rules)


def _li(cls: str, text: str) -> str:
    return f'<li class="{cls} li-bullet-0"><span class="c2">{text}</span></li>'


GDOCS_FULL = (
    '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
    '<style type="text/css">@import url(https://themes.googleusercontent.com/fonts/css?kit='
    'fpjTOVmNbO4Lz34iLyptLUXza5VhXqVC6o75Eld_V98);'
    + _kix_rules("num1", ['"" counter(lst-ctn-kix_num1-0,decimal) ". "',
                          '"" counter(lst-ctn-kix_num1-1,lower-latin) ") "',
                          '"(" counter(lst-ctn-kix_num1-2,lower-roman) ") "'])
    + _kix_rules("dots", ['"\\0025cf   "', '"\\0025cb   "', '"\\0025a0   "'])
    + _kix_rules("multi", ['"" counter(lst-ctn-kix_multi-0,decimal) ". "',
                           '"" counter(lst-ctn-kix_multi-0,decimal) "." '
                           'counter(lst-ctn-kix_multi-1,decimal) ". "'])
    + 'ol{margin:0;padding:0}table td,table th{padding:0}.c0{margin-left:36pt;padding-left:0pt'
    ';padding-top:0pt;line-height:1.15;orphans:2;widows:2;text-align:left}.c4{margin-left:'
    '72pt;padding-left:0pt}.c8{margin-left:108pt;padding-left:0pt}.c1{padding-top:0pt;'
    'padding-bottom:0pt;line-height:1.15;text-align:left}.c2{color:#000000;font-weight:400;'
    'font-size:11pt;font-family:"Arial"}.c5{vertical-align:super}.c9{background-color:#ffffff'
    ';max-width:451.4pt;padding:72pt 72pt 72pt 72pt}.title{padding-top:0pt;font-size:26pt}'
    'h1{padding-top:20pt;font-size:20pt}h2{padding-top:18pt;font-size:16pt}'
    '</style></head><body class="c9 doc-content">'
    '<p class="c1 title" id="h.f1x0a2"><span class="c2">Framework for a settlement</span></p>'
    '<p class="c1"><span class="c2">Draft of 1 January, for comment.</span></p>'
    '<h1 class="c1" id="h.30j0zll"><span class="c2">Security</span></h1>'
    '<ol class="c3 lst-kix_num1-0 start" start="1">'
    + _li("c0", 'The sovereignty of the state is confirmed.</span><sup><a href="#ftnt1" '
          'id="ftnt_ref1">[1]</a></sup><span class="c2">')
    + _li("c0", 'A ceasefire takes effect on signature.</span><sup><a href="#cmnt1" '
          'id="cmnt_ref1">[a]</a></sup><span class="c2">')
    + _li("c0", "Security guarantees are given on these terms:")
    + '</ol><ol class="c3 lst-kix_num1-1 start" start="1">'
    + _li("c4", "the guarantors are named in an annex;")
    + _li("c4", "a guarantee lapses if:")
    + '</ol><ol class="c3 lst-kix_num1-2 start" start="1">'
    + _li("c8", "a party attacks another;")
    + _li("c8", "a party withdraws.")
    + '</ol><ol class="c3 lst-kix_num1-1" start="3">'
    + _li("c4", "the guarantees are reviewed every year.")
    + '</ol><ol class="c3 lst-kix_num1-0" start="4">'
    + _li("c0", "Monitors deploy along the line:")
    + '</ol><ul class="c3 lst-kix_dots-1 start">'
    + _li("c4", "in every region;")
    + '</ul><ul class="c3 lst-kix_dots-2 start">'
    + _li("c8", "with the parties' consent.")
    + '</ul><p class="c1 c6"><span class="c2"></span></p>'
    '<h1 class="c1" id="h.1fob9te"><span class="c2">Economy</span></h1>'
    '<ol class="c3 lst-kix_num1-0" start="5">'
    + _li("c0", "Sanctions are eased in stages.")
    + _li("c0", "Frozen assets fund reconstruction.")
    + '</ol><h2 class="c1" id="h.3znysh7"><span class="c2">Annex</span></h2>'
    '<ol class="c3 lst-kix_multi-0 start" start="1">'
    + _li("c0", "The guarantors are:")
    + '</ol><ol class="c3 lst-kix_multi-1 start" start="1">'
    + _li("c4", "the United States;")
    + _li("c4", "the United Kingdom.")
    + '</ol><hr class="c7"><div><p class="c1"><a href="#ftnt_ref1" id="ftnt1">[1]</a><span '
    'class="c2">&nbsp;As in the memorandum of 1994.</span></p></div>'
    '<div class="c10"><p class="c1"><a href="#cmnt_ref1" id="cmnt1">[a]</a><span class="c2">'
    'Is 3. the right number here? 4. Check with the mission.</span></p><p class="c1"><span '
    'class="c2">Agreed, see 2.</span></p></div></body></html>')
FULL_POINTS = [
    ("1", "The sovereignty of the state is confirmed."),
    ("2", "A ceasefire takes effect on signature."),
    ("3", "Security guarantees are given on these terms:"),
    ("3(a)", "the guarantors are named in an annex;"),
    ("3(b)", "a guarantee lapses if:"),
    ("3(b)(i)", "a party attacks another;"),
    ("3(b)(ii)", "a party withdraws."),
    ("3(c)", "the guarantees are reviewed every year."),
    ("4", "Monitors deploy along the line:"),
    ("4.1", "in every region;"),
    ("4.1.1", "with the parties' consent."),
    ("5", "Sanctions are eased in stages."),
    ("6", "Frozen assets fund reconstruction."),
    ("1", "The guarantors are:"),
    ("1.1", "the United States;"),
    ("1.2", "the United Kingdom.")]


def test_a_google_docs_export_with_levels_bullets_headings_notes_and_comments() -> None:
    """Three numbered levels (a level continued with start=3 after a deeper one), bulleted
    levels, a list continued after headings (start=5), a second list whose level 1 prints
    both numbers (``1.1.``), headings with Google's ids, the title paragraph, a footnote and
    a comment with a reply that reads like numbered points: every point where it belongs,
    the footnote and the comment in the notes, each with its report line."""
    imported = _read(GDOCS_FULL, "gdocs.html")
    assert _tree(imported) == FULL_POINTS
    assert not imported.report.warnings
    assert imported.plan.title == "Framework for a settlement"
    notes = imported.plan.notes or ""
    assert "[1] As in the memorandum of 1994." in notes
    assert ("[a] Is 3. the right number here? 4. Check with the mission. Agreed, see 2."
            in notes)
    assert "Draft of 1 January, for comment." in notes
    messages = [f.message for f in imported.report.findings]
    assert any(m.startswith("1 footnote(s)") for m in messages), messages
    assert any(m.startswith("1 reviewer comment(s)") for m in messages), messages


_NBSP = "&nbsp;"
_GAP = f"<span style='font:7.0pt \"Times New Roman\"'>{_NBSP * 5} </span>"


def _word_item(level: int, marker: str, text: str, *, filtered: bool, lfo: int = 1) -> str:
    """A list paragraph as Word saves it: the marker written out as text (in "Web Page"
    inside ``<![if !supportLists]>``, with ``mso-list:l0 levelN lfoM``), levels below the
    first indented inline, a right-aligned Roman level padded in front."""
    cls = "MsoListParagraphCxSpMiddle"
    margin = {1: "", 2: "margin-left:72.0pt;", 3: "margin-left:108.0pt;"}[level]
    pad = "" if level < 3 else f"<span style='font:7.0pt \"Times New Roman\"'>{_NBSP * 38} </span>"
    if filtered:
        indent = "text-indent:-18.0pt" if level < 3 else "text-indent:-108.0pt"
        return (f"<p class={cls} style='{margin}{indent}'><span>{pad}{marker}{_GAP}</span>"
                f"{text}</p>\r\n")
    indent = ("text-indent:-18.0pt" if level < 3 else
              "text-indent:-108.0pt;mso-text-indent-alt:-9.0pt")
    space = "mso-add-space:auto;" if margin else ""
    return (f"<p class={cls} style='{margin}{space}{indent};mso-list:l0 level{level} lfo{lfo}'>"
            "<![if !supportLists]><span style='mso-fareast-font-family:Calibri;"
            f"mso-bidi-font-family:Calibri'><span style='mso-list:Ignore'>{pad}{marker}{_GAP}"
            f"</span></span><![endif]><span lang=EN-US>{text}</span></p>\r\n")


def _word_page(*, filtered: bool) -> bytes:
    """A draft as Word 2016 saves it as "Web Page" (``filtered=False``) or "Web Page,
    Filtered": windows-1252, the title in ``MsoTitle``, a list of three levels whose second
    level restarts under point 4, the numbered list continued after a paragraph, a second
    list (``lfo2``) restarting at 1 in the annex, a footnote and a reviewer's comment."""
    if filtered:
        note = ('<a href="#_ftn1" name="_ftnref1" title=""><span class=MsoFootnoteReference>'
                "<span class=MsoFootnoteReference><span style='font-size:12.0pt'>[1]</span>"
                "</span></span></a>")
        mark = ('<a class=msocomanchor id="_anchor_1" href="#_msocom_1" name="_msoanchor_1">'
                "[AR1]</a>")
        head = '<meta name=Generator content="Microsoft Word 15 (filtered)">\r\n'
        lists = ""
        notes = ("<div><br clear=all>\r\n\r\n<hr align=left size=1 width=\"33%\">\r\n\r\n"
                 "<div id=ftn1>\r\n\r\n<p class=MsoFootnoteText><a href=\"#_ftnref1\" "
                 "name=\"_ftn1\" title=\"\"><span class=MsoFootnoteReference><span "
                 "class=MsoFootnoteReference><span style='font-size:10.0pt'>[1]</span></span>"
                 "</span></a>\r\nAs in the memorandum of 1994.</p>\r\n\r\n</div>\r\n\r\n</div>"
                 "\r\n\r\n<div><hr class=msocomoff align=left size=1 width=\"33%\">\r\n\r\n"
                 "<div>\r\n\r\n<div id=\"_com_1\" class=msocomtxt>\r\n\r\n<span style='position"
                 ":relative;z-index:1'><span class=MsoCommentReference><span style='font-size:"
                 "8.0pt'>&nbsp;</span></span><span class=MsoCommentReference><span style='"
                 "font-size:8.0pt'><a name=\"_msocom_1\"></a></span></span></span>\r\n\r\n"
                 "<p class=MsoCommentText>3. Check the figure with the mission.</p>\r\n\r\n"
                 "</div>\r\n\r\n</div>\r\n\r\n</div>\r\n")
    else:
        note = ("<a style='mso-footnote-id:ftn1' href=\"#_ftn1\" name=\"_ftnref1\" title=\"\">"
                "<span class=MsoFootnoteReference><span style='mso-special-character:footnote'>"
                "<![if !supportFootnotes]><span class=MsoFootnoteReference><span style='font-"
                "size:12.0pt'>[1]</span></span><![endif]></span></span></a>")
        mark = ("<span class=MsoCommentReference><span style='font-size:8.0pt'><a class="
                "msocomanchor id=\"_anchor_1\" onmouseover=\"msoCommentShow('_anchor_1','_com_1')"
                "\" onmouseout=\"msoCommentHide('_com_1')\" href=\"#_msocom_1\" language="
                "JavaScript name=\"_msoanchor_1\">[AR1]</a><span style='mso-special-character:"
                "comment'>&nbsp;</span></span></span>")
        head = ('<meta name=ProgId content=Word.Document>\r\n<meta name=Generator content="'
                'Microsoft Word 15">\r\n<link rel=File-List href="draft_files/filelist.xml">\r\n'
                "<!--[if gte mso 9]><xml>\r\n <o:DocumentProperties>\r\n  <o:Author>A. Reviewer"
                "</o:Author>\r\n </o:DocumentProperties>\r\n</xml><![endif]-->\r\n")
        lists = (" /* List Definitions */\r\n @list l0\r\n\t{mso-list-id:1583829130;\r\n\t"
                 "mso-list-type:hybrid;}\r\n@list l0:level1\r\n\t{mso-level-tab-stop:none;\r\n\t"
                 "text-indent:-18.0pt;}\r\n@list l0:level2\r\n\t{mso-level-number-format:alpha-"
                 "lower;\r\n\ttext-indent:-18.0pt;}\r\n@list l0:level3\r\n\t{mso-level-number-"
                 "format:roman-lower;\r\n\tmso-level-number-position:right;\r\n\ttext-indent:"
                 "-9.0pt;}\r\n")
        notes = ("<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>"
                 "\r\n\r\n<hr align=left size=1 width=\"33%\">\r\n\r\n<![endif]>\r\n\r\n<div "
                 "style='mso-element:footnote' id=ftn1>\r\n\r\n<p class=MsoFootnoteText><a "
                 "style='mso-footnote-id:ftn1' href=\"#_ftnref1\"\r\nname=\"_ftn1\" title=\"\">"
                 "<span class=MsoFootnoteReference><span style='mso-special-character:\r\n"
                 "footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span\r\n"
                 "style='font-size:10.0pt'>[1]</span></span><![endif]></span></span></a>\r\n"
                 "<span lang=EN-US>As in the memorandum of 1994.</span></p>\r\n\r\n</div>\r\n"
                 "\r\n</div>\r\n\r\n<div style='mso-element:comment-list'><![if !"
                 "supportAnnotations]>\r\n\r\n<hr class=msocomoff align=left size=1 width=\"33%\">"
                 "\r\n\r\n<![endif]>\r\n\r\n<div style='mso-element:comment'><![if !"
                 "supportAnnotations]>\r\n\r\n<div id=\"_com_1\" class=msocomtxt language="
                 "JavaScript\r\nonmouseover=\"msoCommentShow('_anchor_1','_com_1')\"\r\n"
                 "onmouseout=\"msoCommentHide('_com_1')\"><![endif]>\r\n\r\n<div><![if !"
                 "supportAnnotations]><a name=\"_msocom_1\"></a><![endif]>\r\n\r\n<p class="
                 "MsoCommentText><span class=MsoCommentReference><span lang=EN-US\r\nstyle='"
                 "font-size:8.0pt'><span style='mso-special-character:comment'>&nbsp;<![if !"
                 "supportAnnotations]><a\r\nhref=\"#_msoanchor_1\" class=msocomoff>[AR1]</a>"
                 "<![endif]></span></span></span><span\r\nlang=EN-US>3. Check the figure with "
                 "the mission.</span></p>\r\n\r\n</div>\r\n\r\n<![if !supportAnnotations]></div>"
                 "\r\n\r\n<![endif]></div>\r\n\r\n</div>\r\n")
    def item(level: int, marker: str, text: str, lfo: int = 1) -> str:
        return _word_item(level, marker, text, filtered=filtered, lfo=lfo)
    body = (
        "<p class=MsoTitle><span lang=EN-US>Framework for a settlement</span></p>\r\n\r\n"
        "<p class=MsoNormal><span lang=EN-US>Draft of 1 January, for comment.</span></p>\r\n"
        "\r\n<h1><span lang=EN-US>Security</span></h1>\r\n\r\n"
        + item(1, "1.", f"The sovereignty of the state is confirmed.{note}")
        + item(1, "2.", f"A ceasefire takes effect on signature.{mark}")
        + item(1, "3.", "Security guarantees are given on these terms:")
        + item(2, "a.", "the guarantors are named in an annex;")
        + item(2, "b.", "a guarantee lapses if:")
        + item(3, "i.", "a party attacks another;")
        + item(3, "ii.", "a party withdraws.")
        + item(2, "c.", "the guarantees are reviewed every year.")
        + item(1, "4.", "Monitors deploy along the line:")
        + item(2, "a.", "in every region;")
        + item(2, "b.", "with the parties&#8217; consent.")
        + "\r\n<h2><span lang=EN-US>Economy</span></h2>\r\n\r\n"
        + item(1, "5.", "Sanctions are eased in stages.")
        + item(1, "6.", "Frozen assets fund reconstruction.")
        + "\r\n<h2><span lang=EN-US>Annex</span></h2>\r\n\r\n"
        + item(1, "1.", "The guarantors are the United States and the United Kingdom.", 2)
        + item(1, "2.", "They report each year.", 2))
    page = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml"\r\nxmlns:o="urn:schemas-microsoft-com:'
        'office:office"\r\nxmlns:w="urn:schemas-microsoft-com:office:word"\r\nxmlns="http://'
        'www.w3.org/TR/REC-html40">\r\n\r\n<head>\r\n<meta http-equiv=Content-Type content="'
        'text/html; charset=windows-1252">\r\n' + head + "<style>\r\n<!--\r\n /* Style "
        "Definitions */\r\n p.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{margin:0cm;\r\n\t"
        'font-size:11.0pt;\r\n\tfont-family:"Calibri",sans-serif;}\r\np.MsoTitle, li.MsoTitle,'
        " div.MsoTitle\r\n\t{font-size:28.0pt;}\r\np.MsoListParagraphCxSpMiddle, li."
        "MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle\r\n\t{margin-left:36.0pt;}"
        "\r\n" + lists + "-->\r\n</style>\r\n</head>\r\n\r\n<body lang=EN-GB style='tab-"
        "interval:36.0pt;word-wrap:break-word'>\r\n\r\n<div class=WordSection1>\r\n\r\n"
        + body + "\r\n</div>\r\n\r\n" + notes + "\r\n</body>\r\n\r\n</html>\r\n")
    return page.encode("cp1252")


WORD_POINTS = [
    ("1", "The sovereignty of the state is confirmed."),
    ("2", "A ceasefire takes effect on signature."),
    ("3", "Security guarantees are given on these terms:"),
    ("3(a)", "the guarantors are named in an annex;"),
    ("3(b)", "a guarantee lapses if:"),
    ("3(b)(i)", "a party attacks another;"),
    ("3(b)(ii)", "a party withdraws."),
    ("3(c)", "the guarantees are reviewed every year."),
    ("4", "Monitors deploy along the line:"),
    ("4(a)", "in every region;"),
    ("4(b)", "with the parties’ consent."),
    ("5", "Sanctions are eased in stages."),
    ("6", "Frozen assets fund reconstruction."),
    ("1", "The guarantors are the United States and the United Kingdom."),
    ("2", "They report each year.")]


def test_word_web_page_and_filtered_lists_notes_and_comments() -> None:
    """Word's "Web Page" and "Web Page, Filtered": three levels with a restart of the
    second, a list going on after a heading and a second list restarting at 1; the footnote
    goes to the notes, and the reviewer's comment, which opens like point 3, goes to the end
    of the notes, not into the annex as its point 3 (nor its mark ``[AR1]`` into point 2)."""
    for filtered in (False, True):
        name = "filtered.htm" if filtered else "page.htm"
        imported = import_bytes(_word_page(filtered=filtered), name, ".htm", REQUEST)
        assert _tree(imported) == WORD_POINTS, name
        assert not imported.report.warnings, name
        assert imported.plan.title == "Framework for a settlement", name
        notes = imported.plan.notes or ""
        assert "[1] As in the memorandum of 1994." in notes, name
        assert notes.endswith("Check the figure with the mission."), (name, notes)
        messages = [f.message for f in imported.report.findings]
        assert any(m.startswith("1 reviewer comment(s)") for m in messages), (name, messages)


DRAFT_MD = """# Draft framework

The parties agree as follows.

1. The sovereignty of the state is confirmed.[^1]
2. A ceasefire takes effect on signature.
3. Security guarantees are given on these terms:
    a. the guarantors are named in an annex;
    b. a guarantee lapses if:
        i. a party attacks another;
        ii. a party withdraws.
    c. the guarantees are reviewed every year.
4. Monitors deploy along the line:
    - in every region;
    - with the parties' consent.

## Economy

5. Sanctions are eased in stages.
6. Frozen assets fund reconstruction.

## Annex

1. The guarantors are the United States and the United Kingdom.

[^1]: As in the memorandum of 1994.
"""
DRAFT_POINTS = [
    ("1", "The sovereignty of the state is confirmed."),
    ("2", "A ceasefire takes effect on signature."),
    ("3", "Security guarantees are given on these terms:"),
    ("3(a)", "the guarantors are named in an annex;"),
    ("3(b)", "a guarantee lapses if:"),
    ("3(b)(i)", "a party attacks another;"),
    ("3(b)(ii)", "a party withdraws."),
    ("3(c)", "the guarantees are reviewed every year."),
    ("4", "Monitors deploy along the line:"),
    ("4.1", "in every region;"),
    ("4.2", "with the parties’ consent."),
    ("5", "Sanctions are eased in stages."),
    ("6", "Frozen assets fund reconstruction."),
    ("1", "The guarantors are the United States and the United Kingdom.")]


def _soffice_html(source: Path, work: Path) -> Path:
    return libreoffice_convert(source, "html", work / "lo-html", work)


def test_libreoffice_and_pandoc_html_of_a_nested_draft(tmp_path: Path) -> None:
    """pandoc's HTML of a Markdown draft, and LibreOffice Writer's HTML of pandoc's .docx of
    it (LibreOffice writes a nested level as ``<ol type="a"><ol type="a"><li>``, outside
    the item, its footnote as ``sdfootnote``): three levels, bullets, headings between the
    points, a second list, a footnote."""
    source = tmp_path / "draft.md"
    source.write_text(DRAFT_MD, encoding="utf-8")
    pandoc = require("pandoc")
    page = tmp_path / "pandoc.html"
    docx = tmp_path / "draft.docx"
    subprocess.run([pandoc, str(source), "--standalone", "--metadata", "title=Draft", "-o",
                    str(page)], check=True, capture_output=True)
    subprocess.run([pandoc, str(source), "-o", str(docx)], check=True, capture_output=True)
    for path in (page, _soffice_html(docx, tmp_path)):
        imported = import_bytes(path.read_bytes(), path.name, ".html", REQUEST)
        assert _tree(imported) == DRAFT_POINTS, path.name
        assert not imported.report.warnings, path.name
        assert "As in the memorandum of 1994." in (imported.plan.notes or ""), path.name


def test_a_comment_in_libreoffice_html_goes_to_the_notes(tmp_path: Path) -> None:
    """A reviewer's comment in a .docx (made by pandoc from its comment spans) that
    LibreOffice saves as HTML becomes an HTML comment inside the paragraph
    (``<!-- 3. Check … -->``): it goes to the notes with a report line, not nowhere."""
    page = tmp_path / "commented.html"
    page.write_text(
        '<html><body><h1>Draft framework</h1><ol><li>The sovereignty of the state is '
        'confirmed.</li><li>A ceasefire takes effect <span class="comment-start" id="0" '
        'author="A. Reviewer" date="2026-01-01T10:00:00Z">3. Check the figure with the '
        'mission.</span>on signature.<span class="comment-end" id="0"></span></li><li>Monitors '
        'deploy along the line.</li></ol></body></html>', encoding="utf-8")
    docx = tmp_path / "commented.docx"
    subprocess.run([require("pandoc"), str(page), "-f", "html", "-o", str(docx)], check=True,
                   capture_output=True)
    out = _soffice_html(docx, tmp_path)
    assert "<!-- 3. Check the figure" in out.read_text(encoding="utf-8")
    imported = import_bytes(out.read_bytes(), out.name, ".html", REQUEST)
    assert _tree(imported) == [("1", "The sovereignty of the state is confirmed."),
                               ("2", "A ceasefire takes effect on signature."),
                               ("3", "Monitors deploy along the line.")]
    assert (imported.plan.notes or "").endswith("3. Check the figure with the mission.")
    assert any(f.message.startswith("1 reviewer comment(s)")
               for f in imported.report.findings)


def test_word_footnotes_pasted_into_a_page_that_does_not_say_word() -> None:
    """A news page whose text was pasted from Word keeps Word's footnote links (``#_ftn1``
    and, at the end, ``#_ftnref1``) but none of its classes: the mark leaves the text and
    the footnote goes to the notes, not into point 3."""
    page = ('<html><body><article><h1>Plan text</h1><p>The draft reads:</p><p>1. The parties '
            'confirm sovereignty.<a href="#_ftn1" name="_ftnref1">[1]</a></p><p>2. A ceasefire '
            'takes effect within three days.</p><p>3. Monitors deploy along the line of contact '
            'as agreed.</p><div><hr><div id="ftn1"><p><a href="#_ftnref1" name="_ftn1">[1]</a> '
            'As in the earlier memorandum.</p></div></div></article></body></html>')
    imported = _read(page)
    assert _tree(imported) == [("1", "The parties confirm sovereignty."),
                               ("2", "A ceasefire takes effect within three days."),
                               ("3", "Monitors deploy along the line of contact as agreed.")]
    assert "[1] As in the earlier memorandum." in (imported.plan.notes or "")
    assert not imported.report.warnings


def _word_bullet(level: int, glyph: str, font: str, text: str, *, filtered: bool) -> str:
    """A bulleted list paragraph as Word saves it: the bullet is a character in a symbol
    font (Symbol's ``·``, Courier New's ``o``, Wingdings' ``§``) written out as text."""
    margin = {1: "", 2: "margin-left:72.0pt;", 3: "margin-left:108.0pt;"}[level]
    gap = f"<span style='font:7.0pt \"Times New Roman\"'>{_NBSP * 8} </span>"
    if filtered:
        return (f"<p class=MsoListParagraphCxSpMiddle style='{margin}text-indent:-18.0pt'><span "
                f"style='font-family:{font}'>{glyph}{gap}</span>{text}</p>\r\n")
    return (f"<p class=MsoListParagraphCxSpMiddle style='{margin}text-indent:-18.0pt;mso-list:"
            f"l1 level{level} lfo2'><![if !supportLists]><span style='font-family:{font};"
            f"mso-fareast-font-family:{font}'><span style='mso-list:Ignore'>{glyph}{gap}</span>"
            f"</span><![endif]>{text}</p>\r\n")


def test_word_bullets_written_as_symbol_characters() -> None:
    """Word writes a bullet as the character its symbol font draws (``·``, ``o``, ``§``):
    they are bullets, not text, and the third level sits under the second (its margin
    says so; in "Web Page" its ``mso-list`` level too)."""
    for filtered in (False, True):
        items = (_word_item(1, "1.", "Monitors deploy along the line:", filtered=filtered)
                 + _word_bullet(2, "o", '"Courier New"', "in every region;",
                                filtered=filtered)
                 + _word_bullet(3, "&sect;", "Wingdings", "the capital included;",
                                filtered=filtered)
                 + _word_bullet(2, "o", '"Courier New"', "with the parties&#8217; consent.",
                                filtered=filtered)
                 + _word_item(1, "2.", "The parties agree on these principles:",
                              filtered=filtered)
                 + _word_bullet(1, "&middot;", "Symbol", "no use of force;", filtered=filtered)
                 + _word_bullet(1, "&middot;", "Symbol", "respect for borders.",
                                filtered=filtered)
                 + _word_item(1, "3.", "Elections are held within 100 days.",
                              filtered=filtered))
        page = ('<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name='
                'Generator content="Microsoft Word 15"></head><body lang=EN-GB><div class='
                f"WordSection1>\r\n{items}</div></body></html>")
        imported = import_bytes(page.encode("cp1252"), "bullets.htm", ".htm", REQUEST)
        assert _tree(imported) == [
            ("1", "Monitors deploy along the line:"), ("1.1", "in every region;"),
            ("1.1.1", "the capital included;"), ("1.2", "with the parties’ consent."),
            ("2", "The parties agree on these principles:"), ("2.1", "no use of force;"),
            ("2.2", "respect for borders."),
            ("3", "Elections are held within 100 days.")], filtered
        assert not imported.report.warnings, filtered


def test_a_google_docs_list_going_on_after_a_paragraph() -> None:
    """Points 3, 4 and 5 are each a list of their own (``start="3"`` after a nested level,
    ``start="4"`` after a paragraph, ``start="5"`` after a paragraph indented by its class):
    the numbering goes on with no warning, and each paragraph stays with the point before
    it, as a further paragraph, as the parser keeps one in every format."""
    rules = _kix_rules("n", ['"" counter(lst-ctn-kix_n-0,decimal) ". "',
                             '"" counter(lst-ctn-kix_n-1,lower-latin) ". "'])
    page = (f'<html><head><style>{rules}.c0{{margin-left:36pt}}.c4{{margin-left:72pt}}</style>'
            '</head><body class="doc-content"><ol class="lst-kix_n-0 start" start="1">'
            + _li("c0", "A ceasefire holds.") + _li("c0", "Monitors deploy:")
            + '</ol><ol class="lst-kix_n-1 start" start="1">' + _li("c4", "in every region;")
            + _li("c4", "with consent.") + '</ol><ol class="lst-kix_n-0" start="3">'
            + _li("c0", "Prisoners are exchanged.") + '</ol><p class="c1"><span>The parties '
            'further agree as follows.</span></p><ol class="lst-kix_n-0" start="4">'
            + _li("c0", "Sanctions are eased.") + '</ol><p class="c0"><span>This paragraph is '
            'indented under point 4.</span></p><ol class="lst-kix_n-0" start="5">'
            + _li("c0", "Elections are held.") + "</ol></body></html>")
    imported = _read(page)
    assert _tree(imported) == [
        ("1", "A ceasefire holds."), ("2", "Monitors deploy:"), ("2(a)", "in every region;"),
        ("2(b)", "with consent."),
        ("3", "Prisoners are exchanged.\n\nThe parties further agree as follows."),
        ("4", "Sanctions are eased.\n\nThis paragraph is indented under point 4."),
        ("5", "Elections are held.")]
    assert not imported.report.warnings


def test_a_google_docs_marker_rule_of_a_megabyte_is_cut_short() -> None:
    """A hostile style sheet whose list marker is a hundred thousand strings does not copy
    them before every item (a few hundred items would make gigabytes)."""
    from plandiff.plans.intake.html import read_html

    rule = ('.lst-kix_a-0>li:before{content:counter(lst-ctn-kix_a-0,decimal) '
            + '"xx" ' * 100_000 + '}')
    items = "".join(f"<li>The parties agree on item {n}.</li>" for n in range(1, 201))
    page = (f'<html><head><style>{rule}</style></head><body class="doc-content"><ol class='
            f'"lst-kix_a-0 start" start="1">{items}</ol></body></html>')
    lines = read_html(page.encode(), "hostile.html").lines
    assert len(lines) >= 200
    assert max(len(line.text) for line in lines) < 1000


def _sub_tree(imported: ImportedDraft) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(p.number, p.text, [(c.number, c.text) for c in p.points])
            for p in imported.plan.points]


def test_paragraphs_numbered_by_css_counters_on_their_classes() -> None:
    """An export that writes its list as paragraphs (no ``<ol>``), numbered by counters on
    their classes (``p.c7:before { content: counter(…) ". " }``): the page's text has no
    number, and the draft was refused ("no numbered points found")."""
    sheet = ("p.c7{counter-increment:lst-ctn-q-0}"
             "p.c7:before{content:counter(lst-ctn-q-0,decimal) \". \"}"
             "p.c8{counter-increment:lst-ctn-q-1;margin-left:72pt}"
             "p.c8::before{content:counter(lst-ctn-q-1,lower-latin) \") \"}"
             ".c9{counter-reset:lst-ctn-q-1}")
    body = ("<p class=\"c7 c9\"><span>Ukraine's sovereignty will be reaffirmed.</span></p>"
            "<p class=\"c7 c9\"><span>The US guarantee comes with conditions:</span></p>"
            "<p class=\"c8\"><span>The United States receives compensation.</span></p>"
            "<p class=\"c8\"><span>If Ukraine invades Russia, the guarantee is lost.</span></p>"
            "<p class=\"c7 c9\"><span>NATO agrees not to station troops in Ukraine.</span></p>")
    page = (f"<html><head><style type=\"text/css\">{sheet}</style></head>"
            f"<body class=\"c10 doc-content\">{body}</body></html>")
    imported = import_bytes(page.encode(), "doc.html", ".html", REQUEST)
    assert _sub_tree(imported) == [
        ("1", "Ukraine's sovereignty will be reaffirmed.", []),
        ("2", "The US guarantee comes with conditions:", [
            ("2(a)", "The United States receives compensation."),
            ("2(b)", "If Ukraine invades Russia, the guarantee is lost.")]),
        ("3", "NATO agrees not to station troops in Ukraine.", [])]


def test_a_bulleted_list_that_its_class_numbers() -> None:
    """A ``<ul>`` whose class (or style) sets a numbered ``list-style-type`` shows numbers:
    its items are points 1, 2 …, and a nested one lettered is their sub-points (they were
    bullets, the sub-points numbered 2.1, 2.2)."""
    page = ("<html><head><style>.lst-decimal{list-style-type:decimal}</style></head><body>"
            "<article><h1>Draft</h1><ul class=\"lst-decimal\">"
            "<li>Ukraine's sovereignty will be reaffirmed.</li>"
            "<li>The US guarantee comes with conditions:"
            "<ul style=\"list-style-type: lower-alpha\"><li>The United States receives "
            "compensation.</li><li>If Ukraine invades Russia, the guarantee is lost.</li></ul>"
            "</li><li>NATO agrees not to station troops in Ukraine.</li></ul>"
            "</article></body></html>")
    imported = import_bytes(page.encode(), "doc.html", ".html", REQUEST)
    assert _sub_tree(imported) == [
        ("1", "Ukraine's sovereignty will be reaffirmed.", []),
        ("2", "The US guarantee comes with conditions:", [
            ("2(a)", "The United States receives compensation."),
            ("2(b)", "If Ukraine invades Russia, the guarantee is lost.")]),
        ("3", "NATO agrees not to station troops in Ukraine.", [])]
    assert not any("bulleted items" in f.message for f in imported.report.findings)


def test_a_notion_export_with_a_toggle_between_the_points() -> None:
    """Notion writes each numbered item as its own ``<ol start=N>`` and a toggle as
    ``<ul class="toggle"><li><details>``: the toggle between two points became a
    sub-point of the point before it; it is a box, and goes to the notes."""
    items = ["Ukraine's sovereignty is reaffirmed.", "Ukraine receives strong guarantees.",
             "The armed forces remain at 800,000."]
    lists = [f"<ol type=\"1\" class=\"numbered-list\" start=\"{n}\"><li>{text}</li></ol>"
             for n, text in enumerate(items, 1)]
    lists.insert(2, "<ul class=\"toggle\"><li><details open=\"\"><summary>Open question"
                    "</summary><p>Who gives the guarantees is still open.</p></details></li>"
                    "</ul>")
    page = ("<html><body><article class=\"page sans\"><header><h1 class=\"page-title\">Notes"
            f"</h1></header><div class=\"page-body\">{''.join(lists)}</div></article>"
            "</body></html>")
    imported = import_bytes(page.encode(), "notion.html", ".html", REQUEST)
    assert _sub_tree(imported) == [(str(n), text, []) for n, text in enumerate(items, 1)]
    assert "Heading before point 3: Open question" in (imported.plan.notes or "")


def test_a_confluence_page_s_boxes_between_the_points() -> None:
    """A wiki export's boxes between two lists of the points (an information macro, an
    expand, a panel after the list) were read into the point before them; each is a box
    under its kind or its title, and goes to the notes."""
    page = ("<html><body><div id=\"main-content\" class=\"wiki-content group\"><ol>"
            "<li>Ukraine's sovereignty is reaffirmed.</li><li>Russia and Ukraine conclude a "
            "full non-aggression agreement.</li></ol>"
            "<div class=\"confluence-information-macro confluence-information-macro-note\">"
            "<div class=\"confluence-information-macro-body\"><p>Point 2 was reworded in "
            "Geneva.</p></div></div>"
            "<div class=\"expand-container\"><div class=\"expand-control\"><span class=\""
            "expand-control-text\">Background</span></div><div class=\"expand-content\"><p>"
            "The first draft had 28 points.</p></div></div>"
            "<ol start=\"3\"><li>Ukraine receives strong security guarantees.</li></ol>"
            "<div class=\"panel\"><div class=\"panelHeader\"><b>Status</b></div><div class="
            "\"panelContent\"><p>Points 12 and 14 are not agreed.</p></div></div>"
            "</div></body></html>")
    imported = import_bytes(page.encode(), "wiki.html", ".html", REQUEST)
    assert _sub_tree(imported) == [
        ("1", "Ukraine's sovereignty is reaffirmed.", []),
        ("2", "Russia and Ukraine conclude a full non-aggression agreement.", []),
        ("3", "Ukraine receives strong security guarantees.", [])]
    notes = imported.plan.notes or ""
    for said in ("Heading before point 3: Note", "Point 2 was reworded in Geneva.",
                 "Heading before point 3: Background", "The first draft had 28 points.",
                 "Heading after the last point: Status", "Points 12 and 14 are not agreed."):
        assert said in notes


def test_a_hostile_style_sheet_of_unclosed_comments_reads_in_linear_time() -> None:
    """The class-counter reader strips the sheet's comments: a lazy pattern rescanned the
    rest of the sheet from every unclosed ``/*`` (40,000 of them took 26 s)."""
    import time

    from plandiff.plans.intake.csscounters import read_counters

    sheet = "/*a" * 200_000 + ".c7:before{content:counter(x) \". \"}"
    started = time.process_time()
    assert read_counters(sheet) is None  # the rule is inside the unclosed comment
    assert time.process_time() - started < 2.0
    counters = read_counters("/* a */ p.c7{counter-increment:x} p.c7:before{content:counter("
                             "x, lower-roman) \") \"} /* unclosed")
    assert counters is not None
    assert counters.marker("c7", lambda n, style: f"{n}:{style}") == "1:lower-roman) "


def test_blocks_numbered_by_counters_on_selectors_with_combinators() -> None:
    """A news site's explainer numbers its cards by its own style sheet, on selectors with
    combinators (``.explainer .points > div::before { content: "Point " counter(item) ": " }``,
    the counter reset on an ancestor, moved in the ``::before`` or on the block): the cards
    are points 1-4 (the draft was refused, "no numbered points found"); a counter reset to
    4 on the list's box numbers them from 5, as a reader sees them."""
    sheet = (".explainer .points{counter-reset:item}"
             ".explainer .points > div{counter-increment:item;margin:1em 0}"
             ".explainer .points > div::before{content:\"Point \" counter(item) \": \"}"
             ".entry-content{counter-reset:point 4}"
             ".entry-content p.point::before{counter-increment:point;"
             "content:counter(point) \". \"}"
             ".entry-content ::after{content:counter(point)}")  # unreadable: left alone
    cards = ("<div class=\"explainer\"><p>The draft holds these points.</p>"
             "<div class=\"points\"><div>Both sides stop firing along the whole line.</div>"
             "<div>Troops pull back ten kilometres.</div>"
             "<div>A buffer zone is set up under monitors.</div>"
             "<div>Detainees are swapped all for all.</div></div></div>")
    page = (f"<html><head><style>{sheet}</style></head><body><article><h1>What the plan "
            f"says</h1>{cards}</article></body></html>")
    imported = _read(page)
    assert _tree(imported) == [("1", "Both sides stop firing along the whole line."),
                               ("2", "Troops pull back ten kilometres."),
                               ("3", "A buffer zone is set up under monitors."),
                               ("4", "Detainees are swapped all for all.")]
    assert "The draft holds these points." in (imported.plan.notes or "")
    later = ("<div class=\"entry-content\"><p class=\"point\">Elections follow.</p>"
             "<p class=\"point\">Sanctions are lifted in stages.</p></div>")
    imported = _read(f"<html><head><style>{sheet}</style></head><body><article>{later}"
                     "</article></body></html>")
    assert _tree(imported) == [("5", "Elections follow."),
                               ("6", "Sanctions are lifted in stages.")]


_GDOCS_TERMS = (
    '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style '
    'type="text/css">ol.lst-kix_q2-1{list-style-type:none}.lst-kix_q2-0>li:before{content:"" '
    'counter(lst-ctn-kix_q2-0,decimal) ". "}.lst-kix_q2-1>li:before{content:"" counter('
    'lst-ctn-kix_q2-1,lower-latin) ") "}ol.lst-kix_q2-0{list-style-type:none}.c3{margin-left:'
    '36pt;padding-left:0pt}.c5{margin-left:72pt;padding-left:0pt}.c9{margin-left:36pt}'
    '.c10{margin-left:72pt}</style></head><body class="c4 doc-content"><ol class="c6 '
    'lst-kix_q2-0 start" start="1"><li class="c3 li-bullet-0"><span>Sovereignty is confirmed.'
    '</span></li><li class="c3 li-bullet-0"><span>The guarantee is given on these terms:'
    '</span></li></ol><ol class="c6 lst-kix_q2-1 start" start="1"><li class="c5 li-bullet-0">'
    '<span>The United States is compensated.</span></li><li class="c5 li-bullet-0"><span>It '
    'lapses if Ukraine invades Russia.</span></li></ol>{paragraph}<ol class="c6 lst-kix_q2-0" '
    'start="3"><li class="c3 li-bullet-0"><span>Elections are held within 100 days.</span>'
    '</li></ol></body></html>')


def test_a_google_docs_paragraph_at_the_parent_s_margin_after_sub_items_is_the_parent_s(
        ) -> None:
    """A paragraph after sub-items a) and b) whose class sets it at the first level's margin
    (36pt, as the points' items) is point 2's further paragraph: it went into 2(b). One at
    the second level's margin (72pt) stays 2(b)'s."""
    imported = _read(_GDOCS_TERMS.replace(
        "{paragraph}", '<p class="c9 c2"><span>The guarantee is reviewed after ten years.'
        '</span></p>'))
    assert _tree(imported) == [
        ("1", "Sovereignty is confirmed."),
        ("2", "The guarantee is given on these terms:\n\nThe guarantee is reviewed after ten "
              "years."),
        ("2(a)", "The United States is compensated."),
        ("2(b)", "It lapses if Ukraine invades Russia."),
        ("3", "Elections are held within 100 days.")]
    imported = _read(_GDOCS_TERMS.replace(
        "{paragraph}", '<p class="c10 c2"><span>Payment is made in annual parts.</span></p>'))
    assert _tree(imported)[3] == ("2(b)", "It lapses if Ukraine invades Russia.\n\nPayment "
                                          "is made in annual parts.")


def test_a_paragraph_in_an_item_after_its_nested_list_is_the_item_s() -> None:
    """``<li>Terms:<ol type="a">…</ol><p>…</p></li>``: the paragraph after the nested list
    is point 2's, not 2(b)'s; a paragraph inside the nested item stays its own."""
    page = ("<html><body><article><ol><li>Sovereignty is confirmed.</li><li>The guarantee is "
            "given on these terms:<ol type=\"a\"><li>The United States is compensated.</li>"
            "<li>It lapses if Ukraine invades Russia.<p>Both conditions are checked yearly."
            "</p></li></ol><p>The guarantee is reviewed after ten years.</p></li><li>Elections "
            "are held.</li></ol></article></body></html>")
    assert _tree(_read(page)) == [
        ("1", "Sovereignty is confirmed."),
        ("2", "The guarantee is given on these terms:\n\nThe guarantee is reviewed after ten "
              "years."),
        ("2(a)", "The United States is compensated."),
        ("2(b)", "It lapses if Ukraine invades Russia.\n\nBoth conditions are checked "
                 "yearly."),
        ("3", "Elections are held.")]


def test_list_items_numbered_by_a_site_s_own_counter() -> None:
    """A site numbers its lists by its own counter (``.plan ol > li::before { content:
    counter(p) ". " }``): reset on the box round them, it counts on across lists that a
    paragraph or a heading splits (the page shows 1, 2, 3, 4, 5: they were read 1, 2, then 1,
    2 and 1 again, three parts); reset to 10 on the list, with a word before it ("Пункт
    11."), it starts at 11."""
    sheet = (".plan{counter-reset:p}.plan ol{list-style:none;padding:0}"
             ".plan ol > li{counter-increment:p}"
             ".plan ol > li::before{content:counter(p) \". \";font-weight:bold}")
    page = (f"<html><head><style>{sheet}</style></head><body><article><div class=\"plan\">"
            "<ol><li>Both sides stop firing along the line.</li><li>Troops pull back ten "
            "kilometres.</li></ol><p>The next part deals with people.</p><ol><li>All "
            "detainees are swapped.</li><li>Children return home.</li></ol><h2>Politics</h2>"
            "<ol><li>A vote is held within a hundred days.</li></ol></div></article></body>"
            "</html>")
    assert [n for n, _ in _tree(_read(page))] == ["1", "2", "3", "4", "5"]
    sheet = (".plan ol{list-style:none;counter-reset:p 10}"
             ".plan ol > li::before{counter-increment:p;content:\"Пункт \" counter(p) \". \"}")
    page = (f"<html><head><style>{sheet}</style></head><body><article><div class=\"plan\">"
            "<ol><li>Both sides stop firing along the line.</li><li>Troops pull back ten "
            "kilometres.</li><li>All detainees are swapped.</li></ol></div></article></body>"
            "</html>")
    assert [n for n, _ in _tree(_read(page))] == ["11", "12", "13"]


def test_a_site_s_counter_that_starts_afresh_with_each_list() -> None:
    """Counters that restart with each list keep each list's own numbers: reset on every
    ``ol`` (a tag's rule, no class), reset nowhere (a counter then starts afresh with each
    list), or the built-in ``counter(list-item)``. They were read 1-3 then 4, 5, or all 0."""
    lists = ("<ol><li>Both sides stop firing along the line.</li><li>Troops pull back ten "
             "kilometres.</li><li>All detainees are swapped.</li></ol><h2>Next steps</h2><ol>"
             "<li>Talks resume in Geneva.</li><li>Leaders meet.</li></ol>")
    for sheet in ("ol{list-style:none;counter-reset:item}"
                  "ol li::before{counter-increment:item;content:counter(item) \". \"}",
                  "ol{list-style:none}"
                  "ol li::before{counter-increment:item;content:counter(item) \". \"}",
                  ".entry-content ol{list-style:none}"
                  ".entry-content ol li::before{content:counter(list-item) \". \"}"):
        page = (f"<html><head><style>{sheet}</style></head><body><article><div class=\""
                f"entry-content\">{lists}</div></article></body></html>")
        assert [n for n, _ in _tree(_read(page))] == ["1", "2", "3", "1", "2"], sheet


def test_a_google_docs_footnote_with_a_short_numeric_text_is_kept() -> None:
    """A footnote whose text is short and holds a number ("[1] About 200 billion euros.")
    read as a link card with its date beside it and left out: a link back to the note's
    mark (``#ftnt_ref1``) stays in the page, never a card to another story."""
    page = GDOCS_FULL.replace("&nbsp;As in the memorandum of 1994.", "&nbsp;About 200 billion "
                              "euros.")
    assert "About 200 billion euros." in page
    imported = _read(page, "gdocs.html")
    assert _tree(imported) == FULL_POINTS
    assert "About 200 billion euros." in (imported.plan.notes or "")
    assert not any("link card" in f.message for f in imported.report.findings)


def test_a_google_doc_published_to_the_web_leaves_its_banner_and_interval_out() -> None:
    """A document published with Google Docs' "Publish to the web": the export's body in
    ``div#contents`` under the service's own lines, the banner ("Published using Google
    Docs", "Learn more", "Report abuse") and the header's file name over "Updated
    automatically every 5 minutes". The interval line ran into the notes with the file
    name ("Draft framework Updated automatically every 5 minutes")."""
    body = GDOCS_NESTED[GDOCS_NESTED.index('<p class="c2 title">'):GDOCS_NESTED.index(
        "</body>")]
    page = (GDOCS_NESTED[:GDOCS_NESTED.index("<body")]
            + '<body><div id="banners"><div id="publish-banner"><span class="publish-banner-'
            'text">Published using Google Docs</span><a href="#">Learn more</a><a href="#">'
            'Report abuse</a></div></div><div id="header"><div id="title">Draft framework'
            '</div><div id="interval"><span>Updated automatically every 5 minutes</span>'
            f'</div></div><div id="contents"><div class="c4 doc-content">{body}</div></div>'
            '<div id="footer"><div id="footer-text">Published by <a href="#">Google Docs'
            '</a>–<a href="#">Report abuse</a>–Updated automatically every 5 minutes</div>'
            '</div></body></html>')
    imported = _read(page)
    assert _tree(imported) == NESTED_POINTS
    notes = imported.plan.notes or ""
    assert "Updated automatically" not in notes and "Report abuse" not in notes
    assert "The parties agree as follows." in notes


def test_a_notion_callout_is_read_into_the_notes() -> None:
    """Notion writes a callout block as ``<figure class="callout">`` (its icon, then the
    text): it was left out whole, as a figure round an image is, with no word in the
    report; it is the writer's own note, and goes to the notes, the points unchanged."""
    items = ["Ukraine's sovereignty is reaffirmed.", "Ukraine receives strong guarantees.",
             "The armed forces remain at 800,000."]
    lists = [f"<ol type=\"1\" class=\"numbered-list\" start=\"{n}\"><li>{text}</li></ol>"
             for n, text in enumerate(items, 1)]
    callout = ("<figure class=\"block-color-gray_background callout\" style=\"white-space:"
               "pre-wrap;display:flex\" id=\"c{n}\"><div style=\"font-size:1.5em\"><span "
               "class=\"icon\">💡</span></div><div style=\"width:100%\">{text}</div></figure>")
    lists.insert(2, callout.format(n=1, text="Point 2 was softened in Geneva."))
    lists.append(callout.format(n=2, text="Check the numbers against the European text."))
    page = ("<html><body><article class=\"page sans\"><header><h1 class=\"page-title\">Notes"
            f"</h1></header><div class=\"page-body\">{''.join(lists)}</div></article>"
            "</body></html>")
    imported = import_bytes(page.encode(), "notion.html", ".html", REQUEST)
    assert _sub_tree(imported) == [(str(n), text, []) for n, text in enumerate(items, 1)]
    notes = imported.plan.notes or ""
    assert "Point 2 was softened in Geneva." in notes
    assert "Check the numbers against the European text." in notes
    assert "💡" not in notes  # the callout's icon
