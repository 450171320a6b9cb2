"""The one line parser: the lines of a draft (any format) → a tree of numbered points.

Rules, line by line:

- ``# Title`` (one ``#``) before the first point is the version's title.
- A line opens top-level point N when it starts with ``N.``, ``N)``, ``N、``, ``N.º``/``Nº``,
  ``N:``, ``N [``, ``N – `` or ``N/`` before a word (N a whole number, ASCII or full-width
  digits; "1.5 billion" and "10:30" are not markers; ``:`` and ``[`` only after at most three
  digits, so "2025: a year" is text), ``N.)`` as ``N.``; a number sign may come before N
  (``#1``, ``№ 1``, ``No. 1``, ``Point #1:``, ``Пункт №1``), and then a space and a word
  after N are marker enough; Japanese brackets around N (``【1】``, ``［1］``, ``〔1〕``,
  ``＜1＞``) open it too (``[1]`` at a line's start is text: a note's mark as often),
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
  ``第1条（目的）`` becomes the title. Under such an article, or indented under a point, a
  kanji numeral and a space (``一　停戦を守ること。``: the article's items, 号) opens a
  sub-point ``1(一)`` (one of the ten stems, ``甲　…``, ``乙　…``, likewise), and a katakana
  letter and a space (``ア　…``, ``イ　…``, or イ、ロ、ハ; also ``(ア)`` and the half-width
  ``ｱ``) a sub-point of the next level.
- Inside a point, ``a)``, ``(a)``, ``a.``, ``(i)``, ``i)``, ``(1)``, ``（１）``, ``①`` and the
  Cyrillic ``а)``, ``(б)`` open
  sub-points; so do bullets (``• → ・ – - * ◦ ▪ ▽``, :mod:`.bullets`), an em dash after a
  line ending in a colon or a semicolon (``— прекратить огонь;``; elsewhere it opens a
  quotation's speaker), and, under a line ending in a colon, lines indented further than it
  (one sub-point a line). Each marker style is one outline level: a
  new style nests under the open sub-point, a style already open closes the deeper levels.
  Bulleted and indented items are numbered ``10.1``, ``10.2`` in order. A later lead-in
  ending in a colon between two groups of a point's bullets (``Key provisions:`` / bullets
  / ``US guarantee:`` / bullets), set back or flush with them, is a sub-point of its own
  (``10.3``) with the group after it under it (``10.3.1``); the first stays the point's text.
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
  leaves the last point (see :func:`~plandiff.plans.intake.pagetext.prose_after`); a
  bulleted list after a point's further paragraph that is the reporter's prose (not ending
  in a colon) is that paragraph's text, not the point's sub-points, and leaves with it.
- A bold lead-in that names a point before its text (``**Point 5: Security guarantees.**
  The US will …``) is given a line of its own first (:mod:`.leadins`): the words after the
  number are the point's title.
- In a transcript or an interview (a ``Q:`` or a role's label, or one name in capitals
  before a colon on two lines at least: :mod:`.speakers`), a speaker's label in front of a
  point's number is left out, and a labelled line with no number after the first point goes
  to the version's notes as it is, ending the point before it (the unlabelled lines after it
  with it, until the next point).
- Every other non-blank line continues the current point, joined with one space; a blank line
  inside a point is a paragraph break (``"\n\n"``).
- A part heading alone on its line (``Part B``, ``PART II — ECONOMY``, ``Розділ 2``,
  ``第2章``) is a heading like a Markdown one. When the numbering restarts at 1 right after
  a heading, the points from there on are a new part (``Node.part``; ids ``part2-p1``).
- A numbered line indented further than the point above it, numbered from 1 again (a
  Markdown list in a list), is that point's sub-point ``2(1)``, as Word's and a page's
  nested lists are read. When every top-level item is a short heading with only items
  numbered 1, 2 ... under it (a multi-level list: ``1. Security`` / ``1.1 …``), the items
  are the points and the headings part headings
  (:func:`~plandiff.plans.intake.outline.outline_parts`). A list numbered from 1 set flush
  with the points right after a point ending in a colon (``4. … the following measures:``,
  ``1.``, ``2.``, then ``5.``) is that point's sub-points ``4(1)``, ``4(2)`` when the next
  point after it goes on from the point's number, with no heading between
  (:func:`~plandiff.plans.intake.schedules.colon_lists`).
- A legal text's formulas (:mod:`.formulas`): numbered recitals before an enacting formula
  (``HAS ADOPTED THIS REGULATION:``, ``Have agreed as follows:``) after which the numbering
  starts again are the preamble, and the concluding formula after the last article (``Done
  at …``) and the signatures are its conclusion: both go to the version's notes. The short
  line under a bare ``Article 1`` is the article's heading when more follows it, and a
  Japanese caption above ``第１条`` (``（停戦）``) is that article's title.
- Text before the first point, and Markdown headings between points that open no point, go into
  the version's ``notes`` (nothing is lost; the structure report counts them). Such a heading
  ends the point before it: the plain text under it ("Sources", "Annex", "Related stories"
  after the list) goes to the notes with the heading, not into the last point. After the first
  point, a line that is only such a heading's words ("Related", "Read more", "Читайте
  також", "関連記事", "Notes") is that heading, as a plain-text copy or a PDF prints it; so
  is a live blog's time stamp alone after a finished sentence (``10:15 GMT``).
- A number alone on a line opens the point it numbers only when that is the next one and
  the point's own marked number (``2.``) does not follow it: under a finished sentence and
  right before ``2. …`` it is a citation mark that lost its brackets, left out and counted.
- A press copy's end mark alone on a line (``――以上――``, ``— END —``, ``(END)``, ``###``,
  :mod:`.endmarks`) goes to the version's notes with what follows it up to the next point.

With ``points_by="lines"`` there are no markers to find: every line (or every paragraph, when
the draft's paragraphs span several lines) is one point, numbered from 1.

The reading loop (:func:`parse_lines`) is here; what it runs is in modules of their own:
:mod:`.markers` (the patterns of the marks), :mod:`.cleaning` (a line's characters made
plain), :mod:`.parsestate` (:class:`Parse`, :class:`Node`, :class:`Event` and how the tree
grows), :mod:`.reading` (one line), :mod:`.numbering` (what a numbered line is where it
stands), :mod:`.asides` (editorial asides), :mod:`.quotes` (pull quotes and their speakers);
once every line is read, :mod:`.pagetext` (stray numbered lines, the article's prose after
the list) and :mod:`.outline` (parts). :mod:`.bylines` reads ``points_by="lines"``,
:mod:`.byheadings` ``points_by="headings"``.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from plandiff.plans.intake import cleaning
from plandiff.plans.intake.asides import (
    APP_LINE,
    ASIDE_LINE,
    SHARE_BUTTON,
    apart,
    links_after,
)
from plandiff.plans.intake.bullets import (
    BULLET_LINE,
    DASH_ITEM,
    number_bullets,
    reported_closing,
    split_run_in_items,
)
from plandiff.plans.intake.bylines import by_lines
from plandiff.plans.intake.chats import chat_headers
from plandiff.plans.intake.cleaning import clean_line, plain_spaces
from plandiff.plans.intake.contents import contents_list
from plandiff.plans.intake.endmarks import END_MARK, end_marks, thematic_breaks
from plandiff.plans.intake.formulas import conclusion, preamble
from plandiff.plans.intake.leadins import split_lead_ins
from plandiff.plans.intake.lines import ITEM_MORE, PAGE_TEXT, POINT_NOTE, SECTION_BREAK, Line
from plandiff.plans.intake.markers import (
    BARE_NUMBER,
    FW_DIGITS,
    HEADING,
    KANJI_ITEM,
    PART,
    SECTION,
    SUB,
    TOP,
    top_digits,
)
from plandiff.plans.intake.ocrlabels import column_rules, ocr_labels
from plandiff.plans.intake.ordinals import (
    number_letter_items,
    number_ordinal_words,
    number_roman_items,
)
from plandiff.plans.intake.outline import (
    entry_lists,
    group_tails,
    outline_parts,
    repeated_lists,
    restated_parts,
    settle_parts,
)
from plandiff.plans.intake.pagetext import closing_line, prose_after, prose_between, strays
from plandiff.plans.intake.parsestate import Event, Node, Parse, open_heading
from plandiff.plans.intake.quotes import (
    pull_quotes,
    repeated_passages,
    repeated_points,
    resolve_quote,
)
from plandiff.plans.intake.reading import TIME_STAMP, pieces
from plandiff.plans.intake.runin import split_bracketed_runs
from plandiff.plans.intake.schedules import colon_lists
from plandiff.plans.intake.sentences import SENTENCE_END
from plandiff.plans.intake.speakers import SPEAKER, speaker_lines
from plandiff.plans.intake.titles import bullet_labels, captions, point_labels, title_lines
from plandiff.plans.intake.topicheads import topic_headings

__all__ = ["FW_DIGITS", "Node", "Parse", "TooManyPoints", "clean_line", "parse_lines"]

# Bound by assignment, not imported by name: ``PAIRED_BOLD.sub(…)`` stays a method call
# (reading.py says why).
PAIRED_BOLD = cleaning.PAIRED_BOLD
PAIRED_EMPHASIS = cleaning.PAIRED_EMPHASIS


class TooManyPoints(Exception):
    """More top-level points than the limit allows (raised as soon as it is exceeded)."""

    def __init__(self, where: str) -> None:
        super().__init__(where)
        self.where = where


def _aside_line(text: str) -> bool:
    """Whether a line is a page's aside (``Читайте также: …``, an ad's label): never a
    numbered item nor a topic's name."""
    return ASIDE_LINE.match(text) is not None


