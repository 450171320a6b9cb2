"""atheris (libFuzzer) target for the text readers' whole path: ``import_bytes`` on a text,
Markdown, e-mail, reStructuredText, Org or subtitle draft (decoding and encoding guesses,
mojibake, quoted-printable, mail parts and charsets, subtitles, Org and underlined headings,
pasted columns, replies and quotes, pipe tables, furniture, footnotes, hyphens, threads and
chats, then the parser). ``fuzz_import_load.py`` fuzzes the parser alone (``parse_text``), and
``fuzz_intake.py`` the HTML, Word and PDF readers.

The first byte picks the kind of draft and whether the rest is used raw or spliced into that
kind's seed. A failure is any exception other than plandiff's own :class:`PlandiffError`
(exit code 2 in the CLI), or an imported plan whose JSON the loader does not accept.

Run::

    python tests/fuzz/fuzz_text_readers.py -max_total_time=60
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository: tests.fuzz

with atheris.instrument_imports(include=["plandiff"]):
    from plandiff.limits import Limits
    from plandiff.plans.intake import DraftRequest
    from tests.fuzz.roundtrip import check_import

from tests.fuzz.budget import cpu_bounded
from tests.fuzz.splicing import spliced

LIMITS = Limits(max_file_bytes=1 << 20, max_points=500, max_text_chars=50_000)
REQUEST = DraftRequest(document="doc", version="2025-11-20-fuzz", limits=LIMITS)
SEEDS: tuple[tuple[str, str], ...] = (
    (".txt", "Draft framework\n===============\n\n1. The parties shall observe a ceasefire.[1]\n"
             "2. Elections within 100 days:\n   a) observers attend;\n   b) results in 7 days.\n"
             "\nPage 2 of 9\n---\n3. Sanctions relief.\n\n[1] Footnote.\n> quoted line\nOlena\n"),
    (".md", "# Plan\n\n| No. | Text |\n|---|---|\n| 1 | Ceasefire |\n| 2 | Elections |\n\n"
            "> quote\n\n1. **Point** text\n   - bullet\n2. Next\n\n[^1]: note\n"),
    (".eml", "From: a@example.org\nTo: d@example.org\nSubject: Plan\nContent-Type: text/plain; "
             "charset=utf-8\n\nHi,\n\n1. Ceasefire.\n2. Elections.\n\n> 3. old\n-- \nSig\n"),
    (".rst", "Plan\n====\n\n#. Ceasefire\n#. Elections\n\nSection\n-------\n\n3. Sanctions\n"),
    (".org", "#+TITLE: Plan\n* Points\n1. Ceasefire\n2. Elections\n** Sub\n- item\n"),
    (".srt", "1\n00:00:01,000 --> 00:00:03,000\nPoint one: ceasefire.\n\n2\n"
             "00:00:04,000 --> 00:00:06,000\nPoint two: elections.\n"),
    (".txt", "1/3 Thread on the plan 🧵\n1️⃣ Ceasefire\n2️⃣ Elections\nShow more\n"
             "[12.11.25 10:01] Olena: 3. Sanctions\nПункт 4. Гарантии\n第5条 停戦\n（６）全角\n"),
)


def check(data: bytes, suffix: str) -> None:
    check_import(data, f"fuzz{suffix}", suffix, REQUEST, LIMITS)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    suffix, seed = SEEDS[data[0] % len(SEEDS)]
    if data[0] & 8:
        check(spliced(seed.encode("utf-8"), data[1:]), suffix)
    else:
        check(data[1:], suffix)


def main() -> None:
    argv = list(sys.argv)
    folders = [Path(arg) for arg in argv[1:] if not arg.startswith("-")]
    if folders and folders[0].is_dir() and not any(folders[0].iterdir()):
        for index, (_, seed) in enumerate(SEEDS):
            (folders[0] / f"seed-{index}").write_bytes(bytes([index]) + seed.encode("utf-8"))
    atheris.Setup(argv, cpu_bounded(test_one_input))
    atheris.Fuzz()


if __name__ == "__main__":
    main()
