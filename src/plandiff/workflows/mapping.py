"""The reviewed point mapping of ``plandiff add``: the aligner's proposal as rows a reviewer can
read (old → new, kind, confidence, evidence), corrections (``--link O=N``, ``--unlink O``,
``--new N``, or an edited ``--mapping`` CSV), and the CSV form (``--mapping-out``).

A point is named by its place as ``plandiff diff`` prints it (its number after its ancestors':
"10", "10(a)", or "3.b" for a sub-point numbered "b" under "3"), by its number label, by its id,
or by its place with the punctuation left out ("3.b" and "3b" find "3(b)"; a bare number such
as "12" never means "1.2") when that names one point; old names are looked up in the
superseded version, new names in the draft. A sub-point that moved to another parent
(:mod:`plandiff.engine.align.crossparent`) is one "moved" row, corrected like any other pair.
The library never prints: the CLI shows :func:`mapping_rows`.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from plandiff.atomicio import existing_head
from plandiff.engine.align import Alignment, Pair, PairKind
from plandiff.engine.align.explain import FULL_SCORE
from plandiff.engine.align.types import CrossPair
from plandiff.engine.compare import point_paths
from plandiff.errors import InputError, UsageError
from plandiff.plans.model import PlanVersion, Point
from plandiff.plans.refs import parse_point_ref

if TYPE_CHECKING:
    from _csv import Reader

CSV_HEADER = ("old", "new", "kind", "confidence", "evidence", "review")
NOT_REPORTED = "not reported"
"""The kind of a row whose old point a partial version does not cover (``--partial``)."""
_KIND = {PairKind.ONE_TO_ONE: "pair", PairKind.SPLIT: "split", PairKind.MERGE: "merge"}
_HOW = {"declared": "declared link", "id": "same id", "text": "same text",
        "similarity": "similar text", "containment": "containment"}


@dataclass(frozen=True)
class Corrections:
    """What a reviewer changed in the proposed mapping (names as given)."""

    links: tuple[tuple[str, str], ...] = ()
    """(old, new): the new point derives from the old one."""
    unlinks: tuple[str, ...] = ()
    """Old points with no successor."""
    new: tuple[str, ...] = ()
    """New points with no predecessor."""
    mapping: Path | None = None
    """A mapping CSV (as written by ``--mapping-out``) that states the whole mapping."""

    def __bool__(self) -> bool:
        return bool(self.links or self.unlinks or self.new or self.mapping)


@dataclass(frozen=True)
class Row:
    """One line of the mapping: old number(s) → new number(s)."""

    old: tuple[str, ...]
    new: tuple[str, ...]
    kind: str
    """pair, split, merge, moved (a sub-point now under another parent), removed, added, not
    reported (removed, in a version that does not cover it: ``--partial``)."""
    confidence: float | None = None
    evidence: str = ""
    review: bool = False


@dataclass(frozen=True)
class Resolved:
    """Corrections as point ids: links to declare, points never to pair."""

    links: tuple[tuple[str, str], ...] = ()
    """(old id, new id) in the draft's ids."""
    never_old: frozenset[str] = frozenset()
    never_new: frozenset[str] = frozenset()
    notes: tuple[str, ...] = field(default=())
    stated_old: frozenset[str] = frozenset()
    """Old points a mapping CSV says have no successor (the proposal's too: they become
    ``never_old`` only if the corrected alignment pairs them)."""
    stated_new: frozenset[str] = frozenset()
    """New points a mapping CSV says have no predecessor (likewise)."""
    origins: tuple[tuple[tuple[str, str], str], ...] = ()
    """Where each link was asked for (``--link 10=5``, ``map.csv:12``), for the messages."""


def parse_link(value: str) -> tuple[str, str]:
    """``10=5`` → ("10", "5")."""
    old, sep, new = value.partition("=")
    if not sep or not old.strip() or not new.strip():
        raise UsageError(f"--link {value!r}: expected OLD=NEW, e.g. --link 10=5")
    return old.strip(), new.strip()


def _key(label: str) -> str:
    return unicodedata.normalize("NFKC", label).strip().casefold().strip(".:) ")


def _loose(label: str) -> str:
    """``3(b)``, ``3.b`` and ``3b`` alike: letters and digits only."""
    return "".join(c for c in _key(label) if c.isalnum())


