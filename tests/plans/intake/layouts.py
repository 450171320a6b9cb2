"""Press layouts of a numbered draft, written in the project's own words (no article prose),
each with the structure a reader sees, and the same draft rendered as the files a user gets:
a saved news page, a Word .docx (typed numbers, or Word's automatic numbering), and PDFs."""

from __future__ import annotations

import html
import io
import re
import zipfile
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Pt:
    number: str
    text: str
    title: str | None = None
    notes: str | None = None
    points: tuple[Pt, ...] = ()


@dataclass(frozen=True)
class Layout:
    name: str
    text: str
    """The draft as circulated (plain text; leading spaces are indentation)."""
    expected: tuple[Pt, ...]
    title: str | None = None
    language: str = "en"
    auto: bool = True
    """Whether the structure can be written with automatic numbering (no titled points with
    text of their own)."""
    notes_in_auto: tuple[str, ...] = field(default=())


def P(number: str, text: str, *points: Pt, title: str | None = None,
      notes: str | None = None) -> Pt:
    return Pt(number, text, title, notes, tuple(points))


LAYOUTS: tuple[Layout, ...] = (
    Layout("numbered", """# Framework in three points

1. The parties confirm the country's sovereignty.
2. A joint commission watches the line of contact.
3. Sanctions are eased in stages once the ceasefire holds.
""", (P("1", "The parties confirm the country's sovereignty."),
      P("2", "A joint commission watches the line of contact."),
      P("3", "Sanctions are eased in stages once the ceasefire holds.")),
        title="Framework in three points"),
    Layout("number-sign", """#1 The parties confirm the country's sovereignty.
#2 A joint commission watches the line of contact.
#3 Sanctions are eased in stages once the ceasefire holds.
""", (P("1", "The parties confirm the country's sovereignty."),
      P("2", "A joint commission watches the line of contact."),
      P("3", "Sanctions are eased in stages once the ceasefire holds."))),
    Layout("numero-sign", """Проєкт рамкової угоди

№1. Сторони підтверджують суверенітет держави.
№ 2. Спільна комісія стежить за лінією розмежування.
Пункт №3. Санкції знімають поетапно.
""", (P("1", "Сторони підтверджують суверенітет держави."),
      P("2", "Спільна комісія стежить за лінією розмежування."),
      P("3", "Санкції знімають поетапно.")), language="uk"),
    Layout("dot-paren", """1.) The parties confirm the country's sovereignty.
2.) A joint commission watches the line of contact.
3.) Sanctions are eased in stages once the ceasefire holds.
""", (P("1", "The parties confirm the country's sovereignty."),
      P("2", "A joint commission watches the line of contact."),
      P("3", "Sanctions are eased in stages once the ceasefire holds."))),
    Layout("point-headings", """Point 1
The parties confirm the country's sovereignty.
Point 2
Both sides refrain from attacks on energy sites.
Point 3
Prisoners go home in an all-for-all exchange.
""", (P("1", "The parties confirm the country's sovereignty."),
      P("2", "Both sides refrain from attacks on energy sites."),
      P("3", "Prisoners go home in an all-for-all exchange."))),
    Layout("point-and-paragraph", """Point 1. A ceasefire begins on signature.
Point 2. Monitors deploy within a month.
Paragraph 3. Elections are held within a hundred days.
Paragraph 4. A fund pays for rebuilding schools.
Point 5. The agreement binds all signatories.
""", (P("1", "A ceasefire begins on signature."),
      P("2", "Monitors deploy within a month."),
      P("3", "Elections are held within a hundred days."),
      P("4", "A fund pays for rebuilding schools."),
      P("5", "The agreement binds all signatories."))),
    Layout("punkt", """Пункт 1. Сторони підтверджують суверенітет держави.
Пункт 2. Спільна комісія стежить за лінією розмежування.
Пункт 3. Санкції знімають поетапно.
""", (P("1", "Сторони підтверджують суверенітет держави."),
      P("2", "Спільна комісія стежить за лінією розмежування."),
      P("3", "Санкції знімають поетапно.")), language="uk"),
    Layout("kou", """第１項　当事者は国家の主権を確認する。
第２項　合同委員会が接触線を監視する。
第３項　制裁は段階的に緩和される。
""", (P("1", "当事者は国家の主権を確認する。"),
      P("2", "合同委員会が接触線を監視する。"),
      P("3", "制裁は段階的に緩和される。")), language="ja"),
    Layout("colon", """1: The parties confirm the country's sovereignty.
2: A joint commission watches the line of contact.
3: Sanctions are eased in stages.
""", (P("1", "The parties confirm the country's sovereignty."),
      P("2", "A joint commission watches the line of contact."),
      P("3", "Sanctions are eased in stages."))),
    Layout("bracket", """9. Frozen funds stay frozen until a settlement.
10 [There will be] a reconstruction fund under joint control.
11 [Both sides agree] to exchange civilian detainees.
""", (P("9", "Frozen funds stay frozen until a settlement."),
      P("10", "[There will be] a reconstruction fund under joint control."),
      P("11", "[Both sides agree] to exchange civilian detainees."))),
    Layout("ordinal", """1.º The parties confirm the country's sovereignty.
2.º A joint commission watches the line of contact.
3.º Sanctions are eased in stages.
""", (P("1", "The parties confirm the country's sovereignty."),
      P("2", "A joint commission watches the line of contact."),
      P("3", "Sanctions are eased in stages."))),
    Layout("run-on", "1. The parties confirm the country's sovereignty.2. A non-aggression "
           "pact covers all neighbours. 3. A joint commission watches the line of contact.\n",
           (P("1", "The parties confirm the country's sovereignty."),
      P("2", "A non-aggression pact covers all neighbours."),
      P("3", "A joint commission watches the line of contact."))),
    Layout("bullets", """1. The ceasefire starts on signature.
2. Security guarantees include:
• air defence supplied by partners;
• a monitoring mission on the line;
• a review after one year.
3. Elections follow within a hundred days.
""", (P("1", "The ceasefire starts on signature."),
      P("2", "Security guarantees include:",
        P("2.1", "air defence supplied by partners;"),
        P("2.2", "a monitoring mission on the line;"),
        P("2.3", "a review after one year.")),
      P("3", "Elections follow within a hundred days."))),
    Layout("indented", """9. Sanctions are eased in stages.
10. US guarantee:
    the United States shares intelligence;
    partners supply air defence;
    a joint fund pays for repairs;
    a review takes place each year.
11. The agreement binds all signatories.
""", (P("9", "Sanctions are eased in stages."),
      P("10", "US guarantee:",
        P("10.1", "the United States shares intelligence;"),
        P("10.2", "partners supply air defence;"),
        P("10.3", "a joint fund pays for repairs;"),
        P("10.4", "a review takes place each year.")),
      P("11", "The agreement binds all signatories."))),
    Layout("topic-headings", """1. Security and political status
• the army is capped in peacetime;
• no foreign bases in the east;
• a buffer zone is demilitarised.
2. Economy and rebuilding
• frozen funds finance rebuilding;
• trade links are restored in stages.
""", (P("1", "", P("1.1", "the army is capped in peacetime;"),
        P("1.2", "no foreign bases in the east;"),
        P("1.3", "a buffer zone is demilitarised."), title="Security and political status"),
      P("2", "", P("2.1", "frozen funds finance rebuilding;"),
        P("2.2", "trade links are restored in stages."), title="Economy and rebuilding"))),
    Layout("asides", """1. The army is capped at 800,000 in peacetime.
(in the earlier version the cap was 600,000)
2. Elections follow within a hundred days. (Date not yet agreed – Ed.)
3. A fund pays for rebuilding schools.
""", (P("1", "The army is capped at 800,000 in peacetime.",
        notes="(in the earlier version the cap was 600,000)"),
      P("2", "Elections follow within a hundred days.",
        notes="(Date not yet agreed – Ed.)"),
      P("3", "A fund pays for rebuilding schools."))),
    Layout("letters", """1) The ceasefire covers:
a) land operations;
b) strikes from the air;
c) naval blockades.
2) Monitors report each week.
""", (P("1", "The ceasefire covers:", P("1(a)", "land operations;"),
        P("1(b)", "strikes from the air;"), P("1(c)", "naval blockades.")),
      P("2", "Monitors report each week."))),
    Layout("fullwidth", """１．当事者は国家の主権を確認する。
２．合同委員会が接触線を監視する。
３．制裁は段階的に緩和される。
""", (P("1", "当事者は国家の主権を確認する。"),
      P("2", "合同委員会が接触線を監視する。"),
      P("3", "制裁は段階的に緩和される。")), language="ja"),
    Layout("dash-items", """Item 1: Detainees are exchanged all for all.
– civilians first;
– then the wounded.
Item 2: Children return to their families.
""", (P("1", "Detainees are exchanged all for all.", P("1.1", "civilians first;"),
        P("1.2", "then the wounded.")),
      P("2", "Children return to their families."))),
)


