"""Runs the atheris fuzz target for import and loading on a fixed number of inputs in a
subprocess (:mod:`tests.fuzz.campaign`: counted inputs, not a time window).

atheris is a test dependency (pyproject.toml, ``test`` extra): when it is missing this test
FAILS rather than skipping, so the fuzzing in CI cannot silently stop.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tests.fuzz.campaign import campaign, runs
from tests.helpers import REPO

TARGET = REPO / "tests" / "fuzz" / "fuzz_import_load.py"
RUNS = runs(4000)
"""Inputs per CI run (about 13 s of one core; ``PLANDIFF_FUZZ_RUNS`` raises it)."""


def test_atheris_is_installed() -> None:
    assert importlib.util.find_spec("atheris") is not None, (
        "atheris is not installed: pip install -e '.[test]' (atheris>=3.0,<4)")


def test_fuzz_import_and_load(tmp_path: Path) -> None:
    campaign(TARGET, RUNS, tmp_path, str(REPO / "src"))
