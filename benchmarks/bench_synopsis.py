"""Benchmark of ``plandiff synopsis`` on all versions of the peace framework.

Run from the repository root:

    python benchmarks/bench_synopsis.py             # prints and writes results-synopsis.md
    python benchmarks/bench_synopsis.py --no-write  # print only
    python benchmarks/bench_synopsis.py --runs 3    # fewer repetitions

Measured:

- building the synopsis (lineage/synopsis.py: the comparisons between consecutive columns,
  rows, a redline and meaning-shift flags per cell), warm, best of ``--runs``: every English
  version (28-point draft, European counter-proposal, 20-point framework), every Japanese
  version, and all five versions of the document in one synopsis (English then Japanese);
- the command, in fresh processes (Python start-up and imports included), best and median of
  ``--runs``: ``plandiff synopsis peace-framework --all`` as text, HTML and PDF, English and
  Japanese.

CPU times are reported next to wall times: on a shared machine they drift less.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results-synopsis.md"
DOCUMENT = "peace-framework"


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    """Best wall and best CPU seconds of ``runs`` calls, and the last result."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus), result


def command(args: list[str], runs: int) -> tuple[float, float, float]:
    """Best and median wall time and best CPU time (user + system) of ``plandiff ARGS`` in
    fresh processes."""
    plandiff = Path(sys.executable).with_name("plandiff")
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([str(plandiff), *args], cwd=REPO, check=True, capture_output=True,
                       env={**os.environ, "SOURCE_DATE_EPOCH": "1766534400"})
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return min(walls), statistics.median(walls), min(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    options = parser.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    from plandiff.lineage.synopsis import build_synopsis
    from plandiff.plans.corpus import load_corpus

    corpus = load_corpus(REPO / "plans")
    english = corpus.versions_of(DOCUMENT, "en")
    japanese = corpus.versions_of(DOCUMENT, "ja")
    rows: list[tuple[str, str, str]] = []
    for label, plans in (("English versions", english), ("Japanese versions", japanese),
                         ("all versions, English and Japanese", english + japanese)):
        build_synopsis(plans)  # warm the imports and caches
        wall, cpu, synopsis = timed(partial(build_synopsis, plans), options.runs)
        cells = sum(len(r.cells) for r in synopsis.rows)
        points = sum(len(p.point_index()) for p in plans)
        rows.append((f"build the synopsis: {label} ({len(plans)} columns, {points} points, "
                     f"{len(synopsis.rows)} rows, {cells} cells)",
                     f"{wall * 1000:.0f} ms", f"{cpu * 1000:.0f} ms CPU"))
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, lang in (("text", "en"), ("html", "en"), ("pdf", "en"), ("pdf", "ja")):
            args = ["synopsis", DOCUMENT, "--all", "--lang", lang, "--format", fmt]
            if fmt != "text":
                args += ["-o", str(Path(tmp) / f"synopsis.{fmt}")]
            best, median, cpu = command(args, options.runs)
            rows.append((f"`plandiff synopsis {DOCUMENT} --all --lang {lang} --format {fmt}`"
                         " (fresh process)", f"{best:.2f} s best, {median:.2f} s median",
                         f"{cpu:.2f} s CPU"))
    load = os.getloadavg()[0]
    today = dt.date.today().isoformat()
    lines = [
        "# Synopsis benchmark",
        "",
        f"`python benchmarks/bench_synopsis.py --runs {options.runs}` on {today} "
        f"(load average {load:.1f} at the end; 2-core shared machine).",
        "",
        "| what | wall | other |",
        "|---|---|---|",
        *(f"| {a} | {b} | {c} |" for a, b, c in rows),
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if not options.no_write:
        RESULTS.write_text(text, encoding="utf-8")
        print(f"wrote {RESULTS.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
