"""What big inputs cost: time and peak memory of one cold ``plandiff diff`` per size.

Run from the repository root:

    python benchmarks/bench_limits.py                       # 10,000, 50,000, 100,000 points
    python benchmarks/bench_limits.py --sizes 10000 20000   # others

For each size the seeded generator of the engine benchmark (benchmarks/synth.py) writes an old
and a new draft of that many points (~50 words each), both are imported and saved as plan
JSON, and one fresh ``plandiff diff OLD.json NEW.json --format json -o out.json`` process is
timed (wall clock and CPU) with its peak resident memory (``ru_maxrss`` of the child). The
size limits are lifted for the run (``PLANDIFF_MAX_POINTS``, ``PLANDIFF_MAX_FILE_BYTES``), so
the figures say where the defaults in ``src/plandiff/limits.py`` should sit: the largest
input a 2-core machine with 2 GiB diffs comfortably. The table is printed (Markdown) and
written to benchmarks/results-limits.md with the date, the machine and the load average.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))


def prepare(size: int, seed: int, folder: Path) -> dict[str, Any]:
    """Write old.json and new.json of ``size`` points into ``folder`` (in a subprocess, so
    the generator's memory is not counted)."""
    from benchmarks.synth import generate

    from plandiff.limits import Limits
    from plandiff.plans.importer import parse_text
    from plandiff.plans.serialise import plan_to_json

    pair = generate(size, seed=seed)
    for name, text, version in (("old", pair.old_text(), "2026-01-01-old"),
                                ("new", pair.new_text(), "2026-02-01-new")):
        plan = parse_text(text, document="bench", version=version, language="en",
                          source_label=name,
                          limits=Limits(max_points=10 * size, max_file_bytes=1 << 40))
        (folder / f"{name}.json").write_text(plan_to_json(plan), encoding="utf-8")
    return {"size": size, "bytes": sum((folder / f"{n}.json").stat().st_size
                                       for n in ("old", "new"))}


def measure(size: int, seed: int) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix=f"plandiff-limits-{size}-"))
    try:
        done = subprocess.run([sys.executable, __file__, "--prepare", str(size), "--seed",
                               str(seed), "--folder", str(folder)],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"preparing size {size} failed:\n{done.stderr}")
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        env = dict(os.environ, PLANDIFF_MAX_POINTS=str(10 * size),
                   PLANDIFF_MAX_FILE_BYTES=str(1 << 40))
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "plandiff", "diff",
                              str(folder / "old.json"), str(folder / "new.json"),
                              "--format", "json", "-o", str(folder / "out.json")],
                             capture_output=True, text=True, check=False, env=env)
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if run.returncode != 0:
            raise SystemExit(f"diff of size {size} failed ({run.returncode}):\n{run.stderr}")
        result.update(
            wall_s=wall,
            cpu_s=(after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            # ru_maxrss of RUSAGE_CHILDREN is the largest child so far: the diff (the
            # preparing child ran first and is smaller, see the table's note).
            peak_mb=after.ru_maxrss / 1024)
        return result
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 50_000, 100_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--prepare", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--folder", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--no-write", action="store_true",
                        help="print the table only; do not write benchmarks/results-limits.md")
    args = parser.parse_args()
    if args.prepare is not None:
        print(json.dumps(prepare(args.prepare, args.seed, args.folder)))
        return 0
    rows = ["| points per side | JSON both sides | wall s | CPU s | peak MB |",
            "|---:|---:|---:|---:|---:|"]
    for size in args.sizes:
        r = measure(size, args.seed)
        print(f"{size:>7} points: {r['wall_s']:.1f} s wall, {r['cpu_s']:.1f} s CPU, "
              f"{r['peak_mb']:.0f} MB", file=sys.stderr)
        rows.append(f"| {size:,} | {r['bytes'] / 1e6:.0f} MB | {r['wall_s']:.1f} | "
                    f"{r['cpu_s']:.1f} | {r['peak_mb']:.0f} |")
    table = "\n".join(rows)
    print(table)
    if not args.no_write:
        load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
        text = ("# What big inputs cost\n\n"
                f"Machine: {platform.machine()}, {platform.system()}, Python "
                f"{platform.python_version()}, {os.cpu_count()} cores. Command: "
                "`python benchmarks/bench_limits.py`. Measured "
                f"{datetime.date.today().isoformat()}; load average when the run ended: "
                f"{load}.\n\n"
                "One cold `plandiff diff OLD.json NEW.json --format json -o out.json` process "
                "per size (synthetic pairs, ~50 words a point, limits lifted for the run); "
                "peak MB is the process's maximum resident set. CPU time is the fair figure "
                "on a shared machine: wall time grows with the load.\n\n" + table + "\n")
        (HERE / "results-limits.md").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
