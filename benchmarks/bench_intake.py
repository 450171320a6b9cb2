"""Benchmark of draft import: a 300-point PDF and a 300-point Word .docx.

Run from the repository root:

    python benchmarks/bench_intake.py            # 300 points; writes results-intake.md
    python benchmarks/bench_intake.py --points 1000 --no-write

A seeded generator writes a draft of N numbered points (about 40 words each; every fifth
point has three bulleted sub-points). It is rendered once as a PDF (WeasyPrint, A4, with a
running header and page numbers) and as a .docx with Word's automatic numbering; then each
file is imported as ``plandiff import`` imports it (format detection, reading, the line
parser, the structure report, the plan model), best of three in this process, and once as a
cold ``plandiff import FILE`` process (Python start-up and imports included). The import
must find every point; the figures go to benchmarks/results-intake.md and the README.

A second table times the size limits' worst case for plain text: a 20 MB draft of 380,000
numbered lines, read with the byte limit raised (``PLANDIFF_MAX_FILE_BYTES``) and refused at
the 50,000-point limit, and the same draft cut to 38,000 lines with a 5,000-point limit; one
cold process each, wall clock and CPU (the child's user + system time).

A third times a page saved whole in one file (SingleFile, "Save Page As… complete"): a few
paragraphs and five numbered points beside about 20 MB of base64 images, a web font and a
script's data (``tests/plans/intake/bigpages.py``), one cold import: wall, CPU and the
child's peak resident memory.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT))

from tests.plans.intake.bigpages import single_file_page  # noqa: E402
from tests.plans.intake.layouts import (  # noqa: E402
    Layout,
    Pt,
    auto_docx,
    print_page,
    typed_body,
)

from plandiff.plans.intake import DraftRequest, import_bytes  # noqa: E402

WORDS = ("ceasefire", "border", "monitors", "sanctions", "elections", "fund", "parties",
         "guarantee", "region", "schools", "energy", "prisoners", "commission", "trade",
         "weekly", "joint", "civilian", "reconstruction", "treaty", "security", "withdrawal",
         "referendum", "amnesty", "navigation", "reactor", "children")


def draft(points: int, seed: int = 13) -> Layout:
    rng = random.Random(seed)
    lines: list[str] = []
    expected: list[Pt] = []
    for n in range(1, points + 1):
        text = " ".join(rng.choice(WORDS) for _ in range(40))
        text = text[0].upper() + text[1:]
        subs = [" ".join(rng.choice(WORDS) for _ in range(10)) + ";" for _ in range(3)] \
            if n % 5 == 0 else []
        text += ":" if subs else "."
        lines.append(f"{n}. {text}")
        lines.extend(f"• {s}" for s in subs)
        expected.append(Pt(str(n), text, points=tuple(
            Pt(f"{n}.{k}", s) for k, s in enumerate(subs, 1))))
    return Layout("bench", "\n".join(lines) + "\n", tuple(expected))


def best_of(data: bytes, suffix: str, runs: int = 3) -> tuple[float, int]:
    request = DraftRequest(document="bench", version="2025-12-01-bench")
    times = []
    found = 0
    for _ in range(runs):
        start = time.perf_counter()
        imported = import_bytes(data, f"bench{suffix}", suffix, request)
        times.append(time.perf_counter() - start)
        found = len(imported.plan.points)
    return min(times), found


def cold(path: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "plandiff", "import", str(path), "--document",
                    "bench", "--version", "2025-12-01-bench", "-o", str(path) + ".json",
                    "--force"], check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def refused(lines: int, limit: int, scratch: Path) -> tuple[int, float, float]:
    """(file bytes, wall s, CPU s) of one cold import of ``lines`` numbered lines refused at
    the points limit ``limit``."""
    path = scratch / f"big-{lines}.txt"
    path.write_bytes(b"".join(b"%d. Point %d of a long draft, padded out with words.\n" % (i, i)
                              for i in range(1, lines + 1)))
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"),
           "PLANDIFF_MAX_FILE_BYTES": str(64 * 1024 * 1024), "PLANDIFF_MAX_POINTS": str(limit)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "plandiff", "import", str(path), "--document",
                          "bench", "--version", "2025-12-01-bench"],
                         capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert run.returncode == 2 and "PLANDIFF_MAX_POINTS" in run.stderr, run.stderr
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return path.stat().st_size, wall, cpu


_PEAK = ("import os, runpy, sys\n"
         "def peak(status, exit=os._exit):\n"
         "    for line in open('/proc/self/status'):\n"
         "        if line.startswith('VmHWM:'):\n"
         "            os.write(2, ('PEAK ' + line.split()[1] + '\\n').encode())\n"
         "    exit(status)\n"
         "os._exit = peak\n"
         "sys.argv = ['plandiff'] + sys.argv[1:]\n"
         "runpy.run_module('plandiff', run_name='__main__')\n")
"""Runs ``plandiff`` and writes its peak resident memory (kB) as it exits (``os._exit``):
the child's own ``VmHWM``, which a fork's copy of this process does not inflate as
``ru_maxrss`` does."""


def saved_whole(scratch: Path, src: Path = ROOT / "src") -> tuple[int, float, float, float]:
    """(file bytes, wall s, CPU s, peak MB) of one cold import of a single-file saved page
    with about 20 MB of inlined images, by the code under ``src``."""
    path = scratch / "saved-whole.html"
    path.write_bytes(single_file_page(15 * 1024 * 1024))
    env = {**os.environ, "PYTHONPATH": str(src)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-c", _PEAK, "import", str(path), "--document",
                          "bench", "--version", "2025-12-01-bench", "-o", str(path) + ".json",
                          "--force"], capture_output=True, text=True, env=env, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    peak = int(run.stderr.rsplit("PEAK ", 1)[1].split()[0])
    return path.stat().st_size, wall, cpu, peak / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--points", type=int, default=300)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    import weasyprint

    layout = draft(args.points)
    pdf = weasyprint.HTML(string=print_page(typed_body(layout))).write_pdf()
    assert pdf is not None
    docx = auto_docx(layout)
    rows = []
    with tempfile.TemporaryDirectory() as scratch:
        for name, data, suffix in (("PDF", pdf, ".pdf"), ("DOCX", docx, ".docx")):
            warm, found = best_of(data, suffix)
            assert found == args.points, f"{name}: found {found} of {args.points} points"
            path = Path(scratch) / f"bench{suffix}"
            path.write_bytes(data)
            rows.append((name, len(data), warm, cold(path)))
        big = [(lines, limit, *refused(lines, limit, Path(scratch)))
               for lines, limit in ((38_000, 5_000), (380_000, 50_000))]
        whole = saved_whole(Path(scratch))
    from plandiff.plans.intake.pdfium import PdfText

    document = PdfText(pdf)
    pages = len(document)
    document.close()
    lines = [f"# Draft import benchmark ({args.points} points, {pages}-page PDF)", "",
             f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
             f"{platform.python_version()}.", "",
             "| format | file size | import (best of 3, warm) | cold `plandiff import` |",
             "|---|---|---|---|"]
    lines += [f"| {name} | {size / 1024:.0f} KiB | {warm:.2f} s | {cold_s:.2f} s |"
              for name, size, warm, cold_s in rows]
    lines += ["", "Plain text refused at the points limit (byte limit raised), one cold process:",
              "", "| lines | file size | points limit | wall | CPU |", "|---:|---:|---:|---:|---:|"]
    lines += [f"| {count:,} | {size / 1024 / 1024:.1f} MB | {limit:,} | {wall:.1f} s "
              f"| {cpu:.1f} s |" for count, limit, size, wall, cpu in big]
    lines += ["", "A page saved whole in one file (images inlined as base64), one cold process:",
              "", "| file size | wall | CPU | peak memory |", "|---:|---:|---:|---:|",
              f"| {whole[0] / 1024 / 1024:.1f} MB | {whole[1]:.2f} s | {whole[2]:.2f} s "
              f"| {whole[3]:.0f} MB |"]
    report = "\n".join(lines) + "\n"
    print(report)
    if not args.no_write:
        (ROOT / "benchmarks" / "results-intake.md").write_text(report, encoding="utf-8")


if __name__ == "__main__":
    main()
