"""Count the hostile-input cases, and (with --run) how many of them are handled.

    python tests/hostile/count_cases.py          # cases per file, collected by pytest
    python tests/hostile/count_cases.py --run    # also run them: "N tried / M handled"

The numbers in the README's Reliability section come from ``--run``: a case is one collected
test (one parametrised input on one command); "handled" means it passed.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def collect() -> list[str]:
    """Node ids of every test in tests/hostile."""
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider",
         str(HERE)], cwd=REPO, capture_output=True, text=True, check=False)
    ids = [line for line in done.stdout.splitlines() if "::" in line]
    if done.returncode != 0 or not ids:
        raise SystemExit(f"collection failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
    return ids


def run(workers: str) -> tuple[int, int, list[str]]:
    """Run the suite; (tried, handled, failing node ids)."""
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "report.xml"
        subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", workers,
             f"--junitxml={report}", str(HERE)], cwd=REPO, check=False,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        root = ET.parse(report).getroot()
    tried = handled = 0
    failing = []
    for case in root.iter("testcase"):
        if case.find("skipped") is not None:
            continue
        tried += 1
        if case.find("failure") is None and case.find("error") is None:
            handled += 1
        else:
            failing.append(f"{case.get('classname')}::{case.get('name')}")
    return tried, handled, failing


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", action="store_true", help="run the cases too")
    parser.add_argument("-n", default="auto", help="pytest-xdist workers for --run")
    args = parser.parse_args()
    ids = collect()
    per_file = Counter(i.split("::")[0] for i in ids)
    for name, count in sorted(per_file.items()):
        print(f"{count:5d}  {name}")
    print(f"{len(ids):5d}  hostile-input cases collected")
    if args.run:
        tried, handled, failing = run(args.n)
        for node in failing:
            print(f"  not handled: {node}")
        print(f"{tried} cases tried / {handled} handled")
        raise SystemExit(0 if tried == handled else 1)


if __name__ == "__main__":
    main()