class _Names:
    """Places, number labels and ids of one side's points."""

    def __init__(self, points: Sequence[Point], side: str) -> None:
        self.side = side
        self.paths = point_paths(points)
        self.by_path: dict[str, list[str]] = {}
        self.by_number: dict[str, list[str]] = {}
        self.by_loose: dict[str, list[str]] = {}
        self.ids: set[str] = set()
        self.number_of: dict[str, str] = {}
        self.by_value: dict[str, set[str]] = {}
        """Points whose place or number is a decimal number, by the number a spreadsheet
        shows for it ("1.10" and "1.1" both as "1.1", "01" as "1")."""
        self.parent: dict[str, str] = {sub.id: point.id for point in _walk(points)
                                       for sub in point.points}
        self.alphabet = frozenset(ch for point in _walk(points)
                                  for ch in _key(f"{self.paths[point.id]}{point.number}"
                                                 f"{point.id}") if not ch.isascii())
        """The characters outside ASCII that the points' places, numbers and ids use."""
        self.characters = frozenset(ch for point in _walk(points)
                                    for ch in f"{self.paths[point.id]}{point.number}{point.id}")
        """Every character the points' places, numbers and ids use."""
        for point in _walk(points):
            path = self.paths[point.id]
            self.by_path.setdefault(_key(path), []).append(point.id)
            if _key(point.number) != _key(path):
                self.by_number.setdefault(_key(point.number), []).append(point.id)
            for loose in {_loose(path), _loose(point.number)}:
                self.by_loose.setdefault(loose, []).append(point.id)
            self.ids.add(point.id)
            self.number_of[point.id] = path
            for label in {path.strip(), point.number.strip()}:
                if _NUMBER.fullmatch(label):
                    self.by_value.setdefault(_shown(label), set()).add(point.id)

    def folded(self, ids: Sequence[str]) -> set[str]:
        """The ``ids`` under another of ``ids``: sub-points a split or merge row names as
        folded into the pair (``12;12(a)``), which link nothing of their own."""
        named = set(ids)
        found = set()
        for ident in ids:
            up = self.parent.get(ident)
            while up is not None and up not in named:
                up = self.parent.get(up)
            if up is not None:
                found.add(ident)
        return found

    def __call__(self, name: str, where: str) -> str:
        key = _key(name)
        # Without punctuation only where the name is not a bare number: "12" never means 1.2,
        # and a dotted name never a point whose place is a bare number: "1.2" is not 12.
        loose = [] if key.isdigit() else sorted(
            {ident for ident in self.by_loose.get(_loose(name), [])
             if not _key(self.number_of[ident]).isdigit()})
        for found in (self.by_path.get(key, []), self.by_number.get(key, []),
                      [name] if name in self.ids else [], loose):
            if len(found) == 1:
                return found[0]
            if len(found) > 1 and name not in self.ids:
                raise UsageError(f"{where}: {self.side} point {name!r} is ambiguous "
                                 f"(ids {', '.join(found)}); name it by its id")
        raise UsageError(f"{where}: no {self.side} point {name!r} (give its place as diff "
                         "prints it, such as 10 or 10(a), or its id)")

    def cell(self, name: str, where: str) -> str:
        """The point a mapping CSV's cell names when the cell holds one name, which a
        spreadsheet may have read as a number: "1.10" saved as "1.1" (trailing zeros
        dropped), "01" as "1". A shortened number that fits one point names it; one that
        fits several is refused, as is a cell a spreadsheet turned into a date; "-1" is
        "(1)", which a spreadsheet reads as a negative number. A leading
        apostrophe marks the cell as text (as the CSV writes places a spreadsheet would
        shorten into another point's)."""
        text = name.strip()
        if text.startswith("'"):
            return self(text[1:].strip(), where)
        if _NEGATIVE.fullmatch(text) and text not in self.ids:
            # A spreadsheet reads "(1)" as -1: the place in brackets, if there is one.
            bracketed = self.by_path.get(_key(f"({text[1:]})"), [])
            if len(bracketed) == 1:
                return bracketed[0]
        if _NUMBER.fullmatch(text) and _shown(text) == text:
            fits = sorted(self.by_value.get(text, set()), key=self.number_of.__getitem__)
            if len(fits) > 1:
                places = " or ".join(self.number_of[i] for i in fits)
                raise UsageError(
                    f"{where}: {self.side} point {text!r} is ambiguous: {places} (a "
                    f"spreadsheet drops a number's trailing zeros); type the place as text "
                    f"with an apostrophe, such as '{self.number_of[fits[-1]]}, or give the "
                    f"id ({', '.join(fits)})")
            if len(fits) == 1:
                return fits[0]
        try:
            return self(text, where)
        except UsageError as exc:
            if text.startswith("="):
                return self._formula(text, where, exc)
            if _SPREADSHEET_VALUE.search(text):
                raise UsageError(f"{exc} (a spreadsheet may have read the cell as a date or "
                                 "a number: import the old and new columns as text)") from None
            raise


    def _formula(self, text: str, where: str, missed: UsageError) -> str:
        """The point a cell saved as a formula names (a spreadsheet's "save cell formulas"):
        a formula of one value (``=10``, ``="10(a)"``, the usual way to keep a cell as text)
        is that value; one that computes is refused, saying so."""
        value = _FORMULA_VALUE.fullmatch(text)
        if value is None:
            raise UsageError(f"{where}: {text!r} is a spreadsheet formula, saved as typed: "
                             "give the point's place itself, such as 10 or 10(a), or its "
                             "id") from None
        if value.group("text") is not None:
            return self(value.group("text").replace('""', '"'), where)
        try:
            return self.cell(value.group("number"), where)
        except UsageError:
            raise missed from None


def _shown(number: str) -> str:
    """A decimal number as a spreadsheet shows it by default: "1.10" → "1.1", "01" → "1"."""
    whole, _, fraction = number.partition(".")
    whole = whole.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    return f"{whole}.{fraction}" if fraction else whole


_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_NEGATIVE = re.compile(r"-\d+")
_PLACES = re.compile(r"[;,\n]")
"""What separates several places in a cell: ``;`` as the CSV writes them, ``,`` as the
printed mapping lists them, or a line break (one place a line)."""
_FORMULA_VALUE = re.compile(r'=[ ]*(?:"(?P<text>(?:[^"]|"")*)"|(?P<number>\d+(?:\.\d+)?))[ ]*')
"""A formula of one value, as a spreadsheet saves it when it saves formulas (``=10``,
``="10(a)"``)."""
_FORMULA = ("=", "+", "-", "@")
"""How a cell a spreadsheet reads as a formula starts."""
_SPREADSHEET_VALUE = re.compile(
    r"^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$|^\d+(?:\.\d+)?E[+-]?\d+$"
    r"|^[^\W\d_]{3,5}\.?[ -]\d{1,2}$|^\d{1,2}(?:\. ?|[ -])[^\W\d_]{3,5}\.?$"
    r"|^\d{1,2}月\d{1,2}日$", re.IGNORECASE)
"""What a spreadsheet makes of a cell it reads as a date ("03/04/26", "Jan 02", "2-Jan", a
German Excel's "01. Feb", a French one's "01-févr.", a Japanese one's "2月1日") or a number
in scientific notation ("1.00E+05")."""


def _walk(points: Sequence[Point]) -> Iterable[Point]:
    for point in points:
        yield point
        yield from _walk(point.points)


