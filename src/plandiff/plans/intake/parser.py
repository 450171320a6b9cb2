"""The one line parser: the lines of a draft (any format) → a tree of numbered points.

Rules, line by line:

- ``# Title`` (one ``#``) before the first point is the version's title.
- A line opens top-level point N when it starts with ``N.``, ``N)``, ``N、``, ``N.º``/``Nº``,
  ``N:``, ``N [``, ``N – `` or ``N/`` before a word (N a whole number, ASCII or full-width
  digits; "1.5 billion" and "10:30" are not markers; ``:`` and ``[`` only after at most three
  digits, so "2025: a year" is text), ``N.)`` as ``N.``; a number sign may come before N
  (``#1``, ``№ 1``, ``No. 1``, ``Point #1:``, ``Пункт №1``), and then a space and a word
  after N are marker enough,
  optionally after indentation, a Markdown heading or list marker (``#``, ``-``, ``*``, ``+``,
  ``•`` ...), bold (``**6.**``) or a word (``Point``, ``Paragraph``, ``Article``, ``Section``,
  ``Clause``, ``Item``, ``Пункт``, ``Стаття``, ``Статья`` ...). With the word, ``:`` or a dash
  also work, and a heading line with nothing after the number (``Point 5``) opens the point too;
  "Article 5 of the treaty ..." is running text, but a heading line (``## Article 1 Purpose``)
  opens the point with a word and a title after the number alone. After such a word, a short
  remainder that is not a sentence becomes the point's title when the line is a Markdown
  heading or the number is followed by a colon or dash and more text or sub-points follow; so
  does the rest of a numbered heading line (``## 3. Security guarantees`` then its text).
- Point N also opens in the middle of a line, right after a finished sentence
  (``…sovereignty.2. Non-aggression…``), when N is the next number expected.
- Inside a point opened by an article word (or by ``第N条``), plain ``N.`` lines counting up from
  1 are the numbered paragraphs of that article (sub-points ``2(1)``, ``2(2)``). ``第N条`` and
  ``第N項`` (kanji numerals too) open top-level points; a label in brackets right after
  ``第1条（目的）`` becomes the title.
- Inside a point, ``a)``, ``(a)``, ``a.``, ``(i)``, ``i)``, ``(1)``, ``（１）``, ``①`` and the
  Cyrillic ``а)``, ``(б)`` open
  sub-points; so do bullets (``• → ・ – - * ◦ ▪``) and, under a line ending in a colon, lines
  indented further than it (one sub-point a line). Each marker style is one outline level: a
  new style nests under the open sub-point, a style already open closes the deeper levels.
  Bulleted and indented items are numbered ``10.1``, ``10.2`` in order.
- A numbered line that is short, has no closing punctuation and has only sub-points under it
  (a topic heading: ``1. Security and political status`` with bullets) keeps that line as the
  point's title, not its text.
- Lines that are plainly editorial (``… – Ed.``, ``[Editor's note: …]``, ``(in the earlier
  version …)``) go to the notes of the point they sit in, not its text; so does such a
  parenthesis at the end of a line.
- A further paragraph of a point that is a quotation with its speaker (``"…," one official
  said.``, ``«…» – Name``: a news page's pull quote, once the page is a Word file or a PDF),
  or a quotation alone after a finished sentence that does not introduce it, goes to the
  point's notes; so does a quotation with its speaker run into a point's paragraph after a
  finished sentence, and a sentence in quotation marks set in the middle of a point's
  sentence (a paragraph, a line or a large "heading" between two halves whose second goes
  on in small letters; the halves are joined again). The article's prose after the list
  leaves the last point (see :func:`_prose_after`).
- Every other non-blank line continues the current point, joined with one space; a blank line
  inside a point is a paragraph break (``"\\n\\n"``).
- A part heading alone on its line (``Part B``, ``PART II — ECONOMY``, ``Розділ 2``,
  ``第2章``) is a heading like a Markdown one. When the numbering restarts at 1 right after
  a heading, the points from there on are a new part (``Node.part``; ids ``part2-p1``).
- A numbered line indented further than the point above it, numbered from 1 again (a
  Markdown list in a list), is that point's sub-point ``2(1)``, as Word's and a page's
  nested lists are read. When every top-level item is a short heading with only items
  numbered 1, 2 ... under it (a multi-level list: ``1. Security`` / ``1.1 …``), the items
  are the points and the headings part headings (:func:`_outline_parts`).
- Text before the first point, and Markdown headings between points that open no point, go into
  the version's ``notes`` (nothing is lost; the structure report counts them). Such a heading
  ends the point before it: the plain text under it ("Sources", "Annex", "Related stories"
  after the list) goes to the notes with the heading, not into the last point. After the first
  point, a line that is only such a heading's words ("Related", "Read more", "Читайте
  також", "関連記事", "Notes") is that heading, as a plain-text copy or a PDF prints it; so
  is a live blog's time stamp alone after a finished sentence (``10:15 GMT``).

With ``points_by="lines"`` there are no markers to find: every line (or every paragraph, when
the draft's paragraphs span several lines) is one point, numbered from 1.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from plandiff.plans.intake.bullets import (
    BULLET_LINE,
    BULLETS,
    number_bullets,
    split_run_in_items,
)
from plandiff.plans.intake.lines import NOTES_WORDS, Line, join_wrapped, roman_label
from plandiff.plans.intake.reporting import (
    OPENING_QUOTES,
    bare_quotation,
    commentary,
    interrupting_quotation,
    narrative,
    quotations_with_speaker,
)
from plandiff.plans.intake.sentences import (
    CLAUSE_END,
    CLOSERS,
    SENTENCE_END,
    ends_clause,
    goes_on_across,
    runs_on,
    runs_on_named,
)

__all__ = ["FW_DIGITS", "Node", "Parse", "TooManyPoints", "parse_lines"]

FW_DIGITS = str.maketrans(
    "０１２３４５６７８９ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
    "0123456789abcdefghijklmnopqrstuvwxyz",
)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f]")
_KEYWORDS = (r"(?:point|paragraph|para\.|article|section|clause|item|art\.|§|пункт|стаття"
             r"|статья|параграф|punkt|punto|artículo|artigo)")
_LEAD = (rf"^(?P<indent>[ \t\u3000]*)(?:#{{1,6}}[ \t]+)?(?:[{BULLETS}][ \t]+)?"
         r"(?P<bold>\*\*|__)?[ \t]*")
_SIGN = r"(?:[#№][ \t]?|No\.[ \t]?)"
"""A number sign before a point's number: ``#1``, ``№ 1``, ``No. 1``, ``Point #1``."""
_TAIL = r"(?:\*\*|__)?(?:[ \t\u3000]+|$|(?=[^\s0-9.,:]))(?P<rest>.*)$"
"""After a marker: a space, the end of the line, or text that cannot continue a number
(１．全文, 1.Text; not 1.5, not 10:30)."""
_TOP = re.compile(
    _LEAD
    + rf"(?:(?P<kw>{_KEYWORDS})[ \t]*{_SIGN}?(?P<knum>[0-9０-９]{{1,5}})[ \t]*"
    r"(?:(?P<ksep>[.．:：)）\-–—])|(?=(?:\*\*|__)?[ \t]*$)|(?=[ \t]*\[))"
    rf"|{_SIGN}?(?P<num>[0-9０-９]{{1,5}})[ \t]*(?:[.．]?[ \t]*[º°ª]\.?|[.．][)）]?|[)）、])"
    rf"|{_SIGN}?(?P<short>[0-9０-９]{{1,3}})(?:[ \t]*[:：]|[ \t]+(?=\[))"
    rf"|{_SIGN}?(?P<dash>[0-9]{{1,3}})(?:[ \t]+[–—-]|/)(?=[ \t]+(?:[^\W\d_]|[«“\"'‘]))"
    rf"|{_SIGN}(?P<signed>[0-9０-９]{{1,3}})(?=[ \t]+(?:[^\W\d_]|[«“\"'‘])))"
    + _TAIL,
    re.IGNORECASE,
)
_HEADING_ARTICLE = re.compile(
    rf"^(?P<indent>[ \t\u3000]*)#{{1,6}}[ \t]+(?P<bold>\*\*|__)?[ \t]*(?P<kw>{_KEYWORDS})[ \t]*"
    r"(?P<knum>[0-9０-９]{1,5})(?:\*\*|__)?[ \t]+(?P<rest>[^\W\d_].*)$",
    re.IGNORECASE,
)
"""A heading that names its point with a word, a number and a title and no separator
(``## Article 1 Purpose``, Word's "Heading 2" article lines): in running text, "Article 5 of
the treaty" is not a marker, but a heading line is."""
_HEADING_NUMBER = re.compile(r"^(?P<indent>[ \t\u3000]*)#{1,6}[ \t]+(?P<bold>\*\*|__)?"
                             r"(?P<num>[0-9０-９]{1,5})(?:\*\*|__)?[ \t]*(?P<rest>)$")
