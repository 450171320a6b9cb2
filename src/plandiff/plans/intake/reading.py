"""Reading one line of a draft into the tree (the rules are written in :mod:`.parser`).

:func:`pieces` cuts a line where the next point opens after a finished sentence and reads
each piece with ``_line``: a link-list heading or a live blog's time stamp alone on a line
becomes a heading; editorial asides go to the notes (:mod:`.asides`); then the marks are
tried in order (a ``9A`` clause, a decimal sub-point, a point's number, a number alone,
a Japanese legal item under an article (``一　``, ``甲　``, ``ア　``), a kanji number, a part
heading, a Japanese article or paragraph, a sub-point label, a bullet or an em-dash item under a
lead-in, a Markdown heading or a pull quote set large, :mod:`.quotes`); any other line
continues the current point, or opens an item under a lead-in ending in a colon.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from plandiff.plans.intake import asides, markers
from plandiff.plans.intake.asides import apart, masthead, wrapped_aside
from plandiff.plans.intake.asides import aside as _aside
from plandiff.plans.intake.bullets import BULLET_LINE, DASH_ITEM
from plandiff.plans.intake.cleaning import clean_line, strip_bold
from plandiff.plans.intake.lines import NOTES_WORDS, join_wrapped, roman_label
from plandiff.plans.intake.markers import CYRILLIC_ROMAN, FW_DIGITS, kanji_number, top_digits
from plandiff.plans.intake.numbering import (
    decimal_sub,
    headless_clause,
    ja_paragraph,
    nested_number,
    next_paragraph,
    running_line,
    sub_style,
    wrapped_number,
)
from plandiff.plans.intake.parsestate import (
    GROUP_LEAD,
    TIME_STAMP,
    Event,
    Node,
    Parse,
    nested_paren,
    open_heading,
    open_sub,
    open_top,
)
from plandiff.plans.intake.quotes import bare_quote_heading, quote_heading
from plandiff.plans.intake.reporting import commentary, narrative, reported
from plandiff.plans.intake.runin import first_item_cuts
from plandiff.plans.intake.sentences import (
    CLAUSE_END,
    CLOSERS,
    SENTENCE_END,
    ends_clause,
    ends_sentence,
)

__all__ = ["TIME_STAMP", "pieces"]

# The patterns are bound by assignment, not imported by name: CPython 3.11 compiles
# ``NAME.match(…)`` on a name that ``from … import`` bound as an attribute load and a call,
# making a bound method at every call (+2.7% instructions in parse_lines); on an assigned
# name it is a method call, as it was when they were the parser's own.
ASIDE_LINE, ASIDE_TAIL, SHARE_BUTTON = asides.ASIDE_LINE, asides.ASIDE_TAIL, asides.SHARE_BUTTON
APP_LINE = asides.APP_LINE
BARE_NUMBER, DECIMAL, EMBEDDED = markers.BARE_NUMBER, markers.DECIMAL, markers.EMBEDDED
DECIMAL_WORD = markers.DECIMAL_WORD
FURNITURE_HEADING, HEADING = markers.FURNITURE_HEADING, markers.HEADING
GROUP_HEADING, JA_HEADING = markers.GROUP_HEADING, markers.JA_HEADING
_JA_NUMBER_ONLY = re.compile(r"[0-9０-９一二三四五六七八九十]{1,3}")
"""A bracket holding a number alone (``【1】``, ``【一】``): a point's mark, no heading."""
ARTICLE_ROMAN = markers.ARTICLE_ROMAN
HEADING_ARTICLE, HEADING_NUMBER = markers.HEADING_ARTICLE, markers.HEADING_NUMBER
KEYWORD_SPACED = markers.KEYWORD_SPACED
TIME_STAMP_LINE = markers.TIME_STAMP_LINE
JA_ARTICLE, JA_PARAGRAPH = markers.JA_ARTICLE, markers.JA_PARAGRAPH
JA_RUNNING, KANJI_ITEM, PART = markers.JA_RUNNING, markers.KANJI_ITEM, markers.PART
KANJI_SUB, KANA_SUB = markers.KANJI_SUB, markers.KANA_SUB
SECTION, SUB, SUFFIXED, TOP = markers.SECTION, markers.SUB, markers.SUFFIXED, markers.TOP
INSERTED, QUALIFIED = markers.INSERTED, markers.QUALIFIED


def _titled_article(node: Node, raw: str, marker: re.Match[str], rest: str) -> None:
    """What a point opened by a word and its number (``Article 1``, ``Стаття 14¹``,
    ``Point 3``) may take for a title: the words after its separator on a heading line, a
    heading on the line below when nothing follows the number, or a law's title closed by a
    full stop (``Статья 1. Предмет``)."""
    separator = marker.groupdict().get("ksep")
    node.title_line = _is_heading_title(raw, separator, rest)
    node.title_below = not rest  # "Article 1" alone: the article's heading may stand below
    node.mark = raw[:marker.start("rest")].strip()  # "Article 1"
    node.title_by_stop = bool(
        separator in (".", "．") and _ARTICLE.match(marker.group("kw"))
        and rest[:1].isupper() and len(rest) <= 80 and rest[-1] not in CLAUSE_END + ",")


def _inserted_after(parse: Parse, number: str) -> bool:
    """Whether the last point is article ``number`` (or an article inserted after it), the
    one an inserted article ``14¹`` follows."""
    last = re.match(r"[0-9]+", parse.points[-1].label) if parse.points else None
    return last is not None and last.group() == number


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip(" \t\u3000"))


_TITLE_SEPARATORS = frozenset(":：-–—")
_ARTICLE = re.compile(rf"{markers.ARTICLE_WORDS}$", re.IGNORECASE)
"""The words that head an article, which legislation titles after a full stop (``Статья 1.
Предмет``); a point (``Пункт 1.``) is not titled so."""


def _is_heading_title(raw: str, separator: str | None, rest: str) -> bool:
    if not rest or len(rest) > 100 or rest[-1] in ".;。":
        return False
    return raw.lstrip(" \t\u3000").startswith("#") or separator in _TITLE_SEPARATORS


