"""What a numbered line is where it stands, when its number is not simply the next point's.

Inside a point opened by an article word, ``1.``, ``2.`` are its numbered paragraphs
(:func:`next_paragraph`; ``２　締約国は…`` inside ``第2条``: :func:`ja_paragraph`); a numbered
line indented further than its point, numbered from 1 again, is an item of a list nested in
it (:func:`nested_number`); ``1.1.`` under point 1 is its sub-point (:func:`decimal_sub`),
and with no point 1 before it a point of its own (:func:`headless_clause`); a
line opening with a number after a line that ends mid-sentence may be that sentence wrapped
before a number (:func:`wrapped_number`); and a sub-point's label tells its style, letter or
roman (:func:`sub_style`).
"""

from __future__ import annotations

import re

from plandiff.plans.intake.cleaning import clean_line, strip_bold
from plandiff.plans.intake.markers import FW_DIGITS, KEYWORDS, is_roman, top_digits
from plandiff.plans.intake.parsestate import (
    Node,
    Parse,
    heading_line,
    open_sub,
    open_top,
    title_over,
)
from plandiff.plans.intake.sentences import CLAUSE_END, CLOSERS

__all__ = ["decimal_sub", "headless_clause", "ja_paragraph", "nested_number", "next_paragraph",
           "running_line", "sub_style", "wrapped_number"]


def sub_style(label: str, parse: Parse) -> str:
    """``letter``, ``roman``, ``paren-digit`` or ``circled`` for a sub-point label."""
    if label.isdigit():
        return "paren-digit"
    if not is_roman(label):
        return "letter"
    if len(label) > 1:
        return "roman"
    letters = [n for n in parse.stack if n.style == "letter"]
    if letters and len(letters[-1].label) == 1 and ord(letters[-1].label) + 1 == ord(label):
        return "letter"
    if any(n.style == "roman" for n in parse.stack) or letters:
        return "roman"
    return "roman" if label == "i" else "letter"


def next_paragraph(parse: Parse, label: str) -> bool:
    """Whether a plain ``N.`` line is the next numbered paragraph of the article it follows;
    never after a heading that ended the article (``ANNEX``, then ``1.``: the annex's)."""
    if not parse.points or not parse.points[-1].keyword or parse.closed:
        return False
    paragraphs = [c for c in parse.points[-1].children if c.style == "paragraph"]
    expected = int(paragraphs[-1].label) + 1 if paragraphs else 1
    return int(label) == expected


def _kanji_paragraphs(parse: Parse) -> bool:
    """Whether the last point is numbered in kanji, still open, with nothing but numbered
    paragraphs under it."""
    point = parse.points[-1]
    return point.kanji and not parse.closed and all(
        child.style == "paragraph" for child in point.children)


def nested_number(parse: Parse, label: str, raw: str, indent: int) -> bool:
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
    rf"(?:^|[\s(\[«“\"])(?:{KEYWORDS}|articles|points|paragraphs|sections|chapter|annex|part"
    r"|resolution|no\.|nos\.|number|стат(?:т[іюя]|тею|тями|ей|ь[июеяй]|ьей|ьями)"
    r"|пункт(?:а|у|ом|е|і|и|ы|ів|ов|ами|ах)?|резолюц(?:ія|ії|ію|ия|ии|ию)"
    r"|розділ(?:у|і|ом)?|раздел(?:а|у|е|ом)?|частин(?:а|и|у|і|ою)|част(?:ь|и|ью))$",
    re.IGNORECASE)
"""A line that ends with the word a reference's number follows (``… mirroring Article``;
Ukrainian and Russian in any case, ``… віддзеркалюють статтю``, ``согласно пункту``):
a number opening the next line is that reference's, wherever the line was wrapped."""


_PLACE_WORD = re.compile(r"(?:above|below|hereof|hereafter|нижче|вище|ниже|выше)(?![\w-])")
"""The word that follows a cited number, never a point's first (``… as set out in`` /
``2. below``)."""


def running_line(parse: Parse) -> str:
    """The last line of the point being read when it ends mid-sentence (no closing
    punctuation): a number opening the next line may be that sentence going on; empty
    otherwise."""
    last = parse.current.last_line if parse.current is not None else ""
    return last if last and last[-1] not in CLAUSE_END + CLOSERS else ""


def wrapped_number(parse: Parse, top: re.Match[str], raw: str) -> bool:
    """Whether a numbered line is the rest of a sentence wrapped just before a number (pasted
    from a narrow column): the line before it has no closing punctuation, and it ends with the
    word a reference's number follows (``… mirroring Article`` / ``5. If Russia …``), or the
    number is not the next point's and the text after it runs on in small letters, or the
    text after it is a citation's place word (``… as set out in`` / ``2. below, …``), or the
    number is a year (``…held in`` / ``2026. Observers …``). The next point's number after a
    blank line is never a wrapped reference. With an article's word, only the open point's
    own number after a line that breaks off after a word in small letters, no blank line
    between (``… guarantees mirroring`` / ``Article 5. If Russia …`` in point 5: a
    reference to NATO's article, wrapped with its word, read as point 5 again)."""
    if raw.lstrip().startswith("#"):
        return False
    last = running_line(parse)
    if not last:
        return False
    digits = top_digits(top)
    if not digits:
        return False
    value = int(digits.translate(FW_DIGITS))
    if top.groupdict().get("kw"):
        return not parse.blank and last[-1:].isalpha() and last[-1:].islower() \
            and bool(parse.points) and parse.points[-1].label == str(value)
    if _REFERENCE_END.search(last):
        # "… mirroring Article" / "5. If Russia …": a reference, not a marker; but not the
        # next point after a blank line ("b) a second item" / "" / "2. Troops …"): a
        # reference is wrapped within its paragraph
        return not (parse.blank and value == parse.expected())
    rest = top.group("rest").lstrip("*_ \t")
    if _PLACE_WORD.match(rest):
        return True  # "…as set out in" / "2. below, and …": the next point's number, cited
    if value == parse.expected() or (parse.points and str(value) == parse.points[-1].label):
        return False  # the next point, or a repeated number (reported as such)
    return rest[:1].islower() or (len(digits) == 4 and 1900 <= value <= 2100)


