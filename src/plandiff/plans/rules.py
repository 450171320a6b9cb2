"""Cross-file rules a plain JSON Schema cannot express.

Point ids unique at every level, source ids unique in a version; ``supersedes``,
``translation_of``, ``derived_from`` and ``not_reported`` resolve (and no point is both derived
from and not reported); dates do not run backwards along ``supersedes``; no supersedes cycles;
topics are in the vocabulary; a file's path matches its document/version; no version id is
used twice.

A file the schema rejects still gets the rules that need only its points and sources (unique
ids, known topics, ``derived_from`` that resolves), read from its JSON as far as the values
have the right types: one run of ``validate`` reports everything a user must fix.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from plandiff.errors import Problem
from plandiff.plans.corpus import Corpus
from plandiff.plans.jsonsource import JsonPath, format_path
from plandiff.plans.loading import LoadedFile
from plandiff.plans.model import PlanVersion, Point
from plandiff.plans.refs import parse_point_ref


@dataclass(frozen=True)
class _Head:
    """What the point rules need of a version: its ``DOCUMENT@VERSION`` and date (None when
    a schema-invalid file does not give them usably)."""

    ref: str | None
    date: dt.date | None


@dataclass(frozen=True)
class _PointFacts:
    """One point as the rules see it, with where it stands in the file."""

    where: JsonPath
    id: str | None
    derived_from: tuple[tuple[int, str], ...]
    topics: tuple[tuple[int, str], ...]


def _walk(points: tuple[Point, ...], base: JsonPath = ()) -> Iterator[tuple[JsonPath, Point]]:
    for index, point in enumerate(points):
        here = (*base, "points", index)
        yield here, point
        yield from _walk(point.points, here)


def _model_points(plan: PlanVersion) -> Iterator[_PointFacts]:
    for where, point in _walk(plan.points):
        yield _PointFacts(where, point.id, tuple(enumerate(point.derived_from)),
                          tuple(enumerate(point.topics)))


def _strings(value: Any) -> tuple[tuple[int, str], ...]:
    """The string items of a JSON list, each with its index (anything else: none)."""
    if not isinstance(value, list):
        return ()
    return tuple((i, item) for i, item in enumerate(value) if isinstance(item, str))


def _raw_points(data: Any, base: JsonPath = ()) -> Iterator[_PointFacts]:
    """The points of a file's JSON value, read as far as their values have the right types."""
    points = data.get("points") if isinstance(data, dict) else None
    if not isinstance(points, list):
        return
    for index, point in enumerate(points):
        if not isinstance(point, dict):
            continue
        here = (*base, "points", index)
        ident = point.get("id")
        yield _PointFacts(here, ident if isinstance(ident, str) else None,
                          _strings(point.get("derived_from")), _strings(point.get("topics")))
        yield from _raw_points(point, here)


def _raw_head(data: dict[str, Any]) -> _Head:
    document, version = data.get("document"), data.get("version")
    ref = (f"{document}@{version}"
           if isinstance(document, str) and isinstance(version, str) else None)
    try:
        date = dt.date.fromisoformat(data["date"]) if isinstance(data.get("date"), str) else None
    except ValueError:
        date = None
    return _Head(ref, date)


def _raw_source_ids(data: dict[str, Any]) -> Iterator[tuple[int, str]]:
    sources = data.get("sources")
    for index, source in enumerate(sources if isinstance(sources, list) else ()):
        ident = source.get("id") if isinstance(source, dict) else None
        if isinstance(ident, str):
            yield index, ident


def _unique_ids(loaded: LoadedFile, points: list[_PointFacts]) -> Iterator[Problem]:
    first: dict[str, JsonPath] = {}
    for point in points:
        if point.id is None:
            continue
        if point.id in first:
            yield loaded.problem((*point.where, "id"), f"duplicate point id {point.id!r} "
                                 f"(first used at {format_path(first[point.id])})",
                                 "unique-id")
        else:
            first[point.id] = point.where


def _unique_source_ids(loaded: LoadedFile,
                       source_ids: Iterator[tuple[int, str]]) -> Iterator[Problem]:
    first: dict[str, int] = {}
    for index, ident in source_ids:
        if ident in first:
            yield loaded.problem(("sources", index, "id"), f"duplicate source id "
                                 f"{ident!r} (first used at $.sources[{first[ident]}])",
                                 "unique-id")
        else:
            first[ident] = index


_UNREADABLE = "is not a valid plan file (its own problems say why)"


def _missing(corpus: Corpus, ref: str) -> str:
    """Why version ``ref`` is not there to check against: its file cannot be read (said once
    a file, whatever refers to it), or there is none."""
    broken = corpus.unreadable(ref)
    if broken is not None:
        return f"version {ref} is in {broken.display}, which {_UNREADABLE}"
    return ""


