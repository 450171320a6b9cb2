"""Plain-text and Markdown drafts → a plan version (design.md, "Text import format").

Rules, line by line (indentation never matters):

- ``# Title`` (one ``#``) before the first point is the version's title.
- A line that starts with ``N.`` or ``N)`` (N a whole number, ASCII or full-width digits,
  ``．``/``）``/``、`` accepted; "1.5 billion" is not a marker), optionally after a Markdown
  heading or list marker (``#``, ``-``, ``*``, ``+``), bold (``**6.**``) or a word
  ``Point``/``Article``/``Section``/``Clause`` opens top-level point N. With the word, ``:``
  or a dash also work, and a heading line with nothing after the number (``Article 5``)
  opens the point too; "Article 5 of the treaty ..." is running text. After such a word, a
  short remainder that is not a sentence becomes the point's title when the line is a
  Markdown heading or the number is followed by a colon or dash (``## Article 2 — Withdrawal``)
  and more text or sub-points follow; alone on its line it stays the point's text.
- Inside a point opened by such a word (or by ``第N条``), plain ``N.`` lines counting up from
  1 are the numbered paragraphs of that article, sub-points numbered ``2(1)``, ``2(2)``, not
  new top-level points: drafts laid out as articles with numbered paragraphs keep their
  structure. Any other plain number still opens a top-level point. So do ``第1条`` and
  ``第一条`` (kanji numerals); a label in brackets right after it, ``第1条（目的）``, becomes
  the point's title.
- Inside a point, ``a)``, ``(a)``, ``a.``, ``(i)``, ``i)``, ``(1)``, ``（１）`` and ``①`` open
  sub-points. Each marker style is one outline level: a new style nests under the open
  sub-point, a style already open closes the deeper levels. A single letter that could be a
  roman numeral (``(i)``, ``(v)``) is a letter when it follows the letter before it (``(h)``).
- Every other non-blank line continues the current point, joined with one space (runs of
  spaces and tabs inside a line become one space). A blank line inside a point is a paragraph
  break, kept as ``"\\n\\n"`` in the point's text.
- Text before the first point, and Markdown headings between points that do not open a point,
  go into the version's ``notes`` (nothing is lost).

Ids come from the numbers ("p6", "p10-a", "p10-a-ii"), made unique with "-2", "-3" ...;
``number`` is the printed label with ASCII digits ("6", "10(a)"; ``第一条`` → "1").
The language is detected when not given: ``ja`` when Han/kana characters are the largest group
of letters (``zh`` if there is no kana at all), ``ko`` for Hangul, ``uk``/``ru`` for Cyrillic
(Ukrainian і ї є ґ against Russian ы э ъ ё), otherwise ``en``.

An imported version is ``status: draft``, ``text_kind: official`` (the wording as given, not
a paraphrase) unless told otherwise, and carries one placeholder source whose address is under
the reserved ``.invalid`` domain, ``https://plandiff.invalid/import``: the text alone does not
say who published it, and the note on the source says so. The date comes from ``date`` or
from a version id that starts with ``YYYY-MM-DD``; there is no default (no wall clock).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from plandiff.errors import InputError, Problem, UsageError
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.jsonsource import read_bytes
from plandiff.plans.model import SLUG, PlanVersion, Status, TextKind

__all__ = [
    "IMPORT_SOURCE_URL",
    "decode_text_bytes",
    "detect_language",
    "parse_text",
    "read_text_file",
]

IMPORT_SOURCE_URL = "https://plandiff.invalid/import"
"""The placeholder address of an imported text's source (``.invalid`` is reserved: RFC 2606)."""
IMPORT_PUBLISHER = "not recorded (imported with plandiff import)"
IMPORT_SOURCE_NOTE = (
    "Placeholder written by plandiff import: the text file does not say who published it or "
    "where. Replace this entry with the real source."
)

# --- reading and decoding ----------------------------------------------------------------