def decimal_sub(parse: Parse, match: re.Match[str], where: str, indent: int) -> bool:
    """``1.1.``, ``1.2``, ``1.2.1.`` under point 1: sub-points numbered as the point's
    number and their own (Ukrainian and Russian official texts). Without a closing dot the
    text must open with a capital, so "2.5 billion …" at a line's start stays text, or be
    the point's next clause in a running list (:func:`_next_clause`)."""
    parts = match.group("parts").split(".")
    if not parse.points or parse.points[-1].label != parts[0] \
            or _headless(parse.points[-1]):
        return False
    rest = clean_line(strip_bold(match.group("rest"), match.group("bold")))
    if not match.group("dot") and not rest[:1].isupper() and not _next_clause(parse, parts):
        return False
    open_sub(parse, parts[-1], f"decimal{len(parts) - 1}", rest, where, indent,
             number=".".join(parts))
    return True


def headless_clause(parse: Parse, match: re.Match[str], where: str, indent: int) -> bool:
    """``1.1.``, ``1.2.``, ``2.1.`` with no point 1 or 2 for them to be under (a table of an
    outline's clauses, a draft numbering its sections only in its clauses): each clause is a
    point, numbered as written (``1.2``), in the part of its section, as the clauses under
    ``1. Security`` / ``2. Politics`` headings are (:mod:`.outline`). Only with the closing
    dot (``1.1 million`` opens no point), the first such clause a section's first (``N.1.``,
    before any other point), each next one the clause after it or the next section's first."""
    parts = match.group("parts").split(".")
    if len(parts) != 2 or not match.group("dot"):
        return False
    section, clause = int(parts[0]), int(parts[1])
    if not parse.points:
        if clause != 1:
            return False
    else:
        last = parse.points[-1]
        if not _headless(last) or parse.stack:
            return False
        before = last.number.split(".")
        if (section, clause) not in ((int(before[0]), int(before[1]) + 1),
                                     (int(before[0]) + 1, 1)):
            return False
    open_top(parse, parts[1], clean_line(strip_bold(match.group("rest"), match.group("bold"))),
             where, indent)
    node = parse.points[-1]
    node.number, node.part = ".".join(parts), section
    parse.parts = max(parse.parts, section)
    return True


def _headless(node: Node) -> bool:
    """Whether a point is a clause :func:`headless_clause` opened (``1.2``, in part 1)."""
    before = node.number.split(".")
    return node.style == "top" and len(before) == 2 and all(p.isdigit() for p in before) \
        and node.label == before[1] and node.part == int(before[0])


def _next_clause(parse: Parse, parts: list[str]) -> bool:
    """Whether ``1.2`` (opening in a small letter) is the point's next clause where a list
    goes on: after a lead-in's colon or a clause's semicolon, numbered 1 after the one
    before (1 for the first), as legal drafts run their clauses on from the article ("1.1
    the parties …"); "2.5 billion" after "as follows:" is no clause 2.5."""
    if len(parts) != 2 or parse.previous.rstrip()[-1:] not in ":;：；":
        return False
    clauses = [child for child in parse.points[-1].children if child.style == "decimal1"]
    before = int(clauses[-1].label) if clauses and clauses[-1].label.isdigit() else 0
    return int(parts[1]) == before + 1


def ja_paragraph(parse: Parse, match: re.Match[str], where: str) -> bool:
    """``２　締約国は…`` inside ``第N条``: the article's numbered paragraph, printed as
    Japanese statutes print it (a number and a space, the first paragraph unnumbered: its
    text becomes paragraph 1 when paragraph 2 opens). Under a point numbered in kanji
    (``三、経済``, :attr:`~plandiff.plans.intake.parsestate.Node.kanji`) the same, with
    nothing but such paragraphs under it: a list ``１　``, ``２　`` under the point's text is
    its items, and a caption over its unnumbered first paragraph (a short line, the text
    after it half as long again) its title."""
    if not parse.points or not (parse.points[-1].keyword or _kanji_paragraphs(parse)):
        return False
    article = parse.points[-1]
    label = str(int(match.group("num").translate(FW_DIGITS)))
    paragraphs = [c for c in article.children if c.style == "paragraph"]
    if not paragraphs and label == "2" and article.text:
        lines = next((p for p in article.paragraphs if p), [])
        if article.kanji and article.text == lines[0] and heading_line(lines[0]):
            return False  # "三、経済" alone over "２　…": no first paragraph to number
        if article.kanji and article.title is None and len(lines) > 1 \
                and title_over(lines[0], lines[1], False):
            article.title = clean_line(lines[0])  # "三、経済" over its first paragraph
            article.paragraphs = [lines[1:], *article.paragraphs[1:]]
        first = Node(label="1", number=f"{article.number}(1)", style="paragraph",
                     where=article.where, paragraphs=article.paragraphs)
        article.paragraphs = [[]]
        article.children.insert(0, first)
    elif not next_paragraph(parse, label) and not (
            article.kanji and int(label) == (int(paragraphs[-1].label) + 1 if paragraphs
                                             else 1)):
        return False
    open_sub(parse, label, "paragraph", clean_line(match.group("rest")), where)
    return True
