"""Footnotes in pasted text, where no markup says what a footnote is.

A draft copied from a page or a PDF into a text file keeps its footnote marks as characters
(``…the line of contact.³``, ``…contact.[2]``, ``…in stages.*``, a Japanese page's
``…実施する。※1``, Markdown's ``[^2]``) and its footnotes as lines at the end (``³ As of
signature.``, ``[2] Under a UN mandate.``, ``* Subject to review.``, ``※1 期限は未定。``,
``[^2]: …``); a copy that lost the superscripts has plain digits
(``…sovereignty.1``, ``1 As in the memorandum.``). Told by position and shape:

- the footnotes are the draft's last block of lines that each open with a mark (a line
  without one continues the note before it), after a blank line or a rule (``____``), and
  only when the text before them carries at least one of their marks;
- a mark in the text is glued to the word or the punctuation before it (never at a line's
  start, where ``[3]`` is a project's clause number); it is taken out when a footnote
  carries it, and a superscript number right after closing punctuation (``contact.³``) or
  a bracketed number glued to a word (``contact.[2]``) is taken out even when the footnotes
  were not pasted with the text (a draft "often only in part"); a plain digit is a mark when
  a footnote that opens with that plain digit carries it (the notes counting up one by one)
  and it is glued to a word or the punctuation after one, never after a digit or before a
  dot (``2.1``, ``…sovereignty.2. Non-…``), or, without such notes, when it is glued to a
  finished sentence at a line's end (``…sovereignty.1``);
- the footnotes go under :data:`~plandiff.plans.intake.lines.FOOTNOTES_HEADING` as
  ``[2] text``, where the parser reads them as notes, never as points.

``*`` marks are read in plain text and in a web page's text only (where a list's bullets
are the markup's): in Markdown a star is emphasis or a bullet. A page's first block after its
list of points (marked :data:`~plandiff.plans.intake.lines.PAGE_TEXT`) may be its first note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plandiff.plans.intake.asides import SHARE_BUTTON
from plandiff.plans.intake.lines import FOOTNOTES_HEADING, NOTES_WORDS, PAGE_TEXT, Line
from plandiff.plans.intake.markers import JA_ARTICLE, KANJI_ITEM, SUB, TOP
from plandiff.plans.intake.sentences import runs_on

__all__ = ["PastedNotes", "loose_digit_marks", "page_footnotes", "pasted_footnotes",
           "spaced_bracket_marks"]

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_DIGITS = str.maketrans(_SUPERSCRIPTS, "0123456789")
_TO_SUPERSCRIPTS = str.maketrans("0123456789", _SUPERSCRIPTS)
_SUP_MARK = re.compile(r"\s*[0-9]{1,3}\s*")
_MARK = (rf"[{_SUPERSCRIPTS}]{{1,3}}|\[[0-9]{{1,3}}\]|\[\^[\w-]{{1,20}}\]:?")
_SYMBOL = r"\*{1,3}|†{1,2}|‡|※[0-9０-９]{0,2}"
_BODY = re.compile(rf"^[ \t]*(?P<mark>{_MARK})[ \t]*(?P<text>\S.*)$")
_PLAIN_BODY = re.compile(r"^[ \t]*(?P<mark>[0-9]{1,3})[ \t]+(?P<text>[^\W\d_\s].*)$")
"""``1 As in the memorandum.``: a footnote whose superscript mark became a plain digit in the
copy; one only when the text carries its mark glued to a word (:data:`_AFTER_WORD`) and
the notes count up one by one."""
_SYMBOL_BODY = re.compile(rf"^[ \t]*(?P<mark>{_SYMBOL})[ \t]*(?P<text>[^\s0-9*].*)$")
_RULE = re.compile(r"^[ \t]*(?:[_\-–—=*][ \t]*){3,}$")
_OPENS_ITEM = re.compile(r"^[ \t]*(?:#|[0-9０-９]{1,5}[ \t]*[.)．、:：]|[-•*+][ \t])")
"""A line that opens a point, an item or a heading: never the rest of a footnote."""
_NOTES_HEADING = re.compile(rf"^[ \t]*(?:#{{1,6}}[ \t]*)?(?:{NOTES_WORDS})[ \t]*[:：]?[ \t]*$",
                            re.IGNORECASE)
_ANY_SUPERSCRIPT = re.compile(f"[{_SUPERSCRIPTS}]")
_NOT_UNIT = r"(?<![0-9\s]m)(?<!km)(?<!cm)(?<!mm)(?<!ft)(?<![0-9\s]м)(?<!км)(?<!см)(?<!мм)"
"""Not the power of a unit (30 km², 5 m³): a superscript there is not a note mark."""
_CLOSED = r"[.,;:!?)\]»”\"’'。、）]"
_LOOSE_SUPERSCRIPT = re.compile(rf"(?<={_CLOSED})[{_SUPERSCRIPTS}]{{1,3}}(?![{_SUPERSCRIPTS}])")
"""A superscript number right after closing punctuation: a note mark, whatever follows."""
_AFTER_WORD = r"(?:(?<=[^\W\d_]{3})|(?<=[^\W\d_]{3}[.,;:!?)»”\"’]))"
_PLAIN_NOT_AFTER = r"(?![0-9.,:)\]\w])"
"""(With :data:`_AFTER_WORD`.) A plain-digit mark glued to a word of three letters or more,
or to the punctuation after one (``sovereignty.1``, ``guarantees1,``), never after a digit
(``2.1``) nor before a dot (``sovereignty.2. Non-aggression`` is the next point run on)."""
_LOOSE_DIGIT = re.compile(r"(?<=[^\W\d_]{3}[.!?。！？])(?<!Art\.)(?<!Rev\.)(?<!Vol\.)"
                          r"(?<!Res\.)[0-9]{1,2}[ \t]*$")
"""A plain digit glued to a finished sentence at a line's end (``…sovereignty.1``): a mark
whose superscript was lost in the copy, even when the notes were not pasted."""


def _may_hold_loose_digit(text: str) -> bool:
    """Whether :data:`_LOOSE_DIGIT` may match ``text``: it ends in a digit, white space aside
    (a quick test that spares the pattern every other line)."""
    return text.rstrip()[-1:].isdigit()
_GLUED_BRACKET = re.compile(r"(?:(?<=[^\W\d_])|(?<=[.,;:!?)»”\"’。、）」』！？])|(?<=[0-9]\]))"
                            r"\[[0-9]{1,3}\]"
                            r"(?=(?:\[[0-9]{1,3}\])*(?!\S*\]))")
"""``contact.[2]``, ``contact[2]``, ``確認する。[3]``: a citation mark glued to the word
or punctuation before it, each of a run (``further.[4][5]``, as a wiki cites two
sources)."""


@dataclass(frozen=True)
class PastedNotes:
    """The draft's lines with the marks out and the footnotes under their heading."""

    lines: tuple[Line, ...]
    marks: int
    """Marks taken out of the text."""
    notes: int
    """Footnotes moved under the footnotes heading."""

    def report(self) -> tuple[str, ...]:
        """What the structure report should say."""
        said = []
        if self.notes:
            said.append(f"{self.notes} footnote(s) at the end of the text read as notes, "
                        "not points")
        if self.marks:
            said.append(f"{self.marks} footnote mark(s) taken out of the text")
        return tuple(said)



