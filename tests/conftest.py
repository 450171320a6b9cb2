"""pytest fixtures shared by every test module (helpers live in tests/helpers.py)."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, settings

from tests.helpers import Run, run_cli

# Hypothesis profiles. "ci" (.ci/run sets PLANDIFF_HYPOTHESIS_PROFILE=ci) runs the same examples
# on every run: derandomised (seeded from each test), no example database (nothing replayed
# from an earlier run, nothing written), no deadline and no too-slow health check (both are
# wall-clock limits a loaded machine trips). A test's own @settings (max_examples and the like)
# still applies; the profile bounds max_examples for a test that sets none. Elsewhere
# ("dev", the default) examples stay random, so that local runs keep exploring. "dev" says
# derandomize=False itself: hypothesis loads its own derandomised profile as the default when
# the CI environment variable is set, and a profile inherits from that default.
settings.register_profile("dev", deadline=None, derandomize=False)
settings.register_profile("ci", derandomize=True, database=None, deadline=None,
                          max_examples=100, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("PLANDIFF_HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """``cli("validate", "plans/")`` runs plandiff in-process and returns a Run."""

    def _run(*argv: str) -> Run:
        return run_cli(argv, capsys)

    return _run
