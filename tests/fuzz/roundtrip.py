"""The check the draft-reader fuzz targets make of every input (``fuzz_intake.py``,
``fuzz_text_readers.py``): reading it raises nothing but plandiff's own errors, and a plan it
gives loads back as a valid plan file."""

from __future__ import annotations

from pathlib import Path

from plandiff.errors import PlandiffError
from plandiff.limits import Limits
from plandiff.plans.intake import DraftRequest, import_bytes
from plandiff.plans.loading import parse_plan_bytes
from plandiff.plans.serialise import plan_to_json


def check_import(data: bytes, label: str, suffix: str, request: DraftRequest,
                 limits: Limits) -> None:
    """Import ``data`` as the file ``label``; fail (AssertionError) when the plan it gives is
    one the loader refuses. :class:`PlandiffError` (exit code 2 in the CLI) is an answer."""
    try:
        imported = import_bytes(data, label, suffix, request)
    except PlandiffError:
        return
    again = parse_plan_bytes(plan_to_json(imported.plan).encode("utf-8"),
                             Path("fuzz/doc/2025-11-20-fuzz.json"), "imported", limits)
    if again.plan is None:
        raise AssertionError("import wrote a plan the loader refuses: "
                             + "; ".join(p.format() for p in again.problems))