def parse_lines(lines: tuple[Line, ...] | list[Line], *, points_by: str = "markers",
                max_points: int | None = None, wrapped: bool = True) -> Parse:
    """Read a draft's lines (see the module notes). Past ``max_points`` top-level points
    :class:`TooManyPoints` stops the reading at once (a huge draft is refused fast).
    ``points_by``: ``markers`` (the points' numbers), ``lines`` (one point a line or
    paragraph) or ``bullets`` (a draft numbering no point: its bulleted list's items are the
    points, :func:`~plandiff.plans.intake.bullets.number_bullets`). ``wrapped``: the lines
    may be a paragraph's, wrapped (a text file, a PDF); a web page's never are (each is a
    block or a line its ``<br>`` broke), and ``lines`` reads each as a point."""
    if points_by in ("lines", "headings"):  # a point's note, a paragraph of its own (the
        # point's note all the same: bylines, byheadings)
        lines = [out for line in lines for out in (
            (line, Line("", line.where)) if line.text[:1] == POINT_NOTE else (line,))]
    if points_by == "headings":
        from plandiff.plans.intake.byheadings import by_headings

        return by_headings(lines)
    if points_by != "lines":  # a list item's further paragraph: joined to it by its place
        lines = [Line(line.text[1:], line.where) if line.text[:1] == ITEM_MORE else line
                 for line in lines]
    lines, kanji_bullets = _kanji_bullets(lines)  # "一、…" / "一、…": a summary's bullets
    lines, run_in, tails = split_run_in_items(lines)
    lines, bracketed = split_bracketed_runs(  # "… that (1) …; (2) …; and (3) …"
        list(lines), lambda text: TOP.match(text) is not None
        or BULLET_LINE.match(text) is not None, wrapped=wrapped,
        numbered=lambda text: TOP.match(text) is not None)
    lines, closing = reported_closing(lines)
    numbered = labels = 0
    labelled = ""
    cited: list[Line] = []
    contents: list[Line] = []
    if points_by == "markers":
        lines, contents = contents_list(list(lines))
        lines = _heading_marks(lines)
        lines = _ja_sections(lines)
        lines = _restart_headings(lines)
        lines = _titles_above(lines)
        lines, cited = _cited_numbers(lines)
        lines = topic_headings(lines, _aside_line)
    misread: list[str] = []
    rules: list[str] = []
    chat: list[str] = []
    notices: list[str] = []
    if points_by != "lines":
        lines, chat, notices = chat_headers(list(lines))  # "[12/1/25, 10:42 AM] Olena: …"
    if points_by == "markers":
        lines, misread = ocr_labels(list(lines))  # "l. …", "1, …", "| 2. …": a scan's labels
        lines, rules = column_rules(list(lines), bool(misread))  # "along the | line"
    if points_by != "lines":
        lines = end_marks(thematic_breaks(list(lines)))  # "――以上――", "###"; "---"
    if points_by != "lines":
        lines, labels, labelled = speaker_lines(split_lead_ins(lines))
    numbered_by = "bulleted items"
    if points_by == "bullets":
        lines, numbered = number_bullets(
            lines, _aside_line)  # "Читайте также: …"
        for by, numbering in (("paragraphs opened by an ordinal word (First, Second …; "
                               "第1に、1点目は)",
                               number_ordinal_words),
                              ("items numbered in Roman numerals (I., II. …)",
                               number_roman_items),
                              ("items lettered A., B. … (A read as 1)", number_letter_items)):
            if not numbered:
                lines, numbered = numbering(list(lines))
                numbered_by = by
        lines = topic_headings(lines, _aside_line)
    parse = by_lines(lines, wrapped=wrapped) if points_by == "lines" \
        else _by_markers(lines, max_points)
    if numbered and numbered_by == "bulleted items":
        bullet_labels(parse)  # "• Elections: within 100 days"
    elif points_by == "markers":
        point_labels(parse)  # "1. Sovereignty: Ukraine's sovereignty is confirmed."
    where = lines[0].where if lines else ""
    if labels:
        parse.events.append(Event(labelled, "speaker", f"left out {labels} speaker label(s) of "
                                  "a transcript (Q:, A:, 記者：, a name in capitals) in front of a "
                                  "point's number"))
    for mark, kind, what in _AS_WRITTEN:
        found = [(index, at) for index, at, its in parse.as_written if its == mark]
        if found:
            index, at = found[0]
            parse.events.append(Event(at, kind, f"{len(found)} {what} went to the version's "
                                      f"notes ({parse.headings[index][0][:60]})"))
    if kanji_bullets:
        parse.events.append(Event(kanji_bullets[0], "numbering", f"read {len(kanji_bullets)} "
                                  "item(s) each opening with 一、 (a Japanese summary's mark "
                                  "for every item, not the number 1) as bulleted items"))
    if chat:
        parse.events.append(Event(chat[0], "chat", f"left out {len(chat)} message header(s) "
                                  "of a messenger chat (date, time and sender) among the "
                                  "points"))
    if notices:
        parse.events.append(Event(notices[0], "chat", f"left out {len(notices)} line(s) a "
                                  "messenger writes in a chat's export (the chat is encrypted, "
                                  "a member added)"))
    if misread:
        parse.events.append(Event(misread[0], "ocr", f"read {len(misread)} point label(s) as "
                                  "a scan's text recognition misread them (l. or I. for 1., O "
                                  "for 0, a comma for the full stop, a column rule before the "
                                  "number)"))
    if rules:
        parse.events.append(Event(rules[0], "ocr", f"left out {len(rules)} column rule(s) "
                                  "a scan's text recognition read as '|' between two words of "
                                  "a sentence"))
    if contents:
        parse.events.append(Event(contents[0].where, "dropped", f"left out {len(contents)} "
                                  "line(s) of a table of contents (entries numbered as the "
                                  "points, each with its page number)"))
    if cited:
        parse.events.append(Event(cited[0].where, "cited", f"left out {len(cited)} "
                                  "number(s) alone on a line under a finished sentence, right "
                                  "before the point of that number (a citation mark that "
                                  "lost its brackets)"))
    if parse.buttons:
        parse.events.append(Event(parse.buttons[0], "dropped", f"left out "
                                  f"{len(parse.buttons)} share or show-more button(s) "
                                  "or comment link(s) alone on a line (Share, Copy link, "
                                  "Поделиться, シェア, Подробнее, Leave a comment)"))
    if parse.app_lines:
        parse.events.append(Event(parse.app_lines[0], "dropped", f"left out "
                                  f"{len(parse.app_lines)} line(s) a mail or news app adds "
                                  "under what it sends (Sent from my iPhone, Get Outlook for "
                                  "iOS, Shared from Apple News)"))
    if parse.stray_numbers:
        parse.events.append(Event(parse.stray_numbers[0], "cited", f"left out "
                                  f"{len(parse.stray_numbers)} number(s) alone on a line under "
                                  "a finished sentence that number no point (a citation or "
                                  "page mark that lost its brackets)"))
    for at in parse.first_cut:
        parse.events.append(Event(at, "split", "a list's first item ((1), ①, Point 1, 第1項) "
                                  "starts in the middle of a line, after its lead-in"))
    if bracketed:
        parse.events.append(Event(bracketed[0], "run-in", f"{len(bracketed)} line(s) holding a "
                                  "list's items run together in one sentence ((1) …; (2) …; "
                                  "and (3) …) read as one item a line"))
    if run_in:
        parse.events.append(Event(where, "run-in", f"{run_in} line(s) listing items after a "
                                  "repeated mark (▽A、▽B …) or circled numbers (①A。②B …) read "
                                  "as one item a line"))
    for tail in tails:  # "…などとしています。": the reporter's words after the last item
        parse.after.append(tail.text)
        parse.events.append(Event(tail.where, "run-in", "the words closing a run-in list "
                                  f"({tail.text}) went to the version's notes"))
    for tail in closing:  # "…などとしています。" on its own line after a ▽ list
        parse.after.append(tail.text)
        parse.events.append(Event(tail.where, "after", "the reporter's words after the "
                                  f"bulleted list ({tail.text}) went to the version's notes"))
    if numbered:
        parse.events.append(Event(where, "bullets", "no numbered points: the "
                                  f"{numbered} {numbered_by} were read as points "
                                  f"1-{numbered}"))
    _newest_first(parse)
    return parse