def resolve(corrections: Corrections, old: Sequence[Point], new: Sequence[Point],
            proposed: frozenset[tuple[str, str]] = frozenset()) -> Resolved:
    """Point ids for the corrections (and for a mapping CSV, the links that differ from the
    ``proposed`` (old id, new id) links)."""
    old_names = _Names(old, "old")
    new_names = _Names(new, "new")
    links = [(old_names(o, f"--link {o}={n}"), new_names(n, f"--link {o}={n}"))
             for o, n in corrections.links]
    origins = {link: f"--link {o}={n}" for link, (o, n) in zip(links, corrections.links,
                                                                 strict=True)}
    never_old = {old_names(o, f"--unlink {o}") for o in corrections.unlinks}
    never_new = {new_names(n, f"--new {n}") for n in corrections.new}
    stated_old: set[str] = set()
    stated_new: set[str] = set()
    if corrections.mapping is not None:
        file_links, file_old, file_new = read_mapping(corrections.mapping, old_names,
                                                      new_names, proposed)
        # Only what differs from the proposal is a correction; but a point that gains a link
        # is declared with all the links the file gives it: a declared link is all the
        # aligner keeps for its point, so a proposed pair the file keeps beside it (the old
        # 19 of a merge row ``19;20,19``) would give way to the new one alone.
        changed = set(file_links) - proposed
        touched_old, touched_new = {o for o, _ in changed}, {n for _, n in changed}
        links += sorted(link for link in file_links
                        if link in changed or link[0] in touched_old or link[1] in touched_new)
        for link, where in file_links.items():
            origins.setdefault(link, where)
        paired_old = {o for o, _ in file_links}
        paired_new = {n for _, n in file_links}
        stated_old = {o for o in file_old if o not in paired_old}
        stated_new = {n for n in file_new if n not in paired_new}
        # Like the links, only what differs from the proposal is a correction: a point the
        # proposal left unpaired too is not forced apart (that would change the other pairs).
        never_old |= stated_old & {o for o, _ in proposed}
        never_new |= stated_new & {n for _, n in proposed}
    for o, n in links:
        if o in never_old:
            raise UsageError(f"old point {old_names.number_of[o]} is both linked and unlinked")
        if n in never_new:
            raise UsageError(f"new point {new_names.number_of[n]} is both linked and new")
    return Resolved(links=tuple(dict.fromkeys(links)), never_old=frozenset(never_old),
                    never_new=frozenset(never_new), stated_old=frozenset(stated_old),
                    stated_new=frozenset(stated_new), origins=tuple(origins.items()))


def unkept(links: Iterable[tuple[str, str]], alignment: Alignment, old: Sequence[Point],
           new: Sequence[Point], origins: Mapping[tuple[str, str], str] | None = None
           ) -> list[str]:
    """Why each reviewer's link (old id, new id) the reviewed ``alignment`` does not hold could
    not be kept, one sentence per link, after where it was asked for (``origins``). A link
    joins points of the same level, or sub-points of different parents (a move); a sub-point
    stays paired inside its parents' pair when nothing says where its partner there went."""
    held = alignment.links()
    old_paths, new_paths = point_paths(old), point_paths(new)
    top_old, top_new = {p.id for p in old}, {p.id for p in new}
    reasons: list[str] = []
    for o, n in links:
        if (o, n) in held:
            continue
        shown = f"the link {old_paths[o]} -> {new_paths[n]} cannot be kept: "
        if origins and (o, n) in origins:
            shown = f"{origins[o, n]}: {shown}"
        rivals_old = sorted(old_paths[x] for x, y in held if y == n)
        rivals_new = sorted(new_paths[y] for x, y in held if x == o)
        inside = " (inside their parents' pair)" if o not in top_old else ""
        if (o in top_old) != (n in top_new):
            why = ("a whole point and a sub-point are never paired (link points to points, "
                   "sub-points to sub-points)")
        elif rivals_old and rivals_new:
            why = (f"old {old_paths[o]} also goes to new {', '.join(rivals_new)} and new "
                   f"{new_paths[n]} comes from old {', '.join(rivals_old)}: both split and "
                   f"merged; say where old {rivals_old[0]} went, or drop this link")
        elif rivals_old:
            why = (f"new {new_paths[n]} stays paired with old {', '.join(rivals_old)}{inside}; "
                   f"say where old {rivals_old[0]} went too (--unlink {rivals_old[0]}, or "
                   f"--link {rivals_old[0]}=NEW)")
        elif rivals_new:
            why = (f"old {old_paths[o]} stays paired with new {', '.join(rivals_new)}{inside}; "
                   f"say where new {rivals_new[0]} came from too (--new {rivals_new[0]}, or "
                   f"--link OLD={rivals_new[0]})")
        else:
            why = ("a sub-point moved to another parent pairs with one sub-point only (not as "
                   "part of a split or merge)")
        reasons.append(shown + why)
    return reasons


def _header_names(cells: Iterable[str]) -> list[str]:
    """The header's column names as compared: without spaces, quotes, case or a byte-order
    mark a tool kept inside the text (a second one, or one after a sep= line)."""
    return [unicodedata.normalize("NFKC", c.replace("\ufeff", "")).strip().strip('"').strip()
            .casefold() for c in cells]


@dataclass(frozen=True)
class _Dialect:
    """How a mapping CSV's cells are written: the separator between them and the quote
    around those that hold it."""

    delimiter: str = ","
    quote: str = '"'

    def reader(self, lines: Iterable[str]) -> Reader:
        return csv.reader(lines, delimiter=self.delimiter, quotechar=self.quote)


_SEPARATORS = (",", ";", "\t", "|", ":", " ")
"""The cell separators a mapping CSV is read with: a comma, or what a spreadsheet saves
where the decimal mark is a comma or the reviewer chose it (``;``, a tab, ``|``, ``:``, a
space: the separators LibreOffice Calc's CSV save offers, and Excel's list separator)."""
_QUOTES = ('"', "'")
"""The quotes a spreadsheet may write around a cell (Calc's text delimiter is ``"`` or
``'``)."""


