"""PDF drafts with a text layer → lines, without page furniture.

Before PDFium sees the file, every compressed (Flate) stream is inflated once with a budget
(``max_unpacked_bytes`` in all), so a decompression bomb is refused in bounded memory and
time; a PDF of more than ``max_pages`` pages is refused before any page is read; a PDF that
needs a password is refused with a message that says so, and so is one with no text at all
(a scan: the message suggests OCR).

Per page, PDFium's lines (:mod:`plandiff.plans.intake.pdfium`) are read in its reading
order, but for a page of one column whose blocks of lines, standing one above the other,
are drawn out of that order (a frame placed later drawn last): those are read top to
bottom. Page furniture is removed: lines in the top or bottom 6 % of the page that are page
numbers (``3``, ``3/12``, ``Page 3 of 12``, ``- 3 -``), URLs or file paths, browser print
dates (``12/1/26, 7:02 PM``), text repeated on several pages in the same band (running
headers and footers, numbers ignored), or text in a smaller font than the body there (by
glyph height, or by the font size PDFium reports, so a one-page print's running header goes
too); so are a word processor's header and footer set lower, inside a wide margin (the top
or bottom eighth: the lines from the page's edge inward whose words stand at the same height
on another page), a watermark (a few words in large type at the same place on half the pages
or more, ``DRAFT``), a web page's side rail a browser prints on every page (share buttons
at the same place on half the pages, outside the text's columns), and line numbers in the
margin
(:mod:`plandiff.plans.intake.linenumbers`).
Visual lines are joined into the lines of the draft: a line that reaches the right edge of
the text continues on the next one (unless that one starts with a number or bullet; in a
justified column, where most lines end at the edge, only a line that ends there), a word
hyphenated across the line end is joined again (``agree‐`` + ``ment`` → ``agreement``; the
rule of :mod:`plandiff.plans.intake.hyphens`), a line set clearly larger than the body text
is a heading (``## 5. Elections``), a wider gap than the usual line pitch is a paragraph
break, and a line's left offset from the text's left edge becomes indentation.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import statistics
import zlib
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from plandiff._text import KANA, class_body
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.intake.dating import pdf_dates
from plandiff.plans.intake.furniture import furniture_key
from plandiff.plans.intake.hyphens import Hyphenation, rejoin_lines
from plandiff.plans.intake.linenumbers import drop_line_numbers
from plandiff.plans.intake.lines import (
    CELL_JOIN,
    FOOTNOTES_HEADING,
    POINT_NOTE,
    UNSPACED,
    UNSPACED_CHAR,
    DraftFormat,
    DraftLines,
    Line,
    join_wrapped,
    mark_number_column,
)
from plandiff.plans.intake.markers import CAPTION, PART, SUPERSCRIPT
from plandiff.plans.intake.notemarks import (
    PastedNotes,
    loose_digit_marks,
    spaced_bracket_marks,
)
from plandiff.plans.intake.numbercells import (
    APART,
    anchor_number_cells,
    attach_list_markers,
    comment_cells,
    number_rows,
    tab_numbers,
)
from plandiff.plans.intake.officetext import (
    commented_note,
    notes_kept_out,
    short_grid,
    short_table,
)
from plandiff.plans.intake.pdfchanges import accept_changes
from plandiff.plans.intake.pdfium import PdfRefused, PdfText, RawLine
from plandiff.plans.intake.problems import input_problem
from plandiff.plans.intake.titlelooks import Look, body_size, bold_body, typed_title

__all__ = ["read_pdf"]

_BAND = 0.06
_FOOTER = 0.125
"""The bottom share of a page where a page number alone, below all the text, is a footer's."""
_STREAM = re.compile(rb"stream\r?\n")
_ZLIB_HEADERS = frozenset({b"\x78\x01", b"\x78\x5e", b"\x78\x9c", b"\x78\xda"})
_NUMBER = r"(?:[0-9０-９]{1,4}|(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))"
"""A page's number: digits, or small Roman numerals (front matter, an annex: ``iii``)."""
_PAGE_NUMBER = re.compile(
    rf"^(?:[-–—]\s*)?(?:page|p\.|стр\.|сторінка|страница|ページ)?\s*{_NUMBER}"
    rf"(?:\s*(?:/|of|из|з|из)\s*{_NUMBER})?(?:\s*[-–—])?$", re.IGNORECASE)
_PAGE_AT_END = re.compile(r"(?:^|\s)(?:page\s*)?[0-9]{1,4}\s*(?:/|of)\s*[0-9]{1,4}$",
                          re.IGNORECASE)
_URL = re.compile(r"^(?:https?://|file:/|www\.|about:blank)\S*", re.IGNORECASE)
_PRINT_DATE = re.compile(
    r"^\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?",
    re.IGNORECASE)
_MARKER = re.compile(r"^\s*[«“„「『]?(?:[(（]?[0-9０-９]{1,3}[.．)）:：º]|[0-9]{1,3}\s+\["
                     r"|(?-i:[0-9]{1,3}[A-ZА-ЯЄІЇҐ])[.)]?\s"
                     r"|[(（][a-zа-яёєіїґａ-ｚ]{1,4}[)）]"
                     r"|[a-zа-яёєіїґ][.)]\s|[①-⑳㉑-㉟㊱-㊿㈠-㈩]|[•\-–*・→◦▪]\s"
                     r"|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、．]"
                     r"|[・○〇◯◎●■□▽◆◇](?!〇)|[ア-ン][ \u3000]"
                     r"|第[一二三四五六七八九十]{1,4}[条項章]"
                     r"|(?:point|paragraph|article|item|section"
                     r"|пункт|стаття|статья|第)\s*[0-9０-９]"
                     r"|(?:part|chapter|annex|розділ|частина|раздел|часть|глава)\s+"
                     r"(?-i:[IVXLC]{1,6}|[A-Z])\b)", re.IGNORECASE)
"""A line opening with a point's or an item's mark (``1.``, ``(a)``, ``9A``, ``第一条``, ``（一）``,
``㈠``, ``一、``, ``ア　``, a bullet): never the line before it wrapped."""
_WRAP_PITCH = 1.5
"""A step under this many times the reported font size is a line pitch, not a paragraph gap
(normal leading is 1.15–1.25, CSS's 1.5 at most; one line of spacing makes 2 or more)."""
_TALL_PITCH = 1.7
"""The pitch of a line set tall for its script, in font sizes: a Japanese font's lines are
1.45 em apart and more (LibreOffice set lines with Latin digits in them 1.52 em apart, beside
1.28 em for kana and kanji alone); one line of spacing makes 2 or more."""
_STOPS = frozenset(".!?:;。！？：；」』）)”\"’")
"""What a line that ends its sentence or clause ends with."""
_HEADING_SIZE = 1.15
_HEADING_CHARS = 120
"""A line set this much larger than the page's body text, and this short, is a heading: it
reads as a Markdown heading (a numbered one opens its point with the rest as the title; any
other ends the point before it). LibreOffice sets its Heading 2 at 14 pt over a 12 pt body
(1.17); the margin band's test of a part's heading asks more (:data:`_LARGE_TYPE`)."""


def _check_streams(data: bytes, display: str, limits: Limits) -> None:
    """Inflate every Flate stream once, within the budget, and refuse a bomb."""
    budget = limits.max_unpacked_bytes
    for match in _STREAM.finditer(data):
        start = match.end()
        if data[start:start + 2] not in _ZLIB_HEADERS:
            continue
        end = data.find(b"endstream", start)
        if end < 0:
            end = len(data)
        inflater = zlib.decompressobj()
        chunk = data[start:end]
        try:
            while chunk and budget >= 0:
                out = inflater.decompress(chunk, 1 << 20)
                budget -= len(out)
                chunk = inflater.unconsumed_tail
        except zlib.error:
            continue  # PDFium decides what to make of a damaged stream
        if budget < 0:
            raise input_problem(display, f"its compressed streams unpack to more than "
                                f"{limits.max_unpacked_bytes} bytes (a decompression bomb?); "
                                "set PLANDIFF_MAX_UNPACKED_BYTES to raise the limit",
                                rule="limits")


@dataclass(frozen=True)
class _Page:
    number: int
    width: float
    height: float
    lines: tuple[RawLine, ...]


def _in_band(line: RawLine, page: _Page) -> bool:
    return line.bottom >= page.height * (1 - _BAND) or line.top <= page.height * _BAND


def _smaller(line: RawLine, body_height: float, body_size: float) -> bool:
    """Whether a line is set in a smaller font than the body: by the font size PDFium
    reports when it reports one (a line of small letters has low glyphs at the body's size:
    the first line of a page, 'Ниже приводится текст', was taken for a running header), else
    by glyph height."""
    if body_size and line.size:
        return line.size < 0.85 * body_size
    return bool(body_height) and line.height < 0.85 * body_height


def _by_characters(values: list[tuple[float, int]]) -> float:
    """The median of ``(value, characters)`` pairs weighted by characters: the body's font
    size or glyph height, which most of a page's characters are set in. A median of lines
    would let a few short lines in large type (a title wrapped in a narrow column) outweigh
    the body on a short page, and the body's first line, in the top band, then read as
    smaller furniture and was dropped."""
    values = sorted(values)
    half = sum(weight for _, weight in values) / 2
    seen = 0
    for value, weight in values:
        seen += weight
        if seen >= half:
            return value
    return 0.0


_LARGE_TYPE = 1.3
"""A line in the page's margin band this many times the body's font size at least is set in
large type, a part's heading (``Part 2`` opening its page), not a running header, unless it
repeats word for word (a running header in type a little larger than the body, 1.15–1.25,
is still one). Reading lines, a heading needs less: :data:`_HEADING_SIZE`."""