"""A heading that is a number alone (``### 5``, a web page's ``<h3>5</h3>``) opens that point."""
_SUFFIXED = re.compile(
    _LEAD + r"(?P<num>[0-9]{1,5})(?P<suffix>[A-Z])(?:\*\*|__)?[.)]?(?:\*\*|__)?[ \t]+"
    r"(?P<rest>\S.*)$")
"""A point inserted after point N and numbered ``NA`` (``9A.``, ``9A``): a sub-point of N whose
number is ``9A``, as the 20-point framework numbers its added clause; only right under
point N, so "5G networks" is text."""
_KANJI_NUMERALS = "〇零一二三四五六七八九十百千"
_JA_ARTICLE = re.compile(
    _LEAD
    + rf"第[ \t]*(?P<num>[0-9０-９]{{1,5}}|[{_KANJI_NUMERALS}]{{1,8}})[ \t]*(?P<unit>[条項])"
    r"(?:[ \t\u3000]*[（(](?P<title>[^）)\n]{1,100})[）)])?"
    r"(?:\*\*|__)?[ \t\u3000:：.．、]*(?P<rest>.*)$"
)
_JA_RUNNING = re.compile(r"[にのをがはとでもへや]")
"""A particle right after ``第5条``: the article is named in a sentence (``第5条にならった``),
not headed (``第5条（目的）``, ``第5条　締約国は``)."""
_JA_PARAGRAPH = re.compile(r"^[ \t\u3000]*(?P<num>[0-9０-９]{1,2})[ \t\u3000]+"
                           r"(?P<rest>[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff5e].*)$")
"""A paragraph number of a Japanese article: ``２　締約国は…`` (no dot, a space, Japanese
text)."""
_DECIMAL = re.compile(_LEAD + r"(?P<parts>[0-9]{1,3}(?:\.[0-9]{1,3}){1,3})(?P<dot>\.)?"
                      r"(?:\*\*|__)?[ \t]+(?P<rest>\S.*)$")
"""A sub-point numbered ``1.1.``, ``1.2``, ``1.2.1.`` (see :func:`_decimal_sub`)."""
_BARE_NUMBER = re.compile(r"^[ \t\u3000]*(?:\*\*|__)?(?P<num>[0-9０-９]{1,3})(?:\*\*|__)?"
                          r"[ \t\u3000]*$")
"""A number alone on a line (a page's number box, pasted): it opens the next point only."""
_KANJI_ITEM = re.compile(_LEAD + r"(?P<num>[一二三四五六七八九十]{1,3})[、．][ \t\u3000]*"
                         r"(?:\*\*|__)?(?P<rest>\S.*)$")
"""A point numbered in kanji (``一、``, ``二．``), as some Japanese summaries number them."""
_SECTION = re.compile(r"^[ \t]*(?:\*\*|__)?(?P<numeral>[IVX]{1,5})\.(?:\*\*|__)?[ \t]+"
                      r"(?P<rest>[^\W\d_][^.;:!?。]{0,80})$")
"""A part heading between numbered points (``II. Security``: a capital Roman numeral, the
next in order from ``I.``, a few words, no closing punctuation): it closes the point before
it and goes to the notes, as a Markdown heading would."""
_PART = re.compile(
    r"^[ \t]*(?:\*\*|__)?(?:(?i:part|chapter|annex|section|розділ|частина|раздел|часть|глава)"
    r"[ \t]+"
    r"(?:[IVXLC]{1,6}|[0-9]{1,2}|[A-Z]|(?i:one|two|three|four|five|six|seven|eight|nine|ten))"
    r"|第[ \t]*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})[ \t]*[章部編])(?![^\W_])"
    r"(?:\*\*|__)?(?:[ \t\u3000]*[.:：．–—-])?(?:[ \t\u3000]*(?P<title>[^\W\d_][^.;:!?。]{0,80}))?"
    r"[ \t\u3000]*$"
)
"""A part heading alone on its line, as a pasted copy or a Word file without heading
styles prints it (``Part B``, ``PART II — ECONOMY``, ``Section II``, ``Розділ 2``, ``第2章``):
it ends the point before it and goes to the notes, as a Markdown heading would. (``Section
2`` with a digit is read first as point 2 opened by a word.)"""
_ROMAN = r"[ivxlcdm]{1,6}"
_SUB = re.compile(
    _LEAD
    + r"(?:[(（][ \t]*(?P<plabel>(?P<pch>[a-zａ-ｚ])(?P=pch)?|[ivxlcdm]{2,6}|[0-9０-９]{1,3})"
    r"[ \t]*[)）]"
    r"|(?P<label>(?P<ch>[a-z])(?P=ch)?|[ivxlcdm]{2,6})[.)）．](?=[ \t]|$|[^\x00-\x7f])"
    r"|(?P<circled>[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf])"
    r"|[(（]?(?P<cyr>[а-яіїєґ])[)）])"
    + _TAIL,
)
_HEADING = re.compile(r"^[ \t]*(?P<hashes>#{1,6})[ \t]+(?P<text>.*?)[ \t]*#*[ \t]*$")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f]")
"""Spaces other than the ASCII and ideographic ones (no-break, thin, figure ...): a pasted
``1.&nbsp;Text`` opens point 1 like ``1. Text``."""
_KEYCAP = re.compile(r"^(?P<indent>[ \t]*)(?:(?P<num>[0-9]{1,2})\ufe0f?\u20e3|\U0001f51f)[ \t]*")
"""A keycap emoji number (``1️⃣``, as Telegram channels number a plan's points): ``1. ``."""
_PAIRED_BOLD = re.compile(r"(?<![*\w])\*\*(?=[^\s*])(?P<a>[^*\n]*?[^\s*])\*\*(?![*\w])"
                          r"|(?<![_\w])__(?=[^\s_])(?P<b>[^_\n]*?[^\s_])__(?![_\w])")
"""Bold or italic words in a line (``**Sovereignty** is confirmed``, ``__a pact__``), as
Markdown and messengers (Telegram, WhatsApp) mark them: the marks are not the text. Marks
around a point's number (``**6.** Text``) go the same way."""
_QUOTES = re.compile(f"[{re.escape(OPENING_QUOTES)}]")
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff]")
"""Zero-width characters a web page or word processor leaves between words and markers."""
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_EMBEDDED = re.compile(
    r"(?<=[.!?;:：。．！？”\"’)\]])[ \t\u3000]*(?<![0-9][.．])(?P<num>[0-9０-９]{1,3})[ \t]*"
    r"[.．)）][ \t\u3000]*"
    r"(?=[^\W\d_]|[\[(«“\"'])")
"""A number opening a point right after a finished sentence on the same line."""
_AGENCIES = (r"AP|AFP|Reuters|dpa|EFE|ANSA|PAP|TASS|RIA Novosti|Interfax(?:-Ukraine)?|UNIAN"
             r"|Ukrinform|Kyodo|Jiji|Xinhua|Yonhap|Bloomberg|共同|時事|ロイター|新華社|聯合"
             r"|ТАСС|РИА Новости|Интерфакс|УНІАН|Укрінформ")