def _dialect(header: str, separators: Sequence[str] = _SEPARATORS) -> _Dialect | None:
    """How a mapping CSV whose header line is ``header`` is written (cells quoted or not, the
    whole line quoted as one cell or not), None if it is no header: one naming the columns
    old and new with one of ``separators`` between them."""
    for delimiter in separators:
        names = _header_names(header.split(delimiter))
        for quote in _QUOTES:
            if {"old", "new"} <= {name.strip(quote).strip() for name in names}:
                return _Dialect(delimiter, quote)
    return None


_SEP_LINE = re.compile(r'\ufeff?"?sep=([^\w"\'\r\n])"?((?:\1|[ \t])*)', re.IGNORECASE)
"""Excel's first line naming the separator (``sep=;``), as Excel writes it or as a
spreadsheet that took it for a cell saves it back (``"sep=;";;;;;``)."""


def _sep_line(text: str) -> tuple[str | None, str, int]:
    """The separator a mapping CSV's first line ``sep=;`` names, the text without that line,
    and the number of lines left out (0 or 1, to name a row by its line in the file); None,
    the text and 0 for a file without one."""
    first, _end, rest = text.partition("\n") if "\n" in text else text.partition("\r")
    found = _SEP_LINE.fullmatch(first.removesuffix("\r").strip("\r\n "))
    if found is None:
        return None, text, 0
    return found.group(1), rest, 1


def _separator_found(header: str) -> str | None:
    """The separator between the first two cells of a header line that names old and new
    but is written with a separator the mapping is not read with (``old/new/kind``), None
    for any other line."""
    bare = unicodedata.normalize("NFKC", header).translate({ord(q): None for q in _QUOTES})
    if not {"old", "new"} <= set(re.findall(r"[^\W_]+", bare.casefold())):
        return None
    found = re.match(r"\s*[^\W_]+([\W_]+?)\s*[^\W_]", bare)
    return found.group(1) if found else None


def check_mapping_out(path: Path, read_from: Path | None = None) -> None:
    """Refuse to replace ``path`` with the mapping unless it is empty, a mapping CSV (one
    written before, edited or not) or the file --mapping reads (``read_from``: one of rows
    alone, with no header line, is a mapping only as read): never a draft or any other file
    of the user's; nor a name a spreadsheet takes for a workbook (``map.xlsx``), which CSV
    text is not."""
    if path.suffix.casefold() in _WORKBOOK_SUFFIXES:
        raise UsageError(f"{path}: --mapping-out writes CSV, not a {path.suffix} workbook; "
                         "name the file .csv (a spreadsheet opens it)")
    if read_from is not None and _same_file(path, read_from):
        return  # read as a mapping, or refused, before anything is written
    head = existing_head(path, 4096, "the mapping")
    if head is None:
        return
    text = head.decode("utf-8", errors="replace").removeprefix("\ufeff")
    sep, text, _skipped = _sep_line(text)
    first = text.split("\n", 1)[0]
    if head.strip() and _dialect(first, (sep,) if sep else _SEPARATORS) is None and (
            sep is not None or _separator_found(first) is None):
        raise UsageError(f"{path}: not a mapping CSV (its first line is not the header "
                         f"{','.join(CSV_HEADER)}); not replacing it with the mapping")


def check_replacing(path: Path, text: str, read_from: Path | None) -> None:
    """Refuse to replace the mapping CSV at ``path`` with ``text`` where that would lose what
    a reviewer wrote: a file already holding ``text``, or the file ``--mapping`` read
    (``read_from``: its mapping is what ``text`` states), is replaced; any other mapping CSV
    (one edited since it was written, or from an earlier proposal) is not, nor the file
    --mapping read when a column of the reviewer's own (notes) holds something, or the
    review column a word of theirs, which the CSV written would drop."""
    head = existing_head(path, _LARGEST_MAPPING, "the mapping")
    if head is None or not head.strip() or head == text.encode("utf-8"):
        return
    if read_from is None or not _same_file(path, read_from):
        raise UsageError(f"{path}: a mapping CSV that is not this mapping (edited since it was "
                         f"written?); not replacing it: read it with --mapping {path}, or give "
                         "--mapping-out a new file")
    text = _mapping_text(path, frozenset())[0]
    records = _records(text)
    header = _header_names(records[0] if records else [])
    if not {"old", "new"} <= set(header):
        _check_rows_alone(path, text)
        return
    skipped = _sep_line(text)[2]  # rows are named by their line in the file
    for row, cells in enumerate(records[1:], start=2 + skipped):
        for k, cell in enumerate(cells):
            own = k >= len(header) or header[k] not in CSV_HEADER or (
                header[k] == "review" and cell.strip().casefold() != "review")
            if cell.strip() and own:
                name = f" {header[k]!r}" if k < len(header) and header[k] else ""
                raise UsageError(f"{path}: the CSV written would drop your column{name} "
                                 f"(column {_column(k)}, row {row}); not replacing it: give "
                                 "--mapping-out a new file")


def _check_rows_alone(path: Path, text: str) -> None:
    """Refuse to replace a mapping CSV of rows alone (no header line: --mapping read its
    cells as old, new and kind, in that order) where a cell after those three holds
    something, which the CSV written would drop; read with every separator its first line
    holds, as the one --mapping took is not known here."""
    sep, text, skipped = _sep_line(text)
    first = text.split("\n", 1)[0]
    for separator in (sep,) if sep else [s for s in _SEPARATORS if s == "," or s in first]:
        try:
            rows = list(_Dialect(separator).reader(io.StringIO(text, newline=None)))
        except csv.Error:
            continue
        for row, cells in enumerate(rows, start=1 + skipped):
            for k, cell in enumerate(cells[3:], start=3):
                if cell.strip():
                    raise UsageError(f"{path}: the CSV written would drop your column (column "
                                     f"{_column(k)}, row {row}); not replacing it: give "
                                     "--mapping-out a new file")


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.samefile(other)
    except OSError:
        return False


_LARGEST_MAPPING = 64 * 1024 * 1024
"""More than a mapping CSV holds: a file compared with the mapping about to replace it is
read up to this size."""


