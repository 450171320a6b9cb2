"""Runs the atheris fuzz target for import and loading on a fixed number of inputs in a
subprocess (:mod:`tests.fuzz.campaign`: counted inputs, not a time window).

atheris is a test dependency (pyproject.toml, ``test`` extra): when it is missing this test
FAILS rather than skipping, so the fuzzing in CI cannot silently stop.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from tests.fuzz import campaign as campaign_module
from tests.fuzz.campaign import HANG_SECONDS, campaign, runs
from tests.helpers import REPO

TARGET = REPO / "tests" / "fuzz" / "fuzz_import_load.py"
RUNS = runs(4000)
"""Inputs per CI run (about 13 s of one core; ``PLANDIFF_FUZZ_RUNS`` raises it)."""


def test_atheris_is_installed() -> None:
    assert importlib.util.find_spec("atheris") is not None, (
        "atheris is not installed: pip install -e '.[test]' (atheris>=3.0,<4)")


def test_fuzz_import_and_load(tmp_path: Path) -> None:
    campaign(TARGET, RUNS, tmp_path, str(REPO / "src"))


def test_a_finding_is_reported_with_its_traceback_and_input(tmp_path: Path) -> None:
    """A failed campaign's message holds what a CI log needs to replay it: atheris prints the
    traceback on standard output and pytest deletes the crash file, so both go in it."""
    target = tmp_path / "target.py"
    target.write_text(
        "import sys\nimport atheris\n\n\ndef one(data):\n"
        "    if data[:1] == b'Q':\n        raise ValueError('planted finding')\n\n\n"
        "atheris.Setup(sys.argv, one)\natheris.Fuzz()\n", encoding="utf-8")
    (tmp_path / "run").mkdir()
    with pytest.raises(AssertionError) as failed:
        campaign(target, 200_000, tmp_path / "run", "")
    message = str(failed.value)
    assert "INFO: Seed:" in message
    assert "ValueError: planted finding" in message and 'line 7, in one' in message
    assert "crash-" in message and ": b'Q" in message


def test_an_input_slowed_by_the_machine_is_not_a_finding(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One input held up for 2 s of wall clock while using no CPU, as a loaded machine holds
    one up, under a CPU budget of 0.5 s: not a finding (libFuzzer's wall-clock ``-timeout``
    made such an input a "timeout" that no one could replay; the budget counts CPU). The
    wait stands for the machine's load; nothing waits on it."""
    target = tmp_path / "target.py"
    target.write_text(
        "import sys\nimport time\nimport atheris\n\nfrom tests.fuzz.budget import cpu_bounded"
        "\n\nHELD = []\n\n\ndef one(data):\n"
        "    if not HELD:\n        HELD.append(data)\n        time.sleep(2)\n\n\n"
        "atheris.Setup(sys.argv, cpu_bounded(one))\natheris.Fuzz()\n", encoding="utf-8")
    monkeypatch.setenv("PLANDIFF_FUZZ_UNIT_CPU_SECONDS", "0.5")
    (tmp_path / "run").mkdir()
    campaign(target, 20, tmp_path / "run", str(REPO))
    assert HANG_SECONDS >= 60, "libFuzzer's wall-clock limit is a hang guard only"


def test_an_input_over_its_cpu_budget_is_a_finding(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The limit an input is held to is CPU time (tests/fuzz/budget.py): an input that
    computes for longer than PLANDIFF_FUZZ_UNIT_CPU_SECONDS is a finding, with its input."""
    target = tmp_path / "target.py"
    target.write_text(
        "import sys\nimport time\nimport atheris\n\nfrom tests.fuzz.budget import cpu_bounded"
        "\n\n\ndef one(data):\n    started = time.process_time()\n"
        "    while time.process_time() - started < 0.5:\n        pass\n\n\n"
        "atheris.Setup(sys.argv, cpu_bounded(one))\natheris.Fuzz()\n", encoding="utf-8")
    monkeypatch.setenv("PLANDIFF_FUZZ_UNIT_CPU_SECONDS", "0.2")
    (tmp_path / "run").mkdir()
    with pytest.raises(AssertionError) as failed:
        campaign(target, 20, tmp_path / "run", str(REPO))
    message = str(failed.value)
    assert "s of CPU, over the 0.2 s an input may take" in message, message
    assert "crash-" in message


def test_a_campaign_slowed_by_the_machine_is_not_cut_short(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The backstop against a runaway campaign counts its CPU seconds: a campaign held up
    for longer than that without using CPU, as a loaded machine holds one up, runs all its
    inputs (libFuzzer's wall-clock ``-max_total_time`` cut it short and failed it)."""
    monkeypatch.setattr(campaign_module, "BACKSTOP", 2)
    target = tmp_path / "target.py"
    target.write_text(
        "import sys\nimport time\nimport atheris\n\nHELD = []\n\n\ndef one(data):\n"
        "    if not HELD:\n        HELD.append(data)\n        time.sleep(5)\n\n\n"
        "atheris.Setup(sys.argv, one)\natheris.Fuzz()\n", encoding="utf-8")
    (tmp_path / "run").mkdir()
    campaign(target, 2000, tmp_path / "run", "")


def test_a_runaway_campaign_is_stopped_at_its_cpu_backstop(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(campaign_module, "BACKSTOP", 2)
    target = tmp_path / "target.py"
    target.write_text(
        "import sys\nimport atheris\n\n\ndef one(data):\n    while True:\n        pass\n\n\n"
        "atheris.Setup(sys.argv, one)\natheris.Fuzz()\n", encoding="utf-8")
    (tmp_path / "run").mkdir()
    with pytest.raises(AssertionError, match="used its 2 s of CPU before 20 inputs ran"):
        campaign(target, 20, tmp_path / "run", "")