# --- renderings --------------------------------------------------------------------------

_INDENT = re.compile(r"^( +)")


def news_page(body: str, title: str = "Draft text") -> str:
    """A saved news page around ``body``: navigation, share bar, cookie notice, related links
    and a footer that must not reach a point."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)} | Example News</title>
<script>var tracking = "1. not a point";</script><style>body{{font-family:sans-serif}}</style>
</head><body>
<header><nav><ul><li>1. Home</li><li>2. World</li><li>3. Opinion</li></ul></nav></header>
<div class="cookie-banner">We use cookies. 1. Accept 2. Reject</div>
<main><article>
<div class="share-bar"><a href="#">Share</a> 1. Facebook 2. X</div>
{body}
<aside class="related"><h3>Related</h3><ol><li>Earlier plan text</li><li>Analysis</li></ol></aside>
</article></main>
<footer><p>1. Terms 2. Privacy. © Example News</p></footer>
</body></html>
"""


def print_page(body: str, title: str = "Draft text") -> str:
    """A plain document for printing, with a running header and page numbers (WeasyPrint
    prints the margin boxes; a browser adds its own date, title, URL and page lines)."""
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>
@page {{ size: A4; margin: 2.5cm 2cm;
  @top-center {{ content: "Example News - draft text as circulated"; font-size: 8pt }}
  @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 8pt }} }}