def superscript_mark(text: str) -> str | None:
    """A run of text that a file sets as a superscript holding a number (a Word run in
    superscript, a page's ``<sup>3</sup>``: a footnote mark without a link) as superscript
    digits, which this module reads by their place; None for any other text."""
    if _SUP_MARK.fullmatch(text):
        return text.strip().translate(_TO_SUPERSCRIPTS)
    return None


def _key(mark: str) -> str:
    """``³``, ``[3]`` and ``3`` are one footnote; ``[^a]:`` is ``[^a]``."""
    mark = mark.rstrip(":")
    if mark.startswith("[^"):
        return mark
    return mark.strip("[]").translate(_TO_DIGITS)


def _body(text: str, symbols: bool) -> re.Match[str] | None:
    text = text.removeprefix(PAGE_TEXT)  # a page's first block after its list of points
    found = _BODY.match(text) or _PLAIN_BODY.match(text)
    if found is None and symbols:
        found = _SYMBOL_BODY.match(text)
    return found


def _block_start(lines: tuple[Line, ...], symbols: bool) -> int | None:
    """Where the trailing block of footnotes starts, or None (see the module notes)."""
    start = None
    pending = False  # lines that continue a note whose mark is further up
    for index in range(len(lines) - 1, -1, -1):
        text = lines[index].text
        if not text.strip() or (start is None and not pending and SHARE_BUTTON.match(text)):
            if pending:  # (a post's counts and buttons under its notes: passed over)
                break
            continue
        if _RULE.match(text) or _NOTES_HEADING.match(text):
            break
        if _body(text, symbols):
            start, pending = index, False
        elif _OPENS_ITEM.match(text):
            break
        else:
            pending = True
    if start is None:
        return None
    before = lines[start - 1].text if start else ""
    if start and before.strip() and not _RULE.match(before) \
            and not _NOTES_HEADING.match(before):
        return None  # footnotes follow a blank line or a rule, not a point's last line
    return start


