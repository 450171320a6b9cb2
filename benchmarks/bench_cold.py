"""Issue 14's speed target, side by side: one cold ``plandiff diff --format json -o`` process
on the 5,000-point pair against ``git diff --no-index --word-diff`` on the same texts.

Run from the repository root:

    python benchmarks/bench_cold.py                      # this checkout, 10 rounds
    python benchmarks/bench_cold.py --rounds 5 SRC ...   # compare source trees (git worktrees)

Each round runs git once, then one cold plandiff process per source tree (``PYTHONPATH`` set
to the tree's ``src``), in turn, so that every command sees the same load on a shared machine.
CPU time is user + system of the child, read with ``os.wait4`` (microseconds; ``time -f``
rounds to 10 ms, a tenth of git's time). Every tree is byte-compiled first and
``PYTHONDONTWRITEBYTECODE`` is unset, so no run compiles its imports. The pair is the one
``bench_engine.py`` measures (``synth.generate(5000, seed=1)``, imported with ``parse_text``),
written once into a temporary folder; the diff JSON of every tree is compared byte for byte
with the first tree's. Prints best and median CPU and wall time per command and the ratios to
git's best.
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def write_pair(folder: Path) -> None:
    """The 5,000-point pair as text drafts and as plan files."""
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "src"))
    from benchmarks.synth import generate

    from plandiff.plans.importer import parse_text
    from plandiff.plans.serialise import plan_to_json

    pair = generate(5000, seed=1)
    for side, text, version in (("old", pair.old_text(), "2026-01-01-old"),
                                ("new", pair.new_text(), "2026-02-01-new")):
        (folder / f"{side}.txt").write_text(text, encoding="utf-8")
        plan = parse_text(text, document="bench", version=version, language="en",
                          source_label=f"{side}.txt")
        (folder / f"{side}.json").write_text(plan_to_json(plan), encoding="utf-8")


def run(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """CPU (user + system) and wall seconds of one child process."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) not in (0, 1):  # git exits 1 when texts differ
        raise SystemExit(f"failed: {' '.join(argv)}")
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("trees", nargs="*", type=Path,
                        help="source trees to time (default: this checkout's src)")
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    trees = [tree.resolve() for tree in args.trees] or [ROOT / "src"]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for tree in trees:
        compileall.compile_dir(str(tree), quiet=1)
    with tempfile.TemporaryDirectory(prefix="plandiff-cold-") as name:
        folder = Path(name)
        write_pair(folder)
        git = ["git", "diff", "--no-index", "--word-diff", str(folder / "old.txt"),
               str(folder / "new.txt")]
        times: dict[str, list[tuple[float, float]]] = {"git": []}
        for _ in range(args.rounds):
            times["git"].append(run(git, env))
            for k, tree in enumerate(trees):
                out = folder / f"diff-{k}.json"
                cli = [sys.executable, "-m", "plandiff", "diff", str(folder / "old.json"),
                       str(folder / "new.json"), "--format", "json", "-o", str(out)]
                times.setdefault(str(tree), []).append(
                    run(cli, {**env, "PYTHONPATH": str(tree)}))
        outputs = {(folder / f"diff-{k}.json").read_bytes() for k in range(len(trees))}
        git_best = min(cpu for cpu, _ in times["git"])
        git_median = statistics.median(cpu for cpu, _ in times["git"])
        print(f"{args.rounds} rounds, load average {os.getloadavg()[0]:.2f}; diff JSON "
              f"{'identical across trees' if len(outputs) == 1 else 'DIFFERS between trees'}")
        print("| command | CPU best s | CPU median s | wall best s | CPU best / git | "
              "CPU median / git |")
        print("|---|---:|---:|---:|---:|---:|")
        for label, runs in times.items():
            cpu = [c for c, _ in runs]
            best, median = min(cpu), statistics.median(cpu)
            print(f"| {label} | {best:.3f} | {median:.3f} | {min(w for _, w in runs):.3f} | "
                  f"{best / git_best:.2f}× | {median / git_median:.2f}× |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
