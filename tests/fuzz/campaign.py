"""One bounded libFuzzer campaign of an atheris target, in a subprocess, for the CI tests.

The campaign is bounded by the number of inputs (``-runs``), not by a time window: a loaded
machine runs it more slowly but checks exactly as much (a rate of inputs per second would fail
under load and pass alone). For the same reason the backstop against a runaway campaign
counts CPU seconds (:data:`BACKSTOP`, the campaign's ``RLIMIT_CPU``), not libFuzzer's
wall-clock ``-max_total_time`` (1,500 inputs of import and loading took 296 s on a loaded
machine, 10 s alone), and one input is held to a number of CPU seconds
(:mod:`tests.fuzz.budget`), not to libFuzzer's wall-clock ``-timeout``, which is only a guard
against an input that never returns.
"""

from __future__ import annotations

import os
import resource
import signal
import subprocess
import sys
from pathlib import Path

BACKSTOP = int(os.environ.get("PLANDIFF_FUZZ_MAX_SECONDS", "900"))
"""CPU seconds after which a campaign is stopped however few inputs ran (a runaway, not
load): the campaign's ``RLIMIT_CPU``."""
HANG_SECONDS = 300
"""Wall-clock seconds after which libFuzzer gives up on one input (``-timeout``): a hang, not
load; the limit an input is held to is its CPU time (:mod:`tests.fuzz.budget`)."""
STALL_SECONDS = 3600
"""Wall-clock seconds after which a campaign is stopped: a guard against one blocked outside
any input, which neither :data:`BACKSTOP` nor :data:`HANG_SECONDS` sees."""


def runs(default: int) -> int:
    """Inputs per campaign: ``PLANDIFF_FUZZ_RUNS`` for a longer one, else ``default``."""
    return int(os.environ.get("PLANDIFF_FUZZ_RUNS", str(default)))


def campaign(target: Path, inputs: int, tmp_path: Path, pythonpath: str) -> str:
    """Run ``target`` on ``inputs`` inputs from an empty corpus (the target seeds it); return
    libFuzzer's log. Fails on any finding, and unless exactly ``inputs`` inputs ran."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    env = {**os.environ, "PYTHONPATH": pythonpath}
    command = [sys.executable, str(target), f"-runs={inputs}", "-rss_limit_mb=2048",
               f"-timeout={HANG_SECONDS}", f"-artifact_prefix={tmp_path}/",
               "-print_final_stats=1", str(corpus)]
    with subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True) as child:
        resource.prlimit(child.pid, resource.RLIMIT_CPU, (BACKSTOP, BACKSTOP + 10))
        try:
            out, err = child.communicate(timeout=STALL_SECONDS)
        except subprocess.TimeoutExpired:
            child.kill()
            out, err = child.communicate()
            raise AssertionError(f"the campaign stalled ({STALL_SECONDS} s):\n"
                                 f"{err[-4000:]}") from None
    done = subprocess.CompletedProcess(command, child.returncode, out, err)
    assert done.returncode != -signal.SIGXCPU, (
        f"the campaign used its {BACKSTOP} s of CPU before {inputs} inputs ran (a runaway; "
        f"PLANDIFF_FUZZ_MAX_SECONDS raises it):\n{done.stderr[-4000:]}")
    log = done.stderr[-4000:]
    assert done.returncode == 0, (
        f"fuzzing found a failure (artifacts in {tmp_path}):\n{_finding(done, tmp_path)}\n{log}")
    assert "Done" in done.stderr and "stat::number_of_executed_units" in done.stderr, log
    executed = int(done.stderr.split("stat::number_of_executed_units:")[1].split()[0])
    assert executed == inputs, f"{executed} of {inputs} inputs ran:\n{log}"
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