def _mark_pattern(keys: set[str], symbols: bool, plain: set[str]) -> re.Pattern[str] | None:
    """The in-text marks of the footnotes with these keys, glued to what comes before (for
    the ``plain`` keys, whose notes open with a plain digit, the plain digit too)."""
    options = []
    if plain:
        keys_first = "|".join(sorted(plain, key=len, reverse=True))
        options.append(f"{_AFTER_WORD}(?:{keys_first}){_PLAIN_NOT_AFTER}")
    for key in sorted(keys, key=len, reverse=True):
        if key.startswith("[^"):
            options.append(re.escape(key))
        elif key.isdigit():
            superscript = key.translate(_TO_SUPERSCRIPTS)
            options.append(rf"{_NOT_UNIT}{superscript}(?![{_SUPERSCRIPTS}])|\[{key}\]")
        elif symbols:
            options.append(rf"{re.escape(key)}(?![*†‡])(?=[\s.,;:)。、）」]|$)")
    if not options:
        return None
    return re.compile(rf"(?<=\S)(?<![*†‡])[ \t]?(?:{'|'.join(options)})")


_LONE_NUMBER = re.compile(r"^[ \t]*(?P<num>[0-9]{1,3})\.?[ \t]*$")
"""A note's number alone on its line (``1``; ``1.`` once a number column's reading gave it
its stop)."""