_IN_ORDER_STYLES = frozenset({"top", "paragraph", "paren-digit"})


def _newest_first(parse: Parse) -> None:
    """Points a page sets newest first, put in their numbers' order: a countdown list
    (``<ol reversed>``: 3, 2, 1) or a live blog whose latest entry, at the top, carries the
    points it added (4-5, then 1-3 in an older entry). Only when the page order is runs
    counting up by one, each run going on straight before the one above it (so the runs read
    from the last up count 1, 2, 3 … with nothing missing or twice); the points and their
    sub-points keep their text (a restart at 1 after a heading is then no second part: the
    first part started past 1), and a heading (a live blog's entry's text before its list,
    gone to the notes) stays before the point it stood before."""
    points = parse.points
    if len(points) < 2 or parse.sections or any(
            node.style not in _IN_ORDER_STYLES or not node.label.isdigit() for node in points):
        return
    runs: list[list[Node]] = [[points[0]]]
    for node in points[1:]:
        if int(node.label) == int(runs[-1][-1].label) + 1:
            runs[-1].append(node)
        else:
            runs.append([node])
    ordered = [node for run in reversed(runs) for node in run]
    if len(runs) < 2 or any(int(b.label) != int(a.label) + 1
                            for a, b in itertools.pairwise(ordered)):
        return
    shown = ", ".join(run[0].number if len(run) == 1 else f"{run[0].number}-{run[-1].number}"
                      for run in runs[:6]) + (" …" if len(runs) > 6 else "")
    where = points[0].where
    moved = {id(node): index for index, node in enumerate(ordered)}
    parse.headings = [(heading, moved[id(points[index])] if index < len(points) else index)
                      for heading, index in parse.headings]
    parse.points[:] = ordered
    for node in ordered:  # no parts: the older entry's list from 1 after the page's text
        node.part = 0
    parse.parts = 0
    parse.events.append(Event(where, "order", f"points {shown} stood newest first (a "
                              "countdown list, a live blog's latest entry on top): read in "
                              "their numbers' order"))


