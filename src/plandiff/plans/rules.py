"""Cross-file rules a plain JSON Schema cannot express.

Point ids unique at every level, source ids unique in a version; ``supersedes``,
``translation_of``, ``derived_from`` and ``not_reported`` resolve (and no point is both derived
from and not reported); dates do not run backwards along ``supersedes``; no supersedes cycles;
topics are in the vocabulary; a file's path matches its document/version; no version id is
used twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from plandiff.errors import Problem
from plandiff.plans.corpus import Corpus
from plandiff.plans.jsonsource import JsonPath, format_path
from plandiff.plans.loading import LoadedFile
from plandiff.plans.model import PlanVersion, Point
from plandiff.plans.refs import parse_point_ref


def _walk(points: tuple[Point, ...], base: JsonPath = ()) -> Iterator[tuple[JsonPath, Point]]:
    for index, point in enumerate(points):
        here = (*base, "points", index)
        yield here, point
        yield from _walk(point.points, here)


def _unique_ids(loaded: LoadedFile, plan: PlanVersion) -> Iterator[Problem]:
    first: dict[str, JsonPath] = {}
    for where, point in _walk(plan.points):
        if point.id in first:
            yield loaded.problem((*where, "id"), f"duplicate point id {point.id!r} "
                                 f"(first used at {format_path(first[point.id])})",
                                 "unique-id")
        else:
            first[point.id] = where


def _unique_source_ids(loaded: LoadedFile, plan: PlanVersion) -> Iterator[Problem]:
    first: dict[str, int] = {}
    for index, source in enumerate(plan.sources):
        if source.id is None:
            continue
        if source.id in first:
            yield loaded.problem(("sources", index, "id"), f"duplicate source id "
                                 f"{source.id!r} (first used at $.sources[{first[source.id]}])",
                                 "unique-id")
        else:
            first[source.id] = index


def _supersedes(loaded: LoadedFile, plan: PlanVersion, corpus: Corpus) -> Iterator[Problem]:
    if plan.supersedes is None:
        return
    if plan.supersedes == plan.version:
        yield loaded.problem(("supersedes",), "a version cannot supersede itself", "reference")
        return
    before = corpus.predecessor(plan)
    if before is None:
        yield loaded.problem(("supersedes",), f"supersedes {plan.supersedes!r}, but "
                             f"{plan.document}@{plan.supersedes} does not exist", "reference")
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
        yield loaded.problem(("translation_of",), f"translation_of {plan.translation_of!r}, "
                             f"but {plan.document}@{plan.translation_of} does not exist",
                             "reference")
    elif original.language == plan.language:
        yield loaded.problem(("translation_of",), f"translation_of {plan.translation_of!r}, "
                             f"which is in the same language ({plan.language})", "reference")


def _point_ref(loaded: LoadedFile, plan: PlanVersion, corpus: Corpus, at: JsonPath, ref: str,
               what: str) -> Iterator[Problem]:
    """Problems of one ``DOCUMENT@VERSION#POINT`` reference into an earlier version."""
    parsed = parse_point_ref(ref)
    if parsed is None:
        yield loaded.problem(at, f"{ref!r} is not DOCUMENT@VERSION#POINT", "reference")
        return
    if parsed.version_ref == plan.ref:
        yield loaded.problem(at, f"{ref} points into its own version", "reference")
        return
    source = corpus.version(parsed.version_ref)
    if source is None:
        yield loaded.problem(at, f"{ref}: version {parsed.version_ref} does not exist",
                             "reference")
    elif parsed.point not in source.point_index():
        yield loaded.problem(at, f"{ref}: no point {parsed.point!r} in "
                             f"{parsed.version_ref}", "reference")
    elif source.date > plan.date:
        yield loaded.problem(at, f"{ref}: {what} a later version "
                             f"({source.date} > {plan.date})", "date-order")


def _derived_from(loaded: LoadedFile, plan: PlanVersion, corpus: Corpus) -> Iterator[Problem]:
    for where, point in _walk(plan.points):
        for index, ref in enumerate(point.derived_from):
            yield from _point_ref(loaded, plan, corpus, (*where, "derived_from", index), ref,
                                  "derived from")


def _not_reported(loaded: LoadedFile, plan: PlanVersion, corpus: Corpus) -> Iterator[Problem]:
    derived = {ref for point in plan.walk() for ref in point.derived_from}
    for index, ref in enumerate(plan.not_reported):
        at: JsonPath = ("not_reported", index)
        yield from _point_ref(loaded, plan, corpus, at, ref, "not reported from")
        if ref in derived:
            yield loaded.problem(at, f"{ref} is listed as not reported, but a point of this "
                                 "version is derived from it", "reference")


def _alignment(loaded: LoadedFile, plan: PlanVersion, corpus: Corpus) -> Iterator[Problem]:
    """A reviewer's record: the version it names exists, its unlinked points are points of
    that version no point here derives from, its new points are points here without
    ``derived_from`` into that version."""
    review = plan.alignment
    if review is None:
        return
    against = f"{plan.document}@{review.against}"
    if corpus.version(against) is None:
        yield loaded.problem(("alignment", "against"), f"version {against} does not exist",
                             "reference")
        return
    derived = {ref for point in plan.walk() for ref in point.derived_from}
    for index, ref in enumerate(review.unlinked):
        at: JsonPath = ("alignment", "unlinked", index)
        if not ref.startswith(against + "#"):
            yield loaded.problem(at, f"{ref} is not a point of {against}", "reference")
            continue
        yield from _point_ref(loaded, plan, corpus, at, ref, "unlinked from")
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


def _topics(loaded: LoadedFile, plan: PlanVersion, corpus: Corpus) -> Iterator[Problem]:
    known = corpus.vocabulary.ids()
    for where, point in _walk(plan.points):
        for index, topic in enumerate(point.topics):
            if topic not in known:
                yield loaded.problem((*where, "topics", index), f"unknown topic {topic!r} "
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


def check(corpus: Corpus, chosen: list[LoadedFile], tree_roots: dict[Path, Path]) -> list[Problem]:
    """Every cross-file problem in ``chosen`` (files of ``corpus``)."""
    counts = Counter(f.plan.ref for f in corpus.files if f.plan is not None)
    problems: list[Problem] = []
    for loaded in chosen:
        plan = loaded.plan
        if plan is None:
            continue
        problems.extend(_unique_ids(loaded, plan))
        problems.extend(_unique_source_ids(loaded, plan))
        problems.extend(_supersedes(loaded, plan, corpus))
        problems.extend(_translation(loaded, plan, corpus))
        problems.extend(_derived_from(loaded, plan, corpus))
        problems.extend(_not_reported(loaded, plan, corpus))
        problems.extend(_alignment(loaded, plan, corpus))
        problems.extend(_topics(loaded, plan, corpus))
        root = tree_roots.get(loaded.path.absolute())
        if root is not None:
            problems.extend(_path(loaded, plan, root))
        if counts[plan.ref] > 1:
            others = sorted(f.display for f in corpus.files
                            if f.plan is not None and f.plan.ref == plan.ref and f is not loaded)
            problems.append(loaded.problem(("version",), f"version {plan.ref} is also defined in "
                                           f"{', '.join(others)}", "duplicate-version"))
    return problems
