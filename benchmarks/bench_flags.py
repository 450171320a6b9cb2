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


def corpus_texts() -> list[tuple[str, str, list[Flag]]]:
    """The labelled real changes as (old text, new text, expected flags): the points' texts
    joined as ``plandiff diff`` joins a merged or split change's texts, taken straight from
    the shipped versions (so the labels stay tied to the texts, whatever the aligner pairs)."""
    from benchmarks.flag_cases import CORPUS

    from plandiff.engine.compare import JOIN
    from plandiff.plans.model import Point
    from plandiff.workflows.diff import compare_refs

    def numbered(points: tuple[Point, ...], into: dict[str, Point]) -> dict[str, Point]:
        for point in points:
            into[point.number] = point
            numbered(tuple(point.points), into)
        return into

    versions: dict[tuple[str, str], tuple[dict[str, Point], dict[str, Point]]] = {}
    out = []
    for old_ref, new_ref, old_numbers, new_numbers, expected in CORPUS:
        if (old_ref, new_ref) not in versions:
            _, old, new = compare_refs(old_ref, new_ref, plans_root=REPO / "plans")
            versions[(old_ref, new_ref)] = (numbered(tuple(old.points), {}),
                                            numbered(tuple(new.points), {}))
        old_points, new_points = versions[(old_ref, new_ref)]
        out.append((JOIN.join(old_points[n].text for n in old_numbers),
                    JOIN.join(new_points[n].text for n in new_numbers), expected))
    return out


def evaluate(which: str = "all") -> dict[str, Counter[str]]:
    """Right, wrong and missed flags per kind, over the rewrites ("rewrites"), the real
    changes ("real") or both ("all")."""
    from benchmarks.flag_cases import cases

    from plandiff.engine.flags import find_flags
    from plandiff.engine.redline import diff_texts

    tally: dict[str, Counter[str]] = {kind: Counter() for kind in KINDS}
    chosen = [*(cases() if which != "real" else ()),
              *(corpus_texts() if which != "rewrites" else ())]
    for old, new, expected in chosen:
        flags = find_flags(old, new, diff_texts(old, new))
        score([(f.kind.value, f.old, f.new) for f in flags], expected, tally)
    return tally


def ratios(counts: Counter[str]) -> tuple[float, float]:
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0)


def _table(tally: dict[str, Counter[str]]) -> list[str]:
    out = ["| kind | expected | reported | right | precision | recall |",
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
    return out


def report(tally: dict[str, Counter[str]], real: dict[str, Counter[str]],
           rewrites: dict[str, Counter[str]]) -> str:
    from benchmarks.flag_cases import CORPUS, cases

    real_flags = sum(len(expected) for *_, expected in CORPUS)
    rewrite_flags = sum(len(expected) for _, _, expected in cases())
    out = ["# Flag benchmark", "",
           f"{real_flags + rewrite_flags} labelled flags in {len(list(cases())) + len(CORPUS)} "
           f"cases: {real_flags} flags in {len(CORPUS)} real changes of the shipped corpus "
           f"(English and Japanese versions), {rewrite_flags} in "
           f"{len(list(cases()))} rewrites in the project's own words (English, Japanese, "
           "Ukrainian, Russian), some of which must raise no flag. Command: "
           "`python benchmarks/bench_flags.py`.", "", "## All", "", *_table(tally), "",
           "## Real changes of the corpus", "", *_table(real), "",
           "## Rewrites", "", *_table(rewrites)]
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    text = report(evaluate(), evaluate("real"), evaluate("rewrites"))
    print(text)
    if not args.no_write:
        (HERE / "results-flags.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