"""News agencies whose credit, alone on a line in brackets, ends a wire copy."""
_ED = r"(?:Ed|Eds|Red|ред|Ред|編注|編集部)\.?"
_ASIDE_LINE = re.compile(
    r"^[ \t]*(?:"
    rf"[(\[][^()\[\]]*[-–—][ \t]*{_ED}[)\]]"  # (… – Ed.)
    rf"|.*[-–—][ \t]*{_ED}[ \t]*$"  # … – Ed.
    r"|[(\[][ \t]*(?:ed(?:itor)?(?:'|’)?s?\.?[ \t]*note|note of the editors?|in the "
    r"(?:earlier|previous|original|first|leaked|initial|older|other) (?:version|draft|text|"
    r"copy)|примітка редакції|примечание редакции|編集部注|編注)[^\n]*[)\]][ \t]*$"
    r"|(?:editor(?:'|’)?s note|ed\. note|примітка редакції|примечание редакции)[ \t]*[:：.].*"
    rf"|[(（][ \t]*(?:{_AGENCIES})[ \t]*[)）]"  # (Reuters), （共同）: a wire credit
    r"|(?:related|read (?:more|also)|see also|also read|читайте (?:також|также)|関連記事)"
    r"[ \t]*[:：].*"  # a news page's cross-link inside the article
    r"|advertisement|реклама|広告"  # an ad slot's label, alone on a line
    r"|(?:[^\w\s(\[]{1,4}[ \t]*)?(?:sign up|subscribe|follow us|підпи(?:шіться|суйтесь)"
    r"|подпи(?:шитесь|сывайтесь))\b.{0,120}"
    r"|(?:get|receive) (?:our|the) .{0,40}newsletter.{0,80}"  # a newsletter or paywall box
    r"|(?:(?:additional|with)[ \t]+)?(?:reporting|writing|editing)(?:[ \t]+and[ \t]+\w+)?"
    r"[ \t]+by[ \t].{0,150}(?<![.!?;:])"  # a wire copy's credits, no closing period
    r")$",
    re.IGNORECASE,
)
_ASIDE_TAIL = re.compile(
    rf"[ \t]*(?P<aside>[(\[](?:[^()\[\]]*[-–—][ \t]*{_ED}|[ \t]*(?:in the (?:earlier|previous|"
    r"original|first|leaked|initial|older|other) (?:version|draft|text|copy)|ed(?:itor)?"
    r"(?:'|’)?s?\.?[ \t]*note)[^()\[\]]*)[)\]])[ \t]*$",
    re.IGNORECASE,
)
_FURNITURE_HEADING = re.compile(
    r"^(?:related(?: (?:stories|articles|news|coverage|content|topics))?|read (?:more|also|"
    r"next)|more (?:on|about|from) .{1,60}|more stories|most (?:read|popular|viewed|shared)"
    r"|popular(?: (?:now|stories))?|recommended(?: for you)?|you may also like|top stories|"
    r"latest(?: news| stories)?|trending|editor(?:'|’)?s picks|comments?|share this"
    rf"|{NOTES_WORDS}"
    r"|читайте (?:також|также)|(?:по)?популярн.{0,20}|найпопулярніше|самое (?:читаемое|"
    r"популярное)|новини партнерів|关联|関連記事|関連ニュース|あわせて読みたい|人気記事|"
    r"アクセスランキング|おすすめ)[ \t]*[:：]?$",
    re.IGNORECASE,
)
"""Headings of a news page's link lists after the article, and of footnotes (their numbered
items are other stories or notes, not points)."""


def kanji_number(text: str) -> int:
    """一 → 1, 十二 → 12, 二十一 → 21, 百五 → 105, 一〇 → 10."""
    digits = {ch: i for i, ch in enumerate("〇一二三四五六七八九")}
    digits["零"] = 0
    if all(ch in digits for ch in text):
        return int("".join(str(digits[ch]) for ch in text))
    total = current = 0
    for ch in text:
        if ch in digits:
            current = digits[ch]
        else:
            unit = {"十": 10, "百": 100, "千": 1000}[ch]
            total += (current or 1) * unit
            current = 0
    return total + current


def _is_roman(label: str) -> bool:
    if not re.fullmatch(_ROMAN, label):
        return False
    values = [_ROMAN_VALUES[ch] for ch in label]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                for i, v in enumerate(values))
    return 0 < total < 40 and len(label) <= 6


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" \t\u3000"))


@dataclass
class Node:
    """One point or sub-point while the draft is read."""

    label: str
    number: str
    style: str
    where: str
    """Where the line that opened it is (``line 12``, ``page 3``)."""
    indent: int = 0
    title: str | None = None
    keyword: bool = False
    """Opened by a word or heading ("Article 2", "第2条"): plain numbered lines counting up
    from 1 inside it are numbered paragraphs (sub-points), not new top-level points."""
    title_line: bool = False
    """The first line may be the title ("Article 3 — Final provisions"): it is, when more
    text or sub-points follow it; alone, it stays the point's text."""
    paragraphs: list[list[str]] = field(default_factory=lambda: [[]])
    children: list[Node] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    last_indent: int = 0
    """Indentation of the last line added (a lead-in's sub-items are indented further)."""
    lines: int = 0
    part: int = 0
    """The part of the draft a top-level point is in (1, 2 ...) when the numbering restarts
    at 1 after a part heading (Part I 1-5, Part II 1-4); 0 when it never does."""

    def add_line(self, line: str, indent: int = 0) -> None:
        self.paragraphs[-1].append(line)
        self.last_indent = indent
        self.lines += 1

    def blank(self) -> None:
        if self.paragraphs[-1]:
            self.paragraphs.append([])

    @property
    def text(self) -> str:
        return "\n\n".join(join_wrapped(p) for p in self.paragraphs if p)

    @property
    def last_line(self) -> str:
        for paragraph in reversed(self.paragraphs):
            if paragraph:
                return paragraph[-1]
        return ""

    def split_title(self) -> None:
        """Move a title line out of the text: after an article word, when more follows it;
        for a topic heading (one short line without closing punctuation, then only
        sub-points), always."""
        lines = [line for paragraph in self.paragraphs for line in paragraph]
        heading = (self.style == "top" and self.title is None and len(lines) == 1
                   and self.children and len(lines[0]) <= 100
                   and all(c.style.startswith(("bullet@", "decimal")) for c in self.children)
                   and lines[0][-1] not in CLAUSE_END)
        if heading or (self.title_line and self.title is None
                       and (len(lines) > 1 or self.children)):
            self.title = self.paragraphs[0].pop(0) if self.paragraphs[0] else lines[0]
            self.paragraphs = [p for p in self.paragraphs if p] or [[]]
        self.title_line = False

    def count(self) -> int:
        return 1 + sum(c.count() for c in self.children)

    def walk(self) -> list[Node]:
        out = [self]
        for child in self.children:
            out.extend(child.walk())
        return out


@dataclass(frozen=True)
class Event:
    """Something the parser did that the structure report should mention."""

    where: str
    kind: str
    """``aside`` (editorial text moved to notes), ``split`` (a point found mid-line),
    ``outside`` (text before the first point), ``after`` (prose after the list moved to
    the notes), ``tail`` (paragraphs at the end of the last point that may be such prose: a
    warning), ``outline`` (a level-1 heading of a multi-level list read as a part's)."""
    message: str


