"""``plandiff add``: put a new version of a document into a plans tree, linked to its past.

From a text/Markdown draft (through the importer) or a plan JSON file, :func:`add_version`

1. fills in the version's metadata from the options;
2. links it to the latest version of the document in the same language, dated on or before
   it (``supersedes``);
3. aligns its points with that version's and carries the old point ids (and topics, where
   the draft has none) over to every one-to-one pair, a sub-point moved to another parent
   included (so ids stay stable however the draft renumbers or regroups its points), and
   proposes
   ``derived_from`` links for every pair (one-to-one, split or merge) where the point has none
   of its own;
4. validates the result with the same checks as ``plandiff validate`` (schema, model and the
   cross-file rules over the whole tree as it will be), *before* anything is visible;
5. writes ``plans/D/V.json`` atomically: never over an existing version unless ``force``, in
   which case the old file is kept as ``V.json.bak-<n>``; when two adds race for the same
   version, exactly one wins and the other gets a :class:`WriteError`.

The library never prints: the CLI shows the :class:`AddResult`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from plandiff import atomicio
from plandiff.engine.align import Alignment, PairKind, align
from plandiff.engine.compare import compare
from plandiff.engine.comparison import ChangeKind, Comparison
from plandiff.engine.partial import not_reported
from plandiff.errors import InputError, Problem, UsageError, WriteError
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans import rules
from plandiff.plans.corpus import Corpus, display_path, load_corpus
from plandiff.plans.intake import (
    DraftFormat,
    DraftRequest,
    PointsBy,
    RevisionView,
    StructureReport,
    StructureWarnings,
    import_bytes,
    import_file,
)
from plandiff.plans.intake.build import STATED_SOURCE_NOTE
from plandiff.plans.loading import load_plan, parse_plan_bytes
from plandiff.plans.model import (
    POINT_ID,
    AlignmentReview,
    PlanVersion,
    Point,
    Source,
    Status,
    TextKind,
    validation_problems,
)
from plandiff.plans.refs import is_version_ref
from plandiff.plans.serialise import plan_to_json
from plandiff.resources import schema_dir
from plandiff.workflows.mapping import (
    Corrections,
    Row,
    check_mapping_out,
    check_replacing,
    mapping_csv,
    mapping_rows,
    unkept,
    unreported_rows,
)
from plandiff.workflows.mapping import resolve as resolve_corrections

JSON_SUFFIXES = frozenset({".json"})
_TEMP_PREFIX = "x-plandiff-incoming-"
STDIN_LABEL = "<stdin>"
"""How a draft read from standard input is named (in messages and its source's title)."""
_MAX_BACKUPS = 10_000


@dataclass(frozen=True)
class AddRequest:
    """What to add, and where."""

    source: Path
    plans_root: Path = Path("plans")
    source_data: bytes | None = None
    """The draft's bytes when they come from elsewhere than ``source`` (standard input,
    ``plandiff add -``): read as a draft, named ``<stdin>``."""
    document: str | None = None
    """Required for a text draft; for a JSON file, overrides the file's own."""
    version: str | None = None
    title: str | None = None
    date: dt.date | None = None
    status: Status | None = None
    text_kind: TextKind | None = None
    language: str | None = None
    sources: tuple[Source, ...] = ()
    """Replace the version's sources when given."""
    parties: tuple[str, ...] = ()
    supersedes: str | None = None
    """Link to this version instead of the automatic choice."""
    translation_of: str | None = None
    """The version (same document, another language) this one translates."""
    keep_ids: bool = False
    """Do not carry point ids over (only propose ``derived_from``)."""
    force: bool = False
    """Replace an existing version, keeping a backup."""
    limits: Limits = DEFAULT_LIMITS
    corrections: Corrections = field(default_factory=Corrections)
    """A reviewer's corrections to the proposed point mapping (``--link``, ``--unlink``,
    ``--new``, ``--mapping``)."""
    dry_run: bool = False
    """Align and validate, but write no version (to review the mapping first)."""
    mapping_out: Path | None = None
    """Write the final mapping here as CSV (to edit and read back with ``--mapping``)."""
    # Draft import (issue #13): format, how points are found, partial coverage, strictness.
    draft_format: DraftFormat | None = None
    draft_attachment: str | None = None
    """``--attachment``: the attachment of a saved e-mail read as the draft."""
    draft_view: RevisionView = RevisionView.ACCEPTED
    """``--view``: a Word draft's tracked changes read accepted or rejected."""
    draft_column: str | None = None
    """``--column``: the version column of a Word draft's comparison table to read."""
    points_by: PointsBy = PointsBy.MARKERS
    partial: bool = False
    """The text covers only part of the version: earlier points it does not cover are
    ``not_reported``, never removed."""
    covers: tuple[tuple[int, int], ...] = ()
    """The point numbers the text covers (``--covers 1-12``); implies ``partial``."""
    strict: bool = False
    """Structure warnings of the import stop the add (nothing is written)."""


@dataclass(frozen=True)
class AddResult:
    """What :func:`add_version` did."""

    path: Path
    plan: PlanVersion
    predecessor: PlanVersion | None
    comparison: Comparison | None
    carried: tuple[tuple[str, str], ...] = ()
    """(id in the draft, id carried over from the superseded version), where they differ."""
    kept: int = 0
    """Paired points whose id already matched the superseded version's."""
    proposed: tuple[tuple[str, tuple[str, ...]], ...] = ()
    """(point id, derived_from references added) for each point that got links."""
    renamed: tuple[tuple[str, str], ...] = ()
    """(id in the draft, new id) for new points whose id clashed with an existing one."""
    topics: tuple[str, ...] = ()
    """Points that had no topics and got those of the point they continue."""
    backup: Path | None = None
    created_folder: bool = False
    notes: tuple[str, ...] = field(default=())
    """Things the user should know (no earlier version, later versions exist, ...)."""
    mapping: tuple[Row, ...] = ()
    """The final point mapping against the superseded version (after corrections)."""
    written: bool = True
    """False for a dry run."""
    report: StructureReport | None = None
    """The structure report of a draft import (None for a plan JSON file)."""
    not_reported: tuple[str, ...] = ()
    """Earlier points marked not reported (``--partial``/``--covers``)."""


# --------------------------------------------------------------------------- reading


def _read_source(request: AddRequest) -> tuple[PlanVersion, bool, StructureReport | None]:
    """The draft as a plan, whether it came from a draft (its ids are generated), and the
    import's structure report."""
    source = request.source
    shown = display_path(source) if request.source_data is None else STDIN_LABEL
    if source.suffix.lower() in JSON_SUFFIXES and request.draft_format is None \
            and request.source_data is None:
        plan = load_plan(source, shown, request.limits)
        return plan, False, None
    if request.document is None or request.version is None:
        raise UsageError(f"{shown}: a draft needs --document and --version")
    wanted = DraftRequest(
        document=request.document, version=request.version, title=request.title,
        date=request.date, language=request.language, fmt=request.draft_format,
        attachment=request.draft_attachment, view=request.draft_view,
        column=request.draft_column,
        points_by=request.points_by,
        partial=request.partial or bool(request.covers),
        text_kind=request.text_kind or TextKind.PARAPHRASE,
        limits=request.limits)
    imported = (import_file(source, wanted, display=shown) if request.source_data is None
                else import_bytes(request.source_data, shown, "", wanted))
    if request.strict and imported.report.warnings:
        raise StructureWarnings(imported.report)
    return imported.plan, True, imported.report


def _with_stated(given: Source, stated: Sequence[Source]) -> Source:
    """A ``--source-url`` source with no title of its own (its title is its address, as the
    CLI defaults it) titled by the headline the saved page states about itself, and named by
    the page's publisher and date when the page states the same host; as given otherwise."""
    page = next((s for s in stated if s.notes == STATED_SOURCE_NOTE), None)
    if page is None or given.title != given.url:
        return given
    update: dict[str, Any] = {"title": page.title}
    host = urlsplit(given.url).hostname or ""
    if host == urlsplit(page.url).hostname:
        if given.publisher == host:
            update["publisher"] = page.publisher
        if given.date is None and page.date is not None:
            update["date"] = page.date
    return given.model_copy(update=update)


def _with_metadata(plan: PlanVersion, request: AddRequest) -> PlanVersion:
    update: dict[str, Any] = {}
    for name in ("document", "version", "title", "date", "status", "text_kind", "language"):
        value = getattr(request, name)
        if value is not None:
            update[name] = value
    if request.sources:
        update["sources"] = tuple(_with_stated(source, plan.sources)
                                  for source in request.sources)
    if request.parties:
        update["parties"] = request.parties
    if request.translation_of is not None:
        update["translation_of"] = request.translation_of
    return _revalidate(plan, update)


def _revalidate(plan: PlanVersion, update: Mapping[str, Any]) -> PlanVersion:
    """``plan`` with ``update`` applied, checked again by the model."""
    data = plan.model_dump(mode="json", by_alias=True, exclude_none=True)
    for key, value in update.items():
        if isinstance(value, tuple) and value and isinstance(value[0], Source):
            data[key] = [s.model_dump(mode="json", exclude_none=True) for s in value]
        elif isinstance(value, dt.date):
            data[key] = value.isoformat()
        elif isinstance(value, tuple):
            data[key] = list(value)
        elif value is None:
            data.pop(key, None)
        else:
            data[key] = str(value) if hasattr(value, "value") else value
    from pydantic import ValidationError

    try:
        return PlanVersion.model_validate(data)
    except ValidationError as exc:
        problems = validation_problems(exc, plan.ref, "options")
        raise UsageError(problems[0].format(), problems) from None


# --------------------------------------------------------------------------- lineage


def _descendants(corpus: Corpus, document: str, version: str) -> set[str]:
    """Versions of ``document`` that (transitively) supersede ``version``."""
    found: set[str] = set()
    frontier = {version}
    plans = [p for p in corpus.plans if p.document == document]
    while frontier:
        step = {p.version for p in plans if p.supersedes in frontier} - found
        found |= step
        frontier = step
    return found


def choose_predecessor(corpus: Corpus, plan: PlanVersion,
                       explicit: str | None = None) -> tuple[PlanVersion | None, list[str]]:
    """The version ``plan`` should supersede: the latest of its document in its language dated
    on or before it (``explicit`` names one instead), and notes for the user."""
    notes: list[str] = []
    if explicit is not None:
        chosen = corpus.version(f"{plan.document}@{explicit}")
        if chosen is None:
            raise InputError(f"--supersedes {explicit}: no version {plan.document}@{explicit} "
                             "in the plans tree")
        if explicit == plan.version:
            raise UsageError("--supersedes: a version cannot supersede itself")
        return chosen, notes
    excluded = {plan.version} | _descendants(corpus, plan.document, plan.version)
    same_language = [p for p in corpus.versions_of(plan.document, plan.language)
                     if p.version not in excluded]
    earlier = [p for p in same_language if p.date <= plan.date]
    later = [p for p in same_language if p.date > plan.date]
    if later:
        notes.append(f"{len(later)} version(s) of {plan.document} in {plan.language!r} are "
                     f"dated after {plan.date} (latest {later[-1].version}); this version "
                     "does not supersede them")
    if not earlier:
        if not same_language:
            notes.append(f"first version of {plan.document} in {plan.language!r}")
        return None, notes
    return earlier[-1], notes


def _require_versions_readable(corpus: Corpus, document: str) -> None:
    """Refuse to guess the version a draft supersedes while a file of ``document`` cannot be
    read: it may be the latest (a bad merge), and the guess would pass it over unsaid."""
    broken = corpus.broken(document)
    if not broken:
        return
    first = broken[0]
    data = first.source.data if first.source is not None else None
    more = f" (and {len(broken) - 1} more file(s))" if len(broken) > 1 else ""
    if isinstance(data, dict) and not {"document", "version", "points"} & set(data):
        what = (f"{first.display} holds no plan (no document, version or points){more}; move "
                "it out of the plans folder")
    else:
        problem = first.problems[0] if first.problems else None
        what = (f"{problem.format() if problem else first.display + ': invalid plan file'}"
                f"{more}; fix it")
    raise InputError(f"{what}, or name the version the draft supersedes with --supersedes "
                     f"(the latest of {document} cannot be told past a file that cannot be "
                     "read)")


def _points_with_ids(points: Sequence[Point], ids: Mapping[int, str],
                     counter: Iterator[int]) -> tuple[Point, ...]:
    """Rebuild ``points`` with the ids in ``ids`` (keyed by walk position)."""
    out = []
    for point in points:
        position = next(counter)
        children = _points_with_ids(point.points, ids, counter)
        out.append(point.model_copy(update={"id": ids[position], "points": children}))
    return tuple(out)


def _temporary_ids(plan: PlanVersion, taken: set[str]) -> PlanVersion:
    """``plan`` with every point id replaced by one no other version uses, so that the aligner
    pairs generated ids on their text, never on a coincidentally equal id."""
    ids: dict[int, str] = {}
    serial = 0
    for position, _ in enumerate(plan.walk()):
        while True:
            serial += 1
            candidate = f"{_TEMP_PREFIX}{serial}"
            if candidate not in taken:
                break
        ids[position] = candidate
    return plan.model_copy(update={"points": _points_with_ids(plan.points, ids, iter(range(
        10**9)))})


@dataclass
class _Lineage:
    """What the alignment says about each new point (keyed by its id in the probe)."""

    carry: dict[str, str] = field(default_factory=dict)
    """probe id → old id, for one-to-one pairs."""
    links: dict[str, list[str]] = field(default_factory=dict)
    """probe id → old ids it derives from (every pair kind)."""


def _collect(alignment: Alignment, lineage: _Lineage) -> None:
    for pair in alignment.pairs:
        # A point that folded its own sub-points in (or carved new ones out of its text) is
        # still that point: one whole on each side, whatever the pair's kind says.
        wholes = (len(pair.old) - len(pair.absorbed_old), len(pair.new) - len(pair.absorbed_new))
        if pair.kind is PairKind.ONE_TO_ONE or wholes == (1, 1):
            lineage.carry[pair.new[0]] = pair.old[0]
        for old_id, new_id in pair.id_links:
            targets = lineage.links.setdefault(new_id, [])
            if old_id not in targets:
                targets.append(old_id)
        if pair.children is not None:
            _collect(pair.children, lineage)
    for cross in alignment.across:  # a sub-point moved to another parent keeps its id too
        lineage.carry[cross.new] = cross.old
        targets = lineage.links.setdefault(cross.new, [])
        if cross.old not in targets:
            targets.append(cross.old)


def _unique_id(base: str, taken: set[str]) -> str:
    for n in range(2, 10**6):
        suffix = f"-{n}"
        candidate = base[: 128 - len(suffix)] + suffix
        if candidate not in taken:
            return candidate
    raise InputError(f"cannot find a free point id for {base!r}")  # pragma: no cover


@dataclass(frozen=True)
class _Relinked:
    plan: PlanVersion
    carried: tuple[tuple[str, str], ...]
    kept: int
    proposed: tuple[tuple[str, tuple[str, ...]], ...]
    renamed: tuple[tuple[str, str], ...]
    topics: tuple[str, ...]
    mapping: tuple[Row, ...] = ()
    notes: tuple[str, ...] = ()
    """What the corrections did beyond what they say (a link that replaced a merge)."""


def _reviewed_alignment(plan: PlanVersion, probe: PlanVersion, predecessor: PlanVersion,
                        corrections: Corrections, skipped: frozenset[str] = frozenset()
                        ) -> tuple[PlanVersion, Alignment, frozenset[str], frozenset[str],
                                   tuple[str, ...]]:
    """The alignment after a reviewer's corrections: links become the probe's declared
    ``derived_from``, unlinked and new points are never paired, and neither are the old
    points ``skipped``. Returns the probe with the links, the alignment, the old ids and
    draft ids never to pair, and notes on proposed links a ``--link`` replaced."""
    to_probe = {p.id: q.id for p, q in zip(plan.walk(), probe.walk(), strict=True)}
    to_draft = {q: p for p, q in to_probe.items()}
    never_old: frozenset[str] = skipped
    never_new: frozenset[str] = frozenset()
    if corrections:
        proposal = _settled(align(predecessor.points, probe.points, old_ref=predecessor.ref,
                                  new_ref=plan.ref), predecessor, probe, plan.ref,
                            frozenset(), frozenset())
        proposed_links = frozenset((o, to_draft.get(n, n)) for o, n in proposal.links())
        resolved = resolve_corrections(corrections, predecessor.points, plan.points,
                                       proposed_links)
        never_old, never_new = skipped | resolved.never_old, resolved.never_new
        extra: dict[str, list[str]] = {}
        for old_id, new_id in resolved.links:
            extra.setdefault(to_probe[new_id], []).append(f"{predecessor.ref}#{old_id}")
        if extra:
            probe = _with_derived(probe, extra)
    alignment = align(predecessor.points, probe.points, old_ref=predecessor.ref,
                      new_ref=plan.ref, never_old=never_old,
                      never_new=frozenset(to_probe[n] for n in never_new))
    # A mapping CSV's removed and added rows hold: a point the corrections let the aligner
    # pair after all is kept apart (again, until none is: each round keeps one more apart).
    while corrections:
        held = alignment.links()
        paired_old = resolved.stated_old & {o for o, _ in held}
        paired_new = {n for n in resolved.stated_new if to_probe[n] in {m for _, m in held}}
        if not paired_old and not paired_new:
            break
        never_old, never_new = never_old | paired_old, never_new | paired_new
        alignment = align(predecessor.points, probe.points, old_ref=predecessor.ref,
                          new_ref=plan.ref, never_old=never_old,
                          never_new=frozenset(to_probe[n] for n in never_new))
    # what a mapping CSV calls removed or added stays apart in the second alignment too
    apart_old = never_old | (resolved.stated_old if corrections else frozenset())
    apart_new = never_new | (resolved.stated_new if corrections else frozenset())
    alignment = _settled(alignment, predecessor, probe, plan.ref, apart_old,
                         frozenset(to_probe[n] for n in apart_new))
    if corrections:
        reasons = unkept(((o, to_probe[n]) for o, n in resolved.links), alignment,
                         predecessor.points, probe.points,
                         {(o, to_probe[n]): where for (o, n), where in resolved.origins})
        if reasons:
            raise UsageError("; ".join(reasons))
        notes = _replaced(resolved.links, proposed_links, alignment, predecessor, plan,
                          never_old)
        return probe, alignment, never_old, never_new, notes
    return probe, alignment, never_old, never_new, ()


def _replaced(links: Sequence[tuple[str, str]], proposed: frozenset[tuple[str, str]],
              alignment: Alignment, predecessor: PlanVersion, plan: PlanVersion,
              unlinked: frozenset[str]) -> tuple[str, ...]:
    """A note for each new point a ``--link`` gave a source that the proposal had paired with
    other old points, now paired with none and not unlinked by the reviewer: the links to a
    point are all it came from, so the link replaced them (a reviewer adding one point to a
    merge may have meant to keep them)."""
    paired = {o for o, _ in alignment.links()} | unlinked
    old_number = {p.id: p.number for p in predecessor.walk()}
    order = {o: k for k, o in enumerate(old_number)}
    new_number = {p.id: p.number for p in plan.walk()}
    notes = []
    for target in dict.fromkeys(n for _, n in links):
        given = {o for o, n in links if n == target}
        lost = sorted((o for o, n in proposed if n == target and o not in given
                       and o not in paired), key=order.__getitem__)
        if lost:
            named = ", ".join(old_number[o] for o in lost)
            sources = " ".join(f"--link {old_number[o]}={new_number[target]}"
                               for o in sorted(given | set(lost), key=order.__getitem__))
            sole = ", ".join(old_number[o] for o in sorted(given, key=order.__getitem__))
            notes.append(f"--link: new {new_number[target]} now comes from old {sole} alone "
                         f"(the links to a point are all it came from); the proposal also "
                         f"paired old {named} "
                         f"with it, now removed; to keep them give {sources}")
    return tuple(notes)


def _carried_topics(lineage: _Lineage, predecessor: PlanVersion) -> dict[str, tuple[str, ...]]:
    """Probe id → the topics of the old point it continues one to one, for the points whose
    partner has topics: what a point with none of its own takes (:func:`relink`)."""
    old_index = predecessor.point_index()
    return {new: old_index[old].topics for new, old in lineage.carry.items()
            if old in old_index and old_index[old].topics}


def _settled(alignment: Alignment, predecessor: PlanVersion, probe: PlanVersion,
             new_ref: str, never_old: frozenset[str], never_new: frozenset[str]) -> Alignment:
    """The alignment of the version as it will be saved: the draft's points paired one to
    one take their partners' topics (:func:`relink` carries them), and topics are evidence
    the aligner weighs, so a point the saved version pairs on every later diff (a short
    "Open question: territory." between two restated neighbours) is paired here too. The
    new alignment is taken only when it keeps every pair of the first and adds some."""
    lineage = _Lineage()
    _collect(alignment, lineage)
    topics = _carried_topics(lineage, predecessor)

    def carried(points: tuple[Point, ...]) -> tuple[Point, ...]:
        return tuple(point.model_copy(update={
            "points": carried(point.points),
            **({"topics": topics[point.id]} if point.id in topics and not point.topics
               else {})}) for point in points)

    if not topics:
        return alignment
    with_topics = probe.model_copy(update={"points": carried(probe.points)})
    again = align(predecessor.points, with_topics.points, old_ref=predecessor.ref,
                  new_ref=new_ref, never_old=never_old, never_new=never_new)
    before, after = alignment.links(), again.links()
    return again if after > before else alignment


def _with_derived(plan: PlanVersion, extra: Mapping[str, list[str]]) -> PlanVersion:
    """``plan`` with references added to the ``derived_from`` of the points in ``extra``."""

    def rebuild(points: tuple[Point, ...]) -> tuple[Point, ...]:
        out = []
        for point in points:
            update: dict[str, Any] = {"points": rebuild(point.points)}
            if point.id in extra:
                update["derived_from"] = tuple(dict.fromkeys(
                    (*point.derived_from, *extra[point.id])))
            out.append(point.model_copy(update=update))
        return tuple(out)

    return plan.model_copy(update={"points": rebuild(plan.points)})


def relink(plan: PlanVersion, predecessor: PlanVersion, *, generated_ids: bool,
           keep_ids: bool = False, corrections: Corrections | None = None,
           never_old: frozenset[str] = frozenset()) -> _Relinked:
    """Carry ids over from ``predecessor`` and propose ``derived_from`` links.

    ``generated_ids``: the draft's ids came from the importer, so they are not evidence (the
    aligner sees temporary ids and pairs on text alone); an author's ids are evidence.
    ``never_old``: ids of earlier points left unpaired (a partial copy skipped them).
    """
    import re

    old_ids = set(predecessor.point_index())
    original = [p.id for p in plan.walk()]
    probe = _temporary_ids(plan, old_ids | set(original)) if generated_ids else plan
    probe_ids = [p.id for p in probe.walk()]
    skipped = never_old
    probe, alignment, never_old, never_new, replaced = _reviewed_alignment(
        plan, probe, predecessor, corrections or Corrections(), skipped)
    never_old -= skipped  # not reported, which add records; not a reviewer's unlinking
    lineage = _Lineage()
    _collect(alignment, lineage)
    mapping = tuple(mapping_rows(alignment, predecessor.points, probe.points))

    # Final ids: carried ids first (they are reserved), then the draft's own ids, made unique.
    final: dict[int, str] = {}
    taken: set[str] = set()
    carried: list[tuple[str, str]] = []
    kept = 0
    draft_ids = set(original)
    for position, probe_id in enumerate(probe_ids):
        old = lineage.carry.get(probe_id)
        if not generated_ids and old is not None and old != original[position] and (
                original[position] in old_ids or old in draft_ids):
            # An author's id that names an old point (or an old id the author gave to
            # another point) is deliberate: keep it, the link is proposed instead.
            continue
        if old is not None and not keep_ids and old not in taken:
            final[position] = old
            taken.add(old)
            if old == original[position]:
                kept += 1
            else:
                carried.append((original[position], old))
    renamed: list[tuple[str, str]] = []
    pattern = re.compile(POINT_ID)
    paired_old = {position: lineage.carry[probe_id] for position, probe_id
                  in enumerate(probe_ids) if probe_id in lineage.carry}
    for position, own in enumerate(original):
        if position in final:
            continue
        # An unpaired point must not take the id of a different point of the old version:
        # the aligner would pair them by id next time.
        clash = own in taken or (generated_ids and own in old_ids
                                 and paired_old.get(position) != own)
        chosen = _unique_id(own, taken | old_ids) if clash else own
        if not pattern.fullmatch(chosen):  # pragma: no cover - ids come from valid plans
            chosen = _unique_id("point", taken | old_ids)
        if chosen != own:
            renamed.append((own, chosen))
        final[position] = chosen
        taken.add(chosen)

    relinked = plan.model_copy(update={"points": _points_with_ids(
        plan.points, final, iter(range(10**9)))})
    # derived_from proposals, keyed by final id
    proposals: dict[str, tuple[str, ...]] = {}
    for position, probe_id in enumerate(probe_ids):
        old_links = lineage.links.get(probe_id)
        if old_links:
            proposals[final[position]] = tuple(f"{predecessor.ref}#{o}" for o in old_links)
    proposed: list[tuple[str, tuple[str, ...]]] = []

    carried_topics = _carried_topics(lineage, predecessor)
    topics_from = {final[position]: carried_topics[probe_id]
                   for position, probe_id in enumerate(probe_ids) if probe_id in carried_topics}
    topics_carried: list[str] = []

    def with_links(points: tuple[Point, ...]) -> tuple[Point, ...]:
        out = []
        for point in points:
            update: dict[str, Any] = {"points": with_links(point.points)}
            links = proposals.get(point.id)
            if links and not point.derived_from:
                update["derived_from"] = links
                proposed.append((point.id, links))
            topics = topics_from.get(point.id)
            if topics and not point.topics:
                update["topics"] = topics
                topics_carried.append(point.id)
            out.append(point.model_copy(update=update))
        return tuple(out)

    relinked = relinked.model_copy(update={"points": with_links(relinked.points)})
    if never_old or never_new:
        position_of = {own: position for position, own in enumerate(original)}
        review = AlignmentReview(
            against=predecessor.version,
            unlinked=tuple(sorted(f"{predecessor.ref}#{o}" for o in never_old)),
            new=tuple(sorted(final[position_of[n]] for n in never_new)))
        relinked = relinked.model_copy(update={"alignment": review})
    return _Relinked(relinked, tuple(carried), kept, tuple(proposed), tuple(renamed),
                     tuple(topics_carried), mapping, replaced)


def _ids_of_replaced(plan: PlanVersion, replaced: PlanVersion) -> tuple[PlanVersion, int]:
    """``plan`` (a draft read again to replace the version ``replaced``, ``--force``) with
    the ids ``replaced`` gave the points it pairs with, and how many: the same points keep
    their ids whatever ids the importer gives them today (the ids an older plandiff made
    differ: ``Стаття 14-А`` was ``p14-3``, now ``p14-a``), so later versions' links to them
    hold. Only ids: links and topics come from the version it supersedes, as for any draft."""
    linked = relink(plan, replaced, generated_ids=True)
    ids = {position: point.id for position, point in enumerate(linked.plan.walk())}
    same = linked.kept + len(linked.carried)
    return plan.model_copy(update={"points": _points_with_ids(
        plan.points, ids, iter(range(10**9)))}), same


# --------------------------------------------------------------------------- validation


def _schema_ref(root: Path, target: Path, tree: Corpus) -> str | None:
    """``../../schemas/plan-version.schema.json`` when the tree sits next to ``schemas/``;
    else the ``$schema`` most of the tree's version files give (its own convention: a copy of
    the schema, or its published address), when they sit as deep as the new file; else the
    installed package's schema, relative to the new file."""
    base = root.absolute()
    beside = base.parent / "schemas" / "plan-version.schema.json"
    if beside.is_file():
        return Path(os.path.relpath(beside, target.absolute().parent)).as_posix()

    def depth(path: Path) -> int | None:
        where = path.absolute()
        return len(where.relative_to(base).parts) if where.is_relative_to(base) else None

    here = depth(target)
    given = Counter(f.plan.schema_ref for f in tree.files
                    if f.plan is not None and f.plan.schema_ref and here is not None
                    and depth(f.path) == here)
    if given:
        return min(given.items(), key=lambda item: (-item[1], item[0]))[0]
    try:
        return Path(os.path.relpath(schema_dir() / "plan-version.schema.json",
                                    target.absolute().parent)).as_posix()
    except ValueError:  # pragma: no cover - another drive on Windows
        return None


def validate_candidate(corpus: Corpus, root: Path, target: Path, text: str,
                       limits: Limits = DEFAULT_LIMITS) -> list[Problem]:
    """Every problem ``plandiff validate`` would report once ``text`` is at ``target``: in the
    new file itself, and any the new file would cause in the other files of the tree."""
    shown = display_path(target)
    loaded = parse_plan_bytes(text.encode("utf-8"), target, shown, limits)
    if loaded.plan is None:
        return list(loaded.problems)
    key = target.absolute()
    others = [f for f in corpus.files if f.path.absolute() != key]
    after = Corpus(root=corpus.root, files=(*others, loaded), vocabulary=corpus.vocabulary)
    roots = {f.path.absolute(): root for f in (*others, loaded)}
    problems = rules.check(after, [loaded], roots)
    before_corpus = Corpus(root=corpus.root, files=tuple(corpus.files),
                           vocabulary=corpus.vocabulary)
    before = set(rules.check(before_corpus, [f for f in others if f.plan is not None], roots))
    problems.extend(p for p in rules.check(after, [f for f in others if f.plan is not None],
                                           roots) if p not in before)
    return sorted(set(problems), key=lambda p: (p.file, p.line or 0, p.path, p.message))


# --------------------------------------------------------------------------- writing


def _backup(target: Path) -> Path:
    data = target.read_bytes()
    for n in range(1, _MAX_BACKUPS):
        candidate = target.with_name(f"{target.name}.bak-{n}")
        if candidate.exists():
            continue
        try:
            atomicio.atomic_write_bytes(candidate, data, overwrite=False)
        except (WriteError, FileExistsError):
            continue  # taken meanwhile by another process: try the next number
        return candidate
    raise WriteError(f"{display_path(target)}: too many backups; remove old .bak-N files")


def _exists_error(target: Path) -> WriteError:
    return WriteError(f"{display_path(target)} already exists; plandiff add never overwrites a "
                      "version (use --force to replace it; the old file is kept as a backup)")


def add_version(request: AddRequest) -> AddResult:
    """Add a version to the plans tree (see the module documentation)."""
    if request.mapping_out is not None:
        check_mapping_out(request.mapping_out, request.corrections.mapping)
    draft, generated, report = _read_source(request)
    plan = _with_metadata(draft, request)
    if not is_version_ref(plan.ref):
        raise UsageError(f"{plan.ref}: not a valid DOCUMENT@VERSION")
    root = request.plans_root
    if root.exists() and not root.is_dir():
        raise InputError(f"{root}: not a folder")
    target = root / plan.document / f"{plan.version}.json"
    if (target.exists() or target.is_symlink()) and not request.force:
        raise _exists_error(target)
    corpus = load_corpus(root, request.limits)
    key = target.absolute()
    visible = Corpus(root=corpus.root,
                     files=tuple(f for f in corpus.files if f.path.absolute() != key),
                     vocabulary=corpus.vocabulary)

    notes: list[str] = []
    predecessor: PlanVersion | None
    if plan.supersedes is not None and request.supersedes is None:
        predecessor = visible.version(f"{plan.document}@{plan.supersedes}")
        if predecessor is None:
            raise InputError(f"{display_path(request.source)}:$.supersedes: "
                             f"{plan.document}@{plan.supersedes} is not in {root}")
        notes.append(f"kept the file's own supersedes: {plan.supersedes}")
    else:
        if request.supersedes is None:
            _require_versions_readable(visible, plan.document)
        predecessor, notes = choose_predecessor(visible, plan, request.supersedes)
    plan = _revalidate(plan, {"supersedes": predecessor.version if predecessor else None})
    if generated and not plan.parties and predecessor is not None and predecessor.parties:
        # a draft names no parties (a press copy, a Word file): those of the negotiation it
        # continues, in the same language, said so; --party sets others
        plan = _revalidate(plan, {"parties": predecessor.parties})
        notes.append(f"parties carried over from {predecessor.version}: "
                     f"{', '.join(predecessor.parties)} (--party sets others)")

    carried: tuple[tuple[str, str], ...] = ()
    proposed: tuple[tuple[str, tuple[str, ...]], ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()
    topics: tuple[str, ...] = ()
    kept = 0
    mapping: tuple[Row, ...] = ()
    if request.corrections and predecessor is None:
        raise UsageError("--link, --unlink, --new and --mapping correct the mapping to the "
                         "superseded version, but this version supersedes none")
    replaced = corpus.version(plan.ref) \
        if request.force and generated and not request.keep_ids else None
    if replaced is not None:
        plan, same = _ids_of_replaced(plan, replaced)
        if same:
            notes.append(f"ids of {same} point(s) kept from the file it replaces")
    draft_plan = plan
    if predecessor is not None:
        linked = relink(plan, predecessor, generated_ids=generated, keep_ids=request.keep_ids,
                        corrections=request.corrections)
        plan = linked.plan
        notes.extend(linked.notes)
    hidden: tuple[str, ...] = ()
    if request.partial or request.covers:
        if predecessor is None:
            raise UsageError("--partial/--covers: there is no earlier version of "
                             f"{plan.document} in {plan.language!r} to be partial against")
        hidden = not_reported(predecessor, plan, request.covers)
        # an earlier point the copy says it skipped, which the mapping drew into a merge or
        # a split: mapped again with that point kept apart
        linked_refs = {ref for point in plan.walk() for ref in point.derived_from}
        prefix = f"{predecessor.ref}#"
        skipped = frozenset(ref[len(prefix):] for ref in hidden if ref in linked_refs)
        if skipped:
            linked = relink(draft_plan, predecessor, generated_ids=generated,
                            keep_ids=request.keep_ids, corrections=request.corrections,
                            never_old=skipped)
            plan = linked.plan
        plan = _revalidate(plan, {"not_reported": hidden})
    elif predecessor is not None and report is not None and report.part_signs():
        signs = report.part_signs()
        brief = report.short_of_its_count_only()  # maybe a summary of the whole
        notes.append(f"the text may be only a part of the version "
                     f"({'; '.join(signs)}): if so, add it with --partial, and "
                     "the earlier points it does not cover are not reported rather than "
                     "removed" + ("; if it restates the whole version in fewer points, add "
                                  "it with --text-kind summary" if brief else ""))
    if predecessor is not None:
        carried, kept, mapping = linked.carried, linked.kept, linked.mapping
        proposed, renamed, topics = linked.proposed, linked.renamed, linked.topics
        if hidden:
            mapping = unreported_rows(mapping, predecessor, hidden)
    if plan.schema_ref is None:
        ref = _schema_ref(root, target, visible)
        if ref is not None:
            plan = plan.model_copy(update={"schema_ref": ref})

    text = plan_to_json(plan)
    problems = validate_candidate(visible, root, target, text, request.limits)
    if problems:
        raise InputError(f"{display_path(target)}: the new version would not be valid "
                         f"({len(problems)} problem(s)); nothing was written",
                         tuple(problems))

    comparison = compare(predecessor, plan) if predecessor is not None else None
    if predecessor is not None and comparison is not None and comparison.changes and all(
            change.kind is ChangeKind.UNCHANGED for change in comparison.changes):
        notes.append(f"every point is the same as in {predecessor.version}, which this "
                     "version supersedes (the same draft added again?)")
    if request.mapping_out is not None:
        table = mapping_csv(mapping)
        check_replacing(request.mapping_out, table, request.corrections.mapping)
        atomicio.atomic_write_text(request.mapping_out, table, overwrite=True)
    if request.dry_run:
        return AddResult(path=target, plan=plan, predecessor=predecessor,
                         comparison=comparison,
                         carried=carried, kept=kept, proposed=proposed, renamed=renamed,
                         topics=topics, notes=tuple(notes), mapping=mapping, written=False,
                         report=report, not_reported=hidden)
    folder = target.parent
    created = not folder.exists()
    folder.mkdir(parents=True, exist_ok=True)
    backup: Path | None = None
    if request.force and (target.exists() or target.is_symlink()):
        if target.is_symlink() or not target.is_file():
            raise WriteError(f"{display_path(target)}: not a regular file; not replacing it")
        backup = _backup(target)
        atomicio.atomic_write_text(target, text, overwrite=True)
    else:
        try:
            atomicio.atomic_write_text(target, text, overwrite=False)
        except FileExistsError:
            raise _exists_error(target) from None
        except WriteError as exc:
            if target.exists():
                raise _exists_error(target) from exc
            raise
    return AddResult(path=target, plan=plan, predecessor=predecessor, comparison=comparison,
                     carried=carried, kept=kept, proposed=proposed, renamed=renamed,
                     topics=topics,
                     backup=backup, created_folder=created, notes=tuple(notes),
                     mapping=mapping, report=report, not_reported=hidden)
