"""Flag precision and recall per kind, on the labelled set of benchmarks/flag_cases.py.

Run from the repository root:

    python benchmarks/bench_flags.py

Every rewrite is diffed (``diff_texts``) and flagged (``find_flags``) as ``plandiff diff``
does; every labelled change of the shipped corpus is taken from a real comparison of the two
versions. A reported flag counts as right when a labelled flag of the same kind agrees with
it on both sides (one text inside the other, "100 days" and "within 100 days"; a reported
empty side is a partial flag, not a false alarm; a labelled empty side needs an empty side),
each labelled flag matching once. Precision = right / reported, recall = right / expected, per kind
and in all. The table is printed (Markdown) and written to benchmarks/results-flags.md.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

Flag = tuple[str, str, str]
KINDS = ("number", "date", "modality", "negation", "party")


def _side(reported: str, expected: str) -> bool:
    """One side of a flag agrees with the label: both empty, or one text inside the other
    ("100 days" and "within 100 days"); a reported empty side agrees with a labelled value
    (the flag names only the other side: partial, but not a false alarm)."""
    if not reported:
        return True
    return bool(expected) and (expected in reported or reported in expected)


def matches(reported: Flag, expected: Flag) -> bool:
    """A reported flag is the labelled one when the kinds agree, both sides agree and it
    names at least one of the labelled values."""
    kind, old, new = expected
    return (reported[0] == kind and _side(reported[1], old) and _side(reported[2], new)
            and bool(reported[1] or reported[2]))


def score(reported: list[Flag], expected: list[Flag], tally: dict[str, Counter[str]]) -> None:
    """Add one case's right, wrong and missed flags to ``tally`` (kind → counts)."""
    left = list(expected)
    for flag in reported:
        hit = next((e for e in left if matches(flag, e)), None)
        if hit is None:
            tally[flag[0]]["fp"] += 1
        else:
            left.remove(hit)
            tally[flag[0]]["tp"] += 1
    for kind, _, _ in left:
        tally[kind]["fn"] += 1


def evaluate() -> dict[str, Counter[str]]:
    from benchmarks.flag_cases import CORPUS, cases

    from plandiff.engine.flags import find_flags
    from plandiff.engine.redline import diff_texts
    from plandiff.workflows.diff import compare_refs

    tally: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    for old, new, expected in cases():
        flags = find_flags(old, new, diff_texts(old, new))
        score([(f.kind.value, f.old, f.new) for f in flags], expected, tally)
    comparisons = {}
    for old_ref, new_ref, numbers, expected in CORPUS:
        if (old_ref, new_ref) not in comparisons:
            comparisons[(old_ref, new_ref)] = compare_refs(old_ref, new_ref,
                                                           plans_root=REPO / "plans")[0]
        change = next(c for c in comparisons[(old_ref, new_ref)].changes
                      if c.old_numbers == numbers and c.new)
        score([(f.kind.value, f.old, f.new) for f in change.flags], expected, tally)
    return tally


def ratios(counts: Counter[str]) -> tuple[float, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


def report(tally: dict[str, Counter[str]]) -> str:
    from benchmarks.flag_cases import CORPUS, cases, labelled_flags

    out = ["# Flag benchmark", "",
           f"{labelled_flags()} labelled flags in {len(list(cases())) + len(CORPUS)} cases "
           f"({len(CORPUS)} real changes of the shipped corpus, the rest rewrites in the "
           "project's own words, some of which must raise no flag). Command: "
           "`python benchmarks/bench_flags.py`.", "",
           "| kind | expected | reported | right | precision | recall |",
           "|---|---:|---:|---:|---:|---:|"]
    total: Counter[str] = Counter()
    for kind in KINDS:
        counts = tally[kind]
        total.update(counts)
        precision, recall = ratios(counts)
        out.append(f"| {kind} | {counts['tp'] + counts['fn']} | {counts['tp'] + counts['fp']} "
                   f"| {counts['tp']} | {precision:.3f} | {recall:.3f} |")
    precision, recall = ratios(total)
    out.append(f"| **all** | {total['tp'] + total['fn']} | {total['tp'] + total['fp']} | "
               f"{total['tp']} | {precision:.3f} | {recall:.3f} |")
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    text = report(evaluate())
    print(text)
    if not args.no_write:
        (HERE / "results-flags.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
