"""Page furniture in text pasted from a PDF or a printout: page numbers and running lines.

Copying a PDF's text into a file (or a mail) keeps what the PDF reader left out: ``Page 2 of
5``, ``- 3 -``, ``3/12``, and the running header or footer of every page (``DRAFT –
CONFIDENTIAL``), often in the middle of a sentence that crosses the page break. Such lines
are left out when their shape says so:

- a page number: ``Page 3``, ``Page 3 of 12``, ``3 of 12``, ``3/12``, ``- 3 -``, ``стр. 3``,
  ``Сторінка 3 з 12``, ``－ 3 －``, ``３ページ`` (a number alone is not: it may be a point's
  number in its box, unless it stands next to a running line or another page number, or
  is the text's last line under a finished sentence);
- a browser's print footer and header: the page's address and ``2/3``, and the date and time
  before the page's title, next to such a footer or a page number, or on every page;
- a running line: a short line (at most 80 characters) that appears at least twice, word for
  word (numbers aside), without closing punctuation and without a point's or item's marker
  (``ARTICLE 2`` is one),
  in capitals, next to a page number, breaking a sentence (words: a word alone wraps so in a
  narrow column), or carrying its page number
  (counting up from page to page) at its end or start; a date alone (``21 November 2025``,
  a running header's second line) when it stands next to such a line or a page number.
  The text's first line stays when it is a running line in words (no capitals alone, no
  number): a PDF's header repeats the title it opens with; a first header that ends with
  its page number in words (``TITLE    Page 1 of 3``) stays without it.

- line numbers of a bill or legislative draft, copied with its text (pdftotext writes each
  margin number as a line of its own, or before the line it numbers when it keeps the
  layout): numbers that count every line, or every k-th line (see
  :func:`pasted_line_numbers`).

The structure report counts what was left out.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter

from plandiff.plans.intake.dating import stamp_line
from plandiff.plans.intake.lines import UNSPACED_CHAR, Line, every_kth, stepped_runs
from plandiff.plans.intake.markers import ARTICLE_ROMAN, TOP
from plandiff.plans.intake.sentences import CLAUSE_END, CLOSERS, runs_on

__all__ = ["furniture_key", "is_page_number", "pasted_furniture", "pasted_line_numbers"]

_PAGE_NUMBER = re.compile(
    r"^[ \t\u3000]*(?:(?:page|p\.|стр\.|сторінка|страница|ページ)[ \t]*[0-9０-９]{1,4}"
    r"(?:[ \t]*(?:[/／]|of|из|з)[ \t]*[0-9０-９]{1,4})?"
    r"|[0-9０-９]{1,4}[ \t]*(?:[/／]|of|из|з)[ \t]*[0-9０-９]{1,4}|[0-9０-９]{1,4}[ \t]*ページ"
    r"|[-–—－−‐][ \t\u3000]*[0-9０-９]{1,4}[ \t\u3000]*[-–—－−‐])[ \t\u3000]*$",
    re.IGNORECASE)
"""A page number alone on its line, in ASCII or a Japanese PDF's full-width forms
(``－ 2 －``, ``２／５``, ``3ページ``)."""
_BROWSER_FOOTER = re.compile(
    r"^[ \t]*(?:https?|file)://\S+[ \t]+(?:page[ \t]+)?[0-9]{1,4}[ \t]*(?:/|of)[ \t]*[0-9]{1,4}"
    r"[ \t]*$", re.IGNORECASE)
"""The footer a browser prints on each page: the page's address and ``2/3`` (``Page 2 of
3``)."""
_BROWSER_HEADER = re.compile(
    r"^[ \t]*[0-9]{1,4}[./-][0-9]{1,2}[./-][0-9]{1,4},?[ \t]+[0-9]{1,2}:[0-9]{2}"
    r"(?:[ \t\u202f]?[AaPp][Mm])?[ \t]+(?!(?:[AaPp][Mm][ \t]+)?[-–][ \t])\S.{0,150}$")
"""The header a browser prints on each page: the date and time, then the page's title
(``11/21/25, 2:05 PM Peace plan … | Example News``; a chat's ``… 10:42 - Olena:`` is
none)."""
_MARKER = re.compile(r"^[ \t]*(?:#|[0-9０-９(（\[]|[a-zа-я][.)]|[-•*+–—→・◦▪][ \t]|第)",
                     re.IGNORECASE)
_DIGITS = re.compile(r"[0-9０-９]+")
_RUNNING_CHARS = 80


def furniture_key(text: str) -> str:
    """What a running line has in common on every page: its words, numbers aside (ASCII and
    full-width), spaces and case aside (``Draft – page 3`` and ``DRAFT – page ４`` alike)."""
    return _DIGITS.sub("#", " ".join(text.split())).lower()


def _keyworded(text: str) -> bool:
    """Whether a line opens a point with a word and a number (``ARTICLE 2``, ``СТАТЬЯ 3``,
    ``Article IV``): an act's article headings repeat word for word, numbers aside, and in
    capitals, as a running header does."""
    top = TOP.match(text)
    return (top is not None and top.group("kw") is not None) or bool(ARTICLE_ROMAN.match(text))


def _candidate(text: str, key: str, counts: Counter[str]) -> bool:
    return bool(text) and len(key) <= _RUNNING_CHARS and counts[key] >= 2 \
        and text[-1] not in CLAUSE_END + CLOSERS \
        and (not _MARKER.match(text) or _dated(text)) \
        and any(ch.isalpha() for ch in text) and not _keyworded(text)


def _dated(text: str) -> bool:
    """Whether a line that opens with a number is a date alone (``21 November 2025``,
    ``04.12.2025``), as a running header's second line gives the draft's date."""
    return text[:1].isdigit() and stamp_line(text)


_PAGE_TAIL = re.compile(
    r"^(?P<head>\S.*?\S)(?:[ \t]+[-–—|·•][ \t]+|[ \t]+)"
    r"(?:page|p\.|стр\.|сторінка|страница)[ \t]*(?P<num>[0-9０-９]{1,4})"
    r"(?:[ \t]*(?:[/／]|of|из|з)[ \t]*[0-9０-９]{1,4})?[ \t]*$", re.IGNORECASE)
"""A running line that ends with its page number in words (``FRAMEWORK FOR A DURABLE
SETTLEMENT    Page 2 of 3``, ``Draft — page 2``): the title before it, set apart by a wide
space, a tab, a dash or a bar, or by a space alone."""
_PAGED_END = re.compile(r"\S(?:[ ]{2,}|\t)[ \t]*(?P<num>[0-9]{1,4})$"
                        r"|^(?P<lead>[0-9]{1,4})(?:[ ]{2,}|\t)")
_PAGED_WORDS = re.compile(r"^(?:\S+\s+){2,}\S*[^\W\d]\S*\s(?P<num>[0-9]{1,4})$")


def _paged(texts: list[str], keys: list[str], key: str) -> bool:
    """Every line of ``key`` that carries a number carries it as a page number, set apart at
    the line's end or start by a wide space (a PDF's header on the left, the page number on
    the right) or after three words or more (``Framework – Unofficial Translation 3``), and
    the numbers count up from one occurrence to the next (a heading repeated with another
    number, ``Annex 1`` / ``Annex 2``, has neither)."""
    numbers = []
    for text, its_key in zip(texts, keys, strict=True):
        if not text or its_key != key or not _DIGITS.search(text):
            continue
        found = _PAGE_TAIL.match(text) or _PAGED_END.search(text) or _PAGED_WORDS.match(text)
        if found is None:
            return False
        numbers.append(int(found.group("num") or found.group("lead")))
    return len(numbers) >= 2 and all(a < b for a, b in itertools.pairwise(numbers))


def is_page_number(text: str) -> bool:
    """Whether a line is a page number by its shape (``- 3 -``, ``Page 3 of 12``)."""
    return _PAGE_NUMBER.match(text.strip()) is not None


def _neighbours(filled: list[int], index: int) -> set[int]:
    """The non-blank lines before and after line ``index`` (one of ``filled``)."""
    at = bisect.bisect_left(filled, index)
    return set(filled[max(at - 1, 0):at]) | set(filled[at + 1:at + 2])


def pasted_furniture(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], int]:
    """The lines without page numbers and running lines, and how many were left out. A
    repeated short line is a running line when it is in capitals, is next to a page number
    (blank lines aside), or at one of its places breaks a sentence (a status word repeated in a
    pasted table, "Not agreed", is none of these)."""
    texts = [line.text.strip() for line in lines]
    keys = [furniture_key(text) if text else "" for text in texts]  # each made once
    # measured with its spaces as one: a copy that keeps the layout spaces a header out
    counts = Counter(key for key, text in zip(keys, texts, strict=True)
                     if text and len(key) <= _RUNNING_CHARS)
    filled = [i for i, text in enumerate(texts) if text]
    page = {i for i in filled if _PAGE_NUMBER.match(texts[i]) or _BROWSER_FOOTER.match(texts[i])}
    # a browser's header next to its footer or a page number, or on every page
    headers = {i for i in filled if _BROWSER_HEADER.match(texts[i])}
    headers = {i for i in headers
               if _neighbours(filled, i) & page or counts[keys[i]] >= 2}
    running: set[str] = set()
    paged: dict[str, bool] = {}  # each key's _paged, read once: a line repeated thousands
    # of times (a thread's handles) stays linear
    dated: list[tuple[int, int, int]] = []
    for order, index in enumerate(filled):
        text, key = texts[index], keys[index]
        if key in running or not _candidate(text, key, counts):
            continue
        before = filled[order - 1] if order else -1
        after = filled[order + 1] if order + 1 < len(filled) else -1
        if _dated(text):  # a date: running only beside a running line (read below)
            dated.append((index, before, after))
            continue
        letters = [ch for ch in text if ch.isalpha()]
        # a line of words inside a sentence: the one after it continues the one before it
        # (a word alone is a narrow column's, wrapped there twice: ``Ukraine``)
        inside = (len(text.split()) > 1 or UNSPACED_CHAR.match(text) is not None) and runs_on(
            texts[before] if before >= 0 else "", texts[after] if after >= 0 else "")
        if all(ch.isupper() for ch in letters) or {before, after} & page or inside:
            running.add(key)
            continue
        if key not in paged:
            paged[key] = _paged(texts, keys, key)
        if paged[key]:
            running.add(key)
    # a repeated date beside a running line or a page number: the header's second line
    running.update(keys[index] for index, before, after in dated
                   if any(near >= 0 and (keys[near] in running or near in page)
                          for near in (before, after)))
    left = {index for index in filled
            if keys[index] in running or index in page or index in headers}
    left |= _bare_page_numbers(texts, filled, left)
    if filled and filled[0] in left and keys[filled[0]] in running \
            and filled[0] not in page | headers and not _DIGITS.search(texts[filled[0]]) \
            and any(ch.islower() for ch in texts[filled[0]]):
        left.discard(filled[0])  # the text's first line: the title the header repeats
    titled: dict[int, Line] = {}
    if filled and filled[0] in left and keys[filled[0]] in running \
            and (tail := _PAGE_TAIL.match(texts[filled[0]])) is not None:
        # the first page's header, its page number cut: the title it repeats on every page
        titled[filled[0]] = Line(tail.group("head"), lines[filled[0]].where)
        left.discard(filled[0])
    closed = _blanks_closed(texts, left)
    kept = [titled.get(index, line) for index, line in enumerate(lines)
            if index not in left and index not in closed]
    return tuple(kept), len(left) + len(titled)


def _bare_page_numbers(texts: list[str], filled: list[int], left: set[int]) -> set[int]:
    """The numbers alone on their lines that are page numbers by where they stand: next to
    a running line or another page number (blank lines aside) in a draft numbering its
    points with marks (``3.``), when the number is one such a mark opens elsewhere or is
    not the next point's; or the text's last line, under a finished sentence (a point's
    number in its box has its text after it)."""
    marked: dict[int, int] = {}  # line -> the point number its mark opens
    for index in filled:
        found = _MARKED_POINT.match(texts[index])
        if found is not None:
            marked[index] = int(found.group("num"))
    opened = set(marked.values())
    pages: set[int] = set()
    previous = 0  # the last point number opened above
    for order, index in enumerate(filled):
        previous = marked.get(index, previous)
        bare = _BARE.match(texts[index])
        if index in left or bare is None:
            continue
        number = int(bare.group("num"))
        near = set(filled[max(order - 1, 0):order]) | set(filled[order + 1:order + 2])
        last = order == len(filled) - 1 and order > 0 and (
            texts[filled[order - 1]].rstrip(CLOSERS + " ")[-1:] in CLAUSE_END)
        if last or (near & left and opened
                    and (number in opened or number != previous + 1)):
            pages.add(index)
        elif number == previous + 1:
            previous = number  # a point's number in its box
    return pages


def _blanks_closed(texts: list[str], left: set[int]) -> set[int]:
    """The blank lines round page furniture left out where the text goes on across it: a
    sentence, or a word broken with a hyphen (``secu-`` / page number / header / ``rity``),
    cut by a page's end. Left out with it, the two halves meet again as lines of one
    paragraph, as on the page."""
    closed: set[int] = set()
    index = 0
    while index < len(texts):
        if index not in left:
            index += 1
            continue
        start = index
        while start > 0 and not texts[start - 1]:
            start -= 1
        end = index
        while end + 1 < len(texts) and (end + 1 in left or not texts[end + 1]):
            end += 1
        before = texts[start - 1] if start > 0 else ""
        after = texts[end + 1] if end + 1 < len(texts) else ""
        if runs_on(before, after):
            closed.update(k for k in range(start, end + 1) if not texts[k])
        index = end + 1
    return closed


_BARE = re.compile(r"^[ \t]*(?P<num>[0-9]{1,4})[ \t]*$")
_MARKED_POINT = re.compile(r"^[ \t]*(?P<num>[0-9]{1,3})[.)][ \t]+\S")
_BEFORE_TEXT = re.compile(r"^(?P<lead>[ \t]*(?P<num>[0-9]{1,4})(?: {2,}|\t)[ \t]*)(?P<rest>\S.*)$")
_OWN_MARKER = re.compile(r"^[ \t]*(?:[0-9]{1,3}[.)](?:[ \t]|$)|[(（][a-z]{1,4}[)）]|[•\-–*][ \t]"
                         r"|[a-zа-яіїєґ])")
"""How a numbered line of a draft opens that a table's row does not: its own list marker, or
a word in small letters (the line runs on from the one above)."""


def pasted_line_numbers(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], int]:
    """The lines without a copied draft's line numbers, and how many were left out. The
    numbers are lines of their own, or open the line they number before a wide space, and
    count up: every line (at least three; one of the lines they number opens with the
    draft's own marker or runs on in small letters, or two stand together with no text
    between, which a point's number alone on its line never does) or every k-th line (2 to
    10; multiples of k, at least two)."""
    texts = [line.text for line in lines]
    found: list[tuple[int, int]] = []
    for index, text in enumerate(texts):
        match = _BARE.match(text) or _BEFORE_TEXT.match(text)
        if match is not None:
            found.append((index, int(match.group("num"))))
    if len(found) < 2:
        return lines, 0
    marked = sum(1 for text in texts if _OWN_MARKER.match(text) and text.strip()[:1].isdigit())
    drop: set[int] = set()
    steps: set[int] = set()
    for step, places in stepped_runs([value for _, value in found]):
        run = [found[k] for k in places]
        if step == 1 and len(run) >= 3:
            rests = [m.group("rest") for i, _ in run if (m := _BEFORE_TEXT.match(texts[i]))]
            together = any(not any(t.strip() for t in texts[a + 1:b])
                           for (a, _), (b, _) in itertools.pairwise(run)
                           if _BARE.match(texts[a]) and _BARE.match(texts[b]))
            if any(_OWN_MARKER.match(rest) for rest in rests) or (together and marked >= 2):
                drop.update(i for i, _ in run)
                steps.add(1)
        elif every_kth(step, [v for _, v in run]):
            drop.update(i for i, _ in run)
            steps.add(step)
    if not drop:
        return lines, 0
    if min(steps) > 1:  # a lone multiple left over (a last page's "55")
        drop.update(i for i, v in found if v % min(steps) == 0 and _BARE.match(texts[i]))
    out = []
    for index, line in enumerate(lines):
        if index not in drop:
            out.append(line)
            continue
        before = _BEFORE_TEXT.match(line.text)
        if before is not None:  # the text keeps its column
            out.append(Line(" " * len(before.group("lead")) + before.group("rest"), line.where))
    return tuple(out), len(drop)