def _once(problems: list[Problem]) -> list[Problem]:
    """``problems`` with a version that cannot be read said once a file (at its first
    reference), not at every point derived from it."""
    seen: set[tuple[str, str]] = set()
    out = []
    for problem in problems:
        if problem.message.endswith(_UNREADABLE):
            if (problem.file, problem.message) in seen:
                continue
            seen.add((problem.file, problem.message))
        out.append(problem)
    return out


_ABSENT = re.compile(r"(?:\bbut|\bversion) (\S+@\S+) does not exist$")


def collapse_absent(problems: Sequence[Problem]) -> list[Problem]:
    """``problems`` with a version that does not exist (no file holds it) said once, at the
    first place that names it (in file, line and path order), with how many places do, and
    not once a reference; a version named at one place keeps its own message there."""
    places: dict[str, list[Problem]] = {}
    for problem in problems:
        found = _ABSENT.search(problem.message) if problem.rule == "reference" else None
        if found is not None:
            places.setdefault(found.group(1), []).append(problem)
    many = {ref: group for ref, group in places.items() if len(group) > 1}
    said = {id(p) for group in many.values() for p in group}
    out = [p for p in problems if id(p) not in said]
    for ref, group in many.items():
        first = min(group, key=lambda p: (p.file, p.line or 0, p.path, p.message))
        files = len({p.file for p in group})
        out.append(replace(first, message=f"version {ref} does not exist: {len(group)} places "
                           f"in {files} file{'s' if files > 1 else ''} refer to it (the first "
                           "is here)"))
    return out


def _supersedes(loaded: LoadedFile, plan: PlanVersion, corpus: Corpus) -> Iterator[Problem]:
    if plan.supersedes is None:
        return
    if plan.supersedes == plan.version:
        yield loaded.problem(("supersedes",), "a version cannot supersede itself", "reference")
        return
    before = corpus.predecessor(plan)
    if before is None:
        ref = f"{plan.document}@{plan.supersedes}"
        yield loaded.problem(("supersedes",), _missing(corpus, ref) or (
            f"supersedes {plan.supersedes!r}, but {ref} does not exist"), "reference")
        return
    if before.date > plan.date:
        yield loaded.problem(("date",), f"date {plan.date} is earlier than {before.date} of "
                             f"the version it supersedes ({before.version})", "date-order")
    seen = {plan.version}
    current: PlanVersion | None = before
    while current is not None:
        if current.version in seen:
            yield loaded.problem(("supersedes",), "supersedes chain loops back to "
                                 f"{current.version!r}", "reference")
            return
        seen.add(current.version)
        current = corpus.predecessor(current)


def _translation(loaded: LoadedFile, plan: PlanVersion, corpus: Corpus) -> Iterator[Problem]:
    if plan.translation_of is None:
        return
    original = corpus.version(f"{plan.document}@{plan.translation_of}")
    if original is None:
        ref = f"{plan.document}@{plan.translation_of}"
        yield loaded.problem(("translation_of",), _missing(corpus, ref) or (
            f"translation_of {plan.translation_of!r}, but {ref} does not exist"), "reference")
    elif original.language == plan.language:
        yield loaded.problem(("translation_of",), f"translation_of {plan.translation_of!r}, "
                             f"which is in the same language ({plan.language})", "reference")


def _point_ref(loaded: LoadedFile, head: _Head, corpus: Corpus, at: JsonPath, ref: str,
               what: str) -> Iterator[Problem]:
    """Problems of one ``DOCUMENT@VERSION#POINT`` reference into an earlier version."""
    parsed = parse_point_ref(ref)
    if parsed is None:
        yield loaded.problem(at, f"{ref!r} is not DOCUMENT@VERSION#POINT", "reference")
        return
    if parsed.version_ref == head.ref:
        yield loaded.problem(at, f"{ref} points into its own version", "reference")
        return
    source = corpus.version(parsed.version_ref)
    if source is None:
        yield loaded.problem(at, _missing(corpus, parsed.version_ref) or (
            f"{ref}: version {parsed.version_ref} does not exist"), "reference")
    elif parsed.point not in source.point_index():
        yield loaded.problem(at, f"{ref}: no point {parsed.point!r} in "
                             f"{parsed.version_ref}", "reference")
    elif head.date is not None and source.date > head.date:
        yield loaded.problem(at, f"{ref}: {what} a later version "
                             f"({source.date} > {head.date})", "date-order")


def _derived_from(loaded: LoadedFile, head: _Head, points: list[_PointFacts],
                  corpus: Corpus) -> Iterator[Problem]:
    if head.ref is None:  # its own version unknown: no reference can be judged
        return
    for point in points:
        for index, ref in point.derived_from:
            yield from _point_ref(loaded, head, corpus, (*point.where, "derived_from", index),
                                  ref, "derived from")