@dataclass
class Parse:
    title: str | None = None
    notes: list[list[str]] = field(default_factory=lambda: [[]])
    headings: list[tuple[str, int]] = field(default_factory=list)
    """(heading text, index of the top-level point it precedes)."""
    points: list[Node] = field(default_factory=list)
    stack: list[Node] = field(default_factory=list)
    """Open sub-points of the current top-level point, outermost first."""
    events: list[Event] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    """Where each line that went into the version's notes came from."""
    sections: int = 0
    """Part headings ``I.``, ``II.`` ... seen so far."""
    parts: int = 0
    """Parts whose numbering restarts at 1 after a heading (0 until the first restart)."""
    top_style: str | None = None
    """``paren-digit`` or ``circled`` when the list's points are numbered ``(1)`` or ``①``
    (no ``1.`` before them): that style opens top-level points, not sub-points."""
    furniture: bool = False
    """Under a news page's heading of links after the points ("Related", "Most read"): its
    numbered list is other stories, not points, until a heading of another kind."""
    previous: str = ""
    """The last non-blank line read."""
    blank: bool = False
    """A blank line came between the last non-blank line and this one."""
    listed: bool = False
    """A numbered item has been read under the current link-list heading."""
    after: list[str] = field(default_factory=list)
    """Paragraphs of article prose after the list (see :func:`_prose_after`): they go to the
    version's notes, after everything else there."""
    pending: tuple[str, str, list[str]] | None = None
    """A quotation set large after an unfinished sentence, with where it is and its
    speaker's line: held until the next line says what it is (:func:`_resolve_quote`)."""
    under: list[list[list[str]]] = field(default_factory=list)
    """The paragraphs under each heading in ``headings`` that come before the next point: a
    heading that opens no point ends the point before it ("Sources", "Annex", "Related
    stories" after the list), so the text under it goes to the notes with the heading."""

    @property
    def closed(self) -> bool:
        """A heading ended the last point (it came after it, and no point opened since):
        plain text goes under the heading until a point opens."""
        return bool(self.points) and bool(self.headings) \
            and self.headings[-1][1] == len(self.points)

    @property
    def current(self) -> Node | None:
        if self.stack:
            return self.stack[-1]
        return self.points[-1] if self.points else None

    def expected(self) -> int:
        """The number the next top-level point should have."""
        for node in reversed(self.points):
            if node.label.isdigit():
                return int(node.label) + 1
        return 1


def clean_line(line: str) -> str:
    return _SPACES.sub(" ", _CONTROL.sub(" ", line)).strip()


def _strip_bold(rest: str, bold: str | None) -> str:
    rest = rest.strip()
    if bold and bold in rest:
        head, _, tail = rest.partition(bold)
        rest = f"{head.strip()} {tail.strip()}".strip()
    return rest


def _sub_style(label: str, parse: Parse) -> str:
    """``letter``, ``roman``, ``paren-digit`` or ``circled`` for a sub-point label."""
    if label.isdigit():
        return "paren-digit"
    if not _is_roman(label):
        return "letter"
    if len(label) > 1:
        return "roman"
    letters = [n for n in parse.stack if n.style == "letter"]
    if letters and len(letters[-1].label) == 1 and ord(letters[-1].label) + 1 == ord(label):
        return "letter"
    if any(n.style == "roman" for n in parse.stack) or letters:
        return "roman"
    return "roman" if label == "i" else "letter"


def _open_sub(parse: Parse, label: str | None, style: str, rest: str, where: str,
              indent: int = 0, number: str | None = None) -> None:
    parent_top = parse.points[-1]
    depth = next((i for i, n in enumerate(parse.stack) if n.style == style), None)
    if depth is not None:
        del parse.stack[depth:]
    parent = parse.stack[-1] if parse.stack else parent_top
    if label is None:  # bullets and indented items: numbered in order, 10.1, 10.2
        label = str(1 + sum(1 for c in parent.children if c.style == style))
        number = f"{parent.number}.{label}"
    elif number is None:  # (given whole only for a clause printed as 9A)
        number = f"{parent.number}({label})"
    if len(number) > 32:
        number = f"({label})"
    node = Node(label=label, number=number, style=style, where=where, indent=indent)
    if rest:
        node.add_line(rest, indent)
    parent.children.append(node)
    parse.stack.append(node)


def _open_top(parse: Parse, label: str, rest: str, where: str, indent: int,
              title: str | None = None, keyword: bool = False) -> None:
    if label == "1" and parse.closed:  # numbering restarts under a heading: a new part
        if not parse.parts:
            for earlier in parse.points:
                earlier.part = 1
            parse.parts = 1
        parse.parts += 1
    node = Node(label=label, number=label, style="top", where=where, indent=indent,
                title=title, keyword=keyword, part=parse.parts)
    if rest:
        node.add_line(rest, indent)
    parse.points.append(node)
    parse.stack.clear()


_TITLE_SEPARATORS = frozenset(":：-–—")


def _is_heading_title(raw: str, separator: str | None, rest: str) -> bool:
    if not rest or len(rest) > 100 or rest[-1] in ".;。":
        return False
    return raw.lstrip(" \t\u3000").startswith("#") or separator in _TITLE_SEPARATORS


def _next_paragraph(parse: Parse, label: str) -> bool:
    if not parse.points or not parse.points[-1].keyword:
        return False
    paragraphs = [c for c in parse.points[-1].children if c.style == "paragraph"]
    expected = int(paragraphs[-1].label) + 1 if paragraphs else 1
    return int(label) == expected


def _nested_number(parse: Parse, label: str, raw: str, indent: int) -> bool:
    """Whether a numbered line indented further than the point it follows is an item of a
    list nested in that point (a Markdown list in a list, a pasted outline): its number
    starts again at 1, or goes on from the nested item before it at the same indentation.
    It is read as Word's and a web page's nested lists are read: sub-point ``2(1)``."""
    if not parse.points or parse.closed or raw.lstrip().startswith("#"):
        return False
    point = parse.points[-1]
    if indent < point.indent + 2:
        return False
    items = [c for c in point.children if c.style == "paren-digit"]
    if not items:
        return label == "1"
    return items[-1].indent == indent and label == str(int(items[-1].label) + 1)


_REFERENCE_END = re.compile(
    rf"(?:^|[\s(\[«“\"])(?:{_KEYWORDS}|articles|points|paragraphs|sections|chapter|annex|part"
    r"|resolution|no\.|nos\.|number|статті|статьи|пункти|пункты|резолюції|резолюции"
    r"|розділ|раздел)$", re.IGNORECASE)
"""A line that ends with the word a reference's number follows (``… mirroring Article``):
a number opening the next line is that reference's, wherever the line was wrapped."""


def _running_line(parse: Parse) -> str:
    """The last line of the point being read when it ends mid-sentence (no closing
    punctuation): a number opening the next line may be that sentence going on; empty
    otherwise."""
    last = parse.current.last_line if parse.current is not None else ""
    return last if last and last[-1] not in CLAUSE_END + CLOSERS else ""


def _top_digits(top: re.Match[str]) -> str:
    """The digits of a point's number in a match of :data:`_TOP` (or of the heading
    patterns), whichever way the number was marked."""
    groups = top.groupdict()
    return str(groups.get("num") or groups.get("knum") or groups.get("short")
               or groups.get("dash") or groups.get("signed") or "")


def _wrapped_number(parse: Parse, top: re.Match[str], raw: str) -> bool:
    """Whether a numbered line is the rest of a sentence wrapped just before a number (pasted
    from a narrow column): the line before it has no closing punctuation, and it ends with the
    word a reference's number follows (``… mirroring Article`` / ``5. If Russia …``), or the
    number is not the next point's and the text after it runs on in small letters, or the
    number is a year (``…held in`` / ``2026. Observers …``)."""
    if top.groupdict().get("kw") or raw.lstrip().startswith("#"):
        return False
    last = _running_line(parse)
    if not last:
        return False
    digits = _top_digits(top)
    if not digits:
        return False
    if _REFERENCE_END.search(last):
        return True  # "… mirroring Article" / "5. If Russia …": a reference, not a marker
    value = int(digits.translate(FW_DIGITS))
    if value == parse.expected() or (parse.points and str(value) == parse.points[-1].label):
        return False  # the next point, or a repeated number (reported as such)
    rest = top.group("rest").lstrip("*_ \t")
    return rest[:1].islower() or (len(digits) == 4 and 1900 <= value <= 2100)


def _decimal_sub(parse: Parse, match: re.Match[str], where: str, indent: int) -> bool:
    """``1.1.``, ``1.2``, ``1.2.1.`` under point 1: sub-points numbered as the point's
    number and their own (Ukrainian and Russian official texts). Without a closing dot the
    text must open with a capital, so "2.5 billion …" at a line's start stays text."""
    parts = match.group("parts").split(".")
    if not parse.points or parse.points[-1].label != parts[0]:
        return False
    rest = clean_line(_strip_bold(match.group("rest"), match.group("bold")))
    if not match.group("dot") and not rest[:1].isupper():
        return False
    _open_sub(parse, parts[-1], f"decimal{len(parts) - 1}", rest, where, indent,
              number=".".join(parts))
    return True