_JA_LIST_ITEM = re.compile(r"^[ \t\u3000]*(?P<num>[0-9０-９]{1,2})\u3000+(?P<rest>\S.*)$")
"""A Japanese list's item numbered with an ideographic space, whatever its text opens with
(``８　NATOは…``)."""


def _next_roman(parse: Parse, found: re.Match[str]) -> bool:
    """Whether ``ARTICLE IV`` opens the article the draft expects next (or the first): a
    treaty's Roman numbering; "Article C" after Article 2 is no article 100, and ``Section
    II`` is a part's heading (:data:`PART`), not a point."""
    return bool(_ARTICLE.match(found.group("kw"))) \
        and int(top_digits(found)) in (1, parse.expected())


def _numbered_title(parse: Parse, found: re.Match[str]) -> bool:
    """Whether a heading ``2 Reports`` (a number, then a title with no separator: an Act's
    section on a legislation site) opens the point the draft expects next: its number is
    that one and its title does not open in small letters."""
    return int(found.group("num").translate(FW_DIGITS)) == parse.expected() \
        and not found.group("rest")[:1].islower()


def _after_break(parse: Parse) -> bool:
    """True when the line being read stands after a blank line or a finished clause (a
    clause end, or a closing quote or bracket after one): a line there may open something
    new, not run on from the line before."""
    return (parse.blank or ends_clause(parse.previous)
            or parse.previous.rstrip()[-1:] in CLOSERS)


_ASCII_BRACKETS = str.maketrans("（）", "()")
_CITING_WORDS = (r"of|and|or|above|below|hereof|thereof|shall|is|are|applies|apply"
                 r"|і|й|та|або|и|или")
_CITING = re.compile(rf"(?:{_CITING_WORDS})\b")
"""The words that go on from a provision's number in a sentence citing it (``3(b) of the
charter``, ``3(b) and (c) apply``, ``3(б) та (в)``): no provision's own text opens with them."""


_REFERENCE_GOES_ON = re.compile(
    rf"(?:{_CITING_WORDS}|to|in|under|as|with|from|by|was|were|has|have|remains?|means|до"
    r"|щодо|о|об)(?![\w-])")
"""The small word a sentence goes on with after a provision's number that opens it (``3(b)
of the charter binds …``, ``3(b) to 3(d) …``): the citing words (:data:`_CITING`) and more,
which only after a number above the current point's say a reference, not the provision's
text."""


def _next_kanji_item(parse: Parse, kanji_sub: re.Match[str]) -> bool:
    """Whether ``一　…`` (``二　…`` after ``一　…``) at the last point's own indent opens its
    items: the first, or the one after the point's last item (``１．…次のとおり合意する。`` /
    ``一　…`` / ``二　…`` ran into the point's text)."""
    children = parse.points[-1].children
    value = kanji_number(kanji_sub.group("num"))
    if not children:
        return value == 1
    return 1 < value <= 10 and children[-1].style == "kanji" \
        and children[-1].label == "一二三四五六七八九十"[value - 2]


def _names_a_later_point(parse: Parse, qualified: re.Match[str]) -> bool:
    """Whether a line opening ``N(a) …`` names a provision of a point after the current
    one: after a paragraph break or a finished clause (never a reference wrapped to a
    line's start, "… article" / "3(b) of the charter"), N above the last point's number,
    not a sentence going on from the number (:data:`_REFERENCE_GOES_ON`: "3(b) of the
    charter binds …" after a finished sentence), and not a table row's first cell ("12(d) |
    — | removed", a renumbering map)."""
    if not _after_break(parse) or qualified.group("rest").startswith("|") \
            or _REFERENCE_GOES_ON.match(qualified.group("rest")):
        return False
    last = next((int(node.label) for node in reversed(parse.points)
                 if node.label.isdigit()), 0)
    return int(qualified.group("num")) > last


def _in_furniture(parse: Parse, raw: str, where: str) -> bool:
    """Whether a line under a link-list or footnotes heading stays there: until a heading of
    another kind, or the draft's next point number (in its own style: ``③`` after ``②``)
    before any numbered item of the list (a "Notes" heading inside a draft, then point 5
    again) or, after them, one the list's numbering does not go on with (a "Read also" box's
    1, 2 between points 3 and 4), or one it goes on with after a blank line when its items
    stood line under line (a "Read more" box's 1, 2, 3, a blank line, the draft's 4). A
    number the draft expects that stays the list's is a warning."""
    heading = HEADING.match(raw)
    if heading is not None and not FURNITURE_HEADING.match(clean_line(heading.group("text"))):
        parse.furniture = False
        return False
    top = TOP.match(raw)
    if top is not None:
        number = int(top_digits(top).translate(FW_DIGITS))
        expected = number == parse.expected()
        if expected and (not parse.listed or number != _listed_next(parse)
                         or (parse.blank and not parse.listed_apart)
                         or _unlike_items(parse, raw)):
            parse.furniture = False  # the draft's next point, not the list's next item
            return False
        heading_text = parse.headings[-1][0] if parse.headings else ""
        if expected and parse.blank and not parse.doubted \
                and _ends_like_points(parse, raw) and not _NOTES.match(clean_line(heading_text)):
            parse.doubted = True  # (a notes heading's numbered notes are told apart already)
            parse.events.append(Event(where, "listed", (
                f"the line numbered {number}, the number the draft's next point would have, "
                f"was read as an item of the list under '{heading_text[:60]}' (links to "
                "other stories) and went to the notes with the lines after it: if the draft "
                "goes on there, cut the list out of the text")))
        parse.listed_apart = parse.listed_apart or (parse.listed and parse.blank)
        parse.listed = True
    elif not parse.listed and (_next_in_style(parse, raw) or _next_spaced(parse, raw)):
        parse.furniture = False
        return False
    return True


_NOTES = re.compile(rf"^[#* \t]*(?:{NOTES_WORDS})[* \t]*[:：]?$", re.IGNORECASE)
"""A notes heading ("Notes", "Sources", "Примітки"): its numbered lines are notes, and the
draft's next number among them no doubt."""