def _not_reported(loaded: LoadedFile, plan: PlanVersion, head: _Head,
                  corpus: Corpus) -> Iterator[Problem]:
    derived = {ref for point in plan.walk() for ref in point.derived_from}
    for index, ref in enumerate(plan.not_reported):
        at: JsonPath = ("not_reported", index)
        yield from _point_ref(loaded, head, corpus, at, ref, "not reported from")
        if ref in derived:
            yield loaded.problem(at, f"{ref} is listed as not reported, but a point of this "
                                 "version is derived from it", "reference")


def _alignment(loaded: LoadedFile, plan: PlanVersion, head: _Head,
               corpus: Corpus) -> Iterator[Problem]:
    """A reviewer's record: the version it names exists, its unlinked points are points of
    that version no point here derives from, its new points are points here without
    ``derived_from`` into that version."""
    review = plan.alignment
    if review is None:
        return
    against = f"{plan.document}@{review.against}"
    if corpus.version(against) is None:
        yield loaded.problem(("alignment", "against"), _missing(corpus, against) or (
            f"version {against} does not exist"), "reference")
        return
    derived = {ref for point in plan.walk() for ref in point.derived_from}
    for index, ref in enumerate(review.unlinked):
        at: JsonPath = ("alignment", "unlinked", index)
        if not ref.startswith(against + "#"):
            yield loaded.problem(at, f"{ref} is not a point of {against}", "reference")
            continue
        yield from _point_ref(loaded, head, corpus, at, ref, "unlinked from")
        if ref in derived:
            yield loaded.problem(at, f"{ref} is unlinked, but a point of this version is "
                                 "derived from it", "reference")
    index_here = plan.point_index()
    for index, ident in enumerate(review.new):
        at = ("alignment", "new", index)
        point = index_here.get(ident)
        if point is None:
            yield loaded.problem(at, f"no point {ident!r} in this version", "reference")
        elif any(r.startswith(against + "#") for r in point.derived_from):
            yield loaded.problem(at, f"point {ident!r} is listed as new, but it derives from "
                                 f"{against}", "reference")


def _topics(loaded: LoadedFile, points: list[_PointFacts], corpus: Corpus) -> Iterator[Problem]:
    known = corpus.vocabulary.ids()
    for point in points:
        for index, topic in point.topics:
            if topic not in known:
                yield loaded.problem((*point.where, "topics", index), f"unknown topic {topic!r} "
                                     "(not in schemas/topics.json or plans/topics.json)",
                                     "topic")


def _path(loaded: LoadedFile, plan: PlanVersion, root: Path) -> Iterator[Problem]:
    expected = Path(plan.document) / f"{plan.version}.json"
    try:
        actual = loaded.path.absolute().relative_to(root.absolute())
    except ValueError:
        return
    if actual != expected:
        yield loaded.problem((), f"file should be at {expected.as_posix()} under "
                             f"{root.as_posix()} to match its document and version", "path")


def _point_rules_of_invalid(loaded: LoadedFile, corpus: Corpus) -> list[Problem]:
    """The point and source rules of a file the schema rejected (none for a file that is not
    a JSON object, or one refused before it was parsed)."""
    data = loaded.source.data if loaded.source is not None else None
    if not isinstance(data, dict) or any(p.rule == "limits" for p in loaded.problems):
        return []
    points = list(_raw_points(data))
    return [*_unique_ids(loaded, points), *_unique_source_ids(loaded, _raw_source_ids(data)),
            *_derived_from(loaded, _raw_head(data), points, corpus),
            *_topics(loaded, points, corpus)]


def check(corpus: Corpus, chosen: list[LoadedFile], tree_roots: dict[Path, Path]) -> list[Problem]:
    """Every cross-file problem in ``chosen`` (files of ``corpus``)."""
    counts = Counter(f.plan.ref for f in corpus.files if f.plan is not None)
    problems: list[Problem] = []
    for loaded in chosen:
        plan = loaded.plan
        if plan is None:
            problems.extend(_point_rules_of_invalid(loaded, corpus))
            continue
        points = list(_model_points(plan))
        head = _Head(plan.ref, plan.date)
        problems.extend(_unique_ids(loaded, points))
        problems.extend(_unique_source_ids(
            loaded, ((i, s.id) for i, s in enumerate(plan.sources) if s.id is not None)))
        problems.extend(_supersedes(loaded, plan, corpus))
        problems.extend(_translation(loaded, plan, corpus))
        problems.extend(_derived_from(loaded, head, points, corpus))
        problems.extend(_not_reported(loaded, plan, head, corpus))
        problems.extend(_alignment(loaded, plan, head, corpus))
        problems.extend(_topics(loaded, points, corpus))
        root = tree_roots.get(loaded.path.absolute())
        if root is not None:
            problems.extend(_path(loaded, plan, root))
        if counts[plan.ref] > 1:
            others = sorted(f.display for f in corpus.files
                            if f.plan is not None and f.plan.ref == plan.ref and f is not loaded)
            problems.append(loaded.problem(("version",), f"version {plan.ref} is also defined in "
                                           f"{', '.join(others)}", "duplicate-version"))
    return _once(problems)
