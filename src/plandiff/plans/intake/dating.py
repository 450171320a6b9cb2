"""The date a draft states: in its file's metadata, its page's markup or a date line.

A draft compared in memory (``plandiff diff leak.docx page.html``) is dated by the date its
file name holds when it holds one (:mod:`plandiff.plans.resolve`: the user chose it); else by
the date the draft itself states, found here, most trusted first (the order of
:class:`~plandiff.plans.model.DatedBy`):

1. the page's publication date: JSON-LD ``datePublished``, ``<meta
   property="article:published_time">``, ``<meta name="date">`` (and its Dublin Core and
   news-site forms), a ``<time datetime>`` in the article's header or marked as published;
2. the page's update date (``dateModified``, ``article:modified_time``), for a page that
   gives no publication date;
3. a date line near the top of the text, before the first point ("20 November 2025",
   "November 20, 2025", "20 листопада 2025 р.", "20 ноября 2025 г.", 「2025年11月20日」,
   「令和7年11月20日」, ``2025-11-20``, ``20.11.2025``): what the authors wrote;
4. the file's own dates, which a program wrote: a Word file's last save
   (``dcterms:modified``: the state of the text as it left its last editor; its creation
   date often comes from the template or the document it was copied from), then its
   creation; a PDF's creation (``CreationDate``, else XMP ``xmp:CreateDate``: when the draft
   was printed or exported; a later ``ModDate`` is mostly a redaction, a watermark or OCR),
   then its last change; a page exported from Word or LibreOffice: its document's last save
   (Word's ``<o:LastSaved>``, LibreOffice's ``<meta name="changed">``), then its creation;
   a single-file page's (MHTML) ``Date:`` header, the day it was saved.

A date is taken as written, in the writer's own time zone (``2025-11-20T23:30:00-05:00`` is
20 November), never converted, and never compared with the clock: the result depends on the
file's bytes alone. A date outside 1990-2099, or one of the defaults programs write when they
know none (1 January 1601, 1904, 1970 or 1980; python-docx's template stamp), is ignored,
as is a date line holding two dates or reading like a sentence.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from plandiff.plans.model import DatedBy

if TYPE_CHECKING:
    from plandiff.plans.intake.htmldom import Element, HtmlDocument
    from plandiff.plans.intake.lines import Line

__all__ = ["Stated", "dated_entry", "draft_date", "line_date", "odf_dates", "page_dates",
           "pdf_dates", "plausible", "word_dates"]


@dataclass(frozen=True)
class Stated:
    """A date a draft states, and where it states it."""

    date: dt.date
    by: DatedBy


_FIRST = dt.date(1990, 1, 1)
_LAST = dt.date(2099, 12, 31)
_DEFAULTS = frozenset({dt.date(1601, 1, 1), dt.date(1904, 1, 1), dt.date(1970, 1, 1),
                       dt.date(1980, 1, 1)})
"""Windows' FILETIME zero, the classic Mac epoch, the Unix epoch and the zip format's first
day: what a program writes for a date it does not know (outside the window anyway; named so
the rule survives a wider window)."""
_RANK = {by: rank for rank, by in enumerate(DatedBy)}


def plausible(date: dt.date | None) -> bool:
    """Whether ``date`` can be a draft's date (see the module notes)."""
    return date is not None and _FIRST <= date <= _LAST and date not in _DEFAULTS


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        found = dt.date(year, month, day)
    except ValueError:
        return None
    return found if plausible(found) else None


_MACHINE_DAY = re.compile(r"\s*(?:(?:D:)?\s*([0-9]{4})([0-9]{2})([0-9]{2})"
                          r"|([0-9]{4})([-/])([0-9]{2})\5([0-9]{2})(?![0-9]))")
"""The day at the start of a date a program wrote: W3C/ISO (``2025-11-20T09:30:00Z``), a
PDF date (``D:20251120093000+01'00'``), ``2025/11/20`` (as some news sites write it)."""


def machine_date(value: str | None) -> dt.date | None:
    """The day a machine-written date names, as written; None when it names no plausible
    day (a year alone, ``0000-00-00``, garbage)."""
    if not value:
        return None
    found = _MACHINE_DAY.match(value)
    if found is None:
        return None
    parts = found.group(1, 2, 3) if found.group(1) else found.group(4, 6, 7)
    return _day(*map(int, parts))