def _ends_like_points(parse: Parse, raw: str) -> bool:
    """Whether ``raw`` ends as the draft's last point does (a full stop, or none)."""
    last = parse.points[-1].text if parse.points else ""
    return ends_sentence(raw) == ends_sentence(last)


def _unlike_items(parse: Parse, raw: str) -> bool:
    """Whether ``raw`` ends a sentence as the draft's last point does while no numbered item
    under the link-list heading does (a box's headlines, ``1. Who drafted the plan``): the
    draft's next point, not the list's next headline."""
    items = [line for paragraph in parse.under[-1] for line in paragraph if TOP.match(line)]
    return bool(items) and ends_sentence(raw) and _ends_like_points(parse, raw) \
        and not any(ends_sentence(line) for line in items)


def _next_spaced(parse: Parse, raw: str) -> bool:
    """Whether a line opens the draft's next point numbered with an ideographic space
    (``３　…``, as a Japanese newspaper's full text numbers them)."""
    item = _JA_LIST_ITEM.match(raw)
    return item is not None and int(item.group("num").translate(FW_DIGITS)) == parse.expected()


def _listed_next(parse: Parse) -> int | None:
    """The number the list under the last link-list heading would give its next item (its
    last numbered item's plus one): a "Read also" box's stories numbered 1 and 2 between
    points 3 and 4 go on with 3, so the draft's 4 after them is point 4 again."""
    for paragraph in reversed(parse.under[-1]):
        for line in reversed(paragraph):
            top = TOP.match(line)
            if top is not None:
                return int(top_digits(top).translate(FW_DIGITS)) + 1
    return None


def _next_in_style(parse: Parse, raw: str) -> bool:
    """Whether a line opens the draft's next point in the style its points are numbered in
    when that is ``①`` or ``(1)`` (``③`` after point 2)."""
    sub = SUB.match(raw) if parse.top_style in ("circled", "paren-digit") else None
    if sub is None:
        return False
    circled, digits = sub.group("circled"), (sub.group("plabel") or "").translate(FW_DIGITS)
    if circled:
        return parse.top_style == "circled" and int(unicodedata.numeric(circled)) \
            == parse.expected()
    return parse.top_style == "paren-digit" and digits.isdigit() \
        and int(digits) == parse.expected()


_HEADING_ALONE = 80
"""The longest line that can be a link-list heading alone on its line ("More on …")."""


_RUN_IN_COMMENTARY = re.compile(
    r"(?<=[.!?。])[ \t]+(?=(?:Response|Reaction|Analysis|What changed|Why it matters"
    r"|Відповідь|Реакція|Аналіз|Що змінилося|Ответ|Реакция|Анализ|Что изменилось)[ \t]*[:：]"
    r"[ \t]*\S)")
"""A press page's commentary label run into the point's line after its finished sentence
(a PDF joins the two lines when the point's line fills the column): the label's text is
an aside (:data:`~plandiff.plans.intake.asides.ASIDE_LINE`), not the point's."""


def _group_heading(parse: Parse) -> bool:
    """Whether a law's group heading (``Final provisions``) read here is one: not the line
    right under an article's bare number (``Article 3`` / ``Final provisions``: that
    article's own heading), which has no text yet."""
    node = parse.current
    return node is None or node.lines > 0 or bool(node.children)