_WORKBOOK_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods", ".numbers"})
_SPREADSHEET_FILES = ((b"PK\x03\x04", "a spreadsheet file (.xlsx or .ods)"),
                      (b"\xd0\xcf\x11\xe0", "a spreadsheet file (.xls)"))


def _mapping_text(path: Path, alphabet: frozenset[str]) -> tuple[str, str | None]:
    """The text of a mapping CSV and the encoding it was read in: "" for Unicode (UTF-8, or
    UTF-16 as Excel's "Unicode text" saves it), else a spreadsheet's save in a code page
    (Shift-JIS from a Japanese Excel, Windows-1251 from a Ukrainian one). That is read in the
    one of :data:`_CODE_PAGES` in which most old and new cells holding more than ASCII use
    only characters the plans' places use (the ``alphabet``), so 1(ア) saved in Shift-JIS
    reads as 1(ア), never as another code page's letters, and its name is returned; where no
    such cell fits any code page, the bytes are read as a one-byte code page (None), in which
    only ASCII old and new cells, the same in every code page, are read."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read the mapping ({exc.strerror or exc})") from None
    for magic, what in _SPREADSHEET_FILES:
        if data.startswith(magic):
            raise InputError(f"{path}: {what}, not a mapping CSV; save it as CSV (UTF-8) "
                             "from the spreadsheet and give that file")
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16"), ""
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        pass
    best: tuple[int, str, str] | None = None
    for codec, name in _CODE_PAGES:
        try:
            text = data.decode(codec)
            records = _records(text)
        except (UnicodeDecodeError, csv.Error):
            continue
        fit = sum(1 for cell in _place_cells(records)
                  if not cell.isascii() and _outside(cell) and _outside(cell) <= alphabet)
        if fit and (best is None or fit > best[0]):
            best = (fit, text, name)
    return (best[1], best[2]) if best else (data.decode("latin-1"), None)


def _outside(cell: str) -> set[str]:
    """The characters of a cell outside ASCII, as places are compared (spaces aside)."""
    return {ch for ch in _key(cell) if not ch.isascii() and not ch.isspace()}


_CODE_PAGES = (("cp1252", "Windows-1252"), ("cp1250", "Windows-1250"),
               ("cp1251", "Windows-1251"), ("koi8_r", "KOI8-R"), ("cp932", "Shift-JIS"),
               ("euc_jp", "EUC-JP"), ("gbk", "GBK"), ("big5", "Big5"))
"""The code pages a spreadsheet saves CSV in (Western, Central European and Cyrillic
Windows, KOI8-R, Japanese, Chinese), in the order a mapping CSV not in Unicode is tried."""


def _records(text: str) -> list[list[str]]:
    """The rows of a mapping CSV's text, its cells split at the header's separator."""
    sep, text, _skipped = _sep_line(text)
    lines = io.StringIO(text, newline=None)  # CRLF, LF or CR alone (Excel's Mac CSV)
    dialect = _read_dialect(lines.readline(), sep)
    lines.seek(0)
    return list(dialect.reader(lines))


def _read_dialect(header: str, sep: str | None) -> _Dialect:
    """How the cells after ``header`` are read: as the header is written, with the separator
    a sep= line names when there is one."""
    if sep is None:
        return _dialect(header) or _Dialect()
    return _dialect(header, (sep,)) or _Dialect(sep)


def _unclosed_quote(text: str, dialect: _Dialect) -> bool:
    """Whether a quote opened in ``text`` is never closed: read leniently (as the mapping
    is), the cell it opens runs to the end of the file; read strictly, the data ends inside
    it."""
    strict = csv.reader(io.StringIO(text, newline=None), delimiter=dialect.delimiter,
                        quotechar=dialect.quote, strict=True)
    try:
        for _ in strict:
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


def _unwrapped(records: list[list[str]], dialect: _Dialect) -> list[list[str]]:
    """The rows with those a spreadsheet kept in one cell split into their cells. Opened with
    another separator than the file's (";" for a comma CSV, a German locale's default), every
    row lands in column A, and a save quotes each one that holds a quote or the separator:
    ``"1,1,pair,1.00,""similar text: a, b"","``. A header that is one cell naming old and new
    split so has every row split; otherwise a row of one cell is split where it gives the
    header's number of cells with a kind (or nothing) in the kind column, which a place or
    a list of places in the old cell alone never does."""
    if not records:
        return records
    inner = _dialect(records[0][0]) if len(records[0]) == 1 else None
    if inner is not None:
        records = [_split(records[0][0], inner), *records[1:]]
    inner = inner or dialect
    header = _header_names(records[0])
    kind = header.index("kind") if "kind" in header else None
    rows = [records[0]]
    for row in records[1:]:
        if len(row) == 1 and inner.delimiter in row[0]:
            cells = _split(row[0], inner)
            if len(cells) == len(header) and (
                    kind is None
                    or cells[kind].strip().casefold() in {"", *_KINDS, *_KIND_WORDS}):
                row = cells
        rows.append(row)
    return rows


def _split(cell: str, dialect: _Dialect) -> list[str]:
    """A cell holding a whole CSV row, split into its cells (the cell itself if it does not
    read as one row)."""
    try:
        found = list(dialect.reader(io.StringIO(cell, newline=None)))
    except csv.Error:
        return [cell]
    return found[0] if len(found) == 1 else [cell]


def _place_cells(records: Sequence[Sequence[str]]) -> Iterable[str]:
    """The old and new cells of a mapping CSV's rows (none if its header names neither)."""
    header = _header_names(records[0] if records else [])
    at = [header.index(name) for name in ("old", "new") if name in header]
    return (row[k] for row in records[1:] for k in at if k < len(row))


_KINDS = {"pair": (True, True), "split": (True, True), "merge": (True, True),
          "moved": (True, True), "removed": (True, False), "added": (False, True),
          NOT_REPORTED: (True, False)}