# --- the file's own dates -----------------------------------------------------------------

_DCTERMS = "{http://purl.org/dc/terms/}"
_TEMPLATE_STAMPS = frozenset({"2013-12-23T23:15:00Z"})
"""Dates a producer copies from its own template into every file whose maker set none:
python-docx's (1.2.0, measured), written as both created and modified."""


def word_dates(core: bytes | None) -> tuple[Stated, ...]:
    """The last-save and creation dates of a Word file's core properties
    (``docProps/core.xml``); nothing when it has none or they cannot be read."""
    if not core:
        return ()
    from plandiff.xmlio import XmlInputError, parse_untrusted

    try:
        root = parse_untrusted(core, kind="Word's document properties")
    except XmlInputError:
        return ()  # the properties are not the text: a broken part dates nothing
    found = []
    for name, by in (("modified", DatedBy.WORD_SAVED), ("created", DatedBy.WORD_CREATED)):
        element = root.find(f"{_DCTERMS}{name}")
        value = (element.text or "").strip() if element is not None else ""
        date = machine_date(value) if value not in _TEMPLATE_STAMPS else None
        if date is not None:
            found.append(Stated(date, by))
    return tuple(found)


_ODF_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"


def odf_dates(meta: Any) -> tuple[Stated, ...]:
    """The last-save (``dc:date``) and creation (``meta:creation-date``) dates of an
    OpenDocument file's ``office:meta`` element; nothing when it has none."""
    if meta is None:
        return ()
    found = []
    for tag, by in ((f"{_DC}date", DatedBy.DOCUMENT_SAVED),
                    (f"{_ODF_META}creation-date", DatedBy.DOCUMENT_CREATED)):
        element = meta.find(tag)
        date = machine_date(str(element.text or "").strip()) if element is not None else None
        if date is not None:
            found.append(Stated(date, by))
    return tuple(found)


_XMP_DATE = {
    name: re.compile(rb"xmp:" + name + rb"(?:\s*>\s*|\s*=\s*[\"'])\s*([0-9][0-9:T.+\-Z]{3,40})")
    for name in (b"CreateDate", b"ModifyDate")}
_XMP_START, _XMP_END = b"<x:xmpmeta", b"</x:xmpmeta>"
_XMP_SIZE = 1 << 20
"""How far the first XMP packet's end is looked for (a packet is a few kilobytes)."""


def pdf_dates(info: Mapping[str, str], data: bytes) -> tuple[Stated, ...]:
    """A PDF's creation and last-change dates: its Info dictionary's (``info``, as PDFium
    reads it), else its XMP packet's (found in ``data`` as written: the metadata stream is
    kept uncompressed so any tool can read it)."""
    start = data.find(_XMP_START)
    end = data.find(_XMP_END, start, start + _XMP_SIZE) if start >= 0 else -1
    packet = data[start:end] if end >= 0 else b""
    found = []
    for key, xmp, by in (("CreationDate", b"CreateDate", DatedBy.PDF_CREATED),
                         ("ModDate", b"ModifyDate", DatedBy.PDF_MODIFIED)):
        date = machine_date(info.get(key))
        if date is None and packet:
            match = _XMP_DATE[xmp].search(packet)
            date = machine_date(match.group(1).decode("ascii")) if match else None
        if date is not None:
            found.append(Stated(date, by))
    return tuple(found)


_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished",
                   "date", "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued",
                   "pubdate", "publishdate", "publish-date", "published-date",
                   "article.published", "parsely-pub-date", "sailthru.date",
                   "citation_publication_date", "citation_date")
"""Names a page gives its publication date under (``property``, ``name`` or ``itemprop``
of a ``<meta>``, compared in lower case), most common first."""
_UPDATED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified",
                 "dc.date.modified", "last-modified", "article.updated")
_TIME_SELECTORS = ("time[itemprop=datePublished]", "time[pubdate]", "article header time")
"""Where a ``<time datetime>`` is the article's date: marked as the publication date, or in
the article's own header (the first one). The site's header (today's date beside the logo)
and the times further down the article (related stories, comments) are not."""


