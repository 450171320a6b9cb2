"""What the aligner's misses are made of, and what three cheap remedies would give (issue 14).

Run from the repository root:

    python benchmarks/miss_anatomy.py

For every tuned-on real pair of ``bench_engine.py`` (never the held-out pairs: they are not
even aligned here), the shipped aligner runs as ``plandiff diff`` runs it, and its links are
set against the ground truth. Printed:

1. the missed links (FN) by what became of their two points: both left unpaired, only one
   of them, or both paired elsewhere;
2. the pooled F1 if every miss of a kind were found with no wrong link added (a ceiling for
   any rule that works only on that kind);
3. folding: every unpaired sub-point of an old point paired with a new point that has no
   sub-points, linked to that new point (what "the list was restated as one flat point"
   would add), right and wrong;
4. closest-text hints: for each unpaired point, the point of the other version whose own
   text is nearest (TF-IDF cosine over both versions, the aligner's tokens and weights; ties
   to the nearer relative place), shown when the cosine reaches a floor: how many hints, how
   many name a true link, how many misses they cover.

Measured 2026-12-03 (session 14), 28 tuned-on pairs (the 25 of session 13, the E3 file with
the two links its text states, and three Japanese press pairs added in session 14): 447 true
links, 399 found, 17 wrong, 48 missed (F1 0.925; the 25 pairs alone 360 / 312 / 14 / 48, F1
0.910). Of the misses, 20 have both points unpaired, 20 only the old one, 3 only the new one,
and 5 have both paired elsewhere. Finding all 20 of the first kind with nothing wrong would give
F1 0.949; all 40 with an unpaired old point, 0.972. Folding adds 7 true and 59 wrong links (F1
0.874): the revisions in plans/ drop many sub-points of a point they keep. Hints at a cosine of
0.05 or more: 341 shown, naming 17 true links; at 0.15, 87 and 4. Neither is worth shipping: a
reviewer would see far more wrong suggestions than right ones.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE.parent))

from benchmarks import bench_engine  # noqa: E402

from plandiff.engine.align.vectors import _vectorise, cosine  # noqa: E402
from plandiff.engine.compare import compare  # noqa: E402
from plandiff.render.json import render_json  # noqa: E402

Links = set[tuple[str, str]]
FLOORS = (0.05, 0.15)


def tuned_on() -> list[tuple[Any, Any, Links, Links]]:
    """(old version, new version, true links, predicted links) of every tuned-on pair."""
    captured: list[tuple[Any, Any, Links]] = []

    def capture(old_imp: Any, new_imp: Any, truth: Links, *, warm: bool = True
                ) -> dict[str, Any]:
        captured.append((old_imp, new_imp, truth))
        return {"truth": len(truth)}

    bench_engine.measure_pair = capture
    bench_engine.HELDOUT_PAIRS = ()  # never aligned here: reading them is tuning on them
    bench_engine.real_revisions()
    return [(old, new, truth, bench_engine.links(json.loads(render_json(compare(old, new)))))
            for old, new, truth in captured]


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def folds(old: Any, new: Any, truth: Links, predicted: Links) -> tuple[int, int]:
    """Right and wrong links from folding unpaired sub-points into a flat partner."""
    old_by_id = {p.id: p for p in old.walk()}
    new_by_id = {p.id: p for p in new.walk()}
    paired_old = {o for o, _ in predicted}
    right = wrong = 0
    for o, n in sorted(predicted):
        if not old_by_id[o].points or new_by_id[n].points:
            continue
        for child in old_by_id[o].points:
            if child.id not in paired_old:
                right += (child.id, n) in truth
                wrong += (child.id, n) not in truth
    return right, wrong


def hints(old: Any, new: Any, truth: Links, predicted: Links, floor: float
          ) -> tuple[int, Links]:
    """How many closest-text hints reach ``floor``, and the true links among them."""
    flat_old = [p.model_copy(update={"points": ()}) for p in old.walk()]
    flat_new = [p.model_copy(update={"points": ()}) for p in new.walk()]
    old_side, new_side = _vectorise(flat_old, flat_new)
    paired_old = {o for o, _ in predicted}
    paired_new = {n for _, n in predicted}
    shown = 0
    named: Links = set()
    sides = ((flat_old, flat_new, paired_old, False), (flat_new, flat_old, paired_new, True))
    for these, others, paired, reverse in sides:
        for i, point in enumerate(these):
            if point.id in paired:
                continue
            # the other side's nearest point by cosine, ties to the nearer relative place
            value, _, j = max((cosine(*((new_side.unit(i), old_side.unit(k)) if reverse else
                                        (old_side.unit(i), new_side.unit(k)))),
                               -abs(i / len(these) - k / len(others)), k)
                              for k in range(len(others)))
            if value >= floor:
                shown += 1
                link = (others[j].id, point.id) if reverse else (point.id, others[j].id)
                if link in truth:
                    named.add(link)
    return shown, named


def main() -> int:
    pairs = tuned_on()
    tp = sum(len(t & p) for _, _, t, p in pairs)
    fp = sum(len(p - t) for _, _, t, p in pairs)
    fn = sum(len(t - p) for _, _, t, p in pairs)
    print(f"{len(pairs)} tuned-on pairs: {tp + fn} true links, {tp} found, {fp} wrong, "
          f"{fn} missed; F1 {f1(tp, fp, fn):.3f}")
    kinds: Counter[str] = Counter()
    for _, _, truth, predicted in pairs:
        paired_old = {o for o, _ in predicted}
        paired_new = {n for _, n in predicted}
        for o, n in truth - predicted:
            kinds[("old paired" if o in paired_old else "old unpaired") + ", "
                  + ("new paired" if n in paired_new else "new unpaired")] += 1
    for kind, count in sorted(kinds.items()):
        print(f"  missed, {kind}: {count}; all found, nothing wrong added: F1 "
              f"{f1(tp + count, fp, fn - count):.3f}")
    old_free = kinds["old unpaired, new unpaired"] + kinds["old unpaired, new paired"]
    print(f"  missed with the old point unpaired: {old_free}; all found: F1 "
          f"{f1(tp + old_free, fp, fn - old_free):.3f}")
    right = wrong = 0
    for old, new, truth, predicted in pairs:
        r, w = folds(old, new, truth, predicted)
        right, wrong = right + r, wrong + w
    print(f"folding unpaired sub-points into a flat partner: {right} true, {wrong} wrong; "
          f"F1 {f1(tp + right, fp + wrong, fn - right):.3f}")
    for floor in FLOORS:
        shown = named = 0
        for old, new, truth, predicted in pairs:
            count, found = hints(old, new, truth, predicted, floor)
            shown += count
            named += len(found)  # a link both its points' hints name counts once
        print(f"closest-text hints at cosine >= {floor}: {shown} shown, naming {named} true "
              f"links (all of them misses, of the {fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
