"""Translation fidelity: does a translation say what its original says? (data only)

For a version with ``translation_of``, every point is compared with the original point of the
same id, on what must survive any translation:

- points missing from the translation, or only in it;
- numbers and amounts, normalised across scripts and units: ``60万`` = ``600,000`` =
  ``600 тисяч``; ``8000億ドル`` = ``$800 billion`` = ``800 млрд доларів``; ``100日`` = ``100
  days``; full-width digits and kanji numerals before a counter (``二十年``) count too;
- dates (``1 January 2026`` = ``2026年1月1日`` = ``1 січня 2026``);
- negation present on one side only (``not``, ``ない``, ``не``, ``без`` ...);
- parties and places, through the multilingual name table (:mod:`plandiff.plans.entities`).

Precision before recall: the value 1 is ignored ("a year", "一部", "one side" are idioms more
often than amounts), negations are compared as present or absent, not counted, and prefixes
such as ``non-``/``不``/``非`` are not negations (they translate each other as words).

A translation may diverge on purpose; the version records it in ``translation_divergences``
(point, kind, optional value, reason), and :func:`check_translation` leaves recorded findings
out (and reports records that match nothing, so they do not outlive the divergence).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from plandiff.plans.entities import Entity, mentioned, shipped_groups
from plandiff.plans.model import DivergenceKind, PlanVersion, Point

STALE_RECORD = "stale-record"
"""The code of a finding that is a recorded divergence no longer found."""


@dataclass(frozen=True)
class Finding:
    """One divergence of one point, or one recorded divergence that matches none (``stale``).

    The kinds are the ones a version can record (:class:`~plandiff.plans.model.DivergenceKind`:
    ``missing``, ``extra``, ``number``, ``date``, ``negation``, ``party``), so a finding and the
    record that excuses it speak the same words."""

    kind: DivergenceKind
    """What differs; for a stale record, the kind the record names."""
    point: str
    """The point id (in both versions)."""
    value: str
    """What differs: a normalised number (``600000``), a date (``2026-01-01``), an entity id,
    ``original``/``translation`` for the side with a negation, the point id for
    missing/extra; for a stale record, the kind the record names."""
    original: str
    """How the original says it (empty when it does not)."""
    translation: str
    """How the translation says it (empty when it does not)."""
    message: str
    field: str = "text"
    """Where in the point: ``text`` (or ``points`` for a missing point)."""
    stale: bool = False
    """A recorded divergence (``translation_divergences``) that no longer matches any
    finding."""

    @property
    def code(self) -> str:
        """The word every output shows: the kind, or ``stale-record``."""
        return STALE_RECORD if self.stale else self.kind.value


# --------------------------------------------------------------------------- numbers

_WORDS_EN = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
             "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90,
             "hundred": 100, "bilateral": 2, "trilateral": 3}
_KANJI = {"〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
          "九": 9}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
_BIG_JA = {"万": 10**4, "億": 10**8, "兆": 10**12}
_SCALE = (
    (re.compile(r"^(?:trillion|tn|трлн\.?|трильйон\w*|триллион\w*)$", re.I), 10**12),
    (re.compile(r"^(?:billion|bn|млрд\.?|мільярд\w*|миллиард\w*)$", re.I), 10**9),
    (re.compile(r"^(?:million|mn|m|млн\.?|мільйон\w*|миллион\w*)$", re.I), 10**6),
    (re.compile(r"^(?:thousand|k|тис\.?|тисяч\w*|тыс\.?|тысяч\w*)$", re.I), 10**3),
)
_LATIN_NUMBER = re.compile(
    r"(?<![A-Za-z0-9.,])(?P<num>\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)"
    r"(?:[\s\u00a0]?(?P<scale>trillion|billion|million|thousand|tn|bn|mn|m|k|трлн\.?|"
    r"млрд\.?|млн\.?|тис\.?|тыс\.?|[а-яіїєґ]*(?:ільярд|иллиард|ільйон|иллион|исяч|ысяч)"
    r"[а-яіїєґ]*)(?![A-Za-zА-Яа-яІіЇїЄєҐґ]))?", re.IGNORECASE)
_JA_NUMBER = re.compile(r"(?:\d+(?:\.\d+)?[兆億万])+(?:\d+(?:\.\d+)?)?|\d+(?:\.\d+)?")
_KANJI_NUMBER = re.compile(
    r"[〇一二三四五六七八九十百千]+(?=[万億兆]?(?:年|か月|カ月|ヶ月|ケ月|日間|日|人|カ国|か国|"
    r"項目|回|つ))")
_WORDS_CYRILLIC = (
    (r"двосторонн|двусторонн", 2), (r"тристоронн|тр[её]хсторонн", 3),
    (r"п['’]?ят[ьи]", 5), (r"чотир(?:и|ьох)|четыр(?:е|[её]х)", 4),
)
_CYRILLIC_NUMBER = re.compile(
    r"(?<![А-Яа-яЁёІіЇїЄєҐґ'’])(?:" + "|".join(f"(?P<w{i}>{p})" for i, (p, _) in
                                            enumerate(_WORDS_CYRILLIC)) + r")[а-яіїєґё]*",
    re.IGNORECASE)
_WORD_NUMBER = re.compile(r"(?<![A-Za-z])(" + "|".join(_WORDS_EN) + r")(?![A-Za-z])",
                          re.IGNORECASE)


def _decimal(text: str) -> Decimal | None:
    digits = re.sub(r"[\s\u00a0\u202f]", "", text)
    if "," in digits and "." in digits:
        digits = digits.replace(",", "")
    elif "," in digits:
        groups = digits.split(",")
        digits = ("".join(groups) if all(len(g) == 3 for g in groups[1:])
                  else digits.replace(",", "."))
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def _canonical(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _kanji_value(text: str) -> int:
    total, current = 0, 0
    for ch in text:
        if ch in _KANJI:
            current = current * 10 + _KANJI[ch]
        else:
            total += (current or 1) * _KANJI_UNITS[ch]
            current = 0
    return total + current


def _ja_value(text: str) -> Decimal | None:
    total = Decimal(0)
    for number, unit in re.findall(r"(\d+(?:\.\d+)?)([兆億万]?)", text):
        value = _decimal(number)
        if value is None:
            return None
        total += value * (_BIG_JA[unit] if unit else 1)
    return total


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    key: str
    text: str


def _numbers(text: str, taken: Sequence[tuple[int, int]]) -> list[_Mention]:
    out: list[_Mention] = []

    def free(start: int, end: int) -> bool:
        return not any(s < end and start < e for s, e in taken) and not any(
            m.start < end and start < m.end for m in out)

    for match in _JA_NUMBER.finditer(text):
        if any(u in match.group() for u in _BIG_JA) and free(*match.span()):
            value = _ja_value(match.group())
            if value is not None:
                out.append(_Mention(*match.span(), _canonical(value), match.group()))
    for match in _LATIN_NUMBER.finditer(text):
        if not free(*match.span()):
            continue
        value = _decimal(match.group("num"))
        if value is None:
            continue
        scale = match.group("scale")
        if scale:
            for pattern, factor in _SCALE:
                if pattern.match(scale.lower()):
                    value *= factor
                    break
            else:
                for stem, factor in (("ільярд", 10**9), ("иллиард", 10**9),
                                     ("ільйон", 10**6), ("иллион", 10**6),
                                     ("исяч", 10**3), ("ысяч", 10**3)):
                    if stem in scale.lower():
                        value *= factor
                        break
        out.append(_Mention(*match.span(), _canonical(value), match.group()))
    for match in _KANJI_NUMBER.finditer(text):
        if free(*match.span()):
            value = Decimal(_kanji_value(match.group()))
            after = text[match.end():match.end() + 1]
            if after in _BIG_JA:
                value *= _BIG_JA[after]
            out.append(_Mention(*match.span(), _canonical(value), match.group()))
    for match in _WORD_NUMBER.finditer(text):
        if free(*match.span()):
            out.append(_Mention(*match.span(), str(_WORDS_EN[match.group(1).lower()]),
                                match.group()))
    for match in _CYRILLIC_NUMBER.finditer(text):
        if free(*match.span()) and match.lastgroup is not None:
            count = _WORDS_CYRILLIC[int(match.lastgroup[1:])][1]
            out.append(_Mention(*match.span(), str(count), match.group()))
    return [m for m in out if m.key != "1" and not _enumeration_count(text, m)]


_COUNTERS = re.compile(r"^(?:者|州|カ国|か国|ヵ国|ヶ国)")


def _enumeration_count(text: str, mention: _Mention) -> bool:
    """``3者`` (the three parties), ``4州`` (the four regions): Japanese counts what the
    original only enumerates; a small count before such a counter is not an amount."""
    return (_COUNTERS.match(text[mention.end:mention.end + 3]) is not None
            and mention.key.isdigit() and int(mention.key) <= 12)


# --------------------------------------------------------------------------- dates

_MONTH_STEMS = (
    ("jan", "січ", "январ"), ("feb", "лют", "феврал"), ("mar", "берез", "март"),
    ("apr", "квіт", "апрел"), ("may", "трав", "ма"), ("jun", "черв", "июн"),
    ("jul", "лип", "июл"), ("aug", "серп", "август"), ("sep", "верес", "сентябр"),
    ("oct", "жовт", "октябр"), ("nov", "листопад", "ноябр"), ("dec", "груд", "декабр"),
)
_MONTH_WORD = (r"(?P<month>(?:january|february|march|april|may|june|july|august|september|"
               r"october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
               r"(?![a-z])\.?"
               r"|січ\w*|лют\w*|берез\w*|квіт\w*|трав\w*|черв\w*|лип\w*|серп\w*|верес\w*"
               r"|жовт\w*|листопад\w*|груд\w*|январ\w*|феврал\w*|март\w*|апрел\w*|ма[яйе]"
               r"|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)")
_DATES = (
    re.compile(r"(?P<year>\d{4})-(?P<mnum>\d{2})-(?P<day>\d{2})"),
    re.compile(r"(?P<year>\d{4})\s*年\s*(?P<mnum>\d{1,2})\s*月(?:\s*(?P<day>\d{1,2})\s*日)?"),
    re.compile(r"(?<!\d)(?P<mnum>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_WORD}(?:\s+(?P<year>\d{{4}}))?"
               r"(?!\w)", re.IGNORECASE),
    re.compile(rf"\b{_MONTH_WORD}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b",
               re.IGNORECASE),
    re.compile(rf"\b{_MONTH_WORD}\s+(?P<year>\d{{4}})\b", re.IGNORECASE),
)


def _month_number(word: str) -> int | None:
    lowered = word.lower().rstrip(".")
    if lowered in ("мая", "май", "мае"):
        return 5
    if lowered == "may":
        return 5 if word.startswith("May") else None  # "may" is a modal verb
    for number, (english, ukrainian, russian) in enumerate(_MONTH_STEMS, 1):
        if (lowered.isascii() and lowered.startswith(english)) or lowered.startswith(
                ukrainian) or (russian != "ма" and lowered.startswith(russian)):
            return number
    return None


def _dates(text: str) -> list[_Mention]:
    out: list[_Mention] = []
    for pattern in _DATES:
        for match in pattern.finditer(text):
            if any(m.start < match.end() and match.start() < m.end for m in out):
                continue
            groups = match.groupdict()
            month = (int(groups["mnum"]) if groups.get("mnum")
                     else _month_number(groups["month"]))
            if month is None or not 1 <= month <= 12:
                continue
            year = groups.get("year")
            day = groups.get("day")
            key = f"{year or '--'}-{month:02d}" + (f"-{int(day):02d}" if day else "")
            out.append(_Mention(*match.span(), key, match.group()))
    return out


# --------------------------------------------------------------------------- negation

_NEGATION = (
    re.compile(r"(?<![A-Za-z])(?:not(?!\s+(?:only|later|less|more)\b)"
               r"|no(?!\s+(?:longer|later|sooner|less|more)\b)|never|neither|nor|without|none"
               r"|cannot|can't|won't|isn't|aren't|doesn't|don't|mustn't|shan't)(?![A-Za-z])",
               re.IGNORECASE),
    re.compile(r"ない|なく|なし|ません|せず|(?<=[かさたなまらがざだばわえけせてねめれげぜでべ])ず"
               r"(?=[、。にともの])"),
    re.compile(r"(?<![\w'’])(?:не|ні|ніколи|ані|без|жодн\w*|нет|ни|никогда|никак\w*)(?![\w'’])",
               re.IGNORECASE),
)


def _negations(text: str) -> list[str]:
    return [m.group() for pattern in _NEGATION for m in pattern.finditer(text)]


# --------------------------------------------------------------------------- comparing


def _normal(text: str) -> str:
    """Full-width digits and letters as ASCII (offsets change; only keys are kept)."""
    return unicodedata.normalize("NFKC", text)


@dataclass(frozen=True)
class _Facts:
    numbers: dict[str, str]
    dates: dict[str, str]
    negations: tuple[str, ...]
    entities: dict[str, str]


def _facts(text: str, entities: Sequence[Entity]) -> _Facts:
    normal = _normal(text)
    dates = _dates(normal)
    numbers = _numbers(normal, [(d.start, d.end) for d in dates])
    found = mentioned(normal, entities)
    return _Facts(numbers={m.key: m.text for m in numbers},
                  dates={m.key: m.text for m in dates},
                  negations=tuple(_negations(normal)), entities=found)


def _dates_match(a: str, b: str) -> bool:
    """Same date, or one side leaves out a part the other gives (year, or day)."""
    pa, pb = a.split("-"), b.split("-")
    if len(pa) != len(pb):
        return a.startswith(b) or b.startswith(a) or a.endswith(b[2:]) or b.endswith(a[2:])
    return all(x == y or "" in (x, y) for x, y in zip(pa, pb, strict=True))


def _order(key: str) -> tuple[Decimal, str]:
    try:
        return Decimal(key), key
    except InvalidOperation:  # pragma: no cover - keys are canonical numbers
        return Decimal(0), key


def _unmatched(left: Mapping[str, str], right: Mapping[str, str]) -> set[str]:
    """The entity ids one side names and the other does not; a group one side names (the
    E3) and all of whose members the other names (Britain, France and Germany) is named on
    both (``groups`` of ``data/entities.json``)."""
    only = set(left) ^ set(right)
    for group, members in shipped_groups().items():
        for one, other in ((left, right), (right, left)):
            if group in one and group not in other and members <= set(other) - set(one):
                only -= {group, *members}
    return only


def compare_point(original: Point, translation: Point,
                  entities: Sequence[Entity]) -> list[Finding]:
    """The divergences of one point pair (same id)."""
    left = _facts(original.text, entities)
    right = _facts(translation.text, entities)
    out: list[Finding] = []
    pid = original.id
    only_left = sorted(set(left.numbers) - set(right.numbers), key=_order)
    only_right = sorted(set(right.numbers) - set(left.numbers), key=_order)
    for a, b in zip(only_left, only_right, strict=False):
        out.append(Finding(DivergenceKind.NUMBER, pid, a, left.numbers[a], right.numbers[b],
                           f"number {left.numbers[a]!r} ({a}) of the original is "
                           f"{right.numbers[b]!r} ({b}) in the translation"))
    for a in only_left[len(only_right):]:
        out.append(Finding(DivergenceKind.NUMBER, pid, a, left.numbers[a], "",
                           f"number {left.numbers[a]!r} ({a}) of the original is not in the "
                           "translation"))
    for b in only_right[len(only_left):]:
        out.append(Finding(DivergenceKind.NUMBER, pid, b, "", right.numbers[b],
                           f"number {right.numbers[b]!r} ({b}) of the translation is not in "
                           "the original"))
    for key in sorted(left.dates):
        if not any(_dates_match(key, k) for k in right.dates):
            out.append(Finding(DivergenceKind.DATE, pid, key, left.dates[key], "",
                               f"date {left.dates[key]!r} ({key}) of the original is not in "
                               "the translation"))
    for key in sorted(right.dates):
        if not any(_dates_match(key, k) for k in left.dates):
            out.append(Finding(DivergenceKind.DATE, pid, key, "", right.dates[key],
                               f"date {right.dates[key]!r} ({key}) of the translation is not "
                               "in the original"))
    if bool(left.negations) != bool(right.negations):
        side = "original" if left.negations else "translation"
        words = ", ".join(dict.fromkeys(left.negations or right.negations))
        out.append(Finding(DivergenceKind.NEGATION, pid, side, ", ".join(left.negations),
                           ", ".join(right.negations),
                           f"negation only in the {side} ({words})"))
    for key in sorted(_unmatched(left.entities, right.entities)):
        if key in left.entities:
            out.append(Finding(DivergenceKind.PARTY, pid, key, left.entities[key], "",
                               f"{left.entities[key]!r} ({key}) of the original is not named "
                               "in the translation"))
        else:
            out.append(Finding(DivergenceKind.PARTY, pid, key, "", right.entities[key],
                               f"{right.entities[key]!r} ({key}) of the translation is not "
                               "named in the original"))
    return out


def compare_translation(original: PlanVersion, translation: PlanVersion,
                        entities: Sequence[Entity]) -> list[Finding]:
    """Every divergence of ``translation`` from ``original``, in the translation's order
    (points only in the original last), before recorded divergences are applied."""
    left = original.point_index()
    right = translation.point_index()
    out: list[Finding] = []
    for point in translation.walk():
        if point.id not in left:
            out.append(Finding(DivergenceKind.EXTRA, point.id, point.id, "", point.number,
                               f"point {point.number} ({point.id}) is not in the original"))
            continue
        out.extend(compare_point(left[point.id], point, entities))
    for point in original.walk():
        if point.id not in right:
            out.append(Finding(DivergenceKind.MISSING, point.id, point.id, point.number, "",
                               f"point {point.number} ({point.id}) of the original is not "
                               "translated", field="points"))
    return out


def _matches(finding: Finding, point: str, kind: DivergenceKind, value: str | None) -> bool:
    """Whether a record (point, kind, optional value) excuses the finding."""
    return (finding.point == point and finding.kind == kind
            and (value is None or finding.value == value))


def check_translation(original: PlanVersion, translation: PlanVersion,
                      entities: Sequence[Entity]) -> list[Finding]:
    """The divergences the translation does not record as intended, then a finding for each
    record that matches nothing (``stale-record``)."""
    records = [(r.point, r.kind, r.value) for r in translation.translation_divergences]
    found = compare_translation(original, translation, entities)
    out = [f for f in found if not any(_matches(f, *record) for record in records)]
    for point, kind, value in records:
        if not any(_matches(f, point, kind, value) for f in found):
            shown = f" {value!r}" if value is not None else ""
            out.append(Finding(kind, point, kind.value, "", "",
                               f"recorded divergence ({kind.value}{shown}) of point {point} "
                               "no longer found: remove it from translation_divergences",
                               field="translation_divergences", stale=True))
    return out


__all__ = ["STALE_RECORD", "Finding", "check_translation", "compare_point",
           "compare_translation"]