def page_dates(page: HtmlDocument, saved: str | None = None, text: str = ""
               ) -> tuple[Stated, ...]:
    """The publication and update dates a web page states (its JSON-LD, its ``<meta>``
    tags, a ``<time>`` in the article's header), the dates of the document it was exported
    from (Word's properties in ``text``, the page's source, or LibreOffice's ``<meta>``) and
    the day a single-file page was saved (``saved``: the MHTML archive's ``Date:``
    header) or captured (an archive.today capture's own ``<head>`` and header: its
    article's date is a ``<time>`` in the captured page, :func:`_captured_times`)."""
    metas = page.metas()
    scripts = page.linked_data()
    from plandiff.plans.intake.jsonld import PAGE_TYPES, dates_of

    linked = dates_of(scripts, PAGE_TYPES) if scripts else {}
    from plandiff.plans.intake.webarchive import archive_today

    capture = archive_today(page)
    captured: dt.date | None = None
    if capture is not None:  # the <head> and the header's time are the archive's: the
        # capture's day; the article's own date is a <time> in the captured page
        captured = _first(machine_date(v) for v in (
            *(metas.get(k) for k in (*_PUBLISHED_META, *_UPDATED_META)),
            *(e.attribute("datetime") for e in capture[0].select("time[datetime]"))))
        metas, linked = {}, {}
        times = _captured_times(capture[1])
    else:
        times = [e.attribute("datetime") for css in _TIME_SELECTORS
                 for e in page.select(css) if e.tag == "time"]
    found = []
    published = _first(machine_date(v) for v in (
        linked.get("datePublished"), *(metas.get(k) for k in _PUBLISHED_META), *times))
    if published is not None:
        found.append(Stated(published, DatedBy.PUBLISHED))
    updated = _first(machine_date(v) for v in (
        linked.get("dateModified"), *(metas.get(k) for k in _UPDATED_META)))
    if updated is not None:
        found.append(Stated(updated, DatedBy.UPDATED))
    head = text[:_OFFICE_HEAD]
    start = head.find("<o:DocumentProperties>")
    island = head[start:head.find("</o:DocumentProperties>", start)] if start >= 0 else ""
    for words, name, by in (("LastSaved", "changed", DatedBy.DOCUMENT_SAVED),
                            ("Created", "created", DatedBy.DOCUMENT_CREATED)):
        found_in = re.search(rf"<o:{words}>([^<]{{1,60}})</o:{words}>", island)
        date = machine_date(found_in.group(1) if found_in else metas.get(name))
        if date is not None:
            found.append(Stated(date, by))
    archived = _mail_date(saved) or captured
    if archived is not None:
        found.append(Stated(archived, DatedBy.ARCHIVED))
    return tuple(found)


def _captured_times(content: Element) -> list[str | None]:
    """The ``datetime`` of the article's ``<time>`` in an archive's capture
    (:func:`~plandiff.plans.intake.webarchive.archive_today`): marked as the publication
    date, in the article's header, or beside the captured page's headline (the capture
    keeps the ``<time>``, not always the ``<article>`` and ``<header>`` round it)."""
    times = [e.attribute("datetime") for css in _TIME_SELECTORS
             for e in content.select(css) if e.tag == "time"]
    headline = next(iter(content.select("h1")), None)
    box = headline.parent() if headline is not None else None
    for _ in range(2):  # the headline's block, or the one round it (headline, byline, time)
        if box is None or box.same(content):
            break
        times += [e.attribute("datetime") for e in box.select("time[datetime]")]
        box = box.parent()
    return times


_OFFICE_HEAD = 1 << 16
"""How far into a page Word's document properties are looked for (they are in its head)."""


def _first(dates: Iterable[dt.date | None]) -> dt.date | None:
    return next((d for d in dates if d is not None), None)


def _mail_date(value: str | None) -> dt.date | None:
    """The day of a MIME ``Date:`` header (``Thu, 20 Nov 2025 10:00:00 +0100``), as
    written."""
    if not value:
        return None
    parsed: Any = email.utils.parsedate_tz(value)
    return _day(*parsed[:3]) if parsed else None


# --- a date line in the text --------------------------------------------------------------

