"""Office suites' "save as web page": Google Docs' HTML export, Word's "Web Page" (and
"Web Page, Filtered"), LibreOffice Writer's HTML and pandoc's. Google Docs writes every list
level as its own sibling ``<ol>``/``<ul>`` (the level in the class ``lst-kix_<list>-<level>``,
the continuation in ``start=``), the marker only in the style sheet and the indentation only
in class rules; its comments and footnotes follow the body, linked back to their marks.
Word marks list paragraphs with ``mso-list:l0 level2 lfo1`` and writes the marker as text.
The Google and Word pages are built as the programs write them; LibreOffice's and pandoc's
are made here by the programs themselves."""

from __future__ import annotations

from plandiff.plans.intake import DraftRequest, ImportedDraft, import_bytes

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
