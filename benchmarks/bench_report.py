"""Benchmark of the comparison reports (HTML and PDF).

    python benchmarks/bench_report.py            # everything, writes benchmarks/results-report.md
    python benchmarks/bench_report.py --quick    # skip the 1,000-point document
    python benchmarks/bench_report.py --instructions  # also count instructions (valgrind)

What it measures, on the shipped 28 → 20 pair (English and the Japanese translation):

- command to PDF: ``plandiff diff OLD NEW --format pdf -o FILE`` in a fresh process (Python
  start-up, imports, loading, comparison, report), best and median of several runs;
- inside one warm process, side by side: plandiff's report (``render_pdf``: view model,
  template, font checks, attachments, then WeasyPrint) against WeasyPrint alone laying out and
  writing the very same HTML with the very same options; the difference is what plandiff's
  own report code adds (target: at most 15 % of WeasyPrint's time);
- a 1,000-point synthetic comparison (benchmarks/synth.py, through the real importer and
  engine) in a fresh process: time, pages, peak memory, and a page-break check: no point
  heading may end a page (it must stay with the first line of its text).

Times are wall-clock seconds (best of N); CPU seconds are shown too, because this machine is
shared and wall time moves with the load (the load average is printed with the results).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
PAIR = (
    "plans/peace-framework/2025-11-20-us-28-point.json",
    "plans/peace-framework/2025-12-24-20-point.json",
)
PAIR_JA = (
    "plans/peace-framework/2025-11-20-us-28-point-ja.json",
    "plans/peace-framework/2025-12-24-20-point-ja.json",
)
RESULTS = REPO / "benchmarks" / "results-report.md"


def timed(fn: Callable[[], Any], runs: int) -> tuple[float, float, Any]:
    """Best wall and best CPU seconds of ``runs`` calls, and the last result."""
    walls, cpus, result = [], [], None
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus), result


def command_to_pdf(pair: tuple[str, str], runs: int) -> dict[str, float]:
    """``plandiff diff --format pdf`` in fresh processes."""
    plandiff = Path(sys.executable).with_name("plandiff")
    walls = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "report.pdf"
        for _ in range(runs):
            started = time.perf_counter()
            subprocess.run([str(plandiff), "diff", *pair, "--format", "pdf", "-o", str(out)],
                           cwd=REPO, check=True, capture_output=True)
            walls.append(time.perf_counter() - started)
    return {"best": min(walls), "median": statistics.median(walls)}


def fresh_python(code: str, runs: int) -> float:
    """Best wall time of Python starting up and running ``code``, in fresh processes."""
    walls = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)
        walls.append(time.perf_counter() - started)
    return min(walls)


def import_time(runs: int) -> float:
    """Python start-up plus the imports of ``plandiff diff --format pdf``, in fresh processes."""
    return fresh_python("import plandiff.cli, plandiff.engine.compare, plandiff.render.report, "
                        "plandiff.render.report.pdf", runs)


def weasyprint_import(runs: int) -> float:
    """Python start-up plus ``import weasyprint`` alone: the part of the command no report
    code can shorten."""
    return fresh_python("import weasyprint", runs)


def instructions(pair: tuple[str, str]) -> dict[str, int]:
    """Instructions executed (valgrind's cachegrind, no cache simulation) by the command to
    PDF and by ``import weasyprint`` alone: unlike seconds, these do not move with the load of
    a shared machine, so they show what a change to the report really saves."""
    if shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind (Debian: apt install valgrind)")
    plandiff = Path(sys.executable).with_name("plandiff")
    counts = {}
    with tempfile.TemporaryDirectory() as tmp:
        commands = {
            "command": [str(plandiff), "diff", *pair, "--format", "pdf", "-o",
                        str(Path(tmp) / "report.pdf")],
            "weasyprint_import": [sys.executable, "-c", "import weasyprint"],
        }
        for key, command in commands.items():
            out = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no",
                                  "--cachegrind-out-file=" + os.devnull, *command],
                                 cwd=REPO, capture_output=True, text=True, check=False)
            if out.returncode not in (0, 1):  # plandiff diff: 1 = the versions differ
                raise SystemExit(f"{command[0]} failed under valgrind: {out.stderr[-300:]}")
            found = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
            if found is None:
                raise SystemExit(f"no instruction count in valgrind's output: "
                                 f"{out.stderr[-300:]}")
            counts[key] = int(found.group(1).replace(",", ""))
    return counts


def calibration(runs: int) -> float:
    """WeasyPrint on a plain 28-point redline (no report around it), for comparison with the
    0.5 s that design.md measured for such a page on an idle machine of this kind."""
    import weasyprint

    body = "".join(
        f"<h3>{i}. Point title</h3><p>The parties <del>shall</del> <ins>should</ins> observe a "
        "ceasefire along the line of contact " + "and monitoring is arranged by observers " * 4
        + "</p>" for i in range(1, 29))
    html = f"<html lang='en'><body style='font-family: \"Noto Sans\"'>{body}</body></html>"
    weasyprint.HTML(string="<p>warm</p>").write_pdf()
    wall, _, _ = timed(lambda: weasyprint.HTML(string=html).write_pdf(), runs)
    return wall


def side_by_side(pair: tuple[str, str], runs: int) -> dict[str, Any]:
    """plandiff's report against WeasyPrint alone on the same HTML, in this process."""
    import weasyprint

    from plandiff.engine.compare import compare
    from plandiff.plans.loading import load_plan
    from plandiff.render.report import default_attachments, pdf_source, render_html, render_pdf
    from plandiff.render.report.pdf import PDF_VARIANT, identifier

    old, new = (load_plan(REPO / p) for p in pair)
    compare_wall, compare_cpu, comparison = timed(lambda: compare(old, new), runs)
    html_wall, html_cpu, html = timed(lambda: render_html(comparison, old, new), runs)
    files = default_attachments(comparison, old, new)
    pdf = render_pdf(comparison, old, new, attachments=files)

    # Exactly the HTML, files and date render_pdf lays out, for WeasyPrint alone.
    source = pdf_source(comparison, old, new, attachments=files)
    document = source.html
    stamp = source.when.astimezone(dt.UTC).replace(tzinfo=None)
    items = source.files

    def bare() -> bytes:
        attachments = [weasyprint.Attachment(string=a.data, name=a.name,
                                             description=a.description, created=stamp,
                                             modified=stamp, relationship=a.relationship)
                       for a in items]
        data: bytes = weasyprint.HTML(string=document).write_pdf(
            pdf_variant=PDF_VARIANT, pdf_tags=True, attachments=attachments,
            pdf_identifier=identifier(document, items))
        return data

    # Interleaved, so both see the same machine load: render_pdf, then WeasyPrint alone.
    pdf_cpus, weasy_cpus, pdf_walls, weasy_walls = [], [], [], []
    for _ in range(runs):
        wall, cpu, _ = timed(lambda: render_pdf(comparison, old, new, attachments=files), 1)
        pdf_walls.append(wall)
        pdf_cpus.append(cpu)
        wall, cpu, _ = timed(bare, 1)
        weasy_walls.append(wall)
        weasy_cpus.append(cpu)

    def untagged() -> bytes:
        data: bytes = weasyprint.HTML(string=document).write_pdf()
        return data

    plain_wall, plain_cpu, _ = timed(untagged, runs)

    # What each part of the report costs WeasyPrint: each part laid out alone, with the same
    # stylesheet and PDF options (links to the other parts unlinked).
    parts = {}
    for name, part in report_parts(document).items():

        def alone(part: str = part) -> bytes:
            data: bytes = weasyprint.HTML(string=part).write_pdf(
                pdf_variant=PDF_VARIANT, pdf_tags=True)
            return data

        wall, cpu, part_pdf = timed(alone, runs)
        parts[name] = {"wall": wall, "cpu": cpu, "pages": _pages(part_pdf)}

    # plandiff's own code, measured directly: view model, template, attachments, font checks.
    from plandiff.render.report.pdf import installed, missing_fonts

    def own() -> None:
        installed.cache_clear()
        pdf_source(comparison, old, new, attachments=files)
        missing_fonts(document)

    own_wall, own_cpu, _ = timed(own, runs)
    weasy_cpu = statistics.median(weasy_cpus)
    pdf_cpu = statistics.median(pdf_cpus)
    pages = _pages(pdf)
    return {
        "pages": pages, "pdf_bytes": len(pdf), "html_bytes": len(html.encode()),
        "compare": (compare_wall, compare_cpu), "render_html": (html_wall, html_cpu),
        "render_pdf": (min(pdf_walls), min(pdf_cpus)),
        "weasyprint": (min(weasy_walls), min(weasy_cpus)),
        "weasyprint_plain": (plain_wall, plain_cpu), "own": (own_wall, own_cpu),
        "parts": parts,
        "own_share": own_cpu / min(weasy_cpus),
        "paired_share": (pdf_cpu - weasy_cpu) / weasy_cpu,
    }


PARTS = (
    ("cover and contents", '<header class="cover"'),
    ("summary and legend", '<section class="summary"'),
    ("meaning shifts", '<section class="flags-section"'),
    ("renumbering map", '<section class="renumbering"'),
    ("point by point", '<section class="points"'),
    ("sources and notes", '<section class="sources-section"'),
)


def report_parts(html: str) -> dict[str, str]:
    """The report HTML once per part, with every other part cut out and links to them
    unlinked (so WeasyPrint lays out that part alone, with the same head and stylesheet)."""
    body = html.index("<body>") + len("<body>")
    end_body = html.rindex("</body>")
    starts = [html.index(marker) for _, marker in PARTS] + [end_body]
    out = {}
    for k, (name, _) in enumerate(PARTS):
        alone = html[:body] + html[starts[k]:starts[k + 1]] + html[end_body:]
        out[name] = re.sub(r'href="#[^"]*"', "", alone)
    return out


def _pages(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def orphaned_headings(pdf: bytes) -> list[str]:
    """Point headings left alone at the foot of a page, their text starting on the next one.

    Every point heading has a bookmark (its title ends with "— kind"); the bookmark gives its
    page and height. The heading is kept with its text when some body text (10 pt, not bold)
    follows it on the same page."""
    import pdfplumber
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    marks: list[tuple[str, int, float]] = []

    def walk(items: list[Any]) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            elif "—" in str(item.title):
                page = reader.get_destination_page_number(item)
                if page is None:
                    raise ValueError(f"bookmark {item.title!r} points to no page")
                marks.append((str(item.title), page, float(item.top)))

    walk(reader.outline)
    bad = []
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        body: dict[int, list[float]] = {}
        for index, page in enumerate(doc.pages):
            body[index] = [c["top"] for c in page.chars
                           if 9.5 <= c["size"] <= 10.5 and "Bold" not in c["fontname"]
                           and c["text"].strip()]
        for title, index, top in marks:
            heading_top = doc.pages[index].height - top
            if not any(t > heading_top + 5 for t in body[index]):
                bad.append(title)
    return bad


def big_worker(size: int) -> dict[str, Any]:
    """The synthetic document, in this (fresh) process."""
    sys.path.insert(0, str(REPO))
    from benchmarks.synth import generate

    from plandiff.engine.compare import compare
    from plandiff.plans.importer import parse_text
    from plandiff.render.report import render_pdf

    pair = generate(size, seed=1)
    old = parse_text(pair.old_text(), document="bench", version="2026-01-01-old",
                     language="en", date=dt.date(2026, 1, 1))
    new = parse_text(pair.new_text(), document="bench", version="2026-02-01-new",
                     language="en", date=dt.date(2026, 2, 1))
    comparison = compare(old, new)
    wall, cpu = time.perf_counter(), time.process_time()
    pdf = render_pdf(comparison, old, new)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "size": size, "changes": len(comparison.changes), "wall": wall, "cpu": cpu,
        "pages": _pages(pdf), "pdf_bytes": len(pdf), "maxrss_mb": rss,
        "orphaned": orphaned_headings(pdf),
    }


def big(size: int) -> dict[str, Any]:
    out = subprocess.run([sys.executable, __file__, "--worker", str(size)], cwd=REPO,
                         check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _fmt(pair: tuple[float, float]) -> str:
    return f"{pair[0]:.2f} s ({pair[1]:.2f} s CPU)"


def report(results: dict[str, Any]) -> str:
    lines = [
        "# Report benchmark",
        "",
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}, WeasyPrint {results['weasyprint_version']}; "
        f"load average {results['load'][0]:.1f} / {results['load'][1]:.1f} / "
        f"{results['load'][2]:.1f} when measured (the machine is shared; CPU seconds move "
        "less with the load than wall seconds). Calibration: WeasyPrint alone on a plain "
        f"28-point redline took {results['calibration']:.2f} s in this run (design.md measured "
        "about 0.5 s for such a document on an idle machine of this kind). Produced by "
        "`python benchmarks/bench_report.py`.",
        "",
        "## 28 → 20 (peace-framework), command to PDF",
        "",
        "| pair | command to PDF, best | median | target |",
        "|---|---:|---:|---:|",
    ]
    for name, key in (("English", "en"), ("Japanese", "ja")):
        cmd = results[key]["command"]
        lines.append(f"| {name} | {cmd['best']:.2f} s | {cmd['median']:.2f} s | < 3 s |")
    en = results["en"]
    lines += [
        "",
        f"Where the English command's time goes: Python start-up and imports "
        f"{results['imports']:.2f} s (WeasyPrint and its Pango/HarfBuzz bindings are most of "
        f"it); the comparison itself {en['compare'][0]:.2f} s (warm); "
        f"plandiff's report code {en['own'][0]:.2f} s; WeasyPrint laying out and writing the "
        f"{en['pages']} pages {en['weasyprint'][0]:.2f} s (best run). The report is dense "
        "(cover with provenance, summary tables, the flag list, the renumbering map, every "
        "point with its notes, all sources), so WeasyPrint's share dominates; what plandiff "
        "adds on top of WeasyPrint is small (next table).",
        "",
        "What each part costs WeasyPrint (English; each part laid out alone, same stylesheet "
        "and PDF options, best run; the parts add up to about the whole):",
        "",
        "| part | pages | WeasyPrint s (CPU) |",
        "|---|---:|---:|",
        *(f"| {name} | {part['pages']} | {part['wall']:.2f} ({part['cpu']:.2f}) |"
          for name, part in en["parts"].items()),
        "",
        f"WeasyPrint's own floor for this report: Python start-up and `import weasyprint` "
        f"{results['weasyprint_import']:.2f} s, plus WeasyPrint alone laying out and writing "
        f"the report's HTML {en['weasyprint'][0]:.2f} s, is "
        f"{results['weasyprint_import'] + en['weasyprint'][0]:.2f} s before plandiff does "
        "anything (best runs). The tables and lists of the front pages cost WeasyPrint far "
        "more per page than running text does.",
    ]
    if "instructions" in results:
        counts = results["instructions"]
        lines += [
            "",
            "Instructions executed (valgrind cachegrind; these do not move with the machine's "
            "load): the English command to PDF "
            f"{counts['command'] / 1e9:.2f} G, of which Python start-up and `import weasyprint` "
            f"{counts['weasyprint_import'] / 1e9:.2f} G.",
        ]
    lines += [
        "",
        "## Inside one warm process: plandiff's report next to WeasyPrint alone",
        "",
        "Same HTML, same options (PDF/A-3b, tagged, same attachments); best of "
        f"{results['runs']} runs (render_pdf and WeasyPrint alone interleaved).",
        "",
        "| step | English | Japanese |",
        "|---|---:|---:|",
    ]
    rows = (
        ("compare (engine, for reference)", "compare"),
        ("render_html (model + template)", "render_html"),
        ("render_pdf (plandiff's whole PDF report)", "render_pdf"),
        ("WeasyPrint alone on the same HTML", "weasyprint"),
        ("WeasyPrint alone, plain PDF (no PDF/A, no tags)", "weasyprint_plain"),
    )
    for label, key in rows:
        lines.append(f"| {label} | {_fmt(results['en'][key])} | {_fmt(results['ja'][key])} |")
    lines.append(
        f"| plandiff's own report code, measured directly (model, template, attachments, "
        f"font checks) | {_fmt(results['en']['own'])} | {_fmt(results['ja']['own'])} |")
    lines.append(
        f"| **share added by plandiff's code**, direct: own CPU / WeasyPrint CPU "
        f"(target ≤ 15 %) | **{results['en']['own_share']:.1%}** | "
        f"**{results['ja']['own_share']:.1%}** |")
    lines.append(
        f"| same, as the difference of medians render_pdf − WeasyPrint alone (noisy) | "
        f"{results['en']['paired_share']:+.1%} | {results['ja']['paired_share']:+.1%} |")
    lines.append(f"| pages | {results['en']['pages']} | {results['ja']['pages']} |")
    lines.append(f"| PDF size | {results['en']['pdf_bytes'] / 1024:.0f} KiB | "
                 f"{results['ja']['pdf_bytes'] / 1024:.0f} KiB |")
    if "big" in results:
        b = results["big"]
        lines += [
            "",
            f"## {b['size']:,}-point synthetic comparison (fresh process)",
            "",
            "| changes | pages | render_pdf | peak memory | PDF size "
            "| headings cut from their text |",
            "|---:|---:|---:|---:|---:|---:|",
            f"| {b['changes']:,} | {b['pages']} | {b['wall']:.1f} s ({b['cpu']:.1f} s CPU) | "
            f"{b['maxrss_mb']:.0f} MB | {b['pdf_bytes'] / 1024 / 1024:.1f} MiB | "
            f"{len(b['orphaned'])} |",
        ]
    lines.append("")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="skip the 1,000-point document")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size", type=int, default=1000)
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--instructions", action="store_true",
                        help="also count instructions with valgrind (a few minutes)")
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(big_worker(args.worker)))
        return
    os.environ.pop("SOURCE_DATE_EPOCH", None)
    import weasyprint

    results: dict[str, Any] = {"runs": args.runs, "weasyprint_version": weasyprint.__version__}
    for key, pair in (("en", PAIR), ("ja", PAIR_JA)):
        results[key] = side_by_side(pair, args.runs)
        results[key]["command"] = command_to_pdf(pair, args.runs)
    results["imports"] = import_time(args.runs)
    results["weasyprint_import"] = weasyprint_import(args.runs)
    if args.instructions:
        results["instructions"] = instructions(PAIR)
    results["calibration"] = calibration(args.runs)
    if not args.quick:
        results["big"] = big(args.size)
    results["load"] = os.getloadavg()
    text = report(results)
    print(text)
    if not args.no_write:
        RESULTS.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
