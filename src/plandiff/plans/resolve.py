"""Finding a version from a command-line argument: a file path or ``DOCUMENT@VERSION``.

An argument is a path when it names an existing file or ends with ``.json``; otherwise it must
be a ``DOCUMENT@VERSION`` reference into a plans tree (``plans/`` unless told otherwise).
"""

from __future__ import annotations

from pathlib import Path

from plandiff.errors import InputError
from plandiff.limits import Limits
from plandiff.plans.corpus import Corpus, load_corpus
from plandiff.plans.loading import LoadedFile, data_of, read_plan_file, require_plan
from plandiff.plans.model import PlanVersion
from plandiff.plans.refs import split_version_ref


class Resolver:
    """Resolves several arguments against one plans tree, loading the tree at most once."""

    def __init__(self, plans_root: Path, limits: Limits | None = None) -> None:
        self.plans_root = plans_root
        self.limits = limits if limits is not None else Limits.from_env()
        self._corpus: Corpus | None = None
        self._loaded: list[LoadedFile] = []

    def data_of(self, plan: PlanVersion) -> bytes | None:
        """The exact bytes of the file this resolver loaded ``plan`` from."""
        found = data_of(self._loaded, plan)
        if found is None and self._corpus is not None:
            found = self._corpus.data_of(plan)
        return found

    def _load(self, path: Path, display: str) -> PlanVersion:
        loaded = read_plan_file(path, display, self.limits)
        plan = require_plan(loaded)
        self._loaded.append(loaded)
        return plan

    def __call__(self, arg: str) -> PlanVersion:
        path = Path(arg)
        if arg.endswith(".json") or path.exists():
            if path.is_dir():
                raise InputError(f"{arg}: is a folder, not a plan file")
            if not path.exists():
                raise InputError(f"{arg}: no such file")
            return self._load(path, arg)
        parts = split_version_ref(arg)
        if parts is None:
            raise InputError(f"{arg}: no such file, and not a DOCUMENT@VERSION reference")
        direct = self.plans_root / parts[0] / f"{parts[1]}.json"
        if direct.is_file():
            plan = self._load(direct, str(direct))
            if plan.ref == arg:
                return plan
        if not self.plans_root.is_dir():
            raise InputError(f"{arg}: no plans folder {self.plans_root} to look it up in "
                             "(use --plans DIR or give a file path)")
        if self._corpus is None:
            self._corpus = load_corpus(self.plans_root, self.limits)
        return self._corpus.resolve(arg)


__all__ = ["Resolver"]
