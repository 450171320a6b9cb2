"""``plandiff import``: a draft of any format → a plan version, with its structure report;
for a partial text, the earlier points it does not cover marked ``not_reported``."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from plandiff.errors import UsageError
from plandiff.limits import DEFAULT_LIMITS, Limits
from plandiff.plans.corpus import load_corpus
from plandiff.plans.intake import DraftRequest, ImportedDraft, StructureWarnings, import_bytes
from plandiff.plans.model import PlanVersion

__all__ = ["ImportRequest", "import_version"]


@dataclass(frozen=True)
class ImportRequest:
    draft: DraftRequest
    covers: tuple[tuple[int, int], ...] = ()
    strict: bool = False
    plans_root: Path = Path("plans")
    supersedes: str | None = None
    """With ``partial``: the earlier version (default: the latest one before it)."""


def _predecessor(request: ImportRequest, plan: PlanVersion, limits: Limits) -> PlanVersion:
    from plandiff.workflows.add import choose_predecessor

    if not request.plans_root.is_dir():
        raise UsageError(f"--partial/--covers: no plans folder {request.plans_root} to find "
                         "the earlier version in (use --plans)")
    corpus = load_corpus(request.plans_root, limits)
    earlier, _ = choose_predecessor(corpus, plan, request.supersedes)
    if earlier is None:
        raise UsageError(f"--partial/--covers: no earlier version of {plan.document} in "
                         f"{plan.language!r} under {request.plans_root}")
    return earlier


def import_version(data: bytes, label: str, suffix: str, request: ImportRequest,
                   limits: Limits = DEFAULT_LIMITS) -> ImportedDraft:
    """Import the draft; raise :class:`StructureWarnings` under ``strict`` when the report
    has warnings."""
    imported = import_bytes(data, label, suffix, request.draft)
    if request.strict and imported.report.warnings:
        raise StructureWarnings(imported.report)
    if not (request.draft.partial or request.covers):
        return imported
    from plandiff.engine.partial import not_reported

    plan = imported.plan
    earlier = _predecessor(request, plan, limits)
    hidden = not_reported(earlier, plan, request.covers)
    plan = PlanVersion.model_validate({
        **plan.model_dump(mode="json", by_alias=True, exclude_none=True),
        "supersedes": earlier.version, "not_reported": list(hidden)})
    return dataclasses.replace(imported, plan=plan)