_BOMS = (
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
"""Control characters that have no place in text (tab, line breaks and form feed do)."""
_CONTROL_SHARE = 0.01


def _problem(display: str, message: str, *, rule: str, line: int | None = None,
             column: int | None = None) -> InputError:
    problem = Problem(file=display, path="", message=message, line=line, column=column,
                      rule=rule)
    return InputError(problem.format(), (problem,))


def _byte_position(data: bytes, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a byte offset in mostly-UTF-8 data."""
    line_start = data.rfind(b"\n", 0, offset) + 1
    line = data.count(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return line, column


def decode_text_bytes(data: bytes, display: str) -> str:
    """UTF-8 (an optional byte-order mark is dropped), or UTF-16/UTF-32 when a byte-order mark
    says so. Binary data and invalid UTF-8 raise :class:`InputError` with line:column."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise _problem(display, f"not valid {name} despite its byte-order mark "
                               f"(at byte {exc.start + len(bom)})", rule="encoding") from None
            break
    else:
        nul = data.find(b"\x00")
        if nul >= 0:
            line, column = _byte_position(data, nul)
            raise _problem(display, "binary file (NUL byte), or UTF-16/UTF-32 without a "
                           "byte-order mark; expected UTF-8 text", rule="encoding",
                           line=line, column=column)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line, column = _byte_position(data, exc.start)
            raise _problem(display, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save "
                           "the file as UTF-8", rule="encoding", line=line,
                           column=column) from None
    controls = len(_CONTROL.findall(text))
    if controls and controls > _CONTROL_SHARE * len(text):
        raise _problem(display, f"binary file ({controls} control characters in "
                       f"{len(text)}); expected text", rule="encoding")
    return text


def read_text_file(path: Path, limits: Limits = DEFAULT_LIMITS, *,
                   display: str | None = None) -> str:
    """The text of a draft file: size-limited, decoded, refused when binary."""
    shown = display if display is not None else str(path)
    return decode_text_bytes(read_bytes(path, shown, limits), shown)


# --- language ----------------------------------------------------------------------------


_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003134f\u3005-\u3007]")
_HANGUL = re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_CYRILLIC = re.compile("[\u0400-\u052f]")
_UKRAINIAN = re.compile("[іїєґІЇЄҐ]")
_RUSSIAN = re.compile("[ыэъёЫЭЪЁ]")
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str:
    """A BCP 47 language tag guessed from the letters of ``text`` (see the module notes)."""
    kana = len(_KANA.findall(text))
    cjk = kana + len(_HAN.findall(text))
    hangul = len(_HANGUL.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    other = len(_LETTER.findall(text)) - cjk - hangul - cyrillic
    best = max(cjk, hangul, cyrillic, other)
    if best <= 0 or other == best:
        return "en"
    if cjk == best:
        return "ja" if kana else "zh"
    if hangul == best:
        return "ko"
    return "uk" if len(_UKRAINIAN.findall(text)) > len(_RUSSIAN.findall(text)) else "ru"


# --- line classification -----------------------------------------------------------------

_FW_DIGITS = str.maketrans(
    "０１２３４５６７８９ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ",
    "0123456789abcdefghijklmnopqrstuvwxyz",
)
_KEYWORDS = r"(?:point|article|section|clause|art\.|пункт|стаття|статья)"
_LEAD = r"^[ \t\u3000]*(?:#{1,6}[ \t]+)?(?:[-*+•][ \t]+)?(?P<bold>\*\*|__)?[ \t]*"
_TAIL = r"(?:\*\*|__)?(?:[ \t\u3000]+|$|(?=[^\s0-9.,]))(?P<rest>.*)$"
"""After a marker: a space, the end of the line, or text that cannot continue a number
(１．全文, 1.Text; not 1.5)."""
_TOP = re.compile(
    _LEAD
    + rf"(?:(?P<kw>{_KEYWORDS})[ \t]*(?P<knum>[0-9０-９]{{1,5}})[ \t]*"
    r"(?:(?P<ksep>[.．:：)）\-–—])|(?=(?:\*\*|__)?[ \t]*$))"
    r"|(?P<num>[0-9０-９]{1,5})[ \t]*[.．)）、])"
    + _TAIL,
    re.IGNORECASE,
)
_KANJI_NUMERALS = "〇零一二三四五六七八九十百千"
_JA_ARTICLE = re.compile(
    _LEAD
    + rf"第[ \t]*(?P<num>[0-9０-９]{{1,5}}|[{_KANJI_NUMERALS}]{{1,8}})[ \t]*条"
    r"(?:[ \t\u3000]*[（(](?P<title>[^）)\n]{1,100})[）)])?"
    r"(?:\*\*|__)?[ \t\u3000:：.．、]*(?P<rest>.*)$"
)
_ROMAN = r"[ivxlcdm]{1,6}"
_SUB = re.compile(
    _LEAD
    + r"(?:[(（][ \t]*(?P<plabel>(?P<pch>[a-zａ-ｚ])(?P=pch)?|[ivxlcdm]{2,6}|[0-9０-９]{1,3})"
    r"[ \t]*[)）]"
    r"|(?P<label>(?P<ch>[a-z])(?P=ch)?|[ivxlcdm]{2,6})[.)）．](?=[ \t]|$|[^\x00-\x7f])"
    r"|(?P<circled>[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]))"
    + _TAIL,
)
_HEADING = re.compile(r"^[ \t]*(?P<hashes>#{1,6})[ \t]+(?P<text>.*?)[ \t]*#*[ \t]*$")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def _kanji_number(text: str) -> int:
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


@dataclass
class _Node:
    label: str
    number: str
    style: str
    title: str | None = None
    keyword: bool = False
    """Opened by a word or heading ("Article 2", "第2条"): plain numbered lines counting up
    from 1 inside it are numbered paragraphs (sub-points), not new top-level points."""
    title_line: bool = False
    """The first line may be the title ("Article 3 — Final provisions"): it is, when more
    text or sub-points follow it; alone, it stays the point's text."""
    paragraphs: list[list[str]] = field(default_factory=lambda: [[]])
    children: list[_Node] = field(default_factory=list)

    def add_line(self, line: str) -> None:
        self.paragraphs[-1].append(line)

    def blank(self) -> None:
        if self.paragraphs[-1]:
            self.paragraphs.append([])

    @property
    def text(self) -> str:
        return "\n\n".join(" ".join(p) for p in self.paragraphs if p)

    def split_title(self) -> None:
        """Move a title line (see ``title_line``) out of the text, if more follows it."""
        lines = [line for paragraph in self.paragraphs for line in paragraph]
        if self.title_line and self.title is None and (len(lines) > 1 or self.children):
            self.title = self.paragraphs[0].pop(0)
            if not self.paragraphs[0] and len(self.paragraphs) > 1:
                self.paragraphs.pop(0)
        self.title_line = False

    def count(self) -> int:
        return 1 + sum(c.count() for c in self.children)


@dataclass
class _Parse:
    title: str | None = None
    notes: list[list[str]] = field(default_factory=lambda: [[]])
    headings: list[tuple[str, int]] = field(default_factory=list)
    """(heading text, index of the top-level point it precedes)."""
    points: list[_Node] = field(default_factory=list)
    stack: list[_Node] = field(default_factory=list)
    """Open sub-points of the current top-level point, outermost first."""

    @property
    def current(self) -> _Node | None:
        if self.stack:
            return self.stack[-1]
        return self.points[-1] if self.points else None


def _clean_line(line: str) -> str:
    return _SPACES.sub(" ", _CONTROL.sub(" ", line)).strip()


def _strip_bold(rest: str, bold: str | None) -> str:
    rest = rest.strip()
    if bold and bold in rest:
        head, _, tail = rest.partition(bold)
        rest = f"{head.strip()} {tail.strip()}".strip()
    return rest


def _sub_style(label: str, parse: _Parse) -> str:
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


def _open_sub(parse: _Parse, label: str, style: str, rest: str) -> None:
    parent_top = parse.points[-1]
    depth = next((i for i, n in enumerate(parse.stack) if n.style == style), None)
    if depth is not None:
        del parse.stack[depth:]
    parent = parse.stack[-1] if parse.stack else parent_top
    number = f"{parent.number}({label})"
    if len(number) > 32:
        number = f"({label})"
    node = _Node(label=label, number=number, style=style)
    if rest:
        node.add_line(rest)
    parent.children.append(node)
    parse.stack.append(node)


def _open_top(parse: _Parse, label: str, rest: str, title: str | None = None,
              keyword: bool = False) -> None:
    node = _Node(label=label, number=label, style="top", title=title, keyword=keyword)
    if rest:
        node.add_line(rest)
    parse.points.append(node)
    parse.stack.clear()


_TITLE_SEPARATORS = frozenset(":：-–—")


def _is_heading_title(raw: str, separator: str | None, rest: str) -> bool:
    """Whether what follows "Article 3" on its line is the article's title: on a Markdown
    heading line, or after a colon or dash, when it is short and not a sentence
    ("Article 3 — Final provisions", "## Article 2: Withdrawal"; not "Article 1. The Parties
    shall ...")."""
    if not rest or len(rest) > 100 or rest[-1] in ".;。":
        return False
    return raw.lstrip(" \t\u3000").startswith("#") or separator in _TITLE_SEPARATORS


def _next_paragraph(parse: _Parse, label: str) -> bool:
    """Whether a plain ``N.`` line is the next numbered paragraph of the open article: the
    article was opened by a word (``Article 2``) and N counts on from its last paragraph
    (from 1)."""
    if not parse.points or not parse.points[-1].keyword:
        return False
    paragraphs = [c for c in parse.points[-1].children if c.style == "paragraph"]
    expected = int(paragraphs[-1].label) + 1 if paragraphs else 1
    return int(label) == expected


def _read_lines(text: str) -> _Parse:
    parse = _Parse()
    for raw in text.splitlines():
        if not raw.strip():
            node = parse.current
            if node is not None:
                node.blank()
            elif parse.notes[-1]:
                parse.notes.append([])
            continue
        top = _TOP.match(raw)
        if top:
            label = str(int((top.group("num") or top.group("knum")).translate(_FW_DIGITS)))
            rest = _clean_line(_strip_bold(top.group("rest"), top.group("bold")))
            keyword = top.group("kw") is not None
            if not keyword and _next_paragraph(parse, label):
                _open_sub(parse, label, "paragraph", rest)  # "1." inside "Article 2": 2(1)
                continue
            _open_top(parse, label, rest, None, keyword)
            parse.points[-1].title_line = keyword and _is_heading_title(
                raw, top.group("ksep"), rest)
            continue
        article = _JA_ARTICLE.match(raw)
        if article:
            raw_number = article.group("num").translate(_FW_DIGITS)
            value = int(raw_number) if raw_number.isdigit() else _kanji_number(raw_number)
            title = _clean_line(article.group("title") or "") or None
            _open_top(parse, str(value), _clean_line(_strip_bold(article.group("rest"),
                                                                 article.group("bold"))),
                      title, keyword=True)
            continue
        sub = _SUB.match(raw) if parse.points else None
        if sub:
            circled = sub.group("circled")
            if circled:
                label, style = str(unicodedata.numeric(circled)).removesuffix(".0"), "circled"
            else:
                label = (sub.group("plabel") or sub.group("label")).translate(_FW_DIGITS)
                style = _sub_style(label, parse)
            _open_sub(parse, label, style,
                      _clean_line(_strip_bold(sub.group("rest"), sub.group("bold"))))
            continue
        heading = _HEADING.match(raw)
        if heading:
            content = _clean_line(heading.group("text"))
            if heading.group("hashes") == "#" and parse.title is None and not parse.points:
                parse.title = content or None
            elif content:
                parse.headings.append((content, len(parse.points)))
            continue
        line = _clean_line(raw)
        node = parse.current
        if node is not None:
            node.add_line(line)
        else:
            parse.notes[-1].append(line)
    return parse


# --- building the plan -------------------------------------------------------------------


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


def _id_part(label: str) -> str:
    part = re.sub(r"[^A-Za-z0-9]+", "-", label).strip("-")
    return part or "x"


def _point_data(node: _Node, prefix: str, used: _IdPool, limits: Limits,
                display: str) -> dict[str, Any]:
    ident = used.unique(f"{prefix}{_id_part(node.label)}")
    node.split_title()
    text = node.text
    if len(text) > limits.max_text_chars:
        raise _problem(display, f"point {node.number}: text of {len(text)} characters is over "
                       f"the limit of {limits.max_text_chars} (set PLANDIFF_MAX_TEXT_CHARS)",
                       rule="limits")
    data: dict[str, Any] = {"id": ident, "number": node.number}
    if node.title:
        data["title"] = node.title[:1000]
    data["text"] = text
    if node.children:
        data["points"] = [_point_data(c, f"{ident}-", used, limits, display)
                          for c in node.children]
    return data


def _notes(parse: _Parse) -> str | None:
    paragraphs = [" ".join(p) for p in parse.notes if p]
    numbers = [p.number for p in parse.points]
    for heading, index in parse.headings:
        if index < len(numbers):
            paragraphs.append(f"Heading before point {numbers[index]}: {heading}")
        else:
            paragraphs.append(f"Heading after the last point: {heading}")
    return "\n\n".join(paragraphs) or None


def _check_slug(value: str, option: str) -> None:
    if not re.fullmatch(SLUG, value) or ".." in value:
        raise UsageError(f"{option} {value!r} is not a valid id: use lowercase letters, digits, "
                         "'.', '_' and '-', starting with a letter or digit")


def _pick_date(date: dt.date | None, version: str) -> dt.date:
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


_SURROGATE = re.compile("[\ud800-\udfff]")


def _sanitise(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    return _SURROGATE.sub("\ufffd", text)


def _line(value: str, fallback: str) -> str:
    cleaned = _clean_line(value.replace("\n", " "))[:1000]
    return cleaned or fallback


def _placeholder_source(label: str) -> dict[str, str]:
    return {"title": _line(f"Text imported from {label}", "Imported text"),
            "publisher": IMPORT_PUBLISHER, "url": IMPORT_SOURCE_URL,
            "notes": IMPORT_SOURCE_NOTE}


def parse_text(text: str, *, document: str, version: str, title: str | None = None,
               date: dt.date | None = None, language: str | None = None,
               source_label: str = "<text>", status: Status | None = None,
               text_kind: TextKind | None = None,
               limits: Limits = DEFAULT_LIMITS) -> PlanVersion:
    """A plan version from a draft's text (see the module notes for the rules).

    ``source_label`` names the input in error messages and in the placeholder source.
    Raises :class:`UsageError` for a bad document/version id or a missing date, and
    :class:`InputError` when no numbered point is found or a limit is exceeded.
    """
    _check_slug(document, "--document")
    _check_slug(version, "--version")
    label = _line(source_label, "<text>")
    # --- Akoma Ntoso XML: sniffed from the content (or a .xml name), read by plans/akoma.py
    from plandiff.plans import akoma

    if akoma.looks_like_akn(text, label):
        return akoma.parse_akn(
            text.encode("utf-8", errors="surrogatepass"), document=document, version=version,
            label=label, title=title, date=date, language=language, status=status,
            text_kind=text_kind, limits=limits, source=_placeholder_source(label))
    # --- end of the Akoma Ntoso hook
    status = status or Status.DRAFT
    text_kind = text_kind or TextKind.OFFICIAL
    when = _pick_date(date, version)
    text = _sanitise(text)
    if not text.strip():
        raise _problem(label, "file is empty; expected numbered points (lines like '1. ...')",
                       rule="import")
    parse = _read_lines(text)
    if not parse.points:
        raise _problem(label, "no numbered points found (expected lines like '1. ...')",
                       rule="import")
    total = sum(p.count() for p in parse.points)
    if total > limits.max_points:
        raise _problem(label, f"{total} points, over the limit of {limits.max_points} "
                       "(set PLANDIFF_MAX_POINTS to raise it)", rule="limits")
    used = _IdPool()
    points = [_point_data(p, "p", used, limits, label) for p in parse.points]
    chosen_title = _line(title or "", "") or parse.title or f"{document} {version}"
    data: dict[str, Any] = {
        "document": document,
        "version": version,
        "title": chosen_title[:1000],
        "date": when.isoformat(),
        "status": Status(status).value,
        "text_kind": TextKind(text_kind).value,
        "language": language or detect_language(text),
        "sources": [_placeholder_source(label)],
        "points": points,
    }
    notes = _notes(parse)
    if notes:
        data["notes"] = notes
    try:
        return PlanVersion.model_validate(data)
    except ValidationError as exc:
        problems = tuple(
            Problem(file=label, path="$." + ".".join(str(p) for p in error["loc"]),
                    message=error["msg"], rule="import")
            for error in exc.errors()
        )
        if any(error["loc"] and error["loc"][0] == "language" for error in exc.errors()):
            raise UsageError(f"--language {language!r} is not a language tag such as en, ja, "
                             "uk") from None
        raise InputError(f"{label}: the imported text is not a valid plan",
                         problems) from None
