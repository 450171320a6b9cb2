"""Runs the atheris target for the OpenDocument, Akoma Ntoso, single-file page and feed readers
on a fixed number of inputs (:mod:`tests.fuzz.campaign`: counted inputs, not a time window;
atheris missing makes this fail, not skip)."""

from __future__ import annotations

import os
from pathlib import Path

from tests.fuzz.campaign import campaign, runs
from tests.helpers import REPO

TARGET = REPO / "tests" / "fuzz" / "fuzz_structured_readers.py"
RUNS = runs(1500)
"""Inputs per CI run (about 8 s of one core; ``PLANDIFF_FUZZ_RUNS`` raises it)."""


def test_fuzz_structured_readers(tmp_path: Path) -> None:
    campaign(TARGET, RUNS, tmp_path, f"{REPO / 'src'}{os.pathsep}{REPO}")
