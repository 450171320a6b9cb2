"""A plans tree: every version of every document, indexed by reference.

``plans/<document>/<version>.json`` files; ``plans/topics.json`` may extend the topic
vocabulary and ``plans/plandiff.json`` configures the build. Loading a corpus never raises
for a broken file: the file is kept with its problems and left out of the index.
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from plandiff.errors import InputError, Problem
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.jsonsource import check_regular
from plandiff.plans.loading import LoadedFile, data_of, read_plan_file
from plandiff.plans.model import PlanVersion, Point
from plandiff.plans.refs import parse_point_ref, split_version_ref
from plandiff.plans.topics import Vocabulary, load_vocabulary

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
    """The path as a user should see it: relative to the working folder when inside it.

    Only the folders are resolved: a symbolic link is shown by its own name, not its target's.
    """
    try:
        full = path.absolute()
        return str((full.parent.resolve() / full.name).relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):
        return str(path)


def is_folder(path: Path) -> bool:
    """``path.is_dir()``, false instead of an error for names the system refuses (too long,
    a symbolic link loop, no permission)."""
    try:
        return path.is_dir()
    except (OSError, RuntimeError):
        return False


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

    def broken(self, document: str | None = None) -> tuple[LoadedFile, ...]:
        """Files that could not be loaded: all, or those in ``document``'s folder (or
        claiming to belong to it)."""
        out = []
        for loaded in self.files:
            if loaded.plan is not None:
                continue
            claimed = loaded.source.data.get("document") if loaded.source is not None \
                and isinstance(loaded.source.data, dict) else None
            if document is None or loaded.path.parent.name == document or claimed == document:
                out.append(loaded)
        return tuple(out)

    def unreadable(self, ref: str) -> LoadedFile | None:
        """The file that could not be loaded and holds version ``ref`` (``DOCUMENT@VERSION``),
        by its place (``DOCUMENT/VERSION.json``) or by the document and version its JSON
        names; None when there is none."""
        parts = split_version_ref(ref)
        if parts is None:
            return None
        for loaded in self.files:
            if loaded.plan is not None:
                continue
            data = loaded.source.data if loaded.source is not None else None
            named = (data.get("document"), data.get("version")) if isinstance(data, dict) \
                else None
            if named == parts or (loaded.path.parent.name, loaded.path.stem) == parts:
                return loaded
        return None

    def require_valid(self, document: str | None = None) -> None:
        """Raise :class:`InputError` naming every file of ``document`` (or of the whole tree)
        that could not be loaded, so that no command silently works on part of a document."""
        broken = self.broken(document)
        if not broken:
            return
        problems = tuple(p for f in broken for p in (
            f.problems or (Problem(f.display, "", "invalid plan file", rule="schema"),)))
        raise InputError(problems[0].format(), problems)

    def data_of(self, plan: PlanVersion) -> bytes | None:
        """The exact bytes of the file ``plan`` was loaded from (None if not from this tree)."""
        return data_of(self.files, plan)

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
        raise InputError(f"{ref}: no such version in {where}{self._closest(*parts)}")

    def _closest(self, document: str, version: str) -> str:
        """A hint naming the versions a mistyped reference may mean: of its document, those
        whose id is close or starts with what was typed; the documents, when the document
        itself is unknown."""
        versions = sorted(p.version for p in self.plans if p.document == document)
        if not versions:
            documents = sorted({p.document for p in self.plans})
            close = difflib.get_close_matches(document, documents, n=3, cutoff=0.6)
            return (f" (no document {document!r}; did you mean {', '.join(close)}?)" if close
                    else f" (no document {document!r})" if documents else "")
        started = [v for v in versions if v.startswith(version)]
        close = started or difflib.get_close_matches(version, versions, n=3, cutoff=0.6)
        shown = [f"{document}@{v}" for v in close[:3]]
        more = f" and {len(close) - 3} more" if len(close) > 3 else ""
        return f" (did you mean {', '.join(shown)}{more}?)" if shown else (
            f" (plandiff log {document} lists its {len(versions)} version(s))")


def tree_vocabulary(root: Path | None, limits: Limits = DEFAULT_LIMITS) -> Vocabulary:
    """The vocabulary of a plans tree; a ``topics.json`` that is there but is not a regular
    file (a folder, a pipe, a device, a dangling or looping link) is an :class:`InputError`,
    never silently skipped or opened."""
    if root is not None:
        extra = root / "topics.json"
        if os.path.lexists(extra):
            check_regular(extra, display_path(extra), limits)
    return load_vocabulary(root)


def load_corpus(root: Path, limits: Limits = DEFAULT_LIMITS,
                extra: Sequence[Path] = ()) -> Corpus:
    """Load every plan file under ``root`` (plus ``extra`` files outside it)."""
    folder = is_folder(root)
    paths: Iterable[Path] = discover(root, limits) if folder else []
    seen: set[Path] = set()
    files = []
    for path in [*paths, *extra]:
        key = path.absolute()
        if key in seen:
            continue
        seen.add(key)
        files.append(read_plan_file(path, display_path(path), limits))
    return Corpus(root=root if folder else None, files=tuple(files),
                  vocabulary=tree_vocabulary(root if folder else None, limits))


def first_version_date(root: Path, plan: PlanVersion, limits: Limits = DEFAULT_LIMITS) -> dt.date:
    """The date of the first version of ``plan``'s document (any language) among ``plan`` and
    the valid plan files under ``root``: the document's own date, which every version shares
    (the FRBR work date of an Akoma Ntoso export)."""
    others = load_corpus(root, limits).versions_of(plan.document) if is_folder(root) else []
    return min([plan.date, *(other.date for other in others)])