_HEADING_MARK = re.compile(r"^[ \t\u3000]*[▼■◆◇□][ \t\u3000]*(?P<text>[^。．！？!?、]{1,25})$")
"""A short line after a Japanese news page's heading mark (``▼今後の焦点``, ``■背景``)."""


def _next_text(lines: list[Line], index: int) -> str:
    """The text of the first line with words after ``lines[index]`` ("" when none); the
    lines are neither copied nor walked from the start (``itertools.islice`` steps through
    every line before ``index``), as the parse asks it of every line (a run-in first item's
    look-ahead, :func:`~plandiff.plans.intake.reading.pieces`)."""
    for at in range(index + 1, len(lines)):
        if lines[at].text.strip():
            return lines[at].text
    return ""


def _heading_marks(lines: list[Line]) -> list[Line]:
    """A Japanese news page's section heading, a short line after ``▼``, ``■`` or ``◆``
    with a paragraph of prose under it (``▼今後の焦点`` / ``領土の問題は…``), is a heading
    (``## ▼今後の焦点``), not a bulleted sub-point of the point before that takes the prose
    with it. Only after the first point, in a draft that numbers its points (a bulleted
    draft's items are its points), and when neither the line before nor the next is a
    bulleted line (a list's last item, then a paragraph) and the next is no numbered line
    (``▼主な項目`` / ``①…`` stays as it is). Marked lines over numbered points are headings
    too, before the first point as well, when two or more head the groups of the list so
    (``■軍事`` / ``3．…``, ``■領土`` / ``5．…``): one alone over a point is an item of the
    point before it (``2．…次の仕組みを使う。`` / ``■監視団``)."""
    marked = [i for i, line in enumerate(lines) if _HEADING_MARK.match(line.text)]
    first = next((i for i, line in enumerate(lines) if marked and marked[-1] > i
                  and (TOP.match(line.text) or SUB.match(line.text))), None)
    if first is None:
        return lines
    out = list(lines)
    # ``■軍事`` / ``3．…``, ``■領土`` / ``5．…``: two marked lines or more, each over a
    # numbered point and under no marked item, head the groups of a numbered list
    grouped = [i for i in marked if TOP.match(_next_text(lines, i)) and not BULLET_LINE.match(
        next((line.text for line in reversed(lines[:i]) if line.text.strip()), ""))]
    for index in grouped if len(grouped) >= 2 else ():
        out[index] = Line("## " + lines[index].text.strip(), lines[index].where)
    for index in (i for i in marked if i > first):  # before the points: the notes' text
        after = next((line.text for line in lines[index + 1:] if line.text.strip()), "")
        before = next((line.text for line in reversed(lines[:index]) if line.text.strip()),
                      "")
        if after and not BULLET_LINE.match(before) and not BULLET_LINE.match(after) \
                and not DASH_ITEM.match(after) \
                and not TOP.match(after) and not SUB.match(after) \
                and not KANJI_ITEM.match(after):
            out[index] = Line("## " + lines[index].text.strip(), lines[index].where)
    return out


