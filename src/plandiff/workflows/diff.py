"""``plandiff diff``'s library call: two versions named on the command line (file paths or
``DOCUMENT@VERSION`` under a plans folder) are read, compared and handed to a renderer.

Resolution of names into plan files lives here, above the engine: the engine compares
plan versions it is given and never reads a file.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from plandiff.engine.compare import CompareOptions, compare
from plandiff.engine.comparison import Comparison
from plandiff.plans.model import PlanVersion
from plandiff.plans.resolve import Resolver
from plandiff.render.formats import ComparisonInput


def diff_input(old: str, new: str, *, plans_root: Path = Path("plans"),
               options: CompareOptions | None = None,
               notes: list[str] | None = None) -> ComparisonInput:
    """Load both versions, compare them, and keep the files' exact bytes (PDF reports attach
    them as they were read). A draft file (text, HTML, Word, PDF) is imported in memory; its
    point ids are provisional, so they are no evidence for the aligner, and ``notes`` gets a
    line saying so."""
    resolve = Resolver(plans_root)
    old_plan, new_plan = resolve(old), resolve(new)
    if notes is not None:
        notes.extend(resolve.notes)
    if resolve.drafts:
        options = options if options is not None else CompareOptions()
        options = dataclasses.replace(options, align=dataclasses.replace(options.align,
                                                                         use_ids=False))
    return ComparisonInput(compare(old_plan, new_plan, options=options), old_plan, new_plan,
                           originals=(resolve.data_of(old_plan), resolve.data_of(new_plan)))


def compare_refs(old: str, new: str, *, plans_root: Path = Path("plans"),
                 options: CompareOptions | None = None
                 ) -> tuple[Comparison, PlanVersion, PlanVersion]:
    """Load two versions and compare them; returns the comparison and both versions."""
    source = diff_input(old, new, plans_root=plans_root, options=options)
    return source.comparison, source.old, source.new


__all__ = ["compare_refs", "diff_input"]