def _line(parse: Parse, raw: str, where: str) -> None:
    """Read one non-blank line (or the piece of one, after a mid-line split)."""
    if SHARE_BUTTON.match(raw):
        parse.buttons.append(where)  # "Share", "Copy link": the page's button, left out
        return
    if APP_LINE.match(raw):
        parse.app_lines.append(where)  # "Sent from my iPhone": the program's, left out
        return
    if parse.points and len(raw) <= _HEADING_ALONE and not raw.lstrip().startswith("#") \
            and FURNITURE_HEADING.match(clean_line(raw).strip("*_")):
        raw = f"## {raw.strip()}"  # "Related", "Читайте також" alone on a line: a heading
    elif parse.points and len(raw) <= 40 and TIME_STAMP_LINE.match(clean_line(raw)) \
            and _after_break(parse):
        # a live blog's next entry ("10:15 GMT", "2 h ago"): it ends the point as a heading
        # does, and goes to the notes as the page has it
        open_heading(parse, clean_line(raw))
        parse.as_written.append((len(parse.headings) - 1, where, TIME_STAMP))
        return
    if parse.furniture and _in_furniture(parse, raw, where):
        if parse.under[-1][-1] and (BULLET_LINE.match(raw) or TOP.match(raw)):
            parse.under[-1].append([])  # each link a paragraph ("・A・B" ran together)
        parse.under[-1][-1].append(clean_line(raw))
        parse.outside.append(where)
        return
    if ASIDE_LINE.match(raw):
        _aside(parse, clean_line(raw), where)
        return
    run_in = _RUN_IN_COMMENTARY.search(raw) if parse.points else None
    if run_in is not None:  # "…and Europe. Response: European officials …" (a PDF's join)
        _line(parse, raw[:run_in.start()], where)
        _line(parse, raw[run_in.end():], where)
        return
    tail = ASIDE_TAIL.search(raw)
    if tail and tail.start() > 0 and raw[:tail.start()].strip():
        raw = raw[:tail.start()] + tail.group("end")
        aside = clean_line(tail.group("aside"))
        _line(parse, raw, where)
        _aside(parse, aside, where)
        return
    indent = _indent(raw)
    suffixed = SUFFIXED.match(raw)
    if suffixed and parse.points and parse.points[-1].label == suffixed.group("num"):
        parse.stack.clear()  # a sub-point of the top-level point itself
        open_sub(parse, suffixed.group("suffix"), "suffix",
                 clean_line(strip_bold(suffixed.group("rest"), suffixed.group("bold"))),
                 where, indent, number=suffixed.group("num") + suffixed.group("suffix"))
        return
    qualified = QUALIFIED.match(raw)
    if qualified and _CITING.match(qualified.group("rest")):
        qualified = None  # "3(b) of the charter …": a provision cited, the sentence goes on
    if qualified and not (parse.points and parse.points[-1].label == qualified.group("num")) \
            and _names_a_later_point(parse, qualified):
        # "14(d) …" after point 13, point 14 not restated (a package of amended provisions):
        # the provision 14(d) stands on its own, as the draft numbers it, never 13(d)
        label = re.sub(r"\s", "", qualified.group("label")).translate(_ASCII_BRACKETS)
        rest = clean_line(strip_bold(qualified.group("rest"), qualified.group("bold")))
        open_top(parse, qualified.group("num") + label, rest, where, indent)
        parse.points[-1].title_line = _is_heading_title(raw, None, rest)  # "### 14(d) Title"
        return
    if qualified and parse.points and parse.points[-1].label == qualified.group("num"):
        # "2(a) …" under point 2: its sub-point (a), as "(a) …" reads
        raw = f"{qualified.group('indent')}{qualified.group('label')} {qualified.group('rest')}"
    decimal = DECIMAL.match(raw) or DECIMAL_WORD.match(raw)
    if decimal and decimal_sub(parse, decimal, where, indent):
        return
    if decimal and headless_clause(parse, decimal, where, indent):
        rest = parse.points[-1].text
        parse.points[-1].title_line = _is_heading_title(raw, None, rest)  # "### 1.1. Title"
        return
    inserted = INSERTED.match(raw)
    if inserted and _inserted_after(parse, inserted.group("num")):
        # "Стаття 14¹." right after article 14 (or 14¹): an inserted article, its own point
        # ("Section 2.1" under section 2 is its sub-point, read above)
        number = markers.inserted_number(inserted.group("num"), inserted.group("insert"))
        digits = number[len(inserted.group("num")):].translate(markers.FROM_SUPERSCRIPT)
        # "14¹", "14.1", "14-1" labelled "14^1" (str.isdigit takes "¹" for a digit), which
        # gives the id p14.1, no sub-point's (p14-1); "14a" as written
        label = f"{inserted.group('num')}^{digits.lstrip('.-')}" \
            if digits.lstrip(".-").isdigit() else number
        rest = clean_line(strip_bold(inserted.group("rest"), inserted.group("bold")))
        open_top(parse, label, rest, where, indent, None, True)
        _titled_article(parse.points[-1], raw, inserted, rest)
        parse.points[-1].number = number
        return
    top = TOP.match(raw) or HEADING_ARTICLE.match(raw) or HEADING_NUMBER.match(raw) \
        or ARTICLE_ROMAN.match(raw)
    if top and top.groupdict().get("kroman") and not _next_roman(parse, top):
        top = None
    if top and top.re is HEADING_NUMBER and top.group("rest") and not _numbered_title(
            parse, top):
        top = None
    if top is None and (spaced := KEYWORD_SPACED.match(raw)) is not None \
            and int(top_digits(spaced).translate(FW_DIGITS)) == parse.expected() \
            and (not parse.points or (parse.points[-1].keyword and _after_break(parse))):
        # "§ 2 The parties …", "П. 2 Стороны …": the next point, no separator, in a draft
        # whose points a word opens ("Пункт 2 Соглашения …" among "1." "2." is a sentence)
        top = spaced
    if top and wrapped_number(parse, top, raw):
        top = None  # "…described in point" / "1. above …": a sentence wrapped before a number
    bare = BARE_NUMBER.match(raw) if top is None else None
    if bare and int(bare.group("num").translate(FW_DIGITS)) == parse.expected() \
            and parse.previous.rstrip()[-1:] in CLAUSE_END:  # not a table's count cell
        open_top(parse, str(parse.expected()), "", where, indent)  # "3" alone, text below
        parse.bare_numbered = True
        return
    if bare and parse.points and not parse.bare_numbered and not parse.closed \
            and parse.previous.rstrip().rstrip(CLOSERS)[-1:] in SENTENCE_END:
        parse.stray_numbers.append(where)  # "confirmed." / "4": a mark, not the point's text
        return
    if top:
        groups = top.groupdict()
        parse.quoted = parse.quoted or bool(groups.get("quote"))
        label = str(int(top_digits(top).translate(FW_DIGITS)))
        rest = clean_line(strip_bold(top.group("rest"), top.group("bold")))
        keyword = groups.get("kw") is not None
        if not keyword and next_paragraph(parse, label):
            open_sub(parse, label, "paragraph", rest, where)  # "1." inside "Article 2": 2(1)
            return
        if not keyword and nested_number(parse, label, raw, indent):
            open_sub(parse, label, "paren-digit", rest, where, indent)  # 2(1), as Word's
            return
        above = parse.points[-1].heading_line if parse.points else ""
        if label == "1" and above and not parse.stack and parse.points[-1].lines == 1 \
                and not parse.points[-1].children:  # nothing under it but its own title
            # "## 1 Security" with a list numbered from 1 right under it: a part's heading
            parse.points.pop()
            open_heading(parse, above)
        open_top(parse, label, rest, where, indent, None, keyword)
        if top.re is HEADING_NUMBER and rest:  # "##### 2 Reports": a part's, if "1." follows
            parse.points[-1].heading_line = clean_line(raw.lstrip(" \t\u3000#")).strip("*_ ")
        # Without a word, only a heading line has a title: "## 3. Security guarantees".
        if keyword:
            _titled_article(parse.points[-1], raw, top, rest)
        else:
            parse.points[-1].title_line = _is_heading_title(raw, None, rest)
            parse.points[-1].title_below = not rest and raw.lstrip().startswith("#")
            parse.points[-1].mark = raw[:top.start("rest")].strip()  # "2."
        return
    kanji_sub = KANJI_SUB.match(raw)
    bracketed = bool(kanji_sub and (kanji_sub.group("pnum") or kanji_sub.group("enclosed")))
    if bracketed and kanji_sub and JA_RUNNING.match(kanji_sub.group("rest")) \
            and running_line(parse):
        kanji_sub = None  # "…前条" / "（二）に定める…": a reference wrapped mid-sentence
    numeral = bool(kanji_sub and kanji_sub.group("num"))
    if kanji_sub and numeral and ((not parse.points and kanji_sub.group("num") == "一")
                                 or parse.top_style == "kanji"):
        # a list numbered only 一　, 二　 (a government summary): its points
        parse.top_style = "kanji"
        open_top(parse, str(kanji_number(kanji_sub.group("num"))),
                 clean_line(kanji_sub.group("rest")), where, indent)
        parse.points[-1].kanji = True
        return
    if kanji_sub and bracketed and (not parse.points or parse.top_style == "paren-kanji"):
        # a list numbered only （一）, （二） or ㈠, ㈡: its points
        parse.top_style = "paren-kanji"
        open_top(parse, str(kanji_number(markers.kanji_label(kanji_sub))),
                 clean_line(kanji_sub.group("rest")), where, indent)
        return
    if kanji_sub and parse.points and (parse.points[-1].keyword or bracketed
                                       or indent > parse.points[-1].indent
                                       or (numeral and _next_kanji_item(parse, kanji_sub))):
        # 一　…, （二）…, ㈢ under 第1条 or a numbered point: its items (号)
        stem = kanji_sub.group("stem")
        open_sub(parse, markers.kanji_label(kanji_sub), "stem" if stem else "kanji",
                 clean_line(kanji_sub.group("rest")), where, indent)
        return
    kana = KANA_SUB.match(raw) if parse.points else None
    if kana:  # ア　…, イ　… (or イ、ロ、ハ): an item's items
        open_sub(parse, unicodedata.normalize("NFKC", kana.group("kana") or kana.group("pkana")),
                 "kana",
                 clean_line(kana.group("rest")), where, indent)
        return
    kanji = KANJI_ITEM.match(raw)
    if kanji:
        open_top(parse, str(kanji_number(kanji.group("num"))),
                 clean_line(strip_bold(kanji.group("rest"), kanji.group("bold"))), where,
                 indent)
        parse.points[-1].kanji = True
        return
    section = SECTION.match(raw)
    roman = section.group("numeral").translate(CYRILLIC_ROMAN) if section else ""
    if section and roman == "I" and _next_capital_item(parse, "I"):
        section = None  # "I." after "H.": the ninth item of a capital-letter list
    if section and roman == roman_label(parse.sections + 1).upper():
        parse.sections += 1  # I., then II. ...: "V. Zelensky" at a line's start is text
        if parse.points:
            parse.headings.append((clean_line(raw), len(parse.points)))
            parse.under.append([[]])
            return
    if len(raw) <= _HEADING_ALONE + 20 and (PART.match(raw) or (
            GROUP_HEADING.match(raw) and _group_heading(parse))
            or (JA_HEADING.match(raw) and not _JA_NUMBER_ONLY.fullmatch(
                clean_line(raw).strip("【】＜＞ \u3000")))) and (
            not parse.points or _after_break(parse)):  # not "…set out in" / "Chapter 3"
        parse.headings.append((clean_line(raw).strip("*_ "), len(parse.points)))
        parse.under.append([[]])
        return
    numbered = JA_PARAGRAPH.match(raw)
    if numbered and ja_paragraph(parse, numbered, where):
        return
    spaced = _JA_LIST_ITEM.match(raw)
    numbered = numbered or spaced
    value = int(numbered.group("num").translate(FW_DIGITS)) if numbered else 0
    if numbered and not (parse.points and parse.points[-1].keyword) \
            and (value == parse.expected() or (value == 1 and parse.closed)) \
            and (parse.points or _after_break(parse) or not parse.previous.strip()
                 or spaced is not None):
        # "１　ウクライナの主権…" outside an article: a Japanese list numbered with a space,
        # as a newspaper's full text (「全文」) prints the points; with an ideographic
        # space, right under a headline too (a number wrapped from a sentence has none);
        # from 1 again under a heading (``第二　監視``): a new part, as "1." there opens one
        open_top(parse, str(value), clean_line(numbered.group("rest")), where, indent)
        return
    article = JA_ARTICLE.match(raw)
    if article and JA_RUNNING.match(article.group("rest")) and not article.group("title") \
            and running_line(parse):
        article = None  # "…北大西洋条約" / "第5条にならった…": a reference wrapped mid-sentence
    if article:
        value = int(markers.ja_number(article.group("num")))
        title = clean_line(article.group("title") or "") or None
        branch = article.group("branch")
        if branch:  # "第9条の2": an article inserted after article 9 (p9.2, as 14¹ is p14.1)
            branch = markers.ja_number(branch)
        open_top(parse, f"{value}^{branch}" if branch else str(value),
                 clean_line(strip_bold(article.group("rest"), article.group("bold"))),
                 where, indent, title, keyword=article.group("unit") == "条")
        if branch:
            parse.points[-1].number = f"{value}の{branch}"
        parse.points[-1].mark = raw[:article.start("rest")].strip()  # "第１条"
        return
    sub = SUB.match(raw)
    if sub and sub.group("cyrdot") and not _next_cyrillic_item(parse, sub.group("cyrdot")):
        sub = None  # "В. Петренко …": an initial, not an item
    capital = sub.group("upper") or sub.group("pupper") if sub else None
    if capital and not _next_capital_item(parse, capital):
        sub = None  # "J. Smith …": an initial, not an item
    if sub and _opens_top(parse, sub, where):
        return
    sub = sub if parse.points else None
    bullet = BULLET_LINE.match(raw) if parse.points and not sub else None
    if (sub or bullet) and parse.closed:
        # an item under a heading that opened no point ("Transcript", a tag list after
        # the article): the heading's, with the text under it, not the last point's, each
        # item a paragraph of its own (run together, "・A・B" lost where an item ends)
        if parse.under[-1][-1]:
            parse.under[-1].append([])
        parse.under[-1][-1].append(clean_line(raw))
        parse.outside.append(where)
        return
    if sub:
        circled = sub.group("circled")
        if circled:
            label, style = str(unicodedata.numeric(circled)).removesuffix(".0"), "circled"
        elif sub.group("cyr"):
            label, style = sub.group("cyr"), "cyrillic"  # а) б) в): Ukrainian, Russian
        elif sub.group("cyrdot"):
            label, style = sub.group("cyrdot").lower(), "cyrillic"  # А. Б. or а. б.
        elif capital:
            label, style = capital, "capital"  # A. B. or (A) (B): as the text writes them
        else:
            label = (sub.group("plabel") or sub.group("label")).translate(FW_DIGITS)
            style = sub_style(label, parse)
        # an indented (n) item nests by its indentation (Word's plain decimal levels)
        open_sub(parse, label, style,
                 clean_line(strip_bold(sub.group("rest"), sub.group("bold"))), where,
                 indent if style == "paren-digit" else 0, at=indent)
        return
    bullet = BULLET_LINE.match(raw) if parse.points else None
    if bullet is None and parse.points and parse.previous.rstrip()[-1:] in ":：;；":
        bullet = DASH_ITEM.match(raw)  # "— прекратить огонь;" under "…договорились:"
    if bullet and _closes_parenthesis(parse, raw):
        _run_on(parse, raw, where, indent)  # "(… ninety" / "– Ed.).": a wrap, not a bullet
        return
    if bullet and _list_after_prose(parse):
        # a bulleted list of the article's after the reporter's paragraph (what is known
        # so far, reactions): text of that paragraph's, never the point's sub-points; the
        # article's prose after the list then leaves the last point (prose_after)
        node = parse.current
        assert node is not None
        node.add_line(clean_line(raw), indent)
        return
    if bullet:
        _group_lead_in(parse, f"bullet@{indent}")  # "US guarantee:" over a later group
        open_sub(parse, None, f"bullet@{indent}", clean_line(bullet.group("rest")), where,
                 indent)
        return
    heading = HEADING.match(raw)
    content = clean_line(heading.group("text")) if heading else ""
    if heading and quote_heading(parse, content):
        raw, heading = content, None  # a pull quote set large
    elif heading and bare_quote_heading(parse, content):
        parse.pending = (content, where, [])
        return  # a quotation set large: the next line tells what it is (resolve_quote)
    if heading:
        node = parse.current
        if heading.group("hashes") == "#" and parse.title is None and not parse.points:
            parse.title = content or None
        elif node is not None and not parse.stack and node.title_below and not node.lines \
                and node.title is None and 0 < len(content) <= 100 \
                and not FURNITURE_HEADING.match(content):
            node.title = content  # "## Article 1", then "### Purpose": its heading (Word, pages)
        elif content:
            open_heading(parse, content)
        return
    line = clean_line(raw)
    node = parse.current
    if parse.closed:
        parse.under[-1][-1].append(line)
        parse.outside.append(where)
        return
    if node is None:
        if masthead(line):  # the copy's stamp or byline under its headline
            apart(parse.notes, line)
        else:
            parse.notes[-1].append(line)
        parse.outside.append(where)
        return
    if wrapped_aside(parse, line):  # "Response: … already" / "in the Charter …": its
        return
    if _indented_item(parse, node, indent):
        open_sub(parse, None, f"indent@{indent}", line, where, indent)
        return
    if node.style.startswith("indent@") and indent < node.indent:
        # Back out of the indented items to the level this line belongs to.
        while parse.stack and parse.stack[-1].style.startswith("indent@") \
                and indent < parse.stack[-1].indent:
            parse.stack.pop()
        node = parse.current
        assert node is not None
        node.blank()
    elif parse.blank and parse.stack and indent < node.at \
            and indent <= _parent(parse).at and not (narrative(line) or commentary(line)):
        # a paragraph after sub-items set back to their parent's level (a page's <p> in
        # the item after its nested list; a Google Docs paragraph at its margin): the
        # parent's further paragraph, not the last sub-item's (a reporter's words stay
        # where the article's text after the list is looked for, :mod:`.pagetext`)
        while parse.stack and (indent < parse.stack[-1].at or (
                parse.stack[-1].style == GROUP_LEAD and indent <= parse.stack[-1].at)):
            parse.stack.pop()  # a group's lead-in heads its bullets, not the text after
        node = parse.current
        assert node is not None
        node.blank()
    if parse.blank and not node.paragraphs[-1]:
        parse.paragraph_at = (node, len(node.paragraphs) - 1, len(node.children), where)
    parse.line_lead = (node, len(node.paragraphs) - 1, len(node.paragraphs[-1]),
                       len(node.children), where) \
        if not parse.blank and line.rstrip()[-1:] in ":：" and node.style.startswith("bullet@") \
        and node.paragraphs[-1] and ends_clause(node.last_line) else None
    node.add_line(line, indent)


