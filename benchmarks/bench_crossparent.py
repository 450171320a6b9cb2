"""Benchmark of the cross-parent pass: sub-points that moved to another parent.

Run from the repository root:

    python benchmarks/bench_crossparent.py             # prints and writes results-crossparent.md
    python benchmarks/bench_crossparent.py --no-write  # print only

A seeded generator (benchmarks/synth.py's vocabulary and edits) writes an old version of
``--parents`` articles with 2 to 5 sub-points each (about 25 words each) and derives a new
version: 10 % of the articles are dropped and as many new ones are added; among the
sub-points, 6 % move to another kept article, 2 % into a new article and every sub-point of a
dropped article either moves (half of them) or goes; a moved sub-point is edited in a third of
cases (up to 30 % of its words). 5 % of the sub-points are deleted and replaced elsewhere by a
*look-alike*: a new sub-point under another article that keeps 40 to 60 % of the deleted
one's words, the trap a careless pass would fall into. Every other sub-point stays put,
lightly edited.

Measured: precision and recall of the cross-parent pairs against the generator's truth (a
look-alike paired counts as a false pair); the recall of the true moves paired in any way (the
main pass may pair a dropped article with a new one on their sub-points' text, and the moved
sub-points then pair inside that pair of parents); and the time of ``align`` with and without
the pass (warm, best of ``--runs``) for two sizes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results-crossparent.md"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from benchmarks.synth import _edit, _sentence, _Words  # noqa: E402

from plandiff.engine.align import align  # noqa: E402
from plandiff.plans.model import PlanVersion  # noqa: E402


def _version(version: str, points: list[dict[str, Any]]) -> PlanVersion:
    return PlanVersion.model_validate({
        "document": "bench", "version": version, "title": "Bench", "date": "2025-12-01",
        "status": "draft", "text_kind": "paraphrase", "language": "en",
        "parties": ["Party A"], "sources": [{"title": "synthetic", "publisher": "bench",
                                             "url": "https://example.org/bench"}],
        "points": points})


def generate(parents: int, seed: int) -> tuple[PlanVersion, PlanVersion, set[tuple[str, str]]]:
    rng = random.Random(seed)
    gen = _Words(rng)
    old_tree: list[tuple[str, list[str], list[tuple[str, list[str]]]]] = []
    for a in range(parents):
        subs = [(f"o{a}-{s}", gen.point(25)) for s in range(rng.randint(2, 5))]
        old_tree.append((f"o{a}", gen.point(12), subs))
    dropped = set(rng.sample(range(parents), parents // 10))
    kept = [a for a in range(parents) if a not in dropped]
    added = [f"n-add{k}" for k in range(len(dropped))]
    new_subs: dict[str, list[tuple[str, list[str]]]] = {f"o{a}": [] for a in kept}
    new_subs.update({ident: [] for ident in added})
    truth: set[tuple[str, str]] = set()
    counter = 0

    def place(words: list[str], home: str | None) -> str:
        nonlocal counter
        counter += 1
        ident = f"n{counter}"
        targets = [t for t in new_subs if t != home]
        new_subs[rng.choice(targets)].append((ident, words))
        return ident

    def moved_text(words: list[str]) -> list[str]:
        if rng.random() < 1 / 3:
            return _edit(rng, gen, words, rng.uniform(0.05, 0.3))
        return list(words)

    for a, (parent, _, subs) in enumerate(old_tree):
        for ident, words in subs:
            roll = rng.random()
            if a in dropped:
                if roll < 0.5:
                    truth.add((ident, place(moved_text(words), None)))
            elif roll < 0.06:
                truth.add((ident, place(moved_text(words), parent)))
            elif roll < 0.08:
                counter += 1
                new_subs[rng.choice(added)].append((f"n{counter}", moved_text(words)))
                truth.add((ident, f"n{counter}"))
            elif roll < 0.13:  # deleted, and a look-alike appears under another article
                keep = rng.uniform(0.4, 0.6)
                look = [w if rng.random() < keep else gen.word() for w in words]
                place(look, parent)
            else:
                new_subs[parent].append((ident, _edit(rng, gen, words, 0.05)))
    for parent_subs in new_subs.values():
        rng.shuffle(parent_subs)

    def points(tree: list[tuple[str, list[str], list[tuple[str, list[str]]]]]
               ) -> list[dict[str, Any]]:
        out = []
        for n, (ident, words, subs) in enumerate(tree, start=1):
            out.append({"id": ident, "number": str(n), "text": _sentence(words),
                        "points": [{"id": s, "number": f"{n}.{k}", "text": _sentence(w)}
                                   for k, (s, w) in enumerate(subs, start=1)]})
        return out

    new_tree = [(f"o{a}", old_tree[a][1], new_subs[f"o{a}"]) for a in kept]
    new_tree += [(ident, gen.point(12), new_subs[ident]) for ident in added]
    return _version("v1", points(old_tree)), _version("v2", points(new_tree)), truth


def _best(fn: Any, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def measure(parents: int, seeds: range, runs: int) -> dict[str, Any]:
    found = correct = expected = linked = 0
    with_pass = without = 0.0
    sub_points = 0
    for seed in seeds:
        old, new, truth = generate(parents, seed)
        sub_points += sum(len(p.points) for p in old.points)
        result = align(old.points, new.points, old_ref=old.ref, new_ref=new.ref)
        pairs = {(c.old, c.new) for c in result.across}
        found += len(pairs)
        correct += len(pairs & truth)
        expected += len(truth)
        # a true move the main pass paired inside a pair of parents (when it paired the
        # dropped article with the new one) is found too, just not as a cross-parent pair
        linked += len(truth & result.links())
        with_pass += _best(lambda o=old, n=new: align(o.points, n.points, old_ref=o.ref,
                                                      new_ref=n.ref), runs)
        without += _best(lambda o=old, n=new: align(o.points, n.points, old_ref=o.ref,
                                                    new_ref=n.ref, across=False), runs)
    return {"parents": parents, "pairs": len(seeds), "sub_points": sub_points // len(seeds),
            "expected": expected, "found": found, "correct": correct,
            "precision": correct / found if found else 1.0,
            "recall": correct / expected if expected else 1.0,
            "linked": linked / expected if expected else 1.0,
            "with": with_pass / len(seeds), "without": without / len(seeds)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    rows = [measure(60, range(1, 11), args.runs), measure(600, range(1, 3), args.runs)]
    lines = ["# Cross-parent benchmark", "",
             f"`python benchmarks/bench_crossparent.py --runs {args.runs}` on "
             f"{dt.date.today().isoformat()} (load average {os.getloadavg()[0]:.1f}; "
             "2-core shared machine).", "",
             "| articles | pairs | sub-points per version | true moves | found | correct | "
             "precision | recall | recall, any pairing | align with the pass | without |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        lines.append(f"| {r['parents']} | {r['pairs']} | {r['sub_points']} | {r['expected']} | "
                     f"{r['found']} | {r['correct']} | {r['precision']:.3f} | "
                     f"{r['recall']:.3f} | {r['linked']:.3f} | {r['with'] * 1000:.0f} ms | "
                     f"{r['without'] * 1000:.0f} ms |")
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if not args.no_write:
        RESULTS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
