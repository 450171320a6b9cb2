"""Parsed points → a plan version (ids, numbers, metadata, the placeholder source).

Ids come from the numbers ("p6", "p10-a", "p10-1"), made unique with "-2", "-3" ...; in a
draft whose numbering restarts at 1 in each part, the part comes first ("part2-p1");
``number`` is the printed label with ASCII digits ("6", "10(a)", "10.1"; ``第一条`` → "1").

An imported version is ``status: reported``, ``text_kind: paraphrase`` unless told otherwise
(a text that reached us through a press copy is neither official nor verbatim until someone
says so), and carries one placeholder source whose address is under the reserved ``.invalid``
domain, ``https://plandiff.invalid/import``: the file alone does not say who published it, and
``plandiff validate`` warns about the placeholder (an error with ``--strict``). The date comes
from ``date`` or from a version id that starts with ``YYYY-MM-DD``; there is no default (no
wall clock).
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from plandiff.errors import InputError, UsageError
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.intake.language import detect_language
from plandiff.plans.intake.lines import note_paragraph
from plandiff.plans.intake.markers import (
    FROM_SUPERSCRIPT,
    STEMS,
    kanji_number,
    unquoted,
    whole_quote,
)
from plandiff.plans.intake.parser import Node, Parse, clean_line
from plandiff.plans.intake.problems import input_problem
from plandiff.plans.model import SLUG, PlanVersion, Status, TextKind, validation_problems

if TYPE_CHECKING:
    from plandiff.plans.intake.pagemeta import PageSource

__all__ = ["IMPORT_PUBLISHER", "IMPORT_SOURCE_NOTE", "IMPORT_SOURCE_URL", "STATED_SOURCE_NOTE",
           "build_plan", "check_slug", "id_part", "page_source", "pick_date",
           "placeholder_source", "stated_source"]

IMPORT_SOURCE_URL = "https://plandiff.invalid/import"
"""The placeholder address of an imported text's source (``.invalid`` is reserved: RFC 2606)."""
IMPORT_PUBLISHER = "not recorded (imported with plandiff import)"
STATED_SOURCE_NOTE = ("Written by plandiff import from what the saved page states about itself "
                      "(its address, site name and headline): check them.")
"""The note of a source a saved page stated (:func:`stated_source`)."""
IMPORT_SOURCE_NOTE = (
    "Placeholder written by plandiff import: the text file does not say who published it or "
    "where. Replace this entry with the real source."
)


def page_source(label: str, address: str, read_at: str | None) -> dict[str, str]:
    """The source entry of a page that states its own address (a web archive's capture
    names the page it captured): that address, and where the text was read; the publisher
    is still not recorded."""
    where = f"a web archive's capture of it, {read_at}" if read_at else \
        "a web archive's capture of it"
    return {"title": one_line_value(f"Text imported from {label}", "Imported text"),
            "publisher": IMPORT_PUBLISHER, "url": address,
            "notes": f"Written by plandiff import: the page's own address as its capture "
                     f"states it; the text was read from {where}. Give the publisher."}


def stated_source(page: PageSource, published: dt.date | None) -> dict[str, str]:
    """The source entry of a saved web page that states its own address: that address, the
    site's name and the headline as the page gives them, and its publication date."""
    source = {"title": one_line_value(page.title or "", "") or page.url,
              "publisher": one_line_value(page.publisher or "", "") or IMPORT_PUBLISHER,
              "url": page.url}
    if published is not None:
        source["date"] = published.isoformat()
    source["notes"] = STATED_SOURCE_NOTE
    return source


def placeholder_source(label: str) -> dict[str, str]:
    """The source entry of an import that does not say who published the text."""
    return {"title": one_line_value(f"Text imported from {label}", "Imported text"),
            "publisher": IMPORT_PUBLISHER, "url": IMPORT_SOURCE_URL, "notes": IMPORT_SOURCE_NOTE}


