"""Runs the atheris target for the HTML, Word and PDF readers for a bounded time (atheris
missing makes this fail, not skip)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.helpers import REPO

TARGET = REPO / "tests" / "fuzz" / "fuzz_intake.py"
SECONDS = int(os.environ.get("PLANDIFF_FUZZ_SECONDS", "20"))


def test_fuzz_draft_readers(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    env = {**os.environ, "PYTHONPATH": f"{REPO / 'src'}{os.pathsep}{REPO}"}
    done = subprocess.run(
        [sys.executable, str(TARGET), f"-max_total_time={SECONDS}", "-rss_limit_mb=2048",
         "-timeout=20", f"-artifact_prefix={tmp_path}/", "-print_final_stats=1", str(corpus)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=SECONDS + 120,
        check=False)
    log = done.stderr[-4000:]
    assert done.returncode == 0, f"fuzzing found a failure (artifacts in {tmp_path}):\n{log}"
    runs = int(done.stderr.split("stat::number_of_executed_units:")[1].split()[0])
    assert runs > 100, f"only {runs} inputs in {SECONDS} s"
    assert not list(tmp_path.glob("crash-*")) and not list(tmp_path.glob("timeout-*"))