def _after_break(parse: Parse) -> bool:
    """True when the line being read stands after a blank line or a finished clause (a
    clause end, or a closing quote or bracket after one): a line there may open something
    new, not run on from the line before."""
    return (parse.blank or ends_clause(parse.previous)
            or parse.previous.rstrip()[-1:] in CLOSERS)


def _in_furniture(parse: Parse, raw: str) -> bool:
    """Whether a line under a link-list or footnotes heading stays there: until a heading of
    another kind, or the draft's next point number before any numbered item of the list
    (a "Notes" heading inside a draft, then point 5 again)."""
    heading = _HEADING.match(raw)
    if heading is not None and not _FURNITURE_HEADING.match(clean_line(heading.group("text"))):
        parse.furniture = False
        return False
    top = _TOP.match(raw)
    if top is not None:
        if not parse.listed and int(_top_digits(top).translate(FW_DIGITS)) \
                == parse.expected():
            parse.furniture = False
            return False
        parse.listed = True
    return True


def _ja_paragraph(parse: Parse, match: re.Match[str], where: str) -> bool:
    """``２　締約国は…`` inside ``第N条``: the article's numbered paragraph, printed as
    Japanese statutes print it (a number and a space, the first paragraph unnumbered: its
    text becomes paragraph 1 when paragraph 2 opens)."""
    if not parse.points or not parse.points[-1].keyword:
        return False
    article = parse.points[-1]
    label = str(int(match.group("num").translate(FW_DIGITS)))
    paragraphs = [c for c in article.children if c.style == "paragraph"]
    if not paragraphs and label == "2" and article.text:
        first = Node(label="1", number=f"{article.number}(1)", style="paragraph",
                     where=article.where, paragraphs=article.paragraphs)
        article.paragraphs = [[]]
        article.children.insert(0, first)
    elif not _next_paragraph(parse, label):
        return False
    _open_sub(parse, label, "paragraph", clean_line(match.group("rest")), where)
    return True


def _aside(parse: Parse, text: str, where: str) -> None:
    node = parse.current
    if node is not None:
        node.notes.append(text)
        parse.events.append(Event(where, "aside", f"editorial text moved to the notes of "
                                  f"point {node.number}: {text[:60]}"))
    else:
        parse.notes[-1].append(text)
        parse.outside.append(where)


_TIMESTAMP = re.compile(
    r"^(?:(?:updated|posted|published)[ \t]+(?:at[ \t]+)?)?[0-2]?[0-9][:.][0-5][0-9]"
    r"(?:[ \t]*(?:am|pm|a\.m\.|p\.m\.))?(?:[ \t]+(?:gmt|utc|bst|cet|cest|eet|eest|msk|et|est|edt"
    r"|pt|pst|pdt|jst|kyiv time|local time)(?:[ \t]*[+-][0-9]{1,2})?)?$",
    re.IGNORECASE,
)
"""A live blog's time stamp alone on a line (``10:42 GMT``, ``Updated 9.15am``): a new entry
of the blog begins, as a heading would; it is not a point's text."""
_HEADING_ALONE = 80
"""The longest line that can be a link-list heading alone on its line ("More on …")."""


def _line(parse: Parse, raw: str, where: str) -> None:
    """Read one non-blank line (or the piece of one, after a mid-line split)."""
    if parse.points and len(raw) <= _HEADING_ALONE and not raw.lstrip().startswith("#") \
            and _FURNITURE_HEADING.match(clean_line(raw).strip("*_")):
        raw = f"## {raw.strip()}"  # "Related", "Читайте також" alone on a line: a heading
    elif parse.points and len(raw) <= 40 and _TIMESTAMP.match(clean_line(raw)) \
            and _after_break(parse):
        raw = f"## {raw.strip()}"  # a live blog's next entry ("10:15 GMT"): a heading
    if parse.furniture and _in_furniture(parse, raw):
        parse.under[-1][-1].append(clean_line(raw))
        parse.outside.append(where)
        return
    if _ASIDE_LINE.match(raw):
        _aside(parse, clean_line(raw), where)
        return
    tail = _ASIDE_TAIL.search(raw)
    if tail and tail.start() > 0 and raw[:tail.start()].strip():
        raw = raw[:tail.start()]
        aside = clean_line(tail.group("aside"))
        _line(parse, raw, where)
        _aside(parse, aside, where)
        return
    indent = _indent(raw)
    suffixed = _SUFFIXED.match(raw)
    if suffixed and parse.points and parse.points[-1].label == suffixed.group("num"):
        parse.stack.clear()  # a sub-point of the top-level point itself
        _open_sub(parse, suffixed.group("suffix"), "suffix",
                  clean_line(_strip_bold(suffixed.group("rest"), suffixed.group("bold"))),
                  where, indent, number=suffixed.group("num") + suffixed.group("suffix"))
        return
    decimal = _DECIMAL.match(raw)
    if decimal and _decimal_sub(parse, decimal, where, indent):
        return
    top = _TOP.match(raw) or _HEADING_ARTICLE.match(raw) or _HEADING_NUMBER.match(raw)
    if top and _wrapped_number(parse, top, raw):
        top = None  # "…described in point" / "1. above …": a sentence wrapped before a number
    bare = _BARE_NUMBER.match(raw) if top is None else None
    if bare and int(bare.group("num").translate(FW_DIGITS)) == parse.expected() \
            and parse.previous.rstrip()[-1:] in CLAUSE_END:  # not a table's count cell
        _open_top(parse, str(parse.expected()), "", where, indent)  # "3" alone, text below
        return
    if top:
        groups = top.groupdict()
        label = str(int(_top_digits(top).translate(FW_DIGITS)))
        rest = clean_line(_strip_bold(top.group("rest"), top.group("bold")))
        keyword = groups.get("kw") is not None
        if not keyword and _next_paragraph(parse, label):
            _open_sub(parse, label, "paragraph", rest, where)  # "1." inside "Article 2": 2(1)
            return
        if not keyword and _nested_number(parse, label, raw, indent):
            _open_sub(parse, label, "paren-digit", rest, where, indent)  # 2(1), as Word's
            return
        _open_top(parse, label, rest, where, indent, None, keyword)
        # Without a word, only a heading line has a title: "## 3. Security guarantees".
        parse.points[-1].title_line = _is_heading_title(
            raw, groups.get("ksep") if keyword else None, rest)
        return
    kanji = _KANJI_ITEM.match(raw)
    if kanji:
        _open_top(parse, str(kanji_number(kanji.group("num"))),
                  clean_line(_strip_bold(kanji.group("rest"), kanji.group("bold"))), where,
                  indent)
        return
    section = _SECTION.match(raw)
    if section and section.group("numeral") == roman_label(parse.sections + 1).upper():
        parse.sections += 1  # I., then II. ...: "V. Zelensky" at a line's start is text
        if parse.points:
            parse.headings.append((clean_line(raw), len(parse.points)))
            parse.under.append([[]])
            return
    if len(raw) <= _HEADING_ALONE + 20 and _PART.match(raw) and (
            not parse.points or _after_break(parse)):  # not "…set out in" / "Chapter 3"
        parse.headings.append((clean_line(raw).strip("*_ "), len(parse.points)))
        parse.under.append([[]])
        return
    numbered = _JA_PARAGRAPH.match(raw)
    if numbered and _ja_paragraph(parse, numbered, where):
        return
    article = _JA_ARTICLE.match(raw)
    if article and _JA_RUNNING.match(article.group("rest")) and not article.group("title") \
            and _running_line(parse):
        article = None  # "…北大西洋条約" / "第5条にならった…": a reference wrapped mid-sentence
    if article:
        raw_number = article.group("num").translate(FW_DIGITS)
        value = int(raw_number) if raw_number.isdigit() else kanji_number(raw_number)
        title = clean_line(article.group("title") or "") or None
        _open_top(parse, str(value), clean_line(_strip_bold(article.group("rest"),
                                                            article.group("bold"))),
                  where, indent, title, keyword=article.group("unit") == "条")
        return
    sub = _SUB.match(raw)
    if sub and _opens_top(parse, sub, where):
        return
    sub = sub if parse.points else None
    if sub:
        circled = sub.group("circled")
        if circled:
            label, style = str(unicodedata.numeric(circled)).removesuffix(".0"), "circled"
        elif sub.group("cyr"):
            label, style = sub.group("cyr"), "cyrillic"  # а) б) в): Ukrainian, Russian
        else:
            label = (sub.group("plabel") or sub.group("label")).translate(FW_DIGITS)
            style = _sub_style(label, parse)
        _open_sub(parse, label, style,
                  clean_line(_strip_bold(sub.group("rest"), sub.group("bold"))), where)
        return
    bullet = BULLET_LINE.match(raw) if parse.points else None
    if bullet:
        _open_sub(parse, None, f"bullet@{indent}", clean_line(bullet.group("rest")), where,
                  indent)
        return
    heading = _HEADING.match(raw)
    content = clean_line(heading.group("text")) if heading else ""
    if heading and _quote_heading(parse, content):
        raw, heading = content, None  # a pull quote set large
    elif heading and _bare_quote_heading(parse, content):
        parse.pending = (content, where, [])
        return  # a quotation set large: the next line tells what it is (_resolve_quote)
    if heading:
        if heading.group("hashes") == "#" and parse.title is None and not parse.points:
            parse.title = content or None
        elif content:
            _open_heading(parse, content)
        return
    line = clean_line(raw)
    node = parse.current
    if parse.closed:
        parse.under[-1][-1].append(line)
        parse.outside.append(where)
        return
    if node is None:
        parse.notes[-1].append(line)
        parse.outside.append(where)
        return
    if _indented_item(parse, node, indent):
        _open_sub(parse, None, f"indent@{indent}", line, where, indent)
        return
    if node.style.startswith("indent@") and indent < node.indent:
        # Back out of the indented items to the level this line belongs to.
        while parse.stack and parse.stack[-1].style.startswith("indent@") \
                and indent < parse.stack[-1].indent:
            parse.stack.pop()
        node = parse.current
        assert node is not None
        node.blank()
    node.add_line(line, indent)