body {{ font-family: "Noto Sans", "IPAexGothic", sans-serif; font-size: 11pt }}
</style></head><body>
{body}
</body></html>
"""


def typed_body(layout: Layout) -> str:
    """One ``<p>`` per line of the typed draft; indented lines get a left margin."""
    parts = []
    for line in layout.text.splitlines():
        if not line.strip():
            continue
        if line.startswith("# "):
            parts.append(f"<h1>{html.escape(line[2:])}</h1>")
            continue
        indent = _INDENT.match(line)
        style = ' style="margin-left:2em"' if indent else ""
        parts.append(f"<p{style}>{html.escape(line.strip())}</p>")
    return "\n".join(parts)


def typed_html(layout: Layout) -> str:
    return news_page(typed_body(layout))


def _sub_kind(number: str) -> str:
    if re.search(r"\([a-z]\)$", number):
        return "letter"
    if re.search(r"\((?:[ivx]+)\)$", number):
        return "roman"
    if re.search(r"\(\d+\)$", number):
        return "decimal"
    return "bullet"


def list_html(layout: Layout) -> str:
    """The structure as ``<ol start=…>`` with nested lists (automatic numbering)."""
    def items(points: tuple[Pt, ...], depth: int) -> str:
        out = []
        for p in points:
            body = html.escape(p.title or p.text)
            if p.title and p.text:
                body += "<br>" + html.escape(p.text)
            if p.notes:
                body += "<br>" + html.escape(p.notes)
            if p.points:
                kind = _sub_kind(p.points[0].number)
                tag = "ul" if kind == "bullet" else "ol"
                kind_attr = {"letter": ' type="a"', "roman": ' type="i"'}.get(kind, "")
                body += f"<{tag}{kind_attr}>{items(p.points, depth + 1)}</{tag}>"
            out.append(f"<li>{body}</li>")
        return "".join(out)

    first = re.match(r"\d+", layout.expected[0].number)
    start = f' start="{first.group()}"' if first and first.group() != "1" else ""
    head = f"<h1>{html.escape(layout.title)}</h1>" if layout.title else ""
    return news_page(f"{head}<ol{start}>{items(layout.expected, 0)}</ol>")


# --- Word --------------------------------------------------------------------------------

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_PKG = "http://schemas.openxmlformats.org/package/2006"
_OOXML = "application/vnd.openxmlformats-officedocument.wordprocessingml"
_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<Types xmlns="{_PKG}/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{_OOXML}.document.main+xml"/>'
    f'<Override PartName="/word/numbering.xml" ContentType="{_OOXML}.numbering+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{_OOXML}.styles+xml"/>'
    "</Types>")
_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<Relationships xmlns="{_PKG}/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>')
_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<Relationships xmlns="{_PKG}/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/numbering" Target="numbering.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/styles" Target="styles.xml"/></Relationships>')
"""The document's links to its numbering and styles (Word and LibreOffice read them by
these, not by the parts' names)."""
_STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{_W}">
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style>
</w:styles>"""


@dataclass(frozen=True)
class Para:
    text: str
    num: int | None = None
    level: int = 0
    indent: int = 0
    style: str | None = None


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{html.escape(text, quote=False)}</w:t></w:r>'


def docx_bytes(paragraphs: list[Para], levels: dict[int, tuple[str, str]] | None = None,
               start: int = 1) -> bytes:
    """A minimal, valid .docx; ``levels`` maps a list level to (numFmt, lvlText)."""
    body = []
    for p in paragraphs:
        props = []
        if p.style:
            props.append(f'<w:pStyle w:val="{p.style}"/>')
        if p.num is not None:
            props.append(f'<w:numPr><w:ilvl w:val="{p.level}"/><w:numId w:val="{p.num}"/>'
                         "</w:numPr>")
        if p.indent:
            props.append(f'<w:ind w:left="{p.indent}"/>')
        ppr = f"<w:pPr>{''.join(props)}</w:pPr>" if props else ""
        body.append(f"<w:p>{ppr}{_run(p.text)}</w:p>")
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{_W}"><w:body>{"".join(body)}'
                "<w:sectPr/></w:body></w:document>")
    lvls = []
    for ilvl, (fmt, text) in sorted((levels or {0: ("decimal", "%1.")}).items()):
        lvl_start = start if ilvl == 0 else 1
        lvls.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{lvl_start}"/>'
                    f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="{html.escape(text)}"/>'
                    f'<w:pPr><w:ind w:left="{720 * (ilvl + 1)}" w:hanging="360"/></w:pPr>'
                    "</w:lvl>")
    numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 f'<w:numbering xmlns:w="{_W}"><w:abstractNum w:abstractNumId="0">'
                 f'{"".join(lvls)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId '
                 'w:val="0"/></w:num></w:numbering>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("word/document.xml", document)
        archive.writestr("word/_rels/document.xml.rels", _DOCUMENT_RELS)
        archive.writestr("word/numbering.xml", numbering)
        archive.writestr("word/styles.xml", _STYLES)
    return out.getvalue()


def typed_docx(layout: Layout) -> bytes:
    """One paragraph per line of the typed draft (numbers typed as text)."""
    paragraphs = []
    for line in layout.text.splitlines():
        if not line.strip():
            continue
        if line.startswith("# "):
            paragraphs.append(Para(line[2:], style="Title"))
            continue
        indent = _INDENT.match(line)
        paragraphs.append(Para(line.strip(), indent=720 if indent else 0))
    return docx_bytes(paragraphs)


_FORMATS = {"bullet": ("bullet", "•"), "letter": ("lowerLetter", "%{n})"),
            "roman": ("lowerRoman", "(%{n})"), "decimal": ("decimal", "(%{n})")}


def auto_docx(layout: Layout) -> bytes:
    """The structure with Word's automatic numbering (levels, start value)."""
    paragraphs: list[Para] = []
    levels: dict[int, tuple[str, str]] = {0: ("decimal", "%1.")}

    def add(points: tuple[Pt, ...], level: int) -> None:
        for p in points:
            paragraphs.append(Para(p.title or p.text, num=1, level=level))
            if p.notes:
                paragraphs.append(Para(p.notes))
            if p.points:
                fmt, text = _FORMATS[_sub_kind(p.points[0].number)]
                levels[level + 1] = (fmt, text.replace("{n}", str(level + 2)))
                add(p.points, level + 1)

    if layout.title:
        paragraphs.append(Para(layout.title, style="Title"))
    add(layout.expected, 0)
    first = re.match(r"\d+", layout.expected[0].number)
    return docx_bytes(paragraphs, levels, int(first.group()) if first else 1)