def _numbers_alone(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The text's last paragraphs when each is a note's number alone on its line and its
    text under it (``1`` / ``I use the text …``, as a newsletter post's footnotes copy),
    the numbers counting up by one: each number joined to its text's first line
    (``1 I use the text …``), the shape a copy's plain-digit notes have, when lines above
    them open points or items of their own (``1. …``: numbers alone over their text may
    be a draft's own points). The lines as they are otherwise."""
    texts = [line.text for line in lines]
    joined: list[int] = []  # the lines of the numbers, last first
    end = len(texts)
    while end > 0 and (not texts[end - 1].strip() or SHARE_BUTTON.match(texts[end - 1])):
        end -= 1  # a post's counts and buttons under its notes ("42 Likes", "Write a comment")
    while end > 0:
        while end > 0 and not texts[end - 1].strip():
            end -= 1
        start = end
        while start > 0 and texts[start - 1].strip():
            start -= 1
        if end - start < 2 or not _LONE_NUMBER.match(texts[start]) \
                or _LONE_NUMBER.match(texts[start + 1]) or _OPENS_ITEM.match(texts[start + 1]):
            break
        joined.append(start)
        end = start
    numbers = [int(_LONE_NUMBER.match(texts[at]).group("num"))  # type: ignore[union-attr]
               for at in reversed(joined)]
    if not numbers or numbers != list(range(numbers[0], numbers[0] + len(numbers))) \
            or not any(_OPENS_ITEM.match(text) for text in texts[:joined[-1]]):
        return lines  # no points above them marked otherwise: they may be the points
    out = list(lines)
    for at, number in zip(joined, reversed(numbers), strict=True):
        out[at:at + 2] = [Line(f"{number} {texts[at + 1].strip()}", lines[at].where)]
    return tuple(out)


def pasted_footnotes(lines: tuple[Line, ...], *, symbols: bool = True) -> PastedNotes:
    """Footnote marks out of the text, footnotes under their heading (module notes); notes
    whose numbers stand alone over their text (:func:`_numbers_alone`) too."""
    joined = _numbers_alone(lines)
    if joined is not lines:
        read = _pasted_footnotes(joined, symbols)
        if read.notes:
            return read
    return _pasted_footnotes(lines, symbols)


def _pasted_footnotes(lines: tuple[Line, ...], symbols: bool) -> PastedNotes:
    """:func:`pasted_footnotes` of lines as they are."""
    start = _block_start(lines, symbols)
    bodies: list[tuple[str, str, str]] = []  # (key, text, where)
    plain: set[str] = set()  # keys of notes that open with a plain digit
    chrome: list[Line] = []  # a post's counts and buttons under its notes, kept after them
    if start is not None:
        for line in lines[start:]:
            if not line.text.strip() or _RULE.match(line.text):
                continue
            if SHARE_BUTTON.match(line.text):
                chrome.append(line)
                continue
            found = _body(line.text, symbols)
            if found:
                if found.re is _PLAIN_BODY:
                    plain.add(found.group("mark"))
                bodies.append((_key(found.group("mark")), found.group("text").strip(),
                               line.where))
            elif bodies:
                key, text, where = bodies[-1]
                bodies[-1] = (key, f"{text} {line.text.strip()}", where)
    head = list(lines[:start] if start is not None and bodies else lines)
    marks = 0
    if plain and [int(key) for key, _, _ in bodies if key in plain] != \
            list(range(int(min(plain)), int(min(plain)) + len(plain))):
        plain = set()  # plain-digit notes count up one by one, or they are not notes
    pattern = _mark_pattern({key for key, _, _ in bodies}, symbols, plain)
    if bodies and (pattern is None or not any(pattern.search(line.text) for line in head)):
        bodies, head, pattern = [], list(lines), None  # no mark of theirs: not footnotes
    whole = "\n".join(line.text for line in head)
    rules = [rule for rule, needed in ((pattern, pattern is not None),
                                       (_LOOSE_SUPERSCRIPT, _ANY_SUPERSCRIPT.search(whole)),
                                       (_GLUED_BRACKET, "[" in whole),
                                       (_LOOSE_DIGIT, not plain)) if needed]
    for index, line in enumerate(head if rules else ()):
        text = line.text
        for rule in rules:
            if rule is _LOOSE_DIGIT and not _may_hold_loose_digit(text):
                continue
            if rule is not None:
                text, count = rule.subn("", text)
                marks += count
        if text != line.text:
            head[index] = Line(text, line.where)
    if not bodies:
        return PastedNotes(tuple(head), marks, 0)
    where = bodies[0][2]
    notes = [Line(f"[{key.strip('[]^')}] {text}", place) for key, text, place in bodies]
    return PastedNotes((*head, Line("", where), Line(FOOTNOTES_HEADING, where), *notes,
                        *chrome), marks, len(notes))


_SPACED_BRACKETS = re.compile(r"(?:(?<=[^\W\d_])|(?<=[.,;:!?)»”\"’。、）]))[ \t]+"
                              r"(?:\[[0-9]{1,3}\]){1,6}(?=\s|$)")
"""`` [3]`` / `` [4][5]`` after a word or its punctuation: citation marks a PDF's text layer
sets apart from the word they were raised beside (a printed wiki article, a report)."""


_LONE_BRACKETS = re.compile(r"^[ \t]*(?:\[[0-9]{1,3}\]){1,6}[ \t]*$")
"""Citation marks alone on a line: a raised mark PDFium sets on a line of its own under the
text it was raised beside (a wiki article printed with its marks' own line height)."""


_OPENING_BRACKETS = re.compile(r"^[ \t]*(?P<marks>\[(?P<num>[0-9]{1,3})\](?:\[[0-9]{1,3}\]){0,5})"
                               r"[ \t]+(?=\S)")
_FINISHED = re.compile(r"[.!?。！？][\"”’»)）」]?[ \t]*$")
"""A line opening with ``[2] `` right under a finished sentence: a raised citation mark that
split its line (PDFium starts a new line at the mark). It is kept as a point's number when
the copy numbers its points ``[1] …`` and it is the next one, or when no line so far opened
with a number of another form (``1.``, ``Пункт 1.``, ``(1)``, ``①``, ``第1条``)."""


def _numbered(text: str) -> bool:
    """Whether a line opens with a point's or an item's own number, in any of a draft's
    forms but brackets (``1.``, ``2)``, ``Пункт 3.``, ``(4)``, ``⑤``, ``第6条``, ``七、``)."""
    return not text.lstrip().startswith("[") and any(
        pattern.match(text) for pattern in (_POINT_NUMBER, TOP, JA_ARTICLE, KANJI_ITEM, SUB))


def spaced_bracket_marks(lines: list[Line]) -> tuple[list[Line], int]:
    """The lines without bracketed citation marks set apart by a space (see
    :data:`_SPACED_BRACKETS`; a mark at a line's start is a point's number, ``[3] …``) or
    alone on a line after some text (:data:`_LONE_BRACKETS`; the line is left out, not made a
    blank one that would break a paragraph; under the footnotes heading such a line is a
    note's number), and how many marks were taken out. For readers whose text layer loses
    the superscript (a PDF)."""
    out: list[Line] = []
    count = 0
    notes = text_before = plain_numbers = False
    last_bracket: int | None = None
    for line in lines:
        notes = notes or line.text == FOOTNOTES_HEADING
        plain_numbers = plain_numbers or _numbered(line.text)
        if "[" not in line.text:
            out.append(line)
            text_before = text_before or bool(line.text.strip())
            continue
        if not notes and text_before and _LONE_BRACKETS.match(line.text):
            count += line.text.count("[")
            continue
        opening = _OPENING_BRACKETS.match(line.text)
        if opening and not notes:
            number = int(opening.group("num"))
            if out and _FINISHED.search(out[-1].text) and (
                    number != last_bracket + 1 if last_bracket is not None else plain_numbers):
                count += opening.group("marks").count("[")
                out.append(Line(line.text[opening.end():], line.where))
                continue
            last_bracket = number
        text_before = True
        text = _SPACED_BRACKETS.sub(lambda m: "", line.text)
        found = sum(m.group().count("[") for m in _SPACED_BRACKETS.finditer(line.text))
        count += found
        out.append(Line(text, line.where) if found else line)
    return out, count


def loose_digit_marks(lines: list[Line]) -> tuple[list[Line], int]:
    """The lines without a plain digit glued to a finished sentence at a line's end (a
    superscript mark a PDF's text layer gives as a plain digit: ``…を監視する。1``), and how
    many were taken out. For readers whose notes are read elsewhere (a PDF)."""
    out: list[Line] = []
    count = 0
    for line in lines:
        if not _may_hold_loose_digit(line.text):
            out.append(line)
            continue
        text, found = _LOOSE_DIGIT.subn("", line.text)
        count += found
        out.append(Line(text, line.where) if found else line)
    return out, count


_PAGE_NOTE = re.compile(r"^[ \t]*(?:\[(?P<bracket>[0-9]{1,3})\]|(?P<plain>[0-9]{1,3})[.)]?"
                        rf"|(?P<sup>[{_SUPERSCRIPTS}]{{1,3}}))[ \t]+(?P<text>\S.*)$")
_POINT_NUMBER = re.compile(r"^[ \t]*(?:\*\*)?(?P<num>[0-9]{1,3})[.)]")
_PAGE_NOTE_LINES = 8
"""A page's footnotes are at most this many lines at its foot."""


def _line_number(line: Line) -> int:
    where = line.where.rsplit(" ", 1)[-1]
    return int(where) if where.isdigit() else 0


def _note_key(found: re.Match[str]) -> str:
    return (found.group("bracket") or found.group("plain")
            or found.group("sup").translate(_TO_DIGITS))


def _foot(page: list[Line]) -> int | None:
    """Where the footnotes at the foot of one page start, or None: a line opening with a
    note number N among the page's last lines, the notes after it counting up from N, N not
    the next point's number, and the page's text before it carrying N's mark glued to a
    word or its punctuation."""
    filled = [i for i, line in enumerate(page) if line.text.strip()]
    for start in filled[-_PAGE_NOTE_LINES:]:
        found = _PAGE_NOTE.match(page[start].text)
        if found is None:
            continue
        first = int(_note_key(found))
        keys = [int(_note_key(m)) for m in map(_PAGE_NOTE.match,
                                               (line.text for line in page[start:])) if m]
        if keys != list(range(first, first + len(keys))):
            continue
        numbers = [int(m.group("num")) for m in map(_POINT_NUMBER.match,
                                                    (line.text for line in page[:start])) if m]
        if numbers and first == numbers[-1] + 1:
            continue  # the next point at the foot of the page
        mark = re.compile(f"{_AFTER_WORD}{first}{_PLAIN_NOT_AFTER}|(?<=\\S)"
                          f"{str(first).translate(_TO_SUPERSCRIPTS)}")
        if any(mark.search(line.text) for line in page[:start]):
            return start
    return None


def _join_page(out: list[Line], page: list[Line]) -> None:
    """Add a page's lines; a sentence that runs on from the page before (no closing
    punctuation there, a small letter here) runs on over the blank lines between them."""
    first = next((i for i, line in enumerate(page) if line.text.strip()), None)
    last = next((i for i in range(len(out) - 1, -1, -1) if out[i].text.strip()), None)
    if first is not None and last is not None and runs_on(out[last].text, page[first].text):
        del out[last + 1:]
        page = page[first:]
    out.extend(page)


def page_footnotes(lines: tuple[Line, ...], breaks: set[int]) -> PastedNotes:
    """Text copied out of a PDF page by page (pdftotext writes a form feed at each page's
    end): each page's footnotes sit at its foot, between the points, where they ran into
    the point before them or opened points 1, 2 again. They go under the footnotes heading
    at the end, their marks out of the page's text (see :func:`_foot`); a sentence broken
    by the page end runs on (:func:`_join_page`). ``breaks`` are the line numbers
    (``where``) at which pages end."""
    if not breaks:
        return PastedNotes(lines, 0, 0)
    pages: list[list[Line]] = [[]]
    for line in lines:
        pages[-1].append(line)
        if _line_number(line) in breaks:
            pages.append([])
    out: list[Line] = []
    notes: list[Line] = []
    marks = 0
    for page in pages:
        start = _foot(page)
        if start is None:
            _join_page(out, page)
            continue
        keys: list[str] = []
        for line in page[start:]:
            found = _PAGE_NOTE.match(line.text)
            if found is not None:
                keys.append(_note_key(found))
                notes.append(Line(f"[{keys[-1]}] {found.group('text').strip()}", line.where))
            elif line.text.strip() and notes:
                notes[-1] = Line(f"{notes[-1].text} {line.text.strip()}", notes[-1].where)
        options = "|".join(sorted(keys, key=len, reverse=True))
        superscripts = "".join(keys).translate(_TO_SUPERSCRIPTS)
        mark = re.compile(f"{_AFTER_WORD}(?:{options}){_PLAIN_NOT_AFTER}"
                          f"|(?<=\\S)[{superscripts}]+")
        body = []
        for line in page[:start]:
            text, count = mark.subn("", line.text)
            marks += count
            body.append(Line(text, line.where) if count else line)
        _join_page(out, body)
    if not notes:
        return PastedNotes(tuple(out), 0, 0)
    where = notes[0].where
    return PastedNotes((*out, Line("", where), Line(FOOTNOTES_HEADING, where), *notes),
                       marks, len(notes))
