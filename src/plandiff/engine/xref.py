"""Cross-references inside a version: "as set out in point 12" and its kin.

:func:`find_references` finds references in a point's text or notes, in English, Japanese,
Ukrainian and Russian: ``point 12``, ``points 3–5``, ``points 3, 4 and 7``, ``paragraph 5(b)``,
``Article 2(1)``, ``項目12``, ``第3条``, ``第2項``, ``пункт 12``, ``пунктів 3–5``, ``статті 5``,
``статьи 5``, ``п. 4``. Full-width digits count like ASCII ones.

Precision before recall: a reference that names another text is not one of this version's
("US point 3", "28-point point 8", "the 20-point framework (point 8)", "NATO's Article 5",
"Article 2 of the UN Charter"), so a reference with such a qualifier just before or after it
is left out.

:func:`resolve` finds the point a number names in a version (``5(b)`` is point ``5(b)``, or
sub-point ``b`` of point ``5``); :func:`dangling` lists references that point nowhere (for
``validate``, in texts and notes); :func:`stale_reference_flags` gives, for a comparison, the
``reference`` flags of references in a point's text whose target was renumbered (the same
words now name another clause) or removed (``diff``); notes raise no flag.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

from plandiff.engine.comparison import Change, Flag, FlagKind
from plandiff.plans.model import PlanVersion, Point

_D = "[0-9０-９]"
_NUM = rf"{_D}{{1,4}}(?:\s?[(（][0-9０-９a-zA-Zа-яА-ЯіїєґІЇЄҐ]{{1,4}}[)）])*"
_SEP_LATIN = r"\s*(?:,|;|\band\b|\bor\b|&|\bto\b|[-–—−‐])\s*"
_SEP_CYRILLIC = r"\s*(?:,|;|\bі\b|\bй\b|\bта\b|\bи\b|\bили\b|\bабо\b|\bдо\b|[-–—−‐])\s*"
_LIST_LATIN = rf"(?P<list>{_NUM}(?:{_SEP_LATIN}{_NUM})*)"
_LIST_CYRILLIC = rf"(?P<list>{_NUM}(?:{_SEP_CYRILLIC}{_NUM})*)"


_REFERENCE_SOURCES: tuple[tuple[str, int], ...] = (
    (rf"(?<![\w-])(?P<word>points?|paragraphs?|para\.|articles?|art\.|"
     rf"sections?|clauses?)\s+{_LIST_LATIN}", re.IGNORECASE),
    (rf"(?P<word>(?<![\w-])п\.|пункт\w*|підпункт\w*|подпункт\w*|"
     rf"стат(?:т|ь)\w*|параграф\w*)\s*{_LIST_CYRILLIC}", re.IGNORECASE),
    (rf"(?P<word>項目|ポイント)\s*(?P<list>{_NUM}"
     rf"(?:\s*[、，,・～〜\-–—]\s*{_NUM})*)", 0),
    (rf"(?P<word>第)(?P<list>{_D}{{1,4}})(?P<unit>条|項|節)(?!目)"
     rf"(?:第?(?P<para>{_D}{{1,3}})項)?", 0),
)
"""The reference patterns: Latin, Cyrillic, Japanese "項目 12", Japanese "第3条第2項"."""


@cache
def _reference_pattern(index: int) -> re.Pattern[str]:
    """One of the reference patterns, compiled on first use: an ASCII text needs only the
    Latin one, and a diff of such texts does not pay for compiling the others."""
    source, flags = _REFERENCE_SOURCES[index]
    return re.compile(source, flags)


@dataclass(frozen=True)
class _Regexes:
    """The compiled patterns, made on first use: most texts make no reference and are
    never scanned, so a diff of them does not pay for compiling these at start-up."""

    range: re.Pattern[str]
    num_only: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    alliance: re.Pattern[str]
    other_text: re.Pattern[str]
    sentence_end: re.Pattern[str]


@cache
def _regexes() -> _Regexes:
    return _Regexes(
        range=re.compile(r"^\s*(?:[-–—−‐～〜]|to|до)\s*$", re.IGNORECASE),
        num_only=re.compile(_NUM),
        before=re.compile(
            r"(?:\b\d+\s*-?\s*points?\b|\b(?:US|U\.S\.|European|E3|Russian|Ukrainian|American)\b"
            r"|\b(?:draft|framework|plan|text|version|proposal|NATO(?:'s|’s)?|Charter|Treaty|"
            r"Convention|Statute|Protocol|Agreement|Accords?|Memorandum|Constitution)\b"
            r"|[0-9０-９]+\s*項目|案|草案|憲章|条約|協定|NATO|НАТО|Статут\w*|Договор\w*|Угод\w*"
            r"|Конституц\w*|план\w*|проект\w*)[\s,(（:'’]*(?:\w+\s+){0,1}$",
            re.IGNORECASE),
        after=re.compile(
            r"^\s*(?:of|to|in)\s+(?:the\s+)?(?:[A-Z]|NATO|UN\b|this\s+(?:Charter|Treaty))"
            r"|^\s*(?:Статуту|Договору|договору|Конституції|Устава|Договора|Конституции|НАТО)"
            r"|^\s*(?:の)?(?:憲章|条約|協定)"),
        alliance=re.compile(r"NATO|НАТО|北大西洋"),
        other_text=re.compile(
            r"\d+\s*-?\s*points?\b|\b(?:US|U\.S\.|European|E3)\s+(?:draft|plan|text|"
            r"proposal|counter-proposal|version)|[0-9０-９]+\s*項目(?:案|の)|草案|"
            r"\d+\s*-?\s*пункт", re.IGNORECASE),
        sentence_end=re.compile(r"[.!?。！？;；]\s"),
    )


def _sentence_before(text: str, start: int, limit: int = 200) -> str:
    """The sentence ``text[start]`` is in, up to ``start`` (at most ``limit`` characters)."""
    window = text[max(0, start - limit):start]
    ends = list(_regexes().sentence_end.finditer(window))
    return window[ends[-1].end():] if ends else window


@dataclass(frozen=True)
class Reference:
    """One reference as written, and the point numbers it names."""

    text: str
    start: int
    end: int
    targets: tuple[str, ...]
    """Normalised numbers: ``12``, ``5(b)``, ``2(1)``; a range ``3–5`` gives 3, 4, 5."""


def _normal(number: str) -> str:
    """ASCII digits and brackets, no spaces, lower case: ``５（ｂ）`` → ``5(b)``."""
    return unicodedata.normalize("NFKC", number).replace(" ", "").lower()


def _targets(listing: str) -> tuple[str, ...]:
    regexes = _regexes()
    numbers = [(m.start(), m.end(), _normal(m.group()))
               for m in regexes.num_only.finditer(listing)]
    out: list[str] = []
    for index, (_, end, number) in enumerate(numbers):
        out.append(number)
        if index + 1 < len(numbers):
            between = listing[end:numbers[index + 1][0]]
            nxt = numbers[index + 1][2]
            if regexes.range.match(between) and number.isdigit() and nxt.isdigit():
                low, high = int(number), int(nxt)
                if low < high <= low + 50:
                    out.extend(str(n) for n in range(low + 1, high))
    return tuple(dict.fromkeys(out))


_LATIN_CUES = ("point", "para", "article", "art.", "section", "clause")
"""One of these is in every match of the first pattern, in an ASCII text lowered (the
pattern's words, each cut to a prefix every form of it begins with)."""
_CYRILLIC_CUES = frozenset("пПсС\u1c83")
"""Every match of the second pattern holds one of these (п and с, in every case the
engine's case-insensitive mode gives them)."""


def _patterns_for(text: str) -> tuple[re.Pattern[str], ...]:
    """The patterns that can match ``text`` at all (cheap substring tests in C): skipping a
    scan that cannot match changes no result, and most texts make no reference."""
    if text.isascii():
        lowered = text.lower()
        # _LATIN_CUES, unrolled (no generator for each of thousands of texts)
        if ("point" in lowered or "para" in lowered or "article" in lowered
                or "art." in lowered or "section" in lowered or "clause" in lowered):
            return (_reference_pattern(0),)
        return ()
    needed = (True, not _CYRILLIC_CUES.isdisjoint(text),
              "項目" in text or "ポイント" in text, "第" in text)
    return tuple(_reference_pattern(i) for i, keep in enumerate(needed) if keep)


def find_references(text: str) -> tuple[Reference, ...]:
    """References in ``text`` that name points of the same version, in text order."""
    found: list[Reference] = []
    taken: list[tuple[int, int]] = []
    patterns = _patterns_for(text)
    if not patterns:
        return ()
    regexes = _regexes()
    for pattern in patterns:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            if regexes.before.search(text[max(0, start - 40):start]) or regexes.after.match(
                    text[end:end + 30]):
                continue
            if regexes.other_text.search(_sentence_before(text, start)):
                continue  # "... the 28-point draft left undefined (point 5)"
            if match.group("word").lower().startswith(("art", "стат")) and regexes.alliance.search(
                    text[max(0, start - 100):start]):
                continue  # "NATO ... guarantees mirroring Article 5": the alliance's treaty
            if "unit" in match.groupdict() and match.group("unit") is not None:
                number = _normal(match.group("list"))
                para = match.group("para")
                targets: tuple[str, ...] = ((f"{number}({_normal(para)})",) if para
                                            else (number,))
            else:
                targets = _targets(match.group("list"))
            taken.append((start, end))
            found.append(Reference(text=match.group(), start=start, end=end, targets=targets))
    return tuple(sorted(found, key=lambda r: r.start))


def _number_key(number: str) -> str:
    key = _normal(number).rstrip(".")
    return key[1:-1] if key.startswith("(") and key.endswith(")") else key


def _index(plan: PlanVersion) -> Mapping[str, Point]:
    """Normalised number → point, for every level; a sub-point also answers to
    ``PARENT(SUB)`` (point ``b`` under ``5`` is ``5(b)``). The first point wins."""
    out: dict[str, Point] = {}

    def visit(points: Sequence[Point], parent: str | None) -> None:
        for point in points:
            key = _number_key(point.number)
            out.setdefault(key, point)
            if parent is not None and "(" not in key:
                key = f"{parent}({key})"
                out.setdefault(key, point)
            visit(point.points, key)

    visit(plan.points, None)
    return out


def resolve(number: str, plan: PlanVersion,
            index: Mapping[str, Point] | None = None) -> Point | None:
    """The point of ``plan`` that ``number`` (a target of a :class:`Reference`) names."""
    table = index if index is not None else _index(plan)
    return table.get(_number_key(number))


@dataclass(frozen=True)
class Dangling:
    """A reference that points nowhere in its version."""

    point: Point
    path: tuple[str | int, ...]
    """JSON path of the text holding it: ``("points", 3, "points", 0, "text")``."""
    reference: Reference
    target: str


def _walk(points: Sequence[Point], path: tuple[str | int, ...]
          ) -> Iterator[tuple[Point, tuple[str | int, ...]]]:
    for index, point in enumerate(points):
        here = (*path, "points", index)
        yield point, here
        yield from _walk(point.points, here)


def dangling(plan: PlanVersion) -> tuple[Dangling, ...]:
    """Every reference in a point's text or notes that names no point of ``plan``."""
    table = _index(plan)
    out = []
    for point, path in _walk(plan.points, ()):
        for field, text in (("text", point.text), ("notes", point.notes or "")):
            for reference in find_references(text):
                for target in reference.targets:
                    if resolve(target, plan, table) is None:
                        out.append(Dangling(point, (*path, field), reference, target))
    return tuple(out)


def _describe(point: Point | None, limit: int = 48) -> str:
    if point is None:
        return "no point"
    text = point.title or " ".join(point.text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def stale_reference_flags(old: PlanVersion, new: PlanVersion,
                          changes: Sequence[Change]) -> tuple[Change, ...]:
    """``changes`` with a ``reference`` flag added wherever a reference that the old and the
    new text of a point both make names, in the new version, a clause other than the one it
    named in the old (the target was renumbered, and the number now belongs to another
    clause), or names a clause that was removed."""
    citing = _citing(new)
    if not citing:
        return tuple(changes)
    old_points, new_points = old.point_index(), new.point_index()
    partners: dict[str, set[str]] = {}
    for change in changes:
        for old_id in change.old:
            partners.setdefault(old_id, set()).update(change.new)
    indexes: list[Mapping[str, Point]] = []  # old's and new's number index, made when needed
    out = []
    for change in changes:
        if not change.old or not change.new or citing.isdisjoint(change.new):
            out.append(change)
            continue
        # The new side first: most texts make no reference, and then the old side's need
        # not be looked for.
        new_refs = [reference for new_id in change.new if new_id in new_points
                    for reference in _refs_of(new_points[new_id])]
        if not new_refs:
            out.append(change)
            continue
        if not indexes:
            indexes.extend((_index(old), _index(new)))
        old_index, new_index = indexes
        old_refs = {(r.text, t) for i in change.old if i in old_points
                    for r in _refs_of(old_points[i]) for t in r.targets}
        flags: list[Flag] = []
        for reference in new_refs:
            for target in reference.targets:
                if (reference.text, target) not in old_refs:
                    continue  # a reference the new text makes afresh: validate checks it
                was = resolve(target, old, old_index)
                if was is None:
                    continue  # pointed nowhere already
                now = resolve(target, new, new_index)
                followers = partners.get(was.id, set())
                if now is not None and now.id in followers:
                    continue
                label = reference.text if len(reference.targets) == 1 else (
                    f"{reference.text} ({target})")
                if not followers:
                    new_side = f"{label}: {_describe(now)} (the clause it meant was removed)"
                else:
                    where = ", ".join(sorted(new_points[i].number for i in followers
                                             if i in new_points))
                    new_side = (f"{label}: {_describe(now)} (the clause it meant is now "
                                f"{where})")
                flag = Flag(FlagKind.REFERENCE, f"{label}: {_describe(was)}", new_side)
                if flag not in flags:
                    flags.append(flag)
        out.append(replace(change, flags=change.flags + tuple(flags)) if flags else change)
    return tuple(out)


def _citing(plan: PlanVersion) -> frozenset[str]:
    """Ids of the points of ``plan`` whose text may make a reference (the others are those
    :func:`find_references` finds none in, by the same cue test): a change whose new points
    are none of them gets no flag, and most texts make no reference."""
    return frozenset([point.id for point in plan.walk() if _patterns_for(point.text)])


def _refs_of(point: Point) -> Iterator[Reference]:
    """The references a point's text makes. Its notes are the editor's comments on the
    text, not the text: they raise no flag (``dangling`` still checks them)."""
    yield from find_references(point.text)


__all__ = ["Dangling", "Reference", "dangling", "find_references", "resolve",
           "stale_reference_flags"]
