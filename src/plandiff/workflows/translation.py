"""``plandiff check-translation`` (and ``validate --translations``): every translation in the
given files, folders or ``DOCUMENT@VERSION`` references compared with its original, findings
located in the translation's file (JSON path and line)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from plandiff.engine.fidelity import Finding, check_translation
from plandiff.errors import InputError, Problem
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.corpus import Corpus, discover, load_corpus
from plandiff.plans.entities import load_entities
from plandiff.plans.loading import LoadedFile
from plandiff.plans.model import DivergenceKind, PlanVersion, Point
from plandiff.plans.refs import split_version_ref


@dataclass(frozen=True)
class LocatedFinding:
    """A finding and where it is: the translation's file, JSON path and line."""

    file: str
    path: str
    line: int | None
    version: str
    """``DOCUMENT@VERSION`` of the translation."""
    original: str
    """``DOCUMENT@VERSION`` of the original."""
    finding: Finding

    def problem(self) -> Problem:
        """The finding as a validate problem (rule ``translation``)."""
        return Problem(file=self.file, path=self.path, line=self.line, rule="translation",
                       message=f"{self.finding.code}: {self.finding.message} "
                               f"(against {self.original})")


@dataclass(frozen=True)
class TranslationReport:
    """What the check found."""

    checked: tuple[str, ...]
    """``DOCUMENT@VERSION`` of every translation checked (with its original)."""
    findings: tuple[LocatedFinding, ...]


def _point_paths(points: Sequence[Point], prefix: tuple[str | int, ...] = ()
                 ) -> Iterator[tuple[str, tuple[str | int, ...]]]:
    for index, point in enumerate(points):
        here = (*prefix, "points", index)
        yield point.id, here
        yield from _point_paths(point.points, here)


def _format(path: tuple[str | int, ...]) -> str:
    from plandiff.plans.jsonsource import format_path

    return format_path(path)


def _locate(loaded: LoadedFile | None, plan: PlanVersion, original: PlanVersion,
            finding: Finding) -> LocatedFinding:
    paths = dict(_point_paths(plan.points))
    where: tuple[str | int, ...]
    if finding.stale:
        index = next((i for i, r in enumerate(plan.translation_divergences)
                      if r.point == finding.point and r.kind == finding.kind), 0)
        where = ("translation_divergences", index)
    elif finding.point in paths and finding.kind is not DivergenceKind.MISSING:
        where = (*paths[finding.point], "text")
    else:
        where = ("points",)
    line = (loaded.source.line_of(where)
            if loaded is not None and loaded.source is not None else None)
    return LocatedFinding(file=loaded.display if loaded is not None else plan.ref,
                          path=_format(where), line=line, version=plan.ref,
                          original=original.ref, finding=finding)


def _chosen(corpus: Corpus, args: Sequence[str], limits: Limits) -> list[PlanVersion]:
    if not args:
        return [p for p in corpus.plans if p.translation_of is not None]
    chosen: list[PlanVersion] = []
    by_path = {f.path.absolute(): f for f in corpus.files}
    for arg in args:
        path = Path(arg)
        if path.is_dir():
            files = discover(path, limits)
            if not files:
                raise InputError(f"{arg}: no plan files (*.json) found in this folder")
            for found in files:
                loaded = by_path.get(found.absolute())
                if loaded is not None and loaded.plan is not None \
                        and loaded.plan.translation_of is not None:
                    chosen.append(loaded.plan)
            continue
        if path.exists() or arg.endswith(".json"):
            loaded = by_path.get(path.absolute())
            if loaded is None:
                raise InputError(f"{arg}: no such file")
            if loaded.plan is None:
                first = loaded.problems[0].format() if loaded.problems else f"{arg}: invalid"
                raise InputError(first, loaded.problems)
            plan = loaded.plan
        elif split_version_ref(arg) is not None:
            plan = corpus.resolve(arg)
        elif any(p.document == arg for p in corpus.plans):
            # a document: every translation of it
            translations = [p for p in corpus.plans
                            if p.document == arg and p.translation_of is not None]
            if not translations:
                raise InputError(f"{arg}: no version of this document is a translation (none "
                                 "has translation_of)")
            chosen.extend(translations)
            continue
        else:
            raise InputError(f"{arg}: no such file, and neither a DOCUMENT@VERSION reference "
                             "nor a document of the plans tree")
        if plan.translation_of is None:
            raise InputError(f"{arg}: {plan.ref} is not a translation (it has no "
                             "translation_of)")
        chosen.append(plan)
    return list({p.ref: p for p in chosen}.values())


def check_translations(args: Sequence[str], plans_root: Path,
                       limits: Limits = DEFAULT_LIMITS) -> TranslationReport:
    """Check every translation ``args`` name (all translations of ``plans_root`` when
    empty). Raises :class:`InputError` when an argument or an original cannot be found."""
    if not args and not plans_root.is_dir():
        raise InputError(f"{plans_root}: no such plans folder (use --plans DIR)")
    extra = [Path(a) for a in args if Path(a).is_file()]
    for arg in args:
        if Path(arg).is_dir():
            extra.extend(discover(Path(arg), limits))
    corpus = load_corpus(plans_root, limits, extra=extra)
    entities = load_entities(plans_root if plans_root.is_dir() else None)
    loaded_of = {id(f.plan): f for f in corpus.files if f.plan is not None}
    findings: list[LocatedFinding] = []
    checked: list[str] = []
    for plan in _chosen(corpus, args, limits):
        original = corpus.version(f"{plan.document}@{plan.translation_of}")
        loaded = loaded_of.get(id(plan))
        if original is None:
            where = loaded.display if loaded is not None else plan.ref
            raise InputError(f"{where}:$.translation_of: no version {plan.translation_of!r} "
                             f"of {plan.document} in {plans_root}")
        checked.append(plan.ref)
        findings.extend(_locate(loaded, plan, original, f)
                        for f in check_translation(original, plan, entities))
    return TranslationReport(checked=tuple(checked), findings=tuple(findings))


__all__ = ["LocatedFinding", "TranslationReport", "check_translations"]