def _group_lead_in(parse: Parse, style: str) -> None:
    """Before a bullet of ``style``: when the paragraph read last is a lead-in ending in a
    colon that stands after bullets of that style (a second group of the point's bullets:
    ``Key provisions:`` / bullets / ``US guarantee:`` / bullets), open it as a sub-point of
    its own (:data:`GROUP_LEAD`), so that the bullet and those after it go under it: the
    text keeps its reading order and grouping. The lead-in was either set back to the
    bullets' parent (a page's ``<p>`` after its list) or, set flush with the bullets, read as
    the last bullet's further paragraph (:attr:`Parse.paragraph_at`). A reporter's words
    (``The document also says:``) are no lead-in of the point's (:func:`_list_after_prose`);
    the first lead-in, the point's own text or paragraph before its first bullet, stays
    where it is."""
    node = parse.current
    if node is None or parse.closed:
        return
    if _line_lead_in(parse, node, style):
        return
    if parse.paragraph_at is None:
        return
    holder, index, children, where = parse.paragraph_at
    if holder is not node or index != len(node.paragraphs) - 1 - (not node.paragraphs[-1]) \
            or children != len(node.children):
        return  # not the paragraph read last, or sub-points opened since
    if node.style == style and index > 0:
        pop = 1  # flush with the bullets: the last bullet's further paragraph
    elif node.children and node.children[-1].style in (style, GROUP_LEAD):
        pop = 0  # set back to the bullets' parent
    else:
        return
    said = join_wrapped(node.paragraphs[index])
    if said.rstrip()[-1:] not in ":：" or narrative(said) or commentary(said):
        return
    lead = node.paragraphs[index]
    node.paragraphs[index:] = [[]]
    node.lines -= len(lead)
    _open_group_lead(parse, node, lead, where, pop, style)