def _open_heading(parse: Parse, content: str) -> None:
    """A heading between points (it ends the point before it)."""
    parse.headings.append((content, len(parse.points)))
    parse.under.append([[]])
    parse.furniture = bool(parse.points) and bool(_FURNITURE_HEADING.match(content))
    parse.listed = False


def _bare_quote_heading(parse: Parse, content: str) -> bool:
    """A quotation without its speaker set large after a point's line that does not finish
    its sentence: a pull quote in the middle of that sentence, or a quote box between two
    points (the point's own words end without punctuation); :func:`_resolve_quote` decides
    by the line after it."""
    node = parse.current
    opened = _QUOTES.match(content) is not None and not any(
        mark in content for mark in _CLOSING_QUOTES)  # its first line: the rest may follow
    return node is not None and not parse.closed \
        and (opened or bare_quotation(content, "a sentence.")) \
        and bool(node.last_line) and not ends_clause(node.last_line)


_CLOSING_QUOTES = "”»’」』\""
"""Marks that close a quotation: a heading line opening with one goes on with the one
before it."""
_ATTRIBUTION = re.compile(r"^[ \t]*[—–―-][ \t]*[^\W\d_].{0,80}$")
"""A pull quote's speaker on a line of its own (``— A negotiator, in Geneva``)."""


def _resolve_quote(parse: Parse, raw: str | None) -> bool:
    """Read the quotation held back by :func:`_bare_quote_heading` now that the next line
    (``raw``; None at the end) is known. When that line goes on in small letters, the
    quotation (and a speaker's line after it) interrupted the point's sentence: they become
    the point's paragraphs, which :func:`_pull_quotes` moves to its notes, joining the
    halves. Otherwise it is the heading it looked like. True when ``raw`` was taken (the
    speaker's line, held too)."""
    assert parse.pending is not None
    content, where, speaker = parse.pending
    if raw is not None and not speaker and _ATTRIBUTION.match(raw):
        speaker.append(clean_line(raw))
        return True
    heading = _HEADING.match(raw) if raw is not None and not speaker else None
    if heading is not None and heading.group("text")[:1] in _CLOSING_QUOTES:
        # the quotation's second line set large ("## ” one negotiator said."): read on
        parse.pending = (content + clean_line(heading.group("text")), where, speaker)
        return True
    parse.pending = None
    node = parse.current
    if raw is not None and node is not None and goes_on_across(node.last_line, raw) \
            and not raw.lstrip().startswith("#"):
        for text in (content, *speaker):
            node.blank()
            node.add_line(text)
        node.blank()
        return False
    _open_heading(parse, content)
    for text in speaker:
        parse.under[-1][-1].append(text)
        parse.outside.append(where)
    return False


def _quote_heading(parse: Parse, content: str) -> bool:
    """Whether a heading is a pull quote set large in the middle of a point's sentence (a
    PDF reads it as a heading by its size): a quotation with its speaker after a point's
    line that does not finish its sentence. It is read as the point's paragraph, and
    :func:`_pull_quotes` takes it out (to the notes, whatever follows it). A quotation
    without its speaker stays a heading: after a point that ends without punctuation it may
    be a quote box between two points, and would have become that point's text."""
    node = parse.current
    if node is None or parse.closed or not _QUOTES.match(content):
        return False
    last = node.last_line.rstrip()
    if not last or last[-1] in CLAUSE_END:
        return False
    return quotations_with_speaker(content) == [(0, len(content))]


def _opens_top(parse: Parse, sub: re.Match[str], where: str) -> bool:
    """A list numbered only ``(1)``, ``（１）`` or ``①`` (Japanese press summaries, some
    memoranda): such a line before any point makes that style the top level, and its
    lines open top-level points from then on."""
    circled = sub.group("circled")
    digits = sub.group("plabel") if sub.group("plabel") and not circled else None
    if circled:
        style, value = "circled", int(unicodedata.numeric(circled))
    elif digits and digits.translate(FW_DIGITS).isdigit():
        style, value = "paren-digit", int(digits.translate(FW_DIGITS))
    else:
        return False
    if parse.points and parse.top_style != style:
        return False
    if not parse.points:
        parse.top_style = style
    _open_top(parse, str(value), clean_line(_strip_bold(sub.group("rest"), sub.group("bold"))),
              where, _indent(sub.string))
    return True


def _indented_item(parse: Parse, node: Node, indent: int) -> bool:
    """Whether a plain line is an item under a lead-in: the point's last line ends with a
    colon and this line is indented further; or it is indented like the item before it."""
    if node.style.startswith("indent@"):
        return indent == node.indent
    last = node.last_line
    return bool(last) and last[-1] in ":：" and indent > node.last_indent


def _pieces(parse: Parse, raw: str, where: str) -> None:
    """Read a line, opening the next point where it starts after a finished sentence."""
    start = 0
    while True:
        found = None
        for match in _EMBEDDED.finditer(raw, start):
            if match.start() <= start or not raw[start:match.start()].strip():
                continue
            if int(match.group("num").translate(FW_DIGITS)) == \
                    _expected_after(parse, raw[start:match.start()]):
                found = match
                break
        if found is None:
            _line(parse, raw[start:] if start == 0 else raw[start:].lstrip(), where)
            return
        piece = raw[start:found.start()]
        _line(parse, piece if start == 0 else piece.lstrip(), where)
        number = int(found.group("num").translate(FW_DIGITS))
        parse.events.append(Event(where, "split", f"point {number} starts in the middle of "
                                  "a line, after a sentence"))
        start = found.start("num")


def _expected_after(parse: Parse, piece: str) -> int:
    """The next point's number once ``piece`` (not yet read) has been read."""
    top = _TOP.match(piece)
    if top:
        digits = top.group("num") or top.group("knum") or top.group("short")
        return int(digits.translate(FW_DIGITS)) + 1
    return parse.expected()


def _plain_spaces(text: str) -> str:
    text = _ODD_SPACES.sub(" ", _INVISIBLE.sub("", text))
    return _KEYCAP.sub(lambda m: f"{m.group('indent')}{m.group('num') or '10'}. ", text)