"""Each kind a row may state: whether it names old points, whether it names new ones. A
``not reported`` row reads as ``removed`` (no successor); ``--partial`` decides again which
of those the text does not cover."""
_KIND_WORDS = {"new": "added", "deleted": "removed"}
"""Words a reviewer types for a kind: "new", as the ``--new`` option says, and "deleted", as
Word's tracked changes say."""


def _column(index: int) -> str:
    """A spreadsheet's name for a column: 0 → A, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def read_mapping(path: Path, old_names: _Names, new_names: _Names,
                 proposed: frozenset[tuple[str, str]] = frozenset()
                 ) -> tuple[dict[tuple[str, str], str], set[str], set[str]]:
    """The links of a mapping CSV (with the file and row of each), and every old and new
    point it names. Its columns are found by their names in the header (old, new, and kind
    when there is one; the others are not read); a cell is named as ``file:row:column``. A
    ``proposed`` (old id, new id) pair none of whose points the file names is refused."""
    text, encoding = _mapping_text(path, old_names.alphabet | new_names.alphabet)
    # A first line sep=; (Excel's) names the separator; the lines are counted as in the file.
    sep, text, skipped = _sep_line(text)
    top = 1 + skipped
    lines = io.StringIO(text, newline=None)  # CRLF, LF or CR alone (Excel's Mac CSV)
    first = lines.readline()
    dialect = _dialect(first) if sep is None else _read_dialect(first, sep)
    if dialect is None and (found := _separator_found(first)) is not None:
        raise InputError(f"{path}:1: the cells are separated by {found!r}, which a mapping "
                         "CSV is not read with; save it with a comma, semicolon or tab as "
                         "the separator")
    lines.seek(0)
    reader = (dialect or _Dialect()).reader(lines)
    records: list[list[str]] = []
    last_start = line_after = 1  # the line the last record starts on, and the line after it
    try:
        for record in reader:
            records.append(record)
            last_start, line_after = line_after, reader.line_num + 1
    except csv.Error as exc:
        raise InputError(f"{path}:{reader.line_num + skipped}: not a readable CSV ({exc})"
                         ) from None
    if records and _unclosed_quote(text, dialect or _Dialect()):
        quote = (dialect or _Dialect()).quote
        raise InputError(f"{path}:{last_start + skipped}: a quote ({quote}) opened on this line"
                         " is never closed, so every line after it is read as one cell; close "
                         "the quote or remove it")
    records = _unwrapped(records, dialect or _Dialect())
    if records and dialect is None and len(records[0]) == 1:
        records = _rows_without_header(path, text, records, (old_names, new_names)) or records
    if records and _headerless(records[0], old_names, new_names):
        records = [list(CSV_HEADER), *records]  # a sheet of rows old,new(,kind) alone
        top -= 1
    header = _header_names(records[0] if records else [])
    if not {"old", "new"} <= set(header):
        found = ",".join(h for h in header if h) or "nothing"
        raise InputError(f"{path}:{top}: a mapping CSV's header names the columns old and new "
                         f"(found {found}; write one with --mapping-out)")
    for name in ("old", "new", "kind"):
        if header.count(name) > 1:
            raise InputError(f"{path}:{top}: the header names the column {name} twice")
    at: dict[str, int] = {name: header.index(name) for name in ("old", "new", "kind")
                          if name in header}
    links: dict[tuple[str, str], str] = {}
    olds: set[str] = set()
    news: set[str] = set()
    # Where each point is first paired, and first said to have no partner.
    paired_at: tuple[dict[str, int], dict[str, int]] = ({}, {})
    alone_at: tuple[dict[str, int], dict[str, int]] = ({}, {})
    named: tuple[set[str], set[str]] = (set(), set())
    for line, row in enumerate(records[1:], start=top + 1):
        cells = {name: row[k].strip() if k < len(row) else "" for name, k in at.items()}
        if not any(cells.values()):
            continue  # an empty row, or one holding only the reviewer's notes
        sides = []
        for name, names in (("old", old_names), ("new", new_names)):
            where = f"{path}:{line}:{_column(at[name])}"
            cell = cells[name]
            if encoding is None and not cell.isascii():
                raise InputError(f"{where}: the mapping is not UTF-8 and this {name} cell is "
                                 "not plain ASCII; save the CSV as UTF-8")
            if encoding and not _outside(cell) <= names.alphabet:
                raise InputError(f"{where}: the mapping is not UTF-8 (read as {encoding}) and "
                                 f"this {name} cell has letters no {name} point's place has; "
                                 "save the CSV as UTF-8")
            lost = next((ch for ch in "?\ufffd" if ch in cell and ch not in names.characters),
                        None)
            if lost is not None:  # not read without it: "1(?)" is not point 1
                raise InputError(f"{where}: {cell!r} has {lost!r}, which no {name} point's "
                                 "place has: a spreadsheet writes it for a letter the code "
                                 "page it saves in lacks (1(б) in Windows-1252); save the CSV "
                                 "as UTF-8, the place as the mapping prints it")
            # A leading apostrophe marks the cell as text (as the CSV writes a place a
            # spreadsheet would read as a number or a formula); one name alone in a cell
            # without it is what a spreadsheet may have read as a number.
            as_text = cell.startswith("'")
            parts = [x.strip() for x in _PLACES.split(cell.removeprefix("'")) if x.strip()]
            sides.append([names(x, where) if as_text or len(parts) > 1 else names.cell(x, where)
                          for x in parts])
        old_ids, new_ids = sides
        named[0].update(old_ids)
        named[1].update(new_ids)
        kind = cells.get("kind", "").casefold()
        kind = _KIND_WORDS.get(kind, kind)
        if kind:
            where = f"{path}:{line}:{_column(at['kind'])}"
            if kind not in _KINDS:
                raise InputError(f"{where}: unknown kind {cells['kind']!r} (one of "
                                 f"{', '.join(_KINDS)}, or empty)")
            if _KINDS[kind] != (bool(old_ids), bool(new_ids)):
                raise UsageError(f"{where}: the row says {kind} but names "
                                 f"{_named(old_ids, new_ids)}; make the kind and the old "
                                 "and new cells agree (or empty the kind)")
        # Sub-points folded into the pair (named with their parent) are neither linked
        # nor unlinked: the pair of their parent carries them.
        old_ids = [o for o in old_ids if o not in old_names.folded(old_ids)]
        new_ids = [n for n in new_ids if n not in new_names.folded(new_ids)]
        olds.update(old_ids)
        news.update(new_ids)
        for side, ids, names, word in ((0, old_ids, old_names, "removed"),
                                       (1, new_ids, new_names, "added")):
            rows = paired_at[side] if old_ids and new_ids else alone_at[side]
            for ident in ids:
                rows.setdefault(ident, line)
                paired, alone = paired_at[side].get(ident), alone_at[side].get(ident)
                if paired is not None and alone is not None:
                    raise UsageError(f"{path}:{line}: {names.side} point "
                                     f"{names.number_of[ident]} is paired on row {paired} and "
                                     f"{word} on row {alone}")
        for link in ((o, n) for o in old_ids for n in new_ids):
            links.setdefault(link, f"{path}:{line}")
    _no_row_deleted(path, (old_names, new_names), named, proposed)
    return links, olds, news


def _rows_without_header(path: Path, text: str, records: list[list[str]],
                         sides: tuple[_Names, _Names]) -> list[list[str]] | None:
    """The rows of a mapping CSV with no header line and another separator than a comma
    between its cells (``1.1;1.1``, as a German or French locale's Excel saves the sheet):
    read with the first of the other separators with which its first row names points; None
    if its first line holds none of them. A first line that does, but is no header and
    names no points with any of them, is refused, naming the separator seen."""
    first = records[0][0]
    seen = next((sep for sep in _SEPARATORS[1:]
                 if len([cell for cell in first.split(sep) if cell.strip()]) > 1), None)
    if seen is None:
        return None
    for separator in _SEPARATORS[1:]:
        if separator not in first:
            continue
        try:
            rows = list(_Dialect(separator).reader(io.StringIO(text, newline=None)))
        except csv.Error:
            continue
        if rows and _headerless(rows[0], *sides):
            return rows
    # the csv module refuses a line break inside a line it is given: read each line apart
    shown = [cell.strip() for line in first.splitlines()
             for cell in next(_Dialect(seen).reader([line]), []) if cell.strip()]
    cells = ", ".join(shown[:4])
    s = seen if seen in ";|:" else ","
    raise InputError(f"{path}:1: the first line, its cells separated by {seen!r} ({cells}), is "
                     f"neither the header old{s}new[{s}kind] nor a row naming an old and a new "
                     "point; save the sheet with its header row (write one with --mapping-out)")


def _headerless(first: Sequence[str], old_names: _Names, new_names: _Names) -> bool:
    """Whether a mapping CSV's first row is no header but a row of the mapping, its cells in
    the order written (old, new, kind): its old and new cells name points of their side
    (one of them may be empty) and its third cell, if any, is empty or a kind."""
    if len(first) < 2 or not (first[0].strip() or first[1].strip()) or (
            len(first) > 2 and first[2].strip().casefold() not in {"", *_KINDS}):
        return False
    for cell, names in ((first[0], old_names), (first[1], new_names)):
        parts = [x.strip() for x in _PLACES.split(cell.strip().removeprefix("'")) if x.strip()]
        try:
            if len(parts) > 1:
                for part in parts:
                    names(part, "")
            elif parts:
                names.cell(parts[0], "")
        except UsageError:
            return False
    return True


def _no_row_deleted(path: Path, sides: tuple[_Names, _Names],
                    named: tuple[set[str], set[str]],
                    proposed: frozenset[tuple[str, str]]) -> None:
    """A proposed pair neither of whose points is on any row is a deleted row: refused, not
    left to stand as proposed (a row naming one of its points corrects it)."""
    old_names, new_names = sides
    gone = sorted((old_names.number_of[o], new_names.number_of[n]) for o, n in proposed
                  if o not in named[0] and n not in named[1])
    if gone:
        o, n = gone[0]
        more = f" ({len(gone) - 1} more such pairs)" if len(gone) > 1 else ""
        raise UsageError(f"{path}: no row names old {o} or new {n}, which the proposal pairs "
                         f"(a deleted row?){more}; to keep the pair write the row {o},{n}, to "
                         f"part them {o},,removed and ,{n},added")


def _named(old_ids: Sequence[str], new_ids: Sequence[str]) -> str:
    if old_ids and new_ids:
        return "both an old and a new point"
    if old_ids:
        return "only an old point"
    return "only a new point" if new_ids else "no point"


def _evidence(pair: Pair) -> str:
    how = _HOW.get(pair.evidence.value, pair.evidence.value)
    if pair.leftover:
        how += " (best leftover)"
    if pair.terms and pair.similarity < FULL_SCORE * 2:
        how += ": " + ", ".join(pair.terms[:3])
    return how


def _cross_evidence(cross: CrossPair) -> str:
    how = _HOW.get(cross.evidence.value, cross.evidence.value) + ", across parents"
    if cross.terms and cross.similarity < FULL_SCORE * 2:
        how += ": " + ", ".join(cross.terms[:3])
    return how


class _Rows:
    """The rows of one alignment, level by level, with the cross-parent moves where the moved
    sub-point now stands."""

    def __init__(self, alignment: Alignment, old: Sequence[Point], new: Sequence[Point]
                 ) -> None:
        self.old_paths = point_paths(old)
        self.new_paths = point_paths(new)
        self.moved_new = {cross.new: cross for cross in alignment.across}
        self.moved_old = frozenset(cross.old for cross in alignment.across)
        self.placed: set[str] = set()
        self.rows: list[Row] = []
        self.level(alignment, old, new)
        for cross in alignment.across:  # under a point no row lists (e.g. an absorbed one)
            if cross.new not in self.placed:
                self.rows.append(self.moved(cross))

    def moved(self, cross: CrossPair) -> Row:
        self.placed.add(cross.new)
        return Row((self.old_paths[cross.old],), (self.new_paths[cross.new],), "moved",
                   cross.confidence, _cross_evidence(cross), cross.review)

    def added(self, point: Point) -> None:
        for sub in point.walk():
            cross = self.moved_new.get(sub.id)
            self.rows.append(self.moved(cross) if cross is not None
                             else Row((), (self.new_paths[sub.id],), "added"))

    def removed(self, point: Point) -> None:
        self.rows += [Row((self.old_paths[sub.id],), (), "removed") for sub in point.walk()
                      if sub.id not in self.moved_old]

    def level(self, alignment: Alignment, old: Sequence[Point], new: Sequence[Point]
              ) -> None:
        for pair in alignment.pairs:
            olds = tuple(self.old_paths[old[i].id] for i in pair.old_index)
            news = tuple(self.new_paths[new[j].id] for j in pair.new_index)
            old_children = [c for i in pair.old_index for c in old[i].points]
            new_children = [c for j in pair.new_index for c in new[j].points]
            olds += tuple(self.old_paths[old_children[k].id] for k in pair.absorbed_old)
            news += tuple(self.new_paths[new_children[k].id] for k in pair.absorbed_new)
            # The aligner already makes a one-to-one pair that folded sub-points in a merge
            # or a split; a split that also took old sub-points along stays a split.
            self.rows.append(Row(olds, news, _KIND[pair.kind], pair.confidence,
                                 _evidence(pair), pair.review))
            if pair.children is not None:
                self.level(pair.children, old_children, new_children)
        for j in alignment.unmatched_new:
            self.added(new[j])
        for i in alignment.unmatched_old:
            self.removed(old[i])


def mapping_rows(alignment: Alignment, old: Sequence[Point], new: Sequence[Point]
                 ) -> list[Row]:
    """The mapping at every depth, in the new version's order (removed points last at each
    level), as rows a reviewer reads; points are named by their places (see the module
    notes). A sub-point paired across parents is one ``moved`` row where it now stands, and
    not removed or added."""
    return _Rows(alignment, old, new).rows


def unreported_rows(rows: Sequence[Row], old: PlanVersion,
                    hidden: Sequence[str]) -> tuple[Row, ...]:
    """``rows`` with each removed point that a partial version lists as not reported
    (``DOCUMENT@VERSION#ID`` refs into ``old``), and each sub-point of one, said to be that
    (as the comparison counts them)."""
    paths = point_paths(old.points)
    index = old.point_index()
    refs = [parsed for ref in hidden if (parsed := parse_point_ref(ref)) is not None]
    unreported = {paths[point.id] for ref in refs if ref.version_ref == old.ref
                  and ref.point in index for point in index[ref.point].walk()}
    return tuple(replace(row, kind=NOT_REPORTED)
                 if row.kind == "removed" and set(row.old) <= unreported else row
                 for row in rows)


def mapping_csv(rows: Sequence[Row]) -> str:
    """The rows as CSV (several numbers on one side joined by ``;``; ``review`` in the last
    column where the printed row says ``[review]``), for ``--mapping-out``.
    A place alone in its cell that a spreadsheet would show as another place's number ("1.10"
    as "1.1" where both are points), and a cell a spreadsheet would read as a formula
    ("=1", "+2", "-3", "@4"), are written after an apostrophe, which keeps them text."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    guarded = (_shortened([p for row in rows for p in row.old]),
               _shortened([p for row in rows for p in row.new]))
    for row in rows:
        cells = [";".join(places) for places in (row.old, row.new)]
        cells = ["'" + cell if cell.startswith(_FORMULA) or cell in guard else cell
                 for cell, guard in zip(cells, guarded, strict=True)]
        writer.writerow([*cells, row.kind,
                         "" if row.confidence is None else f"{row.confidence:.2f}",
                         row.evidence, "review" if row.review else ""])
    return out.getvalue()


