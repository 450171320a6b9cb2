"""The hypothesis profiles of tests/conftest.py: CI ("ci", selected by .ci/run) draws the same
examples on every run and keeps no database; the default stays random."""

from __future__ import annotations

import os
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers import REPO


def _drawn(profile: str) -> list[str]:
    seen: list[str] = []

    @settings(settings.get_profile(profile), max_examples=30)
    @given(st.text(max_size=20))
    def probe(text: str) -> None:
        seen.append(text)

    probe()
    return seen


def test_ci_profile_draws_the_same_examples_every_run() -> None:
    ci = settings.get_profile("ci")
    assert ci.derandomize and ci.database is None and ci.deadline is None
    assert ci.max_examples <= 100
    assert _drawn("ci") == _drawn("ci")
    assert _drawn("dev") != _drawn("dev")  # locally, runs keep exploring


def test_ci_run_selects_the_ci_profile() -> None:
    assert "export PLANDIFF_HYPOTHESIS_PROFILE=ci" in (REPO / ".ci" / "run").read_text("utf-8")
    env = {**os.environ, "PLANDIFF_HYPOTHESIS_PROFILE": "ci"}
    code = ("import tests.conftest; from hypothesis import settings; "
            "d = settings.default; print(d.derandomize, d.database)")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True,
                          text=True, check=True)
    assert done.stdout.split() == ["True", "None"]


def test_dev_profile_stays_random_where_the_ci_variable_is_set() -> None:
    # hypothesis makes its own derandomised profile the default when CI is set; "dev" must
    # not inherit that, or the assertion above fails on a CI machine
    env = {k: v for k, v in os.environ.items() if k != "PLANDIFF_HYPOTHESIS_PROFILE"}
    env["CI"] = "true"
    code = ("import tests.conftest; from hypothesis import settings; "
            "print(settings.default.derandomize)")
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True,
                          text=True, check=True)
    assert done.stdout.split() == ["False"]