class _IdPool:
    """Ids handed out so far, and where to resume counting for each clashing base (so a draft
    repeating one number thousands of times stays linear, not quadratic)."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.next_suffix: dict[str, int] = {}

    def unique(self, base: str) -> str:
        candidate = base[:120]
        stem = base[:110]
        n = self.next_suffix.get(stem, 2)
        while candidate in self.used:
            candidate = f"{stem}-{n}"
            n += 1
        self.next_suffix[stem] = n
        self.used.add(candidate)
        return candidate


_CYRILLIC = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяэыъё",
                     ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i",
                      "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch",
                      "sh", "shch", "", "iu", "ia", "e", "y", "", "e"], strict=True))
"""Latin letters for a Cyrillic sub-point label in an id (``а)`` → ``a``, ``в)`` → ``v``)."""


_KANA = dict(zip("アイウエオカキクケコサシスセソタチツテトナニヌネノ"
                 "ハヒフヘホマミムメモヤユヨラリルレロワヲンヰヱ",
                 ["a", "i", "u", "e", "o", "ka", "ki", "ku", "ke", "ko", "sa", "shi", "su", "se",
                  "so", "ta", "chi", "tsu", "te", "to", "na", "ni", "nu", "ne", "no", "ha", "hi",
                  "fu", "he", "ho", "ma", "mi", "mu", "me", "mo", "ya", "yu", "yo", "ra", "ri",
                  "ru", "re", "ro", "wa", "wo", "n", "wi", "we"], strict=True))
"""Latin letters for a katakana sub-point label in an id (``ア`` → ``a``, ``ロ`` → ``ro``)."""
_KANJI_LABEL = re.compile(r"[一二三四五六七八九十]{1,3}")


_SUPERSCRIPTS = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_INSERTED = re.compile(r"([0-9]+)[\^の]([0-9]+)")
"""An inserted article's label (``14^1``, for ``14¹``, ``14.1``, ``14-1``; a Japanese
article's number ``9の2``, as the Akoma Ntoso reader has it)."""


def id_part(label: str) -> str:
    """A point's label as the part of an id it gives, in ASCII: a kanji numeral or a stem
    as its number, a Cyrillic or katakana letter in Latin letters (``в)`` → ``v``), a
    capital letter as a small one, an inserted article's number after a dot (``14¹``,
    labelled ``14^1`` → ``14.1``: no sub-point's id, ``14-1``), any other run of marks as
    one hyphen; ``x`` when nothing is left. The text importer and the Akoma Ntoso reader
    make ids with it."""
    if _KANJI_LABEL.fullmatch(label):
        label = str(kanji_number(label))  # 一 → 1: a legal item's number
    elif len(label) == 1 and label in STEMS:
        label = str(STEMS.index(label) + 1)  # 甲 → 1
    label = _SUPERSCRIPTS.sub(lambda m: "^" + m.group().translate(FROM_SUPERSCRIPT), label)
    inserted = _INSERTED.fullmatch(label)
    if inserted is not None:  # an article inserted after article 14: p14.1 (p14-1 is 14(1))
        return f"{inserted.group(1)}.{inserted.group(2)}"
    label = "".join(_CYRILLIC.get(ch.lower(), _KANA.get(ch, ch)) for ch in label)
    if len(label) == 1 and "A" <= label <= "Z":
        label = label.lower()  # a capital letter item (12(A)): p12-a, as 12(a) is
    part = re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-")
    return part or "x"


def _point_data(node: Node, prefix: str, used: _IdPool, limits: Limits,
                display: str, quoted: bool = False, whole: bool = False) -> dict[str, Any]:
    """One point's data. ``quoted``: the draft's points open with a quotation mark before
    the number (its closing mark leaves the text); ``whole``: a press copy quotes each
    point's whole text after its number (the marks leave it: :func:`whole_quote`)."""
    ident = used.unique(f"{prefix}{id_part(node.label)}")
    node.split_title()
    text = unquoted(node.text) if quoted else node.text
    if whole:
        text = whole_quote(text) or text
    if len(text) > limits.max_text_chars:
        raise input_problem(display, f"point {node.number}: text of {len(text)} characters is "
                            f"over the limit of {limits.max_text_chars} (set "
                            "PLANDIFF_MAX_TEXT_CHARS)", rule="limits", where=node.where)
    data: dict[str, Any] = {"id": ident, "number": node.number}
    if node.title:
        data["title"] = node.title[:1000]
    data["text"] = text
    if node.notes:
        data["notes"] = "\n\n".join(node.notes)
    if node.children:
        data["points"] = [_point_data(c, f"{ident}-", used, limits, display, quoted, whole)
                          for c in node.children]
    return data