_EN_MONTHS = {name: n for n, names in enumerate((
    ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")), 1) for name in names}
_CYRILLIC_MONTHS = {name: n for n, names in enumerate((
    ("січня", "января"), ("лютого", "февраля"), ("березня", "марта"), ("квітня", "апреля"),
    ("травня", "мая"), ("червня", "июня"), ("липня", "июля"), ("серпня", "августа"),
    ("вересня", "сентября"), ("жовтня", "октября"), ("листопада", "ноября"),
    ("грудня", "декабря")), 1) for name in names}
_EN = "|".join(sorted(_EN_MONTHS, key=len, reverse=True))
_CY = "|".join(_CYRILLIC_MONTHS)
_D = r"(?<![0-9])([0-3]?[0-9])"
_Y = r"([12][0-9]{3})(?![0-9])"
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"{_D}(?:st|nd|rd|th)?\s+(?:of\s+)?({_EN})\.?,?\s+{_Y}", re.IGNORECASE),
     "dmy-en"),
    (re.compile(rf"(?<![^\W\d_])({_EN})\.?\s+([0-3]?[0-9])(?:st|nd|rd|th)?,?\s+{_Y}",
                re.IGNORECASE), "mdy-en"),
    (re.compile(rf"{_D}\s+({_CY})\s+{_Y}", re.IGNORECASE), "dmy-cy"),
    (re.compile(r"([12][0-9]{3})\s*年\s*([01]?[0-9])\s*月\s*([0-3]?[0-9])\s*日"), "ymd"),
    (re.compile(r"令和\s*([0-9]{1,2}|元)\s*年\s*([01]?[0-9])\s*月\s*([0-3]?[0-9])\s*日"), "reiwa"),
    (re.compile(r"(?<![0-9])([12][0-9]{3})-([01][0-9])-([0-3][0-9])(?![0-9])"), "ymd"),
    (re.compile(r"(?<![0-9.])([0-3]?[0-9])\.([01]?[0-9])\.([12][0-9]{3})(?![0-9])"), "dmy"),
)
"""The ways a date line writes a date: English (day first or month first), Ukrainian and
Russian (the month in the genitive), Japanese (Western years and the Reiwa era), ISO, and
the dotted day-first form of Ukrainian and Russian papers. A slashed date (11/20/2025 or
20/11/2025) is ambiguous and not read."""
_POINT = re.compile(r"^\s*(?:[-*•]\s*)?(?:#+\s*)?(?:(?i:point|article|пункт|стаття|статья)\s+)?"
                    r"(?:[0-9]{1,3}|[a-z]|[ivx]{1,5})\s*[.)．）:]\s|^\s*第[0-9]+[条項]")
"""A line opening a point: the points begin, and the date line, if any, is behind."""
_WIDE = re.compile(r"[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]")
_LINES_LOOKED_AT = 25
_REST = 40
"""How many characters a date line may hold besides its date (a CJK character counts
twice): "By A. Writer, 21 November 2025", "Kyiv, 20 листопада 2025 р." fit; a sentence
with a date in it does not."""


def _date_of(match: re.Match[str], form: str) -> dt.date | None:
    a, b, c = match.groups()
    if form == "dmy-en":
        return _day(int(c), _EN_MONTHS[b.lower()], int(a))
    if form == "mdy-en":
        return _day(int(c), _EN_MONTHS[a.lower()], int(b))
    if form == "dmy-cy":
        return _day(int(c), _CYRILLIC_MONTHS[b.lower()], int(a))
    if form == "reiwa":
        return _day(2018 + (1 if a == "元" else int(a)), int(b), int(c))
    if form == "dmy":
        return _day(int(c), int(b), int(a))
    return _day(int(a), int(b), int(c))


def _one_date(folded: str) -> tuple[dt.date, str] | None:
    """The one date written in ``folded`` (NFKC) and the text around it, or None when it
    writes none, several, or an impossible one."""
    spans: list[tuple[int, int, dt.date | None]] = []
    for pattern, form in _PATTERNS:
        for match in pattern.finditer(folded):
            if not any(start < match.end() and match.start() < end for start, end, _ in spans):
                spans.append((match.start(), match.end(), _date_of(match, form)))
    if len(spans) != 1:
        return None
    start, end, date = spans[0]
    return None if date is None else (date, folded[:start] + " " + folded[end:])