def _line_lead_in(parse: Parse, node: Node, style: str) -> bool:
    """The lead-in of a later group read as the last bullet's wrapped line, no blank line
    around it (:attr:`Parse.line_lead`: ``• b.`` / ``US guarantee:`` / ``• c``): opened as
    :func:`_group_lead_in` opens one set apart. Whether it was."""
    if parse.line_lead is None:
        return False
    holder, index, at, children, where = parse.line_lead
    parse.line_lead = None
    if holder is not node or node.style != style or children != len(node.children) \
            or index != len(node.paragraphs) - 1 or at != len(node.paragraphs[index]) - 1:
        return False  # not the line read last, or sub-points opened since
    said = node.paragraphs[index][at]
    if narrative(said) or commentary(said):
        return False
    del node.paragraphs[index][at]
    node.lines -= 1
    _open_group_lead(parse, node, [said], where, 1, style)
    return True


def _open_group_lead(parse: Parse, node: Node, lead: list[str], where: str, pop: int,
                     style: str) -> None:
    """Open ``lead`` as a sub-point of its own (:data:`GROUP_LEAD`) beside the bullets of
    ``style`` before it, ``pop`` levels out of ``node``: the bullets after it go under it."""
    del parse.stack[len(parse.stack) - pop:]
    while parse.stack and parse.stack[-1].style == GROUP_LEAD:
        parse.stack.pop()  # a third group's lead-in goes beside the second's
    parse.paragraph_at = None
    parent = parse.current
    assert parent is not None
    label = str(1 + sum(1 for c in parent.children if c.style in (style, GROUP_LEAD)))
    lead_in = Node(label=label, number=f"{parent.number}.{label}", style=GROUP_LEAD,
                   where=where, indent=node.last_indent, at=node.last_indent)
    for line in lead:
        lead_in.add_line(line, node.last_indent)
    parent.children.append(lead_in)
    parse.stack.append(lead_in)