_JA_SECTION = re.compile(r"^[ \t\u3000]*第[ \t]*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,4})"
                         r"(?:[ \t\u3000]+[^\s。．、，,][^。．]{0,40})?[ \t\u3000]*$")
"""A section of a Japanese government outline, alone on its line (``第一　総則``, ``第２　監視``):
no unit after the number (``第2章``, ``第1条`` are read as such) and no particle (``第一に``)."""
_FIRST_ITEM = re.compile(r"^[ \t\u3000]*(?:[(（][ \t]*[1１][ \t]*[)）]|[⑴①]|[1１][ \t\u3000]|"
                         r"[1１][.．)）、]|一[、．])")
"""An item numbered 1 opening a line: ``（１）``, ``⑴``, ``①``, ``１　``, ``1.``, ``一、``."""


def _ja_sections(lines: list[Line]) -> list[Line]:
    """The sections of a Japanese government outline (``第一　停戦`` / ``（１）…`` / ``（２）…``
    / ``第二　監視`` / ``（１）…``) are headings (``## 第二　監視``), each over its items
    numbered from 1 again: the heading had run into the last item before it, and items
    numbered ``１　`` after it into that item too. Only when two such lines or more each
    stand right over an item numbered 1."""
    heads = [i for i, line in enumerate(lines) if _JA_SECTION.match(line.text)
             and _FIRST_ITEM.match(_next_text(lines, i))]
    if len(heads) < 2:
        return lines
    out = list(lines)
    for index in heads:
        out[index] = Line("## " + lines[index].text.strip(), lines[index].where)
    return out