def _shortened(places: Iterable[str]) -> frozenset[str]:
    """The places that are decimal numbers a spreadsheet shows alike ("1.1" and "1.10")."""
    alike: dict[str, set[str]] = {}
    for place in places:
        if _NUMBER.fullmatch(place):
            alike.setdefault(_shown(place), set()).add(place)
    return frozenset(p for group in alike.values() if len(group) > 1 for p in group)


def row_line(row: Row) -> str:
    """``10 -> 5  merge  0.86  similar text: guarantee, invades`` (``review`` when unsure);
    ``1(b) -> 2(b)  moved  0.93  similar text, across parents: commission, guarantors``."""
    old = ", ".join(row.old) or "-"
    new = ", ".join(row.new) or "-"
    line = f"{old} -> {new}  {row.kind}"
    if row.confidence is not None:
        line += f"  {row.confidence:.2f}  {row.evidence}"
    if row.review:
        line += "  [review]"
    return line


def _columns(text: str) -> int:
    """How many terminal columns ``text`` takes (a wide CJK character takes two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def row_lines(row: Row, width: int | None = None) -> list[str]:
    """:func:`row_line` two columns in, wrapped at its spaces to fit ``width`` terminal
    columns (None: one line), each further line six columns in: a long merge row or its
    evidence in Japanese does not run past an 80-column terminal and break mid-word."""
    line = "  " + row_line(row)
    if width is None or _columns(line) <= width:
        return [line]
    lines: list[str] = []
    current, fresh = "  ", True
    for word in row_line(row).split(" "):  # "" between two spaces keeps them
        if fresh and not word:
            continue
        joined = current + word if fresh else f"{current} {word}"
        if not fresh and word and _columns(joined) > width:
            lines.append(current.rstrip())
            joined = " " * 6 + word
        current, fresh = joined, False
    lines.append(current.rstrip())
    return lines


__all__ = ["CSV_HEADER", "Corrections", "Resolved", "Row", "check_mapping_out", "check_replacing",
           "mapping_csv",
           "mapping_rows", "parse_link", "resolve", "row_line", "row_lines", "unkept"]
