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
from plandiff.errors import UsageError
from plandiff.plans.model import PlanVersion
from plandiff.plans.resolve import Resolver
from plandiff.render.formats import ComparisonInput


def diff_input(old: str, new: str | None, *, plans_root: Path = Path("plans"),
               options: CompareOptions | None = None, attachment: str | None = None,
               partial: bool = False, covers: tuple[tuple[int, int], ...] = ()
               ) -> tuple[ComparisonInput, tuple[str, ...]]:
    """Load both versions, compare them, and keep the files' exact bytes (PDF reports attach
    them as they were read). Either side may be a draft in any supported format (imported in
    memory); the notes returned say so, and ids of drafts are not used as evidence of
    identity, since an import only makes them up. ``attachment`` (``--attachment``) names
    the attachment read from a saved e-mail (.eml) on either side. Without ``new``, ``old``
    is a Word or OpenDocument file compared before and after its tracked changes.

    ``partial`` (``--partial``; ``covers``, ``--covers N-M``, implies it): ``new`` covers only
    part of ``old``, and the points of ``old`` it leaves out are not reported, never removed
    (:mod:`plandiff.engine.partial`, as ``import --partial`` marks them). Without it, a
    draft ``new`` that looks like a part of its version gets a note saying so."""
    if (partial or covers) and new is None:
        raise UsageError("--partial/--covers: name the NEW version, the text that covers "
                         "only part of OLD")
    resolve = Resolver(plans_root, attachment=attachment)
    old_plan, new_plan = resolve.tracked(old) if new is None else (resolve(old), resolve(new))
    resolve.check_attachment_used()
    originals = (resolve.data_of(old_plan), resolve.data_of(new_plan))
    notes = list(resolve.notes)
    if partial or covers:
        from plandiff.engine.partial import left_out

        new_plan = left_out(old_plan, new_plan, covers)
    elif new is not None and resolve.part_signs.get(new):
        notes.append(f"{new}: it may be only part of its version "
                     f"({'; '.join(resolve.part_signs[new])}): with --partial, the points of "
                     "OLD it leaves out read as not reported, not removed")
    options = options or CompareOptions()
    if resolve.drafts:
        options = dataclasses.replace(
            options, align=dataclasses.replace(options.align, use_ids=False))
    source = ComparisonInput(
        compare(old_plan, new_plan, options=options), old_plan, new_plan, originals=originals)
    return source, tuple(notes)


def compare_refs(old: str, new: str, *, plans_root: Path = Path("plans"),
                 options: CompareOptions | None = None
                 ) -> tuple[Comparison, PlanVersion, PlanVersion]:
    """Load two versions and compare them; returns the comparison and both versions."""
    source, _ = diff_input(old, new, plans_root=plans_root, options=options)
    return source.comparison, source.old, source.new


__all__ = ["compare_refs", "diff_input"]