def _parent(parse: Parse) -> Node:
    """The node the innermost open sub-point is under."""
    return parse.stack[-2] if len(parse.stack) > 1 else parse.points[-1]


def _list_after_prose(parse: Parse) -> bool:
    """Whether a bulleted line follows, in the current point (or sub-point), a further
    paragraph of it that is the reporter's prose (:func:`~.reporting.narrative`,
    :func:`~.reporting.commentary`) and introduces no list (it does not end in a colon) or
    introduces one in a reporter's words (:func:`~.reporting.reported`: ``В документе также
    говорится:``, ``The document also says:``), or a bulleted line read so for that reason:
    a news page's list of what is known so far, of reactions or of what else the text says
    after the points, not the point's sub-points. The point's own paragraph and another
    paragraph ending in a colon keep their bullets as sub-points."""
    node = parse.current
    if node is None:
        return False
    paragraphs = [p for p in node.paragraphs if p]
    if len(paragraphs) < 2:
        return False
    last = paragraphs[-1]
    if BULLET_LINE.match(last[0]):  # the list's next item
        return True
    said = join_wrapped(last)
    if said.rstrip()[-1:] in ":：":  # it introduces the list: the point's, unless a
        return reported(said)  # reporter's ("В документе также говорится:")
    return narrative(said) or commentary(said)


def _closes_parenthesis(parse: Parse, raw: str) -> bool:
    """Whether a line that opens with a dash closes a parenthesis the current point's last
    line left open, right after it: the line was wrapped before the dash (a PDF's ``…(in the
    earlier version: ninety`` / ``– Ed.).``), so it runs on; it opens no bullet."""
    node = parse.current
    if node is None or parse.closed or parse.blank or not node.paragraphs[-1]:
        return False
    last = node.last_line
    return (last.count("(") > last.count(")") or last.count("[") > last.count("]")) and (
        raw.count(")") > raw.count("(") or raw.count("]") > raw.count("["))


def _run_on(parse: Parse, raw: str, where: str, indent: int) -> None:
    """Add a wrapped line to the current point; an editorial aside the wrap had cut in two
    (``(in the earlier version: ninety`` / ``– Ed.).``) goes to the notes whole."""
    node = parse.current
    assert node is not None
    last = node.last_line
    joined = join_wrapped([last, clean_line(raw)])
    tail = ASIDE_TAIL.search(joined)
    if tail and tail.start() < len(last) and joined[:tail.start()].strip():
        node.paragraphs[-1][-1] = joined[:tail.start()] + tail.group("end")
        _aside(parse, clean_line(tail.group("aside")), where)
        return
    node.add_line(clean_line(raw), indent)


_CAPITALS = ("ABCDEFGHIJKLMNOPQRSTUVWXYZ",)


def _next_letter_item(parse: Parse, letter: str, style: str, alphabets: tuple[str, ...],
                      after_colon: bool = False) -> bool:
    """Whether a letter with a period (``А.``, ``б.``, ``A.``, ``(B)``) opens a sub-point of
    ``style``: under a point, as the first letter of its list (``alphabets``' first; only
    right after a lead-in ending in a colon when ``after_colon``), or the letter after its
    last item's in one of ``alphabets``; any other is an initial (``В. Петренко``, ``J.
    Smith``, an author's ``A. Writer covers …`` after the list)."""
    if not parse.points:
        return False
    items = [c.label for c in parse.points[-1].children if c.style == style]
    if not items:
        return letter == alphabets[0][0] and (
            not after_colon or parse.previous.rstrip()[-1:] in ":：")
    return any(items[-1] in alphabet and alphabet.find(items[-1]) + 1 == alphabet.find(letter)
               for alphabet in alphabets)


def _next_cyrillic_item(parse: Parse, letter: str) -> bool:
    """A Cyrillic sub-point letter (``а``, then ``б`` …, in the Russian or the Ukrainian
    alphabet) that opens an item (:func:`_next_letter_item`)."""
    return _next_letter_item(parse, letter.lower(), "cyrillic", markers.CYRILLIC_LETTERS)


