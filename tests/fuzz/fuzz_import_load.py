"""atheris (libFuzzer) target for the two readers of untrusted bytes: the text importer and the
plan loader.

Each input is used four ways, chosen by its first byte:

0. raw bytes decoded as ``plandiff import`` decodes a draft, then parsed into a plan;
1. raw bytes read as a plan file (encoding, JSON, limits, schema, model);
2. a valid plan file with the input spliced in at an input-chosen offset, then read;
3. a valid text draft with the input spliced in, then imported.

A failure is any exception other than plandiff's own :class:`PlandiffError` (which the CLI
turns into exit code 2), or an imported plan whose JSON the loader does not accept.

Run::

    python tests/fuzz/fuzz_import_load.py -atheris_runs=20000
    python tests/fuzz/fuzz_import_load.py -max_total_time=60
    python tests/fuzz/fuzz_import_load.py -max_total_time=60 CORPUS_DIR   # keep findings

An empty (or no) corpus folder is seeded with a plan, a draft and the shipped plans.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: tests.fuzz

with atheris.instrument_imports(include=["plandiff"]):
    from plandiff.errors import PlandiffError
    from plandiff.limits import Limits
    from plandiff.plans.importer import decode_text_bytes, parse_text
    from plandiff.plans.loading import parse_plan_bytes
    from plandiff.plans.serialise import plan_to_json

from tests.fuzz.budget import cpu_bounded
from tests.fuzz.splicing import spliced

LIMITS = Limits(max_file_bytes=1 << 20, max_points=500, max_depth=64, max_text_chars=50_000)
"""Smaller than the defaults, so that one input never takes long."""
NAME = Path("fuzz/doc/v1.json")

SEED_PLAN = json.dumps({
    "document": "doc", "version": "v1", "title": "Seed plan", "date": "2025-11-20",
    "status": "draft", "text_kind": "paraphrase", "language": "en",
    "sources": [{"title": "Report", "publisher": "Outlet", "url": "https://example.org/r"}],
    "points": [
        {"id": "one", "number": "1", "text": "The parties shall observe a ceasefire.",
         "topics": ["ceasefire"]},
        {"id": "two", "number": "2", "text": "Elections within 100 days.",
         "points": [{"id": "two-a", "number": "2(a)", "text": "Observers attend."}]},
    ],
}, ensure_ascii=False, indent=1).encode("utf-8")

SEED_TEXT = (
    "# Draft framework\n\nPreamble text.\n\n1. The parties shall observe a ceasefire.\n"
    "2. Elections within 100 days:\n   (a) observers attend;\n   (b) results within 7 days.\n"
    "Article 3: Sanctions relief.\n第4条（目的）停戦を遵守する。\n５．全角の番号。\n"
).encode()


def check_import(data: bytes) -> None:
    """Import ``data`` as a draft; an imported plan must load back as a valid plan file."""
    try:
        text = decode_text_bytes(data, "fuzz.txt")
        plan = parse_text(text, document="doc", version="2025-11-20-fuzz", limits=LIMITS)
    except PlandiffError:
        return
    again = parse_plan_bytes(plan_to_json(plan).encode("utf-8"),
                             Path("fuzz/doc/2025-11-20-fuzz.json"), "imported", LIMITS)
    if again.plan is None:
        raise AssertionError("import wrote a plan the loader refuses: "
                             + "; ".join(p.format() for p in again.problems))


def check_load(data: bytes) -> None:
    """Read ``data`` as a plan file: a plan or problems, never an exception."""
    loaded = parse_plan_bytes(data, NAME, "fuzz.json", LIMITS)
    if (loaded.plan is None) != bool(loaded.problems):
        raise AssertionError("a plan with problems, or no plan and no problem")
    for problem in loaded.problems:
        line = problem.format()
        if "\n" in line or not line.startswith("fuzz.json"):
            raise AssertionError(f"problem not one line naming the file: {line!r}")


def test_one_input(data: bytes) -> None:
    """The libFuzzer entry point."""
    if not data:
        return
    mode = data[0] % 4
    if mode == 0:
        check_import(data[1:])
    elif mode == 1:
        check_load(data[1:])
    elif mode == 2:
        check_load(spliced(SEED_PLAN, data[1:], 16))
    else:
        check_import(spliced(SEED_TEXT, data[1:], 16))


def seed_corpus(folder: Path) -> None:
    """Starting inputs: the seeds above and the shipped plans, each behind its mode byte."""
    seeds = [b"\x00" + SEED_TEXT, b"\x01" + SEED_PLAN, b"\x02", b"\x03"]
    plans = Path(__file__).resolve().parents[2] / "plans"
    seeds.extend(b"\x01" + p.read_bytes() for p in sorted(plans.rglob("*.json"))[:20])
    for index, seed in enumerate(seeds):
        (folder / f"seed-{index}").write_bytes(seed)


def main() -> None:
    argv = list(sys.argv)
    folders = [Path(arg) for arg in argv[1:] if not arg.startswith("-")]
    if not folders:  # no corpus folder given: a fresh temporary one
        import tempfile

        folders = [Path(tempfile.mkdtemp(prefix="plandiff-fuzz-corpus-"))]
        argv.append(str(folders[0]))
    if folders[0].is_dir() and not any(folders[0].iterdir()):
        seed_corpus(folders[0])
    atheris.Setup(argv, cpu_bounded(test_one_input))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