_KANJI_ONE = re.compile(r"^(?P<indent>[ \t\u3000]*)一[、，,][ \t\u3000]*(?=\S)")
"""``一、`` opening a line, as a Japanese summary (``要旨``) opens every item with it."""


def _kanji_bullets(lines: Sequence[Line]) -> tuple[list[Line], list[str]]:
    """Lines each opening with ``一、`` (two at least), in a draft with no ``二、``: a
    Japanese summary's mark for every item (``一、主権を確認する`` / ``一、停戦する``), not
    the number 1 again and again ("point 1 appears twice"). Each is made a bullet (``・``);
    the lines and where each such line is."""
    ones = [index for index, line in enumerate(lines) if _KANJI_ONE.match(line.text)]
    if len(ones) < 2 or any(
            found.group("num") != "一" for line in lines
            if (found := KANJI_ITEM.match(line.text)) is not None):
        return list(lines), []
    out = list(lines)
    for index in ones:
        line = lines[index]
        out[index] = Line(_KANJI_ONE.sub(r"\g<indent>・", line.text, count=1), line.where)
    return out, [lines[index].where for index in ones]


_PLAIN_HEADING = re.compile(r"^[ \t]*(?:\*\*|__)?(?P<letter>[A-Z][.)][ \t]+)?"
                            r"(?P<text>[^\W\d_][^.;:!?。．：]{0,60}?[^\s,、])"
                            r"(?:\*\*|__)?[ \t]*$")
"""A short line of words with no closing punctuation, lettered or not (``B. Economy``): a
heading, where it stands alone."""


