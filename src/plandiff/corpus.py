"""A plans tree: every version of every document, indexed by reference.

``plans/<document>/<version>.json`` files; ``plans/topics.json`` may extend the topic
vocabulary and ``plans/plandiff.json`` configures the build. Loading a corpus never raises
for a broken file: the file is kept with its problems and left out of the index.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from plandiff.errors import InputError, Problem
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.loading import LoadedFile, read_plan_file
from plandiff.model import PlanVersion, Point
from plandiff.refs import parse_point_ref, split_version_ref
from plandiff.topics import Vocabulary, load_vocabulary

CONFIG_FILES = frozenset({"topics.json", "plandiff.json"})


def discover(root: Path, limits: Limits = DEFAULT_LIMITS) -> list[Path]:
    """Plan files under ``root`` in sorted order, without following directory symlinks."""
    found: list[Path] = []
    for current, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        here = Path(current)
        for name in sorted(files):
            if not name.endswith(".json") or name.startswith("."):
                continue
            if here == root and name in CONFIG_FILES:
                continue
            found.append(here / name)
            if len(found) > limits.max_files:
                raise InputError(f"{root}: more than {limits.max_files} JSON files "
                                 "(set PLANDIFF_MAX_FILES to raise it)")
    return found


def display_path(path: Path) -> str:
    """The path as a user should see it: relative to the working folder when inside it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)


@dataclass(frozen=True)
class Corpus:
    """Loaded plan files and an index of the valid ones."""

    root: Path | None
    files: tuple[LoadedFile, ...]
    vocabulary: Vocabulary

    @property
    def plans(self) -> tuple[PlanVersion, ...]:
        """Every valid version, in file order."""
        return tuple(f.plan for f in self.files if f.plan is not None)

    def _index(self) -> dict[str, PlanVersion]:
        index: dict[str, PlanVersion] = {}
        for plan in self.plans:
            index.setdefault(plan.ref, plan)
        return index

    def version(self, ref: str) -> PlanVersion | None:
        """The version ``DOCUMENT@VERSION``, if present and valid."""
        return self._index().get(ref)

    def point(self, ref: str) -> tuple[PlanVersion, Point] | None:
        """The version and point of ``DOCUMENT@VERSION#POINT``, if both exist."""
        parsed = parse_point_ref(ref)
        if parsed is None:
            return None
        plan = self.version(parsed.version_ref)
        if plan is None:
            return None
        point = plan.point_index().get(parsed.point)
        return (plan, point) if point is not None else None

    def documents(self) -> list[str]:
        """Document ids, sorted."""
        return sorted({p.document for p in self.plans})

    def versions_of(self, document: str, language: str | None = None) -> list[PlanVersion]:
        """Versions of a document in date order (then id), optionally of one language."""
        chosen = [p for p in self._index().values() if p.document == document
                  and (language is None or p.language == language)]
        return sorted(chosen, key=lambda p: (p.date, p.version))

    def predecessor(self, plan: PlanVersion) -> PlanVersion | None:
        """The version ``plan`` supersedes, if any."""
        if plan.supersedes is None:
            return None
        return self.version(f"{plan.document}@{plan.supersedes}")

    def pairs(self) -> list[tuple[PlanVersion, PlanVersion]]:
        """Every (superseded, superseding) pair: the consecutive comparisons of the corpus."""
        out = []
        for document in self.documents():
            for plan in self.versions_of(document):
                before = self.predecessor(plan)
                if before is not None:
                    out.append((before, plan))
        return out

    def resolve(self, ref: str) -> PlanVersion:
        """A version by ``DOCUMENT@VERSION``, or an :class:`InputError` saying why not."""
        parts = split_version_ref(ref)
        if parts is None:
            raise InputError(f"{ref}: not a DOCUMENT@VERSION reference")
        plan = self.version(ref)
        if plan is not None:
            return plan
        where = str(self.root) if self.root is not None else "plans/"
        broken = [f for f in self.files if f.plan is None
                  and f.path.stem == parts[1] and f.path.parent.name == parts[0]]
        if broken:
            first = broken[0].problems[0] if broken[0].problems else None
            detail = first.format() if first else f"{broken[0].display}: invalid plan"
            raise InputError(detail, broken[0].problems)
        raise InputError(f"{ref}: no such version in {where}")


def load_corpus(root: Path, limits: Limits = DEFAULT_LIMITS,
                extra: Sequence[Path] = ()) -> Corpus:
    """Load every plan file under ``root`` (plus ``extra`` files outside it)."""
    paths: Iterable[Path] = discover(root, limits) if root.is_dir() else []
    seen: set[Path] = set()
    files = []
    for path in [*paths, *extra]:
        key = path.absolute()
        if key in seen:
            continue
        seen.add(key)
        files.append(read_plan_file(path, display_path(path), limits))
    return Corpus(root=root if root.is_dir() else None, files=tuple(files),
                  vocabulary=load_vocabulary(root if root.is_dir() else None))


def problem_for(loaded: LoadedFile, message: str, rule: str = "io") -> Problem:
    """A whole-file problem."""
    return Problem(file=loaded.display, path="", message=message, rule=rule)