class TooManyPoints(Exception):
    """More top-level points than the limit allows (raised as soon as it is exceeded)."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


def parse_lines(lines: tuple[Line, ...] | list[Line], *, points_by: str = "markers",
                max_points: int | None = None) -> Parse:
    """Read a draft's lines (see the module notes). Past ``max_points`` top-level points
    :class:`TooManyPoints` stops the reading at once (a huge draft is refused fast).
    ``points_by``: ``markers`` (the points' numbers), ``lines`` (one point a line or
    paragraph) or ``bullets`` (a draft numbering no point: its bulleted list's items are the
    points, :func:`~plandiff.plans.intake.bullets.number_bullets`)."""
    lines, run_in = split_run_in_items(lines)
    numbered = 0
    if points_by == "bullets":
        lines, numbered = number_bullets(lines)
    parse = _by_lines(lines) if points_by == "lines" else _by_markers(lines, max_points)
    where = lines[0].where if lines else ""
    if run_in:
        parse.events.append(Event(where, "run-in", f"{run_in} line(s) listing items after a "
                                  "repeated mark (▽A、▽B …) read as one item a line"))
    if numbered:
        parse.events.append(Event(where, "bullets", "no numbered points: the "
                                  f"{numbered} bulleted items were read as points "
                                  f"1-{numbered}"))
    return parse


def _by_markers(lines: list[Line], max_points: int | None) -> Parse:
    """:func:`parse_lines` by the points' numbers (the module notes)."""
    parse = Parse()
    for line in lines:
        if max_points is not None and len(parse.points) > max_points:
            raise TooManyPoints(line.where)
        raw = _plain_spaces(line.text)
        if not raw.strip():
            node = parse.current
            if parse.closed:
                if parse.under[-1][-1]:
                    parse.under[-1].append([])
            elif node is not None:
                node.blank()
            elif parse.notes[-1]:
                parse.notes.append([])
            parse.blank = True
            continue
        if "**" in raw or "__" in raw:
            raw = _PAIRED_BOLD.sub(lambda m: m.group("a") or m.group("b"), raw)
        if parse.pending is not None and _resolve_quote(parse, raw):
            continue
        _pieces(parse, raw, line.where)
        parse.previous = raw
        parse.blank = False
    if parse.pending is not None:
        _resolve_quote(parse, None)
    _strays(parse)
    _outline_parts(parse)
    _settle_parts(parse)
    _pull_quotes(parse)
    _prose_after(parse)
    return parse


def _finished(node: Node) -> bool:
    """Whether the last text of a point (or of its last sub-point) ends a sentence."""
    last = node.walk()[-1].last_line.rstrip()
    return last[-1:] in SENTENCE_END


def _fragment(node: Node) -> bool:
    """A short line with no closing punctuation, alone (a link's or a button's words)."""
    text = node.text
    return not node.children and "\n" not in text and len(text) < 60 \
        and text.rstrip()[-1:] not in CLAUSE_END


def _strays(parse: Parse) -> None:
    """Move numbered lines of a page's furniture out of the points, once the page has become a
    PDF or a Word file: a lone point 1 that does not end a sentence, before the numbering
    starts at 1 again and goes on to 2 (a cookie banner's '1. Accept all', an image
    caption; a list numbered 1, 1, 1 stays), and a short
    line with no closing punctuation that repeats the number of the point beside it (a
    cross-link's '4. Talks stall' between points 3 and 4). Each goes to the version's notes,
    and the report says so."""
    points = parse.points
    stray = set()
    for index, node in enumerate(points):
        after = points[index + 1] if index + 1 < len(points) else None
        before = points[index - 1] if index else None
        lone = node.label == "1" and after is not None and after.label == "1" \
            and any(later.label == "2" for later in points[index + 2:]) \
            and not _finished(node)
        repeat = _fragment(node) and any(
            other is not None and other.label == node.label and _finished(other)
            for other in (before, after))
        if lone or repeat:
            stray.add(index)
    if not stray:
        return
    for index in sorted(stray):
        node = points[index]
        parse.notes.extend(p for n in node.walk() for p in n.paragraphs if p)
        parse.notes.extend([note] for n in node.walk() for note in n.notes)
        parse.notes.append([])
        parse.events.append(Event(node.where, "aside", f"a line numbered {node.number} read "
                                  f"as the page's text, not a point (it repeats its "
                                  f"neighbour's number): moved to the version's notes: "
                                  f"{node.text[:60]}"))
    parse.points = [node for index, node in enumerate(points) if index not in stray]
    parse.headings = [(heading, at - sum(1 for i in stray if i < at))
                      for heading, at in parse.headings]


_OUTLINE_ITEMS = frozenset({"paren-digit", "decimal1"})
"""Sub-points numbered 1, 2 ... under a numbered heading: Word's and a web page's nested
list (``2(1)``) and an outline's ``2.1``."""


def _outline_heading(node: Node) -> bool:
    """A numbered line that is a part's title, not a clause: one short line without closing
    punctuation, and under it only items numbered 1, 2 ... (no (a), (b), no bullets)."""
    lines = [line for paragraph in node.paragraphs for line in paragraph]
    if node.keyword or node.title is not None or len(lines) != 1 or len(lines[0]) > 80 \
            or ends_clause(lines[0]) or lines[0][-1] in CLOSERS:
        return False
    items = node.children
    return bool(items) and all(c.style in _OUTLINE_ITEMS for c in items) \
        and [c.label for c in items] == [str(n) for n in range(1, len(items) + 1)]


def _renumber(node: Node, old: str, new: str) -> None:
    for child in node.children:
        if child.number.startswith(old):
            child.number = new + child.number[len(old):]
        _renumber(child, old, new)


def _outline_parts(parse: Parse) -> None:
    """A draft whose every top-level item is a short heading with items numbered 1, 2 ...
    under it (Word's multi-level list "1. Security" / "1.1 …", a nested ``<ol>``) is cut
    into parts: the headings are part headings (to the notes, as ``Part I. Security``
    would be) and their items the points (``part2-p1``, number ``1``, or ``2.1`` as an
    outline prints it). A top-level clause with (a), (b) under it stays a point."""
    if parse.parts or len(parse.points) < 2 or not all(map(_outline_heading, parse.points)):
        return
    points: list[Node] = []
    headings: list[tuple[str, int]] = []
    under: list[list[list[str]]] = []
    earlier = list(zip(parse.headings, parse.under, strict=True))
    for part, node in enumerate(parse.points, 1):
        while earlier and earlier[0][0][1] <= part - 1:
            (text, _), paragraphs = earlier.pop(0)
            headings.append((text, len(points)))
            under.append(paragraphs)
        headings.append((node.paragraphs[0][0] if node.paragraphs[0] else node.text,
                         len(points)))
        under.append([[note] for note in node.notes] or [[]])
        parse.events.append(Event(node.where, "outline", f"item {node.number} "
                                  f"({node.text[:40]}) is a heading with items numbered from "
                                  "1 under it: read as a part heading, its items as points"))
        for item in node.children:
            old = item.number
            item.number = item.label if item.style == "paren-digit" else item.number
            _renumber(item, old, item.number)
            item.style, item.part = "top", part
            points.append(item)
    for (text, _), paragraphs in earlier:
        headings.append((text, len(points)))
        under.append(paragraphs)
    parse.parts = len(parse.points)
    parse.points, parse.headings, parse.under = points, headings, under
    parse.stack.clear()


def _settle_parts(parse: Parse) -> None:
    """Number the parts 1, 2 ... again once stray lines have left (a page's lone '1. Accept
    all' before a heading and the list is no part); one part left is no parts at all."""
    kept = sorted({node.part for node in parse.points})
    order = {part: index + 1 if len(kept) > 1 else 0 for index, part in enumerate(kept)}
    for node in parse.points:
        node.part = order[node.part]
    parse.parts = max(order.values(), default=0)


