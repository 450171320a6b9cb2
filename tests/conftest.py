"""pytest fixtures shared by every test module (helpers live in tests/helpers.py)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.helpers import Run, run_cli


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """``cli("validate", "plans/")`` runs plandiff in-process and returns a Run."""

    def _run(*argv: str) -> Run:
        return run_cli(argv, capsys)

    return _run