def line_date(text: str) -> dt.date | None:
    """The date of ``text`` when it is a date line: one date, little else (see
    :data:`_REST`); None otherwise."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if not folded or len(folded) > 120:
        return None
    found = _one_date(folded)
    if found is None:
        return None
    date, around = found
    rest = re.sub(r"[\W_]+", " ", around).strip()
    return date if len(rest) + len(_WIDE.findall(rest)) <= _REST else None


_ENTRY_DATE = re.compile(
    rf"^\s*(?:{_D}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_EN})\b\.?"
    rf"|(?:{_EN})\.?\s+(?:[0-3]?[0-9](?![0-9])|(?:19|20)[0-9]{{2}}(?![0-9]))"
    rf"|{_D}\s+(?:{_CY})|(?:19|20)[0-9]{{2}}(?![0-9])(?![-./][0-9]{{3}})"
    r"|[0-3]?[0-9]\.[01]?[0-9]\.(?:[12][0-9]{3})?(?![0-9])"
    r"|[01]?[0-9]月[0-3]?[0-9]日)", re.IGNORECASE)


def dated_entry(text: str) -> bool:
    """Whether ``text`` opens with a date, as a timeline's entry does ("21 November: …",
    "Nov. 23 — …", "2014 — …", "23 листопада — …", "11月21日 …")."""
    return _ENTRY_DATE.match(unicodedata.normalize("NFKC", text)) is not None


_TIME = re.compile(r"(?<![0-9])[0-2]?[0-9](?:[:.][0-5][0-9]|時(?:[0-5]?[0-9]分)?)(?![0-9])")
_STAMP_WORDS = re.compile(
    r"(?<![^\W\d_])(?:(?:first|last)\s+)?(?:published|updated|posted|modified|on|at|am|pm"
    r"|a\.m\.|p\.m\.|gmt|utc|bst|cet|cest|eet|eest|msk|et|est|edt|pt|pst|pdt|jst|kyiv time"
    r"|local time|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tue|wed|thu|fri|sat|sun|опубліковано|оновлено|опубликовано|обновлено|о|в"
    r"|р|г|року|года|понеділок|вівторок|середа|четвер|п'ятниця|п’ятниця|субота|неділя"
    r"|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|更新|配信|公開|掲載|投稿"
    r"|[月火水木金土日](?=\)))(?![^\W\d_])",
    re.IGNORECASE)
"""The words around a stamp's date and time: the labels (``Published``, ``Оновлено``,
``更新``), weekdays, time zones, ``at`` and ``on``."""


def stamp_line(text: str) -> bool:
    """Whether ``text`` is a press copy's date or time stamp alone on its line
    (``Published 21 November 2025, 14:05 GMT``, ``21 листопада 2025, 14:05``,
    ``2025年11月21日（金） 14時05分``): a date, a time or both, and nothing but a stamp's
    words around them. A sentence naming a date is none."""
    folded = unicodedata.normalize("NFKC", text).strip()
    if not folded or len(folded) > 80:
        return False
    found = _one_date(folded)
    around = found[1] if found is not None else folded
    timed = _TIME.sub(" ", around)
    if found is None and timed == around:
        return False
    return not re.sub(r"[\W_]+", "", _STAMP_WORDS.sub(" ", timed))


def _date_line(lines: Sequence[Line]) -> dt.date | None:
    """The first date line among the first lines of text, before the first point."""
    seen = 0
    for line in lines:
        if not line.text.strip():
            continue
        seen += 1
        if seen > _LINES_LOOKED_AT or _POINT.match(unicodedata.normalize("NFKC", line.text)):
            return None
        date = line_date(line.text)
        if date is not None:
            return date
    return None


def draft_date(dates: Iterable[Stated], lines: Sequence[Line]) -> Stated | None:
    """The date a draft states, most trusted first (see the module notes), from the dates
    its reader found in the file (``dates``) and a date line near the top of ``lines``;
    None when it states none."""
    found = [d for d in dates if plausible(d.date)]
    line = _date_line(lines)
    if line is not None:
        found.append(Stated(line, DatedBy.DATE_LINE))
    return min(found, key=lambda d: _RANK[d.by], default=None)
