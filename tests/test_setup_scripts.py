"""The setup scripts give every checkout what its tests need, not the main checkout alone:
axe-core for the accessibility test is pinned once (scripts/axe) and installed into the
checkout's own .cache/axe by scripts/setup and by scripts/test, so a fresh clone or a git
worktree running scripts/test gets it (the test failed there: the file was only in the
checkout where setup had once run)."""

from __future__ import annotations

import re

from tests.helpers import REPO


def axe_pin() -> str:
    """The axe-core version scripts/axe installs."""
    found = re.search(r"^AXE_VERSION=([0-9.]+)$", (REPO / "scripts" / "axe").read_text(),
                      re.MULTILINE)
    assert found, "scripts/axe pins no AXE_VERSION"
    return found.group(1)


def test_axe_is_pinned_once_and_installed_by_setup_and_test() -> None:
    assert axe_pin()
    setup = (REPO / "scripts" / "setup").read_text()
    run = (REPO / "scripts" / "test").read_text()
    assert "scripts/axe" in setup and "scripts/axe" in run
    pytest_at = run.index("pytest -n")
    assert run.index("scripts/axe") < pytest_at  # before the tests that use it
    for script in (setup, run):
        assert "axe-core@" not in script and "AXE_VERSION=" not in script  # one pin


def test_axe_installs_into_the_checkout_it_runs_in() -> None:
    axe = (REPO / "scripts" / "axe").read_text()
    assert 'cd "$(dirname "$0")/.."' in axe
    assert '--prefix .cache/axe' in axe and 'axe-core@$AXE_VERSION' in axe
