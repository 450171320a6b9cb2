"""Benchmark of the Word redline (.docx) against the PDF report.

    python benchmarks/bench_docx.py           # writes benchmarks/results-docx.md
    python benchmarks/bench_docx.py --quick   # skip the 1,000-point document

What it measures:

- the shipped 28 → 20 pair (English and the Japanese translation): in one warm process,
  ``render_docx`` against ``render_pdf`` on the same comparison (best of N runs), and the
  whole command ``plandiff diff OLD NEW --format docx|pdf -o FILE`` in a fresh process;
- a 1,000-point synthetic pair (benchmarks/synth.py, through the real importer and engine):
  ``render_docx`` and ``render_pdf`` on the same comparison, each in a fresh process, with the
  file sizes and the peak memory.

Times are wall-clock seconds (best of N) with CPU seconds beside them, because this machine is
shared and wall time moves with the load (the load average is printed with the results).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
PAIRS = {
    "28 → 20 (en)": ("plans/peace-framework/2025-11-20-us-28-point.json",
                     "plans/peace-framework/2025-12-24-20-point.json"),
    "28 → 20 (ja)": ("plans/peace-framework/2025-11-20-us-28-point-ja.json",
                     "plans/peace-framework/2025-12-24-20-point-ja.json"),
}
PLANDIFF = str(Path(sys.executable).with_name("plandiff"))


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    """Best wall and CPU seconds of ``runs`` calls, and the last result."""
    best_wall = best_cpu = float("inf")
    result: Any = None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        best_wall = min(best_wall, time.perf_counter() - wall)
        best_cpu = min(best_cpu, time.process_time() - cpu)
    return best_wall, best_cpu, result


def warm(pair: tuple[str, str], runs: int) -> dict[str, Any]:
    from plandiff.engine.compare import compare
    from plandiff.plans.loading import load_plan
    from plandiff.render.docx import render_docx
    from plandiff.render.report import render_pdf

    old, new = (load_plan(REPO / p, p) for p in pair)
    comparison = compare(old, new)
    render_pdf(comparison, old, new)  # fonts and imports warmed up once
    docx = timed(lambda: render_docx(comparison, old, new), runs)
    pdf = timed(lambda: render_pdf(comparison, old, new), max(2, runs // 5))
    return {"docx": docx[:2], "pdf": pdf[:2], "docx_bytes": len(docx[2]),
            "pdf_bytes": len(pdf[2])}


def command(pair: tuple[str, str], fmt: str, runs: int) -> tuple[float, float]:
    best_wall = best_cpu = float("inf")
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):
            before = os.times()
            wall = time.perf_counter()
            subprocess.run([PLANDIFF, "diff", *pair, "--format", fmt, "-o",
                            str(Path(folder) / f"out.{fmt}")], cwd=REPO, check=True)
            after = os.times()
            best_wall = min(best_wall, time.perf_counter() - wall)
            best_cpu = min(best_cpu, (after.children_user - before.children_user)
                           + (after.children_system - before.children_system))
    return best_wall, best_cpu


def big_worker(size: int, fmt: str) -> dict[str, Any]:
    """The synthetic pair rendered once as ``fmt``, in this (fresh) process."""
    sys.path.insert(0, str(REPO))
    from benchmarks.synth import generate

    from plandiff.engine.compare import compare
    from plandiff.plans.importer import parse_text

    pair = generate(size, seed=1)
    old = parse_text(pair.old_text(), document="bench", version="2026-01-01-old",
                     language="en", date=dt.date(2026, 1, 1))
    new = parse_text(pair.new_text(), document="bench", version="2026-02-01-new",
                     language="en", date=dt.date(2026, 2, 1))
    comparison = compare(old, new)
    render: Callable[[], bytes]
    if fmt == "docx":
        from plandiff.render.docx import render_docx

        def render() -> bytes:
            return render_docx(comparison, old, new)
    else:
        from plandiff.render.report import render_pdf

        def render() -> bytes:
            return render_pdf(comparison, old, new)
    wall, cpu, data = timed(render, 1)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"size": size, "changes": len(comparison.changes), "wall": wall, "cpu": cpu,
            "bytes": len(data), "maxrss_mb": rss}


def big(size: int, fmt: str) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--worker", str(size), fmt], cwd=REPO,
                         check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _fmt(pair: tuple[float, float]) -> str:
    return f"{pair[0]:.3f} s ({pair[1]:.3f} s CPU)"


def report(results: dict[str, Any]) -> str:
    lines = [
        "# Word redline (.docx) against the PDF report",
        "",
        f"Measured {results['when']} on {results['machine']} ({results['cores']} cores, load "
        f"average {results['load']}), Python {results['python']}. Best of "
        f"{results['runs']} runs (PDF: fewer).",
        "",
        "| pair | render_docx (warm) | render_pdf (warm) | .docx bytes | PDF bytes "
        "| command → .docx | command → PDF |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, row in results["pairs"].items():
        lines.append(f"| {name} | {_fmt(row['docx'])} | {_fmt(row['pdf'])} | "
                     f"{row['docx_bytes']:,} | {row['pdf_bytes']:,} | "
                     f"{_fmt(row['cmd_docx'])} | {_fmt(row['cmd_pdf'])} |")
    if results.get("big"):
        docx, pdf = results["big"]["docx"], results["big"]["pdf"]
        lines += [
            "",
            f"## {docx['size']:,}-point synthetic pair ({docx['changes']:,} changes), "
            "each in a fresh process",
            "",
            "| output | time | bytes | peak memory |",
            "|---|---|---|---|",
            f"| .docx | {docx['wall']:.2f} s ({docx['cpu']:.2f} s CPU) | {docx['bytes']:,} | "
            f"{docx['maxrss_mb']:.0f} MB |",
            f"| PDF | {pdf['wall']:.2f} s ({pdf['cpu']:.2f} s CPU) | {pdf['bytes']:,} | "
            f"{pdf['maxrss_mb']:.0f} MB |",
            "",
            f"The .docx takes {docx['cpu'] / pdf['cpu'] * 100:.1f} % of the PDF's CPU time "
            f"({docx['wall'] / pdf['wall'] * 100:.1f} % of its wall time).",
        ]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--worker", nargs=2)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(big_worker(int(args.worker[0]), args.worker[1])))
        return
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1766534400")
    results: dict[str, Any] = {
        "when": dt.date.today().isoformat(), "machine": platform.machine(),
        "cores": os.cpu_count(), "load": " ".join(f"{x:.2f}" for x in os.getloadavg()),
        "python": platform.python_version(), "runs": args.runs, "pairs": {}}
    for name, pair in PAIRS.items():
        row = warm(pair, args.runs)
        row["cmd_docx"] = command(pair, "docx", 3)
        row["cmd_pdf"] = command(pair, "pdf", 3)
        results["pairs"][name] = row
    if not args.quick:
        results["big"] = {"docx": big(1000, "docx"), "pdf": big(1000, "pdf")}
    text = report(results)
    (REPO / "benchmarks" / "results-docx.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