def _restart_headings(lines: list[Line]) -> list[Line]:
    """A plain heading line (``ECONOMIC ARRANGEMENTS``, ``Security guarantees``) alone
    between blank lines, right before a list numbered from 1 again after earlier points, is
    that part's heading (``## …``), as ``Part B`` would be: it was run into the last point
    of the part before it. Under a part's heading already (``Annex`` / ``The line of
    contact``) it is that part's title and stays as it is. Its text must open in a capital
    (or a script without case), so a point's wrapped last words stay with it. A sentence so
    set (``The full text follows.``, under an update box quoting points 5-6) ends the part
    as well, but goes to the notes as the page's text (:data:`PAGE_TEXT`), not labelled a
    heading."""
    out = list(lines)
    seen = 0  # the highest point number read so far
    for index, line in enumerate(lines):
        top = TOP.match(line.text)
        if top is not None and top_digits(top).translate(FW_DIGITS).isdigit():
            seen = max(seen, int(top_digits(top).translate(FW_DIGITS)))
            continue
        heading = _PLAIN_HEADING.match(line.text)
        if heading is None or seen < 2 or TOP.match(line.text) or SECTION.match(line.text) \
                or (SUB.match(line.text) and not heading.group("letter")) \
                or heading.group("text")[0].islower() or index == 0 \
                or lines[index - 1].text.strip():
            continue
        after = next((later.text for later in lines[index + 1:] if later.text.strip()), "")
        before = next((earlier.text for earlier in reversed(lines[:index])
                       if earlier.text.strip()), "")
        if PART.match(before) or HEADING.match(before) or SECTION.match(before):
            continue  # "Annex" / "The line of contact": the title under the part's heading
        following = TOP.match(after)
        if following is not None and top_digits(following).translate(FW_DIGITS) == "1" \
                and not PART.match(line.text):
            # a sentence ("The full text follows.") ends the part before it as a heading
            # would, but goes to the notes as it is: no heading
            sentence = line.text.rstrip()[-1:] in SENTENCE_END
            out[index] = Line((PAGE_TEXT if sentence else "## ") + line.text.strip(),
                              line.where)
    return out


_TITLED_SHARE = 0.5
"""The share of a draft's points that must have their title on the line above them."""


def _titles_above(lines: list[Line]) -> list[Line]:
    """A short plain line over each numbered point, after a blank line and right above the
    point's number (``Non-aggression`` / ``2. A pact …``, as a page's subheads over its
    points are pasted): each is its point's title (``## 2. Non-aggression``, then the text),
    not the last words of the point before it. Only when half the points at least, two at
    least, are so titled."""
    pairs: list[int] = []
    headed: dict[int, int] = {}  # a point's line -> the subhead's line over it (a page's)
    numbered = 0
    for index, line in enumerate(lines):
        top = TOP.match(line.text)
        if top is None or top.group("kw") or not top.group("rest").strip():
            continue
        numbered += 1
        above = index - 1
        over = _subhead_over(lines, index)
        if over is not None:
            headed[index] = over
            continue
        heading = _PLAIN_HEADING.match(lines[above].text) if above >= 0 else None
        if heading is None or heading.group("letter") or heading.group("text")[0].islower() \
                or TOP.match(lines[above].text) or SUB.match(lines[above].text) \
                or PART.match(lines[above].text) or SECTION.match(lines[above].text) \
                or (above > 0 and lines[above - 1].text.strip()):
            continue
        pairs.append(index)
    if len(headed) >= 2 and 4 * len(headed) >= 3 * numbered:
        # a page's subhead over (nearly) every numbered paragraph; over a few, they are
        # its sections' headings
        pairs, above_at = sorted(headed), headed
    elif len(pairs) < 2 or len(pairs) < _TITLED_SHARE * numbered:
        return lines
    else:
        above_at = {index: index - 1 for index in pairs}
    out = list(lines)
    for index in pairs:
        top = TOP.match(lines[index].text)
        assert top is not None
        at = above_at[index]
        title = " ".join(lines[at].text.lstrip("#").split()).strip("*_ ")
        out[at] = Line(f"## {top_digits(top)}. {title}", lines[at].where)
        out[index] = Line(top.group("rest"), lines[index].where)
    return out


_SUBHEAD = re.compile(r"^#{2,6}[ \t]+(?P<text>\S.*)$")


def _subhead_over(lines: list[Line], index: int) -> int | None:
    """The line of a page's subhead (``### Ceasefire``, an ``<h3>``) right over a numbered
    paragraph (``1. Both sides …``, one blank line between), a short plain heading's words
    with no number of its own; None when there is none."""
    above = index - 1
    if above >= 0 and not lines[above].text.strip():
        above -= 1
    found = _SUBHEAD.match(lines[above].text.strip()) if above >= 0 else None
    if found is None:
        return None
    text = found.group("text")
    plain = _PLAIN_HEADING.match(text)
    if plain is None or plain.group("letter") or text[0].islower() or TOP.match(text) \
            or SUB.match(text) or PART.match(text) or SECTION.match(text):
        return None
    return above


