"""Runs the atheris fuzz target for import and loading for a bounded time in a subprocess.

atheris is a test dependency (pyproject.toml, ``test`` extra): when it is missing this test
FAILS rather than skipping, so the fuzzing in CI cannot silently stop.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO

TARGET = REPO / "tests" / "fuzz" / "fuzz_import_load.py"
SECONDS = int(os.environ.get("PLANDIFF_FUZZ_SECONDS", "20"))
"""How long libFuzzer runs (CI default 20 s; raise it for a longer campaign)."""


def test_atheris_is_installed() -> None:
    assert importlib.util.find_spec("atheris") is not None, (
        "atheris is not installed: pip install -e '.[test]' (atheris>=3.0,<4)")


def test_fuzz_import_and_load(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run(
        [sys.executable, str(TARGET), f"-max_total_time={SECONDS}", "-rss_limit_mb=2048",
         "-timeout=20", f"-artifact_prefix={tmp_path}/", "-print_final_stats=1", str(corpus)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=SECONDS + 120,
        check=False)
    log = done.stderr[-4000:]
    assert done.returncode == 0, f"fuzzing found a failure (artifacts in {tmp_path}):\n{log}"
    assert "Done" in done.stderr and "stat::number_of_executed_units" in done.stderr, log
    runs = int(done.stderr.split("stat::number_of_executed_units:")[1].split()[0])
    assert runs > 1000, f"only {runs} inputs in {SECONDS} s"
    assert not list(tmp_path.glob("crash-*")) and not list(tmp_path.glob("timeout-*"))