def _next_capital_item(parse: Parse, letter: str) -> bool:
    """A capital Latin letter that opens an item, the list's first (A) only after a lead-in
    ending in a colon (:func:`_next_letter_item`)."""
    return _next_letter_item(parse, letter, "capital", _CAPITALS, after_colon=True)


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
    if parse.points and (parse.top_style != style
                         or nested_paren(parse, value, _indent(sub.string))):
        return False
    if not parse.points:
        parse.top_style = style
    open_top(parse, str(value), clean_line(strip_bold(sub.group("rest"), sub.group("bold"))),
             where, _indent(sub.string))
    parse.points[-1].mark = sub.string[:sub.start("rest")].strip()  # "(1)", "①"
    return True


def _indented_item(parse: Parse, node: Node, indent: int) -> bool:
    """Whether a plain line is an item under a lead-in: the point's last line ends with a
    colon and this line is indented further; or it is indented like the item before it."""
    if node.style.startswith("indent@"):
        return indent == node.indent
    last = node.last_line
    return bool(last) and last[-1] in ":：" and indent > node.last_indent


def pieces(parse: Parse, raw: str, where: str, following: str = "") -> None:
    """Read a line, opening the next point where it starts after a finished sentence, and
    the first item of a list (``(1)``, ``①``, ``Point 1:``, ``第１項``) and the items after
    it where a lead-in runs into it (:func:`~plandiff.plans.intake.runin.first_item_cuts`,
    ``following`` the next line that is not blank): every item run into a line is cut
    here."""
    cuts = first_item_cuts(raw, following)
    if cuts:
        parse.first_cut.append(where)
        for begin, end in itertools.pairwise([0, *cuts, len(raw)]):
            piece = raw[begin:end].rstrip()
            if piece.strip():
                _numbered_pieces(parse, piece if begin == 0 else piece.lstrip(), where)
        return
    _numbered_pieces(parse, raw, where)


def _numbered_pieces(parse: Parse, raw: str, where: str) -> None:
    """Read a line, opening the next point where it starts after a finished sentence."""
    start = 0
    head = TOP.match(raw)
    marked = head.start("rest") if head is not None else 0  # "П. 1. …": the mark's own number
    opened = -1  # the number of the point last cut off here (its word may stand before it)
    while True:
        found = None
        matches = EMBEDDED.finditer(raw, start)
        if _WORD_RUN_IN.search(raw, start) or _AND_RUN_IN.search(raw, start):
            # "… set up. Point 3: …", "…; and 3) …": by where each starts
            matches = iter(sorted([*matches, *_WORD_RUN_IN.finditer(raw, start),
                                   *_AND_RUN_IN.finditer(raw, start)],
                                  key=lambda m: m.start("num")))
        for match in matches:
            if match.start() <= start or not raw[start:match.start()].strip() \
                    or match.start("num") < marked or match.start("num") <= opened \
                    or (match.re is _WORD_RUN_IN and match.group("num") == "1"):
                continue  # "… Point 1: …": a list's first item (runin, with its look-ahead)
            if int(match.group("num").translate(FW_DIGITS)) == \
                    _expected_after(parse, raw[start:match.start()]):
                found = match
                break
        if found is None:
            _line(parse, raw[start:] if start == 0 else raw[start:].lstrip(), where)
            return
        # "…; and 3) …": the conjunction ends the item before, as typed an item a line
        piece = raw[start:found.start("num") if found.re is _AND_RUN_IN else found.start()]
        cut = opened = found.start("num")
        if found.re is _WORD_RUN_IN:  # the point's word goes with its number
            cut = found.start("kw")
        word = _WORD_BEFORE.search(piece)
        if word is not None and piece[:word.start()].strip():
            piece, cut = piece[:word.start()], start + word.start("word")  # "…: п. 1. …"
        _line(parse, piece if start == 0 else piece.lstrip(), where)
        number = int(found.group("num").translate(FW_DIGITS))
        parse.events.append(Event(where, "split", f"point {number} starts in the middle of "
                                  "a line, after a sentence"))
        start = cut


_WORD_RUN_IN = re.compile(
    r"(?<=[.!?;。．！？])[ \t\u3000]*(?P<kw>point|item|paragraph|article|пункт|статья|стаття)"
    r"[ \t]*(?P<num>[0-9]{1,3})[ \t]*[:：.–—-][ \t\u3000]*(?=[^\W\d_]|[«“\"'])", re.IGNORECASE)
"""A point's word and number run into a line after a finished sentence (``… set up. Point
3: Elections …``, ``… снимаются. Пункт 5 — договор …``, bold lead-ins in one paragraph):
the next point, as a bare ``3.`` there is; point 1 so is a list's first item, cut by
:func:`~plandiff.plans.intake.runin.first_item_cuts` when the next line goes on with it."""
_AND_RUN_IN = re.compile(r"(?<=[;,])[ \t]+(?:and|or|та|і|й|и|а[ \t]+також|а[ \t]+также)[ \t]+"
                         r"(?P<num>[0-9]{1,3})[)][ \t]+(?=[^\W\d_]|[«“\"'])", re.IGNORECASE)
"""The last item of a list run into one line after a semicolon or a comma and a conjunction
(``1) both sides …; 2) monitors …; and 3) detainees …``): the next point, as ``; 2)`` is, when
its number is the next one; the conjunction stays the item's before."""
_WORD_BEFORE = re.compile(r"(?<=[.!?;:：。])[ \t]*(?P<word>(?:[Пп]|[Nn]o)\.)[ \t]*$")
"""The abbreviated word a run-in point's number stands under after a finished sentence
(``Текст плана: п. 1. …``): the point's, not the sentence's."""


def _expected_after(parse: Parse, piece: str) -> int:
    """The next point's number once ``piece`` (not yet read) has been read."""
    top = TOP.match(piece)
    if top:
        return int(top_digits(top).translate(FW_DIGITS)) + 1
    return parse.expected()