def _cited_numbers(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The lines without a number alone on a line (:data:`BARE_NUMBER`) under a finished
    sentence when the next numbered line is the point of that very number (``confirmed.`` /
    ``2`` / ``More follows.`` / ``2. …``): a citation mark whose brackets a PDF lost, not the
    point (a bare number opens a point only when it is the next one, which a citation's can
    be); and the lines left out."""
    out: list[Line] = []
    left: list[Line] = []
    before = ""  # the last non-blank line kept
    for index, line in enumerate(lines):
        bare = BARE_NUMBER.match(line.text)
        if bare and before[-1:] in SENTENCE_END:
            number = int(bare.group("num").translate(FW_DIGITS))
            following = next((later.text for later in lines[index + 1:]
                              if BARE_NUMBER.match(later.text) or TOP.match(later.text)), "")
            top = TOP.match(following)
            if top and not BARE_NUMBER.match(following) and top_digits(top).isdigit() \
                    and int(top_digits(top).translate(FW_DIGITS)) == number:
                left.append(line)
                continue
        out.append(line)
        before = line.text.rstrip() or before
    return out, left


_AS_WRITTEN = (
    (PAGE_TEXT, "after", "block(s) of the page's text after its list of points (and what "
                         "follows them up to the next point)"),
    (SPEAKER, "speaker", "speaker line(s) of a transcript between the points"),
    (END_MARK, "after", "end mark(s) closing a press copy (――以上――, — END —, ###; and what "
                        "follows them up to the next point)"),
    (TIME_STAMP, "outside", "time stamp(s) of a live blog's entries (10:42 GMT, 2 h ago) "
                            "among or after the points"),
)
"""The marks of lines set outside the points (:attr:`Parse.as_written`): each one's report
event, and what the event counts."""


def _point_note(parse: Parse, said: str) -> None:
    """A line a reader ties to the point above it (:data:`~.lines.POINT_NOTE`): that point's
    (or sub-point's) note; under a heading after the points, a paragraph under it; before
    the points, a paragraph of the version's notes."""
    if not said:
        return
    node = parse.current
    if parse.closed:
        apart(parse.under[-1], said)
    elif node is not None:
        node.notes.append(said)
    else:
        apart(parse.notes, said)


def _by_markers(lines: list[Line], max_points: int | None) -> Parse:
    """:func:`parse_lines` by the points' numbers (the module notes)."""
    parse = Parse()
    opened = ""  # where the line before this one is: the one that opened a point over the limit
    for index, line in enumerate(lines):
        if max_points is not None and len(parse.points) > max_points:
            raise TooManyPoints(opened)
        opened = line.where
        text = line.text
        if text[:1] in (SPEAKER, PAGE_TEXT, END_MARK):  # a transcript's labelled line
            # (speakers.py), a page's text after its list of points (html.py), an end mark
            mark, text = text[0], text[1:]
            if mark == PAGE_TEXT and (SHARE_BUTTON.match(text) or APP_LINE.match(text)):
                (parse.buttons if SHARE_BUTTON.match(text) else parse.app_lines).append(
                    line.where)  # a button or an app's line: left out on either path
                continue
            if parse.points:  # never the point's: the notes
                said = clean_line(plain_spaces(text))
                open_heading(parse, said)
                parse.as_written.append((len(parse.headings) - 1, line.where, mark))
                parse.previous, parse.blank = said, False
                continue
            if mark == SPEAKER and parse.notes[-1] and not parse.closed:
                parse.notes.append([])  # before the points: each speaker's line a paragraph
        if text[:1] == POINT_NOTE:  # a footnote in the point, a table's comment beside it
            _point_note(parse, clean_line(plain_spaces(text[1:])))
            continue
        if text[:1] == SECTION_BREAK:  # a new section of the file: read as a blank line
            parse.section_break = len(parse.points)
        raw = plain_spaces(text)
        if not raw.strip():
            parse.wrapped_aside = None  # a blank line ends a wrapped commentary paragraph
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
            raw = PAIRED_BOLD.sub(lambda m: m.group("a") or m.group("b"), raw)
        if "*" in raw or "_" in raw:
            raw = PAIRED_EMPHASIS.sub(lambda m: m.group("a") or m.group("b"), raw)
        if parse.pending is not None and resolve_quote(parse, raw):
            continue
        pieces(parse, raw, line.where, _next_text(lines, index))
        parse.previous = raw
        parse.blank = False
    if parse.pending is not None:
        resolve_quote(parse, None)
    group_tails(parse)
    colon_lists(parse)  # before the parts: 4, 1, 2, 3, 5 is one point's list, no part
    captions(parse)  # before the preamble's test of what ends the point above an article
    preamble(parse)
    strays(parse)
    outline_parts(parse)
    repeated_lists(parse)
    restated_parts(parse)
    entry_lists(parse)
    settle_parts(parse)
    repeated_points(parse)
    repeated_passages(parse)
    pull_quotes(parse)
    conclusion(parse)
    prose_after(parse)
    prose_between(parse)
    closing_line(parse)
    links_after(parse)  # after the prose moved out of the last point: they stood under it
    title_lines(parse)
    return parse
