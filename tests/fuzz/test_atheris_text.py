"""Runs the atheris target for the text readers' whole path (text, Markdown, e-mail,
reStructuredText, Org, subtitles) on a fixed number of inputs (:mod:`tests.fuzz.campaign`:
counted inputs, not a time window; atheris missing makes this fail, not skip). Its first
minutes of fuzzing found an internal error (a mail part's charset holding a NUL), now a
regression test in ``tests/plans/intake/test_mail.py``."""

from __future__ import annotations

import os
from pathlib import Path

from tests.fuzz.campaign import campaign, runs
from tests.helpers import REPO

TARGET = REPO / "tests" / "fuzz" / "fuzz_text_readers.py"
RUNS = runs(1500)
"""Inputs per CI run (``PLANDIFF_FUZZ_RUNS`` raises it)."""


def test_fuzz_text_readers(tmp_path: Path) -> None:
    campaign(TARGET, RUNS, tmp_path, f"{REPO / 'src'}{os.pathsep}{REPO}")
