"""``plandiff validate``: every problem in every given plan file, collected, then returned."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from plandiff.errors import InputError, Problem, one_line, shorten
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans import rules
from plandiff.plans.corpus import Corpus, discover, display_path, load_corpus, tree_vocabulary
from plandiff.plans.loading import LoadedFile, read_plan_file
from plandiff.plans.topics import load_vocabulary
from plandiff.workflows.buildconfig import CONFIG_NAME, checked_config


@dataclass(frozen=True)
class ValidationResult:
    """What ``validate`` found."""

    files: tuple[str, ...]
    """Every plan file checked, as displayed."""
    problems: tuple[Problem, ...]
    """Every problem, sorted by file, then line, then path."""
    unreadable_arguments: tuple[str, ...] = ()
    """Messages for command-line paths that do not exist or hold no plan file (exit code 2)."""
    warnings: tuple[Problem, ...] = ()
    """Things that may be wrong but do not make a file invalid: a cross-reference such as
    "point 12" that names no point of its version, a placeholder source; findings only
    with ``--strict``."""
    invalid_files: tuple[str, ...] = ()
    """Every file with a problem, as displayed, those whose only problem is a reference to a
    version that does not exist included (said once, at the first file naming it)."""
    settings: tuple[str, ...] = ()
    """The build settings files (``plandiff.json``) checked with the plan files, as displayed."""

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems and not self.unreadable_arguments


def find_tree_root(path: Path) -> Path | None:
    """The plans tree a file belongs to: the nearest ancestor with ``topics.json`` or
    ``plandiff.json``, or named ``plans``; else ``./plans`` when it exists."""
    for ancestor in path.absolute().parents:
        if ancestor.name == "plans" or any((ancestor / n).is_file()
                                           for n in ("topics.json", "plandiff.json")):
            return ancestor
    local = Path("plans")
    return local if local.is_dir() else None


def placeholder_sources(item: LoadedFile) -> list[Problem]:
    """A source under the reserved ``.invalid`` domain (what ``plandiff import`` writes when it
    does not know where a text was published) is no source at all."""
    if item.plan is None:
        return []
    out = []
    for index, source in enumerate(item.plan.sources):
        host = (urlsplit(source.url).hostname or "").lower()
        if host == "invalid" or host.endswith(".invalid"):
            out.append(Problem(item.display, f"$.sources[{index}].url",
                               f"placeholder source {source.url}: give the address where the "
                               "text was published", rule="placeholder-source"))
    return out


def validate_paths(paths: Sequence[Path], limits: Limits = DEFAULT_LIMITS) -> ValidationResult:
    """Validate plan files and trees; never raises for anything inside the files."""
    chosen: list[Path] = []
    roots: dict[Path, Path] = {}
    missing: list[str] = []
    context_roots: list[Path] = []
    problems: list[Problem] = []
    for arg in paths:
        try:
            kind = "dir" if arg.is_dir() else "file" if arg.exists() or arg.is_symlink() else ""
        except (OSError, RuntimeError) as exc:  # name too long, loop, no permission
            reason = getattr(exc, "strerror", None) or type(exc).__name__
            missing.append(one_line(f"{shorten(display_path(arg))}: cannot read: {reason}"))
            continue
        if kind == "dir":
            try:
                found = discover(arg, limits)
            except InputError as exc:
                fallback = Problem(str(arg), "", exc.message, rule="limits")
                problems.extend(exc.problems or (fallback,))
                continue
            if not found:
                missing.append(one_line(f"{shorten(str(arg))}: no plan files (*.json) found in "
                                        "this folder"))
                continue
            chosen.extend(found)
            # Files directly inside the folder: it is a document folder, its parent the tree.
            roots.update({f.absolute(): arg.parent if f.parent == arg else arg for f in found})
            context_roots.append(arg)
        elif kind == "file":
            chosen.append(arg)
            root = find_tree_root(arg)
            if root is not None:
                context_roots.append(root)
                if root.absolute() in arg.absolute().parents:
                    roots[arg.absolute()] = root
        else:
            missing.append(one_line(f"{shorten(str(arg))}: no such file or directory"))

    loaded: dict[Path, LoadedFile] = {}
    for path in chosen:
        key = path.absolute()
        if key not in loaded:
            loaded[key] = read_plan_file(path, display_path(path), limits)
    context: list[LoadedFile] = list(loaded.values())
    seen = set(loaded)
    for root in dict.fromkeys(r.absolute() for r in context_roots):
        try:
            tree = discover(root, limits)
        except InputError:
            continue
        for path in tree:
            if path.absolute() not in seen:
                seen.add(path.absolute())
                context.append(read_plan_file(path, display_path(path), limits))
    vocabulary_root = context_roots[0] if context_roots else None
    try:
        vocabulary = tree_vocabulary(vocabulary_root, limits)
    except InputError as exc:
        problems.extend(exc.problems)
        vocabulary = load_vocabulary(None)
    corpus = Corpus(root=vocabulary_root, files=tuple(context), vocabulary=vocabulary)
    mine = list(loaded.values())
    for item in mine:
        problems.extend(item.problems)
    settings = []
    for root in dict.fromkeys(r.absolute() for r in context_roots):
        if os.path.lexists(root / CONFIG_NAME):  # a dangling link too: load_config says so
            settings.append(display_path(root / CONFIG_NAME))
            problems.extend(config_problems(root, corpus, limits))
    checked = rules.check(corpus, mine, roots)
    invalid = {p.file for p in (*problems, *checked)}
    problems.extend(rules.collapse_absent(checked))
    placeholders = [p for item in mine for p in placeholder_sources(item)]
    ordered = sorted(set(problems), key=lambda p: (p.file, p.line or 0, p.path, p.message))
    warnings = sorted({*reference_warnings(mine), *placeholders},
                      key=lambda p: (p.file, p.line or 0, p.path, p.message))
    return ValidationResult(files=tuple(sorted(i.display for i in mine)),
                            problems=tuple(ordered), unreadable_arguments=tuple(missing),
                            warnings=tuple(warnings), invalid_files=tuple(sorted(invalid)),
                            settings=tuple(settings))


def config_problems(root: Path, corpus: Corpus, limits: Limits = DEFAULT_LIMITS
                    ) -> list[Problem]:
    """Every problem of the build settings (``plandiff.json``) a plans tree holds, which
    ``build`` would stop on: checked with the plan files, so that CI finds them first."""
    shown = display_path(root / CONFIG_NAME)
    try:
        checked_config(root, corpus, shown, limits)
    except InputError as exc:
        return list(exc.problems) or [Problem(shown, "", exc.message, rule="config")]
    return []


def reference_warnings(files: Sequence[LoadedFile]) -> list[Problem]:
    """A warning for every cross-reference in a point's text or notes ("point 12", "第3条")
    that names no point of its own version."""
    from plandiff.engine.xref import dangling

    out = []
    for loaded in files:
        if loaded.plan is None:
            continue
        for found in dangling(loaded.plan):
            out.append(loaded.problem(
                found.path, f"{found.reference.text!r} names no point of this version "
                f"(no point {found.target})", "reference"))
    return out


__all__ = ["ValidationResult", "find_tree_root", "load_corpus", "reference_warnings",
           "validate_paths"]