def _large_type(line: RawLine, body_height: float, body_size: float) -> bool:
    if body_size and line.size:
        return line.size >= _LARGE_TYPE * body_size
    return bool(body_height) and line.height >= _LARGE_TYPE * body_height


_WATERMARK_SIZE = 1.5
"""A watermark is set this many times the body's font size at least (``DRAFT`` across the
page, ``CONFIDENTIAL``)."""
_WATERMARK_WORDS = 4


def _watermarks(pages: list[_Page], body_height: float, body_size: float) -> set[int]:
    """The ``id`` of the lines that are a watermark: a few words in large type, the same
    words at the same place on half the pages or more (two at least), wherever on the page
    they stand. Read among the text, a watermark in the middle of a page was a heading that
    ended the point it cut through (the point's rest went to the notes under ``DRAFT``)."""
    def large(line: RawLine) -> bool:
        if body_size and line.size:
            return line.size >= _WATERMARK_SIZE * body_size
        return bool(body_height) and line.height >= _WATERMARK_SIZE * body_height

    def key(line: RawLine) -> tuple[str, int, int]:
        return " ".join(line.text.split()), round(line.bottom), round(line.x0)

    candidates = [[line for line in page.lines if large(line) and line.text.strip()
                   and len(line.text.split()) <= _WATERMARK_WORDS
                   and not _MARKER.match(line.text)] for page in pages]
    seen = Counter(k for lines in candidates for k in {key(line) for line in lines})
    enough = max(2, (len(pages) + 1) // 2)
    return {id(line) for lines in candidates for line in lines if seen[key(line)] >= enough}


def _remove_furniture(pages: list[_Page]) -> tuple[list[_Page], int]:
    inside = [line for page in pages for line in page.lines if not _in_band(line, page)]
    body_height = _by_characters([(line.height, len(line.text.strip()) or 1)
                                  for line in inside])
    body_size = _by_characters([(line.size, len(line.text.strip()) or 1)
                                for line in inside if line.size])
    repeats = Counter(furniture_key(line.text) for page in pages for line in page.lines
                      if _in_band(line, page))
    exact = Counter(" ".join(line.text.split()) for page in pages for line in page.lines
                    if _in_band(line, page))

    def repeated(line: RawLine) -> bool:
        """Whether a band line repeats on another page, numbers aside; a heading in large
        type must repeat word for word: ``Part 1``, ``Part 2`` opening each page are the
        parts' headings, not a running header."""
        if len(pages) < 2 or repeats[furniture_key(line.text.strip())] < 2:
            return False
        return not _large_type(line, body_height, body_size) \
            or exact[" ".join(line.text.split())] > 1
    def running_key(line: RawLine) -> tuple[str, int]:
        """:func:`_running_key`; a heading in large type by its very words (``Part 2``
        opening page 2 is no running header of ``Part 1`` on page 1)."""
        if _large_type(line, body_height, body_size):
            return " ".join(line.text.split()), round(line.bottom)
        return _running_key(line)

    running = Counter(key for page in pages for key in {  # pages, not lines: two columns
        running_key(line) for line in page.lines if _in_margin(line, page)})
    outer = {id(line) for line in _running_furniture(pages, running, running_key)}
    outer |= _watermarks(pages, body_height, body_size)
    outer |= _side_rails(pages)
    outer |= {id(line) for page in pages for line in _painted_late(page)}
    removed = 0
    kept_pages = []
    for page in pages:
        notes = _band_notes(page, body_height, body_size)
        called = _called_notes(page)
        drop = [id(line) not in called
                and ((_in_band(line, page) and _is_furniture(line, repeated(line), body_height,
                                                             body_size,
                                                             smaller=id(line) not in notes))
                     or _footer_number(line, page)
                     or id(line) in outer)
                for line in page.lines]
        kept = tuple(line for line, dropped in zip(page.lines, drop, strict=True)
                     if not dropped or _beside_text(line, page.lines, drop))
        removed += len(page.lines) - len(kept)
        kept_pages.append(_Page(page.number, page.width, page.height, kept))
    return kept_pages, removed


def _painted_late(page: _Page) -> list[RawLine]:
    """The lines a browser paints after the article, which PDFium reads after the text
    below them: a web page's sticky or fixed header (the site's name and menu) in the page's
    top band, above every line read before it (a second column's first line is level with
    the first column's, not above it), and a fixed side rail of share buttons (``シェア``,
    ``ポスト``, ``LINE``): two lines or more, the last the page's text has, each above the
    last line of text read before them and left of every line of the text or right of
    where every one ends (a table's status column, a cell beside each row, comes row by
    row). Read in that order they ran into the last point."""
    body = [line for line in page.lines if len(line.text.strip()) >= _RAIL_BODY_CHARS
            and not _in_band(line, page)]
    left = min((line.x0 for line in body), default=0.0)
    right = max((line.x1 for line in body), default=page.width)
    late: list[RawLine] = []
    rail: list[RawLine] = []
    highest = last = None
    for line in page.lines:
        if not line.text.strip() or (rail and _in_band(line, page)):
            continue
        rise = line.height or 1.0
        if highest is not None and line.top >= page.height * (1 - _BAND) \
                and line.bottom > highest + rise:
            late.append(line)
            continue
        if last is not None and (line.x0 < left - 2.0 or line.x0 > right) \
                and line.bottom > last + rise and _worded(line):
            rail.append(line)
            continue
        rail = []  # the text goes on after them: no rail
        highest = line.top if highest is None else max(highest, line.top)
        last = line.bottom
    return late + (rail if len(rail) >= 2 else [])


def _side_rails(pages: list[_Page]) -> set[int]:
    """The ``id`` of the lines of a side rail a browser prints on every page (a web page's
    share buttons in a ``position: fixed`` bar beside the article: "Поділитися", "Share"):
    the same words at the same place on half the pages at least, two at least, starting
    left of every line of the text (a word may reach into its column) or right of where
    every one ends (a line of a column that says the same on two pages stays). On a page
    the text leaves half empty, the rail's words came in the middle of a point."""
    if len(pages) < 2:
        return set()

    def key(line: RawLine) -> tuple[str, int, int]:
        return " ".join(line.text.split()), round(line.x0), round(line.bottom)

    seen = Counter(k for page in pages for k in {key(line) for line in page.lines})
    enough = max(2, (len(pages) + 1) // 2)
    lines = [line for page in pages for line in page.lines]
    body = [line for page in pages for line in page.lines if seen[key(line)] < enough
            and len(line.text.strip()) >= _RAIL_BODY_CHARS and not _in_band(line, page)] \
        or lines
    left, right = min(line.x0 for line in body), max(line.x1 for line in body)
    return {id(line) for line in lines if seen[key(line)] >= enough and _worded(line)
            and (line.x0 < left - 2.0 or line.x0 > right)}


def _worded(line: RawLine) -> bool:
    """Whether a line beside the text holds words, not a table's number cell or a list's
    marker (``3``, ``(a)``), which a producer may draw after its row's text too."""
    return any(ch.isalpha() for ch in line.text) and not _MARKER.match(line.text)


_RAIL_BODY_CHARS = 20
"""A line of the text this long at least (outside the page's header and footer band) sets
the edges of its columns, which a side rail stands outside of."""


def _in_margin(line: RawLine, page: _Page) -> bool:
    """Whether a line lies in the top or bottom eighth of the page, where a word processor
    sets its header and footer inside a wide margin (LibreOffice's, 2 cm from the edge and
    more: below the band), and is no point's or heading's opening."""
    return (line.bottom >= page.height * (1 - _FOOTER) or line.top <= page.height * _FOOTER) \
        and not _MARKER.match(line.text)


_APART = 1.4
"""A header or footer stands apart from the text by a gap this many line pitches wide at
least (a paragraph's spacing adds a third of a line or so; a header's margin more)."""


_Key = tuple[str, int]


def _margin_runs(page: _Page, running: Counter[_Key], key: Callable[[RawLine], _Key]
                 ) -> list[tuple[list[RawLine], int]]:
    """The page's lines from its top down and from its foot up, each with how many of them,
    from the edge in, are in the margin (:func:`_in_margin`) and have their words at the
    same height on another page: its running header's or footer's lines, or the text's."""
    ordered = sorted(page.lines, key=lambda line: -line.bottom)
    runs = []
    for run in (ordered, ordered[::-1]):
        count = 0
        for line in run:
            if not (_in_margin(line, page) and running[key(line)] > 1):
                break
            count += 1
        runs.append((run, count))
    return runs


def _running_furniture(pages: list[_Page], running: Counter[_Key],
                       key: Callable[[RawLine], _Key]) -> list[RawLine]:
    """The running header and footer lines set outside the band (:func:`_running_lines`)
    on every page. A line is known for one (it needs no gap from the text) when its words
    stand at the same height, the page's outermost line there, on more than half the
    pages, and either stand apart from the text on one of them or have not the same line
    inward of them on every one: a header stays while the text under it changes, a line of
    a text that repeats itself page after page has the same line under it each time."""
    inward: dict[_Key, set[_Key | None]] = {}
    inner: set[_Key] = set()
    for page in pages:
        for run, count in _margin_runs(page, running, key):
            for at in range(count):
                following = run[at + 1] if at + 1 < len(run) else None
                inward.setdefault(key(run[at]), set()).add(
                    None if following is None else key(following))
                if at and key(run[at]) != key(run[0]):
                    inner.add(key(run[at]))
    apart = {key(line) for page in pages for line in _running_lines(page, running, key)}
    known = {k for k, under in inward.items() if k not in inner
             and 2 * running[k] > len(pages) and (len(under) > 1 or k in apart)}
    return [line for page in pages for line in _running_lines(page, running, key, known)]


def _running_lines(page: _Page, running: Counter[_Key], key: Callable[[RawLine], _Key],
                   known: frozenset[_Key] | set[_Key] = frozenset()) -> list[RawLine]:
    """The page's running header and footer lines set outside the band: from the page's
    top down and from its foot up, the lines in the margin (:func:`_in_margin`) whose words
    stand at the same height on another page, up to the first line that is not one, and
    only as far as a gap wider than the page's line pitch parts them from the text (a
    body line that says the same as one on another page, at the same height, as a long
    text that repeats itself has them, is at a line pitch from its neighbours, and stays).
    A line ``known`` for a running one (:func:`_running_furniture`) or a page number
    (``Page 2 of 5``) needs no gap: on a text set one and a half lines apart, a header a
    small distance above the first point, or a footer right under the page's footnotes,
    is set no further from the text than a paragraph is from the next."""
    ordered = sorted(page.lines, key=lambda line: -line.bottom)
    steps = _steps(ordered)
    pitch = steps[len(steps) // 10] if steps else 0.0  # lines, not paragraphs
    found: list[RawLine] = []
    for run, count in _margin_runs(page, running, key):
        taken = run[:count]
        while taken:  # the innermost taken line must stand apart from the next one in
            following = run[len(taken)] if len(taken) < len(run) else None
            if following is None or abs(taken[-1].bottom - following.bottom) > _APART * pitch \
                    or key(taken[-1]) in known or _PAGE_NUMBER.match(taken[-1].text.strip()):
                break
            taken.pop()
        found += taken
    return found


def _steps(ordered: list[RawLine]) -> list[float]:
    """The steps down between consecutive lines (``ordered`` top down), smallest first; lines
    side by side (half a point apart or less) make none."""
    return sorted(a.bottom - b.bottom for a, b in itertools.pairwise(ordered)
                  if a.bottom - b.bottom > 0.5)


def _running_key(line: RawLine) -> tuple[str, int]:
    """What a running header or footer has the same on every page: its words (numbers
    aside) and where it stands, to the point (body text at the same height on two pages
    does not say the same words)."""
    return furniture_key(line.text.strip()), round(line.bottom)


_KANA_ONLY = re.compile(rf"[{class_body(KANA, astral=False)}\s]+")
"""Hiragana and katakana (and spaces) only: what a ruby line of readings holds."""


def _ruby_line(line: RawLine, lines: tuple[RawLine, ...]) -> bool:
    """Whether a line is the furigana set over a Japanese line (``<ruby>主権<rt>しゅけん``,
    Word's ルビ): kana only, in type at most 0.7 of the line right below it, which it sits on
    (its baseline within a line of that line's top) and lies over."""
    if not _KANA_ONLY.fullmatch(line.text.strip() or "x"):
        return False
    own = line.size or line.height
    for other in lines:
        base = other.size or other.height
        if (other is not line and own <= 0.7 * base and other.x0 <= line.x0
                and line.x1 <= other.x1 + base
                and 0 <= line.bottom - other.top < base):
            return True
    return False


def _drop_ruby(pages: list[_Page]) -> tuple[list[_Page], int]:
    """The pages without their ruby lines (:func:`_ruby_line`), and how many went."""
    out = []
    removed = 0
    for page in pages:
        kept = tuple(line for line in page.lines if not _ruby_line(line, page.lines))
        removed += len(page.lines) - len(kept)
        out.append(_Page(page.number, page.width, page.height, kept))
    return out, removed


def _footer_number(line: RawLine, page: _Page) -> bool:
    """A page number in a footer set higher than the band (a 1-inch bottom margin, as
    pandoc's OpenDocument and many templates have it): the page's lowest line, a page
    number alone, in the bottom eighth, more than two lines below the text above it."""
    if line.bottom > page.height * _FOOTER or not _PAGE_NUMBER.match(line.text.strip()):
        return False
    above = [other.bottom for other in page.lines if other is not line]
    return all(bottom > line.bottom + 2.0 * (line.height or 1.0) for bottom in above)


def _is_furniture(line: RawLine, repeated: bool, body_height: float, body_size: float,
                  *, smaller: bool = True) -> bool:
    """Whether a line in the top or bottom band is page furniture (module notes); a line in
    a smaller font than the body is only when ``smaller``."""
    text = line.text.strip()
    return bool(_PAGE_NUMBER.match(text) or _URL.match(text) or _PRINT_DATE.match(text)
                or (_PAGE_AT_END.search(text) and _URL.match(text.split()[0]))
                or repeated or (smaller and _smaller(line, body_height, body_size)))


_NOTE_TEXT = re.compile(r"^\[?[0-9]{1,3}(?:[.)\]]?\s+|(?=[A-ZА-ЯЁІЇЄҐ]|" + UNSPACED
                        + r"))[^\W\d_]")
"""A line that opens a footnote: its number, then words (``1 As in …``, ``2Figure …``)."""


def _band_notes(page: _Page, body_height: float, body_size: float) -> set[int]:
    """The ``id`` of the lines in the bottom band that are the page's footnotes: they are in a
    smaller font than the body, as a footer's text is, but they are text. The notes start at
    the highest line of the page's bottom part (:data:`_FOOTNOTE_ZONE`), in a smaller font
    than the body, that opens one; page numbers below them stay furniture."""
    starts = [line.bottom for line in page.lines if line.top <= page.height * _FOOTNOTE_ZONE
              and _NOTE_TEXT.match(line.text.strip())
              and _smaller(line, body_height, body_size)]
    return _notes_from(page, max(starts)) if starts else set()


def _notes_from(page: _Page, highest: float, numbers: Sequence[RawLine] = ()) -> set[int]:
    """The ``id`` of a page's lines from its footnotes' highest start (``highest``, a
    baseline) down, page numbers under them aside ("Page 1 of 3"): a note's own number alone
    on its line (one of ``numbers``) is the note's."""
    return {id(line) for line in page.lines if line.bottom <= highest
            and (line in numbers or not _PAGE_NUMBER.match(line.text.strip()))}


_CALLED_NUMBER = re.compile(r"\[?([0-9]{1,3})(?:[.)\]]?(?:\s+\S|$)|(?=[^\W\d_]))")
"""A footnote's number at the start of a line, alone on it or before its text."""


def _called_notes(page: _Page) -> set[int]:
    """The ``id`` of the lines at the foot of a page that are footnotes its body calls: from
    the highest line in the bottom part (:data:`_FOOTNOTE_ZONE`) that opens with a number
    whose mark the page's text carries (``…signatories.1`` over ``1 As reported …``) down,
    page numbers aside. Such a note may read the same as one on another page, numbers
    aside ("As reported by the agency"), and is still no running footer."""
    foot = page.height * _FOOTNOTE_ZONE
    body = "\n".join(line.text for line in page.lines if line.top > foot)
    starts = []
    for line in page.lines:
        if line.top > foot:
            continue
        found = _CALLED_NUMBER.match(line.text.strip())
        if found is not None and _note_marks({found.group(1)}).search(body):
            starts.append(line)
    return _notes_from(page, max(line.bottom for line in starts), starts) if starts else set()


def _beside_text(line: RawLine, lines: tuple[RawLine, ...], drop: list[bool]) -> bool:
    """Whether a bare number in the band sits just left of a line of body text, level with
    it (a table's number cell in the first row of a page, not a page number)."""
    if not line.text.strip().isdigit():
        return False
    reach = 1.5 * (line.height or 1.0)
    return any(not dropped and other.x0 > line.x1 and abs(other.bottom - line.bottom) < reach
               for other, dropped in zip(lines, drop, strict=True))


_CLOSING = re.compile(r"^[.,;:!?)\]»”’]")
"""What no printed line opens with: a closing punctuation mark (set against the word before
it). A line of a tracked-changes PDF does, once the deleted word before it on the line above
is left out (``agreement[, and … as]`` / ``[settled]. A monitoring``)."""


def _join(previous: str, following: str, hyphenation: Hyphenation) -> str:
    """Two visual lines of one logical line, a hyphenated word joined again."""
    joined = hyphenation.join(previous, following)
    if joined is None and _CLOSING.match(following):
        return previous.rstrip() + following
    return joined if joined is not None else join_wrapped([previous, following])


def _fits_after(previous: RawLine, line: RawLine, text: str, column: float) -> bool:
    """Whether the first word of ``line`` would have fitted at the end of ``previous`` in
    the text column (whose right edge is the longest body line's): when it would not, the
    line may be ``previous``'s paragraph wrapped. A Japanese or Chinese line wraps at any
    character, so its first "word" is one character."""
    if not text:
        return True
    first = 1 if UNSPACED_CHAR.match(text) else len(text.split(" ", 1)[0])
    word = (line.x1 - line.x0) * (first + 1) / len(text)
    return previous.x1 + word < column - 2.0


def _ends_paragraph(page: _Page, following: _Page, edge: float) -> bool:
    """Whether ``page``'s last line ends its paragraph where ``following`` opens the next
    one: it ends a sentence and stops short of the text's right edge (``edge``) by more than
    the next page's first word (a short paragraph alone at the top of a page, "The parties
    have not commented.", ran into the last point across the page break)."""
    if not page.lines or not following.lines:
        return False
    last, first = page.lines[-1], following.lines[0]
    text = " ".join(first.text.split())
    return " ".join(last.text.split())[-1:] in _STOPS and bool(text) \
        and _fits_after(last, first, text, edge)


def _wrapped(previous: RawLine, line: RawLine, text: str, column: float, size: float,
             wrap_pitch: float = 0.0) -> bool:
    """Whether ``line`` is the paragraph of ``previous`` wrapped, though the step between
    them is wide for the glyphs' height (a line of small letters, a last word alone on its
    line): its first word would not have fitted after ``previous``, and the step is a line
    pitch for the font size PDFium reports (which some producers give 4/3 too large, in CSS
    pixels; a paragraph's spacing adds half a line or more to either), or the step of the
    page's other wrapped lines, ``wrap_pitch`` (a text set at 1.5 or double spacing)."""
    if not size:
        return False
    return not _fits_after(previous, line, text, column) \
        and previous.bottom - line.bottom < max(_WRAP_PITCH * size, 1.1 * wrap_pitch)


def _second_column(lines: list[RawLine], width: float) -> float | None:
    """The left edge of a page's second column of text, when the page is set in two: two of
    its lines (headings too) at least start in the right half and two end in the left one,
    and hardly any runs across the middle (most lines of a page in one column do).
    Indentation (a sub-point's) is measured from the left edge of a line's own column: from
    the page's left edge, every line of the second column read as nested under the first
    column's."""
    if len(lines) < 4 or not width:
        return None
    middle = width / 2
    right = [line for line in lines if line.x0 >= middle]
    left = [line for line in lines if line.x1 <= middle]
    across = len(lines) - len(right) - len(left)
    if min(len(right), len(left)) < 2 or across > len(lines) / 10:
        return None
    return min(line.x0 for line in right)


def _in_page_order(lines: tuple[RawLine, ...], page: _Page) -> tuple[RawLine, ...]:
    """``lines`` of a page of one column in the order the page shows them, when the text
    layer has them otherwise: a layout program that draws a frame placed later (a point
    added at the last minute, the title in a frame of its own) after the rest. The lines
    are cut into blocks where the next line stands higher than the one before, or lower
    by more than a blank line (a paragraph's space); when the blocks stand apart, one
    wholly above the other, and not top to bottom in the order drawn, they are read top to
    bottom. Blocks side by side (a table's cells, a line's
    number drawn apart from its text) overlap in height and keep the order drawn, and so
    does a page in two columns."""
    worded = [line for line in lines if line.text.strip()]
    if len(worded) < 2 or _second_column(worded, page.width) is not None:
        return lines
    unit = statistics.median(line.height for line in worded) or 1.0
    blocks: list[list[RawLine]] = []
    for line in lines:
        if blocks and blocks[-1][-1].bottom - 2 * unit <= line.top \
                and line.bottom <= blocks[-1][-1].bottom + unit / 2:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    if len(blocks) < 2:
        return lines
    spans = [(max(line.top for line in block), min(line.bottom for line in block))
             for block in blocks]
    ordered = sorted(range(len(blocks)), key=lambda at: -spans[at][0])
    if ordered == list(range(len(blocks))) or any(
            spans[upper][1] < spans[lower][0] - unit / 4
            for upper, lower in itertools.pairwise(ordered)):
        return lines
    return tuple(line for at in ordered for line in blocks[at])


def _indent_stops(offsets: dict[int, float], unit: float) -> dict[int, float]:
    """Each line's indentation (``offsets``: by ``id``, in PDF units from the left edge of its
    own column), the same for lines that start within a third of a glyph's height of each
    other (one tab stop, printed half a point apart in two columns: 30.1 and 30.5 must not
    round to two levels)."""
    stop = -1e9
    snapped: dict[float, float] = {}
    for value in sorted(set(offsets.values())):
        if value - stop > unit / 3:
            stop = value
        snapped[value] = stop
    return {key: snapped[value] for key, value in offsets.items()}


_FULL_PAGE = 600
"""Characters a page of text holds at least (a cover page or a short one holds fewer)."""


def _full(page: _Page) -> bool:
    return sum(len(line.text.strip()) for line in page.lines) >= _FULL_PAGE


def _page_lines(page: _Page, hyphenation: Hyphenation, body_size: float = 0.0,
                titled: frozenset[int] = frozenset(), notes: Sequence[str] = ()
                ) -> list[Line]:
    """``page``'s lines as text (headings marked ``##``). ``body_size``: for the last page,
    the body's font size on the full pages before it, below which the page's reference for
    its headings does not go (a last page holding a point's tail over a site's long footer
    in small type: its median line is the footer's, and the point's lines read as headings,
    its tail as a heading before the next point, in the notes). ``titled``: the ids of the
    lines of a title typed by hand (:func:`_typed_title`), read as a heading. ``notes``: the
    draft's footnotes, each put after the paragraph whose line held its mark
    (:attr:`~.pdfium.RawLine.notes`), a line of its notes (:data:`~.lines.POINT_NOTE`)."""
    # a line wholly struck through stays for the layout: the gap its place makes is no
    # paragraph's, and a paragraph runs on past it
    lines = [line for line in page.lines if line.text.strip() or line.struck]
    if not any(line.text.strip() for line in lines):
        return []
    unit = statistics.median(line.height for line in lines) or 1.0
    sizes = [line.size for line in lines if line.size]
    size = max(statistics.median(sizes), body_size) if sizes else 0.0
    """The body's font size (PDFium's), when it reports one: steadier than glyph heights,
    which a bullet or a line of capitals raises."""
    body = [line for line in lines if line.height <= 1.25 * unit] or lines
    left = min(line.x0 for line in body)
    second = _second_column(lines, page.width)

    def column_of(line: RawLine) -> int:
        return 1 if second is not None and line.x0 >= second - unit else 0

    edges = (left, second if second is not None else left)
    stops = _indent_stops({id(line): line.x0 - edges[column_of(line)] for line in lines}, unit)

    rights: dict[int, float] = {}
    for index in {column_of(line) for line in body}:
        ends = sorted(line.x1 for line in body if column_of(line) == index)
        rights[index] = ends[(3 * len(ends)) // 4] if len(ends) >= 4 else ends[-1]
    right = rights[0] if 0 in rights else max(rights.values())  # most lines reach it
    width = max(right - left, 1.0)
    justified = {index for index, edge in rights.items() if _justified(
        [line for line in body if column_of(line) == index], edge, unit)}
    texts = [hyphenation.mend(" ".join((line.text if line.text.strip()
                                        else " ".join(line.struck)).split()))
             for line in lines]
    headings = [((line.size >= _HEADING_SIZE * size if size and line.size
                 else line.height >= _HEADING_SIZE * unit) and len(text) <= _HEADING_CHARS)
                or id(line) in titled for line, text in zip(lines, texts, strict=True)]
    # steps between lines of body text: a heading's wider margins tell nothing of them
    steps = [a.bottom - b.bottom for (a, b), (ha, hb)
             in zip(itertools.pairwise(lines), itertools.pairwise(headings), strict=True)
             if not (ha or hb)]
    pitches = [step for step in steps if 0 < step < 4 * unit]
    pitch = sorted(pitches)[len(pitches) // 4] if pitches else 2 * unit  # lines, not paragraphs
    column = max((line.x1 for line, h in zip(lines, headings, strict=True) if not h),
                 default=right)
    # the right edge of each column of text: on a page set in two, a line of the left one
    # ends far short of the page's (the right column's) edge, and every next word "fitted"
    edges_of: dict[int, float] = {}
    for line, h in zip(lines, headings, strict=True):
        if not h:
            edges_of[column_of(line)] = max(edges_of.get(column_of(line), 0.0), line.x1)

    def edge_of(line: RawLine) -> float:
        return edges_of.get(column_of(line), column)

    # lines that wrapped (the next one's first word would not have fitted) give the pitch
    # when the page has few of them among many one-line paragraphs
    wraps = sorted(lines[i - 1].bottom - lines[i].bottom for i in range(1, len(lines))
                   if not (headings[i - 1] or headings[i])
                   and 0 < lines[i - 1].bottom - lines[i].bottom < 4 * unit
                   and not _fits_after(lines[i - 1], lines[i], texts[i], edge_of(lines[i - 1])))
    if wraps:
        pitch = min(pitch, wraps[len(wraps) // 2])
    # the step of lines that wrapped in the middle of a sentence (the line before ends in no
    # stop): a text set at 1.5 or double spacing; a page of one-line paragraphs, each ending
    # its sentence, shows none
    inside = sorted(lines[i - 1].bottom - lines[i].bottom for i in range(1, len(lines))
                    if not (headings[i - 1] or headings[i])
                    and 0 < lines[i - 1].bottom - lines[i].bottom < 3 * (size or unit)
                    and texts[i - 1].rstrip()[-1:] not in _STOPS
                    and not _fits_after(lines[i - 1], lines[i], texts[i],
                                        edge_of(lines[i - 1])))
    wrap_pitch = inside[len(inside) // 2] if len(inside) >= 3 else 0.0
    # paragraphs set apart by spacing: then the pitch is the line pitch, however wide
    spaced = any(1.4 * pitch < step < 4 * pitch for step in steps)
    figures = _figure_rows(lines)
    where = f"page {page.number}"
    out: list[Line] = []
    current: str | None = None
    current_indent = 0
    current_start = False  # the current paragraph's first kept line is read
    parted = False  # a gap since the last line written: a blank line before the next
    previous: RawLine | None = None
    previous_heading = False
    previous_text = ""
    seen: list[RawLine] = []
    called: list[int] = []  # the footnotes the current paragraph's lines call

    def emit_notes() -> None:
        out.extend(Line(POINT_NOTE + notes[n], where) for n in called if n < len(notes))
        called.clear()

    def emit(paragraph: str, indent: int) -> None:
        out.append(Line(" " * indent + paragraph, where))
        emit_notes()

    for line, text, heading in zip(lines, texts, headings, strict=True):
        indent = max(0, round(stops[id(line)] / (1.5 * unit))) * 2
        if id(line) in figures:  # a row of a table of figures: a paragraph of the point's
            text, heading, indent = CELL_JOIN.join(line.cells), False, 0
        step = previous.bottom - line.bottom if previous is not None else 0.0
        if previous is not None and heading and previous_heading:  # a heading wrapped?
            gap = step > (_WRAP_PITCH * line.size if line.size else 2.4 * line.height)
        else:
            gap = previous is not None and (
                step > 1.4 * pitch
                # wider than a line pitch for the font size, and than the page's pitch,
                # unless the line above broke off its sentence at the column's edge and the
                # step is a tall line's (a Japanese line, digits in it or not)
                or (size and step > _WRAP_PITCH * size and step > 1.25 * pitch
                    and not (step <= _TALL_PITCH * size and _broken_off(
                        previous, previous_text, edge_of(previous), width, unit)))
                or (not spaced and step > 2.4 * unit
                    and not _wrapped(previous, line, text, edge_of(previous), size,
                                     wrap_pitch)))
        beside = previous is not None and _cell_beside(
            line, text, previous, seen, unit, rights.get(column_of(line), right))
        apart = text[:1] == APART
        if apart:
            text = text[1:]
        noted = apart or text[:1] == POINT_NOTE or previous_text[:1] == POINT_NOTE \
            or (previous is not None and previous.text[:1] == APART)
        gap = gap or beside or noted  # a comment cell read as its point's note: apart
        edge = rights.get(column_of(previous), right) if previous is not None else right
        row = id(line) in figures or (previous is not None and id(previous) in figures)
        gap = gap or row  # each row a paragraph of its own, as a Word file's row is
        # in a justified column a paragraph's line runs on only from the edge; a table's
        # cell in it wraps ragged (the text's lines span half the column or more, and the
        # next one starts near its left edge, where a wrapped cell's does not)
        slack = unit / 2 if previous is not None and column_of(previous) in justified \
            and previous.x1 - previous.x0 >= width / 2 \
            and line.x0 - edges[column_of(line)] < width / 4 else max(0.12 * width, 2 * unit)
        continues = (current is not None and previous is not None and not gap
                     and (previous.x1 >= edge - slack
                          # a heading in large type wraps well short of the edge: its
                          # next word would not have fitted
                          or (heading and previous_heading
                              and not _fits_after(previous, line, text, edge)))
                     and (not _MARKER.match(text) or _number_broken(previous_text, text))
                     # a Japanese article's caption under the article before, whose line
                     # may reach the edge most of the page's short lines stop at
                     and not (previous_text.rstrip()[-1:] in "。．" and CAPTION.match(text))
                     and heading == previous_heading)
        if current is not None and previous is not None and _across_deletion(
                previous, line, current, text):
            continues, gap = True, False
        elif (current and not gap and not heading and not previous_heading
              and _closes_bracket(current, text)):
            continues = True  # a narrow column's line: "(reported about 11 Dec" / "2025)"
        elif current and previous is not None and _CLOSING.match(text) \
                and abs(previous.bottom - line.bottom) < 0.5 * unit \
                and 0.0 <= line.x0 - previous.x1 < unit:
            # one printed line PDFium parted after a raised character: "Стаття 14¹" / ". …"
            continues, gap = True, False
        deleted = not line.text.strip()  # its text left out: it only carries the layout
        if continues and current is not None:
            if not deleted:
                current = _join(current, text, hyphenation) if current else text
                current_indent = current_indent if current_start else indent
                current_start = True
        else:
            if current:
                if parted and out:
                    out.append(Line("", where))
                emit(current, current_indent)
                parted = False
            parted = parted or gap
            current, current_indent, current_start = ("" if deleted else text), indent, \
                not deleted
            if text[:1] == POINT_NOTE:
                current_indent = 0
            elif heading and not deleted:
                current, current_indent = f"## {text}", 0  # a heading: ## 5. Elections
            elif beside and not deleted:
                current, current_indent = f"{_CELL_MARK}{text}", 0  # moved to the row's end
        called.extend(line.notes)
        previous, previous_heading, previous_text = line, heading, text
        seen.append(line)
    if current:
        if parted and out:
            out.append(Line("", where))
        emit(current, current_indent)
    elif called and out:  # the notes of a line whose text was left out: the last paragraph's
        emit_notes()
    return out


_CELL_MARK = "\ue011"
"""Put before a cell beside a row's text until :func:`_cells_after_rows` moves it."""
_CELL_CHARS = 40
"""A table's cell beside a row's text (a status: ``Agreed``, ``Погоджено``) is this short."""


_JUSTIFIED_LINES = 12
"""The fewest lines of a column that tell whether it is justified."""


def _justified(lines: list[RawLine], edge: float, unit: float) -> bool:
    """Whether a column of text is justified: most of its lines (every line of a paragraph
    but its last) end at its right edge, within a fraction of a glyph. A paragraph there
    runs on only from a line that reaches the edge; one a word short of it ends its
    paragraph (in a ragged column such a line may wrap)."""
    if len(lines) < _JUSTIFIED_LINES:
        return False
    flush = sum(1 for line in lines if abs(line.x1 - edge) <= unit / 4)
    return 3 * flush >= 2 * len(lines)


def _cell_beside(line: RawLine, text: str, previous: RawLine, seen: list[RawLine],
                 unit: float, edge: float) -> bool:
    """Whether ``line`` is a table's short cell beside a row's text (a status column): it
    goes back up the page to stand level with a line already read, past the right edge most
    lines of its column reach (``edge``; a tracked change's run set out of the reading
    order stands inside the text). It is a paragraph of its own, as a Word file's or a
    page's cell is; run on, it was glued to the row's text (``… дій. Погоджено``)."""
    return (previous.bottom - line.bottom < -0.5 * unit and len(text) <= _CELL_CHARS
            and line.x0 > max(edge, previous.x1)
            and any(abs(other.bottom - line.bottom) < 0.5 * unit and other.x1 < line.x0
                    for other in seen))


_ITEM_MARK = re.compile(r"[a-zа-яёєіїґ]{1,2}[.)]|[•\-–—*・→◦▪●○]")
"""A list item's letter or bullet alone, before the tab that sets its text apart."""


def _figure_rows(lines: list[RawLine]) -> set[int]:
    """The lines (by ``id``) that are rows of a table set inside a point, read a line a row
    as the office readers read one (:func:`~.officetext.short_table`: a table of figures,
    force | ceiling, or of a few words a cell, party | duty; :func:`~.officetext.short_grid`:
    three columns or more, party | duty | when): runs of two lines or more, one after
    another, each of as many cells (two or more) as the PDFium adapter told apart. Read as
    running text, such a table ran into its point's lead-in ("… sets: Force Ceiling Ground
    troops 600,000 …", "… sets: Party Duty Ukraine withdraws …"), or its rows, set in, were
    read as the point's sub-points."""
    def celled(line: RawLine | None) -> bool:  # a list's number or bullet before its tab
        return line is not None and len(line.cells) >= 2 and not (  # is no cell
            _MARKER.match(line.cells[0]) or _ITEM_MARK.fullmatch(line.cells[0]))

    found: set[int] = set()
    run: list[RawLine] = []
    for line in [*lines, None]:
        if line is not None and celled(line) and run and len(line.cells) == len(run[0].cells):
            run.append(line)
            continue
        if len(run) >= 2 and (short_table([[[cell] for cell in row.cells] for row in run])
                              or (short_grid([row.cells for row in run]) and _aligned(run))):
            found.update(id(row) for row in run)
        run = [line] if line is not None and celled(line) else []
    return found


def _aligned(rows: list[RawLine]) -> bool:
    """Whether the cells of ``rows`` stand in columns: each cell after the first starts
    where the cell above it does, within half a glyph height (a table's cells are set
    flush left in their columns; the wide gaps of a justified paragraph's lines, which the
    PDFium adapter also splits at, fall anywhere)."""
    return all(len(row.cell_starts) == len(rows[0].cell_starts) for row in rows) and all(
        max(column) - min(column) <= 0.5 * min(row.height for row in rows)
        for column in zip(*(row.cell_starts for row in rows), strict=True))


def _cells_after_rows(out: list[Line]) -> list[Line]:
    """Each cell beside a row's text (:func:`_cell_beside`) moved to the row's end, a
    paragraph of its own: before the next line that opens a point, or the end. Read where
    it stands, level with the row's first line, it came before the rest of a row that a page
    break split (``Погоджено`` / ``проводяться протягом …``)."""
    if not any(line.text.startswith(_CELL_MARK) for line in out):
        return out
    result: list[Line] = []
    pending: list[Line] = []

    def release() -> None:
        for cell in pending:
            if result and result[-1].text:
                result.append(Line("", cell.where))
            result.extend([Line(cell.text[len(_CELL_MARK):], cell.where), Line("", cell.where)])
        pending.clear()

    for line in out:
        if line.text.startswith(_CELL_MARK):
            pending.append(line)
            continue
        if pending and _MARKER.match(line.text):
            release()
        if line.text or not result or result[-1].text:
            result.append(line)
    release()
    return result


_BROKEN_NUMBER = re.compile(r"[0-9][-‐–]$")
_CLOSING_FIRST = re.compile(r"^[^()]*\)")


def _closes_bracket(current: str, text: str) -> bool:
    """Whether ``text`` closes a bracket the paragraph so far left open before it opens
    one (``US package (reported about 11 Dec`` / ``2025)``, a table cell's title wrapped in
    its narrow column, short of the page's edge): it goes on with it, a list mark or not
    (``2025)`` opened point 2025)."""
    return current.count("(") > current.count(")") and bool(_CLOSING_FIRST.match(text))


def _number_broken(before: str, text: str) -> bool:
    """Whether a line that opens with a number is the rest of a date or a range the line
    before broke at its hyphen (``… 2026-01-`` / ``06.``, ``pages 12–`` / ``14``): no list
    number follows a hyphen set against a digit."""
    return bool(_BROKEN_NUMBER.search(before)) and text[:1].isdigit()


def _broken_off(line: RawLine, text: str, edge: float, width: float, unit: float) -> bool:
    """Whether a line reaches the right edge of its column (as a line that goes on does)
    and ends in no stop: its sentence goes on on the next line."""
    return line.x1 >= edge - max(0.12 * width, 2 * unit) and text.rstrip()[-1:] not in _STOPS


_NUMBER_ALONE = re.compile(r"^[ \t]*[(（]?[0-9]{1,3}[A-Za-z]?(?:\([a-z]{1,3}\))?[.)）]?[ \t]*$")
"""A list number alone: what is left of a line whose text after its number is struck
through."""
_NUMBER_START = re.compile(r"^\s*[(（]?[0-9０-９]")
_OLD_NUMBER = re.compile(r"^\[?[0-9]{1,3}[A-Za-z]?(?:\([a-z]{1,3}\))?\]?(?:\s|$)")
"""A point's number opening a struck-through run (``21(d) Ukrainian``, ``[3]``, ``9A``)."""


def _across_deletion(before: RawLine, line: RawLine, current: str, text: str) -> bool:
    """Whether ``line`` runs on from ``before`` (the line printed above it, wholly struck
    through or not) across struck-through text, as the accepted text does: ``before`` ends
    struck through and ``line`` starts so (one deletion across the line end, or across the
    deleted lines between: ``The [US guarantee is conditional: …]`` / ``[…(c)] United States
    …`` reads ``The United States …``), or all ``before`` keeps is its list number (its title struck
    through, the new one on the line below: ``2 [Non-aggression pact]`` / ``Non-aggression
    and monitoring``). Never when ``line`` opens with a number (or, across a deletion, any
    mark) of its own.

    So does a paragraph that opens with an old point's number struck through and no number
    of its own (``[21(d)⇥Ukrainian] International forces …``): the old point folded into
    the one before, the redline deletes the paragraph mark between them, which leaves no
    mark on paper; accepted, its text runs on, as the Word file reads it."""
    if line.struck_head and line.struck and _OLD_NUMBER.match(line.struck[0]) and current \
            and not current.startswith("#") and line.text.strip() and not text.startswith("#") \
            and not (_MARKER.match(text) or _NUMBER_START.match(text)):
        return True
    if not before.struck_tail:
        return False
    if _NUMBER_ALONE.match(current):  # its text: a title may open with an article's
        return not _NUMBER_START.match(text)  # number (``第5条型の保証``)
    # a point's heading with its title (``### 14(d) Title``) ends with its title
    return line.struck_head and not _MARKER.match(text) and not current.startswith("#")


_UNMAPPED = 0.5
"""A page whose characters mostly map to no Unicode character is unreadable (a few such
characters, a symbol font's bullets, are not)."""
_NOTE_START = re.compile(r"^\s*\[?(?P<num>[0-9]{1,3})(?:[.)\]]|\s|$|(?=[A-ZА-ЯЁІЇЄҐ]|"
                         + UNSPACED + "))")
"""A footnote's opening: its number, then a stop, a bracket or a space, or straight its
text's capital or Japanese (a footnote style without a hanging indent: ``1The word …``,
``1構成は …``)."""
_FOOTNOTE_ZONE = 0.3
"""Footnotes sit in the bottom part of a page (this share of its height)."""


_SINGLE = 1.2
"""A line pitch set single-spaced, in font sizes."""


def _notes_at_foot(lines: list[RawLine], height: float) -> list[RawLine]:
    """The footnote lines at the foot of ``lines`` (a page's, or one column's), top down:
    the lines after their last wide gap, all low on the page, no larger than the body, the
    first opening with a number; none when there are no such lines. Notes set smaller than
    the body need a gap of a line and a quarter, single-spaced: under a text set one and a
    half lines apart, the notes stand closer to it than one of its own line pitches."""
    lines = sorted(lines, key=lambda line: -line.bottom)
    if len(lines) < 2:
        return []
    unit = statistics.median(line.height for line in lines) or 1.0
    steps = _steps(lines)
    pitch = steps[len(steps) // 4] if steps else 3 * unit
    body_size = statistics.median(line.size for line in lines)
    split = None
    small = 0  # the lines at the foot set smaller than the text: notes over a narrower gap
    while body_size and small < len(lines) and 0 < lines[-1 - small].size < 0.9 * body_size:
        small += 1
    single = min(pitch, _SINGLE * body_size) if body_size else pitch
    if 0 < small < len(lines) and \
            lines[-1 - small].bottom - lines[-small].bottom > 1.25 * single:
        split = len(lines) - small
    for index in range(len(lines) - 1, 0, -1):
        if split is not None:
            break
        if lines[index - 1].bottom - lines[index].bottom > 3 * unit:
            split = index
    if split is None:
        return []
    notes = lines[split:]
    if any(line.top > height * _FOOTNOTE_ZONE
           or (line.size > 1.05 * body_size if body_size and line.size  # by font size:
               else line.height > 1.15 * unit)  # a Latin note under Cyrillic is taller
           for line in notes) or not _NOTE_START.match(notes[0].text):
        return []
    return notes


def _footnotes(page: _Page, first: int = 0) -> tuple[_Page, list[str]]:
    """The page without its footnotes, and the footnotes (``[1] text``). Footnotes are the
    lines at the page's foot (:func:`_notes_at_foot`), or at each column's foot on a page
    set in two (LibreOffice sets them under the column that calls them, and PDFium reads
    them among the other column's lines); and the body carries their marks
    (``sovereignty.1``), which are taken out of it. Lines at a column's foot whose numbers
    the body marks nowhere are the body's own: a point opening low in the second column
    after a paragraph's gap (``7. The parties agree …``), over a footnote across the page.
    Each line that held marks keeps the places of their notes (``first``: the place of the
    page's first note among the draft's), :attr:`~.pdfium.RawLine.notes`."""
    second = _second_column(list(page.lines), page.width)
    columns = [list(page.lines)] if second is None else [
        [line for line in page.lines if line.x0 < second - 1.0],
        [line for line in page.lines if line.x0 >= second - 1.0]]
    notes: list[RawLine] = []
    texts: list[str] = []
    numbers: set[str] = set()
    for column in columns:
        found = _notes_at_foot(column, page.height)
        said = _note_texts(found)
        marked = {m.group("num") for m in map(_NOTE_START.match, said) if m}
        below = {id(line) for line in found}
        if found and any(_note_marks(marked).search(line.text) for line in page.lines
                         if id(line) not in below):
            notes += found
            texts += said
            numbers |= marked
    if not notes:
        return page, []
    below = {id(line) for line in notes}
    marks = _note_marks(numbers)
    out = [" ".join(_NOTE_START.sub(lambda m: f"[{m.group('num')}] ", text, count=1).split())
           for text in texts]
    starts = {m.group("num"): at for at, m in enumerate(map(_NOTE_START.match, texts)) if m}
    body = []
    for line in page.lines:
        if id(line) in below:
            continue
        called = tuple(first + starts[number] for mark in marks.finditer(line.text)
                       if (number := mark.group(0).translate(_FROM_RAISED)) in starts)
        body.append(dataclasses.replace(line, text=marks.sub("", line.text),
                                        notes=line.notes + called))
    return _Page(page.number, page.width, page.height, tuple(body)), out


_FROM_RAISED = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _note_texts(notes: list[RawLine]) -> list[str]:
    """The footnotes' texts, one a note: a line that opens none goes on from the one above,
    and a mark set apart takes the text after it."""
    texts: list[str] = []
    for line in notes:
        text = " ".join(line.text.split())
        if texts and re.fullmatch(r"\[?[0-9]{1,3}[.)\]]?", texts[-1]):
            texts[-1] = f"{texts[-1]} {text}"  # a mark set apart, then its text
        elif texts and not _NOTE_START.match(text):
            texts[-1] = f"{texts[-1]} {text}"
        else:
            texts.append(text)
    return texts


def _note_marks(numbers: set[str]) -> re.Pattern[str]:
    """The body's marks of the footnotes numbered ``numbers``: after a word's closing
    punctuation, or after a bracket's or quotation's (``… states (Reuters).1``), or glued to
    a word; after Japanese punctuation only at the line's end (``…行う。12``): a sentence
    opening with a number follows 。 directly (``…発動する。2国間の …``); set raised after a
    figure (``800,000²``, as the page reader gives it)."""
    either = "|".join(sorted(numbers)) or "(?!)"
    raised = "|".join(sorted(number.translate(SUPERSCRIPT) for number in numbers)) or "(?!)"
    return re.compile(r"(?:(?<=[^\W\d_][.,;:!?)”\"’])|(?<=[)\]”’»][.,;:!?]))(?:"
                      + either + r")(?![0-9])|(?<=[^\W\d_])(?:" + either
                      + r")(?=[\s.,;:]|$)|(?<=[。、」）])(?:" + either + r")+(?=\s*$)"
                      + r"|(?<=[0-9])(?:" + raised + r")(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")


def _number_columns(pages: list[_Page]) -> tuple[list[_Page], list[str]]:
    """A table of numbered provisions reads ``3 Sanctions are eased …`` once PDFium joins its
    cells, and once a number cell set beside its row (above, below or after its first line)
    is put in front of it (:mod:`~plandiff.plans.intake.numbercells`): such lines counting up
    get their marker's dot (:func:`~plandiff.plans.intake.lines.mark_number_column`), so
    that each opens its point instead of running on from the row above (rows are set apart
    by leading only). A column of comments beside the rows goes to the points' notes
    (:func:`~plandiff.plans.intake.numbercells.comment_cells`); the pages, and each such
    table's comments' label."""
    anchored: list[list[RawLine]] = []
    labels: list[str] = []
    heads: frozenset[str] = frozenset()
    carry = None
    for lines in anchor_number_cells([page.lines for page in pages]):
        read = comment_cells(lines, heads, carry)
        if read.continued and anchored:  # a comment cell broken across the pages: one note
            _continue_note(anchored[-1], read.continued)
        anchored.append(read.lines)
        labels += read.labels
        heads |= frozenset(read.heads)
        carry = read.carry
    marked = mark_number_column([line.text for lines in anchored for line in lines])
    out = []
    index = 0
    for page, lines in zip(pages, anchored, strict=True):
        kept = []
        for line in lines:
            kept.append(dataclasses.replace(line, text=marked[index]) if index in marked
                        else line)
            index += 1
        out.append(_Page(page.number, page.width, page.height, tuple(kept)))
    return out, labels


def _continue_note(lines: list[RawLine], more: str) -> None:
    """The last point's note among a page's ``lines`` (a comment cell, :data:`POINT_NOTE`)
    with ``more`` after it: the end of the cell, printed at the top of the next page."""
    at = next((i for i in range(len(lines) - 1, -1, -1)
               if lines[i].text.startswith(POINT_NOTE)), None)
    if at is not None:
        lines[at] = dataclasses.replace(lines[at], text=join_wrapped([lines[at].text, more]))


def _title(pages: list[_Page]) -> str | None:
    """The first line of the first page with text (a line wholly struck through, a printed
    redline's old title, has none), when it is set clearly larger than the body text (a
    heading): by font size where PDFium reports one (a 16-point heading over 12-point text,
    LibreOffice's "Heading 1"), else by the glyphs' height; with the lines after it in the
    same type, where the title wrapped."""
    for page in pages:
        shown = [line for line in page.lines if line.text.strip()]
        if not shown:
            continue
        first = shown[0]  # not a line wholly struck through (a redline's old title)
        size = statistics.median(line.size for line in page.lines)
        if size and first.size:  # the font size PDFium reports, as for headings
            larger = first.size >= _LARGE_TYPE * size
        else:  # the glyphs' height: capitals and ascenders
            larger = first.height >= _LARGE_TYPE * statistics.median(
                line.height for line in page.lines)
        if larger and not _MARKER.match(first.text):
            lines = [first.text]
            if first.size:  # a title wrapped onto more lines in the same type
                for line in shown[1:]:
                    if abs(line.size - first.size) > 0.5 or _MARKER.match(line.text):
                        break
                    lines.append(line.text)
            return " ".join(join_wrapped([line.strip() for line in lines]).split())
        return None
    return None


_TITLE_HEADS = 8
"""The most lines of the first page before its first point looked at for a typed title."""


def _typed_title(pages: list[_Page]) -> tuple[str | None, frozenset[int]]:
    """A title typed by hand over the points (a bold or larger line, perhaps centred, under
    a letterhead; :func:`~.titlelooks.typed_title`, as the Word and OpenDocument readers
    tell one) among the first page's lines before its first point: its text and the ids of
    its lines (a line right under it in the same large or bold type is its wrapped rest);
    None when no line stands out."""
    page = next((page for page in pages if any(line.text.strip() for line in page.lines)),
                None)
    if page is None:
        return None, frozenset()
    shown = [line for line in page.lines if line.text.strip()]
    left, right = min(line.x0 for line in shown), max(line.x1 for line in shown)
    middle, unit = (left + right) / 2, max(right - left, 1.0)
    body = body_size((line.size, len(line.text.strip())) for page in pages
                     for line in page.lines)
    heads: list[tuple[list[RawLine], Look]] = []  # a title wrapped: its lines, one head
    for line in shown:
        if _MARKER.match(line.text):
            break
        centred = abs((line.x0 + line.x1) / 2 - middle) < 0.03 * unit \
            and line.x1 - line.x0 < 0.8 * unit
        look = Look(line.size, line.bold, centred)
        if heads and (look.bold or look.size > body) and heads[-1][1].bold == look.bold \
                and abs(heads[-1][1].size - look.size) <= 0.5 \
                and heads[-1][0][-1].bottom - line.bottom <= _WRAP_PITCH * (
                    line.size or line.height):
            heads[-1][0].append(line)  # the same large or bold type: the line before wrapped
            continue
        if len(heads) == _TITLE_HEADS:
            break
        heads.append(([line], look))
    texts = [" ".join(join_wrapped([" ".join(line.text.split()) for line in lines]).split())
             for lines, _ in heads]
    all_bold = bold_body((Look(bold=line.bold), len(line.text.strip()))
                         for page in pages for line in page.lines)
    chosen = typed_title([(text, look) for text, (_, look) in zip(texts, heads, strict=True)],
                         body, all_bold)
    if chosen is None:
        return None, frozenset()
    return texts[chosen], frozenset(id(line) for line in heads[chosen][0])


_SECTION_WORD = re.compile(r"^(?i:preamble|introduction|contents|table of contents|summary"
                           r"|преамбула|вступ|зміст|введение|содержание|前文|目次)\W*$")
"""A heading that names a section of the draft, not the draft."""
_MASTHEAD_LINES = 3
_MASTHEAD_CHARS = 60
_MENU_ITEMS = 12
_MENU_ITEM_CHARS = 24
_MENU_BULLET = re.compile(r"^[•◦▪・]\s+(?P<item>\S.*)$")
"""A site's menu printed as a list (``<ul><li>World</li>…``): a bullet and a word or two."""


def _heading_under_masthead(out: list[Line]) -> tuple[str | None, list[Line]]:
    """A web page's heading (``## …``, its wrapped lines already joined) under the site's
    name and menu that a browser prints above it (a few short lines, no sentence among
    them, no point; a menu printed as a list, a dozen short bullet lines at most, after the
    site's name): the version's title, its line made ``# …`` as :func:`_title`'s is.
    ``None`` and ``out`` as it was when the page opens otherwise."""
    above = menu = 0
    for index, line in enumerate(out):
        text = line.text.strip()
        if not text:
            continue
        item = _MENU_BULLET.match(text)
        if item is not None and len(item.group("item")) <= _MENU_ITEM_CHARS \
                and item.group("item")[-1] not in _STOPS and above:
            menu += 1  # a menu item under the site's name (not a line of its own)
            if menu > _MENU_ITEMS:
                return None, out
            continue
        if text.startswith("## "):
            heading = text[3:].strip()
            if not above or _MARKER.match(heading) or not heading or PART.match(heading) \
                    or _SECTION_WORD.match(heading):
                return None, out  # a part's or a preamble's heading is no title
            out = [*out[:index], dataclasses.replace(line, text=line.text.replace(
                "## ", "# ", 1)), *out[index + 1:]]
            return " ".join(heading.split()), out
        above += 1
        if above > _MASTHEAD_LINES or len(text) > _MASTHEAD_CHARS or text[-1] in _STOPS \
                or text.startswith("#") or _MARKER.match(text):
            return None, out
    return None, out


_SCAN_SHARE = 0.4
"""A page whose largest image covers this share of it or more is a picture of a page when
its text layer holds only a few words (:data:`_STAMP_CHARS`)."""
_STAMP_CHARS = 80
"""The most characters a scanned page's text layer holds that a scanner, a court's filing
system or a fax adds over the picture (a page number, ``CONFIDENTIAL``, a filing stamp)."""


def _stamped(page: _Page, pictured: float) -> bool:
    """Whether ``page`` is a scanned picture of a page with a few words of text over it (a
    stamp, a page number): none of what it prints is in its text layer."""
    return pictured >= _SCAN_SHARE and any(line.text.strip() for line in page.lines) \
        and sum(len(line.text.strip()) for line in page.lines) <= _STAMP_CHARS


def _unread_pages(pages: list[_Page], drawn: list[bool], garbled: list[int],
                  pictured: list[float] | None = None) -> tuple[tuple[str, str], ...]:
    """The warnings for pages whose text is not read, in a PDF whose other pages are: pages
    that draw something but have no text layer (a partial scan: a page scanned into a Word
    document's PDF, an annex pasted in as an image), and pages whose fonts map their glyphs
    to no characters (``garbled``: left out, not read as garbage). A point on them would be
    lost without a word. A blank page draws nothing and is no loss; a page all of whose text
    is struck through (a redline's deleted points) has its text layer, all deleted. A page
    that is a picture with a few words over it (:func:`_stamped`; ``pictured``, the share of
    each page its largest image covers) is a scanned one too."""
    scanned = [page.number for page, shown in zip(pages, drawn, strict=True)
               if shown and page.number not in garbled
               and not any(line.text.strip() or line.struck for line in page.lines)]
    stamped = [page.number for page, share in zip(pages, pictured or [0.0] * len(pages),
                                                  strict=True)
               if page.number not in garbled and _stamped(page, share)]
    out = []
    for numbers, what in ((scanned, "no text layer (a scanned image?): what is printed there "
                           "is not read; run the PDF through OCR first (for example "
                           "ocrmypdf) or import a text copy"),
                          (stamped, "a picture over most of the page and only a few words of "
                           "text (a scanned page with a stamp or a page number?): what the "
                           "picture shows is not read; run the PDF through OCR first (for "
                           "example ocrmypdf) or import a text copy"),
                          (garbled, "text whose fonts map their glyphs to no characters (no "
                           "ToUnicode map): left out, not read as garbage; print the PDF "
                           "again from the program that made it, or run it through OCR")):
        if numbers:
            which = (f"page {numbers[0]} has" if len(numbers) == 1 else
                     f"{len(numbers)} pages have ({', '.join(map(str, numbers[:10]))}"
                     f"{' …' if len(numbers) > 10 else ''})")
            out.append((f"page {numbers[0]}", f"{which} {what}"))
    return tuple(out)


def _field_warning(fields: list[tuple[int, int]]) -> tuple[tuple[str, str], ...]:
    """The warning for form fields that hold text: what they hold is no part of the pages'
    text and is not read (``fields``: page number and count, per page)."""
    if not fields:
        return ()
    count = sum(n for _, n in fields)
    pages = ", ".join(str(number) for number, _ in fields[:10])
    return ((f"page {fields[0][0]}", f"{count} form field(s) hold text (page(s) {pages}) that "
             "is not read: print the filled-in form to PDF (or flatten it) to read it"),)


def _right_to_left_note(pages: list[_Page]) -> tuple[str, ...]:
    """The report's note on the lines of right-to-left text (Arabic, Hebrew) the pages hold:
    a PDF draws them in visual order, and their logical order is rebuilt from where their
    characters stand (:attr:`~.pdfium.RawLine.rtl`), which the reader had better check."""
    found = [(page.number, line) for page in pages for line in page.lines if line.rtl]
    if not found:
        return ()
    numbers = ", ".join(str(n) for n in dict.fromkeys(number for number, _ in found))
    return (f"{len(found)} line(s) of right-to-left text (Arabic, Hebrew) on page(s) "
            f"{numbers}: the PDF draws them in visual order; read in logical order rebuilt "
            "from where their characters stand (check their words and numbers)",)


def read_pdf(data: bytes, display: str, limits: Limits = DEFAULT_LIMITS) -> DraftLines:
    """The lines of a PDF's text layer (see the module notes)."""
    _check_streams(data, display, limits)
    try:
        pdf = PdfText(data)
    except PdfRefused as exc:
        raise input_problem(display, f"PDF {exc}", rule="format") from None
    try:
        dates = pdf_dates(pdf.info(), data)
        count = len(pdf)
        if count > limits.max_pages:
            raise input_problem(display, f"a PDF of {count} pages, over the limit of "
                                f"{limits.max_pages} (set PLANDIFF_MAX_PAGES to raise it)",
                                rule="limits")
        pages = []
        bars = 0
        drawn = []
        pictured = []
        unmapped = []
        comments: list[str] = []
        fields: list[tuple[int, int]] = []
        for index in range(count):
            try:
                width, height, lines, marks = pdf.page_marks(index)
            except PdfRefused as exc:
                raise input_problem(display, f"damaged PDF: {exc}", rule="format",
                                    where=f"page {index + 1}") from None
            pages.append(_Page(index + 1, width, height, tuple(lines)))
            bars += marks.bars
            drawn.append(marks.drawn)
            pictured.append(marks.pictured)
            unmapped.append(marks.unmapped)
            comments += marks.comments
            if marks.fields:
                fields.append((index + 1, marks.fields))
    finally:
        pdf.close()
    accepted, changes = accept_changes([page.lines for page in pages], bars)
    pages = [_Page(page.number, page.width, page.height, tuple(attach_list_markers(lines)))
             for page, lines in zip(pages, accepted, strict=True)]
    if count == 0:
        raise input_problem(display, "a PDF without pages", rule="format")
    if not any(line.text.strip() or line.struck for page in pages for line in page.lines):
        raise input_problem(display, f"a PDF of {count} page(s) with no text layer (a scanned "
                            "image?): run it through OCR first (for example ocrmypdf) or "
                            "import a text copy", rule="format")
    if all(_stamped(page, share) or not any(line.text.strip() or line.struck
                                             for line in page.lines)
           for page, share in zip(pages, pictured, strict=True)):
        words = next(line.text.strip() for page in pages for line in page.lines
                     if line.text.strip())
        raise input_problem(display, f"a PDF of {count} page(s) that are pictures with only a "
                            f"few words of text over them ('{words[:40]}': a scanned image "
                            "with a stamp or a page number?): run it through OCR first (for "
                            "example ocrmypdf) or import a text copy", rule="format")
    garbled = [page.number for page, share in zip(pages, unmapped, strict=True)
               if share > _UNMAPPED]
    pages = [_Page(page.number, page.width, page.height, ()) if page.number in garbled
             else page for page in pages]
    if not any(line.text.strip() or line.struck for page in pages for line in page.lines):
        raise input_problem(display, "its text layer cannot be read: the fonts map their "
                            "glyphs to no characters (no ToUnicode map), so the text reads as "
                            "glyph numbers; print it to PDF again from the program that made "
                            "it, run it through OCR (for example ocrmypdf), or import a text "
                            "copy", rule="format")
    unread = _unread_pages(pages, drawn, garbled, pictured)
    pages, removed = _remove_furniture(pages)
    rtl = _right_to_left_note(pages)
    pages, readings = _drop_ruby(pages)
    unnumbered, numbers = drop_line_numbers([page.lines for page in pages])
    pages = [_Page(page.number, page.width, page.height, _in_page_order(tuple(lines), page))
             for page, lines in zip(pages, unnumbered, strict=True)]
    marked: list[tuple[int, str]] = []
    for index, page in enumerate(pages):
        pages[index], notes = _footnotes(page, len(marked))
        marked.extend((page.number, note) for note in notes)
    pages, commented = _number_columns([_Page(page.number, page.width, page.height,
                                              tuple(tab_numbers(number_rows(page.lines))))
                                        for page in pages])
    title = _title(pages)
    titled: tuple[str | None, frozenset[int]] = (None, frozenset())
    if not title:
        titled = _typed_title(pages)
        title = titled[0]
    out: list[Line] = []
    hyphenation = Hyphenation(line.text for page in pages for line in page.lines)
    # the body's size on the full pages before the last (where a site prints its footer;
    # a cover page's few lines in large type tell nothing of it)
    body_size = _by_characters([(line.size, len(line.text.strip()) or 1)
                                for page in pages[:-1] if _full(page)
                                for line in page.lines if line.size])
    ends = sorted(line.x1 for page in pages for line in page.lines)
    edge = ends[(3 * len(ends)) // 4] if ends else 0.0  # the text's right edge, most lines'
    for before, page in zip([None, *pages], pages, strict=False):
        if before is not None and _ends_paragraph(before, page, edge):
            out.append(Line("", f"page {page.number}"))
        out.extend(_page_lines(page, hyphenation, body_size if page is pages[-1] else 0.0,
                               titled[1], [note for _, note in marked]))
    out = _cells_after_rows(out)
    if titled[1]:  # a typed title, under a letterhead perhaps: read as a heading
        first = next((k for k, line in enumerate(out)
                      if line.text.strip().startswith(f"## {title}")), None)
        if first is not None:
            out[first] = dataclasses.replace(out[first], text=out[first].text.strip()[1:])
    elif title:  # the title line is the document's name, as "# Title" is in Markdown
        first = next((k for k, line in enumerate(out) if line.text.strip()), None)
        if first is not None and out[first].text.startswith(f"## {title}"):
            out[first] = dataclasses.replace(out[first], text=out[first].text[1:])
    else:
        title, out = _heading_under_masthead(out)
    placed = {line.text for line in out if line.text[:1] == POINT_NOTE}
    footnotes = [(number, note) for number, note in marked if POINT_NOTE + note not in placed]
    if footnotes:  # after the text, under a heading whose numbered lines are not points
        out += [Line("", f"page {footnotes[0][0]}"),
                Line(FOOTNOTES_HEADING, f"page {footnotes[0][0]}"),
                *(line for number, note in footnotes
                  for line in (Line("", f"page {number}"), Line(note, f"page {number}")))]
    out, loose = loose_digit_marks(out)  # a superscript mark printed as a plain digit
    out, cited = spaced_bracket_marks(out)  # "confirmed. [3]": a raised citation mark
    said = PastedNotes((), loose + cited, 0).report()
    # a broken word whose two halves stayed apart (a column narrower than the page's text)
    return DraftLines(DraftFormat.PDF, rejoin_lines(out, hyphenation), title=title,
                      dropped=(("line(s) of page furniture (headers, footers, page numbers)",
                                removed), ("line number(s) in the margin", numbers),
                               ("line(s) of furigana (ruby readings set over the text)",
                                readings)),
                      notes=changes.report() + said + rtl + commented_note(commented)
                      + notes_kept_out(len(footnotes), len(marked) - len(footnotes)),
                      warnings=unread + _field_warning(fields),
                      comments=tuple(comments), dates=dates)