def _notes(parse: Parse) -> str | None:
    # In a draft in parts whose numbering restarts ("part2-p1"), a heading's point names its
    # part where its number is not the draft's only one: "before point 1" alone read as the
    # draft's first point.
    repeated = Counter(p.number for p in parse.points)
    numbers = [f"{p.number} of part {p.part}" if p.part and repeated[p.number] > 1
               else p.number for p in parse.points]
    written = {index for index, _, _ in parse.as_written}
    places: dict[int, list[int]] = {}  # a paragraph of the notes -> the headings before it
    for at, entry in enumerate(parse.headings):
        place = next((p for h, p in parse.placed if h is entry), None)
        if place is not None and numbers and entry[1] == 0 and at not in written:
            places.setdefault(min(place, len(parse.notes)), []).append(at)
    paragraphs: list[str] = []
    for at_note, note in enumerate([*parse.notes, []]):
        for at in places.get(at_note, ()):
            paragraphs.append(f"Heading before point {numbers[0]}: {parse.headings[at][0]}")
            paragraphs += [note_paragraph(p) for p in parse.under[at] if p]
        if note:
            paragraphs.append(note_paragraph(note))
    placed = {at for ats in places.values() for at in ats}
    last = list(parse.after_last)  # right under the last point, before what follows it
    for at, ((heading, index), under) in enumerate(zip(parse.headings, parse.under,
                                                       strict=True)):
        if at in placed:
            continue
        if index >= len(numbers) and last:
            paragraphs += last
            last = []
        if at in written:  # a transcript's speaker line, a page's text: as it is
            paragraphs.append(heading)
        elif index < len(numbers):
            paragraphs.append(f"Heading before point {numbers[index]}: {heading}")
        else:
            paragraphs.append(f"Heading after the last point: {heading}")
        paragraphs += [note_paragraph(p) for p in under if p]
    paragraphs += last + parse.after
    return "\n\n".join(paragraphs) or None


def check_slug(value: str, option: str) -> None:
    if not re.fullmatch(SLUG, value) or ".." in value:
        raise UsageError(f"{option} {value!r} is not a valid id: use lowercase letters, digits, "
                         "'.', '_' and '-', starting with a letter or digit")


def pick_date(date: dt.date | None, version: str) -> dt.date:
    if date is not None:
        return date
    match = re.match(r"(\d{4}-\d{2}-\d{2})(?![0-9])", version)
    if match:
        try:
            return dt.date.fromisoformat(match.group(1))
        except ValueError:
            pass
    raise UsageError("no date for the version: give --date YYYY-MM-DD (or start the version "
                     "id with the date, e.g. 2025-11-20-draft)")


def one_line_value(value: str, fallback: str) -> str:
    cleaned = clean_line(value.replace("\n", " "))[:1000]
    return cleaned or fallback


def _points_text(parse: Parse) -> str:
    """The points' titles and texts, sub-points' too (empty when they hold no letter): the
    language is theirs, not that of the text around them (a redline's English source
    list, a page's notes)."""
    text = "\n".join(f"{node.title or ''}\n{node.text}" for top in parse.points
                     for node in top.walk())
    return text if any(c.isalpha() for c in text) else ""


def build_plan(parse: Parse, *, document: str, version: str, when: dt.date, label: str,
               sample: str, title: str | None = None, language: str | None = None,
               status: Status = Status.REPORTED, text_kind: TextKind = TextKind.PARAPHRASE,
               limits: Limits = DEFAULT_LIMITS, source: dict[str, str] | None = None,
               untitled: str | None = None) -> PlanVersion:
    """The plan version of a parsed draft. ``sample`` is text to guess the language from;
    ``source`` the version's source (the placeholder when None); the language is guessed
    from the points' text, ``sample`` when they hold no letter. ``untitled`` titles a draft
    that states no title ("DOCUMENT VERSION" when None)."""
    total = sum(p.count() for p in parse.points)
    if total > limits.max_points:
        raise input_problem(label, f"{total} points, over the limit of {limits.max_points} "
                            "(set PLANDIFF_MAX_POINTS to raise it)", rule="limits")
    deepest = max((p.depth() for p in parse.points), default=0)
    if deepest > limits.max_point_depth:
        raise input_problem(label, f"points nested {deepest} levels deep, over the limit of "
                            f"{limits.max_point_depth} a plan file holds (set "
                            "PLANDIFF_MAX_DEPTH to raise it)", rule="limits")
    used = _IdPool()
    whole = sum(1 for p in parse.points if whole_quote(p.text) is not None) >= 2
    points = [_point_data(p, f"part{p.part}-p" if p.part else "p", used, limits, label,
                          parse.quoted, whole) for p in parse.points]
    chosen_title = one_line_value(title or "", "") or parse.title \
        or one_line_value(untitled or "", "") or f"{document} {version}"
    data: dict[str, Any] = {
        "document": document,
        "version": version,
        "title": chosen_title[:1000],
        "date": when.isoformat(),
        "status": Status(status).value,
        "text_kind": TextKind(text_kind).value,
        "language": language or detect_language(_points_text(parse) or sample),
        "sources": [source or placeholder_source(label)],
        "points": points,
    }
    notes = _notes(parse)
    if notes:
        data["notes"] = notes
    try:
        return PlanVersion.model_validate(data)
    except ValidationError as exc:
        problems = validation_problems(exc, label, "import")
        if any(error["loc"] and error["loc"][0] == "language" for error in exc.errors()):
            raise UsageError(f"--language {language!r} is not a language tag such as en, ja, "
                             "uk") from None
        raise InputError(f"{label}: the imported text is not a valid plan",
                         problems) from None
