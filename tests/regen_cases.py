"""Regenerate the golden files of every case in tests/cases/ — the one command:

    python tests/regen_cases.py

Each case folder holds ``old.json`` and ``new.json`` (inputs, written by hand; the
``peace-28-20`` case is refreshed from plans/peace-framework/ first) and, optionally,
``options.json`` (CompareOptions fields such as ``{"ignore_case": true}``). This script
writes ``expected.json`` (the diff JSON), ``expected.md`` (the Markdown report) and
``expected.txt`` (the terminal redline without colour, as with NO_COLOR). Never edit the
expected files by hand: change the code or the inputs, run this, and review the git diff.
tests/test_cases.py fails when the current output differs from these files. The same command
regenerates the synopsis cases of tests/synopsis_cases/ (tests/regen_synopsis.py).
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CASES = REPO / "tests" / "cases"
SHIPPED = {
    "peace-28-20": (REPO / "plans" / "peace-framework" / "2025-11-20-us-28-point.json",
                    REPO / "plans" / "peace-framework" / "2025-12-24-20-point.json"),
}
OUTPUTS = ("expected.json", "expected.md", "expected.txt")


def case_dirs() -> list[Path]:
    """Every case folder, sorted."""
    return sorted(p for p in CASES.iterdir() if (p / "old.json").is_file())


def render_case(case: Path) -> dict[str, str]:
    """File name → expected content for one case."""
    from plandiff.engine.compare import CompareOptions, compare
    from plandiff.plans.loading import load_plan
    from plandiff.render.json import render_json
    from plandiff.render.markdown import render_markdown
    from plandiff.render.text import render_text

    options = CompareOptions()
    if (case / "options.json").is_file():
        options = CompareOptions(**json.loads((case / "options.json").read_text("utf-8")))
    old = load_plan(case / "old.json")
    new = load_plan(case / "new.json")
    comparison = compare(old, new, options=options)
    return {
        "expected.json": render_json(comparison),
        "expected.md": render_markdown(comparison),
        "expected.txt": render_text(comparison, color=False),
    }


def main() -> int:
    for name, (old, new) in SHIPPED.items():
        if old.is_file() and new.is_file():
            (CASES / name).mkdir(parents=True, exist_ok=True)
            shutil.copyfile(old, CASES / name / "old.json")
            shutil.copyfile(new, CASES / name / "new.json")
    for case in case_dirs():
        for file_name, text in render_case(case).items():
            (case / file_name).write_text(text, encoding="utf-8", newline="\n")
        print(f"regenerated {case.relative_to(REPO)}")
    from tests import regen_synopsis

    return regen_synopsis.main()


if __name__ == "__main__":
    sys.path.insert(0, str(REPO / "src"))
    sys.path.insert(0, str(REPO))
    sys.exit(main())