def _pull_quotes(parse: Parse) -> None:
    """Move pull quotes to the point's notes: a further paragraph of a point that is a
    quotation with its speaker, or a quotation alone after a finished sentence that does not
    introduce it; and a quotation with its speaker run into a point's paragraph after a
    finished sentence (pasted text with no blank line around it). Each move is reported."""
    for point in parse.points:
        for node in point.walk():
            kept = [p for p in node.paragraphs if p]
            out: list[list[str]] = []
            rejoin = False
            skip = 0
            for index, paragraph in enumerate(kept):
                if skip:  # the rest of what interrupted a sentence (its attribution)
                    skip -= 1
                    continue
                if rejoin:  # the second half of a sentence a pull quote interrupted
                    out[-1] = out[-1] + paragraph
                    rejoin = False
                    continue
                if out and runs_on(out[-1][-1], paragraph[0]):
                    out[-1] = out[-1] + paragraph  # one sentence in two paragraphs (a
                    continue  # page's embed between them left out)
                span = _interruption(out[-1], kept, index) if out else 0
                if span:
                    for middle in kept[index:index + span]:
                        text = join_wrapped(middle)
                        _quote_to_notes(parse, node, text, "a quotation set in the middle of "
                                        "its sentence" if _QUOTES.match(text) else "text set "
                                        "in the middle of its sentence (a caption or a box)")
                    skip, rejoin = span - 1, True
                    continue
                if not _QUOTES.search(paragraph[0]) and len(paragraph) == 1:
                    out.append(paragraph)  # no quotation mark opens it: nothing to look at
                    continue
                if len(paragraph) > 1:  # a line alone that is a quotation, in pasted text
                    paragraph = _bare_lines(parse, node, paragraph)
                text = join_wrapped(paragraph)
                before = join_wrapped(out[-1]) if out else ""
                if out and bare_quotation(text, before):
                    _quote_to_notes(parse, node, text, "a quotation set apart")
                    continue
                spans = quotations_with_speaker(text)
                if out and spans == [(0, len(text))]:
                    _quote_to_notes(parse, node, text, "a quotation with its speaker")
                    continue
                spans = [span for span in spans if span[0] > 0]
                for start, end in reversed(spans):
                    _quote_to_notes(parse, node, text[start:end].strip(),
                                    "a quotation with its speaker")
                    text = (text[:start].rstrip() + " " + text[end:].lstrip()).strip()
                out.append([text] if spans else paragraph)
            node.paragraphs = out or [[]]


_SET_IN = 300
"""The longest text set in the middle of a sentence that is taken for a caption or a box."""


def _interruption(before: list[str], kept: list[list[str]], index: int) -> int:
    """How many paragraphs from ``kept[index]`` interrupt the sentence of ``before`` that the
    paragraph after them goes on with (a news page's pull quote and its attribution, a photo
    caption, a box set in the middle of the paragraph): one or two, short, the first opening
    like a sentence (a quotation too); 0 when none do."""
    for span in (1, 2):
        if index + span >= len(kept):
            return 0
        middle = [join_wrapped(p) for p in kept[index:index + span]]
        if sum(len(text) for text in middle) > _SET_IN or not _opens_sentence(middle[0]):
            return 0
        after = kept[index + span][0]
        if runs_on(before[-1], after) or (runs_on_named(before[-1], after)
                                           and _QUOTES.match(middle[0]) is not None):
            return span  # a name after a comma goes on only across a quotation
    return 0


def _bare_lines(parse: Parse, node: Node, paragraph: list[str]) -> list[str]:
    """The paragraph without its lines (after the first) that are a quotation alone after a
    line that finishes a sentence (a pull quote pasted with no blank line around it)."""
    kept = [paragraph[0]]
    for index, line in enumerate(paragraph[1:], start=2):
        if bare_quotation(line, kept[-1]):
            _quote_to_notes(parse, node, line.strip(), "a quotation set apart")
        elif index < len(paragraph) and interrupting_quotation(line, kept[-1],
                                                               paragraph[index]):
            _quote_to_notes(parse, node, line.strip(), "a quotation set in the middle of its "
                            "sentence")
        else:
            kept.append(line)
    return kept


def _quote_to_notes(parse: Parse, node: Node, text: str, what: str) -> None:
    node.notes.append(text)
    parse.events.append(Event(node.where, "aside", f"{what} moved to the notes of point "
                              f"{node.number}: {text[:60]}"))


def _prose_after(parse: Parse) -> None:
    """Move the article's prose after the list out of the last point. A press copy goes on
    after the points ("The remaining points were not published", a footer): when every
    other point (and sub-point) with text is one paragraph, at least three of them, and the
    last one's first paragraph is a finished sentence, its further paragraphs that open like
    a sentence are not the point's. When other points run over several paragraphs too, the
    last point's further paragraphs from the first that reads as a news story's
    (:func:`~plandiff.plans.intake.reporting.narrative`: "officials said", "the remaining
    points", "next week", "declined to comment") or speaks about the text
    (:func:`~plandiff.plans.intake.reporting.commentary`: "the text does not say who …", a
    question) on are the article's. Further paragraphs that read as neither stay, with a
    warning (``tail``) when the last point has more paragraphs than any other point has,
    or most points are one paragraph: nothing is moved on a guess, nothing glued on
    silently."""
    if not parse.points:
        return
    nodes = [n for point in parse.points for n in point.walk()]
    last = nodes[-1]
    texts = [[p for p in n.paragraphs if p] for n in nodes]
    others = [t for t in texts[:-1] if t]
    own = texts[-1]
    if len(own) < 2:
        return
    if own[0][-1][-1:] not in CLAUSE_END or own[0][-1].endswith((":", "：")):
        return
    extra = own[1:]
    if any(not _opens_sentence(p[0]) for p in extra):
        return
    several = sum(1 for t in others if len(t) > 1)
    if several or len(others) < 3:
        reported = next((i for i, p in enumerate(extra)
                         if narrative(join_wrapped(p)) or commentary(join_wrapped(p))), None)
        if reported is not None:
            _move_after(parse, last, own[:1 + reported], extra[reported:])
            return
        most = max((len(t) for t in others), default=1)
        if others and (len(own) > most or (len(others) >= 3 and 4 * several <= len(others))):
            # more paragraphs than any other point, or than most: it stays; ask the user
            parse.events.append(Event(last.where, "tail", f"point {last.number}, the last, "
                                      f"has {len(extra)} more paragraph(s) after its first, "
                                      "unlike the other points: check that they are the "
                                      "point's and not the article's text after the list"))
        return
    _move_after(parse, last, own[:1], extra)


def _move_after(parse: Parse, last: Node, kept: list[list[str]],
                moved: list[list[str]]) -> None:
    last.paragraphs = kept
    parse.after.extend(join_wrapped(p) for p in moved)
    parse.events.append(Event(last.where, "after", f"{len(moved)} paragraph(s) after point "
                              f"{last.number} read as the article's text, not the point's: "
                              "moved to the version's notes"))


def _opens_sentence(text: str) -> bool:
    first = text.lstrip("\"'“‘«„(（【「『").strip()[:1]
    return bool(first) and not first.islower()


def _bulleted_items(block: list[Line]) -> list[list[Line]]:
    """A paragraph of bulleted lines as one item a bullet (the lines before the first bullet
    one more; a line without a bullet goes on with the item above); any other paragraph
    whole."""
    if sum(1 for line in block if BULLET_LINE.match(line.text)) < 2:
        return [block]
    items: list[list[Line]] = []
    for line in block:
        if BULLET_LINE.match(line.text) or not items:
            items.append([line])
        else:
            items[-1].append(line)
    return items


def _by_lines(lines: tuple[Line, ...] | list[Line]) -> Parse:
    """One point a line; or one a paragraph when paragraphs span several lines."""
    parse = Parse()
    blocks: list[list[Line]] = [[]]
    for line in lines:
        if line.text.strip():
            blocks[-1].append(Line(_plain_spaces(line.text), line.where))
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    by_paragraph = any(len(b) > 1 for b in blocks) and len(blocks) > 1
    items = [item for b in blocks for item in _bulleted_items(b)] if by_paragraph \
        else [[line] for b in blocks for line in b]
    for block in items:
        heading = _HEADING.match(block[0].text)
        if len(block) == 1 and heading and heading.group("hashes") == "#" \
                and parse.title is None and not parse.points:
            parse.title = clean_line(heading.group("text")) or None
            continue
        text = join_wrapped([clean_line(BULLET_LINE.sub(r"\g<rest>", line.text))
                             for line in block])
        if not text:
            continue
        label = str(len(parse.points) + 1)
        _open_top(parse, label, text, block[0].where, 0)
    return parse
