"""Golden synopsis cases in tests/synopsis_cases/ (regenerated with the diff cases by the one
command ``python tests/regen_cases.py``, or alone by ``python tests/regen_synopsis.py``).

Each case folder holds ``case.json`` — the input files in column order and the options::

    {"inputs": ["v1.json", "v2.json"], "topics": [], "changed_only": false,
     "points": [], "base": null}

and the input plan files (written by hand, or copied from plans/ first for the cases listed
in SHIPPED). This script writes ``expected.json`` (the synopsis JSON), ``expected.md``
(Markdown), ``expected.txt`` (text, 160 columns: the table) and ``expected-narrow.txt`` (text,
60 columns: one block per clause). Never edit the expected files by hand.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CASES = REPO / "tests" / "synopsis_cases"
PLANS = REPO / "plans"
OUTPUTS = ("expected.json", "expected.md", "expected.txt", "expected-narrow.txt")
_PEACE = ("peace-framework/2025-11-20-us-28-point.json",
          "peace-framework/2025-11-23-e3-counter-proposal.json",
          "peace-framework/2025-12-24-20-point.json")
SHIPPED: dict[str, tuple[str, ...]] = {
    "peace-three": _PEACE,
    "peace-territory": _PEACE,
    "cross-document": ("peace-framework/2025-11-20-us-28-point.json",
                       "security-guarantees-bilateral/2025-11-21-us-draft.json",
                       "peace-framework/2025-12-24-20-point.json"),
}
"""Cases whose inputs are copies of shipped plans (refreshed by the regeneration)."""


def case_dirs() -> list[Path]:
    """Every synopsis case folder, sorted."""
    return sorted(p for p in CASES.iterdir() if (p / "case.json").is_file())


def render_case(case: Path) -> dict[str, str]:
    """File name → expected content for one case."""
    from plandiff.lineage.synopsis import SynopsisFilters, build_synopsis
    from plandiff.plans.loading import load_plan
    from plandiff.render.synopsis_json import render_synopsis_json
    from plandiff.render.synopsis_markdown import render_synopsis_markdown
    from plandiff.render.synopsis_text import render_synopsis_text

    spec = json.loads((case / "case.json").read_text(encoding="utf-8"))
    plans = [load_plan(case / name) for name in spec["inputs"]]
    filters = SynopsisFilters(topics=tuple(spec.get("topics", ())),
                              changed_only=bool(spec.get("changed_only", False)),
                              points=tuple(spec.get("points", ())))
    synopsis = build_synopsis(plans, base=spec.get("base"), filters=filters)
    return {
        "expected.json": render_synopsis_json(synopsis),
        "expected.md": render_synopsis_markdown(synopsis),
        "expected.txt": render_synopsis_text(synopsis, width=160),
        "expected-narrow.txt": render_synopsis_text(synopsis, width=60),
    }


def main() -> int:
    for name, files in SHIPPED.items():
        folder = CASES / name
        folder.mkdir(parents=True, exist_ok=True)
        for file in files:
            shutil.copyfile(PLANS / file, folder / Path(file).name)
    for case in case_dirs():
        for file_name, text in render_case(case).items():
            (case / file_name).write_text(text, encoding="utf-8", newline="\n")
        print(f"regenerated {case.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.path.insert(0, str(REPO))
    sys.exit(main())
