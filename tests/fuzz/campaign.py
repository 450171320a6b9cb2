"""One bounded libFuzzer campaign of an atheris target, in a subprocess, for the CI tests.

The campaign is bounded by the number of inputs (``-runs``), not by a time window: a loaded
machine runs it more slowly but checks exactly as much (a rate of inputs per second would fail
under load and pass alone). ``-max_total_time`` is only a backstop against a hang, and a
campaign it cuts short fails, saying how many inputs ran. Likewise one input is held to a
number of CPU seconds (:mod:`tests.fuzz.budget`), not to libFuzzer's wall-clock ``-timeout``,
which is only a guard against an input that never returns.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BACKSTOP = int(os.environ.get("PLANDIFF_FUZZ_MAX_SECONDS", "900"))
"""Seconds after which libFuzzer stops a campaign however few inputs ran (a hang, not load)."""
HANG_SECONDS = 300
"""Wall-clock seconds after which libFuzzer gives up on one input (``-timeout``): a hang, not
load; the limit an input is held to is its CPU time (:mod:`tests.fuzz.budget`)."""


def runs(default: int) -> int:
    """Inputs per campaign: ``PLANDIFF_FUZZ_RUNS`` for a longer one, else ``default``."""
    return int(os.environ.get("PLANDIFF_FUZZ_RUNS", str(default)))


def campaign(target: Path, inputs: int, tmp_path: Path, pythonpath: str) -> str:
    """Run ``target`` on ``inputs`` inputs from an empty corpus (the target seeds it); return
    libFuzzer's log. Fails on any finding, and unless exactly ``inputs`` inputs ran."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    env = {**os.environ, "PYTHONPATH": pythonpath}
    done = subprocess.run(
        [sys.executable, str(target), f"-runs={inputs}", f"-max_total_time={BACKSTOP}",
         "-rss_limit_mb=2048", f"-timeout={HANG_SECONDS}", f"-artifact_prefix={tmp_path}/",
         "-print_final_stats=1", str(corpus)],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=BACKSTOP + 120,
        check=False)
    log = done.stderr[-4000:]
    assert done.returncode == 0, (
        f"fuzzing found a failure (artifacts in {tmp_path}):\n{_finding(done, tmp_path)}\n{log}")
    assert "Done" in done.stderr and "stat::number_of_executed_units" in done.stderr, log
    executed = int(done.stderr.split("stat::number_of_executed_units:")[1].split()[0])
    assert executed == inputs, (
        f"{executed} of {inputs} inputs ran before the {BACKSTOP} s backstop:\n{log}")
    assert not list(tmp_path.glob("crash-*")) and not list(tmp_path.glob("timeout-*"))
    return done.stderr


def _finding(done: subprocess.CompletedProcess[str], tmp_path: Path) -> str:
    """What a failed campaign needs to be replayed from a CI log alone: libFuzzer's seed,
    atheris' traceback (atheris prints it on standard output, which the log lacks) and the
    failing input itself (pytest deletes its temporary folders after a few runs)."""
    seed = next((line for line in done.stderr.splitlines() if line.startswith("INFO: Seed:")),
                "INFO: Seed: (not printed)")
    inputs = "\n".join(f"{path.name}: {path.read_bytes()[:3000]!r}"
                       for path in sorted(tmp_path.glob("crash-*")) + sorted(
                           tmp_path.glob("timeout-*")))
    if not inputs:  # say where libFuzzer meant to write it, and what the folder holds
        written = [line for line in done.stderr.splitlines() if "written to" in line]
        inputs = (f"(no crash-* or timeout-* file; libFuzzer: {written or 'no artifact line'};"
                  f" the folder holds {sorted(path.name for path in tmp_path.iterdir())})")
    return f"{seed}\n{done.stdout[-3000:]}\n{inputs}"
